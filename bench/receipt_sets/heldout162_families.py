"""The twelve heldout162 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a stationery, books and school-supplies distributor's day in 2026 (Akshar Stationery
Distributors, a godown and cash-and-carry counter in each of Nagpur, Indore, Coimbatore, Guwahati, Vijayawada,
Dehradun, Jodhpur and Mangaluru; Akshar Distributors Pvt Ltd runs five of them and Akshar Book House LLP the
Coimbatore, Guwahati and Mangaluru godowns), told by the proofs of payment it receives and makes: retailers' UPI and
its own collection apps, its counters' and book fairs' card terminal slips (a credit card surcharge on one),
schools', colleges', coaching institutes' and government offices' payments (bank transfers, PFMS and GeM), the
e-commerce marketplaces' settlements, its own money, collection, advance and cash-memo receipts, the publishers' and
stationery makers' receipts and invoices (trade and cash discounts, TDS u/s 194Q), the printers, paper merchants,
binders and box makers who make its own-brand notebooks, its transporters' consignment notes and bills (e-way bill
numbers on them), warehouse rent, power, security and broadband, its sales representatives' expenses and
reimbursements, GST, TDS, professional tax and trade licence fees, and its banks' alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, retailers', schools' and representatives' names as payers, invoice lists and their days, e-way bill, LR
invoice, vendor, supplier, seller, contract, sanction, order-count and booking numbers, GSTIN, PAN, TAN, IFSC, MID,
TID, batch, card and account numbers, UPI IDs, periods, discounts, deductions, TDS and TCS lines, balances and the
payer's own details carry no fact. ``compose`` is heldout158's (heldout121's frames and marks, heldout129's rubber
stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, glyphs, hhmm, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled
from bench.receipt_sets.heldout118_families import head, masked, screen
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import stamp
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import ay_of, pan
from bench.receipt_sets.heldout154_families import item_row
from bench.receipt_sets.heldout158_families import compose as compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LOWER = "abcdefghijkmnpqrstuvwxyz"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

# town, PIN code, market, state, GST state code
TOWNS = [
    ("Nagpur", "440002", "Itwari", "Maharashtra", "27"),
    ("Indore", "452002", "Siyaganj", "Madhya Pradesh", "23"),
    ("Coimbatore", "641001", "Town Hall", "Tamil Nadu", "33"),
    ("Guwahati", "781001", "Fancy Bazar", "Assam", "18"),
    ("Vijayawada", "520002", "Governorpet", "Andhra Pradesh", "37"),
    ("Dehradun", "248001", "Paltan Bazaar", "Uttarakhand", "05"),
    ("Jodhpur", "342001", "Sojati Gate", "Rajasthan", "08"),
    ("Mangaluru", "575001", "Car Street", "Karnataka", "29"),
]
TRADE = "Akshar Stationery Distributors"
COMPANY = "Akshar Distributors Pvt Ltd"
LLP = "Akshar Book House LLP"
# the firm that runs the godown in each town
FIRMS = [COMPANY, COMPANY, LLP, LLP, COMPANY, COMPANY, COMPANY, LLP]
CODES = ["NGP", "IDR", "CBE", "GHY", "VJA", "DDN", "JDH", "MNG"]
# retailers that buy from the godowns (payers)
RETAILERS = [
    "Navrang Stationers",
    "Shree Ganesh Book Stall",
    "Vidya Book Centre",
    "Modern Stationery Mart",
    "Pen & Paper Corner",
    "Bharati Pustak Bhandar",
    "Sai Xerox & Stationery",
    "Lakshmi Book House",
    "Cross Roads Stationery",
    "Kiran General Stores",
    "New Students Corner",
    "Gupta Copy House",
]
# a school in each town (payers)
SCHOOLS = [
    "Centre Point Vidyalaya",
    "Sanskar Vidya Mandir",
    "Kovai Vidyashram Matriculation School",
    "Brahmaputra Valley Academy",
    "Krishnaveni Public School",
    "Doon Valley Convent School",
    "Marudhar Public School",
    "Kudla Public School",
]
# the sales representative of each godown
REPS = [
    "Sachin Wankhede",
    "Deepak Solanki",
    "Karthik Subramaniam",
    "Bikash Kalita",
    "Ravi Teja Pothuri",
    "Ankit Negi",
    "Mahendra Bishnoi",
    "Prajwal Shetty",
]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Bank of Baroda",
    "Canara Bank",
    "Union Bank of India",
]
IFSC_HEADS = {
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
}
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
    "%d %b, %Y",
]
REFUND = [
    "If money was debited, it will be credited back to your account in 3-5 working days.",
    "Any amount debited will be reversed automatically by your bank.",
]
WAIT = [
    "Your bank has not confirmed this payment yet. Please do not pay again.",
    "Waiting for confirmation from the bank. We will update you shortly.",
]


def money(
    rng: random.Random,
    font: str,
    p_whole: float = 0.35,
    marks: tuple[str, ...] = ("\u20b9", "\u20b9", "Rs.", "Rs", "INR"),
    groupings: tuple[str, ...] = ("indian", "indian", "western"),
) -> Rs:
    """A page's way of printing rupees: the mark (the rupee sign only in faces that draw it), lakh or western
    grouping, whole rupees without paise on a share of screens."""
    return Rs(rng, font, marks=marks, groupings=groupings, p_whole=p_whole)


def ours(rng: random.Random, town: int, *, firm: float = 0.25, branch: float = 0.3, caps: float = 0.2) -> str:
    """The distributor as a payee: the trade name, the trade name with its market on some, the firm that runs the
    godown on some, in capitals on some."""
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
        low: float = 1000,
        high: float = 90000,
        p_round: float = 0.6,
        town: int | None = None,
        firm: float = 0.25,
        branch: float = 0.3,
        caps: float = 0.2,
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

    def other_day(self, rng: random.Random, low: int, high: int, pat: str | None = None) -> str:
        """Another day (an invoice's, a cheque's, a due day, a settlement's): never the payment's."""
        shift = 0
        while shift == 0:
            shift = rng.randrange(low, high)
        return when(self.date + dt.timedelta(days=shift), pat or rng.choice(DAY_PATS))

    def month(self, back: int = 0) -> str:
        """A month (a rent's, a bill's, a tax period's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


# ---------------------------------------------------------------- shared rows


def neft_no(rng: random.Random, bank_head: str, date: dt.date) -> str:
    """An NEFT UTR: the sender bank's four letters, N or a digit, the year and the day of the year, a sequence (16
    characters), or N, a digit, the whole day and eight digits (22); both spell the day."""
    doy = date.timetuple().tm_yday
    form = rng.random()
    if form < 0.45:
        return f"{bank_head}N{date:%y}{doy:03d}{digits(rng, 6)}"
    if form < 0.7:
        return f"{bank_head}{rng.randrange(1, 10)}{date:%y}{doy:03d}{digits(rng, 6)}"
    return f"{bank_head}N{rng.randrange(1, 10)}{date:%Y%m%d}{digits(rng, 8)}"


def rtgs_no(rng: random.Random, bank_head: str, date: dt.date) -> str:
    return f"{bank_head}R{rng.choice('56')}{date:%Y%m%d}{digits(rng, 8)}"


def bank_ref(rng: random.Random) -> str:
    return rng.choice(
        [f"{code(rng, 4, UPPER)}{digits(rng, 10)}", f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"]
    )


def method_of(way: str) -> str:
    """The README's way: NEFT, RTGS, IMPS and a bank account debited are "netbanking"."""
    return "netbanking" if way in ("NEFT", "RTGS", "IMPS", "netbanking") else way


def way_text(rng: random.Random, way: str, font: str) -> str:
    return {
        "cash": rng.choice(["Cash", "By cash", "Cash"]),
        "UPI": rng.choice(["UPI", "UPI (QR)", "BHIM UPI", "UPI - PhonePe"]),
        "NEFT": rng.choice(["NEFT", "Bank transfer (NEFT)"]),
        "RTGS": "RTGS",
        "IMPS": rng.choice(["IMPS", "IMPS transfer"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
        "cheque": "Cheque",
        "netbanking": f"Net banking - {rng.choice(BANKS[:5])}",
    }[way]


def way_ref(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI or IMPS reference, an NEFT or RTGS UTR (a bank reference instead on
    a page without a day: both UTRs spell the day), an approval code and on some an RRN for a card; none for cash or a
    cheque. Nothing where the page prints no id."""
    rng = p.rng
    if j.no_ref:
        return
    if way == "UPI":
        label = rng.choice(["UPI Ref No.", "UPI Ref", "UPI Txn Ref", "UPI RRN", "UTR"])
        labelled(p, label, j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS", "netbanking") and j.no_day:
        ref = bank_ref(rng)
        labelled(
            p, rng.choice(["Bank Ref No.", "Bank Ref. No.", "Bank Reference"]), ref, txn=(BANK_RANK, ref)
        )
    elif way in ("NEFT", "netbanking"):
        ref = neft_no(rng, rng.choice(heads), j.date)
        labelled(p, rng.choice(["NEFT UTR", "UTR No.", "UTR", "UTR Number"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_no(rng, rng.choice(heads), j.date)
        labelled(p, rng.choice(["RTGS UTR", "UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        labelled(
            p, rng.choice(["IMPS Ref No.", "IMPS RRN", "IMPS Reference No."]), j.ref, txn=(UTR_RANK, j.ref)
        )
    elif way == "card":
        appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
        p.pair(rng.choice(["Auth Code", "Approval Code", "Auth code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def acct_ifsc(rng: random.Random, bank: str | None = None) -> tuple[str, str, str]:
    """A bank, a masked account of it and an IFSC of the same bank."""
    bank = bank or rng.choice(BANKS)
    return bank, f"XXXXXXX{digits(rng, 4)}", f"{IFSC_HEADS[bank]}0{digits(rng, 6)}"


def addr(rng: random.Random, town: int) -> str:
    city = TOWNS[town]
    return (
        f"{rng.choice(['Shop No.', 'Godown No.', 'Plot', 'Door No.', 'Unit'])} {rng.randrange(2, 180)}, "
        f"{city[2]}, {city[0]} - {city[1]}"
    )


def letterhead(
    p: Screen,
    town: int,
    name: str,
    kinds: list[str],
    *,
    sub: str,
    merchant: bool = True,
    gst: bool = True,
    place_line: str | None = None,
) -> None:
    """A business on top of its own paper (the payee where ``merchant``): what it does, its address, GSTIN and phone
    (never an id), the document's kind."""
    rng = p.rng
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    p.add("small", place_line or addr(rng, town))
    if gst:
        p.add("small", f"GSTIN: {gstin(rng, TOWNS[town][4])}  |  Ph. {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mobile {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def signs(p: Screen, left: str, right_text: str) -> None:
    """Two signature lines at a page's foot (no fact)."""
    if fits(p, "pair", f"{left} {right_text}     "):
        p.add("pair", left, right_text)
    else:
        p.add("left", left)
        p.add("right" if fits(p, "right", right_text) else "left", right_text)


def stamp_date(j: Job) -> dt.date | None:
    return None if j.no_day else j.date


def items_block(p: Screen, rs, picks: list[tuple[str, int, float]], unit: str = "") -> float:
    """A bill's lines (item, quantity x rate, sum; no fact) and their sum."""
    total = 0.0
    for name, qty, rate in picks:
        value = round(qty * rate, 2)
        total += value
        item_row(p, name, f"{qty:,}{unit} x {rate:,.2f}" if qty > 1 else "", rs(value))
    return round(total, 2)


def vpa_from(rng: random.Random, name: str, banks: list[str]) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:12]
    return rng.choice(
        [
            f"{base}@{rng.choice(banks)}",
            f"{base}{rng.randrange(1, 99)}@{rng.choice(banks)}",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(banks)}",
        ]
    )


def our_vpa(rng: random.Random, town: int, banks: list[str]) -> str:
    code3 = CODES[town].lower()
    return rng.choice(
        [
            f"akshar.{code3}@{rng.choice(banks)}",
            f"aksharstationery{rng.randrange(1, 9)}@{rng.choice(banks)}",
            f"akshardist.{code3}@{rng.choice(banks)}",
        ]
    )


def sms_page(
    rng: random.Random, font: str, sender: str, text: str, divider: str, **facts
) -> tuple[list, dict, dict]:
    """heldout106's messages screen: one alert from a bank, its facts on the message."""
    assert glyphs(font, text), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    p.style["h106"].update(
        {"sender": sender, "divider": divider, "text": text, "time": hhmm(rng, lower=rng.random() < 0.3)}
    )
    p.add("left", text, **facts)
    return p.done()


UPI_WORDS = {
    "success": ["Payment Successful", "Paid successfully", "Transaction Successful", "Money sent"],
    "failed": ["Payment Failed", "Transaction failed", "Payment declined by bank"],
    "pending": ["Payment Pending", "Payment processing", "Transaction pending"],
}
XFER_WORDS = {
    "success": ["Transaction Successful", "Funds transferred successfully", "{mode} transfer successful"],
    "failed": ["Transaction Failed", "{mode} transfer failed", "Returned by beneficiary bank"],
    "pending": ["Transaction in process", "{mode} under process", "Pending at beneficiary bank"],
}


def transfer_page(
    rng: random.Random,
    font: str,
    k: int,
    j: Job,
    *,
    bank: str,
    line: str,
    frame: str,
    mode: str,
    payee: str,
    payee_labels: list[str],
    debit_name: str,
    remarks: list[str],
    head4: str,
    band=None,
    url: str = "",
) -> Screen:
    """A bank's page after a transfer (a corporate portal in a browser or a bank's app on a phone): the bank on top
    (never the payee), the outcome, the sum, the payee under ``payee_labels`` (the payee), its account and IFSC, the
    mode, the UTR / IMPS reference (its UTR made by the payer's bank, ``head4``) and the bank's own Reference No. /
    Transaction ID on some, the day, the debit account and its name (the payer, no fact), Remarks; Maker and Checker
    on the portal. The caller adds the foot."""
    words = {key: [w.format(mode=mode) for w in ws] for key, ws in XFER_WORDS.items()}
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Fund transfer", "Transaction status"])
        head(p, bank, band, p.style["h106"]["dark"], [line])
        rs = money(rng, font, 0.3)
    else:
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.2, groupings=("indian", "western"))
        p.part = "head"
        top(p, bank)
        p.add("small", line)
        p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, words)
    if frame == "app":
        p.add("big", rs(j.amount), amount=j.amount)
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif j.status == "pending":
        p.add("small", "The credit is awaited from the beneficiary bank. Do not repeat the transfer.")
    wrap_pair(p, rng.choice(payee_labels), payee, merchant=payee)
    acct_bank, acct, ifsc = acct_ifsc(rng)
    p.pair(rng.choice(["Beneficiary A/c", "Account No.", "To account"]), acct)
    p.pair("IFSC", ifsc)
    if frame != "app":
        p.pair(rng.choice(["Amount", "Transfer amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Mode", "Transfer mode", "Payment type"]), mode, method="netbanking")
    if not j.no_ref:
        own = rng.choice([f"{digits(rng, 12)}", f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
        if rng.random() < 0.6:
            label = rng.choice(["Reference No.", "Transaction ID"])
            labelled(p, label, own, txn=(BANK_RANK if label == "Reference No." else TXN_RANK, own))
        if mode == "IMPS":
            labelled(
                p, rng.choice(["IMPS Ref No", "RRN", "IMPS Reference No."]), j.ref, txn=(UTR_RANK, j.ref)
            )
        elif j.no_day:
            ref = bank_ref(rng)
            labelled(p, "Bank Ref No.", ref, txn=(BANK_RANK, ref))
        else:
            ref = rtgs_no(rng, head4, j.date) if mode == "RTGS" else neft_no(rng, head4, j.date)
            labelled(p, rng.choice(["UTR", "UTR No.", "UTR Number"]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(
            p,
            rng.choice(
                ["Transaction date", "Date & time", "Transferred on", "Value date"]
                if j.status == "success"
                else ["Transaction date", "Date & time"]
            ),
            stamp(rng, j.date, hour=frame == "app" or rng.random() < 0.5),
            date=j.date,
        )
    p.pair(
        rng.choice(["Debit account", "From account"]),
        f"{rng.choice(['Current A/c', 'CA'])} {masked(rng, font)}",
    )
    if frame != "app":
        wrap_pair(p, "Debit account name", debit_name)
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), rng.choice(remarks))
    if frame != "app":
        p.pair(
            "Maker / Checker",
            f"{code(rng, 2, UPPER).lower()}{digits(rng, 3)} / {code(rng, 3, UPPER).lower()}",
        )
    return p


# ---------------------------------------------------------------- 1. retailers' UPI and the collection apps


# whose screen (the retailer's UPI app or the distributor's business app) and which app
UPI_FRAMES = [
    ("payer", "Google Pay"),
    ("biz", "PhonePe Business"),
    ("payer", "Paytm"),
    ("payer", "BHIM"),
    ("payer", "PhonePe"),
    ("biz", "Paytm for Business"),
    ("payer", "Amazon Pay"),
    ("biz", "BharatPe"),
]
# a payer's app: its band, its handles for the distributor's VPA
PAYER_APPS = {
    "Google Pay": (None, ["okaxis", "okhdfcbank", "okicici"]),
    "Paytm": ((0, 46, 110), ["paytm", "ptyes", "pthdfc"]),
    "BHIM": ((0, 82, 155), ["upi", "sbi", "barodampay"]),
    "PhonePe": ((95, 37, 159), ["ybl", "ibl", "axl"]),
    "Amazon Pay": ((35, 47, 62), ["apl", "yapl", "icici"]),
}
BIZ_APPS = {
    "PhonePe Business": ((95, 37, 159), ["ybl", "ibl"]),
    "Paytm for Business": ((0, 46, 110), ["paytm", "ptys"]),
    "BharatPe": ((0, 134, 124), ["fbpe", "icici"]),
}
RETAIL_NOTES = [
    "Bill 2314 balance",
    "Classmate notebooks 20 doz",
    "School season order",
    "Geometry boxes + pens",
    "Last month dues",
    "Chart paper 5 bundles",
    "Register books",
    "Apsara pencils 10 box",
    "NCERT set class 6",
    "Exam pads + files",
]
COUNTERS = [
    "Static QR - billing counter",
    "Soundbox - godown gate",
    "QR on delivery challan",
    "Soundbox - cash & carry",
    "Dynamic QR - sales app",
]


def own_id(rng: random.Random, app: str, j: Job) -> tuple[str, str, float] | None:
    """The app's own id where it prints one (PhonePe's carries the day: none on a page without one)."""
    if app == "Google Pay":
        value = "CICAgO" + code(rng, 14, MIXED)
        return "Google transaction ID", value, TXN_RANK
    if app in ("PhonePe", "PhonePe Business") and not j.no_day:
        value = f"T{j.date:%y%m%d}{rng.randrange(8, 22):02d}{digits(rng, 14)}"
        return "Transaction ID", value, TXN_RANK
    if app in ("Paytm", "Paytm for Business"):
        value = digits(rng, 20)
        return "Order ID", value, ORDER_RANK
    if app == "Amazon Pay":
        value = f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"
        return "Amazon Pay Txn ID", value, TXN_RANK
    if app == "BharatPe":
        value = f"BP{digits(rng, 14)}"
        return "Txn ID", value, TXN_RANK
    return None


def payer_screen(
    rng: random.Random,
    font: str,
    k: int,
    app: str,
    j: Job,
    *,
    vpa: str | None = None,
    notes: list[str] = RETAIL_NOTES,
) -> tuple[list, dict, dict]:
    """A payer's UPI app (a retailer paying the distributor, or a representative paying a lodge): the outcome, the
    sum large, ``j.to`` under Paid to / To / Sent to (Paying to / To on a failure or a wait) and its handle (the
    distributor's unless ``vpa``), a failure's or a wait's sentence, a Note, the UPI reference and the app's own id
    on some, the day, the account debited."""
    band, handles = PAYER_APPS[app]
    p = phone_page(rng, font, k, ["", "Payment status", "Transaction details"])
    head(p, app, band, p.style["h106"]["dark"], ["UPI payment", "Pay business", "Scan & Pay"])
    rs = money(rng, font, 0.55)
    p.part = "outcome"
    outcome_row(p, j.status, UPI_WORDS)
    p.add("big", rs(j.amount), amount=j.amount)
    p.part = "body"
    lab = rng.choice(["Paid to", "To", "Sent to"] if j.status == "success" else ["To", "Paying to"])
    if rng.random() < 0.5 and fits(p, "center", f"{lab} {j.to}"):
        p.add("center", f"{lab} {j.to}", merchant=j.to)
    else:
        p.add("small", lab)
        p.add("center" if fits(p, "center", j.to) else "left", j.to, merchant=j.to)
    vpa = vpa or our_vpa(rng, j.town, handles)
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA: {vpa}"]), method="UPI")
    if j.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif j.status == "pending":
        p.add("small", rng.choice(WAIT))
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(notes))
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details"]))
    if not j.no_ref:
        rows = [
            (rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI Transaction ID"]), j.ref, UTR_RANK)
        ]
        own = own_id(rng, app, j)
        if own and rng.random() < 0.65:
            rows.insert(rng.randrange(2), own)
        for label, value, rank in rows:
            labelled(p, label, value, txn=(rank, value))
    if not j.no_day:
        labelled(
            p,
            rng.choice(
                ["Date & Time", "Paid on", "Transaction Date", "Completed on"]
                if j.status == "success"
                else ["Date & Time", "Transaction Date", "Attempted on"]
            ),
            stamp(rng, j.date, DAY_PATS),
            date=j.date,
        )
    p.pair(rng.choice(["Debited from", "Paid from", "From"]), f"{rng.choice(BANKS)} {masked(rng, font)}")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI", "View history  |  Pay again"]))
    return p.done()


def biz_screen(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """The distributor's own business app after a retailer paid its QR (PhonePe Business, Paytm for Business,
    BharatPe): the app on its band, Received in / Credited to / Business account the distributor (the payee),
    Payment received / Money received / Received successfully, the sum large, Received from / From the retailer in
    capitals (never the payee) and its handle, Mode UPI - QR / UPI (Soundbox) / UPI - collect request, QR / Counter,
    UPI Ref No. / RRN and the app's id on some, Received on, Settlement to the bank and Settles on another day (no
    fact)."""
    band, handles = BIZ_APPS[app]
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    head(p, app, band, p.style["h106"]["dark"], ["Payments", "Today's collection", "History"])
    rs = money(rng, font, 0.5)
    p.part = "body"
    p.add("small", rng.choice(["Received in", "Credited to", "Business account"]))
    p.add("center" if fits(p, "center", j.to) else "left", j.to, merchant=j.to)
    outcome_row(p, "success", {"success": ["Payment received", "Money received", "Received successfully"]})
    p.add("big", rs(j.amount), amount=j.amount)
    payer = rng.choice(RETAILERS)
    wrap_pair(p, rng.choice(["Received from", "From", "Payer"]), payer.upper())
    p.pair(
        rng.choice(["Payer UPI ID", "From UPI ID"]), vpa_from(rng, payer, ["okaxis", "ybl", "paytm", "oksbi"])
    )
    p.pair("Mode", rng.choice(["UPI - QR", "UPI (Soundbox)", "UPI - collect request"]), method="UPI")
    wrap_pair(p, rng.choice(["QR / Counter", "Collected at"]), rng.choice(COUNTERS))
    if not j.no_ref:
        rows = [(rng.choice(["UPI Ref No.", "RRN", "UPI RRN"]), j.ref, UTR_RANK)]
        own = own_id(rng, app, j)
        if own and rng.random() < 0.7:
            rows.insert(rng.randrange(2), own)
        for label, value, rank in rows:
            labelled(p, label, value, txn=(rank, value))
    if not j.no_day:
        labelled(
            p,
            rng.choice(["Received on", "Date & time", "Credited on"]),
            stamp(rng, j.date, DAY_PATS),
            date=j.date,
        )
    bank, acct, _ = acct_ifsc(rng)
    wrap_pair(p, rng.choice(["Settlement", "Settles to"]), f"{bank} {acct[-8:]}")
    if not j.no_day and rng.random() < 0.6:
        p.pair(rng.choice(["Settles on", "Expected settlement"]), j.other_day(rng, 1, 3))
    p.part = "foot"
    p.add("gap")
    p.add(
        "small", rng.choice(["Download statement  |  Share", "Need help? Chat with us", "Refund  |  Share"])
    )
    return p.done()


def retailer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A retailer paying the distributor by UPI: five of the retailer's app (Google Pay, Paytm, BHIM, PhonePe,
    Amazon Pay; ``payer_screen``) and three of the distributor's business apps (PhonePe Business, Paytm for Business,
    BharatPe; ``biz_screen``)."""
    k = place("retailer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    side, app = UPI_FRAMES[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=800, high=95000, p_round=0.75)
    if rng.random() < 0.35:
        j.amount = float(rng.choice([2500, 5000, 7500, 10000, 12000, 15000, 25000, 40000]))
    if side == "biz":
        return biz_screen(rng, font, k, app, j)
    return payer_screen(rng, font, k, app, j)


# ---------------------------------------------------------------- 2. the counters' and book fairs' card slips


SLIP_MAKERS = [
    "PINE LABS",
    "PAYTM",
    "RAZORPAY POS",
    "HDFC BANK",
    "SBI PAYMENTS",
    "MSWIPE",
    "AXIS BANK",
    "WORLDLINE",
]
SLIP_KINDS = ["chip", "surcharge", "chip", "tap", "qr", "qr", "swipe", "fair"]
SLIP_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d.%m.%Y", "%d%b%y", "%Y-%m-%d"]
DECLINES = ["51 INSUFFICIENT FUNDS", "54 EXPIRED CARD", "91 ISSUER NOT AVAILABLE", "55 INCORRECT PIN"]


def counter_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The distributor's card terminal slip at a godown's cash-and-carry counter or a school book fair's stall (Pine
    Labs, Paytm, Razorpay POS, HDFC Bank, SBI Payments, Mswipe, Axis Bank, Worldline; monospace): the maker on top on
    some, the distributor in capitals (the trade name, the trade name with its town, or the firm; the payee), CASH &
    CARRY COUNTER or BOOK FAIR - <school> under it, SALE / CARD SALE / UPI SALE, DATE: and TIME: or DT: TM: or TXN
    DATE:, MID:, TID:, BATCH:, INVOICE NO: / INV NO:, CARD:, EXP: XX/XX, CHIP / CONTACTLESS / SWIPE, APPR CODE: /
    AUTH CODE:, RRN:, or MODE: UPI - BHARAT QR with PAYER VPA: and QR TXN ID:; the surcharge slip's BASE AMT:, CONV FEE
    1.50%:, GST 18% ON FEE: and TOTAL AMT:; AMOUNT: / SALE AMOUNT: / TOTAL: on the rest; APPROVED / TXN SUCCESSFUL /
    DECLINED with RESP CODE / UPI PAYMENT PENDING with VERIFY CREDIT BEFORE RELEASING GOODS."""
    k = place("counter_card")
    status = outcome(k, failed=(2,), pending=(5,))
    kind = SLIP_KINDS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1500, high=60000, p_round=0.5, town=k)
    if kind == "fair":
        j.amount = rupees(rng, 250, 3500, 0.8)
    p = slip_page(rng, font)
    roll = rng.random()
    name = (FIRMS[k] if roll < 0.25 else f"{TRADE} {TOWNS[k][0]}" if roll < 0.5 else TRADE).upper()
    if not fits(p, "center", name):
        name = FIRMS[k].upper() if fits(p, "center", FIRMS[k].upper()) else "AKSHAR STATIONERY"
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    under = (
        f"BOOK FAIR - {SCHOOLS[k]}".upper()
        if kind == "fair"
        else rng.choice(["CASH & CARRY COUNTER", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper()])
    )
    p.add("center" if fits(p, "center", under) else "small", under)
    p.add("center", "UPI SALE" if kind == "qr" else rng.choice(["SALE", "CARD SALE"]))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME:", "TM:"]), clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        one = f"DT:{text}  TM:{clock}"
        form = rng.random()
        if form < 0.35 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        elif form < 0.75:
            p.pair("DATE:", text, date=j.date)
            p.pair("TIME:", clock)
        else:
            p.pair("TXN DATE:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair("TID:", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair(rng.choice(["BATCH:", "BATCH NO:"]), f"{rng.randrange(1, 9999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    if kind == "qr":
        p.pair("MODE:", "UPI - BHARAT QR", method="UPI")
        p.pair("PAYER VPA:", vpa_from(rng, rng.choice(RETAILERS), ["okaxis", "ybl", "paytm"]))
        if not j.no_ref:
            qid = f"{code(rng, 3, UPPER)}{digits(rng, 13)}"
            p.pair("QR TXN ID:", qid, txn=(TXN_RANK, qid))
            if status == "success":
                p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    else:
        p.pair("CARD:", f"{rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} XXXX{digits(rng, 4)}", method="card")
        p.pair("EXP:", "XX/XX")
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

    if kind == "surcharge":
        base = j.amount
        fee = round(base * 0.015, 2)
        tax = round(fee * 0.18, 2)
        total = round(base + fee + tax, 2)
        j.amount = total
        p.pair("BASE AMT:", amt(base))
        p.pair("CONV FEE 1.50%:", amt(fee))
        p.pair("GST 18% ON FEE:", amt(tax))
        p.pair("TOTAL AMT:", amt(total), amount=total)
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMOUNT:", "TOTAL:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    word = {
        "success": rng.choice(["APPROVED", "TXN SUCCESSFUL"]),
        "failed": "DECLINED",
        "pending": "UPI PAYMENT PENDING",
    }[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.add("center", f"RESP CODE: {rng.choice(DECLINES)}")
    elif status == "pending":
        p.add("small", "VERIFY CREDIT BEFORE RELEASING GOODS")
    p.part = "foot"
    if kind == "surcharge":
        p.add("small", "1.5% CONV FEE ON CREDIT CARDS - NIL ON UPI / DEBIT")
    if status == "success" and kind == "swipe":
        p.add("small", "SIGN ______________________")
    elif status == "success" and kind != "qr":
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "MERCHANT COPY", "THANK YOU - VISIT AGAIN"]))
    return p.done()


# ---------------------------------------------------------------- 3. schools, colleges and offices paying


INST_PAGES = [
    ("bank", "Kotak FYN", "Corporate banking - payments", "browser", "NEFT"),
    ("pfms", "PFMS", "", "paper", "NEFT"),
    ("gem", "GeM", "", "browser", "NEFT"),
    ("remit", "Kamrup Institute of Technology", "Accounts Section", "mail", "RTGS"),
    ("bank", "IDFC FIRST Bank", "Send money", "app", "IMPS"),
    ("bank", "Canara Bank", "Canara ai1 Corporate - fund transfer", "browser", "NEFT"),
    ("erp", "", "", "mail", "NEFT"),
    ("link", "Razorpay", "", "browser", "netbanking"),
]
INST_URLS = {
    "Kotak FYN": "fyn.kotak.com/payments/status",
    "Canara Bank": "canarabank.bank.in/corporate/transfer/ack",
}
SCHOOL_REMARKS = [
    "Textbooks 2026-27",
    "Notebooks - school store",
    "Stationery kits Class 1-5",
    "Library books order",
    "Exam answer booklets",
    "Art & craft material",
]
COACHING = [
    "Pinnacle JEE Academy",
    "Sankalp IAS Study Circle",
    "Ved Classes",
    "Momentum NEET Institute",
]


def pfms_advice(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """PFMS's printed e-payment advice of a district's Samagra Shiksha office paying the distributor for stationery
    kits: PUBLIC FINANCIAL MANAGEMENT SYSTEM and its line on top (never the payee), e-Payment Advice, Agency / DDO (the
    payer), Scheme, Sanction No. and Sanction date (no fact), Vendor name / Payee name the firm in capitals (the
    payee), Vendor code (no id), the bank account and IFSC, Vendor invoice No. and its day (the bill paid: no fact),
    Gross amount, Less: TDS under GST (CGST 1% + SGST 1%) on the taxable value, Net amount (the sum), Payment mode
    e-Payment, PFMS Transaction ID, Initiated on, Status Sent to bank - awaiting credit confirmation / Payment
    success."""
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    town = TOWNS[j.town][0]
    p.part = "head"
    top(p, "PUBLIC FINANCIAL MANAGEMENT SYSTEM")
    p.add("small", "Office of the Controller General of Accounts, Ministry of Finance")
    p.add("center", rng.choice(["e-Payment Advice", "E-PAYMENT ADVICE"]))
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Agency", "DDO"]), f"District Project Office, Samagra Shiksha, {town}")
    wrap_pair(p, "Scheme", "Samagra Shiksha - composite school grant")
    if not j.no_day:
        p.pair("Sanction No.", f"DPO/SS/{j.date.year}/{rng.randrange(100, 999)}")
        p.pair("Sanction date", j.other_day(rng, -20, -3))
    payee = FIRMS[j.town].upper()
    wrap_pair(p, rng.choice(["Vendor name", "Payee name"]), payee, merchant=payee)
    p.pair("Vendor code", f"{TOWNS[j.town][3][:2].upper()}{digits(rng, 9)}")
    bank, acct, ifsc = acct_ifsc(rng)
    p.pair("Bank A/c", f"{acct} ({bank})" if fits(p, "pair", f"Bank A/c {acct} ({bank})   ") else acct)
    p.pair("IFSC", ifsc)
    if not j.no_day:
        inv = f"ASD/{fy(j.date)}/{rng.randrange(100, 2999)}"
        wrap_pair(p, "Vendor invoice No.", f"{inv} dt {j.other_day(rng, -40, -10)}")
    p.add("rule")
    taxable = float(whole(rng.uniform(120000, 680000), 10))
    gross = round(taxable * 1.05, 2)
    p.pair("Taxable value", rs(taxable))
    p.pair("Gross amount (incl. GST 5%)", rs(gross))
    half = round(taxable * 0.01, 2)
    p.pair("Less: TDS under GST - CGST 1%", rs(half))
    p.pair("Less: TDS under GST - SGST 1%", rs(half))
    net = round(gross - 2 * half, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount", "Net payable to vendor"]), rs(net), amount=net)
    p.pair("Payment mode", "e-Payment (PFMS)", method="netbanking")
    if not j.no_ref:
        tid = f"{CODES[j.town]}{digits(rng, 12)}"
        p.pair(rng.choice(["PFMS Transaction ID", "Payment ID"]), tid, txn=(TXN_RANK, tid))
    if not j.no_day:
        p.pair("Initiated on" if j.status == "pending" else "Payment date", j.day(rng), date=j.date)
    p.pair(
        "Status",
        {"pending": "Sent to bank - awaiting credit confirmation", "success": "Payment success"}.get(
            j.status, "Payment failed"
        ),
        status=j.status,
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice and does not require a signature.")
    return p.done()


def gem_page(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """GeM's payment status page in a browser: GeM - Government e-Marketplace on top (never the payee), Contract No.
    GEMC-... (no id), Buyer organisation (the payer), Seller / Seller name the firm (the payee), Invoice No. (the
    bill paid, no id), Bill amount, Less: TDS under GST (2%), Less: LD (late delivery) on some, Amount paid (the
    sum), Paying authority, Payment mode PFMS e-payment, UTR No., Payment date, Payment made / Paid."""
    p = browser_page(rng, font, "mkp.gem.gov.in/contract/payment-status")
    rs = money(rng, font, 0.0, marks=("\u20b9", "INR", "Rs."), groupings=("indian",))
    p.part = "head"
    top(p, "GeM")
    p.add("small", "Government e-Marketplace - payment status")
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, {"success": ["Payment made", "Paid"]})
    p.pair("Contract No.", f"GEMC-5116877{digits(rng, 8)}")
    wrap_pair(p, "Buyer organisation", f"Kendriya Vidyalaya No. {rng.randrange(1, 4)}, {TOWNS[j.town][0]}")
    payee = rng.choice([FIRMS[j.town].upper(), FIRMS[j.town]])
    wrap_pair(p, rng.choice(["Seller", "Seller name"]), payee, merchant=payee)
    p.pair("Invoice No.", f"{CODES[j.town]}/{fy(j.date)}/{rng.randrange(100, 2999)}")
    taxable = float(whole(rng.uniform(40000, 300000), 10))
    bill = round(taxable * 1.18, 2)
    p.pair("Bill amount", rs(bill))
    tds = round(taxable * 0.02, 2)
    p.pair("Less: TDS under GST (2%)", rs(tds))
    ld = float(whole(taxable * rng.uniform(0.005, 0.02), 10)) if rng.random() < 0.5 else 0.0
    if ld:
        p.pair("Less: LD (late delivery)", rs(ld))
    net = round(bill - tds - ld, 2)
    j.amount = net
    p.pair("Amount paid", rs(net), amount=net)
    wrap_pair(p, "Paying authority", f"PAO (KVS), {TOWNS[j.town][3]}")
    p.pair("Payment mode", "PFMS e-payment", method="netbanking")
    way_ref(p, j, "NEFT", ["SBIN", "PUNB", "CNRB"])
    p.pair("Payment date", j.day(rng), date=j.date)
    p.part = "foot"
    p.add("small", "Payment status as updated by the buyer's paying authority.")
    return p.done()


def remit_advice(
    rng: random.Random, font: str, k: int, j: Job, payer: str, line: str
) -> tuple[list, dict, dict]:
    """A college's e-mailed remittance advice: the college on top and its accounts section (never the payee), Vendor /
    Paid to the distributor (the payee), Vendor code (no id), the invoices paid with their days (no fact), Total of
    invoices, Less: Debit note (short supply), Net remitted (the sum), Mode RTGS, UTR, Payment voucher No., Value
    date, Status Paid."""
    p = mail_page(
        rng,
        font,
        f"{payer} Accounts <accounts@kamrupit.ac.in>",
        ["Remittance advice", "Payment advice - vendor", "Payment released against your invoices"],
    )
    rs = money(rng, font, 0.0, groupings=("indian", "western"))
    p.part = "head"
    top(p, payer)
    p.add("small", f"{line}, {TOWNS[j.town][0]}")
    p.add("center", "REMITTANCE ADVICE")
    p.add("rule")
    p.part = "body"
    p.add("small", "Dear Sir / Madam, we have remitted the amount below against your invoices.")
    wrap_pair(p, rng.choice(["Vendor", "Paid to"]), j.to, merchant=j.to)
    p.pair("Vendor code", f"V{digits(rng, 5)}")
    total, pat = 0.0, rng.choice(DAY_PATS)
    for _ in range(rng.randint(2, 4)):
        value = float(whole(rng.uniform(15000, 120000), 10))
        total += value
        inv = f"Inv {CODES[j.town]}/{fy(j.date)}/{rng.randrange(100, 2999)}"
        item_row(p, inv, j.other_day(rng, -60, -15, pat), rs(value))
    p.pair("Total of invoices", rs(total))
    short = float(whole(rng.uniform(300, 4000), 10)) if rng.random() < 0.6 else 0.0
    if short:
        p.pair("Less: Debit note (short supply)", rs(short))
    net = round(total - short, 2)
    j.amount = net
    p.pair(rng.choice(["Net remitted", "Amount remitted"]), rs(net), amount=net)
    p.pair("Mode", "RTGS", method="netbanking")
    way_ref(p, j, "RTGS", ["CNRB", "KARB", "SBIN"])
    if not j.no_ref:
        pv = f"PV/{j.year()}{rng.randrange(100, 9999)}"
        p.pair("Payment voucher No.", pv, txn=(INVOICE_RANK, pv))
    p.pair(rng.choice(["Value date", "Payment date"]), j.day(rng), date=j.date)
    p.pair("Status", "Paid", status=j.status)
    p.part = "foot"
    p.add("small", "Please acknowledge receipt. For queries write to the accounts section.")
    return p.done()


def erp_mail(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A school's ERP e-mail releasing payment (printed without a day: no UTR, a bank reference): the school on top
    (never the payee), Payment released, Paid to / Vendor the distributor (the payee), the bills (their numbers only,
    no fact), Gross, Less: Early payment discount, Net paid (the sum), Mode NEFT, Bank Ref No."""
    school = SCHOOLS[j.town]
    slug = "".join(ch for ch in school.lower() if ch.isalpha())[:10]
    p = mail_page(
        rng, font, f"{school} Accounts <accounts@{slug}.edu.in>", ["Payment released", "Vendor payment"]
    )
    rs = money(rng, font, 0.2)
    p.part = "head"
    top(p, school)
    p.add("small", f"School accounts office, {TOWNS[j.town][0]}")
    p.add("rule")
    p.part = "body"
    outcome_row(p, j.status, {"success": ["Payment released", "Paid"]})
    wrap_pair(p, rng.choice(["Paid to", "Vendor"]), j.to, merchant=j.to)
    gross = 0.0
    for _ in range(rng.randint(1, 3)):
        value = float(whole(rng.uniform(8000, 70000), 10))
        gross += value
        item_row(p, f"Bill No. {rng.randrange(1000, 9999)}", "", rs(value))
    p.pair("Gross", rs(gross))
    disc = round(gross * 0.02, 2)
    p.pair("Less: Early payment discount 2%", rs(disc))
    net = round(gross - disc, 2)
    j.amount = net
    p.pair(rng.choice(["Net paid", "Amount paid"]), rs(net), amount=net)
    p.pair("Mode", "NEFT", method="netbanking")
    way_ref(p, j, "NEFT", ["HDFC"])
    p.part = "foot"
    p.add("small", "Kindly send the stamped receipt to the school office.")
    return p.done()


def link_paid(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The distributor's payment link after a school paid it (Razorpay in a browser): the distributor on top (the
    payee), Payment successful / Paid, the sum large, Payment for, Paid by / Customer the school (never the payee),
    Payment method Net banking - <bank> or a card, Payment ID, Bank Ref No. or Auth code, Paid on; Secured by
    Razorpay (never the payee)."""
    p = browser_page(rng, font, f"rzp.io/rzp/{code(rng, 8, MIXED)}")
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR"))
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", f"{TOWNS[j.town][2]}, {TOWNS[j.town][0]}")
    p.add("rule")
    p.part = "body"
    outcome_row(p, "success", {"success": ["Payment successful", "Paid", "Thank you! Payment received"]})
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Payment for", "Purpose"]), rng.choice(SCHOOL_REMARKS))
    wrap_pair(p, rng.choice(["Paid by", "Customer"]), SCHOOLS[j.town])
    way = "netbanking" if rng.random() < 0.6 else "card"
    p.pair(rng.choice(["Payment method", "Paid using"]), way_text(rng, way, font), method=method_of(way))
    if not j.no_ref:
        pid = f"pay_{code(rng, 14, MIXED)}"
        labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
        if way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            ref = f"{digits(rng, 10)}"
            p.pair("Bank Ref No.", ref, txn=(BANK_RANK, ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Payment date"]), stamp(rng, j.date, DAY_PATS), date=j.date)
    p.part = "foot"
    p.add("small", "A receipt has been sent to the e-mail given.")
    p.add("small", "Secured by Razorpay")
    return p.done()


def institution_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Schools, a college, a coaching institute and government offices paying the distributor: three transfers from
    the payer's bank (a school's Kotak FYN NEFT and a school trust's Canara ai1 NEFT in a browser, a coaching
    institute's IMPS in the IDFC FIRST Bank app; the distributor under Beneficiary / Beneficiary name / Payee / Pay
    to), PFMS's e-payment advice (``pfms_advice``), GeM's payment status (``gem_page``), a college's remittance advice
    (``remit_advice``), a school's ERP e-mail (``erp_mail``) and the distributor's payment link (``link_paid``)."""
    k = place("institution_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    kind, name, line, frame, mode = INST_PAGES[k]
    j = Job(
        rng,
        status,
        no_ref=k == 4,
        no_day=k == 6,
        low=8000,
        high=250000,
        p_round=0.7,
        town=k,
        firm=0.5,
        caps=0.4,
    )
    if kind == "pfms":
        return pfms_advice(rng, font, k, j)
    if kind == "gem":
        return gem_page(rng, font, k, j)
    if kind == "remit":
        return remit_advice(rng, font, k, j, name, line)
    if kind == "erp":
        return erp_mail(rng, font, k, j)
    if kind == "link":
        return link_paid(rng, font, k, j)
    payer = COACHING[k % 4] if frame == "app" else SCHOOLS[k]
    if frame == "app":
        j.amount = rupees(rng, 5000, 95000, 0.8)
    p = transfer_page(
        rng,
        font,
        k,
        j,
        bank=name,
        line=line,
        frame=frame,
        mode=mode,
        payee=j.to,
        payee_labels=["Beneficiary", "Beneficiary name", "Payee", "Pay to"],
        debit_name=payer.upper(),
        remarks=SCHOOL_REMARKS,
        head4={"Kotak FYN": "KKBK", "Canara Bank": "CNRB"}.get(name, "IDFB"),
        band=(156, 29, 39),
        url=INST_URLS.get(name, ""),
    )
    p.part = "foot"
    p.add("gap")
    p.add(
        "small",
        rng.choice(["This is a computer generated advice.", "Never share your OTP or PIN with anyone."]),
    )
    return p.done()


# ---------------------------------------------------------------- 4. the marketplaces' settlements


# the marketplace, its frame, its site
MARKET_PAGES = [
    ("Amazon", "browser", "sellercentral.amazon.in/payments/statement"),
    ("Flipkart", "app", ""),
    ("Meesho", "mail", "meesho.com"),
    ("JioMart", "browser", "partner.jiomart.com/payments/settlements"),
    ("Amazon", "mail", "amazon.in"),
    ("Flipkart", "mail", "flipkart.com"),
    ("Meesho", "app", ""),
    ("Snapdeal", "browser", "sellers.snapdeal.com/payments"),
]
MARKET_HEADS = {
    "Amazon": ("amazon seller central", "Payments - settlement statement"),
    "Flipkart": ("Flipkart Seller Hub", "Payments - settlements"),
    "Meesho": ("Meesho Supplier Panel", "Payments"),
    "JioMart": ("JioMart Partner", "Settlements"),
    "Snapdeal": ("Snapdeal Seller Zone", "Payments - disbursals"),
}
MARKET_BANDS = {"Flipkart": (40, 116, 240), "Meesho": (153, 0, 102)}


def market_lines(rng: random.Random, market: str, gross: float, orders: int) -> list[tuple[str, float]]:
    """The marketplace's deductions from a settlement's gross sales (fees and GST on them, TCS, TDS u/s 194-O)."""
    lines: list[tuple[str, float]] = []
    if market == "Meesho":
        fees = [("Shipping charges (returns)", float(whole(orders * rng.uniform(8, 20), 1)))]
    elif market == "Amazon":
        fees = [
            ("Referral fee (8%)", round(gross * 0.08, 2)),
            ("Closing fee", float(orders * rng.choice([12, 20, 25]))),
            ("Easy Ship fee", float(whole(orders * rng.uniform(40, 65), 1))),
        ]
    elif market == "Flipkart":
        fees = [
            ("Commission fee (6%)", round(gross * 0.06, 2)),
            ("Fixed fee", float(orders * rng.choice([10, 15, 20]))),
            ("Shipping fee", float(whole(orders * rng.uniform(35, 60), 1))),
        ]
    else:
        fees = [
            ("Commission (7%)", round(gross * 0.07, 2)),
            ("Logistics fee", float(whole(orders * rng.uniform(30, 55), 1))),
        ]
    lines.extend(fees)
    lines.append(("GST @ 18% on fees", round(sum(v for _, v in fees) * 0.18, 2)))
    lines.append(("TCS under GST (0.5%)", round(gross / 1.05 * 0.005, 2)))
    lines.append(("TDS u/s 194-O (0.1%)", round(gross * 0.001, 2)))
    return lines


def marketplace_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An e-commerce marketplace settling the distributor's online store (Amazon's Seller Central statement and its
    e-mail, Flipkart's Seller Hub app and e-mail, Meesho's Supplier Panel e-mail and app, JioMart's partner portal
    and Snapdeal's Seller Zone in a browser): the marketplace's panel on top (never the payee), Settled / Paid /
    Payment initiated - reaches your bank in 3-5 business days / Settlement failed - bank account details invalid,
    the sum large on the apps, Seller / Seller name / Supplier name / Account holder the firm or the trade name (the
    payee), Seller ID / Supplier ID (no id), Settlement period (no fact), Orders (n), Gross sales / Product charges /
    Sale amount, the fees with GST on them, TCS under GST (0.5%) and TDS u/s 194-O (0.1%) (no fact), Net settlement /
    Amount transferred / Final settlement amount / Bank settlement value (the sum), Paid to bank, Settlement ID /
    Payment reference, UTR / NEFT ID, Transfer date / Settled on / Deposit date / Initiated on / Failed on."""
    k = place("marketplace_payouts")
    status = outcome(k, failed=(5,), pending=(4,))
    market, frame, site = MARKET_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, town=k, firm=0.6, branch=0.0, caps=0.5)
    brand, line = MARKET_HEADS[market]
    words = {
        "success": ["Settled", "Paid", "Payment transferred"],
        "failed": ["Settlement failed - bank account details invalid"],
        "pending": ["Payment initiated - reaches your bank in 3-5 business days"],
    }
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Payments", "Settlement details"])
        head(p, brand, MARKET_BANDS[market], p.style["h106"]["dark"], [line])
        rs = money(rng, font, 0.0)
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{market} Seller Payments <{rng.choice(['seller-payments', 'payments-noreply', 'settlements'])}@{site}>",
            ["Your settlement details", "Payment update for your account", "Disbursement notification"],
        )
        rs = money(rng, font, 0.0, marks=("\u20b9", "INR", "Rs."))
        p.part = "head"
        top(p, brand)
        p.add("small", line)
        p.add("rule")
    else:
        p = browser_page(rng, font, site)
        rs = money(rng, font, 0.0, groupings=("indian", "western", "western"))
        p.part = "head"
        top(p, brand)
        p.add("small", line)
        p.add("rule")
    p.part = "body"
    if frame != "mail":
        outcome_row(p, status, words)
    orders = rng.randint(18, 260)
    gross = float(whole(orders * rng.uniform(180, 650), 1)) + rng.choice([0.0, 0.5, 0.25])
    lines = market_lines(rng, market, gross, orders)
    net = round(gross - sum(v for _, v in lines), 2)
    j.amount = net
    if frame == "app":
        p.add("big", rs(net), amount=net)
    payee = j.to
    wrap_pair(
        p,
        rng.choice(
            ["Seller", "Seller name", "Account holder"]
            if market != "Meesho"
            else ["Supplier name", "Supplier", "Account holder"]
        ),
        payee,
        merchant=payee,
    )
    p.pair("Supplier ID" if market == "Meesho" else "Seller ID", f"{code(rng, 4, UPPER)}{digits(rng, 6)}")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.randrange(8, 15))
        end = j.date - dt.timedelta(days=rng.randrange(1, 4))
        wrap_pair(p, "Settlement period", f"{when(start, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    p.pair("Orders", str(orders))
    p.pair(rng.choice(["Gross sales", "Product charges", "Sale amount"]), rs(gross))
    for label, value in lines:
        item_row(p, f"Less: {label}", "", rs(value))
    if frame != "app":
        label = {
            "Amazon": "Amount transferred",
            "Meesho": "Final settlement amount",
            "Flipkart": "Bank settlement value",
        }.get(market, "Net settlement")
        p.pair(label if status == "success" else "Payment amount", rs(net), amount=net)
    bank, acct, _ = acct_ifsc(rng)
    wrap_pair(p, rng.choice(["Paid to bank", "Bank account"]), f"{bank} {acct[-8:]}")
    p.pair("Mode", "NEFT", method="netbanking")
    if not j.no_ref:
        sid = rng.choice([digits(rng, 11), f"{code(rng, 3, UPPER)}{digits(rng, 10)}"])
        labelled(p, rng.choice(["Settlement ID", "Payment reference"]), sid, txn=(TXN_RANK, sid))
        if status == "success" and not j.no_day:
            ref = neft_no(rng, rng.choice(["SCBL", "HSBC", "CITI", "UTIB"]), j.date)
            labelled(p, rng.choice(["UTR", "NEFT ID", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(
            p,
            {
                "success": rng.choice(["Transfer date", "Settled on", "Deposit date"]),
                "failed": "Failed on",
                "pending": "Initiated on",
            }[status],
            j.day(rng),
            date=j.date,
        )
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]) if status != "success" else "Paid", status=status)
    if status == "failed":
        p.add("small", "Update your bank details in the panel; the amount is retried in the next cycle.")
    p.part = "foot"
    p.add(
        "small", rng.choice(["This is an automated message.", "Download the detailed report from the panel."])
    )
    return p.done()


# ---------------------------------------------------------------- 5. the distributor's own receipts


# the receipt's kind and the way it was paid
OWN_PAGES = [
    ("money", "NEFT"),
    ("collection", "cash"),
    ("memo", "UPI"),
    ("invoice", "cheque"),
    ("advance", "cheque"),
    ("bounce", "cheque"),
    ("tds", "NEFT"),
    ("fair", "card"),
]
OWN_SUBS = [
    "Wholesale distributors of books, notebooks & stationery",
    "Authorised distributors: Classmate | Navneet | Camlin | Nataraj",
    "Books, stationery & school supplies - wholesale",
]
# a stationery line: name, its price range, its GST rate (nil on notebooks, books, pencils and erasers)
STATIONERY = [
    ("Classmate long notebook 172 pp", (42, 58), 0),
    ("Navneet practice book 200 pp", (55, 75), 0),
    ("Apsara Platinum pencils (box of 10)", (48, 60), 0),
    ("Nataraj erasers (box of 20)", (70, 90), 0),
    ("Camlin geometry box", (95, 160), 5),
    ("Camel wax crayons 24 shades", (60, 95), 5),
    ("Reynolds ball pens (pack of 10)", (70, 110), 18),
    ("Flair gel pens (pack of 5)", (60, 95), 18),
    ("A4 copier paper 75 GSM (ream)", (260, 340), 18),
    ("Exam pad with clip", (55, 90), 18),
]
BOOKS = [
    ("NCERT textbook set - Class 6", (480, 620)),
    ("NCERT textbook set - Class 9", (640, 820)),
    ("Oxford Modern English - Book 4", (390, 460)),
    ("S. Chand's Mathematics - Class 8", (520, 640)),
    ("Navneet 21 Most Likely Question Sets - SSC", (260, 340)),
    ("Atlas - school edition", (190, 260)),
]
FAIR_BOOKS = [
    ("Panchatantra stories (illustrated)", (150, 250)),
    ("Amar Chitra Katha - 3 in 1", (260, 360)),
    ("Activity book - Join the dots", (90, 150)),
    ("Children's dictionary", (180, 320)),
    ("Tinkle digest", (120, 180)),
]
CHAINS = ["Shoppers Galaxy Retail Pvt Ltd", "Vidya Superstores Pvt Ltd", "Kids Kingdom Retail LLP"]


def stationery_lines(rng: random.Random, n: int, low: int, high: int) -> list[tuple[str, int, float, int]]:
    """``n`` stationery lines: name, quantity, rate, GST rate."""
    return [
        (name, rng.randint(low, high), float(whole(rng.uniform(*prices), 1)), gst)
        for name, prices, gst in rng.sample(STATIONERY, n)
    ]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The distributor's own paper (serif; the trade name, the trade name with its market or the firm on top, in
    capitals on some: the payee; its line, address, GSTIN and phone): a MONEY RECEIPT against a retailer's invoices
    (Receipt No., Date, "Received with thanks from M/s <retailer> the sum of <words>", the invoices with their days,
    Total, Less: Cash discount (1%), Amount received, NEFT and its UTR), a sales representative's COLLECTION RECEIPT
    (Receipt Book No. (no id), Receipt No., cash with its denominations, Collected by <rep>), a CASH MEMO of the
    cash-and-carry counter (the lines, Total, UPI), a TAX INVOICE CUM RECEIPT to a school (the books and stationery
    with HSN and GST nil, 5% and 18%, Taxable value, CGST and SGST, Round off, Invoice total, E-way bill No. (never an
    id), cheque No. <n> dt <day> cleared, Amount received), an ADVANCE RECEIPT (Order value (no fact), Advance
    received by cheque, Cheque No., Cheque date, Drawn on; CHEQUE RECEIVED - SUBJECT TO REALISATION), a PAYMENT
    RECEIPT cancelled for a dishonoured cheque (Cheque amount, Return reason; CHEQUE DISHONOURED - RECEIPT
    CANCELLED), a retail chain's RECEIPT with Less: TDS u/s 194Q @ 0.1% and Received (net of TDS), and a BOOK FAIR
    CASH MEMO paid by card (Auth Code, RRN); PAID / RECEIVED WITH THANKS / RECEIVED in a row and the rubber stamp on
    the paid ones."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(4,))
    kind, way = OWN_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, town=k)
    roll = rng.random()
    name = FIRMS[k] if roll < 0.3 else f"{TRADE} - {TOWNS[k][2]}" if roll < 0.5 else TRADE
    name = name.upper() if rng.random() < 0.25 else name
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.35)
    kinds = {
        "money": ["MONEY RECEIPT", "PAYMENT RECEIPT"],
        "collection": ["COLLECTION RECEIPT", "FIELD COLLECTION RECEIPT"],
        "memo": ["CASH MEMO", "CASH / CREDIT MEMO"],
        "invoice": ["TAX INVOICE CUM RECEIPT", "BILL OF SUPPLY CUM RECEIPT"],
        "advance": ["ADVANCE RECEIPT", "ADVANCE RECEIPT - SESSION ORDER"],
        "bounce": ["PAYMENT RECEIPT"],
        "tds": ["RECEIPT", "PAYMENT RECEIPT"],
        "fair": ["BOOK FAIR CASH MEMO", "CASH MEMO - BOOK FAIR"],
    }[kind]
    letterhead(p, k, name, kinds, sub=rng.choice(OWN_SUBS))
    if not j.no_ref:
        if kind == "collection":
            p.pair("Receipt Book No.", str(rng.randrange(3, 40)))
        no = rng.choice([f"{CODES[k]}/{j.year()}{rng.randrange(1, 4999):04d}", f"{rng.randrange(100, 9999)}"])
        label = {"memo": "Memo No.", "fair": "Memo No.", "invoice": "Invoice No."}.get(kind, "Receipt No.")
        p.pair(rng.choice([label, "No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    payer = {
        "invoice": SCHOOLS[k],
        "advance": SCHOOLS[k],
        "tds": rng.choice(CHAINS),
        "fair": "",
    }.get(kind, rng.choice(RETAILERS))
    way_row = rng.choice(["Mode", "Paid by", "Received by"])
    word = rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"])
    if kind == "money":
        p.add(
            "left", f"Received with thanks from M/s {payer}, {TOWNS[k][0]}, against the following invoices:"
        )
        total, pat = 0.0, rng.choice(DAY_PATS)
        for _ in range(rng.randint(2, 4)):
            value = float(whole(rng.uniform(4000, 45000), 1))
            total += value
            inv = f"Inv. {CODES[k]}/{fy(j.date)}/{rng.randrange(100, 4999)}"
            item_row(p, inv, j.other_day(rng, -45, -5, pat), rs(value))
        p.pair("Total", rs(total))
        cd = round(total * 0.01, 2)
        p.pair("Less: Cash discount (1%)", rs(cd))
        amount = round(total - cd, 2)
        p.pair(rng.choice(["Amount received", "Net received"]), rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
        p.pair(way_row, way_text(rng, way, font), method=method_of(way))
        way_ref(p, j, way, ["SBIN", "HDFC", "BARB", "MAHB"])
    elif kind == "collection":
        amount = float(whole(rng.uniform(6000, 60000), 100))
        wrap_pair(p, "Received from", f"M/s {payer}, {TOWNS[k][2]}")
        p.pair(way_row, "Cash", method="cash")
        notes, left = [], int(amount)
        for note in (500, 200, 100):
            most = left // note
            n = most if note == 100 else rng.randint(max(0, most - 3), most)
            if n:
                notes.append(f"{note} x {n}")
                left -= n * note
        p.pair("Denominations", ", ".join(notes))
        p.pair(rng.choice(["Amount received", "Cash received"]), rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
        p.pair("Collected by", f"{REPS[k]} (Sales representative)")
        word = "RECEIVED"
    elif kind in ("memo", "fair"):
        if kind == "fair":
            picks = [
                (n, rng.randint(1, 3), float(whole(rng.uniform(*pr), 5)))
                for n, pr in rng.sample(FAIR_BOOKS, 3)
            ]
        else:
            wrap_pair(p, "Customer", f"{payer}, {TOWNS[k][2]}")
            picks = [(n, q, r) for n, q, r, _ in stationery_lines(rng, rng.randint(3, 5), 5, 60)]
        p.add("rule")
        amount = items_block(p, rs, picks)
        p.add("rule")
        p.pair(rng.choice(["Total", "Net amount", "Total (incl. GST)"]), rs(amount), amount=amount)
        p.pair(way_row, way_text(rng, way, font), method=method_of(way))
        way_ref(p, j, way, ["SBIN"])
    elif kind == "invoice":
        wrap_pair(p, rng.choice(["Bill to", "Buyer"]), f"{payer}, {TOWNS[k][0]}")
        p.add("rule")
        taxable, tax, exempt = 0.0, {5: 0.0, 18: 0.0}, 0.0
        for book, prices in rng.sample(BOOKS, 2):
            qty, rate = rng.randint(20, 120), float(whole(rng.uniform(*prices), 5))
            exempt += qty * rate
            item_row(p, f"{book} (4901, nil)", f"{qty} x {rate:,.2f}", rs(qty * rate))
        for item, qty, rate, gst in stationery_lines(rng, 3, 40, 300):
            value = round(qty * rate, 2)
            if gst:
                taxable += value
                tax[gst] += value * gst / 100
            else:
                exempt += value
            item_row(p, f"{item} ({f'{gst}%' if gst else 'nil'})", f"{qty} x {rate:,.2f}", rs(value))
        p.add("rule")
        p.pair("Exempt / nil-rated value", rs(round(exempt, 2)))
        p.pair("Taxable value", rs(round(taxable, 2)))
        gst_total = round(tax[5], 2) + round(tax[18], 2)
        half = round(gst_total / 2, 2)
        p.pair("CGST", rs(half))
        p.pair("SGST", rs(half))
        gross = round(exempt + taxable + 2 * half, 2)
        amount = float(round(gross))
        if abs(amount - gross) > 0.001:
            p.pair("Round off", f"{amount - gross:+.2f}")
        p.pair("Invoice total", rs(amount))
        if amount > 50000:
            p.pair("E-way bill No.", f"{rng.choice('1234567')}{digits(rng, 11)}")
        chq = f"{rng.randrange(1, 999999):06d}"
        wrap_pair(p, way_row, f"Cheque No. {chq} dt {j.other_day(rng, -9, -2)} - cleared", method="cheque")
        p.pair("Amount received", rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
    elif kind == "advance":
        order = float(whole(rng.uniform(150000, 900000), 1000))
        amount = float(whole(order * rng.choice([0.2, 0.25, 0.3]), 100))
        p.add(
            "left",
            f"Received from {payer}, {TOWNS[k][0]}, as advance against the order for the next session's books.",
        )
        p.pair("Order value", rs(order))
        p.pair(rng.choice(["Advance received", "Cheque amount"]), rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        p.pair(rng.choice(["Cheque date", "Chq. dt."]), j.other_day(rng, 1, 20))
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
        word = "CHEQUE RECEIVED - SUBJECT TO REALISATION"
    elif kind == "bounce":
        wrap_pair(p, "Received from", f"M/s {payer}, {TOWNS[k][2]}")
        amount = float(whole(rng.uniform(8000, 90000), 1))
        p.pair("Cheque amount", rs(amount), amount=amount)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
        p.pair(
            "Return reason",
            rng.choice(["Funds insufficient", "Exceeds arrangement", "Payment stopped by drawer"]),
        )
        p.add("small", "Bank return charges of Rs 590 (incl. GST) are debited to your account.")
        word = "CHEQUE DISHONOURED - RECEIPT CANCELLED"
    else:
        wrap_pair(p, "Received from", f"M/s {payer}")
        bill = float(whole(rng.uniform(300000, 1500000), 1))
        tds = round(bill * 0.001, 2)
        amount = round(bill - tds, 2)
        p.pair("Bill amount", rs(bill))
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        p.pair("Received (net of TDS)", rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
        p.pair(way_row, way_text(rng, way, font), method=method_of(way))
        way_ref(p, j, way, ["ICIC"])
    j.amount = amount
    p.add("center", word, status=status)
    p.part = "foot"
    if way == "cheque":
        p.add("small", "Subject to realisation of cheques.")
    else:
        p.add("small", rng.choice(["E. & O.E.", "Thank you for your business."]))
    signs(
        p,
        "Customer's signature" if kind in ("memo", "fair") else "Receiver's signature",
        f"For {name}" if fits(p, "right", f"For {name}") else "Authorised signatory",
    )
    if status == "success" and rng.random() < 0.6:
        seal(
            p,
            rng.choice([TRADE, FIRMS[k]]),
            rng.choice(["ACCOUNTS", "CASH COUNTER"]),
            stamp_date(j),
            "RECEIVED",
        )
    return p.done()


# ---------------------------------------------------------------- 6. publishers' and makers' receipts


# the publisher or maker, the page, the frame, the way
PUB_PAGES = [
    ("Navneet Education Ltd", "receipt", "paper", "NEFT"),
    ("S. Chand & Company Ltd", "ack", "mail", "RTGS"),
    ("Kokuyo Camlin Ltd", "portal", "browser", "netbanking"),
    ("ITC Limited", "invoice", "paper", "NEFT"),
    ("Hindustan Pencils Pvt Ltd", "receipt", "paper", "cheque"),
    ("Flair Writing Industries Ltd", "ack", "mail", "NEFT"),
    ("Oxford University Press India", "receipt", "paper", "RTGS"),
    ("Rachna Sagar Pvt Ltd", "invoice", "paper", "IMPS"),
]
# the line under the name and the office
PUB_LINES = {
    "Navneet Education Ltd": (
        "Educational publishers & stationery",
        "Nagpur depot, Wardhaman Nagar, Nagpur - 440008",
        "27",
    ),
    "S. Chand & Company Ltd": (
        "Publishers since 1939",
        "A-27, Mohan Co-operative Industrial Estate, New Delhi - 110044",
        "07",
    ),
    "Kokuyo Camlin Ltd": ("Channel partner portal", "", "27"),
    "ITC Limited": (
        "Education and Stationery Products Business",
        "Classmate - regional office, Guwahati - 781005",
        "18",
    ),
    "Hindustan Pencils Pvt Ltd": ("Nataraj | Apsara", "Regional depot, Vijayawada - 520010", "37"),
    "Flair Writing Industries Ltd": ("Writing instruments", "Flair House, Mumbai - 400067", "27"),
    "Oxford University Press India": (
        "Education division",
        "Jodhpur office, Residency Road, Jodhpur - 342003",
        "08",
    ),
    "Rachna Sagar Pvt Ltd": ("Together with | Xam idea", "4583/15, Daryaganj, New Delhi - 110002", "07"),
}
PUB_SITES = {
    "S. Chand & Company Ltd": "schandgroup.com",
    "Kokuyo Camlin Ltd": "kokuyocamlin.com",
    "Flair Writing Industries Ltd": "flairworld.in",
}


def pub_invoices(p: Screen, rs, j: Job, rng: random.Random, low: float, high: float) -> float:
    """The invoices a payment settles (their numbers and days: no fact) and their total."""
    total, pat = 0.0, rng.choice(DAY_PATS)
    for _ in range(rng.randint(1, 3)):
        value = float(whole(rng.uniform(low, high), 1))
        total += value
        label = f"Inv. {code(rng, 2, UPPER)}{rng.randrange(10000, 99999)}"
        item_row(p, label, "" if j.no_day else f"dt {j.other_day(rng, -50, -8, pat)}", rs(value))
    return round(total, 2)


def publisher_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The distributor paying publishers and stationery makers: their receipts (Navneet Education's PAYMENT RECEIPT,
    Hindustan Pencils' RECEIPT VOUCHER and Oxford University Press India's COLLECTION RECEIPT: the maker on top and
    its line (never the brand line Nataraj | Apsara), Receipt No., Date, Received from M/s <firm> (<trade name>),
    Customer code (no id), the invoices and their days, Total, Less: TDS u/s 194Q @ 0.1% (deducted by the distributor)
    on OUP's, Amount received / Received (net of TDS), the way and its reference; RECEIVED WITH THANKS), e-mails (S.
    Chand's Payment acknowledgement after an RTGS, Flair's Payment returned after an NEFT the beneficiary bank sent
    back: Customer / Customer code, Amount received / Amount, Mode, UTR, Received on / Returned on, Status), Kokuyo
    Camlin's channel partner portal (Payment under verification - credit awaited, Dealer, Dealer code, Outstanding
    before payment, Amount paid, Net banking, Transaction ID, Paid on) and tax invoices with the payment on them (ITC
    Limited's Classmate invoice, Rachna Sagar's books: MRP value, Less: Trade discount, GST nil / 18%, Invoice total,
    Invoice date (never the day paid), Less: Cash discount (2%) for prompt payment, Amount paid, Payment received on,
    the way and its reference; PAID)."""
    k = place("publisher_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    name, kind, frame, way = PUB_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4, town=k, low=40000, high=600000)
    line, office, state = PUB_LINES[name]
    buyer = f"M/s {FIRMS[k]} ({TRADE}), {TOWNS[k][0]}"
    to = name.upper() if rng.random() < 0.2 else name
    heads = ["HDFC", "ICIC", "SBIN", "UTIB"]
    if frame == "mail":
        site = PUB_SITES[name]
        p = mail_page(
            rng,
            font,
            f"{name.split(' & ')[0].split(' Writing')[0]} Collections "
            f"<{rng.choice(['collections', 'receivables', 'accounts'])}@{site}>",
            ["Payment acknowledgement", "Receipt of your payment"]
            if status != "failed"
            else ["Payment returned - action needed", "NEFT returned - please re-send"],
        )
        rs = money(rng, font, 0.0, groupings=("indian", "western"))
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", line)
        p.add("rule")
        p.part = "body"
        p.add("small", "Dear Customer,")
        p.add(
            "small",
            "We acknowledge with thanks the payment below."
            if status == "success"
            else "Your payment below was returned by our bank: beneficiary account name mismatch. Please re-send it.",
        )
        wrap_pair(p, "Customer", buyer)
        p.pair("Customer code", f"{CODES[k]}{digits(rng, 5)}")
        total = pub_invoices(p, rs, j, rng, 30000, 250000)
        j.amount = total
        p.pair("Amount received" if status == "success" else "Amount", rs(total), amount=total)
        p.pair("Mode", way, method=method_of(way))
        way_ref(p, j, way, heads)
        p.pair("Received on" if status == "success" else "Returned on", j.day(rng), date=j.date)
        p.pair(
            "Status",
            "Received - adjusted against the invoices above" if status == "success" else "Payment returned",
            status=status,
        )
        p.part = "foot"
        p.add("small", "This is a system generated mail. Please do not reply.")
        return p.done()
    if frame == "browser":
        p = browser_page(rng, font, f"partners.{PUB_SITES[name]}/payments/history")
        rs = money(rng, font, 0.0)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", line)
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"pending": ["Payment under verification - credit awaited"], "success": ["Paid"]}
        )
        wrap_pair(p, "Dealer", f"{FIRMS[k]}, {TOWNS[k][0]}")
        p.pair("Dealer code", f"KC{digits(rng, 7)}")
        owed = float(whole(rng.uniform(120000, 600000), 1))
        p.pair("Outstanding before payment", rs(owed))
        amount = float(whole(owed * rng.uniform(0.3, 0.9), 1000))
        j.amount = amount
        p.pair("Amount paid", rs(amount), amount=amount)
        p.pair("Payment mode", way_text(rng, way, font), method=method_of(way))
        if not j.no_ref:
            tid = f"CML{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair("Paid on", stamp(rng, j.date, DAY_PATS), date=j.date)
        p.add(
            "small", "Credit reflects in your ledger once the bank confirms, usually within 2 working days."
        )
        return p.done()
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    p.add("small", office)
    p.add("small", f"GSTIN: {gstin(rng, state)}")
    if kind == "receipt":
        p.add(
            "center",
            {"Navneet Education Ltd": "PAYMENT RECEIPT", "Hindustan Pencils Pvt Ltd": "RECEIPT VOUCHER"}.get(
                name, "COLLECTION RECEIPT"
            ),
        )
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            no = f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(100, 99999)}"
            p.pair(rng.choice(["Receipt No.", "Voucher No."]), no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Received from", buyer)
        p.pair("Customer code", f"{digits(rng, 7)}")
        total = pub_invoices(p, rs, j, rng, 60000, 400000)
        p.pair("Total", rs(total))
        if name.startswith("Oxford"):
            tds = round(total * 0.001, 2)
            p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
            amount = round(total - tds, 2)
            p.pair("Received (net of TDS)", rs(amount), amount=amount)
        else:
            amount = total
            p.pair(rng.choice(["Amount received", "Received"]), rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
        if way == "cheque":
            p.pair("Mode", f"Cheque No. {rng.randrange(1, 999999):06d} - cleared", method="cheque")
        else:
            p.pair("Mode", way_text(rng, way, font), method=method_of(way))
            way_ref(p, j, way, heads)
        p.add("center", "RECEIVED WITH THANKS", status=status)
    else:
        p.add("center", "TAX INVOICE")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            no = f"{code(rng, 3, UPPER)}{j.date.year % 100 if not j.no_day else ''}{digits(rng, 6)}"
            p.pair("Invoice No.", no, txn=(INVOICE_RANK, no))
        p.pair("Invoice date", j.other_day(rng, -10, -2))
        wrap_pair(p, "Buyer", buyer)
        p.add("rule")
        if name == "ITC Limited":
            picks = [
                (
                    "Classmate notebooks 172 pp (4820, nil)",
                    rng.randint(2000, 9000),
                    float(rng.choice([38, 41, 44])),
                ),
                (
                    "Classmate drawing books (4820, nil)",
                    rng.randint(1000, 4000),
                    float(rng.choice([27, 31, 35])),
                ),
                (
                    "Classmate Octane gel pens (9608, 18%)",
                    rng.randint(500, 3000),
                    float(rng.choice([42, 48, 52])),
                ),
            ]
            exempt = sum(q * r for _, q, r in picks[:2])
            taxable = picks[2][1] * picks[2][2]
            for item, qty, rate in picks:
                item_row(p, item, f"{qty} x {rate:,.2f}", rs(qty * rate))
            p.pair("Nil-rated value", rs(exempt))
            p.pair("Taxable value", rs(taxable))
            half = round(taxable * 0.09, 2)
            p.pair("CGST @ 9%", rs(half))
            p.pair("SGST @ 9%", rs(half))
            gross = round(exempt + taxable + 2 * half, 2)
        else:
            mrp = 0.0
            for book, prices in rng.sample(
                [
                    ("Together with Science - Class 10", (560, 680)),
                    ("Xam idea Mathematics - Class 12", (640, 760)),
                    ("Together with English - Class 9", (420, 520)),
                ],
                2,
            ):
                qty, rate = rng.randint(40, 200), float(whole(rng.uniform(*prices), 5))
                mrp += qty * rate
                item_row(p, book, f"{qty} x {rate:,.2f}", rs(qty * rate))
            p.pair("MRP value", rs(mrp))
            disc = round(mrp * 0.30, 2)
            p.pair("Less: Trade discount (30%)", rs(disc))
            gross = round(mrp - disc, 2)
            p.add("small", "GST: Nil - printed books (HSN 4901)")
        total = float(round(gross))
        if abs(total - gross) > 0.001:
            p.pair("Round off", f"{total - gross:+.2f}")
        p.pair("Invoice total", rs(total))
        if total > 50000:
            p.pair("E-way bill No.", f"{rng.choice('1234567')}{digits(rng, 11)}")
        cd = round(total * 0.02, 2)
        p.pair("Less: Cash discount (2%) - paid within 10 days", rs(cd))
        amount = round(total - cd, 2)
        p.pair("Amount paid", rs(amount), amount=amount)
        p.pair(rng.choice(["Payment received on", "Paid on"]), j.day(rng), date=j.date)
        p.pair("Mode", way_text(rng, way, font), method=method_of(way))
        way_ref(p, j, way, heads)
        p.add("center", "PAID", status=status)
    j.amount = amount
    p.part = "foot"
    p.add("small", rng.choice(["This is a computer generated document.", "E. & O.E."]))
    p.add("right" if fits(p, "right", f"For {name}") else "left", f"For {name}")
    return p.done()


# ---------------------------------------------------------------- 7. printing the own-brand notebooks


# the vendor, its kind, the frame, the way, its town
PRINT_PAGES = [
    ("Kalpataru Offset Printers", "job", "paper", "NEFT", 0),
    ("Satpura Paper Traders", "paper", "paper", "RTGS", 1),
    ("Vindhya Paper Mills Ltd", "mill", "mail", "RTGS", 1),
    ("Navkar Ruling & Binding Works", "binding", "paper", "cheque", 0),
    ("Deccan Notebook Industries", "advance", "paper", "UPI", 4),
    ("Pragati Plate & Die Makers", "plates", "paper", "UPI", 0),
    ("Surya Corrugated Boxes", "boxes", "paper", "NEFT", 5),
    ("Shiv Shakti Lamination", "lamination", "paper", "cash", 6),
]
PRINT_SUBS = {
    "job": "Offset printing | Notebooks | Books",
    "paper": "Dealers in maplitho, creamwove & art paper",
    "binding": "Ruling, binding & perforation",
    "advance": "Notebook manufacturers (job work)",
    "plates": "CTP plates, dies & blocks",
    "boxes": "Corrugated boxes & cartons",
    "lamination": "Thermal & UV lamination",
}
PRINT_KINDS = {
    "job": ["JOB WORK BILL CUM RECEIPT", "TAX INVOICE - JOB WORK"],
    "paper": ["TAX INVOICE CUM RECEIPT", "INVOICE CUM RECEIPT"],
    "binding": ["BILL", "JOB WORK BILL"],
    "advance": ["ADVANCE RECEIPT", "RECEIPT - ADVANCE FOR ORDER"],
    "plates": ["TAX INVOICE", "BILL"],
    "boxes": ["TAX INVOICE CUM RECEIPT", "TAX INVOICE"],
    "lamination": ["CASH BILL", "BILL"],
}


def print_lines(rng: random.Random, kind: str) -> tuple[list[tuple[str, int, float]], int, str]:
    """A printing vendor's lines (name, quantity, rate), its GST rate and the unit of its quantities."""
    if kind == "job":
        n = rng.choice([10000, 15000, 20000, 25000])
        return (
            [
                ("Akshar long book 172 pp - print & bind", n, rng.choice([6.8, 7.2, 7.6])),
                ("Cover printing 4 colour + gloss", n, rng.choice([1.1, 1.25, 1.4])),
            ],
            18,
            "",
        )
    if kind == "paper":
        return (
            [
                (
                    "Maplitho 58 GSM (70 x 100 cm)",
                    rng.randint(1500, 5000),
                    float(rng.choice([78, 81, 84, 88])),
                ),
                ("Art card 250 GSM (covers)", rng.randint(200, 800), float(rng.choice([96, 104, 112]))),
            ],
            18,
            " kg",
        )
    if kind == "binding":
        n = rng.choice([2000, 3000, 5000])
        return (
            [
                ("Ruling - register books 200 pp", n, rng.choice([2.2, 2.5, 2.8])),
                ("Section sewing & binding", n, rng.choice([3.5, 4.0, 4.5])),
            ],
            5,
            "",
        )
    if kind == "plates":
        return (
            [
                ("CTP plates - 4 colour set", rng.randint(2, 6), float(rng.choice([1800, 2100, 2400]))),
                ("Cutting die - notebook cover", 1, float(rng.choice([3500, 4200, 4800]))),
            ],
            18,
            "",
        )
    if kind == "boxes":
        return (
            [
                ("5-ply cartons (notebooks)", rng.randint(800, 3000), float(rng.choice([38, 42, 46]))),
                ("3-ply cartons (pens & pencils)", rng.randint(500, 2000), float(rng.choice([18, 21, 24]))),
            ],
            5,
            " nos",
        )
    return (
        [
            ("Thermal lamination - covers", rng.randint(2000, 8000), float(rng.choice([0.6, 0.75, 0.9]))),
            ("Cutting & trimming", 1, float(rng.choice([300, 450, 600]))),
        ],
        0,
        "",
    )


def printing_jobs(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The printers, paper merchants and binders who make the distributor's own-brand notebooks (paper; the vendor
    on top, in capitals on some: the payee): Kalpataru Offset Printers' JOB WORK BILL CUM RECEIPT (print & bind n x
    rate, cover printing, GST @ 18%, Less: TDS u/s 194C @ 2%, Received (net of TDS)), Satpura Paper Traders' TAX
    INVOICE CUM RECEIPT (maplitho and art card in kg, GST @ 18%, Round off, Amount received), Vindhya Paper Mills'
    e-mailed receipt (Customer, Customer code, Against invoice, Amount received, RTGS, UTR, Receipt No., Received
    on), Navkar Ruling & Binding Works' BILL (GST @ 5%; Cheque received with Cheque No.: CHEQUE RECEIVED - SUBJECT TO
    REALISATION), Deccan Notebook Industries' ADVANCE RECEIPT (Order, Order value (no fact), Advance received (30%)
    by UPI), Pragati Plate & Die Makers' TAX INVOICE (Amount due, Payment attempted UPI - declined: UPI DECLINED -
    BALANCE DUE), Surya Corrugated Boxes' TAX INVOICE CUM RECEIPT (GST @ 5%, E-way bill No. (never an id), NEFT and
    its UTR) and Shiv Shakti Lamination's CASH BILL (unregistered: no GST): Bill No. / Invoice No., Date, Bill to M/s
    <firm> (never the payee), the lines, totals; PAID / RECEIVED WITH THANKS."""
    k = place("printing_jobs")
    status = outcome(k, failed=(5,), pending=(3,))
    vendor, kind, frame, way, town = PRINT_PAGES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, town=town)
    to = vendor.upper() if rng.random() < 0.25 else vendor
    buyer = f"M/s {FIRMS[town]} ({TRADE}), {TOWNS[town][2]}"
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "Vindhya Paper Mills Receivables <receivables@vindhyapaper.co.in>",
            ["Payment received - thank you", "Receipt for your payment"],
        )
        rs = money(rng, font, 0.0)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", "Writing & printing paper - Satna, Madhya Pradesh")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, "Customer", f"{FIRMS[town]}, {TOWNS[town][0]}")
        p.pair("Customer code", f"C{digits(rng, 6)}")
        p.pair("Against invoice", f"VPM/{fy(j.date)}/{rng.randrange(1000, 9999)}")
        amount = float(whole(rng.uniform(250000, 1200000), 1))
        p.pair("Amount received", rs(amount), amount=amount)
        p.pair("Mode", "RTGS", method="netbanking")
        way_ref(p, j, way, ["SBIN", "PUNB"])
        if not j.no_ref:
            no = f"RV{digits(rng, 8)}"
            p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        p.pair("Received on", j.day(rng), date=j.date)
        p.pair("Status", "Received", status=status)
        j.amount = amount
        p.part = "foot"
        p.add("small", "Please reconcile with your ledger; differences to be reported within 7 days.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    letterhead(p, town, to, PRINT_KINDS[kind], sub=PRINT_SUBS[kind], gst=kind != "lamination")
    if not j.no_ref:
        no = rng.choice(
            [f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"]
        )
        labels = ["Receipt No.", "No."] if kind == "advance" else ["Bill No.", "Invoice No.", "No."]
        p.pair(rng.choice(labels), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dated"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Bill to", "Buyer"]) if kind != "advance" else "Received from", buyer)
    p.add("rule")
    lines, gst, unit = print_lines(rng, kind)
    if kind == "advance":
        n = rng.choice([30000, 50000, 75000])
        rate = rng.choice([14.5, 16.0, 18.5])
        order = round(n * rate, 2)
        wrap_pair(p, "Order", f"{n:,} notebooks (Akshar brand) - job work")
        p.pair("Order value", rs(order))
        amount = float(whole(order * 0.3, 100))
        if amount > 100000:
            amount = float(rng.choice([75000, 90000, 100000]))
        p.pair("Advance received", rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_of(way))
        way_ref(p, j, way, [])
        word = "RECEIVED WITH THANKS"
    else:
        sub = items_block(p, rs, lines, unit)
        p.add("rule")
        if gst:
            p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
            half = round(sub * gst / 200, 2)
            p.pair(f"CGST @ {gst / 2:g}%", rs(half))
            p.pair(f"SGST @ {gst / 2:g}%", rs(half))
            gross = round(sub + 2 * half, 2)
        else:
            gross = sub
        total = float(round(gross))
        if abs(total - gross) > 0.001:
            p.pair("Round off", f"{total - gross:+.2f}")
        p.pair(rng.choice(["Invoice total", "Bill total", "Total"]), rs(total))
        if kind == "boxes":
            p.pair("E-way bill No.", f"{rng.choice('1234567')}{digits(rng, 11)}")
        amount = total
        word = rng.choice(["PAID", "RECEIVED WITH THANKS"])
        if kind == "job":
            tds = round(sub * 0.02, 2)
            p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
            amount = round(total - tds, 2)
            p.pair("Received (net of TDS)", rs(amount), amount=amount)
            p.pair("Mode", way_text(rng, way, font), method=method_of(way))
            way_ref(p, j, way, ["HDFC", "MAHB"])
        elif status == "failed":
            p.pair(rng.choice(["Amount due", "Balance due"]), rs(amount), amount=amount)
            p.pair("Payment attempted", "UPI - declined", method="UPI")
            word = "UPI DECLINED - BALANCE DUE"
        elif status == "pending":
            p.pair("Cheque received", rs(amount), amount=amount)
            p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
            wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[town][0]}")
            word = "CHEQUE RECEIVED - SUBJECT TO REALISATION"
        else:
            p.pair(rng.choice(["Amount received", "Received", "Paid"]), rs(amount), amount=amount)
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_of(way))
            way_ref(p, j, way, ["SBIN", "UBIN", "PUNB"])
    j.amount = amount
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Subject to {TOWNS[town][0]} jurisdiction.")
    signs(p, "Receiver's signature", "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 8. freight and couriers


# the transporter, its kind, the frame, the way, its town
FREIGHT_PAGES = [
    ("VRL Logistics Ltd", "lr", "paper", "cash", 7),
    ("Porter", "porter", "app", "UPI", 1),
    ("TCI Freight", "bill", "mail", "NEFT", 0),
    ("Jai Bhavani Roadlines", "truck", "paper", "cash", 6),
    ("Safexpress Pvt Ltd", "portal", "browser", "card", 5),
    ("Delhivery", "wallet", "browser", "UPI", 2),
    ("Shree Maruti Courier Services", "courier", "slip", "cash", 4),
    ("Gati Ltd", "lr", "paper", "UPI", 3),
]
LR_SUBS = {
    "VRL Logistics Ltd": "Goods transport - booking office",
    "Gati Ltd": "Surface express - branch office",
    "Jai Bhavani Roadlines": "Fleet owners & transport contractors",
}
GOODS = [
    "notebooks & registers",
    "school textbooks",
    "stationery (pens, pencils, geometry boxes)",
    "copier paper reams",
    "art & craft material",
]


def lr_rows(p: Screen, rng: random.Random, j: Job, dest: str) -> None:
    """A consignment's particulars (no fact): consignor, consignee, packages, weights, the goods invoice and its
    e-way bill number."""
    wrap_pair(p, "Consignor", f"{FIRMS[j.town]}, {TOWNS[j.town][0]}")
    wrap_pair(p, "Consignee", f"{rng.choice(RETAILERS)}, {dest}")
    pk = rng.randint(12, 140)
    wrap_pair(p, "Packages", f"{pk} cartons - {rng.choice(GOODS)} (said to contain)")
    weight = pk * rng.randint(12, 28)
    p.pair("Actual / charged weight", f"{weight} kg / {whole(weight, 50):.0f} kg")
    value = float(whole(pk * rng.uniform(1800, 5000), 1))
    p.pair("Goods invoice value", f"{value:,.2f}")
    p.pair(rng.choice(["E-way bill No.", "EWB No."]), f"{rng.choice('1234567')}{digits(rng, 11)}")


def freight_transport(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The distributor's transport: consignment notes with the freight paid at booking (VRL Logistics' and Gati's
    GOODS CONSIGNMENT NOTE: the transporter on top, the payee; LR No. / GC No. (the document's number), Date, From /
    To, Consignor (the firm, never the payee), Consignee, Packages, weights, Goods invoice value, E-way bill No. /
    EWB No. (never an id), Basic freight, Docket charges, Hamali, FOV (risk) charge, Total freight, "GST payable by
    the consignor under RCM", Paid by cash / UPI; FREIGHT PAID), a truck owner's FREIGHT RECEIPT for a full load
    (Truck No., Total freight, Less: Advance paid at loading, Balance paid at unloading: the sum), TCI Freight's
    e-mailed money receipt (Against freight bill No. (no id), Money receipt No., Amount received, NEFT, UTR, Received
    on), Porter's trip receipt in its app (Trip completed, the fare large, Vehicle, Driver partner (never the payee),
    the fare's parts, Paid via UPI), Safexpress's portal (Payment failed - card declined by issuer, Waybill No. (no
    id), Amount, Transaction ID, Attempted on), Delhivery's wallet recharge (Recharge pending - awaiting bank
    confirmation, Account (the firm), Recharge amount, UPI, Transaction ID, Initiated on) and Shree Maruti Courier's
    counter booking receipt (Receipt No., AWB No. (no id), Weight, Destination, Charges, GST @ 18%, Total)."""
    k = place("freight_transport")
    status = outcome(k, failed=(4,), pending=(5,))
    name, kind, frame, way, town = FREIGHT_PAGES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, town=town)
    dest = TOWNS[(town + rng.randrange(1, 7)) % 8][0]
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Trip details", "Order details"])
        rs = money(rng, font, 0.6)
        dark = p.style["h106"]["dark"]
        p.part = "head"
        if not dark:
            p.style["band"], p.style["band_ink"] = (28, 87, 230), (255, 255, 255)
        p.add("title", "Porter", merchant="Porter")
        p.add("small", "Trip receipt")
        p.add("gap")
        p.part = "body"
        outcome_row(p, "success", {"success": ["Trip completed", "Payment successful"]})
        fare = float(whole(rng.uniform(380, 1600), 1))
        wait = float(rng.choice([0, 0, 40, 60, 90]))
        toll = float(rng.choice([0, 0, 45, 80]))
        disc = float(rng.choice([0, 25, 50]))
        total = fare + wait + toll - disc
        j.amount = total
        p.add("big", rs(total), amount=total)
        p.pair("Vehicle", rng.choice(["Tata Ace (8 ft)", "Mahindra Pickup (9 ft)", "3 Wheeler"]))
        p.pair("Driver partner", rng.choice(["Ramesh Yadav", "Imran Sheikh", "Sunil Patel"]))
        wrap_pair(p, "Pickup", f"{TRADE} godown, {TOWNS[town][2]}")
        wrap_pair(p, "Drop", f"{rng.choice(RETAILERS)}, {TOWNS[town][0]}")
        p.pair("Distance", f"{rng.uniform(4, 28):.1f} km")
        p.pair("Trip fare", rs(fare))
        if wait:
            p.pair("Waiting charges", rs(wait))
        if toll:
            p.pair("Toll", rs(toll))
        if disc:
            p.pair("Porter discount", rs(disc, "-"))
        p.pair("Paid via", "UPI", method="UPI")
        p.pair(rng.choice(["Trip date", "Date"]), stamp(rng, j.date, DAY_PATS), date=j.date)
        p.part = "foot"
        p.add("small", "SmartShift Logistics Solutions Pvt Ltd")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            "TCI Freight Accounts <accounts.freight@tcil.com>",
            ["Money receipt for your payment", "Freight bill - payment received"],
        )
        rs = money(rng, font, 0.0)
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "A division of Transport Corporation of India Ltd")
        p.add("center", "MONEY RECEIPT")
        p.add("rule")
        p.part = "body"
        wrap_pair(p, "Customer", f"{FIRMS[town]}, {TOWNS[town][0]}")
        p.pair("Against freight bill No.", f"TCIF/{fy(j.date)}/{digits(rng, 6)}")
        amount = float(whole(rng.uniform(18000, 160000), 1))
        p.pair("Amount received", rs(amount), amount=amount)
        p.pair("Mode", "NEFT", method="netbanking")
        way_ref(p, j, way, ["HDFC", "SBIN"])
        if not j.no_ref:
            no = f"MR{digits(rng, 9)}"
            p.pair("Money receipt No.", no, txn=(INVOICE_RANK, no))
        p.pair("Received on", j.day(rng), date=j.date)
        p.pair("Status", "Received", status=status)
        j.amount = amount
        p.part = "foot"
        p.add("small", "GST on freight is payable by the recipient under reverse charge.")
        return p.done()
    if frame == "browser":
        site = (
            "safexpress.com/customer/pay-bills" if kind == "portal" else "one.delhivery.com/wallet/recharge"
        )
        p = browser_page(rng, font, site)
        rs = money(rng, font, 0.2)
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Customer portal - pay bills" if kind == "portal" else "Delhivery One - wallet")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "failed": ["Payment failed - card declined by issuer"],
                "pending": ["Recharge pending - awaiting bank confirmation"],
            },
        )
        wrap_pair(p, "Customer" if kind == "portal" else "Account", FIRMS[town])
        if kind == "portal":
            p.pair("Waybill No.", digits(rng, 10))
            amount = float(whole(rng.uniform(6000, 90000), 1))
            p.pair("Amount", rs(amount), amount=amount)
            p.pair("Paid using", way_text(rng, "card", font), method="card")
        else:
            amount = float(rng.choice([5000, 10000, 15000, 20000, 25000]))
            p.pair("Recharge amount", rs(amount), amount=amount)
            p.pair("Payment method", "UPI", method="UPI")
        if not j.no_ref:
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        p.pair(
            "Attempted on" if status == "failed" else "Initiated on",
            stamp(rng, j.date, DAY_PATS),
            date=j.date,
        )
        p.add("small", REFUND[0] if status == "failed" else "The wallet is credited once your bank confirms.")
        j.amount = amount
        return p.done()
    if frame == "slip":
        p = slip_page(rng, font)
        rs = money(rng, font, 0.0, marks=("Rs.", "INR"))
        p.part = "head"
        head_name = "SHREE MARUTI COURIER SERVICES"
        p.add("center" if fits(p, "center", head_name) else "small", head_name, merchant=head_name)
        p.add("center", f"FRANCHISEE - {TOWNS[town][2].upper()}")
        p.add("center", "BOOKING RECEIPT")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            no = f"{rng.randrange(1000, 99999)}"
            p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        p.pair("Date", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y"])), date=j.date)
        p.pair("AWB No.", f"{rng.choice('1234')}{digits(rng, 11)}")
        p.pair("Destination", dest)
        weight = rng.choice([2.5, 5.0, 8.0, 12.0, 18.0])
        p.pair("Weight", f"{weight} kg")
        base = float(whole(weight * rng.uniform(55, 90), 1))
        gst = round(base * 0.18, 2)
        p.pair("Charges", rs(base))
        p.pair("GST @ 18%", rs(gst))
        amount = round(base + gst, 2)
        p.pair("Total", rs(amount), amount=amount)
        p.pair("Paid by", "Cash", method="cash")
        p.add("center", "PAID", status=status)
        j.amount = amount
        return p.done()
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.3)
    to = name.upper() if rng.random() < 0.3 else name
    letterhead(
        p,
        town,
        to,
        ["FREIGHT RECEIPT", "BILTY CUM FREIGHT RECEIPT"]
        if kind == "truck"
        else ["GOODS CONSIGNMENT NOTE", "CONSIGNMENT NOTE (LR)"],
        sub=LR_SUBS[name],
        gst=kind != "truck",
    )
    if not j.no_ref:
        no = f"{rng.randrange(1000000, 9999999)}"
        p.pair(rng.choice(["LR No.", "GC No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    p.pair("From / To", f"{TOWNS[town][0]} / {dest}")
    if kind == "truck":
        state = {6: "RJ19", 0: "MH40"}.get(town, "MH40")
        p.pair("Truck No.", f"{state} {code(rng, 2, UPPER)} {digits(rng, 4)}")
        wrap_pair(p, "Hired by", f"M/s {FIRMS[town]}")
        wrap_pair(p, "Load", f"Full load - {rng.choice(GOODS)}")
        total = float(whole(rng.uniform(18000, 42000), 500))
        adv = float(whole(total * rng.uniform(0.3, 0.6), 500))
        p.pair("Total freight", rs(total))
        p.pair("Less: Advance paid at loading", rs(adv))
        amount = total - adv
        p.pair("Balance paid at unloading", rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
        p.pair("Paid by", way_text(rng, way, font), method=method_of(way))
        p.add("center", "RECEIVED WITH THANKS", status=status)
        p.part = "foot"
        signs(p, "Driver's signature", "For the truck owner")
    else:
        lr_rows(p, rng, j, dest)
        p.add("rule")
        basic = float(whole(rng.uniform(1500, 14000), 1))
        parts = [("Basic freight", basic), ("Docket charges", float(rng.choice([50, 75, 100])))]
        parts.append(("Hamali", float(whole(basic * rng.uniform(0.04, 0.1), 1))))
        parts.append(("FOV (risk) charge", float(whole(basic * rng.uniform(0.01, 0.03), 1))))
        for label, value in parts:
            p.pair(label, rs(value))
        amount = sum(v for _, v in parts)
        p.pair("Total freight", rs(amount), amount=amount)
        p.add("small", "GST payable by the consignor under RCM")
        p.pair("Freight", "PAID")
        p.pair("Paid by", way_text(rng, way, font), method=method_of(way))
        way_ref(p, j, way, [])
        p.add("center", "FREIGHT PAID", status=status)
        p.part = "foot"
        p.add("small", "Goods carried at owner's risk. Not responsible for leakage or breakage.")
        signs(p, "Consignor's signature", "Booking clerk")
    j.amount = amount
    return p.done()


# ---------------------------------------------------------------- 9. warehouse rent, power, security, broadband


# the page, its frame, the way, its town
RENT_PAGES = [
    ("rent", "paper", "NEFT", 0),
    ("lease", "paper", "RTGS", 3),
    ("xfer", "browser", "NEFT", 4),
    ("bbps", "app", "UPI", 1),
    ("board", "browser", "netbanking", 0),
    ("security", "paper", "cheque", 5),
    ("bbps", "app", "card", 6),
    ("broadband", "mail", "card", 7),
]
LANDLORDS = [
    "Ramesh Chandra Agrawal",
    "Suresh Kumar Jain",
    "K. Palanisamy",
    "Dipankar Baruah",
    "Venkateswara Rao Grandhi",
    "Harish Chandra Rawat",
    "Bhanwar Lal Mehta",
    "Ashok Kamath",
]
# the board of each town: short name, long name
BOARDS = {
    0: ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd"),
    1: ("MPPKVVCL (Indore)", "M.P. Paschim Kshetra Vidyut Vitaran Co. Ltd"),
    6: ("JdVVNL", "Jodhpur Vidyut Vitran Nigam Ltd"),
}
BBPS_APPS = {3: ("PhonePe", (95, 37, 159)), 6: ("Paytm", (0, 46, 110))}


def rent_utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The godowns' rent, power, security and broadband: a landlord's RENT RECEIPT (Receipt No., Date, "Received
    with thanks from M/s <firm> the rent of the godown at <address> for <month>", Monthly rent, Less: TDS u/s
    194-I(b) @ 10%, Net amount received, the sum in words, Paid by and its reference, RENT RECEIVED, Landlord / Owner
    / Lessor (Shri on some) and PAN under it), a logistics park's TAX INVOICE - WAREHOUSE RENT (Invoice No., Date,
    Tenant M/s <firm>, Premises, Rent for, Rent, CGST and SGST @ 9%, Invoice total, Less: TDS u/s 194-I(b) @ 10% on
    the rent, Net amount received, RTGS and its UTR), the firm's NEFT to a landlord in Axis Bank's corporate banking
    that failed (the landlord under Beneficiary name / Beneficiary / Payee as the bank prints it), electricity
    through Bharat Connect in PhonePe and Paytm (Bill paid successfully / Payment pending - awaiting biller
    confirmation, the sum large, Biller / Electricity board / Paid to the board, Consumer No. / IVRS No. (no id),
    Consumer name, Bill month, Due date (no fact), Bill amount, Paid via, B-Connect Txn ID, UPI Ref No., Paid on /
    Initiated on), MSEDCL's own receipt page (the board on top, Consumer No., BU, Bill month, Amount paid, Net
    banking, Receipt No., Transaction ID, Bank Ref No., Payment date), a security agency's BILL CUM RECEIPT (guards x
    days @ rate, "GST @ 18% payable by the recipient under RCM", Less: TDS u/s 194C @ 1%, Net amount received, cheque)
    and Hathway Broadband's e-mailed receipt (Hathway Cable & Datacom Ltd under it, Account name, User ID, Plan,
    Invoice No. of the bill paid (no id), Amount paid, card, Receipt No., Transaction ID, Auth code, Paid on)."""
    k = place("rent_utilities")
    status = outcome(k, failed=(2,), pending=(6,))
    kind, frame, way, town = RENT_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, town=town)
    firm = FIRMS[town]
    if kind == "rent":
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.4)
        landlord = LANDLORDS[town]
        p.part = "head"
        p.add("title", rng.choice(["RENT RECEIPT", "GODOWN RENT RECEIPT"]))
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            no = f"{rng.randrange(1, 60)}"
            p.pair(rng.choice(["Receipt No.", "No."]), no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        month = "" if j.no_day else f" for {j.month(rng.randrange(0, 2))}"
        p.add(
            "left",
            f"Received with thanks from M/s {firm} ({TRADE}) the rent of the godown at {addr(rng, town)}{month}.",
        )
        rent = float(rng.choice([55000, 62000, 68000, 75000, 85000]))
        tds = round(rent * 0.1, 2)
        amount = rent - tds
        p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
        p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
        p.pair(rng.choice(["Net amount received", "Amount received"]), rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
        p.pair("Paid by", way_text(rng, way, font), method=method_of(way))
        way_ref(p, j, way, ["SBIN", "HDFC"])
        p.add("center", "RENT RECEIVED", status=status)
        p.add("gap")
        shown = f"Shri {landlord}" if rng.random() < 0.4 else landlord
        if fits(p, "pair", f"{'Landlord'} {shown}     "):
            p.add("pair", rng.choice(["Landlord", "Owner", "Lessor"]), shown, merchant=landlord)
        else:
            p.add("small", rng.choice(["Landlord", "Owner", "Lessor"]))
            p.add("left", shown, merchant=landlord)
        p.pair("PAN", pan(rng))
        p.add("small", "[ Revenue stamp ]")
        j.amount = amount
        return p.done()
    if kind == "lease":
        name = "Brahmaputra Logistics Park Pvt Ltd"
        to = name.upper() if rng.random() < 0.2 else name
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
        letterhead(
            p,
            town,
            to,
            ["TAX INVOICE - WAREHOUSE RENT", "RENT INVOICE CUM RECEIPT"],
            sub="Grade A warehousing - NH-27, Jalukbari",
            place_line="Jalukbari, Guwahati - 781014",
        )
        if not j.no_ref:
            no = f"BLP/{j.year()}{rng.randrange(100, 999)}"
            p.pair(rng.choice(["Invoice No.", "Inv. No."]), no, txn=(INVOICE_RANK, no))
        p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Tenant", f"M/s {firm}")
        wrap_pair(p, "Premises", f"Shed B-{rng.randrange(1, 9)}, {rng.choice([8000, 10000, 12000])} sq ft")
        p.pair("Rent for", j.month())
        rent = float(rng.choice([180000, 210000, 240000, 264000]))
        p.pair("Rent", rs(rent))
        half = round(rent * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = rent + 2 * half
        p.pair("Invoice total", rs(total))
        tds = round(rent * 0.1, 2)
        p.pair("Less: TDS u/s 194-I(b) @ 10% on rent", rs(tds))
        amount = round(total - tds, 2)
        p.pair(rng.choice(["Net amount received", "Amount received"]), rs(amount), amount=amount)
        p.pair("Mode", "RTGS", method="netbanking")
        way_ref(p, j, way, ["SBIN", "UTIB", "ICIC"])
        p.add("center", "RECEIVED WITH THANKS", status=status)
        p.part = "foot"
        p.add("small", "SAC 997212 - rental of non-residential property.")
        signs(p, "", f"For {name}")
        j.amount = amount
        return p.done()
    if kind == "xfer":
        landlord = LANDLORDS[town].upper()
        j.amount = float(rng.choice([48000, 54000, 58500, 63000]))
        p = transfer_page(
            rng,
            font,
            k,
            j,
            bank="Axis Bank",
            line="Corporate Internet Banking - fund transfer",
            frame="browser",
            mode=way,
            payee=landlord,
            payee_labels=["Beneficiary name", "Beneficiary", "Payee"],
            debit_name=firm.upper(),
            remarks=[f"Godown rent {j.month()}", "Godown rent less TDS"],
            head4="UTIB",
            url="corporate.axisbank.co.in/fundtransfer/status",
        )
        p.part = "foot"
        p.add("small", "Beneficiary bank response: account holder name mismatch.")
        return p.done()
    if kind == "bbps":
        short, long = BOARDS[town]
        app, band = BBPS_APPS[k]
        p = phone_page(rng, font, k, ["", "Bill payment", "Transaction details"])
        head(p, app, band, p.style["h106"]["dark"], ["Electricity bill", "Recharge & pay bills"])
        rs = money(rng, font, 0.5)
        p.part = "body"
        p.add("small", "Bharat Connect")
        outcome_row(
            p,
            status,
            {
                "success": ["Bill paid successfully", "Payment successful"],
                "pending": ["Payment pending - awaiting biller confirmation"],
            },
        )
        amount = rupees(rng, 4000, 38000, 0.2)
        p.add("big", rs(amount), amount=amount)
        board = rng.choice([short, long])
        wrap_pair(p, rng.choice(["Biller", "Electricity board", "Paid to"]), board, merchant=board)
        p.pair(rng.choice(["Consumer No.", "IVRS No."]), digits(rng, rng.choice([10, 12])))
        wrap_pair(p, "Consumer name", firm.upper())
        p.pair("Bill month", j.month(1))
        p.pair("Due date", j.other_day(rng, 3, 12))
        p.pair("Bill amount", rs(amount))
        p.pair("Paid via", "UPI" if way == "UPI" else f"Credit card {masked(rng, font)}", method=way)
        if not j.no_ref:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 2)}{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(
                p, rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bref, txn=(BANK_RANK, bref)
            )
            if way == "UPI":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        labelled(
            p, "Paid on" if status == "success" else "Initiated on", stamp(rng, j.date, DAY_PATS), date=j.date
        )
        if status == "pending":
            p.add("small", "The board confirms within 48 hours. Do not pay the bill again.")
        j.amount = amount
        return p.done()
    if kind == "board":
        short, long = BOARDS[town]
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPaymentReceipt")
        rs = money(rng, font, 0.0)
        name = rng.choice([long, "MSEDCL"])
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Mahavitaran - online bill payment")
        p.add("center", "Payment Receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Transaction successful"]})
        p.pair("Consumer No.", digits(rng, 12))
        wrap_pair(p, "Consumer name", firm.upper())
        p.pair("BU", f"{digits(rng, 4)} - {TOWNS[town][2]}")
        p.pair("Bill month", j.month(1))
        amount = rupees(rng, 6000, 45000, 0.3)
        p.pair("Amount paid", rs(amount), amount=amount)
        p.pair("Payment mode", way_text(rng, way, font), method=method_of(way))
        if not j.no_ref:
            no = digits(rng, 10)
            p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
            tid = f"MSE{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bref = bank_ref(rng)
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        p.pair("Payment date", stamp(rng, j.date, DAY_PATS), date=j.date)
        p.part = "foot"
        p.add("small", "Payment is credited to the consumer account within 24 hours.")
        j.amount = amount
        return p.done()
    if kind == "security":
        name = "Suraksha Security Services"
        to = name.upper() if rng.random() < 0.3 else name
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.3)
        letterhead(
            p, town, to, ["BILL CUM RECEIPT", "SERVICE BILL CUM RECEIPT"], sub="Security guards & watchmen"
        )
        p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, "Bill to", f"M/s {firm}, godown at {TOWNS[town][2]}")
        p.pair("Service period", j.month(1))
        p.add("rule")
        days = 30 if rng.random() < 0.5 else 31
        picks = [
            ("Guard shifts (12 hr)", days * 2, float(rng.choice([620, 650, 700]))),
            ("Supervisor visits", rng.randint(4, 8), float(rng.choice([300, 400]))),
        ]
        total = items_block(p, rs, picks, "")
        p.add("rule")
        p.pair("Total", rs(total))
        p.add("small", "GST @ 18% payable by the recipient under RCM")
        tds = round(total * 0.01, 2)
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
        amount = round(total - tds, 2)
        p.pair("Net amount received", rs(amount), amount=amount)
        p.pair("Mode", f"Cheque No. {rng.randrange(1, 999999):06d} - cleared", method="cheque")
        p.add("center", "RECEIVED WITH THANKS", status=status)
        p.part = "foot"
        signs(p, "Receiver's signature", f"For {name}")
        j.amount = amount
        return p.done()
    p = mail_page(
        rng,
        font,
        "Hathway Broadband <noreply@hathway.net>",
        ["Payment received - thank you", "Your payment receipt"],
    )
    rs = money(rng, font, 0.0)
    name = "Hathway Broadband"
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Hathway Cable & Datacom Ltd")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment received", "Thank you for your payment"]})
    wrap_pair(p, "Account name", firm)
    p.pair(rng.choice(["User ID", "Account No."]), f"{CODES[town].lower()}{digits(rng, 7)}")
    p.pair("Plan", rng.choice(["Business 200 Mbps - 3 months", "Business 300 Mbps - 6 months"]))
    p.pair("Invoice No.", f"HB{digits(rng, 9)}")
    amount = float(rng.choice([4719.0, 7078.82, 9438.0, 12980.4]))
    p.pair("Amount paid", rs(amount), amount=amount)
    p.pair("Payment mode", f"Credit card {masked(rng, font)}", method="card")
    if not j.no_ref:
        no = f"RCPT{digits(rng, 8)}"
        p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        tid = f"{digits(rng, 14)}"
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        appr = digits(rng, 6)
        p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    p.pair("Paid on", stamp(rng, j.date, DAY_PATS), date=j.date)
    p.part = "foot"
    p.add("small", "For support call 1800 419 6001.")
    j.amount = amount
    return p.done()


# ---------------------------------------------------------------- 10. the sales representatives' expenses


# the page, its frame, the way, its town
REP_PAGES = [
    ("fuel", "slip", "card", 0),
    ("lodge", "paper", "cash", 1),
    ("payout", "browser", "IMPS", 2),
    ("voucher", "paper", "cash", 3),
    ("upi", "phone", "UPI", 4),
    ("imps", "app", "IMPS", 5),
    ("cab", "mail", "UPI", 6),
    ("print", "paper", "UPI", 7),
]
LODGES = ["Hotel Sai Residency", "Hotel Shree Krishna Palace"]
# each godown's tour (no days) and the lodge's street on it
TOURS = {
    0: ("Nagpur - Wardha - Yavatmal", 3),
    1: ("Indore - Ujjain - Dewas", 3),
    3: ("Guwahati - Nagaon - Jorhat", 4),
}
LODGE_PLACES = {1: "Station Road, Ujjain - 456001", 0: "Bajaj Chowk, Wardha - 442001"}


def rep_expenses(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The sales representatives on tour and their reimbursements: a fuel pump's card slip (the pump in capitals on
    top, the payee; INDIANOIL DEALER under it, PRODUCT, RATE, VOLUME, VEHICLE NO (no id), AMOUNT), a lodge's bill
    (the lodge on top, Guest, Check-in (no fact), Date, Room n x rate, Food, Total, cash), RazorpayX's payout of a
    reimbursement (RazorpayX on top, never the payee; Payout processed, Contact / Beneficiary the representative,
    Fund account, Mode IMPS, Amount, Purpose, Payout ID, UTR, Processed on), the distributor's TRAVEL EXPENSE VOUCHER
    (the distributor on top, never the payee: Voucher No., Paid to the representative, Tour, fares, lodging, DA,
    Total claimed, Less: Advance taken, Net paid in cash; PAID), a representative's failed UPI to a hotel, the
    distributor's IMPS to a representative pending in ICICI InstaBIZ, Ola's e-mailed outstation ride receipt (Ola on
    top, never ANI Technologies Pvt Ltd under it; CRN, fares, GST @ 5%, Total bill, Paid by UPI, Ride date,
    Payment status) and a print shop's bill for catalogues (Bill No., Date, colour prints, spiral binding, Total,
    UPI and its reference)."""
    k = place("rep_expenses")
    status = outcome(k, failed=(4,), pending=(5,))
    kind, frame, way, town = REP_PAGES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, town=town, low=400, high=6000)
    rep = REPS[town]
    if kind == "fuel":
        p = slip_page(rng, font)
        pump = rng.choice(["SHREE SAI FUELS", "WARDHA ROAD PETROLEUM"])
        p.part = "head"
        p.add("center", pump, merchant=pump)
        p.add("center", "INDIANOIL DEALER")
        p.add("center", f"{TOWNS[town][0].upper()} - {TOWNS[town][1]}")
        p.add("center", "FUEL SALE")
        p.add("rule")
        p.part = "body"
        p.pair("DATE:", when(j.date, rng.choice(SLIP_DAYS), upper=True), date=j.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
        p.pair("TID:", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
        p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
        if not j.no_ref:
            inv = f"{rng.randrange(1, 99999):06d}"
            p.pair("INV NO:", inv, txn=(INVOICE_RANK, inv))
        product, rate = rng.choice([("PETROL", 104.72), ("DIESEL (HSD)", 91.34), ("XTRAPREMIUM", 112.60)])
        amount = float(rng.choice([1000, 1500, 2000, 2500, 3000]))
        p.pair("PRODUCT:", product)
        p.pair("RATE:", f"{rate:.2f}/L")
        p.pair("VOLUME:", f"{amount / rate:.2f} L")
        p.pair("VEHICLE NO:", f"MH40 {code(rng, 2, UPPER)} {digits(rng, 4)}")
        p.pair("CARD:", f"{rng.choice(['VISA', 'RUPAY', 'MASTERCARD'])} XXXX{digits(rng, 4)}", method="card")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("APPR CODE:", appr, txn=(APPR_RANK, appr))
            p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
        p.add("rule")
        p.pair("AMOUNT:", f"Rs.{amount:.2f}", amount=amount)
        p.add("center", "APPROVED", status=status)
        p.part = "foot"
        p.add("small", "FILL IT - SHUT IT - FORGET IT. THANK YOU")
        j.amount = amount
        return p.done()
    if kind in ("lodge", "print", "voucher"):
        p = paper_page(rng, font, [640, 680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.4)
        if kind == "lodge":
            name = rng.choice(LODGES)
            letterhead(
                p,
                town,
                name,
                ["BILL", "ROOM BILL"],
                sub="Lodging - AC & non-AC rooms",
                gst=False,
                place_line=LODGE_PLACES[town],
            )
            if not j.no_day:
                p.pair(rng.choice(["Date", "Check-out"]), j.day(rng), date=j.date)
            wrap_pair(p, "Guest", rep)
            p.pair("Check-in", j.other_day(rng, -3, -1))
            nights = rng.randint(1, 3)
            picks = [
                ("Room (non-AC single)", nights, float(rng.choice([750, 850, 950]))),
                ("Food", 1, float(whole(rng.uniform(240, 900), 10))),
            ]
            p.add("rule")
            amount = items_block(p, rs, picks)
            p.add("rule")
            p.add("small", "GST: Nil - room tariff below Rs 1,000 per day")
            p.pair("Total", rs(amount), amount=amount)
            p.pair("Paid by", "Cash", method="cash")
            word = "PAID"
        elif kind == "print":
            name = "Kudla Digital Prints"
            letterhead(p, town, name, ["BILL", "CASH BILL"], sub="Digital printing, xerox & binding")
            if not j.no_ref:
                no = str(rng.randrange(100, 9999))
                p.pair("Bill No.", no, txn=(INVOICE_RANK, no))
            p.pair("Date", j.day(rng), date=j.date)
            wrap_pair(p, "Customer", f"{TRADE} (catalogues for schools)")
            picks = [
                ("Colour prints A4 (catalogue)", rng.randint(100, 400), float(rng.choice([8, 10, 12]))),
                ("Spiral binding", rng.randint(10, 40), float(rng.choice([30, 35, 40]))),
            ]
            p.add("rule")
            sub = items_block(p, rs, picks)
            p.add("rule")
            half = round(sub * 0.09, 2)
            p.pair("CGST @ 9%", rs(half))
            p.pair("SGST @ 9%", rs(half))
            gross = round(sub + 2 * half, 2)
            amount = float(round(gross))
            if abs(amount - gross) > 0.001:
                p.pair("Round off", f"{amount - gross:+.2f}")
            p.pair("Total", rs(amount), amount=amount)
            p.pair("Paid by", way_text(rng, way, font), method=method_of(way))
            way_ref(p, j, way, [])
            word = "PAID"
        else:
            letterhead(
                p,
                town,
                FIRMS[town],
                ["TRAVEL EXPENSE VOUCHER", "TOUR EXPENSE VOUCHER"],
                sub=OWN_SUBS[0],
                merchant=False,
            )
            if not j.no_ref:
                no = f"TEV-{rng.randrange(100, 999)}"
                p.pair("Voucher No.", no, txn=(INVOICE_RANK, no))
            wrap_pair(p, "Paid to", rep, merchant=rep)
            p.pair("Designation", "Sales representative")
            route, days = TOURS[town]
            wrap_pair(p, "Tour", f"{route} ({days} days)")
            lines = [
                ("Bus / train fares", float(whole(rng.uniform(400, 1600), 10))),
                ("Lodging", float(whole(rng.uniform(1500, 3200), 50))),
                (f"DA {days} x 400", float(days * 400)),
                ("Local conveyance", float(whole(rng.uniform(150, 700), 10))),
            ]
            p.add("rule")
            for label, value in lines:
                p.pair(label, rs(value))
            claimed = sum(v for _, v in lines)
            p.add("rule")
            p.pair("Total claimed", rs(claimed))
            adv = float(rng.choice([1000, 1500, 2000]))
            p.pair("Less: Advance taken", rs(adv))
            amount = claimed - adv
            p.pair("Net paid", rs(amount), amount=amount)
            p.add("small", f"({words_in_rupees(amount)})")
            p.pair("Mode", "Cash", method="cash")
            word = "PAID"
        p.add("center", word, status=status)
        p.part = "foot"
        signs(p, "Receiver's signature", "Approved by" if kind == "voucher" else "For the proprietor")
        j.amount = amount
        return p.done()
    if kind == "payout":
        p = browser_page(rng, font, "x.razorpay.com/payouts")
        rs = money(rng, font, 0.2)
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts - {FIRMS[town]}")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payout processed", "Processed"]})
        wrap_pair(p, rng.choice(["Contact", "Beneficiary"]), rep, merchant=rep)
        bank, acct, ifsc = acct_ifsc(rng)
        p.pair("Fund account", f"{acct[-8:]} ({ifsc})")
        p.pair("Mode", "IMPS", method="netbanking")
        amount = rupees(rng, 1800, 14000, 0.7)
        p.pair("Amount", rs(amount), amount=amount)
        p.pair("Purpose", "Reimbursement")
        p.pair("Narration", f"TA DA {j.month(1)}")
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, MIXED)}"
            labelled(p, "Payout ID", pid, txn=(TXN_RANK, pid))
            labelled(p, "UTR", j.ref, txn=(UTR_RANK, j.ref))
        labelled(p, "Processed on", stamp(rng, j.date, DAY_PATS), date=j.date)
        j.amount = amount
        return p.done()
    if kind == "upi":
        j.to = rng.choice(["Hotel Krishna Residency", "Annapurna Bhojanalay"])
        j.amount = rupees(rng, 250, 3500, 0.9)
        vpa = vpa_from(rng, j.to, ["okaxis", "ybl", "paytm"])
        return payer_screen(
            rng, font, k, "PhonePe", j, vpa=vpa, notes=["Room + dinner", "Lunch", "Stay 1 night"]
        )
    if kind == "imps":
        j.amount = rupees(rng, 2500, 18000, 0.7)
        p = transfer_page(
            rng,
            font,
            k,
            j,
            bank="ICICI Bank InstaBIZ",
            line="Business banking",
            frame="app",
            mode="IMPS",
            payee=rep.upper() if rng.random() < 0.6 else rep,
            payee_labels=["Beneficiary", "Payee", "Paid to"],
            debit_name=FIRMS[town].upper(),
            remarks=["TA/DA reimbursement", "Tour expenses"],
            head4="ICIC",
            band=(176, 56, 24),
        )
        p.part = "foot"
        p.add("gap")
        p.add("small", "Never share your OTP or PIN with anyone.")
        return p.done()
    p = mail_page(rng, font, "Ola <rides@olacabs.com>", ["Your ride receipt", "Thanks for riding with Ola"])
    rs = money(rng, font, 0.6)
    p.part = "head"
    top(p, "Ola", merchant="Ola")
    p.add("small", "ANI Technologies Pvt Ltd")
    p.add("rule")
    p.part = "body"
    p.add("left", f"Thanks for travelling with us, {rep.split()[0]}")
    if not j.no_ref:
        crn = f"CRN{digits(rng, 10)}"
        p.pair("CRN", crn, txn=(ORDER_RANK, crn))
    wrap_pair(
        p, "Ride", f"Outstation one way - {TOWNS[town][0]} to {rng.choice(['Barmer', 'Pali', 'Balotra'])}"
    )
    base = float(whole(rng.uniform(1800, 3600), 1))
    toll = float(rng.choice([0, 85, 170]))
    permit = float(rng.choice([0, 150]))
    gst = round(base * 0.05, 2)
    p.pair("Base fare", rs(base))
    if toll:
        p.pair("Toll", rs(toll))
    if permit:
        p.pair("State permit", rs(permit))
    p.pair("GST @ 5%", rs(gst))
    amount = round(base + toll + permit + gst, 2)
    p.pair("Total bill", rs(amount), amount=amount)
    p.pair("Paid by", "UPI", method="UPI")
    p.pair("Ride date", j.day(rng), date=j.date)
    p.pair("Payment status", "Paid", status=status)
    j.amount = amount
    return p.done()


# ---------------------------------------------------------------- 11. GST, TDS, professional tax, licence fees


# the tax, the frame, the way, the town
TAX_PAGES = [
    ("gst", "browser", "netbanking", 0),
    ("gst", "paper", "UPI", 4),
    ("gst", "browser", "NEFT", 2),
    ("tds", "browser", "netbanking", 1),
    ("tds", "app", "netbanking", 6),
    ("ptrc", "paper", "netbanking", 0),
    ("licence", "browser", "UPI", 1),
    ("ptax", "paper", "card", 2),
]
NATURES = [
    ("194-I(b)", "Rent of land, building or furniture"),
    ("194Q", "Purchase of goods"),
    ("194C", "Payment to contractors"),
    ("194J(b)", "Fees for professional services"),
]


def cpin_of(rng: random.Random, date: dt.date, state: str) -> str:
    """A GST challan's CPIN: the year, the state's code, the month and a serial (it spells the month)."""
    return f"{date:%y}{state}{date:%m}{digits(rng, 8)}"


def gst_challan(
    rng: random.Random, font: str, k: int, j: Job, frame: str, way: str
) -> tuple[list, dict, dict]:
    """The GST portal's GST PMT-06 (in a browser or printed): Goods and Services Tax on top, Payment Receipt /
    Challan Payment Receipt (GST PMT-06), CPIN and Challan created on (no fact), GSTIN, Legal name (the firm), Trade
    name, Tax period (no fact), CGST (0005) Tax and SGST (0006) Tax (Interest on some) or IGST (0008) Tax, Total
    challan amount (the sum), Mode of payment (E-Payment (Net Banking), UPI, NEFT / RTGS), Bank, CIN, BRN, UPI Ref
    No., Date of deposit / Payment date or Initiated on; Payment successful / Paid / Awaiting credit from RBI - NEFT /
    RTGS. No payee."""
    state = TOWNS[j.town][4]
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/trackpayment")
        rs = money(rng, font, 0.0, marks=("\u20b9", "Rs."), groupings=("indian",))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("center", rng.choice(["Payment Receipt", "Challan Payment Receipt (GST PMT-06)"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        j.status,
        {"success": ["Payment successful", "Paid"], "pending": ["Awaiting credit from RBI - NEFT / RTGS"]},
    )
    if not j.no_ref:
        cpin = cpin_of(rng, j.date, state)
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
    p.pair("Challan created on", j.other_day(rng, -6, -1))
    p.pair("GSTIN", gstin(rng, state))
    wrap_pair(p, rng.choice(["Legal name", "Name of taxpayer"]), FIRMS[j.town])
    wrap_pair(p, "Trade name", TRADE)
    p.pair("Tax period", j.month(1))
    p.add("rule")
    tax = float(whole(rng.uniform(8000, 160000), 1))
    rows: list[tuple[str, float]] = []
    if rng.random() < 0.75:
        rows = [("CGST (0005) - Tax", tax), ("SGST (0006) - Tax", tax)]
        if rng.random() < 0.35:
            interest = float(whole(tax * rng.uniform(0.002, 0.01), 1))
            rows += [("CGST (0005) - Interest", interest), ("SGST (0006) - Interest", interest)]
    else:
        rows = [("IGST (0008) - Tax", tax * 2)]
    for label, value in rows:
        p.pair(label, rs(value))
    amount = sum(v for _, v in rows)
    p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(amount), amount=amount)
    mode = {"netbanking": "E-Payment (Net Banking)", "UPI": "UPI", "NEFT": "NEFT / RTGS"}[way]
    p.pair("Mode of payment", mode, method=method_of(way))
    bank = rng.choice(BANKS[:6])
    p.pair("Bank", bank)
    if not j.no_ref and j.status == "success":
        cin = f"{cpin}{IFSC_HEADS[bank]}"
        p.pair("CIN", cin, txn=(TXN_RANK, cin))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            brn = digits(rng, 10) if rng.random() < 0.5 else f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]), brn, txn=(BANK_RANK, brn))
    label = "Initiated on" if j.status == "pending" else rng.choice(["Date of deposit", "Payment date"])
    p.pair(label, stamp(rng, j.date, DAY_PATS, twelve=False), date=j.date)
    p.part = "foot"
    if j.status == "pending":
        p.add(
            "small", "The challan is credited once RBI confirms the NEFT / RTGS; the CIN is generated then."
        )
    else:
        p.add("small", "This is a system generated receipt.")
    j.amount = amount
    return p.done()


def tds_challan(rng: random.Random, font: str, k: int, j: Job, frame: str) -> tuple[list, dict, dict]:
    """The TDS the distributor deducted, paid on ITNS 281: the e-filing portal's e-Pay Tax - Challan Receipt (in a
    browser) and SBI's YONO Business e-Tax screen that failed: TAN, Name of deductor (the firm), Assessment Year,
    Financial Year, Major Head, Minor Head, Nature of Payment (194-I(b), 194Q, 194C), Amount (in Rs.) or the sum large
    (the sum), CRN, Payment mode, Bank, BSR Code and Challan No. (no id), CIN, BRN, Date of deposit / Attempted on,
    the Tax Breakup A to F; Payment Successful / Challan paid / Challan payment failed. No payee."""
    nature = rng.choice(NATURES[:3])
    company = FIRMS[j.town] == COMPANY
    amount = float(whole(rng.uniform(3000, 90000), 1))
    j.amount = amount
    if frame == "app":
        p = phone_page(rng, font, k, ["", "e-Tax", "Transaction status"])
        head(p, "YONO Business", (40, 66, 150), p.style["h106"]["dark"], ["e-Tax - Direct tax (ITNS 281)"])
        rs = money(rng, font, 0.0)
        p.part = "body"
        outcome_row(p, j.status, {"failed": ["Challan payment failed"], "success": ["Challan paid"]})
        p.add("big", rs(amount), amount=amount)
    else:
        p = browser_page(
            rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax-prelogin/challan-receipt"
        )
        rs = money(rng, font, 0.0, marks=("\u20b9", "Rs."), groupings=("indian",))
        p.part = "head"
        top(p, "e-Filing - Income Tax Department")
        p.add("center", "e-Pay Tax - Challan Receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, j.status, {"success": ["Payment Successful", "Challan paid"]})
    p.pair("TAN", f"{code(rng, 4, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}")
    wrap_pair(p, "Name of deductor", FIRMS[j.town].upper())
    p.pair("Assessment Year", ay_of(j.date))
    p.pair("Financial Year", f"20{fy(j.date)}")
    wrap_pair(
        p, "Major Head", "Corporation Tax (0020)" if company else "Income Tax (Other than Companies) (0021)"
    )
    wrap_pair(p, "Minor Head", "TDS/TCS Payable by Taxpayer (200)")
    wrap_pair(p, "Nature of Payment", f"{nature[0]} - {nature[1]}")
    if frame != "app":
        p.pair("Amount (in Rs.)", rs(amount), amount=amount)
    if not j.no_ref:
        crn = f"{date_crn(j.date)}{digits(rng, 8)}"
        p.pair(rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
    p.pair(rng.choice(["Payment mode", "Paid through"]), "Net Banking", method="netbanking")
    p.pair("Bank", "State Bank of India" if frame == "app" else rng.choice(BANKS[:6]))
    if j.status == "success":
        bsr = digits(rng, 7)
        serial = f"{rng.randrange(1, 99999):05d}"
        p.pair("BSR Code", bsr)
        p.pair("Challan No.", serial)
        if not j.no_ref:
            cin = f"{bsr}{j.date:%d%m%y}{serial}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
            brn = digits(rng, 12)
            p.pair(rng.choice(["BRN", "Bank Reference Number"]), brn, txn=(BANK_RANK, brn))
    p.pair("Date of deposit" if j.status == "success" else "Attempted on", j.day(rng), date=j.date)
    if frame != "app":
        p.add("small", "Tax Breakup")
        for label, value in (
            ("A Tax", amount),
            ("B Surcharge", 0.0),
            ("C Cess", 0.0),
            ("D Interest", 0.0),
            ("E Penalty", 0.0),
            ("F Fee under section 234E", 0.0),
        ):
            p.pair(label, rs(value))
    else:
        p.add("small", "Amount, if debited, will be reversed to your account within 2 working days.")
    return p.done()


def date_crn(date: dt.date) -> str:
    """A CRN's head: the year and month it was created (it spells them)."""
    return f"{date:%y}{date:%m}"


def local_levy(rng: random.Random, font: str, k: int, j: Job, kind: str, way: str) -> tuple[list, dict, dict]:
    """Maharashtra's professional tax e-challan (GRAS MTR Form Number 6, printed; no payee: GRN, PTRC No. (no id),
    Name, Type of payment, Period, Amount, Net banking, Bank Ref No.; Paid), Indore Municipal Corporation's trade
    licence renewal page in a browser (the corporation on top, the payee; Licence No. (no id), Firm, Trade, Licence
    fee, Late fee, Total, UPI, Paid on; Payment successful) and Coimbatore City Municipal Corporation's profession
    tax receipt (the corporation on top, the payee; Assessment No. (no id), Half year (no fact), Employees, Amount
    paid, card, Receipt No., Transaction ID, Paid on; Paid)."""
    firm = FIRMS[j.town]
    if kind == "ptrc":
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.0)
        p.part = "head"
        top(p, "GOVERNMENT OF MAHARASHTRA")
        p.add("small", "GRAS - Government Receipt Accounting System")
        p.add("center", "e-Challan (MTR Form Number 6)")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            grn = f"MH{digits(rng, 12)}"
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
        p.pair("Department", "Goods and Services Tax Department")
        p.pair("Type of payment", "PTRC - employer's tax")
        p.pair("PTRC No.", f"{digits(rng, 11)}P")
        wrap_pair(p, "Name", firm)
        if not j.no_day:
            p.pair("Period", j.month(1))
        amount = float(rng.choice([2500, 3500, 4750, 6000, 7250]))
        p.pair("Amount", rs(amount), amount=amount)
        p.add("small", f"({words_in_rupees(amount)})")
        p.pair("Payment mode", way_text(rng, way, font), method=method_of(way))
        if not j.no_ref:
            bref = bank_ref(rng)
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if not j.no_day:
            p.pair("Date of payment", j.day(rng), date=j.date)
        p.pair("Status", "Paid", status=j.status)
        p.part = "foot"
        p.add("small", "Print of the e-challan; verify the GRN on gras.mahakosh.gov.in.")
        j.amount = amount
        return p.done()
    if kind == "licence":
        name = "Indore Municipal Corporation"
        p = browser_page(rng, font, "imcindore.mp.gov.in/trade-licence/renewal/receipt")
        rs = money(rng, font, 0.3)
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", "Trade licence - online renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, j.status, {"success": ["Payment successful", "Licence renewed - fee paid"]})
        p.pair("Licence No.", f"TL/IMC/{j.date.year}/{digits(rng, 6)}")
        wrap_pair(p, "Firm", firm)
        wrap_pair(p, "Trade", "Wholesale - books & stationery (godown)")
        p.pair("Zone / Ward", f"Zone {rng.randrange(1, 19)} / Ward {rng.randrange(1, 85)}")
        fee = float(rng.choice([3000, 4500, 6000]))
        late = float(rng.choice([0, 0, 500]))
        p.pair("Licence fee", rs(fee))
        if late:
            p.pair("Late fee", rs(late))
        amount = fee + late
        p.pair("Total", rs(amount), amount=amount)
        p.pair("Payment mode", "UPI", method="UPI")
        way_ref(p, j, way, [])
        p.pair("Paid on", stamp(rng, j.date, DAY_PATS), date=j.date)
        j.amount = amount
        return p.done()
    name = "Coimbatore City Municipal Corporation"
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9"], p_slash=0.0)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", "Revenue section - profession tax")
    p.add("center", "ONLINE PAYMENT RECEIPT")
    p.add("rule")
    p.part = "body"
    p.pair("Assessment No.", f"{digits(rng, 3)}/{digits(rng, 3)}/{digits(rng, 5)}")
    wrap_pair(p, "Name", f"{firm} ({TRADE})")
    p.pair("Half year", f"20{fy(j.date)} - {'I' if j.date.month in (4, 5, 6, 7, 8, 9) else 'II'}")
    staff = rng.randint(6, 18)
    p.pair("Employees", str(staff))
    amount = float(staff * rng.choice([690, 1025, 1250]))
    p.pair("Amount paid", rs(amount), amount=amount)
    p.pair("Payment mode", way_text(rng, way, font), method=method_of(way))
    if not j.no_ref:
        no = f"PT{digits(rng, 9)}"
        p.pair("Receipt No.", no, txn=(INVOICE_RANK, no))
        tid = digits(rng, 15)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    p.pair("Paid on", j.day(rng), date=j.date)
    p.pair("Status", "Paid", status=j.status)
    j.amount = amount
    return p.done()


def tax_challans(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The distributor's GST (``gst_challan``: three), the TDS it deducted (``tds_challan``: two) and local levies
    (``local_levy``: Maharashtra's professional tax, Indore's trade licence, Coimbatore's profession tax)."""
    k = place("tax_challans")
    status = outcome(k, failed=(4,), pending=(2,))
    tax, frame, way, town = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, town=town)
    if tax == "gst":
        return gst_challan(rng, font, k, j, frame, way)
    if tax == "tds":
        return tds_challan(rng, font, k, j, frame)
    return local_levy(rng, font, k, j, tax, way)


# ---------------------------------------------------------------- 12. the banks' alerts


def sms_sum(rng: random.Random, amount: float) -> str:
    mark = rng.choice(["Rs.", "Rs ", "INR "])
    body = rng.choice([f"{amount:.2f}", f"{amount:,.2f}"])
    return f"{mark}{body}"


def alert_mail(
    rng: random.Random,
    font: str,
    k: int,
    j: Job,
    bank: str,
    sender: str,
    subject: str,
    rows: list[tuple[str, str, dict]],
    intro: str,
) -> tuple[list, dict, dict]:
    """A bank's e-mailed alert: the bank on top (never the payee), a sentence, its rows with their facts."""
    p = mail_page(rng, font, sender, [subject])
    p.part = "head"
    top(p, bank)
    p.add("rule")
    p.part = "body"
    p.add("small", "Dear Customer,")
    p.add("left", intro)
    for label, value, facts in rows:
        wrap_pair(p, label, value, **facts)
    p.part = "foot"
    p.add("small", "This is a system generated alert. Please do not reply to this e-mail.")
    return p.done()


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The distributor's banks telling it of its payments: SMS in a messages app (HDFC Bank's NEFT debit to
    NAVNEET EDUCATION LTD with its UTR, SBI's UPI debit "trf to <NAME> Refno", ICICI Bank's card spend "on TALLY
    SOLUTIONS" with no reference, Kotak's failed IMPS to a representative, Bank of Baroda's "transferred from A/c
    ...1234 to:IMPS/<ref>/<NAME>" with no day (the divider says Today)) and e-mails (Axis Bank's debit alert for an
    RTGS to Vindhya Paper Mills, Canara Bank's NEFT in process to a printer, HDFC Bank's credit card alert in US
    dollars at CANVA with an indicative rupee sum): the payee as the bank prints it, the sum, the way, the reference,
    the day."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=2000, high=400000, p_round=0.5, town=k)
    acct = digits(rng, 4)
    prefix = rng.choice(["AX", "VM", "JD", "VK", "BP", "AD", "JM"])
    day_line = rng.choice([when(j.date, "%A, {d} %B"), when(j.date, "{d} %b %Y"), when(j.date, "%a, {d} %b")])
    bal = f"{rupees(rng, 80000, 2500000, 0.3):,.2f}"
    limit = f"{rupees(rng, 40000, 600000, 0.3):,.2f}"
    if k == 0:
        who = "NAVNEET EDUCATION LTD"
        ref = neft_no(rng, "HDFC", j.date)
        text = (
            f"Update! {sms_sum(rng, j.amount)} debited from A/c XX{acct} on {when(j.date, '%d-%m-%y')} to {who} "
            f"via NEFT. UTR: {ref}. Not you? Call 18002586161 -HDFC Bank"
        )
        return sms_page(
            rng,
            font,
            f"{prefix}-HDFCBK-S",
            text,
            day_line,
            merchant=who,
            amount=j.amount,
            method="netbanking",
            status=status,
            date=j.date,
            txn=(UTR_RANK, ref),
        )
    if k == 1:
        who = "JAI BHAVANI ROADLINES"
        j.amount = rupees(rng, 2000, 45000, 0.8)
        text = (
            f"Dear UPI user A/C X{acct} debited by {j.amount:.1f} on date {when(j.date, '%d%b%y')} trf to {who} "
            f"Refno {j.ref}. If not u? call 1800111109. -SBI"
        )
        return sms_page(
            rng,
            font,
            f"{prefix}-SBIUPI-S",
            text,
            day_line,
            merchant=who,
            amount=j.amount,
            method="UPI",
            status=status,
            date=j.date,
            txn=(UTR_RANK, j.ref),
        )
    if k == 2:
        who = "TALLY SOLUTIONS"
        j.amount = float(rng.choice([4500, 13500, 22500, 26550]))
        text = (
            f"INR {j.amount:,.2f} spent using ICICI Bank Card XX{acct} on {when(j.date, '%d-%b-%y')} on {who}. "
            f"Avl Limit: INR {limit}. If not you, call 1800 2662 or SMS BLOCK {acct} to 9215676766."
        )
        return sms_page(
            rng,
            font,
            f"{prefix}-ICICIT-S",
            text,
            day_line,
            merchant=who,
            amount=j.amount,
            method="card",
            status=status,
            date=j.date,
        )
    if k == 4:
        who = REPS[4].upper()
        j.amount = rupees(rng, 2500, 20000, 0.7)
        text = (
            f"IMPS of {sms_sum(rng, j.amount)} from Kotak Bank A/c X{acct} to {who} A/c XX{digits(rng, 4)} on "
            f"{when(j.date, '%d/%m/%y')} has FAILED. Amount, if debited, will be reversed. IMPS Ref {j.ref} "
            f"-Kotak Bank"
        )
        return sms_page(
            rng,
            font,
            f"{prefix}-KOTAKB-S",
            text,
            day_line,
            merchant=who,
            amount=j.amount,
            method="netbanking",
            status=status,
            date=j.date,
            txn=(UTR_RANK, j.ref),
        )
    if k == 6:
        who = "KALPATARU OFFSET"
        j.amount = rupees(rng, 5000, 180000, 0.6)
        text = (
            f"Rs.{j.amount:.2f} transferred from A/c ...{acct} to:IMPS/{j.ref}/{who}. Total Bal:Rs.{bal}CR. "
            f"Avlbl Amt:Rs.{bal} -Bank of Baroda"
        )
        return sms_page(
            rng,
            font,
            f"{prefix}-BOBSMS-S",
            text,
            rng.choice(["Today", "Yesterday"]),
            merchant=who,
            amount=j.amount,
            method="netbanking",
            status=status,
            txn=(UTR_RANK, j.ref),
        )
    if k == 3:
        who = "VINDHYA PAPER MILLS LTD"
        rs = money(rng, font, 0.0, marks=("INR", "Rs."))
        ref = rtgs_no(rng, "UTIB", j.date)
        j.amount = rupees(rng, 250000, 1200000, 0.6)
        rows = [
            ("Account", f"XXXXXXXX{acct}", {}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Beneficiary", who, {"merchant": who}),
            ("Mode", "RTGS", {"method": "netbanking"}),
            ("UTR", ref, {"txn": (UTR_RANK, ref)}),
            ("Date & time", stamp(rng, j.date, DAY_PATS, twelve=False), {"date": j.date}),
            ("Status", "Success", {"status": status}),
        ]
        return alert_mail(
            rng,
            font,
            k,
            j,
            "Axis Bank",
            "Axis Bank Alerts <alerts@axisbank.com>",
            "Debit transaction alert",
            rows,
            "Your account has been debited as below.",
        )
    if k == 5:
        who = "KALPATARU OFFSET PRINTERS"
        rs = money(rng, font, 0.0, marks=("INR", "Rs."))
        ref = bank_ref(rng)
        rows = [
            ("From account", f"XXXXXXXX{acct}", {}),
            ("Beneficiary", who, {"merchant": who}),
            ("Amount", rs(j.amount), {"amount": j.amount}),
            ("Mode", "NEFT", {"method": "netbanking"}),
            ("Reference No.", ref, {"txn": (BANK_RANK, ref)}),
            ("Initiated on", stamp(rng, j.date, DAY_PATS), {"date": j.date}),
            ("Status", "In process - credit to beneficiary awaited", {"status": status}),
        ]
        return alert_mail(
            rng,
            font,
            k,
            j,
            "Canara Bank",
            "Canara Bank <canarabank.alerts@canarabank.com>",
            "NEFT transaction status",
            rows,
            "The status of your NEFT request is given below.",
        )
    who = "CANVA"
    usd = float(rng.choice([119.99, 149.90, 300.00, 48.00]))
    inr = round(usd * rng.uniform(86.5, 89.5) * 1.035, 2)
    dollar = rng.choice(["USD ", "US$ ", "$"])
    appr = digits(rng, 6)
    rows = [
        ("Card", f"Credit card ending {acct}", {"method": "card"}),
        ("Merchant", who, {"merchant": who}),
        ("Amount", f"{dollar}{usd:,.2f}", {"amount": usd, "cur": "USD"}),
        ("Indicative INR amount", f"Rs. {inr:,.2f} (incl. 3.5% markup)", {}),
        ("Date & time", stamp(rng, j.date, DAY_PATS, twelve=False), {"date": j.date}),
        ("Authorization code", appr, {"txn": (APPR_RANK, appr)}),
        ("Status", "Approved", {"status": status}),
    ]
    return alert_mail(
        rng,
        font,
        k,
        j,
        "HDFC Bank",
        "HDFC Bank InstaAlerts <alerts@hdfcbank.net>",
        "Transaction alert on your HDFC Bank Credit Card",
        rows,
        "Thank you for using your HDFC Bank Credit Card. The transaction below was approved.",
    )


compose = compose158

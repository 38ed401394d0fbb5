"""The twelve heldout148 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a dry-cleaning and laundry service's day in 2026 (counter outlets and a central
washing plant in each of Nagpur, Coimbatore, Lucknow, Visakhapatnam, Dehradun, Mangaluru, Guwahati and Ludhiana, a
trade name and the company or LLP that runs it), told by the proofs of payment it receives and makes: customers'
UPI at the counter (the customer's app and the outlet's own merchant app), the counter's card and wallet slips, the
pickup-and-delivery orders and prepaid wash packages paid in its own app and website, hotels' and hospitals'
monthly linen contracts paid by NEFT / RTGS / IMPS and their payment advices net of TDS, the laundry aggregators'
and listing apps' payouts and settlements, its own cash memos, booking and delivery receipts, the detergent and
dry-cleaning chemical suppliers' invoices and its transfers to them, boiler fuel, water tankers and the machines'
service contracts, the delivery riders' weekly payouts, the outlets' rent and the electricity and water bills,
refunds and compensation for damaged garments, its laundry software and the GST and TDS challans. Every row is added
to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, garment tags, customer ids and mobiles, items, rates and weights, express and pickup charges,
coupons and wallet balances, invoice numbers and days under an advice or a remark, linen counts and deductions,
gross values, GST, TDS and TCS lines, commissions and MDR, order counts, settlement periods, trips and kilometres,
advance recoveries, delivery challans, tanker and vehicle numbers, machine serial numbers, service visits, consumer,
account and connection numbers, bill months, due days, units, garment values, original payment ids, plans, billing
periods, financial, assessment and return periods, BSR codes and challan serials, GSTIN, IFSC, PAN, TAN, account
numbers, MID, TID, batch and the payer's own details carry no fact. ``compose`` is heldout121's (heldout119's
frames and marks, heldout129's rubber stamp).
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

# town, PIN code, the counter outlet's locality, state, GST state code, the central plant's industrial area
TOWNS = [("Nagpur", "440010", "Dharampeth", "Maharashtra", "27", "Hingna MIDC"),
         ("Coimbatore", "641002", "RS Puram", "Tamil Nadu", "33", "SIDCO Kurichi"),
         ("Lucknow", "226010", "Gomti Nagar", "Uttar Pradesh", "09", "Talkatora Industrial Area"),
         ("Visakhapatnam", "530017", "MVP Colony", "Andhra Pradesh", "37", "Autonagar"),
         ("Dehradun", "248001", "Rajpur Road", "Uttarakhand", "05", "Selaqui Industrial Area"),
         ("Mangaluru", "575003", "Kadri", "Karnataka", "29", "Baikampady Industrial Area"),
         ("Guwahati", "781005", "Ganeshguri", "Assam", "18", "Bamunimaidam"),
         ("Ludhiana", "141001", "Sarabha Nagar", "Punjab", "03", "Focal Point Phase 8")]
# the laundry in each town: its trade name, the company or LLP that runs it
TRADE, FIRM = range(2)
LAUNDRIES = [("Orange Press Drycleaners", "Santra Fabricare Pvt Ltd"),
             ("Kovai Spotless Laundry", "Spotless Garment Care LLP"),
             ("Nawabi Dry Cleaners", "Awadh Fabcare Pvt Ltd"),
             ("Vizag Fresh Folds", "Fresh Folds Laundry Services LLP"),
             ("Doon Valley Dhobi Co.", "Valley Linen Care Pvt Ltd"),
             ("Kudla Klean Laundromart", "Coastal Klean Services LLP"),
             ("Brahmaputra Wash House", "Luit Laundry Solutions Pvt Ltd"),
             ("Hosiery City Dry Cleaners", "Sutlej Fabricare LLP")]
SLUGS = ["orangepress", "kovaispotless", "nawabidc", "vizagfreshfolds", "doondhobi", "kudlaklean", "bpwashhouse",
         "hosierycitydc"]
CODES = ["OPD", "KSL", "NDC", "VFF", "DVD", "KKL", "BWH", "HCD"]
CUSTOMERS = ["Shruti Deshpande", "Arun Prakash", "Farhan Siddiqui", "Lakshmi Durga", "Ankita Negi", "Prajwal Shetty",
             "Bikash Kalita", "Harpreet Gill", "Neha Wankhede", "Senthil Kumar", "Ritu Srivastava", "Rahul Baruah"]
RIDERS = ["Sachin Meshram", "Muthu Selvam", "Imran Ali", "K. Ramesh Babu", "Deepak Bisht", "Sunil Poojary",
          "Dipankar Das", "Gurdeep Singh", "Vikas Thakre", "Manoj Yadav"]
BANKS = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
         "Canara Bank", "Punjab National Bank", "Union Bank of India", "IndusInd Bank"]
HEADS4 = ["HDFC", "ICIC", "SBIN", "UTIB", "KKBK", "BARB"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting bank confirmation. Show this screen at the counter before collecting garments."]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d.%m.%Y", "%d %b %Y", "%b {d}, %Y", "%d-%b-%Y", "%Y-%m-%d"]
SLIP_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d%b%y", "%d.%m.%y"]
LAUNDRY_SUB = ["Dry cleaning | Laundry | Steam press | Shoe & bag spa", "Premium garment care since 2009",
               "Dry cleaners & launderers - pickup and delivery", "Fabric care experts - wash, dry clean, press"]


def laundry(rng: random.Random, i: int, *, firm: float = 0.25, caps: float = 0.2) -> str:
    """The laundry as a payee: its trade name, its company's on some, in capitals on some."""
    name = LAUNDRIES[i][FIRM] if rng.random() < firm else LAUNDRIES[i][TRADE]
    return name.upper() if rng.random() < caps else name


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 200,
                 high: float = 150000, p_round: float = 0.6, firm: float = 0.25, caps: float = 0.2,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(LAUNDRIES)) if town is None else town
        self.to = laundry(rng, self.town, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (an invoice's, a booking's, a cheque's, a due day): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))

    def month(self, back: int = 1) -> str:
        """A month (a contract's, a bill's, a return's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def letterhead(p: Screen, town: int, name: str, kinds: list[str], *, sub: str, merchant: bool = True,
               gst: bool = True, plant: bool = False) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", sub)
    where = city[5] if plant else city[2]
    p.add("small", f"{rng.choice(['Shop', 'Unit', 'Plot', 'Shed'])} {rng.randrange(2, 140)}, {where}, "
                   f"{city[0]} - {city[1]}")
    if gst:
        p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    else:
        p.add("small", f"Mob. {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def rail_ref(p: Screen, j: Job, way: str, heads: list[str] | None = None) -> None:
    """A paid page's reference for its way: a UPI or IMPS reference, an NEFT or RTGS UTR (a bank reference instead on
    a page without a day: both UTRs spell the day), an approval code for a card; none for cash, a cheque or a wallet
    (a wallet's own transaction id)."""
    rng = p.rng
    heads = heads or HEADS4
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI Txn ID", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
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
    elif way == "wallet":
        own = f"W{digits(rng, 13)}"
        p.pair("Wallet Txn ID", own, txn=(TXN_RANK, own))


def way_text(rng: random.Random, way: str, font: str) -> str:
    return {"cash": rng.choice(["Cash", "By cash", "Cash at counter"]),
            "UPI": rng.choice(["UPI", "UPI (counter QR)", "BHIM UPI", "UPI - soundbox QR"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS",
            "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            "wallet": rng.choice(["Paytm Wallet", "Amazon Pay balance", "MobiKwik wallet"])}[way]


def method_for(way: str) -> str:
    return "cheque" if way == "cheque" else method_of(way)


def right(p: Screen, text: str) -> None:
    """A line set to the right (a signature's), on the left where the page is too narrow for it."""
    p.add("right" if fits(p, "right", text) else "left", text)


def pan(rng: random.Random, kind: str = "P") -> str:
    """A PAN (its fourth letter the holder's kind): never an id."""
    return f"{code(rng, 3, UPPER)}{kind}{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


def handle_of(name: str) -> str:
    """A handle's head made from a name: its longest word, lower case."""
    return max(("".join(c for c in word if c.isalpha()) for word in name.split()), key=len).lower()[:10]


def bank_page(rng: random.Random, font: str, k: int, row: tuple, j: Job, *, url: str | None, payee_labels: list[str],
              notes: list[str], debit_name: str, third_head: str = "Pay vendors") -> tuple[list, dict, dict]:
    """The payer's bank after an NEFT, RTGS or IMPS (heldout124's page: the payee under one of ``payee_labels``, the
    account and IFSC, the mode, the UTR / IMPS reference and the bank's own id on some, the day, the debit account),
    a remark from ``notes``, the debit account's name and the maker and checker on a web page."""
    p, _ = transfer_ack(rng, font, k, row, j.status, j, url=url, widths=[700, 740], third_head=third_head,
                        payee_labels=payee_labels)
    transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=j.status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Reference No.", "Transaction ID"],
                  txn_label="Transaction ID")
    wrap_pair(p, rng.choice(["Remarks", "Narration", "Purpose"]), rng.choice(notes))
    if row[2] == "web":
        wrap_pair(p, rng.choice(["Debit account name", "Remitter"]), debit_name)
        p.pair(rng.choice(["Created by", "Maker"]), rng.choice(["accounts01", "ap.exec", "fin_ops2", "plant.admin"]))
        p.pair(rng.choice(["Approved by", "Checker"]), rng.choice(["director1", "cfo.approve", "owner.auth"]))
    if j.status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif j.status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 1. a customer's UPI at the counter


UPI_FRAMES = [("customer", "Google Pay"), ("merchant", "PhonePe Business"), ("customer", "Paytm"),
              ("customer", "BHIM"), ("merchant", "BharatPe"), ("customer", "Amazon Pay"), ("customer", "Navi"),
              ("merchant", "Paytm for Business")]
MERCHANT_APPS = {"PhonePe Business": (95, 37, 159), "BharatPe": (0, 128, 120), "Paytm for Business": (0, 40, 110)}
WASH_NOTES = ["Dry cleaning", "Laundry bill", "Saree dry clean", "Wash & iron", "Blanket wash", "Suit dry clean",
              "Curtains", "Shoe spa", "Steam press 12 pcs", "Wash & fold 6 kg", "Express delivery"]
QR_SPOTS = ["Counter 1 - soundbox", "Outlet QR (static)", "Delivery rider QR", "Counter 2 - dynamic QR",
            "Plant dispatch desk"]


def merchant_screen(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """The outlet's own merchant app after a customer paid its QR (PhonePe Business, BharatPe, Paytm for Business):
    the app on its band, the outlet under Business / Outlet / Your store or alone (the payee), Payment received /
    Money received / Amount credited, the sum large, the payer (Received from <name>, From <handle>: never the payee),
    Paid via / Mode UPI, the QR or soundbox, the UPI reference and the app's own id, Received on / Date & time,
    Settled to (the outlet's account)."""
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    rs = money(rng, font, 0.6)
    head(p, app, MERCHANT_APPS[app], p.style["h106"]["dark"], ["Payments", "Business account", "Collections"])
    p.part = "body"
    form = rng.random()
    if form < 0.4:
        p.add("small", rng.choice(["Outlet", "Your store", "Business"]))
        p.add("center", j.to, merchant=j.to)
    elif form < 0.7 and fits(p, "pair", f"Outlet {j.to}    "):
        p.pair(rng.choice(["Outlet", "Business"]), j.to, merchant=j.to)
    else:
        p.add("center", j.to, merchant=j.to)
    outcome_row(p, "success", {"success": ["Payment received", "Money received", "Amount credited"]})
    p.add("big", rs(j.amount), amount=j.amount)
    payer = rng.choice(CUSTOMERS)
    vpa = f"{handle_of(payer)}{rng.randrange(10, 99)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'paytm', 'ibl'])}"
    p.add("small", rng.choice([f"Received from {payer}", f"From {vpa}", f"by {payer.upper()}"]))
    p.pair(rng.choice(["Paid via", "Mode"]), rng.choice(["UPI", "UPI - QR", "UPI (soundbox QR)"]), method="UPI")
    p.pair(rng.choice(["QR", "Collected at"]), rng.choice(QR_SPOTS))
    if not j.no_ref:
        rows = [(rng.choice(["UPI Ref. No.", "UTR", "RRN"]), j.ref, (UTR_RANK, j.ref))]
        if app == "Paytm for Business":
            own = digits(rng, 20)
            rows.insert(rng.randrange(2), ("Order ID", own, (ORDER_RANK, own)))
        elif rng.random() < 0.7:
            own = (f"T{j.date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}" if app == "PhonePe Business"
                   else digits(rng, 14))
            rows.insert(rng.randrange(2), ("Transaction ID", own, (TXN_RANK, own)))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(p, rng.choice(["Received on", "Date & time"]), stamp(rng, j.date, PATS), date=j.date)
    p.pair(rng.choice(["Settled to", "Settlement account"]), f"{rng.choice(BANKS[:6])} {masked(rng, font)}")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Instant settlement to your bank account", "Soundbox announced this payment",
                               "Need help? Raise a ticket from Help"]))
    return p.done()


def counter_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI at the counter or to the rider at the door: five of the customer's app (Google Pay, Paytm,
    BHIM, Amazon Pay, Navi; dark on some: heldout125's result screen, the outlet (its company on some) under Paid to /
    To / Sent to (Paying to / Payment to on a failure or a wait), the app's own id on some, a Note / Message / Remarks
    (Dry cleaning, Saree dry clean, Wash & fold 6 kg) on most) and three of the outlet's merchant app
    (``merchant_screen``)."""
    k = place("counter_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    side, app = UPI_FRAMES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=80, high=9000, p_round=0.85, firm=0.2)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([120, 180, 250, 340, 450, 600, 850, 1200, 1650, 2400]))
    if side == "merchant":
        return merchant_screen(rng, font, k, app, j)
    p = upi_result(rng, font, k, app, status, j, LAUNDRIES[j.town][TRADE], WAIT)
    if rng.random() < 0.85:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(WASH_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Pay again  |  View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. the counter's card and wallet slips


MAKERS = ["PINE LABS", "HDFC BANK", "PAYTM EDC", "ICICI BANK", "EZETAP", "MOSAMBEE", "AXIS BANK", "WORLDLINE"]
SLIP_ITEMS = ["DRY CLEAN {n} PCS", "LAUNDRY {n} KG", "SAREE ROLL PRESS X{n}", "SUIT 2PC DC X{n}", "CURTAINS {n} PNL",
              "BLANKET DOUBLE X{n}", "SHOE SPA {n} PR", "STEAM PRESS {n}0 PCS"]


def counter_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The counter's card terminal slip for a garment bill (Pine Labs, HDFC Bank, Paytm EDC, ICICI Bank, Ezetap,
    Mosambee, Axis Bank, Worldline; monospace): the maker on top on some, the outlet in capitals (its company on some;
    the payee), its locality and town, SALE / CARD SALE / CONTACTLESS SALE / WALLET SALE / BHARAT QR SALE, DATE <day>
    TIME <hour> on one row, TXN DATE and TXN TIME or DATE/TIME, MID / MERCHANT ID, TID / TERMINAL ID, BATCH NO,
    INVOICE NO / BILL NO / ROC, POS BILL / ITEMS (DRY CLEAN 6 PCS, no fact), CARD NO, EXP **/**, CARD TYPE, ENTRY,
    APPR CODE / AUTH CODE and RRN, or WALLET: <wallet> with WALLET TXN ID, or BHARAT QR - UPI with CUSTOMER VPA and
    QR REF NO; AMOUNT / SALE AMT / TOTAL (INR, RS., Rs or none; western grouping or plain); APPROVED / TXN APPROVED /
    DECLINED with its RC / UPI TXN PENDING (CHECK APP / SOUNDBOX BEFORE HANDING OVER)."""
    k = place("counter_slip")
    status = outcome(k, failed=(3,), pending=(6,))
    kind = "qr" if status == "pending" else "wallet" if k in (4, 7) else "card"
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=150, high=12000, p_round=0.5, town=k)
    p = slip_page(rng, font)
    name = (LAUNDRIES[k][FIRM] if rng.random() < 0.25 else LAUNDRIES[k][TRADE]).upper()
    if not fits(p, "center", name):
        name = LAUNDRIES[k][TRADE].upper()
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{TOWNS[k][2]}, {TOWNS[k][0]}".upper())
    p.add("center", {"qr": "BHARAT QR SALE", "wallet": "WALLET SALE"}.get(kind)
          or rng.choice(["SALE", "CARD SALE", "CONTACTLESS SALE"]))
    p.add("rule")
    p.part = "body"
    clock = hhmm(rng, twelve=rng.random() < 0.3, seconds=rng.random() < 0.5)
    if j.no_day:
        p.pair(rng.choice(["TIME:", "TXN TIME:"]), clock)
    else:
        text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
        form = rng.random()
        one = f"DATE {text}  TIME {clock}"
        if form < 0.4 and fits(p, "left", one):
            p.add("left", one, date=j.date)
        elif form < 0.75:
            p.pair("TXN DATE:", text, date=j.date)
            p.pair("TXN TIME:", clock)
        else:
            p.pair("DATE/TIME:", f"{text} {clock}", date=j.date)
    p.pair(rng.choice(["MID:", "MERCHANT ID:"]), digits(rng, 15))
    p.pair(rng.choice(["TID:", "TERMINAL ID:"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "ROC:"]), inv, txn=(INVOICE_RANK, inv))
    p.pair(rng.choice(["POS BILL:", "ITEMS:"]), rng.choice(SLIP_ITEMS).format(n=rng.randint(2, 8)))
    if kind == "qr":
        p.pair("PAY MODE:", "BHARAT QR - UPI", method="UPI")
        p.pair("CUSTOMER VPA:", f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okicici', 'axl'])}")
        if not j.no_ref:
            qid = f"{digits(rng, 12)}"
            p.pair("QR REF NO:", qid, txn=(TXN_RANK, qid))
    elif kind == "wallet":
        p.pair("WALLET:", rng.choice(["PAYTM WALLET", "AMAZON PAY BAL", "MOBIKWIK"]), method="wallet")
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
        if not j.no_ref:
            wid = f"{digits(rng, 11)}"
            p.pair("WALLET TXN ID:", wid, txn=(TXN_RANK, wid))
    else:
        net = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
        first = {"VISA": "4", "MASTERCARD": "5", "RUPAY": "6"}[net] + digits(rng, 3)
        card = f"XXXX XXXX XXXX {digits(rng, 4)}" if rng.random() < 0.5 else f"{first} XXXX XXXX {digits(rng, 4)}"
        p.pair(rng.choice(["CARD NO:", "CARD:"]), card, method="card")
        p.pair("EXP:", "**/**")
        p.pair("CARD TYPE:", f"{net} {rng.choice(['DEBIT', 'CREDIT'])}")
        p.pair("ENTRY:", rng.choice(["CHIP", "TAP", "SWIPE"]))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    grouped = rng.random() < 0.5
    shown = f"{mark}{j.amount:,.2f}" if grouped else f"{mark}{j.amount:.2f}"
    p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:"]), shown, amount=j.amount)
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]), "failed": "DECLINED",
                     "pending": "UPI TXN PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["RC 55 - INCORRECT PIN", "RC 51 - INSUFFICIENT FUNDS", "RC 91 - ISSUER DOWN",
                                    "RC 05 - DO NOT HONOUR"]))
    elif status == "pending":
        p.add("small", "CHECK APP / SOUNDBOX BEFORE HANDING OVER GARMENTS")
    p.part = "foot"
    if status == "success" and kind == "card":
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    p.add("small", rng.choice(["** CUSTOMER COPY **", "MERCHANT COPY", "THANK YOU - VISIT AGAIN"]))
    if rng.random() < 0.4:
        p.add("small", f"POWERED BY {MAKERS[k]}")
    return p.done()


# ---------------------------------------------------------------- 3. pickup orders and packages in its own app and site


# frame, the way
ORDER_PAGES = [("app", "UPI"), ("gateway", "card"), ("app", "own wallet"), ("package", "netbanking"), ("app", "card"),
               ("site", "UPI"), ("app", "wallet"), ("package", "UPI")]
BANDS = [(242, 120, 0), (0, 120, 150), (120, 40, 90), (0, 90, 160), (20, 110, 70), (200, 40, 60), (30, 80, 140),
         (90, 60, 30)]
# item, quantity range, rates
ORDER_ITEMS = [("Shirt - wash & iron", (2, 12), [29, 35, 39, 45]), ("Trouser - dry clean", (1, 4), [89, 99, 120]),
               ("Saree (silk) - dry clean & roll press", (1, 3), [249, 299, 349]),
               ("Wash & fold (kg)", (3, 9), [69, 79, 89]), ("Suit 2 pc - dry clean", (1, 2), [349, 399, 449]),
               ("Blanket (double) - wash", (1, 2), [399, 449, 499]), ("Curtain panel - dry clean", (2, 8), [149, 179]),
               ("Sherwani - dry clean", (1, 1), [599, 699]), ("Shoe spa (pair)", (1, 2), [399, 499])]
PACKAGES = [("Wash & Iron Silver - 40 garments / 60 days", 1199.0), ("Dry Clean Gold - 25 garments / 90 days", 2999.0),
            ("Wash & Fold Saver - 30 kg / 60 days", 1899.0), ("Family Care Platinum - 100 garments / 180 days",
                                                             5499.0)]


def order_lines(p: Screen, rng: random.Random, rs) -> float:
    """An order's garments, pickup fee, express charge and coupon (no fact); returns the sum to pay with GST."""
    total = 0.0
    for item, (qlo, qhi), rates in rng.sample(ORDER_ITEMS, rng.randint(1, 3)):
        qty, rate = rng.randint(qlo, qhi), float(rng.choice(rates))
        total += qty * rate
        wrap_pair(p, f"{item} {qty} x {rate:g}" if qty > 1 else item, rs(qty * rate))
    if rng.random() < 0.4:
        express = round(total * 0.5, 2)
        p.pair("Express (same day) +50%", rs(express))
        total += express
    if rng.random() < 0.5:
        fee = float(rng.choice([49, 59, 79]))
        p.pair("Pickup & delivery", rs(fee))
        total += fee
    if rng.random() < 0.4:
        off = float(whole(total * rng.choice([0.1, 0.15, 0.2]), 1))
        p.pair(f"Coupon {rng.choice(['FIRST20', 'FRESH15', 'WASH10', 'FESTIVE20'])}", f"-{rs(off)}")
        total -= off
    total = round(total, 2)
    p.pair(rng.choice(["Item total", "Subtotal"]), rs(total))
    tax = round(total * 0.18, 2)
    p.pair("GST @ 18%", rs(tax))
    return round(total + tax, 2)


def app_orders(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's pickup-and-delivery order or prepaid package paid online: four of the laundry's own app (its
    brand on its band, Order paid / Payment successful / Order confirmed - paid / Payment failed - order not placed,
    the sum large, Outlet / Store / Serviced by the outlet (the payee), Order ID, Pickup slot (no fact), the garments,
    Express (same day) +50%, Pickup & delivery, Coupon, Item total, GST @ 18%, To pay / Order total / Amount paid,
    Paid using (UPI, a card, Paytm Wallet, the laundry's own wallet <brand> Cash), Payment ID (pay_...), UPI Ref No.,
    Paid on / Attempted on), Razorpay's payment mail to the customer (You've paid / Payment successful, Paid to /
    Merchant the company (the payee), Amount paid, Payment ID, Method, Order (the laundry's order no. #..., an order's
    number), Paid on), the laundry's website checkout status in a browser (PayU: Payment pending - confirming with your
    bank, Merchant the laundry on top, Txn ID (mihpayid), Order ID, Initiated on) and two prepaid package tax invoices
    by mail (TAX INVOICE - PREPAID PACKAGE, the package, Package valid till and Wallet credit added (no fact), Amount
    paid, Invoice No., Payment ID, Invoice date / Paid on)."""
    k = place("app_orders")
    status = outcome(k, failed=(4,), pending=(5,))
    frame, way = ORDER_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, town=k, firm=0.2)
    trade, firm = LAUNDRIES[k]
    method = "wallet" if way == "own wallet" else way
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Order details", "Payment"])
        rs = money(rng, font, 0.4)
        head(p, trade, BANDS[k], p.style["h106"]["dark"], ["Pickup & delivery", "My orders", "Order summary"])
        p.part = "body"
        outcome_row(p, status, {"success": ["Order paid", "Payment successful", "Order confirmed - paid"],
                                "failed": ["Payment failed - order not placed"]})
        big = len(p.rows)
        to = trade if rng.random() < 0.7 else firm
        wrap_pair(p, rng.choice(["Outlet", "Store", "Serviced by"]), to, merchant=to)
        if not j.no_ref:
            oid = f"{CODES[k]}{digits(rng, 8)}"
            labelled(p, "Order ID", oid, txn=(ORDER_RANK, oid))
        if not j.no_day:
            slot = j.date + dt.timedelta(days=rng.randrange(0, 3))
            p.pair(rng.choice(["Pickup slot", "Delivery by"]), f"{when(slot, '%d %b')}, {rng.choice(['9-11 AM', '5-7 PM'])}")
        p.add("rule")
        total = order_lines(p, rng, rs)
        j.amount = total
        p.pair(rng.choice(["To pay", "Order total", "Amount paid"] if status == "success" else ["To pay", "Order total"]),
               rs(total))
        p.rows.insert(big, ("big", rs(total)))
        p.tags.insert(big, ("body", {"amount": total}))
        paid = {"UPI": f"UPI ({rng.choice(['Google Pay', 'PhonePe', 'Paytm'])})",
                "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
                "wallet": rng.choice(["Paytm Wallet", "Amazon Pay balance"]),
                "own wallet": f"{trade.split()[0]} Cash (wallet)"}[way]
        p.pair(rng.choice(["Paid using", "Payment method"]), paid, method=method)
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, MIXED)}"
            labelled(p, "Payment ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI" and status == "success":
                labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if way == "own wallet":
            p.pair("Wallet balance", rs(float(rng.randrange(2, 60) * 50)))
        if not j.no_day:
            labelled(p, "Paid on" if status == "success" else "Attempted on", stamp(rng, j.date, PATS), date=j.date)
        if status == "failed":
            p.add("small", rng.choice(REFUND))
        p.part = "foot"
        p.add("small", rng.choice(["Track your order under My orders", "Rate your last order"]))
        return p.done()
    if frame == "gateway":
        p = mail_page(rng, font, "Razorpay <no-reply@razorpay.com>",
                      [f"Payment successful for {trade}", "Your payment receipt"])
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Razorpay")
        p.add("small", "Payment receipt")
        p.add("rule")
        p.part = "body"
        p.add("left", rng.choice(["Hi, your payment was successful.", "Thank you! Your payment is complete."]))
        to = firm.upper() if rng.random() < 0.4 else firm
        wrap_pair(p, rng.choice(["Paid to", "Merchant"]), to, merchant=to)
        j.amount = float(whole(rng.uniform(300, 4800), 1))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Method", f"{rng.choice(['Visa', 'Mastercard'])} card {masked(rng, font)}", method="card")
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, MIXED)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"#{CODES[k]}-{digits(rng, 6)}"
            p.pair(rng.choice(["Order", "Order no."]), oid, txn=(ORDER_RANK, oid))
        if not j.no_day:
            p.pair(rng.choice(["Paid on", "Date"]), stamp(rng, j.date, PATS), date=j.date)
        p.pair("Email", f"{handle_of(rng.choice(CUSTOMERS))}@gmail.com")
        p.pair("Status", "Captured", status="success")
        p.part = "foot"
        p.add("small", "For queries about your order, contact the merchant directly.")
        return p.done()
    if frame == "site":
        p = browser_page(rng, font, f"www.{SLUGS[k]}.in/checkout/status")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, j.to, merchant=j.to)
        p.add("small", "Online orders - secured by PayU")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful"],
                                "pending": ["Payment pending - confirming with your bank"]})
        j.amount = float(whole(rng.uniform(250, 3800), 1))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "UPI", method="UPI")
        if not j.no_ref:
            tid = digits(rng, 11)
            p.pair(rng.choice(["Txn ID", "PayU ID"]), tid, txn=(TXN_RANK, tid))
            oid = f"WEB{digits(rng, 7)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        if not j.no_day:
            p.pair("Initiated on", stamp(rng, j.date, PATS), date=j.date)
        p.add("small", "Do not pay again. Your order will be confirmed by SMS once the bank responds.")
        p.part = "foot"
        p.add("small", "Back to home  |  Contact us")
        return p.done()
    p = mail_page(rng, font, f"{trade} <orders@{SLUGS[k]}.in>", ["Tax invoice - your prepaid package",
                                                                  "Package activated - invoice attached"])
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    letterhead(p, k, j.to, ["TAX INVOICE - PREPAID PACKAGE", "PACKAGE PURCHASE RECEIPT"], sub=rng.choice(LAUNDRY_SUB))
    if not j.no_ref:
        ino = f"PKG/{j.year()}{rng.randrange(1, 3000):04d}"
        p.pair("Invoice No.", ino, txn=(INVOICE_RANK, ino))
    if not j.no_day:
        p.pair(rng.choice(["Invoice date", "Paid on"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Customer", "Billed to"]), rng.choice(CUSTOMERS))
    p.pair("Customer ID", f"{CODES[k]}C{digits(rng, 5)}")
    package, price = rng.choice(PACKAGES)
    wrap_pair(p, "Package", package)
    p.pair("Package price", rs(price))
    tax = round(price * 0.18, 2)
    p.pair(rng.choice(["CGST @ 9% + SGST @ 9%", "GST @ 18%"]), rs(tax))
    j.amount = round(price + tax, 2)
    p.pair(rng.choice(["Amount paid", "Total paid"]), rs(j.amount), amount=j.amount)
    p.pair("Wallet credit added", rs(round(price * rng.choice([1.1, 1.15, 1.2]))))
    if not j.no_day:
        p.pair("Package valid till", j.other_day(rng, 60, 180))
    p.pair("Payment mode", {"UPI": "UPI", "netbanking": f"Net banking - {rng.choice(BANKS[:5])}"}[way], method=way)
    if not j.no_ref:
        pid = f"pay_{code(rng, 14, MIXED)}"
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Payment status", "Paid", status="success")
    p.part = "foot"
    p.add("small", "Package credits are non-refundable and cannot be transferred.")
    return p.done()


# ---------------------------------------------------------------- 4. hotels' and hospitals' linen contracts


# the client in each town and its mail domain
CLIENTS = [("Radiant Multispeciality Hospital", "radianthospital"), ("Hotel Annapoorna Residency", "annapoornares"),
           ("Lotus Heart Institute", "lotusheart"), ("Sea Breeze Beach Resort", "seabreezevizag"),
           ("Hotel Doon Regency", "doonregency"), ("Karavali Medicare Hospital", "karavalimedicare"),
           ("Hotel Kamakhya Grand", "kamakhyagrand"), ("Punjab Mother & Child Hospital", "pmchospital")]
LINEN = [("Bed sheets (double)", 12, 18), ("Pillow covers", 4, 6), ("Bath towels", 9, 14), ("Duvet covers", 22, 30),
         ("OT gowns & drapes", 18, 26), ("Patient gowns", 12, 16), ("Table napkins", 3, 5), ("Bath robes", 35, 45)]
LINEN_XFER = {0: ("Canara Bank Corporate Net Banking", None, "web", "NEFT", "CNRB"),
              2: ("bob World Business", (240, 100, 30), "app", "IMPS", "BARB"),
              4: ("IndusInd Indie for Business", (130, 30, 40), "app", "NEFT", "INDB"),
              6: ("Union Bank Corporate Internet Banking", None, "web", "RTGS", "UBIN")}
LINEN_URLS = {"Canara Bank Corporate Net Banking": "canarabank.in/corporate/neft/acknowledgement",
              "Union Bank Corporate Internet Banking": "unionbankonline.co.in/corp/rtgs/status"}
ADVICE_MODES = {1: "NEFT", 3: "NEFT", 5: "IMPS", 7: "RTGS"}


def linen_advice(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A hotel's or hospital's accounts team's PAYMENT ADVICE / Vendor Payment Intimation / Remittance Details e-mail:
    the client on top (the payer), Vendor / Beneficiary / Paid to the laundry's company (the payee), Vendor code, the
    linen bills settled (Linen processing <month> - Bill <number>, no id), the linen counts (no fact), Gross bill value,
    Less: TDS u/s 194C @ 2%, Less: Damaged / lost linen recovery, Net amount released / Amount credited / Net paid
    (the sum), Mode, Bank and account, UTR / IMPS Ref No. and Payment voucher No. / Doc No., Value date / Paid on,
    Status Released / Credited / Paid."""
    client, slug = CLIENTS[k]
    mode = ADVICE_MODES[k]
    p = mail_page(rng, font, f"{client.replace('Hotel ', '')} Accounts <{rng.choice(['accounts', 'ap', 'finance'])}"
                             f"@{slug}.com>", ["Payment advice - linen services", "Vendor payment intimation",
                                               "Remittance details"])
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, client)
    p.add("small", rng.choice(["Accounts payable", "Finance department", "Purchase & accounts"]))
    p.add("center", rng.choice(["PAYMENT ADVICE", "Vendor Payment Intimation", "Remittance Details"]))
    p.add("rule")
    p.part = "body"
    p.add("left", rng.choice(["Dear Sir / Madam,", "Dear Vendor,"]))
    p.add("left", rng.choice(["We have released the payment below against your linen bills.",
                              "Please find the details of our payment for laundry services."]))
    j.to = LAUNDRIES[k][FIRM].upper() if rng.random() < 0.3 else LAUNDRIES[k][FIRM]
    wrap_pair(p, rng.choice(["Vendor", "Beneficiary", "Paid to"]), j.to, merchant=j.to)
    p.pair("Vendor code", f"{rng.choice(['V', 'LND', 'SUP'])}{digits(rng, 5)}")
    p.add("rule")
    gross = 0.0
    bills = rng.choice([1, 1, 2])
    for n in range(bills):
        pieces = 0.0
        for item, lo, hi in rng.sample(LINEN, 2):
            qty, rate = rng.randrange(300, 4200), float(rng.randrange(lo, hi))
            pieces += qty * rate
        value = round(pieces * 1.18, 2)
        gross += value
        if j.no_ref or j.no_day:
            label = f"Linen processing bill ({rng.choice(['rooms', 'F&B', 'wards', 'OT'])})"
        else:
            label = f"Linen processing {j.month(n + 1)[:3]} - Bill {CODES[k]}/{rng.randrange(100, 999)}"
        wrap_pair(p, label, rs(value))
        if n == 0:
            item, lo, hi = rng.choice(LINEN)
            p.add("small", f"({item}: {rng.randrange(900, 6000):,} pcs processed)")
    gross = round(gross, 2)
    p.pair(rng.choice(["Gross bill value", "Total bills"]), rs(gross))
    tds = round(gross / 1.18 * 0.02, 2)
    p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    cut = 0.0
    if rng.random() < 0.5:
        n, rate = rng.randint(2, 9), rng.choice([250, 350, 450])
        cut = float(n * rate)
        wrap_pair(p, f"Less: Damaged / lost linen recovery ({n} x {rate})", rs(cut))
    net = round(gross - tds - cut, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount released", "Amount credited", "Net paid"]), rs(net), amount=net)
    p.pair(rng.choice(["Mode", "Payment mode"]), mode, method="netbanking")
    wrap_pair(p, "Bank", f"{rng.choice(BANKS[:6])} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if mode == "IMPS":
            ref = j.ref
        elif mode == "NEFT":
            ref = neft_utr(rng.choice(HEADS4), rng, j.date)
        else:
            ref = rtgs_utr(rng.choice(HEADS4), rng, j.date)
        p.pair("IMPS Ref No." if mode == "IMPS" else rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['19', '51', 'PV'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment voucher No.", "Doc No."]), doc, txn=(INVOICE_RANK, doc))
    if not j.no_day:
        p.pair(rng.choice(["Value date", "Paid on"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Released", "Credited", "Paid"]), status="success")
    p.add("small", "Form 16A for the TDS will be issued after the quarterly return. Please send the next bill with "
                   "the linen count sheet signed by housekeeping.")
    p.part = "foot"
    p.add("small", "This is a system generated advice; no signature is required.")
    return p.done()


def linen_contract(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A hotel or hospital paying the laundry's company for the month's linen under its contract: four of its bank
    after the NEFT, RTGS or IMPS (Canara Bank Corporate Net Banking, bob World Business, IndusInd Indie for Business,
    Union Bank Corporate Internet Banking; heldout124's page, the company under Beneficiary / Vendor / Pay to /
    Beneficiary name, Remarks / Narration / Purpose (Linen charges less TDS), Debit account name / Remitter, Maker and
    Checker on the web pages) and four of its accounts team's payment advice (``linen_advice``)."""
    k = place("linen_contract")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=18000, high=480000, p_round=0.3, town=k, firm=0.8,
            caps=0.3)
    if k not in LINEN_XFER:
        return linen_advice(rng, font, k, j)
    row = LINEN_XFER[k]
    if row[3] == "RTGS":
        j.amount = rupees(rng, 210000, 720000, 0.3)
    notes = ["Linen charges less TDS", "Laundry services - net of TDS", "Linen contract payment",
             "Housekeeping linen bill"]
    if not j.no_day:
        notes.append(f"Linen {when(j.date.replace(day=1) - dt.timedelta(days=1), '%b-%y')} less TDS 194C")
    return bank_page(rng, font, k, row, j, url=LINEN_URLS.get(row[0]),
                     payee_labels=["Beneficiary", "Vendor", "Pay to", "Beneficiary name"], notes=notes,
                     debit_name=CLIENTS[k][0], third_head="Vendor payments")


# ---------------------------------------------------------------- 5. aggregators' payouts and merchant settlements


# platform, its site, frame, kind (payout or settlement), its app's band
PLATFORMS = [("magicpin", "magicpin.in", "mail", "payout", None),
             ("Laundrokart", "laundrokart.com", "browser", "payout", None),
             ("Pick My Laundry", "pickmylaundry.in", "app", "payout", (0, 150, 200)),
             ("Justdial", "justdial.com", "mail", "settle", None),
             ("PhonePe Business", None, "app", "settle", (95, 37, 159)),
             ("Laundrokart", "laundrokart.com", "mail", "payout", None),
             ("Paytm for Business", None, "app", "settle", (0, 40, 110)),
             ("magicpin", "magicpin.in", "browser", "payout", None)]


def aggregator_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The laundry aggregators and listing apps paying the outlet for the orders they brought (magicpin, Laundrokart,
    Pick My Laundry: an e-mail, the partner dashboard in a browser or the partner app) and the merchant apps settling
    the day's QR and card collections (Justdial's JD Pay by mail, PhonePe Business and Paytm for Business in the app):
    the platform on top (never the payee), Payout statement / Partner payout / Settlement advice / Settlement details,
    Partner / Store / Merchant / Settled to the outlet (its company on some; the payee), Partner ID / Store ID / MID
    (no id), Orders between / Payout cycle / Collections of (no fact), Orders delivered (n) / Vouchers redeemed (n) /
    Collections (n payments), Less: Platform commission (n%), Less: GST @ 18% on commission, Less: TDS u/s 194-O
    (0.1%), Less: TCS u/s 52 (0.5%) on some, or Less: MDR on cards (n%), Less: GST on MDR, Less: Soundbox rent; Net
    payout / Amount transferred / Settlement amount / Amount settled (the sum, large on the apps), Bank account, Mode
    (NEFT, IMPS), Payout ID / Settlement ID, UTR / IMPS Ref No., Paid on / Credited on / Settled on / Failed on /
    Scheduled for; Paid / Payout credited / Settled / Payout failed - bank account inactive / Settlement scheduled /
    Settlement in progress."""
    k = place("aggregator_payouts")
    status = outcome(k, failed=(2,), pending=(6,))
    platform, site, frame, kind, band = PLATFORMS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k, firm=0.3)
    if kind == "payout":
        n = rng.randint(18, 260)
        gross = round(n * rng.uniform(280, 900), 2)
        label = ("Vouchers redeemed" if platform == "magicpin" else "Orders delivered") + f" ({n})"
        lines = [(label, gross)]
        pct = rng.choice([12, 15, 18, 20, 22])
        comm = round(gross * pct / 100, 2)
        cuts = [(f"Less: Platform commission ({pct}%)", comm), ("Less: GST @ 18% on commission", round(comm * 0.18, 2)),
                ("Less: TDS u/s 194-O (0.1%)", round(gross * 0.001, 2))]
        if rng.random() < 0.5:
            cuts.append(("Less: TCS u/s 52 (0.5%)", round(gross / 1.18 * 0.005, 2)))
    else:
        n = rng.randint(12, 140)
        gross = round(n * rng.uniform(150, 1100), 2)
        card = round(gross * rng.uniform(0.1, 0.4), 2)
        lines = [(f"Collections ({n} payments)", gross), ("of which cards", card)]
        mdr = round(card * 0.018, 2)
        cuts = [("Less: MDR on cards (1.8%)", mdr), ("Less: GST on MDR", round(mdr * 0.18, 2))]
        if platform != "Justdial" and rng.random() < 0.5:
            cuts.append(("Less: Soundbox rent", float(rng.choice([99, 125, 149]))))
    net = round(gross - sum(v for _, v in cuts), 2)
    j.amount = net
    if frame == "mail":
        p = mail_page(rng, font, f"{platform} {'Partners' if kind == 'payout' else 'Payments'} <"
                                 f"{rng.choice(['payouts', 'settlements', 'noreply'])}@{site}>",
                      ["Your payout has been processed", "Settlement advice", "Partner payout statement"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(rng, font, f"partner.{site}/{rng.choice(['payouts', 'finance/payouts', 'settlements'])}")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = phone_page(rng, font, k, ["", "Settlements", "Payout details"])
        rs = money(rng, font, 0.3)
    words = {"success": ["Paid", "Payout credited", "Settled"], "failed": ["Payout failed - bank account inactive"],
             "pending": ["Settlement scheduled", "Settlement in progress"]}
    if frame == "app":
        head(p, platform, band, p.style["h106"]["dark"], ["Partner app", "Settlements"] if kind == "payout" else
             ["Settlements", "Business account"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(net), amount=net)
    else:
        p.part = "head"
        top(p, platform)
        p.add("small", rng.choice(["Partner payouts", "Merchant partners"]) if kind == "payout" else "JD Pay for business")
        p.add("center", rng.choice(["Payout statement", "Partner payout", "Settlement advice", "Settlement details"]))
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, status, words)
    wrap_pair(p, rng.choice(["Partner", "Store", "Merchant", "Settled to"]) if kind == "payout" else
              rng.choice(["Merchant", "Business name", "Store"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Partner ID", "Store ID"]) if kind == "payout" else "MID", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    if not j.no_day:
        if kind == "payout":
            start = j.date - dt.timedelta(days=rng.choice([7, 14]) + rng.randrange(2, 5))
            end = j.date - dt.timedelta(days=rng.randrange(2, 4))
            p.pair(rng.choice(["Orders between", "Payout cycle"]), f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}")
        else:
            p.pair("Collections of", when(j.date - dt.timedelta(days=1), rng.choice(DAY_PATS)))
    for label, value in lines + cuts:
        wrap_pair(p, label, rs(value))
    if frame != "app":
        p.pair(rng.choice(["Net payout", "Amount transferred"]) if kind == "payout" else
               rng.choice(["Settlement amount", "Amount settled"]), rs(net), amount=net)
    else:
        p.pair(rng.choice(["Net payout", "Settlement amount"]), rs(net))
    wrap_pair(p, rng.choice(["Bank account", "Settled to account"]), f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}")
    mode = "IMPS" if j.no_day else rng.choice(["NEFT", "IMPS"])
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        pid = rng.choice([f"po_{code(rng, 14, MIXED)}", f"PO{digits(rng, 10)}"]) if kind == "payout" else \
            f"STL{digits(rng, 12)}"
        labelled(p, "Payout ID" if kind == "payout" else "Settlement ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = j.ref if mode == "IMPS" else neft_utr(rng.choice(["HDFC", "ICIC", "YESB"]), rng, j.date)
            labelled(p, "IMPS Ref No." if mode == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Credited on", "Settled on"]), "failed": "Failed on",
                     "pending": "Scheduled for"}[status], stamp(rng, j.date, PATS, hour=status != "pending"),
                 date=j.date)
    if frame == "mail":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "Your bank account is inactive. Update it under Profile > Bank details to get this payout.")
    elif status == "pending":
        p.add("small", "Settlements are credited in the next banking window.")
    p.part = "foot"
    p.add("small", rng.choice(["Questions about a payout? Write to partner support.",
                               "This statement is generated automatically."]))
    return p.done()


# ---------------------------------------------------------------- 6. the laundry's own cash memos and receipts


# the page, the way
MEMO_PAGES = [("memo", "cash"), ("delivery", "UPI"), ("booking", "card"), ("corporate", "cheque"), ("memo", "wallet"),
              ("delivery", "UPI"), ("memo", "UPI"), ("booking", "cash")]
MEMO_ITEMS = [("Shirt - laundry & press", (3, 14), [30, 35, 40]), ("Trouser - dry clean", (1, 5), [90, 100, 110]),
              ("Saree (silk) - DC & roll press", (1, 4), [250, 300, 350]), ("Suit 2 pc - DC", (1, 2), [350, 400]),
              ("Lehenga - DC (heavy)", (1, 1), [800, 950, 1200]), ("Blanket double - wash", (1, 3), [400, 450]),
              ("Curtain panel - DC", (2, 10), [150, 180]), ("Kurta pyjama - DC", (1, 4), [140, 160]),
              ("Woollen sweater - DC", (1, 4), [160, 180]), ("Sports shoes - spa", (1, 2), [450, 500])]
CORPORATE = ["Tangerine Family Salon", "Cafe Madras Coffee House", "Greenfield Public School",
             "Sunrise Fitness Studio", "Spice Route Restaurant"]


def laundry_memo(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The laundry's own paper (serif): CASH MEMO / LAUNDRY BILL CUM RECEIPT (paid in full), DELIVERY RECEIPT / DELIVERY
    CHALLAN CUM RECEIPT (the balance at delivery), BOOKING RECEIPT / ORDER BOOKING SLIP (an advance) and a business
    customer's MONTHLY BILL - UNIFORMS & LINEN (the laundry on top, its company on some; the payee): Memo No. / Bill
    No. / Booking No. / Order No., Date / Delivery date / Booking date, Customer / Name and Mobile (no fact), Tag No.
    (no id), Delivery on and Balance due at delivery on a booking (no fact), the garments (Shirt - laundry & press n x
    35, Saree (silk) - DC & roll press), Express charges (+50%), Discount, Sub total, CGST @ 9% and SGST @ 9%, Bill
    total / Net amount; Amount paid / Received (in full), or Less: Advance paid (Booking No. n dt <day>) and Balance
    received / Balance paid at delivery, or Advance received, or Cheque received with its number and bank, or Balance
    due with UPI payment failed; the way (Cash, UPI, a card, Paytm Wallet) and its reference; PAID / RECEIVED WITH
    THANKS / DELIVERED - PAID / ADVANCE RECEIVED / CHEQUE RECEIVED - SUBJECT TO REALISATION / UPI PAYMENT FAILED -
    GARMENTS HELD in a row and in the laundry's rubber stamp."""
    k = place("laundry_memo")
    status = outcome(k, failed=(5,), pending=(3,))
    page, way = MEMO_PAGES[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, town=k, firm=0.25)
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    kinds = {"memo": ["CASH MEMO", "LAUNDRY BILL CUM RECEIPT"], "delivery": ["DELIVERY RECEIPT",
                                                                              "DELIVERY CHALLAN CUM RECEIPT"],
             "booking": ["BOOKING RECEIPT", "ORDER BOOKING SLIP"], "corporate": ["MONTHLY BILL - UNIFORMS & LINEN"]}
    letterhead(p, k, j.to, kinds[page], sub=rng.choice(LAUNDRY_SUB))
    if not j.no_ref:
        no = f"{CODES[k]}/{j.year()}{rng.randrange(1, 9999):04d}" if page == "corporate" else f"{rng.randrange(1, 99999)}"
        label = {"memo": ["Memo No.", "Bill No."], "delivery": ["Bill No.", "Order No."],
                 "booking": ["Booking No.", "Order No."], "corporate": ["Bill No."]}[page]
        p.pair(rng.choice(label), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        label = {"memo": ["Date"], "delivery": ["Date", "Delivery date"], "booking": ["Date", "Booking date"],
                 "corporate": ["Date", "Bill date"]}[page]
        p.pair(rng.choice(label), j.day(rng), date=j.date)
    if page == "corporate":
        wrap_pair(p, "Customer", f"M/s {rng.choice(CORPORATE)}")
        if not j.no_day:
            p.pair("For the month of", j.month(1))
    else:
        wrap_pair(p, rng.choice(["Customer", "Name"]), rng.choice(CUSTOMERS))
        p.pair("Mobile", f"{rng.choice('6789')}XXXXX{digits(rng, 4)}")
    first = rng.randrange(1000, 9000)
    p.pair(rng.choice(["Tag No.", "Tags"]), f"{first} to {first + rng.randint(3, 14)}")
    if page == "booking" and not j.no_day:
        p.pair("Delivery on", j.other_day(rng, 2, 6))
    p.add("rule")
    sub = 0.0
    for item, (qlo, qhi), rates in rng.sample(MEMO_ITEMS, rng.randint(2, 4)):
        qty, rate = rng.randint(qlo, qhi), float(rng.choice(rates))
        if page == "corporate":
            qty *= rng.randint(8, 20)
        sub += qty * rate
        wrap_pair(p, f"{item} {qty} x {rate:g}" if qty > 1 else item, rs(qty * rate))
    if page != "corporate" and rng.random() < 0.3:
        extra = round(sub * 0.5, 2)
        p.pair("Express charges (+50%)", rs(extra))
        sub += extra
    if rng.random() < 0.3:
        off = float(whole(sub * 0.1, 1))
        p.pair(rng.choice(["Discount (10%)", "Less: Discount"]), f"-{rs(off)}")
        sub -= off
    p.add("rule")
    sub = round(sub, 2)
    p.pair("Sub total", rs(sub))
    half = round(sub * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    total = float(round(sub + 2 * half))
    if abs(total - (sub + 2 * half)) > 0.001:
        p.pair("Round off", f"{total - sub - 2 * half:+.2f}")
    p.pair(rng.choice(["Bill total", "Net amount"]), rs(total))
    if page == "delivery":
        advance = float(whole(total * rng.uniform(0.2, 0.5), 10))
        note = "" if j.no_ref or j.no_day else f" (Booking No. {rng.randrange(1, 99999)} dt {j.other_day(rng, -6, -2)})"
        wrap_pair(p, f"Less: Advance paid{note}", rs(advance))
        net = round(total - advance, 2)
        label = rng.choice(["Balance received", "Balance paid at delivery"]) if status == "success" else "Balance due"
    elif page == "booking":
        net = float(whole(total * rng.choice([0.3, 0.5, 1.0]), 10))
        if net >= total:
            net = total
        label = "Advance received"
    elif page == "corporate":
        net = total
        label = "Cheque received"
    else:
        net = total
        label = rng.choice(["Amount paid", "Received"])
    j.amount = net
    p.pair(label, rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if page == "booking" and net < total:
        p.pair("Balance due at delivery", rs(round(total - net, 2)))
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    elif status == "failed":
        p.pair("Payment attempted", "UPI - failed at counter", method="UPI")
    else:
        p.pair(rng.choice(["Paid by", "Mode"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way)
    word = {"success": rng.choice({"memo": ["PAID", "RECEIVED WITH THANKS"], "delivery": ["DELIVERED - PAID"],
                                   "booking": ["ADVANCE RECEIVED"], "corporate": ["PAID"]}[page]),
            "failed": "UPI PAYMENT FAILED - GARMENTS HELD",
            "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Garments are processed at owner's risk of colour bleeding and shrinkage. Liability "
                               "for damage is limited to 10 times the cleaning charge.",
                               "Garments not collected within 30 days will be disposed of. Please bring this slip "
                               "at delivery."]))
    right(p, f"For {LAUNDRIES[k][TRADE]}")
    right(p, "Counter staff")
    seal(p, LAUNDRIES[k][TRADE], rng.choice(["COUNTER", "ACCOUNTS"]),
         None if j.no_day or status != "success" else j.date,
         {"success": "PAID", "failed": "PAYMENT FAILED", "pending": "CHQ RECEIVED"}[status])
    return p.done()


# ---------------------------------------------------------------- a vendor's bill with the payment on it


def vendor_bill(rng: random.Random, font: str, k: int, j: Job, name: str, sub: str, kinds: list[str],
                items: list[tuple], gst: float, way: str, *, tds: float = 0.0, extra: tuple | None = None,
                note: tuple | None = None) -> tuple[list, dict, dict]:
    """A supplier's TAX INVOICE / BILL with the payment received on it (the supplier on top, the payee): Invoice No. /
    Bill No. / Challan cum Bill No., Date / Invoice date, Buyer / Bill to / To M/s the laundry's company, Ship to the
    central plant (no fact), a vehicle, tanker or machine line (``note``, no fact), the lines (``items``: item,
    quantity range, rate range, unit), ``extra`` (freight, unloading, visit charges), Taxable value, CGST and SGST,
    Round off, Invoice total / Total, Less: TDS u/s 194C on some, then Amount received / Received (net of TDS) / Paid
    and the way and its reference (success), Amount due with the declined UPI collect (failed) or Cheque received
    with its number and bank (pending); PAID / RECEIVED WITH THANKS / PAYMENT RECEIVED / UPI COLLECT DECLINED -
    AMOUNT OUTSTANDING / CHEQUE RECEIVED - AWAITING CLEARANCE."""
    status = j.status
    p = paper_page(rng, font, [660, 700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    shown = name.upper() if rng.random() < 0.2 else name
    letterhead(p, k, shown, kinds, sub=sub, gst=gst > 0)
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(100, 9999)}", f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Challan cum Bill No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Invoice date"]), j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Buyer", "Bill to", "To"]), f"M/s {LAUNDRIES[k][FIRM]}")
    wrap_pair(p, "Ship to", f"Central plant, {TOWNS[k][5]}, {TOWNS[k][0]}")
    if note:
        p.pair(*note)
    p.add("rule")
    taxable = 0.0
    for item, (qlo, qhi), (rlo, rhi), unit in rng.sample(items, min(len(items), rng.randint(1, 3))):
        qty, rate = rng.randint(qlo, qhi), float(whole(rng.uniform(rlo, rhi), 10 if rhi > 2000 else 1))
        taxable += qty * rate
        wrap_pair(p, f"{item} {qty:,} {unit} x {rate:g}" if qty > 1 else item, rs(qty * rate))
    if extra:
        taxable += extra[1]
        p.pair(extra[0], rs(extra[1]))
    p.add("rule")
    gross = taxable
    if gst:
        p.pair(rng.choice(["Taxable value", "Sub total"]), rs(taxable))
        half = round(taxable * gst / 2, 2)
        pct = f"{gst * 50:g}%"
        p.pair(f"CGST @ {pct}", rs(half))
        p.pair(f"SGST @ {pct}", rs(half))
        gross = taxable + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice total", "Total", "Bill amount"]), rs(total))
    cut = round(taxable * tds, 2) if tds and status == "success" else 0.0
    if cut:
        p.pair(f"Less: TDS u/s 194C @ {tds * 100:g}%", rs(cut))
    net = round(total - cut, 2)
    j.amount = net
    if status == "success":
        label = rng.choice(["Received (net of TDS)", "Amount received (after TDS)"]) if cut else \
            rng.choice(["Amount received", "Received", "Paid"])
        p.pair(label, rs(net), amount=net)
        p.add("small", f"({words_in_rupees(net)})")
        p.pair(rng.choice(["Mode", "Paid by", "Received by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way)
    elif status == "failed":
        p.pair(rng.choice(["Amount due", "Balance outstanding"]), rs(net), amount=net)
        p.pair("Payment attempted", "UPI collect - declined", method="UPI")
    else:
        p.pair("Cheque received", rs(net), amount=net)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAYMENT RECEIVED"]),
            "failed": "UPI COLLECT DECLINED - AMOUNT OUTSTANDING",
            "pending": "CHEQUE RECEIVED - AWAITING CLEARANCE"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Goods once sold will not be taken back. Subject to {TOWNS[k][0]} jurisdiction. E. & O.E.")
    right(p, f"For {name}")
    right(p, "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 7. detergent and dry-cleaning chemical suppliers


CHEM = [("Vidarbha Solvents & Chemicals", "paper", "NEFT"), ("Kongu Laundry Chemicals Pvt Ltd", "bank", "RTGS"),
        ("Awadh Detergents & Allied", "paper", "UPI"), ("Coastal Dry Clean Supplies", "paper", "cheque"),
        ("Himalayan Hanger & Poly Packs", "bank", "IMPS"), ("Karavali Textile Auxiliaries", "paper", "NEFT"),
        ("NE Chemical Traders", "bank", "NEFT"), ("Punjab Hydrocarbons & Solvents", "paper", "card")]
CHEM_ITEMS = [("Perchloroethylene (perc) 35 kg drum", (2, 8), (5200, 6400), "drums"),
              ("Hydrocarbon solvent 200 L barrel", (1, 3), (36000, 42000), "barrels"),
              ("Liquid detergent (neutral) 50 L can", (2, 10), (4200, 5600), "cans"),
              ("Alkali booster 50 kg bag", (1, 6), (2600, 3400), "bags"),
              ("Oxygen bleach 25 kg", (1, 6), (3100, 3900), "bags"),
              ("Fabric softener 50 L can", (1, 6), (3800, 4600), "cans"),
              ("Sour / neutraliser 50 L", (1, 4), (3300, 4100), "cans"),
              ("Spotting kit (protein, tannin, oil)", (1, 3), (2400, 3200), "kits"),
              ("Ironing starch 25 kg", (1, 4), (1900, 2500), "bags"),
              ("Wire hangers (500 pcs)", (2, 12), (1350, 1750), "boxes"),
              ("Poly garment covers roll", (4, 20), (520, 780), "rolls"),
              ("Barcode tag rolls", (5, 25), (180, 260), "rolls")]
CHEM_BANKS = {1: ("ICICI Bank CIB", None, "web", "RTGS", "ICIC"),
              4: ("Kotak Biz", (237, 28, 36), "app", "IMPS", "KKBK"),
              6: ("HDFC Bank SmartHub Vyapar", (0, 76, 143), "app", "NEFT", "HDFC")}


def chemical_suppliers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The detergent, solvent and packing suppliers: five of their TAX INVOICE / BILL with the payment on it
    (``vendor_bill``: Perchloroethylene (perc) 35 kg drum n drums x rate, Hydrocarbon solvent 200 L barrel, Liquid
    detergent (neutral) 50 L can, Alkali booster, Oxygen bleach, Fabric softener, Spotting kit, Ironing starch, Wire
    hangers (500 pcs), Poly garment covers roll, Barcode tag rolls; Freight & handling on some; GST @ 18%) and three of
    the laundry's bank after the transfer to them (ICICI Bank CIB, Kotak Biz, HDFC Bank SmartHub Vyapar; heldout124's
    page, the supplier under Beneficiary / Payee / Vendor / Beneficiary name, Remarks (Perc & detergent - inv ...),
    Debit account name, Maker and Checker on the web page)."""
    k = place("chemical_suppliers")
    status = outcome(k, failed=(6,), pending=(3,))
    name, frame, way = CHEM[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=12000, high=240000, p_round=0.4, town=k)
    if frame == "paper":
        extra = ("Freight & handling", float(rng.choice([350, 500, 750, 1200]))) if rng.random() < 0.5 else None
        return vendor_bill(rng, font, k, j, name, rng.choice(["Dry cleaning solvents, laundry chemicals & detergents",
                                                              "Laundry chemicals, hangers & packing material"]),
                           ["TAX INVOICE", "TAX INVOICE CUM RECEIPT"], CHEM_ITEMS, 0.18, way, extra=extra)
    row = CHEM_BANKS[k]
    if row[3] == "RTGS":
        j.amount = rupees(rng, 205000, 460000, 0.3)
    j.to = name.upper() if rng.random() < 0.35 else name
    notes = ["Perc & detergent purchase", "Chemicals - plant", "Hangers & poly covers", "Supplier payment"]
    if not j.no_day and not j.no_ref:
        notes.append(f"Inv {rng.randrange(100, 9999)} dt {j.other_day(rng, -30, -5)}")
    return bank_page(rng, font, k, row, j, url="cib.icicibank.com/corp/rtgs/acknowledgement" if row[2] == "web"
                     else None, payee_labels=["Beneficiary", "Payee", "Vendor", "Beneficiary name"], notes=notes,
                     debit_name=LAUNDRIES[k][FIRM])


# ---------------------------------------------------------------- 8. boiler fuel, water tankers and machine service


# kind, the vendor, the way, its frame
UPKEEP = [("fuel", "Mahalakshmi Biomass Briquettes", "NEFT", "paper"), ("water", "Sri Murugan Water Tankers", "UPI",
                                                                          "upi"),
          ("amc", "Washtech Laundry Equipment Services", "NEFT", "paper"),
          ("fuel", "Coastal Agro Pellets", "cheque", "paper"), ("water", "Himgiri Water Supply", "cash", "paper"),
          ("amc", "Thermocare Boiler Services", "NEFT", "bank"), ("water", "Brahmaputra Water Carriers", "UPI", "upi"),
          ("fuel", "Doaba Fuels & Lubes", "UPI", "paper")]
FUEL_ITEMS = [("Biomass briquettes (groundnut shell)", (3, 9), (7200, 8600), "MT"),
              ("Wood pellets (boiler grade)", (2, 6), (9800, 11800), "MT"),
              ("Light diesel oil (LDO) - boiler", (400, 1600), (78, 88), "L")]
WATER_ITEMS = [("Tanker 10,000 L (borewell water)", (4, 18), (850, 1200), "trips"),
               ("Tanker 12,000 L (soft water)", (3, 12), (1300, 1700), "trips")]
AMC_ITEMS = [("AMC - washer extractor 25 kg (quarter)", (1, 2), (9500, 14500), "machines"),
             ("AMC - dry cleaning machine 12 kg (quarter)", (1, 1), (16000, 22000), "machines"),
             ("AMC - flatwork ironer (quarter)", (1, 1), (11000, 15000), "machines"),
             ("Spares - door gasket", (1, 2), (2800, 4200), "pcs"),
             ("Boiler annual inspection support", (1, 1), (6500, 9000), "visits")]
UPKEEP_BANKS = {5: ("Axis Bank Corporate iConnect", None, "web", "NEFT", "UTIB")}
UPKEEP_APPS = {1: "PhonePe", 6: "Google Pay"}


def plant_upkeep(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The central plant's boiler fuel, water and machines: the briquette, pellet and LDO suppliers' TAX INVOICE /
    DELIVERY CHALLAN CUM BILL (``vendor_bill``: Biomass briquettes (groundnut shell) n MT x rate, Unloading charges,
    Vehicle No. and weighbridge slip (no fact), GST @ 5% or 18%), the water tankers' CASH BILL / TANKER SUPPLY BILL
    (Tanker 10,000 L (borewell water) n trips x rate, Tanker No. (no fact), no GST) or the laundry's UPI to the tanker
    owner (PhonePe, Google Pay: heldout125's result screen, the tanker firm under Paid to / To, Note Water tanker n
    trips), and the machine service contracts' TAX INVOICE - AMC (AMC - washer extractor 25 kg (quarter), Spares -
    door gasket, Machine Sr. No. (no fact), Less: TDS u/s 194C @ 2%) or the laundry's bank after the NEFT to the
    boiler service firm (Axis Bank Corporate iConnect, heldout124's page)."""
    k = place("plant_upkeep")
    status = outcome(k, failed=(1,), pending=(3,))
    kind, name, way, frame = UPKEEP[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=2500, high=60000, p_round=0.8, town=k)
    if frame == "upi":
        j.to = name.upper() if rng.random() < 0.3 else name
        j.amount = float(rng.randrange(3, 16) * rng.choice([900, 1000, 1100, 1200]))
        p = upi_result(rng, font, k, UPKEEP_APPS[k], status, j, name, WAIT)
        p.pair(rng.choice(["Note", "Message"]), f"Water tanker {rng.randint(3, 12)} trips - plant")
        p.part = "foot"
        p.add("gap")
        p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI"]))
        return p.done()
    if frame == "bank":
        row = UPKEEP_BANKS[k]
        j.to = name
        return bank_page(rng, font, k, row, j, url="iconnect.axisbank.co.in/corp/neft/acknowledgement",
                         payee_labels=["Beneficiary", "Payee", "Vendor"],
                         notes=["Boiler AMC - quarterly", "AMC instalment less TDS", "Boiler service contract"],
                         debit_name=LAUNDRIES[k][FIRM])
    if kind == "fuel":
        item = FUEL_ITEMS[2] if way == "UPI" else FUEL_ITEMS[k % 2]
        gst = 0.18 if item is FUEL_ITEMS[2] else 0.05
        note = (rng.choice(["Vehicle No.", "Lorry No."]), f"{code(rng, 2, UPPER)} {rng.randrange(1, 40):02d} "
                                                          f"{code(rng, 2, UPPER)} {rng.randrange(1000, 9999)}")
        return vendor_bill(rng, font, k, j, name, "Biomass fuels, pellets & boiler fuel - bulk supply",
                           ["TAX INVOICE", "DELIVERY CHALLAN CUM BILL"], [item], gst, way,
                           extra=("Unloading charges", float(rng.choice([300, 500, 800]))) if rng.random() < 0.5
                           else None, note=note)
    if kind == "water":
        note = ("Tanker No.", f"{code(rng, 2, UPPER)} {rng.randrange(1, 40):02d} {code(rng, 1, UPPER)} "
                              f"{rng.randrange(1000, 9999)}")
        return vendor_bill(rng, font, k, j, name, "Water supply by tanker - domestic & industrial",
                           ["CASH BILL", "TANKER SUPPLY BILL"], WATER_ITEMS, 0.0, way, note=note)
    note = ("Machine Sr. No.", f"{code(rng, 3, UPPER)}-{digits(rng, 7)}")
    return vendor_bill(rng, font, k, j, name, "Sales & service of commercial laundry equipment",
                       ["TAX INVOICE - AMC", "SERVICE INVOICE"], AMC_ITEMS, 0.18, way, tds=0.02,
                       extra=("Visit charges", float(rng.choice([500, 750, 1000]))) if rng.random() < 0.4 else None,
                       note=note)


# ---------------------------------------------------------------- 9. the delivery riders' weekly payouts


# frame, the way
RIDER_PAGES = [("razorpayx", "IMPS"), ("cashfree", "IMPS"), ("bank", "IMPS"), ("statement", "UPI"),
               ("razorpayx", "UPI"), ("bank", "IMPS"), ("voucher", "cash"), ("upi", "UPI")]
RIDER_BANKS = {2: ("YONO Business", (40, 0, 113), "app", "IMPS", "SBIN"),
               5: ("FedBiz", (0, 70, 140), "app", "IMPS", "FDRL")}


def rider_lines(p: Screen, rng: random.Random, rs) -> float:
    """A rider's week (no fact): trips, kilometres, incentives and recoveries; returns the net payout."""
    trips, rate = rng.randint(40, 160), rng.choice([25, 30, 35])
    km = rng.randint(180, 700)
    lines = [(f"Pickups & deliveries ({trips} x {rate})", float(trips * rate)),
             (f"Distance allowance ({km} km x 3.5)", round(km * 3.5, 2))]
    if rng.random() < 0.6:
        lines.append(("Express order incentive", float(rng.choice([150, 250, 400]))))
    if rng.random() < 0.4:
        lines.append(("Rain / peak-hour bonus", float(rng.choice([100, 200, 300]))))
    gross = sum(v for _, v in lines)
    cuts = []
    if rng.random() < 0.4:
        cuts.append(("Less: Advance recovered", float(rng.choice([500, 1000, 1500]))))
    if rng.random() < 0.3:
        cuts.append(("Less: Damaged garment recovery", float(rng.choice([200, 350, 500]))))
    cuts.append(("Less: TDS u/s 194C @ 1%", round(gross * 0.01, 2)))
    for label, value in lines + cuts:
        wrap_pair(p, label, rs(value))
    return round(gross - sum(v for _, v in cuts), 2)


def rider_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The laundry paying its pickup-and-delivery riders for the week: RazorpayX Payouts and Cashfree Payouts in a
    browser (the product on top and the laundry's company | Live under it (the payer), Payout details / Transfer
    details, Processed / Reversed / Queued, Amount, Contact / Beneficiary / Payee the rider (the payee), Fund account
    (a UPI handle or a masked account), Mode, Purpose payout, Payout ID (pout_...) / Transfer ID, UTR, Reference ID
    (no id), Created on / Processed on / Reversed on / Queued on), the laundry's bank app after the IMPS (YONO
    Business, FedBiz; heldout124's page, the rider under Beneficiary / Pay to), the laundry's weekly payout statement
    mailed to the rider and its cash payout voucher (the laundry on top, the payer: Rider / Paid to / Payee, Rider ID
    (no id), Week (no fact), Pickups & deliveries (n x 30), Distance allowance (n km x 3.5), Express order incentive,
    Less: Advance recovered, Less: TDS u/s 194C @ 1%, Net payout / Amount paid (the sum), the way and its reference,
    Voucher No. / Statement No.) or the laundry's Paytm UPI to a rider (heldout125's screen)."""
    k = place("rider_payouts")
    status = outcome(k, failed=(4,), pending=(1,))
    frame, way = RIDER_PAGES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 5, low=2200, high=14000, p_round=0.4, town=k)
    rider = rng.choice(RIDERS)
    j.to = rider.upper() if rng.random() < 0.25 else rider
    firm = LAUNDRIES[k][FIRM]
    vpa = f"{handle_of(rider)}{rng.randrange(10, 99)}@{rng.choice(['ybl', 'okaxis', 'paytm', 'oksbi'])}"
    if frame == "upi":
        p = upi_result(rng, font, k, "Paytm", status, j, rider, WAIT)
        p.pair(rng.choice(["Note", "Remarks"]), "Rider weekly payout")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Pay again  |  View history")
        return p.done()
    if frame == "bank":
        notes = ["Rider payout", "Delivery partner payout", "Rider weekly settlement"]
        if not j.no_day:
            notes.append(f"Rider payout wk {j.date.isocalendar()[1]}")
        return bank_page(rng, font, k, RIDER_BANKS[k], j, url=None, payee_labels=["Beneficiary", "Pay to", "Payee"],
                         notes=notes, debit_name=firm, third_head="Quick transfer")
    if frame in ("razorpayx", "cashfree"):
        product = "RazorpayX" if frame == "razorpayx" else "Cashfree Payments"
        p = browser_page(rng, font, "x.razorpay.com/payouts" if frame == "razorpayx" else
                         "merchant.cashfree.com/payouts/transfers")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, product)
        p.add("small", f"{firm}  |  Live")
        p.add("center", rng.choice(["Payout details", "Transfer details"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Processed"], "failed": ["Reversed"], "pending": ["Queued"]})
        p.pair("Amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Contact", "Beneficiary", "Payee"]), j.to, merchant=j.to)
        p.pair("Fund account", vpa if way == "UPI" else f"A/c XXXXXX{digits(rng, 4)} ({ifsc(rng)})")
        p.pair("Mode", way, method=method_of(way))
        p.pair("Purpose", rng.choice(["payout", "salary", "vendor bill"]))
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, MIXED)}" if frame == "razorpayx" else f"RIDER{digits(rng, 8)}"
            p.pair("Payout ID" if frame == "razorpayx" else "Transfer ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Reference ID", f"RDR-{rng.randrange(100, 999)}")
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Processed on", "Created on"]), "failed": "Reversed on",
                         "pending": "Queued on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "failed":
            p.add("small", "Reversed by the beneficiary bank: account frozen. The amount is back in your balance.")
        elif status == "pending":
            p.add("small", "Queued: low balance in your payout account. Add funds to process it.")
        p.part = "foot"
        p.add("small", "Payouts made through partner banks.")
        return p.done()
    if frame == "statement":
        p = mail_page(rng, font, f"{LAUNDRIES[k][TRADE]} <payouts@{SLUGS[k]}.in>",
                      ["Your weekly payout statement", "Payout credited - statement"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [640, 680])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    letterhead(p, k, LAUNDRIES[k][TRADE], ["RIDER PAYOUT STATEMENT", "WEEKLY PAYOUT - DELIVERY PARTNER"]
               if frame == "statement" else ["CASH PAYOUT VOUCHER", "RIDER PAYMENT VOUCHER"],
               sub=rng.choice(LAUNDRY_SUB), merchant=False)
    if not j.no_ref:
        no = f"{'ST' if frame == 'statement' else 'PV'}/{j.year()}{rng.randrange(1, 999):03d}"
        p.pair("Statement No." if frame == "statement" else "Voucher No.", no, txn=(INVOICE_RANK, no))
    wrap_pair(p, rng.choice(["Rider", "Paid to", "Payee"]), j.to, merchant=j.to)
    p.pair("Rider ID", f"{CODES[k]}R{rng.randrange(10, 99)}")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.randrange(2, 5) + 6)
        p.pair("Week", f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=6), '%d %b %Y')}")
    p.add("rule")
    net = rider_lines(p, rng, rs)
    j.amount = net
    p.pair(rng.choice(["Net payout", "Amount paid"]), rs(net), amount=net)
    p.pair(rng.choice(["Paid by", "Mode"]), "UPI" if way == "UPI" else "Cash", method=way)
    if way == "UPI":
        p.pair("To", vpa)
        if not j.no_ref:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        p.pair(rng.choice(["Paid on", "Date"]), j.day(rng), date=j.date)
    p.add("center", "PAID" if frame == "statement" else "PAID IN CASH", status="success")
    p.part = "foot"
    if frame == "voucher":
        p.add("pair", "Receiver's signature", "For the laundry")
    else:
        p.add("small", "Raise payout queries in the rider app within 7 days.")
    return p.done()


# ---------------------------------------------------------------- 10. outlets' rent, electricity and water


# the board in a town: long name, short name, its number's label and length
POWER = {1: ("Tamil Nadu Power Distribution Corporation Ltd", "TNPDCL", "Service No.", 12),
         3: ("Eastern Power Distribution Co. of A.P. Ltd", "APEPDCL", "Unique Service No.", 13),
         6: ("Assam Power Distribution Company Ltd", "APDCL", "Consumer No.", 12)}
# the app or net banking (band), its frame, the way
POWER_APPS = {1: ("Paytm", (0, 40, 110), "phone", "UPI"),
              3: ("ICICI Bank Corporate Internet Banking", None, "browser", "netbanking"),
              6: ("Amazon Pay", (35, 47, 62), "phone", "wallet")}
# the water department: the portal or counter on top, the payee, frame, the way
WATER = {2: ("e-Nagar Sewa - Uttar Pradesh", "Jal Kal Vibhag, Lucknow Nagar Nigam", "browser", "UPI"),
         5: ("Mangaluru City Corporation - Citizen Service Centre", "Mangaluru City Corporation", "paper", "cash")}
# the landlord, the frame, the way
RENTS = {0: ("Prakash Wankhede", "receipt", "NEFT"), 4: ("Doon Traders & Estates", "bank", "NEFT"),
         7: ("Baldev Singh Grewal", "receipt", "cheque")}
RENT_BANK = ("IDBI Bank Corporate Net Banking", None, "web", "NEFT", "IBKL")


def rent_receipt(rng: random.Random, font: str, k: int, j: Job, landlord: str, way: str) -> tuple[list, dict, dict]:
    """An outlet's landlord's RENT RECEIPT / SHOP RENT RECEIPT (paper): Receipt No. / No., Date, "Received from M/s
    <company> (<outlet>) the rent of Shop No. n, <locality> for <month>" (no fact), Monthly rent, Maintenance (no
    fact), Less: TDS u/s 194-I(b) @ 10% where the rent is over Rs 50,000 a month, Amount received / Net received (the
    sum), the way and its reference, RECEIVED WITH THANKS, Landlord / Owner / Lessor (the payee, Sardar or Shri on
    some), PAN, [ Revenue stamp ]."""
    p = paper_page(rng, font, [640, 680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    p.part = "head"
    top(p, rng.choice(["RENT RECEIPT", "SHOP RENT RECEIPT"]))
    p.add("small", "(Commercial shop - monthly rent)")
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 60):02d}", f"SR-{rng.randrange(100, 400)}"])
        p.pair(rng.choice(["Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    shop = f"Shop No. {rng.randrange(1, 40)}, {TOWNS[k][2]}, {TOWNS[k][0]}"
    p.add("left", f"Received from M/s {LAUNDRIES[k][FIRM]} ({LAUNDRIES[k][TRADE]}) the rent of {shop}"
                  + ("." if j.no_day else f" for {j.month(0)}."))
    p.add("rule")
    rent = float(whole(rng.uniform(28000, 95000), 500))
    p.pair(rng.choice(["Monthly rent", "Rent"]), rs(rent))
    tds = round(rent * 0.10, 2) if rent > 50000 else 0.0
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194-I(b) @ 10%", "Less: TDS 194-I (10%)"]), rs(tds))
    net = round(rent - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net received", "Amount received"]) if tds else "Amount received", rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        chq = f"Cheque No. {rng.randrange(1, 999999):06d}"
        p.pair(rng.choice(["Paid by", "Mode of payment"]), chq if j.no_day else f"{chq} dt {j.other_day(rng, -5, 0)}",
               method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Paid by", "Mode of payment"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way)
    p.add("center", "RECEIVED WITH THANKS", status="success")
    p.add("rule")
    title = "Sardar" if "Singh" in landlord else "Shri"
    shown = f"{title} {landlord}" if rng.random() < 0.4 else landlord
    wrap_pair(p, rng.choice(["Landlord", "Owner", "Lessor"]), shown, merchant=landlord)
    p.pair("PAN", pan(rng))
    p.part = "foot"
    p.add("gap")
    p.add("left", "[ Revenue stamp ]")
    p.add("pair", "Tenant's copy", "Signature of landlord")
    return p.done()


def water_bill(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """A water bill paid to the city (Lucknow's Jal Kal Vibhag on e-Nagar Sewa in a browser, Mangaluru City
    Corporation's counter receipt printed): the portal or counter on top, Department / Payable to / ULB the water
    body (the payee), Water Charges - Payment Receipt / Water Bill Receipt, Connection No. / RR No. and Property ID (no
    id), Consumer name the laundry's company, Connection type (Non-domestic 25 mm), Bill period (no fact), Water
    charges, Sewer charges, Arrears, Surcharge, Total paid / Amount paid (the sum), Payment mode, Receipt No.,
    Transaction ID, UPI Ref No., Paid on / Receipt date; Payment Successful / Paid."""
    portal, body, frame, way = WATER[k]
    if frame == "browser":
        p = browser_page(rng, font, "enagarsewa.up.gov.in/water/payment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    p.part = "head"
    top(p, portal)
    wrap_pair(p, rng.choice(["Department", "Payable to", "ULB"]), body, merchant=body)
    p.add("center", rng.choice(["Water Charges - Payment Receipt", "Water Bill Receipt"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, j.status, {"success": ["Payment Successful", "Paid"]})
    p.pair(rng.choice(["Connection No.", "RR No."]), f"{rng.randrange(10, 99)}/{digits(rng, 6)}")
    p.pair("Property ID", f"{code(rng, 2, UPPER)}{digits(rng, 8)}")
    wrap_pair(p, "Consumer name", LAUNDRIES[k][FIRM].upper())
    p.pair("Connection type", rng.choice(["Non-domestic - 25 mm", "Commercial - 20 mm"]))
    if not j.no_day:
        start = j.date.replace(day=1) - dt.timedelta(days=60)
        p.pair("Bill period", f"{when(start.replace(day=1), '%b %Y')} - {when(j.date.replace(day=1) - dt.timedelta(days=1), '%b %Y')}")
    heads = [("Water charges", float(rng.randrange(18, 120) * 50)), ("Sewer charges", float(rng.randrange(4, 30) * 25))]
    if rng.random() < 0.4:
        heads.append(("Arrears", float(rng.randrange(2, 40) * 50)))
        heads.append(("Surcharge", float(rng.randrange(1, 8) * 25)))
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total paid", "Amount paid"]), rs(total), amount=total)
    p.pair("Payment mode", {"UPI": "UPI", "cash": "Cash at counter"}[way], method=way)
    if not j.no_ref:
        rno = f"{TOWNS[k][0][:3].upper()}W{digits(rng, 8)}"
        p.pair(rng.choice(["Receipt No.", "e-Receipt No."]), rno, txn=(INVOICE_RANK, rno))
        if way == "UPI":
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Receipt date"]), stamp(rng, j.date, PATS) if frame == "browser"
                 else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", "Paid", status="success")
        p.add("small", f"Counter: CSC {rng.randint(1, 6)}  |  Cashier: {rng.choice(['Rekha', 'Prashanth', 'Ganesh'])}")
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


def rent_utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlets' rent and the electricity and water bills: three rents (two landlords' receipts, ``rent_receipt``,
    and the laundry's bank after the NEFT to a landlord firm: IDBI Bank Corporate Net Banking, heldout124's page, the
    landlord under Beneficiary / Payee), three electricity bills through Bharat Connect (Paytm and Amazon Pay on a
    phone with the outcome and the sum large, ICICI Bank Corporate Internet Banking's bill payment receipt in a
    browser: Biller / Electricity board / Biller name the board (TNPDCL, APEPDCL, APDCL or its long name; the payee),
    Service No. / Unique Service No. / Consumer No., Consumer name the company, Category (LT-V Commercial), Bill month,
    Due date, Bill amount, Early payment rebate and Amount paid on some, Paid using (UPI, Amazon Pay balance, current
    account), B-Connect Txn ID / BBPS Ref No., UPI Ref No., Order ID, Paid on / Attempted on / Initiated on; Bill paid /
    Payment successful / Bill payment failed / Payment awaiting biller confirmation) and two water bills
    (``water_bill``)."""
    k = place("rent_utilities")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=2500, high=65000, p_round=0.3, town=k)
    if k in RENTS:
        landlord, frame, way = RENTS[k]
        if frame == "receipt":
            return rent_receipt(rng, font, k, j, landlord, way)
        j.to = landlord.upper() if rng.random() < 0.3 else landlord
        j.amount = round(float(whole(rng.uniform(40000, 120000), 500)) * 0.9, 2)
        notes = ["Shop rent less TDS", "Outlet rent - Rajpur Road", "Rent net of TDS 194-I"]
        if not j.no_day:
            notes.append(f"Shop rent {when(j.date, '%b-%y')}")
        return bank_page(rng, font, k, RENT_BANK, j, url="inet.idbibank.co.in/corp/neft/confirmation",
                         payee_labels=["Beneficiary", "Payee", "Beneficiary name"], notes=notes,
                         debit_name=LAUNDRIES[k][FIRM])
    if k in WATER:
        return water_bill(rng, font, k, j)
    long, short, number, size = POWER[k]
    app, band, frame, way = POWER_APPS[k]
    bill = j.amount
    rebate = round(bill * 0.01, 2) if status == "success" and rng.random() < 0.5 else 0.0
    j.amount = round(bill - rebate, 2)
    words = {"success": ["Bill paid", "Payment successful"], "failed": ["Bill payment failed"],
             "pending": ["Payment awaiting biller confirmation"]}
    if frame == "browser":
        p = browser_page(rng, font, "cib.icicibank.com/corp/billpay/receipt")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["Bill Payment - Receipt", "Bharat Connect - Payment Receipt"]))
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Payment status", "Status"]), rng.choice(words[status]), status=status)
    else:
        p = phone_page(rng, font, k, ["", "Electricity bill", "Payment receipt"])
        rs = money(rng, font, 0.3)
        head(p, app, band, p.style["h106"]["dark"], ["Bharat Connect - Electricity", "Recharge & pay bills"])
        p.part = "body"
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Electricity board {long}     ") else short
    wrap_pair(p, rng.choice(["Biller", "Electricity board", "Biller name"]), biller, merchant=biller)
    p.pair(number, digits(rng, size))
    wrap_pair(p, "Consumer name", LAUNDRIES[k][FIRM].upper())
    p.pair("Category", rng.choice(["LT-V Commercial", "LT Commercial (laundry)", "LT-II Non-domestic"]))
    if not j.no_day:
        p.pair("Bill month", j.month(1))
        p.pair("Due date", j.other_day(rng, 2, 12))
    if rebate:
        p.pair("Bill amount", rs(bill))
        p.pair("Early payment rebate", f"-{rs(rebate)}")
        p.pair("Amount paid", rs(j.amount), **({"amount": j.amount} if frame == "browser" else {}))
    else:
        p.pair("Bill amount", rs(bill), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(rng.choice(["Paid using", "Payment mode"]),
           {"UPI": "UPI", "netbanking": f"Current A/c {masked(rng, font)}", "wallet": "Amazon Pay balance"}[way],
           method=way)
    if not j.no_ref:
        bref = f"{code(rng, 2, UPPER)}0{digits(rng, 2)}{code(rng, 4, UPPER)}{digits(rng, 7)}"
        labelled(p, rng.choice(["B-Connect Txn ID", "BBPS Ref No."]), bref, txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.6:
            own = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            labelled(p, "Order ID", own, txn=(ORDER_RANK, own))
    if not j.no_day:
        labelled(p, {"success": "Paid on", "failed": "Attempted on", "pending": "Initiated on"}[status],
                 stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The board usually confirms within 48 hours. Please do not pay this bill again.")
    p.part = "foot"
    p.add("small", "Powered by Bharat Connect")
    return p.done()


# ---------------------------------------------------------------- 11. refunds and compensation for damaged garments


# frame, the way
REFUND_PAGES = [("voucher", "UPI"), ("gateway", "card"), ("bank", "IMPS"), ("mail", "UPI"), ("upi", "UPI"),
                ("voucher", "cheque"), ("gateway", "UPI"), ("mail", "NEFT")]
DAMAGES = [("Silk saree (Kanjeevaram)", "colour bleed after dry clean"), ("Wool blazer", "shrinkage"),
           ("Bridal lehenga", "zari and sequin damage"), ("Linen shirt", "burn mark while pressing"),
           ("Leather jacket", "discolouration"), ("Designer kurta", "torn at the seam"),
           ("Pashmina shawl", "hole after wash"), ("Suede shoes", "stain spread after spa")]
GATEWAY_REFUNDS = {1: ("Razorpay", "dashboard.razorpay.com/app/refunds"),
                   6: ("Cashfree Payments", "merchant.cashfree.com/pg/refunds")}
REFUND_BANK = ("Axis neo for business", (151, 20, 77), "app", "IMPS", "UTIB")


def garment_refunds(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The laundry paying a customer back for a damaged garment: its COMPENSATION VOUCHER / DAMAGE CLAIM SETTLEMENT
    (paper, the laundry on top, the payer: Voucher No., Date, Customer / Refund to / Paid to the customer (the payee),
    Bill No. of the order and Tag No. (no id), Garment and Damage, Cleaning charge, Declared value of garment,
    Compensation as per policy (10 x cleaning charge, max 50% of value), Add: Cleaning charge refunded, Total paid /
    Amount paid (the sum), the way and its reference or the cheque; SETTLED / COMPENSATION PAID), its apology mail
    (Dear <name>, we are sorry ..., Refunded to / Beneficiary, the same lines, Amount refunded, Mode, To, UTR / UPI Ref
    No., Refunded on, Status Refund processed), its bank app after the IMPS (Axis neo for business: Beneficiary / Pay
    to the customer, Remarks Compensation - damaged saree; Transfer failed - invalid beneficiary account), its PhonePe
    UPI to the customer (heldout125's screen) and its gateway's refund page for an app order (Razorpay, Cashfree
    Payments: the company | Live under it, Refund details, the refund large, Customer / Refunded to, Reason (Garment
    damaged - partial refund), Payment amount, Refund to Source - card / UPI, Refund ID, ARN / RRN, the original Payment
    ID (no id), Processed on / Initiated on; Refund processed / Refund in progress)."""
    k = place("garment_refunds")
    status = outcome(k, failed=(2,), pending=(6,))
    frame, way = REFUND_PAGES[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=400, high=9000, p_round=0.9, town=k)
    client = rng.choice(CUSTOMERS)
    j.to = client.upper() if rng.random() < 0.2 else client
    garment, damage = rng.choice(DAMAGES)
    charge = float(rng.choice([180, 250, 300, 350, 450, 800, 1200]))
    value = float(whole(charge * rng.uniform(12, 40), 100))
    comp = min(charge * 10, value * 0.5)
    add_back = rng.random() < 0.6
    j.amount = round(comp + (charge if add_back else 0.0), 2)
    trade, firm = LAUNDRIES[k]
    if frame == "upi":
        p = upi_result(rng, font, k, "PhonePe", status, j, client, WAIT)
        p.pair(rng.choice(["Note", "Message"]), f"Compensation - {garment.split(' (')[0].lower()}")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Share  |  Done")
        return p.done()
    if frame == "bank":
        return bank_page(rng, font, k, REFUND_BANK, j, url=None, payee_labels=["Beneficiary", "Pay to"],
                         notes=[f"Compensation - damaged {garment.split(' (')[0].lower()}", "Damage claim settlement",
                                "Refund - garment damage"], debit_name=firm, third_head="Quick transfer")
    if frame == "gateway":
        gw, url = GATEWAY_REFUNDS[k]
        paid = float(whole(rng.uniform(600, 4800), 1))
        j.amount = round(paid * rng.choice([0.5, 1.0]), 2)
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, gw)
        p.add("small", f"{firm}  |  Live")
        p.add("center", rng.choice(["Refund details", "Refund status"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Refund processed"], "pending": ["Refund in progress"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer", "Refunded to"]), j.to, merchant=j.to)
        wrap_pair(p, "Reason", "Garment damaged - " + ("full refund" if j.amount == paid else "partial refund"))
        p.pair("Payment amount", rs(paid))
        p.pair("Refund to", {"UPI": "Source - UPI", "card": f"Source - card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref:
            rid = f"rfnd_{code(rng, 14, MIXED)}" if gw == "Razorpay" else f"CF{digits(rng, 11)}"
            labelled(p, "Refund ID", rid, txn=(TXN_RANK, rid))
            if status == "success":
                arn = digits(rng, 23) if way == "card" else j.ref
                labelled(p, "ARN" if way == "card" else "RRN", arn, txn=(UTR_RANK, arn))
            p.pair("Payment ID", f"pay_{code(rng, 14, MIXED)}" if gw == "Razorpay" else digits(rng, 10))
        if not j.no_day:
            labelled(p, "Processed on" if status == "success" else "Initiated on", stamp(rng, j.date, PATS),
                     date=j.date)
        if status == "pending":
            p.add("small", "UPI refunds usually reach the customer within 48 hours.")
        p.part = "foot"
        p.add("small", "Refunds cannot be cancelled once initiated.")
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, f"{trade} Care <care@{SLUGS[k]}.in>",
                      ["We're sorry - your compensation is on its way", "Damage claim settled"])
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, trade)
        p.add("small", rng.choice(LAUNDRY_SUB))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {client.split()[0]}, we are sorry that your {garment.lower()} came back with "
                      f"{damage}. We have settled your claim as below.")
        wrap_pair(p, rng.choice(["Refunded to", "Beneficiary"]), j.to, merchant=j.to)
    else:
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
        letterhead(p, k, trade, ["COMPENSATION VOUCHER", "DAMAGE CLAIM SETTLEMENT"], sub=rng.choice(LAUNDRY_SUB),
                   merchant=False)
        if not j.no_ref:
            vno = f"CV/{j.year()}{rng.randrange(1, 200):03d}"
            p.pair("Voucher No.", vno, txn=(INVOICE_RANK, vno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Customer", "Refund to", "Paid to"]), j.to, merchant=j.to)
    p.pair("Bill No. / Tag No.", f"{rng.randrange(1000, 99999)} / {rng.randrange(1000, 9999)}")
    wrap_pair(p, "Garment", garment)
    wrap_pair(p, "Damage", damage.capitalize())
    p.pair("Cleaning charge", rs(charge))
    p.pair("Declared value of garment", rs(value))
    wrap_pair(p, "Compensation as per policy (10 x charge, max 50% of value)", rs(comp))
    if add_back:
        p.pair("Add: Cleaning charge refunded", rs(charge))
    if frame == "mail":
        p.pair("Amount refunded", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method=method_of(way))
        p.pair("To", f"XXXXXX{digits(rng, 4)}" if way != "UPI" else
               f"{handle_of(client)}{rng.randrange(10, 99)}@okicici")
        if not j.no_ref:
            if way == "NEFT":
                ref = neft_utr(rng.choice(["HDFC", "UTIB", "ICIC"]), rng, j.date)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            else:
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if not j.no_day:
            p.pair("Refunded on", j.day(rng), date=j.date)
        p.pair("Status", "Refund processed", status="success")
        p.part = "foot"
        p.add("small", "We have also shared your feedback with our plant's quality team.")
        return p.done()
    p.pair(rng.choice(["Total paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if way == "cheque":
        p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way, font), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way)
    p.add("center", rng.choice(["SETTLED", "COMPENSATION PAID"]), status="success")
    p.part = "foot"
    p.add("small", "Received the above in full and final settlement of my claim for the garment.")
    p.add("pair", "Customer's signature", "For the laundry")
    return p.done()


# ---------------------------------------------------------------- 12. the laundry software, GST and TDS


# kind, frame, the way
TAX_PAGES = [("saas", "browser", "card"), ("gst", "browser", "netbanking"), ("saas", "mail", "card"),
             ("tds", "browser", "netbanking"), ("gst", "paper", "card"), ("saas", "phone", "UPI"),
             ("tds", "app", "UPI"), ("gst", "browser", "neft")]
# product, site, company line, currency, plan, lines (label, quantity, rate), days to the next charge
SAAS = {0: ("QDC Laundry Software", "quickdrycleaning.com", "Quick Dry Cleaning Software Pvt Ltd", "INR",
            "Premium - 3 stores (annual)", [("Premium plan - per store", 3, 7960.0), ("SMS credits 10,000", 1,
                                                                                      1500.0)], 365),
        2: ("CleanCloud", "cleancloudapp.com", "Laundry POS & pickup-delivery software", "USD", "Grow (monthly)",
            [("Grow plan", 1, 99.0), ("Additional store", 2, 49.0), ("Driver app seats", 3, 10.0)], 30),
        5: ("Vyapar", "vyaparapp.in", "Simply Vyapar Apps Pvt Ltd", "INR", "Vyapar Gold - 1 year (3 devices)",
            [("Vyapar Gold licence", 1, 3999.0), ("Extra device", 2, 999.0)], 365)}
TDS_NATURE = [("194C", "Payment to contractors"), ("194-I(b)", "Rent on land, building or furniture"),
              ("194J(b)", "Fees for professional services"), ("192", "Salary")]


def software(rng: random.Random, font: str, k: int, j: Job, frame: str, way: str) -> tuple[list, dict, dict]:
    """The laundry's POS, pickup and billing software (QDC Laundry Software in rupees in a browser, CleanCloud in US
    dollars by mail, Vyapar in rupees on a phone): the product on top (the payee) and its company line or tagline,
    Subscription receipt / Payment receipt / Billing history, Bill to / Account / Business the laundry's company,
    GSTIN, Account ID / Store ID (no id), Plan, Billing period (no fact), the lines (Premium plan - per store 3 x 7,960,
    Grow plan $99.00, Additional store 2 x $49.00), Subtotal, IGST @ 18% / GST @ 18% or Tax 0.00 with "Reverse charge:
    IGST payable by the recipient on import of services", Total / Amount paid / Total charged or the sum large, Paid
    with (Visa / Mastercard ending n, UPI AutoPay (<vpa>)), Invoice No. / Receipt #, Payment ID / Transaction ID,
    Auth code, UPI Ref No., Charged on / Paid on / Attempted on, Next renewal (no fact); Paid / Payment successful /
    AutoPay debit failed - insufficient balance."""
    name, site, line, cur, plan, lines, days = SAAS[k]
    status = j.status
    if cur == "INR":
        show = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        mark = rng.choice(["$", "US$ ", "USD "])

        def show(value: float) -> str:
            return f"{mark}{value:,.2f}"
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Subscription", "Payment status"])
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} <billing@{site}>", [f"Your {name} receipt", "Payment received - thank you"])
    else:
        p = browser_page(rng, font, f"app.{site}/account/billing")
    to = name.upper() if rng.random() < 0.15 else name
    words = {"success": ["Paid", "Payment successful"], "failed": ["AutoPay debit failed - insufficient balance"]}
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", line)
    if frame == "phone":
        p.part = "body"
        outcome_row(p, status, words)
    else:
        p.add("center", rng.choice(["Subscription receipt", "Payment receipt", "Billing history"]))
        p.add("rule")
        p.part = "body"
    wrap_pair(p, rng.choice(["Bill to", "Account", "Business"]), LAUNDRIES[k][FIRM])
    if cur == "INR":
        p.pair("GSTIN", gstin(rng, TOWNS[k][4]))
    p.pair(rng.choice(["Account ID", "Store ID"]), f"{code(rng, 2, UPPER)}{digits(rng, 7)}")
    wrap_pair(p, "Plan", plan)
    if not j.no_day:
        end = j.date + dt.timedelta(days=days - 1)
        p.pair("Billing period", f"{when(j.date, '%d %b %Y')} - {when(end, '%d %b %Y')}")
    sub = 0.0
    for label, qty, rate in lines:
        sub += qty * rate
        wrap_pair(p, f"{label} {qty} x {show(rate)}" if qty > 1 else label, show(qty * rate))
    sub = round(sub, 2)
    p.pair(rng.choice(["Subtotal", "Sub total"]), show(sub))
    if cur == "INR":
        tax = round(sub * 0.18, 2)
        p.pair(rng.choice(["IGST @ 18%", "GST @ 18%"]), show(tax))
    else:
        tax = 0.0
        p.pair("Tax", show(0.0))
    total = round(sub + tax, 2)
    j.amount = total
    if frame == "phone":
        p.add("big", show(total), amount=total, cur=cur)
    else:
        p.pair(rng.choice(["Total", "Amount paid", "Total charged"]), show(total), amount=total, cur=cur)
    if cur != "INR":
        p.add("small", "Reverse charge: IGST payable by the recipient on import of services.")
    vpa = f"{SLUGS[k][:9]}@{rng.choice(['okhdfcbank', 'ybl', 'okicici'])}"
    p.pair(rng.choice(["Paid with", "Payment method"]),
           {"card": f"{rng.choice(['Visa', 'Mastercard'])} ending {digits(rng, 4)}", "UPI": f"UPI AutoPay ({vpa})"}[way],
           method=way)
    if not j.no_ref:
        if status == "success":
            inv = f"{code(rng, 3, UPPER)}-{rng.randrange(10000, 99999)}"
            labelled(p, rng.choice(["Invoice No.", "Receipt #"]), inv, txn=(INVOICE_RANK, inv))
        pid = f"ch_{code(rng, 16, MIXED)}" if cur != "INR" else f"TXN{digits(rng, 12)}"
        labelled(p, "Payment ID" if pid.startswith("ch_") else "Transaction ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "card" and rng.random() < 0.6:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        labelled(p, rng.choice(["Charged on", "Paid on"]) if status == "success" else "Attempted on",
                 stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            p.pair("Next renewal", when(j.date + dt.timedelta(days=days), rng.choice(DAY_PATS)))
    if frame != "phone":
        p.pair("Status", rng.choice(words[status]), status=status)
    if status == "failed":
        p.add("small", "We will retry the debit in 2 days. Your billing stays active for 7 days.")
    p.part = "foot"
    p.add("small", rng.choice(["Manage your plan under Settings > Subscription.", "Questions? Reply to this mail."]))
    return p.done()


def gst_receipt(rng: random.Random, font: str, k: int, j: Job, frame: str, way: str) -> tuple[list, dict, dict]:
    """The GST portal's GST PMT-06 - Payment Receipt / Receipt of Payment (GST PMT-06) / e-Challan Receipt (a browser
    or printed; no payee): Goods and Services Tax on top, CPIN and Created on (no fact), GSTIN, Taxpayer name / Legal
    name, Trade name, Tax period / Return period (no fact), IGST / CGST / SGST / UTGST heads as Tax / Interest / Late
    fee / Penalty rows, Total amount / Grand total (the sum), Mode (E-Payment (Net Banking), Credit / Debit Card,
    NEFT / RTGS), Bank, CIN, BRN, Deposit date / Date of payment, Time; Paid / Payment
    successful / Challan generated - NEFT / RTGS payment awaited from bank."""
    town = k
    if frame == "browser":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/receipt")
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, "Goods and Services Tax")
    p.add("small", "Government of India, States and Union Territories")
    p.add("center", rng.choice(["GST PMT-06 - Payment Receipt", "Receipt of Payment (GST PMT-06)", "e-Challan Receipt"]))
    p.add("rule")
    p.part = "body"
    words = {"success": ["Paid", "Payment successful"],
             "pending": ["Challan generated - NEFT / RTGS payment awaited from bank"]}
    if frame == "browser":
        outcome_row(p, j.status, words)
    if not j.no_ref and not j.no_day:
        cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[town][4]}{digits(rng, 8)}"
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair("Created on", j.other_day(rng, -3, 0))
    p.pair("GSTIN", gstin(rng, TOWNS[town][4]))
    wrap_pair(p, rng.choice(["Taxpayer name", "Legal name"]), LAUNDRIES[town][FIRM].upper())
    wrap_pair(p, "Trade name", LAUNDRIES[town][TRADE])
    if not j.no_day:
        period = j.date.replace(day=1) - dt.timedelta(days=1)
        p.pair(rng.choice(["Tax period", "Return period"]), when(period, rng.choice(["%m/%Y", "%b-%Y", "%B %Y"])))
    p.add("rule")
    tax = float(whole(rng.uniform(9000, 260000), 1))
    heads = [("CGST - Tax", tax), ("SGST - Tax", tax)]
    if rng.random() < 0.35:
        heads += [("CGST - Interest", float(rng.randrange(60, 3000))), ("SGST - Interest", 0.0)]
        heads[-1] = ("SGST - Interest", heads[-2][1])
    if rng.random() < 0.25:
        heads += [("CGST - Late fee", 250.0), ("SGST - Late fee", 250.0)]
    if rng.random() < 0.3:
        heads.append(("IGST - Tax", float(whole(rng.uniform(2000, 40000), 1))))
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total amount", "Grand total"]), rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair(rng.choice(["Mode of payment", "Payment mode"]),
           {"netbanking": "E-Payment (Net Banking)", "neft": "NEFT / RTGS", "card": "Credit / Debit Card"}[way],
           method={"neft": "netbanking"}.get(way, way))
    p.pair(rng.choice(["Bank", "Bank name"]), rng.choice(BANKS[:8]))
    if j.status == "success" and not j.no_ref:
        if not j.no_day:
            cin = f"{rng.choice(['HDFC', 'ICIC', 'UTIB', 'SBIN'])}{j.date:%y}{TOWNS[town][4]}{digits(rng, 12)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
        p.pair("BRN", brn, txn=(BANK_RANK, brn))
    if j.status == "success":
        if not j.no_day:
            p.pair(rng.choice(["Deposit date", "Date of payment"]), j.day(rng), date=j.date)
        p.pair("Time", hhmm(rng, twelve=False, seconds=True))
    elif not j.no_day:
        p.pair("Challan date", j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", rng.choice(words[j.status]), status=j.status)
    if j.status == "pending":
        p.add("small", "Take the mandate form to your bank and remit by NEFT / RTGS; the receipt is issued once the "
                       "bank's credit is reported.")
    p.part = "foot"
    p.add("small", "Note: This is a system generated receipt.")
    return p.done()


def tds_receipt(rng: random.Random, font: str, k: int, j: Job, frame: str, way: str) -> tuple[list, dict, dict]:
    """The TDS the laundry deducted (riders' and contractors' 194C, rent 194-I(b), professionals 194J(b), salaries
    192) paid by ITNS 281: the e-filing portal's e-Pay Tax - Challan Receipt (ITNS 281) in a browser (Income Tax
    Department on top, no payee) or IDFC FIRST Bank Business's Direct Tax Payment screen (the sum large): TAN, Name,
    Assessment Year (no fact), Major Head, Minor Head (200) TDS/TCS Payable by Taxpayer, Nature of Payment, Amount (in
    Rs.), CRN (a document's number) and CRN valid till (no fact), Paid from / Paid using, Bank, BSR Code and Challan
    Sr. No. (no id), CIN, BRN / Bank Reference Number, UPI Ref No., Date of deposit / Paid on, the Tax Breakup (A Tax
    ... F Fee u/s 234E, Total); Payment Successful / Challan paid."""
    holder = LAUNDRIES[k][FIRM].upper()
    tan = f"{TOWNS[k][0][:3].upper()}{code(rng, 1, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}"
    major = "(0020) Corporation Tax" if holder.endswith("PVT LTD") else "(0021) Income Tax (Other than Companies)"
    section, nature = rng.choice(TDS_NATURE)
    tax = float(rng.randrange(8, 600) * 100)
    parts = [("Tax", tax), ("Surcharge", 0.0), ("Cess", 0.0),
             ("Interest", float(rng.randrange(2, 40) * 25) if rng.random() < 0.35 else 0.0), ("Penalty", 0.0),
             ("Fee u/s 234E", float(rng.randrange(2, 20) * 200) if rng.random() < 0.2 else 0.0)]
    total = round(sum(v for _, v in parts), 2)
    j.amount = total
    words = {"success": ["Payment Successful", "Challan paid"]}
    if frame == "app":
        p = phone_page(rng, font, k, ["", "Direct tax", "e-Pay Tax"])
        rs = money(rng, font, 0.5)
        head(p, "IDFC FIRST Bank Business", (155, 30, 35), p.style["h106"]["dark"], ["Direct Tax Payment",
                                                                                     "ITNS 281 - TDS"])
        p.part = "body"
        outcome_row(p, j.status, words)
        p.add("big", rs(total), amount=total)
    else:
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/challan-receipt")
        rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, "Income Tax Department")
        p.add("small", "Government of India")
        p.add("center", "e-Pay Tax - Challan Receipt (ITNS 281)")
        p.add("rule")
        p.part = "body"
        outcome_row(p, j.status, words)
    p.pair("TAN", tan)
    wrap_pair(p, "Name", holder)
    if not j.no_day:
        y = int(fy(j.date)[:2]) + 1
        p.pair("Assessment Year", f"20{y}-{y + 1}")
    wrap_pair(p, "Major Head", major)
    wrap_pair(p, "Minor Head", "(200) TDS/TCS Payable by Taxpayer")
    wrap_pair(p, "Nature of Payment", f"{section} - {nature}")
    if frame != "app":
        p.pair("Amount (in Rs.)", rs(total), amount=total)
        p.add("small", f"Amount (in words): {words_in_rupees(total)}")
    if not j.no_ref:
        crn = f"{rng.choice('13579')}{digits(rng, 13)}"
        labelled(p, rng.choice(["CRN", "Challan Reference Number (CRN)"]), crn, txn=(INVOICE_RANK, crn))
        if not j.no_day:
            p.pair("CRN valid till", j.other_day(rng, 8, 15))
    if way == "UPI":
        p.pair("Paid using", "UPI (IDFC FIRST Bank Business)", method="UPI")
    else:
        p.pair(rng.choice(["Payment mode", "Paid from"]), rng.choice(["Net Banking", "Current A/c " + masked(rng, font)]),
               method="netbanking")
    p.pair("Bank", "IDFC FIRST Bank" if frame == "app" else rng.choice(BANKS[:8]))
    bsr, serial = digits(rng, 7), f"{rng.randrange(1, 99999):05d}"
    p.pair("BSR Code", bsr)
    if not j.no_ref:
        p.pair("Challan Sr. No.", serial)
        if not j.no_day:
            cin = f"{bsr}{j.date:%d%m%Y}{serial}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
        p.pair(rng.choice(["BRN", "Bank Reference Number"]), brn, txn=(BANK_RANK, brn))
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day:
        p.pair(rng.choice(["Date of deposit", "Paid on"]), j.day(rng), date=j.date)
    if frame != "app":
        p.add("rule")
        p.add("left", "Tax Breakup Details (Amount in Rs.)")
        for letter, (label, value) in zip("ABCDEF", parts):
            p.pair(f"{letter}  {label}", rs(value))
        p.pair("Total (A+B+C+D+E+F)", rs(total))
    p.part = "foot"
    p.add("small", "The challan is credited to the deductor's TAN once the bank reports it.")
    return p.done()


def software_taxes(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The laundry's software (``software``: three) and its GST (``gst_receipt``: three) and TDS (``tds_receipt``:
    two) challans."""
    k = place("software_taxes")
    status = outcome(k, failed=(5,), pending=(7,))
    kind, frame, way = TAX_PAGES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, town=k)
    if kind == "saas":
        return software(rng, font, k, j, frame, way)
    if kind == "gst":
        return gst_receipt(rng, font, k, j, frame, way)
    return tds_receipt(rng, font, k, j, frame, way)


compose = compose121

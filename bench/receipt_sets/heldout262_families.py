"""The twelve heldout262 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kinnal wooden craft house's day in 2026 in Koppal district, Karnataka (Kinhal
Chitragara Kale Pvt Ltd, its carving and lacquer workshop in the Chitragar lane at Kinnal, Kinhal Chitragara
Karyagara, where the carvers cut Garuda, Hanuman, Nandi, horses, elephants and Dasara doll sets out of light
hale wood, the painters lay the gesso, the lac colours and the gold foil (tagadu) and old temple figures are
restored by the piece; its wood seasoning and blank turning unit at Bhagyanagar, Kinhal Mara Hadagu Ghataka,
which sells turned blanks by the cubic foot to the painters' co-operative and its sawdust and shavings by
weight to a Hubballi particle board works; and its showroom on Hampi Road, Hosapete, Kinhal Kale Mandira, which
takes temple and jatra committees' orders for processional vahanas by the foot of height and keeps a stall at
Hampi Utsav), told by the proofs of payment it receives and makes: Google Pay's conversation, CRED's, MobiKwik's,
YONO SBI's, super.money's and Canara ai1's screens and the web shop's PayU and Easebuzz pages; Cauvery's,
Lepakshi's, a Mysuru doll house's, a Bengaluru toy company's, a Hampi resort's, a Hyderabad e-shop's, a Goa
museum shop's and the Gavimath trust's payment advices (a letter, an ERP remittance advice, the payer's bank's
e-mail, a supplier portal); inward wires from Kyoto, Melbourne, Toronto, Gothenburg, Kuwait, Wellington,
Penang and Cape Town in yen, Australian and Canadian dollars, Swedish kronor, Kuwaiti dinars, New Zealand
dollars, ringgit and rand (a full MT103 print, a FIRA, a tracker, e-mails and a Skydo page); its own money
receipts, bills, memos and an advance receipt voucher; the timber depot's, the lac works', the foil house's,
the pigment house's and the box maker's invoices (Tally's and e-invoices); yono BUSINESS, HDFC Bank ENet and KBL
eCorp transfers; the carvers', painters' and sawyer's vouchers, Open payouts and a Google Pay and a Paytm
payment to helpers; Koppal CMC's trade licence on Karnataka One, a GST PMT-06 receipt, an income-tax challan, the
professional tax, the forest transit permit fee, KSPCB, ESIC and EPFO; the insurers' receipts; card slips;
GESCOM's power and the fibre, postpaid, DTH and gas bills on Bharat Connect; the banks' SMS and e-mail alerts.
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows
the page keeps. ``Job``, ``date_row`` and ``letterhead`` are heldout167's; ``neft_way`` and ``way_method``
heldout203's; ``fy`` and ``earlier`` heldout202's; the page frames heldout140's; ``right`` heldout152's;
``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place``
heldout123's; ``top`` heldout122's; ``stamp`` heldout121's; ``outcome`` heldout119's; ``masked`` and ``money``
heldout118's; ``compose`` heldout158's (as heldout261's). The pages' layouts and wordings are this set's own."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import AMBER, BANK_RANK, GREEN, ORDER_RANK, RED, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import stamp
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"
COLOURS = {"success": GREEN, "pending": AMBER, "failed": RED}

COMPANY = "Kinhal Chitragara Kale Pvt Ltd"
COMPANY_CAPS = "KINHAL CHITRAGARA KALE PVT LTD"
SHORT = "Kinhal Chitragara"
WORKSHOP = "Kinhal Chitragara Karyagara"
WOODYARD = "Kinhal Mara Hadagu Ghataka"
SHOWROOM = "Kinhal Kale Mandira"
# unit: its line, address, GST state code
UNITS = {
    "workshop": (
        "Carving and lacquer workshop - Kinnal toys and temple carvings",
        "Chitragar Oni, Kinnal, Koppal Taluk and District, Karnataka",
        "29",
    ),
    "wood": (
        "Wood seasoning and blank turning unit",
        "KIADB Industrial Area, Bhagyanagar, Koppal - 583231, Karnataka",
        "29",
    ),
    "showroom": (
        "Kinnal toys, Dasara doll sets and temple vahanas - retail and temple orders",
        "Hampi Road, near Rotary Circle, Hosapete - 583201, Karnataka",
        "29",
    ),
}
# Hampi Utsav, 2026: 6 to 8 February at Kamalapura
FAIR_START = dt.date(2026, 2, 6)
DAY_PATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d}/{m}/%Y",
    "%d %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%d %B, %Y",
    "%b {d}, %Y",
    "%d/%m/%y",
]
BANKS = [
    "Canara Bank",
    "State Bank of India",
    "Karnataka Bank",
    "Bank of Baroda",
    "HDFC Bank",
    "Axis Bank",
    "Karnataka Gramin Bank",
    "Union Bank of India",
    "Kotak Mahindra Bank",
    "Federal Bank",
    "Yes Bank",
    "Punjab National Bank",
]
IFSC = {
    "Canara Bank": "CNRB",
    "State Bank of India": "SBIN",
    "Karnataka Bank": "KARB",
    "Bank of Baroda": "BARB",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Karnataka Gramin Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
    "Federal Bank": "FDRL",
    "Yes Bank": "YESB",
    "Punjab National Bank": "PUNB",
    "ICICI Bank": "ICIC",
    "Indian Bank": "IDIB",
}
DOMAINS = {
    "Canara Bank": "canarabank.bank.in",
    "State Bank of India": "sbi.bank.in",
    "Karnataka Bank": "karnatakabank.bank.in",
    "Bank of Baroda": "bankofbaroda.bank.in",
    "HDFC Bank": "hdfcbank.net",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "Federal Bank": "federalbank.co.in",
    "Yes Bank": "yesbank.in",
    "Punjab National Bank": "pnb.bank.in",
}


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def day_pair(p: Screen, j: Job, labels: list[str], pats: list[str] = DAY_PATS, *, upper: bool = False) -> None:
    """The payment's day under one of ``labels``, none on the page that prints no day."""
    if j.no_day:
        return
    rng = p.rng
    text = when_in(j, pats, rng)
    wrap_pair(p, rng.choice(labels), text.upper() if upper else text, date=j.date)


def stacked(p: Screen, label: str, value: str, **facts) -> None:
    """A bank app's field: the label small over its value, both centred."""
    p.add("small", label)
    p.add("center", value, **facts)


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R{rng.choice('56')}{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def dot(font: str) -> str:
    return sign(font, "\u2022", "|")


def screen_day(rng: random.Random, day: dt.date) -> str:
    """A screen's day and hour with no label: 14/10/2026, 16:12 / Oct 14, 2026 | 4:12 PM / 4:12 pm | Wed, 14
    Oct 2026 / 2026-10-14 16:12:05."""
    pick = rng.randrange(4)
    if pick == 0:
        return f"{when(day, '%d/%m/%Y')}, {hhmm(rng, twelve=False)}"
    if pick == 1:
        return f"{when(day, '%b {d}, %Y')} | {hhmm(rng, zero=False)}"
    if pick == 2:
        return f"{hhmm(rng, lower=True, zero=False)} | {when(day, '%a, {d} %b %Y')}"
    return f"{when(day, '%Y-%m-%d')} {hhmm(rng, twelve=False, seconds=True)}"


def gst_split(p: Screen, rs, taxable: float, rate: float, inter: bool, *, rated: bool = True) -> float:
    """CGST and SGST (or IGST) on ``taxable``; the tax added."""
    tax = round(taxable * rate / 100, 2)
    if inter:
        p.pair(f"IGST @ {rate:g}%" if rated else "IGST", rs(tax))
        return tax
    half = round(tax / 2, 2)
    p.pair(f"CGST @ {rate / 2:g}%" if rated else "CGST", rs(half))
    p.pair(f"SGST @ {rate / 2:g}%" if rated else "SGST", rs(half))
    return round(2 * half, 2)


def slash_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Karnataka bill book writes them: on some pages a whole sum closed with /- (Rs. 4,000/-)."""
    rs = money(rng, font, 0.0, marks=marks)
    slashed = rng.random() < 0.45

    def show(value: float) -> str:
        if slashed and value == int(value):
            whole = num(value, rs.grouping).partition(".")[0]
            return f"{rs.mark}{rs.gap}{whole}/-".strip()
        return rs(value)

    return show


# ---------------------------------------------------------------- 1. buyers: UPI apps, the web shop


UPI_APPS = ["Google Pay", "PayU", "CRED", "MobiKwik", "YONO SBI", "Easebuzz", "super.money", "Canara ai1"]
SHOP_VPAS = ["kinhalkalemandira@sbi", "kinhal.chitragara@kotak", "q482917563@ybl", "kinhalkale@cnrb"]
UPI_IDS = {
    "Google Pay": (["UPI transaction ID"], "Google transaction ID"),
    "CRED": (["UTR", "bank reference no."], "CRED transaction ID"),
    "MobiKwik": (["UPI Ref. No.", "RRN"], "MobiKwik txn ID"),
    "YONO SBI": (["UPI Reference Number"], "YONO transaction ID"),
    "super.money": (["UPI Reference ID", "UTR"], "super.money ID"),
    "Canara ai1": (["RRN", "UPI Ref. No."], "Transaction Ref. No."),
}
PAYERS_UPI = [
    "Pavitra Hegde",
    "Hotel Malligi Hosapete",
    "Raghavendra Joshi",
    "Emma Lindqvist",
    "Sri Raghavendra Swamy Math",
    "Nandini Patil",
    "Kishkinda Heritage Homestay",
    "Anand Kumar Gowda",
]
UPI_NOTES = (
    ["Kinnal parrot pair", "Doll set for Dasara", "Ganesha 9 inch", "Horse and rider toy", "Kitchen toy set"],
    ["Garuda 3 ft carving", "Dasara gombe set of 11", "Nandi vahana balance", "Temple door panel", "Hanuman 4 ft"],
)
# the buyer, the goods, the sum (low, high)
WEB_ORDERS = [
    ("Ms. Shruti Nadkarni, Kothrud, Pune", "Kinnal Dasara doll set, 11 figures, lacquered", 2400, 9800),
    ("Mr. Arvind Raman, Besant Nagar, Chennai", "Garuda carving, 24 in, gold foil", 5200, 18000),
    ("Mrs. Lakshmi Prasad, Banjara Hills, Hyderabad", "Nandi with howdah, 30 in, temple finish", 8800, 34000),
    ("Dr. Meera Kulkarni, Dharwad", "Parrot, peacock and horse toys, set of 6", 1400, 5200),
]


def upi_screen(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """A UPI app's screen after paying the showroom or the company, in one of four layouts: Google Pay's
    conversation (the payee on top with its UPI ID, the payment as a bubble: You paid / Payment, the sum large,
    the outcome and the day on one line); stacked fields (YONO SBI, Canara ai1: each label small over its
    value, the status or the sum first); a From / To card (the outcome, From the payer, To the payee with its
    UPI ID, the sum at the foot of the card); the sum large with the payee on the line under it (paid to /
    sent to / paying / to <payee>), the outcome and the day with no label."""
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    vpa = rng.choice(SHOP_VPAS)
    payer = PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)]
    source = f"{rng.choice(BANKS[:9])} XX{digits(rng, 4)}"
    note = rng.choice(UPI_NOTES[j.amount >= 5000])
    ref_labels, own_label = UPI_IDS[app]
    own = ""
    if app == "Google Pay":
        own = f"CICAgO{code(rng, 12, MIXED)}"
    elif app == "CRED":
        own = f"CRD{j.date:%y%m%d}{code(rng, 10, ALNUM)}"
    elif app == "MobiKwik":
        own = f"MBK{digits(rng, 16)}"
    elif app == "YONO SBI":
        own = f"IF{digits(rng, 10)}"
    elif app == "super.money":
        own = f"SM{j.date:%y%m%d}{digits(rng, 12)}"
    else:
        own = f"CNR{digits(rng, 14)}"

    def ids() -> None:
        if j.no_ref:
            return
        pairs = [(rng.choice(ref_labels), j.ref, UTR_RANK)]
        if rng.random() < 0.75:
            pairs.append((own_label, own, TXN_RANK))
        if rng.random() < 0.4:
            pairs.reverse()
        for label, value, rank in pairs:
            wrap_pair(p, label, value, txn=(rank, value))

    layout = {
        "Google Pay": "chat",
        "CRED": "inline",
        "MobiKwik": rng.choice(["card", "inline"]),
        "YONO SBI": "fields",
        "super.money": rng.choice(["inline", "card"]),
        "Canara ai1": "fields",
    }[app]
    if layout == "chat":
        p = phone_page(rng, font, k, [""])
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", vpa, method="UPI")
        p.add("rule")
        p.part = "body"
        p.add("gap")
        p.add("center", "You paid" if status == "success" else "Payment")
        p.add("big", rs(j.amount), amount=j.amount)
        word = rng.choice(
            {"success": ["Paid", "Completed"], "pending": ["Processing"], "failed": ["Failed"]}[status]
        )
        if j.no_day:
            p.add("small", word, status=status)
        else:
            day = when(j.date, rng.choice(["%d %b %Y", "{d} %b %Y", "%d/%m/%Y"]))
            p.add("small", f"{word} {dot(font)} {day}", status=status, date=j.date)
        p.accent(COLOURS[status])
        if status == "failed":
            p.add("small", "Your bank declined this payment. No money was debited.")
        p.add("rule")
        p.add("left", "Payment details")
        p.pair("Note", note)
        wrap_pair(p, "From", f"{payer} ({source})")
        ids()
        p.part = "foot"
        p.add("small", "Pay  |  Request  |  Message")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment status", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    if layout == "fields":
        words = {
            "success": ["SUCCESS", "Completed"],
            "pending": ["PENDING - awaiting response from the payee's bank"],
            "failed": ["FAILED - U30 debit declined by your bank"],
        }
        labels = ["Beneficiary Name", "Payee Name"] + (["Paid To"] if status == "success" else [])
        word = rng.choice(words[status])
        status_first = rng.random() < 0.6

        def status_field() -> None:
            stacked(p, rng.choice(["Transaction Status", "Status"]), word, status=status)

        if status_first:
            status_field()
        stacked(p, rng.choice(["Amount", "Transaction Amount"]), rs(j.amount), amount=j.amount)
        if not status_first:
            status_field()
        stacked(p, rng.choice(labels), to, merchant=to)
        stacked(p, rng.choice(["Beneficiary VPA", "Payee UPI ID"]), vpa, method="UPI")
        stacked(p, "Remarks", note)
        if not j.no_day:
            stacked(
                p,
                rng.choice(["Transaction Date & Time", "Date and Time"]),
                stamp(rng, j.date, ["%d-%m-%Y", "%d/%m/%Y", "%d %b %Y"], twelve=rng.random() < 0.5),
                date=j.date,
            )
        if not j.no_ref:
            stacked(p, rng.choice(ref_labels), j.ref, txn=(UTR_RANK, j.ref))
            stacked(p, own_label, own, txn=(TXN_RANK, own))
        stacked(p, rng.choice(["Debit Account", "From Account"]), f"XXXXXXX{digits(rng, 4)}")
        p.accent(COLOURS[status])
    elif layout == "card":
        words = {
            "success": ["Money sent successfully", "Payment completed"],
            "pending": ["Awaiting bank confirmation - do not pay again"],
            "failed": ["Payment unsuccessful - money not debited"],
        }
        outcome_row(p, status, words)
        if not j.no_day and rng.random() < 0.5:
            p.add("small", screen_day(rng, j.date), date=j.date)
            dated = True
        else:
            dated = False
        p.add("rule")
        wrap_pair(p, "From", payer)
        p.add("small", source)
        wrap_pair(p, "To", to, merchant=to)
        p.add("small", vpa, method="UPI")
        p.add("rule")
        p.pair(rng.choice(["Amount", "Total"]), rs(j.amount), amount=j.amount)
        p.add("gap")
        p.pair("Message", note)
        ids()
        if not dated:
            date_row(p, j, ["Date", "On"], hour=True)
    else:
        words = {
            "success": ["payment successful", "payment complete"],
            "pending": ["payment in progress - check back in 30 min"],
            "failed": ["payment failed - your bank declined it"],
        }
        lead = rng.choice({"success": ["paid to", "sent to"], "pending": ["paying"], "failed": ["to"]}[status])
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("center", f"{lead} {to}", merchant=to)
        p.add("small", vpa, method="UPI")
        outcome_row(p, status, words)
        if not j.no_day:
            p.add("small", screen_day(rng, j.date), date=j.date)
        p.add("rule")
        p.pair(rng.choice(["note", "Message"]), note)
        wrap_pair(p, rng.choice(["paid from", "Bank account"]), source)
        ids()
    if status == "pending":
        p.add("small", "The payee's bank has not confirmed yet. Do not pay again for 48 hours.")
    p.part = "foot"
    p.add("small", rng.choice(["Share  |  Get help", "Need help with this payment?", "UPI  |  NPCI"]))
    return p.done()


def gateway_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The web shop's PayU or Easebuzz page after a buyer paid: PayU's order summary first (Item / Product,
    Customer / Bill to, Total paid / Amount (INR)), then the outcome and the payment details (Payment mode,
    PayU ID, Transaction ID, Bank Ref No. / Auth code, Date & time / Transaction on); Easebuzz's two-column
    table headed Particulars / Details with the Status and the Amount as its first rows (Easebuzz ID, Merchant
    txn ID, Bank Ref. No. / Auth code, Paid on)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = WEB_ORDERS[(k + rng.randrange(3)) % len(WEB_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    if app == "PayU":
        url = "u.payu.in/" + ("receipt" if j.no_ref else f"PAYUMN/{code(rng, 10, MIXED)}")
    else:
        url = "pay.easebuzz.in/" + ("status" if j.no_ref else f"link/{code(rng, 12, MIXED)}")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", rng.choice(["Kinnal toys and temple carvings  |  Hosapete", "kinhalkale.in  |  Secure payment"]))
    p.add("rule")
    p.part = "body"
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI (QR)", "UPI intent"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:6])}",
    }[way]
    order_id = f"KKM{j.date:%y%m}{digits(rng, 6)}"

    def third() -> None:
        if way == "UPI":
            lab = "Bank Ref No. (UTR)" if app == "PayU" else "Bank Ref. No."
            p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref No." if app == "PayU" else "Bank Ref. No.", bref, txn=(BANK_RANK, bref))

    if app == "PayU":
        words = {"success": ["Payment received", "Thank you! Your payment was successful"]}
        p.add("left", "Order summary")
        wrap_pair(p, rng.choice(["Item", "Product"]), what)
        wrap_pair(p, rng.choice(["Customer", "Bill to"]), who)
        p.pair(rng.choice(["Total paid", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        p.add("rule")
        outcome_row(p, status, words)
        p.add("left", "Payment details")
        wrap_pair(p, "Payment mode", shown, method=way)
        if not j.no_ref:
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            p.pair("Transaction ID", order_id, txn=(ORDER_RANK, order_id))
            third()
        date_row(p, j, ["Date & time", "Transaction on"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by PayU Payments Pvt Ltd  |  PCI DSS compliant")
        return p.done()
    word = rng.choice(["Success", "Payment successful"])
    p.add("pair", "Particulars", "Details")
    p.add("rule")
    p.pair("Status", word, status=status)
    p.accent(GREEN)
    p.pair("Amount", rs(j.amount), amount=j.amount)
    wrap_pair(p, "Customer name", who.split(", ")[0])
    wrap_pair(p, "Product info", what)
    wrap_pair(p, "Payment mode", shown, method=way)
    if not j.no_ref:
        eid = f"E{j.date:%y%m%d}{code(rng, 7, ALNUM)}"
        p.pair("Easebuzz ID", eid, txn=(TXN_RANK, eid))
        p.pair("Merchant txn ID", order_id, txn=(ORDER_RANK, order_id))
        third()
    date_row(p, j, ["Paid on", "Payment date"], hour=True)
    p.add("rule")
    p.part = "foot"
    p.add("small", "Powered by Easebuzz  |  Easebuzz Pvt Ltd, Pune")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Temple visitors, hotels, maths, homestays and shops paying the showroom or the company: Google Pay's
    conversation, CRED's and super.money's sum with the payee on the line under it, MobiKwik's From / To card,
    YONO SBI's and Canara ai1's stacked fields, and the web shop's PayU and Easebuzz pages (see ``upi_screen``
    and ``gateway_page``)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=350, high=42000, p_round=0.8)
    app = UPI_APPS[k]
    if app in ("PayU", "Easebuzz"):
        return gateway_page(rng, font, k, j, app, status)
    return upi_screen(rng, font, k, j, app, status)


# ---------------------------------------------------------------- 2. Cauvery, Lepakshi, shops, the trust


# payer, its mail domain, its desk, the frame, the tax it takes off, the goods
ADV_PAYERS = [
    (
        "Karnataka State Handicrafts Development Corporation Ltd",
        "cauveryhandicrafts.net",
        "Cauvery Arts & Crafts Emporium, M.G. Road, Bengaluru",
        "letter",
        "state",
        "toys",
    ),
    (
        "Andhra Pradesh Handicrafts Development Corporation Ltd",
        "lepakshihandicrafts.gov.in",
        "Lepakshi Handicrafts Emporium, Gandhinagar, Vijayawada",
        "erp",
        "inter",
        "toys",
    ),
    ("Mysuru Gombe Mane", "gombemane.in", "Sayyaji Rao Road, Mysuru", "bankmail", "", "dolls"),
    ("Kalpavriksha Toys & Learning Pvt Ltd", "kalpavrikshatoys.in", "Indiranagar, Bengaluru", "portal", "194q", "toys"),
    ("Tungabhadra Heritage Resorts Pvt Ltd", "tbheritage.in", "Kamalapura, Hampi", "erp", "194q", "carvings"),
    ("Deccan Kala Bazaar Online LLP", "deccankalabazaar.com", "Jubilee Hills, Hyderabad", "bankmail", "", "toys"),
    ("Fontainhas Gallery & Museum Shop", "fontainhasgallery.in", "Fontainhas, Panaji, Goa", "portal", "", "dolls"),
    ("Sri Gavisiddeshwara Math Trust", "gavimath.org", "Gavimath, Koppal", "letter", "", "carvings"),
]
# unit, price a piece (low, high), the goods' line on a bill
ADV_GOODS = {
    "toys": ("pcs", 180, 2400, "Kinnal lacquered toys"),
    "dolls": ("sets", 2200, 9500, "Dasara doll sets (gombe), 11 figures"),
    "carvings": ("pcs", 9000, 64000, "Temple carvings (Garuda, Nandi, dwarapalaka)"),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Cauvery (the Karnataka State Handicrafts Development Corporation) and Lepakshi (the Andhra Pradesh
    Handicrafts Development Corporation), a Mysuru doll house, a Bengaluru toy company, a Hampi resort, a
    Hyderabad e-shop, a Goa museum shop and the Gavimath trust paying for toys, doll sets and carvings, in four
    layouts: a letter (the payer on top, its desk, Ref. No., To, the payee's name and address, Sir, Sub:
    Release of payment against your supply bills - reg., a sentence that tells the payment or the hold or the
    return, the bills as Bill No. <no> dt. <day> rows, the deductions and Net amount released / Amount
    withheld / Amount returned, <way> UTR, Status: Payment released / on hold / returned, Yours faithfully); an
    ERP remittance advice (REMITTANCE ADVICE / Payment
    advice - vendor: Vendor, Vendor name, Payment document, Value date, Payment method, UTR, Currency, the
    status, then the bills in columns: Reference, Doc. date, Gross, the deductions and Net payment / Net
    blocked / Net returned); the payer's bank's e-mail sent on
    its behalf (HDFC Bank ENet / Axis Bank corporate payment advice: "<payer> has made a payment of <sum> to
    <payee> through <way> on <day>." or "has scheduled a payment" / "was returned by the beneficiary's bank",
    then Created on / Submitted on or Returned on where the sentence has no day, Beneficiary account, UTR
    No., Payment reference, Status: Credited to beneficiary / Pending authorisation / Returned, Remarks from the
    payer: the bills); a supplier portal
    (the payer's portal on top, the status, the sum large, Paid to / Supplier, Payment No., Bank UTR, Paid on,
    Invoices in this payment). GST at 5% on the goods; TDS under GST (CGST @ 1% and SGST @ 1%) on Cauvery's,
    IGST @ 2% on Lepakshi's, TDS u/s 194Q @ 0.1% on the toy company's and the resort's; Less: Paint chipped in
    transit - n pcs / Less: Short supply - n pcs / Less: Late supply deduction @ 1% on some."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    payer, domain, desk, frame, tax, goods = ADV_PAYERS[k]
    unit, lo, hi, line = ADV_GOODS[goods]
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9", "Rs"))
    bills = []
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(2, 60) if goods == "toys" else rng.randrange(1, 8)
        price = float(round(rng.uniform(lo, hi), -1))
        value = round(qty * price * 1.05, 2)
        no = f"KCK/{fy(j.date)}/{rng.randrange(40, 1900):04d}"
        bills.append((no, earlier(rng, j, 9, 70), qty, value))
    gross = round(sum(b[3] for b in bills), 2)
    base = round(gross / 1.05, 2)
    cuts: list[tuple[str, float]] = []
    if tax == "state":
        cuts += [("Less: TDS under GST - CGST @ 1%", round(base * 0.01, 2))]
        cuts += [("Less: TDS under GST - SGST @ 1%", round(base * 0.01, 2))]
    elif tax == "inter":
        cuts += [("Less: TDS under GST - IGST @ 2%", round(base * 0.02, 2))]
    elif tax == "194q":
        cuts += [("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    pick = rng.random()
    if pick < 0.25:
        bad = rng.randrange(1, 3)
        price = round(bills[0][3] / bills[0][2], 2)
        cuts.append((f"Less: Paint chipped in transit - {bad} {unit if bad > 1 else unit[:-1]}", round(bad * price, 2)))
    elif pick < 0.4:
        bad = 1
        price = round(bills[-1][3] / bills[-1][2], 2)
        cuts.append((f"Less: Short supply - 1 {unit[:-1]}", price))
    elif pick < 0.55:
        cuts.append(("Less: Late supply deduction @ 1%", round(base * 0.01, 2)))
    j.amount = round(gross - sum(c[1] for c in cuts), 2)
    way = neft_way(rng, j.amount)
    ref = bank_ref(rng, j, rng.choice(["Canara Bank", "State Bank of India", "HDFC Bank"]), way)
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    day_labels = {
        "success": ["Value date", "Paid on (value date)", "Transfer date"],
        "pending": ["Withheld on", "Hold from"],
        "failed": ["Returned on", "Date of return (bank)"],
    }[status]

    def bill_rows(p: Screen) -> None:
        for no, day, qty, value in bills:
            wrap_pair(p, f"Bill No. {no} dt. {when(day, '%d.%m.%Y')}", rs(value))
        p.pair(rng.choice(["Total of bills (incl. GST @ 5%)", "Gross bill value"]), rs(gross))
        for label, value in cuts:
            wrap_pair(p, label, rs(value))

    if frame == "letter":
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        top(p, fit_name(p, "title", [payer.upper(), payer]))
        p.add("small", desk)
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            lno = f"{'KSHDC' if tax else 'SGMT'}/ACC/PAY/{fy(j.date)}/{rng.randrange(100, 999)}"
            p.add("left", f"Ref. No. {lno}", txn=(INVOICE_RANK, lno))
        p.add("left", "To,")
        p.add("left", "The Managing Director,")
        p.add("left", payee, merchant=payee)
        p.add("left", "Chitragar Oni, Kinnal, Koppal Taluk - Karnataka")
        p.add("left", "Sir,")
        p.add("left", "Sub: Release of payment against your supply bills - reg.")
        shown = rs(j.amount)
        on = "" if j.no_day else f" on {when_in(j, DAY_PATS, rng)}"
        facts = {} if j.no_day else {"date": j.date}
        if status == "success":
            p.add(
                "left",
                f"With reference to the above, we have released {shown} by {way}{on} to your account, after "
                "the deductions shown below.",
                amount=j.amount,
                method="netbanking",
                **facts,
            )
        elif status == "pending":
            p.add(
                "left",
                f"Your bills are admitted. The payment of {shown} by {way} is withheld until our quality "
                "committee inspects the carvings.",
                amount=j.amount,
                method="netbanking",
            )
            day_pair(p, j, day_labels)
        else:
            p.add(
                "left",
                f"The {way} of {shown} sent to you was returned by your bank (name mismatch). Kindly send a "
                "cancelled cheque.",
                amount=j.amount,
                method="netbanking",
            )
            day_pair(p, j, day_labels)
        p.add("rule")
        bill_rows(p)
        p.pair(
            {"success": "Net amount released", "pending": "Amount withheld", "failed": "Amount returned"}[status],
            rs(j.amount),
        )
        if status == "success" and not j.no_ref:
            p.pair(f"{way} UTR" if way != "IMPS" else "IMPS RRN", ref, txn=(UTR_RANK, ref))
        p.add(
            "left",
            {
                "success": "Status: Payment released",
                "pending": "Status: Payment on hold",
                "failed": "Status: Payment returned",
            }[status],
            status=status,
        )
        p.part = "foot"
        p.add("left", "Yours faithfully,")
        right(p, "Deputy Manager (Accounts)")
        return p.done()
    if frame == "erp":
        p = paper_page(rng, font, [760, 800]) if rng.random() < 0.5 else browser_page(
            rng, font, f"erp.{domain}/fi/payadvice/{'view' if j.no_ref else digits(rng, 10)}"
        )
        p.part = "head"
        top(p, fit_name(p, "title", [payer, payer.upper()]))
        p.add("small", desk)
        p.add("center", rng.choice(["REMITTANCE ADVICE", "Payment advice - vendor"]))
        p.add("rule")
        p.part = "body"
        p.pair("Vendor", f"{rng.choice(['V', '20'])}{digits(rng, 6)}")
        wrap_pair(p, "Vendor name", payee, merchant=payee)
        if not j.no_ref:
            doc = f"15{digits(rng, 8)}"
            p.pair("Payment document", doc, txn=(INVOICE_RANK, doc))
        day_pair(p, j, day_labels[:1] if status == "success" else day_labels)
        p.pair("Payment method", f"{way} - bank transfer", method="netbanking")
        if status == "success" and not j.no_ref:
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Currency", "INR")
        words = {
            "success": ["Cleared - paid to vendor's bank", "Payment status: Paid"],
            "pending": ["Blocked for payment - quality inspection pending"],
            "failed": ["Payment returned by vendor's bank - re-verify bank details"],
        }
        outcome_row(p, status, words)
        p.add("rule")
        p.add("left", "Reference          Doc. date        Gross")
        for no, day, _, value in bills:
            p.add("left", f"{no}   {when(day, '%d.%m.%Y')}   {rs.bare(value)}")
        p.add("rule")
        p.pair("Gross", rs(gross))
        for label, value in cuts:
            wrap_pair(p, label, rs(value))
        p.pair({"success": "Net payment", "pending": "Net blocked", "failed": "Net returned"}[status], rs(j.amount), amount=j.amount)
        p.part = "foot"
        p.add("small", "System generated advice - no signature required.")
        return p.done()
    if frame == "bankmail":
        bank = rng.choice(["HDFC Bank", "Axis Bank"])
        p = mail_page(
            rng,
            font,
            f"{bank} <{'enetadvice' if bank == 'HDFC Bank' else 'corporate.advice'}@{slug(bank)}>",
            [f"Payment advice from {payer}", f"{payer} - payment to your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "HDFC Bank ENet - payment advice" if bank == "HDFC Bank" else "Axis Bank corporate payment advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Sir/Madam,")
        shown = rs(j.amount)
        if status == "success":
            on = "" if j.no_day else f" on {when_in(j, DAY_PATS, rng)}"
            p.add(
                "left",
                f"{payer} has made a payment of {shown} to {payee} through {way}{on}.",
                amount=j.amount,
                merchant=payee,
                method="netbanking",
                **({} if j.no_day else {"date": j.date}),
            )
        elif status == "pending":
            p.add(
                "left",
                f"{payer} has scheduled a payment of {shown} to {payee} through {way}. It awaits release by the "
                "payer's authoriser.",
                amount=j.amount,
                merchant=payee,
                method="netbanking",
            )
            day_pair(p, j, ["Created on", "Submitted on"])
        else:
            p.add(
                "left",
                f"A payment of {shown} from {payer} to {payee} through {way} was returned by the "
                "beneficiary's bank.",
                amount=j.amount,
                merchant=payee,
                method="netbanking",
            )
            day_pair(p, j, day_labels)
        p.add("rule")
        p.pair("Beneficiary account", f"XXXXXXXX{digits(rng, 4)}")
        if status == "success" and not j.no_ref:
            p.pair("UTR No." if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref))
        if not j.no_ref:
            pref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Payment reference", pref, txn=(BANK_RANK, pref))
        p.pair(
            "Status",
            {"success": "Credited to beneficiary", "pending": "Pending authorisation", "failed": "Returned"}[status],
            status=status,
        )
        p.add("left", "Remarks from the payer:")
        bill_rows(p)
        p.part = "foot"
        p.add("small", "This advice is sent by the bank at its customer's request. Please do not reply.")
        return p.done()
    p = browser_page(rng, font, f"suppliers.{domain}/payments/{'list' if j.no_ref else digits(rng, 8)}")
    p.part = "head"
    top(p, fit_name(p, "title", [f"{payer} - Supplier portal", payer]))
    p.add("small", desk)
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Paid", "Payment credited"],
        "pending": ["On hold - awaiting goods inward check"],
        "failed": ["Payment failed - bank account inactive"],
    }
    outcome_row(p, status, words)
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Paid to", "Supplier"]) if status == "success" else "Supplier", payee, merchant=payee)
    if not j.no_ref:
        pref = f"PAY-{j.date:%y}-{digits(rng, 6)}"
        p.pair("Payment No.", pref, txn=(INVOICE_RANK, pref))
        if status == "success":
            p.pair("Bank UTR", ref, txn=(UTR_RANK, ref))
    p.pair("Mode", way, method="netbanking")
    day_pair(p, j, ["Paid on", "Payment date"] if status == "success" else day_labels)
    p.add("rule")
    p.add("left", "Invoices in this payment")
    bill_rows(p)
    p.part = "foot"
    p.add("small", "Questions about a payment? Raise a ticket from the Help menu.")
    return p.done()


# ---------------------------------------------------------------- 3. inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Kyoto Mingei Shokai K.K.", "Nishiki-koji, Nakagyo-ku, Kyoto, Japan", "JPY", "MUFG Bank, Ltd.", 180000, 2400000),
    ("Fitzroy Folk & Toy Pty Ltd", "Brunswick Street, Fitzroy VIC, Australia", "AUD", "Westpac Banking Corporation", 900, 16000),
    ("Kensington Market Crafts Inc.", "Augusta Avenue, Toronto ON, Canada", "CAD", "Royal Bank of Canada", 800, 15000),
    ("Haga Leksaker AB", "Haga Nygata, Gothenburg, Sweden", "SEK", "Svenska Handelsbanken AB", 9000, 160000),
    ("Al Mubarakiya Heritage Trading Co. W.L.L.", "Mubarakiya, Kuwait City, Kuwait", "KWD", "National Bank of Kuwait S.A.K.P.", 300, 5200),
    ("Cuba Street Curios Ltd", "Cuba Street, Wellington, New Zealand", "NZD", "ANZ Bank New Zealand Ltd", 900, 18000),
    ("Armenian Street Antiques Sdn Bhd", "Lebuh Armenian, George Town, Penang, Malaysia", "MYR", "Malayan Banking Berhad", 2500, 52000),
    ("Bo-Kaap Craft Collective (Pty) Ltd", "Wale Street, Cape Town, South Africa", "ZAR", "FirstRand Bank Ltd", 9000, 190000),
]
WIRE_BANKS = [
    ("Canara Bank", "mt103"),
    ("Karnataka Bank", "tracker"),
    ("Skydo", "skydo"),
    ("Bank of Baroda", "mail"),
    ("Federal Bank", "mt103"),
    ("Kotak Mahindra Bank", "tracker"),
    ("Yes Bank", "mail"),
    ("Punjab National Bank", "fira"),
]
WIRE_RATES = {
    "JPY": (0.56, 0.61),
    "AUD": (55.0, 59.5),
    "CAD": (61.0, 65.5),
    "SEK": (8.1, 8.9),
    "KWD": (281.0, 292.0),
    "NZD": (50.5, 54.0),
    "MYR": (18.9, 20.4),
    "ZAR": (4.6, 5.1),
}
CUR_NAMES = {
    "JPY": "Japanese yen",
    "AUD": "Australian dollar",
    "CAD": "Canadian dollar",
    "SEK": "Swedish krona",
    "KWD": "Kuwaiti dinar",
    "NZD": "New Zealand dollar",
    "MYR": "Malaysian ringgit",
    "ZAR": "South African rand",
}
BICS = {
    "MUFG Bank, Ltd.": "BOTKJPJT",
    "Westpac Banking Corporation": "WPACAU2S",
    "Royal Bank of Canada": "ROYCCAT2",
    "Svenska Handelsbanken AB": "HANDSESS",
    "National Bank of Kuwait S.A.K.P.": "NBOKKWKW",
    "ANZ Bank New Zealand Ltd": "ANZBNZ22",
    "Malayan Banking Berhad": "MBBEMYKL",
    "FirstRand Bank Ltd": "FIRNZAJJ",
}
OUR_BICS = {
    "Canara Bank": "CNRBINBBBFD",
    "Federal Bank": "FDRLINBBIBD",
    "Karnataka Bank": "KARBINBBXXX",
    "Bank of Baroda": "BARBINBBFEX",
    "Kotak Mahindra Bank": "KKBKINBBCPC",
    "Yes Bank": "YESBINBBXXX",
    "Punjab National Bank": "PUNBINBBISB",
}
SHIPPED = [
    "Kinnal lacquered toys (HSN 9503) - 6 cartons by air",
    "Garuda and Hanuman carvings, gold foil finish (HSN 4420)",
    "Dasara doll sets, 40 sets - sea freight",
    "Temple door panels and horses for a museum display (HSN 4420)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: yen whole with its code or sign before or its code after (JPY
    1,245,000, 1,245,000 JPY); Australian, Canadian and New Zealand dollars with their code or sign (AUD /
    A$, CAD / C$ / CA$, NZD / NZ$); Swedish kronor the Swedish way on some (12 450,50 kr, SEK 12 450,50) and
    the English way on the rest; Kuwaiti dinars with three places (KWD / KD 1,234.560, 1,234.560 KWD);
    ringgit (RM / MYR); rand the South African way on some (R 12 450,50, ZAR 12 450,50) and the English way on
    the rest (ZAR 12,450.50)."""
    if cur == "JPY":
        mark = rng.choice(["JPY ", sign(font, "\u00a5", "JPY "), " JPY"])

        def yen(value: float) -> str:
            body = f"{int(value):,}"
            return f"{body}{mark}" if mark.startswith(" ") else f"{mark}{body}"

        return yen
    if cur == "KWD":
        mark = rng.choice(["KWD ", "KD ", " KWD"])

        def dinar(value: float) -> str:
            body = f"{value:,.3f}"
            return f"{body}{mark}" if mark.startswith(" ") else f"{mark}{body}"

        return dinar
    if cur in ("SEK", "ZAR") and rng.random() < 0.6:
        mark = rng.choice({"SEK": [" kr", "SEK ", " SEK"], "ZAR": ["R ", "ZAR "]}[cur])

        def spaced(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",")
            return f"{body}{mark}" if mark.startswith(" ") else f"{mark}{body}"

        return spaced
    mark = rng.choice(
        {
            "AUD": ["AUD ", "A$"],
            "CAD": ["CAD ", "C$", "CA$"],
            "NZD": ["NZD ", "NZ$"],
            "MYR": ["RM ", "MYR ", "RM"],
            "SEK": ["SEK "],
            "ZAR": ["ZAR "],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_amount(cur: str, value: float) -> str:
    """A SWIFT sum: a decimal comma, no grouping, no places for yen (1245000,), three for dinars."""
    if cur == "JPY":
        return f"{int(value)},"
    if cur == "KWD":
        return f"{value:.3f}".replace(".", ",")
    return f"{value:.2f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Kyoto, a Melbourne, a Toronto, a Gothenburg, a Kuwait, a Wellington, a Penang and a Cape Town shop
    paying for the toys and carvings, in five layouts: a full MT103 print (INCOMING SWIFT MESSAGE - MT103
    (CUSTOMER COPY): :20:, :23B:CRED, :32A: the value day, the currency and the sum, :50K: the remitter,
    :52A: its bank, :57A: our bank, :59: /account and the company, :70: the invoices, :71A:, then the bank's
    note: Credited to your account on <day>, Our ref.); a tracker (the bank on top, Inward remittance
    tracker, the steps Received by SWIFT / Compliance check / Credited to account each with a mark, the
    outcome, Remitter, Beneficiary, Remittance amount, Received on / Credited on, Tracking No.); an e-mail
    ("We have received an inward remittance of <sum> from <remitter> for credit to your account." then the
    table); a FIRA (FOREIGN INWARD REMITTANCE ADVICE (FIRA): FIRA No., Date of credit, Name of remitter,
    Country of remitter, Name of beneficiary, Currency, Amount in foreign currency, Rate, INR amount, Purpose
    code); and Skydo's payment page (Payment received / In review / Returned to payer, the sum large, From,
    Beneficiary, FX rate, You receive (INR), Fee, Payment ID, UTR of the rupee payout, Received on)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 500, hi // 500) * 500)
    elif rng.random() < 0.6:
        j.amount = round(rng.uniform(lo, hi), 2)
    else:
        j.amount = float(rng.randrange(lo // 50, hi // 50) * 50)
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    bank, frame = WIRE_BANKS[k]
    if frame == "mt103" and (status != "success" or j.no_day):
        frame = "fira"
    me = rng.choice([COMPANY, COMPANY_CAPS])
    inr = round(j.amount * rate, 2)
    bank_no = f"{rng.choice(['IRM', 'FIR', 'IW'])}{IFSC.get(bank, 'SKYD')}{digits(rng, 9)}"
    day_labels = {
        "success": ["Credited on", "Date of credit", "Value date"],
        "pending": ["Received on (not yet credited)", "Held since"],
        "failed": ["Returned on", "Sent back on"],
    }[status]
    named = cur in ("SEK", "ZAR") or rng.random() < 0.35
    if frame == "skydo":
        p = browser_page(rng, font, "app.skydo.com/payments/" + ("inbox" if j.no_ref else code(rng, 10, MIXED)))
        p.part = "head"
        p.add("title", "Skydo")
        p.add("small", "International payments for exporters  |  RBI-licensed PA-CB partner")
        p.add("rule")
        p.part = "body"
        words = {
            "success": ["Payment received - settled to your bank", "Settled"],
            "pending": ["In review - we need the invoice for this payment"],
            "failed": ["Returned to payer - purpose not accepted"],
        }
        outcome_row(p, status, words)
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        wrap_pair(p, "From", f"{payer}, {city.split(', ')[-1]}")
        wrap_pair(p, "Beneficiary", me, merchant=me)
        p.pair("Received via", "SWIFT / local rails (CA)", method="netbanking")
        if status == "success":
            p.pair("FX rate", f"1 {cur} = INR {rate}")
            fee = round(rng.choice([19.0, 29.0]) * rate, 2)
            p.pair("Fee (flat, incl. GST)", f"INR {num(round(fee * 1.18, 2))}")
            p.pair("You receive (INR)", f"INR {num(round(inr - fee * 1.18, 2))}")
            wrap_pair(p, "Settled to", f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}")
        if not j.no_ref:
            pid = f"SKY{code(rng, 10, ALNUM)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                utr = f"{rng.choice(['YESB', 'ICIC'])}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
                p.pair("UTR (INR payout)", utr, txn=(UTR_RANK, utr))
        day_pair(p, j, ["Received on", "Settled on"] if status == "success" else day_labels, ["%d %b %Y", "%b {d}, %Y"])
        p.part = "foot"
        p.add("small", "A FIRA for this payment is available under Documents.")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Finance <tradeops@{slug(bank)}>",
            ["Inward remittance received - your account", f"Inward remittance from {payer.split()[0]}"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", rng.choice(["International Banking Division, Hubballi", "Trade Finance Centre, Bengaluru"]))
        p.add("rule")
        p.part = "body"
        p.add("left", f"Dear {rng.choice(['Customer', 'Sir/Madam'])},")
        shown = show(j.amount)
        tail = {
            "success": "It has been credited to your account.",
            "pending": "It will be credited once you send us the purpose code and a copy of the invoice.",
            "failed": "It has been returned to the remitting bank as your account is blocked for KYC.",
        }[status]
        p.add(
            "left",
            f"We have received an inward remittance of {shown} from {payer} for credit to your account. {tail}",
            amount=j.amount,
            cur=cur,
        )
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Credited", "Remittance credited"],
                "pending": ["Status: Awaiting documents - not credited"],
                "failed": ["Status: Returned to remitter"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary", "Account name"]), me, merchant=me)
        wrap_pair(p, "Remitter", f"{payer}, {city}")
        wrap_pair(p, "Remitting bank", f"{pbank} ({BICS[pbank]})")
        if named:
            p.pair("Currency", f"{cur} - {CUR_NAMES[cur]}")
        p.pair("Amount", shown)
        p.pair("Mode", "SWIFT MT103", method="netbanking")
        if status == "success":
            p.pair("Rate applied", f"1 {cur} = INR {rate}")
            p.pair("INR credited", f"INR {num(round(inr - 590, 2))}")
        if not j.no_ref:
            p.pair(rng.choice(["Our ref.", "Inward ref. No."]), bank_no, txn=(BANK_RANK, bank_no))
        day_pair(p, j, day_labels, ["%d %b %Y", "%d-%m-%Y", "{d} %B %Y"])
        p.part = "foot"
        p.add("left", "Regards, Trade Finance team")
        return p.done()
    if frame == "tracker":
        p = browser_page(rng, font, f"netbanking.{slug(bank)}/trade/inward/" + ("list" if j.no_ref else digits(rng, 10)))
        p.part = "head"
        top(p, bank)
        p.add("small", "Inward remittance tracker")
        p.add("rule")
        p.part = "body"
        tick = sign(font, "\u2713", "[x]")
        wait = sign(font, "\u25cb", "[ ]")
        p.add("left", f"{tick} Received by SWIFT")
        p.add("left", f"{tick if status == 'success' else wait} Compliance check")
        p.add("left", f"{tick if status == 'success' else wait} Credited to account")
        outcome_row(
            p,
            status,
            {
                "success": ["Completed - credited to your account"],
                "pending": ["Waiting for you - upload the export invoice"],
                "failed": ["Returned - beneficiary name does not match the account"],
            },
        )
        p.add("rule")
        wrap_pair(p, "Remitter", payer)
        wrap_pair(p, "Beneficiary", me, merchant=me)
        if named:
            p.pair("Remittance currency", f"{cur} ({CUR_NAMES[cur]})")
        p.pair("Remittance amount", show(j.amount), amount=j.amount, cur=cur)
        p.pair("Channel", "SWIFT", method="netbanking")
        if status == "success":
            p.pair("Conversion rate", f"1 {cur} = INR {rate}")
        if not j.no_ref:
            p.pair("Tracking No.", bank_no, txn=(BANK_RANK, bank_no))
        day_pair(p, j, day_labels, ["%d %b %Y", "%d/%m/%Y", "%Y-%m-%d"])
        p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance for exports"]))
        p.part = "foot"
        p.add("small", "Credit is given after the purpose code and the invoice are on record.")
        return p.done()
    p = paper_page(rng, font, [760, 800])
    p.part = "head"
    top(p, bank.upper() if rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Forex Department, Koppal branch", "International Business Branch, Bengaluru"]))
    if frame == "mt103":
        p.add("center", "INCOMING SWIFT MESSAGE - MT103 (CUSTOMER COPY)")
        p.add("rule")
        p.part = "body"
        p.add("left", f":20:{code(rng, 4, UPPER)}{digits(rng, 10)}")
        p.add("left", ":23B:CRED")
        p.add(
            "left",
            f":32A:{j.date:%y%m%d}{cur}{swift_amount(cur, j.amount)}",
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
        p.add("left", f":50K:/{digits(rng, 10)}")
        p.add("left", payer.upper())
        p.add("left", city.upper())
        p.add("left", f":52A:{BICS[pbank]}")
        p.add("left", f":57A:{OUR_BICS[bank]}")
        p.add("left", f":59:/{digits(rng, 14)}")
        p.add("left", COMPANY_CAPS, merchant=COMPANY_CAPS)
        p.add("left", "KINNAL KOPPAL KARNATAKA INDIA")
        p.add("left", f":70:/INV/KCK/EXP/{rng.randrange(1, 90):03d}/{fy(j.date)}")
        p.add("left", f":71A:{rng.choice(['SHA', 'OUR', 'BEN'])}")
        p.add("rule")
        p.add("left", "Bank's note", method="netbanking")
        p.pair("Status", rng.choice(["Credited", "Credited to EEFC account"]), status="success")
        p.pair("Rate", f"1 {cur} = INR {rate}")
        p.pair("INR equivalent", f"INR {num(inr)}")
        if not j.no_ref:
            p.pair("Our ref.", bank_no, txn=(BANK_RANK, bank_no))
        p.part = "foot"
        p.add("small", "The IRM is reported to EDPMS on the day of credit.")
        return p.done()
    p.add("center", "FOREIGN INWARD REMITTANCE ADVICE (FIRA)")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["CREDITED TO BENEFICIARY'S ACCOUNT", "Funds credited"],
        "pending": ["NOT CREDITED - AWAITING PURPOSE DECLARATION"],
        "failed": ["RETURNED TO REMITTING BANK - ACCOUNT CLOSED"],
    }
    if not j.no_ref:
        p.pair("FIRA No.", bank_no, txn=(BANK_RANK, bank_no))
    day_pair(p, j, day_labels, ["%d.%m.%Y", "%d/%m/%Y", "%d-%b-%Y"], upper=rng.random() < 0.4)
    wrap_pair(p, "Name of remitter", payer)
    p.pair("Country of remitter", city.split(", ")[-1])
    wrap_pair(p, "Remitter's bank", pbank)
    wrap_pair(p, "Name of beneficiary", me, merchant=me)
    p.pair("Currency", f"{cur} - {CUR_NAMES[cur]}")
    p.pair("Amount in foreign currency", show(j.amount), amount=j.amount, cur=cur)
    p.pair("Mode of receipt", "SWIFT", method="netbanking")
    if status == "success":
        p.pair("Rate", f"{rate}")
        p.pair("INR amount", num(inr))
    p.pair("Purpose code", "P0102")
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    outcome_row(p, status, words)
    p.part = "foot"
    right(p, "Authorised Signatory")
    return p.done()


# ---------------------------------------------------------------- 4. showroom, workshop, wood unit, accounts


# the party, the way it paid, the unit, the goods, billed across states
SALES = [
    ("Smt. Veena Hiremath, Jayanagar, Bengaluru", "UPI", "showroom", "toys", False),
    ("Kinnal Chitragar Kalavidara Sahakara Sangha, Kinnal", "cheque", "wood", "blanks", False),
    ("Kalakshetra Crafts Emporium, Mylapore, Chennai", "NEFT", "workshop", "wholesale", True),
    ("Mr. Hiroshi Tanaka, Osaka, Japan", "card", "showroom", "toys", False),
    ("Sri Huligemma Devi Temple Committee, Huligi", "cheque", "workshop", "restore", False),
    ("Sri Gavisiddeshwara Jatra Samiti, Koppal", "cash", "showroom", "vahana", False),
    ("Tarihal Particle Boards Pvt Ltd, Hubballi", "RTGS", "wood", "dust", False),
    ("Filmistan Props & Sets LLP, Goregaon, Mumbai", "NEFT", "voucher", "props", True),
]
SALE_HEADS = {
    "toys": ["CASH MEMO - KINNAL TOYS", "NAGADU RASIDI - KINNAL GOMBE"],
    "vahana": ["MONEY RECEIPT - VAHANA ORDER", "PAVATI RASIDI - UTSAVA VAHANA"],
    "wholesale": ["INVOICE - KINNAL TOYS, WHOLESALE", "SAGATU MARATA BILL"],
    "restore": ["RESTORATION BILL - TEMPLE FIGURES", "JEERNODDHARA KELASA BILL"],
    "blanks": ["BLANKS MEMO - BY THE CUBIC FOOT", "MARADA TUNDU RASIDI"],
    "dust": ["SAWDUST AND SHAVINGS MEMO - BY WEIGHT", "HOTTU MARATA RASIDI"],
}
STAMPS = {
    "showroom": ("KINHAL KALE MANDIRA", "HOSAPETE"),
    "workshop": ("KINHAL CHITRAGARA KARYAGARA", "KINNAL"),
    "wood": ("KINHAL MARA HADAGU GHATAKA", "BHAGYANAGAR"),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's CASH MEMO - KINNAL TOYS / NAGADU RASIDI - KINNAL GOMBE to a Bengaluru lady and a Japanese
    tourist and its MONEY RECEIPT - VAHANA ORDER / PAVATI RASIDI - UTSAVA VAHANA to a jatra committee, the
    workshop's INVOICE - KINNAL TOYS, WHOLESALE / SAGATU MARATA BILL to a Chennai emporium and its RESTORATION
    BILL - TEMPLE FIGURES / JEERNODDHARA KELASA BILL to a temple committee, the wood unit's BLANKS MEMO - BY THE
    CUBIC FOOT / MARADA TUNDU RASIDI to the painters' co-operative and its SAWDUST AND SHAVINGS MEMO - BY
    WEIGHT / HOTTU MARATA RASIDI to a Hubballi particle board works, in three layouts: a money receipt book's
    page (No. <n> and Dinanka (date) / Date on one row, "Received with thanks from <party> the sum of Rupees
    <words> only by <way> towards <what>.", the sum in a box Rs. <sum>/-, the way's reference, Kharidisidavaru
    sahi (buyer's signature)); a bill with the particulars as numbered rows (1. <goods> - qty x rate), the
    number and the day as Bill No. / Rasidi No. and Dinanka / Bill date in either order above or under the
    party (Kharidisidavaru (buyer) / Customer / Party / Committee / Sangha (society) / Buyer), CGST and SGST
    or IGST at 5%, Round off, Bill total / Ottu motta (total) and the sum received (Received by UPI /
    Nagadu (cash) received / Card payment (POS) / Received by NEFT / RTGS received / Cheque received for);
    and the accounts desk's RECEIPT VOUCHER - ADVANCE (Rule 50, CGST Rules) to a Mumbai props house (Receipt
    voucher No., Date of receipt, Received from, Place of supply, the carved props ordered, Order value, the
    advance with its IGST, Advance received (incl. IGST) by NEFT, UTR). The vahana by its height in feet x the
    rate a foot, the restoration by the figure, the blanks by cubic feet and the sawdust by net kilos (gross
    less tare of the sacks); PAID / RECEIVED WITH THANKS / DHANYAVADAGALU - PAID / CHEQUE RECEIVED - SUBJECT TO
    REALISATION / CHEQUE RETURNED UNPAID - FUNDS INSUFFICIENT, the unit's rubber stamp."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    party, way, unit, kind, inter = SALES[k]
    rs = slash_rs(rng, font, ("Rs.", "Rs", "\u20b9", ""))
    words = {
        "success": ["PAID", "RECEIVED WITH THANKS", "DHANYAVADAGALU - PAID"],
        "pending": ["CHEQUE RECEIVED - SUBJECT TO REALISATION"],
        "failed": ["CHEQUE RETURNED UNPAID - FUNDS INSUFFICIENT"],
    }
    if kind == "props":
        p = paper_page(rng, font, [740, 780])
        me = rng.choice([COMPANY, COMPANY_CAPS])
        letterhead(
            p,
            me,
            "Accounts desk - Kinnal wooden crafts",
            UNITS["workshop"][1],
            "29",
            ["RECEIPT VOUCHER - ADVANCE", "RECEIPT VOUCHER (RULE 50, CGST RULES) - ADVANCE"],
        )
        vno = f"RV/{fy(j.date)}/{rng.randrange(1, 99):03d}"
        pair_first = rng.random() < 0.5
        if pair_first:
            day_pair(p, j, ["Date of receipt", "Voucher date"])
        if not j.no_ref:
            p.pair("Receipt voucher No.", vno, txn=(INVOICE_RANK, vno))
        if not pair_first:
            day_pair(p, j, ["Date of receipt", "Voucher date"])
        wrap_pair(p, "Received from", party)
        p.pair("Place of supply", "Maharashtra (27)")
        wrap_pair(p, "Ordered", "Carved props - 2 chariots, 6 horses, temple pillars (HSN 4420)")
        order = float(rng.randrange(180, 900) * 1000)
        p.pair("Order value (before GST)", rs(order))
        adv = float(round(order * rng.choice([0.25, 0.3, 0.4]), -3))
        p.pair("Advance (taxable)", rs(adv))
        tax = gst_split(p, rs, adv, 5, True)
        j.amount = round(adv + tax, 2)
        way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
        p.pair(f"Advance received (incl. IGST) by {way}", rs(j.amount), amount=j.amount, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(["HDFC Bank", "Kotak Mahindra Bank"]), way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Balance on delivery", rs(round(order * 1.05 - j.amount, 2)))
        p.add("center", "ADVANCE RECEIVED - CARVING STARTS ON THE NEXT NEW MOON", status="success")
        p.part = "foot"
        p.add("small", words_in_rupees(j.amount))
        right(p, f"For {COMPANY} - Authorised signatory")
        return p.done()
    name = {"showroom": SHOWROOM, "workshop": WORKSHOP, "wood": WOODYARD}[unit]
    me = rng.choice([name, name.upper(), COMPANY])
    where = UNITS[unit]
    p = paper_page(rng, font, [700, 740, 780])
    letterhead(p, me, f"A unit of {COMPANY}" if me != COMPANY else where[0], where[1], where[2], SALE_HEADS[kind])
    rno = f"{rng.choice({'showroom': ['KKM', 'HPT'], 'workshop': ['KCK', 'KNL'], 'wood': ['KMH', 'BGN']}[unit])}"
    rno += f"/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
    # the goods: (line, amount before GST)
    lines: list[tuple[str, float]] = []
    if kind == "toys":
        for item, lo, hi in rng.sample(
            [("Parrot pair, lacquered", 180, 420), ("Ganesha, 9 in", 650, 1400), ("Horse and rider", 380, 900),
             ("Kitchen set, 12 pcs", 450, 950), ("Garuda, 12 in, gold foil", 1800, 3600)],
            rng.randrange(1, 4),
        ):
            q, rate = rng.randrange(1, 5), float(round(rng.uniform(lo, hi), -1))
            lines.append((f"{item} - {q} x {rate:,.2f}", q * rate))
    elif kind == "vahana":
        feet = rng.randrange(3, 7)
        rate = float(rng.randrange(60, 140) * 100)
        lines.append((f"Nandi vahana, {feet} ft high - {feet} ft x {rate:,.2f}", feet * rate))
    elif kind == "wholesale":
        for item, lo, hi in rng.sample(
            [("Parrot pairs", 120, 260), ("Dasara doll sets (11)", 1900, 3800), ("Horses, 6 in", 150, 320),
             ("Elephants, 6 in", 160, 340)],
            rng.randrange(2, 4),
        ):
            q, rate = rng.randrange(10, 120), float(round(rng.uniform(lo, hi)))
            lines.append((f"{item} - {q} x {rate:,.2f}", q * rate))
    elif kind == "restore":
        q, rate = rng.randrange(2, 9), float(rng.randrange(18, 60) * 100)
        lines.append((f"Old figures repaired, regessoed and repainted - {q} x {rate:,.2f}", q * rate))
    elif kind == "blanks":
        cft, rate = round(rng.uniform(18, 90), 2), float(rng.randrange(900, 1600, 50))
        lines.append((f"Seasoned hale wood blanks - {cft:.2f} cft x {rate:,.2f}", round(cft * rate, 2)))
    else:
        gross_kg = rng.randrange(2200, 9000)
        tare = rng.randrange(40, 120)
        rate = round(rng.uniform(4.5, 8.0), 2)
        lines.append((f"Gross {gross_kg:,} kg less sacks {tare} kg = {gross_kg - tare:,} kg x {rate:.2f}",
                      round((gross_kg - tare) * rate, 2)))
    taxable = round(sum(v for _, v in lines), 2)
    if kind == "toys" and unit == "showroom" and rng.random() < 0.4:
        off = round(taxable * 0.1, 2)
        lines.append(("Less: Dasara offer @ 10%", -off))
        taxable = round(taxable - off, 2)
    party_labels = {
        "toys": ["Kharidisidavaru (buyer)", "Customer"],
        "vahana": ["Committee", "Received from"],
        "wholesale": ["Buyer", "Party"],
        "restore": ["Committee", "Party"],
        "blanks": ["Sangha (society)", "Buyer"],
        "dust": ["Buyer", "Party"],
    }[kind]
    book = kind == "vahana" or (kind == "restore" and rng.random() < 0.5)
    if book:
        # a money receipt book's page: the number and the day on one row, a sentence, the sum in a box
        tax = round(taxable * 0.05, 2)
        j.amount = float(round(taxable + tax))
        if j.no_ref:
            day_pair(p, j, ["Dinanka (date)", "Date"])
        elif j.no_day:
            p.pair("No.", rno, txn=(INVOICE_RANK, rno))
        else:
            day = when_in(j, ["%d/%m/%Y", "{d}-{m}-%Y", "%d.%m.%Y"], rng)
            lab = rng.choice(["Dinanka", "Date"])
            p.add("pair", f"No. {rno}", f"{lab}: {day}", txn=(INVOICE_RANK, rno), date=j.date)
        how = {"cash": "cash", "cheque": f"cheque No. {digits(rng, 6)} on {rng.choice(BANKS[:4])}"}.get(way, way)
        p.add(
            "left",
            f"Received with thanks from {party} the sum of {words_in_rupees(j.amount)} by {how} "
            f"towards {lines[0][0].split(' - ')[0]} (incl. GST @ 5%).",
            method=way if way in ("cash", "cheque") else "netbanking",
        )
        p.add("big", f"Rs. {num(j.amount, 'indian', 0)}/-", amount=j.amount)
        if way == "cheque":
            p.pair("Cheque date", when(earlier(rng, j, 1, 5), "%d/%m/%Y"))
    else:
        def number_day() -> None:
            labels = {"wholesale": ["Invoice No.", "Bill No."], "blanks": ["Memo No.", "Rasidi No."],
                      "dust": ["Memo No.", "Rasidi No."]}.get(kind, ["Bill No.", "Rasidi No."])
            pair = [lambda: day_pair(p, j, ["Dinanka", "Bill date", "Date"])]
            if not j.no_ref:
                pair.append(lambda: p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno)))
            if rng.random() < 0.5:
                pair.reverse()
            for row in pair:
                row()

        party_first = rng.random() < 0.4
        if party_first:
            wrap_pair(p, rng.choice(party_labels), party)
        number_day()
        if not party_first:
            wrap_pair(p, rng.choice(party_labels), party)
        if kind == "dust":
            p.pair("Weighbridge slip No.", f"WB{digits(rng, 5)}")
        p.add("rule")
        for i, (text, value) in enumerate(lines, 1):
            if value < 0:
                p.pair(text, rs(-value))
            else:
                wrap_pair(p, f"{i}. {text}", rs(value))
        p.pair("Taxable value", rs(taxable))
        tax = gst_split(p, rs, taxable, 5, inter)
        total = float(round(taxable + tax))
        if abs(total - taxable - tax) >= 0.01:
            p.pair("Round off", f"{total - taxable - tax:+.2f}")
        p.pair(rng.choice(["Bill total", "Ottu motta (total)"]), rs(total))
        j.amount = total
        p.add("rule")
        label = {
            "UPI": ["Received by UPI", "UPI payment received"],
            "cash": ["Nagadu (cash) received"],
            "card": ["Card payment (POS)", "Paid by card"],
            "NEFT": ["Received by NEFT"],
            "RTGS": ["RTGS received"],
            "cheque": ["Cheque received for"],
        }[way]
        method = {"NEFT": "netbanking", "RTGS": "netbanking", "UPI": "UPI", "card": "card"}.get(way, way)
        p.pair(rng.choice(label), rs(j.amount), amount=j.amount, method=method)
    if not j.no_ref:
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
        elif way in ("NEFT", "RTGS"):
            ref = bank_ref(rng, j, rng.choice(["Indian Bank", "Canara Bank"]), way)
            p.pair(f"{way} UTR", ref, txn=(UTR_RANK, ref))
    if way == "cheque" and not book:
        wrap_pair(p, "Cheque No. / Bank", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    word = rng.choice(words[status])
    p.add("center", word, status=status)
    p.part = "foot"
    if not book:
        p.add("small", words_in_rupees(j.amount))
    right(p, rng.choice([f"For {name} - Cashier", f"For {name}"]))
    p.add("small", rng.choice(["Kharidisidavaru sahi (buyer's signature)", "Receiver's signature"]))
    for _ in range(3):
        p.add("gap")
    seal(p, STAMPS[unit][0], STAMPS[unit][1], None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. suppliers' invoices


# supplier, line, address, GST state code, tag, items: (name, HSN, unit, rate low, high, GST %, qty low, high)
SUPPLIERS = [
    (
        "Tungabhadra Timber Depot",
        "Hale (Givotia) and country wood - logs and planks",
        "Station Road, Hosapete - 583201, Karnataka",
        "29",
        "TTD",
        [("Hale wood logs, 4-6 ft", "4403", "cft", 620, 980, 18, 20, 140),
         ("Country wood planks, 1 in", "4407", "cft", 900, 1500, 18, 10, 60)],
    ),
    (
        "Jhalda Lac Industries",
        "Shellac, seedlac and lac sticks",
        "Jhalda, Purulia - 723202, West Bengal",
        "19",
        "JLI",
        [("Lac sticks, coloured", "1301", "kg", 420, 780, 5, 20, 160),
         ("Shellac flakes", "1301", "kg", 520, 900, 5, 10, 80)],
    ),
    (
        "Johari Bazaar Varak Bhandar",
        "Imitation gold and silver foil",
        "Johari Bazaar, Jaipur - 302003, Rajasthan",
        "08",
        "JVB",
        [("Imitation gold foil, 100 leaves", "7409", "books", 180, 420, 18, 20, 200),
         ("Silver foil, 100 leaves", "7410", "books", 140, 300, 18, 10, 120)],
    ),
    (
        "Kalbadevi Colour & Pigment Co.",
        "Mineral and natural colours, gum and gesso",
        "Kalbadevi Road, Mumbai - 400002, Maharashtra",
        "27",
        "KCP",
        [("Indian yellow and vermilion pigments", "3206", "kg", 380, 1200, 18, 5, 60),
         ("Tamarind seed gum powder", "1302", "kg", 90, 180, 5, 25, 200)],
    ),
    (
        "Hubballi Corrugated Boxes",
        "Corrugated boxes and fillers",
        "Gokul Road Industrial Estate, Hubballi - 580030, Karnataka",
        "29",
        "HCB",
        [("Corrugated box, 5 ply, 18 x 12 x 12 in", "4819", "pcs", 38, 86, 5, 200, 1600),
         ("Honeycomb filler sheets", "4823", "pcs", 6, 14, 5, 500, 4000)],
    ),
]
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "-", "NEFT", "UPI"]
SUPPLY_STAMPS = {
    "TTD": "TUNGABHADRA TIMBER",
    "JLI": "JHALDA LAC",
    "JVB": "VARAK BHANDAR",
    "KCP": "KALBADEVI COLOURS",
    "HCB": "HUBBALLI BOXES",
}


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Hosapete timber depot, the Jhalda lac works, the Jaipur foil house, the Mumbai pigment house and the
    Hubballi box maker billing the company, in two layouts: Tally's (Tax Invoice / TAX INVOICE (ORIGINAL FOR
    RECIPIENT) / INVOICE CUM PAYMENT RECEIPT, then Invoice No. and Dated, Delivery Note, Mode/Terms of Payment,
    Buyer's Order No., Dispatch Doc No., Dispatched through, Destination, Consignee (Ship to) and Buyer (Bill
    to), the lines as Sl. <n> <goods> (HSN) with qty x rate, Taxable value, CGST and SGST within Karnataka or
    IGST from West Bengal, Rajasthan and Maharashtra, Round off, Total, Amount Chargeable (in words), Company's
    Bank Details, then Payment: Received vide NEFT / Paid by RTGS / Settled through UPI, less an advance
    adjusted or the buyer's TDS on some, UTR / UPI RRN, or Cheque in hand / Cheque returned; for <supplier>,
    Authorised Signatory) and an e-invoice (the same with IRN, Ack No. and Ack Date above the number and a
    signed QR note), the supplier's rubber stamp."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0)
    maker, line, addr, state, tag, items = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = slash_rs(rng, font, ("Rs.", "Rs", "INR", "\u20b9", ""))
    p = paper_page(rng, font, [760, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["Tax Invoice", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "INVOICE CUM PAYMENT RECEIPT"],
    )
    inv = f"{tag}/{rng.randrange(100, 2999)}/{fy(j.date)}"
    if rng.random() < 0.4:
        p.pair("IRN", f"{code(rng, 32, HEXA)}...")
        p.pair("Ack No.", digits(rng, 15))
        if not j.no_day:
            p.pair("Ack Date", when(j.date, "%d-%b-%y"))
    if not j.no_ref:
        p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
    day_pair(p, j, ["Dated"], ["%d-%b-%Y", "%d-%b-%y", "%d/%m/%Y", "{d}-{m}-%Y"])
    p.pair("Delivery Note", f"DN-{rng.randrange(10, 999)}")
    p.pair("Mode/Terms of Payment", rng.choice(["Advance", "Against delivery", "15 days"]))
    p.pair("Buyer's Order No.", f"KCK/PO/{rng.randrange(10, 400)}")
    p.pair("Dispatch Doc No.", f"{rng.choice(['LR', 'GR'])}-{digits(rng, 6)}")
    p.pair(
        "Dispatched through",
        {"29": "Own tempo", "19": "Shree Jagannath Roadways", "08": "Gati Ltd (surface)", "27": "VRL Logistics"}[
            state
        ],
    )
    p.pair("Destination", rng.choice(["Kinnal", "Koppal", "Hosapete"]))
    wrap_pair(
        p,
        "Consignee (Ship to)",
        {"TTD": f"{WOODYARD}, Bhagyanagar", "HCB": f"{SHOWROOM}, Hosapete"}.get(tag, f"{WORKSHOP}, Kinnal"),
    )
    wrap_pair(p, "Buyer (Bill to)", rng.choice([COMPANY, COMPANY_CAPS, f"M/s {COMPANY}"]))
    p.add("rule")
    inter = state != "29"
    rated = rng.random() < 0.6
    taxable = 0.0
    parts: dict[int, float] = {}
    for i, (item, hsn, unit, lo, hi, g, qlo, qhi) in enumerate(rng.sample(items, rng.randrange(1, 3)), 1):
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        parts[g] = parts.get(g, 0.0) + value
        p.add("left", f"Sl. {i}  {item} (HSN {hsn})")
        p.pair(f"      {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    tax = 0.0
    for g in sorted(parts):
        tax += gst_split(p, rs, round(parts[g], 2), g, inter, rated=rated or len(parts) > 1)
    tax = round(tax, 2)
    total = float(round(taxable + tax))
    if abs(total - taxable - tax) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax:+.2f}")
    p.pair("Total", rs(total))
    p.add("small", f"Amount Chargeable (in words): {words_in_rupees(total)}")
    p.add("small", f"Company's Bank Details: {rng.choice(BANKS[:6])}, A/c No. {digits(rng, 12)}, IFSC in file")
    p.add("rule")
    p.add("left", "Payment")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    cut = 0.0
    pick = rng.random()
    if way in ("NEFT", "RTGS") and pick < 0.3:
        cut = float(round(total * rng.choice([0.25, 0.4]), -2))
        p.pair("Less: Advance adjusted (recd. with PO)", rs(cut))
    elif way in ("NEFT", "RTGS") and pick < 0.55:
        cut = round(taxable * 0.001, 2)
        p.pair("Less: TDS (194Q) by buyer @ 0.1%", rs(cut))
    j.amount = round(total - cut, 2)
    if way == "cheque":
        if status == "pending":
            p.pair("Cheque in hand (to be cleared)", rs(j.amount), amount=j.amount, method="cheque")
        else:
            p.pair("Cheque returned unpaid", rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:6])}")
    else:
        lab = {
            "NEFT": ["Received vide NEFT", "Balance received vide NEFT" if cut else "Paid by NEFT"],
            "RTGS": ["Paid by RTGS", "Received vide RTGS"],
            "UPI": ["Settled through UPI", "Received on UPI"],
        }[way]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(["Canara Bank", "HDFC Bank", "Karnataka Bank"]), way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAYMENT RECEIVED - THANK YOU", "PAID IN FULL", f"RECEIVED VIDE {way}"]),
        "pending": "CHEQUE IN HAND - RECEIPT SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Declaration: we declare that this invoice shows the actual price of the goods described.")
    right(p, f"for {name}")
    right(p, "Authorised Signatory")
    for _ in range(3):
        p.add("gap")
    seal(p, SUPPLY_STAMPS[tag], "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Koppal Tool Sharpening Works", "Sharpening 120 chisels and gouges", 3000, 18000),
    ("Sri Basavaraj Angadi", "Showroom rent - Hampi Road, Hosapete", 30000, 95000),
    ("Vijayanagara Security Services", "Guards - workshop and wood yard", 24000, 70000),
    ("Hiremath & Kulkarni, Chartered Accountants", "Statutory audit fee FY 2025-26", 40000, 120000),
    ("Virupaksha Frames Photography", "Catalogue shoot at Hampi - 140 pieces", 18000, 85000),
    ("Hampi Utsav Stall Fabricators", "Stall at Hampi Utsav - 3 days", 35000, 150000),
    ("Tungabhadra Transport Co.", "Freight - cartons to Chennai and Mumbai", 9000, 52000),
    ("Koppal Charcoal & Firewood Mandi", "Charcoal for the lacquer stoves", 12000, 230000),
]
CORP_PORTALS = [
    ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi/corp/txn/enquiry"),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/payments/status"),
    ("KBL eCorp", "Karnataka Bank", "ecorp.karnatakabank.com/cib/txn/view"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the tool sharpener, the showroom's landlord, the security agency, the chartered
    accountants, the photographer, the Hampi Utsav stall fabricator, the carrier and the charcoal mandi from
    yono BUSINESS, HDFC Bank ENet or KBL eCorp, in four layouts: a TRANSACTION RECEIPT in three groups
    (Debit account details, Credit account details with Account name, Transaction details with the sum, the
    mode, the references and the day) and Transaction status at the foot; a sentence receipt ("Your NEFT of
    Rs. x to <payee> has been processed on <day>." / "is awaiting authorisation" / "was rejected by the
    beneficiary bank") over a table; a timeline (Payee, Amount, then Initiated / Authorised / Sent to RBI /
    Credited with their hours, the day on its own row); a bulk file's one record (File reference, Batch No.,
    Records, then Beneficiary, Amount, Record status, UTR). Transaction date / Processed on / Payment date,
    Initiated on / Submitted on on the one awaiting authorisation, Rejected on / Returned on on the failed
    one; UTR / NEFT UTR / RTGS UTR / IMPS RRN and Bank ref. No. / Transaction ID (bank)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "Rs. ", "\u20b9"))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?id={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transaction enquiry', 'Vendor payments'])}")
    p.add("rule")
    p.part = "body"
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    who = who.upper() if rng.random() < 0.35 else who
    day_labels = {
        "success": ["Transaction date", "Processed on", "Payment date"],
        "pending": ["Initiated on", "Submitted on"],
        "failed": ["Rejected on", "Returned on"],
    }[status]
    ref = bank_ref(rng, j, bank, way)
    tid = f"{rng.choice(['CB', 'EN', 'KB'])}{digits(rng, 12)}"

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            lab = "IMPS RRN" if way == "IMPS" else rng.choice(["UTR", f"{way} UTR"])
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        p.pair(rng.choice(["Bank ref. No.", "Transaction ID (bank)"]), tid, txn=(BANK_RANK, tid))

    words = {
        "success": ["Processed", "Credited to beneficiary"],
        "pending": ["Awaiting authorisation"],
        "failed": ["Rejected by beneficiary bank - account closed"],
    }
    layout = rng.randrange(4)
    if layout == 0:
        p.add("center", "TRANSACTION RECEIPT")
        p.add("left", "Debit account details")
        wrap_pair(p, "Account", f"{COMPANY_CAPS} - CA XXXX{digits(rng, 4)}")
        p.pair("Branch", rng.choice(["Koppal", "Hosapete", "Gangavathi"]))
        p.add("left", "Credit account details")
        wrap_pair(p, rng.choice(["Account name", "Beneficiary"]), who, merchant=who)
        p.pair("Account No.", f"XXXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{rng.choice(['CNRB', 'KARB', 'SBIN', 'PKGB'])}0{digits(rng, 6)}")
        p.add("left", "Transaction details")
        p.pair(rng.choice(["Transaction amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        wrap_pair(p, "Narration", note)
        refs()
        date_row(p, j, day_labels, hour=rng.random() < 0.5)
        p.add("rule")
        p.pair("Transaction status", rng.choice(words[status]), status=status)
    elif layout == 1:
        shown = rs(j.amount)
        on = "" if j.no_day else f" on {when_in(j, DAY_PATS, rng)}"
        facts = {} if j.no_day else {"date": j.date}
        if status == "success":
            text = f"Your {way} of {shown} to {who} has been processed{on}."
        elif status == "pending":
            text = f"Your {way} of {shown} to {who} is awaiting authorisation by the second approver."
            facts = {}
        else:
            text = f"Your {way} of {shown} to {who} was rejected by the beneficiary bank (account closed)."
            facts = {}
        p.add("left", text, amount=j.amount, merchant=who, method="netbanking", **facts)
        outcome_row(p, status, words)
        p.add("rule")
        wrap_pair(p, "Payee", who)
        p.pair("Debited amount", shown)
        refs()
        if status != "success":
            date_row(p, j, day_labels, hour=True)
        wrap_pair(p, "Remarks", note)
        p.pair("From account", f"CA XXXX{digits(rng, 4)}")
    elif layout == 2:
        wrap_pair(p, "Payee", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        date_row(p, j, day_labels)
        p.add("rule")
        tick = sign(font, "\u2713", "[x]")
        wait = sign(font, "\u25cb", "[ ]")
        hours = sorted(hhmm(rng, twelve=False) for _ in range(4))
        steps = [("Initiated by KCK.ACCTS", True), ("Authorised by KCK.DIR", status != "pending"),
                 ("Sent to RBI", status != "pending"), ("Credited", status == "success")]
        for (label, done), hour in zip(steps, hours):
            p.add("left", f"{tick if done else wait} {label}" + (f" - {hour}" if done else ""))
        outcome_row(p, status, words)
        refs()
        wrap_pair(p, "Remarks", note)
    else:
        p.add("left", "Bulk payment file - record view")
        p.pair("File reference", f"KCK_VENDOR_{digits(rng, 6)}.csv")
        p.pair("Batch No.", f"B{digits(rng, 7)}")
        p.pair("Records", "1")
        p.add("rule")
        wrap_pair(p, "Beneficiary", who, merchant=who)
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", way, method="netbanking")
        p.pair(
            "Record status",
            {"success": "Paid", "pending": "Pending authorisation", "failed": "Rejected - account closed"}[status],
            status=status,
        )
        refs()
        date_row(p, j, day_labels, hour=rng.random() < 0.5)
        wrap_pair(p, "Narration", note)
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 7. carvers, painters, sawyer, helpers


# payee, work, village, kind
WORKERS = [
    ("Hanumantappa Chitragar", "Carving - Garuda and Hanuman figures", "Kinnal", "carve"),
    ("Renuka Badiger", "Sanding and gesso (mitti) coat", "Kinnal", "payout"),
    ("Mallikarjun Chitragar", "Painting - lac colours and gold foil", "Kinnal", "paint"),
    ("Basamma Talawar", "Wood yard - stacking and seasoning", "Bhagyanagar", "payout"),
    ("Shivappa Kammar", "Sawing blanks", "Bhagyanagar", "saw"),
    ("Yallappa Madar", "Packing helper", "Hosapete", "gpay"),
    ("Gangamma Chitragar", "Painting - Dasara doll sets", "Kinnal", "paint"),
    ("Fakirappa Hosamani", "Polishing helper", "Kinnal", "paytm"),
]
# the voucher's headings, its piece lines (name, rate low, high, count low, high)
PIECES = {
    "carve": (
        ["KETTANE KOOLI PAVATI - PRATI GOMBE", "CARVER'S PIECE-RATE VOUCHER"],
        [("Garuda, 12 in", 380, 620, 2, 10), ("Hanuman, 9 in", 260, 420, 3, 12), ("Horse, 6 in", 90, 160, 6, 30)],
    ),
    "paint": (
        ["BANNA KOOLI PAVATI - PRATI GOMBE", "PAINTER'S PIECE-RATE VOUCHER"],
        [("Doll set, 11 figures", 520, 900, 1, 6), ("Parrot pair", 40, 80, 10, 60), ("Ganesha, 9 in", 150, 260, 4, 16)],
    ),
    "saw": (
        ["KOYYUVA KOOLI - PRATI CFT", "SAWING WAGES - BY THE CUBIC FOOT"],
        [("Blanks sawn", 55, 95, 40, 180)],
    ),
}


def wage_voucher(rng: random.Random, font: str, j: Job, status: str, who: str, work: str, village: str,
                 kind: str, rs) -> tuple[list, dict, dict]:
    """A printed piece-rate voucher: the company on top with the workshop's or the wood unit's line, then the
    number and the day as Pavati No. / Voucher No. and Dinanka / Date on one row or two, Kelasagarara hesaru
    (artisan) / Name of the payee / Paid to (worker), Kelasa (work), Ooru (village), the pieces x rate as
    rows, Ottu kooli (gross) / Gross wages, Less: Mungada (advance) recovered / Less: Blank spoilt - n @
    rate, Nikara kooli paavati (net paid) / Net wages paid, Mode, UPI Ref. No. / IMPS RRN; the sentence
    "Received Rs. x in full for the work above." with the worker's signature or thumb; PAID / PAID IN CASH /
    PAID - ENTERED IN KOOLI PUSTAKA."""
    heads, pieces = PIECES[kind]
    unit = "wood" if kind == "saw" else "workshop"
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        WOODYARD if unit == "wood" else WORKSHOP,
        UNITS[unit][1],
        "29",
        heads,
        merchant=False,
    )
    vno = f"KP/{fy(j.date)}/{rng.randrange(10, 999):03d}"
    if not j.no_ref and not j.no_day and rng.random() < 0.45:
        day = when_in(j, ["%d/%m/%Y", "{d}-{m}-%Y", "%d.%m.%Y"], rng)
        p.add("pair", f"Pavati No. {vno}", f"Dinanka: {day}", txn=(INVOICE_RANK, vno), date=j.date)
    else:
        if not j.no_ref:
            p.pair(rng.choice(["Pavati No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
        day_pair(p, j, ["Dinanka", "Date", "Paid on"])
    wrap_pair(p, rng.choice(["Kelasagarara hesaru (artisan)", "Name of the payee", "Paid to (worker)"]), who,
              merchant=who)
    p.pair("Kelasa (work)", work)
    p.pair("Ooru (village)", village)
    p.add("rule")
    gross = 0.0
    for name, lo, hi, qlo, qhi in rng.sample(pieces, rng.randrange(1, len(pieces) + 1)):
        q = rng.randrange(qlo, qhi)
        rate = float(rng.randrange(lo, hi + 1))
        unit_word = "cft" if kind == "saw" else "pcs"
        p.pair(f"{name}: {q} {unit_word} x {rate:,.2f}", rs(q * rate))
        gross += q * rate
    gross = round(gross, 2)
    p.pair(rng.choice(["Ottu kooli (gross)", "Gross wages"]), rs(gross))
    cut = 0.0
    if kind != "saw" and rng.random() < 0.4:
        per = float(rng.randrange(40, 120))
        cut += per
        p.pair(f"Less: Blank spoilt - 1 @ {per:,.2f}", rs(per))
    if gross > 2500 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 2000]))
        cut += adv
        p.pair("Less: Mungada (advance) recovered", rs(adv))
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(["Nikara kooli paavati (net paid)", "Net wages paid"]), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.add("left", f"Received Rs. {num(j.amount)} in full for the work above.")
    word = rng.choice(["PAID", "PAID - ENTERED IN KOOLI PUSTAKA"] + (["PAID IN CASH"] if way == "Cash" else []))
    p.add("center", word, status="success")
    p.part = "foot"
    right(p, rng.choice(["Kelasagarara sahi / hebberalu (signature / thumb)", "Signature or thumb of the payee"]))
    return p.done()


def open_payout(rng: random.Random, font: str, j: Job, status: str, who: str, work: str, rs) -> tuple:
    """Open's payout page (Open on top, Payouts | the company; a table: Payout status, Payee / Contact name,
    Amount, Mode, Account or UPI ID, Purpose, Payout ID, UTR, Created on / Processed on)."""
    j.amount = rupees(rng, 2400, 26000, 0.6)
    pid = f"pout_{code(rng, 14, MIXED)}"
    p = browser_page(rng, font, "app.open.money/payouts/" + ("list" if j.no_ref else pid))
    p.part = "head"
    p.add("title", "Open")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    word = {"success": rng.choice(["Processed", "Completed"]), "pending": "Queued - bank yet to respond"}[status]
    rows = [
        lambda: p.pair("Payout status", word, status=status),
        lambda: wrap_pair(p, rng.choice(["Payee", "Contact name"]), who, merchant=who),
        lambda: p.pair("Amount", rs(j.amount), amount=j.amount),
    ]
    rng.shuffle(rows)
    for row in rows:
        row()
    way = rng.choice(["IMPS", "UPI"])
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    if way == "IMPS":
        p.pair("Account", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    else:
        p.pair("UPI ID", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@okicici")
    wrap_pair(p, "Purpose", f"{work} - fortnight wages")
    if not j.no_ref:
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
    date_row(p, j, ["Processed on"] if status == "success" else ["Created on", "Queued since"], hour=True)
    p.part = "foot"
    p.add("small", "Payouts are sent from your Open current account.")
    return p.done()


def helper_app(rng: random.Random, font: str, k: int, j: Job, status: str, who: str, frame: str, rs) -> tuple:
    """A Google Pay conversation (the helper's name on top, the payment as a bubble, Paid / Failed and the day
    on one line) or a Paytm screen (the outcome, the sum, To: <name> and From: rows, Date & Time)."""
    j.amount = rupees(rng, 600, 8800, 0.9)
    vpa = f"{who.split()[0].lower()}{rng.randrange(10, 99)}@oksbi"
    note = rng.choice(["Packing - 5 days", "Packing helper wages"] if frame == "gpay" else
                      ["Polishing - 40 toys", "Polishing helper wages"])
    if frame == "gpay":
        p = phone_page(rng, font, k, [""])
        p.part = "head"
        top(p, who, merchant=who)
        p.add("small", vpa, method="UPI")
        p.add("rule")
        p.part = "body"
        p.add("center", "You paid")
        p.add("big", rs(j.amount), amount=j.amount)
        word = "Paid" if status == "success" else "Failed"
        if j.no_day:
            p.add("small", word, status=status)
        else:
            p.add("small", f"{word} {dot(font)} {when(j.date, rng.choice(['%d %b %Y', '{d} %b %Y']))}",
                  status=status, date=j.date)
        p.add("rule")
        p.pair("Note", note)
        if not j.no_ref:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        p.part = "foot"
        p.add("small", "Pay  |  Request  |  Message")
        return p.done()
    p = phone_page(rng, font, k, ["", "Payment details"])
    p.part = "head"
    p.add("title", "Paytm")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Paid Successfully", "Money sent"],
            "failed": ["Payment Failed - receiver's bank is not responding"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, "To:", who, merchant=who)
    p.add("small", vpa, method="UPI")
    wrap_pair(p, "From:", f"{rng.choice(['Canara Bank', 'Karnataka Bank'])} - {digits(rng, 4)}")
    date_row(p, j, ["Date & Time"], hour=True)
    p.pair("Note", note)
    if not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        oid = digits(rng, 20)
        wrap_pair(p, "Order ID", oid, txn=(TXN_RANK, oid))
    if status == "failed":
        p.add("small", "Any amount debited will be refunded to your account within 3 working days.")
    p.part = "foot"
    p.add("small", "Paytm  |  UPI")
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its carvers and painters by the piece and its sawyer by the cubic foot on printed
    vouchers (see ``wage_voucher``), its sander and wood yard helper through Open's payouts (see
    ``open_payout``; Processed / Completed / Queued - bank yet to respond) and its packing and polishing
    helpers on Google Pay and Paytm (see ``helper_app``; Paid / Failed, Paid Successfully / Money sent /
    Payment Failed - receiver's bank is not responding)."""
    k = place("worker_pay")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=1800, high=26000, p_round=0.9)
    who, work, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    if kind == "payout":
        return open_payout(rng, font, j, status, who, work, rs)
    if kind in ("gpay", "paytm"):
        return helper_app(rng, font, k, j, status, who, kind, rs)
    return wage_voucher(rng, font, j, status, who, work, village, kind, rs)


# ---------------------------------------------------------------- 8. CMC, GST, income tax, PT, forest, KSPCB,
# ESIC, EPFO


FEE_FRAMES = ["cmc", "gst", "itax", "pt", "forest", "kspcb", "esic", "epfo"]


def fee_heads(p: Screen, rs, heads: list[tuple[str, float]]) -> float:
    for head, value in heads:
        wrap_pair(p, head, rs(value))
    return round(sum(v for _, v in heads), 2)


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house's dues: Koppal City Municipal Council's trade licence on Karnataka One (the portal on top,
    Department: the council, Service, Receipt No., Transaction ID, Bank ref. No., Paid on), a GST PMT-06
    payment receipt (Goods and Services Tax on top, CPIN, CIN, BRN, Date of deposit, the tax table by head
    and Total challan amount), an income-tax challan receipt (Income Tax Department on top, ITNS 280, PAN,
    Assessment Year, Major / Minor head, the tax table, Amount (in Rs.), CIN, Bank Reference Number, BSR
    code, Challan No., Tender date), Karnataka's professional tax (Commercial Taxes Department, Government of
    Karnataka on top, Registration No. (PTRC), Return period, Rate, Total tax paid / Amount remitted, Challan
    reference No., Date of payment / Paid on), the Karnataka Forest Department's timber transit permit fee (Deputy Conservator of Forests,
    Koppal Division, Permit application No., the heads, Transaction No., Date of payment), the Karnataka State
    Pollution Control Board's consent renewal (failed: Payment not completed - transaction declined by bank),
    ESIC's contribution (pending: Challan submitted - awaiting bank confirmation) and EPFO's ECR (TRRN, CRN,
    Wage month, the accounts); the status first, under the heads or at the foot."""
    k = place("govt_fees")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    frame = FEE_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("Rs. ", "\u20b9", "INR "))
    way = rng.choice(["Net banking", "UPI", "Debit card"]) if frame in ("cmc", "pt", "forest") else "Net banking"
    words = {
        "success": ["Payment successful", "Paid - receipt generated"],
        "pending": ["Challan submitted - awaiting bank confirmation"],
        "failed": ["Payment not completed - transaction declined by bank"],
    }
    if frame == "cmc":
        p = browser_page(rng, font, "www.karnatakaone.gov.in/receipt/" + ("print" if j.no_ref else digits(rng, 10)))
        p.part = "head"
        top(p, "Karnataka One")
        p.add("small", "Citizen services  |  e-Governance Department, Government of Karnataka")
        p.add("rule")
        p.part = "body"
        authority = rng.choice(["Koppal City Municipal Council", "KOPPAL CITY MUNICIPAL COUNCIL"])
        wrap_pair(p, "Department", authority, merchant=authority)
        p.pair("Service", "Trade licence renewal 2026-27")
        wrap_pair(p, "Trade name", SHOWROOM if rng.random() < 0.5 else WORKSHOP)
        p.pair("Licence No.", f"KCMC/TL/{digits(rng, 5)}")
        outcome_row(p, status, words)
        total = fee_heads(p, rs, [("Trade licence fee", float(rng.choice([2500, 3500, 5000]))),
                                  ("Solid waste cess", float(rng.choice([600, 1200])))])
        j.amount = total
        p.pair("Amount paid", rs(total), amount=total)
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            rno = f"K1{digits(rng, 12)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
            tid = f"KONE{digits(rng, 10)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "Karnataka One - one-stop citizen service. Keep this receipt for the licence.")
        return p.done()
    if frame == "gst":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/receipt")
        p.part = "head"
        name = rng.choice(["Goods and Services Tax", "GOODS AND SERVICES TAX"])
        top(p, name, merchant=name)
        p.add("small", "Government of India, States and Union Territories")
        p.add("center", "Payment Receipt (Form GST PMT-06)")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Status: Paid"]})
        if not j.no_ref:
            cpin = f"26{digits(rng, 12)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
            cin = f"{cpin}{rng.choice(['CNRB', 'SBIN', 'HDFC'])}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
            brn = f"{digits(rng, 10)}"
            p.pair("BRN", brn, txn=(BANK_RANK, brn))
        day_pair(p, j, ["Date of deposit", "Payment date"], ["%d/%m/%Y", "%d-%m-%Y"])
        p.pair("GSTIN", gstin(rng, "29"))
        wrap_pair(p, "Name (Legal)", COMPANY_CAPS)
        p.pair("Mode of payment", "E-Payment (Net banking)", method="netbanking")
        p.pair("Bank name", rng.choice(["Canara Bank", "State Bank of India", "HDFC Bank"]))
        p.add("left", "Head          Tax          Interest          Total")
        cg = float(rng.randrange(8000, 160000))
        interest = float(rng.choice([0, 0, rng.randrange(50, 900)]))
        for head in ("CGST", "SGST"):
            p.add("left", f"{head}    {num(cg)}    {num(interest)}    {num(cg + interest)}")
        j.amount = round(2 * (cg + interest), 2)
        p.pair("Total challan amount", rs(j.amount), amount=j.amount)
        p.part = "foot"
        p.add("small", "The amount is credited to the electronic cash ledger of the taxpayer.")
        return p.done()
    if frame == "itax":
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax/receipt")
        p.part = "head"
        name = rng.choice(["Income Tax Department", "INCOME TAX DEPARTMENT"])
        top(p, name, merchant=name)
        p.add("small", "e-Pay Tax  |  Government of India")
        p.add("center", "Challan Receipt - ITNS 280")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Challan paid"]})
        p.pair("PAN", f"AAF{rng.choice('CK')}K{digits(rng, 4)}{rng.choice(UPPER)}")
        wrap_pair(p, "Name", COMPANY_CAPS)
        p.pair("Assessment Year", "2027-28")
        p.pair("Financial Year", "2026-27")
        p.pair("Major head", "Corporation Tax (0020)")
        p.pair("Minor head", "Advance Tax (100)")
        tax = float(rng.randrange(40, 900) * 1000)
        sur = float(round(tax * 0.07))
        cess = float(round((tax + sur) * 0.04))
        j.amount = tax + sur + cess
        for head, value in (("A  Tax", tax), ("B  Surcharge", sur), ("C  Cess", cess), ("D  Interest", 0.0),
                            ("E  Penalty", 0.0)):
            p.pair(head, rs(value))
        p.pair("Amount (in Rs.)", rs(j.amount), amount=j.amount)
        p.add("small", words_in_rupees(j.amount))
        p.pair("Mode of payment", "Net Banking", method="netbanking")
        if not j.no_ref:
            bsr = digits(rng, 7)
            chno = f"{rng.randrange(10000, 99999)}"
            tender = j.date
            cin = f"{bsr}{tender:%d%m%y}{chno}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Reference Number", bref, txn=(BANK_RANK, bref))
            p.pair("BSR code", bsr)
            p.pair("Challan No.", chno, txn=(INVOICE_RANK, chno))
        day_pair(p, j, ["Tender date", "Date of deposit"], ["%d/%m/%Y", "%d-%b-%Y"])
        p.part = "foot"
        p.add("small", "Challan details are shown in Form 26AS within a few days.")
        return p.done()
    if frame == "pt":
        p = browser_page(rng, font, "pt.kar.nic.in/ptpay/receipt")
        p.part = "head"
        name = rng.choice(["Commercial Taxes Department, Government of Karnataka", "Commercial Taxes Department"])
        top(p, name, merchant=name)
        p.add("small", "Professional Tax - e-payment (employers)")
        p.add("rule")
        p.part = "body"
        p.pair("Registration No. (PTRC)", f"{digits(rng, 9)}")
        wrap_pair(p, "Employer", COMPANY_CAPS)
        p.pair("Return period", j.month(1))
        staff = rng.randrange(12, 48)
        p.pair("Employees (salary above Rs 25,000)", str(staff))
        j.amount = float(staff * 200)
        p.pair("Rate", "Rs 200 a month each")
        p.pair(rng.choice(["Total tax paid", "Amount remitted"]), rs(j.amount), amount=j.amount)
        p.pair("Paid through", way, method=way_method(way))
        if not j.no_ref:
            cref = f"PT{digits(rng, 12)}"
            p.pair("Challan reference No.", cref, txn=(INVOICE_RANK, cref))
        day_pair(p, j, ["Date of payment", "Paid on"])
        outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "File the monthly return by the 20th of the next month.")
        return p.done()
    if frame == "forest":
        p = browser_page(rng, font, "aranya.gov.in/epermit/payment/" + ("status" if j.no_ref else digits(rng, 9)))
        p.part = "head"
        name = rng.choice(["Karnataka Forest Department", "KARNATAKA FOREST DEPARTMENT"])
        top(p, name, merchant=name)
        p.add("small", "Deputy Conservator of Forests, Koppal Division  |  Timber transit permit")
        p.add("rule")
        p.part = "body"
        p.pair("Permit application No.", f"KPL/TP/{digits(rng, 6)}")
        wrap_pair(p, "Applicant", WOODYARD)
        wrap_pair(p, "Produce", f"Hale wood logs, {rng.randrange(80, 400)} cft")
        outcome_row(p, status, words)
        heads = [("Transit permit fee", float(rng.choice([500, 750, 1000]))),
                 ("Forest development tax", float(rng.randrange(8, 40) * 100))]
        j.amount = fee_heads(p, rs, heads)
        p.pair("Total paid", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method=way_method(way))
        if not j.no_ref:
            tno = f"KFD{digits(rng, 11)}"
            p.pair("Transaction No.", tno, txn=(TXN_RANK, tno))
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Print the permit only after the payment shows as successful.")
        return p.done()
    if frame == "kspcb":
        p = browser_page(rng, font, "kspcb.karnataka.gov.in/xgn/payment/response")
        p.part = "head"
        name = rng.choice(["Karnataka State Pollution Control Board", "KARNATAKA STATE POLLUTION CONTROL BOARD"])
        top(p, fit_name(p, "title", [name, "Karnataka State Pollution Control Board"]), merchant=name)
        p.add("small", "XGN - consent to operate, renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words)
        wrap_pair(p, "Name of the unit", WOODYARD)
        p.pair("Application No.", f"{digits(rng, 7)}")
        heads = [("Consent fee - Water Act", float(rng.choice([2500, 4000, 6000]))),
                 ("Consent fee - Air Act", float(rng.choice([2500, 4000, 6000])))]
        j.amount = fee_heads(p, rs, heads)
        p.pair("Total fee due", rs(j.amount), amount=j.amount)
        p.pair("Payment option", "Net banking", method="netbanking")
        if not j.no_ref:
            tno = f"XGN{digits(rng, 12)}"
            p.pair("PG transaction ID", tno, txn=(TXN_RANK, tno))
        date_row(p, j, ["Attempted on", "Transaction tried on"], hour=True)
        p.part = "foot"
        p.add("small", "No fee is recorded against the application. Please try again.")
        return p.done()
    if frame == "esic":
        p = browser_page(rng, font, "www.esic.gov.in/EmployerPortal/challan/status")
        p.part = "head"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Labour & Employment  |  Online challan")
        p.add("rule")
        p.part = "body"
        p.pair("Employer code", digits(rng, 17))
        p.pair("Contribution period", j.month(1))
        wages = float(rng.randrange(300000, 1400000))
        er, ee = round(wages * 0.0325, 2), round(wages * 0.0075, 2)
        p.pair("Employer's share @ 3.25%", rs(er))
        p.pair("Employees' share @ 0.75%", rs(ee))
        j.amount = float(round(er + ee))
        p.pair("Challan amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking (SBI)", method="netbanking")
        if not j.no_ref:
            cno = f"{digits(rng, 14)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
        date_row(p, j, ["Challan submitted on", "Sent to bank on"], hour=True)
        outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Do not pay the challan again until the bank's status is received.")
        return p.done()
    p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/payment/receipt")
    p.part = "head"
    name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
    top(p, name, merchant=name)
    p.add("small", "Ministry of Labour & Employment, Government of India  |  ECR payment")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, words)
    p.pair("Establishment code", f"KNHUB{digits(rng, 7)}000")
    p.pair("Wage month", j.month(1))
    ac1 = float(rng.randrange(30000, 160000))
    heads = [("A/c 1 (EE + ER)", ac1), ("A/c 2 (admin)", float(round(ac1 * 0.04))),
             ("A/c 10 (EPS)", float(round(ac1 * 0.32))), ("A/c 21 (EDLI)", float(round(ac1 * 0.04)))]
    j.amount = fee_heads(p, rs, heads)
    p.pair("Grand total paid", rs(j.amount), amount=j.amount)
    p.pair("Mode", "Net banking", method="netbanking")
    if not j.no_ref:
        trrn = f"{digits(rng, 13)}"
        p.pair("TRRN", trrn, txn=(TXN_RANK, trrn))
        crn = f"{digits(rng, 13)}"
        p.pair("CRN", crn, txn=(INVOICE_RANK, crn))
    day_pair(p, j, ["Paid on", "Date of payment"], ["%d-%b-%Y", "%d/%m/%Y"])
    p.part = "foot"
    p.add("small", "The ECR is final once the payment is confirmed by the bank.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers


# insurer, its office line, the cover, the frame, its web domain
INSURERS = [
    ("Universal Sompo General Insurance Co. Ltd", "Hubballi branch", "fire", "browser", "universalsompo.com"),
    ("Go Digit General Insurance Ltd", "Digital policy desk, Bengaluru", "shop", "mail", "godigit.com"),
    ("Tata AIG General Insurance Co. Ltd", "Marine cargo desk, Bengaluru", "marine", "paper", "tataaig.com"),
    ("Star Health and Allied Insurance Co. Ltd", "Group health, Ballari branch", "health", "browser",
     "starhealth.in"),
    ("HDFC ERGO General Insurance Co. Ltd", "Commercial lines", "wc", "mail", "hdfcergo.com"),
    ("Cholamandalam MS General Insurance Co. Ltd", "Hubballi branch", "pa", "paper", "cholainsurance.com"),
    ("United India Insurance Co. Ltd", "Divisional Office, Hosapete", "vehicle", "paper", "uiic.co.in"),
    ("Liberty General Insurance Ltd", "Exhibition floaters, Bengaluru", "fair", "browser", "libertyinsurance.in"),
]
COVERS = {
    "fire": "Bharat Sookshma Udyam Suraksha - workshop, wood stock and finished toys",
    "shop": "Shopkeeper's package - showroom stock and glass",
    "marine": "Marine cargo open policy - export declarations",
    "health": "Group health - carvers, painters and staff",
    "wc": "Employees' compensation - workshop and wood yard",
    "pa": "Group personal accident - home artisans",
    "vehicle": "Goods carrying vehicle package - the pickup",
    "fair": "Exhibition floater - Hampi Utsav stall",
}


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The insurers' receipts for the workshop and the wood stock, the showroom, the export cargo, the
    workers' health, the employees' compensation, the home artisans' accidents, the pickup and the Hampi
    Utsav stall, in three layouts: a TAX INVOICE CUM PREMIUM RECEIPT / Premium receipt and tax invoice (the
    insurer on top, Policy No. / Proposal No. / Renewal notice No., Insured / Name of the insured, Cover,
    Policy period <day> to <day>, the table Taxable value / CGST @ 9% / SGST @ 9% or IGST @ 18% / Total
    premium, then Amount received, Mode, Cheque No. on the cheque, Premium receipt No. / Receipt No., Bank
    ref. No. / UPI Ref. No., Date of receipt / Receipt date / Cheque received on); an e-mail ("We acknowledge
    receipt of <sum> towards your policy" / "Your renewal payment of <sum> could not be completed", then
    Transaction summary rows: Payment ID, Amount, Mode, Paid on / Attempted on); and a web page (the status
    first, the sum large, Insured, Cover, Period of cover, Premium (before GST), GST @ 18%, Payment ID, Bank
    ref. No., Transaction date / Date of attempt)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    insurer, office, kind, frame, domain = INSURERS[k]
    if kind == "fair":
        j.date = FAIR_START - dt.timedelta(days=rng.randrange(6, 20))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    rs = money(rng, font, 0.0, marks=("Rs.", "\u20b9", "INR"))
    base = {
        "fire": (9000, 48000),
        "shop": (3500, 14000),
        "marine": (12000, 60000),
        "health": (90000, 380000),
        "wc": (14000, 70000),
        "pa": (6000, 30000),
        "vehicle": (14000, 26000),
        "fair": (2500, 9000),
    }[kind]
    net = rupees(rng, *base, 0.3)
    inter = rng.random() < 0.4
    gst = round(net * 0.18, 2)
    j.amount = round(net + gst, 2)
    pay = "Cheque" if status == "pending" else rng.choice(["Net banking", "UPI", "Debit card"])
    name = insurer.upper() if frame == "paper" and rng.random() < 0.5 else insurer
    start = j.date + dt.timedelta(days=rng.randrange(1, 6))
    if kind == "fair":
        start, end = FAIR_START - dt.timedelta(days=2), FAIR_START + dt.timedelta(days=5)
    else:
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    period = f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}"
    policy = {
        "success": ("Policy No.", f"{rng.choice(['2', '5', '1'])}{digits(rng, 4)}/{digits(rng, 8)}/000"),
        "pending": ("Proposal No.", f"PR{digits(rng, 10)}"),
        "failed": ("Renewal notice No.", f"RN{digits(rng, 10)}"),
    }[status]
    rno = f"{rng.randrange(1000, 9999)}{digits(rng, 9)}"
    pid = f"{rng.choice(['PG', 'TX', 'IP'])}{digits(rng, 12)}"
    bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
    day_labels = {
        "success": ["Date of receipt", "Receipt date", "Paid on"],
        "pending": ["Cheque received on", "Cheque accepted on"],
        "failed": ["Attempted on", "Date of attempt"],
    }[status]

    def tax_rows() -> None:
        if inter:
            p.pair("IGST @ 18%", rs(gst))
        else:
            p.pair("CGST @ 9%", rs(round(gst / 2, 2)))
            p.pair("SGST @ 9%", rs(round(gst - round(gst / 2, 2), 2)))

    if frame == "paper":
        p = paper_page(rng, font, [740, 780])
        p.part = "head"
        shown = fit_name(p, "title", [name, insurer])
        top(p, shown, merchant=shown)
        p.add("small", office)
        p.add("center", rng.choice(["TAX INVOICE CUM PREMIUM RECEIPT", "Premium receipt and tax invoice"]))
        p.add("rule")
        p.part = "body"
        p.pair(*policy)
        wrap_pair(p, rng.choice(["Insured", "Name of the insured"]), rng.choice([COMPANY, COMPANY_CAPS]))
        wrap_pair(p, "Cover", COVERS[kind])
        if kind == "vehicle":
            p.pair("Registration No.", f"KA-37-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        if not j.no_day:
            wrap_pair(p, "Policy period", period)
        p.pair("Taxable value", rs(net))
        tax_rows()
        p.pair("Total premium", rs(j.amount))
        p.add("rule")
        p.pair(
            "Amount received" if status != "pending" else "Cheque amount (subject to realisation)",
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Mode", pay, method=way_method(pay))
        if pay == "Cheque":
            wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} dt. {when(earlier(rng, j, 1, 4), '%d/%m/%Y')} - "
                      f"{rng.choice(BANKS[:4])}")
        if not j.no_ref:
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
            if pay == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            elif pay != "Cheque":
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        day_pair(p, j, day_labels)
        p.add(
            "center",
            {"success": "PREMIUM RECEIVED - COVER IN FORCE", "pending": "CHEQUE UNDER CLEARING - COVER FROM REALISATION",
             "failed": "NOT PAID"}[status],
            status=status,
        )
        p.part = "foot"
        right(p, f"For {insurer}")
        return p.done()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{insurer.split(' General')[0]} <noreply@{domain}>",
            ["Premium received - thank you", "Your policy payment"] if status == "success"
            else ["Renewal payment not completed", "Action needed: renewal payment"],
        )
        p.part = "head"
        shown = fit_name(p, "title", [insurer, insurer.split(" Co.")[0]])
        top(p, shown, merchant=shown)
        p.add("small", office)
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        shown = rs(j.amount)
        if status == "success":
            p.add("left", f"We acknowledge receipt of {shown} towards your policy. Your cover is in force.",
                  amount=j.amount, status="success")
        else:
            p.add("left", f"Your renewal payment of {shown} could not be completed: your bank declined the "
                  "transaction. Please renew before the policy lapses.", amount=j.amount, status="failed")
        p.pair(*policy)
        wrap_pair(p, "Cover", COVERS[kind])
        if not j.no_day:
            wrap_pair(p, "Period of cover", period)
        p.add("left", "Transaction summary")
        if not j.no_ref:
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if status == "success" and pay == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("Amount", shown)
        p.pair("Mode", pay, method=way_method(pay))
        date_row(p, j, ["Paid on", "Payment date"] if status == "success" else day_labels, hour=True)
        p.part = "foot"
        p.add("small", "Premium includes GST @ 18%. The tax invoice is attached.")
        return p.done()
    p = browser_page(rng, font, f"www.{domain}/payment/" + ("done" if j.no_ref else pid))
    p.part = "head"
    shown = fit_name(p, "title", [insurer, insurer.split(" Co.")[0]])
    top(p, shown, merchant=shown)
    p.add("small", office)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {"success": ["Payment successful - policy issued", "Premium paid"]},
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, "Insured", rng.choice([COMPANY, COMPANY_CAPS]))
    wrap_pair(p, "Cover", COVERS[kind])
    if not j.no_day:
        wrap_pair(p, "Period of cover", period)
    p.pair("Premium (before GST)", rs(net))
    p.pair("GST @ 18%", rs(gst))
    p.pair("Paid by", pay, method=way_method(pay))
    if not j.no_ref:
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        if pay == "UPI":
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        p.pair(*policy)
    date_row(p, j, ["Transaction date", "Paid on"], hour=True)
    p.part = "foot"
    p.add("small", "The policy schedule is sent to your registered e-mail.")
    return p.done()


# ---------------------------------------------------------------- 10. card slips


COUNTERS = [
    ("KINHAL KALE MANDIRA", "HAMPI ROAD, HOSAPETE", "own"),
    ("SRI DURGA FUELS (IOCL)", "NH-67, GINIGERA, KOPPAL", "fuel"),
    ("KINHAL CHITRAGARA KALE", "KINNAL, KOPPAL", "own"),
    ("HOTEL NAVEEN RESIDENCY", "GOKUL ROAD, HUBBALLI", "hotel"),
    ("KINHAL CHITRAGARA KARYAGARA", "CHITRAGAR ONI, KINNAL", "own"),
    ("BASAVESHWARA HARDWARE & PAINTS", "GADAG ROAD, KOPPAL", "shop"),
    ("KINHAL KALE MANDIRA", "HAMPI UTSAV STALL 14, KAMALAPURA", "own"),
    ("MAYURA BENNE DOSA HOTEL", "STATION ROAD, HOSAPETE", "food"),
]
TERMINALS = ["PINE LABS", "INDIAN OIL", "HDFC BANK", "SBI", "MSWIPE", "AXIS BANK", "CANARA BANK", "RAZORPAY POS"]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the showroom's (on Hampi Road and at the Hampi Utsav stall), the company's and the
    workshop's terminals, and the company's card at a filling station on NH-67, a Hubballi hotel, a Koppal
    hardware shop and a Hosapete dosa house: slips (monospace: SALE or CHARGE SLIP on top, the terminal's
    bank or brand, the counter in capitals and its place; DATE: <day> TIME: <hour> on one line, or the day
    in capitals with the hour (14 OCT 26 16:12), at the top or after the card; MID:, TID:, BATCH NO.:,
    ROC:, CARD:, the scheme and entry, APPR:, RET REF NO: / RRN:, a fuel sale's PRODUCT:, RATE:, VOL:, DU
    NO:, VEH NO:, a hotel's FOLIO: and a dosa house's KOT NO:; the sum as SALE AMOUNT: / AMOUNT INR, or
    BASE AMT:, TIP: and TOTAL: on the hotel's and the dosa house's; TRANSACTION APPROVED / APPROVED - SIGN NOT
    REQUIRED / DECLINED 51 - INSUFFICIENT FUNDS / HOST TIMEOUT - DO NOT RETRY, CHECK WITH BANK)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=1800, high=64000)
    name, town, kind = COUNTERS[k]
    if k == 6:
        j.date = FAIR_START + dt.timedelta(days=rng.randrange(3))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 6400, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2600, 12000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 700, 18000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 180, 1600, 0.5)
    tip = 0.0
    if kind in ("hotel", "food") and status == "success":
        tip = float(rng.choice([20, 50, 100, 200]))
    base = round(j.amount - tip, 2)
    p = slip_page(rng, font)
    p.part = "head"
    p.add("center", rng.choice(["SALE", "CHARGE SLIP"]))
    p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"

    def day_rows() -> None:
        if j.no_day:
            return
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.5)
        if rng.random() < 0.55:
            d = when(j.date, rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d-%m-%Y"]))
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.add("left", f"{when(j.date, rng.choice(['%d %b %y', '%d%b%Y']), upper=True)}  {t}", date=j.date)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO.:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        roc = f"{rng.randrange(1, 9999):06d}"
        p.pair("ROC:", roc, txn=(INVOICE_RANK, roc))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    scheme = {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead]
    p.pair("TYPE:", f"{scheme} {rng.choice(['CHIP', 'TAP'] if j.amount <= 5000 else ['CHIP'])}")
    if not day_top:
        day_rows()
    if kind == "fuel":
        rate = round(rng.uniform(101.5, 104.2), 2)
        p.pair("PRODUCT:", rng.choice(["XP95", "PETROL", "DIESEL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOL:", f"{j.amount / rate:.2f} L")
        p.pair("DU NO:", str(rng.randrange(1, 7)))
        p.pair("VEH NO:", f"KA37{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO:", f"F{digits(rng, 5)}")
    elif kind == "food":
        p.pair("KOT NO:", str(rng.randrange(10, 900)))
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6)
        p.pair("APPR:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "failed":
        p.pair(rng.choice(["RET REF NO:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    mark = rng.choice(["INR ", "RS ", ""])
    if tip:
        p.pair("BASE AMT:", f"{mark}{base:.2f}")
        p.pair("TIP:", f"{mark}{tip:.2f}")
        p.pair("TOTAL:", f"{mark}{j.amount:.2f}", amount=j.amount)
    else:
        p.pair(rng.choice(["SALE AMOUNT:", "AMOUNT INR"]), f"{j.amount:,.2f}", amount=j.amount)
    p.add("rule")
    p.add(
        "center",
        {
            "success": rng.choice(["TRANSACTION APPROVED", "APPROVED - SIGN NOT REQUIRED"]),
            "failed": "DECLINED 51 - INSUFFICIENT FUNDS",
            "pending": "HOST TIMEOUT - DO NOT RETRY, CHECK WITH BANK",
        }[status],
        status=status,
    )
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "*** MERCHANT COPY ***"]))
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, gas


BILLERS = [
    ("GESCOM", "Gulbarga Electricity Supply Company Ltd", "Account ID"),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account number"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile number"),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("HP Gas", "Hindustan Petroleum Corporation Ltd", "Consumer number (LPG)"),
]
BILL_APPS = ["GESCOM", "Canara ai1", "BHIM", "yono BUSINESS", "MobiKwik", "Kotak 811", "GESCOM", "Paytm"]
BILL_WHICH = [0, 1, 0, 0, 3, 4, 0, 2]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's, the wood unit's and the showroom's power (GESCOM), the showroom's fibre (Airtel Xstream
    Fiber), the manager's postpaid (Vi), the showroom's DTH (Tata Play) and the workshop's gas (HP Gas): a
    Bharat Connect payment receipt in Canara ai1, BHIM, yono BUSINESS, MobiKwik, Kotak 811 and Paytm (Bharat
    Connect - Payment receipt: Biller Name, Customer Name, the number, Bill Date, Due Date, Bill Amount,
    Customer Convenience Fee on some, Total Amount, Payment Mode, Payment Channel, B-Connect Txn ID, UPI Ref
    No, Request ID on the failed one, Transaction Date & Time, Status; or a passbook entry opened:
    <Electricity> bill - <biller> as its title, the sum large, the status, the day with no label, Includes
    convenience fee, Paid from, Bharat Connect ID, UTR) and GESCOM's own online receipt (GESCOM /
    Gulbarga Electricity Supply Company Ltd on top, RR Number, Account ID, Sub-division, Amount paid, Receipt
    No., Transaction ID, Bank Transaction ID, Payment date)."""
    k = place("utility_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=1400, high=42000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 589, 2360, 0.7)
    elif which == 2:
        j.amount = rupees(rng, 449, 1499, 0.7)
    elif which == 3:
        j.amount = rupees(rng, 260, 960, 0.7)
    elif which == 4:
        j.amount = rupees(rng, 880, 2900, 0.5)
    rs = money(rng, font, 0.4)
    ident = {
        "Account ID": f"{rng.choice(['71', '72'])}{digits(rng, 8)}",
        "Account number": f"{rng.choice(['10', '11'])}{digits(rng, 8)}",
        "Mobile number": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "Consumer number (LPG)": digits(rng, 7),
    }[idlab]
    app = BILL_APPS[k]
    if app == "GESCOM":
        p = browser_page(rng, font, "gescom.karnataka.gov.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        shown = fit_name(p, "title", [name, short])
        top(p, shown, merchant=shown)
        p.add("small", "Online payment receipt  |  A Government of Karnataka undertaking")
        p.add("rule")
        p.part = "body"
        p.pair("RR Number", f"{rng.choice(['KPL', 'HPT'])}{digits(rng, 5)}")
        p.pair(idlab, ident)
        p.pair("Sub-division", rng.choice(["Koppal (Urban)", "Hosapete-1", "Bhagyanagar"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, WORKSHOP.upper(), WOODYARD.upper()]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            rno = f"GR{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
            tid = f"GSC{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bt = j.ref if way == "UPI" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank Transaction ID", bt, txn=(UTR_RANK if way == "UPI" else BANK_RANK, bt))
        date_row(p, j, ["Payment date"], hour=True)
        outcome_row(p, status, {"success": ["Payment successful - updated in your account"]})
        p.part = "foot"
        p.add("small", "The payment shows in your next bill. Keep this receipt.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.part = "body"
    words = {
        "success": ["Successful", "Bill paid"],
        "pending": ["Pending - the biller will confirm within 48 hours"],
        "failed": ["Failed - amount, if debited, is refunded in 3 days"],
    }
    word = rng.choice(words[status])
    fee = float(rng.choice([0, 0, 5, 10])) if which != 0 and status != "failed" else 0.0
    bill = round(j.amount - fee, 2)
    way = "Current account" if app == "yono BUSINESS" else "UPI"
    kind_word = {0: "Electricity", 1: "Broadband", 2: "Postpaid", 3: "DTH", 4: "LPG cylinder"}[which]
    name = rng.choice([short, long])
    if rng.random() < 0.5:
        p.add("center", "Bharat Connect - Payment receipt")
        p.add("rule")
        wrap_pair(p, "Biller Name", name, merchant=name)
        wrap_pair(p, "Customer Name", rng.choice([COMPANY_CAPS, SHOWROOM.upper(), WORKSHOP.upper()]))
        p.pair(idlab, ident)
        if which in (0, 1) and not j.no_day:
            p.pair("Bill Date", when(earlier(rng, j, 8, 20), "%d/%m/%Y"))
            p.pair("Due Date", j.other_day(rng, 4, 15))
        p.pair("Bill Amount", rs(bill))
        if fee:
            p.pair("Customer Convenience Fee", rs(fee))
        p.pair("Total Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment Mode", way, method="netbanking" if way == "Current account" else "UPI")
        p.pair("Payment Channel", "Mobile app")
        if not j.no_ref:
            if status != "failed":
                bc = f"{rng.choice(['CC', 'BH', 'SB', 'MK', 'KT'])}0{rng.randrange(1, 10)}{code(rng, 11, ALNUM)}"
                p.pair("B-Connect Txn ID", bc, txn=(BANK_RANK, bc))
            if way == "UPI" and status == "success":
                p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            if status == "failed":
                oid = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
                p.pair("Request ID", oid, txn=(TXN_RANK, oid))
        date_row(p, j, ["Transaction Date & Time"], hour=True)
        p.pair("Status", word, status=status)
    else:
        title = f"{kind_word} bill - {name}"
        if fits(p, "center", title):
            p.add("center", title, merchant=name)
        else:
            p.add("center", f"{kind_word} bill")
            p.add("center", name, merchant=name)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        if not j.no_day:
            p.add("small", screen_day(rng, j.date), date=j.date)
        p.add("rule")
        p.pair(idlab, ident)
        if fee:
            p.pair("Includes convenience fee", rs(fee))
        wrap_pair(p, "Paid from", f"{way} XX{digits(rng, 4)}" if way != "UPI" else f"UPI - {rng.choice(BANKS[:6])}",
                  method="netbanking" if way == "Current account" else "UPI")
        if not j.no_ref:
            if status != "failed":
                bc = f"{rng.choice(['CC', 'BH', 'SB', 'MK', 'KT'])}0{rng.randrange(1, 10)}{code(rng, 11, ALNUM)}"
                p.pair("Bharat Connect ID", bc, txn=(BANK_RANK, bc))
            if way == "UPI" and status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            if status == "failed":
                oid = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
                p.pair("Request ID", oid, txn=(TXN_RANK, oid))
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "BASAVESHWARA HARDWAR",
    "KOPPAL CHARCOAL MAND",
    "Hiremath & Kulkarni",
    "TUNGABHADRA TRANSPO",
    "VIRUPAKSHA FRAMES",
    "Sri Basavaraj Angadi",
    "VIJAYANAGARA SECURIT",
    "YALLAPPA MADAR",
]
SENDERS = {
    "HDFC Bank": "AD-HDFCBK",
    "Bank of Baroda": "VM-BOBTXN",
    "Karnataka Bank": "JM-KBLBNK",
    "Axis Bank": "AX-AXISBK",
    "Canara Bank": "VK-CANBNK",
    "Karnataka Gramin Bank": "BZ-KAGBNK",
}
ALERT_BANKS = ["HDFC Bank", "Bank of Baroda", "Karnataka Bank", "Karnataka Bank", "Axis Bank", "HDFC Bank",
               "Canara Bank", "Karnataka Gramin Bank"]
MAIL_AT = (2, 5)


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail, each bank's own wording: HDFC Bank's UPI "Sent
    Rs.x / From HDFC Bank A/C *1234 / To <payee> / On 14/10/26 / Ref <ref>", Bank of Baroda's "Rs.x Dr. from
    A/C XXXXXX1234 and Cr. to <payee>. Ref:<ref>. AvlBal:Rs<bal>(2026:10:14 16:12:05)", Axis Bank's "INR x
    debited / A/c no. XX1234 / 14-10-26, 16:12:05 / UPI/P2M/<ref>/<payee>", Karnataka Gramin Bank's "Your
    a/c XX1234 is debited for Rs.x on 14-10-2026 by UPI to <payee>.", Karnataka Bank's NEFT "is under process"
    (pending) and Canara Bank's "NEFT of INR x to <payee> has failed and the amount is credited back" (failed);
    Karnataka Bank's e-mail (Transaction alert: Amount, Beneficiary, Date, Mode, UTR, Balance) and HDFC Bank's
    InstaAlert e-mail ("Rs.x has been debited from account **1234 to VPA <vpa> <payee> on 14-10-26. Your UPI
    transaction reference number is <ref>.")."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=6000, high=260000)
    bank = ALERT_BANKS[k]
    to = ALERT_PAYEES[k]
    if k in (0, 4, 5, 7):
        j.amount = rupees(rng, 400, 24000, 0.7)
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    tail = digits(rng, 4)
    vpa = f"{to.split()[0].lower()}{rng.randrange(10, 99)}@{rng.choice(['ybl', 'okaxis', 'paytm'])}"
    if k in MAIL_AT:
        p = mail_page(
            rng,
            font,
            f"{bank} <{'alerts' if bank == 'HDFC Bank' else 'txnalerts'}@{slug(bank)}>",
            ["View: Account update for your HDFC Bank A/c" if bank == "HDFC Bank" else "Transaction alert - KBL"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "InstaAlert" if bank == "HDFC Bank" else "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer,")
        if bank == "HDFC Bank":
            on = "" if j.no_day else f" on {when(j.date, '%d-%m-%y')}"
            p.add(
                "left",
                f"Rs.{amt} has been debited from account **{tail} to VPA {vpa} {to}{on}.",
                amount=j.amount,
                merchant=to,
                method="UPI",
                status="success",
                **({} if j.no_day else {"date": j.date}),
            )
            if not j.no_ref:
                p.add("left", f"Your UPI transaction reference number is {j.ref}.", txn=(UTR_RANK, j.ref))
            p.add("left", "If you did not authorise this, call 1800 202 6161 at once.")
        else:
            way = "RTGS" if j.amount >= 200000 else "NEFT"
            p.pair("Amount", f"Rs. {amt}", amount=j.amount)
            wrap_pair(p, "Beneficiary", to, merchant=to)
            day_pair(p, j, ["Date"], ["%d-%m-%Y", "%d/%m/%Y"])
            p.pair("Mode", f"{way} (internet banking)", method="netbanking")
            if not j.no_ref:
                ref = bank_ref(rng, j, bank, way)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
            p.pair("Balance", f"Rs. {num(rupees(rng, 90000, 3200000))}")
            p.pair("Status", "Debited - transfer complete", status="success")
        p.part = "foot"
        p.add("small", "This is an automated alert. Please do not reply to this e-mail.")
        return p.done()
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b %Y"])), date=j.date)
    bal = num(rupees(rng, 40000, 2400000), "plain")
    ref = None if j.no_ref else j.ref
    if bank == "HDFC Bank":
        p.add("left", f"Sent Rs.{amt}", amount=j.amount, status="success", method="UPI")
        p.add("left", f"From HDFC Bank A/C *{tail}")
        p.add("left", f"To {to}", merchant=to)
        p.add("left", f"On {when(j.date, '%d/%m/%y')}", date=j.date)
        if ref:
            p.add("left", f"Ref {ref}", txn=(UTR_RANK, ref))
        p.add("left", "Not You? Call 18002586161/SMS BLOCK UPI to 7308080808")
    elif bank == "Bank of Baroda":
        r = f" Ref:{ref}." if ref else ""
        p.add("left", f"Rs.{amt} Dr. from A/C XXXXXX{tail} and Cr. to {to}.{r}", amount=j.amount, merchant=to,
              status="success", method="UPI", **({"txn": (UTR_RANK, ref)} if ref else {}))
        p.add("left", f"AvlBal:Rs{bal}({when(j.date, '%Y:%m:%d')} {hhmm(rng, twelve=False, seconds=True)})",
              date=j.date)
        p.add("left", "Not you? Call 18005700 -BOB")
    elif bank == "Axis Bank":
        p.add("left", f"INR {amt} debited", amount=j.amount, status="success")
        p.add("left", f"A/c no. XX{tail}")
        p.add("left", f"{when(j.date, '%d-%m-%y')}, {hhmm(rng, twelve=False, seconds=True)}", date=j.date)
        if ref:
            p.add("left", f"UPI/P2M/{ref}/{to}", merchant=to, method="UPI", txn=(UTR_RANK, ref))
        else:
            p.add("left", f"UPI/P2M/{to}", merchant=to, method="UPI")
        p.add("left", "Not you? SMS BLOCKUPI Cust ID to 919951860002 - Axis Bank")
    elif bank == "Karnataka Gramin Bank":
        on = "" if j.no_day else f" on {when(j.date, '%d-%m-%Y')}"
        p.add("left", f"Your a/c XX{tail} is debited for Rs.{amt}{on} by UPI to {to}.", amount=j.amount,
              merchant=to, method="UPI", status="success", **({} if j.no_day else {"date": j.date}))
        if ref:
            p.add("left", f"RRN {ref}.", txn=(UTR_RANK, ref))
        p.add("left", "-KaGB")
    elif bank == "Karnataka Bank":
        way = "RTGS" if j.amount >= 200000 else "NEFT"
        on = "" if j.no_day else f" dated {when(j.date, '%d-%m-%Y')}"
        p.add("left", f"Your {way} request of Rs.{amt}{on} to {to} is under process. It will be credited "
              "to the beneficiary shortly.", amount=j.amount, merchant=to, method="netbanking",
              status="pending", **({} if j.no_day else {"date": j.date}))
        if not j.no_ref:
            utr = bank_ref(rng, j, bank, way)
            p.add("left", f"UTR {utr} -Karnataka Bank", txn=(UTR_RANK, utr))
    else:
        on = "" if j.no_day else f" on {when(j.date, '%d/%m/%Y')}"
        p.add("left", f"NEFT of INR {amt} from A/c XXX{tail} to {to}{on} has failed. The amount is credited back "
              "to your account.", amount=j.amount, merchant=to, method="netbanking",
              status="failed", **({} if j.no_day else {"date": j.date}))
        if not j.no_ref:
            utr = bank_ref(rng, j, bank, "NEFT")
            p.add("left", f"Ref No {utr} - Canara Bank", txn=(UTR_RANK, utr))
    return p.done()


compose = compose158

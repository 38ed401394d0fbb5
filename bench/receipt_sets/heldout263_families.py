"""The twelve heldout263 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Sikki grass craft producer company's day in 2026 in Madhubani and Sitamarhi
districts, Bihar (Mithila Sikki Kala Producer Company Ltd, owned by its member artisans, most of them women;
its common facility centre at Raiyam, Mithila Sikki Shilp Kendra, where the members coil the golden sikki
grass over munj and khar grass into pauti (lidded boxes, the bride's trousseau boxes of Mithila), dolia
(baskets), figures of elephants, horses, peacocks and Radha-Krishna, coasters, wall plates and jewellery, paid
by the piece, and weaves figures to a Muzaffarpur design studio's drawings on the studio's own grass by the
figure; its grass store and dyeing yard at Pupri, Sikki Ghas Bhandar, where the sikki cut from the ponds and
wetlands of Sitamarhi is bought from harvesters by the kilo, dried, dyed magenta, parrot green, sindoor red
and violet, sold by the kilo to the artisans' self-help group federation and its trimmings sold by weight to a
Muzaffarpur broom and mat works; and its shop on Station Road, Madhubani, Mithila Sikki Haat, which takes
wedding orders for pauti sets by the set and keeps a stall at the Bihar Saras Mela at Gandhi Maidan, Patna),
told by the proofs of payment it receives (UPI screens in Google Pay, WhatsApp, CRED, PhonePe, MobiKwik and
super.money, the web shop's PayU and Easebuzz pages, the Bihar Museum's, the Cottage Emporium's, a Patna
hotel's, a Kolkata gallery's, a Jaipur marketplace's, a Varanasi wedding planner's, a Hyderabad home store's
and a Dehradun store's payment advices, importers' inward wires from Kyoto, Stockholm, Melbourne, Toronto,
Kuwait, Kuala Lumpur, Amsterdam and Santa Fe in yen, kronor, Australian and Canadian dollars, Kuwaiti dinars,
ringgit, euros the Dutch way and US dollars (the raw SWIFT field 32A on two, the yen's with no decimals), its
own bills, the accounts desk's e-mail for a Mumbai gifting house's advance) and those it makes (the Bettiah
munj trader's, the Kanpur dye house's, the Muzaffarpur box maker's, the Aligarh tool mart's and the Darbhanga
printer's tax invoices, corporate net banking to the rack maker, the shop's landlord, the security agency, the
chartered accountants, the solar dryer installer, the Saras Mela stall fabricator, the carrier and the photo
studio, the artisans' and harvesters' pay slips, Paytm for Business payouts, a Google Pay and a Paytm payment
to helpers, the Nagar Nigam's, the Pollution Control Board's, EPFO's, the Commercial Taxes Department's, the
Ministry of Corporate Affairs', EPCH's, the Transport Department's and the Fire Services' fee pages, the
insurers' premium receipts, card slips, NBPDCL's power (a prepaid smart meter's recharge among them) and the
fibre, postpaid, DTH and cooking gas bills, the banks' SMS and e-mail alerts). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the unit lines, monograms, timelines' other steps, bills listed on an advice, vendor codes
and order numbers, pieces, dozens, sets, figures, kilos, rates, cuts, GST and TDS lines, advances, rupee
values on the wires, exchange rates, intermediary banks, AWB and shipping bill numbers and their days, sums
insured, stamp duty lines, periods of insurance, balances, due days, bill days, billing periods, wage months,
heads of account, GSTIN, IFSC, UETR, licence, holding, registration, application, member, policy, proposal,
account, consumer, meter and mobile numbers, GR, docket and e-way bill numbers, merchant and terminal numbers,
batch and sequence numbers, room, guest bill, table, pax, dispenser and vehicle numbers, file names, batch
references and the payer's own details carry no fact. ``Job``, ``date_row`` and ``letterhead`` are
heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's;
``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``right``
heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``Screen`` heldout113's; ``sign`` heldout93's; ``num`` heldout82's; ``compose`` is heldout158's (as
heldout261's)."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen, colour
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
LOWER = "abcdefghijkmnpqrstuvwxyz"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Mithila Sikki Kala Producer Company Ltd"
COMPANY_CAPS = "MITHILA SIKKI KALA PRODUCER COMPANY LTD"
SHORT = "Mithila Sikki"
CENTRE = "Mithila Sikki Shilp Kendra"
STORE = "Sikki Ghas Bhandar"
SHOP = "Mithila Sikki Haat"
# unit: its line, address, GST state code (Bihar 10)
UNITS = {
    "centre": (
        "Common facility centre - sikki weaving by member artisans",
        "Village Raiyam, Block Rajnagar, Distt. Madhubani - 847235, Bihar",
        "10",
    ),
    "store": (
        "Sikki grass store and dyeing yard",
        "Ward No. 7, Sitamarhi Road, Pupri, Distt. Sitamarhi - 843320, Bihar",
        "10",
    ),
    "shop": (
        "Sikki boxes, baskets, figures and jewellery - retail and wedding orders",
        "Station Road, Madhubani - 847211, Bihar",
        "10",
    ),
}
# the Bihar Saras Mela at Gandhi Maidan, Patna, 2026: 12 to 26 December
MELA_START = dt.date(2026, 12, 12)
DAY_IN = [
    "%d.%m.%Y",
    "%d/%m/%Y",
    "{d}/{m}/%Y",
    "%d-%b-%Y",
    "{d} %b %Y",
    "%d.%m.%y",
    "{d}-{m}-%y",
    "%d %B %Y",
    "%d/%b/%Y",
    "{d}.{m}.%Y",
]
BANKS = [
    "State Bank of India",
    "Punjab National Bank",
    "Bank of Baroda",
    "Canara Bank",
    "Central Bank of India",
    "Bihar Gramin Bank",
    "HDFC Bank",
    "Axis Bank",
    "Indian Bank",
    "IDBI Bank",
    "Yes Bank",
    "Bandhan Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "Central Bank of India": "CBIN",
    "Bihar Gramin Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Indian Bank": "IDIB",
    "IDBI Bank": "IBKL",
    "Yes Bank": "YESB",
    "Bandhan Bank": "BDBL",
}
DOMAINS = {
    "State Bank of India": "sbi.bank.in",
    "Punjab National Bank": "pnb.bank.in",
    "Bank of Baroda": "bankofbaroda.bank.in",
    "Canara Bank": "canarabank.bank.in",
    "Central Bank of India": "centralbank.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "Axis Bank": "axisbank.com",
    "IDBI Bank": "idbibank.in",
    "Yes Bank": "yesbank.in",
}
GOODS = [
    ("Sikki pauti (lidded box), 6 in", 380, 1400),
    ("Sikki elephant, 8 in", 650, 2600),
    ("Sikki dolia (basket) with lid", 420, 1800),
    ("Coaster set of 6, sikki", 260, 780),
    ("Sikki jhumka (earrings), pair", 180, 650),
    ("Radha-Krishna figure, 10 in", 1500, 5200),
    ("Wall plate, peacock, 12 in", 900, 3400),
]


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def day_pair(p: Screen, j: Job, labels: list[str], pats: list[str], *, upper: bool = False) -> None:
    """The payment's day under one of ``labels`` (capitals on some), none on the page that prints no day."""
    if j.no_day:
        return
    rng = p.rng
    text = when_in(j, pats, rng)
    wrap_pair(p, rng.choice(labels), text.upper() if upper else text, date=j.date)


def stacked(p: Screen, label: str, value: str, **facts) -> None:
    """A label small over its value (an app's stacked list), whatever the room."""
    p.add("small", label)
    p.add("left", value, **facts)


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


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
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def long_day(rng: random.Random, day: dt.date) -> str:
    """A day as an American-style letter writes it: Wednesday, October 14, 2026 or Oct 14, 2026."""
    return when(day, rng.choice(["%A, %B {d}, %Y", "%b {d}, %Y", "%B {d}, %Y"]))


def hour_line(rng: random.Random, day: dt.date) -> str:
    """A screen's day and hour with no label (Oct 14, 2026, 4:12 PM, 4:12 pm | 14 Oct 2026, 14/10/2026 16:12,
    Wed 14 Oct 2026, 16:12)."""
    pick = rng.randrange(4)
    if pick == 0:
        return f"{when(day, '%b {d}, %Y')}, {hhmm(rng, zero=False)}"
    if pick == 1:
        return f"{hhmm(rng, lower=True, zero=False)} | {when(day, '{d} %b %Y')}"
    if pick == 2:
        return f"{when(day, '%d/%m/%Y')} {hhmm(rng, twelve=False)}"
    return f"{when(day, '%a {d} %b %Y')}, {hhmm(rng, twelve=False)}"


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = ["Google Pay", "WhatsApp", "PayU", "CRED", "PhonePe", "MobiKwik", "super.money", "Easebuzz"]
# layout of each app's screen: monogram, sentence, timeline, card
SHOP_LAYOUT = {
    "Google Pay": "monogram",
    "WhatsApp": "sentence",
    "CRED": "timeline",
    "PhonePe": "card",
    "MobiKwik": "monogram",
}
SHOP_NOTES = (
    ["pauti 2 pcs", "coasters", "jhumka for Didi", "small dolia", "elephant 8in"],
    ["pauti set for shaadi", "Radha Krishna murti", "wall plates x3", "gift hampers", "big dolia + lids"],
)
PAYERS_UPI = [
    "Anjali Jha",
    "Hotel Mithila Residency",
    "Pankaj Kumar Thakur",
    "Sophie Lambert",
    "Vidyapati Sewa Samiti",
    "Rakesh Ranjan Mishra",
    "Kumari Priyanka",
    "Madhubani Art Cafe",
]
UPI_LABELS = {
    "Google Pay": ["UPI transaction ID", "UPI ref. No."],
    "WhatsApp": ["UPI Ref. ID", "UPI reference"],
    "CRED": ["UTR number", "bank reference No."],
    "PhonePe": ["UTR", "UTR No."],
    "MobiKwik": ["UPI Reference No.", "UTR"],
    "super.money": ["RRN", "UPI RRN"],
}
OWN_IDS = {
    "Google Pay": "Google transaction ID",
    "WhatsApp": "WhatsApp Pay ID",
    "CRED": "CRED txn ID",
    "PhonePe": "Transaction ID",
    "MobiKwik": "MobiKwik order ID",
    "super.money": "super.money txn ID",
}
HANDLES = {
    "Google Pay": "okaxis",
    "WhatsApp": "waicici",
    "CRED": "axisb",
    "PhonePe": "ybl",
    "MobiKwik": "ikwik",
    "super.money": "superyes",
}
# the buyer, the goods, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Shreya Banerjee, Ballygunge, Kolkata", "Sikki pauti set of 5, magenta and gold", 1400, 6800),
    ("Mr. Arvind Menon, Indiranagar, Bengaluru", "Sikki elephant pair and 2 wall plates", 2200, 9600),
    ("Mrs. Neha Saxena, Gomti Nagar, Lucknow", "Wedding pauti set (7 nested boxes)", 5200, 24000),
    ("Dr. Farhan Qureshi, Bandra West, Mumbai", "Coasters, trivets and a bread basket", 900, 4200),
]


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgM{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(7, 22):02d}{digits(rng, 15)}"
    if app == "WhatsApp":
        return f"WA{digits(rng, 18)}"
    if app == "CRED":
        return f"CRD{code(rng, 14, ALNUM)}"
    if app == "MobiKwik":
        return f"MK{j.date:%y%m%d}{digits(rng, 10)}"
    return f"SM{code(rng, 16, ALNUM)}"


def gateway_page(
    rng: random.Random, font: str, k: int, j: Job, app: str, status: str
) -> tuple[list, dict, dict]:
    """The shop's web store page on PayU or Easebuzz after a buyer paid: the gateway's line on top (never the
    payee), the outcome, then the shop under Merchant / Store in the details with the sum under Amount paid
    (INR) / Total charged, or the sum first; Customer / Deliver to and Product info on most; the day under the
    outcome or at the end of the ids."""
    rs = money(rng, font, 0.4)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(3)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.6)
    to = rng.choice([SHOP, SHOP.upper(), COMPANY, SHORT])
    if app == "PayU":
        url = "secure.payu.in/_payment_status" + ("" if j.no_ref else f"?mihpayid={digits(rng, 11)}")
    else:
        url = "pay.easebuzz.in/pay/status" + ("" if j.no_ref else f"/{code(rng, 20, ALNUM)}")
    p = browser_page(rng, font, url)
    p.part = "head"
    p.add("small", "PayU  |  Payment status" if app == "PayU" else "easebuzz  |  Secure checkout")
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Your payment was successful",
            "Payment captured - order confirmed",
            "Success - we will mail your tracking number",
        ]
    }
    outcome_row(p, status, words)
    day_labels = ["Transaction time", "Paid on", "Date of payment"]
    day_top = rng.random() < 0.45
    if day_top and not j.no_day:
        p.add("small", hour_line(rng, j.date), date=j.date)
    sum_first = rng.random() < 0.4

    def sum_row() -> None:
        p.pair(rng.choice(["Amount paid (INR)", "Total charged"]), rs(j.amount), amount=j.amount)

    if sum_first:
        sum_row()
    wrap_pair(p, rng.choice(["Merchant", "Store"]), to, merchant=to)
    if not sum_first:
        sum_row()
    p.add("rule")
    if rng.random() < 0.8:
        wrap_pair(p, rng.choice(["Customer", "Deliver to"]), who)
        wrap_pair(p, "Product info", what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI intent (PhonePe)", "UPI QR"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:4])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment method", "Paid using"]), shown, method=way)
    if not j.no_ref:
        if app == "PayU":
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"MSH{j.date:%y%m%d}{digits(rng, 5)}"
            p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"E{j.date:%y%m%d}{code(rng, 8, ALNUM)}"
            p.pair("Easepay ID", pid, txn=(TXN_RANK, pid))
            oid = f"SIKKI{digits(rng, 9)}"
            p.pair("Txn ID (store)", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("Bank ref. No." if app == "PayU" else "Bank ref num", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 11)}"
            p.pair("Bank ref. No." if app == "PayU" else "Bank ref num", bref, txn=(BANK_RANK, bref))
        else:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    if not day_top:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "Payments processed by PayU Payments Pvt Ltd"
        if app == "PayU"
        else "Powered by Easebuzz  |  Easebuzz Pvt Ltd, Pune",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Pilgrims, hotels, tourists, samitis and shops paying the shop or the company: six UPI screens (Google
    Pay, WhatsApp, CRED, PhonePe, MobiKwik, super.money) in one of four layouts (a monogram of the payee's
    initials, the payee under it with no label, the UPI ID, the sum large and the status; the status, then a
    sentence line with the sum, "Rs 1,450.00 paid to", and the payee alone on the next line; the sum large,
    the status and a Progress timeline whose steps name the bank debited and the payee, Received by <payee> /
    Awaiting credit to <payee> / Not sent to <payee>; a Receipt card of rows: Receiver / Sent to store /
    Recipient, Amount, a Status row, the UPI ID), the day and the hour with no label under the status on some
    (Oct 14, 2026, 4:12 PM, 4:12 pm | 14 Oct 2026, 14/10/2026 16:12, Wed 14 Oct 2026, 16:12), else Paid on /
    Date & time / Time of payment, Started at / Initiated at / Tried at / Attempted at, first or last in the
    details; Message / Remarks, Sender on some, Debited from, the app's UPI reference and its own id in either
    order; Paid successfully / Payment complete / Money sent - receipt below / Processing - do not pay again,
    status in 2 hours / Failed - your bank declined the payment (insufficient balance)) and the web store's
    PayU and Easebuzz pages (gateway_page)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=380, high=26000, p_round=0.75)
    app = SHOP_APPS[k]
    if app in ("PayU", "Easebuzz"):
        return gateway_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.6)
    to = rng.choice([SHOP, SHOP.upper(), COMPANY_CAPS, SHORT])
    handle = f"{rng.choice(['mithilasikki', 'sikkihaat', 'msk.madhubani'])}@{HANDLES[app]}"
    p = phone_page(rng, font, k, ["", "Payment details", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Paid successfully", "Payment complete", "Money sent - receipt below"],
        "pending": ["Processing - do not pay again, status in 2 hours"],
        "failed": ["Failed - your bank declined the payment (insufficient balance)"],
    }
    layout = SHOP_LAYOUT.get(app) or rng.choice(["monogram", "sentence", "timeline", "card"])
    day_labels = {
        "success": ["Paid on", "Date & time", "Time of payment"],
        "pending": ["Started at", "Initiated at"],
        "failed": ["Tried at", "Attempted at"],
    }[status]
    # 0: unlabelled under the status, 1: first in the details, 2: last in the details
    day_at = rng.randrange(3)

    def status_rows() -> None:
        outcome_row(p, status, words)
        if day_at == 0 and not j.no_day:
            p.add("small", hour_line(rng, j.date), date=j.date)

    source = f"{rng.choice(BANKS[:8])} XX{digits(rng, 4)}"
    if layout == "monogram":
        initials = "".join(w[0] for w in to.split()[:2]).upper()
        p.add("center", initials)
        top(p, to, merchant=to)
        p.add("small", handle, method="UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
    elif layout == "sentence":
        status_rows()
        p.add("rule")
        verb = {"success": "paid to", "pending": "being sent to", "failed": "could not be sent to"}[status]
        p.add("left", f"{rs(j.amount)} {verb}", amount=j.amount)
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
    elif layout == "timeline":
        p.add("big", rs(j.amount), amount=j.amount)
        status_rows()
        p.add("rule")
        p.add("left", rng.choice(["Progress", "Payment timeline"]))
        p.add("small", f"Debited from {source}  {hhmm(rng, zero=False)}")
        step = {
            "success": "Received by",
            "pending": "Awaiting credit to",
            "failed": "Not sent to",
        }[status]
        if fits(p, "left", f"{step} {to}"):
            p.add("left", f"{step} {to}", merchant=to)
        else:
            p.add("left", step)
            p.add("left", to, merchant=to)
        p.add("small", handle, method="UPI")
    else:
        status_rows()
        p.add("rule")
        p.add("left", "Receipt")
        label = {
            "success": ["Receiver", "Sent to store", "Recipient"],
            "pending": ["Receiver", "Recipient"],
            "failed": ["Receiver", "Recipient"],
        }[status]
        wrap_pair(p, rng.choice(label), to, merchant=to)
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair(
            "Status",
            {"success": "Completed", "pending": "In process", "failed": "Failed"}[status],
            status=status,
        )
        p.pair("UPI ID", handle, method="UPI")
    p.add("rule")
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Message", "Remarks"]), rng.choice(SHOP_NOTES[j.amount >= 4000]))
    if rng.random() < 0.5:
        wrap_pair(p, "Sender", PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    if layout != "timeline":
        wrap_pair(p, "Debited from", source)
    if not j.no_ref:
        own = own_id(rng, app, j) if rng.random() < 0.75 else ""
        own_first = rng.random() < 0.5
        if own and own_first:
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
        p.pair(rng.choice(UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if own and not own_first:
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if day_at == 2:
        date_row(p, j, day_labels, hour=True)
    if status == "failed":
        p.add("small", "No money was taken from your account. Try another bank account.")
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Need help with this payment?", "Share  |  Pay again", "UPI  |  NPCI  |  Bank support"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. the museum, the emporium, hotels, stores


# payer, its mail, its desk, the goods it buys, the frame
PAYERS = [
    ("Bihar Museum Society", "accounts@biharmuseum.org", "Bailey Road, Patna", "craft", "letter"),
    (
        "Central Cottage Industries Corporation of India Ltd",
        "payables@cottageemporium.in",
        "Jawahar Vyapar Bhawan, Janpath, New Delhi",
        "craft",
        "portal",
    ),
    ("Gandak Residency Hotels Pvt Ltd", "ap@gandakresidency.in", "Fraser Road, Patna", "hamper", "mail"),
    (
        "Lake Market Craft Gallery",
        "lakemarketcrafts@gmail.com",
        "Southern Avenue, Kolkata",
        "craft",
        "voucher",
    ),
    (
        "Karigar Bazaar Online Pvt Ltd",
        "sellerpay@karigarbazaar.in",
        "Malviya Nagar, Jaipur",
        "craft",
        "portal",
    ),
    ("Kashi Vivah Sanskar Planners LLP", "accounts@kashivivah.in", "Sigra, Varanasi", "wedding", "mail"),
    (
        "Banjara Hills Home Store",
        "banjarahome.accounts@gmail.com",
        "Road No. 12, Hyderabad",
        "craft",
        "letter",
    ),
    ("Doon Heritage Store", "doonheritage@gmail.com", "Rajpur Road, Dehradun", "craft", "mail"),
]
# the goods' unit, the price a piece (low, high)
DEALER_GOODS = {
    "craft": ("pcs", 260, 3800),
    "hamper": ("hampers", 900, 2600),
    "wedding": ("sets", 3200, 12500),
}
TDS_194Q = {"Gandak Residency Hotels Pvt Ltd", "Karigar Bazaar Online Pvt Ltd"}
CORPS = {
    "Bihar Museum Society": "state",
    "Central Cottage Industries Corporation of India Ltd": "central",
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Bihar Museum Society, the Central Cottage Industries Corporation (the Cottage Emporium), a Kolkata
    gallery, a Jaipur marketplace, a Hyderabad and a Dehradun store paying for sikki goods by the piece, a
    Patna hotel for gift hampers and a Varanasi wedding planner for pauti sets: a printed letter (the payer on
    top with its desk, Ref. and a To, block naming the company over the accounts manager's line and its
    address, Sub: Payment against your bills, Dear Sir/Madam,), a vendor portal page (a Payment summary first:
    the status, Net amount released / Amount credited / Net payable & paid, Beneficiary (vendor) / Account
    credited / Payment released to / Vendor / beneficiary, then the bills), an e-mail (Hello Mithila Sikki
    team, / Pranam, / Dear Vendor, the day written Wednesday, October 14, 2026 or Oct 14, 2026 on some) and a
    printed BANK PAYMENT VOUCHER (the status first, Voucher No., the day, Paid to (party ledger), Through, the
    sum, the UTR, then the bills and a Narration); Vendor code and PO No. on the portal; the bills listed as
    "<bill> dt. <day>" on some with their pieces, hampers or sets, Sum of invoices (incl. GST) / Invoices
    total, the museum's Less: TDS under GST - CGST @ 1% and SGST @ 1%, the emporium's Less: TDS under GST -
    IGST @ 2%, the hotel's and the marketplace's Less: TDS u/s 194Q @ 0.1%, Less: Broken lids - n pcs returned
    / Less: Short supply - n pcs / Less: Late delivery @ 2% / Less: Early payment discount @ 1%; Amount held
    back / Payment on hold for, Amount returned unpaid / Reversed amount; Mode / Paid by NEFT / RTGS / IMPS,
    UTR (NEFT) / Bank UTR / RTGS ref. (UTR) / IMPS ref. (RRN), Advice ref. / Payment voucher No. / Document
    No. (Ref. on the letter), Released on / Payment released date / Value dt. / Held since / Put on hold on /
    Returned on / Reversal date; Released - credited to vendor's bank / Status: Paid (bank confirmed) / Held -
    goods under quality check at our store / Returned by bank - account name does not match)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    buyer, mail, desk, kind, frame = PAYERS[k]
    corp = CORPS.get(buyer)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", "Rs"))
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    lots: list[tuple[int, float]] = []
    gross = 0.0
    base = 0.0
    dated = rng.random() < 0.55 and not j.no_day
    bill_pat = rng.choice(["%d.%m.%y", "%d/%m/%Y", "{d}-%b-%y"])
    for _ in range(rng.randrange(1, 4)):
        qty = (
            rng.randrange(6, 120)
            if kind == "craft"
            else rng.randrange(10, 160)
            if kind == "hamper"
            else rng.randrange(2, 12)
        )
        each = float(rng.randrange(lo, hi, 10))
        value = round(qty * each, 2)
        lots.append((qty, each))
        base += value
        with_gst = round(value * 1.05, 2)
        gross += with_gst
        bill = f"MSK/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dt. {when(earlier(rng, j, 10, 80), bill_pat)}"
        bills.append((f"{bill}  ({qty:,} {unit})", rs(with_gst)))
    gross = round(gross, 2)
    base = round(base, 2)
    tds_rows: list[tuple[str, float]] = []
    if corp == "state":
        half = round(base * 0.01, 2)
        tds_rows = [("Less: TDS under GST - CGST @ 1%", half), ("Less: TDS under GST - SGST @ 1%", half)]
    elif corp == "central":
        tds_rows = [("Less: TDS under GST - IGST @ 2%", round(base * 0.02, 2))]
    elif buyer in TDS_194Q:
        tds_rows = [("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    qty, each = rng.choice(lots)
    if pick < 0.25 and kind == "craft":
        bad = rng.randrange(1, 4)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Broken lids - {bad} {'pc' if bad == 1 else 'pcs'} returned", rs(cut)))
    elif pick < 0.4:
        bad = rng.randrange(1, 3)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Short supply - {bad} {unit if bad > 1 else unit[:-1]}", rs(cut)))
    elif pick < 0.55:
        cut = round(base * 0.02, 2)
        cuts.append(("Less: Late delivery @ 2%", rs(cut)))
    elif pick < 0.7 and not corp:
        cut = round((gross - tds) * 0.01, 2)
        cuts.append(("Less: Early payment discount @ 1%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    way = neft_way(rng, j.amount)
    ref = bank_ref(rng, j, rng.choice(BANKS[:8]), way) if status == "success" and not j.no_ref else ""
    payee = ours(rng)
    words = {
        "success": ["Released - credited to vendor's bank", "Status: Paid (bank confirmed)"],
        "pending": ["Held - goods under quality check at our store"],
        "failed": ["Returned by bank - account name does not match"],
    }
    day_labels = {
        "success": ["Released on", "Payment released date", "Value dt."],
        "pending": ["Held since", "Put on hold on"],
        "failed": ["Returned on", "Reversal date"],
    }[status]
    sum_labels = {
        "success": ["Net amount released", "Amount credited", "Net payable & paid"],
        "pending": ["Amount held back", "Payment on hold for"],
        "failed": ["Amount returned unpaid", "Reversed amount"],
    }[status]
    payee_labels = (
        ["Beneficiary (vendor)", "Account credited", "Payment released to", "Vendor / beneficiary"]
        if status == "success"
        else ["Beneficiary (vendor)", "Vendor / beneficiary"]
    )
    doc = f"{rng.choice(['PV', 'ADV', 'BPV'])}/{fy(j.date)}/{digits(rng, 5)}"
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            ["Payment released against your invoices", "Remittance details - Mithila Sikki"]
            if status == "success"
            else ["Status of payment against your invoices", "Your invoices - payment update"],
        )
    elif frame == "portal":
        tail = "summary" if j.no_ref else digits(rng, 10)
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/remittance/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame in ("letter", "voucher") and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    p.add(
        "small",
        f"{desk}  |  {rng.choice(['Accounts', 'Finance & Accounts', 'Purchase and Payables'])}",
    )
    if frame == "voucher":
        p.add("center", "BANK PAYMENT VOUCHER")
    elif frame == "letter":
        if not j.no_ref:
            p.add("small", f"Ref.: {doc}", txn=(INVOICE_RANK, doc))
    else:
        p.add("center", rng.choice(["Vendor remittance advice", "Payment to supplier - sikki craft"]))
    p.add("rule")
    p.part = "body"

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(["Against the following bills", "Invoices covered", "Bill-wise details"]),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Sum of invoices (incl. GST)", "Invoices total"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def ref_rows() -> None:
        if j.no_ref:
            return
        if ref:
            lab = {
                "IMPS": ["IMPS ref. (RRN)"],
                "RTGS": ["RTGS ref. (UTR)", "Bank UTR"],
                "NEFT": ["UTR (NEFT)", "Bank UTR"],
            }[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        if frame != "letter":
            p.pair(
                rng.choice(["Advice ref.", "Payment voucher No.", "Document No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )

    def the_day() -> None:
        if frame == "mail" and not j.no_day and rng.random() < 0.6:
            wrap_pair(p, rng.choice(day_labels), long_day(rng, j.date), date=j.date)
        else:
            day_pair(p, j, day_labels, DAY_IN)

    if frame == "letter":
        p.add("left", "To,")
        p.add("left", "The Accounts Manager,")
        p.add("left", payee, merchant=payee)
        p.add("left", rng.choice(["Raiyam, Distt. Madhubani, Bihar", "Station Road, Madhubani - 847211"]))
        p.add("left", "Sub: Payment against your bills")
        p.add("left", rng.choice(["Dear Sir/Madam,", "Dear Sir,"]))
        p.add(
            "left",
            "We have made the payment below against your bills."
            if status == "success"
            else "This is regarding the payment against your bills below.",
        )
        bill_block()
        p.add("rule")
        p.pair(rng.choice(sum_labels), rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Mode", "Paid by"]), way, method="netbanking")
        ref_rows()
        the_day()
        outcome_row(p, status, words)
    elif frame == "portal":
        p.add("left", "Payment summary")
        outcome_row(p, status, words)
        p.pair(rng.choice(sum_labels), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(payee_labels), payee, merchant=payee)
        p.pair(rng.choice(["Mode", "Paid by"]), way, method="netbanking")
        ref_rows()
        the_day()
        p.add("rule")
        tag = "CCIC" if corp == "central" else "KB"
        p.pair("Vendor code", f"{tag}V{digits(rng, 6)}")
        p.pair("PO No.", f"{tag}/PO/{fy(j.date)}/{digits(rng, 4)}")
        bill_block()
    elif frame == "mail":
        p.add("left", rng.choice(["Hello Mithila Sikki team,", "Pranam,", "Dear Vendor,"]))
        p.add(
            "left",
            "Please see the details of our payment against your invoices."
            if status == "success"
            else "Please note the status of the payment against your invoices.",
        )
        bill_block()
        p.add("rule")
        p.add("left", "Payment")
        wrap_pair(p, rng.choice(payee_labels), payee, merchant=payee)
        p.pair(rng.choice(sum_labels), rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Mode", "Paid by"]), way, method="netbanking")
        the_day()
        ref_rows()
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        if not j.no_ref:
            p.pair("Voucher No.", doc, txn=(INVOICE_RANK, doc))
        the_day()
        wrap_pair(p, "Paid to (party ledger)", payee, merchant=payee)
        p.pair("Through", f"{rng.choice(BANKS[:4])} - {way}", method="netbanking")
        p.pair(rng.choice(sum_labels), rs(j.amount), amount=j.amount)
        if ref:
            p.pair(
                rng.choice(["UTR (NEFT)", "Bank UTR"]) if way != "IMPS" else "IMPS ref. (RRN)",
                ref,
                txn=(UTR_RANK, ref),
            )
        p.add("rule")
        bill_block()
        p.add("small", "Narration: Being the amount paid against the bills above, net of deductions.")
    p.part = "foot"
    if frame == "mail":
        p.add("left", f"Regards,  Accounts, {buyer}")
    elif frame in ("letter", "voucher"):
        right(p, rng.choice(["Authorised signatory", "Accountant / Checked by"]))
    if corp:
        p.add("small", "TDS under GST is shown in your Form GSTR-2X; accept it on the GST portal.")
    else:
        p.add("small", "Please report any difference in this advice within 10 days.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Kamogawa Mingei Co., Ltd",
        "Sanjo-dori, Nakagyo-ku, Kyoto, Japan",
        "JPY",
        "MUFG Bank, Ltd.",
        180000,
        2600000,
    ),
    (
        "Sodermalm Hantverk AB",
        "Gotgatan, Stockholm, Sweden",
        "SEK",
        "Skandinaviska Enskilda Banken AB",
        9000,
        190000,
    ),
    (
        "Fitzroy Folk Collective Pty Ltd",
        "Gertrude Street, Fitzroy, Melbourne, Australia",
        "AUD",
        "National Australia Bank Ltd",
        1500,
        28000,
    ),
    (
        "Kensington Market Crafts Inc.",
        "Augusta Avenue, Toronto, ON, Canada",
        "CAD",
        "Royal Bank of Canada",
        1500,
        27000,
    ),
    (
        "Al Mubarakiya Home Trading Co. W.L.L.",
        "Mubarakiya Market, Kuwait City, Kuwait",
        "KWD",
        "National Bank of Kuwait S.A.K.P.",
        300,
        6500,
    ),
    (
        "Bangsar Artisan Sdn Bhd",
        "Jalan Telawi, Bangsar, Kuala Lumpur, Malaysia",
        "MYR",
        "Malayan Banking Berhad",
        4000,
        85000,
    ),
    (
        "De Negen Straatjes Wonen B.V.",
        "Wolvenstraat, Amsterdam, Netherlands",
        "EUR",
        "ING Bank N.V.",
        1200,
        26000,
    ),
    (
        "Canyon Road Folk Art LLC",
        "Canyon Road, Santa Fe, NM, USA",
        "USD",
        "Wells Fargo Bank, N.A.",
        1200,
        24000,
    ),
]
WIRE_BANKS = [
    ("State Bank of India", "swift"),
    ("Punjab National Bank", "paper"),
    ("HDFC Bank", "mail"),
    ("Bank of Baroda", "browser"),
    ("Axis Bank", "swift"),
    ("Canara Bank", "paper"),
    ("Yes Bank", "browser"),
    ("IDBI Bank", "mail"),
]
WIRE_RATES = {
    "JPY": (0.575, 0.612),
    "SEK": (8.1, 8.9),
    "AUD": (56.0, 60.5),
    "CAD": (62.0, 66.5),
    "KWD": (281.0, 296.0),
    "MYR": (19.2, 20.8),
    "EUR": (96.5, 101.0),
    "USD": (86.4, 90.9),
}
CUR_NAMES = {
    "JPY": "Japanese yen",
    "SEK": "Swedish krona",
    "AUD": "Australian dollar",
    "CAD": "Canadian dollar",
    "KWD": "Kuwaiti dinar",
    "MYR": "Malaysian ringgit",
    "EUR": "Euro",
    "USD": "US dollar",
}
CORRESPONDENT = {
    "USD": "Citibank N.A., New York",
    "EUR": "Commerzbank AG, Frankfurt am Main",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "AUD": "Westpac Banking Corporation, Sydney",
}
SHIPPED = [
    "Sikki grass boxes and baskets (HSN 4602) - 6 cartons by air",
    "Sikki figures and wall plates, 240 pcs (HSN 4602)",
    "Sikki coasters, trivets and table mats - sea freight LCL",
    "Golden grass jewellery and gift boxes (HSN 4602)",
]
RAW_32A = (0, 4)


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: yen with no decimals (JPY 1,250,000, the yen sign where the face draws
    it, 1,250,000 JPY); kronor with spaces between the thousands and a decimal comma (SEK 12 450,50, 12 450,50
    kr); Australian (AUD / A$) and Canadian (CAD / C$, CAD after on some) dollars; Kuwaiti dinars with three
    decimals (KWD 3,250.750, KD 3,250.750); ringgit (MYR / RM); euros the Dutch way (the sign or EUR before,
    points between the thousands and a decimal comma: EUR 12.450,50); US dollars (USD / US$)."""
    if cur == "JPY":
        pick = rng.randrange(3)
        mark = sign(font, "\u00a5", "JPY ") if pick == 0 else "JPY "

        def yen(value: float) -> str:
            body = f"{value:,.0f}"
            return f"{body} JPY" if pick == 2 else f"{mark}{body}"

        return yen
    if cur == "SEK":
        after = rng.random() < 0.5

        def krona(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",")
            return f"{body} kr" if after else f"SEK {body}"

        return krona
    if cur == "KWD":
        mark = rng.choice(["KWD ", "KD "])

        def dinar(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return dinar
    if cur == "EUR":
        mark = rng.choice([sign(font, "\u20ac", "EUR") + " ", "EUR "])

        def euro(value: float) -> str:
            body = f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
            return f"{mark}{body}"

        return euro
    if cur == "CAD" and rng.random() < 0.35:

        def after(value: float) -> str:
            return f"{value:,.2f} CAD"

        return after
    mark = rng.choice(
        {
            "AUD": ["AUD ", "A$"],
            "CAD": ["CAD ", "C$"],
            "MYR": ["MYR ", "RM "],
            "USD": ["USD ", "US$"],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def swift_32a(day: dt.date, cur: str, value: float) -> str:
    """The raw SWIFT field 32A: the value day as YYMMDD, the currency, the sum with a decimal comma and no
    grouping (yen with nothing after the comma: 261024JPY1250000,; dinars with three places:
    261024KWD3250,750)."""
    if cur == "JPY":
        return f"{day:%y%m%d}{cur}{value:.0f},"
    places = 3 if cur == "KWD" else 2
    return f"{day:%y%m%d}{cur}{value:.{places}f}".replace(".", ",")


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Kyoto, a Stockholm, a Melbourne, a Toronto, a Kuwait, a Kuala Lumpur, an Amsterdam and a Santa Fe
    shop paying for sikki goods: the banks' inward advices in three layouts: an MT103 field view (browser:
    Incoming SWIFT MT103 - beneficiary copy; the status on top; the fields by their tags, :20: Sender's
    reference, :23B: Bank operation code, :32A: Value date / Currency / Amount, raw on the two credited ones
    (261024JPY1250000, and 261024KWD3250,750), or :33B: Currency / Instructed amount, :50K: Ordering customer,
    :52A: Ordering institution, :56A: Intermediary on some, :59: Beneficiary customer with the account on one
    line and the name on the next, :70: Remittance information, :71A: Details of charges; then the bank's
    rows), a printed CREDIT ADVICE - FOREIGN INWARD REMITTANCE (EXPORT) / FOREIGN INWARD REMITTANCE ADVICE
    (FIRA) (the day first; Remitter (ordering customer) / Sent by / Foreign buyer / remitter, Beneficiary
    account name / Exporter / beneficiary / Credited to (exporter), the sum under Remitted amount (FCY) /
    Foreign currency amount / Amount in FCY / Gross remittance, a Currency row naming it on some, Received
    through / Channel SWIFT (MT103) / SWIFT gpi; the status at the foot) and an e-mail or browser page (Inward
    remittance - credit advice: the status under the heading, the beneficiary rows above the remitter's or
    under them, the day at the end); Converted at, INR value, Less: Bank charges incl. GST and Net credit
    (INR) on the credited ones, Card rate (for reference only) on the one parked; Purpose code, Goods, Invoice
    No., AWB No. and AWB date or Shipping bill No. and SB date on some; IRM No. / Our reference / FIRA No.;
    Value date (credit) / Date of credit / Credited to your account on / Received on (parked) / Parked since /
    Returned on / Date of return to remitter; Credited - inward remittance reported to EDPMS / Status: Funds
    credited / Funds parked - purpose code and invoice copy awaited from you / Returned to remitter -
    beneficiary name mismatch)."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(
            rng.randrange(lo // 1000, hi // 1000) * 1000 + rng.choice([0, 0, 500, rng.randrange(1000)])
        )
    elif cur == "KWD":
        j.amount = round(rng.randrange(lo * 20, hi * 20) / 20, 2)
    else:
        j.amount = (
            round(rng.uniform(lo, hi), 2)
            if rng.random() < 0.6
            else float(rng.randrange(lo // 50, hi // 50) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    words = {
        "success": ["Credited - inward remittance reported to EDPMS", "Status: Funds credited"],
        "pending": ["Funds parked - purpose code and invoice copy awaited from you"],
        "failed": ["Returned to remitter - beneficiary name mismatch"],
    }
    day_labels = {
        "success": ["Value date (credit)", "Date of credit", "Credited to your account on"],
        "pending": ["Received on (parked)", "Parked since"],
        "failed": ["Returned on", "Date of return to remitter"],
    }[status]
    raw = status == "success" and k in RAW_32A and not j.no_day
    pats = ["%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "{d} %B %Y", "%d-%b-%Y", "%b {d}, %Y", "%d/%m/%Y"]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Finance <tf.inward@{slug(bank)}>",
            ["Inward remittance - credit advice", "Export proceeds - foreign inward remittance"]
            if status == "success"
            else ["Inward remittance - action needed", "Inward remittance - status"],
        )
    elif frame in ("browser", "swift"):
        tail = "view" if j.no_ref else code(rng, 10, ALNUM)
        p = browser_page(
            rng, font, f"tradeonline.{slug(bank)}/inward/{'mt103' if frame == 'swift' else 'advice'}/{tail}"
        )
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Trade Finance Centre, Patna",
                "Forex Branch, Fraser Road, Patna",
                "Centralised Trade Processing Centre, Kolkata",
            ]
        ),
    )
    heading = {
        "swift": "Incoming SWIFT MT103 - beneficiary copy",
        "paper": rng.choice(
            ["CREDIT ADVICE - FOREIGN INWARD REMITTANCE (EXPORT)", "FOREIGN INWARD REMITTANCE ADVICE (FIRA)"]
        ),
    }.get(frame, "Inward remittance - credit advice")
    p.add("center", heading)
    p.add("rule")
    p.part = "body"
    acct = f"XXXXXXXX{digits(rng, 4)}"

    def amount_rows() -> None:
        shown = show(1000.0)
        if cur in ("SEK", "KWD") or shown.startswith(("RM", "kr")) or rng.random() < 0.3:
            p.pair("Currency", f"{cur} - {CUR_NAMES[cur]}")
        p.pair(
            rng.choice(
                ["Remitted amount (FCY)", "Foreign currency amount", "Amount in FCY", "Gross remittance"]
            ),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )

    def rupee_rows() -> None:
        if status == "success":
            inr = round(j.amount * rate, 2)
            p.pair("Converted at", f"1 {cur} = INR {rate}")
            p.pair("INR value", f"INR {num(inr)}")
            chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
            p.pair("Less: Bank charges incl. GST", f"INR {num(chg)}")
            p.pair("Net credit (INR)", num(round(inr - chg, 2)))
        elif status == "pending":
            p.pair("Card rate (for reference only)", f"1 {cur} = INR {rate}")

    def trade_rows() -> None:
        p.pair(
            rng.choice(["Received through", "Channel"]),
            rng.choice(["SWIFT (MT103)", "SWIFT gpi"]),
            method="netbanking",
        )
        advance = rng.random() < 0.3
        p.pair(
            "Purpose code", "P0103 - advance against exports" if advance else "P0102 - export bills realised"
        )
        wrap_pair(p, "Goods", rng.choice(SHIPPED))
        p.pair("Invoice No.", f"MSK/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
        if not j.no_day and not advance and rng.random() < 0.7:
            if rng.random() < 0.5:
                p.pair("AWB No.", f"{rng.choice(['098', '176', '217'])}-{digits(rng, 8)}")
                p.pair("AWB date", when(earlier(rng, j, 12, 70), rng.choice(pats)))
            else:
                p.pair("Shipping bill No.", f"{rng.randrange(1000000, 9999999)}")
                p.pair("SB date", when(earlier(rng, j, 12, 70), rng.choice(pats)))

    def ref_rows() -> None:
        if j.no_ref:
            return
        ref = f"{rng.choice(['IRM', 'IW', 'FX'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        if status == "success" and rng.random() < 0.5:
            fira = f"FIRA/{IFSC[bank]}/{fy(j.date)}/{digits(rng, 6)}"
            wrap_pair(p, "FIRA No.", fira, txn=(INVOICE_RANK, fira))

    if frame == "swift":
        outcome_row(p, status, words)
        p.pair(":20: Sender's reference", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
        p.pair(":23B: Bank operation code", "CRED", method="netbanking")
        if raw:
            wrap_pair(
                p,
                ":32A: Value date / Currency / Amount",
                swift_32a(j.date, cur, j.amount),
                amount=j.amount,
                cur=cur,
                date=j.date,
            )
        else:
            wrap_pair(p, ":33B: Currency / Instructed amount", show(j.amount), amount=j.amount, cur=cur)
        p.add("small", ":50K: Ordering customer")
        p.add("left", f"{payer}, {city}")
        wrap_pair(p, ":52A: Ordering institution", pbank)
        if cur in CORRESPONDENT and rng.random() < 0.6:
            wrap_pair(p, ":56A: Intermediary", CORRESPONDENT[cur])
        p.add("small", ":59: Beneficiary customer")
        p.add("left", f"/{acct}")
        p.add("left", me, merchant=me)
        p.add("left", "Raiyam, Madhubani, Bihar, India")
        wrap_pair(p, ":70: Remittance information", f"INV MSK/EXP/{rng.randrange(1, 120):03d} SIKKI GOODS")
        p.pair(":71A: Details of charges", rng.choice(["SHA", "OUR", "BEN"]))
        p.add("rule")
        rupee_rows()
        ref_rows()
        if not raw:
            day_pair(p, j, day_labels, pats, upper=rng.random() < 0.3)
        p.pair("Purpose code", "P0102 - export bills realised")
    elif frame == "paper":
        day_pair(p, j, day_labels, pats, upper=rng.random() < 0.4)
        ref_rows()
        wrap_pair(
            p,
            rng.choice(["Remitter (ordering customer)", "Sent by", "Foreign buyer / remitter"]),
            f"{payer}, {city}",
        )
        wrap_pair(p, "Remitter's bank", pbank)
        wrap_pair(
            p,
            rng.choice(["Beneficiary account name", "Exporter / beneficiary"])
            if status != "success"
            else rng.choice(["Beneficiary account name", "Exporter / beneficiary", "Credited to (exporter)"]),
            me,
            merchant=me,
        )
        p.pair("Account No.", acct)
        amount_rows()
        rupee_rows()
        trade_rows()
        p.add("rule")
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)

        def beneficiary() -> None:
            wrap_pair(
                p,
                rng.choice(["Beneficiary account name", "Exporter / beneficiary"]),
                me,
                merchant=me,
            )
            p.pair("Account No.", acct)

        def remitter() -> None:
            wrap_pair(p, rng.choice(["Sent by", "Foreign buyer / remitter"]), f"{payer}, {city}")
            wrap_pair(p, "Remitter's bank", pbank)
            if cur in CORRESPONDENT and rng.random() < 0.5:
                wrap_pair(p, "Intermediary bank", CORRESPONDENT[cur])

        if rng.random() < 0.5:
            beneficiary()
            remitter()
        else:
            remitter()
            beneficiary()
        p.add("rule")
        amount_rows()
        rupee_rows()
        trade_rows()
        ref_rows()
        if status != "failed" and rng.random() < 0.6:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
        day_pair(p, j, day_labels, pats, upper=rng.random() < 0.3)
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The e-BRC follows on the DGFT portal once the IRM is matched with the shipping bill.",
            "pending": "Send the invoice copy and the purpose code to the trade desk within 7 days.",
            "failed": "The remitter may send the funds again with the beneficiary's name as in the account.",
        }[status],
    )
    return p.done()


def gst5(p: Screen, rs, taxable: float, inter: bool, *, rated: bool = True) -> float:
    """GST at 5% (CGST @ 2.5% and SGST @ 2.5%, or IGST @ 5%) on ``taxable``; the rounded bill with its GST."""
    due = round(taxable * 0.05, 2)
    if inter:
        p.pair("IGST @ 5%" if rated else "IGST", rs(due))
        tax = due
    else:
        half = round(due / 2, 2)
        p.pair("CGST @ 2.5%" if rated else "CGST", rs(half))
        p.pair("SGST @ 2.5%" if rated else "SGST", rs(half))
        tax = 2 * half
    total = float(round(taxable + tax))
    if abs(total - (taxable + tax)) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax:+.2f}")
    return total


def slash_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Bihar bill book writes them: the page's mark and grouping, and on some pages a whole sum
    closed with a slash and a dash (Rs. 12,450/-; a sum with paise keeps them)."""
    rs = money(rng, font, 0.0, marks=marks)
    slashed = rng.random() < 0.4

    def show(value: float) -> str:
        if slashed and value == int(value):
            whole = num(value, rs.grouping).partition(".")[0]
            return f"{rs.mark}{rs.gap}{whole}/-".strip()
        return rs(value)

    return show


# ---------------------------------------------------------------- 4. shop, centre, grass store, accounts


# the party, the way it paid, the unit (shop, centre, store, or the accounts desk's mail), the goods, across
# states
SALES = [
    ("Mrs. Anita Jha, Boring Road, Patna", "UPI", "shop", "retail", False),
    ("Ms. Yuki Tanaka, Osaka, Japan", "card", "shop", "retail", False),
    ("Shri Rajkishor Mishra, Laheriasarai, Darbhanga", "cheque", "shop", "wedding", False),
    ("Janpath Craft Emporium, New Delhi", "NEFT", "centre", "dozen", True),
    ("Tirhut Design Studio, Muzaffarpur", "cheque", "centre", "making", False),
    ("Sitamarhi Sikki Didi SHG Federation, Pupri", "cash", "store", "grass", False),
    ("Muzaffarpur Broom & Mat Works", "NEFT", "store", "trims", False),
    ("Diya Corporate Gifting LLP, Andheri East, Mumbai", "NEFT", "mail", "hampers", True),
]
SALE_HEADS = {
    "retail": ["CASH MEMO - SIKKI CRAFT", "BIKRI RASID - SIKKI SAMAN"],
    "wedding": ["VIVAH ORDER BILL - PAUTI SET (BY THE SET)", "KOHBAR PAUTI ORDER RASID"],
    "dozen": ["WHOLESALE BILL - SIKKI GOODS BY THE DOZEN", "THOK BIKRI BILL - DARJAN HISAB SE"],
    "making": ["MAKING CHARGES BILL - FIGURES ON PARTY'S DESIGN", "BANAI MAZDOORI BILL - PRATI MURTI"],
    "grass": ["DYED SIKKI BILL - BY THE KILO", "RANGAL SIKKI BIKRI RASID"],
    "trims": ["TRIMMINGS MEMO - BY WEIGHT", "KATRAN BIKRI RASID"],
}
SEALS = {
    "shop": ("MITHILA SIKKI HAAT", "STATION ROAD, MADHUBANI"),
    "centre": ("MITHILA SIKKI SHILP KENDRA", "RAIYAM, MADHUBANI"),
    "store": ("SIKKI GHAS BHANDAR", "PUPRI, SITAMARHI"),
}
SHADES = ["Magenta", "Parrot green", "Sindoor red", "Violet", "Natural gold", "Turmeric yellow"]
ITEMS = {
    "retail": "Handmade sikki grass goods of Mithila (HSN 4602)",
    "wedding": "Pauti sets for the bride, woven to order (HSN 4602)",
    "dozen": "Sikki grass boxes, baskets and coasters - wholesale (HSN 4602)",
    "making": "Making charges - figures woven on the party's own grass (SAC 9988)",
    "grass": "Dyed sikki grass, cleaned and graded (HSN 1401)",
    "trims": "Sikki and munj trimmings, loose (HSN 1401)",
    "hampers": "Diwali gift hampers in sikki pauti sets - corporate order (HSN 4602)",
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The shop's CASH MEMO - SIKKI CRAFT / BIKRI RASID - SIKKI SAMAN to a Patna lady and a Japanese tourist
    and its VIVAH ORDER BILL - PAUTI SET (BY THE SET) / KOHBAR PAUTI ORDER RASID to a Darbhanga wedding
    family, the centre's WHOLESALE BILL - SIKKI GOODS BY THE DOZEN / THOK BIKRI BILL - DARJAN HISAB SE to a
    Delhi emporium and MAKING CHARGES BILL - FIGURES ON PARTY'S DESIGN / BANAI MAZDOORI BILL - PRATI MURTI to
    a Muzaffarpur design studio, the store's DYED SIKKI BILL - BY THE KILO / RANGAL SIKKI BIKRI RASID to the
    artisans' SHG federation and TRIMMINGS MEMO - BY WEIGHT / KATRAN BIKRI RASID to a broom and mat works
    (paper: the shop, the centre, the store or the company on top with its "A unit of" line, address and
    GSTIN; the day on a line set to the right, Tithi (date): / Dated: / Date of sale:, above the number or
    under it, or the number and the day in either order as rows; Rasid sankhya (receipt No.) / Cash memo No. /
    Order bill No. / Wholesale bill No. / Bill No. / Making bill No. / Grass bill No. / Katran memo No. / Memo
    No.; the party under Kharidar (buyer) / Customer name / Bride's family / Ordered by / Buyer / Studio
    (grass owner) / Job for / Federation / Mill (buyer) / Party, above the number and the day or under them;
    the goods by the piece, the set, the dozen, the figure, the kilo (the shade) or by net weight (gross less
    the sacks), Less: Chhath offer @ 5% / Less: Member's discount @ 10% on some of the shop's, CGST and SGST @
    2.5% or IGST @ 5%, Round off, Bill total (with GST) / Net bill / Payable; the sum under Received by UPI
    scan / UPI receipt / Card swipe / Paid by card / Cheque tendered for / Cheque recd. (subject to
    realisation) / Received by NEFT / NEFT receipt / Cash received in hand / Nagad jama (cash received), the
    sum in words as Rupees ... Only above or under it, Payment mode / By, UPI RRN / UTR / Approval No., Cheque
    No., Drawn on and Cheque dt.; the sums closed with /- on some; RECEIVED - DHANYAVAD / PAID / PAID - GOODS
    PACKED AND HANDED OVER / PAID - DOZENS COUNTED AND BOXED / PAID - FIGURES CHECKED AND HANDED OVER / PAID -
    GRASS WEIGHED AND ISSUED / PAID - TRIMMINGS WEIGHED AND LIFTED / CHEQUE RECEIVED - PAUTI SET RELEASED
    AFTER CLEARANCE / CHEQUE RETURNED - FUNDS INSUFFICIENT, PAY BY NEFT OR UPI, the rubber stamp, For <unit> -
    Authorised signatory / For <unit> - Counter clerk, Kharidarak hastakshar (buyer's signature)) and the
    accounts desk's Advance received - corporate hamper order e-mail to a Mumbai gifting house
    (Acknowledgement No. / Advance receipt ref., Received on / Credit date, Client (gifting house), the
    hampers and diya trays, IGST, Order value with GST, Advance credited by NEFT / RTGS advance credited with
    the Balance on dispatch, UTR No. / NEFT UTR / RTGS UTR; ADVANCE RECEIVED - WEAVING OF YOUR HAMPERS HAS
    BEGUN)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    party, way, unit, kind, inter = SALES[k]
    rs = slash_rs(rng, font, ("Rs.", "\u20b9", "Rs", ""))
    name = {"shop": SHOP, "centre": CENTRE, "store": STORE, "mail": COMPANY}[unit]
    advance = unit == "mail"
    if advance:
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@mithilasikki.in>",
            [
                "Advance received - corporate hamper order",
                "Your advance has reached us - Mithila Sikki",
                "Acknowledgement of advance",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "A producer company of sikki artisans  |  Accounts desk, Madhubani")
        p.add("center", "Advance received - corporate hamper order")
        p.add("rule")
        p.part = "body"
        p.add("left", rng.choice(["Dear Ms. Kapoor,", "Dear Diya Gifting team,"]))
        p.add("left", "Thank you. We acknowledge your advance for the order below.")
    else:
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else where[0],
            where[1],
            where[2],
            SALE_HEADS[kind],
        )
    heads = {
        "shop": ["MSH", "MDB"],
        "centre": ["MSK", "RYM"],
        "store": ["SGB", "PPR"],
        "mail": ["MSK", "ADV"],
    }
    rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
    num_labels = {
        "retail": ["Rasid sankhya (receipt No.)", "Cash memo No."],
        "wedding": ["Order bill No.", "Rasid sankhya (receipt No.)"],
        "dozen": ["Wholesale bill No.", "Bill No."],
        "making": ["Making bill No.", "Bill No."],
        "grass": ["Grass bill No.", "Rasid sankhya (receipt No.)"],
        "trims": ["Katran memo No.", "Memo No."],
        "hampers": ["Acknowledgement No.", "Advance receipt ref."],
    }[kind]
    day_labels = ["Received on", "Credit date"] if advance else ["Tithi (date):", "Dated:", "Date of sale:"]

    def number_row() -> None:
        if not j.no_ref:
            p.pair(rng.choice(num_labels), rno, txn=(INVOICE_RANK, rno))

    def head_rows() -> None:
        if not advance and not j.no_day and rng.random() < 0.5:
            text = f"{rng.choice(day_labels)} {when_in(j, DAY_IN, rng)}"
            if rng.random() < 0.5:
                right(p, text)
                p.tags[-1] = (p.part, {"date": j.date})
                number_row()
            else:
                number_row()
                right(p, text)
                p.tags[-1] = (p.part, {"date": j.date})
            return
        labels = [lab.rstrip(":") for lab in day_labels]
        if rng.random() < 0.5:
            day_pair(p, j, labels, DAY_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, labels, DAY_IN)

    party_labels = {
        "wedding": ["Bride's family", "Ordered by"],
        "dozen": ["Kharidar (buyer)", "Buyer"],
        "making": ["Studio (grass owner)", "Job for"],
        "grass": ["Federation", "Kharidar (buyer)"],
        "trims": ["Mill (buyer)", "Party"],
        "hampers": ["Client (gifting house)", "Client"],
    }.get(kind, ["Kharidar (buyer)", "Customer name"])
    party_first = rng.random() < 0.4
    if party_first:
        wrap_pair(p, rng.choice(party_labels), party)
        head_rows()
    else:
        head_rows()
        wrap_pair(p, rng.choice(party_labels), party)
    p.add("left", ITEMS[kind])
    taxable = 0.0
    if kind == "dozen":
        for item, lo, hi in rng.sample(GOODS[:4], rng.randrange(2, 4)):
            dozens = rng.randrange(2, 12)
            rate = float(rng.randrange(lo * 7, hi * 8, 10))
            value = round(dozens * rate, 2)
            taxable += value
            p.pair(f"  {item}: {dozens} doz x {rate:,.2f}", rs(value))
    elif kind == "making":
        figures = rng.randrange(40, 360, 5)
        rate = float(rng.randrange(85, 260, 5))
        p.pair(
            "  Design",
            rng.choice(["Horse and rider, 9 in", "Fish pair (Mithila motif)", "Elephant with howdah"]),
        )
        taxable = round(figures * rate, 2)
        p.pair(f"  {figures} figures x {rate:,.2f}", rs(taxable))
    elif kind == "grass":
        kilos = round(rng.uniform(20, 180), 1)
        rate = float(rng.randrange(180, 420, 5))
        p.pair("  Shade", rng.choice(SHADES))
        taxable = round(kilos * rate, 2)
        p.pair(f"  {kilos:g} kg x {rate:,.2f}", rs(taxable))
    elif kind == "trims":
        sacks = rng.randrange(14, 60)
        gross_wt = round(sacks * rng.uniform(28, 36), 1)
        tare = round(sacks * 0.6, 1)
        kilos = round(gross_wt - tare, 1)
        rate = float(rng.randrange(9, 24))
        p.pair(f"  Gross less {sacks} sacks", f"{gross_wt:g} kg - {tare:g} kg")
        taxable = round(kilos * rate, 2)
        p.pair(f"  Net {kilos:g} kg x {rate:,.2f}", rs(taxable))
    elif kind == "hampers":
        hampers = rng.randrange(150, 900, 10)
        h_rate = float(rng.randrange(650, 1900, 10))
        trays = rng.randrange(100, 600, 10)
        t_rate = float(rng.randrange(180, 520, 10))
        p.pair(f"  Pauti hampers (set of 3): {hampers} x {h_rate:,.2f}", rs(hampers * h_rate))
        p.pair(f"  Sikki diya trays: {trays} x {t_rate:,.2f}", rs(trays * t_rate))
        taxable = round(hampers * h_rate + trays * t_rate, 2)
    elif kind == "wedding":
        sets = rng.randrange(1, 4)
        rate = float(rng.randrange(4800, 16500, 100))
        p.pair("  Set", rng.choice(["7 nested pauti, magenta and gold", "5 pauti with kohbar panel lids"]))
        taxable = round(sets * rate, 2)
        p.pair(f"  {sets} {'set' if sets == 1 else 'sets'} x {rate:,.2f}", rs(taxable))
    else:
        for item, lo, hi in rng.sample(GOODS, rng.randrange(1, 3)):
            qty = rng.randrange(1, 5)
            rate = float(rng.randrange(lo, hi, 10))
            value = round(qty * rate, 2)
            taxable += value
            p.pair(f"  {item}: {qty} x {rate:,.2f}", rs(value))
        if k == 1 or rng.random() < 0.5:
            label, share = rng.choice(
                [("Less: Chhath offer @ 5%", 0.05), ("Less: Member's discount @ 10%", 0.1)]
            )
            off = round(taxable * share, 2)
            p.pair(label, rs(off))
            taxable = round(taxable - off, 2)
    taxable = round(taxable, 2)
    bill = gst5(p, rs, taxable, inter)
    p.pair(
        rng.choice(["Order value with GST"] if advance else ["Bill total (with GST)", "Net bill", "Payable"]),
        rs(bill),
    )
    if advance:
        j.amount = float(round(bill * rng.choice([0.25, 0.4, 0.5]), -3))
        if j.amount >= 200000:
            way = "RTGS"
    else:
        j.amount = bill
    if way == "cheque":
        lab = rng.choice(["Cheque tendered for", "Cheque recd. (subject to realisation)"])
    elif advance:
        lab = "Advance credited by NEFT" if way == "NEFT" else "RTGS advance credited"
    else:
        lab = {
            "cash": rng.choice(["Cash received in hand", "Nagad jama (cash received)"]),
            "UPI": rng.choice(["Received by UPI scan", "UPI receipt"]),
            "card": rng.choice(["Card swipe", "Paid by card"]),
            "NEFT": rng.choice(["Received by NEFT", "NEFT receipt"]),
        }[way]
    in_words = words_in_rupees(j.amount)
    words_first = rng.random() < 0.4
    if words_first:
        p.add("small", in_words)
    p.pair(lab, rs(j.amount), amount=j.amount)
    if not words_first:
        p.add("small", in_words)
    if advance:
        p.pair("Balance on dispatch", rs(round(bill - j.amount, 2)))
    meth = {
        "cash": "cash",
        "UPI": "UPI",
        "NEFT": "netbanking",
        "RTGS": "netbanking",
        "card": "card",
        "cheque": "cheque",
    }[way]
    p.pair(
        rng.choice(["Payment mode", "By"]),
        {
            "cash": "Cash",
            "UPI": "UPI (shop QR)",
            "NEFT": "NEFT",
            "RTGS": "RTGS",
            "card": "Card (POS)",
            "cheque": "Cheque",
        }[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", digits(rng, 6))
        wrap_pair(
            p,
            "Drawn on",
            rng.choice(
                [
                    "State Bank of India, Laheriasarai",
                    "Canara Bank, Muzaffarpur",
                    "Bihar Gramin Bank, Benipatti",
                ]
            ),
        )
        if not j.no_day:
            p.pair("Cheque dt.", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[:8]), way)
        lab = ["UTR No.", "NEFT UTR"] if way == "NEFT" else ["RTGS UTR", "UTR No."]
        p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'JCB'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval No.", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED - DHANYAVAD", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - WEAVING OF YOUR HAMPERS HAS BEGUN"]
    else:
        words.append(
            {
                "retail": "PAID - GOODS PACKED AND HANDED OVER",
                "dozen": "PAID - DOZENS COUNTED AND BOXED",
                "making": "PAID - FIGURES CHECKED AND HANDED OVER",
                "grass": "PAID - GRASS WEIGHED AND ISSUED",
                "trims": "PAID - TRIMMINGS WEIGHED AND LIFTED",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - PAUTI SET RELEASED AFTER CLEARANCE",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT, PAY BY NEFT OR UPI",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "wedding": "Weaving begins when the cheque clears; a seven-box pauti set takes three weeks.",
            "dozen": "Goods packed in cartons of 4 dozen; breakage in transit is the buyer's risk.",
            "making": "Woven on the studio's own grass to its drawing; the studio owns the design.",
            "grass": "Dyed sikki is issued to members against the federation's order; shades vary by lot.",
            "trims": "Weighed on the store's platform scale before the buyer; loading at the buyer's cost.",
            "hampers": "The balance falls due when the hampers are packed; dispatch by road to Mumbai.",
        }.get(kind, "Every piece is handmade by a member artisan; no two are alike. Keep away from water."),
    )
    if not advance:
        right(p, rng.choice([f"For {name} - Authorised signatory", f"For {name} - Counter clerk"]))
        p.add("left", "Kharidarak hastakshar (buyer's signature)")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. munj, dyes, boxes, tools, tags


SUPPLIERS = [
    (
        "Champaran Munj Traders",
        "Munj and khar grass, sikki from pond harvesters",
        "Main Road, Bettiah - 845438, Bihar",
        "10",
        "CMT",
    ),
    (
        "Kanpur Colour Chem Pvt Ltd",
        "Acid and basic dyes for grass, cane and bamboo",
        "Fazalganj Industrial Estate, Kanpur - 208012, Uttar Pradesh",
        "09",
        "KCC",
    ),
    (
        "Muzaffarpur Corrugators",
        "Corrugated cartons and kraft gift boxes",
        "Bela Industrial Area, Muzaffarpur - 842005, Bihar",
        "10",
        "MZC",
    ),
    (
        "Aligarh Craft Tools Mart",
        "Takua needles, scissors, knives and brass fittings",
        "Railway Road, Aligarh - 202001, Uttar Pradesh",
        "09",
        "ACT",
    ),
    (
        "Darbhanga Offset & Tags",
        "Swing tags, GI labels and catalogues",
        "Laheriasarai, Darbhanga - 846001, Bihar",
        "10",
        "DOT",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "CMT": [
        ("Munj grass, dried, in bundles", "1401", "kg", 38, 70, 5, 200, 1800),
        ("Khar grass for coil base", "1401", "kg", 22, 45, 5, 300, 2500),
    ],
    "KCC": [
        ("Acid magenta dye, 1 kg tins", "3204", "kg", 420, 780, 18, 10, 80),
        ("Basic green dye, 500 g packs", "3204", "packs", 190, 360, 18, 20, 160),
    ],
    "MZC": [
        ("Corrugated carton, 5 ply, 20 x 16 x 14 in", "4819", "pcs", 42, 88, 5, 200, 1600),
        ("Kraft gift box with window, 8 x 8 in", "4819", "pcs", 18, 40, 5, 500, 4000),
    ],
    "ACT": [
        ("Takua (sikki needle), steel, 6 in", "7319", "pcs", 12, 30, 18, 200, 2000),
        ("Brass hinge and clasp set for pauti", "8302", "sets", 28, 70, 18, 100, 900),
    ],
    "DOT": [
        ("Swing tag with GI logo, 2-side print", "4821", "pcs", 2, 6, 18, 2000, 20000),
        ("Product catalogue, 24 pages", "4911", "pcs", 45, 120, 18, 100, 800),
    ],
}
SUPPLY_STAMPS = {
    "CMT": "CHAMPARAN MUNJ TRADERS",
    "KCC": "KANPUR COLOUR CHEM",
    "MZC": "MUZAFFARPUR CORRUGATORS",
    "ACT": "ALIGARH CRAFT TOOLS",
    "DOT": "DARBHANGA OFFSET",
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["NEFT", "-", "UPI", "-", "RTGS", "-", "NEFT", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Bettiah munj trader, the Kanpur dye house, the Muzaffarpur box maker, the Aligarh tool mart and the
    Darbhanga printer billing the company (paper: the supplier on top, its line, address and GSTIN; TAX
    INVOICE / TAX INVOICE - PAYMENT RECEIVED / BILL CUM PAYMENT RECEIPT; the number and the day in the
    heading's line on some, TAX INVOICE No. CMT/26-27/0412 dated 14.10.2026, else Invoice No. / Bill No. /
    Invoice serial and Dated / Invoice dt. / Date of supply in either order; a Payment details block above the
    goods on some, under them on the rest; Billed to / Recipient (billed) / Buyer's name the company, Ship to
    / Delivered at the centre, the store or the shop, Place of supply, E-way bill No., an Uttar Pradesh
    transporter and its GR No., a courier and its Docket No. or a local van's Vehicle No., Your order ref.;
    the grass, dyes, cartons, boxes, needles, fittings, tags or catalogues with HSN and GST rate, kg, packs,
    pcs or sets x rate, Taxable value / Value of supply, CGST and SGST within Bihar or IGST from Uttar Pradesh
    (with their rates on some), Round off, Invoice value / Grand total (rounded); Less: Advance recd. with
    order and Balance recd. by NEFT / RTGS on some, Less: TDS @ 0.1% (194Q) by buyer and Net recd. after TDS
    (NEFT) / (RTGS) on some, else Received via NEFT / RTGS / Payment recd. (NEFT) / (RTGS) / UPI collection /
    Received by UPI with UTR / NEFT UTR / RTGS UTR / UPI RRN / UPI ref., or Cheque accepted for / By cheque
    (subject to realisation) with Cheque No.; the sums closed with /- on some; PAYMENT RECEIVED IN FULL / PAID
    - THANK YOU FOR YOUR BUSINESS / RECEIVED VIA NEFT / RTGS / UPI / CHEQUE UNDER CLEARING - RECEIPT VALID ON
    REALISATION / CHEQUE RETURNED UNPAID - INSUFFICIENT FUNDS, KINDLY REMIT BY RTGS, in the supplier's rubber
    stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = slash_rs(rng, font, ("Rs.", "Rs", "INR", "\u20b9"))
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    in_head = not j.no_ref and not j.no_day and rng.random() < 0.4
    kinds = ["TAX INVOICE", "TAX INVOICE - PAYMENT RECEIVED", "BILL CUM PAYMENT RECEIPT"]
    p = paper_page(rng, font, [740, 780, 800])
    if in_head:
        day = when_in(j, ["%d.%m.%Y", "%d-%m-%Y", "{d} %b %Y"], rng)
        letterhead(p, name, line, addr, state, ["TAX INVOICE"])
        p.rows.pop()
        p.tags.pop()
        p.rows.pop()
        p.tags.pop()
        p.part = "head"
        p.add("center", f"TAX INVOICE No. {inv} dated {day}", txn=(INVOICE_RANK, inv), date=j.date)
        p.add("rule")
        p.part = "body"
    else:
        letterhead(p, name, line, addr, state, kinds)

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice No.", "Bill No.", "Invoice serial"]), inv, txn=(INVOICE_RANK, inv)
                )

        day_labels = ["Dated", "Invoice dt.", "Date of supply"]
        if rng.random() < 0.5:
            day_pair(p, j, day_labels, DAY_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, day_labels, DAY_IN)
    wrap_pair(
        p,
        rng.choice(["Billed to", "Recipient (billed)", "Buyer's name"]),
        rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]),
    )
    deliver = {
        "CMT": f"{STORE}, Pupri",
        "KCC": f"{STORE}, Pupri",
        "MZC": f"{CENTRE}, Raiyam",
        "ACT": f"{CENTRE}, Raiyam",
        "DOT": f"{SHOP}, Madhubani",
    }[tag]
    wrap_pair(p, rng.choice(["Ship to", "Delivered at"]), deliver)
    p.pair("Place of supply", "Bihar (10)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if state == "09":
        wrap_pair(p, "Transporter", rng.choice(["Ganga Yamuna Roadways", "Purvanchal Freight Carriers"]))
        p.pair("GR No.", f"{rng.choice(['GYR', 'PFC'])}-{digits(rng, 6)}")
    elif tag == "DOT":
        wrap_pair(p, "Courier", rng.choice(["DTDC Express Ltd", "Trackon Couriers Pvt Ltd"]))
        p.pair("Docket No.", f"{rng.choice(['D', 'T'])}{digits(rng, 9)}")
    else:
        p.pair(
            "Vehicle No.",
            f"BR-{rng.choice(['06', '30', '32'])}-{rng.choice(UPPER)}{rng.choice(UPPER)}-{digits(rng, 4)}",
        )
    p.pair("Your order ref.", f"MSK/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    tax_total = 0.0
    inter = state != "10"
    rated = rng.random() < 0.5
    rates = set()
    goods_rows: list[tuple[str, str, str, str]] = []
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(SUPPLY_ITEMS[tag], rng.randrange(1, 3)):
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        tax_total += round(value * g / 100, 2)
        rates.add(g)
        goods_rows.append((item, f"HSN {hsn}  GST {g}%", f"  {qty:,} {unit} x {rate:,.2f}", rs(value)))
    rated = rated and len(rates) == 1
    g = next(iter(rates))
    taxable = round(taxable, 2)
    tax_total = round(tax_total, 2)
    if not inter:
        tax_total = 2 * round(tax_total / 2, 2)
    total = float(round(taxable + tax_total))
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    tds = 0.0
    pick = rng.random()
    if way in ("NEFT", "RTGS") and pick < 0.35:
        adv = float(round(total * rng.choice([0.2, 0.25, 0.5]), -2))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
    j.amount = round(total - adv - tds, 2)

    def goods_block() -> None:
        for item, hsn, line_text, value in goods_rows:
            wrap_pair(p, item, hsn)
            p.pair(line_text, value)
        p.pair(rng.choice(["Taxable value", "Value of supply"]), rs(taxable))
        if inter:
            p.pair(f"IGST @ {g}%" if rated else "IGST", rs(tax_total))
        else:
            half = round(tax_total / 2, 2)
            p.pair(f"CGST @ {g / 2:g}%" if rated else "CGST", rs(half))
            p.pair(f"SGST @ {g / 2:g}%" if rated else "SGST", rs(half))
        if abs(total - (taxable + tax_total)) >= 0.01:
            p.pair("Round off", f"{total - taxable - tax_total:+.2f}")
        p.pair(rng.choice(["Invoice value", "Grand total (rounded)"]), rs(total))

    def pay_block() -> None:
        p.add("left", "Payment details")
        if adv:
            p.pair("Less: Advance recd. with order", rs(adv))
        elif tds:
            p.pair("Less: TDS @ 0.1% (194Q) by buyer", rs(tds))
        if way == "cheque":
            p.pair(
                rng.choice(["Cheque accepted for", "By cheque (subject to realisation)"]),
                rs(j.amount),
                amount=j.amount,
                method="cheque",
            )
            wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:5])}")
            return
        if adv:
            lab = f"Balance recd. by {way}"
        elif tds:
            lab = f"Net recd. after TDS ({way})"
        elif way == "UPI":
            lab = rng.choice(["UPI collection", "Received by UPI"])
        else:
            lab = rng.choice([f"Received via {way}", f"Payment recd. ({way})"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UPI ref."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:8]), way)
                p.pair(rng.choice(["UTR", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))

    pay_first = rng.random() < 0.4
    if pay_first:
        pay_block()
        p.add("rule")
        goods_block()
    else:
        goods_block()
        p.add("rule")
        pay_block()
    word = {
        "success": rng.choice(
            ["PAYMENT RECEIVED IN FULL", "PAID - THANK YOU FOR YOUR BUSINESS", f"RECEIVED VIA {way}"]
        ),
        "pending": "CHEQUE UNDER CLEARING - RECEIPT VALID ON REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - INSUFFICIENT FUNDS, KINDLY REMIT BY RTGS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", words_in_rupees(j.amount))
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Interest @ 18% p.a. on bills unpaid after 30 days. Subject to {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, SUPPLY_STAMPS[tag], "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Rajnagar Furniture Works", "Display racks and glass counters - Haat", 18000, 96000),
    ("Shri Binod Kumar Jha", "Shop rent - Station Road, Madhubani", 22000, 60000),
    ("Mithila Security Services", "Watch and ward - grass store, Pupri", 24000, 68000),
    ("Thakur & Jha Associates", "Statutory audit and annual return fee", 30000, 90000),
    ("Sitamarhi Solar Energy Solutions", "Solar grass dryer - 2 units, installation", 120000, 460000),
    ("Patna Expo Fabricators", "Stall at the Bihar Saras Mela - 15 days", 35000, 140000),
    ("Tirhut Roadways", "Freight - cartons Madhubani to Delhi and Mumbai", 9000, 52000),
    ("Kosi Photo & Video", "Catalogue shoot - 120 pieces at Raiyam", 15000, 78000),
]
CORP_PORTALS = [
    ("YONO Business", "State Bank of India", "yonobusiness.sbi/corporate/txn/receipt"),
    ("bob World Business", "Bank of Baroda", "bobworldbusiness.bankofbaroda.bank.in/payments/status"),
    ("PNB Corporate Internet Banking", "Punjab National Bank", "corp.netpnb.com/fundstransfer/view"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the rack maker, the shop's landlord, the security agency, the chartered accountants,
    the solar dryer installer, the Saras Mela stall fabricator, the carrier and the photo studio: corporate
    net banking's pages (YONO Business, bob World Business, PNB Corporate Internet Banking: the portal on top
    and the bank's line) in four layouts: an e-receipt (the status, then a sentence "NEFT of INR x from A/c
    XXXX1234 to <payee> (A/c XXXX5678) has been processed.", then the references, the day and the remarks); a
    Debit leg / Credit leg page (the status on top, Debit leg: Account, Amount debited (INR) / Transaction
    amount, the day; Credit leg: Counterparty / Beneficiary / Credited to (payee), account and IFSC; the
    references under them); a bulk file's record (File name and Batch ref., Record 1 of 1, Payee, the sum, a
    Record status row, the references and the day); a stacked list (each label small over its value: Payee,
    Amount, Mode, UTR, the day, Status); Processed on / Transaction date / Debit date / Submitted on / Pending
    approval since / Rejected on / Returned on; Processed - beneficiary credited / Transaction status: Success
    / Pending for approval - authoriser yet to sign / Rejected by beneficiary bank - account closed, funds
    returned; UTR No. / NEFT ref. (UTR) / RTGS UTR / IMPS ref. No. and Transaction ref. No. / CBS journal No.,
    Remarks, Maker / Authoriser)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?id={digits(rng, 12)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer - e-receipt', 'Transaction history'])}"
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Processed - beneficiary credited", "Transaction status: Success"],
        "pending": ["Pending for approval - authoriser yet to sign"],
        "failed": ["Rejected by beneficiary bank - account closed, funds returned"],
    }
    day_labels = {
        "success": ["Processed on", "Transaction date", "Debit date"],
        "pending": ["Submitted on", "Pending approval since"],
        "failed": ["Rejected on", "Returned on"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.35 else who
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    payee_labels = (
        ["Counterparty", "Beneficiary", "Credited to (payee)"]
        if status == "success"
        else [
            "Counterparty",
            "Beneficiary",
        ]
    )
    amount_labels = (
        ["Amount debited (INR)", "Transaction amount"]
        if status == "success"
        else [
            "Transaction amount",
            "Amount",
        ]
    )
    ben = rng.choice(BANKS[:10])
    own_acct = f"XXXX{digits(rng, 4)}"
    their_acct = f"XXXX{digits(rng, 4)}"

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            lab = {
                "IMPS": ["IMPS ref. No."],
                "RTGS": ["RTGS UTR", "UTR No."],
                "NEFT": ["NEFT ref. (UTR)", "UTR No."],
            }[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        tr = f"{rng.choice(['TR', 'JN', 'CB'])}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction ref. No.", "CBS journal No."]), tr, txn=(BANK_RANK, tr))

    def maker() -> None:
        p.pair("Maker / Authoriser", f"MSK.ACCTS / {'-' if status == 'pending' else 'MSK.CEO'}")

    layout = rng.randrange(4)
    if layout == 0:
        outcome_row(p, status, words)
        verb = {
            "success": "has been processed.",
            "pending": "is awaiting approval.",
            "failed": "was rejected and the amount returned.",
        }[status]
        sent = f"{way} of {rs(j.amount).strip()} from A/c {own_acct} to"
        p.add("left", sent, amount=j.amount, method="netbanking")
        p.add("left", f"{who} (A/c {their_acct}) {verb}", merchant=who)
        p.add("rule")
        refs()
        date_row(p, j, day_labels, hour=hour)
        wrap_pair(p, "Remarks", note)
        maker()
    elif layout == 1:
        outcome_row(p, status, words)
        p.add("left", "Debit leg")
        wrap_pair(p, "Account", f"{COMPANY_CAPS} {own_acct}")
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        date_row(p, j, day_labels, hour=hour)
        p.add("left", "Credit leg")
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        p.pair("Account / IFSC", f"{their_acct} / {IFSC[ben]}0{digits(rng, 6)}")
        p.pair("Mode", way, method="netbanking")
        p.add("rule")
        refs()
        wrap_pair(p, "Remarks", note)
        maker()
    elif layout == 2:
        p.add("left", "Bulk payment file - record status")
        p.pair("File name", f"MSK_VENDOR_{digits(rng, 6)}.txt")
        p.pair("Batch ref.", f"B{digits(rng, 9)}")
        p.add("small", "Record 1 of 1")
        wrap_pair(p, "Payee", who, merchant=who)
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        p.pair(
            "Record status",
            {"success": "Processed", "pending": "Awaiting authoriser", "failed": "Rejected"}[status],
            status=status,
        )
        refs()
        date_row(p, j, day_labels, hour=hour)
        wrap_pair(p, "Remarks", note)
        p.add("rule")
        outcome_row(p, status, words)
    else:
        stacked(p, "Payee", who, merchant=who)
        stacked(p, "Amount", rs(j.amount), amount=j.amount)
        stacked(p, "Mode", f"{way} - {ben}", method="netbanking")
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, bank, way)
                stacked(p, "UTR" if way != "IMPS" else "IMPS ref. No.", ref, txn=(UTR_RANK, ref))
            tr = f"CB{digits(rng, 12)}"
            stacked(p, "CBS journal No.", tr, txn=(BANK_RANK, tr))
        if not j.no_day:
            stacked(p, rng.choice(day_labels), when_in(j, DAY_IN, rng), date=j.date)
        stacked(p, "Remarks", note)
        p.add("small", "Status")
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "This is a system-generated receipt and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 7. artisans, harvesters, dyers, helpers


# payee, role, tola or village, kind
WORKERS = [
    ("Sunita Devi", "Pauti weaver - lidded boxes, at the centre", "Raiyam", "artisan"),
    ("Ram Pukar Mukhiya", "Sikki harvester - pond grass by the kilo", "Pupri", "cutter"),
    ("Kalpana Kumari", "Figure weaver - elephants and horses, at home", "Sirsi", "artisan"),
    ("Md. Salim Ansari", "Dyer - dyeing yard, by the day", "Bajpatti", "dyer"),
    ("Rekha Devi", "Dolia weaver - baskets, at home", "Rasidpur", "artisan"),
    ("Gita Kumari", "Jewellery finisher - jhumka and bangles", "Raiyam", "gpay"),
    ("Shanti Devi", "Sikki cleaner and sorter - by the kilo", "Pupri", "harvest"),
    ("Raju Sah", "Packing helper - cartons for dispatch", "Madhubani", "paytm"),
]
WORK_FRAMES = ["paper", "payout", "paper", "payout", "paper", "gpay", "paper", "paytm"]
PIECES = [
    ("Pauti, 4 in", 90, 160),
    ("Pauti, 6 in", 150, 260),
    ("Elephant, 8 in", 220, 420),
    ("Horse, 6 in", 160, 300),
    ("Dolia with lid, medium", 180, 340),
    ("Coaster set of 6", 70, 130),
]


def payout_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Paytm for Business' payout page (the brand on top and the Payouts line under it; the status and the
    sum first, or Payout to / Beneficiary name first)."""
    j.amount = rupees(rng, 1800, 22000, 0.6)
    pid = f"PO{j.date:%y%m%d}{digits(rng, 8)}"
    p = browser_page(rng, font, "dashboard.paytm.com/next/payouts" + ("" if j.no_ref else f"/{pid}"))
    p.part = "head"
    top(p, "Paytm for Business")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Payout successful", "Credited to beneficiary's bank account"],
        "pending": ["Payout pending at bank - we will update in 24 hours"],
    }
    payee_first = rng.random() < 0.5

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Payout to", "Beneficiary name"]), who, merchant=who)
        p.pair(
            "Beneficiary a/c",
            f"{rng.choice(['Bihar Gramin Bank', 'State Bank of India'])} XXXX{digits(rng, 4)}",
        )

    if payee_first:
        payee_rows()
        p.pair("Amount", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_rows()
    p.pair("Transfer mode", "IMPS", method="netbanking")
    p.pair(
        "Purpose",
        rng.choice(["Sikki katai - 38 kg", "Grass harvesting wages"])
        if kind == "cutter"
        else rng.choice(["Dyeing yard wages - 12 days", "Dyer wages, fortnight"]),
    )
    if not j.no_ref:
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        oid = f"MSKPAY{digits(rng, 7)}"
        p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        if status == "success":
            p.pair("Bank txn ID (UTR)", j.ref, txn=(UTR_RANK, j.ref))
    date_row(
        p,
        j,
        {"success": ["Payout date", "Credited on"], "pending": ["Initiated on", "Pending since"]}[status],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Payouts are sent by Paytm Payments Services Ltd through its partner bank.")
    return p.done()


def helper_screen(rng: random.Random, font: str, k: int, j: Job, status: str, who: str, frame: str, rs):
    """A Google Pay screen (the payee on top, the UPI ID, the sum large and the status and the day on one
    line: Completed, 14 Oct 2026, 4:12 pm) or a Paytm screen (the status on top, the sum large, To: <name> on
    one row) paying a helper."""
    j.amount = rupees(rng, 600, 8000, 0.9)
    p = phone_page(rng, font, k, ["", "Payment details"])
    p.part = "head"
    p.add("title", "Google Pay" if frame == "gpay" else "Paytm")
    p.add("gap")
    p.part = "body"
    handle = f"{who.split()[0].lower()}{rng.randrange(10, 99)}@{'okaxis' if frame == 'gpay' else 'paytm'}"
    if frame == "gpay":
        top(p, who, merchant=who)
        p.add("small", handle, method="UPI")
        p.add("big", rs(j.amount), amount=j.amount)
        word = {"success": "Completed", "failed": "Failed"}[status]
        if j.no_day:
            p.add("center", word, status=status)
        else:
            p.add(
                "center",
                f"{word}, {when(j.date, '{d} %b %Y')}, {hhmm(rng, lower=True, zero=False)}",
                status=status,
                date=j.date,
            )
        p.accent(colour(status))
    else:
        words = {
            "success": ["Payment Successful", "Money sent"],
            "failed": ["Payment Failed - receiver's bank is not responding"],
        }
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        if fits(p, "pair", f"To: {who}     "):
            p.pair("To:", who, merchant=who)
        else:
            p.add("left", "To:")
            p.add("left", who, merchant=who)
        p.add("small", handle, method="UPI")
        date_row(p, j, ["Date", "Paid at"] if status == "success" else ["Date", "Tried at"], hour=True)
    p.add("rule")
    p.pair(
        rng.choice(["Note", "Message"]),
        rng.choice(["Jhumka finishing - 40 pair", "Finishing work"])
        if frame == "gpay"
        else rng.choice(["Packing - 5 days", "Carton packing"]),
    )
    p.pair(
        "From",
        f"{rng.choice(['Punjab National Bank', 'State Bank of India', 'Canara Bank'])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        if frame == "gpay":
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
            own = f"CICAgM{code(rng, 12, MIXED)}"
            wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
        else:
            own = f"{digits(rng, 11)}"
            p.pair("Paytm order ID", own, txn=(TXN_RANK, own))
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    if status == "failed":
        p.add("small", "Any amount debited will be refunded to your account in 3 to 5 working days.")
    p.part = "foot"
    p.add("small", "Share  |  Help")
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its member artisans by the piece, its harvester and its cleaner by the kilo on
    paper, its harvester and its dyer through Paytm for Business payouts and its jewellery finisher and its
    packing helper by Google Pay and Paytm: its printed SHILPI BHUGTAN PARCHI - PRATI NAG / ARTISAN PAYMENT
    SLIP - PIECE RATE (SIKKI) and SIKKI KATAI BHUGTAN - PRATI KILO / GRASS WAGES - BY THE KILO (the company on
    top with the centre's or the store's line; Shilpi (artisan) / Member artisan / Didi ka naam (artisan) /
    Harvester / Sorter (by the kilo) first or under the number and the day; Kaam (work), Tola / village, SHG,
    Member No., Aadhaar (last 4) (no fact); Bhugtan parchi No. / Pay slip No., Dinank / Slip date / Paid on;
    the pieces line by line (Pauti, 6 in: 12 x 180.00) or the kilos x rate, Add: Fine weave (mahin) bonus, Kul
    kamai (gross) / Total earned, Less: Sikki issued on credit - 1.5 kg @ 240.00 / Less: Lid not fitting - n @
    rate / Less: Wet grass - n kg @ rate / Less: Peshgi (advance) adjusted, Haath mein (in hand) / Net payable
    & paid, By Cash / UPI / IMPS, UPI Ref. No. / IMPS ref.; PAID / PAID - PIECES CHECKED INTO STORE / PAID -
    GRASS WEIGHED INTO STORE / PAID IN CASH - ENTERED IN MEMBER PASSBOOK, the thumb or signature line), Paytm
    for Business payouts (Payout to / Beneficiary name, Amount or the sum large, Transfer mode, Purpose,
    Payout ID, Order ID, Bank txn ID (UTR), Payout date / Credited on / Initiated on / Pending since; Payout
    successful / Credited to beneficiary's bank account / Payout pending at bank - we will update in 24
    hours), a Google Pay screen (the payee on top, Completed, <day>, <hour> on one line) and a Paytm screen
    (Payment Successful / Money sent / Payment Failed - receiver's bank is not responding, To: <name>)."""
    k = place("worker_pay")
    status = outcome(k, failed=(7,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=1500, high=22000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "payout":
        return payout_page(rng, font, j, status, who, kind, rs)
    if frame in ("gpay", "paytm"):
        return helper_screen(rng, font, k, j, status, who, frame, rs)
    by_kilo = kind == "harvest"
    unit = "store" if by_kilo else "centre"
    where = UNITS[unit]
    p = paper_page(rng, font, [680, 720, 760])
    heads = (
        ["SIKKI KATAI BHUGTAN - PRATI KILO", "GRASS WAGES - BY THE KILO"]
        if by_kilo
        else ["SHILPI BHUGTAN PARCHI - PRATI NAG", "ARTISAN PAYMENT SLIP - PIECE RATE (SIKKI)"]
    )
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{STORE} - sorting floor" if by_kilo else f"{CENTRE} - member artisans",
        where[1],
        where[2],
        heads,
        merchant=False,
    )

    def number_day() -> None:
        if not j.no_ref:
            vno = f"BP/{fy(j.date)}/{rng.randrange(10, 999):03d}"
            p.pair(rng.choice(["Bhugtan parchi No.", "Pay slip No."]), vno, txn=(INVOICE_RANK, vno))
        day_pair(p, j, ["Dinank", "Slip date", "Paid on"], DAY_IN)

    payee_first = rng.random() < 0.55
    if not payee_first:
        number_day()
    labels = (
        ["Sorter (by the kilo)", "Harvester"]
        if by_kilo
        else [
            "Shilpi (artisan)",
            "Member artisan",
            "Didi ka naam (artisan)",
        ]
    )
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    p.pair("Kaam (work)", role.split(" - ")[1])
    p.pair("Tola / village", village)
    if not by_kilo:
        p.pair("SHG", rng.choice(["Maa Durga Jeevika SHG", "Sita Mahila SHG", "Janaki Sikki SHG"]))
        p.pair("Member No.", f"MSK-{rng.randrange(100, 1400):04d}")
    p.pair("Aadhaar (last 4)", f"XXXX {digits(rng, 4)}")
    if payee_first:
        number_day()
    gross = 0.0
    if by_kilo:
        kilos = round(rng.uniform(40, 260), 1)
        rate = float(rng.randrange(18, 46))
        gross = round(kilos * rate, 2)
        p.pair(f"Sorted sikki: {kilos:g} kg x {rate:,.2f}", rs(gross))
    else:
        for item, lo, hi in rng.sample(PIECES, rng.randrange(1, 4)):
            q = rng.randrange(3, 30)
            rate = float(rng.randrange(lo, hi, 5))
            value = round(q * rate, 2)
            gross += value
            p.pair(f"{item}: {q} x {rate:,.2f}", rs(value))
        if rng.random() < 0.4:
            extra = float(rng.choice([150, 250, 400]))
            p.pair("Add: Fine weave (mahin) bonus", rs(extra))
            gross += extra
    gross = round(gross, 2)
    p.pair(rng.choice(["Kul kamai (gross)", "Total earned"]), rs(gross))
    cut = 0.0
    pick = rng.random()
    if by_kilo and pick < 0.5:
        wet = rng.randrange(2, 6)
        per = float(rng.randrange(18, 40))
        cut = round(wet * per, 2)
        p.pair(f"Less: Wet grass - {wet} kg @ {per:,.2f}", rs(cut))
    elif not by_kilo and pick < 0.35:
        kg = rng.choice([0.5, 1.0, 1.5, 2.0])
        per = float(rng.randrange(200, 380, 10))
        cut = round(kg * per, 2)
        p.pair(f"Less: Sikki issued on credit - {kg:g} kg @ {per:,.2f}", rs(cut))
    elif not by_kilo and pick < 0.6:
        bad = rng.randrange(1, 3)
        per = float(rng.randrange(30, 80, 5))
        cut = round(bad * per, 2)
        p.pair(f"Less: Lid not fitting - {bad} @ {per:,.2f}", rs(cut))
    if gross > 3000 and rng.random() < 0.45:
        adv = float(rng.choice([500, 1000, 2000]))
        p.pair("Less: Peshgi (advance) adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(["Haath mein (in hand)", "Net payable & paid"]), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("By", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS ref.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - GRASS WEIGHED INTO STORE" if by_kilo else "PAID - PIECES CHECKED INTO STORE"]
    if way == "Cash":
        words.append("PAID IN CASH - ENTERED IN MEMBER PASSBOOK")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", words_in_rupees(j.amount))
    right(p, rng.choice(["Angootha / hastakshar (thumb / signature)", "Signature or thumb of the payee"]))
    return p.done()


# ---------------------------------------------------------------- 8. the Nigam, the Board, EPFO, OGRAS, MCA


FEE_FRAMES = ["nigam", "bspcb", "epfo", "ptax", "mca", "epch", "vahan", "fire"]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a sikki producer company, its centre, its grass store and its shop: Madhubani Nagar Nigam's
    holding tax and trade licence for the shop (Holding No., Ward No., Holding tax 2026-27, Trade licence fee
    2026-27, Solid waste user charge; Receipt No., Payment ID, Bank ref.), the Bihar State Pollution Control
    Board's consent to operate for the dyeing yard (Application No., Consent fee; Payment ID; Transaction
    failed - amount not received by the Board, retry; Attempt failed on), EPFO's ECR challan (TRRN, CRN, A/c
    1, 2, 10 and 21; Payment initiated - confirmation awaited from bank, do not pay again; Initiated on), the
    Commercial Taxes Department's profession tax on OGRAS (an e-challan: Head of account 0028-00-107-0001,
    GRN, CIN (bank's), Tax period), the Ministry of Corporate Affairs' filing fee for the producer company's
    annual return and accounts (SRN, Form MGT-7 and AOC-4 fees, Additional fee; the page that prints no id),
    EPCH's RCMC renewal (Membership No., Renewal fee, GST @ 18%; Receipt No., Transaction ID), the Transport
    Department, Bihar's road tax on the e-cart on Vahan (Registration No., Road tax - goods carrier
    (e-rickshaw), Service charge; Transaction No., Bank ref. No., Receipt No.; the page that prints no day)
    and the Bihar Fire and Emergency Services' fire NOC fee for the grass store on OGRAS (GRN, Challan No.):
    the payee on top and its line, a Received from / Depositor / Payer name row naming the company (no fact),
    the heads (each with its code on the e-challans), Total deposited / Challan amount / Total fee paid /
    Amount paid, Payment mode / Paid through (EPFO by net banking only), Date of deposit / Payment date & time
    / Challan paid on / Txn. date; a Payment status: row first on some, the status at the foot on the rest
    (Challan paid - e-receipt generated / Transaction successful - amount credited to Govt. account / Fee
    received); the references above the heads or under the total."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame == "epfo":
        way = "Net banking"
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "%Y-%m-%d"]
    words = {
        "success": [
            "Challan paid - e-receipt generated",
            "Transaction successful - amount credited to Govt. account",
            "Fee received",
        ]
    }
    day_labels = ["Date of deposit", "Payment date & time", "Challan paid on", "Txn. date"]
    hour = True
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    labels = ["Total deposited", "Amount paid"]
    payer_labels = ["Received from", "Depositor", "Payer name"]
    if frame == "nigam":
        url = "madhubaninagarnigam.bihar.gov.in/holding/payment/receipt" + (
            "" if j.no_ref else f"/{digits(rng, 9)}"
        )
        name = rng.choice(["Madhubani Nagar Nigam", "MADHUBANI NAGAR NIGAM", "Nagar Nigam, Madhubani"])
        line = "Urban Development & Housing Department, Bihar  |  Holding tax and trade licence"
    elif frame == "bspcb":
        url = "ocmms.bih.nic.in/consent/payment/status" + ("" if j.no_ref else f"/{digits(rng, 8)}")
        name = rng.choice(["Bihar State Pollution Control Board", "BIHAR STATE POLLUTION CONTROL BOARD"])
        line = "Consent to operate - renewal  |  Online consent management"
    elif frame == "epfo":
        url = "unifiedportal-emp.epfindia.gov.in/epfo/payment/status"
        name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
        line = "Ministry of Labour & Employment  |  Electronic challan cum return"
    elif frame == "ptax":
        url = "ograsbihar.nic.in/challan/receipt" + ("" if j.no_ref else f"/{digits(rng, 10)}")
        name = rng.choice(
            ["Commercial Taxes Department, Government of Bihar", "Commercial Taxes Department, Bihar"]
        )
        line = "OGRAS - Online Government Receipt Accounting System  |  Profession tax e-challan"
    elif frame == "mca":
        url = "www.mca.gov.in/content/mca/global/en/application-history.html"
        name = rng.choice(["Ministry of Corporate Affairs", "MINISTRY OF CORPORATE AFFAIRS"])
        line = "MCA21 V3  |  Payment of fees - e-forms"
    elif frame == "epch":
        url = "www.epch.in/members/rcmc/payment/receipt"
        name = rng.choice(["Export Promotion Council for Handicrafts", "EPCH"])
        line = "Under the Ministry of Textiles, Government of India  |  RCMC renewal"
    elif frame == "vahan":
        url = "vahan.parivahan.gov.in/vahanservice/tax/receipt"
        name = rng.choice(["Transport Department, Government of Bihar", "Transport Department, Bihar"])
        line = "Vahan - Ministry of Road Transport & Highways  |  Road tax"
    else:
        url = "ograsbihar.nic.in/challan/receipt" + ("" if j.no_ref else f"/{digits(rng, 10)}")
        name = rng.choice(["Bihar Fire and Emergency Services", "BIHAR FIRE AND EMERGENCY SERVICES"])
        line = "Home Department, Government of Bihar  |  Fire NOC fee - OGRAS e-challan"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_row_top = rng.random() < 0.45 and frame not in ("bspcb", "epfo")
    if frame == "nigam":
        p.pair("Holding No.", f"MDB/{rng.randrange(1, 30):02d}/{digits(rng, 4)}")
        p.pair("Ward No.", str(rng.randrange(1, 31)))
        wrap_pair(p, "Name of the holder", f"{SHOP} ({firm})")
        heads = [
            ("Holding tax 2026-27", float(rng.choice([1840, 2260, 3120, 4480]))),
            ("Trade licence fee 2026-27", float(rng.choice([1000, 1500, 2000]))),
        ]
        if rng.random() < 0.6:
            heads.append(("Solid waste user charge", float(rng.choice([600, 900, 1200]))))
        refs = [
            ("Payment ID", TXN_RANK, f"MNN{digits(rng, 12)}"),
            ("Bank ref.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"MNN/HT/{digits(rng, 6)}"),
        ]
    elif frame == "bspcb":
        wrap_pair(p, "Name of the unit", f"{STORE} - dyeing yard ({firm})")
        p.pair("Application No.", f"BSPCB/CTO/{digits(rng, 7)}")
        p.pair("Category", "Green - small (natural fibre dyeing)")
        heads = [("Consent fee (CTO renewal, 5 years)", float(rng.choice([5000, 7500, 10000])))]
        if rng.random() < 0.5:
            heads.append(("Processing charge", float(rng.choice([500, 1000]))))
        labels = ["Amount to be paid", "Fee due"]
        refs = [("Payment ID", TXN_RANK, f"BSPCB{digits(rng, 11)}")]
        words = {"failed": ["Transaction failed - amount not received by the Board, retry"]}
        day_labels = ["Attempt failed on", "Failed on"]
    elif frame == "epfo":
        p.pair("Establishment ID", f"BRPAT{digits(rng, 7)}000")
        wrap_pair(p, "Establishment name", COMPANY_CAPS)
        p.pair("Wage month", j.month(1))
        wages = float(rng.randrange(120000, 380000, 100))
        heads = [
            ("A/c 1 - EPF", float(round(wages * 0.1567))),
            ("A/c 2 - EPF admin charges", float(max(500, round(wages * 0.005)))),
            ("A/c 10 - Pension fund", float(round(wages * 0.0833))),
            ("A/c 21 - EDLI", float(round(wages * 0.005))),
        ]
        labels = ["Challan amount", "Total amount"]
        refs = [
            ("TRRN", TXN_RANK, f"{rng.choice('34')}{digits(rng, 12)}"),
            ("CRN", INVOICE_RANK, f"{digits(rng, 15)}"),
        ]
        words = {"pending": ["Payment initiated - confirmation awaited from bank, do not pay again"]}
        day_labels = ["Initiated on", "Payment initiated on"]
    elif frame == "ptax":
        p.pair("Department", "Commercial Taxes")
        p.pair("Tax period", "2026-27")
        heads = [("0028-00-107-0001 Profession tax - employer", float(rng.choice([2500, 2500, 1000])))]
        if rng.random() < 0.5:
            heads.append(
                (
                    "0028-00-107-0002 Profession tax - employees (deducted)",
                    float(rng.choice([1000, 1500, 3000])),
                )
            )
        labels = ["Total deposited", "Challan amount"]
        refs = [
            ("GRN", TXN_RANK, f"{digits(rng, 10)}"),
            (
                "CIN",
                BANK_RANK,
                f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}" if not j.no_day else digits(rng, 20),
            ),
        ]
    elif frame == "mca":
        wrap_pair(p, "Company name", COMPANY_CAPS)
        p.pair("CIN of the company", f"U01{digits(rng, 3)}BR20{rng.randrange(15, 24)}PTC0{digits(rng, 5)}")
        heads = [
            ("Form MGT-7 - normal fee", float(rng.choice([300, 400, 500]))),
            ("Form AOC-4 - normal fee", float(rng.choice([300, 400, 500]))),
        ]
        if rng.random() < 0.5:
            heads.append(("Additional fee (late filing)", float(rng.choice([200, 600, 1200]))))
        labels = ["Total fee paid", "Amount paid"]
        refs = [("SRN", INVOICE_RANK, f"{rng.choice('ABF')}{digits(rng, 8)}")]
        hour = False
    elif frame == "epch":
        wrap_pair(p, "Member firm", firm)
        p.pair("Membership No.", f"EPCH/{rng.randrange(10000, 99999)}/BR")
        fee = float(rng.choice([5000, 7500, 10000]))
        heads = [("RCMC renewal fee 2026-27", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total fee paid", "Amount paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"EPCH{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"EPCH/RCMC/{digits(rng, 6)}"),
        ]
    elif frame == "vahan":
        p.pair("Registration No.", f"BR32{code(rng, 2, UPPER)}{digits(rng, 4)}")
        wrap_pair(p, "Owner name", COMPANY_CAPS)
        p.pair("Vehicle class", "e-Rickshaw with cart (goods)")
        heads = [
            ("Road tax - goods carrier (e-rickshaw), one time", float(rng.choice([1200, 1800, 2400]))),
            ("Service charge", float(rng.choice([50, 100]))),
        ]
        labels = ["Total tax paid", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"BR{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"BR32{code(rng, 2, UPPER)}{digits(rng, 7)}"),
        ]
    else:
        wrap_pair(p, "Premises", f"{STORE}, Pupri - grass godown, 2,400 sq ft")
        p.pair("Application No.", f"BFES/NOC/{digits(rng, 6)}")
        heads = [("4070-00-800-0001 Fire NOC fee - godown", float(rng.choice([3000, 5000, 7500])))]
        if rng.random() < 0.4:
            heads.append(("4070-00-800-0002 Inspection fee", float(rng.choice([500, 1000]))))
        labels = ["Total deposited", "Challan amount"]
        refs = [
            ("GRN", TXN_RANK, f"{digits(rng, 10)}"),
            ("Challan No.", INVOICE_RANK, f"BFES/{digits(rng, 7)}"),
        ]
    wrap_pair(p, rng.choice(payer_labels), firm)
    if status_row_top:
        p.pair("Payment status", rng.choice(["Paid", "Success"]), status=status)
    refs_first = rng.random() < 0.4
    if refs_first and not j.no_ref:
        for lab, rank, value in refs:
            p.pair(lab, value, txn=(rank, value))
    total = 0.0
    for head, fee in heads:
        total += fee
        wrap_pair(p, head, rs(fee))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment mode", "Paid through"]), way, method=way_method(way))
    if not refs_first and not j.no_ref:
        for lab, rank, value in refs:
            p.pair(lab, value, txn=(rank, value))
    date_row(p, j, day_labels, pats, hour=hour)
    if not status_row_top:
        p.add("rule")
        outcome_row(p, status, words)
    foot = {
        "nigam": "Keep this receipt; the holding tax is due again on 1 April.",
        "bspcb": "The consent application is taken up only after the fee reaches the Board.",
        "epfo": "Do not pay this challan again; its status updates once the bank confirms.",
        "ptax": "Verify this challan with its GRN on the OGRAS portal.",
        "mca": "The e-forms are taken on record after the fee is paid against the SRN.",
        "epch": "The renewed RCMC is valid till 31 March of the fifth year.",
        "vahan": "Carry the tax receipt in the vehicle; verify it on the mParivahan app.",
        "fire": "The fire officer inspects the premises within 15 days of this payment.",
    }[frame]
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Fire and allied perils - grass stock and dyeing yard",
        "paper",
        "fire",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Shopkeeper's policy - Station Road shop",
        "browser",
        "shop",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Marine export - open policy for sikki cartons",
        "mail",
        "marine",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - staff and member artisans",
        "browser",
        "health",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Money insurance - cash in transit for wages",
        "mail",
        "money",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Goods carrying e-rickshaw policy",
        "browser",
        "vehicle",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Group personal accident - member artisans",
        "paper",
        "pa",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Exhibition floater - stock at the Bihar Saras Mela",
        "mail",
        "mela",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its grass stock and dyeing yard, the shop, its export cartons, its staff's and
    artisans' health, the wage cash in transit, its e-rickshaw, its member artisans against accidents and its
    stock at the Bihar Saras Mela: the insurers' receipts (printed at the branch, browser, e-mail: the insurer
    on top, the product line, PREMIUM RECEIPT / TAX INVOICE CUM PREMIUM RECEIPT / Receipt for premium (Premium
    payment declined / Renewal not completed on the failed one); a Particulars | Amount (Rs.) table on some;
    on some e-mails a sentence that tells the payment ("We acknowledge with thanks the receipt of Rs. x
    towards your policy on <day>."); Insured name / Proposer / Name of the insured (no fact), Policy No. /
    Proposal No. / Quote No., Customer ID, Intermediary code; Sum insured - grass stock and yard / Sum insured
    - shop / Annual turnover (declared) / Members covered / Money carried per trip / IDV / Artisans covered /
    Stock at the mela; Period of insurance; Premium (taxable value), Terrorism cover premium / an add-on, CGST
    and SGST @ 9% or IGST @ 18%, Stamp duty on the marine receipt (in the total); the sum under Total premium
    received / Gross premium (incl. GST) received / Amount received, Cheque tendered for / Amount of cheque,
    Premium due (not paid) / Amount to be paid; a Receipt status: row or the status line: Premium received -
    policy issued / Receipt status: Realised / CHEQUE UNDER REALISATION - COVER SUBJECT TO CLEARANCE / Payment
    declined by bank - policy not renewed; Mode of payment, Cheque No. and bank, Transaction No., Bank
    reference, UPI Ref., Collection receipt No. / Receipt No.; Receipt date / Premium received on / Payment
    realised on / Cheque tendered on / Collected on / Payment attempted on / Declined on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(0,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    if kind == "mela":
        j.date = MELA_START - dt.timedelta(days=rng.randrange(5, 26))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'my'])}.{host}/receipt/premium")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng, font, f"{short} <receipts@{host}>", ["Receipt for your premium", "Premium acknowledgement"]
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, fit_name(p, "title", [name, ins]), merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add("small", rng.choice(["Branch Office, Station Road, Madhubani", "Divisional Office, Darbhanga"]))
    p.add(
        "center",
        rng.choice(
            ["Premium payment declined", "Renewal not completed"]
            if status == "failed"
            else ["PREMIUM RECEIPT", "TAX INVOICE CUM PREMIUM RECEIPT", "Receipt for premium"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Premium received - policy issued"],
        "pending": ["CHEQUE UNDER REALISATION - COVER SUBJECT TO CLEARANCE"],
        "failed": ["Payment declined by bank - policy not renewed"],
    }
    wrap_pair(
        p,
        rng.choice(["Insured name", "Proposer", "Name of the insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair(
            "Policy No.",
            f"{rng.choice(['0503', '1127', '2311'])}/{digits(rng, 8)}/{rng.randrange(0, 3):02d}/000",
        )
    elif status == "pending":
        p.pair("Proposal No.", f"PR{digits(rng, 11)}")
    else:
        p.pair("Quote No.", f"Q{digits(rng, 10)}")
    p.pair("Customer ID", f"{code(rng, 2, UPPER)}{digits(rng, 8)}")
    if rng.random() < 0.5:
        p.pair("Intermediary code", f"BR{digits(rng, 7)}")
    if kind == "fire":
        insured = float(rng.randrange(1500000, 12000000, 50000))
        p.pair("Sum insured - grass stock and yard", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0014), 2)
        addon = ("Terrorism cover premium", round(insured * 0.00007, 2))
    elif kind == "shop":
        insured = float(rng.randrange(500000, 3500000, 50000))
        p.pair("Sum insured - shop", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Plate glass extension", round(insured * 0.0001, 2))
    elif kind == "marine":
        turnover = float(rng.randrange(2000000, 20000000, 500000))
        p.pair("Annual turnover (declared)", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0006), 2)
        addon = ("War and SRCC cover", round(turnover * 0.00002, 2))
    elif kind == "health":
        members = rng.randrange(18, 70)
        p.pair("Members covered", f"{members} (Rs 2,00,000 each)")
        basic = round(members * rng.uniform(3000, 5200), 2)
        addon = ("Maternity cover", round(members * 260.0, 2))
    elif kind == "money":
        per_trip = float(rng.choice([200000, 300000, 500000]))
        p.pair("Money carried per trip", rs(per_trip))
        basic = round(per_trip * rng.uniform(0.004, 0.008), 2)
        addon = ("Cash in safe extension", round(per_trip * 0.0008, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(110000, 190000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"BR32{code(rng, 2, UPPER)}{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.02, 0.03) + 4092, 2)
        addon = ("Zero depreciation", round(idv * 0.006, 2))
    elif kind == "pa":
        persons = rng.randrange(40, 160)
        p.pair("Artisans covered", f"{persons} (Rs 2,00,000 each)")
        basic = round(persons * rng.uniform(110, 220), 2)
        addon = ("Hospital cash", round(persons * 40.0, 2))
    else:
        stock = float(rng.randrange(600000, 3000000, 50000))
        p.pair("Stock at the mela", rs(stock))
        basic = round(stock * rng.uniform(0.0009, 0.0016), 2)
        addon = ("Transit to and from the mela", round(stock * 0.0002, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 4))
        if kind == "mela":
            start = MELA_START - dt.timedelta(days=rng.randrange(2, 4))
            end = MELA_START + dt.timedelta(days=rng.randrange(15, 18))
        else:
            end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        wrap_pair(p, "Period of insurance", f"{when(start, '%d/%m/%Y')} - {when(end, '%d/%m/%Y')}")
    table = rng.random() < 0.5
    if table:
        p.add("pair", "Particulars", "Amount (Rs.)")
    p.pair("Premium (taxable value)", rs(basic))
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(basic + addon[1], 2)
    if rng.random() < 0.5:
        half = round(taxed * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        gst = 2 * half
    else:
        gst = round(taxed * 0.18, 2)
        p.pair("IGST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if kind == "marine":
        duty = float(rng.choice([1, 5, 10]))
        p.pair("Stamp duty", rs(duty))
        j.amount = round(j.amount + duty, 2)
    if rng.random() < 0.35:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium received", "Gross premium (incl. GST) received", "Amount received"],
        "pending": ["Cheque tendered for", "Amount of cheque"],
        "failed": ["Premium due (not paid)", "Amount to be paid"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.add("rule")
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper":
        pay = rng.choice(["Net banking", "Cheque", "UPI"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    day_labels = {
        "success": ["Receipt date", "Premium received on", "Payment realised on"],
        "pending": ["Cheque tendered on", "Collected on"],
        "failed": ["Payment attempted on", "Declined on"],
    }[status]
    said = False
    if frame == "mail" and status == "success" and not j.no_day and rng.random() < 0.6:
        shown = rs(j.amount).strip() if rs.mark else f"Rs. {rs(j.amount).strip()}"
        p.add(
            "left",
            f"We acknowledge with thanks the receipt of {shown} towards your policy on "
            f"{when_in(j, ['%d/%m/%Y', '{d} %B %Y', '%d-%b-%Y'], rng)}.",
            amount=j.amount,
            date=j.date,
        )
        said = True
    if rng.random() < 0.5:
        p.pair(
            "Receipt status",
            {"success": "Realised", "pending": "Under realisation", "failed": "Declined"}[status],
            status=status,
        )
    else:
        outcome_row(p, status, words)
    p.pair("Mode of payment", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            tid = f"{rng.choice(['TN', 'PG', 'OL'])}{digits(rng, 13)}"
            p.pair("Transaction No.", tid, txn=(TXN_RANK, tid))
        if status == "success" and pay == "UPI":
            p.pair("UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
        elif status == "success" and pay == "Net banking":
            bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
            p.pair("Bank reference", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(1000, 9999)}{digits(rng, 9)}"
            p.pair(rng.choice(["Collection receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    if not said:
        day_pair(p, j, day_labels, DAY_IN)
    p.part = "foot"
    p.add("small", "The insurance is subject to realisation of the premium and to the policy's terms.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("MITHILA SIKKI HAAT", "STATION ROAD, MADHUBANI", "own"),
    ("JANAKI FILLING STATION", "NH-27, DARBHANGA", "fuel"),
    ("MITHILA SIKKI KALA PRODUCER CO", "RAIYAM, MADHUBANI", "own"),
    ("HOTEL PATLIPUTRA HERITAGE", "FRASER ROAD, PATNA", "hotel"),
    ("MITHILA SIKKI SHILP KENDRA", "RAIYAM 847235", "own"),
    ("JHA HARDWARE & SANITARY", "SHANKAR CHOWK, MADHUBANI", "shop"),
    ("MITHILA SIKKI HAAT", "SARAS MELA, GANDHI MAIDAN, PATNA", "own"),
    ("MAITHIL BHOJANALAYA", "KOTWALI CHOWK, DARBHANGA", "food"),
]
TERMINALS = [
    "PINE LABS",
    "INDIANOIL",
    "SBI PAYMENTS",
    "AXIS BANK",
    "HDFC BANK",
    "MSWIPE",
    "BANK OF BARODA",
    "PAYTM SOUNDBOX POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the shop's (at Station Road and at the Saras Mela), the company's and the centre's
    terminals, and the company's card at a filling station on NH-27 at Darbhanga, a Patna hotel, a Madhubani
    hardware shop and a Darbhanga eating house: terminal slips (monospace: the terminal's bank or brand on top
    on some, the counter's name and place in capitals; the day and the hour as DATE:<day> TIME:<hour> on one
    line, as OCT 14, 2026 16:12:33 with no label (the month's name first), or on a DATE/TIME: row, at the top
    or under the sum; MERCHANT NO:, TERMINAL NO:, BATCH NUM:, SEQ NO:, ROC NO: / INV:, SALE / TAP & PAY SALE /
    CHIP SALE, CARD NUM:, EXPIRY: XX/XX, ENTRY:, a fuel sale's PRODUCT:, PRICE/LTR:, LITRES:, DISPENSER:, VEH
    NO:, LOYALTY PTS:, a hotel's ROOM: and GUEST BILL NO:, the eating house's TABLE: and PAX: with BASE AMT:,
    TIP: and TOTAL:, the shop's CUST MOB:, APPR CODE: / AUTH CODE:, RRN: / RET REF NO:, SALE AMOUNT: / AMOUNT
    INR: / TOTAL AMOUNT:, the sum above or below the card; TRANSACTION APPROVED / APPROVED - THANK YOU /
    APPROVED (PIN VERIFIED OK) / DECLINED - 51 INSUFFICIENT FUNDS / HOST TIMEOUT - TXN STATUS UNKNOWN, DO NOT
    RESWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4, low=1200, high=68000)
    name, town, kind = COUNTERS[k]
    if k == 6:
        j.date = MELA_START + dt.timedelta(days=rng.randrange(15))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    tip = 0.0
    if kind == "fuel":
        j.amount = rupees(rng, 800, 4200, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2400, 12500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 500, 14000, 0.5)
    elif kind == "food":
        base = rupees(rng, 260, 1800, 0.6)
        tip = float(rng.choice([20, 50, 100, round(base * 0.05)]))
        j.amount = round(base + tip, 2)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"

    def day_rows() -> None:
        if j.no_day:
            return
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.7)
        pick = rng.random()
        if pick < 0.4:
            d = when(j.date, rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d-%b-%y", "%d.%m.%Y"])).upper()
            line = f"DATE:{d}  TIME:{t}"
            if fits(p, "left", line):
                p.add("left", line, date=j.date)
            else:
                p.pair("DATE:", d, date=j.date)
                p.pair("TIME:", t)
        elif pick < 0.7:
            p.add("left", f"{when(j.date, '%b {d}, %Y').upper()}  {t}", date=j.date)
        else:
            d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"])).upper()
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MERCHANT NO:", digits(rng, 15))
    p.pair("TERMINAL NO:", digits(rng, 8))
    p.pair("BATCH NUM:", f"{rng.randrange(1, 999):06d}")
    p.pair("SEQ NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["ROC NO:", "INV:"]), inv, txn=(INVOICE_RANK, inv))
    sale = rng.choice(["SALE", "TAP & PAY SALE", "CHIP SALE"] if j.amount <= 5000 else ["SALE", "CHIP SALE"])
    p.add("center", sale)

    def sum_rows() -> None:
        body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
        if kind == "food":
            p.pair("BASE AMT:", f"{j.amount - tip:.2f}")
            p.pair("TIP:", f"{tip:.2f}")
            p.pair("TOTAL:", f"{rng.choice(['INR ', 'RS '])}{body}", amount=j.amount)
            return
        lab = rng.choice(["SALE AMOUNT:", "AMOUNT INR:", "TOTAL AMOUNT:"])
        shown = body if lab == "AMOUNT INR:" else f"{rng.choice(['INR ', 'RS ', ''])}{body}"
        p.pair(lab, shown, amount=j.amount)

    sum_first = rng.random() < 0.5
    if sum_first:
        sum_rows()
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        "CARD NUM:",
        f"{lead}{rng.choice(['XXX XXXX XXXX ', '*** **** **** '])}{digits(rng, 4)}",
        method="card",
    )
    p.pair("EXPIRY:", "XX/XX")
    scheme = {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead]
    entry = {"TAP & PAY SALE": "CONTACTLESS", "CHIP SALE": "CHIP"}.get(sale) or rng.choice(
        ["CHIP", "CONTACTLESS"] if j.amount <= 5000 else ["CHIP"]
    )
    p.pair("ENTRY:", f"{scheme} {entry}")
    if kind == "fuel":
        rate = round(rng.uniform(94.5, 108.2), 2)
        p.pair("PRODUCT:", rng.choice(["DIESEL", "PETROL", "XTRAPREMIUM"]))
        p.pair("PRICE/LTR:", f"{rate:.2f}")
        p.pair("LITRES:", f"{j.amount / rate:.2f}")
        p.pair("DISPENSER:", str(rng.randrange(1, 7)))
        p.pair("VEH NO:", f"BR32{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("LOYALTY PTS:", str(rng.randrange(8, 120)))
    elif kind == "hotel":
        p.pair("ROOM:", str(rng.randrange(101, 418)))
        p.pair("GUEST BILL NO:", f"G{digits(rng, 6)}")
    elif kind == "food":
        p.pair("TABLE:", str(rng.randrange(1, 20)))
        p.pair("PAX:", str(rng.randrange(1, 8)))
    elif kind == "shop":
        p.pair("CUST MOB:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        sum_rows()
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["TRANSACTION APPROVED", "APPROVED - THANK YOU", "APPROVED (PIN VERIFIED OK)"]),
            status="success",
        )
        if rng.random() < 0.5:
            p.add("small", rng.choice(["SIGNATURE NOT REQUIRED", "JAI MITHILA - PLEASE VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "HOST TIMEOUT - TXN STATUS UNKNOWN, DO NOT RESWIPE", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("NBPDCL", "North Bihar Power Distribution Company Ltd", "CA Number"),
    ("JioFiber", "Reliance Jio Infocomm Ltd", "Service ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Indane", "Indian Oil Corporation Ltd", "Consumer No. (Indane)"),
]
BILL_APPS = [
    "NBPDCL",
    "YONO SBI",
    "Bihar Bijli Smart Meter",
    "MobiKwik",
    "bob World",
    "PhonePe",
    "Freecharge",
    "NBPDCL",
]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centre's, the store's and the shop's electricity (NBPDCL), the shop's fibre (JioFiber), the
    manager's postpaid phone (Vi), the shop's DTH (Tata Play) and the centre's cooking gas (Indane) through
    Bharat Connect in YONO SBI, MobiKwik, bob World, PhonePe and Freecharge (the app on top, a Bill details
    block (Biller name / Operator / Paid towards, the account's number, Customer name, Bill amount, Bill date
    and Due date on some power bills) above a Payment details block (Amount paid, a Status: row, Payment date
    / Paid on / Tried on / Submitted on, Debited from / Paid using Savings A/c or UPI, Bharat Connect ID / BC
    txn ref., UPI ref. / UTR, App txn ID on the failed one) or the sum large and the status first; Bill paid
    successfully / Payment successful - biller updated / Payment under process at biller - check after 2 days
    / Transaction failed - refund initiated if debited), NBPDCL's own quick pay receipt (North Bihar Power
    Distribution Company Ltd, NBPDCL or its capitals on top with its "A Government of Bihar undertaking" line,
    CA Number, Name (the company), Supply section, Amount paid / Amount received, Due date, Payment mode,
    Transaction ID, Bank ref. No., Receipt No., Payment date / Date of receipt, the status under the head or
    at the foot: Payment successful - thank you / Amount posted to your account) and the Bihar Bijli Smart
    Meter app's prepaid recharge (Recharge successful / Recharge done - balance updated, the sum large,
    Recharged for NBPDCL or its full name, Meter No., CA Number, Recharge amount, Balance after recharge (no
    sum), Paid using UPI, Recharge ID, UPI ref., Recharged on / Date & time)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=1400, high=42000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 499, 2499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1299, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 250, 900, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 850, 3100, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "CA Number": f"{rng.choice(['11', '12', '13'])}{digits(rng, 9)}",
        "Service ID": f"{digits(rng, 10)}",
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "Consumer No. (Indane)": f"{digits(rng, 7)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "NBPDCL":
        p = browser_page(rng, font, "nbpdcl.co.in/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Bihar undertaking  |  Quick pay")
        p.add("rule")
        p.part = "body"
        words = {"success": ["Payment successful - thank you", "Amount posted to your account"]}
        status_top = rng.random() < 0.5
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        wrap_pair(p, "Name", rng.choice([COMPANY_CAPS, f"M/S {CENTRE.upper()}", f"M/S {SHOP.upper()}"]))
        p.pair("Supply section", rng.choice(["Madhubani Town", "Rajnagar", "Pupri"]))
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        if not j.no_day:
            p.pair("Due date", j.other_day(rng, 4, 14))
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"NBP{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if way == "Net banking" and rng.random() < 0.6:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            elif way == "UPI" and rng.random() < 0.6:
                p.pair("UPI ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            rno = f"RCPT{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of receipt"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "A bill paid after the due date attracts a delayed payment surcharge.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
    p.part = "head"
    p.add("title", app)
    if app == "Bihar Bijli Smart Meter":
        p.add("small", "NBPDCL / SBPDCL  |  Prepaid recharge")
        p.part = "body"
        name = rng.choice([short, long])
        outcome_row(p, status, {"success": ["Recharge successful", "Recharge done - balance updated"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Recharged for", name, merchant=name)
        p.pair("Meter No.", f"{rng.choice(['SM', 'GS'])}{digits(rng, 8)}")
        p.pair(idlab, ids)
        p.pair("Recharge amount", rs(j.amount))
        p.pair("Balance after recharge", rs(round(j.amount + rng.uniform(40, 900), 2)))
        p.pair("Paid using", "UPI", method="UPI")
        if not j.no_ref:
            rid = f"RCH{digits(rng, 12)}"
            p.pair("Recharge ID", rid, txn=(TXN_RANK, rid))
            p.pair("UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Recharged on", "Date & time"], hour=True)
        p.part = "foot"
        p.add("small", "Units are credited to the meter within 30 minutes.")
        return p.done()
    p.add("small", "Bharat Connect  |  Bill payments")
    p.part = "body"
    words = {
        "success": ["Bill paid successfully", "Payment successful - biller updated"],
        "pending": ["Payment under process at biller - check after 2 days"],
        "failed": ["Transaction failed - refund initiated if debited"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Biller name", "Operator", "Paid towards"] if status == "success" else ["Biller name", "Operator"]
    )
    if not fits(p, "pair", f"{label} {name}     "):
        name = short
    way = "Savings A/c" if app in ("YONO SBI", "bob World") else "UPI"
    layout = rng.randrange(2)
    if layout == 1:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    p.add("left", "Bill details")
    wrap_pair(p, label, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, f"{SHOP.upper()}", "KAMLESH JHA"]))
    if which == 0 and not j.no_day:
        p.pair("Bill amount", rs(j.amount))
        p.pair("Bill date", when(earlier(rng, j, 4, 12), "%d %b %Y"))
        p.pair("Due date", j.other_day(rng, 3, 12))
    p.add("rule")
    p.add("left", "Payment details")
    if layout == 0:
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair(
            "Status",
            {"success": "Successful", "pending": "In process", "failed": "Failed"}[status],
            status=status,
        )
    p.pair(
        rng.choice(["Debited from", "Paid using"]),
        f"Savings A/c XX{digits(rng, 4)}" if way == "Savings A/c" else f"UPI - {rng.choice(BANKS[:8])}",
        method="netbanking" if way == "Savings A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{code(rng, 2, UPPER)}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect ID", "BC txn ref."]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair(rng.choice(["UPI ref.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = f"{code(rng, 2, UPPER)}{digits(rng, 14)}"
            p.pair("App txn ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Paid on"],
            "pending": ["Submitted on"],
            "failed": ["Tried on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "RAJU SAH",
    "",
    "",
    "TIRHUT ROADWAYS",
    "KANPUR COLOUR CHEM",
    "",
    "KOSI PHOTO AND VIDEO",
    "CHAMPARAN MUNJ TRADER",
]
MAIL_PAYEES = [
    "Shri Binod Kumar Jha",
    "Thakur & Jha Associates",
    "Muzaffarpur Corrugators",
    "Aligarh Craft Tools Mart",
]
SENDERS = {
    "Bihar Gramin Bank": "AX-BGBANK",
    "Punjab National Bank": "VM-PNBSMS",
    "Canara Bank": "JD-CANBNK",
    "Bank of Baroda": "BP-BOBTXN",
    "Central Bank of India": "AD-CENTBK",
}
MAIL_AT = (2, 5)


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AX-BGBANK /
    VM-PNBSMS / JD-CANBNK / BP-BOBTXN / AD-CENTBK, the day divider, each bank's own wording: Bihar Gramin
    Bank's UPI "Rs.x debited from A/c no. XX1234 on 14-10-26 to VPA <vpa> (<payee>) UPI Ref <ref>. -BGB",
    Punjab National Bank's "A/c XX1234 debited INR x on <day> thru NEFT to <payee>. UTR <ref>. Bal INR y
    -PNB", Canara Bank's "An amount of INR x has been DEBITED to your account XXX1234 on <day> towards <way>
    to <payee>. Total Avail.bal INR y - Canara Bank", Central Bank of India's "Your A/c XX1234 is debited with
    Rs.x on <day> for <way>/<ref>/<payee>. Clear Bal Rs.y -Central Bank of India" (the payee the narration's
    last part); Punjab National Bank's failed and Bank of Baroda's pending "<way> of Rs.x to <payee> from A/c
    XX1234 on <day>" that "could not be processed; the amount is credited back to your account." or "is under
    process at the beneficiary bank. Do not retry.") and two e-mail debit alerts (State Bank of India's
    sentence: "INR x has been debited from your A/c XX1234 on <day> towards <way> to <payee>.", the UTR and
    the balance under it; Axis Bank's table: Debited amount / Amount (INR), Credited to / Beneficiary, Value
    date / Date, Mode, UTR / IMPS ref. No., Available balance; Transaction status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=8000, high=300000)
    if k == 0:
        j.amount = rupees(rng, 400, 6500, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 60000, 380000)
    if k in MAIL_AT:
        to = MAIL_PAYEES[(0 if k == 2 else 2) + rng.randrange(2)]
        bank = "State Bank of India" if k == 2 else "Axis Bank"
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <{'cbssbi.alerts' if k == 2 else 'alerts'}@{slug(bank)}>",
            ["Debit alert - your account", "Transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        ref = None if j.no_ref else bank_ref(rng, j, bank, way)
        if k == 2:
            p.add("left", "Dear Customer,")
            on = "" if j.no_day else f" on {when_in(j, ['%d-%m-%Y', '%d/%m/%Y', '{d} %b %Y'], rng)}"
            p.add(
                "left",
                f"{rs(j.amount).strip()} has been debited from your A/c XX{digits(rng, 4)}{on}",
                amount=j.amount,
                status="success",
                **({} if j.no_day else {"date": j.date}),
            )
            p.add("left", f"towards {way} to {to}.", merchant=to, method="netbanking")
            if ref:
                p.add("left", f"{'IMPS ref. No.' if way == 'IMPS' else 'UTR'}: {ref}", txn=(UTR_RANK, ref))
            p.add("left", f"Available balance: {rs(rupees(rng, 60000, 3600000))}")
        else:
            p.add("left", "Dear Customer, here are the details of a debit from your account.")
            sum_first = rng.random() < 0.5
            if sum_first:
                p.pair(rng.choice(["Debited amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(["Credited to", "Beneficiary"]), to, merchant=to)
            if not sum_first:
                p.pair(rng.choice(["Debited amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
            day_pair(p, j, ["Value date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y"])
            p.pair("Mode", f"{way} - Internet Banking", method="netbanking")
            if ref:
                p.pair("IMPS ref. No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
            p.pair("Available balance", rs(rupees(rng, 60000, 3600000)))
            p.add("left", "Transaction status: Successful", status="success")
        p.part = "foot"
        p.add("small", "If you did not do this transaction, call the bank's helpline at once.")
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = {
        0: "Bihar Gramin Bank",
        1: "Canara Bank",
        3: "Bank of Baroda",
        4: "Central Bank of India",
        6: "Punjab National Bank",
        7: "Punjab National Bank",
    }[k]
    if k == 1:
        to = "SITAMARHI SOLAR ENERG"
        way = "RTGS" if j.amount >= 200000 else "NEFT"
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, {d} %B"])), date=j.date)
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d/%m/%Y", "%d-%b-%y", "%d.%m.%Y", "%d-%m-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 20000, 2400000)
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    if status == "success":
        if bank == "Bihar Gramin Bank":
            vpa = f"{to.split()[0].lower()}{rng.randrange(10, 99)}@ybl"
            upi_day = when(j.date, "%d-%m-%y")
            p.add("left", f"Rs.{amt} debited from A/c no. XX{tail}", amount=j.amount, status="success")
            p.add("left", f"on {upi_day} to VPA {vpa}", method=method)
            p.add("left", f"({to})", merchant=to)
            if ref:
                p.add("left", f"UPI Ref {ref}. -BGB", txn=(UTR_RANK, ref))
            else:
                p.add("left", "-BGB")
        elif bank == "Punjab National Bank":
            p.add("left", f"A/c XX{tail} debited INR {amt}{on}", amount=j.amount, status="success")
            p.add("left", f"thru {way} to {to}.", merchant=to, method=method)
            if ref:
                p.add("left", f"UTR {ref}.", txn=(UTR_RANK, ref))
            p.add("left", f"Bal INR {num(bal)} -PNB")
        elif bank == "Canara Bank":
            p.add("left", f"An amount of INR {amt} has been DEBITED", amount=j.amount, status="success")
            p.add("left", f"to your account XXX{tail}{on} towards {way}")
            p.add("left", f"to {to}.", merchant=to, method=method)
            if ref:
                p.add("left", f"Ref No {ref}.", txn=(UTR_RANK, ref))
            p.add("left", f"Total Avail.bal INR {num(bal)} - Canara Bank")
        else:
            narration = f"{way}/{ref}/{to}" if ref else f"{way}/{to}"
            p.add(
                "left", f"Your A/c XX{tail} is debited with Rs.{amt}{on}", amount=j.amount, status="success"
            )
            if ref:
                p.add("left", f"for {narration}.", merchant=to, method=method, txn=(UTR_RANK, ref))
            else:
                p.add("left", f"for {narration}.", merchant=to, method=method)
            p.add("left", f"Clear Bal Rs.{num(bal, 'plain')} -Central Bank of India")
    else:
        p.add("left", f"{way} of Rs.{amt} to {to}", amount=j.amount, merchant=to, method=method)
        p.add("left", f"from A/c XX{tail}{on}")
        word = {
            "failed": "could not be processed; the amount is credited back to your account.",
            "pending": "is under process at the beneficiary bank. Do not retry.",
        }[status]
        p.add("left", word, status=status)
        if ref and status == "pending":
            p.add("left", f"Ref {ref}.", txn=(UTR_RANK, ref))
        p.add(
            "small",
            {"Central Bank of India": "-Central Bank of India", "Canara Bank": "- Canara Bank"}.get(
                bank, f"-{bank}"
            ),
        )
    return p.done()


compose = compose158

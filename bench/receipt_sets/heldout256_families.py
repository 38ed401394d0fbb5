"""The twelve heldout256 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Sankheda furniture house's day in 2026 in Chhota Udepur district, Gujarat
(Orsang Kharadi Crafts Pvt Ltd, its workshop in Kharadi Vas by the Orsang river, Orsang Kharadi Karkhana,
where the kharadis turn teak legs, spindles and rails on the lathe, rub the coloured lac into the turning wood
and the painters lay the tin-foil (vark) flowers and bands under the lacquer at home by the piece, its
showroom on Bahadarpur Road, Orsang Rangmahal, with a display gallery in Alkapuri, Vadodara, where swings
(hindola), sofa sets, chairs, dining sets, cradles and temple stools are sold, and its teak yard and lac stick
unit on the Bodeli road, Orsang Saag & Lakh Bhandar, where the teak lots bought at the forest corporation's
auctions are seasoned, the coloured lac sticks are rolled and sold by the kilo to the other kharadis and the
turning shavings are sold by the bag to a poultry farm), told by the proofs of payment it receives and makes:
buyers' UPI screens and the web shop's PayU and Instamojo pages, Garvi Gurjari's, the Statue of Unity
authority's, a Mumbai interiors house's, a Jaipur palace hotel chain's, an Ahmedabad and a Surat wedding
decorator's, a Pune home decor e-shop's and a Bengaluru craft store's payment advices, the importers' inward
wires from Leicester, Chicago, Dubai, Durban, Zurich, Singapore, Antwerp and Hong Kong in pounds, US dollars,
dirhams, rand, Swiss francs, Singapore dollars, euros and Hong Kong dollars, its own bills (the showroom's,
the workshop's job work and trade bills, the yard's lac stick and shaving memos, the accounts desk's e-mail),
the teak timber merchant's, the Khunti lac maker's, the Jamnagar brass fitting maker's, the Mumbai foil and
colour house's and the Surat upholstery house's tax invoices, the corporate net-banking transfers to the saw
mill, the tempo service, the Alkapuri landlord, the chartered accountants, the export packers, the customs
broker, the crafts fair's organiser and the motor rewinder, the kharadis' and painters' wage slips, Cashfree
payouts and iMobile Pay and BHIM transfers to the yard hands, Sankheda Gram Panchayat's, the forest
corporation's, the Export Promotion Council for Handicrafts', the Gujarat Pollution Control Board's, the State
Tax Department's, ESIC's, the Labour Commissioner's and the Transport Department's pages, the insurers'
premium receipts, card terminal slips, MGVCL's power and the fibre, postpaid, DTH, cooking gas and FASTag
bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills
listed on an advice (their numbers and days), vendor IDs, purchase order, store inward, work order and
inspection certificate numbers, pieces, sets, cft, kilos, bags, rates, lacquer chipping, short supply,
liquidated damages and early payment cuts, GST-TDS and TDS, TCS, advances, upad recoveries, cracked legs and
lacquer runs, GST lines, rupee values on the wires, exchange rates, intermediary banks, bills of lading and
shipping bills and their days, sums insured, IDV, lives, wages and limits declared, periods of insurance,
balances, due days, bill days, billing cycles, contribution periods, tax periods, GSTIN, IFSC, UETR, the
sender's references, milkat, auction, lot, membership, RCMC, application, PT certificate, employer code,
registration, policy, quote, cover note, consumer, service, VC, LPG and vehicle numbers, karigar IDs, bilty,
AWB and e-way bill numbers, transit passes, merchant and terminal IDs, batch and STAN numbers, GRC, pump and
counter numbers, initiators and approvers and the payer's own details carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page``
heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's;
``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's; ``num`` heldout82's; ``compose``
is heldout158's (as heldout255's).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead
from bench.receipt_sets.heldout202_families import earlier, fy
from bench.receipt_sets.heldout203_families import neft_way, way_method

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEXA = "0123456789abcdef"

COMPANY = "Orsang Kharadi Crafts Pvt Ltd"
COMPANY_CAPS = "ORSANG KHARADI CRAFTS PVT LTD"
SHORT = "Orsang Kharadi"
WORKSHOP = "Orsang Kharadi Karkhana"
SHOWROOM = "Orsang Rangmahal"
YARD = "Orsang Saag & Lakh Bhandar"
# unit: its line, address, GST state code
UNITS = {
    "workshop": (
        "Sankheda furniture - teak turning, lac lacquer and tin-foil painting",
        "Kharadi Vas, near Orsang river ghat, Sankheda - 391145, Dist. Chhota Udepur, Gujarat",
        "24",
    ),
    "showroom": (
        "Sankheda furniture showroom - hindola, sofa sets, chairs and dining sets",
        "Bahadarpur Road, opp. S.T. Depot, Sankheda - 391145, Dist. Chhota Udepur, Gujarat",
        "24",
    ),
    "yard": (
        "Teak seasoning yard and lac stick unit",
        "Survey No. 412, Bodeli Road, Sankheda - 391145, Dist. Chhota Udepur, Gujarat",
        "24",
    ),
}
PATS_IN = [
    "%d/%m/%Y",
    "{d}/{m}/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "{d}-{m}-%y",
    "%d %b %Y",
    "%d-%b-%Y",
    "{d} %B %Y",
]
WIRE_PATS = ["%d-%b-%Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "{d} %B %Y", "%b {d}, %Y", "%d%b%y"]
BANKS = [
    "Bank of Baroda",
    "State Bank of India",
    "ICICI Bank",
    "HDFC Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Union Bank of India",
    "IDBI Bank",
    "Bank of India",
    "Central Bank of India",
    "Baroda Gujarat Gramin Bank",
    "The Vadodara District Central Co-operative Bank",
]
IFSC = {
    "Bank of Baroda": "BARB",
    "State Bank of India": "SBIN",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Union Bank of India": "UBIN",
    "IDBI Bank": "IBKL",
    "Bank of India": "BKID",
    "Central Bank of India": "CBIN",
    "Baroda Gujarat Gramin Bank": "BARB",
    "The Vadodara District Central Co-operative Bank": "GSCB",
}
DOMAINS = {
    "Bank of Baroda": "bankofbaroda.bank.in",
    "State Bank of India": "sbi.bank.in",
    "ICICI Bank": "icicibank.com",
    "HDFC Bank": "hdfcbank.com",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "Union Bank of India": "unionbankofindia.bank.in",
    "IDBI Bank": "idbibank.in",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "sofa": (
        "Sankheda sofa set 3+1+1, teak, maroon and gold lac with vark work (HSN 9401)",
        "set",
        52000,
        165000,
        18,
    ),
    "swing": (
        "Sankheda hindolo (swing), teak, lac lacquer with tin-foil flowers (HSN 9403)",
        "pc",
        24000,
        88000,
        18,
    ),
    "chair": ("Sankheda chairs with arms, teak, green and gold lac (HSN 9401)", "pair", 9000, 26000, 18),
    "relacquer": (
        "Re-lacquering and vark repainting of old Sankheda furniture - job work (SAC 9988)",
        "pc",
        900,
        5200,
        18,
    ),
    "trade": ("Sankheda bajoth and tea tables - trade lot (HSN 9403)", "pc", 1400, 5600, 18),
    "lac": ("Coloured lac sticks (lakh ni batti) - maroon, green, yellow (HSN 1301)", "kg", 380, 920, 5),
    "shavings": ("Teak turning shavings (kharad no bhuko), dry, 30 kg bags (HSN 4401)", "bag", 60, 140, 5),
    "dining": (
        "Sankheda dining set - 6 seater, custom lac colours and vark (HSN 9403)",
        "set",
        120000,
        320000,
        18,
    ),
}


def when_in(j: Job, pats: list[str], rng: random.Random) -> str:
    """The payment's day in one of ``pats`` (``{m}`` the month without its zero)."""
    return when(j.date, rng.choice(pats).replace("{m}", str(j.date.month)))


def weekday_day(day: dt.date) -> str:
    """A day as a Gujarat office's letter prints it: Wednesday, 14 October 2026."""
    return when(day, "%A, {d} %B %Y")


def day_pair(p: Screen, j: Job, labels: list[str], pats: list[str], *, upper: bool = False) -> None:
    """The payment's day under one of ``labels`` (capitals on some), none on the page that prints no day."""
    if j.no_day:
        return
    rng = p.rng
    text = when_in(j, pats, rng)
    wrap_pair(p, rng.choice(labels), text.upper() if upper else text, date=j.date)


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party on a supplier's paper (the buyer billed: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "BARB")
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


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAD{rng.choice('CF')}O{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def bill_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Gujarat bill book writes them: the page's mark and grouping, and on some pages the paise
    after an equals sign instead of a point (Rs. 12,450=00, Rs. 3,217=50)."""
    rs = money(rng, font, 0.0, marks=marks)
    equals = rng.random() < 0.4

    def show(value: float) -> str:
        if equals:
            whole, _, paise = num(value, rs.grouping).partition(".")
            return f"{rs.mark}{rs.gap}{whole}={paise}".strip()
        return rs(value)

    return show


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = ["bob World", "PhonePe", "PayU", "Google Pay", "BHIM", "Instamojo", "CRED", "Amazon Pay"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Bajoth pair - maroon",
        "Ghodiyu (cradle) advance",
        "Mandir stool small",
        "Sankheda chair 1 nang",
        "Tea table - green lac",
    ],
    [
        "Hindolo full set",
        "Sofa set 3+1+1 balance",
        "Dining set advance",
        "Wedding hindolo - mandap",
        "Farmhouse chairs x 6",
    ],
)
PAYERS_UPI = [
    "Kiranben Patel",
    "Hotel Narmada Darshan, Ekta Nagar",
    "Nilesh Shah",
    "Dr. Parth Joshi",
    "Farhana Vohra",
    "Maulik Desai",
    "Shree Ambika Party Plot, Bodeli",
    "Hetal Trivedi",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    (
        "Mrs. Pooja Iyer, Powai, Mumbai",
        "Sankheda hindolo 4 ft with brass chains, maroon and gold",
        26000,
        64000,
    ),
    ("Mr. Ankit Agarwal, Salt Lake, Kolkata", "Pair of Sankheda chairs and a round tea table", 14000, 38000),
    (
        "Ms. Ritika Sood, DLF Phase 3, Gurugram",
        "Sankheda mandir stool and two bajoth, green lac",
        5200,
        14500,
    ),
    ("Dr. Hemant Kulkarni, Aundh, Pune", "Sankheda cradle (ghodiyu) with vark flowers", 9800, 26000),
]
SHOP_UPI_LABELS = {
    "bob World": ["UPI Ref No", "RRN"],
    "PhonePe": ["UTR No.", "UPI UTR"],
    "Google Pay": ["UPI transaction ID", "UPI Ref. ID"],
    "BHIM": ["UPI Ref. No.", "Txn RRN"],
    "CRED": ["UPI Ref No", "bank reference no."],
    "Amazon Pay": ["Bank Reference ID", "UPI Ref. No."],
}
OWN_IDS = {
    "bob World": "bob World txn ID",
    "PhonePe": "Transaction ID",
    "Google Pay": "Google transaction ID",
    "BHIM": "BHIM txn ID",
    "CRED": "CRED txn ID",
    "Amazon Pay": "Amazon Pay ref.",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgH{code(rng, 12, MIXED)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    if app == "bob World":
        return f"BOBW{j.date:%y%m%d}{digits(rng, 9)}"
    if app == "BHIM":
        return f"BHM{digits(rng, 17)}"
    if app == "CRED":
        return f"CRD{code(rng, 3, UPPER)}{digits(rng, 13)}"
    return f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}"


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's web shop page on PayU or Instamojo after a buyer paid (the payee on top with the shop's
    line; the sum large on top with the status under it, or the status with the sum in an Amount charged /
    Total paid row under it; the ids; the Order summary (Billing name / Deliver at and Item purchased /
    Product) after the status or at the foot of the page; the day after the status or after the ids)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(3)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    if app == "PayU":
        url = "payu.in/pay/receipt" + ("" if j.no_ref else f"/{code(rng, 14, ALNUM)}")
    else:
        url = "www.instamojo.com/@orsangkharadi/" + ("" if j.no_ref else f"{code(rng, 12, HEXA)}/")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            ["Sankheda furniture from the kharadis of the Orsang  |  orsangkharadi.in", "Order receipt"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment received - thank you for buying from Sankheda's kharadis",
            "Success - your furniture is dispatched within 10 days",
            "Completed - receipt sent to your e-mail",
        ]
    }
    labels = ["Payment on", "Transaction time", "Paid at"]
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.pair(rng.choice(["Amount charged", "Total paid"]), rs(j.amount), amount=j.amount)
    day_top = rng.random() < 0.5
    if day_top:
        date_row(p, j, labels, hour=True)
    p.add("rule")

    def summary() -> None:
        p.add("left", "Order summary")
        wrap_pair(p, rng.choice(["Billing name", "Deliver at"]), who)
        wrap_pair(p, rng.choice(["Item purchased", "Product"]), what)

    summary_first = rng.random() < 0.5
    if summary_first:
        summary()
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI (collect request)", "UPI QR"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:6])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment mode", "Paid via"]), shown, method=way)
    if not j.no_ref:
        if app == "PayU":
            pid = digits(rng, 11)
            p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
            oid = f"OKC{j.date:%y%m%d}{digits(rng, 5)}"
            p.pair("Merchant order ref.", oid, txn=(ORDER_RANK, oid))
        else:
            pid = f"MOJO{j.date:%y%m}{code(rng, 1, UPPER)}{digits(rng, 8)}"
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = code(rng, 32, HEXA)
            wrap_pair(p, "Payment request ID", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UPI UTR" if app == "PayU" else "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "PayU" else "Approval code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_top:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    if not summary_first:
        p.add("rule")
        summary()
    p.add(
        "small",
        "Payments powered by PayU  |  PayU Payments Pvt Ltd"
        if app == "PayU"
        else "Instamojo  |  Instamojo Technologies Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Families, farmhouse owners, party plots and hotels paying the showroom or the company: six UPI app
    screens (bob World, PhonePe, Google Pay, BHIM, CRED, Amazon Pay; three layouts: the status with the day
    and the hour under it, the payee on its label's row, the sum; the sum, the payee block, the status at the
    foot of the card; the payee block, the status, the sum) with the showroom, its capitals, the company's
    capitals or its short name under Paid to vendor / Payment credited to / Sent to shop / Beneficiary
    merchant / Trying to pay / Sending to, its UPI ID, a Registered business name / KYC name line on some, the
    day and the hour with no label under the status (14.10.2026, 22:41 hrs) on some, else Paid at / Payment
    time / Initiated on / Tried on first in the details or at their end; Note / Purpose, Sent from / Paid by
    (payer) on some, Bank account / Paid from, UPI Ref No / RRN / UTR No. / UPI UTR / UPI transaction ID / UPI
    Ref. ID / UPI Ref. No. / Txn RRN / bank reference no. / Bank Reference ID, the app's own bob World txn ID
    / Transaction ID / Google transaction ID / BHIM txn ID / CRED txn ID / Amazon Pay ref. on some; Success -
    paid to the vendor / Payment complete / Money sent - credited to the shop / Processing - your bank is yet
    to confirm, do not pay again / Payment failed - incorrect UPI PIN) and the web shop's two pages (PayU,
    Instamojo: the showroom or the company on top, the sum large above the status or in an Amount charged /
    Total paid row under it, Payment on / Transaction time / Paid at, Order summary with Billing name /
    Deliver at and Item purchased / Product after the status or at the foot, Payment mode / Paid via UPI,
    card or net banking, PayU ID / Payment ID, Merchant order ref. / Payment request ID, UPI UTR / UPI RRN,
    Auth code / Approval code or Bank ref. No.; Payment received - thank you for buying from Sankheda's
    kharadis / Success - your furniture is dispatched within 10 days / Completed - receipt sent to your
    e-mail)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=900, high=72000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("PayU", "Instamojo"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["barodampay", "ybl", "okicici", "upi", "axisb", "apl"])
    handle = f"orsangkharadi{rng.choice(['', '.skd', '45'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Payment status", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Success - paid to the vendor", "Payment complete", "Money sent - credited to the shop"],
        "pending": ["Processing - your bank is yet to confirm, do not pay again"],
        "failed": ["Payment failed - incorrect UPI PIN"],
    }
    labels = (
        ["Paid to vendor", "Payment credited to", "Sent to shop", "Beneficiary merchant"]
        if status == "success"
        else ["Trying to pay", "Sending to"]
    )
    # 0: on the line under the status, 1: first in the details, 2: at the end of the details
    day_at = rng.randrange(3)

    def status_rows() -> None:
        outcome_row(p, status, words)
        if day_at == 0 and not j.no_day:
            hour = hhmm(rng, twelve=False)
            text = when(j.date, rng.choice(["%d.%m.%Y", "{d} %b %Y", "%d %b, %Y"]))
            p.add("small", f"{text}, {hour} hrs", date=j.date)

    def handle_rows() -> None:
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Registered business name', 'KYC name'])}: {COMPANY_CAPS}")

    def payee_block() -> None:
        lab = rng.choice(labels)
        if fits(p, "pair", f"{lab}  {to}     "):
            p.pair(lab, to, merchant=to)
        else:
            p.add("small", lab)
            p.add("center", to, merchant=to)
        handle_rows()

    # 0: the status, the payee on its label's row, the sum; 1: the sum, the payee, the status at the foot of
    # the card; 2: the payee, the status, the sum
    order = {0: 0, 3: 1, 4: 2, 6: 0, 7: 1, 1: 2}[k]
    if order == 0:
        status_rows()
        p.add("rule")
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
    elif order == 1:
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
        p.add("rule")
        status_rows()
    else:
        payee_block()
        status_rows()
        p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    day_labels = ["Paid at", "Payment time"] if status == "success" else ["Initiated on", "Tried on"]
    if day_at == 1:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Note", "Purpose"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    if rng.random() < 0.55:
        wrap_pair(
            p,
            rng.choice(["Sent from", "Paid by (payer)"]),
            PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)],
        )
    source = {"bob World": "Bank of Baroda"}.get(app) or rng.choice(BANKS[:10])
    wrap_pair(p, rng.choice(["Bank account", "Paid from"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            own = own_id(rng, app, j)
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if day_at == 2:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["BHIM UPI  |  NPCI", "Report a problem with this payment", "Share receipt  |  Home"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. emporium's, authority's, hotels' advices


# payer, its mail, its desk's town, the goods it buys, the frame, TDS u/s 194Q
PAYERS = [
    (
        "Gujarat State Handicrafts & Handloom Development Corporation Ltd",
        "purchase@garvigurjari.in",
        "Garvi Gurjari, Ashram Road, Ahmedabad",
        "furniture",
        "paper",
        True,
    ),
    (
        "Statue of Unity Area Development and Tourism Governance Authority",
        "accounts.souadtga@gujarat.gov.in",
        "Ekta Nagar, Dist. Narmada",
        "furniture",
        "portal",
        False,
    ),
    (
        "Colaba Heritage Interiors LLP",
        "payables@colabaheritage.in",
        "Colaba Causeway, Mumbai",
        "furniture",
        "mail",
        True,
    ),
    ("Rajwada Palace Hotels Pvt Ltd", "ap@rajwadahotels.in", "Civil Lines, Jaipur", "swing", "portal", True),
    ("Sabarmati Wedding Decor", "sabarmatidecor@gmail.com", "Navrangpura, Ahmedabad", "swing", "mail", False),
    (
        "Urban Ghar Home Decor Pvt Ltd",
        "vendorpay@urbanghar.in",
        "Koregaon Park, Pune",
        "furniture",
        "portal",
        True,
    ),
    (
        "Surat Lagna Mandap Suppliers",
        "lagnamandap.surat@gmail.com",
        "Ring Road, Surat",
        "swing",
        "paper",
        False,
    ),
    (
        "Jayanagar Living Crafts LLP",
        "accounts@jayanagarcrafts.in",
        "Jayanagar, Bengaluru",
        "furniture",
        "mail",
        True,
    ),
]
DEALER_GOODS = {
    "furniture": ("pcs", 3800, 28000, 18),
    "swing": ("sets", 22000, 64000, 18),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Garvi Gurjari (the Gujarat State Handicrafts & Handloom Development Corporation), the Statue of Unity
    authority at Ekta Nagar, a Mumbai interiors house, a Jaipur palace hotel chain, an Ahmedabad and a Surat
    wedding decorator, a Pune home decor e-shop and a Bengaluru craft store paying for the chairs, sofa sets,
    tables and swings the house sent them: an e-mail (Jai Shri Krishna, / Dear Vendor,; the day written
    Wednesday, 14 October 2026 on some), a printed PAYMENT ADVICE - SANKHEDA FURNITURE SUPPLY / Vendor payment
    intimation / ADVICE OF REMITTANCE - PURCHASE OF FURNITURE and a vendor portal page (the payer on top with
    its desk line; Vendor ID, Purchase order ref. and Store inward No. (the authority's Work order No. and
    Inspection certificate No.) first, then Vendor / Vendor name / Paid to vendor / Payee (vendor) / Vendor
    credited the company, at the head of the body or of the payment block; the status under the heading or at
    the end of the payment block; Invoices paid / Bills adjusted in this payment / Against your bills, the
    bills with their pieces or sets and sums (of ... on some), Total invoice value / Sum of bills, Less: TDS
    u/s 194Q @ 0.1% on the five larger buyers', none on the decorators', the authority's Less: GST-TDS (CGST)
    @ 1% and Less: GST-TDS (SGST) @ 1% and Less: Liquidated damages @ 0.5%, Less: Lacquer chipped in transit -
    n pcs / Less: Short supplied - n pcs / Less: Early payment discount @ 1% on some, above or below the
    payment block: Net amount credited / Net paid to vendor / Amount released (net) (Amount on hold / Held
    amount on the hold, Amount bounced back / Returned amount on the return), Payment mode / Paid
    by NEFT / RTGS / IMPS, Vendor's bank account, UTR (NEFT) / NEFT UTR No. / RTGS UTR / UTR No. (RTGS) / IMPS
    RRN, Payment voucher No. / Remittance advice No. / Doc No., Payment date / Credited on / Paid on / On hold
    since / Held on / Returned on / Bounced on; Paid - amount credited to vendor account / Status: Payment
    successful / On hold - inspection committee report awaited / Returned - beneficiary account is
    dormant)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    buyer, mail, desk, kind, frame, tds194 = PAYERS[k]
    sou = buyer.startswith("Statue of Unity")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", "Rs"))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment made - Orsang Kharadi, Sankheda",
                "Vendor payment advice",
                f"Remittance details for {SHORT}",
            ]
            if status == "success"
            else ["Vendor payment advice", "Status of your bills with us"],
        )
    elif frame == "portal":
        tail = "view" if j.no_ref else digits(rng, 9)
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{tail}")
    else:
        p = paper_page(rng, font, [740, 780, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    if sou:
        section = "Accounts Branch, Office of the Chief Executive Officer"
    elif buyer.startswith("Gujarat State"):
        section = "Purchase Section, Garvi Gurjari"
        desk = "Ashram Road, Ahmedabad"
    else:
        section = rng.choice(["Accounts Payable", "Vendor Payments", "Accounts"])
    p.add("small", f"{section}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - SANKHEDA FURNITURE SUPPLY",
                "Vendor payment intimation",
                "ADVICE OF REMITTANCE - PURCHASE OF FURNITURE",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", rng.choice(["Jai Shri Krishna,", "Dear Vendor,"]))
        p.add(
            "left",
            "We have released the payment below against your bills."
            if status == "success"
            else "Please see where our payment against your bills stands.",
        )
    words = {
        "success": ["Paid - amount credited to vendor account", "Status: Payment successful"],
        "pending": ["On hold - inspection committee report awaited"],
        "failed": ["Returned - beneficiary account is dormant"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if sou:
        p.pair("Work order No.", f"SOU/ENGG/WO/{rng.randrange(10, 99)}/{digits(rng, 4)}")
        p.pair("Inspection certificate No.", f"IC/{rng.randrange(100, 999)}/{j.date.year}")
    else:
        p.pair("Vendor ID", f"{rng.choice(['V', 'VEN', 'OKC'])}{digits(rng, 6)}")
        p.pair("Purchase order ref.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("Store inward No.", f"SIN{digits(rng, 7)}")
    labels = ["Vendor", "Vendor name", "Paid to vendor", "Payee (vendor)"] + (
        ["Vendor credited"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi, gst = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    dated = rng.random() < 0.5 and not j.no_day
    bill_pat = rng.choice(["%d/%m/%Y", "%d.%m.%y", "%d %b %Y"])
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(2, 8) if kind == "swing" else rng.randrange(3, 24)
        each = float(rng.randrange(lo, hi, 100))
        value = round(qty * each * (1 + gst / 100), 2)
        gross += value
        billed = earlier(rng, j, 9, 60)
        bill = f"OKC/{fy(billed)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" of {when(billed, bill_pat)}"
        bills.append((f"{bill}  {qty:,} {unit}", rs(value)))
    gross = round(gross, 2)
    base = gross / (1 + gst / 100)
    tds_rows: list[tuple[str, float]] = []
    if sou:
        half = round(base * 0.01, 2)
        tds_rows = [("Less: GST-TDS (CGST) @ 1%", half), ("Less: GST-TDS (SGST) @ 1%", half)]
    elif tds194:
        tds_rows = [("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if sou:
        cut = round(base * 0.005, 2)
        cuts.append(("Less: Liquidated damages @ 0.5%", rs(cut)))
    elif pick < 0.25:
        bad = rng.randrange(1, 4)
        cut = round(bad * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Lacquer chipped in transit - {bad} {'pc' if bad == 1 else 'pcs'}", rs(cut)))
    elif pick < 0.45:
        short = rng.randrange(1, 3)
        cut = round(short * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Short supplied - {short} {unit}", rs(cut)))
    elif pick < 0.65:
        cut = round((gross - tds) * 0.01, 2)
        cuts.append(("Less: Early payment discount @ 1%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Invoices paid", "Bills adjusted in this payment", "Against your bills"]
                if status == "success"
                else ["Bills adjusted in this payment", "Against your bills"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Total invoice value", "Sum of bills"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment details", "Remittance particulars"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net amount credited", "Net paid to vendor", "Amount released (net)"],
            "pending": ["Amount on hold", "Held amount"],
            "failed": ["Amount bounced back", "Returned amount"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Payment mode", "Paid by"]), way, method="netbanking")
        wrap_pair(p, "Vendor's bank account", account(rng, [BANKS[0], BANKS[1], BANKS[10]]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[:8]), way)
                lab = {
                    "IMPS": ["IMPS RRN"],
                    "RTGS": ["RTGS UTR", "UTR No. (RTGS)"],
                    "NEFT": ["UTR (NEFT)", "NEFT UTR No."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'RA', '42'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment voucher No.", "Remittance advice No.", "Doc No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_labels = {
            "success": ["Payment date", "Credited on", "Paid on"],
            "pending": ["On hold since", "Held on"],
            "failed": ["Returned on", "Bounced on"],
        }[status]
        if frame == "mail" and not j.no_day and (k == 7 or rng.random() < 0.4):
            wrap_pair(p, rng.choice(day_labels), weekday_day(j.date), date=j.date)
        else:
            day_pair(p, j, day_labels, PATS_IN)
        if not status_top:
            outcome_row(p, status, words)

    if rng.random() < 0.5:
        bill_block()
        p.add("rule")
        pay_block()
    else:
        pay_block()
        p.add("rule")
        bill_block()
    p.part = "foot"
    if frame == "mail":
        p.add("left", f"Regards,  Accounts team, {buyer}")
    p.add(
        "small",
        "GST-TDS is deposited with GSTR-7 by the 10th of the next month; the certificate follows on the "
        "portal."
        if sou
        else "System generated advice; no signature needed. Report any difference within 15 days.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Belgrave Road Interiors Ltd",
        "Belgrave Road, Leicester, United Kingdom",
        "GBP",
        "Barclays Bank UK PLC",
        1500,
        26000,
    ),
    (
        "Devon Avenue Home Decor Inc.",
        "Devon Avenue, Chicago, IL, USA",
        "USD",
        "JPMorgan Chase Bank, N.A.",
        2000,
        38000,
    ),
    (
        "Al Fahidi Heritage Furnishings LLC",
        "Al Fahidi Street, Bur Dubai, UAE",
        "AED",
        "Emirates NBD Bank PJSC",
        8000,
        140000,
    ),
    (
        "Grey Street Crafts (Pty) Ltd",
        "Dr Yusuf Dadoo Street, Durban, South Africa",
        "ZAR",
        "The Standard Bank of South Africa Ltd",
        30000,
        600000,
    ),
    (
        "Atelier Orient GmbH",
        "Niederdorfstrasse, Zurich, Switzerland",
        "CHF",
        "UBS Switzerland AG",
        1500,
        30000,
    ),
    ("Serangoon Living Pte Ltd", "Serangoon Road, Singapore", "SGD", "DBS Bank Ltd", 2500, 45000),
    ("Diamant Wonen BV", "Pelikaanstraat, Antwerp, Belgium", "EUR", "KBC Bank NV", 1800, 32000),
    (
        "Nathan Road Home Store Ltd",
        "Nathan Road, Kowloon, Hong Kong",
        "HKD",
        "The Hongkong and Shanghai Banking Corporation Ltd",
        12000,
        250000,
    ),
]
WIRE_BANKS = [
    ("Bank of Baroda", "paper"),
    ("ICICI Bank", "browser"),
    ("State Bank of India", "mail"),
    ("Kotak Mahindra Bank", "browser"),
    ("Axis Bank", "paper"),
    ("HDFC Bank", "mail"),
    ("IDBI Bank", "browser"),
    ("Union Bank of India", "paper"),
]
WIRE_RATES = {
    "GBP": (110.5, 118.2),
    "USD": (86.4, 90.9),
    "AED": (23.5, 24.7),
    "ZAR": (4.72, 5.15),
    "CHF": (98.4, 106.2),
    "SGD": (64.1, 69.3),
    "EUR": (96.2, 103.8),
    "HKD": (11.05, 11.62),
}
INTERMEDIARY = {
    "USD": "Citibank N.A., New York",
    "AED": "Mashreqbank PSC, Dubai",
    "ZAR": "Standard Chartered Bank, Johannesburg",
    "SGD": "Oversea-Chinese Banking Corporation Ltd, Singapore",
    "HKD": "Standard Chartered Bank (Hong Kong) Ltd",
}
SHIPPED = [
    "Sankheda lacquered teak furniture - chairs and tea tables (HSN 9401, 9403)",
    "Sankheda hindola (swings) with brass chains, 1 x 20 ft container (HSN 9403)",
    "Sankheda sofa sets and dining sets, crated and fumigated (HSN 9401, 9403)",
    "Lacquered teak bajoth and mandir stools, LCL by sea from Mundra",
]
ADVANCE_GOODS = "Sankheda furniture for a Diwali show - advance against the order"


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, euros and pounds, or euros the Belgian
    way (dots between the thousands and a decimal comma, EUR after the sum) on some; dirhams with AED or Dhs
    before the sum; rand with ZAR or R before it, spaces between the thousands and a decimal comma; Swiss
    francs with CHF before the sum and an apostrophe between the thousands (CHF 12'450.00); Singapore dollars
    with SGD or S$; Hong Kong dollars with HKD or HK$."""
    if cur == "EUR" and rng.random() < 0.4:

        def belgian(value: float) -> str:
            return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") + " EUR"

        return belgian
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "ZAR":
        mark = rng.choice(["ZAR ", "R "])

        def rand(value: float) -> str:
            return mark + f"{value:,.2f}".replace(",", " ").replace(".", ",")

        return rand
    if cur == "CHF":

        def franc(value: float) -> str:
            return "CHF " + f"{value:,.2f}".replace(",", "'")

        return franc
    mark = rng.choice({"AED": ["AED ", "Dhs "], "SGD": ["SGD ", "S$"], "HKD": ["HKD ", "HK$"]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Furniture importers in Leicester, Chicago, Dubai, Durban, Zurich, Singapore, Antwerp and Hong Kong
    paying for the Sankheda chairs, swings, sofa sets and stools: the banks' inward remittance advices
    (browser, e-mail, printed ADVICE OF INWARD REMITTANCE - EXPORT PROCEEDS / Inward SWIFT credit - exporter's
    copy / Foreign inward remittance - intimation: the bank on top with its trade desk; the status under the
    heading on some, at the foot on the rest; Value dated / Credited on / Realised on / Parked since / Held
    from / Returned on / Refunded to remitter on first, after the sums or after the references; the remitter's
    block (Remitter / Applicant (remitter) / Ordering customer (50K), Remitting bank (52A) / Ordering bank,
    Intermediary bank (56A) on some) above or below the beneficiary's (Beneficiary / exporter / Payee
    (exporter) / Remittance in favour of the company, Beneficiary A/c, IEC); FCY amount received / Remittance
    amount / Foreign currency amount with its code or sign, or the bare sum on a row whose label names the
    currency (Amount received (CHF)) on some, in pounds, US dollars, dirhams (AED / Dhs), rand (ZAR / R,
    spaces and a decimal comma), Swiss francs (an apostrophe between the thousands), Singapore dollars, euros
    (the Belgian way on some) or Hong Kong dollars; Charges borne by, Exchange rate applied (indicative on the
    parked one), Rupee equivalent, Less: Bank charges and GST and Net amount credited (INR) on the credited
    ones; Purpose code, Goods, Export invoice No., Bill of lading No. and B/L date, Shipping bill No. and
    date, Mode SWIFT, Sender's ref. (tag 20), IRM No. / Inward ref. No. / Bank ref. (inward), UETR; Funds
    realised - credited to the exporter's account / Status: Remittance credited / Parked - awaiting the
    exporter's purpose declaration, not credited / Returned to the ordering bank - account number invalid)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <trade.vadodara@{slug(bank)}>",
            [
                "Inward remittance credited - Orsang Kharadi",
                "Export proceeds received in your account",
                "Advice of inward remittance",
            ]
            if status == "success"
            else ["Inward remittance - please respond", "Position of your inward remittance"],
        )
    elif frame == "browser":
        tail = "inward" if j.no_ref else code(rng, 12, ALNUM)
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward-remittance/advice/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Trade Finance Department, Race Course Circle, Vadodara",
                "International Banking Branch, Ahmedabad",
                "Centralised Trade Operations, Mumbai",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF INWARD REMITTANCE - EXPORT PROCEEDS",
                "Inward SWIFT credit - exporter's copy",
                "Foreign inward remittance - intimation",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Funds realised - credited to the exporter's account", "Status: Remittance credited"],
        "pending": ["Parked - awaiting the exporter's purpose declaration, not credited"],
        "failed": ["Returned to the ordering bank - account number invalid"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Value dated", "Credited on", "Realised on"],
        "pending": ["Parked since", "Held from"],
        "failed": ["Returned on", "Refunded to remitter on"],
    }[status]
    # 0: the day first; 1: after the sums; 2: after the references
    day_at = rng.randrange(3)
    if day_at == 0:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(
            p, rng.choice(["Remitter", "Applicant (remitter)", "Ordering customer (50K)"]), f"{payer}, {city}"
        )
        wrap_pair(p, rng.choice(["Remitting bank (52A)", "Ordering bank"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary bank (56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(["Beneficiary / exporter", "Payee (exporter)", "Remittance in favour of"]),
            me,
            merchant=me,
        )
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)} ({rng.choice(['EEFC', 'Current'])})")
        p.pair("IEC", iec(rng))

    if rng.random() < 0.5:
        beneficiary_block()
        p.add("rule")
        remitter_block()
    else:
        remitter_block()
        p.add("rule")
        beneficiary_block()
    if rng.random() < 0.3 or k == 4:
        bare = f"{j.amount:,.2f}"
        p.pair(
            f"Amount received ({cur})",
            bare.replace(",", "'") if cur == "CHF" else bare,
            amount=j.amount,
            cur=cur,
        )
    else:
        p.pair(
            rng.choice(["FCY amount received", "Remittance amount", "Foreign currency amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    p.pair("Charges borne by", rng.choice(["Remitter (OUR)", "Shared (SHA)", "Beneficiary (BEN)"]))
    per = f"1 {cur} = INR {rate}"
    if status != "failed":
        p.pair("Exchange rate applied", per if status == "success" else f"{per} (indicative)")
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("Rupee equivalent", f"INR {num(inr)}")
        chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
        p.pair("Less: Bank charges and GST", f"INR {num(chg)}")
        p.pair("Net amount credited (INR)", num(round(inr - chg, 2)))
    if day_at == 1:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance against export" if advance else "P0102 - export of goods")
    wrap_pair(p, "Goods", ADVANCE_GOODS if advance else rng.choice(SHIPPED))
    shipped = earlier(rng, j, 18, 75)
    p.pair("Export invoice No.", f"OKC/EXP/{rng.randrange(1, 90):03d}/{fy(j.date if advance else shipped)}")
    if not j.no_day and not advance and rng.random() < 0.75:
        if rng.random() < 0.5:
            p.pair("Bill of lading No.", f"{rng.choice(['MSCU', 'MAEU', 'ONEY'])}{digits(rng, 8)}")
            p.pair("B/L date", when(shipped, rng.choice(WIRE_PATS)))
        else:
            p.pair("Shipping bill No.", digits(rng, 7))
            p.pair(
                "Shipping bill date",
                when(shipped - dt.timedelta(days=rng.randrange(1, 4)), rng.choice(WIRE_PATS)),
            )
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT gpi (MT103)"]), method="netbanking")
    p.pair("Sender's ref. (tag 20)", f"{code(rng, 4, UPPER)}{digits(rng, 9)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'IR'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM No.", "Inward ref. No.", "Bank ref. (inward)"]), ref, txn=(BANK_RANK, ref))
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if day_at == 2:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "The IRM is reported on EDPMS; link it to your shipping bill so that the export can be closed."
        if status == "success"
        else "Reply to the trade desk with the documents asked for, quoting the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, workshop, yard, accounts


# the party, the way it paid, the unit (showroom, workshop, yard, or the accounts desk's mail), the goods
SALES = [
    ("Mr. Rajesh Bhavsar, Alkapuri, Vadodara", "UPI", "showroom", "chair"),
    ("Shreeji Poultry Farm, Bodeli", "cash", "yard", "shavings"),
    ("Hotel Narmada Residency, Rajpipla", "NEFT", "workshop", "relacquer"),
    ("Ms. Anjali Mehta, Edison, New Jersey (USA)", "card", "showroom", "swing"),
    ("Shri Swaminarayan Mandir Trust, Bodeli", "cheque", "showroom", "sofa"),
    ("Mistry Kantilal Kharadi, Kharadi Vas, Sankheda", "UPI", "yard", "lac"),
    ("Patel Furniture Mart, Relief Road, Ahmedabad", "cheque", "workshop", "trade"),
    ("The Lakshmi Vilas Heritage Hotel, Udaipur", "NEFT", "mail", "dining"),
]
SALE_HEADS = {
    "sofa": ["TAX INVOICE - SANKHEDA FURNITURE", "RETAIL INVOICE - SOFA AND SWING"],
    "swing": ["TAX INVOICE - SANKHEDA FURNITURE", "RETAIL INVOICE - SOFA AND SWING"],
    "chair": ["TAX INVOICE - SANKHEDA FURNITURE", "RETAIL INVOICE - CHAIRS"],
    "relacquer": ["JOB WORK BILL - RE-LACQUERING BY THE PIECE", "MARAMMAT BILL - JUNU FARNICHAR (JOB WORK)"],
    "trade": ["TRADE INVOICE - FURNITURE FOR RESALE", "VEPARI BILL - SANKHEDA FURNITURE"],
    "lac": ["LAC STICK SALE MEMO - BY THE KG", "PAVTI - LAKH NI BATTI"],
    "shavings": ["SHAVINGS SALE RECEIPT - BY THE BAG", "PAVTI - KHARAD NO BHUKO"],
}
SEALS = {
    "showroom": ("ORSANG RANGMAHAL", "BAHADARPUR ROAD, SANKHEDA"),
    "workshop": ("ORSANG KARKHANA", "KHARADI VAS, SANKHEDA"),
    "yard": ("ORSANG SAAG & LAKH", "BODELI ROAD, SANKHEDA"),
}
OLD_PIECES = ["Reception sofa", "Lobby hindolo", "Dining chairs", "Corridor benches", "Room tea tables"]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's TAX INVOICE - SANKHEDA FURNITURE / RETAIL INVOICE - SOFA AND SWING / RETAIL INVOICE -
    CHAIRS to a Vadodara family, an American tourist and a Bodeli temple trust (a sofa set), the workshop's
    JOB WORK BILL - RE-LACQUERING BY THE PIECE / MARAMMAT BILL - JUNU FARNICHAR (JOB WORK) to a Rajpipla hotel
    (each old piece's count x rate) and TRADE INVOICE - FURNITURE FOR RESALE / VEPARI BILL - SANKHEDA
    FURNITURE to an Ahmedabad furniture shop, the yard's LAC STICK SALE MEMO - BY THE KG / PAVTI - LAKH NI
    BATTI to a Sankheda kharadi and SHAVINGS SALE RECEIPT - BY THE BAG / PAVTI - KHARAD NO BHUKO to a Bodeli
    poultry farm (paper: the showroom, the workshop, the yard or the company on top with its "A unit of" line,
    address and GSTIN; Invoice Sr. No. / Retail bill No. / Job bill No. / Marammat bill No. / Trade invoice
    No. / Vepari bill No. / Lakh memo No. / Pavti No. / Bhuko pavti No. and Ta. / Date of sale / Bill dt. /
    Invoice dt. in either order, then Grahak (customer) / Kharidnar (buyer) / Billed to / Party, the sets,
    pairs, pieces, kilos or bags x rate, Less: Diwali discount @ 8% on some of the showroom's, CGST and SGST @
    2.5% or 9%, Round off, Bill total / Net bill amount / Total (incl. GST), Received by UPI / UPI collected /
    Cash received at counter / Received in cash / Card swiped / Paid by card (POS) / Received by NEFT / NEFT
    credit received / Cheque accepted for / Cheque received for, the sum in words under it, the sums with the
    paise after an equals sign on some (Rs. 12,450=00), Payment mode / Recd. by, UPI Ref. / UPI UTR / NEFT UTR
    No. / UTR No. / Approval No. / APPR code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID /
    PAID - CHAIRS HANDED OVER AT THE COUNTER / PAID - HINDOLO PACKED FOR SHIPPING / PAID - OLD FURNITURE
    RE-LACQUERED AND DELIVERED / PAID - LAC STICKS WEIGHED AND HANDED OVER / PAID - BAGS LOADED AT THE YARD /
    CHEQUE DEPOSITED - DELIVERY AFTER CLEARANCE / CHEQUE BOUNCED - FUNDS INSUFFICIENT, BILL CANCELLED, the
    rubber stamp, For <unit> - Proprietor's representative / For <unit> - Cashier, Buyer's signature) and the
    accounts desk's Advance received - with thanks e-mail to an Udaipur heritage hotel (Advance receipt No. /
    Acknowledgement ref., Advance credited on / Date of receipt, IGST, Order value / Total order value,
    Advance received by NEFT / Booking advance credited with the Balance due before dispatch, NEFT UTR No. /
    UTR No.; ADVANCE RECEIVED - TEAK FOR YOUR SET GOES TO THE LATHE THIS WEEK)."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
    party, way, unit, kind = SALES[k]
    marks = ("Rs.", "\u20b9", "Rs", "")
    rs = money(rng, font, 0.0, marks=marks) if unit == "mail" else bill_rs(rng, font, marks)
    name = {"showroom": SHOWROOM, "workshop": WORKSHOP, "yard": YARD, "mail": COMPANY}[unit]
    advance = unit == "mail"
    if advance:
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@orsangkharadi.in>",
            [
                "Advance received - Orsang Kharadi, Sankheda",
                "Your booking advance has reached us",
                "Acknowledgement of advance - dining set",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Sankheda furniture from Kharadi Vas  |  Accounts")
        p.add("center", "Advance received - with thanks")
        p.add("rule")
        p.part = "body"
        p.add("left", "Respected Sir, with thanks we confirm the advance below against your order.")
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

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "showroom": ["RM", "OR"],
            "workshop": ["KK", "JW"],
            "yard": ["SL", "YD"],
            "mail": ["OKC", "ADV"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 3999):04d}"
        labels = {
            "sofa": ["Invoice Sr. No.", "Retail bill No."],
            "swing": ["Invoice Sr. No.", "Retail bill No."],
            "chair": ["Invoice Sr. No.", "Retail bill No."],
            "relacquer": ["Job bill No.", "Marammat bill No."],
            "trade": ["Trade invoice No.", "Vepari bill No."],
            "lac": ["Lakh memo No.", "Pavti No."],
            "shavings": ["Bhuko pavti No.", "Pavti No."],
            "dining": ["Advance receipt No.", "Acknowledgement ref."],
        }[kind]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Advance credited on", "Date of receipt"]
        if advance
        else ["Ta.", "Date of sale", "Bill dt.", "Invoice dt."]
    )
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    party_labels = {
        "relacquer": ["Party", "Billed to"],
        "trade": ["Party", "Kharidnar (buyer)"],
        "dining": ["Party", "Billed to"],
    }.get(kind, ["Grahak (customer)", "Kharidnar (buyer)", "Billed to"])
    wrap_pair(p, rng.choice(party_labels), party)
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "relacquer":
        base = 0.0
        for piece in rng.sample(OLD_PIECES, rng.randrange(1, 4)):
            count = rng.randrange(2, 24)
            rate = float(rng.randrange(lo, hi, 50))
            value = round(count * rate, 2)
            base += value
            p.pair(f"  {piece}: {count} pcs x {rate:,.2f}", rs(value))
        base = round(base, 2)
    elif kind == "trade":
        base = 0.0
        for piece in rng.sample(
            ["Bajoth 12 in", "Tea table round 24 in", "Mandir stool", "Ghodiyu (cradle)"], 2
        ):
            count = rng.randrange(6, 40)
            rate = float(rng.randrange(lo, hi, 50))
            value = round(count * rate, 2)
            base += value
            p.pair(f"  {piece}: {count} pcs x {rate:,.2f}", rs(value))
        base = round(base, 2)
    elif kind in ("lac", "shavings"):
        if kind == "lac":
            qty = rng.randrange(4, 60)
            rate = float(rng.randrange(lo, hi, 10))
            line = f"  {qty} kg x {rate:,.2f}"
        else:
            qty = rng.randrange(30, 320)
            rate = float(rng.randrange(lo, hi, 5))
            line = f"  {qty} bags x {rate:,.2f}"
        base = round(qty * rate, 2)
        p.pair(line, rs(base))
    else:
        qty = rng.randrange(1, 3)
        rate = float(rng.randrange(lo, hi, 100))
        base = round(qty * rate, 2)
        many = f"{qty} {per}" if qty == 1 else f"{qty} {per}s"
        p.pair(f"  {many} x {rate:,.2f}", rs(base))
        if unit == "showroom" and rng.random() < 0.5:
            off = round(base * 0.08, 2)
            p.pair("Less: Diwali discount @ 8%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, advance)
    p.pair(
        rng.choice(
            ["Order value", "Total order value"]
            if advance
            else ["Bill total", "Net bill amount", "Total (incl. GST)"]
        ),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque accepted for", "Cheque received for"])
    elif advance:
        lab = rng.choice(["Advance received by NEFT", "Booking advance credited"])
    else:
        lab = {
            "cash": rng.choice(["Cash received at counter", "Received in cash"]),
            "UPI": rng.choice(["Received by UPI", "UPI collected"]),
            "card": rng.choice(["Card swiped", "Paid by card (POS)"]),
            "NEFT": rng.choice(["Received by NEFT", "NEFT credit received"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance due before dispatch", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Payment mode", "Recd. by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card (POS)", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref.", "UPI UTR"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[1:6]), "NEFT")
        p.pair(rng.choice(["NEFT UTR No.", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval No.", "APPR code"]), appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - TEAK FOR YOUR SET GOES TO THE LATHE THIS WEEK"]
    else:
        words.append(
            {
                "chair": "PAID - CHAIRS HANDED OVER AT THE COUNTER",
                "swing": "PAID - HINDOLO PACKED FOR SHIPPING",
                "relacquer": "PAID - OLD FURNITURE RE-LACQUERED AND DELIVERED",
                "lac": "PAID - LAC STICKS WEIGHED AND HANDED OVER",
                "shavings": "PAID - BAGS LOADED AT THE YARD",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE DEPOSITED - DELIVERY AFTER CLEARANCE",
        "failed": "CHEQUE BOUNCED - FUNDS INSUFFICIENT, BILL CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "dining": "Lac colours and vark patterns as approved on the sample; dispatch in about six weeks.",
            "relacquer": "Old lacquer scraped and relaid on the lathe; cracks in old wood are not covered.",
            "trade": "Trade rates for resale. Lac shades vary a little from piece to piece; not returnable.",
            "lac": "Pure lac coloured with pigments at our yard; keep the sticks away from heat.",
            "shavings": "Dry teak shavings from the lathes; bags loaded by the buyer at the yard.",
            "sofa": "The sofa set is kept at the showroom and handed over once the cheque is cleared.",
        }.get(
            kind,
            "Every piece is turned by hand on the lathe and lacquered with lac. Goods once sold are not "
            "taken back.",
        ),
    )
    if not advance:
        right(p, rng.choice([f"For {name} - Proprietor's representative", f"For {name} - Cashier"]))
        p.add("left", "Buyer's signature")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. teak, lac, brass, foil, upholstery


SUPPLIERS = [
    (
        "Rajpipla Saag Timber Mart",
        "Teak (saag) logs and sawn sizes | Licensed timber merchant",
        "Station Road, Rajpipla - 393145, Dist. Narmada, Gujarat",
        "24",
        "RST",
    ),
    (
        "Khunti Lac Udyog",
        "Seedlac, shellac and button lac | Kusmi and rangeeni lac",
        "Lah Bazar Road, Khunti - 835210, Jharkhand",
        "20",
        "KLU",
    ),
    (
        "Jamnagar Brass Fittings Co.",
        "Brass hinges, hindola chains, knobs and castors",
        "GIDC Phase II, Shankar Tekri, Jamnagar - 361004, Gujarat",
        "24",
        "JBF",
    ),
    (
        "Bhuleshwar Foil & Colour Co.",
        "Tin foil (kalai vark), pigments and lac colours",
        "Kalbadevi Road, Bhuleshwar, Mumbai - 400002, Maharashtra",
        "27",
        "BFC",
    ),
    (
        "Surat Upholstery Fabrics",
        "Velvet and brocade for cushions | Foam and rexine",
        "Ring Road, Surat - 395002, Gujarat",
        "24",
        "SUF",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "RST": [
        ("Teak (saag) logs, girth 90 to 120 cm", "4403", "cft", 2600, 4200, 18, 20, 120),
        ("Teak sawn sizes 3 x 3 in for legs", "4407", "cft", 3400, 5200, 18, 10, 60),
    ],
    "KLU": [
        ("Shellac, lemon grade", "1301", "kg", 520, 780, 5, 50, 600),
        ("Seedlac, kusmi", "1301", "kg", 380, 560, 5, 50, 500),
    ],
    "JBF": [
        ("Brass hindola chain set, 4 ft", "7419", "sets", 1800, 3400, 18, 4, 40),
        ("Brass butt hinges 3 in", "8302", "doz", 240, 420, 18, 10, 80),
    ],
    "BFC": [
        ("Tin foil (kalai vark), 100-sheet roll", "8007", "rolls", 380, 640, 18, 20, 200),
        ("Lac pigment - maroon, green, yellow", "3204", "kg", 420, 880, 18, 10, 80),
    ],
    "SUF": [
        ("Velvet upholstery fabric, 54 in", "5801", "m", 180, 420, 5, 40, 400),
        ("PU foam sheet 2 in, 72 x 36 in", "3921", "pcs", 650, 1100, 18, 10, 60),
    ],
}
# the stamp's name and place, the courts on the invoice's foot
SUPPLY_STAMPS = {
    "RST": ("RAJPIPLA SAAG TIMBER", "RAJPIPLA", "Rajpipla"),
    "KLU": ("KHUNTI LAC UDYOG", "KHUNTI", "Khunti"),
    "JBF": ("JAMNAGAR BRASS FITTINGS", "SHANKAR TEKRI", "Jamnagar"),
    "BFC": ("BHULESHWAR FOIL & COLOUR", "MUMBAI 2", "Mumbai"),
    "SUF": ("SURAT UPHOLSTERY", "RING ROAD, SURAT", "Surat"),
}
SUPPLY_ORDER = [0, 3, 1, 4, 2, 0, 1, 3]
SUPPLY_WAYS = ["RTGS", "UPI", "NEFT", "-", "UPI", "RTGS", "NEFT", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Rajpipla teak timber merchant, the Khunti lac maker, the Jamnagar brass fitting maker, the Mumbai
    foil and colour house and the Surat upholstery house billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE - ORIGINAL FOR RECIPIENT / GST TAX INVOICE CUM CHALLAN / INVOICE CUM
    PAYMENT RECEIPT, Invoice No. / Inv. No. / Tax invoice Sr. No. and Date of invoice / Invoice dt. / Inv.
    date in either order, or the number with the day in brackets on one Invoice No. (date) row (RST/26-27/0311
    (14.10.2026)) on some, Details of recipient / Billed to (recipient) / Buyer (bill to) the company,
    Consignee (ship to) / Place of delivery the workshop, the yard or the showroom, State code, E-way bill
    No., the teak's Transit pass No., Transport and Bilty No. or Courier and AWB No., Buyer's order No., the
    logs, sawn sizes, shellac, seedlac, chains, hinges, foil, pigment, velvet or foam with HSN and cft, kg,
    sets, doz, rolls, m or pcs x rate, Taxable value, CGST and SGST within Gujarat, IGST from Jharkhand and
    Maharashtra, @ 5% or 18%, Round off, Invoice value, Less: Advance received earlier and Balance received -
    NEFT / RTGS on some, Less: TDS u/s 194Q deducted by party and Net amount received - NEFT / RTGS on some,
    else Received - NEFT / RTGS / Received via UPI / UPI received, with UTR No. / NEFT UTR / RTGS UTR / UPI
    Ref. No. / UPI RRN, or Cheque received / Chq. amount with Cheque No.; the sums with the paise after an
    equals sign on some; RECEIVED - THANK YOU FOR YOUR BUSINESS / PAYMENT RECEIVED / ACCOUNT SETTLED /
    RECEIVED BY NEFT / RTGS / UPI / CHEQUE UNDER COLLECTION - RECEIPT VALID ON REALISATION / CHEQUE
    DISHONOURED - FUNDS INSUFFICIENT, AMOUNT STILL DUE, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 4)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = bill_rs(rng, font, ("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        [
            "TAX INVOICE - ORIGINAL FOR RECIPIENT",
            "GST TAX INVOICE CUM CHALLAN",
            "INVOICE CUM PAYMENT RECEIPT",
        ],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Invoice No. (date)", f"{inv} ({day})", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice No.", "Inv. No.", "Tax invoice Sr. No."]),
                    inv,
                    txn=(INVOICE_RANK, inv),
                )

        day_labels = ["Date of invoice", "Invoice dt.", "Inv. date"]
        if rng.random() < 0.5:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
        else:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
    ours_to(p, ["Details of recipient", "Billed to (recipient)", "Buyer (bill to)"])
    deliver = {
        "RST": f"{YARD}, Bodeli Road",
        "KLU": f"{YARD}, Bodeli Road",
        "JBF": f"{WORKSHOP}, Kharadi Vas",
        "BFC": f"{WORKSHOP}, Kharadi Vas",
        "SUF": rng.choice([f"{SHOWROOM}, Bahadarpur Road", f"{WORKSHOP}, Kharadi Vas"]),
    }[tag]
    wrap_pair(p, rng.choice(["Consignee (ship to)", "Place of delivery"]), deliver)
    p.pair("State code", "Gujarat (24)")
    if tag != "SUF" or rng.random() < 0.5:
        p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag == "RST":
        p.pair("Transit pass No.", f"RJP/TP/{rng.randrange(1000, 9999)}/{j.date:%y}")
    if tag in ("RST", "KLU", "SUF"):
        wrap_pair(
            p,
            "Transport",
            rng.choice(["Shree Ambaji Roadlines", "Narmada Goods Carriers", "Bhavani Transport Co."]),
        )
        p.pair("Bilty No.", f"{rng.choice(['B', 'SA', 'NG'])}{digits(rng, 6)}")
    else:
        wrap_pair(p, "Courier", rng.choice(["Shree Maruti Courier", "DTDC Express", "Blue Dart Express"]))
        p.pair("AWB No.", f"{rng.choice(['1', '7', 'M'])}{digits(rng, 10)}")
    p.pair("Buyer's order No.", f"OKC/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "24")
    p.pair("Invoice value", rs(total))
    p.add("rule")
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
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance received earlier", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q deducted by party", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque received", "Chq. amount"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    else:
        if adv:
            lab = f"Balance received - {way}"
        elif tds:
            lab = f"Net amount received - {way}"
        elif way == "UPI":
            lab = rng.choice(["Received via UPI", "UPI received"])
        else:
            lab = f"Received - {way}"
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            [
                "RECEIVED - THANK YOU FOR YOUR BUSINESS",
                "PAYMENT RECEIVED",
                "ACCOUNT SETTLED",
                f"RECEIVED BY {way}",
            ]
        ),
        "pending": "CHEQUE UNDER COLLECTION - RECEIPT VALID ON REALISATION",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT, AMOUNT STILL DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Rupees (in words): {words_in_rupees(j.amount)}")
    stamp_name, stamp_place, courts = SUPPLY_STAMPS[tag]
    p.add(
        "small",
        f"E. & O.E. Interest @ 18% p.a. after the due date. Goods once sold are not taken back. Subject to "
        f"{courts} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, stamp_name, stamp_place, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Bodeli Saw Mill", "Sawing teak logs into leg blanks - 220 cft job work", 9000, 48000),
    ("Sankheda Tempo Service", "Delivery of sofa sets and swings to Vadodara and Ahmedabad", 6000, 32000),
    ("Shri Mahendrabhai R. Patel", "Display gallery rent - Alkapuri, Vadodara", 30000, 75000),
    ("Shah Desai & Co., Chartered Accountants", "Tax audit and GST annual return FY 2025-26", 35000, 110000),
    ("Mundra Export Packers & Fumigators", "Crating and ISPM-15 fumigation - two containers", 28000, 140000),
    (
        "Kutch Shipping & Clearing Agency",
        "Customs broker charges - shipping bill and port, Mundra",
        18000,
        90000,
    ),
    ("Riverfront Crafts Fair Events Pvt Ltd", "Stall rent - crafts fair, Sabarmati Riverfront", 25000, 95000),
    ("Bodeli Motor Rewinding Works", "Rewinding of lathe motors and new V-belts", 7000, 38000),
]
CORP_PORTALS = [
    ("Baroda Connect", "Bank of Baroda", "barodaconnect.bankofbaroda.bank.in/corp/ft/status"),
    ("ICICI Bank CIB", "ICICI Bank", "cib.icicibank.com/corp/payments/txn-details"),
    ("Kotak Corporate Banking", "Kotak Mahindra Bank", "corporate.kotak.com/payments/view"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying the saw mill, the tempo service, the Alkapuri landlord, the chartered accountants,
    the export packers, the customs broker, the crafts fair's organiser and the motor rewinder: corporate net
    banking's transfer pages (Baroda Connect, ICICI Bank CIB, Kotak Corporate Banking: the portal on top and
    the bank's line, Fund transfer - status / Payment enquiry; three layouts: the status, the sum large and
    the day on top, then the Credit details and the Debit details; the Debit details on top with the day among
    them, then the Credit details, the sum and the references, the status at the foot; the references under
    the heading, then the payee and the sum, the status, the day at the foot: Transaction date / Processed on
    / Value date / Initiated on / Keyed in on / Failed on / Credited back on; Successful - credited to
    beneficiary account / Status: Completed - UTR generated / Pending with authoriser - not yet released to
    the bank / Failed - beneficiary account closed, amount credited back; the references (UTR No. / NEFT UTR /
    RTGS UTR / IMPS RRN and Transaction reference / Host ref. No.): Transfer in favour of / Beneficiary
    account name / Payee / beneficiary / Credit to (beneficiary), Payee nickname / Bene alias, Beneficiary
    account and IFSC code, Debit account the company, Corporate ID / user, Debit amount / Txn amount (INR) /
    Transfer value, Transfer mode / Payment method NEFT / RTGS / IMPS, Remarks / Payment purpose, Initiated by
    / Approved by, Account balance after debit on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?ref={code(rng, 10, ALNUM)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small", f"{bank}  |  {rng.choice(['Corporate payments', 'Single payment', 'Transaction enquiry'])}"
    )
    p.add("center", rng.choice(["Fund transfer - status", "Payment enquiry"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Successful - credited to beneficiary account", "Status: Completed - UTR generated"],
        "pending": ["Pending with authoriser - not yet released to the bank"],
        "failed": ["Failed - beneficiary account closed, amount credited back"],
    }
    day_labels = {
        "success": ["Transaction date", "Processed on", "Value date"],
        "pending": ["Initiated on", "Keyed in on"],
        "failed": ["Failed on", "Credited back on"],
    }[status]
    hour = rng.random() < 0.5
    who = who.upper() if rng.random() < 0.35 else who
    payee_labels = ["Transfer in favour of", "Beneficiary account name", "Payee / beneficiary"]
    if status == "success":
        payee_labels.append("Credit to (beneficiary)")
    amount_labels = ["Debit amount", "Txn amount (INR)", "Transfer value"]
    if status == "pending":
        amount_labels = ["Txn amount (INR)", "Transfer value"]
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            lab = {"IMPS": ["IMPS RRN"], "NEFT": ["UTR No.", "NEFT UTR"], "RTGS": ["UTR No.", "RTGS UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        tr = f"{IFSC[bank][:2]}{rng.choice('HC')}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction reference", "Host ref. No."]), tr, txn=(BANK_RANK, tr))

    def credit_rows() -> None:
        p.add("left", "Credit details")
        wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
        if rng.random() < 0.5:
            p.pair(
                rng.choice(["Payee nickname", "Bene alias"]),
                "".join(w[0] for w in who.split() if w[0].isalpha()).lower() + "skd",
            )
        ben = rng.choice(BANKS[:10])
        p.pair("Beneficiary account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("IFSC code", f"{IFSC[ben]}0{digits(rng, 6)}")

    def debit_rows(with_day: bool) -> None:
        p.add("left", "Debit details")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
        p.pair("Corporate ID / user", f"ORSANG / {rng.choice(['ACCTS', 'DIR', 'FIN'])}0{rng.randrange(1, 9)}")
        if with_day:
            date_row(p, j, day_labels, hour=hour)

    def tail_rows() -> None:
        p.pair(rng.choice(["Transfer mode", "Payment method"]), way, method="netbanking")
        wrap_pair(p, rng.choice(["Remarks", "Payment purpose"]), note)
        p.pair("Initiated by / Approved by", f"OKCMKR01 / {'awaited' if status == 'pending' else 'OKCAPR02'}")
        if status == "success" and rng.random() < 0.5:
            p.pair("Account balance after debit", rs(rupees(rng, 150000, 5200000)))

    # 0: the status, the sum and the day on top; 1: the debit details on top, the status at the foot;
    # 2: the references under the heading, the status in the middle, the day at the foot
    layout = rng.randrange(3)
    if layout == 0:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        date_row(p, j, day_labels, hour=hour)
        p.add("rule")
        credit_rows()
        debit_rows(False)
        tail_rows()
        refs()
    elif layout == 1:
        debit_rows(True)
        p.add("rule")
        credit_rows()
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        tail_rows()
        refs()
        p.add("rule")
        outcome_row(p, status, words)
    else:
        refs()
        p.add("rule")
        credit_rows()
        p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        p.add("rule")
        debit_rows(False)
        tail_rows()
        date_row(p, j, day_labels, hour=hour)
    p.part = "foot"
    p.add(
        "small", "Funds of a failed transfer are credited back to the debit account within one working day."
    )
    return p.done()


# ---------------------------------------------------------------- 7. kharadis, painters, yard hands


# payee, work, faliyu or village, kind
WORKERS = [
    (
        "Ramanbhai Chhaganbhai Kharadi",
        "Turner - hindola and chair legs on the hand lathe",
        "Kharadi Vas, Sankheda",
        "turn",
    ),
    ("Bhavesh Rathwa", "Sawyer - log cutting at the yard", "Bodeli", "yard"),
    ("Savitaben Kanubhai Kharadi", "Painter - tin-foil flowers, home work", "Kharadi Vas, Sankheda", "paint"),
    ("Naranbhai Rathwa", "Yard hand - stacking and seasoning", "Kadipani", "yard"),
    ("Hasmukhbhai Kharadi", "Turner - sofa and dining legs", "Kharadi Vas, Sankheda", "turn"),
    ("Ganpat Bhil", "Polisher and packer - showroom", "Rangpur", "yard"),
    (
        "Manjulaben Kharadi",
        "Painter - mandir and bajoth panels, home work",
        "Vasna Faliyu, Sankheda",
        "paint",
    ),
    ("Jitubhai Nayak", "Yard hand - lac stick rolling", "Bhatpur", "yard"),
]
WORK_FRAMES = ["paper", "cashfree", "paper", "imobile", "paper", "cashfree", "paper", "bhim"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels, additions,
# spoilt
WORK = {
    "turn": (
        ["KHARADI MAJURI - PER PIECE (LATHE WORK)", "TURNING WAGES - BY THE PIECE"],
        ["Kharadi's name", "Majuri paid to"],
        "Legs and spindles turned: {q} x {rate}",
        (20, 120),
        (40, 180),
        ["Net majuri paid", "Amount paid to kharadi"],
        ["Add: Hindola (large) legs extra", "Add: Urgent order allowance"],
        "Less: Cracked legs - {n} @ {per}",
    ),
    "paint": (
        ["RANG KAAM MAJURI - GHER KAAM (PER PIECE)", "LACQUER PAINTING WAGES - HOME WORK"],
        ["Karigar's name", "Paid to karigar"],
        "Pieces painted: {q} x {rate}",
        (60, 320),
        (8, 45),
        ["Net paid to karigar", "Majuri handed over"],
        ["Add: Fine vark work extra"],
        "Less: Lacquer runs - {n} @ {per}",
    ),
}


def cashfree_page(rng: random.Random, font: str, j: Job, status: str, who: str, rs) -> tuple:
    """Cashfree Payments' payout page (Cashfree Payments on top and the company's payouts line under it; the
    payee above the sum and the status or under them)."""
    j.amount = rupees(rng, 1800, 22000, 0.6)
    ref = digits(rng, 9)
    p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers" + ("" if j.no_ref else f"/{ref}"))
    p.part = "head"
    top(p, "Cashfree Payments")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["SUCCESS - transfer credited to the beneficiary", "Transfer successful - UTR received"],
        "pending": ["PENDING - awaiting response from beneficiary bank"],
        "failed": ["FAILED - beneficiary account blocked, amount returned to balance"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Transfer to (bene)", "Payee (karigar)"]), who, merchant=who)
        p.pair("Bene ID", f"OKC{who.split()[0].upper()[:4]}{digits(rng, 3)}")

    payee_first = rng.random() < 0.5
    if payee_first:
        payee_rows()
    if rng.random() < 0.5:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    if not payee_first:
        payee_rows()
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Bank account", f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}")
    else:
        p.pair(
            "UPI ID", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@{rng.choice(['barodampay', 'ybl'])}"
        )
    p.pair(rng.choice(["Transfer mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair("Remarks", rng.choice(["Yard majuri - fortnight", "Saw and stack - 14 days", "Packing majuri"]))
    if not j.no_ref:
        p.pair("Cashfree reference ID", ref, txn=(TXN_RANK, ref))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        tid = f"OKC-YARD-{digits(rng, 5)}"
        p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Transfer date"],
            "pending": ["Initiated at", "Added on"],
            "failed": ["Failed on", "Reversed at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary bank has confirmed the credit.",
            "pending": "The status updates here once the bank responds. Do not transfer again.",
            "failed": "The amount of a failed transfer is added back to your payouts balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its kharadis by the turned piece and its home painters by the painted piece on paper,
    two yard hands through Cashfree payouts and two by iMobile Pay and BHIM: its printed KHARADI MAJURI - PER
    PIECE (LATHE WORK) / TURNING WAGES - BY THE PIECE / RANG KAAM MAJURI - GHER KAAM (PER PIECE) / LACQUER
    PAINTING WAGES - HOME WORK (the company on top with the workshop's line, Kharadi's name / Majuri paid to /
    Karigar's name / Paid to karigar, Kaam (work), Faliyu / gaam, Karigar ID No. (no fact), Majuri chithi No.
    / Pay slip No., Ta. / Paid dt. / Date of payment, the pieces x rate, Add: Hindola (large) legs extra /
    Add: Urgent order allowance / Add: Fine vark work extra, Gross earned / Kul majuri (gross), Less: Cracked
    legs - n @ rate / Less: Lacquer runs - n @ rate / Less: Upad (advance) kapat, Net majuri paid / Amount
    paid to kharadi / Net paid to karigar / Majuri handed over, Paid by / Payment mode Cash / UPI / IMPS, UPI
    Ref. No. / IMPS ref.; PAID / PAID IN CASH / PAID - PIECES TAKEN INTO STOCK / PAID - ENTERED IN MAJURI
    BOOK, the worker's signature or thumb), Cashfree Payments' payout pages (Cashfree Payments on top and
    Payouts | the company under it, the payee above the sum and the status or under them, Transfer to (bene) /
    Payee (karigar), Bene ID, Bank account / UPI ID, Transfer mode / Mode, Remarks, Cashfree reference ID, UTR
    / Bank UTR, Transfer ID, Processed on / Transfer date / Initiated at / Added on / Failed on / Reversed at;
    SUCCESS - transfer credited to the beneficiary / Transfer successful - UTR received / PENDING - awaiting
    response from beneficiary bank / FAILED - beneficiary account blocked, amount returned to balance), an
    iMobile Pay and a BHIM screen (Recipient name / Transferred to above the sum or under the status; Sent
    successfully / Transfer successful / Transfer failed - beneficiary bank not responding; Transferred at /
    Date & time / Tried at; UPI Ref. No. / UPI RRN and iMobile txn ID / BHIM ref. ID)."""
    k = place("worker_pay")
    status = outcome(k, failed=(3,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=800, high=22000, p_round=0.9)
    who, role, faliyu, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "cashfree":
        return cashfree_page(rng, font, j, status, who, rs)
    if frame in ("imobile", "bhim"):
        j.amount = rupees(rng, 1500, 15000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "iMobile Pay" if frame == "imobile" else "BHIM")
        p.add("gap")
        p.part = "body"
        label = rng.choice(["Recipient name", "Transferred to"])
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", label)
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": ["Sent successfully", "Transfer successful"],
                "failed": ["Transfer failed - beneficiary bank not responding"],
            },
        )
        if not pay_first:
            p.add("small", label)
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['icici', 'upi', 'barodampay', 'ybl'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(
            p,
            j,
            ["Transferred at", "Date & time"] if status == "success" else ["Date & time", "Tried at"],
            hour=True,
        )
        p.pair(
            rng.choice(["Remarks", "Message"]),
            rng.choice(["Yard majuri", "Lac batti rolling - week", "Majuri"]),
        )
        p.pair(
            rng.choice(["From", "Debit A/c"]),
            f"{'ICICI Bank' if frame == 'imobile' else 'Bank of Baroda'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "imobile":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"IMB{j.date:%y%m%d}{digits(rng, 10)}"
                wrap_pair(p, "iMobile txn ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
                own = f"BHIM{digits(rng, 16)}"
                wrap_pair(p, "BHIM ref. ID", own, txn=(TXN_RANK, own))
        if status == "failed":
            p.add("small", "Money debited, if any, comes back to your account in 3 working days.")
        p.part = "foot"
        p.add("small", "Share  |  Close")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets, adds, spoilt = WORK[kind]
    where = UNITS["workshop"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{WORKSHOP} - {'gher kaam (home work)' if kind == 'paint' else 'lathe piece rate'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    wrap_pair(p, "Kaam (work)", role)
    p.pair("Faliyu / gaam", faliyu)
    p.pair("Karigar ID No.", f"GJ/CUD/{rng.randrange(1000, 99999)}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}M/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Majuri chithi No.", "Pay slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Ta.", "Paid dt.", "Date of payment"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind == "paint":
        rate = float(round(rate, -1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 400, 600]))
        p.pair(rng.choice(adds), rs(extra))
        gross += extra
    p.pair(rng.choice(["Gross earned", "Kul majuri (gross)"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        bad = rng.randrange(1, 4)
        per = round(rate * 0.5, 2)
        cut = round(bad * per, 2)
        p.pair(spoilt.format(n=bad, per=f"{per:,.2f}"), rs(cut))
    if gross > 2500 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Upad (advance) kapat", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        rng.choice(["Paid by", "Payment mode"]),
        way,
        method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way],
    )
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS ref.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - PIECES TAKEN INTO STOCK", "PAID - ENTERED IN MAJURI BOOK"]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Karigar's signature / thumb", "Received - signature of karigar"]))
    return p.done()


# ---------------------------------------------------------------- 8. panchayat, forest corporation, the rest


FEE_FRAMES = ["panchayat", "gsfdc", "epch", "gpcb", "ptax", "esic", "labour", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Sankheda furniture house, its workshop in Kharadi Vas, its showroom and its teak yard:
    Sankheda Gram Panchayat's property and water tax page on e-Gram (Milkat No., Kabjedar (holder), Milkat
    vero (property tax) 2026-27, Pani vero (water tax), Safai vero (sanitation) and Vyaj (interest on arrears)
    on some, Kul rakam (total) / Total paid, Transaction No., Bank ref., e-Gram receipt No.), the Gujarat
    State Forest Development Corporation's e-auction lot payment for a teak lot (Bidder name, Auction No., Lot
    No., Depot, Species and volume, Sale value of the lot, GST @ 18%, TCS u/s 206C @ 2.5%, Total amount
    remitted / Amount paid, Payment ref. No., Bank ref. No., Sale receipt No.), the Export Promotion Council
    for Handicrafts' RCMC renewal (Member name, Membership No., RCMC No., Panel, Annual subscription 2026-27,
    GST @ 18%, Total received / Amount paid, Transaction ID, Receipt No.), the Gujarat Pollution Control
    Board's consent renewal on XGN (Name of industry, Category, Application No., CCA renewal fee (water and
    air), Processing fee, Fee payable / Amount to be paid; Payment failed - fee not received by the Board,
    application not submitted, Attempted on / Transaction date), the State Tax Department's profession tax
    through Cyber Treasury (Name of employer, PT registration certificate No., Tax period, Profession tax -
    employees (salary deductions), Profession tax - employer enrolment 2026-27 on some, Challan amount /
    Amount of e-challan; Awaiting bank confirmation - challan not yet credited, do not pay again, Challan
    generated on / Initiated on, Cyber Treasury ref. No.), ESIC's monthly contribution challan (Employer code,
    Employer name, Contribution period, Employees covered, Employer's contribution @ 3.25%, Employees'
    contribution @ 0.75%, Total contribution paid / Challan amount, Transaction No., Challan No., Bank ref.
    No.), the Labour Commissioner's registration under the Gujarat Shops and Establishments Act, 2019 for the
    showroom (Name of establishment, Registration No., Workers, Registration fee, Late fee on some, Fee paid /
    Total fee, Transaction ID, Receipt No.) and the Transport Department's tax on the new delivery tempo on
    Vahan (Registration No., Owner, Vehicle class, Motor vehicle tax (lifetime), Road safety cess, Total
    amount / Tax and cess paid, Transaction No., Bank ref. No., Receipt No.); the status under the authority's
    line or at the foot: Payment successful - e-receipt generated / Paid - amount credited to the government
    head / Success - dues cleared; Paid via / Payment channel (GSFDC, ESIC and Cyber Treasury by net banking
    only), Date of payment / Paid on / Receipt date; the references before the heads on some."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame in ("ptax", "esic", "gsfdc"):
        way = "Net banking"
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "{d}/{m}/%Y"]
    words = {
        "success": [
            "Payment successful - e-receipt generated",
            "Paid - amount credited to the government head",
            "Success - dues cleared",
        ]
    }
    day_labels = ["Date of payment", "Paid on", "Receipt date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "panchayat":
        url = f"egram.gujarat.gov.in/vero/payment/receipt/{digits(rng, 9)}"
        name = rng.choice(["Sankheda Gram Panchayat", "SANKHEDA GRAM PANCHAYAT"])
        line = "e-Gram, Panchayats Department, Gujarat  |  Milkat vero and water tax"
    elif frame == "gsfdc":
        url = "eauction.gsfdc.gujarat.gov.in/lot/payment/receipt"
        name = rng.choice(["Gujarat State Forest Development Corporation Ltd", "GSFDC"])
        line = "Timber sales, Rajpipla division  |  e-auction lot payment"
    elif frame == "epch":
        url = f"epch.in/member/rcmc/payment/{digits(rng, 8)}"
        name = rng.choice(["Export Promotion Council for Handicrafts", "EPCH"])
        line = "Ministry of Textiles, Government of India  |  RCMC renewal and membership"
    elif frame == "gpcb":
        url = "xgn.gpcb.gov.in/consent/renewal/payment/status"
        name = rng.choice(["Gujarat Pollution Control Board", "GUJARAT POLLUTION CONTROL BOARD"])
        line = "XGN  |  Consolidated consent and authorisation - renewal"
    elif frame == "ptax":
        url = "cybertreasury.gujarat.gov.in/echallan/status"
        name = rng.choice(["State Tax Department, Gujarat", "Commissionerate of State Tax, Gujarat"])
        line = "Cyber Treasury - e-payment of taxes  |  Profession tax"
    elif frame == "esic":
        url = "www.esic.gov.in/employer/challan/receipt"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    elif frame == "labour":
        url = f"labour.gujarat.gov.in/shops-establishment/registration/receipt/{digits(rng, 7)}"
        name = rng.choice(
            ["Office of the Labour Commissioner, Gujarat", "Labour Commissioner, Gujarat State"]
        )
        line = "Gujarat Shops and Establishments Act, 2019  |  Registration certificate"
    else:
        url = "vahan.parivahan.gov.in/vahanservice/tax/receipt"
        name = rng.choice(["Transport Department, Gujarat", "Commissionerate of Transport, Gujarat"])
        line = "Vahan - Ministry of Road Transport & Highways  |  Tax - goods carriage"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("gpcb", "ptax")
    if frame == "panchayat":
        p.pair("Milkat No.", f"SKD/{rng.randrange(1, 30)}/{digits(rng, 4)}")
        wrap_pair(p, "Kabjedar (holder)", f"{firm} - {WORKSHOP}")
        heads = [
            ("Milkat vero (property tax) 2026-27", float(rng.choice([1850, 2400, 3120, 4600]))),
            ("Pani vero (water tax)", float(rng.choice([360, 480, 600]))),
        ]
        if rng.random() < 0.5:
            heads.append(("Safai vero (sanitation)", float(rng.choice([120, 180, 240]))))
        if rng.random() < 0.4:
            heads.append(("Vyaj (interest on arrears)", float(rng.choice([64, 115, 230]))))
        labels = ["Kul rakam (total)", "Total paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"EGR{digits(rng, 12)}"),
            ("Bank ref.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("e-Gram receipt No.", INVOICE_RANK, f"SKD/VR/{digits(rng, 6)}"),
        ]
    elif frame == "gsfdc":
        wrap_pair(p, "Bidder name", firm)
        p.pair("Auction No.", f"RJP/TEAK/{rng.randrange(1, 40):02d}/{j.date.year}")
        p.pair("Lot No.", str(rng.randrange(11, 480)))
        p.pair("Depot", rng.choice(["Rajpipla timber depot", "Dediapada timber depot"]))
        volume = round(rng.uniform(1.4, 6.8), 3)
        p.pair("Species and volume", f"Teak (saag) - {volume:.3f} cum")
        sale = float(round(volume * rng.uniform(48000, 92000), -1))
        heads = [
            ("Sale value of the lot", sale),
            ("GST @ 18%", round(sale * 0.18, 2)),
            ("TCS u/s 206C @ 2.5%", round(sale * 1.18 * 0.025, 2)),
        ]
        labels = ["Total amount remitted", "Amount paid"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"GSFDC{digits(rng, 11)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
            ("Sale receipt No.", INVOICE_RANK, f"RJP/SR/{digits(rng, 5)}"),
        ]
    elif frame == "epch":
        wrap_pair(p, "Member name", firm)
        p.pair("Membership No.", f"EPCH/WZ/{digits(rng, 5)}")
        p.pair("RCMC No.", f"{digits(rng, 6)}/{rng.randrange(2022, 2026)}")
        p.pair("Panel", "Furniture and wooden handicrafts")
        sub = float(rng.choice([9000, 12000, 15000]))
        heads = [("Annual subscription 2026-27", sub), ("GST @ 18%", round(sub * 0.18, 2))]
        labels = ["Total received", "Amount paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"EPCH{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"EPCH/RC/{digits(rng, 6)}"),
        ]
    elif frame == "gpcb":
        wrap_pair(p, "Name of industry", f"{WORKSHOP} ({firm})")
        p.pair("Category", "Orange - small scale")
        p.pair("Application No.", f"XGN/{rng.randrange(100000, 999999)}")
        heads = [
            ("CCA renewal fee (water and air)", float(rng.choice([6000, 8000, 12000, 15000]))),
            ("Processing fee", float(rng.choice([500, 1000]))),
        ]
        labels = ["Fee payable", "Amount to be paid"]
        refs = [("Transaction ref.", TXN_RANK, f"GPCB{digits(rng, 12)}")]
        words = {"failed": ["Payment failed - fee not received by the Board, application not submitted"]}
        day_labels = ["Attempted on", "Transaction date"]
    elif frame == "ptax":
        wrap_pair(p, "Name of employer", firm)
        p.pair("PT registration certificate No.", f"PRC{digits(rng, 9)}")
        p.pair("Tax period", j.month(1))
        heads = [("Profession tax - employees (salary deductions)", float(rng.randrange(10, 40) * 200))]
        if rng.random() < 0.5:
            heads.append(("Profession tax - employer enrolment 2026-27", 2400.0))
        labels = ["Challan amount", "Amount of e-challan"]
        refs = [("Cyber Treasury ref. No.", TXN_RANK, f"CT{j.date:%y}{digits(rng, 12)}")]
        words = {"pending": ["Awaiting bank confirmation - challan not yet credited, do not pay again"]}
        day_labels = ["Challan generated on", "Initiated on"]
    elif frame == "esic":
        p.pair("Employer code", digits(rng, 17))
        wrap_pair(p, "Employer name", COMPANY_CAPS)
        p.pair("Contribution period", j.month(1))
        p.pair("Employees covered", str(rng.randrange(14, 46)))
        wages = float(rng.randrange(180000, 520000, 100))
        heads = [
            ("Employer's contribution @ 3.25%", float(round(wages * 0.0325))),
            ("Employees' contribution @ 0.75%", float(round(wages * 0.0075))),
        ]
        labels = ["Total contribution paid", "Challan amount"]
        refs = [
            ("Transaction No.", TXN_RANK, f"{rng.choice('56')}{digits(rng, 13)}"),
            ("Challan No.", INVOICE_RANK, f"{digits(rng, 8)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "labour":
        wrap_pair(p, "Name of establishment", f"{SHOWROOM}, Sankheda")
        p.pair("Registration No.", f"GJ/SE/CUD/{digits(rng, 6)}")
        p.pair("Workers", str(rng.randrange(4, 15)))
        heads = [("Registration fee", float(rng.choice([500, 1000, 1500])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([250, 500]))))
        labels = ["Fee paid", "Total fee"]
        refs = [
            ("Transaction ID", TXN_RANK, f"LCG{digits(rng, 12)}"),
            ("Receipt No.", INVOICE_RANK, f"SE/{digits(rng, 7)}"),
        ]
    else:
        p.pair("Registration No.", f"GJ34T{digits(rng, 4)}")
        wrap_pair(p, "Owner", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carrier (LGV) - delivery tempo, 2.9 t GVW")
        cost = float(rng.randrange(640000, 920000, 1000))
        heads = [
            ("Motor vehicle tax (lifetime)", float(round(cost * 0.06))),
            ("Road safety cess", float(rng.choice([500, 1000]))),
        ]
        labels = ["Total amount", "Tax and cess paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"GJ{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"GJ34{code(rng, 2, UPPER)}{digits(rng, 7)}"),
        ]
    if status_top:
        outcome_row(p, status, words)
    refs_first = rng.random() < 0.35
    if refs_first:
        fee_refs(p, j, refs)
    total = 0.0
    for head, fee in heads:
        total += fee
        wrap_pair(p, head, rs(fee))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Paid via", "Payment channel"]), way, method=way_method(way))
    if not refs_first:
        fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "panchayat": "Keep this e-receipt; it is accepted as proof of payment of panchayat vero.",
        "gsfdc": "Lift the lot from the depot within 15 days of this payment with the transit pass.",
        "epch": "The renewed RCMC can be downloaded from the member login once the payment is verified.",
        "gpcb": "Any amount debited is refunded to the source account within 5 working days.",
        "ptax": "Do not pay again; the challan is marked paid once the bank's scroll reaches the treasury.",
        "esic": "Contributions are to be paid by the 15th of the month after the contribution period.",
        "labour": "Display the registration certificate at the establishment.",
        "vahan": "Carry the tax receipt in the vehicle; it can be checked on the mParivahan app.",
    }[frame]
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Laghu Udyam Suraksha - workshop, lathes, teak and lac stock",
        "paper",
        "fire",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Burglary and housebreaking - showroom stock, Sankheda",
        "browser",
        "burglary",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Marine export - furniture containers by sea from Mundra",
        "mail",
        "marine",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - kharadis, painters and staff",
        "browser",
        "health",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Employees' compensation - lathe and yard hands",
        "paper",
        "wc",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Machinery breakdown - lathes, compressor and band saw",
        "mail",
        "machinery",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Commercial vehicle package - delivery tempo",
        "browser",
        "vehicle",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Exhibition and transit all risks - furniture at crafts fairs",
        "mail",
        "exhibition",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its workshop, lathes, teak and lac stock, its showroom stock, its export containers,
    its kharadis' and painters' health, its lathe and yard hands under the Employees' Compensation Act, its
    lathes and saw against breakdown, its delivery tempo and the furniture it carries to crafts fairs: the
    insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line,
    PREMIUM RECEIPT / Premium paid - receipt / RECEIPT FOR PREMIUM - INSURED'S COPY (Premium payment
    unsuccessful / PAYMENT STATUS - RENEWAL PREMIUM on the failed one); the status under the heading on some,
    under the sum on the rest; Name of insured / Policy holder / Insured / proposer, Policy No. / Quote No. /
    Cover note No., Sum insured - building, lathes, teak and lac stock / Sum insured - showroom stock (first
    loss) / Sum insured - per container / Lives covered / Estimated annual wages / Sum insured - machines /
    IDV and Registration No. / Sum insured - furniture at the fair, Period of insurance ... to ..., Net
    premium / Premium before GST or OD premium and TP premium, an add-on (Spontaneous combustion (lac stock),
    Terrorism cover, SRCC (strikes, riots), Pre-existing disease waiver, Occupational disease extension,
    Owner's surrounding property, Zero depreciation, Dismantling and re-erection), CGST and SGST @ 9% or IGST
    @ 18%, the sum: Premium received (incl. GST) / Total premium paid / Gross premium received / Cheque amount
    / Amount of cheque / Premium payable / Amount due; Renewal premium received - policy renewed / Payment
    successful - policy document sent to your e-mail / CHEQUE DEPOSITED - RISK ATTACHES ONLY ON ENCASHMENT /
    Transaction declined - premium not received, quote valid 7 days; Mode of payment, Cheque No., Payment txn
    ID, UPI Ref. No. / Bank ref. No., Premium receipt No. / Receipt No., Receipt date / Date of payment /
    Premium received on / Cheque deposited on / Cheque received on / Transaction date / Tried on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'renew', 'customer'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <care@{host}>",
            ["Premium receipt", "Your renewal premium"]
            if status != "failed"
            else ["Renewal premium - payment status", "Your premium payment did not go through"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add("small", rng.choice(["Branch Office, Bodeli", "Divisional Office, Vadodara"]))
    p.add(
        "center",
        rng.choice(
            ["Premium payment unsuccessful", "PAYMENT STATUS - RENEWAL PREMIUM"]
            if status == "failed"
            else ["PREMIUM RECEIPT", "Premium paid - receipt", "RECEIPT FOR PREMIUM - INSURED'S COPY"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Renewal premium received - policy renewed",
            "Payment successful - policy document sent to your e-mail",
        ],
        "pending": ["CHEQUE DEPOSITED - RISK ATTACHES ONLY ON ENCASHMENT"],
        "failed": ["Transaction declined - premium not received, quote valid 7 days"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Name of insured", "Policy holder", "Insured / proposer"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair(
            "Policy No.",
            f"{rng.choice(['21', '41', '73'])}{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(0, 3):02d}",
        )
    elif status == "pending":
        p.pair("Cover note No.", f"CN{digits(rng, 11)}")
    else:
        p.pair("Quote No.", f"Q{digits(rng, 12)}")
    heads: list[tuple[str, float]] = []
    if kind == "fire":
        insured = float(rng.randrange(3000000, 36000000, 50000))
        wrap_pair(p, "Sum insured - building, lathes, teak and lac stock", rs(insured))
        basic = round(insured * rng.uniform(0.0005, 0.0009), 2)
        addon = ("Spontaneous combustion (lac stock)", round(insured * 0.00006, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(800000, 6500000, 50000))
        p.pair("Sum insured - showroom stock (first loss)", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Terrorism cover", round(insured * 0.00005, 2))
    elif kind == "marine":
        insured = float(rng.randrange(600000, 4500000, 50000))
        p.pair("Sum insured - per container", rs(insured))
        basic = round(insured * rng.uniform(0.0015, 0.003), 2)
        addon = ("SRCC (strikes, riots)", round(insured * 0.0002, 2))
    elif kind == "health":
        members = rng.randrange(14, 60)
        p.pair("Lives covered", f"{members} (Rs 2,00,000 each)")
        basic = round(members * rng.uniform(3100, 5200), 2)
        addon = ("Pre-existing disease waiver", round(members * 420.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(1600000, 7000000, 100000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.008, 0.014), 2)
        addon = ("Occupational disease extension", round(wages * 0.0004, 2))
    elif kind == "machinery":
        insured = float(rng.randrange(900000, 5200000, 50000))
        p.pair("Sum insured - machines", rs(insured))
        basic = round(insured * rng.uniform(0.003, 0.006), 2)
        addon = ("Owner's surrounding property", round(insured * 0.0004, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(520000, 860000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"GJ-34-T-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    else:
        insured = float(rng.randrange(500000, 3500000, 25000))
        p.pair("Sum insured - furniture at the fair", rs(insured))
        basic = round(insured * rng.uniform(0.002, 0.004), 2)
        addon = ("Dismantling and re-erection", round(insured * 0.0003, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 6))
        end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
        p.pair("Period of insurance", f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Net premium", "Premium before GST"]), rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    if rng.random() < 0.5:
        half = round(taxed * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        gst = 2 * half
    else:
        gst = round(taxed * 0.18, 2)
        p.pair("IGST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium received (incl. GST)", "Total premium paid", "Gross premium received"],
        "pending": ["Cheque amount", "Amount of cheque"],
        "failed": ["Premium payable", "Amount due"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if not status_top:
        outcome_row(p, status, words)
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Mode of payment", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'OL', 'TX'])}{digits(rng, 13)}"
            p.pair("Payment txn ID", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(1000, 9999)}{digits(rng, 9)}"
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Receipt date", "Date of payment", "Premium received on"],
            "pending": ["Cheque deposited on", "Cheque received on"],
            "failed": ["Transaction date", "Tried on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small", "Cover is subject to realisation of the premium and to the terms, conditions and exclusions."
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("ORSANG RANGMAHAL", "BAHADARPUR ROAD, SANKHEDA", "own"),
    ("SHREE JALARAM PETROLEUM", "BODELI-SANKHEDA ROAD", "fuel"),
    ("ORSANG KHARADI CRAFTS", "SANKHEDA 391145", "own"),
    ("HOTEL EXPO INN", "KNOWLEDGE PARK II, GREATER NOIDA", "hotel"),
    ("ORSANG KHARADI KARKHANA", "KHARADI VAS, SANKHEDA", "own"),
    ("VADODARA HARDWARE & BRASS MART", "MANDVI, VADODARA", "shop"),
    ("ORSANG RANGMAHAL", "ALKAPURI GALLERY, VADODARA", "own"),
    ("SHREE KHODIYAR FARSAN HOUSE", "STATION ROAD, BODELI", "food"),
]
TERMINALS = [
    "BANK OF BARODA",
    "HP PAY",
    "ICICI BANK",
    "AXIS BANK",
    "KOTAK MAHINDRA BANK",
    "PINE LABS",
    "HDFC BANK",
    "BHARATPE",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the showroom's (at Sankheda and at the Alkapuri gallery), the company's and the
    workshop's terminals, and the company's card at a filling station on the Bodeli road, a Greater Noida
    hotel in the IHGF Delhi Fair's week in October, a Vadodara hardware and brass shop and a Bodeli farsan
    house: terminal slips (monospace: the terminal's bank or brand on top on some, the counter's name and
    place in capitals; DT: and TM:, TXN DATE: and TXN TIME: or DATE: and TIME: at the top or under the sum;
    MID:, TID:, BATCH NO:, STAN:, INV NO: / RECEIPT NO:, SALE / CHIP SALE / CONTACTLESS SALE, CARD NO.: /
    CARD:, SCHEME:, a fuel sale's PRODUCT:, RATE:, QTY(LTR):, PUMP NO:, VEHICLE NO: and HP PAY PTS:, a hotel's
    ROOM NO: and GRC NO:, a farsan house's COUNTER:, a shop's MOBILE:, APPR CODE: / AUTH CODE:, RRN: / RRN
    NO:, TXN AMT: / TOTAL AMT: / AMT(INR): / SALE AMT:, the sum above or below the card; TRANSACTION APPROVED
    / APPROVED - PIN VERIFIED / SALE APPROVED / DECLINED - 55 INCORRECT PIN / TXN TIMED OUT - STATUS AWAITED,
    DO NOT RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=98000)
    name, town, kind = COUNTERS[k]
    if kind == "hotel":
        j.date = dt.date(2026, 10, 13) + dt.timedelta(days=rng.randrange(6))
        j.ref = f"{j.date.year % 10}{j.date.timetuple().tm_yday:03d}{rng.randrange(24):02d}{digits(rng, 6)}"
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 8000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4800, 26000, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 1200, 32000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 160, 2200, 0.5)
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
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d/%m/%y", "%d %b %y", "%d.%m.%Y"]))
        d = d.upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.35:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        elif pick < 0.7:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)

    day_top = rng.random() < 0.5
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "RECEIPT NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "CONTACTLESS SALE", "CHIP SALE"] if j.amount <= 5000 else ["SALE", "CHIP SALE"]),
    )
    lab = rng.choice(["TXN AMT:", "TOTAL AMT:", "AMT(INR):", "SALE AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab == "AMT(INR):" else f"{rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD NO.:", "CARD:"]),
        f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("SCHEME:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 95.8), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("QTY(LTR):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 7)))
        p.pair("VEHICLE NO:", f"GJ34T{digits(rng, 4)}")
        p.pair("HP PAY PTS:", str(rng.randrange(10, 160)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 520)))
        p.pair("GRC NO:", f"{digits(rng, 5)}")
    elif kind == "food":
        p.pair("COUNTER:", str(rng.randrange(1, 5)))
    elif kind == "shop":
        p.pair("MOBILE:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        p.pair(lab, shown, amount=j.amount)
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["TRANSACTION APPROVED", "APPROVED - PIN VERIFIED", "SALE APPROVED"]),
            status="success",
        )
        p.add("small", rng.choice(["NO SIGNATURE REQUIRED", "THANK YOU - PLEASE VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "TXN TIMED OUT - STATUS AWAITED, DO NOT RETRY", status="pending")
    p.part = "foot"
    p.add("small", "-- CUSTOMER COPY --" if rng.random() < 0.6 else "-- MERCHANT COPY --")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, phone, DTH, LPG, FASTag


BILLERS = [
    ("MGVCL", "Madhya Gujarat Vij Company Ltd", "Consumer No."),
    ("JioFiber", "Reliance Jio Infocomm Ltd", "Service ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Dish TV", "Dish TV India Ltd", "VC No."),
    ("HP Gas", "Hindustan Petroleum Corporation Ltd", "LPG ID"),
    ("Bank of Baroda FASTag", "Bank of Baroda", "Vehicle No."),
]
BILL_APPS = ["InstaBIZ", "MGVCL", "BHIM", "Paytm", "MGVCL", "CRED", "Amazon Pay", "bob World"]
BILL_WHICH = [0, 0, 1, 2, 0, 3, 5, 4]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The workshop's, the yard's and the showroom's electricity (MGVCL), the showroom's fibre (JioFiber), the
    manager's postpaid phone (Vi), the showroom's DTH (Dish TV), the tempo's FASTag (Bank of Baroda) and the
    workshop's cooking gas (HP Gas) through Bharat Connect in ICICI's InstaBIZ and other apps (BHIM, Paytm,
    CRED, Amazon Pay, bob World: the app on top, the sum large above or below the status, or the biller first,
    Biller / Bill paid to / Service provider / Billing company as printed, Consumer No. / Service ID / Mobile
    No. / VC No. / Vehicle No. / LPG ID, Customer name / Name as per bill, Bill No., Billing cycle, Bill issue
    date, Due by and Amount after due date (incl. DPC) on some power and fibre bills, Debited from / Pay via
    Current A/c or UPI, Bharat Connect txn ref. / B-Connect ref. No. / BBPS ref. ID, UPI Ref No., Txn
    reference on the failed one, Payment date / Txn date & time / Bill paid on / Requested on (the latter on
    one not paid); Bill payment successful - biller confirmed / Paid - receipt shared by SMS and e-mail /
    Under process - biller confirmation awaited, do not pay again / Payment failed - any debit will be
    reversed in 48 hours) and MGVCL's own online payment receipt (MGVCL, Madhya Gujarat Vij Company Ltd or its
    capitals on top with its "A Gujarat Urja Vikas Nigam Ltd company" line, Consumer No., Sub division,
    Consumer name, Bill month, Net bill amount, Payment amount / Amount received, Payment mode, Gateway txn
    ID, Bank ref. No., MGVCL receipt No., Payment date & time / Receipt date, the status under the head or at
    the foot: Payment received - updated in your account within 24 hours / Success - bill paid)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=2800, high=58000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 499, 2499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1599, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 240, 920, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 880, 1980, 0.5)
    elif which == 5:
        j.amount = float(rng.choice([500, 1000, 1500, 2000, 3000]))
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"{rng.choice(['34', '35'])}{digits(rng, 9)}",
        "Service ID": f"9{digits(rng, 11)}",
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 9)}",
        "VC No.": f"0{digits(rng, 10)}",
        "LPG ID": f"{digits(rng, 17)}",
        "Vehicle No.": f"GJ34T{digits(rng, 4)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "MGVCL":
        p = browser_page(rng, font, "mgvcl.com/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Gujarat Urja Vikas Nigam Ltd company  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        words = {
            "success": [
                "Payment received - updated in your account within 24 hours",
                "Success - bill paid",
            ]
        }
        status_top = rng.random() < 0.4
        if status_top:
            outcome_row(p, status, words)
        p.pair(idlab, ids)
        p.pair("Sub division", rng.choice(["Sankheda", "Bodeli (Rural)", "Chhota Udepur"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, WORKSHOP.upper(), f"M/S {YARD.upper()}"]))
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        p.pair("Net bill amount", rs(j.amount))
        p.pair(rng.choice(["Payment amount", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"MGV{digits(rng, 13)}"
            p.pair("Gateway txn ID", tid, txn=(TXN_RANK, tid))
            if way == "Net banking" and rng.random() < 0.6:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
            rno = f"MG{digits(rng, 12)}"
            p.pair("MGVCL receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date & time", "Receipt date"], hour=True)
        if not status_top:
            outcome_row(p, status, words)
        p.part = "foot"
        p.add("small", "Keep this receipt until the payment shows on your next bill.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Pay bills"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payments")
    p.part = "body"
    words = {
        "success": ["Bill payment successful - biller confirmed", "Paid - receipt shared by SMS and e-mail"],
        "pending": ["Under process - biller confirmation awaited, do not pay again"],
        "failed": ["Payment failed - any debit will be reversed in 48 hours"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Biller", "Bill paid to", "Service provider", "Billing company"]
        if status == "success"
        else ["Biller", "Service provider", "Billing company"]
    )
    if not fits(p, "pair", f"{label} {name}     "):
        name = short

    def biller() -> None:
        wrap_pair(p, label, name, merchant=name)
        p.pair(idlab, ids)

    layout = rng.randrange(3)
    if layout == 0:
        biller()
    if layout == 1:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    if layout != 0:
        biller()
    wrap_pair(
        p,
        rng.choice(["Customer name", "Name as per bill"]),
        rng.choice(
            [COMPANY_CAPS, WORKSHOP.upper(), YARD.upper()]
            if which == 0
            else [COMPANY_CAPS, SHOWROOM.upper(), "HASMUKH R KHARADI"]
        ),
    )
    if which in (0, 1) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill No.", f"{'MG' if which == 0 else 'JF'}{digits(rng, 10)}")
        start, end = earlier(rng, j, 38, 56), earlier(rng, j, 8, 14)
        first = when(start, "%d/%m" if start.year == end.year else "%d/%m/%Y")
        p.pair("Billing cycle", f"{first} - {when(end, '%d/%m/%Y')}")
        p.pair("Bill issue date", when(earlier(rng, j, 4, 7), "%d %b %Y"))
        p.pair("Due by", j.other_day(rng, 3, 15))
        p.pair(
            "Amount after due date (incl. DPC)",
            rs(round(j.amount * 1.02, 2) if which == 0 else j.amount + 100),
        )
    way = "Current A/c" if app == "InstaBIZ" else "UPI"
    p.pair(
        rng.choice(["Debited from", "Pay via"]),
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:8])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"BHIM": "BH", "Paytm": "PT", "CRED": "CR", "Amazon Pay": "AZ", "bob World": "BB"}.get(
                app, "IC"
            )
            bc = f"{head}0{rng.randrange(1, 10)}{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect txn ref.", "B-Connect ref. No.", "BBPS ref. ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 15)
            p.pair("Txn reference", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Payment date", "Txn date & time", "Bill paid on"] if status == "success" else ["Requested on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "SAVITABEN KANUBHAI K",
    "BODELI SAW MILL",
    "KUTCH SHIPPING & CLEA",
    "",
    "SHAH DESAI & CO",
    "MUNDRA EXPORT PACKER",
    "",
    "RAJPIPLA SAAG TIMBER",
]
MAIL_PAYEES = [
    "Shri Mahendrabhai R. Patel",
    "Sankheda Tempo Service",
    "Khunti Lac Udyog",
    "Jamnagar Brass Fittings Co.",
]
SENDERS = {
    "Bank of Baroda": "VM-BOBSMS",
    "Baroda Gujarat Gramin Bank": "AX-BGGBNK",
    "State Bank of India": "JD-SBIINB",
    "The Vadodara District Central Co-operative Bank": "BZ-VDCCBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-BOBSMS /
    AX-BGGBNK / JD-SBIINB / BZ-VDCCBK, the day divider, each bank's own wording: Bank of Baroda's UPI "Rs.x
    Dr. from A/C XX1234 to <payee> on <day> via UPI. UPI Ref:<ref>. Not you? Call 18005700 -Bank of Baroda",
    Baroda Gujarat Gramin Bank's "BGGB: A/c XX1234 debited with Rs x on <day> - <way> transfer in favour of
    <payee>." (on three lines), State Bank of India's "Dear Customer, A/C XXXXX1234 debited by Rs x on <day>
    by <way>, beneficiary <payee>.", the Vadodara District Central Co-operative Bank's "VDCCB: Rs.x sent by
    <way> from CA XXX1234 on <day>. Bene: <payee>."; a transfer "could not be processed; the amount is
    credited back to your A/c." and one "under process at the beneficiary bank. Please do not repeat it.", the
    balance line) and two e-mail debit alerts (ICICI Bank, Kotak Mahindra Bank: Debited amount / Transfer
    amount, Credited to beneficiary / Payee, Date / Transaction on, Account, Channel, UTR / IMPS RRN, Balance
    available; Status: Success / Transaction status: Completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=8000, high=320000)
    if k == 0:
        j.amount = rupees(rng, 900, 8400, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 60000, 280000)
    elif k == 4:
        j.amount = rupees(rng, 30000, 150000)
    if k in (3, 6):
        to = MAIL_PAYEES[(0 if k == 3 else 2) + rng.randrange(2)]
        bank = rng.choice(["ICICI Bank", "Kotak Mahindra Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Transaction alert - account debited", "Debit alert from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited for the transfer below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Credited to beneficiary", "Payee"]
        amount_labels = ["Debited amount", "Transfer amount"]
        if sum_first:
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(amount_labels), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Date", "Transaction on"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Balance available", rs(rupees(rng, 80000, 4200000)))
        p.add("left", rng.choice(["Status: Success", "Transaction status: Completed"]), status="success")
        p.part = "foot"
        p.add(
            "small", "Did not do this transfer? Call the bank's helpline at once and block your net banking."
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 4:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = {
        0: "Bank of Baroda",
        1: "Baroda Gujarat Gramin Bank",
        4: "State Bank of India",
        7: "The Vadodara District Central Co-operative Bank",
    }.get(
        k,
        rng.choice(
            [
                "Baroda Gujarat Gramin Bank",
                "State Bank of India",
                "The Vadodara District Central Co-operative Bank",
            ]
        ),
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["%a, {d} %b %Y", "{d} %B", "%A, {d} %b"])), date=j.date)
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d/%m/%y", "%d-%b-%y", "%d.%m.%y", "%d%b%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 25000, 2600000)
    amt = num(j.amount, rng.choice(["indian", "western", "plain"]))
    if status == "success":
        if bank == "Bank of Baroda":
            p.add("left", f"Rs.{j.amount:.2f} Dr. from A/C XX{tail}", amount=j.amount, status="success")
            p.add("left", f"to {to}{on} via UPI.", merchant=to, method=method)
            if ref:
                p.add("left", f"UPI Ref:{ref}.", txn=(UTR_RANK, ref))
            p.add("left", "Not you? Call 18005700 -Bank of Baroda")
            ref = None
        elif bank == "Baroda Gujarat Gramin Bank":
            p.add("left", f"BGGB: A/c XX{tail} debited with")
            p.add("left", f"Rs {amt}{on} - {way} transfer", amount=j.amount, method=method)
            p.add("left", f"in favour of {to}.", merchant=to)
        elif bank == "State Bank of India":
            p.add("left", f"Dear Customer, A/C XXXXX{tail}")
            p.add("left", f"debited by Rs {amt}{on}", amount=j.amount)
            p.add("left", f"by {way}, beneficiary {to}.", merchant=to, method=method)
        else:
            p.add("left", f"VDCCB: Rs.{amt} sent by {way}", amount=j.amount, method=method)
            p.add("left", f"from CA XXX{tail}{on}.")
            p.add("left", f"Bene: {to}.", merchant=to)
    else:
        p.add("left", f"{way} of Rs {amt}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        p.add("left", f"from A/c XX{tail}{on}")
        word = {
            "failed": "could not be processed; the amount is credited back to your A/c.",
            "pending": "is under process at the beneficiary bank. Please do not repeat it.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS RRN", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Bank of Baroda":
        balance = {
            "Baroda Gujarat Gramin Bank": f"Avl Bal Rs {num(bal)}",
            "State Bank of India": f"Avl Bal Rs{num(bal)}",
        }.get(bank, f"Bal: Rs {num(bal)} CR")
        p.add("left", balance, status="success")
        p.add(
            "small",
            rng.choice(
                ["Never share your OTP or PIN with anyone", "Not done by you? Call your branch at once"]
            ),
        )
    if bank != "Bank of Baroda":
        p.add(
            "small",
            {"Baroda Gujarat Gramin Bank": "- BGGB", "State Bank of India": "-SBI"}.get(bank, "-VDCCB"),
        )
    return p.done()


compose = compose158

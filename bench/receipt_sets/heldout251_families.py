"""The twelve heldout251 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Makrana marble house's day in 2026 in Didwana-Kuchaman district, Rajasthan
(Nooriya Makrana Marble Pvt Ltd, its quarry lease on the Ulodi belt, Nooriya Ulodi Quarry, where the white
Albeta and Doongri blocks are cut from the pit with diamond wire saws, dressed and lifted out by derrick and
hydraulic crane, weighed on the dharam kanta and sent out under the Department of Mines and Geology's e-Rawanna
transit pass, the rubble (khanda) sold by the tonne to the grit and chips crushers, its gangsaw and slab unit in
the RIICO Industrial Area, Nooriya Gangsaw & Slab Works, where the blocks are sawn into slabs on gangsaws,
epoxied, polished and sold by the square foot, the cutting slurry lifted by the tonne by a brick maker, its
inlay workshop in Silawaton ka Mohalla, Nooriya Parchinkari Karkhana, where the karigars set lapis, malachite
and carnelian into table tops, jaalis and plates by the piece and the polishers rub the small pieces at home by
the dozen, and its Station Road showroom, Nooriya Marble Art Emporium, where the hotel buyers, the temple
committees, the tourists and the families buy), told by the proofs of payment it receives and makes: buyers'
UPI screens and the web shop's CCAvenue and PayU pages, the builders', stone dealers', interior firms' and
RAJSICO's payment advices, importers' inward wires from Dubai, Riyadh, Doha, Leicester, New York, Singapore,
Zurich and Kuala Lumpur in dirhams, riyals, Qatari riyals, pounds, US dollars, Singapore dollars, Swiss francs
and ringgit (Swiss francs with apostrophes between the thousands on some), its own bills (the showroom's, the
slab unit's, the quarry's block and rubble bills, the slurry receipt, sums with /- after them on some), the
diamond wire, gangsaw blade, abrasive, epoxy and Khambhat stone suppliers' tax invoices, the corporate
net-banking transfers to the trailer carrier, the crane hirer, the drilling contractor, the showroom's
landlord, the security agency, the chartered accountants, the excavator hirer and the packers, the karigars',
polishers', quarry workers' and gangsaw operators' wage slips, Cashfree payouts and PhonePe and BHIM
transfers, Nagar Parishad Makrana's, EPCH's, the Department of Mines and Geology's, RIICO's, ESIC's, the
Factories and Boilers Department's, the Transport Department's and the Central Ground Water Authority's fee
pages, the insurers' premium receipts, card terminal slips, AVVNL's power and the fibre, postpaid, DTH, water
and cooking gas bills and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with
the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the unit
lines, bills listed on an advice (their numbers and days), vendor, work order, stock entry, supply order,
lease, khasra, licence, membership, RCMC, employer, plot, NOC, registration, policy, proposal, cover note,
account, K number, telephone, connection and consumer numbers, e-Rawanna and dharam kanta slip numbers,
Pehchan cards, square feet, tonnes, pieces, dozens, rates, breakage, short measurement, polish rejection and
cash discount cuts, GST-TDS and TDS, advances, udhaar recoveries, spoilt pieces, royalty, DMFT and SMET
lines, GST lines, rupee values on the wires, conversion rates, intermediary banks, sums insured, limits,
turnovers, wages and lives declared, balances, due days, bill days, bill periods, contribution months, risk
days, shipping bill days, GSTIN, IFSC, UETR, the remitter's references, merchant and terminal IDs, batch and
STAN numbers, token, folio and pump numbers, makers and authorisers and the payer's own details carry no fact.
``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method``
heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``,
``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's;
``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top``
heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's; ``Screen`` heldout113's;
``num`` heldout82's; ``compose`` is heldout158's (as heldout247's).
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

COMPANY = "Nooriya Makrana Marble Pvt Ltd"
COMPANY_CAPS = "NOORIYA MAKRANA MARBLE PVT LTD"
SHORT = "Nooriya Marble"
QUARRY = "Nooriya Ulodi Quarry"
SLABS = "Nooriya Gangsaw & Slab Works"
KARKHANA = "Nooriya Parchinkari Karkhana"
SHOWROOM = "Nooriya Marble Art Emporium"
# unit, address, GST state code
UNITS = {
    "quarry": (
        "Marble quarry - mining lease, Ulodi belt",
        "Khasra 418, Ulodi, Makrana - 341505, Distt. Didwana-Kuchaman, Rajasthan",
        "08",
    ),
    "slabs": (
        "Gangsaw, epoxy and polishing line",
        "G1-27, RIICO Industrial Area, Makrana - 341505, Rajasthan",
        "08",
    ),
    "karkhana": (
        "Marble inlay (parchinkari) workshop",
        "Ward 14, Silawaton ka Mohalla, Makrana - 341505, Rajasthan",
        "08",
    ),
    "showroom": (
        "Marble art and inlay showroom",
        "Station Road, opp. Bus Stand, Makrana - 341505, Rajasthan",
        "08",
    ),
}
PATS_IN = [
    "%d-%m-%Y",
    "%d/%m/%Y",
    "{d}.{m}.%Y",
    "%d %b, %Y",
    "{d}/{m}/%y",
    "%d-%b-%Y",
    "{d} %B %Y",
    "%d.%m.%y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d%b%Y", "%B {d}, %Y", "%d.%m.%Y"]
BANKS = [
    "Bank of Baroda",
    "Punjab National Bank",
    "State Bank of India",
    "Union Bank of India",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "HDFC Bank",
    "Yes Bank",
    "IndusInd Bank",
    "Rajasthan Gramin Bank",
    "The Nagaur Central Co-operative Bank",
]
IFSC = {
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "HDFC Bank": "HDFC",
    "Yes Bank": "YESB",
    "IndusInd Bank": "INDB",
    "Rajasthan Gramin Bank": "RGBK",
    "The Nagaur Central Co-operative Bank": "NCCB",
}
DOMAINS = {
    "Bank of Baroda": "bankofbaroda.bank.in",
    "Punjab National Bank": "pnb.bank.in",
    "State Bank of India": "sbi.bank.in",
    "Union Bank of India": "unionbankofindia.bank.in",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "HDFC Bank": "hdfcbank.com",
    "Yes Bank": "yesbank.in",
    "IndusInd Bank": "indusind.com",
}
# what the house sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "inlay": ("Marble inlay table top 24 in round - lapis and malachite (HSN 6802)", "pc", 6500, 38000, 5),
    "idol": ("Makrana white marble murti 36 in with chowki (HSN 6802)", "pc", 42000, 160000, 5),
    "slab": ("Polished Makrana white marble slabs 18 mm (HSN 6802)", "sq ft", 145, 390, 18),
    "slurry": ("Marble cutting slurry - wet, from the settling pit (HSN 2517)", "t", 90, 240, 5),
    "khanda": ("Marble rubble (khanda) - quarry waste, loose (HSN 2517)", "t", 380, 900, 5),
    "blocks": ("Raw marble blocks - Doongri white, dressed (HSN 2515)", "t", 5200, 14500, 5),
}


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
    return f"AAF{rng.choice('CF')}N{digits(rng, 4)}{rng.choice(UPPER)}"


def fit_name(p: Screen, kind: str, names: list[str]) -> str:
    """One of ``names`` that fits a row of ``kind`` on this page (the last, the shortest, where none does)."""
    name = p.rng.choice(names)
    return name if fits(p, kind, name) else names[-1]


def paper_rs(rng: random.Random, font: str, marks: tuple[str, ...]):
    """Rupees as a Makrana bill book prints them: the page's mark and grouping, and on some pages whole sums
    with /- after them (Rs. 45,600/-), the sums with paise as they are."""
    rs = money(rng, font, 0.0, marks=marks)
    slash = rng.random() < 0.45

    def show(value: float) -> str:
        if slash and abs(value - round(value)) < 1e-9:
            return f"{rs.mark}{rs.gap}{num(round(value), rs.grouping, 0)}/-"
        return rs(value)

    return show


# ---------------------------------------------------------------- 1. buyers: UPI, the web shop


SHOP_APPS = ["BHIM", "PhonePe", "CCAvenue", "Google Pay", "Paytm", "PayU", "bob World", "Amazon Pay"]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Inlay coasters set of 6",
        "Ganesh ji murti 9 inch",
        "Marble jaali lamp",
        "Tealight holders x 4",
        "Inlay jewellery box",
    ],
    [
        "Table top 36 in - advance",
        "Mandir 4 ft - booking",
        "Jharokha pair for haveli",
        "Hotel lobby inlay panel",
        "Jaali screen - balance",
    ],
)
PAYERS_UPI = [
    "Kailash Chand Agarwal",
    "Shagufta Parveen",
    "Hotel Marudhar Heritage",
    "Vikram Singh Shekhawat",
    "Anjali Sethia",
    "Shree Karni Mata Mandir Samiti",
    "Imran Khan Gauri",
    "Pooja Kanwar",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Mr. Rohit Khandelwal, Surat", "Inlay table top 24 in round, lapis border x 1", 6800, 28000),
    (
        "Hotel Lake Pichola Retreat, Udaipur",
        "Advance - 4 inlay panels for the lobby, 3 x 5 ft",
        48000,
        140000,
    ),
    ("Mrs. Meera Raghavan, Chennai", "Makrana marble Radha Krishna murti 18 in", 14000, 42000),
    ("Ms. Tanvi Joshi, Pune", "Inlay coasters (6) and tray - malachite", 2200, 6400),
]
SHOP_UPI_LABELS = {
    "BHIM": ["UPI Ref. No.", "RRN No."],
    "PhonePe": ["UTR", "UPI Ref"],
    "Google Pay": ["UPI transaction ID", "UPI Ref. No."],
    "Paytm": ["UPI Ref No", "RRN"],
    "bob World": ["UPI RRN", "UTR No."],
    "Amazon Pay": ["Bank reference ID", "UPI reference No."],
}
OWN_IDS = {
    "BHIM": "BHIM txn ID",
    "PhonePe": "Transaction ID",
    "Google Pay": "Google transaction ID",
    "Paytm": "Paytm txn ID",
    "bob World": "bob World txn ID",
    "Amazon Pay": "Amazon Pay txn ID",
}


def own_id(rng: random.Random, app: str, j: Job) -> str:
    """The app's own id for the payment (its own shape for each app)."""
    if app == "Google Pay":
        return f"CICAgI{code(rng, 12, MIXED)}"
    if app == "Amazon Pay":
        return f"P02-{digits(rng, 7)}-{digits(rng, 7)}"
    if app == "bob World":
        return f"BW{j.date:%y%m%d}{digits(rng, 11)}"
    if app == "PhonePe":
        return f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
    if app == "BHIM":
        return f"BHM{code(rng, 4, UPPER)}{digits(rng, 12)}"
    return digits(rng, 20)


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The showroom's web shop page on CCAvenue or PayU after a buyer paid (the payee on top, a Transaction
    receipt line, the buyer and the order first or the outcome first, the sum large or in a Transaction amount
    / Amount charged row, the day under the sum or among the references)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY, SHORT])
    if app == "CCAvenue":
        url = "secure.ccavenue.com/transaction/receipt" + ("" if j.no_ref else f"?tid={digits(rng, 12)}")
    else:
        url = "secure.payu.in/receipt" + ("" if j.no_ref else f"/{code(rng, 16, HEXA)}")
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add("small", rng.choice(["Transaction receipt", "Payment receipt - online order"]))
    p.add("small", "Station Road, Makrana  |  www.nooriyamarble.in")
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Transaction successful - order confirmed",
            "Payment received - we will call you before dispatch",
            "Success - your receipt is on its way by e-mail",
        ]
    }
    big = rng.random() < 0.55

    def sum_row() -> None:
        if big:
            p.add("big", rs(j.amount), amount=j.amount)
        else:
            p.pair(rng.choice(["Transaction amount", "Amount charged"]), rs(j.amount), amount=j.amount)

    labels = ["Transaction date", "Paid at", "Date / time"]
    buyer_first = rng.random() < 0.4
    if buyer_first:
        wrap_pair(p, rng.choice(["Buyer's name", "Ship to"]), who)
        wrap_pair(p, rng.choice(["Item(s)", "Order description"]), what)
        p.add("rule")
    outcome_row(p, status, words)
    sum_row()
    day_here = rng.random() < 0.5
    if day_here:
        date_row(p, j, labels, hour=True)
    if not buyer_first:
        wrap_pair(p, rng.choice(["Buyer's name", "Ship to"]), who)
        wrap_pair(p, rng.choice(["Item(s)", "Order description"]), what)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": rng.choice(["UPI", "UPI (QR / intent)"]),
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:4])}",
    }[way]
    wrap_pair(p, rng.choice(["Payment option", "Pay mode"]), shown, method=way)
    if not j.no_ref:
        if app == "CCAvenue":
            tid = digits(rng, 12)
            p.pair("CCAvenue reference No.", tid, txn=(TXN_RANK, tid))
            oid = f"NMA{j.date:%y%m}{digits(rng, 5)}"
            p.pair("Order No.", oid, txn=(ORDER_RANK, oid))
        else:
            tid = digits(rng, 11)
            p.pair("PayU ID", tid, txn=(TXN_RANK, tid))
            oid = f"NMM-{digits(rng, 8)}"
            p.pair("Merchant order No.", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UPI RRN" if app == "CCAvenue" else "Bank ref. No. (UTR)", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth ID" if app == "CCAvenue" else "Auth code", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_here:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        "Secured by CCAvenue  |  Infibeam Avenues Ltd"
        if app == "CCAvenue"
        else "Payments by PayU  |  PayU Payments Pvt Ltd",
    )
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Hotel buyers, temple committees, tourists and families paying the showroom or the company: six UPI app
    screens (BHIM, PhonePe, Google Pay, Paytm, bob World, Amazon Pay: the status, the sum and the payee block
    in one of four orders; the showroom, its capitals, the company's capitals or its short name under Payment
    received by / Money transferred to / Paid to store / You paid to / Paying merchant / Payment in progress to,
    its UPI ID, a Legal name / Registered as line on some, the sum large; the day and the hour with no label
    under the app's name on some, else Paid at / Debited at / Transaction on / Tried at / Initiated on first
    under the rule or after the references; Message / Purpose / Note, Payer (the payer) on some, Paid from /
    Account, UPI Ref. No. / RRN No. / UTR / UPI Ref / UPI transaction ID / UPI Ref No / RRN / UPI RRN / UTR No.
    / Bank reference ID / UPI reference No., the app's own BHIM txn ID / Transaction ID / Google transaction ID
    / Paytm txn ID / bob World txn ID / Amazon Pay txn ID on some; Payment done - money received by the store /
    Successful - merchant has been paid / Done / Processing - your bank has not confirmed yet, do not pay again
    / Failed - payment limit exceeded for today at your bank) and the web shop's two payment pages (CCAvenue,
    PayU: the showroom or the company on top with a Transaction receipt / Payment receipt - online order line,
    the buyer and the order above the outcome or under the sum, the sum large or in a Transaction amount /
    Amount charged row under the outcome, Transaction date / Paid at / Date / time under the sum or after the
    references, Buyer's name / Ship to, Item(s) / Order description, Payment option / Pay mode UPI, card or net
    banking, CCAvenue reference No. / PayU ID, Order No. / Merchant order No., UPI RRN / Bank ref. No. (UTR),
    Auth ID / Auth code or Bank ref. No.; Transaction successful - order confirmed / Payment received - we will
    call you before dispatch / Success - your receipt is on its way by e-mail)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=900, high=92000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("CCAvenue", "PayU"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    bank_handle = rng.choice(["barodampay", "pnb", "icici", "ybl", "axl"])
    handle = f"nooriyamarble{rng.choice(['', '.mkn', '41'])}@{bank_handle}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    day_head = rng.random() < 0.35 and not j.no_day
    if day_head:
        text = when(j.date, rng.choice(["{d} %b %Y", "%a, {d} %b %Y", "%d/%m/%Y"]))
        p.add("small", f"{text} at {hhmm(rng, lower=rng.random() < 0.5)}", date=j.date)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Payment done - money received by the store",
            "Successful - merchant has been paid",
            "Done",
        ],
        "pending": ["Processing - your bank has not confirmed yet, do not pay again"],
        "failed": ["Failed - payment limit exceeded for today at your bank"],
    }

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Payment received by", "Money transferred to", "Paid to store", "You paid to"]
                if status == "success"
                else ["Paying merchant", "Payment in progress to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Legal name', 'Registered as'])}: {COMPANY_CAPS}")

    order = rng.randrange(4)
    if order == 0:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
        payee_block()
    elif order == 1:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    elif order == 2:
        outcome_row(p, status, words)
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        payee_block()
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    day_labels = (
        ["Paid at", "Debited at", "Transaction on"] if status == "success" else ["Tried at", "Initiated on"]
    )
    day_first = rng.random() < 0.5
    if day_first and not day_head:
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Message", "Purpose", "Note"]), rng.choice(SHOP_NOTES[j.amount >= 12000]))
    if rng.random() < 0.55:
        wrap_pair(p, "Payer", PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)])
    source = {"bob World": "Bank of Baroda"}.get(app) or rng.choice(BANKS[:10])
    p.pair(rng.choice(["Paid from", "Account"]), f"{source} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            own = own_id(rng, app, j)
            wrap_pair(p, OWN_IDS[app], own, txn=(TXN_RANK, own))
    if not day_first and not day_head:
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Powered by UPI  |  NPCI", "Report a problem with this payment", "Share  |  Download"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. builders', dealers' and RAJSICO's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Aravali Infra Developers Pvt Ltd",
        "payables@aravaliinfra.in",
        "Sector 44, Gurugram",
        "slab",
        "portal",
    ),
    (
        "Rajasthan Small Industries Corporation Ltd",
        "purchase.rajasthali@rajsico.in",
        "Rajasthali, M I Road, Jaipur",
        "craft",
        "paper",
    ),
    ("Sompura Temple Builders", "sompuratemplebuilders@gmail.com", "Paldi, Ahmedabad", "idol", "mail"),
    (
        "Banjara Hills Stone Gallery LLP",
        "accounts@bhstonegallery.in",
        "Road No. 12, Banjara Hills, Hyderabad",
        "slab",
        "portal",
    ),
    ("Malwa Marble Traders", "malwamarble.indore@gmail.com", "Dewas Naka, Indore", "slab", "mail"),
    (
        "Colaba Hospitality Interiors Pvt Ltd",
        "vendorpay@colabainteriors.in",
        "Colaba, Mumbai",
        "craft",
        "paper",
    ),
    (
        "Whitefield Villa Developers Pvt Ltd",
        "ap@whitefieldvillas.in",
        "Whitefield, Bengaluru",
        "slab",
        "portal",
    ),
    (
        "Hazratganj Handicraft Bazaar",
        "hazratganjhandicraft@gmail.com",
        "Hazratganj, Lucknow",
        "craft",
        "mail",
    ),
]
DEALER_GOODS = {
    "slab": ("sq ft", 150, 380, 18),
    "craft": ("pcs", 900, 7400, 5),
    "idol": ("pcs", 38000, 120000, 5),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Builders in Gurugram and Bengaluru, stone dealers in Hyderabad and Indore, a temple builder in Ahmedabad,
    a Mumbai interior firm, a Lucknow handicraft shop and the Rajasthan Small Industries Corporation (its
    Rajasthali emporium) paying for the slabs by the square foot, the inlay pieces and the murtis the house
    sent them: a letter e-mail (Dear Sir / Madam, ...), a printed REMITTANCE ADVICE - MARBLE AND STONE
    PURCHASES / Payment intimation to vendor / VENDOR PAYMENT ADVICE (SLABS AND HANDICRAFTS) and a vendor
    portal page (the payer on top with its desk line; Vendor code, Work order No. and Stock entry No. (RAJSICO's
    Supply order No. and Stock entry No.) first, then Vendor / Paid to vendor / Name of payee / Remittance in
    favour of / Beneficiary vendor the company, at the head of the body or of the payment block; the status
    under the heading or at the end of the payment block; Bills cleared / Invoices paid in this remittance /
    Bills under this advice, the bills with their square feet or pieces and sums (dated ... on some), Gross
    bills / Bills passed, Less: TDS u/s 194Q @ 0.1% (RAJSICO's Less: TDS under GST - CGST @ 1% and SGST @ 1%),
    Less: Breakage in transit - n slabs / Less: Short measurement - n sq ft / Less: Polish rejection - n sq ft
    @ rate / Less: Cash discount @ 2% on some, above or below the payment block: Net payment released / Amount
    paid (net) / Net remitted to vendor (Amount held back on the hold, Payment returned by bank / Amount bounced
    back on the return), Paid by / Transfer mode NEFT / RTGS / IMPS, Vendor bank account, UTR (NEFT) / NEFT
    UTR / UTR (RTGS) / RTGS UTR / IMPS ref. (RRN), Payment voucher No. / Advice No. / Document No., Payment date
    / Remittance date / Paid on / Held on / Hold date / Returned on / Date of return; Status: Paid - credited
    to your bank account / Remittance completed / Payment on hold - goods under inspection at our site /
    Returned by beneficiary bank - account name mismatch)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rajsico = buyer.startswith("Rajasthan Small")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[:2])} Accounts <{mail}>",
            [
                "Payment released - Nooriya Marble",
                "Remittance against your bills",
                f"Payment intimation - {SHORT}",
            ]
            if status == "success"
            else ["Remittance against your bills", "Regarding your payment - Nooriya Marble"],
        )
    elif frame == "portal":
        tail = "view" if j.no_ref else digits(rng, 8)
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/advice/{tail}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    name = buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer
    top(p, fit_name(p, "title", [name, buyer]))
    section = (
        "Purchase Section" if rajsico else rng.choice(["Accounts Payable", "Vendor Payments", "Finance"])
    )
    p.add("small", f"{section}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "REMITTANCE ADVICE - MARBLE AND STONE PURCHASES",
                "Payment intimation to vendor",
                "VENDOR PAYMENT ADVICE (SLABS AND HANDICRAFTS)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if frame == "mail":
        p.add("left", "Dear Sir / Madam,")
        p.add(
            "left",
            "Please find below the details of our payment against your bills."
            if status == "success"
            else "Please note the position of our payment against your bills.",
        )
    words = {
        "success": ["Status: Paid - credited to your bank account", "Remittance completed"],
        "pending": ["Payment on hold - goods under inspection at our site"],
        "failed": ["Returned by beneficiary bank - account name mismatch"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    payee = ours(rng)
    if rajsico:
        p.pair("Supply order No.", f"RSIC/RJS/{rng.randrange(10, 99)}/{digits(rng, 4)}")
        p.pair("Stock entry No.", f"SE/JPR/{digits(rng, 5)}")
    else:
        p.pair("Vendor code", f"{rng.choice(['V', 'VEN', 'MKN'])}{digits(rng, 5)}")
        p.pair("Work order No.", f"WO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.5:
            p.pair("Stock entry No.", f"SE{digits(rng, 7)}")
    labels = ["Vendor", "Paid to vendor", "Name of payee", "Remittance in favour of"] + (
        ["Beneficiary vendor"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi, gst = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    dated = rng.random() < 0.5 and not j.no_day
    bill_pat = rng.choice(["%d.%m.%Y", "%d/%m/%y", "%d-%b-%Y"])
    for _ in range(rng.randrange(1, 4)):
        if kind == "slab":
            qty = rng.randrange(400, 6000, 5)
        elif kind == "craft":
            qty = rng.randrange(6, 80)
        else:
            qty = rng.randrange(1, 4)
        each = float(rng.randrange(lo, hi, 5 if kind == "slab" else 100))
        value = round(qty * each * (1 + gst / 100), 2)
        gross += value
        bill = f"NMM/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dated {when(earlier(rng, j, 8, 55), bill_pat)}"
        shown = "pc" if unit == "pcs" and qty == 1 else unit
        bills.append((f"{bill}  {qty:,} {shown}", rs(value)))
    gross = round(gross, 2)
    base = gross / (1 + gst / 100)
    if rajsico:
        half = round(base * 0.01, 2)
        tds_rows = [("Less: TDS under GST - CGST @ 1%", half), ("Less: TDS under GST - SGST @ 1%", half)]
    else:
        tds_rows = [("Less: TDS u/s 194Q @ 0.1%", round(base * 0.001, 2))]
    tds = round(sum(value for _, value in tds_rows), 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25 and kind == "slab":
        bad = rng.randrange(1, 6)
        cut = round(bad * rng.randrange(28, 44) * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Breakage in transit - {bad} slabs", rs(cut)))
    elif pick < 0.45 and kind == "slab":
        short = rng.randrange(12, 90)
        cut = round(short * each * (1 + gst / 100), 2)
        cuts.append((f"Less: Short measurement - {short} sq ft", rs(cut)))
    elif pick < 0.6 and kind == "slab":
        bad = rng.randrange(20, 160)
        per = float(rng.choice([15, 20, 25]))
        cut = bad * per
        cuts.append((f"Less: Polish rejection - {bad} sq ft @ {per:,.2f}", rs(cut)))
    elif pick < 0.8 and not rajsico:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Cash discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Bills cleared", "Invoices paid in this remittance", "Bills under this advice"]
                if status == "success"
                else ["Bills under this advice"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Gross bills", "Bills passed"]), rs(gross))
        for label, value in tds_rows:
            p.pair(label, rs(value))
        for label, value in cuts:
            wrap_pair(p, label, value)

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment", "Remittance particulars"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net payment released", "Amount paid (net)", "Net remitted to vendor"],
            "pending": ["Amount held back"],
            "failed": ["Payment returned by bank", "Amount bounced back"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Paid by", "Transfer mode"]), way, method="netbanking")
        wrap_pair(p, "Vendor bank account", account(rng, [BANKS[0], BANKS[1], BANKS[11]]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[4:10]), way)
                lab = {
                    "IMPS": ["IMPS ref. (RRN)"],
                    "RTGS": ["UTR (RTGS)", "RTGS UTR"],
                    "NEFT": ["UTR (NEFT)", "NEFT UTR"],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PV', 'ADV', '27'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment voucher No.", "Advice No.", "Document No."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Payment date", "Remittance date", "Paid on"],
                "pending": ["Held on", "Hold date"],
                "failed": ["Returned on", "Date of return"],
            }[status],
            PATS_IN,
        )
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
        "A Government of Rajasthan undertaking. TDS under GST is deposited by the 10th of the next month."
        if rajsico
        else "This advice is system generated and needs no signature. Report any difference within 7 days.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Al Noor Marble & Granite LLC",
        "Al Quoz, Dubai, United Arab Emirates",
        "AED",
        "Emirates NBD Bank PJSC",
        9000,
        160000,
    ),
    (
        "Riyadh Stone Decor Est.",
        "Al Olaya, Riyadh, Saudi Arabia",
        "SAR",
        "Al Rajhi Banking and Investment Corporation",
        8000,
        150000,
    ),
    ("Pearl Interiors WLL", "West Bay, Doha, Qatar", "QAR", "Qatar National Bank (Q.P.S.C.)", 8000, 140000),
    (
        "Taj Inlay Imports Ltd",
        "Belgrave Road, Leicester, United Kingdom",
        "GBP",
        "HSBC UK Bank plc",
        1500,
        30000,
    ),
    ("Pietra Dura Gallery Inc.", "Madison Avenue, New York, USA", "USD", "Citibank N.A.", 2000, 42000),
    ("Lion City Stone Pte Ltd", "Kaki Bukit, Singapore", "SGD", "DBS Bank Ltd", 2500, 56000),
    ("Marmor Kunst AG", "Zurich, Switzerland", "CHF", "UBS Switzerland AG", 2000, 38000),
    (
        "KL Marble House Sdn Bhd",
        "Jalan Ipoh, Kuala Lumpur, Malaysia",
        "MYR",
        "Malayan Banking Berhad (Maybank)",
        8000,
        170000,
    ),
]
WIRE_BANKS = [
    ("ICICI Bank", "browser"),
    ("State Bank of India", "paper"),
    ("Axis Bank", "mail"),
    ("Bank of Baroda", "browser"),
    ("HDFC Bank", "paper"),
    ("Yes Bank", "mail"),
    ("Kotak Mahindra Bank", "browser"),
    ("Punjab National Bank", "paper"),
]
WIRE_RATES = {
    "AED": (23.6, 24.7),
    "SAR": (23.1, 24.2),
    "QAR": (23.8, 24.9),
    "GBP": (110.5, 118.2),
    "USD": (86.4, 90.9),
    "SGD": (65.2, 70.4),
    "CHF": (100.8, 108.6),
    "MYR": (19.4, 21.1),
}
INTERMEDIARY = {
    "AED": "Citibank N.A., New York",
    "SAR": "JPMorgan Chase Bank N.A., New York",
    "QAR": "Standard Chartered Bank, New York",
    "USD": "The Bank of New York Mellon, New York",
    "SGD": "Oversea-Chinese Banking Corporation Ltd, Singapore",
    "CHF": "Credit Suisse (Schweiz) AG, Zurich",
}
SHIPPED = [
    "Marble inlay table tops and panels (HSN 6802)",
    "Polished Makrana white marble slabs (HSN 6802)",
    "Marble handicrafts - boxes, plates and coasters (HSN 6802)",
    "Carved marble murtis and jaalis, 6 wooden crates by sea",
    "Marble inlay art pieces - 3 crates by air (HSN 6802)",
]


def swiss(value: float) -> str:
    """Swiss francs with apostrophes between the thousands (12'450.00)."""
    return f"{value:,.2f}".replace(",", "'")


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; the code before or after the
    sum for dirhams; SAR / SR, QAR / QR, SGD / S$ and MYR / RM before it; Swiss francs with apostrophes between
    the thousands on some, the code before or after the sum."""
    if cur in ("USD", "GBP"):
        return fx(rng, font, cur)
    if cur == "AED":
        after = rng.random() < 0.4

        def show_aed(value: float) -> str:
            return f"{value:,.2f} AED" if after else f"AED {value:,.2f}"

        return show_aed
    if cur == "CHF":
        apostrophe = rng.random() < 0.65
        after = rng.random() < 0.35

        def show_chf(value: float) -> str:
            body = swiss(value) if apostrophe else f"{value:,.2f}"
            return f"{body} CHF" if after else f"CHF {body}"

        return show_chf
    mark = rng.choice(
        {"SAR": ["SAR ", "SR "], "QAR": ["QAR ", "QR "], "SGD": ["SGD ", "S$"], "MYR": ["MYR ", "RM "]}[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Marble importers in Dubai, Riyadh, Doha, Leicester, New York, Singapore, Zurich and Kuala Lumpur paying
    for the inlay table tops, slabs, handicrafts and murtis: the banks' inward remittance advices (browser,
    e-mail, printed INWARD REMITTANCE ADVICE - EXPORT PROCEEDS / Foreign inward remittance - credit to exporter
    / Advice of foreign inward remittance (FIRA): the bank on top with its trade desk; the status under the
    heading on some, at the foot on the rest; Date of credit / Realisation date / Value date / Funds received
    on / Parked since / Date of return / Returned to remitter on first or after the sums, or the day and the
    sum on one Value date / currency / amount (32A) row on some credited ones; the remitter's block (Remitting
    customer / Importer / remitter, Remitting bank (field 52A) / Correspondent of remitter, Intermediary bank
    (56A) on some) above or below the beneficiary's (Beneficiary (exporter) / Credit to exporter / Beneficiary
    account holder / Beneficiary name (field 59) the company, Beneficiary A/c, IEC); Foreign currency amount
    received / Remitted amount (FCY) / Amount (field 32A) in dirhams, riyals, Qatari riyals, pounds, US
    dollars, Singapore dollars, Swiss francs or ringgit (Swiss francs with apostrophes on some), Charges borne
    by, Rate applied (indicative on the parked one), Rupee equivalent, Less: Bank charges incl. GST and Amount
    credited (INR) on the credited ones, Purpose code, Goods, Export invoice No., Shipping bill No. and date,
    Channel, Remitter's ref. (field 20), IRM No. / FIRA No. / Inward ref., UETR; Credited to exporter's account
    - IRM reported to EDPMS / Status: Realised - proceeds credited / Awaiting KYC of the remitter - funds
    parked, not credited / Returned to remitter - beneficiary account details incomplete)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
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
            f"{bank} Trade Services <tradeservices@{slug(bank)}>",
            [
                "Export proceeds credited to your account",
                "Foreign inward remittance advice",
                "FIRA - inward remittance received",
            ],
        )
    elif frame == "browser":
        tail = "advice" if j.no_ref else code(rng, 10, ALNUM)
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward/fira/{tail}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Trade Finance Desk, Station Road Branch, Makrana",
                "International Banking Division, Ajmer",
                "Global Trade Services Centre, Jaipur",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE - EXPORT PROCEEDS",
                "Foreign inward remittance - credit to exporter",
                "Advice of foreign inward remittance (FIRA)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Credited to exporter's account - IRM reported to EDPMS",
            "Status: Realised - proceeds credited",
        ],
        "pending": ["Awaiting KYC of the remitter - funds parked, not credited"],
        "failed": ["Returned to remitter - beneficiary account details incomplete"],
    }
    status_top = rng.random() < 0.5
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Date of credit", "Realisation date", "Value date"],
        "pending": ["Funds received on", "Parked since"],
        "failed": ["Date of return", "Returned to remitter on"],
    }[status]
    one_row = status == "success" and not j.no_day and rng.random() < 0.35
    day_first = rng.random() < 0.5 and not one_row
    if day_first:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Remitting customer", "Importer / remitter"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Remitting bank (field 52A)", "Correspondent of remitter"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary bank (56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Beneficiary (exporter)",
                    "Credit to exporter",
                    "Beneficiary account holder",
                    "Beneficiary name (field 59)",
                ]
            ),
            me,
            merchant=me,
        )
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['EEFC', 'CA'])})")
        p.pair("IEC", iec(rng))

    if rng.random() < 0.5:
        remitter_block()
        p.add("rule")
        beneficiary_block()
    else:
        beneficiary_block()
        p.add("rule")
        remitter_block()
    if one_row:
        day = when_in(j, ["%d-%b-%Y", "%d %b %Y", "%d/%m/%Y"], rng)
        p.pair(
            "Value date / currency / amount (32A)",
            f"{day}  {show(j.amount)}",
            amount=j.amount,
            cur=cur,
            date=j.date,
        )
    else:
        p.pair(
            rng.choice(["Foreign currency amount received", "Remitted amount (FCY)", "Amount (field 32A)"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
    p.pair("Charges borne by", rng.choice(["BEN", "SHA", "OUR"]))
    if status != "failed":
        per = f"1 {cur} = INR {rate}"
        p.pair("Rate applied", per if status == "success" else f"{per} (indicative)")
    if status == "success":
        inr = round(j.amount * rate, 2)
        p.pair("Rupee equivalent", f"INR {inr:,.2f}")
        chg = round(float(rng.choice([300, 500, 800, 1200])) * 1.18, 2)
        p.pair("Less: Bank charges incl. GST", f"INR {chg:,.2f}")
        p.pair("Amount credited (INR)", f"{inr - chg:,.2f}")
    advance = rng.random() < 0.3
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"NMM/EXP/{rng.randrange(1, 160):03d}/{fy(j.date)}")
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 14, 80), rng.choice(WIRE_PATS)))
    p.pair("Channel", rng.choice(["SWIFT MT103", "SWIFT gpi - MT103"]), method="netbanking")
    p.pair("Remitter's ref. (field 20)", f"{code(rng, 3, UPPER)}{digits(rng, 11)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIRA', 'INW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM No.", "FIRA No.", "Inward ref."]), ref, txn=(BANK_RANK, ref))
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if not day_first and not one_row:
        day_pair(p, j, day_labels, WIRE_PATS, upper=rng.random() < 0.3)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "Settle the IRM against your shipping bill on EDPMS within the period FEMA allows."
        if status == "success"
        else "Write to the trade desk quoting the references above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. showroom, slab works, quarry, accounts


# the party, the way it paid, the unit (showroom, slabs, quarry, or the accounts desk's mail), the goods
SALES = [
    ("Mr. Jonathan Reed, Hotel Pal Haveli, Jodhpur", "card", "showroom", "inlay"),
    ("M/s Shiv Shakti Builders, Vaishali Nagar, Jaipur", "NEFT", "slabs", "slab"),
    ("Shri Kaleshwar Mahadev Mandir Nirman Samiti, Nawa City", "cheque", "showroom", "idol"),
    ("Hanuman Grit & Chips Udyog, Borawar", "cash", "quarry", "khanda"),
    ("Jai Mataji Marble Gangsaw, Kishangarh", "cheque", "quarry", "blocks"),
    ("Mrs. Farzana Qureshi, Nagaur", "UPI", "showroom", "inlay"),
    ("Didwana Slurry Bricks, Ladnun Road", "UPI", "slabs", "slurry"),
    ("Ms. Nandini Rao, Jubilee Hills, Hyderabad", "NEFT", "mail", "inlay"),
]
SALE_HEADS = {
    "showroom": ["TAX INVOICE - MARBLE INLAY HANDICRAFTS", "RETAIL BILL - PARCHINKARI ART"],
    "slab": ["SLAB SALE BILL - POLISHED MARBLE (BY SQ FT)", "DELIVERY CHALLAN CUM BILL - SLABS"],
    "slurry": ["SLURRY LIFTING RECEIPT - BY TONNE", "CUTTING WASTE SALE MEMO"],
    "khanda": ["KHANDA (RUBBLE) SALE RECEIPT - BY TONNE", "MINERAL SALE MEMO - QUARRY RUBBLE"],
    "blocks": ["BLOCK SALE BILL - RAW MARBLE (BY TONNE)", "RAWANNA CUM SALE BILL - MARBLE BLOCKS"],
}
SEALS = {
    "showroom": ("NOORIYA ART EMPORIUM", "STATION ROAD, MAKRANA"),
    "slabs": ("NOORIYA GANGSAW", "RIICO, MAKRANA"),
    "quarry": ("NOORIYA ULODI QUARRY", "ULODI, MAKRANA"),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's TAX INVOICE - MARBLE INLAY HANDICRAFTS / RETAIL BILL - PARCHINKARI ART to a tourist staying
    at a Jodhpur hotel, a Nawa temple committee and a Nagaur family, the slab works' SLAB SALE BILL - POLISHED
    MARBLE (BY SQ FT) / DELIVERY CHALLAN CUM BILL - SLABS to a Jaipur builder and SLURRY LIFTING RECEIPT - BY
    TONNE / CUTTING WASTE SALE MEMO to a Ladnun Road brick maker, the quarry's KHANDA (RUBBLE) SALE RECEIPT -
    BY TONNE / MINERAL SALE MEMO - QUARRY RUBBLE to a Borawar grit crusher and BLOCK SALE BILL - RAW MARBLE (BY
    TONNE) / RAWANNA CUM SALE BILL - MARBLE BLOCKS to a Kishangarh gangsaw (paper: the showroom, the works, the
    quarry or the company on top with its "A unit of" line, address and GSTIN; Retail bill No. / Art bill No. /
    Challan cum bill No. / Slab bill No. / Lifting receipt No. / Waste memo No. / Rubble bill No. / Mineral sale
    memo No. / Block bill No. and Bill date / Date of sale / Dt. / Date in either order, then Buyer / Party name
    / Name of purchaser, the pieces, square feet or tonnes x rate (the blocks' numbers and sizes), Less:
    Showroom discount @ 8% on some of the showroom's, CGST and SGST or IGST, Round off, Bill total / Net
    amount / Order value, Cash recd. / Amount received in cash / Received via UPI (QR) / UPI collection / Card
    swipe amount / Charged to card / Cheque amount / Received by cheque / Received by NEFT / NEFT credit
    received, the sum in words under it, the sums with /- after them on some, Payment mode / Recd. by, UPI
    Ref. No. / UPI RRN / UTR / NEFT UTR No. / Approval code / Auth code, Cheque No. and bank, Cheque dated,
    the quarry's e-Rawanna No., Dharam kanta slip No. and Vehicle No.; RECEIVED WITH THANKS / PAID / PAID -
    PACKED IN WOODEN CRATE FOR THE BUYER / PAID - SLABS LOADED ON BUYER'S TRUCK / PAID - SLURRY LIFTED FROM
    THE PIT / PAID - RUBBLE LOADED, RAWANNA ISSUED / CHEQUE DEPOSITED - MURTI HELD TILL CLEARANCE / CHEQUE
    DISHONOURED - FUNDS INSUFFICIENT, BILL CANCELLED, the rubber stamp, For <unit> - Authorised signatory /
    Cashier's signature, Receiver's signature) and the accounts desk's Payment received - thank you e-mail to a
    Hyderabad buyer (Payment receipt No. / Ack. ref., Amount received on / Date of receipt, IGST, Order value,
    Advance received against order / Booking advance with the Balance due on completion of the inlay, UTR /
    NEFT UTR No.; ADVANCE RECEIVED - INLAY WORK STARTED ON YOUR TABLE TOP)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    party, way, unit, kind = SALES[k]
    marks = ("Rs.", "\u20b9", "Rs", "")
    rs = money(rng, font, 0.0, marks=marks) if unit == "mail" else paper_rs(rng, font, marks)
    name = {"showroom": SHOWROOM, "slabs": SLABS, "quarry": QUARRY, "mail": COMPANY}[unit]
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@nooriyamarble.in>",
            [
                "Payment received - Nooriya Marble, Makrana",
                "Your advance has reached us",
                "Receipt - Nooriya Makrana Marble",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Makrana marble and inlay since 1962  |  Accounts desk")
        p.add("center", "Payment received - thank you")
        p.add("rule")
        p.part = "body"
    else:
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - Makrana marble",
            where[1],
            where[2],
            SALE_HEADS["showroom" if unit == "showroom" else kind],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "showroom": ["NMA", "SR"],
            "slabs": ["NGS", "SLB"],
            "quarry": ["NUQ", "QRY"],
            "mail": ["NMM", "RCP"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        labels = {
            "mail": ["Payment receipt No.", "Ack. ref."],
            "showroom": ["Retail bill No.", "Art bill No."],
            "slab": ["Challan cum bill No.", "Slab bill No."],
            "slurry": ["Lifting receipt No.", "Waste memo No."],
            "khanda": ["Rubble bill No.", "Mineral sale memo No."],
            "blocks": ["Block bill No.", "Mineral sale memo No."],
        }["mail" if unit == "mail" else "showroom" if unit == "showroom" else kind]
        p.pair(rng.choice(labels), rno, txn=(INVOICE_RANK, rno))

    day_labels = (
        ["Amount received on", "Date of receipt"]
        if unit == "mail"
        else ["Bill date", "Date of sale", "Dt.", "Date"]
    )
    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(p, rng.choice(["Buyer", "Party name", "Name of purchaser"]), party)
    advance = unit == "mail"
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "blocks":
        base = 0.0
        rate = float(rng.randrange(lo, hi, 50))
        for _ in range(rng.randrange(1, 4)):
            size = f"{rng.randrange(18, 32) / 10:.1f} x {rng.randrange(10, 16) / 10:.1f} x {rng.randrange(8, 13) / 10:.1f} m"
            tonnes = round(rng.uniform(4.2, 13.5), 2)
            value = round(tonnes * rate, 2)
            base += value
            p.pair(
                f"  Block {rng.choice('DAU')}-{rng.randrange(10, 99)}/{rng.randrange(100, 999)}  {size}",
                f"{tonnes:.2f} t",
            )
        base = round(base, 2)
        p.pair(f"  Weight as per kanta x {rate:,.2f} per t", rs(base))
    elif kind in ("khanda", "slurry"):
        tonnes = round(rng.uniform(9, 38), 2) if kind == "khanda" else round(rng.uniform(12, 60), 1)
        rate = float(rng.randrange(lo, hi, 10))
        base = round(tonnes * rate, 2)
        p.pair(f"  {tonnes:,.2f} t x {rate:,.2f}", rs(base))
    elif kind == "slab":
        base = 0.0
        rate = float(rng.randrange(lo, hi, 5))
        for _ in range(rng.randrange(1, 3)):
            area = round(rng.uniform(180, 1600), 2)
            value = round(area * rate, 2)
            base += value
            p.pair(
                f"  {rng.choice(['Albeta', 'Doongri', 'Kumari'])} 18 mm: {area:,.2f} sq ft x {rate:,.2f}",
                rs(value),
            )
        base = round(base, 2)
    else:
        if kind == "idol":
            qty = 1
        elif advance:
            qty = rng.randrange(2, 6)
        else:
            qty = rng.randrange(1, 4)
        rate = float(rng.randrange(lo, hi, 100))
        base = round(qty * rate, 2)
        p.pair(f"  {qty} {'pc' if qty == 1 else 'pcs'} x {rate:,.2f}", rs(base))
        if unit == "showroom" and kind == "inlay" and rng.random() < 0.6:
            off = round(base * 0.08, 2)
            p.pair("Less: Showroom discount @ 8%", rs(off))
            base = round(base - off, 2)
    bill = gst_lines(p, rs, base, gst_rate, unit == "mail")
    p.pair(rng.choice(["Order value"] if advance else ["Bill total", "Net amount"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.3, 0.4, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Received by cheque"])
    elif advance:
        lab = rng.choice(["Advance received against order", "Booking advance"])
    else:
        lab = {
            "cash": rng.choice(["Cash recd.", "Amount received in cash"]),
            "UPI": rng.choice(["Received via UPI (QR)", "UPI collection"]),
            "card": rng.choice(["Card swipe amount", "Charged to card"]),
            "NEFT": rng.choice(["Received by NEFT", "NEFT credit received"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair("Balance due on completion of the inlay", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Payment mode", "Recd. by"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:4])}")
        if not j.no_day:
            p.pair("Cheque dated", j.other_day(rng, -5, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:10]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth code"]), appr, txn=(APPR_RANK, appr))
    if unit == "quarry":
        p.pair("e-Rawanna No.", f"RW{digits(rng, 12)}")
        p.pair("Dharam kanta slip No.", f"{rng.randrange(1000, 99999)}")
        p.pair("Vehicle No.", f"RJ-37-G{rng.choice('ABC')}-{digits(rng, 4)}")
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - INLAY WORK STARTED ON YOUR TABLE TOP"]
    else:
        words.append(
            {
                "inlay": "PAID - PACKED IN WOODEN CRATE FOR THE BUYER",
                "slab": "PAID - SLABS LOADED ON BUYER'S TRUCK",
                "slurry": "PAID - SLURRY LIFTED FROM THE PIT",
                "khanda": "PAID - RUBBLE LOADED, RAWANNA ISSUED",
            }.get(kind, "PAID")
        )
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE DEPOSITED - MURTI HELD TILL CLEARANCE",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT, BILL CANCELLED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "khanda": "Mineral despatched under e-Rawanna; royalty paid by the lessee. Loaded at buyer's risk.",
            "blocks": "Blocks weighed on the dharam kanta at Ulodi. Royalty and DMFT paid through e-Rawanna.",
            "slurry": "Slurry lifted by the buyer's own tractor from the settling pit, as is where is.",
            "slab": "Measurement taken at loading is final. Breakage after loading is at buyer's risk.",
            "idol": "Carved by hand from one Makrana white block. Delivery after the cheque is cleared.",
        }.get(
            kind,
            "Handmade pietra dura: each stone is cut and set by hand, small variations are its mark. Goods "
            "once sold are not taken back.",
        ),
    )
    if unit != "mail":
        right(p, rng.choice([f"For {name} - Authorised signatory", f"For {name} - Cashier's signature"]))
        p.add("left", "Receiver's signature")
        for _ in range(2):
            p.add("gap")
        head_line, place_line = SEALS[unit]
        seal(p, head_line, place_line, None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. diamond wire, blades, abrasives, epoxy, stones


SUPPLIERS = [
    (
        "Jigani Diamond Tools Pvt Ltd",
        "Diamond wire saws | Sintered beads | Block cutter segments",
        "Plot 88, KIADB Industrial Area, Jigani, Bengaluru - 562106, Karnataka",
        "29",
        "JDT",
    ),
    (
        "Kishangarh Gangsaw Blades Co.",
        "Gangsaw steel blades | Blade tensioning and re-toothing",
        "E-212, RIICO Industrial Area, Madanganj-Kishangarh - 305801, Rajasthan",
        "08",
        "KGB",
    ),
    (
        "Morbi Abrasives Industries",
        "Magnesite polishing bricks | Resin pads | Lapatro",
        "8-A National Highway, Lalpar, Morbi - 363642, Gujarat",
        "24",
        "MAI",
    ),
    (
        "Vapi Epoxy & Resins Pvt Ltd",
        "Stone epoxy, hardeners and mesh | Marble polish chemicals",
        "Plot 214, Phase II, GIDC, Vapi - 396195, Gujarat",
        "24",
        "VER",
    ),
    (
        "Khambhat Agate & Gemstone Works",
        "Lapis, malachite, carnelian and mother of pearl cut for inlay",
        "Akik Bazar, Khambhat - 388620, Gujarat",
        "24",
        "KAG",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "JDT": [
        ("Diamond wire saw 11.5 mm, 40 beads per metre", "8202", "m", 1650, 2350, 18, 40, 400),
        ("Diamond segments 24 x 10 mm for block cutter", "8207", "pcs", 180, 320, 18, 100, 900),
    ],
    "KGB": [
        ("Gangsaw steel blade 4.5 m x 180 mm x 3.5 mm", "8202", "pcs", 2600, 3900, 18, 20, 160),
        ("Blade re-toothing and tensioning - job work", "9988", "pcs", 220, 380, 18, 20, 160),
    ],
    "MAI": [
        ("Magnesite polishing bricks (fickert) - grit 36 to 400", "6804", "boxes", 1400, 2600, 18, 10, 120),
        ("Resin polishing pads 4 in - set of 7", "6805", "sets", 380, 720, 18, 20, 200),
    ],
    "VER": [
        ("Stone epoxy resin - clear, 1 kg with hardener", "3907", "kg", 310, 520, 18, 50, 600),
        ("Fibre mesh for slab backing - 1 m roll", "7019", "m", 38, 70, 18, 200, 2400),
    ],
    "KAG": [
        ("Lapis lazuli - cut slices for inlay", "7103", "g", 18, 42, 3, 500, 6000),
        ("Malachite and carnelian - cut pieces", "7103", "g", 9, 24, 3, 800, 9000),
    ],
}
SUPPLY_ORDER = [0, 2, 1, 3, 4, 0, 1, 3]
SUPPLY_WAYS = ["RTGS", "UPI", "NEFT", "-", "NEFT", "RTGS", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Jigani diamond wire maker, the Kishangarh gangsaw blade maker, the Morbi abrasive maker, the Vapi
    epoxy maker and the Khambhat gemstone cutters billing the company (paper: the supplier on top, its line,
    address and GSTIN; TAX INVOICE - ORIGINAL FOR RECIPIENT / GST TAX INVOICE / INVOICE CUM PAYMENT RECEIPT,
    Inv. No. / Invoice No. / Tax invoice No. and Invoice date / Inv. date / Date of invoice in either order, or
    the number and the day on one Invoice No. & date row on some, Bill to / Buyer's name and address / Details
    of recipient the company, Deliver to / Consignee the quarry, the gangsaw works or the karkhana, State code,
    E-way bill No., Transporter and Bilty No. or Courier and AWB No., Buyer's PO No., the wire, segments,
    blades, re-toothing, bricks, pads, epoxy, mesh or stones with HSN, m, pcs, boxes, sets, kg or g x rate,
    Taxable amount, CGST and SGST or IGST @ 3% or 18%, Round off, Total invoice value, Less: Advance adjusted
    and Balance received by NEFT / RTGS on some, Less: TDS u/s 194Q and Net amount received by NEFT / RTGS on
    some, else Payment received by NEFT / RTGS / Received through UPI / UPI receipt, with UTR / UTR No. / UPI
    Ref. No. / UPI RRN, or Received by cheque for / Cheque amount with Cheque No.; PAID / FULL PAYMENT RECEIVED
    / SETTLED - NOTHING DUE / RECEIVED BY NEFT / RTGS / UPI / CHEQUE DEPOSITED - SUBJECT TO REALISATION /
    CHEQUE BOUNCED - DRAWER'S SIGNATURE DIFFERS, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = paper_rs(rng, font, ("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE - ORIGINAL FOR RECIPIENT", "GST TAX INVOICE", "INVOICE CUM PAYMENT RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = not j.no_ref and not j.no_day and rng.random() < 0.35
    if one_row:
        day = when_in(j, PATS_IN, rng)
        wrap_pair(p, "Invoice No. & date", f"{inv} / {day}", txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Inv. No.", "Invoice No.", "Tax invoice No."]), inv, txn=(INVOICE_RANK, inv)
                )

        day_labels = ["Invoice date", "Inv. date", "Date of invoice"]
        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    ours_to(p, ["Bill to", "Buyer's name and address", "Details of recipient"])
    deliver = {
        "JDT": f"{QUARRY}, Ulodi",
        "KGB": f"{SLABS}, RIICO Makrana",
        "MAI": f"{SLABS}, RIICO Makrana",
        "VER": f"{SLABS}, RIICO Makrana",
        "KAG": f"{KARKHANA}, Makrana",
    }[tag]
    wrap_pair(p, rng.choice(["Deliver to", "Consignee"]), deliver)
    p.pair("State code", "Rajasthan - 08")
    if tag != "KAG":
        p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("KGB", "MAI", "VER"):
        wrap_pair(
            p,
            "Transporter",
            rng.choice(["Marudhar Golden Transport", "Shree Jeen Mata Roadlines", "Own tempo"]),
        )
        p.pair("Bilty No.", f"{rng.choice(['B', 'MG', 'SJ'])}{digits(rng, 6)}")
    else:
        wrap_pair(p, "Courier", rng.choice(["Shree Tirupati Courier", "Blue Dart Express", "DTDC Express"]))
        p.pair("AWB No.", f"{rng.choice(['7', '8', '9'])}{digits(rng, 10)}")
    p.pair("Buyer's PO No.", f"NMM/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        wrap_pair(p, f"{item}", f"HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable amount", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "08")
    p.pair("Total invoice value", rs(total))
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
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance adjusted", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Received by cheque for", "Cheque amount"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif tds:
            lab = f"Net amount received by {way}"
        elif way == "UPI":
            lab = rng.choice(["Received through UPI", "UPI receipt"])
        else:
            lab = f"Payment received by {way}"
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAID", "FULL PAYMENT RECEIVED", "SETTLED - NOTHING DUE", f"RECEIVED BY {way}"]
        ),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO REALISATION",
        "failed": "CHEQUE BOUNCED - DRAWER'S SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"E. & O.E. Goods once sold will not be taken back. Interest @ 24% p.a. after 30 days. Subject to "
        f"{town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Nagaur Trailer Carriers", "Freight - 6 marble blocks, Ulodi to Kishangarh", 18000, 90000),
    ("Shree Ram Crane Service", "Hydraulic crane hire - block loading, 9 days", 22000, 78000),
    (
        "Haji Rafiq Drilling Contractors",
        "Wire saw cutting and drilling at the Ulodi pit - fortnight",
        40000,
        180000,
    ),
    ("Smt. Kamla Devi Sharma", "Showroom rent - Station Road, Makrana", 35000, 85000),
    ("Marudhar Security Services", "Guards at the quarry and the gangsaw yard - one month", 30000, 90000),
    ("Bhandari & Associates, Chartered Accountants", "Audit and GST returns - second quarter", 25000, 95000),
    ("Ajmer Earthmovers", "Excavator hire - overburden removal, 120 hours", 90000, 320000),
    ("Speed Crate Packers, Jaipur", "Crating and fumigation of inlay pieces for Mundra port", 15000, 60000),
]
CORP_PORTALS = [
    ("InstaBIZ", "ICICI Bank", "instabiz.icicibank.com/payments/transfer-status"),
    ("Kotak FYN", "Kotak Mahindra Bank", "fyn.kotak.com/payments/single/details"),
    ("PNB Corporate Internet Banking", "Punjab National Bank", "corporate.pnb.bank.in/fundtransfer/status"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its trailer carrier, the crane hirer, the drilling contractor, the showroom's landlady,
    the security agency, the chartered accountants, the excavator hirer and the crate packers: corporate net
    banking's transfer pages (InstaBIZ, Kotak FYN, PNB Corporate Internet Banking: the portal on top and the
    bank's line, Transaction summary / Transfer status; the day and the status under the heading, both at the
    foot, or the status under the heading and the day at the foot: Transaction date / Payment date / Value date
    / Initiated on / Created on / Failed on / Refunded on; Successful - credited to beneficiary account /
    Status: Completed - UTR generated / Awaiting approval - second authoriser has not approved / Failed -
    beneficiary account closed, amount refunded to debit account; the references (UTR / NEFT UTR / RTGS UTR /
    IMPS ref. No. and Bank ref. No. / Transaction ref.) above or below the payee: Payee (registered) /
    Beneficiary name (as registered) / Funds transferred to / Beneficiary account holder, Payee alias,
    Beneficiary account and IFSC, Debit account the company, Login ID, Amount (Rs.) / Transaction amount /
    Debit amount, Transfer type / Mode NEFT / RTGS / IMPS, Remarks / Narration, Initiated by / Approved by,
    Available balance on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(1,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?ref={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer - single', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction summary", "Transfer status"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Successful - credited to beneficiary account", "Status: Completed - UTR generated"],
        "pending": ["Awaiting approval - second authoriser has not approved"],
        "failed": ["Failed - beneficiary account closed, amount refunded to debit account"],
    }
    day_labels = {
        "success": ["Transaction date", "Payment date", "Value date"],
        "pending": ["Initiated on", "Created on"],
        "failed": ["Failed on", "Refunded on"],
    }[status]
    hour = rng.random() < 0.5
    # 0: the day and the status under the heading; 1: both at the foot; 2: the status on top, the day at foot
    layout = rng.randrange(3)
    if layout == 0:
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
        p.add("rule")
    elif layout == 2:
        outcome_row(p, status, words)
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", f"{way} UTR"]) if way != "IMPS" else "IMPS ref. No.",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:1]}{digits(rng, 13)}"
        p.pair(rng.choice(["Bank ref. No.", "Transaction ref."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(
            [
                "Payee (registered)",
                "Beneficiary name (as registered)",
                "Funds transferred to",
                "Beneficiary account holder",
            ]
        ),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Payee alias", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "MKN")
    ben = rng.choice(BANKS[:11])
    p.pair("Beneficiary account", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Login ID", f"NMMPL.{rng.choice(['ACCTS', 'CFO'])}{digits(rng, 2)}")
    p.pair(rng.choice(["Amount (Rs.)", "Transaction amount", "Debit amount"]), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Transfer type", "Mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    p.pair("Initiated by / Approved by", f"NMMACC1 / {'-' if status == 'pending' else 'NMMDIR1'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Available balance", rs(rupees(rng, 140000, 5200000)))
    if not refs_first:
        refs()
    if layout == 1:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
        outcome_row(p, status, words)
    elif layout == 2:
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    p.part = "foot"
    p.add("small", "A failed transfer's amount is returned to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. karigars, polishers, quarry hands, sawyers


# payee, role, mohalla or village, kind
WORKERS = [
    (
        "Abdul Sattar Silawat",
        "Inlay karigar - table tops, lapis and malachite",
        "Silawaton ka Mohalla",
        "inlay",
    ),
    ("Ramkishor Meena", "Quarry hand - block dressing, Ulodi pit", "Ulodi", "quarry"),
    ("Shabnam Bano", "Polishing - coasters and boxes, home work", "Bidiyad", "polish"),
    ("Gopal Ram Jat", "Gangsaw operator - night shift", "Kumari", "saw"),
    ("Mohammed Arif Chejara", "Inlay karigar - jaalis and panels", "Gunawati", "inlay"),
    ("Bhanwar Lal Bawri", "Quarry hand - loading and dressing", "Devi village", "quarry"),
    ("Rubina Khatoon", "Polishing - inlay plates, home work", "Jusri", "polish"),
    ("Sohan Singh Rawat", "Gangsaw operator - day shift", "Borawar", "saw"),
]
WORK_FRAMES = ["paper", "cashfree", "paper", "phonepe", "paper", "cashfree", "paper", "bhim"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "inlay": (
        ["PARCHINKARI KARIGAR WAGES - PER PIECE", "INLAY KAAM MAZDOORI PARCHI"],
        ["Karigar's name", "Paid to karigar"],
        "Inlay pieces finished: {q} x {rate}",
        (350, 2400),
        (3, 14),
        ["Net paid to karigar", "Net karigari paid"],
    ),
    "polish": (
        ["POLISHING WAGES - HOME WORK (PER DOZEN)", "GHISAI MAZDOORI - GHAR KAAM"],
        ["Polisher's name", "Ghisai paid to"],
        "Pieces polished (dozens): {q} x {rate}",
        (60, 140),
        (10, 60),
        ["Net ghisai paid", "Amount handed to polisher"],
    ),
}


def cashfree_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Cashfree's payout transfer page (Cashfree Payments on top and the company's payouts line under it; the
    payee above the sum and the status or under them)."""
    j.amount = rupees(rng, 2400, 26000, 0.6)
    ref = digits(rng, 9)
    p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers" + ("" if j.no_ref else f"/{ref}"))
    p.part = "head"
    top(p, "Cashfree Payments")
    p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transfer success - credited to beneficiary", "Status: SUCCESS (UTR received)"],
        "pending": ["Pending - awaiting response from the beneficiary bank"],
        "failed": ["Failed - beneficiary account is blocked, transfer reversed"],
    }

    def payee_rows() -> None:
        wrap_pair(p, rng.choice(["Beneficiary name", "Paid to beneficiary"]), who, merchant=who)
        p.pair("Beneficiary ID", f"{who.split()[0].upper().strip('.')}_{digits(rng, 5)}")

    payee_first = rng.random() < 0.5
    if payee_first:
        payee_rows()
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    if not payee_first:
        payee_rows()
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Bank account", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    else:
        p.pair("UPI ID", f"{who.split()[0].lower().strip('.')}{rng.randrange(10, 99)}@barodampay")
    p.pair(rng.choice(["Transfer mode", "Mode"]), way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Remarks",
        rng.choice(["Block dressing - 42 t", "Quarry wages - fortnight"])
        if kind == "quarry"
        else rng.choice(["Gangsaw shift wages", "Saw operator - week 31"]),
    )
    if not j.no_ref:
        p.pair("Cashfree reference ID", ref, txn=(TXN_RANK, ref))
        if status == "success":
            p.pair(rng.choice(["UTR", "Bank UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        tid = f"NMM_{kind.upper()}_{digits(rng, 6)}"
        p.pair("Transfer ID", tid, txn=(ORDER_RANK, tid))
    date_row(
        p,
        j,
        {
            "success": ["Processed on", "Transfer date"],
            "pending": ["Requested on", "Added on"],
            "failed": ["Failed on", "Reversed on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary bank has returned a UTR for this transfer.",
            "pending": "Do not retry; the status is updated as soon as the bank responds.",
            "failed": "The amount of a reversed transfer is back in your payouts balance.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house paying its inlay karigars by the piece and its home polishers by the dozen on paper, its quarry
    hands through Cashfree and its gangsaw operators by UPI: its printed PARCHINKARI KARIGAR WAGES - PER PIECE /
    INLAY KAAM MAZDOORI PARCHI / POLISHING WAGES - HOME WORK (PER DOZEN) / GHISAI MAZDOORI - GHAR KAAM (the
    company on top with the karkhana's line, Karigar's name / Paid to karigar / Polisher's name / Ghisai paid
    to, Work done, Basti / village, Pehchan card No. (no fact), Parchi No. / Slip No., Date / Dt. / Date of
    payment, the pieces or dozens x rate, Add: Fine nakashi extra / Add: Rush order allowance, Gross karigari /
    Total before deductions, Less: Pieces spoilt - n @ rate / Less: Udhaar (advance) recovered, Net paid to
    karigar / Net karigari paid / Net ghisai paid / Amount handed to polisher, Payment mode Cash / UPI / IMPS,
    UPI Ref. No. / IMPS ref.; PAID / PAID IN CASH / PAID - PIECES CHECKED AND TAKEN IN STOCK / PAID - ENTERED
    IN KARIGAR KHATA, the worker's signature or thumb), Cashfree payout pages for two quarry hands (Cashfree
    Payments on top and Payouts | the company under it, the payee above the sum and the status or under them,
    Beneficiary name / Paid to beneficiary, Beneficiary ID, Bank account / UPI ID, Transfer mode / Mode,
    Remarks, Cashfree reference ID, UTR / Bank UTR, Transfer ID, Processed on / Transfer date / Requested on /
    Added on / Failed on / Reversed on; Transfer success - credited to beneficiary / Status: SUCCESS (UTR
    received) / Pending - awaiting response from the beneficiary bank / Failed - beneficiary account is
    blocked, transfer reversed), a PhonePe and a BHIM screen paying the gangsaw operators (Sent to /
    Transferred to above the sum or under the status; Sent successfully / Transfer successful / Payment
    successful; Paid on / Date & time / Sent at; UTR / UPI Ref. No. and Transaction ID / BHIM txn ID)."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=900, high=24000, p_round=0.9)
    who, role, mohalla, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "cashfree":
        return cashfree_page(rng, font, j, status, who, kind, rs)
    if frame in ("phonepe", "bhim"):
        j.amount = rupees(rng, 2800, 18000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "BHIM")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["Sent to", "Transferred to"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p, status, {"success": ["Sent successfully", "Transfer successful", "Payment successful"]}
        )
        if not pay_first:
            p.add("small", rng.choice(["Sent to", "Transferred to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'ibl', 'upi', 'barodampay'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Paid on", "Date & time", "Sent at"], hour=True)
        p.pair(
            rng.choice(["Message", "Note"]),
            rng.choice(["Gangsaw night shift wages", "Saw operator - 6 nights", "Shift wages"]),
        )
        p.pair(
            rng.choice(["Debited from", "From account"]),
            f"{'Bank of Baroda' if frame == 'bhim' else 'Punjab National Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "phonepe":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                own = f"BHM{code(rng, 4, UPPER)}{digits(rng, 12)}"
                wrap_pair(p, "BHIM txn ID", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    where = UNITS["karkhana"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{KARKHANA} - {'home work (ghar kaam)' if kind == 'polish' else 'piece rate'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work done", role)
    p.pair("Basti / village", mohalla)
    p.pair("Pehchan card No.", f"RJ/MKN/{rng.randrange(1000, 99999)}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}K/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Parchi No.", "Slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Dt.", "Date of payment"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind == "inlay":
        rate = float(round(rate, -1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([200, 350, 500, 750]))
        p.pair(
            rng.choice(["Add: Fine nakashi extra", "Add: Rush order allowance"])
            if kind == "inlay"
            else "Add: Rush order allowance",
            rs(extra),
        )
        gross += extra
    p.pair(rng.choice(["Gross karigari", "Total before deductions"]), rs(gross))
    cut = 0.0
    if rng.random() < 0.5:
        bad = rng.randrange(1, 3)
        per = round(rate * 0.5, 2)
        cut = round(bad * per, 2)
        p.pair(f"Less: Pieces spoilt - {bad} @ {per:,.2f}", rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair("Less: Udhaar (advance) recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Payment mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS ref.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - ENTERED IN KARIGAR KHATA", "PAID - PIECES CHECKED AND TAKEN IN STOCK"]
    if way == "Cash":
        words.append("PAID IN CASH")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Rupees in words: {words_in_rupees(j.amount)}")
    right(p, rng.choice(["Signature / thumb of the karigar", "Worker's signature or thumb impression"]))
    return p.done()


# ---------------------------------------------------------------- 8. Nagar Parishad, EPCH, DMG and the rest


FEE_FRAMES = ["parishad", "epch", "dmg", "riico", "esic", "factories", "vahan", "cgwa"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Makrana marble house, its quarry lease at Ulodi, its gangsaw works in the RIICO area, its
    inlay karkhana and its showroom: Nagar Parishad Makrana's trade licence page (the Parishad on top and the
    Local Self Government line, Licence No., Name of trader / firm, Trade, Trade licence fee 2026-27, Signboard
    fee and Late fee on some, Total fee paid / Amount deposited), the Export Promotion Council for Handicrafts'
    membership renewal (the Council on top and the Ministry of Textiles line, Name of member, Membership No.,
    RCMC No., Annual membership fee 2026-27, GST @ 18%, Total paid / Net amount received, Payment ref. No.,
    Receipt No.), the Department of Mines and Geology's dead rent and royalty challan through e-GRAS (Name of
    lessee, Mining lease No., Khasra / area, Dead rent - quarter, DMFT contribution @ 10%, SMET contribution @
    2%, Challan amount / Amount payable, e-GRAS GRN; Challan generated - awaiting confirmation from the bank, do
    not pay again, Challan date / Generated on), RIICO's service charges for the gangsaw plot (Allottee's name,
    Plot No., Industrial area, Service charges 2026-27, Economic rent, Interest on late payment on some, Total
    amount paid / Amount received, Transaction ID, Bank ref. No.), ESIC's monthly contribution (Employer's name,
    Employer code, Contribution period, Employees, Employer's share @ 3.25%, Employees' share @ 0.75%, Total
    contribution paid / Challan amount, ESIC challan No., Bank transaction No.), the Factories and Boilers
    Inspection Department's licence renewal through RajFAB and e-GRAS (Name of factory, Licence No., Workers,
    Connected load, Licence renewal fee 2026-27, Late fee on some, Fee paid / Total fee, e-GRAS GRN, Bank CIN),
    the Transport Department's Vahan tax page for the tipper (Registration No., Owner name, Motor vehicle tax -
    quarter, Special road safety cess, Amount to pay / Tax amount, Vahan transaction No.; Transaction failed -
    tax not paid, the vehicle tax is still due, Transaction date / Tried on) and the Central Ground Water
    Authority's NOC renewal through NOCAP (Name of project proponent, NOC No., Ground water abstraction charges
    2026-27, NOC renewal processing fee, Total amount paid / Amount received, Payment ref. No., Receipt No.);
    the status under the authority's line or at the foot: Payment successful - receipt generated / Fee
    deposited - e-receipt issued / Success - amount credited to the authority's account; Payment mode / Paid
    via, Date of payment / Paid on / Transaction date / Receipt date; the references before the heads on
    some."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "{d}/{m}/%Y"]
    words = {
        "success": [
            "Payment successful - receipt generated",
            "Fee deposited - e-receipt issued",
            "Success - amount credited to the authority's account",
        ]
    }
    day_labels = ["Date of payment", "Paid on", "Transaction date", "Receipt date"]
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "parishad":
        url = f"lsg.urban.rajasthan.gov.in/tradelicence/receipt/{digits(rng, 9)}"
        name = rng.choice(["Nagar Parishad Makrana", "NAGAR PARISHAD, MAKRANA"])
        line = "Local Self Government Department, Rajasthan  |  Trade licence"
    elif frame == "epch":
        url = f"epch.in/members/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["Export Promotion Council for Handicrafts", "EPCH"])
        line = "Under the Ministry of Textiles, Government of India  |  Membership renewal"
    elif frame == "dmg":
        url = "egras.raj.nic.in/challan/mines-and-geology/status"
        name = rng.choice(
            [
                "Department of Mines and Geology, Rajasthan",
                "Mines & Geology Department, Government of Rajasthan",
            ]
        )
        line = "Dead rent and royalty through e-GRAS  |  Mining lease, Makrana"
    elif frame == "riico":
        url = f"sso.rajasthan.gov.in/riico/payments/receipt/{digits(rng, 8)}"
        name = rng.choice(
            ["RIICO Ltd", "Rajasthan State Industrial Development & Investment Corporation Ltd"]
        )
        line = "Unit Office, Makrana  |  Service charges and economic rent"
    elif frame == "esic":
        url = "www.esic.gov.in/employer/challan/receipt"
        name = rng.choice(["Employees' State Insurance Corporation", "ESIC"])
        line = "Ministry of Labour & Employment, Government of India  |  Monthly contribution"
    elif frame == "factories":
        url = f"rajfab.rajasthan.gov.in/licence/renewal/payment/{digits(rng, 8)}"
        name = rng.choice(
            [
                "Factories and Boilers Inspection Department, Rajasthan",
                "Department of Factories & Boilers, Government of Rajasthan",
            ]
        )
        line = "RajFAB  |  Licence renewal under the Factories Act, 1948"
    elif frame == "vahan":
        url = "vahan.parivahan.gov.in/vahanservice/tax/payment/status"
        name = rng.choice(
            ["Transport Department, Rajasthan", "Transport Department, Government of Rajasthan"]
        )
        line = "Vahan - Ministry of Road Transport & Highways  |  Goods vehicle tax"
    else:
        url = f"cgwa-noc.gov.in/nocap/payment/receipt/{digits(rng, 8)}"
        name = rng.choice(["Central Ground Water Authority", "CENTRAL GROUND WATER AUTHORITY"])
        line = "Ministry of Jal Shakti, Government of India  |  NOCAP - ground water NOC"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("dmg", "vahan")
    if frame == "parishad":
        p.pair("Licence No.", f"NPM/TL/{digits(rng, 5)}")
        wrap_pair(p, "Name of trader / firm", f"{SHOWROOM} ({firm})")
        p.pair("Trade", "Marble handicrafts - retail showroom")
        heads = [("Trade licence fee 2026-27", float(rng.choice([1500, 2500, 3500, 5000])))]
        if rng.random() < 0.5:
            heads.append(("Signboard fee", float(rng.choice([500, 750, 1000]))))
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([200, 300, 500]))))
        labels = ["Total fee paid", "Amount deposited"]
        refs = [
            ("Transaction No.", TXN_RANK, f"TL{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"NPM/{digits(rng, 7)}"),
        ]
    elif frame == "epch":
        wrap_pair(p, "Name of member", firm)
        p.pair("Membership No.", f"EPCH/NR/{digits(rng, 5)}")
        p.pair("RCMC No.", f"EPCH/RCMC/{digits(rng, 6)}")
        fee = float(rng.choice([7500, 10000, 15000]))
        heads = [("Annual membership fee 2026-27", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total paid", "Net amount received"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"EPCH{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"EPCH/REN/{digits(rng, 5)}"),
        ]
    elif frame == "dmg":
        wrap_pair(p, "Name of lessee", firm)
        p.pair("Mining lease No.", f"ML {rng.randrange(10, 999)}/{rng.randrange(1995, 2012)}")
        p.pair("Khasra / area", f"Khasra 418, Ulodi - {rng.randrange(10, 40) / 10:.1f} ha")
        rent = float(rng.choice([24000, 36000, 48000, 60000]))
        heads = [
            ("Dead rent - quarter", rent),
            ("DMFT contribution @ 10%", round(rent * 0.1, 2)),
            ("SMET contribution @ 2%", round(rent * 0.02, 2)),
        ]
        labels = ["Challan amount", "Amount payable"]
        refs = [("e-GRAS GRN", TXN_RANK, f"00{digits(rng, 8)}")]
        words = {"pending": ["Challan generated - awaiting confirmation from the bank, do not pay again"]}
        day_labels = ["Challan date", "Generated on"]
    elif frame == "riico":
        wrap_pair(p, "Allottee's name", f"{firm} ({SLABS})")
        p.pair("Plot No.", "G1-27")
        p.pair("Industrial area", "Makrana")
        heads = [
            ("Service charges 2026-27", float(round(rng.uniform(8000, 26000), -1))),
            ("Economic rent", float(round(rng.uniform(3000, 9000), -1))),
        ]
        if rng.random() < 0.45:
            heads.append(("Interest on late payment", float(rng.choice([450, 820, 1260]))))
        labels = ["Total amount paid", "Amount received"]
        refs = [
            ("Transaction ID", TXN_RANK, f"RIICO{digits(rng, 11)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
        ]
    elif frame == "esic":
        wrap_pair(p, "Employer's name", firm)
        p.pair("Employer code", f"15000{digits(rng, 12)}")
        p.pair("Contribution period", j.month(1))
        p.pair("Employees", str(rng.randrange(14, 46)))
        wages = float(rng.randrange(160000, 560000, 100))
        heads = [
            ("Employer's share @ 3.25%", float(round(wages * 0.0325))),
            ("Employees' share @ 0.75%", float(round(wages * 0.0075))),
        ]
        labels = ["Total contribution paid", "Challan amount"]
        refs = [
            ("ESIC challan No.", TXN_RANK, f"{rng.choice('12')}{digits(rng, 13)}"),
            ("Bank transaction No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
        ]
    elif frame == "factories":
        wrap_pair(p, "Name of factory", f"{SLABS} ({firm})")
        p.pair("Licence No.", f"RJ/NGR/{digits(rng, 5)}")
        p.pair("Workers", str(rng.randrange(20, 60)))
        p.pair("Connected load", f"{rng.randrange(180, 480)} HP")
        heads = [("Licence renewal fee 2026-27", float(rng.choice([4500, 6000, 9000, 12000])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([500, 1000]))))
        labels = ["Fee paid", "Total fee"]
        refs = [
            ("e-GRAS GRN", TXN_RANK, f"00{digits(rng, 8)}"),
            ("Bank CIN", BANK_RANK, f"{digits(rng, 7)}{j.date:%d%m%Y}{digits(rng, 5)}"),
        ]
    elif frame == "vahan":
        p.pair("Registration No.", f"RJ37GB{digits(rng, 4)}")
        wrap_pair(p, "Owner name", COMPANY_CAPS)
        p.pair("Vehicle class", "Goods carrier (tipper) - 28 t GVW")
        heads = [
            ("Motor vehicle tax - quarter", float(rng.choice([9800, 11400, 13600]))),
            ("Special road safety cess", float(rng.choice([500, 750, 1000]))),
        ]
        labels = ["Amount to pay", "Tax amount"]
        refs = [
            ("Vahan transaction No.", TXN_RANK, f"RJ{digits(rng, 3)}{code(rng, 3, UPPER)}{digits(rng, 9)}")
        ]
        words = {"failed": ["Transaction failed - tax not paid, the vehicle tax is still due"]}
        day_labels = ["Transaction date", "Tried on"]
    else:
        wrap_pair(p, "Name of project proponent", f"{firm} - {QUARRY}")
        p.pair("NOC No.", f"CGWA/NOC/MIN/REN/{rng.randrange(1, 4)}/{digits(rng, 4)}")
        heads = [
            ("Ground water abstraction charges 2026-27", float(round(rng.uniform(6000, 42000), -1))),
            ("NOC renewal processing fee", float(rng.choice([5000, 10000]))),
        ]
        labels = ["Total amount paid", "Amount received"]
        refs = [
            ("Payment ref. No.", TXN_RANK, f"NOCAP{digits(rng, 10)}"),
            ("Receipt No.", INVOICE_RANK, f"CGWA/RCPT/{digits(rng, 6)}"),
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
    p.pair(rng.choice(["Payment mode", "Paid via"]), way, method=way_method(way))
    if not refs_first:
        fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "parishad": "Display the trade licence at the showroom and renew it every financial year.",
        "epch": "The renewed RCMC is issued once the payment is reconciled with the bank.",
        "dmg": "Do not pay again; the receipt is issued once the treasury confirms the challan.",
        "riico": "Service charges are payable in advance each year; interest runs on the dues after 30 June.",
        "esic": "Contributions are due by the 15th of the month after the contribution period.",
        "factories": "Keep the renewed licence at the factory gate for inspection.",
        "vahan": "Any amount debited is refunded to the source account within 7 working days.",
        "cgwa": "Install and keep the digital water flow meter at the pit in working order.",
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
        "Bharat Laghu Udyam Suraksha - gangsaw shed, saws and slab stock",
        "paper",
        "plant",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Contractor's plant and machinery - excavator and derrick crane, Ulodi pit",
        "browser",
        "cpm",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Burglary and housebreaking - inlay stock in the Station Road showroom",
        "mail",
        "burglary",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Marine cargo (open cover) - inlay art and slabs exported by sea",
        "browser",
        "transit",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - karigars, sawyers and office staff",
        "mail",
        "health",
    ),
    (
        "IFFCO Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Workmen's compensation - quarry hands and gangsaw operators",
        "paper",
        "wc",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Commercial vehicle package - Tata Signa tipper",
        "browser",
        "vehicle",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Money insurance - wage cash carried to the quarry and the karkhana",
        "mail",
        "money",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The house insuring its gangsaw shed, saws and slab stock, its excavator and derrick crane at the pit,
    the showroom's inlay stock, its export cargo, its staff's health, its quarry hands and sawyers under the
    Employees' Compensation Act, its tipper and the wage cash carried to the quarry: the insurers' premium
    receipts (browser, e-mail, printed at the branch: the insurer on top, the product line, PREMIUM RECEIPT /
    Acknowledgement of premium / RECEIPT FOR PREMIUM (CUSTOMER COPY) (Premium payment unsuccessful / PAYMENT
    STATUS - PREMIUM on the failed one); the status under the heading on some, under the sum on the rest;
    Insured / Name of the insured / Policy holder, Policy No. / Proposal No. / Cover note No., Sum insured -
    building, plant and stock / Value of plant and machinery / Sum insured - inlay stock / Annual sea turnover
    declared / Lives covered / Estimated annual wages / IDV and Registration No. / Limit per transit, Period of
    insurance, Net premium / Premium (before tax) or OD premium and TP premium, an add-on (Earthquake cover,
    Terrorism cover, Strike, riot and civil commotion, Inland transit extension, Room rent waiver, Occupational
    disease extension, Zero depreciation, Cash in safe), CGST and SGST @ 9% or IGST @ 18%, the sum: Premium
    paid (incl. GST) / Total amount received / Gross premium received / Cheque amount / Cheque for / Premium
    payable / Amount due; Premium received - policy issued / Payment realised - policy document sent to your
    e-mail / CHEQUE UNDER REALISATION - COVER WILL START ON CLEARANCE / Transaction declined - premium not
    received, quote valid for 15 days; Mode of payment, Cheque No., Payment ref. No., UPI Ref. No. / Bank ref.,
    Receipt No. / Premium receipt No., Receipt date / Premium received on / Date of payment / Cheque received
    on / Date of deposit / Transaction date / Tried on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'online', 'customer'])}.{host}/premium/status")
    elif frame == "mail":
        short = ins.removeprefix("The ").split(" Co.")[0].split(" Ltd")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            ["Your premium receipt", "Premium acknowledgement for your policy"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(["Branch Office, Kuchaman Road, Makrana", "Divisional Office, Nagaur"]),
        )
    p.add(
        "center",
        rng.choice(
            ["Premium payment unsuccessful", "PAYMENT STATUS - PREMIUM"]
            if status == "failed"
            else ["PREMIUM RECEIPT", "Acknowledgement of premium", "RECEIPT FOR PREMIUM (CUSTOMER COPY)"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium received - policy issued",
            "Payment realised - policy document sent to your e-mail",
        ],
        "pending": ["CHEQUE UNDER REALISATION - COVER WILL START ON CLEARANCE"],
        "failed": ["Transaction declined - premium not received, quote valid for 15 days"],
    }
    status_top = rng.random() < 0.45
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Insured", "Name of the insured", "Policy holder"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['31', '42', '98'])}{digits(rng, 4)}/{digits(rng, 8)}/00")
    elif status == "pending":
        p.pair("Cover note No.", f"CN{digits(rng, 10)}")
    else:
        p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    if kind == "plant":
        insured = float(rng.randrange(8000000, 60000000, 100000))
        p.pair("Sum insured - building, plant and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake cover", round(insured * 0.00006, 2))
    elif kind == "cpm":
        insured = float(rng.randrange(2500000, 9500000, 50000))
        p.pair("Value of plant and machinery", rs(insured))
        basic = round(insured * rng.uniform(0.004, 0.007), 2)
        addon = ("Terrorism cover", round(insured * 0.00005, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1200000, 8000000, 50000))
        p.pair("Sum insured - inlay stock", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0016), 2)
        addon = ("Strike, riot and civil commotion", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(10000000, 80000000, 500000))
        p.pair("Annual sea turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("Inland transit extension", round(turnover * 0.00004, 2))
    elif kind == "health":
        members = rng.randrange(20, 70)
        p.pair("Lives covered", f"{members} (Rs 2,00,000 each)")
        basic = round(members * rng.uniform(3200, 5200), 2)
        addon = ("Room rent waiver", round(members * 420.0, 2))
    elif kind == "wc":
        wages = float(rng.randrange(3000000, 12000000, 100000))
        p.pair("Estimated annual wages", rs(wages))
        basic = round(wages * rng.uniform(0.008, 0.014), 2)
        addon = ("Occupational disease extension", round(wages * 0.0004, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(2400000, 4200000, 10000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"RJ-37-GB-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.009, 0.014), 2)
        heads = [("OD premium", basic), ("TP premium", 44242.0)]
        addon = ("Zero depreciation", round(idv * 0.002, 2))
    else:
        limit = float(rng.randrange(150000, 800000, 25000))
        p.pair("Limit per transit", rs(limit))
        basic = round(limit * rng.uniform(0.005, 0.008), 2)
        addon = ("Cash in safe", round(limit * 0.0008, 2))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 6))
        p.pair("Period of insurance", f"from {when(start, '%d/%m/%Y')} (12 months)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair(rng.choice(["Net premium", "Premium (before tax)"]), rs(basic))
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
        "success": ["Premium paid (incl. GST)", "Total amount received", "Gross premium received"],
        "pending": ["Cheque amount", "Cheque for"],
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
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'OP', 'TX'])}{digits(rng, 13)}"
            p.pair("Payment ref. No.", pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
                p.pair("Bank ref.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(100, 999)}{digits(rng, 9)}"
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Receipt date", "Premium received on", "Date of payment"],
            "pending": ["Cheque received on", "Date of deposit"],
            "failed": ["Transaction date", "Tried on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "The policy is subject to realisation of the premium and to its terms, conditions and exclusions.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("NOORIYA MARBLE ART EMPORIUM", "STATION ROAD, MAKRANA", "own"),
    ("MARUDHAR FILLING STATION", "KUCHAMAN ROAD, MAKRANA", "fuel"),
    ("NOORIYA MARBLE", "MAKRANA RJ 341505", "own"),
    ("HOTEL YAMUNA RESIDENCY", "KNOWLEDGE PARK, GR. NOIDA", "hotel"),
    ("NOORIYA GANGSAW & SLAB WORKS", "RIICO IND AREA, MAKRANA", "own"),
    ("SHREE GANESH HARDWARE & TOOLS", "RIICO, KISHANGARH", "shop"),
    ("NOORIYA MARBLE ART EMPORIUM", "MAKRANA 341505", "own"),
    ("KUCHAMAN MISHTHAN BHANDAR", "STATION ROAD, KUCHAMAN CITY", "food"),
]
TERMINALS = [
    "BANK OF BARODA",
    "HP PAY",
    "PUNJAB NATIONAL BANK",
    "AXIS BANK",
    "ICICI BANK",
    "PINE LABS",
    "KOTAK MAHINDRA BANK",
    "PHONEPE POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the showroom's, the company's and the slab works' terminals, and the company's card at a
    filling station on the Kuchaman road, a Greater Noida hotel in the handicrafts fair week, a Kishangarh tool
    shop and a Kuchaman sweet shop: terminal slips (monospace: the terminal's bank or brand on top on some, the
    counter's name and place in capitals; TXN DATE: and TXN TIME: / DT/TM: / DATE: and TIME: at the top or
    under the sum; MID:, TID:, BATCH NO:, STAN:, INV NO: / BILL NO:, SALE / CONTACTLESS SALE / CHIP SALE, CARD
    NO: / CARD:, CARD TYPE:, a fuel sale's PRODUCT:, RATE/L:, QTY(L):, PUMP NO:, VEH NO: and HP PAY PTS:, a
    hotel's ROOM NO: and FOLIO NO:, a sweet shop's TOKEN NO:, a shop's CUST MOB:, APPR CODE: / AUTH CODE:,
    RRN: / RRN NO:, AMOUNT INR: / TXN AMOUNT: / AMT RS: / TOTAL AMOUNT:, the sum above or below the card;
    APPROVED / SALE APPROVED / TRANSACTION APPROVED - PIN VERIFIED / DECLINED - 55 INCORRECT PIN / RESPONSE
    AWAITED FROM HOST - DO NOT RE-SWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=2200, high=128000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 2500, 14000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4200, 18800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 1200, 46000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 280, 3400, 0.5)
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
        d = when(
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%d%b%y", "%Y-%m-%d"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        pick = rng.random()
        if pick < 0.35:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        elif pick < 0.7:
            p.pair("DT/TM:", f"{d} {t}", date=j.date)
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
        p.pair(rng.choice(["INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "CONTACTLESS SALE", "CHIP SALE"] if j.amount <= 5000 else ["SALE", "CHIP SALE"]),
    )
    lab = rng.choice(["AMOUNT INR:", "TXN AMOUNT:", "AMT RS:", "TOTAL AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    shown = body if lab in ("AMOUNT INR:", "AMT RS:") else f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}"
    sum_first = rng.random() < 0.5
    if sum_first:
        p.pair(lab, shown, amount=j.amount)
    lead = rng.choice(["4", "5", "6"])
    p.pair(
        rng.choice(["CARD NO:", "CARD:"]),
        f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.2, 94.8), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "POWER DIESEL"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 8)))
        p.pair("VEH NO:", f"RJ37G{code(rng, 1, UPPER)}{digits(rng, 4)}")
        p.pair("HP PAY PTS:", str(rng.randrange(20, 240)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 512)))
        p.pair("FOLIO NO:", f"F{digits(rng, 6)}")
    elif kind == "food":
        p.pair("TOKEN NO:", str(rng.randrange(10, 400)))
    elif kind == "shop":
        p.pair("CUST MOB:", f"XXXXXX{digits(rng, 4)}")
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
            rng.choice(["APPROVED", "SALE APPROVED", "TRANSACTION APPROVED - PIN VERIFIED"]),
            status="success",
        )
        p.add("small", rng.choice(["NO SIGNATURE REQUIRED", "THANK YOU - PLEASE VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "RESPONSE AWAITED FROM HOST - DO NOT RE-SWIPE", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, water, LPG


BILLERS = [
    ("AVVNL", "Ajmer Vidyut Vitran Nigam Ltd", "K No."),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Airtel Digital TV", "Bharti Telemedia Ltd", "Customer ID"),
    ("PHED Rajasthan", "Public Health Engineering Department, Rajasthan", "Connection ID"),
    ("HP Gas", "Hindustan Petroleum Corporation Ltd", "Consumer No."),
]
BILL_APPS = ["AVVNL", "bob World", "Paytm", "AVVNL", "BHIM", "PhonePe", "Amazon Pay", "Google Pay"]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 5]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The gangsaw works' and the quarry's electricity (AVVNL), the showroom's fibre (BSNL Bharat Fibre), the
    manager's postpaid phone (Vi), the showroom's DTH (Airtel Digital TV), the karkhana's water (PHED
    Rajasthan) and its cooking gas (HP Gas) through Bharat Connect in bob World and other apps (Paytm, BHIM,
    PhonePe, Amazon Pay, Google Pay: the app on top, the sum large above or below the status, or the biller
    first, Biller / Bill paid to / Service provider / Billed by as printed, K No. / Telephone No. / Mobile No.
    / Customer ID / Connection ID / Consumer No., Customer name / Bill in the name of, Bill number, Bill period,
    Bill date, Due date and Late payment amount on some power, fibre and water bills, Paid from Current A/c or
    UPI, BBPS txn ID / Bharat Connect txn ref. / B-Connect ID, UPI Ref. No., Transaction ID on the failed one,
    Paid on / Payment date / Transaction date & time / Date & time (the latter alone on one not paid); Bill
    payment successful - biller has received the payment / Paid - confirmation sent to your registered mobile
    / Pending - biller is yet to confirm, please do not pay again / Failed - your bank declined the payment,
    refund if debited within 3 days) and AVVNL's own online payment receipt (AVVNL, Ajmer Vidyut Vitran Nigam
    Ltd or its capitals on top with its "A Government of Rajasthan undertaking" line, K No., Sub division,
    Name, Bill month, Net bill amount, Amount paid / Amount received, Paid through, PG transaction ID, Receipt
    No., Transaction date / Receipt date, the status at the foot: Payment received - bill will be updated
    within 48 hours / Successful - keep this receipt for your records)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=18000, high=240000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 599, 2999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 1699, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 249, 999, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 360, 2800, 0.6)
    elif which == 5:
        j.amount = rupees(rng, 1800, 9200, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "K No.": f"{rng.choice(['2108', '2110', '2113'])}{digits(rng, 8)}",
        "Telephone No.": f"01588-{digits(rng, 6)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Customer ID": f"3{digits(rng, 9)}",
        "Connection ID": f"MKN{digits(rng, 8)}",
        "Consumer No.": f"{digits(rng, 8)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "AVVNL":
        p = browser_page(rng, font, "www.avvnl.rajasthan.gov.in/quickpay/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Rajasthan undertaking  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair("Sub division", rng.choice(["Makrana (O&M)", "Makrana Rural - Ulodi"]))
        wrap_pair(p, "Name", rng.choice([COMPANY_CAPS, f"{SLABS.upper()}", f"M/S {COMPANY_CAPS}"]))
        if not j.no_day:
            p.pair("Bill month", j.month(1))
        p.pair("Net bill amount", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Paid through", way, method=way_method(way))
        if not j.no_ref:
            tid = f"AVP{digits(rng, 13)}"
            p.pair("PG transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"AV{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Transaction date", "Receipt date"], hour=True)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment received - bill will be updated within 48 hours",
                    "Successful - keep this receipt for your records",
                ]
            },
        )
        p.part = "foot"
        p.add("small", "Payments made after 9 pm are posted on the next working day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect  |  Bill payments")
    p.part = "body"
    words = {
        "success": [
            "Bill payment successful - biller has received the payment",
            "Paid - confirmation sent to your registered mobile",
        ],
        "pending": ["Pending - biller is yet to confirm, please do not pay again"],
        "failed": ["Failed - your bank declined the payment, refund if debited within 3 days"],
    }
    name = rng.choice([short, long])
    label = rng.choice(
        ["Biller", "Bill paid to", "Service provider", "Billed by"]
        if status == "success"
        else ["Biller", "Service provider", "Billed by"]
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
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    if layout != 0:
        biller()
    wrap_pair(
        p,
        rng.choice(["Customer name", "Bill in the name of"]),
        rng.choice(
            [COMPANY_CAPS, SLABS.upper(), QUARRY.upper()]
            if which == 0
            else [COMPANY_CAPS, KARKHANA.upper(), SHOWROOM.upper()]
        ),
    )
    if which in (0, 1, 4) and not j.no_day and rng.random() < 0.7:
        p.pair("Bill number", f"{rng.choice(['B', 'INV'])}{digits(rng, 9)}")
        start, end = earlier(rng, j, 38, 55), earlier(rng, j, 8, 14)
        first = when(start, "%d %b" if start.year == end.year else "%d %b %Y")
        p.pair("Bill period", f"{first} - {when(end, '%d %b %Y')}")
        p.pair("Bill date", when(earlier(rng, j, 4, 7), "%d %b %Y"))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Late payment amount", rs(round(j.amount * 1.02, 2) if which == 0 else j.amount + 100))
    way = "Current A/c" if app == "bob World" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:10])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"Paytm": "PT", "BHIM": "BH", "PhonePe": "PP", "Amazon Pay": "AP", "Google Pay": "GP"}.get(
                app, "BW"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["BBPS txn ID", "Bharat Connect txn ref.", "B-Connect ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date", "Transaction date & time", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect  |  NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "SHABNAM BANO",
    "",
    "SHREE RAM CRANE SERV",
    "MARUDHAR SECURITY SE",
    "VAPI EPOXY & RESINS",
    "",
    "AJMER EARTHMOVERS",
    "KHAMBHAT AGATE & GEM",
]
MAIL_PAYEES = [
    "Smt. Kamla Devi Sharma",
    "Nagaur Trailer Carriers",
    "Jigani Diamond Tools Pvt Ltd",
    "Morbi Abrasives Industries",
]
SENDERS = {
    "Bank of Baroda": "BP-BOBTXN",
    "Punjab National Bank": "VM-PNBSMS",
    "Union Bank of India": "AX-UNIONB",
    "The Nagaur Central Co-operative Bank": "JD-NCCBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the partners' phones and mail: SMS in a messages app (the sender BP-BOBTXN /
    VM-PNBSMS / AX-UNIONB / JD-NCCBNK, the day divider, each bank's own wording: Bank of Baroda's UPI "Rs.x Dr.
    from A/C XXXXXX1234 and Cr. to <payee>. UPI Ref:<ref>. (2026:03:12 14:05:33)", Punjab National Bank's "PNB:
    A/c XX1234 debited INR x on <day> thru <way> to <payee>.", Union Bank of India's "A/c *1234 Debited for
    Rs:x on <day> by <way> trf to <payee>.", the Nagaur Central Co-operative Bank's "NCCB: Rs x debited in CA
    ..1234 on <day>, <way> transfer in favour of <payee>."; a transfer that "has failed and the amount has been
    credited back to your A/c." and one that "is being processed by the beneficiary bank. Please do not
    retry.", the Avl Bal line) and two e-mail debit alerts (Axis Bank, Kotak Mahindra Bank: Amount debited /
    Transfer amount, Payee / Beneficiary account name / Sent to, Transaction date / Date / Value date, Debit
    account, Channel, UTR No. / IMPS RRN, Balance; Transaction status: Success / Status: Debited - transfer
    completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=9000, high=360000)
    if k == 0:
        j.amount = rupees(rng, 1200, 9000, 0.8)
    elif k == 7:
        j.amount = rupees(rng, 12000, 88000)
    elif k == 4:
        j.amount = rupees(rng, 40000, 420000)
    if k in (1, 5):
        to = MAIL_PAYEES[(0 if k == 1 else 2) + rng.randrange(2)]
        bank = rng.choice(["Axis Bank", "Kotak Mahindra Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit transaction alert", "Funds transfer - account debited"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a fund transfer from your current account has been debited as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Payee", "Beneficiary account name", "Sent to"]
        if sum_first:
            p.pair(rng.choice(["Amount debited", "Transfer amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Amount debited", "Transfer amount"]), rs(j.amount), amount=j.amount)
        day_pair(p, j, ["Transaction date", "Date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.pair("Debit account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.pair("Balance", rs(rupees(rng, 90000, 4200000)))
        p.add(
            "left",
            rng.choice(["Transaction status: Success", "Status: Debited - transfer completed"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small", "Did not do this transfer? Call the phone banking number at once to block the account."
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 0:
        way = "UPI"
    elif k == 7:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Bank of Baroda's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Bank of Baroda",
        3: "Punjab National Bank",
        4: "Union Bank of India",
        7: "The Nagaur Central Co-operative Bank",
    }.get(
        k, rng.choice(["Punjab National Bank", "Union Bank of India", "The Nagaur Central Co-operative Bank"])
    )
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.style["h106"]["buttons"] = []
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, {d} %B"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%Y", "%d.%m.%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 30000, 3200000)
    if status == "success":
        if bank == "Bank of Baroda":
            p.add(
                "left",
                f"Rs.{j.amount:.2f} Dr. from A/C XXXXXX{tail} and",
                amount=j.amount,
                status="success",
            )
            p.add("left", f"Cr. to {to}.", merchant=to, method=method)
            if ref:
                p.add("left", f"UPI Ref:{ref}.", txn=(UTR_RANK, ref))
            if not j.no_day:
                p.add("left", f"({j.date:%Y:%m:%d} {hhmm(rng, twelve=False, seconds=True)})", date=j.date)
            p.add("left", "Not you? Call 18005700 -BOB")
            ref = None
        elif bank == "Punjab National Bank":
            p.add("left", f"PNB: A/c XX{tail} debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"thru {way} to {to}.", merchant=to, method=method)
        elif bank == "Union Bank of India":
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on}", amount=j.amount)
            p.add("left", f"by {way} trf to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"NCCB: Rs {amt} debited in CA ..{tail}{on},", amount=j.amount)
            p.add("left", f"{way} transfer in favour of {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has failed and the amount has been credited back to your A/c.",
            "pending": "is being processed by the beneficiary bank. Please do not retry.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success" and bank != "Bank of Baroda":
        balance = {
            "Punjab National Bank": f"Avl Bal INR {bal:,.2f}",
            "Union Bank of India": f"Avl Bal Rs:{bal:,.2f}",
        }.get(bank, f"Avl Bal Rs {bal:,.2f}")
        p.add("left", balance, status="success")
        p.add(
            "small",
            rng.choice(
                [
                    "Not done by you? Report to your branch at once",
                    "Bank never asks for your PIN, OTP or password",
                ]
            ),
        )
    if bank != "Bank of Baroda":
        p.add(
            "small",
            {"Punjab National Bank": "- PNB", "Union Bank of India": "-Union Bank of India"}.get(
                bank, "-NCCB"
            ),
        )
    return p.done()


compose = compose158

"""The twelve heldout246 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Pampore saffron grower and packer's day in 2026 in Pulwama district, Jammu
and Kashmir (Kongposh Saffron Pvt Ltd, its saffron fields on the Konibal karewa, Kongposh Karewa Farms, where
the corms are sown in the summer, the fields hoed by the kanal and the purple flowers picked at dawn by the
kilo in the autumn, the corms sold by the kilo to other growers and the dried petals to a herbal cosmetics
maker, its home workers in Lethpora, Dussu, Namblabal and Chandhara, who separate the red stigmas from the
flowers at home by the kilo of flowers, its drying and packing unit in the Industrial Growth Centre at
Lassipora, Kongposh Drying & Packing Unit, where the stigmas are dried, graded Mongra and Lachha, tested and
packed in 1 g tins and 5 g jars under the GI tag, and its Srinagar retail counter in Polo View Market,
Kongposh Kesar House, where the tourists, the hotels, the wazwan caterers and the sweet shops buy), told by
the proofs of payment it receives and makes: buyers' UPI screens and the web shop's Instamojo and Easebuzz
pages, the spice and dry fruit wholesalers' and Tirumala Tirupati Devasthanams' payment advices, saffron
importers' inward wires from Kuwait, Hong Kong, Toronto, Melbourne, Osaka, Copenhagen, New York and Auckland
in Kuwaiti dinars, Hong Kong, Canadian and Australian dollars, yen, Danish kroner, US and New Zealand dollars
(dinars with three decimals, yen whole, kroner with dots between the thousands and a decimal comma), its own
tax invoices, cash memos, corm and petal vouchers and the accounts desk's e-mails, the tin, label, glass jar,
dryer and farm input suppliers' tax invoices, the corporate net-banking transfers to the air cargo agent, the
sprinkler fitter, the counter's landlord, the security agency, the tractor hirer, the designer, the
electrician and the testing lab, the pickers', separators' and packers' wage slips, Zwitch payouts to a field
hand and a picker, a Google Pay and an mPay Delight+ payment to a separator and a field hand, Srinagar
Municipal Corporation's, the J&K Pollution Control Committee's, the Spices Board's, FSSAI's, SIDCO's, Legal
Metrology's, the GI Registry's and the Transport Department's fee pages, the insurers' premium receipts, card
terminal slips, KPDCL's power and the fibre, postpaid, DTH and cooking gas bills and the banks' SMS and e-mail
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from
the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice and their days,
supplier, PO, inward entry, tender and stores receipt voucher numbers, labour cards, trade licence, consent
order, CRES, FSSAI licence, plot, GI application, authorised user and lab certificate, registration, policy,
proposal, cover note, consumer, customer, subscriber, mobile and LPG numbers, bill numbers, grams, kilos,
kanals, hundreds, jars and tins, rates, lab test shortfalls, short weights, dented tins, cash discounts,
GST-TDS and TDS, advances, cash advances recovered, rejected flowers, damaged tins, bonuses, GST lines, rupee
values on the wires, exchange rates, commissions and return charges, intermediary banks, sums insured, areas,
limits, export values, wages and members declared, balances, due days, bill days, bill months, tax paid till
days, insurance periods, cheque days, airway bill days, GSTIN, IFSC, IEC, UETR, sender's references, MID, TID,
batch and trace numbers, folio, room, table and covers numbers, the tip and the base amount, operators, makers
and authorisers and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and
``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier``
heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's;
``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row``
heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked``
and ``money`` heldout118's; ``Screen`` heldout113's; ``utr`` heldout86's; ``compose`` is heldout158's (as
heldout242's and heldout243's).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, utr, when
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
HEXA = "0123456789abcdef"
MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789"

COMPANY = "Kongposh Saffron Pvt Ltd"
COMPANY_CAPS = "KONGPOSH SAFFRON PVT LTD"
SHORT = "Kongposh Saffron"
FARMS = "Kongposh Karewa Farms"
UNIT = "Kongposh Drying & Packing Unit"
COUNTER = "Kongposh Kesar House"
# unit, address, GST state code
UNITS = {
    "farms": ("Saffron fields", "Konibal Karewa, Pampore, Pulwama - 192121, J&K", "01"),
    "unit": (
        "Drying and packing unit",
        "Plot 14, Industrial Growth Centre, Lassipora, Pulwama - 192301, J&K",
        "01",
    ),
    "counter": (
        "Srinagar retail counter",
        "Shop 7, Polo View Market, Residency Road, Srinagar - 190001, J&K",
        "01",
    ),
}
PATS_IN = [
    "%d-%m-%Y",
    "%d/%m/%Y",
    "{d}-%b-%Y",
    "%d.%m.%Y",
    "{d} %B %Y",
    "%d-%b-%y",
    "%d/%m/%y",
    "{d}.{m}.%Y",
]
WIRE_PATS = ["%d %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%d%b%Y", "%B {d}, %Y"]
BANKS = [
    "Jammu & Kashmir Bank",
    "State Bank of India",
    "J&K Grameen Bank",
    "HDFC Bank",
    "Federal Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "IndusInd Bank",
    "Punjab National Bank",
    "Jhelum Valley Co-operative Bank",
]
IFSC = {
    "Jammu & Kashmir Bank": "JAKA",
    "State Bank of India": "SBIN",
    "J&K Grameen Bank": "JAKA",
    "HDFC Bank": "HDFC",
    "Federal Bank": "FDRL",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "IndusInd Bank": "INDB",
    "Punjab National Bank": "PUNB",
    "Jhelum Valley Co-operative Bank": "HDFC",
    "Yes Bank": "YESB",
}
DOMAINS = {
    "Jammu & Kashmir Bank": "jkbank.com",
    "State Bank of India": "sbi.bank.in",
    "J&K Grameen Bank": "jkgb.in",
    "HDFC Bank": "hdfcbank.com",
    "Federal Bank": "federalbank.co.in",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "IndusInd Bank": "indusind.com",
    "Punjab National Bank": "pnb.bank.in",
    "Yes Bank": "yes.bank.in",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "mongra": ("Kashmir saffron Mongra - GI tagged, 1 g tin", "tin", 380, 560, 5),
    "lachha": ("Kashmir saffron Lachha (stigma with style) - 5 g jar", "jar", 1450, 2200, 5),
    "bulk": ("Kashmir saffron Mongra - loose, by the gram (HSN 0910)", "g", 285, 420, 5),
    "corms": ("Saffron corms (seed bulbs), 8 g and above - HSN 0601", "kg", 140, 260, 0),
    "petals": ("Dried saffron petals - floral waste (HSN 1211)", "kg", 180, 420, 5),
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


def season(rng: random.Random, j: Job, month: int, day: int, span: int) -> None:
    """Move the payment into its season (the picking weeks, the corm sowing): ``span`` days from ``day`` of
    ``month`` in 2026, the UPI reference made again for the new day."""
    j.date = dt.date(2026, month, day) + dt.timedelta(days=rng.randrange(span))
    j.ref = utr(rng, j.date)


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party on a supplier's paper (Buyer (bill to): no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "JAKA")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R6{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N6{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


def iec(rng: random.Random) -> str:
    """An importer-exporter code (the company's PAN): never an id."""
    return f"AAH{rng.choice('CF')}K{digits(rng, 4)}{rng.choice(UPPER)}"


# ---------------------------------------------------------------- 1. tourists, hotels, sweet shops: UPI


SHOP_APPS = [
    "mPay Delight+",
    "Google Pay",
    "Instamojo",
    "Amazon Pay",
    "PhonePe",
    "super.money",
    "Easebuzz",
    "Paytm",
]
# notes for a small payment and for a large one
SHOP_NOTES = (
    [
        "Kesar tins",
        "Saffron jar - Lachha",
        "Mongra gift tins",
        "Kesar for kahwa",
        "Gift tins - Srinagar trip",
    ],
    [
        "Hotel kitchen order - Mongra",
        "Wazwan order - kesar",
        "Kesar for Diwali sweets",
        "Wedding order - saffron tins",
        "Saffron loose - restaurant",
    ],
)
PAYERS_UPI = [
    "Aijaz Ahmad Wani",
    "Ritika Sharma",
    "Hotel Snow Crest, Gulmarg",
    "Mudasir Hussain Mir",
    "Kavita Iyer",
    "Ahdoo Mohalla Caterers",
    "Saba Qureshi",
    "Rohan Malhotra",
]
# the buyer, the order, the sum (low, high)
PAGE_ORDERS = [
    ("Ms. Priyanka Deshmukh, Nagpur", "Kashmir saffron Mongra 5 g x 2 - gift box", 3800, 9500),
    ("Annapurna Mithai Ghar, Indore", "Saffron Mongra 100 g loose - for kesar peda", 28000, 46000),
    ("Mr. Farhan Siddiqui, Lucknow", "Lachha 5 g jar x 3 and kahwa mix", 5200, 11800),
    ("The Chinar Kitchen, Gurugram", "Mongra 50 g - restaurant pack, lab report enclosed", 14000, 24000),
]
SHOP_UPI_LABELS = {
    "mPay Delight+": ["UPI Ref No", "RRN"],
    "Google Pay": ["UPI transaction ID", "UPI Ref. No."],
    "Amazon Pay": ["Bank reference ID", "UPI Ref. No."],
    "PhonePe": ["UTR", "UTR No."],
    "super.money": ["UPI ref. ID", "RRN"],
    "Paytm": ["UPI Reference No.", "UPI Ref. No."],
}
OWN_IDS = {
    "mPay Delight+": ("mPay txn ID", "MPD{d}"),
    "Google Pay": ("Google transaction ID", "CICAgM{d}"),
    "Amazon Pay": ("Amazon Pay txn ID", "P04-{d}"),
    "PhonePe": ("Transaction ID", "T{d}"),
    "super.money": ("super.money txn ID", "SPM{d}"),
    "Paytm": ("Paytm txn No.", "{d}"),
}


def pay_page(rng: random.Random, font: str, k: int, j: Job, app: str, status: str) -> tuple[list, dict, dict]:
    """The web shop's Instamojo or Easebuzz page after a buyer paid (the payee on top, the status and the sum
    in either order or the sum in a Total paid row at the foot of the order, the day under them or at the
    foot)."""
    rs = money(rng, font, 0.5)
    who, what, lo, hi = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
    j.amount = rupees(rng, lo, hi, 0.7)
    to = rng.choice([COUNTER, COMPANY, SHORT, COUNTER.upper()])
    if app == "Instamojo":
        pid = f"MOJO{digits(rng, 4)}{code(rng, 1, UPPER)}{digits(rng, 5)}"
        url = f"www.instamojo.com/payment/receipt/{'view' if j.no_ref else pid}"
    else:
        pid = f"E{digits(rng, 3)}{code(rng, 9, ALNUM)}"
        url = f"pay.easebuzz.in/transaction/receipt{'' if j.no_ref else '/' + pid}"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, to, merchant=to)
    p.add(
        "small",
        rng.choice(
            ["GI tagged Kashmir saffron - Pampore", "Shop 7, Polo View Market, Residency Road, Srinagar"]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Payment complete - your saffron order is confirmed",
            "Order paid - dispatch from Srinagar within 24 hours",
            "Success - invoice sent to your e-mail",
        ]
    }
    labels = ["Payment captured on", "Order paid at", "Paid on (IST)"]
    in_row = rng.random() < 0.35
    day_first = rng.random() < 0.5
    if in_row:
        outcome_row(p, status, words)
        if day_first:
            date_row(p, j, labels, hour=True)
    elif rng.random() < 0.5:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    else:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    if day_first and not in_row:
        date_row(p, j, labels, hour=True)
    wrap_pair(p, rng.choice(["Billing name", "Buyer", "Customer"]), who)
    wrap_pair(p, rng.choice(["Items ordered", "Purpose"]), what)
    if in_row:
        p.pair(rng.choice(["Total paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["UPI", "UPI", "card", "netbanking"])
    shown = {
        "UPI": "UPI",
        "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
        f"{masked(rng, font)}",
        "netbanking": f"Net banking - {rng.choice(BANKS[:4])}",
    }[way]
    p.pair(rng.choice(["Paid using", "Payment instrument"]), shown, method=way)
    if not j.no_ref:
        if app == "Instamojo":
            p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            oid = f"KKH-{j.date:%y%m}-{digits(rng, 5)}"
            p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
        else:
            p.pair("Easebuzz ID", pid, txn=(TXN_RANK, pid))
            oid = f"KSP{digits(rng, 9)}"
            p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
        if way == "UPI":
            p.pair("UPI RRN" if app == "Instamojo" else "Bank ref. No. (RRN)", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair("Auth code" if app == "Instamojo" else "Card auth ID", appr, txn=(APPR_RANK, appr))
        else:
            bref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair("Bank txn No." if app == "Instamojo" else "Bank ref. No.", bref, txn=(BANK_RANK, bref))
    if not day_first:
        date_row(p, j, labels, hour=True)
    p.part = "foot"
    p.add("small", "Payments powered by Instamojo" if app == "Instamojo" else "Secured by Easebuzz")
    return p.done()


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists, hotels, caterers and sweet shops paying the Srinagar counter or the company: six UPI app
    screens (mPay Delight+, Google Pay, Amazon Pay, PhonePe, super.money, Paytm: the status, the sum and the
    payee block in one of four orders; the counter, its capitals, the company's capitals or its short name
    under You paid / Payment sent to / Sent to merchant / Payment to shop / Sending to merchant / Paying to
    merchant, its UPI ID, a Name as per bank records / Registered business name line on some, the sum large;
    the day on a line of its own under the status on some, else Completed at / Transaction time / Debited on /
    Attempted at / Started at first under the rule or after the references; Note / Remarks / For, From (the
    payer, the bank and the account's last digits) or Debited from, UPI Ref No / RRN / UPI transaction ID /
    UPI Ref. No. / Bank reference ID / UTR / UTR No. / UPI ref. ID / UPI Reference No., the app's own mPay txn
    ID / Google transaction ID / Amazon Pay txn ID / Transaction ID / super.money txn ID / Paytm txn No. on
    some; Paid - merchant credited / Success - amount sent to the store / Completed - payment reached the shop
    / Awaiting bank confirmation - do not pay again / Declined - payee bank not reachable, no money debited)
    and the web shop's two payment pages (Instamojo, Easebuzz: the counter or the company on top, the status
    and the sum large in either order, or the status alone on top and the sum in a Total paid / Amount paid
    row after the order; Payment captured on / Order paid at / Paid on (IST) under them or at the foot,
    Billing name / Buyer / Customer, Items ordered / Purpose, Paid using / Payment instrument UPI, card or net
    banking, Payment ID / Easebuzz ID, Order ID / Merchant txn ID, UPI RRN / Bank ref. No. (RRN), Auth code /
    Card auth ID or Bank txn No. / Bank ref. No.; Payment complete - your saffron order is confirmed / Order
    paid - dispatch from Srinagar within 24 hours / Success - invoice sent to your e-mail)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=760, high=64000, p_round=0.8)
    app = SHOP_APPS[k]
    if app in ("Instamojo", "Easebuzz"):
        return pay_page(rng, font, k, j, app, status)
    rs = money(rng, font, 0.7)
    to = rng.choice([COUNTER, COUNTER.upper(), COMPANY_CAPS, SHORT])
    handle = f"kongposh{rng.choice(['', '.kesar', '7'])}@{rng.choice(['jkb', 'hdfcbank', 'sbi', 'ybl'])}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": [
            "Paid - merchant credited",
            "Success - amount sent to the store",
            "Completed - payment reached the shop",
        ],
        "pending": ["Awaiting bank confirmation - do not pay again"],
        "failed": ["Declined - payee bank not reachable, no money debited"],
    }
    day_labels = (
        ["Completed at", "Transaction time", "Debited on"]
        if status == "success"
        else ["Attempted at", "Started at"]
    )
    day_mode = rng.choice(["status", "first", "last"])

    def status_block() -> None:
        outcome_row(p, status, words)
        if day_mode == "status" and not j.no_day:
            p.add(
                "small",
                f"{when(j.date, rng.choice(['{d} %b %Y', '%d %B %Y', '%d/%m/%Y']))}, {hhmm(rng)}",
                date=j.date,
            )

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["You paid", "Payment sent to", "Sent to merchant", "Payment to shop"]
                if status == "success"
                else ["Sending to merchant", "Paying to merchant"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if to != COMPANY_CAPS and rng.random() < 0.6:
            p.add(
                "small",
                f"{rng.choice(['Name as per bank records', 'Registered business name'])}: {COMPANY_CAPS}",
            )

    order = rng.randrange(4)
    if order == 0:
        status_block()
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    elif order == 1:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        status_block()
    elif order == 2:
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
        status_block()
    else:
        status_block()
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
    p.add("rule")
    if day_mode == "first":
        date_row(p, j, day_labels, hour=True)
    p.pair(rng.choice(["Note", "Remarks", "For"]), rng.choice(SHOP_NOTES[j.amount >= 9000]))
    source = {"mPay Delight+": "Jammu & Kashmir Bank"}.get(app) or rng.choice(BANKS[:7])
    short_bank = {"Jammu & Kashmir Bank": "J&K Bank", "State Bank of India": "SBI"}.get(source, source)
    if rng.random() < 0.6:
        payer = PAYERS_UPI[(k + rng.randrange(3)) % len(PAYERS_UPI)]
        wrap_pair(p, "From", f"{payer} - {short_bank} XX{digits(rng, 4)}")
    else:
        p.pair("Debited from", f"{short_bank} XX{digits(rng, 4)}")
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.7:
            label, pattern = OWN_IDS[app]
            if app == "PhonePe":
                own = pattern.format(d=f"{j.date:%y%m%d}{rng.randrange(6, 23):02d}{digits(rng, 15)}")
            elif app == "Paytm":
                own = pattern.format(d=digits(rng, 20))
            elif app == "Google Pay":
                own = pattern.format(d=code(rng, 14, MIXED))
            elif app == "Amazon Pay":
                own = pattern.format(d=f"{digits(rng, 7)}-{digits(rng, 7)}")
            else:
                own = pattern.format(d=digits(rng, 12))
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    if day_mode == "last":
        date_row(p, j, day_labels, hour=True)
    p.part = "foot"
    p.add(
        "small",
        rng.choice(["Powered by UPI | NPCI", "Something wrong? Report this payment", "Share receipt"]),
    )
    return p.done()


# ---------------------------------------------------------------- 2. wholesalers' and TTD's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Khari Baoli Masala Traders Pvt Ltd",
        "accounts@kharibaolimasala.in",
        "Khari Baoli, Delhi",
        "bulk",
        "portal",
    ),
    (
        "Masjid Bunder Dry Fruit Co.",
        "masjidbunderdryfruit@gmail.com",
        "Masjid Bunder, Mumbai",
        "bulk",
        "mail",
    ),
    (
        "Tirumala Tirupati Devasthanams",
        "mkt.purchase@tirumala.org",
        "Marketing Department, Tirupati",
        "bulk",
        "paper",
    ),
    (
        "Manek Chowk Sweets & Namkeen LLP",
        "payables@manekchowksweets.in",
        "Manek Chowk, Ahmedabad",
        "tins",
        "paper",
    ),
    ("Begum Bazar Spice House", "finance@begumbazarspice.in", "Begum Bazar, Hyderabad", "bulk", "mail"),
    ("Posta Bazar Kirana Suppliers Pvt Ltd", "ap@postabazarkirana.in", "Posta, Kolkata", "tins", "portal"),
    ("Chickpet Dry Fruits & Spices", "chickpetdryfruits@gmail.com", "Chickpet, Bengaluru", "tins", "mail"),
    (
        "Hall Bazar Kesar Bhandar Pvt Ltd",
        "accounts@hallbazarkesar.in",
        "Hall Bazar, Amritsar",
        "bulk",
        "portal",
    ),
]
# unit, per-unit price (low, high) in rupees
DEALER_GOODS = {
    "bulk": ("g", 250, 330),
    "tins": ("tins", 310, 420),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Spice and dry fruit wholesalers in Delhi, Mumbai, Ahmedabad, Hyderabad, Kolkata, Bengaluru and Amritsar
    and Tirumala Tirupati Devasthanams paying for the saffron the firm sent them by the gram or in 1 g tins: a
    payment e-mail, a printed PAYMENT ADVICE - SAFFRON PURCHASES / Vendor remittance intimation / ADVICE OF
    PAYMENT TO SUPPLIER (KESAR) and a vendor portal page (the payer on top with its desk line; Supplier No.,
    PO ref. and Inward entry No. (the Devasthanams' Tender / PO No. and Stores receipt voucher No.) first,
    then Payment in favour of / Paid to supplier / Beneficiary name (supplier) / Supplier / Amount remitted to
    the company, at the head of the body or of the payment block; the status under them or at the end of the
    payment block; Bills paid / Invoices settled / Against your bills / Bills covered by this advice, the
    bills with their grams or tins and sums (their bill days, dt. ..., on some), Total of bills / Bills passed
    for payment, Less: TDS u/s 194Q @ 0.1% (the Devasthanams' Less: TDS under GST @ 2% (IGST)), Less: Lab test
    shortfall - crocin below Grade I, n g / Less: Short weight on receipt - n g / Less: Dented tins - n tins /
    Less: Cash discount @ 1.5% on some, above or below the payment block: Payment particulars / Remittance,
    Net payment / Amount released / Net remitted to supplier (Amount withheld on the hold, Remittance sent
    back / Amount returned unpaid on the return), Payment mode / Remitted by NEFT / RTGS / IMPS, Beneficiary
    A/c No., UTR (NEFT) / NEFT UTR No. / RTGS UTR No. / UTR (RTGS) / IMPS RRN, Payment doc. No. / Remittance
    advice No. / Voucher ref., Payment date / Released on / Value date / Held on / Advice date / Rejected on /
    Date of return; Status: Released - amount credited to your account / Paid - please acknowledge receipt /
    Held - awaiting the quality test report from the lab / Rejected by bank - IFSC and account number
    mismatch)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    buyer, mail, desk, kind, frame = PAYERS[k]
    ttd = buyer.startswith("Tirumala")
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} {buyer.split()[1]} Accounts <{mail}>",
            [
                "Payment released - Kongposh Saffron",
                "Remittance intimation for your saffron bills",
                f"Your bills paid - {SHORT}",
            ]
            if status == "success"
            else [
                "Remittance intimation for your saffron bills",
                "Regarding your payment - Kongposh Saffron",
            ],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    section = "Purchases" if ttd else rng.choice(["Accounts Payable", "Purchase Accounts", "Bills Section"])
    p.add("small", f"{section}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - SAFFRON PURCHASES",
                "Vendor remittance intimation",
                "ADVICE OF PAYMENT TO SUPPLIER (KESAR)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Status: Released - amount credited to your account",
            "Paid - please acknowledge receipt",
        ],
        "pending": ["Held - awaiting the quality test report from the lab"],
        "failed": ["Rejected by bank - IFSC and account number mismatch"],
    }
    payee = ours(rng)
    if ttd:
        p.pair("Tender / PO No.", f"TTD/MKT/{rng.randrange(10, 99)}/{digits(rng, 4)}")
        p.pair("Stores receipt voucher No.", f"SRV/{digits(rng, 5)}")
    else:
        p.pair("Supplier No.", f"{rng.choice(['S', 'SUP', 'KS'])}{digits(rng, 5)}")
        p.pair("PO ref.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
        if rng.random() < 0.6:
            p.pair("Inward entry No.", f"IE{digits(rng, 7)}")
    labels = ["Payment in favour of", "Paid to supplier", "Beneficiary name (supplier)", "Supplier"] + (
        ["Amount remitted to"] if status == "success" else []
    )
    payee_top = rng.random() < 0.5
    if payee_top:
        wrap_pair(p, rng.choice(labels[:4]), payee, merchant=payee)
    unit, lo, hi = DEALER_GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    dated = rng.random() < 0.5 and not j.no_day
    bill_pat = rng.choice(["%d.%m.%y", "%d/%m/%Y", "%d-%b-%y"])
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(100, 1500, 50) if kind == "bulk" else rng.randrange(100, 800, 20)
        each = float(rng.randrange(lo, hi))
        value = round(qty * each * 1.05, 2)
        gross += value
        bill = f"KSP/{fy(j.date)}/{rng.randrange(1, 999):04d}"
        if dated:
            bill += f" dt. {when(earlier(rng, j, 9, 60), bill_pat)}"
        bills.append((f"{bill}  {qty:,} {unit}", rs(value)))
    gross = round(gross, 2)
    if ttd:
        tds_label, tds = "Less: TDS under GST @ 2% (IGST)", round(gross / 1.05 * 0.02, 2)
    else:
        tds_label, tds = "Less: TDS u/s 194Q @ 0.1%", round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.25 and kind == "bulk":
        short = rng.randrange(5, 40)
        cut = round(short * each * 1.05, 2)
        cuts.append((f"Less: Lab test shortfall - crocin below Grade I, {short} g", rs(cut)))
    elif pick < 0.45 and kind == "bulk":
        short = rng.randrange(2, 15)
        cut = round(short * each * 1.05, 2)
        cuts.append((f"Less: Short weight on receipt - {short} g", rs(cut)))
    elif pick < 0.45:
        bad = rng.randrange(2, 12)
        cut = round(bad * each * 1.05, 2)
        cuts.append((f"Less: Dented tins - {bad} tins", rs(cut)))
    elif pick < 0.7 and not ttd:
        cut = round((gross - tds) * 0.015, 2)
        cuts.append(("Less: Cash discount @ 1.5%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)

    def bill_block() -> None:
        p.add(
            "left",
            rng.choice(
                ["Bills paid", "Invoices settled", "Against your bills"]
                if status == "success"
                else ["Against your bills", "Bills covered by this advice"]
            ),
        )
        for label, value in bills:
            wrap_pair(p, label, value)
        p.pair(rng.choice(["Total of bills", "Bills passed for payment"]), rs(gross))
        p.pair(tds_label, rs(tds))
        for label, value in cuts:
            wrap_pair(p, label, value)

    status_top = rng.random() < 0.35

    def pay_block() -> None:
        p.add("left", rng.choice(["Payment particulars", "Remittance"]))
        if not payee_top:
            wrap_pair(p, rng.choice(labels), payee, merchant=payee)
        lab = {
            "success": ["Net payment", "Amount released", "Net remitted to supplier"],
            "pending": ["Amount withheld"],
            "failed": ["Remittance sent back", "Amount returned unpaid"],
        }[status]
        p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair(rng.choice(["Payment mode", "Remitted by"]), way, method="netbanking")
        wrap_pair(p, "Beneficiary A/c No.", account(rng, BANKS[:3]))
        if not j.no_ref:
            if status == "success":
                ref = bank_ref(rng, j, rng.choice(BANKS[3:9]), way)
                lab = {
                    "IMPS": ["IMPS RRN"],
                    "RTGS": ["RTGS UTR No.", "UTR (RTGS)"],
                    "NEFT": ["UTR (NEFT)", "NEFT UTR No."],
                }[way]
                p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
            doc = f"{rng.choice(['PD', 'RM', '19'])}{digits(rng, 8)}"
            p.pair(
                rng.choice(["Payment doc. No.", "Remittance advice No.", "Voucher ref."]),
                doc,
                txn=(INVOICE_RANK, doc),
            )
        day_pair(
            p,
            j,
            {
                "success": ["Payment date", "Released on", "Value date"],
                "pending": ["Held on", "Advice date"],
                "failed": ["Rejected on", "Date of return"],
            }[status],
            PATS_IN,
        )
        if not status_top:
            outcome_row(p, status, words)

    if status_top:
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
    p.add(
        "small",
        "This is a system generated advice and needs no signature. Write to us within 7 days of any "
        "difference."
        if not ttd
        else "Paid through the Devasthanams' treasury against the purchase order above. Quote the SRV in all "
        "letters.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. saffron importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Al Mubarakiya Spices Co. WLL",
        "Kuwait City, Kuwait",
        "KWD",
        "National Bank of Kuwait SAKP",
        1500,
        24000,
    ),
    (
        "Wing On Dried Seafood & Herbs Ltd",
        "Sheung Wan, Hong Kong",
        "HKD",
        "The Bank of East Asia Ltd",
        40000,
        620000,
    ),
    ("Gerrard Street Spice Importers Inc", "Toronto, Canada", "CAD", "Royal Bank of Canada", 6000, 90000),
    (
        "Dandenong Fine Foods Pty Ltd",
        "Melbourne, Australia",
        "AUD",
        "Westpac Banking Corporation",
        6000,
        96000,
    ),
    ("Namba Herb Trading Co. Ltd", "Osaka, Japan", "JPY", "MUFG Bank Ltd", 800000, 12000000),
    ("Norrebro Krydderi ApS", "Copenhagen, Denmark", "DKK", "Danske Bank A/S", 30000, 480000),
    ("Lexington Avenue Gourmet LLC", "New York, USA", "USD", "Citibank NA, New York", 4000, 70000),
    ("Ponsonby Spice Merchants Ltd", "Auckland, New Zealand", "NZD", "ASB Bank Ltd", 7000, 110000),
]
WIRE_BANKS = [
    ("Jammu & Kashmir Bank", "browser"),
    ("State Bank of India", "mail"),
    ("HDFC Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Axis Bank", "mail"),
    ("Kotak Mahindra Bank", "paper"),
    ("IndusInd Bank", "browser"),
    ("Punjab National Bank", "mail"),
]
WIRE_RATES = {
    "KWD": (284.0, 292.5),
    "HKD": (11.05, 11.6),
    "CAD": (61.8, 65.4),
    "AUD": (55.9, 59.3),
    "JPY": (0.565, 0.612),
    "DKK": (12.9, 13.8),
    "USD": (87.4, 90.6),
    "NZD": (50.8, 53.9),
}
INTERMEDIARY = {
    "KWD": "Citibank NA, New York",
    "JPY": "Sumitomo Mitsui Banking Corporation, Tokyo",
    "DKK": "Nordea Bank Abp, Copenhagen",
    "USD": "JPMorgan Chase Bank NA, New York",
    "NZD": "ANZ Bank New Zealand Ltd, Wellington",
}
SHIPPED = [
    "Kashmir saffron Mongra, GI tagged, in 1 g tins (HSN 09102010)",
    "Saffron Mongra loose - 2 kg in vacuum pouches (HSN 09102010)",
    "Kashmir saffron Lachha in 5 g glass jars (HSN 09102010)",
    "Saffron - 1 g and 2 g gift tins, ISO 3632 Grade I",
    "Kashmir saffron, crushed and whole - by air freight",
]


def danish(value: float) -> str:
    """A sum with dots between the thousands and a decimal comma (48.250,00)."""
    return f"{value:,.2f}".replace(",", "_").replace(".", ",").replace("_", ".")


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars; Kuwaiti dinars with three decimals (KWD
    or KD before the sum); yen whole (JPY before the sum or after it); Danish kroner with dots between the
    thousands and a decimal comma (DKK before the sum or kr. after it); Hong Kong, Canadian, Australian and
    New Zealand dollars with their code or their local sign (HK$, C$, A$, NZ$) before the sum."""
    if cur == "USD":
        return fx(rng, font, cur)
    if cur == "KWD":
        mark = rng.choice(["KWD ", "KD "])

        def dinar(value: float) -> str:
            return f"{mark}{value:,.3f}"

        return dinar
    if cur == "JPY":
        after = rng.random() < 0.4

        def yen(value: float) -> str:
            return f"{value:,.0f} JPY" if after else f"JPY {value:,.0f}"

        return yen
    if cur == "DKK":
        after = rng.random() < 0.5

        def krone(value: float) -> str:
            return f"{danish(value)} kr." if after else f"DKK {danish(value)}"

        return krone
    mark = rng.choice(
        {"HKD": ["HKD ", "HK$"], "CAD": ["CAD ", "C$"], "AUD": ["AUD ", "A$"], "NZD": ["NZD ", "NZ$"]}[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saffron importers in Kuwait, Hong Kong, Toronto, Melbourne, Osaka, Copenhagen, New York and Auckland
    paying for Mongra and Lachha saffron in tins, jars and vacuum pouches: the banks' inward remittance
    advices (browser, e-mail, printed INWARD REMITTANCE - CREDIT ADVICE (EXPORT) / Inward foreign remittance -
    advice of credit / Export proceeds realised - credit advice: the bank on top with its forex desk; the
    status under the heading on some, at the foot on the rest; Value date / Date of credit / Realisation date
    / Received on / Held since / Date of return / Sent back on first, after the sums or after the references,
    in capitals on some; the remitter's block (Remitter (importer) / Ordering customer (50K), Remitter's bank
    / Remitting institution (52A), Intermediary institution (56A) on some) above or below the beneficiary's
    (Beneficiary name (exporter) / Account of exporter / Beneficiary customer (59) / In favour of (exporter)
    the company, Beneficiary account No., IEC); Amount of remittance / Foreign currency amount / Remittance
    (FCY) in Kuwaiti dinars (three decimals), Hong Kong, Canadian or Australian dollars, yen (whole), Danish
    kroner (dots between the thousands and a decimal comma), US or New Zealand dollars, Charges borne by, on a
    credit Exchange rate applied (100 JPY = INR x for yen), INR equivalent, Less: Commission and GST and Net
    INR credited, on the return Return charges and GST, nothing in rupees on the held one; Purpose code,
    Description of goods, Invoice No. (Proforma invoice No. against an advance), Airway bill No. and date,
    Mode of receipt, Sender's ref. (20), IRM No. / Transaction ref. No. / Bank reference, UETR; Funds credited
    - IRM generated and reported / Realised and credited to your EEFC/CA / Under review - purpose code
    confirmation awaited from exporter / Sent back to remitter's bank - beneficiary name does not match the
    account)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    payer, city, cur, pbank, lo, hi = IMPORTERS[k]
    if cur == "JPY":
        j.amount = float(rng.randrange(lo // 1000, hi // 1000) * 1000)
    elif cur == "KWD":
        j.amount = round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo, hi))
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
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Finance <tradefinance.srinagar@{slug(bank)}>",
            [
                "Foreign inward remittance - your account credited",
                "Inward foreign remittance - advice of credit",
                "Export proceeds credited - advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/irm/inward/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, Residency Road, Srinagar",
                "International Banking Unit, M A Road, Srinagar",
                "Centralised Trade Services, Jammu",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE - CREDIT ADVICE (EXPORT)",
                "Inward foreign remittance - advice of credit",
                "Export proceeds realised - credit advice",
            ]
            if status == "success"
            else [
                "INWARD REMITTANCE - CREDIT ADVICE (EXPORT)",
                "Inward foreign remittance - advice of credit",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Funds credited - IRM generated and reported",
            "Realised and credited to your EEFC/CA",
        ],
        "pending": ["Under review - purpose code confirmation awaited from exporter"],
        "failed": ["Sent back to remitter's bank - beneficiary name does not match the account"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    day_labels = {
        "success": ["Value date", "Date of credit", "Realisation date"],
        "pending": ["Received on", "Held since"],
        "failed": ["Date of return", "Sent back on"],
    }[status]
    day_at = rng.choice(["first", "sums", "refs"])
    upper = rng.random() < 0.3
    if day_at == "first":
        day_pair(p, j, day_labels, WIRE_PATS, upper=upper)

    def remitter_block() -> None:
        wrap_pair(p, rng.choice(["Remitter (importer)", "Ordering customer (50K)"]), f"{payer}, {city}")
        wrap_pair(p, rng.choice(["Remitter's bank", "Remitting institution (52A)"]), pbank)
        if cur in INTERMEDIARY and rng.random() < 0.7:
            wrap_pair(p, "Intermediary institution (56A)", INTERMEDIARY[cur])

    def beneficiary_block() -> None:
        wrap_pair(
            p,
            rng.choice(
                [
                    "Beneficiary name (exporter)",
                    "Account of exporter",
                    "Beneficiary customer (59)",
                    "In favour of (exporter)",
                ]
            ),
            me,
            merchant=me,
        )
        p.pair("Beneficiary account No.", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(['EEFC', 'CA'])})")
        p.pair("IEC", iec(rng))

    if rng.random() < 0.5:
        remitter_block()
        p.add("rule")
        beneficiary_block()
    else:
        beneficiary_block()
        p.add("rule")
        remitter_block()
    p.pair(
        rng.choice(["Amount of remittance", "Foreign currency amount", "Remittance (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges borne by", rng.choice(["BEN", "SHA", "OUR"]))
    chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
    if status == "failed":
        p.pair("Return charges and GST", f"INR {chg:,.2f}")
    elif status == "success":
        p.pair(
            "Exchange rate applied",
            f"1 {cur} = INR {rate}" if cur != "JPY" else f"100 JPY = INR {rate * 100:.2f}",
        )
        inr = round(j.amount * rate, 2)
        p.pair("INR equivalent", f"INR {inr:,.2f}")
        p.pair("Less: Commission and GST", f"INR {chg:,.2f}")
        p.pair("Net INR credited", f"{inr - chg:,.2f}")
    if day_at == "sums":
        day_pair(p, j, day_labels, WIRE_PATS, upper=upper)
    advance = rng.random() < 0.35
    p.pair("Purpose code", "P0103 - advance against exports" if advance else "P0102 - export of goods")
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair(
        "Proforma invoice No." if advance else "Invoice No.",
        f"KSP/{'PI' if advance else 'EXP'}/{rng.randrange(1, 160):03d}/{fy(j.date)}",
    )
    if not j.no_day and not advance and rng.random() < 0.7:
        p.pair("Airway bill No.", f"{rng.choice(['098', '176', '157'])}-{digits(rng, 8)}")
        p.pair("Airway bill date", when(earlier(rng, j, 8, 60), rng.choice(WIRE_PATS)))
    p.pair("Mode of receipt", rng.choice(["SWIFT MT103", "SWIFT MT103 - gpi"]), method="netbanking")
    p.pair("Sender's ref. (20)", f"{code(rng, 4, UPPER)}{digits(rng, 10)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'INW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM No.", "Transaction ref. No.", "Bank reference"]), ref, txn=(BANK_RANK, ref))
    if status != "failed" and rng.random() < 0.6:
        uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
        wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    if day_at == "refs":
        day_pair(p, j, day_labels, WIRE_PATS, upper=upper)
    if not status_top:
        outcome_row(p, status, words)
    p.part = "foot"
    p.add(
        "small",
        "Submit the shipping documents so that the remittance is matched on EDPMS within the FEMA time limit."
        if status == "success"
        else "Please contact the forex cell with the reference above.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. counter, fields, drying unit, accounts


# the party, the way it paid, the unit (counter, farms, unit, or the accounts desk's mail), the goods
SALES = [
    ("Mr. Sourav Banerjee, Salt Lake, Kolkata", "card", "counter", "mongra"),
    ("Hotel Chinar Residency, Rajbagh, Srinagar", "cheque", "counter", "bulk"),
    ("Chandni Chowk Mithai Bhandar, Delhi", "NEFT", "mail", "bulk"),
    ("Mr. Ghulam Rasool Bhat, Padgampora", "cash", "farms", "corms"),
    ("Kishtwar Kesar Kashtkar Samiti", "cheque", "farms", "corms"),
    ("Himalayan Herbal Cosmetics, Bari Brahmana", "UPI", "unit", "petals"),
    ("Waza Mohammad Yaseen, Nowhatta, Srinagar", "cash", "counter", "lachha"),
    ("Ms. Ananya Kulkarni, Pune", "UPI", "mail", "mongra"),
]
# each unit's headings, with the number's and the day's labels that go with each heading
SALE_HEADS = {
    "counter": [
        ("TAX INVOICE - KASHMIR SAFFRON (RETAIL)", "Tax invoice No.", ["Invoice date", "Dated"]),
        ("CASH MEMO - POLO VIEW COUNTER", "Memo No.", ["Memo date", "Dated"]),
    ],
    "farms": [
        ("RECEIPT - SAFFRON CORMS SOLD BY WEIGHT", "Corm receipt No.", ["Date of receipt", "Dated"]),
        ("CORM SALE VOUCHER - KAREWA FIELDS", "Voucher No.", ["Voucher date", "Dated"]),
    ],
    "unit": [
        ("SALE VOUCHER - DRIED SAFFRON PETALS (BY WEIGHT)", "Sale voucher No.", ["Voucher date", "Dated"]),
        ("RECEIPT - FLORAL WASTE (PETALS) SOLD", "Receipt No.", ["Date of receipt", "Dated"]),
    ],
    "mail": [("", "", ["Receipt date", "Date of payment", "Dated"])],
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Srinagar counter's TAX INVOICE - KASHMIR SAFFRON (RETAIL) / CASH MEMO - POLO VIEW COUNTER to a
    Kolkata tourist, a Rajbagh hotel and a Nowhatta wazwan cook, the fields' RECEIPT - SAFFRON CORMS SOLD BY
    WEIGHT / CORM SALE VOUCHER - KAREWA FIELDS to a Padgampora grower and a Kishtwar growers' samiti in the
    sowing weeks, the drying unit's SALE VOUCHER - DRIED SAFFRON PETALS (BY WEIGHT) / RECEIPT - FLORAL WASTE
    (PETALS) SOLD to a Bari Brahmana herbal cosmetics maker after the picking (paper: the counter, the farms,
    the unit or the company on top with its "A unit of" line, address and GSTIN; each heading's number and
    day, Tax invoice No. and Invoice date, Memo No. and Memo date, Corm receipt No. and Date of receipt,
    Voucher No. and Voucher date, Sale voucher No. and Voucher date, Receipt No. and Date of receipt, or
    Dated, in either order, then Bought by / Name of buyer / Customer name and address, the tins, jars, grams
    or kilos x rate, Less: Discount @ 5% on the counter's, CGST and SGST @ 2.5% or the corms' GST: Nil (bulbs
    for sowing) line, Bill amount / Total (incl. GST) / Total, Cash received / Received in cash / UPI received
    / Paid by card / Card sale amount / Cheque received for / Received by cheque, the sum in words under it,
    Payment by / Mode of receipt, RRN / UPI RRN / Approval code / Auth No. and the card, Cheque No. and bank,
    Cheque dated, the GI authorised user and the lab certificate lines on the counter's; RECEIVED WITH THANKS
    / PAID / PAID - SAFFRON SEALED AND HANDED OVER / PAID - CORMS WEIGHED AND LOADED / PAID - PETALS WEIGHED
    AND DESPATCHED / CHEQUE RECEIVED - GOODS HELD TILL CLEARANCE / CHEQUE RETURNED - EXCEEDS ARRANGEMENT, SALE
    VOID, the signature line For <unit> - Cashier, the rubber stamp) and the accounts desk's Payment
    acknowledgement - thank you e-mails to buyers outside the state, with IGST @ 5% (Payment receipt No. /
    Acknowledgement No., Receipt date / Date of payment / Dated; a Delhi sweet shop's Advance received with
    order / Part payment received against its Order value with the Balance payable before dispatch / Balance
    due and the UTR No. / NEFT UTR, ADVANCE RECEIVED - DIWALI ORDER BOOKED in the weeks before Diwali; a Pune
    buyer's tins by UPI, PAYMENT RECEIVED - ORDER PACKED FOR COURIER)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    party, way, unit, kind = SALES[k]
    if kind == "corms":
        season(rng, j, 7, 1, 50)
    elif kind == "petals":
        season(rng, j, 11, 5, 40)
    elif k == 2:
        season(rng, j, 8, 20, 60)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    head, number_label, day_labels = rng.choice(SALE_HEADS[unit])
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@kongposhsaffron.in>",
            [
                "Payment received - Kongposh Saffron",
                "Your payment is acknowledged",
                "Receipt for your saffron order",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Kashmir saffron growers and packers - Pampore  |  Accounts desk")
        p.add("center", "Payment acknowledgement - thank you")
        p.add("rule")
        p.part = "body"
    else:
        name = {"counter": COUNTER, "farms": FARMS, "unit": UNIT}[unit]
        me = rng.choice([name, name.upper(), COMPANY])
        where = UNITS[unit]
        p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else f"{where[0]} - Kashmir saffron, Pampore",
            where[1],
            where[2],
            [head],
        )

    def number_row() -> None:
        if j.no_ref:
            return
        heads = {
            "counter": ["KKH", "PVC"],
            "farms": ["KKF", "CRM"],
            "unit": ["DPU", "PTL"],
            "mail": ["KSP", "ACK"],
        }
        rno = f"{rng.choice(heads[unit])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        label = rng.choice(["Payment receipt No.", "Acknowledgement No."]) if unit == "mail" else number_label
        p.pair(label, rno, txn=(INVOICE_RANK, rno))

    if rng.random() < 0.5:
        number_row()
        day_pair(p, j, day_labels, PATS_IN)
    else:
        day_pair(p, j, day_labels, PATS_IN)
        number_row()
    wrap_pair(p, rng.choice(["Bought by", "Name of buyer", "Customer name and address"]), party)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind in ("corms", "petals"):
        kilos = rng.randrange(80, 900, 5) if kind == "corms" else rng.randrange(40, 360)
        rate = float(rng.randrange(lo, hi)) + rng.choice([0.0, 0.5])
        base = round(kilos * rate, 2)
        p.pair(f"  {kilos:,} kg x {rate:.2f}", rs(base))
    else:
        if kind == "bulk":
            qty = rng.randrange(500, 2000, 50) if advance else rng.randrange(50, 300, 10)
            shown = f"{qty:,} g"
        elif kind == "lachha":
            qty = rng.randrange(2, 12)
            shown = f"{qty} jars"
        else:
            qty = rng.randrange(2, 12)
            shown = f"{qty} tins"
        rate = float(rng.randrange(lo, hi, 5))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        if unit == "counter" and rng.random() < 0.6:
            off = round(base * 0.05, 2)
            p.pair("Less: Discount @ 5%", rs(off))
            base = round(base - off, 2)
    if gst_rate and unit == "mail":
        tax = round(base * gst_rate / 100, 2)
        p.pair(f"IGST @ {gst_rate:g}%", rs(tax))
        bill = round(base + tax, 2)
    elif gst_rate:
        half = round(base * gst_rate / 200, 2)
        p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
        bill = round(base + 2 * half, 2)
    else:
        p.pair("GST", "Nil (bulbs for sowing)")
        bill = base
    totals = ["Bill amount", "Total (incl. GST)"] if gst_rate else ["Bill amount", "Total"]
    p.pair(rng.choice(["Order value"] if advance else totals), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.4]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque received for", "Received by cheque"])
    elif advance:
        lab = rng.choice(["Advance received with order", "Part payment received"])
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": "UPI received",
            "card": rng.choice(["Paid by card", "Card sale amount"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance payable before dispatch", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Payment by", "Mode of receipt"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:4])}")
        if not j.no_day:
            p.pair("Cheque dated", j.other_day(rng, -5, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI RRN", "RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[3:9]), "NEFT")
        p.pair(rng.choice(["NEFT UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval code", "Auth No."]), appr, txn=(APPR_RANK, appr))
    if unit == "counter":
        p.add("small", f"GI authorised user No. GI-635/AU/{rng.randrange(100, 999)} - Kashmir Saffron")
        p.add("small", f"Lab certificate KSL/{rng.randrange(100, 999)} - ISO 3632 Category I")
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "corms":
        words.append("PAID - CORMS WEIGHED AND LOADED")
    elif kind == "petals":
        words.append("PAID - PETALS WEIGHED AND DESPATCHED")
    elif advance:
        words = ["ADVANCE RECEIVED - DIWALI ORDER BOOKED"]
    elif unit == "mail":
        words.append("PAYMENT RECEIVED - ORDER PACKED FOR COURIER")
    else:
        words.append("PAID - SAFFRON SEALED AND HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - GOODS HELD TILL CLEARANCE",
        "failed": "CHEQUE RETURNED - EXCEEDS ARRANGEMENT, SALE VOID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "corms": "Corms graded by weight before the buyer. Sowing advice free from the farm office.",
            "petals": "Petals sold as dried, lifted by the buyer in its own bags. No return.",
            "mail": "Saffron goes by insured courier in sealed tins; the lab report travels with each lot.",
        }.get(
            "mail" if unit == "mail" else kind,
            "Store saffron away from light and moisture. Goods once sealed are not taken back without this "
            "bill.",
        ),
    )
    if unit != "mail":
        right(p, f"For {name} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            {
                "counter": "KONGPOSH KESAR HOUSE",
                "farms": "KONGPOSH KAREWA FARMS",
                "unit": "KONGPOSH DRYING UNIT",
            }[unit],
            {"counter": "POLO VIEW, SRINAGAR", "farms": "KONIBAL, PAMPORE", "unit": "LASSIPORA, PULWAMA"}[
                unit
            ],
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. tins, labels, jars, dryers, farm inputs


SUPPLIERS = [
    (
        "Bari Brahmana Tin Containers Pvt Ltd",
        "Printed tin containers | Acrylic saffron boxes",
        "Phase II, SIDCO Industrial Complex, Bari Brahmana, Samba - 181133, J&K",
        "01",
        "BBT",
    ),
    (
        "Rangreth Label & Print House",
        "Labels | Hologram seals | Printed cartons",
        "Industrial Estate, Rangreth, Srinagar - 190007, J&K",
        "01",
        "RLP",
    ),
    (
        "Kathua Glass Packaging LLP",
        "Glass jars and vials for saffron | Corks and caps",
        "Industrial Estate, Hatli Morh, Kathua - 184102, J&K",
        "01",
        "KGP",
    ),
    (
        "Okhla Food Process Equipment Pvt Ltd",
        "Dehydrators | Vacuum sealers | Precision balances",
        "B-46, Okhla Industrial Area Phase II, New Delhi - 110020",
        "07",
        "OFP",
    ),
    (
        "Pampore Agro Inputs & Vermicompost",
        "Vermicompost | Neem cake | Sprinkler parts",
        "Main Chowk, Pampore, Pulwama - 192121, J&K",
        "01",
        "PAI",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "BBT": [
        ("Printed tin 1 g - saffron, with inner lid", "7310", "pcs", 9, 16, 18, 5000, 40000),
        ("Acrylic box 2 g with GI label window", "3923", "pcs", 11, 19, 18, 2000, 20000),
    ],
    "RLP": [
        ("Hologram seal - tamper evident, serial numbered", "4821", "pcs", 1, 3, 18, 10000, 80000),
        ("Printed carton for 10 x 1 g tins", "4819", "pcs", 6, 12, 18, 1000, 9000),
    ],
    "KGP": [
        ("Glass jar 5 g with cork and seal", "7010", "pcs", 14, 26, 18, 2000, 16000),
        ("Glass vial 0.5 g with cap", "7010", "pcs", 6, 11, 18, 3000, 24000),
    ],
    "OFP": [
        ("Saffron dehydrator - 10 tray, electric", "8419", "nos", 38000, 72000, 18, 1, 4),
        ("Vacuum sealing pouches 10 x 15 cm", "3923", "pcs", 2, 5, 18, 5000, 30000),
    ],
    "PAI": [
        ("Vermicompost - 50 kg bag", "3101", "bags", 420, 640, 5, 40, 400),
        ("Neem cake - 50 kg bag", "2306", "bags", 900, 1350, 5, 20, 160),
    ],
}
SUPPLY_ORDER = [0, 3, 1, 4, 2, 0, 4, 3]
SUPPLY_WAYS = ["RTGS", "-", "NEFT", "UPI", "UPI", "NEFT", "-", "RTGS"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Bari Brahmana tin maker, the Rangreth label printer, the Kathua glass jar maker, the Okhla dryer
    and sealer maker and the Pampore farm input dealer billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE (ORIGINAL FOR BUYER) / GST INVOICE / TAX INVOICE CUM RECEIPT, Invoice
    No. / Inv. No. / Tax invoice No. and Invoice dt. / Invoice date / Dated in either order, or both on one
    row (Invoice No. <number> dt. <day>) on some, Buyer (bill to) / Recipient of supply / Sold to the company,
    Ship to (consignee) / Deliver at the unit or the farms, State code, E-way bill No., Transporter and Docket
    No. or Vehicle No., Buyer's order No., the tins, boxes, seals, cartons, jars, vials, dehydrators, pouches,
    vermicompost or neem cake with HSN, pcs, nos or bags x rate, Taxable value, CGST and SGST or IGST @ 5% or
    18%, Round off, Invoice value, Less: Advance received on order and Balance paid by NEFT / RTGS on some,
    Less: TDS u/s 194Q by buyer and Net received - NEFT / RTGS on some, else Paid by NEFT / RTGS / Amount
    received via NEFT / RTGS / Paid via UPI QR / UPI receipt with UTR No. / UTR Ref. / UPI RRN / UPI Ref., or
    Cheque received for / Payment by cheque with Cheque No.; PAID IN FULL / AMOUNT RECEIVED - THANK YOU / NO
    DUES - ACCOUNT SETTLED / RECEIVED BY NEFT / RTGS / UPI / CHEQUE IN CLEARING - RECEIPT PROVISIONAL / CHEQUE
    RETURNED - PAYMENT STOPPED BY DRAWER, the amount in words, For <supplier>, the supplier's rubber
    stamp)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE (ORIGINAL FOR BUYER)", "GST INVOICE", "TAX INVOICE CUM RECEIPT"],
    )
    inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
    one_row = rng.random() < 0.3 and not j.no_ref and not j.no_day
    if one_row:
        text = f"{inv}  dt. {when_in(j, PATS_IN[:5], rng)}"
        p.pair("Invoice No.", text, txn=(INVOICE_RANK, inv), date=j.date)
    else:

        def number_row() -> None:
            if not j.no_ref:
                p.pair(
                    rng.choice(["Invoice No.", "Inv. No.", "Tax invoice No."]), inv, txn=(INVOICE_RANK, inv)
                )

        day_labels = ["Invoice dt.", "Invoice date", "Dated"]
        if rng.random() < 0.5:
            number_row()
            day_pair(p, j, day_labels, PATS_IN)
        else:
            day_pair(p, j, day_labels, PATS_IN)
            number_row()
    ours_to(p, ["Buyer (bill to)", "Recipient of supply", "Sold to"])
    deliver = f"{FARMS}, Konibal" if tag == "PAI" else f"{UNIT}, Lassipora"
    wrap_pair(p, rng.choice(["Ship to (consignee)", "Deliver at"]), deliver)
    p.pair("State code", "Jammu and Kashmir (01)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("PAI", "RLP"):
        p.pair("Vehicle No.", f"JK-{'13' if tag == 'PAI' else '01'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        carrier, mark = rng.choice(
            [("Jawahar Tunnel Roadways", "JTR"), ("Valley Transport Co.", "VTC"), ("Gati Ltd", "GT")]
        )
        wrap_pair(p, "Transporter", carrier)
        p.pair("Docket No.", f"{mark}{digits(rng, 7)}")
    p.pair("Buyer's order No.", f"KSP/PO/{rng.randrange(100, 999)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2) if hi < 1000 else float(rng.randrange(lo, hi, 500))
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "01")
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
        adv = float(round(total * rng.choice([0.2, 0.25, 0.5]), -2))
        p.pair("Less: Advance received on order", rs(adv))
    elif way in ("NEFT", "RTGS") and pick < 0.6:
        tds = round(taxable * 0.001, 2)
        p.pair("Less: TDS u/s 194Q by buyer", rs(tds))
    j.amount = round(total - adv - tds, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received for", "Payment by cheque"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:4])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif tds:
            lab = f"Net received - {way}"
        elif way == "UPI":
            lab = rng.choice(["Paid via UPI QR", "UPI receipt"])
        else:
            lab = rng.choice([f"Paid by {way}", f"Amount received via {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "UPI Ref."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:4]), way)
                p.pair(rng.choice(["UTR No.", "UTR Ref."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            [
                "PAID IN FULL",
                "AMOUNT RECEIVED - THANK YOU",
                "NO DUES - ACCOUNT SETTLED",
                f"RECEIVED BY {way}",
            ]
        ),
        "pending": "CHEQUE IN CLEARING - RECEIPT PROVISIONAL",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add(
        "small",
        f"Goods once sold will not be taken back. Interest @ 18% p.a. after 30 days. {town} jurisdiction.",
    )
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Valley Air Cargo Agents", "Air freight SXR to DEL - saffron consignments", 9000, 64000),
    ("Mir Sprinkler Irrigation Works", "Sprinkler line repair - Konibal karewa plots", 14000, 88000),
    ("Haji Abdul Rashid Shah", "Counter rent - Polo View Market", 45000, 120000),
    ("Chinar Security & Allied Services", "Night guards at the drying unit - one month", 28000, 66000),
    ("Sheikh Tractor Hire Service", "Ploughing and levelling - karewa plots", 12000, 54000),
    ("Dal Gate Design Studio", "Tin and carton artwork - festive range", 8000, 38000),
    ("Lassipora Electricals", "Dryer room wiring and stabiliser", 6000, 42000),
    ("Kesar Analytical Lab", "ISO 3632 tests - crocin, safranal, picrocrocin", 7000, 36000),
]
CORP_PORTALS = [
    (
        "JK Bank Corporate Internet Banking",
        "Jammu & Kashmir Bank",
        "corporate.jkbank.com/fundtransfer/status",
    ),
    ("HDFC Bank ENet", "HDFC Bank", "enet.hdfcbank.com/payments/enquiry"),
    ("yono BUSINESS", "State Bank of India", "yonobusiness.sbi.bank.in/transfers/view"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its air cargo agent, the sprinkler fitter, the counter's landlord, the security
    agency, the tractor hirer, the designer, the electrician and the testing lab: corporate net banking's
    transfer pages (JK Bank Corporate Internet Banking, HDFC Bank ENet, yono BUSINESS: the portal on top and
    the bank's line, Funds transfer status / Transaction enquiry; in three orders: the day and the status
    under the heading, both at the foot, or the status under the heading and the day at the foot; Executed on
    / Transfer date / Value date / Created on / Submitted on / Rejected on / Reversed on; Executed - credited
    to beneficiary / Status: Success - funds transferred / Pending authorisation - checker approval due /
    Rejected - beneficiary account frozen, debit reversed; the references (UTR No. / UTR / RRN / IMPS RRN and
    Transaction reference / Bank reference No.) above the payee or after the details: Beneficiary / Pay to /
    Transferred to (beneficiary) / Name of beneficiary, Beneficiary alias, Account No. and IFSC, Debit from
    account the company, Operator ID, Transfer amount / Amount / Debited amount, Transfer type NEFT / RTGS /
    IMPS, Narration / Remarks, Created by / Authorised by, Balance after transfer on some)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, host if j.no_ref else f"{host}?txn={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Funds transfer', 'Payments', 'Enquiry'])}")
    p.add("center", rng.choice(["Funds transfer status", "Transaction enquiry"]))
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Executed - credited to beneficiary", "Status: Success - funds transferred"],
        "pending": ["Pending authorisation - checker approval due"],
        "failed": ["Rejected - beneficiary account frozen, debit reversed"],
    }
    day_labels = {
        "success": ["Executed on", "Transfer date", "Value date"],
        "pending": ["Created on", "Submitted on"],
        "failed": ["Rejected on", "Reversed on"],
    }[status]
    hour = rng.random() < 0.5
    layout = rng.choice(["head", "foot", "split"])
    if layout == "head":
        date_row(p, j, day_labels, hour=hour)
    if layout in ("head", "split"):
        outcome_row(p, status, words)
        p.add("rule")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)

    def refs() -> None:
        if j.no_ref:
            return
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR No.", "UTR"]) if way != "IMPS" else rng.choice(["RRN", "IMPS RRN"]),
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Transaction reference", "Bank reference No."]), tr, txn=(BANK_RANK, tr))

    refs_first = rng.random() < 0.5
    if refs_first:
        refs()
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Beneficiary", "Pay to", "Transferred to (beneficiary)", "Name of beneficiary"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary alias", "".join(w[0] for w in who.split() if w[0].isalpha()).lower() + "srinagar")
    ben = rng.choice(BANKS[:10])
    p.pair("Account No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit from account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair("Operator ID", f"KSPL{rng.choice(['ACC', 'FIN'])}{digits(rng, 2)}")
    p.pair(rng.choice(["Transfer amount", "Amount", "Debited amount"]), rs(j.amount), amount=j.amount)
    p.pair("Transfer type", way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Remarks"]), note)
    p.pair("Created by / Authorised by", f"KSPACC1 / {'-' if status == 'pending' else 'KSPMD01'}")
    if status == "success" and rng.random() < 0.5:
        p.pair("Balance after transfer", rs(rupees(rng, 120000, 4800000)))
    if not refs_first:
        refs()
    if layout != "head":
        p.add("rule")
        date_row(p, j, day_labels, hour=hour)
    if layout == "foot":
        outcome_row(p, status, words)
    p.part = "foot"
    p.add("small", "A rejected transfer is reversed to the debit account within two working days.")
    return p.done()


# ---------------------------------------------------------------- 7. pickers, separators, field hands


# payee, role, village, kind
WORKERS = [
    ("Shakeela Akhter", "Flower picker - Konibal karewa", "Konibal", "pick"),
    ("Hafiza Begum", "Stigma separation - home work", "Lethpora", "sep"),
    ("Mohammad Ashraf Dar", "Field hand - hoeing and weeding", "Chandhara", "field"),
    ("Rifat Jan", "Packer - 1 g tins and 5 g jars", "Lassipora", "pack"),
    ("Mehmooda Bano", "Stigma separation - home work", "Dussu", "sep"),
    ("Bashir Ahmad Ganie", "Flower picker - Lethpora plots", "Namblabal", "pick"),
    ("Tasleema Akhter", "Stigma separation - home work", "Dussu", "sep"),
    ("Nazir Ahmad Lone", "Field hand - hoeing and weeding", "Khrew", "field"),
]
WORK_FRAMES = ["paper", "paper", "zwitch", "paper", "gpay", "zwitch", "paper", "mpay"]
# kind: slip headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "pick": (
        ["FLOWER PICKING WAGES - PER KG OF FLOWERS", "KONG POSH CHUNAI MAZDOORI PARCHI"],
        ["Name of picker", "Wages paid to (picker)"],
        "Flowers picked: {q} kg x {rate}",
        (35, 60),
        (40, 260),
        ["Net payable and paid", "Paid to picker (net)"],
    ),
    "sep": (
        ["STIGMA SEPARATION WAGES - PER KG OF FLOWERS", "GHAR KAAM MAZDOORI - KESAR CHHANTAI"],
        ["Home worker", "Mazdoori paid to (separator)"],
        "Flowers cleaned: {q} kg x {rate}",
        (90, 160),
        (20, 140),
        ["Net mazdoori handed over", "Amount paid to worker"],
    ),
    "field": (
        ["FIELD WAGES - HOEING PER KANAL", "GUDAI MAZDOORI PARCHI (KAREWA)"],
        ["Labourer's name", "Wages paid to (field hand)"],
        "Kanals hoed and weeded: {q} x {rate}",
        (350, 600),
        (6, 30),
        ["Net payable and paid", "Amount paid to worker"],
    ),
    "pack": (
        ["PACKING WAGES - PER HUNDRED TINS", "PACKING MAZDOORI SLIP (TINS AND JARS)"],
        ["Packer's name", "Wages paid to (packer)"],
        "Tins and jars packed (hundreds): {q} x {rate}",
        (40, 75),
        (30, 160),
        ["Net payable and paid", "Amount paid to packer"],
    ),
}


def zwitch_page(rng: random.Random, font: str, j: Job, status: str, who: str, kind: str, rs) -> tuple:
    """Zwitch's payout transfer page (Zwitch on top, the company's payouts line under it; the payee above the
    sum and the status or under them)."""
    j.amount = rupees(rng, 2600, 24000, 0.6)
    tid = f"tr_{code(rng, 20, MIXED)}"
    p = browser_page(rng, font, "dashboard.zwitch.io/payouts/transfers" + ("" if j.no_ref else f"/{tid}"))
    p.part = "head"
    top(p, "Zwitch")
    p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Transfer successful - UTR received", "Credited to beneficiary"],
        "pending": ["Scheduled - awaiting funds in the virtual account"],
        "failed": ["Failed - beneficiary bank declined the credit"],
    }
    payee_first = rng.random() < 0.5

    def payee() -> None:
        wrap_pair(p, rng.choice(["Transfer to", "Payee name (beneficiary)"]), who, merchant=who)

    if payee_first:
        payee()
    if rng.random() < 0.5:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    if not payee_first:
        payee()
    p.pair("Beneficiary type", "Employee" if kind == "field" else "Vendor")
    way = rng.choice(["IMPS", "UPI"])
    if way == "IMPS":
        p.pair("Beneficiary account", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
    else:
        p.pair("Beneficiary VPA", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@jkb")
    p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
    p.pair(
        "Remarks",
        rng.choice(["Picking wages - 9 days", "Kong posh chunai - week 2"])
        if kind == "pick"
        else rng.choice(["Gudai - 18 kanals", "Field wages - fortnight"]),
    )
    if not j.no_ref:
        p.pair("Transfer ID", tid, txn=(TXN_RANK, tid))
        if status == "success":
            p.pair(rng.choice(["Bank UTR", "UTR (bank)"]), j.ref, txn=(UTR_RANK, j.ref))
        rid = f"KSP-{kind.upper()}-{digits(rng, 6)}"
        p.pair("Your reference", rid, txn=(ORDER_RANK, rid))
    date_row(
        p,
        j,
        {
            "success": ["Settled at", "Transfer date"],
            "pending": ["Requested at", "Initiated at"],
            "failed": ["Failed at", "Declined at"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add(
        "small",
        {
            "success": "The beneficiary's bank has confirmed this transfer with a UTR.",
            "pending": "Scheduled transfers go out as soon as the virtual account is funded.",
            "failed": "A failed transfer's amount is back in your Zwitch virtual account.",
        }[status],
    )
    return p.done()


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its flower pickers by the kilo of flowers, its home workers for separating the
    stigmas by the kilo of flowers cleaned, its field hands by the kanal hoed and its packers by the hundred
    tins: its printed FLOWER PICKING WAGES - PER KG OF FLOWERS / KONG POSH CHUNAI MAZDOORI PARCHI / STIGMA
    SEPARATION WAGES - PER KG OF FLOWERS / GHAR KAAM MAZDOORI - KESAR CHHANTAI / PACKING WAGES - PER HUNDRED
    TINS / PACKING MAZDOORI SLIP (TINS AND JARS), the pickers' and the separators' in the picking weeks (the
    company on top with the farms' or the unit's line, Name of picker / Wages paid to (picker) / Home worker /
    Mazdoori paid to (separator) / Packer's name / Wages paid to (packer), Work, Village / mohalla, Labour
    card No., Parchi No. / Voucher No., Date / Payment date / Mazdoori date, the kilos (with their tenths) or
    hundreds x rate, Add: Early picking bonus / Add: Tea and lunch allowance, Gross amount, Less: Wet flowers
    rejected - n kg @ rate / Less: Flowers returned uncleaned - n kg @ rate / Less: Damaged tins - n hundred @
    rate / Less: Cash advance recovered, Net payable and paid / Paid to picker (net) / Net mazdoori handed
    over / Amount paid to worker / Amount paid to packer, Mode Cash / UPI / IMPS, UPI Ref. / IMPS RRN; PAID /
    PAID IN CASH / PAID - FLOWERS WEIGHED AND ENTERED / PAID - STIGMAS WEIGHED AND RECEIVED / PAID - ENTERED
    IN PACKING REGISTER, the worker's signature or thumb line), Zwitch's payout transfer pages for a field
    hand and a picker (Zwitch on top and Payouts - the company under it, the payee above the sum and the
    status or under them, Transfer to / Payee name (beneficiary), Beneficiary type, Beneficiary account /
    Beneficiary VPA, Transfer mode, Remarks, Transfer ID, Bank UTR / UTR (bank), Your reference, Settled at /
    Transfer date / Requested at / Initiated at / Failed at / Declined at; Transfer successful - UTR received
    / Credited to beneficiary / Scheduled - awaiting funds in the virtual account / Failed - beneficiary bank
    declined the credit), a Google Pay screen (UPI transaction ID and Google transaction ID) paying a home
    worker and an mPay Delight+ screen (RRN and mPay txn ID) paying a field hand (Paid to / Money sent to
    above the sum or under the status; Amount sent / Transfer completed / Paid successfully; Paid on / Sent on
    / Date)."""
    k = place("worker_pay")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 1, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    if kind in ("pick", "sep"):
        season(rng, j, 10, 18, 38)
    elif kind == "field":
        season(rng, j, 6, 10, 90)
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "zwitch":
        return zwitch_page(rng, font, j, status, who, kind, rs)
    if frame in ("gpay", "mpay"):
        j.amount = rupees(rng, 1800, 16000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "mPay Delight+")
        p.add("gap")
        p.part = "body"
        pay_first = rng.random() < 0.5
        if pay_first:
            p.add("small", rng.choice(["Paid to", "Money sent to"]))
            p.add("center", who, merchant=who)
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, {"success": ["Amount sent", "Transfer completed", "Paid successfully"]})
        if not pay_first:
            p.add("small", rng.choice(["Paid to", "Money sent to"]))
            p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'oksbi', 'jkb', 'okhdfcbank'])}",
            method="UPI",
        )
        p.add("rule")
        date_row(p, j, ["Paid on", "Sent on", "Date"], hour=True)
        p.pair(
            rng.choice(["Note", "Remarks"]),
            rng.choice(["Kesar chhantai mazdoori", "Flowers 60 kg cleaned", "Chhantai - 3 days"])
            if kind == "sep"
            else rng.choice(["Gudai mazdoori", "Hoeing - 14 kanal", "Field wages"]),
        )
        p.pair(
            rng.choice(["Debited from", "Bank account"]),
            f"{'HDFC Bank' if frame == 'gpay' else 'J&K Bank'} XX{digits(rng, 4)}",
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CICAgO{code(rng, 14, MIXED)}"
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
                own = f"MPD{digits(rng, 13)}"
                wrap_pair(p, "mPay txn ID", own, txn=(TXN_RANK, own))
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    where = UNITS["farms"] if kind in ("pick", "field") else UNITS["unit"]
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{FARMS if kind in ('pick', 'field') else UNIT} - {'home work' if kind == 'sep' else 'piece work'}",
        where[1],
        where[2],
        heads,
        merchant=False,
    )
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Village / mohalla", village)
    p.pair("Labour card No.", f"KW-{rng.randrange(1, 480):03d}")
    if not j.no_ref:
        vno = f"{kind[0].upper()}P/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Parchi No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    day_pair(p, j, ["Date", "Payment date", "Mazdoori date"], PATS_IN)
    rate = float(rng.randrange(rlo, rhi + 1))
    if kind in ("pick", "sep"):
        q = rng.randrange(qlo * 10, qhi * 10) / 10
        shown = f"{q:,.1f}"
    else:
        q = float(rng.randrange(qlo, qhi))
        shown = f"{q:,.0f}"
    gross = round(q * rate, 2)
    p.pair(text.format(q=shown, rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5 and kind in ("pick", "pack"):
        extra = float(rng.choice([150, 200, 300, 450]))
        p.pair(
            rng.choice(["Add: Early picking bonus"] if kind == "pick" else ["Add: Tea and lunch allowance"]),
            rs(extra),
        )
        gross += extra
    p.pair("Gross amount", rs(gross))
    cut = 0.0
    if kind in ("pick", "sep", "pack") and rng.random() < 0.5:
        bad = rng.randrange(1, 5)
        cut = bad * rate
        many = f"{bad} hundred" if kind == "pack" else f"{bad} kg"
        label = {
            "pack": "Less: Damaged tins",
            "pick": "Less: Wet flowers rejected",
            "sep": "Less: Flowers returned uncleaned",
        }[kind]
        p.pair(f"{label} - {many} @ {rate:.2f}", rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair("Less: Cash advance recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if j.no_ref else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref." if way == "UPI" else "IMPS RRN", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append(
        {
            "pick": "PAID - FLOWERS WEIGHED AND ENTERED",
            "sep": "PAID - STIGMAS WEIGHED AND RECEIVED",
            "pack": "PAID - ENTERED IN PACKING REGISTER",
        }.get(kind, "PAID")
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Worker's signature / thumb impression")
    return p.done()


# ---------------------------------------------------------------- 8. SMC, JKPCC, Spices Board and the rest


FEE_FRAMES = ["smc", "jkpcc", "spices", "fssai", "sidco", "metrology", "gi", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a saffron grower and packer, its fields on the Konibal karewa, its drying and packing unit
    in the Lassipora growth centre and its counter in Srinagar: Srinagar Municipal Corporation's trade licence
    renewal for the counter (the Corporation on top and its Licensing Section line, Trade licence No.,
    Establishment, Ward, Trade licence fee (retail - spices and dry fruit), Signboard fee, Total paid / Amount
    paid, Transaction ID, Bank ref. No., Receipt No.), the J&K Pollution Control Committee's consent fee
    through OCMMS (Unit name, Category, Consent order No., Consent fee (green category, 5 years), Processing
    fee, Total fee / Amount remitted, OCMMS txn ID, Bank ref. No.), the Spices Board's CRES renewal (Spices
    Board India on top and the Ministry of Commerce and Industry line, Exporter's name, CRES No., CRES renewal
    fee (3 years), GST @ 18%, Total amount / Amount remitted, Transaction reference, Receipt No.), FSSAI's
    central licence renewal through FoSCoS (Food business operator, Licence No., Business category, Licence
    renewal fee - 1 year, Fee / Amount, FoSCoS payment ID; Payment under reconciliation - status updates after
    bank confirmation, Payment initiated on / Application date), SIDCO's lease rent and maintenance charges
    for the Lassipora plot (Allottee, Plot No., Annual lease rent 2026-27, Maintenance charges, Amount due /
    Total payable, Transaction ID; Transaction declined - payment not received by SIDCO, try again, Declined
    on / Transaction attempted on), Legal Metrology's verification fee (Name of user, the precision balances'
    and the platform scales' fees, Total fee / Verification fee paid, Challan ref. No.), the GI Registry's
    authorised user fee (Applicant (authorised user), GI application No. 635 - Kashmir Saffron, Form GI-3A
    official fee (authorised user), Total fee paid / Amount, Payment ref., CBR No.) and the Transport
    Department's Vahan goods vehicle tax page (Registered owner, Registration No., Vehicle class, Tax paid
    till, MV tax (goods, quarterly) x 4, User charges, Total / Amount paid, Transaction No., Bank Ref No.,
    Receipt No.); the status under the authority's line or at the foot: Payment successful - challan generated
    / Transaction completed - save this receipt / Fee realised - credited to Government account / Payment
    accepted - renewal will be processed (on the two renewals); Payment mode / Paid through, Payment date /
    Date of transaction / Challan date / Paid on."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y"]
    ok = [
        "Payment successful - challan generated",
        "Transaction completed - save this receipt",
        "Fee realised - credited to Government account",
        "Payment accepted - renewal will be processed",
    ]
    if frame in ("spices", "gi"):
        ok = [word for word in ok if "challan" not in word]
    if frame not in ("smc", "spices"):
        ok = [word for word in ok if "renewal" not in word]
    days = ["Payment date", "Date of transaction", "Challan date", "Paid on"]
    if frame in ("spices", "gi", "fssai"):
        days = [day for day in days if day != "Challan date"]
    words = {"success": ok}
    day_labels = days
    heads: list[tuple[str, float]] = []
    refs: list[tuple[str, float, str]] = []
    if frame == "smc":
        url = f"smcsite.org/tradelicence/renewal/receipt/{digits(rng, 9)}"
        name = rng.choice(["Srinagar Municipal Corporation", "SRINAGAR MUNICIPAL CORPORATION"])
        line = "Licensing Section  |  Trade licence renewal 2026-27"
    elif frame == "jkpcc":
        url = f"jkspcb.nic.in/ocmms/payment/acknowledgement/{digits(rng, 10)}"
        name = rng.choice(
            ["J&K Pollution Control Committee", "JAMMU AND KASHMIR POLLUTION CONTROL COMMITTEE"]
        )
        line = "Online Consent Management and Monitoring System (OCMMS)"
    elif frame == "spices":
        url = f"indianspices.com/exporters/cres/renewal/receipt/{digits(rng, 7)}"
        name = rng.choice(["Spices Board India", "SPICES BOARD INDIA"])
        line = "Ministry of Commerce and Industry, Government of India  |  CRES renewal"
    elif frame == "fssai":
        url = f"foscos.fssai.gov.in/renewal/payment/{digits(rng, 8)}"
        name = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
        line = "FoSCoS - Food Safety Compliance System  |  Central licence renewal"
    elif frame == "sidco":
        url = f"jksidco.org/estate/online-payment/{digits(rng, 8)}"
        name = rng.choice(["J&K State Industrial Development Corporation Ltd", "SIDCO"])
        line = "Estate Office, IGC Lassipora  |  Lease rent and maintenance"
    elif frame == "metrology":
        url = "lmd.jk.gov.in/verification/fee/receipt"
        name = rng.choice(
            ["Legal Metrology Department, J&K", "Controller of Legal Metrology, Jammu and Kashmir"]
        )
        line = "Department of Food, Civil Supplies and Consumer Affairs, J&K  |  Verification fee"
    elif frame == "gi":
        url = "search.ipindia.gov.in/GIRPublic/payment/receipt" + ("" if j.no_ref else f"/{digits(rng, 8)}")
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY, CHENNAI"])
        line = "Office of the Controller General of Patents, Designs & Trade Marks"
    else:
        url = "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt"
        name = rng.choice(
            ["Transport Department, Jammu and Kashmir", "Transport Department, Government of J&K"]
        )
        line = "Vahan - Ministry of Road Transport & Highways  |  Goods vehicle tax"
    p = browser_page(rng, font, url)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    status_top = rng.random() < 0.5 and frame not in ("sidco", "fssai")
    if status_top:
        outcome_row(p, status, words)
    if frame == "smc":
        p.pair("Trade licence No.", f"SMC/TL/{digits(rng, 6)}")
        wrap_pair(p, "Establishment", f"{COUNTER} ({firm})")
        p.pair("Ward", f"Ward {rng.randrange(1, 74)} - Residency Road")
        heads = [("Trade licence fee (retail - spices and dry fruit)", float(rng.choice([2500, 3500, 5000])))]
        heads.append(("Signboard fee", float(rng.choice([500, 1000, 1500]))))
        labels = ["Total paid", "Amount paid"]
        refs = [
            ("Transaction ID", TXN_RANK, f"SMC{digits(rng, 12)}"),
            ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"TL/{digits(rng, 7)}"),
        ]
    elif frame == "jkpcc":
        wrap_pair(p, "Unit name", f"{UNIT} ({firm})")
        p.pair("Category", "Green - spice drying and packing")
        p.pair("Consent order No.", f"JKPCC/CTO/PLW/{digits(rng, 4)}")
        heads = [("Consent fee (green category, 5 years)", float(rng.choice([5000, 7500, 10000])))]
        extra = float(rng.choice([0, 500, 1000]))
        if extra:
            heads.append(("Processing fee", extra))
        labels = ["Total fee", "Amount remitted"]
        refs = [("OCMMS txn ID", TXN_RANK, f"OC{digits(rng, 13)}")]
        if status == "success":
            refs.append(("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
    elif frame == "spices":
        wrap_pair(p, "Exporter's name", firm)
        p.pair("CRES No.", f"SB/CRES/SXR/{digits(rng, 5)}/{rng.randrange(2023, 2026)}")
        fee = float(rng.choice([5000, 7500]))
        heads = [("CRES renewal fee (3 years)", fee), ("GST @ 18%", round(fee * 0.18, 2))]
        labels = ["Total amount", "Amount remitted"]
        refs = [
            ("Transaction reference", TXN_RANK, f"SBPG{digits(rng, 11)}"),
            ("Receipt No.", INVOICE_RANK, f"SB/KCH/{digits(rng, 6)}"),
        ]
    elif frame == "fssai":
        wrap_pair(p, "Food business operator", f"{firm} - {UNIT}")
        p.pair("Licence No.", f"1{digits(rng, 13)}")
        p.pair("Business category", "Manufacturer - spices (packing)")
        heads = [("Licence renewal fee - 1 year", float(rng.choice([3000, 5000, 7500])))]
        labels = ["Fee", "Amount"]
        refs = [("FoSCoS payment ID", TXN_RANK, f"FOS{digits(rng, 12)}")]
        words = {"pending": ["Payment under reconciliation - status updates after bank confirmation"]}
        day_labels = ["Payment initiated on", "Application date"]
    elif frame == "sidco":
        wrap_pair(p, "Allottee", firm)
        p.pair("Plot No.", "Plot 14, IGC Lassipora")
        heads = [
            ("Annual lease rent 2026-27", float(round(rng.uniform(9000, 28000), -1))),
            ("Maintenance charges", float(rng.choice([2400, 3600, 4800]))),
        ]
        labels = ["Amount due", "Total payable"]
        refs = [("Transaction ID", TXN_RANK, f"SID{digits(rng, 11)}")]
        words = {"failed": ["Transaction declined - payment not received by SIDCO, try again"]}
        day_labels = ["Declined on", "Transaction attempted on"]
    elif frame == "metrology":
        wrap_pair(p, "Name of user", f"{UNIT} ({firm})")
        few = rng.randrange(2, 6)
        big = rng.randrange(1, 3)
        heads = [
            (f"Verification - precision balance 200 g x {few}", float(few * rng.choice([300, 400]))),
            (f"Verification - platform scale 300 kg x {big}", float(big * rng.choice([600, 800]))),
        ]
        labels = ["Total fee", "Verification fee paid"]
        refs = [("Challan ref. No.", TXN_RANK, f"JKLM{digits(rng, 11)}")]
    elif frame == "gi":
        wrap_pair(p, "Applicant (authorised user)", firm)
        p.pair("GI application No.", "635 - Kashmir Saffron")
        heads = [("Form GI-3A official fee (authorised user)", float(rng.choice([500, 1000])))]
        labels = ["Total fee paid", "Amount"]
        refs = [
            ("Payment ref.", TXN_RANK, f"GIR{digits(rng, 12)}"),
            ("CBR No.", INVOICE_RANK, f"{digits(rng, 5)}"),
        ]
    else:
        wrap_pair(p, "Registered owner", firm)
        p.pair("Registration No.", f"JK13{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair(
            "Vehicle class",
            rng.choice(["Goods carrier (LGV) - Bolero Pik-Up", "Light goods vehicle - pick-up"]),
        )
        if not j.no_day:
            p.pair("Tax paid till", j.other_day(rng, 360, 370))
        quarter = float(rng.choice([900, 1100, 1400]))
        heads = [("MV tax (goods, quarterly) x 4", quarter * 4)]
        extra = float(rng.choice([0, 100, 150]))
        if extra:
            heads.append(("User charges", extra))
        labels = ["Total", "Amount paid"]
        refs = [
            ("Transaction No.", TXN_RANK, f"JK{digits(rng, 14)}"),
            ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ("Receipt No.", INVOICE_RANK, f"JK13{code(rng, 1, UPPER)}{digits(rng, 9)}"),
        ]
    total = 0.0
    for head, fee in heads:
        total += fee
        wrap_pair(p, head, rs(fee))
    j.amount = round(total, 2)
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    p.pair(rng.choice(["Payment mode", "Paid through"]), way, method=way_method(way))
    fee_refs(p, j, refs)
    day_pair(p, j, day_labels, pats)
    if not status_top:
        outcome_row(p, status, words)
    foot = {
        "smc": "Display the renewed trade licence at the counter.",
        "jkpcc": "Keep the consent order at the unit for inspection.",
        "spices": "The renewed CRES is issued after the Board reconciles this payment.",
        "fssai": "Do not pay again; the application moves once the bank confirms the fee.",
        "sidco": "If money was debited, the bank returns it within 5 to 7 working days.",
        "metrology": "Bring the balances to the Pulwama verification camp with this receipt.",
        "gi": "The authorised user certificate follows the Registry's examination.",
        "vahan": "Carry the e-receipt in the vehicle along with the RC.",
    }[frame]
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "Agriculture Insurance Company of India Ltd",
        "aicofindia.com",
        "Weather based crop insurance - saffron, Konibal karewa",
        "browser",
        "crop",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Bharat Sookshma Udyam Suraksha - drying and packing unit",
        "mail",
        "stock",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Burglary - saffron stock at the Srinagar counter",
        "paper",
        "burglary",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Marine cargo (air) - saffron export consignments",
        "browser",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - unit and counter staff",
        "mail",
        "health",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Money in transit - pickers' wage cash to the karewa",
        "browser",
        "money",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Goods carrying vehicle - package policy, Bolero Pik-Up",
        "paper",
        "vehicle",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Employees' compensation - pickers and field hands",
        "mail",
        "ec",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its saffron crop, its drying and packing unit, the counter's stock, its export
    cargo, its staff's health, the wage cash carried to the pickers, its pick-up and its pickers and field
    hands: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the
    product line, PREMIUM PAYMENT RECEIPT / Receipt of premium - thank you / PREMIUM ACKNOWLEDGEMENT
    (INSURED'S COPY) (Payment status - premium not received / PREMIUM PAYMENT - NOT SUCCESSFUL on the failed
    one); the status under the heading on some, under the sum on the rest; Name of insured / Insured firm /
    Proposer (firm), Policy No. / Cover note No. / Proposal No., Area insured - n kanals and Sum insured
    (crop) / Sum insured - plant, dryers and stock / Sum insured - stock at counter / Annual air export value
    declared / Members covered / Cash carried per trip / IDV / Annual wages declared, Insurance period from,
    Basic premium or OD premium and TP premium (goods carrier), an add-on (Hailstorm and snowfall cover,
    Terrorism cover, Theft by staff extension, War and SRCC, Critical illness rider, Cash in safe, Zero
    depreciation, Medical expenses extension), GST or IGST @ 18% (GST: Exempt (crop insurance) on the crop),
    the sum: Gross premium paid / Premium amount (incl. GST) / Amount received / Amount of cheque / Cheque for
    / Premium due / Total payable; Premium received - policy is in force / Payment confirmed - policy schedule
    e-mailed / Cheque received - cover starts on realisation / Transaction failed - premium not received,
    please retry; Mode of payment, Cheque No., Payment ID / Transaction No., UPI RRN / Bank ref. No., Receipt
    No. / Premium receipt No., Date of receipt / Payment date / Premium paid on / Cheque received on / Receipt
    date / Attempted on / Transaction date)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['pay', 'portal', 'online'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" Co.")[0].split(" Company")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <customer.care@{host}>",
            ["Premium payment receipt", "Premium received - receipt enclosed"],
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
            rng.choice(["Branch Office, Residency Road, Srinagar", "Divisional Office, Lal Chowk, Srinagar"]),
        )
    p.add(
        "center",
        rng.choice(
            ["Payment status - premium not received", "PREMIUM PAYMENT - NOT SUCCESSFUL"]
            if status == "failed"
            else [
                "PREMIUM PAYMENT RECEIPT",
                "Receipt of premium - thank you",
                "PREMIUM ACKNOWLEDGEMENT (INSURED'S COPY)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    words = {
        "success": [
            "Premium received - policy is in force",
            "Payment confirmed - policy schedule e-mailed",
        ],
        "pending": ["Cheque received - cover starts on realisation"],
        "failed": ["Transaction failed - premium not received, please retry"],
    }
    status_top = rng.random() < 0.4
    if status_top:
        outcome_row(p, status, words)
    wrap_pair(
        p,
        rng.choice(["Name of insured", "Insured firm", "Proposer (firm)"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{rng.choice(['2', '4', '9'])}{digits(rng, 5)}/{digits(rng, 7)}/26/000")
    elif status == "pending":
        p.pair("Cover note No.", f"CN{digits(rng, 10)}")
    else:
        p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    heads: list[tuple[str, float]] = []
    gst_on = True
    if kind == "crop":
        kanals = rng.randrange(16, 80)
        p.pair("Area insured", f"{kanals} kanals ({kanals / 8:g} acres)")
        insured = float(kanals * rng.choice([25000, 30000, 37500]))
        p.pair("Sum insured (crop)", rs(insured))
        basic = round(insured * rng.uniform(0.02, 0.05), 2)
        addon = ("Hailstorm and snowfall cover", round(insured * 0.004, 2))
        gst_on = False
    elif kind == "stock":
        insured = float(rng.randrange(8000000, 60000000, 100000))
        p.pair("Sum insured - plant, dryers and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Terrorism cover", round(insured * 0.00007, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 12000000, 50000))
        p.pair("Sum insured - stock at counter", rs(insured))
        basic = round(insured * rng.uniform(0.0009, 0.0016), 2)
        addon = ("Theft by staff extension", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(20000000, 150000000, 500000))
        p.pair("Annual air export value declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("War and SRCC", round(turnover * 0.00002, 2))
    elif kind == "health":
        members = rng.randrange(12, 45)
        p.pair("Members covered", f"{members} employees - Rs 3,00,000 cover each")
        basic = round(members * rng.uniform(3400, 5600), 2)
        addon = ("Critical illness rider", round(members * 380.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(150000, 900000, 50000))
        p.pair("Cash carried per trip", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in safe", round(limit * 0.0006, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 820000, 5000))
        p.pair("IDV", rs(idv))
        p.pair("Registration No.", f"JK13{code(rng, 2, UPPER)}{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("OD premium", basic), ("TP premium (goods carrier)", 16049.0)]
        addon = ("Zero depreciation", round(idv * 0.003, 2))
    else:
        wages = float(rng.randrange(2500000, 12000000, 100000))
        p.pair("Annual wages declared", rs(wages))
        basic = round(wages * rng.uniform(0.004, 0.009), 2)
        addon = ("Medical expenses extension", round(wages * 0.0004, 2))
    if not j.no_day:
        p.pair("Insurance period from", f"{j.other_day(rng, 1, 8)} (1 year)")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Basic premium", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    if gst_on:
        gst = round(taxed * 0.18, 2)
        p.pair(f"{rng.choice(['GST', 'IGST'])} @ 18%", rs(gst))
    else:
        gst = 0.0
        p.pair("GST", "Exempt (crop insurance)")
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Gross premium paid", "Premium amount (incl. GST)", "Amount received"]
        if gst_on
        else ["Gross premium paid", "Amount received"],
        "pending": ["Amount of cheque", "Cheque for"],
        "failed": ["Premium due", "Total payable"],
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
            pid = f"{rng.choice(['PAY', 'TXN', 'OP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ID", "Transaction No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = f"{rng.randrange(10, 99)}{digits(rng, 10)}"
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    day_pair(
        p,
        j,
        {
            "success": ["Date of receipt", "Payment date", "Premium paid on"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to the realisation of the premium and to the policy's terms and exclusions.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("KONGPOSH KESAR HOUSE", "POLO VIEW, SRINAGAR", "own"),
    ("PAMPORE HIGHWAY FUELS", "NH-44, PAMPORE", "fuel"),
    ("KONGPOSH SAFFRON", "LASSIPORA, PULWAMA", "own"),
    ("HOTEL JHELUM VIEW RESIDENCY", "BOULEVARD ROAD, SRINAGAR", "hotel"),
    ("KONGPOSH KESAR HOUSE", "RESIDENCY RD SRINAGAR JK", "own"),
    ("MAHARAJ GUNJ PACKAGING STORE", "MAHARAJ GUNJ, SRINAGAR", "shop"),
    ("KONGPOSH DRYING & PACKING UNIT", "IGC LASSIPORA, PULWAMA", "own"),
    ("WUYAN WAZWAN POINT", "NH-44, WUYAN, PAMPORE", "food"),
]
TERMINALS = [
    "J&K BANK",
    "INDIANOIL",
    "HDFC BANK",
    "SBI",
    "YES BANK",
    "PAYTM",
    "ICICI BANK",
    "RAZORPAY POS",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Tourists', hotels' and wholesalers' cards on the counter's, the company's and the drying unit's
    terminals, and the company's card at a filling station on the highway at Pampore, a Boulevard Road hotel,
    a Maharaj Gunj packaging store and a wazwan dhaba at Wuyan: terminal slips (monospace: the terminal's bank
    or brand on top on some, the counter's name and place in capitals; DATE: and TIME: / DATE & TIME: at the
    top or under the sum; MID:, TID:, BATCH:, TRACE NO:, INVOICE: / BILL NO: / RCPT NO:, SALE / TAP & PAY SALE
    / CHIP SALE, CARD:, CARD TYPE:, a fuel sale's PRODUCT:, RATE/LTR:, VOLUME(L):, NOZZLE:, VEHICLE: and
    XTRAREWARDS PTS:, a hotel's GUEST FOLIO: and ROOM NO:, the dhaba's TABLE NO: and COVERS: with BASE AMT:
    and TIP: above its TOTAL:, a shop's CUST MOB:, APPR CODE: / AUTH NO: / AUTH ID:, RRN: / REF NUM: /
    RETRIEVAL REF:, AMOUNT: / SALE AMT: / TOTAL AMT: / TOTAL:, the sum above or below the card; APPROVED /
    TRANSACTION SUCCESS / APPROVED - SIGNATURE NOT REQUIRED / DECLINED - 51 NOT SUFFICIENT FUNDS / TIMEOUT -
    CHECK WITH BANK BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=1800, high=120000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 5800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 5200, 21800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 14000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 640, 4200, 0.5)
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
            j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%d%b%y", "%d.%m.%Y"])
        ).upper()
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.6:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        else:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)

    day_top = rng.random() < 0.6
    if day_top:
        day_rows()
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE:", "BILL NO:", "RCPT NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add(
        "center",
        rng.choice(["SALE", "TAP & PAY SALE", "CHIP SALE"] if j.amount <= 5000 else ["SALE", "CHIP SALE"]),
    )
    tip = kind == "food"
    lab = "TOTAL:" if tip else rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL AMT:", "TOTAL:"])
    mark = rng.choice(["INR ", "RS.", "Rs ", ""])
    commas = rng.random() < 0.5

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}" if commas else f"{mark}{value:.2f}"

    def sum_rows() -> None:
        if tip:
            extra = float(rng.choice([50, 100, 150, 200]))
            p.pair("BASE AMT:", show(j.amount - extra))
            p.pair("TIP:", show(extra))
        p.pair(lab, show(j.amount), amount=j.amount)

    sum_first = rng.random() < 0.4
    if sum_first:
        sum_rows()
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.2, 98.6), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "XTRAPREMIUM", "MS"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE:", f"JK13{code(rng, 2, UPPER)}{digits(rng, 4)}")
        p.pair("XTRAREWARDS PTS:", str(rng.randrange(10, 90)))
    elif kind == "hotel":
        p.pair("GUEST FOLIO:", f"GF{digits(rng, 6)}")
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
    elif kind == "food":
        p.pair("TABLE NO:", str(rng.randrange(1, 30)))
        p.pair("COVERS:", str(rng.randrange(2, 14)))
    elif kind == "shop":
        p.pair("CUST MOB:", f"XXXXXX{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:", "AUTH ID:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NUM:", "RETRIEVAL REF:"]), j.ref, txn=(UTR_RANK, j.ref))
    if not sum_first:
        sum_rows()
    if not day_top:
        day_rows()
    p.add("rule")
    if status == "success":
        p.add(
            "center",
            rng.choice(["APPROVED", "TRANSACTION SUCCESS", "APPROVED - SIGNATURE NOT REQUIRED"]),
            status="success",
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "THANK YOU - VISIT AGAIN"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 NOT SUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "TIMEOUT - CHECK WITH BANK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, postpaid, DTH, LPG


BILLERS = [
    ("KPDCL", "Kashmir Power Distribution Corporation Ltd", "Consumer ID"),
    ("Airtel Broadband", "Bharti Airtel Ltd", "Customer ID"),
    ("BSNL Postpaid", "Bharat Sanchar Nigam Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
]
BILL_APPS = [
    "KPDCL",
    "mPay Delight+",
    "Google Pay",
    "KPDCL",
    "Amazon Pay",
    "CRED",
    "PhonePe",
    "mPay Delight+",
]
BILL_WHICH = [0, 0, 1, 0, 2, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The unit's, the fields' pump room's and the counter's electricity (KPDCL), the office fibre (Airtel
    Broadband), the field supervisor's postpaid phone (BSNL), the counter's DTH (Tata Play) and the unit's
    commercial cooking gas (Indane) through Bharat Connect in mPay Delight+ and other apps (Google Pay, Amazon
    Pay, CRED, PhonePe: the app on top, the sum large above or below the status, Biller / operator / Payee
    biller / Service provider (biller) as printed, Consumer ID / Customer ID / Mobile No. / Subscriber ID /
    LPG ID, Name on bill / Consumer name, Bill No., Bill date, Due date and Amount after due date on some
    power, fibre and postpaid bills, Paid from Current A/c or UPI, Bharat Connect reference / BBPS ref. ID /
    Txn ref. (Bharat Connect), UPI transaction ID, Transaction ID on the failed one, Paid on / Transaction on
    / Date of payment / Date & time (the latter alone on one not paid); Payment successful - biller has
    confirmed / Bill payment complete / Awaiting confirmation from biller - do not pay twice / Payment failed
    - refund in 48 hours if debited) and KPDCL's own online payment receipt (KPDCL, Kashmir Power Distribution
    Corporation Ltd or its capitals on top with its "Govt. of J&K undertaking" line, Consumer ID, Sub
    division, Consumer name, Bill month, Amount due, Amount paid / Paid amount, Payment mode, Bank txn ID,
    Receipt No., Payment date / Date of payment, the status at the foot: Payment updated against your consumer
    ID / Receipt issued - thank you for paying)."""
    k = place("utility_bills")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=4000, high=86000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3999, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 299, 1899, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 280, 1250, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1850, 9600, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer ID": f"{rng.choice(['PLW', 'SGR'])}{digits(rng, 9)}",
        "Customer ID": f"{rng.choice(['119', '120'])}{digits(rng, 7)}",
        "Mobile No.": f"94{digits(rng, 8)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
        "LPG ID": f"7{digits(rng, 16)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "KPDCL":
        p = browser_page(rng, font, "www.kpdcl.net/online-payment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Govt. of J&K undertaking  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        p.pair(idlab, ids)
        p.pair(
            "Sub division",
            rng.choice(["ED Pampore", "ED Pulwama - Lassipora", "ED Residency Road, Srinagar"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY, UNIT.upper()]))
        if not j.no_day:
            p.pair("Bill month", j.month(rng.choice([1, 2])))
        p.pair("Amount due", rs(j.amount))
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
            p.pair("Bank txn ID", tid, txn=(BANK_RANK, tid))
            rno = f"KP{digits(rng, 11)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment updated against your consumer ID",
                    "Receipt issued - thank you for paying",
                ]
            },
        )
        p.part = "foot"
        p.add("small", "Payments reflect against the consumer account within one working day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    words = {
        "success": ["Payment successful - biller has confirmed", "Bill payment complete"],
        "pending": ["Awaiting confirmation from biller - do not pay twice"],
        "failed": ["Payment failed - refund in 48 hours if debited"],
    }
    if rng.random() < 0.6:
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    wrap_pair(
        p, rng.choice(["Biller / operator", "Payee biller", "Service provider (biller)"]), name, merchant=name
    )
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Name on bill", "Consumer name"]),
        rng.choice([COMPANY_CAPS, UNIT.upper(), COUNTER.upper()]),
    )
    if which in (0, 1, 2) and not j.no_day and not j.no_ref and rng.random() < 0.7:
        p.pair("Bill No.", f"{rng.choice(['B', 'INV'])}{digits(rng, 9)}")
        p.pair("Bill date", when(earlier(rng, j, 6, 20), rng.choice(["%d %b %Y", "%d-%m-%Y"])))
        p.pair("Due date", j.other_day(rng, 2, 14))
        p.pair("Amount after due date", rs(round(j.amount * 1.02, 2) if which == 0 else j.amount + 100))
    way = "Current A/c" if app == "mPay Delight+" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:7])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Google Pay": "GP",
                "Amazon Pay": "AP",
                "CRED": "CR",
                "PhonePe": "PP",
            }.get(app, "JK")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect reference", "BBPS ref. ID", "Txn ref. (Bharat Connect)"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Transaction on", "Date of payment", "Date & time"]
        if status == "success"
        else ["Date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "",
    "VALLEY AIR CARGO AGE",
    "BARI BRAHMANA TIN CO",
    "KATHUA GLASS PACKAGI",
    "MEHMOODA BANO",
    "",
    "RANGRETH LABEL & PRI",
    "CHINAR SECURITY & AL",
]
MAIL_PAYEES = [
    "Mir Sprinkler Irrigation Works",
    "Haji Abdul Rashid Shah",
    "Okhla Food Process Equipment Pvt Ltd",
    "Kesar Analytical Lab",
]
SENDERS = {
    "Jammu & Kashmir Bank": "JM-JKBANK",
    "J&K Grameen Bank": "VM-JKGBNK",
    "Jhelum Valley Co-operative Bank": "JD-JVCOOP",
    "Federal Bank": "AD-FEDBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender JM-JKBANK /
    VM-JKGBNK / JD-JVCOOP / AD-FEDBNK, the day divider, each bank's own wording: Jammu & Kashmir Bank's "INR x
    debited from your A/c XXXX1234 on <day> towards <way> transfer to <payee>.", J&K Grameen Bank's "A/c
    XX1234 debited Rs x on <day> (<way> - <payee>).", Jhelum Valley Co-operative Bank's "JVCB: Rs x withdrawn
    from CA ..1234 on <day>; <way> to <payee>.", Federal Bank's UPI "Rs x paid via UPI from A/c XX1234 to
    <payee> on <day>. Ref <ref>."; a transfer that "could not be processed; amount reversed to your A/c
    XX1234." and one that "is under process at the beneficiary bank; do not initiate again.", the Avl Bal: INR
    / Bal Rs / Avbl Bal Rs line) and two e-mail debit alerts (HDFC Bank, IndusInd Bank: Amount / Debit amount,
    Transferred to / Beneficiary name / Payee, above the sum or under it, Date of transaction / Value date /
    Transaction date, Debit account, Channel, UTR / IMPS RRN, Available balance; Transaction status: Debited
    successfully / Status: Completed - debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=8000, high=340000)
    if k == 4:
        j.amount = rupees(rng, 1800, 12000, 0.8)
    elif k == 2:
        j.amount = rupees(rng, 16000, 92000)
    elif k == 7:
        j.amount = rupees(rng, 28000, 66000)
    if k in (0, 5):
        to = MAIL_PAYEES[(0 if k == 0 else 2) + rng.randrange(2)]
        bank = "HDFC Bank" if k == 0 else "IndusInd Bank"
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            "HDFC Bank InstaAlerts <alerts@hdfcbank.net>"
            if k == 0
            else "IndusInd Bank <transactionalerts@indusind.com>",
            ["Account debited - funds transfer", "Alert: transfer from your account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a funds transfer has been debited from your account as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        sum_first = rng.random() < 0.5
        payee_labels = ["Transferred to", "Beneficiary name", "Payee"]
        if sum_first:
            p.pair(rng.choice(["Amount", "Debit amount"]), rs(j.amount), amount=j.amount)
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
        else:
            wrap_pair(p, rng.choice(payee_labels), to, merchant=to)
            p.pair(rng.choice(["Amount", "Debit amount"]), rs(j.amount), amount=j.amount)
        day_pair(
            p,
            j,
            ["Date of transaction", "Value date", "Transaction date"],
            ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"],
        )
        p.pair("Debit account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - {rng.choice(['NetBanking', 'corporate banking'])}", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS RRN" if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", rs(rupees(rng, 80000, 3800000)))
        p.add(
            "left",
            rng.choice(["Transaction status: Debited successfully", "Status: Completed - debited"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small", "If you did not make this transfer, call the bank's helpline and block your net banking."
        )
        return p.done()
    to = ALERT_PAYEES[k]
    if k == 4:
        way = "UPI"
    elif k == 7:
        way = "NEFT"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Federal Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        1: "Jammu & Kashmir Bank",
        2: "J&K Grameen Bank",
        4: "Federal Bank",
        7: "Jhelum Valley Co-operative Bank",
    }.get(k, rng.choice(["Jammu & Kashmir Bank", "J&K Grameen Bank", "Jhelum Valley Co-operative Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%A, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d.%m.%Y", "%d-%b-%Y", "%d/%m/%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    bal = rupees(rng, 30000, 2900000)
    if status == "success":
        if bank == "Federal Bank":
            p.add("left", f"Rs {amt} paid via UPI from A/c XX{tail}", amount=j.amount, method=method)
            p.add("left", f"to {to}{on}.", merchant=to)
        elif bank == "Jammu & Kashmir Bank":
            p.add("left", f"INR {amt} debited from your A/c XXXX{tail}{on}", amount=j.amount)
            p.add("left", f"towards {way} transfer to {to}.", merchant=to, method=method)
        elif bank == "J&K Grameen Bank":
            p.add("left", f"A/c XX{tail} debited Rs {amt}{on}", amount=j.amount)
            p.add("left", f"({way} - {to}).", merchant=to, method=method)
        else:
            p.add("left", f"JVCB: Rs {amt} withdrawn from CA ..{tail}{on};", amount=j.amount)
            p.add("left", f"{way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"Your {way} transfer of Rs.{amt}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": f"could not be processed; amount reversed to your A/c XX{tail}.",
            "pending": "is under process at the beneficiary bank; do not initiate again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "Ref", "IMPS": "IMPS RRN", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Federal Bank":
            p.add("small", "Not you? Report it at once in FedMobile -Federal Bank", status="success")
        else:
            balance = {
                "Jammu & Kashmir Bank": f"Avl Bal: INR {bal:,.2f}",
                "J&K Grameen Bank": f"Bal Rs {bal:,.2f}",
            }.get(bank, f"Avbl Bal Rs {bal:,.2f}")
            p.add("left", balance, status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Call your branch at once", "Bank never asks for your OTP or PIN"]
                ),
            )
    if bank != "Federal Bank":
        p.add(
            "small",
            {"Jammu & Kashmir Bank": "-J&K Bank", "J&K Grameen Bank": "-JKGB"}.get(bank, "-JVCB"),
        )
    return p.done()


compose = compose158

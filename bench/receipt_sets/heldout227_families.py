"""The twelve heldout227 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a pottery and ceramic tableware works' day in 2026 in Khurja, Bulandshahr
district, Uttar Pradesh (Gangnahar Ceramics Pvt Ltd, its works, Gangnahar Pottery Works, with its shuttle and
tunnel kilns and its glazing shed in the UPSIDA Pottery Industrial Estate on Jewar Road, and its showroom on
the highway, Mrittika Pottery Showroom, on NH-34 at the Khurja bypass), told by the proofs of payment it
receives and makes: highway shoppers', hotels' and crockery shops' UPI screens and the sales desk's Plural and
SabPaisa pages, the crockery wholesalers', horeca suppliers', hotel groups' and a gift chain's payment
advices, importers' inward wires from London, New Jersey, Amsterdam, Dubai, Melbourne, Oslo, Toronto and
Frankfurt in pounds, US dollars, euros, UAE dirhams, Australian dollars, Norwegian kroner and Canadian
dollars, its own cash memos and money receipts, the seconds sold as is and the broken ware sold as grog by the
tonne, the clay, frit, decal, kiln furniture and carton suppliers' tax invoices, the corporate net-banking
transfers to the roadlines, the ball mill grinder, the mould maker, the kiln builder, the testing lab, the
export packer, the showroom's landlord and the buying agent, the potters', dippers', firemen's, decorators'
and packers' piece rate vouchers and their Decentro payouts, PhonePe and BHIM payments, UPSIDA's, Nagar Palika
Parishad Khurja's, the UP Pollution Control Board's, the Fire and Emergency Services', EPCH's, Legal
Metrology's, the Labour Department's and the Transport Department's fee pages, the insurers' premium receipts,
card terminal slips, PVVNL's power, the kilns' gas and the broadband, postpaid and AirFiber bills and the
banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice,
dealer, vendor, PO, GRN, debit note, LR, vehicle, plot, property, premises, RCMC, registration, application,
policy, proposal, quote, certificate, consumer, payee and record numbers, dozens, pieces, cartons, firings,
tonnes, rates, breakage, short supply and discount cuts, advances, TDS, GST and cess lines, INR values on the
wires, rates of exchange, intermediary banks, sums insured, limits, wages and turnovers declared, bill months,
periods, due days, shipping bill days, GSTIN, IFSC, UETR, senders' references, MID, TID, batch, trace and STAN
numbers, aliases, the maker and the checker and the payer's own details carry no fact. ``Job``, ``date_row``,
``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and
``earlier`` heldout202's; ``browser_page``, ``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page``
heldout140's; ``fx`` and ``right`` heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's;
``outcome_row`` heldout126's; ``fits`` and ``place`` heldout123's; ``top`` heldout122's; ``outcome``
heldout119's; ``masked`` and ``money`` heldout118's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
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
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Gangnahar Ceramics Pvt Ltd"
COMPANY_CAPS = "GANGNAHAR CERAMICS PVT LTD"
SHORT = "Gangnahar Ceramics"
WORKS = "Gangnahar Pottery Works"
SHOWROOM = "Mrittika Pottery Showroom"
# unit, address, GST state code
UNITS = [
    (
        "Kilns and glazing shed",
        "C-14, UPSIDA Pottery Industrial Estate, Jewar Road, Khurja - 203131, U.P.",
        "09",
    ),
    ("Highway showroom", "NH-34, Khurja Bypass, Bulandshahr Road, Khurja - 203131, U.P.", "09"),
]
PATS_IN = ["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d.%m.%Y", "%d %B %Y", "%d-%b-%y", "%b {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["%d %B %Y", "{d} %b %Y", "%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y", "%d-%b-%Y", "%B {d}, %Y"]
BANKS = [
    "Bank of Baroda",
    "Canara Bank",
    "Uttar Pradesh Gramin Bank",
    "Union Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Punjab National Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "State Bank of India",
]
IFSC = {
    "Bank of Baroda": "BARB",
    "Canara Bank": "CNRB",
    "Uttar Pradesh Gramin Bank": "BARB",
    "Union Bank of India": "UBIN",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Punjab National Bank": "PUNB",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "State Bank of India": "SBIN",
}
DOMAINS = {
    "Bank of Baroda": "bankofbaroda.co.in",
    "Canara Bank": "canarabank.com",
    "Uttar Pradesh Gramin Bank": "upgb.in",
    "Union Bank of India": "unionbankofindia.co.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Punjab National Bank": "pnb.co.in",
    "Axis Bank": "axisbank.com",
    "Kotak Mahindra Bank": "kotak.com",
    "State Bank of India": "sbi.co.in",
}
# what the works sells: the ware, its unit, its price per unit (low, high)
WARES = {
    "dinner": ("Dinner set 32 pcs - stoneware, reactive glaze", "set", 1450, 3600),
    "mugs": ("Coffee mug 300 ml - hand painted", "doz", 780, 1560),
    "plates": ("Quarter plate 7 in. - hotel white", "doz", 520, 980),
    "planters": ("Glazed planter 10 in. - blue pottery style", "pc", 240, 690),
    "jars": ("Pickle jar (barni) 2 kg - brown glaze", "pc", 160, 380),
    "seconds": ("Seconds - mixed cups, bowls and plates (as is)", "doz", 140, 310),
    "grog": ("Broken ware (grog) - for tile and brick makers", "tonne", 1800, 3200),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Recipient / Buyer (bill to): no fact)."""
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
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. shoppers and shops: UPI and pay pages


SHOWROOM_APPS = ["Google Pay", "PhonePe", "Paytm", "Plural", "Groww", "Kiwi", "SabPaisa", "bob World"]
SHOP_NOTES = [
    "Dinner set 32 pcs",
    "Mugs 2 doz",
    "Planters x 6",
    "Barni jars",
    "Tea set + kettle",
    "Crockery for dhaba",
    "Blue pottery vase",
    "Kulhad 500 pcs",
]
PAGE_ORDERS = [
    ("Hotel Ganga Residency, Bulandshahr", "Advance - 60 dinner sets, hotel white"),
    ("Chaupal Family Dhaba, Sikandrabad", "Quarter plates and bowls - 20 doz"),
    ("Kansal Gift Gallery, Meerut", "Blue pottery planters - festive order"),
    ("Brij Bhoj Caterers, Mathura", "Stoneware thalis and bowls - wedding season"),
]
SHOWROOM_UPI_LABELS = {
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "Groww": ["UPI Ref ID", "UTR"],
    "Kiwi": ["Bank Reference No.", "UPI Ref No."],
    "bob World": ["UPI RRN", "UPI Ref No."],
}


def showroom_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Highway shoppers, hotels, dhabas and crockery shops paying the showroom or the company: six UPI screens
    (Google Pay, PhonePe, Paytm, Groww, Kiwi, bob World: the showroom, its capitals, the company's capitals or
    its short name under Paid to / To / Sent to / Payee / Paying to, its UPI ID, a Verified name / Banking
    name line on some, the sum large, a note, UTR / UPI Ref. No. / UPI Reference No. / UPI transaction ID /
    UPI Ref No. / UPI Ref ID / Bank Reference No. / UPI RRN, PhonePe's own Transaction ID, Google Pay's Google
    transaction ID, Groww's Groww transaction ID, Kiwi's Kiwi txn ID and bob World's Transaction Ref No. on
    some, Paid using / Payment source / Debited from / From, Date & time / Paid on / Completed on / Initiated
    on; Payment under process - your bank is yet to confirm, please do not pay again / Payment declined -
    daily UPI limit exceeded for this bank account) and the sales desk's two payment pages (Plural, SabPaisa:
    the showroom or the company on top, Buyer name / Paid by, Order details / Purpose, Plural's Payment ID,
    Plural order ID and UTR or Auth code, SabPaisa's SabPaisa txn ID, Client txn ID and Bank txn ID or Auth
    code, Paid on / Payment date / Date of transaction; Payment successful / Payment received / Payment
    captured - thank you for shopping with us)."""
    k = place("showroom_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=250, high=38000, p_round=0.8)
    app = SHOWROOM_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Plural", "SabPaisa"):
        j.amount = rupees(rng, 9000, 210000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([SHOWROOM, COMPANY, SHORT])
        url = (
            f"pay.pluralonline.com/checkout/{code(rng, 14, ALNUM + LOWER)}"
            if app == "Plural"
            else f"securepay.sabpaisa.in/SabPaisa/sabPaisaInit?v={code(rng, 8, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Khurja pottery - tableware, planters and gifts", "NH-34, Khurja Bypass, Bulandshahr Road"]
            ),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment successful",
                    "Payment received",
                    "Payment captured - thank you for shopping with us",
                ]
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Buyer name", "Paid by"]), who)
        wrap_pair(p, rng.choice(["Order details", "Purpose"]), what)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Paid with"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Plural":
                pid = f"{digits(rng, 5)}{code(rng, 6, UPPER)}{digits(rng, 4)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"GCPL-{j.date:%m%d}-{digits(rng, 5)}"
                p.pair("Plural order ID", oid, txn=(ORDER_RANK, oid))
            else:
                sid = digits(rng, 18)
                wrap_pair(p, "SabPaisa txn ID", sid, txn=(TXN_RANK, sid))
                cid = f"MPS{digits(rng, 9)}"
                p.pair("Client txn ID", cid, txn=(ORDER_RANK, cid))
            if way == "UPI":
                p.pair("UTR" if app == "Plural" else "Bank txn ID", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Date of transaction"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Plural - Pine Labs" if app == "Plural" else "Payments powered by SabPaisa")
        return p.done()
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = (
        f"mrittika{rng.choice(['', '.khurja', '34'])}@{rng.choice(['barodampay', 'ybl', 'okicici', 'paytm'])}"
    )
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction summary"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Payment completed successfully"],
            "pending": ["Payment under process - your bank is yet to confirm, please do not pay again"],
            "failed": ["Payment declined - daily UPI limit exceeded for this bank account"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(["Paid to", "To", "Sent to", "Payee"] if status == "success" else ["To", "Paying to"]),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Groww", "Kiwi", "bob World") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"{rng.choice(['Verified name', 'Banking name'])}: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Remarks", "Message"]), rng.choice(SHOP_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(SHOWROOM_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app != "Paytm" and rng.random() < 0.7:
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "Google Pay": ("Google transaction ID", f"CICAg{code(rng, 10, ALNUM + LOWER)}"),
                "Groww": ("Groww transaction ID", f"GRW{digits(rng, 15)}"),
                "Kiwi": ("Kiwi txn ID", f"KW{code(rng, 12, ALNUM)}"),
                "bob World": ("Transaction Ref No.", f"BOB{digits(rng, 14)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    p.pair(
        rng.choice(
            ["Paid using", "Payment source", "Debited from", "From"] if status == "success" else ["From"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}"
        if app != "Kiwi"
        else f"RuPay credit card XX{digits(rng, 4)}",
    )
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Completed on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Download receipt", "Having trouble? Get help"]))
    return p.done()


# ---------------------------------------------------------------- 2. dealers' and horeca suppliers' advices


# payer, its mail, its desk's town, the ware it buys, the frame
PAYERS = [
    ("Kansal Crockery House", "accounts@kansalcrockery.in", "Sadar Bazar, Delhi", "plates", "mail"),
    ("Awadh Horeca Supplies Pvt Ltd", "payables@awadhhoreca.in", "Aminabad, Lucknow", "dinner", "portal"),
    ("Rajputana Hotel Supplies", "rhsjaipur.accounts@gmail.com", "M.I. Road, Jaipur", "plates", "paper"),
    ("Doon Valley Resorts Pvt Ltd", "ap@doonvalleyresorts.com", "Rajpur Road, Dehradun", "dinner", "portal"),
    ("Ganga Crockery Mart", "gangacrockery.knp@gmail.com", "Naughara, Kanpur", "mugs", "paper"),
    ("Sahyadri Horeca Traders LLP", "finance@sahyadrihoreca.in", "Bhawani Peth, Pune", "plates", "mail"),
    ("Giftwala Retail Pvt Ltd", "vendorpay@giftwala.co.in", "Sector 63, Noida", "planters", "portal"),
    ("Jhankar Crockery Palace", "jhankarcrockery@gmail.com", "Chowk Bazar, Varanasi", "jars", "paper"),
]


def dealer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Crockery wholesalers in Delhi, Kanpur and Varanasi, horeca suppliers in Lucknow, Jaipur and Pune, a
    Dehradun resort group and a Noida gift chain paying for the plates, dinner sets, mugs, planters and jars
    the works sent them: a payment advice e-mail, a printed PAYMENT ADVICE - CROCKERY SUPPLIES / VENDOR
    PAYMENT INTIMATION / Remittance advice to supplier and a vendor portal page (the payer on top with its
    desk line, Vendor name (beneficiary) / Remitted to (vendor) / Payee (supplier) / Supplier name (payee) the
    company, Dealer code / Vendor code, PO ref. and LR No. (no fact), the company's bills with their dozens,
    sets or pieces and sums, Total of bills / Invoices total, Less: TDS u/s 194Q @ 0.1%, Less: Breakage in
    transit - n pcs @ rate / Less: Short supply - n sets / Less: Credit note - chipped glaze (n pcs) on some,
    Net amount remitted / Net payment released / Amount paid to vendor (Net amount on hold on the hold, Net
    amount / Amount returned on the return), Payment mode NEFT / RTGS / IMPS, Bank A/c of vendor, UTR / NEFT
    UTR / RTGS UTR No. / IMPS Ref No., Remittance advice No. / Payment advice No., Remitted on / Date of
    remittance / Payment date / Advice date / Held on / Returned on / Return date; Status: Remitted to
    vendor's bank / Payment released - credited to your account / On hold - breakage claim pending your credit
    note / Payment returned - vendor's account closed by bank)."""
    k = place("dealer_advices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Remittance to {SHORT}", "Vendor payment intimation"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small", f"{rng.choice(['Accounts Payable', 'Purchase - Crockery and Tableware', 'Finance'])}, {desk}"
    )
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - CROCKERY SUPPLIES",
                "VENDOR PAYMENT INTIMATION",
                "Remittance advice to supplier",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = ["Vendor name (beneficiary)", "Payee (supplier)", "Supplier name (payee)"] + (
        ["Remitted to (vendor)"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair(rng.choice(["Dealer code", "Vendor code"]), f"{rng.choice(['V', 'GC', 'KH'])}{digits(rng, 5)}")
    p.pair("PO ref.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    p.pair("LR No.", f"{rng.choice(['BRL', 'KRJ', 'VRL'])}-{digits(rng, 6)}")
    p.add("left", rng.choice(["Bills paid", "Invoices settled", "Against your bills"]))
    item, unit, lo, hi = WARES[kind]
    gross = 0.0
    pieces = 0
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(20, 260) if unit in ("doz", "set") else rng.randrange(100, 900)
        pieces += qty * (12 if unit == "doz" else 1)
        value = round(qty * rng.randrange(lo, hi, 5), 2)
        gross += value
        p.pair(f"GCPL/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Total of bills", "Invoices total"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        broken = rng.randrange(6, 60)
        per = round(rng.randrange(lo, hi, 5) / (12 if unit == "doz" else 1), 2)
        cut = round(broken * per, 2)
        p.pair(f"Less: Breakage in transit - {broken} pcs @ {per:.2f}", rs(cut))
    elif pick < 0.5:
        short = rng.randrange(2, 9)
        cut = float(short * rng.randrange(lo, hi, 5))
        p.pair(f"Less: Short supply - {short} {'sets' if unit == 'set' else unit}", rs(cut))
    elif pick < 0.65:
        chipped = rng.randrange(8, 48)
        cut = float(chipped * rng.randrange(30, 90))
        p.pair(f"Less: Credit note - chipped glaze ({chipped} pcs)", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net amount remitted", "Net payment released", "Amount paid to vendor"],
        "pending": ["Net amount on hold"],
        "failed": ["Net amount", "Amount returned"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode of payment"]), way, method="netbanking")
    wrap_pair(p, "Bank A/c of vendor", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[3:9]), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['RA', 'PV', '27'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Remittance advice No.", "Payment advice No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Remitted to vendor's bank", "Payment released - credited to your account"],
            "pending": ["On hold - breakage claim pending your credit note"],
            "failed": ["Payment returned - vendor's account closed by bank"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Remitted on", "Date of remittance", "Payment date"],
            "pending": ["Advice date", "Held on"],
            "failed": ["Returned on", "Return date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Please send your queries on this remittance within 10 days, quoting the advice number.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Thameside Tableware Ltd", "London, United Kingdom", "GBP", "Lloyds Bank PLC", 2000, 55000),
    ("Hudson Home Goods LLC", "Secaucus, New Jersey, USA", "USD", "Valley National Bank", 3000, 85000),
    ("Grachten Living BV", "Amsterdam, Netherlands", "EUR", "ING Bank NV", 2500, 70000),
    ("Al Qusais Hotel Supplies LLC", "Al Qusais, Dubai, UAE", "AED", "Mashreq Bank PSC", 9000, 190000),
    (
        "Yarra Pottery Imports Pty Ltd",
        "Melbourne, Australia",
        "AUD",
        "National Australia Bank Ltd",
        4000,
        95000,
    ),
    ("Fjordhus Interior AS", "Oslo, Norway", "NOK", "DNB Bank ASA", 25000, 600000),
    ("Maple Leaf Kitchen Co Inc", "Toronto, Canada", "CAD", "Toronto-Dominion Bank", 3500, 80000),
    (
        "Mainufer Keramik Handel GmbH",
        "Frankfurt am Main, Germany",
        "EUR",
        "Frankfurter Sparkasse",
        2500,
        70000,
    ),
]
WIRE_BANKS = [
    ("Bank of Baroda", "browser"),
    ("HDFC Bank", "mail"),
    ("ICICI Bank", "paper"),
    ("Canara Bank", "mail"),
    ("Axis Bank", "browser"),
    ("Kotak Mahindra Bank", "paper"),
    ("Punjab National Bank", "browser"),
    ("Union Bank of India", "mail"),
]
WIRE_RATES = {
    "USD": (85.6, 88.7),
    "EUR": (93.4, 97.2),
    "GBP": (108.6, 113.1),
    "AED": (23.3, 24.1),
    "AUD": (55.2, 58.9),
    "NOK": (7.92, 8.47),
    "CAD": (61.3, 64.8),
}
INTERMEDIARY = {
    "USD": "Citibank NA, New York",
    "AUD": "Westpac Banking Corporation, Sydney",
    "CAD": "Royal Bank of Canada, Toronto",
    "NOK": "Nordea Bank Abp, Oslo",
}
SHIPPED = [
    "Stoneware dinnerware (HSN 69120040)",
    "Glazed ceramic planters (HSN 69139000)",
    "Hand painted mugs and bowls (HSN 69120010)",
    "Ceramic pickle jars - 1 x 20 ft container",
    "Reactive glaze serveware (HSN 69120040)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; a code (or A$ / C$)
    before the sum for dirhams and Australian and Canadian dollars, and NOK before or after it for Norwegian
    kroner."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "NOK" and rng.random() < 0.5:

        def show_after(value: float) -> str:
            return f"{value:,.2f} NOK"

        return show_after
    mark = rng.choice({"AED": ["AED "], "AUD": ["AUD ", "A$"], "CAD": ["CAD ", "C$"], "NOK": ["NOK "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in Britain, the US, the Netherlands, the Emirates, Australia, Norway, Canada and Germany
    paying for dinnerware, planters, mugs and jars: the banks' inward remittance advices (browser, e-mail,
    printed FOREIGN INWARD REMITTANCE ADVICE - EXPORT BILL / Credit advice: inward SWIFT remittance / Inward
    remittance - exporter's copy: the bank on top with its forex desk, Exporter (beneficiary) / Beneficiary
    name / Name of beneficiary the company, Beneficiary A/c, Remitted by / Remitter / Ordering customer,
    Remitting institution / Remitter's bank, Intermediary bank on some, FCY amount received / Foreign currency
    amount / Remitted amount in GBP, USD, EUR, AED, AUD, NOK or CAD, Charges, Conversion rate, INR equivalent,
    Less: Bank charges and GST, Net credit (INR), Purpose code, Description of goods, Export invoice No.,
    Shipping bill No. and Shipping bill date, Mode, Sender's reference, IRM reference No. / IRM No. / Our ref.
    No., UETR, Date of realisation / Credit value date / Value date / Received on / Held on / Returned on /
    Date of return; Credited to exporter's current account - IRM reported / Status: Proceeds credited - IRM
    issued / Held for compliance - purpose of remittance and invoice copy awaited / Returned to remitting bank
    - beneficiary current account closed)."""
    k = place("export_wires")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
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
            f"{bank} Trade Services <tradeservices.khurja@{slug(bank)}>",
            [
                "Inward remittance received",
                "Credit advice - export proceeds",
                "Foreign inward remittance advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}/inward-remittance/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Department, Khurja Branch, Naya Ganj, Khurja",
                "Trade Finance Hub, Delhi Road, Bulandshahr",
                "AD Category I Branch, Civil Lines, Aligarh",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "FOREIGN INWARD REMITTANCE ADVICE - EXPORT BILL",
                "Credit advice: inward SWIFT remittance",
                "Inward remittance - exporter's copy",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Credited to exporter's current account - IRM reported",
                "Status: Proceeds credited - IRM issued",
            ],
            "pending": ["Held for compliance - purpose of remittance and invoice copy awaited"],
            "failed": ["Returned to remitting bank - beneficiary current account closed"],
        },
    )
    wrap_pair(
        p, rng.choice(["Exporter (beneficiary)", "Beneficiary name", "Name of beneficiary"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitted by", "Remitter", "Ordering customer"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitting institution", "Remitter's bank"]), pbank)
    if cur in INTERMEDIARY and rng.random() < 0.7:
        wrap_pair(p, "Intermediary bank", INTERMEDIARY[cur])
    p.pair(
        rng.choice(["FCY amount received", "Foreign currency amount", "Remitted amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("INR equivalent", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 600, 1000])) * 1.18, 2)
    p.pair("Less: Bank charges and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net credit (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance receipt against exports"]))
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"GCPL/EX/{rng.randrange(1, 150):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 10, 60), rng.choice(WIRE_PATS)))
    p.pair(
        "Mode", rng.choice(["SWIFT MT103", "SWIFT - customer credit transfer (MT103)"]), method="netbanking"
    )
    p.pair("Sender's reference", f"{code(rng, 4, UPPER)}{digits(rng, 7)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIRC', 'INW'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM reference No.", "IRM No.", "Our ref. No."]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Date of realisation", "Credit value date", "Value date"],
            "pending": ["Received on", "Held on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small",
        "The IRM is reported to EDPMS; regularise it against the shipping bill within the time allowed.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the works' and showroom's receipts


# the party, the way it paid, the unit (works, showroom, or the accounts desk's mail), the ware
SALES = [
    ("Sharma Crockery Store, Khurja", "cash", "works", "seconds"),
    ("Hotel Ganga Residency, Bulandshahr", "UPI", "showroom", "dinner"),
    ("Noida Horeca Mart", "NEFT", "mail", "plates"),
    ("Mrs. Kavita Agarwal, Aligarh", "card", "showroom", "mugs"),
    ("Meerut Gift Gallery", "cheque", "works", "planters"),
    ("Ms. Ritu Chauhan, Greater Noida", "UPI", "mail", "dinner"),
    ("Shahi Tile Udyog, Sikandrabad", "cash", "works", "grog"),
    ("Taj Ganj Handicraft Emporium, Agra", "cheque", "showroom", "planters"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The works' own MONEY RECEIPT / CASH MEMO - FACTORY SALE / RECEIPT - SECONDS SALE (AS IS) to a Khurja
    crockery shop, a gift gallery and a tile maker buying broken ware as grog by the tonne, the showroom's
    RETAIL CASH MEMO / RECEIPT - SHOWROOM to a hotel, a shopper and an Agra emporium (paper: the works, the
    showroom or the company on top with its line, address and GSTIN; Receipt No. / Memo No. / M.R. No., Date /
    Dated / Receipt date, Received from / Customer name / Sold to (no fact), the dozens, sets, pieces or
    tonnes x rate, GST @ 12% on the ware, Bill amount / Total / Order value, Amount received in cash / Cash
    received / Received via UPI / Received by UPI / Card swipe amount / Received by card / Cheque amount /
    Cheque received, Mode, UPI Ref. No. / Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH
    THANKS / PAID / RECEIVED - GOODS HANDED OVER / PAID - SECONDS SOLD AS IS, NO RETURN / RECEIVED - GROG
    LIFTED FROM YARD / CHEQUE RECEIVED - GOODS TO BE DISPATCHED ON CLEARANCE / CHEQUE BOUNCED - ORDER
    CANCELLED, PLEASE PAY AGAIN, the rubber stamp) and two of the accounts desk's acknowledgement e-mails (a
    horeca order's Advance received / Advance against order with the Balance payable before dispatch and UTR,
    a shopper's dinner set by UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@gangnaharceramics.in>",
            ["We have received your payment", "Payment receipt", "Money receipt - Gangnahar Ceramics"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Pottery works, Jewar Road, Khurja  |  Accounts desk")
        p.add("center", "Receipt of payment")
        p.add("rule")
        p.part = "body"
    else:
        shop = unit == "showroom"
        me = rng.choice([SHOWROOM, SHOWROOM.upper()] if shop else [WORKS, WORKS.upper(), COMPANY])
        where = UNITS[1] if shop else UNITS[0]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else "Stoneware | Tableware | Planters - pottery works",
            where[1],
            where[2],
            ["RETAIL CASH MEMO", "RECEIPT - SHOWROOM"]
            if shop
            else {
                "seconds": ["RECEIPT - SECONDS SALE (AS IS)", "CASH MEMO - FACTORY SALE"],
                "grog": ["RECEIPT - GROG SALE", "MONEY RECEIPT"],
            }.get(kind, ["MONEY RECEIPT", "CASH MEMO - FACTORY SALE"]),
        )
    if not j.no_ref:
        heads = {"showroom": ["MPS", "CM"], "works": ["GPW", "MR"], "mail": ["GC", "MR"]}[unit]
        rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "Memo No.", "M.R. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Customer name", "Sold to"]), party)
    advance = k == 2
    item, per, lo, hi = WARES[kind]
    if kind == "grog":
        qty = round(rng.uniform(4, 18), 2)
        rate = float(rng.randrange(lo, hi, 50))
        bill = round(qty * rate, 2)
        p.add("left", item)
        p.pair(f"  {qty:.2f} tonne x {rate:,.2f}", rs(bill))
    else:
        qty = {"doz": rng.randrange(3, 40), "set": rng.randrange(1, 12), "pc": rng.randrange(6, 80)}[per]
        if advance:
            qty = rng.randrange(120, 400)
        rate = float(rng.randrange(lo, hi, 5))
        base = round(qty * rate, 2)
        p.add("left", item)
        p.pair(f"  {qty} {per} x {rate:,.2f}", rs(base))
        if kind == "seconds":
            bill = base
        else:
            gst = round(base * 0.12, 2)
            p.pair("GST @ 12%", rs(gst))
            bill = round(base + gst, 2)
    p.pair(
        rng.choice(["Bill amount", "Total", "Order value"] if advance else ["Bill amount", "Total"]), rs(bill)
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque received"])
    elif advance:
        lab = rng.choice(["Advance received", "Advance against order"])
    else:
        lab = {
            "cash": rng.choice(["Amount received in cash", "Cash received"]),
            "UPI": rng.choice(["Received via UPI", "Received by UPI"]),
            "card": rng.choice(["Card swipe amount", "Received by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair(rng.choice(["Balance payable before dispatch", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Payment mode"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:5])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -9, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[3:9]), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "grog":
        words.append("RECEIVED - GROG LIFTED FROM YARD")
    elif kind == "seconds":
        words.append("PAID - SECONDS SOLD AS IS, NO RETURN")
    elif not advance:
        words.append("RECEIVED - GOODS HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - GOODS TO BE DISPATCHED ON CLEARANCE",
        "failed": "CHEQUE BOUNCED - ORDER CANCELLED, PLEASE PAY AGAIN",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Seconds and grog are sold as is, without return."
        if kind in ("seconds", "grog")
        else "Ware once sold is not taken back; check for chips at delivery. Cheques subject to realisation.",
    )
    if unit != "mail":
        right(p, f"For {SHOWROOM if unit == 'showroom' else SHORT} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "MRITTIKA POTTERY SHOWROOM" if unit == "showroom" else "GANGNAHAR POTTERY WORKS",
            "NH-34, KHURJA" if unit == "showroom" else "JEWAR ROAD, KHURJA",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. clay, frit, decals, kiln furniture


SUPPLIERS = [
    (
        "Bikaner Clay & Minerals",
        "Ball clay | China clay | Feldspar and quartz",
        "RIICO Industrial Area, Bichhwal, Bikaner - 334006, Rajasthan",
        "08",
        "BCM",
    ),
    (
        "Thangadh Frits & Glazes Pvt Ltd",
        "Glaze frits | Reactive glazes | Ceramic stains",
        "Sartanpar Road, Thangadh - 363530, Gujarat",
        "24",
        "TFG",
    ),
    (
        "Jhilmil Ceramic Decals",
        "Ceramic transfers | Gold lustre decals | Screen printing",
        "Jhilmil Industrial Area, Shahdara, Delhi - 110095",
        "07",
        "JCD",
    ),
    (
        "Makarpura Refractories & Kiln Furniture",
        "SiC batts | Cordierite props | Kiln car refractories",
        "GIDC Makarpura, Vadodara - 390010, Gujarat",
        "24",
        "MRK",
    ),
    (
        "Sahibabad Corrugated Boxes",
        "5-ply export cartons | Partitions | Honeycomb pads",
        "Site IV, Sahibabad Industrial Area, Ghaziabad - 201010, U.P.",
        "09",
        "SCB",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "BCM": [
        ("Ball clay - washed, BC-2 grade", "2508", "MT", 5200, 7400, 5, 10, 60),
        ("China clay (kaolin) - ceramic grade", "2507", "MT", 6800, 9200, 5, 8, 40),
        ("Potash feldspar 300 mesh", "2529", "MT", 7400, 9800, 5, 5, 25),
    ],
    "TFG": [
        ("Transparent glaze frit GF-11", "3207", "kg", 92, 138, 18, 500, 3500),
        ("Reactive glaze - cobalt blue", "3207", "kg", 240, 410, 18, 100, 900),
        ("Zircon stain - mint green", "3207", "kg", 520, 760, 18, 20, 160),
    ],
    "JCD": [
        ("Ceramic decal - floral border 7 in.", "4908", "pcs", 4.5, 9.5, 18, 2000, 24000),
        ("Gold lustre decal - rim line", "4908", "pcs", 11, 19, 18, 500, 6000),
        ("Screen and artwork charges", "998912", "job", 1800, 4800, 18, 1, 3),
    ],
    "MRK": [
        ("SiC kiln batt 500 x 400 x 12 mm", "6903", "nos", 2650, 3900, 18, 10, 80),
        ("Cordierite prop 100 mm", "6903", "nos", 64, 110, 18, 100, 800),
        ("Kiln car relining - labour", "998729", "job", 9000, 26000, 18, 1, 3),
    ],
    "SCB": [
        ("5-ply export carton 24 x 16 x 14 in.", "4819", "pcs", 58, 92, 18, 400, 4000),
        ("Partition set - 12 cell", "4819", "sets", 14, 26, 18, 400, 4000),
        ("Honeycomb pad 600 x 400 mm", "4808", "pcs", 17, 29, 18, 200, 2400),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 1, 0, 4]
SUPPLY_WAYS = ["RTGS", "NEFT", "-", "UPI", "NEFT", "NEFT", "-", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Bikaner clay merchant, the Thangadh frit and glaze maker, the Delhi decal printer, the Vadodara
    kiln furniture maker and the Sahibabad carton maker billing the company (paper: the supplier on top, its
    line, address and GSTIN; TAX INVOICE (BUYER'S COPY) / GST INVOICE - ORIGINAL FOR RECIPIENT / TAX INVOICE,
    Invoice No. / Tax Invoice No. / Bill No., Invoice date / Dated / Date, Billed to / Recipient / Buyer (bill
    to) the company, Place of delivery the works, Place of supply, E-way bill No., LR No. or Vehicle No., the
    clay, feldspar, frit, glaze, stains, decals, batts, props, cartons or pads with HSN or SAC, MT, kg, pcs,
    nos, sets or jobs x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total,
    Less: Advance paid with PO (order confirmation) and Balance credited by RTGS / NEFT on some, else Received
    through RTGS / NEFT / Amount received by NEFT / UPI credit received / Received by UPI with UTR / UTR No. /
    UPI Ref. No. / UPI Ref No., or Cheque received / Cheque for with Cheque No.; PAID / SETTLED BY RTGS / NEFT
    / UPI / FULL PAYMENT RECEIVED - ACCOUNT CLEARED / CHEQUE SENT FOR COLLECTION - RECEIPT VALID ON
    REALISATION / CHEQUE DISHONOURED - PAYMENT STOPPED BY DRAWER, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
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
        ["TAX INVOICE (BUYER'S COPY)", "GST INVOICE - ORIGINAL FOR RECIPIENT", "TAX INVOICE"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Billed to", "Recipient", "Buyer (bill to)"])
    wrap_pair(p, "Place of delivery", f"{WORKS}, Jewar Road, Khurja")
    p.pair("Place of supply", "Uttar Pradesh (09)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("SCB", "JCD"):
        p.pair(
            "Vehicle No.", f"{'UP-14' if tag == 'SCB' else 'DL-1L'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}"
        )
    else:
        p.pair("LR No.", f"{rng.choice(['BKN', 'TGD', 'BRC'])}/{digits(rng, 5)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "09")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.25, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid with PO (order confirmation)", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque received", "Cheque for"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance credited by {way}"
        elif way == "UPI":
            lab = rng.choice(["UPI credit received", "Received by UPI"])
        else:
            lab = rng.choice([f"Received through {way}", f"Amount received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"SETTLED BY {way}", "FULL PAYMENT RECEIVED - ACCOUNT CLEARED"]),
        "pending": "CHEQUE SENT FOR COLLECTION - RECEIPT VALID ON REALISATION",
        "failed": "CHEQUE DISHONOURED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. on bills unpaid after 30 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Bulandshahr Roadlines", "Freight Khurja-India Expo Mart - 3 trucks for the fair", 24000, 85000),
    ("Khurja Ball Mill Grinders", "Job grinding - body slip and glaze, 14 batches", 18000, 72000),
    ("Jewar Road Plaster Moulds", "Plaster of Paris moulds - 40 plate and 25 mug moulds", 9000, 46000),
    ("Vishwakarma Kiln Builders", "Shuttle kiln 2 - relining of door and burner blocks", 35000, 160000),
    ("Doaba Ceramic Testing Labs Pvt Ltd", "Lead and cadmium release test - 6 glazes", 12000, 48000),
    ("Greater Noida Export Packers", "Export packing and palletising - 2 containers", 28000, 110000),
    ("Mohd. Irfan Qureshi", "Showroom rent - NH-34 frontage, 2 months", 40000, 90000),
    ("Yamuna Handicraft Sourcing", "Buying agent commission - autumn orders", 15000, 95000),
]
CORP_PORTALS = [
    ("Baroda Connect", "Bank of Baroda", "corporate.bobibanking.com/payments/view"),
    ("HDFC Bank CBX", "HDFC Bank", "cbx.hdfcbank.com/payments/enquiry"),
    ("Union Digital Corporate", "Union Bank of India", "corporate.unionbankonline.co.in/fundtransfer/status"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its roadlines, the ball mill grinder, the mould maker, the kiln builder, the testing
    lab, the export packer, the showroom's landlord and its buying agent: corporate net banking's transaction
    pages (Baroda Connect, HDFC Bank CBX, Union Digital Corporate: the portal on top and the bank's line,
    Beneficiary name / Payee / Pay to / Credit account name, Payee alias, Beneficiary A/c and IFSC, Debit
    account the company, Transaction amount / Payment amount (INR) / Transfer amount / Amount (INR), Payment
    type / Transfer mode NEFT / RTGS / IMPS, Payment remarks / Purpose, UTR / UTR No. / IMPS Ref No., Bank
    reference No. / Core banking ref., Initiated by / Approved by, Posted on / Payment date / Value date /
    Submitted on / Initiated on / Rejected on / Failed on; Transfer completed - amount credited to beneficiary
    / Status: Processed - UTR generated / Awaiting authoriser approval - not yet sent to bank / Rejected by
    beneficiary bank - account no longer in operation)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(6,), pending=(3,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transfers', 'Transaction status'])}")
    p.add("center", rng.choice(["Payment details", "Transfer status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Transfer completed - amount credited to beneficiary",
                "Status: Processed - UTR generated",
            ],
            "pending": ["Awaiting authoriser approval - not yet sent to bank"],
            "failed": ["Rejected by beneficiary bank - account no longer in operation"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Payee", "Pay to", "Credit account name"]), who, merchant=who
    )
    if rng.random() < 0.5:
        p.pair("Payee alias", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "KRJ")
    ben = rng.choice(BANKS[:9])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Transaction amount", "Payment amount (INR)", "Transfer amount", "Amount (INR)"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment type", "Transfer mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Payment remarks", "Purpose"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank reference No.", "Core banking ref."]), tr, txn=(BANK_RANK, tr))
    p.pair("Initiated by / Approved by", f"GCPLACC / {'-' if status == 'pending' else 'GCPLMD'}")
    date_row(
        p,
        j,
        {
            "success": ["Posted on", "Payment date", "Value date"],
            "pending": ["Submitted on", "Initiated on"],
            "failed": ["Rejected on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected transfers are reversed to the debit account on the same working day.")
    return p.done()


# ---------------------------------------------------------------- 7. potters, dippers, firemen, packers


# payee, role, kind
WORKERS = [
    ("Ramesh Chand Prajapati", "Jigger-jolly operator", "jigger"),
    ("Shabnam Bano", "Glaze dipper", "glaze"),
    ("Mukesh Kumar Saini", "Fireman - shuttle kiln 2", "kiln"),
    ("Sunita Devi", "Decal applier", "decal"),
    ("Rafiq Ahmed", "Hand painter - blue pottery", "decal"),
    ("Shyam Lal Prajapati", "Jigger-jolly operator - mugs", "jigger"),
    ("Anil Kumar Valmiki", "Sorter and packer", "packing"),
    ("Naresh Pal Singh", "Kiln car loader - tunnel kiln", "loading"),
]
WORK_FRAMES = ["paper", "decentro", "paper", "phonepe", "paper", "decentro", "bhim", "paper"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "jigger": (
        ["JIGGER-JOLLY PIECE RATE VOUCHER (PER DOZEN)", "POTTER'S PIECE WORK SLIP - MAKING SECTION"],
        ["Name of potter", "Paid to (potter)"],
        "Ware made and passed: {q} doz x {rate}",
        (9, 16),
        (300, 1400),
        ["Net payable - paid", "Net amount handed over"],
    ),
    "glaze": (
        ["GLAZING SHED - DIPPING WAGES VOUCHER", "PIECE RATE VOUCHER - GLAZE DIPPING"],
        ["Dipper's name", "Paid to (dipper)"],
        "Pieces dipped: {q} hundred x {rate}",
        (38, 60),
        (60, 240),
        ["Net payable - paid", "Paid to worker"],
    ),
    "kiln": (
        ["KILN FIREMAN PAYMENT VOUCHER (PER FIRING)", "BHATTI WAGES VOUCHER - SHUTTLE KILN"],
        ["Fireman", "Paid to (fireman)"],
        "Firings attended: {q} x {rate}",
        (650, 1100),
        (8, 26),
        ["Net amount handed over", "Paid to worker"],
    ),
    "loading": (
        ["KILN CAR LOADING VOUCHER - TUNNEL KILN", "SETTING AND DRAWING WAGES VOUCHER"],
        ["Name of loader", "Paid to (loader)"],
        "Kiln cars set and drawn: {q} x {rate}",
        (140, 220),
        (40, 110),
        ["Net amount handed over", "Net payable - paid"],
    ),
    "decal": (
        ["DECORATION SECTION - DECAL WORK VOUCHER", "HAND PAINTING PIECE RATE VOUCHER"],
        ["Name of decorator", "Paid to (decorator)"],
        "Pieces decorated: {q} hundred x {rate}",
        (70, 140),
        (30, 160),
        ["Net payable - paid", "Paid to worker"],
    ),
    "packing": (
        ["SORTING & PACKING - PIECE RATE VOUCHER", "DISPATCH SECTION PACKING VOUCHER"],
        ["Packer's name", "Paid to (packer)"],
        "Cartons packed: {q} x {rate}",
        (6, 11),
        (600, 2200),
        ["Net amount handed over", "Net payable - paid"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its potters, glaze dippers, kiln firemen and loaders, decal appliers and painters
    and its packers by the dozen, the hundred, the firing, the kiln car or the carton: its printed
    JIGGER-JOLLY PIECE RATE VOUCHER (PER DOZEN) / POTTER'S PIECE WORK SLIP - MAKING SECTION / KILN FIREMAN
    PAYMENT VOUCHER (PER FIRING) / BHATTI WAGES VOUCHER - SHUTTLE KILN / DECORATION SECTION - DECAL WORK
    VOUCHER / HAND PAINTING PIECE RATE VOUCHER / KILN CAR LOADING VOUCHER - TUNNEL KILN / SETTING AND DRAWING
    WAGES VOUCHER (the company on top with the works' line, Voucher No. / Vr. No., Date / Voucher date, Name
    of potter / Paid to (potter) / Fireman / Paid to (fireman) / Name of decorator / Paid to (decorator) /
    Name of loader / Paid to (loader), Role, Token No. and Section (no fact), the dozens, hundreds, firings or
    kiln cars x rate, Add: Sunday firing allowance / Add: Overtime - kiln unloading / Add: Attendance
    incentive, Gross earnings, Less: Breakage above allowance - n pcs / Less: Advance adjusted, Net payable -
    paid / Net amount handed over / Paid to worker, Mode Cash / UPI / IMPS, UPI Ref. No. / IMPS Ref No.; PAID
    / PAID - POTTER SIGNED / PAID - RECEIVED BY HAND AT KILN / PAID IN CASH), Decentro payout pages for a
    glaze dipper and a potter (Decentro on top and Payouts - the company under it, the sum large, Beneficiary
    name / Payee name, Payee ID, Payee account, Transfer mode, Narration, Decentro txn ID, Bank RRN, Reference
    ID, Completed on / Processed on / Queued on / Reversed on; Payout completed - credited to beneficiary /
    Status: COMPLETED / Scheduled - payout waits for the next IMPS window / Payout reversed - beneficiary bank
    rejected the credit), a PhonePe screen paying a decal applier and a BHIM screen paying a packer."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=900, high=24000, p_round=0.9)
    who, role, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "decentro":
        j.amount = rupees(rng, 4000, 32000, 0.6)
        tid = f"DCTRTX{digits(rng, 12)}"
        p = browser_page(
            rng, font, "app.decentro.tech/payouts/transactions" + ("" if j.no_ref else f"/{tid}")
        )
        p.part = "head"
        top(p, "Decentro")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payout completed - credited to beneficiary", "Status: COMPLETED"],
                "pending": ["Scheduled - payout waits for the next IMPS window"],
                "failed": ["Payout reversed - beneficiary bank rejected the credit"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Payee name"]), who, merchant=who)
        p.pair("Payee ID", f"PY{digits(rng, 7)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Payee account",
            f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{rng.randrange(10, 99)}@okbizaxis",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Narration",
            rng.choice(["Dipping wages - fortnight", "Glazing shed piece rate"])
            if kind == "glaze"
            else rng.choice(["Mug making - piece rate", "Jigger wages - week 2"]),
        )
        if not j.no_ref:
            p.pair("Decentro txn ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("Bank RRN", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"GCPL-{kind[:3].upper()}-{digits(rng, 6)}"
            p.pair("Reference ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Completed on", "Processed on"],
                "pending": ["Queued on"],
                "failed": ["Reversed on"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "A reversed payout is returned to the payout account within one working day.")
        return p.done()
    if frame in ("phonepe", "bhim"):
        j.amount = rupees(rng, 1200, 14000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "BHIM UPI")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'upi', 'barodampay', 'axl'])}",
            method="UPI",
        )
        p.pair(
            rng.choice(["Message", "Note"]),
            rng.choice(["Decal work - week", "Packing 1,200 cartons"]),
        )
        if not j.no_ref:
            if frame == "phonepe":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI Ref No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of Baroda XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{WORKS} - {'kilns' if kind in ('kiln', 'loading') else 'making and finishing'}",
        UNITS[0][1],
        UNITS[0][2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[0].upper()}W/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Role", role)
    p.pair("Token No.", f"T-{rng.randrange(10, 480):03d}")
    p.pair("Section", {"jigger": "Making", "decal": "Decoration"}.get(kind, "Kilns"))
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    extra = 0.0
    if rng.random() < 0.5:
        extra = float(rng.choice([250, 400, 500, 750]))
        p.pair(
            {
                "jigger": "Add: Attendance incentive",
                "kiln": rng.choice(["Add: Sunday firing allowance", "Add: Overtime - kiln unloading"]),
                "decal": "Add: Attendance incentive",
                "loading": "Add: Overtime - kiln unloading",
            }[kind],
            rs(extra),
        )
        gross += extra
    p.pair("Gross earnings", rs(gross))
    cut = 0.0
    if kind in ("jigger", "decal") and rng.random() < 0.5:
        broken = rng.randrange(6, 40)
        cut = float(broken * rng.choice([4, 5, 6]))
        p.pair(f"Less: Breakage above allowance - {broken} pcs", rs(cut))
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 1500]))
        p.pair("Less: Advance adjusted", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 7 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    if kind == "jigger":
        words.append("PAID - POTTER SIGNED")
    if kind in ("kiln", "loading"):
        words.append("PAID - RECEIVED BY HAND AT KILN")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------------- 8. UPSIDA, Nagar Palika, UPPCB, ...


FEE_FRAMES = ["upsida", "housetax", "consent", "fire", "epch", "metrology", "shops", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a pottery works and its highway showroom in Khurja: UPSIDA's maintenance charges (Uttar
    Pradesh State Industrial Development Authority / UPSIDA on top and the regional office line, Name of
    allottee, Industrial area, Plot No., the Maintenance charges (plot area x rate), Interest on delayed
    payment, GST @ 18%, Total amount paid / Amount deposited, Transaction ID, Bank Ref No., Receipt No.),
    Nagar Palika Parishad Khurja's house tax page (the Nagar Palika on top, Name of owner, Property ID, Ward,
    the House tax, Water tax and Sewer tax, Total amount / Amount paid / Amount, Transaction ID, Bank Ref No.,
    Receipt No.; Payment failed - house tax not credited to Nagar Palika), the UP Pollution Control Board's
    consent fee page in Nivesh Mitra (the Board on top, Name of the industry, Category, Application No., the
    Water and Air Act fees, Total fee paid, Transaction ref. No., Bank Ref No.), the Fire and Emergency
    Services' NOC renewal (the department on top and the Nivesh Mitra line, Name of premises, Occupancy,
    Application No., Fire NOC renewal fee, Inspection fee, Total amount / Amount, Transaction ID; Verification
    pending with treasury - NOC fee not yet confirmed, do not pay again), EPCH's RCMC renewal (Export
    Promotion Council for Handicrafts / EPCH on top and the Ministry of Textiles line, Name of member
    exporter, RCMC No., the renewal fee, GST @ 18%, Total amount received / Total paid, Payment ID, Receipt
    No.), Legal Metrology's verification fee (the department on top, Name of user, the scales' fees, Total fee
    paid / Amount paid, Transaction ID), the Labour Department's shops and establishments renewal (the
    department on top, Name of establishment, Registration No., Renewal fee, Late fee, Total fee paid / Amount
    paid, GRN, Transaction ID) and the Transport Department's Vahan tax page (the department on top and the
    Vahan line, Owner name, Registration No., Vehicle class, Tax valid upto, Road tax (quarterly), Green tax,
    Total amount paid / Amount paid, Transaction No., Bank Ref No., Receipt No.); Payment successful / Fee
    paid - receipt generated / Fee payment confirmed / e-Challan paid - receipt ready."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = [
        "Payment successful",
        "Fee paid - receipt generated",
        "Fee payment confirmed",
        "e-Challan paid - receipt ready",
    ]
    if frame == "upsida":
        p = browser_page(rng, font, f"onlineupsida.com/maintenance/payment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh State Industrial Development Authority", "UPSIDA"])
        top(p, name, merchant=name)
        p.add("small", "Regional Office, Bulandshahr  |  Maintenance charges - online")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of allottee", firm)
        wrap_pair(p, "Industrial area", "Pottery Industrial Estate, Khurja")
        p.pair("Plot No.", "C-14")
        area = rng.randrange(1800, 4200, 50)
        per = rng.choice([6, 8, 10])
        maint = float(area * per)
        p.pair(f"Maintenance charges 2026-27 ({area:,} sq m x Rs {per})", rs(maint))
        late = float(rng.choice([0, 0, 850, 1400]))
        if late:
            p.pair("Interest on delayed payment", rs(late))
        gst = round((maint + late) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(maint + late + gst, 2)
        p.pair(rng.choice(["Total amount paid", "Amount deposited"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"UPSIDA{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"MNT/BSR/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Maintenance charges are payable for each financial year in advance."
    elif frame == "housetax":
        p = browser_page(rng, font, f"nppkhurja.in/housetax/epay/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Nagar Palika Parishad Khurja", "NAGAR PALIKA PARISHAD KHURJA"])
        top(p, name, merchant=name)
        p.add("small", "District Bulandshahr, Uttar Pradesh  |  House tax and water tax - online")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ok, "failed": ["Payment failed - house tax not credited to Nagar Palika"]}
        )
        wrap_pair(p, "Name of owner", f"{SHOWROOM} ({firm})")
        p.pair("Property ID", f"KHJ/{rng.randrange(1, 25):02d}/{digits(rng, 5)}")
        p.pair("Ward", rng.choice(["Ward No. 7 (Khurja Bypass)", "Ward No. 9 (Bulandshahr Road)"]))
        heads = [
            ("House tax 2026-27 (commercial)", 9600.0, 21800.0),
            ("Water tax", 1400.0, 3200.0),
            ("Sewer tax", 600.0, 1500.0),
        ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Total amount", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"NPPK{digits(rng, 11)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"HT/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date", "Attempted on"],
            hour=rng.random() < 0.5,
        )
        foot = (
            "This is a computer generated receipt and needs no signature."
            if status == "success"
            else "If your account was debited, the bank will refund it in 5-7 working days."
        )
    elif frame == "consent":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/uppcb/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh Pollution Control Board", "UTTAR PRADESH POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Nivesh Mitra - single window, Government of Uttar Pradesh  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the industry", f"{WORKS} ({firm})")
        p.pair(
            "Category",
            rng.choice(["Orange - ceramics (PNG fired kilns)", "Orange - pottery and sanitary ware"]),
        )
        p.pair("Application No.", f"NM/UPPCB/{digits(rng, 7)}")
        water = float(rng.choice([4000, 5000, 7500]))
        air = float(rng.choice([5000, 7500, 10000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"NMUP{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent is issued after the regional officer's inspection of the kilns and their stacks."
    elif frame == "fire":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/fireservice/noc/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh Fire and Emergency Services", "U.P. FIRE & EMERGENCY SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Nivesh Mitra - single window  |  Fire NOC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": [
                    "Verification pending with treasury - NOC fee not yet confirmed, do not pay again"
                ],
            },
        )
        wrap_pair(p, "Name of premises", f"{WORKS} - kiln house and gas yard")
        p.pair("Occupancy", "Industrial (moderate hazard)")
        p.pair("Application No.", f"FS/BSR/{digits(rng, 6)}")
        renew = float(rng.choice([6000, 8000, 12000]))
        visit = float(rng.choice([1000, 1500]))
        p.pair("Fire NOC renewal fee", rs(renew))
        p.pair("Inspection fee", rs(visit))
        j.amount = renew + visit
        p.pair(
            rng.choice(
                ["Total amount", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"UPFS{digits(rng, 11)}")])
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"]
            if status == "success"
            else ["Initiated on", "Transaction date"],
            pats,
        )
        foot = "The NOC is renewed after the fire officer's inspection; keep the receipt for the inspection."
    elif frame == "epch":
        p = browser_page(rng, font, f"epch.in/members/rcmc/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Export Promotion Council for Handicrafts", "EPCH"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Textiles, Government of India  |  RCMC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of member exporter", firm)
        p.pair("RCMC No.", f"EPCH/RCMC/{digits(rng, 6)}")
        renew = float(rng.choice([9500, 12500]))
        p.pair("RCMC renewal and membership fee", rs(renew))
        gst = round(renew * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(renew + gst, 2)
        p.pair(rng.choice(["Total amount received", "Total paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"EPCH{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"EPCH/ND/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The renewed RCMC is e-mailed after the membership section verifies the export turnover."
    elif frame == "metrology":
        p = browser_page(rng, font, "lm.up.gov.in/verification/feereceipt")
        p.part = "head"
        name = rng.choice(
            ["Legal Metrology Department, Uttar Pradesh", "Controller of Legal Metrology, U.P."]
        )
        top(p, name, merchant=name)
        p.add("small", "Food and Civil Supplies Department, Government of U.P.  |  Verification fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{SHOWROOM} ({firm})")
        big = rng.randrange(1, 3)
        small = rng.randrange(1, 5)
        fee_big = float(big * rng.choice([750, 900]))
        fee_small = float(small * rng.choice([250, 300]))
        p.pair(f"Verification - platform scale 300 kg x {big}", rs(fee_big))
        p.pair(f"Verification - counter scale 30 kg x {small}", rs(fee_small))
        j.amount = fee_big + fee_small
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"LMUP{digits(rng, 11)}")])
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Bring the scales to the verification camp on the day allotted."
    elif frame == "shops":
        p = browser_page(rng, font, "uplabour.gov.in/shops-establishment/renewal/receipt")
        p.part = "head"
        name = rng.choice(
            ["Labour Department, Uttar Pradesh", "Office of the Labour Commissioner, Uttar Pradesh"]
        )
        top(p, name, merchant=name)
        p.add("small", "U.P. Dookan Aur Vanijya Adhishthan Adhiniyam  |  Renewal of registration")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of establishment", f"{SHOWROOM} ({firm})")
        p.pair("Registration No.", f"UPSA{digits(rng, 8)}")
        fee = float(rng.choice([1000, 1500, 2000]))
        late = float(rng.choice([0, 0, 500]))
        p.pair("Renewal fee (5 years)", rs(fee))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"UPLD{digits(rng, 11)}"),
                ("GRN", INVOICE_RANK, f"UP{digits(rng, 12)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Display the renewed registration certificate at the showroom."
    else:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice(["Transport Department, Uttar Pradesh", "Transport Department, Government of U.P."])
        top(p, name, merchant=name)
        p.add("small", "Vahan - Ministry of Road Transport & Highways  |  Tax payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Owner name", firm)
        p.pair("Registration No.", f"UP-13-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair("Vehicle class", rng.choice(["Goods carrier (LGV)", "Goods carrier (MGV)"]))
        if not j.no_day:
            p.pair("Tax valid upto", j.other_day(rng, 85, 95))
        tax = float(rng.choice([2650, 3900, 5200]))
        green = float(rng.choice([0, 500, 750]))
        p.pair("Road tax (quarterly)", rs(tax))
        if green:
            p.pair("Green tax", rs(green))
        j.amount = tax + green
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"UP{digits(rng, 14)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"UP{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Carry the e-receipt in the vehicle with the permit and fitness."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Bharat Laghu Udyam Suraksha - kilns, glazing shed and stock",
        "browser",
        "works",
    ),
    ("ECGC Ltd", "ecgc.in", "Shipments (comprehensive risks) policy - export buyers", "mail", "credit"),
    (
        "Raheja QBE General Insurance Co. Ltd",
        "rahejaqbe.com",
        "Marine cargo open policy - export consignments",
        "paper",
        "cargo",
    ),
    (
        "Navi General Insurance Ltd",
        "navi.com",
        "Goods carrying vehicle - package policy",
        "browser",
        "vehicle",
    ),
    (
        "ManipalCigna Health Insurance Co. Ltd",
        "manipalcigna.com",
        "Group health insurance - staff",
        "mail",
        "health",
    ),
    (
        "Zuno General Insurance Ltd",
        "hizuno.com",
        "Plate glass and neon sign - highway showroom",
        "paper",
        "glass",
    ),
    (
        "Acko General Insurance Ltd",
        "acko.com",
        "Group personal accident - potters and kiln workers",
        "browser",
        "gpa",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Employees' compensation - works and showroom",
        "mail",
        "wc",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its kilns, glazing shed and stock, its export buyers' credit, its consignments at
    sea, its pickup truck, its staff's health, the showroom's plate glass and neon sign, its potters and kiln
    workers and its employees: the insurers' premium receipts (browser, e-mail, printed at the branch: the
    insurer on top, the product line, PREMIUM RECEIPT / Receipt of premium / ACKNOWLEDGEMENT OF PREMIUM,
    Insured / Policyholder / Name of the proposer, Policy No., Proposal No. / Quote No., Sum insured - plant,
    building and stock / Maximum liability (buyers) / Annual export turnover / IDV (insured declared value) /
    Lives covered / Sum insured - glass and sign / Persons covered / Estimated annual wages, Period of
    insurance, Basic premium or Own damage premium and Third party premium, an add-on (Earthquake cover,
    Political risk loading, War and SRCC, Roadside assistance, OPD cover, Terrorism cover, Temporary total
    disablement, Occupational disease), GST @ 18%, Total premium paid (incl. GST) / Premium amount received /
    Gross premium received / Cheque amount / Premium to be paid / Amount payable, Payment mode, Payment ref.
    No. / Payment gateway ref., UPI Ref No. / Bank Ref No., Premium receipt No. / Receipt No., Cheque No.,
    Receipt date / Premium received on / Receipt dated / Cheque received on / Attempted on / Declined on;
    Premium realised - policy document issued online / Payment received - certificate of insurance e-mailed /
    CHEQUE RECEIVED - COVER ONLY AFTER CHEQUE IS CLEARED / Premium payment declined - proposal not converted
    to policy)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'pay', 'services'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(rng, font, f"{short} <customercare@{host}>", ["Premium receipt", "Receipt of premium"])
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", product)
    if frame == "paper":
        p.add(
            "small",
            rng.choice(
                ["Branch Office, Civil Lines, Bulandshahr", "Divisional Office, Ramghat Road, Aligarh"]
            ),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Receipt of premium", "ACKNOWLEDGEMENT OF PREMIUM"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium realised - policy document issued online",
                "Payment received - certificate of insurance e-mailed",
            ],
            "pending": ["CHEQUE RECEIVED - COVER ONLY AFTER CHEQUE IS CLEARED"],
            "failed": ["Premium payment declined - proposal not converted to policy"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Insured", "Policyholder", "Name of the proposer"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 5)}/{rng.choice(['11', '21', '46'])}/2026/{digits(rng, 6)}")
    else:
        p.pair(rng.choice(["Proposal No.", "Quote No."]), f"Q{digits(rng, 10)}")
    addon = None
    taxed_heads: list[tuple[str, float]] = []
    if kind == "works":
        insured = float(rng.randrange(4000000, 25000000, 50000))
        p.pair("Sum insured - plant, building and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0006, 0.001), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "credit":
        limit = float(rng.randrange(5000000, 30000000, 100000))
        p.pair("Maximum liability (buyers)", rs(limit))
        basic = round(limit * rng.uniform(0.0012, 0.002), 2)
        addon = ("Political risk loading", round(limit * 0.0001, 2))
    elif kind == "cargo":
        turnover = float(rng.randrange(15000000, 80000000, 100000))
        p.pair("Annual export turnover", rs(turnover))
        basic = round(turnover * rng.uniform(0.0004, 0.0006), 2)
        addon = ("War and SRCC", round(turnover * 0.00003, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(420000, 950000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"UP-13-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        taxed_heads = [
            ("Own damage premium", basic),
            ("Third party premium", float(rng.choice([16049, 27186]))),
        ]
        addon = ("Roadside assistance", float(rng.choice([199, 299])))
    elif kind == "health":
        lives = rng.randrange(10, 30)
        p.pair("Lives covered", f"{lives} staff and families")
        basic = round(lives * rng.uniform(8500, 14000), 2)
        addon = ("OPD cover", round(lives * 500.0, 2))
    elif kind == "glass":
        insured = float(rng.randrange(300000, 1200000, 10000))
        p.pair("Sum insured - glass and sign", rs(insured))
        basic = round(insured * rng.uniform(0.004, 0.007), 2)
        addon = ("Terrorism cover", round(insured * 0.0002, 2))
    elif kind == "gpa":
        persons = rng.randrange(20, 70)
        p.pair("Persons covered", f"{persons} x Rs 3,00,000")
        basic = round(persons * rng.uniform(380, 620), 2)
        addon = ("Temporary total disablement", round(persons * 75.0, 2))
    else:
        wages = float(rng.randrange(3000000, 9000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workers covered", str(rng.randrange(30, 90)))
        basic = round(wages * rng.uniform(0.005, 0.008), 2)
        addon = ("Occupational disease", round(wages * 0.0002, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"12 months from {j.other_day(rng, 1, 6)}")
    if taxed_heads:
        for head, value in taxed_heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in taxed_heads), 2)
    else:
        p.pair("Basic premium", rs(basic))
        taxed = basic
    if addon:
        wrap_pair(p, addon[0], rs(addon[1]))
        taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium paid (incl. GST)", "Premium amount received", "Gross premium received"],
        "pending": ["Cheque amount"],
        "failed": ["Premium to be paid", "Amount payable"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'PMT', 'OL'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Payment ref. No.", "Payment gateway ref."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 11)
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium received on", "Receipt dated"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Attempted on", "Declined on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small", "The cover is subject to realisation of the premium. Read the policy wording for exclusions."
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("MRITTIKA POTTERY SHOWROOM", "NH-34 BYPASS, KHURJA", "own"),
    ("JAIN AUTO FUELS (HPCL)", "NH-34, KHURJA", "fuel"),
    ("GANGNAHAR CERAMICS", "JEWAR ROAD KHURJA UP", "own"),
    ("HOTEL EXPO INN", "KNOWLEDGE PARK II, GR NOIDA", "hotel"),
    ("BULANDSHAHR GAS & WELDING", "KALA AAM, BULANDSHAHR", "shop"),
    ("GANGNAHAR POTTERY WORKS", "UPSIDA ESTATE, KHURJA", "own"),
    ("PAHALWAN DHABA", "NH-34, ARNIYA", "food"),
    ("MRITTIKA POTTERY SHOWROOM", "KHURJA 203131 UP", "own"),
]
TERMINALS = [
    "BANK OF BARODA",
    "HPCL",
    "ICICI BANK",
    "CANARA BANK",
    "UNION BANK OF INDIA",
    "BHARATPE",
    "MSWIPE",
    "HDFC BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers' and dealers' cards on the showroom's, the company's and the works' terminals, and the
    company's card at a filling station on NH-34, a Greater Noida hotel in the fair week, a gas and welding
    shop and a highway dhaba: terminal slips (monospace: the terminal's bank or brand on top on some, the
    counter's name and place in capitals, DATE: and TIME: / DT: and TM: / DATE/TIME:, MID:, TID:, BATCH NO:,
    STAN:, INVOICE NO: / RECEIPT NO: / BILL NO:, SALE, CARD NO:, CARD TYPE:, a fuel sale's PRODUCT:, RATE:,
    VOLUME(L):, NOZZLE NO: and VEHICLE NO:, a hotel's ROOM NO:, APPR CODE: / AUTH CODE:, RRN: / RRN NO:, SALE
    AMOUNT: / AMOUNT: / TOTAL AMT: / NET AMOUNT:; APPROVED / TXN APPROVED / APPROVED - 00 / DECLINED - 57 TXN
    NOT PERMITTED TO CARDHOLDER / NO RESPONSE FROM HOST - VERIFY STATUS BEFORE REPEATING)."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=900, high=85000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 7800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3200, 16800, 0.5)
    elif kind in ("shop", "food"):
        j.amount = rupees(rng, 380, 14500, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "RECEIPT NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "SALE - TAP"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 96.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "POWER PETROL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"UP13{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMOUNT:", "AMOUNT:", "TOTAL AMT:", "NET AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - 00"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 57 TXN NOT PERMITTED TO CARDHOLDER", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM HOST - VERIFY STATUS BEFORE REPEATING", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, kiln gas, phone bills


BILLERS = [
    ("PVVNL", "Paschimanchal Vidyut Vitran Nigam Ltd", "Account ID"),
    ("Adani Total Gas", "Adani Total Gas Ltd", "Customer ID"),
    ("Airtel Broadband", "Bharti Airtel Ltd", "Account No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Jio AirFiber", "Reliance Jio Infocomm Ltd", "Service ID"),
]
BILL_APPS = ["PVVNL", "PhonePe", "Baroda Connect", "CRED", "PVVNL", "Google Pay", "MobiKwik", "Paytm"]
BILL_WHICH = [0, 0, 1, 2, 0, 3, 4, 1]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The works' and the showroom's electricity (PVVNL), the kilns' piped gas (Adani Total Gas), the office
    broadband (Airtel), the manager's postpaid phone (Vi) and the showroom's AirFiber (Jio) through Bharat
    Connect in Baroda Connect and UPI apps (the app on top, Biller / Biller name / Service provider / Billed
    by / Operator / Provider as printed, Account ID / Customer ID / Account No. / Mobile No. / Service ID,
    Customer name / Consumer name / Registered name, Bill month and Due date on some, the sum large, Paid from
    Current A/c or UPI, Bharat Connect Ref. No. / BBPS Ref ID / Bharat Connect Txn ID, UPI Ref No.,
    Transaction ID on the failed one, Paid on / Transaction date & time; Bill paid successfully / Payment
    successful / Bill payment confirmed by biller / Payment pending with the biller - receipt in 48 hours, do
    not pay again / Bill payment could not be completed - any debit is auto-reversed in 5 working days) and
    PVVNL's own receipt page (PVVNL or Paschimanchal Vidyut Vitran Nigam Ltd on top with its UPPCL line,
    Account ID, Division, Consumer name, Bill month, Amount paid / Paid amount, Payment mode, Transaction ID,
    Bill receipt No., Payment date / Paid on; Payment successful / Bill paid - thank you for paying online).
    """
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=6000, high=95000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 48000, 420000, 0.4) if k == 2 else rupees(rng, 12000, 95000, 0.4)
    elif which == 2:
        j.amount = rupees(rng, 699, 2999, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 449, 1799, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 599, 2199, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account ID": digits(rng, 10),
        "Customer ID": f"{rng.choice(['7', '8'])}{digits(rng, 9)}",
        "Account No.": f"{rng.choice(['3', '4'])}{digits(rng, 9)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Service ID": f"{digits(rng, 12)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PVVNL":
        p = browser_page(rng, font, "consumer.uppcl.org/wss/pay_bill_receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A UPPCL company, Meerut  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill paid - thank you for paying online"]})
        p.pair(idlab, ids)
        p.pair("Division", rng.choice(["EDD Khurja", "EUDD I Bulandshahr"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"UPPCL{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Bill receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment reaches your account within 48 hours; keep this receipt till then.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful", "Bill payment confirmed by biller"],
            "pending": ["Payment pending with the biller - receipt in 48 hours, do not pay again"],
            "failed": ["Bill payment could not be completed - any debit is auto-reversed in 5 working days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = (
        "Operator"
        if which in (2, 3)
        else rng.choice(["Biller", "Biller name", "Service provider", "Billed by", "Provider"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Registered name"]),
        rng.choice([COMPANY_CAPS, WORKS.upper(), SHOWROOM.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "Baroda Connect" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "CRED": "CR", "MobiKwik": "MK"}.get(
                app, "BB"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "BBPS Ref ID", "Bharat Connect Txn ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Transaction date & time"] if status == "success" else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "BULANDSHAHR ROADLINE",
    "KHURJA BALL MILL GRI",
    "RAMESH CHAND PRAJAPA",
    "THANGADH FRITS & GLA",
    "VISHWAKARMA KILN BUI",
    "PASCHIMANCHAL VIDYUT",
    "ANIL KUMAR VALMIKI",
    "NAGAR PALIKA PARISHA",
]
SENDERS = {
    "Bank of Baroda": "VM-BOBTXN",
    "Canara Bank": "AD-CANBNK",
    "Uttar Pradesh Gramin Bank": "BZ-UPGBNK",
    "Union Bank of India": "VK-UNIONB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-BOBTXN /
    AD-CANBNK / BZ-UPGBNK / VK-UNIONB, the day divider, each bank's own wording: "Rs.x debited from A/c
    ...1234 on <day> by <way> towards <payee>.", "An amount of INR x has been DEBITED to your account XXX1234
    on <day> towards <way> transfer to <payee>.", "UPGB: Your A/c XX1234 is debited INR x on <day>, <way> to
    <payee>.", Union Bank's UPI "A/c *1234 Debited for Rs:x on <day> by UPI to <payee>. UPI Ref <ref>"; a
    transfer that "has been RETURNED by the beneficiary bank; the amount is credited back to your A/c." and
    one that "is UNDER PROCESS at the beneficiary bank - do not initiate it again.") and two e-mail debit
    alerts (Amount (INR) / Amount debited, Credited to / Beneficiary, Account, Channel, UTR No. / IMPS Ref
    No., Posting date / Transaction date, Status: Completed / Transaction status: Debited successfully)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=9000, high=360000)
    to = ALERT_PAYEES[k]
    if k in (2, 6):
        j.amount = rupees(rng, 1500, 22000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 28000, 190000)
    elif k == 7:
        j.amount = rupees(rng, 6000, 26000)
    if k in (0, 4):
        bank = rng.choice(["Bank of Baroda", "HDFC Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} InstaAlerts <alerts@{slug(bank)}>",
            ["Debit alert - current account", "Funds transfer alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a funds transfer has been debited from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount (INR)", "Amount debited"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Credited to", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Posting date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add(
            "left",
            rng.choice(["Status: Completed", "Transaction status: Debited successfully"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "Never share your OTP, PIN or password. Report an unauthorised debit to the bank at once.",
        )
        return p.done()
    if k == 6:
        way = "UPI"
    elif k == 2:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Union Bank's "by UPI to" is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        1: "Bank of Baroda",
        3: "Canara Bank",
        6: "Union Bank of India",
        7: "Uttar Pradesh Gramin Bank",
    }.get(k, rng.choice(["Bank of Baroda", "Canara Bank", "Uttar Pradesh Gramin Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Union Bank of India":
            p.add("left", f"A/c *{tail} Debited for Rs:{j.amount:.2f}{on}", amount=j.amount)
            p.add("left", f"by UPI to {to}.", merchant=to, method=method)
        elif bank == "Bank of Baroda":
            p.add("left", f"Rs.{amt} debited from A/c ...{tail}{on}", amount=j.amount)
            p.add("left", f"by {way} towards {to}.", merchant=to, method=method)
        elif bank == "Canara Bank":
            p.add("left", f"An amount of INR {amt} has been DEBITED to", amount=j.amount)
            p.add("left", f"your account XXX{tail}{on} towards {way}", method=method)
            p.add("left", f"transfer to {to}.", merchant=to)
        else:
            p.add("left", f"UPGB: Your A/c XX{tail} is debited INR {amt}{on},", amount=j.amount)
            p.add("left", f"{way} to {to}.", merchant=to, method=method)
    else:
        p.add("left", f"{way} transfer of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has been RETURNED by the beneficiary bank; the amount is credited back to your A/c.",
            "pending": "is UNDER PROCESS at the beneficiary bank - do not initiate it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "Union Bank of India":
            p.add("left", f"UPI Ref {ref}. If not you, call 18002082244", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Union Bank of India":
            p.add("small", "-Union Bank of India", status="success")
        else:
            p.add("left", f"Avl Bal INR {rupees(rng, 30000, 2400000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Block at once via the bank's app", "If not you, call the bank"]
                ),
            )
    if bank != "Union Bank of India":
        p.add(
            "small",
            {"Bank of Baroda": "-Bank of Baroda", "Canara Bank": "-Canara Bank"}.get(bank, "-UPGB"),
        )
    return p.done()


compose = compose158

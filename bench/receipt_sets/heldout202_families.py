"""The twelve heldout202 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a hosiery and knitwear maker's day in 2026 (Sidhwan Knitwears Pvt Ltd, its factory
at Phase V, Focal Point and its retail outlet, Sidhwan Woollens, in Chaura Bazar, Ludhiana, Punjab), told by the
proofs of payment it receives and makes: wholesalers' and a retail chain's payment advices for winter orders,
the outlet's customers' and small traders' UPI screens and payment pages, its own money and advance receipts,
outward wires for merino tops, fancy yarn, knitting machine spares and needles in Australian dollars, yen, euros
and US dollars, spinners' tax invoices paid by RTGS, NEFT, UPI or cheque, corporate net-banking transfers to
dyeing houses, linking, embroidery and pressing job workers, carton makers and the transporter, karigars' piece
wage vouchers, RazorpayX payouts, a bulk upload's record and a Paytm screen, the Pollution Control Board's,
the municipal corporation's (mSeva), the labour department's (IFMS e-Receipt) and EPFO's fee and challan pages,
insurers' premium receipts for stock, transit, staff and the van, card terminal slips at the outlet, a trade fair
stall, a fuel point and a sewing machine spares shop, PSPCL's power and the water, phone and broadband bills, and
the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the
truth is read back from the rows the page keeps. Headings, footers, invoices listed on an advice, gross values,
TDS, discount, debit note, GST, cess and rebate lines, vendor, order, property, establishment, application,
policy, cover note, record and consumer numbers, wage weeks and months, cheque numbers and days, GSTIN, IFSC,
BIC, IBAN, BSB, UETR, MID, TID, STAN, batch, nozzle numbers, sums insured, the maker and the checker and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout93_families import sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Sidhwan Knitwears Pvt Ltd"
COMPANY_CAPS = "SIDHWAN KNITWEARS PVT LTD"
SHORT = "Sidhwan Knitwears"
OUTLET = "Sidhwan Woollens"
# unit, address, GST state code
UNITS = [
    ("Factory", "C-214, Phase V, Focal Point, Ludhiana - 141010, Punjab", "03"),
    ("Retail outlet", "Shop 7-8, Chaura Bazar, Ludhiana - 141008, Punjab", "03"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "Punjab National Bank",
    "State Bank of India",
    "HDFC Bank",
    "Punjab & Sind Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Canara Bank",
    "Bank of India",
]
IFSC = {
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "HDFC Bank": "HDFC",
    "Punjab & Sind Bank": "PSIB",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
    "Canara Bank": "CNRB",
    "Bank of India": "BKID",
    "Yes Bank": "YESB",
}
DOMAINS = {
    "Punjab National Bank": "pnb",
    "State Bank of India": "sbi",
    "HDFC Bank": "hdfcbank",
    "ICICI Bank": "icicibank",
    "Kotak Mahindra Bank": "kotak",
    "Punjab & Sind Bank": "psbindia",
}
WAYS = {"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Insured / Debit account: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "PUNB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def neft_way(rng: random.Random, amount: float) -> str:
    way = "RTGS" if amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "NEFT", "IMPS"])
    return "NEFT" if way == "IMPS" and amount > 500000 else way


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower())


def fy(day: dt.date) -> str:
    """The Indian financial year of ``day`` as an invoice number prints it (26-27)."""
    start = day.year if day.month >= 4 else day.year - 1
    return f"{start % 100:02d}-{(start + 1) % 100:02d}"


def earlier(rng: random.Random, j: Job, low: int, high: int) -> dt.date:
    """A day before the payment (an invoice's, a cheque's): never the payment's."""
    return j.date - dt.timedelta(days=rng.randrange(low, high))


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and euros, a code or sign for Australian
    dollars and yen (yen whole on most pages)."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "AUD":
        mark = rng.choice(["AUD ", "A$", "AUD "])

        def show(value: float) -> str:
            return f"{mark}{value:,.2f}"

        return show
    mark = sign(font, "\u00a5", "JPY ") if rng.random() < 0.4 else "JPY "
    whole = rng.random() < 0.7

    def show_yen(value: float) -> str:
        return f"{mark}{value:,.0f}" if whole else f"{mark}{value:,.2f}"

    return show_yen


# ---------------------------------------------------------------- 1. wholesalers' payment advices


WHOLESALERS = [
    (
        "Gandhi Nagar Garment Wholesale LLP",
        "Accounts - payables",
        "accounts@gngwholesale.in",
        "Delhi",
        "mail",
    ),
    ("Burrabazar Hosiery House", "Purchase accounts", "", "Kalakar Street, Kolkata - 700007", "paper"),
    ("Himgiri Retail Ltd", "Vendor payments", "vendorpay@himgiriretail.in", "Noida", "portal"),
    ("Shimla Woollen Emporium", "Accounts", "accounts@shimlawoollen.co.in", "Shimla", "mail"),
    ("Kashmir Winter Mart", "Accounts section", "", "Maharaj Bazar, Srinagar - 190001", "paper"),
    ("Himgiri Retail Ltd", "Vendor payments", "vendorpay@himgiriretail.in", "Noida", "portal"),
    ("Doon Wool House Pvt Ltd", "Finance - payables", "payables@doonwool.in", "Dehradun", "mail"),
    ("Aminabad Hosiery Traders", "Accounts", "", "Aminabad, Lucknow - 226018", "paper"),
]


def wholesaler_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Wholesalers and a retail chain paying for winter orders (sweaters, cardigans, thermals, mufflers): a PAYMENT
    ADVICE / REMITTANCE ADVICE / Supplier payment intimation e-mail, printed advice or vendor portal page (the payer
    on top, In favour of / Pay to (supplier) / Supplier name the company, Vendor code, the invoices settled with their
    days, Gross invoice value, Less: TDS u/s 194Q @ 0.1%, Less: Cash discount (prompt payment), Less: Debit note
    (short receipt) on some, Net amount released / Net payment / Amount credited / Net amount payable, Payment mode
    NEFT / RTGS, Supplier's bank A/c, UTR / UTR No., Payment advice No. / Remittance No. / Doc. No., Payment date /
    Value date / Paid on / Advice date / Returned on; Payment released / Status: Paid / On hold - goods not yet
    received at our godown / Returned unpaid - beneficiary account dormant)."""
    k = place("wholesaler_advices")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    buyer, desk, mail, town, frame = WHOLESALERS[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment released - {SHORT}", "Remittance details"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.himgiriretail.in/payments/advice/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add("small", f"{desk}  |  {town}")
    p.add("center", rng.choice(["PAYMENT ADVICE", "REMITTANCE ADVICE", "Supplier payment intimation"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment released", "Status: Paid"],
            "pending": ["On hold - goods not yet received at our godown"],
            "failed": ["Returned unpaid - beneficiary account dormant"],
        },
    )
    payee = ours(rng)
    wrap_pair(p, rng.choice(["In favour of", "Pay to (supplier)", "Supplier name"]), payee, merchant=payee)
    p.pair("Vendor code", f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
    p.add("left", rng.choice(["Invoices settled:", "Against invoices:"]))
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        day = earlier(rng, j, 8, 50)
        inv = f"SKW/{fy(day)}/{rng.randrange(40, 2999):04d}"
        value = rupees(rng, 18000, 240000, 0.3)
        gross += value
        dated = "" if j.no_day else f" dt {when(day, rng.choice(['%d.%m.%y', '%d-%b-%y', '%d/%m/%Y']))}"
        p.pair(f"  {inv}{dated}", rs(value))
    gross = round(gross, 2)
    p.pair("Gross invoice value", rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    pct = rng.choice([0, 2, 3])
    cd = round(gross * pct / 100, 2)
    if cd:
        p.pair(f"Less: Cash discount @ {pct}% (prompt payment)", rs(cd))
    dn = float(rng.choice([0, 0, 1250, 2840, 4600]))
    if dn:
        p.pair(f"Less: Debit note DN-{rng.randrange(10, 299)} (short receipt)", rs(dn))
    j.amount = round(gross - tds - cd - dn, 2)
    lab = (
        rng.choice(["Net amount released", "Net payment", "Amount credited"])
        if status == "success"
        else rng.choice(["Net amount payable", "Net payment"])
    )
    p.pair(lab, rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Supplier's bank A/c", f"{rng.choice(BANKS[:4])} XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        adv = f"{rng.choice(['PA', 'RA', 'PY'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment advice No.", "Remittance No.", "Doc. No."]), adv, txn=(INVOICE_RANK, adv))
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date", "Paid on"],
            "pending": ["Advice date"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Please send the e-way bill and LR copy with every dispatch.")
    return p.done()


# ---------------------------------------------------------------- 2. the outlet's customers and small traders


RETAIL_APPS = ["Google Pay", "PhonePe", "Paytm", "Razorpay", "BHIM", "MobiKwik", "Amazon Pay", "Easebuzz"]
BUYERS = [
    "Gurmeet Kaur",
    "Rajinder Pal Arora",
    "Simran Sethi",
    "Kapoor Hosiery, Moga",
    "Navdeep Singh Sandhu",
    "Ritu Malhotra",
    "Aman Garments, Bathinda",
    "Jaswinder Singh",
]
BUY_NOTES = [
    "Shawls - 2 pcs",
    "Kids sweaters",
    "Winter order advance",
    "Cardigan + muffler",
    "Balance for lot 14",
    "Thermal sets (1 dozen)",
    "Jacket size XL",
    "Woollen caps 3 dozen",
]


def retail_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's customers and small traders paying for shawls, sweaters and thermals: six UPI screens (Google
    Pay, PhonePe, Paytm, BHIM, MobiKwik, Amazon Pay: the outlet or the company under Paid to / To / Sent to /
    Transferred to / Paying to, its UPI ID, the sum large, UPI transaction ID / UPI Ref. No. / UTR / UPI reference
    No., PhonePe's and Paytm's own Transaction ID on some, Debited from / From, Date & time / Paid on / Completed
    on) and two payment pages (Razorpay: the payee on top, Paid by / Customer, Payment ID pay_..., Order ID, Bank
    RRN / UPI RRN or Auth code; Easebuzz: Easebuzz ID, Merchant txn ID, Bank Ref No.; Paid on / Payment date)."""
    k = place("retail_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=450, high=60000, p_round=0.8)
    app = RETAIL_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Easebuzz"):
        to = rng.choice([OUTLET, COMPANY, SHORT])
        url = (
            f"pages.razorpay.com/sidhwan-woollens/{code(rng, 6, LOWER)}"
            if app == "Razorpay"
            else f"pay.easebuzz.in/link/{code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Woollens | Hosiery | Winter wear", "Chaura Bazar, Ludhiana"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Paid", "Payment complete"]})
        way = rng.choice(["UPI", "card"])
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), BUYERS[k])
        wrap_pair(p, rng.choice(["Description", "Payment for"]), rng.choice(BUY_NOTES))
        p.pair(
            rng.choice(["Payment method", "Paid using"]),
            "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"order_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                eid = f"E{digits(rng, 9)}{code(rng, 4, UPPER)}"
                p.pair("Easebuzz ID", eid, txn=(TXN_RANK, eid))
                oid = f"SKW{digits(rng, 9)}"
                p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                lab = rng.choice(["Bank RRN", "UPI RRN"]) if app == "Razorpay" else "Bank Ref No."
                p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by Easebuzz")
        return p.done()
    to = rng.choice([OUTLET, OUTLET.upper(), COMPANY, SHORT])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful", "Paid", "Money sent"],
            "failed": ["Payment declined - incorrect UPI PIN entered"],
            "pending": ["Payment under process - confirmation awaited from bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    labels = ["Paid to", "To", "Sent to", "Transferred to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"sidhwan{rng.choice(['woollens', 'knit', 'woollens.ldh'])}@{rng.choice(['pnb', 'hdfcbank', 'ybl', 'psb'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(BUY_NOTES))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref. No.", "UTR", "UPI reference No."]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Split bill  |  Share"]))
    return p.done()


# ---------------------------------------------------------------- 3. the company's own money and advance receipts


PARTIES = [
    "M/s Kapoor Hosiery, Moga",
    "M/s Bansal Cloth House, Sangrur",
    "M/s Rana Garments, Hamirpur",
    "M/s Sharma Woollen Store, Kullu",
    "M/s Preet Fashion Point, Jalandhar",
    "M/s Gupta Hosiery Agency, Ambala",
    "Mrs. Harjeet Kaur",
    "M/s Ladakh Winter Traders, Leh",
]
RECEIPT_WAYS = ["NEFT", "cash", "UPI", "-", "RTGS", "-", "cash", "UPI"]


def money_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / RECEIPT VOUCHER / ADVANCE RECEIPT - WINTER ORDER to wholesalers and a
    customer (paper: the company on top with its line, the factory's address and GSTIN; Rcpt. No. / Receipt No. /
    M.R. No., Date / Dated / Receipt date, Received with thanks from / Party / Received from, Order ref., Order
    value, Advance received / Received by NEFT / Amount received / Cash received / Amount received in cash / By UPI /
    Received through UPI / By cheque / Cheque for, Balance payable before dispatch, UPI Ref. No., UTR, Cheque No.
    with its day and bank; RECEIVED WITH THANKS / RECEIVED - ADVANCE AGAINST ORDER / PAID / CHEQUE RECEIVED - CREDIT
    SUBJECT TO CLEARANCE / CHEQUE RETURNED - SIGNATURE DIFFERS, the rubber stamp) and the accounts desk's receipt
    e-mails."""
    k = place("money_receipts")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=1500, high=380000)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    me = ours(rng)
    mail = k in (2, 7)
    if mail:
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@sidhwanknit.in>",
            ["Payment receipt", "Receipt for your advance", "Amount received - thank you"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Accounts desk  |  Focal Point, Ludhiana")
        p.add("center", "Receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "Manufacturers of hosiery, knitwear & winter wear",
            UNITS[0][1],
            UNITS[0][2],
            ["MONEY RECEIPT", "RECEIPT VOUCHER", "ADVANCE RECEIPT - WINTER ORDER"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'RV', 'AR'])}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Rcpt. No.", "Receipt No.", "M.R. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Party", "Received from"]), PARTIES[k])
    p.pair("Order ref.", f"WO/{fy(j.date)}/{rng.randrange(11, 480)}")
    way = "cheque" if status != "success" else RECEIPT_WAYS[k]
    if way in ("UPI", "cash") and j.amount > 95000:
        j.amount = rupees(rng, 1500, 95000, 0.8)
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    value = float(round(j.amount * rng.uniform(1.6, 3.5), -2))
    p.pair("Order value", rs(value))
    lab = {
        "cash": rng.choice(["Cash received", "Amount received in cash"]),
        "UPI": rng.choice(["By UPI", "Received through UPI"]),
        "cheque": rng.choice(["By cheque", "Cheque for"]),
        "NEFT": rng.choice(["Advance received", "Received by NEFT", "Amount received"]),
        "RTGS": rng.choice(["Advance received", "Received by RTGS", "Amount received"]),
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking", "RTGS": "netbanking"}[
            way
        ],
    )
    if lab in ("Advance received", "Amount received"):
        p.pair("Mode", way)
    p.pair("Balance payable before dispatch", rs(round(value - j.amount, 2)))
    if way == "cheque":
        when_cheque = when(earlier(rng, j, 1, 6), rng.choice(["%d.%m.%Y", "%d/%m/%y"]))
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} dt {when_cheque} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED - ADVANCE AGAINST ORDER", "PAID"]),
        "pending": "CHEQUE RECEIVED - CREDIT SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Advance is adjusted against the final invoice. Subject to Ludhiana jurisdiction.")
    if not mail:
        right(p, f"For {SHORT} - Authorised signatory")
        p.add("gap")
        seal(
            p, "SIDHWAN KNITWEARS", "FOCAL POINT LUDHIANA", None if j.no_day else j.date, word.split(" - ")[0]
        )
    return p.done()


# ---------------------------------------------------------------- 4. outward wires for fibre, yarn and spares


SELLERS_ABROAD = [
    ("Riverina Wool Tops Pty Ltd", "Wagga Wagga, NSW, Australia", "AUD", "Westpac Banking Corporation", "AU"),
    ("Kishu Knit Machinery Co., Ltd.", "Wakayama, Japan", "JPY", "MUFG Bank, Ltd.", "JP"),
    ("Filati Pregiati Biellesi S.p.A.", "Biella, Italy", "EUR", "Intesa Sanpaolo S.p.A.", "IT"),
    ("Ningbo Hengda Fancy Yarn Co., Ltd.", "Ningbo, China", "USD", "Bank of China, Ningbo Branch", "CN"),
    (
        "Corio Bay Fibre Exports Pty Ltd",
        "Geelong, VIC, Australia",
        "AUD",
        "Commonwealth Bank of Australia",
        "AU",
    ),
    ("Zollernalb Strick-Nadel GmbH", "Albstadt, Germany", "EUR", "Volksbank Albstadt eG", "DE"),
    (
        "Naniwa Linking Machine Works Co., Ltd.",
        "Osaka, Japan",
        "JPY",
        "Sumitomo Mitsui Banking Corporation",
        "JP",
    ),
    (
        "Shaoxing Qianhe Label & Trim Co., Ltd.",
        "Shaoxing, China",
        "USD",
        "Industrial and Commercial Bank of China",
        "CN",
    ),
]
IMPORTS = [
    "Merino wool tops 19.5 micron (2,400 kg)",
    "Needle bed and cam box spares - flat knitting",
    "Cashmere-merino blend yarn 2/28 Nm",
    "Fancy feather and lurex yarns",
    "Superwash merino tops 21 micron",
    "Latch needles VO 71.52 (20,000 pcs)",
    "Linking machine dials and spares",
    "Woven labels and zipper pullers",
]
RATES = {
    "USD": (85.4, 88.9),
    "EUR": (93.1, 97.6),
    "AUD": (55.2, 58.6),
    "JPY": (0.562, 0.612),
}


def import_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying for imported merino tops, fancy yarn, knitting machine spares, needles and trims: the
    bank's outward remittance advice (browser, e-mail, printed: the bank on top with its forex branch, Outward
    remittance advice / Import remittance - debit advice, Beneficiary name / Beneficiary (overseas seller) / Payee
    name the seller, Beneficiary bank, SWIFT / BIC, IBAN / BSB and account / Account No., Applicant / remitter or
    Remitter the company, Remittance currency / amount / Amount remitted (FCY) / FCY amount in AUD, JPY, EUR or USD,
    Exchange rate (per 100 yen for yen), INR equivalent / Rupee equivalent, Charges OUR / SHA, Bank charges (incl.
    SWIFT), GST on currency conversion, Total debit to account (INR), Purpose code, Goods, Supplier invoice No.,
    OWR No. / Transaction ref. No. / Remittance No., UETR, Date of remittance / Value date / Debited on /
    Application date / Returned on; Outward remittance sent - SWIFT MT103 issued / Status: Remitted / Under process
    - awaiting rate booking and Form A1 / Returned by correspondent bank - beneficiary name mismatch)."""
    k = place("import_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    seller, city, cur, sbank, country = SELLERS_ABROAD[k]
    if cur == "JPY":
        j.amount = float(
            rng.randrange(350, 9500) * 1000 if rng.random() < 0.6 else rng.randrange(350000, 9500000)
        )
    else:
        j.amount = (
            round(rng.uniform(2500, 78000), 2) if rng.random() < 0.6 else float(rng.randrange(25, 780) * 100)
        )
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4)
    bank = rng.choice(
        ["Punjab National Bank", "HDFC Bank", "State Bank of India", "ICICI Bank", "Kotak Mahindra Bank"]
    )
    frame = ["browser", "mail", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(rng, font, f"forex.{slug(bank)}.co.in/outward/advice/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.ludhiana@{slug(bank)}.co.in>",
            ["Outward remittance advice", "Import remittance - debit advice"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["International Banking Branch, Ludhiana", "Forex Centre, Ferozepur Road, Ludhiana"]),
    )
    p.add("center", rng.choice(["Outward remittance advice", "Import remittance - debit advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Outward remittance sent - SWIFT MT103 issued", "Status: Remitted"],
            "pending": ["Under process - awaiting rate booking and Form A1"],
            "failed": ["Returned by correspondent bank - beneficiary name mismatch"],
        },
    )
    payee = seller.upper() if rng.random() < 0.3 else seller
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Beneficiary (overseas seller)", "Payee name"]),
        payee,
        merchant=payee,
    )
    p.pair("Beneficiary address", city)
    wrap_pair(p, "Beneficiary bank", sbank)
    p.pair("SWIFT / BIC", f"{code(rng, 4, UPPER)}{country}{code(rng, 2, UPPER)}")
    if country in ("IT", "DE"):
        body = " ".join(digits(rng, 4) for _ in range(4))
        p.pair("IBAN", f"{country}{digits(rng, 2)} {code(rng, 1, UPPER) if country == 'IT' else ''}{body}")
    elif country == "AU":
        p.pair("BSB / Account", f"{digits(rng, 3)}-{digits(rng, 3)} / {digits(rng, 9)}")
    else:
        p.pair("Account No.", f"{digits(rng, 3)}-{digits(rng, 7)}" if country == "JP" else digits(rng, 16))
    wrap_pair(p, rng.choice(["Remitter", "Applicant / remitter"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["Remittance currency / amount", "Amount remitted (FCY)", "FCY amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    if cur == "JPY":
        p.pair("Exchange rate", f"100 JPY = INR {rate * 100:.2f}")
    else:
        p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["INR equivalent", "Rupee equivalent"]), f"{inr:,.2f}")
    p.pair("Charges", rng.choice(["OUR", "SHA"]))
    chg = float(rng.choice([500, 1000, 1250]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Bank charges (incl. SWIFT)", f"{chg:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    p.pair("Total debit to account (INR)", f"{inr + chg + gst:,.2f}")
    p.pair(
        "Purpose code",
        rng.choice(["S0102 - import settlement", "S0101 - advance against imports"]),
    )
    wrap_pair(p, "Goods", IMPORTS[k])
    p.pair("Supplier invoice No.", f"{code(rng, 2, UPPER)}-{rng.randrange(1000, 99999)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "Wire transfer (SWIFT)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OWR', 'FXO'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["OWR No.", "Transaction ref. No.", "Remittance No."]), ref, txn=(BANK_RANK, ref))
        if status == "success":
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Date of remittance", "Value date", "Debited on"],
            "pending": ["Application date"],
            "failed": ["Returned on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of Entry within 90 days so that this remittance is closed in IDPMS.")
    return p.done()


# ---------------------------------------------------------------- 5. spinners' tax invoices


MILLS = [
    (
        "Neelkanth Spinning Mills Ltd",
        "Acrylic, polyester & blended yarns | Unit II, Baddi",
        "Village Bhud, Baddi, Distt. Solan - 173205, Himachal Pradesh",
        "02",
        "NSM",
    ),
    (
        "Gill Worsted Mills Pvt Ltd",
        "Worsted & woollen knitting yarns",
        "G.T. Road, Dhandari Kalan, Ludhiana - 141014, Punjab",
        "03",
        "GWM",
    ),
    (
        "Panipat Recycled Yarns LLP",
        "Recycled wool & acrylic yarns | Mink & shoddy",
        "Sector 29, Part II, HUDA, Panipat - 132103, Haryana",
        "06",
        "PRY",
    ),
    (
        "Kharar Polyfab Yarns Pvt Ltd",
        "Polyester & viscose spun yarns",
        "Industrial Area Phase 8, Mohali - 160071, Punjab",
        "03",
        "KPY",
    ),
]
YARNS = {
    "NSM": [
        ("Acrylic yarn 2/32 Nm HB raw white", "5509 32", 215, 245),
        ("Acrylic-wool 70/30 2/28 Nm", "5509 61", 390, 440),
    ],
    "GWM": [
        ("Worsted wool yarn 2/48 Nm", "5107 10", 1150, 1380),
        ("Lambswool blend yarn 2/28 Nm", "5107 20", 820, 960),
    ],
    "PRY": [
        ("Recycled acrylic yarn 4s (mink)", "5509 32", 98, 128),
        ("Shoddy wool yarn 6s", "5106 20", 140, 175),
    ],
    "KPY": [("Polyester spun yarn 2/30s", "5509 21", 165, 190), ("Viscose yarn 30s", "5510 11", 205, 235)],
}
MILL_ORDER = [0, 1, 2, 3, 1, 0, 3, 2]
MILL_WAYS = ["RTGS", "NEFT", "-", "RTGS", "NEFT", "UPI", "RTGS", "-"]


def yarn_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Spinners billing the company for acrylic, wool, blended, recycled and polyester yarns (paper: the mill on top,
    its line, mill address and GSTIN; Tax Invoice No. / Invoice No. / Bill No., Invoice date / Dated / Date, Buyer
    (billed to) / Billed to / Consignee (ship to) the company, Place of supply, E-way bill No., Transport / LR No.,
    the yarns with HSN, kg x rate, Taxable value, CGST and SGST or IGST @ 5%, Round off, Invoice total, Less: Advance
    paid against PO and Balance received by RTGS / NEFT on some, else Amount received by RTGS / Received through
    NEFT / Paid vide RTGS / Received by UPI with UTR No. / UTR / UPI Ref. No., or Cheque received / Cheque amount
    with Cheque No.; PAID / PAID BY RTGS / PAYMENT RECEIVED - ACCOUNT SETTLED / CHEQUE IN CLEARING - SUBJECT TO
    REALISATION / CHEQUE BOUNCED - PAYMENT STOPPED BY DRAWER, in the mill's rubber stamp too)."""
    k = place("yarn_invoices")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    maker, line, addr, state, tag = MILLS[MILL_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    letterhead(
        p, name, line, addr, state, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE"]
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Tax Invoice No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Buyer (billed to)", "Billed to", "Consignee (ship to)"])
    p.pair("Place of supply", "Punjab (03)")
    p.pair("E-way bill No.", f"{rng.choice('23')}{digits(rng, 11)}")
    p.pair("Transport / LR No.", f"{rng.choice(['Punjab Roadlines', 'Sutlej Carriers'])} / {digits(rng, 5)}")
    taxable = 0.0
    for yarn, hsn, lo, hi in rng.sample(YARNS[tag], rng.randrange(1, 3)):
        rate = round(rng.uniform(lo, hi), 2)
        kg = rng.randrange(18, max(30, min(240, round(48000 / rate)))) * 10
        value = round(kg * rate, 2)
        taxable += value
        p.add("left", f"{yarn}  HSN {hsn}")
        p.pair(f"  {kg:,} kg x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, 5, state != "03")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = MILL_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "RTGS"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.45:
        adv = float(round(total * rng.choice([0.2, 0.25, 0.4]), -3))
        p.pair("Less: Advance paid against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque received", "Cheque amount"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = f"Balance received by {way}"
        elif way == "UPI":
            lab = "Received by UPI"
        else:
            lab = rng.choice([f"Amount received by {way}", f"Received through {way}", f"Paid vide {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAYMENT RECEIVED - ACCOUNT SETTLED"]),
        "pending": "CHEQUE IN CLEARING - SUBJECT TO REALISATION",
        "failed": "CHEQUE BOUNCED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. on bills unpaid after 30 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. job workers and contractors by net banking


JOB_WORKERS = [
    ("Bahadurke Road Dyeing House", "Yarn dyeing - 1,480 kg"),
    ("Jagraon Linking & Mending Works", "Linking job - 2,200 pcs"),
    ("Tajpur Road Process House", "Fabric processing bill 114"),
    ("Shiv Shakti Embroidery Works", "Embroidery - jacket panels"),
    ("Guru Kirpa Corrugated Boxes", "Cartons 5-ply - 1,800 nos"),
    ("Dhandari Steam Press & Finishing", "Pressing and packing job"),
    ("Punjab Roadlines Transport Co.", "Freight - Delhi and Kolkata LRs"),
    ("Kanganwal Knit Job Works", "Knitting job - 900 pcs"),
]
CORP_PORTALS = [
    ("PSB Corporate e-Banking", "Punjab & Sind Bank", "corp.psbonline.co.in/fundtransfer/txn"),
    ("Canara Corporate Net Banking", "Canara Bank", "corporate.canarabank.in/payments/view"),
    ("YES CONNECT", "Yes Bank", "yesconnect.yesbank.in/transactions/detail"),
]


def job_work_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its dyeing house, linking, embroidery, pressing and knitting job workers, the carton
    maker and the transporter: corporate net banking's transaction pages (PSB Corporate e-Banking, Canara Corporate
    Net Banking, YES CONNECT: the portal on top, Beneficiary name / Payee (job worker) / Credit party name,
    Beneficiary A/c and IFSC, Debit account the company, Amount / Payment amount (INR), Transfer mode NEFT / RTGS /
    IMPS, Narration, UTR / UTR No., Bank reference No., Maker / Checker, Value date / Executed on / Created on /
    Failed on; Transaction processed successfully / Status: Credited to beneficiary / Awaiting approval -
    authoriser 2 of 2 / Failed - beneficiary IFSC not enabled for NEFT)."""
    k = place("job_work_transfers")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=6000, high=640000)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", bank if brand != "YES CONNECT" else "Yes Bank  |  Corporate banking")
    p.add("center", rng.choice(["Transaction details", "Fund transfer - status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction processed successfully", "Status: Credited to beneficiary"],
            "pending": ["Awaiting approval - authoriser 2 of 2"],
            "failed": ["Failed - beneficiary IFSC not enabled for NEFT"],
        },
    )
    who, note = JOB_WORKERS[k]
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Payee (job worker)", "Credit party name"]), who, merchant=who
    )
    ben_bank = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben_bank]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount", "Payment amount (INR)"]), rs(j.amount), amount=j.amount)
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair("Transfer mode", way, method="netbanking")
    wrap_pair(p, "Narration", note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{IFSC.get(bank, 'PSIB')[:3]}{digits(rng, 12)}"
        p.pair("Bank reference No.", tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Checker", f"SKWACC2 / {'-' if status == 'pending' else 'SKWDIR1'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Executed on"],
            "pending": ["Created on"],
            "failed": ["Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Failed transactions are credited back to the debit account on the same working day.")
    return p.done()


# ---------------------------------------------------------------- 7. karigars' piece wages and payouts


KARIGARS = [
    ("Ram Prasad Yadav", "Knitting - hand flat machine"),
    ("Sunita Devi", "Linking"),
    ("Mohd. Salim Ansari", "Knitting - computerised flat"),
    ("Baljit Kaur", "Checking & mending"),
    ("Harpreet Singh", "Steam press"),
    ("Raju Kumar Mahto", "Packing"),
    ("Kuldeep Singh", "Cutting"),
    ("Anita Rani", "Overlock stitching"),
]
PIECES = [
    ("Men's V-neck pullover", 16.0, 22.0),
    ("Ladies' cardigan", 22.0, 30.0),
    ("Kids' sweater", 9.0, 13.0),
    ("Muffler", 5.0, 7.0),
    ("Jacket panels", 7.0, 10.0),
]
WAGE_FRAMES = ["paper", "paper", "razorpayx", "razorpayx", "paper", "bulk", "paper", "paytm"]


def worker_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its karigars (knitters, linkers, checkers, pressmen, packers): its printed KARIGAR
    PAYMENT VOUCHER / WEEKLY PIECE WAGES - PAYMENT VOUCHER / CONTRACT LABOUR PAYMENT VOUCHER (the company on top,
    Voucher No. / Vr. No., Date / Voucher date, Karigar name / Paid to (worker) / Worker, Token No., Section, Wage
    week, the pieces x rate, Gross piece wages, Add: Overtime, Less: Advance adjusted, Less: ESI @ 0.75%, Net amount
    paid / Amount handed over / Net wages paid, Mode Cash / UPI / IMPS; PAID / PAID - RECEIVED IN FULL / PAID - THUMB
    IMPRESSION TAKEN), RazorpayX's payout pages (RazorpayX on top, Contact / Beneficiary name, Fund account, Mode,
    Payout ID, UTR, Processed on / Reversed on; Processed / Payout processed / Reversed), a bulk upload's record
    (PSB Corporate e-Banking: Beneficiary name, Amount, Record No., Bank reference No., Uploaded on; Record status:
    Sent to beneficiary bank - response awaited) and a Paytm screen."""
    k = place("worker_wages")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=2200, high=9800, p_round=0.9)
    who, section = KARIGARS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    if frame == "razorpayx":
        p = browser_page(rng, font, f"x.razorpay.com/payouts/pout_{code(rng, 14, ALNUM + LOWER)}")
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", "Payouts  |  Payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Processed", "Payout processed"], "failed": ["Reversed"]})
        if status == "failed":
            p.add(
                "small",
                "Reason: beneficiary bank rejected - account closed. Amount returned to your balance.",
            )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Contact", "Beneficiary name"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        bank = rng.choice(BANKS[:4])
        p.pair(
            "Fund account",
            f"{who.split()[0].lower()}{digits(rng, 2)}@{rng.choice(['ybl', 'pnb', 'okaxis'])}"
            if way == "UPI"
            else f"{IFSC[bank]} XXXXXXX{digits(rng, 4)}",
        )
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["salary", "payout"]))
        if not j.no_ref:
            pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Processed on"] if status == "success" else ["Reversed on"], hour=True)
        p.part = "foot"
        p.add("small", "Payouts are made from your RazorpayX account balance.")
        return p.done()
    if frame == "paytm":
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid Successfully", "Money sent"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add("small", f"{rng.choice('6789')}{digits(rng, 9)}@ptyes", method="UPI")
        p.pair("Message", rng.choice(["Wages advance", "Overtime - week", "Piece wages balance"]))
        if not j.no_ref:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            own = digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair("From", f"Punjab & Sind Bank - {digits(rng, 4)}")
        date_row(p, j, ["Paid on", "Date & time"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    if frame == "bulk":
        p = browser_page(rng, font, "corp.psbonline.co.in/bulkupload/record")
        p.part = "head"
        top(p, "PSB Corporate e-Banking")
        p.add("small", "Punjab & Sind Bank  |  Bulk upload - record details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Record status: Credited"],
                "pending": ["Record status: Sent to beneficiary bank - response awaited"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "IMPS", method="netbanking")
        p.pair("Record No.", f"{rng.randrange(1, 180)} of {rng.randrange(180, 260)}")
        if not j.no_ref:
            if status == "success":
                p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            tr = f"PSBBLK{digits(rng, 10)}"
            p.pair("Bank reference No.", tr, txn=(BANK_RANK, tr))
        date_row(p, j, ["Processed on"] if status == "success" else ["Uploaded on"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Records rejected by the beneficiary bank are credited back to the debit account.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        "Factory - Phase V, Focal Point",
        UNITS[0][1],
        UNITS[0][2],
        [
            "KARIGAR PAYMENT VOUCHER",
            "WEEKLY PIECE WAGES - PAYMENT VOUCHER",
            "CONTRACT LABOUR PAYMENT VOUCHER",
        ],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['KV', 'WV', 'CL'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Karigar name", "Paid to (worker)", "Worker"]), who, merchant=who)
    p.pair("Token No.", f"T-{rng.randrange(11, 480)}")
    p.pair("Section", section)
    if not j.no_day:
        p.pair("Wage week", f"No. {max(1, j.date.isocalendar()[1] - 1)}")
    way = "Cash" if k in (4, 6) else ("UPI" if k == 0 else "IMPS")
    target = j.amount * rng.uniform(1.0, 1.12)
    gross = 0.0
    items = rng.sample(PIECES, rng.randrange(1, 3))
    for item, lo, hi in items:
        rate = float(round(rng.uniform(lo, hi) * 2) / 2)
        share = target / len(items)
        n = max(5, round(share / rate))
        value = round(n * rate, 2)
        gross += value
        p.pair(f"{item}  {n} pcs x {rate:.2f}", rs(value))
    gross = round(gross, 2)
    p.pair("Gross piece wages", rs(gross))
    ot = float(rng.choice([0, 0, 240, 360, 480]))
    if ot:
        p.pair(f"Add: Overtime {int(ot // 60)} hrs", rs(ot))
    adv = float(rng.choice([0, 0, 500, 1000])) if gross > 3000 else 0.0
    if adv:
        p.pair("Less: Advance adjusted", rs(adv))
    esi = round((gross + ot) * 0.0075, 2) if rng.random() < 0.6 else 0.0
    if esi:
        p.pair("Less: ESI @ 0.75%", rs(esi))
    j.amount = round(gross + ot - adv - esi, 2)
    p.pair(
        rng.choice(["Net amount paid", "Amount handed over", "Net wages paid"]), rs(j.amount), amount=j.amount
    )
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - RECEIVED IN FULL"] + (["PAID - THUMB IMPRESSION TAKEN"] if way == "Cash" else [])
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of karigar")
    return p.done()


# ---------------------------------------------------------------- 8. pollution board, municipal, labour and EPF


FEE_ORDER = ["ppcb", "mcl", "ifms", "epfo", "ppcb", "mcl", "ifms", "epfo"]
LABOUR_FEES = [
    ("Factory licence renewal (up to 100 workers)", "Assistant Director of Factories, Ludhiana", 24600.0),
    ("Contract Labour Act - registration fee", "Labour Commissioner, Ludhiana", 3000.0),
    ("Shops & Establishments - retail outlet registration", "Labour Inspector, Ludhiana East", 1500.0),
]


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fees and dues a knitwear factory pays: the Punjab Pollution Control Board's consent fee page (the board on
    top, OCMMS line, Industry name, Application ID, Consent type, the Water Act and Air Act fees, Total fee paid /
    Total amount, Transaction ref. No., Bank Ref. No., Challan No.), Municipal Corporation Ludhiana's property tax
    page through mSeva Punjab (the corporation on top, Property ID, Owner name, Assessment year, Property tax, Fire
    cess, Cow cess, Less: Rebate, Amount paid / Amount, Transaction ID, Receipt No.), IFMS Punjab's e-Receipt for the
    Department of Labour's fees (Government of Punjab on top, Department, Office, Purpose, Name of depositor, Head of
    account, Amount / Total amount, Challan No., Bank CIN) and EPFO's ECR payment confirmation (EPFO on top,
    Establishment ID and name, Wage month, A/c 1, 2, 10, 21, 22, Total amount, TRRN, CRN, Bank reference No.);
    Payment date / Transaction date / Date of payment / Paid on / Failed on; Payment successful / Fee deposited
    successfully / Payment received / Challan paid / Payment confirmed / Payment under verification - receipt
    after bank confirmation / Transaction failed - amount not received by treasury)."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 4)
    which = FEE_ORDER[k]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if which == "ppcb":
        p = browser_page(rng, font, f"ocmms.ppcb.punjab.gov.in/fee/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Punjab Pollution Control Board", "PUNJAB POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Online Consent Management & Monitoring System (OCMMS)")
        p.add("center", "Fee payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Fee deposited successfully"]})
        wrap_pair(p, "Industry name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Application ID", f"PPCB/LDH/{digits(rng, 7)}")
        wrap_pair(p, "Consent type", rng.choice(["Consent to Operate - renewal", "CTO - renewal (5 years)"]))
        years = rng.choice([1, 3, 5])
        water, air = 2000.0 * years, 2000.0 * years
        p.pair(f"Consent fee - Water Act ({years} yr)", rs(water))
        p.pair(f"Consent fee - Air Act ({years} yr)", rs(air))
        j.amount = water + air
        p.pair(rng.choice(["Total fee paid", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=WAYS[way])
        if not j.no_ref:
            tid = f"PPCB{digits(rng, 12)}"
            p.pair("Transaction ref. No.", tid, txn=(TXN_RANK, tid))
            if status == "success":
                bref = f"{rng.choice(['IGAQR', 'PNB', 'CPZ'])}{digits(rng, 9)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            cno = f"CH/{digits(rng, 8)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
        date_row(p, j, ["Payment date", "Transaction date", "Date of payment"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "The consent will be issued after scrutiny by the Regional Office, Ludhiana.")
        return p.done()
    if which == "mcl":
        p = browser_page(rng, font, f"mseva.lgpunjab.gov.in/citizen/property-tax/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(
            ["Municipal Corporation Ludhiana", "MUNICIPAL CORPORATION LUDHIANA", "Nagar Nigam Ludhiana"]
        )
        top(p, name, merchant=name)
        p.add("small", "mSeva Punjab  |  Property Tax")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Payment received"],
                "pending": ["Payment under verification - receipt after bank confirmation"],
            },
        )
        p.pair("Property ID", f"PT-LDH-{digits(rng, 3)}-{digits(rng, 6)}")
        wrap_pair(p, "Owner name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Assessment year", f"{2026 if j.date.month >= 4 else 2025}-{27 if j.date.month >= 4 else 26}")
        wrap_pair(
            p, "Usage", rng.choice(["Non-residential - industrial", "Non-residential - commercial (outlet)"])
        )
        tax = float(rng.randrange(180, 640) * 100)
        fire = round(tax * 0.02, 2)
        cow = round(tax * 0.01, 2)
        p.pair("Property tax", rs(tax))
        p.pair("Fire cess", rs(fire))
        p.pair("Cow cess", rs(cow))
        rebate = round(tax * 0.1, 2) if rng.random() < 0.5 else 0.0
        if rebate:
            p.pair("Less: Rebate @ 10% (timely payment)", rs(rebate))
        j.amount = round(tax + fire + cow - rebate, 2)
        p.pair("Amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=WAYS[way])
        if not j.no_ref:
            tid = f"MCL{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"PT/LDH/{fy(j.date)}/{digits(rng, 6)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(
            p, j, ["Payment date", "Paid on"] if status == "success" else ["Transaction date"], hour=True
        )
        p.part = "foot"
        p.add("small", "This is a computer generated receipt and needs no signature.")
        return p.done()
    if which == "ifms":
        purpose, office, fee = rng.choice(LABOUR_FEES)
        p = browser_page(rng, font, f"ifms.punjab.gov.in/eReceipt/challan/{digits(rng, 8)}")
        p.part = "head"
        top(p, "Government of Punjab")
        p.add("small", "IFMS Punjab - e-Receipt (online challan)")
        p.add("center", "Challan payment details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Challan paid", "Payment successful"],
                "failed": ["Transaction failed - amount not received by treasury"],
            },
        )
        dept = rng.choice(["Department of Labour, Punjab", "DEPARTMENT OF LABOUR, PUNJAB"])
        wrap_pair(p, "Department", dept, merchant=dept)
        wrap_pair(p, "Office", office)
        wrap_pair(p, "Purpose", purpose)
        wrap_pair(p, "Name of depositor", rng.choice([COMPANY, COMPANY_CAPS, f"{OUTLET} (outlet)"]))
        p.pair("Head of account", f"0230-00-{rng.randrange(100, 800)}-{rng.randrange(1, 99):02d}-00")
        j.amount = fee
        p.pair(rng.choice(["Amount", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            f"Net banking - {rng.choice(BANKS[:4])}" if way == "Net banking" else way,
            method=WAYS[way],
        )
        if not j.no_ref:
            cno = f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 8)}"
            p.pair("Challan No.", cno, txn=(INVOICE_RANK, cno))
            if status == "success":
                cin = f"{digits(rng, 7)}{j.date:%d%m%y}{digits(rng, 5)}" if not j.no_day else digits(rng, 18)
                p.pair("Bank CIN", cin, txn=(BANK_RANK, cin))
        date_row(p, j, ["Payment date", "Date of payment"] if status == "success" else ["Failed on"], PATS_IN)
        p.part = "foot"
        p.add("small", "Verify the challan on the IFMS portal with the Challan No.")
        return p.done()
    p = browser_page(rng, font, "unifiedportal-emp.epfindia.gov.in/epfo/payment/confirmation")
    p.part = "head"
    name = rng.choice(["Employees' Provident Fund Organisation", "EPFO"])
    top(p, name, merchant=name)
    p.add("small", "Ministry of Labour & Employment, Government of India")
    p.add("center", "ECR - payment confirmation")
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Payment successful", "Payment confirmed"]})
    p.pair("Establishment ID", f"PBLDH{digits(rng, 7)}000")
    wrap_pair(p, "Establishment name", COMPANY_CAPS)
    if not j.no_day:
        p.pair("Wage month", j.month())
    wages = float(rng.randrange(35, 95) * 10000 + rng.randrange(0, 9999))
    a1 = float(round(wages * 0.1567))
    a10 = float(round(wages * 0.0833))
    a2 = float(max(500, round(wages * 0.005)))
    a21 = float(round(wages * 0.005))
    for lab, v in [
        ("A/c 1 - EPF (EE + ER)", a1),
        ("A/c 2 - admin charges", a2),
        ("A/c 10 - EPS", a10),
        ("A/c 21 - EDLI", a21),
        ("A/c 22 - EDLI admin", 0.0),
    ]:
        p.pair(lab, rs(v))
    j.amount = a1 + a2 + a10 + a21
    p.pair("Total amount", rs(j.amount), amount=j.amount)
    p.pair(
        "Payment mode",
        f"Net banking - {rng.choice(['State Bank of India', 'Punjab National Bank'])}",
        method="netbanking",
    )
    if not j.no_ref:
        trrn = f"{digits(rng, 13)}"
        p.pair("TRRN", trrn, txn=(INVOICE_RANK, trrn))
        crn = f"{digits(rng, 15)}"
        p.pair("CRN", crn, txn=(TXN_RANK, crn))
        bref = f"{rng.choice(['IK', 'IGAK', 'SBIE'])}{digits(rng, 9)}"
        p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))
    date_row(p, j, ["Payment date", "Paid on", "Date of payment"], PATS_IN)
    p.part = "foot"
    p.add("small", "Members' accounts are updated once the bank confirms the payment to EPFO.")
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


INSURERS = [
    ("The Oriental Insurance Co. Ltd", "orientalinsurance.org.in"),
    ("Bajaj General Insurance Ltd", "bajajgeneral.com"),
    ("IFFCO-Tokio General Insurance Co. Ltd", "iffcotokio.co.in"),
    ("National Insurance Co. Ltd", "nationalinsurance.nic.co.in"),
    ("Chola MS General Insurance Co. Ltd", "cholainsurance.com"),
    ("Universal Sompo General Insurance Co. Ltd", "universalsompo.com"),
    ("Liberty General Insurance Ltd", "libertyinsurance.in"),
    ("Royal Sundaram General Insurance Co. Ltd", "royalsundaram.in"),
]
POLICIES = [
    ("Bharat Sookshma Udyam Suraksha - factory building & stock", 8000, 42000, True),
    ("Marine cargo - inland transit open policy", 6000, 38000, False),
    ("Group mediclaim - 58 workers", 60000, 180000, False),
    ("Burglary - retail outlet stock", 3000, 14000, False),
    ("Bharat Laghu Udyam Suraksha - winter stock floater", 12000, 65000, True),
    ("Goods carrying vehicle - delivery van", 9000, 24000, False),
    ("Money insurance - cash in transit", 2500, 9000, False),
    ("Fidelity guarantee - cashier and salesmen", 2000, 7500, False),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its factory and winter stock, goods in transit, its workers, the outlet, the van and its
    cash: the insurers' premium receipts (browser, e-mail: the insurer on top, PREMIUM RECEIPT / Receipt for premium
    paid, Insured / Name of insured the company, Agent / broker, Policy, Policy No. (on a success), Cover note No.,
    Sum insured, Period of insurance, Basic premium, Terrorism premium on fire policies, GST @ 18%, Total premium
    (incl. GST) / Premium collected / Amount received, Payment mode, Payment ID / Transaction ref. No., UPI Ref No.
    / Bank Ref. No., Receipt No. / Premium receipt No., Receipt date / Date of receipt / Payment date / Transaction
    date; Premium received - policy issued / Receipt generated - premium realised / Payment status: Pending with
    payment gateway / Premium not received - transaction declined by bank)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(0,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    ins, host = INSURERS[k]
    policy, lo, hi, fire = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if k % 2 == 0:
        p = browser_page(rng, font, f"{rng.choice(['customer', 'portal', 'sme'])}.{host}/premium/receipt")
    else:
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <receipts@{host}>",
            ["Premium receipt", "Receipt for premium paid", "Your policy payment"],
        )
    p.part = "head"
    name = ins.upper() if rng.random() < 0.25 else ins
    top(p, name, merchant=name)
    p.add("small", rng.choice(["SME & commercial lines", "Ludhiana Divisional Office"]))
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Receipt for premium paid"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium received - policy issued", "Receipt generated - premium realised"],
            "pending": ["Payment status: Pending with payment gateway"],
            "failed": ["Premium not received - transaction declined by bank"],
        },
    )
    wrap_pair(p, rng.choice(["Insured", "Name of insured"]), rng.choice([COMPANY, COMPANY_CAPS]))
    wrap_pair(p, "Agent / broker", rng.choice(["Lodhi Insurance Brokers Pvt Ltd", "Direct"]))
    wrap_pair(p, "Policy", policy)
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 4)}/{digits(rng, 2)}/{digits(rng, 8)}")
    else:
        p.pair("Cover note No.", f"CN{digits(rng, 10)}")
    base = rupees(rng, lo, hi, 0.5)
    p.pair("Sum insured", rs(float(round(base * rng.uniform(180, 900), -4))))
    if not j.no_day:
        p.pair("Period of insurance", f"1 year from {j.other_day(rng, 1, 12)}")
    p.pair("Basic premium", rs(base))
    terror = round(base * 0.07, 2) if fire else 0.0
    if terror:
        p.pair("Terrorism premium", rs(terror))
    gst = round((base + terror) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(base + terror + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    p.pair(
        rng.choice(["Total premium (incl. GST)", "Premium collected", "Amount received"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    if way == "UPI" and j.amount > 100000:
        way = "Net banking"
    p.pair("Payment mode", way, method=WAYS[way])
    if not j.no_ref:
        pid = f"{rng.choice(['PG', 'TXN', 'PY'])}{digits(rng, 12)}"
        p.pair(rng.choice(["Payment ID", "Transaction ref. No."]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
            rno = digits(rng, 12)
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        ["Receipt date", "Date of receipt", "Payment date"] if status == "success" else ["Transaction date"],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card slips at the outlet and elsewhere


COUNTERS = [
    ("SIDHWAN WOOLLENS", "CHAURA BAZAR, LUDHIANA", "outlet"),
    ("SIDHWAN KNITWEARS PVT LTD", "FOCAL POINT, LUDHIANA", "outlet"),
    ("SIDHWAN WOOLLENS OUTLET", "LUDHIANA PB", "outlet"),
    ("HP - GILL ROAD FUEL POINT", "GILL ROAD, LUDHIANA", "fuel"),
    ("SIDHWAN WOOLLENS - TRADE FAIR", "HALL 5, PRAGATI MAIDAN, DELHI", "outlet"),
    ("PUNJAB SEWING MACHINE HOUSE", "MILLER GANJ, LUDHIANA", "spares"),
    ("SIDHWAN WOOLLENS", "CHAURA BAZAR LDH", "outlet"),
    ("SIDHWAN KNITWEARS - OUTLET", "CHAURA BAZAR, LUDHIANA", "outlet"),
]
TERMINALS = ["PNB", "PINE LABS", "HDFC BANK", "BHARATPE", "ICICI BANK", "MSWIPE", "PAYTM EDC", "KOTAK"]


def counter_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Customers' cards at the outlet's terminals and a trade fair stall, and the company's card at a fuel point and
    a sewing machine spares shop: terminal slips (monospace: the terminal's bank or brand on top on some, the
    counter's name and place in capitals, DATE: and TIME: or TXN DATE: and TXN TIME:, MID:, TID:, BATCH NO:, INVOICE
    NO: / BILL NO:, STAN:, SALE / CHIP SALE / CONTACTLESS SALE, CARD:, CARD TYPE:, a fuel point's NOZZLE NO:,
    RATE: and VOLUME(L):, APPR CODE: / AUTH:, RRN: / RRN NO:, SALE AMT: / AMOUNT: / TOTAL AMT:; APPROVED /
    TRANSACTION APPROVED / DECLINED - 51 INSUFFICIENT FUNDS / TXN TIMED OUT - CHECK WITH ISSUER BANK)."""
    k = place("counter_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=650, high=38000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6500, 0.4)
    elif kind == "spares":
        j.amount = rupees(rng, 900, 18000, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        else:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    p.add("center", rng.choice(["SALE", "CHIP SALE", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA DEBIT", "5": "MASTERCARD CREDIT", "6": "RUPAY DEBIT"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(87.5, 89.9), 2)
        p.pair("NOZZLE NO:", str(rng.randrange(1, 9)))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["SALE AMT:", "AMOUNT:", "TOTAL AMT:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs '])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS", status="failed")
    else:
        p.add("center", "TXN TIMED OUT - CHECK WITH ISSUER BANK", status="pending")
        p.add("small", "DO NOT RETRY BEFORE CONFIRMING WITH BANK")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, water, phone and broadband bills


BILLERS = [
    ("PSPCL", "Punjab State Power Corporation Ltd", "Account No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("MC Ludhiana - Water & Sewerage", "Municipal Corporation Ludhiana", "Connection ID"),
    ("Connect Broadband", "Quadrant Televentures Ltd", "Customer ID"),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
]
BILL_WHICH = [0, 1, 0, 0, 2, 3, 4, 0]
BILL_APPS = [
    "PSPCL",
    "Google Pay",
    "PNB ONE",
    "PSPCL",
    "PhonePe",
    "HDFC Bank MobileBanking",
    "Paytm",
    "Kotak Mobile Banking",
]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The factory's and outlet's electricity (PSPCL), water and sewerage (Municipal Corporation Ludhiana), postpaid
    phones (Airtel, Vi) and broadband (Connect Broadband) through Bharat Connect in banking and UPI apps (the app on
    top, Biller / Biller name / Operator as printed, Account No. / Mobile No. / Connection ID / Customer ID, Customer
    name, Bill date and Due date on some, the sum large, Paid from Current A/c or UPI, B-Connect Txn ID / BBPS Ref
    ID / Bharat Connect Ref. No., UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date & time;
    Bill paid / Payment successful / Payment in progress - biller confirmation awaited / Bill payment unsuccessful -
    amount will be refunded) and PSPCL's own payment receipt pages (the corporation on top, Account No., Sub
    division, Category, Consumer name, Amount paid / Amount, Payment mode, Transaction ID, Receipt No., Payment date
    / Paid on / Transaction date; Payment successful / Payment initiated - status to be updated by bank)."""
    k = place("utility_bills")
    status = outcome(k, failed=(7,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=8000, high=380000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which in (1, 3, 4):
        j.amount = rupees(rng, 499, 5200, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1200, 9800, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": f"{code(rng, 1, 'ABCDEFGHK')}{digits(rng, 2)}{code(rng, 2, UPPER)}{digits(rng, 7)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Connection ID": f"WS/{rng.randrange(1, 9)}/{digits(rng, 6)}",
        "Customer ID": f"CB{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "PSPCL":
        p = browser_page(rng, font, "bills.pspcl.in/QuickPay/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment  |  Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Payment received"],
                "pending": ["Payment initiated - status to be updated by bank"],
            },
        )
        p.pair(idlab, ids)
        p.pair("Sub division", rng.choice(["Focal Point (Spl.) Ludhiana", "Janta Nagar, Ludhiana"]))
        p.pair("Category", rng.choice(["LS - Large supply", "MS - Medium supply"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
        way = "Net banking" if j.amount > 100000 else rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=WAYS[way])
        if not j.no_ref:
            tid = f"PSP{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = digits(rng, 12)
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(
            p, j, ["Payment date", "Paid on"] if status == "success" else ["Transaction date"], hour=True
        )
        p.part = "foot"
        p.add("small", "The payment will be posted to your account within two working days.")
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
            "success": ["Bill paid", "Payment successful"],
            "pending": ["Payment in progress - biller confirmation awaited"],
            "failed": ["Bill payment unsuccessful - amount will be refunded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (1, 3, 4) else rng.choice(["Biller", "Biller name"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper(), OUTLET.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -8))
        p.pair("Due date", j.other_day(rng, 3, 15))
    upi_app = app in ("Google Pay", "PhonePe", "Paytm")
    way = "UPI" if upi_app or (j.amount <= 100000 and rng.random() < 0.4) else "Current A/c"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['PN', 'HD', 'GP', 'PP', 'KK'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["B-Connect Txn ID", "BBPS Ref ID", "Bharat Connect Ref. No."]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Transaction date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "NEELKANTH SPINNING M",
    "BAHADURKE ROAD DYEIN",
    "GILL WORSTED MILLS P",
    "Punjab Roadlines Transport Co.",
    "GURU KIRPA CORRUGATE",
    "HARPREET SINGH",
    "Kharar Polyfab Yarns Pvt Ltd",
    "SHIV SHAKTI EMBROIDE",
]
SENDERS = {
    "Punjab National Bank": "VM-PNBSMS",
    "Punjab & Sind Bank": "AD-PSBANK",
    "State Bank of India": "VK-SBIUPI",
    "Kotak Mahindra Bank": "JD-KOTAKB",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-PNBSMS /
    AD-PSBANK / VK-SBIUPI / JD-KOTAKB, the day divider, each bank's own wording: "Your A/c XX1234 is debited INR x
    <day> thru NEFT to <payee>.", "Dear Customer, Rs.x debited from A/c XXXX1234 on <day> towards IMPS to
    <payee>.", "Dear UPI user A/C X1234 debited by x on date <day> trf to <payee>", "Sent Rs.x from Kotak Bank AC
    X1234 to <payee> on <day> via UPI."; a UPI payment "was DECLINED by the beneficiary bank" and one "is ON HOLD
    for confirmation from the beneficiary bank") and two e-mail transaction alerts (Amount debited / Amount,
    Beneficiary name / Credited to, From account, Transaction type, UTR No. / IMPS Ref No., Transaction date / Date,
    Status: Successful / Transaction status: Debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=2500, high=460000)
    bank = rng.choice(list(SENDERS))
    to = ALERT_PAYEES[k]
    if k in (3, 6):
        bank = rng.choice(["Punjab National Bank", "HDFC Bank", "Kotak Mahindra Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}.bank.in>",
            ["Transaction alert", "Debit alert - current account", "You have made a payment"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made in your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount debited", "Amount"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Credited to"]), to, merchant=to)
        p.pair("From account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transaction type", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Status: Successful", "Transaction status: Debited"]), status="success")
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password. The bank never asks for them.")
        return p.done()
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if k == 5:
        j.amount = rupees(rng, 1500, 18000)
    if status != "success" or k == 5 or bank == "State Bank of India":
        way = "UPI"
        if j.amount > 95000:
            j.amount = rupees(rng, 2500, 95000)
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Punjab National Bank":
            p.add(
                "left", f"Your A/c XX{tail} is debited INR {amt}{' ' + day if day else ''}", amount=j.amount
            )
            p.add("left", f"thru {way} to {to}.", merchant=to, method=method)
            tail_line = f"Aval Bal INR {rupees(rng, 25000, 2800000):,.2f} -PNB"
        elif bank == "Punjab & Sind Bank":
            p.add("left", f"Dear Customer, Rs.{amt} debited from A/c XXXX{tail}{on}", amount=j.amount)
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
            tail_line = f"Bal Rs.{rupees(rng, 25000, 2800000):,.2f} -Punjab & Sind Bank"
        elif bank == "State Bank of India":
            p.add(
                "left",
                f"Dear UPI user A/C X{tail} debited by {j.amount:.2f}{' on date ' + day if day else ''}",
                amount=j.amount,
            )
            p.add("left", f"trf to {to}", merchant=to, method=method)
            tail_line = "If not u? call 1800111109 -SBI"
        else:
            p.add("left", f"Sent Rs.{amt} from Kotak Bank AC X{tail}", amount=j.amount)
            p.add("left", f"to {to}{on} via {way}.", merchant=to, method=method)
            tail_line = "Not you? Call 18602662666 -Kotak Bank"
    else:
        p.add("left", f"UPI txn of Rs.{amt} from A/c XX{tail}{on}", amount=j.amount, method=method)
        p.add("left", f"to {to}", merchant=to)
        word = {
            "failed": "was DECLINED by the beneficiary bank. Amount, if debited, will be reversed.",
            "pending": "is ON HOLD for confirmation from the beneficiary bank. Please do not retry.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", tail_line, status="success")
    else:
        p.add("small", f"-{bank}")
    return p.done()


compose = compose158

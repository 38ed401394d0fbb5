"""The twelve heldout225 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Ratnagiri Alphonso mango orchard and pulp-canning unit's day in 2026 (Sathye
Hapus Agro Foods Pvt Ltd, its orchard and packing shed, Sathye Amrai, at Sadavali Wadi, Pawas, and its
pulp-canning unit, Sathye Pulp Works, on Plot D-27 in the MIDC at Zadgaon, Ratnagiri), told by the proofs of
payment it receives and makes: box buyers' UPI screens (PhonePe, Google Pay, Paytm, bob World, Airtel Thanks,
Kotak811) and the sales desk's Pine Labs Plural and BillDesk pages, the Vashi commission agent's, the Crawford
Market fruit traders', the Ahmedabad aamras caterer's, the Pune ice cream maker's and sweet maker's, the
Bengaluru grocery chain's, the Taloja beverage maker's and a Turbhe exporter's payment advices, importers'
inward wires from London, Doha, Sharjah, Houston, Jeddah, Kuala Lumpur, Amsterdam and Singapore in pounds,
Qatari riyals, UAE dirhams, US dollars, Saudi riyals, Malaysian ringgit, euros and Singapore dollars, the
orchard's and the pulp unit's own cash bills and sale receipts (boxes, pulp cans, raw mangoes for pickle by
the kilo, a pulp booking advance), the carton maker's, the tin can maker's, the agro input dealer's, the food
machinery works' and the ripening chamber firm's tax invoices, the corporate net-banking transfers (BOI Star
Connect - Corporate, DBS IDEAL, RDCC Bank Corporate e-Banking) to the reefer trucker, the ripening chamber,
the sprayer, the harvesting contractor, the drip contractor, the food lab, the landowner of the leased plot
and the boiler firm, the pluckers', packers', peelers', the watchman's and the growers' crate, box, day and
kilo-rate vouchers and their Decentro payouts, BHIM and PhonePe payments, MSAMB's, Gram Panchayat Pawas's,
MIDC's, the Ratnagiri APMC's, the Export Inspection Agency's, the Directorate of Marketing & Inspection's, the
Directorate of Industrial Safety and Health's and the Geographical Indications Registry's fee pages, the
insurers' premium receipts, card terminal slips, MSEDCL's power and the fibre, gas, phone and MIDC water bills
and the banks' SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints
and the truth is read back from the rows the page keeps. Headings, footers, the unit lines, bills and lots
listed on an advice, vendor, QC lot, challan, survey, plot, property, licence, certificate, application,
batch, policy, proposal, cover note, consumer, billing unit, beneficiary and alias numbers, boxes, cans,
crates, kilos, days, rates, commissions, cuts, allowances, advances, TDS, GST and cess lines, INR values on
the wires, rates of conversion, sums insured, IDV, areas, turnover and members declared, bill months, periods,
due days, shipping bill days, GSTIN, IFSC, UETR, remitters' references, MID, TID, batch and trace numbers, the
initiator and the releaser and the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead``
and ``gst_lines`` are heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier``
heldout202's; ``fx`` and ``right`` heldout152's; ``Screen`` heldout113's; ``place`` and ``fits`` heldout123's;
``top`` heldout122's; ``outcome`` heldout119's; ``outcome_row`` heldout126's; ``wrap_pair`` heldout127's;
``seal`` heldout129's; the page frames (``browser_page``, ``mail_page``, ``paper_page``, ``phone_page``,
``slip_page``) heldout140's; ``money`` and ``masked`` heldout118's; ``compose`` is heldout158's.
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

COMPANY = "Sathye Hapus Agro Foods Pvt Ltd"
COMPANY_CAPS = "SATHYE HAPUS AGRO FOODS PVT LTD"
SHORT = "Sathye Hapus"
ORCHARD = "Sathye Amrai"
CANNERY = "Sathye Pulp Works"
# unit, address, GST state code
UNITS = [
    ("Orchard and packing shed", "Sadavali Wadi, Pawas, Tal. Ratnagiri - 415616, Maharashtra", "27"),
    ("Pulp-canning unit", "Plot D-27, MIDC Zadgaon, Ratnagiri - 415639, Maharashtra", "27"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d %b, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%b-%Y", "%d %B, %Y"]
BANKS = [
    "Bank of India",
    "The Ratnagiri District Central Co-operative Bank Ltd",
    "Bank of Maharashtra",
    "State Bank of India",
    "DBS Bank India",
    "Kotak Mahindra Bank",
    "IDFC FIRST Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Canara Bank",
]
IFSC = {
    "Bank of India": "BKID",
    "The Ratnagiri District Central Co-operative Bank Ltd": "RDCB",
    "Bank of Maharashtra": "MAHB",
    "State Bank of India": "SBIN",
    "DBS Bank India": "DBSS",
    "Kotak Mahindra Bank": "KKBK",
    "IDFC FIRST Bank": "IDFB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Canara Bank": "CNRB",
}
DOMAINS = {
    "Bank of India": "bankofindia.co.in",
    "The Ratnagiri District Central Co-operative Bank Ltd": "rdccbank.in",
    "Bank of Maharashtra": "bankofmaharashtra.in",
    "State Bank of India": "sbi.co.in",
    "DBS Bank India": "dbs.com",
    "Kotak Mahindra Bank": "kotak.com",
    "IDFC FIRST Bank": "idfcfirstbank.com",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
}
# what the company sells: the goods, the unit, its price per unit (low, high)
GOODS = {
    "boxes": ("Alphonso (hapus) - 2 dozen box", "boxes", 900, 2400),
    "pulp": ("Alphonso pulp - A10 can (3.1 kg)", "cans", 420, 640),
    "raw": ("Raw mango - pickle grade", "kg", 28, 55),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Recipient (billed to) / Details of receiver / Billed to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI one."""
    head = IFSC.get(bank, "BKID")
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


def short_bank(bank: str) -> str:
    """A bank's name short enough for a row (the co-operative bank by its initials)."""
    return "RDCC Bank" if bank.startswith("The Ratnagiri") else bank


# ---------------------------------------------------------------- 1. box buyers: UPI screens and pay pages


BUYER_APPS = [
    "PhonePe",
    "Google Pay",
    "Pine Labs Plural",
    "Paytm",
    "bob World",
    "Airtel Thanks",
    "BillDesk",
    "Kotak811",
]
BOX_NOTES = [
    "2 peti hapus",
    "Alphonso 5 dozen",
    "Pulp 6 cans",
    "Raw kairi 10 kg",
    "Hapus box x3",
    "Aamras pulp",
    "4 doz - Pune parcel",
    "Mango box for Thane",
]
PAGE_ORDERS = [
    ("Kulkarni Sweets, Sadashiv Peth, Pune", "Alphonso pulp A10 cans x 60 - advance"),
    ("Hotel Sea Breeze, Ganpatipule", "Hapus boxes 30 dozen - weekend order"),
    ("Shivaji Park Residents' Forum, Dadar", "Bulk booking - 120 boxes of 2 dozen"),
    ("Aamrai Ice Creams, Vile Parle", "Alphonso pulp 200 kg - season booking"),
]
# the app's UPI reference labels and its own number (label, maker)
BUYER_UPI_LABELS = {
    "PhonePe": ["UTR", "UTR number"],
    "Google Pay": ["UPI transaction ID", "UPI Ref number"],
    "Paytm": ["UPI Ref. No.", "UPI Ref number"],
    "bob World": ["UPI Ref No.", "UTR number"],
    "Airtel Thanks": ["UPI Ref No", "UTR number"],
    "Kotak811": ["UPI Ref No.", "UTR"],
}


def own_number(rng: random.Random, app: str, j: Job) -> tuple[str, str]:
    """The app's own number for the payment (a transaction id)."""
    return {
        "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
        "Google Pay": ("Google transaction ID", f"CICAg{code(rng, 10, ALNUM + LOWER)}"),
        "Paytm": ("Transaction ID", digits(rng, 20)),
        "bob World": ("bob World txn ref.", f"BOBW{digits(rng, 14)}"),
        "Airtel Thanks": ("Airtel txn ID", f"APB{digits(rng, 13)}"),
        "Kotak811": ("Kotak txn ref.", f"K811{digits(rng, 12)}"),
    }[app]


def box_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Ratnagiri households, Mumbai and Pune families, a hotel and a sweet shop paying the orchard or the
    company for mango boxes, pulp cans and raw mangoes: six UPI screens (PhonePe, Google Pay, Paytm, bob
    World, Airtel Thanks, Kotak811: the payee block first, Paid to / Payment made to / Paid successfully to /
    Sent to (To / Payment to / Sending to on the failure and the wait) over the orchard, its capitals, the
    company's capitals or its short name, its UPI ID, a Registered name / Bank account name line on some, then
    the sum large and the outcome, a Note / Comment / Description, UTR / UTR number / UPI transaction ID / UPI
    Ref number / UPI Ref. No. / UPI Ref No. / UPI Ref No, the app's own Transaction ID / Google transaction ID
    / bob World txn ref. / Airtel txn ID / Kotak txn ref. on some, Debited from / From account / Paid using,
    Done on / Date & time / Completed at / Started on; Payment done / Sent successfully / Money sent
    successfully / Payment completed successfully / Payment under process - the payee's bank has not confirmed
    yet, please wait / Payment declined - UPI daily limit for this account exhausted) and the sales desk's two
    payment pages (Pine Labs Plural, BillDesk: the orchard or the company on top, the outcome, the sum large,
    Payer / Name of customer / Customer, Particulars / Order details, Payment mode / Paid using, Plural
    payment ID, Plural order ID and UTR or Auth ID, BillDesk Txn ID, Merchant ref. No. and Bank Ref No. or
    Auth ID, Paid on / Payment date / Transaction date; Payment complete - receipt sent to your e-mail / Your
    payment has been received / Transaction successful)."""
    k = place("box_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=450, high=38000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Pine Labs Plural", "BillDesk"):
        j.amount = rupees(rng, 15000, 260000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([ORCHARD, COMPANY, SHORT])
        url = (
            f"pay.pluralonline.com/checkout/{code(rng, 14, ALNUM + LOWER)}"
            if app == "Pine Labs Plural"
            else f"pay.billdesk.com/web/v1_2/embeddedsdk/{code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", rng.choice(["Ratnagiri Alphonso from our own orchard at Pawas", "Sadavali Wadi, Pawas"])
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment complete - receipt sent to your e-mail",
                    "Your payment has been received",
                    "Transaction successful",
                ]
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} debit card {masked(rng, font)}",
            method=way,
        )
        wrap_pair(p, rng.choice(["Payer", "Name of customer", "Customer"]), who)
        wrap_pair(p, rng.choice(["Particulars", "Order details"]), what)
        date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
        if not j.no_ref:
            if app == "Pine Labs Plural":
                pid = f"v1-{digits(rng, 6)}-{code(rng, 6, ALNUM)}"
                wrap_pair(p, "Plural payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"SHA-{j.date:%y%m}-{digits(rng, 5)}"
                p.pair("Plural order ID", oid, txn=(ORDER_RANK, oid))
            else:
                bid = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("BillDesk Txn ID", bid, txn=(TXN_RANK, bid))
                mref = f"SHAP{digits(rng, 8)}"
                p.pair("Merchant ref. No.", mref, txn=(ORDER_RANK, mref))
            if way == "UPI":
                p.pair("UTR" if app == "Pine Labs Plural" else "Bank Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth ID", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add(
            "small",
            "Payments powered by Pine Labs Plural" if app == "Pine Labs Plural" else "Secured by BillDesk",
        )
        return p.done()
    to = rng.choice([ORCHARD, ORCHARD.upper(), COMPANY_CAPS, SHORT])
    handle = f"sathyeamrai{rng.choice(['', '.pawas', '1'])}@{rng.choice(['boi', 'ybl', 'okicici', 'paytm'])}"
    p = phone_page(rng, font, k, ["", "Payment receipt", "Transaction details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    p.add(
        "small",
        rng.choice(
            ["Paid to", "Payment made to", "Paid successfully to", "Sent to"]
            if status == "success"
            else ["To", "Payment to", "Sending to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Paytm", "bob World", "Kotak811") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"{rng.choice(['Registered name', 'Bank account name'])}: {COMPANY_CAPS}")
    p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Payment done",
                "Sent successfully",
                "Money sent successfully",
                "Payment completed successfully",
            ],
            "pending": ["Payment under process - the payee's bank has not confirmed yet, please wait"],
            "failed": ["Payment declined - UPI daily limit for this account exhausted"],
        },
    )
    p.add("rule")
    date_row(
        p,
        j,
        ["Done on", "Date & time", "Completed at"] if status == "success" else ["Date & time", "Started on"],
        hour=True,
    )
    if not j.no_ref:
        if rng.random() < 0.6:
            label, own = own_number(rng, app, j)
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
    p.pair(
        rng.choice(["Debited from", "From account", "Paid using"]),
        f"{short_bank(rng.choice(BANKS[:7]))} XX{digits(rng, 4)}",
    )
    p.pair(rng.choice(["Note", "Comment", "Description"]), rng.choice(BOX_NOTES))
    p.part = "foot"
    p.add("small", rng.choice(["UPI | NPCI", "Share  |  Download", "Report an issue with this payment"]))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' payment advices


# payer, its mail, its desk's town, what it buys, the frame
PAYERS = [
    (
        "Vashi Fruit Commission Agency",
        "accounts@vashifruitagency.in",
        "APMC Fruit Market, Vashi",
        "boxes",
        "mail",
    ),
    ("Shreeji Aamras Caterers", "shreejiaamras.accounts@gmail.com", "Maninagar, Ahmedabad", "pulp", "paper"),
    (
        "Sahyadri Dairy & Ice Creams Pvt Ltd",
        "payables@sahyadriicecream.in",
        "Chakan MIDC, Pune",
        "pulp",
        "portal",
    ),
    ("Deccan Mithai Mandir Pvt Ltd", "vendorpay@deccanmithai.in", "Laxmi Road, Pune", "pulp", "mail"),
    ("Fresh Basket Retail Pvt Ltd", "ap@freshbasketretail.in", "Whitefield, Bengaluru", "boxes", "portal"),
    (
        "Crawford Market Fruit Traders",
        "cmfruittraders@gmail.com",
        "Crawford Market, Mumbai",
        "boxes",
        "paper",
    ),
    (
        "Nectar Valley Beverages Pvt Ltd",
        "suppliers@nectarvalley.co.in",
        "Taloja MIDC, Navi Mumbai",
        "pulp",
        "mail",
    ),
    ("Konkan Kanya Agro Exports LLP", "accounts@konkankanya.in", "Turbhe, Navi Mumbai", "boxes", "portal"),
]


def pulp_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Vashi commission agent, the Crawford Market fruit traders, an Ahmedabad aamras caterer, a Pune ice
    cream maker and sweet maker, a Bengaluru grocery chain, a Taloja beverage maker and a Turbhe exporter
    paying for the boxes and pulp cans the company sent them: an e-mail, a printed SUPPLIER CREDIT ADVICE /
    Payment release note / BILL SETTLEMENT ADVICE and a vendor portal page (the payer on top with its desk
    line, the outcome first, Name of supplier / Supplier / beneficiary / Released to (supplier) the company,
    Released on / Date of release / Payment date / Prepared on / Advice date / Rejected on / Date of
    rejection, Vendor No. / Supplier ID, QC lot No. and Delivery challan No. (no fact), the company's bills
    with their boxes or cans and sums, Total of bills / Gross amount, Less: TDS u/s 194Q @ 0.1%, Less:
    Commission @ 6% and Less: Hamali and market fee on the agent's, Less: Rate difference - n cans @ Rs x /
    Less: Swollen cans rejected - n / Less: Crates not returned - n @ Rs 150 on some, Net amount released /
    Amount sent to your account / Net settled (Net amount on hold on the hold, Net amount returned / Amount
    returned by bank on the return), Mode of payment NEFT / RTGS / IMPS, Bank A/c of supplier, UTR / UTR ref.
    / RTGS UTR No. / IMPS RRN, Release note No. / Settlement No.; Status: Released to bank / Amount remitted
    to your account / On hold - Brix and acidity report of the lot awaited / Payment rejected by bank -
    account number and IFSC do not match)."""
    k = place("pulp_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            [f"Payment release - {SHORT}", "Credit advice for your bills", "Your payment has been released"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/release/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts - Purchase', 'Procurement - Fruits & Pulp', 'Finance & Accounts'])}, {desk}",
    )
    p.add("center", rng.choice(["SUPPLIER CREDIT ADVICE", "Payment release note", "BILL SETTLEMENT ADVICE"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Released to bank", "Amount remitted to your account"],
            "pending": ["On hold - Brix and acidity report of the lot awaited"],
            "failed": ["Payment rejected by bank - account number and IFSC do not match"],
        },
    )
    payee = ours(rng)
    labels = ["Name of supplier", "Supplier / beneficiary"] + (
        ["Released to (supplier)"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    date_row(
        p,
        j,
        {
            "success": ["Released on", "Date of release", "Payment date"],
            "pending": ["Prepared on", "Advice date"],
            "failed": ["Rejected on", "Date of rejection"],
        }[status],
        PATS_IN,
    )
    p.pair(rng.choice(["Vendor No.", "Supplier ID"]), f"{rng.choice(['V', 'SUP', 'KK'])}{digits(rng, 5)}")
    if kind == "pulp":
        p.pair("QC lot No.", f"QC/{digits(rng, 2)}/{digits(rng, 4)}")
    else:
        p.pair("Delivery challan No.", f"DC-{digits(rng, 4)}")
    item, unit, lo, hi = GOODS[kind]
    p.add("left", rng.choice(["Bills covered by this advice", "Against invoices"]))
    gross = 0.0
    count = 0
    rate = 0
    for _ in range(rng.randrange(1, 4)):
        n = rng.randrange(40, 420) if kind == "boxes" else rng.randrange(60, 900)
        count += n
        rate = rng.randrange(lo, hi, 10)
        value = float(n * rate)
        gross += value
        p.pair(f"SHA/{fy(j.date)}/{rng.randrange(1, 999):04d}  {n} {unit}", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Total of bills", "Gross amount"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    if k == 0:
        com = round(gross * 0.06, 2)
        p.pair("Less: Commission @ 6%", rs(com))
        fee = round(count * rng.choice([8.0, 10.0, 12.0]), 2)
        p.pair("Less: Hamali and market fee", rs(fee))
        cut = com + fee
    else:
        pick = rng.random()
        if pick < 0.35 and kind == "pulp":
            n = rng.randrange(40, 300)
            per = float(rng.choice([10, 15, 20, 25]))
            cut = n * per
            p.pair(f"Less: Rate difference - {n} cans @ Rs {per:.0f}", rs(cut))
        elif pick < 0.6 and kind == "pulp":
            n = rng.randrange(2, 18)
            cut = float(n * rate)
            p.pair(f"Less: Swollen cans rejected - {n}", rs(cut))
        elif pick < 0.6:
            n = rng.randrange(10, 80)
            cut = float(n * 150)
            p.pair(f"Less: Crates not returned - {n} @ Rs 150", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net amount released", "Amount sent to your account", "Net settled"],
        "pending": ["Net amount on hold"],
        "failed": ["Net amount returned", "Amount returned by bank"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair("Mode of payment", way, method="netbanking")
    wrap_pair(
        p, "Bank A/c of supplier", account(rng, ["Bank of India", "Bank of Maharashtra", "DBS Bank India"])
    )
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[5:10]), way)
            lab = {"IMPS": ["IMPS RRN"], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "UTR ref."]}[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['RN', 'ST', 'PR'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Release note No.", "Settlement No."]), doc, txn=(INVOICE_RANK, doc))
    p.part = "foot"
    p.add(
        "small",
        "Computer generated advice; no signature required. Write to us within 10 days for differences.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Southall Fresh Foods Ltd", "Southall, London, United Kingdom", "GBP", "HSBC UK Bank plc", 2000, 55000),
    ("Al Mahra Fruits & Vegetables WLL", "Doha, Qatar", "QAR", "Qatar National Bank QPSC", 8000, 200000),
    ("Bin Zayed Foodstuff Trading LLC", "Sharjah, UAE", "AED", "Mashreq Bank PSC", 8000, 180000),
    ("Gulf Coast Indian Grocers Inc", "Houston, Texas, USA", "USD", "Wells Fargo Bank NA", 3000, 80000),
    ("Al Jazira Fresh Produce Co", "Jeddah, Saudi Arabia", "SAR", "The Saudi National Bank", 8000, 200000),
    ("Tropika Buah-Buahan Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", "Malayan Banking Berhad", 5000, 120000),
    ("Mango Huis Amsterdam BV", "Amsterdam, Netherlands", "EUR", "ING Bank NV", 2500, 70000),
    (
        "Little India Fruit House Pte Ltd",
        "Singapore",
        "SGD",
        "Oversea-Chinese Banking Corporation",
        2000,
        60000,
    ),
]
WIRE_BANKS = [
    ("Bank of India", "paper"),
    ("HDFC Bank", "browser"),
    ("DBS Bank India", "mail"),
    ("ICICI Bank", "browser"),
    ("Kotak Mahindra Bank", "mail"),
    ("Bank of India", "browser"),
    ("Axis Bank", "paper"),
    ("IDFC FIRST Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "EUR": (93.1, 97.6),
    "GBP": (108.2, 113.4),
    "AED": (23.2, 24.2),
    "SGD": (63.1, 66.8),
    "QAR": (23.4, 24.4),
    "SAR": (22.7, 23.7),
    "MYR": (18.6, 20.4),
}
SHIPPED = [
    "Alphonso mango pulp, canned (HSN 20079910)",
    "Fresh Alphonso mangoes - air freight (HSN 08045020)",
    "Sweetened Alphonso pulp - 850 g tins",
    "Fresh mangoes, VHT treated - 4 dozen cartons",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; a code before the
    figure for dirhams and the riyals, a code or S$ for Singapore dollars and a code or RM for ringgit."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    mark = rng.choice(
        {
            "AED": ["AED "],
            "QAR": ["QAR "],
            "SAR": ["SAR "],
            "SGD": ["SGD ", "S$"],
            "MYR": ["MYR ", "RM "],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in Britain, Qatar, the Emirates, the US, Saudi Arabia, Malaysia, the Netherlands and
    Singapore paying for pulp cans and fresh mangoes: the banks' inward remittance advices (browser, e-mail,
    printed INTIMATION OF EXPORT REALISATION / Inward foreign exchange credit memo / Notice of inward
    remittance received: the bank on top with its forex desk, the outcome, FCY amount received / Amount in
    remitted currency / Instructed amount in GBP, QAR, AED, USD, SAR, MYR, EUR or SGD first, Charges borne by,
    Conversion rate / Card rate applied, INR amount (before charges) / Converted amount (INR), Less: Bank
    charges and GST on conversion, Net amount credited to your account (INR), then Credited to (exporter) /
    Exporter / beneficiary / Beneficiary name the company, Beneficiary A/c, Remitted by / Sender (importer) /
    Remitter, Originating bank / Remitter's bank, Purpose code, Goods exported / Description of goods,
    Commercial invoice No., Shipping bill No. / date or AWB No., Mode, Remitter's reference, Inward serial No.
    / Bank's IRM ref. / IRM No., UETR, Credited on / Date of realisation / Value date / Held on / Received on
    / Sent back on / Returned on; Export proceeds realised and IRM generated / Status: Proceeds credited /
    Held - beneficiary to confirm the purpose of remittance / Sent back to ordering bank - beneficiary account
    under debit freeze)."""
    k = place("export_wires")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
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
            f"{bank} <tradeservices.ratnagiri@{slug(bank)}>",
            ["Inward remittance received", "Export realisation - credit intimation", "Foreign inward credit"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/inward/advice/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Department, Ratnagiri Branch, Jaistambh Chowk",
                "Trade Services, Ratnagiri Branch, Thiba Palace Road",
                "International Banking Unit, Ratnagiri",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INTIMATION OF EXPORT REALISATION",
                "Inward foreign exchange credit memo",
                "Notice of inward remittance received",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Export proceeds realised and IRM generated", "Status: Proceeds credited"],
            "pending": ["Held - beneficiary to confirm the purpose of remittance"],
            "failed": ["Sent back to ordering bank - beneficiary account under debit freeze"],
        },
    )
    p.pair(
        rng.choice(["FCY amount received", "Amount in remitted currency", "Instructed amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges borne by", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair(rng.choice(["Conversion rate", "Card rate applied"]), f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["INR amount (before charges)", "Converted amount (INR)"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 750, 1000])) * 1.18, 2)
    wrap_pair(p, "Less: Bank charges and GST on conversion", f"{chg:,.2f}")
    if status == "success":
        wrap_pair(p, "Net amount credited to your account (INR)", f"{inr - chg:,.2f}")
    p.add("rule")
    wrap_pair(
        p,
        rng.choice(
            ["Credited to (exporter)", "Exporter / beneficiary", "Beneficiary name"]
            if status == "success"
            else ["Exporter / beneficiary", "Beneficiary name"]
        ),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitted by", "Sender (importer)", "Remitter"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Originating bank", "Remitter's bank"]), pbank)
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, rng.choice(["Goods exported", "Description of goods"]), rng.choice(SHIPPED))
    p.pair("Commercial invoice No.", f"SHA/EXP/{rng.randrange(1, 150):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        sb = when(earlier(rng, j, 10, 45), rng.choice(["%d/%m/%Y", "%d.%m.%Y"]))
        p.pair("Shipping bill No. / date", f"{digits(rng, 7)} dt. {sb}")
    else:
        p.pair("AWB No.", f"{rng.choice(['098', '176', '157'])}-{digits(rng, 8)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT - MT103 customer credit"]), method="netbanking")
    p.pair("Remitter's reference", f"{code(rng, 4, UPPER)}{digits(rng, 7)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Inward serial No.", "Bank's IRM ref.", "IRM No."]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.6:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Credited on", "Date of realisation", "Value date"],
            "pending": ["Held on", "Received on"],
            "failed": ["Sent back on", "Returned on"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small",
        "The IRM is reported to EDPMS; regularise it against the shipping bill within the time allowed.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the orchard's and pulp unit's receipts


# the party, the way it paid, the unit (orchard, cannery, or the accounts desk's mail), the goods
SALES = [
    ("Smt. Sunanda Patwardhan, Ratnagiri", "cash", "orchard", "boxes"),
    ("Hotel Sea Breeze, Ganpatipule", "UPI", "orchard", "boxes"),
    ("Kulkarni Sweets, Sadashiv Peth, Pune", "NEFT", "mail", "pulp"),
    ("Konkan Lonche Gruh Udyog, Lanja", "cheque", "orchard", "raw"),
    ("Ramesh Fruit Stall, Maruti Mandir", "card", "cannery", "pulp"),
    ("Mrs. Anjali Deshmukh, Thane", "UPI", "mail", "pulp"),
    ("Hotel Amantran, Chiplun", "cheque", "cannery", "pulp"),
    ("Ganesh Pickles & Papad, Rajapur", "cash", "orchard", "raw"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The orchard's own SALE RECEIPT - ORCHARD GATE / CASH BILL - MANGO BOXES for boxes and RECEIPT - RAW
    MANGO FOR PICKLE / CASH BILL - RAW MANGO (KG) for raw mangoes sold by the kilo to pickle makers, the pulp
    unit's COUNTER RECEIPT - PULP CANS / SALE RECEIPT - FACTORY COUNTER (paper: the orchard, the pulp unit or
    the company on top with its line, address and GSTIN; Cash bill No. / Receipt Sr. No. / Receipt No., Bill
    date / Date of sale / Date, Sold to / Customer (buyer) / Received from (no fact), the boxes, kilos or cans
    x rate, GST @ 5% on the cans, Value of goods / Bill value / Total, Amount received in cash / Cash paid /
    Amount received by UPI / Paid by UPI (GPay / PhonePe) / Swiped on card / Card payment received / Cheque
    for / Amount of cheque, Mode / Mode of payment, UPI Ref. No. / UTR No. / Auth code, Card, Cheque No. and
    bank, Cheque date; RECEIVED WITH THANKS / PAID / RECEIVED - BOXES HANDED OVER / PAID - GOODS DELIVERED /
    CHEQUE IN CLEARING - GOODS ON REALISATION / CHEQUE BOUNCED - STOP PAYMENT BY DRAWER, GOODS WITHHELD, the
    rubber stamp) and two of the accounts desk's e-mails (Receipt of payment: a season's pulp booking's
    Advance paid towards booking / Booking advance received with the Balance payable at delivery and UTR;
    ADVANCE RECEIVED - SEASON BOOKING CONFIRMED; an online pulp order's UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    advance = k == 2
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@sathyehapus.in>",
            [
                "We have received your payment",
                f"Payment receipt - {SHORT}",
                "Acknowledgement of funds received",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Pulp unit, Plot D-27, MIDC Zadgaon, Ratnagiri  |  Accounts")
        p.add("center", "Receipt of payment")
        p.add("rule")
        p.part = "body"
    else:
        cannery = unit == "cannery"
        me = rng.choice([CANNERY, CANNERY.upper()] if cannery else [ORCHARD, ORCHARD.upper(), COMPANY])
        where = UNITS[1] if cannery else UNITS[0]
        p = paper_page(rng, font, [680, 720, 760])
        if cannery:
            kinds = ["COUNTER RECEIPT - PULP CANS", "SALE RECEIPT - FACTORY COUNTER"]
        elif kind == "raw":
            kinds = ["RECEIPT - RAW MANGO FOR PICKLE", "CASH BILL - RAW MANGO (KG)"]
        else:
            kinds = ["SALE RECEIPT - ORCHARD GATE", "CASH BILL - MANGO BOXES"]
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}"
            if me != COMPANY
            else "Ratnagiri Alphonso - orchard and packing shed, Pawas",
            where[1],
            where[2],
            kinds,
        )
    date_row(p, j, ["Bill date", "Date of sale", "Date"], PATS_IN)
    if not j.no_ref:
        rno = f"{rng.choice(['SA', 'CB', 'SPW'])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Cash bill No.", "Receipt Sr. No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    wrap_pair(p, rng.choice(["Sold to", "Customer (buyer)", "Received from"]), party)
    item, unit_name, lo, hi = GOODS[kind]
    if kind == "pulp":
        n = rng.randrange(300, 1200) if advance else rng.randrange(6, 90)
        rate = float(rng.randrange(lo, hi, 5))
        base = round(n * rate, 2)
        p.add("left", item)
        p.pair(f"  {n} {unit_name} x {rate:,.2f}", rs(base))
        gst = round(base * 0.05, 2)
        p.pair("GST @ 5%", rs(gst))
        bill = round(base + gst, 2)
    elif kind == "raw":
        kg = rng.randrange(40, 900)
        rate = float(rng.randrange(lo, hi))
        bill = round(kg * rate, 2)
        p.add("left", item)
        p.pair(f"  {kg} kg x {rate:,.2f}", rs(bill))
    else:
        bill = 0.0
        for size in rng.sample(["Large (280 g+)", "Medium (240-280 g)", "Export grade"], rng.randrange(1, 3)):
            n = rng.randrange(2, 40)
            rate = float(rng.randrange(lo, hi, 50))
            bill += n * rate
            p.pair(f"2 dozen box, {size}  {n} x {rate:,.0f}", rs(n * rate))
        bill = round(bill, 2)
    p.pair(rng.choice(["Value of goods", "Bill value", "Total"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.4]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque for", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Advance paid towards booking", "Booking advance received"])
    else:
        lab = {
            "cash": rng.choice(["Amount received in cash", "Cash paid"]),
            "UPI": rng.choice(["Amount received by UPI", "Paid by UPI (GPay / PhonePe)"]),
            "card": rng.choice(["Swiped on card", "Card payment received"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair(rng.choice(["Balance payable at delivery", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Mode of payment"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {short_bank(rng.choice(BANKS[:5]))}")
        if not j.no_day:
            p.pair("Cheque date", when(earlier(rng, j, 1, 6), rng.choice(PATS_IN)))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UTR No."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[2:8]), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words = ["ADVANCE RECEIVED - SEASON BOOKING CONFIRMED"]
    elif kind == "boxes":
        words.append("RECEIVED - BOXES HANDED OVER")
    else:
        words.append("PAID - GOODS DELIVERED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE IN CLEARING - GOODS ON REALISATION",
        "failed": "CHEQUE BOUNCED - STOP PAYMENT BY DRAWER, GOODS WITHHELD",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Fruit once sold is not taken back. Cheques subject to realisation.")
    if unit != "mail":
        right(p, f"For {SHORT} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "SATHYE PULP WORKS" if unit == "cannery" else "SATHYE AMRAI",
            "MIDC ZADGAON, RATNAGIRI" if unit == "cannery" else "PAWAS, RATNAGIRI",
            None if j.no_day else j.date,
            word.split(" - ")[0].split(",")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. cartons, cans, inputs, machines


SUPPLIERS = [
    (
        "Sangameshwar Corrugators Pvt Ltd",
        "5-ply corrugated boxes | Partitions | Flexo printing",
        "Devrukh Road, Sangameshwar, Ratnagiri - 415611, Maharashtra",
        "27",
        "SCP",
    ),
    (
        "Kolhapur Tin Containers",
        "Lacquered tin cans (A10, 850 g) | Double seamed ends",
        "Shiroli MIDC, Kolhapur - 416122, Maharashtra",
        "27",
        "KTC",
    ),
    (
        "Rajapur Krishi Seva Kendra",
        "Fertilisers | Plant protection | Orchard inputs",
        "Jawahar Chowk, Rajapur, Ratnagiri - 416702, Maharashtra",
        "27",
        "RKS",
    ),
    (
        "Belgaum Food Process Engineers",
        "Pulpers | Destoners | Steam kettles | Retorts",
        "Udyambag, Belagavi - 590008, Karnataka",
        "29",
        "BFP",
    ),
    (
        "Vasai Ripening Systems LLP",
        "Ethylene ripening chambers | Cold rooms | Service",
        "Navghar, Vasai East, Palghar - 401210, Maharashtra",
        "27",
        "VRS",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "SCP": [
        ("Corrugated box 5-ply - mango, 2 dozen", "4819", "pcs", 28, 42, 18, 500, 6000),
        ("Paper partition / cushion pad", "4823", "pcs", 3, 6, 18, 2000, 20000),
        ("Printed label - Ratnagiri Hapus", "4821", "pcs", 0.8, 1.6, 18, 5000, 30000),
    ],
    "KTC": [
        ("Tin can A10 (3.1 kg), lacquered", "7310", "nos", 38, 52, 18, 1000, 9000),
        ("Tin can 850 g, lacquered", "7310", "nos", 14, 21, 18, 2000, 15000),
        ("Can ends (lids) A10", "7310", "nos", 6, 9, 18, 1000, 9000),
    ],
    "RKS": [
        ("Paclobutrazol 23% SC (1 L)", "3808", "nos", 1350, 1900, 18, 4, 40),
        ("Insecticide for thrips and hopper (500 ml)", "3808", "nos", 420, 780, 18, 6, 60),
        ("Fungicide for powdery mildew (1 kg)", "3808", "nos", 560, 940, 18, 4, 40),
    ],
    "BFP": [
        ("Mango pulper - 2 TPH, SS 304", "8438", "nos", 185000, 260000, 18, 1, 2),
        ("Steam jacketed kettle 500 L", "8419", "nos", 95000, 140000, 18, 1, 2),
        ("Service visit - pulper and destoner", "998719", "job", 4500, 12000, 18, 1, 3),
    ],
    "VRS": [
        ("Ripening chamber service - 2 chambers", "998717", "job", 18000, 36000, 18, 1, 2),
        ("Ethylene generator cartridge", "8419", "nos", 1800, 2600, 18, 2, 12),
        ("Cold room door gasket and heater", "8418", "set", 3200, 6800, 18, 1, 4),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 2, 0, 1]
SUPPLY_WAYS = ["NEFT", "-", "UPI", "RTGS", "NEFT", "-", "NEFT", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Sangameshwar carton maker, the Kolhapur tin can maker, the Rajapur agro input dealer, the Belagavi
    food machinery works and the Vasai ripening chamber firm billing the company (paper: the supplier on top,
    its line, address and GSTIN; GST TAX INVOICE / TAX INVOICE - RECIPIENT'S COPY / TAX INVOICE / DELIVERY
    MEMO, Invoice serial No. / Document No. / Invoice No., Date of invoice / Date of issue / Invoice date,
    Recipient (billed to) / Details of receiver / Billed to the company, Place of delivery / Delivered to the
    orchard or the pulp unit, State code, E-way bill No., Delivery challan No. and Transporter, the boxes,
    partitions, labels, cans, lids, orchard inputs, pulper, kettle, service visits, cartridges or gaskets with
    HSN or SAC, pieces, nos, jobs or sets x rate, Taxable value, CGST and SGST or IGST @ 18%, Round off,
    Invoice value, Less: Advance against proforma and Balance received vide NEFT / RTGS on some, else Amount
    received vide NEFT / RTGS / NEFT credit received / UPI collection received / Received through UPI with UTR
    No. / UTR ref. / UPI Ref. No. / UPI RRN, or By cheque / Cheque tendered with Cheque No. / bank; PAYMENT
    RECEIVED - THANK YOU / FULLY PAID / PAID VIDE NEFT / RTGS / UPI / CHEQUE PRESENTED - CREDIT AWAITED, BILL
    OPEN / CHEQUE DISHONOURED - ACCOUNT CLOSED, BILL UNPAID, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
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
        ["GST TAX INVOICE", "TAX INVOICE - RECIPIENT'S COPY", "TAX INVOICE / DELIVERY MEMO"],
    )
    date_row(p, j, ["Date of invoice", "Date of issue", "Invoice date"], PATS_IN)
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(
            rng.choice(["Invoice serial No.", "Document No.", "Invoice No."]), inv, txn=(INVOICE_RANK, inv)
        )
    ours_to(p, ["Recipient (billed to)", "Details of receiver", "Billed to"])
    wrap_pair(
        p,
        rng.choice(["Place of delivery", "Delivered to"]),
        f"{CANNERY}, MIDC Zadgaon" if tag in ("KTC", "BFP") else f"{ORCHARD}, Pawas",
    )
    p.pair("State code", "Maharashtra (27)")
    p.pair("E-way bill No.", f"{rng.choice('123')}{digits(rng, 11)}")
    p.pair("Delivery challan No.", f"{tag}/DC/{digits(rng, 4)}")
    p.pair("Transporter", rng.choice(["Konkan Roadlines", "Sahyadri Parcel Service", "Own tempo"]))
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "27")
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
    if way in ("NEFT", "RTGS") and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance against proforma", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    if way == "cheque":
        p.pair(rng.choice(["By cheque", "Cheque tendered"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No. / bank", f"{digits(rng, 6)} / {short_bank(rng.choice(BANKS[:6]))}")
    else:
        if adv:
            lab = f"Balance received vide {way}"
        elif way == "UPI":
            lab = rng.choice(["UPI collection received", "Received through UPI"])
        else:
            lab = rng.choice([f"Amount received vide {way}", f"{way} credit received"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR ref."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAYMENT RECEIVED - THANK YOU", "FULLY PAID", f"PAID VIDE {way}"]),
        "pending": "CHEQUE PRESENTED - CREDIT AWAITED, BILL OPEN",
        "failed": "CHEQUE DISHONOURED - ACCOUNT CLOSED, BILL UNPAID",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"E. & O.E. Interest @ 18% p.a. after 30 days. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(
        p,
        " ".join(maker.split()[:2]),
        "ACCOUNTS",
        None if j.no_day else j.date,
        word.split(" - ")[0].split(",")[0],
    )
    return p.done()


# ---------------------------------------------------------------- 6. payees by net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Konkan Reefer Logistics", "Reefer truck Pawas-Vashi - 3 trips, hapus boxes", 24000, 95000),
    ("Turbhe Ripening & Cold Storage LLP", "Ripening chamber and cold store - 12 days", 15000, 80000),
    ("Gavhankar Spraying Services", "Spraying for thrips and hopper - 1,100 trees", 12000, 60000),
    ("Shri Datta Harvest Contractors", "Harvesting gang - second picking, Pawas", 20000, 90000),
    ("Lanja Drip Irrigation Systems", "Drip lines for the new plot - 4 acres", 30000, 150000),
    ("Konkan Food Testing Laboratory Pvt Ltd", "Pulp testing - Brix, acidity, micro (6 lots)", 8000, 45000),
    ("Vinayak Mahadev Joshi", "Orchard lease (khand) - Sadavali plot, 1st instalment", 50000, 250000),
    ("Bhatye Boiler & Steam Services", "Boiler inspection and descaling - pulp unit", 9000, 55000),
]
CORP_PORTALS = [
    ("BOI Star Connect - Corporate", "Bank of India", "starconnectcbs.bankofindia.com/corp/payments/view"),
    ("DBS IDEAL", "DBS Bank India", "ideal.dbs.com/in/payments/transactions"),
    (
        "RDCC Bank Corporate e-Banking",
        "The Ratnagiri District Central Co-operative Bank Ltd",
        "corp.rdccbank.in/fundtransfer/status",
    ),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its reefer trucker, the Turbhe ripening chamber and cold store, the sprayer, the
    harvesting contractor, the drip contractor, the food lab, the landowner of its leased plot and the boiler
    firm: corporate net banking's transaction pages (BOI Star Connect - Corporate, DBS IDEAL, RDCC Bank
    Corporate e-Banking: the portal on top and the bank's line, Payment summary / Transfer enquiry - details,
    the outcome, Payment amount (INR) / Amount remitted / Transfer amount, Counterparty / Beneficiary / payee
    / Beneficiary name, Beneficiary alias, Credit account No. and IFSC of beneficiary bank, From account the
    company, Payment type / Channel NEFT / RTGS / IMPS, Purpose / remarks / Narration, UTR / UTR reference /
    IMPS RRN, CBS reference / Bank txn ref., Customer ref. No., Initiated by / Released by, Posting date /
    Processed on / Value date / Submitted on / Initiated on / Date of rejection / Rejected on; Transaction
    completed - funds sent to beneficiary bank / Status: Completed - UTR received / Awaiting release - second
    authoriser's approval pending / Rejected by beneficiary bank - no such account)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add(
        "small", f"{short_bank(bank)}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction enquiry'])}"
    )
    p.add("center", rng.choice(["Payment summary", "Transfer enquiry - details"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Transaction completed - funds sent to beneficiary bank",
                "Status: Completed - UTR received",
            ],
            "pending": ["Awaiting release - second authoriser's approval pending"],
            "failed": ["Rejected by beneficiary bank - no such account"],
        },
    )
    p.pair(
        rng.choice(["Payment amount (INR)", "Amount remitted", "Transfer amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Counterparty", "Beneficiary / payee", "Beneficiary name"]), who, merchant=who)
    if rng.random() < 0.5:
        p.pair("Beneficiary alias", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "RTN")
    ben = rng.choice(BANKS[:10])
    p.pair("Credit account No.", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC of beneficiary bank", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "From account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment type", "Channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose / remarks", "Narration"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR reference"]) if way != "IMPS" else "IMPS RRN",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["CBS reference", "Bank txn ref."]), tr, txn=(BANK_RANK, tr))
        cref = f"SHA{digits(rng, 8)}"
        p.pair("Customer ref. No.", cref, txn=(ORDER_RANK, cref))
    p.pair("Initiated by / Released by", f"SHAFIN1 / {'-' if status == 'pending' else 'SHADIR2'}")
    date_row(
        p,
        j,
        {
            "success": ["Posting date", "Processed on", "Value date"],
            "pending": ["Submitted on", "Initiated on"],
            "failed": ["Date of rejection", "Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected transfers are reversed to the debit account within one working day.")
    return p.done()


# ---------------------------------------------------------------- 7. pluckers, packers, peelers and growers


# payee, role, kind
WORKERS = [
    ("Santosh Ganpat Mayekar", "Mukadam - plucking gang of 8", "plucking"),
    ("Sunita Vasant Gurav", "Packer - box packing", "packing"),
    ("Pawas Amba Bagayatdar Sangh", "Growers' association", "grower"),
    ("Dattaram Shankar Kadam", "Rakhandar (watchman) - Sadavali plot", "watch"),
    ("Ashwini Prakash Surve", "Peeler - pulping section", "pulping"),
    ("Nandkumar Raghunath Pednekar", "Grower - Gavkhadi", "grower"),
    ("Ramesh Laxman Shinde", "Plucker", "plucking"),
    ("Vaishali Suresh Chavan", "Packer - grading table", "packing"),
]
WORK_FRAMES = ["paper", "decentro", "paper", "bhim", "paper", "decentro", "phonepe", "paper"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), the add-on, net labels
WORK = {
    "plucking": (
        ["PLUCKING CHARGES VOUCHER (PER CRATE)", "HARVESTING WAGES - CRATE RATE"],
        ["Paid to (mukadam)", "Name of plucker"],
        "Crates plucked: {q} x {rate}",
        (18, 30),
        (80, 420),
        "Add: Zela (plucking pole) allowance",
        ["Net plucking charges paid", "Net paid"],
    ),
    "packing": (
        ["PACKING WAGES VOUCHER - BOX RATE", "GRADING & PACKING - PIECE RATE SLIP"],
        ["Name of packer", "Packer's name"],
        "Boxes packed: {q} x {rate}",
        (6, 11),
        (150, 900),
        "Add: Sunday packing allowance",
        ["Net packing wages", "Net paid"],
    ),
    "grower": (
        ["FRUIT PURCHASE VOUCHER - GROWER", "MANGO PURCHASE PATTI - PULP UNIT"],
        ["Grower's name", "Paid to (grower)"],
        "Alphonso for pulp: {q} kg x {rate}",
        (38, 72),
        (400, 3500),
        "",
        ["Net amount paid to grower", "Net paid"],
    ),
    "watch": (
        ["RAKHANDAR PAYMENT VOUCHER - MONTHLY", "WATCH AND WARD VOUCHER - ORCHARD"],
        ["Name of rakhandar", "Paid to (watchman)"],
        "Days on watch: {q} x {rate}",
        (350, 500),
        (20, 31),
        "Add: Night round allowance",
        ["Net amount paid", "Net paid"],
    ),
    "pulping": (
        ["PULPING SECTION - CRATE RATE VOUCHER", "PEELING WAGES VOUCHER - PER CRATE"],
        ["Worker (peeler)", "Paid to (peeler)"],
        "Crates peeled and pulped: {q} x {rate}",
        (9, 16),
        (120, 600),
        "Add: Overtime - 3 hours",
        ["Net wages paid", "Net paid"],
    ),
}
# kind: the row that names where or how (label, value), no fact
WORK_EXTRA = {
    "plucking": ("Gang size", "8 pluckers and 2 carriers"),
    "packing": ("Packing shed", "Sadavali Wadi, Pawas"),
    "grower": ("Survey No. of orchard", "Gat No. 214/3, Gavkhadi"),
    "watch": ("Plot", "Sadavali - 1,100 trees"),
    "pulping": ("Shift", "Day shift (7 am - 3 pm)"),
}


def orchard_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its pluckers and their mukadam by the crate, its packers by the box, its peelers by
    the crate, its watchman by the day and the growers it buys pulp fruit from by the kilo: its printed
    PLUCKING CHARGES VOUCHER (PER CRATE) / HARVESTING WAGES - CRATE RATE / PACKING WAGES VOUCHER - BOX RATE /
    GRADING & PACKING - PIECE RATE SLIP / FRUIT PURCHASE VOUCHER - GROWER / MANGO PURCHASE PATTI - PULP UNIT /
    RAKHANDAR PAYMENT VOUCHER - MONTHLY / WATCH AND WARD VOUCHER - ORCHARD / PULPING SECTION - CRATE RATE
    VOUCHER / PEELING WAGES VOUCHER - PER CRATE (the company on top with the orchard's or the pulp unit's
    line, V. No. / Voucher No., Date / Voucher date / Date of payment, Paid to (mukadam) / Name of plucker /
    Name of packer / Packer's name / Grower's name / Paid to (grower) / Name of rakhandar / Paid to (watchman)
    / Worker (peeler) / Paid to (peeler), Role, Gang size / Packing shed / Survey No. of orchard / Plot /
    Shift (no fact), the crates, boxes, kilos or days x rate, Add: Zela (plucking pole) allowance / Add:
    Sunday packing allowance / Add: Night round allowance / Add: Overtime - 3 hours, Gross amount, Less:
    Spongy tissue fruit rejected - n kg / Less: Transport to pulp unit / Less: Uchal (advance) recovered, Net
    plucking charges paid / Net packing wages / Net amount paid to grower / Net amount paid / Net wages paid /
    Net paid, Mode Cash / UPI / IMPS / NEFT; PAID / PAID - AMOUNT RECEIVED / PAID - MUKADAM SIGNED / PAID -
    GROWER SIGNED PATTI / PAID IN CASH AT ORCHARD / PAID IN CASH AT PULP UNIT), Decentro's payout pages
    (Decentro on top and Payouts | the company under it, the outcome, the sum large, Payee name / Beneficiary,
    Payee ID, Destination, Payment mode, Purpose, Decentro txn ID, UTR / RRN, Client reference ID, Completed
    on / Queued on / Failed on; Payout credited to beneficiary / Status: COMPLETED / Scheduled - will be sent
    in the next payout batch / Failed - beneficiary bank declined the credit, amount returned to balance), a
    BHIM and a PhonePe screen."""
    k = place("orchard_pay")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=800, high=26000, p_round=0.9)
    who, role, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), add, nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "decentro":
        j.amount = rupees(rng, 30000, 240000, 0.5) if kind == "grower" else j.amount
        did = f"DCTRTX{digits(rng, 11)}"
        p = browser_page(
            rng, font, "dashboard.decentro.tech/payouts/transactions" + ("" if j.no_ref else f"/{did}")
        )
        p.part = "head"
        top(p, "Decentro")
        p.add("small", f"Payouts  |  {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payout credited to beneficiary", "Status: COMPLETED"],
                "pending": ["Scheduled - will be sent in the next payout batch"],
                "failed": ["Failed - beneficiary bank declined the credit, amount returned to balance"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Payee name", "Beneficiary"]), who, merchant=who)
        p.pair("Payee ID", f"PYE{digits(rng, 7)}")
        way = "IMPS" if kind == "grower" else rng.choice(["IMPS", "UPI"])
        p.pair(
            "Destination",
            f"{short_bank(rng.choice(BANKS[:3]))} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{rng.randrange(10, 99)}@okaxis",
        )
        p.pair("Payment mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Purpose",
            rng.choice(["Pulp fruit - Pawas growers' lot", "Fruit purchase patti"])
            if kind == "grower"
            else rng.choice(["Packing wages - week 2", "Box packing - piece rate"]),
        )
        if not j.no_ref:
            p.pair("Decentro txn ID", did, txn=(TXN_RANK, did))
            if status == "success":
                p.pair("UTR / RRN", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"SHA-{kind[:4].upper()}-{digits(rng, 5)}"
            p.pair("Client reference ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {"success": ["Completed on"], "pending": ["Queued on"], "failed": ["Failed on"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Failed payouts are credited back to your Decentro virtual account.")
        return p.done()
    if frame in ("bhim", "phonepe"):
        j.amount = rupees(rng, 600, 6000, 0.9) if kind == "plucking" else rupees(rng, 4000, 15000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment receipt"])
        p.part = "head"
        p.add("title", "BHIM UPI" if frame == "bhim" else "PhonePe")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment sent", "Paid", "Payment successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'upi', 'okicici', 'axl'])}",
            method="UPI",
        )
        p.pair(
            "Message",
            rng.choice(
                ["Rakhandar pagar", "Watch - Sadavali"] if kind == "watch" else ["Plucking charges", "Crates"]
            ),
        )
        if not j.no_ref:
            if frame == "phonepe":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                tid = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
            else:
                p.pair(rng.choice(["UPI Ref No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Bank of India XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    at_unit = kind in ("pulping", "grower")
    unit = UNITS[1] if at_unit else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{CANNERY if at_unit else ORCHARD}",
        unit[1],
        unit[2],
        heads,
        merchant=False,
    )
    date_row(p, j, ["Date", "Voucher date", "Date of payment"], PATS_IN)
    if not j.no_ref:
        vno = f"{kind[0].upper()}V/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["V. No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Role", role)
    extra_label, extra_value = WORK_EXTRA[kind]
    wrap_pair(p, extra_label, extra_value)
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if add and rng.random() < 0.5:
        extra = float(rng.choice([200, 300, 450, 600]))
        p.pair(add, rs(extra))
        gross += extra
    p.pair("Gross amount", rs(gross))
    cut = 0.0
    if kind == "grower":
        kg = rng.randrange(10, 120)
        cut = round(kg * rate, 2)
        p.pair(f"Less: Spongy tissue fruit rejected - {kg} kg", rs(cut))
        if rng.random() < 0.5:
            lorry = float(rng.choice([800, 1200, 1500]))
            p.pair("Less: Transport to pulp unit", rs(lorry))
            cut += lorry
    elif gross > 3000 and rng.random() < 0.5:
        cut = float(rng.choice([300, 500, 1000]))
        p.pair("Less: Uchal (advance) recovered", rs(cut))
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    if k == 7:
        way = "Cash"
    elif kind == "grower":
        way = "NEFT"
    else:
        way = rng.choice(["UPI", "IMPS", "Cash"])
    p.pair(
        "Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking", "NEFT": "netbanking"}[way]
    )
    if not j.no_ref and way != "Cash":
        if way == "NEFT":
            ref = bank_ref(rng, j, "Bank of India", "NEFT")
            p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
        else:
            p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - AMOUNT RECEIVED"]
    if way == "Cash":
        words.append("PAID IN CASH AT PULP UNIT" if at_unit else "PAID IN CASH AT ORCHARD")
    if kind == "grower":
        words.append("PAID - GROWER SIGNED PATTI")
    if kind == "plucking":
        words.append("PAID - MUKADAM SIGNED")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of payee")
    return p.done()


# ---------------------------------------------------------------- 8. MSAMB, Gram Panchayat, MIDC, APMC, ...


FEE_FRAMES = ["msamb", "gp", "midc", "apmc", "eia", "agmark", "dish", "gi"]
FEE_OK = [
    "Payment successful",
    "Payment confirmed - e-receipt generated",
    "Amount credited to the department's account",
]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def fee_heads(p: Screen, rs, heads: list[tuple[str, float]]) -> float:
    """The heads of a fee, each on its row; their sum."""
    total = 0.0
    for head, value in heads:
        wrap_pair(p, head, rs(value))
        total += value
    return round(total, 2)


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a Ratnagiri orchard, packing shed and pulp unit: the Maharashtra State Agricultural
    Marketing Board's vapour heat treatment charges for export mangoes (Maharashtra State Agricultural
    Marketing Board / MSAMB / capitals on top and the Export Facility Centre (VHT), Vashi line, Name of
    exporter, Commodity, Quantity treated, Treatment batch No., VHT charges @ Rs n per kg, Packing house
    charges, GST @ 18%, Total amount paid / Amount received, Transaction ID, Bank Ref No., Receipt No.), Gram
    Panchayat Pawas's tax page (Gram Panchayat Pawas / GRAM PANCHAYAT PAWAS on top and the Panchayat Samiti
    line, Property holder, Property No., Ward, House tax (gharpatti), Water tax (panipatti), Street light tax
    (divabatti), Sanitation tax, Total tax paid / Amount paid / Total amount / Amount, Transaction ID, Bank
    Ref No., Receipt No.; Payment failed - tax not credited to the Gram Panchayat), MIDC's service charges
    (Maharashtra Industrial Development Corporation / MIDC / capitals on top and the Regional Office line,
    Name of allottee, Plot No., Plot area, Service charges, Interest on arrears, GST @ 18%, Total amount paid
    / Amount paid, Transaction ref. No., Bank Ref No., Challan No.), the Ratnagiri APMC's trader licence
    (Agricultural Produce Market Committee, Ratnagiri / Krishi Utpanna Bazar Samiti, Ratnagiri on top and the
    Act line, Name of licence holder, Licence No., Trader's licence renewal fee, Market fee on mango arrivals,
    Total amount paid / Amount paid, Transaction ID, Receipt No.), the Export Inspection Agency - Mumbai's
    certification fee (the agency on top, capitals where so printed, and the Export Inspection Council line,
    Name of exporter, Consignment, Inspection and certification fee, Laboratory testing charges, GST @ 18%,
    Total fee paid / Amount paid, Payment ID, Bank Ref No.), the Directorate of Marketing & Inspection's
    AGMARK charges (the directorate on top, capitals where so printed, and the Ministry line, Authorised
    packer, C.A. No., Grading and marking charges, Certificate fee, Total fee paid / Amount paid / Amount /
    Total amount, Transaction ID, Bank Ref No.; Payment initiated - confirmation from bank awaited,
    certificate not yet issued), the Directorate of Industrial Safety and Health's factory licence renewal
    (Directorate of Industrial Safety and Health, Maharashtra / DISH, Maharashtra on top and the Labour
    Department line, Name of factory, Registration No., Workers (max.) and Power installed (no fact), Licence
    renewal fee, Late fee, Total fee paid / Amount paid, Transaction ID, GRN) and the Geographical Indications
    Registry's authorised user fee (the registry on top, capitals where so printed, and the Intellectual
    Property India line, Name of applicant, Geographical indication, GI application No., Official fee - Form
    GI-3A, Total fee paid / Amount paid, Transaction ID, Bank Ref No., CBR No.); Payment successful / Payment
    confirmed - e-receipt generated / Amount credited to the department's account."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    dates = ["Payment date", "Date of payment", "Paid on"]
    if frame == "msamb":
        p = browser_page(rng, font, f"msamb.com/exportfacility/vht/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Maharashtra State Agricultural Marketing Board",
                "MSAMB",
                "MAHARASHTRA STATE AGRICULTURAL MARKETING BOARD",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Export Facility Centre (VHT), Vashi, Navi Mumbai  |  Facility charges")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of exporter", firm)
        p.pair("Commodity", "Fresh Alphonso mango (export)")
        kg = rng.randrange(1800, 9000, 50)
        p.pair("Quantity treated", f"{kg:,} kg")
        p.pair("Treatment batch No.", f"VHT/{digits(rng, 4)}")
        per = float(rng.choice([12, 14, 16]))
        vht = kg * per
        pack = float(rng.choice([1500, 2500, 3500]))
        base = fee_heads(
            p, rs, [(f"VHT charges @ Rs {per:.0f} per kg", vht), ("Packing house charges", pack)]
        )
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(base + gst, 2)
        p.pair(rng.choice(["Total amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"MSAMB{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"VSH/VHT/{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, dates, pats)
        foot = (
            "Treated fruit is released against the phytosanitary certificate of the plant quarantine officer."
        )
    elif frame == "gp":
        p = browser_page(rng, font, f"mahaegram.gov.in/taxpayment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Gram Panchayat Pawas", "GRAM PANCHAYAT PAWAS"])
        top(p, name, merchant=name)
        p.add("small", "Panchayat Samiti Ratnagiri, Zilla Parishad Ratnagiri  |  Online tax payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": FEE_OK, "failed": ["Payment failed - tax not credited to the Gram Panchayat"]},
        )
        wrap_pair(p, "Property holder", firm)
        p.pair("Property No.", f"PWS/{rng.randrange(1, 6)}/{digits(rng, 4)}")
        p.pair("Ward", rng.choice(["Ward No. 3 (Sadavali Wadi)", "Ward No. 2 (Gavkhadi)"]))
        heads = [
            ("House tax (gharpatti) 2026-27 - packing shed", float(round(rng.uniform(4200, 9800)))),
            ("Water tax (panipatti)", float(rng.choice([600, 900, 1200]))),
            ("Street light tax (divabatti)", float(rng.choice([150, 250, 300]))),
        ]
        if rng.random() < 0.5:
            heads.append(("Sanitation tax", float(rng.choice([200, 300, 400]))))
        j.amount = fee_heads(p, rs, heads)
        p.pair(
            rng.choice(
                ["Total tax paid", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"GPPWS{digits(rng, 10)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"GP/PWS/{digits(rng, 5)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            dates if status == "success" else ["Transaction date", "Attempted on"],
            hour=rng.random() < 0.5,
        )
        foot = (
            "This is a computer generated receipt of the Gram Panchayat."
            if status == "success"
            else "If your account was debited, the bank returns the amount within 7 working days."
        )
    elif frame == "midc":
        p = browser_page(rng, font, f"services.midcindia.org/epayment/servicecharges/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Maharashtra Industrial Development Corporation",
                "MIDC",
                "MAHARASHTRA INDUSTRIAL DEVELOPMENT CORPORATION",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Regional Office, Ratnagiri  |  Service charges - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of allottee", firm)
        p.pair("Plot No.", "D-27, Zadgaon industrial area")
        area = rng.randrange(1800, 4200, 100)
        p.pair("Plot area", f"{area:,} sq m")
        per = rng.choice([4.5, 5.0, 6.0])
        heads = [("Service charges 2026-27", round(area * per, 2))]
        if rng.random() < 0.4:
            heads.append(("Interest on arrears", float(rng.choice([350, 720, 1150]))))
        base = fee_heads(p, rs, heads)
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(base + gst, 2)
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"MIDC{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Challan No.", INVOICE_RANK, f"RTN/SC/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, dates, pats)
        foot = "Service charges are payable in advance for the year; water charges are billed separately."
    elif frame == "apmc":
        p = browser_page(rng, font, f"apmcratnagiri.org/licence/renewal/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(
            ["Agricultural Produce Market Committee, Ratnagiri", "Krishi Utpanna Bazar Samiti, Ratnagiri"]
        )
        top(p, name, merchant=name)
        p.add(
            "small", "Maharashtra Agricultural Produce Marketing (Development & Regulation) Act  |  e-Payment"
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of licence holder", firm)
        p.pair("Licence No.", f"APMC/RTN/T/{digits(rng, 4)}")
        heads = [
            ("Trader's licence renewal fee 2026-27", float(rng.choice([1000, 1500, 2000]))),
            ("Market fee on mango arrivals", float(round(rng.uniform(2500, 14000)))),
        ]
        j.amount = fee_heads(p, rs, heads)
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"APMCR{digits(rng, 10)}"),
                ("Receipt No.", INVOICE_RANK, f"KUBS/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, dates, pats)
        foot = "Keep the licence displayed at the place of business."
    elif frame == "eia":
        p = browser_page(rng, font, f"eicindia.gov.in/epayment/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Export Inspection Agency - Mumbai", "EXPORT INSPECTION AGENCY - MUMBAI"])
        top(p, name, merchant=name)
        p.add(
            "small",
            "Export Inspection Council of India, Ministry of Commerce & Industry  |  Certification fee",
        )
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of exporter", firm)
        cartons = rng.randrange(600, 2400, 20)
        wrap_pair(p, "Consignment", f"Alphonso mango pulp - {cartons:,} cartons of 6 x A10")
        base = fee_heads(
            p,
            rs,
            [
                ("Inspection and certification fee", float(rng.choice([4500, 6000, 7500]))),
                ("Laboratory testing charges", float(rng.choice([3200, 4800, 6400]))),
            ],
        )
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(base + gst, 2)
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"EIC{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, dates, pats)
        foot = "The health certificate is issued after the samples pass the laboratory tests."
    elif frame == "agmark":
        p = browser_page(rng, font, f"agmarkonline.dmi.gov.in/payment/status/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Directorate of Marketing & Inspection", "DIRECTORATE OF MARKETING & INSPECTION"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Agriculture & Farmers Welfare  |  AGMARK grading for export")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": FEE_OK,
                "pending": ["Payment initiated - confirmation from bank awaited, certificate not yet issued"],
            },
        )
        wrap_pair(p, "Authorised packer", firm)
        p.pair("C.A. No.", f"MH/FRT/{digits(rng, 4)}")
        cartons = rng.randrange(300, 1800, 10)
        j.amount = fee_heads(
            p,
            rs,
            [
                (f"Grading and marking charges - {cartons:,} cartons", float(cartons * rng.choice([2, 3]))),
                ("Certificate fee", float(rng.choice([500, 1000]))),
            ],
        )
        p.pair(
            rng.choice(
                ["Total fee paid", "Amount paid"] if status == "success" else ["Amount", "Total amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"DMI{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
        fee_refs(p, j, refs)
        date_row(p, j, dates if status == "success" else ["Initiated on", "Transaction date"], pats)
        foot = "Do not pay again for this request; the status is updated once the bank confirms."
    elif frame == "dish":
        p = browser_page(rng, font, "mahadish.gov.in/factorylicence/renewal/challan")
        p.part = "head"
        name = rng.choice(["Directorate of Industrial Safety and Health, Maharashtra", "DISH, Maharashtra"])
        top(p, name, merchant=name)
        p.add("small", "Industries, Energy and Labour Department  |  Factory licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of factory", f"{CANNERY} ({firm})")
        p.pair("Registration No.", f"RTN/{digits(rng, 5)}")
        workers = rng.randrange(20, 90)
        p.pair("Workers (max.)", str(workers))
        p.pair("Power installed", f"{rng.randrange(40, 180)} HP")
        heads = [("Licence renewal fee (1 year)", float(rng.choice([4000, 6500, 9000])))]
        if rng.random() < 0.4:
            heads.append(("Late fee", float(rng.choice([1000, 2000]))))
        j.amount = fee_heads(p, rs, heads)
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"DISH{digits(rng, 11)}"),
                ("GRN", INVOICE_RANK, f"MH{digits(rng, 12)}"),
            ],
        )
        date_row(p, j, dates, pats)
        foot = "The renewed licence is issued online after the GRN is verified with the treasury."
    else:
        p = browser_page(rng, font, "ipindiaonline.gov.in/gi/payment/receipt")
        p.part = "head"
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY"])
        top(p, name, merchant=name)
        p.add("small", "Intellectual Property India, Chennai  |  Authorised user")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": FEE_OK})
        wrap_pair(p, "Name of applicant", firm)
        wrap_pair(p, "Geographical indication", "Alphonso (Ratnagiri, Sindhudurg, Palghar, Thane, Raigad)")
        p.pair("GI application No.", f"GI-AU/{digits(rng, 5)}")
        j.amount = fee_heads(p, rs, [("Official fee - Form GI-3A", float(rng.choice([500, 1000])))])
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"IPO{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("CBR No.", INVOICE_RANK, digits(rng, 5)),
            ],
        )
        date_row(p, j, dates, pats)
        foot = "Quote the CBR No. in all correspondence with the Registry."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "Kshema General Insurance Ltd",
        "kshema.co",
        "Orchard crop cover - Alphonso mango (unseasonal rain)",
        "browser",
        "orchard",
    ),
    (
        "Agriculture Insurance Company of India Ltd",
        "aicofindia.com",
        "Restructured weather based crop insurance - mango",
        "paper",
        "rwbcis",
    ),
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Marine cargo - mango pulp by sea",
        "mail",
        "marine",
    ),
    (
        "Raheja QBE General Insurance Co. Ltd",
        "rahejaqbe.com",
        "Fire and allied perils - pulp unit, plant and stock",
        "browser",
        "fire",
    ),
    (
        "Acko General Insurance Ltd",
        "acko.com",
        "Commercial vehicle package - reefer pickup",
        "mail",
        "vehicle",
    ),
    (
        "ManipalCigna Health Insurance Co. Ltd",
        "manipalcigna.com",
        "Group health - staff and families",
        "mail",
        "health",
    ),
    (
        "Navi General Insurance Ltd",
        "naviinsurance.com",
        "Group personal accident - pluckers and packers",
        "browser",
        "gpa",
    ),
    (
        "Zuno General Insurance Ltd",
        "hizuno.com",
        "Machinery breakdown - pulper, kettle and retort",
        "paper",
        "mb",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its orchard's crop against unseasonal rain, its mango trees under the weather
    based scheme, its pulp by sea, its pulp unit, plant and stock, its reefer pickup, its staff's health, its
    pluckers and packers and its pulper, kettle and retort: the insurers' premium receipts (browser, e-mail,
    printed at the branch: the insurer on top, the product line, ACKNOWLEDGEMENT OF PREMIUM / Premium deposit
    receipt / RECEIPT FOR PREMIUM, the outcome, Policyholder / Insured / proposer / Name of insured, Policy
    No., Proposal No. or Cover note No., Sum insured per hectare and Area insured / Sum insured - orchard
    (1,100 trees) / Annual export turnover declared / Total sum insured (building, machinery, stock) / Insured
    declared value (IDV) and Registration No. / Members covered and Sum insured per member / Persons insured
    and Capital sum insured per person / Sum insured - machinery (new replacement value), Period of insurance,
    Basic premium or Premium - farmer's share @ 5% (GST exempt) or Own damage premium and Third party premium,
    an add-on (Hailstorm add-on, War and SRCC cover, Earthquake cover, Zero depreciation add-on, OPD add-on,
    Hospital cash add-on, Expediting expenses cover), GST @ 18% / GST - Exempt, Total premium paid / Premium
    remitted (incl. GST) / Total premium collected / Amount of cheque / Cheque amount / Premium to be paid /
    Premium payable, Payment mode, Collection ref. No. / Payment txn No., UPI RRN / Bank ref. No., Premium
    deposit No. / Receipt No., Cheque No., Date of receipt / Premium received on / Receipt date / Cheque
    received on / Attempted on / Transaction date; Premium realised - policy schedule issued / Premium
    received - policy PDF sent to your e-mail / CHEQUE RECEIVED - RISK ATTACHES ONLY AFTER CLEARANCE / Payment
    could not be completed - no cover has been issued)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['my', 'online', 'pay'])}.{host}/premium/acknowledgement")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{ins.split(' General')[0].split(' Health')[0].split(' Assurance')[0]} <policy@{host}>",
            ["Premium deposit receipt", "Your premium has been received", "Acknowledgement of premium"],
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
            rng.choice(["Branch Office, Maruti Mandir, Ratnagiri", "Micro Office, Rajapur, Ratnagiri"]),
        )
    p.add(
        "center", rng.choice(["ACKNOWLEDGEMENT OF PREMIUM", "Premium deposit receipt", "RECEIPT FOR PREMIUM"])
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium realised - policy schedule issued",
                "Premium received - policy PDF sent to your e-mail",
            ],
            "pending": ["CHEQUE RECEIVED - RISK ATTACHES ONLY AFTER CLEARANCE"],
            "failed": ["Payment could not be completed - no cover has been issued"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Policyholder", "Insured / proposer", "Name of insured"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 4)}/{rng.choice(['MC', 'FR', 'GH', 'PA'])}/2026/{digits(rng, 6)}")
    elif status == "pending":
        p.pair("Cover note No.", f"CN{digits(rng, 9)}")
    else:
        p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    addon = None
    taxed_heads: list[tuple[str, float]] = []
    exempt = False
    basic_label = "Basic premium"
    if kind == "orchard":
        insured = float(rng.randrange(1500000, 6000000, 50000))
        p.pair("Sum insured - orchard (1,100 trees)", rs(insured))
        basic = round(insured * rng.uniform(0.02, 0.035), 2)
        addon = ("Hailstorm add-on", round(insured * 0.002, 2))
    elif kind == "rwbcis":
        per_ha = float(rng.choice([140000, 170000]))
        area = rng.choice([2.0, 2.5, 3.2, 4.0])
        p.pair("Sum insured per hectare", rs(per_ha))
        p.pair("Area insured", f"{area:.2f} ha")
        basic = round(per_ha * area * 0.05, 2)
        basic_label = "Premium - farmer's share @ 5%"
        exempt = True
    elif kind == "marine":
        turnover = float(rng.randrange(20000000, 120000000, 500000))
        p.pair("Annual export turnover declared", rs(turnover))
        basic = round(turnover * rng.uniform(0.0004, 0.0007), 2)
        addon = ("War and SRCC cover", round(turnover * 0.00005, 2))
    elif kind == "fire":
        insured = float(rng.randrange(30000000, 150000000, 500000))
        wrap_pair(p, "Total sum insured (building, machinery, stock)", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake cover", round(insured * 0.0001, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(550000, 1400000, 5000))
        p.pair("Insured declared value (IDV)", rs(idv))
        p.pair("Registration No.", f"MH-08-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        od = round(idv * rng.uniform(0.012, 0.02), 2)
        taxed_heads = [("Own damage premium", od), ("Third party premium", float(rng.choice([16049, 27186])))]
        addon = ("Zero depreciation add-on", round(idv * 0.003, 2))
    elif kind == "health":
        members = rng.randrange(12, 40)
        p.pair("Members covered", f"{members} (staff, spouses, children)")
        p.pair("Sum insured per member", rs(float(rng.choice([200000, 300000, 500000]))))
        basic = round(members * rng.uniform(4200, 7800), 2)
        addon = ("OPD add-on", round(members * 350.0, 2))
    elif kind == "gpa":
        persons = rng.randrange(20, 60)
        p.pair("Persons insured", str(persons))
        p.pair("Capital sum insured per person", rs(float(rng.choice([300000, 500000]))))
        basic = round(persons * rng.uniform(380, 690), 2)
        addon = ("Hospital cash add-on", round(persons * 45.0, 2))
    else:
        insured = float(rng.randrange(2500000, 9000000, 50000))
        wrap_pair(p, "Sum insured - machinery (new replacement value)", rs(insured))
        basic = round(insured * rng.uniform(0.002, 0.0035), 2)
        addon = ("Expediting expenses cover", round(insured * 0.0002, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 6)}")
    if taxed_heads:
        for head, value in taxed_heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in taxed_heads), 2)
    else:
        p.pair(basic_label, rs(basic))
        taxed = basic
    if addon:
        wrap_pair(p, addon[0], rs(addon[1]))
        taxed = round(taxed + addon[1], 2)
    if exempt:
        p.pair("GST", "Exempt")
        j.amount = taxed
    else:
        gst = round(taxed * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium paid", "Premium remitted (incl. GST)", "Total premium collected"],
        "pending": ["Amount of cheque", "Cheque amount"],
        "failed": ["Premium to be paid", "Premium payable"],
    }[status]
    if exempt and status == "success":
        labels = ["Total premium paid", "Total premium collected"]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {short_bank(rng.choice(BANKS[:4]))}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['CL', 'PX', 'OP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Collection ref. No.", "Payment txn No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 11)
            p.pair(rng.choice(["Premium deposit No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Date of receipt", "Premium received on", "Receipt date"],
            "pending": ["Cheque received on", "Date of receipt"],
            "failed": ["Attempted on", "Transaction date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "The policy is void ab initio if the premium is not realised. Insurance is the subject matter of"
        " solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("SATHYE AMRAI", "SADAVALI WADI, PAWAS", "own"),
    ("PAWAS HIGHWAY FUELS (HPCL)", "NH-66, HATKHAMBA", "fuel"),
    ("SATHYE PULP WORKS", "MIDC ZADGAON, RATNAGIRI", "own"),
    ("HOTEL VASHI RESIDENCY", "SECTOR 17, VASHI", "hotel"),
    ("LANJA KRISHI YANTRA", "MAIN ROAD, LANJA", "shop"),
    ("SATHYE HAPUS", "PAWAS RATNAGIRI 415616", "own"),
    ("HOTEL KASHEDI GHAT", "NH-66, KASHEDI", "food"),
    ("SATHYE AMRAI", "ORCHARD GATE, PAWAS", "own"),
]
TERMINALS = [
    "BANK OF INDIA",
    "HP PAY",
    "ICICI BANK",
    "MOSAMBEE",
    "DBS BANK",
    "WORLDLINE",
    "BHARATPE",
    "KOTAK MAHINDRA BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the orchard's, the pulp unit's and the company's terminals, and the company's card at
    a filling station on NH-66, a Vashi hotel, a farm equipment shop at Lanja and a highway hotel at Kashedi:
    terminal slips (monospace: the terminal's bank or brand on top on some, the counter's name and place in
    capitals, DATE: and TIME: / TRANS DATE: and TRANS TIME: / DATE & TIME:, MID:, TID:, BATCH NO:, TRACE NO:,
    INVOICE: / INV: / BILL NO:, SALE / SALE - CONTACTLESS / SALE - CHIP, CARD NO:, CARD TYPE:, a fuel sale's
    PRODUCT:, PRICE/L:, QTY(L):, FP NO: and VEH NO:, a hotel's ROOM:, APPROVAL: / AUTH CODE:, RET REF NO: /
    RRN:, TOTAL AMT: / AMT (INR): / SALE AMOUNT:; SALE APPROVED / TRANSACTION OK - APPROVED / APPROVED /
    DECLINED - 57 TXN NOT PERMITTED TO CARD / NO RESPONSE FROM ISSUER - VERIFY BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=1500, high=90000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 14500, 0.5)
    elif kind in ("shop", "food"):
        j.amount = rupees(rng, 450, 16500, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%d.%m.%Y"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("TRANS DATE:", d, date=j.date)
            p.pair("TRANS TIME:", t)
        else:
            p.pair("DATE & TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE:", "INV:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CONTACTLESS", "SALE - CHIP"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(94.1, 97.6), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "POWER PETROL"]))
        p.pair("PRICE/L:", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
        p.pair("FP NO:", str(rng.randrange(1, 7)))
        p.pair("VEH NO:", f"MH08{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("ROOM:", str(rng.randrange(101, 512)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPROVAL:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RET REF NO:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["TOTAL AMT:", "AMT (INR):", "SALE AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add(
            "center", rng.choice(["SALE APPROVED", "TRANSACTION OK - APPROVED", "APPROVED"]), status="success"
        )
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 57 TXN NOT PERMITTED TO CARD", status="failed")
    else:
        p.add("center", "NO RESPONSE FROM ISSUER - VERIFY BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, fibre, gas, phone and water


BILLERS = [
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "Consumer No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("Bharat Gas", "Bharat Petroleum Corporation Ltd", "LPG ID"),
    ("Vi Business", "Vodafone Idea Ltd", "Mobile No."),
    ("MIDC Water", "Maharashtra Industrial Development Corporation", "Consumer ID"),
]
BILL_APPS = ["MSEDCL", "PhonePe", "BOI Omni Neo", "Google Pay", "MSEDCL", "Paytm", "Airtel Thanks", "CRED"]
BILL_WHICH = [0, 0, 4, 2, 0, 3, 1, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The orchard's pump and packing shed's and the pulp unit's electricity (MSEDCL), the office fibre
    (Airtel Xstream Fiber), the pulp unit's commercial LPG (Bharat Gas), the manager's business postpaid (Vi
    Business) and the pulp unit's water (MIDC Water) through Bharat Connect in BOI Omni Neo and UPI apps (the
    app on top, the outcome, the sum large, Provider / Biller / Biller name / Utility / Operator as printed,
    Consumer No. / Account No. / LPG ID / Mobile No. / Consumer ID, Account holder / Consumer name, Bill month
    and Due date on some, Paid from Current A/c or UPI, Bharat Connect Txn ID / B-Connect Ref No., UPI RRN,
    Transaction ID on the failed one, Paid on / Payment date & time / Attempted on; Biller has confirmed the
    payment / Paid - biller has received the payment / Bill paid successfully / Payment submitted to biller -
    status will update within 48 hours / Bill payment failed - your money will be back in your account in 5
    working days) and MSEDCL's own receipt page (MSEDCL / Maharashtra State Electricity Distribution Co. Ltd /
    MAHAVITARAN on top with its Government of Maharashtra undertaking line, Consumer No., Billing unit,
    Consumer name, Bill month, Amount received / Amount paid, Payment mode, Transaction ID, Receipt No.,
    Payment received on / Paid on; Payment received - thank you / Payment successful)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=2500, high=68000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3500, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1900, 9800, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 399, 1699, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 1800, 24000, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer No.": f"2{digits(rng, 11)}",
        "Account No.": digits(rng, 11),
        "LPG ID": digits(rng, 17),
        "Mobile No.": f"9{digits(rng, 9)}",
        "Consumer ID": f"MIDC/ZDG/{digits(rng, 5)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "MSEDCL":
        p = browser_page(rng, font, "wss.mahadiscom.in/wss/wss?uiActionName=getPaymentReceipt")
        p.part = "head"
        name = rng.choice([short, long, "MAHAVITARAN"])
        top(p, name, merchant=name)
        p.add("small", "A Government of Maharashtra undertaking  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment received - thank you", "Payment successful"]})
        p.pair(idlab, ids)
        p.pair("Billing unit", rng.choice(["4582 - Ratnagiri (R) S/DN", "4571 - Ratnagiri MIDC S/DN"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount received", "Amount paid"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"MSE{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment received on", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment reflects in your next bill. Keep this receipt till then.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Biller has confirmed the payment",
                "Paid - biller has received the payment",
                "Bill paid successfully",
            ],
            "pending": ["Payment submitted to biller - status will update within 48 hours"],
            "failed": ["Bill payment failed - your money will be back in your account in 5 working days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = "Operator" if which == 3 else rng.choice(["Provider", "Biller", "Biller name", "Utility"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Account holder", "Consumer name"]),
        rng.choice([COMPANY_CAPS, CANNERY.upper(), ORCHARD.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "BOI Omni Neo" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}"
        if way == "Current A/c"
        else f"UPI - {short_bank(rng.choice(BANKS[:6]))}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Google Pay": "GP",
                "Paytm": "PT",
                "Airtel Thanks": "AT",
                "CRED": "CR",
            }.get(app, "BI")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Txn ID", "B-Connect Ref No."]), bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(
        p,
        j,
        ["Paid on", "Payment date & time"] if status == "success" else ["Attempted on"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "KONKAN REEFER LOGIST",
    "TURBHE RIPENING & CO",
    "SANTOSH GANPAT MAYEK",
    "Kolhapur Tin Containers",
    "SHRI DATTA HARVEST C",
    "MSEDCL",
    "Dattaram Shankar Kadam",
    "GRAM PANCHAYAT PAWAS",
]
SENDERS = {
    "Bank of India": "AD-BOIIND",
    "The Ratnagiri District Central Co-operative Bank Ltd": "VM-RDCCBK",
    "DBS Bank India": "JD-DBSBNK",
    "IDFC FIRST Bank": "BP-IDFCFB",
}
SIGNATURES = {
    "Bank of India": "-Bank of India",
    "The Ratnagiri District Central Co-operative Bank Ltd": "-RDCC Bank",
    "DBS Bank India": "-DBS Bank",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AD-BOIIND /
    VM-RDCCBK / JD-DBSBNK / BP-IDFCFB, the day divider, each bank's own wording: "BOI - Your A/c XX1234 is
    debited with Rs.x on <day> / towards <way> to <payee>.", "RDCC Bank: Rs x withdrawn from CA XX1234 on
    <day> / by <way>, beneficiary <payee>.", "DBS: INR x paid from your account ending 1234 on <day> / via
    <way> to <payee>.", IDFC FIRST Bank's UPI "Rs x debited from your IDFC FIRST Bank A/c XX1234 on <day> /
    for UPI txn to <payee>. RRN <ref>"; a transfer that "has FAILED at the beneficiary bank; the amount is
    credited back to your A/c." and one that "is PENDING with the beneficiary bank. Do not initiate it
    again.") and two e-mail debit alerts (Amount (INR) / Debited amount, Paid to / Beneficiary name, Debit
    account, Mode, UTR / RRN, Date of transaction / Posting date, Status: Completed successfully / Transaction
    status: Debited successfully)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=8000, high=380000)
    to = ALERT_PAYEES[k]
    if k in (2, 6):
        j.amount = rupees(rng, 1200, 24000, 0.8)
    elif k in (5, 7):
        j.amount = rupees(rng, 4000, 62000)
    if k in (3, 6):
        bank = rng.choice(["Bank of India", "DBS Bank India"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit transaction alert", "Your account has been debited"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Current account - transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made from your account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary name"]), to, merchant=to)
        p.pair(rng.choice(["Amount (INR)", "Debited amount"]), rs(j.amount), amount=j.amount)
        p.pair("Debit account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - internet banking", method="netbanking")
        date_row(p, j, ["Date of transaction", "Posting date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("UTR / RRN", ref, txn=(UTR_RANK, ref))
        p.add(
            "left",
            rng.choice(["Status: Completed successfully", "Transaction status: Debited successfully"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "Never share your OTP, PIN or password. Report an unauthorised debit to the bank at once.",
        )
        return p.done()
    if k == 2:
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # IDFC FIRST Bank's "for UPI txn to" is its UPI wording; each other bank's debit wording on one success
    bank = {
        0: "Bank of India",
        2: "IDFC FIRST Bank",
        5: "The Ratnagiri District Central Co-operative Bank Ltd",
    }.get(k, "DBS Bank India" if k == 7 else rng.choice(list(SENDERS)[:3]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y", "%d.%m.%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "IDFC FIRST Bank":
            p.add("left", f"Rs {j.amount:.2f} debited from your IDFC FIRST", amount=j.amount)
            p.add("left", f"Bank A/c XX{tail}{on} for UPI txn")
            p.add("left", f"to {to}.", merchant=to, method=method)
        elif bank == "Bank of India":
            p.add("left", f"BOI - Your A/c XX{tail} is debited with Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        elif bank == "DBS Bank India":
            p.add("left", f"DBS: INR {amt} paid from your account ending {tail}{on}", amount=j.amount)
            p.add("left", f"via {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"RDCC Bank: Rs {amt} withdrawn from CA XX{tail}{on}", amount=j.amount)
            p.add("left", f"by {way}, beneficiary {to}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "has FAILED at the beneficiary bank; the amount is credited back to your A/c.",
            "pending": "is PENDING with the beneficiary bank. Do not initiate it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "IDFC FIRST Bank":
            p.add("left", f"RRN {ref}. Not you? Call 1800 10 888.", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS RRN", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "IDFC FIRST Bank":
            p.add("small", "-IDFC FIRST Bank", status="success")
        else:
            p.add("left", f"Avl Bal Rs.{rupees(rng, 25000, 2600000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Call the bank immediately", "If not done by you, report to the bank"]
                ),
            )
    if bank != "IDFC FIRST Bank":
        p.add("small", SIGNATURES[bank])
    return p.done()


compose = compose158

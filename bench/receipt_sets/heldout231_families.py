"""The twelve heldout231 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Kanchipuram silk saree master-weaver firm's day in 2026 in Kanchipuram, Tamil
Nadu (Vegavathi Silk Weaves Pvt Ltd, its zari and silk yarn store, Vegavathi Zari & Yarn Store, on Sali
Street, where the dyed mulberry silk and the half-fine zari are weighed out to the home weavers of
Ayyampettai, Orikkai, Thenambakkam and Thirupparuthikundram and their finished sarees taken in, and its
showroom on Gandhi Road, Vegavathi Pattu Maaligai), told by the proofs of payment it receives and makes:
shoppers', brides' families' and saree shops' UPI screens and the showroom's Paykun and Atom pages, the
Chennai, Bengaluru, Hyderabad, Coimbatore, Madurai, Mumbai and Thrissur saree houses' and Co-optex's payment
advices, importers' inward wires from Singapore, Kuala Lumpur, London, Toronto, Edison, Sydney, Dubai and
Durban in Singapore dollars, ringgit, pounds, Canadian dollars, US dollars, Australian dollars, UAE dirhams
and rand, its own sale bills and receipts, the yarn sold to a weaver and the used zari sold by the gram to a
refiner, the silk yarn, zari, dyeing, jacquard and saree box suppliers' tax invoices, the corporate
net-banking transfers to the parcel service, the graph and card punching centre, the loom works, the zari
testing laboratory, the showroom's landlord, the catalogue studio, the security agency and the
air-conditioning mechanic, the weavers', warp makers', winders' and checkers' per-saree and per-kilo vouchers
and their Zwitch payouts, Paytm and IndOASIS payments, Kanchipuram City Municipal Corporation's, the Tamil
Nadu Labour Welfare Board's, the Fire and Rescue Services', HEPC's, Legal Metrology's, the Geographical
Indications Registry's and the Transport Department's fee pages, the insurers' premium receipts, card terminal
slips, TNPDCL's power and the broadband, landline, postpaid and DTH bills and the banks' SMS and e-mail
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from
the rows the page keeps. Headings, footers, the unit lines, bills listed on an advice, vendor ID, goods
inward, design, loom, assessment, licence, RCMC, authorised user, registration, application, policy, proposal,
consumer, service connection, subscriber, beneficiary ID and record numbers, sarees, kilos, marcs, grams,
warps, rates, returns, rate differences and discount cuts, advances, loan recoveries, yarn shortages, TDS, GST
and cess lines, INR values on the wires, rates of exchange, correspondents, sums insured, limits, wages and
turnovers declared, bill months, half years, periods, due days, shipping bill days, GSTIN, IFSC, UETR,
senders' references, MID, TID, batch, trace and STAN numbers, nick names, the maker and the checker and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``browser_page``,
``mail_page``, ``paper_page``, ``phone_page`` and ``slip_page`` heldout140's; ``fx`` and ``right``
heldout152's; ``seal`` heldout129's; ``wrap_pair`` heldout127's; ``outcome_row`` heldout126's; ``fits`` and
``place`` heldout123's; ``top`` heldout122's; ``outcome`` heldout119's; ``masked`` and ``money`` heldout118's;
``Screen`` heldout113's; ``compose`` is heldout158's (as heldout223's and heldout227's).
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

COMPANY = "Vegavathi Silk Weaves Pvt Ltd"
COMPANY_CAPS = "VEGAVATHI SILK WEAVES PVT LTD"
SHORT = "Vegavathi Silks"
STORE = "Vegavathi Zari & Yarn Store"
SHOWROOM = "Vegavathi Pattu Maaligai"
# unit, address, GST state code
UNITS = [
    ("Zari and silk yarn store", "No. 17, Sali Street, Kanchipuram - 631501, Tamil Nadu", "33"),
    ("Showroom", "No. 48, Gandhi Road, Kanchipuram - 631501, Tamil Nadu", "33"),
]
PATS_IN = ["%d.%m.%Y", "%d/%m/%Y", "{d}-%b-%Y", "%d-%m-%Y", "{d} %B %Y", "%d %b %y", "%B {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %b %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d.%m.%Y", "%b {d}, %Y"]
BANKS = [
    "Indian Bank",
    "Karur Vysya Bank",
    "City Union Bank",
    "Indian Overseas Bank",
    "Tamilnad Mercantile Bank",
    "Tamil Nadu Grama Bank",
    "State Bank of India",
    "Canara Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
]
IFSC = {
    "Indian Bank": "IDIB",
    "Karur Vysya Bank": "KVBL",
    "City Union Bank": "CIUB",
    "Indian Overseas Bank": "IOBA",
    "Tamilnad Mercantile Bank": "TMBL",
    "Tamil Nadu Grama Bank": "IDIB",
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
}
DOMAINS = {
    "Indian Bank": "indianbank.in",
    "Karur Vysya Bank": "kvb.co.in",
    "City Union Bank": "cityunionbank.com",
    "Indian Overseas Bank": "iob.in",
    "Tamilnad Mercantile Bank": "tmb.in",
    "Tamil Nadu Grama Bank": "tngb.in",
    "State Bank of India": "sbi.co.in",
    "Canara Bank": "canarabank.com",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
}
# what the firm sells: the goods, their unit, the price per unit (low, high), GST %
GOODS = {
    "saree": ("Kanchipuram pure silk saree - korvai border, half-fine zari", "pc", 18500, 68000, 5),
    "bridal": ("Bridal silk saree - muhurtham, pure zari, rettai pettu", "pc", 62000, 165000, 5),
    "yarn": ("Dyed mulberry silk yarn (warp) 20/22 den", "kg", 6200, 7600, 5),
    "zari": ("Half-fine zari - 1 marc spool (242 g)", "marc", 5800, 7400, 5),
    "oldzari": ("Used zari (burnt borders) - for silver recovery", "g", 28, 46, 0),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Details of receiver (billed to) / Receiver / Buyer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "IDIB")
    if way in ("IMPS", "UPI"):
        return j.ref
    if j.no_day:
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R6{j.date:%Y%m%d}{digits(rng, 8)}"
    if rng.random() < 0.5:
        return f"{head}N{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 6)}"
    return f"{head}H{j.date:%y}{j.date.timetuple().tm_yday:03d}{digits(rng, 8)}"


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. shoppers and saree shops: UPI, pay pages


SHOP_APPS = ["PhonePe", "Google Pay", "KVB DLite", "Paytm", "Paykun", "CUB All in One", "POP", "Atom"]
SHOP_NOTES = [
    "Silk saree - peacock border",
    "Korvai saree x 2",
    "Bridal saree advance",
    "Pattu pavadai material",
    "Temple border saree",
    "Saree for Amma",
    "Wedding set - 3 sarees",
    "Silk dhoti + angavastram",
]
PAGE_ORDERS = [
    ("Mrs. Padmini Raghavan, Mylapore", "Bridal korvai saree - booking advance"),
    ("Sowmya Krishnan, Bengaluru", "Two silk sarees - video call selection"),
    ("Kalyani Sarees, Vellore", "Half-fine zari sarees x 6 - shop order"),
    ("R. Jayanthi, Coimbatore", "Muhurtham saree - balance before pick-up"),
]
SHOP_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "KVB DLite": ["UPI RRN", "UTR No."],
    "Paytm": ["UPI Reference No.", "UPI Ref. No."],
    "CUB All in One": ["UPI Ref No.", "RRN"],
    "POP": ["UPI Ref ID", "UTR"],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers, brides' families and saree shops paying the showroom or the company: six UPI app screens
    (PhonePe, Google Pay, KVB DLite, Paytm, CUB All in One, POP: on some the payee block above the sum and the
    status under it, on the rest the status, the sum and the payee; the showroom, its capitals, the company's
    capitals or its short name under Paid to / To / Sent to / Transferred to / Merchant paid / Paying to, its
    UPI ID, a Bank account name / Banking name line on some, the sum large, then Date & time / Paid on /
    Transaction time / Payment made on / Initiated on first, Note / Remarks / Purpose, Paid from / Debited
    from / Account used / From, UTR / UPI Ref. No. / UPI transaction ID / UPI Ref No. / UPI RRN / UTR No. /
    UPI Reference No. / RRN / UPI Ref ID, PhonePe's own Transaction ID, Google Pay's Google transaction ID,
    KVB DLite's Txn Ref No., CUB's Transaction No. and POP's POP txn ID on some; Payment successful / Money
    sent to the merchant / Transfer successful - money sent / Awaiting confirmation from the payee's bank -
    check again in a few minutes / Payment declined - UPI PIN entered was wrong, no money debited) and the
    showroom's two payment pages (Paykun, Atom: the showroom or the company on top, the sum large above the
    status, Billing name / Paid by, Product info / Order note, Paid on / Payment date / Transaction date,
    Payment method / Paid via, Paykun's Paykun txn ID, Order ID and Bank RRN or Auth code, Atom's Atom txn ID,
    Merchant txn ID and Bank ref. (UTR) or Auth code; Payment successful / Transaction successful / Payment
    done - order confirmed)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=1500, high=92000, p_round=0.8)
    app = SHOP_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Paykun", "Atom"):
        j.amount = rupees(rng, 18000, 240000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([SHOWROOM, COMPANY, SHORT])
        url = (
            f"checkout.paykun.com/pay/{code(rng, 12, ALNUM + LOWER)}"
            if app == "Paykun"
            else f"payment.atomtech.in/paynetz/epi/fts?ttype=NBFundTransfer&tempTxnId={digits(rng, 9)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                ["Kanchipuram pure silk sarees - since 1978", "No. 48, Gandhi Road, Kanchipuram - 631501"]
            ),
        )
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Transaction successful", "Payment done - order confirmed"]},
        )
        wrap_pair(p, rng.choice(["Billing name", "Paid by"]), who)
        wrap_pair(p, rng.choice(["Product info", "Order note"]), what)
        date_row(p, j, ["Paid on", "Payment date", "Transaction date"], hour=True)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
            f"{masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Paykun":
                pid = digits(rng, 15)
                p.pair("Paykun txn ID", pid, txn=(TXN_RANK, pid))
                oid = f"VPM{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                aid = digits(rng, 11)
                p.pair("Atom txn ID", aid, txn=(TXN_RANK, aid))
                mid = f"VSW-{code(rng, 4, UPPER)}-{digits(rng, 6)}"
                p.pair("Merchant txn ID", mid, txn=(ORDER_RANK, mid))
            if way == "UPI":
                p.pair("Bank RRN" if app == "Paykun" else "Bank ref. (UTR)", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add(
            "small",
            "Payments by Paykun" if app == "Paykun" else "Secured by Atom - NTT DATA Payment Services",
        )
        return p.done()
    to = rng.choice([SHOWROOM, SHOWROOM.upper(), COMPANY_CAPS, SHORT])
    handle = f"vegavathi{rng.choice(['', '.pattu', '48'])}@{rng.choice(['kvb', 'cub', 'ybl', 'okaxis'])}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    words = {
        "success": ["Payment successful", "Money sent to the merchant", "Transfer successful - money sent"],
        "pending": ["Awaiting confirmation from the payee's bank - check again in a few minutes"],
        "failed": ["Payment declined - UPI PIN entered was wrong, no money debited"],
    }
    payee_first = rng.random() < 0.5

    def payee_block() -> None:
        p.add(
            "small",
            rng.choice(
                ["Paid to", "To", "Sent to", "Transferred to", "Merchant paid"]
                if status == "success"
                else ["To", "Paying to"]
            ),
        )
        p.add("center", to, merchant=to)
        p.add("small", handle, method="UPI")
        if app in ("KVB DLite", "CUB All in One", "POP") and to != COMPANY_CAPS and rng.random() < 0.6:
            p.add("small", f"{rng.choice(['Bank account name', 'Banking name'])}: {COMPANY_CAPS}")

    if payee_first:
        payee_block()
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(p, status, words)
    else:
        outcome_row(p, status, words)
        p.add("big", rs(j.amount), amount=j.amount)
        payee_block()
    p.add("rule")
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Transaction time", "Payment made on"]
        if status == "success"
        else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.pair(rng.choice(["Note", "Remarks", "Purpose"]), rng.choice(SHOP_NOTES))
    p.pair(
        rng.choice(
            ["Paid from", "Debited from", "Account used", "From"] if status == "success" else ["From"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
    )
    if not j.no_ref:
        p.pair(rng.choice(SHOP_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app != "Paytm" and rng.random() < 0.7:
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "Google Pay": ("Google transaction ID", f"CICAg{code(rng, 10, ALNUM + LOWER)}"),
                "KVB DLite": ("Txn Ref No.", f"KVB{digits(rng, 13)}"),
                "CUB All in One": ("Transaction No.", f"CUB{digits(rng, 12)}"),
                "POP": ("POP txn ID", f"POP{code(rng, 12, ALNUM)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    p.part = "foot"
    p.add(
        "small", rng.choice(["UPI - BHIM interoperable", "Share receipt  |  Report a problem", "Need help?"])
    )
    return p.done()


# ---------------------------------------------------------------- 2. saree houses' and Co-optex's advices


# payer, its mail, its desk's town, the goods it buys, the frame
PAYERS = [
    (
        "Thyagaraya Silk Emporium Pvt Ltd",
        "payables@thyagarayasilks.in",
        "Pondy Bazaar, T. Nagar, Chennai",
        "saree",
        "portal",
    ),
    (
        "Chickpet Kanjeevaram House",
        "accounts@chickpetkanjeevaram.com",
        "Chickpet, Bengaluru",
        "saree",
        "mail",
    ),
    (
        "The Tamil Nadu Handloom Weavers' Co-operative Society Ltd",
        "purchase@cooptex.gov.in",
        "Co-optex, Egmore, Chennai",
        "saree",
        "paper",
    ),
    ("Abids Silk Saree Centre", "abidssilkcentre@gmail.com", "Abids, Hyderabad", "saree", "paper"),
    ("Cross Cut Road Silks", "finance@crosscutsilks.in", "Gandhipuram, Coimbatore", "bridal", "mail"),
    ("Town Hall Road Silk Palace", "ap@thrsilkpalace.com", "Town Hall Road, Madurai", "saree", "portal"),
    ("Matunga Silk Mandir", "matungasilkmandir@gmail.com", "King's Circle, Matunga, Mumbai", "saree", "mail"),
    (
        "Thrissur Wedding Silks Pvt Ltd",
        "vendors@thrissurweddingsilks.in",
        "Round South, Thrissur",
        "bridal",
        "portal",
    ),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saree houses in Chennai, Bengaluru, Hyderabad, Coimbatore, Madurai, Mumbai and Thrissur and Co-optex
    paying for the silk sarees the firm sent them: a payment advice e-mail, a printed PAYMENT ADVICE - SILK
    SAREE PURCHASES / SUPPLIER REMITTANCE STATEMENT / Advice of credit to supplier and a vendor portal page
    (the payer on top with its desk line; the payee first, Beneficiary (supplier) / Name of supplier / In
    favour of / Payee (weaver firm) / Credited to (supplier) the company, Vendor ID and Goods inward No. (no
    fact); then the payment block, Net amount credited / Amount transferred (net) / Net paid to supplier
    (Amount withheld on the hold, Amount / Amount returned on the return), Payment mode / Mode NEFT / RTGS /
    IMPS, Supplier bank A/c, UTR / NEFT UTR / RTGS UTR No. / IMPS Ref No., Advice No. / Payment voucher No. /
    Remittance statement No., Date of credit / Transfer date / Paid on / Date credited / Withheld on / Advice
    date / Rejected on / Date of return; Status: Credited to supplier account / Payment processed - funds sent
    to your bank / Withheld - Silk Mark labels for the lot awaited / Payment rejected by bank - IFSC does not
    match the branch; and below it the company's bills with their sarees and sums, Gross value of bills /
    Bills total, Less: TDS u/s 194Q @ 0.1%, Less: Return - n sarees (weaving defect) / Less: Rate difference -
    n sarees @ rate / Less: Cash discount @ 2% on some)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment released to {SHORT}", "Supplier remittance statement"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendor.{mail.split('@')[1]}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    p.add(
        "small",
        f"{rng.choice(['Accounts payable', 'Purchase - Silk Section', 'Finance and Accounts'])}, {desk}",
    )
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE - SILK SAREE PURCHASES",
                "SUPPLIER REMITTANCE STATEMENT",
                "Advice of credit to supplier",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    labels = ["Beneficiary (supplier)", "Name of supplier", "In favour of", "Payee (weaver firm)"] + (
        ["Credited to (supplier)"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Vendor ID", f"{rng.choice(['S', 'VS', 'KPM'])}{digits(rng, 6)}")
    p.pair("Goods inward No.", f"GIN/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    # the bills and cuts are drawn first (the net sum), printed after the payment block
    item, unit, lo, hi, _ = GOODS[kind]
    bills: list[tuple[str, str]] = []
    gross = 0.0
    each = float(lo)
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(3, 18) if kind == "saree" else rng.randrange(1, 6)
        each = float(rng.randrange(lo, hi, 50))
        value = round(qty * each, 2)
        gross += value
        bills.append((f"VSW/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} sarees", rs(value)))
    gross = round(gross, 2)
    tds = round(gross * 0.001, 2)
    cuts: list[tuple[str, str]] = []
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        back = rng.randrange(1, 4)
        cut = back * each
        cuts.append((f"Less: Return - {back} saree{'s' if back > 1 else ''} (weaving defect)", rs(cut)))
    elif pick < 0.55:
        many = rng.randrange(3, 12)
        per = float(rng.choice([250, 400, 500, 750]))
        cut = many * per
        cuts.append((f"Less: Rate difference - {many} sarees @ {per:,.0f}", rs(cut)))
    elif pick < 0.7:
        cut = round((gross - tds) * 0.02, 2)
        cuts.append(("Less: Cash discount @ 2%", rs(cut)))
    j.amount = round(gross - tds - cut, 2)
    p.add("left", rng.choice(["Payment details", "Remittance"]))
    lab = {
        "success": ["Net amount credited", "Amount transferred (net)", "Net paid to supplier"],
        "pending": ["Amount withheld"],
        "failed": ["Amount", "Amount returned"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Supplier bank A/c", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[6:]), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'PV', '31'])}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Advice No.", "Payment voucher No.", "Remittance statement No."]),
            doc,
            txn=(INVOICE_RANK, doc),
        )
    date_row(
        p,
        j,
        {
            "success": ["Date of credit", "Transfer date", "Paid on", "Date credited"],
            "pending": ["Withheld on", "Advice date"],
            "failed": ["Rejected on", "Date of return"],
        }[status],
        PATS_IN,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Credited to supplier account",
                "Payment processed - funds sent to your bank",
            ],
            "pending": ["Withheld - Silk Mark labels for the lot awaited"],
            "failed": ["Payment rejected by bank - IFSC does not match the branch"],
        },
    )
    p.add("rule")
    p.add("left", rng.choice(["Bills settled", "Your invoices", "Against the following bills"]))
    for label, value in bills:
        p.pair(label, value)
    p.pair(rng.choice(["Gross value of bills", "Bills total"]), rs(gross))
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    for label, value in cuts:
        p.pair(label, value)
    p.part = "foot"
    p.add("small", "Raise any difference in this statement within 7 days, quoting the advice number.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Serangoon Silk House Pte Ltd", "Little India, Singapore", "SGD", "DBS Bank Ltd", 3000, 60000),
    ("Masjid India Sarees Sdn Bhd", "Kuala Lumpur, Malaysia", "MYR", "Malayan Banking Berhad", 9000, 180000),
    (
        "Southall Silk Emporium Ltd",
        "Southall, London, United Kingdom",
        "GBP",
        "HSBC UK Bank plc",
        2000,
        42000,
    ),
    ("Gerrard Bazaar Textiles Inc", "Toronto, Ontario, Canada", "CAD", "Bank of Montreal", 3500, 70000),
    ("Oak Tree Road Sarees LLC", "Edison, New Jersey, USA", "USD", "Bank of America NA", 2500, 60000),
    (
        "Harris Park Silks Pty Ltd",
        "Harris Park, NSW, Australia",
        "AUD",
        "Commonwealth Bank of Australia",
        3500,
        75000,
    ),
    ("Meena Bazaar Textiles LLC", "Bur Dubai, UAE", "AED", "Emirates NBD Bank PJSC", 9000, 180000),
    (
        "Grey Street Silk Traders (Pty) Ltd",
        "Durban, South Africa",
        "ZAR",
        "The Standard Bank of South Africa Ltd",
        40000,
        700000,
    ),
]
WIRE_BANKS = [
    ("Indian Bank", "browser"),
    ("Indian Overseas Bank", "mail"),
    ("Karur Vysya Bank", "paper"),
    ("City Union Bank", "browser"),
    ("State Bank of India", "mail"),
    ("HDFC Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Tamilnad Mercantile Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.6, 88.9),
    "GBP": (108.4, 113.6),
    "SGD": (63.8, 66.9),
    "MYR": (18.9, 20.1),
    "CAD": (61.2, 64.7),
    "AUD": (55.1, 58.8),
    "AED": (23.3, 24.2),
    "ZAR": (4.62, 4.98),
}
CORRESPONDENT = {
    "USD": "JPMorgan Chase Bank NA, New York",
    "CAD": "Canadian Imperial Bank of Commerce, Toronto",
    "ZAR": "Standard Chartered Bank, Johannesburg",
    "MYR": "Standard Chartered Bank Malaysia Berhad",
}
SHIPPED = [
    "Handwoven pure silk sarees (HSN 50072010)",
    "Kanchipuram silk sarees with zari (HSN 50072010)",
    "Silk dhotis and angavastrams (HSN 50079090)",
    "Bridal silk sarees - 3 cartons by air",
    "Silk pavadai material and sarees (HSN 50072090)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and pounds; a code or sign before the sum
    for Singapore, Canadian and Australian dollars, ringgit (RM) and dirhams, and ZAR or R before the sum or
    ZAR after it for rand."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur == "ZAR" and rng.random() < 0.4:

        def show_after(value: float) -> str:
            return f"{value:,.2f} ZAR"

        return show_after
    mark = rng.choice(
        {
            "SGD": ["SGD ", "S$"],
            "MYR": ["MYR ", "RM "],
            "CAD": ["CAD ", "C$"],
            "AUD": ["AUD ", "A$"],
            "AED": ["AED "],
            "ZAR": ["ZAR ", "R "],
        }[cur]
    )

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Saree importers in Singapore, Kuala Lumpur, London, Toronto, Edison, Sydney, Dubai and Durban paying
    for silk sarees, dhotis and pavadai material: the banks' inward remittance advices (browser, e-mail,
    printed INWARD FOREIGN REMITTANCE - CREDIT CONFIRMATION / Export realisation advice - inward SWIFT /
    Advice of foreign currency receipt (exporter): the bank on top with its forex desk, Date of credit /
    Realisation date / Value date / Proceeds credited on / Date of receipt / Held on / Returned on / Date of
    return first, the remitter's block: Ordering party / Remitter name and address (the importer abroad),
    Ordering institution / Sender's bank, Correspondent bank on some; then Beneficiary (exporter) / Credit to
    beneficiary / Name of beneficiary / Beneficiary customer name the company, Beneficiary A/c, Instructed
    amount / Amount of remittance / Inward amount (FCY) / Remitted sum (FCY) in SGD, MYR, GBP, CAD, USD, AUD,
    AED or ZAR, Charges borne by, Exchange rate applied, Rupee value, Less: Commission and GST, Amount
    credited (INR), Purpose of remittance, Goods, Invoice No. (export), Shipping bill No. and date, Mode,
    Sender's reference, Inward reference No. / IRM No. / Transaction reference, UETR; the status at the foot:
    Proceeds credited to the exporter's account - e-BRC to follow / Status: Proceeds realised - rupee credit
    given / On hold for AML screening - remitter details sought from the sending bank / Remittance returned -
    name of beneficiary does not match the account)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
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
            f"{bank} Forex <forex.kanchipuram@{slug(bank)}>",
            [
                "Inward SWIFT payment received",
                "Foreign currency credit - advice",
                "Export realisation - credit advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"tradeonline.{slug(bank)}/inward/irm/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Cell, Gandhi Road Branch, Kanchipuram",
                "Overseas Branch, Rajaji Salai, Chennai",
                "Trade Finance Centre, Anna Salai, Chennai",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD FOREIGN REMITTANCE - CREDIT CONFIRMATION",
                "Export realisation advice - inward SWIFT",
                "Advice of foreign currency receipt (exporter)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    date_row(
        p,
        j,
        {
            "success": ["Date of credit", "Realisation date", "Value date", "Proceeds credited on"],
            "pending": ["Date of receipt", "Held on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    wrap_pair(p, rng.choice(["Ordering party", "Remitter name and address"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Ordering institution", "Sender's bank"]), pbank)
    if cur in CORRESPONDENT and rng.random() < 0.7:
        wrap_pair(p, "Correspondent bank", CORRESPONDENT[cur])
    p.add("rule")
    wrap_pair(
        p,
        rng.choice(
            [
                "Beneficiary (exporter)",
                "Credit to beneficiary",
                "Name of beneficiary",
                "Beneficiary customer name",
            ]
        ),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair(
        rng.choice(
            ["Instructed amount", "Amount of remittance", "Inward amount (FCY)", "Remitted sum (FCY)"]
        ),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges borne by", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate applied", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("Rupee value", f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Commission and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair(
        "Purpose of remittance", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"])
    )
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Invoice No. (export)", f"VSW/EXP/{rng.randrange(1, 120):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 70), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT (MT103 single customer credit)"]), method="netbanking")
    p.pair("Sender's reference", f"{code(rng, 3, UPPER)}{digits(rng, 9)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FX'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward reference No.", "IRM No.", "Transaction reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    outcome_row(
        p,
        status,
        {
            "success": [
                "Proceeds credited to the exporter's account - e-BRC to follow",
                "Status: Proceeds realised - rupee credit given",
            ],
            "pending": ["On hold for AML screening - remitter details sought from the sending bank"],
            "failed": ["Remittance returned - name of beneficiary does not match the account"],
        },
    )
    p.part = "foot"
    p.add(
        "small",
        "Link this IRM to the shipping bill in EDPMS within the time allowed by FEMA."
        if status == "success"
        else "Contact the forex cell with this reference for any query on the remittance.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the showroom's and the store's receipts


# the party, the way it paid, the unit (showroom, store, or the accounts desk's mail), the goods
SALES = [
    ("Mrs. S. Bhuvaneswari, Tambaram", "UPI", "showroom", "saree"),
    ("Sri Lakshmi Textiles, Arakkonam", "cheque", "showroom", "saree"),
    ("Mrs. Deepa Sundaram, Bengaluru", "NEFT", "mail", "bridal"),
    ("K. Ramalingam (weaver), Ayyampettai", "cash", "store", "yarn"),
    ("Dr. Geetha Prakash, Chennai", "card", "showroom", "bridal"),
    ("Thenambakkam Zari Refiners", "UPI", "store", "oldzari"),
    ("Arani Silk Weavers", "cheque", "store", "zari"),
    ("Ms. Kavitha Ramesh, Madurai", "UPI", "mail", "saree"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The showroom's SALE BILL - SILK SAREES / CASH BILL - SHOWROOM to a Tambaram shopper, an Arakkonam saree
    shop and a Chennai bride's family, the store's RECEIPT - SILK YARN SALE / CASH RECEIPT - YARN STORE /
    RECEIPT - ZARI SALE to a home weaver and an Arani master weaver and its RECEIPT - USED ZARI SOLD FOR
    SILVER RECOVERY / SALE RECEIPT - OLD ZARI to a zari refiner buying burnt borders by the gram (paper: the
    showroom, the store or the company on top with its "A unit of" line, address and GSTIN; Received from /
    Name of customer / Buyer first, then Bill No. / Receipt No. / Receipt Sl. No., Date / Bill date / Dated /
    Date of bill, the sarees, kilos, marcs or grams x rate, CGST @ 2.5% and SGST @ 2.5% on the sarees, yarn
    and zari, Bill amount / Total / Net bill amount / Order value, Received in cash / Cash received / Amount
    paid in cash / UPI payment received / Received by UPI / Paid by card / Received by card / Cheque amount /
    Amount of cheque, the sum in words under it, Mode / Mode of payment, UPI Ref. No. / UPI txn ref. /
    Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - SAREE DELIVERED /
    RECEIVED - YARN WEIGHED AND ISSUED / PAID - OLD ZARI TAKEN BY REFINER / CHEQUE ACCEPTED - GOODS HELD TILL
    CLEARANCE / CHEQUE RETURNED UNPAID - SALE REVERSED, the rubber stamp) and two of the accounts desk's
    Acknowledgement of money received e-mails (a bride's family's Advance received / Booking advance received
    with the Balance due / Balance payable at delivery and the UTR / NEFT UTR No., a Madurai shopper's saree
    by UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@vegavathisilks.in>",
            [
                "Money received with thanks - Vegavathi Silks",
                "Receipt for your saree order",
                "Receipt - Vegavathi Silks",
            ],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Silk sarees - Gandhi Road and Sali Street, Kanchipuram  |  Accounts")
        p.add("center", "Acknowledgement of money received")
        p.add("rule")
        p.part = "body"
    else:
        shop = unit == "showroom"
        me = rng.choice([SHOWROOM, SHOWROOM.upper()] if shop else [STORE, STORE.upper(), COMPANY])
        where = UNITS[1] if shop else UNITS[0]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}"
            if me != COMPANY
            else "Zari, silk yarn and pure silk sarees - master weavers",
            where[1],
            where[2],
            ["SALE BILL - SILK SAREES", "CASH BILL - SHOWROOM"]
            if shop
            else {
                "yarn": ["RECEIPT - SILK YARN SALE", "CASH RECEIPT - YARN STORE"],
                "zari": ["RECEIPT - ZARI SALE", "CASH RECEIPT - YARN STORE"],
                "oldzari": ["RECEIPT - USED ZARI SOLD FOR SILVER RECOVERY", "SALE RECEIPT - OLD ZARI"],
            }[kind],
        )
    wrap_pair(p, rng.choice(["Received from", "Name of customer", "Buyer"]), party)
    if not j.no_ref:
        heads = {"showroom": ["VPM", "SB"], "store": ["VZY", "RC"], "mail": ["VSW", "AR"]}[unit]
        rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Bill No.", "Receipt No.", "Receipt Sl. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Bill date", "Dated", "Date of bill"], PATS_IN)
    advance = k == 2
    item, per, lo, hi, gst_rate = GOODS[kind]
    p.add("left", item)
    if kind == "oldzari":
        grams = rng.randrange(350, 2400)
        rate = round(rng.uniform(lo, hi), 2)
        bill = round(grams * rate, 2)
        p.pair(f"  {grams:,} g x {rate:.2f}", rs(bill))
    else:
        if kind == "yarn":
            qty = round(rng.uniform(1.5, 9.5), 3)
            shown = f"{qty:.3f} kg"
        elif kind == "zari":
            qty = rng.randrange(4, 30)
            shown = f"{qty} marc"
        else:
            qty = rng.randrange(1, 3) if kind == "bridal" else rng.randrange(1, 6 if k != 1 else 14)
            shown = f"{qty} {'saree' if qty == 1 else 'sarees'}"
        rate = float(rng.randrange(lo, hi, 50 if kind in ("saree", "bridal") else 5))
        base = round(qty * rate, 2)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        half = round(base * gst_rate / 200, 2)
        p.pair(f"CGST @ {gst_rate / 2:g}%", rs(half))
        p.pair(f"SGST @ {gst_rate / 2:g}%", rs(half))
        bill = round(base + 2 * half, 2)
    p.pair(
        rng.choice(["Order value", "Total"] if advance else ["Bill amount", "Total", "Net bill amount"]),
        rs(bill),
    )
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.4]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Advance received", "Booking advance received"])
    else:
        lab = {
            "cash": rng.choice(["Received in cash", "Cash received", "Amount paid in cash"]),
            "UPI": rng.choice(["UPI payment received", "Received by UPI"]),
            "card": rng.choice(["Paid by card", "Received by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    p.add("small", f"({words_in_rupees(j.amount)})")
    if advance:
        p.pair(rng.choice(["Balance due", "Balance payable at delivery"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Mode of payment"]),
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -8, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair(rng.choice(["UPI Ref. No.", "UPI txn ref."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[6:]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT UTR No."]), ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "oldzari":
        words.append("PAID - OLD ZARI TAKEN BY REFINER")
    elif kind == "yarn":
        words.append("RECEIVED - YARN WEIGHED AND ISSUED")
    elif not advance:
        words.append("PAID - SAREE DELIVERED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE ACCEPTED - GOODS HELD TILL CLEARANCE",
        "failed": "CHEQUE RETURNED UNPAID - SALE REVERSED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add(
        "small",
        {
            "oldzari": "Used zari is sold by weight as it lies; no return or claim.",
            "yarn": "Yarn is weighed before the buyer; no claim after it leaves the store.",
            "zari": "Zari is weighed before the buyer. Cheques are subject to realisation.",
        }.get(
            kind,
            "Goods once sold are not taken back. Cheques are subject to realisation. Silk Mark label inside.",
        ),
    )
    if unit != "mail":
        right(p, f"For {SHOWROOM if unit == 'showroom' else STORE} - Cashier")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "VEGAVATHI PATTU MAALIGAI" if unit == "showroom" else "VEGAVATHI ZARI & YARN STORE",
            "GANDHI ROAD, KANCHIPURAM" if unit == "showroom" else "SALI STREET, KANCHIPURAM",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. silk yarn, zari, dyeing, jacquard, boxes


SUPPLIERS = [
    (
        "Kollegal Silk Twisting Mills",
        "Twisted mulberry silk | Organzine and tram | Warp and weft yarn",
        "Mudigundam Road, Kollegal - 571440, Karnataka",
        "29",
        "KST",
    ),
    (
        "Udhna Zari Udyog",
        "Half-fine zari | Tested zari | Metallic threads",
        "Road No. 8, Udhna Udyog Nagar, Surat - 394210, Gujarat",
        "24",
        "UZU",
    ),
    (
        "Vaiyavoor Silk Dyeing Works",
        "Silk yarn dyeing | Degumming | Colour matching",
        "Vaiyavoor Road, Kanchipuram - 631502, Tamil Nadu",
        "33",
        "VSD",
    ),
    (
        "Arni Jacquard & Loom Accessories",
        "Jacquard cards | Hooks and needles | Loom spares",
        "Kosapalayam, Arni - 632301, Tamil Nadu",
        "33",
        "AJL",
    ),
    (
        "Sivakasi Saree Box Printers",
        "Rigid saree boxes | Carry bags | Gift packing",
        "Sattur Road, Sivakasi - 626123, Tamil Nadu",
        "33",
        "SSB",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "KST": [
        ("Twisted mulberry silk - warp 2 ply 20/22 den", "5004", "kg", 5600, 6900, 5, 10, 80),
        ("Weft silk - 3 ply 20/22 den", "5004", "kg", 5400, 6600, 5, 10, 60),
    ],
    "UZU": [
        ("Half-fine zari - gold colour, 1 marc spools", "5605", "marc", 5200, 6600, 5, 20, 160),
        ("Tested zari - silver, 240 g spools", "5605", "marc", 6900, 8200, 5, 10, 60),
    ],
    "VSD": [
        ("Silk yarn dyeing - acid dyes, colour matched", "998821", "kg", 260, 420, 5, 40, 320),
        ("Degumming of raw silk", "998821", "kg", 90, 150, 5, 40, 320),
    ],
    "AJL": [
        ("Punched jacquard cards - 240 hooks", "4823", "nos", 6.5, 11, 18, 800, 6000),
        ("Jacquard hooks and needles - set", "8448", "sets", 850, 1600, 18, 2, 20),
        ("Shuttles and pirns", "8448", "nos", 140, 380, 18, 10, 80),
    ],
    "SSB": [
        ("Rigid saree box - gold foil print", "4819", "pcs", 38, 72, 5, 300, 3000),
        ("Paper carry bag - laminated", "4819", "pcs", 14, 26, 5, 300, 3000),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 1, 0, 2]
SUPPLY_WAYS = ["RTGS", "NEFT", "UPI", "-", "NEFT", "RTGS", "UPI", "-"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Kollegal silk twisting mill, the Surat zari maker, the Kanchipuram dyeing works, the Arni jacquard
    and loom accessories dealer and the Sivakasi saree box printer billing the company (paper: the supplier on
    top, its line, address and GSTIN; ORIGINAL TAX INVOICE / TAX INVOICE - ORIGINAL FOR RECEIVER / GST TAX
    INVOICE - ORIGINAL, Invoice Sl. No. / Inv. No. / Invoice No., Invoice date / Date of invoice / Date / Dt.
    of invoice, Details of receiver (billed to) / Receiver / Buyer the company, Consignee (ship to) the store,
    Place of supply, E-way bill No., Docket No. or Vehicle No., the silk, zari, dyeing, cards, hooks,
    shuttles, boxes or bags with HSN or SAC, kg, marcs, nos, sets or pcs x rate, Taxable value, CGST and SGST
    or IGST @ 5% or 18%, Round off, Invoice value, Less: Advance received on order and Balance paid by RTGS /
    NEFT on some, else Paid by RTGS / NEFT / Received by RTGS / NEFT transfer / Paid by UPI / UPI amount
    received with UTR / UTR No. / UPI Ref. No. / UPI Ref No., or Cheque amount / Amount by cheque with Cheque
    No.; PAID / PAID IN FULL BY RTGS / NEFT / UPI / RECEIVED IN FULL - NOTHING OUTSTANDING / CHEQUE IN
    CLEARING - ACCOUNT OPEN TILL CREDIT / CHEQUE RETURNED - SIGNATURE DIFFERS, RE-PAY BY NEFT, in the
    supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
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
        ["ORIGINAL TAX INVOICE", "TAX INVOICE - ORIGINAL FOR RECEIVER", "GST TAX INVOICE - ORIGINAL"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice Sl. No.", "Inv. No.", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date of invoice", "Date", "Dt. of invoice"], PATS_IN)
    ours_to(p, ["Details of receiver (billed to)", "Receiver", "Buyer"])
    wrap_pair(p, "Consignee (ship to)", f"{STORE}, Sali Street, Kanchipuram")
    p.pair("Place of supply", "Tamil Nadu (33)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("VSD", "SSB"):
        p.pair("Vehicle No.", f"TN-{'21' if tag == 'VSD' else '67'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("Docket No.", f"{rng.choice(['STC', 'PRF', 'TPC'])}{digits(rng, 8)}")
    taxable = 0.0
    gst_rate = 5
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
    total = gst_lines(p, rs, taxable, gst_rate, state != "33")
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
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance received on order", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Cheque amount", "Amount by cheque"]), rs(j.amount), amount=j.amount, method="cheque"
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif way == "UPI":
            lab = rng.choice(["Paid by UPI", "UPI amount received"])
        else:
            lab = rng.choice([f"Paid by {way}", f"Received by {way} transfer"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID IN FULL BY {way}", "RECEIVED IN FULL - NOTHING OUTSTANDING"]),
        "pending": "CHEQUE IN CLEARING - ACCOUNT OPEN TILL CREDIT",
        "failed": "CHEQUE RETURNED - SIGNATURE DIFFERS, RE-PAY BY NEFT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. after 30 days. Disputes subject to {town} jurisdiction only.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by net banking


# the payee, the narration, the sum (low, high)
CONTRACTORS = [
    ("Palar Parcel Service", "Parcels to Chennai, Bengaluru and Hyderabad - May", 6000, 38000),
    ("Nila Graph & Card Punching Centre", "Design graphs and 2,400 jacquard cards - 3 designs", 9000, 46000),
    ("Thirupparuthikundram Loom Works", "Pit loom repairs and 2 new jacquards", 28000, 140000),
    ("Madras Zari Testing Laboratory Pvt Ltd", "Zari purity test - silver and gold, 12 samples", 8000, 36000),
    ("Smt. R. Vasantha", "Showroom rent - Gandhi Road, June", 65000, 160000),
    ("Frame & Fold Studios", "Catalogue shoot - 60 bridal sarees", 24000, 90000),
    ("Vedhagiri Security Services", "Showroom security - 3 guards, May", 36000, 72000),
    ("Cool Point Aircon Services", "Showroom AC service - 9 units", 7000, 32000),
]
CORP_PORTALS = [
    ("IOB Corporate Online", "Indian Overseas Bank", "corporate.iobnet.co.in/fundtransfer/txndetails"),
    ("KVB Corporate Connect", "Karur Vysya Bank", "corporate.kvbin.com/payments/txnstatus"),
    ("Indian Bank Corporate Internet Banking", "Indian Bank", "corporate.indianbank.in/payments/view"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its parcel service, the graph and card punching centre, the loom works, the zari
    testing laboratory, the showroom's landlord, the catalogue studio, the security agency and the AC
    mechanic: corporate net banking's transaction pages (IOB Corporate Online, KVB Corporate Connect, Indian
    Bank Corporate Internet Banking: the portal on top and the bank's line, Transaction details / Transfer
    status - detail view, the references first: UTR / UTR No. / IMPS Ref No. and Host reference No. / CBS ref.
    No.; then Beneficiary account name / Transfer to / Beneficiary name / Payee / Beneficiary (credit party),
    Nick name, Beneficiary A/c and IFSC, Debit account the company, Amount transferred / Remittance amount
    (INR) / Transaction amount / Transfer amount (INR), Transfer type / Payment channel NEFT / RTGS / IMPS,
    Narration / Remarks, Created by / Authorised by; the day and the status at the foot: Executed on /
    Transaction date / Value date / Date of execution / Created on / Entered on / Returned on / Rejected on;
    Transfer successful - credit confirmed by beneficiary bank / Status: Executed - UTR received / Pending for
    approval by second signatory / Returned - beneficiary account frozen by bank)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(7,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}?ref={digits(rng, 10)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfer', 'Transaction enquiry', 'Payments'])}")
    p.add("center", rng.choice(["Transaction details", "Transfer status - detail view"]))
    p.add("rule")
    p.part = "body"
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:3]}{digits(rng, 11)}"
        p.pair(rng.choice(["Host reference No.", "CBS ref. No."]), tr, txn=(BANK_RANK, tr))
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(
            [
                "Beneficiary account name",
                "Transfer to",
                "Beneficiary name",
                "Payee",
                "Beneficiary (credit party)",
            ]
        ),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Nick name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "KPM")
    ben = rng.choice(BANKS[:10])
    p.pair("Beneficiary A/c", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(
            ["Amount transferred", "Remittance amount (INR)", "Transaction amount", "Transfer amount (INR)"]
        ),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Transfer type", "Payment channel"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Remarks"]), note)
    p.pair("Created by / Authorised by", f"VSWACCT1 / {'-' if status == 'pending' else 'VSWDIR2'}")
    p.add("rule")
    date_row(
        p,
        j,
        {
            "success": ["Executed on", "Transaction date", "Value date", "Date of execution"],
            "pending": ["Created on", "Entered on"],
            "failed": ["Returned on", "Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Transfer successful - credit confirmed by beneficiary bank",
                "Status: Executed - UTR received",
            ],
            "pending": ["Pending for approval by second signatory"],
            "failed": ["Returned - beneficiary account frozen by bank"],
        },
    )
    p.part = "foot"
    p.add("small", "Returned amounts are credited back to the debit account by the next working day.")
    return p.done()


# ---------------------------------------------------------------- 7. weavers, winders, warp makers, checkers


# payee, role, village, kind
WORKERS = [
    ("M. Selvaraj", "Weaver - pit loom", "Ayyampettai", "weave"),
    ("K. Chitra", "Pirn winder - silk and zari", "Sevilimedu", "wind"),
    ("S. Murugesan", "Weaver - korvai", "Orikkai", "weave"),
    ("P. Dhanalakshmi", "Warp maker - street warping", "Musaravakkam", "warp"),
    ("R. Saravanan", "Weaver - pit loom", "Thirupparuthikundram", "weave"),
    ("V. Kannan", "Saree checker and folder", "Sali Street", "check"),
    ("A. Mohana", "Warp joiner (pinnal)", "Orikkai", "join"),
    ("G. Anbalagan", "Weaver - korvai", "Thenambakkam", "weave"),
]
WORK_FRAMES = ["paper", "paper", "zwitch", "paper", "paytm", "paper", "zwitch", "indoasis"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), net labels
WORK = {
    "weave": (
        ["NESAVU KOOLI VOUCHER - PER SAREE", "WEAVING WAGES SLIP - KORVAI SAREE"],
        ["Name of weaver", "Paid to (weaver)"],
        "Sarees woven and taken in: {q} x {rate}",
        (2800, 6400),
        (1, 5),
        ["Net kooli paid", "Balance paid to weaver"],
    ),
    "wind": (
        ["PIRN WINDING WAGES VOUCHER (PER KG)", "ZARI AND SILK WINDING - PIECE RATE SLIP"],
        ["Name of winder", "Paid to (winder)"],
        "Yarn wound: {q} kg x {rate}",
        (70, 120),
        (20, 90),
        ["Amount disbursed", "Net kooli paid"],
    ),
    "warp": (
        ["PAAVU (WARP) PREPARATION VOUCHER", "STREET WARPING WAGES SLIP"],
        ["Name of warp maker", "Paid to (warp maker)"],
        "Warps prepared: {q} x {rate}",
        (450, 900),
        (4, 16),
        ["Amount disbursed", "Net kooli paid"],
    ),
    "check": (
        ["SAREE CHECKING & FOLDING VOUCHER", "FINISHING SECTION - PIECE RATE SLIP"],
        ["Name of checker", "Paid to (checker)"],
        "Sarees checked and folded: {q} x {rate}",
        (18, 35),
        (120, 480),
        ["Amount disbursed", "Net kooli paid"],
    ),
    "join": (
        ["WARP JOINING (PINNAL) WAGES VOUCHER", "PINNAL WORK - PIECE RATE SLIP"],
        ["Name of joiner", "Paid to (joiner)"],
        "Warps joined: {q} x {rate}",
        (350, 600),
        (4, 14),
        ["Amount disbursed", "Net kooli paid"],
    ),
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its home weavers by the saree and its winders, warp makers, warp joiners and
    checkers by the kilo, the warp or the saree: its printed NESAVU KOOLI VOUCHER - PER SAREE / WEAVING WAGES
    SLIP - KORVAI SAREE / PIRN WINDING WAGES VOUCHER (PER KG) / ZARI AND SILK WINDING - PIECE RATE SLIP /
    PAAVU (WARP) PREPARATION VOUCHER / STREET WARPING WAGES SLIP / SAREE CHECKING & FOLDING VOUCHER /
    FINISHING SECTION - PIECE RATE SLIP (the company on top with the store's line, Voucher No. / Kooli slip
    No., Date / Voucher date / Kooli paid on, Name of weaver / Paid to (weaver) / Name of winder / Paid to
    (winder) / Name of warp maker / Paid to (warp maker) / Name of checker / Paid to (checker), Work, Village,
    Loom No. and Design No. (no fact), the sarees, kilos or warps x rate, Add: Korvai extra (contrast border)
    / Add: Rettai pettu extra / Add: Urgent order extra, Gross kooli, Less: Yarn shortage - n g @ rate / Less:
    Loom advance recovered / Less: Advance recovered, Net kooli paid / Balance paid to weaver / Amount
    disbursed, Mode Cash / UPI / IMPS, UPI Ref. No. / IMPS Ref No.; PAID / PAID IN CASH / PAID - SAREE
    RECEIVED INTO STOCK / PAID - ENTERED IN KOOLI BOOK), Zwitch payout pages for a weaver and a warp joiner
    (Zwitch on top and Payouts - the company under it, the sum large above the status, Beneficiary name /
    Recipient, Beneficiary ID, Account number / VPA, Payment mode, Remarks, Zwitch transfer ID, Bank reference
    (RRN), Merchant reference ID, Processed at / Completed at / Queued at / Created at / Failed at; Payout
    successful - credited to beneficiary account / Payout status: Success - credited / Queued - payout goes
    out once the payout account is topped up / Payout failed - beneficiary name mismatch at the bank), a Paytm
    screen (UPI Ref. No. and Paytm's own Transaction ID) and an IndOASIS screen paying two weavers."""
    k = place("worker_pay")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=900, high=24000, p_round=0.9)
    who, role, village, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "zwitch":
        j.amount = rupees(rng, 3000, 26000, 0.6)
        tid = f"tr_{code(rng, 14, ALNUM + LOWER)}"
        p = browser_page(rng, font, "dashboard.zwitch.io/payouts/transfers" + ("" if j.no_ref else f"/{tid}"))
        p.part = "head"
        top(p, "Zwitch")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payout successful - credited to beneficiary account",
                    "Payout status: Success - credited",
                ],
                "pending": ["Queued - payout goes out once the payout account is topped up"],
                "failed": ["Payout failed - beneficiary name mismatch at the bank"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary name", "Recipient"]), who, merchant=who)
        p.pair("Beneficiary ID", f"ben_{code(rng, 10, ALNUM + LOWER)}")
        way = rng.choice(["IMPS", "UPI"])
        if way == "IMPS":
            p.pair("Account number", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
        else:
            p.pair("VPA", f"{who.split()[-1].lower()}{rng.randrange(10, 99)}@indianbk")
        p.pair("Payment mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Remarks",
            rng.choice(["Korvai saree kooli - 2 sarees", "Weaving kooli - week 23"])
            if kind == "weave"
            else rng.choice(["Pinnal work - 6 warps", "Warp joining kooli"]),
        )
        if not j.no_ref:
            p.pair("Zwitch transfer ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("Bank reference (RRN)", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"VSW-{kind.upper()}-{digits(rng, 6)}"
            p.pair("Merchant reference ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Processed at", "Completed at"],
                "pending": ["Queued at", "Created at"],
                "failed": ["Failed at"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add(
            "small",
            {
                "success": "The beneficiary's bank has confirmed the credit.",
                "pending": "Queued payouts go out in the order they were created.",
                "failed": "A failed payout is credited back to the payout account the same day.",
            }[status],
        )
        return p.done()
    if frame in ("paytm", "indoasis"):
        j.amount = rupees(rng, 2800, 19000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Paytm" if frame == "paytm" else "IndOASIS")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ptyes', 'indianbk', 'okaxis', 'kvb'])}",
            method="UPI",
        )
        p.pair(rng.choice(["Message", "Note"]), rng.choice(["Saree kooli", "Kooli - 2 sarees taken in"]))
        if not j.no_ref:
            if frame == "paytm":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
                own = digits(rng, 20)
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI Ref No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Indian Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{STORE} - {'weaving section' if kind == 'weave' else 'preparatory and finishing'}",
        UNITS[0][1],
        UNITS[0][2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[0].upper()}K/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Kooli slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Kooli paid on"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Village", village)
    if kind == "weave":
        p.pair("Loom No.", f"L-{rng.randrange(1, 160):03d}")
        p.pair("Design No.", f"D-{rng.randrange(100, 990)}/{rng.choice(['MAYIL', 'ANNAM', 'RUDRAKSHAM'])}")
    rate = float(rng.randrange(rlo, rhi + 1, 50 if kind == "weave" else 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([300, 500, 750, 1000]))
        p.pair(
            {
                "weave": rng.choice(["Add: Korvai extra (contrast border)", "Add: Rettai pettu extra"]),
                "wind": "Add: Urgent order extra",
                "warp": "Add: Urgent order extra",
                "check": "Add: Urgent order extra",
                "join": "Add: Urgent order extra",
            }[kind],
            rs(extra),
        )
        gross += extra
    p.pair("Gross kooli", rs(gross))
    cut = 0.0
    if kind == "weave" and rng.random() < 0.5:
        grams = rng.randrange(8, 60)
        per = float(rng.choice([6, 7, 8]))
        cut = grams * per
        p.pair(f"Less: Yarn shortage - {grams} g @ {per:.2f}", rs(cut))
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 2000]))
        p.pair("Less: Loom advance recovered" if kind == "weave" else "Less: Advance recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 5 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH")
    words.append("PAID - SAREE RECEIVED INTO STOCK" if kind == "weave" else "PAID - ENTERED IN KOOLI BOOK")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of the worker")
    return p.done()


# ---------------------------------------------------------------- 8. corporation, welfare board, fire, HEPC


FEE_FRAMES = ["property", "welfare", "fire", "hepc", "trade", "metrology", "gi", "vahan"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a master-weaver firm, its yarn store and its showroom in Kanchipuram: Kanchipuram City
    Municipal Corporation's property tax page (the Corporation on top and the TN Urban e-Pay line, Assessment
    No., Name of assessee, Zone / Ward, the Property tax, Education tax and Library cess for the half year,
    Total tax paid / Amount collected, Transaction ID, Bank Ref No., Receipt No.) and its trade licence page
    (Name of trade, Licence No., Licence fee (textile showroom), Advertisement tax (name board), Total amount
    / Amount, Transaction ID, Transaction date / Attempted on; Transaction failed - licence fee not received
    by the Corporation), the Tamil Nadu Labour Welfare Board's annual contribution (the Board on top and the
    Labour Welfare and Skill Development Department line, Name of the establishment, Registration No.,
    Employees' and Employer's contribution, Total contribution paid, Transaction ID, Challan No.), the Tamil
    Nadu Fire and Rescue Services' fire licence renewal (Name of occupancy, Type of building, Application No.,
    Fire licence renewal fee, Inspection fee, Total fee remitted / Amount paid, Transaction ID), HEPC's RCMC
    renewal (Handloom Export Promotion Council / HEPC on top and the Ministry of Textiles line, Name of
    member, RCMC No., Membership fee (annual), GST @ 18%, Total amount paid / Amount received, Payment ID,
    Receipt No.), Legal Metrology's verification fee (the department on top, Name of user, the zari balances'
    and the platform scales' fees, Total fee paid / Amount paid, Transaction ID), the Geographical Indications
    Registry's authorised user renewal (the Registry on top and the Intellectual Property India line, Name of
    authorised user, Geographical indication, Authorised user No., Renewal fee (authorised user), Total fee /
    Amount paid / Amount, Transaction ID, Submitted on / Transaction date; Payment submitted - awaiting bank
    reconciliation, e-receipt will follow) and the Transport Department's Vahan tax page (the department on
    top and the Vahan line, Owner name, Registration No., Vehicle class, Tax valid upto, Quarterly tax, Green
    tax, Total amount paid / Amount paid, Transaction No., Bank Ref No., Receipt No.); Payment mode, Date of
    payment / Payment date / Receipt date / Date of e-payment; Payment successful / Remittance successful -
    e-receipt generated / Tax paid - thank you / Fee received - acknowledgement issued."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y"]
    ok = [
        "Payment successful",
        "Remittance successful - e-receipt generated",
        "Tax paid - thank you",
        "Fee received - acknowledgement issued",
    ]
    if frame in ("property", "trade"):
        p = browser_page(rng, font, f"tnurbanepay.tn.gov.in/{frame}/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            ["Kanchipuram City Municipal Corporation", "KANCHIPURAM CITY MUNICIPAL CORPORATION"]
        )
        top(p, name, merchant=name)
        p.add(
            "small",
            "TN Urban e-Pay  |  " + ("Property tax" if frame == "property" else "Trade licence renewal"),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Transaction failed - licence fee not received by the Corporation"]},
        )
        if frame == "property":
            p.pair("Assessment No.", f"{rng.randrange(1, 60):03d}/{digits(rng, 6)}")
            wrap_pair(p, "Name of assessee", firm)
            p.pair("Zone / Ward", f"Zone {rng.randrange(1, 5)} / Ward {rng.randrange(1, 51)}")
            heads = [
                ("Property tax - 2nd half 2026-27", 14000.0, 42000.0),
                ("Education tax", 1400.0, 4200.0),
                ("Library cess", 600.0, 1800.0),
            ]
            labels = ["Total tax paid", "Amount collected"]
        else:
            wrap_pair(p, "Name of trade", f"{SHOWROOM} - silk saree showroom")
            p.pair("Licence No.", f"KCMC/TL/{digits(rng, 6)}")
            heads = [
                ("Licence fee (textile showroom)", 4500.0, 12000.0),
                ("Advertisement tax (name board)", 800.0, 3200.0),
            ]
            labels = ["Total amount", "Amount"]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"TNUEP{digits(rng, 11)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"KCMC/{digits(rng, 8)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Date of payment", "Receipt date"]
            if status == "success"
            else ["Transaction date", "Attempted on"],
            pats,
        )
        foot = (
            "Property tax is payable for each half year by the 30th of its first month."
            if frame == "property"
            else "If your account was debited, the amount comes back in 5 to 7 working days."
        )
    elif frame == "welfare":
        p = browser_page(rng, font, f"lwb.tn.gov.in/contribution/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Tamil Nadu Labour Welfare Board", "TAMIL NADU LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Labour Welfare and Skill Development Department, Government of Tamil Nadu")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the establishment", f"{firm} (store and showroom)")
        p.pair("Registration No.", f"TNLWB/KPM/{digits(rng, 5)}")
        staff = rng.randrange(18, 64)
        emp = float(staff * 20)
        boss = float(staff * 40)
        p.pair(f"Employees' contribution ({staff} x Rs 20)", rs(emp))
        p.pair(f"Employer's contribution ({staff} x Rs 40)", rs(boss))
        j.amount = emp + boss
        p.pair("Total contribution paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LWB{digits(rng, 12)}"),
                ("Challan No.", INVOICE_RANK, f"LWB/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Date of payment", "Payment date", "Date of e-payment"], pats)
        foot = "The contribution for the calendar year is due by 31 January of the next year."
    elif frame == "fire":
        p = browser_page(rng, font, f"tnfrs.tn.gov.in/eservices/licence/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Tamil Nadu Fire and Rescue Services", "TAMIL NADU FIRE & RESCUE SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Home (Police - XIII) Department, Government of Tamil Nadu  |  Fire licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of occupancy", f"{SHOWROOM}, Gandhi Road")
        p.pair("Type of building", "Mercantile - textile showroom")
        p.pair("Application No.", f"FRS/KPM/{digits(rng, 6)}")
        renew = float(rng.choice([5000, 7500, 10000]))
        visit = float(rng.choice([1000, 1500, 2000]))
        p.pair("Fire licence renewal fee", rs(renew))
        p.pair("Inspection fee", rs(visit))
        j.amount = renew + visit
        p.pair(rng.choice(["Total fee remitted", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"TNFRS{digits(rng, 10)}")])
        date_row(p, j, ["Date of payment", "Payment date", "Date of e-payment"], pats)
        foot = (
            "Keep the extinguishers and exits as approved; the licence follows the station officer's visit."
        )
    elif frame == "hepc":
        p = browser_page(rng, font, f"hepcindia.com/members/rcmc/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Handloom Export Promotion Council", "HEPC"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Textiles, Government of India  |  Membership and RCMC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of member", firm)
        p.pair("RCMC No.", f"HEPC/RCMC/{digits(rng, 5)}")
        fee = float(rng.choice([10000, 15000, 20000]))
        p.pair("Membership fee (annual)", rs(fee))
        gst = round(fee * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(fee + gst, 2)
        p.pair(rng.choice(["Total amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"HEPC{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"HEPC/CHN/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Date of payment", "Receipt date", "Date of e-payment"], pats)
        foot = "The renewed RCMC is issued once the export returns for the year are filed."
    elif frame == "metrology":
        p = browser_page(rng, font, "labour.tn.gov.in/legalmetrology/verification/receipt")
        p.part = "head"
        name = rng.choice(
            ["Legal Metrology, Labour Department, Tamil Nadu", "Controller of Legal Metrology, Tamil Nadu"]
        )
        top(p, name, merchant=name)
        p.add("small", "Government of Tamil Nadu  |  Verification and stamping fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{STORE} ({firm})")
        fine = rng.randrange(1, 4)
        big = rng.randrange(1, 3)
        fee_fine = float(fine * rng.choice([500, 600]))
        fee_big = float(big * rng.choice([750, 900]))
        p.pair(f"Verification - precision balance (zari) x {fine}", rs(fee_fine))
        p.pair(f"Verification - platform scale 150 kg x {big}", rs(fee_big))
        j.amount = fee_fine + fee_big
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"TNLM{digits(rng, 11)}")])
        date_row(p, j, ["Date of payment", "Payment date", "Date of e-payment"], pats)
        foot = "Produce the balances at the Inspector's office on the day allotted for stamping."
    elif frame == "gi":
        p = browser_page(rng, font, "ipindiaonline.gov.in/gieservice/feepayment/acknowledgement")
        p.part = "head"
        name = rng.choice(["Geographical Indications Registry", "GEOGRAPHICAL INDICATIONS REGISTRY, CHENNAI"])
        top(p, name, merchant=name)
        p.add("small", "Intellectual Property India  |  Authorised user - renewal fee")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": ["Payment submitted - awaiting bank reconciliation, e-receipt will follow"],
            },
        )
        wrap_pair(p, "Name of authorised user", firm)
        p.pair("Geographical indication", "Kancheepuram Silk (handicraft)")
        p.pair("Authorised user No.", f"AU/{digits(rng, 4)}/GI/{rng.randrange(1, 9):02d}")
        fee = float(rng.choice([500, 1000, 1500]))
        p.pair("Renewal fee (authorised user)", rs(fee))
        j.amount = fee
        p.pair(
            rng.choice(["Total fee", "Amount paid"] if status == "success" else ["Total fee", "Amount"]),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"GIR{digits(rng, 12)}")])
        date_row(
            p,
            j,
            ["Date of payment", "Payment date"]
            if status == "success"
            else ["Submitted on", "Transaction date"],
            pats,
        )
        foot = "The registration of the authorised user is renewed for ten years from the date of expiry."
    else:
        p = browser_page(rng, font, "vahan.parivahan.gov.in/vahanservice/vahan/ui/eapplication/receipt")
        p.part = "head"
        name = rng.choice(
            ["Transport Department, Government of Tamil Nadu", "Transport Department, Tamil Nadu"]
        )
        top(p, name, merchant=name)
        p.add("small", "Vahan - Ministry of Road Transport & Highways  |  Online tax payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Owner name", firm)
        p.pair("Registration No.", f"TN-21-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        p.pair("Vehicle class", rng.choice(["Goods carrier (LMV)", "Light goods vehicle"]))
        if not j.no_day:
            p.pair("Tax valid upto", j.other_day(rng, 85, 95))
        tax = float(rng.choice([1800, 2400, 3150]))
        green = float(rng.choice([0, 250, 500]))
        p.pair("Quarterly tax", rs(tax))
        if green:
            p.pair("Green tax", rs(green))
        j.amount = tax + green
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"TN{digits(rng, 14)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"TN{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Date of payment", "Receipt date", "Date of e-payment"], pats)
        foot = "Carry the e-receipt in the vehicle with the permit and the fitness certificate."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Standard fire and special perils - showroom and saree stock",
        "browser",
        "stock",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Burglary and housebreaking - silk yarn and zari in store",
        "mail",
        "burglary",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Marine inland transit - saree parcels to buyers",
        "paper",
        "transit",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health insurance - store and showroom staff",
        "browser",
        "health",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Money insurance - cash in transit to the weavers",
        "mail",
        "money",
    ),
    (
        "Liberty General Insurance Ltd",
        "libertyinsurance.in",
        "Commercial vehicle package policy - delivery van",
        "paper",
        "vehicle",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Group personal accident - home weavers",
        "browser",
        "gpa",
    ),
    (
        "Magma General Insurance Ltd",
        "magmainsurance.com",
        "Looms and warps at weavers' homes - floater",
        "mail",
        "looms",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its showroom and saree stock, the silk yarn and zari in its store, its saree
    parcels on the road, its staff's health, the cash carried to the weavers, its delivery van, its home
    weavers and the looms and warps in their homes: the insurers' premium receipts (browser, e-mail, printed
    at the branch: the insurer on top, the product line, PREMIUM REMITTANCE RECEIPT / Receipt - premium
    collected / OFFICIAL RECEIPT FOR PREMIUM, Name of insured / Proposer / Insured name, Policy No., Proposal
    No. / Quotation No., Sum insured - stock and fittings / Sum insured - yarn and zari / Annual turnover in
    transit / Members covered / Limit per carrying / IDV (insured declared value) / Weavers covered / Sum
    insured - looms and warps, Policy period, Premium (net) or Own damage premium and Liability premium, an
    add-on (Earthquake and STFI cover, Theft by employees, Strike and riot cover, Maternity cover, Cash in
    safe, Zero depreciation, Medical expenses extension, Flood cover), GST @ 18%, the sum: Premium collected
    (incl. GST) / Total premium received / Amount received towards premium / Cheque amount / Premium due /
    Amount due; then the status: Premium accounted - policy copy sent to your e-mail / Payment successful -
    policy schedule attached / CHEQUE UNDER CLEARING - RISK COVERED FROM REALISATION DATE / Premium payment
    unsuccessful - cover not granted, please pay again; Payment mode, Cheque No., Gateway txn ID / Online
    payment ref., UPI Ref No. / Bank Ref No., Receipt No. / Official receipt No., Date of receipt / Premium
    paid on / Collected on / Cheque received on / Transaction attempted on / Failed on)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(7,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(
            rng, font, f"{rng.choice(['online', 'epay', 'customer'])}.{host}/premium/acknowledgement"
        )
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <receipts@{host}>",
            ["Premium paid - receipt enclosed", "Receipt - premium collected"],
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
            rng.choice(
                ["Branch Office, Kamarajar Salai, Kanchipuram", "Divisional Office, Officer's Line, Vellore"]
            ),
        )
    p.add(
        "center",
        rng.choice(
            ["PREMIUM REMITTANCE RECEIPT", "Receipt - premium collected", "OFFICIAL RECEIPT FOR PREMIUM"]
        ),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(
        p, rng.choice(["Name of insured", "Proposer", "Insured name"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '31', '48'])}/26/{digits(rng, 8)}")
    else:
        p.pair(rng.choice(["Proposal No.", "Quotation No."]), f"P{digits(rng, 11)}")
    addon = None
    heads: list[tuple[str, float]] = []
    if kind == "stock":
        insured = float(rng.randrange(8000000, 60000000, 100000))
        p.pair("Sum insured - stock and fittings", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0008), 2)
        addon = ("Earthquake and STFI cover", round(insured * 0.0001, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(2000000, 15000000, 50000))
        p.pair("Sum insured - yarn and zari", rs(insured))
        basic = round(insured * rng.uniform(0.001, 0.0018), 2)
        addon = ("Theft by employees", round(insured * 0.0002, 2))
    elif kind == "transit":
        turnover = float(rng.randrange(10000000, 60000000, 100000))
        p.pair("Annual turnover in transit", rs(turnover))
        basic = round(turnover * rng.uniform(0.0003, 0.0005), 2)
        addon = ("Strike and riot cover", round(turnover * 0.00003, 2))
    elif kind == "health":
        members = rng.randrange(12, 40)
        p.pair("Members covered", f"{members} staff and dependants")
        basic = round(members * rng.uniform(7500, 12500), 2)
        addon = ("Maternity cover", round(members * 400.0, 2))
    elif kind == "money":
        limit = float(rng.randrange(300000, 1500000, 50000))
        p.pair("Limit per carrying", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.008), 2)
        addon = ("Cash in safe", round(limit * 0.0005, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(380000, 880000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"TN-21-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        heads = [("Own damage premium", basic), ("Liability premium", float(rng.choice([16049, 27186])))]
        addon = ("Zero depreciation", round(idv * 0.002, 2))
    elif kind == "gpa":
        weavers = rng.randrange(40, 160)
        p.pair("Weavers covered", f"{weavers} x Rs 2,00,000")
        basic = round(weavers * rng.uniform(240, 420), 2)
        addon = ("Medical expenses extension", round(weavers * 40.0, 2))
    else:
        insured = float(rng.randrange(2500000, 9000000, 50000))
        p.pair("Sum insured - looms and warps", rs(insured))
        basic = round(insured * rng.uniform(0.0012, 0.002), 2)
        addon = ("Flood cover", round(insured * 0.0002, 2))
    if not j.no_day:
        p.pair("Policy period", f"1 year from {j.other_day(rng, 1, 6)}")
    if heads:
        for head, value in heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in heads), 2)
    else:
        p.pair("Premium (net)", rs(basic))
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
        "success": [
            "Premium collected (incl. GST)",
            "Total premium received",
            "Amount received towards premium",
        ],
        "pending": ["Cheque amount"],
        "failed": ["Premium due", "Amount due"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium accounted - policy copy sent to your e-mail",
                "Payment successful - policy schedule attached",
            ],
            "pending": ["CHEQUE UNDER CLEARING - RISK COVERED FROM REALISATION DATE"],
            "failed": ["Premium payment unsuccessful - cover not granted, please pay again"],
        },
    )
    if status == "pending":
        pay = "Cheque"
    elif frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['GW', 'OPR', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Gateway txn ID", "Online payment ref."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 12)
            p.pair(rng.choice(["Receipt No.", "Official receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Date of receipt", "Premium paid on", "Collected on"],
            "pending": ["Cheque received on", "Date of receipt"],
            "failed": ["Transaction attempted on", "Failed on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Cover under the policy is subject to realisation of the premium and to its wording.")
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("VEGAVATHI PATTU MAALIGAI", "GANDHI ROAD, KANCHIPURAM", "own"),
    ("SRI ANGALAMMAN FUELS (IOCL)", "NH-48, RAJAKULAM", "fuel"),
    ("VEGAVATHI SILK WEAVES", "SALI STREET KANCHIPURAM TN", "own"),
    ("HOTEL THENDRAL RESIDENCY", "EGMORE, CHENNAI", "hotel"),
    ("VEGAVATHI ZARI & YARN STORE", "SALI STREET, KANCHIPURAM", "own"),
    ("VELLAIGATE ELECTRICALS", "VELLAIGATE, KANCHIPURAM", "shop"),
    ("VEGAVATHI PATTU MAALIGAI", "KANCHIPURAM 631501 TN", "own"),
    ("ARUNA TIFFIN CENTRE", "NH-48, SRIPERUMBUDUR", "food"),
]
TERMINALS = [
    "INDIAN BANK",
    "IOCL",
    "KARUR VYSYA BANK",
    "ICICI BANK",
    "CITY UNION BANK",
    "PINE LABS",
    "HDFC BANK",
    "PAYTM",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Shoppers', weavers' and saree shops' cards on the showroom's, the company's and the store's terminals,
    and the company's card at a filling station on NH-48, a Chennai hotel in the silk expo week, an electrical
    shop and a highway tiffin centre: terminal slips (monospace: the terminal's bank or brand on top on some,
    the counter's name and place in capitals, TXN DATE: and TXN TIME: / DATE: and TIME: / DATE/TIME:, MID:,
    TID:, BATCH NO:, STAN:, INVOICE NO: / BILL NO: / ROC NO: / BILL/INV NO:, SALE, CARD NO:, CARD TYPE:, a
    fuel sale's PRODUCT:, RATE/LTR:, QTY(LTR):, PUMP NO: and VEH NO:, a hotel's FOLIO NO: and ROOM NO:, AUTH
    CODE: / APPR CODE:, RRN: / RRN NO:, TXN AMT: / AMOUNT: / AMT: / TOTAL: / SALE AMT (INR):; APPROVED / TXN
    APPROVED / APPROVED - TXN COMPLETE / DECLINED - 51 INSUFFICIENT FUNDS IN ACCOUNT / HOST NOT REACHABLE -
    CHECK STATUS BEFORE RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=2500, high=140000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 6800, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4200, 19800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 650, 12500, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 180, 2400, 0.5)
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
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        elif style == 1:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(
            rng.choice(["INVOICE NO:", "BILL NO:", "ROC NO:", "BILL/INV NO:"]), inv, txn=(INVOICE_RANK, inv)
        )
    p.add(
        "center",
        rng.choice(
            ["SALE", "SALE - CONTACTLESS", "SALE - EMV CHIP"]
            if j.amount <= 5000
            else ["SALE", "SALE - EMV CHIP"]
        ),
    )
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(92.1, 101.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XTRAPREMIUM"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("QTY(LTR):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 7)))
        p.pair("VEH NO:", f"TN21{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("FOLIO NO:", digits(rng, 6))
        p.pair("ROOM NO:", str(rng.randrange(101, 512)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["TXN AMT:", "AMOUNT:", "AMT:", "TOTAL:", "SALE AMT (INR):"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - TXN COMPLETE"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 51 INSUFFICIENT FUNDS IN ACCOUNT", status="failed")
    else:
        p.add("center", "HOST NOT REACHABLE - CHECK STATUS BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "** CUSTOMER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, broadband, landline, phone, DTH


BILLERS = [
    ("TNPDCL", "Tamil Nadu Power Distribution Corporation Ltd", "Service connection No."),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "Account No."),
    ("BSNL Landline", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
]
BILL_APPS = ["TNPDCL", "Paytm", "KVB DLite", "Amazon Pay", "TNPDCL", "PhonePe", "Google Pay", "CRED"]
BILL_WHICH = [0, 1, 0, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The store's and the showroom's electricity (TNPDCL), the office broadband (ACT Fibernet), the store's
    landline (BSNL), the manager's postpaid phone (Airtel) and the showroom's DTH (Tata Play) through Bharat
    Connect in KVB DLite and UPI apps (the app on top, the sum large above the status, Biller / Service
    provider / Paid towards / Operator as printed, Service connection No. / Account No. / Telephone No. /
    Mobile No. / Subscriber ID, Customer name / Consumer name / Name as per biller, Bill period and Due date
    on some, Paid from Current A/c or UPI, Bharat Connect Ref. No. / BBPS Ref ID / B-Connect Txn ID, UPI Ref
    No., Transaction ID on the failed one, Paid on / Payment time / Payment completed on / Transaction date &
    time; Bill settled with the biller / Paid - biller has received the amount / Awaiting biller confirmation
    - status updates within 72 hours / Bill payment failed - biller not responding, money goes back to source)
    and TNPDCL's own quick pay page (TNPDCL, Tamil Nadu Power Distribution Corporation Ltd or its capitals on
    top with its TNEB Ltd line, Service connection No., Region / Section, Consumer name, Assessment date,
    Amount paid / Amount remitted, Payment mode, Transaction ID, Receipt No., Date of payment / Paid on;
    Payment successful / Remittance accepted - thank you)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=4000, high=68000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 799, 3499, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 499, 1899, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 599, 2499, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 399, 1299, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Service connection No.": f"{rng.randrange(1, 9):02d}-{rng.randrange(100, 999)}-{digits(rng, 3)}-"
        f"{digits(rng, 4)}",
        "Account No.": f"{rng.choice(['10', '11'])}{digits(rng, 8)}",
        "Telephone No.": f"044-2722{digits(rng, 4)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Subscriber ID": f"1{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "TNPDCL":
        p = browser_page(rng, font, "www.tnebltd.gov.in/quickpay/paymentack")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A TNEB Ltd group company  |  Quick pay - acknowledgement")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Remittance accepted - thank you"]})
        p.pair(idlab, ids)
        p.pair(
            "Region / Section", rng.choice(["Chengalpattu / Kanchipuram Town", "Chengalpattu / Gandhi Road"])
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Assessment date", j.other_day(rng, -20, -5))
        p.pair(rng.choice(["Amount paid", "Amount remitted"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"TNEB{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 10)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your service connection within two working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": ["Bill settled with the biller", "Paid - biller has received the amount"],
            "pending": ["Awaiting biller confirmation - status updates within 72 hours"],
            "failed": ["Bill payment failed - biller not responding, money goes back to source"],
        },
    )
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = "Operator" if which in (2, 3) else rng.choice(["Biller", "Service provider", "Paid towards"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Name as per biller"]),
        rng.choice([COMPANY_CAPS, STORE.upper(), SHOWROOM.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill period", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "KVB DLite" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "CRED": "CR", "Amazon Pay": "AP"}.get(
                app, "KV"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "BBPS Ref ID", "B-Connect Txn ID"]),
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
        ["Paid on", "Payment time", "Transaction date & time", "Payment completed on"]
        if status == "success"
        else ["Transaction date & time"],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "PALAR PARCEL SERVICE",
    "NILA GRAPH & CARD PU",
    "KOLLEGAL SILK TWISTI",
    "THIRUPPARUTHIKUNDRAM",
    "UDHNA ZARI UDYOG",
    "TAMIL NADU POWER DIS",
    "M SELVARAJ",
    "VAIYAVOOR SILK DYEIN",
]
SENDERS = {
    "Indian Bank": "AX-INDBNK",
    "Karur Vysya Bank": "VM-KVBANK",
    "City Union Bank": "JD-CUBANK",
    "Tamilnad Mercantile Bank": "BP-TMBANK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AX-INDBNK /
    VM-KVBANK / JD-CUBANK / BP-TMBANK, the day divider, each bank's own wording: Indian Bank's "Your A/c
    XX1234 is debited with Rs.x on <day> via <way> in favour of <payee>.", Karur Vysya Bank's "KVB: INR x
    debited from A/c ending 1234 on <day> for <way> to <payee>.", City Union Bank's "Dear Customer, Rs x
    withdrawn from your A/c XXX1234 on <day> through <way> for <payee>.", Tamilnad Mercantile Bank's UPI "TMB:
    A/c **1234 debited Rs x on <day> - UPI payment to <payee>. RRN <ref>"; a transfer that "FAILED at the
    beneficiary bank - amount reversed to your A/c." and one that "is AWAITING CREDIT CONFIRMATION from the
    beneficiary bank; do not repeat it.", the Bal: line) and two e-mail debit alerts (Indian Overseas Bank,
    Karur Vysya Bank: Beneficiary name / Paid to / Payee name (as entered), Debit amount (INR) / Amount,
    Account, Channel, UTR No. / IMPS Ref No., Date of transaction / Value date / Debit posted on, Transaction
    status: Debit completed / Status: Debited - transfer sent)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=8000, high=340000)
    to = ALERT_PAYEES[k]
    if k == 6:
        j.amount = rupees(rng, 2800, 19000, 0.8)
    elif k == 5:
        j.amount = rupees(rng, 12000, 68000)
    elif k == 0:
        j.amount = rupees(rng, 6000, 38000)
    if k in (3, 7):
        bank = rng.choice(["Indian Overseas Bank", "Karur Vysya Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} e-Alerts <ealerts@{slug(bank)}>",
            ["Debit alert - funds transfer", "Funds moved out of your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following transfer has been debited to your current account.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        wrap_pair(p, rng.choice(["Beneficiary name", "Paid to", "Payee name (as entered)"]), to, merchant=to)
        p.pair(rng.choice(["Debit amount (INR)", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Account", f"XXXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(
            p,
            j,
            ["Date of transaction", "Value date", "Debit posted on"],
            ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"],
        )
        p.add(
            "left",
            rng.choice(["Transaction status: Debit completed", "Status: Debited - transfer sent"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "The bank never asks for your OTP, PIN or password. Report a wrong debit at once.")
        return p.done()
    if k == 6:
        way = "UPI"
    elif k == 0:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Tamilnad Mercantile Bank's is its UPI wording; each other bank's debit wording on one success at least
    bank = {
        0: "Indian Bank",
        2: "Karur Vysya Bank",
        5: "City Union Bank",
        6: "Tamilnad Mercantile Bank",
    }.get(k, rng.choice(["Indian Bank", "Karur Vysya Bank", "City Union Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%a, {d} %b", "%d %b %Y"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%Y", "%d%b%y", "%d/%m/%y", "%d-%b-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Tamilnad Mercantile Bank":
            p.add("left", f"TMB: A/c **{tail} debited Rs {amt}{on}", amount=j.amount)
            p.add("left", f"- UPI payment to {to}.", merchant=to, method=method)
        elif bank == "Indian Bank":
            p.add("left", f"Your A/c XX{tail} is debited with Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"via {way} in favour of {to}.", merchant=to, method=method)
        elif bank == "Karur Vysya Bank":
            p.add("left", f"KVB: INR {amt} debited from A/c ending {tail}{on}", amount=j.amount)
            p.add("left", f"for {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"Dear Customer, Rs {amt} withdrawn from your", amount=j.amount)
            p.add("left", f"A/c XXX{tail}{on} through {way}", method=method)
            p.add("left", f"for {to}.", merchant=to)
    else:
        p.add("left", f"{way} payment of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "FAILED at the beneficiary bank - amount reversed to your A/c.",
            "pending": "is AWAITING CREDIT CONFIRMATION from the beneficiary bank; do not repeat it.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "Tamilnad Mercantile Bank":
            p.add("left", f"RRN {ref}. Not you? Call 1800 425 0426", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Tamilnad Mercantile Bank":
            p.add("small", "-TMB", status="success")
        else:
            p.add("left", f"Bal: Rs {rupees(rng, 40000, 2600000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(["Not done by you? Call the bank at once", "Report a wrong debit to the branch"]),
            )
    if bank != "Tamilnad Mercantile Bank":
        p.add(
            "small",
            {"Indian Bank": "-Indian Bank", "Karur Vysya Bank": "-KVB"}.get(bank, "-City Union Bank"),
        )
    return p.done()


compose = compose158

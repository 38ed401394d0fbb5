"""The twelve heldout228 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a glass bangle and glassware maker's day in 2026 in Firozabad, Uttar Pradesh
(Kanchanjot Glass Industries Pvt Ltd, its works, Kanchanjot Glass Works, on Jalesar Road, where the batch of
glass sand, soda ash and colours is melted in the gas-fired pot furnaces and the tank furnace, the bangle
spirals are wound on the belan and the tumblers and chandelier shades blown and pressed, and its bangle
sorting and packing godown, Kanchanjot Choori Bhandar, in Suhag Nagar, where the bangles come back from the
jhalai and katai homes, are sorted, decorated and baked, tied into tora bundles and sold), told by the proofs
of payment it receives and makes: bangle shops', brides' and hotels' UPI screens and the sales desk's Getepay
and Atom pages, the Hyderabad, Jaipur, Kolkata, Mumbai, Delhi and Amritsar bangle traders', a Delhi glassware
distributor's and a Bengaluru home decor retailer's payment advices, importers' inward wires from Southall,
New York, Dubai, Mauritius, Jablonec nad Nisou, Durban, Marseille and Texas in pounds, US dollars, UAE
dirhams, Mauritian rupees, Czech koruna, rand and euros, the godown's cash memos and sale receipts, a hotel's
advance, the godown's sorting rejects sold by weight and the works' cullet sold by the quintal, the
Shankargarh glass sand, Dhrangadhra soda ash, Howrah lustre, Katni fireclay pot and Agra carton suppliers' tax
invoices, the corporate net-banking transfers to the roadways, the furnace builder, the gas pipeline fitter,
the testing lab, the export packer, the godown's landlady, the catalogue studio and the Hyderabad commission
agent, the belan karigars', jhalai and katai workers', sorters', gaffers', teasers', pakai bhatti men's and
packers' piece wage vouchers and their Zwitch payouts, Google Pay and PNB ONE payments, Nagar Nigam
Firozabad's, the Directorate of Factories', the UP Pollution Control Board's, the Directorate of Electrical
Safety's, PESO's, the Centre for the Development of Glass Industry's, the Firozabad Development Authority's
and the Construction Workers Welfare Board's fee pages, the insurers' premium receipts, card terminal slips,
DVVNL's power, GAIL Gas's furnace gas and the phone and broadband bills and the banks' SMS and e-mail alerts.
Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the unit lines, the bills listed on an advice, ledger, bilty, PO,
e-way bill, vehicle, property, licence, registration, application, map, consent, policy, proposal, consumer,
BP and worker IDs, beneficiary keys, payee tags, furnaces, dozens, tora, kilos, quintals, pieces,
spirals, shifts, batches, rates, broken-bundle, mismatch and cash discount cuts, advances, TDS, GST and cess
lines, INR values on the wires, rates applied, correspondent banks, sums insured, limits, wages and turnovers
declared, bill months, periods, due days, shipping bill days, GSTIN, IFSC, UETR, senders' references, MID,
TID, batch, trace and STAN numbers, who created and who released a transfer and the payer's own details carry
no fact. ``Screen`` is heldout113's; the page frames (``browser_page``, ``mail_page``, ``paper_page``,
``phone_page``, ``slip_page``) heldout140's; ``outcome`` heldout119's; ``top`` heldout122's; ``fits``,
``place`` and ``fresh`` heldout123's; ``outcome_row`` heldout126's; ``wrap_pair`` heldout127's; ``seal``
heldout129's; ``money`` and ``masked`` heldout118's; ``fx`` and ``right`` heldout152's; ``Job``,
``date_row``, ``letterhead`` and ``gst_lines`` heldout167's; ``neft_way`` and ``way_method`` heldout203's;
``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
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

COMPANY = "Kanchanjot Glass Industries Pvt Ltd"
COMPANY_CAPS = "KANCHANJOT GLASS INDUSTRIES PVT LTD"
SHORT = "Kanchanjot Glass"
WORKS = "Kanchanjot Glass Works"
GODOWN = "Kanchanjot Choori Bhandar"
# unit, address, GST state code
UNITS = [
    (
        "Pot furnace and tank furnace works",
        "Plot 23-24, Industrial Area, Jalesar Road, Firozabad - 283203, U.P.",
        "09",
    ),
    ("Bangle sorting and packing godown", "Chooriwala Mohalla, Suhag Nagar, Firozabad - 283203, U.P.", "09"),
]
PATS_IN = ["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y", "%d.%m.%y", "%d %B %Y", "%d-%b-%Y", "%B {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d %b %Y", "%b {d}, %Y"]
BANKS = [
    "Punjab National Bank",
    "State Bank of India",
    "Indian Bank",
    "IDBI Bank",
    "Bank of India",
    "Kotak Mahindra Bank",
    "ICICI Bank",
    "HDFC Bank",
    "Axis Bank",
    "Central Bank of India",
]
IFSC = {
    "Punjab National Bank": "PUNB",
    "State Bank of India": "SBIN",
    "Indian Bank": "IDIB",
    "IDBI Bank": "IBKL",
    "Bank of India": "BKID",
    "Kotak Mahindra Bank": "KKBK",
    "ICICI Bank": "ICIC",
    "HDFC Bank": "HDFC",
    "Axis Bank": "UTIB",
    "Central Bank of India": "CBIN",
}
DOMAINS = {
    "Punjab National Bank": "pnb.bank.in",
    "State Bank of India": "sbi.co.in",
    "Indian Bank": "indianbank.in",
    "IDBI Bank": "idbibank.in",
    "Bank of India": "bankofindia.co.in",
    "Kotak Mahindra Bank": "kotak.com",
    "ICICI Bank": "icicibank.com",
    "HDFC Bank": "hdfcbank.com",
    "Axis Bank": "axisbank.com",
    "Central Bank of India": "centralbankofindia.co.in",
}
# what the works and the godown sell: the ware, its unit, its price per unit (low, high)
WARES = {
    "kach": ("Kaanch choori - plain and zari, sizes 2.2 to 2.8", "doz", 22, 68),
    "bridal": ("Bridal chooda set - gold lustre, 2 x 12", "set", 260, 840),
    "bangles": ("Glass bangles - assorted colours, in tora bundles", "tora", 380, 920),
    "tumblers": ("Glass tumbler 300 ml - pressed, clear", "doz", 150, 320),
    "shades": ("Chandelier shade - hand blown, frosted", "pc", 85, 340),
    "rejects": ("Sorting rejects - mixed bangles, sold by weight (as is)", "kg", 24, 58),
    "cullet": ("Cullet (toota kaanch) - coloured, for remelting", "qtl", 900, 1750),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Invoiced to / Party (buyer) / Receiver of goods (billed to): no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day in it, not on the page that prints no day) or the IMPS / UPI reference."""
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


def slug(bank: str) -> str:
    return DOMAINS.get(bank, bank.split()[0].lower() + ".com")


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. bangle shops and brides: UPI, pay pages


GODOWN_APPS = ["PhonePe", "Google Pay", "Getepay", "Paytm", "PNB ONE", "Jupiter", "Atom", "Tata Neu"]
SHOP_NOTES = [
    "Chooda set for wedding",
    "Bangles 6 doz",
    "Tora x 2 mixed",
    "Kaanch choori order",
    "Tumblers 3 doz",
    "Zari bangles",
    "Jhoomar shades",
    "Karwa Chauth stock",
]
PAGE_ORDERS = [
    ("Shringar Bangle Emporium, Mathura", "Bridal chooda sets - 40 sets, gold lustre"),
    ("Hotel Yamuna Kinara, Agra", "Glass tumblers 300 ml - 30 doz"),
    ("Sajni Cosmetics & Bangles, Etawah", "Kaanch choori - 120 doz, mixed colours"),
    ("Rangoli Lights & Decor, Aligarh", "Chandelier shades - 150 pcs, frosted"),
]
GODOWN_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID", "UPI Ref No."],
    "Paytm": ["UPI Reference No.", "UPI Ref. No."],
    "PNB ONE": ["UPI RRN", "RRN"],
    "Jupiter": ["UPI Ref ID", "UTR No."],
    "Tata Neu": ["UPI Reference No.", "UTR"],
}
OWN_IDS = {
    "PhonePe": ("Transaction ID", "T{day}{n16}"),
    "Google Pay": ("Google transaction ID", "CICAg{c10}"),
    "PNB ONE": ("Transaction No.", "PNB{n13}"),
    "Jupiter": ("Jupiter txn ID", "JUP{c12}"),
    "Tata Neu": ("Tata Neu payment ID", "TNP{n14}"),
}


def own_id(rng: random.Random, j: Job, pattern: str) -> str:
    return (
        pattern.replace("{day}", f"{j.date:%y%m%d}")
        .replace("{n16}", digits(rng, 16))
        .replace("{n13}", digits(rng, 13))
        .replace("{n14}", digits(rng, 14))
        .replace("{c10}", code(rng, 10, ALNUM + LOWER))
        .replace("{c12}", code(rng, 12, ALNUM))
    )


def godown_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Bangle shops, brides' families, hotels and decor shops paying the godown or the company: six UPI app
    screens (PhonePe, Google Pay, Paytm, PNB ONE, Jupiter, Tata Neu: the payee first, under Paid to / Merchant
    / Receiver / To / Paying to, its UPI ID, a Name linked to UPI ID / Name in bank records line on some, then
    the sum large and the outcome under it, a Note / Purpose / Remark, UTR / UPI Ref. No. / UPI Reference No.
    / UPI transaction ID / UPI Ref No. / UPI RRN / RRN / UPI Ref ID / UTR No., PhonePe's own Transaction ID,
    Google Pay's Google transaction ID, PNB ONE's Transaction No., Jupiter's Jupiter txn ID and Tata Neu's
    Tata Neu payment ID on some, Paid from / Debited from / Bank account / From, Date & time / Paid on /
    Completed on / Initiated on; Payment successful / Paid successfully / Money paid - the merchant has
    received it / Payment processing - we are checking with your bank, do not pay again / Payment failed -
    your bank's server did not respond, try after some time) and the sales desk's two payment pages (Getepay,
    Atom: the godown or the company on top, the sum large above the outcome, Payment made by / Paid by,
    Against order / Items, Paid through / Payment method, Paid at / Date of payment, Getepay's Getepay txn ID,
    Order ref. (merchant) and Bank RRN or Auth code, Atom's Atom transaction ID, Merchant txn ref. and Bank
    UPI ref. or Approval code; Payment received / Payment successful / Transaction successful - receipt sent
    to your e-mail)."""
    k = place("godown_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=300, high=42000, p_round=0.8)
    app = GODOWN_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Getepay", "Atom"):
        j.amount = rupees(rng, 8000, 190000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([GODOWN, COMPANY, SHORT])
        url = (
            f"pay.getepay.in/checkout/{code(rng, 16, ALNUM + LOWER)}"
            if app == "Getepay"
            else f"payment.atomtech.in/paynetz/epi/fts?token={code(rng, 12, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(
                [
                    "Glass bangles, chooda sets and glassware - wholesale",
                    "Suhag Nagar, Firozabad - since 1978",
                ]
            ),
        )
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {
                "success": [
                    "Payment received",
                    "Payment successful",
                    "Transaction successful - receipt sent to your e-mail",
                ]
            },
        )
        wrap_pair(p, rng.choice(["Payment made by", "Paid by"]), who)
        wrap_pair(p, rng.choice(["Against order", "Items"]), what)
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Paid through", "Payment method"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} debit card {masked(rng, font)}",
            method=way,
        )
        date_row(p, j, ["Paid at", "Date of payment"], hour=True)
        if not j.no_ref:
            if app == "Getepay":
                gid = f"GP{digits(rng, 14)}"
                p.pair("Getepay txn ID", gid, txn=(TXN_RANK, gid))
                oid = f"KGI{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Order ref. (merchant)", oid, txn=(ORDER_RANK, oid))
            else:
                aid = digits(rng, 11)
                p.pair("Atom transaction ID", aid, txn=(TXN_RANK, aid))
                mid = f"KCB-{digits(rng, 8)}"
                p.pair("Merchant txn ref.", mid, txn=(ORDER_RANK, mid))
            if way == "UPI":
                p.pair("Bank RRN" if app == "Getepay" else "Bank UPI ref.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code" if app == "Getepay" else "Approval code", appr, txn=(APPR_RANK, appr))
        p.part = "foot"
        p.add(
            "small",
            "Payments by Getepay - Futurepay Pvt Ltd"
            if app == "Getepay"
            else "Secured by atom - NTT DATA Payment Services India",
        )
        return p.done()
    to = rng.choice([GODOWN, GODOWN.upper(), COMPANY_CAPS, SHORT])
    handle = f"kanchanjot{rng.choice(['', '.choori', '78'])}@{rng.choice(['pnb', 'ybl', 'okaxis', 'paytm'])}"
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    p.add(
        "small",
        rng.choice(["Paid to", "Merchant", "Receiver", "To"] if status == "success" else ["To", "Paying to"]),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "PNB ONE", "Jupiter", "Tata Neu") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"{rng.choice(['Name linked to UPI ID', 'Name in bank records'])}: {COMPANY_CAPS}")
    p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Payment successful",
                "Paid successfully",
                "Money paid - the merchant has received it",
            ],
            "pending": ["Payment processing - we are checking with your bank, do not pay again"],
            "failed": ["Payment failed - your bank's server did not respond, try after some time"],
        },
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Purpose", "Remark"]), rng.choice(SHOP_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(GODOWN_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in OWN_IDS and rng.random() < 0.7:
            label, pattern = OWN_IDS[app]
            own = own_id(rng, j, pattern)
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
    p.pair(
        rng.choice(
            ["Paid from", "Debited from", "Bank account", "From"] if status == "success" else ["From"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
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
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Need help with this payment?"]))
    return p.done()


# ---------------------------------------------------------------- 2. bangle traders' and retailers' advices


# payer, its mail, its desk's town, the ware it buys, the frame
PAYERS = [
    (
        "Laad Bazaar Bangle House",
        "accounts@laadbazaarbangles.in",
        "Laad Bazaar, Charminar, Hyderabad",
        "kach",
        "mail",
    ),
    (
        "Maniharon Ka Rasta Choori Traders",
        "mkrchoori.jpr@gmail.com",
        "Tripolia Bazar, Jaipur",
        "bangles",
        "paper",
    ),
    (
        "Sadar Bazar Glassware Distributors Pvt Ltd",
        "payables@sbgdistributors.in",
        "Teliwara, Sadar Bazar, Delhi",
        "tumblers",
        "portal",
    ),
    ("Burrabazar Suhag Bangle Co.", "suhagbangle.kol@gmail.com", "Burrabazar, Kolkata", "bangles", "paper"),
    ("Kinari Bazar Suhag Store", "kinaribazar.suhag@gmail.com", "Chandni Chowk, Delhi", "bridal", "mail"),
    (
        "Decorum Homes Retail Pvt Ltd",
        "vendorpayments@decorumhomes.in",
        "HSR Layout, Bengaluru",
        "shades",
        "portal",
    ),
    ("Bhuleshwar Bangle Mart", "bhuleshwarbangles@gmail.com", "Bhuleshwar, Mumbai", "kach", "mail"),
    ("Hall Bazar Choora House", "hallbazarchoora@gmail.com", "Hall Bazar, Amritsar", "bridal", "paper"),
]


def trader_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Bangle traders in Hyderabad, Jaipur, Kolkata, Delhi, Mumbai and Amritsar, a Delhi glassware distributor
    and a Bengaluru home decor retailer paying for the bangles, chooda sets, tumblers and shades the godown
    and the works sent them: a payment advice e-mail, a printed ADVICE OF PAYMENT - BANGLE SUPPLIES / PAYMENT
    ADVICE TO SUPPLIER - GLASS GOODS / Intimation of payment to supplier and a vendor portal page (the payer
    on top with its desk line, a summary first: Supplier paid / Party name (supplier) / Supplier credited /
    Paid to (M/s) the company, Payment sent on / Date of payment / Put on hold on / Payment bounced on, Ledger
    code, PO No. and Bilty No. (no fact); then the company's bills with their dozens, tora, sets or pieces and
    sums, Sum of invoices / Bills value (gross), Less: TDS u/s 194Q @ 0.1%, Less: Broken in bundles - n doz or
    sets @ rate / Less: Colour and size mismatch returned - n tora / Less: Cash discount @ 2% on some, Net sum
    paid / Net amount sent to your bank (Net amount withheld on the hold, Amount not credited / Net amount on
    the return), Mode of transfer NEFT / RTGS / IMPS, Credited to your A/c (the company's bank account, no
    fact), UTR / UTR number / RTGS UTR No. / IMPS Ref No., Payment advice ref. / Remittance No., and the
    status last: Status: Payment sent to supplier's bank / Paid - credit to your account confirmed by our bank
    / Payment withheld - broken bundles to be replaced first / Payment bounced - account number does not match
    the name)."""
    k = place("trader_advices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{buyer.split()[0]} Accounts <{mail}>",
            ["Payment released against your bills", f"Payment to {SHORT}", "Intimation of payment"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, buyer.upper() if frame == "paper" and rng.random() < 0.5 else buyer)
    dept = rng.choice(["Accounts Department", "Purchase - Bangles and Glassware", "Payables"])
    p.add("small", f"{dept}, {desk}")
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF PAYMENT - BANGLE SUPPLIES",
                "PAYMENT ADVICE TO SUPPLIER - GLASS GOODS",
                "Intimation of payment to supplier",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    p.add(
        "left",
        rng.choice(["We have released the payment below against your bills.", "Payment summary"])
        if status == "success"
        else "Payment summary",
    )
    payee = ours(rng)
    labels = ["Supplier paid", "Party name (supplier)", "Supplier credited"] + (
        ["Paid to (M/s)"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    date_row(
        p,
        j,
        {
            "success": ["Payment sent on", "Date of payment"],
            "pending": ["Put on hold on"],
            "failed": ["Payment bounced on"],
        }[status],
        PATS_IN,
    )
    p.pair("Ledger code", f"{rng.choice(['SUP', 'KG', 'CR'])}-{digits(rng, 5)}")
    p.pair("PO No.", f"PO/{desk.split(', ')[-1][:3].upper()}/{digits(rng, 5)}")
    p.pair("Bilty No.", f"{rng.choice(['FZD', 'SNR', 'TDL'])}/{digits(rng, 6)}")
    p.add("rule")
    p.add("left", rng.choice(["Bills covered", "Your invoices", "Details of bills"]))
    item, unit, lo, hi = WARES[kind]
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        qty = rng.randrange(40, 420) if unit in ("doz", "set") else rng.randrange(20, 160)
        if unit == "pc":
            qty = rng.randrange(100, 900)
        value = round(qty * rng.randrange(lo, hi), 2)
        gross += value
        p.pair(f"KGI/{fy(j.date)}/{rng.randrange(1, 999):04d}  {qty} {unit}", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Sum of invoices", "Bills value (gross)"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.3 and unit in ("doz", "set"):
        broken = rng.randrange(2, 20)
        per = float(rng.randrange(lo, hi))
        cut = round(broken * per, 2)
        p.pair(
            f"Less: Broken in bundles - {broken} {'sets' if unit == 'set' else 'doz'} @ {per:.2f}", rs(cut)
        )
    elif pick < 0.5:
        back = rng.randrange(1, 6)
        cut = float(back * rng.randrange(380, 920))
        p.pair(f"Less: Colour and size mismatch returned - {back} tora", rs(cut))
    elif pick < 0.7:
        cut = round(gross * 0.02, 2)
        p.pair("Less: Cash discount @ 2%", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net sum paid", "Net amount sent to your bank"],
        "pending": ["Net amount withheld"],
        "failed": ["Amount not credited", "Net amount"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair("Mode of transfer", way, method="netbanking")
    wrap_pair(p, "Credited to your A/c", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS[5:9]), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "UTR number"]}[
                way
            ]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'RM', '26'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment advice ref.", "Remittance No."]), doc, txn=(INVOICE_RANK, doc))
    p.add("rule")
    outcome_row(
        p,
        status,
        {
            "success": [
                "Status: Payment sent to supplier's bank",
                "Paid - credit to your account confirmed by our bank",
            ],
            "pending": ["Payment withheld - broken bundles to be replaced first"],
            "failed": ["Payment bounced - account number does not match the name"],
        },
    )
    p.part = "foot"
    p.add("small", "Write to us within 7 days of this advice if any bill is short-paid.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    (
        "Southall Bangle Bazaar Ltd",
        "Southall, Middlesex, United Kingdom",
        "GBP",
        "HSBC UK Bank plc",
        1500,
        42000,
    ),
    (
        "Jackson Heights Shringar Inc",
        "Richmond Hill, New York, USA",
        "USD",
        "Bank of America NA",
        2500,
        65000,
    ),
    (
        "Meena Bazaar Bangles Trading LLC",
        "Bur Dubai, Dubai, UAE",
        "AED",
        "Emirates NBD Bank PJSC",
        8000,
        160000,
    ),
    (
        "Quatre Bornes Fancy Stores Ltd",
        "Quatre Bornes, Mauritius",
        "MUR",
        "The Mauritius Commercial Bank Ltd",
        90000,
        1800000,
    ),
    (
        "Gablonz Glass Trading s.r.o.",
        "Jablonec nad Nisou, Czech Republic",
        "CZK",
        "Komercni banka a.s.",
        40000,
        1200000,
    ),
    (
        "Grey Street Bridal House (Pty) Ltd",
        "Durban, South Africa",
        "ZAR",
        "The Standard Bank of South Africa Ltd",
        20000,
        600000,
    ),
    ("Maison du Verre Decor SARL", "Marseille, France", "EUR", "Societe Generale", 2000, 60000),
    ("Lone Star Home Accents LLC", "Plano, Texas, USA", "USD", "Wells Fargo Bank NA", 3000, 80000),
]
WIRE_BANKS = [
    ("Punjab National Bank", "paper"),
    ("State Bank of India", "browser"),
    ("HDFC Bank", "mail"),
    ("ICICI Bank", "browser"),
    ("Axis Bank", "mail"),
    ("Bank of India", "paper"),
    ("Kotak Mahindra Bank", "browser"),
    ("IDBI Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.6, 88.7),
    "EUR": (93.4, 97.2),
    "GBP": (108.6, 113.1),
    "AED": (23.3, 24.1),
    "MUR": (1.82, 1.96),
    "CZK": (3.65, 3.98),
    "ZAR": (4.62, 4.98),
}
CORRESPONDENT = {
    "USD": "JPMorgan Chase Bank NA, New York",
    "ZAR": "Standard Chartered Bank, Johannesburg",
    "CZK": "Commerzbank AG, Frankfurt am Main",
    "MUR": "State Bank of Mauritius Ltd, Port Louis",
}
SHIPPED = [
    "Glass bangles in tora bundles (HSN 70189010)",
    "Bridal chooda sets - gold lustre (HSN 70189010)",
    "Glass tumblers and bowls (HSN 70134900)",
    "Chandelier shades and lamp chimneys (HSN 94059100)",
    "Glass bangles - 1 x 20 ft container",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; the code before the sum
    for dirhams and rand, and before or after it for Mauritian rupees and Czech koruna."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    if cur in ("MUR", "CZK") and rng.random() < 0.5:

        def show_after(value: float) -> str:
            return f"{value:,.2f} {cur}"

        return show_after

    def show(value: float) -> str:
        return f"{cur} {value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in Britain, the US, the Emirates, Mauritius, the Czech Republic, South Africa and France
    paying for bangles, chooda sets, tumblers and shades: the banks' inward remittance advices (browser,
    e-mail, printed CREDIT ADVICE - FOREIGN INWARD REMITTANCE (EXPORTS) / Export receipt: inward SWIFT credit
    / Inward remittance credit advice (exporter's copy): the bank on top with its forex desk, the references
    first - IRM number / Inward remittance ref. (bank) and a UETR on some - then the outcome and Proceeds
    credited on / Credited on / Value date / Date received / Returned to sender on, then Exporter credited /
    Beneficiary (exporter firm) / Beneficiary name, Beneficiary A/c, Overseas payer / Ordering party (buyer) /
    Remitter, Sender's bank (abroad) / Remitting bank, Correspondent bank on some, Inward FCY amount /
    Proceeds in foreign currency / Remitted amount in GBP, USD, AED, MUR, CZK, ZAR or EUR, Charges, Exchange
    rate used, Converted into INR, Less: Processing charges and GST, Amount credited to CA (INR), Purpose
    code, Goods, Export invoice No., Shipping bill No. and Shipping bill date, Mode, Sender's reference;
    Export proceeds credited - IRM generated on EDPMS / Status: Realised - e-FIRC issued / Under scrutiny -
    KYC of the remitter and purpose to be confirmed / Sent back to ordering bank - beneficiary name does not
    match)."""
    k = place("export_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
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
            f"{bank} Forex Services <forex.firozabad@{slug(bank)}>",
            ["Proceeds of your export credited", "Inward SWIFT credit", "Your inward remittance advice"],
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
                "Forex Cell, Firozabad Main Branch, Sadar Bazar, Firozabad",
                "Trade Finance Centre, Sanjay Place, Agra",
                "AD Category I Branch, M.G. Road, Agra",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "CREDIT ADVICE - FOREIGN INWARD REMITTANCE (EXPORTS)",
                "Export receipt: inward SWIFT credit",
                "Inward remittance credit advice (exporter's copy)",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'IRW', 'FX'])}{IFSC[bank]}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM number", "Inward remittance ref. (bank)"]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.6:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-b{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    outcome_row(
        p,
        status,
        {
            "success": [
                "Export proceeds credited - IRM generated on EDPMS",
                "Status: Realised - e-FIRC issued",
            ],
            "pending": ["Under scrutiny - KYC of the remitter and purpose to be confirmed"],
            "failed": ["Sent back to ordering bank - beneficiary name does not match"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Proceeds credited on", "Credited on", "Value date"],
            "pending": ["Date received"],
            "failed": ["Returned to sender on"],
        }[status],
        WIRE_PATS,
    )
    p.add("rule")
    wrap_pair(
        p,
        rng.choice(["Exporter credited", "Beneficiary (exporter firm)", "Beneficiary name"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Overseas payer", "Ordering party (buyer)", "Remitter"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Sender's bank (abroad)", "Remitting bank"]), pbank)
    if cur in CORRESPONDENT and rng.random() < 0.7:
        wrap_pair(p, "Correspondent bank", CORRESPONDENT[cur])
    p.pair(
        rng.choice(["Inward FCY amount", "Proceeds in foreign currency", "Remitted amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate used", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("Converted into INR", f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Processing charges and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Amount credited to CA (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(SHIPPED))
    p.pair("Export invoice No.", f"KGI/EXP/{rng.randrange(1, 150):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        p.pair("Shipping bill No.", digits(rng, 7))
        p.pair("Shipping bill date", when(earlier(rng, j, 12, 70), rng.choice(WIRE_PATS)))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT - single customer credit (MT103)"]), method="netbanking")
    p.pair("Sender's reference", f"{code(rng, 3, UPPER)}{digits(rng, 8)}")
    p.part = "foot"
    p.add(
        "small",
        "Link this IRM to the shipping bill on EDPMS; an unlinked IRM is reported as outstanding.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the godown's and the works' receipts


# the party, the way it paid, the unit (godown, works, or the accounts desk's mail), the ware
SALES = [
    ("Rani Choori Bhandar, Tundla", "cash", "godown", "rejects"),
    ("Mrs. Shabana Parveen, Agra", "UPI", "godown", "bridal"),
    ("Hotel Yamuna Kinara, Agra", "NEFT", "mail", "tumblers"),
    ("Neelam Bangle Store, Mainpuri", "cheque", "godown", "bangles"),
    ("Saraswati Cosmetics & Bangles, Etah", "card", "godown", "kach"),
    ("Hathras Glass Remelters", "cash", "works", "cullet"),
    ("Roshni Jhoomar House, Agra", "cheque", "works", "shades"),
    ("Ms. Pooja Yadav, Shikohabad", "UPI", "mail", "bridal"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The godown's CASH MEMO - CHOORI BHANDAR / SALE RECEIPT - GODOWN COUNTER to bangle shops and a bride's
    family and its RECEIPT - SORTING REJECTS (SOLD BY WEIGHT) to a Tundla bangle shop, the works' RECEIPT -
    CULLET SALE (TOOTA KAANCH) to a remelting works and WORKS SALE RECEIPT to a chandelier shop (paper: the
    godown, the works or the company on top with its line, address and GSTIN; Receipt No. / Memo No. / M.R.
    No., Date / Dated / Receipt date, Purchaser / Sold to - party (no fact), the kilos, quintals, dozens,
    tora, sets or pieces x rate, GST @ 18% on the shades and GST (glass bangles) Nil, Bill total / Goods value
    / Order total, Cash amount received / Cash collected / UPI money received / Paid via UPI QR / Card amount
    (swipe) / Paid by card / Cheque tendered for / Cheque value, Mode / Mode of receipt, UPI Ref. No. /
    Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / RECEIVED - BANGLES
    DELIVERED AT COUNTER / PAID - REJECTS SOLD BY WEIGHT, NO CLAIM / PAID - CULLET WEIGHED AND LIFTED / CHEQUE
    TAKEN - SHADES RELEASED AFTER CLEARING / CHEQUE RETURNED UNPAID - GOODS WITHHELD, DUES PENDING, the rubber
    stamp) and two of the accounts desk's acknowledgement e-mails (a hotel's tumblers with GST @ 18%, Advance
    credited by NEFT / Advance for order, the Balance to be paid on dispatch and UTR; a bride's chooda sets by
    UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@kanchanjotglass.in>",
            ["Money received with thanks", "Receipt for your payment to us", "Receipt from Kanchanjot Glass"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Bangle godown, Suhag Nagar, Firozabad  |  Accounts desk")
        p.add("center", "Acknowledgement of money received")
        p.add("rule")
        p.part = "body"
    else:
        shop = unit == "godown"
        me = rng.choice([GODOWN, GODOWN.upper()] if shop else [WORKS, WORKS.upper(), COMPANY])
        where = UNITS[1] if shop else UNITS[0]
        kinds = {
            "rejects": ["RECEIPT - SORTING REJECTS (SOLD BY WEIGHT)", "CASH MEMO - CHOORI BHANDAR"],
            "cullet": ["RECEIPT - CULLET SALE (TOOTA KAANCH)", "WORKS SALE RECEIPT"],
            "shades": ["WORKS SALE RECEIPT"],
        }.get(kind, ["CASH MEMO - CHOORI BHANDAR", "SALE RECEIPT - GODOWN COUNTER"])
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}"
            if me != COMPANY
            else "Pot and tank furnace glass works - bangles, glassware",
            where[1],
            where[2],
            kinds,
        )
    if not j.no_ref:
        heads = {"godown": ["KCB", "CM"], "works": ["KGW", "MR"], "mail": ["KGI", "RCT"]}[unit]
        rno = f"{rng.choice(heads)}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "Memo No.", "M.R. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Purchaser", "Sold to - party"]), party)
    advance = k == 2
    item, per, lo, hi = WARES[kind]
    p.add("left", item)
    if kind in ("rejects", "cullet"):
        qty = round(rng.uniform(40, 380), 1) if kind == "rejects" else round(rng.uniform(6, 45), 2)
        rate = float(rng.randrange(lo, hi))
        bill = round(qty * rate, 2)
        p.pair(f"  {qty:g} {per} x {rate:,.2f}", rs(bill))
    else:
        qty = {"doz": 60, "set": 9, "pc": 160, "tora": 14}[per]
        qty = rng.randrange(max(1, qty // 12), qty)
        if advance:
            qty = rng.randrange(150, 500)
        rate = float(rng.randrange(lo, hi))
        base = round(qty * rate, 2)
        p.pair(f"  {qty} {per} x {rate:,.2f}", rs(base))
        if kind in ("tumblers", "shades"):
            gst = round(base * 0.18, 2)
            p.pair("GST @ 18%", rs(gst))
            bill = round(base + gst, 2)
        else:
            p.pair("GST (glass bangles)", "Nil")
            bill = base
    totals = ["Bill total", "Goods value", "Order total"] if advance else ["Bill total", "Goods value"]
    p.pair(rng.choice(totals), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque tendered for", "Cheque value"])
    elif advance:
        lab = rng.choice(["Advance credited by NEFT", "Advance for order"])
    else:
        lab = {
            "cash": rng.choice(["Cash amount received", "Cash collected"]),
            "UPI": rng.choice(["UPI money received", "Paid via UPI QR"]),
            "card": rng.choice(["Card amount (swipe)", "Paid by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair("Balance to be paid on dispatch", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        rng.choice(["Mode", "Mode of receipt"]),
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
        ref = bank_ref(rng, j, rng.choice(BANKS[5:9]), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "rejects":
        words.append("PAID - REJECTS SOLD BY WEIGHT, NO CLAIM")
    elif kind == "cullet":
        words.append("PAID - CULLET WEIGHED AND LIFTED")
    elif unit == "godown":
        words.append("RECEIVED - BANGLES DELIVERED AT COUNTER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE TAKEN - SHADES RELEASED AFTER CLEARING",
        "failed": "CHEQUE RETURNED UNPAID - GOODS WITHHELD, DUES PENDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    terms = (
        "Glass once sold is not taken back; count the bundles at the counter. Cheques subject to clearing."
    )
    p.add(
        "small",
        "Rejects and cullet are sold as is; no return, no claim." if kind in ("rejects", "cullet") else terms,
    )
    if unit != "mail":
        right(p, f"For {GODOWN if unit == 'godown' else SHORT} - Munim")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "KANCHANJOT CHOORI BHANDAR" if unit == "godown" else "KANCHANJOT GLASS WORKS",
            "SUHAG NAGAR, FIROZABAD" if unit == "godown" else "JALESAR ROAD, FIROZABAD",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. sand, soda ash, lustre, pots, boxes


SUPPLIERS = [
    (
        "Shankargarh Silica Sands",
        "Glass sand | Washed silica | Dolomite and limestone",
        "Station Road, Shankargarh, Prayagraj - 212108, U.P.",
        "09",
        "SSS",
    ),
    (
        "Saurashtra Soda Ash Agencies",
        "Soda ash light and dense | Sodium nitrate | Borax",
        "Halvad Road, Dhrangadhra - 363310, Gujarat",
        "24",
        "SSA",
    ),
    (
        "Howrah Lustre & Glass Colours",
        "Liquid bright gold | Lustres | Glass colours and oxides",
        "G.T. Road, Salkia, Howrah - 711106, West Bengal",
        "19",
        "HLG",
    ),
    (
        "Katni Fireclay & Refractories Pvt Ltd",
        "Furnace pots | Sillimanite blocks | Fireclay mortar",
        "Industrial Area, Bargawan, Katni - 483501, M.P.",
        "23",
        "KFR",
    ),
    (
        "Agra Corrugators & Bundle Packs",
        "Bangle boxes | 5-ply cartons | Tora wrapping paper",
        "Foundry Nagar, Agra - 282006, U.P.",
        "09",
        "ACB",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "SSS": [
        ("Glass sand - washed, Fe2O3 under 0.03%", "2505", "MT", 2400, 3600, 5, 20, 120),
        ("Dolomite powder - 100 mesh", "2518", "MT", 3200, 4600, 5, 5, 30),
        ("Limestone powder - glass grade", "2521", "MT", 1900, 2800, 5, 5, 30),
    ],
    "SSA": [
        ("Soda ash light - 50 kg bags", "2836", "MT", 30500, 36800, 18, 5, 40),
        ("Sodium nitrate - technical", "3102", "kg", 58, 82, 18, 500, 3000),
        ("Borax decahydrate", "2840", "kg", 96, 140, 18, 200, 1500),
    ],
    "HLG": [
        ("Liquid bright gold 11% - for bangles", "3207", "g", 640, 880, 18, 50, 800),
        ("Lustre colours - assorted shades", "3207", "kg", 1850, 3200, 18, 5, 60),
        ("Cobalt and copper oxide - glass colours", "2822", "kg", 2200, 3900, 18, 5, 80),
    ],
    "KFR": [
        ("Fireclay pot 28 in. - pot furnace", "6903", "nos", 18500, 32000, 18, 2, 16),
        ("Sillimanite block - tank furnace throat", "6902", "nos", 2400, 4800, 18, 10, 80),
        ("Fireclay mortar - 50 kg bags", "3816", "bags", 520, 780, 18, 20, 200),
    ],
    "ACB": [
        ("Bangle box - 12 dozen, printed", "4819", "pcs", 9, 16, 18, 2000, 20000),
        ("5-ply export carton 20 x 14 x 12 in.", "4819", "pcs", 48, 84, 18, 300, 3000),
        ("Tora wrapping paper - kraft, 40 gsm", "4804", "kg", 62, 88, 18, 100, 900),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 2, 1]
SUPPLY_WAYS = ["NEFT", "RTGS", "UPI", "-", "NEFT", "-", "UPI", "RTGS"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Shankargarh glass sand supplier, the Dhrangadhra soda ash agent, the Howrah lustre and colour
    maker, the Katni fireclay pot and refractory maker and the Agra box maker billing the company (paper: the
    supplier on top, its line, address and GSTIN; GST TAX INVOICE (ORIGINAL) / INVOICE UNDER SECTION 31 OF
    CGST ACT / TAX INVOICE, Invoice No. / Tax Invoice No. / Bill No., Invoice date / Dated / Date, Invoiced to
    / Party (buyer) / Receiver of goods (billed to) the company, Delivered at / Consignee (delivery at) the
    works or the godown, Place of supply, E-way bill No., Bilty No. or Vehicle No., the sand, dolomite,
    limestone, soda ash, nitrate, borax, liquid gold, lustres, oxides, pots, blocks, mortar, boxes, cartons or
    paper with HSN, MT, kg, g, nos, bags or pcs x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%,
    Round off, Invoice total, and the payment block under it: Less: Advance (PO stage) and Balance amount
    realised by RTGS / NEFT on some, else Payment received by RTGS / NEFT / Amount credited via NEFT / RTGS /
    UPI receipt / Received on UPI QR with UTR / UTR No. / UPI Ref. No. / UPI RRN, or Cheque of / By cheque
    with Cheque No.; PAID / PAYMENT RECEIVED IN FULL - NO DUES / RECEIVED BY RTGS / NEFT / UPI - BILL CLOSED /
    CHEQUE UNDER CLEARING - CREDIT ON REALISATION ONLY / CHEQUE BOUNCED - SIGNATURE MISMATCH, BILL
    OUTSTANDING, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
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
        ["GST TAX INVOICE (ORIGINAL)", "INVOICE UNDER SECTION 31 OF CGST ACT", "TAX INVOICE"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Invoiced to", "Party (buyer)", "Receiver of goods (billed to)"])
    at = f"{GODOWN}, Suhag Nagar" if tag == "ACB" else f"{WORKS}, Jalesar Road"
    wrap_pair(p, rng.choice(["Delivered at", "Consignee (delivery at)"]), f"{at}, Firozabad")
    p.pair("Place of supply", "Uttar Pradesh (09)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("ACB", "SSS"):
        p.pair(
            "Vehicle No.", f"{'UP-80' if tag == 'ACB' else 'UP-70'}-{code(rng, 2, UPPER)}-{digits(rng, 4)}"
        )
    else:
        p.pair("Bilty No.", f"{rng.choice(['DGD', 'HWH', 'KTN'])}/{digits(rng, 5)}")
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
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
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance (PO stage)", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(rng.choice(["Cheque of", "By cheque"]), rs(j.amount), amount=j.amount, method="cheque")
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance amount realised by {way}"
        elif way == "UPI":
            lab = rng.choice(["UPI receipt", "Received on UPI QR"])
        else:
            lab = rng.choice([f"Payment received by {way}", f"Amount credited via {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(
            ["PAID", "PAYMENT RECEIVED IN FULL - NO DUES", f"RECEIVED BY {way} - BILL CLOSED"]
        ),
        "pending": "CHEQUE UNDER CLEARING - CREDIT ON REALISATION ONLY",
        "failed": "CHEQUE BOUNCED - SIGNATURE MISMATCH, BILL OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Goods once dispatched are at buyer's risk. Disputes subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Suhag Nagri Roadways", "Freight Firozabad-Hyderabad - 2 trucks of bangles", 26000, 88000),
    ("Jalesar Road Furnace Builders", "Tank furnace crown and port repair - June shutdown", 45000, 190000),
    ("Shikohabad Gas Pipeline Fitters", "Burner and pipeline work - pot furnace 3", 12000, 58000),
    ("Taj Analytical Labs Pvt Ltd", "Lead and cadmium test - 4 tumbler samples", 9000, 36000),
    ("Firozabad Export Packers & Movers", "Export packing - 1 x 20 ft container, bangles", 24000, 98000),
    ("Smt. Urmila Varshney", "Godown rent - Suhag Nagar, 2 months", 30000, 76000),
    ("Chhavi Catalogue Studio", "Bangle catalogue shoot and print - 500 copies", 14000, 62000),
    ("Syed Akbar Ali & Sons", "Commission on Laad Bazaar orders - season", 18000, 110000),
]
CORP_PORTALS = [
    ("Kotak Biz", "Kotak Mahindra Bank", "biz.kotak.com/payments/transfer-details"),
    ("ICICI Bank CIB", "ICICI Bank", "cib.icicibank.com/corp/payments/status"),
    ("PNB Corporate Internet Banking", "Punjab National Bank", "corp.pnbibanking.in/fundstransfer/view"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its roadways, the furnace builder, the gas pipeline fitter, the testing lab, the
    export packer, the godown's landlady, the catalogue studio and the Hyderabad commission agent: corporate
    net banking's transaction pages (Kotak Biz, ICICI Bank CIB, PNB Corporate Internet Banking: the portal on
    top and the bank's line, then the outcome and the day first - Credited to payee on / Transfer date / Value
    date / Saved on / Failed on - then UTR number / UTR / IMPS Ref No. and Core ref. No. / CBS ref. No. above
    the payee, Payee - beneficiary name / Account title (beneficiary) / Beneficiary, Payee tag, Beneficiary
    A/c and IFSC, Debited account the company, Sum transferred (INR) / Net transfer value / Transfer amount,
    Rail / Payment type NEFT / RTGS / IMPS, Narration / Purpose, Created by / Released by; Funds credited to
    beneficiary - transfer closed / Status: Executed - UTR assigned / Saved - waiting for the second signatory
    to release / Failed at beneficiary bank - account is dormant)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Fund transfer', 'Payments', 'Transfer enquiry'])}")
    p.add("center", rng.choice(["Transfer details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds credited to beneficiary - transfer closed", "Status: Executed - UTR assigned"],
            "pending": ["Saved - waiting for the second signatory to release"],
            "failed": ["Failed at beneficiary bank - account is dormant"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Credited to payee on", "Transfer date", "Value date"],
            "pending": ["Saved on"],
            "failed": ["Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR number", "UTR"]) if way != "IMPS" else "IMPS Ref No.",
                ref,
                txn=(UTR_RANK, ref),
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Core ref. No.", "CBS ref. No."]), tr, txn=(BANK_RANK, tr))
    p.add("rule")
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p,
        rng.choice(["Payee - beneficiary name", "Account title (beneficiary)", "Beneficiary"]),
        who,
        merchant=who,
    )
    if rng.random() < 0.5:
        p.pair("Payee tag", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "FZD")
    ben = rng.choice(BANKS[:9])
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debited account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Sum transferred (INR)", "Net transfer value", "Transfer amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Rail", "Payment type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Narration", "Purpose"]), note)
    p.pair("Created by / Released by", f"KGIACCTS / {'-' if status == 'pending' else 'KGIDIR1'}")
    p.part = "foot"
    p.add("small", "A failed transfer is credited back to the debited account by the next working day.")
    return p.done()


# ---------------------------------------------------------------- 7. karigars, jhalai homes, teasers, packers


# payee, work, kind
WORKERS = [
    ("Bhagwan Das Kushwaha", "Belan karigar - pot furnace 2", "belan"),
    ("Shahnaz Begum", "Jhalai worker (home based)", "jhalai"),
    ("Naseem Ahmad Ansari", "Gaffer - glass blowing, pot furnace 1", "blow"),
    ("Ramvati Devi", "Sorter - sadai and chhatai", "sort"),
    ("Rajkumar Jatav", "Teaser (stoker) - tank furnace", "tank"),
    ("Guddi Begum", "Katai (cutting) karigar", "katai"),
    ("Sonu Kumar Baghel", "Packer - tora bundling", "pack"),
    ("Pappu Singh Rathore", "Pakai bhatti man - decoration kiln", "pakai"),
]
WORK_FRAMES = ["paper", "zwitch", "paper", "gpay", "zwitch", "zwitch", "pnbone", "paper"]
# kind: voucher headings, payee labels, the line, rate (low, high), count (low, high), additions, net labels
WORK = {
    "belan": (
        ["BELAN KARIGAR PIECE WAGE SLIP (PER 100 SPIRALS)", "SPIRAL WINDING WAGES - POT FURNACE"],
        ["Karigar's name", "Wages paid to (karigar)"],
        "Spirals wound: {q} hundred x {rate}",
        (60, 110),
        (20, 90),
        ["Add: Furnace heat allowance"],
        ["Amount paid to karigar", "Net paid (after deductions)"],
    ),
    "blow": (
        ["GAFFER'S PIECE WAGE VOUCHER - BLOWN WARE", "GLASS BLOWING WAGES (PER 100 PIECES)"],
        ["Gaffer's name", "Paid to (gaffer)"],
        "Pieces blown and passed: {q} hundred x {rate}",
        (180, 320),
        (10, 60),
        ["Add: Night furnace duty", "Add: Furnace heat allowance"],
        ["Amount paid to gaffer", "Net paid (after deductions)"],
    ),
    "pakai": (
        ["PAKAI BHATTI WAGES VOUCHER (PER BATCH)", "DECORATION KILN - BAKING WAGES"],
        ["Bhatti man's name", "Paid to (bhatti man)"],
        "Batches baked: {q} x {rate}",
        (140, 260),
        (20, 70),
        ["Add: Festival rush bonus", "Add: Night furnace duty"],
        ["Net wages in hand", "Net paid (after deductions)"],
    ),
}
ZWITCH_NOTES = {
    "jhalai": ["Jhalai wages - 40 tora", "Jhalai - joining, week 2"],
    "tank": ["Tank furnace shifts - fortnight", "Teaser wages - 14 shifts"],
    "katai": ["Katai wages - 26 tora", "Cutting work - week 3"],
}


def worker_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its belan karigars, gaffers and pakai bhatti men by the hundred spirals, the hundred
    pieces or the batch: its printed BELAN KARIGAR PIECE WAGE SLIP (PER 100 SPIRALS) / SPIRAL WINDING WAGES -
    POT FURNACE / GAFFER'S PIECE WAGE VOUCHER - BLOWN WARE / GLASS BLOWING WAGES (PER 100 PIECES) / PAKAI
    BHATTI WAGES VOUCHER (PER BATCH) / DECORATION KILN - BAKING WAGES (the company on top with the works'
    line, Voucher No. / Vr. No., Date / Voucher date, Karigar's name / Wages paid to (karigar) / Gaffer's name
    / Paid to (gaffer) / Bhatti man's name / Paid to (bhatti man), Work, Worker ID and Furnace (no fact), the
    spirals, pieces or batches x rate, Add: Furnace heat allowance / Add: Night furnace duty / Add: Festival
    rush bonus, Earnings total / Gross wages earned, Less: Broken spirals - n / Less: Rejected pieces - n pcs
    / Less: Peshgi recovered, Amount paid to karigar / Amount paid to gaffer / Net wages in hand / Net paid
    (after deductions), Mode Cash / UPI / IMPS, UPI Ref. No. / IMPS Ref No.; PAID / PAID - KARIGAR SIGNED IN
    REGISTER / PAID - THUMB MARK ON VOUCHER / PAID IN CASH AT FURNACE), Zwitch payout pages for a jhalai
    worker, a tank furnace teaser and a katai karigar (Zwitch on top and the company's payout account line
    under it, the sum large, Recipient name / Paid out to, Beneficiary key, Bank account, Transfer mode,
    Remarks, Zwitch transfer ID, Bank UTR, Merchant ref. ID, Settled on / Processed at / Initiated on / Failed
    on; Payout successful - amount credited / Status: SETTLED / Processing - awaiting confirmation from the
    beneficiary bank / Payout failed - money returned to your Zwitch balance), a Google Pay screen paying a
    sorter and a PNB ONE screen paying a packer."""
    k = place("worker_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=900, high=24000, p_round=0.9)
    who, work, kind = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "zwitch":
        j.amount = rupees(rng, 6000, 24000, 0.6) if kind == "tank" else rupees(rng, 1800, 11000, 0.6)
        tid = f"ztr_{code(rng, 14, ALNUM + LOWER)}"
        p = browser_page(rng, font, "dashboard.zwitch.io/payouts/transfers" + ("" if j.no_ref else f"/{tid}"))
        p.part = "head"
        top(p, "Zwitch")
        p.add("small", f"{rng.choice([COMPANY, SHORT])} - payout account")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payout successful - amount credited", "Status: SETTLED"],
                "pending": ["Processing - awaiting confirmation from the beneficiary bank"],
                "failed": ["Payout failed - money returned to your Zwitch balance"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Recipient name", "Paid out to"]), who, merchant=who)
        p.pair("Beneficiary key", f"ben_{code(rng, 10, ALNUM + LOWER)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Bank account",
            f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{rng.randrange(10, 99)}@pnb",
        )
        p.pair("Transfer mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Remarks", rng.choice(ZWITCH_NOTES[kind]))
        if not j.no_ref:
            p.pair("Zwitch transfer ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("Bank UTR", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"KGI-{kind[:3].upper()}-{digits(rng, 6)}"
            p.pair("Merchant ref. ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {
                "success": ["Settled on", "Processed at"],
                "pending": ["Initiated on"],
                "failed": ["Failed on"],
            }[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "A failed payout is added back to the payout balance at once.")
        return p.done()
    if frame in ("gpay", "pnbone"):
        j.amount = rupees(rng, 1200, 15000, 0.9)
        p = phone_page(rng, font, k, ["", "Payment details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "PNB ONE")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['okaxis', 'oksbi', 'pnb', 'upi'])}",
            method="UPI",
        )
        p.pair(
            rng.choice(["Note", "Message"]),
            rng.choice(["Sorting wages - 30 tora", "Chhatai week 1"])
            if kind == "sort"
            else rng.choice(["Packing 180 tora", "Bundling wages"]),
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                own = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
                wrap_pair(p, "Google transaction ID", own, txn=(TXN_RANK, own))
            else:
                p.pair(rng.choice(["UPI RRN", "UPI Ref No."]), j.ref, txn=(UTR_RANK, j.ref))
                own = f"PNB{digits(rng, 13)}"
                p.pair("Transaction No.", own, txn=(TXN_RANK, own))
        p.pair(rng.choice(["From", "Debited from"]), f"Punjab National Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), adds, nets = WORK[kind]
    p = paper_page(rng, font, [660, 700, 740])
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{WORKS} - {'decoration and baking' if kind == 'pakai' else 'pot furnace hall'}",
        UNITS[0][1],
        UNITS[0][2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[0].upper()}V/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", work)
    p.pair("Worker ID", f"KGW-{rng.randrange(10, 480):03d}")
    p.pair("Furnace", {"belan": "Pot furnace 2", "blow": "Pot furnace 1"}.get(kind, "Pakai bhatti 1"))
    rate = float(rng.randrange(rlo, rhi + 1))
    q = rng.randrange(qlo, qhi)
    gross = round(q * rate, 2)
    p.pair(text.format(q=f"{q:,}", rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([300, 400, 500, 800]))
        p.pair(rng.choice(adds), rs(extra))
        gross += extra
    p.pair(rng.choice(["Earnings total", "Gross wages earned"]), rs(gross))
    cut = 0.0
    if kind in ("belan", "blow") and rng.random() < 0.5:
        broken = rng.randrange(8, 60)
        cut = float(broken * rng.choice([2, 3, 4]))
        p.pair(
            f"Less: Broken spirals - {broken}"
            if kind == "belan"
            else f"Less: Rejected pieces - {broken} pcs",
            rs(cut),
        )
    if gross > 4000 and rng.random() < 0.5:
        adv = float(rng.choice([500, 1000, 2000]))
        p.pair("Less: Peshgi recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 7 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID"]
    if way == "Cash":
        words.append("PAID IN CASH AT FURNACE")
    words.append(
        "PAID - KARIGAR SIGNED IN REGISTER" if kind in ("belan", "blow") else "PAID - THUMB MARK ON VOUCHER"
    )
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of worker")
    return p.done()


# ---------------------------------------------------------------- 8. Nagar Nigam, Factories, UPPCB, PESO, ...


FACTORY_WAIT = "Payment under verification with the bank - licence fee not yet confirmed, do not pay again"
FEE_FRAMES = ["nagarnigam", "factories", "consent", "electrical", "peso", "cdgi", "fda", "bocw"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a glass works and its bangle godown in Firozabad: Nagar Nigam Firozabad's property tax page
    (Nagar Nigam Firozabad / Firozabad Municipal Corporation on top and the district line, Occupier
    (taxpayer), Property ID, Zone, the Property tax, Jal kar and Sewer kar, Total deposited / Amount paid, no
    reference), the Directorate of Factories' licence renewal in Nivesh Mitra (the Directorate on top and the
    Nivesh Mitra line, Name of the factory, Factory licence No., Workers (max. on any day), Installed power
    (HP), Renewal fee - factory licence (1 year), Late fee, Fee amount / Total payable, NM transaction No.;
    Payment under verification with the bank - licence fee not yet confirmed, do not pay again), the UP
    Pollution Control Board's consent renewal (the Board on top, Industry (applicant), Category, Application
    No., the Water and Air Act consent fees, Consent fee deposited / Total fee paid, Transaction ref. No.,
    Bank ref. No.), the Directorate of Electrical Safety's inspection fee (the Directorate on top and the
    Energy Department line, Installation owner, Connected load, the HT installation's and the DG set's
    inspection fees, Total fee paid / Inspection fee paid, Transaction ID, Challan No.), PESO's licence
    renewal paid through Bharatkosh (Petroleum and Explosives Safety Organisation / PESO on top and the DPIIT
    and Bharatkosh line, Licensee, Licence No., the Licence renewal fee and a Late fee, Licence fee remitted /
    Amount paid, Bharatkosh transaction ref., Bank ref. No., Receipt No.), the Centre for the Development of
    Glass Industry's testing charges (the Centre on top, Sample sent by, the Chemical analysis of glass, a
    Thermal shock test, GST @ 18%, Testing charges paid / Total charges paid, Payment ID, Bill No.), the
    Firozabad Development Authority's map fee (the Authority on top and the Housing and Urban Planning line,
    Applicant, Map application No., Plot area, the Map approval fee, Development fee and Malba charges, Amount
    / Total payable, Transaction ID; Transaction failed - map fee not received by the Authority, pay again)
    and the U.P. Building and Other Construction Workers Welfare Board's labour cess (the Board on top and the
    Labour Department line, Employer (builder), Work, Estimated cost of construction, Labour cess @ 1%,
    Interest on delayed cess, Total cess deposited / Amount paid, Transaction ID, GRN); Payment successful /
    Fee credited to government account - receipt final / Fee received - e-receipt issued / Payment confirmed -
    challan closed."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = [
        "Payment successful",
        "Fee credited to government account - receipt final",
        "Fee received - e-receipt issued",
        "Payment confirmed - challan closed",
    ]
    if frame == "nagarnigam":
        p = browser_page(rng, font, f"nagarnigamfirozabad.in/propertytax/epayment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            ["Nagar Nigam Firozabad", "NAGAR NIGAM FIROZABAD", "Firozabad Municipal Corporation"]
        )
        top(p, name, merchant=name)
        p.add("small", "District Firozabad, Uttar Pradesh  |  Property tax - online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Occupier (taxpayer)", f"{GODOWN} ({firm})")
        p.pair("Property ID", f"FZD/{rng.randrange(1, 70):02d}/{digits(rng, 6)}")
        p.pair("Zone", rng.choice(["Zone 3 - Suhag Nagar", "Zone 4 - Kotla Road"]))
        total = 0.0
        for head, lo, hi in [
            ("Property tax 2026-27 (non-residential)", 8400.0, 24600.0),
            ("Jal kar (water tax)", 1200.0, 3400.0),
            ("Sewer kar", 500.0, 1600.0),
        ]:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(rng.choice(["Total deposited", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        date_row(p, j, ["Payment date", "Date of deposit"], pats)
        foot = "This is a computer generated receipt; no signature is needed."
    elif frame == "factories":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/factories/licencerenewal/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Directorate of Factories, Uttar Pradesh", "DIRECTORATE OF FACTORIES, U.P."])
        top(p, name, merchant=name)
        p.add("small", "Nivesh Mitra - single window, Government of U.P.  |  Factory licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": [FACTORY_WAIT],
            },
        )
        wrap_pair(p, "Name of the factory", f"{WORKS} ({firm})")
        p.pair("Factory licence No.", f"FZD/{digits(rng, 5)}")
        p.pair("Workers (max. on any day)", str(rng.randrange(120, 320)))
        p.pair("Installed power (HP)", f"{rng.randrange(300, 900)} HP")
        fee = float(rng.choice([12000, 16500, 21000]))
        late = float(rng.choice([0, 0, 1200]))
        p.pair("Renewal fee - factory licence (1 year)", rs(fee))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair(
            rng.choice(
                ["Total fee paid", "Amount paid"] if status == "success" else ["Fee amount", "Total payable"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("NM transaction No.", TXN_RANK, f"NM{digits(rng, 13)}")])
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"]
            if status == "success"
            else ["Initiated on", "Transaction date"],
            pats,
        )
        foot = "The renewed licence is issued after the fee is confirmed by the treasury."
    elif frame == "consent":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/uppcb/cto-renewal/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh Pollution Control Board", "UTTAR PRADESH POLLUTION CONTROL BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Nivesh Mitra  |  Consent to operate - renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Industry (applicant)", f"{WORKS} ({firm})")
        p.pair("Category", rng.choice(["Orange - glass (gas fired furnaces)", "Orange - glass bangles"]))
        p.pair("Application No.", f"NM/UPPCB/{digits(rng, 7)}")
        water = float(rng.choice([6000, 8000, 10000]))
        air = float(rng.choice([8000, 10000, 14000]))
        p.pair("Consent fee - Water Act (2 years)", rs(water))
        p.pair("Consent fee - Air Act (2 years)", rs(air))
        j.amount = water + air
        p.pair(rng.choice(["Consent fee deposited", "Total fee paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"NMUP{digits(rng, 12)}"),
                ("Bank ref. No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = (
            "The furnaces run on natural gas under the Taj Trapezium Zone order; keep the stack report ready."
        )
    elif frame == "electrical":
        p = browser_page(rng, font, "electricalsafety.up.gov.in/inspection/feereceipt")
        p.part = "head"
        name = rng.choice(
            ["Directorate of Electrical Safety, Uttar Pradesh", "Electrical Safety Directorate, U.P."]
        )
        top(p, name, merchant=name)
        p.add("small", "Energy Department, Government of U.P.  |  Inspection fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Installation owner", f"{WORKS} ({firm})")
        p.pair("Connected load", f"{rng.choice([350, 450, 630])} kVA (HT)")
        ht = float(rng.choice([4500, 6000, 7500]))
        dg = float(rng.choice([0, 1500, 2500]))
        p.pair("Periodical inspection fee - HT installation", rs(ht))
        if dg:
            p.pair("DG set inspection fee", rs(dg))
        j.amount = ht + dg
        p.pair(rng.choice(["Total fee paid", "Inspection fee paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"DES{digits(rng, 12)}"),
                ("Challan No.", INVOICE_RANK, f"ES/FZD/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The inspector's visit is fixed after the fee is received."
    elif frame == "peso":
        p = browser_page(rng, font, "peso.gov.in/PESO_NEW/Online_Licensing/FeeReceipt")
        p.part = "head"
        name = rng.choice(["Petroleum and Explosives Safety Organisation", "PESO"])
        top(p, name, merchant=name)
        p.add("small", "DPIIT, Ministry of Commerce and Industry  |  Fee paid through Bharatkosh")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Licensee", firm)
        p.pair("Licence No.", f"G/NC/UP/14/{rng.randrange(100, 999)}(P{digits(rng, 6)})")
        fee = float(rng.choice([2000, 3000, 5000]))
        late = float(rng.choice([0, 0, 500]))
        p.pair("Licence renewal fee - compressed gas cylinders", rs(fee))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair(rng.choice(["Licence fee remitted", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Bharatkosh transaction ref.", TXN_RANK, digits(rng, 13)),
                ("Bank ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 9)}"),
                ("Receipt No.", INVOICE_RANK, f"PESO/{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Keep the receipt with the licence at the cylinder store."
    elif frame == "cdgi":
        p = browser_page(rng, font, "cdgifirozabad.in/testing/payment/receipt")
        p.part = "head"
        name = rng.choice(["Centre for the Development of Glass Industry, Firozabad", "CDGI, Firozabad"])
        top(p, name, merchant=name)
        p.add("small", "Glass testing laboratory  |  Online payment of testing charges")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Sample sent by", firm)
        n = rng.randrange(2, 7)
        per = float(rng.choice([1200, 1500, 1800]))
        chem = n * per
        p.pair(f"Chemical analysis of glass - {n} samples x {per:,.0f}", rs(chem))
        shock = float(rng.choice([0, 2000, 2500]))
        if shock:
            p.pair("Thermal shock test - tumblers", rs(shock))
        gst = round((chem + shock) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(chem + shock + gst, 2)
        p.pair(rng.choice(["Testing charges paid", "Total charges paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"CDGI{digits(rng, 11)}"),
                ("Bill No.", INVOICE_RANK, f"CDGI/T/{digits(rng, 5)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The test report is sent by e-mail within 10 working days of the payment."
    elif frame == "fda":
        p = browser_page(rng, font, f"fdafirozabad.in/obps/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Firozabad Development Authority", "FIROZABAD DEVELOPMENT AUTHORITY"])
        top(p, name, merchant=name)
        p.add("small", "Housing and Urban Planning Department, U.P.  |  Building permission fee")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "failed": ["Transaction failed - map fee not received by the Authority, pay again"],
            },
        )
        wrap_pair(p, "Applicant", firm)
        p.pair("Map application No.", f"FDA/OBPS/{digits(rng, 6)}")
        p.pair("Plot area", f"{rng.randrange(400, 1400)} sq m")
        total = 0.0
        for head, lo, hi in [
            ("Map approval fee (commercial godown)", 9000.0, 26000.0),
            ("Development fee", 12000.0, 40000.0),
            ("Malba charges", 1000.0, 3000.0),
        ]:
            fee = float(round(rng.uniform(lo, hi), -1))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Total fee paid", "Amount paid"] if status == "success" else ["Amount", "Total payable"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"FDA{digits(rng, 12)}")])
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"]
            if status == "success"
            else ["Transaction date", "Attempted on"],
            pats,
        )
        foot = (
            "The map is sent for scrutiny once the fee is received."
            if status == "success"
            else "If money was debited, the bank returns it within 7 working days."
        )
    else:
        p = browser_page(rng, font, "upbocw.in/cess/epayment/receipt")
        p.part = "head"
        name = rng.choice(
            [
                "U.P. Building and Other Construction Workers Welfare Board",
                "U.P. BOCW Welfare Board",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Labour Department, Government of U.P.  |  Labour cess on construction")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Employer (builder)", firm)
        wrap_pair(p, "Work", "Godown extension, Chooriwala Mohalla, Suhag Nagar")
        cost = float(rng.randrange(1800000, 6500000, 10000))
        p.pair("Estimated cost of construction", rs(cost))
        cess = round(cost * 0.01, 2)
        p.pair("Labour cess @ 1%", rs(cess))
        late = float(rng.choice([0, 0, 650, 1100]))
        if late:
            p.pair("Interest on delayed cess", rs(late))
        j.amount = round(cess + late, 2)
        p.pair(rng.choice(["Total cess deposited", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"BOCW{digits(rng, 11)}"),
                ("GRN", INVOICE_RANK, f"UP{digits(rng, 12)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of deposit"], pats)
        foot = "The cess is due within 30 days of the start of the work."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Standard fire and special perils - furnaces, sheds and stock",
        "browser",
        "works",
    ),
    (
        "Tata AIG General Insurance Co. Ltd",
        "tataaig.com",
        "Marine export open cover - bangles and glassware",
        "mail",
        "cargo",
    ),
    (
        "Go Digit General Insurance Ltd",
        "godigit.com",
        "Commercial vehicle package - tempo loader",
        "paper",
        "vehicle",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health - office and godown staff",
        "browser",
        "health",
    ),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Burglary and housebreaking - bangle godown stock",
        "mail",
        "burglary",
    ),
    (
        "Cholamandalam MS General Insurance Co. Ltd",
        "cholainsurance.com",
        "Group personal accident - furnace and godown workers",
        "paper",
        "gpa",
    ),
    (
        "Generali Central Insurance Co. Ltd",
        "generalicentral.com",
        "Money insurance - cash in transit and in safe",
        "browser",
        "money",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Employees' compensation - works and godown",
        "mail",
        "wc",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its furnaces, sheds and stock, its export consignments, its tempo loader, its
    staff's health, the godown's stock against burglary, its furnace and godown workers, its cash in transit
    and its employees: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on
    top, the product line, PREMIUM RECEIPT - POLICY ISSUANCE / Premium paid - receipt / PREMIUM
    ACKNOWLEDGEMENT SLIP / ACKNOWLEDGEMENT OF PREMIUM CHEQUE / Premium payment status, Insured (firm name) /
    Policy holder (M/s), Policy No., Proposal No. / Quote ref., Sum insured - furnaces, buildings and stock /
    Annual export sendings / IDV (insured declared value) / Lives insured (staff and family) / Sum insured -
    godown stock / Workers insured / Cash carrying limit per trip / Estimated annual wages, Period of
    insurance, Basic premium or Own damage premium and Third party premium, an add-on (STFI cover, Breakage of
    glass cover, Zero depreciation, Maternity cover, Theft by employees, Hospital cash extension, Cash in safe
    extension, Occupational disease), GST @ 18%, Premium received (GST incl.) / Amount of premium received /
    Premium by cheque / Premium to pay, the outcome under the sum, Payment mode, PG transaction No. / Payment
    ref. No., UPI Ref No. / Bank Ref No., Receipt number / Premium receipt No., Cheque No., Receipt date /
    Premium credited on / Cheque received on / Tried on / Declined on; Policy issued - premium credited to our
    account / Receipt confirmed - e-policy sent to registered e-mail / CHEQUE UNDER REALISATION - RISK COVERED
    FROM DATE OF CLEARANCE / Payment not received - transaction declined, proposal still open)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'epay', 'online'])}.{host}/premium-receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <noreply@{host}>",
            ["Premium received - receipt attached", "Receipt of your premium"],
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
            rng.choice(["Branch Office, Sadar Bazar, Firozabad", "Divisional Office, Sanjay Place, Agra"]),
        )
    p.add(
        "center",
        rng.choice(
            {
                "success": [
                    "PREMIUM RECEIPT - POLICY ISSUANCE",
                    "Premium paid - receipt",
                    "PREMIUM ACKNOWLEDGEMENT SLIP",
                ],
                "pending": ["Premium paid - receipt", "ACKNOWLEDGEMENT OF PREMIUM CHEQUE"],
                "failed": ["Premium payment status"],
            }[status]
        ),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(
        p,
        rng.choice(["Insured (firm name)", "Policy holder (M/s)"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair(
            "Policy No.", f"{digits(rng, 4)}/{rng.choice(['1101', '2002', '3101'])}/{digits(rng, 8)}/00/000"
        )
    else:
        p.pair(rng.choice(["Proposal No.", "Quote ref."]), f"PR{digits(rng, 10)}")
    taxed_heads: list[tuple[str, float]] = []
    if kind == "works":
        insured = float(rng.randrange(5000000, 30000000, 50000))
        p.pair("Sum insured - furnaces, buildings and stock", rs(insured))
        basic = round(insured * rng.uniform(0.0006, 0.001), 2)
        addon = ("STFI cover", round(insured * 0.00012, 2))
    elif kind == "cargo":
        sendings = float(rng.randrange(12000000, 70000000, 100000))
        p.pair("Annual export sendings", rs(sendings))
        basic = round(sendings * rng.uniform(0.0004, 0.0006), 2)
        addon = ("Breakage of glass cover", round(sendings * 0.00008, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(380000, 860000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"UP-83-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        taxed_heads = [
            ("Own damage premium", basic),
            ("Third party premium", float(rng.choice([16049, 27186]))),
        ]
        addon = ("Zero depreciation", round(idv * 0.0025, 2))
    elif kind == "health":
        members = rng.randrange(12, 36)
        p.pair("Lives insured (staff and family)", f"{members} staff and dependants")
        basic = round(members * rng.uniform(7800, 12500), 2)
        addon = ("Maternity cover", round(members * 450.0, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 9000000, 10000))
        p.pair("Sum insured - godown stock", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0015), 2)
        addon = ("Theft by employees", round(insured * 0.0002, 2))
    elif kind == "gpa":
        persons = rng.randrange(40, 140)
        p.pair("Workers insured", f"{persons} x Rs 2,00,000")
        basic = round(persons * rng.uniform(300, 520), 2)
        addon = ("Hospital cash extension", round(persons * 60.0, 2))
    elif kind == "money":
        limit = float(rng.choice([300000, 500000, 800000]))
        p.pair("Cash carrying limit per trip", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in safe extension", round(limit * 0.0008, 2))
    else:
        wages = float(rng.randrange(6000000, 18000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Employees covered", str(rng.randrange(90, 260)))
        basic = round(wages * rng.uniform(0.006, 0.009), 2)
        addon = ("Occupational disease", round(wages * 0.0002, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"1 year from {j.other_day(rng, 1, 6)}")
    if taxed_heads:
        for head, value in taxed_heads:
            p.pair(head, rs(value))
        taxed = round(sum(value for _, value in taxed_heads), 2)
    else:
        p.pair("Basic premium", rs(basic))
        taxed = basic
    wrap_pair(p, addon[0], rs(addon[1]))
    taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Premium received (GST incl.)", "Amount of premium received"],
        "pending": ["Premium by cheque"],
        "failed": ["Premium to pay"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": [
                "Policy issued - premium credited to our account",
                "Receipt confirmed - e-policy sent to registered e-mail",
            ],
            "pending": ["CHEQUE UNDER REALISATION - RISK COVERED FROM DATE OF CLEARANCE"],
            "failed": ["Payment not received - transaction declined, proposal still open"],
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
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:4])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["PG transaction No.", "Payment ref. No."]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 12)
            p.pair(rng.choice(["Receipt number", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium credited on"],
            "pending": ["Cheque received on"],
            "failed": ["Tried on", "Declined on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover starts only when the premium is realised. Please read the policy wording and exclusions.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("KANCHANJOT CHOORI BHANDAR", "SUHAG NAGAR, FIROZABAD", "own"),
    ("SHIV SHAKTI FUELS (JIO-BP)", "NH-19, TUNDLA", "fuel"),
    ("KANCHANJOT GLASS", "JALESAR ROAD FIROZABAD UP", "own"),
    ("HOTEL MUGHAL VIEW", "FATEHABAD ROAD, AGRA", "hotel"),
    ("SHIKOHABAD REFRACTORY STORE", "STATION ROAD, SHIKOHABAD", "shop"),
    ("KANCHANJOT GLASS WORKS", "JALESAR ROAD, FIROZABAD", "own"),
    ("YADAV JI DHABA", "AGRA-LUCKNOW EXPWY KM 62", "food"),
    ("KANCHANJOT CHOORI BHANDAR", "FIROZABAD 283203 UP", "own"),
]
TERMINALS = [
    "PUNJAB NATIONAL BANK",
    "JIO-BP",
    "KOTAK MAHINDRA BANK",
    "INDIAN BANK",
    "EZETAP",
    "IDBI BANK",
    "RAZORPAY POS",
    "BANK OF INDIA",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Bangle shops' and buyers' cards on the godown's, the company's and the works' terminals, and the
    company's card at a filling station on NH-19, an Agra hotel, a Shikohabad refractory store and an
    expressway dhaba: terminal slips (monospace: the terminal's bank or brand on top on some, the counter's
    name and place in capitals, TXN DATE/TIME: / TXN DT: and TM: / DATE: and TIME:, MID:, TID:, BATCH NO:,
    STAN:, INVOICE NUM: / RECEIPT NO:, SALE / SALE (TAP & PAY) / SALE - CHIP CARD, CARD NO:, CARD TYPE:, the
    sum before the references - AMT RS: / SALE VALUE: / AMOUNT: / SALE AMOUNT: - a fuel sale's PRODUCT:,
    RATE:, VOLUME(L):, DISPENSER NO: and VEHICLE NO:, a hotel's ROOM NO:, AUTH NO: / APPR CODE:, RRN NUM: /
    RRN:; APPROVED / SALE APPROVED - THANK YOU / DECLINED - 65 DAILY LIMIT EXCEEDED, USE ANOTHER CARD / HOST
    TIMEOUT - DO NOT REPEAT, CHECK WITH BANK)."""
    k = place("card_slips")
    status = outcome(k, failed=(2,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=900, high=85000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 8200, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3600, 18500, 0.5)
    elif kind in ("shop", "food"):
        j.amount = rupees(rng, 420, 16800, 0.5)
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
            p.pair("TXN DATE/TIME:", f"{d} {t[:5]}", date=j.date)
        elif style == 1:
            p.pair("TXN DT:", d, date=j.date)
            p.pair("TM:", t)
        else:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NUM:", "RECEIPT NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE (TAP & PAY)", "SALE - CHIP CARD"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD NO:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    lab = rng.choice(["AMT RS:", "SALE VALUE:", "AMOUNT:", "SALE AMOUNT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', ''])}{body}", amount=j.amount)
    if kind == "fuel":
        rate = round(rng.uniform(89.5, 96.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "PETROL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("DISPENSER NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"UP83{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 420)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH NO:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN NUM:", "RRN:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "SALE APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 65 DAILY LIMIT EXCEEDED, USE ANOTHER CARD", status="failed")
    else:
        p.add("center", "HOST TIMEOUT - DO NOT REPEAT, CHECK WITH BANK", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. power, furnace gas, phone bills


BILLERS = [
    ("DVVNL", "Dakshinanchal Vidyut Vitran Nigam Ltd", "Account No."),
    ("GAIL Gas", "GAIL Gas Ltd", "BP No."),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
    ("BSNL FTTH", "Bharat Sanchar Nigam Ltd", "Telephone No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Customer ID"),
]
BILL_APPS = [
    "DVVNL",
    "Airtel Thanks",
    "Kotak Biz",
    "Freecharge",
    "DVVNL",
    "Bajaj Finserv",
    "Amazon Pay",
    "PhonePe",
]
BILL_WHICH = [0, 2, 1, 0, 0, 1, 3, 4]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The works' and the godown's electricity (DVVNL), the furnaces' and the pakai bhatti's natural gas (GAIL
    Gas), the manager's postpaid phone (Airtel), the godown's landline fibre (BSNL) and the office broadband
    (Airtel Xstream Fiber) through Bharat Connect in Kotak Biz and UPI apps (Airtel Thanks, Freecharge, Bajaj
    Finserv, Amazon Pay, PhonePe: the app on top, the biller first - Biller / Biller name / Bill issuer /
    Payment to (biller) / Operator as printed - Account No. / BP No. / Mobile No. / Telephone No. / Customer
    ID, Customer name / Consumer name / Subscriber name, Bill month and Due date on some, then the sum large
    and the outcome, Paid from Current A/c or UPI, Bharat Connect reference ID / BBPS transaction ref., UPI
    Ref No., Transaction ID on the failed one, Paid on / Transaction date & time; Bill paid successfully /
    Payment successful / Payment received by biller / Payment is being processed by the biller - status in 24
    hours, do not pay again / Payment could not reach the biller - refund, if debited, within 7 days) and
    DVVNL's own receipt page (DVVNL or Dakshinanchal Vidyut Vitran Nigam Ltd on top with its UPPCL line,
    Account No., Division, Consumer name, Bill month, Amount paid / Amount received, Payment mode, Transaction
    ID, Receipt No., Payment date / Paid on; Payment successful / Bill payment received - receipt
    generated)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=6000, high=95000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 180000, 1400000, 0.4) if k == 2 else rupees(rng, 9000, 48000, 0.4)
    elif which == 2:
        j.amount = rupees(rng, 499, 2499, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 499, 1499, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 699, 3999, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Account No.": digits(rng, 10),
        "BP No.": f"5{digits(rng, 9)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "Telephone No.": f"05612-{digits(rng, 6)}",
        "Customer ID": digits(rng, 11),
    }[idlab]
    app = BILL_APPS[k]
    if app == "DVVNL":
        p = browser_page(rng, font, "www.dvvnl.org/online-bill-payment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A UPPCL company, Agra  |  Receipt of online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Payment successful", "Bill payment received - receipt generated"]}
        )
        p.pair(idlab, ids)
        p.pair("Division", rng.choice(["EDD I Firozabad", "EUDD Firozabad"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Amount received"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"DV{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment shows on your account within 2 working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment status"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = (
        "Operator"
        if which in (2, 3)
        else rng.choice(["Biller", "Biller name", "Bill issuer", "Payment to (biller)"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Subscriber name"]),
        rng.choice([COMPANY_CAPS, WORKS.upper(), GODOWN.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    p.add("rule")
    p.add("big", rs(j.amount), amount=j.amount)
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful", "Payment received by biller"],
            "pending": ["Payment is being processed by the biller - status in 24 hours, do not pay again"],
            "failed": ["Payment could not reach the biller - refund, if debited, within 7 days"],
        },
    )
    way = "Current A/c" if app == "Kotak Biz" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "Airtel Thanks": "AT",
                "Freecharge": "FC",
                "Bajaj Finserv": "BF",
                "Amazon Pay": "AM",
                "PhonePe": "PP",
            }.get(app, "KB")
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect reference ID", "BBPS transaction ref."]), bc, txn=(BANK_RANK, bc)
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
    "SUHAG NAGRI ROADWAYS",
    "JALESAR ROAD FURNACE",
    "GAIL GAS LIMITED",
    "SHANKARGARH SILICA S",
    "BHAGWAN DAS KUSHWAHA",
    "KATNI FIRECLAY & REF",
    "CHHAVI CATALOGUE STU",
    "DAKSHINANCHAL VIDYUT VITRAN NIGAM LTD",
]
SENDERS = {
    "Punjab National Bank": "VM-PNBSMS",
    "Indian Bank": "AD-INDBNK",
    "IDBI Bank": "BZ-IDBIBK",
    "Bank of India": "VK-BOIIND",
}


def payee_line(p: Screen, lead: str, tail: str, to: str, **facts) -> None:
    """An SMS line that ends with the payee: on one line where it fits, else the payee on a line of its own (the
    facts of the words before it with the words)."""
    if fits(p, "left", f"{lead} {tail}"):
        p.add("left", f"{lead} {tail}", merchant=to, **facts)
    else:
        p.add("left", lead, **facts)
        p.add("left", tail, merchant=to)


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender VM-PNBSMS /
    AD-INDBNK / BZ-IDBIBK / VK-BOIIND, the day divider, each bank's own wording: "Dear Customer, your A/c
    XXXX1234 is debited with INR x on <day> by <way>, credited to <payee>.", "Rs.x paid out of your A/c ..1234
    on <day> via <way>; beneficiary: <payee>.", "IDBI Bank: A/c **1234 debited by INR x on <day>. <way>
    transfer to a/c of <payee>.", Bank of India's UPI "BOI: Rs x debited from A/c XX1234 on <day>, UPI
    transfer to <payee>. UPI Ref No <ref>"; a transfer that "was REJECTED by the beneficiary bank; the money
    is back in your A/c." and one that "is ON HOLD at the beneficiary bank - wait before sending it again.")
    and two e-mail debit alerts (Kotak Mahindra Bank, Punjab National Bank: Amount of transfer (INR) / Amount
    transferred, Payee name / Paid to account of, Account, Transfer type, UTR No. / IMPS Ref No., Debited on
    (date) / Transaction date, Status: Success - amount debited / Transaction status: Debit posted)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=9000, high=360000)
    to = ALERT_PAYEES[k]
    if k == 4:
        j.amount = rupees(rng, 1500, 22000, 0.8)
    elif k == 2:
        j.amount = rupees(rng, 150000, 900000)
    elif k == 7:
        j.amount = rupees(rng, 40000, 260000)
    elif k == 6:
        j.amount = rupees(rng, 14000, 62000)
    if k in (2, 7):
        bank = "Kotak Mahindra Bank" if k == 2 else "Punjab National Bank"
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Funds transfer debit - current account", "Alert: amount debited by net banking"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following transfer has been debited from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Amount of transfer (INR)", "Amount transferred"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Payee name", "Paid to account of"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transfer type", f"{way} - corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Debited on (date)", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add(
            "left",
            rng.choice(["Status: Success - amount debited", "Transaction status: Debit posted"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small", "The bank never asks for your OTP or password. Report a debit you did not make at once."
        )
        return p.done()
    if k == 4:
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # Bank of India's "for UPI payment to" is its UPI wording; each other bank's debit wording on one success
    bank = {
        0: "IDBI Bank",
        1: "Punjab National Bank",
        4: "Bank of India",
        5: "Indian Bank",
    }.get(k, rng.choice(["Punjab National Bank", "Indian Bank", "IDBI Bank"]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%Y", "%d-%b-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Bank of India":
            p.add("left", f"BOI: Rs {amt} debited from A/c XX{tail}{on},", amount=j.amount)
            payee_line(p, "UPI transfer to", f"{to}.", to, method=method)
        elif bank == "Punjab National Bank":
            p.add(
                "left", f"Dear Customer, your A/c XXXX{tail} is debited with INR {amt}{on}", amount=j.amount
            )
            payee_line(p, f"by {way}, credited to", f"{to}.", to, method=method)
        elif bank == "Indian Bank":
            p.add("left", f"Rs.{amt} paid out of your A/c ..{tail}{on}", amount=j.amount)
            payee_line(p, f"via {way}; beneficiary:", f"{to}.", to, method=method)
        else:
            p.add("left", f"IDBI Bank: A/c **{tail} debited by INR {amt}{on}.", amount=j.amount)
            payee_line(p, f"{way} transfer to a/c of", f"{to}.", to, method=method)
    else:
        p.add("left", f"{way} payment of INR {amt} from A/c XX{tail}", amount=j.amount, method=method)
        payee_line(p, "to", f"{to}{on}", to)
        word = {
            "failed": "was REJECTED by the beneficiary bank; the money is back in your A/c.",
            "pending": "is ON HOLD at the beneficiary bank - wait before sending it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        if bank == "Bank of India":
            p.add("left", f"UPI Ref No {ref}. Not you? Call 1800 103 1906", txn=(UTR_RANK, ref))
        else:
            lab = {"IMPS": "IMPS RRN", "NEFT": "UTR No", "RTGS": "UTR No"}[way]
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Bank of India":
            p.add("small", "-Bank of India", status="success")
        else:
            p.add("left", f"Avl Bal INR {rupees(rng, 40000, 2600000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not done by you? Call the bank's helpline at once", "Never share your OTP or PIN"]
                ),
            )
    if bank != "Bank of India":
        p.add(
            "small",
            {"Punjab National Bank": "-PNB", "Indian Bank": "-Indian Bank"}.get(bank, "-IDBI Bank"),
        )
    return p.done()


compose = compose158

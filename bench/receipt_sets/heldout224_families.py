"""The twelve heldout224 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a brassware and metal handicraft exporter's day in 2026 in Moradabad, Uttar Pradesh
(Pital Shilp Exports Pvt Ltd, its casting and polishing karkhana, Pital Shilp Karkhana, in Gali Thatheran, Mohalla
Karula, where the brass is melted in crucible furnaces, sand cast, scraped, engraved and polished, and its export
packing unit, Pital Shilp Packing Unit, in the UPSIDA industrial area at Lakri Fazalpur on Delhi Road, where the
planters, urlis, lamps, bells and tableware are lacquered, packed in cartons and crates and stuffed into containers
for ICD Moradabad), told by the proofs of payment it receives and makes: shops', temple traders' and decorators' UPI
screens and the sales desk's SabPaisa and PhonePe Payment Gateway pages, the Delhi, Mumbai, Varanasi, Udaipur,
Bengaluru, Gurugram and Madurai buyers' and Poompuhar's vendor payment advices, importers' inward wires from
Savannah, Cirencester, Cologne, Melbourne, Lyon, Mississauga, Sharjah and Utrecht in US dollars, pounds, euros,
Australian and Canadian dollars and UAE dirhams, the karkhana's own sale receipts and cash memos for brass scrap,
the packing unit's receipts for packing job charges, the brass ingot dealer's, the polish and buffing stores', the
lacquer maker's, the carton maker's and the crate maker's tax invoices, the corporate net-banking transfers to the
container hauliers, the customs house agent, the electroplaters, the design studio, the furnace mistri, the testing
laboratory, the packing unit's landlord and the roadlines, the casters', polishers', engravers', scrapers' and
packers' piece rate vouchers and their Open payouts, PhonePe and BHIM payments, UPSIDA's, Nagar Nigam Moradabad's,
the Uttar Pradesh Pollution Control Board's, EPCH's, the Directorate of Factories', the Fire and Emergency
Services', Legal Metrology's and the Moradabad Development Authority's fee pages, the insurers' premium receipts,
card terminal slips, PVVNL's power and the broadband, gas, phone and water bills and the banks' SMS and e-mail
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, the unit lines, the bills listed on an advice, vendor, PO, consignment note,
plot, property, file, application, RCMC, licence, contact, policy, proposal, consumer, connection, account and
beneficiary numbers, kilos, dozens, pieces, cartons, rates, breakage, short receipt and late delivery cuts, rejects,
advances, TDS, GST and interest lines, the INR values on the wires, rates of conversion, sums insured, IDV,
shipments declared, liabilities, wages declared, bill months, periods, due days, shipping bills, GSTIN, IFSC, UETR,
remitters' references, MID, TID, batch and trace numbers, aliases, the initiator and the releaser and the payer's
own details carry no fact. ``Screen`` is heldout113's; ``Job``, ``date_row``, ``letterhead`` and ``gst_lines``
heldout167's; ``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``place`` and
``fits`` heldout123's; ``outcome`` heldout119's; ``top`` heldout122's; ``outcome_row`` heldout126's; ``wrap_pair``
heldout127's; ``seal`` heldout129's; the pages (``browser_page``, ``mail_page``, ``paper_page``, ``phone_page``,
``slip_page``) heldout140's; ``fx`` and ``right`` heldout152's; ``masked`` and ``money`` heldout118's; ``compose``
is heldout158's.
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

COMPANY = "Pital Shilp Exports Pvt Ltd"
COMPANY_CAPS = "PITAL SHILP EXPORTS PVT LTD"
SHORT = "Pital Shilp Exports"
KARKHANA = "Pital Shilp Karkhana"
PACKING = "Pital Shilp Packing Unit"
# unit, address, GST state code
UNITS = [
    (
        "Casting and polishing karkhana",
        "Gali Thatheran, Mohalla Karula, Moradabad - 244001, Uttar Pradesh",
        "09",
    ),
    (
        "Export packing unit",
        "B-14, UPSIDA Industrial Area, Lakri Fazalpur, Delhi Road, Moradabad - 244001",
        "09",
    ),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d %b, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%b {d}, %Y", "%d-%b-%Y"]
BANKS = [
    "Bank of Baroda",
    "Prathama UP Gramin Bank",
    "Canara Bank",
    "Union Bank of India",
    "State Bank of India",
    "Punjab National Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "IDFC FIRST Bank",
]
IFSC = {
    "Bank of Baroda": "BARB",
    "Prathama UP Gramin Bank": "PUNB",
    "Canara Bank": "CNRB",
    "Union Bank of India": "UBIN",
    "State Bank of India": "SBIN",
    "Punjab National Bank": "PUNB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "IDFC FIRST Bank": "IDFB",
}
DOMAINS = {
    "Bank of Baroda": "bankofbaroda.in",
    "Prathama UP Gramin Bank": "prathamaupbank.in",
    "Canara Bank": "canarabank.com",
    "Union Bank of India": "unionbankofindia.co.in",
    "State Bank of India": "sbi.co.in",
    "Punjab National Bank": "pnb.bank.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "IDFC FIRST Bank": "idfcfirstbank.com",
}
# what the company sells at home: the line, its unit, its price a unit to the trade (low, high)
ARTWARE = {
    "planter": ("Hammered brass planter 10 in - antique finish", "pcs", 780, 1250),
    "urli": ("Brass urli 18 in - engraved rim", "pcs", 2200, 3600),
    "candle": ("Brass candle stand 12 in - pair", "pairs", 640, 980),
    "bell": ("Brass temple bell No. 8 with chain", "pcs", 540, 880),
    "diya": ("Brass akhand diya 6 in", "pcs", 260, 420),
    "thali": ("Brass puja thali set (7 pc) - tin lined", "sets", 1650, 2600),
    "castings": ("Raw brass castings (unfinished, by weight)", "kg", 640, 760),
    "scrap": ("Brass turnings and dross (scrap)", "kg", 390, 460),
}


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Details of receiver (billed to) / Buyer (bill to): no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
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


def count(rng: random.Random, low: int, high: int, step: int = 1) -> int:
    return rng.randrange(low, high, step)


# ---------------------------------------------------------------- 1. buyers: UPI screens and payment pages


BUYER_APPS = ["PhonePe", "Google Pay", "SabPaisa", "Paytm", "BHIM", "MobiKwik", "PhonePe PG", "bob World"]
SHOP_NOTES = [
    "Diya 12 pcs",
    "Puja thali set",
    "Bell No. 8 x 4",
    "Urli advance",
    "Planters 6 pcs",
    "Samples - candle stands",
    "Hawan kund 2 pcs",
    "Kalash and lota",
]
PAGE_ORDERS = [
    ("Janpath Decor House, New Delhi", "Advance - 240 hammered planters (order JDH/118)"),
    ("Hotel Rajmahal, Civil Lines", "Brass urlis and lamps for the lobby"),
    ("Kashi Puja Bhandar, Varanasi", "Puja thali sets 60 nos - booking"),
    ("Colaba Home Accents, Mumbai", "Candle stands - sample lot"),
]
BUYER_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "BHIM": ["UPI Ref No", "UPI RRN"],
    "MobiKwik": ["UPI Ref No.", "UTR"],
    "bob World": ["UPI Ref No.", "RRN"],
}
HANDLES = {
    "PhonePe": "ybl",
    "Google Pay": "okicici",
    "Paytm": "paytm",
    "BHIM": "upi",
    "MobiKwik": "ikwik",
    "bob World": "barodampay",
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Moradabad's gift shops, temple traders, a hotel and decorators paying the karkhana or the company: six UPI
    screens (PhonePe, Google Pay, Paytm, BHIM, MobiKwik, bob World: the sum large, the day under it, the karkhana,
    its capitals, the company's capitals or its short name under Paid to / Payment made to / Payee name / To /
    Paying to, its UPI ID, an A/c holder name / Banking name line on some, UTR / UPI Ref. No. / UPI Reference No. /
    UPI transaction ID / UPI Ref No / UPI RRN / UPI Ref No. / RRN, PhonePe's, Paytm's and MobiKwik's own Transaction
    ID, bob World's Transaction Ref No. and Google Pay's Google transaction ID on some, Debited from / From account
    / Paid from / Bank account, a note, Date & time / Paid on / Paid at / Initiated on; Payment successful / Paid
    successfully / Payment done / Sent successfully / Payment pending - money debited, waiting for the payee's bank
    to confirm / Payment declined - UPI daily limit for this account reached) and the sales desk's two payment pages
    (SabPaisa, PhonePe Payment Gateway: the company, its short name or the karkhana on top, Buyer name / Name of
    payer / Paid by, Towards / Payment against, SabPaisa's SabPaisa txn ID, Client txn ID and Bank RRN or Auth code,
    PhonePe's Transaction ID, Merchant transaction ID and UTR or Approval code, Paid on / Payment date / Paid at;
    Payment successful / Payment received / Payment captured - thank you)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=250, high=42000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("SabPaisa", "PhonePe PG"):
        j.amount = rupees(rng, 9000, 260000, 0.7)
        who, what = PAGE_ORDERS[(k + rng.randrange(2)) % len(PAGE_ORDERS)]
        to = rng.choice([COMPANY, SHORT, KARKHANA])
        url = (
            f"securepay.sabpaisa.in/SabPaisa/pay/{code(rng, 12, ALNUM + LOWER)}"
            if app == "SabPaisa"
            else f"mercury.phonepe.com/transact/pg?token={code(rng, 14, ALNUM + LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", rng.choice(["Brass and metal handicrafts - Moradabad", "Gali Thatheran, Mohalla Karula"])
        )
        p.add("rule")
        p.part = "body"
        p.add("big", rs(j.amount), amount=j.amount)
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Payment received", "Payment captured - thank you"]},
        )
        way = rng.choice(["UPI", "UPI", "card"])
        if not j.no_ref:
            if app == "SabPaisa":
                pid = f"SP{digits(rng, 14)}"
                p.pair("SabPaisa txn ID", pid, txn=(TXN_RANK, pid))
                oid = f"PSE-{digits(rng, 8)}"
                p.pair("Client txn ID", oid, txn=(ORDER_RANK, oid))
            else:
                pid = f"T{digits(rng, 20)}"
                wrap_pair(p, "Transaction ID", pid, txn=(TXN_RANK, pid))
                oid = f"PSEORD{digits(rng, 9)}"
                p.pair("Merchant transaction ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("Bank RRN" if app == "SabPaisa" else "UTR", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code" if app == "SabPaisa" else "Approval code", appr, txn=(APPR_RANK, appr))
        wrap_pair(p, rng.choice(["Buyer name", "Name of payer", "Paid by"]), who)
        wrap_pair(p, rng.choice(["Towards", "Payment against"]), what)
        p.pair(
            rng.choice(["Payment method", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card "
            f"{masked(rng, font)}",
            method=way,
        )
        date_row(p, j, ["Paid on", "Payment date", "Paid at"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by SabPaisa" if app == "SabPaisa" else "Secured by PhonePe Payment Gateway")
        return p.done()
    to = rng.choice([KARKHANA, KARKHANA.upper(), COMPANY_CAPS, SHORT])
    handle = f"pitalshilp{rng.choice(['', '.mbd', '24'])}@{HANDLES[app]}"
    p = phone_page(rng, font, k, ["", "Payment receipt", "Transaction details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Payment done", "Sent successfully"],
            "pending": ["Payment pending - money debited, waiting for the payee's bank to confirm"],
            "failed": ["Payment declined - UPI daily limit for this account reached"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    date_row(
        p,
        j,
        ["Date & time", "Paid on", "Paid at"] if status == "success" else ["Date & time", "Initiated on"],
        hour=True,
    )
    p.add("rule")
    p.add(
        "small",
        rng.choice(
            ["Paid to", "Payment made to", "Payee name", "To"]
            if status == "success"
            else ["To", "Paying to", "Payee name"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Paytm", "MobiKwik", "bob World") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"{rng.choice(['A/c holder name', 'Banking name'])}: {COMPANY_CAPS}")
    p.add("rule")
    if not j.no_ref:
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "MobiKwik", "bob World") and rng.random() < 0.7:
            label, own = {
                "PhonePe": ("Transaction ID", f"T{j.date:%y%m%d}{digits(rng, 16)}"),
                "Paytm": ("Transaction ID", digits(rng, 20)),
                "MobiKwik": ("Transaction ID", f"MBK{digits(rng, 15)}"),
                "bob World": ("Transaction Ref No.", f"BOB{digits(rng, 14)}"),
            }[app]
            wrap_pair(p, label, own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(
            ["Debited from", "From account", "Paid from", "Bank account"]
            if status == "success"
            else ["Debited from", "From account"]
        ),
        f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}",
    )
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SHOP_NOTES))
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Download receipt", "Having trouble? Contact us"]))
    return p.done()


# ---------------------------------------------------------------- 2. buyers' and Poompuhar's payment advices


# payer, its mail, its desk's town, the line it buys, the frame
PAYERS = [
    ("Janpath Decor House Pvt Ltd", "accounts@janpathdecor.in", "Janpath, New Delhi", "planter", "mail"),
    (
        "Tamil Nadu Handicrafts Development Corporation Ltd",
        "purchase@tnpoompuhar.in",
        "Anna Salai, Chennai",
        "urli",
        "portal",
    ),
    ("Colaba Home Accents Pvt Ltd", "payables@colabahome.in", "Colaba, Mumbai", "candle", "paper"),
    ("Kashi Puja Bhandar", "kashipujabhandar@gmail.com", "Thatheri Bazar, Varanasi", "bell", "mail"),
    (
        "Aravali Heritage Hotels Pvt Ltd",
        "ap@aravaliheritage.com",
        "Fateh Sagar Road, Udaipur",
        "urli",
        "portal",
    ),
    ("Lalbagh Gift Emporium", "lalbaghgifts@gmail.com", "Lalbagh Road, Bengaluru", "diya", "paper"),
    ("Tatvam Home Online Pvt Ltd", "vendorpay@tatvamhome.in", "Udyog Vihar, Gurugram", "planter", "portal"),
    (
        "Sri Meenakshi Pooja Stores",
        "accounts@meenakshipooja.in",
        "East Chitrai Street, Madurai",
        "thali",
        "mail",
    ),
]


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Delhi decor house, Poompuhar (the Tamil Nadu Handicrafts Development Corporation), a Mumbai home store, a
    Varanasi puja trader, an Udaipur hotel group, a Bengaluru gift emporium, a Gurugram home decor e-retailer and a
    Madurai pooja store paying for the planters, urlis, candle stands, bells, diyas and thali sets the company sent
    them: a payment advice e-mail, a printed PAYMENT ADVICE TO VENDOR / PAYMENT ADVICE - HANDICRAFT SUPPLIES /
    Remittance intimation to vendor and a vendor portal page (the payer on top with its desk line, the status first,
    Remittance advice No. / Payment voucher No., Payment date / Remitted on / Value date / Advice date / Held on /
    Returned on / Rejected on, Payment in favour of / Vendor (beneficiary) / Remitted to vendor the company, Vendor
    No., PO No. and Consignment note No. (no fact), the company's invoices with their pieces, pairs or sets and
    sums, Invoice value total / Total of bills, Less: TDS u/s 194Q @ 0.1%, Less: Breakage in transit - n pcs @ rate
    / Less: Short receipt - n pcs / Less: Late delivery deduction @ 1% on some, Net amount remitted / Amount
    remitted to vendor / Net paid (Net amount on hold on the hold, Amount returned / Net amount (returned) on the
    return), Mode of payment / Payment mode NEFT / RTGS / IMPS, Vendor bank A/c, UTR / NEFT UTR / RTGS UTR No. /
    IMPS Ref No.; Status: Paid to vendor account / Paid - credited to vendor's bank account / On hold - breakage
    claim under survey with the carrier / Rejected by bank - vendor's account closed, please update bank
    details)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    buyer, mail, desk, kind, frame = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{' '.join(buyer.split()[: 2 if buyer.startswith('Sri ') else 1])} Accounts <{mail}>",
            ["Payment advice", f"Remittance intimation - {SHORT}", "Advice of payment to vendor"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/remittance/{digits(rng, 8)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    name = "POOMPUHAR" if k == 1 and rng.random() < 0.5 else buyer
    top(p, name.upper() if frame == "paper" and rng.random() < 0.5 else name)
    p.add(
        "small", f"{rng.choice(['Vendor payments', 'Accounts - Purchase', 'Finance and Accounts'])}, {desk}"
    )
    p.add(
        "center",
        rng.choice(
            [
                "PAYMENT ADVICE TO VENDOR",
                "PAYMENT ADVICE - HANDICRAFT SUPPLIES",
                "Remittance intimation to vendor",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Paid to vendor account", "Paid - credited to vendor's bank account"],
            "pending": ["On hold - breakage claim under survey with the carrier"],
            "failed": ["Rejected by bank - vendor's account closed, please update bank details"],
        },
    )
    if not j.no_ref:
        doc = f"{rng.choice(['RA', 'PV', 'VP'])}/{fy(j.date)}/{digits(rng, 6)}"
        p.pair(rng.choice(["Remittance advice No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Remitted on", "Value date"],
            "pending": ["Advice date", "Held on"],
            "failed": ["Returned on", "Rejected on"],
        }[status],
        PATS_IN,
    )
    payee = ours(rng)
    labels = ["Payment in favour of", "Vendor (beneficiary)"] + (
        ["Remitted to vendor"] if status == "success" else []
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair("Vendor No.", f"{rng.choice(['V', 'VN', '40'])}{digits(rng, 6)}")
    p.pair("PO No.", f"PO/{rng.choice(['HC', 'DEC', 'GFT'])}/{digits(rng, 5)}")
    p.pair("Consignment note No.", f"{rng.choice(['MBD', 'DRL', 'VRL'])}{digits(rng, 7)}")
    p.add("left", rng.choice(["Invoices settled", "Bills covered by this payment"]))
    item, unit, lo, hi = ARTWARE[kind]
    gross = 0.0
    total_pcs = 0
    per = 0.0
    for _ in range(rng.randrange(1, 4)):
        pcs = count(rng, 12, 240, 6)
        total_pcs += pcs
        per = float(rng.randrange(lo, hi, 5))
        value = round(pcs * per, 2)
        gross += value
        p.pair(f"PSE/{fy(j.date)}/{rng.randrange(1, 999):04d}  {pcs} {unit}", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Invoice value total", "Total of bills"]), rs(gross))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
    cut = 0.0
    pick = rng.random()
    if pick < 0.3:
        broken = rng.randrange(2, max(3, total_pcs // 20))
        cut = round(broken * per, 2)
        p.pair(f"Less: Breakage in transit - {broken} {unit} @ {per:,.2f}", rs(cut))
    elif pick < 0.5:
        short = rng.randrange(1, 7)
        cut = round(short * per, 2)
        p.pair(f"Less: Short receipt - {short} {unit}", rs(cut))
    elif pick < 0.65:
        cut = round(gross * 0.01, 2)
        p.pair("Less: Late delivery deduction @ 1%", rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net amount remitted", "Amount remitted to vendor", "Net paid"],
        "pending": ["Net amount on hold"],
        "failed": ["Amount returned", "Net amount (returned)"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Mode of payment", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, "Vendor bank A/c", account(rng, BANKS[:4]))
    if not j.no_ref and status == "success":
        ref = bank_ref(rng, j, rng.choice(BANKS[4:]), way)
        lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[way]
        p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
    p.part = "foot"
    p.add("small", "Queries on this advice to the vendor desk within 10 days, quoting the advice number.")
    return p.done()


# ---------------------------------------------------------------- 3. importers' inward wires


# remitter, town, currency, its bank, sum (low, high)
IMPORTERS = [
    ("Savannah Home Goods LLC", "Savannah, Georgia, USA", "USD", "Truist Bank", 4000, 120000),
    ("Cotswold Interiors Ltd", "Cirencester, United Kingdom", "GBP", "Lloyds Bank PLC", 3000, 70000),
    ("Kerzen & Messing GmbH", "Cologne, Germany", "EUR", "Sparkasse KoelnBonn", 3000, 85000),
    (
        "Wattle & Brass Homewares Pty Ltd",
        "Melbourne, Australia",
        "AUD",
        "Westpac Banking Corporation",
        4000,
        110000,
    ),
    ("Maison Laiton SARL", "Lyon, France", "EUR", "LCL - Le Credit Lyonnais", 3000, 85000),
    ("Maple Hearth Decor Inc", "Mississauga, Ontario, Canada", "CAD", "Royal Bank of Canada", 4000, 110000),
    ("Al Noor Home Decor Trading LLC", "Sharjah, UAE", "AED", "Sharjah Islamic Bank PJSC", 10000, 260000),
    ("Hollandse Woonwinkel BV", "Utrecht, Netherlands", "EUR", "Rabobank", 3000, 85000),
]
WIRE_BANKS = [
    ("Bank of Baroda", "paper"),
    ("HDFC Bank", "mail"),
    ("ICICI Bank", "browser"),
    ("Canara Bank", "mail"),
    ("Axis Bank", "browser"),
    ("Union Bank of India", "paper"),
    ("State Bank of India", "browser"),
    ("Punjab National Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "EUR": (93.1, 97.6),
    "GBP": (108.2, 113.4),
    "AUD": (54.6, 58.9),
    "CAD": (60.8, 64.9),
    "AED": (23.2, 24.2),
}
SHIPPED = [
    "Brass planters and urlis (HSN 74198030)",
    "Brass candle stands and lanterns (HSN 74181022)",
    "Hammered brass tableware - 20 ft container",
    "Brass and iron decor - 40 ft HC container",
    "Brass bells and wind chimes (HSN 83062990)",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; a code or A$ / C$ for
    Australian and Canadian dollars and a code for dirhams."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    mark = rng.choice({"AED": ["AED "], "AUD": ["AUD ", "A$", "AUD "], "CAD": ["CAD ", "C$", "CAD "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in the US, Britain, Germany, Australia, France, Canada, the Emirates and the Netherlands paying for
    planters, urlis, candle stands, tableware and bells: the banks' inward remittance advices (browser, e-mail,
    printed CREDIT ADVICE - FOREIGN INWARD REMITTANCE (EXPORT) / Advice of inward remittance (export proceeds) /
    Inward remittance - advice to beneficiary: the bank on top with its forex desk, Beneficiary (exporter) /
    Credited to (beneficiary) / Beneficiary name the company, Beneficiary account, Remitting party / Remitter /
    Ordering customer, Remitter's bank / Ordering institution / Sending bank, Amount received (FCY) / Inward amount
    / Remitted amount in USD, GBP, EUR, AUD, CAD or AED, Charges borne by, Conversion rate, Converted amount (INR),
    Less: Bank charges and GST, Net credit to account (INR), Purpose of remittance, Description of goods, Invoice
    reference, Shipping bill No. / date, Message type, Remitter's reference, IRM No. / Our reference No. / Inward
    transaction ref., UETR, Value date / Credited on / Date of credit / Received on / Held on / Returned on / Date
    of return; Proceeds credited to exporter - IRM issued on EDPMS / Status: Inward credit posted / Held - purpose
    code and invoice copy awaited from exporter / Returned to remitting bank - account number does not exist)."""
    k = place("export_wires")
    status = outcome(k, failed=(3,), pending=(6,))
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
            f"{bank} <tradefinance.moradabad@{slug(bank)}>",
            [
                "Inward remittance - status advice",
                "Advice of inward SWIFT remittance",
                "Advice to beneficiary - inward SWIFT",
            ],
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
                "International Banking Branch, Civil Lines, Moradabad",
                "Trade Finance Hub, Delhi Road, Moradabad",
                "AD Category I Branch, Station Road, Moradabad",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "CREDIT ADVICE - FOREIGN INWARD REMITTANCE (EXPORT)",
                "Advice of inward remittance (export proceeds)",
                "Inward remittance - advice to beneficiary",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    wrap_pair(p, rng.choice(["Remitting party", "Remitter", "Ordering customer"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitter's bank", "Ordering institution", "Sending bank"]), pbank)
    wrap_pair(
        p,
        rng.choice(["Beneficiary (exporter)", "Credited to (beneficiary)", "Beneficiary name"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary account", f"XXXXXXXX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Amount received (FCY)", "Inward amount", "Remitted amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges borne by", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Conversion rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair("Converted amount (INR)", f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 800, 1200])) * 1.18, 2)
    p.pair("Less: Bank charges and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net credit to account (INR)", f"{inr - chg:,.2f}")
    p.pair(
        "Purpose of remittance", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"])
    )
    wrap_pair(p, "Description of goods", rng.choice(SHIPPED))
    p.pair("Invoice reference", f"PSE/EXP/{rng.randrange(1, 160):03d}/{fy(j.date)}")
    if not j.no_day and rng.random() < 0.6:
        sb = earlier(rng, j, 15, 60)
        p.pair("Shipping bill No. / date", f"{digits(rng, 7)} / {when(sb, rng.choice(WIRE_PATS))}")
    p.pair(
        "Message type", rng.choice(["SWIFT MT103", "MT103 - customer credit transfer"]), method="netbanking"
    )
    p.pair("Remitter's reference", f"{code(rng, 4, UPPER)}{digits(rng, 7)}")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIRC'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["IRM No.", "Our reference No.", "Inward transaction ref."]), ref, txn=(BANK_RANK, ref)
        )
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credited on", "Date of credit"],
            "pending": ["Received on", "Held on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    outcome_row(
        p,
        status,
        {
            "success": [
                "Proceeds credited to exporter - IRM issued on EDPMS",
                "Status: Inward credit posted",
            ],
            "pending": ["Held - purpose code and invoice copy awaited from exporter"],
            "failed": ["Returned to remitting bank - account number does not exist"],
        },
    )
    p.part = "foot"
    p.add(
        "small",
        "Regularise the IRM against the shipping bill on EDPMS; the e-BRC follows on the DGFT portal.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the karkhana's and the packing unit's receipts


# the party, the way it paid, the unit (karkhana, packing, or the accounts desk's mail), the line
SALES = [
    ("Gulshan Metal Traders, Mughalpura", "cash", "karkhana", "scrap"),
    ("Noor Handicrafts, Chowki Hasan Khan", "UPI", "karkhana", "castings"),
    ("Janpath Decor House, New Delhi", "NEFT", "mail", "planter"),
    ("Hotel Rajmahal, Civil Lines", "card", "karkhana", "urli"),
    ("Bareilly Bartan Bhandar", "cheque", "karkhana", "thali"),
    ("Sambhal Handicraft Exporters", "UPI", "packing", "packing"),
    ("Ms. Farha Naaz, Civil Lines", "UPI", "mail", "diya"),
    ("Rampur Metal Stores", "cheque", "karkhana", "bell"),
]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's own SALE RECEIPT - KARKHANA / CASH MEMO to a hotel, a handicraft maker and the utensil traders
    and its CASH MEMO - BRASS SCRAP (TURNINGS AND DROSS) / SCRAP SALE RECEIPT to a scrap dealer, the packing unit's
    RECEIPT - PACKING JOB CHARGES / PAYMENT RECEIPT for packing another exporter's consignment (paper: the karkhana,
    the packing unit or the company on top with its line, address and GSTIN; Receipt No. / Cash memo No. / Rcpt.
    No., Date / Dated / Receipt date, Sold to (party) / Name of party / Received from (no fact), the kilos, pieces,
    sets or cartons x rate, GST @ 5% on the brassware, GST @ 18% on the scrap and the packing, Bill amount / Total /
    Net bill, Cash received (in hand) / Received in cash / Amount received by UPI / UPI credit received / Card swipe
    amount / Paid by card / Cheque for / Amount of cheque, Mode, UPI Ref. No. / Approval code, Cheque No. and bank,
    Cheque date; RECEIVED WITH THANKS / PAID / RECEIVED - SCRAP WEIGHED AND LIFTED / RECEIVED - GOODS HANDED OVER /
    RECEIVED - PACKING CHARGES SETTLED / CHEQUE TAKEN - GOODS RELEASED AFTER CLEARING / CHEQUE BOUNCED - SIGNATURE
    DIFFERS, GOODS WITHHELD, the rubber stamp) and two of the accounts desk's acknowledgement e-mails (an order's
    Advance against order / Order advance received with the Balance before dispatch and UTR, a shopper's UPI)."""
    k = place("own_receipts")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    party, way, unit, kind = SALES[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if unit == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@pitalshilp.in>",
            ["Payment received with thanks", "Acknowledgement of your payment", "Receipt for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Export packing unit, Lakri Fazalpur, Moradabad  |  Accounts")
        p.add("center", "Receipt acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        packing = unit == "packing"
        me = rng.choice([PACKING, PACKING.upper()] if packing else [KARKHANA, KARKHANA.upper(), COMPANY])
        where = UNITS[1] if packing else UNITS[0]
        if packing:
            heads = ["RECEIPT - PACKING JOB CHARGES", "PAYMENT RECEIPT"]
        elif kind == "scrap":
            heads = ["CASH MEMO - BRASS SCRAP (TURNINGS AND DROSS)", "SCRAP SALE RECEIPT"]
        else:
            heads = ["SALE RECEIPT - KARKHANA", "CASH MEMO"]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}" if me != COMPANY else "Brass artware - casting, engraving and polishing",
            where[1],
            where[2],
            heads,
        )
    if not j.no_ref:
        rno = f"{rng.choice(['PSK', 'CM', 'PU'])}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(rng.choice(["Receipt No.", "Cash memo No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Sold to (party)", "Name of party", "Received from"]), party)
    advance = k == 2
    if kind == "packing":
        cartons = count(rng, 40, 360)
        rate = float(rng.randrange(55, 95))
        base = round(cartons * rate, 2)
        p.pair(f"Packing job charges - {cartons} cartons x {rate:.2f}", rs(base))
        gst = round(base * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        bill = round(base + gst, 2)
    else:
        item, per, lo, hi = ARTWARE[kind]
        if per == "kg":
            qty = round(rng.uniform(*((40, 320) if kind == "scrap" else (20, 160))), 1)
            shown = f"{qty:.1f} kg"
        else:
            qty = count(rng, 6, 90) if not advance else count(rng, 180, 600, 6)
            shown = f"{qty} {per}"
        rate = float(rng.randrange(lo, hi, 5))
        base = round(qty * rate, 2)
        p.add("left", item)
        p.pair(f"  {shown} x {rate:,.2f}", rs(base))
        tax = 18 if kind == "scrap" else 5
        gst = round(base * tax / 100, 2)
        p.pair(f"GST @ {tax}%", rs(gst))
        bill = round(base + gst, 2)
    p.pair(rng.choice(["Bill amount", "Total", "Net bill"]), rs(bill))
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -3)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque for", "Amount of cheque"])
    elif advance:
        lab = rng.choice(["Advance against order", "Order advance received"])
    else:
        lab = {
            "cash": rng.choice(["Cash received (in hand)", "Received in cash"]),
            "UPI": rng.choice(["Amount received by UPI", "UPI credit received"]),
            "card": rng.choice(["Card swipe amount", "Paid by card"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair("Balance before dispatch", rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS[:6])}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS[4:]), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind == "scrap":
        words.append("RECEIVED - SCRAP WEIGHED AND LIFTED")
    elif kind == "packing":
        words.append("RECEIVED - PACKING CHARGES SETTLED")
    elif not advance:
        words.append("RECEIVED - GOODS HANDED OVER")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE TAKEN - GOODS RELEASED AFTER CLEARING",
        "failed": "CHEQUE BOUNCED - SIGNATURE DIFFERS, GOODS WITHHELD",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"The sum of {words_in_rupees(j.amount)}")
    p.add("small", "Goods weighed and counted in the buyer's presence. Cheques subject to realisation.")
    if unit != "mail":
        right(p, f"For {SHORT} - Authorised signatory")
        for _ in range(3):
            p.add("gap")
        seal(
            p,
            "PITAL SHILP PACKING UNIT" if unit == "packing" else "PITAL SHILP KARKHANA",
            "LAKRI FAZALPUR, MBD" if unit == "packing" else "KARULA, MORADABAD",
            None if j.no_day else j.date,
            word.split(" - ")[0].split(",")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. ingot, polish, lacquer, carton, crate invoices


SUPPLIERS = [
    (
        "Hindustan Brass Ingots",
        "Brass ingots | Gun metal | Copper and zinc",
        "Gandhi Nagar, Moradabad - 244001, Uttar Pradesh",
        "09",
        "HBI",
    ),
    (
        "Jamuna Polish & Buffing Stores",
        "Buffing wheels | Polishing compounds | Emery",
        "Chandni Chowk, Delhi - 110006",
        "07",
        "JPB",
    ),
    (
        "Kanpur Lacquer & Chemicals",
        "Clear lacquer | Thinner | Anti-tarnish coating",
        "Dada Nagar, Kanpur - 208022, Uttar Pradesh",
        "09",
        "KLC",
    ),
    (
        "Rampur Corrugated Boxes Pvt Ltd",
        "5-ply export cartons | Partitions | Edge boards",
        "Civil Lines, Rampur - 244901, Uttar Pradesh",
        "09",
        "RCB",
    ),
    (
        "Saharanpur Crates & Pallets",
        "Wooden crates | Heat-treated pallets (ISPM-15)",
        "Ambala Road, Saharanpur - 247001, Uttar Pradesh",
        "09",
        "SCP",
    ),
]
# item, HSN, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "HBI": [
        ("Brass ingot 60/40", "7403", "kg", 560, 680, 18, 150, 900),
        ("Brass scrap (honey grade)", "7404", "kg", 480, 560, 18, 100, 700),
    ],
    "JPB": [
        ("Cotton buffing wheel 12 in", "5911", "pcs", 180, 320, 18, 20, 120),
        ("Polishing compound - white bar", "3405", "kg", 180, 260, 18, 20, 150),
        ("Emery paper roll 100 grit", "6805", "rolls", 420, 640, 18, 5, 40),
    ],
    "KLC": [
        ("Clear lacquer (anti-tarnish)", "3208", "ltr", 340, 460, 18, 20, 200),
        ("Lacquer thinner", "3814", "ltr", 120, 170, 18, 40, 300),
    ],
    "RCB": [
        ("5-ply export carton 24 x 18 x 18 in", "4819", "pcs", 62, 95, 5, 300, 2500),
        ("Partition set (12 cell)", "4819", "sets", 14, 26, 5, 300, 2500),
    ],
    "SCP": [
        ("Wooden crate - pine, heat treated", "4415", "pcs", 850, 1450, 5, 10, 80),
        ("Pallet 1200 x 1000 mm (ISPM-15 marked)", "4415", "pcs", 650, 1100, 5, 10, 60),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 3, 2]
SUPPLY_WAYS = ["RTGS", "UPI", "-", "NEFT", "NEFT", "-", "UPI", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Moradabad brass ingot dealer, the Delhi polish and buffing stores, the Kanpur lacquer maker, the Rampur
    carton maker and the Saharanpur crate maker billing the company (paper: the supplier on top, its line, address
    and GSTIN; TAX INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE - RECIPIENT'S COPY / GST INVOICE CUM DELIVERY
    CHALLAN, Invoice No. / Inv. No. / Bill No., Invoice date / Dated / Inv. date, Billed to / Details of receiver
    (billed to) / Buyer (bill to) the company, Shipped to / Details of consignee (shipped to) the karkhana or the
    packing unit, Place of supply, E-way bill No., Transporter / LR No. or Vehicle No., the ingots, scrap, buffing
    wheels, compounds, emery, lacquer, thinner, cartons, partitions, crates or pallets with HSN, kg, pcs, rolls, ltr
    or sets x rate, Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less: Advance paid
    with order and Balance paid by NEFT / RTGS on some, else Amount received through NEFT / RTGS / Paid by NEFT /
    RTGS / Amount received via UPI / UPI payment received with UTR / UTR No. / UPI Ref. No. / UPI RRN, or Received
    by cheque / Cheque amount with Cheque No.; PAID / PAID BY NEFT / RTGS / UPI / PAID IN FULL - THANK YOU / CHEQUE
    UNDER COLLECTION - RECEIPT ON REALISATION / CHEQUE DISHONOURED - EXCEEDS ARRANGEMENT, AMOUNT DUE, in the
    supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
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
        [
            "TAX INVOICE (ORIGINAL FOR RECIPIENT)",
            "TAX INVOICE - RECIPIENT'S COPY",
            "GST INVOICE CUM DELIVERY CHALLAN",
        ],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Inv. No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Inv. date"], PATS_IN)
    ours_to(p, ["Billed to", "Details of receiver (billed to)", "Buyer (bill to)"])
    wrap_pair(
        p,
        rng.choice(["Shipped to", "Details of consignee (shipped to)"]),
        f"{PACKING}, Lakri Fazalpur" if tag in ("RCB", "SCP", "KLC") else f"{KARKHANA}, Karula",
    )
    p.pair("Place of supply", "Uttar Pradesh (09)")
    p.pair("E-way bill No.", f"{rng.choice('1237')}{digits(rng, 11)}")
    if tag in ("HBI", "RCB"):
        p.pair("Vehicle No.", f"UP-{rng.choice(['21', '22', '24'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
    else:
        p.pair("Transporter / LR No.", f"{rng.choice(['DRL', 'KNP', 'SRE'])}/{digits(rng, 5)}")
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
        adv = float(round(total * rng.choice([0.2, 0.25, 0.5]), -2))
        p.pair("Less: Advance paid with order", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            rng.choice(["Received by cheque", "Cheque amount"]),
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        wrap_pair(p, "Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS[:6])}")
    else:
        if adv:
            lab = f"Balance paid by {way}"
        elif way == "UPI":
            lab = rng.choice(["Amount received via UPI", "UPI payment received"])
        else:
            lab = rng.choice([f"Amount received through {way}", f"Paid by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS[:6]), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAID IN FULL - THANK YOU"]),
        "pending": "CHEQUE UNDER COLLECTION - RECEIPT ON REALISATION",
        "failed": "CHEQUE DISHONOURED - EXCEEDS ARRANGEMENT, AMOUNT DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Interest @ 18% p.a. after 30 days. Disputes subject to {town} jurisdiction.")
    right(p, f"For {name}")
    for _ in range(3):
        p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. hauliers, CHA, platers, others by net banking


# the payee, the remarks, the sum (low, high)
CONTRACTORS = [
    ("Moradabad Cargo Movers", "Haulage to ICD Moradabad - 2 x 20 ft containers", 18000, 65000),
    ("Rahat Customs Clearing Agency", "CHA charges - 3 shipping bills, ICD Moradabad", 9000, 45000),
    ("Asalatpura Electroplaters", "Nickel and silver plating - 1,800 pcs", 15000, 90000),
    ("Karula Design Studio", "CAD designs and samples - autumn collection", 12000, 60000),
    ("Bhatti Mistri Furnace Works", "Relining of crucible furnace No. 2", 8000, 40000),
    ("Ganga Testing Laboratories Pvt Ltd", "Lead and food-contact tests - brass tableware", 14000, 70000),
    ("Haji Mohd. Ilyas Ansari", "Rent - export packing unit, 2 months", 50000, 90000),
    ("Delhi Road Roadlines", "Freight Moradabad - ICD Tughlakabad, 40 ft", 25000, 80000),
]
CORP_PORTALS = [
    ("Baroda Connect Corporate Internet Banking", "Bank of Baroda", "corp.bankofbaroda.in/payments/enquiry"),
    (
        "Prathama UP Gramin Bank Corporate Net Banking",
        "Prathama UP Gramin Bank",
        "cnb.prathamaupbank.in/fundtransfer/status",
    ),
    ("Canara Bank Corporate Internet Banking", "Canara Bank", "corporate.canarabank.com/payments/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its container hauliers, its customs house agent, the electroplaters, the design studio,
    the furnace mistri, the testing laboratory, the packing unit's landlord and the roadlines: corporate net
    banking's transaction pages (Baroda Connect Corporate Internet Banking, Prathama UP Gramin Bank Corporate Net
    Banking, Canara Bank Corporate Internet Banking: the portal on top and the bank's line, Beneficiary / Pay to /
    Beneficiary name / Payee name, Beneficiary alias, Beneficiary account and IFSC code, From account / Debit
    account the company, Payment amount (INR) / Amount debited / Transaction amount, Payment type / Transfer mode
    NEFT / RTGS / IMPS, Payment remarks / Narration, UTR / UTR No. / IMPS Ref No., Core banking ref. No. / Bank
    reference No., Initiated by / Released by, Value date / Processed on / Transaction date / Keyed in on / Created
    on / Rejected on / Returned on; Transaction processed - beneficiary credited / Status: Completed - funds
    credited / Awaiting release - second authoriser yet to act / Returned by beneficiary bank - payee account
    closed)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Transaction enquiry', 'Fund transfer status'])}")
    p.add("rule")
    p.part = "body"
    p.add("center", rng.choice(["Payment details", "Transaction status"]))
    p.pair(
        rng.choice(["Payment amount (INR)", "Amount debited", "Transaction amount"]),
        rs(j.amount),
        amount=j.amount,
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Beneficiary", "Pay to", "Beneficiary name", "Payee name"]), who, merchant=who)
    if rng.random() < 0.5:
        p.pair("Beneficiary alias", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "-MBD")
    ben = rng.choice(BANKS)
    p.pair("Beneficiary account", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC code", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["From account", "Debit account"]), f"{COMPANY_CAPS} - CC XX{digits(rng, 4)}")
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment type", "Transfer mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Payment remarks", "Narration"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Core banking ref. No.", "Bank reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Initiated by / Released by", f"PSEOPS1 / {'-' if status == 'pending' else 'PSEDIR1'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Processed on", "Transaction date"],
            "pending": ["Keyed in on", "Created on"],
            "failed": ["Rejected on", "Returned on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction processed - beneficiary credited", "Status: Completed - funds credited"],
            "pending": ["Awaiting release - second authoriser yet to act"],
            "failed": ["Returned by beneficiary bank - payee account closed"],
        },
    )
    p.part = "foot"
    p.add("small", "A rejected payment is credited back to the debit account with the bank's reason.")
    return p.done()


# ---------------------------------------------------------------- 7. casters, polishers, engravers, packers


# payee, work, kind
WORKERS = [
    ("Ustad Rafiq Ahmad", "Dhalaiya (caster) - sand casting", "casting"),
    ("Shabnam Bano", "Polish karigar - buffing", "polish"),
    ("Naseem Akhtar", "Thekedar - nakkashi gang of 5", "engraving"),
    ("Rakesh Kumar Saini", "Packer - export packing unit", "packing"),
    ("Mohd. Shakir", "Chhilai karigar - scraping and turning", "scraping"),
    ("Anjum Ara", "Polish karigar - mirror finish", "polish"),
    ("Sunil Prajapati", "Packer - container stuffing", "packing"),
    ("Irshad Ali", "Dhalaiya (caster) - crucible furnace", "casting"),
]
WORK_FRAMES = ["paper", "open", "paper", "phonepe", "paper", "open", "bhim", "paper"]
# kind: voucher headings, payee labels, the line, rate (low, high), quantity (low, high), net labels, the add line
WORK = {
    "casting": (
        ["DHALAI MAZDOORI VOUCHER (PER KG CAST)", "CASTING WAGES VOUCHER - KARKHANA"],
        ["Paid to (dhalaiya)", "Name of karigar"],
        "Castings poured: {q} kg x {rate}",
        (14, 24),
        (120, 480),
        ["Net mazdoori paid", "Amount paid"],
        "Add: Night heat (furnace overtime)",
    ),
    "polish": (
        ["POLISH KARIGAR PIECE RATE VOUCHER", "BUFFING AND POLISH WAGES - PER DOZEN"],
        ["Name of karigar", "Paid to (karigar)"],
        "Pieces polished: {q} doz x {rate}",
        (90, 160),
        (20, 90),
        ["Net paid to karigar", "Amount paid"],
        "Add: Mirror polish extra",
    ),
    "engraving": (
        ["NAKKASHI THEKA PAYMENT VOUCHER", "ENGRAVING JOB WORK VOUCHER"],
        ["Theka paid to", "Paid to (thekedar)"],
        "Nakkashi done: {q} pcs x {rate}",
        (18, 45),
        (300, 1400),
        ["Net theka amount paid", "Amount paid"],
        "Add: Fine jali work extra",
    ),
    "packing": (
        ["PACKING LABOUR VOUCHER - PER CARTON", "EXPORT PACKING WAGES VOUCHER"],
        ["Name of packer", "Paid to (packer)"],
        "Cartons packed: {q} x {rate}",
        (22, 40),
        (80, 420),
        ["Net wages paid", "Amount paid"],
        "Add: Sunday container stuffing",
    ),
    "scraping": (
        ["CHHILAI KARIGAR VOUCHER - PER PIECE", "TURNING AND SCRAPING WAGES VOUCHER"],
        ["Name of karigar", "Paid to (karigar)"],
        "Pieces scraped: {q} pcs x {rate}",
        (6, 14),
        (400, 1800),
        ["Net paid to karigar", "Amount paid"],
        "Add: Holiday working",
    ),
}


def karigar_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its casters, polishers, engravers' thekedar, scrapers and packers by the kilo, the dozen,
    the piece or the carton: its printed DHALAI MAZDOORI VOUCHER (PER KG CAST) / CASTING WAGES VOUCHER - KARKHANA /
    POLISH KARIGAR PIECE RATE VOUCHER / BUFFING AND POLISH WAGES - PER DOZEN / NAKKASHI THEKA PAYMENT VOUCHER /
    ENGRAVING JOB WORK VOUCHER / PACKING LABOUR VOUCHER - PER CARTON / EXPORT PACKING WAGES VOUCHER / CHHILAI
    KARIGAR VOUCHER - PER PIECE / TURNING AND SCRAPING WAGES VOUCHER (the company on top with the karkhana's or the
    packing unit's line, Voucher No. / Vr. No. / Payment voucher No., Date / Voucher date / Dated, Paid to
    (dhalaiya) / Name of karigar / Paid to (karigar) / Theka paid to / Paid to (thekedar) / Name of packer / Paid to
    (packer), Work and Karigar card No. (no fact), the kilos, dozens, pieces or cartons x rate, Add: Night heat
    (furnace overtime) / Add: Mirror polish extra / Add: Fine jali work extra / Add: Sunday container stuffing /
    Add: Holiday working, Gross earnings, Less: Blowhole rejects - n castings @ rate / Less: Karkhana advance
    recovered, Net mazdoori paid / Net paid to karigar / Net theka amount paid / Net wages paid / Amount paid, Mode
    Cash / UPI / IMPS; PAID / PAID - SIGNED BY KARIGAR / PAID IN CASH - KARKHANA / PAID - THEKEDAR RECEIVED FOR GANG
    / PAID - PACKER SIGNED), Open's payout pages (Open on top and Payouts - the company under it, the sum large,
    Beneficiary name / Payee (beneficiary), Contact ID, Bank account / UPI ID, Mode, Purpose, Payout ID, UTR,
    Merchant ref ID, Created on / Queued on / Failed on; Queued - payout will go in the next bank batch / Failed -
    rejected by beneficiary bank, amount back in your Open account), a PhonePe and a BHIM screen."""
    k = place("karigar_pay")
    status = outcome(k, failed=(1,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=800, high=26000, p_round=0.9)
    who, role, kind = WORKERS[k]
    heads, payee_labels, text, (rlo, rhi), (qlo, qhi), nets, extra_line = WORK[kind]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = WORK_FRAMES[k]
    if frame == "open":
        pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
        p = browser_page(rng, font, "app.open.money/payouts" + ("" if j.no_ref else f"/{pid}"))
        p.part = "head"
        top(p, "Open")
        p.add("small", f"Business banking  |  Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payout processed", "Status: Paid out"],
                "pending": ["Queued - payout will go in the next bank batch"],
                "failed": ["Failed - rejected by beneficiary bank, amount back in your Open account"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Payee (beneficiary)"]), who, merchant=who)
        p.pair("Contact ID", f"cont_{code(rng, 10, ALNUM + LOWER)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Bank account" if way == "IMPS" else "UPI ID",
            f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower().strip('.')}{rng.randrange(10, 99)}@ybl",
        )
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["Polish wages - week 24", "Buffing piece rate - fortnight"]))
        if not j.no_ref:
            wrap_pair(p, "Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            rid = f"PSE-WG-{digits(rng, 6)}"
            p.pair("Merchant ref ID", rid, txn=(ORDER_RANK, rid))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Created on", "Queued on"], "failed": ["Failed on"]}[
                status
            ],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Failed payouts are returned to the account they were paid from.")
        return p.done()
    if frame in ("phonepe", "bhim"):
        j.amount = rupees(rng, 1500, 14000, 0.9)
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "BHIM UPI")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Money sent"]})
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'ibl', 'upi', 'axl'])}",
            method="UPI",
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.pair(
            "Message",
            rng.choice(["Packing wages - week", "Container stuffing"])
            if kind == "packing"
            else rng.choice(["Polish mazdoori", "Buffing wages"]),
        )
        if not j.no_ref:
            if frame == "phonepe":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
                tid = f"T{j.date:%y%m%d}{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
            else:
                p.pair(rng.choice(["UPI Ref No", "UPI RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["Debited from", "From account"]), f"Bank of Baroda XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[1] if kind == "packing" else UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        PACKING if kind == "packing" else KARKHANA,
        unit[1],
        unit[2],
        heads,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{kind[:2].upper()}/{fy(j.date)}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Payment voucher No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Dated"], PATS_IN)
    wrap_pair(p, rng.choice(payee_labels), who, merchant=who)
    p.pair("Work", role)
    p.pair("Karigar card No.", f"PSK-{digits(rng, 3)}")
    rate = float(rng.randrange(rlo, rhi + 1))
    q = round(rng.uniform(qlo, qhi), 1) if kind == "casting" else float(rng.randrange(qlo, qhi))
    gross = round(q * rate, 2)
    shown = f"{q:.1f}" if kind == "casting" else f"{q:.0f}"
    p.pair(text.format(q=shown, rate=f"{rate:,.2f}"), rs(gross))
    if rng.random() < 0.5:
        extra = float(rng.choice([250, 400, 500, 750]))
        p.pair(extra_line, rs(extra))
        gross += extra
    p.pair("Gross earnings", rs(gross))
    cut = 0.0
    if kind == "casting" and rng.random() < 0.6:
        bad = rng.randrange(2, 12)
        per = float(rng.choice([40, 60, 80]))
        cut = bad * per
        p.pair(f"Less: Blowhole rejects - {bad} castings @ {per:.2f}", rs(cut))
    if gross > 3000 and rng.random() < 0.5:
        adv = float(rng.choice([300, 500, 1000]))
        p.pair("Less: Karkhana advance recovered", rs(adv))
        cut += adv
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(nets), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 0 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    signer = {"engraving": "thekedar", "packing": "packer"}.get(kind, "karigar")
    words = [
        "PAID",
        {"engraving": "PAID - THEKEDAR RECEIVED FOR GANG", "packing": "PAID - PACKER SIGNED"}.get(
            kind, "PAID - SIGNED BY KARIGAR"
        ),
    ]
    if way == "Cash" and kind != "packing":
        words.append("PAID IN CASH - KARKHANA")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"Paid {words_in_rupees(j.amount)}")
    right(p, f"Signature / thumb impression of {signer}")
    return p.done()


# ---------------------------------------------------------------- 8. UPSIDA, Nagar Nigam, UPPCB, EPCH, ...


FEE_FRAMES = ["upsida", "nagar", "uppcb", "epch", "factories", "fire", "metrology", "mda"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, float, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a brassware exporter in Moradabad: UPSIDA's maintenance charges for the packing unit's plot
    (Uttar Pradesh State Industrial Development Authority / UPSIDA on top and the industrial area's line, Name of
    allottee, Plot No., Plot area, Maintenance charges, Interest on late payment, GST @ 18%, Total paid (incl. GST)
    / Amount paid, Transaction ID, Bank Ref. No., Receipt No.), Nagar Nigam Moradabad's house tax page (Nagar Nigam
    Moradabad / NAGAR NIGAM MORADABAD / Municipal Corporation Moradabad on top and the e-Nagar Sewa line, Property
    ID, Owner's name, Ward, House tax, Water tax, Sewer tax, Amount paid / Total amount paid / Amount / Payable
    amount, Transaction ID, Bank Ref. No., Receipt No.; Transaction failed - house tax not updated against your
    property), the Uttar Pradesh Pollution Control Board's consent fee page (the Board on top as printed and the
    Nivesh Mitra line, Name of industry, Category, Application No., the Water Act and Air Act fees, Total fee paid /
    Consent fee paid, Transaction ref. No., Bank Ref No.), EPCH's RCMC renewal (Export Promotion Council for
    Handicrafts / EPCH on top and the Ministry of Textiles line, Name of member exporter, RCMC No., Membership fee,
    RCMC renewal fee, GST @ 18%, Amount received (incl. GST) / Total paid, Payment ID, Receipt No.), the Directorate
    of Factories' licence renewal (Directorate of Factories, Uttar Pradesh / DIRECTORATE OF FACTORIES, U.P. on top
    and the Labour Department's line, Name of factory, Licence No., Workers (maximum), Licence renewal fee, Late
    fee, Total amount / Amount paid / Amount, Transaction ID, GRN; Payment pending at treasury - receipt in 24
    hours, do not pay again), the Fire and Emergency Services' NOC renewal (Uttar Pradesh Fire and Emergency
    Services / U.P. FIRE & EMERGENCY SERVICES on top, Name of premises, Occupancy, Fire NOC renewal fee, Inspection
    fee, Total amount paid / Amount paid, Transaction ID, Bank Ref No.), Legal Metrology's verification fee (Legal
    Metrology Department, Uttar Pradesh / Controller, Legal Metrology, U.P. on top, Name of user, the scales' fees,
    Total fee paid / Fee paid, Transaction ID) and the Moradabad Development Authority's compounding fee (Moradabad
    Development Authority / MORADABAD DEVELOPMENT AUTHORITY on top and the building plan line, Applicant name, File
    No., Compounding fee, Inspection fee, Total amount paid / Amount paid, Transaction No., Bank Ref No., Receipt
    No.); Payment successful / Fee deposited successfully / Payment received / e-Receipt generated / Payment
    confirmed - receipt issued."""
    k = place("govt_fees")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = [
        "Payment successful",
        "Fee deposited successfully",
        "Payment received",
        "e-Receipt generated",
        "Payment confirmed - receipt issued",
    ]
    if frame == "upsida":
        p = browser_page(rng, font, f"onlineupsida.com/epayment/maintenance/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh State Industrial Development Authority", "UPSIDA"])
        top(p, name, merchant=name)
        p.add("small", "Industrial Area Lakri Fazalpur, Moradabad  |  Maintenance charges")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of allottee", firm)
        p.pair("Plot No.", "B-14, Lakri Fazalpur")
        area = rng.choice([800, 1000, 1200, 1500])
        per = float(rng.choice([9, 11, 12]))
        p.pair("Plot area", f"{area:,} sq m")
        base = area * per
        p.pair(f"Maintenance charges 2026-27 (@ Rs {per:.0f} per sq m)", rs(base))
        late = float(rng.choice([0, 0, 360, 540]))
        if late:
            p.pair("Interest on late payment", rs(late))
        gst = round((base + late) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(base + late + gst, 2)
        p.pair(rng.choice(["Total paid (incl. GST)", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"UPSIDA{digits(rng, 10)}"),
                ("Bank Ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"MNT/MBD/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of deposit"], pats)
        foot = "Maintenance charges are payable in advance for the financial year."
    elif frame == "nagar":
        p = browser_page(rng, font, f"nagarnigammoradabad.in/housetax/payment/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            ["Nagar Nigam Moradabad", "NAGAR NIGAM MORADABAD", "Municipal Corporation Moradabad"]
        )
        top(p, name, merchant=name)
        p.add("small", "e-Nagar Sewa, Uttar Pradesh  |  House tax and water tax")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Transaction failed - house tax not updated against your property"]},
        )
        p.pair("Property ID", f"MBD/{rng.randrange(1, 70):02d}/{digits(rng, 6)}")
        wrap_pair(p, "Owner's name", firm)
        p.pair("Ward", rng.choice(["Ward 42 - Karula", "Ward 17 - Lakri Fazalpur", "Ward 31 - Katghar"]))
        total = 0.0
        for head, lo, hi in [
            ("House tax (grih kar) 2026-27", 8400.0, 22600.0),
            ("Water tax (jal kar)", 1800.0, 4200.0),
            ("Sewer tax", 900.0, 2100.0),
        ]:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Amount paid", "Total amount paid"] if status == "success" else ["Amount", "Payable amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"NNM{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref. No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"HT/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date", "Attempted on"],
            hour=rng.random() < 0.5,
        )
        foot = (
            "This receipt is computer generated and needs no signature."
            if status == "success"
            else "An amount debited from your account will be refunded by the bank in 5-7 working days."
        )
    elif frame == "uppcb":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/uppcb/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            [
                "Uttar Pradesh Pollution Control Board",
                "UTTAR PRADESH POLLUTION CONTROL BOARD",
                "UP Pollution Control Board",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Nivesh Mitra - single window, Government of Uttar Pradesh  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of industry", f"{KARKHANA} ({firm})")
        p.pair(
            "Category", rng.choice(["Orange - brass casting (crucible furnace)", "Orange - metal polishing"])
        )
        p.pair("Application No.", f"UPPCB/CTO/{digits(rng, 7)}")
        water = float(rng.choice([5000, 7500, 10000]))
        air = float(rng.choice([5000, 7500, 10000]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair(rng.choice(["Total fee paid", "Consent fee paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"NMUP{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent order follows the Board's inspection of the furnaces and the scrubber."
    elif frame == "epch":
        p = browser_page(rng, font, f"epch.in/members/rcmc/payment/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Export Promotion Council for Handicrafts", "EPCH"])
        top(p, name, merchant=name)
        p.add("small", "Ministry of Textiles, Government of India  |  Membership and RCMC renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of member exporter", firm)
        p.pair("RCMC No.", f"EPCH/RCMC/{digits(rng, 6)}")
        member = float(rng.choice([10000, 12500, 15000]))
        renew = float(rng.choice([2000, 2500]))
        p.pair("Membership fee 2026-27", rs(member))
        p.pair("RCMC renewal fee", rs(renew))
        gst = round((member + renew) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(member + renew + gst, 2)
        p.pair(rng.choice(["Amount received (incl. GST)", "Total paid"]), rs(j.amount), amount=j.amount)
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
        foot = "The renewed RCMC is issued by the Council's office at New Delhi."
    elif frame == "factories":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/factories/licence/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Directorate of Factories, Uttar Pradesh", "DIRECTORATE OF FACTORIES, U.P."])
        top(p, name, merchant=name)
        p.add("small", "Labour Department, Government of Uttar Pradesh  |  Factory licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": ["Payment pending at treasury - receipt in 24 hours, do not pay again"],
            },
        )
        wrap_pair(p, "Name of factory", f"{KARKHANA} ({firm})")
        p.pair("Licence No.", f"MBD/{digits(rng, 5)}/F")
        workers = rng.choice([30, 40, 50])
        p.pair("Workers (maximum)", str(workers))
        fee = float(rng.choice([6000, 7500, 9000]))
        p.pair(f"Licence renewal fee (up to {workers} workers)", rs(fee))
        late = float(rng.choice([0, 0, 1500]))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair(
            rng.choice(
                ["Total amount", "Amount paid"] if status == "success" else ["Amount", "Total amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"FAC{digits(rng, 12)}"),
                ("GRN", INVOICE_RANK, f"UP{digits(rng, 12)}"),
            ],
        )
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"]
            if status == "success"
            else ["Initiated on", "Transaction date"],
            pats,
        )
        foot = "The licence is renewed once the treasury confirms the GRN."
    elif frame == "fire":
        p = browser_page(rng, font, f"niveshmitra.up.nic.in/firenoc/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Uttar Pradesh Fire and Emergency Services", "U.P. FIRE & EMERGENCY SERVICES"])
        top(p, name, merchant=name)
        p.add("small", "Fire NOC (renewal)  |  Nivesh Mitra, Uttar Pradesh")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of premises", f"{PACKING} ({firm})")
        p.pair("Occupancy", rng.choice(["Industrial - low hazard (packing)", "Storage - cartons and crates"]))
        noc = float(rng.choice([4000, 5000, 6500]))
        visit = float(rng.choice([500, 1000]))
        p.pair("Fire NOC renewal fee", rs(noc))
        p.pair("Inspection fee", rs(visit))
        j.amount = noc + visit
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"FIRE{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Keep the extinguishers and the hydrant ready for the inspecting officer."
    elif frame == "metrology":
        p = browser_page(rng, font, "lmup.gov.in/verification/fee/receipt")
        p.part = "head"
        name = rng.choice(["Legal Metrology Department, Uttar Pradesh", "Controller, Legal Metrology, U.P."])
        top(p, name, merchant=name)
        p.add("small", "Food and Civil Supplies Department  |  Verification and stamping fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of user", f"{KARKHANA} ({firm})")
        big = rng.randrange(1, 4)
        small = rng.randrange(1, 5)
        fee_big = float(big * rng.choice([500, 700]))
        fee_small = float(small * rng.choice([150, 200]))
        p.pair(f"Verification - weighing scale 300 kg x {big}", rs(fee_big))
        p.pair(f"Verification - counter scale 30 kg x {small}", rs(fee_small))
        j.amount = fee_big + fee_small
        p.pair(rng.choice(["Total fee paid", "Fee paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"LMUP{digits(rng, 11)}")])
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Bring the scales for verification and stamping on the allotted day."
    else:
        p = browser_page(rng, font, f"mdamoradabad.in/onlinepayment/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Moradabad Development Authority", "MORADABAD DEVELOPMENT AUTHORITY"])
        top(p, name, merchant=name)
        p.add("small", "Building plan section  |  Online payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Applicant name", firm)
        p.pair("File No.", f"MDA/BP/2026/{digits(rng, 4)}")
        area = rng.choice([180, 240, 310])
        comp = float(area * rng.choice([50, 75]))
        visit = float(rng.choice([1000, 2000]))
        p.pair(f"Compounding fee - packing shed ({area} sq m)", rs(comp))
        p.pair("Inspection fee", rs(visit))
        j.amount = comp + visit
        p.pair(rng.choice(["Total amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction No.", TXN_RANK, f"MDA{digits(rng, 12)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"MDA/R/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The compounding order is issued after the site inspection."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    ("ECGC Ltd", "ecgc.in", "Shipments (comprehensive risks) policy - export credit", "browser", "ecgc"),
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Marine cargo open policy - export shipments",
        "paper",
        "marine",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Bharat Laghu Udyam Suraksha - karkhana",
        "mail",
        "fire",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Burglary - finished brassware stock",
        "browser",
        "burglary",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Group personal accident - karigars",
        "paper",
        "gpa",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health - office and packing staff",
        "mail",
        "health",
    ),
    (
        "IFFCO-Tokio General Insurance Co. Ltd",
        "iffcotokio.co.in",
        "Commercial vehicle package - goods tempo",
        "browser",
        "vehicle",
    ),
    (
        "The Oriental Insurance Co. Ltd",
        "orientalinsurance.org.in",
        "Workmen's compensation - karkhana and packing unit",
        "mail",
        "wc",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its export receivables with ECGC, its shipments at sea, its karkhana against fire, its
    finished stock against burglary, its karigars against accidents, its staff's health, its goods tempo and its
    workmen: the insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product
    line, PREMIUM RECEIPT / Premium receipt cum acknowledgement / ACKNOWLEDGEMENT OF PREMIUM, Policyholder / Name of
    insured / Insured (the company), Policy No., Proposal No., Value of shipments declared / Maximum liability /
    Annual export turnover (basis of cover) / Sum insured - karkhana building, furnaces and stock / Sum insured -
    brassware stock (first loss) / Karigars covered / Members covered / IDV (insured declared value) / Estimated
    annual wages / Workmen covered, Period of insurance, Premium on shipments declared, Basic premium or Own damage
    premium and Third party premium, an add-on (War and SRCC cover, Terrorism cover, Theft without forcible entry,
    Hospital cash extension, OPD cover, Medical expenses extension), GST @ 18%, Total premium (incl. GST) / Premium
    received (incl. GST) / Amount of cheque / Premium (incl. GST) by cheque / Premium to be paid / Amount payable,
    Payment mode, Online txn ID / Payment ref. No. / Transaction No., UPI Ref No. / Bank Ref No., Premium receipt
    No. / Receipt No., Cheque No., Receipt date / Premium paid on / Date of receipt / Cheque received on /
    Transaction date / Attempted on; Premium realised - policy document e-mailed / Payment successful - premium
    receipt issued / CHEQUE RECEIVED - RISK ATTACHES ONLY ON REALISATION / Premium payment failed - cover not in
    force, please pay again)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(
            rng, font, f"{rng.choice(['online', 'customer', 'epay'])}.{host}/premium/acknowledgement"
        )
    elif frame == "mail":
        short = ins.replace("The ", "").split(" Insurance")[0].split(" Health")[0]
        p = mail_page(
            rng,
            font,
            f"{short} <receipts@{host}>",
            ["Your premium receipt", "Premium acknowledgement - policy servicing"],
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
            rng.choice(["Divisional Office, Civil Lines, Moradabad", "Branch Office, Delhi Road, Moradabad"]),
        )
    p.add(
        "center",
        rng.choice(["PREMIUM RECEIPT", "Premium receipt cum acknowledgement", "ACKNOWLEDGEMENT OF PREMIUM"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Premium realised - policy document e-mailed",
                "Payment successful - premium receipt issued",
            ],
            "pending": ["CHEQUE RECEIVED - RISK ATTACHES ONLY ON REALISATION"],
            "failed": ["Premium payment failed - cover not in force, please pay again"],
        },
    )
    wrap_pair(
        p, rng.choice(["Policyholder", "Name of insured", "Insured"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 5)}/{rng.choice(['11', '21', '46'])}/2026/{digits(rng, 6)}")
    else:
        p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    addon = None
    heads: list[tuple[str, float]] = []
    if kind == "ecgc":
        declared = float(rng.randrange(2500000, 16000000, 50000))
        p.pair("Value of shipments declared", rs(declared))
        p.pair("Maximum liability", rs(float(rng.choice([5000000, 7500000, 10000000]))))
        heads = [("Premium on shipments declared", round(declared * rng.uniform(0.0012, 0.0024), 2))]
    elif kind == "marine":
        turnover = float(rng.randrange(30000000, 120000000, 100000))
        p.pair("Annual export turnover (basis of cover)", rs(turnover))
        heads = [("Basic premium", round(turnover * rng.uniform(0.0003, 0.0005), 2))]
        addon = ("War and SRCC cover", round(turnover * 0.00003, 2))
    elif kind == "fire":
        insured = float(rng.randrange(4000000, 25000000, 50000))
        p.pair("Sum insured - karkhana building, furnaces and stock", rs(insured))
        heads = [("Basic premium", round(insured * rng.uniform(0.0006, 0.001), 2))]
        addon = ("Terrorism cover", round(insured * 0.00007, 2))
    elif kind == "burglary":
        insured = float(rng.randrange(1500000, 9000000, 50000))
        p.pair("Sum insured - brassware stock (first loss)", rs(insured))
        heads = [("Basic premium", round(insured * rng.uniform(0.0008, 0.0014), 2))]
        addon = ("Theft without forcible entry", round(insured * 0.00006, 2))
    elif kind == "gpa":
        persons = rng.randrange(20, 60)
        p.pair("Karigars covered", f"{persons} x Rs 2,00,000")
        heads = [("Basic premium", round(persons * rng.uniform(180, 320), 2))]
        addon = ("Hospital cash extension", round(persons * 40.0, 2))
    elif kind == "health":
        lives = rng.randrange(10, 30)
        p.pair("Members covered", f"{lives} staff and dependants")
        heads = [("Basic premium", round(lives * rng.uniform(8000, 13000), 2))]
        addon = ("OPD cover", round(lives * 500.0, 2))
    elif kind == "vehicle":
        idv = float(rng.randrange(350000, 900000, 5000))
        p.pair("IDV (insured declared value)", rs(idv))
        p.pair("Registration No.", f"UP-21-{code(rng, 2, UPPER)}-{digits(rng, 4)}")
        heads = [
            ("Own damage premium", round(idv * rng.uniform(0.012, 0.02), 2)),
            ("Third party premium", float(rng.choice([16049, 27186]))),
        ]
    else:
        wages = float(rng.randrange(3000000, 9000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workmen covered", str(rng.randrange(30, 90)))
        heads = [("Basic premium", round(wages * rng.uniform(0.004, 0.006), 2))]
        addon = ("Medical expenses extension", round(wages * 0.0002, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"12 months from {j.other_day(rng, 1, 6)}")
    for head, value in heads:
        p.pair(head, rs(value))
    taxed = round(sum(value for _, value in heads), 2)
    if addon:
        wrap_pair(p, addon[0], rs(addon[1]))
        taxed = round(taxed + addon[1], 2)
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(taxed + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium (incl. GST)", "Premium received (incl. GST)"],
        "pending": ["Amount of cheque", "Premium (incl. GST) by cheque"],
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
            pid = f"{rng.choice(['OL', 'TXN', 'PY'])}{digits(rng, 12)}"
            p.pair(
                rng.choice(["Online txn ID", "Payment ref. No.", "Transaction No."]), pid, txn=(TXN_RANK, pid)
            )
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 12)
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Cheque received on", "Receipt date"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover attaches only on realisation of the premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("PITAL SHILP KARKHANA", "MOHALLA KARULA, MORADABAD", "own"),
    ("GAJRAULA HIGHWAY FUELS (HPCL)", "NH-9, GAJRAULA", "fuel"),
    ("PITAL SHILP EXPORTS", "DELHI ROAD MORADABAD UP", "own"),
    ("HOTEL EXPO GRAND", "KNOWLEDGE PARK II, GREATER NOIDA", "hotel"),
    ("KATGHAR TOOL HOUSE", "KATGHAR, MORADABAD", "shop"),
    ("PITAL SHILP PACKING UNIT", "LAKRI FAZALPUR, MORADABAD", "own"),
    ("GAJRAULA PUNJABI DHABA", "NH-9, GAJRAULA", "food"),
    ("PITAL SHILP KARKHANA", "MORADABAD UP 244001", "own"),
]
TERMINALS = [
    "BANK OF BARODA",
    "HP PAY",
    "WORLDLINE",
    "KOTAK MAHINDRA BANK",
    "MOSAMBEE",
    "CANARA BANK",
    "BHARATPE",
    "ICICI BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Buyers' cards on the karkhana's, the company's and the packing unit's terminals, and the company's card at a
    filling station at Gajraula on NH-9, a Greater Noida hotel in the trade fair week, a tool shop in Katghar and a
    highway dhaba: terminal slips (monospace: the terminal's bank or brand on top on some, the counter's name and
    place in capitals, DATE: and TIME: / TXN DATE: and TXN TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, TRACE NO:,
    INVOICE NO: / BILL NO: / INV NO:, SALE, CARD:, CARD TYPE:, a fuel sale's PRODUCT:, RATE:, VOLUME(L): and PUMP
    NO:, a hotel's FOLIO NO:, AUTH CODE: / APPR CODE: / AUTH NO:, RRN: / REF NO: / RRN NO:, SALE AMOUNT: / AMOUNT: /
    TOTAL AMT: / AMT INR:; APPROVED / TXN APPROVED / APPROVED - SALE DONE / DECLINED - 54 CARD EXPIRED / NO REPLY
    FROM HOST - CONFIRM STATUS BEFORE NEXT SWIPE)."""
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=1500, high=90000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 4800, 22500, 0.5)
    elif kind in ("shop", "food"):
        j.amount = rupees(rng, 450, 14500, 0.5)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6 or kind == "fuel":
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(87.5, 95.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "POWER PETROL"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("FOLIO NO:", str(rng.randrange(10001, 99999)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMOUNT:", "AMOUNT:", "TOTAL AMT:", "AMT INR:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - SALE DONE"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 54 CARD EXPIRED", status="failed")
    else:
        p.add("center", "NO REPLY FROM HOST - CONFIRM STATUS BEFORE NEXT SWIPE", status="pending")
    p.part = "foot"
    p.add("small", "** CARDHOLDER COPY **" if rng.random() < 0.6 else "** MERCHANT COPY **")
    return p.done()


# ---------------------------------------------------------------- 11. power, broadband, gas, phone and water bills


BILLERS = [
    ("PVVNL", "Paschimanchal Vidyut Vitran Nigam Ltd", "Account No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
    ("Bharatgas", "Bharat Petroleum Corporation Ltd", "Consumer No."),
    ("Vi Postpaid", "Vodafone Idea Ltd", "Mobile No."),
    ("Jal Kal Vibhag Moradabad", "Jal Kal Vibhag, Nagar Nigam Moradabad", "Connection ID"),
]
BILL_APPS = ["PVVNL", "PhonePe", "bob World", "Google Pay", "PVVNL", "Paytm", "CRED", "Amazon Pay"]
BILL_WHICH = [0, 0, 1, 2, 0, 3, 4, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The karkhana's and the packing unit's electricity (PVVNL), the office broadband (Airtel Xstream Fiber), the
    karkhana's commercial LPG for tinning (Bharatgas), the manager's postpaid phone (Vi) and the karkhana's water
    (Jal Kal Vibhag) through Bharat Connect in bob World and UPI apps (the app on top, Biller / Biller name /
    Service provider / Billing company / Operator as printed, Account No. / Consumer No. / Mobile No. / Connection
    ID, Customer name / Consumer name / Registered name, Bill month and Due date on some, the sum large, Paid from
    Current A/c or UPI, Bharat Connect Ref. No. / BBPS Ref ID, UPI Ref No., Transaction ID on the failed one, Paid
    on / Transaction date & time; Bill paid successfully / Payment successful / Bill paid - biller updated / Pending with
    biller - status in 48 hours, please do not pay again / Bill payment failed - any amount debited returns to your
    account in 5 working days) and PVVNL's own receipt page (PVVNL / Paschimanchal Vidyut Vitran Nigam Ltd /
    capitals on top with its UPPCL line, Account No., Division, Consumer name, Bill month, Amount paid / Paid
    amount, Payment mode, Transaction ID, Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=6500, high=96000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 999, 4200, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1900, 11800, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 449, 1899, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 700, 5200, 0.6)
    rs = money(rng, font, 0.5)
    ids = [
        f"{digits(rng, 10)}",
        f"2{digits(rng, 9)}",
        f"{digits(rng, 7)}",
        f"9{digits(rng, 9)}",
        f"JK/MBD/{digits(rng, 6)}",
    ][which]
    app = BILL_APPS[k]
    if app == "PVVNL":
        p = browser_page(rng, font, "uppclonline.com/pvvnl/billpayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Uttar Pradesh Power Corporation Ltd  |  Online bill payment")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.pair(idlab, ids)
        p.pair(
            "Division",
            rng.choice(["Electricity Distribution Division II, Moradabad", "EDD I, Delhi Road, Moradabad"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"PV{digits(rng, 14)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment reflects in your account on the next working day.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid successfully", "Payment successful", "Bill paid - biller updated"],
            "pending": ["Pending with biller - status in 48 hours, please do not pay again"],
            "failed": ["Bill payment failed - any amount debited returns to your account in 5 working days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if not fits(p, "left", name):
        name = short
    lab = (
        "Operator"
        if which in (1, 3)
        else rng.choice(["Biller", "Biller name", "Service provider", "Billing company"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name", "Registered name"]),
        rng.choice([COMPANY_CAPS, KARKHANA.upper(), SHORT.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 4, 15))
    way = "Current A/c" if app == "bob World" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:6])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "CRED": "CR", "Amazon Pay": "AP"}.get(
                app, "BB"
            )
            bc = f"{head}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(rng.choice(["Bharat Connect Ref. No.", "BBPS Ref ID"]), bc, txn=(BANK_RANK, bc))
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
    "MORADABAD CARGO MOVE",
    "RAHAT CUSTOMS CLEARI",
    "USTAD RAFIQ AHMAD",
    "HINDUSTAN BRASS INGO",
    "GANGA TESTING LABORA",
    "PASCHIMANCHAL VIDYUT",
    "SHABNAM BANO",
    "NAGAR NIGAM MORADABA",
]
# each payee's sum (low, high)
ALERT_SUMS = [
    (18000, 120000),
    (9000, 65000),
    (1200, 24000),
    (80000, 380000),
    (14000, 90000),
    (9000, 88000),
    (1200, 24000),
    (6000, 32000),
]
SENDERS = {
    "Bank of Baroda": "BP-BOBTXN",
    "Prathama UP Gramin Bank": "VM-PUPGBK",
    "Canara Bank": "AD-CANBNK",
    "Union Bank of India": "JD-UNIONB",
}
SIGNS = {
    "Bank of Baroda": "-Bank of Baroda",
    "Prathama UP Gramin Bank": "-PUPGB",
    "Canara Bank": "-Canara Bank",
    "Union Bank of India": "-Union Bank of India",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender BP-BOBTXN / VM-PUPGBK
    / AD-CANBNK / JD-UNIONB, the day divider, each bank's own wording: "Rs.x transferred from A/c ...1234 / to
    <payee> by <way> on <day>. Ref <ref>", "PUPGB: Your A/c XX1234 is debited INR x on <day> / by <way> in favour of
    <payee>. UTR <ref>", "An amount of INR x has been / DEBITED to your account XXX1234 on <day> / towards <way> to
    <payee>. UTR No <ref>", Union Bank's UPI "A/c *1234 Debited for Rs:x on <day> by UPI / to <payee>. Ref No
    <ref>"; a payment that "could not be completed and has been RETURNED to your A/c by the beneficiary bank" and
    one that "is UNDER PROCESS at the beneficiary bank - do not initiate it again.") and two e-mail debit alerts
    (Amount (INR) debited / Debited amount, Paid to / Beneficiary name, Account, Mode, UTR No. / IMPS Ref No.,
    Transaction date / Value date, Transaction status: Processed / Status: Debit posted)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(7,), pending=(1,))
    low, high = ALERT_SUMS[k]
    j = Job(
        rng, status, no_ref=k == 4, no_day=k == 6, low=low, high=high, p_round=0.5 if high > 30000 else 0.8
    )
    to = ALERT_PAYEES[k]
    if k in (3, 5):
        bank = rng.choice(["Bank of Baroda", "Canara Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{slug(bank)}>",
            ["Debit alert - your current account", "Transaction alert: debit"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Debit alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary name"]), to, merchant=to)
        p.pair(rng.choice(["Amount (INR) debited", "Debited amount"]), rs(j.amount), amount=j.amount)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Mode", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add(
            "left",
            rng.choice(["Transaction status: Processed", "Status: Debit posted"]),
            status="success",
        )
        p.part = "foot"
        p.add("small", "Never share your OTP, PIN or password. Report a debit you did not make at once.")
        return p.done()
    if k == 6:
        way = "UPI"
    elif k == 2:
        way = "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = {
        0: "Bank of Baroda",
        2: "Prathama UP Gramin Bank",
        4: "Canara Bank",
        6: "Union Bank of India",
    }.get(k, rng.choice(list(SENDERS)[:3]))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y", "%d-%m-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Bank of Baroda":
            p.add("left", f"Rs.{amt} transferred from A/c ...{tail}", amount=j.amount)
            p.add("left", f"to {to} by {way}{on}.", merchant=to, method=method)
        elif bank == "Prathama UP Gramin Bank":
            p.add("left", f"PUPGB: Your A/c XX{tail} is debited INR {amt}{on}", amount=j.amount)
            p.add("left", f"by {way} in favour of {to}.", merchant=to, method=method)
        elif bank == "Canara Bank":
            p.add("left", f"An amount of INR {amt} has been", amount=j.amount)
            p.add("left", f"DEBITED to your account XXX{tail}{on}")
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
        else:
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on} by UPI", amount=j.amount, method=method)
            p.add("left", f"to {to}.", merchant=to)
    else:
        p.add("left", f"Your {way} payment of INR {amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "could not be completed and has been RETURNED to your A/c by the beneficiary bank.",
            "pending": "is UNDER PROCESS at the beneficiary bank - do not initiate it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {
            "Bank of Baroda": "Ref",
            "Prathama UP Gramin Bank": "IMPS Ref" if way == "IMPS" else "UTR",
            "Canara Bank": "UTR No",
            "Union Bank of India": "Ref No",
        }[bank]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        bal = rupees(rng, 25000, 2600000)
        p.add(
            "left",
            {
                "Bank of Baroda": f"Avl Bal Rs.{bal:,.2f}",
                "Prathama UP Gramin Bank": f"Bal INR {bal:,.2f}",
                "Canara Bank": f"Total Avail.bal INR {bal:,.2f}",
                "Union Bank of India": "Not you? Call 18002082244",
            }[bank],
            status="success",
        )
        if bank != "Union Bank of India":
            p.add(
                "small", rng.choice(["Not done by you? Inform the bank at once", "If not you, call the bank"])
            )
    p.add("small", SIGNS[bank])
    return p.done()


compose = compose158

"""The twelve heldout219 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a silk reeling unit and cocoon buyer's day in 2026 in Ramanagara, Karnataka (Arkavathi
Silk Reelers Pvt Ltd, its multi-end and automatic reeling unit, Arkavathi Filature, at Ijoor, its twisting unit at
Channapatna and its raw silk counter, Arkavathi Raw Silk Depot, on B.M. Road opposite the Government Cocoon Market),
told by the proofs of payment it receives and makes: weavers' and silk traders' UPI screens and the depot's payment
pages, the Raw Silk Exchange's sale settlements and the silk buyers' payment advices from Mysuru, Kanchipuram,
Bengaluru and Doddaballapur, foreign silk mills' and traders' inward wires in euros, yen, Swiss francs, pounds, baht,
US and Hong Kong dollars, its own raw silk, twisted yarn, silk waste and pupae receipts, the briquette maker's, the
reeling machinery works', the packaging maker's, the boiler service firm's and the reeling chemicals maker's tax
invoices, the net-banking transfers to the cocoon carrier, the silk cargo firm, the twisting works, the electrician,
the water tanker, the effluent plant's keeper, the builder and the auditors, the reelers', cooks', twisters' and
sorters' kilo-rate and daily wage vouchers and payouts, the Government Cocoon Market's, the Department of
Sericulture's, the Pollution Control Board's, the City Municipal Council's, the boiler inspectorate's, the Silk Mark
Organisation's and the Labour Welfare Board's pages, the insurers' premium receipts, card terminal slips, BESCOM's
power and the fibre, gas and phone bills and the bank's SMS and e-mail alerts. Every row is added to heldout113's
``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, the
"A unit of" line, lots sold or bought and their buyers and farmers, auction days, reeler licence, seller, vendor,
supplier, PO, delivery challan, basin, worker, beneficiary, registration, application, licence, membership, policy,
proposal, account and consumer numbers, kilos, denier and grades, rates, commissions, testing charges, moisture and
grade differences, advances, TDS, GST and cess lines, the INR values on the wires, exchange rates, sums insured,
limits and wages declared, contribution years, bill months, due days, periods of insurance, GSTIN, IFSC, UETR,
purpose codes, e-way bill and vehicle numbers, MID, TID, batch and trace numbers, the maker and the checker and the
payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``neft_way`` and ``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
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
from bench.receipt_sets.heldout123_families import place
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

COMPANY = "Arkavathi Silk Reelers Pvt Ltd"
COMPANY_CAPS = "ARKAVATHI SILK REELERS PVT LTD"
SHORT = "Arkavathi Silks"
FILATURE = "Arkavathi Filature"
DEPOT = "Arkavathi Raw Silk Depot"
# unit, address, GST state code
UNITS = [
    (
        "Multi-end and automatic reeling unit",
        "Sy. No. 48/2, Ijoor Extension, Ramanagara - 562159, Karnataka",
        "29",
    ),
    ("Raw silk and twisted yarn sales", "14, B.M. Road, opp. Govt. Cocoon Market, Ramanagara - 562159", "29"),
    ("Twisting unit", "KSSIDC Industrial Estate, Channapatna - 562160, Karnataka", "29"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]
BANKS = [
    "Canara Bank",
    "Karnataka Bank",
    "State Bank of India",
    "Union Bank of India",
    "Bank of Baroda",
    "Karnataka Gramin Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "Canara Bank": "CNRB",
    "Karnataka Bank": "KARB",
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Bank of Baroda": "BARB",
    "Karnataka Gramin Bank": "PKGB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
}
DOMAINS = {
    "Canara Bank": "canarabank.com",
    "Karnataka Bank": "karnatakabank.com",
    "State Bank of India": "sbi.co.in",
    "Union Bank of India": "unionbankofindia.co.in",
    "Bank of Baroda": "bankofbaroda.in",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
}
# the silk it sells: the line, its rate per kg (low, high)
SILKS = [
    ("Raw silk 20/22 D bivoltine - 3A", 5600, 6900),
    ("Raw silk 20/22 D bivoltine - 2A", 5200, 6300),
    ("Raw silk 26/28 D cross breed", 4300, 5200),
    ("Twisted silk - warp 2 ply (organzine)", 6400, 7800),
    ("Twisted silk - weft 3 ply (tram)", 6100, 7300),
    ("Dupion raw silk", 3000, 3900),
]
WEAVERS = [
    "Sri Murugan Silks, Kanchipuram",
    "Lakshmi Narasimha Silk House, Chickpet",
    "Kamakshi Handlooms, Kanchipuram",
    "Basaveshwara Silk Weavers, Doddaballapur",
    "Thirumala Sarees, Molakalmuru",
    "Anjaneya Silk Traders, Nagarathpete",
    "Varamahalakshmi Silks, Arani",
    "Sri Ranga Silk Centre, Mysuru",
]
FARMERS = [
    "Siddegowda, Magadi",
    "Puttaswamy, Kanakapura",
    "Manjunatha, Channapatna",
    "Rangamma, Ramanagara",
    "Chikkaboraiah, Kudur",
    "Lingaraju, Maddur",
    "Nanjamma, Harohalli",
    "Kariyappa, Sidlaghatta",
]


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Name of buyer / Consignee (buyer) / Billed to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "CNRB")
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


def kilos(rng: random.Random, low: float, high: float) -> float:
    """Silk weighed to the gram."""
    return round(rng.uniform(low, high), 3)


# ---------------------------------------------------------------- 1. weavers and traders: UPI and payment pages


BUYER_APPS = ["PhonePe", "Cashfree", "Google Pay", "Paytm", "super.money", "BHIM", "Instamojo", "Amazon Pay"]
SILK_NOTES = [
    "Raw silk 20/22 - 6 kg",
    "Twisted warp 2 ply - 4 kg",
    "Silk for 3 sarees",
    "Balance for lot 114",
    "Dupion 10 kg",
    "Weft yarn advance",
    "Raw silk 3A - 2.5 kg",
    "Kanchi order - warp",
]
UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "super.money": ["UPI Ref No.", "UTR"],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "Amazon Pay": ["UPI Ref No.", "UTR No."],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Weavers and silk traders paying for raw silk, twisted yarn and dupion: six UPI screens (PhonePe, Google Pay,
    Paytm, super.money, BHIM, Amazon Pay: the depot, its capitals, the company's capitals or its short name under Paid
    to / To / Sent to / Payment to / Paying to, its UPI ID, a Banking name line on some, the sum large, a note, UTR /
    UPI Ref. No. / UPI Reference No. / UPI transaction ID / UPI Ref No / UTR No., PhonePe's, Paytm's and Amazon Pay's
    own Transaction ID and Google Pay's Google transaction ID on some, Debited from / From / Paid from, Date & time /
    Paid on / Completed on / Initiated on; Awaiting confirmation from the bank - please check again after some time /
    Payment declined - UPI PIN attempts exceeded for today) and two of the depot's payment pages (Cashfree Payments,
    Instamojo: the depot or the company on top, Customer name / Paid by / Buyer, Order details, Payment mode / Paid
    using, Cashfree's CF Payment ID and Order ID or Instamojo's Payment ID MOJO..., Bank reference (UTR) / UTR or Auth
    code, Paid on / Payment date / Transaction time; Payment successful / Payment received / Transaction
    successful)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=3000, high=98000, p_round=0.7)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Cashfree", "Instamojo"):
        j.amount = rupees(rng, 18000, 240000, 0.6)
        to = rng.choice([DEPOT, DEPOT, COMPANY])
        url = (
            f"payments.cashfree.com/forms/arkavathi-{rng.choice(['silk', 'rawsilk', 'depot'])}"
            if app == "Cashfree"
            else f"www.instamojo.com/@arkavathisilks/{code(rng, 8, LOWER + '0123456789')}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Raw silk, twisted yarn and dupion - Ramanagara", "Silk from the cocoon town"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Payment successful", "Payment received", "Transaction successful"]}
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Customer name", "Paid by", "Buyer"]), rng.choice(WEAVERS))
        item, lo, hi = rng.choice(SILKS)
        wrap_pair(p, "Order details", f"{item} - {rng.randrange(4, 40)} kg")
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment mode", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Cashfree":
                pid = digits(rng, 10)
                p.pair("CF Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"ARK{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            else:
                pid = f"MOJO{j.date:%m}{code(rng, 4, ALNUM)}{digits(rng, 8)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair("Bank reference (UTR)" if app == "Cashfree" else "UTR", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction time"], hour=True)
        p.part = "foot"
        p.add("small", "Payments by Cashfree Payments" if app == "Cashfree" else "Powered by Instamojo")
        return p.done()
    to = rng.choice([DEPOT, DEPOT.upper(), COMPANY_CAPS, SHORT])
    handle = (
        f"{rng.choice(['arkavathidepot', 'arkavathisilks', 'arkavathi.rsd'])}"
        f"@{rng.choice(['cnrb', 'kbl', 'sbi', 'ybl', 'axl'])}"
    )
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent", "Transaction successful"],
            "pending": ["Awaiting confirmation from the bank - please check again after some time"],
            "failed": ["Payment declined - UPI PIN attempts exceeded for today"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Payment to"] if status == "success" else ["To", "Paying to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if app in ("PhonePe", "Paytm", "BHIM") and to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"Banking name: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(SILK_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P0{rng.randrange(1, 9)}-{digits(rng, 7)}-{digits(rng, 7)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(
            ["Debited from", "From", "Paid from"] if status == "success" else ["Debited from", "From"]
        ),
        f"{rng.choice(BANKS)} XX{digits(rng, 4)}",
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


# ---------------------------------------------------------------- 2. the Raw Silk Exchange and the silk buyers


# payer, kind, frame, desk line, mail or host
PAYERS = [
    (
        "Karnataka Silk Marketing Board Ltd",
        "exchange",
        "browser",
        "Raw Silk Exchange, Bengaluru  |  Seller settlement",
        "ksmb.karnataka.gov.in",
    ),
    (
        "The Karnataka Silk Industries Corporation Ltd",
        "buyer",
        "paper",
        "Raw silk purchase - Accounts, Manandavadi Road, Mysuru",
        "ksic.in",
    ),
    (
        "Sri Vaikunta Perumal Silk Handloom Weavers' Co-operative Society Ltd",
        "buyer",
        "mail",
        "Accounts section, Gandhi Road, Kanchipuram",
        "accounts@vpsilkcoop.in",
    ),
    (
        "Ekambara Silks Pvt Ltd",
        "buyer",
        "portal",
        "Vendor payments, T.K. Nambi Street, Kanchipuram",
        "ekambarasilks.com",
    ),
    ("Nagarathpete Silk Traders", "buyer", "paper", "Avenue Road, Nagarathpete, Bengaluru", "nstraders.in"),
    (
        "Doddaballapur Silk Weaving Mills Pvt Ltd",
        "buyer",
        "mail",
        "Finance & Accounts, KIADB Apparel Park, Doddaballapur",
        "payables@dbsilkmills.in",
    ),
    (
        "Karnataka Silk Marketing Board Ltd",
        "exchange",
        "paper",
        "Raw Silk Exchange, Ramanagara  |  Sale bill cum settlement",
        "ksmb.karnataka.gov.in",
    ),
    (
        "Pillaiyarpalayam Silk House",
        "buyer",
        "portal",
        "Purchase accounts, Pillaiyarpalayam, Kanchipuram",
        "pshsilks.in",
    ),
]


def silk_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Karnataka Silk Marketing Board's Raw Silk Exchanges at Bengaluru and Ramanagara settling the lots the
    company sold there by e-auction, and the silk corporation, a Kanchipuram weavers' co-operative, two Kanchipuram
    saree houses, a Chickpet trader and a Doddaballapur weaving mill paying for the raw silk and twisted yarn they
    bought (the payer on top with its desk line; the exchange's settlement page and printed SALE BILL CUM SETTLEMENT:
    Seller (reeler) / Name of seller the company, Reeler licence No. and Seller code (no fact), Auction date, the lots
    sold with their kilos, rates and buyers, Gross sale value, Less: Exchange service charge @ 1%, Less: Silk testing
    charges - n lots, Net amount credited to reeler / Net sale proceeds paid / Net payable to seller / Net amount /
    Net settlement amount, Payment mode, UTR / UTR No., Settlement No. / Sale bill No.; the buyers' PAYMENT ADVICE /
    SUPPLIER PAYMENT ADVICE - RAW SILK / Payment intimation (e-mail, printed, supplier portal): Supplier (reeler) /
    Vendor name / Paid to (supplier) the company, Vendor code and PO No. (no fact), the company's bills with their
    kilos and sums, Bills total / Gross payable, Less: TDS u/s 194Q @ 0.1%, Less: Conditioned weight difference - n
    kg / Less: Grade difference (3A billed, 2A passed) / Less: Cash discount @ 1% on some, Net paid to supplier / Net
    amount paid / Net amount to be released / Net amount / Net remittance, Payment mode NEFT / RTGS / IMPS, Supplier
    bank A/c, UTR / NEFT UTR / RTGS UTR No. / IMPS Ref No., Payment advice No. / Payment voucher No.; Payment date /
    Settlement date / Remitted on / Advice date / Date of advice / Returned on / Date of return; Settlement completed
    - proceeds credited to seller / Status: Payment released / Amount credited to supplier's bank account / On hold -
    silk test report (denier and cleanness) awaited / Payment returned - old IFSC of merged bank not accepted)."""
    k = place("silk_advices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    payer, kind, frame, desk, mail = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} Accounts <{mail}>",
            ["Payment advice", f"Payment intimation - {SHORT}", "Raw silk payment advice"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"{mail}/rse/seller/settlement/{digits(rng, 8)}")
    elif frame == "portal":
        p = browser_page(rng, font, f"suppliers.{mail}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [720, 760, 800])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.5 else payer)
    p.add("small", desk)
    if kind == "exchange":
        p.add("center", rng.choice(["SALE BILL CUM SETTLEMENT", "Seller settlement advice"]))
    else:
        p.add(
            "center",
            rng.choice(["PAYMENT ADVICE", "SUPPLIER PAYMENT ADVICE - RAW SILK", "Payment intimation"]),
        )
    p.add("rule")
    p.part = "body"
    words = {
        "success": ["Settlement completed - proceeds credited to seller", "Status: Payment released"]
        if kind == "exchange"
        else ["Status: Payment released", "Amount credited to supplier's bank account"],
        "pending": ["On hold - silk test report (denier and cleanness) awaited"],
        "failed": ["Payment returned - old IFSC of merged bank not accepted"],
    }
    outcome_row(p, status, words)
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    gross = 0.0
    if kind == "exchange":
        wrap_pair(p, rng.choice(["Seller (reeler)", "Name of seller"]), payee, merchant=payee)
        p.pair("Reeler licence No.", f"RL/RMG/{digits(rng, 4)}")
        p.pair("Seller code", f"RSE{digits(rng, 5)}")
        if not j.no_day:
            p.pair("Auction date", when(earlier(rng, j, 2, 6), rng.choice(PATS_IN)))
        p.add("left", rng.choice(["Lots sold", "Lots auctioned in this settlement"]))
        lots = rng.randrange(1, 4)
        for _ in range(lots):
            item, lo, hi = rng.choice(SILKS[:3])
            kg = kilos(rng, 8, 42)
            rate = float(rng.randrange(lo, hi, 5))
            value = round(kg * rate, 2)
            gross += value
            p.pair(f"Lot {rng.randrange(1000, 9999)} - {kg:.3f} kg x {rate:,.2f}", rs(value))
            p.add("small", f"{item.split(' - ')[0]}; bought by {rng.choice(WEAVERS)}")
        gross = round(gross, 2)
        p.pair("Gross sale value", rs(gross))
        fee = round(gross * 0.01, 2)
        p.pair("Less: Exchange service charge @ 1%", rs(fee))
        test = float(lots * rng.choice([150, 200, 250]))
        p.pair(f"Less: Silk testing charges - {lots} lot{'s' if lots > 1 else ''}", rs(test))
        j.amount = round(gross - fee - test, 2)
        lab = {
            "success": ["Net amount credited to reeler", "Net sale proceeds paid"],
            "pending": ["Net payable to seller"],
            "failed": ["Net amount", "Net settlement amount"],
        }[status]
    else:
        wrap_pair(
            p, rng.choice(["Supplier (reeler)", "Vendor name", "Paid to (supplier)"]), payee, merchant=payee
        )
        p.pair(
            rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', 'SUP', 'RS'])}{digits(rng, 5)}"
        )
        p.pair("PO No.", f"{rng.choice(['PO', 'RSP'])}/{digits(rng, 5)}")
        p.add("left", rng.choice(["Bills paid", "Your invoices covered", "Against your bills"]))
        for _ in range(rng.randrange(1, 4)):
            _, lo, hi = rng.choice(SILKS)
            kg = kilos(rng, 4, 48)
            value = round(kg * rng.randrange(lo, hi, 5), 2)
            gross += value
            p.pair(f"ARK/{fy(j.date)}/{rng.randrange(1, 999):04d}  {kg:.3f} kg", rs(value))
        gross = round(gross, 2)
        p.pair(rng.choice(["Bills total", "Gross payable"]), rs(gross))
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        cut = 0.0
        pick = rng.random()
        if pick < 0.3:
            short = round(rng.uniform(0.05, 0.6), 3)
            cut = round(short * rng.randrange(5200, 6800, 10), 2)
            p.pair(f"Less: Conditioned weight difference - {short:.3f} kg", rs(cut))
        elif pick < 0.5:
            cut = round(gross * rng.uniform(0.01, 0.03), 2)
            p.pair("Less: Grade difference (3A billed, 2A passed)", rs(cut))
        elif pick < 0.65:
            cut = round(gross * 0.01, 2)
            p.pair("Less: Cash discount @ 1%", rs(cut))
        j.amount = round(gross - tds - cut, 2)
        lab = {
            "success": ["Net paid to supplier", "Net amount paid"],
            "pending": ["Net amount to be released"],
            "failed": ["Net amount", "Net remittance"],
        }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    if kind == "buyer":
        wrap_pair(p, "Supplier bank A/c", f"{rng.choice(BANKS[:3])} XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            labs = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "NEFT UTR"]}[
                way
            ]
            p.pair(rng.choice(labs if kind == "buyer" else ["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        if kind == "exchange":
            doc = f"RSE/{rng.choice(['BLR', 'RMG'])}/{digits(rng, 6)}"
            p.pair(rng.choice(["Settlement No.", "Sale bill No."]), doc, txn=(INVOICE_RANK, doc))
        else:
            doc = f"{rng.choice(['PA', 'PV', '26'])}{digits(rng, 7)}"
            p.pair(rng.choice(["Payment advice No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Settlement date", "Remitted on"],
            "pending": ["Advice date", "Date of advice"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Update your bank details with the Exchange to receive the settlement."
        if status == "failed"
        else "This advice is system generated. Raise queries within 7 days of receipt.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. silk mills and traders abroad: inward wires


REMITTERS = [
    ("Tessitura Seriche Lariane SpA", "Como, Italy", "EUR", "Banca Popolare di Sondrio"),
    ("Nishijin Orimono Kobo Co., Ltd", "Kyoto, Japan", "JPY", "MUFG Bank, Ltd"),
    ("Zuercher Seidenzwirnerei AG", "Zurich, Switzerland", "CHF", "Zuercher Kantonalbank"),
    ("Macclesfield Silk Throwsters Ltd", "Macclesfield, United Kingdom", "GBP", "NatWest Bank plc"),
    ("Chao Phraya Thai Silk Co., Ltd", "Bangkok, Thailand", "THB", "Kasikornbank PCL"),
    ("Hudson Silk Yarns Inc", "Paterson, NJ, USA", "USD", "TD Bank NA"),
    ("Soieries de la Croix-Rousse SARL", "Lyon, France", "EUR", "Societe Generale"),
    ("Kowloon Silk Trading Co. Ltd", "Hong Kong", "HKD", "The Hongkong and Shanghai Banking Corporation Ltd"),
]
WIRE_FRAMES = [
    ("Canara Bank", "paper"),
    ("Karnataka Bank", "browser"),
    ("State Bank of India", "mail"),
    ("Union Bank of India", "browser"),
    ("Bank of Baroda", "mail"),
    ("HDFC Bank", "paper"),
    ("ICICI Bank", "browser"),
    ("Axis Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "GBP": (108.2, 113.4),
    "EUR": (93.1, 97.6),
    "CHF": (98.2, 104.6),
    "JPY": (0.548, 0.602),
    "THB": (2.42, 2.71),
    "HKD": (10.92, 11.41),
}
# the sum in each currency (low, high)
WIRE_SUMS = {"JPY": (350000, 9500000), "THB": (60000, 1600000), "HKD": (15000, 420000)}
SHIPPED = [
    "Raw silk 20/22 D - 3A, 120 kg",
    "Twisted silk organzine 2 ply",
    "Silk waste (reeling waste) - 2 tonnes",
    "Dupion raw silk - 300 kg",
    "Pierced cocoons and floss",
    "proforma",
]


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros; a code (or HK$) for the rest,
    western grouping, two decimals as the bank prints them."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    mark = rng.choice({"HKD": ["HKD ", "HK$", "HKD "]}.get(cur, [f"{cur} "]))

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def export_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A Como weaving mill, a Kyoto obi workshop, a Zurich throwster, a Macclesfield throwster, a Bangkok silk house,
    a Paterson yarn dealer, a Lyon silk house and a Hong Kong trader paying for raw silk, twisted yarn, dupion and
    silk waste: the banks' inward remittance advices (browser, e-mail, printed ADVICE OF INWARD REMITTANCE / Inward
    remittance - credit advice / Foreign inward remittance advice: the bank on top with its forex desk, Beneficiary
    name / Account holder / Beneficiary account name the company, Beneficiary A/c, Remitter / By order of / Applicant
    (remitter), Remitter's bank / Remitting bank / Ordering bank, Inward amount (FCY) / Amount in foreign currency /
    FC amount in EUR, JPY, CHF, GBP, THB, USD or HKD, Charges, Rate applied, INR value / Equivalent in INR, Less: Our
    charges incl. GST, Net amount credited (INR), Purpose code, Goods / Remittance details, Mode, Inward ref. No. /
    IRM No. / Our reference / Inward remittance ref., UETR, Value date / Credit date / Date of credit / Received on /
    Held on / Returned on / Date of return; Inward remittance credited to your account / Status: Credited - FIRC
    available on request / Awaiting purpose declaration - remittance not yet credited / Sent back to remitting bank -
    beneficiary account inoperative)."""
    k = place("export_wires")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    payer, city, cur, pbank = REMITTERS[k]
    if cur in WIRE_SUMS:
        lo, hi = WIRE_SUMS[cur]
        j.amount = float(rng.randrange(lo // 100, hi // 100) * 100)
    else:
        j.amount = (
            round(rng.uniform(2200, 96000), 2) if rng.random() < 0.6 else float(rng.randrange(44, 1900) * 50)
        )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.ramanagara@{slug(bank)}>",
            [
                "Inward remittance - credit advice",
                "Foreign inward remittance advice",
                "Advice of inward remittance",
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
                "Forex Department, M.G. Road, Ramanagara",
                "Trade Finance Centre, Vijayanagar, Mysuru",
                "Overseas Branch, Kempegowda Road, Bengaluru",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF INWARD REMITTANCE",
                "Inward remittance - credit advice",
                "Foreign inward remittance advice",
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
                "Inward remittance credited to your account",
                "Status: Credited - FIRC available on request",
            ],
            "pending": ["Awaiting purpose declaration - remittance not yet credited"],
            "failed": ["Sent back to remitting bank - beneficiary account inoperative"],
        },
    )
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Account holder", "Beneficiary account name"]), me, merchant=me
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "By order of", "Applicant (remitter)"]), f"{payer}, {city}")
    wrap_pair(p, rng.choice(["Remitter's bank", "Remitting bank", "Ordering bank"]), pbank)
    p.pair(
        rng.choice(["Inward amount (FCY)", "Amount in foreign currency", "FC amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Rate applied", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["INR value", "Equivalent in INR"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([300, 500, 750, 1000])) * 1.18, 2)
    p.pair("Less: Our charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net amount credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    goods = rng.choice(SHIPPED)
    if goods == "proforma":
        goods = f"Proforma ARK/EXP/{rng.randrange(1, 160):03d}/{fy(j.date)}"
    wrap_pair(p, rng.choice(["Goods", "Remittance details"]), goods)
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(
            rng.choice(["Inward ref. No.", "IRM No.", "Our reference", "Inward remittance ref."]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if status != "failed" and rng.random() < 0.7:
            uetr = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}"
            wrap_pair(p, "UETR", f"{uetr}-{code(rng, 12, HEXA)}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credit date", "Date of credit"],
            "pending": ["Received on", "Held on"],
            "failed": ["Returned on", "Date of return"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add(
        "small",
        "Submit the purpose declaration within 15 days; the FIRC is issued against the IRM on request.",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the depot's and the filature's own receipts


RECEIPT_PARTIES = [
    "Sri Ranganatha Handlooms, Ramanagara",
    "Kamakshi Handlooms, Kanchipuram",
    "Channapatna Spun Silk Co.",
    "Cauvery Fish Feeds, Mandya",
    "Sri Murugan Silks, Kanchipuram",
    "Basaveshwara Silk Weavers, Doddaballapur",
    "Thirumala Sarees, Molakalmuru",
    "Anjaneya Silk Traders, Nagarathpete",
]
RECEIPT_WAYS = ["cash", "NEFT", "cheque", "UPI", "UPI", "cheque", "card", "NEFT"]
# the filature's by-products: the line, rate per kg (low, high), GST %
BYPRODUCTS = {2: ("Silk waste - reeling waste (noil)", 240.0, 620.0, 5), 3: ("Dried pupae", 38.0, 92.0, 0)}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The depot's CASH MEMO - RAW SILK / MONEY RECEIPT / RECEIPT / ADVANCE RECEIPT - RAW SILK ORDER to weavers and
    traders and the filature's RECEIPT - SILK WASTE SALE / RECEIPT - PUPAE SALE to a spun silk mill and a fish feed
    maker (paper: the depot or the filature on top with the "A unit of" line, address and GSTIN; Receipt No. / Memo
    No. / M.R. No., Date / Dated / Receipt date, Received from (weaver) / Name of purchaser / Received from M/s (no
    fact), the silk's or the waste's kilos x rate, GST @ 5% on the yarn and the waste, Bill amount / Total / Order
    value, Cash received / Amount received in cash / UPI amount received / Received by UPI (QR) / Received by NEFT /
    Amount received by bank transfer (NEFT) / Paid by card (POS) / Card amount received / Cheque amount / Amount of
    cheque / Advance received, Balance due / Balance payable on delivery of silk, Mode, UPI Ref. No. / UTR / Approval
    code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / SILK DELIVERED - AMOUNT RECEIVED / WASTE
    LIFTED - AMOUNT RECEIVED / ADVANCE RECEIVED - SILK TO BE DELIVERED / CHEQUE RECEIVED - WASTE RELEASED AFTER
    CLEARANCE / CHEQUE RETURNED - INSUFFICIENT FUNDS, ORDER ON HOLD, the rubber stamp) and two of the accounts desk's
    payment acknowledgement e-mails (the company on top)."""
    k = place("own_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    way = RECEIPT_WAYS[k]
    waste = k in BYPRODUCTS
    mail = k in (1, 4)
    if mail:
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@arkavathisilks.in>",
            ["Payment received - thank you", "Receipt for your payment", "Payment acknowledgement"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{DEPOT}, B.M. Road, Ramanagara  |  Accounts desk")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        name = FILATURE if waste else DEPOT
        me = name.upper() if rng.random() < 0.35 else name
        unit = UNITS[0] if waste else UNITS[1]
        kinds = (
            [f"RECEIPT - {'SILK WASTE' if k == 2 else 'PUPAE'} SALE", "MONEY RECEIPT"]
            if waste
            else (
                ["ADVANCE RECEIPT - RAW SILK ORDER"]
                if k == 5
                else ["CASH MEMO - RAW SILK", "MONEY RECEIPT", "RECEIPT"]
            )
        )
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(p, me, f"A unit of {COMPANY}", unit[1], unit[2], kinds)
    if not j.no_ref:
        rno = f"{'ARF' if waste else 'RSD'}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(rng.choice(["Receipt No.", "Memo No.", "M.R. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(["Received from (weaver)", "Name of purchaser", "Received from M/s"]),
        RECEIPT_PARTIES[k],
    )
    if waste:
        item, lo, hi, gst_rate = BYPRODUCTS[k]
        kg = rng.randrange(150, 2200) if k == 2 else rng.randrange(150, 1000)
        rate = round(rng.uniform(lo, hi), 2)
        base = round(kg * rate, 2)
        p.pair(f"{item}  {kg:,} kg x {rate:.2f}", rs(base))
    else:
        item, lo, hi = rng.choice(SILKS)
        kg = kilos(rng, 1.5, 9.0) if way in ("cash", "card", "UPI") else kilos(rng, 6, 38)
        rate = float(rng.randrange(lo, hi, 5))
        base = round(kg * rate, 2)
        gst_rate = 5 if "Twisted" in item else 0
        p.add("left", item)
        p.pair(f"  {kg:.3f} kg x {rate:,.2f}", rs(base))
    gst = round(base * gst_rate / 100, 2)
    if gst_rate:
        p.pair(f"GST @ {gst_rate}%", rs(gst))
    bill = float(round(base + gst))
    p.pair(
        rng.choice(["Bill amount", "Total", "Order value"] if not waste else ["Bill amount", "Total"]),
        rs(bill),
    )
    advance = k == 5 or (not waste and way == "UPI" and rng.random() < 0.4)
    j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2)) if advance else bill
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Amount of cheque"])
    elif advance:
        lab = "Advance received"
    else:
        lab = {
            "cash": rng.choice(["Cash received", "Amount received in cash"]),
            "UPI": rng.choice(["UPI amount received", "Received by UPI (QR)"]),
            "NEFT": rng.choice(["Received by NEFT", "Amount received by bank transfer (NEFT)"]),
            "card": rng.choice(["Paid by card (POS)", "Card amount received"]),
        }[way]
    wrap_pair(p, lab, rs(j.amount), amount=j.amount)
    if advance:
        p.pair(
            rng.choice(["Balance due", "Balance payable on delivery of silk"]), rs(round(bill - j.amount, 2))
        )
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "card": "card", "cheque": "cheque"}[way]
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "card": "Card", "cheque": "Cheque"}[way],
        method=meth,
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -6, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if advance:
        words.append("ADVANCE RECEIVED - SILK TO BE DELIVERED")
    elif waste:
        words.append("WASTE LIFTED - AMOUNT RECEIVED")
    else:
        words.append("SILK DELIVERED - AMOUNT RECEIVED")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - WASTE RELEASED AFTER CLEARANCE",
        "failed": "CHEQUE RETURNED - INSUFFICIENT FUNDS, ORDER ON HOLD",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Silk once weighed and sealed will not be taken back. Cheques are subject to realisation.")
    if not mail:
        right(p, f"For {FILATURE if waste else DEPOT} - {'Manager' if waste else 'Cashier'}")
        p.add("gap")
        seal(
            p,
            "ARKAVATHI FILATURE" if waste else "ARKAVATHI RAW SILK DEPOT",
            "IJOOR, RAMANAGARA" if waste else "B.M. ROAD, RAMANAGARA",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. briquettes, spares, packing, boiler, chemicals


SUPPLIERS = [
    (
        "Bidadi Agro Briquettes",
        "Biomass briquettes - groundnut shell and coffee husk",
        "Plot 22, KIADB Industrial Area, Bidadi - 562109, Karnataka",
        "29",
        "BAB",
    ),
    (
        "Mysuru Reeling Machinery Works",
        "Multi-end and automatic reeling machines - spares and service",
        "Hebbal Industrial Area, Mysuru - 570016, Karnataka",
        "29",
        "MRM",
    ),
    (
        "Channapatna Skein Packaging",
        "Skein paper, book wrappers and HDPE bales",
        "Sathanur Road, Channapatna - 562160, Karnataka",
        "29",
        "CSP",
    ),
    (
        "Hosur Boiler & Steam Services",
        "IBR boilers - annual service and tube replacement",
        "SIPCOT Phase II, Hosur - 635109, Tamil Nadu",
        "33",
        "HBS",
    ),
    (
        "Peenya Reeling Chemicals",
        "Cocoon cooking aids, degumming agents and water softeners",
        "2nd Stage, Peenya Industrial Area, Bengaluru - 560058",
        "29",
        "PRC",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "BAB": [
        ("Biomass briquettes 90 mm - groundnut shell", "4401", "tonne", 6200, 8400, 5, 6, 28),
        ("Coffee husk briquettes", "4401", "tonne", 5400, 7200, 5, 4, 18),
    ],
    "MRM": [
        ("Croisure pulley set (brass)", "8448", "set", 380, 640, 18, 20, 120),
        ("Reel (swift) - aluminium 150 cm", "8448", "pcs", 1400, 2200, 18, 10, 60),
        ("Traverse guide assembly", "8448", "pcs", 620, 980, 18, 10, 80),
    ],
    "CSP": [
        ("Skein tying paper - 60 GSM", "4823", "ream", 620, 880, 18, 10, 60),
        ("Book wrapper (printed)", "4819", "pcs", 14, 22, 18, 500, 3000),
    ],
    "HBS": [
        ("Boiler annual service - 2 TPH", "998717", "job", 38000, 62000, 18, 1, 2),
        ("Smoke tube replacement", "998717", "tube", 1800, 2600, 18, 6, 30),
    ],
    "PRC": [
        ("Cocoon cooking aid (non-ionic)", "3402", "kg", 140, 210, 18, 50, 400),
        ("Soda ash (light) - 50 kg bag", "2836", "bag", 1650, 2100, 18, 4, 30),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 0, 3, 4, 1, 0]
SUPPLY_WAYS = ["NEFT", "UPI", "NEFT", "cheque", "RTGS", "UPI", "cheque", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The briquette maker, the reeling machinery works, the packaging maker, the boiler service firm and the reeling
    chemicals maker billing the company (paper: the supplier on top, its line, address and GSTIN; TAX INVOICE / TAX
    INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM RECEIPT, Invoice No. / Tax Invoice No. / Bill No., Invoice date
    / Dated / Date, Name of buyer / Consignee (buyer) / Billed to the company, Place of delivery, Place of supply, PO
    No., Delivery challan No. and Vehicle No. on some, the briquettes, spares, paper, service or chemicals with HSN or
    SAC, tonnes, sets, pieces, reams, jobs, tubes, kg or bags x rate, Taxable value, CGST and SGST or IGST @ 5% or
    18%, Round off, Invoice total, Less: Advance adjusted (paid with order) and Balance received by NEFT / RTGS on
    some, else Amount settled by NEFT / RTGS / Received via UPI (scan and pay) with UTR / UTR No. / UPI Ref. No., or
    Cheque received / Cheque amount with Cheque No.; PAID / PAID BY NEFT / RTGS / UPI / PAID - THANK YOU FOR YOUR
    BUSINESS / CHEQUE UNDER CLEARING - RECEIPT VALID ON REALISATION / CHEQUE BOUNCED - PAYMENT STILL OUTSTANDING, in
    the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2)
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
        ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE CUM RECEIPT"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Name of buyer", "Consignee (buyer)", "Billed to"])
    wrap_pair(p, "Place of delivery", f"{FILATURE}, Ijoor, Ramanagara")
    p.pair("Place of supply", "Karnataka (29)")
    p.pair("PO No.", f"ASR/PO/{rng.randrange(10, 480):03d}")
    if tag in ("BAB", "PRC", "CSP"):
        p.pair("Delivery challan No.", f"DC-{rng.randrange(100, 9999)}")
        p.pair(
            "Vehicle No.",
            f"{rng.choice(['KA-42', 'KA-05', 'KA-11', 'KA-51'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
        )
    taxable = 0.0
    gst_rate = 18
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, len(items) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        if unit == "tonne":
            qty = round(rng.uniform(qlo, qhi), 2)
            shown = f"{qty:.2f} tonnes"
        else:
            qty = rng.randrange(qlo, qhi)
            plural = unit if qty == 1 or unit in ("kg", "pcs") else f"{unit}s"
            shown = f"{qty:,} {plural}"
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        p.pair(f"  {shown} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "29")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "cheque" and status == "success":
        way = "NEFT"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and tag != "HBS" and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance adjusted (paid with order)", rs(adv))
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
            lab = "Received via UPI (scan and pay)"
        else:
            lab = f"Amount settled by {way}"
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "PAID - THANK YOU FOR YOUR BUSINESS"]),
        "pending": "CHEQUE UNDER CLEARING - RECEIPT VALID ON REALISATION",
        "failed": "CHEQUE BOUNCED - PAYMENT STILL OUTSTANDING",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"Goods once sold will not be taken back. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. carriers, twisters and others by net banking


# contractor, remarks, the sum (low, high)
CONTRACTORS = [
    ("Kanakapura Cocoon Carriers", "Cocoon transport from Chamarajanagar market - 4 trips", 6000, 38000),
    ("Sri Kanchi Silk Cargo", "Raw silk parcels to Kanchipuram - March", 4000, 26000),
    ("Revanna Twisting Works", "Twisting job work - warp 2 ply, 184.5 kg", 20000, 180000),
    ("Ijoor Electricals", "Wiring - automatic reeling machine shed", 12000, 96000),
    ("Kengeri Soft Water Tankers", "Soft water - 22 tanker loads", 8000, 42000),
    ("Ramanagara Effluent Care", "ETP upkeep - cooking basin effluent", 9000, 48000),
    ("Janapada Civil Works", "Reeling shed roof - AC sheet replacement", 45000, 380000),
    ("Vasavi & Co, Chartered Accountants", "Statutory audit fee FY 2025-26", 35000, 120000),
]
CORP_PORTALS = [
    (
        "Canara Bank Corporate Internet Banking",
        "Canara Bank",
        "netbanking.canarabank.in/corporate/txn/enquiry",
    ),
    (
        "Union Bank Corporate Internet Banking",
        "Union Bank of India",
        "corporate.unionbankonline.co.in/payments/view",
    ),
    (
        "Karnataka Bank Corporate Internet Banking",
        "Karnataka Bank",
        "corp.karnatakabank.com/fundtransfer/status",
    ),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its cocoon carrier, its silk cargo firm, its twisting job worker, its electrician, its soft
    water tankers, its effluent plant's keeper, its builder and its auditors: corporate net banking's transaction
    pages (Canara Bank Corporate Internet Banking, Union Bank Corporate Internet Banking, Karnataka Bank Corporate
    Internet Banking: the portal on top and the bank's line, Beneficiary name / Beneficiary account name / Payee,
    Beneficiary A/c and IFSC, Debit account the company, Transfer amount / Amount (Rs.) / Remittance amount (INR),
    Transfer mode / Payment type NEFT / RTGS / IMPS, Remarks / Narration, UTR / UTR No. / IMPS Ref No., Core banking
    ref. No. / CBS reference No., Maker ID / Checker ID, Value date / Posted on / Transaction date / Created on /
    Initiated on / Failed on / Rejected on; Transaction posted - beneficiary account credited / Status: Posted /
    Pending with checker - awaiting authorisation / Failed - beneficiary name and account do not match)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(5,), pending=(2,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Fund transfer - status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction posted - beneficiary account credited", "Status: Posted"],
            "pending": ["Pending with checker - awaiting authorisation"],
            "failed": ["Failed - beneficiary name and account do not match"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Beneficiary name", "Beneficiary account name", "Payee"]), who, merchant=who)
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Transfer amount", "Amount (Rs.)", "Remittance amount (INR)"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Transfer mode", "Payment type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Core banking ref. No.", "CBS reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Maker ID / Checker ID", f"ASRACC02 / {'-' if status == 'pending' else 'ASRMD01'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Posted on", "Transaction date"],
            "pending": ["Created on", "Initiated on"],
            "failed": ["Failed on", "Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add(
        "small",
        "Failed transfers are not debited; correct the beneficiary details and submit a fresh request.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. reelers', twisters', cooks' and sorters' pay


WORKERS = [
    ("Shanthamma", "reeler", "Multi-end reeler"),
    ("Gowramma H.", "reeler", "Multi-end reeler"),
    ("Mahadevappa", "daily", "Cocoon cook"),
    ("Jayamma K.", "reeler", "Re-reeler"),
    ("Nagaraju B.", "twister", "Twister"),
    ("Lakshmamma", "reeler", "ARM operator"),
    ("Syed Jameel", "twister", "Twister"),
    ("Kempamma", "daily", "Cocoon sorter"),
]
PAY_FRAMES = ["paper", "payu", "paper", "phonepe", "paper", "payu", "paper", "paytm"]
# kind: the line's wording, rate per unit (low, high), units (low, high)
PAY_LINES = {
    "reeler": ("Raw silk reeled: {n} kg x {rate}", (170, 240), (6.0, 26.0)),
    "twister": ("Silk twisted: {n} kg x {rate}", (38, 62), (40.0, 220.0)),
    "daily": ("Days worked: {n} x {rate}", (560, 680), (5, 7)),
}


def reeler_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its multi-end reelers, its automatic reeling machine operator and its re-reeler by the kilo
    of raw silk reeled, its twisters by the kilo twisted and its cocoon cook and sorter by the day: its printed
    REELING WAGES - KILO RATE VOUCHER / PIECE RATE WAGES VOUCHER - REELING / TWISTING WAGES - PAYMENT VOUCHER (PER KG)
    / KILO RATE PAYMENT - TWISTING / WEEKLY WAGES - COOKING SECTION / DAILY WAGES VOUCHER - FILATURE (the company on
    top and the unit line, Voucher No. / Vr. No. / Wage slip No., Date / Voucher date / Paid on, Name of reeler /
    Reeler's name / Name of twister / Twister's name / Worker's name / Paid to (worker), Worker No., Basin No. or
    Section, Week, the kilos or days x rate, Add: Quality incentive (even denier) / Add: Attendance bonus, Gross
    wages, Less: Advance (mungada) recovered / Less: Excess waste deduction, Net paid to reeler / Net paid to twister
    / Net wages paid / Net wages handed over, Mode Cash / UPI / IMPS; PAID / PAID - RECEIVED BY REELER / WAGES PAID -
    SIGNED / PAID - THUMB IMPRESSION OBTAINED), PayU Payouts' pages (PayU Payouts on top and the company under it, the
    sum large, Beneficiary name, Beneficiary ID, Payment mode, Account / VPA, Purpose, Narration, Payout ID, Merchant
    ref ID, UTR, Processed on / Initiated on / Reversed on; SUCCESS / Payout successful / IN PROGRESS - bank
    confirmation awaited / REVERSED - beneficiary bank returned the payout), a PhonePe and a Paytm screen."""
    k = place("reeler_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=900, high=24000, p_round=0.9)
    who, kind, role = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = PAY_FRAMES[k]
    if frame == "payu":
        p = browser_page(rng, font, f"payouts.payu.in/dashboard/payouts/{digits(rng, 9)}")
        p.part = "head"
        top(p, "PayU Payouts")
        p.add("small", f"{rng.choice([COMPANY, SHORT])}  |  Payout details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["SUCCESS", "Payout successful"],
                "pending": ["IN PROGRESS - bank confirmation awaited"],
                "failed": ["REVERSED - beneficiary bank returned the payout"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary ID", f"BEN{digits(rng, 6)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair("Payment mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair(
            "Account / VPA",
            f"{rng.choice(BANKS[:6])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{rng.randrange(10, 99)}@{rng.choice(['cnrb', 'ybl', 'ibl'])}",
        )
        p.pair("Purpose", rng.choice(["Wages", "Salary"]))
        p.pair("Narration", rng.choice(["Reeling wages - kilo rate", "Weekly wages", "ARM shift wages"]))
        if not j.no_ref:
            pid = digits(rng, 10)
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            mref = f"ASRWG{j.date:%m%d}{rng.randrange(10, 99)}"
            p.pair("Merchant ref ID", mref, txn=(ORDER_RANK, mref))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Initiated on"], "failed": ["Reversed on"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Reversed payouts are credited back to your PayU Payouts balance.")
        return p.done()
    if frame in ("phonepe", "paytm"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe" if frame == "phonepe" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'axl', 'ibl', 'pthdfc'])}",
            method="UPI",
        )
        p.pair("Message", rng.choice(["Wages advance", "Ugadi advance", "Weekly wages", "Mungada"]))
        if not j.no_ref:
            p.pair(rng.choice(["UTR", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
            if rng.random() < 0.7:
                own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if frame == "phonepe" else digits(rng, 20)
                wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair(rng.choice(["From", "Debited from"]), f"Canara Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[2] if kind == "twister" else UNITS[0]
    kinds = {
        "reeler": ["REELING WAGES - KILO RATE VOUCHER", "PIECE RATE WAGES VOUCHER - REELING"],
        "twister": ["TWISTING WAGES - PAYMENT VOUCHER (PER KG)", "KILO RATE PAYMENT - TWISTING"],
        "daily": ["WEEKLY WAGES - COOKING SECTION", "DAILY WAGES VOUCHER - FILATURE"],
    }[kind]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{SHORT}  |  {unit[0]}" if kind == "twister" else f"{FILATURE}  |  {unit[0]}",
        unit[1],
        unit[2],
        kinds,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['KR', 'WV', 'TW'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No.", "Wage slip No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date", "Paid on"], PATS_IN)
    labels = {
        "reeler": ["Name of reeler", "Reeler's name", "Worker's name"],
        "twister": ["Name of twister", "Twister's name", "Paid to (worker)"],
        "daily": ["Worker's name", "Paid to (worker)"],
    }[kind]
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    p.pair("Worker No.", f"AF-{rng.randrange(10, 240):03d}")
    if kind == "reeler":
        p.pair("Basin No.", str(rng.randrange(1, 41)))
    else:
        p.pair("Section", "Twisting" if kind == "twister" else rng.choice(["Cooking", "Sorting"]))
    if not j.no_day:
        start = earlier(rng, j, 7, 9)
        p.pair("Week", f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=6), '%d %b')}")
    text, (lo, hi), (nlo, nhi) = PAY_LINES[kind]
    rate = float(rng.randrange(lo, hi + 1))
    if kind == "daily":
        n = rng.randrange(int(nlo), int(nhi) + 1)
        gross = round(n * rate, 2)
        shown = str(n)
    else:
        n = kilos(rng, nlo, nhi)
        gross = round(n * rate, 2)
        shown = f"{n:.3f}"
    p.pair(text.format(n=shown, rate=f"{rate:.2f}"), rs(gross))
    extra = 0.0
    if kind == "reeler" and rng.random() < 0.5:
        extra = float(rng.choice([150, 250, 300, 400]))
        p.pair("Add: Quality incentive (even denier)", rs(extra))
    elif kind != "reeler" and rng.random() < 0.4:
        extra = float(rng.choice([100, 200, 250]))
        p.pair("Add: Attendance bonus", rs(extra))
    gross = round(gross + extra, 2)
    p.pair("Gross wages", rs(gross))
    cut = 0.0
    if gross > 2500 and rng.random() < 0.6:
        cut = float(rng.choice([200, 300, 500, 1000]))
        p.pair("Less: Advance (mungada) recovered", rs(cut))
    if kind == "reeler" and rng.random() < 0.3:
        waste = float(rng.choice([60, 90, 120, 150]))
        p.pair("Less: Excess waste deduction", rs(waste))
        cut += waste
    j.amount = round(gross - cut, 2)
    net = {
        "reeler": ["Net paid to reeler", "Net wages paid"],
        "twister": ["Net paid to twister", "Net wages paid"],
        "daily": ["Net wages paid", "Net wages handed over"],
    }[kind]
    p.pair(rng.choice(net), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    word = {
        "reeler": ["PAID", "PAID - RECEIVED BY REELER", "PAID - THUMB IMPRESSION OBTAINED"],
        "twister": ["PAID", "WAGES PAID - SIGNED", "PAID - THUMB IMPRESSION OBTAINED"],
        "daily": ["PAID", "WAGES PAID - SIGNED"],
    }[kind]
    p.add("center", rng.choice(word), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / L.T.I. of worker")
    return p.done()


# ---------------------------------------------------------------- 8. cocoon market, sericulture, KSPCB, CMC, ...


FEE_FRAMES = ["market", "licence", "kspcb", "cmc", "boilers", "smoi", "lwf", "market"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a silk reeling unit in Ramanagara: the Government Cocoon Market's e-auction payment pages for the
    lots the company bought (Government Cocoon Market, Ramanagara / GOVERNMENT COCOON MARKET, RAMANAGARA / Govt.
    Cocoon Market, Ramanagara on top and the Department of Sericulture line, Reeler name, Reeler licence No., Auction
    date, the lots with their farmers, kilos and rates, Cocoon value, Market fee @ 1%, Total amount paid / Amount
    remitted / Total payable, Transaction ID, Bank Ref No., Payment receipt No.; Payment pending - bank confirmation
    awaited, lots released after credit), the Department of Sericulture's reeler licence renewal (Department of
    Sericulture, Government of Karnataka / Department of Sericulture, Karnataka / DEPARTMENT OF SERICULTURE, KARNATAKA
    on top and the Commissionerate line, Name of licensee, Licence No., Basins, the renewal and late fees, Total fee
    paid / Amount paid, Transaction ID, Bank Ref No., e-Receipt No.), the Karnataka State Pollution Control Board's
    consent fee page (the Board / KSPCB on top and its XGN line, Name of industry, Category, Application No., the
    Water and Air Act fees, Total fee paid, Transaction ref. No., Bank Ref No.), Ramanagara City Municipal Council's
    trade licence page (Ramanagara City Municipal Council / City Municipal Council, Ramanagara / RAMANAGARA CITY
    MUNICIPAL COUNCIL on top and the Urban Development Department line, Name of trader, Trade name, Licence No., Ward,
    the heads, Total amount / Amount, Transaction ID; Transaction unsuccessful - fee not received by the Council),
    the Department of Factories, Boilers, Industrial Safety and Health's boiler certificate renewal (the Department
    on top, Owner of boiler, Boiler registry No., the fees, Total fee remitted, Transaction ID, Challan No.), the Silk
    Mark Organisation of India's authorised user renewal (Silk Mark Organisation of India / SMOI on top and the
    Central Silk Board line, Authorised user, Membership No., the heads, GST @ 18%, Total amount received / Total
    paid, Payment ID, Receipt No.) and the Karnataka Labour Welfare Board's annual contribution (the Board on top,
    Name of establishment, Registration No., Contribution for, Employees, the shares, Total contribution paid /
    Amount paid)."""
    k = place("govt_fees")
    status = outcome(k, failed=(3,), pending=(7,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = ["Payment successful", "Fee paid successfully", "Payment received", "e-Receipt generated"]
    if frame == "market":
        p = browser_page(rng, font, f"ecocoon.karnataka.gov.in/reeler/payment/receipt/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            [
                "Government Cocoon Market, Ramanagara",
                "GOVERNMENT COCOON MARKET, RAMANAGARA",
                "Govt. Cocoon Market, Ramanagara",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Department of Sericulture, Government of Karnataka  |  e-Auction - reeler payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": ["Payment pending - bank confirmation awaited, lots released after credit"],
            },
        )
        wrap_pair(p, "Reeler name", firm)
        p.pair("Reeler licence No.", f"RL/RMG/{digits(rng, 4)}")
        if not j.no_day:
            p.pair("Auction date", j.other_day(rng, -2, 0))
        value = 0.0
        for farmer in rng.sample(FARMERS, rng.randrange(2, 5)):
            kg = round(rng.uniform(38, 160), 1)
            rate = float(rng.randrange(560, 790))
            lot = round(kg * rate, 2)
            value += lot
            p.pair(f"Lot {rng.randrange(100, 999)} - {kg:.1f} kg x {rate:.2f}", rs(lot))
            p.add("small", f"Farmer: {farmer}")
        value = round(value, 2)
        p.pair("Cocoon value", rs(value))
        fee = round(value * 0.01, 2)
        p.pair("Market fee @ 1%", rs(fee))
        j.amount = round(value + fee, 2)
        p.pair(
            rng.choice(
                ["Total amount paid", "Amount remitted"] if status == "success" else ["Total payable"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        way = (
            "Net banking" if j.amount > 100000 or status == "pending" else rng.choice(["Net banking", "UPI"])
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"GCM{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Payment receipt No.", INVOICE_RANK, f"RMG/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Date of payment"]
            if status == "success"
            else ["Initiated on", "Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "The farmers are paid by the market from the sums the reelers remit."
    elif frame == "licence":
        p = browser_page(rng, font, f"sericulture.karnataka.gov.in/licence/renewal/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Department of Sericulture, Government of Karnataka",
                "Department of Sericulture, Karnataka",
                "DEPARTMENT OF SERICULTURE, KARNATAKA",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Commissionerate of Sericulture Development  |  Reeler licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of licensee", firm)
        p.pair("Licence No.", f"RL/RMG/{digits(rng, 4)}")
        basins = rng.choice([20, 30, 40, 60])
        p.pair("Basins", f"{basins} multi-end + 1 ARM")
        heads = [(f"Licence renewal fee - {basins} basins", float(basins * rng.choice([25, 40, 50])))]
        if rng.random() < 0.5:
            heads.append(("Late fee", float(rng.choice([250, 500]))))
        for head, fee in heads:
            p.pair(head, rs(fee))
        j.amount = float(sum(fee for _, fee in heads))
        p.pair(rng.choice(["Total fee paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"SERI{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("e-Receipt No.", INVOICE_RANK, f"DOS/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Under the Karnataka Silkworm Seed, Cocoon and Silk Yarn (Regulation) Act, 1959."
    elif frame == "kspcb":
        p = browser_page(rng, font, f"kspcb.karnataka.gov.in/xgn/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            [
                "Karnataka State Pollution Control Board",
                "KARNATAKA STATE POLLUTION CONTROL BOARD",
                "KSPCB",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "XGN - online consent management  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of industry", f"{FILATURE} ({firm})")
        p.pair("Category", rng.choice(["Orange - silk reeling (cocoon cooking)", "Orange - silk filature"]))
        p.pair("Application No.", f"KSPCB/CFO/{digits(rng, 7)}")
        water = float(rng.choice([6000, 9000, 12000]))
        air = float(rng.choice([3000, 4500, 6000]))
        p.pair("Consent for operation - Water Act", rs(water))
        p.pair("Consent for operation - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"XGN{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent is issued after inspection of the cooking basins' effluent treatment."
    elif frame == "cmc":
        p = browser_page(rng, font, f"mrc.karnataka.gov.in/ramanagaracmc/tradelicence/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Ramanagara City Municipal Council",
                "City Municipal Council, Ramanagara",
                "RAMANAGARA CITY MUNICIPAL COUNCIL",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Urban Development Department, Government of Karnataka  |  Trade licence")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Transaction unsuccessful - fee not received by the Council"]},
        )
        wrap_pair(p, "Name of trader", firm)
        wrap_pair(p, "Trade name", rng.choice([FILATURE, f"{FILATURE} and {DEPOT}"]))
        p.pair("Licence No.", f"RCMC/TL/{digits(rng, 6)}")
        p.pair("Ward", rng.choice(["Ijoor (Ward 7)", "B.M. Road (Ward 19)", "Tippu Nagar (Ward 23)"]))
        heads = [
            ("Trade licence fee - silk reeling unit", float(rng.choice([3000, 4000, 5000]))),
            ("Solid waste management cess", float(rng.randrange(600, 1200, 60))),
            ("Late fee", float(rng.choice([0, 0, 250, 500]))),
        ]
        total = 0.0
        for head, fee in heads:
            if fee:
                total += fee
                p.pair(head, rs(fee))
        j.amount = round(total, 2)
        p.pair(rng.choice(["Total amount", "Amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"RCMC{digits(rng, 11)}")])
        date_row(p, j, ["Transaction date"], hour=rng.random() < 0.5)
        foot = "No amount is collected for a failed transaction; any debit is reversed by the bank."
    elif frame == "boilers":
        p = browser_page(rng, font, f"esuraksha.karnataka.gov.in/boilers/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Department of Factories, Boilers, Industrial Safety and Health",
                "Dept. of Factories, Boilers, Industrial Safety & Health",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Government of Karnataka  |  Boiler inspection and certificate renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Owner of boiler", firm)
        p.pair("Boiler registry No.", f"KTK-{digits(rng, 4)}")
        surface = rng.choice([28, 36, 42, 55])
        p.pair("Heating surface", f"{surface} sq m")
        inspect = float(surface * rng.choice([60, 75]))
        renew = float(rng.choice([1000, 1500, 2000]))
        p.pair("Boiler inspection fee", rs(inspect))
        p.pair("Certificate renewal fee", rs(renew))
        j.amount = inspect + renew
        p.pair("Total fee remitted", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"FBISH{digits(rng, 10)}"),
                ("Challan No.", INVOICE_RANK, f"BLR/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Challan date"], pats)
        foot = "The certificate is renewed after the hydraulic test of the boiler."
    elif frame == "smoi":
        p = browser_page(rng, font, f"silkmarkindia.com/members/renewal/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Silk Mark Organisation of India", "SMOI", "SILK MARK ORGANISATION OF INDIA"])
        top(p, name, merchant=name)
        p.add("small", "Central Silk Board, Ministry of Textiles  |  Authorised user renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Authorised user", firm)
        p.pair("Membership No.", f"SMOI/BLR/{digits(rng, 5)}")
        renewal = float(rng.choice([2000, 3000, 5000]))
        labels = rng.choice([1000, 2000, 5000])
        tags = round(labels * rng.choice([1.2, 1.5, 2.0]), 2)
        p.pair("Membership renewal fee", rs(renewal))
        p.pair(f"Silk Mark labels - {labels:,} nos", rs(tags))
        gst = round((renewal + tags) * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(renewal + tags + gst, 2)
        p.pair(rng.choice(["Total amount received", "Total paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"SM{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"SMOI/R/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Silk Mark labels are dispatched to the authorised user within 7 working days."
    else:
        p = browser_page(rng, font, f"klwbapps.karnataka.gov.in/contribution/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Karnataka Labour Welfare Board", "KARNATAKA LABOUR WELFARE BOARD"])
        top(p, name, merchant=name)
        p.add("small", "Labour Department, Government of Karnataka  |  Annual contribution")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of establishment", rng.choice([FILATURE, firm]))
        p.pair("Registration No.", f"KLWB/RMG/{digits(rng, 5)}")
        p.pair("Contribution for", "Calendar year 2025")
        staff = rng.randrange(40, 140)
        p.pair("Employees", str(staff))
        ee = float(staff * 50)
        er = float(staff * 100)
        p.pair("Employees' share @ Rs 50", rs(ee))
        p.pair("Employer's share @ Rs 100", rs(er))
        j.amount = ee + er
        p.pair(rng.choice(["Total contribution paid", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"KLWB{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"KLWB/R/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The contribution for a calendar year is due by 15 January of the next year."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
POLICIES = [
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Bharat Sookshma Udyam Suraksha - filature, machinery and silk stock",
        "browser",
        "stock",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Boiler and pressure plant insurance",
        "mail",
        "boiler",
    ),
    (
        "Reliance General Insurance Co. Ltd",
        "reliancegeneral.co.in",
        "Inland transit (annual turnover) - raw silk by road",
        "paper",
        "transit",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Employees' compensation - reelers and twisters",
        "browser",
        "wc",
    ),
    (
        "Niva Bupa Health Insurance Co. Ltd",
        "nivabupa.com",
        "Group health insurance - filature staff",
        "mail",
        "health",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Money insurance - cocoon market remittances and wages",
        "browser",
        "money",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Machinery breakdown - automatic reeling machine",
        "mail",
        "machine",
    ),
    (
        "Generali Central Insurance Co. Ltd",
        "generalicentral.com",
        "Burglary and housebreaking - raw silk depot",
        "paper",
        "burglary",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its filature, machinery and silk stock, its boiler, the raw silk on the road to its
    buyers, its reelers and twisters, its staff's health, the money it carries to the cocoon market and for wages, its
    automatic reeling machine and its depot: the insurers' premium receipts (browser, e-mail, printed at the branch:
    the insurer on top, the product line, PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT, Insured /
    Proposer (insured) / Client name, Policy No., Proposal No., Sum insured (building, machinery and stock) / Sum
    insured (boiler and surrounding property) / Annual turnover in transit / Estimated annual wages / Lives covered /
    Money in transit limit / Sum insured (ARM) / Sum insured (stock in depot), Period of insurance, Basic premium, an
    add-on (earthquake and STFI, third party property, ARM and loading cover, occupational disease, maternity, cash in
    safe, spoilage of silk in process, riot and strike), GST @ 18%, Total premium received / Premium paid (incl. GST)
    / Total amount received, the Cheque amount or Premium payable / Total premium due, Payment mode, Transaction ref.
    No. / Payment ID, UPI Ref No. / Bank Ref. No., Receipt No. / Premium receipt No., Cheque No., Receipt date /
    Premium paid on / Date of receipt / Cheque received on / Transaction date / Attempted on; Premium credited - cover
    in force / Payment confirmed - policy schedule attached / CHEQUE DEPOSITED - POLICY ON CLEARANCE OF CHEQUE /
    Payment not completed - premium not received, cover not granted)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3)
    ins, host, product, frame, kind = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'pay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Health")[0]
        p = mail_page(
            rng, font, f"{short} <noreply@{host}>", ["Premium receipt", "Premium payment acknowledgement"]
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
            rng.choice(["Branch Office, M.G. Road, Ramanagara", "Divisional Office, Mysuru Road, Bengaluru"]),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Premium credited - cover in force", "Payment confirmed - policy schedule attached"],
            "pending": ["CHEQUE DEPOSITED - POLICY ON CLEARANCE OF CHEQUE"],
            "failed": ["Payment not completed - premium not received, cover not granted"],
        },
    )
    wrap_pair(
        p, rng.choice(["Insured", "Proposer (insured)", "Client name"]), rng.choice([COMPANY, COMPANY_CAPS])
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '31', '46'])}/2026/{digits(rng, 5)}")
    p.pair("Proposal No.", f"PR{digits(rng, 10)}")
    if kind == "stock":
        insured = float(rng.randrange(15000000, 65000000, 100000))
        p.pair("Sum insured (building, machinery and stock)", rs(insured))
        basic = round(insured * rng.uniform(0.00035, 0.0006), 2)
        addon = ("Earthquake and STFI cover", round(insured * 0.0001, 2))
    elif kind == "boiler":
        insured = float(rng.randrange(1800000, 6000000, 10000))
        p.pair("Sum insured (boiler and surrounding property)", rs(insured))
        basic = round(insured * rng.uniform(0.002, 0.0035), 2)
        addon = ("Third party property damage", round(rng.uniform(1500, 4500), 2))
    elif kind == "transit":
        turnover = float(rng.randrange(30000000, 180000000, 100000))
        p.pair("Annual turnover in transit", rs(turnover))
        basic = round(turnover * rng.uniform(0.0002, 0.0004), 2)
        addon = ("Loading and unloading cover", round(rng.uniform(1200, 3600), 2))
    elif kind == "wc":
        wages = float(rng.randrange(4000000, 16000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workers covered", str(rng.randrange(40, 160)))
        basic = round(wages * rng.uniform(0.003, 0.005), 2)
        addon = ("Occupational disease cover", round(wages * 0.0002, 2))
    elif kind == "health":
        lives = rng.randrange(12, 40)
        p.pair("Lives covered", f"{lives} staff and families")
        basic = round(lives * rng.uniform(8500, 15000), 2)
        addon = ("Maternity cover", round(lives * 420.0, 2))
    elif kind == "money":
        limit = float(rng.choice([500000, 1000000, 1500000]))
        p.pair("Money in transit limit", rs(limit))
        basic = round(limit * rng.uniform(0.004, 0.007), 2)
        addon = ("Cash in safe cover", round(rng.uniform(800, 2200), 2))
    elif kind == "machine":
        insured = float(rng.randrange(2500000, 9000000, 10000))
        p.pair("Sum insured (ARM)", rs(insured))
        basic = round(insured * rng.uniform(0.0025, 0.004), 2)
        addon = ("Spoilage of silk in process", round(insured * 0.0003, 2))
    else:
        insured = float(rng.randrange(2000000, 12000000, 10000))
        p.pair("Sum insured (stock in depot)", rs(insured))
        basic = round(insured * rng.uniform(0.0008, 0.0014), 2)
        addon = ("Riot and strike cover", round(insured * 0.0001, 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    p.pair("Basic premium", rs(basic))
    wrap_pair(p, addon[0], rs(addon[1]))
    gst = round((basic + addon[1]) * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    j.amount = round(basic + addon[1] + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium received", "Premium paid (incl. GST)", "Total amount received"],
        "pending": ["Cheque amount", "Premium paid (incl. GST)"],
        "failed": ["Premium payable", "Total premium due"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif j.amount > 100000:
        pay = "Net banking"
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    if frame == "paper" and status == "success":
        pay = rng.choice(["Net banking", "Cheque"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and pay != "Cheque":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 10)
            p.pair(rng.choice(["Receipt No.", "Premium receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Receipt date", "Premium paid on", "Date of receipt"],
            "pending": ["Receipt date", "Cheque received on"],
            "failed": ["Transaction date", "Attempted on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Cover is subject to realisation of premium. Insurance is the subject matter of solicitation.",
    )
    return p.done()


# ---------------------------------------------------------------- 10. card terminal slips


COUNTERS = [
    ("ARKAVATHI RAW SILK DEPOT", "B.M. ROAD, RAMANAGARA", "depot"),
    ("BIDADI HIGHWAY FUELS", "NH-275, BIDADI", "fuel"),
    ("ARKAVATHI SILK REELERS", "IJOOR, RAMANAGARA", "depot"),
    ("HOTEL VARADA RESIDENCY", "GANDHI ROAD, KANCHIPURAM", "hotel"),
    ("S P ROAD BEARING HOUSE", "S.P. ROAD, BENGALURU", "shop"),
    ("ARKAVATHI RAW SILK DEPOT", "RAMANAGARA 562159", "depot"),
    ("CHANNAPATNA TIFFIN ROOM", "NH-275, CHANNAPATNA", "food"),
    ("ARKAVATHI FILATURE", "IJOOR RAMANAGARA KA", "depot"),
]
TERMINALS = [
    "CANARA BANK",
    "BPCL",
    "KARNATAKA BANK",
    "SBI",
    "MOSAMBEE",
    "UNION BANK OF INDIA",
    "PAYTM",
    "BANK OF BARODA",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Weavers' and traders' cards on the depot's and the filature's terminals, and the company's card at a filling
    station, a Kanchipuram hotel, a bearing shop and a highway tiffin room: terminal slips (monospace: the terminal's
    bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: / TXN DATE: and TXN TIME:
    / TRAN DATE: and TRAN TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, TRACE NO:, INVOICE NO: / BILL NO: / INV NO:,
    SALE, CARD:, a fuel sale's PRODUCT:, RATE:, VOLUME(L): and PUMP NO:, a hotel's ROOM NO: and FOLIO NO:, AUTH CODE:
    / APPR CODE:, RRN: / REF NO: / RRN NO:, SALE AMOUNT: / AMOUNT: / BILL AMT:; APPROVED / TXN APPROVED / SALE
    APPROVED / DECLINED - 54 EXPIRED CARD / NO REPLY FROM ACQUIRER - CONFIRM STATUS BEFORE REPEATING)."""
    k = place("card_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=3000, high=92000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1500, 7500, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 2800, 14500, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 16000, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 350, 4500, 0.5)
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
        style = rng.randrange(4)
        if style == 3:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
        else:
            day_lab, time_lab = [
                ("DATE:", "TIME:"),
                ("TXN DATE:", "TXN TIME:"),
                ("TRAN DATE:", "TRAN TIME:"),
            ][style]
            p.pair(day_lab, d, date=j.date)
            p.pair(time_lab, t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(101.5, 104.5), 2)
        p.pair("PRODUCT:", rng.choice(["PETROL", "HSD", "SPEED"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 320)))
        p.pair("FOLIO NO:", str(rng.randrange(1000, 9999)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    lab = rng.choice(["SALE AMOUNT:", "AMOUNT:", "BILL AMT:"])
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "SALE APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 54 EXPIRED CARD", status="failed")
    else:
        p.add("center", "NO REPLY FROM ACQUIRER - CONFIRM STATUS BEFORE REPEATING", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. BESCOM, fibre, gas and phone bills


BILLERS = [
    ("BESCOM", "Bangalore Electricity Supply Company Ltd", "Account ID"),
    ("JioFiber", "Reliance Jio Infocomm Ltd", "Service ID"),
    ("Indane Gas", "Indian Oil Corporation Ltd", "LPG ID"),
    ("BSNL Postpaid", "Bharat Sanchar Nigam Ltd", "Mobile No."),
]
BILL_APPS = [
    "BESCOM",
    "PhonePe",
    "Canara ai1",
    "Google Pay",
    "BESCOM",
    "Paytm",
    "KBL Mobile Plus",
    "Amazon Pay",
]
BILL_WHICH = [0, 0, 0, 2, 0, 1, 0, 3]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The filature's and the depot's electricity (BESCOM), the office fibre (JioFiber), the staff canteen's LPG
    (Indane) and the manager's postpaid phone (BSNL) through Bharat Connect in banking apps (Canara ai1, KBL Mobile
    Plus) and UPI apps (PhonePe, Google Pay, Paytm, Amazon Pay: the app on top, Biller / Biller name / Utility /
    Service provider / Operator as printed, Account ID / Service ID / LPG ID / Mobile No., Customer name / Consumer
    name, Bill month and Due date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect Ref. No. / BBPS
    Ref ID, UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date & time; Bill paid successfully /
    Payment successful / Bill payment successful / Bill payment pending - biller has not confirmed yet / Bill payment
    failed - money will be refunded to source account) and BESCOM's own receipt page (the company on top with its
    Government of Karnataka undertaking line, Account ID, O&M sub-division, Consumer name, Tariff, Bill month, Amount
    paid / Paid amount, Payment mode, Transaction ID, Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=18000, high=180000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 1178, 3538, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 3600, 18500, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 399, 1499, 0.6)
    elif BILL_APPS[k] not in ("BESCOM", "Canara ai1", "KBL Mobile Plus"):
        j.amount = rupees(rng, 12000, 98000, 0.5)
    rs = money(rng, font, 0.5)
    ids = {
        "Account ID": digits(rng, 10),
        "Service ID": digits(rng, 10),
        "LPG ID": digits(rng, 17),
        "Mobile No.": f"94{digits(rng, 8)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "BESCOM":
        p = browser_page(rng, font, "bescom.karnataka.gov.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Government of Karnataka undertaking  |  Electricity bill - online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment successful"]})
        p.pair(idlab, ids)
        p.pair("O&M sub-division", rng.choice(["Ramanagara Urban", "Ramanagara Rural (C-2)", "Bidadi"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Tariff", rng.choice(["LT-5 (industrial)", "HT-2(a) industrial"]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"BES{digits(rng, 13)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to the consumer account within two working days.")
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
            "success": ["Bill paid successfully", "Payment successful", "Bill payment successful"],
            "pending": ["Bill payment pending - biller has not confirmed yet"],
            "failed": ["Bill payment failed - money will be refunded to source account"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        "Operator"
        if which in (1, 3)
        else rng.choice(["Biller", "Biller name", "Utility", "Service provider"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, rng.choice(["Customer name", "Consumer name"]), rng.choice([COMPANY_CAPS, FILATURE.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app in ("Canara ai1", "KBL Mobile Plus") else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {
                "PhonePe": "PP",
                "Google Pay": "GP",
                "Paytm": "PT",
                "Amazon Pay": "AM",
                "Canara ai1": "CN",
            }.get(app, "KB")
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


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "BIDADI AGRO BRIQUETT",
    "REVANNA TWISTING WOR",
    "SHANTHAMMA",
    "KANAKAPURA COCOON CA",
    "BESCOM RAMANAGARA",
    "GOVT COCOON MARKET R",
    "MYSURU REELING MACHI",
    "SRI KANCHI SILK CARG",
]
SENDERS = {
    "Karnataka Bank": "VM-KBLBNK",
    "State Bank of India": "AD-SBIINB",
    "Karnataka Gramin Bank": "VK-KGBANK",
    "HDFC Bank": "AX-HDFCBK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-KBLBNK / AD-SBIINB /
    VK-KGBANK / AX-HDFCBK, the day divider, each bank's own wording: "KBL: Rs.x debited from A/c XXX1234 on <day> /
    for <way> favouring <payee>.", "Dear Customer, your A/c XXXXX1234 is debited for INR x on <day> / by <way> to
    beneficiary <payee>.", "KGB: A/c XX1234 Dr. Rs x on <day> / (<way>) Payee: <payee>.", HDFC Bank's UPI "Sent Rs.x /
    From HDFC Bank A/C *1234 / To <payee> / On <day> / Ref <ref>"; a transfer that "was REJECTED by the beneficiary
    bank and the amount refunded to your A/c" and one that "is ON HOLD at the beneficiary bank - please do not
    initiate it again") and two e-mail debit alerts (Debited amount / Amount debited (INR), Beneficiary name /
    Favouring, Account, Channel, UTR No. / IMPS Ref No., Transaction date / Value date, Status: Debited successfully /
    Transaction status: Completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=6000, high=420000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 900, 15000, 0.8)
    elif k == 3:
        j.amount = rupees(rng, 8000, 65000)
    elif k == 4:
        j.amount = rupees(rng, 25000, 180000)
    elif k == 7:
        j.amount = rupees(rng, 4000, 26000)
    if k in (4, 6):
        bank = rng.choice(["Karnataka Bank", "State Bank of India"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}>",
            ["Debit alert - current account", "Transaction alert"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Debited amount", "Amount debited (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Favouring"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add(
            "left",
            rng.choice(["Status: Debited successfully", "Transaction status: Completed"]),
            status="success",
        )
        p.part = "foot"
        p.add(
            "small",
            "Never share your OTP, PIN or password. Report an unauthorised debit to the bank at once.",
        )
        return p.done()
    if status == "success" and k == 2:
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    # HDFC Bank's "Sent Rs." is its UPI wording: the other transfers come from the other banks
    bank = "HDFC Bank" if way == "UPI" else rng.choice(list(SENDERS)[:3])
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%Y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success" and bank == "HDFC Bank":
        p.add("left", f"Sent Rs.{amt}", amount=j.amount, method=method)
        p.add("left", f"From HDFC Bank A/C *{tail}")
        p.add("left", f"To {to}", merchant=to)
        if day:
            p.add("left", f"On {day}")
        if ref:
            p.add("left", f"Ref {ref}", txn=(UTR_RANK, ref))
        p.add("small", "Not You? Call 18002586161 / SMS BLOCK UPI to 7308080808", status="success")
        return p.done()
    if status == "success":
        if bank == "Karnataka Bank":
            p.add("left", f"KBL: Rs.{amt} debited from A/c XXX{tail}{on}", amount=j.amount)
            p.add("left", f"for {way} favouring {to}.", merchant=to, method=method)
        elif bank == "State Bank of India":
            p.add(
                "left", f"Dear Customer, your A/c XXXXX{tail} is debited for INR {amt}{on}", amount=j.amount
            )
            p.add("left", f"by {way} to beneficiary {to}.", merchant=to, method=method)
        else:
            p.add("left", f"KGB: A/c XX{tail} Dr. Rs {amt}{on}", amount=j.amount)
            p.add("left", f"({way}) Payee: {to}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was REJECTED by the beneficiary bank and the amount refunded to your A/c.",
            "pending": "is ON HOLD at the beneficiary bank - please do not initiate it again.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2800000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(["Not done by you? Call the bank at once", "If not you, report on 1800 toll free"]),
        )
    p.add(
        "small",
        {"Karnataka Bank": "-Karnataka Bank", "State Bank of India": "-SBI"}.get(
            bank, "-Karnataka Gramin Bank"
        ),
    )
    return p.done()


compose = compose158

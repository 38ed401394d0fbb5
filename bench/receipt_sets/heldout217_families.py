"""The twelve heldout217 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a parboiled rice mill and rice exporter near Kakinada, Andhra Pradesh, in 2026
(Vainateya Agro Exports Pvt Ltd, its parboiling mill, Sri Vainateya Rice Mill, on the ADB Road at Samalkot, its
export godowns in the Vakalapudi industrial area by the Kakinada anchorage and its retail counter, Vainateya Rice
Point, on Main Road, Jagannaickpur, Kakinada), told by the proofs of payment it receives and makes: rice buyers' UPI
screens and the sales desk's ICICI Eazypay and Paytm Payment Gateway pages, the Civil Supplies Corporation's,
wholesalers', a supermarket chain's and the bran, husk and broken rice buyers' payment advices, importers' inward
wires from West Africa and the Gulf in US dollars, euros, UAE dirhams, Saudi riyals and Omani rials, its own cash
memos and husk, bran, broken rice and order advance receipts, the paddy commission agent's bill of supply and the
bag, rubber roll, colour sorter, fumigation and boiler suppliers' tax invoices, the net-banking transfers to the
farmers, the paddy trader, the lorry owners, the stevedores, the surveyors, the gunny trader and the container
freight station, the hamalis' and the mill workers' vouchers and their PayU Payouts, Google Pay and Paytm payments,
the Maritime Board's, the market committee's, the Pollution Control Board's, the Factories Department's (CFMS),
Samalkot Municipality's, APEDA's, the Plant Quarantine Directorate's and Legal Metrology's fee pages, the insurers'
premium receipts, card terminal slips, APEPDCL's power and the fibre, phone and piped gas bills and the banks' SMS
and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back
from the rows the page keeps. Headings, footers, the unit lines, invoices paid by a link or listed on an advice,
supplier, vendor, miller, licence, registration, application, assessment, service, subscriber, BP, policy, proposal,
RCMC, IEC, shipping bill, bill of lading, export invoice, lorry, weighbridge ticket and vessel names and numbers,
quintals, tonnes, bags, kilos, shifts, days, rates, commissions, hamali, gunny and market fees, advances, TDS, GST
and cess lines, deductions and claims, the INR values and rates on the wires, sums insured, IDVs, wages declared and
shipments declared, purchase months, bill months and due days, periods of insurance, GSTIN, IFSC, BIC, UETR, purpose
codes, heads of account, MID, TID, batch, trace and pump numbers, the maker and the checker and the payer's own
details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's; ``neft_way`` and
``way_method`` heldout203's; ``fy`` and ``earlier`` heldout202's; ``compose`` is heldout158's.
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

COMPANY = "Vainateya Agro Exports Pvt Ltd"
COMPANY_CAPS = "VAINATEYA AGRO EXPORTS PVT LTD"
SHORT = "Vainateya Agro"
MILL = "Sri Vainateya Rice Mill"
POINT = "Vainateya Rice Point"
# unit, address, GST state code
UNITS = [
    ("Parboiled rice mill - 8 TPH", "Sy. No. 214/2, ADB Road, Samalkot - 533440, Kakinada Dist., A.P.", "37"),
    ("Export godowns", "Godown Nos. 3 & 4, Vakalapudi Industrial Area, Kakinada - 533005, A.P.", "37"),
    ("Rice Point - retail counter", "D.No. 2-41-7, Main Road, Jagannaickpur, Kakinada - 533002, A.P.", "37"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WIRE_PATS = ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y", "%d-%b-%Y"]
BANKS = [
    "State Bank of India",
    "Union Bank of India",
    "Canara Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Bank of Baroda",
    "Indian Bank",
    "Bank of India",
    "Karur Vysya Bank",
]
IFSC = {
    "State Bank of India": "SBIN",
    "Union Bank of India": "UBIN",
    "Canara Bank": "CNRB",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Bank of Baroda": "BARB",
    "Indian Bank": "IDIB",
    "Bank of India": "BKID",
    "Karur Vysya Bank": "KVBL",
}
DOMAINS = {
    "State Bank of India": "sbi.co.in",
    "Union Bank of India": "unionbankofindia.co.in",
    "Canara Bank": "canarabank.com",
    "HDFC Bank": "hdfcbank.com",
    "ICICI Bank": "icicibank.com",
    "Axis Bank": "axisbank.com",
    "Bank of Baroda": "bankofbaroda.co.in",
    "Indian Bank": "indianbank.in",
    "Bank of India": "bankofindia.co.in",
}


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer (billed to) / Name of the buyer / Billed to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "SBIN")
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


def bags(n: int) -> str:
    return f"{n:,} bag{'s' if n != 1 else ''}"


# ---------------------------------------------------------------- 1. rice buyers: UPI screens and payment pages


BUYER_APPS = ["PhonePe", "Eazypay", "Google Pay", "Paytm", "Amazon Pay", "Paytm PG", "BHIM", "Vyom"]
MILL_AT = (2, 6)
POINT_NOTES = [
    "Sona masoori 26 kg x 2",
    "BPT rice - 4 bags",
    "Rice for mess - 10 bags",
    "Vainateya Gold 26 kg",
    "Idli rice 25 kg + brokens",
    "Hotel rice - weekly",
]
MILL_NOTES = ["Broken rice 50 kg x 12", "Bran - 1 tractor load", "Husk - 2 loads", "Rice 75 kg bags x 20"]
BULK_BUYERS = [
    ("Sri Annapurna Mess, Rajamahendravaram", "40 bags BPT parboiled, 26 kg"),
    ("Hotel Surya Residency, Amalapuram", "60 bags sona masoori, 26 kg"),
    ("Kovvur Kirana Wholesale", "120 bags IR-64 raw rice, 50 kg"),
    ("St. Ann's Hostel, Eluru", "80 bags boiled rice for April"),
]
BUYER_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "Amazon Pay": ["Bank reference ID", "UPI Ref No."],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "Vyom": ["UPI Ref No.", "UTR"],
}


def buyer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Households, messes, hotels and kirana shops paying the Rice Point and the mill for bags of rice, brokens,
    bran and husk: six UPI screens (PhonePe, Google Pay, Paytm, Amazon Pay, BHIM, Union Bank of India's Vyom: the
    Rice Point, the mill or the company under Paid to / To / Sent to / Paying to, its UPI ID, a Verified merchant
    line on some, the sum large, a note, UTR / UPI Ref. No. / UPI Reference No. / UPI transaction ID / Bank
    reference ID / UPI Ref No, PhonePe's, Paytm's and Amazon Pay's own Transaction ID / Order ID and Google Pay's
    Google transaction ID on some, Debited from / From / Bank account, Date & time / Paid on / Completed on /
    Initiated on; Payment pending - awaiting bank confirmation, please don't retry / Payment failed - incorrect UPI
    PIN entered) and the sales desk's two payment pages (ICICI Eazypay, Paytm Payment Gateway: the mill or the
    company on top, Payer name / Paid by, Against invoice, Towards, Payment mode / Paid through, Eazypay Transaction
    ID and Merchant reference No. / Transaction ID and Order ID, UPI Ref No. / Bank Ref No. / Bank transaction ID or
    Auth code, Transaction date / Paid on / Payment time; Payment completed / Your payment was successful / Payment
    successful)."""
    k = place("buyer_upi")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=1350, high=48000, p_round=0.8)
    app = BUYER_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Eazypay", "Paytm PG"):
        way = rng.choice(["UPI", "Net banking"]) if app == "Eazypay" else rng.choice(["UPI", "UPI", "card"])
        j.amount = rupees(rng, 42000, 99000 if way == "UPI" else 380000, 0.7)
        to = rng.choice([MILL, MILL.upper(), COMPANY])
        who, what = BULK_BUYERS[(k + rng.randrange(2)) % len(BULK_BUYERS)]
        url = (
            f"eazypay.icicibank.com/EazyPGResponse?mid={digits(rng, 6)}"
            if app == "Eazypay"
            else f"securegw.paytm.in/link/{code(rng, 10, ALNUM + LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", rng.choice(["Parboiled and raw rice - Samalkot", "Rice millers and exporters, Kakinada"])
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Payment completed", "Your payment was successful", "Payment successful"]}
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Payer name", "Paid by"]), who)
        p.pair("Against invoice", f"{rng.choice(['SVRM', 'VAE'])}/{fy(j.date)}/{rng.randrange(40, 2400):04d}")
        wrap_pair(p, "Towards", what)
        p.pair(
            rng.choice(["Payment mode", "Paid through"]),
            {
                "UPI": "UPI",
                "Net banking": f"Net banking - {rng.choice(BANKS[:6])}",
                "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} debit card {masked(rng, font)}",
            }[way],
            method={"UPI": "UPI", "Net banking": "netbanking", "card": "card"}[way],
        )
        if not j.no_ref:
            if app == "Eazypay":
                tid = digits(rng, 16)
                p.pair("Eazypay Transaction ID", tid, txn=(TXN_RANK, tid))
                oid = f"SVRM{j.date:%y%m}{digits(rng, 5)}"
                p.pair("Merchant reference No.", oid, txn=(ORDER_RANK, oid))
            else:
                tid = f"2026{digits(rng, 16)}"
                wrap_pair(p, "Transaction ID", tid, txn=(TXN_RANK, tid))
                oid = f"ORD{j.date:%d%m}{digits(rng, 7)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                lab = "UPI Ref No." if app == "Eazypay" else "Bank transaction ID"
                p.pair(lab, j.ref, txn=(UTR_RANK, j.ref))
            elif way == "Net banking":
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Transaction date", "Paid on", "Payment time"], hour=True)
        p.part = "foot"
        p.add(
            "small",
            "ICICI Bank Eazypay - secure collections"
            if app == "Eazypay"
            else "Powered by Paytm Payment Gateway",
        )
        return p.done()
    mill = k in MILL_AT
    if mill:
        to = rng.choice([MILL, MILL.upper(), COMPANY_CAPS])
        handle = f"{rng.choice(['svricemill', 'vainateyamill'])}@{rng.choice(['sbi', 'unionbank', 'ybl'])}"
    else:
        j.amount = rupees(rng, 1350, 26000, 0.85)
        to = rng.choice([POINT, POINT.upper(), POINT])
        bank = rng.choice(["ybl", "paytm", "okaxis", "sbi"])
        handle = f"vainateyaricepoint{rng.choice(['', '.kkd', '1'])}@{bank}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add(
        "title",
        {"BHIM": "BHIM UPI", "Amazon Pay": "amazon pay", "Vyom": "Vyom - Union Bank of India"}.get(app, app),
    )
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent"],
            "pending": ["Payment pending - awaiting bank confirmation, please don't retry"],
            "failed": ["Payment failed - incorrect UPI PIN entered"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]),
    )
    p.add("center", to, merchant=to)
    p.add("small", handle, method="UPI")
    if to != COMPANY_CAPS and rng.random() < 0.6:
        p.add("small", f"Verified merchant - {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(MILL_NOTES if mill else POINT_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(BUYER_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}",
            }[app]
            wrap_pair(p, "Order ID" if app == "Amazon Pay" else "Transaction ID", own, txn=(TXN_RANK, own))
        elif app == "Google Pay":
            gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
            wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
    p.pair(
        rng.choice(["Debited from", "From", "Bank account"]),
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
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done", "Need help? Raise a query"]))
    return p.done()


# ---------------------------------------------------------------- 2. the Corporation's and buyers' advices


# payer, its desk line, its mail or portal host, the frame, what it buys
PAYERS = [
    (
        "Andhra Pradesh State Civil Supplies Corporation Ltd",
        "District Manager, Kakinada  |  CMR accounts",
        "apscscl.ap.gov.in",
        "paper",
        "cmr",
    ),
    (
        "Redhills Rice Merchants Pvt Ltd",
        "Accounts Payable, Redhills, Chennai",
        "redhillsrice.in",
        "mail",
        "rice",
    ),
    (
        "Lakshmi Hypermarkets Pvt Ltd",
        "Vendor Payments, Kukatpally, Hyderabad",
        "lakshmihyper.com",
        "portal",
        "rice",
    ),
    (
        "Godavari Rice Bran Oils Pvt Ltd",
        "Raw Material Purchase, Rajamahendravaram",
        "godavaribranoils.in",
        "mail",
        "bran",
    ),
    (
        "Sarpavaram Biomass Power Ltd",
        "Fuel Procurement, Sarpavaram, Kakinada",
        "sarpavarambiomass.in",
        "portal",
        "husk",
    ),
    ("Tanuku Poultry Feeds Pvt Ltd", "Purchase Accounts, Tanuku", "tanukufeeds.in", "paper", "broken"),
    (
        "Krishna Grain Distilleries Ltd",
        "Grain Procurement, Gannavaram",
        "krishnagrain.co.in",
        "portal",
        "broken",
    ),
    ("Chickpet Rice Traders", "Accounts, Chickpet, Bengaluru", "chickpetrice.in", "mail", "rice"),
]
# what the mill sells: the line's wording, the unit, rate per unit (low, high), units (low, high)
SOLD = {
    "rice": ("BPT parboiled rice 26 kg", "bags", (1180, 1420), (120, 900)),
    "bran": ("Raw rice bran", "qtl", (1650, 2150), (80, 460)),
    "husk": ("Rice husk (loose)", "MT", (1900, 3100), (20, 140)),
    "broken": ("Broken rice (nooka)", "qtl", (1900, 2450), (60, 420)),
}


def buyer_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Civil Supplies Corporation paying the mill's custom milling charges, rice wholesalers in Chennai and
    Bengaluru and a Hyderabad supermarket chain paying for rice, and the bran oil refinery, the biomass power plant,
    the poultry feed maker and the grain distillery paying for bran, husk and brokens: printed PAYMENT ADVICE -
    CUSTOM MILLING CHARGES / PAYMENT ADVICE / SUPPLIER PAYMENT ADVICE, advice e-mails and supplier portal pages (the
    payer on top with its desk line, Name of the miller / Miller / Paid to (supplier) / Beneficiary (seller) /
    Vendor name the mill or the company, Supplier code / Vendor code, PO No. or Lorry No. and Weighbridge ticket No.
    on some, the bills or lots with their quantities and sums, Milling charges (parboiled) - n qtl x rate, Gross
    payable / Bills total, Less: TDS u/s 194Q @ 0.1% or u/s 194C @ 1%, Less: Moisture deduction / Less: Oil content
    claim (below 16%) / Less: Shortage recovery / Less: Damaged bags, Net amount credited / Net payment released /
    Amount paid to supplier (Net amount to be released / Net amount payable on the hold, Net amount / Net payment on
    the return), Payment mode NEFT / RTGS / IMPS, Credited to A/c, UTR / UTR No. / RTGS UTR No., Advice No. /
    Payment voucher No., Payment date / Credited on / Value date / Advice date / Date of advice / Returned on /
    Return date; Payment credited to supplier account / Status: Settled / On hold - lab report on the lot awaited /
    Payment returned unpaid - old IFSC (Andhra Bank) no longer valid)."""
    k = place("buyer_advices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    payer, desk, host, frame, kind = PAYERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} Accounts <payments@{host}>",
            ["Payment advice", f"Payment advice - {SHORT}", "Remittance details"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{host}/payments/advice/{digits(rng, 7)}")
    else:
        p = paper_page(rng, font, [720, 760, 780])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.4 else payer)
    p.add("small", desk)
    p.add(
        "center",
        "PAYMENT ADVICE - CUSTOM MILLING CHARGES"
        if kind == "cmr"
        else rng.choice(["PAYMENT ADVICE", "SUPPLIER PAYMENT ADVICE", "Payment advice - supplies"]),
    )
    p.add("rule")
    p.part = "body"
    if kind == "cmr":
        payee = rng.choice([MILL, MILL.upper()])
        labels = ["Name of the miller", "Miller"]
    elif kind == "rice":
        payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        labels = ["Paid to (supplier)", "Beneficiary (seller)", "Vendor name"]
    else:
        payee = rng.choice([MILL, MILL.upper(), COMPANY])
        labels = ["Paid to (supplier)", "Beneficiary (seller)", "Vendor name"]
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    if kind == "cmr":
        p.pair("Miller code", f"KKD/PB/{digits(rng, 4)}")
        p.pair("Season", rng.choice(["Kharif 2025-26", "Rabi 2025-26"]))
    else:
        p.pair(
            rng.choice(["Supplier code", "Vendor code"]), f"{rng.choice(['S', 'V', '40'])}{digits(rng, 6)}"
        )
        if kind == "rice":
            p.pair("PO No.", f"PO/{digits(rng, 7)}")
        else:
            p.pair(
                "Lorry No.",
                f"AP {rng.choice(['05', '39', '37'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
            )
            if kind == "husk":
                p.pair("Weighbridge ticket No.", f"{digits(rng, 6)}")
    cut, cut_label = 0.0, ""
    if kind == "cmr":
        qtl = round(rng.uniform(2400, 9800), 2)
        rate = rng.choice([40.0, 50.0, 60.0])
        gross = round(qtl * rate, 2)
        p.pair(f"Milling charges (parboiled) - {qtl:,.2f} qtl x {rate:.2f}", rs(gross))
        if rng.random() < 0.5:
            extra = float(rng.randrange(30, 160) * 100)
            p.pair("Add: Transport of CMR to FCI depot", rs(extra))
            gross = round(gross + extra, 2)
        p.pair("Gross payable", rs(gross))
        tds = round(gross * 0.01, 2)
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
        if rng.random() < 0.5:
            short = round(rng.uniform(1.5, 12), 2)
            cut = round(short * 2389, 2)
            cut_label = f"Less: Shortage recovery ({short:.2f} qtl)"
    else:
        text, unit, (lo, hi), (nlo, nhi) = SOLD[kind]
        p.add("left", rng.choice(["Bills paid", "Against your bills", "Lots received"]))
        gross = 0.0
        for _ in range(rng.randrange(1, 4)):
            n = rng.randrange(nlo, nhi) if unit == "bags" else round(rng.uniform(nlo, nhi), 2)
            rate = float(rng.randrange(lo, hi, 5))
            value = round(n * rate, 2)
            gross += value
            qty = bags(n) if unit == "bags" else f"{n:,.2f} {unit}"
            p.pair(
                f"{rng.choice(['SVRM', 'VAE'])}/{fy(j.date)}/{rng.randrange(1, 2999):04d}  {qty}", rs(value)
            )
        gross = round(gross, 2)
        p.pair(rng.choice(["Gross payable", "Bills total"]), rs(gross))
        tds = round(gross * 0.001, 2)
        p.pair("Less: TDS u/s 194Q @ 0.1%", rs(tds))
        pick = rng.random()
        if kind == "husk" and pick < 0.7:
            pct = rng.choice([1.5, 2.0, 3.0])
            cut = round(gross * pct / 100, 2)
            cut_label = f"Less: Moisture deduction ({pct:g}% above norm)"
        elif kind == "bran" and pick < 0.7:
            cut = round(gross * rng.uniform(0.01, 0.04), 2)
            cut_label = "Less: Oil content claim (below 16%)"
        elif pick < 0.35:
            n = rng.randrange(2, 14)
            cut = float(n * rng.choice([1250, 1300, 1380]))
            cut_label = f"Less: Damaged bags ({n})"
    if cut:
        p.pair(cut_label, rs(cut))
    j.amount = round(gross - tds - cut, 2)
    lab = {
        "success": ["Net amount credited", "Net payment released", "Amount paid to supplier"],
        "pending": ["Net amount to be released", "Net amount payable"],
        "failed": ["Net amount", "Net payment"],
    }[status]
    p.pair(rng.choice(lab), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    wrap_pair(p, "Credited to A/c", account(rng, BANKS[:3]))
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            lab = {"IMPS": ["IMPS Ref No."], "RTGS": ["UTR", "RTGS UTR No."], "NEFT": ["UTR", "UTR No."]}[way]
            p.pair(rng.choice(lab), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['PA', 'PV', '51'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Advice No.", "Payment voucher No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment credited to supplier account", "Status: Settled"],
            "pending": ["On hold - lab report on the lot awaited"],
            "failed": ["Payment returned unpaid - old IFSC (Andhra Bank) no longer valid"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Credited on", "Value date"],
            "pending": ["Advice date", "Date of advice"],
            "failed": ["Returned on", "Return date"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Milling charges are released after the CMR is accepted at the FCI depot."
        if kind == "cmr"
        else "This advice is system generated. Raise queries on deductions within 7 days.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. importers abroad: inward wires


IMPORTERS = [
    ("Societe Beninoise de Riz SARL", "Cotonou, Benin", "USD", "Ecobank Benin SA", "Citibank NA, New York"),
    ("Ets Agbeko et Fils", "Lome, Togo", "EUR", "Orabank Togo", "Commerzbank AG, Frankfurt"),
    ("Ivoire Grains Distribution SA", "Abidjan, Cote d'Ivoire", "USD", "Societe Generale Cote d'Ivoire", ""),
    ("Al Sahraa Foodstuff Trading LLC", "Deira, Dubai, UAE", "AED", "Emirates NBD Bank PJSC", ""),
    (
        "Tema Harbour Foods Ltd",
        "Tema, Ghana",
        "USD",
        "Standard Chartered Bank Ghana PLC",
        "JPMorgan Chase Bank NA",
    ),
    ("Barakat Al Khaleej Trading Est.", "Jeddah, Saudi Arabia", "SAR", "Saudi National Bank", ""),
    (
        "Dakar Riz Import SUARL",
        "Dakar, Senegal",
        "EUR",
        "CBAO Groupe Attijariwafa bank",
        "BNP Paribas SA, Paris",
    ),
    ("Muscat Grain Traders LLC", "Ruwi, Muscat, Oman", "OMR", "Bank Muscat SAOG", ""),
]
WIRE_BANKS = [
    ("State Bank of India", "paper"),
    ("Union Bank of India", "browser"),
    ("HDFC Bank", "mail"),
    ("ICICI Bank", "browser"),
    ("Axis Bank", "mail"),
    ("Canara Bank", "paper"),
    ("Bank of Baroda", "browser"),
    ("Indian Bank", "mail"),
]
LIMITS = {
    "USD": (18000, 640000),
    "EUR": (16000, 560000),
    "AED": (60000, 2200000),
    "SAR": (60000, 2200000),
    "OMR": (6000, 230000),
}
RATES = {
    "USD": (85.4, 88.9),
    "EUR": (93.1, 97.6),
    "AED": (23.2, 24.2),
    "SAR": (22.7, 23.7),
    "OMR": (221.5, 231.0),
}
CARGO = [
    "Parboiled rice IR-64 5% broken - 50 kg PP bags",
    "Long grain parboiled rice 5% broken",
    "Raw rice 25% broken - 50 kg bags",
    "Sona masoori parboiled - 25 kg bags",
    "100% broken rice - 50 kg bags",
]
VESSELS = ["MV OCEAN GRACE", "MV SEA PEARL", "MV AFRICA STAR", "MV GOLDEN HARVEST", "MV BAHRI TABUK"]


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars and euros; dirhams and riyals by their code
    before or after the sum; Omani rials by their code with three decimals."""
    if cur in ("USD", "EUR"):
        return fx(rng, font, cur)
    after = cur != "OMR" and rng.random() < 0.35
    places = 3 if cur == "OMR" else 2

    def show(value: float) -> str:
        body = f"{value:,.{places}f}"
        return f"{body} {cur}" if after else f"{cur} {body}"

    return show


def uetr(rng: random.Random) -> str:
    head = f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}"
    return f"{head}-{rng.choice('89ab')}{code(rng, 3, HEXA)}-{code(rng, 12, HEXA)}"


def importer_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Importers in Benin, Togo, Cote d'Ivoire, Ghana and Senegal and traders in Dubai, Jeddah and Muscat paying for
    parboiled, raw and broken rice shipped from the Kakinada anchorage: the banks' inward remittance advices
    (browser, e-mail, printed ADVICE OF FOREIGN INWARD REMITTANCE / Inward remittance - export proceeds / SWIFT
    MT103 credit advice: the bank on top with its forex desk, Beneficiary name / Credited to (exporter) /
    Beneficiary / exporter the company, Beneficiary A/c, Remitter / Ordering customer / Applicant (importer),
    Remitting bank, Intermediary bank on some, Amount received (foreign currency) / Inward amount (FCY) / Instructed
    amount in USD, EUR, AED, SAR or OMR, Charges, Exchange rate applied, INR value / Rupee equivalent, Less: Bank
    charges and GST, Net credited (INR), Purpose code, Goods, Vessel, Export invoice No., Shipping bill No., Bill of
    lading No., Mode, Inward ref. No. / IRM No. / Our reference, UETR, Value date / Credited on / Realised on /
    Received on / Parked on / Refunded on / Returned on; Export proceeds credited - FIRA issued / Status: Credited
    to beneficiary / Parked - shipping bill and invoice copy awaited / Refunded to remitting bank - beneficiary
    account under KYC freeze)."""
    k = place("importer_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6)
    payer, city, cur, pbank, middle = IMPORTERS[k]
    lo, hi = LIMITS[cur]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = fcy(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_BANKS[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.kakinada@{slug(bank)}>",
            [
                "Inward remittance - credit advice",
                "Export proceeds received",
                "Advice of foreign inward remittance",
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
                "Forex Branch, Main Road, Kakinada",
                "Trade Finance Centre, Temple Street, Kakinada",
                "Overseas Branch, Jawahar Street, Kakinada",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "ADVICE OF FOREIGN INWARD REMITTANCE",
                "Inward remittance - export proceeds",
                "SWIFT MT103 credit advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Export proceeds credited - FIRA issued", "Status: Credited to beneficiary"],
            "pending": ["Parked - shipping bill and invoice copy awaited"],
            "failed": ["Refunded to remitting bank - beneficiary account under KYC freeze"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Credited to (exporter)", "Beneficiary / exporter"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer", "Applicant (importer)"]), f"{payer}, {city}")
    wrap_pair(p, "Remitting bank", pbank)
    if middle:
        wrap_pair(p, "Intermediary bank", middle)
    p.pair(
        rng.choice(["Amount received (foreign currency)", "Inward amount (FCY)", "Instructed amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate applied", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["INR value", "Rupee equivalent"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([500, 750, 1000, 1500])) * 1.18, 2)
    p.pair("Less: Bank charges and GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net credited (INR)", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0103 - advance against exports"]))
    wrap_pair(p, "Goods", rng.choice(CARGO))
    p.pair("Vessel", f"{rng.choice(VESSELS)} - Kakinada anchorage")
    p.pair("Export invoice No.", f"VAE/EXP/{rng.randrange(1, 180):03d}/{fy(j.date)}")
    if rng.random() < 0.6:
        p.pair(rng.choice(["Shipping bill No.", "Bill of lading No."]), digits(rng, 7))
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward (MT103)"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Inward ref. No.", "IRM No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        if status != "failed" and rng.random() < 0.7:
            wrap_pair(p, "UETR", uetr(rng))
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credited on", "Realised on"],
            "pending": ["Received on", "Parked on"],
            "failed": ["Refunded on", "Returned on"],
        }[status],
        WIRE_PATS,
    )
    p.part = "foot"
    p.add("small", "Link this IRM to the shipping bill on EDPMS; an e-FIRC is available in the trade portal.")
    return p.done()


# ---------------------------------------------------------------- 4. the Rice Point's memos and the mill's receipts


# the party, the kind of sale, the way
OWN = [
    ("Smt. K. Padmavathi, Ramaraopeta", "point", "cash"),
    ("Hotel Surya Residency, Amalapuram", "mail", "NEFT"),
    ("Sri Venkateswara Brick Industries, Gollaprolu", "husk", "cheque"),
    ("Annapurna Tiffin Centre, Kakinada", "point", "UPI"),
    ("Mandapeta Rice Bran Traders", "bran", "RTGS"),
    ("Vijaya Hostel for Girls, Kakinada", "mail", "UPI"),
    ("Peddapuram Poultry Farm", "broken", "cheque"),
    ("Sri Sai Kalyana Mandapam, Pithapuram", "advance", "card"),
]
# by-products sold at the mill gate: the line, the unit, rate per unit (low, high), units (low, high), GST %
BYPRODUCTS = {
    "husk": ("Rice husk (loose) HSN 1213", "MT", (1900, 3100), (8.0, 42.0), 0),
    "bran": ("Raw rice bran HSN 2302", "qtl", (1650, 2150), (40.0, 260.0), 5),
    "broken": ("Broken rice (nooka) 50 kg bags HSN 1006", "qtl", (1900, 2450), (10.0, 120.0), 0),
}


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The Rice Point's CASH MEMO / CASH BILL - RICE POINT for bags of rice, the mill's RECEIPT - RICE HUSK SALE /
    RECEIPT - RICE BRAN SALE / MONEY RECEIPT - BROKEN RICE for its by-products sold at the gate to a brick kiln, a
    bran trader and a poultry farm and its ADVANCE RECEIPT - RICE ORDER for a wedding hall (paper: the Rice Point or
    the mill on top with the "A unit of" line, address and GSTIN; Memo No. / Bill No. / Receipt No. / Rcpt. No.,
    Date / Dated / Receipt date, Customer / Received from / Buyer (no fact), the bags, tonnes or quintals x rate,
    Weighbridge ticket No., GST: Nil (exempt) or CGST and SGST @ 2.5%, Bill amount / Total / Order value, Paid in
    cash / Cash received / Received by UPI / UPI payment received / Amount received through RTGS / Card payment
    (POS) / Cheque amount / Cheque received / Advance received, Balance payable on lifting / Balance due, Mode, UPI
    Ref. No. / UTR / Approval code, Cheque No. and bank, Cheque date; RECEIVED WITH THANKS / PAID / PAID - THANK YOU
    / RECEIVED - STOCK LIFTED / ADVANCE RECEIVED - ORDER NOTED / CHEQUE RECEIVED - HUSK LIFTING ON CLEARANCE /
    CHEQUE RETURNED - ACCOUNT CLOSED, the rubber stamp) and two of the accounts desk's acknowledgement e-mails (the
    company on top)."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=1400, high=95000, p_round=0.9)
    party, kind, way = OWN[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if kind == "mail":
        me = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@vainateyaagro.in>",
            ["Payment received - thank you", "Receipt for your payment", "Payment acknowledgement"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Rice millers and exporters, Samalkot  |  Accounts desk")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        point = kind == "point"
        me = rng.choice([POINT, POINT.upper()]) if point else rng.choice([MILL, MILL.upper(), MILL])
        unit = UNITS[2] if point else UNITS[0]
        kinds = {
            "point": ["CASH MEMO", "CASH BILL - RICE POINT"],
            "husk": ["RECEIPT - RICE HUSK SALE", "RECEIPT"],
            "bran": ["RECEIPT - RICE BRAN SALE", "RECEIPT"],
            "broken": ["MONEY RECEIPT - BROKEN RICE", "MONEY RECEIPT"],
            "advance": ["ADVANCE RECEIPT - RICE ORDER"],
        }[kind]
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(p, me, f"A unit of {COMPANY}", unit[1], unit[2], kinds)
    if not j.no_ref:
        rno = f"{rng.choice(['RP', 'CM']) if kind == 'point' else 'SVRM'}/{fy(j.date)}/{rng.randrange(1, 4999):04d}"
        p.pair(
            rng.choice(["Memo No.", "Bill No."] if kind == "point" else ["Receipt No.", "Rcpt. No."]),
            rno,
            txn=(INVOICE_RANK, rno),
        )
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Customer", "Received from", "Buyer"]), party)
    part = False
    if kind in BYPRODUCTS:
        text, unit, (lo, hi), (nlo, nhi), gst = BYPRODUCTS[kind]
        rate = float(rng.randrange(lo, hi, 10))
        n = round(rng.uniform(nlo, nhi), 3 if unit == "MT" else 2)
        base = round(n * rate, 2)
        p.add("left", text)
        p.pair(f"  {n:,.3f} MT x {rate:,.2f}" if unit == "MT" else f"  {n:,.2f} qtl x {rate:,.2f}", rs(base))
        if kind == "husk":
            p.pair("Weighbridge ticket No.", f"WB/{digits(rng, 5)}")
        if gst:
            half = round(base * gst / 200, 2)
            p.pair(f"CGST @ {gst / 2:g}%", rs(half))
            p.pair(f"SGST @ {gst / 2:g}%", rs(half))
            bill = round(base + 2 * half)
        else:
            p.pair("GST", "Nil (exempt)")
            bill = round(base)
        bill = float(bill)
        p.pair(rng.choice(["Bill amount", "Total"]), rs(bill))
        j.amount = bill
    else:
        n = rng.randrange(2, 40) if kind != "advance" else rng.randrange(30, 120)
        rate = float(rng.choice([1240, 1290, 1350, 1420, 1480]))
        bill = round(n * rate, 2)
        brand = rng.choice(
            ["Vainateya Gold sona masoori 26 kg", "BPT parboiled rice 26 kg", "Idli rice 25 kg"]
        )
        p.pair(f"{brand}  x {n}", rs(bill))
        if "25 kg" in brand:
            half = round(bill * 0.025, 2)
            p.pair("CGST @ 2.5%", rs(half))
            p.pair("SGST @ 2.5%", rs(half))
            bill = round(bill + 2 * half, 2)
        else:
            p.pair("GST", "Nil (above 25 kg)")
        part = kind == "advance" or (kind == "mail" and rng.random() < 0.4)
        p.pair(
            rng.choice(["Order value", "Total"]) if part else rng.choice(["Bill amount", "Total"]), rs(bill)
        )
        j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2)) if part else bill
        if way == "UPI" and j.amount > 99000:
            j.amount = float(round(j.amount / 2, -2))
            part = True
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque received"])
    elif part and rng.random() < 0.6:
        lab = "Advance received"
    else:
        lab = {
            "cash": rng.choice(["Paid in cash", "Cash received"]),
            "UPI": rng.choice(["Received by UPI", "UPI payment received"]),
            "NEFT": "Received by NEFT",
            "RTGS": "Amount received through RTGS",
            "card": "Card payment (POS)",
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if part:
        p.pair(rng.choice(["Balance payable on lifting", "Balance due"]), rs(round(bill - j.amount, 2)))
    meth = {"cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "RTGS": "netbanking", "card": "card"}
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "NEFT": "NEFT", "RTGS": "RTGS", "card": "Card", "cheque": "Cheque"}[
            way
        ],
        method=meth.get(way, "cheque"),
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)}  {rng.choice(BANKS)}")
        if not j.no_day:
            p.pair("Cheque date", j.other_day(rng, -7, -1))
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and not j.no_ref:
        ref = bank_ref(rng, j, rng.choice(BANKS), way)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if kind in BYPRODUCTS:
        words.append("RECEIVED - STOCK LIFTED")
    elif part:
        words.append("ADVANCE RECEIVED - ORDER NOTED")
    else:
        words.append("PAID - THANK YOU")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - HUSK LIFTING ON CLEARANCE",
        "failed": "CHEQUE RETURNED - ACCOUNT CLOSED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Weights as per our weighbridge. Cheques are subject to realisation."
        if kind in BYPRODUCTS
        else "Goods once sold will not be taken back. Cheques are subject to realisation.",
    )
    if kind != "mail":
        right(p, f"For {POINT if kind == 'point' else MILL} - Cashier")
        p.add("gap")
        seal(
            p,
            POINT if kind == "point" else MILL,
            "JAGANNAICKPUR, KAKINADA" if kind == "point" else "ADB ROAD, SAMALKOT",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. the paddy agent's bill and suppliers' invoices


SUPPLIERS = [
    (
        "Sri Rama Paddy Commission Agency",
        "Paddy commission agents | Licensed by AMC, Kakinada",
        "Main Bazar, Pedapudi - 533344, Kakinada Dist., A.P.",
        "37",
        "SRPC",
    ),
    (
        "Sri Sai Polysacks Pvt Ltd",
        "PP woven and BOPP laminated bags | Printed export bags",
        "Plot 22, APIIC Industrial Estate, Rajamahendravaram - 533106, A.P.",
        "37",
        "SSP",
    ),
    (
        "Coastal Rubber Rolls",
        "Rubber rolls for paddy huskers | Mill stores",
        "Auto Nagar, Vijayawada - 520007, A.P.",
        "37",
        "CRR",
    ),
    (
        "Godavari Fumigation Services",
        "Export fumigation | Stack and container fumigation | Pest control",
        "Jawahar Street, Kakinada - 533001, A.P.",
        "37",
        "GFS",
    ),
    (
        "Deccan Sortex Services",
        "Colour sorter service and spares | Ejectors and cameras",
        "IDA Balanagar, Hyderabad - 500037, Telangana",
        "36",
        "DSS",
    ),
    (
        "Vizag Boiler Spares & Chemicals",
        "Boiler spares | Water treatment chemicals | IBR fittings",
        "Gajuwaka, Visakhapatnam - 530026, A.P.",
        "37",
        "VBS",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "SSP": [
        ("BOPP laminated bags 50 kg - printed (export)", "3923", "pcs", 16, 24, 18, 4000, 24000),
        ("PP woven bags 26 kg - Vainateya Gold", "3923", "pcs", 9, 14, 18, 5000, 30000),
    ],
    "CRR": [
        ('Husker rubber rolls 10" x 10" (pair)', "4016", "pair", 3400, 4600, 18, 6, 40),
        ("Polisher screens and brushes", "8437", "set", 1800, 3200, 18, 2, 12),
    ],
    "GFS": [
        ("Fumigation of export stack (ALP)", "998531", "MT", 18, 32, 18, 800, 6000),
        ("Container fumigation with certificate", "998531", "cont.", 1800, 2600, 18, 4, 30),
    ],
    "DSS": [
        ("Colour sorter service visit - 2 machines", "998717", "visit", 6500, 12000, 18, 1, 3),
        ("Ejector valve assembly", "8437", "pcs", 2800, 4200, 18, 4, 24),
    ],
    "VBS": [
        ("Boiler water treatment chemical", "3824", "kg", 180, 320, 18, 50, 400),
        ("Gauge glass and IBR valve set", "8481", "set", 4200, 9800, 18, 1, 6),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 4, 0, 5, 1]
SUPPLY_WAYS = ["RTGS", "NEFT", "cheque", "UPI", "NEFT", "cheque", "NEFT", "RTGS"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The paddy commission agent billing the paddy it bought for the mill from the farmers of Pedapudi and
    Kajuluru, and the bag maker, the husker roll dealer, the fumigator, the colour sorter service firm and the
    boiler spares dealer billing the company (paper: the agent or the supplier on top, its line, address and GSTIN;
    BILL OF SUPPLY (EXEMPT - AGRICULTURAL PRODUCE) or TAX INVOICE / TAX INVOICE (ORIGINAL FOR BUYER) / TAX INVOICE
    CUM RECEIPT, Bill of Supply No. / Invoice No. / Inv. No. / Bill No., Invoice date / Dated / Date, Buyer (billed
    to) / Name of the buyer / Billed to the company, Place of delivery, Lorry No. or Service at, the paddy's
    quintals x rate with Add: Commission @ 1.5%, Add: Hamali and Add: Gunny bags, or the bags, rolls, fumigation,
    service and spares with HSN or SAC, quantities x rate, Taxable value, CGST and SGST or IGST @ 18%, Round off,
    Total value (GST exempt) / Invoice total, Less: Advance paid on order and Balance received by RTGS / NEFT on
    some, else Amount credited via RTGS / Amount realised by NEFT / Received by NEFT / Received via UPI with UTR /
    UTR No. / UPI Ref. No., or Cheque received / Cheque amount with Cheque No.; PAID / PAID BY RTGS / NEFT / UPI /
    RECEIVED IN FULL - NO DUES / CHEQUE UNDER CLEARING - RECEIPT PROVISIONAL / CHEQUE RETURNED - EXCEEDS
    ARRANGEMENT, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    maker, line, addr, state, tag = SUPPLIERS[SUPPLY_ORDER[k]]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [740, 780, 800])
    agent = tag == "SRPC"
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["BILL OF SUPPLY (EXEMPT - AGRICULTURAL PRODUCE)", "BILL OF SUPPLY"]
        if agent
        else ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR BUYER)", "TAX INVOICE CUM RECEIPT"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        labels = ["Bill of Supply No.", "Bill No."] if agent else ["Invoice No.", "Inv. No.", "Bill No."]
        p.pair(rng.choice(labels), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Buyer (billed to)", "Name of the buyer", "Billed to"])
    if agent:
        wrap_pair(p, "Place of delivery", f"{MILL}, ADB Road, Samalkot")
        p.pair(
            "Lorry No.",
            f"AP {rng.choice(['05', '39'])} {code(rng, 1, UPPER)}{code(rng, 1, UPPER)} {digits(rng, 4)}",
        )
        if not j.no_day:
            p.pair(
                "Paddy weighed",
                f"{when(earlier(rng, j, 6, 12), '%d %b')} - {when(earlier(rng, j, 1, 5), '%d %b %Y')}",
            )
        variety = rng.choice(["BPT 5204", "MTU 1010", "MTU 7029 (Swarna)", "MTU 1121"])
        qtl = round(rng.uniform(140, 620), 2)
        rate = float(rng.choice([2369, 2389, 2300, 2340, 2420]))
        value = round(qtl * rate, 2)
        p.pair(f"Paddy ({variety}) - {qtl:,.2f} qtl x {rate:,.2f}", rs(value))
        n = round(qtl * 100 / 40)
        comm = round(value * 0.015, 2)
        hamali = round(n * rng.choice([10.0, 12.0, 14.0]), 2)
        gunny = round(n * rng.choice([28.0, 32.0]), 2)
        p.pair("Add: Commission @ 1.5%", rs(comm))
        p.pair(f"Add: Hamali ({bags(n)})", rs(hamali))
        p.pair(f"Add: Gunny bags ({n:,} x used)", rs(gunny))
        total = float(round(value + comm + hamali + gunny))
        p.pair("Total value (GST exempt)", rs(total))
        p.add("small", "Market fee @ 1% on the paddy is payable by the buyer to the AMC.")
    else:
        wrap_pair(
            p,
            "Place of delivery" if tag in ("SSP", "CRR", "VBS") else "Service at",
            f"{MILL}, Samalkot" if tag != "GFS" else "Export godowns, Vakalapudi, Kakinada",
        )
        taxable = 0.0
        for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(SUPPLY_ITEMS[tag], rng.randrange(1, 3)):
            rate = round(rng.uniform(lo, hi), 2)
            qty = rng.randrange(qlo, qhi)
            value = round(qty * rate, 2)
            taxable += value
            p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
            p.pair(f"  {qty:,} {unit} x {rate:,.2f}", rs(value))
        taxable = round(taxable, 2)
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, 18, state != "37")
        p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and not agent and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid on order", rs(adv))
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
            lab = "Received via UPI"
        elif agent:
            lab = f"Amount credited via {way}"
        else:
            lab = rng.choice([f"Amount realised by {way}", f"Received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref. No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "RECEIVED IN FULL - NO DUES"]),
        "pending": "CHEQUE UNDER CLEARING - RECEIPT PROVISIONAL",
        "failed": "CHEQUE RETURNED - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"E. & O.E. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:3]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. farmers, traders and the port's contractors


# payee, remarks, the sum (low, high)
PAYEES = [
    ("Kommu Venkata Ramana", "Paddy 86.40 qtl BPT - Kajuluru", 150000, 230000),
    ("Sri Durga Lorry Transport", "Lorry hire - rice to anchorage, 14 trips", 40000, 180000),
    ("Kakinada Anchorage Stevedores Pvt Ltd", "Stevedoring - MV OCEAN GRACE, 5,000 MT", 250000, 900000),
    ("Bay Marine Surveyors", "Draught survey and sampling - 2 vessels", 20000, 90000),
    ("Sri Lakshmi Narasimha Paddy Traders", "Paddy purchase - 4 lorries MTU 1010", 300000, 1400000),
    ("Pithapuram Gunny Traders", "Used gunnies - 6,000 nos", 60000, 240000),
    ("Eastern Harbour CFS Pvt Ltd", "CFS and stuffing - 20 x 20 ft containers", 80000, 400000),
    ("Chittoori Satyanarayana Murthy", "Paddy 52.20 qtl MTU 7029 - Pedapudi", 100000, 130000),
]
CORP_PORTALS = [
    ("SBI Corporate Internet Banking", "State Bank of India", "corp.onlinesbi.sbi/corp/payments/txnstatus"),
    (
        "Union Bank Corporate Internet Banking",
        "Union Bank of India",
        "corporate.unionbankofindia.co.in/pay/view",
    ),
    ("Baroda Connect - Corporate", "Bank of Baroda", "corporate.bankofbaroda.co.in/bc/fundtransfer/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying farmers for their paddy, the paddy trader, the lorry owners, the stevedores at the
    anchorage, the draught surveyors, the gunny trader and the container freight station: corporate net banking's
    transaction pages (SBI Corporate Internet Banking, Union Bank Corporate Internet Banking, Baroda Connect -
    Corporate: the portal on top and the bank's line, Beneficiary name / Name of payee / Credit to (beneficiary),
    Beneficiary short name on some, Beneficiary A/c and IFSC, Debit account the company, Amount (INR) / Payment
    amount / Amount remitted (INR), Transfer type / Payment mode NEFT / RTGS / IMPS, Purpose of payment / Remarks,
    UTR / UTR No., Bank ref. No. / CBS reference No., Entered by / Authorised by, Executed on / Value date / Debited
    on / Entered on / Initiated on / Failed on / Rejected on; Payment processed - credited to beneficiary / Status:
    Executed / Pending with authoriser - 1 approval required / Failed - beneficiary name does not match account)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(2,), pending=(5,))
    who, note, low, high = PAYEES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction enquiry'])}")
    p.add("center", rng.choice(["Transaction details", "Payment status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment processed - credited to beneficiary", "Status: Executed"],
            "pending": ["Pending with authoriser - 1 approval required"],
            "failed": ["Failed - beneficiary name does not match account"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Name of payee", "Credit to (beneficiary)"]), who, merchant=who
    )
    if rng.random() < 0.5:
        p.pair("Beneficiary short name", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "KKD")
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(
        rng.choice(["Amount (INR)", "Payment amount", "Amount remitted (INR)"]), rs(j.amount), amount=j.amount
    )
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Transfer type", "Payment mode"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Purpose of payment", "Remarks"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "UTR No."]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank ref. No.", "CBS reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Entered by / Authorised by", f"VAEACC02 / {'-' if status == 'pending' else 'VAEMD01'}")
    date_row(
        p,
        j,
        {
            "success": ["Executed on", "Value date", "Debited on"],
            "pending": ["Entered on", "Initiated on"],
            "failed": ["Failed on", "Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add(
        "small",
        "Failed transfers are credited back to the debit account. Verify the payee's name before paying again.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. hamalis' and workers' vouchers and payouts


WORKERS = [
    ("Gandi Appa Rao", "Hamali mestri - godown loading", "gang", "paper"),
    ("Kurmapu Satyavathi", "Sorting and cleaning", "daily", "payu"),
    ("Pilla Nookaraju", "Hamali mestri - paddy unloading", "gang", "paper"),
    ("Boddu Venkatesh", "Boiler fireman", "shift", "gpay"),
    ("Yerra Chinna Rao", "Hamali mestri - port lorry loading", "gang", "paper"),
    ("Dadi Lakshmi", "Drier yard helper", "daily", "payu"),
    ("Madaka Srinu", "Hamali - stacking", "gang", "paytm"),
    ("Tummalapalli Durga Prasad", "Parboiling (soaking and steaming)", "shift", "paper"),
]


def hamali_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its hamali gangs through their mestris for the bags they unload, stack and load, and its
    parboiling, boiler and yard workers their weekly and daily wages: printed HAMALI CHARGES VOUCHER - LOADING /
    HAMALI BILL - PADDY UNLOADING / HAMALI BILL - LORRY LOADING / WEEKLY WAGES VOUCHER - PARBOILING SECTION (the
    company on top and the mill's line, Voucher No. / Vr. No., Date / Voucher date, Paid to (mestri) / Name of
    mestri / Worker name / Name of worker / Received by, Gang strength or Section, Work, the bags unloaded or loaded
    x rate per bag, Add: Holiday loading extra, or the shifts worked x rate, Add: Overtime n h x rate, Gross, Less:
    Advance (mestri) adjusted / Less: Canteen recovery / Less: Advance recovered, Net hamali paid / Amount paid to
    mestri / Wages paid (net) / Net wages paid, Mode Cash / UPI / IMPS; PAID / PAID - RECEIVED BY MESTRI / WAGES
    PAID - SIGNED BY WORKER / PAID IN CASH - THUMB IMPRESSION), PayU Payouts' pages (PayU Payouts on top and the
    company's payouts account under it, the sum large, Beneficiary name / Bene name, Beneficiary account or
    Beneficiary VPA, Payment mode, Purpose, Payout ID, Merchant ref ID, UTR / Bank reference No., Processed on /
    Requested on / Failed on; Payout success - amount credited / Transfer successful / Queued - payout will be
    released in the next banking window / Failed - beneficiary bank rejected (account closed)), a Google Pay and a
    Paytm screen."""
    k = place("hamali_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=900, high=26000, p_round=0.9)
    who, role, kind, frame = WORKERS[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    if frame == "payu":
        p = browser_page(rng, font, f"payouts.payu.in/transfers/{digits(rng, 10)}")
        p.part = "head"
        top(p, "PayU Payouts")
        p.add("small", f"Payouts account - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payout success - amount credited", "Transfer successful"],
                "pending": ["Queued - payout will be released in the next banking window"],
                "failed": ["Failed - beneficiary bank rejected (account closed)"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Bene name"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        if way == "IMPS":
            p.pair("Beneficiary account", f"{rng.choice(BANKS[:3])} XXXX{digits(rng, 4)}")
        else:
            p.pair("Beneficiary VPA", f"{digits(rng, 10)}@ybl")
        p.pair("Payment mode", way, method="UPI" if way == "UPI" else "netbanking")
        p.pair("Purpose", rng.choice(["Wages", "Salary", "Hamali charges"]))
        if not j.no_ref:
            pid = f"{digits(rng, 10)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            mref = f"VAEW{j.date:%m%d}{digits(rng, 4)}"
            p.pair("Merchant ref ID", mref, txn=(ORDER_RANK, mref))
            if status == "success":
                p.pair(rng.choice(["UTR", "Bank reference No."]), j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Requested on"], "failed": ["Failed on"]}[status],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Failed payouts are credited back to your PayU Payouts account balance.")
        return p.done()
    if frame in ("gpay", "paytm"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "Paytm")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Money sent"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'paytm'])}",
            method="UPI",
        )
        p.pair(
            "Message",
            rng.choice(
                ["Hamali advance", "Night loading - vessel", "Stacking charges"]
                if kind == "gang"
                else ["Overtime - boiler", "Weekly wages", "Festival advance"]
            ),
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
                wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
            else:
                p.pair(rng.choice(["UPI Ref. No.", "UPI Reference No."]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Union Bank of India XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    gang = kind == "gang"
    kinds = {
        0: ["HAMALI CHARGES VOUCHER - LOADING"],
        2: ["HAMALI BILL - PADDY UNLOADING"],
        4: ["HAMALI CHARGES VOUCHER - LOADING", "HAMALI BILL - LORRY LOADING"],
        7: ["WEEKLY WAGES VOUCHER - PARBOILING SECTION", "WAGES VOUCHER - PARBOILING SECTION"],
    }[k]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{MILL}  |  {UNITS[1 if k == 4 else 0][0]}",
        UNITS[1 if k == 4 else 0][1],
        "37",
        kinds,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['HV', 'WV', 'PV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    labels = (
        ["Paid to (mestri)", "Name of mestri", "Received by"]
        if gang
        else ["Worker name", "Name of worker", "Received by"]
    )
    wrap_pair(p, rng.choice(labels), who, merchant=who)
    if gang:
        p.pair("Gang strength", f"{rng.randrange(8, 24)} hamalis")
        p.pair("Work", role.split(" - ")[1].capitalize())
        rate = rng.choice([3.5, 4.0, 4.5, 5.0, 6.0])
        n = rng.randrange(800, 4800)
        gross = round(n * rate, 2)
        what = {0: "loaded", 2: "unloaded (40 kg)", 4: "loaded on lorries"}[k]
        p.pair(f"Bags {what}: {n:,} x {rate:.2f}", rs(gross))
        if rng.random() < 0.4:
            extra = float(rng.choice([500, 750, 1000, 1500]))
            p.pair("Add: Holiday loading extra", rs(extra))
            gross = round(gross + extra, 2)
        cut = float(rng.choice([0, 1000, 2000, 3000])) if gross > 6000 else 0.0
        cut_label = "Less: Advance (mestri) adjusted"
    else:
        p.pair("Section", "Parboiling - soaking tanks and steaming")
        shifts = rng.randrange(5, 14)
        rate = float(rng.choice([620, 680, 720, 780]))
        gross = round(shifts * rate, 2)
        p.pair(f"Shifts worked: {shifts} x {rate:,.2f}", rs(gross))
        if rng.random() < 0.6:
            hours = rng.randrange(4, 18)
            ot = round(hours * rate / 8 * 2, 2)
            p.pair(f"Add: Overtime {hours} h x {rate / 8 * 2:,.2f}", rs(ot))
            gross = round(gross + ot, 2)
        cut = float(rng.choice([0, 300, 500])) if gross > 3000 else 0.0
        cut_label = rng.choice(["Less: Canteen recovery", "Less: Advance recovered"])
    p.pair("Gross", rs(gross))
    if cut:
        p.pair(cut_label, rs(cut))
    j.amount = round(gross - cut, 2)
    p.pair(
        rng.choice(
            ["Net hamali paid", "Amount paid to mestri"] if gang else ["Wages paid (net)", "Net wages paid"]
        ),
        rs(j.amount),
        amount=j.amount,
    )
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    words = ["PAID", "PAID - RECEIVED BY MESTRI" if gang else "WAGES PAID - SIGNED BY WORKER"]
    if way == "Cash":
        words.append("PAID IN CASH - THUMB IMPRESSION")
    p.add("center", rng.choice(words), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of mestri" if gang else "Signature of worker")
    return p.done()


# ---------------------------------------------------------------- 8. the port's, the market's and other fees


FEE_FRAMES = ["apmb", "amc", "appcb", "factories", "municipality", "apeda", "pqms", "legal"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def fee_top(p: Screen, names: list[str], line: str) -> None:
    name = p.rng.choice(names)
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a parboiled rice mill and exporter at Kakinada: the Andhra Pradesh Maritime Board's port charges
    page for the Kakinada anchorage (the Board on top and the Port Department - Kakinada Anchorage Port line, Name
    of exporter, Vessel, Cargo, Wharfage on rice (export) n MT x rate, GST @ 18%, Total charges paid, Transaction
    ID, Bank Ref No., Receipt No.), the Agricultural Market Committee, Kakinada's market fee page (the Committee on
    top and the Department of Agricultural Marketing line, Licensee, Licence No., Purchases for (a month), Value of
    paddy purchased, Market fee @ 1%, Total fee paid, Transaction ID, Receipt No.), the Andhra Pradesh Pollution
    Control Board's consent renewal page (the Board / APPCB on top and the APOCMMS line, Name of the industry,
    Category, Application No., the Water and Air Act fees, Total fee remitted, Transaction ref. No., Bank Ref No.),
    CFMS's challan for the Department of Factories (the department on top and the CFMS line, Remitter name, Head of
    account, Purpose, Licence renewal fee, Late fee, Challan amount / Total amount, Challan reference ID, CFMS
    challan No.; Challan generated - payment confirmation from bank awaited, do not pay again), Samalkot
    Municipality's property tax page (the Municipality on top and the CDMA line, Owner name, Assessment No., Ward
    No., the half year's tax, Library cess, Drainage cess, Less: Rebate @ 5% (paid by 30 April), Total amount paid /
    Amount paid / Total amount / Amount, Transaction ID, Bank Ref No., Receipt No.; Payment failed - tax not
    credited to the Municipality), APEDA's RCMC renewal page (APEDA on top and the Ministry of Commerce & Industry
    line, Name of the exporter, IEC, RCMC No., RCMC renewal fee, GST @ 18%, Total amount paid, Payment ID, Receipt
    No.), the Plant Quarantine Directorate's PQMS fee page (the Directorate on top and the Plant Quarantine Station,
    Kakinada line, Name of the exporter, Application No., Consignment, Phytosanitary certificate fee, Inspection and
    sampling fee, Total fee paid) and Legal Metrology's verification fee page (the Department on top and the
    Controller's line, Name of the user, Instrument, Verification and stamping fee, Platform scales fee, Total
    verification fee, Transaction ID, Receipt No.)."""
    k = place("govt_fees")
    status = outcome(k, failed=(4,), pending=(3,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = ["Payment successful", "Fee received", "Payment received - receipt generated"]
    if frame == "apmb":
        p = browser_page(rng, font, f"apmaritime.ap.gov.in/portcharges/receipt/{digits(rng, 8)}")
        fee_top(
            p,
            ["Andhra Pradesh Maritime Board", "ANDHRA PRADESH MARITIME BOARD"],
            "Port Department - Kakinada Anchorage Port  |  e-Payment of port charges",
        )
        outcome_row(p, status, {"success": ["Port charges received", "Payment successful"]})
        wrap_pair(p, "Name of exporter", firm)
        p.pair("Vessel", rng.choice(VESSELS))
        p.pair("Cargo", "Rice in 50 kg bags (export)")
        tonnes = rng.randrange(2500, 12000, 50)
        rate = rng.choice([22.0, 25.0, 28.0])
        wharf = round(tonnes * rate, 2)
        p.pair(f"Wharfage on rice (export) {tonnes:,} MT x {rate:.2f}", rs(wharf))
        gst = round(wharf * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = round(wharf + gst, 2)
        p.pair("Total charges paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking", method="netbanking")
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"APMB{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("Receipt No.", INVOICE_RANK, f"KAP/WH/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Wharfage is levied on the quantity in the export general manifest."
    elif frame == "amc":
        p = browser_page(rng, font, f"apagrisnet.gov.in/amc/marketfee/receipt/{digits(rng, 8)}")
        fee_top(
            p,
            ["Agricultural Market Committee, Kakinada", "AGRICULTURAL MARKET COMMITTEE, KAKINADA"],
            "Department of Agricultural Marketing, Andhra Pradesh  |  Market fee e-payment",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Licensee", f"{MILL} ({firm})")
        p.pair("Licence No.", f"AMC/KKD/{digits(rng, 4)}")
        p.pair("Purchases for", j.month())
        value = float(rng.randrange(2500000, 18000000, 100))
        p.pair("Value of paddy purchased", rs(value))
        j.amount = round(value * 0.01, 2)
        p.pair("Market fee @ 1%", rs(j.amount))
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"AMC{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"MF/{digits(rng, 7)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The market fee is due by the 10th of the month after the purchases."
    elif frame == "appcb":
        p = browser_page(rng, font, f"appcb.ap.gov.in/apocmms/cfo/feereceipt/{digits(rng, 9)}")
        fee_top(
            p,
            ["Andhra Pradesh Pollution Control Board", "APPCB", "ANDHRA PRADESH POLLUTION CONTROL BOARD"],
            "APOCMMS  |  Consent for operation - renewal fee",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the industry", f"{MILL} ({firm})")
        p.pair("Category", "Orange - parboiled rice mill")
        p.pair("Application No.", f"CFO/{digits(rng, 7)}")
        water = float(rng.choice([12000, 15000, 20000]))
        air = float(rng.choice([8000, 10000, 12000]))
        p.pair("CFO fee - Water Act", rs(water))
        p.pair("CFO fee - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee remitted", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"PCB{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent order is issued after the inspection of the boiler stack and the ETP."
    elif frame == "factories":
        p = browser_page(rng, font, "cfms.ap.gov.in/challan/citizen/status")
        fee_top(
            p,
            ["Department of Factories, Andhra Pradesh", "DEPARTMENT OF FACTORIES, ANDHRA PRADESH"],
            "CFMS - Government of Andhra Pradesh  |  e-Challan",
        )
        outcome_row(
            p,
            status,
            {
                "success": ok,
                "pending": ["Challan generated - payment confirmation from bank awaited, do not pay again"],
            },
        )
        wrap_pair(p, "Remitter name", firm)
        p.pair("Head of account", f"0230-00-106-{rng.randrange(11, 29)}-{rng.randrange(1, 9):03d}")
        wrap_pair(p, "Purpose", "Licence renewal fee (Factories Act, 1948)")
        fee = float(rng.choice([9600, 12800, 16000, 21500]))
        p.pair("Licence renewal fee", rs(fee))
        late = float(rng.choice([0, 0, 1200]))
        if late:
            p.pair("Late fee", rs(late))
        j.amount = fee + late
        p.pair(rng.choice(["Challan amount", "Total amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment mode", "Net banking", method="netbanking")
        fee_refs(
            p,
            j,
            [
                ("Challan reference ID", TXN_RANK, f"{digits(rng, 12)}"),
                ("CFMS challan No.", INVOICE_RANK, f"{j.date:%y}{digits(rng, 9)}"),
            ],
        )
        date_row(p, j, ["Challan date", "Initiated on"], pats)
        foot = "Quote the CFMS challan number on the licence renewal application."
    elif frame == "municipality":
        p = browser_page(rng, font, f"cdma.ap.gov.in/propertytax/samalkot/receipt/{digits(rng, 8)}")
        fee_top(
            p,
            ["Samalkot Municipality", "SAMALKOT MUNICIPALITY"],
            "Commissioner & Director of Municipal Administration, A.P.  |  Property tax",
        )
        outcome_row(
            p, status, {"success": ok, "failed": ["Payment failed - tax not credited to the Municipality"]}
        )
        wrap_pair(p, "Owner name", firm)
        p.pair("Assessment No.", f"{digits(rng, 10)}")
        p.pair("Ward No.", str(rng.randrange(1, 31)))
        tax = float(round(rng.uniform(18000, 64000)))
        p.pair("Property tax (non-residential) - half year", rs(tax))
        cess = round(tax * 0.08, 2)
        p.pair("Library cess @ 8%", rs(cess))
        drain = float(rng.choice([600, 900, 1200]))
        p.pair("Drainage cess", rs(drain))
        total = tax + cess + drain
        if status == "success" and rng.random() < 0.6:
            rebate = round(tax * 0.05, 2)
            p.pair("Less: Rebate @ 5% (paid by 30 April)", rs(rebate))
            total -= rebate
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Total amount paid", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"CDMA{digits(rng, 12)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"PT/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "apeda":
        p = browser_page(rng, font, f"apeda.gov.in/rcmc/payment/receipt/{digits(rng, 7)}")
        fee_top(
            p,
            ["Agricultural and Processed Food Products Export Development Authority", "APEDA"],
            "Ministry of Commerce & Industry, Government of India  |  RCMC renewal",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the exporter", firm)
        p.pair("IEC", code(rng, 10, ALNUM))
        p.pair("RCMC No.", f"APEDA/RCMC/{digits(rng, 6)}")
        fee = float(rng.choice([5000, 5000, 10000]))
        p.pair("RCMC renewal fee", rs(fee))
        gst = round(fee * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        j.amount = fee + gst
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Payment ID", TXN_RANK, f"APD{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"APEDA/R/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The renewed RCMC can be downloaded from the exporter's dashboard."
    elif frame == "pqms":
        p = browser_page(rng, font, f"pqms.cgg.gov.in/pqms/fee/receipt/{digits(rng, 8)}")
        fee_top(
            p,
            ["Directorate of Plant Protection, Quarantine & Storage", "DPPQS"],
            "Plant Quarantine Station, Kakinada  |  PQMS - fee payment",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the exporter", firm)
        p.pair("Application No.", f"PSC/KKD/{digits(rng, 6)}")
        tonnes = rng.randrange(2, 11) * 500
        port = rng.choice(["Cotonou", "Lome", "Abidjan", "Tema"])
        wrap_pair(p, "Consignment", f"Parboiled rice, {tonnes:,} MT to {port}")
        psc = float(rng.choice([500, 1000, 1500]))
        insp = float(rng.choice([1000, 2000, 3000]))
        p.pair("Phytosanitary certificate fee", rs(psc))
        p.pair("Inspection and sampling fee", rs(insp))
        j.amount = psc + insp
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"PQ{digits(rng, 12)}")])
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The phytosanitary certificate is issued after the fumigation is verified."
    else:
        p = browser_page(rng, font, f"legalmetrology.ap.gov.in/verification/receipt/{digits(rng, 8)}")
        fee_top(
            p,
            ["Legal Metrology Department, Andhra Pradesh", "LEGAL METROLOGY, ANDHRA PRADESH"],
            "Controller of Legal Metrology, A.P.  |  Verification fee",
        )
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the user", f"{MILL}, Samalkot")
        p.pair("Instrument", "Weighbridge 60 T (electronic)")
        bridge = float(rng.choice([6000, 7500, 9000]))
        scales = float(rng.choice([600, 900, 1200]))
        p.pair("Verification and stamping fee", rs(bridge))
        p.pair("Platform scales (3 x 300 kg)", rs(scales))
        j.amount = bridge + scales
        p.pair("Total verification fee", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LM{digits(rng, 12)}"),
                ("Receipt No.", INVOICE_RANK, f"LMV/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "The verification certificate is valid for one year from the day of stamping."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


# insurer, its host, the product, the frame, the cover's kind
COVERS = [
    (
        "ECGC Ltd",
        "ecgc.in",
        "Shipments (comprehensive risks) policy - rice to West Africa",
        "browser",
        "ecgc",
    ),
    (
        "SBI General Insurance Co. Ltd",
        "sbigeneral.in",
        "Marine cargo open policy - exports by sea",
        "mail",
        "marine",
    ),
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Laghu Udyam Suraksha - mill, godowns and stocks",
        "paper",
        "stock",
    ),
    (
        "Bajaj General Insurance Ltd",
        "bajajgeneral.com",
        "Boiler and pressure plant insurance - parboiling boiler",
        "browser",
        "boiler",
    ),
    (
        "Royal Sundaram General Insurance Co. Ltd",
        "royalsundaram.in",
        "Group personal accident - hamali workers",
        "mail",
        "gpa",
    ),
    (
        "Shriram General Insurance Co. Ltd",
        "shriramgi.com",
        "Goods carrying vehicle package policy",
        "browser",
        "motor",
    ),
    (
        "National Insurance Co. Ltd",
        "nationalinsurance.nic.co.in",
        "Employees' compensation - mill workers",
        "paper",
        "wc",
    ),
    (
        "Universal Sompo General Insurance Co. Ltd",
        "universalsompo.com",
        "Machinery breakdown - colour sorters and huskers",
        "mail",
        "mb",
    ),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its rice shipments against the buyers' default and in transit, its mill, godowns and
    stocks, its parboiling boiler, its hamalis, its lorry, its mill workers and its colour sorters and huskers: the
    insurers' premium receipts (browser, e-mail, printed at the branch: the insurer on top, the product line,
    PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT, Policyholder / Exporter (policyholder) / Name of
    insured / Insured / proposer / Name of the insured firm, Policy No. or Proposal No., Value of shipments declared
    / Estimated annual sendings (exports) / Sum insured (building, plant and stock) / Sum insured (boiler and
    pressure plant) / Capital sum insured per worker and Workers covered / IDV, Own damage premium and Third party
    premium / Estimated annual wages / Sum insured (machinery), Period of insurance, Premium @ rate / Basic premium,
    an add-on (War & SRCC, STFI and earthquake, Third party property damage, Medical expenses extension,
    Escalation), GST @ 18% (and @ 12% on the third party premium), Premium received (incl. GST) / Total premium
    collected / Amount collected, Cheque amount, Premium payable / Total premium due, Payment mode, Transaction ref.
    No. / Payment ID, UPI Ref No. / Bank Ref. No., Receipt No. / Premium receipt No., Cheque No., Receipt date /
    Premium paid on / Date of receipt / Cheque received on / Transaction date / Attempted on; Payment received -
    policy in force / Premium credited - certificate of insurance generated / CHEQUE ACCEPTED - RISK ATTACHES ON
    CLEARANCE / Premium not received - transaction declined by bank)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    ins, host, product, frame, kind = COVERS[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['customer', 'portal', 'epay'])}.{host}/premium/receipt")
    elif frame == "mail":
        short = ins.split(" General")[0].split(" Insurance")[0]
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
            rng.choice(
                ["Branch Office, Main Road, Kakinada", "Divisional Office, Bhanugudi Junction, Kakinada"]
            ),
        )
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium payment acknowledgement", "RECEIPT"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": [
                "Payment received - policy in force",
                "Premium credited - certificate of insurance generated",
            ],
            "pending": ["CHEQUE ACCEPTED - RISK ATTACHES ON CLEARANCE"],
            "failed": ["Premium not received - transaction declined by bank"],
        },
    )
    labels = (
        ["Policyholder", "Exporter (policyholder)"]
        if kind == "ecgc"
        else ["Name of insured", "Insured / proposer", "Name of the insured firm"]
    )
    wrap_pair(p, rng.choice(labels), rng.choice([COMPANY, COMPANY_CAPS]))
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['21', '31', '44'])}/2026/{digits(rng, 5)}")
    else:
        p.pair("Proposal No.", f"P{digits(rng, 10)}")
    addon = None
    tp = 0.0
    if kind == "ecgc":
        value = float(rng.randrange(40000000, 380000000, 10000))
        p.pair("Value of shipments declared", rs(value))
        rate = rng.choice([0.28, 0.34, 0.41, 0.48])
        basic = round(value * rate / 100, 2)
        p.pair(f"Premium @ {rate:.2f}%", rs(basic))
    elif kind == "marine":
        sendings = float(rng.randrange(200000000, 900000000, 100000))
        p.pair("Estimated annual sendings (exports)", rs(sendings))
        basic = round(sendings * rng.uniform(0.00012, 0.0002), 2)
        addon = ("War & SRCC", round(sendings * 0.00003, 2))
    elif kind == "stock":
        insured = float(rng.randrange(80000000, 260000000, 100000))
        p.pair("Sum insured (building, plant and stock)", rs(insured))
        basic = round(insured * rng.uniform(0.0004, 0.0007), 2)
        addon = ("STFI and earthquake", round(insured * 0.0001, 2))
    elif kind == "boiler":
        insured = float(rng.randrange(3500000, 12000000, 50000))
        p.pair("Sum insured (boiler and pressure plant)", rs(insured))
        basic = round(insured * rng.uniform(0.003, 0.005), 2)
        addon = ("Third party property damage", round(rng.uniform(1500, 4500), 2))
    elif kind == "gpa":
        workers = rng.randrange(30, 90)
        p.pair("Workers covered", str(workers))
        p.pair("Capital sum insured per worker", rs(float(rng.choice([200000, 300000, 500000]))))
        basic = round(workers * rng.uniform(180, 420), 2)
        addon = ("Medical expenses extension", round(workers * 60.0, 2))
    elif kind == "motor":
        idv = float(rng.randrange(1400000, 3200000, 5000))
        p.pair("Vehicle", f"Tata LPT 2818 lorry - AP 05 {code(rng, 2, UPPER)} {digits(rng, 4)}")
        p.pair("IDV", rs(idv))
        basic = round(idv * rng.uniform(0.012, 0.02), 2)
        p.pair("Own damage premium", rs(basic))
        tp = float(rng.choice([44242, 45708, 47500]))
        p.pair("Third party premium", rs(tp))
    elif kind == "wc":
        wages = float(rng.randrange(4500000, 16000000, 10000))
        p.pair("Estimated annual wages", rs(wages))
        p.pair("Workers covered", str(rng.randrange(40, 140)))
        basic = round(wages * rng.uniform(0.004, 0.007), 2)
        addon = ("Medical expenses extension", round(rng.uniform(3000, 9000), 2))
    else:
        insured = float(rng.randrange(4000000, 18000000, 10000))
        p.pair("Sum insured (machinery)", rs(insured))
        basic = round(insured * rng.uniform(0.0025, 0.004), 2)
        addon = ("Escalation @ 10%", round(basic * 0.1, 2))
    if not j.no_day and kind != "ecgc":
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    if kind not in ("ecgc", "motor"):
        p.pair("Basic premium", rs(basic))
    taxed = basic
    if addon:
        wrap_pair(p, addon[0], rs(addon[1]))
        taxed += addon[1]
    gst = round(taxed * 0.18, 2)
    p.pair("GST @ 18%" if kind != "motor" else "GST @ 18% on own damage", rs(gst))
    j.amount = round(taxed + gst, 2)
    if tp:
        tp_gst = round(tp * 0.12, 2)
        p.pair("GST @ 12% on third party", rs(tp_gst))
        j.amount = round(j.amount + tp + tp_gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "failed": ["Premium payable", "Total premium due"],
        "pending": ["Cheque amount", "Premium received (incl. GST)"],
        "success": ["Premium received (incl. GST)", "Total premium collected", "Amount collected"],
    }[status]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    if status == "pending":
        pay = "Cheque"
    elif j.amount > 100000 or frame == "paper":
        pay = "Net banking"
    else:
        pay = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair("Payment mode", pay, method=way_method(pay))
    if pay == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if pay != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN', 'EP'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            if pay == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 10)}"
                p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if status != "failed":
            rno = digits(rng, 10)
            p.pair(rng.choice(["Premium receipt No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
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
    ("VAINATEYA RICE POINT", "MAIN ROAD, JAGANNAICKPUR, KKD", "shop"),
    ("SAMALKOT HIGHWAY FUELS", "ADB ROAD, SAMALKOT", "fuel"),
    ("SRI VAINATEYA RICE MILL", "ADB ROAD SAMALKOT AP", "mill"),
    ("HOTEL GODAVARI GRAND", "MAIN ROAD, KAKINADA", "hotel"),
    ("SRI SAI ELECTRIC MOTORS", "CINEMA ROAD, KAKINADA", "spares"),
    ("VAINATEYA RICE POINT", "KAKINADA 533002", "shop"),
    ("VIJAYA TYRES", "SAMALKOT ROAD, PEDDAPURAM", "spares"),
    ("GODAVARI BHOJANALAYAM", "TEMPLE STREET, KAKINADA", "food"),
]
TERMINALS = [
    "UNION BANK OF INDIA",
    "BPCL",
    "SBI",
    "KOTAK MAHINDRA BANK",
    "MOSAMBEE",
    "PAYTM",
    "BANK OF BARODA",
    "ICICI BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Rice buyers' cards on the Rice Point's and the mill's terminals, and the company's card at a filling station,
    a hotel where an importer's agent stays, a motor rewinding shop, a tyre shop and a meals hotel: terminal slips
    (monospace: the terminal's bank or brand on top on some, the counter's name and place in capitals, DATE: and
    TIME: / TXN DATE: and TXN TIME: / DATE/TIME:, MID:, TID:, BATCH NO:, TRACE NO: / STAN:, INVOICE NO: / BILL NO: /
    ROC NO:, SALE, CARD:, CARD TYPE:, a fuel sale's PRODUCT:, RATE:, VOLUME(L):, PUMP NO: and VEHICLE NO:, a hotel's
    ROOM NO:, APPR CODE: / AUTH CODE: / AUTH ID:, RRN: / RRN NO: / REF NO:, AMOUNT: / SALE AMOUNT: / TOTAL AMOUNT: /
    PURCHASE AMT: / NET AMOUNT:, the meals hotel's BASE AMT:, TIP AMT: and TOTAL:; APPROVED / TXN APPROVED /
    TRANSACTION APPROVED / DECLINED - 55 INCORRECT PIN / TIMED OUT - STATUS UNKNOWN, CHECK WITH BANK BEFORE RETRY).
    """
    k = place("card_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=1400, high=68000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 2500, 14000, 0.6)
    elif kind == "hotel":
        j.amount = rupees(rng, 3200, 18500, 0.5)
    elif kind == "food":
        j.amount = rupees(rng, 420, 3800, 0.5)
    elif kind == "spares":
        j.amount = rupees(rng, 2400, 46000, 0.5)
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
        style = rng.randrange(3)
        if style == 0:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
        elif style == 1:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TXN TIME:", t)
        else:
            p.pair("DATE/TIME:", f"{d} {t[:5]}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    p.pair(rng.choice(["TRACE NO:", "STAN:"]), f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "ROC NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(94.5, 97.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "SPEED"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
        p.pair("VEHICLE NO:", f"AP05{code(rng, 2, UPPER)}{digits(rng, 4)}")
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.randrange(101, 520)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "AUTH ID:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if kind == "food":
        tip = float(rng.choice([0, 50, 100, 150])) if status == "success" else 0.0
        base = round(j.amount - tip, 2)
        p.pair("BASE AMT:", f"{base:.2f}")
        p.pair("TIP AMT:", f"{tip:.2f}")
        p.pair("TOTAL:", f"{rng.choice(['INR ', 'RS.', ''])}{j.amount:.2f}", amount=j.amount)
    else:
        lab = rng.choice(["AMOUNT:", "SALE AMOUNT:", "TOTAL AMOUNT:", "PURCHASE AMT:", "NET AMOUNT:"])
        body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
        p.pair(lab, f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "TIMED OUT - STATUS UNKNOWN, CHECK WITH BANK BEFORE RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, fibre, phone and piped gas bills


BILLERS = [
    ("APEPDCL", "Eastern Power Distribution Company of A.P. Ltd", "Service No."),
    ("APSFL", "A.P. State FiberNet Ltd", "Customer ID"),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Godavari Gas", "Godavari Gas Pvt Ltd", "BP No."),
]
BILL_APPS = ["Vyom", "APEPDCL", "PhonePe", "Google Pay", "APEPDCL", "Paytm", "Amazon Pay", "Axis Mobile"]
BILL_WHICH = [0, 0, 1, 2, 0, 3, 0, 0]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The mill's HT service and the godowns' and the Rice Point's LT services (APEPDCL), the office fibre (APSFL),
    the directors' postpaid phones (Jio) and the workers' canteen's piped gas (Godavari Gas) through Bharat Connect
    in banking apps (Union Bank of India's Vyom, Axis Mobile) and UPI apps (PhonePe, Google Pay, Paytm, Amazon Pay)
    (the app on top, Biller / Biller name / Biller (DISCOM) / Operator / Service provider as printed, Service No. /
    Customer ID / Mobile No. / BP No., Category on some, Customer name / Consumer name, Bill month and Due date on
    some, the sum large, Paid from Current A/c or UPI, Bharat Connect Ref. No. / BBPS Ref ID, UPI Ref No.,
    Transaction ID on the failed one, Paid on / Transaction date & time; Bill payment completed / Payment successful
    / Bill paid successfully / Awaiting confirmation from biller - do not pay again / Bill payment unsuccessful -
    any debit will be refunded in 3 working days) and APEPDCL's own receipt page (the company on top with its
    Government of Andhra Pradesh line, Service No., ERO, Category, Consumer name, Bill month, Amount paid / Paid
    amount, Payment mode, Transaction ID, Receipt No., Payment date / Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(5,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=2500, high=38000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    app = BILL_APPS[k]
    ht = which == 0 and app in ("Vyom", "Axis Mobile", "APEPDCL") and k != 4
    if ht:
        j.amount = rupees(rng, 120000, 640000, 0.3)
    elif which == 1:
        j.amount = rupees(rng, 1199, 3540, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 399, 2800, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 2400, 14800, 0.4)
    rs = money(rng, font, 0.5)
    ids = {
        "Service No.": f"{digits(rng, 4)}{rng.randrange(10, 99)}{digits(rng, 7)}",
        "Customer ID": f"APSFL{digits(rng, 8)}",
        "Mobile No.": f"9{digits(rng, 9)}",
        "BP No.": digits(rng, 10),
    }[idlab]
    category = "HT-I(A) Industrial (general)" if ht else "LT-III Industrial"
    if app == "APEPDCL":
        p = browser_page(rng, font, "www.apeasternpower.com/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "A Government of Andhra Pradesh undertaking  |  Online bill payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment completed"]})
        p.pair(idlab, ids)
        p.pair("ERO", rng.choice(["Samalkot", "Kakinada Rural", "Kakinada Town"]))
        p.pair("Category", category)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair(rng.choice(["Amount paid", "Paid amount"]), rs(j.amount), amount=j.amount)
        way = "Net banking" if j.amount > 100000 else rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"EPDCL{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 12)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to the service within two working days.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", {"Vyom": "Vyom - Union Bank of India", "Amazon Pay": "amazon pay"}.get(app, app))
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill payment completed", "Payment successful", "Bill paid successfully"],
            "pending": ["Awaiting confirmation from biller - do not pay again"],
            "failed": ["Bill payment unsuccessful - any debit will be refunded in 3 working days"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    if which == 0:
        lab = rng.choice(["Biller", "Biller name", "Biller (DISCOM)"])
    elif which == 2:
        lab = "Operator"
    else:
        lab = rng.choice(["Biller", "Service provider"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    if which == 0:
        p.pair("Category", category)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name"]),
        rng.choice([COMPANY_CAPS, MILL.upper(), POINT.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app in ("Vyom", "Axis Mobile") else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "Amazon Pay": "AM", "Vyom": "UB"}.get(
                app, "AX"
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
    "SRI SAI POLYSACKS PV",
    "KOMMU VENKATA RAMANA",
    "GANDI APPA RAO",
    "KAKINADA ANCHORAGE S",
    "APEPDCL SAMALKOT",
    "SRI RAMA PADDY COMMI",
    "EASTERN HARBOUR CFS",
    "SAMALKOT MUNICIPALIT",
]
# the bank whose SMS each place gets (the e-mails at 0 and 5): every success wording once at least
SMS_BANKS = {
    1: "Bank of India",
    2: "Axis Bank",
    3: "Union Bank of India",
    4: "HDFC Bank",
    6: "HDFC Bank",
    7: "Bank of India",
}
SENDERS = {
    "Union Bank of India": "AD-UNIONB",
    "HDFC Bank": "VM-HDFCBK",
    "Axis Bank": "JD-AXISBK",
    "Bank of India": "BZ-BOIIND",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (the sender AD-UNIONB / VM-HDFCBK
    / JD-AXISBK / BZ-BOIIND, the day divider, each bank's own wording: "A/c *1234 Debited for Rs:x on <day> by <way>
    to <payee>. / UTR <ref>. / Avl Bal Rs:y -Union Bank of India", "Money sent! Rs.x from A/c XX1234 / to <payee> on
    <day> via <way>. / Ref <ref>. -HDFC Bank", "INR x debited / A/c no. XX1234 / <day>, <hour> / <way>/<ref>/<payee>
    / Not you? SMS BLOCKALL ... - Axis Bank", "BOI: Rs x debited in A/c XX1234 on <day> / - <way> to <payee>. / UPI
    Ref <ref>. -Bank of India"; a transfer that "was REJECTED by the beneficiary bank; amount refunded to your A/c"
    and one that "is ON HOLD at the beneficiary bank - credit will be confirmed shortly") and two e-mail debit
    alerts (Debited amount / Transaction amount (INR), Beneficiary name / Credited to (payee), Account, Channel, UTR
    No. / IMPS Ref No., Transaction date / Value date, Status: Debited / Status: Completed)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=8000, high=480000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 2000, 28000, 0.8)
    elif k in (4, 7):
        j.amount = rupees(rng, 12000, 95000)
    if k in (0, 5):
        bank = rng.choice(["Union Bank of India", "HDFC Bank"])
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
        p.pair(rng.choice(["Debited amount", "Transaction amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary name", "Credited to (payee)"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate net banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", rng.choice(["Status: Debited", "Status: Completed"]), status="success")
        p.part = "foot"
        p.add(
            "small",
            "The bank never asks for your OTP, PIN or password. Report an unauthorised debit at once.",
        )
        return p.done()
    if status == "success" and k in (2, 7):
        way = "UPI"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = SMS_BANKS[k]
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    if tail.startswith("20"):
        tail = f"7{tail[1:]}"
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d-%b-%y", "%d/%m/%Y", "%d%b%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
    if status == "success":
        if bank == "Union Bank of India":
            p.add("left", f"A/c *{tail} Debited for Rs:{amt}{on}", amount=j.amount)
            p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        elif bank == "HDFC Bank":
            p.add("left", f"Money sent! Rs.{amt} from A/c XX{tail}", amount=j.amount)
            p.add("left", f"to {to}{on} via {way}.", merchant=to, method=method)
        elif bank == "Axis Bank":
            p.add("left", f"INR {amt} debited", amount=j.amount)
            p.add("left", f"A/c no. XX{tail}")
            if day:
                p.add("left", f"{day}, {hhmm(rng, twelve=False, seconds=True)}")
            if ref and fits(p, "left", f"{way}/{ref}/{to}"):
                p.add("left", f"{way}/{ref}/{to}", merchant=to, method=method, txn=(UTR_RANK, ref))
                ref = None
            elif ref:
                p.add("left", f"{way}/{ref}/", method=method, txn=(UTR_RANK, ref))
                p.add("left", to, merchant=to)
                ref = None
            else:
                p.add("left", f"{way}/{to}", merchant=to, method=method)
        else:
            p.add("left", f"BOI: Rs {amt} debited in A/c XX{tail}{on}", amount=j.amount)
            p.add("left", f"- {way} to {to}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was REJECTED by the beneficiary bank; amount refunded to your A/c.",
            "pending": "is ON HOLD at the beneficiary bank - credit will be confirmed shortly.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        p.add("left", f"{'Ref' if bank == 'HDFC Bank' else lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        if bank == "Axis Bank":
            p.add("small", "Not you? SMS BLOCKALL to 919951860002", status="success")
        else:
            p.add("left", f"Avl Bal Rs:{rupees(rng, 25000, 4800000):,.2f}", status="success")
            p.add(
                "small",
                rng.choice(
                    ["Not you? Call the bank at once", "If not done by you, report on 1800 toll free"]
                ),
            )
    p.add(
        "small",
        {
            "Union Bank of India": "-Union Bank of India",
            "HDFC Bank": "-HDFC Bank",
            "Axis Bank": "- Axis Bank",
        }.get(bank, "-Bank of India"),
    )
    return p.done()


compose = compose158

"""The twelve heldout180 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: an authorised e-waste recycler's and scrap-metal processor's day in 2026 (Punarnava
Metal & E-Waste Recyclers Pvt Ltd, its dismantling plant at Taloja MIDC and its collection centre at IMT Manesar),
told by the proofs of payment it receives and makes: smelters' and refiners' payment advices for the copper,
aluminium, brass and PCB concentrate it sells them, its collection centres' UPI to kabadiwalas and its pickup-fee
payment links, factories' scrap sale invoices with the payment block, corporate net-banking payments to scrap
dealers, outward wires for imported scrap, shredder parts and refining reagents, transporters' and crane hirers'
bills, the pollution boards', CPCB's and the municipal corporation's fee receipts, drivers' and supervisors' card
slips, the centres' scrap purchase vouchers and bulk payouts, its own money receipts and cash memos, the plant's
electricity through Bharat Connect and the boards' own pages, and the bank's SMS and e-mail debit alerts. Every row is
added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, invoice lists, weighments, assay and moisture deductions, TCS, TDS and GST lines, vehicle, LR,
manifest and weighbridge numbers, consent and EPR registration numbers, application and industry ids, GSTIN, IFSC,
BIC, IBAN, UETR, consumer numbers, vendor codes, MID, TID, STAN, batch and the payer's own details carry no fact.
``Job``, ``date_row``, ``letterhead``, ``IFSC`` and ``BANKS`` are heldout167's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen, handle
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK
from bench.receipt_sets.heldout118_families import masked, money
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout122_families import top
from bench.receipt_sets.heldout123_families import fy, place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import BANKS, IFSC, Job, date_row, letterhead

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
HEX = "0123456789abcdef"

COMPANY = "Punarnava Metal & E-Waste Recyclers Pvt Ltd"
COMPANY_CAPS = "PUNARNAVA METAL & E-WASTE RECYCLERS PRIVATE LIMITED"
SHORT = "Punarnava Recyclers"
# unit, its line, address, GST state code
UNITS = [
    (
        "Taloja",
        "Dismantling & recovery plant",
        "Plot C-22, MIDC Taloja, Navi Mumbai - 410208, Maharashtra",
        "27",
    ),
    ("Manesar", "Collection centre", "Plot 118, Sector 7, IMT Manesar, Gurugram - 122050, Haryana", "06"),
]
PATS_A = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "%Y-%m-%d", "{d} %B, %Y", "%d/%m/%y"]
PATS_B = ["%d %b %Y", "%d-%b-%y", "%b {d}, %Y", "%d.%m.%Y", "{d}/{m}/%Y", "%A, {d} %B %Y", "%d %B %Y"]


def day_text(j: Job, rng: random.Random, pats: list[str]) -> str:
    """The payment's day in one of ``pats`` (heldout86's ``when`` knows no ``{m}``, the month without its zero)."""
    pat = rng.choice(pats)
    if "{m}" in pat:
        return when(j.date, pat.replace("{m}", str(j.date.month)))
    return when(j.date, pat)


def day_row(p: Screen, j: Job, labels: list[str], pats: list[str]) -> None:
    """The payment's day under one of ``labels`` in one of ``pats`` (``{m}`` allowed); none where the page prints
    no day."""
    if j.no_day:
        return
    rng = p.rng
    wrap_pair(p, rng.choice(labels), day_text(j, rng, pats), date=j.date)


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Buyer / Sold to / Billed to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {SHORT}"]))


HEADS = {
    **IFSC,
    "YES BANK": "YESB",
    "IDFC FIRST Bank": "IDFB",
    "Bank of Baroda": "BARB",
    "Punjab National Bank": "PUNB",
}


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """The remitting bank's UTR: RTGS (22 characters), NEFT (16 or 22), or the IMPS reference."""
    head = HEADS.get(bank, "SBIN")
    if way == "RTGS":
        return f"{head}R6{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    if rng.random() < 0.5:
        return neft_utr(head, rng, j.date)
    return f"{head}N5{j.date:%Y%m%d}{digits(rng, 8)}"


def dated_way(j: Job, way: str) -> str:
    """A page that prints no day pays by IMPS where it would have paid by NEFT or RTGS (their UTRs carry the day)."""
    return "IMPS" if j.no_day and way in ("NEFT", "RTGS") else way


# ---------------------------------------------------------------- 1. smelters' and refiners' payment advices


SMELTERS = [
    ("Vardhaman Non-Ferrous Smelters Ltd", "ap@vardhamannf.com"),
    ("Sahyadri Copper Refinery Pvt Ltd", "payables@sahyadricopper.in"),
    ("Aravali Alloys & Ingots", "accounts@aravaliingots.in"),
    ("Konkan Secondary Aluminium Ltd", "vendorpay@konkanalu.com"),
    ("Dhanlaxmi Precious Metal Refiners", "finance@dhanlaxmirefiners.in"),
    ("Shivalik Steel Melters Pvt Ltd", "ap@shivaliksteel.in"),
]
LOTS = [
    "Copper granules 99.9%",
    "Aluminium UBC bales",
    "PCB concentrate",
    "HMS 1&2 ferrous scrap",
    "Brass honey scrap",
    "Li-ion black mass",
    "SS 304 turnings",
    "Aluminium radiator scrap",
]
SMELTER_FRAMES = ["mail", "portal", "paper", "mail", "paper", "portal", "mail", "paper"]


def smelter_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A smelter or refiner paying the company for the recovered metal it bought: the payer's payment advice e-mail,
    printed VENDOR PAYMENT INTIMATION / PAYMENT ADVICE and its vendor portal page (the smelter on top, Vendor name /
    Payee / Paid to / Beneficiary the company, Vendor code, the lots with their invoices and sums incl. TCS, Less:
    Weighment shortage, Less: Assay difference, Net payment / Amount credited / Net remitted, Mode NEFT / RTGS, UTR
    / UTR No. / RTGS UTR, Payment document No. / Doc. No., Payment date / Value date / Credit date / Scheduled on /
    Returned on; Status: Paid / Payment status: Credited to vendor / On hold - assay report awaited / Returned -
    beneficiary name mismatch)."""
    k = place("smelter_advices")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=80000, high=2400000)
    smelter, mail = rng.choice(SMELTERS)
    frame = SMELTER_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{smelter.split()[0]} Payables <{mail}>",
            ["Vendor payment intimation", f"Payment released to {SHORT}", "Remittance advice"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/payments/{digits(rng, 9)}")
    else:
        p = paper_page(rng, font, [700, 740, 780])
    p.part = "head"
    top(p, smelter.upper() if frame == "paper" and rng.random() < 0.5 else smelter)
    p.add(
        "small",
        rng.choice(["Raw Material Purchase - Accounts", "Finance & Accounts (Payables)", "Scrap Yard"]),
    )
    p.add("center", rng.choice(["VENDOR PAYMENT INTIMATION", "PAYMENT ADVICE", "Remittance details"]))
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Vendor name", "Payee", "Paid to", "Beneficiary"]), payee, merchant=payee)
    p.pair(rng.choice(["Vendor code", "Supplier code"]), f"{rng.choice(['V', 'RM', '40'])}{digits(rng, 6)}")
    p.add("left", rng.choice(["Invoices settled (incl. TCS)", "Against invoices", "Bills cleared"]))
    lots = [
        (f"PMR/{rng.randrange(100, 9999)}", rupees(rng, 40000, 900000, 0.1))
        for _ in range(rng.randrange(1, 4))
    ]
    for no, v in lots:
        wrap_pair(p, f"{no} - {rng.choice(LOTS)}", rs(v))
    gross = round(sum(v for _, v in lots), 2)
    short = round(gross * rng.choice([0.002, 0.0035, 0.005]), 2)
    p.pair("Less: Weighment shortage", rs(short))
    assay = float(rng.choice([0, 0, 1850, 4260])) if len(lots) > 1 else 0.0
    if assay:
        p.pair("Less: Assay difference", rs(assay))
    j.amount = round(gross - short - assay, 2)
    p.pair(rng.choice(["Net payment", "Amount credited", "Net remitted"]), rs(j.amount), amount=j.amount)
    way = dated_way(j, "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else "NEFT")
    p.pair(rng.choice(["Mode", "Payment mode", "Paid by"]), way, method="netbanking")
    wrap_pair(
        p, "Credited to", f"{rng.choice(['Kotak Mahindra Bank', 'YES BANK'])} A/c XXXXXXX{digits(rng, 4)}"
    )
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['15', '20', 'PD'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document No.", "Doc. No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Paid", "Payment status: Credited to vendor"],
            "pending": ["On hold - assay report awaited"],
            "failed": ["Returned - beneficiary name mismatch"],
        },
    )
    day_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date", "Credit date"],
            "pending": ["Scheduled on"],
            "failed": ["Returned on"],
        }[status],
        PATS_A,
    )
    p.part = "foot"
    p.add("small", "System generated intimation. Please do not reply to this mail-box.")
    return p.done()


# ---------------------------------------------------------------- 2. collection centres' UPI and pickup-fee links


COLLECT_APPS = ["PhonePe", "Google Pay", "Razorpay", "Paytm", "BHIM", "Google Pay", "Cashfree", "PhonePe"]
KABADIS = [
    "Salim Scrap Traders",
    "Raju Bhangarwala",
    "Jai Mata Di Kabadi Store",
    "Shaikh Abdul Rehman",
    "Om Sai Raddi Depot",
    "Ramesh Kumar (Kabadi)",
    "New Laxmi Scrap Centre",
    "Mohd Irfan Ansari",
]
KABADI_NOTES = [
    "Copper wire 18 kg",
    "Old split ACs x 3",
    "Mixed e-waste 62 kg",
    "CPUs and monitors",
    "Battery scrap 40 kg",
    "Brass fittings 9 kg",
    "Aluminium utensils",
    "Mobile phones lot",
]
CLIENTS = [
    "Orbit Business Park Facilities",
    "Sunshine Multispeciality Hospital",
    "Kestrel Software Services LLP",
    "Navi Mumbai Co-op Bank - IT Dept",
    "Greenfield International School",
    "Aster Logistics Parks Pvt Ltd",
]


def collection_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collection centres' supervisors paying kabadiwalas for the scrap they bring, by UPI: six UPI app screens
    (PhonePe, Google Pay, Paytm, BHIM: the kabadiwala under Paid to / To / Sent to / Paying to, his UPI ID, the sum
    large, a note of the lot, UPI transaction ID / UPI Ref No. / UTR, the app's own Transaction ID on some, Debited
    from / From the company's account, Date & time / Paid at / Completed on) and the company's own pickup-fee payment links (Razorpay,
    Cashfree: the company on top, Paid by / Customer an office or hospital, Payment ID / CF Payment ID, Order ID, UPI
    RRN or Auth code for a card, Paid on)."""
    k = place("collection_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=350, high=48000, p_round=0.7)
    app = COLLECT_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Cashfree"):
        to = ours(rng)
        host = "rzp.io/l/" if app == "Razorpay" else "payments.cashfree.com/forms/"
        p = browser_page(rng, font, host + code(rng, 8, ALNUM.lower()))
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["E-waste pickup & certified data destruction", "Authorised e-waste recycler"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Payment successful"],
                "failed": ["Payment failed"],
                "pending": ["Payment in progress"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), rng.choice(CLIENTS))
        wrap_pair(
            p, "Purpose", rng.choice(["Pickup fee - 14 desktops", "Hard disk shredding (38)", "EPR pickup"])
        )
        way = "UPI" if rng.random() < 0.55 else "card"
        p.pair(
            "Payment method",
            "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard'])} {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = digits(rng, 10)
                p.pair("CF Payment ID", pid, txn=(TXN_RANK, pid))
                oid = f"order_{digits(rng, 6)}{code(rng, 4, ALNUM)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "Bank reference"]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Payments by Cashfree")
        return p.done()
    to = KABADIS[k]
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Sent successfully", "Paid"],
            "failed": ["Payment failed", "Payment declined by bank"],
            "pending": ["Payment processing", "Awaiting bank confirmation"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    p.add("small", handle(rng, to, ["ybl", "okaxis", "paytm", "okicici", "ibl"]), method="UPI")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), rng.choice(KABADI_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(
        rng.choice(["Debited from", "From"]),
        f"{rng.choice(['Kotak', 'YES BANK', 'IDFC FIRST'])} XX{digits(rng, 4)}",
    )
    date_row(p, j, ["Date & time", "Paid at", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share receipt  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. factories' scrap sale invoices


FACTORIES = [
    (
        "Deccan Auto Stampings Pvt Ltd",
        "Press shop | Sheet metal components",
        "Chakan, Pune - 410501, Maharashtra",
        "27",
    ),
    ("Sunrise Cables & Conductors", "Copper and aluminium conductors", "Silvassa - 396230, DNH & DD", "26"),
    ("Gurukripa Castings Pvt Ltd", "Grey iron and SG iron castings", "Bawal, Rewari - 123501, Haryana", "06"),
    (
        "Nexora Electronics Manufacturing Ltd",
        "EMS | PCB assembly | Box build",
        "Sector 68, Noida - 201301, Uttar Pradesh",
        "09",
    ),
]
SCRAPS = [
    ("MS punching scrap", "7204", 31.0, 38.0),
    ("Copper cable scrap (bright)", "7404", 690.0, 760.0),
    ("Aluminium extrusion scrap", "7602", 150.0, 180.0),
    ("CI boring scrap", "7204", 24.0, 29.0),
    ("Rejected PCBs (populated)", "8549", 280.0, 420.0),
    ("Brass turnings", "7404", 410.0, 460.0),
]
SCRAP_WAYS = ["RTGS", "NEFT", "NEFT", "cheque", "RTGS", "NEFT", "cheque", "RTGS"]


def factory_scrap(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A factory's SCRAP SALE INVOICE / TAX INVOICE (SCRAP) / TAX INVOICE - SCRAP SALE to the company (the factory on top
    with its line, address and GSTIN; Sale invoice No. / Invoice No. / Bill No., Invoice date / Date / Dt., Buyer /
    Sold to / Party M/s the company, Vehicle No., Weighbridge slip No., the lots with HSN, kg x rate, Taxable value,
    CGST and SGST or IGST @ 18%, TCS u/s 206C(1) @ 1%, Round off, Invoice total, then the payment block: Amount
    received / Payment received with the RTGS / NEFT UTR or UPI Ref No., or Cheque received / Cheque amount with
    Cheque No.; PAID / PAYMENT RECEIVED - THANK YOU / CHEQUE UNDER CLEARING / CHEQUE RETURNED UNPAID - SIGNATURE
    DIFFERS, in the factory's rubber stamp too)."""
    k = place("factory_scrap")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    firm, line, addr, state = rng.choice(FACTORIES)
    name = firm.upper() if rng.random() < 0.3 else firm
    p = paper_page(rng, font, [720, 760, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "INR", "\u20b9", ""))
    letterhead(
        p, name, line, addr, state, ["SCRAP SALE INVOICE", "TAX INVOICE (SCRAP)", "TAX INVOICE - SCRAP SALE"]
    )
    if not j.no_ref:
        head = "".join(w[0] for w in firm.split()[:2]).upper()
        inv = f"SS/{head}/{rng.randrange(10, 999):03d}"
        if not j.no_day and rng.random() < 0.5:
            inv = f"{head}/SCR/{fy(j.date)}/{rng.randrange(1, 999):03d}"
        p.pair(rng.choice(["Sale invoice No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    day_row(p, j, ["Invoice date", "Date", "Dt."], PATS_A)
    ours_to(p, ["Buyer", "Sold to", "Party"])
    p.pair(
        "Vehicle No.",
        f"{rng.choice(['MH46', 'MH43', 'HR55', 'HR38'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
    )
    p.pair("Weighbridge slip No.", f"WB-{digits(rng, 5)}")
    taxable = 0.0
    for item, hsn, lo, hi in rng.sample(SCRAPS, rng.randrange(1, 3)):
        kg = rng.randrange(40, 900) * 10 if lo < 100 else rng.randrange(20, 400) * 5
        rate = round(rng.uniform(lo, hi), 2)
        value = round(kg * rate, 2)
        taxable += value
        p.add("left", f"{item}  HSN {hsn}")
        p.pair(f"  {kg:,} kg x {rate:.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    tax = round(taxable * 0.18, 2)
    if state != UNITS[j.unit][3]:
        p.pair("IGST @ 18%", rs(tax))
    else:
        half = round(tax / 2, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        tax = 2 * half
    tcs = round((taxable + tax) * 0.01, 2)
    p.pair("TCS u/s 206C(1) @ 1%", rs(tcs))
    total = float(round(taxable + tax + tcs))
    if abs(total - (taxable + tax + tcs)) >= 0.01:
        p.pair("Round off", f"{total - taxable - tax - tcs:+.2f}")
    p.pair("Invoice total", rs(total))
    j.amount = total
    p.add("rule")
    way = SCRAP_WAYS[k] if status == "success" else "cheque"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    way = "cheque" if way == "cheque" else dated_way(j, way)
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(total),
            amount=total,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(["Kotak Mahindra Bank", "YES BANK", "Bank of Baroda"]))
    else:
        p.pair(rng.choice(["Amount received", "Payment received"]), rs(total), amount=total)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(["Kotak Mahindra Bank", "HDFC Bank", "ICICI Bank"]), way)
                p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAYMENT RECEIVED - THANK YOU"]),
        "pending": "CHEQUE UNDER CLEARING",
        "failed": "CHEQUE RETURNED UNPAID - SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(total)}")
    right(p, f"For {name}")
    seal(p, " ".join(firm.split()[:2]), "SCRAP YARD", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. net-banking payments to scrap dealers


PORTALS = [
    ("Kotak Mahindra Bank", "fyn.kotak.com", "Kotak FYN"),
    ("Bank of Baroda", "bobworld.bankofbaroda.co.in", "bob World Business"),
    ("YES BANK", "yesconnect.yesbank.in", "YES CONNECT"),
    ("IDFC FIRST Bank", "business.idfcfirstbank.com", "IDFC FIRST Business"),
    ("Punjab National Bank", "corp.pnbibanking.in", "PNB Corporate Banking"),
]
DEALERS = [
    "MAHALAXMI METAL TRADERS",
    "Al-Noor Scrap Company",
    "Balaji Ferro Alloys",
    "Sai Krupa Cable Scrap Suppliers",
    "BHARAT DISMANTLERS & DEMOLITION",
    "Green Circuit Collectors LLP",
    "Shree Ganesh E-Waste Aggregators",
    "DELHI METAL MART",
]


def dealer_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying scrap dealers and aggregators from corporate net banking: the bank's transaction
    acknowledgement (Kotak FYN, bob World Business, YES CONNECT, IDFC FIRST Business, PNB Corporate Banking: the
    portal on top, Beneficiary / Payee / Transfer to the dealer, Beneficiary A/c and IFSC, Debit from the company,
    Amount / Payment amount / Txn amount, Charges, Mode of transfer NEFT / RTGS / IMPS, UTR / IMPS Ref No. / RRN,
    Transaction ref No. / Bank reference / Payment ref, Narration, Authoriser, Batch ID, Transaction date / Executed
    on / Initiated on / Rejected on; Transaction completed / Status: Executed / Sent to beneficiary bank - credit
    confirmation awaited / Rejected - beneficiary account frozen) and the bank's payment advice e-mail."""
    k = place("dealer_transfers")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=30000, high=2600000)
    bank, host, brand = PORTALS[k % len(PORTALS)]
    to = DEALERS[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR", "Rs.", ""))
    way = dated_way(j, "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"]))
    if k in (3, 6):
        p = mail_page(
            rng,
            font,
            f"{bank} <txn.advice@{host.split('.', 1)[1]}>",
            ["Payment advice - funds transferred", "Your payment has been processed"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Payment Advice")
    else:
        p = browser_page(rng, font, f"{host}/payments/status/{digits(rng, 10)}")
        p.part = "head"
        top(p, brand)
        p.add("small", bank)
        p.add("center", rng.choice(["Payment acknowledgement", "Transfer status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction completed", "Status: Executed"],
            "pending": ["Sent to beneficiary bank - credit confirmation awaited"],
            "failed": ["Rejected - beneficiary account frozen"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary", "Payee", "Transfer to"]), to, merchant=to)
    tb = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[tb]}0{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Debit from", "Debit account"]), f"{SHORT.upper()} - XXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount", "Payment amount", "Txn amount"]), rs(j.amount), amount=j.amount)
    p.pair("Charges", rs(rng.choice([0.0, 2.36, 5.9, 24.78, 29.5])))
    p.pair("Mode of transfer", way, method="netbanking")
    if not j.no_ref:
        ref = bank_ref(rng, j, bank, way)
        if status != "failed" or way == "IMPS":
            p.pair(
                {"IMPS": rng.choice(["IMPS Ref No.", "RRN"]), "NEFT": "UTR", "RTGS": "UTR No."}[way],
                ref,
                txn=(UTR_RANK, ref),
            )
        tref = f"{rng.choice(['FT', 'PAY', 'CB'])}{digits(rng, 11)}"
        p.pair(
            rng.choice(["Transaction ref No.", "Bank reference", "Payment ref"]), tref, txn=(BANK_RANK, tref)
        )
    wrap_pair(
        p, "Narration", rng.choice(["Scrap purchase", "Cu scrap lot", "E-waste lot Feb", "Adv against PO"])
    )
    p.pair("Batch ID", f"B{digits(rng, 7)}")
    p.pair("Authoriser", rng.choice(["FINHEAD", "DIR-RKS", "ACC.MGR"]))
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Executed on"],
            "pending": ["Initiated on"],
            "failed": ["Rejected on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "The bank never asks for your password or OTP over phone or e-mail.")
    return p.done()


# ---------------------------------------------------------------- 5. outward wires for imported scrap and parts


SUPPLIERS = [
    ("Northstar Recycling Inc", "Houston, TX, USA", "USD", "JPMorgan Chase Bank NA", "CHASUS33"),
    ("Elbe Shredder Technik GmbH", "Hamburg, Germany", "EUR", "Commerzbank AG", "COBADEFF"),
    (
        "Midlands Non-Ferrous Traders Ltd",
        "Birmingham, United Kingdom",
        "GBP",
        "Barclays Bank PLC",
        "BARCGB22",
    ),
    ("Gulf Coast Metals Trading FZE", "Jebel Ali, UAE", "USD", "Emirates NBD Bank PJSC", "EBILAEAD"),
    ("Valbonne Hydrometallurgie SAS", "Lyon, France", "EUR", "Societe Generale", "SOGEFRPP"),
]
IBAN_HEAD = {"Germany": "DE", "France": "FR", "United Kingdom": "GB", "UAE": "AE"}
FX = {"USD": (85.2, 89.1), "EUR": (93.0, 97.9), "GBP": (108.0, 113.8)}
GOODS = {
    "Northstar Recycling Inc": ["Copper scrap (Birch/Cliff)", "Aluminium scrap (Taint/Tabor)"],
    "Elbe Shredder Technik GmbH": ["Shredder hammers and grates", "Eddy current separator spares"],
    "Midlands Non-Ferrous Traders Ltd": ["Aluminium scrap (Taint/Tabor)", "Brass scrap (Honey)"],
    "Gulf Coast Metals Trading FZE": ["Copper scrap (Birch/Cliff)", "Aluminium UBC (Talap)"],
    "Valbonne Hydrometallurgie SAS": ["Refining reagents", "Ion exchange resin"],
}


def metal_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company importing scrap, shredder parts and refining reagents: the bank's outward remittance advice
    (browser, e-mail, printed: the bank on top, Foreign Outward Remittance - Debit Advice / Import Payment
    Confirmation, Beneficiary customer / Pay to / Beneficiary the supplier abroad, Beneficiary bank and BIC, IBAN,
    Ordering customer / Applicant the company, Goods, Amount (FCY) / Remitted amount / Transfer amount in USD, EUR or
    GBP, Card rate applied, INR debited (principal), Bank charges + GST, TCS / none, Total debit to account, Purpose
    code S0101 / S0102, UETR, Transaction reference / ORM No. / Bank reference No., Processing date / Value date /
    Request date / Rejected on)."""
    k = place("metal_wires")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    sup, city, cur, sbank, bic = rng.choice(SUPPLIERS)
    j.amount = (
        round(rng.uniform(4000, 140000), 2) if rng.random() < 0.55 else float(rng.randrange(50, 1200) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*FX[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["Kotak Mahindra Bank", "YES BANK", "Bank of Baroda", "IDFC FIRST Bank", "HDFC Bank"])
    frame = ["mail", "browser", "paper"][k % 3]
    if frame == "browser":
        p = browser_page(
            rng, font, f"tradeonline.{bank.split()[0].lower()}.in/fcy/outward/{code(rng, 9, ALNUM)}"
        )
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <fx.ops@{bank.split()[0].lower()}bank.in>",
            ["Foreign outward remittance - debit advice", "Import payment confirmation"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Forex Back Office, Mumbai", "Trade & Forex Centre, Gurugram"]))
    p.add("center", rng.choice(["Foreign Outward Remittance - Debit Advice", "Import Payment Confirmation"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Processed - SWIFT MT103 released", "Status: Completed"],
            "pending": ["Held - sanctions screening in progress"],
            "failed": ["Rejected - beneficiary bank BIC invalid"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(p, rng.choice(["Beneficiary customer", "Pay to", "Beneficiary"]), payee, merchant=payee)
    wrap_pair(p, "Beneficiary bank", f"{sbank}, {city.split(', ')[0]}")
    p.pair("SWIFT / BIC", bic)
    if cur != "USD" or "UAE" in city:
        country = city.split(", ")[-1]
        p.pair(
            "IBAN",
            f"{IBAN_HEAD[country]}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        )
    wrap_pair(p, rng.choice(["Ordering customer", "Applicant"]), rng.choice([COMPANY, COMPANY_CAPS]))
    wrap_pair(p, "Goods", rng.choice(GOODS[sup]))
    p.pair(
        rng.choice(["Amount (FCY)", "Remitted amount", "Transfer amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Card rate applied", f"INR {rate} per {cur}")
    p.pair("INR debited (principal)", f"{inr:,.2f}")
    fee = float(rng.choice([750, 1250, 2000]))
    ch = round(fee * 1.18, 2)
    p.pair("Bank charges + GST", f"{ch:,.2f}")
    p.pair("Total debit to account", f"{inr + ch:,.2f}")
    p.pair(
        "Purpose code",
        rng.choice(["S0102 - import settlement", "S0101 - advance for import"]),
    )
    p.pair("Channel", rng.choice(["SWIFT MT103", "SWIFT gpi"]), method="netbanking")
    if rng.random() < 0.5:
        wrap_pair(
            p, "UETR", f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-{code(rng, 4, HEX)}"
        )
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'FOR', 'IMP'])}{j.date:%y}{code(rng, 2, UPPER)}{digits(rng, 7)}"
        p.pair(
            rng.choice(["Transaction reference", "ORM No.", "Bank reference No."]),
            ref,
            txn=(BANK_RANK, ref),
        )
    day_row(
        p,
        j,
        {
            "success": ["Processing date", "Value date"],
            "pending": ["Request date"],
            "failed": ["Rejected on"],
        }[status],
        PATS_B,
    )
    p.part = "foot"
    p.add("small", "Bill of entry to be submitted on EDPMS within the due date.")
    return p.done()


# ---------------------------------------------------------------- 6. transporters' and crane hirers' bills


HAULIERS = [
    (
        "Shree Balaji Roadlines",
        "Fleet owners & transport contractors",
        "Kalamboli Steel Market, Navi Mumbai - 410218",
        "27",
        "GTA",
    ),
    (
        "Haryana Golden Transport Co.",
        "Full truck load | Tippers | Trailers",
        "Transport Nagar, Gurugram - 122001",
        "06",
        "GTA",
    ),
    (
        "Konkan Crane & Hydra Services",
        "Hydra, crane and forklift hire",
        "Panvel, Raigad - 410206",
        "27",
        "hire",
    ),
    (
        "Jai Bajrang Tempo Service",
        "Tempo and pickup on hire",
        "Bilaspur Chowk, Gurugram - 122413",
        "06",
        "GTA",
    ),
]
HAUL_FRAMES = ["paper", "mail", "paper", "portal", "paper", "mail", "portal", "paper"]


def haulage_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A transporter's or crane hirer's bill the company paid for moving scrap and e-waste (printed FREIGHT BILL /
    BILL CUM RECEIPT / HIRE CHARGES BILL, the firm's e-mail payment acknowledgement, its customer portal): the firm on
    top, Billed to / Party / Consignor the company, LR No. / GR No., Vehicle No., Route, Material with its Form 6
    manifest No., Freight / Hire charges, Detention, Loading & unloading, GST payable by recipient under RCM (no sum)
    or GST @ 18%, Total, Less: TDS u/s 194C @ 1% / 2%, Net paid / Amount received / Received, Mode / Paid via NEFT,
    IMPS or UPI and its UTR / IMPS Ref No. / UPI Ref No., Bill No. / Freight bill No., Date / Bill date / Paid on; RECEIVED / PAID IN FULL / PAYMENT
    PENDING CONFIRMATION / NEFT RETURNED - ACCOUNT NO. MISMATCH)."""
    k = place("haulage_bills")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=2500, high=160000)
    firm, line, addr, state, kind = HAULIERS[k % len(HAULIERS)]
    name = firm.upper() if rng.random() < 0.25 else firm
    frame = HAUL_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", "INR"))
    slug = "".join(ch for ch in firm.split()[0].lower() if ch.isalpha())
    if frame == "paper":
        p = paper_page(rng, font, [700, 740])
        kinds = (
            ["HIRE CHARGES BILL", "BILL CUM RECEIPT"]
            if kind == "hire"
            else ["FREIGHT BILL", "BILL CUM RECEIPT"]
        )
        letterhead(p, name, line, addr, state, kinds)
    else:
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{firm.split()[0]} Accounts <accounts@{slug}transport.in>",
                ["Payment received against bill", "Thank you for your payment"],
            )
        else:
            p = browser_page(rng, font, f"my.{slug}logistics.in/bills/{digits(rng, 6)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Payment acknowledgement" if frame == "mail" else "Customer login - bill status")
        p.add("rule")
        p.part = "body"
    ours_to(p, ["Billed to", "Party", "Consignor"])
    if kind == "hire":
        p.pair("Work order", f"WO/{rng.randrange(10, 99)}/{rng.randrange(100, 999)}")
        p.pair("Equipment", rng.choice(["14 T Hydra", "3 T forklift", "25 T crane"]))
    else:
        p.pair(rng.choice(["LR No.", "GR No."]), f"{rng.randrange(1000, 99999)}")
        p.pair(
            "Vehicle No.",
            f"{rng.choice(['MH46', 'HR55', 'MH43', 'HR38'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
        )
        p.pair(
            "Route", rng.choice(["Taloja - Manesar", "Chakan - Taloja", "Bawal - Manesar", "Noida - Manesar"])
        )
        stuff = rng.choice(["E-waste (Form 6 manifest)", "Ferrous scrap", "Cable scrap"])
        wrap_pair(p, "Material", stuff)
        if stuff.startswith("E-waste"):
            p.pair("Manifest No.", f"{'MH' if state == '27' else 'HR'}/EW/{digits(rng, 6)}")
    base = round(rng.uniform(0.72, 0.85) * j.amount, 0)
    extra = float(rng.randrange(4, 60) * 50)
    load = float(rng.randrange(2, 30) * 100)
    p.pair("Hire charges" if kind == "hire" else "Freight", rs(base))
    p.pair("Detention" if kind != "hire" else "Operator bata", rs(extra))
    p.pair("Loading & unloading", rs(load))
    sub = base + extra + load
    if kind == "hire":
        gst = round(sub * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
    else:
        gst = 0.0
        p.add("small", "GST on freight payable by recipient under RCM")
    total = round(sub + gst, 2)
    p.pair("Total", rs(total))
    cut = rng.choice([1, 2])
    tds = round(sub * cut / 100, 2) if total > 30000 else 0.0
    if tds:
        p.pair(f"Less: TDS u/s 194C @ {cut}%", rs(tds))
    j.amount = round(total - tds, 2)
    way = "NEFT" if status == "failed" else ("UPI" if j.amount < 25000 and rng.random() < 0.6 else "IMPS")
    if status == "success" and way == "IMPS" and rng.random() < 0.4:
        way = "NEFT"
    way = dated_way(j, way)
    p.pair(
        rng.choice(["Net paid", "Amount received", "Received"]) if status != "failed" else "Amount",
        rs(j.amount),
        amount=j.amount,
    )
    p.pair(rng.choice(["Mode", "Paid via"]), way, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif status != "failed":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("UTR" if way == "NEFT" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['SBR', 'HGT', 'FB'])}/{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Bill No.", "Freight bill No."]), doc, txn=(INVOICE_RANK, doc))
    p.add(
        "center",
        {
            "success": rng.choice(["RECEIVED", "PAID IN FULL"]),
            "pending": "PAYMENT PENDING CONFIRMATION",
            "failed": "NEFT RETURNED - ACCOUNT NO. MISMATCH",
        }[status],
        status=status,
    )
    day_row(p, j, ["Date", "Bill date", "Paid on"] if status == "success" else ["Date"], PATS_B)
    p.part = "foot"
    p.add(
        "small",
        "Subject to Navi Mumbai jurisdiction." if state == "27" else "Subject to Gurugram jurisdiction.",
    )
    return p.done()


# ---------------------------------------------------------------- 7. pollution boards', CPCB's and municipal fees


# the authority, its portal line, host, gateway line, its id's labels and head, its fees, its gateway's reference
AUTHORITIES = [
    (
        "Maharashtra Pollution Control Board",
        "Consent Management - Online Payment",
        "ecmpcb.in",
        "Paid via SBI ePay",
        ["Application ID", "Industry ID"],
        "MPCB-",
        [
            "Consent to Operate - renewal (Red)",
            "Consent to Establish - expansion",
            "Hazardous waste authorisation",
        ],
        ["SBI ePay Ref No.", "Bank Ref No."],
    ),
    (
        "Haryana State Pollution Control Board",
        "Online Consent Management & Monitoring",
        "hspcb.org.in",
        "Paid via PayGov",
        ["Application ID", "Industry ID"],
        "HSPCB/",
        ["Consent to Operate - renewal (Red)", "Authorisation - E-Waste (M) Rules, 2022"],
        ["Gateway ref", "Bank Ref No."],
    ),
    (
        "Central Pollution Control Board",
        "EPR Portal for E-Waste - Fee receipt",
        "eprewastecpcb.in",
        "Paid through Bharatkosh",
        ["EPR Reg. No.", "Application ID"],
        "EPR-EW-R-",
        ["EPR registration fee - recycler", "Annual processing fee - recycler"],
        ["Bharatkosh Txn Ref", "Bank Ref No."],
    ),
    (
        "Navi Mumbai Municipal Corporation",
        "Licence Department - e-Payment",
        "nmmc.gov.in",
        "Paid via BillDesk",
        ["Application ID", "Licence application No."],
        "NMMC/LIC/",
        ["Trade licence renewal 2026-27", "Fire NOC - renewal fee"],
        ["Gateway ref", "Bank Ref No."],
    ),
]


def board_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's statutory fees: the authority's e-payment receipt (Maharashtra and Haryana pollution control
    boards, CPCB's EPR portal, Navi Mumbai Municipal Corporation: the authority on top with its portal line, the
    gateway line SBI ePay / PayGov / Bharatkosh / BillDesk, Name of industry / Unit name / Applicant / Recycler name
    the company, Application ID / Industry ID / EPR Reg. No. / Licence application No., Purpose / Fee for, Fee amount
    / Amount paid / Total fee paid, Payment mode Net banking / UPI / Credit card, SBI ePay Ref No. / Bank Ref No. /
    Gateway ref / Bharatkosh Txn Ref, Receipt No. /
    Challan No. / GRN, Payment date / Paid on / Transaction date; Fee paid / Payment successful / Awaiting
    confirmation from payment gateway / Payment failed - gateway timeout, amount if debited will be refunded)."""
    k = place("board_fees")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=5000, high=250000, p_round=0.9)
    auth, line, host, gate, id_labels, id_head, purposes, ref_labels = AUTHORITIES[k % len(AUTHORITIES)]
    rs = money(rng, font, 0.85, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['payment', 'fee', 'receipt'])}/{digits(rng, 9)}")
    p.part = "head"
    name = auth.upper() if rng.random() < 0.25 else auth
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("small", gate)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Fee paid", "Payment successful"],
            "pending": ["Awaiting confirmation from payment gateway"],
            "failed": ["Payment failed - gateway timeout, amount if debited will be refunded"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Name of industry", "Unit name", "Applicant", "Recycler name"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    p.pair(rng.choice(id_labels), f"{id_head}{digits(rng, 7)}")
    wrap_pair(p, rng.choice(["Purpose", "Fee for"]), rng.choice(purposes))
    fee = float(j.amount)
    p.pair(rng.choice(["Fee amount", "Amount paid", "Total fee paid"]), rs(fee), amount=fee)
    way = rng.choice(
        ["Net banking", "UPI", "Credit card"] if fee <= 100000 else ["Net banking", "Credit card"]
    )
    p.pair(
        rng.choice(["Payment mode", "Mode"]),
        f"{way}{' - ' + rng.choice(BANKS) if way == 'Net banking' else ''}",
        method={"Net banking": "netbanking", "UPI": "UPI", "Credit card": "card"}[way],
    )
    if not j.no_ref:
        if status != "failed":
            head = {"ePay": "IGAOEXEBL", "PayGov": "PG", "Bharatkosh": "BK", "BillDesk": "CP"}[
                gate.split()[-1]
            ]
            bref = f"{head}{digits(rng, 9)}"
            p.pair(rng.choice(ref_labels), bref, txn=(BANK_RANK, bref))
        doc = f"{rng.choice(['RCPT', 'CH', 'GRN'])}{digits(rng, 9)}"
        p.pair(rng.choice(["Receipt No.", "Challan No.", "GRN"]), doc, txn=(INVOICE_RANK, doc))
    date_row(p, j, ["Payment date", "Paid on", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Computer generated receipt; no signature required. Keep it for your consent file.")
    return p.done()


# ---------------------------------------------------------------- 8. drivers' and supervisors' card slips


SLIP_COUNTERS = [
    ("SAI SAMARTH PETROLEUM", "KALAMBOLI - IOCL"),
    ("NH48 HIGHWAY FUELS", "MANESAR - HPCL"),
    ("OM OXYGEN & GAS AGENCY", "TALOJA MIDC"),
    ("SAFETYWEAR INDUSTRIAL STORES", "GURUGRAM"),
    ("HOTEL SHIVNERI EXECUTIVE", "PANVEL"),
    ("ALPHA HARDWARE & TOOLS", "MANESAR"),
    ("BHARAT WEIGH BRIDGE", "PANVEL"),
    ("DHABA 48 FAMILY RESTAURANT", "BINOLA"),
]
SLIP_BANKS = [
    "KOTAK",
    "ICICI BANK",
    "PAYTM",
    "PINE LABS",
    "YES BANK",
    "BANK OF BARODA",
    "RAZORPAY POS",
    "HDFC BANK",
]


def terminal_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The drivers' fuel cards and the supervisors' company cards: fuel outlets', a gas agency's, a safety store's, a
    hotel's, a hardware shop's, a weighbridge's and a dhaba's terminal slips (monospace: the acquirer on top on some,
    the counter's name and town in capitals, DATE/TIME: or TXN DATE:, MERCHANT ID: / TERMINAL ID:, BATCH:, STAN:,
    BILL NO:, SALE, CARD:, APPROVAL CODE:, RRN: / REF NO:, SALE AMOUNT: / TOTAL AMT: / AMT:, a fuel slip's
    PRODUCT:, RATE/L: and QTY(L):; APPROVED / TRANSACTION APPROVED / DECLINED - 55 INCORRECT PIN / HOST TIMEOUT -
    STATUS NOT CONFIRMED)."""
    k = place("terminal_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=250, high=18000)
    name, town = SLIP_COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_BANKS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d%b%y", "%Y-%m-%d", "%d.%m.%y"]), upper=True)
        t = hhmm(rng, twelve=False, seconds=rng.random() < 0.5)
        if rng.random() < 0.5:
            p.add("left", f"DATE/TIME: {d} {t}", date=j.date)
        else:
            p.pair("TXN DATE:", d, date=j.date)
            p.pair("TIME:", t)
    p.pair("MERCHANT ID:", digits(rng, 15))
    p.pair("TERMINAL ID:", code(rng, 8, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        bill = f"{rng.randrange(1, 99999):06d}"
        p.pair("BILL NO:", bill, txn=(INVOICE_RANK, bill))
    p.add("center", "SALE")
    p.pair("CARD:", f"{rng.choice(['5XXX', '4XXX', '6XXX'])} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("TYPE:", rng.choice(["VISA DEBIT", "MASTERCARD", "RUPAY", "FLEET CARD"]))
    if "PETROLEUM" in name or "FUELS" in name:
        rate = round(rng.uniform(87.6, 95.4), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "POWER"]))
        p.pair("RATE/L:", f"{rate:.2f}")
        p.pair("QTY(L):", f"{j.amount / rate:.2f}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair("APPROVAL CODE:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.4 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["SALE AMOUNT:", "TOTAL AMT:", "AMT:"]),
        f"{rng.choice(['INR ', 'RS ', 'Rs.', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", "SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
        p.add("small", "PLEASE RETRY WITH CORRECT PIN")
    else:
        p.add("center", "HOST TIMEOUT - STATUS NOT CONFIRMED", status="pending")
        p.add("small", "DO NOT RETRY - CHECK WITH ISSUER")
    p.part = "foot"
    p.add("small", "** MERCHANT COPY **" if rng.random() < 0.4 else "** CUSTOMER COPY **")
    return p.done()


# ---------------------------------------------------------------- 9. collection centres' scrap purchase vouchers


SELLERS = [
    "Babu Lal Kabadi",
    "Anwar Hussain",
    "Santosh Raddiwala",
    "Imran Scrap Supplier",
    "Kamlesh Yadav",
    "Rukhsana Bi",
    "Vijay Bhangar Mart",
    "Pappu Kumar",
    "Sunil Jadhav",
    "Noor Mohammad",
]
PURCHASES = [
    ("Copper wire (insulated)", 390.0, 460.0),
    ("Brass scrap", 380.0, 430.0),
    ("Aluminium mixed", 120.0, 150.0),
    ("Iron (melting)", 26.0, 32.0),
    ("Mobile phones (per kg)", 180.0, 260.0),
    ("Motherboards", 140.0, 220.0),
    ("Lead-acid batteries", 78.0, 96.0),
]


def purchase_vouchers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The collection centres buying from kabadiwalas and unregistered sellers: the company's printed SCRAP PURCHASE
    VOUCHER / PURCHASE SLIP - UNREGISTERED SELLER / CASH PURCHASE VOUCHER (the company on top with its unit, Voucher
    No. / Purchase slip No., Date / Dt., Paid to / Seller name / Name of supplier the kabadiwala, Mobile, ID proof,
    Gross / Tare / Net wt, the items with kg x rate, Value, Less: Dust & moisture @ 2%, Net amount paid / Amount paid,
    Mode Cash / UPI / IMPS, Weighed by; PAID / PAID IN CASH - RECEIVED IN FULL) and the bank's bulk payout status row
    (Beneficiary / Payee name the seller, Debit account name the company, Amount, IMPS RRN / UTR, Payout ID,
    Processed on / Value date; Status: Paid / Queued at bank / Failed - beneficiary IFSC not found)."""
    k = place("purchase_vouchers")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 3, low=600, high=48000, p_round=0.6)
    who = rng.choice(SELLERS)
    who = who.upper() if rng.random() < 0.2 else who
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if k in (2, 4, 7):
        bank = rng.choice(["Kotak Mahindra Bank", "YES BANK", "IDFC FIRST Bank"])
        p = browser_page(rng, font, f"payouts.{bank.split()[0].lower()}.in/batch/{digits(rng, 8)}")
        p.part = "head"
        top(p, f"{bank} - Bulk payouts")
        p.add("small", f"File: KABADI_{code(rng, 5, ALNUM)}.xlsx  |  Line {rng.randrange(2, 60)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Paid"],
                "pending": ["Queued at bank"],
                "failed": ["Failed - beneficiary IFSC not found"],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary", "Payee name"]), who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "IMPS", method="netbanking")
        if not j.no_ref:
            if status == "success":
                p.pair(rng.choice(["IMPS RRN", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            pid = f"PO{digits(rng, 12)}"
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        date_row(p, j, ["Processed on", "Value date"], hour=True)
        p.part = "foot"
        p.add("small", "Failed lines may be corrected and re-uploaded by the maker.")
        return p.done()
    # cash on two vouchers, kept under the cash limit of s. 40A(3)
    cash = k in (0, 5)
    if cash:
        j.amount = float(min(j.amount, rng.randrange(1500, 9800)))
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[j.unit]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{unit[1]}, {unit[0]}",
        unit[2],
        unit[3],
        ["SCRAP PURCHASE VOUCHER", "PURCHASE SLIP - UNREGISTERED SELLER", "CASH PURCHASE VOUCHER"]
        if cash
        else ["SCRAP PURCHASE VOUCHER", "PURCHASE SLIP - UNREGISTERED SELLER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['SPV', 'PS', 'CPV'])}/{unit[0][:3].upper()}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Voucher No.", "Purchase slip No."]), vno, txn=(INVOICE_RANK, vno))
    day_row(p, j, ["Date", "Dt."], PATS_A)
    wrap_pair(p, rng.choice(["Paid to", "Seller name", "Name of supplier"]), who, merchant=who)
    p.pair("Mobile", f"{rng.choice('6789')}{digits(rng, 4)}XXXXX")
    p.pair("ID proof", f"Aadhaar XXXX XXXX {digits(rng, 4)}")
    items = rng.sample(PURCHASES, rng.randrange(1, 3))
    shares = [rng.uniform(0.3, 0.7), 1.0][: len(items)]
    shares[-1] = 1.0 - sum(shares[:-1])
    gross, net = 0.0, 0.0
    lines = []
    for (item, lo, hi), share in zip(items, shares):
        rate = float(round(rng.uniform(lo, hi)))
        kg = max(0.5, round(j.amount * share / rate, 1))
        value = round(kg * rate, 2)
        gross, net = gross + value, net + kg
        lines.append((item, kg, rate, value))
    gross, net = round(gross, 2), round(net, 1)
    cut = round(gross * 0.02, 2)
    j.amount = round(gross - cut, 2)
    tare = float(rng.randrange(8, 40))
    p.pair("Gross / Tare / Net wt", f"{net + tare:,.1f} / {tare:.1f} / {net:,.1f} kg")
    for item, kg, rate, value in lines:
        p.add("left", item)
        p.pair(f"  {kg:,.1f} kg x {rate:.0f}", rs(value))
    p.pair("Value", rs(gross))
    p.pair("Less: Dust & moisture @ 2%", rs(cut))
    p.pair(rng.choice(["Net amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = "Cash" if cash else rng.choice(["UPI", "IMPS"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Weighed by", rng.choice(["Centre supervisor", "Yard in-charge"]))
    p.add("center", "PAID IN CASH - RECEIVED IN FULL" if cash else "PAID", status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Seller's signature / thumb impression")
    return p.done()


# ---------------------------------------------------------------- 10. the company's own money receipts


BUYERS = [
    "Rajdhani Plastic Granules",
    "Apex Corporate Towers (Facilities)",
    "Shree Ambica Steel Rolling Mills",
    "Lifeline Diagnostics Pvt Ltd",
    "Mehta Brass Components",
    "Zenith Infotech Parks - Admin",
    "Kalpataru Battery Works",
    "Horizon Public School",
]
RECEIPT_FOR = [
    "PP/ABS plastic regrind",
    "E-waste channelisation fee",
    "Ferrous scrap - 4.2 MT",
    "Data destruction certificate",
    "Brass scrap lot",
    "Battery plates lot",
]


def money_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / RECEIPT VOUCHER / CASH MEMO to a buyer of recovered material or a bulk
    consumer paying for e-waste channelisation (paper, the company on top with its unit line and the E-waste
    authorisation No.; Receipt No. / Rcpt No. / Memo No., Date / Dated, Received from / Party / M/s the payer, Towards,
    Invoice value, Less: Advance adjusted, Balance payable, Amount received / Cash received / Cheque received / Cheque
    amount / Received via UPI / Received by NEFT, RTGS or IMPS, Cheque No. and bank, UPI Ref No. / UTR; RECEIVED WITH THANKS /
    RECEIVED / CHEQUE ACCEPTED SUBJECT TO CLEARANCE / CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER, the rubber
    stamp) and its accounts team's receipt e-mail."""
    k = place("money_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=2000, high=450000)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.45, marks=("Rs.", "\u20b9", "INR", ""))
    me = ours(rng)
    mail = k in (3, 7)
    way = (
        "cheque"
        if status != "success"
        else ["cash", "UPI", "cheque", "RTGS", "UPI", "cash", "cheque", "UPI"][k]
    )
    if way == "cash":
        # cash under the limit of s. 269ST
        j.amount = float(min(j.amount, rng.randrange(20000, 190000)))
    if way == "UPI" and j.amount > 100000:
        way = "RTGS"
    if way == "RTGS" and j.amount < 200000:
        way = "NEFT"
    way = dated_way(j, way)
    if mail:
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <receivables@punarnavarecyclers.in>",
            ["Payment received - acknowledgement", "Receipt against your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[1]}, {unit[0]}  |  Accounts team")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"{unit[1]}, {unit[0]} - Authorised e-waste recycler",
            unit[2],
            unit[3],
            ["CASH MEMO", "MONEY RECEIPT"] if way == "cash" else ["MONEY RECEIPT", "RECEIPT VOUCHER"],
        )
        p.add("small", f"E-waste authorisation No.: {rng.choice(['MPCB', 'HSPCB'])}/EW/{digits(rng, 5)}")
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'RV', 'CM'])}-{rng.randrange(10, 99)}/{rng.randrange(100, 9999)}"
        p.pair(
            rng.choice(["Receipt No.", "Rcpt No."] + (["Memo No."] if way == "cash" else [])),
            rno,
            txn=(INVOICE_RANK, rno),
        )
    day_row(p, j, ["Date", "Dated"], PATS_B)
    wrap_pair(p, rng.choice(["Received from", "Party", "M/s"]), rng.choice(BUYERS))
    wrap_pair(p, "Towards", rng.choice(RECEIPT_FOR))
    adv = float(rng.choice([0, 0, 5000, 25000])) if j.amount > 30000 else 0.0
    p.pair("Invoice value", rs(j.amount + adv))
    if adv:
        p.pair("Less: Advance adjusted", rs(adv))
        p.pair("Balance payable", rs(j.amount))
    lab = {"cash": "Cash received", "UPI": "Received via UPI", "cheque": "Cheque received"}.get(
        way, f"Received by {way}"
    )
    p.pair(
        lab if status != "failed" else "Cheque amount",
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque"}.get(way, "netbanking"),
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    elif way != "cash" and not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, rng.choice(BANKS), way)
        lab = {"UPI": "UPI Ref No.", "IMPS": "IMPS Ref No."}.get(way, "UTR")
        p.pair(lab, ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED"]),
        "pending": "CHEQUE ACCEPTED SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if not mail:
        right(p, f"For {SHORT}")
        seal(p, SHORT.upper(), unit[0].upper(), None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 11. the plant's electricity


BOARDS = [
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "wss.mahadiscom.in"),
    ("DHBVN", "Dakshin Haryana Bijli Vitran Nigam", "dhbvn.org.in"),
]
BIZ_APPS = ["Kotak Biz", "IDFC FIRST Business", "YES BANK IRIS Biz", "Paytm for Business"]


def power_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's and the centre's HT electricity: Bharat Connect in business banking apps (the app on top, Biller
    name / Biller / Board MSEDCL or DHBVN as printed, Consumer No. / Account No., Registered name the company, Bill
    for the month, the sum large, Paid using Current A/c or UPI, Bharat Connect Txn Ref / BBPS Ref ID, App Txn ID,
    Paid on / Payment date; Payment successful / Bill payment confirmed / Payment awaiting biller confirmation /
    Payment unsuccessful - money will be reversed) and the boards' own pages (the board on top, Receipt No.,
    Transaction ID, Amount paid, Mode, Date of payment)."""
    k = place("power_bills")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=18000, high=640000)
    short, long, host = BOARDS[j.unit]
    rs = money(rng, font, 0.5)
    if k in (2, 6):
        p = browser_page(rng, font, f"{host}/online-payment/receipt?id={digits(rng, 8)}")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online payment - acknowledgement receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Transaction successful"],
                "pending": ["Awaiting confirmation from bank"],
                "failed": ["Transaction failed"],
            },
        )
        p.pair(rng.choice(["Consumer No.", "Account No."]), digits(rng, 12))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"]) if j.amount <= 100000 else "Net banking"
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            tid = f"{rng.choice(['MSE', 'DHB'])}{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = f"{short[:2]}R{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Credit will be reflected in the next bill.")
        return p.done()
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", BIZ_APPS[k % 4])
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Bill payment confirmed"],
            "pending": ["Payment awaiting biller confirmation"],
            "failed": ["Payment unsuccessful - money will be reversed"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    wrap_pair(p, rng.choice(["Biller name", "Biller", "Board"]), name, merchant=name)
    p.pair(rng.choice(["Consumer No.", "Account No."]), digits(rng, 12))
    wrap_pair(p, "Registered name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day:
        p.pair("Bill for", j.month())
    way = rng.choice(["Current A/c", "UPI"]) if j.amount <= 100000 else "Current A/c"
    p.pair(
        "Paid using",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else "UPI",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        bc = f"{rng.choice(['KB', 'ID', 'YB', 'PT'])}01{j.date:%y}{code(rng, 4, UPPER)}{digits(rng, 8)}"
        p.pair(rng.choice(["Bharat Connect Txn Ref", "BBPS Ref ID"]), bc, txn=(BANK_RANK, bc))
        tid = digits(rng, 14)
        p.pair("App Txn ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Payment date"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | Powered by NPCI Bharat BillPay")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "MAHALAXMI METAL TRAD",
    "SHREE BALAJI ROADLINES",
    "AL NOOR SCRAP COMPAN",
    "KONKAN CRANE HYDRA S",
    "BALAJI FERRO ALLOYS",
    "GREEN CIRCUIT COLLEC",
    "Shree Ganesh E-Waste Aggregators",
    "SAI KRUPA CABLE SCRA",
]
ALERT_BANKS = {
    "Kotak Mahindra Bank": ("VM-KOTAKB", "alerts@kotak.com"),
    "YES BANK": ("JM-YESBNK", "alerts@yesbank.in"),
    "IDFC FIRST Bank": ("VK-IDFCFB", "transaction.alerts@idfcfirstbank.com"),
    "Bank of Baroda": ("AD-BOBTXN", "alerts@bankofbaroda.com"),
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts to the finance head: SMS in a messages app (the sender VM-KOTAKB / JM-YESBNK / VK-IDFCFB /
    AD-BOBTXN, the day divider, the alert: a NEFT, RTGS, IMPS or UPI debit to a dealer or transporter as the bank
    names it (truncated), the sum, the account's last digits, the day, UTR / IMPS Ref No / UPI Ref No, Avl Bal; a UPI
    payment that "has failed" and one that "is pending") and two transaction alert e-mails (Dear Customer, the sum
    debited towards NEFT / RTGS / IMPS to the payee in full, the day, Transaction reference / UTR)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(7,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5, low=1200, high=900000)
    bank = rng.choice(list(ALERT_BANKS))
    sender, mailbox = ALERT_BANKS[bank]
    to = ALERT_PAYEES[k]
    acc = f"A/c {rng.choice(['XX', '**', 'x'])}{digits(rng, 4)}"
    way = (
        "UPI"
        if j.amount < 100000 and k % 2 == 0
        else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
    )
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 1200, 95000)
    way = dated_way(j, way)
    method = "UPI" if way == "UPI" else "netbanking"
    if k in (1, 6):
        p = mail_page(rng, font, f"{bank} <{mailbox}>", ["Transaction alert", "Debit alert for your account"])
        p.part = "body"
        p.add("left", "Dear Customer,")
        amt = f"{rng.choice(['INR ', 'Rs. '])}{j.amount:,.2f}"
        p.add("left", f"{amt} has been debited from your account {acc}", amount=j.amount)
        wrap_pair(p, "Towards", f"{way} to {to}", merchant=to, method=method)
        if not j.no_day:
            p.pair("Date", day_text(j, rng, PATS_B), date=j.date)
        if not j.no_ref:
            ref = j.ref if way == "IMPS" else bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["Transaction reference", "UTR"]), ref, txn=(UTR_RANK, ref))
        p.pair("Available balance", f"INR {rupees(rng, 80000, 4000000):,.2f}", status="success")
        p.add("small", "If you did not initiate this transaction, call our 24x7 helpline immediately.")
        p.add("small", f"Warm regards, {bank}")
        return p.done()
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["%A, {d} %B", "%d %b %Y", "{d} %B %Y"])), date=j.date)
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    if status == "success":
        p.add("left", f"{acc} debited by {amt}", amount=j.amount)
        p.add("left", f"for {way} to {to}", merchant=to, method=method)
    else:
        p.add("left", f"UPI txn of {amt} from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to, method=method)
    if not j.no_day:
        stop = "." if status == "success" else ""
        p.add("left", f"on {j.day(rng, ['%d-%m-%Y', '%d%b%y', '%d/%m/%y', '%d-%b-%Y'])}{stop}", date=j.date)
    word = {
        "success": f"Avl Bal INR {rupees(rng, 60000, 3500000):,.2f}.",
        "failed": "has failed. Amount debited, if any, will be reversed in 3 working days.",
        "pending": "is pending. Do not retry until the status is updated.",
    }[status]
    if status != "success":
        p.add("left", word, status=status)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", word, status=status)
        p.add("left", "Not you? Report at 1800 209 0000")
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

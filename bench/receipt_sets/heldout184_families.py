"""The twelve heldout184 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a seafood processor and exporter's day in 2026 (Kayal Marine Exports Pvt Ltd, its
processing plant at Aroor and its office on Willingdon Island, Kochi), told by the proofs of payment it receives and
makes: export buyers' inward wires in US dollars, euros, pounds and dirhams, the purchase desk's UPI to boat owners,
auctioneers and harbour vendors and two harbour suppliers' payment links, its boat settlement, peeling charges and
headload vouchers and payout pages, the ice plants' and packing suppliers' tax invoices with the payment block, the
net-banking payments to reefer carriers and cold stores, outward wires for freezer spares, test kits and audits,
the customs brokers', CFS' and shipping agents' bills, the MPEDA, port, export inspection, fisheries and pollution
board fee pages, the staff's card slips, the plant's power, water and broadband through Bharat Connect, the banks'
SMS and e-mail alerts, and its own money receipts and payment links for domestic sales. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, boat names and registrations, landing centres, catch lines, commissions, advances, TDS and GST lines,
shipping bill, B/L, container, vessel, seal, e-way bill, PO, IEC, MPEDA registration, plant approval, application,
VCN, consumer and section numbers, GSTIN, IFSC, BIC, IBAN, UETR, the Bene ID, MID, TID, batch and the payer's own
details carry no fact. ``Job``, ``date_row``, ``neft_ref``, ``letterhead`` and ``gst_lines`` are heldout167's;
``compose`` is heldout158's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
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
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead, neft_ref

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
HEX = "0123456789abcdef"

COMPANY = "Kayal Marine Exports Pvt Ltd"
COMPANY_CAPS = "KAYAL MARINE EXPORTS PRIVATE LIMITED"
SHORT = "Kayal Marine"
# unit, address, GST state code
UNITS = [
    ("Aroor processing plant", "Plot 14, Seafood Park, Aroor, Alappuzha - 688534, Kerala", "32"),
    ("Willingdon Island office", "2nd Floor, Harbour View Bldg, Willingdon Island, Kochi - 682003", "32"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%d/%m/%y", "%d %b, %Y"]
WEST_PATS = ["{d} %B %Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y", "%b {d}, %Y"]
BANKS = [
    "Federal Bank",
    "South Indian Bank",
    "State Bank of India",
    "CSB Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Dhanlaxmi Bank",
    "Axis Bank",
]
IFSC = {
    "Federal Bank": "FDRL",
    "South Indian Bank": "SIBL",
    "State Bank of India": "SBIN",
    "CSB Bank": "CSBK",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Dhanlaxmi Bank": "DLXB",
    "Axis Bank": "UTIB",
}


def kayal(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Recipient / Exporter / Ordering customer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {SHORT}", COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS reference."""
    head = IFSC.get(bank, "SBIN")
    if j.no_day and way in ("NEFT", "RTGS"):
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    return neft_ref(rng, j, bank if head in ("HDFC", "ICIC", "SBIN", "UTIB") else "SBIN")


def fcy(rng: random.Random, font: str, cur: str):
    """A foreign sum as heldout152's ``fx`` prints it; dirhams by their code, before or after the sum."""
    if cur != "AED":
        return fx(rng, font, cur)
    after = rng.random() < 0.4

    def show(value: float) -> str:
        return f"{value:,.2f} AED" if after else f"AED {value:,.2f}"

    return show


def decoy_day(p: Screen, j: Job, label: str, low: int, high: int) -> None:
    """Another document's day (never the payment's), left off the page that prints no day."""
    if not j.no_day:
        p.pair(label, j.other_day(p.rng, low, high))


# ---------------------------------------------------------------- 1. export buyers' inward wires


BUYERS = [
    ("Pacific Harvest Seafoods Inc", "Boston, MA, USA", "USD", "Citibank NA", "CITIUS33"),
    ("Vlaamse Visimport NV", "Ostend, Belgium", "EUR", "KBC Bank NV", "KREDBEBB"),
    ("Al Bahar Foodstuff Trading LLC", "Dubai, UAE", "AED", "Emirates NBD Bank PJSC", "EBILAEAD"),
    ("Tokai Suisan Trading Co Ltd", "Osaka, Japan", "USD", "MUFG Bank Ltd", "BOTKJPJT"),
    ("Ocean Fresh Distributors Ltd", "Grimsby, United Kingdom", "GBP", "HSBC UK Bank plc", "HBUKGB4B"),
    ("Nordhavn Seafood A/S", "Hirtshals, Denmark", "EUR", "Jyske Bank A/S", "JYBADKKK"),
    ("Lone Star Frozen Foods LLC", "Houston, TX, USA", "USD", "JPMorgan Chase Bank NA", "CHASUS33"),
    ("Mar Cantabrico Congelados SL", "Santander, Spain", "EUR", "Banco Santander SA", "BSCHESMM"),
]
CARGO = [
    "Frozen vannamei PUD 31/40 - 1 x 40' reefer",
    "Frozen squid rings IQF - 1,150 cartons",
    "Frozen cuttlefish whole cleaned",
    "Frozen black tiger HLSO 16/20",
    "Frozen ribbonfish whole round",
    "Cooked vannamei PD tail-on 26/30",
]
INWARD_FRAMES = ["browser", "mail", "paper", "browser", "paper", "mail", "browser", "paper"]


def export_inwards(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Export buyers' proceeds reaching the company's bank: its inward remittance credit advice (browser, e-mail,
    printed: the bank on top with its trade finance desk, Inward Remittance Credit Advice / Advice of Foreign Inward
    Remittance / Export proceeds - credit advice, Beneficiary (exporter) / Beneficiary name / Credited to the company,
    Ordering customer / Remitter the buyer abroad, Remitting bank and BIC, Remittance amount / FCY amount / Amount of
    remittance in USD, EUR, GBP or AED, Conversion rate, INR credited, Our charges, GST on conversion, Purpose code,
    Commercial invoice No., Shipping bill No. and SB date, IEC, UETR, Inward ref No. / Our ref. / Transaction
    reference, Value date / Credited on / Received on / Returned on; Credited to exporter's account / Proceeds
    realised and credited / Received in nostro - awaiting purpose code and invoice / Returned to remitting bank -
    beneficiary account inactive)."""
    k = place("export_inwards")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4)
    buyer, city, cur, rbank, bic = BUYERS[k]
    j.amount = (
        round(rng.uniform(8000, 240000), 2) if rng.random() < 0.6 else float(rng.randrange(40, 1800) * 100)
    )
    show = fcy(rng, font, cur)
    rate = {"USD": (85.2, 88.7), "EUR": (93.4, 97.8), "GBP": (108.6, 113.9), "AED": (23.2, 24.1)}[cur]
    rate = round(rng.uniform(*rate), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["Federal Bank", "South Indian Bank", "State Bank of India", "CSB Bank", "ICICI Bank"])
    frame = INWARD_FRAMES[k]
    slug = bank.split()[0].lower()
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{slug}bank.in/inward/{code(rng, 10, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Trade Services <tfcpc.kochi@{slug}.bank.in>",
            ["Credit advice - foreign inward remittance", "Export proceeds received in your account"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Trade Finance Hub, Kochi", "International Banking Division, Ernakulam"]))
    p.add(
        "center",
        rng.choice(
            [
                "Inward Remittance Credit Advice",
                "Advice of Foreign Inward Remittance",
                "Export proceeds - credit advice",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to exporter's account", "Proceeds realised and credited"],
            "pending": ["Received in nostro - awaiting purpose code and invoice"],
            "failed": ["Returned to remitting bank - beneficiary account inactive"],
        },
    )
    me = rng.choice([COMPANY, COMPANY_CAPS])
    wrap_pair(p, rng.choice(["Beneficiary (exporter)", "Beneficiary name", "Credited to"]), me, merchant=me)
    p.pair("Account", f"EEFC / CA XXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Ordering customer", "Remitter"]), f"{buyer}, {city}")
    wrap_pair(p, "Remitting bank", f"{rbank} ({bic})")
    p.pair(
        rng.choice(["Remittance amount", "FCY amount", "Amount of remittance"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Conversion rate", f"1 {cur} = {rate} INR")
    ch = float(rng.choice([500, 750, 1000]))
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Our charges", f"INR {ch:,.2f}")
    p.pair("GST on conversion", f"INR {gst:,.2f}")
    p.pair("INR credited" if status == "success" else "INR equivalent", f"{inr - ch - gst:,.2f}")
    p.pair("Purpose code", rng.choice(["P0102 - export of goods", "P0102 - realisation of export bills"]))
    wrap_pair(p, "Goods", rng.choice(CARGO))
    p.pair("Commercial invoice No.", f"KME/EXP/{rng.randrange(100, 999)}/25-26")
    p.pair("Shipping bill No.", digits(rng, 7))
    decoy_day(p, j, "SB date", -60, -5)
    p.pair("IEC", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.pair("Mode", rng.choice(["SWIFT MT103 - inward", "SWIFT inward transfer"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRW', 'FIR', 'INW'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(rng.choice(["Inward ref No.", "Our ref.", "Transaction reference"]), ref, txn=(BANK_RANK, ref))
        if rng.random() < 0.6:
            u = f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-{code(rng, 4, HEX)}-{code(rng, 12, HEX)}"
            wrap_pair(p, "UETR", u)
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Credited on"],
            "pending": ["Received on"],
            "failed": ["Returned on"],
        }[status],
        WEST_PATS,
    )
    p.part = "foot"
    p.add("small", "Regularise the export bill in EDPMS within the due date to avoid caution listing.")
    return p.done()


# ---------------------------------------------------------------- 2. the purchase desk's UPI at the harbours


HARBOUR_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "Razorpay", "Navi", "PayU", "Amazon Pay"]
HARBOUR_PAYEES = [
    "Antony Kochuparambil",
    "Sebastian K J",
    "Munambam Fish Auction Agency",
    "Mary Matha Fishing Co",
    "Chellanam Ice Depot",
    "Thomas Pulikkal",
    "Vypin Net & Gear Works",
    "Lourdes Matha Boat Owners",
]
HARBOUR_NOTES = [
    "Kiddi prawn 412 kg",
    "Squid lot - Thoppumpady",
    "Cuttlefish landing balance",
    "Auction dues 2nd lot",
    "Ice 60 blocks",
    "Poovalan prawn advance",
    "Boat trip settlement",
]


def harbour_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The purchase desk at Munambam, Thoppumpady and Chellanam paying boat owners, auction agents and harbour
    vendors: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM, Navi, Amazon Pay: the payee under Paid to / To /
    Transferred to / Paying to, its UPI ID, the sum large, UPI Ref No. / UPI transaction ID / UTR number, the app's
    own Transaction ID / Google transaction ID on some, Debited from the company's account, Date & time / Paid at /
    Completed on) and two harbour suppliers' payment links (Razorpay, PayU: the supplier on top, Paid by the company,
    Payment ID pay_... / PayU ID, UPI UTR / Bank RRN or Auth code for a card, Paid on / Date)."""
    k = place("harbour_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=1800, high=98000, p_round=0.75)
    app = HARBOUR_APPS[k]
    to = HARBOUR_PAYEES[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "PayU"):
        to = to.upper() if rng.random() < 0.3 else to
        url = (
            f"rzp.io/l/{code(rng, 8, ALNUM.lower())}"
            if app == "Razorpay"
            else f"u.payu.in/{code(rng, 9, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small", "Block ice | Crushed ice | Harbour delivery" if k == 4 else "Nets, floats and boat gear"
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Thank you, we have received your payment"],
                "failed": ["Payment could not be completed"],
                "pending": ["Payment in progress - please do not pay again"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Payer"]), rng.choice([COMPANY, SHORT]))
        wrap_pair(p, "For", rng.choice(HARBOUR_NOTES))
        way = "UPI" if rng.random() < 0.6 else "card"
        p.pair(
            "Paid using",
            "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            pid = (
                f"pay_{code(rng, 14, ALNUM + 'abcdefghjkmnpqrstuvwxyz')}"
                if app == "Razorpay"
                else digits(rng, 11)
            )
            wrap_pair(p, "Payment ID" if app == "Razorpay" else "PayU ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI UTR", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Date"] if status == "success" else ["Date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Payments secured by PayU")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "Navi": "Navi UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Money transferred", "Paid successfully"],
            "failed": ["Transaction failed", "Payment failed - bank server unavailable"],
            "pending": ["Payment processing", "Waiting for bank confirmation"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(["Paid to", "To", "Transferred to"] if status == "success" else ["To", "Paying to"]),
    )
    p.add("center", to, merchant=to)
    base = "".join(ch for ch in to.lower() if ch.isalpha())[:10]
    p.add(
        "small",
        f"{base}{rng.choice(['', digits(rng, 2)])}@{rng.choice(['okaxis', 'ybl', 'fbl', 'oksbi', 'paytm'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Remarks"]), rng.choice(HARBOUR_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI Ref No.", "UPI transaction ID", "UTR number"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Google Pay") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Google Pay": "CICAgO"
                + code(rng, 14, "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
            }[app]
            lab = "Google transaction ID" if app == "Google Pay" else "Transaction ID"
            wrap_pair(p, lab, own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS[:4])} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid at", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. boat settlements, peeling and headload vouchers


BOAT_OWNERS = [
    ("Joseph Varghese Chakkalakkal", "St. Sebastian", "boat"),
    ("Sunil Kumar T R", "", "peel"),
    ("Xavier Fernandez", "Infant Jesus", "boat"),
    ("Rajan P K", "", "load"),
    ("Cyriac Pallippuram", "Sea Queen", "boat"),
    ("Latha Peeling Shed", "", "peel"),
    ("Baby Jacob Kattassery", "Our Lady of Vailankanni", "boat"),
    ("Aroor Headload Workers Union", "", "load"),
]
CATCH = [
    ("Kiddi prawn", 150.0, 230.0),
    ("Poovalan prawn", 240.0, 330.0),
    ("Squid (koonthal)", 180.0, 260.0),
    ("Cuttlefish (kanava)", 210.0, 290.0),
    ("Ribbonfish (vaala)", 70.0, 110.0),
    ("Karikkadi mixed", 120.0, 170.0),
]
LANDINGS = ["Munambam", "Thoppumpady", "Chellanam", "Kalamukku", "Neendakara"]


def catch_vouchers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company settling with boat owners, peeling sheds and headload workers: its printed BOAT SETTLEMENT
    VOUCHER / CATCH PURCHASE VOUCHER / PEELING CHARGES VOUCHER / HEADLOAD WAGES VOUCHER (the company on top, Paid to /
    Boat owner / Payee the one paid, Boat and registration, Landing centre, the catch by kg x rate, Gross value of
    catch / Peeling charges / Loading charges, Less: Auction commission @ 3%, Less: Diesel & ice advance, Net paid /
    Amount paid to owner, Mode Cash / UPI / IMPS, UPI Ref No. / IMPS Ref No., Vr. No. / Voucher No., Date; Purchase
    manager; PAID / PAID AND ACKNOWLEDGED) and two payout pages (Cashfree Payouts: Beneficiary name, Bene ID, Amount,
    Transfer ID, UTR, Transfer successful / Transfer in queue - bank yet to confirm) and the bank's bulk upload row
    (FedCorp: Beneficiary name, Debit account name, Amount, Record ref, Rejected - invalid beneficiary account)."""
    k = place("catch_vouchers")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=2500, high=180000, p_round=0.7)
    who, boat, kind = BOAT_OWNERS[k]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    if k in (1, 6):
        p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers")
        p.part = "head"
        top(p, "Cashfree Payouts")
        p.add("small", f"Transfers  |  {COMPANY}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful"],
                "pending": ["Transfer in queue - bank yet to confirm"],
                "failed": ["Transfer reversed"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Bene ID", f"BENE_{code(rng, 8, ALNUM)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Transfer to",
            f"A/c XXXXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower()}{digits(rng, 2)}@fbl",
        )
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Transfer mode", way, method="netbanking" if way == "IMPS" else "UPI")
        if not j.no_ref:
            tid = f"KME{j.date:%m%d}{code(rng, 8, ALNUM)}"
            wrap_pair(p, "Transfer ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        wrap_pair(p, "Remarks", f"Boat settlement - {boat}" if boat else "Peeling charges - week 2")
        date_row(
            p, j, ["Processed on", "Transferred on"] if status == "success" else ["Initiated on"], hour=True
        )
        p.part = "foot"
        p.add("small", "Cashfree Payments India Pvt Ltd")
        return p.done()
    if k == 4:
        p = browser_page(rng, font, f"fedcorp.federalbank.co.in/bulk/status/{digits(rng, 8)}")
        p.part = "head"
        top(p, "Federal Bank - FedCorp bulk upload")
        p.add("small", f"File: BOATPAY_{code(rng, 5, ALNUM)}.txt  |  Record {rng.randrange(2, 40)}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Record status: Paid"],
                "pending": ["Record status: Sent to bank"],
                "failed": ["Rejected - invalid beneficiary account"],
            },
        )
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account name", rng.choice([COMPANY, COMPANY_CAPS]))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Txn type", "IMPS", method="netbanking")
        if not j.no_ref:
            rid = f"FB{digits(rng, 12)}"
            p.pair("Record ref", rid, txn=(TXN_RANK, rid))
        date_row(p, j, ["Value date", "Uploaded on"], PATS_IN)
        p.part = "foot"
        p.add("small", "Rejected records can be corrected and re-uploaded by the maker.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[0]
    kinds = {
        "boat": ["BOAT SETTLEMENT VOUCHER", "CATCH PURCHASE VOUCHER"],
        "peel": ["PEELING CHARGES VOUCHER"],
        "load": ["HEADLOAD WAGES VOUCHER"],
    }[kind]
    letterhead(p, rng.choice([COMPANY, COMPANY_CAPS]), unit[0], unit[1], unit[2], kinds, merchant=False)
    if not j.no_ref:
        vno = f"{rng.choice(['BS', 'CP', 'PV', 'HL'])}/{rng.randrange(100, 2999)}"
        p.pair(rng.choice(["Vr. No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Dated"], PATS_IN)
    lab = ["Boat owner", "Paid to"] if kind == "boat" else ["Paid to", "Payee"]
    wrap_pair(p, rng.choice(lab), who, merchant=who)
    ded = 0.0
    if kind == "boat":
        wrap_pair(p, "Boat", f"{boat} (IND-KL-07-MM-{digits(rng, 4)})")
        p.pair("Landing centre", rng.choice(LANDINGS))
        gross = 0.0
        for name, lo, hi in rng.sample(CATCH, rng.randrange(1, 4)):
            kg = rng.randrange(40, 900)
            rate = float(rng.randrange(int(lo), int(hi)))
            gross += kg * rate
            p.pair(f"{name} {kg} kg x {rate:.2f}", rs(kg * rate))
        gross = round(gross, 2)
        p.pair("Gross value of catch", rs(gross))
        com = round(gross * 0.03, 2)
        p.pair("Less: Auction commission @ 3%", rs(com))
        adv = float(rng.choice([0, 5000, 8000, 12500])) if gross - com > 20000 else 0.0
        if adv:
            p.pair("Less: Diesel & ice advance", rs(adv))
        j.amount = round(gross - com - adv, 2)
    else:
        head = "Peeling charges" if kind == "peel" else "Loading / unloading charges"
        if kind == "peel":
            kg = rng.randrange(300, 4000)
            rate = rng.choice([9.5, 11.0, 12.5, 14.0])
            p.pair("Raw material peeled", f"{kg:,} kg @ Rs {rate:.2f}")
            gross = round(kg * rate, 2)
        else:
            p.pair("Cartons handled", f"{rng.randrange(400, 3000):,}")
            gross = float(rng.randrange(30, 400) * 50)
        p.pair(head, rs(gross))
        ded = float(rng.choice([0, 1000, 2000])) if gross > 8000 else 0.0
        if ded:
            p.pair("Less: Advance paid", rs(ded))
        j.amount = round(gross - ded, 2)
    p.pair(
        rng.choice(["Net paid", "Amount paid to owner" if kind == "boat" else "Amount paid"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "Cash" if k == 3 or (k == 5 and j.amount < 20000) else rng.choice(["UPI", "IMPS"])
    if way == "UPI" and j.amount > 100000:
        way = "IMPS"
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Purchase manager", rng.choice(["Shibu Antony", "Reji Mathew", "Anitha K S"]))
    p.add("center", rng.choice(["PAID", "PAID AND ACKNOWLEDGED"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature of receiver")
    return p.done()


# ---------------------------------------------------------------- 4. ice plants' and packing suppliers' invoices


SUPPLIERS = [
    (
        "Thoppumpady Ice & Cold Storage",
        "Block ice | Flake ice | Cold storage",
        "Thoppumpady, Kochi - 682005",
        "32",
    ),
    ("Vypin Ice Factory", "Block ice manufacturers since 1986", "Njarakkal, Vypin, Ernakulam - 682505", "32"),
    (
        "Malabar Corrugated Boxes",
        "5-ply master cartons | Duplex inner cartons",
        "Kalamassery, Ernakulam - 683104",
        "32",
    ),
    (
        "Coastal Aqua Chemicals",
        "Food-grade phosphates | Salt | Sanitisers",
        "Aroor, Alappuzha - 688534",
        "32",
    ),
    (
        "Sree Murugan Polyfilms",
        "LD poly bags | Printed pouches | Liners",
        "Ganapathy, Coimbatore - 641006",
        "33",
    ),
]
GOODS = [
    ("Block ice 50 kg", 95.0, 140.0),
    ("Flake ice (tonne)", 1900.0, 2600.0),
    ("Master carton 5-ply 10 kg", 48.0, 66.0),
    ("Inner carton duplex 1 kg", 7.5, 11.0),
    ("STPP food grade (25 kg bag)", 2900.0, 3600.0),
    ("Crystal salt (50 kg bag)", 380.0, 520.0),
    ("Chlorine sanitiser 30 L", 1450.0, 1980.0),
    ("LD poly bag 12x18 (kg)", 165.0, 210.0),
    ("Printed IQF pouch 1 kg", 3.2, 4.8),
]
HSN = ["2201", "2201", "4819", "4819", "2835", "2501", "3808", "3923", "3923"]
SUPPLIER_GOODS = {
    "Thoppumpady Ice & Cold Storage": [0, 1],
    "Vypin Ice Factory": [0, 1],
    "Malabar Corrugated Boxes": [2, 3],
    "Coastal Aqua Chemicals": [4, 5, 6],
    "Sree Murugan Polyfilms": [7, 8],
}
SUPPLIER_WAYS = ["NEFT", "UPI", "-", "IMPS", "RTGS", "-", "UPI", "NEFT"]


def ice_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An ice plant's or a packing or chemicals supplier's TAX INVOICE / INVOICE CUM RECEIPT / CASH CREDIT BILL for
    the plant (the supplier on top with its line, address and GSTIN; Tax Inv. No. / Invoice No. / Bill No., Bill date
    / Date of invoice / Dated, Billed to / Recipient / Ship to M/s the company, PO No., Vehicle No., E-way bill No.,
    the goods with HSN and qty x rate, Taxable amount, CGST and SGST or IGST, Round off, Invoice value, Less: Advance
    adjusted and Balance paid on some, then the payment block: Amount received / Received by NEFT / Payment received
    with its UTR, IMPS Ref No. or UPI Ref No., or Cheque received with Cheque No.; PAID / SETTLED IN FULL / CHEQUE
    LODGED - AWAITING CLEARANCE / CHEQUE DISHONOURED - FUNDS INSUFFICIENT, in the supplier's rubber stamp too)."""
    k = place("ice_invoices")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3)
    sup, line, addr, state = rng.choice(SUPPLIERS)
    name = sup.upper() if rng.random() < 0.3 else sup
    p = paper_page(rng, font, [720, 760, 780])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "INVOICE CUM RECEIPT", "CASH / CREDIT BILL"])
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in sup.split()[:2]).upper()}/{rng.randrange(10, 9999):04d}/25-26"
        p.pair(rng.choice(["Tax Inv. No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Bill date", "Date of invoice", "Dated"], PATS_IN)
    ours_to(p, ["Billed to", "Recipient", "Ship to"])
    p.pair("PO No.", f"KME/PO/{rng.randrange(100, 2999)}")
    if rng.random() < 0.6:
        p.pair(
            "Vehicle No.",
            f"KL-{rng.choice(['04', '07', '32', '39', '43'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}",
        )
    taxable = 0.0
    own = SUPPLIER_GOODS[sup]
    for good, lo, hi in rng.sample([GOODS[i] for i in own], rng.randrange(1, len(own) + 1)):
        qty = rng.randrange(20, 600) if lo < 100 else rng.randrange(2, 60)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{good}  HSN {HSN[GOODS.index((good, lo, hi))]}")
        p.pair(f"  {qty:,} x {rate:.2f}", rs(value))
    p.pair("Taxable amount", rs(taxable))
    total = gst_lines(p, rs, taxable, rng.choice([5, 12, 18]), state != "32")
    if total > 50000 and rng.random() < 0.5:
        p.pair("E-way bill No.", digits(rng, 12))
    p.pair("Invoice value", rs(total))
    p.add("rule")
    way = SUPPLIER_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "IMPS"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "IMPS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.25, 0.4, 0.5]), -2))
        p.pair("Less: Advance adjusted", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair(
            "Cheque No.",
            f"{digits(rng, 6)} dt. {j.other_day(rng, -3, 0)}" if not j.no_day else digits(rng, 6),
        )
        p.pair("Drawn on", f"{rng.choice(BANKS)}, Aroor")
    else:
        lab = (
            "Balance paid"
            if adv
            else rng.choice(["Amount received", f"Received by {way}", "Payment received"])
        )
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "IMPS":
                p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No.", f"{way} UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "SETTLED IN FULL", "PAID - THANK YOU"]),
        "pending": "CHEQUE LODGED - AWAITING CLEARANCE",
        "failed": "CHEQUE DISHONOURED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(sup.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. net-banking payments to reefer carriers and cold stores


PORTALS = [
    ("Federal Bank", "fedcorp.federalbank.co.in", "FedCorp"),
    ("South Indian Bank", "sibernet.southindianbank.com", "SIBerNet Corporate"),
    ("State Bank of India", "yonobusiness.sbi", "yono BUSINESS"),
    ("CSB Bank", "corporate.csb.co.in", "CSB Corporate Net Banking"),
    ("HDFC Bank", "enet.hdfcbank.com", "ENet"),
    ("ICICI Bank", "cib.icicibank.com", "ICICI Bank CIB"),
]
CARRIERS = [
    "Alleppey Reefer Carriers",
    "KOCHI COLD CHAIN LOGISTICS",
    "Snowline Cold Storage LLP",
    "Polar Express Reefer Lines",
    "SEAGULL FROZEN STORAGE",
    "Blue Arctic Transport Co",
    "Keerthi Refrigeration Services",
    "MARINE AMMONIA PLANT SERVICES",
]


def coldchain_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying reefer truckers, cold stores and the freezer plant's service firm from corporate net
    banking: the bank's payment page (FedCorp, SIBerNet Corporate, yono BUSINESS, CSB, ENet, ICICI CIB: the portal on
    top, Beneficiary / Pay to / Name as per beneficiary bank the carrier, Beneficiary A/c and IFSC, Debit account the
    company, Corporate ID, Amount / Payment amount / Debit amount, Charges, Transfer type NEFT / RTGS / IMPS, UTR /
    IMPS Ref No. / RRN, Host reference / Txn reference No., Narration with the trip or storage bill, Authorised by,
    Payment date / Executed on / Submitted on / Returned on; Payment completed / Status: Credited to beneficiary /
    Queued for next NEFT batch / Returned - beneficiary a/c closed) and the bank's beneficiary credit advice
    e-mail."""
    k = place("coldchain_transfers")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=15000, high=1400000)
    bank, host, brand = PORTALS[k % len(PORTALS)]
    to = CARRIERS[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR", "Rs.", ""))
    way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    if status == "pending":
        way = "NEFT"
    if k in (3, 5):
        p = mail_page(
            rng,
            font,
            f"{bank} <payments.advice@{host.split('.', 1)[1]}>",
            ["Beneficiary credit advice", "Funds transfer - payment advice to beneficiary"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Beneficiary Credit Advice")
    else:
        p = browser_page(rng, font, f"{host}/txn/view/{digits(rng, 10)}")
        p.part = "head"
        top(p, brand)
        if brand.split()[0] not in bank:
            p.add("small", bank)
        p.add("center", rng.choice(["Payment details", "View transaction"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment completed", "Status: Credited to beneficiary"],
            "pending": ["Queued for next NEFT batch"],
            "failed": ["Returned - beneficiary a/c closed"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary", "Pay to", "Name as per beneficiary bank"]), to, merchant=to)
    tb = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[tb]}0{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Debit account", "Debited from"]), f"{SHORT} - XXXX{digits(rng, 4)}")
    p.pair("Corporate ID", f"KAYAL{digits(rng, 3)}")
    p.pair(rng.choice(["Amount", "Payment amount", "Debit amount"]), rs(j.amount), amount=j.amount)
    p.pair("Charges (incl. GST)", rs(rng.choice([2.95, 5.9, 17.7, 29.5])))
    p.pair("Transfer type", way, method="netbanking")
    if not j.no_ref:
        ref = bank_ref(rng, j, bank, way)
        if status == "success" or way == "IMPS":
            p.pair(
                {"IMPS": rng.choice(["IMPS Ref No.", "RRN"]), "NEFT": "UTR", "RTGS": "UTR No."}[way],
                ref,
                txn=(UTR_RANK, ref),
            )
        tref = f"{rng.choice(['HR', 'TX', 'CP'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Host reference", "Txn reference No."]), tref, txn=(BANK_RANK, tref))
    wrap_pair(
        p,
        "Narration",
        rng.choice(
            [
                f"Reefer trip KCH-TUT {rng.randrange(10, 99)}",
                f"Cold storage bill {rng.randrange(100, 999)} - Feb",
                f"Blast freezer AMC Q{rng.randrange(1, 5)}",
            ]
        ),
    )
    p.pair("Authorised by", rng.choice(["KME.ACCTS / MD", "RMATHEW / JKAYAL"]))
    date_row(
        p,
        j,
        {"success": ["Payment date", "Executed on"], "pending": ["Submitted on"], "failed": ["Returned on"]}[
            status
        ],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 6. outward wires for freezer spares, test kits, audits


MAKERS_ABROAD = [
    ("Frigotech Scandinavia AS", "Alesund, Norway", "EUR", "DNB Bank ASA", "DNBANOKK", "NO", "goods"),
    (
        "Glacier Processing Systems Inc",
        "Seattle, WA, USA",
        "USD",
        "JPMorgan Chase Bank NA",
        "CHASUS33",
        "",
        "goods",
    ),
    ("Aquavet Diagnostics GmbH", "Bremerhaven, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF", "DE", "kits"),
    (
        "Blue Standard Certification Ltd",
        "Edinburgh, United Kingdom",
        "GBP",
        "Royal Bank of Scotland plc",
        "RBOSGB2L",
        "GB",
        "audit",
    ),
    ("Pacific Belt & Conveyor LLC", "Tacoma, WA, USA", "USD", "Wells Fargo Bank NA", "WFBIUS6S", "", "goods"),
    ("Kaiyo Labs Europe BV", "Wageningen, Netherlands", "EUR", "ING Bank NV", "INGBNL2A", "NL", "kits"),
]
FX_RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}
WIRE_GOODS = {
    "goods": ["IQF freezer spares - belt drive", "Plate freezer hydraulic kit", "Modular conveyor belt 60 m"],
    "kits": ["ELISA kits - nitrofuran residues", "Rapid antibiotic test strips"],
    "audit": ["BRCGS audit fee - Aroor plant", "Certification renewal fee"],
}


def machine_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying makers and certifiers abroad: the bank's outward remittance advice (browser, e-mail,
    printed: the bank on top, Outward SWIFT transfer - customer advice / Import payment - remittance advice,
    Beneficiary (supplier) / Pay to (beneficiary) / Beneficiary the maker abroad, Beneficiary bank and BIC, IBAN,
    Ordering customer the company, Transfer amount (FCY) / Amount in FCY / Remittance amount in EUR, USD or GBP, Deal
    rate, INR equivalent, Commission, SWIFT charges, GST, Total debit, Purpose, For, Proforma / Quote No., Deal ID,
    UETR, Our ref. / Remittance ref / Transaction ref No., Date of remittance / Value date / Applied on / Rejected on;
    Remitted - MT103 released to correspondent / Completed - SWIFT sent / Awaiting Bill of entry verification /
    Rejected - beneficiary IBAN invalid)."""
    k = place("machine_wires")
    status = outcome(k, failed=(7,), pending=(0,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5)
    sup, city, cur, sbank, bic, iban, kind = MAKERS_ABROAD[k % len(MAKERS_ABROAD)]
    if status == "failed" and not iban:
        sup, city, cur, sbank, bic, iban, kind = MAKERS_ABROAD[0]
    j.amount = round(rng.uniform(900, 48000), 2) if rng.random() < 0.6 else float(rng.randrange(9, 480) * 100)
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*FX_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank = rng.choice(["Federal Bank", "South Indian Bank", "State Bank of India", "HDFC Bank", "ICICI Bank"])
    frame = ["paper", "browser", "mail"][k % 3]
    slug = bank.split()[0].lower()
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{slug}bank.in/outward/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} Forex <fx.outward@{slug}.bank.in>",
            ["Your outward remittance - customer advice", "Import payment processed"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Forex Centre, MG Road, Ernakulam", "Trade Finance Hub, Kochi"]))
    p.add(
        "center",
        rng.choice(["Outward SWIFT transfer - customer advice", "Import payment - remittance advice"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Remitted - MT103 released to correspondent", "Completed - SWIFT sent"],
            "pending": ["Awaiting Bill of entry verification"],
            "failed": ["Rejected - beneficiary IBAN invalid"],
        },
    )
    payee = sup.upper() if rng.random() < 0.3 else sup
    wrap_pair(
        p,
        rng.choice(["Beneficiary (supplier)", "Pay to (beneficiary)", "Beneficiary"]),
        payee,
        merchant=payee,
    )
    p.pair("City", city)
    wrap_pair(p, "Beneficiary bank", f"{sbank} ({bic})")
    if iban:
        p.pair("IBAN", f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}")
    else:
        p.pair("ABA / A/c", f"{digits(rng, 9)} / XXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["Ordering customer", "Remitter"]), rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(
        rng.choice(["Transfer amount (FCY)", "Amount in FCY", "Remittance amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    inr = round(j.amount * rate, 2)
    p.pair("Deal rate", f"{rate} INR per {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    com = float(rng.choice([500, 750, 1000]))
    sw = float(rng.choice([500, 650]))
    gst = round(min(max(inr * 0.0018, 45), 10800) + (com + sw) * 0.18, 2)
    p.pair("Commission", f"{com:,.2f}")
    p.pair("SWIFT charges", f"{sw:,.2f}")
    p.pair("GST", f"{gst:,.2f}")
    p.pair("Total debit (INR)", f"{inr + com + sw + gst:,.2f}")
    p.pair("Purpose", "S0101 - import of goods" if kind != "audit" else "S1023 - other technical services")
    wrap_pair(p, "For", rng.choice(WIRE_GOODS[kind]))
    p.pair(rng.choice(["Proforma No.", "Quote No."]), f"{code(rng, 2, UPPER)}-{rng.randrange(1000, 99999)}")
    if rng.random() < 0.5:
        p.pair("Deal ID", f"DL{digits(rng, 10)}")
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT outward"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['OWT', 'ORM', 'IMP'])}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["Our ref.", "Remittance ref", "Transaction ref No."]), ref, txn=(BANK_RANK, ref))
        if status == "success" and rng.random() < 0.6:
            u = f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-{code(rng, 4, HEX)}-{code(rng, 12, HEX)}"
            wrap_pair(p, "UETR", u)
    date_row(
        p,
        j,
        {
            "success": ["Date of remittance", "Value date"],
            "pending": ["Applied on"],
            "failed": ["Rejected on"],
        }[status],
        WEST_PATS,
    )
    p.part = "foot"
    p.add("small", "Bill of entry / proof of import to be submitted within 90 days (IDPMS).")
    return p.done()


# ---------------------------------------------------------------- 7. customs brokers', CFS' and shipping agents' bills


FORWARDERS = [
    (
        "Cochin Sea Links Logistics Pvt Ltd",
        "Customs broker | Reefer consolidation | CB licence R-13/2017",
        "Willingdon Island, Kochi - 682003",
        "32",
    ),
    (
        "Vallarpadam CFS & Reefer Yard",
        "Reefer plug-in | Stuffing | Examination",
        "Mulavukad, Kochi - 682504",
        "32",
    ),
    (
        "Arabian Sea Shipping Agencies",
        "Shipping line agents | B/L release",
        "Ravipuram, Kochi - 682016",
        "32",
    ),
    (
        "Periyar Customs Clearing House",
        "Export clearance | Cochin Port | ICTT",
        "Mattancherry, Kochi - 682002",
        "32",
    ),
]
FORWARDER_FRAMES = ["paper", "portal", "mail", "paper", "mail", "paper", "portal", "paper"]
HEADS = [
    ("Reefer plug-in (3 days)", "Terminal handling (THC)"),
    ("Stuffing & lashing", "B/L fee"),
    ("Agency / documentation", "Customs examination"),
]


def forwarder_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customs broker's, container freight station's or shipping agent's bill for an export reefer the company
    paid (printed SERVICE INVOICE / BILL CUM RECEIPT, the firm's e-mail payment acknowledgement, its customer portal
    page): the firm on top, Exporter / Customer / Billed to the company, Shipping bill No., B/L No., Container No.,
    Seal No., Vessel / Voy, the service heads, GST @ 18%, Gross bill, Less: TDS u/s 194C @ 2%, Net received / Amount
    received / Received with NEFT, UPI or IMPS and its UTR / UPI Ref No. / IMPS Ref No., Bill No. / Receipt No., Date
    / Bill date / Received on; RECEIVED / PAYMENT ACCOUNTED / CREDIT NOT YET REFLECTED - UNDER RECONCILIATION / UPI
    PAYMENT BOUNCED - BALANCE OUTSTANDING)."""
    k = place("forwarder_bills")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=6000, high=240000)
    firm, line, addr, state = rng.choice(FORWARDERS)
    name = firm.upper() if rng.random() < 0.25 else firm
    frame = FORWARDER_FRAMES[k]
    rs = money(rng, font, 0.35, marks=("Rs.", "INR", "\u20b9", ""))
    if frame == "paper":
        p = paper_page(rng, font, [720, 760])
        letterhead(p, name, line, addr, state, ["SERVICE INVOICE", "BILL CUM RECEIPT", "INVOICE / RECEIPT"])
    else:
        slug = firm.split()[0].lower()
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{firm.split()[0]} Accounts <receivables@{slug}group.in>",
                ["Payment acknowledgement", "We have received your payment"],
            )
        else:
            p = browser_page(rng, font, f"customers.{slug}group.in/account/bills/{digits(rng, 6)}")
        p.part = "head"
        top(p, name, merchant=name)
        p.add("small", line)
        p.add("center", "Payment acknowledgement" if frame == "mail" else "Bills & receipts")
        p.add("rule")
        p.part = "body"
    ours_to(p, ["Exporter", "Customer", "Billed to"])
    p.pair("Shipping bill No.", digits(rng, 7))
    p.pair("B/L No.", f"KCH{code(rng, 3, UPPER)}{digits(rng, 7)}")
    p.pair("Container No.", f"{code(rng, 3, UPPER)}U{digits(rng, 7)}")
    if rng.random() < 0.5:
        p.pair("Seal No.", digits(rng, 8))
    p.pair(
        "Vessel / Voy",
        f"{rng.choice(['MSC ADELE', 'MAERSK KOCHI', 'CMA CGM TAGE', 'SSL GANGA'])} / {digits(rng, 3)}W",
    )
    a, b = rng.choice(HEADS)
    base = round(rng.uniform(0.5, 0.65) * j.amount, 0)
    hand = round(rng.uniform(0.1, 0.2) * j.amount, 0)
    p.pair(a, rs(base))
    p.pair(b, rs(hand))
    sub = base + hand
    gst = round(sub * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    total = round(sub + gst, 2)
    p.pair("Gross bill", rs(total))
    tds = round(sub * 0.02, 2) if total > 30000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
    j.amount = round(total - tds, 2)
    way = (
        "UPI"
        if status == "failed" or (j.amount < 25000 and rng.random() < 0.6)
        else rng.choice(["NEFT", "IMPS"])
    )
    p.pair(
        rng.choice(["Net received", "Amount received", "Received"]) if status != "failed" else "Amount",
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
    if not j.no_ref:
        if way == "UPI":
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        elif way == "IMPS":
            p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        else:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['CSL', 'VCF', 'ASA', 'PCC'])}/{rng.randrange(1000, 99999)}"
        p.pair(rng.choice(["Bill No.", "Receipt No."]), doc, txn=(INVOICE_RANK, doc))
    p.add(
        "center",
        {
            "success": rng.choice(["RECEIVED", "PAYMENT ACCOUNTED", "Payment received"]),
            "pending": "CREDIT NOT YET REFLECTED - UNDER RECONCILIATION",
            "failed": "UPI PAYMENT BOUNCED - BALANCE OUTSTANDING",
        }[status],
        status=status,
    )
    date_row(p, j, ["Date", "Bill date", "Received on"] if status == "success" else ["Date"], PATS_IN)
    p.part = "foot"
    p.add("small", "Subject to Ernakulam jurisdiction. E. & O.E.")
    return p.done()


# ---------------------------------------------------------------- 8. statutory fee pages


AUTHORITIES = [
    (
        "The Marine Products Export Development Authority",
        "Registration of exporters - online fee receipt",
        "mpeda.gov.in/payments",
        [("Registration renewal fee", 0.7), ("Late fee", 0.1), ("GST @ 18%", 0.2)],
    ),
    (
        "Cochin Port Authority",
        "Port dues, wharfage and berth hire - e-payment",
        "epay.cochinport.gov.in",
        [("Wharfage on cargo", 0.6), ("Port dues", 0.25), ("Documentation charges", 0.15)],
    ),
    (
        "Export Inspection Agency - Kochi",
        "Export Inspection Council of India - health certificate fee",
        "eic.gov.in/epay",
        [
            ("Health certificate fee", 0.4),
            ("Lab testing - antibiotic residues", 0.45),
            ("Inspection charges", 0.15),
        ],
    ),
    (
        "Department of Fisheries, Kerala",
        "Fish processing plant licence - e-Treasury payment",
        "etreasury.kerala.gov.in/challan",
        [("Licence fee", 0.8), ("Inspection fee", 0.2)],
    ),
    (
        "Kerala State Pollution Control Board",
        "Consent to operate - online fee payment",
        "ocmms.kspcb.kerala.gov.in",
        [("Consent fee", 0.85), ("Processing charges", 0.15)],
    ),
]


def statutory_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's statutory fees paid online: MPEDA's registration renewal, Cochin Port Authority's wharfage and
    port dues, the Export Inspection Agency's health certificate and testing fees, the Fisheries Department's plant
    licence through e-Treasury, the Pollution Control Board's consent fee (the authority on top with the service
    line under it, Exporter / Applicant / Licensee the company, Exporter regn. No. / IEC / Plant approval No. /
    Application No. / VCN, the fee heads, Grand total / Amount remitted / Net amount paid, Mode Net banking / UPI /
    Debit card, Bank Ref No. / Bank transaction ID, e-Challan No. / Receipt No., Transaction date / Paid on / Date of
    remittance; Payment received by authority / Transaction success / Bank confirmation awaited - do not pay again /
    Transaction declined by payment gateway)."""
    k = place("statutory_fees")
    status = outcome(k, failed=(1,), pending=(4,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, low=1500, high=280000, p_round=0.9)
    auth, line, host, heads = AUTHORITIES[k % len(AUTHORITIES)]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['status', 'receipt', 'txn'])}/{digits(rng, 8)}")
    p.part = "head"
    name = auth.upper() if rng.random() < 0.25 else auth
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment received by authority", "Transaction success"],
            "pending": ["Bank confirmation awaited - do not pay again"],
            "failed": ["Transaction declined by payment gateway"],
        },
    )
    wrap_pair(p, rng.choice(["Exporter", "Applicant", "Licensee"]), rng.choice([COMPANY, COMPANY_CAPS]))
    if "Port" in auth:
        p.pair("VCN", f"COK{j.date:%y}{digits(rng, 5)}")
    elif "Marine" in auth or "MARINE" in auth:
        p.pair("Exporter regn. No.", f"KL/PRO/{rng.randrange(100, 999)}/{rng.randrange(2010, 2022)}")
        p.pair("IEC", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    elif "Inspection" in auth or "INSPECTION" in auth:
        p.pair("Plant approval No.", f"{rng.randrange(1000, 1999)}")
        p.pair("Consignment", f"{rng.randrange(800, 2400)} cartons - {rng.choice(['EU', 'USA', 'Japan'])}")
    else:
        p.pair("Application No.", f"{rng.choice(['FPL', 'CTO'])}/{digits(rng, 7)}")
    left = j.amount
    for i, (head, s) in enumerate(heads):
        v = round(left, 2) if i == len(heads) - 1 else float(round(j.amount * s))
        left -= v
        p.pair(head, rs(v))
    p.pair(rng.choice(["Grand total", "Amount remitted", "Net amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(
        ["Net banking", "UPI", "Debit card"] if j.amount <= 100000 else ["Net banking", "Debit card"]
    )
    p.pair(
        rng.choice(["Mode", "Paid through"]),
        f"{way}{' - ' + rng.choice(BANKS[:5]) if way == 'Net banking' else ''}",
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if status != "failed":
            bref = f"{rng.choice(['FDR', 'SBI', 'CPY'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Bank Ref No.", "Bank transaction ID"]), bref, txn=(BANK_RANK, bref))
        rno = f"{rng.choice(['EC', 'RCP', 'KL'])}{digits(rng, 10)}"
        p.pair(rng.choice(["e-Challan No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Transaction date", "Paid on", "Date of remittance"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Print this page for your records. Fees are not refundable.")
    return p.done()


# ---------------------------------------------------------------- 9. the staff's card slips


SLIP_COUNTERS = [
    ("ST ANTONY FUELS - IOCL", "AROOR"),
    ("HOTEL MARINE PLAZA", "WILLINGDON ISLAND"),
    ("CHANDY SHIP CHANDLERS", "FORT KOCHI"),
    ("NEENDAKARA FUELS - HPCL", "KOLLAM"),
    ("FORT COCHIN SEAFOOD GRILL", "FORT KOCHI"),
    ("VYTTILA HYPER MART", "VYTTILA KOCHI"),
    ("KERALA SAFETY GEARS", "EDAPPALLY"),
    ("SEA BREEZE LODGE", "MUNAMBAM"),
]
SLIP_MAKERS = [
    "PINE LABS",
    "WORLDLINE",
    "FEDERAL BANK",
    "MOSAMBEE",
    "HDFC BANK",
    "EZETAP",
    "SBI POS",
    "ICICI BANK",
]


def field_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The staff's company cards on the road and at the harbours: fuel outlets', a hotel's, a ship chandler's, a
    grill's, a hypermarket's, a safety gear shop's and a lodge's terminal slips (monospace: the maker on top on some,
    the counter's name and town in capitals, DATE: / TIME: or TXN DT:, MID:, TID:, BATCH:, INV NO: / BILL NO:, SALE,
    CARD:, CARD TYPE:, APPR CODE: / AUTH NO:, RRN: / RRN NO:, SALE AMT: / NET AMT: / TOTAL:, a fuel slip's PRODUCT:,
    RATE:, VOLUME: and VEHICLE NO:; APPROVED / TRANSACTION APPROVED / DECLINED with RESP CODE / NO RESPONSE FROM
    ISSUER - CHECK STATUS)."""
    k = place("field_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=300, high=26000)
    name, town = SLIP_COUNTERS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d.%m.%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("TXN DT:", f"{d} {t}", date=j.date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    p.pair("CARD:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "DINERS"]))
    if "FUELS" in name:
        rate = round(rng.uniform(94.5, 107.2), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "XTRA PREMIUM"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
        p.pair("VEHICLE NO:", f"KL{rng.choice(['04', '07', '32'])}{code(rng, 2, UPPER)}{digits(rng, 4)}")
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH NO:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "RRN NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["SALE AMT:", "NET AMT:", "TOTAL:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 54 EXPIRED CARD"]))
    else:
        p.add("center", "NO RESPONSE FROM ISSUER - CHECK STATUS", status="pending")
        p.add("small", "DO NOT SWIPE AGAIN")
    p.part = "foot"
    p.add("small", "** CARDHOLDER COPY **")
    return p.done()


# ---------------------------------------------------------------- 10. the plant's power, water and broadband


BILLERS = [
    ("KSEB", "Kerala State Electricity Board Ltd"),
    ("Kerala Water Authority", "Kerala Water Authority"),
    ("Kerala Vision Broadband", "Kerala Vision Broadband Pvt Ltd"),
]
BBPS_APPS = ["FedMobile", "SIB Mirror+", "yono BUSINESS", "Paytm", "PhonePe", "Google Pay"]


def plant_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The plant's electricity (its HT connection at Aroor), water and the office broadband: Bharat Connect in bank
    and UPI apps (the app on top, Biller / Operator / Paying biller KSEB, Kerala Water Authority or Kerala Vision
    Broadband as printed, Consumer number / Subscriber ID, Section, Registered name the company, Due date, the sum
    large, Paid from Current A/c or UPI, Bharat Connect Txn ID / BBPS Ref ID, Order ID / Transaction ID, Paid on /
    Date & time; Bill payment successful / Payment confirmed by biller / Awaiting biller confirmation / Payment failed -
    amount will be refunded) and the billers' own quick-pay receipts (the biller on top, Receipt No., Amount paid,
    Mode, Bank Ref No., Payment date)."""
    k = place("plant_bills")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 4, low=1200, high=380000)
    which = 2 if k in (2, 5) else (1 if k in (0, 7) else 0)
    if which == 2:
        j.amount = rupees(rng, 999, 8500, 0.8)
    elif which == 1:
        j.amount = rupees(rng, 2500, 65000, 0.5)
    short, long = BILLERS[which]
    rs = money(rng, font, 0.5)
    if k in (3, 7):
        host = {0: "wss.kseb.in/quickpay", 1: "epay.kwa.kerala.gov.in", 2: "selfcare.keralavision.net"}[which]
        p = browser_page(rng, font, f"{host}/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Quick pay - payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Status: Success"],
                "pending": ["Awaiting bank response"],
                "failed": ["Payment failed"],
            },
        )
        p.pair("Consumer number", digits(rng, 13))
        if which == 0:
            p.pair(
                "Section", rng.choice(["Electrical Section, Aroor", "Electrical Section, Willingdon Island"])
            )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"]) if j.amount <= 100000 else "Net banking"
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            bref = f"{rng.choice(['FDR', 'SIB', 'IGA'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:2].upper()}{digits(rng, 10)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Paid on"] if status == "success" else ["Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will be adjusted in the next bill.")
        return p.done()
    app = BBPS_APPS[k % len(BBPS_APPS)]
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm") else rng.choice(["Current A/c", "UPI"])
    if way == "UPI" and j.amount > 100000:
        j.amount = rupees(rng, 20000, 99000, 0.3)
    p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill payment successful", "Payment confirmed by biller"],
            "pending": ["Awaiting biller confirmation"],
            "failed": ["Payment failed - amount will be refunded"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    wrap_pair(p, rng.choice(["Biller", "Operator", "Paying biller"]), name, merchant=name)
    p.pair("Subscriber ID" if which == 2 else "Consumer number", digits(rng, 11 if which == 2 else 13))
    wrap_pair(p, "Registered name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    decoy_day(p, j, "Due date", 3, 15)
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        bc = f"FE0{j.date:%y}{code(rng, 9, ALNUM)}"
        p.pair(rng.choice(["Bharat Connect Txn ID", "BBPS Ref ID"]), bc, txn=(BANK_RANK, bc))
        tid = digits(rng, 12)
        p.pair(rng.choice(["Order ID", "Transaction ID"]), tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"] if status == "success" else ["Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 11. the banks' SMS and e-mail alerts


ALERT_PAYEES = [
    "POLAR EXPRESS REEFER L",
    "THOPPUMPADY ICE AND CO",
    "MALABAR CORRUGATED BOX",
    "COCHIN SEA LINKS LOGIS",
    "SNOWLINE COLD STORAGE",
    "ALLEPPEY REEFER CARRIE",
    "COASTAL AQUA CHEMICALS",
    "ARABIAN SEA SHIPPING A",
]
SENDERS = {
    "Federal Bank": "AD-FEDBNK",
    "South Indian Bank": "VM-SIBSMS",
    "State Bank of India": "AX-SBIINB",
    "CSB Bank": "JD-CSBBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The banks' alerts on the directors' phones and mail: SMS in a messages app (AD-FEDBNK / VM-SIBSMS / AX-SBIINB /
    JD-CSBBNK, the day divider, the alert: a NEFT, RTGS, IMPS or UPI debit to a supplier or carrier as the bank names
    it (truncated) in two wordings ("debited ... transferred to" and "sent from ... to"), the sum, the account's last
    digits, the day, UTR / IMPS Ref / UPI Ref, Avl Bal; a UPI payment that "has failed" and one that "is under
    process") and two e-mail alerts (Funds transfer alert: Amount, Transferred to, From account, Channel, UTR / IMPS
    Ref No., Transaction date; Status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, low=1200, high=650000)
    bank = rng.choice(list(SENDERS))
    to = ALERT_PAYEES[k]
    if k in (3, 6):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{bank.split()[0].lower()}.bank.in>",
            ["Funds transfer alert", "Alert: debit from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Funds transfer alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a funds transfer from your account has been completed:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Transferred to", "Beneficiary"]), to, merchant=to)
        p.pair("From account", f"XXXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair({"IMPS": "IMPS Ref No.", "NEFT": "UTR", "RTGS": "UTR"}[way], ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Successful", status="success")
        p.part = "foot"
        p.add("small", "Not done by you? Call 1800 425 1199 to block your net banking.")
        return p.done()
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    way = (
        "UPI"
        if j.amount < 100000 and k % 2 == 0
        else rng.choice(
            (["NEFT", "RTGS"] + (["IMPS"] if j.amount < 500000 else []))
            if j.amount >= 200000
            else ["NEFT", "IMPS"]
        )
    )
    if status != "success":
        way = "UPI"
        j.amount = rupees(rng, 1200, 98000)
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    acc = f"A/c XX{digits(rng, 4)}"
    day = "" if j.no_day else f" on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])}"
    meth = "UPI" if way == "UPI" else "netbanking"
    if status == "success" and k % 2 == 0:
        p.add("left", f"Your {acc} is debited with {amt}{day}", amount=j.amount)
        p.add("left", f"- transferred to {to} via {way}.", merchant=to, method=meth)
    elif status == "success":
        p.add("left", f"{amt} sent from {acc}", amount=j.amount)
        p.add("left", f"to {to} ({way}){day}.", merchant=to, method=meth)
    else:
        p.add("left", f"UPI payment of {amt} from {acc}", amount=j.amount, method=meth)
        p.add("left", f"to {to}{day}", merchant=to)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab}: {ref}", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal INR {rupees(rng, 80000, 6500000):,.2f}. Not you? SMS BLOCK to 9895088888",
        "failed": "has failed. Debited amount, if any, will be reversed in 48 hrs.",
        "pending": "is under process. Do not retry till the status is updated.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


# ---------------------------------------------------------------- 12. the company's own money receipts and links


DOMESTIC = [
    "Hotel Backwater Heritage",
    "Malabar Fish Mart",
    "SeaCatch Retail Pvt Ltd",
    "M/s Ocean Bites Restaurant",
    "Trivandrum Fresh Fish Stall",
    "Hotel Lakshmi Residency",
    "Kottayam Meen Kada",
    "Dr. Susan George (bulk order)",
]


def sales_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company receiving payment for domestic sales to hotels, restaurants and fish retailers: its own MONEY
    RECEIPT / RECEIPT VOUCHER / SALES RECEIPT (paper, the company on top with its Seafood processors and exporters
    line and FSSAI licence; Rcpt. No. / Receipt No., Date / Receipt date, Received from / Party, Against invoice /
    Ref. inv., Invoice amount, Cash received / Amount received / Cheque received / Received by UPI, Balance due,
    Cheque No. and bank, UPI Ref No., UTR; RECEIVED WITH THANKS / AMOUNT RECEIVED / CHEQUE COLLECTED - CREDIT SUBJECT
    TO REALISATION / CHEQUE RETURNED - REFER TO DRAWER, the rubber stamp) and its payment links paid by buyers (Razorpay,
    PayU: the company on top, Paid by / Customer the buyer, Payment ID, UPI UTR / Bank RRN, Paid on)."""
    k = place("sales_receipts")
    status = outcome(k, failed=(6,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=3500, high=260000)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR", ""))
    me = kayal(rng)
    if k in (2, 5):
        gw = "Razorpay" if k == 2 else "PayU"
        j.amount = rupees(rng, 1500, 95000, 0.6)
        url = (
            f"pages.razorpay.com/kayalmarine-{code(rng, 4, ALNUM.lower())}"
            if gw == "Razorpay"
            else (f"pmny.in/{code(rng, 10, ALNUM)}")
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", rng.choice(["Fresh & frozen seafood - Kochi", "Order payment"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received - thank you", "Payment successful"],
                "pending": ["Payment processing - awaiting bank"],
                "failed": ["Payment failed"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), DOMESTIC[k])
        wrap_pair(p, "Order", f"SO/{rng.randrange(1000, 9999)} - frozen prawns & squid")
        p.pair("Method", "UPI", method="UPI")
        if not j.no_ref:
            pid = (
                f"pay_{code(rng, 14, ALNUM + 'abcdefghjkmnpqrstuvwxyz')}"
                if gw == "Razorpay"
                else digits(rng, 11)
            )
            wrap_pair(p, "Payment ID" if gw == "Razorpay" else "PayU ID", pid, txn=(TXN_RANK, pid))
            p.pair(rng.choice(["UPI UTR", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Paid on", "Date"] if status == "success" else ["Date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if gw == "Razorpay" else "Secured by PayU")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        me,
        "Seafood processors & exporters | EU approved plant",
        unit[1],
        unit[2],
        ["MONEY RECEIPT", "RECEIPT VOUCHER", "SALES RECEIPT"],
    )
    p.add("small", f"FSSAI Lic. No. {digits(rng, 14)}")
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'KME-R', 'RV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Rcpt. No.", "Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Party"]), DOMESTIC[k])
    p.pair(rng.choice(["Against invoice", "Ref. inv."]), f"KME/DS/{rng.randrange(100, 999)}")
    way = "cheque" if status != "success" else ["cash", "NEFT", "-", "UPI", "NEFT", "-", "-", "cheque"][k]
    if way == "cash" and j.amount > 95000:
        j.amount = rupees(rng, 4000, 95000, 0.6)
    if way == "UPI" and j.amount > 100000:
        j.amount = rupees(rng, 4000, 99000, 0.6)
    part = k in (0, 3) and status == "success"
    bill = round(j.amount * rng.choice([1.25, 1.6, 2.0]), 2) if part else j.amount
    p.pair("Invoice amount", rs(bill))
    lab = {
        "cash": "Cash received",
        "UPI": "Received by UPI",
        "cheque": "Cheque received",
        "NEFT": "Amount received",
    }
    p.pair(
        lab[way] if status != "failed" else "Cheque amount",
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    p.pair("Balance due", rs(bill - j.amount))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = neft_ref(rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"]))
        p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "AMOUNT RECEIVED"]),
        "pending": "CHEQUE COLLECTED - CREDIT SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - REFER TO DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {SHORT}")
    p.add("gap")
    seal(p, SHORT.upper(), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


compose = compose158

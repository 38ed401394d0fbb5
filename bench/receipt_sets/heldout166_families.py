"""The twelve heldout166 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a water-purifier and RO service franchise's day in 2026 (Jalsetu RO Care, the
authorised AquaVeda service franchise at Nashik Road, Nashik, run by Jalsetu Aqua Services Pvt Ltd), told by the
proofs of payment it receives and makes: households' UPI for installations and AMC renewals, the franchise's card
terminal slips (a bank EMI on some), its technicians' field collection receipts, the brand's dealer portal for stock
orders, the brand's incentive payouts, the spare parts distributors' invoices, its transfers to membrane, pressure
tank and filter cartridge suppliers, the water-testing laboratories' fee receipts, fuel slips and FASTag recharges,
staff salaries by IMPS in the bank's SMS alerts, the office and godown rent, and GST, TDS and profession tax
challans. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, customers' names, addresses and mobile numbers, model and serial numbers,
complaint and job numbers, AMC contract numbers, order quantities, GSTIN, IFSC, PAN, TAN, MID, TID, batch, vehicle
numbers, tag ids, account numbers, balances and the payer's own details carry no fact. ``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout123_families import fits, place
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout158_families import compose as compose158

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"

TRADE = "Jalsetu RO Care"
FIRM = "Jalsetu Aqua Services Pvt Ltd"
BRANCH = "Jalsetu RO Care - Nashik Road"
BRAND = "AquaVeda"
BRAND_CO = "AquaVeda Purifiers Ltd"
ADDRESS = "Shop 4, Bitco Point, Nashik Road, Nashik 422101"
GSTIN = "27AAECJ4417M1Z8"
CUSTOMERS = [
    "Sunanda Kulkarni",
    "Rohit Deshmukh",
    "Farida Shaikh",
    "Vinayak Jadhav",
    "Meera Iyer",
    "Prashant Wagh",
    "Anjali Bhosale",
    "Nitin Gaikwad",
    "Swati Patil",
    "Imran Pathan",
]
TECHS = ["Sagar Thorat", "Akash More", "Ganesh Pawar", "Yogesh Shinde"]
BANKS = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Bank of Maharashtra",
    "Kotak Mahindra Bank",
    "Union Bank of India",
    "Canara Bank",
]
DAYS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
RS = ["Rs.", "Rs", "INR", "\u20b9"]


def ours(rng: random.Random, caps: float = 0.2) -> str:
    """The franchise as a payee: its trade name, with its locality on some, the company on some."""
    r = rng.random()
    name = FIRM if r < 0.2 else BRANCH if r < 0.5 else TRADE
    return name.upper() if rng.random() < caps else name


def day(rng: random.Random, date: dt.date, pats: list[str] | None = None) -> str:
    return when(date, rng.choice(pats or DAYS))


def other(rng: random.Random, date: dt.date, low: int, high: int) -> dt.date:
    """Another day (a due day, a cheque's, a visit's): never the payment's."""
    shift = 0
    while shift == 0:
        shift = rng.randrange(low, high)
    return date + dt.timedelta(days=shift)


def word(status: str, rng: random.Random, ok: list[str], bad: list[str], wait: list[str]) -> str:
    return rng.choice({"success": ok, "failed": bad, "pending": wait}[status])


def vpa(rng: random.Random, name: str) -> str:
    base = "".join(ch for ch in name.lower() if ch.isalpha())[:10]
    return (
        f"{base}{rng.randrange(1, 99)}@{rng.choice(['okhdfcbank', 'oksbi', 'ybl', 'okaxis', 'ibl', 'paytm'])}"
    )


def fmt_western(value: float, mark: str = "Rs") -> str:
    return f"{mark} {value:,.2f}"


# ---------------------------------------------------------------- 1. households' UPI apps


UPI_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "Amazon Pay", "CRED", "Navi", "MobiKwik"]
UPI_NOTES = [
    "RO installation",
    "AMC renewal 2026-27",
    "Membrane change",
    "Service visit + filters",
    "UV lamp replacement",
    "New RO + stand",
    "AMC - Iyer flat 302",
    "Filter kit",
]


def household_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A household's UPI app paying the franchise for an installation, an AMC renewal or a service visit (PhonePe,
    Google Pay, Paytm, BHIM, Amazon Pay, CRED, Navi, MobiKwik): the outcome, the sum large, the franchise under Paid
    to / To / Sent to / Paying to, its UPI ID, a note, the day and hour, UPI Ref No / UTR / UPI transaction ID and
    the app's own id on some, the debited account."""
    k = place("household_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    app = UPI_APPS[k]
    p = phone_page(rng, font, k, [app, f"{app} - Payment", "Transaction details"])
    date = day26(rng)
    amount = rupees(rng, 450, 17500, 0.8)
    rs = counter_rs(rng, font, ["\u20b9", "Rs.", "Rs"], p_slash=0.0)
    to = ours(rng)
    p.part = "outcome"
    p.add(
        "title",
        word(
            status,
            rng,
            ["Payment Successful", "Paid successfully", "Money sent", "Transaction successful"],
            ["Payment Failed", "Transaction failed", "Payment declined"],
            ["Payment Pending", "Processing payment", "Transaction pending"],
        ),
        status=status,
    )
    p.add("big", rs(amount), amount=amount)
    p.part = "body"
    label = (
        rng.choice(["Paid to", "To", "Sent to"]) if status == "success" else rng.choice(["Paying to", "To"])
    )
    wrap_pair(p, label, to, merchant=to)
    p.pair("UPI ID", vpa(rng, "jalsetu"))
    if rng.random() < 0.8:
        wrap_pair(p, rng.choice(["Note", "Message", "For"]), rng.choice(UPI_NOTES))
    if k != 1:
        stamp = f"{day(rng, date, ['{d} %b %Y', '%d %b %Y', '%d/%m/%Y', '%b {d}, %Y'])}, {hhmm(rng)}"
        p.pair(rng.choice(["Date & Time", "Paid on", "Time"]), stamp, date=date)
    p.pair("Payment method", "UPI", method="UPI")
    if k != 5:
        ref = utr(rng, date)
        p.pair(
            rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI transaction ID"]),
            ref,
            txn=(UTR_RANK, ref),
        )
        if rng.random() < 0.5:
            own = f"T{date:%y%m%d}{digits(rng, 14)}" if app == "PhonePe" else code(rng, 16, ALNUM)
            p.pair(
                f"{app} Txn ID" if fits(p, "pair", f"{app} Txn ID   {own}   ") else "Txn ID",
                own,
                txn=(TXN_RANK, own),
            )
    p.pair(rng.choice(["From", "Debited from"]), f"{rng.choice(BANKS[:5])} XX{digits(rng, 4)}")
    if status != "success":
        p.part = "foot"
        p.add(
            "small",
            "Money deducted, if any, will be refunded within 3 working days."
            if status == "failed"
            else "Awaiting confirmation from your bank. Please do not pay again.",
        )
    return p.done()


# ---------------------------------------------------------------- 2. the franchise's card terminal slips


SLIP_MAKERS = [
    "Pine Labs",
    "HDFC Bank",
    "Paytm EDC",
    "ICICI Bank",
    "Mswipe",
    "Axis Bank",
    "Worldline",
    "Ezetap",
]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The franchise's card terminal slip for an installation or AMC (Pine Labs, HDFC Bank, Paytm EDC, ICICI Bank,
    Mswipe, Axis Bank, Worldline, Ezetap; monospace): the franchise in capitals, SALE / BANK EMI SALE, DATE: and
    TIME: or DT: TM:, MID, TID, BATCH, INV NO:, CARD NO:, APPR CODE:, RRN:, the sum; on the bank EMI slip TXN AMOUNT
    (the sum), TENURE, MONTHLY EMI and TOTAL WITH INTEREST (no fact); APPROVED / DECLINED / TXN PENDING."""
    k = place("card_slip")
    status = outcome(k, failed=(2,), pending=(5,))
    p = slip_page(rng, font)
    date = day26(rng)
    emi = k in (1, 4, 7)
    amount = rupees(rng, 12000, 42000, 0.7) if emi else rupees(rng, 600, 9500, 0.6)
    if rng.random() < 0.5:
        p.add("center", SLIP_MAKERS[k].upper())
    to = rng.choice([TRADE.upper(), BRANCH.upper(), FIRM.upper()])
    p.add("center", to, merchant=to)
    p.add("center", "NASHIK ROAD, NASHIK")
    stamp = day(rng, date, ["%d/%m/%Y", "%d-%m-%y", "%d%b%y", "%d/%m/%y"]).upper()
    if k != 6:
        if rng.random() < 0.5:
            p.pair("DATE:", stamp, date=date)
            p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
        else:
            p.add("left", f"DT:{stamp}  TM:{hhmm(rng, twelve=False)}", date=date)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    inv = f"{rng.randrange(1, 9999):06d}"
    if k != 0:
        p.pair(rng.choice(["INV NO:", "INVOICE:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", "BANK EMI SALE" if emi else rng.choice(["SALE", "CARD SALE"]))
    brand = rng.choice(["VISA", "MASTERCARD", "RUPAY"])
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", brand)
    p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "MAG STRIPE"]))
    if status == "success" and k != 0:
        appr = code(rng, 6, "0123456789ABCDEF")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if k != 0:
        rrn = f"{date:%y}{date.timetuple().tm_yday:03d}{digits(rng, 7)}"
        p.pair(rng.choice(["RRN:", "RET REF NO:"]), rrn, txn=(UTR_RANK, rrn))
    cur = rng.choice(["RS.", "INR", "RS"])
    grp = rng.random() < 0.5
    txt = (lambda v: f"{cur} {v:,.2f}") if grp else (lambda v: f"{cur} {v:.2f}")
    if emi:
        p.pair("ISSUER:", rng.choice(["HDFC BANK", "ICICI BANK", "SBI CARD", "AXIS BANK"]))
        tenure = rng.choice([6, 9, 12])
        rate = rng.choice([13.0, 14.0, 15.0])
        r = rate / 1200
        monthly = round(amount * r / (1 - (1 + r) ** -tenure), 2)
        p.pair("TXN AMOUNT:", txt(amount), amount=amount)
        p.pair("TENURE:", f"{tenure} MONTHS")
        p.pair("ROI:", f"{rate:.2f}% P.A.")
        p.pair("MONTHLY EMI:", txt(monthly))
        p.pair("TOTAL WITH INTEREST:", txt(round(monthly * tenure, 2)))
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:"]), txt(amount), amount=amount)
    p.add(
        "center",
        word(status, rng, ["APPROVED", "TXN APPROVED"], ["DECLINED"], ["TXN PENDING"]),
        status=status,
    )
    if status == "failed":
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 55 INCORRECT PIN"]))
    elif status == "pending":
        p.add("center", "AWAITING HOST RESPONSE - DO NOT RETRY")
    p.part = "foot"
    p.add(
        "small", "PIN VERIFIED OK. NO SIGNATURE REQUIRED" if status == "success" else "*** CUSTOMER COPY ***"
    )
    return p.done()


# ---------------------------------------------------------------- 3. technicians' field collection receipts


FIELD_KINDS = [
    "SERVICE RECEIPT",
    "AMC RENEWAL RECEIPT",
    "INSTALLATION RECEIPT",
    "CASH RECEIPT",
    "AMC RENEWAL RECEIPT",
    "SERVICE RECEIPT",
    "MONEY RECEIPT",
    "AMC RENEWAL RECEIPT",
]


def field_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The franchise's own receipt book, written out by its technician at the customer's door (serif): the franchise
    on top (the payee; its company on some), authorised-service line, address, GSTIN, SERVICE RECEIPT / AMC RENEWAL
    RECEIPT / INSTALLATION RECEIPT / CASH RECEIPT / MONEY RECEIPT, Receipt No. / Rcpt. No. / No., Date / Dated,
    Received from, Complaint No. / Job No. and the model (no fact), the lines, Sub total, CGST and SGST @ 9% on the
    AMC, Total / Amount received, the sum in words, Mode (cash, UPI with its UPI Ref No., cheque with its number);
    RECEIVED WITH THANKS / PAID, CHEQUE RETURNED UNPAID (failed), CHEQUE RECEIVED - SUBJECT TO REALISATION
    (pending)."""
    k = place("field_receipt")
    status = outcome(k, failed=(4,), pending=(1,))
    p = paper_page(rng, font, [620, 660, 700])
    date = day26(rng)
    rs = counter_rs(rng, font, RS, p_slash=0.4)
    top_name = rng.choice([TRADE, FIRM, TRADE.upper()])
    p.add("title", top_name, merchant=top_name)
    p.add("small", f"Authorised service franchise - {BRAND} water purifiers")
    p.add("small", ADDRESS)
    p.add("small", f"GSTIN: {GSTIN}  Ph: 0253-24{digits(rng, 5)}")
    p.add("center", FIELD_KINDS[k])
    if k != 2:
        no = rng.choice(
            [
                f"{rng.randrange(1000, 9999)}",
                f"JRC/{rng.randrange(100, 999)}",
                f"F-{rng.randrange(1, 999):03d}",
            ]
        )
        p.pair(rng.choice(["Receipt No.", "Rcpt. No.", "No."]), no, txn=(INVOICE_RANK, no))
    if k != 7:
        p.pair(rng.choice(["Date", "Dated"]), day(rng, date), date=date)
    wrap_pair(
        p,
        "Received from",
        f"{rng.choice(CUSTOMERS)}, {rng.choice(['Jail Road', 'Deolali Camp', 'Upnagar', 'Bytco Colony'])}",
    )
    p.pair(rng.choice(["Complaint No.", "Job No."]), f"AV{date:%m}{digits(rng, 6)}")
    p.pair("Model", rng.choice(["AquaVeda Neo RO+UV", "AquaVeda Crystal 8L", "AquaVeda Eco RO+UF+Cu"]))
    p.add("rule")
    amc = "AMC" in FIELD_KINDS[k]
    if amc:
        base = float(rng.choice([2999, 3499, 3999, 4499, 5299]))
        p.pair(rng.choice(["AMC charges (1 yr, 3 visits)", "Comprehensive AMC - 12 months"]), rs(base))
        half = round(base * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = round(base + 2 * half, 2)
    elif "INSTALLATION" in FIELD_KINDS[k]:
        parts = [
            ("Installation charges", 500.0),
            ("Wall bracket & fittings", 350.0),
            ("Inlet pressure valve", 280.0),
        ]
        total = 0.0
        for name, value in rng.sample(parts, 2):
            p.pair(name, rs(value))
            total += value
    else:
        parts = [
            ("Visit charges", 350.0),
            ("Sediment filter", 250.0),
            ("Pre-carbon filter", 390.0),
            ("RO membrane 80 GPD", 2450.0),
            ("UV lamp 11W", 690.0),
            ("Solenoid valve", 520.0),
        ]
        total = 0.0
        for name, value in rng.sample(parts, rng.randint(2, 3)):
            p.pair(name, rs(value))
            total += value
    p.add("rule")
    way = (
        "cheque" if status != "success" else ["cash", "UPI", "cash", "UPI", "cheque", "UPI", "cash", "UPI"][k]
    )
    label = "Cheque amount" if way == "cheque" else rng.choice(["Total", "Amount received", "Total received"])
    p.pair(label, rs(total), amount=total)
    p.add("small", words_in_rupees(total))
    if way == "cash":
        p.pair("Mode", rng.choice(["Cash", "CASH"]), method="cash")
    elif way == "UPI":
        p.pair("Mode", "UPI", method="UPI")
        if k != 2:
            ref = utr(rng, date)
            p.pair(rng.choice(["UPI Ref No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    else:
        p.pair("Mode", "Cheque", method="cheque")
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}")
        p.pair("Drawn on", rng.choice(BANKS))
    p.add(
        "center",
        word(
            status,
            rng,
            ["RECEIVED WITH THANKS", "PAID"],
            ["CHEQUE RETURNED UNPAID"],
            ["CHEQUE RECEIVED - SUBJECT TO REALISATION"],
        ),
        status=status,
    )
    p.part = "foot"
    p.pair("Technician", rng.choice(TECHS))
    p.add(
        "small",
        "This is a computer-generated receipt from the service app."
        if rng.random() < 0.3
        else "Customer's signature ____________",
    )
    return p.done()


# ---------------------------------------------------------------- 4. the brand's dealer portal


def dealer_portal(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The franchise paying the brand for a stock order on AquaVeda's partner portal in a browser (AquaVeda Partner
    Connect): Payment receipt / Order payment confirmation, Paid to / Payee / Beneficiary the brand's company
    (AquaVeda Purifiers Ltd, capitals on some; the payee), Partner / Dealer code (no fact), Order No. (an order's
    number), the lines (n x units) with GST @ 18%, Order value, Credit note adjusted on some, Amount paid (the sum),
    Payment mode Net banking / UPI / Corporate card, Payment ID, Bank Ref No., Paid on / Payment date; Payment
    successful / Payment failed / Payment under process."""
    k = place("dealer_portal")
    status = outcome(k, failed=(6,), pending=(0,))
    p = browser_page(rng, font, "partners.aquaveda.in/orders/payment")
    date = day26(rng)
    rs = counter_rs(rng, font, RS, p_slash=0.0)
    p.add("title", "AquaVeda Partner Connect")
    p.add("small", rng.choice(["Order payment confirmation", "Payment receipt", "Stock order - payment"]))
    p.add(
        "center",
        word(
            status,
            rng,
            ["Payment successful", "Payment received"],
            ["Payment failed"],
            ["Payment under process"],
        ),
        status=status,
    )
    payee = rng.choice([BRAND_CO, BRAND_CO.upper()])
    wrap_pair(p, rng.choice(["Paid to", "Payee", "Beneficiary"]), payee, merchant=payee)
    p.pair(rng.choice(["Partner", "Dealer"]), f"{FIRM}")
    p.pair(rng.choice(["Partner code", "Dealer code"]), f"MH-NSK-{digits(rng, 4)}")
    if k != 4:
        order = f"SO{date:%y}{digits(rng, 7)}"
        p.pair(rng.choice(["Order No.", "Sales order"]), order, txn=(ORDER_RANK, order))
    p.add("rule")
    lines = [
        ("AquaVeda Neo RO+UV", 9322.0),
        ("AquaVeda Crystal 8L", 12712.0),
        ("Filter kit (SF+PC+PoC)", 686.0),
        ("RO membrane 80 GPD", 1271.0),
        ("Booster pump 75 GPD", 1525.0),
    ]
    sub = 0.0
    for name, rate in rng.sample(lines, rng.randint(2, 3)):
        qty = rng.randint(2, 12)
        sub += qty * rate
        wrap_pair(p, f"{name} ({qty} x {rate:,.0f})", rs(qty * rate))
    gst = round(sub * 0.18, 2)
    p.pair("IGST @ 18%" if rng.random() < 0.3 else "GST @ 18%", rs(gst))
    value = round(sub + gst, 2)
    p.pair("Order value", rs(value))
    paid = value
    if rng.random() < 0.4:
        cn = float(rng.choice([1500, 2360, 4720]))
        p.pair("Less: Credit note adjusted", rs(cn))
        paid = round(value - cn, 2)
    p.pair(rng.choice(["Amount paid", "Amount"]), rs(paid), amount=paid)
    way = ["netbanking", "netbanking", "UPI", "card", "netbanking", "UPI", "card", "netbanking"][k]
    p.pair(
        "Payment mode",
        {
            "netbanking": rng.choice(["Net banking - HDFC Bank", "Net Banking (Axis Bank)"]),
            "UPI": "UPI",
            "card": f"Corporate card XX{digits(rng, 4)}",
        }[way],
        method=way,
    )
    if k != 4:
        pid = f"pay_{code(rng, 14, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}"
        p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            bank = utr(rng, date) if way == "UPI" else digits(rng, 10)
            p.pair(
                "UPI Ref No." if way == "UPI" else "Bank Ref No.",
                bank,
                txn=(UTR_RANK if way == "UPI" else BANK_RANK, bank),
            )
    if k != 3:
        p.pair(
            rng.choice(["Paid on", "Payment date"]) if status == "success" else "Attempted on",
            f"{day(rng, date)} {hhmm(rng)}",
            date=date,
        )
    p.part = "foot"
    p.add("small", "Dispatch from the Bhiwandi warehouse within 48 hours of payment.")
    return p.done()


# ---------------------------------------------------------------- 5. the brand's incentive payouts


def incentive_mail(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """AquaVeda's e-mails of incentive and service-claim payouts to the franchise: Incentive payout advice /
    Service claim settlement, Paid to / Beneficiary / Partner the franchise (the payee, never AquaVeda on top),
    Scheme (Q1 installation target slab, AMC conversion bonus), Period (no day), Gross incentive, Less: TDS u/s 194H
    @ 2%, Net payout (the sum), Mode NEFT / IMPS, Credited to, Payout ID, UTR, Credited on / Value date / Failed on /
    Scheduled for; Credited / Paid / Payout failed - account validation / Payout scheduled."""
    k = place("incentive_mail")
    status = outcome(k, failed=(5,), pending=(2,))
    p = mail_page(
        rng,
        font,
        "AquaVeda Partner Payouts <payouts@aquaveda.in>",
        ["Incentive payout advice", "Your partner payout", "Service claim settlement"],
    )
    date = day26(rng)
    rs = counter_rs(rng, font, RS, p_slash=0.0)
    p.add("title", "AquaVeda Purifiers Ltd")
    p.add("small", "Channel partner payouts")
    p.add("left", "Dear Partner,")
    p.add(
        "left",
        "The payout below has been processed to your registered account."
        if status != "pending"
        else "The payout below is scheduled for the next NEFT cycle.",
    )
    to = rng.choice([FIRM, FIRM.upper(), TRADE])
    wrap_pair(p, rng.choice(["Paid to", "Beneficiary", "Partner"]), to, merchant=to)
    p.pair("Partner code", f"MH-NSK-{digits(rng, 4)}")
    scheme = rng.choice(
        [
            "Q1 installation target slab",
            "AMC conversion bonus",
            "Warranty service claims (n=%d)" % rng.randint(20, 60),
            "Festive sales incentive",
        ]
    )
    wrap_pair(p, "Scheme", scheme)
    p.pair("Period", rng.choice(["Apr-Jun 2026", "May 2026", "Jan-Mar 2026", "Q2 FY26-27"]))
    gross = float(rng.randrange(80, 950) * 100)
    tds = round(gross * 0.02, 2)
    net = round(gross - tds, 2)
    p.pair("Gross incentive", rs(gross))
    p.pair("Less: TDS u/s 194H @ 2%", rs(tds))
    p.pair(rng.choice(["Net payout", "Net amount"]), rs(net), amount=net)
    p.pair("Mode", rng.choice(["NEFT", "IMPS"]), method="netbanking")
    p.pair("Credited to", f"{rng.choice(BANKS[:4])} XXXX{digits(rng, 4)}")
    if k != 0:
        pid = f"APO{date:%y%m}{digits(rng, 6)}"
        p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = neft_utr(rng.choice(["HDFC", "UTIB", "ICIC"]), rng, date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    if k != 7:
        label = {
            "success": rng.choice(["Credited on", "Value date"]),
            "failed": "Failed on",
            "pending": "Scheduled for",
        }[status]
        p.pair(label, day(rng, date), date=date)
    p.pair(
        "Status",
        word(status, rng, ["Credited", "Paid"], ["Payout failed - account validation"], ["Payout scheduled"]),
        status=status,
    )
    p.part = "foot"
    p.add("small", "Form 16A for the TDS will be issued quarterly. This is a system mail; do not reply.")
    return p.done()


# ---------------------------------------------------------------- 6. spare parts distributors' invoices


DISTRIBUTORS = [
    "Godavari RO Spares",
    "Shree Samarth Water Tech",
    "Nashik Aqua Components",
    "Purewave Distributors",
    "Trimbak Filtration Supplies",
    "Omkar RO Parts & Accessories",
    "Deccan Membrane House",
    "Sahyadri Water Systems",
]


def spares_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The spare parts distributors' TAX INVOICE / INVOICE CUM RECEIPT / CASH MEMO (the distributor on top, the
    payee; in capitals on some; never M/s the franchise under Buyer / Bill to): Invoice No. / Bill No., Date /
    Inv. date, the lines (RO membranes, cartridges, pumps, SMPS, fittings) with HSN, Taxable value, CGST and SGST
    @ 9%, Round off, Invoice total, Amount received / Paid (the sum), Mode and its reference; PAID / RECEIVED WITH
    THANKS / UPI FAILED - AMOUNT DUE / PAYMENT PENDING - NEFT AWAITED."""
    k = place("spares_invoice")
    status = outcome(k, failed=(7,), pending=(3,))
    p = paper_page(rng, font, [660, 700, 740])
    date = day26(rng)
    rs = counter_rs(rng, font, RS, p_slash=0.3)
    name = DISTRIBUTORS[k]
    top = name.upper() if rng.random() < 0.3 else name
    p.add("title", top, merchant=top)
    p.add("small", "Wholesale: RO spares, membranes, pumps & fittings")
    p.add(
        "small",
        rng.choice(["Ambad MIDC, Nashik 422010", "Satpur MIDC, Nashik 422007", "Dwarka, Nashik 422011"]),
    )
    p.add("small", f"GSTIN: 27{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}")
    p.add("center", rng.choice(["TAX INVOICE", "INVOICE CUM RECEIPT", "TAX INVOICE CUM CASH MEMO"]))
    if k != 0:
        no = rng.choice([f"{rng.randrange(100, 9999)}", f"GST/26-27/{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Inv. No."]), no, txn=(INVOICE_RANK, no))
    if k != 4:
        p.pair(rng.choice(["Date", "Inv. date", "Invoice date"]), day(rng, date), date=date)
    wrap_pair(p, rng.choice(["Buyer", "Bill to"]), f"M/s {FIRM}")
    p.add("rule")
    items = [
        ("RO membrane 80 GPD (8421)", 1150, 1450),
        ("Sediment cartridge 10in (8421)", 55, 85),
        ("Pre-carbon block (8421)", 140, 190),
        ("Booster pump 100 GPD (8413)", 1350, 1750),
        ("SMPS 24V 1.5A (8504)", 310, 420),
        ("Solenoid valve 24V (8481)", 180, 240),
        ("UV lamp 11W + choke (8539)", 260, 340),
        ("Quick fittings 1/4in (x50) (3917)", 420, 560),
    ]
    sub = 0.0
    for item, lo, hi in rng.sample(items, rng.randint(2, 4)):
        qty, rate = rng.randint(2, 25), float(rng.randint(lo, hi))
        sub += qty * rate
        wrap_pair(p, f"{item} {qty} x {rate:,.0f}", rs(qty * rate))
    p.add("rule")
    p.pair(rng.choice(["Taxable value", "Sub total"]), rs(sub))
    half = round(sub * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    gross = round(sub + 2 * half, 2)
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice total", "Grand total"]), rs(total))
    p.add("small", words_in_rupees(total))
    if status == "success":
        p.pair(rng.choice(["Amount received", "Paid", "Received"]), rs(total), amount=total)
        way = ["cash", "UPI", "netbanking", "", "cheque", "UPI", "netbanking", ""][k]
        if way == "cash":
            p.pair("Mode", "Cash", method="cash")
        elif way == "UPI":
            p.pair("Mode", "UPI (GPay)", method="UPI")
            if k != 0:
                ref = utr(rng, date)
                p.pair("UPI Ref No.", ref, txn=(UTR_RANK, ref))
        elif way == "netbanking":
            p.pair("Mode", rng.choice(["NEFT", "RTGS", "IMPS"]), method="netbanking")
            if k != 0:
                ref = neft_utr(rng.choice(["HDFC", "SBIN", "BARB"]), rng, date)
                p.pair("UTR", ref, txn=(UTR_RANK, ref))
        else:
            p.pair("Mode", "Cheque", method="cheque")
            p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}")
    elif status == "failed":
        p.pair(rng.choice(["Amount due", "Balance payable"]), rs(total), amount=total)
        p.pair("Payment attempted", "UPI - failed", method="UPI")
    else:
        p.pair("Amount payable", rs(total), amount=total)
        p.pair("Mode", "NEFT (advised by buyer)", method="netbanking")
    p.add(
        "center",
        word(
            status,
            rng,
            ["PAID", "RECEIVED WITH THANKS"],
            ["UPI FAILED - AMOUNT DUE"],
            ["PAYMENT PENDING - NEFT AWAITED"],
        ),
        status=status,
    )
    p.part = "foot"
    p.add("small", "Goods once sold will not be taken back. Subject to Nashik jurisdiction.")
    return p.done()


# ---------------------------------------------------------------- 7. the franchise's transfers to suppliers


SUPPLIERS = [
    "Vardhman Pressure Tanks",
    "KRISHNA FILTER CARTRIDGES",
    "Aquatec Membranes India Pvt Ltd",
    "BLUEDROP CYLINDERS & TANKS",
    "Maruti Polymers",
    "SHIV SHAKTI FILTER HOUSE",
    "Ganga Cartridge Works",
    "PANCHVATI WATER TECH",
]
NET_BANKS = [
    ("HDFC Bank NetBanking", "netbanking.hdfcbank.com", "HDFC"),
    ("ICICI Bank Corporate", "cib.icicibank.com", "ICIC"),
    ("Axis Bank Corporate", "corporate.axisbank.co.in", "UTIB"),
    ("Kotak Biz App", "", "KKBK"),
    ("SBI YONO Business", "yonobusiness.sbi", "SBIN"),
    ("Bank of Maharashtra - mahaMobile", "", "MAHB"),
    ("HDFC Bank NetBanking", "netbanking.hdfcbank.com", "HDFC"),
    ("IDFC FIRST Bank Business", "", "IDFB"),
]


def supplier_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The franchise's transfers to its pressure tank, filter cartridge and membrane suppliers from its business
    banking (HDFC Bank NetBanking, ICICI Bank Corporate, Axis Bank Corporate, SBI YONO Business in a browser; Kotak
    Biz, mahaMobile and IDFC FIRST Bank Business on a phone): Transfer successful / Transaction failed / Transaction
    under process, Beneficiary / Payee / Beneficiary name the supplier as the bank prints it (the payee), the
    account and IFSC, Amount (the sum), Mode NEFT / IMPS / RTGS, UTR / IMPS Ref No / UTR Number, Reference No.,
    Remarks (invoice numbers; no id), Debit account (no fact), Transaction date / Value date."""
    k = place("supplier_transfer")
    status = outcome(k, failed=(1,), pending=(4,))
    title, url, head = NET_BANKS[k]
    if url:
        p = browser_page(rng, font, f"{url}/fundtransfer/ack")
    else:
        p = phone_page(rng, font, k, [title, "Fund transfer", "Transaction status"])
    date = day26(rng)
    rs = counter_rs(rng, font, ["INR", "Rs.", "\u20b9"], p_slash=0.0)
    amount = rupees(rng, 6000, 260000, 0.4)
    mode = "RTGS" if amount > 200000 else rng.choice(["NEFT", "IMPS"])
    if url:
        p.add("title", title)
    p.add(
        "center",
        word(
            status,
            rng,
            [f"{mode} transfer successful", "Transaction successful", "Funds transferred successfully"],
            ["Transaction failed", f"{mode} transfer failed"],
            ["Transaction under process", "Pending at beneficiary bank"],
        ),
        status=status,
    )
    p.pair(rng.choice(["Amount", "Transfer amount", "Amount (INR)"]), rs(amount), amount=amount)
    to = SUPPLIERS[k]
    wrap_pair(p, rng.choice(["Beneficiary", "Payee", "Beneficiary name"]), to, merchant=to)
    p.pair("Beneficiary A/c", f"XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{rng.choice(['SBIN', 'HDFC', 'MAHB', 'CNRB'])}0{digits(rng, 6)}")
    p.pair("Mode", mode, method="netbanking")
    if k != 6:
        ref = (
            neft_utr(head, rng, date)
            if mode == "NEFT"
            else utr(rng, date)
            if mode == "IMPS"
            else f"{head}R{rng.choice('56')}{date:%Y%m%d}{digits(rng, 8)}"
        )
        if status == "success" or mode == "IMPS":
            p.pair(
                {
                    "NEFT": rng.choice(["UTR", "UTR Number"]),
                    "RTGS": "UTR No.",
                    "IMPS": rng.choice(["IMPS Ref No", "RRN"]),
                }[mode],
                ref,
                txn=(UTR_RANK, ref),
            )
        bref = digits(rng, 11)
        p.pair(rng.choice(["Reference No.", "Transaction ID"]), bref, txn=(BANK_RANK, bref))
    p.pair(rng.choice(["Debit account", "From account"]), f"Current A/c XXXX{digits(rng, 4)}")
    wrap_pair(
        p,
        rng.choice(["Remarks", "Narration"]),
        rng.choice(
            ["Inv 412 & 418 - tanks", "Cartridges June lot", "Membranes PO 77", "Advance for 12L tanks"]
        ),
    )
    if k != 2:
        p.pair(
            rng.choice(["Transaction date", "Value date", "Date"]),
            f"{day(rng, date, ['%d-%m-%Y', '%d/%m/%Y', '%d-%b-%Y', '{d} %b %Y'])} {hhmm(rng, twelve=False)}",
            date=date,
        )
    if status == "failed":
        p.add("small", "Reason: Beneficiary account is frozen. Debited amount, if any, will be reversed.")
    return p.done()


# ---------------------------------------------------------------- 8. water-testing laboratories


LABS = [
    ("Nashik Municipal Corporation", "Public Health Laboratory, Water Testing Section"),
    ("District Public Health Laboratory, Nashik", "Public Health Department, Govt. of Maharashtra"),
    ("Groundwater Surveys & Development Agency", "District Laboratory, Nashik"),
    ("AquaLab Testing Services LLP", "NABL accredited - TC-8821"),
    ("Nashik Municipal Corporation", "Water Supply Department - Sample testing"),
    ("Envirocare Analytical Labs", "NABL accredited - TC-5563"),
    ("Maharashtra Jeevan Pradhikaran", "Regional Water Testing Laboratory, Nashik"),
    ("Shreya Water & Food Testing Lab", "FSSAI notified laboratory"),
]


def water_test(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The water-testing laboratories' fee receipts for samples the franchise sends before and after an installation
    (the municipal corporation's, the district and state agencies' and private NABL laboratories' paper; Nashik
    Municipal Corporation's and Maharashtra Jeevan Pradhikaran's online receipts in a browser): the laboratory or
    authority on top (the payee; never its department line under it), RECEIPT / SAMPLE TESTING FEE RECEIPT, Receipt
    No. / Challan No. / Lab Ref (the lab's sample number: no id), Date, Sample (source, parameters: TDS, pH,
    hardness, E. coli), Fee per sample n x rate, GST @ 18% on the private labs, Total / Amount paid (the sum), Mode
    cash / UPI / net banking with its reference; PAID / Payment successful / Payment failed / Payment pending."""
    k = place("water_test")
    status = outcome(k, failed=(2,), pending=(5,))
    lab, line = LABS[k]
    online = k in (4, 6)
    date = day26(rng)
    rs = counter_rs(rng, font, RS, p_slash=0.3)
    if online:
        p = browser_page(rng, font, rng.choice(["nmc.gov.in/epay/receipt", "mjp.maharashtra.gov.in/payment"]))
    else:
        p = paper_page(rng, font, [620, 660, 700])
    top = lab.upper() if rng.random() < 0.3 else lab
    p.add("title", top, merchant=top)
    p.add("small", line)
    p.add("center", rng.choice(["SAMPLE TESTING FEE RECEIPT", "RECEIPT", "Water Analysis - Fee Receipt"]))
    if k != 3:
        no = f"{rng.choice(['WT', 'R', 'PHL'])}/{rng.randrange(1000, 99999)}"
        p.pair(
            rng.choice(["Receipt No.", "Challan No."]) if online or k % 2 else "Receipt No.",
            no,
            txn=(INVOICE_RANK, no),
        )
    p.pair("Lab Ref", f"S-{date:%m}-{rng.randrange(100, 999)}")
    if k != 0:
        p.pair(rng.choice(["Date", "Receipt date", "Date of payment"]), day(rng, date), date=date)
    wrap_pair(p, rng.choice(["Received from", "Applicant", "Customer"]), f"{FIRM}")
    wrap_pair(
        p,
        "Sample",
        rng.choice(
            [
                "Borewell, Bytco Colony - pre install",
                "RO outlet, Jail Road flat",
                "Tanker supply, Deolali Camp",
            ]
        ),
    )
    p.add("small", "Parameters: TDS, pH, total hardness, chlorides, iron, E. coli")
    n = rng.randint(1, 6)
    rate = float(rng.choice([300, 450, 600, 750, 1200]))
    sub = n * rate
    p.pair(f"Fee per sample {n} x {rate:,.0f}", rs(sub))
    total = sub
    if k in (3, 5, 7):
        gst = round(sub * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total = round(sub + gst, 2)
    label = "Amount paid" if status == "success" else "Amount"
    p.pair(rng.choice([label, "Total"]), rs(total), amount=total)
    way = ["cash", "UPI", "UPI", "cash", "netbanking", "UPI", "netbanking", "card"][k]
    p.pair(
        "Mode",
        {"cash": "Cash", "UPI": "UPI", "netbanking": "Net banking", "card": "Debit card"}[way],
        method=way,
    )
    if k != 3 and way != "cash" and status != "failed":
        ref = utr(rng, date) if way in ("UPI", "card") else digits(rng, 10)
        p.pair(
            {"UPI": "UPI Ref No.", "card": "RRN", "netbanking": "Bank Ref No."}[way],
            ref,
            txn=(BANK_RANK if way == "netbanking" else UTR_RANK, ref),
        )
    p.add(
        "center",
        word(status, rng, ["PAID", "Payment successful"], ["Payment failed"], ["Payment pending"]),
        status=status,
    )
    p.part = "foot"
    p.add("small", "Test report will be issued within 3 working days of receipt of sample.")
    return p.done()


# ---------------------------------------------------------------- 9. fuel and FASTag


PUMPS = [
    ("SAI SAMARTH PETROLEUM", "HPCL Dealer"),
    ("Nashik Road Auto Fuels", "IndianOil Dealer"),
    ("SHREE GANESH SERVICE STATION", "BPCL Dealer"),
    ("ICICI Bank FASTag", ""),
    ("Deolali Highway Fuels", "Nayara Energy Retail Outlet"),
    ("OM SAI FUEL POINT", "HPCL Dealer"),
    ("Paytm Payments FASTag", ""),
    ("Panchavati Petro Services", "IndianOil COCO"),
]


def fuel_fastag(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The service vans' fuel and FASTag: six fuel stations' printed slips (the outlet on top, the payee,
    never the oil company's dealer line under it), BILL NO / TXN NO, DATE and TIME, NOZZLE, PRODUCT Diesel / Petrol,
    RATE, VOLUME, AMOUNT (the sum), VEHICLE NO (no fact), MODE cash / card / UPI with its reference; and two FASTag
    recharges on a phone through Bharat Connect (the FASTag issuer under Biller, the payee), Vehicle no. and Tag ID
    (no fact), Amount, UPI Ref No. / B-Connect Txn No., Recharge successful / Recharge failed / Recharge pending."""
    k = place("fuel_fastag")
    status = outcome(k, failed=(6,), pending=(3,))
    name, line = PUMPS[k]
    date = day26(rng)
    van = f"MH15{rng.choice(['HN', 'JC', 'GV'])}{rng.randrange(1000, 9999)}"
    if not line:
        p = phone_page(rng, font, k, ["FASTag recharge", "Bharat Connect", "Recharge details"])
        rs = counter_rs(rng, font, ["\u20b9", "Rs."], p_slash=0.0)
        amount = float(rng.choice([500, 1000, 1500, 2000, 2500]))
        p.add(
            "title",
            word(status, rng, ["Recharge successful"], ["Recharge failed"], ["Recharge pending"]),
            status=status,
        )
        p.add("big", rs(amount), amount=amount)
        wrap_pair(p, "Biller", name, merchant=name)
        p.pair("Vehicle no.", van)
        p.pair("Tag ID", f"34161FA8203{digits(rng, 13)}"[:24])
        p.pair("Paid using", "UPI", method="UPI")
        if status != "failed":
            ref = utr(rng, date)
            p.pair("UPI Ref No.", ref, txn=(UTR_RANK, ref))
        bc = f"CC0{rng.randrange(1, 9)}{code(rng, 6, ALNUM)}{digits(rng, 6)}"
        p.pair("B-Connect Txn No.", bc, txn=(BANK_RANK, bc))
        p.pair("Date", f"{day(rng, date, ['{d} %b %Y', '%d-%m-%Y'])}, {hhmm(rng)}", date=date)
        return p.done()
    p = slip_page(rng, font)
    p.add("center", "WELCOME")
    p.add("center", name, merchant=name)
    p.add("center", line.upper())
    p.add("center", rng.choice(["NASHIK ROAD", "DEOLALI CAMP", "DWARKA, NASHIK", "OLD AGRA ROAD, NASHIK"]))
    if k != 5:
        no = f"{rng.randrange(10000, 999999)}"
        p.pair(rng.choice(["BILL NO:", "RECEIPT NO:", "TXN NO:"]), no, txn=(INVOICE_RANK, no))
    if k != 4:
        p.pair("DATE:", day(rng, date, ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "%d-%b-%Y"]).upper(), date=date)
    p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("NOZZLE NO:", str(rng.randint(1, 8)))
    fuel = rng.choice(["DIESEL", "PETROL", "HSD"])
    rate = {"DIESEL": 92.4, "HSD": 92.4, "PETROL": 104.61}[fuel] + rng.choice([0.0, 0.27, -0.11])
    amount = (
        float(rng.choice([500, 1000, 1500, 2000, 2500, 3000]))
        if rng.random() < 0.6
        else rupees(rng, 800, 3200, 0)
    )
    vol = round(amount / rate, 2)
    p.pair("PRODUCT:", fuel)
    p.pair("RATE(RS/L):", f"{rate:.2f}")
    p.pair("VOLUME(L):", f"{vol:.2f}")
    p.pair(
        rng.choice(["AMOUNT(RS):", "SALE:", "AMOUNT:"]),
        f"{amount:,.2f}" if amount >= 1000 and rng.random() < 0.5 else f"{amount:.2f}",
        amount=amount,
    )
    p.pair("VEHICLE NO:", van)
    way = ["card", "cash", "card", "", "UPI", "cash", "", "UPI"][k]
    p.pair("MODE:", {"cash": "CASH", "card": "CARD", "UPI": "UPI"}[way], method=way)
    if way == "card":
        rrn = f"{date:%y}{date.timetuple().tm_yday:03d}{digits(rng, 7)}"
        p.pair("RRN:", rrn, txn=(UTR_RANK, rrn))
    elif way == "UPI" and k != 4:
        ref = utr(rng, date)
        p.pair("UPI REF:", ref, txn=(UTR_RANK, ref))
    p.add("center", "PAID", status="success")
    p.part = "foot"
    p.add("center", "THANK YOU. VISIT AGAIN")
    return p.done()


# ---------------------------------------------------------------- 10. salaries in the bank's SMS alerts


STAFF = [
    "SAGAR THORAT",
    "Akash More",
    "GANESH PAWAR",
    "Yogesh Shinde",
    "PRIYA KADAM",
    "Rupali Sonawane",
    "MAHESH AHIRE",
    "Kiran Nikam",
]
SMS_BANKS = [
    ("HDFC Bank", "HDFCBK"),
    ("ICICI Bank", "ICICIB"),
    ("Axis Bank", "AXISBK"),
    ("Kotak Bank", "KOTAKB"),
    ("HDFC Bank", "HDFCBK"),
    ("SBI", "SBIINB"),
    ("Bank of Maharashtra", "MAHABK"),
    ("ICICI Bank", "ICICIB"),
]


def salary_sms(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Staff salaries and technicians' advances sent by IMPS / NEFT from the franchise's current account, shown in
    the bank's SMS alerts in a phone's messages app (HDFC Bank, ICICI Bank, Axis Bank, Kotak, SBI, Bank of
    Maharashtra; sender ids like VM-HDFCBK): "Rs 18,500.00 debited from A/c XX4521 on 05-06-26 to SAGAR THORAT
    (IMPS Ref 615612345678)" and its variants; the staff member as the bank prints the beneficiary (the payee, in
    capitals on some), the sum, the day, IMPS Ref / UTR / Ref No. (never the account, the available balance or the
    helpline); a failed transfer ("IMPS txn ... failed ... will be reversed") and one under process."""
    k = place("salary_sms")
    status = outcome(k, failed=(4,), pending=(7,))
    bank, sender = SMS_BANKS[k]
    p = phone_page(rng, font, k, [f"VM-{sender}", f"AD-{sender}", f"JD-{sender}"])
    date = day26(rng)
    amount = (
        float(rng.choice([9500, 12000, 14500, 16800, 18500, 21000, 24500]))
        if k % 3
        else rupees(rng, 1500, 6000, 0.8)
    )
    acct = f"XX{digits(rng, 4)}"
    to = STAFF[k]
    mode = rng.choice(["IMPS", "IMPS", "NEFT"])
    ref = utr(rng, date) if mode == "IMPS" else neft_utr(rng.choice(["HDFC", "ICIC", "UTIB"]), rng, date)
    grp = rng.random() < 0.5
    sumt = (
        f"{rng.choice(['Rs', 'Rs.', 'INR'])} {amount:,.2f}"
        if grp
        else f"{rng.choice(['Rs', 'INR'])} {amount:.2f}"
    )
    d = day(rng, date, ["%d-%m-%y", "%d/%m/%y", "%d-%b-%y", "%d%b%y"])
    p.add("small", f"{day(rng, date, ['%a, {d} %b'])} {hhmm(rng)}" if k != 1 else "Today")
    lines: list[tuple[str, dict]] = []
    if status == "success":
        lines.append((f"{sumt} debited from A/c {acct}", {"amount": amount, "status": "success"}))
        if k != 1:
            lines.append((f"on {d} to {to}", {"merchant": to, "date": date}))
        else:
            lines.append((f"to {to}", {"merchant": to}))
        if k != 6:
            lines.append(
                (
                    f"via {mode}. {'Ref' if mode == 'IMPS' else 'UTR'} {ref}.",
                    {"method": "netbanking", "txn": (UTR_RANK, ref)},
                )
            )
        else:
            lines.append((f"via {mode}.", {"method": "netbanking"}))
        lines.append((f"Avl Bal {rng.choice(['Rs', 'INR'])} {rupees(rng, 40000, 400000, 0):,.2f}", {}))
        lines.append((f"Not you? Call 1800{digits(rng, 7)} -{bank}", {}))
    elif status == "failed":
        lines.append(
            (f"Your {mode} txn of {sumt} to {to}", {"amount": amount, "merchant": to, "method": "netbanking"})
        )
        lines.append(
            (f"on {d} has failed. Ref {ref}.", {"status": "failed", "date": date, "txn": (UTR_RANK, ref)})
        )
        lines.append(("Amount debited, if any, will be reversed to A/c " + acct + ".", {}))
    else:
        lines.append(
            (
                f"{mode} of {sumt} to {to} from A/c {acct}",
                {"amount": amount, "merchant": to, "method": "netbanking"},
            )
        )
        lines.append(
            (
                f"on {d} is under process. Ref {ref}.",
                {"status": "pending", "date": date, "txn": (UTR_RANK, ref)},
            )
        )
        lines.append(("Please check status after 2 hours. -" + bank, {}))
    for text, facts in lines:
        p.add("left", text, **facts)
    p.part = "foot"
    p.add("small", "Text message")
    return p.done()


# ---------------------------------------------------------------- 11. office and godown rent


LANDLORDS = [
    ("Ramesh Vasant Joshi", "Office"),
    ("Jadhav Estates LLP", "Godown"),
    ("Sushila Narayan Bhide", "Office"),
    ("Bytco Properties Pvt Ltd", "Office"),
    ("Dattatray Kisan Gaikwad", "Godown"),
    ("Hemlata Suresh Rathi", "Office"),
    ("Nashik Road Commercial Complex", "Godown"),
    ("Anil Madhukar Deshpande", "Office"),
]


def rent_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Rent for the franchise's shop-office and its godown: the landlords' RENT RECEIPT (serif; the franchise's
    voucher form on some: "Received from Jalsetu Aqua Services Pvt Ltd", Landlord / Owner / Lessor the person,
    Shri no part of the name, the payee), the landlord companies' RENT INVOICE (the company on top, the payee) with
    CGST and SGST @ 9%, Rent for (the month; no day), Monthly rent, Less: TDS u/s 194-I(b) @ 10%, Net amount
    received / Amount received (the sum), Mode cheque / NEFT / UPI with its reference, Receipt No. / Invoice No.,
    Date; RENT RECEIVED / PAID, CHEQUE RETURNED (failed), CHEQUE RECEIVED - SUBJECT TO CLEARANCE (pending)."""
    k = place("rent_receipt")
    status = outcome(k, failed=(3,), pending=(6,))
    name, what = LANDLORDS[k]
    company = any(w in name for w in ("LLP", "Pvt", "Complex"))
    p = paper_page(rng, font, [620, 660, 700])
    date = day26(rng)
    rs = counter_rs(rng, font, RS, p_slash=0.4)
    rent = float(rng.choice([18000, 22000, 25000, 32000, 45000, 55000, 65000]))
    if company:
        p.add("title", name, merchant=name)
        p.add("small", rng.choice(["Commercial premises on lease", "Warehousing & commercial spaces"]))
        p.add(
            "small", f"GSTIN: 27{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(ALNUM)}"
        )
        p.add("center", "RENT INVOICE")
    else:
        p.add("title", rng.choice(["RENT RECEIPT", "Rent Receipt"]))
    if k != 5:
        no = f"{rng.choice(['R-', 'RI/26-27/', ''])}{rng.randrange(1, 120):03d}"
        p.pair(
            rng.choice(["Invoice No.", "Inv. No."]) if company else rng.choice(["Receipt No.", "No."]),
            no,
            txn=(INVOICE_RANK, no),
        )
    if k != 2:
        p.pair(rng.choice(["Date", "Dated"]), day(rng, date), date=date)
    if not company:
        p.add("left", f"Received with thanks from {FIRM}")
        label = rng.choice(["Landlord", "Owner", "Lessor"])
        title = "Smt." if name.split()[0] in ("Sushila", "Hemlata") else "Shri"
        shown = rng.choice([name, f"{title} {name}"])
        wrap_pair(p, label, shown, merchant=name)
    else:
        wrap_pair(p, "Bill to", f"M/s {FIRM}")
    wrap_pair(
        p,
        "Premises",
        f"{what}, {rng.choice(['Shop 4, Bitco Point', 'Gala 11, Sinnar Phata', 'Unit 2, Jail Road'])}",
    )
    month = other(rng, date, -40, -5)
    p.pair("Rent for", f"{month:%B %Y}")
    p.pair("Monthly rent", rs(rent))
    total = rent
    if company:
        half = round(rent * 0.09, 2)
        p.pair("CGST @ 9%", rs(half))
        p.pair("SGST @ 9%", rs(half))
        total = round(rent + 2 * half, 2)
        p.pair("Invoice total", rs(total))
    tds = round(rent * 0.10, 2) if rent >= 50000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
    net = round(total - tds, 2)
    way = (
        "cheque"
        if status != "success"
        else ["netbanking", "cheque", "UPI", "", "netbanking", "cash", "", "UPI"][k]
    )
    label = (
        "Cheque amount"
        if way == "cheque" and status != "success"
        else ("Net amount received" if tds else "Amount received")
    )
    p.pair(label, rs(net), amount=net)
    p.add("small", words_in_rupees(net))
    if way == "netbanking":
        p.pair("Mode", "NEFT", method="netbanking")
        if k != 5:
            ref = neft_utr(rng.choice(["HDFC", "MAHB", "ICIC"]), rng, date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "UPI":
        p.pair("Mode", "UPI", method="UPI")
        ref = utr(rng, date)
        p.pair("UPI Ref No.", ref, txn=(UTR_RANK, ref))
    elif way == "cash":
        p.pair("Mode", "Cash", method="cash")
    else:
        p.pair("Mode", "Cheque", method="cheque")
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}")
        p.pair("Drawn on", rng.choice(BANKS))
    p.add(
        "center",
        word(
            status,
            rng,
            ["RENT RECEIVED", "PAID"],
            ["CHEQUE RETURNED - INSUFFICIENT FUNDS"],
            ["CHEQUE RECEIVED - SUBJECT TO CLEARANCE"],
        ),
        status=status,
    )
    p.part = "foot"
    p.pair("Signature", "Revenue stamp affixed" if net >= 5000 and not company else "Authorised signatory")
    return p.done()


# ---------------------------------------------------------------- 12. GST, TDS and profession tax


def tax_challan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The franchise's tax payments in a browser: the GST portal's payment receipt (GSTIN, Legal name (the payer),
    CPIN, CIN, BRN, Tax period (no day), CGST / SGST / IGST rows, Total challan amount, Mode net banking / NEFT,
    Date of deposit / Payment date), the income-tax e-Pay tax page for TDS (TAN, Assessment Year, Nature of payment
    194C / 194H / 194-I, CRN, CIN / BSR code (no id), Amount (in Rs.), Payment date) and MahaGST's profession tax
    (PTRC) receipt (GRN, Bank CIN, Amount); no payee on any (heldout137, heldout144); Payment successful / Paid /
    Payment failed / Awaiting credit from RBI - NEFT."""
    k = place("tax_challan")
    status = outcome(k, failed=(4,), pending=(1,))
    kind = ["gst", "gst", "tds", "ptrc", "tds", "gst", "tds", "ptrc"][k]
    date = day26(rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    way = "neft" if status == "pending" else "netbanking"
    if kind == "gst":
        p = browser_page(rng, font, "payment.gst.gov.in/payment/receipt")
        p.add("title", "Goods and Services Tax")
        p.add("center", "Payment Receipt")
        p.pair("GSTIN", GSTIN)
        wrap_pair(p, "Legal name", FIRM)
        if k != 5:
            cpin = f"26{date:%m}27{digits(rng, 10)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
            if status == "success":
                cin = f"{rng.choice(['HDFC', 'MAHB', 'ICIC'])}26{date:%m}27{digits(rng, 8)}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
                brn = digits(rng, 12)
                p.pair("BRN", brn, txn=(BANK_RANK, brn))
        p.pair("Tax period", f"{other(rng, date, -40, -10):%B %Y}")
        cg = rupees(rng, 8000, 40000, 0.9)
        ig = rupees(rng, 0, 15000, 0.9) if rng.random() < 0.5 else 0.0
        p.pair("CGST (Tax)", rs(cg))
        p.pair("SGST (Tax)", rs(cg))
        if ig:
            p.pair("IGST (Tax)", rs(ig))
        total = round(2 * cg + ig, 2)
        p.pair(rng.choice(["Total challan amount", "Total amount"]), rs(total), amount=total)
        p.pair("Mode", "NEFT/RTGS" if way == "neft" else "E-Payment (Net banking)", method="netbanking")
        if k != 0:
            p.pair(
                rng.choice(["Date of deposit", "Payment date"]) if status == "success" else "Initiated on",
                day(rng, date, ["%d/%m/%Y", "%d-%m-%Y"]),
                date=date,
            )
    elif kind == "tds":
        p = browser_page(rng, font, "eportal.incometax.gov.in/iec/foservices/#/e-pay-tax")
        p.add("title", "e-Pay Tax - Payment Receipt")
        p.add("small", "Income Tax Department, Government of India")
        p.pair("TAN", f"NSKJ{digits(rng, 5)}{rng.choice(UPPER)}")
        wrap_pair(p, "Name", FIRM)
        p.pair("Assessment Year", "2027-28")
        p.pair("Nature of payment", rng.choice(["194C", "194H", "194-I"]))
        crn = f"26{date:%m}{digits(rng, 10)}"
        p.pair("CRN", crn, txn=(INVOICE_RANK, crn))
        if status == "success":
            cin = f"{digits(rng, 7)}{date:%d%m%y}{digits(rng, 5)}"
            p.pair("CIN", cin, txn=(TXN_RANK, cin))
            p.pair("BSR Code", digits(rng, 7))
        amount = float(rng.randrange(20, 600) * 10)
        p.pair("Amount (in Rs.)", rs(amount), amount=amount)
        p.pair(
            "Mode of payment",
            rng.choice(["Net Banking", "Net Banking (Bank of Maharashtra)"]),
            method="netbanking",
        )
        label = "Payment date" if status == "success" else "Failed on"
        p.pair(label, day(rng, date, ["%d-%b-%Y", "{d} %B %Y", "%d/%m/%Y"]), date=date)
    else:
        p = browser_page(rng, font, "mahagst.gov.in/en/ptrc-payment")
        p.add("title", "MahaGST - Profession Tax (PTRC)")
        p.add("center", "e-Payment receipt")
        p.pair("PTRC No.", f"27{digits(rng, 9)}P")
        wrap_pair(p, "Name of dealer", FIRM)
        p.pair("Period", f"{other(rng, date, -60, -20):%b %Y}")
        staff = rng.randint(6, 11)
        amount = float(staff * 200)
        p.pair(f"Tax ({staff} employees x 200)", rs(amount))
        p.pair("Amount", rs(amount), amount=amount)
        grn = f"MH{digits(rng, 12)}{date:%Y}{rng.choice(['M', 'E'])}"
        p.pair("GRN", grn, txn=(TXN_RANK, grn))
        if status == "success":
            bcin = f"{digits(rng, 7)}{date:%Y%m%d}{digits(rng, 5)}"
            p.pair("Bank CIN", bcin, txn=(BANK_RANK, bcin))
        p.pair("Payment mode", "Net banking", method="netbanking")
        p.pair("Payment date", day(rng, date, ["%d/%m/%Y", "%d-%m-%Y"]), date=date)
    p.add(
        "center",
        word(
            status,
            rng,
            ["Payment successful", "Paid"],
            ["Payment failed"],
            ["Awaiting credit from RBI - NEFT"],
        ),
        status=status,
    )
    return p.done()


compose = compose158

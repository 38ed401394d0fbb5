"""The twelve heldout185 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a private inter-state sleeper bus operator's day in 2026 (Kaveri Nightrider Travels
Pvt Ltd, its head office at Hubballi and its depot at Pune), told by the proofs of payment it receives and makes:
booking platforms' weekly settlement advices, passengers' and charter groups' UPI and payment links, the operator's
own deposit receipts to its ticket agents, corporate net-banking payments to the diesel dealer, tyre retreaders,
linen laundries and body builders, FASTag toll alerts and tag recharges, Vahan's check post tax, road tax and permit
receipts, the workshops' and the diesel dealer's bills with the payment block, crew trip settlements and payouts,
wires for imported bus parts and software and from foreign tour operators chartering coaches, the crews' card and
fleet card slips on the highway, the depots' power, broadband and crew phones through Bharat Connect and the bank's
SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read
back from the rows the page keeps. Headings, footers, settlement cycles, commission, GST, TDS, TCS and refund lines,
operator and agent codes, PNRs, seat and berth numbers, vehicle, chassis, permit and trip sheet numbers, odometer
readings, job cards, indents, wallet balances, tax validity days, check posts, GSTIN, IFSC, BIC, IBAN, UETR, consumer
numbers, MID, TID, batch and the payer's own details carry no fact. ``Job``, ``date_row``, ``neft_ref``,
``letterhead`` and ``gst_lines`` are heldout167's; ``compose`` is heldout158's.
"""

from __future__ import annotations

import datetime as dt
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

COMPANY = "Kaveri Nightrider Travels Pvt Ltd"
COMPANY_CAPS = "KAVERI NIGHTRIDER TRAVELS PVT LTD"
SHORT = "Kaveri Nightrider"
# office, address, GST state code
UNITS = [
    ("Hubballi head office", "Plot 12, Gokul Road, Hubballi - 580030, Karnataka", "29"),
    ("Pune depot", "Survey 41, Katraj-Dehu Road bypass, Pune - 411046, Maharashtra", "27"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
BANKS = [
    "HDFC Bank",
    "Karnataka Bank",
    "Canara Bank",
    "ICICI Bank",
    "Federal Bank",
    "State Bank of India",
    "Union Bank of India",
    "Axis Bank",
]
IFSC = {
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "State Bank of India": "SBIN",
    "Axis Bank": "UTIB",
    "Karnataka Bank": "KARB",
    "Canara Bank": "CNRB",
    "Federal Bank": "FDRL",
    "Union Bank of India": "UBIN",
    "Kotak Mahindra Bank": "KKBK",
}
ROUTES = [
    "Bengaluru - Pune",
    "Hubballi - Bengaluru",
    "Bengaluru - Panaji",
    "Hyderabad - Goa",
    "Pune - Belagavi - Hubballi",
    "Mangaluru - Hyderabad",
]
BUSES = ["KA25 AF 4417", "KA25 AG 0912", "KA01 AM 7730", "MH12 UX 5521", "KA25 AH 2086", "KA22 D 6614"]


def operator_name(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The operator as the other party (Customer / Bill to / Fleet owner: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, f"M/s {SHORT} Travels"]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS reference."""
    if j.no_day and way in ("NEFT", "RTGS"):
        return f"{IFSC.get(bank, 'SBIN')}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{IFSC.get(bank, 'SBIN')}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    return neft_ref(
        rng, j, bank if bank in IFSC and IFSC[bank] in ("HDFC", "ICIC", "SBIN", "UTIB") else "SBIN"
    )


def bus_no(rng: random.Random) -> str:
    return rng.choice(BUSES)


# ---------------------------------------------------------------- 1. booking platforms' settlement advices


PLATFORMS = [
    ("redBus", "redBus Operator Settlements", "settlements@redbus.in", "operator.redbus.in"),
    ("AbhiBus", "AbhiBus - Operator Accounts", "opaccounts@abhibus.com", "partners.abhibus.com"),
    (
        "MakeMyTrip",
        "MakeMyTrip (India) Pvt Ltd - Bus Supply",
        "bussupply@makemytrip.com",
        "supply.makemytrip.com",
    ),
    ("ixigo", "ixigo Bus - Partner Payments", "buspartners@ixigo.com", "buspartner.ixigo.com"),
    ("Paytm Travel", "Paytm Travel - Bus Partners", "travelpayouts@paytm.com", "buspartner.paytm.com"),
    ("Goibibo", "Goibibo Bus - Operator Payouts", "opspayouts@goibibo.com", "bus.goibibo.com"),
]
PLATFORM_FRAMES = ["mail", "portal", "mail", "portal", "mail", "mail", "portal", "portal"]


def platform_settlements(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A booking platform's weekly settlement to the operator for the seats it sold: the platform's settlement advice
    e-mail and its operator dashboard page (the platform on top, Operator / Travels name / Settled to / Payee
    operator the operator, Operator ID, the settlement cycle (journeys of a week), Seats sold and the Gross fare
    collected, Less: Platform commission @ 10% / 12%, Less: GST on commission @ 18%, Less: Refunds on cancellations,
    Less: TDS u/s 194-O @ 0.1%, Net settlement amount / Amount credited / Net payable to operator, Mode NEFT / RTGS /
    IMPS, UTR / Bank UTR, Settlement ID / Payout ref, Settlement date / Credited on / Paid out on / Scheduled for /
    Returned on; Settled / Status: Credited / Settlement withheld - operator GST invoice awaited / Transfer bounced -
    beneficiary account dormant)."""
    k = place("platform_settlements")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1, low=60000, high=1400000)
    brand, desk, mail, host = PLATFORMS[k % len(PLATFORMS)]
    frame = PLATFORM_FRAMES[k]
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{desk.split(' - ')[0]} <{mail}>",
            ["Weekly settlement advice", f"Settlement processed for {SHORT}", "Your bus payout summary"],
        )
    else:
        p = browser_page(rng, font, f"{host}/finance/settlements/{digits(rng, 7)}")
    p.part = "head"
    top(p, brand)
    p.add("small", desk)
    p.add("center", rng.choice(["SETTLEMENT ADVICE", "Operator payout statement", "Settlement summary"]))
    p.add("rule")
    p.part = "body"
    payee = operator_name(rng)
    wrap_pair(
        p, rng.choice(["Operator", "Travels name", "Settled to", "Payee operator"]), payee, merchant=payee
    )
    p.pair(rng.choice(["Operator ID", "Partner code"]), f"{rng.choice(['OP', 'BO', 'TRV'])}{digits(rng, 6)}")
    if not j.no_day:
        start = j.date - dt.timedelta(days=rng.randrange(9, 13))
        p.pair("Journeys", f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=6), '%d %b')}")
    seats = rng.randrange(120, 900)
    p.pair("Seats sold", f"{seats:,}")
    rate = rng.choice([10, 12])
    gross = round(j.amount / (1 - rate / 100 * 1.18 - 0.001) * rng.uniform(1.02, 1.08), 2)
    comm = round(gross * rate / 100, 2)
    gst = round(comm * 0.18, 2)
    tds = round(gross * 0.001, 2)
    refunds = round(gross - comm - gst - tds - j.amount, 2)
    p.pair(rng.choice(["Gross fare collected", "Ticket sales (gross)"]), rs(gross))
    p.pair(f"Less: Platform commission @ {rate}%", rs(comm))
    p.pair("Less: GST on commission @ 18%", rs(gst))
    p.pair(rng.choice(["Less: Refunds on cancellations", "Less: Cancellation refunds"]), rs(refunds))
    p.pair("Less: TDS u/s 194-O @ 0.1%", rs(tds))
    p.pair(
        rng.choice(["Net settlement amount", "Amount credited", "Net payable to operator"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "IMPS"])
    if way == "IMPS" and j.amount > 500000:
        way = "NEFT"
    p.pair(rng.choice(["Mode", "Transfer mode"]), way, method="netbanking")
    bank = rng.choice(BANKS)
    wrap_pair(p, "Bank account", f"{bank} XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR", "Bank UTR"]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        sid = f"{rng.choice(['STL', 'SET', 'PO'])}{j.date:%y%m}{digits(rng, 7)}"
        p.pair(rng.choice(["Settlement ID", "Payout ref"]), sid, txn=(TXN_RANK, sid))
    outcome_row(
        p,
        status,
        {
            "success": ["Settled", "Status: Credited"],
            "pending": ["Settlement withheld - operator GST invoice awaited"],
            "failed": ["Transfer bounced - beneficiary account dormant"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Settlement date", "Credited on", "Paid out on"],
            "pending": ["Scheduled for"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Raise disputes on this cycle within 7 days from the operator dashboard.")
    return p.done()


# ---------------------------------------------------------------- 2. passengers' and charter groups' UPI and links


TRAVEL_APPS = ["PhonePe", "Google Pay", "Razorpay", "Paytm", "BHIM", "CRED", "PayU", "Amazon Pay"]
PASSENGERS = [
    "Shreyas Kulkarni",
    "Ayesha Banu",
    "Infinite Weddings & Events",
    "Prakash Hiremath",
    "Deepa Nair",
    "Rahul Patil",
    "St. Aloysius College NSS Unit",
    "Vinay Shetty",
]
TRAVEL_NOTES = [
    "Sleeper L4 L5 Bengaluru-Pune",
    "Upper berth U9 Hubballi-Goa",
    "Charter advance - wedding party",
    "2 seats Hyderabad-Goa",
    "Balance for college tour bus",
    "Berths U1 U2 Pune-Hubballi",
]


def passenger_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Passengers at the booking counter and groups chartering a coach paying the operator: six UPI app screens
    (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay: the operator under Paid to / To / Sent to / Transferred to
    (Paying to on a failure or a wait), its UPI ID, the sum large, a note with berths and route, UPI transaction ID /
    UPI Ref No. / UTR, the app's own Transaction ID on some, Debited from / From, Date & time / Paid on / Completed)
    and the operator's payment links (Razorpay, PayU: the operator on top, Booked by / Paid by the passenger or group,
    Booking ref / PNR, Payment ID pay_... / PayU ID, UPI RRN / Bank reference or Auth code for a card, Paid on)."""
    k = place("passenger_upi")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=850, high=85000, p_round=0.8)
    app = TRAVEL_APPS[k]
    rs = money(rng, font, 0.7)
    pnr = f"{rng.choice(['KNT', 'KN', 'NR'])}{code(rng, 6, ALNUM)}"
    note = rng.choice(TRAVEL_NOTES)
    if not any(w in note for w in ("Charter", "tour")):
        j.amount = rupees(rng, 850, 6500, 0.6)
    if app in ("Razorpay", "PayU"):
        to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
        url = (
            f"pages.razorpay.com/kaveri-{code(rng, 5, 'abcdefghjkmnpqrstuvwxyz')}"
            if app == "Razorpay"
            else f"u.payu.in/{code(rng, 8, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["AC sleeper coaches | Karnataka - Maharashtra - Goa", "Seat and charter booking"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Thank you! We have received your payment"],
                "failed": ["Payment could not be completed"],
                "pending": ["Payment is being confirmed by your bank"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Booked by", "Paid by"]), PASSENGERS[k])
        p.pair(rng.choice(["Booking ref", "PNR"]), pnr)
        wrap_pair(p, "For", note)
        way = "UPI" if rng.random() < 0.55 else "card"
        p.pair(
            rng.choice(["Paid using", "Payment method"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {rng.choice(['debit', 'credit'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            pid = (
                f"pay_{code(rng, 14, ALNUM + 'abcdefghjkmnpqrstuvwxyz')}"
                if app == "Razorpay"
                else digits(rng, 11)
            )
            p.pair("Payment ID" if app == "Razorpay" else "PayU ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "Bank reference"]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by PayU")
        return p.done()
    to = rng.choice([COMPANY, SHORT, "KAVERI NIGHTRIDER TRAVELS"])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Transfer complete"],
            "failed": ["Payment Failed", "Transaction declined"],
            "pending": ["Payment Pending", "Processing - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add(
        "small",
        rng.choice(
            ["Paid to", "To", "Sent to", "Transferred to"] if status == "success" else ["To", "Paying to"]
        ),
    )
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: kaveri{rng.choice(['travels', '.nightrider', 'knt'])}@{rng.choice(['okhdfcbank', 'ybl', 'kbl'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), note)
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay", "CRED") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}",
                "CRED": f"{code(rng, 3, UPPER)}{digits(rng, 15)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS[:6])} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. the operator's deposit receipts to its agents


AGENTS = [
    ("Sri Sai Tours & Travels", "Gadag"),
    ("Mahalakshmi Bus Booking Centre", "Dharwad"),
    ("Royal Holidays", "Belagavi"),
    ("Ganesh Travels Agency", "Haveri"),
    ("Sairam Ticket Counter", "Kolhapur"),
    ("Green Valley Tours", "Davangere"),
    ("New Bharat Travels", "Karad"),
    ("Manjunatha Agencies", "Ranebennur"),
]


def agent_deposits(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The operator's own AGENT DEPOSIT RECEIPT / TOP-UP RECEIPT / COLLECTION RECEIPT to a ticket agent funding its
    booking wallet (paper: the operator on top with its AITP operator line, Deposit receipt No. / Receipt No. / No.,
    Date / Dated, Received from M/s the agent, Agent code, Counter, Wallet balance before, Deposit received / Cash
    received / Cheque received / Received by UPI / Amount received, Wallet balance after credit, Cheque No. and bank,
    UPI Ref No., UTR; CREDITED TO AGENT WALLET / RECEIVED WITH THANKS / CHEQUE RECEIVED - WALLET CREDIT ON
    REALISATION / CHEQUE DISHONOURED - CREDIT REVERSED, the rubber stamp) and its accounts desk's receipt e-mail."""
    k = place("agent_deposits")
    status = outcome(k, failed=(1,), pending=(7,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=10000, high=300000)
    unit = UNITS[j.unit]
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "INR", ""))
    me = operator_name(rng)
    agent, town = AGENTS[k]
    if k in (2, 5):
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <agents@kaverinightrider.in>",
            ["Deposit received - wallet topped up", "Receipt for your agent deposit"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"{unit[0]}  |  Agent accounts")
        p.add("center", "Deposit receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            "AC sleeper coaches | All India Tourist Permit operator",
            unit[1],
            unit[2],
            ["AGENT DEPOSIT RECEIPT", "TOP-UP RECEIPT", "COLLECTION RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['ADR', 'KNT-D', 'TR'])}/{rng.randrange(10, 9999):04d}"
        p.pair(rng.choice(["Deposit receipt No.", "Receipt No.", "No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated"], PATS_IN)
    wrap_pair(p, "Received from", f"M/s {agent}, {town}")
    p.pair(rng.choice(["Agent code", "Sub-agent ID"]), f"AG-{rng.randrange(1000, 9999)}")
    way = "cheque" if status != "success" else ["UPI", "-", "NEFT", "cash", "UPI", "NEFT", "cash", "-"][k]
    if way == "-":
        way = rng.choice(["NEFT", "UPI"])
    if way in ("UPI", "cash") and j.amount > 95000:
        j.amount = rupees(rng, 5000, 95000, 0.7)
    before = rupees(rng, 200, 9000, 0.2)
    p.pair(rng.choice(["Wallet balance before", "Opening wallet balance"]), rs(before))
    lab = {
        "cash": "Cash received",
        "UPI": "Received by UPI",
        "cheque": "Cheque received",
        "NEFT": rng.choice(["Deposit received", "Amount received"]),
    }[way]
    p.pair(
        lab if status != "failed" else "Cheque amount",
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    if status == "success":
        p.pair("Wallet balance after credit", rs(before + j.amount))
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT" and not j.no_ref:
        ref = neft_ref(rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank"]))
        p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["CREDITED TO AGENT WALLET", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE RECEIVED - WALLET CREDIT ON REALISATION",
        "failed": "CHEQUE DISHONOURED - CREDIT REVERSED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    if k not in (2, 5):
        right(p, f"For {SHORT}")
        p.add("gap")
        seal(p, SHORT.upper(), "AGENT ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. net-banking payments to vendors


PORTALS = [
    ("HDFC Bank", "enet.hdfcbank.com", "ENet"),
    ("Karnataka Bank", "corporate.karnatakabank.com", "KBL Corporate Net Banking"),
    ("ICICI Bank", "cib.icicibank.com", "ICICI Bank CIB"),
    ("Canara Bank", "canarabank.bank.in/corporate", "Canara Corporate Internet Banking"),
    ("Federal Bank", "fedcorp.federalbank.co.in", "FedCorp"),
    ("Union Bank of India", "corporate.unionbankofindia.co.in", "Union Bank Corporate NetBanking"),
]
VENDORS = [
    ("SRI BASAVESHWARA FUEL POINT", "DIESEL-HBL", "Diesel credit bill - fortnight 1"),
    ("Deccan Retreads", "RETREAD", "Retreading 6 tyres - 295/80 R22.5"),
    ("Shree Laxmi Linen Laundry", "LINEN BLR", "Blanket and linen washing - 1,840 sets"),
    ("Prakash Coach Builders", "BODY-PCB", "Sleeper berth refurbishing - 2 coaches"),
    ("Coolair Bus AC Services", "AC-SERV", "Roof AC gas charging and service"),
    ("SPARKLE BUS WASH & DETAILING", "WASH-PNQ", "Monthly washing contract - Pune depot"),
    ("Trackon GPS Solutions", "GPS AMC", "VLTD and panic button AMC - 24 buses"),
    ("Vijay Auto Electricals", "ELEC", "Alternator and wiring work"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The operator paying its vendors from corporate net banking: the bank's payment page (ENet, KBL Corporate, ICICI
    CIB, Canara, FedCorp, Union Bank: the portal on top, Beneficiary / Pay to / Payee name the vendor, Beneficiary
    nickname, A/c and IFSC, Debit account the operator, Amount / Payment amount / Amount (INR), Charges, Transfer type
    NEFT / RTGS / IMPS, UTR / RRN, Host reference / Bank reference No., Purpose, Maker / Checker, Transaction date /
    Initiated on / Failed on; Transaction completed / Status: Credited to beneficiary / Awaiting authoriser approval /
    Failed - beneficiary bank offline, amount reversed) and the bank's beneficiary credit advice e-mail."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=15000, high=1800000)
    bank, host, brand = PORTALS[k % len(PORTALS)]
    to, nick, purpose = VENDORS[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "INR", "Rs.", ""))
    way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    if k in (2, 7):
        p = mail_page(
            rng,
            font,
            f"{bank} <payment.advice@{bank.split()[0].lower()}bank.in>",
            ["Beneficiary credit advice", f"Payment to {to.title()[:22]}"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Beneficiary Credit Advice")
    else:
        p = browser_page(rng, font, f"{host}/txn/view/{digits(rng, 9)}")
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
            "success": ["Transaction completed", "Status: Credited to beneficiary"],
            "pending": ["Awaiting authoriser approval"],
            "failed": ["Failed - beneficiary bank offline, amount reversed"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary", "Pay to", "Payee name"]), to, merchant=to)
    p.pair("Beneficiary nickname", nick)
    tb = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[tb]}0{digits(rng, 6)}")
    wrap_pair(p, rng.choice(["Debit account", "From account"]), f"{COMPANY_CAPS[:17]} - XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount", "Payment amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
    p.pair("Charges (incl. GST)", rs(rng.choice([2.95, 5.9, 17.7, 29.5])))
    p.pair(rng.choice(["Transfer type", "Payment type"]), way, method="netbanking")
    if not j.no_ref:
        if status == "success" or (status == "failed" and way == "IMPS"):
            ref = bank_ref(rng, j, bank, way)
            p.pair({"IMPS": "RRN", "NEFT": "UTR", "RTGS": "UTR No."}[way], ref, txn=(UTR_RANK, ref))
        tref = f"{rng.choice(['HR', 'CIB', 'TX'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Host reference", "Bank reference No."]), tref, txn=(BANK_RANK, tref))
    wrap_pair(p, "Purpose", purpose)
    p.pair("Maker / Checker", rng.choice(["ACCTS.KNT / MD.KNT", "RHEGDE / SKAVERI"]))
    date_row(
        p,
        j,
        {"success": ["Transaction date", "Value date"], "pending": ["Initiated on"], "failed": ["Failed on"]}[
            status
        ],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 5. FASTag tolls and tag recharges


PLAZAS = [
    "HIREBAGEWADI TOLL PLAZA",
    "KOGNOLI TOLL PLAZA",
    "TASWADE TOLL PLAZA",
    "KHED SHIVAPUR TOLL PLAZA",
    "CHALLAKERE TOLL PLAZA",
    "NELAMANGALA TOLL PLAZA",
    "ANEWADI TOLL PLAZA",
    "GUNDUGOLANU TOLL PLAZA",
]
ISSUERS = ["IDFC FIRST Bank FASTag", "ICICI Bank FASTag", "Axis Bank FASTag", "HDFC Bank FASTag"]


def fastag_tolls(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The coaches' tolls and FASTag top-ups: toll deduction SMS from the tag's issuer ("Rs.<fee> debited from FASTag
    wallet linked to <bus> at <PLAZA> on <day> <time>. Txn Id <id>. Avl Bal Rs.<n>", a declined one for low
    balance), the My FASTag app's transaction page (Toll plaza, Vehicle class BUS 3 AXLE, Lane, Amount deducted,
    Txn ID, Reader time) and the fleet's recharges (Bharat Connect in business banking: Biller / FASTag issuer, Vehicle
    No. / Wallet ID, the sum large, Paid from Current A/c or UPI, B-Connect Txn ID, UPI Ref No., Paid on; the
    issuer's fleet portal: the issuer on top, Recharge amount, Bank Ref No., Recharged on; Recharge successful /
    Recharge in process - wallet credit awaited)."""
    k = place("fastag_tolls")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=260, high=1450, p_round=0.9)
    issuer = ISSUERS[k % len(ISSUERS)]
    bus = bus_no(rng).replace(" ", "")
    if k in (2, 5, 7):
        j.amount = float(rng.choice([5000, 10000, 15000, 20000, 25000, 40000]))
        rs = money(rng, font, 0.9)
        if k == 5:
            host = {"IDFC": "fastag.idfcfirstbank.com", "ICICI": "fleet.icicibank.com"}.get(
                issuer.split()[0], "etc.axisbank.co.in"
            )
            p = browser_page(rng, font, f"{host}/fleet/recharge/{digits(rng, 8)}")
            p.part = "head"
            top(p, issuer, merchant=issuer)
            p.add("small", "Fleet portal - Wallet recharge")
            p.add("rule")
            p.part = "body"
            outcome_row(
                p,
                status,
                {"success": ["Recharge successful", "Wallet credited"], "pending": [], "failed": []},
            )
            wrap_pair(p, "Fleet owner", rng.choice([COMPANY_CAPS, COMPANY]))
            p.pair("Wallet ID", f"{digits(rng, 10)}")
            p.pair("Tags in fleet", str(rng.randrange(18, 32)))
            p.pair("Recharge amount", rs(j.amount), amount=j.amount)
            p.pair("Payment mode", "Net banking", method="netbanking")
            if not j.no_ref:
                bref = f"{rng.choice(['IB', 'NB', 'FT'])}{digits(rng, 11)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            date_row(p, j, ["Recharged on", "Date"], hour=True)
            p.part = "foot"
            p.add("small", "Wallet balance is shared across all tags of the fleet.")
            return p.done()
        app = "HDFC Bank SmartBiz" if k == 2 else "Karnataka Bank KBL Mobile Plus"
        p = phone_page(rng, font, k, ["", "Bill payment", "FASTag recharge"])
        p.part = "head"
        p.add("title", app)
        p.add("small", "Bharat Connect")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Recharge successful", "Payment successful"],
                "pending": ["Recharge in process - wallet credit awaited"],
                "failed": [],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Biller", "FASTag issuer"]), issuer, merchant=issuer)
        p.pair(rng.choice(["Vehicle No.", "Vehicle registration No."]), bus)
        wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
        way = rng.choice(["Current A/c", "UPI"])
        p.pair(
            "Paid from",
            f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:4])}",
            method="netbanking" if way == "Current A/c" else "UPI",
        )
        if not j.no_ref:
            bc = f"CC0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair("B-Connect Txn ID", bc, txn=(BANK_RANK, bc))
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Paid on", "Date & time"], hour=True)
        p.part = "foot"
        p.add("small", "Bharat Connect | NPCI Bharat BillPay")
        return p.done()
    plaza = PLAZAS[k]
    tid = f"{digits(rng, 10)}{rng.randrange(10, 99)}"
    if k in (1, 6):
        p = phone_page(rng, font, k, ["Transaction details", "Toll transaction"])
        p.part = "head"
        p.add("title", "My FASTag")
        p.add("small", issuer)
        p.part = "body"
        outcome_row(p, status, {"success": ["Toll paid", "Debited from tag"], "pending": [], "failed": []})
        p.add("big", f"Rs.{j.amount:,.2f}" if rng.random() < 0.5 else f"INR {j.amount:.2f}", amount=j.amount)
        wrap_pair(p, "Toll plaza", plaza, merchant=plaza)
        p.pair("Vehicle", bus)
        p.pair("Vehicle class", rng.choice(["BUS 3 AXLE", "BUS/TRUCK 2 AXLE", "VC 7 - BUS"]))
        p.pair("Lane", f"{rng.choice(['L', 'LN'])}{rng.randrange(1, 14):02d}", method="wallet")
        if not j.no_ref:
            p.pair("Txn ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Reader time", "Toll time"], hour=True)
        p.pair("Tag balance", f"Rs.{rupees(rng, 300, 9000, 0.1):,.2f}")
        p.part = "foot"
        p.add("small", "Raise a dispute within 30 days of the toll.")
        return p.done()
    sender = {
        "IDFC FIRST Bank FASTag": "VM-IDFCFT",
        "ICICI Bank FASTag": "JD-ICICIF",
        "Axis Bank FASTag": "AX-AXISFT",
        "HDFC Bank FASTag": "VK-HDFCFT",
    }[issuer]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    day = (
        "" if j.no_day else f" on {j.day(rng, ['%d-%m-%Y', '%d/%m/%y', '%d%b%y'])} {hhmm(rng, twelve=False)}"
    )
    fee = f"Rs.{j.amount:,.2f}" if rng.random() < 0.6 else f"INR {j.amount:.2f}"
    if status == "success":
        p.add("left", f"{fee} debited from FASTag wallet", amount=j.amount, method="wallet")
        p.add("left", f"linked to {bus} at", status="success")
    else:
        p.add("left", f"Toll of {fee} for {bus}", amount=j.amount, method="wallet")
        p.add("left", "declined due to low balance at", status="failed")
    p.add("left", f"{plaza}{day}.", merchant=plaza)
    if not j.no_ref:
        p.add("left", f"Txn Id {tid}.", txn=(TXN_RANK, tid))
    if status == "success":
        p.add("left", f"Avl Bal Rs.{rupees(rng, 200, 12000, 0.1):,.2f}")
    else:
        p.add("left", "Recharge now to avoid paying double toll.")
    p.add("small", f"-{issuer.replace(' FASTag', '')}")
    return p.done()


# ---------------------------------------------------------------- 6. Vahan's check post tax, road tax and permits


STATES = [
    ("Maharashtra", "Kagal Check Post"),
    ("Goa", "Pollem Check Post"),
    ("Telangana", "Zaheerabad Check Post"),
    ("Maharashtra", "Dhule Check Post"),
    ("Karnataka", "RTO Hubballi"),
    ("Goa", "Dodamarg Check Post"),
    ("Andhra Pradesh", "Kurnool Check Post"),
    ("Karnataka", "RTO Hubballi"),
]


def road_taxes(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The state road taxes and permits the coaches pay on Vahan 4.0: the check post (border) tax for an AITP coach
    entering Maharashtra, Goa, Telangana or Andhra Pradesh (Parivahan Sewa / Vahan 4.0 on top, Check Post Tax -
    e-Receipt, State, Check post, Vehicle No., Chassis No. (last 5), Permit type AITP, Permit No., Berths / seats,
    Tax mode Weekly / Monthly, Tax from / Tax upto, Border tax, Service charge, Penalty, Total amount / Grand total /
    Amount paid) and the home state's quarterly motor vehicle tax and the permit authorisation on the same portal
    (Office RTO Hubballi, MV tax, Authorisation fee, Cess); Payment gateway SBI ePay / PayU, Transaction No., Bank Ref
    No., Receipt No. / GRN, Payment date / Receipt date / Initiated on / Attempted on; Payment successful / Tax paid /
    Bank status awaited - do not pay again / Transaction failed - amount not received by Vahan)."""
    k = place("road_taxes")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=2000, high=95000, p_round=1.0)
    state, post = STATES[k]
    home = state == "Karnataka"
    rs = money(rng, font, 0.9, marks=("\u20b9", "Rs.", "INR", "Rs"))
    p = browser_page(
        rng,
        font,
        f"{'checkpost' if not home else 'vahan'}.parivahan.gov.in/{rng.choice(['receipt', 'payment'])}/{digits(rng, 8)}",
    )
    p.part = "head"
    top(p, rng.choice(["Parivahan Sewa", "Vahan 4.0"]))
    p.add("small", "Ministry of Road Transport & Highways, Government of India")
    if home:
        p.add("center", "Permit authorisation - e-Receipt" if k == 7 else "Motor Vehicle Tax - e-Receipt")
    else:
        p.add("center", rng.choice(["Check Post Tax - e-Receipt", "Border Tax Payment Receipt"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Tax paid"],
            "pending": ["Bank status awaited - do not pay again"],
            "failed": ["Transaction failed - amount not received by Vahan"],
        },
    )
    p.pair("State", state)
    p.pair("Office" if home else "Check post", post)
    wrap_pair(p, "Owner name", rng.choice([COMPANY_CAPS, "KAVERI NIGHTRIDER TRAVELS P LTD"]))
    p.pair("Vehicle No.", bus_no(rng).replace(" ", ""))
    p.pair("Chassis No. (last 5)", digits(rng, 5))
    p.pair("Permit type", rng.choice(["AITP - tourist", "All India Tourist Permit"]))
    p.pair("Permit No.", f"AITP/KA25/{j.date.year}/{digits(rng, 5)}")
    p.pair("Berths / seats", rng.choice(["30 + 2", "36 + 2", "15 berths + 30 seats"]))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(1, 3))
        span = 6 if not home else 89
        p.pair("Tax mode", "Weekly" if not home else "Quarterly")
        p.pair("Tax from", when(start, "%d-%b-%Y"))
        p.pair("Tax upto", when(start + dt.timedelta(days=span), "%d-%b-%Y"))
    heads = (
        [("Authorisation fee", 0.8), ("Service charge", 0.05), ("Cess", 0.15)]
        if k == 7
        else [("Motor vehicle tax" if home else "Border tax", 0.93), ("Service charge", 0.02), ("Cess", 0.05)]
    )
    left = j.amount
    for i, (head, s) in enumerate(heads):
        v = left if i == len(heads) - 1 else float(round(j.amount * s))
        left -= v
        p.pair(head, rs(v))
    p.pair("Penalty", rs(0.0))
    p.pair(rng.choice(["Total amount", "Grand total", "Amount paid"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    p.pair(
        rng.choice(["Payment mode", "Mode"]),
        way,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    p.pair("Payment gateway", rng.choice(["SBI ePay", "PayU (Vahan)"]))
    if not j.no_ref:
        tno = f"{rng.choice(['KA', 'MH', 'GA'])}{j.date:%y%m%d}{digits(rng, 9)}"
        p.pair("Transaction No.", tno, txn=(TXN_RANK, tno))
        if status == "success":
            bref = f"{rng.choice(['IK', 'CPA', 'HDF'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{rng.choice(['KA', 'CP', 'MH'])}{digits(rng, 2)}{code(rng, 1, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["Receipt No.", "GRN"]), rno, txn=(INVOICE_RANK, rno))
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Receipt date"],
            "pending": ["Initiated on"],
            "failed": ["Attempted on"],
        }[status],
        hour=True,
    )
    p.part = "foot"
    p.add("small", "Carry a printout of this receipt in the vehicle. It may be verified at the check post.")
    return p.done()


# ---------------------------------------------------------------- 7. workshops' and the diesel dealer's bills


SHOPS = [
    (
        "Sri Renuka Auto Works",
        "Bus body and chassis repairs | Denting | Painting",
        "Gokul Road, Hubballi - 580030",
        "29",
    ),
    ("Deccan Retreads", "Precured tyre retreading | Tyre repairs", "Lakamanahalli, Dharwad - 580004", "29"),
    (
        "Coolair Bus AC Services",
        "Roof mount bus AC | Compressors | Gas charging",
        "Peenya 2nd Stage, Bengaluru - 560058",
        "29",
    ),
    (
        "Sai Diesel Injection Works",
        "FIP calibration | Injectors | Turbo",
        "Bhosari MIDC, Pune - 411026",
        "27",
    ),
    (
        "Sri Basaveshwara Fuel Point",
        "Dealer: Indian Oil Corporation Ltd",
        "NH 48, Tarihal, Hubballi - 580026",
        "29",
    ),
]
SHOP_LINES = {
    "Sri Renuka Auto Works": [
        ("Rear dicky door denting and paint", 8500, 16000),
        ("Side glass replaced", 3200, 6400),
        ("Labour - body work", 4000, 9000),
    ],
    "Deccan Retreads": [
        ("Retreading 295/80 R22.5 (per tyre)", 5200, 6900),
        ("Tube patch and valve", 250, 600),
    ],
    "Coolair Bus AC Services": [
        ("R134a gas charging (kg)", 1800, 2600),
        ("Compressor clutch assembly", 14000, 23000),
        ("Labour - AC service", 2500, 5000),
    ],
    "Sai Diesel Injection Works": [("Injector nozzle set (6)", 9000, 15000), ("FIP calibration", 4500, 7500)],
    "Sri Basaveshwara Fuel Point": [("HSD indent", 18000, 42000)],
}
SHOP_WAYS = ["RTGS", "NEFT", "-", "UPI", "cash", "IMPS", "NEFT", "-"]


def workshop_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A workshop's or the diesel dealer's bill the operator paid (paper: the firm on top with its line, address and
    GSTIN; JOB CARD CUM TAX INVOICE / TAX INVOICE - CREDIT / RETREADING INVOICE / FORTNIGHTLY CREDIT STATEMENT CUM
    RECEIPT; Invoice No. / Bill No. / Statement No., Invoice date / Date, Customer / Bill to / Fleet owner M/s the
    operator, Vehicle No., Job card No., KM reading, the lines (the dealer's indents with bus, litres and rate),
    Taxable value, GST, Invoice total / Statement total, Less: TDS u/s 194C @ 2% on labour, Received (net of TDS) /
    Amount received / Cheque received with its UTR / UPI Ref No. / IMPS Ref No. / Cheque No.; ACCOUNT SETTLED / PAID -
    THANK YOU / RECEIVED WITH THANKS / CHEQUE TAKEN FOR COLLECTION - SUBJECT TO REALISATION / CHEQUE BOUNCED - PAYMENT
    STILL DUE, in the firm's rubber stamp too)."""
    k = place("workshop_bills")
    status = outcome(k, failed=(0,), pending=(5,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    shop, line, addr, state = SHOPS[k % len(SHOPS)]
    name = shop.upper() if rng.random() < 0.3 else shop
    dealer = "Fuel" in shop
    p = paper_page(rng, font, [720, 760, 800])
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    kinds = (
        ["FORTNIGHTLY CREDIT STATEMENT CUM RECEIPT", "CREDIT STATEMENT - PAID"]
        if dealer
        else [
            "JOB CARD CUM TAX INVOICE",
            "TAX INVOICE - CREDIT",
            "RETREADING INVOICE" if "Retread" in shop else "TAX INVOICE",
        ]
    )
    letterhead(p, name, line, addr, state, kinds)
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in shop.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}"
        p.pair(
            rng.choice(["Statement No.", "Bill No."] if dealer else ["Invoice No.", "Bill No.", "Inv. No."]),
            inv,
            txn=(INVOICE_RANK, inv),
        )
    date_row(p, j, ["Invoice date", "Date", "Dated"] if not dealer else ["Date", "Statement date"], PATS_IN)
    ours_to(p, ["Customer", "Bill to", "Fleet owner"])
    rates = (12, 18)
    if dealer:
        taxable = 0.0
        for _ in range(rng.randrange(3, 6)):
            litres = round(rng.uniform(180, 420), 1)
            rate = round(rng.uniform(89.4, 92.8), 2)
            v = round(litres * rate, 2)
            taxable += v
            p.pair(f"Indent {rng.randrange(1000, 9999)}  {bus_no(rng)}  {litres} L", rs(v))
        total = float(round(taxable))
        if abs(total - taxable) >= 0.01:
            p.pair("Round off", f"{total - taxable:+.2f}")
        p.pair("Statement total", rs(total))
        labour = 0.0
    else:
        p.pair("Vehicle No.", bus_no(rng))
        p.pair(rng.choice(["Job card No.", "JC No."]), f"JC-{rng.randrange(100, 9999)}")
        p.pair("KM reading", f"{rng.randrange(180000, 940000):,}")
        taxable, labour = 0.0, 0.0
        for good, lo, hi in rng.sample(SHOP_LINES[shop], rng.randrange(1, len(SHOP_LINES[shop]) + 1)):
            qty = rng.randrange(2, 7) if "per tyre" in good or "kg" in good else 1
            rate = round(rng.uniform(lo, hi), 2)
            v = round(qty * rate, 2)
            taxable += v
            if good.startswith("Labour") or "calibration" in good or "Retreading" in good:
                labour += v
            p.pair(f"{good}  x {qty}" if qty > 1 else good, rs(v))
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, rng.choice(rates), state != "29")
        p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SHOP_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = rng.choice(["NEFT", "UPI"])
    if way in ("UPI", "cash") and total > 95000:
        way = "NEFT"
    tds = round(labour * 0.02, 2) if labour > 0 and way not in ("cash", "UPI") and total > 30000 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 2% on labour", rs(tds))
    j.amount = round(total - tds, 2)
    if way == "cheque":
        p.pair(
            "Cheque received" if status != "failed" else "Cheque amount",
            rs(j.amount),
            amount=j.amount,
            method="cheque",
        )
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS))
    else:
        lab = "Received (net of TDS)" if tds else rng.choice(["Amount received", "Received"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair(
            "Mode",
            {"cash": "Cash"}.get(way, way),
            method={"cash": "cash", "UPI": "UPI"}.get(way, "netbanking"),
        )
        if not j.no_ref:
            if way == "UPI":
                p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "IMPS":
                p.pair("IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            elif way != "cash":
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["ACCOUNT SETTLED", "PAID - THANK YOU", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE TAKEN FOR COLLECTION - SUBJECT TO REALISATION",
        "failed": "CHEQUE BOUNCED - PAYMENT STILL DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(shop.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 8. crew trip settlements and payouts


CREW = [
    "Basavaraj Hosamani",
    "Mallikarjun Kumbar",
    "Shivanand Pujar",
    "Irfan Mulla",
    "Ravi Naik",
    "Yallappa Talawar",
    "Santosh Jadhav",
    "Abdul Rehman Sheikh",
]
ROLES = ["Driver", "Co-driver", "Cleaner", "Driver", "Cabin attendant", "Driver", "Cleaner", "Co-driver"]


def crew_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The crews' trip bata and settlements: the operator's printed CREW TRIP SETTLEMENT VOUCHER / DRIVER BATA
    VOUCHER / CREW PAYMENT VOUCHER (the operator on top, Paid to / Crew member / Driver the crew member, Emp. code, DL
    No., Bus No., Trip sheet No., Trips x bata per trip, Night halt allowance, Less: Trip advance taken, Less: Diesel
    shortage recovery, Net paid / Amount handed over, Mode Cash / UPI / IMPS, Voucher No. / V. No., Date; Depot
    manager; PAID - RECEIVED BY CREW / PAID) and two payout pages (Cashfree Payouts: Beneficiary / Bene name, Transfer
    ID, UTR, Transfer successful / Transfer pending - awaiting beneficiary bank; the bank's salary upload row:
    Employee name, Amount, Rejected - invalid IFSC, Processed on)."""
    k = place("crew_payouts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=1200, high=48000, p_round=0.8)
    who = CREW[k]
    rs = money(rng, font, 0.8, marks=("Rs.", "\u20b9", "Rs", ""))
    if k in (1, 6):
        p = browser_page(rng, font, "merchant.cashfree.com/payouts/transfers")
        p.part = "head"
        top(p, "Cashfree Payouts")
        p.add("small", f"{COMPANY}  |  Crew settlements")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer successful", "SUCCESS"],
                "pending": ["Transfer pending - awaiting beneficiary bank"],
                "failed": [],
            },
        )
        wrap_pair(p, rng.choice(["Beneficiary", "Bene name"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Bene ID",
            f"CREW{rng.randrange(100, 999)}",
        )
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Transfer mode", way, method="netbanking" if way == "IMPS" else "UPI")
        if not j.no_ref:
            tid = f"TRIP{j.date:%m%d}{code(rng, 6, ALNUM)}"
            wrap_pair(p, "Transfer ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        wrap_pair(p, "Remarks", f"Trip bata - {rng.choice(ROUTES)}")
        date_row(p, j, ["Processed on", "Added on"], hour=True)
        p.part = "foot"
        p.add("small", "Cashfree Payments India Pvt Ltd")
        return p.done()
    if k == 4:
        bank = rng.choice(["HDFC Bank", "Karnataka Bank", "Canara Bank"])
        p = browser_page(rng, font, f"corporate.{bank.split()[0].lower()}bank.in/salary/{digits(rng, 8)}")
        p.part = "head"
        top(p, f"{bank} - Salary upload")
        p.add("small", f"File: CREWPAY_{code(rng, 4, ALNUM)}.xls  |  Record {rng.randrange(2, 40)}")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": [], "pending": [], "failed": ["Rejected - invalid IFSC"]})
        wrap_pair(p, "Employee name", who, merchant=who)
        p.pair("Employee A/c", f"XXXXXX{digits(rng, 4)}")
        p.pair("IFSC", f"{rng.choice(['KARB', 'CNRB', 'SBIN'])}0{digits(rng, 5)}")
        p.pair("Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment type", "NEFT", method="netbanking")
        if not j.no_ref:
            tid = f"SAL{digits(rng, 11)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Processed on", "Value date"], hour=True)
        p.part = "foot"
        p.add("small", "Rejected records may be corrected and uploaded again.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[j.unit]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        unit[0],
        unit[1],
        unit[2],
        ["CREW TRIP SETTLEMENT VOUCHER", "DRIVER BATA VOUCHER", "CREW PAYMENT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['CB', 'TS', 'CV'])}-{rng.randrange(10, 9999):04d}"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Dated"], PATS_IN)
    wrap_pair(p, rng.choice(["Paid to", "Crew member", ROLES[k]]), who, merchant=who)
    p.pair("Designation", ROLES[k])
    p.pair("Emp. code", f"KNT-{rng.randrange(100, 999)}")
    if ROLES[k].endswith("river"):
        p.pair("DL No.", f"KA25 {rng.randrange(2005, 2022)}{digits(rng, 7)}")
    p.pair("Bus No.", bus_no(rng))
    p.pair("Trip sheet No.", f"{rng.randrange(1000, 9999)}")
    trips = rng.randrange(3, 12)
    per = float(rng.choice([600, 750, 900, 1100, 1250]))
    bata = trips * per
    halt = float(rng.choice([0, 300, 500])) * rng.randrange(0, 4)
    gross = bata + halt
    if j.amount > gross * 0.95:
        j.amount = float(round(gross * rng.uniform(0.55, 0.9)))
    p.pair(f"Bata: {trips} trips x {per:,.0f}", rs(bata))
    if halt:
        p.pair("Night halt allowance", rs(halt))
    cut = round(gross - j.amount, 2)
    diesel = float(round(cut * rng.uniform(0.2, 0.5))) if rng.random() < 0.5 else 0.0
    p.pair("Less: Trip advance taken", rs(cut - diesel))
    if diesel:
        p.pair("Less: Diesel shortage recovery", rs(diesel))
    p.pair(rng.choice(["Net paid", "Amount handed over"]), rs(j.amount), amount=j.amount)
    way = "Cash" if k in (0, 5) else rng.choice(["UPI", "IMPS"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Depot manager", rng.choice(["Ramesh Hegde", "Sunil Kaveri", "Prashant Gokhale"]))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY CREW"]), status="success")
    p.part = "foot"
    p.add("small", f"Amount in words: {words_in_rupees(j.amount)}")
    right(p, "Signature of crew member")
    return p.done()


# ---------------------------------------------------------------- 9. wires out for parts and software, in for charters


ABROAD_OUT = [
    (
        "Kaltluft Klimasysteme GmbH",
        "Stuttgart, Germany",
        "EUR",
        "Commerzbank AG",
        "COBADEFF",
        "DE",
        "Roof AC compressors - 4 nos",
    ),
    (
        "Xiamen Sunroute Auto Parts Co Ltd",
        "Xiamen, China",
        "USD",
        "Bank of China, Xiamen Branch",
        "BKCHCNBJ730",
        "",
        "Sleeper berth frames and hinges",
    ),
    (
        "Routewise Software Ltd",
        "Reading, United Kingdom",
        "GBP",
        "Lloyds Bank plc",
        "LOYDGB2L",
        "GB",
        "Reservation software licence - annual",
    ),
    (
        "Marmara Seat Textiles AS",
        "Bursa, Turkiye",
        "EUR",
        "Turkiye Is Bankasi AS",
        "ISBKTRIS",
        "TR",
        "Berth curtain and upholstery fabric",
    ),
    (
        "Tracklite Telematics Pte Ltd",
        "Singapore",
        "USD",
        "DBS Bank Ltd",
        "DBSSSGSG",
        "",
        "GPS telematics subscription - 24 units",
    ),
]
ABROAD_IN = [
    ("Wanderlust Coach Holidays Ltd", "Leeds, United Kingdom", "GBP", "Barclays Bank UK plc"),
    ("Al Safar Travel & Tourism LLC", "Dubai, UAE", "USD", "Emirates NBD Bank PJSC"),
    ("Reisebuero Sonnenweg GmbH", "Munich, Germany", "EUR", "Stadtsparkasse Muenchen"),
]
FX_RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def forex_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Foreign currency wires: the operator paying makers and software houses abroad (the bank's outward remittance
    advice: the bank on top, Outward Remittance - Debit Advice, Payee abroad / Beneficiary / Beneficiary name the
    maker, Beneficiary bank and BIC, IBAN, Remitter the operator, Amount in FCY / Remittance amount in EUR, USD or GBP,
    Rate applied, INR equivalent, Commission and SWIFT charges, GST on currency conversion, Total debited (INR),
    Purpose code S0101 / S0803, Invoice No. of the maker, Our reference / Remittance ref No., UETR, Remittance date /
    Request date / Rejected on; Transfer effected - MT103 released / Awaiting Form A2 and invoice - not yet remitted /
    Rejected by intermediary bank - sanctions screening query) and foreign tour operators chartering coaches (the
    bank's inward remittance credit advice: Beneficiary / Beneficiary name the operator, Remitter / Ordering customer
    the tour operator, Remittance amount / Foreign currency amount, INR credited, Inward ref No., Value date / Received
    on; Credited to your account / Received - purpose code confirmation awaited)."""
    k = place("forex_wires")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0)
    inward = k in (1, 2, 7)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "Axis Bank", "Karnataka Bank", "Canara Bank"])
    if inward:
        firm, city, cur, fbank = ABROAD_IN[[1, 2, 7].index(k)]
    else:
        firm, city, cur, fbank, bic, iban, goods = ABROAD_OUT[[0, 3, 4, 5, 6].index(k)]
    j.amount = (
        round(rng.uniform(1200, 45000), 2) if rng.random() < 0.6 else float(rng.randrange(12, 450) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*FX_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    inr = round(j.amount * rate, 2)
    frame = ["mail", "browser", "paper"][k % 3]
    slug = bank.split()[0].lower()
    if frame == "browser":
        p = browser_page(rng, font, f"trade.{slug}bank.in/{'irm' if inward else 'orm'}/{code(rng, 8, ALNUM)}")
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.services@{slug}bank.in>",
            ["Inward remittance credited", "Foreign inward remittance advice"]
            if inward
            else ["Outward remittance - debit advice", "Your SWIFT transfer"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add("small", rng.choice(["Trade Finance Centre, Hubballi", "Forex Cell, Bengaluru"]))
    p.add(
        "center",
        rng.choice(["Inward Remittance - Credit Advice", "Foreign Inward Remittance Advice"])
        if inward
        else rng.choice(["Outward Remittance - Debit Advice", "Foreign outward remittance advice"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to your account"]
            if inward
            else ["Transfer effected - MT103 released", "Remittance processed - MT103 sent"],
            "pending": ["Received - purpose code confirmation awaited"]
            if inward
            else ["Awaiting Form A2 and invoice - not yet remitted"],
            "failed": ["Rejected by intermediary bank - sanctions screening query"],
        },
    )
    if inward:
        me = rng.choice([COMPANY, COMPANY_CAPS])
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), me, merchant=me)
        wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{firm}, {city}")
        wrap_pair(p, "Remitting bank", fbank)
        p.pair(
            rng.choice(["Remittance amount", "Foreign currency amount"]),
            show(j.amount),
            amount=j.amount,
            cur=cur,
        )
        p.pair("Rate applied", f"{rate} INR per {cur}")
        p.pair("INR credited", f"{inr:,.2f}")
        wrap_pair(p, "Purpose", "Charter hire of AC coaches - group tour")
        p.pair("Mode", "SWIFT MT103 credit", method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{j.date:%y}{digits(rng, 9)}"
            p.pair(rng.choice(["Inward ref No.", "Transaction reference"]), ref, txn=(BANK_RANK, ref))
        p.pair(
            "UETR",
            f"{code(rng, 8, '0123456789abcdef')}-{code(rng, 4, '0123456789abcdef')}-4{code(rng, 3, '0123456789abcdef')}",
        )
        date_row(p, j, ["Value date", "Received on"], ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%d/%m/%Y"])
        p.part = "foot"
        p.add("small", "Please provide the purpose code within 7 days for FIRA / e-BRC.")
        return p.done()
    payee = firm.upper() if rng.random() < 0.3 else firm
    wrap_pair(p, rng.choice(["Payee abroad", "Beneficiary", "Beneficiary name"]), payee, merchant=payee)
    p.pair("Address", city)
    wrap_pair(p, "Beneficiary bank", f"{fbank} ({bic})")
    if iban:
        p.pair("IBAN", f"{iban}{digits(rng, 2)} {code(rng, 4, ALNUM)} {digits(rng, 4)} {digits(rng, 4)}")
    wrap_pair(p, "Remitter", rng.choice([COMPANY, COMPANY_CAPS]))
    p.pair(rng.choice(["Amount in FCY", "Remittance amount"]), show(j.amount), amount=j.amount, cur=cur)
    ch = float(rng.choice([500, 1000, 1500])) + 650.0
    gst = round(min(max(inr * 0.0018, 45), 10800), 2)
    p.pair("Rate applied", f"1 {cur} = {rate} INR")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Commission and SWIFT charges", f"{ch:,.2f}")
    p.pair("GST on currency conversion", f"{gst:,.2f}")
    p.pair("Total debited (INR)", f"{inr + ch + gst:,.2f}")
    p.pair(
        "Purpose code",
        "S0803 - software" if "Software" in firm or "Telematics" in firm else "S0101 - imports",
    )
    wrap_pair(p, "Towards", goods)
    p.pair("Invoice No. (beneficiary)", f"{code(rng, 2, UPPER)}{rng.randrange(1000, 99999)}")
    p.pair("Mode", "SWIFT - MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['ORM', 'OWR', 'FXO'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(rng.choice(["Our reference", "Remittance ref No."]), ref, txn=(BANK_RANK, ref))
    date_row(
        p,
        j,
        {
            "success": ["Remittance date", "Value date"],
            "pending": ["Request date"],
            "failed": ["Rejected on"],
        }[status],
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y"],
    )
    p.part = "foot"
    p.add("small", "Submit the Bill of entry or the import certificate within the period RBI allows.")
    return p.done()


# ---------------------------------------------------------------- 10. crews' card and fleet card slips on the road


SLIP_SHOPS = [
    ("SRI BASAVESHWARA FUEL POINT", "TARIHAL HUBBALLI", "INDIANOIL"),
    ("HOTEL KAMAT UPAHAR", "HIREBAGEWADI", ""),
    ("SHREE SAMARTH PETROLEUM", "KAGAL KOLHAPUR", "HPCL"),
    ("MRF TYRES - VIJAY TYRE HOUSE", "DHARWAD", ""),
    ("ANNAPURNA HIGHWAY DHABA", "CHITRADURGA", ""),
    ("GOMANTAK FUELS", "PATRADEVI GOA", "BHARAT PETROLEUM"),
    ("NAVYA AUTO SPARES", "KARAD", ""),
    ("SAIRAM SERVICE STATION", "SATARA", "INDIANOIL"),
]
SLIP_MAKERS = [
    "PINE LABS",
    "EZETAP",
    "WORLDLINE",
    "MSWIPE",
    "PAYTM EDC",
    "HDFC BANK",
    "INGENICO",
    "ICICI BANK",
]
FLEET_CARDS = {
    "INDIANOIL": "XTRAPOWER FLEET CARD",
    "HPCL": "HP DRIVETRACK PLUS",
    "BHARAT PETROLEUM": "SMARTFLEET",
}


def highway_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The crews on the road: fuel outlets', a highway hotel's, a dhaba's, a tyre shop's and a spares shop's
    terminal slips (monospace: the oil company's "<OIL> - WELCOMES YOU" on the pumps, the counter's name and town in
    capitals, the terminal's maker, DATE: / TIME: or DT: TM:, MID:, TID:, BATCH:, INVOICE NO: / BILL NO:, VEH NO:,
    ODOMETER:, CARD NO:, CARD TYPE:, APPR CODE: / AUTH CODE:, RRN:, a fleet card's CARD: XTRAPOWER FLEET CARD / HP
    DRIVETRACK PLUS / SMARTFLEET with TXN ID:, a pump's PRODUCT: HSD, RATE:, VOLUME:, DENSITY:, NOZZLE:, AMOUNT: /
    SALE AMT: / NET AMT:; APPROVED / TXN SUCCESSFUL / DECLINED with RESP CODE / NO RESPONSE FROM HOST - CHECK STATUS
    BEFORE RETRY)."""
    k = place("highway_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=180, high=38000)
    name, town, oil = SLIP_SHOPS[k]
    if oil:
        j.amount = (
            round(rng.uniform(6000, 38000), 2) if rng.random() < 0.6 else float(rng.randrange(60, 380) * 100)
        )
    elif j.amount > 9000 and "TYRE" not in name:
        j.amount = rupees(rng, 180, 4500, 0.4)
    fleet = oil in FLEET_CARDS and k in (0, 5)
    p = slip_page(rng, font)
    p.part = "head"
    if oil:
        p.add("center", f"{oil} - WELCOMES YOU")
    elif rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d, t = (
            when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%m%y", "%Y-%m-%d"])),
            hhmm(rng, twelve=False, seconds=True),
        )
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["BILL NO:", "INVOICE NO:"]), inv, txn=(INVOICE_RANK, inv))
    if oil or "TYRE" in name:
        p.pair("VEH NO:", bus_no(rng).replace(" ", ""))
    if oil:
        p.pair("ODOMETER:", f"{rng.randrange(180000, 940000)}")
    p.add("center", "SALE")
    if fleet:
        p.pair("CARD:", FLEET_CARDS[oil], method="wallet")
        p.pair("CARD NO:", f"XXXX XXXX {digits(rng, 4)}")
    else:
        p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
        p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY"]))
    if oil:
        rate = round(rng.uniform(88.6, 93.4), 2)
        p.pair("PRODUCT:", "HSD")
        p.pair("NOZZLE:", str(rng.randrange(1, 9)))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
        p.pair("DENSITY:", f"{rng.uniform(820, 845):.1f}")
    if not j.no_ref:
        if fleet:
            tid = digits(rng, 12)
            p.pair("TXN ID:", tid, txn=(TXN_RANK, tid))
        else:
            if status == "success":
                appr = digits(rng, 6)
                p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
            p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    p.pair(
        rng.choice(["AMOUNT:", "SALE AMT:", "NET AMT:"]),
        f"{rng.choice(['INR ', 'RS.', 'Rs ', ''])}{body}",
        amount=j.amount,
    )
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 61 EXCEEDS LIMIT"]))
    else:
        p.add("center", "NO RESPONSE FROM HOST", status="pending")
        p.add("center", "CHECK STATUS BEFORE RETRY")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. the depots' power, broadband and crew phones


UTIL_BILLERS = [
    ("HESCOM", "Hubli Electricity Supply Company Ltd", "electricity"),
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "electricity"),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "broadband"),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "mobile"),
]
UTIL_APPS = [
    "HDFC Bank SmartBiz",
    "Karnataka Bank KBL Mobile Plus",
    "Canara ai1",
    "Federal Bank FedMobile",
    "PhonePe Business",
    "Paytm",
]


def depot_utilities(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The head office's and the Pune depot's electricity, the booking office's broadband and the crews' postpaid
    phones: Bharat Connect in business banking and UPI apps (the app on top, Biller / Billed by / Operator HESCOM,
    MSEDCL, ACT Fibernet or Airtel Postpaid as printed, Account No. / Consumer ID / Mobile No., Customer name the
    operator, Bill period, Due date, the sum large, Paid from Current A/c or UPI, B-Connect Txn ID / Bharat Connect
    Ref. No., Transaction ID, Paid on / Date & time; Bill paid / Payment successful / Bill payment in process / Bill
    payment failed) and the billers' own pages (the biller on top, Receipt No., Amount paid, Mode, Bank Ref No., Date
    of payment / Paid on)."""
    k = place("depot_utilities")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 4, low=700, high=60000)
    which = [0, 1, 2, 3, 0, 1, 3, 2][k]
    short, long, kind = UTIL_BILLERS[which]
    if kind != "electricity":
        j.amount = rupees(rng, 699, 14000, 0.5)
    rs = money(rng, font, 0.4)
    if k in (3, 6) and status == "success":
        host = {
            0: "hescom.karnataka.gov.in",
            1: "wss.mahadiscom.in",
            2: "selfcare.actcorp.in",
            3: "airtel.in",
        }[which]
        p = browser_page(rng, font, f"{host}/pay/receipt/{digits(rng, 6)}")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Thank you, payment received"], "pending": [], "failed": []},
        )
        p.pair(
            {"electricity": "Account ID", "broadband": "Account No.", "mobile": "Mobile No."}[kind],
            digits(rng, 10),
        )
        wrap_pair(p, "Name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            bref = f"{rng.choice(['IGA', 'CPA', 'HDF'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:2].upper()}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will reflect in your next bill.")
        return p.done()
    app = UTIL_APPS[k % len(UTIL_APPS)]
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
            "pending": ["Bill payment in process"],
            "failed": ["Bill payment failed"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    wrap_pair(
        p,
        rng.choice(["Biller", "Billed by", "Operator"] if kind != "electricity" else ["Biller", "Billed by"]),
        name,
        merchant=name,
    )
    p.pair(
        {
            "electricity": rng.choice(["Account No.", "Consumer ID"]),
            "broadband": "Account No.",
            "mobile": "Mobile No.",
        }[kind],
        f"{rng.choice('6789')}{digits(rng, 9)}" if kind == "mobile" else digits(rng, 10),
    )
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day:
        p.pair("Bill period", j.month())
        p.pair("Due date", when(j.date + dt.timedelta(days=rng.randrange(3, 12)), "%d %b %Y"))
    way = "UPI" if app in ("PhonePe Business", "Paytm") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        bc = f"CC0{j.date:%y}{code(rng, 9, ALNUM)}"
        p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bc, txn=(BANK_RANK, bc))
        tid = digits(rng, 12)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "SRI BASAVESHWARA FUEL",
    "DECCAN RETREADS",
    "SHREE LAXMI LINEN LAUN",
    "PRAKASH COACH BUILDER",
    "COOLAIR BUS AC SERVIC",
    "SAI DIESEL INJECTION W",
    "VIJAY AUTO ELECTRICAL",
    "TRACKON GPS SOLUTIONS",
]
SENDERS = {
    "HDFC Bank": "AX-HDFCBK",
    "Canara Bank": "VM-CANBNK",
    "Karnataka Bank": "JM-KBLBNK",
    "Federal Bank": "AD-FEDBNK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the managing director's phone and mail: SMS in a messages app (the sender AX-HDFCBK /
    VM-CANBNK / JM-KBLBNK / AD-FEDBNK, the day divider, a debit in each bank's own wording: "Sent Rs.<n> From HDFC
    Bank A/C *<n> To <PAYEE> On <day> Ref <n>", "An amount of INR <n> has been DEBITED to your account XXX<n> on <day>
    towards NEFT to <PAYEE>. UTR <n>", "Your A/c XX<n> is debited for Rs.<n> on <day> by IMPS to <PAYEE>", the payee
    truncated as the bank sends it, Avl bal / Total Avail.bal; a UPI payment that "could not be completed" and an
    IMPS transfer that "is under process") and two e-mail alerts (Account debited: Amount, Paid to, Account, Channel,
    Reference, Date)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=900, high=700000)
    bank = ["HDFC Bank", "Canara Bank", "Karnataka Bank", "Federal Bank"][k % 4]
    to = ALERT_PAYEES[k]
    if k in (2, 7):
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{bank.split()[0].lower()}bank.co.in>",
            ["Account debited - transaction alert", "Alert: funds transferred from your current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Account debited")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, your current account has been debited as below.")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"Net banking - {way}", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair({"IMPS": "IMPS Ref No.", "NEFT": "UTR", "RTGS": "UTR"}[way], ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited", status="success")
        p.part = "foot"
        p.add("small", "If this was not done by you, report it at once on 1930 or to the bank.")
        return p.done()
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status == "failed":
        way = "UPI"
        j.amount = rupees(rng, 900, 95000)
    elif status == "pending":
        way = "IMPS"
        j.amount = min(j.amount, rupees(rng, 5000, 450000))
    else:
        way = (
            "UPI"
            if j.amount < 100000 and rng.random() < 0.5
            else rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
        )
        if way == "IMPS" and j.amount > 500000:
            way = "NEFT"
    meth = "UPI" if way == "UPI" else "netbanking"
    acc = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d/%m/%y", "%d-%m-%Y", "%d%b%y"])
    ref = ""
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way)
    lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
    bal = f"{rupees(rng, 40000, 5500000):,.2f}"
    if status == "failed":
        p.add("left", f"Your UPI payment of Rs.{j.amount:,.2f}", amount=j.amount, method=meth)
        p.add("left", f"to {to}", merchant=to)
        p.add("left", "could not be completed.", status="failed")
        if ref:
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
        if day:
            p.add("left", f"Attempted on {day}.")
        p.add("left", "Money, if debited, will be refunded in 3-5 working days.")
    elif status == "pending":
        p.add("left", f"Your IMPS transfer of INR {j.amount:,.2f}", amount=j.amount, method=meth)
        p.add("left", f"to {to}", merchant=to)
        p.add("left", "is under process. Check status before re-initiating.", status="pending")
        if ref:
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
        if day:
            p.add("left", f"Initiated on {day}.")
    elif bank == "HDFC Bank":
        p.add("left", f"Sent Rs.{j.amount:,.2f}", amount=j.amount, status="success")
        p.add("left", f"From HDFC Bank A/C *{acc} via {way}", method=meth)
        p.add("left", f"To {to}", merchant=to)
        if day:
            p.add("left", f"On {day}")
        if ref:
            p.add("left", f"Ref {ref}", txn=(UTR_RANK, ref))
        p.add("left", "Not You? Call 18002586161")
    elif bank == "Canara Bank":
        on = f" on {day}" if day else ""
        p.add("left", f"An amount of INR {j.amount:,.2f} has been", amount=j.amount, status="success")
        p.add("left", f"DEBITED to your account XXX{acc}{on}")
        p.add("left", f"towards {way} to {to}.", merchant=to, method=meth)
        if ref:
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
        p.add("left", f"Total Avail.bal INR {bal}")
    else:
        on = f" on {day}" if day else ""
        p.add("left", f"Your A/c XX{acc} is debited for", status="success")
        p.add("left", f"Rs.{j.amount:,.2f}{on} by {way}", amount=j.amount, method=meth)
        p.add("left", f"to {to}.", merchant=to)
        if ref:
            p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
        p.add("left", f"Avl bal Rs.{bal}")
    p.add("small", f"-{bank}")
    return p.done()


compose = compose158

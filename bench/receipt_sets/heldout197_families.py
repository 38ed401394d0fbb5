"""The twelve heldout197 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a co-working space operator's day in 2026 (Chakkara Cowork Spaces Pvt Ltd, its
centres on MG Road, Ernakulam and at Infopark, Kakkanad, Kochi), told by the proofs of payment it receives and makes:
member companies' vendor payment advices (with TDS), freelancers' UPI screens and payment links for day passes and
hot desks, foreign clients' card payments for meeting rooms (Stripe, PayPal) and inward wires in US dollars, euros
and pounds, its own money receipts and invoices marked paid, its rent to its landlords (with TDS u/s 194-I), the
furniture and coffee suppliers' invoices, the housekeeping and security agencies' bills and the net-banking
transfers to them, community staff's expense vouchers and payouts, the municipal, fire, lift and labour licence
fees, the cafe counter's and the staff's card slips, KSEB, water and broadband bills and the bank's SMS and e-mail
alerts. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from the
rows the page keeps. Headings, footers, billing months and periods, plans, desks and cabins, invoices listed on an
advice, GST, TDS and its challan, PAN, GSTIN, IFSC, SWIFT tags, UETR, MID, TID, batch, STAN and trace numbers,
vendor, member, building, ward, licence, lift, application and consumer numbers, the maker and the authoriser and
the payer's own details carry no fact. ``Job``, ``date_row``, ``letterhead`` and ``gst_lines`` are heldout167's;
``compose`` is heldout158's.
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
from bench.receipt_sets.heldout123_families import place
from bench.receipt_sets.heldout126_families import outcome_row
from bench.receipt_sets.heldout127_families import wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout140_families import browser_page, mail_page, paper_page, phone_page, slip_page
from bench.receipt_sets.heldout152_families import fx, right
from bench.receipt_sets.heldout158_families import compose as compose158
from bench.receipt_sets.heldout167_families import Job, date_row, gst_lines, letterhead

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEXA = "0123456789abcdef"

COMPANY = "Chakkara Cowork Spaces Pvt Ltd"
COMPANY_CAPS = "CHAKKARA COWORK SPACES PVT LTD"
SHORT = "Chakkara Hub"
# centre, address, GST state code
CENTRES = [
    ("Chakkara Hub, MG Road", "4th floor, Padmam Towers, MG Road, Ernakulam - 682016, Kerala", "32"),
    ("Chakkara Hub, Infopark", "Phase 1, Infopark Road, Kakkanad, Kochi - 682042, Kerala", "32"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
PATS_WEST = ["%b {d}, %Y", "{d} %B %Y", "%d %b %Y", "%Y-%m-%d", "%B {d}, %Y"]
BANKS = [
    "Federal Bank",
    "South Indian Bank",
    "HDFC Bank",
    "ICICI Bank",
    "State Bank of India",
    "Axis Bank",
    "IDFC FIRST Bank",
    "CSB Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "Federal Bank": "FDRL",
    "South Indian Bank": "SIBL",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "State Bank of India": "SBIN",
    "Axis Bank": "UTIB",
    "IDFC FIRST Bank": "IDFB",
    "CSB Bank": "CSBK",
    "Kotak Mahindra Bank": "KKBK",
}
PLANS = [
    "Dedicated desk x 6 - MG Road",
    "Private cabin (4 seater) - Infopark",
    "Private cabin (8 seater) - MG Road",
    "Hot desk - monthly x 3",
    "Virtual office - annual",
    "Dedicated desk x 12 - Infopark",
    "Team suite (15 seats) - MG Road",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Bill to / Lessee / Applicant: no fact)."""
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


def neft_way(rng: random.Random, amount: float) -> str:
    way = "RTGS" if amount >= 200000 and rng.random() < 0.6 else rng.choice(["NEFT", "NEFT", "IMPS"])
    return "NEFT" if way == "IMPS" and amount > 500000 else way


def month_of(j: Job) -> str:
    return j.month(1)


RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


# ---------------------------------------------------------------- 1. member companies' vendor payment advices


MEMBERS = [
    ("Qubitwave Technologies Pvt Ltd", "ap@qubitwave.io"),
    ("Lagoonsoft Solutions LLP", "accounts@lagoonsoft.in"),
    ("Northstar Analytics India Pvt Ltd", "vendorpayments@northstar-analytics.com"),
    ("Kadal Robotics Pvt Ltd", "finance@kadalrobotics.in"),
    ("Tharavad Design Studio LLP", "accounts@tharavad.studio"),
    ("Spicecraft Foods Pvt Ltd", "payables@spicecraftfoods.com"),
]
MEMBER_FRAMES = ["mail", "paper", "portal", "mail", "paper", "mail", "portal", "paper"]


def member_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Member companies paying the company's monthly invoices for their desks and cabins: a VENDOR PAYMENT ADVICE
    e-mail, a printed PAYMENT ADVICE - WORKSPACE SERVICES and a vendor portal's remittance page (the member on top,
    Vendor name / Party name / Payee (vendor) the company, Vendor ID, Work order No., the invoices paid with their
    sums, Less: TDS u/s 194-I(b) @ 10% or u/s 194J @ 10%, Less: Debit note - AC downtime, Net amount paid / Amount
    remitted / Net remittance, Mode NEFT / RTGS / IMPS, Bank A/c, UTR No. / UTR / IMPS Ref No., Payment voucher No. /
    Advice No. / Document No., Payment date / Value date / Paid on / Put on hold on / Failed on; Payment status:
    Completed / Status: Payment made / On hold - GST invoice mismatch, revised invoice awaited / Payment failed -
    beneficiary account inactive)."""
    k = place("member_advices")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, low=12000, high=480000)
    member, mail = MEMBERS[(k + rng.randrange(2)) % len(MEMBERS)]
    frame = MEMBER_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{member.split()[0]} Accounts Payable <{mail}>",
            ["Vendor payment advice", f"Payment to {SHORT} - advice", "Remittance advice"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"vendors.{mail.split('@')[1]}/remittances/{digits(rng, 6)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, member.upper() if frame == "paper" and rng.random() < 0.5 else member)
    p.add("small", rng.choice(["Accounts Payable", "Finance & Accounts - Vendor Payments", "Treasury"]))
    p.add(
        "center",
        rng.choice(["VENDOR PAYMENT ADVICE", "PAYMENT ADVICE - WORKSPACE SERVICES", "Remittance advice"]),
    )
    p.add("rule")
    p.part = "body"
    payee = ours(rng)
    wrap_pair(p, rng.choice(["Vendor name", "Party name", "Payee (vendor)"]), payee, merchant=payee)
    p.pair("Vendor ID", f"V{digits(rng, 6)}")
    p.pair("Work order No.", f"WO/{rng.choice(['FAC', 'ADM'])}/{digits(rng, 4)}")
    invoices = [
        (f"CCS/25-26/{rng.randrange(100, 2999):04d}", rupees(rng, 12000, 190000, 0.7))
        for _ in range(rng.randrange(1, 4))
    ]
    p.add("left", rng.choice(["Invoices paid", "Against the following invoices"]))
    for no, v in invoices:
        p.pair(f"{no} ({rng.choice(PLANS).split(' - ')[0]})", rs(v))
    gross = round(sum(v for _, v in invoices), 2)
    p.pair("Gross invoice value (incl. GST)", rs(gross))
    sec = rng.choice(["194-I(b)", "194J"])
    tds = round(gross / 1.18 * 0.10, 2)
    p.pair(f"Less: TDS u/s {sec} @ 10%", rs(tds))
    debit = float(rng.choice([1200, 2500, 4000])) if rng.random() < 0.3 else 0.0
    if debit:
        p.pair("Less: Debit note - AC downtime", rs(debit))
    j.amount = round(gross - tds - debit, 2)
    p.pair(
        rng.choice(["Net amount paid", "Amount remitted", "Net remittance"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = neft_way(rng, j.amount)
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS[:4])
    wrap_pair(p, "Bank A/c", f"{bank} XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair(
                "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref)
            )
        doc = f"{rng.choice(['15', '17', 'PV'])}{digits(rng, 8)}"
        p.pair(
            rng.choice(["Payment voucher No.", "Advice No.", "Document No."]), doc, txn=(INVOICE_RANK, doc)
        )
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Completed", "Status: Payment made"],
            "pending": ["On hold - GST invoice mismatch, revised invoice awaited"],
            "failed": ["Payment failed - beneficiary account inactive"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Payment date", "Value date", "Paid on"],
            "pending": ["Put on hold on"],
            "failed": ["Failed on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "TDS certificate (Form 16A) will be issued quarterly. This is a system generated advice.",
    )
    return p.done()


# ---------------------------------------------------------------- 2. freelancers' UPI and payment links


FREE_APPS = ["Google Pay", "PhonePe", "Paytm", "CRED", "Navi", "Amazon Pay", "Razorpay", "Cashfree"]
FREELANCERS = [
    "Arun Prasad",
    "Nimisha George",
    "Faizal Rahman",
    "Devika Suresh",
    "Jithin Mathew",
    "Sreelakshmi R.",
    "Aswin Babu",
    "Meenakshi Pillai",
]
FREE_NOTES = [
    "Day pass x 2",
    "Hot desk - March",
    "Meeting room 2 hrs",
    "Day pass",
    "Hot desk 10-day pack",
    "Podcast booth 1 hr",
    "Locker - monthly",
]


def freelancer_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Freelancers paying for day passes, hot desks, the podcast booth and lockers: six UPI screens (Google Pay,
    PhonePe, Paytm, CRED, Navi, Amazon Pay: the company under Paid to / To / Sent to / Paying to, its UPI ID, the sum
    large, UPI transaction ID / UPI Ref No. / UTR, PhonePe's and Paytm's own Transaction ID on some, Debited from /
    From, Date & time / Paid on / Completed on) and two payment links (Razorpay Payment Link, Cashfree: the company
    on top, Paid by / Customer, Payment ID pay_... or CF Payment ID and Order ID, Bank RRN / Bank reference or Auth
    code, Paid on / Payment time; Payment successful / Payment received)."""
    k = place("freelancer_upi")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=350, high=24000, p_round=0.85)
    app = FREE_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Cashfree"):
        to = ours(rng)
        url = (
            f"rzp.io/l/chakkara-{code(rng, 5, LOWER)}"
            if app == "Razorpay"
            else f"payments.cashfree.com/links/{code(rng, 8, LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Coworking | Day passes | Meeting rooms", "Payment link receipt"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Payment received"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid by", "Customer"]), FREELANCERS[k])
        wrap_pair(p, rng.choice(["Payment for", "Description"]), rng.choice(FREE_NOTES))
        way = rng.choice(["UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid via"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                oid = f"order_{digits(rng, 6)}_{code(rng, 4, LOWER)}"
                p.pair("Order ID", oid, txn=(ORDER_RANK, oid))
                cf = digits(rng, 10)
                p.pair("CF Payment ID", cf, txn=(TXN_RANK, cf))
            if way == "UPI":
                p.pair("Bank RRN" if app == "Razorpay" else "Bank reference", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment time"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Secured by Cashfree Payments")
        return p.done()
    to = rng.choice([COMPANY, SHORT, COMPANY_CAPS])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Transaction successful", "Paid", "Money sent"],
            "failed": ["Payment failed - daily UPI limit exceeded"],
            "pending": ["Payment pending - awaiting confirmation from bank"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    labels = ["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]
    p.add("small", rng.choice(labels))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"chakkarahub{rng.choice(['', '.mg', '1'])}@{rng.choice(['fbl', 'okicici', 'ybl', 'hdfcbank'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(FREE_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 20)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed on"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. foreign clients' cards and wires


CLIENTS = [
    ("Hannah Weiss, Lindqvist Consulting AB", "EUR"),
    ("Oliver Grant, Brightwater Partners Ltd", "GBP"),
    ("Megan Cole, Redwood Labs Inc", "USD"),
    ("Hollandia Yacht Interiors BV, Rotterdam", "EUR"),
    ("Lukas Brandt, Nordwerk GmbH", "EUR"),
    ("Priya Shah, Thameside Health Ltd", "GBP"),
    ("Daniel Park, Copperline Software Inc", "USD"),
    ("Harbourlight Media Ltd, Glasgow", "GBP"),
]
ROOMS = [
    "Meeting room Periyar (8 pax) x 4 hrs",
    "Board room Vembanad (14 pax) - full day",
    "Meeting room Chinese Nets (6 pax) x 2 hrs",
    "Event hall - half day workshop",
    "Video call pod x 3 hrs",
]
FOREIGN_FRAMES = [
    "stripe_mail",
    "stripe_invoice",
    "paypal",
    "wire",
    "stripe_invoice",
    "paypal",
    "stripe_mail",
    "wire",
]


def foreign_payments(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Members' foreign clients paying meeting-room and event-hall bookings by card in US dollars, euros and pounds,
    and two inward wires: Stripe's receipt e-mails (the company on top, Receipt from, Amount paid, Date paid, Payment
    method VISA - 4242, Receipt #1234-5678), Stripe's invoice pages (the company on top, Invoice paid / Payment failed
    - your card was declined, Invoice number, Receipt number, Bill to, Amount paid / Amount due, Date paid /
    Attempted on), PayPal's payment receipts (PayPal on top, Merchant the company, You paid, Transaction ID,
    Transaction date; Completed / Pending - payment under review) and banks' inward remittance advices (59:
    Beneficiary customer / Beneficiary name / Credit to (beneficiary) the company, 50K: Ordering customer, 32B:
    Instructed amount / Remittance amount (FCY), INR equivalent, Charges, IRM reference / Inward remittance No.,
    UETR, Value date / Credit date)."""
    k = place("foreign_payments")
    status = outcome(k, failed=(4,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3)
    client, cur = CLIENTS[k]
    frame = FOREIGN_FRAMES[k]
    show = fx(rng, font, cur)
    me = rng.choice([COMPANY, SHORT]) if frame != "wire" else rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "wire":
        j.amount = (
            round(rng.uniform(1800, 16000), 2) if rng.random() < 0.6 else float(rng.randrange(18, 160) * 100)
        )
    else:
        j.amount = float(rng.randrange(40, 900)) if rng.random() < 0.5 else round(rng.uniform(40, 900), 2)
    room = rng.choice(ROOMS)
    card = rng.choice(["Visa", "Mastercard", "Amex"])
    last4 = digits(rng, 4)
    if frame == "stripe_mail":
        rno = f"{digits(rng, 4)}-{digits(rng, 4)}"
        p = mail_page(
            rng,
            font,
            f"{SHORT} <receipts+acct_{code(rng, 10, ALNUM)}@stripe.com>",
            [f"Your receipt from {SHORT}" + ("" if j.no_ref else f" #{rno}")],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"Receipt from {SHORT}")
        p.add("rule")
        p.part = "body"
        p.add("center", "Payment successful", status="success")
        p.pair("Amount paid", show(j.amount), amount=j.amount, cur=cur)
        date_row(p, j, ["Date paid"], ["%b {d}, %Y", "%B {d}, %Y"])
        p.pair("Payment method", f"{card.upper()} - {last4}", method="card")
        if not j.no_ref:
            p.pair("Receipt #", rno, txn=(INVOICE_RANK, rno))
        p.add("left", "Summary")
        wrap_pair(p, room, show(j.amount))
        p.pair("Amount charged", show(j.amount))
        p.part = "foot"
        p.add("small", f"Questions? Contact {SHORT} at bookings@chakkarahub.in. Powered by Stripe.")
        return p.done()
    if frame == "stripe_invoice":
        p = browser_page(
            rng, font, f"invoice.stripe.com/i/acct_{code(rng, 10, ALNUM)}/live_{code(rng, 12, LOWER)}"
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Meeting rooms and event spaces, Kochi")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p, status, {"success": ["Invoice paid"], "failed": ["Payment failed - your card was declined"]}
        )
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        if not j.no_ref:
            ino = f"{code(rng, 8, ALNUM)}-{rng.randrange(1, 40):04d}"
            p.pair("Invoice number", ino, txn=(INVOICE_RANK, ino))
            if status == "success":
                rno = f"{digits(rng, 4)}-{digits(rng, 4)}"
                p.pair("Receipt number", rno, txn=(INVOICE_RANK, rno))
        wrap_pair(p, "Bill to", client)
        wrap_pair(p, "Description", room)
        p.pair("Amount paid" if status == "success" else "Amount due", show(j.amount))
        p.pair("Payment method", f"{card} ending in {last4}", method="card")
        date_row(p, j, ["Date paid"] if status == "success" else ["Attempted on"], PATS_WEST)
        p.part = "foot"
        p.add("small", "Powered by Stripe  |  Terms  |  Privacy")
        return p.done()
    if frame == "paypal":
        p = mail_page(
            rng, font, "service@paypal.com", [f"Receipt for your payment to {SHORT}", "You sent a payment"]
        )
        p.part = "head"
        top(p, "PayPal")
        p.add("rule")
        p.part = "body"
        p.add("left", f"Hello {client.split(',')[0]},")
        outcome_row(p, status, {"success": ["Completed"], "pending": ["Pending - payment under review"]})
        wrap_pair(p, "Merchant", me, merchant=me)
        p.pair("Merchant e-mail", "bookings@chakkarahub.in")
        wrap_pair(p, "Description", room)
        p.pair("You paid", show(j.amount), amount=j.amount, cur=cur)
        p.pair("Paid with", f"{card} Credit Card x-{last4}", method="card")
        if not j.no_ref:
            tid = f"{code(rng, 17, ALNUM)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
        date_row(p, j, ["Transaction date"], PATS_WEST)
        p.part = "foot"
        p.add("small", "PayPal Purchase Protection may apply. Don't reply to this e-mail.")
        return p.done()
    bank = rng.choice(["Federal Bank", "HDFC Bank", "South Indian Bank", "ICICI Bank"])
    if rng.random() < 0.5:
        p = mail_page(
            rng,
            font,
            f"{bank} <trade.services@{bank.split()[0].lower()}bank.in>",
            ["Inward remittance advice"],
        )
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank)
    p.add("small", rng.choice(["Trade Finance Centre, Kochi", "Forex Division - Ernakulam Main"]))
    p.add("center", "ADVICE OF INWARD REMITTANCE")
    p.add("rule")
    p.part = "body"
    p.add("center", rng.choice(["Funds credited to your account - FIRA available"]), status="success")
    wrap_pair(
        p,
        rng.choice(["59: Beneficiary customer", "Beneficiary name", "Credit to (beneficiary)"]),
        me,
        merchant=me,
    )
    p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, rng.choice(["50K: Ordering customer", "Remitter"]), client)
    p.pair(
        rng.choice(["32B: Instructed amount", "Remittance amount (FCY)"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    rate = round(rng.uniform(*RATES[cur]), 4)
    inr = round(j.amount * rate, 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Charges (incl. GST)", f"{float(rng.choice([250, 500, 590])):,.2f}")
    wrap_pair(p, "Purpose", rng.choice(["Business services - event space hire", "Office space services"]))
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"IRM{IFSC[bank]}{j.date:%y}{digits(rng, 8)}"
        p.pair(rng.choice(["IRM reference", "Inward remittance No."]), ref, txn=(BANK_RANK, ref))
    wrap_pair(
        p,
        "UETR",
        f"{code(rng, 8, HEXA)}-{code(rng, 4, HEXA)}-4{code(rng, 3, HEXA)}-a{code(rng, 3, HEXA)}-{code(rng, 12, HEXA)}",
    )
    date_row(p, j, ["Value date", "Credit date"], ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d"])
    p.part = "foot"
    p.add("small", "Quote the IRM reference when you download the e-FIRC.")
    return p.done()


# ---------------------------------------------------------------- 4. the company's own receipts and paid invoices


PAYERS = [
    "M/s Qubitwave Technologies Pvt Ltd",
    "Mr. Rohan Kurian (freelancer)",
    "M/s Kadal Robotics Pvt Ltd",
    "M/s Backwater Bytes LLP",
    "Ms. Ann Maria Joseph",
    "M/s Tharavad Design Studio LLP",
    "M/s Greenleaf Agritech Pvt Ltd",
    "M/s Spicecraft Foods Pvt Ltd",
]
RECEIPT_WAYS = ["NEFT", "UPI", "-", "cash", "card", "-", "NEFT", "UPI"]


def member_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company's own MONEY RECEIPT / PAYMENT RECEIPT / TAX INVOICE - PAID to a member (paper: the company on top
    with its line, address and GSTIN; Receipt No. / MR No. / Invoice No., Date / Receipt date, Received with thanks
    from / Member / Member company, Plan, Billing period, Invoice value (incl. GST), TDS deducted by member, Amount
    received / Received by UPI / Cash received / By card / Cheque for / Security deposit received, UPI Ref No. / UTR /
    Approval code / Cheque No.; RECEIVED WITH THANKS / PAID - THANK YOU / CHEQUE RECEIVED - PENDING REALISATION /
    CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER, the rubber stamp) and its accounts desk's Zoho Books payment
    receipt e-mails (PAYMENT RECEIPT, Payment#, Payment date, Reference number, Payment mode, Amount received)."""
    k = place("member_receipts")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=1500, high=260000)
    centre = CENTRES[rng.randrange(2)]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "Rs", "INR"))
    me = ours(rng)
    way = "cheque" if status != "success" else RECEIPT_WAYS[k]
    if way in ("UPI", "cash", "card") and j.amount > 90000:
        j.amount = rupees(rng, 1500, 90000, 0.8)
    if k in (1, 6):
        p = mail_page(
            rng,
            font,
            f"{COMPANY} <accounts@chakkarahub.in>",
            [f"Payment receipt from {SHORT}", "Thank you for your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", centre[1])
        p.add("center", "PAYMENT RECEIPT")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            pno = str(rng.randrange(120, 3999))
            p.pair("Payment#", pno, txn=(INVOICE_RANK, pno))
        date_row(p, j, ["Payment date"], PATS_IN)
        mode = "UPI" if way == "UPI" else "Bank Transfer"
        if not j.no_ref:
            ref = j.ref if way == "UPI" else bank_ref(rng, j, rng.choice(BANKS), "NEFT")
            p.pair("Reference number", ref, txn=(UTR_RANK, ref))
        p.pair("Payment mode", mode, method="UPI" if way == "UPI" else "netbanking")
        wrap_pair(p, "Received from", PAYERS[k])
        p.pair("Amount received", rs(j.amount), amount=j.amount)
        p.add("small", f"Amount received in words: {words_in_rupees(j.amount)}")
        p.add("center", "RECEIVED WITH THANKS", status="success")
        p.part = "foot"
        p.add("small", "Sent from Zoho Books")
        return p.done()
    p = paper_page(rng, font, [680, 720, 760])
    letterhead(
        p,
        me,
        f"Coworking | Private cabins | Meeting rooms  -  {centre[0]}",
        centre[1],
        centre[2],
        ["MONEY RECEIPT", "PAYMENT RECEIPT", "TAX INVOICE - PAID"],
    )
    if not j.no_ref:
        rno = f"{rng.choice(['CCS/MR', 'MR', 'CCS'])}/{rng.randrange(1, 2999):04d}/26-27"
        p.pair(rng.choice(["Receipt No.", "MR No.", "Invoice No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date", "Dated"], PATS_IN)
    wrap_pair(p, rng.choice(["Received with thanks from", "Member", "Member company"]), PAYERS[k])
    wrap_pair(p, "Plan", rng.choice(PLANS))
    if not j.no_day:
        p.pair("Billing period", month_of(j))
    deposit = k == 7
    tds = 0.0
    if deposit:
        p.pair("Refundable security deposit (2 months)", rs(j.amount))
    else:
        part = k == 0
        bill = round(j.amount / 0.9153, 2) if part else j.amount
        p.pair("Invoice value (incl. GST)", rs(bill))
        if part:
            tds = round(bill - j.amount, 2)
            p.pair("TDS deducted by member (194-I)", rs(tds))
    lab = {
        "cash": "Cash received",
        "UPI": "Received by UPI",
        "card": "By card",
        "cheque": "Cheque for",
        "NEFT": "Security deposit received" if deposit else "Amount received",
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "card": "card", "cheque": "cheque", "NEFT": "netbanking"}[way],
    )
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "NEFT":
        p.pair("Mode", "NEFT")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    elif way == "card":
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Approval code", appr, txn=(APPR_RANK, appr))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "PAID - THANK YOU"]),
        "pending": "CHEQUE RECEIVED - PENDING REALISATION",
        "failed": "CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Receipt valid subject to realisation of cheque. Deposits refundable on exit.")
    right(p, f"For {SHORT} - Authorised signatory")
    p.add("gap")
    seal(p, "CHAKKARA HUB", "ACCOUNTS - KOCHI", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. rent to the landlords, with TDS


LANDLORDS = [
    ("Mr. Paul Varghese Chakkalakkal", "4th floor, Padmam Towers, MG Road"),
    ("Padmam Estates & Builders", "4th floor, Padmam Towers, MG Road"),
    ("Mrs. Sheela George", "Ground floor annexe, Padmam Towers"),
    ("Kannanthanam Properties LLP", "Block B, 2nd floor, Infopark Road, Kakkanad"),
    ("Mr. K. R. Gopinathan Nair", "Parking level P1 - 12 slots, MG Road"),
    ("Thoppil Realty Pvt Ltd", "Block B, 3rd floor, Infopark Road, Kakkanad"),
]
RENT_FRAMES = ["advice", "receipt", "bank", "advice", "receipt", "bank", "advice", "receipt"]


def landlord_rent(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its landlords the month's rent less TDS u/s 194-I(b) @ 10%: its own RENT PAYMENT ADVICE
    e-mails (the company on top, Lessor / Landlord the landlord, Premises, Rent for the month, Monthly rent, Less: TDS
    u/s 194-I(b) @ 10%, Net rent paid / Amount transferred, UTR, TDS challan CIN and BSR code, Payment date), the
    landlords' RENT RECEIPT (the landlord on top, Received from M/s the company (Lessee), Gross rent, TDS deducted
    by lessee, Net rent received, Mode, UTR / Cheque No., revenue stamp and Lessor's signature; RECEIVED) and the
    corporate net-banking page (IDFC FIRST Bank Corporate / CSB Bank Corporate: Beneficiary name / Credit account
    name the landlord, Debit account, Transfer amount, Transfer type, UTR, Bank reference No., Transaction date /
    Submitted on / Returned on; Transaction successful / Submitted - pending release by authoriser / NEFT returned -
    account does not exist)."""
    k = place("landlord_rent")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6, low=45000, high=620000, p_round=0.9)
    who, premises = LANDLORDS[(k + rng.randrange(2)) % len(LANDLORDS)]
    frame = RENT_FRAMES[k]
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR", "Rs"))
    rent = float(round(j.amount / 0.9, -2))
    tds = round(rent * 0.10, 2)
    j.amount = round(rent - tds, 2)
    way = neft_way(rng, j.amount)
    if frame == "advice":
        p = mail_page(
            rng,
            font,
            f"{SHORT} Accounts <accounts@chakkarahub.in>",
            ["Rent payment advice"] if j.no_day else [f"Rent for {month_of(j)} - payment advice"],
        )
        p.part = "head"
        top(p, rng.choice([COMPANY, COMPANY_CAPS]))
        p.add("small", "Accounts & Admin  |  MG Road, Ernakulam")
        p.add("center", "RENT PAYMENT ADVICE")
        p.add("rule")
        p.part = "body"
        name = who.upper() if rng.random() < 0.3 else who
        wrap_pair(p, rng.choice(["Lessor", "Landlord"]), name, merchant=name)
        wrap_pair(p, "Premises", premises)
        if not j.no_day:
            p.pair("Rent for the month", month_of(j))
        p.pair("Monthly rent", rs(rent))
        p.pair("Less: TDS u/s 194-I(b) @ 10%", rs(tds))
        p.pair(rng.choice(["Net rent paid", "Amount transferred"]), rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        bsr = f"0{digits(rng, 6)}"
        p.pair("BSR code", bsr)
        p.pair("TDS challan CIN", f"{bsr}{digits(rng, 5)}{digits(rng, 5)}")
        date_row(p, j, ["Payment date", "Paid on"], PATS_IN)
        p.add("center", "Rent paid", status="success")
        p.part = "foot"
        p.add("small", "Form 16A for the TDS will be sent after the quarterly return is filed.")
        return p.done()
    if frame == "receipt":
        p = paper_page(rng, font, [660, 700, 740])
        p.part = "head"
        name = who.upper() if rng.random() < 0.4 else who
        top(p, name, merchant=name)
        p.add("small", rng.choice(["Owner, Padmam Towers", "Building owner / Lessor", "Property owner"]))
        p.add("small", f"PAN: {code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
        p.add("center", "RENT RECEIPT")
        p.add("rule")
        p.part = "body"
        if not j.no_ref:
            rno = f"RR/{rng.randrange(1, 99):02d}/26-27"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date", "Dated"], PATS_IN)
        ours_to(p, ["Received from (Lessee)", "Lessee"])
        wrap_pair(p, "Premises", premises)
        if not j.no_day:
            p.pair("Rent for", month_of(j))
        p.pair("Gross rent", rs(rent))
        p.pair("TDS deducted by lessee", rs(tds))
        p.pair("Net rent received", rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        p.add("center", "RECEIVED", status="success")
        p.part = "foot"
        p.add("small", f"In words: {words_in_rupees(j.amount)}")
        right(p, "[ Revenue stamp ]   Signature of Lessor")
        return p.done()
    corp = rng.choice(["IDFC FIRST Bank Corporate", "CSB Bank Corporate"])
    host = "corporate.idfcfirstbank.com" if corp.startswith("IDFC") else "corpnet.csb.co.in"
    p = browser_page(rng, font, f"{host}/payments/transaction/{digits(rng, 9)}")
    p.part = "head"
    top(p, corp)
    p.add("small", "Payments  >  Transaction details")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful"],
            "pending": ["Submitted - pending release by authoriser"],
            "failed": ["NEFT returned - account does not exist"],
        },
    )
    name = who.upper() if rng.random() < 0.5 else who
    wrap_pair(p, rng.choice(["Beneficiary name", "Credit account name"]), name, merchant=name)
    p.pair("Credit account", f"XXXXXXXX{digits(rng, 4)} ({rng.choice(BANKS)})")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} XX{digits(rng, 4)}")
    p.pair("Transfer amount", rs(j.amount), amount=j.amount)
    p.pair("Transfer type", way, method="netbanking")
    wrap_pair(p, "Narration", f"Rent {month_of(j)} net of TDS")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, "IDFC FIRST Bank" if corp.startswith("IDFC") else "CSB Bank", way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        bref = f"{rng.choice(['CB', 'PY'])}{digits(rng, 12)}"
        p.pair("Bank reference No.", bref, txn=(BANK_RANK, bref))
    p.pair("Maker / Checker", f"CCSADMIN2 / {'-' if status == 'pending' else 'CCSDIR01'}")
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Value date"],
            "pending": ["Submitted on"],
            "failed": ["Returned on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Returned funds are credited back to the debit account within 2 working days.")
    return p.done()


# ---------------------------------------------------------------- 6. furniture and coffee suppliers' invoices


SUPPLIERS = [
    (
        "Periyar Modular Furniture",
        "Workstations | Ergonomic chairs | Phone booths",
        "HMT Road, Kalamassery, Kochi - 683104, Kerala",
        "32",
    ),
    (
        "Malabar Bean Roasters",
        "Specialty coffee | Filter coffee powder | Beans",
        "Chungam, Kalpetta, Wayanad - 673121, Kerala",
        "32",
    ),
    (
        "Brewline Coffee Machines & Service",
        "Espresso machines | AMC | Spares",
        "Indiranagar, Bengaluru - 560038, Karnataka",
        "29",
    ),
    (
        "Nila Pantry Supplies",
        "Tea | Snacks | Paper cups | Housekeeping consumables",
        "Edappally, Kochi - 682024, Kerala",
        "32",
    ),
]
SUPPLY_ITEMS = {
    "Periyar": [
        ("Ergonomic mesh chair", "HSN 9401", 7800.0, 11500.0, 18),
        ("Linear workstation 4-seater", "HSN 9403", 26000.0, 38000.0, 18),
        ("Acoustic phone booth", "HSN 9403", 165000.0, 210000.0, 18),
    ],
    "Malabar": [
        ("Arabica beans, medium roast (kg)", "HSN 0901", 980.0, 1350.0, 5),
        ("Filter coffee powder 80:20 (kg)", "HSN 0901", 560.0, 720.0, 5),
    ],
    "Brewline": [
        ("Espresso machine AMC - quarterly", "SAC 998717", 9500.0, 14000.0, 18),
        ("Grinder burr set", "HSN 8509", 4200.0, 6100.0, 18),
        ("Two-group espresso machine", "HSN 8419", 145000.0, 188000.0, 18),
    ],
    "Nila": [
        ("Paper cups 150 ml (pack of 100)", "HSN 4823", 85.0, 120.0, 18),
        ("Assorted biscuits (carton)", "HSN 1905", 640.0, 880.0, 18),
        ("CTC tea 1 kg", "HSN 0902", 380.0, 460.0, 5),
    ],
}
SUPPLY_WAYS = ["NEFT", "UPI", "-", "RTGS", "-", "IMPS", "NEFT", "UPI"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The furniture maker at Kalamassery, the coffee roaster at Kalpetta, the espresso machine dealer at Bengaluru
    and the pantry supplier at Edappally billing the company (paper: the supplier on top, its line, address and
    GSTIN; Tax Invoice No. / Invoice No. / Bill No., Invoice date / Date, Bill to / Buyer M/s the company, Ship to,
    Place of supply, the items with HSN / SAC and Qty x rate, Taxable value, CGST and SGST or IGST (5% on coffee and
    tea, 18% else), Round off, Invoice total, Less: Advance received against PO and Balance settled on some, then
    Amount settled / Payment received via NEFT / Received against invoice with its UTR, IMPS Ref No. or UPI Ref No.,
    or Cheque received with Cheque No.; PAID / FULLY PAID / PAYMENT RECEIVED / CHEQUE IN CLEARING / CHEQUE RETURNED -
    SIGNATURE DIFFERS, in the supplier's rubber stamp too)."""
    k = place("supplier_invoices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    maker, line, addr, state = SUPPLIERS[k % len(SUPPLIERS)]
    name = maker.upper() if rng.random() < 0.3 else maker
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [720, 760, 800])
    letterhead(
        p,
        name,
        line,
        addr,
        state,
        ["TAX INVOICE", "TAX INVOICE - PAID", "TAX INVOICE (ORIGINAL FOR RECIPIENT)"],
    )
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in maker.split()[:2]).upper()}/{rng.randrange(100, 9999):04d}/26-27"
        p.pair(rng.choice(["Tax Invoice No.", "Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date"], PATS_IN)
    ours_to(p, ["Bill to", "Buyer"])
    wrap_pair(p, "Ship to", rng.choice(CENTRES)[0])
    p.pair("Place of supply", "Kerala (32)")
    taxable = 0.0
    key = maker.split()[0]
    rates = set()
    for item, hsn, lo, hi, gst in rng.sample(SUPPLY_ITEMS[key], rng.randrange(1, 3)):
        qty = 1 if lo > 100000 else rng.randrange(2, 16)
        rate = round(rng.uniform(lo, hi), 2)
        value = round(qty * rate, 2)
        taxable += value
        rates.add(gst)
        p.add("left", f"{item}  {hsn}")
        p.pair(f"  {qty} x {rate:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, max(rates), state != "32")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = "cheque" if status != "success" else "NEFT"
    if way in ("UPI", "IMPS") and total > 100000:
        way = "RTGS" if total >= 200000 else "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.3, 0.5]), -3))
        p.pair("Less: Advance received against PO", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Cheque received", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", f"{digits(rng, 6)} / {rng.choice(BANKS)}")
    else:
        if adv:
            lab = "Balance settled"
        else:
            lab = rng.choice(["Amount settled", "Received against invoice", f"Payment received via {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "FULLY PAID", "PAYMENT RECEIVED"]),
        "pending": "CHEQUE IN CLEARING",
        "failed": "CHEQUE RETURNED - SIGNATURE DIFFERS",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Goods once sold will not be taken back. Subject to Ernakulam jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 7. housekeeping and security agencies' bills


AGENCIES = [
    (
        "Sparkle Facility Services",
        "Housekeeping | Pantry boys | Deep cleaning",
        "Palarivattom, Kochi - 682025",
    ),
    (
        "Kavalkar Security & Allied Services",
        "Security guards | Reception | CCTV watch",
        "Kaloor, Kochi - 682017",
    ),
    ("Green Broom Housekeeping Pvt Ltd", "Housekeeping manpower | Washroom care", "Vyttila, Kochi - 682019"),
    ("Sentinel Guarding Solutions", "Manned guarding | Night patrol", "Thrikkakara, Kochi - 682021"),
]
AGENCY_FRAMES = ["bill", "bank", "bill", "bank", "mail", "bank", "bill", "bank"]


def agency_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The housekeeping and security agencies' monthly bills and the company's net-banking transfers to them: the
    agency's TAX INVOICE / SERVICE BILL on paper or e-mail (the agency on top, Bill to M/s the company, the manpower
    x days, Service charges, Taxable value, GST, Gross bill, Less: TDS u/s 194C @ 2%, Net received / Amount received
    by NEFT, UTR; PAID / RECEIVED - THANK YOU) and the corporate net-banking pages (Federal Bank FedNet, ICICI Bank
    CIB: Beneficiary name / Credit account name / Payee the agency, Debit account, Debit amount / Transfer amount,
    Transfer type, UTR, Bank reference number, Maker / Checker, Transaction date / Created on / Rejected on;
    Transaction successful / Pending at checker - approval awaited / Failed - beneficiary IFSC not NEFT enabled)."""
    k = place("agency_bills")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7, low=18000, high=240000)
    agency, line, town = AGENCIES[(k // 2 + rng.randrange(2)) % len(AGENCIES)]
    frame = AGENCY_FRAMES[k]
    rs = money(rng, font, 0.4)
    if frame in ("bill", "mail"):
        name = agency.upper() if rng.random() < 0.35 else agency
        if frame == "mail":
            p = mail_page(
                rng,
                font,
                f"{agency} <billing@{agency.split()[0].lower()}services.in>",
                [f"Payment received - bill for {month_of(j)}", "Thank you for your payment"],
            )
        else:
            p = paper_page(rng, font, [700, 740, 780])
        letterhead(
            p, name, line, f"{town}, Kerala", "32", ["TAX INVOICE", "SERVICE BILL", "TAX INVOICE - PAID"]
        )
        if not j.no_ref:
            bno = f"{code(rng, 2, UPPER)}/{rng.randrange(10, 999):03d}/26-27"
            p.pair(rng.choice(["Bill No.", "Invoice No."]), bno, txn=(INVOICE_RANK, bno))
        date_row(p, j, ["Bill date", "Invoice date", "Date"], PATS_IN)
        ours_to(p, ["Bill to", "Client"])
        if not j.no_day:
            p.pair("Service period", month_of(j))
        staff = rng.randrange(3, 12)
        days = rng.choice([26, 30, 31])
        wage = rng.choice([780.0, 820.0, 865.0, 910.0])
        base = staff * days * wage
        p.pair(
            f"{'Guards' if 'Secur' in agency or 'Sentinel' in agency else 'Housekeeping staff'} {staff} x {days} days",
            rs(base),
        )
        charge = round(base * 0.1, 2)
        p.pair("Service charges @ 10%", rs(charge))
        taxable = base + charge
        p.pair("Taxable value", rs(taxable))
        total = gst_lines(p, rs, taxable, 18, False)
        p.pair("Gross bill", rs(total))
        tds = round(taxable * 0.02, 2)
        p.pair("Less: TDS u/s 194C @ 2%", rs(tds))
        j.amount = round(total - tds, 2)
        p.pair(rng.choice(["Net received", "Amount received by NEFT"]), rs(j.amount), amount=j.amount)
        way = neft_way(rng, j.amount)
        p.pair("Mode", way, method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, rng.choice(BANKS), way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        word = rng.choice(["PAID", "RECEIVED - THANK YOU"])
        p.add("center", word, status="success")
        p.part = "foot"
        p.add("small", "ESI and EPF of the deployed staff remitted by the agency. E. & O. E.")
        if frame == "bill":
            right(p, f"For {name}")
            p.add("gap")
            seal(
                p, " ".join(agency.split()[:2]), "BILLING", None if j.no_day else j.date, word.split(" - ")[0]
            )
        return p.done()
    fed = rng.random() < 0.5
    brand = "FedNet Corporate" if fed else "ICICI Bank CIB"
    host = "fednetbank.com/corp" if fed else "cib.icicibank.com"
    p = browser_page(rng, font, f"{host}/payments/{digits(rng, 8)}")
    p.part = "head"
    top(p, brand)
    p.add("small", "Federal Bank" if fed else "Corporate Internet Banking")
    p.add("center", rng.choice(["Transaction details", "Fund transfer - status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Success"],
            "pending": ["Pending at checker - approval awaited"],
            "failed": ["Failed - beneficiary IFSC not NEFT enabled"],
        },
    )
    who = agency.upper() if rng.random() < 0.4 else agency
    wrap_pair(p, rng.choice(["Beneficiary name", "Credit account name", "Payee"]), who, merchant=who)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
    p.pair(rng.choice(["Debit amount", "Transfer amount"]), rs(j.amount), amount=j.amount)
    way = neft_way(rng, j.amount)
    p.pair("Transfer type", way, method="netbanking")
    wrap_pair(
        p,
        "Remarks",
        f"{agency.split()[0]} bill {month_of(j)}" if not j.no_day else f"{agency.split()[0]} bill",
    )
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, "Federal Bank" if fed else "ICICI Bank", way)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        bref = f"{rng.choice(['FT', 'BR', 'CIB'])}{digits(rng, 11)}"
        p.pair("Bank reference number", bref, txn=(BANK_RANK, bref))
    p.pair("Maker / Checker", f"CCSACC01 / {'-' if status == 'pending' else 'CCSFIN02'}")
    date_row(
        p,
        j,
        {"success": ["Transaction date", "Value date"], "pending": ["Created on"], "failed": ["Rejected on"]}[
            status
        ],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "For queries quote the bank reference number.")
    return p.done()


# ---------------------------------------------------------------- 8. community staff's vouchers and payouts


STAFF = [
    ("Anjali Menon", "Community manager"),
    ("Rahul Krishnan", "Community associate"),
    ("Shibu P. Joseph", "Facility executive"),
    ("Neethu Thomas", "Front desk"),
    ("Vishnu Das", "IT support"),
    ("Fousiya K. M.", "Community associate"),
    ("Sajan Varghese", "Facility supervisor"),
    ("Gokul Raj", "Events coordinator"),
]
STAFF_HEADS = [
    ("Snacks - community meetup", 1200.0, 4800.0),
    ("Auto / cab fare - bank and vendor visits", 180.0, 950.0),
    ("Printer toner and stationery", 900.0, 3600.0),
    ("Plumber - washroom repair", 450.0, 1800.0),
    ("Flowers and decor - demo day", 700.0, 2500.0),
    ("Courier charges", 120.0, 640.0),
]
STAFF_FRAMES = ["paper", "cashfree", "paper", "phonepe", "cashfree", "paper", "cashfree", "paper"]


def staff_vouchers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its community staff back for what they spent and their incentives: its printed EXPENSE
    REIMBURSEMENT VOUCHER / PETTY CASH VOUCHER / CASH PAYMENT VOUCHER (the company on top, Voucher No. / PCV No.,
    Date, Claimant / Name of employee / Paid to the employee, Emp. ID, the heads, Total claimed, Less: Advance taken,
    Net reimbursed / Net payable, Mode Cash / UPI; PAID / PAID - RECEIVED BY CLAIMANT), Cashfree Payouts' transfer
    pages (Cashfree Payments on top, Beneficiary name the employee, Bene ID, Transfer mode, Transfer ID, UTR, Added
    on / Processed on; Transfer status: SUCCESS / PENDING / FAILED - invalid beneficiary account) and a PhonePe
    screen."""
    k = place("staff_vouchers")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, low=300, high=18000, p_round=0.9)
    who, role = STAFF[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = STAFF_FRAMES[k]
    if frame == "cashfree":
        p = browser_page(rng, font, "payouts.cashfree.com/transfers")
        p.part = "head"
        top(p, "Cashfree Payments")
        p.add("small", "Payouts  |  Transfer details")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Transfer status: SUCCESS"],
                "pending": ["Transfer status: PENDING"],
                "failed": ["Transfer status: FAILED - invalid beneficiary account"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, "Beneficiary name", who, merchant=who)
        p.pair("Bene ID", f"{who.split()[0].lower()}_{digits(rng, 4)}")
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Transfer mode",
            way.lower() if rng.random() < 0.5 else way,
            method="UPI" if way == "UPI" else "netbanking",
        )
        p.pair("Remarks", rng.choice(["Expense reimbursement", "Incentive - demo day", "Claim settlement"]))
        if not j.no_ref:
            tid = f"CCS{j.date:%m%d}{digits(rng, 6)}"
            p.pair("Transfer ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(p, j, ["Processed on"] if status == "success" else ["Added on"], hour=True)
        p.part = "foot"
        p.add("small", "Transfers are debited from your Cashfree Payouts balance.")
        return p.done()
    if frame == "phonepe":
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "PhonePe")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Transaction successful", "Paid"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add("small", f"{who.split()[0].lower()}{digits(rng, 2)}@ybl", method="UPI")
        p.pair("Message", "Claim - community meetup")
        if not j.no_ref:
            p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}"
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
        p.pair("Debited from", f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    centre = rng.choice(CENTRES)
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        centre[0],
        centre[1],
        centre[2],
        ["EXPENSE REIMBURSEMENT VOUCHER", "PETTY CASH VOUCHER", "CASH PAYMENT VOUCHER"],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['ERV', 'PCV', 'CPV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "PCV No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(p, rng.choice(["Claimant", "Name of employee", "Paid to"]), who, merchant=who)
    p.pair("Emp. ID", f"CCS{digits(rng, 3)}")
    p.pair("Designation", role)
    heads = rng.sample(STAFF_HEADS, rng.randrange(1, 4))
    total = 0.0
    for head, lo, hi in heads:
        v = float(round(rng.uniform(lo, hi)))
        total += v
        p.pair(head, rs(v))
    p.pair("Total claimed", rs(total))
    adv = float(rng.choice([0, 500, 1000])) if total > 1500 else 0.0
    if adv:
        p.pair("Less: Advance taken", rs(adv))
    j.amount = round(total - adv, 2)
    p.pair(rng.choice(["Net reimbursed", "Net payable"]), rs(j.amount), amount=j.amount)
    way = "Cash" if k == 0 or j.amount < 800 else rng.choice(["UPI", "Cash"])
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI"}[way])
    if way == "UPI" and not j.no_ref:
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY CLAIMANT"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add("small", "Bills attached: " + str(len(heads)))
    right(p, "Approved by          Receiver's signature")
    return p.done()


# ---------------------------------------------------------------- 9. municipal, fire, lift and labour fees


AUTHORITIES = [
    (
        "Kochi Municipal Corporation",
        "K-SMART - trade licence (D&O) renewal",
        "ksmart.lsgkerala.gov.in/payment",
    ),
    ("Kerala Fire and Rescue Services", "Fire NOC renewal - commercial building", "fire.kerala.gov.in/epay"),
    (
        "Department of Electrical Inspectorate",
        "Lift licence renewal - annual inspection",
        "ceikerala.gov.in/lift",
    ),
    ("Labour Commissionerate", "Kerala Shops & Commercial Establishments - renewal", "lc.kerala.gov.in/epay"),
]
AUTHORITY_HEADS = {
    0: [("D&O licence fee - office / co-working", 4500.0), ("Signboard licence fee", 1500.0)],
    1: [("Fire NOC renewal fee", 6000.0), ("Inspection charges", 1000.0)],
    2: [("Lift licence renewal fee (per lift)", 2200.0), ("Annual inspection fee (per lift)", 1500.0)],
    3: [("Registration renewal fee", 2500.0), ("Late fee", 500.0)],
}
AUTHORITY_ORDER = [0, 2, 1, 3, 0, 2, 3, 1]


def licence_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The licences the centres need: Kochi Municipal Corporation's D&O licence through K-SMART, the Fire and Rescue
    Services' fire NOC renewal and the Electrical Inspectorate's lift licence (through e-Treasury Kerala) and the
    Labour Commissionerate's Shops & Establishments renewal (the authority on top with its service line, Government
    of Kerala on some, Name of establishment / Applicant / Licensee the company, Building ID / Ward / Lift Nos. /
    Registration No. / Application ID, the heads, Total amount paid / Amount remitted / Total, Paid through e-Treasury
    Kerala - Net banking / UPI / Debit card, GRN and Bank transaction No., Transaction ID and e-Receipt No., Date of
    payment / Transaction date; Payment successful / e-Payment completed / Payment initiated - awaiting bank
    response / Payment failed - session timed out at bank)."""
    k = place("licence_fees")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1)
    which = AUTHORITY_ORDER[k]
    agency, line, host = AUTHORITIES[which]
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['receipt', 'status', 'challan'])}/{digits(rng, 8)}")
    p.part = "head"
    name = agency.upper() if rng.random() < 0.25 else agency
    top(p, name, merchant=name)
    p.add("small", line)
    if which in (1, 2, 3):
        p.add("small", "Government of Kerala")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "e-Payment completed"],
            "pending": ["Payment initiated - awaiting bank response"],
            "failed": ["Payment failed - session timed out at bank"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Name of establishment", "Applicant", "Licensee"]),
        rng.choice([COMPANY, COMPANY_CAPS, f"{SHORT} ({COMPANY})"]),
    )
    centre = rng.choice(CENTRES)
    wrap_pair(p, "Premises", centre[1].split(", Kerala")[0])
    ident = {
        0: ("Building ID", f"KMC/{rng.randrange(1, 74):02d}/{digits(rng, 5)}"),
        1: ("Application ID", f"FRS/EKM/{digits(rng, 6)}"),
        2: ("Lift Nos.", f"EKM/L/{digits(rng, 4)}, EKM/L/{digits(rng, 4)}"),
        3: ("Registration No.", f"SE/EKM/{digits(rng, 5)}/2019"),
    }[which]
    p.pair(*ident)
    total = 0.0
    n = 2 if which == 2 else 1
    for head, fee in rng.sample(AUTHORITY_HEADS[which], rng.randrange(1, 3)):
        p.pair(f"{head} x {n}" if n > 1 else head, rs(fee * n))
        total += fee * n
    j.amount = round(total, 2)
    p.pair(rng.choice(["Total amount paid", "Amount remitted", "Total"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    text = f"e-Treasury Kerala - {way}" if which in (1, 2) else way
    p.pair(
        rng.choice(["Paid through", "Payment mode"]),
        text,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if which in (1, 2):
            grn = f"KL{j.date:%y}{digits(rng, 10)}" if not j.no_day else f"KL{digits(rng, 12)}"
            p.pair("GRN", grn, txn=(INVOICE_RANK, grn))
            if status == "success":
                bref = f"{rng.choice(['IGAVX', 'SBIEP', 'FDR'])}{digits(rng, 9)}"
                p.pair("Bank transaction No.", bref, txn=(BANK_RANK, bref))
        else:
            tid = f"{'KSM' if which == 0 else 'LCE'}{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"{'KMC' if which == 0 else 'LC'}/ER/{digits(rng, 7)}"
                p.pair("e-Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date of payment", "Transaction date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "Display the renewed licence at the premises. This is a computer generated receipt.")
    return p.done()


# ---------------------------------------------------------------- 10. cafe counter and staff card slips


COUNTERS = [
    ("CHAKKARA HUB CAFE", "MG ROAD, ERNAKULAM", True),
    ("LULU HYPERMARKET", "EDAPPALLY, KOCHI", False),
    ("CHAKKARA HUB CAFE INFOPARK", "KAKKANAD, KOCHI", True),
    ("HP - KALOOR COCO", "KALOOR, KOCHI", False),
    ("CHAKKARA HUB CAFE", "MG ROAD, ERNAKULAM", True),
    ("BISMI HYPERMARKET", "VYTTILA, KOCHI", False),
    ("CHAKKARA HUB CAFE INFOPARK", "KAKKANAD, KOCHI", True),
    ("PAI & CO STATIONERS", "BROADWAY, ERNAKULAM", False),
]
TERMINALS = [
    "PINE LABS",
    "HDFC BANK",
    "WORLDLINE",
    "ICICI BANK",
    "PAYTM EDC",
    "FEDERAL BANK",
    "EZETAP",
    "AXIS BANK",
]


def cafe_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The cafe counters' card slips (members and guests paying for coffee and lunch, a tip on some) and the staff's
    slips at the hypermarkets, the fuel outlet and the stationer on the company's card (monospace: the terminal's
    bank or brand on top on some, the counter's name and place in capitals, DATE: and TIME: or DATE/TIME:, MID:,
    TID:, BATCH NO:, INV NO:, STAN:, SALE, CARD:, BASE AMT:, TIP AMT:, TOTAL AMT: / AMOUNT: / SALE AMT:, a fuel slip's
    PRODUCT:, RATE/LTR: and VOLUME:, APPR CODE:, RRN:; APPROVED / TXN APPROVED / DECLINED - 55 INCORRECT PIN / HOST
    NOT RESPONDING - TXN STATUS PENDING)."""
    k = place("cafe_slips")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=180, high=9500)
    name, town, cafe = COUNTERS[k]
    fuel = name.startswith("HP")
    if cafe:
        j.amount = rupees(rng, 120, 1800, 0.6)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", TERMINALS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d %b %Y", "%d/%m/%y", "%Y-%m-%d"]))
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.pair("DATE/TIME:", f"{d} {t}", date=j.date)
        else:
            p.pair("DATE:", d, date=j.date)
            p.pair("TIME:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("INV NO:", inv, txn=(INVOICE_RANK, inv))
    p.pair("STAN:", f"{rng.randrange(1, 999999):06d}")
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6", "3"])
    p.pair("CARD:", f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", {"4": "VISA", "5": "MASTERCARD", "6": "RUPAY", "3": "AMEX"}[lead])
    if fuel:
        rate = round(rng.uniform(101.5, 107.9), 2)
        p.pair("PRODUCT:", rng.choice(["PETROL", "POWER PETROL"]))
        p.pair("RATE/LTR:", f"{rate:.2f}")
        p.pair("VOLUME:", f"{j.amount / rate:.2f} L")
    if status == "success" and not j.no_ref:
        appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
        p.pair("APPR CODE:", appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))

    def amt(v: float) -> str:
        body = f"{v:,.2f}" if rng.random() < 0.5 else f"{v:.2f}"
        return f"{rng.choice(['INR ', 'RS.', 'Rs '])}{body}"

    tip = 0.0
    if cafe and status == "success" and rng.random() < 0.7:
        tip = float(rng.choice([20, 30, 50, 100]))
    if tip:
        base = j.amount
        j.amount = round(base + tip, 2)
        p.pair("BASE AMT:", amt(base))
        p.pair("TIP AMT:", amt(tip))
        p.pair("TOTAL AMT:", amt(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["TOTAL AMT:", "AMOUNT:", "SALE AMT:"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "HOST NOT RESPONDING - TXN STATUS PENDING", status="pending")
        p.add("small", "PLEASE CHECK WITH YOUR BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. KSEB, water and broadband bills


BILLERS = [
    ("KSEB", "Kerala State Electricity Board Ltd", "Consumer number"),
    ("Asianet Broadband", "Asianet Satellite Communications Pvt Ltd", "Customer ID"),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "Account number"),
    ("Kerala Water Authority", "Kerala Water Authority", "Consumer ID"),
    ("BSNL FTTH", "Bharat Sanchar Nigam Ltd", "Telephone number"),
]
BILL_APPS = ["iMobile Pay", "KSEB", "Google Pay", "PhonePe", "IDFC FIRST Bank", "CRED", "KSEB", "Paytm"]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The centres' electricity (KSEB), water (Kerala Water Authority) and broadband (Asianet, ACT Fibernet, BSNL
    FTTH) through Bharat Connect in iMobile Pay, IDFC FIRST Bank and UPI apps (the app on top, Biller name / Biller /
    Operator as printed, Consumer number / Customer ID / Account number / Consumer ID / Telephone number, Customer
    name, Bill date and Due date on some, the sum large, Paid from Current A/c or UPI, Bharat Connect Txn ID, UPI Ref
    No., Transaction ID on the failed one, Paid on / Date & time; Bill payment successful / Payment successful /
    Payment pending - biller confirmation awaited / Bill payment failed - biller system unavailable) and KSEB's own
    receipt pages (the board on top, Consumer number, Section office, Amount paid, Payment mode, Transaction No.,
    Receipt No., Date of payment; Payment received successfully)."""
    k = place("utility_bills")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2, low=599, high=86000)
    which = [0, 0, 1, 2, 0, 3, 0, 4][k]
    short, long, idlab = BILLERS[which]
    if which in (1, 2, 4):
        j.amount = rupees(rng, 599, 8400, 0.6)
    elif which == 3:
        j.amount = rupees(rng, 380, 6500, 0.4)
    rs = money(rng, font, 0.5)
    ids = {
        "Consumer number": f"11{digits(rng, 3)}{digits(rng, 8)}",
        "Customer ID": digits(rng, 9),
        "Account number": f"1{digits(rng, 9)}",
        "Consumer ID": f"{digits(rng, 4)}/{digits(rng, 5)}",
        "Telephone number": f"0484-{digits(rng, 7)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "KSEB":
        p = browser_page(rng, font, "wss.kseb.in/selfservices/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online bill payment  |  Receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment received successfully"]})
        p.pair(idlab, ids)
        p.pair(
            "Section office",
            rng.choice(["Electrical Section, Ernakulam Central", "Electrical Section, Kakkanad"]),
        )
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        p.pair("Tariff", "LT VII A - Commercial")
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair(
            "Payment mode", way, method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way]
        )
        if not j.no_ref:
            tid = f"KSEB{digits(rng, 12)}"
            p.pair("Transaction No.", tid, txn=(TXN_RANK, tid))
            rno = f"{digits(rng, 4)}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "The payment will reflect in the consumer ledger within 24 hours.")
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
            "success": ["Bill payment successful", "Payment successful"],
            "pending": ["Payment pending - biller confirmation awaited"],
            "failed": ["Bill payment failed - biller system unavailable"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = "Operator" if which in (1, 2, 4) and rng.random() < 0.5 else rng.choice(["Biller name", "Biller"])
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, SHORT.upper()]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -20, -3))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if app in ("PhonePe", "Google Pay", "Paytm", "CRED") else rng.choice(["Current A/c", "UPI"])
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"{rng.choice(['IC', 'PP', 'GP', 'CR'])}0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair("Bharat Connect Txn ID", bc, txn=(BANK_RANK, bc))
        if way == "UPI" and status == "success" and rng.random() < 0.6:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
        if status == "failed":
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay Ltd")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "PERIYAR MODULAR FURN",
    "SPARKLE FACILITY SER",
    "MALABAR BEAN ROASTER",
    "NILA PANTRY SUPPL",
    "KAVALKAR SECURITY &",
    "ASIANET SATELLITE CO",
    "ANJALI MENON",
    "PADMAM ESTATES AND B",
]
ALERT_STYLES = ["federal", "hdfc", "mail", "sbi", "icici", "hdfc", "federal", "mail"]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (Federal Bank's "Rs x debited from
    your A/c XX1234 on <day> by NEFT / IMPS to <payee as the bank names it>. UTR ...", HDFC Bank's "Sent Rs.x / From
    HDFC Bank A/C *1234 / To <payee> / On <day> / Ref ...", SBI's "A/C X1234 debited by x on date <day> trf to
    <payee> Refno ...", ICICI Bank's "Acct XX123 debited for Rs x on <day>; <payee> credited. UPI:..."; a UPI payment
    that "has FAILED" and one "is PENDING with the beneficiary bank") and two e-mail transaction alerts (Amount,
    Paid to / Beneficiary name, Account number, Transaction type, UTR No. / IMPS Ref No., Date, Status:
    Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1, low=900, high=420000)
    to = ALERT_PAYEES[k]
    style = ALERT_STYLES[k]
    if k == 6:
        j.amount = rupees(rng, 300, 9000)
    if style == "mail":
        bank = rng.choice(["Federal Bank", "HDFC Bank", "ICICI Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{bank.split()[0].lower()}bank.net>",
            ["Transaction alert", "Debit alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made in your account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary name"]), to, merchant=to)
        p.pair("Account number", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Transaction type", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Date", "Transaction date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Successful", status="success")
        p.part = "foot"
        p.add("small", "Did not do this? Call the 24x7 helpline immediately.")
        return p.done()
    bank = {
        "federal": "Federal Bank",
        "hdfc": "HDFC Bank",
        "sbi": "State Bank of India",
        "icici": "ICICI Bank",
    }[style]
    sender = {"federal": "VM-FEDBNK", "hdfc": "AD-HDFCBK", "sbi": "JD-SBIUPI", "icici": "VK-ICICIT"}[style]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    if status != "success" or style in ("hdfc", "sbi", "icici"):
        way = "UPI"
        j.amount = rupees(rng, 300, 95000)
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
    method = "UPI" if way == "UPI" else "netbanking"
    acc4 = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d/%m/%y", "%d-%b-%y"])
    if status == "failed":
        p.add(
            "left",
            f"Your UPI transaction of Rs.{j.amount:,.2f} from A/c XX{acc4}",
            amount=j.amount,
            method=method,
        )
        p.add("left", f"to {to}", merchant=to)
        p.add("left", "has FAILED. Amount, if debited, will be reversed within 48 hrs.", status="failed")
        if not j.no_ref:
            p.add("left", f"UPI Ref No {j.ref}.", txn=(UTR_RANK, j.ref))
    elif status == "pending":
        p.add(
            "left",
            f"Your UPI transaction of Rs.{j.amount:,.2f} from A/c XX{acc4}",
            amount=j.amount,
            method=method,
        )
        p.add("left", f"to {to}", merchant=to)
        p.add("left", "is PENDING with the beneficiary bank. Do not retry.", status="pending")
        if not j.no_ref:
            p.add("left", f"UPI Ref No {j.ref}.", txn=(UTR_RANK, j.ref))
    elif style == "hdfc":
        p.add("left", f"Sent Rs.{j.amount:.2f}", amount=j.amount, status="success")
        p.add("left", f"From HDFC Bank A/C *{acc4}", method=method)
        p.add("left", f"To {to}", merchant=to)
        if day:
            p.add("left", f"On {j.day(rng, ['%d/%m/%y'])}")
        if not j.no_ref:
            p.add("left", f"Ref {j.ref}", txn=(UTR_RANK, j.ref))
        p.add("left", "Not You?")
        p.add("left", "Call 18002586161/SMS BLOCK UPI to 7308080808")
    elif style == "sbi":
        amount = f"{j.amount:.2f}".rstrip("0").rstrip(".") if rng.random() < 0.5 else f"{j.amount:.1f}"
        if float(amount) != j.amount:
            amount = f"{j.amount:.2f}"
        lead = f"Dear UPI user A/C X{acc4} debited by {amount}"
        p.add(
            "left",
            lead + (f" on date {j.day(rng, ['%d%b%y'])}" if day else ""),
            amount=j.amount,
            status="success",
        )
        p.add("left", f"trf to {to}", merchant=to, method=method)
        if not j.no_ref:
            p.add("left", f"Refno {j.ref}.", txn=(UTR_RANK, j.ref))
        p.add("left", "If not u? call 1800111109. -SBI")
    elif style == "icici":
        on = f" on {j.day(rng, ['%d-%b-%y'])}" if day else ""
        p.add(
            "left",
            f"ICICI Bank Acct XX{acc4[1:]} debited for Rs {j.amount:,.2f}{on};",
            amount=j.amount,
            status="success",
        )
        p.add("left", f"{to} credited.", merchant=to, method=method)
        if not j.no_ref:
            p.add("left", f"UPI:{j.ref}.", txn=(UTR_RANK, j.ref))
        p.add("left", "Call 18002662 for dispute. SMS BLOCK 123 to 9215676766.")
    else:
        amt = f"{rng.choice(['INR ', 'Rs.', 'Rs '])}{j.amount:,.2f}"
        on = f" on {day}" if day else ""
        p.add("left", f"{amt} debited from your A/c XX{acc4}{on}", amount=j.amount, status="success")
        p.add("left", f"by {way} to {to}.", merchant=to, method=method)
        if not j.no_ref:
            ref = j.ref if way == "IMPS" else bank_ref(rng, j, bank, way)
            p.add("left", f"{'IMPS Ref' if way == 'IMPS' else 'UTR'}: {ref}.", txn=(UTR_RANK, ref))
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2800000):,.2f}")
        p.add("small", "-Federal Bank")
    return p.done()


compose = compose158

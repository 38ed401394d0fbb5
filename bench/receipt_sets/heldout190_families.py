"""The twelve heldout190 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a Coorg coffee estate with a homestay in 2026 (Bettadamane Plantations LLP, its estate
office at Madapur, Somwarpet taluk, and its homestay, Bettadamane Estate Stay, on the Kakkabe road near Virajpet,
Kodagu), told by the proofs of payment it receives and makes: curing works', auction houses' and traders' grower
payment advices for its parchment and cherry, guests' UPI and its payment pages, the booking platforms' payouts, its
own room and money receipts, fertiliser, machinery and irrigation dealers' invoices, pickers' wage vouchers and the
bank's bulk rows, roasters' wires from abroad in US dollars, euros and pounds, the Coffee Board's, the gram
panchayat's, the tourism department's and the pollution control board's fee pages, card slips in the Kodagu towns,
corporate net-banking transfers to the curing works, transporters and contractors, CESC Mysore's electricity and the
phone and fibre bills through Bharat Connect, and the bank's SMS and e-mail alerts. Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, lot, outturn, bag and grade lines, auction and arrival days, curing, hulling, gunny, commission and TDS
lines, the reservations listed on a payout, commission, TCS and TDS on it, check-in and check-out days, tariffs,
fertiliser and insecticide licence numbers, GST lines, GSTIN, IFSC, BIC, UETR, IEC, RCMC, property and assessment
numbers, consent and registration numbers, MID, TID, batch, account ids of billers, nicknames, name-check lines and
the payer's own details carry no fact. ``Job``, ``date_row``, ``neft_ref``, ``letterhead`` and ``gst_lines`` are
heldout167's; ``compose`` is heldout158's.
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
LOWER = "abcdefghjkmnpqrstuvwxyz"
HEX = "0123456789abcdef"

COMPANY = "Bettadamane Plantations LLP"
COMPANY_CAPS = "BETTADAMANE PLANTATIONS LLP"
SHORT = "Bettadamane Estate"
STAY = "Bettadamane Estate Stay"
STAY_CAPS = "BETTADAMANE ESTATE STAY"
# unit, address, GST state code
UNITS = [
    (
        "Estate office, Madapur",
        "Bettadamane Estate, Madapur Post, Somwarpet Tq, Kodagu - 571251, Karnataka",
        "29",
    ),
    ("Homestay, Virajpet", "Kakkabe Road, Kadanga, Virajpet Tq, Kodagu - 571218, Karnataka", "29"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WEST = ["{d} %B %Y", "%d %b %Y", "%B {d}, %Y", "%Y-%m-%d", "%d.%m.%Y"]
BANKS = [
    "Canara Bank",
    "Karnataka Bank",
    "State Bank of India",
    "Federal Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
]
IFSC = {
    "Canara Bank": "CNRB",
    "Karnataka Bank": "KARB",
    "State Bank of India": "SBIN",
    "Federal Bank": "FDRL",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Kotak Mahindra Bank": "KKBK",
}


def ours_to(p: Screen, labels: list[str]) -> None:
    """The estate as the other party (Bill to / Sold to / Applicant: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but not on the page that prints no day) or the IMPS reference."""
    head = IFSC.get(bank, "SBIN")
    if j.no_day and way in ("NEFT", "RTGS"):
        return f"{head}{way[0]}{digits(rng, 11)}"
    if way == "RTGS":
        return f"{head}R5{j.date:%Y%m%d}{digits(rng, 8)}"
    if way == "IMPS":
        return j.ref
    return neft_ref(rng, j, bank if head in ("HDFC", "ICIC", "SBIN", "UTIB") else "SBIN")


# ---------------------------------------------------------------- 1. curing works' and buyers' grower advices


CURERS = [
    ("Kushalnagar Coffee Curing Works Pvt Ltd", "accounts@kushalnagarcuring.in"),
    ("Malnad Coffee Auctions LLP", "settlements@malnadauctions.in"),
    ("Cauvery Green Coffee Traders", "payments@cauverygreen.co.in"),
    ("Coorg Arabica Exports Pvt Ltd", "ap@coorgarabica.com"),
    ("Hunsur Road Hulling & Curing Co", "office@hunsurcuring.in"),
    ("Sampaje Coffee Growers Co-op Society Ltd", "cashier@sampajecoop.in"),
]
GRADES = [
    ("Arabica Parchment AB", 17800, 23600),
    ("Arabica Parchment PB", 18400, 24800),
    ("Arabica Cherry AB", 11200, 14900),
    ("Robusta Cherry AB", 9800, 12600),
    ("Robusta Parchment AB", 12900, 16400),
]
ADVICE_FRAMES = ["mail", "portal", "paper", "mail", "paper", "portal", "mail", "paper"]


def curing_advices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Curing works, an auction house, green-coffee traders and a growers' co-operative paying the estate for its
    coffee: the payer's grower payment advice e-mail, its printed GROWER PAYMENT ADVICE / SALE PROCEEDS ADVICE /
    ACCOUNT SALES - SELLER'S STATEMENT and its grower portal page (the payer on top, Grower / Seller (grower) / Planter
    / Pay to (estate) the estate, Grower code, Lot No. / Outturn No., Auction date / Arrival date, the grade with bags
    x 50 kg @ the rate per 50 kg, Gross sale value, Less: Curing charges, Less: Hulling and grading, Less: Gunny cost,
    Less: Auction commission @ 1%, Less: Advance recovered, Less: TDS u/s 194Q @ 0.1%, Net proceeds paid / Net amount
    payable to grower / Amount remitted, Mode NEFT / RTGS, UTR / UTR No., Settlement No. / Account sale No., Remitted
    on / Payment date / Value date / Scheduled on / Returned on; Proceeds remitted / Status: Paid / Withheld - moisture
    re-test of lot pending / Returned by bank - account frozen (KYC pending))."""
    k = place("curing_advices")
    status = outcome(k, failed=(4,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    payer, mail = CURERS[k % len(CURERS)]
    frame = ADVICE_FRAMES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", ""))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{payer.split()[0]} Accounts <{mail}>",
            ["Grower payment advice", "Sale proceeds - payment advice", f"Payment to {SHORT}"],
        )
    elif frame == "portal":
        p = browser_page(rng, font, f"growers.{mail.split('@')[1]}/settlements/{digits(rng, 6)}")
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, payer.upper() if frame == "paper" and rng.random() < 0.5 else payer)
    p.add(
        "small",
        rng.choice(["Kushalnagar, Kodagu", "Coffee curing | Hulling | Grading", "Growers' accounts section"]),
    )
    p.add(
        "center",
        rng.choice(["GROWER PAYMENT ADVICE", "SALE PROCEEDS ADVICE", "ACCOUNT SALES - SELLER'S STATEMENT"]),
    )
    p.add("rule")
    p.part = "body"
    payee = rng.choice([COMPANY, COMPANY_CAPS, SHORT])
    wrap_pair(
        p, rng.choice(["Grower", "Seller (grower)", "Planter", "Pay to (estate)"]), payee, merchant=payee
    )
    p.pair("Grower code", f"KDG-{rng.randrange(100, 9999):04d}")
    p.pair(
        rng.choice(["Lot No.", "Outturn No."]), f"{rng.choice(['MDP', 'SMP', 'L'])}/{rng.randrange(10, 999)}"
    )
    p.pair(rng.choice(["Auction date", "Arrival date"]), j.other_day(rng, -40, -3))
    gross = 0.0
    for grade, lo, hi in rng.sample(GRADES, rng.randrange(1, 3)):
        bags = rng.randrange(8, 70)
        rate = float(rng.randrange(int(lo / 10), int(hi / 10)) * 10)
        value = round(bags * rate, 2)
        gross += value
        p.add("left", grade)
        p.pair(f"  {bags} bags x 50 kg @ {rate:,.0f}/50 kg", rs(value))
    p.pair("Gross sale value", rs(gross))
    cuts = []
    if payer.startswith("Malnad"):
        cuts.append(("Less: Auction commission @ 1%", round(gross * 0.01, 2)))
    else:
        cuts.append(("Less: Curing charges", round(gross * rng.uniform(0.008, 0.015), 2)))
        if rng.random() < 0.6:
            cuts.append(("Less: Hulling and grading", float(rng.randrange(20, 90) * 50)))
    if rng.random() < 0.5:
        cuts.append(("Less: Gunny cost", float(rng.randrange(10, 60) * 45)))
    if rng.random() < 0.4:
        cuts.append(("Less: Advance recovered", float(rng.choice([50000, 75000, 100000]))))
    if gross > 500000:
        cuts.append(("Less: TDS u/s 194Q @ 0.1%", round(gross * 0.001, 2)))
    for lab, v in cuts:
        p.pair(lab, rs(v))
    j.amount = round(gross - sum(v for _, v in cuts), 2)
    p.pair(
        rng.choice(["Net proceeds paid", "Net amount payable to grower", "Amount remitted"]),
        rs(j.amount),
        amount=j.amount,
    )
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment mode"]), way, method="netbanking")
    bank = rng.choice(BANKS[:4])
    wrap_pair(p, "Grower's account", f"{bank} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        doc = f"{rng.choice(['ST', 'AS', 'GP'])}/{rng.randrange(100, 9999)}/25-26"
        p.pair(rng.choice(["Settlement No.", "Account sale No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Proceeds remitted", "Status: Paid"],
            "pending": ["Withheld - moisture re-test of lot pending"],
            "failed": ["Returned by bank - account frozen (KYC pending)"],
        },
    )
    date_row(
        p,
        j,
        {
            "success": ["Remitted on", "Payment date", "Value date"],
            "pending": ["Scheduled on"],
            "failed": ["Returned on"],
        }[status],
        PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Out-turn and cup reports are available with the grading section on request.")
    return p.done()


# ---------------------------------------------------------------- 2. guests' UPI and the homestay's payment pages


GUEST_APPS = [
    "Google Pay",
    "PhonePe",
    "Razorpay",
    "Paytm",
    "Amazon Pay",
    "super.money",
    "Easebuzz",
    "MobiKwik",
]
GUESTS = [
    "Ananya Krishnan",
    "Rohit Malhotra",
    "Sneha & Karthik",
    "Vikram Poonacha",
    "Fathima Rasheed",
    "Arjun Mehta",
    "Nimbus Labs Offsite",
    "Deepika Ganapathy",
]
STAY_NOTES = [
    "Room advance 2N",
    "Cottage booking advance",
    "Balance at checkout",
    "Plantation walk + stay",
    "Advance for 3 rooms",
    "Coorg trip - stay",
]


def guest_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Guests paying the homestay: six UPI app screens (Google Pay, PhonePe, Paytm, Amazon Pay, super.money,
    MobiKwik: the homestay under Paid to / To / Sent to / Paying to, its UPI ID, the sum large, UPI transaction ID /
    UPI Ref No. / UTR, the app's own Transaction ID on some, Debited from, Date & time / Paid on / Completed) and its
    two payment pages (Razorpay, Easebuzz: the homestay on top, Guest / Paid by, Payment ID pay_... / Easebuzz ID,
    UPI RRN / Bank ref No. beside UPI, Auth code for a card, Paid on / Transaction date)."""
    k = place("guest_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=1500, high=42000, p_round=0.8)
    app = GUEST_APPS[k]
    rs = money(rng, font, 0.6)
    if app in ("Razorpay", "Easebuzz"):
        to = rng.choice([STAY, STAY_CAPS])
        url = (
            f"pages.razorpay.com/bettadamane-{code(rng, 4, LOWER)}"
            if app == "Razorpay"
            else f"pay.easebuzz.in/link/{code(rng, 10, ALNUM)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", rng.choice(["Coffee estate homestay, Kodagu", "Rooms | Cottages | Plantation walks"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment received", "Thank you! Payment successful"],
                "failed": ["Payment failed - amount not debited"],
                "pending": ["Payment pending - awaiting bank update"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Guest", "Paid by"]), GUESTS[k])
        wrap_pair(p, "Purpose", rng.choice(STAY_NOTES))
        way = "UPI" if rng.random() < 0.6 else "card"
        p.pair(
            "Payment mode",
            "UPI" if way == "UPI" else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, ALNUM + LOWER)}" if app == "Razorpay" else f"E{code(rng, 11, ALNUM)}"
            p.pair("Payment ID" if app == "Razorpay" else "Easebuzz ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "Bank ref No."]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Powered by Razorpay" if app == "Razorpay" else "Secured by Easebuzz")
        return p.done()
    to = rng.choice([STAY, "Bettadamane Homestay"])
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", app)
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid successfully", "Money sent"],
            "failed": ["Payment Failed", "Transaction failed"],
            "pending": ["Payment Pending", "Processing - do not retry"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    p.add("small", rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"]))
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: bettadamane{rng.choice(['', 'stay', '.coorg'])}@{rng.choice(['okaxis', 'ybl', 'cnrb', 'kbl'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), rng.choice(STAY_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "Amazon Pay") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "Amazon Pay": f"P0{rng.randrange(1, 4)}-{digits(rng, 7)}-{digits(rng, 7)}",
            }[app]
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done"]))
    return p.done()


# ---------------------------------------------------------------- 3. booking platforms' payouts


# platform, frame, the label its payout prints the homestay under, its commission share
PLATFORMS = [
    ("Airbnb", "mail", "Host", 0.03),
    ("Booking.com", "browser", "Property name", 0.18),
    ("MakeMyTrip", "mail", "Hotel name", 0.2),
    ("Agoda", "mail", "Payee name", 0.17),
    ("Goibibo", "mail", "Hotel name", 0.2),
    ("Expedia Partner Central", "browser", "Property", 0.18),
    ("Airbnb", "phone", "Host", 0.03),
    ("Booking.com", "browser", "Property name", 0.18),
]


def platform_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The booking platforms paying the homestay for the stays they sold: Airbnb's payout e-mail and app screen,
    Booking.com's and Expedia's extranet payout pages, MakeMyTrip's, Goibibo's and Agoda's payment advice e-mails
    (the platform on top, Host / Property name / Hotel name / Payee name / Property the homestay, Property ID, the
    reservations covered with their guests and check-in days, Gross booking value, Less: Commission, Less: GST on
    commission @ 18%, Less: TCS u/s 52 CGST Act @ 0.5%, Less: TDS u/s 194-O @ 0.1%, Net payout / Payout amount / Net
    amount remitted, Payout method Bank transfer / NEFT, Payout ID / Payment advice No., UTR, Payout date / Sent on /
    Remittance date / Initiated on / Returned on; Payout sent / Paid / Payout initiated - on its way to your bank /
    Payout failed - bank returned the transfer)."""
    k = place("platform_payouts")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 7)
    seller, frame, lab, share = PLATFORMS[k]
    rs = money(rng, font, 0.2, marks=("\u20b9", "INR", "Rs."))
    slug = seller.split()[0].split(".")[0].lower()
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{seller} <{'payouts' if slug == 'airbnb' else 'partner.payments'}@{slug}.com>",
            ["We sent you a payout", "Payment advice", "Your payout details"]
            if status == "success"
            else ["About your payout", "Payout update"],
        )
    elif frame == "browser":
        p = browser_page(
            rng,
            font,
            "admin.booking.com/hotel/hoteladmin/finance/payouts"
            if slug == "booking"
            else "apps.expediapartnercentral.com/lodging/accounting",
        )
    else:
        p = phone_page(rng, font, k, ["Earnings", "Payout details"])
    p.part = "head"
    top(p, seller)
    p.add("small", rng.choice(["Payout details", "Payment advice - partner payouts", "Finance"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payout sent", "Paid"],
            "pending": ["Payout initiated - on its way to your bank"],
            "failed": ["Payout failed - bank returned the transfer"],
        },
    )
    name = rng.choice([STAY, STAY_CAPS])
    wrap_pair(p, lab, name, merchant=name)
    p.pair("Property ID", digits(rng, rng.choice([7, 8])))
    gross_total = 0.0
    p.add("left", rng.choice(["Reservations in this payout", "Bookings covered"]))
    for _ in range(rng.randrange(1, 4)):
        v = rupees(rng, 3200, 26000, 0.4)
        gross_total += v
        res = f"{code(rng, 2, UPPER)}{digits(rng, 8)}" if slug != "booking" else digits(rng, 10)
        p.pair(f"{res} ({rng.choice(GUESTS).split()[0]}, check-in {j.other_day(rng, -30, -2)})", rs(v))
    p.pair("Gross booking value", rs(gross_total))
    comm = round(gross_total * share, 2)
    p.pair("Less: Commission" if slug != "airbnb" else "Less: Host service fee", rs(comm))
    gst = round(comm * 0.18, 2)
    p.pair("Less: GST on commission @ 18%", rs(gst))
    tcs = round(gross_total / 1.05 * 0.005, 2)
    p.pair("Less: TCS u/s 52 CGST Act @ 0.5%", rs(tcs))
    tds = round(gross_total * 0.001, 2)
    p.pair("Less: TDS u/s 194-O @ 0.1%", rs(tds))
    j.amount = round(gross_total - comm - gst - tcs - tds, 2)
    p.pair(rng.choice(["Net payout", "Payout amount", "Net amount remitted"]), rs(j.amount), amount=j.amount)
    p.pair(
        "Payout method",
        rng.choice([f"Bank transfer - {rng.choice(BANKS[:4])} XX{digits(rng, 4)}", "NEFT to bank account"]),
        method="netbanking",
    )
    if not j.no_ref:
        if slug == "makemytrip" or slug == "goibibo":
            doc = f"PA{digits(rng, 10)}"
            p.pair("Payment advice No.", doc, txn=(INVOICE_RANK, doc))
        else:
            pid = (
                f"{code(rng, 3, UPPER)}{digits(rng, 9)}" if slug != "airbnb" else f"G-{code(rng, 10, ALNUM)}"
            )
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
        if status != "pending":
            ref = bank_ref(rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India"]), "NEFT")
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    date_row(
        p,
        j,
        {
            "success": ["Payout date", "Sent on", "Remittance date"],
            "pending": ["Initiated on"],
            "failed": ["Returned on"],
        }[status],
        WEST if slug in ("airbnb", "booking", "expedia", "agoda") else PATS_IN,
    )
    p.part = "foot"
    p.add("small", "Payouts can take 3-5 business days to reach your bank.")
    return p.done()


# ---------------------------------------------------------------- 4. the homestay's own receipts


RECEIPT_PARTIES = [
    "Mr. Sandeep Kulkarni",
    "Nimbus Labs Pvt Ltd (team offsite)",
    "Ms. Ritu Agarwal",
    "Dr. Kavya Bopanna",
    "Mr. Thomas Varghese",
    "Mrs. Leela Subbaiah",
    "Bengaluru Cyclists Club",
    "Mr. Imran Pasha",
]


def stay_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The homestay's own ROOM ADVANCE RECEIPT / MONEY RECEIPT / FOLIO SETTLEMENT RECEIPT (paper, the homestay on top
    with its line, address and the estate's GSTIN; MR No. / Folio No. / Rcpt. Sl. No., Date / Dated / Receipt date,
    Received from / Guest name, Check-in and Check-out, Rooms, nights x tariff, GST @ 5%, Booking value (incl. GST),
    Advance received / Amount received / Cash received / Received by UPI / Card (POS) / Cheque for, Balance payable at
    check-out, Cheque No. and bank, UPI Ref No., UTR, RRN; RECEIVED WITH THANKS / ADVANCE RECEIVED - BOOKING CONFIRMED /
    SETTLED - THANK YOU FOR STAYING / CHEQUE RECEIVED - SUBJECT TO REALISATION / CHEQUE RETURNED - EXCEEDS ARRANGEMENT,
    the rubber stamp) and its front desk's receipt e-mails."""
    k = place("stay_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=4000, high=160000)
    unit = UNITS[1]
    rs = money(rng, font, 0.5, marks=("Rs.", "\u20b9", "INR", ""))
    me = rng.choice([STAY, STAY_CAPS])
    if k in (3, 7):
        p = mail_page(
            rng,
            font,
            f"{STAY} <frontdesk@bettadamanestay.in>",
            ["Payment receipt - your stay", "We have received your payment"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", "Front desk  |  Kakkabe Road, Virajpet")
        p.add("center", "Payment receipt")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}  |  Coffee estate homestay",
            unit[1],
            unit[2],
            ["ROOM ADVANCE RECEIPT", "MONEY RECEIPT", "FOLIO SETTLEMENT RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{rng.choice(['MR', 'FO', 'BES'])}/{rng.randrange(10, 999):03d}/26-27"
        p.pair(rng.choice(["MR No.", "Folio No.", "Rcpt. Sl. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(p, rng.choice(["Received from", "Guest name"]), RECEIPT_PARTIES[k])
    nights, rooms = rng.randrange(1, 4), rng.randrange(1, 4) if k != 1 else rng.randrange(6, 10)
    p.pair("Check-in", j.other_day(rng, 1, 40) if k in (0, 2, 4) else j.other_day(rng, -3, 0))
    way = "cheque" if status != "success" else ["-", "NEFT", "-", "UPI", "cash", "card", "-", "UPI"][k]
    if way == "-":
        way = rng.choice(["UPI", "cash", "NEFT"])
    tariff = rng.choice([3800, 4500, 5200, 6500, 7200])
    value = round(nights * rooms * tariff * 1.05, 2)
    p.pair("Rooms", f"{rooms} x {nights} night(s) @ {tariff:,}")
    p.pair("GST @ 5%", rs(round(nights * rooms * tariff * 0.05, 2)))
    p.pair(rng.choice(["Booking value (incl. GST)", "Folio total"]), rs(value))
    part = k in (0, 2, 4, 6) and way != "cheque" or k == 1
    j.amount = float(round(value * rng.choice([0.3, 0.5]), -2)) if part else value
    if way == "cash" and j.amount > 19000:
        j.amount = float(rng.choice([5000, 10000, 15000]))
    lab = {
        "cash": "Cash received",
        "UPI": rng.choice(["Received by UPI", "Amount received"]),
        "cheque": "Cheque for",
        "NEFT": rng.choice(["Advance received", "Amount received"]),
        "card": "Card (POS)",
    }[way]
    p.pair(
        lab,
        rs(j.amount),
        amount=j.amount,
        method={"cash": "cash", "UPI": "UPI", "cheque": "cheque", "NEFT": "netbanking", "card": "card"}[way],
    )
    if value - j.amount > 0.005:
        p.pair("Balance payable at check-out", rs(round(value - j.amount, 2)))
    else:
        p.pair("Balance due", "NIL")
    if way == "cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS)}")
    elif not j.no_ref and way == "UPI":
        p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    elif not j.no_ref and way == "NEFT":
        ref = bank_ref(rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India"]), "NEFT")
        p.pair(rng.choice(["UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
    elif not j.no_ref and way == "card":
        p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
    word = {
        "success": rng.choice(
            ["RECEIVED WITH THANKS", "ADVANCE RECEIVED - BOOKING CONFIRMED"]
            if part
            else ["RECEIVED WITH THANKS", "SETTLED - THANK YOU FOR STAYING"]
        ),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - EXCEEDS ARRANGEMENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    if k not in (3, 7):
        right(p, "For the homestay")
        p.add("gap")
        seal(p, "BETTADAMANE", "HOMESTAY", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 5. fertiliser, machinery and irrigation dealers


# dealer, line, address, GST state, its licence line, its GST rate
DEALERS = [
    (
        "Kodagu Agro Kendra",
        "Fertilisers | Lime | Micronutrients",
        "Main Road, Somwarpet, Kodagu - 571236, Karnataka",
        "29",
        "Fertiliser Licence No.",
        5,
    ),
    (
        "Coorg Farm Machineries",
        "Pulpers | Sprayers | Brush cutters | Pumps",
        "Mysore Road, Kushalnagar, Kodagu - 571234, Karnataka",
        "29",
        "Authorised dealer code",
        5,
    ),
    (
        "Malabar Pipes & Sprinklers",
        "HDPE pipes | Sprinklers | Drip",
        "Iritty Road, Thalassery, Kannur - 670102, Kerala",
        "32",
        "Trade licence No.",
        18,
    ),
    (
        "Sri Chamundi Agro Chemicals",
        "Insecticides | Fungicides | Bordeaux mix",
        "Gonikoppal Road, Virajpet, Kodagu - 571218, Karnataka",
        "29",
        "Insecticide Licence No.",
        18,
    ),
]
ITEMS = {
    "Kodagu Agro Kendra": [
        ("Muriate of Potash (MOP) 50 kg", 1650.0, 1850.0),
        ("DAP 18:46:0 50 kg", 1350.0, 1400.0),
        ("NPK 10:26:26 50 kg", 1470.0, 1700.0),
        ("Dolomite lime 50 kg", 260.0, 340.0),
    ],
    "Coorg Farm Machineries": [
        ("Disc pulper 2-disc with motor", 68000.0, 92000.0),
        ("HTP power sprayer 3 HP", 14500.0, 19800.0),
        ("Brush cutter 2-stroke 43 cc", 11200.0, 16500.0),
    ],
    "Malabar Pipes & Sprinklers": [
        ("HDPE pipe 63 mm x 100 m", 9800.0, 12800.0),
        ("Sprinkler 1 inch full circle", 520.0, 780.0),
    ],
    "Sri Chamundi Agro Chemicals": [
        ("Copper oxychloride 50% WP 1 kg", 640.0, 820.0),
        ("Chlorpyrifos 20% EC 1 L", 420.0, 560.0),
    ],
}
DEALER_WAYS = ["UPI", "-", "NEFT", "-", "IMPS", "-", "RTGS", "UPI"]


def dealer_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Fertiliser, machinery, irrigation and plant-protection dealers' TAX INVOICE / CASH-CUM-CREDIT BILL / INVOICE
    CUM RECEIPT (paper: the dealer on top, its line, address, GSTIN and its Fertiliser / Insecticide licence No. or
    dealer code; Bill No. / Invoice No., Invoice date / Date, Sold to / Bill to M/s the estate, the goods x rate, Taxable
    value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less: Advance adjusted and Balance received on
    some, then Amount received / Paid by UPI with its UTR, IMPS Ref No. or UPI Ref No., or Received by cheque with the
    Cheque No.; PAID / PAID IN FULL - NO DUES / RECEIVED WITH THANKS / CHEQUE DEPOSITED - SUBJECT TO CLEARANCE / CHEQUE
    RETURNED - FUNDS INSUFFICIENT, in the dealer's rubber stamp too)."""
    k = place("dealer_invoices")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7)
    dealer, line, addr, state, lic, rate = DEALERS[k % len(DEALERS)]
    name = dealer.upper() if rng.random() < 0.35 else dealer
    rs = money(rng, font, 0.3, marks=("Rs.", "Rs", "INR", "\u20b9"))
    p = paper_page(rng, font, [700, 740, 780])
    letterhead(p, name, line, addr, state, ["TAX INVOICE", "CASH-CUM-CREDIT BILL", "INVOICE CUM RECEIPT"])
    p.add("small", f"{lic}: {code(rng, 3, UPPER)}/{rng.randrange(10, 999)}/{rng.randrange(2019, 2026)}")
    if not j.no_ref:
        inv = f"{''.join(w[0] for w in dealer.split()[:3] if w[0].isalpha()).upper()}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Bill No.", "Invoice No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Date"], PATS_IN)
    ours_to(p, ["Sold to", "Bill to"])
    taxable = 0.0
    for item, lo, hi in rng.sample(ITEMS[dealer], rng.randrange(1, 3)):
        qty = (
            rng.randrange(1, 3) if lo > 50000 else rng.randrange(4, 40) if lo < 2000 else rng.randrange(1, 6)
        )
        price = round(rng.uniform(lo, hi), 2)
        value = round(qty * price, 2)
        taxable += value
        p.add("left", item)
        p.pair(f"  {qty} x {price:,.2f}", rs(value))
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, rate, state != "29")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = DEALER_WAYS[k] if status == "success" else "cheque"
    if way == "-":
        way = rng.choice(["NEFT", "UPI"])
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and total > 20000 and rng.random() < 0.5:
        adv = float(round(total * rng.choice([0.25, 0.4]), -2))
        p.pair("Less: Advance adjusted", rs(adv))
    j.amount = round(total - adv, 2)
    if way == "cheque":
        p.pair("Received by cheque", rs(j.amount), amount=j.amount, method="cheque")
        p.pair("Cheque No.", digits(rng, 6))
        p.pair("Drawn on", rng.choice(BANKS[:4]))
    else:
        lab = "Balance received" if adv else ("Paid by UPI" if way == "UPI" else "Amount received")
        p.pair(lab, rs(j.amount), amount=j.amount)
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way in ("UPI", "IMPS"):
                p.pair(f"{way} Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", "PAID IN FULL - NO DUES", "RECEIVED WITH THANKS"]),
        "pending": "CHEQUE DEPOSITED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(dealer.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. pickers' wage vouchers and bulk payouts


PICKERS = [
    "Kariyappa (maistry)",
    "Muthamma P.",
    "Raju Yerava",
    "Lakshmi Devi",
    "Subramani K.",
    "Chinnappa (maistry)",
    "Jyothi B.",
    "Abdul Kareem",
]
WAGE_FRAMES = ["paper", "paper", "bulk", "netbank", "paper", "bulk", "paper", "netbank"]
CORP = [
    ("Karnataka Bank", "corporate.karnatakabank.com", "Karnataka Bank - Corporate Internet Banking"),
    ("Federal Bank", "fedcorp.federalbank.co.in", "FedCorp"),
]


def picker_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The estate paying its pickers and the maistries who bring the picking gangs: its printed PICKING WAGES VOUCHER /
    WEEKLY WAGE VOUCHER / MAISTRY PAYMENT VOUCHER (the estate on top, Voucher No. / V. No., Date / Week ending, Name of
    picker / Paid to / Maistry, Block, Kg ripe cherry picked x rate per kg or Days x daily wage, Gross wages, Less:
    Festival advance, Less: Ration advance, Net wages paid / Amount paid, Mode Cash / UPI / IMPS, Writer; PAID / PAID -
    RECEIVED BY WORKER, the thumb impression line) and the bank's bulk payment rows and fund transfer acknowledgements
    (Karnataka Bank's Corporate Internet Banking, FedCorp: Beneficiary name, Beneficiary nickname, Debit account,
    Amount, IMPS Ref No. / UTR, Transaction ref No., Value date / Transaction date; Status: Processed / Pending for
    second authoriser's release / Rejected - invalid account number)."""
    k = place("picker_wages")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 6, low=1800, high=48000, p_round=0.85)
    who = PICKERS[k]
    rs = money(rng, font, 0.8, marks=("Rs.", "\u20b9", "Rs"))
    frame = WAGE_FRAMES[k]
    if frame in ("bulk", "netbank"):
        bank, host, brand = CORP[k % 2]
        p = browser_page(rng, font, f"{host}/{'bulkpay/rowstatus' if frame == 'bulk' else 'ft/ack'}")
        p.part = "head"
        top(p, brand if len(brand) < 20 else bank)
        if len(brand) < 20:
            p.add("small", bank)
        else:
            p.add("small", "Corporate Internet Banking")
        p.add(
            "center", "Bulk payment - record status" if frame == "bulk" else "Fund transfer acknowledgement"
        )
        if frame == "bulk":
            p.add(
                "small",
                f"File: WAGES_WK{rng.randrange(1, 52):02d}_{code(rng, 4, ALNUM)}.csv  |  Record {rng.randrange(2, 80)}",
            )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Status: Processed", "Transaction successful"],
                "pending": ["Pending for second authoriser's release"],
                "failed": ["Rejected - invalid account number"],
            },
        )
        name = who.split(" (")[0]
        wrap_pair(p, "Beneficiary name", name, merchant=name)
        p.pair("Beneficiary nickname", f"PICK-{name.split()[0].upper()[:6]}")
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - XX{digits(rng, 4)}")
        p.pair(rng.choice(["Amount", "Transfer amount"]), rs(j.amount), amount=j.amount)
        p.pair("Payment type", "IMPS", method="netbanking")
        if not j.no_ref:
            if status == "success":
                p.pair(rng.choice(["IMPS Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
            tno = f"{rng.choice(['KBL', 'FED', 'TR'])}{digits(rng, 11)}"
            p.pair("Transaction ref No.", tno, txn=(BANK_RANK, tno))
        wrap_pair(p, "Narration", f"Picking wages week {j.date.isocalendar()[1]}")
        date_row(
            p,
            j,
            {
                "success": ["Value date", "Transaction date"],
                "pending": ["Uploaded on" if frame == "bulk" else "Initiated on"],
                "failed": ["Rejected on"],
            }[status],
            hour=rng.random() < 0.5,
        )
        p.part = "foot"
        p.add("small", "The bank never asks for your password or OTP.")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    unit = UNITS[0]
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS, SHORT.upper()]),
        unit[0],
        unit[1],
        unit[2],
        [
            "PICKING WAGES VOUCHER",
            "WEEKLY WAGE VOUCHER",
            "MAISTRY PAYMENT VOUCHER" if "maistry" in who else "WAGE VOUCHER",
        ],
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'PV', 'MP'])}-{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "V. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Week ending"], PATS_IN)
    name = who.split(" (")[0]
    wrap_pair(
        p, rng.choice(["Maistry"] if "maistry" in who else ["Name of picker", "Paid to"]), name, merchant=name
    )
    p.pair("Block", rng.choice(["Hosa thota", "Upper Arabica block", "Robusta 3", "Near pulper house"]))
    way = "Cash" if k in (0, 4) else rng.choice(["UPI", "IMPS"])
    if way == "Cash" and j.amount > 19000:
        j.amount = rupees(rng, 1800, 19000, 0.9)
    adv = float(rng.choice([0, 500, 1000, 2000])) if j.amount > 5000 else 0.0
    gross = round(j.amount + adv, 2)
    if rng.random() < 0.6:
        kg_rate = rng.choice([6.0, 6.5, 7.0, 8.0])
        p.pair(f"Ripe cherry picked: {gross / kg_rate:,.1f} kg x {kg_rate:.2f}", rs(gross))
    else:
        n = rng.randrange(5, 25)
        p.pair(f"Days: {n} x {rs(round(gross / n, 2))}", rs(gross))
    p.pair("Gross wages", rs(gross))
    if adv:
        p.pair(rng.choice(["Less: Festival advance", "Less: Ration advance"]), rs(adv))
    p.pair(rng.choice(["Net wages paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("Writer", rng.choice(["Somanna K. (estate writer)", "Devaiah M. (accounts)"]))
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY WORKER"]), status="success")
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature / thumb impression of payee")
    return p.done()


# ---------------------------------------------------------------- 7. roasters' wires from abroad


ROASTERS = [
    ("Bluebird Specialty Coffee LLC", "Portland, OR, USA", "USD", "Wells Fargo Bank NA"),
    ("Kaffeehaus Brenner GmbH", "Hamburg, Germany", "EUR", "Commerzbank AG"),
    ("Halden & Crewe Coffee Ltd", "Bristol, United Kingdom", "GBP", "Barclays Bank UK PLC"),
    ("Rotterdam Green Coffee BV", "Rotterdam, Netherlands", "EUR", "ING Bank NV"),
    ("Ember & Oak Roasters Ltd", "Leeds, United Kingdom", "GBP", "Lloyds Bank plc"),
    ("Cascade Roasting Co", "Seattle, WA, USA", "USD", "JPMorgan Chase Bank NA"),
    ("Nordlys Kaffe AS", "Oslo, Norway", "EUR", "DNB Bank ASA"),
    ("Gulf Crescent Coffee Trading LLC", "Dubai, UAE", "USD", "Emirates NBD Bank PJSC"),
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}


def exporter_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Roasters and importers abroad paying the estate for its micro-lots: the bank's inward remittance advice
    (browser, e-mail) and its printed FOREIGN INWARD REMITTANCE ADVICE (FIRA) (the bank on top, Beneficiary /
    Beneficiary name / Beneficiary customer the estate, Ordering customer / Remitter the roaster, Remitting bank,
    Instructed amount / Remittance amount / Amount in foreign currency in USD, EUR or GBP, Exchange rate, INR
    equivalent, Bank charges, Net INR credited, Purpose code P0102 / P0103, IRM No. / Inward ref No. / Our reference,
    UETR, Credit date / Value date / Received on / Returned on; Credited to your account / Funds realised and credited
    / Received - held for purpose code and export invoice / Returned to remitter - beneficiary name mismatch)."""
    k = place("exporter_wires")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5)
    payer, city, cur, pbank = ROASTERS[k]
    j.amount = (
        round(rng.uniform(1800, 64000), 2) if rng.random() < 0.6 else float(rng.randrange(18, 640) * 100)
    )
    bank = rng.choice(["Canara Bank", "State Bank of India", "HDFC Bank", "Federal Bank", "ICICI Bank"])
    slug = bank.split()[0].lower()
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4)
    frame = ["mail", "browser", "paper"][k % 3]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.services@{slug}bank.net>",
            ["Inward remittance advice", "Foreign inward remittance - credit"],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug}.co.in/inward/{code(rng, 9, ALNUM)}")
    else:
        p = paper_page(rng, font, [720, 760])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(["Forex Centre, Mysuru", "Madikeri Branch - Trade Finance", "Overseas Branch, Bengaluru"]),
    )
    p.add(
        "center",
        "FOREIGN INWARD REMITTANCE ADVICE (FIRA)"
        if frame == "paper"
        else rng.choice(["Inward Remittance Advice", "Export proceeds - inward remittance"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Credited to your account", "Funds realised and credited"],
            "pending": ["Received - held for purpose code and export invoice"],
            "failed": ["Returned to remitter - beneficiary name mismatch"],
        },
    )
    me = rng.choice([COMPANY, COMPANY_CAPS])
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name", "Beneficiary customer"]), me, merchant=me)
    p.pair(
        "Account", f"XXXXXXXX{digits(rng, 4)} (EEFC)" if rng.random() < 0.3 else f"XXXXXXXX{digits(rng, 4)}"
    )
    wrap_pair(p, rng.choice(["Ordering customer", "Remitter"]), f"{payer}, {city}")
    wrap_pair(p, "Remitting bank", pbank)
    p.pair(
        rng.choice(["Instructed amount", "Remittance amount", "Amount in foreign currency"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    if status != "failed":
        inr = round(j.amount * rate, 2)
        ch = float(rng.choice([250, 500, 750]))
        p.pair("Exchange rate", f"1 {cur} = INR {rate}")
        p.pair("INR equivalent", f"{inr:,.2f}")
        p.pair("Bank charges", f"INR {ch:,.2f}")
        if status == "success":
            p.pair("Net INR credited", f"{inr - ch:,.2f}")
    p.pair(
        "Purpose code",
        rng.choice(["P0103 - advance against exports", "P0102 - realisation of export bills"]),
    )
    wrap_pair(
        p,
        "Goods",
        rng.choice(
            ["Green coffee - Arabica Parchment AB", "Washed Arabica micro-lot", "Robusta Kaapi Royale"]
        ),
    )
    p.pair("Mode", "SWIFT MT103", method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(rng.choice(["IRM No.", "Inward ref No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        wrap_pair(
            p,
            "UETR",
            f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-{code(rng, 4, '89ab')}-{code(rng, 12, HEX)}",
        )
    date_row(
        p,
        j,
        {"success": ["Credit date", "Value date"], "pending": ["Received on"], "failed": ["Returned on"]}[
            status
        ],
        WEST,
    )
    p.part = "foot"
    p.add("small", "Please upload the shipping bill on EDPMS against this IRM within the prescribed time.")
    return p.done()


# ---------------------------------------------------------------- 8. the Coffee Board's and the authorities' fees


AGENCIES = [
    ("Coffee Board", "Ministry of Commerce & Industry - e-payment receipt", "coffeeboard.gov.in"),
    ("Madapur Gram Panchayat", "Panchatantra 2.0 - tax payment receipt", "panchatantra.karnataka.gov.in"),
    (
        "Department of Tourism, Government of Karnataka",
        "Homestay registration - fee receipt",
        "karnatakatourism.org",
    ),
    ("Karnataka State Pollution Control Board", "XGN - consent fee payment", "kspcb.karnataka.gov.in"),
]
AGENCY_ORDER = [0, 1, 2, 3, 1, 0, 3, 2]


def board_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fees the estate pays: the Coffee Board's e-payment receipt (exporter registration renewal, ICO certificates
    of origin, cup-testing of samples), the gram panchayat's tax receipt from Panchatantra 2.0 (property tax, library
    and health cess, trade licence for the homestay), the tourism department's homestay registration receipt and the
    pollution control board's consent fee page from XGN (the authority on top with its platform line under it,
    Applicant / Assessee / Occupier the estate, Exporter Reg. No. / Property ID / Homestay Reg. No. / Consent
    application ID, the fee heads, GST @ 18% on the Coffee Board's services, Total amount paid / Amount remitted / Fee
    paid (incl. GST), Payment mode through Khajane-II or the gateway, Bank transaction No. / Bank Ref. No., Receipt No.
    / Challan ref No., Date of payment / Paid on / Challan paid date; Payment successful / Paid - receipt generated /
    Payment status: Pending at bank end / Payment unsuccessful - challan not paid)."""
    k = place("board_fees")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0)
    which = AGENCY_ORDER[k]
    agency, line, host = AGENCIES[which]
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    p = browser_page(rng, font, f"{host}/{rng.choice(['epay', 'payment', 'receipt'])}/{digits(rng, 8)}")
    p.part = "head"
    name = agency.upper() if rng.random() < 0.3 else agency
    top(p, name, merchant=name)
    p.add("small", line)
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid - receipt generated"],
            "pending": ["Payment status: Pending at bank end"],
            "failed": ["Payment unsuccessful - challan not paid"],
        },
    )
    wrap_pair(
        p,
        {0: "Applicant", 1: "Assessee", 2: "Applicant", 3: "Occupier"}[which],
        rng.choice([COMPANY, COMPANY_CAPS]) if which != 2 else rng.choice([STAY, f"{STAY} ({COMPANY})"]),
    )
    p.pair(
        {0: "Exporter Reg. No.", 1: "Property ID", 2: "Homestay Reg. No.", 3: "Consent application ID"}[
            which
        ],
        {
            0: f"CB/EXP/{digits(rng, 4)}",
            1: f"15{digits(rng, 10)}",
            2: f"KT/KDG/HS/{digits(rng, 4)}",
            3: f"{digits(rng, 7)}",
        }[which],
    )
    heads: list[tuple[str, float]] = []
    if which == 0:
        heads.append(("Exporter registration renewal", 5000.0))
        if rng.random() < 0.7:
            n = rng.randrange(1, 6)
            heads.append((f"ICO certificate of origin x {n}", 500.0 * n))
        if rng.random() < 0.5:
            n = rng.randrange(2, 8)
            heads.append((f"Cup testing - {n} samples", 1200.0 * n))
    elif which == 1:
        tax = float(rng.randrange(12, 160) * 50)
        heads += [
            ("Property tax 2026-27", tax),
            ("Library cess @ 6%", round(tax * 0.06, 2)),
            ("Health cess @ 15%", round(tax * 0.15, 2)),
        ]
        if rng.random() < 0.6:
            heads.append(("Trade licence fee - homestay", 1500.0))
    elif which == 2:
        heads.append(("Registration renewal fee (3 years)", 5000.0))
        if rng.random() < 0.6:
            heads.append(("Inspection fee", 1000.0))
    else:
        heads.append(("Consent for operation - pulping unit", float(rng.choice([7500, 12000, 18000]))))
        if rng.random() < 0.5:
            heads.append(("Processing fee", 1000.0))
    total = 0.0
    for head, fee in heads:
        p.pair(head, rs(fee))
        total += fee
    if which == 0:
        gst = round(total * 0.18, 2)
        p.pair("GST @ 18%", rs(gst))
        total += gst
    j.amount = round(total, 2)
    p.pair(
        rng.choice(
            [
                "Total amount paid",
                "Amount remitted",
                "Fee paid (incl. GST)" if which == 0 else "Total fee paid",
            ]
        ),
        rs(j.amount),
        amount=j.amount,
    )
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    text = f"Khajane-II - {way}" if which in (1, 2) and rng.random() < 0.6 else way
    p.pair(
        rng.choice(["Payment mode", "Paid through"]),
        text,
        method={"Net banking": "netbanking", "UPI": "UPI", "Debit card": "card"}[way],
    )
    if not j.no_ref:
        if status != "failed":
            bref = f"{rng.choice(['CNRB', 'SBI', 'KBL', 'HDF'])}{digits(rng, 10)}"
            p.pair(rng.choice(["Bank transaction No.", "Bank Ref. No."]), bref, txn=(BANK_RANK, bref))
        if which in (1, 2):
            rno = f"CR{digits(rng, 12)}"
            p.pair("Challan ref No.", rno, txn=(INVOICE_RANK, rno))
        else:
            rno = f"{rng.choice(['RCPT', 'ER'])}{j.date:%y}{digits(rng, 7)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date of payment", "Paid on", "Challan paid date"], hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "This is a system generated receipt. Verify it on the portal with the receipt number.")
    return p.done()


# ---------------------------------------------------------------- 9. card slips in the Kodagu towns


COUNTERS = [
    ("COORG PETROLEUM - BPCL", "MADIKERI"),
    ("HOTEL VALLEY VIEW", "MADIKERI"),
    ("KUSHALNAGAR HARDWARES", "KUSHALNAGAR"),
    ("COORG MART SUPERMARKET", "GONIKOPPAL"),
    ("SRI MAHALAKSHMI AGENCIES", "SOMWARPET"),
    ("RAINTREE RESTAURANT", "MADIKERI"),
    ("VIRAJPET AUTO SPARES", "VIRAJPET"),
    ("SUNTIKOPPA FUELS - HPCL", "SUNTIKOPPA"),
]
SLIP_MAKERS = [
    "PINE LABS",
    "PAYTM EDC",
    "MOSAMBEE",
    "HDFC BANK",
    "AXIS BANK",
    "EZETAP",
    "CANARA BANK POS",
    "INGENICO",
]


def town_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The estate's and the homestay's cards at fuel pumps, a hotel, hardware and spare-part shops, a supermarket and a
    restaurant in Madikeri, Kushalnagar, Gonikoppal, Somwarpet and Virajpet: terminal slips (monospace: the maker on
    top on some, the counter's name and town in capitals, DATE: / TIME:, MID:, TID:, BATCH NO:, INV NO:, SALE, CARD
    NO:, CARD TYPE:, ENTRY: CHIP / TAP, a fuel slip's PRODUCT:, RATE: and VOL(L):, RRN:, AUTH CODE:, BASE AMOUNT: / TIP:
    at the restaurant, TOTAL AMOUNT:; APPROVED / DECLINED - 55 INCORRECT PIN / NO REPLY FROM HOST - STATUS UNKNOWN)."""
    k = place("town_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=400, high=28000)
    name, town = COUNTERS[k]
    fuel = "BPCL" in name or "HPCL" in name
    if "RESTAURANT" in name:
        j.amount = rupees(rng, 380, 4800, 0.5)
    elif fuel:
        j.amount = rupees(rng, 1200, 8800, 0.4)
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        p.pair(
            "DATE:",
            when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d%m%y", "%b %d,%Y"])),
            date=j.date,
        )
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair("INV NO:", inv, txn=(INVOICE_RANK, inv))
    p.add("center", "SALE")
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY"]))
    p.pair("ENTRY:", rng.choice(["CHIP", "TAP"]))
    if fuel:
        rate = round(rng.uniform(89.5, 104.9), 2)
        p.pair("PRODUCT:", rng.choice(["HSD", "MS", "SPEED 97", "POWER 99"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOL(L):", f"{j.amount / rate:.2f}")
    if not j.no_ref:
        p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
        if status == "success":
            appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
            p.pair("AUTH CODE:", appr, txn=(APPR_RANK, appr))
    body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
    if "RESTAURANT" in name and status == "success":
        p.pair("BASE AMOUNT:", f"RS {body}")
        p.pair("TIP:", "0.00")
    p.pair("TOTAL AMOUNT:", f"{rng.choice(['INR ', 'RS ', ''])}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 55 INCORRECT PIN", status="failed")
    else:
        p.add("center", "NO REPLY FROM HOST - STATUS UNKNOWN", status="pending")
        p.add("small", "PLEASE CHECK WITH YOUR BANK BEFORE RETRYING")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.7 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 10. net-banking transfers to the estate's suppliers


TRANSFER_PAYEES = [
    ("Kushalnagar Coffee Curing Works Pvt Ltd", "Curing charges - crop 2025-26"),
    ("Cauvery Roadways", "Lorry hire - parchment to Kushalnagar"),
    ("Harish Shetty Contractors", "Estate line repairs - bill 3"),
    ("Coorg Farm Machineries", "Pulper service and spares"),
    ("Kaveri Solar Pumps Pvt Ltd", "Solar pump set - balance"),
    ("Madikeri Electricals", "Drier house wiring"),
    ("Ponnampet Timber Depot", "Silver oak poles"),
    ("Malabar Pipes & Sprinklers", "Sprinkler line - advance"),
]
PORTALS = [
    ("Karnataka Bank", "Corporate Internet Banking", "corporate.karnatakabank.com"),
    ("Canara Bank", "Canara Bank Corporate Net Banking", "netbanking.canarabank.in"),
    ("Federal Bank", "FedCorp", "fedcorp.federalbank.co.in"),
    ("HDFC Bank", "ENet", "enet.hdfcbank.com"),
    ("State Bank of India", "yono BUSINESS", "yonobusiness.sbi"),
    ("Axis Bank", "Corporate Internet Banking", "corporate.axisbank.co.in"),
    ("Kotak Mahindra Bank", "Kotak FYN", "fyn.kotak.com"),
    ("ICICI Bank", "ICICI Bank CIB", "cib.icicibank.com"),
]


def estate_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The estate paying its curing works, transporter, contractors and dealers from corporate net banking (Karnataka
    Bank, Canara Bank, FedCorp, ENet, yono BUSINESS, Axis, Kotak FYN, ICICI CIB: the portal on top, Beneficiary name /
    Payee name / Credit to / Transfer to the payee, Name as per beneficiary bank with its check line, Debit account,
    Amount / Transfer amount / Debit amount, Charges (incl. GST), NEFT / RTGS / IMPS, UTR No. / UTR / IMPS Ref No.,
    Transaction ref No. / Reference No., Remarks, Transaction date / Value date / Initiated on / Failed on;
    Transaction successful / Status: Success / Status: Executed / Queued for next NEFT batch / Rejected - beneficiary
    account closed)."""
    k = place("estate_transfers")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=8000, high=640000)
    bank, brand, host = PORTALS[k]
    who, why = TRANSFER_PAYEES[k]
    rs = money(rng, font, 0.3, marks=("INR", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{rng.choice(['payments/ack', 'ft/confirmation', 'txn/status'])}")
    p.part = "head"
    top(p, brand if brand != "Corporate Internet Banking" else bank)
    p.add("small", bank if brand != "Corporate Internet Banking" else brand)
    p.add("center", rng.choice(["Funds transfer - acknowledgement", "Payment status", "Transaction details"]))
    p.add("rule")
    p.part = "body"
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else rng.choice(["NEFT", "IMPS"])
    if status == "pending":
        way = "NEFT"
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Success", "Status: Executed"],
            "pending": ["Queued for next NEFT batch"],
            "failed": ["Rejected - beneficiary account closed"],
        },
    )
    name = who.upper() if rng.random() < 0.3 else who
    wrap_pair(
        p, rng.choice(["Beneficiary name", "Payee name", "Credit to", "Transfer to"]), name, merchant=name
    )
    if rng.random() < 0.6:
        wrap_pair(p, "Name as per beneficiary bank", who.upper())
        p.pair("Name check", "Matched")
    tb = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"{tb} XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[tb]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount", "Transfer amount", "Debit amount"]), rs(j.amount), amount=j.amount)
    p.pair("Charges (incl. GST)", rs({"NEFT": 5.90, "IMPS": 17.70, "RTGS": 29.50}[way]))
    p.pair("Payment mode", way, method="netbanking")
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(
                rng.choice(["UTR No.", "UTR"]) if way != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref)
            )
        tno = f"{rng.choice(['TXN', 'FT', 'CIB'])}{digits(rng, 11)}"
        p.pair(rng.choice(["Transaction ref No.", "Reference No."]), tno, txn=(BANK_RANK, tno))
    wrap_pair(p, "Remarks", why)
    date_row(
        p,
        j,
        {
            "success": ["Transaction date", "Value date"],
            "pending": ["Initiated on"],
            "failed": ["Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Payments are processed subject to RBI settlement timings.")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, phone and fibre bills


BILLERS = [
    ("CESC Mysore", "Chamundeshwari Electricity Supply Corporation Ltd", "Account ID"),
    ("BSNL Bharat Fibre", "Bharat Sanchar Nigam Ltd", "Account No."),
    ("Jio Postpaid", "Reliance Jio Infocomm Ltd", "Mobile No."),
    ("Airtel Xstream Fiber", "Bharti Airtel Ltd", "Account No."),
]
BILL_APPS = ["PhonePe", "Google Pay", "Karnataka Bank", "-", "Paytm", "Canara ai1", "-", "Amazon Pay"]


def power_phone_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The estate's and the homestay's electricity (CESC Mysore), fibre (BSNL Bharat Fibre, Airtel Xstream Fiber) and
    postpaid phones (Jio) through Bharat Connect in UPI and banking apps (the app on top, Paid to / Biller / Biller name
    / Service provider as printed, Account ID / Account No. / Mobile No., Customer name, Bill date and Due date and
    Bill period on some, the sum large, Paid from UPI or Current A/c, Bharat Connect Ref. No. / BBPS Txn Ref ID /
    B-Connect Txn ID, Approval Ref No., Transaction ID, Paid on / Date & time / Payment date; Bill payment successful /
    Payment under process - biller confirmation awaited / Bill payment failed - money will be refunded if debited) and
    CESC's and BSNL's own receipt pages (the biller on top, Amount paid, Mode, Bank Ref No., Receipt No., Date of
    payment)."""
    k = place("power_phone_bills")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=399, high=38000)
    which = [0, 1, 0, 0, 2, 3, 1, 0][k]
    short, long, idlab = BILLERS[which]
    rs = money(rng, font, 0.5)
    ids = {
        "Account ID": digits(rng, 10),
        "Account No.": digits(rng, 10),
        "Mobile No.": f"{rng.choice('6789')}{digits(rng, 9)}",
    }[idlab]
    if BILL_APPS[k] == "-":
        host = {0: "cescmysore.karnataka.gov.in", 1: "portal2.bsnl.in"}[which]
        p = browser_page(rng, font, f"{host}/quickpay/receipt")
        p.part = "head"
        name = rng.choice([long, short, long.upper()])
        top(p, name, merchant=name)
        p.add("small", "Online payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Bill paid"],
                "pending": ["Payment under process - biller confirmation awaited"],
                "failed": ["Bill payment failed - money will be refunded if debited"],
            },
        )
        p.pair(idlab, ids)
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, STAY_CAPS]))
        if which == 0:
            p.pair("Sub-division", rng.choice(["Virajpet", "Somwarpet", "Madikeri"]))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI"])
        p.pair("Mode", way, method="netbanking" if way == "Net banking" else "UPI")
        if not j.no_ref:
            bref = f"{rng.choice(['CNRB', 'KBL', 'HDF'])}{digits(rng, 10)}"
            p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
            rno = f"{short[:2].upper()}{digits(rng, 9)}"
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Date of payment", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "This payment will reflect in your next bill.")
        return p.done()
    app = BILL_APPS[k]
    p = phone_page(rng, font, k, ["", "Bill payment", "Payment receipt"])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill payment successful", "Paid"],
            "pending": ["Payment under process - biller confirmation awaited"],
            "failed": ["Bill payment failed - money will be refunded if debited"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        "Paid to"
        if app == "PhonePe" and status == "success"
        else rng.choice(["Biller", "Biller name", "Service provider"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(p, "Customer name", rng.choice([COMPANY_CAPS, STAY_CAPS, "B K MUTHANNA"]))
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill date", j.other_day(rng, -25, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = (
        "UPI"
        if app in ("PhonePe", "Google Pay", "Paytm", "Amazon Pay")
        else rng.choice(["Current A/c", "UPI"])
    )
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            bc = f"CC0{j.date:%y}{code(rng, 9, ALNUM)}"
            p.pair(
                rng.choice(["Bharat Connect Ref. No.", "BBPS Txn Ref ID", "B-Connect Txn ID"]),
                bc,
                txn=(BANK_RANK, bc),
            )
        if status == "success" and rng.random() < 0.6:
            ap = digits(rng, 10)
            p.pair("Approval Ref No.", ap, txn=(APPR_RANK, ap))
        if status == "failed" or rng.random() < 0.3:
            tid = digits(rng, 12)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time", "Payment date"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect | NPCI Bharat BillPay")
    return p.done()


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "KODAGU AGRO KENDRA",
    "CAUVERY ROADWAYS",
    "SRI CHAMUNDI AGRO CHE",
    "COORG FARM MACHINERIE",
    "KARIYAPPA",
    "JIO POSTPAID",
    "KUSHALNAGAR COFFEE CU",
    "MALABAR PIPES & SPRIN",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the partners' phones and mail: SMS in a messages app (the sender VM-SBIUPI / AD-CANBNK /
    JD-KBLBNK / BZ-FEDBNK, the day divider, SBI's "Dear UPI user A/C X1234 debited by 500.0 on date 12Mar26 trf to
    <payee> Refno <ref>", Canara's "An amount of INR x has been DEBITED to your account XXX123 on <day> towards NEFT to
    <payee>", Karnataka Bank's "Your A/c XX1234 is debited for Rs.x on <day> by IMPS to <payee>", the Federal Bank's
    UPI AutoPay "mandate executed" alert, a UPI payment that "has FAILED" and an NEFT that "is PENDING at the
    beneficiary bank") and two e-mail debit advices (Debit amount, Beneficiary / Paid to, Account, Channel, UTR / IMPS
    Ref No., Value date / Date, Status: Debited)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=900, high=480000)
    to = ALERT_PAYEES[k]
    if k in (0, 4, 5):
        j.amount = rupees(rng, 900, 60000)
    if k in (3, 7):
        bank = rng.choice(["Canara Bank", "Karnataka Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} <alerts@{bank.split()[0].lower()}bank.co.in>",
            ["Debit advice - current account", "Transaction alert: funds transfer"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Debit advice")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, the following debit has been made to your account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair("Debit amount", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Beneficiary", "Paid to"]), to, merchant=to)
        p.pair("Account", f"XXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Value date", "Date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Debited", status="success")
        p.part = "foot"
        p.add("small", "Did not make this transaction? Call the 24x7 helpline at once.")
        return p.done()
    style = {0: "sbi", 1: "pending", 2: "canara", 4: "failed", 5: "autopay", 6: "kbl"}[k]
    bank = {
        "sbi": "State Bank of India",
        "canara": "Canara Bank",
        "kbl": "Karnataka Bank",
        "autopay": "Federal Bank",
        "failed": rng.choice(["State Bank of India", "Karnataka Bank"]),
        "pending": "Canara Bank",
    }[style]
    sender = {
        "State Bank of India": "VM-SBIUPI",
        "Canara Bank": "AD-CANBNK",
        "Karnataka Bank": "JD-KBLBNK",
        "Federal Bank": "BZ-FEDBNK",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    acc4 = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d%b%y", "%d-%m-%y", "%d/%m/%Y"])
    if style == "sbi":
        j.amount = rupees(rng, 900, 95000, 0.5)
        amt = f"{j.amount:.2f}".rstrip("0").rstrip(".") if j.amount != int(j.amount) else f"{j.amount:.1f}"
        ref = "" if j.no_ref else f" Refno {j.ref}"
        p.add(
            "left",
            f"Dear UPI user A/C X{acc4} debited by {amt}"
            + (f" on date {day}" if day else "")
            + f" trf to {to}{ref}. If not u? call 1800111109. -SBI",
            amount=j.amount,
            merchant=to,
            method="UPI",
            status="success",
            **({} if j.no_ref else {"txn": (UTR_RANK, j.ref)}),
        )
        return p.done()
    if style == "autopay":
        j.amount = rupees(rng, 499, 4999, 0.8)
        ref = "" if j.no_ref else f" UPI Ref: {j.ref}."
        p.add(
            "left",
            f"Rs {j.amount:,.2f} debited from your A/c XX{acc4}"
            + (f" on {day}" if day else "")
            + f" towards UPI AutoPay mandate to {to} - mandate executed.{ref} -Federal Bank",
            amount=j.amount,
            merchant=to,
            method="UPI",
            status="success",
            **({} if j.no_ref else {"txn": (UTR_RANK, j.ref)}),
        )
        return p.done()
    if style == "failed":
        j.amount = rupees(rng, 900, 95000)
        p.add(
            "left",
            f"Your UPI transaction of Rs.{j.amount:,.2f} to {to} from A/c XX{acc4}"
            + (f" on {day}" if day else "")
            + " has FAILED.",
            amount=j.amount,
            merchant=to,
            method="UPI",
            status="failed",
        )
        if not j.no_ref:
            p.add("left", f"Ref No {j.ref}.", txn=(UTR_RANK, j.ref))
        p.add("left", f"Amount debited, if any, will be reversed within 48 hrs. -{bank}")
        return p.done()
    way = {"canara": "NEFT", "kbl": "IMPS", "pending": "NEFT"}[style]
    if way == "NEFT" and j.amount >= 200000 and style == "canara":
        way = "RTGS"
    ref = bank_ref(rng, j, bank, way)
    if style == "pending":
        p.add(
            "left",
            f"Your NEFT of INR {j.amount:,.2f} to {to} from A/c XXX{acc4[1:]}"
            + (f" on {day}" if day else "")
            + " is PENDING at the beneficiary bank. Please do not re-initiate.",
            amount=j.amount,
            merchant=to,
            method="netbanking",
            status="pending",
        )
        if not j.no_ref:
            p.add("left", f"UTR {ref}. -Canara Bank", txn=(UTR_RANK, ref))
        return p.done()
    if style == "canara":
        p.add(
            "left",
            f"An amount of INR {j.amount:,.2f} has been DEBITED to your account XXX{acc4[1:]}"
            + (f" on {day}" if day else "")
            + f" towards {way} to {to}.",
            amount=j.amount,
            merchant=to,
            method="netbanking",
            status="success",
        )
        if not j.no_ref:
            p.add("left", f"UTR {ref}.", txn=(UTR_RANK, ref))
        p.add("left", f"Total Avail.bal INR {rupees(rng, 40000, 3800000):,.2f} - Canara Bank")
        return p.done()
    p.add(
        "left",
        f"Your A/c XX{acc4} is debited for Rs.{j.amount:,.2f}"
        + (f" on {day}" if day else "")
        + f" by IMPS to {to}"
        + ("." if j.no_ref else f" (IMPS Ref No {ref})."),
        amount=j.amount,
        merchant=to,
        method="netbanking",
        status="success",
        **({} if j.no_ref else {"txn": (UTR_RANK, ref)}),
    )
    p.add("left", f"Bal Rs.{rupees(rng, 40000, 3800000):,.2f} -Karnataka Bank")
    return p.done()


compose = compose158

"""The twelve heldout211 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a boutique heritage hotel and its cafe in Puducherry in 2026 (Surcouf Heritage
Hospitality Pvt Ltd, its hotel, Maison Surcouf, on Rue Surcouf, and its cafe, Cafe Bougainvillea, on Rue Romain
Rolland, White Town), told by the proofs of payment it receives and makes: guests' UPI screens and the hotel's
payment pages, the booking platforms' payouts, foreign tour operators' and guests' inward wires in euros, Swiss
francs, pounds, Australian and US dollars, its own room, folio and cafe receipts, the laundry's, the provision
wholesaler's, the coffee roaster's, the linen maker's and the soap maker's tax invoices, the net-banking transfers to
the pest controller, the air-conditioning, restoration, flower, boat, cycle, pool and terracotta contractors, the
staff's wage and service charge vouchers and payouts, the Department of Tourism's, Puducherry Municipality's, the
Pollution Control Committee's, FSSAI's, the Labour Department's and the Fire Service's fee pages, the insurers'
premium receipts, card terminal slips, the electricity (Electricity Department, Puducherry), broadband, gas, DTH and
phone bills and the bank's SMS and e-mail alerts. Every row is added to heldout113's ``Screen`` with the facts it
prints and the truth is read back from the rows the page keeps. Headings, footers, the "A unit of" line,
reservations listed on a payout, property, listing, hotel, guest, licence, registration, assessment, connection,
subscriber, consumer, policy, proposal, employee, room and folio numbers, nights, rooms, tariffs, covers, pieces,
kilos, bags, days, points, rates, commissions and fees, advances, TDS, TCS, GST and cess lines, sums insured and
limits, stay, statement, service, wage and bill months and periods, check-in and check-out days, due days, GSTIN,
IFSC, BIC, UETR, MID, TID, batch, STAN and trace numbers, beneficiary nicknames, the maker and the checker and the
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

COMPANY = "Surcouf Heritage Hospitality Pvt Ltd"
COMPANY_CAPS = "SURCOUF HERITAGE HOSPITALITY PVT LTD"
SHORT = "Surcouf Heritage"
HOTEL = "Maison Surcouf"
CAFE = "Cafe Bougainvillea"
# unit, address, GST state code
UNITS = [
    ("Heritage hotel - 12 rooms", "22, Rue Surcouf, White Town, Puducherry - 605001", "34"),
    ("Cafe and patisserie", "9, Rue Romain Rolland, White Town, Puducherry - 605001", "34"),
]
PATS_IN = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y", "%b {d}, %Y", "%d/%m/%y"]
WEST = ["%b {d}, %Y", "{d} %b %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y"]
BANKS = [
    "Indian Bank",
    "Indian Overseas Bank",
    "State Bank of India",
    "Canara Bank",
    "City Union Bank",
    "Karur Vysya Bank",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Federal Bank",
]
IFSC = {
    "Indian Bank": "IDIB",
    "Indian Overseas Bank": "IOBA",
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "City Union Bank": "CIUB",
    "Karur Vysya Bank": "KVBL",
    "HDFC Bank": "HDFC",
    "ICICI Bank": "ICIC",
    "Axis Bank": "UTIB",
    "Federal Bank": "FDRL",
}
DOMAINS = {
    "Indian Bank": "indianbank",
    "Indian Overseas Bank": "iob",
    "State Bank of India": "sbi",
    "Canara Bank": "canarabank",
    "City Union Bank": "cityunionbank",
    "Karur Vysya Bank": "kvb",
    "HDFC Bank": "hdfcbank",
    "ICICI Bank": "icicibank",
    "Axis Bank": "axisbank",
}
GUESTS = [
    "Helene Marchand",
    "Arjun Raghavan",
    "Sophie Laurent",
    "Meera Iyer",
    "Thomas Becker",
    "Nandini Rao",
    "Lucas Moreau",
    "Rahul Menon",
    "Emma Clarke",
    "Divya Sundaram",
]


def ours(rng: random.Random) -> str:
    return rng.choice([COMPANY, COMPANY_CAPS, SHORT])


def ours_to(p: Screen, labels: list[str]) -> None:
    """The company as the other party (Billed to / Buyer / Details of recipient / Sold to: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {COMPANY}", COMPANY, COMPANY_CAPS]))


def bank_ref(rng: random.Random, j: Job, bank: str, way: str) -> str:
    """A NEFT / RTGS UTR (the day inside it, but on the page that prints no day) or the IMPS / UPI reference."""
    head = IFSC.get(bank, "IDIB")
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
    return DOMAINS.get(bank, bank.split()[0].lower())


def account(rng: random.Random, banks: list[str] | None = None) -> str:
    return f"{rng.choice(banks or BANKS)} XXXXXX{digits(rng, 4)}"


# ---------------------------------------------------------------- 1. guests: UPI screens and payment pages


GUEST_APPS = ["PhonePe", "Razorpay", "Google Pay", "Paytm", "CRED", "BHIM", "PayU", "MobiKwik"]
CAFE_AT = (0, 3, 5)
GUEST_NOTES = [
    "Room advance - 2 nights",
    "Heritage room balance",
    "Garden suite advance",
    "Balance at check-out",
    "Group booking - 4 rooms",
    "Stay + dinner, room 204",
]
CAFE_NOTES = ["Breakfast for 2", "Cafe bill - table 7", "Croissants + coffee", "Dinner + desserts", "Brunch"]
GUEST_UPI_LABELS = {
    "PhonePe": ["UTR", "UPI Ref. No."],
    "Google Pay": ["UPI transaction ID"],
    "Paytm": ["UPI Ref. No.", "UPI Reference No."],
    "CRED": ["UPI Ref No.", "UTR"],
    "BHIM": ["UPI Ref No", "UPI transaction ID"],
    "MobiKwik": ["UPI Ref No.", "UTR No."],
}


def guest_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Guests paying the hotel for their rooms and the cafe for their meals: six UPI screens (PhonePe, Google Pay,
    Paytm, CRED, BHIM, MobiKwik: the hotel or the cafe under Paid to / To / Sent to / Payment to / Paying to, its UPI
    ID, a Banking name / Registered name line on some, the sum large, UTR / UPI Ref. No. / UPI Reference No. / UPI
    transaction ID / UPI Ref No / UTR No., the app's own Transaction ID / Google transaction ID on some, Debited from
    / From / Paid from, Date & time / Paid on / Completed on / Initiated on; Payment processing - status will be
    updated within 48 hours, do not pay again / Payment failed - receiver's bank did not respond) and two of the
    hotel's payment pages (Razorpay, PayU: the hotel on top, Guest name / Paid by / Name / Customer name, Payment for
    / Purpose, Reservation No., Razorpay's Payment ID pay_..., PayU's PayU ID and Merchant txn ID, UPI RRN / Bank
    Ref No. or Auth code, Paid on / Payment date / Transaction time; Payment successful / Thank you for your payment
    / Payment received)."""
    k = place("guest_upi")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=2400, high=68000, p_round=0.8)
    app = GUEST_APPS[k]
    rs = money(rng, font, 0.7)
    if app in ("Razorpay", "PayU"):
        to = rng.choice([HOTEL, HOTEL, COMPANY])
        url = (
            f"pages.razorpay.com/maisonsurcouf-{rng.choice(['rooms', 'stay', 'advance'])}"
            if app == "Razorpay"
            else f"u.payu.in/{code(rng, 7, ALNUM + LOWER)}"
        )
        p = browser_page(rng, font, url)
        p.part = "head"
        top(p, to, merchant=to)
        p.add(
            "small",
            rng.choice(["Heritage rooms in White Town, Puducherry", "A French-Tamil house by the sea"]),
        )
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ["Payment successful", "Thank you for your payment", "Payment received"]},
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(
            p,
            rng.choice(
                ["Guest name", "Paid by", "Name"] if app == "Razorpay" else ["Customer name", "Paid by"]
            ),
            rng.choice(GUESTS),
        )
        wrap_pair(p, rng.choice(["Payment for", "Purpose"]), rng.choice(GUEST_NOTES))
        p.pair("Reservation No.", f"MS{rng.randrange(1000, 9999)}")
        way = rng.choice(["UPI", "UPI", "card"])
        p.pair(
            rng.choice(["Payment method", "Paid using"]),
            "UPI"
            if way == "UPI"
            else f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} card {masked(rng, font)}",
            method=way,
        )
        if not j.no_ref:
            if app == "Razorpay":
                pid = f"pay_{code(rng, 14, ALNUM + LOWER)}"
                p.pair("Payment ID", pid, txn=(TXN_RANK, pid))
            else:
                pid = digits(rng, 11)
                p.pair("PayU ID", pid, txn=(TXN_RANK, pid))
                oid = f"MS{j.date:%y%m}{digits(rng, 6)}"
                p.pair("Merchant txn ID", oid, txn=(ORDER_RANK, oid))
            if way == "UPI":
                p.pair("UPI RRN" if app == "Razorpay" else "Bank Ref No.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Transaction time"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Payments powered by PayU")
        return p.done()
    cafe = k in CAFE_AT
    if cafe:
        j.amount = rupees(rng, 180, 4800, 0.85)
        to = rng.choice([CAFE, CAFE.upper()])
        handle = f"{rng.choice(['cafebougainvillea', 'bougainvilleacafe'])}@{rng.choice(['ybl', 'paytm', 'okaxis'])}"
    else:
        to = rng.choice([HOTEL, HOTEL.upper(), COMPANY_CAPS])
        handle = f"maisonsurcouf{rng.choice(['', '.pdy', '1'])}@{rng.choice(['indianbk', 'icici', 'ybl', 'hdfcbank'])}"
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    p.add("title", {"BHIM": "BHIM UPI", "MobiKwik": "MobiKwik"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Paid successfully", "Money sent"],
            "pending": ["Payment processing - status will be updated within 48 hours, do not pay again"],
            "failed": ["Payment failed - receiver's bank did not respond"],
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
        p.add("small", f"{rng.choice(['Banking name', 'Registered name'])}: {COMPANY_CAPS}")
    p.add("rule")
    p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(CAFE_NOTES if cafe else GUEST_NOTES))
    if not j.no_ref:
        p.pair(rng.choice(GUEST_UPI_LABELS[app]), j.ref, txn=(UTR_RANK, j.ref))
        if app in ("PhonePe", "Paytm", "CRED", "MobiKwik") and rng.random() < 0.7:
            own = {
                "PhonePe": f"T{j.date:%y%m%d}{digits(rng, 16)}",
                "Paytm": digits(rng, 20),
                "CRED": f"CR{digits(rng, 18)}",
                "MobiKwik": f"MBK{digits(rng, 15)}",
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


# ---------------------------------------------------------------- 2. the booking platforms' payouts


# platform, frame, payee labels, commission share, id label, id shape
PLATFORMS = [
    ("Booking.com", "browser", ["Property name", "Accommodation"], 0.18, "Payout reference"),
    ("Airbnb", "mail", ["Host", "Payout to"], 0.03, "Payout ID"),
    ("MakeMyTrip", "mail", ["Hotel name", "Payee (hotel)"], 0.2, "Payment advice No."),
    ("Agoda", "browser", ["Property", "Payee name"], 0.17, "Remittance ID"),
    ("Expedia Partner Central", "browser", ["Property", "Lodging partner"], 0.18, "Payment reference"),
    ("Goibibo", "mail", ["Hotel name", "Hotel"], 0.2, "Payment advice No."),
    ("Airbnb", "phone", ["Host", "Payout to"], 0.03, "Payout ID"),
    ("Cleartrip", "mail", ["Hotel name", "Supplier (hotel)"], 0.15, "Settlement ID"),
]
PLATFORM_HOSTS = {
    "Booking.com": "admin.booking.com/hotel/hoteladmin/extranet_ng/manage/payouts",
    "Agoda": "ycs.agoda.com/en-us/finance/remittances",
    "Expedia Partner Central": "apps.expediapartnercentral.com/lodging/accounting/payments",
}
PLATFORM_SENDERS = {
    "Airbnb": "Airbnb <automated@airbnb.com>",
    "MakeMyTrip": "MakeMyTrip Partner Payments <partnerpayments@makemytrip.com>",
    "Goibibo": "Goibibo Hotel Partners <hotelpayments@goibibo.com>",
    "Cleartrip": "Cleartrip Hotels <hotel.settlements@cleartrip.com>",
}


def platform_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The booking platforms paying the hotel for the stays they sold: Booking.com's, Agoda's (YCS) and Expedia's
    extranet payout pages, Airbnb's payout e-mail and app screen, MakeMyTrip's, Goibibo's and Cleartrip's payment
    advice e-mails (the platform on top, Property name / Accommodation / Host / Payout to / Hotel name / Payee
    (hotel) / Property / Payee name / Lodging partner / Hotel / Supplier (hotel) the hotel or the company, Property ID
    / Hotel code / Listing ID, Stays between, the reservations covered with their guests and check-in days, Gross
    booking value, Less: Commission @ n% / Less: Host service fee @ 3%, Less: GST on commission @ 18%, Less: TCS u/s
    52 CGST Act @ 0.5%, Less: TDS u/s 194-O @ 0.1%, Net payout / Amount sent to your bank / Net transfer amount /
    Total paid out / Payout amount, Payout method Bank transfer (NEFT), Payout reference / Payout ID / Remittance ID /
    Payment reference / Settlement ID / Payment advice No., UTR / UTR No. / Bank reference (UTR), Payout date / Paid
    on / Transfer date / Date sent / Initiated on / Held since / Returned on / Failed on; Payout completed / Status:
    Paid out / Transferred to your bank / Payout on hold - bank account verification in progress / Payout returned -
    account holder name mismatch)."""
    k = place("platform_payouts")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2)
    name, frame, labels, share, idlab = PLATFORMS[k]
    rs = money(rng, font, 0.2, marks=("\u20b9", "INR ", "Rs."))
    if frame == "mail":
        subjects = (
            ["We sent you a payout", "Payment advice - hotel payout", "Your payout details"]
            if status == "success"
            else ["About your payout", "Payout update"]
        )
        p = mail_page(rng, font, PLATFORM_SENDERS[name], subjects)
    elif frame == "browser":
        p = browser_page(rng, font, PLATFORM_HOSTS[name])
    else:
        p = phone_page(rng, font, k, ["Earnings", "Payout details", "Transaction history"])
    p.part = "head"
    top(p, name)
    p.add(
        "small",
        rng.choice(["Finance  |  Payouts", "Payment advice - partner payouts", "Earnings and payouts"]),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payout completed", "Status: Paid out", "Transferred to your bank"],
            "pending": ["Payout on hold - bank account verification in progress"],
            "failed": ["Payout returned - account holder name mismatch"],
        },
    )
    payee = (
        rng.choice([COMPANY, COMPANY_CAPS]) if name == "Agoda" else rng.choice([HOTEL, HOTEL, HOTEL.upper()])
    )
    wrap_pair(p, rng.choice(labels), payee, merchant=payee)
    p.pair(
        {"Airbnb": "Listing ID", "MakeMyTrip": "Hotel code", "Goibibo": "Hotel code"}.get(
            name, "Property ID"
        ),
        digits(rng, rng.choice([7, 8, 9])),
    )
    if not j.no_day:
        start = earlier(rng, j, 20, 36)
        end = earlier(rng, j, 2, 12)
        p.pair(
            rng.choice(["Stays between", "Check-outs in"]),
            f"{when(start, '%d %b')} - {when(end, '%d %b %Y')}",
        )
    p.add("left", rng.choice(["Reservations in this payout", "Bookings covered"]))
    gross = 0.0
    for _ in range(rng.randrange(1, 4)):
        v = rupees(rng, 4800, 42000, 0.4)
        gross += v
        res = {
            "Booking.com": digits(rng, 10),
            "Airbnb": f"HM{code(rng, 8, UPPER)}",
            "MakeMyTrip": f"NH7{digits(rng, 10)}",
            "Agoda": digits(rng, 9),
            "Expedia Partner Central": digits(rng, 10),
            "Goibibo": f"GO{digits(rng, 9)}",
            "Cleartrip": f"CTH{digits(rng, 8)}",
        }[name]
        guest = rng.choice(GUESTS).split()[0]
        day = ""
        if not j.no_day:
            stay = start + dt.timedelta(days=rng.randrange(0, max(1, (end - start).days - 1)))
            day = f", check-in {when(stay, rng.choice(PATS_IN))}"
        p.pair(f"{res} ({guest}{day})", rs(v))
    gross = round(gross, 2)
    p.pair("Gross booking value", rs(gross))
    if name == "Airbnb":
        comm = round(gross * share, 2)
        p.pair("Less: Host service fee @ 3%", rs(comm))
    else:
        pct = round(share * 100 + rng.choice([-2, 0, 0, 1]), 0)
        comm = round(gross * pct / 100, 2)
        p.pair(f"Less: Commission @ {pct:g}%", rs(comm))
    gst = round(comm * 0.18, 2)
    p.pair("Less: GST on commission @ 18%", rs(gst))
    tcs = round(gross / 1.05 * 0.005, 2)
    p.pair("Less: TCS u/s 52 CGST Act @ 0.5%", rs(tcs))
    tds = round(gross * 0.001, 2)
    p.pair("Less: TDS u/s 194-O @ 0.1%", rs(tds))
    j.amount = round(gross - comm - gst - tcs - tds, 2)
    net = (
        ["Net payout", "Amount sent to your bank", "Net transfer amount", "Total paid out"]
        if status == "success"
        else ["Net payout", "Payout amount"]
    )
    p.pair(rng.choice(net), rs(j.amount), amount=j.amount)
    p.pair(
        "Payout method",
        rng.choice(
            [f"Bank transfer (NEFT) - {rng.choice(BANKS[:4])} XX{digits(rng, 4)}", "NEFT to bank account"]
        ),
        method="netbanking",
    )
    if not j.no_ref:
        pid = {
            "Payout reference": f"{code(rng, 2, UPPER)}{digits(rng, 10)}",
            "Payout ID": f"G-{code(rng, 10, ALNUM)}",
            "Payment advice No.": f"PA{digits(rng, 10)}",
            "Remittance ID": digits(rng, 9),
            "Payment reference": f"EQC{digits(rng, 9)}",
            "Settlement ID": f"STL{digits(rng, 10)}",
        }[idlab]
        p.pair(idlab, pid, txn=(INVOICE_RANK if idlab == "Payment advice No." else TXN_RANK, pid))
        if status != "pending":
            ref = bank_ref(rng, j, rng.choice(["HDFC Bank", "ICICI Bank", "State Bank of India"]), "NEFT")
            p.pair(rng.choice(["UTR", "UTR No.", "Bank reference (UTR)"]), ref, txn=(UTR_RANK, ref))
    date_row(
        p,
        j,
        {
            "success": ["Payout date", "Paid on", "Transfer date", "Date sent"],
            "pending": ["Initiated on", "Held since"],
            "failed": ["Returned on", "Failed on"],
        }[status],
        WEST if name in ("Airbnb", "Booking.com", "Agoda", "Expedia Partner Central") else PATS_IN,
    )
    p.part = "foot"
    p.add(
        "small",
        "Update your bank details in the extranet to receive this payout."
        if status == "failed"
        else "Payouts usually reach your bank in 3-5 business days.",
    )
    return p.done()


# ---------------------------------------------------------------- 3. tour operators and guests abroad: inward wires


REMITTERS = [
    ("Voyages Coromandel SARL", "Lyon, France", "EUR", "Credit Agricole Centre-Est", 900, 24000),
    ("Lac Leman Voyages SA", "Geneva, Switzerland", "CHF", "UBS Switzerland AG", 900, 18000),
    ("Bay of Bengal Journeys Ltd", "Bristol, United Kingdom", "GBP", "Lloyds Bank plc", 700, 16000),
    ("Mr. Pierre and Mrs. Claire Dubois", "Bordeaux, France", "EUR", "BNP Paribas", 600, 5200),
    (
        "Southern Cross Yoga Retreats Pty Ltd",
        "Melbourne, Australia",
        "AUD",
        "Westpac Banking Corporation",
        1500,
        26000,
    ),
    ("Comptoir des Indes Voyages", "Paris, France", "EUR", "LCL - Le Credit Lyonnais", 900, 24000),
    ("Hudson Valley Travel Collective Inc", "New York, USA", "USD", "Bank of America NA", 900, 22000),
    ("Kent Heritage Tours Ltd", "Canterbury, United Kingdom", "GBP", "HSBC UK Bank plc", 700, 16000),
]
WIRE_FRAMES = [
    ("Indian Bank", "paper"),
    ("HDFC Bank", "browser"),
    ("State Bank of India", "mail"),
    ("Indian Overseas Bank", "browser"),
    ("ICICI Bank", "mail"),
    ("Canara Bank", "paper"),
    ("Axis Bank", "browser"),
    ("City Union Bank", "mail"),
]
WIRE_RATES = {
    "USD": (85.4, 88.9),
    "GBP": (108.2, 113.4),
    "EUR": (93.1, 97.6),
    "CHF": (98.2, 104.6),
    "AUD": (55.1, 58.6),
}


def foreign(rng: random.Random, font: str, cur: str):
    """A foreign sum's way of printing: heldout152's for US dollars, pounds and euros, a code for Swiss francs and a
    code or sign for Australian dollars."""
    if cur in ("USD", "EUR", "GBP"):
        return fx(rng, font, cur)
    mark = rng.choice({"CHF": ["CHF ", "CHF "], "AUD": ["AUD ", "A$", "AUD "]}[cur])

    def show(value: float) -> str:
        return f"{mark}{value:,.2f}"

    return show


def guest_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """French, Swiss, British, Australian and American tour operators and a French couple paying for group stays,
    yoga retreats and a family wedding: the banks' inward remittance advices (browser, e-mail, printed INWARD
    REMITTANCE ADVICE / Foreign inward remittance - credit advice / Advice of inward SWIFT credit: the bank on top
    with its forex desk, Beneficiary name / Credit to A/c of / Beneficiary (account holder) the company, Beneficiary
    A/c, Remitter / Ordering customer / Sender (ordering customer), Remitter's bank / Sending bank, Amount of
    remittance / Foreign currency received / Instructed amount in EUR, CHF, GBP, AUD or USD, Charges, Exchange rate,
    INR equivalent / Rupee value, Bank charges incl. GST, Net INR credited, Purpose code, Remittance information,
    Mode, Inward ref. No. / IRM No. / Our reference, UETR, Value date / Credited on / Date of credit / Received on /
    Held on / Returned on / Date of return; Funds credited to your account / Status: Credited - e-FIRC issued / Held
    - purpose of remittance and KYC of remitter awaited / Returned to remitting bank - beneficiary account closed)."""
    k = place("guest_wires")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    payer, city, cur, pbank, lo, hi = REMITTERS[k]
    j.amount = (
        round(rng.uniform(lo, hi), 2) if rng.random() < 0.6 else float(rng.randrange(lo // 50, hi // 50) * 50)
    )
    show = foreign(rng, font, cur)
    rate = round(rng.uniform(*WIRE_RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_FRAMES[k]
    me = rng.choice([COMPANY, COMPANY_CAPS])
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <forex.puducherry@{slug(bank)}.co.in>",
            [
                "Inward remittance - credit advice",
                "Foreign inward remittance received",
                "SWIFT inward credit advice",
            ],
        )
    elif frame == "browser":
        p = browser_page(rng, font, f"trade.{slug(bank)}.co.in/inward/remittance/{code(rng, 10, ALNUM)}")
    else:
        p = paper_page(rng, font, [740, 780])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small",
        rng.choice(
            [
                "Forex Division, Mission Street, Puducherry",
                "Trade Finance Cell, Nehru Street, Puducherry",
                "International Banking Branch, Anna Salai, Puducherry",
            ]
        ),
    )
    p.add(
        "center",
        rng.choice(
            [
                "INWARD REMITTANCE ADVICE",
                "Foreign inward remittance - credit advice",
                "Advice of inward SWIFT credit",
            ]
        ),
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Funds credited to your account", "Status: Credited - e-FIRC issued"],
            "pending": ["Held - purpose of remittance and KYC of remitter awaited"],
            "failed": ["Returned to remitting bank - beneficiary account closed"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Beneficiary name", "Credit to A/c of", "Beneficiary (account holder)"]),
        me,
        merchant=me,
    )
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    wrap_pair(
        p, rng.choice(["Remitter", "Ordering customer", "Sender (ordering customer)"]), f"{payer}, {city}"
    )
    wrap_pair(p, rng.choice(["Remitter's bank", "Sending bank"]), pbank)
    p.pair(
        rng.choice(["Amount of remittance", "Foreign currency received", "Instructed amount"]),
        show(j.amount),
        amount=j.amount,
        cur=cur,
    )
    p.pair("Charges", rng.choice(["BEN", "SHA", "OUR"]))
    p.pair("Exchange rate", f"1 {cur} = INR {rate}")
    inr = round(j.amount * rate, 2)
    p.pair(rng.choice(["INR equivalent", "Rupee value"]), f"{inr:,.2f}")
    chg = round(float(rng.choice([250, 500, 750])) * 1.18, 2)
    p.pair("Bank charges incl. GST", f"{chg:,.2f}")
    if status == "success":
        p.pair("Net INR credited", f"{inr - chg:,.2f}")
    p.pair("Purpose code", rng.choice(["P0301 - travel (hotel services)", "P0806 - other business services"]))
    wrap_pair(
        p,
        "Remittance information",
        rng.choice(
            [
                "Group stay - 6 rooms, 4 nights",
                "Yoga retreat - 9 rooms",
                "Wedding party - rooms and dinner",
                "Deposit for heritage walk tour group",
                f"Invoice MS/INV/{rng.randrange(10, 400):03d}",
            ]
        ),
    )
    p.pair("Mode", rng.choice(["SWIFT MT103", "SWIFT inward"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'INW', 'FIR'])}{IFSC[bank]}{digits(rng, 10)}"
        p.pair(rng.choice(["Inward ref. No.", "IRM No.", "Our reference"]), ref, txn=(BANK_RANK, ref))
        if status == "success":
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
        ["{d} %B %Y", "%d %b %Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%B {d}, %Y"],
    )
    p.part = "foot"
    p.add(
        "small", "Please confirm the purpose of the remittance within 7 days; an e-FIRC is issued on request."
    )
    return p.done()


# ---------------------------------------------------------------- 4. the hotel's and the cafe's own receipts


RECEIPT_PARTIES = [
    "Mr. Arjun Raghavan",
    "Ms. Helene Marchand",
    "Dr. Sowmya Krishnan",
    "Mr. Vikram Sethi (brunch for 6)",
    "Brightlane Consulting Pvt Ltd (offsite)",
    "Mr. Oliver Grant",
    "Mrs. Nalini Varadarajan (wedding rooms)",
    "Ms. Ishita Bose (birthday dinner)",
]
RECEIPT_WAYS = ["UPI", "card", "cheque", "cash", "NEFT", "card", "cheque", "UPI"]
ROOMS = [("Heritage Deluxe", 3800, 5600), ("Courtyard Room", 4400, 6400), ("Garden Suite", 5800, 7400)]


def own_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The hotel's own ADVANCE RECEIPT - ROOM RESERVATION / RECEIPT / FOLIO SETTLEMENT RECEIPT and the cafe's CASH
    MEMO / RECEIPT - PRIVATE DINING ADVANCE (paper: the hotel or the cafe on top with the "A unit of" line, address
    and GSTIN; Receipt No. / Folio No. / Rcpt. No. / Memo No., Date / Dated / Receipt date, Guest name / Received from
    (guest) / Booked by / Received from / Customer (no fact), Rooms, Check-in, nights x rooms x tariff or
    covers x rate, GST @ 5%, Booking value (incl. GST) / Folio total / Bill amount / Total, Less: Advance received,
    Advance received / Balance received at check-out / Received by UPI / UPI received / Paid by card (EDC) / Card
    (POS) / Received via bank transfer (NEFT) / Received by NEFT / Cash received / Received in cash / Cheque amount /
    Cheque for, Balance payable at check-out / Balance due, Mode, UPI Ref. No. / UTR / Auth code, Cheque No. and
    bank, Cheque date; RECEIVED WITH THANKS / PAID / ADVANCE RECEIVED - ROOMS CONFIRMED / FOLIO SETTLED - MERCI, A
    BIENTOT / CHEQUE RECEIVED - BOOKING CONFIRMED ON REALISATION / CHEQUE RETURNED UNPAID - BOOKING RELEASED, the
    rubber stamp) and two of the front office's receipt e-mails."""
    k = place("own_receipts")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 0)
    rs = money(rng, font, 0.6, marks=("Rs.", "\u20b9", "Rs", ""))
    cafe = k in (3, 7)
    way = RECEIPT_WAYS[k]
    me = rng.choice([CAFE, CAFE.upper()]) if cafe else rng.choice([HOTEL, HOTEL, HOTEL.upper()])
    if k in (1, 4):
        p = mail_page(
            rng,
            font,
            f"{HOTEL} Front Office <frontoffice@maisonsurcouf.in>",
            ["Payment received - thank you", "Your payment receipt", "Receipt for your reservation"],
        )
        p.part = "head"
        top(p, me, merchant=me)
        p.add("small", f"A unit of {COMPANY}  |  Front office")
        p.add("center", "Payment acknowledgement")
        p.add("rule")
        p.part = "body"
    else:
        p = paper_page(rng, font, [680, 720, 760])
        unit = UNITS[1] if cafe else UNITS[0]
        letterhead(
            p,
            me,
            f"A unit of {COMPANY}",
            unit[1],
            unit[2],
            ["CASH MEMO", "RECEIPT - PRIVATE DINING ADVANCE"]
            if cafe
            else ["ADVANCE RECEIPT - ROOM RESERVATION", "RECEIPT", "FOLIO SETTLEMENT RECEIPT"],
        )
    if not j.no_ref:
        rno = f"{'CB' if cafe else 'MS'}/{fy(j.date)}/{rng.randrange(1, 2999):04d}"
        p.pair(
            rng.choice(["Memo No.", "Receipt No."] if cafe else ["Receipt No.", "Folio No.", "Rcpt. No."]),
            rno,
            txn=(INVOICE_RANK, rno),
        )
    date_row(p, j, ["Date", "Dated", "Receipt date"], PATS_IN)
    wrap_pair(
        p,
        rng.choice(
            ["Received from", "Customer"] if cafe else ["Guest name", "Received from (guest)", "Booked by"]
        ),
        RECEIPT_PARTIES[k],
    )
    if cafe:
        covers = rng.randrange(4, 28)
        rate = float(rng.choice([950, 1250, 1450, 1850, 2200]))
        base = covers * rate
        p.pair(
            f"{rng.choice(['Set menu', 'Brunch', 'Private dining'])} - {covers} covers x {rate:,.2f}",
            rs(base),
        )
        mode = "advance" if rng.random() < 0.5 else "full"
        if way == "cash" and base > 45000:
            mode = "advance"
    else:
        room, lo, hi = rng.choice(ROOMS)
        rooms = rng.randrange(1, 5)
        nights = rng.randrange(1, 6)
        tariff = float(rng.randrange(lo, hi, 100))
        base = rooms * nights * tariff
        mode = "advance" if way == "cheque" else rng.choice(["advance", "settle", "full"])
        p.pair("Rooms", f"{rooms} x {room}")
        if not j.no_day:
            p.pair("Check-in", j.other_day(rng, 6, 40) if mode == "advance" else j.other_day(rng, -6, 0))
        p.pair(f"{nights} night{'s' if nights > 1 else ''} x {rooms} x {tariff:,.2f}", rs(base))
    gst = round(base * 0.05, 2)
    p.pair("GST @ 5%", rs(gst))
    bill = round(base + gst, 2)
    if mode == "advance":
        p.pair("Booking value (incl. GST)" if not cafe else "Bill amount", rs(bill))
        j.amount = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2))
        lab = "Advance received" if rng.random() < 0.5 else None
    elif mode == "settle":
        p.pair("Folio total", rs(bill))
        adv = float(round(bill * rng.choice([0.25, 0.3, 0.5]), -2))
        p.pair("Less: Advance received", rs(adv))
        j.amount = round(bill - adv, 2)
        lab = "Balance received at check-out" if rng.random() < 0.5 else None
    else:
        p.pair(rng.choice(["Total", "Bill amount"] if cafe else ["Folio total", "Total"]), rs(bill))
        j.amount = bill
        lab = None
    if way == "cheque":
        lab = rng.choice(["Cheque amount", "Cheque for"])
    elif lab is None:
        lab = {
            "cash": rng.choice(["Cash received", "Received in cash"]),
            "UPI": rng.choice(["Received by UPI", "UPI received"]),
            "NEFT": rng.choice(["Received via bank transfer (NEFT)", "Received by NEFT"]),
            "card": rng.choice(["Paid by card (EDC)", "Card (POS)"]),
        }[way]
    p.pair(lab, rs(j.amount), amount=j.amount)
    if mode == "advance":
        p.pair(rng.choice(["Balance payable at check-out", "Balance due"]), rs(round(bill - j.amount, 2)))
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
        p.pair("Card", f"{rng.choice(['Visa', 'RuPay', 'Mastercard', 'Amex'])} {masked(rng, font)}")
        if not j.no_ref:
            appr = digits(rng, 6)
            p.pair("Auth code", appr, txn=(APPR_RANK, appr))
    words = ["RECEIVED WITH THANKS", "PAID"]
    if mode == "advance" and not cafe:
        words.append("ADVANCE RECEIVED - ROOMS CONFIRMED")
    if mode == "settle":
        words.append("FOLIO SETTLED - MERCI, A BIENTOT")
    word = {
        "success": rng.choice(words),
        "pending": "CHEQUE RECEIVED - BOOKING CONFIRMED ON REALISATION",
        "failed": "CHEQUE RETURNED UNPAID - BOOKING RELEASED",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    p.add(
        "small",
        "Advances are adjusted in the final bill. Cheques are subject to realisation."
        if cafe
        else "Cheques are subject to realisation. Check-out 11 AM; late check-out on request.",
    )
    if k not in (1, 4):
        right(p, f"For {CAFE if cafe else HOTEL} - {'Cashier' if cafe else 'Front office'}")
        p.add("gap")
        seal(
            p,
            CAFE if cafe else HOTEL,
            "RUE ROMAIN ROLLAND" if cafe else "WHITE TOWN, PUDUCHERRY",
            None if j.no_day else j.date,
            word.split(" - ")[0],
        )
    return p.done()


# ---------------------------------------------------------------- 5. laundry, provisions and other suppliers' invoices


SUPPLIERS = [
    (
        "Lawspet Linen Care",
        "Hotel linen laundry | Dry cleaning | Pick-up and delivery",
        "14, Vazhudavur Road, Lawspet, Puducherry - 605008",
        "34",
        "LLC",
    ),
    (
        "Sri Murugan Provision Mart",
        "Wholesale provisions, oils and flour",
        "62, Nehru Street (Grand Bazaar), Puducherry - 605001",
        "34",
        "SMP",
    ),
    (
        "Bababudan Coffee Roasters Pvt Ltd",
        "Speciality coffee - roasted beans and filter blends",
        "Kadur Road, Chikkamagaluru - 577101, Karnataka",
        "29",
        "BCR",
    ),
    (
        "Karur Home Textiles",
        "Bed, bath and table linen for hotels",
        "Kovai Road, Karur - 639002, Tamil Nadu",
        "33",
        "KHT",
    ),
    (
        "Aranya Handmade Soaps",
        "Handmade soaps and guest amenities",
        "Kuilapalayam, Auroville - 605101, Tamil Nadu",
        "33",
        "AHS",
    ),
]
# item, HSN / SAC, unit, rate (low, high), GST %, quantity (low, high)
SUPPLY_ITEMS = {
    "LLC": [
        ("Bed sheets - washed and pressed", "999719", "pcs", 11, 16, 18, 180, 640),
        ("Bath and hand towels", "999719", "pcs", 7, 11, 18, 200, 720),
        ("Pillow covers and napkins", "999719", "pcs", 4, 6, 18, 150, 520),
        ("Dry cleaning - curtains", "999712", "pcs", 140, 220, 18, 8, 40),
    ],
    "SMP": [
        ("Ponni raw rice - 25 kg bag", "1006", "bag", 1350, 1650, 5, 4, 24),
        ("Refined sunflower oil - 15 L tin", "1512", "tin", 2050, 2400, 5, 2, 12),
        ("Maida - 25 kg bag", "1101", "bag", 900, 1100, 5, 4, 30),
        ("Sugar - 50 kg bag", "1701", "bag", 2150, 2400, 5, 2, 10),
    ],
    "BCR": [
        ("Roasted coffee beans - estate Arabica", "0901", "kg", 780, 1150, 5, 10, 60),
        ("Filter coffee blend 80:20", "0901", "kg", 520, 720, 5, 10, 45),
    ],
    "KHT": [
        ("Bed sheet 300 TC - king", "6302", "pcs", 680, 980, 5, 60, 320),
        ("Bath towel 600 GSM", "6302", "pcs", 320, 480, 5, 80, 400),
        ("Table napkin - cotton", "6302", "pcs", 60, 95, 5, 100, 500),
    ],
    "AHS": [
        ("Guest soap 40 g - vetiver", "3401", "pcs", 28, 42, 5, 300, 1500),
        ("Guest soap 40 g - lemongrass", "3401", "pcs", 28, 42, 5, 300, 1500),
    ],
}
SUPPLY_ORDER = [0, 1, 2, 3, 0, 1, 4, 0]
SUPPLY_WAYS = ["NEFT", "UPI", "cheque", "RTGS", "NEFT", "cheque", "UPI", "NEFT"]


def supplier_invoices(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The laundry, the provision wholesaler, the coffee roaster, the linen maker and the soap maker billing the
    hotel and the cafe (paper: the supplier on top, its line, address and GSTIN; TAX INVOICE / TAX INVOICE (ORIGINAL
    FOR RECIPIENT) / TAX INVOICE CUM RECEIPT, Invoice No. / Tax Invoice No. / Bill No., Invoice date / Dated / Date,
    Billed to / Buyer / Details of recipient / Sold to the company, Delivered at, Place of supply, Service period or
    Vehicle No., the linen washed, provisions, beans, linen or soaps with HSN or SAC, pieces, bags, tins or kg x rate,
    Taxable value, CGST and SGST or IGST @ 5% or 18%, Round off, Invoice total, Less: Advance paid with order and
    Balance received by NEFT / RTGS on some, else Amount received vide NEFT / RTGS / Received by NEFT / RTGS / Paid
    through UPI / Payment received by UPI with UTR / UTR No. / UPI Ref. No. / UPI transaction ID, or Cheque received
    / Cheque amount with Cheque No.; PAID / PAID BY NEFT / RECEIVED - THANK YOU / CHEQUE RECEIVED - SUBJECT TO
    CLEARANCE / CHEQUE DISHONOURED - AMOUNT STILL DUE, in the supplier's rubber stamp too)."""
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
        ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "TAX INVOICE CUM RECEIPT"],
    )
    if not j.no_ref:
        inv = f"{tag}/{fy(j.date)}/{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Invoice No.", "Tax Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    date_row(p, j, ["Invoice date", "Dated", "Date"], PATS_IN)
    ours_to(p, ["Billed to", "Buyer", "Details of recipient", "Sold to"])
    wrap_pair(
        p,
        "Delivered at",
        f"{CAFE}, Rue Romain Rolland" if tag in ("SMP", "BCR") else f"{HOTEL}, 22 Rue Surcouf",
    )
    p.pair("Place of supply", "Puducherry (34)")
    if tag == "LLC":
        if not j.no_day:
            p.pair(
                "Service period",
                f"{when(earlier(rng, j, 15, 20), '%d %b')} - {when(earlier(rng, j, 1, 4), '%d %b')}",
            )
    else:
        p.pair(
            "Vehicle No.",
            f"{rng.choice(['PY-01', 'TN-31', 'KA-18', 'TN-47'])}-{code(rng, 2, UPPER)}-{digits(rng, 4)}",
        )
    taxable = 0.0
    gst_rate = 5
    items = SUPPLY_ITEMS[tag]
    for item, hsn, unit, lo, hi, g, qlo, qhi in rng.sample(items, rng.randrange(1, min(3, len(items)) + 1)):
        gst_rate = g
        rate = round(rng.uniform(lo, hi), 2)
        qty = rng.randrange(qlo, qhi)
        value = round(qty * rate, 2)
        taxable += value
        p.add("left", f"{item}  {'SAC' if hsn.startswith('99') else 'HSN'} {hsn}")
        units = f"{unit}s" if unit in ("bag", "tin") and qty > 1 else unit
        p.pair(f"  {qty} {units} x {rate:,.2f}", rs(value))
    taxable = round(taxable, 2)
    p.pair("Taxable value", rs(taxable))
    total = gst_lines(p, rs, taxable, gst_rate, state != "34")
    p.pair("Invoice total", rs(total))
    p.add("rule")
    way = SUPPLY_WAYS[k] if status == "success" else "cheque"
    if way == "UPI" and total > 100000:
        way = "NEFT"
    if way == "RTGS" and total < 200000:
        way = "NEFT"
    adv = 0.0
    if way in ("NEFT", "RTGS") and tag != "LLC" and rng.random() < 0.4:
        adv = float(round(total * rng.choice([0.2, 0.3, 0.5]), -2))
        p.pair("Less: Advance paid with order", rs(adv))
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
            lab = rng.choice(["Paid through UPI", "Payment received by UPI"])
        else:
            lab = rng.choice([f"Amount received vide {way}", f"Received by {way}"])
        p.pair(lab, rs(j.amount), amount=j.amount, method="UPI" if way == "UPI" else "netbanking")
        if not j.no_ref:
            if way == "UPI":
                p.pair(rng.choice(["UPI Ref. No.", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = bank_ref(rng, j, rng.choice(BANKS), way)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["PAID", f"PAID BY {way}", "RECEIVED - THANK YOU"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO CLEARANCE",
        "failed": "CHEQUE DISHONOURED - AMOUNT STILL DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    town = addr.split(" - ")[0].split(", ")[-1]
    p.add("small", f"E. & O.E. Subject to {town} jurisdiction.")
    right(p, f"For {name}")
    p.add("gap")
    seal(p, " ".join(maker.split()[:2]), "ACCOUNTS", None if j.no_day else j.date, word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 6. contractors by corporate net banking


# contractor, remarks, the sum (low, high)
CONTRACTORS = [
    ("Coromandel Pest Control Services", "Quarterly pest control - rooms and kitchen", 6000, 28000),
    ("Bay Breeze Aircon Services", "AMC - 14 split ACs", 18000, 65000),
    ("Lime & Laterite Restoration Works", "Lime plaster repair - courtyard", 45000, 360000),
    ("Mudaliarpet Flower Agency", "Flowers - lobby and rooms, fortnight", 4000, 18000),
    ("Chunnambar Boat Tours", "Paradise beach boat - guest group", 5000, 24000),
    ("Promenade Cycle Hire", "Guest cycles - monthly hire", 6000, 20000),
    ("Aqua Clear Pool Care", "Pool maintenance and chemicals", 9000, 42000),
    ("Villianur Terracotta Crafts", "Terracotta lamps and planters", 12000, 85000),
]
CORP_PORTALS = [
    ("IOB Corporate Internet Banking", "Indian Overseas Bank", "corporate.iob.in/ib/fundtransfer/status"),
    ("Indian Bank Corporate Net Banking", "Indian Bank", "corporate.indianbank.in/payments/txnview"),
    ("CUB Corporate Net Banking", "City Union Bank", "corpnet.cityunionbank.com/transfer/details"),
]


def vendor_transfers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its pest controller, air-conditioning, restoration, flower, boat, cycle, pool and
    terracotta contractors: corporate net banking's transaction pages (IOB Corporate Internet Banking, Indian Bank
    Corporate Net Banking, CUB Corporate Net Banking: the portal on top and the bank's line, Beneficiary name /
    Transfer to (beneficiary) / Payee, Beneficiary nickname, Beneficiary A/c and IFSC, Debit account the company,
    Amount debited / Payment amount / Transfer amount, Transfer mode / Payment type NEFT / RTGS / IMPS, Remarks /
    Narration, UTR / UTR No., Bank ref. No. / Transaction reference No., Maker / Checker, Value date / Transaction
    date / Processed on / Created on / Initiated on / Rejected on / Failed on; Transfer successful - beneficiary
    credited / Status: Completed / Awaiting approval - second authoriser / Rejected - beneficiary IFSC not valid)."""
    k = place("vendor_transfers")
    status = outcome(k, failed=(1,), pending=(6,))
    who, note, low, high = CONTRACTORS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 3, low=low, high=high)
    brand, bank, host = CORP_PORTALS[k % len(CORP_PORTALS)]
    rs = money(rng, font, 0.4, marks=("INR ", "\u20b9", "Rs."))
    p = browser_page(rng, font, f"{host}/{digits(rng, 9)}")
    p.part = "head"
    top(p, brand)
    p.add("small", f"{bank}  |  {rng.choice(['Payments', 'Fund transfer', 'Transaction status'])}")
    p.add("center", rng.choice(["Transaction details", "Fund transfer - status"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Transfer successful - beneficiary credited", "Status: Completed"],
            "pending": ["Awaiting approval - second authoriser"],
            "failed": ["Rejected - beneficiary IFSC not valid"],
        },
    )
    who = who.upper() if rng.random() < 0.4 else who
    wrap_pair(p, rng.choice(["Beneficiary name", "Transfer to (beneficiary)", "Payee"]), who, merchant=who)
    if rng.random() < 0.5:
        p.pair("Beneficiary nickname", "".join(w[0] for w in who.split() if w[0].isalpha()).upper() + "PDY")
    ben = rng.choice(BANKS)
    p.pair("Beneficiary A/c", f"XXXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{IFSC[ben]}0{digits(rng, 6)}")
    wrap_pair(p, "Debit account", f"{COMPANY_CAPS} - CA XX{digits(rng, 4)}")
    p.pair(rng.choice(["Amount debited", "Payment amount", "Transfer amount"]), rs(j.amount), amount=j.amount)
    way = "NEFT" if status == "failed" else neft_way(rng, j.amount)
    p.pair(rng.choice(["Transfer mode", "Payment type"]), way, method="netbanking")
    wrap_pair(p, rng.choice(["Remarks", "Narration"]), note)
    if not j.no_ref:
        if status == "success":
            ref = bank_ref(rng, j, bank, way)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        tr = f"{IFSC[bank][:2]}{digits(rng, 12)}"
        p.pair(rng.choice(["Bank ref. No.", "Transaction reference No."]), tr, txn=(BANK_RANK, tr))
    p.pair("Maker / Checker", f"SHHACCTS / {'-' if status == 'pending' else 'SHHDIR01'}")
    date_row(
        p,
        j,
        {
            "success": ["Value date", "Transaction date", "Processed on"],
            "pending": ["Created on", "Initiated on"],
            "failed": ["Rejected on", "Failed on"],
        }[status],
        hour=rng.random() < 0.5,
    )
    p.part = "foot"
    p.add("small", "Rejected transactions are not debited; check the beneficiary details and submit again.")
    return p.done()


# ---------------------------------------------------------------- 7. the staff's vouchers and payouts


STAFF = [
    ("Selvi Murugan", "Room attendant"),
    ("Priya Dharshini S.", "Front office associate"),
    ("K. Devaraj", "Night watchman"),
    ("Arul Jothi", "Gardener"),
    ("Rajesh Anbalagan", "Commis chef"),
    ("Mohamed Asif", "Barista"),
    ("Lakshmi Ammal", "Laundry helper"),
    ("Vincent Arokiasamy", "Steward"),
]
STAFF_FRAMES = ["paper", "razorpayx", "paper", "gpay", "paper", "razorpayx", "bhim", "paper"]
DAILY = ("Room attendant", "Night watchman", "Gardener", "Laundry helper")


def staff_pay(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company paying its room attendants, cooks, watchman, front office, gardener, barista, laundry helper and
    stewards: its printed DAILY WAGE VOUCHER - HOUSEKEEPING / CASUAL LABOUR PAYMENT VOUCHER / SERVICE CHARGE SHARE
    VOUCHER / STAFF PAYMENT VOUCHER (the hotel's company on top, Voucher No. / Vr. No., Date / Voucher date, Paid to
    (staff) / Name of employee / Staff name / Received by, Emp. code, Designation, Month, Days worked n x rate, Add:
    Overtime n h x rate or Service charge share n points x rate, Add: Guest tips (pooled), Gross, Less: Advance
    recovered / Less: Uniform recovery, Net paid to staff / Net amount paid / Amount paid, Mode Cash / UPI / IMPS; PAID
    / PAID - RECEIVED IN FULL / PAID - SIGNED BY STAFF), RazorpayX's payout pages (RazorpayX on top and Payouts - the
    company under it, the sum large, Contact / Contact name / Beneficiary, Fund account, Mode, Purpose, Narration,
    Payout ID pout_..., UTR, Processed on / Created on / Reversed on / Failed on; Processed / Payout processed /
    Pending approval - payout not yet sent / Reversed - beneficiary bank declined the credit), a Google Pay and a
    BHIM screen."""
    k = place("staff_pay")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6, low=900, high=28000, p_round=0.9)
    who, role = STAFF[k]
    rs = money(rng, font, 0.7, marks=("Rs.", "\u20b9", "Rs"))
    frame = STAFF_FRAMES[k]
    if frame == "razorpayx":
        pid = f"pout_{code(rng, 14, ALNUM + LOWER)}"
        p = browser_page(rng, font, "x.razorpay.com/payouts" + ("" if j.no_ref else f"/{pid}"))
        p.part = "head"
        top(p, "RazorpayX")
        p.add("small", f"Payouts - {rng.choice([COMPANY, SHORT])}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Processed", "Payout processed"],
                "pending": ["Pending approval - payout not yet sent"],
                "failed": ["Reversed - beneficiary bank declined the credit"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Contact", "Contact name", "Beneficiary"]), who, merchant=who)
        way = rng.choice(["IMPS", "UPI"])
        p.pair(
            "Fund account",
            f"{rng.choice(BANKS[:5])} XXXX{digits(rng, 4)}"
            if way == "IMPS"
            else f"{who.split()[0].lower().strip('.')}{rng.randrange(10, 99)}@okaxis",
        )
        p.pair("Mode", way, method="UPI" if way == "UPI" else "netbanking")
        purpose, why = rng.choice(
            [("Salary", "salary"), ("Payout", "service charge"), ("Payout", "overtime")]
        )
        p.pair("Purpose", purpose)
        p.pair("Narration", f"{SHORT} {why}")
        if not j.no_ref:
            p.pair("Payout ID", pid, txn=(TXN_RANK, pid))
            if status == "success":
                p.pair("UTR", j.ref, txn=(UTR_RANK, j.ref))
        date_row(
            p,
            j,
            {"success": ["Processed on"], "pending": ["Created on"], "failed": ["Reversed on", "Failed on"]}[
                status
            ],
            hour=True,
        )
        p.part = "foot"
        p.add("small", "Payouts are made from your RazorpayX current account balance.")
        return p.done()
    if frame in ("gpay", "bhim"):
        p = phone_page(rng, font, k, ["", "Transaction details"])
        p.part = "head"
        p.add("title", "Google Pay" if frame == "gpay" else "BHIM UPI")
        p.add("gap")
        p.part = "body"
        outcome_row(p, status, {"success": ["Paid", "Payment successful", "Transaction successful"]})
        p.add("big", rs(j.amount), amount=j.amount)
        p.add("small", rng.choice(["Paid to", "To"]))
        p.add("center", who, merchant=who)
        p.add(
            "small",
            f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'upi'])}",
            method="UPI",
        )
        p.pair(
            "Message",
            rng.choice(["Overtime - wedding dinner", "Salary advance", "Festival advance", "Tips share"]),
        )
        if not j.no_ref:
            if frame == "gpay":
                p.pair("UPI transaction ID", j.ref, txn=(UTR_RANK, j.ref))
                gid = f"CICAg{code(rng, 10, ALNUM + LOWER)}"
                wrap_pair(p, "Google transaction ID", gid, txn=(TXN_RANK, gid))
            else:
                p.pair(rng.choice(["UPI Ref No", "UPI transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        p.pair(rng.choice(["From", "Debited from"]), f"Indian Bank XX{digits(rng, 4)}")
        date_row(p, j, ["Date & time", "Paid on"], hour=True)
        p.part = "foot"
        p.add("small", "Share  |  Done")
        return p.done()
    p = paper_page(rng, font, [660, 700, 740])
    daily = role in DAILY
    unit = UNITS[1] if role in ("Barista",) else UNITS[0]
    kinds = (
        ["DAILY WAGE VOUCHER - HOUSEKEEPING", "CASUAL LABOUR PAYMENT VOUCHER"]
        if daily
        else ["SERVICE CHARGE SHARE VOUCHER", "STAFF PAYMENT VOUCHER"]
    )
    letterhead(
        p,
        rng.choice([COMPANY, COMPANY_CAPS]),
        f"{HOTEL}  |  {unit[0]}",
        unit[1],
        unit[2],
        kinds,
        merchant=False,
    )
    if not j.no_ref:
        vno = f"{rng.choice(['WV', 'SC', 'PV'])}/{rng.randrange(10, 999):03d}"
        p.pair(rng.choice(["Voucher No.", "Vr. No."]), vno, txn=(INVOICE_RANK, vno))
    date_row(p, j, ["Date", "Voucher date"], PATS_IN)
    wrap_pair(
        p, rng.choice(["Paid to (staff)", "Name of employee", "Staff name", "Received by"]), who, merchant=who
    )
    p.pair("Emp. code", f"MS{rng.randrange(10, 99)}")
    p.pair("Designation", role)
    way = "Cash" if k == 2 else rng.choice(["UPI", "IMPS", "Cash"])
    if daily:
        days = rng.randrange(6, 27)
        rate = float(rng.choice([520, 560, 600, 650]))
        gross = round(days * rate, 2)
        p.pair(f"Days worked: {days} x {rate:,.2f}", rs(gross))
        if rng.random() < 0.5:
            hours = rng.randrange(4, 20)
            ot = round(hours * rate / 8 * 1.5, 2)
            p.pair(f"Add: Overtime {hours} h x {rate / 8 * 1.5:,.2f}", rs(ot))
            gross = round(gross + ot, 2)
        cut = float(rng.choice([0, 500, 1000])) if gross > 4000 else 0.0
        cut_label = "Less: Advance recovered"
    else:
        if not j.no_day:
            p.pair("Month", j.month())
        points = rng.randrange(8, 20)
        rate = round(rng.uniform(180, 420), 2)
        gross = round(points * rate, 2)
        p.pair(f"Service charge share: {points} points x {rate:,.2f}", rs(gross))
        if rng.random() < 0.6:
            tips = float(rng.randrange(300, 2500, 50))
            p.pair("Add: Guest tips (pooled)", rs(tips))
            gross = round(gross + tips, 2)
        cut = float(rng.choice([0, 0, 250, 400])) if gross > 3000 else 0.0
        cut_label = rng.choice(["Less: Advance recovered", "Less: Uniform recovery"])
    p.pair("Gross", rs(gross))
    if cut:
        p.pair(cut_label, rs(cut))
    j.amount = round(gross - cut, 2)
    p.pair(rng.choice(["Net paid to staff", "Net amount paid", "Amount paid"]), rs(j.amount), amount=j.amount)
    p.pair("Mode", way, method={"Cash": "cash", "UPI": "UPI", "IMPS": "netbanking"}[way])
    if not j.no_ref and way != "Cash":
        p.pair("UPI Ref. No." if way == "UPI" else "IMPS Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    p.add(
        "center", rng.choice(["PAID", "PAID - RECEIVED IN FULL", "PAID - SIGNED BY STAFF"]), status="success"
    )
    p.part = "foot"
    p.add("small", f"In words: {words_in_rupees(j.amount)}")
    right(p, "Signature of staff")
    return p.done()


# ---------------------------------------------------------------- 8. tourism, municipality, PCC, FSSAI, labour, fire


FEE_FRAMES = ["tourism", "trade", "ppcc", "foscos", "labour", "fire", "property", "tourism"]


def fee_refs(p: Screen, j: Job, rows: list[tuple[str, int, str]]) -> None:
    """A fee page's references (label, rank, value), none on the page that prints no transaction id."""
    if j.no_ref:
        return
    for lab, rank, value in rows:
        p.pair(lab, value, txn=(rank, value))


def govt_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The dues of a heritage hotel with a cafe in Puducherry: the Department of Tourism's registration renewal and
    classification pages (Department of Tourism, Puducherry / Department of Tourism, Government of Puducherry /
    DEPARTMENT OF TOURISM, PUDUCHERRY on top and the Government of Puducherry line, Name of the establishment,
    Applicant, Registration No., Category, the fee heads, Total amount paid / Amount remitted / Total fee,
    Transaction ID, Bank Ref No., e-Receipt No.), Puducherry Municipality's trade licence and property tax pages
    (Puducherry Municipality / PUDUCHERRY MUNICIPALITY on top, Name of licensee / Owner name, Trade name, Licence No. /
    Assessment No., Ward, the heads, Less: Rebate @ 5% (paid in time), Total amount / Amount paid / Amount, Transaction
    ID, Bank Ref No., Receipt No.; Transaction failed - tax not received by the Municipality), the Puducherry
    Pollution Control Committee's consent fee page (the Committee on top and the Department of Science, Technology
    and Environment line, Name of the unit, Category, Application ID, the Water and Air Act fees, Total fee paid,
    Transaction ref. No., Bank Ref No.), FoSCoS's licence renewal page (Food Safety and Standards Authority of India /
    FSSAI on top and the FoSCoS line, Name of FBO, Licence No., Kind of business, Licence fee for n year(s), Total
    amount paid / Amount, Transaction ID, Application reference No.; Payment status awaited from bank - do not pay
    again), the Labour Department's registration renewal (Labour Department, Puducherry / Labour Department,
    Government of Puducherry on top, Name of establishment, Registration No., Employees, Renewal fee, Amount paid,
    Transaction ID, Receipt No.) and the Fire Service's certificate renewal (Fire Service Department, Puducherry /
    PUDUCHERRY FIRE SERVICE on top, Name of premises, the fees, Total amount paid, Challan No.)."""
    k = place("govt_fees")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    rs = money(rng, font, 0.7, marks=("\u20b9", "Rs.", "INR"))
    frame = FEE_FRAMES[k]
    way = rng.choice(["Net banking", "UPI", "Debit card"])
    firm = rng.choice([COMPANY, COMPANY_CAPS])
    pats = ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d-%b-%Y"]
    ok = ["Payment successful", "Fee remitted successfully", "Receipt generated", "Payment received"]
    if frame == "tourism":
        p = browser_page(rng, font, f"tourism.py.gov.in/eservices/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(
            [
                "Department of Tourism, Puducherry",
                "Department of Tourism, Government of Puducherry",
                "DEPARTMENT OF TOURISM, PUDUCHERRY",
            ]
        )
        top(p, name, merchant=name)
        p.add("small", "Government of Puducherry  |  Registration of hotels and homestays")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the establishment", HOTEL)
        wrap_pair(p, "Applicant", firm)
        p.pair("Registration No.", f"DOT/PDY/HTL/{digits(rng, 4)}")
        p.pair("Category", rng.choice(["Heritage hotel - 12 rooms", "Heritage (Basic) - 12 rooms"]))
        if k == 0:
            heads = [("Renewal of registration (3 years)", float(rng.choice([7500, 9000, 10000])))]
            if rng.random() < 0.5:
                heads.append(("Late fee", float(rng.choice([500, 1000]))))
        else:
            heads = [
                ("Classification fee - heritage category", float(rng.choice([5000, 7500]))),
                ("Inspection fee", float(rng.choice([1000, 1500, 2000]))),
            ]
        for head, fee in heads:
            p.pair(head, rs(fee))
        j.amount = float(sum(fee for _, fee in heads))
        p.pair(
            rng.choice(["Total amount paid", "Amount remitted", "Total fee"]), rs(j.amount), amount=j.amount
        )
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"TRSM{digits(rng, 11)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"),
                ("e-Receipt No.", INVOICE_RANK, f"DOT/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "Display the registration certificate at the reception."
    elif frame in ("trade", "property"):
        p = browser_page(rng, font, f"pondymunicipality.py.gov.in/epay/receipt/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Puducherry Municipality", "PUDUCHERRY MUNICIPALITY"])
        top(p, name, merchant=name)
        tax = frame == "property"
        p.add("small", f"Online payment  |  {'Property tax' if tax else 'D&O and trade licence'}")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "failed": ["Transaction failed - tax not received by the Municipality"]},
        )
        p.pair(
            "Ward",
            rng.choice(["White Town (Ward 28)", "Kottakuppam Road (Ward 14)", "Mission Street (Ward 26)"]),
        )
        if tax:
            wrap_pair(p, "Owner name", firm)
            p.pair("Assessment No.", f"{rng.randrange(10, 42)}/{digits(rng, 5)}")
            heads = [
                ("Property tax - half year", 9400.0, 16800.0),
                ("Library cess", 450.0, 900.0),
                ("Solid waste user charges", 1200.0, 2400.0),
            ]
        else:
            wrap_pair(p, "Name of licensee", firm)
            wrap_pair(p, "Trade name", rng.choice([HOTEL, f"{HOTEL} and {CAFE}"]))
            p.pair("Licence No.", f"PM/DO/{digits(rng, 6)}")
            heads = [
                ("Licence fee - lodging house (12 rooms)", 3600.0, 3600.0),
                ("Licence fee - eating house (cafe)", 1500.0, 1500.0),
                ("Signboard fee", 500.0, 1200.0),
            ]
        total = 0.0
        for head, lo, hi in heads:
            fee = float(round(rng.uniform(lo, hi)))
            total += fee
            p.pair(head, rs(fee))
        if tax and status == "success" and rng.random() < 0.5:
            rebate = round(total * 0.05, 2)
            p.pair("Less: Rebate @ 5% (paid in time)", rs(rebate))
            total -= rebate
        j.amount = round(total, 2)
        p.pair(
            rng.choice(
                ["Total amount", "Amount paid"] if status == "success" else ["Total amount", "Amount"]
            ),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Payment mode", way, method=way_method(way))
        refs = [("Transaction ID", TXN_RANK, f"PM{digits(rng, 13)}")]
        if status == "success":
            refs.append(("Bank Ref No.", BANK_RANK, f"{code(rng, 4, UPPER)}{digits(rng, 8)}"))
            refs.append(("Receipt No.", INVOICE_RANK, f"{'PT' if tax else 'TL'}/{digits(rng, 7)}"))
        fee_refs(p, j, refs)
        date_row(
            p,
            j,
            ["Payment date", "Receipt date"] if status == "success" else ["Transaction date"],
            hour=rng.random() < 0.5,
        )
        foot = "This is a computer generated receipt and needs no signature."
    elif frame == "ppcc":
        p = browser_page(rng, font, f"dste.py.gov.in/ppcc/consentfee/{digits(rng, 9)}")
        p.part = "head"
        name = rng.choice(
            ["Puducherry Pollution Control Committee", "PUDUCHERRY POLLUTION CONTROL COMMITTEE"]
        )
        top(p, name, merchant=name)
        p.add("small", "Department of Science, Technology and Environment  |  Consent fee")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of the unit", f"{HOTEL} ({firm})")
        p.pair("Category", rng.choice(["Orange - hotel (12 rooms)", "Green - hotel below 20 rooms"]))
        p.pair("Application ID", digits(rng, 9))
        water = float(rng.choice([1500, 2500, 3500]))
        air = float(rng.choice([1000, 1500, 2500]))
        p.pair("Consent to operate - Water Act", rs(water))
        p.pair("Consent to operate - Air Act", rs(air))
        j.amount = water + air
        p.pair("Total fee paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ref. No.", TXN_RANK, f"PPCC{digits(rng, 10)}"),
                ("Bank Ref No.", BANK_RANK, f"{code(rng, 3, UPPER)}{digits(rng, 10)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Date of payment"], pats)
        foot = "The consent order is issued after inspection of the premises."
    elif frame == "foscos":
        p = browser_page(rng, font, f"foscos.fssai.gov.in/payment/status/{digits(rng, 10)}")
        p.part = "head"
        name = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
        top(p, name, merchant=name)
        p.add("small", "FoSCoS  |  Licence renewal - payment")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {"success": ok, "pending": ["Payment status awaited from bank - do not pay again"]},
        )
        wrap_pair(p, "Name of FBO", rng.choice([CAFE, f"{CAFE} ({COMPANY})"]))
        p.pair("Licence No.", f"1{digits(rng, 13)}")
        p.pair("Kind of business", "Restaurant / cafe")
        years = rng.randrange(1, 4)
        fee = float(rng.choice([2000, 3000]))
        p.pair(f"Licence fee for {years} year{'s' if years > 1 else ''}", rs(fee * years))
        j.amount = fee * years
        p.pair("Total amount paid" if status == "success" else "Amount", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        p.pair("Application reference No.", f"20{digits(rng, 15)}")
        fee_refs(p, j, [("Transaction ID", TXN_RANK, f"FSS{digits(rng, 12)}")])
        date_row(
            p, j, ["Payment date"] if status == "success" else ["Transaction date", "Initiated on"], pats
        )
        foot = "The renewed licence is issued once the payment is confirmed."
    elif frame == "labour":
        p = browser_page(rng, font, f"labour.py.gov.in/shops/renewal/receipt/{digits(rng, 7)}")
        p.part = "head"
        name = rng.choice(["Labour Department, Puducherry", "Labour Department, Government of Puducherry"])
        top(p, name, merchant=name)
        p.add("small", "Puducherry Shops and Establishments Act, 1964  |  Registration renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of establishment", rng.choice([HOTEL, CAFE]))
        p.pair("Registration No.", f"PSE/{digits(rng, 5)}")
        p.pair("Employees", str(rng.randrange(8, 26)))
        j.amount = float(rng.choice([600, 900, 1500]))
        p.pair("Renewal fee", rs(j.amount))
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(
            p,
            j,
            [
                ("Transaction ID", TXN_RANK, f"LAB{digits(rng, 11)}"),
                ("Receipt No.", INVOICE_RANK, f"SE/{digits(rng, 6)}"),
            ],
        )
        date_row(p, j, ["Payment date", "Receipt date"], pats)
        foot = "Display the registration certificate at the establishment."
    else:
        p = browser_page(rng, font, f"fireservice.py.gov.in/fsc/renewal/{digits(rng, 8)}")
        p.part = "head"
        name = rng.choice(["Fire Service Department, Puducherry", "PUDUCHERRY FIRE SERVICE"])
        top(p, name, merchant=name)
        p.add("small", "Government of Puducherry  |  Fire safety certificate - renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ok})
        wrap_pair(p, "Name of premises", f"{HOTEL}, 22 Rue Surcouf")
        wrap_pair(p, "Occupier", firm)
        renew = float(rng.choice([2500, 3000, 4000]))
        visit = float(rng.choice([500, 750, 1000]))
        p.pair("Fire safety certificate renewal fee", rs(renew))
        p.pair("Inspection charges", rs(visit))
        j.amount = renew + visit
        p.pair("Total amount paid", rs(j.amount), amount=j.amount)
        p.pair("Payment mode", way, method=way_method(way))
        fee_refs(p, j, [("Challan No.", INVOICE_RANK, f"FS/{digits(rng, 6)}")])
        date_row(p, j, ["Payment date", "Challan date"], pats)
        foot = "The certificate is renewed after the inspection of the fire safety systems."
    p.part = "foot"
    p.add("small", foot)
    return p.done()


# ---------------------------------------------------------------- 9. insurers' premium receipts


POLICIES = [
    (
        "The New India Assurance Co. Ltd",
        "newindia.co.in",
        "Bharat Sookshma Udyam Suraksha - hotel building and contents",
        "browser",
    ),
    (
        "United India Insurance Co. Ltd",
        "uiic.co.in",
        "Public liability (non-industrial) - hotel premises",
        "mail",
    ),
    (
        "Star Health and Allied Insurance Co. Ltd",
        "starhealth.in",
        "Group health insurance - staff",
        "browser",
    ),
    (
        "ICICI Lombard General Insurance Co. Ltd",
        "icicilombard.com",
        "Money insurance - safe and transit",
        "mail",
    ),
    ("The Oriental Insurance Co. Ltd", "orientalinsurance.org.in", "Fidelity guarantee - cashiers", "paper"),
    ("Tata AIG General Insurance Co. Ltd", "tataaig.com", "Employees' compensation policy", "browser"),
    (
        "HDFC ERGO General Insurance Co. Ltd",
        "hdfcergo.com",
        "Machinery breakdown - kitchen and laundry",
        "mail",
    ),
    ("Life Insurance Corporation of India", "licindia.in", "Group gratuity cash accumulation plan", "paper"),
]


def insurer_receipts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The company insuring its heritage building and contents, its liability to guests, its staff's health, the
    cash in the safe and in transit, its cashiers' fidelity, its employees' compensation, its kitchen and laundry
    machines and its staff's gratuity: the insurers' premium receipts (browser, e-mail, printed at the branch: the
    insurer on top, the product line, PREMIUM RECEIPT / Premium payment acknowledgement / RECEIPT, Name of the
    insured / Policy holder / Insured (proposer), Policy No., Proposal No., Sum insured (building and contents) /
    Limit of indemnity / Lives covered / Cash in safe limit / Employees covered / Wages declared / Sum insured
    (machinery), Period of insurance, Basic premium or Contribution to gratuity fund, an add-on (earthquake and STFI,
    terrorism, occupational disease, life cover), GST @ 18%, Total premium received / Premium amount (incl. GST) /
    Amount collected / Cheque amount / Premium payable, Payment mode, Transaction ref. No. / Payment ID, UPI Ref No. /
    Bank Ref. No., Receipt No. / Premium receipt No., Cheque No., Receipt date / Premium paid on / Date of receipt /
    Transaction date / Attempted on; Premium realised - policy document sent by e-mail / Payment successful -
    receipt generated / CHEQUE RECEIVED - COVER FROM DATE OF REALISATION / Payment failed - policy not issued)."""
    k = place("insurer_receipts")
    status = outcome(k, failed=(2,), pending=(7,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 1)
    ins, host, product, frame = POLICIES[k]
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    if frame == "browser":
        p = browser_page(rng, font, f"{rng.choice(['portal', 'customer', 'epay'])}.{host}/premium/receipt")
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
                ["Branch Office, Mission Street, Puducherry", "Divisional Office, Anna Salai, Puducherry"]
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
                "Premium realised - policy document sent by e-mail",
                "Payment successful - receipt generated",
            ],
            "pending": ["CHEQUE RECEIVED - COVER FROM DATE OF REALISATION"],
            "failed": ["Payment failed - policy not issued"],
        },
    )
    wrap_pair(
        p,
        rng.choice(["Name of the insured", "Policy holder", "Insured (proposer)"]),
        rng.choice([COMPANY, COMPANY_CAPS]),
    )
    if status == "success":
        p.pair("Policy No.", f"{digits(rng, 6)}/{rng.choice(['11', '46', '48'])}/2026/{digits(rng, 4)}")
    p.pair("Proposal No.", f"P{digits(rng, 10)}")
    if "building" in product:
        insured = float(rng.randrange(18000000, 60000000, 100000))
        p.pair("Sum insured (building and contents)", rs(insured))
        basic = round(insured * rng.uniform(0.00035, 0.0006), 2)
        addon = ("Earthquake and STFI cover", round(insured * 0.0001, 2))
    elif "liability" in product:
        limit = float(rng.choice([2500000, 5000000, 10000000]))
        p.pair("Limit of indemnity (any one accident)", rs(limit))
        basic = round(limit * rng.uniform(0.0012, 0.002), 2)
        addon = ("Food and beverage liability extension", round(basic * 0.15, 2))
    elif "health" in product:
        lives = rng.randrange(14, 30)
        p.pair("Lives covered", f"{lives} staff x Rs 3,00,000")
        basic = round(lives * rng.uniform(4200, 6800), 2)
        addon = ("Maternity cover", round(lives * 350.0, 2))
    elif "Money" in product:
        safe = float(rng.choice([300000, 500000]))
        p.pair("Cash in safe limit", rs(safe))
        p.pair("Money in transit limit", rs(float(rng.choice([200000, 300000]))))
        basic = round(safe * rng.uniform(0.004, 0.007), 2)
        addon = ("Terrorism cover", round(safe * 0.0002, 2))
    elif "Fidelity" in product:
        staff = rng.randrange(2, 5)
        p.pair("Employees covered", f"{staff} x Rs 2,00,000")
        basic = round(staff * rng.uniform(1400, 2200), 2)
        addon = ("Forgery extension", round(staff * 250.0, 2))
    elif "compensation" in product:
        wages = float(rng.randrange(3500000, 7800000, 10000))
        p.pair("Wages declared (annual)", rs(wages))
        basic = round(wages * rng.uniform(0.003, 0.005), 2)
        addon = ("Occupational disease cover", round(wages * 0.0002, 2))
    elif "Machinery" in product:
        insured = float(rng.randrange(1500000, 4500000, 10000))
        p.pair("Sum insured (machinery)", rs(insured))
        basic = round(insured * rng.uniform(0.0025, 0.004), 2)
        addon = ("Deterioration of stock (cold room)", round(insured * 0.0003, 2))
    else:
        basic = float(rng.randrange(60000, 240000, 100))
        addon = ("Life cover premium", round(rng.uniform(2500, 9000), 2))
    if not j.no_day:
        p.pair("Period of insurance", f"One year from {j.other_day(rng, 1, 5)}")
    p.pair("Contribution to gratuity fund" if "gratuity" in product else "Basic premium", rs(basic))
    p.pair(addon[0], rs(addon[1]))
    gst = round((addon[1] if "gratuity" in product else basic + addon[1]) * 0.18, 2)
    p.pair("GST @ 18%" if "gratuity" not in product else "GST @ 18% on life cover", rs(gst))
    j.amount = round(basic + addon[1] + gst, 2)
    if rng.random() < 0.4:
        j.amount = float(round(j.amount))
    labels = {
        "success": ["Total premium received", "Premium amount (incl. GST)", "Amount collected"],
        "pending": ["Cheque amount", "Premium amount (incl. GST)"],
        "failed": ["Premium payable", "Total premium (incl. GST)"],
    }[status]
    if "gratuity" in product and status != "failed":
        labels = ["Total amount received", "Total contribution and premium"]
    p.pair(rng.choice(labels), rs(j.amount), amount=j.amount)
    way = "Cheque" if status == "pending" else rng.choice(["Net banking", "UPI", "Debit card"])
    if frame == "paper" and status == "success":
        way = rng.choice(["Net banking", "Cheque"])
    p.pair("Payment mode", way, method=way_method(way))
    if way == "Cheque":
        p.pair("Cheque No.", f"{digits(rng, 6)} - {rng.choice(BANKS[:5])}")
    if not j.no_ref:
        if way != "Cheque":
            pid = f"{rng.choice(['PG', 'TXN'])}{digits(rng, 12)}"
            p.pair(rng.choice(["Transaction ref. No.", "Payment ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and way != "Cheque":
            if way == "UPI":
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
            "pending": ["Receipt date", "Date of receipt"],
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
    ("MAISON SURCOUF", "RUE SURCOUF, PUDUCHERRY", "hotel"),
    ("CAFE BOUGAINVILLEA", "RUE ROMAIN ROLLAND PONDY", "cafe"),
    ("LAWSPET SERVICE STATION", "ECR, LAWSPET, PUDUCHERRY", "fuel"),
    ("SURCOUF HERITAGE HOSPITALITY", "WHITE TOWN PUDUCHERRY", "hotel"),
    ("NEHRU STREET KITCHENWARE", "NEHRU STREET, PUDUCHERRY", "shop"),
    ("CAFE BOUGAINVILLEA", "WHITE TOWN, PUDUCHERRY", "cafe"),
    ("MISSION STREET HARDWARES", "MISSION STREET, PUDUCHERRY", "shop"),
    ("MAISON SURCOUF", "WHITE TOWN PONDICHERRY 605001", "hotel"),
]
TERMINALS = [
    "INDIAN BANK",
    "PINE LABS",
    "HPCL",
    "HDFC BANK",
    "WORLDLINE",
    "ICICI BANK",
    "CITY UNION BANK",
    "AXIS BANK",
]


def card_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Guests' cards on the hotel's front desk and the cafe's terminals, and the company's card at a filling station,
    a kitchenware shop and a hardware shop: terminal slips (monospace: the terminal's bank or brand on top on some,
    the counter's name and place in capitals, DATE: and TIME: / TXN DATE: and TXN TIME: / DATE/TIME:, MID:, TID:,
    BATCH NO:, TRACE NO:, INVOICE NO: / BILL NO: / INV NO:, SALE, CARD:, a hotel's ROOM NO: and FOLIO NO:, a fuel
    sale's PRODUCT:, RATE:, VOLUME(L): and PUMP NO:, AUTH CODE: / APPR CODE:, RRN: / REF NO: / RET REF NO:, SALE
    AMOUNT: / TXN AMT: / AMOUNT: / AMT (INR):, the cafe's BASE AMT:, TIP AMT: and TOTAL: / TOTAL AMT:; APPROVED / TXN
    APPROVED / APPROVED - THANK YOU / DECLINED - 05 DO NOT HONOUR / RESPONSE TIMEOUT - CHECK STATUS, DO NOT RETRY)."""
    k = place("card_slips")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=2400, high=86000)
    name, town, kind = COUNTERS[k]
    if kind == "fuel":
        j.amount = rupees(rng, 1200, 6500, 0.6)
    elif kind == "cafe":
        j.amount = rupees(rng, 450, 6800, 0.5)
    elif kind == "shop":
        j.amount = rupees(rng, 900, 18500, 0.5)
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
    p.pair("TRACE NO:", f"{rng.randrange(1, 999999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "BILL NO:", "INV NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE - CHIP", "CONTACTLESS SALE"]))
    lead = rng.choice(["4", "5", "6", "3"] if kind in ("hotel", "cafe") else ["4", "5", "6"])
    p.pair(
        "CARD:",
        f"{lead}{digits(rng, 3)} XXXXXX {digits(rng, 5)}"
        if lead == "3"
        else f"{lead}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}",
        method="card",
    )
    p.pair("CARD TYPE:", {"3": "AMEX", "4": "VISA", "5": "MASTERCARD", "6": "RUPAY"}[lead])
    if kind == "fuel":
        rate = round(rng.uniform(94.0, 96.5), 2)
        p.pair("PRODUCT:", rng.choice(["PETROL", "MS", "HSD"]))
        p.pair("RATE:", f"{rate:.2f}")
        p.pair("VOLUME(L):", f"{j.amount / rate:.2f}")
        p.pair("PUMP NO:", str(rng.randrange(1, 9)))
    elif kind == "hotel":
        p.pair("ROOM NO:", str(rng.choice([101, 102, 104, 201, 202, 203, 204, 301, 302])))
        p.pair("FOLIO NO:", str(rng.randrange(1000, 9999)))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["AUTH CODE:", "APPR CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:", "RET REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    if kind == "cafe":
        tip = float(rng.choice([0, 50, 100, 150, 200])) if status == "success" else 0.0
        base = round(j.amount - tip, 2)
        p.pair("BASE AMT:", f"{base:.2f}")
        p.pair("TIP AMT:", f"{tip:.2f}")
        p.pair(
            rng.choice(["TOTAL:", "TOTAL AMT:"]),
            f"{rng.choice(['INR ', 'RS.', ''])}{j.amount:.2f}",
            amount=j.amount,
        )
    else:
        lab = rng.choice(["SALE AMOUNT:", "TXN AMT:", "AMOUNT:", "AMT (INR):"])
        body = f"{j.amount:,.2f}" if rng.random() < 0.5 else f"{j.amount:.2f}"
        mark = "" if lab == "AMT (INR):" else rng.choice(["INR ", "RS.", "Rs ", ""])
        p.pair(lab, f"{mark}{body}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU"]), status="success")
        p.add("small", rng.choice(["PIN VERIFIED OK", "SIGNATURE NOT REQUIRED"]))
    elif status == "failed":
        p.add("center", "DECLINED - 05 DO NOT HONOUR", status="failed")
    else:
        p.add("center", "RESPONSE TIMEOUT - CHECK STATUS, DO NOT RETRY", status="pending")
    p.part = "foot"
    p.add("small", "*** CUSTOMER COPY ***" if rng.random() < 0.6 else "*** MERCHANT COPY ***")
    return p.done()


# ---------------------------------------------------------------- 11. electricity, broadband, gas, DTH and phone bills


BILLERS = [
    (
        "Electricity Department, Puducherry",
        "Electricity Department, Government of Puducherry",
        "Service connection No.",
    ),
    ("ACT Fibernet", "Atria Convergence Technologies Ltd", "Account No."),
    ("HP Gas", "Hindustan Petroleum Corporation Ltd", "LPG ID"),
    ("Tata Play", "Tata Play Ltd", "Subscriber ID"),
    ("Airtel Postpaid", "Bharti Airtel Ltd", "Mobile No."),
]
BILL_APPS = ["PhonePe", "EDP", "IndOASIS", "Google Pay", "Paytm", "EDP", "BHIM", "CRED"]
BILL_WHICH = [0, 0, 1, 2, 0, 0, 3, 4]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The hotel's and the cafe's electricity (Electricity Department, Puducherry), the hotel's broadband (ACT
    Fibernet), the cafe's commercial LPG (HP Gas), the rooms' DTH (Tata Play) and the manager's postpaid phone
    (Airtel) through Bharat Connect in banking and UPI apps (the app on top, Biller / Biller name / Operator / Service
    provider / Billing company as printed, Service connection No. / Account No. / LPG ID / Subscriber ID / Mobile
    No., Customer name / Consumer name, Bill month and Due date on some, the sum large, Paid from Current A/c or UPI,
    Bharat Connect Ref. No. / BBPS Ref ID, UPI Ref No., Transaction ID on the failed one, Paid on / Transaction date
    & time; Bill paid successfully / Payment successful / Bill payment successful / Payment under process - biller
    yet to confirm / Bill payment failed - amount, if debited, will be reversed) and the Electricity Department's own
    receipt page (the department on top with its Government of Puducherry line, Service connection No., Section,
    Consumer name, Bill month, Amount paid, Payment mode, Transaction ID, Receipt No., Payment date / Date of
    payment)."""
    k = place("utility_bills")
    status = outcome(k, failed=(4,), pending=(6,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=2500, high=78000)
    which = BILL_WHICH[k]
    short, long, idlab = BILLERS[which]
    if which == 1:
        j.amount = rupees(rng, 1199, 4800, 0.6)
    elif which == 2:
        j.amount = rupees(rng, 1750, 9200, 0.4)
    elif which == 3:
        j.amount = rupees(rng, 2400, 7800, 0.6)
    elif which == 4:
        j.amount = rupees(rng, 449, 1999, 0.6)
    rs = money(rng, font, 0.5)
    ids = {
        "Service connection No.": f"{rng.randrange(1, 9)}{digits(rng, 2)}-{digits(rng, 5)}",
        "Account No.": digits(rng, 9),
        "LPG ID": digits(rng, 17),
        "Subscriber ID": f"1{digits(rng, 9)}",
        "Mobile No.": f"9{digits(rng, 9)}",
    }[idlab]
    app = BILL_APPS[k]
    if app == "EDP":
        p = browser_page(rng, font, "electricity.py.gov.in/onlinepayment/receipt")
        p.part = "head"
        name = rng.choice([short, long, short.upper()])
        top(p, name, merchant=name)
        p.add("small", "Government of Puducherry  |  Online payment of electricity charges")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Payment successful", "Bill payment successful"]})
        p.pair(idlab, ids)
        p.pair("Section", rng.choice(["White Town section", "Muthialpet section", "Kuruchikuppam section"]))
        wrap_pair(p, "Consumer name", rng.choice([COMPANY_CAPS, COMPANY]))
        if not j.no_day:
            p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        way = rng.choice(["Net banking", "UPI", "Debit card"])
        p.pair("Payment mode", way, method=way_method(way))
        if not j.no_ref:
            tid = f"EDP{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            rno = digits(rng, 11)
            p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Payment date", "Date of payment"], hour=True)
        p.part = "foot"
        p.add("small", "The payment is posted to your service connection within two working days.")
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
            "pending": ["Payment under process - biller yet to confirm"],
            "failed": ["Bill payment failed - amount, if debited, will be reversed"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    name = rng.choice([short, long])
    lab = (
        "Operator"
        if which in (1, 4)
        else rng.choice(["Biller", "Biller name", "Service provider", "Billing company"])
    )
    wrap_pair(p, lab, name, merchant=name)
    p.pair(idlab, ids)
    wrap_pair(
        p,
        rng.choice(["Customer name", "Consumer name"]),
        rng.choice([COMPANY_CAPS, HOTEL.upper(), CAFE.upper()]),
    )
    if not j.no_day and rng.random() < 0.7:
        p.pair("Bill month", j.month())
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "Current A/c" if app == "IndOASIS" else "UPI"
    p.pair(
        "Paid from",
        f"Current A/c XX{digits(rng, 4)}" if way == "Current A/c" else f"UPI - {rng.choice(BANKS[:5])}",
        method="netbanking" if way == "Current A/c" else "UPI",
    )
    if not j.no_ref:
        if status != "failed":
            head = {"PhonePe": "PP", "Google Pay": "GP", "Paytm": "PT", "BHIM": "BH", "CRED": "CR"}.get(
                app, "IB"
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


# ---------------------------------------------------------------- 12. the bank's SMS and e-mail alerts


ALERT_PAYEES = [
    "LAWSPET LINEN CARE",
    "BABABUDAN COFFEE ROA",
    "SELVI MURUGAN",
    "COROMANDEL PEST CONT",
    "ELECTRICITY DEPT PUD",
    "SRI MURUGAN PROVISIO",
    "BAY BREEZE AIRCON SE",
    "PUDUCHERRY MUNICIPAL",
]
SENDERS = {
    "Indian Bank": "VM-INDBNK",
    "Indian Overseas Bank": "JD-IOBSMS",
    "City Union Bank": "AD-CUBANK",
    "Karur Vysya Bank": "VK-KVBANK",
}


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's alerts on the directors' phones and mail: SMS in a messages app (the sender VM-INDBNK / JD-IOBSMS /
    AD-CUBANK / VK-KVBANK, the day divider, each bank's own wording: "Rs.x withdrawn from A/c **1234 on <day> by
    <way>; credited to <payee>.", "Dear Customer, A/c ...1234 debited with INR x on <day> for <way> trf in favour of
    <payee>.", "CUB: Rs.x debited from your A/c XX1234 on <day>. Info: <way>/<payee>.", "KVB A/c XX1234 Dr Rs.x on
    <day> towards <way> to <payee>."; a transfer that "was RETURNED UNPAID by the beneficiary bank; amount credited
    back" and one that "is being PROCESSED - credit to beneficiary awaited") and two e-mail debit alerts (Transaction
    amount / Amount (INR), Credited to (beneficiary) / Beneficiary, Account, Channel, UTR No. / IMPS Ref No.,
    Transaction date / Value date, Status: Successful)."""
    k = place("bank_alerts")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5, low=1500, high=420000)
    to = ALERT_PAYEES[k]
    if k == 2:
        j.amount = rupees(rng, 900, 18000, 0.8)
    elif k == 4:
        j.amount = rupees(rng, 12000, 78000)
    elif k == 7:
        j.amount = rupees(rng, 6000, 32000)
    if k in (1, 4):
        bank = rng.choice(["Indian Bank", "Indian Overseas Bank"])
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
        p = mail_page(
            rng,
            font,
            f"{bank} Alerts <alerts@{slug(bank)}.in>",
            ["Debit alert", "Transaction alert - current account"],
        )
        p.part = "head"
        top(p, bank)
        p.add("small", "Transaction alert")
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Customer, a debit has been made from your current account:")
        rs = money(rng, font, 0.0, marks=("INR", "Rs.", "\u20b9"))
        p.pair(rng.choice(["Transaction amount", "Amount (INR)"]), rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Credited to (beneficiary)", "Beneficiary"]), to, merchant=to)
        p.pair("Account", f"XXXXXXXX{digits(rng, 4)}")
        p.pair("Channel", f"{way} - Corporate internet banking", method="netbanking")
        if not j.no_ref:
            ref = bank_ref(rng, j, bank, way)
            p.pair("IMPS Ref No." if way == "IMPS" else "UTR No.", ref, txn=(UTR_RANK, ref))
        date_row(p, j, ["Transaction date", "Value date"], ["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])
        p.add("left", "Status: Successful", status="success")
        p.part = "foot"
        p.add(
            "small", "The bank never asks for your OTP, PIN or password. Report unauthorised debits at once."
        )
        return p.done()
    if status != "success":
        way = "RTGS" if j.amount >= 200000 else rng.choice(["NEFT", "IMPS"])
    elif k in (2, 7):
        way = "UPI" if j.amount < 100000 else "IMPS"
    else:
        way = rng.choice(["NEFT", "IMPS", "RTGS"] if j.amount >= 200000 else ["NEFT", "IMPS"])
    way = "NEFT" if way == "IMPS" and j.amount > 500000 else way
    bank = rng.choice(list(SENDERS))
    p = phone_page(rng, font, k, [SENDERS[bank]])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, %d %b"])), date=j.date)
    amt = f"{j.amount:,.2f}"
    tail = digits(rng, 4)
    day = "" if j.no_day else j.day(rng, ["%d-%m-%y", "%d%b%y", "%d/%m/%y", "%d-%b-%y"])
    method = "UPI" if way == "UPI" else "netbanking"
    ref = None if j.no_ref else (j.ref if way in ("UPI", "IMPS") else bank_ref(rng, j, bank, way))
    on = f" on {day}" if day else ""
    if status == "success":
        if bank == "Indian Bank":
            p.add(
                "left", f"Rs.{amt} withdrawn from A/c **{tail}{on} by {way};", amount=j.amount, method=method
            )
            p.add("left", f"credited to {to}.", merchant=to)
        elif bank == "Indian Overseas Bank":
            p.add("left", f"Dear Customer, A/c ...{tail} debited with INR {amt}{on}", amount=j.amount)
            p.add("left", f"for {way} trf in favour of {to}.", merchant=to, method=method)
        elif bank == "City Union Bank":
            p.add("left", f"CUB: Rs.{amt} debited from your A/c XX{tail}{on}.", amount=j.amount)
            p.add("left", f"Info: {way}/{to}.", merchant=to, method=method)
        else:
            p.add("left", f"KVB A/c XX{tail} Dr Rs.{amt}{on}", amount=j.amount)
            p.add("left", f"towards {way} to {to}.", merchant=to, method=method)
    else:
        lead = "Your " if status == "failed" else ""
        p.add("left", f"{lead}{way} of Rs.{amt} from A/c XX{tail}", amount=j.amount, method=method)
        p.add("left", f"to {to}{on}", merchant=to)
        word = {
            "failed": "was RETURNED UNPAID by the beneficiary bank; amount credited back.",
            "pending": "is being PROCESSED - credit to beneficiary awaited.",
        }[status]
        p.add("left", word, status=status)
    if ref:
        lab = {"UPI": "UPI Ref", "IMPS": "IMPS Ref", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    if status == "success":
        p.add("left", f"Avl Bal INR {rupees(rng, 25000, 2400000):,.2f}", status="success")
        p.add(
            "small",
            rng.choice(["Not done by you? Call 1800 425 00000", "If not you, block your card and call us"]),
        )
    p.add(
        "small",
        {"Indian Bank": "-Indian Bank", "Indian Overseas Bank": "-IOB", "City Union Bank": "-CUB"}.get(
            bank, "-KVB"
        ),
    )
    return p.done()


compose = compose158

"""The twelve heldout176 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a boutique hotel and banquet hall's day in 2026 (Neelambari Heritage Hotels Pvt Ltd,
its thirty-two-room hotel on Lalitha Mahal Road, Mysuru, and its banquet hall Neelambari Mahal), told by the proofs
of payment it receives (room guests' UPI and card payments, corporate bookings' NEFT payment advices, the online
travel agents' payouts, wedding banquet advances on its own receipts, foreign wedding planners' wires) and those it
makes (the linen laundry's bills, the excise licence and trade licence fees, kitchen suppliers by net banking,
electricity and gas, room TV and broadband bills from a wallet, the bank's debit alerts). Every row is added to
heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps. Headings,
footers, folio, room, booking and property numbers, stay dates, function dates, invoice lists, commissions, TDS, TCS
and GST lines, exchange rates, INR equivalents, charges, licence and application numbers, consumer and subscriber
numbers, GSTIN, IFSC, BIC, MID, TID, batch and the payer's own details carry no fact. ``compose`` is heldout158's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout86_families import hhmm, rupees, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
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
from bench.receipt_sets.heldout167_families import (
    BANKS,
    DAY_PATS,
    WEST_PATS,
    Job,
    date_row,
    letterhead,
    neft_ref,
)

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
HEX = "0123456789abcdef"

HOTEL = "Neelambari Heritage Hotels Pvt Ltd"
HOTEL_CAPS = "NEELAMBARI HERITAGE HOTELS PRIVATE LIMITED"
HOTEL_NAMES = ["The Neelambari, Mysuru", "Neelambari Heritage Hotel", "NEELAMBARI HERITAGE HOTEL", HOTEL]
HALL = "Neelambari Mahal Banquets"
ADDRESS = "14, Lalitha Mahal Road, Nazarbad, Mysuru - 570010, Karnataka"
GUESTS = [
    "Arjun Menon",
    "Priya Raghavan",
    "Sandeep Kulkarni",
    "Fathima Begum",
    "Rohit Agarwal",
    "Kavya Hegde",
    "Vikram Shetty",
    "Ananya Iyer",
    "Manjunath Gowda",
    "Sneha Pillai",
]


def guest_sum(rng: random.Random, low: float, high: float) -> float:
    return rupees(rng, low, high, 0.6)


def ours(p: Screen, labels: list[str]) -> None:
    """The hotel as the other party (Bill to / Client / Customer: no fact)."""
    rng = p.rng
    wrap_pair(p, rng.choice(labels), rng.choice([f"M/s {HOTEL}", HOTEL, "The Neelambari, Mysuru"]))


# ---------------------------------------------------------------- 1. room guests' UPI screens and payment links


GUEST_APPS = ["Google Pay", "PhonePe", "Paytm", "Razorpay", "BHIM", "PayU", "CRED", "PhonePe"]
BANDS = {"PhonePe": (95, 37, 159), "Paytm": (0, 46, 110), "BHIM": (247, 130, 34), "CRED": (20, 20, 20)}
ROOM_NOTES = [
    "Room 204 - 2 nights",
    "Deluxe room advance",
    "Suite 301 checkout",
    "Room 112 balance",
    "Dinner + stay",
    "Heritage room 2N",
]


def guest_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Room guests paying the hotel: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM, CRED; the hotel under
    Paid to / To / Sent to / Paying to, its UPI ID, the sum large, a note with the room, UPI transaction ID / UPI Ref
    No. / UTR / UPI Reference No., the app's own id on some, Debited from / From, Date & time / Paid on / Completed)
    and two booking-advance payment links (Razorpay, PayU: the hotel on top, Booking advance, Booking ID, Check-in /
    Check-out, Paid by the guest, Payment ID / PayU ID, UPI RRN or Auth code, Paid on; the gateway's footer)."""
    k = place("guest_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 0, low=1800, high=64000)
    app = GUEST_APPS[k]
    to = rng.choice(HOTEL_NAMES[:3])
    rs = money(rng, font, 0.6)
    guest = rng.choice(GUESTS)
    if app in ("Razorpay", "PayU"):
        p = browser_page(
            rng,
            font,
            ("pages.razorpay.com/neelambari-" if app == "Razorpay" else "u.payu.in/")
            + code(rng, 7, ALNUM.lower()),
        )
        p.part = "head"
        top(p, to, merchant=to)
        p.add("small", "Lalitha Mahal Road, Mysuru")
        p.add("center", rng.choice(["Booking advance", "Room reservation - advance payment"]))
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Payment received"],
                "failed": ["Payment failed - amount if debited will be refunded"],
                "pending": ["Payment pending - awaiting bank confirmation"],
            },
        )
        p.add("big", rs(j.amount), amount=j.amount)
        p.pair("Booking ID", f"NHH{rng.randrange(10000, 99999)}")
        p.pair("Check-in", j.other_day(rng, 3, 40))
        wrap_pair(p, rng.choice(["Paid by", "Guest name"]), guest)
        way = "UPI" if rng.random() < 0.5 else "card"
        p.pair("Payment method", "UPI" if way == "UPI" else f"Mastercard {masked(rng, font)}", method=way)
        if not j.no_ref:
            pid = f"pay_{code(rng, 14, ALNUM)}" if app == "Razorpay" else digits(rng, 11)
            p.pair("Payment ID" if app == "Razorpay" else "PayU ID", pid, txn=(TXN_RANK, pid))
            if way == "UPI":
                p.pair(rng.choice(["UPI RRN", "Bank RRN"]), j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                appr = digits(rng, 6)
                p.pair("Auth code", appr, txn=(APPR_RANK, appr))
        date_row(p, j, ["Paid on", "Payment date", "Date"], hour=True)
        p.part = "foot"
        p.add("small", "Secured by Razorpay" if app == "Razorpay" else "Powered by PayU")
        return p.done()
    p = phone_page(rng, font, k, ["", "Transaction details", "Payment details"])
    p.part = "head"
    band = BANDS.get(app)
    if band and not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", {"BHIM": "BHIM UPI", "CRED": "CRED pay"}.get(app, app))
    p.add("gap")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment Successful", "Paid", "Transaction Successful"],
            "failed": ["Payment Failed", "Transaction failed"],
            "pending": ["Payment Pending", "Payment processing - do not pay again"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    lab = rng.choice(["Paid to", "To", "Sent to"] if status == "success" else ["To", "Paying to"])
    p.add("small", lab)
    p.add("center", to, merchant=to)
    p.add(
        "small",
        f"UPI ID: {rng.choice(['neelambarihotel', 'theneelambari', 'nhhmysuru'])}@"
        f"{rng.choice(['icici', 'hdfcbank', 'ybl', 'axisbank'])}",
        method="UPI",
    )
    p.add("rule")
    p.pair(rng.choice(["Note", "Message"]), rng.choice(ROOM_NOTES))
    if not j.no_ref:
        p.pair(
            rng.choice(["UPI transaction ID", "UPI Ref No.", "UTR", "UPI Reference No."]),
            j.ref,
            txn=(UTR_RANK, j.ref),
        )
        if app in ("PhonePe", "Paytm", "CRED") and rng.random() < 0.7:
            own = f"T{j.date:%y%m%d}{digits(rng, 16)}" if app == "PhonePe" else digits(rng, 18)
            wrap_pair(p, "Transaction ID", own, txn=(TXN_RANK, own))
    p.pair(rng.choice(["Debited from", "From"]), f"{rng.choice(BANKS)} XX{digits(rng, 4)}")
    date_row(p, j, ["Date & time", "Paid on", "Completed"], hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Powered by UPI", "Share  |  Done", "Split bill"]))
    return p.done()


# ---------------------------------------------------------------- 2. front desk and banquet card slips


DESKS = [
    ("NEELAMBARI HERITAGE HOTEL", "MYSURU"),
    ("NEELAMBARI MAHAL BANQUETS", "NAZARBAD MYSORE"),
    ("THE NEELAMBARI MYSURU", "LALITHA MAHAL RD"),
    ("NEELAMBARI HERITAGE HOTEL", "MYSORE 570010"),
    ("MALLIGE ROOFTOP - NEELAMBARI", "MYSURU"),
    ("NEELAMBARI HERITAGE HOTELS", "MYSURU KA"),
    ("THE NEELAMBARI MYSURU", "NAZARBAD"),
    ("NEELAMBARI MAHAL BANQUETS", "MYSURU"),
]
SLIP_MAKERS = [
    "HDFC BANK",
    "PINE LABS",
    "ICICI BANK",
    "WORLDLINE",
    "AXIS BANK",
    "PAYTM EDC",
    "KOTAK BANK",
    "SBI",
]


def desk_slips(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Guests' cards at the front desk, the rooftop restaurant and the banquet desk: the terminal's slip (monospace):
    the maker on top on some, the desk's name and town in capitals, DATE: / TIME: or DT: TM:, MID:, TID:, BATCH NO:,
    INVOICE NO: / ROC NO:, SALE or PRE-AUTH COMPLETION, FOLIO: / ROOM NO:, CARD NO:, CARD TYPE:, ENTRY:, APPR CODE: /
    AUTH CODE:, RRN: / REF NO:, BASE AMT: with TIP: and TOTAL:, or AMOUNT: / SALE AMT:; APPROVED / TXN SUCCESSFUL /
    DECLINED with RESP CODE / TXN TIMEOUT - STATUS UNKNOWN."""
    k = place("desk_slips")
    status = outcome(k, failed=(3,), pending=(6,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 4, low=600, high=95000)
    name, town = DESKS[k]
    p = slip_page(rng, font)
    p.part = "head"
    if rng.random() < 0.6:
        p.add("center", SLIP_MAKERS[k])
    p.add("center", name, merchant=name)
    p.add("center", town)
    p.add("rule")
    p.part = "body"
    if not j.no_day:
        d = when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d-%b-%Y", "%d.%m.%Y"]), upper=True)
        t = hhmm(rng, twelve=False, seconds=True)
        if rng.random() < 0.5:
            p.add("left", f"DATE: {d}  TIME: {t}", date=j.date)
        else:
            p.pair("DT:", d, date=j.date)
            p.pair("TM:", t)
    p.pair("MID:", digits(rng, 15))
    p.pair("TID:", digits(rng, 8))
    p.pair("BATCH NO:", f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "ROC NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "SALE", "PRE-AUTH COMPLETION"]))
    p.pair(rng.choice(["FOLIO:", "ROOM NO:"]), str(rng.choice([104, 112, 204, 209, 301, 318])))
    p.pair("CARD NO:", f"XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.pair("CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX", "DINERS"]))
    p.pair("ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "CHIP", "SWIPE"]))
    if status == "success" and not j.no_ref:
        appr = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref:
        p.pair(rng.choice(["RRN:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    sep = rng.choice(["INR ", "RS.", "Rs ", ""])
    body = (lambda v: f"{v:,.2f}") if rng.random() < 0.5 else (lambda v: f"{v:.2f}")
    if k % 2 == 0 and status == "success":
        tip = float(rng.choice([100, 200, 250, 500]))
        p.pair("BASE AMT:", f"{sep}{body(j.amount - tip)}")
        p.pair("TIP:", f"{sep}{body(tip)}")
        p.pair("TOTAL:", f"{sep}{body(j.amount)}", amount=j.amount)
    else:
        p.pair(rng.choice(["AMOUNT:", "SALE AMT:", "TOTAL:"]), f"{sep}{body(j.amount)}", amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TXN SUCCESSFUL"]), status="success")
        p.add("small", "PIN VERIFIED OK - SIGNATURE NOT REQUIRED")
    elif status == "failed":
        p.add("center", "DECLINED", status="failed")
        p.add("center", rng.choice(["RESP CODE: 51 INSUFFICIENT FUNDS", "RESP CODE: 05 DO NOT HONOUR"]))
    else:
        p.add("center", "TXN TIMEOUT - STATUS UNKNOWN", status="pending")
        p.add("small", "CHECK WITH BANK BEFORE RETRY")
    p.part = "foot"
    p.add("small", rng.choice(["*** CUSTOMER COPY ***", "** GUEST COPY **"]))
    return p.done()


# ---------------------------------------------------------------- 3. corporate bookings' NEFT payment advices


CORPORATES = [
    ("Infosys Ltd - Mysuru DC", "ap.travel@infosys-example.com", "194C"),
    ("Kaveri Turbines Pvt Ltd", "payables@kaveriturbines.in", "194I"),
    ("Sahyadri Pharma Ltd", "vendorpay@sahyadripharma.com", "194C"),
    ("Mysore Silk Exports LLP", "accounts@mysoresilkexports.in", "194I"),
    ("Deccan Software Services Ltd", "ap@deccansoft.co.in", "194C"),
    ("Chamundi Auto Components Ltd", "finance@chamundiauto.com", "194I"),
]
CORP_FRAMES = ["mail", "paper", "portal", "mail", "paper", "mail", "portal", "mail"]
CORP_STAYS = [
    "Room nights - sales conference",
    "Banquet - annual day dinner",
    "Guest rooms - auditors' visit",
    "Offsite - 2 days, 18 rooms",
    "Training programme - hall and lunch",
    "Long stay - project team",
]


def corporate_neft(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Corporate guests paying the hotel's invoices by NEFT / RTGS: payment advice e-mails (the corporate on top,
    Dear Sir / Madam, the hotel under Payee / Vendor / Beneficiary / Supplier, Vendor code, the hotel's invoices with
    their sums, Less: TDS u/s 194C / 194I, Net amount paid / Amount paid / Net payment, Payment mode, UTR / UTR No. /
    RTGS UTR, Payment document / Payment No., Payment date / Value date / Scheduled on / Rejected on), a printed
    REMITTANCE ADVICE and a vendor portal page (Payment status Paid / Processed / On hold - bank details under
    verification / Rejected by bank - account closed)."""
    k = place("corporate_neft")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=30000, high=650000)
    corp, mail, sec = CORPORATES[k % len(CORPORATES)]
    frame = CORP_FRAMES[k]
    rs = money(rng, font, 0.4, marks=("₹", "Rs.", "INR", "Rs"))
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{corp.split(' - ')[0]} <{mail}>",
            ["Payment advice", f"Payment advice - {HOTEL}", "Remittance details"],
        )
        p.part = "head"
        top(p, corp)
        p.part = "body"
        p.add("left", "Dear Sir / Madam,")
        p.add("left", "We have released the payment below against your invoices.")
    elif frame == "paper":
        p = paper_page(rng, font, [700, 740])
        p.part = "head"
        top(p, corp.upper())
        p.add("small", "Accounts Payable - Bengaluru")
        p.add("center", rng.choice(["REMITTANCE ADVICE", "PAYMENT ADVICE"]))
        p.add("rule")
        p.part = "body"
    else:
        p = browser_page(rng, font, f"suppliers.{mail.split('@')[1]}/payments/{code(rng, 6, ALNUM)}")
        p.part = "head"
        top(p, f"{corp.split(' - ')[0]} - Supplier Portal")
        p.add("small", "Payments  >  Payment details")
        p.add("rule")
        p.part = "body"
    payee = rng.choice([HOTEL, HOTEL_CAPS, "Neelambari Heritage Hotels"])
    wrap_pair(p, rng.choice(["Payee", "Vendor", "Beneficiary", "Supplier"]), payee, merchant=payee)
    p.pair("Vendor code", f"{rng.choice(['V', 'SUP', '40'])}{digits(rng, 6)}")
    wrap_pair(p, "Purpose", rng.choice(CORP_STAYS))
    rate = 0.02 if sec == "194C" else 0.10
    gross = round(j.amount / (1 - rate * 0.85), 0)
    taxable = round(gross * 0.85, 2)
    n = rng.randrange(1, 4)
    parts = [round(gross / n, 2)] * (n - 1)
    parts.append(round(gross - sum(parts), 2))
    for part in parts:
        p.pair(f"Inv NHH/{fy(j.date)}/{rng.randrange(100, 2400):04d}", rs(part))
    tds = round(gross - j.amount, 2)
    p.pair(f"Less: TDS u/s {sec} @ {rate * 100:g}% on {taxable:,.2f}", rs(tds))
    p.pair(rng.choice(["Net amount paid", "Amount paid", "Net payment"]), rs(j.amount), amount=j.amount)
    way = "RTGS" if j.amount >= 200000 and rng.random() < 0.6 else "NEFT"
    p.pair("Payment mode", way, method="netbanking")
    p.pair("Bank", f"{rng.choice(BANKS)} A/c XXXXXX{digits(rng, 4)}")
    if not j.no_ref and status != "pending":
        bank = rng.choice(BANKS)
        ref = neft_ref(rng, j, bank)
        p.pair(
            rng.choice(["UTR", "UTR No."] if way == "NEFT" else ["RTGS UTR", "UTR"]), ref, txn=(UTR_RANK, ref)
        )
    if not j.no_ref:
        doc = f"{rng.choice(['15', '20', '50'])}{digits(rng, 8)}"
        p.pair(rng.choice(["Payment document", "Payment No."]), doc, txn=(INVOICE_RANK, doc))
    outcome_row(
        p,
        status,
        {
            "success": ["Payment status: Paid", "Status: Processed"],
            "pending": ["Status: On hold - bank details under verification"],
            "failed": ["Status: Rejected by bank - account closed"],
        },
    )
    labels = {
        "success": ["Payment date", "Value date"],
        "pending": ["Scheduled on"],
        "failed": ["Rejected on"],
    }
    date_row(p, j, labels[status])
    p.part = "foot"
    p.add("small", "This is a system generated advice and needs no signature.")
    return p.done()


# ---------------------------------------------------------------- 4. online travel agents' payouts


OTAS = ["MakeMyTrip", "Booking.com", "Agoda", "Goibibo", "MakeMyTrip", "Cleartrip", "Booking.com", "Agoda"]
OTA_FRAMES = ["mail", "browser", "mail", "browser", "browser", "mail", "mail", "browser"]


def ota_payouts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The online travel agents paying the hotel its share of prepaid bookings: payout e-mails and extranet pages
    (MakeMyTrip's and Goibibo's Payment advice, Booking.com's Payout details, Agoda's Payment remittance, Cleartrip's
    Settlement advice; the OTA on top, the hotel under Property / Property name / Hotel name / Payee, Property ID /
    Hotel code, Statement period, Bookings, Gross booking value, Less: Commission, GST on commission, TCS u/s 52, TDS
    u/s 194-O, Net payout / Amount remitted / Total payout / Net payable, Bank account, UTR / Bank reference, Payout ID /
    Payment reference / Settlement ID, Statement No., Payout date / Remittance date / Paid on / Scheduled for)."""
    k = place("ota_payouts")
    status = outcome(k, failed=(6,), pending=(1,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=18000, high=480000)
    ota, frame = OTAS[k], OTA_FRAMES[k]
    rs = money(rng, font, 0.2, marks=("₹", "INR", "Rs.", "INR "))
    host = {
        "MakeMyTrip": "makemytrip.com",
        "Booking.com": "booking.com",
        "Agoda": "agoda.com",
        "Goibibo": "goibibo.com",
        "Cleartrip": "cleartrip.com",
    }[ota]
    if frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{ota} Partner Payments <payouts@{host}>",
            ["Your payout has been processed", "Payment advice for your property", "Payout statement"],
        )
    else:
        p = browser_page(
            rng, font, f"{'admin' if ota == 'Booking.com' else 'connect'}.{host}/finance/payouts"
        )
    p.part = "head"
    top(p, ota)
    p.add("small", rng.choice(["Partner Finance", "Extranet - Finance", "Connect - Payments"]))
    p.add(
        "center",
        {
            "MakeMyTrip": "Payment advice",
            "Goibibo": "Payment advice",
            "Booking.com": "Payout details",
            "Agoda": "Payment remittance",
            "Cleartrip": "Settlement advice",
        }[ota],
    )
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payout sent", "Status: Remitted", "Paid"],
            "pending": ["Payout scheduled - in process"],
            "failed": ["Payout failed - bank account details invalid"],
        },
    )
    prop = rng.choice(HOTEL_NAMES)
    wrap_pair(p, rng.choice(["Property", "Property name", "Hotel name", "Payee"]), prop, merchant=prop)
    p.pair(rng.choice(["Property ID", "Hotel code"]), digits(rng, rng.choice([6, 7, 8])))
    end = j.date - dt.timedelta(days=rng.randrange(3, 8))
    p.pair("Statement period", f"{when(end - dt.timedelta(days=14), '%d %b')} - {when(end, '%d %b %Y')}")
    p.pair("Bookings", str(rng.randrange(6, 70)))
    gross = round(j.amount / 0.7676, 2)
    comm = round(gross * 0.18, 2)
    p.pair("Gross booking value", rs(gross))
    p.pair("Less: Commission (18%)", rs(comm))
    gst = round(comm * 0.18, 2)
    p.pair("GST on commission", rs(gst))
    tcs = round(gross - comm - gst - j.amount, 2)
    p.pair("TCS u/s 52 and TDS u/s 194-O", rs(tcs))
    p.pair(
        rng.choice(["Net payout", "Amount remitted", "Total payout", "Net payable"]),
        rs(j.amount),
        amount=j.amount,
    )
    p.pair("Bank account", f"{rng.choice(BANKS)} XXXX{digits(rng, 4)}", method="netbanking")
    if not j.no_ref:
        if status == "success":
            ref = neft_ref(rng, j, rng.choice(BANKS))
            p.pair(rng.choice(["UTR", "Bank reference (UTR)"]), ref, txn=(UTR_RANK, ref))
        pid = {"Booking.com": f"PO-{digits(rng, 10)}", "Agoda": f"RM{digits(rng, 9)}"}.get(
            ota, f"STL{digits(rng, 11)}"
        )
        p.pair(rng.choice(["Payout ID", "Payment reference", "Settlement ID"]), pid, txn=(TXN_RANK, pid))
    labels = {
        "success": ["Payout date", "Remittance date", "Paid on"],
        "pending": ["Scheduled for"],
        "failed": ["Failed on"],
    }[status]
    date_row(p, j, labels, WEST_PATS if ota in ("Booking.com", "Agoda") else None)
    p.part = "foot"
    p.add("small", "Commission invoice and TCS certificate are available under Finance > Documents.")
    return p.done()


# ---------------------------------------------------------------- 5. wedding banquet advances on the hotel's receipts


FAMILIES_PAYING = [
    "Shri Ramesh Gowda",
    "Smt. Lakshmi Narayan",
    "Dr. Harish Bhat",
    "Mr. Irfan Pasha",
    "Shri Suresh Urs",
    "Mrs. Deepa Acharya",
    "Mr. Naveen Reddy",
    "Shri Prakash Jain",
]
FUNCTIONS = [
    "Wedding reception",
    "Muhurtham & lunch",
    "Engagement",
    "Sangeet night",
    "Wedding - 2 days",
    "Naamakarana lunch",
]
BANQUET_WAYS = ["cheque", "UPI", "cash", "NEFT", "cheque", "UPI", "NEFT", "cash"]


def banquet_advances(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Families booking the banquet hall for weddings and receptions: the hotel's own ADVANCE RECEIPT / MONEY RECEIPT
    / BANQUET BOOKING RECEIPT (paper; the hall or the company on top, Receipt No., Date, Received from, Function, Date
    of function, Hall, Guaranteed pax, Package value, Advance received / Amount received / Cheque received / Cash
    received, Balance payable, Mode with Cheque No. and bank / UPI Ref No. / NEFT UTR, RECEIVED WITH THANKS / CHEQUE
    RECEIVED - SUBJECT TO REALISATION / CHEQUE RETURNED - FUNDS INSUFFICIENT, the banquet manager's line and the
    rubber stamp) and two of the accounts desk's receipt e-mails."""
    k = place("banquet_advances")
    status = outcome(k, failed=(4,), pending=(0,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 7, low=25000, high=500000, p_round=0.9)
    j.amount = float(round(j.amount, -3)) if k % 3 else j.amount
    way = BANQUET_WAYS[k]
    rs = money(rng, font, 0.8)
    head = rng.choice([HALL, HOTEL, "NEELAMBARI MAHAL BANQUETS"])
    mail = k in (3, 6)
    if mail:
        p = mail_page(
            rng,
            font,
            "Banquet Accounts <banquets@theneelambari.in>",
            ["Receipt for your banquet advance", "Advance received - thank you"],
        )
        p.part = "head"
        top(p, head, merchant=head)
        p.add("small", ADDRESS)
        p.part = "body"
    else:
        p = paper_page(rng, font, [660, 700])
        letterhead(
            p,
            head,
            "Banquets | Weddings | Conferences",
            ADDRESS,
            "29",
            ["ADVANCE RECEIPT", "MONEY RECEIPT", "BANQUET BOOKING RECEIPT"],
        )
    if not j.no_ref:
        rno = (
            f"NMB/{fy(j.date)}/{rng.randrange(40, 900):04d}"
            if not j.no_day
            else f"NMB-{rng.randrange(400, 9000)}"
        )
        p.pair(rng.choice(["Receipt No.", "Rcpt. No."]), rno, txn=(INVOICE_RANK, rno))
    date_row(p, j, ["Date", "Receipt date", "Dated"])
    wrap_pair(p, rng.choice(["Received from", "Guest", "Party"]), rng.choice(FAMILIES_PAYING))
    p.pair("Function", rng.choice(FUNCTIONS))
    if not j.no_day:
        p.pair("Date of function", j.other_day(rng, 20, 160))
    p.pair("Hall", rng.choice(["Darbar Hall", "Mallige Lawn", "Darbar Hall + Lawn"]))
    p.pair("Guaranteed pax", str(rng.choice([250, 400, 600, 800, 1200])))
    pkg = float(round(j.amount * rng.uniform(2.2, 4.5), -3))
    p.pair("Package value", rs(pkg))
    label = {
        "cheque": ["Cheque received", "Amount received"],
        "cash": ["Cash received", "Advance received"],
    }.get(way, ["Advance received", "Amount received"])
    p.pair(rng.choice(label), rs(j.amount), amount=j.amount)
    p.pair("Balance payable", rs(pkg - j.amount))
    if way == "cheque":
        p.pair("Mode", f"Cheque No. {digits(rng, 6)}, {rng.choice(BANKS)}", method="cheque")
    elif way == "cash":
        p.pair("Mode", "Cash", method="cash")
    elif way == "UPI":
        p.pair("Mode", "UPI", method="UPI")
        if not j.no_ref:
            p.pair("UPI Ref No.", j.ref, txn=(UTR_RANK, j.ref))
    else:
        p.pair("Mode", "NEFT", method="netbanking")
        if not j.no_ref:
            ref = f"{rng.choice(['SBIN', 'HDFC', 'ICIC'])}N{digits(rng, 12)}"
            p.pair("NEFT UTR", ref, txn=(UTR_RANK, ref))
    word = {
        "success": rng.choice(["RECEIVED WITH THANKS", "RECEIVED", "Payment received"]),
        "pending": "CHEQUE RECEIVED - SUBJECT TO REALISATION",
        "failed": "CHEQUE RETURNED - FUNDS INSUFFICIENT",
    }[status]
    p.add("center", word, status=status)
    p.add(
        "small", "Advance is non-refundable within 30 days of the function. Subject to Mysuru jurisdiction."
    )
    p.part = "foot"
    if mail:
        p.add("left", "Regards, Banquet Accounts")
        return p.done()
    right(p, "Banquet Manager")
    seal(
        p,
        HALL,
        "Accounts",
        None if j.no_day else j.date,
        "RECEIVED" if status == "success" else "FOR BANQUETS",
    )
    return p.done()


# ---------------------------------------------------------------- 6. the linen laundry's bills


LAUNDRIES = [
    (
        "Shubhra Linen Care",
        "Mechanised laundry | hotels and hospitals",
        "Hebbal Industrial Area, Mysuru - 570016",
    ),
    ("Kaveri Industrial Laundry Services", "Linen wash, dry clean, hire", "Metagalli, Mysuru - 570016"),
    ("SPARKLE HOSPITALITY LAUNDRY", "Commercial laundry", "Hootagalli Industrial Area, Mysuru - 570018"),
    ("Dhobi Ghat Express Pvt Ltd", "Hotel linen management", "Peenya II Stage, Bengaluru - 560058"),
]
LINEN = [
    ("Bedsheets (double)", 9.0),
    ("Pillow covers", 3.5),
    ("Bath towels", 7.0),
    ("Hand towels", 3.0),
    ("Table cloths (banquet)", 14.0),
    ("Chair covers", 8.0),
    ("Napkins", 2.5),
    ("Duvet covers", 18.0),
]
LAUNDRY_WAYS = ["NEFT", "UPI", "cheque", "NEFT", "UPI", "NEFT", "cheque", "IMPS"]


def laundry_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The linen laundry's TAX INVOICE / BILL / LAUNDRY BILL (serif, the laundry on top, Bill No. / Invoice No.,
    Bill date / Date, Pick-up and Delivery dates, Bill to the hotel, linen pieces x rate, Sub total, CGST / SGST @
    9%, Round off, Bill total, the payment block: Amount received / Received / Cheque received with Mode, UTR / UPI Ref
    No. / IMPS Ref No., PAID / RECEIVED, PAYMENT UNDER VERIFICATION - CREDIT AWAITED, UPI DECLINED - BALANCE DUE, and
    the rubber stamp)."""
    k = place("laundry_bills")
    status = outcome(k, failed=(1,), pending=(6,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 5)
    name, sub, addr = rng.choice(LAUNDRIES)
    way = LAUNDRY_WAYS[k]
    if status == "failed":
        way = "UPI"
    rs = money(rng, font, 0.3, marks=("₹", "Rs.", "Rs", ""))
    p = paper_page(rng, font, [680, 720])
    letterhead(p, name, sub, addr, "29", ["TAX INVOICE", "BILL", "LAUNDRY BILL"])
    if not j.no_ref:
        bno = (
            f"{code(rng, 2, UPPER)}/{rng.randrange(100, 3000)}"
            if j.no_day
            else f"LB/{fy(j.date)}/{rng.randrange(100, 3000)}"
        )
        p.pair(rng.choice(["Bill No.", "Invoice No."]), bno, txn=(INVOICE_RANK, bno))
    date_row(p, j, ["Bill date", "Date", "Invoice date"])
    if not j.no_day:
        p.pair("Pick-up", j.other_day(rng, -9, -2))
    ours(p, ["Bill to", "Client", "Customer"])
    sub_total = 0.0
    for item, rate in rng.sample(LINEN, rng.randrange(3, 6)):
        qty = rng.randrange(40, 900)
        line = round(qty * rate, 2)
        sub_total += line
        p.pair(f"{item} {qty} x {rate:.2f}", rs(line))
    sub_total = round(sub_total, 2)
    p.pair("Sub total", rs(sub_total))
    half = round(sub_total * 0.09, 2)
    p.pair("CGST @ 9%", rs(half))
    p.pair("SGST @ 9%", rs(half))
    total = float(round(sub_total + 2 * half))
    if abs(total - sub_total - 2 * half) >= 0.01:
        p.pair("Round off", f"{total - sub_total - 2 * half:+.2f}")
    p.pair("Bill total", rs(total))
    j.amount = total
    p.add("rule")
    p.pair(
        rng.choice(
            ["Cheque received", "Amount received"]
            if way == "cheque"
            else ["Amount", "UPI amount"]
            if status == "failed"
            else ["Amount received", "Received"]
        ),
        rs(j.amount),
        amount=j.amount,
    )
    meth = {"UPI": "UPI", "cheque": "cheque"}.get(way, "netbanking")
    p.pair("Mode", way if way != "cheque" else f"Cheque No. {digits(rng, 6)}", method=meth)
    if not j.no_ref and way != "cheque":
        ref = j.ref if way in ("UPI", "IMPS") else neft_ref(rng, j, "HDFC Bank")
        p.pair(
            {"UPI": "UPI Ref No.", "IMPS": "IMPS Ref No.", "NEFT": rng.choice(["UTR", "UTR No."])}[way],
            ref,
            txn=(UTR_RANK, ref),
        )
    word = {
        "success": rng.choice(["PAID", "RECEIVED", "PAID - THANK YOU"]),
        "pending": "PAYMENT UNDER VERIFICATION - CREDIT AWAITED",
        "failed": "UPI DECLINED - BALANCE DUE",
    }[status]
    p.add("center", word, status=status)
    p.part = "foot"
    right(p, f"For {name}")
    seal(
        p,
        name,
        "Accounts",
        None if j.no_day else j.date,
        "PAID" if status == "success" else "FOR VERIFICATION",
    )
    return p.done()


# ---------------------------------------------------------------- 7. excise and trade licence fees


LICENCE_FRAMES = ["excise", "excise", "trade", "excise", "fssai", "trade", "excise", "fssai"]


def licence_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bar licence and the hotel's other licences: the Karnataka State Excise Department's CL-7 licence fee
    challan pages (Khajane-II e-challan: the department on top, Licensee / Name of licensee the company, Licence No.,
    Licence type CL-7 (Hotel and boarding house), Licence year, the fee heads, Total amount, Payment mode, Challan
    Ref. No. (CRN), Bank Ref No., Challan No., Payment date / Challan date), Mysuru City Corporation's trade licence
    renewal receipts (Trade licence No., Application No., Amount paid, Transaction ID, Bank reference, Receipt No.,
    Paid on) and FSSAI's FoSCoS licence fee pages (Name of FBO, Application reference No., Amount paid, SBIePay Ref
    No., Transaction ID, Date of payment)."""
    k = place("licence_fees")
    status = outcome(k, failed=(5,), pending=(3,))
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=2000, high=900000, p_round=0.9)
    frame = LICENCE_FRAMES[k]
    rs = money(rng, font, 0.5, marks=("₹", "Rs.", "INR"))
    licensee = rng.choice([HOTEL, HOTEL_CAPS])
    if frame == "excise":
        p = browser_page(rng, font, f"k2.karnataka.gov.in/echallan/receipt?crn={code(rng, 6, ALNUM)}")
        p.part = "head"
        head = rng.choice(
            ["Karnataka State Excise Department", "Department of Excise, Government of Karnataka"]
        )
        top(p, head, merchant=head)
        p.add("small", "Khajane-II  |  e-Challan payment receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Payment successful", "Challan paid"],
                "pending": ["Payment pending - awaiting bank confirmation"],
                "failed": ["Transaction failed"],
            },
        )
        wrap_pair(p, rng.choice(["Licensee", "Name of licensee"]), licensee)
        p.pair("Licence No.", f"MYS/CL-7/{rng.randrange(10, 400)}/{j.date.year - rng.randrange(5, 20)}")
        p.pair("Licence type", "CL-7 (Hotel and boarding house)")
        p.pair("Licence year", f"{j.date.year}-{(j.date.year + 1) % 100}")
        base = round(j.amount * 0.8, 2)
        p.pair("Licence fee", rs(base))
        p.pair("Additional licence fee", rs(round(j.amount - base, 2)))
        p.pair(rng.choice(["Total amount", "Amount paid"]), rs(j.amount), amount=j.amount)
        p.pair(
            "Payment mode",
            rng.choice(["Net banking - Canara Bank", "Net banking - SBI"]),
            method="netbanking",
        )
        if not j.no_ref:
            crn = f"CR{j.date:%y%m}{digits(rng, 10)}"
            p.pair(rng.choice(["Challan Ref. No. (CRN)", "CRN"]), crn, txn=(TXN_RANK, crn))
            if status == "success":
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair("Bank Ref No.", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Payment date", "Challan date"], hour=rng.random() < 0.5)
        p.part = "foot"
        p.add("small", "Treasury: District Treasury, Mysuru. Print this receipt for the licence file.")
        return p.done()
    if frame == "trade":
        p = browser_page(rng, font, f"mysurucitycorporation.co.in/tradelicence/payment/{digits(rng, 8)}")
        p.part = "head"
        head = rng.choice(["Mysuru City Corporation", "MYSURU CITY CORPORATION"])
        top(p, head, merchant=head)
        p.add("small", "Health Department - Trade licence renewal")
        p.add("rule")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Fee paid", "Payment successful"],
                "pending": ["Payment pending - awaiting bank confirmation"],
                "failed": ["Payment failed - amount if debited will be refunded"],
            },
        )
        wrap_pair(p, rng.choice(["Trade name", "Name of trader"]), "The Neelambari - Lodging & Restaurant")
        p.pair("Trade licence No.", f"MCC/HLT/TL/{rng.randrange(1000, 99999)}")
        p.pair("Application No.", f"TL{j.date.year}{digits(rng, 6)}")
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        via = rng.choice(["UPI", "Net banking"])
        p.pair("Paid via", via, method="UPI" if via == "UPI" else "netbanking")
        if not j.no_ref:
            tid = digits(rng, 14)
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            if status == "success":
                rno = f"MCC/R/{rng.randrange(10000, 999999)}"
                p.pair("Receipt No.", rno, txn=(INVOICE_RANK, rno))
        date_row(p, j, ["Paid on", "Transaction date"], hour=True)
        p.part = "foot"
        p.add("small", "Licence valid up to 31 March. Display the licence at the premises.")
        return p.done()
    p = browser_page(rng, font, "foscos.fssai.gov.in/payment/receipt")
    p.part = "head"
    head = rng.choice(["Food Safety and Standards Authority of India", "FSSAI"])
    top(p, head, merchant=head)
    p.add("small", "FoSCoS - Licence fee payment")
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Payment successful", "Fee paid"],
            "pending": ["Payment pending - awaiting confirmation from bank"],
            "failed": ["Payment failed"],
        },
    )
    wrap_pair(p, "Name of FBO", licensee)
    p.pair("Application reference No.", f"10{digits(rng, 15)}")
    p.pair("Kind of business", "Hotel - 3 star and above")
    p.pair("Amount paid", rs(j.amount), amount=j.amount)
    p.pair("Payment mode", "SBIePay - Net banking", method="netbanking")
    if not j.no_ref:
        sbi = f"IGA{digits(rng, 8)}{code(rng, 2, UPPER)}"
        p.pair("SBIePay Ref No.", sbi, txn=(TXN_RANK, sbi))
    date_row(p, j, ["Date of payment", "Paid on"])
    p.part = "foot"
    p.add("small", "Food Safety and Standards Authority of India, FDA Bhawan, New Delhi")
    return p.done()


# ---------------------------------------------------------------- 8. kitchen suppliers by net banking


SUPPLIERS = [
    "Devaraja Market Vegetable Traders",
    "Nandini Milk Products Distributors",
    "Coastal Catch Seafoods",
    "Sri Annapoorna Provision Stores",
    "Mysore Meat & Poultry Co",
    "Hassan Coffee Curers",
    "Bharath Bakery Supplies",
    "Krishna Gas & Kitchen Equipment",
]
KITCHEN_PORTALS = [
    "ICICI Bank CIB",
    "yono BUSINESS",
    "advice",
    "HDFC Bank ENet",
    "Canara ai1 Corporate",
    "advice",
    "Karnataka Bank Corporate",
    "Axis Bank CIB",
]


def kitchen_suppliers(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The kitchen's suppliers (vegetables, milk, seafood, provisions, meat, coffee, bakery, equipment) paid from the
    current account: corporate banking acknowledgement pages (ICICI Bank CIB, yono BUSINESS, HDFC Bank ENet, Canara
    ai1, Karnataka Bank, Axis Bank CIB: the portal on top, Beneficiary name / Payee name / Credit to, Beneficiary
    account and IFSC, Debit account, Amount / Transfer amount / Debit amount, Charges (incl. GST), Payment type NEFT /
    RTGS / IMPS, UTR / UTR No. / IMPS Ref No., Reference No. / Txn Ref No., Maker / Checker, Remarks with the PO,
    Transaction date / Value date / Initiated on / Failed on) and two of the bank's beneficiary payment advice e-mails
    (the bank on top, Beneficiary, Remitter, Amount credited)."""
    k = place("kitchen_suppliers")
    status = outcome(k, failed=(7,), pending=(4,))
    j = Job(rng, status, no_ref=k == 2, no_day=k == 1, low=3500, high=420000)
    portal = KITCHEN_PORTALS[k]
    to = SUPPLIERS[k] if rng.random() < 0.7 else SUPPLIERS[k].upper()
    rs = money(rng, font, 0.3, marks=("₹", "INR", "Rs."))
    way = (
        "IMPS"
        if j.no_day or (j.amount < 200000 and rng.random() < 0.4)
        else ("RTGS" if j.amount >= 200000 else "NEFT")
    )
    if portal == "advice":
        bank = rng.choice(BANKS)
        p = mail_page(
            rng,
            font,
            f"{bank} <payment.advice@{bank.split()[0].lower()}bank.in>",
            [f"Payment advice from {HOTEL}", "Funds transfer advice"],
        )
        p.part = "head"
        top(p, bank)
        p.add("center", "Beneficiary payment advice")
        p.part = "body"
        p.add("left", "Dear Beneficiary, the remitter below has transferred funds to your account.")
        wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), to, merchant=to)
        wrap_pair(p, "Remitter", rng.choice([HOTEL, HOTEL_CAPS]))
        p.pair(rng.choice(["Amount", "Amount credited"]), rs(j.amount), amount=j.amount)
    else:
        p = browser_page(rng, font, f"corporate.{portal.split()[0].lower()}.in/payments/status")
        p.part = "head"
        top(p, portal)
        p.add("small", "Payments  >  Funds transfer  >  Acknowledgement")
        p.add("rule")
        p.part = "body"
        wrap_pair(
            p, rng.choice(["Debit account", "From account"]), f"{HOTEL_CAPS[:26]} - XXXXXXXX{digits(rng, 4)}"
        )
        wrap_pair(p, rng.choice(["Beneficiary name", "Payee name", "Credit to"]), to, merchant=to)
        p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)}")
        p.pair(
            rng.choice(["Amount", "Transfer amount", "Debit amount", "Amount (INR)"]),
            rs(j.amount),
            amount=j.amount,
        )
        p.pair("Charges (incl. GST)", rs(rng.choice([2.95, 5.90, 17.70, 29.50])))
        p.pair("Maker / Checker", f"accounts.nhh / {rng.choice(['md.nhh', 'gm.finance'])}")
    p.pair("Payment type", way, method="netbanking")
    p.pair(
        "Remarks", f"PO {rng.randrange(1000, 9999)} {rng.choice(['veg', 'dairy', 'fish', 'grocery', 'meat'])}"
    )
    if not j.no_ref:
        if status != "pending":
            ref = j.ref if way == "IMPS" else neft_ref(rng, j, rng.choice(BANKS))
            lab = "IMPS Ref No." if way == "IMPS" else rng.choice(["UTR", "UTR No."])
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        bref = f"{rng.choice(['TXN', 'CIB', 'PMT'])}{digits(rng, 10)}"
        p.pair(rng.choice(["Reference No.", "Txn Ref No."]), bref, txn=(BANK_RANK, bref))
    outcome_row(
        p,
        status,
        {
            "success": ["Transaction successful", "Status: Completed", "Funds transferred"],
            "pending": ["Transaction in process - awaiting beneficiary bank confirmation"],
            "failed": ["Transaction failed - beneficiary account frozen"],
        },
    )
    labels = {
        "success": ["Transaction date", "Value date"],
        "pending": ["Initiated on"],
        "failed": ["Failed on"],
    }[status]
    date_row(p, j, labels, hour=rng.random() < 0.5)
    p.part = "foot"
    p.add("small", "This is a computer generated acknowledgement.")
    return p.done()


# ---------------------------------------------------------------- 9. foreign wedding planners' and agents' wires


PLANNERS = [
    ("Saffron Weddings Ltd", "London, United Kingdom", "GBP", "HSBC UK Bank PLC", "HBUKGB4B"),
    ("Royal India Tours GmbH", "Munich, Germany", "EUR", "Deutsche Bank AG", "DEUTDEFF"),
    ("Lotus Destination Events LLC", "Edison, NJ, USA", "USD", "Bank of America NA", "BOFAUS3N"),
    ("Voyages Maharaja SARL", "Paris, France", "EUR", "Societe Generale", "SOGEFRPP"),
    ("Mehndi & Co Events Inc", "Toronto, Canada", "USD", "Citibank NA, New York", "CITIUS33"),
    ("Heritage Trails UK Ltd", "Manchester, United Kingdom", "GBP", "NatWest Bank", "NWBKGB2L"),
]
RATES = {"USD": (85.4, 88.9), "EUR": (93.1, 97.6), "GBP": (108.2, 113.4)}
WIRE_FRAMES = [
    ("HDFC Bank", "mail"),
    ("Axis Bank", "browser"),
    ("Wise", "mail"),
    ("State Bank of India", "paper"),
    ("ICICI Bank", "browser"),
    ("Wise", "phone"),
    ("Kotak Mahindra Bank", "mail"),
    ("Canara Bank", "paper"),
]


def foreign_wires(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Foreign wedding planners and tour operators sending advances for destination weddings and group stays: six
    banks' inward remittance advices (browser, e-mail, printed: the bank on top, Beneficiary / Beneficiary name the
    company, Remitter / Ordering customer, Remitting bank and BIC, Remittance amount / Foreign currency amount in USD,
    EUR or GBP, Exchange rate, INR equivalent, Less: Bank charges, Amount credited (INR), Purpose code S0301 / S0305,
    Remittance info with the event, Inward ref No. / Our reference / Transaction reference, UETR on some, Value date /
    Credited on / Received on / Returned on) and two Wise transfers (e-mail, app: You sent, Wise fee, Amount converted,
    Guaranteed rate, Recipient gets, To / Recipient the company, Transfer #, Sent on / Arrived on / Cancelled on)."""
    k = place("foreign_wires")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 1, no_day=k == 6)
    planner, city, cur, rbank, bic = rng.choice(PLANNERS)
    j.amount = (
        round(rng.uniform(2500, 48000), 2) if rng.random() < 0.6 else float(rng.randrange(20, 500) * 100)
    )
    show = fx(rng, font, cur)
    rate = round(rng.uniform(*RATES[cur]), 4 if rng.random() < 0.5 else 2)
    bank, frame = WIRE_FRAMES[k]
    payee = rng.choice([HOTEL, HOTEL_CAPS])
    event = rng.choice(
        [
            "Advance - Sharma/Patel wedding, Mysuru",
            "Group stay 24 pax - Mysuru Dasara",
            "Destination wedding deposit",
            "Heritage tour group - rooms",
        ]
    )
    if bank == "Wise":
        if frame == "phone":
            p = phone_page(rng, font, k, ["Transfer details", "Activity"])
        else:
            p = mail_page(
                rng,
                font,
                "Wise <noreply@wise.com>",
                ["Your transfer is complete", f"Your money's on its way to {HOTEL}"],
            )
        p.part = "head"
        p.add("title", "Wise")
        p.part = "body"
        outcome_row(
            p,
            status,
            {
                "success": ["Your transfer is complete", "Money sent", "The money has arrived"],
                "pending": ["We're processing your transfer", "Transfer in progress"],
                "failed": ["Transfer cancelled - refund on its way"],
            },
        )
        p.add("big", show(j.amount), amount=j.amount, cur=cur)
        fee = round(j.amount * rng.uniform(0.004, 0.007), 2)
        p.pair("You sent", show(j.amount))
        p.pair("Wise fee", show(fee))
        p.pair("Amount converted", show(round(j.amount - fee, 2)))
        p.pair("Guaranteed rate", f"1 {cur} = {rate:.4f} INR")
        p.pair("Recipient gets", f"INR {round((j.amount - fee) * rate, 2):,.2f}")
        wrap_pair(p, rng.choice(["To", "Recipient"]), payee, merchant=payee)
        wrap_pair(p, "Reference", event)
        wrap_pair(p, "Paid with", "Bank transfer", method="netbanking")
        if not j.no_ref:
            tid = f"#{rng.randrange(1100000000, 1999999999)}"
            p.pair("Transfer", tid, txn=(TXN_RANK, tid))
        labels = {"success": ["Arrived on", "Sent on"], "pending": ["Sent on"], "failed": ["Cancelled on"]}[
            status
        ]
        date_row(p, j, labels, WEST_PATS)
        p.part = "foot"
        p.add("small", "Wise Payments Limited is authorised by the Financial Conduct Authority.")
        return p.done()
    if frame == "browser":
        p = browser_page(
            rng, font, f"corp.{bank.split()[0].lower()}.co.in/trade/inward/{code(rng, 8, ALNUM)}"
        )
    elif frame == "mail":
        p = mail_page(
            rng,
            font,
            f"{bank} <tradeadvice@{bank.split()[0].lower()}bank.net>",
            ["Inward remittance credited to your account", "Credit advice - foreign inward remittance"],
        )
    else:
        p = paper_page(rng, font, [700, 740])
    p.part = "head"
    top(p, bank.upper() if frame == "paper" and rng.random() < 0.5 else bank)
    p.add(
        "small", rng.choice(["Trade Finance Centre, Bengaluru", "Forex Back Office", "Global Trade Services"])
    )
    p.add("center", rng.choice(["Inward Remittance Advice", "Foreign Inward Remittance - Credit Advice"]))
    p.add("rule")
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Status: Credited", "Credited to your account"],
            "pending": ["Received - pending disposal (purpose code and invoice awaited)"],
            "failed": ["Returned to remitting bank - beneficiary name mismatch"],
        },
    )
    wrap_pair(p, rng.choice(["Beneficiary", "Beneficiary name"]), payee, merchant=payee)
    wrap_pair(p, rng.choice(["Remitter", "Ordering customer"]), f"{planner}, {city}")
    wrap_pair(p, "Remitting bank", rbank)
    p.pair("BIC", bic + rng.choice(["", "XXX"]))
    p.pair(
        rng.choice(["Remittance amount", "Foreign currency amount"]), show(j.amount), amount=j.amount, cur=cur
    )
    inr = round(j.amount * rate, 2)
    charges = float(rng.choice([500, 750, 1000])) + round(rng.uniform(0, 400), 2)
    p.pair("Exchange rate", f"{rate} INR / {cur}")
    p.pair("INR equivalent", f"{inr:,.2f}")
    p.pair("Less: Bank charges (incl. GST)", f"{charges:,.2f}")
    if status != "failed":
        p.pair("Amount credited (INR)", f"{inr - charges:,.2f}")
    p.pair("Purpose code", rng.choice(["S0301 - business travel", "S0305 - tour / hospitality services"]))
    wrap_pair(p, "Remittance info", event)
    p.pair("Mode", rng.choice(["SWIFT inward (MT103)", "SWIFT - MT103"]), method="netbanking")
    if not j.no_ref:
        ref = f"{rng.choice(['IRM', 'FIR', 'TF'])}{j.date:%y}{digits(rng, 9)}"
        p.pair(
            rng.choice(["Inward ref No.", "Our reference", "Transaction reference"]),
            ref,
            txn=(BANK_RANK, ref),
        )
        if rng.random() < 0.5:
            uetr = f"{code(rng, 8, HEX)}-{code(rng, 4, HEX)}-4{code(rng, 3, HEX)}-a{code(rng, 3, HEX)}-{code(rng, 12, HEX)}"
            wrap_pair(p, "UETR", uetr)
    labels = {
        "success": ["Value date", "Credited on"],
        "pending": ["Received on"],
        "failed": ["Returned on"],
    }[status]
    date_row(p, j, labels)
    p.part = "foot"
    p.add("small", "FIRC will be issued on request once the purpose code is confirmed.")
    return p.done()


# ---------------------------------------------------------------- 10. electricity and piped gas


UTIL_FRAMES = ["bconnect", "cesc", "bconnect", "gas", "bconnect", "cesc", "gas", "bconnect"]
UTIL_APPS = ["iMobile Pay", "yono BUSINESS", "Axis Mobile", "Canara ai1", "HDFC Bank MobileBanking"]


def utility_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The hotel's electricity and piped gas: Bharat Connect bill payments in business banking apps (the app on top,
    Biller / Electricity board CESC Mysore or Chamundeshwari Electricity Supply Corporation, Gas provider GAIL Gas
    Limited, Consumer name, Account ID / RR No. / BP No., Bill date, Due date, Bill month, the sum large, Paid from
    Current A/c or UPI, B-Connect Txn ID / Bharat Connect Ref. No., Transaction ID, Paid on / Date & time) and
    CESC's own online payment page (the board on top, RR Number, Amount paid, Transaction ID, Bank reference, Receipt
    No., Paid on)."""
    k = place("utility_bills")
    status = outcome(k, failed=(0,), pending=(6,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3, low=18000, high=560000, p_round=0.3)
    frame = UTIL_FRAMES[k]
    rs = money(rng, font, 0.3)
    words_ = {
        "success": ["Bill paid", "Payment successful"],
        "pending": ["Bill payment in process"],
        "failed": ["Bill payment failed"],
    }
    if frame == "cesc":
        p = browser_page(rng, font, "cescmysore.karnataka.gov.in/onlinepayment/receipt")
        p.part = "head"
        head = rng.choice(["Chamundeshwari Electricity Supply Corporation Ltd", "CESC Mysore"])
        top(p, head, merchant=head)
        p.add("small", "Online bill payment - receipt")
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, words_)
        p.pair("RR Number", f"NZDHT{rng.randrange(10, 99)}")
        wrap_pair(p, "Consumer name", HOTEL_CAPS)
        p.pair("Bill month", j.month())
        p.pair("Amount paid", rs(j.amount), amount=j.amount)
        p.pair("Paid by", "Net banking", method="netbanking")
        if not j.no_ref:
            tid = f"CESC{digits(rng, 12)}"
            p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
            bref = digits(rng, 10)
            p.pair("Bank reference", bref, txn=(BANK_RANK, bref))
        date_row(p, j, ["Paid on", "Payment date"], hour=True)
        p.part = "foot"
        p.add("small", "Paid amount will reflect in the next bill.")
        return p.done()
    app = rng.choice(UTIL_APPS)
    p = phone_page(rng, font, k, ["Bill payment", "Payment receipt", ""])
    p.part = "head"
    p.add("title", app)
    p.add("small", "Bharat Connect")
    p.part = "body"
    outcome_row(p, status, words_)
    p.add("big", rs(j.amount), amount=j.amount)
    if frame == "gas":
        biller = rng.choice(["GAIL Gas Limited", "GAIL Gas Ltd - Karnataka"])
        lab = rng.choice(["Biller", "Gas provider"])
        ident = ("BP No.", f"{rng.randrange(10, 99)}{digits(rng, 8)}")
    else:
        biller = rng.choice(["CESC Mysore", "Chamundeshwari Electricity Supply Corporation", "CESCOM"])
        lab = rng.choice(["Biller", "Electricity board"])
        ident = (rng.choice(["Account ID", "RR No."]), f"{digits(rng, 10)}")
    wrap_pair(p, lab, biller, merchant=biller)
    wrap_pair(p, "Consumer name", rng.choice([HOTEL_CAPS, "NEELAMBARI HERITAGE HOTELS P"]))
    p.pair(*ident)
    if not j.no_day:
        p.pair("Bill date", j.other_day(rng, -20, -5))
        p.pair("Due date", j.other_day(rng, 3, 15))
    way = "UPI" if rng.random() < 0.3 else "netbanking"
    p.pair("Paid from", "UPI" if way == "UPI" else f"Current A/c XX{digits(rng, 4)}", method=way)
    if not j.no_ref:
        if status != "failed":
            bc = f"{code(rng, 2, UPPER)}0{digits(rng, 9)}{code(rng, 3, ALNUM)}"
            p.pair(rng.choice(["B-Connect Txn ID", "Bharat Connect Ref. No."]), bc, txn=(BANK_RANK, bc))
        tid = digits(rng, 12)
        p.pair("Transaction ID", tid, txn=(TXN_RANK, tid))
    date_row(p, j, ["Paid on", "Date & time"], hour=True)
    p.part = "foot"
    p.add("small", "Bharat Connect - a trusted way to pay bills")
    return p.done()


# ---------------------------------------------------------------- 11. the bank's SMS debit alerts


ALERT_PAYEES = [
    "KARNATAKA STATE BEVERAGE",
    "SHUBHRA LINEN CARE",
    "COASTAL CATCH SEAFOO",
    "NANDINI MILK PRODUCTS",
    "MYSORE MEAT & POULTRY",
    "ACT FIBERNET",
    "KSBCL MYSURU DEPOT",
    "HASSAN COFFEE CURERS",
]


def bank_alerts(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The bank's SMS alerts on the general manager's phone (a messages app: the sender AX-HDFCBK / VM-ICICIT /
    JD-CANBNK / VK-KBLBNK, the day divider, the alert): NEFT, RTGS, IMPS or UPI debits to the liquor corporation's
    depot (KSBCL), the laundry, kitchen suppliers and the broadband as the bank names them, the sum, the account's last
    digits, the day, UTR / IMPS Ref No / UPI Ref No, Avl Bal; a failed UPI ("has failed") and one that "is pending".
    *settled*: the payee as the bank sends it (a truncated name counts as printed), never the bank or the sender id."""
    k = place("bank_alerts")
    status = outcome(k, failed=(2,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=900, high=950000)
    bank = rng.choice(["HDFC Bank", "ICICI Bank", "Canara Bank", "Karnataka Bank"])
    sender = {
        "HDFC Bank": "AX-HDFCBK",
        "ICICI Bank": "VM-ICICIT",
        "Canara Bank": "JD-CANBNK",
        "Karnataka Bank": "VK-KBLBNK",
    }[bank]
    p = phone_page(rng, font, k, [sender])
    p.part = "body"
    if not j.no_day:
        p.add("small", when(j.date, rng.choice(["{d} %B %Y", "%d %b %Y", "%a, {d} %b"])), date=j.date)
    to = ALERT_PAYEES[k]
    amt = f"{rng.choice(['Rs.', 'INR ', 'Rs '])}{j.amount:,.2f}"
    if status != "success":
        way = "UPI"
    elif j.amount >= 200000:
        way = "RTGS"
    else:
        way = rng.choice(["NEFT", "IMPS", "UPI"])
    if j.no_day and way in ("NEFT", "RTGS"):
        way = "IMPS"
    acc = f"A/c XX{digits(rng, 4)}"
    meth = "UPI" if way == "UPI" else "netbanking"
    if status == "success":
        p.add("left", f"{amt} debited from {acc}", amount=j.amount)
        p.add("left", f"to {to}", merchant=to)
    else:
        p.add("left", f"Your UPI payment of {amt}", amount=j.amount)
        p.add("left", f"to {to} from {acc}", merchant=to)
    if not j.no_day:
        p.add("left", f"on {j.day(rng, ['%d-%m-%y', '%d%b%y', '%d/%m/%Y'])} via {way}", method=meth)
    else:
        p.add("left", f"via {way}", method=meth)
    if not j.no_ref:
        ref = j.ref if way in ("UPI", "IMPS") else neft_ref(rng, j, bank)
        lab = {"UPI": "UPI Ref No", "IMPS": "IMPS Ref No", "NEFT": "UTR", "RTGS": "UTR"}[way]
        p.add("left", f"{lab} {ref}.", txn=(UTR_RANK, ref))
    word = {
        "success": f"Avl Bal Rs.{rupees(rng, 80000, 4500000):,.2f}. Not you? Call 1800 425 1444",
        "failed": "has failed. Any amount debited will be reversed.",
        "pending": "is pending. Please check status before retrying.",
    }[status]
    p.add("left", word, status=status)
    p.add("small", f"-{bank}")
    return p.done()


# ---------------------------------------------------------------- 12. room TV and broadband bills from a wallet


@dataclasses.dataclass
class Biller:
    name: str
    kind: str
    ident: str


WALLET_BILLERS = [
    Biller("Tata Play", "DTH", "Subscriber ID"),
    Biller("ACT Fibernet", "Broadband", "Account No."),
    Biller("Airtel Postpaid", "Postpaid", "Mobile number"),
    Biller("Airtel Xstream Fiber", "Broadband", "Customer ID"),
    Biller("Dish TV", "DTH", "VC No."),
    Biller("Jio Fiber", "Broadband", "Service ID"),
]
WALLETS = ["Paytm", "MobiKwik", "Amazon Pay", "Paytm", "MobiKwik", "Amazon Pay", "Paytm", "MobiKwik"]


def wallet_bills(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The rooms' TV, the guests' Wi-Fi and the front desk's phones paid from the company's wallet: bill payment
    screens (Paytm, MobiKwik, Amazon Pay: the app on top, Bill paid / Recharge successful / Payment successful,
    Payment pending - awaiting confirmation from biller, Bill payment failed - amount refunded to wallet, the sum
    large, Biller / Operator / Paid to the biller, Subscriber ID / Account No. / Customer ID / Service ID / VC No.,
    Plan, Paid from Paytm Wallet / MobiKwik Wallet / Amazon Pay balance, Operator ref / B-Connect Txn ID, Wallet Txn
    ID / Order ID, Paid on / Date & time)."""
    k = place("wallet_bills")
    status = outcome(k, failed=(4,), pending=(1,))
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, low=399, high=18000, p_round=0.8)
    app = WALLETS[k]
    b = rng.choice(WALLET_BILLERS)
    rs = money(rng, font, 0.8)
    p = phone_page(rng, font, k, ["", "Payment details", "Order details"])
    p.part = "head"
    band = {"Paytm": (0, 46, 110), "MobiKwik": (18, 60, 160), "Amazon Pay": (35, 47, 62)}[app]
    if not p.style["h106"]["dark"]:
        p.style["band"], p.style["band_ink"] = band, (255, 255, 255)
    p.add("title", app)
    p.part = "body"
    outcome_row(
        p,
        status,
        {
            "success": ["Bill paid", "Recharge successful" if b.kind == "DTH" else "Payment successful"],
            "pending": ["Payment pending - awaiting confirmation from biller"],
            "failed": ["Bill payment failed - amount refunded to wallet"],
        },
    )
    p.add("big", rs(j.amount), amount=j.amount)
    wrap_pair(p, rng.choice(["Biller", "Operator", "Paid to"]), b.name, merchant=b.name)
    p.pair(
        b.ident, f"{rng.choice('6789')}{digits(rng, 9)}" if b.ident == "Mobile number" else digits(rng, 10)
    )
    p.pair(
        "Plan",
        rng.choice(
            ["Hotel pack - 32 connections", "300 Mbps - 6 months", "Monthly rental", "Business plan 499"]
        ),
    )
    wallet = {"Paytm": "Paytm Wallet", "MobiKwik": "MobiKwik Wallet", "Amazon Pay": "Amazon Pay balance"}[app]
    p.pair(rng.choice(["Paid from", "Payment source"]), wallet, method="wallet")
    if not j.no_ref:
        if status == "success":
            oref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair(rng.choice(["Operator ref", "B-Connect Txn ID"]), oref, txn=(BANK_RANK, oref))
        wid = (
            digits(rng, 12) if app != "Amazon Pay" else f"P{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}"
        )
        p.pair("Wallet Txn ID" if app != "Amazon Pay" else "Order ID", wid, txn=(TXN_RANK, wid))
    date_row(p, j, ["Paid on", "Date & time"], DAY_PATS, hour=True)
    p.part = "foot"
    p.add("small", rng.choice(["Need help? Contact 24x7 support", "Download invoice"]))
    return p.done()


compose = compose158

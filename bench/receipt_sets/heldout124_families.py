"""The twelve heldout124 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a tenth random day's proofs of payment, as a residential housing society's office and
the landlords and property managers of its flats in metros and big cities (Pune, Bengaluru, Hyderabad, Gurugram,
Thane, Chennai, Kochi, Ahmedabad) receive them in 2026: monthly maintenance dues, rent, security deposits and their
refunds, clubhouse and hall bookings, sinking fund and repair levies, move-in charges, a broker's brokerage,
electricity sub-meter prepaid top-ups, water tanker and parking charges, from Rs 150 to Rs 6,00,000. A society app's
payment screen; rent paid by credit card through a platform; a UPI app's result screen to a landlord or the society;
the society office's maintenance receipt (receipt book or accounting software); a cheque's acknowledgement, advice or
status; a net banking transfer of a security deposit; a landlord's rent receipt for HRA; a mandate's or auto-pay's
debit alert (SMS or e-mail); a broker's brokerage invoice with GST; a security deposit's refund; a sub-meter's
prepaid recharge; a clubhouse or hall booking with a refundable deposit. Every row is added to heldout113's
``Screen`` (heldout106's ``Page``) with the facts it prints, and the truth is read back from the rows the page keeps.
Headings, footers, bill breakdowns, convenience and platform fees, GST, bank charges, totals debited, deposits held,
deductions, balances, rent and lease terms, meter and flat numbers, PAN, GSTIN, RERA numbers, mandate numbers (UMRN,
UMN), bills paid against, cheque numbers and the payer's own details carry no fact. ``compose`` is heldout121's
(heldout119's frames and marks, with heldout121's rubber stamp, here the society office's).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, colour, day26, labelled, other_sum, paper, screen
from bench.receipt_sets.heldout118_families import handle, head, ios, masked, money
from bench.receipt_sets.heldout119_families import android, ifsc, outcome, slip_sum
from bench.receipt_sets.heldout120_families import lakh
from bench.receipt_sets.heldout121_families import SLIP_PATS, stamp, status_line
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import check, top, transfer_rows
from bench.receipt_sets.heldout123_families import APPS as UPI_APP_STYLES
from bench.receipt_sets.heldout123_families import fits, place, upi_id

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# city, PIN code, locality, state, STD code, GST state code, a short code for registration numbers
CITIES = [("Pune", "411057", "Wakad", "Maharashtra", "020", "27", "PNA"),
          ("Bengaluru", "560103", "Bellandur", "Karnataka", "080", "29", "BLR"),
          ("Hyderabad", "500032", "Gachibowli", "Telangana", "040", "36", "HYD"),
          ("Gurugram", "122018", "Sector 49, Sohna Road", "Haryana", "0124", "06", "GGN"),
          ("Thane", "400615", "Ghodbunder Road", "Maharashtra", "022", "27", "TNA"),
          ("Chennai", "600119", "Sholinganallur", "Tamil Nadu", "044", "33", "CHN"),
          ("Kochi", "682030", "Kakkanad", "Kerala", "0484", "32", "EKM"),
          ("Ahmedabad", "380054", "Bodakdev", "Gujarat", "079", "24", "AMD")]
# the society of each city: its name, its registered body's, a short name for handles and stamps
SOCIETIES = [("Sahyadri Heights Co-op Housing Society", "Sahyadri Heights CHS Ltd", "Sahyadri Heights"),
             ("Lake Vista Apartment Owners Association", "Lake Vista AOA", "Lake Vista"),
             ("Palm Meadows Residents Welfare Association", "Palm Meadows RWA", "Palm Meadows"),
             ("Aravalli Greens Condominium Association", "Aravalli Greens RWA", "Aravalli Greens"),
             ("Skyline Towers Co-op Housing Society", "Skyline Towers CHS Ltd", "Skyline Towers"),
             ("Sea Breeze Apartment Owners Association", "Sea Breeze AOA", "Sea Breeze"),
             ("Coral Residency Flat Owners Association", "Coral Residency FOA", "Coral Residency"),
             ("Orchid Greens Residency Association", "Orchid Greens Residency Assn", "Orchid Greens")]
LANDLORDS = ["Ramesh Kulkarni", "Sunitha Reddy", "Harish Nair", "Vandana Malhotra", "S. Srinivasan",
             "Farhan Sheikh", "Meenakshi Sundaram", "Jignesh Shah", "Anupama Menon", "Rajinder Singh Bedi",
             "Lakshmi Narayanan", "Deepa Joshi"]
MANAGERS = ["Keystone Property Managers LLP", "Homeway Rentals Pvt Ltd", "UrbanNest Property Services",
            "Castle Key Facility Management", "Greenleaf Estate Managers"]
TENANTS = ["Aditya Kulkarni", "Sneha Rao", "Rohit Verma", "Priya Menon", "Karthik Subramanian", "Neha Gupta",
           "Arjun Nair", "Divya Sharma", "Vikram Joshi", "Ankita Das", "Mohit Bansal", "Shreya Iyer"]
FLATS = ["A-1204", "B-503", "T3-1102", "C-702", "D-1801", "B-404", "E-206", "G-1503", "A-101", "F-902"]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Union Bank of India", "Bank of Maharashtra"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IDFC FIRST Bank", "Yes Bank"]
CARDS = ["HDFC Bank Regalia Credit Card", "SBI Card ELITE", "Axis Bank ACE Credit Card", "ICICI Amazon Pay Card",
         "HDFC Millennia Credit Card", "Kotak League Platinum Card", "IDFC FIRST Select Card", "AU LIT Credit Card"]
DUES = [("Maintenance charges", 1800, 14000), ("Sinking fund", 600, 6000), ("Repair levy - lift modernisation", 5000,
        40000), ("Parking charges (2nd car)", 500, 1500), ("Water tanker charges", 150, 1200),
        ("Move-in charges", 2000, 7500), ("Clubhouse membership", 1200, 6000), ("Painting levy - exterior", 4000,
                                                                              25000)]
NOTES = ["Rent May", "Rent + maintenance", "Parking June", "Tanker charges", "Token advance flat", "Deposit balance",
         "Flat rent", "Maintenance B wing", "Rent for this month", "Sinking fund"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account.",
          "Your bank declined this payment. Money, if debited, will be reversed."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "Your bank has not confirmed yet. We will notify you in a few minutes.",
        "The payee will be notified once the bank confirms."]


def society(rng: random.Random, i: int, *, firm: float = 0.3, caps: float = 0.3) -> str:
    """The society as a payee: its name, or its registered body's on some, in capitals on some."""
    name = SOCIETIES[i][1] if rng.random() < firm else SOCIETIES[i][0]
    return name.upper() if rng.random() < caps else name


def society_vpa(rng: random.Random, i: int) -> str:
    short = "".join(ch for ch in SOCIETIES[i][2].lower() if ch.isalpha())
    return rng.choice([f"{short}.chs@icici", f"{short}aoa@hdfcbank", f"{short[:10]}@yesbank",
                       f"{short}.maint@axisbank", f"mygate.{short[:8]}@icici"])


def whole_or(rng: random.Random, value: float, step: int) -> float:
    return float(max(step, round(value / step) * step))


class Deal:
    """One payment's facts and which of them its page leaves out: the payee (the society, a landlord, a property
    manager), the tenant or member who pays, the flat."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 60000, p_round: float = 0.7, payee: str = "society", caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(CITIES))
        self.kind = payee
        if payee == "society":
            self.to = society(rng, self.town, caps=caps)
        elif payee == "manager":
            self.to = rng.choice(MANAGERS)
            self.to = self.to.upper() if rng.random() < caps else self.to
        else:
            self.to = rng.choice(LANDLORDS)
            self.to = self.to.upper() if rng.random() < caps else self.to
        self.tenant = rng.choice(TENANTS)
        self.flat = rng.choice(FLATS)
        self.ref = utr(rng, self.date)

    def address(self) -> str:
        city = CITIES[self.town]
        return f"Flat {self.flat}, {SOCIETIES[self.town][2]}, {city[2]}, {city[0]} - {city[1]}"

    def vpa(self, rng: random.Random, banks: list[str]) -> str:
        return society_vpa(rng, self.town) if self.kind == "society" else handle(rng, self.to, banks)


def period(d: Deal, months: int = 1) -> str:
    """The months a due covers (a service period, never the day paid)."""
    start = d.date.replace(day=1)
    end = start
    for _ in range(months - 1):
        end = (end + dt.timedelta(days=32)).replace(day=1)
    if months == 1:
        return when(start, "%b %Y")
    return f"{when(start, '%b')}-{when(end, '%b %Y')}"


def outcome_row(p: Screen, status: str, words: dict) -> None:
    """The outcome line (a tick on some successes) in its colour."""
    rng = p.rng
    word = rng.choice(words[status])
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if status == "success" and rng.random() < 0.4 else word,
          status=status)
    p.accent(colour(status))


def phone_frame(p: Screen, k: int, banner_at: int = -1, p_ios: float = 0.45) -> None:
    if p.rng.random() < p_ios:
        ios(p)
    else:
        android(p, banner=k == banner_at)


def society_stamp(p: Screen, d: Deal, word: str, role: str | None = None) -> None:
    """heldout121's violet rubber stamp at the foot (room made under the footer): the society, the office's role, the
    day (not on a page with no day), the word."""
    rng = p.rng
    for _ in range(5):
        p.add("gap")
    at = (rng.uniform(0.6, 0.72), rng.uniform(0.88, 0.9))
    lines = [SOCIETIES[d.town][2].upper(), role or rng.choice(["SOCIETY OFFICE", "HON. TREASURER", "ACCOUNTS"])]
    if not d.no_day:
        lines.append(when(d.date, "%d %b %Y", upper=True))
    lines.append(word)
    check(lines, p.font)
    p.style["h121"] = {"stamp": {"lines": lines, "angle": rng.uniform(-16, 16), "at": at}}


def society_head(p: Screen, d: Deal, name: str, kinds: list[str], *, reg: bool = True) -> None:
    """The society (the payee) on top of its own paper: its registration (no year on a page with no day), address,
    the document's kind."""
    rng = p.rng
    city = CITIES[d.town]
    p.part = "head"
    top(p, name, merchant=name)
    if reg and rng.random() < 0.7:
        year = "" if d.no_day else f"/{rng.randrange(2004, 2020)}"
        p.add("small", rng.choice([f"Regd. No. {city[6]}/HSG/(TC)/{rng.randrange(1000, 19999)}{year}",
                                   f"Registered under the Societies Act, Reg. No. {rng.randrange(100, 999)}"
                                   f"/{city[6]}{year}"]))
    p.add("center", f"{city[2]}, {city[0]} - {city[1]}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def payee_pair(p: Screen, labels: list[str], name: str) -> None:
    """The payee under one of ``labels``: on the label's row where both fit, else stacked under it."""
    lab = p.rng.choice(labels)
    if fits(p, "pair", f"{lab} {name}  "):
        p.pair(lab, name, merchant=name)
    else:
        p.add("small", lab)
        p.add("left", name, merchant=name)


def upi_rows(p: Screen, d: Deal, rs, handles: list[str], own: tuple | None, *, banking: str | None = None) -> None:
    """A UPI app's result rows: the outcome, the sum, the payee under Paid to / To / Sent to (Paying to on a failure
    or a wait) and its handle, the UPI reference and the app's own id on some, the day, the account debited, a note
    on most; ``banking`` prints the account's banking name under the handle (no fact)."""
    rng = p.rng
    p.part = "outcome"
    outcome_row(p, d.status, {"success": ["Payment Successful", "Paid successfully", "Money sent",
                                          "Transaction Successful"],
                              "failed": ["Payment Failed", "Transaction failed", "Payment declined"],
                              "pending": ["Payment Pending", "Payment processing", "Transaction pending"]})
    p.part = "amount"
    p.add("big", rs(d.amount), amount=d.amount)
    p.part = "payee"
    lab = rng.choice(["Paid to", "To", "Sent to"] if d.status == "success" else ["To", "Paying to", "Payment to"])
    if rng.random() < 0.5 and fits(p, "center", f"{lab} {d.to}"):
        p.add("center", f"{lab} {d.to}", merchant=d.to)
    else:
        p.add("small", lab)
        p.add("center", d.to, merchant=d.to)
    vpa = d.vpa(rng, handles)
    p.add("small", rng.choice([vpa, f"UPI ID: {vpa}", f"VPA: {vpa}"]), method="UPI")
    if banking:
        p.add("small", f"Banking name: {banking}")
    if d.status == "failed":
        p.add("small", rng.choice(REFUND))
    elif d.status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "ref"
    p.add("rule")
    p.add("left", rng.choice(["Transaction details", "Payment details", "Details"]))
    if not d.no_ref:
        rows = [(rng.choice(["UPI Ref No", "UPI Reference No.", "UTR", "UPI Transaction ID", "RRN"]), d.ref,
                 (UTR_RANK, d.ref))]
        if own and rng.random() < 0.6:
            rows.insert(rng.randrange(2), (own[0], own[1], (own[2], own[1])))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    p.part = "tail"
    if not d.no_day:
        labelled(p, rng.choice(["Date & Time", "Paid on", "Transaction Date", "Date", "Completed on"]),
                 stamp(rng, d.date), date=d.date)
    p.pair(rng.choice(["Debited from", "Paid from", "From"]), f"{rng.choice(PSB[:3] + PVT[:4])} {masked(rng, p.font)}")
    if rng.random() < 0.7:
        note = rng.choice(NOTES if not d.no_day else [n for n in NOTES if "May" not in n and "June" not in n])
        p.pair(rng.choice(["Note", "Message", "Remarks"]), note)


# ---------------------------------------------------------------- 1. a society app's payment screen


SOC_APPS = [("MyGate", (36, 84, 196)), ("NoBrokerHood", (232, 62, 80)), ("ApnaComplex", (0, 118, 186)),
            ("ADDA", (236, 118, 34)), ("MyGate", (36, 84, 196)), ("NoBrokerHood", (232, 62, 80)),
            ("ApnaComplex", (0, 118, 186)), ("ADDA", (236, 118, 34))]
SOC_WAYS = ["UPI", "card", "UPI", "netbanking", "UPI", "card", "netbanking", "UPI"]


def app_own(rng: random.Random, app: str, date: dt.date) -> str:
    return {"MyGate": f"MGP{date:%y%m%d}{digits(rng, 8)}", "NoBrokerHood": f"NBH{digits(rng, 12)}",
            "ApnaComplex": f"AC{digits(rng, 10)}", "ADDA": f"ADDA{date:%y%m}{code(rng, 6, UPPER + '23456789')}"}[app]


def society_app(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A member's society app after paying a due (MyGate, NoBrokerHood, ApnaComplex, ADDA; dark on some, an
    iPhone's bars or an Android navigation bar): the outcome, the total paid large, Paid to / Payment to / Society and
    the society, Flat / Unit, the due (maintenance, sinking fund, a repair levy, parking, a water tanker, move-in
    charges) and Bill period (not on the page with no day), the bill's breakdown with a Convenience fee and GST on it
    on some and Total paid, Paid via (UPI, a card, net banking), Transaction ID, UPI Ref No / Bank Ref No, Receipt
    No, Paid on; a failed and a pending one."""
    k = place("society_app")
    status = outcome(k, failed=(5,), pending=(2,))
    app, band = SOC_APPS[k]
    way = SOC_WAYS[k]
    due, low, high = rng.choice(DUES)
    d = Deal(rng, status, no_ref=k == 7, no_day=k == 3, low=low, high=high, p_round=0.85, caps=0.3)
    dark = rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment receipt", "Dues"]),
               buttons=rng.choice([("Download receipt",), ("Share", "Done"), ("Done",), ()]))
    phone_frame(p, k, banner_at=4)
    rs = money(rng, font, 0.7)
    head(p, app, band, dark, ["Society dues", "Payments", "My Unit - Dues"])
    fee = gst = 0.0
    if way != "UPI" and rng.random() < 0.75:
        fee = round(d.amount * (0.012 if way == "netbanking" else 0.018), 2)
        gst = round(fee * 0.18, 2) if rng.random() < 0.6 else 0.0
    total = round(d.amount + fee + gst, 2)
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Paid successfully", "Dues paid successfully"],
                            "failed": ["Payment Failed", "Payment declined by bank"],
                            "pending": ["Payment Pending", "Payment under process"]})
    p.part = "amount"
    p.add("big", rs(total), amount=total)
    p.part = "payee"
    lab = rng.choice(["Paid to", "Payment to", "Society"] if status == "success" else ["Paying to", "Society"])
    p.add("small", lab)
    p.add("center", d.to, merchant=d.to)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "body"
    p.add("rule")
    p.pair(rng.choice(["Flat", "Unit", "Flat No."]), d.flat)
    p.pair(rng.choice(["Resident", "Paid by", "Member"]), d.tenant)
    p.pair(rng.choice(["Bill for", "Due", "Charge"]), due if fits(p, "pair", due + " " * 12) else due.split(" (")[0])
    if not d.no_day:
        p.pair(rng.choice(["Bill period", "Period"]), period(d, 3 if due.startswith("Maint") and
                                                             rng.random() < 0.5 else 1))
    if not d.no_ref and rng.random() < 0.5:
        p.pair(rng.choice(["Bill No", "Invoice No"]), f"{code(rng, 2, UPPER)}/{rng.randrange(1000, 9999)}")
    if fee:
        p.pair(rng.choice(["Bill amount", "Dues amount", "Amount"]), rs(d.amount))
        p.pair(rng.choice(["Convenience fee", "Platform fee", "Processing fee"]), rs(fee))
        if gst:
            p.pair("GST on fee (18%)", rs(gst))
        p.pair(rng.choice(["Total paid", "Total amount", "Amount paid"]) if status == "success" else "Total",
               rs(total))
    p.pair(rng.choice(["Paid via", "Payment mode", "Mode"]),
           {"UPI": rng.choice(["UPI", "UPI - Google Pay", "UPI (PhonePe)"]),
            "card": rng.choice([f"Credit Card {masked(rng, font)}", f"Debit Card {masked(rng, font)}",
                                f"Visa {masked(rng, font)}"]),
            "netbanking": rng.choice(["Net Banking", f"Net Banking - {rng.choice(PVT[:4])}"])}[way], method=way)
    p.part = "ref"
    if not d.no_ref:
        own = app_own(rng, app, d.date)
        labelled(p, rng.choice(["Transaction ID", "Txn ID", "Payment ID"]), own, txn=(TXN_RANK, own))
        if way == "UPI" and status != "failed":
            labelled(p, rng.choice(["UPI Ref No", "UTR", "Bank Ref No"]), d.ref, txn=(UTR_RANK, d.ref))
        elif way != "UPI" and status == "success" and rng.random() < 0.7:
            ref = digits(rng, 12) if way == "card" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            labelled(p, rng.choice(["Bank Ref No", "Bank Reference"]), ref, txn=(BANK_RANK, ref))
        if status == "success" and rng.random() < 0.5:
            rcpt = f"R/{rng.randrange(100, 9999)}"
            p.pair(rng.choice(["Receipt No", "Receipt No."]), rcpt, txn=(INVOICE_RANK, rcpt))
    if not d.no_day:
        labelled(p, rng.choice(["Paid on", "Date & Time", "Transaction Date"]), stamp(rng, d.date), date=d.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["The receipt is also sent to your registered e-mail.",
                               "Dues once paid are adjusted in the society's ledger.",
                               "For queries contact the society office."]))
    return p.done()


# ---------------------------------------------------------------- 2. rent paid by credit card through a platform


RENT_PLATFORMS = [("CRED", (18, 18, 20), "app"), ("NoBroker", (232, 62, 80), "app"),
                  ("Housing.com", (92, 46, 170), "app"), ("RedGirraffe", None, "web"),
                  ("Magicbricks", (206, 32, 40), "app"), ("CRED", (18, 18, 20), "app"),
                  ("NoBroker", (232, 62, 80), "app"), ("Housing.com", None, "web")]
RENT_URLS = {"RedGirraffe": "www.redgirraffe.com/rent/payment/receipt", "Housing.com": "housing.com/pay-rent/receipt"}


def rent_card(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A tenant's rent paid with a credit card through a platform (CRED RentPay, NoBroker Pay Rent, Housing.com Pay
    Rent, RedGirraffe, Magicbricks; CRED dark, the web ones in a browser): the outcome, the total charged large,
    Paid to / Landlord / Beneficiary and the landlord (or a property manager), the landlord's bank account and IFSC,
    Property, Rent for (a month), Rent amount, Platform fee / Convenience fee / Service fee, GST on fee, Total charged
    / Total amount paid, the card, the platform's Transaction ID / Order ID, Settlement UTR / UTR to landlord on
    successes, Paid on, Expected credit by (a later day) on the wait; a declined card (failed) and a transfer to the
    landlord in progress (pending)."""
    k = place("rent_card")
    status = outcome(k, failed=(3,), pending=(6,))
    name, band, kind = RENT_PLATFORMS[k]
    d = Deal(rng, status, no_ref=k == 1, no_day=k == 5, low=9000, high=125000, p_round=0.95,
             payee="manager" if rng.random() < 0.2 else "landlord", caps=0.35)
    d.amount = whole_or(rng, d.amount, 500)
    rate = rng.choice([0.01, 0.0125, 0.015, 0.0175, 0.02])
    fee = round(d.amount * rate, 2)
    gst = round(fee * 0.18, 2)
    total = round(d.amount + fee + gst, 2)
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = RENT_URLS[name]
        dark = False
        p.part = "head"
        top(p, name)
        p.add("center", rng.choice(["Rent Payment Receipt", "Payment Summary"]))
    else:
        dark = name == "CRED" or rng.random() < 0.25
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Rent payment", "Payment details"]),
                   buttons=rng.choice([("Download receipt",), ("Share", "Done"), ()]))
        phone_frame(p, k, banner_at=0)
        head(p, name, band, dark, ["RentPay", "Pay Rent", "Rent via credit card"])
    rs = money(rng, font, 0.4)
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Rent paid successfully", "Payment Successful", "Rent transferred"],
                            "failed": ["Payment failed - card declined", "Payment Failed"],
                            "pending": ["Transfer to landlord in progress", "Payment processing"]})
    if kind == "web":
        p.pair(rng.choice(["Total charged", "Total amount paid"]) if status == "success" else "Total amount",
               rs(total), amount=total)
    else:
        p.add("big", rs(total), amount=total)
        p.add("small", rng.choice(["charged to your card", "total incl. fee and GST"]))
    p.part = "body"
    p.add("rule")
    payee_pair(p, ["Paid to", "Landlord", "Beneficiary"] if d.kind == "landlord"
               else ["Paid to", "Beneficiary", "Property manager"], d.to)
    bank, head4 = rng.choice([("HDFC", "HDFC"), ("SBI", "SBIN"), ("ICICI", "ICIC"), ("Axis", "UTIB"), ("Kotak", "KKBK")])
    p.pair(rng.choice(["Bank account", "Landlord's account", "A/c No."]), f"{bank} XXXXXX{digits(rng, 4)}")
    p.pair("IFSC", f"{head4}0{digits(rng, 6)}")
    p.add("small", f"Property: {d.address()}")
    if not d.no_day:
        p.pair(rng.choice(["Rent for", "Rent month"]), period(d))
    p.pair(rng.choice(["Rent amount", "Amount to landlord"]), rs(d.amount))
    p.pair(rng.choice(["Platform fee", "Convenience fee", "Service fee"]) + f" ({rate * 100:g}%)", rs(fee))
    p.pair(rng.choice(["GST on fee", "GST (18%)"]), rs(gst))
    if kind != "web":
        p.pair(rng.choice(["Total charged", "Total amount paid"]) if status == "success" else "Total amount",
               rs(total))
    p.pair(rng.choice(["Paid via", "Payment method", "Card"]), f"{rng.choice(CARDS)} {masked(rng, font)}"
           if rng.random() < 0.5 else f"Credit Card {masked(rng, font)}", method="card")
    if not d.no_ref:
        own = rng.choice([f"CRRP{digits(rng, 10)}", f"PR{d.date:%y%m%d}{digits(rng, 6)}", f"{digits(rng, 14)}"])
        label = rng.choice(["Transaction ID", "Order ID", "Payment ID"])
        labelled(p, label, own, txn=(ORDER_RANK if label == "Order ID" else TXN_RANK, own))
        if status == "success":
            ref = rng.choice([neft_utr(rng.choice(["HDFC", "YESB", "ICIC"]), rng, d.date), utr(rng, d.date)])
            labelled(p, rng.choice(["Settlement UTR", "UTR", "UTR to landlord"]), ref, txn=(UTR_RANK, ref))
    if not d.no_day:
        labelled(p, rng.choice(["Paid on", "Payment date", "Date"]), stamp(rng, d.date), date=d.date)
        if status == "pending":
            p.pair(rng.choice(["Expected credit by", "Landlord receives by"]),
                   when(d.date + dt.timedelta(days=rng.randrange(1, 3)), rng.choice(["%d %b %Y", "%d/%m/%Y"])))
    if status == "failed":
        p.add("small", "Your card issuer declined the payment. No amount has been charged.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Reward points are not earned on rent payments on some cards.",
                               "The rent reaches the landlord's bank account by NEFT / IMPS.",
                               "Download the rent receipt for HRA from the app."]))
    return p.done()


# ---------------------------------------------------------------- 3. a UPI app's result screen to a landlord or the society


UPI_ORDER = ["Google Pay", "PhonePe", "Paytm", "CRED", "BHIM", "Navi", "Amazon Pay", "super.money"]


def upi_landlord(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A tenant's or member's UPI app's result screen paying the landlord or the society (Google Pay, PhonePe,
    Paytm, CRED, BHIM, Navi, Amazon Pay, super.money; dark on CRED and Navi and some others): the outcome (a tick on
    some), the sum, Paid to / To / Sent to (Paying to on a failure or a wait) and the landlord or society, its handle,
    PhonePe's banking name on some, the UPI reference and the app's own id on some, the day, the account debited, a
    note ("Rent May", "Tanker charges"); a failed and a pending one."""
    k = place("upi_landlord")
    status = outcome(k, failed=(4,), pending=(1,))
    app = UPI_ORDER[k]
    d = Deal(rng, status, no_ref=k == 6, no_day=k == 2, low=150, high=95000, p_round=0.8,
             payee="society" if rng.random() < 0.35 else "landlord", caps=0.3)
    dark = app in ("CRED", "Navi") or rng.random() < 0.3
    p = screen(rng, font, "phone", dark=dark, width=rng.choice([600, 640]),
               title=rng.choice(["", "Payment status", "Transaction details"]),
               buttons=rng.choice([("Share", "Done"), ("Share receipt",), ("Done",), ()]))
    phone_frame(p, k, banner_at=7)
    rs = money(rng, font, 0.6)
    name, band, handles = UPI_APP_STYLES[app][:3]
    head(p, name, band, dark, ["UPI payment", "Pay to contact", "Send money"])
    banking = None
    if app == "PhonePe" and d.kind == "landlord" and rng.random() < 0.7:
        first, *rest = d.to.upper().split()
        banking = f"{first} {rng.choice(UPPER)} {' '.join(rest)}".strip()
    upi_rows(p, d, rs, handles, upi_id(rng, app, d.date), banking=banking)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "View history  |  Help", "Powered by UPI  |  NPCI"]))
    return p.done()


# ---------------------------------------------------------------- 4. the society office's maintenance receipt


MAINT_WAYS = ["cheque", "cheque", "UPI", "cash", "netbanking", "cash", "cheque", "UPI"]
BANKS_CHQ = ["HDFC Bank", "ICICI Bank", "State Bank of India", "Axis Bank", "Kotak Mahindra Bank", "Canara Bank",
             "Federal Bank", "Bank of Baroda"]
SOFTWARE = ["Tally Prime", "e-Society Pro", "ApnaComplex Accounting", "ADDA ERP", "SocietyNotes"]


def maintenance_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The society office's receipt for a member's dues (paper): a page of the carbon receipt book (the society on
    top with its registration and address, RECEIPT / MAINTENANCE RECEIPT, No., Date, "Received with thanks from Shri /
    Smt. <member>, Flat No. <flat>", the sum in words, by Cash / Cheque No. .. dated .. drawn on .. / UPI Ref No / NEFT
    UTR, towards maintenance / sinking fund for the month(s) .., the sum in figures "Rs. 12,500/-", Hon. Treasurer /
    Secretary, the office's violet stamp on some), or the accounting software's receipt voucher (Tally Prime, a society
    software: Receipt No., Dated, Member / Unit, Particulars, Amount Received, Mode, Chq No. and Bank, Narration,
    RECEIVED WITH THANKS); a cheque bounced (failed) and a cheque under clearing (pending)."""
    k = place("maintenance_receipt")
    status = outcome(k, failed=(6,), pending=(1,))
    way = MAINT_WAYS[k]
    due, low, high = rng.choice(DUES[:3] + DUES[5:6] + DUES[7:])
    d = Deal(rng, status, no_ref=k == 3, no_day=k == 5, low=max(low, 1500), high=high, p_round=0.95, caps=1.0)
    d.amount = whole_or(rng, d.amount, 50)
    name = d.to
    book = k % 2 == 0
    p = screen(rng, font, width=rng.choice([620, 660]), size=rng.choice([18, 19]))
    paper(p, rng)
    if book:
        p.style["paper"] = rng.choice([(250, 246, 225), (244, 240, 252), (252, 240, 240), (246, 250, 238)])
    rs = money(rng, font, 1.0, marks=("Rs.", "Rs", "₹", "INR"))
    months = "" if d.no_day else f" for {period(d, 3 if rng.random() < 0.5 else 1)}"
    chq = f"{rng.randrange(0, 999999):06d}"
    chq_bank = rng.choice(BANKS_CHQ)
    member = f"{rng.choice(['', '', 'Member '])}{d.tenant}"
    if book:
        society_head(p, d, name, ["RECEIPT", "MAINTENANCE RECEIPT", "MONEY RECEIPT"])
        if not d.no_ref:
            number = f"{rng.randrange(1, 9999):04d}"
            p.pair(rng.choice(["No.", "Receipt No."]), number, txn=(INVOICE_RANK, number))
        if not d.no_day:
            p.pair("Date", when(d.date, rng.choice(SLIP_PATS)), date=d.date)
        p.add("left", f"Received with thanks from {member}, Flat No. {d.flat}",
              **({"status": "success"} if status == "success" else {}))
        p.add("left", f"the sum of {words_in_rupees(d.amount)}")
        if way == "cash":
            p.add("left", "by Cash", method="cash")
        elif way == "UPI":
            p.add("left", rng.choice(["by UPI", "by UPI (GPay)", "by UPI / QR"]), method="UPI")
            if not d.no_ref:
                p.pair(rng.choice(["UPI Ref No.", "UTR No."]), d.ref, txn=(UTR_RANK, d.ref))
        elif way == "netbanking":
            p.add("left", rng.choice(["by NEFT", "by Bank Transfer (NEFT)"]), method="netbanking")
            if not d.no_ref:
                ref = neft_utr(rng.choice(["HDFC", "ICIC", "SBIN", "UTIB"]), rng, d.date)
                p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
        else:
            text = f"by Cheque No. {chq}"
            if not d.no_day:
                text += f" dated {when(d.date - dt.timedelta(days=rng.randrange(0, 4)), '%d/%m/%Y')}"
            p.add("left", text)
            p.add("left", f"drawn on {chq_bank}")
        p.add("left", f"towards {due.lower()}{months}")
        mark = sign(font, "\u20b9", "Rs.")
        p.add("left", f"{mark} {lakh(d.amount)[:-3]}/-", amount=d.amount)
    else:
        soft = rng.choice(SOFTWARE)
        society_head(p, d, name, ["RECEIPT VOUCHER", "Receipt", "MEMBER RECEIPT"])
        if not d.no_ref:
            number = f"{rng.choice(['RV', 'REC', ''])}{rng.randrange(1, 9999)}"
            p.pair(rng.choice(["Receipt No.", "Voucher No.", "Receipt No"]), number, txn=(INVOICE_RANK, number))
        if not d.no_day:
            p.pair(rng.choice(["Dated", "Date"]), when(d.date, rng.choice(["{d}-%b-%Y", "{d}-%b-%y", "%d/%m/%Y"])),
                   date=d.date)
        p.pair(rng.choice(["Member", "Account"]), d.tenant)
        p.pair(rng.choice(["Unit", "Flat No."]), d.flat)
        p.add("rule")
        p.pair("Particulars", "Amount")
        p.pair(due.split(" (")[0][:26], f"{d.amount:,.2f}")
        p.add("rule")
        p.pair(rng.choice(["Amount Received", "Total Received"]) if status == "success" else "Amount",
               rs(d.amount), amount=d.amount)
        words = words_in_rupees(d.amount)
        if glyphs(font, words):
            p.add("left", words)
        text = {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI / QR"]), "netbanking": "NEFT",
                "cheque": "Cheque"}[way]
        p.pair(rng.choice(["Mode", "Through", "Payment Mode"]), text, **({} if way == "cheque" else {"method": way}))
        if way == "cheque":
            p.pair("Chq No.", chq)
            if not d.no_day:
                p.pair("Chq Date", when(d.date - dt.timedelta(days=rng.randrange(0, 4)), "%d/%m/%Y"))
            p.pair("Bank", chq_bank)
        elif way in ("UPI", "netbanking") and not d.no_ref:
            ref = d.ref if way == "UPI" else neft_utr(rng.choice(["HDFC", "ICIC", "SBIN", "UTIB"]), rng, d.date)
            p.pair(rng.choice(["UTR", "Ref No."]) if way == "UPI" else "UTR No.", ref, txn=(UTR_RANK, ref))
        p.add("left", f"Narration: Being {due.lower()} received from {d.flat}{months}")
        if status == "success":
            p.add("center", rng.choice(["RECEIVED WITH THANKS", "Received with thanks"]), status="success")
    if status == "failed":
        p.add("center", rng.choice(["CHEQUE BOUNCED - RECEIPT CANCELLED", "CHEQUE RETURNED UNPAID"]),
              status="failed")
        p.add("small", "Reason: Funds insufficient. Bank charges of Rs. 500 will be debited to the member.")
    if status == "pending":
        p.add("center", rng.choice(["CHEQUE UNDER CLEARING - PROVISIONAL", "SUBJECT TO CLEARING - PROVISIONAL"]),
              status="pending")
    p.part = "foot"
    p.add("gap")
    p.add("small", "Cheques are subject to realisation. Please quote your flat number on the reverse of the cheque.")
    p.add("right", rng.choice(["Hon. Treasurer", "Hon. Secretary", "For " + SOCIETIES[d.town][2]]))
    if not book:
        p.add("small", f"Generated by {soft}")
    if status == "success" and rng.random() < 0.6:
        society_stamp(p, d, rng.choice(["RECEIVED", "PAID"]))
    return p.done()


# ---------------------------------------------------------------- 5. a cheque's acknowledgement, advice or status


CHQ_KINDS = ["advice", "enquiry_web", "return", "app", "advice_mail", "kiosk", "app", "enquiry_web"]
CHQ_APPS = [("HDFC Bank", (0, 76, 143)), ("ICICI iMobile", (174, 40, 30)), ("YONO SBI", (40, 62, 150)),
            ("Kotak 811", (220, 30, 40))]


def cheque_status(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A cheque to the society or a landlord: the payee's bank's credit advice (paper or e-mail: CREDIT TO / A/C
    HOLDER, DRAWER, CHEQUE NO, CHEQUE DATE, CREDIT DATE, AMOUNT, TRAN ID, STATUS: REALISED), the drawer's net banking
    or bank app's cheque status (Payee Name, Cheque No., Amount, Paid on / Cleared on, Inward Clg Ref No., Status
    Cleared / Paid), the return memo (DATE OF RETURN, A/C NAME, REASON, CHEQUE RETURNED UNPAID), a cheque deposit
    kiosk's acknowledgement (A/C NAME, Deposited on, ACCEPTED FOR CLEARING); a bounced one (failed) and one under
    clearing (pending)."""
    k = place("cheque_status")
    kind = CHQ_KINDS[k]
    status = {2: "failed", 5: "pending"}.get(k, "success")
    d = Deal(rng, status, no_ref=k == 3, no_day=k == 6, low=2500, high=450000, p_round=0.9,
             payee=rng.choice(["society", "society", "landlord", "manager"]), caps=0.5)
    d.amount = whole_or(rng, d.amount, 10)
    chq = f"{rng.randrange(0, 999999):06d}"
    chq_day = d.date - dt.timedelta(days=rng.randrange(1, 6))
    drawer = d.tenant.upper()
    drawn = rng.choice(BANKS_CHQ)
    if kind in ("advice", "advice_mail", "return", "kiosk"):
        mail = kind == "advice_mail"
        p = screen(rng, font, "mail" if mail else "crop", width=rng.choice([640, 680]), size=rng.choice([18, 19]))
        rbank = rng.choice(["HDFC BANK", "AXIS BANK", "ICICI BANK", "CANARA BANK", "FEDERAL BANK", "UNION BANK OF INDIA"])
        if mail:
            p.style["h106"].update({"from": f"{rbank.title()} <credit.advice@alerts.bank.in>",
                                    "subject": "Cheque realisation advice", "sent": hhmm(rng)})
            check([p.style["h106"]["from"]], font)
        else:
            paper(p, rng)
        p.part = "head"
        p.add("center", rbank)
        p.add("center", f"{CITIES[d.town][2].upper()} BRANCH, {CITIES[d.town][0].upper()}")
        p.add("center", {"advice": rng.choice(["CREDIT ADVICE - CHEQUE REALISED", "OUTWARD CLEARING - CREDIT ADVICE"]),
                         "advice_mail": "CREDIT ADVICE - CHEQUE REALISED", "return": "CHEQUE RETURN MEMO",
                         "kiosk": "CHEQUE DEPOSIT ACKNOWLEDGEMENT"}[kind])
        p.add("rule")
        p.part = "body"
        to = d.to.upper()[:26].strip()
        if kind == "kiosk":
            p.pair("KIOSK ID:", f"CDK{digits(rng, 5)}")
            if not d.no_day:
                p.pair(rng.choice(["DEPOSITED ON:", "DATE:"]), when(d.date, rng.choice(SLIP_PATS), upper=True) +
                       f" {hhmm(rng, twelve=False)}", date=d.date)
            p.pair("A/C NAME:", to, merchant=to)
            p.pair("A/C NO:", f"XXXXXXX{digits(rng, 4)}")
            p.pair("CHQ NO:", chq)
            p.pair("DRAWN ON:", drawn.upper()[:24])
            p.pair("AMOUNT:", slip_sum(rng, d.amount), amount=d.amount)
            if not d.no_ref:
                ref = f"{digits(rng, 10)}"
                p.pair(rng.choice(["TXN NO:", "SEQ NO:"]), ref, txn=(BANK_RANK, ref))
            p.add("rule")
            p.add("center", "CHEQUE ACCEPTED FOR CLEARING", status="pending")
            p.add("small", "CREDIT SUBJECT TO REALISATION. RETAIN THIS SLIP.")
            return p.done()
        if kind == "return":
            if not d.no_day:
                p.pair("DATE OF RETURN:", when(d.date, rng.choice(SLIP_PATS), upper=True), date=d.date)
            p.pair("A/C NAME:", to, merchant=to)
        else:
            p.pair(rng.choice(["CREDIT TO", "A/C HOLDER"]), to, merchant=to)
        p.pair("A/C NO", f"XXXXXXX{digits(rng, 4)}")
        p.pair(rng.choice(["DRAWER", "DRAWER NAME"]), drawer[:24])
        p.pair("DRAWN ON", drawn.upper()[:24])
        p.pair("CHEQUE NO", chq)
        if not d.no_day:
            p.pair("CHEQUE DATE", when(chq_day, "%d-%m-%Y"))
            if kind != "return":
                p.pair(rng.choice(["CREDIT DATE", "CLEARING DATE", "REALISED ON"]), when(d.date, rng.choice(SLIP_PATS)),
                       date=d.date)
        p.pair("AMOUNT", slip_sum(rng, d.amount), amount=d.amount)
        if not d.no_ref:
            ref = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 10)}", f"2026{digits(rng, 8)}"])
            p.pair(rng.choice(["TRAN ID", "CLG REF NO", "INSTRUMENT REF"]), ref, txn=(BANK_RANK, ref))
        p.add("rule")
        if kind == "return":
            p.add("center", "CHEQUE RETURNED UNPAID", status="failed")
            p.add("center", rng.choice(["REASON: 01 - FUNDS INSUFFICIENT", "REASON: 04 - PAYMENT STOPPED BY DRAWER",
                                        "REASON: 08 - SIGNATURE DIFFERS"]))
            p.pair("RETURN CHARGES", slip_sum(rng, float(rng.choice([354.0, 590.0, 236.0]))))
        else:
            p.add("center", rng.choice(["STATUS: REALISED", "CHEQUE REALISED - CREDITED"]), status="success")
        p.part = "foot"
        p.add("right", "BRANCH MANAGER" if kind == "return" else "Authorised Signatory")
        return p.done()
    rs = money(rng, font, 0.6, marks=("INR", "Rs.", "₹"))
    if kind == "enquiry_web":
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        bank = rng.choice(["Axis Bank", "ICICI Bank", "Kotak Mahindra Bank", "State Bank of India"])
        p.style["h106"]["url"] = {"Axis Bank": "omni.axisbank.co.in/axisretailbanking/cheque-status",
                                  "ICICI Bank": "infinity.icicibank.com/corp/ChequeStatus",
                                  "Kotak Mahindra Bank": "netbanking.kotak.com/knb2/chequeStatus",
                                  "State Bank of India": "retail.onlinesbi.sbi/retail/chequestatus.htm"}[bank]
        p.part = "head"
        top(p, bank)
        p.add("center", rng.choice(["Cheque Status Enquiry", "Issued Cheque Status"]))
        p.add("rule")
    else:
        dark = rng.random() < 0.3
        bank, band = rng.choice(CHQ_APPS)
        p = screen(rng, font, "phone", dark=dark, width=620, title="Cheque status", buttons=("Done",))
        phone_frame(p, k)
        head(p, bank, band, dark, ["Services", "Cheque book & status"])
    p.part = "body"
    p.pair(rng.choice(["Account No.", "From A/c"]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair("Cheque No.", chq)
    payee_pair(p, ["Payee Name", "Payee"], d.to)
    p.pair("Amount", rs(d.amount), amount=d.amount)
    if not d.no_day:
        p.pair(rng.choice(["Paid on", "Cleared on", "Debit date"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    if not d.no_ref:
        ref = digits(rng, 12)
        p.pair(rng.choice(["Inward Clg Ref No.", "Clearing Ref No."]), ref, txn=(BANK_RANK, ref))
    p.pair("Status", rng.choice(["Cleared", "Paid", "Paid - Inward clearing"]), status="success")
    p.part = "foot"
    p.add("gap")
    p.add("small", "Cheque images are available for 90 days from the date of clearing.")
    return p.done()


# ---------------------------------------------------------------- 6. a security deposit by net banking


XFER = [("Kotak Net Banking", None, "web", "RTGS", "KKBK"), ("ICICI Bank Internet Banking", None, "web", "NEFT", "ICIC"),
        ("OnlineSBI", None, "web", "IMPS", "SBIN"), ("HDFC Bank MobileBanking", (0, 76, 143), "app", "IMPS", "HDFC"),
        ("Axis Mobile", (151, 20, 77), "app", "NEFT", "UTIB"), ("IDFC FIRST Bank", (157, 29, 39), "app", "RTGS", "IDFB"),
        ("Yes Bank NetBanking", None, "web", "NEFT", "YESB"), ("IndusInd Bank", None, "web", "RTGS", "INDB")]
XFER_URLS = {"Kotak Net Banking": "netbanking.kotak.com/knb2/fundTransfer",
             "ICICI Bank Internet Banking": "infinity.icicibank.com/corp/BANKAWAY",
             "OnlineSBI": "retail.onlinesbi.sbi/retail/fundstransfer.htm",
             "Yes Bank NetBanking": "yesonline.yesbank.co.in/retail/transfer/ack",
             "IndusInd Bank": "indusnet.indusind.com/ib/FundTransfer"}


def transfer_ack(rng: random.Random, font: str, k: int, row: tuple, status: str, d, *, url: str | None,
                 widths: list[int], third_head: str, payee_labels: list[str]) -> tuple[Screen, Callable]:
    """A bank's net banking or app page after an NEFT, RTGS or IMPS (``row``: title, band, kind, mode), from its frame
    down to the transfer mode: the outcome, the sum, the payee (under one of ``payee_labels``), the account and
    IFSC; and the sum's format for the rows the caller adds (heldout125 and heldout126 send money with it too)."""
    title, band, kind, mode, *_ = row
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice(widths), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = url
        dark = False
    else:
        dark = rng.random() < 0.35
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Transaction status"]),
                   buttons=rng.choice([("Share", "Done"), ("Download receipt",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.6)
    head(p, title, band if kind == "app" else None, dark, ["Fund Transfer", f"{mode} - Other bank", third_head])
    if kind == "web":
        p.add("center", rng.choice(["Fund Transfer Acknowledgement", "Transaction Acknowledgement",
                                    f"{mode} Transfer - Confirmation"]))
    p.part = "body"
    status_line(p, {"success": ["Transaction Successful", "Funds transferred successfully",
                                f"{mode} transfer successful"],
                    "failed": ["Transaction Failed", "Returned by beneficiary bank", f"{mode} transfer failed"],
                    "pending": ["Pending at beneficiary bank", f"{mode} under process", "Transaction in process"]},
                status)
    if kind == "app":
        p.add("big", rs(d.amount), amount=d.amount)
    else:
        p.pair(rng.choice(["Amount", "Transfer Amount", "Amount (INR)"]), rs(d.amount), amount=d.amount)
    payee_pair(p, payee_labels, d.to)
    p.pair(rng.choice(["Beneficiary A/c", "To Account", "Account No."]), f"XXXXXXXX{digits(rng, 4)}")
    p.pair(rng.choice(["IFSC", "IFSC Code"]), ifsc(rng))
    p.pair(rng.choice(["Transfer Mode", "Payment Type", "Mode"]), mode, method="netbanking")
    return p, rs


def deposit_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A tenant's net banking or bank app after an NEFT, RTGS or IMPS of a security deposit (or a token advance) to
    the landlord or the property manager (Kotak, ICICI, OnlineSBI, HDFC Bank, Axis Mobile, IDFC FIRST Bank, Yes Bank,
    IndusInd): the acknowledgement's title, the outcome, Amount (large on apps), Beneficiary Name / Payee /
    Beneficiary, the account and IFSC, Transfer Mode / Payment Type, UTR / IMPS Ref No and the bank's Reference No. /
    Transaction ID on some, Transaction Date / Value Date, Debit Account, Purpose (Security deposit) and Remarks
    (the flat), Charges with GST and Total Amount Debited on some NEFT and RTGS pages; a returned one (failed) and one
    pending at the beneficiary bank (pending)."""
    k = place("deposit_transfer")
    status = outcome(k, failed=(6,), pending=(1,))
    title, band, kind, mode, head4 = XFER[k]
    no_ref, no_day = k == 4, k == 2
    d = Deal(rng, status, no_ref=no_ref, no_day=no_day, low=200000 if mode == "RTGS" else 20000,
             high=600000 if mode == "RTGS" else 195000, p_round=0.95,
             payee="manager" if rng.random() < 0.3 else "landlord", caps=0.4)
    d.amount = whole_or(rng, d.amount, 1000)
    p, rs = transfer_ack(rng, font, k, XFER[k], status, d, url=XFER_URLS.get(title), widths=[680, 720],
                         third_head="Pay to payee", payee_labels=["Beneficiary Name", "Payee", "Beneficiary"])
    transfer_rows(p, rng, d.date, kind=kind, mode=mode, head4=head4, status=status, no_ref=no_ref, no_day=no_day,
                  own_labels=["Reference No.", "Transaction ID", "Txn Ref No"], txn_label="Transaction ID")
    p.pair("Purpose", rng.choice(["Security deposit", "Rent deposit", "Token advance", "Lease deposit"]))
    if rng.random() < 0.7:
        p.pair("Remarks", rng.choice([f"Deposit {d.flat}", f"SD flat {d.flat}", "Security deposit rent",
                                      f"{SOCIETIES[d.town][2]} {d.flat}"[:26]]))
    if mode != "IMPS" and rng.random() < 0.6:
        fee = float(rng.choice([2.5, 5.0, 15.0, 24.5, 49.5]))
        gst = round(fee * 0.18, 2)
        p.pair("Charges", rs(fee))
        p.pair("GST on Charges", rs(gst))
        p.pair(rng.choice(["Total Amount Debited", "Total Debit Amount"]), rs(round(d.amount + fee + gst, 2)))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the transfer: account closed. The amount is credited back.")
    if status == "pending":
        p.add("small", "Please check the status after some time. Do not repeat the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password with anyone.", "Add payee to favourites"]))
    return p.done()


# ---------------------------------------------------------------- 7. a landlord's rent receipt for HRA


HRA_WAYS = ["cash", "netbanking", "UPI", "cash", "cheque", "cash", "UPI", "cheque"]
HRA_KINDS = ["form", "generated", "letter", "form", "letter", "generated", "form", "letter"]


def hra_rent_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A landlord's rent receipt as tenants submit it for HRA (a printed form filled in, a generator's PDF, a typed
    letter): RENT RECEIPT, Receipt No. on some, Date, "Received with thanks from <tenant> a sum of Rs. X (in words)
    towards the rent of <the flat's address> for the period 01-05-2026 to 31-05-2026" (no period on the page with no
    day), Mode (cash, NEFT with its UTR, UPI with its reference, cheque No. .. drawn on ..), Amount, Name of Landlord /
    Landlord's Name, Landlord PAN, the revenue stamp's box for cash over Rs 5,000, Landlord's signature; a cheque
    dishonoured (failed) and a post-dated cheque (pending)."""
    k = place("hra_rent_receipt")
    status = outcome(k, failed=(4,), pending=(7,))
    way = HRA_WAYS[k]
    kind = HRA_KINDS[k]
    d = Deal(rng, status, no_ref=k == 2, no_day=k == 5, low=7000, high=95000, p_round=1.0, payee="landlord",
             caps=0.3)
    d.amount = whole_or(rng, d.amount, 500)
    w = {"form": rng.choice([620, 660]), "generated": rng.choice([640, 680]), "letter": rng.choice([660, 700])}[kind]
    p = screen(rng, font, width=w, size=rng.choice([18, 19]))
    paper(p, rng)
    if kind == "form":
        p.style["paper"] = rng.choice([(250, 248, 232), (245, 245, 240)])
    rs = money(rng, font, 1.0, marks=("Rs.", "Rs", "₹", "INR"))
    p.part = "head"
    p.add("title" if kind != "letter" else "center", "RENT RECEIPT")
    if kind == "generated" or rng.random() < 0.3:
        p.add("small", "(for House Rent Allowance under section 10(13A))")
    p.add("rule")
    p.part = "body"
    if not d.no_ref and (kind != "letter" or rng.random() < 0.5):
        number = rng.choice([f"{rng.randrange(1, 99):02d}", f"RR-{rng.randrange(1, 999):03d}"])
        p.pair(rng.choice(["Receipt No.", "Receipt No"]), number, txn=(INVOICE_RANK, number))
    if not d.no_day:
        p.pair("Date", when(d.date, rng.choice(SLIP_PATS + ["%d %B %Y"])), date=d.date)
    first = d.date.replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    span = "" if d.no_day else (f" for the period {when(first, '%d-%m-%Y')} to {when(last, '%d-%m-%Y')}"
                                if rng.random() < 0.5 else f" for the month of {when(first, '%B %Y')}")
    mark = rs(d.amount)
    p.add("left", f"Received with thanks from {d.tenant} a sum of {mark} "
                  f"({words_in_rupees(d.amount)}) towards the rent of {d.address()}{span}.",
          **({"status": "success"} if status == "success" else {}))
    chq = f"{rng.randrange(0, 999999):06d}"
    if way == "cash":
        p.pair(rng.choice(["Mode of payment", "Paid by"]), "Cash", method="cash")
    elif way == "UPI":
        p.pair(rng.choice(["Mode of payment", "Paid by"]), rng.choice(["UPI", "UPI (Google Pay)", "UPI / PhonePe"]),
               method="UPI")
        if not d.no_ref:
            p.pair(rng.choice(["UPI Ref No.", "UTR"]), d.ref, txn=(UTR_RANK, d.ref))
    elif way == "netbanking":
        p.pair(rng.choice(["Mode of payment", "Paid by"]), rng.choice(["NEFT", "Bank transfer (NEFT)", "IMPS"]),
               method="netbanking")
        if not d.no_ref:
            ref = neft_utr(rng.choice(["HDFC", "ICIC", "SBIN", "KKBK"]), rng, d.date)
            p.pair("UTR No.", ref, txn=(UTR_RANK, ref))
    else:
        p.pair(rng.choice(["Mode of payment", "Paid by"]), "Cheque")
        p.pair("Cheque No.", chq)
        p.pair("Drawn on", rng.choice(BANKS_CHQ))
        if status == "pending" and not d.no_day:
            p.pair("Cheque Date", when(d.date + dt.timedelta(days=rng.randrange(10, 30)), "%d/%m/%Y"))
    p.pair(rng.choice(["Amount", "Rent paid", "Rent Amount"]), mark, amount=d.amount)
    lab = rng.choice(["Name of Landlord", "Landlord's Name", "Landlord"])
    p.pair(lab, d.to, merchant=d.to)
    if d.amount * 12 > 100000 or rng.random() < 0.5:
        pan = f"{code(rng, 3, UPPER)}P{d.to.split()[-1][0].upper()}{digits(rng, 4)}{code(rng, 1, UPPER)}"
        p.pair(rng.choice(["Landlord PAN", "PAN of Landlord"]), pan)
    p.add("small", f"Address of landlord: {rng.randrange(2, 90)}, {rng.choice(['MG Road', 'Nehru Nagar', 'Civil Lines', 'Model Colony'])}, "
                   f"{CITIES[rng.randrange(8)][0]}")
    if status == "failed":
        p.add("center", "CHEQUE DISHONOURED - RECEIPT CANCELLED", status="failed")
    if status == "pending":
        p.add("center", rng.choice(["POST-DATED CHEQUE - RENT CREDITED ON REALISATION",
                                    "PDC RECEIVED - TO BE PRESENTED ON CHEQUE DATE"]), status="pending")
    p.part = "foot"
    p.add("gap")
    if way == "cash" and d.amount > 5000:
        p.add("right", "[ Revenue Stamp Re. 1 ]")
        p.add("small", "Revenue stamp affixed: cash payment above Rs. 5,000.")
    p.add("right", "Signature of Landlord")
    p.add("right", f"({d.to})")
    if kind == "generated":
        p.add("small", rng.choice(["Generated with a free online rent receipt generator.",
                                   "This receipt was generated online and is valid with the landlord's signature."]))
    return p.done()


# ---------------------------------------------------------------- 8. a mandate's or auto-pay's debit alert


ALERTS = [("sms", "HDFCBK", "HDFC Bank"), ("sms", "ICICIT", "ICICI Bank"), ("sms", "AXISBK", "Axis Bank"),
          ("mail", "alerts@kotak.com", "Kotak Mahindra Bank"), ("sms", "SBIUPI", "State Bank of India"),
          ("mail", "alerts@idfcfirstbank.com", "IDFC FIRST Bank"), ("sms", "YESBNK", "Yes Bank"),
          ("mail", "noreply@nobrokerhood.com", "NoBrokerHood")]


def autopay_alert(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A mandate's debit for rent or maintenance as the bank (or the society app) tells it: HDFC Bank's UPI AutoPay SMS
    ("debited ... towards UPI AutoPay mandate for <NAME>", UPI Ref), ICICI Bank's NACH debit SMS ("towards
    NACH-DR-<NAME>", UMRN, no other reference), Axis Bank's NACH debit returned unpaid (failed), Kotak's auto-pay
    e-mail (Payee, Amount, Debit date, UPI Ref No), SBI's AutoPay under process (pending), IDFC FIRST Bank's standing
    instruction e-mail by NEFT with no day (the header's hour only), Yes Bank's standing instruction SMS with its UTR,
    and NoBrokerHood's auto-debit e-mail for the maintenance (Society, Flat, Amount, Debited on, UPI Ref No)."""
    k = place("autopay_alert")
    status = outcome(k, failed=(2,), pending=(4,))
    kind, sender_id, bank = ALERTS[k]
    no_day = k == 5
    d = Deal(rng, status, no_ref=k == 1, no_day=no_day, low=1500, high=110000, p_round=0.9,
             payee="society" if k in (1, 7) or rng.random() < 0.3 else "landlord", caps=1.0 if kind == "sms" else 0.3)
    d.amount = whole_or(rng, d.amount, 50)
    acct = digits(rng, 4)
    named = d.to.upper()[:24].strip() if kind == "sms" else d.to
    mark = rng.choice(["Rs.", "Rs ", "INR "])
    s = mark + rng.choice([f"{d.amount:.2f}", f"{d.amount:,.2f}", lakh(d.amount)])
    bal = f"{rng.choice(['Avl Bal', 'Avl bal:', 'Bal'])} {mark}{other_sum(rng, d.amount, 3000, 400000):,.2f}"
    umrn = f"{rng.choice(['HDFC', 'ICIC', 'UTIB'])}7{digits(rng, 15)}"
    if kind == "sms":
        method, txn = "netbanking", None
        if k == 0:
            txn, method = (UTR_RANK, d.ref), "UPI"
            text = (f"{s} debited from A/c XX{acct} on {when(d.date, '%d-%m-%y')} towards UPI AutoPay mandate for "
                    f"{named}. UPI Ref {d.ref}. Not you? Call 18002586161 -HDFC Bank")
        elif k == 1:
            text = (f"Dear Customer, your A/c XX{acct} is debited with {s} on {when(d.date, '%d-%b-%y', True)} "
                    f"towards NACH-DR-{named}. UMRN {umrn}. {bal} -ICICI Bank")
        elif k == 2:
            text = (f"NACH debit of {s} towards {named} presented on {when(d.date, '%d/%m/%Y')} has been returned "
                    f"unpaid from A/c XX{acct} due to insufficient funds. Return charges apply. -Axis Bank")
        elif k == 4:
            txn, method = (UTR_RANK, d.ref), "UPI"
            text = (f"Your UPI AutoPay of {s} to {named} from A/c XX{acct} on {when(d.date, '%d-%m-%Y')} is under "
                    f"process. UPI Ref {d.ref}. Please maintain balance. -SBI")
        else:
            ref = neft_utr("YESB", rng, d.date)
            txn = (UTR_RANK, ref)
            text = (f"Standing Instruction executed: {s} debited from A/c XX{acct} on {when(d.date, '%d.%m.%Y')} "
                    f"for NEFT to {named}. UTR {ref}. {bal} -Yes Bank")
        check([text], font)
        p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
        sender = f"{rng.choice(['AX', 'VM', 'JD', 'VK', 'BP', 'AD'])}-{sender_id}-S"
        divider = rng.choice([when(d.date, "%A, {d} %B"), when(d.date, "{d} %b %Y"), when(d.date, "%a, {d} %b")])
        p.style["h106"].update({"sender": sender, "divider": divider, "text": text,
                                "time": hhmm(rng, lower=rng.random() < 0.3)})
        facts: dict = {"amount": d.amount, "status": status, "method": method, "date": d.date}
        if txn:
            facts["txn"] = txn
        p.add("left", text, merchant=named, **facts)
        return p.done()
    rs = money(rng, font, 0.5, marks=("Rs.", "INR", "₹"))
    p = screen(rng, font, "mail", width=rng.choice([680, 720]), size=rng.choice([18, 19]))
    subject = {3: "AutoPay executed successfully", 5: "Standing Instruction executed",
               7: "Maintenance auto-debit successful"}[k]
    p.style["h106"].update({"from": f"{bank} <{sender_id}>", "subject": subject, "sent": hhmm(rng)})
    check([p.style["h106"]["from"], subject], font)
    p.part = "body"
    p.add("left", f"Dear {d.tenant.split()[0] if k != 7 else 'Resident'},")
    if k == 3:
        p.add("left", f"Your UPI AutoPay mandate for {'rent' if d.kind == 'landlord' else 'maintenance'} was executed "
              f"successfully from your account XX{acct}.",
              status="success", method="UPI")
        p.pair(rng.choice(["Payee", "Paid to"]), d.to, merchant=d.to)
        p.pair("Amount", rs(d.amount), amount=d.amount)
        p.pair(rng.choice(["Debit date", "Executed on"]), stamp(rng, d.date, SLIP_PATS), date=d.date)
        p.pair("Mandate", rng.choice(["Monthly", "Monthly, until revoked"]))
        p.pair("UMN", f"{code(rng, 10, 'abcdef0123456789')}@{rng.choice(['kotak', 'ybl'])}")
        labelled(p, "UPI Ref No", d.ref, txn=(UTR_RANK, d.ref))
    elif k == 5:
        p.add("left", f"The standing instruction on your account XX{acct} was executed successfully today.",
              status="success")
        p.pair(rng.choice(["Beneficiary", "Beneficiary Name"]), d.to, merchant=d.to)
        p.pair("Amount", rs(d.amount), amount=d.amount)
        p.pair("Mode", "NEFT", method="netbanking")
        p.pair("Frequency", "Monthly")
        ref = neft_utr("IDFB", rng, d.date)
        p.pair("UTR", ref, txn=(UTR_RANK, ref))
        p.pair("SI Reg ID", f"SI{digits(rng, 9)}")
    else:
        short = SOCIETIES[d.town][2]
        p.add("left", f"The maintenance for your flat in {short} was auto-debited through your UPI AutoPay mandate.",
              status="success")
        p.pair(rng.choice(["Society", "Paid to"]), d.to, merchant=d.to)
        p.pair("Flat", d.flat)
        p.pair("Bill period", period(d, 3))
        p.pair("Amount", rs(d.amount), amount=d.amount)
        p.pair("Debited on", stamp(rng, d.date, SLIP_PATS), date=d.date)
        p.pair("Payment mode", "UPI AutoPay", method="UPI")
        labelled(p, rng.choice(["UPI Ref No", "UTR"]), d.ref, txn=(UTR_RANK, d.ref))
    p.part = "foot"
    p.add("gap")
    p.add("small", "To pause or revoke the mandate, use the app's mandate section. Do not reply to this e-mail.")
    return p.done()


# ---------------------------------------------------------------- 9. a broker's brokerage invoice


BROKERS = [("Keystone Realty Consultants", "firm"), ("Nestwell Property Advisors", "firm"),
           ("Urban Roof Estate Agency", "firm"), ("Sanjay Patil", "person"), ("Trident Homes & Rentals", "firm"),
           ("Coastal Key Realtors", "firm"), ("Shubh Aavas Realty", "firm"), ("Manoj Khurana", "person")]
BROKER_WAYS = ["UPI", "netbanking", "cash", "cheque", "UPI", "netbanking", "UPI", "card"]


def brokerage_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A broker's brokerage invoice or receipt (paper, a PDF in a browser): the broker on top (a firm, or a person as
    "Property Consultant"), RERA Agent Reg. No., GSTIN on the firms', TAX INVOICE / BROKERAGE RECEIPT, Invoice No, Date,
    Bill to (the tenant), the property and landlord, the monthly rent and the lease start (another day), Brokerage
    (a month's or half a month's rent), CGST and SGST @9%, Total, Amount received with the way and its reference,
    the outcome (PAID, PAYMENT RECEIVED); a cheque returned (failed) and an invoice unpaid till the agreement is
    registered (pending)."""
    k = place("brokerage_invoice")
    status = outcome(k, failed=(3,), pending=(6,))
    broker, form = BROKERS[k]
    way = BROKER_WAYS[k]
    d = Deal(rng, status, no_ref=k == 0, no_day=k == 4, low=12000, high=150000, payee="landlord", caps=0.0)
    rent = whole_or(rng, d.amount, 500)
    share = rng.choice([1.0, 0.5, 1.0])
    base = round(rent * share, 2)
    gst = form == "firm" or rng.random() < 0.5
    cgst = round(base * 0.09, 2) if gst else 0.0
    total = round(base + 2 * cgst, 2)
    d.amount = total
    landlord = d.to
    d.to = broker.upper() if rng.random() < 0.4 else broker
    web = k in (1, 5)
    if web:
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = f"drive.google.com/file/d/{code(rng, 12, 'abcdefghjkmnpqrstuvwxyz0123456789')}/view"
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([18, 19]))
        paper(p, rng)
    rs = money(rng, font, 0.6, marks=("Rs.", "₹", "INR", "Rs"))
    city = CITIES[d.town]
    p.part = "head"
    top(p, d.to, merchant=d.to)
    if form == "person":
        p.add("center", "Property Consultant - Rentals & Resale")
    p.add("small", rng.choice([f"RERA Agent Reg. No. A5{rng.randrange(1000, 9999)}{digits(rng, 6)}",
                               f"RERA Reg. No. PRM/{city[6]}/RERA/{rng.randrange(100, 9999)}/AG"]))
    if gst:
        p.add("small", f"GSTIN: {city[5]}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{rng.randrange(1, 9)}")
    p.add("center", f"{city[2]}, {city[0]}")
    p.add("center", rng.choice(["TAX INVOICE", "BROKERAGE INVOICE", "BROKERAGE RECEIPT"]) if gst
          else "BROKERAGE RECEIPT")
    p.add("rule")
    p.part = "body"
    if not d.no_ref:
        year = "" if d.no_day else ("26-27/" if d.date.month >= 4 else "25-26/")
        number = f"{code(rng, 2, UPPER)}/{year}{rng.randrange(1, 999):03d}"
        p.pair(rng.choice(["Invoice No", "Invoice No.", "Receipt No"]), number, txn=(INVOICE_RANK, number))
    if not d.no_day:
        p.pair(rng.choice(["Date", "Invoice Date"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Bill to", "Client"]), d.tenant)
    p.add("small", f"Property: {d.address()}")
    p.pair("Landlord", landlord)
    p.pair(rng.choice(["Monthly rent", "Agreed rent"]), rs(rent))
    if not d.no_day:
        p.pair(rng.choice(["Lease start", "Agreement from"]),
               when(d.date + dt.timedelta(days=rng.randrange(3, 20)), "%d/%m/%Y"))
    p.add("rule")
    p.pair(f"Brokerage ({'one month' if share == 1.0 else '15 days'} rent)", rs(base))
    if gst:
        p.pair("CGST @ 9%", rs(cgst))
        p.pair("SGST @ 9%", rs(cgst))
        p.pair(rng.choice(["Total", "Invoice Total"]), rs(total))
    if status == "success":
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
    else:
        p.pair(rng.choice(["Amount payable", "Total payable"]) if status == "pending" else "Amount",
               rs(total), amount=total)
    words = words_in_rupees(total)
    if glyphs(font, words) and rng.random() < 0.6:
        p.add("left", words)
    if status == "pending":
        p.pair("Payment", "Due on registration of the agreement")
    else:
        text = {"UPI": rng.choice(["UPI", "UPI (PhonePe)"]), "netbanking": rng.choice(["NEFT", "IMPS"]),
                "cash": "Cash", "cheque": "Cheque", "card": f"Card {masked(rng, font)}"}[way]
        p.pair(rng.choice(["Mode", "Payment mode", "Received by"]), text, **({} if way == "cheque" else
                                                                           {"method": way}))
        if way == "cheque":
            p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
        elif not d.no_ref and way in ("UPI", "netbanking") and status == "success":
            ref = d.ref if way == "UPI" else neft_utr(rng.choice(["HDFC", "ICIC", "KKBK"]), rng, d.date)
            p.pair(rng.choice(["UPI Ref No", "UTR"]) if way == "UPI" else "UTR", ref, txn=(UTR_RANK, ref))
        elif not d.no_ref and way == "card":
            appr = digits(rng, 6)
            p.pair("Approval Code", appr, txn=(APPR_RANK, appr))
    p.add("rule")
    p.add("center", {"success": rng.choice(["PAID", "PAYMENT RECEIVED", "** PAID **"]),
                     "failed": "CHEQUE RETURNED UNPAID - INVOICE OUTSTANDING",
                     "pending": "UNPAID"}[status], status=status)
    p.part = "foot"
    p.add("small", "Brokerage once paid is not refundable if the tenant withdraws after the token.")
    p.add("right", f"For {broker}" if form == "firm" else broker)
    return p.done()


# ---------------------------------------------------------------- 10. a security deposit's refund


REFUND_KINDS = ["mail", "statement", "mail", "voucher", "statement", "voucher", "mail", "statement"]
REFUND_WAYS = ["netbanking", "netbanking", "netbanking", "cheque", "netbanking", "cash", "UPI", "netbanking"]
DEDUCTIONS = [("Painting", 6000, 18000), ("Deep cleaning", 2500, 6000), ("Unpaid electricity", 600, 4500),
              ("Broken fittings", 800, 5000), ("Society dues pending", 1500, 9000), ("Key not returned", 500, 1500)]


def deposit_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The refund of a security deposit to an outgoing tenant: the landlord's e-mail (the sentence, Refunded by, the
    table), a property manager's Deposit Settlement Statement (the company on top, Tenant, Flat, Move-out date,
    Security deposit held, deductions for painting, cleaning, unpaid bills, Refund amount / Net refund, Mode NEFT
    with its UTR, Refund date / Refunded on, Status) or the society's refund voucher of a move-in / interior work
    deposit (the society on top, Voucher No, Paid to (the member), by cheque or cash); a refund returned (failed) and
    one initiated (pending)."""
    k = place("deposit_refund")
    status = outcome(k, failed=(4,), pending=(2,))
    kind = REFUND_KINDS[k]
    way = REFUND_WAYS[k]
    payee = {"mail": "landlord", "statement": "manager", "voucher": "society"}[kind]
    d = Deal(rng, status, no_ref=k == 7, no_day=k == 5, payee=payee, caps=0.4 if kind != "voucher" else 1.0)
    if kind == "voucher":
        held = float(rng.choice([10000, 15000, 25000, 50000]))
        cuts = [("Damage to common area", float(rng.choice([0, 1500, 2500, 4000])))]
    else:
        held = float(rng.choice([50000, 75000, 100000, 150000, 200000, 250000, 300000]))
        cuts = [(name, float(round(rng.uniform(lo, hi) / 50) * 50)) for name, lo, hi in rng.sample(DEDUCTIONS, 2)]
        if rng.random() < 0.5:
            cuts[-1] = (cuts[-1][0], round(cuts[-1][1] + rng.choice([0.5, 0.25, 0.75]) * 10, 2))
    cuts = [(n, v) for n, v in cuts if v]
    refund = round(held - sum(v for _, v in cuts), 2)
    d.amount = refund
    rs = money(rng, font, 0.5, marks=("Rs.", "₹", "INR", "Rs"))
    word = {"success": rng.choice(["Refund processed", "Refund credited", "REFUND PAID"]),
            "failed": rng.choice(["Refund failed - NEFT returned", "REFUND FAILED - ACCOUNT CLOSED"]),
            "pending": rng.choice(["Refund initiated", "Refund under process"])}[status]
    day_label = {"success": ["Refund date", "Refunded on", "Date"], "failed": ["Refund initiated on", "Date"],
                 "pending": ["Refund initiated on", "Initiated on"]}[status]
    where = {"netbanking": f"NEFT to A/c XXXXXX{digits(rng, 4)}", "cash": "Cash",
             "UPI": f"UPI - {d.tenant.split()[0].lower()}{rng.randrange(10, 99)}@okaxis", "cheque": "Cheque"}[way]
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        subject = {"success": "Security deposit refund", "failed": "Deposit refund - transfer returned",
                   "pending": "Security deposit refund initiated"}[status]
        mailname = d.to.title() if d.to.isupper() else d.to
        p.style["h106"].update({"from": f"{mailname} <{mailname.split()[-1].lower()}.{rng.randrange(60, 99)}@gmail.com>",
                                "subject": subject, "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
        p.part = "body"
        p.add("left", f"Hi {d.tenant.split()[0]},")
        p.add("left", {"success": f"I have refunded your security deposit for flat {d.flat} after the deductions "
                                  "we agreed at the move-out inspection.",
                       "failed": "The transfer of your deposit came back from your bank. Please send me your "
                                 "current account details.",
                       "pending": "I have initiated the transfer of your deposit. It should reach you in a day or "
                                  "two."}[status])
        p.add("gap")
        p.pair(rng.choice(["Refunded by", "Landlord"]), d.to, merchant=d.to)
    elif kind == "statement":
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([18, 19]))
        paper(p, rng)
        p.part = "head"
        top(p, d.to, merchant=d.to)
        p.add("center", f"{CITIES[d.town][2]}, {CITIES[d.town][0]}")
        p.add("center", rng.choice(["DEPOSIT SETTLEMENT STATEMENT", "SECURITY DEPOSIT REFUND ADVICE"]))
        p.add("rule")
        p.part = "body"
    else:
        p = screen(rng, font, width=rng.choice([620, 660]), size=rng.choice([18, 19]))
        paper(p, rng)
        society_head(p, d, d.to, ["REFUND VOUCHER", "PAYMENT VOUCHER - DEPOSIT REFUND"])
    if not d.no_ref:
        if kind == "voucher":
            number = f"PV/{rng.randrange(1, 999):03d}"
            p.pair(rng.choice(["Voucher No", "Voucher No."]), number, txn=(INVOICE_RANK, number))
        elif kind == "statement":
            number = f"DS-{rng.randrange(1000, 9999)}"
            p.pair(rng.choice(["Statement No", "Ref No"]), number, txn=(INVOICE_RANK, number))
    if not d.no_day and kind != "mail":
        p.pair(rng.choice(day_label), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Tenant", "Refund to", "Paid to"]) if kind != "voucher" else rng.choice(["Paid to", "Member"]),
           d.tenant)
    p.pair(rng.choice(["Flat", "Property"]), f"{d.flat}, {SOCIETIES[d.town][2]}"[:28])
    if not d.no_day and kind != "voucher":
        p.pair(rng.choice(["Move-out date", "Vacated on"]),
               when(d.date - dt.timedelta(days=rng.randrange(3, 25)), "%d/%m/%Y"))
    p.pair(rng.choice(["Security deposit held", "Deposit received"]) if kind != "voucher"
           else rng.choice(["Interior work deposit", "Move-in deposit"]), rs(held))
    for name, value in cuts:
        p.pair(f"Less: {name}", rs(value))
    p.pair(rng.choice(["Refund amount", "Net refund", "Amount refunded"]) if status == "success"
           else rng.choice(["Refund amount", "Net refund"]), rs(refund), amount=refund)
    p.pair(rng.choice(["Mode", "Refund mode"]), where, **({} if way == "cheque" else {"method": way}))
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
    if not d.no_ref and status == "success" and way in ("netbanking", "UPI"):
        ref = neft_utr(rng.choice(["HDFC", "ICIC", "SBIN", "KKBK"]), rng, d.date) if way == "netbanking" else d.ref
        p.pair(rng.choice(["UTR", "UTR No."]) if way == "netbanking" else "UPI Ref No", ref, txn=(UTR_RANK, ref))
    elif not d.no_ref and kind == "mail":
        own = f"{digits(rng, 11)}"
        p.pair(rng.choice(["Bank Ref No", "Reference No."]), own, txn=(BANK_RANK, own))
    if not d.no_day and kind == "mail":
        p.pair(rng.choice(day_label), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Status", "Refund Status"]), word, status=status)
    p.part = "foot"
    p.add("gap")
    if way == "cash":
        p.pair("Receiver's signature", "______________")
    p.add("small", rng.choice(["Deductions as per the move-out inspection report signed by both parties.",
                               "The lease stands closed with this refund."]) if kind != "voucher" else
              "Refund of the deposit held against interior work in the flat.")
    if kind == "voucher" and status == "success" and rng.random() < 0.6:
        society_stamp(p, d, "PAID", role="HON. TREASURER")
    return p.done()


# ---------------------------------------------------------------- 11. an electricity sub-meter's prepaid recharge


METER_VENDORS = [("WattPay", (0, 140, 90), "app"), ("VoltEdge Meters", (20, 60, 150), "portal"),
                 ("PowerNest", (220, 110, 20), "app"), ("MeterHub", None, "mail"),
                 ("WattPay", (0, 140, 90), "app"), ("VoltEdge Meters", (20, 60, 150), "portal"),
                 ("PowerNest", (220, 110, 20), "app"), ("MeterHub", None, "mail")]
METER_WAYS = ["UPI", "card", "UPI", "netbanking", "UPI", "wallet", "card", "UPI"]


def meter_recharge(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A flat's electricity sub-meter prepaid recharge in the metering vendor's app, portal or e-mail (WattPay,
    VoltEdge Meters, PowerNest, MeterHub): the outcome, the sum, Paid to / Society / Recharge for and the society
    that runs the meters, Flat, Meter No. / Meter Serial, Recharge amount, Balance after recharge, the tariff (grid
    and DG per kWh), Paid via (UPI, a card, net banking, the app's wallet), Transaction ID / Order ID / Bank Ref No /
    UPI Ref No, Recharged on; a failed and a pending one."""
    k = place("meter_recharge")
    status = outcome(k, failed=(1,), pending=(5,))
    vendor, band, kind = METER_VENDORS[k]
    way = METER_WAYS[k]
    d = Deal(rng, status, no_ref=k == 3, no_day=k == 6, low=300, high=6000, p_round=0.9, caps=0.3)
    d.amount = whole_or(rng, d.amount, 100) if rng.random() < 0.7 else d.amount
    rs = money(rng, font, 0.6)
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([660, 700]), size=rng.choice([18, 19]))
        subject = {"success": "Recharge successful", "failed": "Recharge failed",
                   "pending": "Recharge pending"}[status]
        p.style["h106"].update({"from": f"{vendor} <receipts@meterhub.in>", "subject": subject, "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
        p.part = "head"
        top(p, vendor)
        p.add("center", "Prepaid energy recharge receipt")
    elif kind == "portal":
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = "recharge.voltedgemeters.com/prepaid/receipt"
        p.part = "head"
        top(p, vendor)
        p.add("center", "Prepaid Meter Recharge")
    else:
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Recharge details"]),
                   buttons=rng.choice([("Download receipt",), ("Done",), ()]))
        phone_frame(p, k)
        head(p, vendor, band, dark, ["Prepaid electricity", "My meter"])
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Recharge successful", "Payment Successful"],
                            "failed": ["Recharge failed", "Payment Failed"],
                            "pending": ["Recharge pending", "Payment processing"]})
    if kind == "app":
        p.add("big", rs(d.amount), amount=d.amount)
    p.part = "body"
    payee_pair(p, ["Paid to", "Society", "Recharge for"], d.to)
    p.pair(rng.choice(["Flat", "Unit"]), d.flat)
    p.pair(rng.choice(["Meter No.", "Meter Serial"]), f"{code(rng, 2, UPPER)}{digits(rng, 8)}")
    if kind != "app":
        p.pair(rng.choice(["Recharge amount", "Amount paid"]) if status == "success" else "Recharge amount",
               rs(d.amount), amount=d.amount)
    if status == "success":
        p.pair(rng.choice(["Balance after recharge", "Meter balance"]), rs(other_sum(rng, d.amount, d.amount + 50,
                                                                                   d.amount + 2500)))
    p.pair("Tariff", f"Grid Rs {rng.choice(['7.50', '8.20', '9.10'])}/kWh, DG Rs {rng.choice(['21', '24', '26'])}/kWh")
    p.pair(rng.choice(["Paid via", "Payment mode"]),
           {"UPI": "UPI", "card": f"Debit Card {masked(rng, font)}", "netbanking": "Net Banking",
            "wallet": f"{vendor.split()[0]} Wallet"}[way], method=way)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    if status == "pending":
        p.add("small", "The meter is credited once the bank confirms. Please do not recharge again.")
    if not d.no_ref:
        own = f"{code(rng, 2, UPPER)}{d.date:%y%m%d}{digits(rng, 6)}"
        label = rng.choice(["Transaction ID", "Order ID", "Recharge ID"])
        labelled(p, label, own, txn=(ORDER_RANK if label == "Order ID" else TXN_RANK, own))
        if way == "UPI" and status != "failed":
            labelled(p, rng.choice(["UPI Ref No", "UTR"]), d.ref, txn=(UTR_RANK, d.ref))
        elif way in ("card", "netbanking") and status == "success":
            ref = digits(rng, 12)
            labelled(p, "Bank Ref No", ref, txn=(BANK_RANK, ref))
    if not d.no_day:
        labelled(p, rng.choice(["Recharged on", "Date & Time", "Paid on"]), stamp(rng, d.date), date=d.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Supply is disconnected at zero balance except between 6 PM and 9 AM.")
    return p.done()


# ---------------------------------------------------------------- 12. a clubhouse or hall booking


HALL_KINDS = ["paper", "app", "mail", "paper", "app", "paper", "mail", "app"]
HALL_WAYS = ["cash", "UPI", "card", "cheque", "UPI", "UPI", "netbanking", "UPI"]
HALLS = ["Clubhouse Party Hall", "Multipurpose Hall", "Terrace Party Area", "Banquet Hall (Clubhouse)",
         "Mini Theatre", "Amphitheatre Lawn"]


def hall_booking(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A member's booking of the society's clubhouse or hall: the society office's booking receipt (paper: the
    society on top, HALL BOOKING RECEIPT, Receipt No, Booking No, Date, the member and flat, the hall, the event's
    day and slot (another day), Hall charges (non-refundable), GST, Refundable deposit, Total received, the way),
    the society app's amenity booking screen (MyGate, NoBrokerHood: Booking confirmed, the sum, Paid to, the amenity,
    Booking ID, UPI Ref No), or its e-mail; a failed payment (booking not confirmed) and a booking on hold (pending)."""
    k = place("hall_booking")
    status = outcome(k, failed=(5,), pending=(2,))
    kind = HALL_KINDS[k]
    way = HALL_WAYS[k]
    d = Deal(rng, status, no_ref=k == 6, no_day=k == 0, caps=1.0 if kind == "paper" else 0.3)
    charge = float(rng.choice([1500, 2500, 3000, 4500, 6000, 8000]))
    gst = round(charge * 0.18, 2) if rng.random() < 0.5 else 0.0
    deposit = float(rng.choice([2000, 5000, 10000]))
    total = round(charge + gst + deposit, 2)
    d.amount = total
    hall = rng.choice(HALLS)
    event = d.date + dt.timedelta(days=rng.randrange(4, 40))
    slot = rng.choice(["6 PM - 11 PM", "11 AM - 4 PM", "Full day", "7 PM - 10:30 PM"])
    rs = money(rng, font, 0.8, marks=("Rs.", "₹", "INR", "Rs"))
    if kind == "paper":
        p = screen(rng, font, width=rng.choice([620, 660]), size=rng.choice([18, 19]))
        paper(p, rng)
        society_head(p, d, d.to, ["HALL BOOKING RECEIPT", "CLUBHOUSE BOOKING RECEIPT", "AMENITY BOOKING RECEIPT"])
    elif kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        subject = {"success": "Booking confirmed", "failed": "Booking not confirmed - payment failed",
                   "pending": "Booking on hold"}[status]
        p.style["h106"].update({"from": f"{SOCIETIES[d.town][2]} Society Office <office@"
                                        f"{SOCIETIES[d.town][2].lower().replace(' ', '')}.org.in>",
                                "subject": subject, "sent": hhmm(rng)})
        check([p.style["h106"]["from"], subject], font)
        p.part = "head"
        top(p, d.to, merchant=d.to)
        p.add("center", "Amenity booking")
        p.part = "body"
    else:
        dark = rng.random() < 0.3
        app, band = rng.choice([("MyGate", (36, 84, 196)), ("NoBrokerHood", (232, 62, 80))])
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Booking details"]),
                   buttons=rng.choice([("View booking",), ("Done",), ()]))
        phone_frame(p, k)
        head(p, app, band, dark, ["Amenities", "Amenity booking"])
    words = {"success": ["Booking confirmed", "Payment Successful", "Booking confirmed - paid"],
             "failed": ["Payment failed - booking not confirmed", "Payment Failed"],
             "pending": ["Booking on hold - payment pending", "Payment pending"]}
    if kind == "app":
        p.part = "outcome"
        outcome_row(p, status, words)
        p.add("big", rs(total), amount=total)
        p.part = "body"
        payee_pair(p, ["Paid to", "Society"], d.to)
    if not d.no_ref:
        booking = f"{code(rng, 2, UPPER)}{digits(rng, 7)}"
        label = rng.choice(["Booking ID", "Booking No"])
        p.pair(label, booking, txn=(ORDER_RANK, booking))
        if kind == "paper" and status == "success":
            number = f"{rng.randrange(1, 9999):04d}"
            p.pair("Receipt No.", number, txn=(INVOICE_RANK, number))
    if not d.no_day and kind != "app":
        p.pair(rng.choice(["Date", "Booked on"]), when(d.date, rng.choice(SLIP_PATS)), date=d.date)
    p.pair(rng.choice(["Member", "Booked by"]), d.tenant)
    p.pair("Flat", d.flat)
    p.pair(rng.choice(["Amenity", "Hall"]), hall)
    if not d.no_day:
        p.pair(rng.choice(["Event date", "Booking for"]), when(event, rng.choice(["%d %b %Y", "%d/%m/%Y"])))
    p.pair("Slot", slot)
    p.add("rule")
    p.pair(rng.choice(["Hall charges (non-refundable)", "Usage charge (non-refundable)"]), rs(charge))
    if gst:
        p.pair("GST @ 18%", rs(gst))
    p.pair(rng.choice(["Refundable deposit", "Security deposit (refundable)"]), rs(deposit))
    if kind == "app":
        p.pair("Total", rs(total))
    else:
        p.pair(rng.choice(["Total received", "Total paid"]) if status == "success" else "Total", rs(total),
               amount=total)
    text = {"UPI": rng.choice(["UPI", "UPI (PhonePe)"]), "card": f"Credit Card {masked(rng, font)}",
            "netbanking": "Net Banking", "cash": "Cash", "cheque": "Cheque"}[way]
    p.pair(rng.choice(["Payment mode", "Paid by", "Mode"]), text, **({} if way == "cheque" else {"method": way}))
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
    if not d.no_ref and way == "UPI" and status != "failed":
        labelled(p, rng.choice(["UPI Ref No", "UTR"]), d.ref, txn=(UTR_RANK, d.ref))
    if not d.no_day and kind == "app":
        labelled(p, rng.choice(["Booked on", "Paid on"]), stamp(rng, d.date), date=d.date)
    if kind != "app":
        p.add("rule")
        p.part = "outcome"
        p.add("center", rng.choice(words[status]).upper() if kind == "paper" else rng.choice(words[status]),
              status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "The deposit is refunded within 7 days of the event after the hall is inspected.")
    if kind == "paper" and status == "success" and rng.random() < 0.5:
        society_stamp(p, d, "RECEIVED", role="CLUBHOUSE")
    return p.done()


# ---------------------------------------------------------------- drawing


compose = compose121

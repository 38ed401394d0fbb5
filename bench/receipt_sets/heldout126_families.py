"""The twelve heldout126 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a twelfth random day's proofs of payment, as a travel agency and tour operator in
Indian cities (Pune, Chennai, Hyderabad, Chandigarh, Kochi, Ahmedabad, Mumbai, Kolkata) receives them in 2026:
airline and rail tickets bought for its customers (PNR pages with the fare paid), hotels' booking confirmations,
its own holiday-package receipts with advances and balances, a visa application centre's fee receipts, forex-card
loads, travel-insurance premiums, customers' UPI screens and net-banking transfers paying the agency, card slips at
its counter, payment-link pages, a bank's EMI conversion of a card payment made at the agency, and the money that
goes back: an airline's refund and the agency's credit note, from Rs 180 to Rs 9,00,000 (a hotel abroad in euros
and one in US dollars, a slip in dirhams). Every row is added to heldout113's ``Screen`` (heldout106's ``Page``)
with the facts it prints, and the truth is read back from the rows the page keeps. Headings, footers, fare and
fee break-ups, taxes, advances taken earlier, balances still due, EMIs, sums insured and foreign sums loaded,
journey, check-in, appointment and travel days, PNRs on refunds, e-ticket, train, flight, policy, card, passport
and application numbers, MID / TID / batch and the payer's own details carry no fact. ``compose`` is heldout121's
(heldout119's frames and marks).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import num, words_in_rupees
from bench.receipt_sets.heldout86_families import Rs, hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout93_families import glyphs, sign
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, colour, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import head, ios, masked, money
from bench.receipt_sets.heldout119_families import android, outcome
from bench.receipt_sets.heldout121_families import PATS, SLIP_PATS, stamp, status_line
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import check, top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout124_families import transfer_ack

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CAPS = UPPER + "23456789"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city, PIN code, locality, state, GST state code
CITIES = [("Pune", "411001", "Camp", "Maharashtra", "27"),
          ("Chennai", "600017", "T. Nagar", "Tamil Nadu", "33"),
          ("Hyderabad", "500082", "Somajiguda", "Telangana", "36"),
          ("Chandigarh", "160017", "Sector 17-C", "Chandigarh", "04"),
          ("Kochi", "682016", "M.G. Road", "Kerala", "32"),
          ("Ahmedabad", "380009", "Navrangpura", "Gujarat", "24"),
          ("Mumbai", "400021", "Nariman Point", "Maharashtra", "27"),
          ("Kolkata", "700016", "Park Street", "West Bengal", "19")]
# the agency of each city: its trade name and its company
AGENCIES = [("Yatrika Holidays", "Yatrika Tours & Travels Pvt Ltd"),
            ("Coromandel Journeys", "Coromandel Travel Services LLP"),
            ("Deccan Trails", "Deccan Trails Tourism Pvt Ltd"),
            ("Shivalik Tour Planners", "Shivalik Tours and Travels"),
            ("Malabar Escapes", "Malabar Escapes Holidays Pvt Ltd"),
            ("Sabarmati Yatra", "Sabarmati Yatra Services Pvt Ltd"),
            ("Gateway Globetrotters", "Gateway Globetrotters Pvt Ltd"),
            ("Hooghly Travel House", "Hooghly Travel House Pvt Ltd")]
CUSTOMERS = ["Rohan Kulkarni", "Divya Raghavan", "Sandeep Reddy", "Gurleen Kaur", "Anoop Menon", "Hetal Shah",
             "Farhan Qureshi", "Sreeja Banerjee", "Vikram Joshi", "Lakshmi Narayanan", "Nikhil Bhatia",
             "Ayesha Siddiqui"]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IDFC FIRST Bank", "IndusInd Bank"]
PACKAGES = [("Kashmir Valley Delight 5N/6D", False), ("Kerala Backwaters 4N/5D", False),
            ("Andaman Island Hopper 5N/6D", False), ("Rajasthan Royal Circuit 6N/7D", False),
            ("Sikkim & Darjeeling 6N/7D", False), ("Dubai Family Fiesta 4N/5D", True),
            ("Bali Honeymoon Special 6N/7D", True), ("Singapore & Malaysia 6N/7D", True),
            ("Europe Highlights 9N/10D", True), ("Vietnam Explorer 6N/7D", True)]
NOTES = ["Goa package advance", "Kashmir tour balance", "Flight tickets", "Visa fee", "Hotel booking Munnar",
         "Dubai trip advance", "Train tickets", "Forex and insurance", "Bali package", "Tour balance"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account.",
          "Your bank declined this payment. Money, if debited, will be reversed."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "Your bank has not confirmed yet. We will notify you in a few minutes.",
        "The agency will be notified once the bank confirms."]


def agency(rng: random.Random, i: int, *, firm: float = 0.3, caps: float = 0.25) -> str:
    """The agency as a payee: its trade name, or its company's on some, in capitals on some."""
    name = AGENCIES[i][1] if rng.random() < firm else AGENCIES[i][0]
    return name.upper() if rng.random() < caps else name


class Trip:
    """One payment's facts and which of them its page leaves out: the agency (its city), the customer."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 2000,
                 high: float = 90000, p_round: float = 0.7, firm: float = 0.3, caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(AGENCIES))
        self.to = agency(rng, self.town, firm=firm, caps=caps)
        self.customer = rng.choice(CUSTOMERS)
        self.ref = utr(rng, self.date)


def whole(value: float, step: int) -> float:
    return float(max(step, round(value / step) * step))


def later(date: dt.date, low: int, high: int, rng: random.Random) -> dt.date:
    return date + dt.timedelta(days=rng.randrange(low, high))


def phone_frame(p: Screen, k: int, banner_at: int = -1, p_ios: float = 0.45) -> None:
    if p.rng.random() < p_ios:
        ios(p)
    else:
        android(p, banner=k == banner_at)


def outcome_row(p: Screen, status: str, words: dict) -> None:
    """The outcome line (a tick on some successes) in its colour."""
    rng = p.rng
    word = rng.choice(words[status])
    tick = sign(p.font, "\u2713", "")
    p.add("center", f"{tick} {word}".strip() if status == "success" and rng.random() < 0.4 else word,
          status=status)
    p.accent(colour(status))


def payee_pair(p: Screen, labels: list[str], name: str) -> None:
    """The payee under one of ``labels``: on the label's row where both fit, else stacked under it."""
    lab = p.rng.choice(labels)
    if fits(p, "pair", f"{lab} {name}  "):
        p.pair(lab, name, merchant=name)
    else:
        p.add("small", lab)
        p.add("left", name, merchant=name)


def agency_head(p: Screen, t: Trip, name: str, kinds: list[str], *, gst: bool = True) -> None:
    """The agency (the payee) on top of its own paper: what it does, its address, GSTIN and IATA code, the kind."""
    rng = p.rng
    city = CITIES[t.town]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", rng.choice(["Tours | Travels | Visas | Forex", "Holidays, air tickets and visa services",
                               "IATA accredited travel agent", "Inbound & outbound tour operator"]))
    p.add("small", f"{rng.randrange(2, 60)}, {city[2]}, {city[0]} - {city[1]}")
    if gst:
        p.add("small", f"GSTIN: {city[4]}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z"
                       f"{rng.randrange(1, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def way_text(rng: random.Random, font: str, way: str, *, counter: bool = False) -> str:
    """How a page prints the way paid; a counter names a transfer by its rail, a site its net banking."""
    if way == "netbanking" and not counter:
        return rng.choice(["Net Banking", "Netbanking", "Internet Banking",
                           f"Net Banking - {rng.choice(PVT[:4] + PSB[:2])}"])
    return {"cash": rng.choice(["Cash", "CASH", "Cash at counter"]),
            "UPI": rng.choice(["UPI", "UPI (Google Pay)", "UPI - QR", "UPI (PhonePe)", "BHIM UPI"]),
            "card": rng.choice([f"Debit Card {masked(rng, font)}", f"Credit Card (Visa) {masked(rng, font)}",
                                f"RuPay Card {masked(rng, font)}", f"Mastercard {masked(rng, font)}",
                                f"Amex {masked(rng, font)}"]),
            "netbanking": rng.choice(["NEFT", "Bank transfer (NEFT)", "RTGS", "IMPS"]),
            "wallet": rng.choice(["Amazon Pay Balance", "Paytm Wallet", "MobiKwik Wallet"])}[way]


def counter_ids(p: Screen, t: Trip, way: str) -> None:
    """A counter's reference for the way paid: a UPI reference, a card's approval code and RRN, a transfer's UTR."""
    rng = p.rng
    if t.no_ref:
        return
    if way == "UPI" and t.status != "failed":
        p.pair(rng.choice(["UPI Ref No", "UPI Ref. No.", "UTR", "UPI Txn Ref"]), t.ref, txn=(UTR_RANK, t.ref))
    elif way == "card" and t.status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, CAPS)
        p.pair(rng.choice(["Appr Code", "Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair(rng.choice(["RRN", "RRN No"]), t.ref, txn=(UTR_RANK, t.ref))
    elif way == "netbanking" and t.status != "pending":
        ref = neft_utr(rng.choice(["SBIN", "HDFC", "ICIC", "UTIB", "CNRB"]), rng, t.date)
        p.pair(rng.choice(["UTR No", "UTR", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))


class Fx:
    """A sum in a foreign currency as a page abroad prints it: its code or sign before, western grouping."""

    def __init__(self, rng: random.Random, font: str, cur: str):
        signs = {"USD": ["USD ", "US$ ", "$"], "EUR": ["EUR ", sign(font, "\u20ac", "EUR ")],
                 "AED": ["AED ", "AED"], "SGD": ["SGD ", "S$"]}[cur]
        self.mark = rng.choice(signs)

    def __call__(self, value: float) -> str:
        return f"{self.mark}{num(value, 'western')}"


def instalment(amount: float, rate: float, months: int) -> float:
    """A monthly EMI at ``rate`` % a year (reducing balance), the sum split evenly at 0%."""
    r = rate / 1200
    return round(amount * r * (1 + r) ** months / ((1 + r) ** months - 1), 2) if r else round(amount / months, 2)


def mail_frame(p: Screen, sender: str, subject: str) -> None:
    """An e-mail's header: the sender, the subject, an hour (no day)."""
    p.style["h106"].update({"from": sender, "subject": subject, "sent": hhmm(p.rng)})
    check([sender, subject], p.font)


# ---------------------------------------------------------------- 1. a PNR page: an air or a rail ticket


TICKETS = [("IndiGo", "browser", "www.goindigo.in/booking/itinerary.html", "reservations@goindigo.in"),
           ("IRCTC", "crop", None, None),
           ("Air India", "mail", None, "noreply@airindia.com"),
           ("IRCTC", "phone", None, None),
           ("Akasa Air", "phone", None, None),
           ("SpiceJet", "browser", "book.spicejet.com/Booking/Confirmation", None),
           ("Emirates", "mail", None, "do-not-reply@emirates.email"),
           ("IRCTC", "browser", "www.irctc.co.in/nget/txn/booked-history", None)]
TICKET_WAYS = ["card", "UPI", "netbanking", "UPI", "card", "UPI", "card", "netbanking"]
FLIGHTS = {"IndiGo": ("6E", [("BLR", "DEL"), ("BOM", "GOI"), ("MAA", "CCU"), ("AMD", "SXR")]),
           "Air India": ("AI", [("DEL", "IXL"), ("BOM", "LHR"), ("HYD", "DEL"), ("CCU", "BLR")]),
           "Akasa Air": ("QP", [("BOM", "BLR"), ("PNQ", "DEL"), ("COK", "BOM"), ("AMD", "GOX")]),
           "SpiceJet": ("SG", [("DEL", "SXR"), ("MAA", "DEL"), ("BOM", "IXB"), ("HYD", "GOX")]),
           "Emirates": ("EK", [("COK", "DXB"), ("BOM", "DXB"), ("HYD", "DXB"), ("MAA", "DXB")])}
TRAINS = [("12951", "MUMBAI RAJDHANI", "MMCT", "NDLS"), ("12622", "TAMIL NADU EXP", "NDLS", "MAS"),
          ("22691", "RAJDHANI EXP", "SBC", "NZM"), ("12627", "KARNATAKA EXP", "SBC", "NDLS"),
          ("20901", "VANDE BHARAT EXP", "MMCT", "GNC"), ("12301", "HOWRAH RAJDHANI", "HWH", "NDLS"),
          ("16345", "NETRAVATI EXP", "LTT", "TVC"), ("12431", "RAJDHANI EXP", "TVC", "NZM")]


def pnr_ticket(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A ticket the agency bought for a customer, as its PNR page shows the fare paid: an airline's itinerary in a
    browser, an e-mail or its app (IndiGo, Air India, Akasa Air, SpiceJet, Emirates in rupees), or IRCTC's
    Electronic Reservation Slip, its app's booking and its site's booked-ticket history: the carrier on top, the
    outcome (none on the ERS), PNR / Booking reference, the flight or train, the journey's day, passengers and their
    berths or seats, the fare's break-up and Total amount paid / Total Fare (all inclusive), the way paid,
    Payment ID / Transaction ID and a bank or UPI reference on some, Booking date / Booked on / Date of Booking, the
    agency as the booking agent on some; a failed flight booking and a pending rail one."""
    k = place("pnr_ticket")
    status = outcome(k, failed=(5,), pending=(3,))
    carrier, kind, url, sender = TICKETS[k]
    way = TICKET_WAYS[k]
    rail = carrier == "IRCTC"
    t = Trip(rng, status, no_ref=k == 5, no_day=k == 4, low=900 if rail else 3500, high=14000 if rail else 62000,
             p_round=0.9)
    journey = later(t.date, 3, 70, rng)
    pax = rng.sample(CUSTOMERS, rng.randint(1, 3))
    rs = money(rng, font, 0.5)
    if kind == "browser":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = url
    elif kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    elif kind == "phone":
        dark = rng.random() < 0.35
        p = screen(rng, font, "phone", dark=dark, width=620, size=rng.choice([19, 20]),
                   title=rng.choice(["", "Booking details", "My Trips"]),
                   buttons=rng.choice([("Share", "Download"), ("Download ticket",), ()]))
        phone_frame(p, k, banner_at=4)
    else:
        p = screen(rng, font, "crop", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style.update({"paper": (255, 255, 255)})
    if rail:
        train = rng.choice(TRAINS)
        cls = rng.choice(["3A", "2A", "CC", "SL", "1A", "EC"])
        fare = whole(t.amount, 5)
        conv = float(rng.choice([11.80, 17.70, 35.40]))
        ins = round(0.45 * len(pax), 2) if rng.random() < 0.6 else 0.0
        total = round(fare + conv + ins, 2)
        p.part = "head"
        if kind == "phone":
            head(p, "IRCTC Rail Connect", (33, 60, 130), p.style["h106"]["dark"], ["My Bookings", "Booked Tickets"])
            name = None
        else:
            top(p, "IRCTC", merchant="IRCTC")
            p.add("small", rng.choice(["Indian Railway Catering and Tourism Corporation Ltd",
                                       "Indian Railways e-ticketing"]))
            name = "IRCTC"
        if kind == "crop":
            p.add("center", "Electronic Reservation Slip (ERS)")
        elif kind == "browser":
            p.add("center", rng.choice(["Booked Ticket History", "Transaction Details"]))
        p.part = "outcome"
        if kind != "crop":
            outcome_row(p, status, {"success": ["Booking Confirmed", "Payment Successful",
                                                "Ticket booked - payment successful"],
                                    "failed": ["Payment Failed"],
                                    "pending": ["Transaction pending - please do not book again",
                                                "Payment under process"]})
        if kind == "phone":
            p.add("big", rs(total), amount=total)
        p.part = "body"
        p.add("rule")
        if kind == "phone" and name is None:
            p.add("small", "Paid to IRCTC" if status == "success" else "Paying to IRCTC", merchant="IRCTC")
        if status == "success":
            pnr = f"{rng.choice('24568')}{digits(rng, 9)}"
            labelled(p, rng.choice(["PNR", "PNR No.", "PNR Number"]), pnr, txn=(ORDER_RANK, pnr))
        else:
            p.pair("PNR", "Not generated")
        p.pair(rng.choice(["Train No./Name", "Train"]), f"{train[0]} / {train[1]}")
        p.pair("From - To", f"{train[2]} - {train[3]}")
        p.pair(rng.choice(["Date of Journey", "Journey Date"]), when(journey, rng.choice(["%d-%b-%Y", "%d/%m/%Y"])))
        p.pair("Class / Quota", f"{cls} / {rng.choice(['GN', 'TQ', 'LD'])}")
        for n, who in enumerate(pax, 1):
            berth = f"CNF/B{rng.randrange(1, 9)}/{rng.randrange(1, 72)}" if status == "success" else "-"
            p.pair(f"{n}. {who}", berth)
        p.add("rule")
        p.pair("Ticket Fare", rs(fare))
        p.pair("IRCTC Convenience Fee (Incl. of GST)" if fits(p, "pair", "IRCTC Convenience Fee (Incl. of GST) "
                                                                         "Rs. 35.40   ") else "Convenience Fee",
               rs(conv))
        if ins:
            p.pair("Travel Insurance Premium", rs(ins))
        p.pair("Total Fare (all inclusive)" if kind != "phone" else rng.choice(["Total Fare", "Amount"]), rs(total),
               **({} if kind == "phone" else {"amount": total}))
        p.pair(rng.choice(["Payment Mode", "Paid via"]), {"UPI": "IRCTC iPay (UPI)", "netbanking":
                                                          f"Net Banking - {rng.choice(PSB[:2] + PVT[:3])}",
                                                          "card": "IRCTC iPay (Credit Card)"}[way], method=way)
        if not t.no_ref:
            tid = f"10000{digits(rng, 10)}"
            labelled(p, rng.choice(["Transaction ID", "Transaction Id"]), tid, txn=(TXN_RANK, tid))
            if status == "success" and rng.random() < 0.6:
                if way == "UPI":
                    labelled(p, "UPI Ref No.", t.ref, txn=(UTR_RANK, t.ref))
                else:
                    ref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
                    labelled(p, "Bank Ref. No.", ref, txn=(BANK_RANK, ref))
        if not t.no_day:
            labelled(p, rng.choice(["Date of Booking", "Booking Date", "Booked on", "Transaction Date"]),
                     stamp(rng, t.date, SLIP_PATS + ["%d-%b-%Y"], twelve=False), date=t.date)
        t.amount = total
    else:
        prefix, routes = FLIGHTS[carrier]
        frm, to = rng.choice(routes)
        base = whole(t.amount * rng.uniform(0.72, 0.85), 1)
        taxes = round(t.amount - base, 2)
        fee = float(rng.choice([0, 0, 250, 350, 399])) if carrier != "Emirates" else 0.0
        total = round(base + taxes + fee, 2)
        if kind == "mail":
            subject = {"success": f"Your {carrier} booking is confirmed",
                       "failed": "Booking not confirmed", "pending": "Your booking is being processed"}[status]
            mail_frame(p, f"{carrier} <{sender}>", subject)
        p.part = "head"
        if kind == "phone":
            head(p, carrier, (255, 110, 60) if carrier == "Akasa Air" else None, p.style["h106"]["dark"],
                 ["Trip details", "Your booking"])
            p.add("small", "Paid to Akasa Air" if status == "success" else "Payment to Akasa Air",
                  merchant="Akasa Air")
        else:
            top(p, carrier, merchant=carrier)
        p.part = "outcome"
        outcome_row(p, status, {"success": ["Booking Confirmed", "Your booking is confirmed", "Payment Successful"],
                                "failed": ["Payment failed - booking not confirmed", "Payment Failed"],
                                "pending": ["Payment processing", "Booking on hold - payment pending"]})
        if kind == "phone":
            p.add("big", rs(total), amount=total)
        p.part = "body"
        p.add("rule")
        if not t.no_ref:
            pnr = code(rng, 6, CAPS)
            labelled(p, rng.choice(["PNR", "Booking reference", "PNR / Booking Ref"]), pnr, txn=(ORDER_RANK, pnr))
        p.pair("Flight", f"{prefix} {rng.randrange(100, 999) if prefix != 'EK' else rng.randrange(500, 599)}  "
                         f"{frm} - {to}")
        p.pair(rng.choice(["Departure", "Travel date", "Date of travel"]),
               f"{when(journey, rng.choice(['%a, {d} %b %Y', '%d %b %Y']))} {hhmm(rng, twelve=False)}")
        for n, who in enumerate(pax, 1):
            seat = f"{rng.randrange(2, 38)}{rng.choice('ABCDEF')}"
            p.pair(f"{who}", f"Seat {seat}" if status == "success" else "Adult")
        if status == "success" and rng.random() < 0.5:
            p.pair("E-ticket No", f"{rng.choice(['098', '176', '775'])}{digits(rng, 10)}")
        p.add("rule")
        p.pair(rng.choice(["Base fare", "Air fare"]), rs(base))
        p.pair(rng.choice(["Taxes & fees", "Taxes, fees & charges (K3, YQ, UDF)"]), rs(taxes))
        if fee:
            p.pair(rng.choice(["Convenience fee", "Payment gateway fee"]), rs(fee))
        lab = rng.choice(["Total amount paid", "Total paid", "Amount paid"]) if status == "success" else \
            rng.choice(["Total amount", "Total fare"])
        if kind == "phone":
            p.pair(lab, rs(total))
        else:
            p.pair(lab, rs(total), amount=total)
        p.pair(rng.choice(["Paid via", "Payment mode", "Paid by"]), way_text(rng, font, way), method=way)
        if not t.no_ref:
            pid = rng.choice(([f"pay_{code(rng, 14, MIXED)}"] if carrier != "Emirates" else []) +
                             [f"{prefix}{t.date:%y%m%d}{digits(rng, 8)}", digits(rng, 16)])
            labelled(p, rng.choice(["Payment ID", "Transaction ID", "Payment reference"]) if not pid.startswith("pay")
                     else "Payment ID", pid, txn=(TXN_RANK, pid))
        if not t.no_day:
            labelled(p, rng.choice(["Booked on", "Booking date", "Date of issue", "Payment date"]
                                   if status == "success" else ["Booking date", "Payment date", "Attempted on"]),
                     stamp(rng, t.date, PATS), date=t.date)
        if rng.random() < 0.6:
            p.pair(rng.choice(["Booked by", "Agent", "Travel agent"]), AGENCIES[t.town][0])
        t.amount = total
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Carry a valid photo ID during the journey.",
                               "Cancellation and refund as per the railway's rules." if rail else
                               "Web check-in opens 48 hours before departure."]))
    return p.done()


# ---------------------------------------------------------------- 2. a hotel's booking confirmation


HOTELS = [("Taj Exotica Resort & Spa, Goa", "Benaulim, South Goa", "mail", "reservations.goa@tajhotels.com", "INR"),
          ("Lemon Tree Premier, Jaipur", "Bais Godam, Jaipur", "browser", "www.lemontreehotels.com/reservation/"
                                                                          "confirm", "INR"),
          ("Fragrant Nature Munnar", "Pallivasal, Munnar", "mail", "stay@fragrantnature.com", "INR"),
          ("Hotel Mercure Paris Gare de Lyon", "2 Place Louis Armand, Paris", "browser",
           "all.accor.com/booking/en/confirmation", "EUR"),
          ("Evolve Back Coorg", "Siddapur, Kodagu", "crop", None, "INR"),
          ("Alaya Resort Ubud", "Jalan Hanoman, Ubud, Bali", "mail", "reservations@alayaresorts.com", "USD"),
          ("The Orchid Hotel Pune", "Balewadi, Pune", "browser", "www.orchidhotel.com/booking/receipt", "INR"),
          ("Radisson Blu Resort Temple Bay", "Mamallapuram, Tamil Nadu", "crop", None, "INR")]
HOTEL_WAYS = ["card", "UPI", "netbanking", "card", "netbanking", "card", "card", "UPI"]
ROOMS = ["Deluxe Room", "Premium Sea View", "Superior Double", "Pool Villa", "Garden Cottage", "Executive Suite",
         "Family Room", "Heritage Room"]


def hotel_booking(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A hotel's own booking confirmation with the sum the agency or its customer paid (an e-mail, the hotel's site
    in a browser, a PDF; two abroad, in euros and US dollars): the hotel on top with its place, the outcome,
    Booking ID / Reservation No / Booking Ref, the guest, Check-in and Check-out (later days), rooms and nights, room
    charges, GST or city tax, Total stay amount, Advance paid with the Balance payable at check-in on some (else
    Amount paid), the way paid, Payment ID / Transaction ID on some, Booked on / Payment date; a failed one and one
    on hold."""
    k = place("hotel_booking")
    status = outcome(k, failed=(6,), pending=(2,))
    hotel, where, kind, site, cur = HOTELS[k]
    way = HOTEL_WAYS[k]
    t = Trip(rng, status, no_ref=k == 4, no_day=k == 7, p_round=0.8)
    nights = rng.randint(1, 5)
    rooms = rng.randint(1, 2)
    if cur == "INR":
        rate = whole(rupees(rng, 3500, 28000), 50)
        rs = money(rng, font, 0.3, marks=("Rs.", "INR", "\u20b9", "Rs"))
        tax_rate = 0.12 if rate < 7500 else 0.18
        tax_label = f"GST @ {int(tax_rate * 100)}%"
    else:
        rate = whole(rupees(rng, 140, 420), 1)
        rs = Fx(rng, font, cur)
        tax_rate = 0.10
        tax_label = rng.choice(["Taxes (VAT 10%)", "Tax & service (10%)"]) if cur == "USD" else "VAT 10%"
    charges = round(rate * nights * rooms, 2)
    tax = round(charges * tax_rate, 2)
    city_tax = round(2.88 * nights * 2, 2) if cur == "EUR" else 0.0
    total = round(charges + tax + city_tax, 2)
    advance = whole(total * rng.choice([0.25, 0.3, 0.5]), 100 if cur == "INR" else 10) \
        if rng.random() < 0.45 and status == "success" else 0.0
    paid = advance or total
    facts = {"amount": paid} if cur == "INR" else {"amount": paid, "cur": cur}
    if kind == "browser":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = site
    elif kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        subject = {"success": rng.choice(["Booking confirmation", "Your reservation is confirmed"]),
                   "failed": "Payment unsuccessful", "pending": "Reservation on hold"}[status]
        mail_frame(p, f"{hotel.split(',')[0]} <{site}>", subject)
    else:
        p = screen(rng, font, "crop", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style.update({"paper": (255, 255, 255)})
    name = hotel.upper() if rng.random() < 0.2 else hotel
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", where)
    p.add("center", rng.choice(["Booking Confirmation", "Reservation Confirmation", "Payment Receipt"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Booking confirmed", "Payment received", "Reservation confirmed"],
                            "failed": ["Payment failed - booking not confirmed", "Payment declined"],
                            "pending": ["Booking on hold - payment pending", "Awaiting payment confirmation"]})
    p.part = "body"
    p.add("rule")
    if kind == "mail":
        p.add("left", f"Dear {t.customer.split()[0]},")
        p.add("left", {"success": "Thank you for choosing us. Your stay details are below.",
                       "failed": "We could not confirm your stay as the payment did not go through.",
                       "pending": "Your room is held while we wait for your bank to confirm the payment."}[status])
    if not t.no_ref:
        bid = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 8)}", f"{digits(rng, 9)}",
                          f"RSV-{t.date:%y}{code(rng, 4, CAPS)}"])
        labelled(p, rng.choice(["Booking ID", "Reservation No", "Booking Ref"]), bid, txn=(ORDER_RANK, bid))
    p.pair(rng.choice(["Guest", "Guest name", "Lead guest"]), t.customer)
    if rng.random() < 0.5:
        p.pair(rng.choice(["Booked through", "Travel agent"]), AGENCIES[t.town][0])
    arrive = later(t.date, 2, 80, rng)
    pats = ["%d %b %Y", "%a, {d} %b %Y", "%d/%m/%Y"] if cur != "USD" else ["%b {d}, %Y", "%a, %b {d}, %Y"]
    pat = rng.choice(pats)
    p.pair("Check-in", when(arrive, pat))
    p.pair("Check-out", when(arrive + dt.timedelta(days=nights), pat))
    p.pair("Room", f"{rooms} x {rng.choice(ROOMS)}")
    guests = rng.randint(1, 2) * rooms
    p.pair(rng.choice(["Guests", "Occupancy"]), f"{guests} Adult{'s' if guests > 1 else ''}")
    p.add("rule")
    p.pair(f"Room charges ({nights} night{'s' if nights > 1 else ''})", rs(charges))
    p.pair(tax_label, rs(tax))
    if city_tax:
        p.pair("Taxe de sejour (city tax)", rs(city_tax))
    p.pair(rng.choice(["Total stay amount", "Total booking value", "Total"]), rs(total),
           **({} if advance or status != "success" else facts))
    if advance:
        p.pair(rng.choice(["Advance paid", "Amount paid now", "Deposit paid"]), rs(advance), **facts)
        p.pair(rng.choice(["Balance payable at check-in", "Balance due at hotel"]), rs(round(total - advance, 2)))
    elif status != "success":
        p.pair(rng.choice(["Amount", "Amount payable"]), rs(total), **facts)
    p.pair(rng.choice(["Paid by", "Payment mode", "Payment method"]), way_text(rng, font, way), method=way)
    if not t.no_ref and status != "failed":
        own = rng.choice([digits(rng, 12), f"{code(rng, 3, UPPER)}{digits(rng, 10)}"])
        labelled(p, rng.choice(["Payment ID", "Transaction ID"]), own, txn=(TXN_RANK, own))
    if not t.no_day:
        lab = ["Booked on", "Payment date", "Booking date"] if status == "success" else ["Booking date",
                                                                                           "Attempted on"]
        labelled(p, rng.choice(lab), stamp(rng, t.date, pats), date=t.date)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Free cancellation up to 7 days before arrival.", "Check-in from 2 PM, check-out "
                                                                                 "by 11 AM.",
                               "Please carry a government photo ID at check-in."]))
    return p.done()


# ---------------------------------------------------------------- 3. the agency's holiday-package receipt


PKG_WAYS = ["UPI", "card", "cheque", "netbanking", "cash", "cheque", "UPI", "netbanking"]
PKG_KINDS = ["paper", "pdf", "paper", "pdf", "paper", "paper", "pdf", "paper"]


def package_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The agency's own receipt for a holiday package (its printed receipt book, or its booking system's PDF in a
    browser): the agency on top with its address, GSTIN, PAYMENT RECEIPT / ADVANCE RECEIPT / TAX INVOICE cum
    RECEIPT, Receipt No, Date, Received from, the package, travellers and the tour's start (a later day), Package
    cost, GST @ 5%, TCS on overseas tours, Total package cost, an earlier advance taken off on some (Less: Advance
    received on an earlier day), Amount received (the advance, an instalment, the balance or the whole),
    Balance payable by a later day, the way and its reference, the outcome stamped; a cheque returned (failed) and
    one under clearing (pending)."""
    k = place("package_receipt")
    status = outcome(k, failed=(5,), pending=(2,))
    way = PKG_WAYS[k]
    t = Trip(rng, status, no_ref=k == 4, no_day=k == 7, firm=0.5, caps=0.3)
    tour, abroad = rng.choice(PACKAGES)
    travellers = rng.randint(2, 5)
    cost = whole(rupees(rng, 18000, 95000 if abroad else 42000) * travellers, 100)
    gst = round(cost * 0.05, 2)
    tcs = round((cost + gst) * 0.05, 2) if abroad and rng.random() < 0.6 else 0.0
    total = round(cost + gst + tcs, 2)
    stage = rng.choice(["advance", "instalment", "balance", "full"])
    before = whole(total * rng.uniform(0.2, 0.4), 1000) if stage in ("instalment", "balance") else 0.0
    if stage == "advance":
        received = whole(total * rng.uniform(0.2, 0.5), 1000)
    elif stage == "instalment":
        received = whole((total - before) * rng.uniform(0.3, 0.6), 1000)
    else:
        received = round(total - before, 2)
    t.amount = received
    if PKG_KINDS[k] == "pdf":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = rng.choice(["crm.tripdesk.in/receipts/print", "app.holidayops.co.in/receipt/pdf"])
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        paper(p, rng)
    rs = Rs(rng, font, marks=("Rs.", "\u20b9", "INR", "Rs"), groupings=("indian", "indian", "western"),
            p_whole=0.4)
    agency_head(p, t, t.to, ["PAYMENT RECEIPT", "ADVANCE RECEIPT" if stage == "advance" else "RECEIPT",
                             "TAX INVOICE cum RECEIPT"])
    if not t.no_ref:
        number = rng.choice([f"RCT/{fy(t.date)}/{rng.randrange(100, 9999)}",
                             f"TR{digits(rng, 6)}", f"{code(rng, 3, UPPER)}-{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Receipt No", "Receipt No.", "Rcpt No"]), number, txn=(INVOICE_RANK, number))
    if not t.no_day:
        p.pair(rng.choice(["Date", "Receipt Date", "Dated"]), when(t.date, rng.choice(SLIP_PATS + ["%d %B %Y"])),
               date=t.date)
    p.pair(rng.choice(["Received from", "Customer", "Guest"]), t.customer)
    p.pair(rng.choice(["Package", "Tour"]), tour if fits(p, "pair", f"Package {tour}   ") else tour.split(" ")[0])
    p.pair("Travellers", f"{travellers} Adults" if travellers < 4 else f"{travellers - 1} Adults, 1 Child")
    if not t.no_day:
        start = later(t.date, 15, 120, rng)
        p.pair(rng.choice(["Tour start date", "Travel date", "Departure"]), when(start, "%d/%m/%Y"))
    else:
        p.pair("Travel", rng.choice(["Dates to be confirmed", "Open - to be fixed with the guest"]))
    p.add("rule")
    p.pair("Package cost", rs(cost))
    p.pair("GST @ 5%", rs(gst))
    if tcs:
        p.pair("TCS @ 5% u/s 206C(1G)" if fits(p, "pair", "TCS @ 5% u/s 206C(1G) Rs. 9,99,999.00   ") else
               "TCS @ 5%", rs(tcs))
    p.pair(rng.choice(["Total package cost", "Total tour cost"]), rs(total))
    if before:
        lab = f"Less: Advance received on {when(t.date - dt.timedelta(days=rng.randrange(8, 60)), '%d/%m/%Y')}" \
            if not t.no_day else "Less: Advance received earlier"
        p.pair(lab if fits(p, "pair", f"{lab} Rs. 9,99,999.00   ") else "Less: Advance received", rs(before))
    lab = {"success": ["Amount received", "Received with thanks", "Amount paid"],
           "failed": ["Cheque amount", "Amount"], "pending": ["Cheque amount", "Amount"]}[status]
    p.pair(rng.choice(lab), rs(received), amount=received)
    words = words_in_rupees(received)
    if glyphs(font, words) and rng.random() < 0.4:
        p.add("small", words)
    left = round(total - before - received, 2)
    if left > 0:
        if not t.no_day:
            due = later(t.date, 5, 30, rng)
            p.pair("Balance payable", f"{rs(left)} by {when(due, '%d %b %Y')}")
        else:
            p.pair("Balance payable", f"{rs(left)} before departure")
    else:
        p.pair("Balance", "Nil")
    if way == "cheque":
        p.pair(rng.choice(["Mode", "Payment mode"]), "Cheque")
        p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
        p.pair("Drawn on", rng.choice(PSB + PVT))
    else:
        p.pair(rng.choice(["Mode", "Payment mode", "Received by"]), way_text(rng, font, way, counter=True),
               method=way)
        counter_ids(p, t, way)
    p.add("rule")
    p.add("center", {"success": rng.choice(["RECEIVED WITH THANKS", "PAID", "Payment received - thank you"]),
                     "failed": rng.choice(["CHEQUE RETURNED UNPAID", "CHEQUE BOUNCED - RECEIPT CANCELLED"]),
                     "pending": "CHEQUE UNDER CLEARING"}[status], status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Cancellation charges as per the tour's terms. Subject to realisation of cheque.",
                               "Prices subject to availability at the time of confirmation."]))
    p.add("right", f"For {AGENCIES[t.town][0]}")
    return p.done()


# ---------------------------------------------------------------- 4. a visa application centre's fee receipt


VISAS = [("VFS Global", "UK Visas and Immigration", "Standard Visitor visa", 15200.0),
         ("BLS International Services Ltd.", "Embassy of Spain", "Schengen - Tourism", 8100.0),
         ("VFS Global Services Pvt. Ltd.", "Consulate General of Germany", "Schengen - Tourism", 8100.0),
         ("TLScontact", "Embassy of France", "Short stay (Schengen)", 8100.0),
         ("VFS Global", "Australian High Commission", "Visitor visa (subclass 600)", 11100.0),
         ("BLS International Services Ltd.", "Embassy of Italy", "Schengen - Tourism", 8100.0),
         ("VFS Global", "Embassy of Switzerland", "Schengen - Tourism", 8100.0),
         ("VFS Global Services Pvt. Ltd.", "Embassy of Japan", "Temporary visitor", 550.0)]
VISA_WAYS = ["card", "UPI", "cash", "card", "netbanking", "card", "UPI", "cash"]
EXTRAS = [("SMS alert", 233.0), ("Courier (passport return)", 944.0), ("Premium Lounge", 4130.0),
          ("Photocopy / form filling", 354.0), ("Prime Time appointment", 2950.0)]


def visa_fee(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A visa application centre's fee receipt (VFS Global, BLS International, TLScontact; printed at the counter or
    its site's receipt in a browser): the centre on top, the mission it collects for and the centre's city,
    PAYMENT RECEIPT / Fee Receipt / TAX INVOICE, Receipt No / Invoice No, the applicant, passport number, Application
    No / GWF Number, visa type, the appointment (a later day), the visa fee, service charge and IGST, optional
    services, Total, the way (a Visa or other card, UPI, cash, net banking) and its reference, Payment date, the
    outcome; a declined card (failed) and a payment under process (pending)."""
    k = place("visa_fee")
    status = outcome(k, failed=(3,), pending=(6,))
    centre, mission, vtype, vfee = VISAS[k]
    way = VISA_WAYS[k]
    t = Trip(rng, status, no_ref=k == 1, no_day=k == 4)
    applicants = rng.randint(1, 3)
    service = float(rng.choice([1850, 2160, 1320, 2540]))
    extras = rng.sample(EXTRAS, rng.randint(0, 2))
    fee_total = round(vfee * applicants, 2)
    svc_total = round(service * applicants, 2)
    igst = round(svc_total * 0.18, 2)
    total = round(fee_total + svc_total + igst + sum(v for _, v in extras), 2)
    t.amount = total
    online = way in ("netbanking", "UPI") or k in (3, 5)
    if online:
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = {"VFS": "visa.vfsglobal.com/ind/en/payment/receipt",
                                  "BLS": "blsinternational.com/online-payment/status",
                                  "TLS": "visas-fr.tlscontact.com/payment/confirmation"}[centre[:3]]
    else:
        p = screen(rng, font, width=rng.choice([660, 700]), size=rng.choice([18, 19]))
        paper(p, rng)
    rs = Rs(rng, font, marks=("INR", "Rs.", "\u20b9", "INR"), groupings=("indian", "western", "plain"),
            p_whole=0.3)
    city = CITIES[t.town]
    name = centre.upper() if rng.random() < 0.25 else centre
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", f"{mission} Visa Application Centre, {city[0]}")
    p.add("center", rng.choice(["PAYMENT RECEIPT", "Fee Receipt", "TAX INVOICE"]))
    p.add("rule")
    p.part = "body"
    if not t.no_ref and status != "failed":
        number = rng.choice([f"{city[0][:3].upper()}{t.date:%y}{digits(rng, 7)}", f"INV/{digits(rng, 9)}"])
        p.pair(rng.choice(["Receipt No", "Invoice No", "Receipt Number"]), number, txn=(INVOICE_RANK, number))
    p.pair(rng.choice(["Applicant", "Applicant Name"]), t.customer.upper() if rng.random() < 0.5 else t.customer)
    if applicants > 1:
        p.pair("No. of applicants", str(applicants))
    p.pair("Passport No", f"{code(rng, 1, UPPER)}{digits(rng, 7)}")
    app_no = f"GWF{digits(rng, 9)}" if "UK" in mission else f"{code(rng, 3, UPPER)}{digits(rng, 8)}"
    p.pair("GWF Number" if "UK" in mission else rng.choice(["Application No", "Applicant ID"]), app_no)
    p.pair("Visa type", vtype)
    if not t.no_day and rng.random() < 0.7:
        appt = later(t.date, 2, 25, rng)
        p.pair(rng.choice(["Appointment date", "Appointment"]), f"{when(appt, '%d/%m/%Y')} {hhmm(rng)}")
    p.add("rule")
    p.pair("Visa fee" if applicants == 1 else f"Visa fee ({applicants} x {num(vfee, 'indian', 0)})", rs(fee_total))
    p.pair(rng.choice(["Service charge", "VFS service fee" if centre.startswith("VFS") else "Service fee"]),
           rs(svc_total))
    p.pair("IGST @ 18% on service charge" if fits(p, "pair", "IGST @ 18% on service charge Rs. 99,999.00  ")
           else "IGST @ 18%", rs(igst))
    for n, v in extras:
        p.pair(n, rs(v))
    p.pair(rng.choice(["Total", "Total Amount", "Grand Total"]) if status != "success" else
           rng.choice(["Total Amount Paid", "Total", "Amount Paid"]), rs(total), amount=total)
    p.pair(rng.choice(["Payment mode", "Mode of payment", "Paid by"]), way_text(rng, font, way, counter=not online),
           method=way)
    if not t.no_ref:
        if online:
            own = rng.choice([digits(rng, 14), f"{code(rng, 2, UPPER)}{digits(rng, 12)}"])
            labelled(p, rng.choice(["Transaction ID", "Payment ID"]), own, txn=(TXN_RANK, own))
            if status == "success" and way == "UPI":
                labelled(p, "UPI Ref No", t.ref, txn=(UTR_RANK, t.ref))
        elif way == "card" and status == "success":
            appr = code(rng, 6, "0123456789")
            p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))
    if not t.no_day:
        p.pair(rng.choice(["Payment Date", "Date of Payment", "Date"]),
               stamp(rng, t.date, SLIP_PATS, twelve=rng.random() < 0.5), date=t.date)
    p.add("rule")
    p.add("center", {"success": rng.choice(["PAID", "Payment successful", "Payment received"]),
                     "failed": "Payment declined - appointment not confirmed",
                     "pending": rng.choice(["Payment under process", "Payment pending confirmation from bank"])}[status],
          status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Visa fee is non-refundable, whatever the decision on the application.",
                               "The decision to issue a visa rests solely with the mission.",
                               "Service charges include IGST. Keep this receipt for collecting the passport."]))
    return p.done()


# ---------------------------------------------------------------- 5. a forex card's load


FOREX = [("BookMyForex", "browser", "www.bookmyforex.com/order/receipt"),
         ("Thomas Cook (India) Limited", "paper", None),
         ("HDFC Bank", "mail", "forexplus.alerts@hdfcbank.net"),
         ("EbixCash World Money", "paper", None),
         ("Orient Exchange & Financial Services", "paper", None),
         ("Axis Bank", "browser", "forex.axisbank.com/reload/acknowledgement"),
         ("ICICI Bank", "mail", "travelcard@icicibank.com"),
         ("Unimoni Financial Services", "paper", None)]
FX_WAYS = ["UPI", "netbanking", "netbanking", "card", "netbanking", "netbanking", "netbanking", "UPI"]
FX_RATES = {"USD": (84.2, 87.6), "EUR": (91.5, 96.8), "GBP": (107.5, 113.9), "AED": (22.9, 23.9),
            "SGD": (63.8, 66.9), "THB": (2.38, 2.61)}
DESTS = {"USD": "United States", "EUR": "France, Italy, Switzerland", "GBP": "United Kingdom",
         "AED": "United Arab Emirates", "SGD": "Singapore", "THB": "Thailand"}


def conversion_gst(value: float) -> float:
    """GST on the sale of foreign currency: 18% of the value of the service the rules deem (1% up to a lakh, Rs 250
    at least; Rs 1,000 and 0.5% above a lakh)."""
    deemed = max(250.0, value * 0.01) if value <= 100000 else 1000 + (value - 100000) * 0.005
    return round(deemed * 0.18, 2)


def forex_load(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A forex card loaded or reloaded for a customer's trip (BookMyForex's order page, Thomas Cook's, EbixCash's,
    Orient Exchange's and Unimoni's counter receipts, HDFC Bank's and ICICI Bank's e-mails, Axis Bank's page): the
    seller on top, FOREX CARD LOAD RECEIPT / Reload confirmation, Order No / Deal No, the traveller, PAN, the card
    masked, the destination and travel day (later), the foreign sum loaded at its rate, its rupee value, GST on
    currency conversion, service charges, Total amount paid in rupees, the way (NEFT, net banking, UPI, a debit
    card), Transaction ID and UTR on some, Transaction date / Load date, the outcome; a load failed and one awaiting
    funds."""
    k = place("forex_load")
    status = outcome(k, failed=(6,), pending=(1,))
    seller, kind, site = FOREX[k]
    way = FX_WAYS[k]
    t = Trip(rng, status, no_ref=k == 3, no_day=k == 5)
    cur = rng.choice(sorted(FX_RATES))
    rate = round(rng.uniform(*FX_RATES[cur]), 2 if cur != "THB" else 3)
    foreign = whole(rupees(rng, 40000, 600000) / rate, 50 if cur != "THB" else 1000)
    value = round(foreign * rate, 2)
    gst = conversion_gst(value)
    service = float(rng.choice([0, 0, 100, 150, 250]))
    service_gst = round(service * 0.18, 2)
    total = round(value + gst + service + service_gst, 2)
    t.amount = total
    rs = Rs(rng, font, marks=("INR", "Rs.", "\u20b9", "Rs"), groupings=("indian", "indian", "western"), p_whole=0.0)
    if kind == "browser":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = site
    elif kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([18, 19]))
        subject = {"success": "Your forex card has been loaded", "failed": "Forex card load unsuccessful",
                   "pending": "Forex card load request received"}[status]
        mail_frame(p, f"{seller} <{site}>", subject)
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
        paper(p, rng)
    city = CITIES[t.town]
    p.part = "head"
    top(p, seller, merchant=seller)
    p.add("small", rng.choice([f"Authorised Dealer Category II - {city[0]} branch",
                               f"RBI licensed full-fledged money changer, {city[0]}", f"{city[2]}, {city[0]}"])
          if kind == "paper" else rng.choice(["Forex card services", "Multi-currency travel card"]))
    p.add("center", rng.choice(["FOREX CARD LOAD RECEIPT", "Card reload confirmation",
                                "Sale of foreign exchange - receipt"]))
    p.add("rule")
    p.part = "body"
    if kind == "mail":
        p.add("left", f"Dear {t.customer.split()[0]},")
        p.add("left", {"success": "The currency below has been loaded on your card.",
                       "failed": "We could not load your card. The amount paid will be refunded.",
                       "pending": "We will load your card as soon as your funds reach us."}[status])
    if not t.no_ref:
        order = rng.choice([f"{'BMF' if k == 0 else code(rng, 3, UPPER)}{digits(rng, 8)}", f"{code(rng, 2, UPPER)}/{t.date:%y}/{digits(rng, 6)}",
                            digits(rng, 10)])
        p.pair(rng.choice(["Order No", "Deal No", "Order ID"]), order, txn=(ORDER_RANK, order))
    p.pair(rng.choice(["Traveller", "Card holder", "Customer"]), t.customer)
    p.pair("PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.pair(rng.choice(["Card No", "Forex card"]), f"{rng.choice('45')}{digits(rng, 3)} XXXX XXXX {digits(rng, 4)}")
    p.pair("Destination", DESTS[cur])
    if not t.no_day:
        p.pair(rng.choice(["Travel date", "Date of departure"]), when(later(t.date, 3, 40, rng), "%d-%b-%Y"))
    p.add("rule")
    p.pair(rng.choice(["Currency loaded", "Foreign currency"]) if status == "success" else "Currency to load",
           f"{cur} {num(foreign, 'western')}")
    p.pair(rng.choice(["Rate", "Exchange rate"]), f"{rate} INR/{cur}")
    p.pair(rng.choice(["INR equivalent", "Value in INR"]), rs(value))
    p.pair("GST on currency conversion", rs(gst))
    if service:
        p.pair(rng.choice(["Service charges", "Card reload fee"]), rs(service))
        p.pair("GST on charges", rs(service_gst))
    p.pair(rng.choice(["Total amount paid", "Total payable (INR)", "Total"]) if status != "failed" else
           rng.choice(["Total", "Amount paid"]), rs(total), amount=total)
    p.pair(rng.choice(["Payment mode", "Paid by", "Mode of payment"]),
           way_text(rng, font, way, counter=kind == "paper") if way != "card" else
           f"Debit Card {masked(rng, font)}", method=way)
    if not t.no_ref:
        own = rng.choice([digits(rng, 12), f"FX{t.date:%y%m%d}{digits(rng, 6)}"])
        p.pair(rng.choice(["Transaction ID", "Txn ID"]), own, txn=(TXN_RANK, own))
        if status != "pending" and way == "netbanking" and rng.random() < 0.7:
            ref = neft_utr(rng.choice(["HDFC", "SBIN", "ICIC", "KKBK"]), rng, t.date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        elif status != "pending" and way == "UPI":
            p.pair("UPI Ref No", t.ref, txn=(UTR_RANK, t.ref))
    if not t.no_day:
        p.pair(rng.choice(["Transaction date", "Load date", "Order date", "Date"]),
               stamp(rng, t.date, SLIP_PATS, twelve=False) if rng.random() < 0.5 else when(t.date, "%d-%b-%Y"),
               date=t.date)
    status_line(p, {"success": ["Card loaded successfully", "Load Successful", "Status: Loaded"],
                    "failed": ["Load failed - amount will be refunded", "Load failed"],
                    "pending": ["Load pending - funds awaited", "Status: Pending - awaiting funds"]}, status)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Foreign exchange sold under the Liberalised Remittance Scheme; Form A2 on record.",
                               "Use the card abroad only. ATM fees abroad are charged by the ATM's bank.",
                               "TCS is collected under section 206C(1G) where remittances in the year pass Rs 10 "
                               "lakh."]))
    return p.done()


# ---------------------------------------------------------------- 6. a travel-insurance premium receipt


INSURERS = ["Tata AIG General Insurance Company Ltd.", "ICICI Lombard General Insurance", "Bajaj General Insurance "
            "Ltd.", "HDFC ERGO General Insurance", "Care Health Insurance Ltd.", "Reliance General Insurance",
            "Niva Bupa Health Insurance", "Go Digit General Insurance"]
PLANS = ["Travel Guard Gold - Single Trip", "Overseas Travel Insurance", "Explore Asia Plan", "Schengen Travel Plan",
         "Travel Elite - Worldwide excl. USA", "Family Floater Travel Plan"]
INS_WAYS = ["UPI", "card", "netbanking", "card", "UPI", "cash", "netbanking", "card"]


def travel_insurance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A travel-insurance premium receipt from the insurer the agency sells for (Tata AIG, ICICI Lombard, Bajaj,
    HDFC ERGO, Care, Reliance General, Niva Bupa, Digit; a PDF in a browser or paper): the insurer on top with its
    IRDAI number, PREMIUM RECEIPT / Receipt cum Tax Invoice, Receipt No, Receipt Date, the insured, Policy No (a
    Proposal No on the failure and the wait), the plan, Sum insured in US dollars or euros, the trip's days
    (later), travellers, Net premium, GST and Total premium, the way and its reference, the agency as the
    intermediary, the outcome; a failed one and one pending."""
    k = place("travel_insurance")
    status = outcome(k, failed=(4,), pending=(7,))
    way = INS_WAYS[k]
    t = Trip(rng, status, no_ref=k == 2, no_day=k == 5, caps=0.3)
    insurer = INSURERS[k]
    people = rng.randint(1, 4)
    net = round(rupees(rng, 450, 3800, 0.3) * people, 2)
    gst = round(net * 0.18, 2)
    total = round(net + gst, 2)
    t.amount = total
    name = insurer.upper() if rng.random() < 0.3 else insurer
    p = screen(rng, font, rng.choice(["crop", "browser"]), width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    if p.style["h106"]["frame"] == "browser":
        site = {"Tata": "tataaig.com", "ICICI": "icicilombard.com", "Bajaj": "bajajgeneral.com", "HDFC": "hdfcergo.com",
                "Care": "careinsurance.com", "Reliance": "reliancegeneral.co.in", "Niva": "nivabupa.com",
                "Go": "godigit.com"}[insurer.split()[0]]
        p.style["h106"]["url"] = f"www.{site}/travel/policy/receipt"
    else:
        paper(p, rng)
    rs = money(rng, font, 0.0, marks=("Rs.", "INR", "\u20b9", "Rs"))
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", f"IRDAI Reg. No. {rng.randrange(100, 190)}  |  {CITIES[t.town][0]} office")
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Receipt cum Tax Invoice", "Premium Payment Receipt"]))
    p.add("rule")
    p.part = "body"
    if not t.no_ref and status == "success":
        number = rng.choice([f"{digits(rng, 10)}", f"R{t.date:%y}{digits(rng, 9)}", f"TRV/{digits(rng, 8)}"])
        p.pair(rng.choice(["Receipt No", "Receipt No.", "Receipt Number"]), number, txn=(INVOICE_RANK, number))
    if not t.no_day:
        p.pair(rng.choice(["Receipt Date", "Date", "Date of receipt"]) if status == "success" else
               rng.choice(["Date", "Payment date"]), when(t.date, rng.choice(SLIP_PATS)), date=t.date)
    p.pair(rng.choice(["Insured", "Proposer", "Policy holder"]), t.customer)
    if status == "success":
        p.pair(rng.choice(["Policy No", "Policy Number"]), f"{rng.choice(['4160', '2311', 'OG-26-', 'TRV'])}"
                                                            f"{digits(rng, 10)}")
    else:
        p.pair("Proposal No", f"PR{digits(rng, 10)}")
    p.pair("Plan", rng.choice(PLANS))
    sum_cur = rng.choice(["USD", "EUR"])
    p.pair("Sum insured", f"{sum_cur} {num(float(rng.choice([50000, 100000, 250000, 500000])), 'western', 0)}")
    if not t.no_day:
        start = later(t.date, 2, 45, rng)
        p.pair(rng.choice(["Period of travel", "Trip dates"]),
               f"{when(start, '%d/%m/%Y')} to {when(start + dt.timedelta(days=rng.randrange(5, 20)), '%d/%m/%Y')}")
    else:
        p.pair("Trip duration", f"{rng.randrange(5, 20)} days")
    p.pair(rng.choice(["Travellers", "Persons insured"]), str(people))
    p.add("rule")
    p.pair(rng.choice(["Net premium", "Premium (excl. GST)"]), rs(net))
    p.pair(rng.choice(["IGST @ 18%", "GST @ 18%"]), rs(gst))
    p.pair(rng.choice(["Total premium", "Total Premium Paid", "Amount received"]) if status == "success"
           else "Total premium", rs(total), amount=total)
    p.pair(rng.choice(["Payment mode", "Mode of payment", "Paid by"]), way_text(rng, font, way, counter=True),
           method=way)
    if not t.no_ref:
        if way == "UPI" and status != "failed":
            p.pair(rng.choice(["UPI Ref No", "UPI Transaction ID"]), t.ref, txn=(UTR_RANK, t.ref))
        elif way in ("card", "netbanking"):
            own = digits(rng, 14) if way == "card" else f"{code(rng, 4, UPPER)}{digits(rng, 9)}"
            lab = rng.choice(["Transaction ID", "Payment ID"]) if way == "card" else "Bank Ref No"
            p.pair(lab, own, txn=(TXN_RANK if way == "card" else BANK_RANK, own))
    p.pair(rng.choice(["Intermediary", "Agent"]), f"{AGENCIES[t.town][0]} ({code(rng, 2, UPPER)}{digits(rng, 6)})")
    p.add("rule")
    p.add("center", {"success": rng.choice(["Premium received", "PAYMENT RECEIVED", "Payment Successful"]),
                     "failed": "Payment failed - policy not issued",
                     "pending": "Payment pending - policy will be issued on confirmation"}[status], status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", "Cover starts on the trip's first day. Claims: call the assistance number on the policy.")
    return p.done()


# ---------------------------------------------------------------- 7. a customer's UPI app paying the agency


UPI_ORDER = ["PhonePe", "Google Pay", "Paytm", "CRED", "BHIM", "Navi", "WhatsApp", "super.money"]


def agency_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's UPI app's result screen paying the agency a tour advance, a balance, tickets or a visa fee
    (PhonePe, Google Pay, Paytm, CRED, BHIM, Navi, WhatsApp Pay, super.money; dark on CRED and some others, an
    iPhone's bars or an Android navigation bar, a notification banner on one): the outcome, the sum large, Paid to /
    To / Sent to (Paying to / Payment to on a failure or a wait) over the agency and its handle, UPI Ref No / UPI
    Reference No. / UTR / UPI Transaction ID and the app's own id on some, the day, the account debited, a note."""
    k = place("agency_upi")
    status = outcome(k, failed=(6,), pending=(2,))
    app = UPI_ORDER[k]
    t = Trip(rng, status, no_ref=k == 4, no_day=k == 1, low=1500, high=100000, p_round=0.75)
    if rng.random() < 0.4:
        t.amount = float(rng.choice([5000, 10000, 15000, 25000, 40000, 50000, 75000]))
    p = upi_result(rng, font, k, app, status, t, AGENCIES[t.town][0], WAIT)
    if rng.random() < 0.75:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "View history  |  Help", "Powered by UPI  |  NPCI"]))
    return p.done()


# ---------------------------------------------------------------- 8. a net-banking transfer to the agency


XFER = [("SBI YONO", (40, 0, 110), "app", "IMPS", "SBIN"),
        ("HDFC Bank NetBanking", None, "web", "NEFT", "HDFC"),
        ("ICICI iMobile Pay", (174, 40, 30), "app", "IMPS", "ICIC"),
        ("Axis Bank Internet Banking", None, "web", "RTGS", "UTIB"),
        ("Kotak Mobile Banking", (220, 30, 40), "app", "NEFT", "KKBK"),
        ("IDBI Bank GO Mobile+", (0, 110, 90), "app", "IMPS", "IBKL"),
        ("Indian Bank IndOASIS", (20, 60, 140), "app", "NEFT", "IDIB"),
        ("IndusInd Bank Net Banking", None, "web", "RTGS", "INDB")]
XFER_URLS = {"HDFC Bank NetBanking": "netbanking.hdfcbank.com/netbanking/entry",
             "Axis Bank Internet Banking": "omni.axisbank.co.in/axisretailbanking/transfer/ack",
             "IndusInd Bank Net Banking": "indusnet.indusind.com/corp/BANKAWAY"}


def agency_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A customer's bank app or net banking after an IMPS, NEFT or RTGS to the agency's current account for a
    package, a group tour or tickets (SBI YONO, HDFC Bank, ICICI iMobile Pay, Axis Bank, Kotak, IDBI Bank, Indian
    Bank, IndusInd Bank; dark on some apps): the outcome, Amount (large on apps), Beneficiary Name / Payee /
    Beneficiary / To, the account and IFSC, Transfer Mode / Payment Type, UTR / IMPS Ref No / RRN and the bank's
    Reference No. / Transaction ID on some, the day, Debit Account, Remarks, Charges and GST with the Total Amount
    Debited on some NEFT and RTGS pages; a failed and a pending one."""
    k = place("agency_transfer")
    status = outcome(k, failed=(1,), pending=(6,))
    title, band, kind, mode, head4 = XFER[k]
    no_ref, no_day = k == 5, k == 2  # an RTGS UTR prints its day: the dateless page is an IMPS
    t = Trip(rng, status, no_ref=no_ref, no_day=no_day, low=200000 if mode == "RTGS" else 8000,
             high=900000 if mode == "RTGS" else 190000, p_round=0.85, firm=0.5, caps=0.4)
    t.amount = whole(t.amount, 100) if rng.random() < 0.6 else t.amount
    p, rs = transfer_ack(rng, font, k, XFER[k], status, t, url=XFER_URLS.get(title), widths=[700, 740],
                         third_head="Send money", payee_labels=["Beneficiary Name", "Payee", "Beneficiary", "To"])
    transfer_rows(p, rng, t.date, kind=kind, mode=mode, head4=head4, status=status, no_ref=no_ref, no_day=no_day,
                  own_labels=["Reference No.", "Transaction ID", "Txn Ref No"], txn_label="Transaction ID")
    if rng.random() < 0.8:
        p.pair("Remarks", rng.choice([f"{t.customer.split()[0]} tour pkg", "Holiday package", "Air tickets",
                                      "Group tour balance", "Visa and insurance", "Advance for tour"]))
    if mode != "IMPS" and rng.random() < 0.6:
        fee = float(rng.choice([2.5, 5.0, 15.0, 24.5, 49.5]))
        gst = round(fee * 0.18, 2)
        p.pair("Charges", rs(fee))
        p.pair("GST on Charges", rs(gst))
        p.pair(rng.choice(["Total Amount Debited", "Total Debit Amount"]), rs(round(t.amount + fee + gst, 2)))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the transfer: account name mismatch. The amount is credited "
                       "back.")
    if status == "pending":
        p.add("small", "Please check the status after some time. Do not repeat the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password with anyone.", "Add payee to favourites"]))
    return p.done()


# ---------------------------------------------------------------- 9. a card slip at the agency's counter


TERMINALS = ["PINE LABS", "EZETAP", "MSWIPE", "HDFC BANK", "PAYTM EDC", "WORLDLINE", "NETWORK INTL", "ICICI BANK"]
ABROAD = {6: ("GATEWAY GLOBETROTTERS TOURISM LLC", "AL FAHIDI ST, BUR DUBAI", "AED")}


def counter_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A card terminal's charge slip (customer copy) at the agency's counter (Pine Labs, Ezetap, Mswipe, HDFC Bank,
    Paytm EDC, Worldline, ICICI Bank; the agency's Dubai desk in dirhams on Network International's), in a
    monospace face: the terminal's name, the agency in capitals, its street and town, SALE / CHARGE SLIP / EMI SALE,
    DATE and TIME, MID, TID, BATCH, INVOICE NO / BILL NO, the card, APPR CODE and RRN on approved slips, an EMI's
    tenure, rate and monthly sum on two, TOTAL / AMOUNT / SALE AMOUNT, APPROVED or DECLINED; two declined, none
    pending."""
    k = place("counter_slip")
    status = outcome(k, failed=(2, 5))
    no_ref, no_day = k == 1, k == 4
    t = Trip(rng, status, no_ref=no_ref, no_day=no_day, low=800, high=240000, p_round=0.4, caps=1.0)
    p = screen(rng, font, width=rng.choice([440, 480, 520]), size=rng.choice([18, 19, 20]))
    paper(p, rng)
    abroad = ABROAD.get(k)
    if abroad:
        name, street, cur = abroad
        term = "NETWORK INTL"
        t.amount = rupees(rng, 350, 6500, 0.3)
        mark = cur + rng.choice([" ", ":"])
    else:
        city = CITIES[t.town]
        name, street, cur, term = t.to.upper(), f"{city[2].upper()}, {city[0].upper()}", "INR", TERMINALS[k]
        mark = rng.choice(["INR ", "Rs.", "Rs ", "INR:", "RS."])
    text = f"{mark}{t.amount:,.2f}" if rng.random() < 0.5 else f"{mark}{t.amount:.2f}"
    emi = k in (3, 7)
    p.part = "head"
    p.add("center", term)
    name = name if fits(p, "center", name) else name.replace(" PVT LTD", "").replace(" LLP", "")
    if not fits(p, "center", name):
        name = "GATEWAY GLOBETROTTERS LLC" if abroad else AGENCIES[t.town][0].upper()
    p.add("center", name, merchant=name)
    p.add("center", street if fits(p, "center", street) else street.split(", ")[-1])
    p.add("center", "EMI SALE" if emi else rng.choice(["SALE", "CHARGE SLIP", "CARD SALE"]))
    p.part = "body"
    if not no_day:
        day_pat = rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d%b%y"])
        p.pair("DATE:", when(t.date, day_pat, upper=True), date=t.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("MID:", f"{digits(rng, 15)}" if rng.random() < 0.5 else f"{code(rng, 4, UPPER)}{digits(rng, 8)}")
    p.pair("TID:", digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    invoice = f"{rng.randrange(1, 9999):06d}"
    if not no_ref:
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), invoice, txn=(INVOICE_RANK, invoice))
    net = rng.choice(["VISA", "MASTERCARD", "RUPAY", "VISA CREDIT", "MASTERCARD DEBIT", "AMEX", "DINERS"])
    p.add("left", f"{net}  {rng.choice(['CHIP', 'TAP', 'SWIPE', 'CONTACTLESS'])}")
    p.add("left", rng.choice([f"CARD NO: XXXX XXXX XXXX {digits(rng, 4)}", f"************{digits(rng, 4)}"]),
          method="card")
    if not no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.6 else code(rng, 6, CAPS)
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:", "APPROVAL CODE:"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.7:
            rrn = utr(rng, t.date)
            p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), rrn, txn=(UTR_RANK, rrn))
    p.add("rule")
    if emi:
        months = rng.choice([3, 6, 9, 12])
        p.pair("TENURE:", f"{months} MONTHS")
        rate = rng.choice([0.0, 13.0, 14.0, 15.99])
        p.pair("INTEREST RATE:", f"{rate:g}% P.A.")
        p.pair("EMI AMOUNT:", f"{mark}{instalment(t.amount, rate, months):,.2f}")
        p.pair("PROC FEE:", f"{mark}199.00")
    p.pair(rng.choice(["TOTAL:", "AMOUNT:", "TOTAL AMT:", "SALE AMOUNT:"]), text, amount=t.amount, cur=cur)
    p.add("rule")
    p.add("center", rng.choice({"success": ["APPROVED", "TXN APPROVED", "APPROVED 00"],
                                "failed": ["DECLINED", "NOT APPROVED", "TXN DECLINED"]}[status]), status=status)
    if status == "failed":
        p.add("center", rng.choice(["51 - INSUFFICIENT FUNDS", "55 - INCORRECT PIN", "05 - DO NOT HONOUR"]))
    else:
        p.add("center", rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED", "SIGNATURE NOT REQUIRED"]))
    p.part = "foot"
    p.add("center", "*** CUSTOMER COPY ***")
    p.add("small", "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT")
    return p.done()


# ---------------------------------------------------------------- 10. a payment link's page


LINKS = [("Razorpay", "web"), ("PayU", "app"), ("Cashfree", "web"), ("CCAvenue", "web"), ("Instamojo", "web"),
         ("Easebuzz", "app"), ("PhonePe PG", "app"), ("Razorpay", "app")]
LINK_WAYS = ["card", "UPI", "netbanking", "card", "UPI", "wallet", "UPI", "card"]


def gateway_ids(rng: random.Random, gw: str, date: dt.date) -> list[tuple[str, str, float]]:
    """The gateway's own ids: (label, value, rank)."""
    if gw == "Razorpay":
        return [("Payment ID", f"pay_{code(rng, 14, MIXED)}", TXN_RANK)] + (
            [("Order ID", f"order_{code(rng, 14, MIXED)}", ORDER_RANK)] if rng.random() < 0.4 else [])
    if gw == "PayU":
        return [(rng.choice(["PayU ID", "Transaction ID"]), digits(rng, 11), TXN_RANK)]
    if gw == "Cashfree":
        return [("Order ID", f"CF{digits(rng, 10)}", ORDER_RANK), ("CF Payment ID", digits(rng, 10), TXN_RANK)]
    if gw == "CCAvenue":
        return [("Tracking ID", digits(rng, 12), TXN_RANK)]
    if gw == "Instamojo":
        return [("Payment ID", f"MOJO{date:%m%d}{code(rng, 1, UPPER)}{digits(rng, 8)}", TXN_RANK)]
    if gw == "Easebuzz":
        return [("Easebuzz ID", f"E{date:%y%m%d}{code(rng, 8, CAPS)}", TXN_RANK)]
    return [("Transaction ID", f"OM{date:%y%m%d}{digits(rng, 12)}", TXN_RANK)]


def payment_link(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A payment link the agency sent for a package, tickets or a visa service, as the customer's browser or phone
    shows it after paying (Razorpay, PayU, Cashfree, CCAvenue, Instamojo, Easebuzz, PhonePe PG; dark on some phones):
    the agency on top (Paying / Payment to), what it is for, the outcome, the sum large (a convenience fee and Total
    paid on some card payments), the way (UPI, a card, net banking, a wallet), the gateway's Payment ID /
    Transaction ID / Tracking ID and Order ID, a bank or UPI reference on some, the day, "Secured by" the gateway; a
    failed and a pending one."""
    k = place("payment_link")
    status = outcome(k, failed=(3,), pending=(6,))
    gw, kind = LINKS[k]
    way = LINK_WAYS[k]
    t = Trip(rng, status, no_ref=k == 5, no_day=k == 0, low=2500, high=150000, p_round=0.6, firm=0.5, caps=0.2)
    fee = round(t.amount * rng.choice([0.0118, 0.0177, 0.02]), 2) if way == "card" and rng.random() < 0.6 else 0.0
    total = round(t.amount + fee, 2)
    if kind == "web":
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"Razorpay": f"rzp.io/l/{code(rng, 8, MIXED)}",
                                  "Cashfree": f"payments.cashfree.com/links/{code(rng, 10, MIXED)}",
                                  "CCAvenue": "secure.ccavenue.com/transaction/status",
                                  "Instamojo": f"www.instamojo.com/@{AGENCIES[t.town][0].split()[0].lower()}"}[gw]
        dark = False
    else:
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, title="", buttons=rng.choice([("Done",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.4)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, t.to, merchant=t.to)
    else:
        p.add("small", rng.choice(["Paying", "Payment to"]))
        p.add("center", t.to, merchant=t.to)
    tour = rng.choice(PACKAGES)[0]
    p.add("small", rng.choice([f"{tour} - advance", "Air tickets", "Visa service charges", "Tour balance payment",
                               "Hotel booking"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Payment successful", "Paid"],
                            "failed": ["Payment Failed", "Payment failed"],
                            "pending": ["Payment Pending", "Payment processing"]})
    p.add("big", rs(total), amount=total)
    p.part = "body"
    p.add("rule")
    if fee:
        p.pair("Amount", rs(t.amount))
        p.pair(rng.choice(["Convenience fee", "Platform fee (card)"]), rs(fee))
        p.pair(rng.choice(["Total paid", "Total"]) if status == "success" else "Total", rs(total))
    p.pair(rng.choice(["Paid via", "Payment method", "Method"]), way_text(rng, font, way), method=way)
    if not t.no_ref:
        for label, value, rank in gateway_ids(rng, gw, t.date):
            labelled(p, label, value, txn=(rank, value))
        if status == "success" and way in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = t.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["UPI Ref No", "Bank RRN"]) if way == "UPI" else "Bank Ref No", ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not t.no_day:
        labelled(p, rng.choice(["Paid on", "Date", "Payment date", "Date & Time"]), stamp(rng, t.date, PATS),
                 date=t.date)
    p.pair(rng.choice(["Email", "Customer"]), f"{t.customer.split()[0].lower()}.{rng.randrange(10, 99)}@gmail.com")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Secured by {gw.replace(' PG', '')}")
    return p.done()


# ---------------------------------------------------------------- 11. a bank's EMI conversion of a card payment


EMI_BANKS = [("HDFC Bank", "mail", "emi.alerts@hdfcbank.net", "SmartEMI"),
             ("ICICI Bank", "phone", None, "EMI on Credit Card"),
             ("SBI Card", "phone", None, "Flexipay"),
             ("Axis Bank", "mail", "cards.emi@axisbank.com", "EMI conversion"),
             ("Kotak Mahindra Bank", "browser", "netbanking.kotak.com/cards/emi/confirmation", "Convert to EMI"),
             ("IDFC FIRST Bank", "phone", None, "EMI on card"),
             ("AU Small Finance Bank", "mail", "creditcards@aubank.in", "Easy EMI"),
             ("OneCard", "phone", None, "EMI")]


def card_emi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A card payment made to the agency, converted into EMIs by the card's bank (HDFC Bank's SmartEMI mail, ICICI
    Bank's app, SBI Card's Flexipay, Axis Bank's mail, Kotak's net banking, IDFC FIRST Bank's app, AU Bank's mail,
    OneCard's app; dark on some): the bank on top, the outcome (EMI booked / converted; a declined card payment on
    one), Merchant / Merchant name / Transaction at over the agency, the card, Transaction amount, Transaction
    date, Auth Code or Transaction Ref No on some, the EMI's loan number, tenure, interest rate, processing fee and
    its GST, monthly EMI, total interest and the first EMI's statement (a later day or none); one declined, none
    pending."""
    k = place("card_emi")
    status = outcome(k, failed=(5,))
    bank, kind, sender, product = EMI_BANKS[k]
    t = Trip(rng, status, no_ref=k == 2, no_day=k == 6, low=30000, high=450000, p_round=0.6, caps=0.7)
    rs = money(rng, font, 0.2)
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        mail_frame(p, f"{bank} <{sender}>", "Your transaction has been converted to EMI" if status == "success"
                   else "Transaction declined")
    elif kind == "browser":
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = sender
    else:
        dark = rng.random() < 0.35
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", product, "Card services"]),
                   buttons=rng.choice([("Done",), ("View EMI schedule",), ()]))
        phone_frame(p, k)
    p.part = "head"
    if kind == "phone":
        head(p, bank, {"ICICI Bank": (174, 40, 30), "SBI Card": (20, 50, 120), "IDFC FIRST Bank": (150, 30, 40),
                       "OneCard": (20, 20, 24)}[bank], p.style["h106"]["dark"], [product, "Credit Card"])
    else:
        top(p, bank)
        p.add("small", f"{product} - Credit Card")
    p.part = "outcome"
    outcome_row(p, status, {"success": ["EMI booked successfully", "Converted to EMI", "EMI conversion successful"],
                            "failed": ["Transaction declined", "EMI transaction declined"]})
    p.part = "body"
    if kind == "mail":
        p.add("left", f"Dear {t.customer.split()[0]},")
        p.add("left", "Your card transaction below has been converted into easy monthly instalments."
              if status == "success" else "Your card transaction below was declined: the credit limit is "
                                          "insufficient.")
    p.add("rule")
    payee_pair(p, ["Merchant", "Merchant name", "Transaction at"], t.to)
    p.pair(rng.choice(["Card", "Credit Card", "Card number"]), f"{rng.choice(['XXXX ', 'xx', ''])}{digits(rng, 4)}"
           if rng.random() < 0.5 else masked(rng, font), method="card")
    p.pair(rng.choice(["Transaction amount", "Amount", "Purchase amount"]), rs(t.amount), amount=t.amount)
    if not t.no_day:
        p.pair(rng.choice(["Transaction date", "Date of transaction", "Txn date"]),
               when(t.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=t.date)
    if not t.no_ref:
        if status == "success" and rng.random() < 0.5:
            appr = code(rng, 6, "0123456789")
            p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))
        else:
            ref = f"{t.date:%y}{digits(rng, 10)}"
            p.pair(rng.choice(["Transaction Ref No", "Txn Ref No"]), ref, txn=(BANK_RANK, ref))
    if status == "success":
        months = rng.choice([3, 6, 9, 12, 18, 24])
        rate = rng.choice([13.0, 14.0, 15.0, 16.0, 0.0])
        emi = instalment(t.amount, rate, months)
        interest = round(emi * months - t.amount, 2)
        p.add("rule")
        p.pair(rng.choice(["EMI Loan No", "Loan A/c No", "EMI Loan Account"]), f"{digits(rng, 4)}{digits(rng, 8)}")
        p.pair("Tenure", f"{months} months")
        p.pair(rng.choice(["Interest rate", "Rate of interest"]), f"{rate:g}% p.a." if rate else "0% (No Cost EMI)")
        p.pair("Monthly EMI", rs(emi))
        if interest > 0.5:
            p.pair("Total interest", rs(interest))
        proc = float(rng.choice([199, 299, 499]))
        p.pair("Processing fee", f"{rs(proc)} + GST")
        if not t.no_day:
            first = (t.date.replace(day=1) + dt.timedelta(days=rng.choice([35, 45]))).replace(day=rng.choice([5, 12, 18]))
            p.pair(rng.choice(["First EMI in statement of", "First EMI date"]), when(first, "%d %b %Y"))
        else:
            p.pair("First EMI", "in your next statement")
    else:
        p.add("small", "No amount has been charged. Try again or use another card.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Foreclosure of the EMI attracts 3% of the principal outstanding.",
                               "The EMI will be billed in your monthly statement.",
                               "For help, call the number on the back of your card."]))
    return p.done()


# ---------------------------------------------------------------- 12. refunds: an airline's and the agency's credit note


REFUNDS = [("IndiGo", "mail", "refunds@goindigo.in"), ("agency", "paper", None),
           ("Air India", "browser", "www.airindia.com/in/en/manage/refund-status.html"), ("agency", "pdf", None),
           ("SpiceJet", "mail", "refunds@spicejet.com"), ("Akasa Air", "browser", "www.akasaair.com/refund/status"),
           ("agency", "paper", None), ("Air India Express", "mail", "refunds@airindiaexpress.com")]


def refund_credit(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """Money going back to a customer after a cancellation: an airline's refund (its e-mail or its refund-status page:
    IndiGo, Air India, SpiceJet, Akasa Air, Air India Express) to the card or account paid from, or the agency's
    CREDIT NOTE for a cancelled package (paper or its booking system's PDF): the one refunding on top or signing,
    the customer, the cancelled booking's PNR or invoice and its day, the sum paid, cancellation charges and
    non-refundable parts taken off, Refund amount, the way back (the original card, UPI, NEFT), ARN / Refund ID / UTR,
    Refund date / Refunded on / Credit note date, Status; a refund that failed and one initiated (pending)."""
    k = place("refund_credit")
    status = outcome(k, failed=(4,), pending=(1,))
    who, kind, site = REFUNDS[k]
    t = Trip(rng, status, no_ref=k == 2, no_day=k == 5, low=4000, high=160000, firm=0.5, caps=0.3)
    rs = money(rng, font, 0.3, marks=("Rs.", "\u20b9", "INR", "Rs"))
    cancelled = t.date - dt.timedelta(days=rng.randrange(1, 12))
    if who == "agency":
        paid = whole(t.amount, 100)
        cuts = [("Less: Cancellation charges", whole(paid * rng.uniform(0.1, 0.3), 10))]
        if rng.random() < 0.6:
            cuts.append((rng.choice(["Less: Visa fee (non-refundable)", "Less: Airline cancellation fee"]),
                         whole(rupees(rng, 3000, 12000), 10)))
        way = rng.choice(["netbanking", "netbanking", "UPI"])
        if kind == "pdf":
            p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
            p.style["h106"]["url"] = "crm.tripdesk.in/credit-notes/print"
        else:
            p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
            paper(p, rng)
        agency_head(p, t, t.to, ["CREDIT NOTE", "CREDIT NOTE / REFUND VOUCHER"])
        if not t.no_ref:
            number = rng.choice([f"CN/{fy(t.date)}/{rng.randrange(10, 999):03d}",
                                 f"CN{digits(rng, 6)}"])
            p.pair(rng.choice(["Credit Note No", "Credit Note No.", "CN No"]), number, txn=(INVOICE_RANK, number))
        if not t.no_day:
            p.pair(rng.choice(["Date", "Credit note date", "Dated"]), when(t.date, rng.choice(SLIP_PATS)), date=t.date)
        p.pair(rng.choice(["Issued to", "Customer", "Refund to"]), t.customer)
        p.pair(rng.choice(["Against Invoice No", "Original invoice"]), f"INV/{t.date:%y}/{rng.randrange(100, 9999)}")
        p.pair("Reason", f"Cancellation of {rng.choice(PACKAGES)[0]}"[:40])
        if not t.no_day:
            p.pair("Cancelled on", when(cancelled, "%d/%m/%Y"))
    else:
        paid = whole(t.amount * 0.3, 1) if t.amount > 60000 else whole(t.amount, 1)
        cuts = [("Less: Cancellation charges", float(rng.choice([2999, 3500, 3999, 4500])))] if rng.random() < 0.7 \
            else []
        cuts = [c for c in cuts if c[1] < paid * 0.7]
        if rng.random() < 0.5:
            cuts.append(("Less: Convenience fee (non-refundable)", float(rng.choice([350, 399]))))
        way = rng.choice(["card", "card", "UPI", "netbanking"])
        if kind == "mail":
            p = screen(rng, font, "mail", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
            subject = {"success": "Your refund has been processed", "failed": "Refund unsuccessful",
                       "pending": "Refund initiated for your cancelled booking"}[status]
            mail_frame(p, f"{who} <{site}>", subject)
        else:
            p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
            p.style["h106"]["url"] = site
        p.part = "head"
        top(p, who, merchant=who)
        p.add("center", rng.choice(["Refund status", "Refund details", "Cancellation & refund"]))
        p.part = "body"
        if kind == "mail":
            p.add("left", f"Dear {t.customer.split()[0]},")
            p.add("left", {"success": "The refund for your cancelled booking has been processed.",
                           "failed": "Your bank could not accept the refund for your cancelled booking.",
                           "pending": "We have initiated the refund for your cancelled booking."}[status])
        pnr = code(rng, 6, CAPS)
        p.pair(rng.choice(["PNR", "Booking reference"]), pnr)
        p.pair(rng.choice(["Passenger", "Customer"]), t.customer)
        if not t.no_day:
            p.pair(rng.choice(["Cancelled on", "Cancellation date"]), when(cancelled, "%d %b %Y"))
    p.add("rule")
    amount = round(paid - sum(v for _, v in cuts), 2)
    t.amount = amount
    p.pair(rng.choice(["Amount paid", "Original amount", "Total paid"]), rs(paid))
    for n, v in cuts:
        p.pair(n if fits(p, "pair", f"{n} Rs. 99,999.00   ") else n.split(" (")[0], rs(v))
    p.pair(rng.choice(["Refund amount", "Amount refunded", "Net refund"]), rs(amount), amount=amount)
    where = {"netbanking": rng.choice([f"NEFT to A/c XXXXXX{digits(rng, 4)}", f"IMPS to A/c XXXX{digits(rng, 4)}"]),
             "UPI": f"UPI - {t.customer.split()[0].lower()}{rng.randrange(10, 99)}@okaxis",
             "card": f"Original card {masked(rng, font)}"}[way]
    p.pair(rng.choice(["Refund mode", "Refunded to", "Mode"]), where, method=way)
    if not t.no_ref:
        if status == "success" and way == "card":
            arn = f"7{digits(rng, 22)}"
            p.pair("ARN", arn, txn=(BANK_RANK, arn))
        elif status == "success":
            if where.startswith("IMPS"):
                ref, lab = t.ref, rng.choice(["IMPS Ref No", "RRN"])
            elif way == "netbanking":
                ref, lab = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB"]), rng, t.date), rng.choice(["UTR", "UTR No."])
            else:
                ref, lab = t.ref, "UPI Ref No"
            p.pair(lab, ref, txn=(UTR_RANK, ref))
        if who != "agency":
            rid = rng.choice([f"RF{digits(rng, 10)}", f"{code(rng, 3, UPPER)}{digits(rng, 9)}"])
            p.pair(rng.choice(["Refund ID", "Refund reference ID"]), rid, txn=(TXN_RANK, rid))
    if not t.no_day and who != "agency":
        lab = {"success": ["Refund date", "Refunded on", "Processed on"], "failed": ["Initiated on"],
               "pending": ["Initiated on", "Refund initiated on"]}[status]
        p.pair(rng.choice(lab), when(t.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=t.date)
    p.pair(rng.choice(["Status", "Refund Status"]),
           {"success": rng.choice(["Refund processed", "Refunded", "Refund credited"]),
            "failed": rng.choice(["Refund failed - account details invalid", "Refund failed"]),
            "pending": rng.choice(["Refund initiated", "Refund in progress"])}[status], status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Refunds reach your account in 5-7 working days.",
                               "For queries, write to us quoting the reference above."]))
    if who == "agency":
        p.add("right", rng.choice(["Authorised Signatory", f"For {AGENCIES[t.town][0]}"]))
    return p.done()


# ---------------------------------------------------------------- drawing


compose = compose121

"""The twelve heldout138 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a cab and taxi fleet operator's day (forty cars, some of them electric, in Pune,
Lucknow, Visakhapatnam, Coimbatore, Nashik, Ranchi, Vadodara and Mangaluru) in 2026, told by the proofs of payment
that pass through it: riders paying a trip by UPI, corporate clients paying a month's cab bill by NEFT, RTGS or IMPS,
the operator's duty slip cum invoice (km x rate, extra hours, driver allowance, toll and parking, an advance), an
aggregator's weekly payout to the fleet, the fuel and CNG pumps' terminal slips, an EV charging network's session
receipt (kWh x rate), FASTag wallet recharges and toll plaza tickets, a vehicle loan's EMI receipts (an SMS on
some), a taxi's motor insurance premium receipt, the operator's payouts to drivers (salary, incentives) and to
riders (refunds of cancelled trips), an authorised service centre's workshop invoice, and the traffic police's
e-challans and the transport department's tax and permit receipts. Every row is added to heldout113's ``Screen``
with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, vehicle
registration numbers, models, drivers' names, km readings, kWh, state of charge, rates, fares, extra hours,
allowances, tolls beside a trip, advances, gross fares, commissions, GST and TDS lines, cash collected by drivers,
salary heads, cancellation charges, fuel rates and volumes, tag, wallet and customer ids, balances, IDV and premium
heads, policy, proposal, loan agreement, job card, booking, trip, session, partner, challan and VIN numbers, GSTIN,
account numbers, IFSC, TID and batch, the payer's own details and every other day (a trip's, a payout week's, a
policy period's, an offence's, a tax period's, a next EMI's or service's) carry no fact. ``compose`` is
heldout121's (heldout119's frames and marks, heldout106's SMS screen, heldout129's rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import glyphs, hhmm, neft_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import masked, money, way_text
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
HEX = "0123456789ABCDEF"

# city, PIN code, locality, state, GST state code, the city's registration prefix
CITIES = [("Pune", "411057", "Hinjawadi", "Maharashtra", "27", "MH12"),
          ("Lucknow", "226010", "Gomti Nagar", "Uttar Pradesh", "09", "UP32"),
          ("Visakhapatnam", "530016", "Dwaraka Nagar", "Andhra Pradesh", "37", "AP39"),
          ("Coimbatore", "641018", "Gandhipuram", "Tamil Nadu", "33", "TN66"),
          ("Nashik", "422002", "College Road", "Maharashtra", "27", "MH15"),
          ("Ranchi", "834001", "Lalpur", "Jharkhand", "20", "JH01"),
          ("Vadodara", "390007", "Alkapuri", "Gujarat", "24", "GJ06"),
          ("Mangaluru", "575003", "Kadri", "Karnataka", "29", "KA19")]
# the operator in each city: its trade name, its company
TRADE, FIRM = range(2)
OPERATORS = [("Sahyadri Cabs", "Sahyadri Fleet Services Pvt Ltd"),
             ("Awadh Cab Services", "Awadh Mobility Pvt Ltd"),
             ("Waltair Taxi Co.", "Waltair Travels & Cabs LLP"),
             ("Kovai Call Taxi", "Kovai Cabs Pvt Ltd"),
             ("Godavari Cabs", "Godavari Tours & Travels Pvt Ltd"),
             ("Hundru Cabs", "Hundru Mobility Solutions Pvt Ltd"),
             ("Sayaji Cab Service", "Sayaji Travels Pvt Ltd"),
             ("Karavali Cabs", "Karavali Tours & Cabs LLP")]
SLUGS = ["sahyadricabs", "awadhcabs", "waltairtaxi", "kovaicalltaxi", "godavaricabs", "hundrucabs", "sayajicabs",
         "karavalicabs"]
# the fleet's cars: model, fuel
CARS = [("Maruti Suzuki Dzire Tour S", "CNG"), ("Maruti Suzuki Ertiga Tour M", "CNG"), ("Hyundai Aura", "CNG"),
        ("Toyota Innova Crysta", "Diesel"), ("Tata Xpres-T EV", "EV"), ("Tata Tigor EV", "EV"),
        ("MG ZS EV", "EV"), ("BYD e6", "EV")]
DRIVERS = ["Santosh Jadhav", "Ramesh Yadav", "K. Srinivasa Rao", "M. Murugesan", "Dnyaneshwar Pawar",
           "Birsa Oraon", "Jignesh Vaghela", "Ravi Poojary", "Mohd. Salim", "Anil Gaikwad", "P. Venkatesh",
           "Sunil Mahto"]
RIDERS = ["Aditi Kulkarni", "Rohit Srivastava", "Sravani Pydi", "Karthik Subramanian", "Neha Deshpande",
          "Ankit Kumar Singh", "Pooja Desai", "Shreya Shetty", "Vikram Rathore", "Fatima Sheikh", "Manoj Pillai",
          "Ishaan Mehra"]
# corporate clients in each city
CLIENTS = ["Pinnacle Infotech Solutions Pvt Ltd", "Avadh Agro Industries Ltd", "Vizag Steel Ancillaries Pvt Ltd",
           "Kovai Pumps & Motors Ltd", "Trimbak Wines Pvt Ltd", "Jharkhand Mineral Traders", "Baroda Petrochem Ltd",
           "Canara Coast Seafoods Pvt Ltd"]
OPERATOR_SUBS = ["Airport transfers | Local & outstation | Corporate car rentals",
                 "AC cabs 24x7 - tourist taxi & employee transport",
                 "Tourist taxi operator - All India Tourist Permit"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from your bank. Show this screen to the driver."]
# paper's ways of writing a day
DAY_PATS = ["%d/%m/%Y", "%d-%b-%Y", "{d} %B %Y", "%d.%m.%Y", "%b %d, %Y", "%d-%m-%Y", "%d %b %y", "%Y/%m/%d"]


def operator(rng: random.Random, i: int, *, firm: float = 0.25, caps: float = 0.25) -> str:
    """The operator as a payee: its trade name, its company's on some, in capitals on some."""
    name = OPERATORS[i][FIRM] if rng.random() < firm else OPERATORS[i][TRADE]
    return name.upper() if rng.random() < caps else name


def reg_no(rng: random.Random, town: int) -> str:
    """A car's registration number: never an id."""
    head = CITIES[town][5]
    tail = f"{code(rng, 2, UPPER)}{rng.randrange(1, 9999):04d}"
    return rng.choice([f"{head}{tail}", f"{head} {tail[:2]} {tail[2:]}", f"{head[:2]}-{head[2:]}-{tail[:2]}-"
                                                                           f"{tail[2:]}"])


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 50000, p_round: float = 0.6, firm: float = 0.25, caps: float = 0.25,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(OPERATORS)) if town is None else town
        self.to = operator(rng, self.town, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)
        self.car = rng.choice(CARS)
        self.reg = reg_no(rng, self.town)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a trip's, a period's, a next EMI's): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))


def letterhead(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True,
               sub: list[str] | None = None) -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), the document's kind; the
    payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or OPERATOR_SUBS))
    p.add("small", f"{rng.randrange(2, 240)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN {gstin(rng, city[4])}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def ref_rows(p: Screen, j: Job, way: str, *, heads: list[str]) -> None:
    """A paid page's reference for its way: UPI Ref for UPI, an NEFT UTR, an IMPS reference, an approval code and an
    RRN for a card; nothing for cash."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref No.", "UPI Txn Ref", "UTR (UPI)"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("netbanking", "NEFT"):
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["NEFT UTR", "UTR No.", "Bank UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref No.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval Code"]), appr, txn=(APPR_RANK, appr))
        if rng.random() < 0.5:
            p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))


def method_of(way: str) -> str:
    return "netbanking" if way in ("NEFT", "RTGS", "IMPS", "NACH") else way


def phone_page(rng: random.Random, font: str, k: int, titles: list[str]) -> Screen:
    p = screen(rng, font, "phone", dark=rng.random() < 0.3, width=620, title=rng.choice(titles),
               buttons=rng.choice([("Download receipt",), ("Done",), ("Share", "Done"), ()]))
    phone_frame(p, k)
    return p


def mail_page(rng: random.Random, font: str, sender: str, subjects: list[str]) -> Screen:
    p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    mail_frame(p, sender, rng.choice(subjects))
    return p


def browser_page(rng: random.Random, font: str, url: str) -> Screen:
    p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    p.style["h106"]["url"] = url
    return p


def paper_page(rng: random.Random, font: str, widths: list[int]) -> Screen:
    p = screen(rng, font, width=rng.choice(widths), size=rng.choice([17, 18]))
    paper(p, rng)
    return p


# ---------------------------------------------------------------- 1. a rider's UPI payment for a trip


UPI_ORDER = ["Paytm", "BHIM", "Navi", "Google Pay", "CRED", "PhonePe", "MobiKwik", "Amazon Pay"]
TRIP_NOTES = ["Airport drop", "Cab fare", "Airport pickup + parking", "Outstation advance", "Local 8hr 80km",
              "Taxi fare incl toll", "Railway station drop", "Cab booking advance", "Innova outstation"]


def rider_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A rider's UPI app paying the operator for an airport transfer, a local package or an outstation trip's
    advance (Paytm, BHIM, Navi, Google Pay, CRED, PhonePe, MobiKwik, Amazon Pay; dark on CRED and some others):
    heldout125's result screen, the operator (its company on some) under Paid to / To / Sent to (Paying to / Payment
    to on a failure or a wait), a note (Airport drop, Outstation advance) on most."""
    k = place("rider_upi")
    status = outcome(k, failed=(5,), pending=(1,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=280, high=9500, p_round=0.9, firm=0.1)
    if rng.random() < 0.4:
        j.amount = float(rng.choice([450, 650, 899, 1200, 1500, 2000, 2500, 3000]))
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, OPERATORS[j.town][TRADE], WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(TRIP_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Need help?  |  Raise a dispute"]))
    return p.done()


# ---------------------------------------------------------------- 2. a corporate client's transfer for a month's bill


XFER = [("ICICI Bank CIB", None, "web", "NEFT", "ICIC"),
        ("HDFC Bank ENet", None, "web", "RTGS", "HDFC"),
        ("Kotak FYN", (237, 28, 36), "app", "NEFT", "KKBK"),
        ("Axis Bank iConnect", None, "web", "IMPS", "UTIB"),
        ("YONO Business", (40, 0, 110), "app", "NEFT", "SBIN"),
        ("bob World Business", (240, 90, 40), "app", "RTGS", "BARB"),
        ("FedCorp", None, "web", "NEFT", "FDRL"),
        ("RBL Bank Corporate", None, "web", "RTGS", "RATN")]
XFER_URLS = {"ICICI Bank CIB": "cib.icicibank.com/corp/BANKAWAY/payments/neft",
             "HDFC Bank ENet": "enet.hdfcbank.com/corp/Payments/RTGS/Acknowledgement",
             "Axis Bank iConnect": "iconnect.axisbank.co.in/corp/fundtransfer/imps/ack",
             "FedCorp": "fedcorp.federalbank.co.in/corp/NEFTStatus",
             "RBL Bank Corporate": "corporate.rblbank.com/payments/rtgs/status"}
XFER_NOTES = ["Cab hire charges - monthly bill", "Employee transport", "Staff pick-up & drop invoice",
              "Vendor payment - cab services", "Guest cabs & airport transfers", "Cab bill net of TDS 194C"]


def corporate_neft(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A corporate client's corporate banking (ICICI Bank CIB, HDFC Bank ENet, Kotak FYN, Axis Bank iConnect, YONO
    Business, bob World Business, FedCorp, RBL Bank Corporate) after an NEFT, RTGS or IMPS paying the operator's
    monthly cab bill: heldout124's page, the operator under Payee Name / Vendor Name / Beneficiary, the account and
    IFSC, the mode, UTR / IMPS Ref No and the bank's Host Ref No. / Payment Ref No. / Transaction ID on some, the day,
    the debit account, Purpose / Remarks (an invoice number inside the remark names the bill, never the payment)."""
    k = place("corporate_neft")
    status = outcome(k, failed=(2,), pending=(7,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (8000, 190000), "NEFT": (15000, 480000), "RTGS": (205000, 1400000)}[mode]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, low=low, high=high, p_round=0.5, firm=0.5, caps=0.35)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Vendor payments", payee_labels=["Payee Name", "Vendor Name", "Beneficiary"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Host Ref No.", "Payment Ref No.", "Transaction ID"],
                  txn_label="Transaction ID")
    note = rng.choice(XFER_NOTES)
    if not j.no_ref and rng.random() < 0.5:
        note = f"Inv {SLUGS[j.town][:3].upper()}-{rng.randrange(100, 9999)} cab bill"
    p.pair(rng.choice(["Purpose", "Remarks", "Payment narration"]), note)
    if status == "failed":
        p.add("small", "Credit to the beneficiary failed. The amount will be reversed to the debit account.")
    elif status == "pending":
        p.add("small", "The transfer is being processed. Check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Maker: ACCTS01  |  Checker: FINHEAD", "Bank never asks for your OTP or PIN"]))
    return p.done()


# ---------------------------------------------------------------- 3. the operator's duty slip cum invoice


TRIP_WAYS = ["cash", "card", "UPI", "UPI", "cash", "UPI", "card", "NEFT"]
DESTS = [["Mumbai", "Lonavala", "Shirdi", "Mahabaleshwar"], ["Ayodhya", "Kanpur", "Prayagraj", "Naimisharanya"],
         ["Araku Valley", "Vijayawada", "Srikakulam", "Annavaram"], ["Ooty", "Palakkad", "Kodaikanal", "Tiruppur"],
         ["Shirdi", "Trimbakeshwar", "Mumbai", "Saputara"], ["Jamshedpur", "Hazaribagh", "Netarhat", "Deoghar"],
         ["Ahmedabad", "Statue of Unity", "Pavagadh", "Surat"], ["Udupi", "Kukke Subramanya", "Madikeri", "Murudeshwar"]]


def trip_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The operator's DUTY SLIP CUM INVOICE / TRIP INVOICE / TAXI BILL - RECEIPT / TOUR INVOICE (paper): the operator
    on top (the payee), Invoice / Bill / Duty Slip No., Date / Bill Date / Invoice Dt., Guest / Passenger / Booked by,
    the car and its Reg. No., the driver, the trip, Journey date (no fact), Opening / Closing / Total km, km x rate
    (a minimum 250 km a day outstation), extra hours, driver allowance, night charges, toll & parking, GST @ 5% on
    the hire, Total, Less: Advance paid on some, Balance received / Amount received (the sum), cash / UPI / card /
    NEFT and its reference; PAID / RECEIVED WITH THANKS / <way> FAILED - BALANCE DUE / PAYMENT DUE - BILL TO COMPANY
    in a row and the operator's rubber stamp."""
    k = place("trip_invoice")
    status = outcome(k, failed=(6,), pending=(3,))
    way = TRIP_WAYS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, firm=0.35)
    p = paper_page(rng, font, [660, 700])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.5)
    letterhead(p, j, j.to, ["DUTY SLIP CUM INVOICE", "TRIP INVOICE", "TAXI BILL - RECEIPT", "TOUR INVOICE"])
    if not j.no_ref:
        inv = rng.choice([f"TI/{j.year()}{rng.randrange(1, 9999):04d}", f"DS-{rng.randrange(10000, 99999)}",
                          f"{SLUGS[j.town][:2].upper()}{digits(rng, 6)}"])
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Duty Slip No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Bill Date", "Invoice Dt."]), j.day(rng), date=j.date)
    guest = rng.choice(RIDERS)
    wrap_pair(p, rng.choice(["Guest", "Passenger", "Booked by"]),
              guest if rng.random() < 0.6 else f"M/s {CLIENTS[j.town]}")
    wrap_pair(p, rng.choice(["Vehicle", "Car"]), f"{j.car[0]} ({j.reg})")
    p.pair(rng.choice(["Driver", "Chauffeur"]), rng.choice(DRIVERS))
    kind = rng.choice(["outstation", "outstation", "local", "airport"])
    days = rng.randint(1, 3) if kind == "outstation" else 1
    rate = float(rng.choice([11, 12, 13, 14, 16, 18, 20]))
    if kind == "outstation":
        trip = f"{CITIES[j.town][0]} - {rng.choice(DESTS[j.town])} - {CITIES[j.town][0]}"
        km = rng.randrange(180, 420) * days
    elif kind == "local":
        trip = rng.choice(["Local 8 hrs / 80 km", "Local 12 hrs / 120 km", "Local full day"])
        km = rng.randrange(60, 140)
    else:
        trip = rng.choice(["Airport transfer", "Airport drop", "Airport pickup"])
        km = rng.randrange(14, 48)
    wrap_pair(p, rng.choice(["Trip", "Route", "Duty type"]), trip)
    if not j.no_day and rng.random() < 0.7:
        start = j.date - dt.timedelta(days=rng.randrange(days, days + 3))
        p.pair(rng.choice(["Journey date", "Trip started", "Reporting date"]), when(start, rng.choice(DAY_PATS)))
    opening = rng.randrange(18000, 190000)
    p.pair(rng.choice(["Opening km", "Start km"]), f"{opening:,}")
    p.pair(rng.choice(["Closing km", "End km"]), f"{opening + km:,}")
    p.add("rule")
    lines: list[tuple[str, float]] = []
    if kind == "outstation":
        billed = max(km, 250 * days)
        lines.append((f"{billed} km x {rate:g}/km" + (f" (min 250 km x {days})" if billed > km else ""),
                      billed * rate))
        lines.append((f"Driver allowance {days} day(s)", float(rng.choice([300, 350, 400, 500]) * days)))
        if rng.random() < 0.5:
            lines.append(("Night charges", float(rng.choice([250, 300, 350]) * days)))
    elif kind == "local":
        base = float(rng.choice([1800, 2200, 2600, 3200]))
        lines.append((rng.choice(["Package", "Package charges"]), base))
        extra_km = max(0, km - 80)
        if extra_km:
            lines.append((f"Extra {extra_km} km x {rate:g}", extra_km * rate))
        hours, per_hour = rng.randint(0, 3), rng.choice([150, 180, 200])
        if hours:
            lines.append((f"Extra {hours} hr x {per_hour}", float(hours * per_hour)))
    else:
        lines.append((rng.choice(["Airport transfer fare", "Fixed fare"]), float(rng.choice([650, 899, 1100, 1400]))))
    hire = sum(value for _, value in lines)
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    gst = round(hire * 0.05, 2)
    p.pair(rng.choice(["GST @ 5%", "CGST 2.5% + SGST 2.5%"]), rs(gst))
    toll = float(rng.choice([0, 0, 120, 245, 310, 480, 655])) if kind != "local" else 0.0
    parking = float(rng.choice([0, 60, 90, 150]))
    if toll:
        p.pair(rng.choice(["Toll (as per receipts)", "Toll charges"]), rs(toll))
    if parking:
        p.pair("Airport parking" if kind == "airport" else "Parking", rs(parking))
    total = round(hire + gst + toll + parking, 2)
    p.pair(rng.choice(["Total", "Bill amount", "Grand Total"]), rs(total))
    advance = float(whole(total * rng.uniform(0.2, 0.4), 100)) if kind == "outstation" and rng.random() < 0.7 else 0
    if advance:
        p.pair(rng.choice(["Less: Advance paid", "Less: Advance received"]), rs(advance))
    due = round(total - advance, 2)
    j.amount = due
    if status == "success":
        p.pair(rng.choice(["Balance received", "Amount received", "Received"]) if advance
               else rng.choice(["Amount received", "Received"]), rs(due), amount=due)
    else:
        p.pair(rng.choice(["Balance payable", "Balance due"]) if advance else rng.choice(["Amount payable",
                                                                                            "Amount due"]),
               rs(due), amount=due)
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(due)})")
    if status != "pending":
        p.pair(rng.choice(["Payment mode", "Paid by", "Mode"]),
               {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR in cab)", "GPay / UPI"]), "NEFT": "NEFT",
                "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way],
               method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["SBIN", "HDFC", "ICIC", "UTIB"])
    tried = {"UPI": "UPI", "card": "CARD", "cash": "UPI", "NEFT": "NEFT"}[way]
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAID - THANK YOU"]),
            "failed": f"{tried} FAILED - BALANCE DUE",
            "pending": rng.choice(["PAYMENT DUE - BILL TO COMPANY", "PAYMENT DUE"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Toll, parking and state entry tax at actuals. Km from garage to garage.")
    p.add("pair", "Guest's signature", "For the operator")
    name = OPERATORS[j.town][TRADE]
    p.add("gap")
    p.add("gap")
    seal(p, name, "ACCOUNTS", None if j.no_day or status != "success" else j.date,
         word if len(word) < 24 else word.split(" - ")[0])
    return p.done()


# ---------------------------------------------------------------- 4. an aggregator's weekly payout to the fleet


AGGS = [("Uber", "uber.com"), ("Ola Fleet", "olacabs.com"), ("Rapido Cab", "rapido.bike"),
        ("Savaari Partner", "savaari.com"), ("Gozo Cabs", "gozocabs.com"), ("MakeMyTrip Cabs", "makemytrip.com"),
        ("Uber", "uber.com"), ("Ola Fleet", "olacabs.com")]
AGG_FRAMES = ["phone", "mail", "browser", "phone", "mail", "browser", "phone", "mail"]
AGG_MODES = ["IMPS", "NEFT", "NEFT", "IMPS", "NEFT", "NEFT", "IMPS", "NEFT"]


def aggregator_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An aggregator's weekly payout to the fleet (Uber, Ola Fleet, Rapido Cab, Savaari Partner, Gozo Cabs,
    MakeMyTrip Cabs; its fleet app, its e-mail or its partner portal in a browser): the aggregator on top (the
    payer), Weekly payout statement / Payout summary / Settlement advice, the outcome, the net payout large on the
    app, Fleet partner / Paid to / Beneficiary the operator (the payee), Partner / Fleet ID (never an id), the week
    (no fact), trips and cars, Trip fares, Tolls & airport fees, Incentives, Less: commission, GST on it, TDS u/s
    194-O, cash collected by drivers, Net payout (the sum), the account, NEFT / IMPS, UTR and Payout / Settlement ID,
    Paid on / Settled on / Attempted on / Initiated on; Paid / Settled / Payout failed - bank account inactive /
    Payout on hold - processing."""
    k = place("aggregator_payout")
    status = outcome(k, failed=(4,), pending=(0,))
    name, site = AGGS[k]
    frame, mode = AGG_FRAMES[k], AGG_MODES[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 2, firm=0.6, caps=0.3)
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Payouts", "Earnings"])
        rs = money(rng, font, 0.2)
    elif frame == "mail":
        p = mail_page(rng, font, f"{name} <payouts@{site}>", ["Your weekly payout statement",
                                                               "Payout settled to your bank account"])
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = browser_page(rng, font, f"partners.{site}/fleet/payouts/{code(rng, 8, MIXED)}")
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, name)
    p.add("center", rng.choice(["Weekly payout statement", "Payout summary", "Settlement advice - fleet partner"]))
    p.add("rule")
    p.part = "body"
    trips = rng.randrange(180, 1400)
    gross = round(trips * rng.uniform(260, 520), 2)
    tolls = round(trips * rng.uniform(4, 18), 2)
    bonus = float(rng.choice([0, 2500, 4000, 7500, 12000]))
    pct = rng.choice([15, 18, 20, 22, 25])
    fee = round(gross * pct / 100, 2)
    gst = round(fee * 0.18, 2)
    tds = round(gross * 0.001, 2)
    cash = round(gross * rng.uniform(0.1, 0.35), 2)
    net = round(gross + tolls + bonus - fee - gst - tds - cash, 2)
    j.amount = net
    if frame == "phone":
        outcome_row(p, status, {"success": ["Paid", "Payout sent"], "failed": ["Payout failed"],
                                "pending": ["Payout on hold", "Processing"]})
        p.add("big", rs(net), amount=net)
    wrap_pair(p, rng.choice(["Fleet partner", "Paid to", "Beneficiary"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Partner ID", "Fleet ID", "Vendor code"]), f"{code(rng, 3, UPPER)}{digits(rng, 6)}")
    if not j.no_day:
        end = j.date - dt.timedelta(days=rng.randrange(1, 4))
        start = end - dt.timedelta(days=6)
        p.pair(rng.choice(["Week", "Payout period", "Cycle"]), f"{when(start, '{d} %b')} - {when(end, '{d} %b %Y')}")
    p.pair(rng.choice(["Trips completed", "Trips"]), f"{trips:,}")
    p.pair(rng.choice(["Cars active", "Vehicles on trip"]), f"{rng.randrange(24, 41)} of 40")
    p.add("rule")
    p.pair(rng.choice(["Trip fares", "Gross fare"]), rs(gross))
    p.pair(rng.choice(["Tolls & airport fees", "Tolls reimbursed"]), rs(tolls))
    if bonus:
        p.pair(rng.choice(["Incentives", "Quest bonus"]), rs(bonus))
    p.pair(f"Less: {rng.choice(['Commission', 'Service fee', 'Platform fee'])} ({pct}%)", rs(fee))
    p.pair(rng.choice(["Less: GST on commission @ 18%", "Less: GST @ 18%"]), rs(gst))
    p.pair(rng.choice(["Less: TDS u/s 194-O (0.1%)", "Less: TDS 194-O"]), rs(tds))
    p.pair(rng.choice(["Less: Cash collected by drivers", "Less: Cash trips"]), rs(cash))
    if frame == "phone":
        p.pair(rng.choice(["Net payout", "Amount payable"]), rs(net))
    else:
        p.pair(rng.choice(["Net payout", "Net amount settled"]) if status == "success"
               else rng.choice(["Net payout", "Amount payable"]), rs(net), amount=net)
    p.pair(rng.choice(["Bank account", "Credited to"]), f"{rng.choice(['HDFC Bank', 'Axis Bank', 'SBI'])} "
                                                        f"XXXX{digits(rng, 4)}")
    p.pair(rng.choice(["Mode", "Transfer mode"]), mode, method="netbanking")
    if not j.no_ref:
        pid = rng.choice([f"PO{digits(rng, 12)}", f"STL-{code(rng, 10, UPPER + '0123456789')}"])
        labelled(p, rng.choice(["Payout ID", "Settlement ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success":
            ref = j.ref if mode == "IMPS" else neft_utr(rng.choice(["HDFC", "CITI", "ICIC"]), rng, j.date)
            labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Settled on", "Payout date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], j.day(rng) if frame != "phone" else stamp(rng, j.date, PATS),
                 date=j.date)
    if frame != "phone":
        p.pair("Status", {"success": rng.choice(["Paid", "Settled"]),
                          "failed": "Payout failed - bank account inactive",
                          "pending": "Payout on hold - processing"}[status], status=status)
    if status == "failed":
        p.add("small", "Update your bank details. The payout will be retried in the next cycle.")
    p.part = "foot"
    p.add("small", "TDS certificate (Form 16A) will be available quarterly on the partner portal.")
    return p.done()


# ---------------------------------------------------------------- 5. a fuel or CNG pump's slip


# brand, product, town, way, the outlet
PUMPS = [("INDIANOIL", "DIESEL", 0, "fleet", "SAI SHRADDHA FUELS"),
         ("MNGL - CNG", "CNG", 4, "UPI", "GODAVARI CNG STATION"),
         ("HP PETROL PUMP", "PETROL", 2, "card", "SRI SAI DURGA FILLING STN"),
         ("BHARAT PETROLEUM", "DIESEL", 6, "fleet", "SAYAJI AUTO CENTRE"),
         ("GREEN GAS LTD - CNG", "CNG", 1, "cash", "AWADH CNG SERVICE STN"),
         ("GAIL GAS - CNG", "CNG", 5, "card", "HUNDRU FUEL POINT"),
         ("INDIANOIL CNG", "CNG", 3, "UPI", "KOVAI FUELS & CNG"),
         ("HP PETROL PUMP", "DIESEL", 7, "fleet", "KARAVALI SERVICE STATION")]
FLEET_CARDS = {"INDIANOIL": "XTRAPOWER FLEET CARD", "BHARAT PETROLEUM": "SMARTFLEET CARD",
               "HP PETROL PUMP": "DRIVETRACK PLUS CARD"}
RATES = {"CNG": (76.0, 94.0), "DIESEL": (87.5, 94.5), "PETROL": (94.5, 109.5)}


def fuel_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A fuel or CNG pump's terminal slip for a fleet car (IndianOil, MNGL, HP, Bharat Petroleum, Green Gas, GAIL
    Gas; monospace): the brand, the outlet under it (the payee), its town, TID, RECEIPT NO / TXN NO, DATE and TIME,
    NOZZLE, PRODUCT, RATE, VOLUME, AMOUNT, VEH NO, the way (an oil company's fleet card with its balance, a bank card
    with APPR CODE and RRN, UPI with its RRN, cash); TXN APPROVED / APPROVED / PAID - CASH / DECLINED / TXN PENDING -
    AWAITING UPI CONFIRMATION."""
    k = place("fuel_slip")
    status = outcome(k, failed=(2,), pending=(6,))
    brand, product, town, way, outlet = PUMPS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, town=town)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    rate = round(rng.uniform(*RATES[product]), 2)
    if rng.random() < 0.5:
        amount = float(rng.choice([300, 400, 500, 600, 700, 800] if product == "CNG"
                                  else [500, 1000, 1500, 2000, 2500, 3000]))
        qty = round(amount / rate, 2)
    else:
        qty = round(rng.uniform(6, 45) if product != "CNG" else rng.uniform(4, 11), 2)
        amount = round(qty * rate, 2)
    j.amount = amount
    unit = "KG" if product == "CNG" else "L"
    name = outlet if fits(p, "center", outlet) else " ".join(outlet.split()[:2])
    p.part = "head"
    p.add("center", brand)
    p.add("center", name, merchant=name)
    p.add("center", f"{CITIES[town][2].upper()}, {CITIES[town][0].upper()}")
    p.part = "body"
    p.pair("TID:", digits(rng, 8))
    if not j.no_ref:
        rno = f"{rng.randrange(1, 99999):05d}"
        p.pair(rng.choice(["RECEIPT NO:", "BILL NO:"]), rno, txn=(INVOICE_RANK, rno))
    clock = hhmm(rng, twelve=False, seconds=rng.random() < 0.5)
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d%b%Y", "%Y-%m-%d"]), upper=True),
               date=j.date)
    p.pair("TIME:", clock)
    p.pair(rng.choice(["NOZZLE NO:", "DU/NOZ:"]), f"{rng.randrange(1, 9)}" + rng.choice(["", f"/{rng.randrange(1, 5)}"]))
    p.pair("PRODUCT:", product)
    p.pair(f"RATE(RS/{unit}):", f"{rate:.2f}")
    p.pair(f"VOLUME({unit}):", f"{qty:.2f}")
    grouped = rng.random() < 0.4
    p.pair(rng.choice(["AMOUNT(RS):", "AMOUNT:", "SALE AMT:"]), f"{amount:,.2f}" if grouped else f"{amount:.2f}",
           amount=amount)
    p.pair(rng.choice(["VEH NO:", "VEHICLE NO:"]), j.reg.replace(" ", "").replace("-", ""))
    p.add("rule")
    if way == "fleet":
        p.add("left", FLEET_CARDS[brand], method="wallet")
        p.pair("CARD NO:", f"XXXXXXXXXXXX{digits(rng, 4)}")
        if not j.no_ref:
            tid = digits(rng, 12)
            p.pair("TXN ID:", tid, txn=(TXN_RANK, tid))
        p.pair(rng.choice(["BAL:", "CCMS BAL:"]), f"{rupees(rng, 2000, 90000):.2f}")
    elif way == "card":
        p.add("left", f"{rng.choice(['VISA', 'RUPAY', 'MASTERCARD'])} {rng.choice(['XXXX', '****'])}{digits(rng, 4)}",
              method="card")
        if not j.no_ref and status == "success":
            appr = digits(rng, 6)
            p.pair("APPR CODE:", appr, txn=(APPR_RANK, appr))
        if not j.no_ref and status != "pending":
            p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    elif way == "UPI":
        p.add("left", rng.choice(["UPI - DYNAMIC QR", "PAID VIA UPI", "BHARAT QR / UPI"]), method="UPI")
        if not j.no_ref and status == "success":
            p.pair(rng.choice(["RRN:", "UPI REF:"]), j.ref, txn=(UTR_RANK, j.ref))
    else:
        p.add("left", "MODE: CASH", method="cash")
    p.add("rule")
    word = {"success": {"cash": "PAID - CASH"}.get(way, rng.choice(["TXN APPROVED", "APPROVED"])),
            "failed": "DECLINED", "pending": "TXN PENDING"}[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.add("center", rng.choice(["51-INSUFFICIENT FUNDS", "55-INCORRECT PIN"]))
    elif status == "pending":
        p.add("center", "AWAITING UPI CONFIRMATION")
    p.part = "foot"
    p.add("small", rng.choice(["THANK YOU. VISIT AGAIN", "SAVE FUEL, SAVE MONEY", "CHECK ZERO BEFORE FILLING"]))
    return p.done()


# ---------------------------------------------------------------- 6. an EV charging network's session receipt


NETS = [("Tata Power EZ Charge", "tatapower.com"), ("Statiq", "statiq.in"), ("ChargeZone", "chargezone.co.in"),
        ("Jio-bp pulse", "jiobp.com"), ("Zeon Charging", "zeoncharging.com"), ("GLIDA", "glida.in"),
        ("Kazam", "kazam.in"), ("ElectreeFi", "electreefi.com")]
EV_FRAMES = ["phone", "mail", "phone", "phone", "mail", "phone", "phone", "mail"]
EV_WAYS = ["UPI", "card", "UPI", "wallet", "UPI", "wallet", "UPI", "card"]


def ev_charging(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An EV charging network's receipt for a fleet car's session (Tata Power EZ Charge, Statiq, ChargeZone, Jio-bp
    pulse, Zeon Charging, GLIDA, Kazam, ElectreeFi; its app or its e-mail): the network on top (the payee),
    Charging session receipt / Session summary / Payment receipt, the outcome and the total large on the app, the
    station, the charger and its connector, the car and its Reg. No., Session ID (never an id), Start and End (an
    hour), Duration, Energy delivered (kWh), SoC, Energy charges kWh x rate, Idle fee, Service fee, GST @ 18%, Total
    (the sum), the app's wallet / UPI / a card, Payment ID / Transaction ID / Invoice No. and UPI Ref, Paid on / Date
    / Attempted on / Initiated on; Payment successful / Paid / Payment failed - low wallet balance / Payment pending."""
    k = place("ev_charging")
    status = outcome(k, failed=(3,), pending=(6,))
    net, site = NETS[k]
    frame, way = EV_FRAMES[k], EV_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 5)
    j.car = rng.choice(CARS[4:])
    j.to = net.upper() if rng.random() < 0.2 else net
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Session details", "Receipt"])
        rs = money(rng, font, 0.1)
    else:
        p = mail_page(rng, font, f"{net} <noreply@{site}>", ["Your charging session receipt",
                                                             "Thanks for charging with us"])
        rs = money(rng, font, 0.1, marks=("\u20b9", "Rs.", "INR"))
    kwh = round(rng.uniform(8, 46), 2)
    rate = float(rng.choice([18, 19.5, 21, 22, 24, 25]))
    energy = round(kwh * rate, 2)
    idle = float(rng.choice([0, 0, 20, 50])) if rng.random() < 0.5 else 0.0
    service = float(rng.choice([0, 10, 15])) if rng.random() < 0.4 else 0.0
    gst = round((energy + idle + service) * 0.18, 2)
    total = round(energy + idle + service + gst, 2)
    j.amount = total
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("center", rng.choice(["Charging session receipt", "Session summary", "Payment receipt"]))
    p.part = "body"
    if frame == "phone":
        outcome_row(p, status, {"success": ["Payment successful", "Paid"],
                                "failed": ["Payment failed - low wallet balance" if way == "wallet"
                                           else "Payment failed"],
                                "pending": ["Payment pending", "Payment processing"]})
        p.add("big", rs(total), amount=total)
    p.add("rule")
    wrap_pair(p, rng.choice(["Station", "Charging hub"]), f"{CITIES[j.town][2]} {rng.choice(['Fleet Hub', 'EV Hub'])}"
                                                           f", {CITIES[j.town][0]}")
    p.pair(rng.choice(["Charger", "Charge point"]), f"DC {rng.choice([30, 60, 120])} kW CCS2 - Gun {rng.randint(1, 2)}")
    wrap_pair(p, "Vehicle", f"{j.car[0]} {j.reg}")
    p.pair(rng.choice(["Session ID", "Session No."]), f"{code(rng, 2, UPPER)}{digits(rng, 9)}")
    start = dt.datetime(2026, 1, 1, rng.randrange(6, 21), rng.randrange(60))
    minutes = int(kwh / rng.uniform(18, 40) * 60) + 5
    end = start + dt.timedelta(minutes=minutes)
    p.pair("Start", start.strftime("%I:%M %p"))
    p.pair("End", end.strftime("%I:%M %p"))
    p.pair("Duration", f"{minutes // 60} h {minutes % 60:02d} min" if minutes >= 60 else f"{minutes} min")
    low_soc = rng.randrange(8, 35)
    p.pair("SoC", f"{low_soc}% > {min(100, low_soc + rng.randrange(40, 70))}%")
    p.pair(rng.choice(["Energy delivered", "Energy consumed"]), f"{kwh:.2f} kWh")
    p.add("rule")
    wrap_pair(p, f"Energy {kwh:.2f} kWh x {rate:g}", rs(energy))
    if idle:
        p.pair("Idle fee", rs(idle))
    if service:
        p.pair("Service fee", rs(service))
    p.pair("GST @ 18%", rs(gst))
    if frame == "phone":
        p.pair(rng.choice(["Total", "Total amount"]), rs(total))
    else:
        p.pair(rng.choice(["Total paid", "Amount paid"]) if status == "success" else "Total", rs(total),
               amount=total)
    p.pair(rng.choice(["Paid via", "Payment method"]),
           {"wallet": rng.choice([f"{net.split()[0]} Wallet", "App wallet"]),
            "UPI": rng.choice(["UPI", "UPI - Google Pay", "UPI AutoPay"]),
            "card": f"{rng.choice(['Visa', 'RuPay'])} card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        pid = rng.choice([f"pay_{code(rng, 14, MIXED)}", f"TXN{digits(rng, 12)}"])
        labelled(p, rng.choice(["Payment ID", "Transaction ID"]), pid, txn=(TXN_RANK, pid))
        if status == "success" and way == "UPI":
            labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
        if status == "success" and rng.random() < 0.5:
            inv = f"{net[:2].upper()}/{j.year()}{digits(rng, 7)}"
            p.pair("Invoice No.", inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS, hour=False), date=j.date)
    if frame == "mail":
        p.pair("Status", {"success": "Paid", "failed": "Payment failed", "pending": "Payment pending"}[status],
               status=status)
    if status == "failed":
        p.add("small", "Add money to your wallet to clear the dues of this session." if way == "wallet"
              else rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "We are waiting for your bank. The session will be marked paid once it confirms.")
    p.part = "foot"
    p.add("small", rng.choice(["Rate this charger  |  Report an issue", "Find chargers near you on the app"]))
    return p.done()


# ---------------------------------------------------------------- 7. a FASTag recharge or a toll plaza's ticket


ISSUERS = {0: ("ICICI Bank", "browser", "fastag.icicibank.com/recharge/status"),
           2: ("IDFC FIRST Bank", "phone", None),
           3: ("Airtel Payments Bank", "phone", None),
           5: ("Kotak Mahindra Bank", "browser", "fastag.kotak.com/fleet/recharge/ack"),
           7: ("Axis Bank", "browser", "fastag.axisbank.co.in/corporate/walletTopup")}
TAG_WAYS = {0: "netbanking", 2: "UPI", 3: "card", 5: "UPI", 7: "netbanking", 1: "wallet", 4: "cash", 6: "UPI"}
# the plaza in each city: its name, highway and chainage, its concessionaire
PLAZAS = [("KHED SHIVAPUR TOLL PLAZA", "NH-48 KM 9.600", "Pune Satara Toll Road Pvt Ltd"),
          ("NAWABGANJ TOLL PLAZA", "NH-27 KM 37.900", "Lucknow Kanpur Tollways Ltd"),
          ("AGANAMPUDI TOLL PLAZA", "NH-16 KM 19.500", "Vizag Port Expressway Ltd"),
          ("MADUKKARAI TOLL PLAZA", "NH-544 KM 8.200", "Kovai Bypass Tollway Pvt Ltd"),
          ("PIMPALGAON TOLL PLAZA", "NH-60 KM 380.000", "Nashik Highways Pvt Ltd"),
          ("RAMGARH TOLL PLAZA", "NH-20 KM 28.300", "Ranchi Ring Road Tollway Ltd"),
          ("KARJAN TOLL PLAZA", "NH-48 KM 173.100", "Baroda Bharuch Tollway Ltd"),
          ("TALAPADY TOLL PLAZA", "NH-66 KM 359.500", "Karavali Coastal Tollway Ltd")]


def fastag_toll(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The fleet's FASTag wallet recharge on its issuer's portal or app (ICICI Bank, IDFC FIRST Bank, Airtel
    Payments Bank, Kotak, Axis; five pages) or a toll plaza's printed ticket for a fleet car (three): the issuer on
    top of its recharge page (the payee), FASTag Recharge / Tag wallet top-up, the outcome, Customer / Wallet ID and
    Tag ID (never ids), the tags or the car, Recharge amount, net banking / UPI / card, Transaction ID, Bank Ref No /
    UPI Ref, Recharged on / Attempted on / Initiated on, Available balance (no fact); Recharge successful / Recharge
    failed / Recharge pending. The plaza on top of its ticket (the payee) with its highway and concessionaire, TICKET
    NO, BOOTH / LANE, DATE & TIME, VEHICLE NO, CLASS, JOURNEY, the fee (twice in cash and 1.25 times by UPI for a car
    whose tag did not read), PAID BY FASTAG with its TXN ID, CASH, UPI with its RRN; STATUS: PAID."""
    k = place("fastag_toll")
    status = outcome(k, failed=(3,), pending=(7,))
    way = TAG_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0)
    if k in ISSUERS:
        bank, frame, url = ISSUERS[k]
        j.to = bank
        if frame == "phone":
            p = phone_page(rng, font, k, ["", "FASTag", "Recharge status"])
        else:
            p = browser_page(rng, font, url)
        rs = money(rng, font, 0.6)
        fleet = rng.random() < 0.5
        j.amount = float(rng.choice([10000, 15000, 20000, 25000, 40000, 50000] if fleet
                                    else [500, 1000, 1500, 2000, 2500, 3000]))
        p.part = "head"
        top(p, bank, merchant=bank)
        p.add("small", rng.choice(["FASTag", "FASTag - Corporate / Fleet", "NETC FASTag"]))
        p.add("center", rng.choice(["FASTag Recharge", "Tag wallet top-up", "Recharge receipt"]))
        p.add("rule")
        p.part = "body"
        outcome_row(p, status, {"success": ["Recharge successful", "Recharge Successful"],
                                "failed": ["Recharge failed"], "pending": ["Recharge pending", "Recharge in process"]})
        if frame == "phone":
            p.add("big", rs(j.amount), amount=j.amount)
        p.pair(rng.choice(["Customer ID", "Wallet ID"]), digits(rng, rng.choice([8, 10])))
        wrap_pair(p, rng.choice(["Account name", "Fleet"]), OPERATORS[j.town][FIRM])
        if fleet:
            p.pair(rng.choice(["Tags linked", "Active tags"]), str(rng.randrange(30, 41)))
        else:
            p.pair("Vehicle No.", j.reg)
            p.pair(rng.choice(["Tag ID", "Tag Serial No."]), rng.choice([code(rng, 24, HEX),
                                                                        f"{digits(rng, 6)}-{digits(rng, 3)}-"
                                                                        f"{digits(rng, 6)}"]))
        if frame != "phone":
            p.pair(rng.choice(["Recharge amount", "Amount"]), rs(j.amount), amount=j.amount)
        else:
            p.pair("Recharge amount", rs(j.amount))
        p.pair(rng.choice(["Paid using", "Payment mode"]), way_text(rng, font, way), method=way)
        if not j.no_ref:
            tid = f"{digits(rng, 14)}"
            labelled(p, rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
            if status == "success" and way == "UPI":
                labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            elif status == "success":
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                labelled(p, "Bank Ref No", bref, txn=(BANK_RANK, bref))
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Recharged on", "Date & Time"]), "failed": "Attempted on",
                         "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        if status == "success":
            p.pair(rng.choice(["Available balance", "Wallet balance"]),
                   rs(round(j.amount + rupees(rng, 200, 30000), 2)))
        elif status == "failed":
            p.add("small", rng.choice(REFUND))
        else:
            p.add("small", "Your wallet will be credited once the bank confirms the payment.")
        p.part = "foot"
        p.add("small", "Keep sufficient balance to avoid double toll at the plaza.")
        return p.done()
    plaza, road, concession = PLAZAS[j.town]
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18]))
    paper(p, rng)
    fee = float(rng.choice([75, 95, 105, 120, 135, 155, 170, 185]))
    if rng.random() < 0.3:
        fee = float(round(fee * 1.5 / 5) * 5)
    paid = {"wallet": fee, "cash": fee * 2, "UPI": round(fee * 1.25, 2)}[way]
    j.amount = paid
    name = plaza if fits(p, "center", plaza) else plaza.replace(" TOLL PLAZA", " TOLL")
    p.part = "head"
    p.add("small", "NATIONAL HIGHWAYS AUTHORITY OF INDIA")
    p.add("center", name, merchant=name)
    p.add("small", road)
    p.add("small", f"Operated by {concession}")
    p.add("center", rng.choice(["TOLL RECEIPT", "TOLL TICKET", "USER FEE RECEIPT"]))
    p.part = "body"
    tno = f"{rng.randrange(1, 99):02d}{digits(rng, 8)}"
    p.pair(rng.choice(["TICKET NO:", "RECEIPT NO:"]), tno, txn=(INVOICE_RANK, tno))
    p.pair(rng.choice(["BOOTH:", "LANE:"]), f"{rng.randrange(1, 12):02d}")
    p.pair(rng.choice(["DATE & TIME:", "DT/TM:"]),
           f"{when(j.date, rng.choice(['%d/%m/%Y', '%d-%m-%Y', '%d-%b-%y']), upper=True)} "
           f"{hhmm(rng, twelve=False, seconds=True)}", date=j.date)
    p.pair("VEHICLE NO:", j.reg.replace(" ", "").replace("-", ""))
    p.pair("CLASS:", rng.choice(["CAR/JEEP/VAN", "CAR/JEEP/VAN (LMV)"]))
    p.pair("JOURNEY:", rng.choice(["SINGLE", "SINGLE JOURNEY"]))
    if way == "wallet":
        p.pair("FEE:", f"{fee:.2f}")
        p.add("left", "PAID BY FASTAG", method="wallet")
        p.pair("TAG ID:", code(rng, 24, HEX)[:16])
        tid = digits(rng, 12)
        p.pair("FASTAG TXN ID:" if fits(p, "pair", f"FASTAG TXN ID: {tid}  ") else "TXN ID:", tid,
               txn=(TXN_RANK, tid))
        p.pair("AMOUNT:", f"{paid:.2f}", amount=paid)
    else:
        p.pair("APPLICABLE FEE:" if fits(p, "pair", "APPLICABLE FEE: 0000.00  ") else "FEE:", f"{fee:.2f}")
        p.add("small", "NO VALID FASTAG - " + ("2 X FEE IN CASH" if way == "cash" else "1.25 X FEE BY UPI"))
        p.pair("FEE PAID:", f"{paid:.2f}", amount=paid)
        if way == "cash":
            p.add("left", "PAID BY: CASH", method="cash")
        else:
            p.add("left", "PAID BY: UPI", method="UPI")
            p.pair("UPI RRN:", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("center", "STATUS: PAID", status="success")
    p.part = "foot"
    p.add("small", "Valid for single journey only. Helpline 1033.")
    p.add("center", "HAPPY JOURNEY")
    return p.done()


# ---------------------------------------------------------------- 8. a vehicle loan's EMI receipt


LENDERS = [("Mahindra & Mahindra Financial Services Ltd", "Mahindra Finance", "mahindrafinance.com", "MMFSL"),
           ("Shriram Finance Ltd", "Shriram Finance", "shriramfinance.in", "SHRFIN"),
           ("Cholamandalam Investment and Finance Co. Ltd", "Chola", "cholamandalam.com", "CHOLAF"),
           ("Sundaram Finance Ltd", "Sundaram Finance", "sundaramfinance.in", "SUNDFN"),
           ("Kotak Mahindra Prime Ltd", "Kotak Prime", "kotak.com", "KOTAKP"),
           ("AU Small Finance Bank Ltd", "AU Bank", "aubank.in", "AUBANK"),
           ("Hinduja Leyland Finance Ltd", "Hinduja Leyland Finance", "hindujaleylandfinance.com", "HLFINC"),
           ("IndusInd Bank Ltd", "IndusInd Bank", "indusind.com", "INDUSB")]
EMI_FRAMES = ["sms", "paper", "phone", "mail", "paper", "phone", "sms", "paper"]
EMI_WAYS = ["NACH", "cash", "UPI", "NACH", "UPI", "UPI", "NEFT", "cash"]


def vehicle_emi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A vehicle financier's receipt for a fleet car's loan EMI (Mahindra Finance, Shriram Finance, Chola, Sundaram
    Finance, Kotak Prime, AU Small Finance Bank, Hinduja Leyland Finance, IndusInd Bank): its SMS ("Dear Customer, we
    have received your EMI of Rs.18,450.00 for Loan A/c XXXX4821 (MH12 AB 4821) on 05-03-26 through NACH. Ref No …
    -Mahindra Finance"; heldout106's messages screen), its branch's RECEIPT CUM ACKNOWLEDGEMENT / EMI COLLECTION
    RECEIPT (paper), its app or its e-mail: the lender on top (the payee), Receipt No., Loan Agreement / Contract No.
    (never an id), Hirer / Borrower the operator's company (the payer), Asset and Reg. No., Instalment n of 48, EMI,
    Additional finance charges / Cheque-NACH bounce charges and Total collected on some, cash / UPI / NACH / NEFT with
    its reference, Collection executive on cash, Received on / Collected on / Presented on / Attempted on, Future
    principal and Next instalment due (no facts); EMI RECEIVED / Received with thanks / Payment failed / NACH
    presented - awaiting clearance."""
    k = place("vehicle_emi")
    status = outcome(k, failed=(5,), pending=(3,))
    frame, way = EMI_FRAMES[k], EMI_WAYS[k]
    full, short, site, sender = LENDERS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 2)
    emi = float(rng.choice([11850, 13420, 14975, 16240, 18450, 19780, 21360, 24120]))
    if frame == "sms":
        j.to = short
        j.amount = emi
        mark = rng.choice(["Rs.", "Rs ", "INR "])
        sum_text = mark + rng.choice([f"{emi:,.2f}", f"{emi:.2f}"])
        short_day = when(j.date, rng.choice(["%d-%m-%y", "%d/%m/%Y", "%d%b%y", "%d-%b-%Y"]))
        loan = f"XXXX{digits(rng, 4)}"
        ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB"]), rng, j.date) if way == "NEFT" else \
            f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        via = "through NACH" if way == "NACH" else f"by NEFT UTR {ref}"
        text = (f"Dear Customer, we have received your EMI of {sum_text} for Loan A/c {loan} "
                f"({j.reg}) on {short_day} {via}."
                + (f" Ref No {ref}." if way == "NACH" else "") + f" Thank you. -{short}")
        assert glyphs(font, text), (font, text)
        p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
        p.style["h106"].update({"sender": f"{rng.choice(['VM', 'AD', 'JD', 'BX', 'AX'])}-{sender}-S",
                                "divider": rng.choice([when(j.date, "%A, {d} %B"), when(j.date, "{d} %b %Y")]),
                                "text": text, "time": hhmm(rng, lower=rng.random() < 0.3)})
        txn = (UTR_RANK, ref) if way == "NEFT" else (BANK_RANK, ref)
        p.add("left", text, merchant=short, amount=emi, method="netbanking", status="success", date=j.date, txn=txn)
        return p.done()
    j.to = full.upper() if rng.random() < 0.25 else full
    if frame == "phone":
        p = phone_page(rng, font, k, ["", "Payment receipt", "Loan payment"])
        rs = money(rng, font, 0.3)
    elif frame == "mail":
        p = mail_page(rng, font, f"{short} <customercare@{site}>", ["EMI presentation - your vehicle loan",
                                                                    "Receipt for your loan instalment"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [580, 620])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    if frame == "paper":
        p.add("small", f"{CITIES[j.town][2]} Branch, {CITIES[j.town][0]}  |  Vehicle Finance")
    p.add("center", rng.choice(["RECEIPT CUM ACKNOWLEDGEMENT", "EMI COLLECTION RECEIPT"]) if frame == "paper"
          else rng.choice(["Instalment receipt", "EMI payment", "Repayment receipt"]))
    p.add("rule")
    p.part = "body"
    late = float(rng.choice([295, 500, 590, 750])) if rng.random() < 0.35 and way != "NACH" else 0.0
    total = emi + late
    j.amount = total
    if frame == "phone":
        outcome_row(p, status, {"success": ["Payment successful", "EMI paid"],
                                "failed": ["Payment failed", "UPI payment failed"],
                                "pending": ["Payment pending", "Payment processing"]})
        p.add("big", rs(total), amount=total)
    if not j.no_ref:
        rno = rng.choice([f"RCT{digits(rng, 10)}", f"{CITIES[j.town][0][:3].upper()}/{j.year()}{digits(rng, 6)}"])
        p.pair(rng.choice(["Receipt No.", "Receipt Number"]), rno, txn=(INVOICE_RANK, rno))
    p.pair(rng.choice(["Loan Agreement No.", "Contract No.", "Loan A/c No."]), f"{code(rng, 2, UPPER)}"
                                                                               f"{digits(rng, 9)}")
    wrap_pair(p, rng.choice(["Hirer", "Borrower", "Customer"]), OPERATORS[j.town][FIRM])
    wrap_pair(p, rng.choice(["Asset", "Vehicle"]), f"{j.car[0]} - {j.reg}")
    p.pair(rng.choice(["Instalment No.", "EMI No."]), f"{rng.randint(3, 46)} of 48")
    if late:
        p.pair(rng.choice(["EMI", "Instalment amount"]), rs(emi))
        p.pair(rng.choice(["Additional finance charges", "Cheque/NACH bounce charges"]), rs(late))
        p.pair(rng.choice(["Total collected", "Total received"]) if status == "success" else "Total", rs(total),
               amount=total)
    elif frame != "phone":
        p.pair(rng.choice(["EMI", "Amount received"]) if status == "success" else "EMI amount", rs(total),
               amount=total)
    else:
        p.pair(rng.choice(["EMI", "Instalment"]), rs(emi))
    p.pair(rng.choice(["Mode", "Payment mode", "Paid through"]),
           {"UPI": rng.choice(["UPI", "UPI (app)"]), "cash": "Cash", "NEFT": "NEFT",
            "NACH": rng.choice(["NACH", "e-NACH auto-debit"])}[way], method=method_of(way))
    if way == "NACH":
        p.pair("UMRN", f"{code(rng, 4, UPPER)}{digits(rng, 16)}")
    if not j.no_ref and status == "success":
        if way == "NACH":
            ref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["NACH Ref No.", "Debit Ref"]), ref, txn=(BANK_RANK, ref))
        elif way != "cash":
            ref_rows(p, j, way, heads=["HDFC", "ICIC", "SBIN"])
    if way == "cash":
        p.pair(rng.choice(["Collection executive", "Collected by"]), f"{rng.choice(DRIVERS[6:])} "
                                                                     f"({code(rng, 1, 'EC')}{digits(rng, 5)})")
    if not j.no_day:
        p.pair({"success": rng.choice(["Received on", "Collected on" if way == "cash" else "Paid on"]),
                "failed": "Attempted on", "pending": "Presented on" if way == "NACH" else "Initiated on"}[status],
               j.day(rng), date=j.date)
    p.pair(rng.choice(["Future principal", "Principal outstanding"]), rs(whole(emi * rng.uniform(4, 38), 1)))
    if not j.no_day:
        p.pair(rng.choice(["Next instalment due", "Next EMI on"]), j.other_day(rng, 26, 33))
    word = {"success": rng.choice(["EMI RECEIVED", "Received with thanks"]),
            "failed": "UPI payment failed" if way == "UPI" else "Payment failed",
            "pending": "NACH presented - awaiting clearance" if way == "NACH" else "Payment under process"}[status]
    if frame == "phone":
        p.add("small", rng.choice(REFUND) if status == "failed" else "A receipt has been sent to your e-mail.")
    else:
        p.pair("Status", word, status=status)
    p.part = "foot"
    p.add("small", "Pay only to the company's account or its authorised executives against a printed receipt.")
    return p.done()


# ---------------------------------------------------------------- 9. a taxi's motor insurance premium receipt


INSURERS = [("Go Digit General Insurance Ltd", "godigit.com"),
            ("ICICI Lombard General Insurance Co. Ltd", "icicilombard.com"),
            ("The New India Assurance Co. Ltd", "newindia.co.in"),
            ("United India Insurance Co. Ltd", "uiic.co.in"),
            ("Tata AIG General Insurance Co. Ltd", "tataaig.com"),
            ("Bajaj Allianz General Insurance Co. Ltd", "bajajallianz.com"),
            ("SBI General Insurance Co. Ltd", "sbigeneral.in"),
            ("Royal Sundaram General Insurance Co. Ltd", "royalsundaram.in")]
INS_FRAMES = ["paper", "mail", "browser", "paper", "mail", "browser", "paper", "mail"]
INS_WAYS = ["netbanking", "UPI", "card", "netbanking", "UPI", "card", "netbanking", "UPI"]


def motor_insurance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An insurer's premium receipt for a taxi's Commercial Vehicle Package Policy (Go Digit, ICICI Lombard, New
    India Assurance, United India, Tata AIG, Bajaj Allianz, SBI General, Royal Sundaram; its PDF on paper, its e-mail
    or its portal in a browser): the insurer on top (the payee) with its IRDAI Reg. No., PREMIUM RECEIPT / Payment
    acknowledgement / Receipt cum policy schedule, Receipt No., Policy / Proposal No. (never ids), Insured / Proposer
    the operator's company (the payer), the car, Reg. No., Class (Taxi 4+1), Period of insurance (no fact), IDV, OD
    and TP premium, LL to paid driver, add-ons, Net premium, GST @ 18%, Total premium (the sum), net banking / UPI /
    card and Transaction ID, Bank Ref No / UPI Ref / Auth Code, Date of receipt / Paid on / Attempted on / Initiated
    on; Premium received / Payment successful / Payment failed - policy not issued / Payment pending - policy on
    realisation."""
    k = place("motor_insurance")
    status = outcome(k, failed=(7,), pending=(2,))
    maker, site = INSURERS[k]
    frame, way = INS_FRAMES[k], INS_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 3)
    j.to = maker.upper() if rng.random() < 0.25 else maker
    if frame == "mail":
        p = mail_page(rng, font, f"{maker.split(' General')[0].split(' Co.')[0]} <motor.renewals@{site}>",
                      ["Premium receipt - taxi policy", "Payment received for your commercial vehicle policy"])
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    elif frame == "browser":
        p = browser_page(rng, font, f"www.{site}/motor/commercial/payment-status")
        rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [680, 720])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.0)
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", f"IRDAI Reg. No. {rng.randrange(101, 170)}  |  Toll free 1800 {digits(rng, 3)} {digits(rng, 4)}")
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Payment acknowledgement", "Receipt cum policy schedule"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Payment successful", "Premium received"],
                                "failed": ["Payment failed - policy not issued"],
                                "pending": ["Payment pending - policy on realisation"]})
    if not j.no_ref and status == "success":
        rno = rng.choice([f"R{digits(rng, 12)}", f"{digits(rng, 4)}/{j.year()}{digits(rng, 7)}"])
        p.pair(rng.choice(["Receipt No.", "Premium Receipt No."]), rno, txn=(INVOICE_RANK, rno))
    p.pair(rng.choice(["Policy No.", "Proposal No."]) if status == "success" else "Proposal No.",
           rng.choice([f"{digits(rng, 4)}/{digits(rng, 8)}/{rng.randrange(10, 99)}/000", f"D{digits(rng, 9)}",
                       digits(rng, 16)]))
    wrap_pair(p, rng.choice(["Insured", "Proposer", "Insured name"]), OPERATORS[j.town][FIRM])
    wrap_pair(p, "Vehicle", f"{j.car[0]} ({j.car[1].replace('EV', 'Electric')})")
    p.pair(rng.choice(["Reg. No.", "Registration No."]), j.reg)
    wrap_pair(p, "Class", rng.choice(["Taxi (4+1) - Commercial Vehicle Package", "Passenger carrying - Taxi 4+1"]))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(0, 6))
        p.pair(rng.choice(["Period of insurance", "Cover period"]),
               f"{when(start, '%d/%m/%Y')} - {when(start + dt.timedelta(days=364), '%d/%m/%Y')}")
    idv = whole(rng.uniform(380000, 1900000), 1000)
    p.pair(rng.choice(["IDV", "Insured declared value"]), rs(idv))
    p.add("rule")
    od = round(idv * rng.uniform(0.018, 0.032), 2)
    tp = float(rng.choice([6040, 6400, 7897])) + 4 * float(rng.choice([1110, 1162]))
    heads = [("Own damage premium", od), ("Third party premium (incl. 4 passengers)", tp),
             ("LL to paid driver", 50.0)]
    if rng.random() < 0.6:
        heads.append((rng.choice(["Zero depreciation add-on", "Nil dep cover"]), round(idv * 0.004, 2)))
    if rng.random() < 0.4:
        heads.append(("Roadside assistance", float(rng.choice([199, 249, 299]))))
    for label, value in heads:
        wrap_pair(p, label, rs(value))
    net = round(sum(value for _, value in heads), 2)
    gst = round(net * 0.18, 2)
    total = float(round(net + gst))
    j.amount = total
    p.pair(rng.choice(["Net premium", "Total premium (before tax)"]), rs(net))
    p.pair(rng.choice(["GST @ 18%", "IGST 18%"]), rs(gst))
    p.pair(rng.choice(["Total premium", "Premium paid", "Amount"]) if status == "success" else "Total premium",
           rs(total), amount=total)
    p.pair(rng.choice(["Payment mode", "Paid by"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        tid = rng.choice([f"TXN{digits(rng, 11)}", digits(rng, 13)])
        labelled(p, rng.choice(["Transaction ID", "Payment ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success":
            if way == "UPI":
                labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
                labelled(p, rng.choice(["Bank Ref No", "Bank Reference"]), bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Date of receipt", "Paid on", "Payment date"]), "failed": "Attempted on",
                "pending": "Initiated on"}[status], j.day(rng) if frame == "paper" else stamp(rng, j.date, PATS),
               date=j.date)
    if frame != "browser":
        p.pair("Status", {"success": rng.choice(["Premium received", "Payment successful"]),
                          "failed": "Payment failed - policy not issued",
                          "pending": "Payment pending - policy on realisation"}[status], status=status)
    p.part = "foot"
    p.add("small", "Subject to realisation of premium. Section 64VB of the Insurance Act, 1938 applies.")
    return p.done()


# ---------------------------------------------------------------- 10. the operator's payouts to drivers and riders


PLATFORMS = [("RazorpayX", "x.razorpay.com/payouts"), ("Cashfree Payouts", "merchant.cashfree.com/payouts"),
             ("Open", "app.open.money/payouts"), ("RazorpayX", "x.razorpay.com/payouts"),
             ("Cashfree Payouts", "merchant.cashfree.com/payouts"), ("PayU Payouts", "payouts.payu.in/transfers"),
             ("Open", "app.open.money/payouts"), ("PayU Payouts", "payouts.payu.in/transfers")]
PURPOSES = ["salary", "refund", "incentive", "salary", "refund", "refund", "incentive", "salary"]
PAY_MODES = ["IMPS", "UPI", "NEFT", "IMPS", "IMPS", "UPI", "UPI", "NEFT"]
CANCELLED = ["Trip cancelled by operator - car breakdown", "Cancelled by guest > 24 hrs before",
             "Flight cancelled - airport pickup", "Duplicate payment", "Outstation trip cancelled"]


def payout_id(rng: random.Random, platform: str) -> tuple[str, str]:
    if platform == "RazorpayX":
        return "Payout ID", f"pout_{code(rng, 14, MIXED)}"
    if platform == "Cashfree Payouts":
        return rng.choice(["Transfer ID", "CF Transfer ID"]), digits(rng, 10)
    if platform == "Open":
        return "Payout ID", f"OPN{code(rng, 12, UPPER + '0123456789')}"
    return "Payout ID", digits(rng, 12)


def fleet_payout(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The operator's payout from its business account (RazorpayX, Cashfree Payouts, Open, PayU Payouts; the
    dashboard in a browser or its app) to a driver (a month's salary or a week's incentive) or to a rider (a
    cancelled trip's refund): the platform and the operator's account on top (the payer), Payout details / Transfer
    details, the status, the sum large, Beneficiary / Contact / Payee the driver or the rider (the payee), the fund
    account (bank account or UPI ID), the mode, Purpose, the salary's heads (fixed pay, trip incentive, night
    allowance, less advance recovered, less challan recovered) or the refund's (Booking ID (never an id), advance
    paid, less cancellation charge), Net payout / Refund amount, Payout / Transfer ID, UTR, Processed on / Reversed
    on / Created on; Processed / Success / Reversed / Failed - invalid account / Queued / Processing."""
    k = place("fleet_payout")
    status = outcome(k, failed=(2,), pending=(5,))
    platform, url = PLATFORMS[k]
    purpose, mode = PURPOSES[k], PAY_MODES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4)
    if k % 3 == 1:
        p = phone_page(rng, font, k, ["", "Payout", "Transfer details"])
    else:
        p = browser_page(rng, font, f"{url}/{code(rng, 10, MIXED)}")
    rs = money(rng, font, 0.4)
    who = rng.choice(DRIVERS) if purpose != "refund" else rng.choice(RIDERS)
    j.to = who.upper() if rng.random() < 0.3 else who
    p.part = "head"
    p.add("title", platform)
    p.add("small", f"{OPERATORS[j.town][FIRM]}  |  Current A/c XXXX{digits(rng, 4)}")
    p.add("center", rng.choice(["Payout details", "Transfer details", "Payout summary"]))
    p.add("rule")
    p.part = "body"
    outcome_row(p, status, {"success": ["Processed", "Payout processed", "Success"],
                            "failed": ["Reversed", "Failed - invalid account", "Failed - beneficiary bank declined"],
                            "pending": ["Queued", "Processing", "Pending"]})
    lines: list[tuple[str, float]] = []
    if purpose == "salary":
        lines.append((rng.choice(["Fixed pay", "Basic salary"]), float(rng.choice([14000, 15500, 16000, 18000]))))
        trips = rng.randrange(60, 190)
        lines.append((f"Trip incentive ({trips} trips)", float(trips * rng.choice([20, 25, 30]))))
        if rng.random() < 0.6:
            lines.append(("Night allowance", float(rng.choice([1200, 1500, 2000]))))
        if rng.random() < 0.5:
            lines.append(("Less: Advance recovered", -float(rng.choice([1000, 2000, 3000]))))
        if rng.random() < 0.3:
            lines.append(("Less: Traffic challan recovered", -float(rng.choice([500, 1000, 1500]))))
    elif purpose == "incentive":
        trips = rng.randrange(40, 110)
        lines.append((f"Weekly incentive ({trips} trips)", float(trips * rng.choice([30, 40, 50]))))
        if rng.random() < 0.5:
            lines.append(("Rating bonus (4.8+)", float(rng.choice([500, 750, 1000]))))
    else:
        adv = float(rng.choice([500, 1000, 1500, 2000, 3000, 5000]))
        lines.append((rng.choice(["Advance paid", "Amount paid at booking"]), adv))
        if rng.random() < 0.6:
            lines.append(("Less: Cancellation charge", -float(rng.choice([100, 200, 250, 300]))))
    net = round(sum(value for _, value in lines), 2)
    j.amount = net
    p.add("big", rs(net), amount=net)
    wrap_pair(p, rng.choice(["Beneficiary", "Contact", "Payee"]), j.to, merchant=j.to)
    if mode == "UPI":
        base = "".join(ch for ch in who.lower() if ch.isalpha())[:10]
        p.pair(rng.choice(["UPI ID", "Fund account"]), f"{base}@{rng.choice(['okaxis', 'ybl', 'oksbi', 'paytm'])}")
    else:
        p.pair(rng.choice(["Fund account", "Bank account"]), f"{rng.choice(['SBI', 'BOI', 'Canara', 'HDFC'])} "
                                                             f"XXXX{digits(rng, 4)}")
    p.pair("Mode", mode, method=method_of(mode))
    p.pair("Purpose", {"salary": rng.choice(["Salary", "salary_disbursement"]),
                       "incentive": rng.choice(["Incentive", "payout"]), "refund": "Refund"}[purpose])
    if purpose == "refund":
        p.pair(rng.choice(["Booking ID", "Trip ID"]), f"{SLUGS[j.town][:2].upper()}{digits(rng, 7)}")
        wrap_pair(p, "Reason", rng.choice(CANCELLED))
    p.add("rule")
    for label, value in lines:
        wrap_pair(p, label, rs(abs(value)))
    p.pair({"salary": "Net pay", "incentive": "Total incentive", "refund": "Refund amount"}[purpose], rs(net))
    if not j.no_ref:
        label, value = payout_id(rng, platform)
        labelled(p, label, value, txn=(TXN_RANK, value))
        if status == "success":
            ref = j.ref if mode != "NEFT" else neft_utr(rng.choice(["YESB", "ICIC", "RATN"]), rng, j.date)
            labelled(p, rng.choice(["UTR", "Bank Ref (UTR)"]), ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Processed on", "Processed at"]),
                     "failed": rng.choice(["Reversed on", "Failed on"]),
                     "pending": rng.choice(["Created on", "Initiated on"])}[status], stamp(rng, j.date, PATS),
                 date=j.date)
    p.pair(rng.choice(["Narration", "Note"]), {"salary": "Driver salary", "incentive": "Driver incentive",
                                               "refund": "Trip refund"}[purpose])
    if status == "failed":
        p.add("small", "The amount has been returned to your business account balance.")
    p.part = "foot"
    p.add("small", rng.choice(["Payouts are processed 24x7 by IMPS and UPI.", f"Powered by {platform}"]))
    return p.done()


# ---------------------------------------------------------------- 11. an authorised service centre's workshop invoice


# the dealer in each city: its name, the brand line, the models it serves
DEALERS = [("Mula Motors", "Maruti Suzuki Authorised Service", ["Maruti Suzuki Dzire Tour S",
                                                                "Maruti Suzuki Ertiga Tour M"]),
           ("Gomti Hyundai Service", "Hyundai Authorised Service Centre", ["Hyundai Aura"]),
           ("Beach Road Toyota", "Toyota Authorised Service", ["Toyota Innova Crysta"]),
           ("Noyyal Motors", "Tata Motors Passenger EV - Authorised Service", ["Tata Xpres-T EV", "Tata Tigor EV"]),
           ("Panchavati Automobiles", "Maruti Suzuki Arena - Service", ["Maruti Suzuki Ertiga Tour M",
                                                                        "Maruti Suzuki Dzire Tour S"]),
           ("Subarnarekha Motors", "Tata Motors Authorised Service", ["Tata Xpres-T EV", "Tata Tigor EV"]),
           ("Vishwamitri Wheels", "MG Motor Authorised Workshop", ["MG ZS EV"]),
           ("Netravati Toyota", "Toyota Authorised Service", ["Toyota Innova Crysta"])]
SVC_WAYS = ["card", "UPI", "NEFT", "card", "UPI", "cash", "NEFT", "UPI"]
ICE_PARTS = [("Engine oil 0W-16 (3.5 L)", 1650), ("Oil filter", 285), ("Air filter", 420), ("Spark plug set", 960),
             ("Brake pads (front)", 2150), ("Clutch plate set", 5400), ("CNG kit service kit", 780),
             ("Wiper blade set", 640)]
EV_PARTS = [("Brake pads (front)", 2450), ("Cabin air filter", 890), ("Coolant (battery loop) top-up", 1150),
            ("Wiper blade set", 720), ("Tyre 195/60 R15", 5200), ("12V auxiliary battery", 6800)]
LABOUR = [("Periodic service labour", 1400), ("Wheel alignment & balancing", 850), ("CNG kit inspection", 600),
          ("Brake service", 500), ("AC service", 1200), ("Battery health check (HV)", 900),
          ("Clutch overhaul labour", 2600)]


def service_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An authorised service centre's workshop invoice for a fleet car (a Maruti Suzuki, Hyundai, Toyota, Tata EV or
    MG dealer's; paper): the dealer on top (the payee) with its brand line, TAX INVOICE - SERVICE / WORKSHOP INVOICE
    / SERVICE INVOICE CUM RECEIPT, Invoice No., Invoice Date, RO / Job Card No. (never an id), Customer M/s the
    operator (the payer), Reg. No., Model, VIN (never an id), Odometer, the service type, parts and labour lines with
    quantity x rate, Parts / Labour total, CGST and SGST @ 9%, Invoice total, Less: Payable by insurer (an
    accident's claim) on some, Amount received / Customer paid (the sum), card / UPI / NEFT / cash with its
    reference, Next service due (no fact); PAID / RECEIVED WITH THANKS / CARD DECLINED - VEHICLE ON HOLD / PAYMENT
    PENDING - FLEET CREDIT."""
    k = place("service_bill")
    status = outcome(k, failed=(0,), pending=(4,))
    way = SVC_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 1)
    dealer, line, models = DEALERS[j.town]
    j.to = dealer.upper() if rng.random() < 0.25 else dealer
    model = rng.choice(models)
    fuel = dict(CARS)[model]
    ev = fuel == "EV"
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.3)
    letterhead(p, j, j.to, ["TAX INVOICE - SERVICE", "WORKSHOP INVOICE", "SERVICE INVOICE CUM RECEIPT"], sub=[line])
    if not j.no_ref:
        inv = rng.choice([f"SI/{j.year()}{digits(rng, 5)}", f"WS{digits(rng, 8)}"])
        p.pair(rng.choice(["Invoice No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Invoice Date", "Bill Date"]), j.day(rng), date=j.date)
    p.pair(rng.choice(["RO No.", "Job Card No."]), f"{code(rng, 2, UPPER)}{digits(rng, 7)}")
    wrap_pair(p, rng.choice(["Customer", "Billed to"]), f"M/s {OPERATORS[j.town][rng.choice([TRADE, FIRM])]}")
    p.pair(rng.choice(["Reg. No.", "Vehicle No."]), j.reg)
    wrap_pair(p, "Model", model)
    p.pair("VIN", f"MA{rng.choice('13678')}{code(rng, 6, UPPER)}{digits(rng, 8)}")
    odometer = rng.randrange(20000, 240000)
    p.pair(rng.choice(["Odometer", "Km reading"]), f"{odometer:,} km")
    accident = rng.random() < 0.3
    p.pair(rng.choice(["Service type", "Repair type"]), "Accidental repair" if accident
           else rng.choice(["Paid service", "Running repair", "Periodic maintenance"]))
    p.add("rule")
    skip = {"EV": ("CNG", "Clutch"), "CNG": ("HV",), "Diesel": ("HV", "CNG", "Spark")}[fuel]
    parts = rng.sample(EV_PARTS if ev else [item for item in ICE_PARTS if not any(word in item[0] for word in skip)],
                       rng.randint(2, 4))
    labour = rng.sample([item for item in LABOUR if not any(word in item[0] for word in skip)], rng.randint(1, 2))
    parts_total = 0.0
    for name, price in parts:
        qty = 1 if "set" in name or "oil" in name.lower() else rng.randint(1, 2)
        value = float(qty * price)
        wrap_pair(p, f"{name} x {qty}" if qty > 1 else name, rs(value))
        parts_total += value
    labour_total = 0.0
    for name, price in labour:
        wrap_pair(p, name, rs(float(price)))
        labour_total += price
    if accident:
        body = float(rng.choice([6500, 9800, 14500, 22000]))
        wrap_pair(p, rng.choice(["Denting & painting", "Body repair (bumper, door)"]), rs(body))
        labour_total += body
    p.pair(rng.choice(["Parts total", "Spares"]), rs(parts_total))
    p.pair(rng.choice(["Labour total", "Labour"]), rs(labour_total))
    tax = round((parts_total + labour_total) * 0.09, 2)
    p.pair("CGST @ 9%", rs(tax))
    p.pair("SGST @ 9%", rs(tax))
    total = float(round(parts_total + labour_total + 2 * tax))
    p.pair(rng.choice(["Invoice total", "Total (rounded)", "Grand total"]), rs(total))
    due = total
    if accident:
        claim = whole(total * rng.uniform(0.55, 0.8), 1)
        p.pair(rng.choice(["Less: Payable by insurer", "Less: Insurance claim (cashless)"]), rs(claim))
        due = round(total - claim, 2)
    j.amount = due
    if status == "success":
        p.pair(rng.choice(["Amount received", "Customer paid"]), rs(due), amount=due)
    else:
        p.pair(rng.choice(["Amount payable", "Customer payable"]), rs(due), amount=due)
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(due)})")
    if status != "pending":
        p.pair(rng.choice(["Payment mode", "Mode"]),
               {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (counter QR)"]), "NEFT": "NEFT",
                "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way],
               method=method_of(way))
    if not j.no_ref and status == "success":
        ref_rows(p, j, way, heads=["HDFC", "ICIC", "KKBK", "SBIN"])
    if not j.no_day:
        p.pair(rng.choice(["Next service due", "Next service"]),
               f"{(odometer + rng.choice([10000, 15000])) // 1000 * 1000:,} km or {j.other_day(rng, 85, 185)}")
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS"]),
            "failed": "CARD DECLINED - VEHICLE ON HOLD" if way == "card" else "PAYMENT FAILED - VEHICLE ON HOLD",
            "pending": "PAYMENT PENDING - FLEET CREDIT"}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Parts warranty as per manufacturer policy. Old parts returned to the customer.")
    p.add("pair", "Customer's signature", "For the dealer")
    return p.done()


# ---------------------------------------------------------------- 12. a traffic e-challan or a transport department's receipt


CHALLAN_KINDS = ["echallan", "tax", "echallan", "permit", "echallan", "tax", "echallan", "permit"]
CHALLAN_FRAMES = ["browser", "paper", "browser", "browser", "paper", "browser", "browser", "paper"]
CHALLAN_WAYS = ["UPI", "netbanking", "card", "netbanking", "UPI", "netbanking", "UPI", "card"]
POLICE = ["Pune City Traffic Police", "Lucknow Traffic Police", "Visakhapatnam City Traffic Police",
          "Coimbatore City Traffic Police", "Nashik City Traffic Police", "Ranchi Traffic Police",
          "Vadodara City Traffic Police", "Mangaluru City Traffic Police"]
DEPTS = ["Transport Department, Government of Maharashtra", "Transport Department, Uttar Pradesh",
         "Transport Department, Andhra Pradesh", "Transport Department, Tamil Nadu",
         "Transport Department, Government of Maharashtra", "Transport Department, Jharkhand",
         "Commissionerate of Transport, Gujarat", "Transport Department, Karnataka"]
OFFENCES = [("Over speeding (Sec 183)", 2000), ("Jumping red signal (Sec 184)", 1000),
            ("No parking (Sec 177)", 500), ("Seat belt not worn (Sec 194B)", 1000),
            ("Using mobile phone while driving (Sec 184)", 5000), ("Stop line violation (Sec 177)", 500)]


def transport_challan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A fleet car's traffic e-challan paid online (the e-Challan portal's Payment Receipt in a browser or printed)
    or the transport department's tax or permit receipt (Vahan's e-Receipt in a browser or printed): the portal's
    name on top (never the payee), the city's traffic police (e-challan) or the state's transport department (tax,
    permit) under it (the payee), e-Challan Payment Receipt / Tax Receipt / Fee Receipt, Challan No. (names the
    offence notice, never an id), Registration No., Owner / Violator the operator's company or its driver (the
    payer), the offences with their fines and Challan date and Place (no facts), or Vehicle class, Tax mode, the tax
    period (no fact), Motor vehicle tax, Penalty, Permit fee and Permit valid upto (no fact), Total, UPI / net
    banking / card, Transaction ID / GRN, Bank Ref No / UPI Ref / Auth Code, Receipt No., Payment date / Paid on /
    Attempted on / Initiated on; Paid / Challan disposed - paid / Success / Payment failed / Payment pending -
    verification with bank."""
    k = place("transport_challan")
    status = outcome(k, failed=(5,), pending=(1,))
    kind, frame, way = CHALLAN_KINDS[k], CHALLAN_FRAMES[k], CHALLAN_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7)
    city = CITIES[j.town]
    state = city[5][:2]
    if frame == "browser":
        p = browser_page(rng, font, "echallan.parivahan.gov.in/index/payment-receipt" if kind == "echallan"
                         else "vahan.parivahan.gov.in/vahanservice/vahan/ui/onlineservice/receipt")
        rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [660, 700])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    j.to = POLICE[j.town] if kind == "echallan" else DEPTS[j.town]
    p.part = "head"
    p.add("title", "e-Challan" if kind == "echallan" else "Vahan 4.0")
    p.add("small", "Digital Traffic/Transport Enforcement Solution" if kind == "echallan"
          else "Citizen Services - Ministry of Road Transport & Highways")
    p.add("center", j.to, merchant=j.to)
    p.add("center", {"echallan": rng.choice(["e-Challan Payment Receipt", "Payment Receipt"]),
                     "tax": rng.choice(["Tax Receipt", "e-Receipt - Tax"]),
                     "permit": rng.choice(["Fee Receipt - Permit", "e-Receipt - Permit Fee"])}[kind])
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, {"success": ["Payment Successful", "Success"], "failed": ["Payment Failed"],
                                "pending": ["Payment pending - verification with bank"]})
    if not j.no_ref and status == "success":
        rno = rng.choice([f"{state}{digits(rng, 12)}", f"{city[5]}R{digits(rng, 9)}"])
        p.pair(rng.choice(["Receipt No.", "Receipt Number"]), rno, txn=(INVOICE_RANK, rno))
    p.pair(rng.choice(["Registration No.", "Vehicle No."]), j.reg)
    lines: list[tuple[str, float]] = []
    if kind == "echallan":
        p.pair("Challan No.", f"{state}{digits(rng, 18)}")
        if rng.random() < 0.5:
            wrap_pair(p, rng.choice(["Owner name", "Registered owner"]), OPERATORS[j.town][FIRM].upper())
        else:
            wrap_pair(p, rng.choice(["Violator", "Driver name"]), rng.choice(DRIVERS).upper())
        if not j.no_day:
            p.pair(rng.choice(["Challan date", "Offence date"]), j.other_day(rng, -40, -3))
        wrap_pair(p, rng.choice(["Place", "Location"]), f"{city[2]} Junction, {city[0]}")
        for name, fine in rng.sample(OFFENCES, rng.randint(1, 2)):
            lines.append((name, float(fine)))
    else:
        wrap_pair(p, rng.choice(["Owner name", "Owner"]), OPERATORS[j.town][FIRM].upper())
        p.pair(rng.choice(["Vehicle class", "Class"]), rng.choice(["Motor Cab (LPV)", "Maxi Cab / Motor Cab"]))
        if kind == "tax":
            p.pair(rng.choice(["Tax mode", "Tax type"]), rng.choice(["Quarterly", "Annual"]))
            if not j.no_day:
                start = j.date + dt.timedelta(days=rng.randrange(1, 20))
                p.pair(rng.choice(["Tax from - upto", "Tax period"]),
                       f"{when(start, '%d-%b-%Y')} - {when(start + dt.timedelta(days=89), '%d-%b-%Y')}")
            lines.append(("Motor vehicle tax", float(rng.choice([1850, 2400, 3150, 4200, 7600]))))
            if rng.random() < 0.5:
                lines.append(("Penalty (late payment)", float(rng.choice([200, 350, 500]))))
        else:
            permit = rng.choice(["All India Tourist Permit", "Contract carriage permit (renewal)"])
            wrap_pair(p, "Permit", permit)
            if not j.no_day:
                p.pair(rng.choice(["Permit valid upto", "Valid till"]), j.other_day(rng, 360, 370))
            lines.append(("Permit fee", float(rng.choice([1000, 1500, 2000]))))
            if "Tourist" in permit:
                lines.append(("Authorisation fee", float(rng.choice([3000, 4500, 6000]))))
            lines.append(("Service charge", float(rng.choice([50, 100, 200]))))
    p.add("rule")
    for label, value in lines:
        wrap_pair(p, label, rs(value))
    total = sum(value for _, value in lines)
    j.amount = total
    p.pair(rng.choice(["Total amount", "Total", "Amount paid"]) if status == "success" else "Total amount",
           rs(total), amount=total)
    p.pair(rng.choice(["Payment mode", "Paid through"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        if kind == "echallan" or rng.random() < 0.5:
            tid = f"{digits(rng, 6)}{code(rng, 2, UPPER)}{digits(rng, 6)}"
            labelled(p, rng.choice(["Transaction ID", "Txn ID"]), tid, txn=(TXN_RANK, tid))
        else:
            grn = f"{state}{digits(rng, 12)}"
            labelled(p, "GRN", grn, txn=(TXN_RANK, grn))
        if status == "success":
            if way == "UPI":
                labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "card":
                appr = digits(rng, 6)
                p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                labelled(p, "Bank Ref No", bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Payment date", "Paid on"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status],
                 stamp(rng, j.date, PATS) if frame == "browser" else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", {"success": rng.choice(["Paid", "Challan disposed - paid"]) if kind == "echallan"
                          else "Paid", "failed": "Payment failed",
                          "pending": "Payment pending - verification with bank"}[status], status=status)
    if status == "failed":
        p.add("small", "Amount debited, if any, will be refunded by the bank within 7 working days.")
    elif status == "pending":
        p.add("small", "Do not pay again. The receipt will be generated once the bank confirms.")
    p.part = "foot"
    p.add("small", "This is a computer generated receipt and needs no signature.")
    return p.done()


compose = compose121

"""The twelve heldout128 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a fourteenth random day's proofs of payment, as a logistics and courier franchise (a
regional parcel and part-truckload operator with hubs in Nagpur, Indore, Surat, Lucknow, Coimbatore, Vijayawada,
Ludhiana and Guwahati) receives them from its shippers in 2026 and pays its own suppliers: shippers' UPI screens,
an e-commerce platform's COD and delivery settlement advice, the franchise's freight invoices stamped PAID / UNPAID /
PART PAID, fleet-card slips at fuel stations, toll plaza tickets and fleet FASTag recharges, trip advances sent to
drivers by IMPS, lorry-hire payment advices to fleet owners and brokers, godown rent receipts, GST challans, marine
transit premiums, truck loan EMI receipts and payment-link pages. Every row is added to heldout113's ``Screen``
with the facts it prints and the truth is read back from the rows the page keeps. Headings, footers, freight
break-ups, advances taken earlier, balances due, TDS, sums insured, tag and card balances, settlement cycles, rent
months, periods of insurance, next EMI days, vehicle, loan, policy, RO, partner, tag and wallet numbers and the
payer's own details carry no fact; an LR / docket / hire challan number ranks below every other id (``LR_RANK``).
``compose`` is heldout121's (heldout119's frames and marks, its rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, SLIP_PATS, stamp, status_line
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import check, top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import gateway_ids, upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, payee_pair, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
CAPS = UPPER + "23456789"
# *settled*: a consignment's own number (LR, docket, AWB, consignment note, lorry hire challan) names the goods
# moved, not the payment: the id only where nothing higher is printed, below a document's own number
LR_RANK = 0.25

# city, PIN code, locality, state, GST state code, RTO code
CITIES = [("Nagpur", "440035", "Wadi", "Maharashtra", "27", "MH40"),
          ("Indore", "452015", "Sanwer Road", "Madhya Pradesh", "23", "MP09"),
          ("Surat", "394210", "Sachin GIDC", "Gujarat", "24", "GJ05"),
          ("Lucknow", "226008", "Transport Nagar", "Uttar Pradesh", "09", "UP32"),
          ("Coimbatore", "641021", "Kurichi", "Tamil Nadu", "33", "TN66"),
          ("Vijayawada", "520007", "Autonagar", "Andhra Pradesh", "37", "AP39"),
          ("Ludhiana", "141003", "Transport Nagar", "Punjab", "03", "PB10"),
          ("Guwahati", "781026", "Boragaon", "Assam", "18", "AS01")]
# the franchise at each hub: its trade name and its company
HUBS = [("Zero Mile Express Cargo", "Zero Mile Cargo Movers Pvt Ltd"),
        ("Malwa Parcel Express", "Malwa Express Logistics LLP"),
        ("Tapi Freight Carriers", "Tapi Freight Carriers Pvt Ltd"),
        ("Awadh Cargo Links", "Awadh Cargo Links Pvt Ltd"),
        ("Kovai Roadlines", "Kovai Roadlines & Couriers Pvt Ltd"),
        ("Krishna Parcel Service", "Krishna Parcel Service LLP"),
        ("Satluj Transport Co.", "Satluj Transport Company Pvt Ltd"),
        ("Brahmaputra Express Cargo", "Brahmaputra Express Cargo Pvt Ltd")]
SHIPPERS = ["Vidarbha Cotton Mills", "Indori Namkeen House", "Suryakiran Sarees Pvt Ltd", "Chikan Craft Emporium",
            "Kovai Pumps & Motors", "Amaravati Agro Foods", "Ludhiana Knit Fab", "Assam Valley Tea Traders",
            "Nagpur Orange Exports", "Shree Ganesh Pipes"]
DESTS = ["Raipur", "Bhopal", "Mumbai", "Kanpur", "Bengaluru", "Hyderabad", "Delhi", "Siliguri", "Jabalpur", "Pune"]
DRIVERS = ["Ramesh Yadav", "Gurmeet Singh", "Sukhdev Singh Gill", "Mohd. Salim", "Balaji K.", "Raju Patil",
           "Dilip Boro", "Santosh Nishad", "Muthu Pandian", "Koteswara Rao"]
OWNERS = ["Shree Balaji Roadways", "Jai Mata Di Transport Co.", "Sai Krupa Logistics", "Punjab Golden Carriers",
          "Annapoorna Lorry Service", "Godavari Fleet Owners", "Kamakhya Road Carriers", "Omkar Freight Brokers"]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "IndusInd Bank", "Yes Bank"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "The bank has not confirmed yet. The franchise will update your ledger once it does."]


def hub(rng: random.Random, i: int, *, firm: float = 0.35, caps: float = 0.25) -> str:
    """The franchise as a payee: its trade name, or its company's on some, in capitals on some."""
    name = HUBS[i][1] if rng.random() < firm else HUBS[i][0]
    return name.upper() if rng.random() < caps else name


def reg_no(rng: random.Random, i: int) -> str:
    """A truck's registration number at hub ``i`` (never an id)."""
    rto = CITIES[i][5]
    gap = rng.choice(["", " "])
    return f"{rto[:2]}{gap}{rto[2:]}{gap}{code(rng, 2, UPPER)}{gap}{digits(rng, 4)}"


def lr_no(rng: random.Random, i: int) -> str:
    """An LR / docket / consignment number."""
    ini = "".join(w[0] for w in HUBS[i][0].split()[:2]).upper()
    return rng.choice([f"{ini}{digits(rng, 7)}", f"{CITIES[i][0][:3].upper()}/{rng.randrange(1000, 99999)}",
                       f"{digits(rng, 9)}"])


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 2000,
                 high: float = 200000, p_round: float = 0.6, firm: float = 0.35, caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(HUBS))
        self.to = hub(rng, self.town, firm=firm, caps=caps)
        self.shipper = rng.choice(SHIPPERS)
        self.dest = rng.choice([d for d in DESTS if d != CITIES[self.town][0]])
        self.ref = utr(rng, self.date)


def hub_head(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True) -> None:
    """The franchise on top of its own paper: what it does, its hub's address, GSTIN, the document's kind; the payee
    where it is paid (``merchant``), the payer on its own advices."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(["Parcel | Part Truckload | Express Cargo", "Surface express and PTL services",
                               "Fleet owners & transport contractors"]))
    p.add("small", f"Plot {rng.randrange(2, 300)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def seal(p: Screen, j: Job, word: str, *, role: list[str]) -> None:
    """heldout121's violet rubber stamp at the foot, room made for it: the hub, a desk, the day (not on a dateless
    page), the word."""
    rng = p.rng
    for _ in range(5):
        p.add("gap")
    lines = [HUBS[j.town][0].upper(), rng.choice(role)]
    if not j.no_day:
        lines.append(when(j.date, "%d %b %Y", upper=True))
    lines.append(word)
    check(lines, p.font)
    p.style["h121"] = {"stamp": {"lines": lines, "angle": rng.uniform(-16, 16),
                                 "at": (rng.uniform(0.6, 0.72), rng.uniform(0.88, 0.9))}}


# ---------------------------------------------------------------- 1. a shipper's UPI app paying the franchise


UPI_ORDER = ["Paytm", "PhonePe", "Google Pay", "BHIM", "Amazon Pay", "CRED", "Navi", "WhatsApp"]
FREIGHT_NOTES = ["Freight 42 cartons", "Parcel charges", "Courier bill March", "PTL freight", "Booking charges",
                 "To-pay freight", "Door pickup charges", "Freight balance"]


def shipper_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A shipper's UPI app paying the franchise for a booking or its freight (Paytm, PhonePe, Google Pay, BHIM,
    Amazon Pay, CRED, Navi, WhatsApp Pay; dark on CRED and some others, an iPhone's bars or Android's): heldout125's
    result screen (the outcome, the sum large, Paid to / To / Sent to over the hub, its handle, UPI Ref No / UTR and
    the app's own id on some, the day, the account debited), a note on most."""
    k = place("shipper_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    j = Job(rng, status, no_ref=k == 3, no_day=k == 6, low=450, high=85000, p_round=0.8)
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, HUBS[j.town][0], WAIT)
    if rng.random() < 0.75:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), rng.choice(FREIGHT_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "View history  |  Help", "Powered by UPI  |  NPCI"]))
    return p.done()


# ---------------------------------------------------------------- 2. a platform's COD and delivery settlement


PLATFORMS = [("Shiprocket", "browser", "app.shiprocket.in/partner/remittance"),
             ("Meesho Logistics", "mail", "partner-payments@meesho.com"),
             ("NimbusPost", "browser", "ship.nimbuspost.com/courier-partner/settlements"),
             ("Shipway", "mail", "accounts@shipway.com"),
             ("iThink Logistics", "browser", "my.ithinklogistics.com/partner/payouts"),
             ("Flipkart Ekart", "mail", "lmp-settlements@ekartlogistics.com"),
             ("Pickrr", "browser", "partner.pickrr.com/finance/remittance"),
             ("Amazon Shipping", "mail", "dsp-payments@amazon.in")]


def cod_settlement(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An e-commerce platform's remittance to the franchise as its last-mile delivery partner (Shiprocket, Meesho,
    NimbusPost, Shipway, iThink Logistics, Ekart, Pickrr, Amazon Shipping; e-mail or partner portal): the platform
    on top, COD Remittance Advice / Delivery Partner Settlement, Partner Name / Beneficiary Name / Remitted to over
    the hub, Partner Code, the settlement cycle (a period), shipments delivered, delivery charges, COD handling fee,
    Less: COD short-deposit recovery, Less: lost / RTO debit, Less: TDS u/s 194C, Net amount remitted, Mode NEFT /
    IMPS, UTR and the Remittance ID / Settlement ID, Remittance date / Paid on, Status; one failed (the bank account
    invalid), one on hold."""
    k = place("cod_settlement")
    status = outcome(k, failed=(6,), pending=(1,))
    plat, kind, where = PLATFORMS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 2, low=40000, high=900000, caps=0.4)
    p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    if kind == "mail":
        mail_frame(p, f"{plat} <{where}>", rng.choice(["Remittance advice", "Settlement processed",
                                                       "Your weekly settlement"]))
    else:
        p.style["h106"]["url"] = where
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR", "Rs"))
    p.part = "head"
    top(p, plat)
    p.add("center", rng.choice(["COD Remittance Advice", "Delivery Partner Settlement", "Partner Payout Advice"]))
    p.part = "body"
    payee_pair(p, ["Partner Name", "Beneficiary Name", "Remitted to", "Delivery Partner"], j.to)
    p.pair(rng.choice(["Partner Code", "Partner ID", "Hub Code"]), f"{CITIES[j.town][0][:3].upper()}{digits(rng, 4)}")
    start = j.date - dt.timedelta(days=rng.choice([9, 10, 14]))
    p.pair(rng.choice(["Settlement cycle", "Period"]),
           f"{when(start, '%d %b')} - {when(start + dt.timedelta(days=6), '%d %b %Y')}")
    n = rng.randrange(300, 4000)
    per = rng.choice([22.0, 24.5, 28.0, 31.0, 35.5])
    charges = round(n * per, 2)
    cod_fee = round(rupees(rng, 1500, 25000, 0.3), 2)
    short = round(rupees(rng, 200, 6000, 0.8), 2) if rng.random() < 0.6 else 0.0
    lost = round(rupees(rng, 500, 9000, 0.7), 2) if rng.random() < 0.5 else 0.0
    rate = rng.choice([1, 2])
    tds = round((charges + cod_fee) * rate / 100, 2)
    net = round(charges + cod_fee - short - lost - tds, 2)
    p.add("rule")
    p.pair(rng.choice(["Shipments delivered", "Delivered AWBs"]), f"{n:,}")
    p.pair(rng.choice(["Delivery charges", "Freight earned"]), rs(charges))
    p.pair("COD handling fee", rs(cod_fee))
    if short:
        p.pair("Less: COD short-deposit recovery", rs(short))
    if lost:
        p.pair(rng.choice(["Less: Lost shipment debit", "Less: RTO debit"]), rs(lost))
    p.pair(f"Less: TDS u/s 194C @ {rate}%", rs(tds))
    p.pair({"success": rng.choice(["Net amount remitted", "Net Payout", "Amount paid"]),
            "failed": "Net payout", "pending": rng.choice(["Net payable", "Net payout"])}[status], rs(net), amount=net)
    mode = rng.choice(["NEFT", "IMPS", "NEFT"])
    p.pair(rng.choice(["Mode", "Payment mode"]), mode, method="netbanking")
    p.pair(rng.choice(["Bank account", "Credit account"]), f"{rng.choice(PVT[:4])} XXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = j.ref if mode == "IMPS" else neft_utr(rng.choice(["HDFC", "ICIC", "UTIB", "YESB"]), rng, j.date)
            labelled(p, rng.choice(["UTR", "UTR No.", "Bank reference (UTR)"]), ref, txn=(UTR_RANK, ref))
        rid = rng.choice([f"RMT{digits(rng, 9)}", f"STL-{j.date:%y%m}-{digits(rng, 6)}", digits(rng, 10)])
        labelled(p, rng.choice(["Remittance ID", "Settlement ID", "Payout ID"]), rid, txn=(TXN_RANK, rid))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Remittance date", "Paid on", "Settled on"]),
                     "failed": "Initiated on", "pending": rng.choice(["Scheduled for", "Initiated on"])}[status],
                 when(j.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=j.date)
    p.pair("Status", {"success": rng.choice(["Remitted", "Paid", "Settled"]),
                      "failed": rng.choice(["Failed - invalid account", "Reversed"]),
                      "pending": rng.choice(["On hold - KYC pending", "In process"])}[status], status=status)
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["TDS certificate (Form 16A) will be issued quarterly.",
                               "Raise disputes within 7 days of this advice on the partner portal."]))
    return p.done()


# ---------------------------------------------------------------- 3. the franchise's freight invoice, stamped


FI_WAYS = ["netbanking", "UPI", "cash", "netbanking", "cheque", "UPI", None, "card"]


def freight_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The franchise's FREIGHT INVOICE / TAX INVOICE (GTA) / FREIGHT BILL on paper: the hub on top with GSTIN,
    Invoice No / Bill No, Invoice Date, Bill To the shipper, LR No / Docket No / Consignment No, From and To,
    packages and charged weight, Basic freight, Docket charges, FOV / ROV, Fuel surcharge, GST @ 12% (or payable
    by the recipient under reverse charge), Total, Amount received / Paid, Balance due on a part payment, the way
    and its UTR / UPI Ref No, Paid on, the word in a row and in the hub's rubber stamp: PAID / PART PAID / UNPAID /
    CHEQUE DISHONOURED; a freight bill paid in cash with no number at all."""
    k = place("freight_invoice")
    status = outcome(k, failed=(4,), pending=(6,))
    way = FI_WAYS[k]
    part = k in (1, 5)
    j = Job(rng, status, no_ref=k == 2, no_day=k == 7, low=3000, high=350000, firm=0.6)
    p = screen(rng, font, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = money(rng, font, 0.4, marks=("Rs.", "\u20b9", "Rs", "INR"))
    hub_head(p, j, j.to, ["FREIGHT BILL"] if j.no_ref else ["FREIGHT INVOICE", "TAX INVOICE (GTA)", "FREIGHT BILL"])
    issued = j.date - dt.timedelta(days=rng.randrange(0, 25))
    if not j.no_ref:
        number = rng.choice([f"{HUBS[j.town][0][:3].upper()}/{fy(j.date)}/{rng.randrange(1, 9999):04d}",
                             f"FB-{rng.randrange(10000, 99999)}", f"{code(rng, 2, UPPER)}{digits(rng, 6)}"])
        p.pair(rng.choice(["Invoice No.", "Bill No.", "Inv No"]), number, txn=(INVOICE_RANK, number))
    if not j.no_day:
        p.pair(rng.choice(["Invoice Date", "Bill Date"]), when(issued, rng.choice(SLIP_PATS)))
    wrap_pair(p, rng.choice(["Bill To", "Consignor", "Billing party"]), j.shipper)
    p.pair("Shipper GSTIN", gstin(rng, rng.choice(CITIES)[4]))
    if not j.no_ref:
        lr = lr_no(rng, j.town)
        p.pair(rng.choice(["LR No.", "Docket No.", "Consignment No.", "CN No."]), lr, txn=(LR_RANK, lr))
    p.pair("From / To", f"{CITIES[j.town][0]} - {j.dest}")
    p.pair("Vehicle No.", reg_no(rng, j.town))
    pkgs = rng.randrange(4, 180)
    kg = rng.randrange(60, 9000)
    p.pair(rng.choice(["Packages / Charged wt", "No. of pkgs / Wt"]), f"{pkgs} / {kg:,} kg")
    p.add("rule")
    rcm = rng.random() < 0.4
    total = whole(j.amount, 1) if rng.random() < 0.6 else j.amount
    base = total if rcm else round(total / 1.12, 2)
    docket = float(rng.choice([50, 100, 150, 200]))
    fov = round(base * 0.002, 2) if base > 20000 else 0.0
    fuel = round(base * 0.1, 2) if rng.random() < 0.5 else 0.0
    basic = round(base - docket - fov - fuel, 2)
    p.pair(rng.choice(["Basic freight", "Freight charges"]), rs(basic))
    p.pair("Docket charges", rs(docket))
    if fov:
        p.pair(rng.choice(["FOV (owner's risk)", "ROV charges"]), rs(fov))
    if fuel:
        p.pair("Fuel surcharge", rs(fuel))
    p.pair("Taxable value", rs(base))
    if rcm:
        p.add("small", "GST payable by the recipient under reverse charge (GTA, 5%).")
    elif rng.random() < 0.5:
        half = round((total - base) / 2, 2)
        p.pair("CGST @ 6%", rs(half))
        p.pair("SGST @ 6%", rs(round(total - base - half, 2)))
    else:
        p.pair("IGST @ 12%", rs(round(total - base, 2)))
    p.pair(rng.choice(["Total", "Invoice Total", "Grand Total"]), rs(total))
    p.add("rule")
    paid = whole(total * rng.uniform(0.3, 0.7), 500) if part else total
    word = {"success": "PART PAID" if part else rng.choice(["PAID", "PAID WITH THANKS"]),
            "failed": "CHEQUE DISHONOURED", "pending": "UNPAID"}[status]
    if status == "pending":
        p.pair(rng.choice(["Balance Due", "Amount Payable"]), rs(total), amount=total)
    else:
        p.pair({"success": rng.choice(["Amount Received", "Amount Paid", "Received"]),
                "failed": "Cheque Amount"}[status], rs(paid), amount=paid)
    if part:
        p.pair(rng.choice(["Balance Due", "Balance Payable"]), rs(round(total - paid, 2)))
    if way == "cheque":
        p.pair("Payment Mode", "Cheque")
        p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
    elif way:
        p.pair(rng.choice(["Payment Mode", "Paid by", "Received by"]),
               {"netbanking": rng.choice(["NEFT", "RTGS", "IMPS"]), "UPI": rng.choice(["UPI", "UPI (QR)"]),
                "cash": "Cash", "card": f"Card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref and way == "netbanking":
            ref = neft_utr(rng.choice(["SBIN", "HDFC", "PUNB", "BARB"]), rng, j.date)
            p.pair(rng.choice(["UTR No", "UTR"]), ref, txn=(UTR_RANK, ref))
        elif not j.no_ref and way == "UPI":
            p.pair(rng.choice(["UPI Ref No", "UPI Ref. No."]), j.ref, txn=(UTR_RANK, j.ref))
        elif not j.no_ref and way == "card":
            appr = digits(rng, 6)
            p.pair("Approval Code", appr, txn=(APPR_RANK, appr))
    if not j.no_day and status != "pending":
        p.pair(rng.choice(["Paid on", "Payment Date", "Received on"]) if status == "success" else
               rng.choice(["Received on", "Deposited on"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    if status == "pending":
        p.pair("Due Date", when(issued + dt.timedelta(days=rng.choice([7, 15, 30])), rng.choice(SLIP_PATS)))
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Goods carried at owner's risk. Subject to jurisdiction of "
                   f"{CITIES[j.town][0]} courts only.")
    p.add("right", "Authorised Signatory")
    seal(p, j, word, role=["ACCOUNTS", "BOOKING OFFICE", "CASHIER"])
    return p.done()


# ---------------------------------------------------------------- 4. a fleet card slip at a fuel station


FLEETS = ["INDIANOIL XTRAPOWER", "HPCL DRIVETRACK PLUS", "BPCL SMARTFLEET", "HDFC BANK", "INDIANOIL XTRAPOWER",
          "HPCL DRIVETRACK PLUS", "BPCL SMARTFLEET", "INDIANOIL XTRAPOWER"]
PUMPS = ["M/S SHIV SHAKTI PETROLEUM", "GURU NANAK FILLING STATION", "SAI BABA AUTO FUELS", "NEW HIGHWAY SERVICE STN",
         "M/S AMBIKA PETRO CENTRE", "KRISHNA FUEL POINT", "BALAJI HIGHWAY FUELS", "M/S KAMAKHYA SERVICE CENTRE"]
FUEL_WAYS = ["wallet", "wallet", "wallet", "card", "wallet", "wallet", "UPI", "wallet"]


def fuel_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A fuel station's terminal slip for a truck's diesel (the oil companies' fleet cards: IndianOil XTRAPOWER, HPCL
    DriveTrack Plus, BPCL SmartFleet; a bank card on one, UPI on the outlet's terminal on one), monospace: the
    programme or bank on top, the outlet in capitals and its town, RO CODE, FLEET SALE / SALE, DATE and TIME, TID,
    BATCH, ROC / INVOICE NO, TXN ID, the vehicle, product HSD, litres and rate, odometer, the card masked, AMOUNT,
    the card balance after it on some, RRN / APPR CODE, APPROVED / DECLINED; two declined, one UPI slip pending."""
    k = place("fuel_slip")
    status = outcome(k, failed=(2, 5), pending=(6,))
    way = FUEL_WAYS[k]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 7, low=2500, high=38000, p_round=0.2)
    p = screen(rng, font, width=rng.choice([440, 480, 520]), size=rng.choice([18, 19, 20]))
    paper(p, rng)
    mark = rng.choice(["RS.", "Rs.", "INR ", "RS "])
    grouped = rng.random() < 0.5

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    rate = round(rng.uniform(87.2, 94.8), 2)
    litres = round(j.amount / rate, 2)
    j.amount = round(litres * rate, 2)
    pump = PUMPS[(k + j.town) % 8]
    p.part = "head"
    p.add("center", FLEETS[k] if way != "UPI" else rng.choice(["PAYTM EDC", "PINE LABS"]))
    p.add("center", pump, merchant=pump)
    p.add("center", f"{CITIES[j.town][2].upper()}, {CITIES[j.town][0].upper()}")
    p.add("center", f"RO CODE: {digits(rng, 6)}")
    p.add("center", {"wallet": rng.choice(["FLEET SALE", "CARD SALE", "SALE"]), "card": "SALE",
                     "UPI": "UPI SALE"}[way])
    p.part = "body"
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d%b%y"]), upper=True),
               date=j.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair("TID:", digits(rng, 8))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        roc = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["ROC NO:", "INVOICE NO:", "INV NO:"]), roc, txn=(INVOICE_RANK, roc))
        if way == "wallet" and rng.random() < 0.7:
            tid = digits(rng, rng.choice([10, 12]))
            p.pair(rng.choice(["TXN ID:", "TRANS ID:"]), tid, txn=(TXN_RANK, tid))
    p.pair(rng.choice(["VEH NO:", "VEHICLE:"]), reg_no(rng, j.town).replace(" ", ""))
    p.pair("PRODUCT:", rng.choice(["HSD", "DIESEL", "HSD (XTRAMILE)" if "INDIANOIL" in FLEETS[k] else "HSD"]))
    p.pair("VOLUME:", f"{litres:.2f} L")
    p.pair("RATE:", f"{rate:.2f}/L")
    if way == "wallet" and rng.random() < 0.6:
        p.pair("ODOMETER:", f"{rng.randrange(40000, 780000)}")
    if way == "wallet":
        p.add("left", rng.choice([f"CARD NO: 7000{digits(rng, 2)}XXXXXX{digits(rng, 4)}",
                                  f"FLEET CARD XXXX XXXX {digits(rng, 4)}"]), method="wallet")
    elif way == "card":
        p.add("left", f"{rng.choice(['VISA', 'RUPAY', 'MASTERCARD'])}  {rng.choice(['CHIP', 'TAP'])}")
        p.add("left", f"CARD NO: XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    else:
        p.pair("MODE:", "UPI", method="UPI")
    if not j.no_ref and status == "success" and way != "wallet":
        if way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
        p.pair(rng.choice(["RRN:", "RRN NO:"]) if way == "card" else "UPI REF NO:", j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.pair(rng.choice(["AMOUNT:", "TOTAL:", "SALE AMT:"]), sale(j.amount), amount=j.amount)
    if way == "wallet" and status == "success" and rng.random() < 0.6:
        p.pair(rng.choice(["CARD BAL:", "BALANCE:"]), sale(round(rupees(rng, 2000, 180000, 0.1), 2)))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED", "SUCCESS"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]),
                     "pending": "TXN PENDING"}[status], status=status)
    if status == "failed":
        p.add("center", rng.choice(["INSUFFICIENT CARD LIMIT", "VEHICLE NOT LINKED", "DAILY LIMIT EXCEEDED"]))
    elif status == "pending":
        p.add("center", "CHECK STATUS BEFORE DISPENSING")
    p.part = "foot"
    p.add("center", "*** CUSTOMER COPY ***")
    p.add("small", rng.choice(["THANK YOU. VISIT AGAIN", "SAVE FUEL, SAVE INDIA"]))
    return p.done()


# ---------------------------------------------------------------- 5. a toll plaza ticket or a fleet FASTag recharge


PLAZAS = [("BORKHEDI TOLL PLAZA", "NH-44", 0), ("KHALGHAT TOLL PLAZA", "NH-52", 1),
          ("KAMREJ TOLL PLAZA", "NH-48", 2), ("NAWABGANJ TOLL PLAZA", "NH-27", 3),
          ("CHENGAPALLI TOLL PLAZA", "NH-544", 4), ("KEESARA TOLL PLAZA", "NH-65", 5),
          ("LADOWAL TOLL PLAZA", "NH-44", 6), ("JORABAT TOLL PLAZA", "NH-27", 7)]
TAG_ISSUERS = [("IDFC FIRST Bank FASTag", "fastag.idfcfirstbank.com/corporate/recharge"),
               ("ICICI Bank FASTag", "www.icicibank.com/fastag/corporate/recharge-status"),
               ("Axis Bank FASTag", "etc.axisbank.co.in/fleet/recharge/receipt"),
               ("HDFC Bank FASTag", "fastag.hdfcbank.com/CustomerPortal/Recharge")]
CLASSES = [("Truck (2 axle)", 430.0), ("3 Axle Commercial", 470.0), ("MAV (4 to 6 axle)", 675.0),
           ("LCV / Mini bus", 215.0)]


def toll_fastag(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A truck's toll: a plaza's printed ticket for a vehicle without a working tag (cash at twice the fee, UPI at
    1.25 times; monospace, the plaza on top, its highway and operator, TICKET NO / RECEIPT NO, LANE, the vehicle,
    its class, Applicable fee, Fee paid, the way, UPI Ref on UPI, DATE / TIME, PAID), or the franchise's fleet
    FASTag wallet recharge on its issuer's corporate portal (IDFC FIRST, ICICI, Axis, HDFC): Biller / FASTag issuer
    / Paid to over the issuer, Customer ID and Wallet ID, vehicles, Recharge amount, the way, Transaction ID, UTR /
    Bank Ref No, Recharged on; one recharge failed, one pending."""
    k = place("toll_fastag")
    status = outcome(k, failed=(3,), pending=(5,))
    j = Job(rng, status, no_ref=k == 7, no_day=k == 1, low=5000, high=150000, p_round=0.95)
    if k % 2 == 0:
        plaza, nh, at = PLAZAS[(k + rng.randrange(2)) % 8]
        p = screen(rng, font, width=rng.choice([420, 460, 500]), size=rng.choice([18, 19]))
        paper(p, rng)
        cls, fee = rng.choice(CLASSES)
        way = rng.choice(["cash", "UPI"])
        paid = fee * 2 if way == "cash" else fee * 1.25
        mark = rng.choice(["Rs.", "RS ", "INR "])
        p.part = "head"
        p.add("center", plaza, merchant=plaza)
        p.add("center", f"{nh}, {CITIES[at][3].upper()}" if fits(p, "center", f"{nh}, {CITIES[at][3].upper()}")
              else nh)
        p.add("small", rng.choice(["OPERATED BY HIGHWAY TOLLWAYS PVT LTD", "NATIONAL HIGHWAYS AUTHORITY OF INDIA"]))
        p.part = "body"
        tno = f"{rng.randrange(1, 40):02d}{digits(rng, 8)}"
        p.pair(rng.choice(["TICKET NO:", "RECEIPT NO:"]), tno, txn=(INVOICE_RANK, tno))
        p.pair("LANE:", f"{rng.randrange(1, 12):02d}")
        p.pair("VEHICLE NO:", reg_no(rng, j.town).replace(" ", ""))
        p.pair("CLASS:", cls.upper())
        p.pair("JOURNEY:", "SINGLE")
        p.pair(rng.choice(["APPLICABLE FEE:", "FASTAG FEE:"]), f"{mark}{fee:.2f}")
        p.add("small", "NON-FASTAG: 2X FEE IN CASH" if way == "cash" else "NON-FASTAG: 1.25X FEE BY UPI")
        p.pair(rng.choice(["FEE PAID:", "AMOUNT PAID:", "TOTAL:"]), f"{mark}{paid:.2f}", amount=paid)
        p.pair(rng.choice(["PAY MODE:", "PAYMENT:"]), "CASH" if way == "cash" else "UPI", method=way)
        if way == "UPI":
            p.pair("UPI REF:", j.ref, txn=(UTR_RANK, j.ref))
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y"]), upper=True), date=j.date)
        p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
        p.pair("STATUS:", "PAID", status="success")
        p.part = "foot"
        p.add("center", "HAPPY JOURNEY")
        p.add("small", "Get FASTag and pay the normal fee.")
        return p.done()
    issuer, url = TAG_ISSUERS[k // 2]
    j.amount = whole(j.amount, 500) if rng.random() < 0.8 else j.amount
    p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
    p.style["h106"]["url"] = url
    rs = money(rng, font, 0.6)
    p.part = "head"
    top(p, issuer.replace(" FASTag", ""))
    p.add("center", rng.choice(["Corporate FASTag - Wallet Recharge", "Fleet Wallet Recharge Receipt"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Recharge Successful", "Payment Successful"],
                            "failed": ["Recharge Failed", "Payment Failed"],
                            "pending": ["Recharge Pending", "Payment processing"]})
    p.part = "body"
    name = issuer.upper() if rng.random() < 0.2 else issuer
    payee_pair(p, ["Biller", "FASTag issuer", "Paid to", "Biller Name"], name)
    p.pair("Customer Name", HUBS[j.town][1] if fits(p, "pair", f"Customer Name {HUBS[j.town][1]}  ")
           else HUBS[j.town][0])
    p.pair(rng.choice(["Customer ID", "Wallet ID"]), f"{digits(rng, 8)}")
    p.pair(rng.choice(["Vehicles on wallet", "Tags linked"]), str(rng.randrange(6, 140)))
    p.pair(rng.choice(["Recharge amount", "Amount"]), rs(j.amount), amount=j.amount)
    way = rng.choice(["netbanking", "UPI"])
    p.pair(rng.choice(["Payment mode", "Paid via"]), "Net Banking" if way == "netbanking" else "UPI", method=way)
    if not j.no_ref:
        own = rng.choice([f"{code(rng, 2, UPPER)}{digits(rng, 14)}", digits(rng, 16)])
        labelled(p, rng.choice(["Transaction ID", "Txn ID"]), own, txn=(TXN_RANK, own))
        if status == "success":
            if way == "UPI":
                labelled(p, "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                labelled(p, rng.choice(["Bank Ref No", "Bank Reference"]), bref, txn=(BANK_RANK, bref))
    if status == "success" and rng.random() < 0.6:
        p.pair("Wallet balance", rs(round(j.amount + rupees(rng, 200, 40000, 0.2), 2)))
    if not j.no_day:
        labelled(p, rng.choice(["Recharged on", "Date & Time", "Paid on"]), stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The wallet is credited once the bank confirms. Please do not recharge again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", "Low wallet balance may lead to double toll at plazas.")
    return p.done()


# ---------------------------------------------------------------- 6. a trip advance to a driver


ADV_XFER = [("Kotak FYN", (220, 30, 40), "app", "IMPS", "KKBK"),
            ("ICICI InstaBIZ", (174, 40, 30), "app", "IMPS", "ICIC"),
            ("HDFC Bank SmartHub Vyapar", (0, 56, 130), "app", "IMPS", "HDFC"),
            ("Axis Bank neo for Business", None, "web", "NEFT", "UTIB"),
            ("SBI YONO Business", (40, 0, 110), "app", "IMPS", "SBIN"),
            ("IndusInd Bank Indus Merchant", (140, 30, 40), "app", "IMPS", "INDB"),
            ("Bank of Baroda bob World", (240, 100, 30), "app", "IMPS", "BARB"),
            ("Yes Bank YES BUSINESS", None, "web", "NEFT", "YESB")]
ADV_URLS = {"Axis Bank neo for Business": "neo.axisbank.co.in/business/payments/ack",
            "Yes Bank YES BUSINESS": "yesbusiness.yesbank.co.in/transfer/confirm"}


def driver_advance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The franchise's business banking app or net banking after a trip advance sent to a driver (Kotak FYN, ICICI
    InstaBIZ, HDFC SmartHub Vyapar, Axis neo for Business, SBI YONO Business, IndusInd, bob World, Yes Business):
    heldout124's acknowledgement (the outcome, the sum, Beneficiary Name / Payee / Paid to / To over the driver, the
    account and IFSC, the mode), heldout122's IMPS Ref No / UTR and the bank's reference on some, the day, the debit
    account, then Purpose / Remarks naming the trip and the truck; one returned, one pending."""
    k = place("driver_advance")
    status = outcome(k, failed=(4,), pending=(1,))
    title, band, kind, mode, head4 = ADV_XFER[k]
    no_ref, no_day = k == 6, k == 2
    j = Job(rng, status, no_ref=no_ref, no_day=no_day, low=1500, high=45000, p_round=0.9)
    j.amount = whole(j.amount, rng.choice([100, 500]))
    driver = rng.choice(DRIVERS)
    j.to = driver.upper() if rng.random() < 0.35 else driver
    p, rs = transfer_ack(rng, font, k, ADV_XFER[k], status, j, url=ADV_URLS.get(title), widths=[700, 740],
                         third_head="Pay vendor", payee_labels=["Beneficiary Name", "Payee", "Paid to", "To"])
    transfer_rows(p, rng, j.date, kind=kind, mode=mode, head4=head4, status=status, no_ref=no_ref, no_day=no_day,
                  own_labels=["Reference No.", "Transaction ID", "Txn Ref No"], txn_label="Transaction ID")
    truck = reg_no(rng, j.town)
    p.pair("Purpose", rng.choice(["Trip advance", "Driver advance", "Diesel & toll advance"]))
    if rng.random() < 0.8:
        p.pair("Remarks", rng.choice([f"Adv {truck.replace(' ', '')}", f"{CITIES[j.town][0][:3].upper()}-"
                                      f"{j.dest[:3].upper()} trip adv", "Bhatta + toll"]))
    if status == "failed":
        p.add("small", "The beneficiary bank returned the transfer: account frozen. The amount is credited back.")
    elif status == "pending":
        p.add("small", "Please check the status after some time. Do not repeat the transfer.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP or password with anyone.", "Add payee to favourites"]))
    return p.done()


# ---------------------------------------------------------------- 7. a lorry-hire payment advice to a fleet owner


HIRE_KINDS = ["mail", "paper", "browser", "mail", "paper", "browser", "mail", "paper"]


def lorry_hire(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The franchise's PAYMENT ADVICE to a fleet owner or broker for a hired lorry (its accounts e-mail, a printed
    advice, its bank's bulk-payment status page): the hub on top (the payer), Lorry Owner / Broker Name / Vendor
    Name / Beneficiary Name over the fleet owner, PAN, the hire challan and the truck, the route, Lorry hire
    (freight agreed), Less: Advance paid (its own day), Less: TDS u/s 194C, Less: shortage or Add: detention, Net
    amount paid, Mode RTGS / NEFT, UTR, Advice No, Payment Date / Value Date, Status; one rejected, one awaiting
    the checker."""
    k = place("lorry_hire")
    status = outcome(k, failed=(3,), pending=(6,))
    kind = HIRE_KINDS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=18000, high=260000, p_round=0.9)
    owner = rng.choice(OWNERS)
    owner = owner.upper() if rng.random() < 0.3 else owner
    hire = whole(j.amount, 500)
    p = screen(rng, font, "crop" if kind == "paper" else kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    if kind == "mail":
        mail_frame(p, f"Accounts - {HUBS[j.town][0]} <accounts@{HUBS[j.town][0].split()[0].lower()}cargo.in>",
                   rng.choice(["Payment advice - lorry hire", "Balance hire payment released"]))
    elif kind == "browser":
        p.style["h106"]["url"] = rng.choice(["cib.icicibank.com/corp/BulkPayments/status",
                                             "corp.onlinesbi.sbi/corporate/bulk_status"])
    else:
        paper(p, rng)
    rs = money(rng, font, 0.2, marks=("Rs.", "INR", "\u20b9"))
    hub_head(p, j, HUBS[j.town][1], ["PAYMENT ADVICE", "LORRY HIRE PAYMENT ADVICE", "BROKER PAYMENT ADVICE"],
             merchant=False)
    payee_pair(p, ["Lorry Owner", "Broker Name", "Vendor Name", "Beneficiary Name"], owner)
    p.pair("PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.pair("Beneficiary A/c", f"XXXXXXX{digits(rng, 4)} / {ifsc(rng)}")
    if not j.no_ref:
        ch = f"LHC/{CITIES[j.town][0][:3].upper()}/{rng.randrange(100, 9999)}"
        p.pair(rng.choice(["Hire Challan No.", "Lorry Challan No."]), ch, txn=(LR_RANK, ch))
    p.pair("Vehicle No.", reg_no(rng, rng.randrange(8)))
    p.pair("Route", f"{CITIES[j.town][0]} - {j.dest}")
    p.add("rule")
    p.pair(rng.choice(["Lorry hire", "Freight agreed"]), rs(hire))
    adv = whole(hire * rng.uniform(0.5, 0.8), 500)
    advance_day = j.date - dt.timedelta(days=rng.randrange(3, 12))
    p.pair("Less: Advance paid" if j.no_day else f"Less: Advance paid on {when(advance_day, '%d/%m')}", rs(adv))
    tds = round(hire * 0.01, 2) if rng.random() < 0.6 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194C @ 1%", rs(tds))
    else:
        p.add("small", "No TDS: declaration u/s 194C(6) on file.")
    extra = 0.0
    if rng.random() < 0.5:
        extra = float(rng.choice([500, 1000, 1500, 2000]))
        p.pair(rng.choice(["Add: Detention charges", "Add: Loading / unloading"]), rs(extra))
    short = 0.0
    if rng.random() < 0.4:
        short = float(rng.choice([250, 600, 1200]))
        p.pair("Less: Shortage / damage", rs(short))
    net = round(hire - adv - tds + extra - short, 2)
    p.pair(rng.choice(["Net amount paid", "Balance hire paid", "Amount paid"]) if status == "success" else
           "Net amount", rs(net), amount=net)
    mode = rng.choice(["NEFT", "RTGS"]) if net >= 200000 else "NEFT"
    p.pair(rng.choice(["Mode", "Payment Mode"]), mode, method="netbanking")
    if not j.no_ref:
        if status == "success":
            ref = neft_utr(rng.choice(["ICIC", "SBIN", "HDFC"]), rng, j.date) if mode == "NEFT" else \
                rtgs_utr(rng.choice(["ICIC", "SBIN", "HDFC"]), rng, j.date)
            labelled(p, rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
        adv_no = f"PA/{fy(j.date)}/{rng.randrange(1, 9999):04d}"
        p.pair(rng.choice(["Advice No.", "Voucher No."]), adv_no, txn=(INVOICE_RANK, adv_no))
    if not j.no_day:
        labelled(p, rng.choice(["Payment Date", "Value Date"]) if status == "success" else "Initiated on",
                 when(j.date, rng.choice(SLIP_PATS + ["%d %b %Y"])), date=j.date)
    p.pair("Status", {"success": rng.choice(["Paid", "Processed", "Success"]),
                      "failed": rng.choice(["Rejected - IFSC invalid", "Failed"]),
                      "pending": rng.choice(["Pending for authorisation", "Awaiting checker approval"])}[status],
           status=status)
    p.part = "foot"
    p.add("small", "Please acknowledge the receipt and send the POD with the hire challan.")
    return p.done()


# ---------------------------------------------------------------- 8. a godown's rent


PARKS = ["IndoSpace Logistics Parks", "Welspun One Warehousing", "Horizon Industrial Parks", "ESR Warehousing"]
GODOWN_KINDS = ["landlord", "park", "landlord", "park", "park", "landlord", "park", "landlord"]
GODOWN_WAYS = ["netbanking", "netbanking", "cheque", "netbanking", "UPI", "cheque", "netbanking", "cash"]
LANDLORDS = ["Ramkishan Agrawal", "Smt. Kamla Devi Jain", "Harbhajan Singh Sodhi", "V. Palanisamy",
             "Prafulla Kumar Das", "Haji Abdul Gaffar"]


def warehouse_rent(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The rent of the franchise's godown: an owner's RENT RECEIPT on paper (Received with thanks from <the
    franchise> the rent of the godown at … for <month>, Landlord / Landlord's Name / Name of Landlord over the owner,
    his PAN, Rent, Less TDS u/s 194-I, Net received, the way, a revenue stamp) or a warehousing park's payment receipt
    (IndoSpace, Welspun One, Horizon, ESR; its tenant portal): the park on top, Receipt No, Lessee, the shed and
    its area, the month, Rent + CGST + SGST, Less TDS, Amount received, the way and UTR, Received on; one cheque
    returned, one under clearing."""
    k = place("warehouse_rent")
    status = outcome(k, failed=(5,), pending=(2,))
    kind, way = GODOWN_KINDS[k], GODOWN_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=25000, high=600000, p_round=0.95)
    month = when(j.date, rng.choice(["%B %Y", "%b %Y", "%b-%y"]))
    rent = whole(j.amount, 1000)
    tds = round(rent * 0.10, 2) if rng.random() < 0.7 else 0.0
    if kind == "park":
        park = PARKS[(k + j.town) % 4]
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"tenants.{park.split()[0].lower()}.in/billing/receipts"
        rs = money(rng, font, 0.3)
        gst = round(rent * 0.09, 2)
        net = round(rent + 2 * gst - tds, 2)
        p.part = "head"
        top(p, park, merchant=park)
        p.add("small", f"{CITIES[j.town][0]} Logistics Park, {CITIES[j.town][0]} - {CITIES[j.town][1]}")
        p.add("center", rng.choice(["Payment Receipt", "Rent Receipt"]))
        p.part = "outcome"
        outcome_row(p, status, {"success": ["Payment received", "Paid"], "failed": ["Payment failed"],
                                "pending": ["Payment pending"]})
        p.part = "body"
        if not j.no_ref:
            rec = f"RR/{fy(j.date)}/{digits(rng, 5)}"
            p.pair(rng.choice(["Receipt No", "Receipt No."]), rec, txn=(INVOICE_RANK, rec))
        wrap_pair(p, "Lessee", HUBS[j.town][1])
        p.pair("Premises", f"Shed {code(rng, 1, 'ABCDE')}-{rng.randrange(1, 12)}, {rng.randrange(8, 90)},000 sq ft")
        p.pair(rng.choice(["Rent month", "Period"]), month)
        p.pair("Lease rent", rs(rent))
        p.pair("CGST @ 9%", rs(gst))
        p.pair("SGST @ 9%", rs(gst))
        if tds:
            p.pair("Less: TDS u/s 194-I @ 10%", rs(tds))
        else:
            net = round(rent + 2 * gst, 2)
        p.pair(rng.choice(["Amount received", "Net amount paid", "Total paid"]), rs(net), amount=net)
        p.pair(rng.choice(["Payment mode", "Paid via"]), {"netbanking": rng.choice(["NEFT", "RTGS"]),
                                                         "UPI": "UPI"}[way], method=way)
        if not j.no_ref and status == "success":
            if way == "UPI":
                p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            else:
                ref = neft_utr(rng.choice(["HDFC", "ICIC", "UTIB"]), rng, j.date)
                p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        if not j.no_day:
            p.pair(rng.choice(["Received on", "Payment date"]), when(j.date, rng.choice(PATS)), date=j.date)
        p.part = "foot"
        p.add("small", "Security deposit is refundable as per the lease deed.")
        return p.done()
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([18, 19]))
    paper(p, rng)
    rs = money(rng, font, 0.7, marks=("Rs.", "Rs", "\u20b9"))
    owner = rng.choice(LANDLORDS)
    net = round(rent - tds, 2)
    p.part = "head"
    p.add("title", "RENT RECEIPT")
    p.part = "body"
    if not j.no_ref:
        rec = str(rng.randrange(1, 90))
        p.pair("Receipt No.", rec, txn=(INVOICE_RANK, rec))
    if not j.no_day:
        p.pair("Date", when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    p.add("left", f"Received with thanks from {HUBS[j.town][1]}")
    p.add("left", f"the rent of the godown at {CITIES[j.town][2]}, {CITIES[j.town][0]} for {month}.")
    p.pair(rng.choice(["Landlord's Name", "Name of Landlord", "Landlord"]), owner, merchant=owner)
    p.pair("PAN of Landlord", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.pair("Rent", rs(rent))
    if tds:
        p.pair("Less: TDS u/s 194-I @ 10%", rs(tds))
    p.pair(rng.choice(["Net received", "Amount received", "Amount"]), rs(net), amount=net)
    if way == "cheque":
        p.pair("Mode", "Cheque")
        p.pair("Cheque No.", f"{rng.randrange(0, 999999):06d}")
    else:
        p.pair(rng.choice(["Mode", "Payment Mode"]), {"netbanking": "NEFT", "cash": "Cash"}[way], method=way)
        if not j.no_ref and way == "netbanking":
            ref = neft_utr(rng.choice(["SBIN", "PUNB", "HDFC"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    p.add("center", {"success": rng.choice(["RECEIVED", "PAID"]), "failed": "CHEQUE RETURNED UNPAID",
                     "pending": "CHEQUE UNDER CLEARING"}[status], status=status)
    p.part = "foot"
    p.add("right", "[Revenue stamp]")
    p.add("right", "Signature of Landlord")
    return p.done()


# ---------------------------------------------------------------- 9. a GST challan


GST_KINDS = ["portal", "bank", "portal", "bank", "portal", "bank", "portal", "bank"]
GST_BANKS = ["State Bank of India", "HDFC Bank", "ICICI Bank", "Punjab National Bank"]
GST_WAYS = ["netbanking", "netbanking", "neft", "netbanking", "card", "netbanking", "netbanking", "UPI"]


def gst_challan(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The franchise's GST payment: the GST portal's payment receipt (Form GST PMT-06: CPIN, GSTIN, the legal
    name, the tax heads by Tax / Interest / Late fee, Total Challan Amount, Mode E-Payment / NEFT/RTGS / card, the
    bank, Date of Deposit, CIN, BRN, Challan generated on (another day), Payment Status) or its bank's GST
    e-payment acknowledgement (the bank on top, CPIN, CIN, Bank Reference No., amount, debit account, status); one
    failed, one awaiting the bank's confirmation; the payee (the Centre and the state) is printed nowhere."""
    k = place("gst_challan")
    status = outcome(k, failed=(3,), pending=(6,))
    kind, way = GST_KINDS[k], GST_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=8000, high=700000, p_round=0.95)
    bank = GST_BANKS[(k + j.town) % 4]
    city = CITIES[j.town]
    rs = money(rng, font, 0.6, marks=("\u20b9", "Rs.", "INR"))
    p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    cpin = f"{j.date:%y}{city[4]}{digits(rng, 10)}"
    bcode = {"State Bank of India": "SBIN", "HDFC Bank": "HDFC", "ICICI Bank": "ICIC",
             "Punjab National Bank": "PUNB"}[bank]
    cin = f"{bcode}{cpin}"
    igst = rng.random() < 0.4
    tax = whole(j.amount, 1)
    interest = round(tax * rng.uniform(0.002, 0.01), 0) if rng.random() < 0.4 else 0.0
    fee = float(rng.choice([0, 0, 50, 100, 500]))
    total = round(tax + interest + fee, 2)
    p.part = "head"
    if kind == "portal":
        p.style["h106"]["url"] = "payment.gst.gov.in/payment/trackpayment"
        top(p, "Goods and Services Tax")
        p.add("center", rng.choice(["Payment Receipt", "Form GST PMT-06 - Challan"]))
    else:
        p.style["h106"]["url"] = {"State Bank of India": "retail.onlinesbi.sbi/retail/gstpayment",
                                  "HDFC Bank": "netbanking.hdfcbank.com/netbanking/gstack",
                                  "ICICI Bank": "cib.icicibank.com/corp/GST/ack",
                                  "Punjab National Bank": "netpnb.com/corp/GSTPayment"}[bank]
        top(p, bank)
        p.add("center", rng.choice(["GST Payment Acknowledgement", "e-Payment of GST - Receipt"]))
    p.part = "body"
    if kind == "bank":
        status_line(p, {"success": ["Transaction Successful", "Payment successful"],
                        "failed": ["Transaction Failed"], "pending": ["Transaction pending"]}, status)
    if not j.no_ref:
        p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
    p.pair("GSTIN", gstin(rng, city[4]))
    wrap_pair(p, rng.choice(["Name (Legal)", "Taxpayer Name"]), HUBS[j.town][1])
    if kind == "portal":
        p.add("rule")
        if igst:
            p.pair("IGST - Tax", rs(tax))
        else:
            half = round(tax / 2, 2)
            p.pair("CGST - Tax", rs(half))
            p.pair("SGST - Tax", rs(round(tax - half, 2)))
        if interest:
            p.pair("IGST - Interest" if igst else rng.choice(["CGST - Interest", "SGST - Interest"]), rs(interest))
        if fee:
            p.pair("Late fee", rs(fee))
    p.pair(rng.choice(["Total Challan Amount", "Total Amount", "Amount"]), rs(total), amount=total)
    mode = {"netbanking": "E-Payment (Net Banking)", "neft": "NEFT/RTGS", "card": "E-Payment (Credit Card)",
            "UPI": "E-Payment (UPI)"}[way]
    p.pair(rng.choice(["Mode of Payment", "Payment Mode"]), mode if kind == "portal" else mode.replace("E-Payment ",
                                                                                                      "").strip("()"),
           method={"neft": "netbanking"}.get(way, way))
    p.pair("Bank Name" if kind == "portal" else "Debit Account", bank if kind == "portal" else
           f"XXXXXX{digits(rng, 4)}")
    if not j.no_ref and status == "success":
        p.pair("CIN", cin, txn=(TXN_RANK, cin))
        brn = digits(rng, rng.choice([10, 11])) if rng.random() < 0.6 else f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
        p.pair(rng.choice(["BRN", "Bank Reference No.", "Bank Ref No"]), brn, txn=(BANK_RANK, brn))
        if way == "neft":
            ref = neft_utr(rng.choice(["HDFC", "ICIC", "SBIN"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        made = j.date - dt.timedelta(days=rng.randrange(0, 4))
        if kind == "portal" and made != j.date:
            p.pair(rng.choice(["Challan generated on", "CPIN created on"]), when(made, "%d/%m/%Y"))
        labelled(p, {"success": rng.choice(["Date of Deposit", "Payment Date", "Date of Payment"]),
                     "failed": "Payment attempted on", "pending": "Payment initiated on"}[status],
                 stamp(rng, j.date, ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "%d-%b-%Y"], twelve=False), date=j.date)
    if kind == "portal":
        p.pair(rng.choice(["Payment Status", "Status"]), {"success": rng.choice(["Paid", "PAID", "Success"]),
                                                          "failed": rng.choice(["Failed", "Payment Failed"]),
                                                          "pending": "Awaiting Bank Confirmation"}[status],
               status=status)
    if status == "pending":
        p.add("small", "Do not pay again. The cash ledger is credited once the bank reports the CIN.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["This is a system generated receipt.", "Cash ledger credited on receipt of CIN."]))
    return p.done()


# ---------------------------------------------------------------- 10. a marine transit premium


# insurer, its mail's and portal's domain
INSURERS = [("ICICI Lombard General Insurance", "icicilombard.com"),
            ("The New India Assurance Co. Ltd.", "newindia.co.in"), ("Tata AIG General Insurance", "tataaig.com"),
            ("HDFC ERGO General Insurance", "hdfcergo.com"), ("Bajaj General Insurance Ltd", "bajajgeneral.com"),
            ("United India Insurance", "uiic.co.in"), ("The Oriental Insurance Co. Ltd.", "orientalinsurance.org.in"),
            ("Future Generali India Insurance", "futuregenerali.in")]
MARINE_KINDS = ["mail", "paper", "browser", "mail", "paper", "browser", "mail", "paper"]
MARINE_WAYS = ["netbanking", "cheque", "card", "UPI", "cheque", "netbanking", "UPI", "netbanking"]


def transit_insurance(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The premium of the franchise's marine transit cover (an inland transit open policy or an annual turnover
    policy for goods in its custody): the insurer on top (its e-mail, a printed receipt, its portal), Premium
    Receipt / Premium Acknowledgement, Receipt No, Policy No, the product, the insured (the franchise), Annual
    turnover declared / Sum insured, Period of insurance, Net premium, GST @ 18%, Total premium, the way with the
    cheque, UTR, UPI Ref or card's approval, Receipt Date, the intermediary; a cheque dishonoured, one pending
    realisation."""
    k = place("transit_insurance")
    status = outcome(k, failed=(1,), pending=(4,))
    kind, way = MARINE_KINDS[k], MARINE_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=9000, high=260000, p_round=0.3)
    insurer, domain = INSURERS[(k + j.town) % 8]
    p = screen(rng, font, "crop" if kind == "paper" else kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
    if kind == "mail":
        mail_frame(p, f"{insurer.replace('The ', '').split(' Insurance')[0].split(' General')[0]} "
                      f"<policy.services@{domain}>", "Premium receipt - Marine Cargo")
    elif kind == "browser":
        p.style["h106"]["url"] = f"customer.{domain}/policy/premium-receipt"
    else:
        paper(p, rng)
    rs = money(rng, font, 0.1, marks=("\u20b9", "Rs.", "INR"))
    net = round(j.amount / 1.18, 2)
    gst = round(net * 0.18, 2)
    total = round(net + gst, 2)
    p.part = "head"
    top(p, insurer, merchant=insurer)
    p.add("center", rng.choice(["PREMIUM RECEIPT", "Premium Acknowledgement", "Receipt - Marine Cargo"]))
    p.part = "body"
    if not j.no_ref:
        rec = rng.choice([f"{digits(rng, 4)}/{digits(rng, 8)}", f"RCPT{digits(rng, 10)}", f"R{digits(rng, 12)}"])
        p.pair(rng.choice(["Receipt No.", "Receipt Number"]), rec, txn=(INVOICE_RANK, rec))
    p.pair(rng.choice(["Policy No.", "Policy Number"]), f"{digits(rng, 4)}/{digits(rng, 9)}/00/000")
    wrap_pair(p, "Product", rng.choice(["Marine Cargo Open Policy (Inland Transit)", "Marine Transit - Annual "
                                        "Turnover Policy", "Carrier's Legal Liability"]))
    wrap_pair(p, rng.choice(["Insured", "Proposer"]), HUBS[j.town][1])
    p.pair(rng.choice(["Annual turnover declared", "Sum insured"]), rs(whole(j.amount * rng.uniform(300, 900),
                                                                          100000)))
    if not j.no_day:
        start = j.date + dt.timedelta(days=rng.randrange(0, 3))
        p.pair("Period of insurance", f"{when(start, '%d/%m/%Y')} - "
                                      f"{when(start + dt.timedelta(days=364), '%d/%m/%Y')}")
    p.add("rule")
    p.pair("Net premium", rs(net))
    p.pair("GST @ 18%", rs(gst))
    p.pair(rng.choice(["Total premium", "Total Premium Received", "Amount"]), rs(total), amount=total)
    if way == "cheque":
        p.pair("Mode", "Cheque")
        p.pair("Cheque No. / Bank", f"{rng.randrange(0, 999999):06d} / {rng.choice(PSB + PVT)}")
    else:
        p.pair(rng.choice(["Payment Mode", "Mode"]), {"netbanking": rng.choice(["NEFT", "Net Banking"]), "UPI": "UPI",
                                                     "card": f"Credit Card {masked(rng, font)}"}[way], method=way)
        if not j.no_ref and status == "success":
            if way == "UPI":
                p.pair("UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            elif way == "netbanking":
                ref = neft_utr(rng.choice(["HDFC", "ICIC", "KKBK"]), rng, j.date)
                p.pair(rng.choice(["UTR", "Transaction Ref No"]), ref, txn=(UTR_RANK, ref))
            else:
                appr = digits(rng, 6)
                p.pair("Auth Code", appr, txn=(APPR_RANK, appr))
    if not j.no_day:
        p.pair(rng.choice(["Receipt Date", "Date of receipt"]), when(j.date, rng.choice(SLIP_PATS)), date=j.date)
    p.pair("Intermediary", rng.choice(["Direct", "Prudent Insurance Brokers", "Anand Rathi Insurance Brokers"]))
    p.add("center", {"success": rng.choice(["PREMIUM RECEIVED", "PAID"]),
                     "failed": "CHEQUE DISHONOURED - COVER CANCELLED",
                     "pending": "PAYMENT PENDING REALISATION"}[status], status=status)
    p.part = "foot"
    p.add("small", "Cover under the policy is subject to realisation of the premium.")
    return p.done()


# ---------------------------------------------------------------- 11. a truck loan's EMI


NBFCS = [("Shriram Finance", (0, 84, 150), "app"), ("Tata Motors Finance", None, "mail"),
         ("Cholamandalam Investment and Finance", None, "browser"), ("Mahindra Finance", (200, 30, 40), "app"),
         ("Sundaram Finance", None, "mail"), ("SK Finance", (0, 110, 70), "app"),
         ("Hinduja Leyland Finance", None, "browser"), ("Shriram Finance", (0, 84, 150), "app")]
EMI_WAYS = ["UPI", "netbanking", "card", "UPI", "netbanking", "UPI", "netbanking", "cash"]
TRUCKS = ["TATA LPT 1613", "ASHOK LEYLAND 1920", "EICHER PRO 3015", "BHARATBENZ 1617R", "TATA SIGNA 4825.TK",
          "MAHINDRA BLAZO X 28"]


def truck_emi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An EMI paid on one of the franchise's trucks to its lender (Shriram Finance, Tata Motors Finance,
    Cholamandalam, Mahindra Finance, Sundaram Finance, SK Finance, Hinduja Leyland Finance; the lender's app, e-mail
    or site; cash at a branch on one): the lender on top, EMI Payment Receipt / Payment Acknowledgement, the
    outcome, Loan Account No, the borrower, the truck and its registration, EMI due, overdue or bounce charges on
    some, Amount paid, the way, Transaction ID, UPI Ref No / UTR on some, Receipt No, Payment Date, Next EMI due
    on (another day); one failed, one pending."""
    k = place("truck_emi")
    status = outcome(k, failed=(2,), pending=(5,))
    lender, band, kind = NBFCS[k]
    way = EMI_WAYS[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 0, low=22000, high=140000, p_round=0.1)
    emi = j.amount
    extra = float(rng.choice([0, 0, 590, 1180, 750])) if status == "success" else 0.0
    paid = round(emi + extra, 2)
    if kind == "app":
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, title=rng.choice(["", "Payment receipt"]),
                   buttons=rng.choice([("Download receipt",), ("Share", "Done"), ()]))
        phone_frame(p, k)
        head(p, lender, band, dark, ["Pay EMI", "My Loans"])
    else:
        dark = False
        p = screen(rng, font, kind, width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        if kind == "mail":
            dom = lender.split()[0].lower()
            mail_frame(p, f"{lender} <receipts@{dom}finance.in>", "EMI payment receipt")
        else:
            p.style["h106"]["url"] = f"www.{lender.split()[0].lower()}.com/customer/pay-emi/receipt"
        p.part = "head"
        top(p, lender, merchant=lender)
    rs = money(rng, font, 0.3)
    p.add("center", rng.choice(["EMI Payment Receipt", "Payment Acknowledgement", "Loan Repayment Receipt"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "EMI paid successfully", "Payment received"],
                            "failed": ["Payment Failed", "Transaction failed"],
                            "pending": ["Payment Pending", "Payment under process"]})
    if kind == "app":
        p.add("big", rs(paid), amount=paid)
    p.part = "body"
    if kind == "app":
        payee_pair(p, ["Paid to", "Lender"], lender)
    p.pair(rng.choice(["Loan Account No.", "Loan A/c No", "Agreement No."]),
           f"{code(rng, 2, UPPER)}{digits(rng, rng.choice([8, 10]))}")
    wrap_pair(p, rng.choice(["Borrower", "Customer Name"]), HUBS[j.town][1])
    p.pair(rng.choice(["Asset", "Vehicle"]), rng.choice(TRUCKS))
    p.pair(rng.choice(["Registration No.", "Vehicle No."]), reg_no(rng, j.town))
    p.pair(rng.choice(["EMI amount", "Instalment due"]), rs(emi))
    if extra:
        p.pair(rng.choice(["Overdue charges", "Bounce charges (incl. GST)", "Late payment charges"]), rs(extra))
    if kind != "app":
        p.pair(rng.choice(["Amount paid", "Total paid", "Amount"]), rs(paid), amount=paid)
    p.pair(rng.choice(["Payment mode", "Paid via", "Mode"]),
           {"UPI": "UPI", "netbanking": rng.choice(["Net Banking", "NEFT"]),
            "card": f"Debit Card {masked(rng, font)}", "cash": "Cash at branch"}[way], method=way)
    if not j.no_ref:
        tid = rng.choice([f"{code(rng, 3, UPPER)}{digits(rng, 11)}", digits(rng, 14)])
        labelled(p, rng.choice(["Transaction ID", "Txn ID", "Payment ID"]), tid, txn=(TXN_RANK, tid))
        if status == "success" and way == "UPI":
            labelled(p, rng.choice(["UPI Ref No", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        if status == "success" and rng.random() < 0.6:
            rec = f"{code(rng, 2, UPPER)}{digits(rng, 9)}"
            p.pair(rng.choice(["Receipt No.", "Receipt Number"]), rec, txn=(INVOICE_RANK, rec))
    if not j.no_day:
        labelled(p, rng.choice(["Payment Date", "Paid on", "Date & Time"]), stamp(rng, j.date, PATS), date=j.date)
        if status == "success" and rng.random() < 0.6:
            nxt = j.date + dt.timedelta(days=rng.randrange(25, 35))
            p.pair("Next EMI due on", when(nxt, rng.choice(SLIP_PATS)))
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "Your loan account is updated once the bank confirms. Please do not pay again.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Pay on time to avoid overdue charges.", "This is a computer generated receipt."]))
    return p.done()


# ---------------------------------------------------------------- 12. a shipper's payment-link page


LINKS = ["Razorpay", "PayU", "Cashfree", "CCAvenue", "Easebuzz", "PhonePe PG", "Razorpay", "Paytm Payment Links"]
LINK_WAYS = ["UPI", "card", "netbanking", "card", "UPI", "UPI", "wallet", "UPI"]


def freight_link(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A shipper's browser or phone after paying the franchise's payment link for a booking's freight (Razorpay,
    PayU, Cashfree, CCAvenue, Easebuzz, PhonePe PG, Paytm Payment Links; dark on some phones): the hub on top or
    under Paying to / Payment to, what for (the LR or docket on most), the outcome, the sum large, the way,
    heldout125's gateway ids (Payment ID / PayU ID / CF Payment ID / Tracking ID / Easebuzz ID / Transaction ID and
    Order ID), UPI Ref No / Bank RRN on some, the day, the shipper's e-mail, Secured by the gateway; one failed, one
    pending."""
    k = place("freight_link")
    status = outcome(k, failed=(4,), pending=(1,))
    gw, way = LINKS[k], LINK_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=700, high=120000, caps=0.3)
    if rng.random() < 0.5:
        dark = rng.random() < 0.3
        p = screen(rng, font, "phone", dark=dark, width=620, buttons=rng.choice([("Download receipt",), ()]))
        phone_frame(p, k)
    else:
        p = screen(rng, font, "browser", width=rng.choice([700, 740]), size=rng.choice([18, 19]))
        p.style["h106"]["url"] = {"Razorpay": "rzp.io/l/", "PayU": "u.payu.in/", "Cashfree": "payments.cashfree.com/"
                                  "links/", "CCAvenue": "ccavenue.com/paymentlink/", "Easebuzz": "pay.easebuzz.in/",
                                  "PhonePe PG": "phon.pe/", "Paytm Payment Links": "paytm.me/"}[gw] + code(rng, 8, CAPS)
    rs = money(rng, font, 0.5)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, j.to, merchant=j.to)
    else:
        p.add("small", rng.choice(["Paying to", "Payment to"]))
        p.add("center", j.to, merchant=j.to)
    p.add("small", f"Freight {CITIES[j.town][0]} to {j.dest}")
    if not j.no_ref and rng.random() < 0.8:
        lr = lr_no(rng, j.town)
        p.pair(rng.choice(["LR No.", "Docket No.", "AWB No."]), lr, txn=(LR_RANK, lr))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Payment received", "Thank you! Payment done"],
                            "failed": ["Payment Failed", "Payment declined by bank"],
                            "pending": ["Payment processing", "Awaiting confirmation"]})
    p.add("big", rs(j.amount), amount=j.amount)
    p.part = "body"
    p.add("rule")
    p.pair(rng.choice(["Paid via", "Payment method", "Method"]),
           {"UPI": "UPI", "card": f"{rng.choice(['Visa', 'Mastercard', 'RuPay'])} {masked(rng, font)}",
            "netbanking": f"Net Banking - {rng.choice(PVT[:4] + PSB[:2])}", "wallet": "Paytm Wallet"}[way],
           method=way)
    if not j.no_ref:
        rows = gateway_ids(rng, gw, j.date)
        if status == "success" and way == "UPI" and rng.random() < 0.7:
            rows.append((rng.choice(["UPI Ref No", "Bank RRN"]), j.ref, UTR_RANK))
        elif status == "success" and way == "card" and rng.random() < 0.5:
            rows.append(("Auth Code", digits(rng, 6), APPR_RANK))
        for label, value, rank in rows:
            labelled(p, label, value, txn=(rank, value))
    if not j.no_day:
        labelled(p, rng.choice(["Date", "Paid on", "Date & Time"] if status == "success" else ["Date", "Date & Time",
                                                                                             "Initiated on"]),
                 stamp(rng, j.date, PATS), date=j.date)
    p.pair(rng.choice(["Email", "Customer"]), f"dispatch@{j.shipper.split()[0].lower()}.in")
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- drawing


compose = compose121

"""The twelve heldout145 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a petrol pump dealer's fuel station in 2026 (one retail outlet in each of Hosur,
Kolhapur, Rajkot, Muzaffarpur, Kurnool, Palakkad, Jabalpur and Roorkee, a trade name and the firm that holds the
dealership of IndianOil, HP or Bharat Petroleum), told by the proofs of payment it receives and makes: motorists'
UPI (the motorist's app and the outlet's own merchant app), the forecourt's bank card slips (co-branded fuel credit
cards, loyalty points, Bharat QR, a foreign card converted to its own currency), the oil companies' fleet-card and
loyalty slips (XTRAPOWER, DriveTrack Plus, SmartFleet, XTRAREWARDS, HP Pay), credit customers (transporters,
schools) settling the month's bills by NEFT / RTGS / IMPS and their payment advices, the dealer's receipts for
their cheques and cash, its own monthly credit bills and cash memos, payments to the oil company for product
indents through its dealer portal and its bank, tanker freight (net of TDS and transit loss), the lubricant
distributors' invoices and advance receipts, electricity through Bharat Connect, the attendants' wages, the weights
and measures stamping fee, PESO's licence renewal through BharatKosh, state VAT on fuel and GST. Every row is added
to heldout113's ``Screen`` with the facts it prints and the truth is read back from the rows the page keeps.
Headings, footers, the oil company's name over a slip or on the dealer's own paper, RO codes, MID, TID, batch, card,
customer, member and vehicle numbers, odometer readings, products, rates and volumes, card balances and limits,
loyalty points, a converted slip's local amount and rate, party codes and ledger folios, credit bill numbers and
days (on a transfer, an advice or a receipt), indent slip, indent and sales-order numbers, supply locations, virtual
accounts, delivery days, tank lorry numbers, trips and leads, freight lines, TDS and transit-loss lines, IRN and
acknowledgement numbers, order numbers, order values and balances, consumer and bill numbers, units, loads, bill
months and due days, employee numbers, wage months and wage heads, licence numbers, heads of account, TIN, GSTIN,
IFSC, account numbers and the payer's own details carry no fact. ``compose`` is heldout121's (heldout119's frames
and marks, heldout129's rubber stamp, heldout106's messages screen).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import glyphs, hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, screen
from bench.receipt_sets.heldout118_families import head, masked, money
from bench.receipt_sets.heldout119_families import ifsc, outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import upi_result
from bench.receipt_sets.heldout126_families import outcome_row, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs
from bench.receipt_sets.heldout140_families import browser_page, mail_page, method_of, paper_page, phone_page, slip_page

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = UPPER + "0123456789"

# town, PIN code, locality, state, GST state code, the registration series of its vehicles
TOWNS = [("Hosur", "635109", "Bagalur Road", "Tamil Nadu", "33", "TN 70"),
         ("Kolhapur", "416122", "Shiroli MIDC", "Maharashtra", "27", "MH 09"),
         ("Rajkot", "360004", "Gondal Road", "Gujarat", "24", "GJ 03"),
         ("Muzaffarpur", "842002", "Bairiya Chowk", "Bihar", "10", "BR 06"),
         ("Kurnool", "518002", "NH-44 Bypass", "Andhra Pradesh", "37", "AP 21"),
         ("Palakkad", "678001", "Olavakkode", "Kerala", "32", "KL 09"),
         ("Jabalpur", "482004", "Adhartal, Katni Road", "Madhya Pradesh", "23", "MP 20"),
         ("Roorkee", "247667", "Haridwar Road", "Uttarakhand", "05", "UK 08")]
# the oil company: its brand, its registered name, its fleet card, its loyalty programme, its premium petrol and
# diesel, its card numbers' head, its mail domain
OMCS = [("IndianOil", "Indian Oil Corporation Ltd", "XTRAPOWER", "XTRAREWARDS", "XP95", "XtraGreen", "7001",
         "indianoil.in"),
        ("HP", "Hindustan Petroleum Corporation Ltd", "DRIVETRACK PLUS", "HP PAY", "Power", "TurboJet", "7090",
         "hpcl.in"),
        ("Bharat Petroleum", "Bharat Petroleum Corporation Ltd", "SMARTFLEET", "PETROBONUS", "Speed",
         "Speed Diesel", "7050", "bharatpetroleum.in")]
# the retail outlet in each town: its trade name, the firm that holds the dealership
TRADE, FIRM = range(2)
OUTLETS = [("Sri Murugan Service Station", "Murugan Petro Retail LLP"),
           ("Mahalaxmi Petroleum", "Mahalaxmi Fuel Point Pvt Ltd"),
           ("Jalaram Fuels", "Jalaram Petro Services LLP"),
           ("Tirhut Filling Station", "Tirhut Petro Agency Pvt Ltd"),
           ("Sri Sai Highway Fuels", "Sai Highway Petroleum LLP"),
           ("Malampuzha Fuels", "Malampuzha Petro Retail Pvt Ltd"),
           ("Narmada Kisan Seva Kendra", "Narmada Automobiles & Fuels LLP"),
           ("Ganga Highway Service Station", "Ganga Fuels Pvt Ltd")]
BRAND = [0, 1, 2, 0, 1, 2, 0, 1]
RO_CODES = ["186522", "241873", "352094", "119047", "248310", "361185", "127764", "239951"]
SLUGS = ["murugansstn", "mahalaxmipetro", "jalaramfuels", "tirhutfs", "saihighway", "malampuzhafuels",
         "narmadaksk", "gangahighway"]
CODES = ["SMS", "MLP", "JRF", "TFS", "SHF", "MPF", "NKS", "GHS"]
# the day's pump prices (petrol, diesel), Rs a litre
PRICES = [(101.08, 92.64), (104.88, 91.41), (94.56, 90.21), (106.57, 93.42), (109.62, 97.45), (107.23, 96.10),
          (106.84, 92.17), (93.48, 88.39)]
# a credit customer in each town: a transporter or a school's bus fleet
CREDIT = ["Hosur Roadways", "Shree Siddhivinayak Transport Co.", "Saurashtra Tankers Pvt Ltd",
          "DAV Public School, Muzaffarpur", "Rayalaseema Logistics", "Chinmaya Vidyalaya, Palakkad",
          "Mahakoshal Roadlines", "Roorkee Public School"]
CREDIT_SLUGS = ["hosurroadways", "siddhivinayaktpt", "saurashtratankers", "davmuzaffarpur", "rayalaseemalog",
                "chinmayapkd", "mahakoshalroad", "rpsroorkee"]
MOTORISTS = ["Karthik Raja", "Sagar Jadhav", "Hardik Patel", "Amit Ranjan", "P. Srinivas", "Jithin Mathew",
             "Rohit Tiwari", "Ankit Saini", "Meena Kumari", "Faisal Ahmed", "Deepika Rawat", "Vijay Kumar"]
BANKS_DRAWN = ["State Bank of India", "Canara Bank", "Bank of Baroda", "HDFC Bank", "ICICI Bank",
               "Union Bank of India", "Indian Overseas Bank", "Punjab National Bank", "Bank of India",
               "Central Bank of India"]
REFUND = ["If money was debited, it will be credited back to your account in 3-5 working days.",
          "Any amount deducted will be reversed to your account by your bank."]
WAIT = ["Please do not pay again. The bank has not confirmed this payment yet.",
        "Awaiting confirmation from the bank. Show this screen to the attendant."]
DAY_PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "{d} %b %Y", "%d-%b-%y", "%B {d}, %Y", "%d %B %Y", "%Y-%m-%d"]
SLIP_DAYS = ["%d/%m/%Y", "%d-%m-%y", "%d%b%y", "%d.%m.%Y", "%Y-%m-%d", "%d %b %Y"]


def outlet(rng: random.Random, i: int, *, firm: float = 0.2, caps: float = 0.25) -> str:
    """The outlet as a payee: its trade name, its dealer firm's on some, in capitals on some."""
    name = OUTLETS[i][FIRM] if rng.random() < firm else OUTLETS[i][TRADE]
    return name.upper() if rng.random() < caps else name


def omc(i: int) -> tuple:
    """The oil company whose dealer outlet ``i`` is."""
    return OMCS[BRAND[i]]


def vehicle(rng: random.Random, town: int) -> str:
    return f"{TOWNS[town][5]} {code(rng, rng.choice([1, 2]), UPPER)} {rng.randrange(1000, 9999)}"


def pan(rng: random.Random, kind: str = "P") -> str:
    """A PAN (its fourth letter the holder's kind): never an id."""
    return f"{code(rng, 3, UPPER)}{kind}{code(rng, 1, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 500,
                 high: float = 150000, p_round: float = 0.6, firm: float = 0.2, caps: float = 0.25,
                 town: int | None = None):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(OUTLETS)) if town is None else town
        self.to = outlet(rng, self.town, firm=firm, caps=caps)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))

    def other_day(self, rng: random.Random, low: int, high: int) -> str:
        """Another day (a bill's, a cheque's, an indent's, a due day): never the payment's."""
        return when(self.date + dt.timedelta(days=rng.randrange(low, high)), rng.choice(DAY_PATS))

    def month(self, back: int = 1) -> str:
        """A month before the payment's (a bill's, a wage's, a return's): never the day."""
        day = self.date.replace(day=1)
        for _ in range(back):
            day = (day - dt.timedelta(days=1)).replace(day=1)
        return when(day, "%B %Y")


def outlet_head(p: Screen, town: int, name: str, kinds: list[str], *, merchant: bool = True) -> None:
    """The outlet on top of its own paper: its oil company's line (no fact), its address, GSTIN, the kind."""
    rng = p.rng
    city, brand = TOWNS[town], omc(town)
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice([f"Dealer: {brand[1]}", f"{brand[0]} Retail Outlet  |  RO Code {RO_CODES[town]}",
                               f"Authorised dealer of {brand[0]} petroleum products"]))
    p.add("small", f"{city[2]}, {city[0]} - {city[1]}  |  Ph {rng.choice('6789')}{digits(rng, 9)}")
    p.add("small", f"GSTIN {gstin(rng, city[4])}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def firm_head(p: Screen, town: int, name: str, sub: str, kinds: list[str]) -> None:
    """A supplier or a transporter on top of its own paper (the payee): what it does, its address, GSTIN, the kind."""
    rng = p.rng
    city = TOWNS[town]
    p.part = "head"
    top(p, name, merchant=name)
    p.add("small", sub)
    p.add("small", f"{rng.choice(['Plot', 'Shop No.', 'Door No.', 'Godown'])} {rng.randrange(2, 90)}, "
                   f"{city[2]}, {city[0]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def rail_ref(p: Screen, j: Job, way: str, heads: list[str]) -> None:
    """A paid page's reference for its way: a UPI or IMPS reference, an NEFT or RTGS UTR (a bank reference instead
    on a page without a day: both UTRs spell it), an approval code for a card; nothing for cash or a cheque."""
    rng = p.rng
    if way == "UPI":
        p.pair(rng.choice(["UPI Ref.", "UPI txn ref", "UPI RRN No."]), j.ref, txn=(UTR_RANK, j.ref))
    elif way in ("NEFT", "RTGS") and j.no_day:
        ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
        p.pair(rng.choice(["Bank Ref. No.", "Bank txn ref"]), ref, txn=(BANK_RANK, ref))
    elif way == "NEFT":
        ref = neft_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["NEFT UTR", "UTR Ref.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "RTGS":
        ref = rtgs_utr(rng.choice(heads), rng, j.date)
        p.pair(rng.choice(["RTGS UTR", "UTR Ref.", "UTR"]), ref, txn=(UTR_RANK, ref))
    elif way == "IMPS":
        p.pair(rng.choice(["IMPS Ref.", "IMPS RRN"]), j.ref, txn=(UTR_RANK, j.ref))
    elif way == "card":
        appr = digits(rng, 6)
        p.pair(rng.choice(["Auth Code", "Approval No."]), appr, txn=(APPR_RANK, appr))


def way_text(rng: random.Random, way: str) -> str:
    return {"cash": rng.choice(["Cash", "By cash"]), "UPI": rng.choice(["UPI", "UPI (QR)", "BHIM UPI"]),
            "NEFT": "NEFT", "RTGS": "RTGS", "IMPS": "IMPS"}[way]


def method_for(way: str) -> str:
    return "cheque" if way == "cheque" else method_of(way)


def right(p: Screen, text: str) -> None:
    """A line set to the right (a signature's), on the left where the page is too narrow for it."""
    p.add("right" if fits(p, "right", text) else "left", text)


def slip_amount(rng: random.Random) -> object:
    """A slip's way of writing a sum: INR / RS. / RS / none before it, western grouping or plain."""
    mark = rng.choice(["INR ", "RS.", "RS ", ""])
    comma = rng.random() < 0.5

    def amt(value: float) -> str:
        return f"{mark}{value:,.2f}" if comma else f"{mark}{value:.2f}"

    return amt


def slip_day(p: Screen, j: Job, labels: list[tuple[str, str | None]]) -> None:
    """A slip's day and hour: on one row (``labels``' pair run together, or one label over both) or two, or only the
    hour on a page without a day."""
    rng = p.rng
    clock = hhmm(rng, twelve=False, seconds=rng.random() < 0.6)
    d_label, t_label = rng.choice([pair for pair in labels if pair[1] or not j.no_day])
    if j.no_day:
        p.pair(t_label, clock)
        return
    text = when(j.date, rng.choice(SLIP_DAYS), upper=True)
    if t_label is None:
        if fits(p, "left", f"{d_label}: {text} {clock}"):
            p.add("left", f"{d_label}: {text} {clock}", date=j.date)
        else:
            p.pair(d_label, f"{text} {clock}", date=j.date)
        return
    one = f"{d_label} {text}  {t_label} {clock}"
    form = rng.random()
    if form < 0.4 and fits(p, "left", one):
        p.add("left", one, date=j.date)
    elif form < 0.6 and fits(p, "left", f"{text} {clock}"):
        p.add("left", f"{text} {clock}", date=j.date)
    else:
        p.pair(d_label, text, date=j.date)
        p.pair(t_label, clock)


# ---------------------------------------------------------------- 1. a motorist's UPI, the motorist's or the outlet's


UPI_FRAMES = [("customer", "PhonePe"), ("merchant", "PhonePe Business"), ("customer", "Paytm"),
              ("customer", "Google Pay"), ("merchant", "BharatPe"), ("customer", "CRED"), ("customer", "BHIM"),
              ("merchant", "Paytm for Business")]
MERCHANT_APPS = {"PhonePe Business": (95, 37, 159), "BharatPe": (0, 128, 120), "Paytm for Business": (0, 40, 110)}
FUEL_NOTES = ["Petrol", "Diesel", "Bike petrol", "Full tank", "Fuel", "Diesel - tractor", "Car petrol",
              "Petrol + air", "Premium petrol", "Diesel for jeep"]
QR_SPOTS = ["Nozzle 2 - static QR", "DU-3 soundbox", "Cash counter QR", "Forecourt QR 1", "Air tower QR",
            "Island 2 soundbox"]


def merchant_id(rng: random.Random, app: str, j: Job) -> tuple[str, str, tuple]:
    """The merchant app's own id for a payment received: PhonePe's T... (its day in it), BharatPe's, Paytm's."""
    if app == "PhonePe Business" and not j.no_day:
        own = f"T{j.date:%y%m%d}{rng.randrange(24):02d}{digits(rng, 14)}"
        return "Transaction ID", own, (TXN_RANK, own)
    if app == "Paytm for Business":
        own = digits(rng, 20)
        return "Order ID", own, (ORDER_RANK, own)
    own = digits(rng, 14)
    return rng.choice(["Txn ID", "Transaction ID"]), own, (TXN_RANK, own)


def merchant_upi(rng: random.Random, font: str, k: int, app: str, j: Job) -> tuple[list, dict, dict]:
    """The outlet's own merchant app after a motorist paid its QR (PhonePe Business, BharatPe, Paytm for Business):
    the app on its band, the outlet under Business name / Store / Your business or alone (the payee), Payment
    received / Money received / Received successfully / Payment collected, the sum large, the payer (from <NAME>,
    Received from <name>, From <handle>: never the payee), Received via / Payment mode UPI, the QR or soundbox that
    took it, the UPI reference and the app's own id, Received on / Date & time / Paid at, Settled to (the outlet's
    account)."""
    p = phone_page(rng, font, k, ["", "Payment details", "Transaction details"])
    dark = p.style["h106"]["dark"]
    rs = money(rng, font, 0.6)
    head(p, app, MERCHANT_APPS[app], dark, ["Payments", "Business account", "Collections"])
    p.part = "body"
    form = rng.random()
    if form < 0.4:
        p.add("small", rng.choice(["Business name", "Store", "Your business"]))
        p.add("center", j.to, merchant=j.to)
    elif form < 0.7 and fits(p, "pair", f"Business {j.to}    "):
        p.pair(rng.choice(["Business", "Store"]), j.to, merchant=j.to)
    else:
        p.add("center", j.to, merchant=j.to)
    outcome_row(p, "success", {"success": ["Payment received", "Money received", "Received successfully",
                                           "Payment collected"]})
    p.add("big", rs(j.amount), amount=j.amount)
    payer = rng.choice(MOTORISTS)
    vpa = f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okaxis', 'oksbi', 'paytm', 'ibl'])}"
    p.add("small", rng.choice([f"from {payer.upper()}", f"Received from {payer}", f"From {vpa}"]))
    p.pair(rng.choice(["Received via", "Payment mode", "Mode"]),
           rng.choice(["UPI", "UPI - QR", "BHIM UPI", "UPI (soundbox QR)"]), method="UPI")
    p.pair(rng.choice(["QR", "Collected at", "Terminal"]), rng.choice(QR_SPOTS))
    if not j.no_ref:
        rows = [(rng.choice(["UPI Ref. No.", "UTR", "Bank reference no.", "RRN"]), j.ref, (UTR_RANK, j.ref))]
        if rng.random() < 0.7:
            rows.insert(rng.randrange(2), merchant_id(rng, app, j))
        for label, value, txn in rows:
            labelled(p, label, value, txn=txn)
    if not j.no_day:
        labelled(p, rng.choice(["Received on", "Date & time", "Paid at"]), stamp(rng, j.date, PATS), date=j.date)
    p.pair(rng.choice(["Settled to", "Settlement account"]),
           f"{rng.choice(['HDFC Bank', 'SBI', 'Canara Bank', 'Axis Bank', 'ICICI Bank'])} {masked(rng, font)}")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Settlement: instant to bank account", "Soundbox announced this payment",
                               "Need help? Raise a ticket from Help"]))
    return p.done()


def motorist_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A motorist's UPI for fuel: five of the motorist's own app (PhonePe, Paytm, Google Pay, CRED, BHIM; dark on
    CRED and some others: heldout125's result screen, the outlet (its dealer firm on some) under Paid to / To / Sent
    to (Paying to / Payment to on a failure or a wait), a Note / Message / Remarks / Add note (Petrol, Full tank,
    Diesel - tractor) on most) and three of the outlet's merchant app (PhonePe Business, BharatPe, Paytm for
    Business: the outlet named on it, Payment received, the payer under from / Received from)."""
    k = place("motorist_upi")
    status = outcome(k, failed=(5,), pending=(2,))
    side, app = UPI_FRAMES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 3, low=100, high=6000, p_round=0.9, firm=0.2)
    if rng.random() < 0.55:
        j.amount = float(rng.choice([100, 200, 250, 300, 500, 1000, 1500, 2000, 3000]))
    if side == "merchant":
        return merchant_upi(rng, font, k, app, j)
    p = upi_result(rng, font, k, app, status, j, OUTLETS[j.town][TRADE], WAIT)
    if rng.random() < 0.8:
        p.pair(rng.choice(["Note", "Message", "Remarks", "Add note"]), rng.choice(FUEL_NOTES))
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "Pay again  |  View history"]))
    return p.done()


# ---------------------------------------------------------------- 2. the forecourt's bank card slips


CARD_MAKERS = ["HDFC BANK", "SBI PAYMENTS", "ICICI BANK", "PINE LABS", "AXIS BANK", "WORLDLINE", "BANK OF BARODA",
               "KOTAK MAHINDRA BANK"]
CARD_KINDS = ["sale", "cobrand", "sale", "loyalty", "tap", "bqr", "cobrand", "dcc"]
# a foreign card's currency: its rate range (INR a unit), its issuing countries
DCC = {"USD": ((83.2, 88.6), ["USA", "UNITED STATES", "CANADA"]),
       "EUR": ((89.5, 96.8), ["GERMANY", "FRANCE", "NETHERLANDS"])}
# co-branded fuel credit cards by oil company
COBRANDS = [["INDIANOIL HDFC BANK CC", "INDIANOIL RBL XTRA CC"], ["HPCL ICICI SUPER SAVER", "HPCL BOB ENERGIE"],
            ["BPCL SBI CARD OCTANE", "BPCL SBI CARD"]]
CARD_DECLINES = ["RC 55 - INCORRECT PIN", "RC 51 - INSUFFICIENT FUNDS", "RC 14 - INVALID CARD NUMBER",
                 "RC 54 - EXPIRED CARD"]


def product_rows(p: Screen, k: int, amount: float, *, diesel: bool | None = None) -> None:
    """The dispenser's product, rate and volume for a sale of ``amount`` (no fact)."""
    rng = p.rng
    brand = omc(k)
    if diesel is None:
        diesel = rng.random() < 0.45
    premium = rng.random() < 0.2
    rate = PRICES[k][1] if diesel else PRICES[k][0]
    if premium:
        rate = round(rate + rng.choice([6.5, 7.2, 8.4]), 2)
    name = (brand[5] if premium else "HSD") if diesel else (brand[4] if premium else "MS (PETROL)")
    p.pair(rng.choice(["PUMP/NOZ", "DU/NOZZLE"]), f"{rng.randint(1, 4)}/{rng.randint(1, 8)}")
    p.pair("PRODUCT", name.upper())
    p.pair(rng.choice(["RATE(RS/L)", "RSP"]), f"{rate:.2f}")
    p.pair(rng.choice(["VOL(L)", "VOLUME"]), f"{amount / rate:.2f}")


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's bank card terminal on the forecourt (HDFC Bank, SBI Payments, ICICI Bank, Pine Labs, Axis Bank,
    Worldline, Bank of Baroda, Kotak; monospace): the maker, the outlet in capitals (its firm on some; the payee), its
    locality and town, its oil company and RO code (no fact), SALE / CARD SALE / DEBIT/CREDIT SALE / SALE +
    XTRAREWARDS / CONTACTLESS SALE / BHARAT QR SALE, DATE .. TIME .. on one row, the day and hour alone or two rows,
    MID and TID, BATCH, ROC NO / INV NO / BILL NO, PUMP/NOZ, PRODUCT, RATE and VOL on some, CARD NUM, a co-branded
    fuel card's name (INDIANOIL HDFC BANK CC, HPCL ICICI SUPER SAVER, BPCL SBI CARD OCTANE), ENTRY MODE, APPR CODE /
    AUTH NO / APPROVAL and RRN / REF NUM / RRN NO, or BHARAT QR - UPI with CUST VPA and QR TXN REF, a loyalty member's
    mobile and points (no fact), AMOUNT / TXN AMOUNT / TOTAL AMOUNT / AMT; a foreign tourist's DCC SALE / CURRENCY
    CONVERSION SALE at the Roorkee outlet (ISSUER COUNTRY, BASE AMT / LOCAL AMOUNT in INR, EXCH RATE, MARGIN, TXN /
    CARD CURRENCY USD or EUR, TOTAL / TOTAL AMOUNT in it: the sum); APPROVED / TRANSACTION APPROVED / APPROVED - PIN
    VERIFIED / TRANSACTION DECLINED / DECLINED with its RC / STATUS : AWAITED (VERIFY ON TERMINAL - DO NOT RETRY)."""
    k = place("card_slip")
    status = outcome(k, failed=(2,), pending=(5,))
    kind = CARD_KINDS[k]
    brand = omc(k)
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=150, high=9000, p_round=0.6, town=k)
    if rng.random() < 0.5:
        j.amount = float(rng.choice([200, 500, 1000, 1500, 2000, 2500, 3000, 5000]))
    p = slip_page(rng, font)
    name = (OUTLETS[k][FIRM] if rng.random() < 0.2 else OUTLETS[k][TRADE]).upper()
    p.part = "head"
    p.add("center", CARD_MAKERS[k])
    if fits(p, "center", name):
        p.add("center", name, merchant=name)
    else:
        p.add("left", name, merchant=name)
    p.add("center", f"{TOWNS[k][2].upper()}, {TOWNS[k][0].upper()}")
    p.add("center", rng.choice([f"{brand[0].upper()} RO {RO_CODES[k]}", f"RO CODE: {RO_CODES[k]}"]))
    p.add("center", {"sale": rng.choice(["SALE", "CARD SALE", "DEBIT/CREDIT SALE"]),
                     "cobrand": rng.choice(["SALE", "CARD SALE"]), "loyalty": f"SALE + {brand[3]}",
                     "tap": "CONTACTLESS SALE", "bqr": "BHARAT QR SALE",
                     "dcc": rng.choice(["DCC SALE", "CURRENCY CONVERSION SALE"])}[kind])
    p.add("rule")
    p.part = "body"
    slip_day(p, j, [("DATE", "TIME"), ("DATE:", "TIME:"), ("DT", "TM")])
    mid, tid = digits(rng, 15), digits(rng, 8)
    if rng.random() < 0.5 and fits(p, "left", f"MID:{mid} TID:{tid}"):
        p.add("left", f"MID:{mid} TID:{tid}")
    else:
        p.pair(rng.choice(["MERCHANT ID", "MID"]), mid)
        p.pair(rng.choice(["TERMINAL ID", "TID"]), tid)
    p.pair(rng.choice(["BATCH", "BATCH NO"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        roc = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["ROC NO", "INV NO", "BILL NO"]), roc, txn=(INVOICE_RANK, roc))
    if kind not in ("bqr", "dcc") and rng.random() < 0.55:
        product_rows(p, k, j.amount)
    if kind == "bqr":
        p.pair("PAY MODE", "BHARAT QR - UPI")
        vpa = f"{rng.choice('6789')}{digits(rng, 9)}@{rng.choice(['ybl', 'okicici', 'oksbi', 'axl'])}"
        text = f"CUST VPA: {vpa}"
        if fits(p, "left", text):
            p.add("left", text, method="UPI")
        else:
            p.add("left", "CUST VPA:")
            p.add("left", vpa, method="UPI")
        if not j.no_ref:
            qref = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
            p.pair("QR TXN REF", qref, txn=(TXN_RANK, qref))
    else:
        net = rng.choice(["VISA", "MASTERCARD"] if kind == "dcc" else ["VISA", "MASTERCARD", "RUPAY"])
        p.pair(rng.choice(["CARD NUM", "CARD NO"]), rng.choice([f"XXXX XXXX XXXX {digits(rng, 4)}",
                                                                f"************{digits(rng, 4)}"]), method="card")
        if kind == "cobrand":
            p.add("left", f"CARD: {rng.choice(COBRANDS[BRAND[k]])}")
        p.pair(rng.choice(["CARD TYPE", "SCHEME"]), f"{net} {rng.choice(['CREDIT', 'DEBIT'])}")
        p.pair(rng.choice(["ENTRY MODE", "ENTRY"]), "CONTACTLESS" if kind == "tap" else rng.choice(["CHIP", "SWIPE"]))
        if not j.no_ref and status == "success":
            appr = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            p.pair(rng.choice(["APPR CODE", "AUTH NO", "APPROVAL"]), appr, txn=(APPR_RANK, appr))
        if not j.no_ref:
            p.pair(rng.choice(["RRN", "REF NUM", "RRN NO"]), j.ref, txn=(UTR_RANK, j.ref))
    if kind == "loyalty":
        p.pair(f"{brand[3]} MOB", f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
        p.pair("POINTS EARNED", str(max(1, int(j.amount // 100))))
        p.pair("POINTS BALANCE", f"{rng.randrange(120, 9800):,}")
    p.add("rule")
    amt = slip_amount(rng)
    if kind == "dcc":
        cur = rng.choice(["USD", "EUR"])
        (low, high), lands = DCC[cur]
        rate = round(rng.uniform(low, high), 4)
        margin = rng.choice([3.0, 3.5, 4.0])
        base = j.amount
        j.amount = round(base / rate * (1 + margin / 100), 2)
        p.pair("ISSUER COUNTRY", rng.choice(lands))
        p.pair(rng.choice(["BASE AMT", "LOCAL AMOUNT"]), f"INR {base:,.2f}")
        p.add("left", f"EXCH RATE: 1 {cur} = {rate:.4f} INR")
        p.add("left", f"MARGIN: {margin:.2f}% OVER REUTERS WHOLESALE")
        p.pair(rng.choice(["TXN CURRENCY", "CARD CURRENCY"]), cur)
        p.pair(rng.choice(["TOTAL", "TOTAL AMOUNT"]), f"{cur} {j.amount:,.2f}", amount=j.amount, cur=cur)
    else:
        p.pair(rng.choice(["AMOUNT", "TXN AMOUNT", "TOTAL AMOUNT", "AMT"]), amt(j.amount), amount=j.amount)
    p.add("rule")
    if status == "success":
        p.add("center", rng.choice(["APPROVED", "TRANSACTION APPROVED", "APPROVED - PIN VERIFIED"]), status="success")
        if kind == "cobrand":
            p.add("small", "FUEL SURCHARGE WAIVER AS PER ISSUER T&C")
        elif kind == "tap":
            p.add("small", "TAP & GO - NO PIN REQUIRED")
        elif kind == "dcc":
            p.add("small", "I ACCEPT THE RATE AND AGREE TO PAY IN MY CARD'S CURRENCY. DCC IS OFFERED BY THE "
                           "MERCHANT.")
    elif status == "failed":
        p.add("center", rng.choice(["TRANSACTION DECLINED", "DECLINED"]), status="failed")
        p.add("center", rng.choice(CARD_DECLINES))
    else:
        p.add("center", "STATUS : AWAITED", status="pending")
        p.add("small", "VERIFY ON TERMINAL - DO NOT RETRY")
    p.part = "foot"
    p.add("small", rng.choice(["CHECK ZERO ON DISPENSER BEFORE FILLING", "*** CUSTOMER COPY ***",
                               "THANK YOU - DRIVE SAFE", "NO SMOKING - SWITCH OFF MOBILE"]))
    return p.done()


# ---------------------------------------------------------------- 3. the oil companies' fleet-card and loyalty slips


# the outlet, fleet or loyalty
FLEET_PAGES = [(0, "fleet"), (1, "fleet"), (2, "fleet"), (3, "loyalty"), (6, "fleet"), (5, "fleet"), (4, "loyalty"),
               (7, "fleet")]
FLEET_DECLINES = ["INSUFFICIENT CCMS BALANCE", "DAILY LIMIT EXCEEDED", "VEHICLE NOT MAPPED TO CARD"]


def fleet_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The oil company's own terminal at the outlet (monospace): six fleet-card slips (INDIANOIL XTRAPOWER, HP
    DRIVETRACK PLUS, BHARAT PETROLEUM SMARTFLEET: FLEET CARD SALE / CCMS SALE / CARD SALE - FLEET, the outlet in
    capitals (the payee), OUTLET CODE / RO CODE, DATE/TIME or TXN DATE and TXN TIME, TERMINAL ID, BATCH NO, TXN ID /
    TRANS ID / TXN NO, INVOICE NO / BILL NO on some, CARD NO (the fleet's card), CUST ID, VEHICLE NO, ODOMETER (KM),
    PRODUCT, RSP, QTY(L), SALE AMOUNT(RS) / AMOUNT(RS) / NET AMOUNT, CCMS BAL / CARD BAL / AVAIL LIMIT, reward points
    on some; TXN SUCCESSFUL / SALE COMPLETED / APPROVED / DECLINED with INSUFFICIENT CCMS BALANCE / DAILY LIMIT
    EXCEEDED / OFFLINE SALE - UPLOAD PENDING) and two loyalty slips (XTRAREWARDS - EARN, HP PAY - LOYALTY SALE: BILL
    NO, MEMBER MOBILE, PAYMENT MODE CASH or UPI with UPI RRN, POINTS EARNED, TOTAL POINTS; PAID - CASH / PAID -
    UPI)."""
    k = place("fleet_slip")
    status = outcome(k, failed=(1,), pending=(5,))
    town, kind = FLEET_PAGES[k]
    brand = omc(town)
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, town=town)
    diesel = kind == "fleet" or rng.random() < 0.3
    rate = PRICES[town][1] if diesel else PRICES[town][0]
    litres = round(rng.uniform(18, 260) if kind == "fleet" else rng.uniform(4, 45), 2)
    j.amount = round(litres * rate, 2)
    p = slip_page(rng, font)
    name = (OUTLETS[town][FIRM] if rng.random() < 0.2 else OUTLETS[town][TRADE]).upper()
    p.part = "head"
    if kind == "fleet":
        p.add("center", f"{brand[0].upper()} {brand[2]}")
        p.add("center", rng.choice(["FLEET CARD SALE", "CCMS SALE", "CARD SALE - FLEET"]))
    else:
        p.add("center", brand[0].upper())
        p.add("center", f"{brand[3]} - EARN" if rng.random() < 0.5 else f"{brand[3]} - LOYALTY SALE")
    if fits(p, "center", name):
        p.add("center", name, merchant=name)
    else:
        p.add("left", name, merchant=name)
    p.add("center", f"{rng.choice(['OUTLET CODE', 'RO CODE'])}: {RO_CODES[town]}  {TOWNS[town][0].upper()}")
    p.add("rule")
    p.part = "body"
    slip_day(p, j, [("DATE/TIME", None), ("TXN DATE", "TXN TIME"), ("DATE:", "TIME:")])
    amt = slip_amount(rng)
    if kind == "fleet":
        p.pair(rng.choice(["TERMINAL ID", "TID"]), f"{code(rng, 2, UPPER)}{digits(rng, 6)}")
        p.pair("BATCH NO", f"{rng.randrange(1, 999):04d}")
        if not j.no_ref:
            tx = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
            p.pair(rng.choice(["TXN ID", "TRANS ID", "TXN NO"]), tx, txn=(TXN_RANK, tx))
            if rng.random() < 0.5:
                inv = f"{rng.randrange(1, 99999):06d}"
                p.pair(rng.choice(["INVOICE NO", "BILL NO"]), inv, txn=(INVOICE_RANK, inv))
        p.pair("CARD NO", f"{brand[6]} XXXX XXXX {digits(rng, 4)}", method="wallet")
        p.pair(rng.choice(["CUST ID", "CUSTOMER ID"]), digits(rng, 10))
        p.pair(rng.choice(["VEHICLE NO", "VEH NO"]), vehicle(rng, town).replace(" ", ""))
        p.pair(rng.choice(["ODOMETER", "ODO (KM)"]), str(rng.randrange(12000, 640000)))
        p.pair("PRODUCT", "HSD" if diesel else "MS")
        p.pair(rng.choice(["RSP", "RATE"]), f"{rate:.2f}")
        p.pair(rng.choice(["QTY(L)", "VOLUME(L)"]), f"{litres:.2f}")
        p.add("rule")
        p.pair(rng.choice(["SALE AMOUNT(RS)", "AMOUNT(RS)", "NET AMOUNT"]), amt(j.amount), amount=j.amount)
        bal = round(j.amount * rng.uniform(0.1, 0.9), 2) if status == "failed" else \
            round(rng.uniform(5000, 400000), 2)
        p.pair(rng.choice(["CCMS BAL", "CARD BAL", "AVAIL LIMIT"]), amt(bal))
        if status == "success" and BRAND[town] == 0 and rng.random() < 0.6:
            p.pair("REWARD POINTS", str(max(1, int(litres // 2))))
        p.add("rule")
        if status == "success":
            p.add("center", rng.choice(["TXN SUCCESSFUL", "SALE COMPLETED", "APPROVED"]), status="success")
        elif status == "failed":
            p.add("center", rng.choice(["DECLINED", "TXN DECLINED"]), status="failed")
            p.add("center", rng.choice(FLEET_DECLINES))
        else:
            p.add("center", rng.choice(["OFFLINE SALE - UPLOAD PENDING", "OFFLINE TXN - TO BE SETTLED ON UPLOAD"]),
                  status="pending")
            p.add("small", "CARD BALANCE WILL UPDATE AFTER HOST SYNC")
        p.part = "foot"
        p.add("pair", "DRIVER SIGN", "DSM")
        p.add("small", rng.choice(["*** CUSTOMER COPY ***", "FLEET CARD - KEEP PIN SECRET"]))
        return p.done()
    way = "cash" if k == 3 else "UPI"
    if not j.no_ref:
        bill = f"{rng.randrange(1, 99999):06d}"
        p.pair(rng.choice(["BILL NO", "RECEIPT NO"]), bill, txn=(INVOICE_RANK, bill))
    p.pair(rng.choice(["MEMBER MOBILE", "MOBILE NO"]), f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
    p.pair("PRODUCT", ("HSD" if diesel else "MS") if rng.random() < 0.6 else (brand[5] if diesel else brand[4]))
    p.pair("RATE", f"{rate:.2f}")
    p.pair("QTY(L)", f"{litres:.2f}")
    p.add("rule")
    p.pair(rng.choice(["AMOUNT(RS)", "SALE AMT"]), amt(j.amount), amount=j.amount)
    p.pair("PAYMENT MODE", way.upper(), method=way)
    if way == "UPI" and not j.no_ref:
        p.pair("UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
    p.pair("POINTS EARNED", str(max(1, int(j.amount // 100))))
    p.pair(rng.choice(["TOTAL POINTS", "POINTS BAL"]), f"{rng.randrange(150, 12000):,}")
    p.add("rule")
    p.add("center", f"PAID - {way.upper()}", status="success")
    p.part = "foot"
    p.add("small", rng.choice(["REDEEM POINTS ON YOUR NEXT FILL", "THANK YOU - VISIT AGAIN"]))
    return p.done()


# ---------------------------------------------------------------- 4. a credit customer's transfer or payment advice


# title, band, kind (web, app, advice), mode, the bank's IFSC head
XFER = [("KVB DLite Corporate", None, "web", "NEFT", "KVBL"),
        ("Mahamobile Plus", (0, 84, 150), "app", "IMPS", "MAHB"),
        ("TMB Corporate Net Banking", None, "web", "RTGS", "TMBL"),
        (None, None, "advice", "NEFT", "HDFC"),
        ("IndOASIS", (0, 70, 140), "app", "NEFT", "IDIB"),
        ("SaraswatNet Corporate", None, "web", "NEFT", "SRCB"),
        (None, None, "advice", "RTGS", "ICIC"),
        ("CSB Corporate Internet Banking", None, "web", "RTGS", "CSBK")]
XFER_URLS = {"KVB DLite Corporate": "corporate.kvb.co.in/dlite/neft/acknowledgement",
             "TMB Corporate Net Banking": "corp.tmbnet.in/rtgs/transaction-status",
             "SaraswatNet Corporate": "corporate.saraswatbank.com/payments/neft/ack",
             "CSB Corporate Internet Banking": "corpnet.csb.co.in/rtgs/confirmation"}


def remark(rng: random.Random, j: Job) -> str:
    """A transfer's narration: the bill it settles (its month where the page prints a day)."""
    if j.no_day:
        return rng.choice(["HSD credit a/c", "Fuel bill settlement", "Diesel credit bills"])
    mon = when(j.date.replace(day=1) - dt.timedelta(days=1), "%b %y")
    return rng.choice([f"Diesel bill {mon}", f"HSD credit bill {mon}", f"Fuel a/c - {mon}",
                       f"Bus diesel {mon}", f"CB {rng.randrange(10, 199)} HSD"])


def payment_advice(rng: random.Random, font: str, k: int, j: Job, mode: str) -> tuple[list, dict, dict]:
    """A credit customer's e-mailed payment advice (the transporter or the school on top, the payer): Vendor / Paid
    to / Beneficiary the outlet (the payee), Vendor / Supplier code, the account and IFSC, Bills settled (the
    dealer's bill numbers with their days and sums: no fact), Gross amount, Less: TDS u/s 194Q @ 0.1% on some, Net
    amount paid / Amount remitted / Net paid (the sum), Mode, UTR and Payment voucher No., Value date / Payment
    date."""
    payer = CREDIT[j.town]
    p = mail_page(rng, font, f"{payer} <{rng.choice(['accounts', 'payments', 'office'])}@{CREDIT_SLUGS[j.town]}.in>",
                  ["Payment advice - fuel bills", "Remittance advice: HSD credit bills",
                   f"Payment released - {OUTLETS[j.town][TRADE]}"])
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, payer)
    p.add("small", rng.choice(["Accounts Department", "Transport office - accounts", "Accounts & finance"]))
    p.add("center", rng.choice(["PAYMENT ADVICE", "Remittance Advice"]))
    p.add("rule")
    p.part = "body"
    p.add("left", "Dear Sir, we have remitted the amount below to your bank account against your credit bills for "
                  "the fuel supplied to our vehicles.")
    wrap_pair(p, rng.choice(["Vendor", "Paid to", "Beneficiary"]), j.to, merchant=j.to)
    p.pair(rng.choice(["Vendor code", "Supplier code"]), f"V{digits(rng, 5)}")
    p.pair("Bank A/c", f"XXXXXXX{digits(rng, 4)}")
    p.pair("IFSC", ifsc(rng))
    p.add("rule")
    p.add("left", "Bills settled")
    gross = 0.0
    for _ in range(rng.randint(1, 3)):
        value = rupees(rng, 18000, 420000, 0.2)
        gross += value
        no = f"{CODES[j.town]}/CB/{j.year()}{rng.randrange(10, 400)}"
        wrap_pair(p, no if j.no_day else f"{no} dt {j.other_day(rng, -40, -6)}", rs(value))
    gross = round(gross, 2)
    p.pair(rng.choice(["Gross amount", "Total of bills"]), rs(gross))
    school = "School" in payer or "Vidyalaya" in payer
    tds = round(gross * 0.001, 2) if not school and rng.random() < 0.7 else 0.0
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194Q @ 0.1%", "Less: TDS 194Q (0.1%)"]), rs(tds))
    net = round(gross - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount paid", "Amount remitted", "Net paid"]), rs(net), amount=net)
    p.pair("Mode", mode, method="netbanking")
    if not j.no_ref:
        if j.no_day:
            ref = f"{code(rng, 4, UPPER)}{digits(rng, 10)}"
            p.pair("Bank Ref. No.", ref, txn=(BANK_RANK, ref))
        else:
            ref = neft_utr("HDFC", rng, j.date) if mode == "NEFT" else rtgs_utr("ICIC", rng, j.date)
            p.pair(rng.choice(["UTR No.", "UTR"]), ref, txn=(UTR_RANK, ref))
        pv = f"PV/{j.year()}{rng.randrange(100, 9999):04d}"
        p.pair(rng.choice(["Payment voucher No.", "Our voucher No."]), pv, txn=(INVOICE_RANK, pv))
    if not j.no_day:
        p.pair(rng.choice(["Value date", "Payment date"]), j.day(rng), date=j.date)
    p.pair("Status", rng.choice(["Paid", "Remitted"]), status="success")
    p.add("small", "Kindly acknowledge the receipt and adjust the amount against the bills above.")
    p.part = "foot"
    p.add("small", f"Regards, Accounts - {payer}")
    return p.done()


def credit_transfer(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A credit customer settling the month's fuel bills: six bank pages after an NEFT, RTGS or IMPS (KVB DLite
    Corporate, Mahamobile Plus, TMB Corporate Net Banking, IndOASIS, SaraswatNet Corporate, CSB Corporate Internet
    Banking: heldout124's page, the outlet (its dealer firm on most) under Beneficiary Name / Vendor name / Pay to /
    Payee A/c name, the account and IFSC, the mode, UTR / IMPS Ref No / RRN and the bank's Bank Ref No. / Txn Ref No.
    / Transaction ID on some, the day, the debit account, Narration / Remarks (Diesel bill Mar 26, CB 112 HSD),
    Remitter (the transporter or the school) on the web pages) and two payment advices e-mailed by the customer."""
    k = place("credit_transfer")
    status = outcome(k, failed=(4,), pending=(2,))
    row = XFER[k]
    mode = row[3]
    low, high = {"IMPS": (8000, 200000), "NEFT": (15000, 700000), "RTGS": (200000, 1800000)}[mode]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, low=low, high=high, p_round=0.4, firm=0.6, caps=0.4)
    if row[2] == "advice":
        return payment_advice(rng, font, k, j, mode)
    p, _ = transfer_ack(rng, font, k, row, status, j, url=XFER_URLS.get(row[0]), widths=[700, 740],
                        third_head="Pay vendor", payee_labels=["Beneficiary Name", "Vendor name", "Pay to",
                                                               "Payee A/c name"])
    transfer_rows(p, rng, j.date, kind=row[2], mode=mode, head4=row[4], status=status, no_ref=j.no_ref,
                  no_day=j.no_day, own_labels=["Bank Ref No.", "Txn Ref No.", "Transaction ID"],
                  txn_label="Transaction ID")
    wrap_pair(p, rng.choice(["Narration", "Remarks"]), remark(rng, j))
    if row[2] == "web":
        wrap_pair(p, rng.choice(["Remitter", "Debit party"]), CREDIT[j.town])
    if status == "failed":
        p.add("small", "The beneficiary bank returned the credit. The amount is reversed to the debit account.")
    elif status == "pending":
        p.add("small", "Your transfer is being processed. Please check the status after some time.")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Never share your OTP, PIN or password", "This is a computer generated advice"]))
    return p.done()


# ---------------------------------------------------------------- 5. the dealer's receipt for a credit customer's money


RECEIPT_WAYS = ["cheque", "NEFT", "cash", "cheque", "UPI", "RTGS", "cheque", "IMPS"]


def denominations(value: float) -> str:
    """Notes making up a cash sum (whole hundreds)."""
    left, out = int(value), []
    for note in (500, 200, 100):
        n = left // note
        if n:
            out.append(f"{note} x {n}")
            left -= n * note
    return ", ".join(out)


def credit_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's RECEIPT / CREDIT A/C RECEIPT / COLLECTION RECEIPT / PAYMENT RECEIPT - CREDIT PARTY for a credit
    customer's payment (paper, serif): the outlet on top (the payee), its oil company's line (no fact), GSTIN, Rcpt.
    No. / Receipt # / Sl. No., Date / Dt., Received from / Recd. from / Party M/s the transporter or the school, Party
    code / Credit A/c No. / Ledger folio, Towards (Credit bill No. .. for <month> (HSD)), Bill amount / Bill value,
    Less: TDS u/s 194Q @ 0.1% on some, Amount received / Received Rs. / Net received or Cheque amount, the sum in
    words, Cheque No. with Cheque date and Drawn on, or Mode and its reference, or cash with its denominations,
    Balance outstanding on some; RECEIVED WITH THANKS / AMOUNT RECEIVED - CREDITED TO PARTY A/C / CHEQUE BOUNCED -
    CREDIT FACILITY SUSPENDED (Return memo) / POST-DATED CHEQUE - CREDIT ON CLEARANCE in a row and in the outlet's
    rubber stamp."""
    k = place("credit_receipt")
    status = outcome(k, failed=(3,), pending=(6,))
    way = RECEIPT_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 5, town=k, firm=0.3)
    p = paper_page(rng, font, [680, 720, 760])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    outlet_head(p, k, j.to, ["RECEIPT", "CREDIT A/C RECEIPT", "COLLECTION RECEIPT", "PAYMENT RECEIPT - CREDIT PARTY"])
    if not j.no_ref:
        rno = rng.choice([f"{rng.randrange(1, 999):03d}", f"CR/{j.year()}{rng.randrange(10, 999):03d}",
                          f"{rng.randrange(1000, 9999)}"])
        p.pair(rng.choice(["Rcpt. No.", "Receipt #", "Sl. No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Dt."]), j.day(rng), date=j.date)
    party = CREDIT[k]
    wrap_pair(p, rng.choice(["Received from", "Recd. from", "Party"]), f"M/s {party}")
    p.pair(rng.choice(["Party code", "Credit A/c No.", "Ledger folio"]),
           f"{rng.choice(['CR', 'CP', 'LF'])}-{rng.randrange(1, 120):03d}")
    if j.no_day:
        towards = "Credit bills - HSD supplied to vehicles"
    elif j.no_ref:
        towards = f"Credit bill for {j.month()} (HSD)"
    else:
        towards = f"Credit bill No. {CODES[k]}/{fy(j.date)}/{rng.randrange(10, 400)} for {j.month()} (HSD)"
    wrap_pair(p, "Towards", towards)
    p.add("rule")
    bill = whole(rng.uniform(5000, 48000), 100) if way == "cash" else rupees(rng, 20000, 650000, 0.3)
    p.pair(rng.choice(["Bill amount", "Bill value"]), rs(bill))
    school = "School" in party or "Vidyalaya" in party
    tds = round(bill * 0.001, 2) if way != "cash" and bill >= 100000 and not school and rng.random() < 0.7 else 0.0
    if tds:
        p.pair(rng.choice(["Less: TDS u/s 194Q @ 0.1%", "Less: TDS 194Q (0.1%)"]), rs(tds))
    net = round(bill - tds, 2)
    j.amount = net
    if status != "success":
        label = rng.choice(["Cheque amount", "Amount of cheque"])
    else:
        label = rng.choice(["Net received", "Amount received (net of TDS)"]) if tds else \
            rng.choice(["Amount received", "Received Rs."])
    p.pair(label, rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        p.pair(rng.choice(["Cheque No.", "Chq. No."]), f"{rng.randrange(1, 999999):06d}", method="cheque")
        if not j.no_day:
            p.pair(rng.choice(["Cheque date", "Chq. dt."]),
                   j.other_day(rng, 5, 30) if status == "pending" else j.other_day(rng, -5, 0))
        wrap_pair(p, rng.choice(["Drawn on", "Bank"]), f"{rng.choice(BANKS_DRAWN)}, {TOWNS[k][0]}")
    elif way == "cash":
        p.pair(rng.choice(["Mode", "By"]), "Cash", method="cash")
        p.add("small", f"Denominations: {denominations(net)}")
    else:
        p.pair(rng.choice(["Mode", "By"]), way_text(rng, way), method=method_of(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "CNRB", "IOBA", "KVBL", "BARB"])
    if status == "success" and rng.random() < 0.6:
        p.pair(rng.choice(["Balance outstanding", "Balance in party a/c"]), rs(rupees(rng, 0, 90000, 0.3)))
    word = {"success": rng.choice(["RECEIVED WITH THANKS", "AMOUNT RECEIVED - CREDITED TO PARTY A/C"]),
            "failed": "CHEQUE BOUNCED - CREDIT FACILITY SUSPENDED",
            "pending": "POST-DATED CHEQUE - CREDIT ON CLEARANCE"}[status]
    p.add("center", word, status=status)
    if status == "failed":
        p.pair("Return memo", rng.choice(["Funds insufficient", "Account blocked", "Payment stopped by drawer"]))
    p.part = "foot"
    p.add("small", "Cheques subject to realisation. Credit bills are payable within 15 days of the bill.")
    right(p, f"For {OUTLETS[k][TRADE]}")
    right(p, rng.choice(["Manager", "Cashier", "Authorised signatory"]))
    seal(p, OUTLETS[k][TRADE], f"{omc(k)[0].upper()} DEALER", None if j.no_day or status != "success" else j.date,
         {"success": "RECEIVED", "failed": "CHEQUE BOUNCED", "pending": "SUBJECT TO CLEARANCE"}[status])
    return p.done()


# ---------------------------------------------------------------- 6. the dealer's own credit bills and cash memos


BILL_PAGES = ["credit", "memo", "credit", "memo", "credit", "memo", "credit", "memo"]
CREDIT_WAYS = {0: "NEFT", 2: None, 4: "NEFT", 6: "cheque"}
MEMO_WAYS = {1: "cash", 3: "UPI", 5: "cash", 7: "UPI"}
DSMS = ["Ravi", "Santosh", "Imran", "Mukesh", "Sivan", "Naresh", "Lokesh", "Anil"]


def credit_bill(rng: random.Random, font: str, k: int, j: Job) -> tuple[list, dict, dict]:
    """The outlet's CREDIT BILL / MONTHLY CREDIT BILL / STATEMENT CUM BILL - CREDIT SALES to a credit customer: the
    outlet on top (the payee), Bill No., Bill date, Period (no fact), Party M/s the customer and its code, the
    month's indents (day, indent slip number, vehicle, litres and sum: no fact), Total litres, Bill total; a paid one's
    Payment received on (the day), Amount received, Mode and its reference, PAID / RECEIVED - A/C SETTLED; an unpaid
    one's Amount payable and Due by (PAYMENT DUE - PLEASE PAY BY NEFT / CHEQUE) or its returned cheque (CHEQUE
    RETURNED - BILL OUTSTANDING): its day is the Bill date."""
    way = CREDIT_WAYS[k]
    status = j.status
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.2)
    outlet_head(p, k, j.to, ["CREDIT BILL", "MONTHLY CREDIT BILL", "STATEMENT CUM BILL - CREDIT SALES"])
    billed = j.date - dt.timedelta(days=rng.randrange(4, 18)) if status == "success" else j.date
    if not j.no_ref:
        no = f"{CODES[k]}/CB/{j.year()}{rng.randrange(10, 400)}"
        p.pair("Bill No.", no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        start = (billed.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        end = billed.replace(day=1) - dt.timedelta(days=1)
        if status == "success":
            p.pair("Bill date", when(billed, rng.choice(DAY_PATS)))
        else:
            p.pair("Bill date", when(billed, rng.choice(DAY_PATS)), date=billed)
        p.pair("Period", f"{when(start, '%d/%m/%Y')} to {when(end, '%d/%m/%Y')}")
    wrap_pair(p, rng.choice(["Party", "Customer", "Bill to"]), f"M/s {CREDIT[k]}")
    p.pair(rng.choice(["Party code", "Credit a/c"]), f"CR-{rng.randrange(1, 120):03d}")
    p.add("rule")
    rate = PRICES[k][1]
    total_l, total = 0.0, 0.0
    start_day = (billed.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    days = sorted(rng.sample(range(0, 27), rng.randint(3, 6)))
    p.add("left", rng.choice(["Indents (HSD)", "Indent slips - HSD", "Credit sales (HSD)"]))
    for d in days:
        litres = round(rng.uniform(40, 320), 2)
        value = round(litres * rate, 2)
        total_l += litres
        total += value
        veh = vehicle(rng, k).replace(" ", "")
        ind = rng.randrange(1000, 9999)
        label = f"#{ind} {veh} {litres:.2f} L" if j.no_day else \
            f"{when(start_day + dt.timedelta(days=d), '%d/%m')} #{ind} {veh} {litres:.2f} L"
        wrap_pair(p, label, rs(value))
    total = round(total, 2)
    p.add("rule")
    p.pair("Total litres", f"HSD {total_l:,.2f} L")
    p.pair(rng.choice(["Bill total", "Total amount", "Amount of bill"]), rs(total))
    j.amount = total
    if status == "success":
        if not j.no_day:
            p.pair(rng.choice(["Payment received on", "Received on"]), j.day(rng), date=j.date)
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), way, method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "KVBL", "UTIB"])
        word = rng.choice(["PAID", "RECEIVED - A/C SETTLED"])
    elif status == "pending":
        p.pair(rng.choice(["Amount payable", "Net payable"]), rs(total), amount=total)
        if not j.no_day:
            p.pair("Due by", when(billed + dt.timedelta(days=15), rng.choice(DAY_PATS)))
        word = "PAYMENT DUE - PLEASE PAY BY NEFT / CHEQUE"
    else:
        p.pair(rng.choice(["Amount outstanding", "Balance due"]), rs(total), amount=total)
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d} - returned unpaid", method="cheque")
        wrap_pair(p, "Bank", f"{rng.choice(BANKS_DRAWN)} - {rng.choice(['Funds insufficient', 'Exceeds arrangement'])}")
        word = "CHEQUE RETURNED - BILL OUTSTANDING"
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice(["Interest @ 18% p.a. on bills unpaid after 15 days.",
                               "Indent slips signed by your drivers are attached."]))
    p.add("pair", "Party's sign", "For the dealer")
    return p.done()


def credit_bill_memo(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's own paper: four monthly credit bills to its credit customers (see ``credit_bill``) and four
    CASH MEMO / CASH BILL / SALE MEMO (the outlet on top, the payee: Memo No., Date and Time on one row or two,
    Vehicle No., DU / Nozzle, DSM, Product, Qty (L), Rate (Rs/L), Fuel amount, 2T oil pouches or nitrogen filling on
    some, Round off, Total / Net amount (the sum), Paid by cash or UPI and its reference; PAID / PAID - THANK YOU /
    RECEIVED WITH THANKS)."""
    k = place("credit_bill_memo")
    status = outcome(k, failed=(6,), pending=(2,))
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, town=k, firm=0.2)
    if BILL_PAGES[k] == "credit":
        return credit_bill(rng, font, k, j)
    way = MEMO_WAYS[k]
    p = paper_page(rng, font, [600, 640, 680])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    outlet_head(p, k, j.to, ["CASH MEMO", "CASH BILL", "SALE MEMO"])
    if not j.no_ref:
        no = rng.choice([f"{rng.randrange(1, 9999):04d}", f"CM/{j.year()}{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Memo No.", "Bill No."]), no, txn=(INVOICE_RANK, no))
    clock = hhmm(rng, lower=rng.random() < 0.3)
    if j.no_day:
        p.pair("Time", clock)
    else:
        text = j.day(rng, ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y", "{d} %b %Y"])
        if rng.random() < 0.5 and fits(p, "left", f"Date: {text}    Time: {clock}"):
            p.add("left", f"Date: {text}    Time: {clock}", date=j.date)
        else:
            p.pair("Date", text, date=j.date)
            p.pair("Time", clock)
    p.pair(rng.choice(["Vehicle No.", "Veh. No."]), vehicle(rng, k))
    p.pair(rng.choice(["DU / Nozzle", "Pump / Nozzle"]), f"{rng.randint(1, 4)} / {rng.randint(1, 8)}")
    p.pair("DSM", DSMS[k])
    p.add("rule")
    diesel = rng.random() < 0.5
    rate = PRICES[k][1] if diesel else PRICES[k][0]
    fuel = float(rng.choice([200, 300, 500, 1000, 1500, 2000])) if rng.random() < 0.5 else \
        round(rate * rng.uniform(3, 40), 2)
    p.pair("Product", "HSD (Diesel)" if diesel else "MS (Petrol)")
    p.pair(rng.choice(["Qty (L)", "Litres"]), f"{fuel / rate:.2f}")
    p.pair(rng.choice(["Rate (Rs/L)", "Rate / L"]), f"{rate:.2f}")
    p.pair(rng.choice(["Fuel amount", "Amount"]), rs(fuel))
    total = fuel
    if rng.random() < 0.35:
        n = rng.randint(1, 3)
        price = float(rng.choice([14, 15, 16]))
        p.pair(f"2T oil 40 ml pouch {n} x {price:g}", rs(n * price))
        total += n * price
    elif rng.random() < 0.3:
        p.pair("Nitrogen filling 4 tyres x 10", rs(40.0))
        total += 40.0
    total = round(total, 2)
    rounded = float(round(total))
    if way == "cash" and abs(rounded - total) > 0.001:
        p.pair("Round off", f"{rounded - total:+.2f}")
        total = rounded
    j.amount = total
    p.pair(rng.choice(["Total", "Net amount", "Amount to pay"]), rs(total), amount=total)
    p.pair(rng.choice(["Paid by", "Mode"]), way_text(rng, way), method=way)
    if not j.no_ref:
        rail_ref(p, j, way, ["SBIN"])
    p.add("center", rng.choice(["PAID", "PAID - THANK YOU", "RECEIVED WITH THANKS"]), status="success")
    p.part = "foot"
    p.add("small", rng.choice(["Free air & water. Check the zero before filling.",
                               "Petroleum products are not returnable. E. & O.E."]))
    return p.done()


# ---------------------------------------------------------------- 7. payments to the oil company for product indents


INDENT_PAGES = ["portal", "bank", "mail", "portal", "bank", "portal", "mail", "portal"]
PORTALS = [("Dealer Portal - Retail", "dealerportal.indianoil.in/sdms/indent/payment-ack"),
           ("HP e-Dealer - Retail Sales", "edealer.hpcl.co.in/retail/payments/status"),
           ("SmartDealer - Dealer Portal", "smartdealer.bpcl.in/indent/payment/receipt")]
SUPPLY = ["Hosur Terminal", "Miraj Depot", "Rajkot Terminal", "Baitalpur Depot", "Kurnool Depot",
          "Kanjikode Depot", "Jabalpur Terminal", "Haridwar Depot"]
INDENT_BANKS = {1: ("bob World Internet Banking", None, "web", "RTGS", "BARB",
                    "bobworld.bankofbaroda.co.in/corp/rtgs/acknowledgement"),
                4: ("PNB Corporate Internet Banking", None, "web", "RTGS", "PUNB",
                    "corporate.pnbibanking.in/rtgs/status")}
PORTAL_WAYS = ["Net banking - SBI CMS", "e-Payment (HDFC Bank)", "RTGS - virtual account", "Net banking - Canara Bank"]


def indent_lines(p: Screen, rs, k: int) -> float:
    """A tank lorry's load by product and its value (no fact); the indent's value."""
    rng = p.rng
    loads = rng.choice([[("MS (Petrol)", 4), ("HSD", 8)], [("HSD", 12)], [("MS (Petrol)", 12)],
                        [("MS (Petrol)", 8), ("HSD", 12)], [("HSD", 20)], [("MS (Petrol)", 4), ("HSD", 4),
                                                                          ("HSD", 4)]])
    total = 0.0
    for prod, kl in loads:
        per = round(rng.uniform(89000, 98000) if prod.startswith("MS") else rng.uniform(84000, 92000), 2)
        value = round(per * kl, 2)
        total += value
        wrap_pair(p, f"{prod} - {kl} KL @ {per:,.2f}", rs(value))
    return round(total, 2)


def indent_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet paying its oil company for a product indent: four pages of the oil company's dealer portal in a
    browser (IndianOil's Dealer Portal, HP e-Dealer, BPCL SmartDealer: the brand on top, Indent Payment
    Acknowledgement / e-Payment Receipt - Product Indent / Payment Status - Indent, Payment status, Dealer code /
    Sold-to party / SAP customer code, Dealer name, Paid to / Payee / Remitted to the oil company (the payee),
    Supply location / Supply point / Plant, Indent No. / Sales order No., Delivery date (requested) / Loading date,
    the load by product (MS (Petrol) - 4 KL @ rate), Indent value, Less: Credit balance in a/c on some, Amount
    remitted / Amount paid / Net payable, Payment mode, Virtual A/c No., Payment Ref. No., Bank Ref. No., UTR, Paid
    on / Payment date / Attempted on / Initiated on), two of the dealer's bank after an RTGS to the oil company's
    virtual account (bob World Internet Banking, PNB Corporate Internet Banking: heldout124's page, the oil company in
    capitals under Beneficiary / Beneficiary Name / Payee) and two of the oil company's e-mails (Payment credited to
    your dealer account: the oil company on top, Amount credited / Amount received, Mode, UTR, Receipt document No.,
    Credited on / Value date / Received on, Available balance, Status Credited)."""
    k = place("indent_payment")
    status = outcome(k, failed=(4,), pending=(5,))
    frame = INDENT_PAGES[k]
    brand = omc(k)
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, town=k)
    long = brand[1]
    if frame == "bank":
        title, band, kind, mode, head4, url = INDENT_BANKS[k]
        j.to = long.upper()
        j.amount = round(rng.uniform(3, 20) * 90000, 2)
        p, _ = transfer_ack(rng, font, k, (title, band, kind, mode, head4), status, j, url=url, widths=[700, 740],
                            third_head="Pay to oil company", payee_labels=["Beneficiary", "Beneficiary Name",
                                                                           "Payee"])
        transfer_rows(p, rng, j.date, kind=kind, mode=mode, head4=head4, status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Bank Ref No.", "Transaction ID"], txn_label="Transaction ID")
        wrap_pair(p, "Remarks", f"Indent {digits(rng, 8)} RO {RO_CODES[k]}")
        if status == "failed":
            p.add("small", "The beneficiary bank returned the transfer (virtual account closed). The amount is "
                           "credited back.")
        p.part = "foot"
        p.add("gap")
        p.add("small", "Do not share your OTP or password with anyone.")
        return p.done()
    if frame == "mail":
        p = mail_page(rng, font, f"{brand[0]} <{rng.choice(['noreply', 'dealer.accounts', 'retail.alerts'])}@"
                                 f"{brand[7]}>",
                      ["Payment credited to your dealer account",
                       f"Receipt of payment - customer code {digits(rng, 8)}", "Your remittance has been received"])
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, long, merchant=long)
        p.add("small", rng.choice(["Marketing Division - Retail", "Retail Business Unit", "Retail SBU - Accounts"]))
        p.add("rule")
        p.part = "body"
        p.add("left", "Dear Dealer, we acknowledge the receipt of the payment below in your customer account.")
        p.pair("Customer code", digits(rng, 8))
        wrap_pair(p, "Dealer", f"{OUTLETS[k][TRADE]}, {TOWNS[k][0]}")
        amount = round(rng.uniform(3, 20) * 90000, 2) if rng.random() < 0.6 else float(whole(rng.uniform(2e5, 2e6),
                                                                                              1000))
        j.amount = amount
        p.pair(rng.choice(["Amount credited", "Amount received"]), rs(amount), amount=amount)
        mode = rng.choice(["RTGS", "NEFT"])
        p.pair("Mode", mode, method="netbanking")
        if not j.no_ref:
            ref = rtgs_utr(rng.choice(["SBIN", "HDFC", "CNRB"]), rng, j.date) if mode == "RTGS" else \
                neft_utr(rng.choice(["SBIN", "HDFC", "CNRB"]), rng, j.date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
            doc = f"14{digits(rng, 8)}"
            p.pair(rng.choice(["Receipt document No.", "Receipt doc. No."]), doc, txn=(INVOICE_RANK, doc))
        if not j.no_day:
            p.pair(rng.choice(["Credited on", "Value date", "Received on"]), j.day(rng), date=j.date)
        p.pair(rng.choice(["Available balance", "Balance for indents"]), rs(rupees(rng, 5000, 900000, 0.2)))
        p.pair("Status", "Credited", status="success")
        p.add("small", "Indents up to the available balance will be processed for loading.")
        p.part = "foot"
        p.add("small", "This is an auto-generated e-mail. Please do not reply.")
        return p.done()
    sub, url = PORTALS[BRAND[k]]
    p = browser_page(rng, font, url)
    rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
    p.part = "head"
    top(p, brand[0])
    p.add("small", sub)
    p.add("center", rng.choice(["Indent Payment Acknowledgement", "e-Payment Receipt - Product Indent",
                                "Payment Status - Indent"]))
    p.add("rule")
    p.part = "body"
    p.pair(rng.choice(["Payment status", "Status"]),
           {"success": rng.choice(["Payment received - indent released", "Success"]),
            "failed": "Payment failed", "pending": "Awaiting bank confirmation - indent on hold"}[status],
           status=status)
    p.pair(rng.choice(["Dealer code", "Sold-to party", "SAP customer code"]), digits(rng, 8))
    wrap_pair(p, rng.choice(["Dealer name", "Customer name"]), OUTLETS[k][FIRM].upper())
    wrap_pair(p, rng.choice(["Paid to", "Payee", "Remitted to"]), long, merchant=long)
    wrap_pair(p, rng.choice(["Supply location", "Supply point", "Plant"]), SUPPLY[k])
    p.pair(rng.choice(["Indent No.", "Sales order No."]), digits(rng, 10))
    if not j.no_day:
        p.pair(rng.choice(["Delivery date (requested)", "Loading date"]), j.other_day(rng, 1, 3))
    p.add("rule")
    total = indent_lines(p, rs, k)
    p.pair("Indent value", rs(total))
    net = total
    if rng.random() < 0.4:
        bal = rupees(rng, 5000, total * 0.4, 0.2)
        p.pair(rng.choice(["Less: Credit balance in a/c", "Less: Advance available"]), rs(bal))
        net = round(total - bal, 2)
    j.amount = net
    p.pair(rng.choice(["Amount remitted", "Amount paid"]) if status == "success" else
           rng.choice(["Net payable", "Amount"]), rs(net), amount=net)
    way = rng.choice(PORTAL_WAYS)
    p.pair(rng.choice(["Payment mode", "Mode"]), way, method="netbanking")
    p.pair("Virtual A/c No.", f"{brand[0][:2].upper()}{RO_CODES[k]}{digits(rng, 6)}")
    if not j.no_ref:
        pref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
        labelled(p, rng.choice(["Payment Ref. No.", "e-Payment ID"]), pref, txn=(TXN_RANK, pref))
        if status == "success":
            bref = digits(rng, 12)
            labelled(p, rng.choice(["Bank Ref. No.", "Bank reference"]), bref, txn=(BANK_RANK, bref))
            if way.startswith("RTGS") and not j.no_day:
                ref = rtgs_utr(rng.choice(["SBIN", "HDFC"]), rng, j.date)
                labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Payment date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "pending":
        p.add("small", "The indent will be released for loading once the bank confirms the credit.")
    elif status == "failed":
        p.add("small", rng.choice(REFUND))
    p.part = "foot"
    p.add("small", "This is a system generated acknowledgement.")
    return p.done()


# ---------------------------------------------------------------- 8. tanker freight


FREIGHT_PAGES = [("bill", "NEFT"), ("voucher", "cheque"), ("app", "IMPS"), ("bill", None), ("voucher", "UPI"),
                 ("app", "UPI"), ("bill", "cash"), ("voucher", "NEFT")]
TRANSPORTERS = ["Hosur Tankers & Transport", "Panchganga Tank Carriers", "Shree Khodiyar Tank Transport",
                "Bihar Petro Carriers", "Rayalaseema Tank Lorry Service", "Kerala Bulk Tankers",
                "Mahakoshal Tank Transport Co.", "Doon Valley Tankers"]
FREIGHT_APPS = {2: ("Equitas Selfe", (0, 90, 160)), 5: ("Union Bank Vyom", (214, 40, 40))}


CAPACITY = {12: "12 KL (4+4+4)", 16: "16 KL (4+4+4+4)", 20: "20 KL (5+5+5+5)"}


def freight_lines(p: Screen, rs, j: Job, kl: int, *, by_trip: bool) -> float:
    """A tank lorry's trips from the supply location (KL x lead km x rate; no fact); the freight."""
    rng = p.rng
    trips, lead = rng.randint(1, 4), rng.randrange(40, 260)
    rate = rng.choice([1.35, 1.48, 1.62, 1.8, 2.05])
    one = round(kl * lead * rate, 2)
    if by_trip and not j.no_day:
        for t, back in enumerate(sorted(rng.sample(range(3, 25), trips), reverse=True)):
            on = j.date - dt.timedelta(days=back)
            wrap_pair(p, f"Trip {t + 1}: {when(on, '%d/%m')} - {kl} KL x {lead} km", rs(one))
    else:
        wrap_pair(p, f"{trips} trip(s) x {kl} KL x {lead} km", rs(one * trips))
    p.pair("Freight rate", f"Rs {rate:.2f} / KL / km")
    return round(one * trips, 2)


def tanker_freight(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet paying for its tank lorry's loads from the supply location: three transporters' FREIGHT BILL / TT
    FREIGHT INVOICE / FREIGHT RECEIPT (paper: the transporter on top, the payee; Bill No., Date, To M/s the outlet,
    Tank lorry No., Capacity, Loaded at, the trips (their days, KL x lead km), Freight rate, Detention on some, Total
    freight, GST under reverse charge (no sum), Less: TDS u/s 194C @ 1% / 2%, Net received / Amount received or Net
    payable / Freight payable (FREIGHT PAYABLE - PAYMENT DUE), the way and its reference; PAID / RECEIVED WITH
    THANKS), three of the outlet's FREIGHT PAYMENT VOUCHER / TANKER FREIGHT VOUCHER / DEBIT VOUCHER - TT FREIGHT (the
    outlet on top: Vr. No., Date, Paid to / Transporter / Tanker owner (the payee), PAN, Against bill, Tank lorry No.,
    Freight, Less: Transit loss n L <product> @ rate, Less: TDS u/s 194C, Net freight paid / Net amount paid, the way;
    PAID / PAID - RECEIVED BY TRANSPORTER) and two of its bank app (Equitas Selfe, Union Bank Vyom: Transfer
    successful / Money sent / Transfer failed, Paid to / Beneficiary / Sent to the transporter, Remarks TT freight)."""
    k = place("tanker_freight")
    status = outcome(k, failed=(5,), pending=(3,))
    frame, way = FREIGHT_PAGES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 0, town=k)
    tr = TRANSPORTERS[k]
    shown = tr.upper() if rng.random() < 0.2 else tr
    if frame == "app":
        bank, band = FREIGHT_APPS[k]
        j.amount = round(rng.uniform(9000, 140000), 2) if rng.random() < 0.5 else float(whole(rng.uniform(9000,
                                                                                                          140000), 10))
        p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
        dark = p.style["h106"]["dark"]
        head(p, bank, band, dark, ["Pay & transfer", f"{way} transfer", "Vendor payments"])
        rs = money(rng, font, 0.5)
        p.part = "body"
        outcome_row(p, status, {"success": ["Transfer successful", "Money sent", "Payment done"],
                                "failed": ["Transfer failed", "Payment failed - beneficiary bank down"],
                                "pending": ["Transfer in process"]})
        p.add("big", rs(j.amount), amount=j.amount)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary", "Sent to"]), shown, merchant=shown)
        if way == "UPI":
            p.pair("UPI ID", f"{''.join(c for c in tr.lower() if c.isalpha())[:10]}@{rng.choice(['okhdfc', 'ybl'])}")
        else:
            p.pair("A/c No.", f"XXXXXXX{digits(rng, 4)}")
            p.pair("IFSC", ifsc(rng))
        p.pair("Mode", way, method=method_of(way))
        wrap_pair(p, "Remarks", rng.choice(["TT freight", f"Tanker freight {rng.randint(2, 5)} trips",
                                            f"Freight {vehicle(rng, k).replace(' ', '')}"]))
        if not j.no_ref:
            if status == "success" or way == "IMPS":
                labelled(p, "IMPS Ref No" if way == "IMPS" else "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            own = f"{code(rng, 1, UPPER)}{digits(rng, 11)}"
            label = rng.choice(["Transaction ID", "Txn Ref No."])
            labelled(p, label, own, txn=(TXN_RANK if label == "Transaction ID" else BANK_RANK, own))
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Date & Time", "Paid on"]), "failed": "Attempted on",
                         "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        p.pair(rng.choice(["Debited from", "From"]), f"Current A/c {masked(rng, font)}")
        if status == "failed":
            p.add("small", rng.choice(REFUND))
        return p.done()
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    lorry = vehicle(rng, k)
    kl = rng.choice([12, 16, 20])
    if frame == "bill":
        firm_head(p, k, shown, rng.choice(["Petroleum tank truck contractors", "Bulk POL transport by tank lorries",
                                           "Transport of petroleum products by road"]),
                  ["FREIGHT BILL", "TT FREIGHT INVOICE", "FREIGHT RECEIPT"])
        if not j.no_ref:
            no = rng.choice([f"{rng.randrange(10, 999)}", f"FB/{j.year()}{rng.randrange(10, 999):03d}"])
            p.pair(rng.choice(["Bill No.", "F. Bill No."]), no, txn=(INVOICE_RANK, no))
        if not j.no_day:
            p.pair(rng.choice(["Date", "Bill dt."]), j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["To", "Bill to", "Consignee"]), f"M/s {OUTLETS[k][TRADE]}")
        p.pair("Tank lorry No.", lorry)
        p.pair("Capacity", CAPACITY[kl])
        wrap_pair(p, "Loaded at", f"{omc(k)[0]} {SUPPLY[k]}")
        p.add("rule")
        total = freight_lines(p, rs, j, kl, by_trip=True)
        if rng.random() < 0.3:
            det = float(rng.choice([1000, 1500, 2000]))
            p.pair("Detention (1 day)", rs(det))
            total += det
        total = round(total, 2)
        p.pair(rng.choice(["Total freight", "Gross freight"]), rs(total))
        p.add("small", "GST on GTA service payable by the recipient under reverse charge.")
        tds = 0.0
        if rng.random() < 0.7:
            pct = rng.choice([1, 2])
            tds = round(total * pct / 100, 2)
            p.pair(f"Less: TDS u/s 194C @ {pct}%", rs(tds))
        net = round(total - tds, 2)
        j.amount = net
        if status == "success":
            p.pair(rng.choice(["Net received", "Amount received"]), rs(net), amount=net)
            p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way), method=method_of(way))
            if not j.no_ref:
                rail_ref(p, j, way, ["SBIN", "CNRB", "IOBA"])
            p.add("center", rng.choice(["PAID", "RECEIVED WITH THANKS"]), status="success")
        else:
            p.pair(rng.choice(["Net payable", "Freight payable"]), rs(net), amount=net)
            p.add("center", "FREIGHT PAYABLE - PAYMENT DUE", status="pending")
        p.part = "foot"
        p.add("pair", "Receiver's sign", "For the transporter")
        return p.done()
    outlet_head(p, k, OUTLETS[k][TRADE], ["FREIGHT PAYMENT VOUCHER", "TANKER FREIGHT VOUCHER",
                                          "DEBIT VOUCHER - TT FREIGHT"], merchant=False)
    if not j.no_ref:
        vno = rng.choice([f"{rng.randrange(1, 999):03d}", f"FV/{j.year()}{rng.randrange(1, 99):02d}"])
        p.pair(rng.choice(["Vr. No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Paid to", "Transporter", "Tanker owner"]), shown, merchant=shown)
    p.pair("PAN", pan(rng, rng.choice("PF")))
    if not j.no_ref and not j.no_day:
        wrap_pair(p, "Against bill", f"No. {rng.randrange(10, 999)} dt {j.other_day(rng, -20, -2)}")
    p.pair("Tank lorry No.", lorry)
    p.add("rule")
    total = freight_lines(p, rs, j, kl, by_trip=False)
    p.pair("Freight", rs(total))
    net = total
    if rng.random() < 0.7:
        litres = rng.randint(6, 40)
        diesel = rng.random() < 0.5
        rate = PRICES[k][1] if diesel else PRICES[k][0]
        loss = round(litres * rate, 2)
        p.pair(f"Less: Transit loss {litres} L {'HSD' if diesel else 'MS'} @ {rate:.2f}", rs(loss))
        net -= loss
    if rng.random() < 0.7:
        pct = rng.choice([1, 2])
        tds = round(total * pct / 100, 2)
        p.pair(f"Less: TDS u/s 194C @ {pct}%", rs(tds))
        net -= tds
    net = round(net, 2)
    j.amount = net
    p.pair(rng.choice(["Net freight paid", "Net amount paid"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}", method="cheque")
        wrap_pair(p, "Drawn on", f"{rng.choice(BANKS_DRAWN)}, {TOWNS[k][0]}")
    else:
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way), method=method_of(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "UTIB"])
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY TRANSPORTER"]), status="success")
    p.part = "foot"
    p.add("small", "Transit loss beyond the permissible limit is recovered at the day's RSP.")
    p.add("pair", "Receiver's signature", "Accountant")
    return p.done()


# ---------------------------------------------------------------- 9. lubricant distributors


LUBE_PAGES = ["invoice", "invoice", "advance", "invoice", "invoice", "advance", "invoice", "advance"]
LUBE_WAYS = ["NEFT", "UPI", "UPI", "NEFT", "cheque", "cash", None, "NEFT"]
DISTRIBUTORS = [("Kaveri Lube Agencies", "SERVO lubricants - authorised distributor", "servo"),
                ("Panchganga Lubricants", "HP Lubricants - authorised distributor", "hp"),
                ("Saurashtra Oil Traders", "MAK Lubricants (Bharat Petroleum) - distributor", "mak"),
                ("Mithila Auto Lubes", "SERVO & Castrol - distributors", "servo"),
                ("Sri Lakshmi Lubricants", "HP Lubricants & Gulf - distributors", "hp"),
                ("Malabar Lube House", "MAK & Veedol lubricants", "mak"),
                ("Mahakoshal Oil Agencies", "SERVO - authorised distributor", "servo"),
                ("Doon Lubricants", "HP Lubricants & Shell", "hp")]
# item, dealer price ex-GST, quantity range
LUBES = {"servo": [("SERVO 4T XTRA 20W-40 (1 L)", 315.0, (20, 120)), ("SERVO Pride TC 15W-40 (7.5 L)", 2240.0, (2, 12)),
                   ("SERVO 2T Supreme 40 ml pouch", 14.0, (200, 1000)), ("SERVO Coolant (1 L)", 180.0, (10, 40)),
                   ("SERVO Grease MP3 (1 kg)", 260.0, (6, 24))],
         "hp": [("HP Racer 4T 20W-40 (1 L)", 305.0, (20, 120)), ("HP Milcy Turbo 15W-40 (7.5 L)", 2150.0, (2, 12)),
                ("HP 2T Supreme 40 ml pouch", 13.0, (200, 1000)), ("HP Koolgard coolant (1 L)", 170.0, (10, 40)),
                ("HP Enklo 68 hydraulic (26 L)", 4300.0, (1, 4))],
         "mak": [("MAK 4T Plus 20W-40 (1 L)", 310.0, (20, 120)), ("MAK Multigrade 15W-40 (7.5 L)", 2100.0, (2, 12)),
                 ("MAK 2T Supreme 40 ml pouch", 13.0, (200, 1000)), ("MAK Coolant (1 L)", 175.0, (10, 40)),
                 ("MAK Hydrol 68 (20 L)", 3600.0, (1, 4))]}
SCHEMES = ["Monsoon offer - buy 10 cartons get 1 free", "Festive scheme - 5% extra on 2T pouches",
           "Tractor season - early booking discount 3%", "Quarterly target scheme - slab 2"]


def lube_distributor(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The lubricant distributors' paper to the outlet: five TAX INVOICE / TAX INVOICE (ORIGINAL FOR RECIPIENT) / GST
    INVOICE (the distributor on top, the payee, and the brands it carries; an e-invoice's IRN, Ack No. and Ack Dt.
    on some, Invoice No. / Inv. No., Invoice Date / Inv. Dt. / Date, Buyer / Bill to / Consignee M/s the outlet's
    firm, Buyer GSTIN, Place of supply, the packs (SERVO 4T XTRA 20W-40 (1 L) n x rate), Less: Dealer discount n%,
    Taxable value, CGST 9% and SGST 9%, Round off, Invoice value / Net amount / Total, Amount received / Received
    with the way and its reference, or Balance payable / Amount due with Payment tried NEFT - returned (PAYMENT
    RETURNED BY BANK - AMOUNT DUE), or Amount due / Payable with Due date (ON CREDIT - PAYABLE IN 30 DAYS); PAID /
    RECEIVED WITH THANKS) and three ADVANCE RECEIPT / ORDER CUM ADVANCE RECEIPT / RECEIPT - SCHEME BOOKING (Receipt
    No., Date, Received from / Retailer / Party, Order No., Scheme, Order value, Advance received / Amount received,
    Balance on delivery / Balance payable on supply, the way; ADVANCE RECEIVED - ORDER BOOKED)."""
    k = place("lube_distributor")
    status = outcome(k, failed=(3,), pending=(6,))
    frame, way = LUBE_PAGES[k], LUBE_WAYS[k]
    name, sub, line = DISTRIBUTORS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 1, town=k)
    shown = name.upper() if rng.random() < 0.2 else name
    p = paper_page(rng, font, [700, 740])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.3)
    if frame == "advance":
        firm_head(p, k, shown, sub, ["ADVANCE RECEIPT", "ORDER CUM ADVANCE RECEIPT", "RECEIPT - SCHEME BOOKING"])
        if not j.no_ref:
            rno = rng.choice([f"{rng.randrange(100, 2999)}", f"AR/{j.year()}{rng.randrange(1, 300):03d}"])
            p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
        if not j.no_day:
            p.pair("Date", j.day(rng), date=j.date)
        wrap_pair(p, rng.choice(["Received from", "Retailer", "Party"]), f"M/s {OUTLETS[k][FIRM]}")
        p.pair("Order No.", f"SO-{digits(rng, 6)}")
        wrap_pair(p, "Scheme", rng.choice(SCHEMES))
        order = float(whole(rng.uniform(25000, 260000), 10))
        advance = float(whole(order * rng.uniform(0.25, 0.6), 500))
        j.amount = advance
        p.add("rule")
        p.pair(rng.choice(["Order value", "Value of order"]), rs(order))
        p.pair(rng.choice(["Advance received", "Amount received"]), rs(advance), amount=advance)
        p.add("small", f"({words_in_rupees(advance)})")
        p.pair(rng.choice(["Balance on delivery", "Balance payable on supply"]), rs(order - advance))
        p.pair(rng.choice(["Mode", "By"]), way_text(rng, way), method=method_of(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "FDRL"])
        p.add("center", "ADVANCE RECEIVED - ORDER BOOKED", status="success")
        p.part = "foot"
        p.add("small", "Scheme benefit on delivery against this receipt. Prices as on the day of supply.")
        p.add("pair", "Retailer's sign", "For the distributor")
        return p.done()
    firm_head(p, k, shown, sub, ["TAX INVOICE", "TAX INVOICE (ORIGINAL FOR RECIPIENT)", "GST INVOICE"])
    if not j.no_ref:
        no = rng.choice([f"{code(rng, 2, UPPER)}/{j.year()}{rng.randrange(1, 2999):04d}",
                         f"{rng.randrange(100, 9999)}"])
        p.pair(rng.choice(["Invoice No.", "Inv. No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_day:
        p.pair(rng.choice(["Invoice Date", "Inv. Dt.", "Date"]), j.day(rng), date=j.date)
        if not j.no_ref and rng.random() < 0.5:
            p.add("small", f"IRN: {code(rng, 64, '0123456789abcdef')}")
            p.pair("Ack No.", digits(rng, 15))
            p.pair("Ack Dt.", j.day(rng, ["%d-%m-%Y", "%d/%m/%Y"]))
    wrap_pair(p, rng.choice(["Buyer", "Bill to", "Consignee"]), f"M/s {OUTLETS[k][FIRM]}")
    p.pair("Buyer GSTIN", gstin(rng, TOWNS[k][4]))
    p.pair("Place of supply", f"{TOWNS[k][3]} ({TOWNS[k][4]})")
    p.add("rule")
    sub_total = 0.0
    for item, price, (qlo, qhi) in rng.sample(LUBES[line], rng.randint(2, 4)):
        qty = rng.randint(qlo, qhi)
        value = round(qty * price, 2)
        sub_total += value
        wrap_pair(p, f"{item} {qty} x {price:g}", rs(value))
    sub_total = round(sub_total, 2)
    taxable = sub_total
    if rng.random() < 0.45:
        pct = rng.choice([2, 3, 4])
        disc = round(sub_total * pct / 100, 2)
        p.pair(f"Less: Dealer discount {pct}%", rs(disc))
        taxable = round(sub_total - disc, 2)
    p.pair("Taxable value", rs(taxable))
    half = round(taxable * 0.09, 2)
    p.pair("CGST 9%", rs(half))
    p.pair("SGST 9%", rs(half))
    gross = taxable + 2 * half
    total = float(round(gross))
    if abs(total - gross) > 0.001:
        p.pair("Round off", f"{total - gross:+.2f}")
    p.pair(rng.choice(["Invoice value", "Net amount", "Total"]), rs(total))
    j.amount = total
    if status == "success":
        p.pair(rng.choice(["Amount received", "Received"]), rs(total), amount=total)
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way) if way != "cheque" else "Cheque",
               method=method_for(way))
        if way == "cheque":
            p.pair("Cheque No.", f"{rng.randrange(1, 999999):06d}")
        elif not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC", "BARB"])
        word = rng.choice(["PAID", "RECEIVED WITH THANKS"])
    elif status == "failed":
        p.pair(rng.choice(["Balance payable", "Amount due"]), rs(total), amount=total)
        p.pair("Payment tried", "NEFT - returned", method="netbanking")
        p.add("small", "Return reason: beneficiary name mismatch")
        word = "PAYMENT RETURNED BY BANK - AMOUNT DUE"
    else:
        p.pair(rng.choice(["Amount due", "Payable"]), rs(total), amount=total)
        if not j.no_day:
            p.pair("Due date", j.other_day(rng, 25, 31))
        word = "ON CREDIT - PAYABLE IN 30 DAYS"
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", f"Subject to {TOWNS[k][0]} jurisdiction. E. & O.E.")
    p.add("pair", "Receiver's sign", "For the distributor")
    return p.done()


# ---------------------------------------------------------------- 10. electricity through Bharat Connect


POWER_FRAMES = [("Airtel Thanks", (228, 0, 18), "phone", "UPI"),
                ("ICICI Bank Internet Banking", None, "browser", "netbanking"),
                ("Bajaj Finserv", (0, 94, 170), "phone", "wallet"),
                ("IDFC FIRST Bank", (156, 29, 38), "phone", "netbanking"),
                ("Paytm", (0, 40, 110), "phone", "card"),
                ("Union Bank Vyom", (214, 40, 40), "phone", "UPI"),
                ("Canara Bank Net Banking", None, "browser", "netbanking"),
                ("CRED", (18, 18, 20), "phone", "card")]
POWER_URLS = {"ICICI Bank Internet Banking": "infinity.icicibank.com/corp/BillPay/receipt",
              "Canara Bank Net Banking": "netbanking.canarabank.in/bbps/transaction-receipt"}
# the discom in each town: its long name, its short name, its consumer number's label, a tariff
BOARDS = [("Tamil Nadu Power Distribution Corporation Ltd", "TNPDCL", "Service No.", "LT-V Commercial"),
          ("Maharashtra State Electricity Distribution Co. Ltd", "MSEDCL", "Consumer No.", "LT-II Commercial"),
          ("Paschim Gujarat Vij Company Ltd", "PGVCL", "Consumer No.", "Non-RGP (commercial)"),
          ("North Bihar Power Distribution Company Ltd", "NBPDCL", "CA Number", "NDS-II Commercial"),
          ("Southern Power Distribution Co. of A.P. Ltd", "APSPDCL", "USC No.", "LT-II Non-domestic"),
          ("Kerala State Electricity Board Ltd", "KSEB", "Consumer No.", "LT VII A Commercial"),
          ("M.P. Poorva Kshetra Vidyut Vitaran Co. Ltd", "MPEZ", "IVRS No.", "LV-2 Non-domestic"),
          ("Uttarakhand Power Corporation Ltd", "UPCL", "Service Connection No.", "RTS-3 Non-domestic")]


def power_bbps(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's electricity bill through Bharat Connect: an app (Airtel Thanks, Bajaj Finserv with its wallet,
    IDFC FIRST Bank, Paytm on a card, Union Bank Vyom, CRED on a card; the app on its band, the outcome, the sum
    large) or net banking in a browser (ICICI Bank Internet Banking, Canara Bank Net Banking: BillPay - Payment
    Receipt / Bharat Connect - Transaction Receipt, Payment status / Txn status): Biller name / Electricity board /
    Discom / Biller the discom (TNPDCL, MSEDCL, PGVCL, NBPDCL, APSPDCL, KSEB, MPEZ, UPCL or its long name; the payee),
    Category, Service No. / Consumer No. / CA Number / USC No. / IVRS No. / Service Connection No., Consumer name /
    Name as per bill (the outlet's firm), Tariff (LT-V Commercial), Sanctioned load, Bill month / Billing month, Due
    date, Bill No. on some, Units consumed, Bill amount, Late payment surcharge on some with Amount paid / Total
    amount paid, Paid using / Payment method (UPI, Bajaj Pay wallet, a savings or current account, a card), Bharat
    Connect Txn ID / B-Connect Ref. No. / BBPS Txn Ref, UPI RRN, Order No. / Transaction ID on some, Paid on /
    Transaction date / Attempted on / Initiated on; Bill paid successfully / Payment successful / Electricity bill
    paid / Payment failed / Bill payment failed / Awaiting confirmation from biller / Payment pending."""
    k = place("power_bbps")
    status = outcome(k, failed=(5,), pending=(2,))
    app, band, frame, way = POWER_FRAMES[k]
    long, short, number, tariff = BOARDS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, low=6000, high=68000, p_round=0.5, town=k)
    bill = j.amount
    lps = round(bill * rng.choice([0.01, 0.015, 0.02]), 2) if status == "success" and rng.random() < 0.35 else 0.0
    j.amount = round(bill + lps, 2)
    if frame == "browser":
        p = browser_page(rng, font, POWER_URLS[app])
        rs = money(rng, font, 0.2, marks=("\u20b9", "Rs.", "INR"))
        p.part = "head"
        top(p, app)
        p.add("center", rng.choice(["BillPay - Payment Receipt", "Bharat Connect - Transaction Receipt",
                                    "Utility bill payment - Acknowledgement"]))
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Payment status", "Txn status"]),
               {"success": rng.choice(["Successful", "Bill paid"]), "failed": "Failed",
                "pending": "Pending with biller"}[status], status=status)
    else:
        p = phone_page(rng, font, k, ["", "Bill payment", "Receipt"])
        dark = p.style["h106"]["dark"]
        rs = money(rng, font, 0.3)
        head(p, app, band, dark, ["Bharat Connect - Electricity", "Recharge & pay bills", "Pay bills"])
        p.part = "body"
        outcome_row(p, status, {"success": ["Bill paid successfully", "Payment successful", "Electricity bill paid"],
                                "failed": ["Payment failed", "Bill payment failed"],
                                "pending": ["Awaiting confirmation from biller", "Payment pending"]})
        p.add("big", rs(j.amount), amount=j.amount)
    biller = long if rng.random() < 0.4 and fits(p, "pair", f"Electricity board {long}    ") else short
    wrap_pair(p, rng.choice(["Biller name", "Electricity board", "Discom", "Biller"]), biller, merchant=biller)
    p.pair("Category", rng.choice(["Electricity", "Electricity (LT)"]))
    p.pair(number, digits(rng, rng.choice([9, 10, 12])))
    wrap_pair(p, rng.choice(["Consumer name", "Name as per bill"]), OUTLETS[k][FIRM].upper())
    p.pair(rng.choice(["Tariff", "Category of supply"]), tariff)
    p.pair("Sanctioned load", f"{rng.choice([10, 15, 20, 25, 35])} kW")
    if not j.no_day:
        p.pair(rng.choice(["Bill month", "Billing month"]), j.month())
        p.pair("Due date", j.other_day(rng, 2, 14))
    if rng.random() < 0.4:
        p.pair("Bill No.", digits(rng, 10))
    p.pair(rng.choice(["Units consumed", "Consumption"]), f"{rng.randrange(600, 5200)} units")
    if lps:
        p.pair("Bill amount", rs(bill))
        p.pair(rng.choice(["Late payment surcharge", "LPS"]), rs(lps))
        p.pair(rng.choice(["Amount paid", "Total amount paid"]), rs(j.amount),
               **({"amount": j.amount} if frame == "browser" else {}))
    else:
        p.pair("Bill amount", rs(bill), **({"amount": j.amount} if frame == "browser" else {}))
    p.pair(rng.choice(["Paid using", "Payment method"]),
           {"UPI": "UPI", "wallet": "Bajaj Pay wallet", "netbanking": f"Current A/c {masked(rng, font)}",
            "card": f"Credit card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref:
        bref = f"{rng.choice(['AT', 'IC', 'BJ', 'ID', 'PT', 'UB', 'CN', 'CR'])}{digits(rng, 2)}" \
               f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
        labelled(p, rng.choice(["Bharat Connect Txn ID", "B-Connect Ref. No.", "BBPS Txn Ref"]), bref,
                 txn=(BANK_RANK, bref))
        if status == "success" and way == "UPI":
            labelled(p, "UPI RRN", j.ref, txn=(UTR_RANK, j.ref))
        if rng.random() < 0.5:
            own = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
            if rng.random() < 0.5:
                labelled(p, "Order No.", own, txn=(ORDER_RANK, own))
            else:
                labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Paid on", "Transaction date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", "The biller will confirm within 2 working days. Please do not pay again.")
    p.part = "foot"
    p.add("small", rng.choice(["Powered by Bharat Connect", "Bharat Connect | NPCI Bharat BillPay"]))
    return p.done()


# ---------------------------------------------------------------- 11. the attendants' wages


WAGE_PAGES = [("voucher", "cash"), ("app", "IMPS"), ("sms", "UPI"), ("voucher", "UPI"), ("app", "UPI"), ("sms", "UPI"),
              ("voucher", "cheque"), ("app", "NEFT")]
WAGE_APPS = {1: ("Utkarsh Bank Mobile", (40, 60, 140)), 4: ("RBL MoBank", (20, 40, 110)),
             7: ("Jana Bank Business", (0, 120, 110))}
STAFF = [("Murugesan P.", "DSM"), ("Sagar Patil", "Cashier"), ("Bharat Makwana", "Night DSM"),
         ("Pappu Kumar Sah", "DSM"), ("Ch. Venkatesh", "Manager"), ("Sajeesh K.", "Air & nitrogen attendant"),
         ("Ramkishore Patel", "DSM"), ("Sonu Saini", "Night DSM")]


def wage_lines(rng: random.Random, j: Job) -> list[tuple[str, float]]:
    """A month's wage heads and deductions (no fact): the net is the sum."""
    days = rng.randint(22, 30)
    rate = float(rng.choice([420, 465, 510, 540, 585, 640]))
    basic = days * rate
    lines = [(f"Basic + VDA ({days} days x {rate:g})", basic)]
    if rng.random() < 0.5:
        n = rng.randint(4, 15)
        lines.append((f"Night shift allowance ({n} x 80)", n * 80.0))
    if rng.random() < 0.4:
        n = rng.randint(4, 30)
        lines.append((f"Overtime ({n} hrs x 70)", n * 70.0))
    if rng.random() < 0.6:
        lines.append(("Less: EPF @ 12%", -round(basic * 0.12)))
        lines.append(("Less: ESI @ 0.75%", -round(basic * 0.0075)))
    if rng.random() < 0.4:
        lines.append(("Less: Cash shortage recovered", -float(rng.choice([120, 250, 400, 600]))))
    if rng.random() < 0.3:
        lines.append(("Less: Salary advance", -float(rng.choice([1000, 1500, 2000]))))
    return lines


def wage_sms(rng: random.Random, font: str, k: int, j: Job, name: str) -> tuple[list, dict, dict]:
    """The outlet's bank's alert for a wage sent by UPI (heldout106's messages screen): Axis Bank's "INR n debited /
    A/c no. XXn / dd-mm-yy, hh:mm:ss IST / UPI/P2A/<ref>/<NAME> / Not you? ..." and ICICI Bank's "ICICI Bank Acct XXn
    debited for Rs n on dd-Mon-yy; <NAME> credited. UPI:<ref>. Call ... for dispute."."""
    who = name.upper()
    acct = digits(rng, 4)
    if k == 2:
        text = (f"INR {j.amount:,.2f} debited\nA/c no. XX{acct}\n{when(j.date, '%d-%m-%y')}, "
                f"{hhmm(rng, twelve=False, seconds=True)} IST\nUPI/P2A/{j.ref}/{who}\n"
                f"Not you? SMS BLOCKALL {acct} to 919951860002\n- Axis Bank")
        sender = "AXISBK"
    else:
        text = (f"ICICI Bank Acct XX{acct} debited for Rs {j.amount:.2f} on {when(j.date, '%d-%b-%y')}; {who} "
                f"credited. UPI:{j.ref}. Call 18002662 for dispute. SMS BLOCK {acct} to 9215676766.")
        sender = "ICICIT"
    assert glyphs(font, text), (font, text)
    p = screen(rng, font, "sms", dark=rng.random() < 0.4, width=600, size=22)
    divider = rng.choice([when(j.date, "%A, {d} %B"), when(j.date, "{d} %b %Y"), "Today"])
    p.style["h106"].update({"sender": f"{rng.choice(['VM', 'AD', 'JD', 'BZ'])}-{sender}", "divider": divider,
                            "text": text, "time": hhmm(rng, lower=rng.random() < 0.3)})
    p.add("left", text.replace("\n", " "), merchant=who, amount=j.amount, method="UPI", status=j.status,
          txn=(UTR_RANK, j.ref), date=j.date)
    return p.done()


def staff_wages(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet paying its attendants (DSMs), cashier and manager: three WAGES VOUCHER / WAGE SLIP CUM PAYMENT
    VOUCHER / SALARY PAYMENT VOUCHER - DSM (paper, the outlet on top, the payer: Vr. No. / Voucher No., Date, Name of
    employee / Paid to / Employee (the payee), Designation, Emp. No., Wage month, Basic + VDA (n days x rate), Night
    shift allowance, Overtime, Less: EPF @ 12%, Less: ESI @ 0.75%, Less: Cash shortage recovered, Less: Salary
    advance, Net wages paid / Net amount paid and the sum in words, the way and its reference; PAID / PAID -
    RECEIVED BY EMPLOYEE), three bank apps (Utkarsh Bank Mobile, RBL MoBank, Jana Bank Business: Transfer successful
    / Money sent / Transfer failed - account invalid / Transfer in process, the sum large, Paid to / Beneficiary,
    the account and IFSC or UPI ID, Mode, Remarks Wages <month>, IMPS Ref No / UPI Ref No / UTR and Transaction ID,
    Date & Time / Attempted on / Initiated on, Debited from) and two UPI alerts (Axis Bank's and ICICI Bank's)."""
    k = place("staff_wages")
    status = outcome(k, failed=(4,), pending=(7,))
    frame, way = WAGE_PAGES[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 3, town=k)
    name, role = STAFF[k]
    shown = name.upper() if rng.random() < 0.25 else name
    lines = wage_lines(rng, j)
    net = round(sum(v for _, v in lines), 2)
    j.amount = net
    if frame == "sms":
        return wage_sms(rng, font, k, j, name)
    if frame == "app":
        bank, band = WAGE_APPS[k]
        p = phone_page(rng, font, k, ["", "Transaction details", "Payment status"])
        dark = p.style["h106"]["dark"]
        head(p, bank, band, dark, ["Fund transfer", f"{way} transfer", "Pay staff"])
        rs = money(rng, font, 0.5)
        p.part = "body"
        outcome_row(p, status, {"success": ["Transfer successful", "Money sent"],
                                "failed": ["Transfer failed - account invalid"],
                                "pending": ["Transfer in process", "Under process"]})
        p.add("big", rs(net), amount=net)
        wrap_pair(p, rng.choice(["Paid to", "Beneficiary"]), shown, merchant=shown)
        if way == "UPI":
            p.pair("UPI ID", f"{''.join(c for c in name.lower() if c.isalpha())[:10]}@{rng.choice(['oksbi', 'ybl'])}")
        else:
            p.pair("A/c No.", f"XXXXXX{digits(rng, 4)}")
            p.pair("IFSC", ifsc(rng))
        p.pair("Mode", way, method=method_of(way))
        wrap_pair(p, "Remarks", "Wages" if j.no_day else f"Wages {j.month()}")
        if not j.no_ref:
            if status == "success":
                if way == "NEFT":
                    ref = neft_utr(rng.choice(["JSFB", "RATN"]), rng, j.date)
                    labelled(p, "UTR", ref, txn=(UTR_RANK, ref))
                else:
                    labelled(p, "IMPS Ref No" if way == "IMPS" else "UPI Ref No", j.ref, txn=(UTR_RANK, j.ref))
            own = f"{code(rng, 1, UPPER)}{digits(rng, 11)}"
            labelled(p, "Transaction ID", own, txn=(TXN_RANK, own))
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Date & Time", "Transferred on"]), "failed": "Attempted on",
                         "pending": "Initiated on"}[status], stamp(rng, j.date, PATS), date=j.date)
        p.pair("Debited from", f"Current A/c {masked(rng, font)}")
        if status == "failed":
            p.add("small", "The beneficiary account is invalid. The amount has been reversed.")
        return p.done()
    p = paper_page(rng, font, [680, 720])
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.6)
    outlet_head(p, k, OUTLETS[k][TRADE], ["WAGES VOUCHER", "WAGE SLIP CUM PAYMENT VOUCHER",
                                          "SALARY PAYMENT VOUCHER - DSM"], merchant=False)
    if not j.no_ref:
        vno = rng.choice([f"{rng.randrange(1, 999):03d}", f"WV/{j.year()}{rng.randrange(1, 99):02d}"])
        p.pair(rng.choice(["Vr. No.", "Voucher No."]), vno, txn=(INVOICE_RANK, vno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    wrap_pair(p, rng.choice(["Name of employee", "Paid to", "Employee"]), shown, merchant=shown)
    p.pair("Designation", role)
    p.pair("Emp. No.", f"{CODES[k]}-{rng.randrange(1, 40):02d}")
    if not j.no_day:
        p.pair("Wage month", j.month())
    p.add("rule")
    for label, value in lines:
        wrap_pair(p, label, rs(abs(value)))
    p.pair(rng.choice(["Net wages paid", "Net amount paid"]), rs(net), amount=net)
    p.add("small", f"({words_in_rupees(net)})")
    if way == "cheque":
        p.pair("Paid by", f"Cheque No. {rng.randrange(1, 999999):06d}", method="cheque")
    else:
        p.pair(rng.choice(["Mode", "Paid by"]), way_text(rng, way), method=method_for(way))
        if not j.no_ref:
            rail_ref(p, j, way, ["SBIN", "HDFC"])
    p.add("center", rng.choice(["PAID", "PAID - RECEIVED BY EMPLOYEE"]), status="success")
    p.part = "foot"
    p.add("small", "Received the above wages in full for the month.")
    if net > 5000:
        p.add("small", "[ Revenue stamp ]")
    p.add("pair", "Signature of employee", "Manager")
    return p.done()


# ---------------------------------------------------------------- 12. W&M stamping, PESO, VAT and GST


# kind, town, frame, way
GOV_PAGES = [("wm", 2, "browser", "netbanking"), ("peso", 0, "browser", "netbanking"),
             ("vat", 6, "browser", "netbanking"), ("gst", 1, "browser", "card"), ("wm", 5, "paper", "UPI"),
             ("peso", 4, "paper", "UPI"), ("vat", 3, "paper", "netbanking"), ("gst", 7, "paper", "netbanking")]
# the treasury portal on top, the department paid, the url, the head of account
WM = {2: ("Cyber Treasury - Government of Gujarat", "Controller of Legal Metrology, Gujarat",
          "cybertreasury.gujarat.gov.in/CyberTreasury_Web/challanReceipt", "1475-00-106-01"),
      5: ("e-Treasury Kerala", "Legal Metrology Department, Kerala", None, "1475-00-106-99")}
VAT = {6: ("MP Treasury - Cyber Treasury", "Commercial Tax Department, Madhya Pradesh",
           "mptreasury.gov.in/CyberTreasury/challan/receipt", "MP VAT Act, 2002"),
       3: ("OGRAS - Online Government Receipt Accounting System, Bihar", "Commercial Taxes Department, Bihar", None,
           "Bihar VAT Act, 2005")}
PESO = "Petroleum and Explosives Safety Organisation"


def gov_way(rng: random.Random, way: str, font: str) -> str:
    return {"netbanking": rng.choice(["Net Banking", "Internet banking - SBI"]), "UPI": "UPI",
            "card": f"Debit card {masked(rng, font)}"}[way]


def statutory_fees(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The outlet's dues to government: the weights and measures verification and stamping fee for its dispensers
    through a state treasury (Gujarat's Cyber Treasury, e-Treasury Kerala: the portal on top, Department / Payable
    to the legal metrology department (the payee), e-Challan - Payment Receipt / Challan Receipt, Remitter name,
    Purpose, Head of account, Year of verification, Dispensing pump nozzles n x fee, 5 L brass measure, Late fee,
    Total / Total amount / Amount paid, GRN / Challan No., Bank Ref. No., UPI Ref.), PESO's licence renewal through
    BharatKosh (Transaction Status / e-Receipt: Depositor name, Ministry, Paid to / Organisation / Payable to PESO,
    PAO, Purpose (Renewal of licence in Form XIV), Licence No., Renewal fee (n yr x fee), Transaction Ref. No., Bank
    Ref. No.), state VAT on petrol and HSD (MP's Cyber Treasury, Bihar's OGRAS: Department the commercial tax(es)
    department, TIN, Dealer name, Act, Tax type, Return period, VAT, Interest, Total, Challan No. / GRN, Bank Ref.
    No.) and GST (the GST portal's Form GST PMT-06 - Payment Receipt in a browser, Indian Overseas Bank's GST
    e-Payment - Counterfoil: CPIN, GSTIN, Name of taxpayer, CGST (0005) and SGST (0006) Tax, Total Amount, CIN, BRN);
    Payment Successful / Success / Paid / Payment Failed / Status awaited from bank."""
    k = place("statutory_fees")
    status = outcome(k, failed=(3,), pending=(1,))
    kind, town, frame, way = GOV_PAGES[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, town=town)
    if frame == "browser":
        url = {"wm": WM.get(town, ("", "", "", ""))[2], "vat": VAT.get(town, ("", "", "", ""))[2],
               "peso": "bharatkosh.gov.in/NTRPHome/PaymentStatus", "gst": "payment.gst.gov.in/payment/receipt"}[kind]
        p = browser_page(rng, font, url)
        rs = money(rng, font, 0.5, marks=("\u20b9", "Rs.", "INR"))
    else:
        p = paper_page(rng, font, [700, 740])
        rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.2)
    words = {"success": ["Payment Successful", "Success"], "failed": ["Payment Failed"],
             "pending": ["Status awaited from bank"]}
    firm = OUTLETS[town][FIRM]
    p.part = "head"
    if kind == "gst":
        if frame == "browser":
            top(p, "Goods and Services Tax")
            p.add("small", "Government of India, States and Union Territories")
            p.add("center", rng.choice(["Form GST PMT-06 - Payment Receipt", "Challan Payment Receipt"]))
        else:
            top(p, "Indian Overseas Bank")
            p.add("center", "GST e-Payment - Counterfoil")
        p.add("rule")
        p.part = "body"
        p.pair(rng.choice(["Payment Status", "Status"]), {"success": rng.choice(["Paid", "Success"]),
                                                          "failed": "Payment Failed",
                                                          "pending": "Status awaited from bank"}[status],
               status=status)
        if not j.no_ref and not j.no_day:
            cpin = f"{j.date:%y}{j.date.month:02d}{TOWNS[town][4]}{digits(rng, 8)}"
            p.pair("CPIN", cpin, txn=(INVOICE_RANK, cpin))
        p.pair(rng.choice(["GSTIN", "GSTIN of taxpayer"]), gstin(rng, TOWNS[town][4]))
        wrap_pair(p, rng.choice(["Name of taxpayer", "Legal name"]), firm.upper())
        if not j.no_day:
            p.pair("Return period", when(j.date.replace(day=1) - dt.timedelta(days=1), rng.choice(["%B %Y", "%m-%Y"])))
        p.add("rule")
        tax = float(whole(rng.uniform(2500, 60000), 1))
        heads = [("CGST (0005) - Tax", tax), ("SGST (0006) - Tax", tax)]
        if rng.random() < 0.3:
            heads.append(("CGST (0005) - Interest", float(rng.randrange(40, 900))))
        for label, value in heads:
            p.pair(label, rs(value))
        total = round(sum(v for _, v in heads), 2)
        j.amount = total
        p.pair(rng.choice(["Total Amount", "Total Challan Amount"]), rs(total), amount=total)
        p.pair("Mode of Payment", {"card": "Credit / Debit Card", "netbanking": "E-Payment - Net Banking"}[way],
               method=way)
        if status == "success" and not j.no_ref:
            if not j.no_day:
                cin = f"{rng.choice(['IOBA', 'SBIN', 'HDFC'])}{j.date:%y}{TOWNS[town][4]}{digits(rng, 12)}"
                p.pair("CIN", cin, txn=(TXN_RANK, cin))
            brn = rng.choice([digits(rng, 12), f"{code(rng, 2, UPPER)}{digits(rng, 10)}"])
            p.pair(rng.choice(["BRN", "Bank Reference No. (BRN)"]), brn, txn=(BANK_RANK, brn))
        if not j.no_day:
            label = {"success": rng.choice(["Date of Deposit", "Payment Date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status]
            p.pair(label, j.day(rng), date=j.date)
        if status == "failed":
            p.add("small", "The bank did not confirm the payment. Generate a fresh challan or retry.")
        p.part = "foot"
        p.add("small", "Note: This is a system generated receipt.")
        return p.done()
    if kind == "peso":
        top(p, "BHARATKOSH")
        p.add("small", "Non-Tax Receipt Portal - Controller General of Accounts")
        p.add("center", rng.choice(["Transaction Status", "e-Receipt", "Payment Receipt"]) if frame == "browser"
              else "e-Receipt")
        p.add("rule")
        p.part = "body"
        if frame == "browser":
            outcome_row(p, status, words)
        wrap_pair(p, rng.choice(["Depositor name", "Depositor"]), firm)
        p.pair("Ministry", "Commerce and Industry")
        wrap_pair(p, rng.choice(["Paid to", "Organisation", "Payable to"]), PESO, merchant=PESO)
        p.pair("PAO", rng.choice(["PAO (PESO), Nagpur", "PAO (DPIIT), Nagpur"]))
        wrap_pair(p, "Purpose", rng.choice(["Renewal of licence in Form XIV (Petroleum Rules, 2002)",
                                            "Licence renewal fee - petroleum class A & B"]))
        p.pair("Licence No.", f"P/SC/{TOWNS[town][5][:2]}/14/{rng.randrange(1000, 9999)}(P{digits(rng, 6)})")
        years = rng.choice([1, 2, 3, 5, 10])
        annual = float(rng.choice([750, 1000, 1500, 2250]))
        total = years * annual
        p.pair(f"Renewal fee ({years} yr x {annual:g})", rs(total))
        j.amount = total
        p.pair(rng.choice(["Total amount", "Amount"]), rs(total), amount=total)
        p.pair(rng.choice(["Payment mode", "Mode of payment"]), gov_way(rng, way, font), method=way)
        if not j.no_ref:
            tref = f"{rng.randrange(10, 99)}{digits(rng, 11)}"
            p.pair(rng.choice(["Transaction Ref. No.", "NTRP Ref. No."]), tref, txn=(TXN_RANK, tref))
            if status == "success":
                if way == "UPI":
                    p.pair("UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
                else:
                    bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                    p.pair("Bank Ref. No.", bref, txn=(BANK_RANK, bref))
        if not j.no_day:
            labelled(p, {"success": rng.choice(["Transaction date", "Payment date"]), "failed": "Attempted on",
                         "pending": "Initiated on"}[status],
                     stamp(rng, j.date, PATS) if frame == "browser" else j.day(rng), date=j.date)
        if frame == "paper":
            p.pair("Status", rng.choice(["Success", "Paid"]), status="success")
        if status == "pending":
            p.add("small", "The status will be updated once the bank confirms. Do not pay again for the same "
                           "purpose.")
        p.part = "foot"
        p.add("small", "Upload this e-receipt with the renewal application on the PESO online portal.")
        return p.done()
    portal, dept, _, extra = WM[town] if kind == "wm" else VAT[town]
    top(p, portal)
    wrap_pair(p, rng.choice(["Department", "Payable to"]), dept, merchant=dept)
    p.add("center", rng.choice(["e-Challan - Payment Receipt", "Challan Receipt", "Remittance Receipt"]))
    p.add("rule")
    p.part = "body"
    if frame == "browser":
        outcome_row(p, status, words)
    if kind == "wm":
        wrap_pair(p, rng.choice(["Remitter name", "Name of remitter"]), firm)
        wrap_pair(p, "Purpose", rng.choice(["Verification & stamping of weights and measures",
                                            "Re-verification fee - fuel dispensers"]))
        p.pair("Head of account", extra)
        if not j.no_day:
            p.pair("Year of verification", str(j.date.year))
        nozzles = rng.randint(4, 12)
        fee = float(rng.choice([500, 750, 1000, 1200]))
        heads = [(f"Dispensing pump nozzles {nozzles} x {fee:g}", nozzles * fee)]
        if rng.random() < 0.5:
            heads.append(("5 L brass measure x 1", float(rng.choice([100, 150]))))
        if rng.random() < 0.3:
            heads.append(("Late fee", float(rng.choice([500, 1000]))))
    else:
        p.pair("TIN", digits(rng, 11))
        wrap_pair(p, "Dealer name", firm)
        p.pair("Act", extra)
        p.pair("Tax type", "VAT on petrol & HSD")
        if not j.no_day:
            p.pair("Return period", j.month())
        vat = float(whole(rng.uniform(15000, 240000), 1))
        heads = [("VAT", vat)]
        if rng.random() < 0.3:
            heads.append(("Interest", float(rng.randrange(150, 4000))))
    for label, value in heads:
        p.pair(label, rs(value))
    total = round(sum(v for _, v in heads), 2)
    j.amount = total
    p.pair(rng.choice(["Total", "Total amount"]) if status != "success" else
           rng.choice(["Total", "Total amount", "Amount paid"]), rs(total), amount=total)
    p.add("small", f"({words_in_rupees(total)})")
    p.pair(rng.choice(["Mode of payment", "Payment mode"]), gov_way(rng, way, font), method=way)
    if not j.no_ref:
        grn = rng.choice([f"{TOWNS[town][5][:2]}{digits(rng, 12)}", digits(rng, 14)])
        p.pair(rng.choice(["GRN", "Challan No."]), grn, txn=(TXN_RANK, grn))
        if status == "success":
            if way == "UPI":
                p.pair("UPI Ref.", j.ref, txn=(UTR_RANK, j.ref))
            else:
                bref = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
                p.pair(rng.choice(["Bank Ref. No.", "Bank reference"]), bref, txn=(BANK_RANK, bref))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Payment date", "Date of payment"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status],
                 stamp(rng, j.date, PATS) if frame == "browser" else j.day(rng), date=j.date)
    if frame == "paper":
        p.pair("Status", {"success": rng.choice(["Paid", "Success"]), "failed": "Payment Failed",
                          "pending": "Status awaited from bank"}[status], status=status)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    p.part = "foot"
    p.add("small", "Present this receipt to the Inspector of Legal Metrology at the time of verification."
          if kind == "wm" else "Computer generated receipt. No signature required.")
    return p.done()


compose = compose121

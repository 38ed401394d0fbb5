"""The twelve heldout88 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: travel and household services paid in India
and abroad, on pages full of numbers that are not the payment's id and of days that are not the day paid: an
IRCTC e-ticket or transaction page, an airline's booking receipt, a bus booking's m-ticket, a hotel's folio or
an online booking's advance, a bike, auto or cab ride's invoice, an LPG refill's online payment or a
distributor's cash memo, an insurance premium receipt, a housing society's maintenance receipt, a hospital's
final bill or a diagnostic lab's bill, a municipal property-tax or water-charges receipt, a coaching
institute's fee receipt or an exam's application fee page, and a visa centre's fee receipt. ``Cash`` prints a
page's money, chosen once (₹ only in faces that draw it, lakh grouping on most rupee pages, whole rupees with
``/-`` on a share of printed sheets; €, £ and $ through heldout83's ``Money`` on foreign airline and hotel
pages); ``done`` states the fields exactly as the page prints them (``None`` where a field is not printed)."""

from __future__ import annotations

import datetime as dt
import functools
import random

from bench.receipt_sets.heldout14_render import SCALE, load_font
from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout82_families import num
from bench.receipt_sets.heldout83_families import ALNUM, PATTERNS, Money, bar, masked, outcome, when_text
from bench.receipt_sets.heldout85_families import has_glyph, screen

SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 20}
WEB = {"screen": True, "paper": (246, 247, 250), "ink": (30, 32, 40), "accent": (0, 70, 140), "width": 780,
       "size": 17}
EMAIL = {"screen": True, "paper": (255, 255, 255), "ink": (34, 34, 40), "accent": (20, 60, 120), "width": 700,
         "size": 18}
SHEET = {"paper": (255, 255, 255), "width": 780, "size": 17}
FORM = {"paper": (250, 248, 240), "ink": (30, 30, 60), "width": 760, "size": 17}
ROLL = {"paper": (250, 249, 244), "width": 480, "size": 17}

# ---------------------------------------------------------------- values

DIGITS = "0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
# day first on Indian pages: slashes, dashes, dots, two-digit years, month names, a weekday in front, ISO on a
# share
IN_PATTERNS = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %b %Y", "%d %b %Y", "%d.%m.%Y", "{d} {month} %Y",
               "%d/%m/%y", "%Y-%m-%d", "{dow}, {d} {mon} %Y", "%d-%b-%y"]
PEOPLE = ["Ananya Iyer", "Rahul Verma", "Priya Nair", "Sandeep Yadav", "Kavya Reddy", "Mohammed Irfan",
          "Neha Joshi", "Arvind Krishnan", "Pooja Bansal", "Gurpreet Singh", "Sneha Patil", "Debashish Roy",
          "Lakshmi Narayanan", "Farhan Sheikh", "Vikas Choudhary", "Meenakshi Sundaram", "Rohit Khanna",
          "Swati Kulkarni"]
IN_BANKS = ["HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank",
            "Bank of Baroda", "Punjab National Bank", "Canara Bank", "IDFC FIRST Bank", "Union Bank of India"]
UPI_APPS = ["PhonePe", "Google Pay", "Paytm", "BHIM", "CRED", "Amazon Pay"]


class Cash:
    """A page's money, chosen once: rupees (₹ only where the face draws it, Rs., Rs or INR; lakh, Western or
    plain grouping; whole rupees as ``4,500/-`` on a share of sheets) or a foreign page's euros, pounds or
    dollars."""

    def __init__(self, rng: random.Random, font: str, country: str = "IN", dash: float = 0.0,
                 marks: tuple[str, ...] = ("₹", "₹", "Rs.", "INR", "Rs")):
        self.country = country
        if country != "IN":
            self.inner = Money(rng, country)
            self.ccy = self.inner.ccy
            self.dash = False
            return
        self.inner = None
        self.ccy = "INR"
        options = [mark for mark in marks if mark != "₹" or has_glyph(font, "₹")] or ["Rs."]
        self.mark = rng.choice(options)
        self.grouping = rng.choice(["indian", "indian", "indian", "western", "plain"])
        self.gap = "" if self.mark == "₹" and rng.random() < 0.6 else " "
        self.dash = rng.random() < dash

    def bare(self, value: float) -> str:
        if self.inner is not None:
            return self.inner.bare(value)
        if self.dash and abs(value - round(value)) < 1e-9:
            return num(value, self.grouping, 0) + "/-"
        return num(value, self.grouping)

    def __call__(self, value: float, sign: str = "") -> str:
        if self.inner is not None:
            return self.inner(value, sign)
        return f"{sign}{self.mark}{self.gap}{self.bare(value)}"


def pattern(rng: random.Random, country: str = "IN") -> str:
    """A page's date pattern: day first in India, the UK, Ireland and Germany (numeric on German pages, which
    print no English month names), month first in the US."""
    if country == "DE":
        return rng.choice(["%d.%m.%Y", "%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"])
    return rng.choice(IN_PATTERNS if country == "IN" else PATTERNS[country])


def stamp(date: dt.date, pat: str, upper: bool = False) -> str:
    return when_text(date, pat, None, upper)


def hour(rng: random.Random, twelve: bool, seconds: bool = False) -> str:
    h, m, s = rng.randrange(6, 23), rng.randrange(60), rng.randrange(60)
    if twelve:
        return f"{(h - 1) % 12 + 1:02d}:{m:02d}{f':{s:02d}' if seconds else ''} {'PM' if h >= 12 else 'AM'}"
    return f"{h:02d}:{m:02d}" + (f":{s:02d}" if seconds else "")


def after(date: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return date + dt.timedelta(days=rng.randrange(low, high + 1))


def before(date: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return date - dt.timedelta(days=rng.randrange(low, high + 1))


def fitted(build):
    """``build``'s rows broken to the page's width: a centred, left or small line too wide for the page goes
    on two or more lines of its kind, and a pair whose label or value alone is too wide goes on lines of its
    own."""

    @functools.wraps(build)
    def wrapper(rng: random.Random, font: str):
        rows, truth, style = build(rng, font)
        room = style.get("width", 620) - 2 * 34
        size = style.get("size", 22)
        out: list[tuple] = []
        for row in rows:
            kind = row[0]
            if kind in ("title", "big", "center", "left", "small", "right"):
                face = load_font(font, int(size * SCALE[kind]))
                out += [(kind, line) for line in _lines(face, row[1], room)]
            elif kind == "pair":
                face = load_font(font, int(size * SCALE["pair"]))
                if face.getlength(row[1]) > room or face.getlength(row[2]) > room:
                    out += [("left", line) for line in _lines(face, row[1], room)]
                    out += [("right", line) for line in _lines(face, row[2], room)]
                else:
                    out.append(row)
            else:
                out.append(row)
        return out, truth, style

    return wrapper


def _lines(face, text: str, room: int) -> list[str]:
    lines: list[str] = []
    for word in text.split(" "):
        if lines and face.getlength(f"{lines[-1]} {word}") <= room:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return [line for line in lines if line] or [text]


def done(name, total, ccy, txn, dated, method, status) -> dict:
    return truth_fields(name, round(total, 2), ccy, txn, dated, method, status)


def said(rng: random.Random, words: dict[str, list[str]], p_said: float = 0.75, p_success: float = 0.5,
         p_failed: float = 0.3) -> tuple[str | None, str | None]:
    """On a share of pages an outcome in the family's words: (status, words), else (None, None)."""
    return outcome(rng, p_said, words, p_success, p_failed)


def gstin(rng: random.Random) -> str:
    """An Indian GST registration number: a state's code, a PAN, an entity number, Z and a check character."""
    state = rng.choice(["07", "24", "27", "29", "33", "36"])
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{code(rng, 1, ALNUM)}"


def upi_ref(rng: random.Random) -> str:
    return str(rng.choice([4, 5, 6])) + digits(rng, 11)


def indian_plate(rng: random.Random) -> str:
    state = rng.choice(["KA", "MH", "DL", "TN", "TS", "KL", "GJ", "WB", "UP", "HR"])
    return f"{state} {rng.randrange(1, 60):02d} {code(rng, 2, UPPER)} {digits(rng, 4)}"


def mobile(rng: random.Random, masked_mid: bool = False) -> str:
    number = rng.choice("6789") + digits(rng, 9)
    return f"{number[:2]}XXXXXX{number[-2:]}" if masked_mid else number


def way_in_india(rng: random.Random, options: list[str]) -> tuple[str, str]:
    """One of the Indian ways to pay in ``options`` as a page prints it, and its truth."""
    kind = rng.choice(options)
    if kind == "UPI":
        app = rng.choice(UPI_APPS)
        return rng.choice([f"UPI ({app})", "UPI", "BHIM UPI", f"{app} UPI", f"UPI - {app}"]), "UPI"
    if kind == "card":
        last = digits(rng, 4)
        return rng.choice([f"Credit Card (Visa) xx{last}", f"Debit Card - RuPay ending {last}",
                           f"HDFC Bank Credit Card XXXX{last}", f"Mastercard Debit **** {last}",
                           f"SBI Card xxxx {last}", "Debit Card"]), "card"
    if kind == "netbanking":
        return rng.choice([f"Net Banking - {rng.choice(IN_BANKS)}", "Internet Banking", "Netbanking",
                           f"NEFT ({rng.choice(IN_BANKS)})", "IMPS"]), "netbanking"
    if kind == "wallet":
        wallets = ["Paytm Wallet", "Amazon Pay Balance", "MobiKwik Wallet", "PhonePe Wallet"]
        return rng.choice(wallets), "wallet"
    if kind == "cash":
        return rng.choice(["Cash", "CASH", "Cash at counter"]), "cash"
    return rng.choice([f"Cheque No. {digits(rng, 6)}", f"DD No. {digits(rng, 6)}"]), None


# ---------------------------------------------------------------- 1 an IRCTC e-ticket or transaction page

TRAINS = [
    ("12951", "MUMBAI RAJDHANI", ("MUMBAI CENTRAL", "MMCT"), ("NEW DELHI", "NDLS"), 1386),
    ("12627", "KARNATAKA EXP", ("KSR BENGALURU", "SBC"), ("NEW DELHI", "NDLS"), 2365),
    ("12841", "COROMANDEL EXP", ("SHALIMAR", "SHM"), ("MGR CHENNAI CTL", "MAS"), 1662),
    ("22436", "VANDE BHARAT EXP", ("NEW DELHI", "NDLS"), ("VARANASI JN", "BSB"), 759),
    ("12009", "SHATABDI EXP", ("MUMBAI CENTRAL", "MMCT"), ("AHMEDABAD JN", "ADI"), 491),
    ("16526", "KANYAKUMARI EXP", ("KSR BENGALURU", "SBC"), ("KANYAKUMARI", "CAPE"), 945),
    ("12723", "TELANGANA EXP", ("HYDERABAD DECAN", "HYB"), ("NEW DELHI", "NDLS"), 1677),
    ("12302", "HOWRAH RAJDHANI", ("NEW DELHI", "NDLS"), ("HOWRAH JN", "HWH"), 1447),
    ("12133", "MANGALURU EXP", ("C SHIVAJI MAH T", "CSMT"), ("MANGALURU JN", "MAJN"), 887),
    ("20643", "VANDE BHARAT EXP", ("MGR CHENNAI CTL", "MAS"), ("COIMBATORE JN", "CBE"), 496),
]
CLASS_RATE = {"SL": 0.46, "3E": 1.12, "3A": 1.22, "2A": 1.78, "1A": 2.95, "CC": 1.15, "EC": 2.35}
BERTHS = ["LB", "MB", "UB", "SL", "SU", "LOWER", "UPPER", "MIDDLE", "SIDE LOWER", "WS"]
IRCTC_WORDS = {
    "success": ["Payment Successful", "Transaction Successful", "Your payment was successful"],
    "failed": ["Booking failed - refund initiated", "Transaction failed - amount will be refunded",
               "Payment Failed"],
    "pending": ["Payment under process", "Transaction pending - please do not book again",
                "Awaiting confirmation from bank"],
}
IRCTC_WAYS = [("BHIM/UPI", "UPI"), ("IRCTC iPay (UPI)", "UPI"), ("UPI - PhonePe", "UPI"),
              ("IRCTC iPay (Credit Card)", "card"), ("Debit Card - RuPay", "card"),
              ("Visa Credit Card", "card"),
              ("Net Banking - SBI", "netbanking"), ("Net Banking - HDFC Bank", "netbanking"),
              ("IRCTC eWallet", "wallet"), ("Paytm Wallet", "wallet")]


@fitted
def irctc_ticket(rng: random.Random, font: str):
    """IRCTC's page for one booking, as its e-ticket (ERS) or as the transaction page of My Transactions:
    IRCTC on top, the PNR (only once a ticket is booked; ``Not generated`` on a share of failed and pending
    ones), the train's number and name, its stations and codes, the class, quota and distance, departure and
    arrival with the day of journey, the passengers with their berths (CNF/B2/34/LB, RLWL, RAC: a booking
    status, no payment outcome), IRCTC's Transaction ID, the day booked with its time, the ticket fare,
    IRCTC's convenience fee and the travel insurance premium (with the insurer's policy number on a share),
    the Total Fare, the way paid, the bank's or UPI reference on a share, and an outcome on most transaction
    pages and a share of e-tickets."""
    m = Cash(rng, font, marks=("₹", "₹", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    journey = after(paid, rng, 1, 60)
    number, name, src, dst, km = rng.choice(TRAINS)
    if rng.random() < 0.5:
        src, dst = dst, src
    chair_car = "VANDE" in name or "SHATABDI" in name
    klass = rng.choice([k for k in CLASS_RATE if (k in ("CC", "EC")) == chair_car])
    pax = rng.randint(1, 4)
    fare = float(round(km * CLASS_RATE[klass] + rng.choice([40, 45, 75])) * pax)
    conv = rng.choice([11.80, 17.70, 23.60, 35.40])
    insured = rng.random() < 0.5
    insurance = round(0.45 * pax, 2) if insured else 0.0
    total = round(fare + conv + insurance, 2)
    page = rng.random() < 0.45  # the transaction page; else the ERS
    status, words = said(rng, IRCTC_WORDS, p_said=0.85 if page else 0.35, p_success=0.45 if page else 1.0,
                         p_failed=0.3)
    booked = status in (None, "success")
    txn_id = "10000" + digits(rng, 10)
    rows: list[tuple] = [("title", "IRCTC")]
    if page:
        rows.append(("center", rng.choice(["Transaction Details", "Payment Status", "My Transactions"])))
        if words:
            rows.append(("big" if len(words) < 22 else "center", words))
        rows.append(("rule",))
    else:
        rows.append(("center", rng.choice(["Electronic Reservation Slip (ERS)", "ERS - Normal User",
                                           "Booked Ticket History"])))
        rows.append(("small", "Indian Railways  |  Customer Care 14646"))
        rows.append(("rule",))
    pnr = digits(rng, 10)
    if booked:
        rows.append(("pair", rng.choice(["PNR", "PNR No.", "PNR Number"]), pnr))
    elif rng.random() < 0.5:
        rows.append(("pair", "PNR", "Not generated"))
    rows.append(("pair", "Train No./Name", f"{number} / {name}"))
    rows.append(("pair", "From", f"{src[0]} ({src[1]})"))
    rows.append(("pair", "To", f"{dst[0]} ({dst[1]})"))
    quota = rng.choice(["GENERAL (GN)", "TATKAL (TQ)", "LADIES (LD)"])
    rows.append(("pair", "Class / Quota", f"{klass} / {quota}"))
    if rng.random() < 0.6:
        rows.append(("pair", "Distance", f"{km} KM"))
    dep = hour(rng, False)
    rows.append(("pair", rng.choice(["Date of Journey", "Journey Date", "Start Date"]), stamp(journey, pat)))
    if not page and rng.random() < 0.6:
        rows.append(("pair", "Departure*", f"{dep} {stamp(journey, pat)}"))
        rows.append(("pair", "Arrival*", f"{hour(rng, False)} {stamp(after(journey, rng, 0, 1), pat)}"))
    if not page or rng.random() < 0.4:
        rows.append(("rule",))
        rows.append(("left", rng.choice(["Passenger Details", "Passengers"])))
        coach = rng.choice(["B", "A", "S", "C", "M", "H"]) + str(rng.randrange(1, 12))
        for i in range(pax):
            if booked and rng.random() < 0.8:
                berth = f"CNF/{coach}/{rng.randrange(1, 72)}/{rng.choice(BERTHS)}"
            elif booked:
                berth = rng.choice([f"RLWL/{rng.randrange(1, 60)}", f"RAC {rng.randrange(1, 40)}",
                                    f"WL {rng.randrange(1, 90)}"])
            else:
                berth = "-"
            person = rng.choice(PEOPLE)
            rows.append(("pair", f"{i + 1}. {person.split()[0].upper()} {person.split()[1][0]}  "
                                 f"{rng.randrange(8, 78)} {rng.choice(['M', 'F'])}", berth))
    rows.append(("rule",))
    rows.append(("pair", "Transaction ID", txn_id) if shown(rng, 0.1) else ("gap",))
    txn = txn_id if rows[-1][0] == "pair" else None
    dated = paid if shown(rng, 0.15) else None
    if dated:
        rows.append(("pair", rng.choice(["Date of Booking", "Booking Date", "Transaction Date"]),
                     f"{stamp(paid, pat)} {hour(rng, rng.random() < 0.4, seconds=True)}"))
    rows.append(("pair", "Ticket Fare", m(fare)))
    rows.append(("pair", "IRCTC Convenience Fee (Incl. of GST)", m(conv)))
    if insured:
        rows.append(("pair", "Travel Insurance Premium (Incl. of GST)", m(insurance)))
    rows.append(("pair", rng.choice(["Total Fare (all inclusive)", "Total Fare", "Amount"] if not page else
                                    ["Total Amount", "Amount", "Total Fare (all inclusive)"]), m(total)))
    method = None
    if shown(rng, 0.2):
        way, method = rng.choice(IRCTC_WAYS)
        rows.append(("pair", rng.choice(["Payment Mode", "Paid through", "Payment Gateway"]), way))
    if rng.random() < 0.35:
        bank_ref = rng.choice([digits(rng, 12), code(rng, 3, UPPER) + digits(rng, 9)])
        ref = upi_ref(rng) if method == "UPI" else bank_ref
        rows.append(("pair", rng.choice(["UPI Ref No." if method == "UPI" else "Bank Ref. No.",
                                         "Bank Transaction ID"]), ref))
        txn = ref
    if insured and booked and rng.random() < 0.6:
        policy = f"{rng.choice(['3012', '2516', '4001'])}/{digits(rng, 9)}/00/000"
        rows.append(("pair", "Insurance Policy No.", policy))
    if words and not page:
        rows.append(("center", words))
    if status == "failed":
        rows.append(("small", "Refund will reach the source account in 3-4 working days"))
    elif status == "pending":
        rows.append(("small", "Status will be updated within 2 hours; do not pay again"))
    else:
        rows.append(("small", "* Times are provisional. Carry an ID proof while travelling."))
    if txn is None and booked:
        txn = pnr if any(row[0] == "pair" and row[1].startswith("PNR") for row in rows) else None
    style = screen(rng, WEB, rows, p_dark=0.0, p_band=0.5)
    return rows, done("IRCTC", total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 2 an airline's booking receipt

AIRLINES = {  # name, code, country, e-mail domain, ticket prefix (None: no e-ticket numbers), loyalty scheme
    "IndiGo": ("6E", "IN", "goindigo.in", None, "BluChip"),
    "Air India": ("AI", "IN", "airindia.com", "098", "Maharaja Club"),
    "Air India Express": ("IX", "IN", "airindiaexpress.com", None, "Maharaja Club"),
    "Vistara": ("UK", "IN", "airvistara.com", "228", "Club Vistara"),
    "Akasa Air": ("QP", "IN", "akasaair.com", None, None),
    "Lufthansa": ("LH", "DE", "lufthansa.com", "220", "Miles & More"),
    "Ryanair": ("FR", "IE", "ryanair.com", None, None),
    "easyJet": ("U2", "UK", "easyjet.com", None, "easyJet Plus"),
    "United Airlines": ("UA", "US", "united.com", "016", "MileagePlus"),
}
AIRPORTS = {
    "IN": [("DEL", "Delhi"), ("BOM", "Mumbai"), ("BLR", "Bengaluru"), ("MAA", "Chennai"),
           ("HYD", "Hyderabad"), ("CCU", "Kolkata"), ("GOI", "Goa"), ("COK", "Kochi"), ("PNQ", "Pune"),
           ("JAI", "Jaipur")],
    "DE": [("FRA", "Frankfurt"), ("MUC", "Munich"), ("BER", "Berlin"), ("HAM", "Hamburg"), ("DEL", "Delhi"),
           ("BOM", "Mumbai")],
    "IE": [("DUB", "Dublin"), ("STN", "London Stansted"), ("BCN", "Barcelona"), ("BGY", "Milan Bergamo"),
           ("CRL", "Brussels Charleroi")],
    "UK": [("LGW", "London Gatwick"), ("LTN", "London Luton"), ("EDI", "Edinburgh"), ("AMS", "Amsterdam"),
           ("GVA", "Geneva"), ("FAO", "Faro")],
    "US": [("SFO", "San Francisco"), ("EWR", "Newark"), ("ORD", "Chicago O'Hare"), ("IAH", "Houston"),
           ("DEN", "Denver"), ("DEL", "Delhi")],
}
FLIGHT_WORDS = {
    "success": ["Payment successful", "Payment confirmed", "Your payment has been received"],
    "failed": ["Payment declined - your booking is not confirmed", "Payment failed", "Payment unsuccessful"],
    "pending": ["Awaiting payment", "Payment processing - we will e-mail your tickets",
                "Booking on hold - awaiting payment"],
}


@fitted
def airline_booking(rng: random.Random, font: str):
    """An airline's booking confirmation and payment receipt as an e-mail: the sender's line, the airline on
    top, the booking reference / PNR, the flights with their numbers, airports, days and times, the passengers
    with their e-ticket numbers (where the airline issues them), seats and a loyalty number, the base fare,
    the taxes and fees line by line (GST, user development and aviation security fees on Indian flights; air
    passenger duty, a fuel surcharge or US taxes elsewhere), seats and bags, the total, the way paid, the
    payment's reference on most, the day booked or paid, and an outcome on most."""
    abroad = rng.random() < 0.6
    airline = rng.choice([name for name, info in AIRLINES.items() if (info[1] != "IN") == abroad])
    iata, country, domain, prefix, club = AIRLINES[airline]
    m = Cash(rng, font, country, marks=("₹", "₹", "INR", "Rs."))
    pat = pattern(rng, {"IN": "IN", "US": "US", "IE": "IE"}.get(country, "UK"))
    paid = day(rng)
    legs = [rng.sample(AIRPORTS[country], 2)]
    if rng.random() < 0.35:
        legs.append([legs[0][1], legs[0][0]])
    flights = [(f"{iata} {rng.randrange(100, 2999)}", after(paid, rng, 3, 90)) for _ in legs]
    if len(flights) == 2:
        flights[1] = (flights[1][0], after(flights[0][1], rng, 2, 14))
    pax = rng.randint(1, 3)
    people = rng.sample(PEOPLE, pax)
    scale = 1.0 if country == "IN" else 0.02
    base = round(rng.uniform(2400, 9000) * pax * len(legs) * scale, 2 if country != "IN" else 0)
    if country == "IN":
        taxes = [("GST (K3)", round(base * 0.05, 2)),
                 ("User Development Fee", float(rng.choice([286, 388, 620]) * pax)),
                 ("Aviation Security Fee", float(236 * pax * len(legs)))]
        if rng.random() < 0.6:
            taxes.append(("Convenience Fee", float(rng.choice([250, 350, 399]) * pax)))
    elif country == "US":
        taxes = [("U.S. Transportation Tax", round(base * 0.075, 2)),
                 ("Sept 11th Security Fee", round(5.6 * pax * len(legs), 2)),
                 ("Passenger Facility Charge", round(4.5 * pax * len(legs), 2))]
    else:
        duty = "Air Passenger Duty" if country == "UK" else "Fuel surcharge"
        taxes = [("Airport charges", round(rng.uniform(12, 45) * pax, 2)),
                 (duty, round(rng.uniform(13, 80) * pax, 2))]
    extras = []
    if rng.random() < 0.5:
        extras.append(("Seat selection", round(rng.choice([350, 499, 800]) * scale if country != "IN"
                                               else rng.choice([350, 499, 800]), 2)))
    if rng.random() < 0.35:
        extras.append(("Checked bag 15 kg" if country == "IN" else "Checked bag 20 kg",
                       round(rng.choice([1900, 2500]) * (0.012 if country != "IN" else 1), 2)))
    total = round(base + sum(v for _, v in taxes) + sum(v for _, v in extras), 2)
    status, words = said(rng, FLIGHT_WORDS, p_said=0.8, p_success=0.55, p_failed=0.25)
    pnr = code(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    sender = rng.choice(["noreply", "reservations", "itinerary"])
    subject = rng.choice(["Booking confirmation", "Your itinerary and receipt", "Payment receipt"])
    rows: list[tuple] = [("small", f"From: {airline} <{sender}@{domain}>"),
                         ("small", f"Subject: {subject} {pnr}"), ("rule",), ("title", airline)]
    if words:
        rows.append(("center", words))
    rows.append(("pair", rng.choice(["Booking reference", "PNR", "Confirmation code", "Booking Ref"]), pnr))
    dated = None
    if shown(rng, 0.15):
        dated = paid
        rows.append(("pair", rng.choice(["Booked on", "Booking date", "Date of issue", "Payment date"]),
                     f"{stamp(paid, pat)} {hour(rng, country == 'US')}"))
    rows.append(("rule",))
    for (dep, arr), (flight, when) in zip(legs, flights, strict=True):
        rows.append(("left", f"{flight}   {dep[1]} ({dep[0]}) to {arr[1]} ({arr[0]})"))
        rows.append(("left", f"   {rng.choice(['Departs', 'Departure', 'Flight date'])} {stamp(when, pat)}  "
                             f"{hour(rng, country == 'US')}"))
    rows.append(("rule",))
    for i, person in enumerate(people):
        seat = f"{rng.randrange(1, 38)}{rng.choice('ABCDEF')}"
        rows.append(("left", f"{person.upper()}   Seat {seat}"))
        if prefix:
            rows.append(("pair", "   E-ticket number", f"{prefix}-{digits(rng, 10)}"))
        if club and rng.random() < 0.4:
            rows.append(("pair", f"   {club} no.", digits(rng, rng.choice([9, 11]))))
    rows.append(("rule",))
    rows.append(("pair", f"Base fare ({pax} {'adult' if pax == 1 else 'adults'})", m(base)))
    for label, value in taxes:
        rows.append(("pair", label, m(value)))
    for label, value in extras:
        rows.append(("pair", label, m(value)))
    totals = (["Total", "Total price", "Amount charged", "Grand total", "Total paid"]
              if status in (None, "success") else ["Total", "Total price", "Grand total", "Amount due"])
    rows.append(("pair", rng.choice(totals), m(total)))
    if country == "IN" and rng.random() < 0.5:
        rows.append(("small", f"Airline GSTIN {gstin(rng)}"))
    method = None
    if shown(rng, 0.15):
        roll = rng.random()
        if roll < 0.5:
            scheme = rng.choice(["Visa", "Mastercard", "Amex"])
            method, way = "card", f"{scheme} {masked(rng, rng.choice(['ending', 'x', 'dots']))[1]}"
        elif country == "IN" and roll < 0.8:
            method, way = "UPI", rng.choice(["UPI", f"UPI ({rng.choice(UPI_APPS)})", "BHIM UPI"])
        elif country == "IN":
            method, way = "netbanking", rng.choice(["Net Banking", f"Net Banking - {rng.choice(IN_BANKS)}"])
        else:
            method, way = "wallet", rng.choice(["PayPal", "Apple Pay", "Google Pay"])
        rows.append(("pair", rng.choice(["Paid with", "Payment method", "Form of payment"]), way))
    txn = pnr
    if shown(rng, 0.15):
        gateway = "pay_" + code(rng, 14, MIXED) if country == "IN" else code(rng, 16, "0123456789ABCDEF")
        txn = rng.choice([digits(rng, 12), code(rng, 10, ALNUM), gateway])
        rows.append(("pair", rng.choice(["Payment reference", "Transaction ID", "Payment ID"]), txn))
    if status == "pending":
        rows.append(("small", f"Complete payment by {stamp(after(paid, rng, 0, 1), pat)} or the hold lapses"))
    rows.append(("small", f"Check-in opens 48 hours before departure. {airline} support in the app."))
    return rows, done(airline, total, m.ccy, txn, dated, method, status), dict(EMAIL)


# ---------------------------------------------------------------- 3 a bus booking's m-ticket

BUS_PLATFORMS = {"redBus": "TIN", "AbhiBus": "Ticket No.", "FlixBus": "Booking number"}
OPERATORS = ["SRS Travels", "VRL Travels", "Orange Tours and Travels", "Kallada Travels (G4)", "Neeta Tours",
             "IntrCity SmartBus", "Zingbus", "KSRTC (Airavat Club Class)", "Jabbar Travels", "Sugama Tourist"]
ROUTES = [("Bengaluru", "Hyderabad", ["Madiwala", "Majestic", "Silk Board"]),
          ("Mumbai", "Pune", ["Dadar East", "Sion", "Vashi"]),
          ("Chennai", "Madurai", ["Koyambedu", "Guindy"]),
          ("Delhi", "Manali", ["Majnu ka Tila", "Kashmere Gate"]),
          ("Hyderabad", "Vijayawada", ["Ameerpet", "LB Nagar"]),
          ("Bengaluru", "Goa", ["Anand Rao Circle", "Yeshwanthpur"]),
          ("Ahmedabad", "Udaipur", ["Paldi", "Nehrunagar"])]
BUS_WORDS = {
    "success": ["Payment successful", "Payment received", "Ticket booked - payment successful"],
    "failed": ["Booking failed - refund initiated", "Payment failed", "Payment failed - seats released"],
    "pending": ["Payment under process", "Awaiting payment confirmation from bank", "Payment pending"],
}


@fitted
def bus_ticket(rng: random.Random, font: str):
    """A bus booking platform's m-ticket screen (redBus, AbhiBus, FlixBus India): the platform on top, an
    outcome on most, the route, the operator and its bus type, the journey's day, departure and reporting
    times, the boarding point, the seats, the platform's ticket number (TIN / Ticket No. / Booking number)
    and the operator's own PNR, the conductor's or the bus's mobile number, the fare lines (base
    fare, operator GST 5 %, a platform or service fee, insurance, an offer off), the Total amount paid, the
    way paid, a payment reference on a share and the day booked."""
    platform = rng.choice(list(BUS_PLATFORMS))
    m = Cash(rng, font, marks=("₹", "₹", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    journey = after(paid, rng, 1, 40)
    src, dst, points = rng.choice(ROUTES)
    if rng.random() < 0.4:
        src, dst = dst, src
    operator = "FlixBus" if platform == "FlixBus" else rng.choice(OPERATORS)
    seats = rng.randint(1, 3)
    sleeper = rng.random() < 0.6
    start = rng.randrange(1, 30)
    seat_no = ", ".join((f"{rng.choice('LU')}{start + i}" if sleeper else str(start + i))
                        for i in range(seats))
    base = float(rng.choice([649, 799, 899, 1099, 1299, 1450, 1699]) * seats)
    gst = round(base * 0.05, 2)
    fees = []
    if rng.random() < 0.5:
        fee_label = rng.choice(["Service fee", "Platform fee", "Convenience fee"])
        fees.append((fee_label, float(rng.choice([15, 25, 29]))))
    if rng.random() < 0.35:
        fees.append(("Travel insurance", float(15 * seats)))
    offer = float(rng.choice([50, 75, 100, 150])) if rng.random() < 0.4 else 0.0
    total = round(base + gst + sum(v for _, v in fees) - offer, 2)
    status, words = said(rng, BUS_WORDS, p_said=0.75)
    booked = status in (None, "success")
    heading = ["m-Ticket", "Your ticket", "Booking details"] if booked else ["Booking details"]
    rows: list[tuple] = [bar(rng, "UK"), ("title", platform), ("center", rng.choice(heading))]
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    rows.append(("left", f"{src} to {dst}"))
    rows.append(("left", f"{operator}"))
    rows.append(("small", rng.choice(["A/C Sleeper (2+1)", "Volvo Multi-Axle A/C Semi Sleeper",
                                      "Non A/C Seater", "Bharat Benz A/C Sleeper"])))
    rows.append(("pair", rng.choice(["Journey date", "Date of journey", "Travel date"]), stamp(journey, pat)))
    dep = rng.randrange(18, 24)
    rows.append(("pair", "Departure", f"{dep:02d}:{rng.choice(['00', '15', '30', '45'])}"))
    rows.append(("pair", "Reporting time", f"{dep - 1:02d}:45"))
    rows.append(("pair", "Boarding point", rng.choice(points)))
    rows.append(("pair", "Seat(s)", seat_no))
    ticket = {"redBus": code(rng, 4, UPPER) + digits(rng, 8), "AbhiBus": "AB" + digits(rng, 10),
              "FlixBus": digits(rng, 10)}[platform]
    if status == "failed" and rng.random() < 0.7:
        ticket = None  # no ticket was issued
    else:
        rows.append(("pair", BUS_PLATFORMS[platform], ticket))
    if platform != "FlixBus" and rng.random() < 0.7:
        operator_pnr = rng.choice([digits(rng, 7), code(rng, 2, UPPER) + digits(rng, 6)])
        rows.append(("pair", "Operator PNR", operator_pnr))
    if rng.random() < 0.5:
        rows.append(("pair", rng.choice(["Conductor", "Bus contact"]), mobile(rng)))
    rows.append(("rule",))
    rows.append(("pair", "Base fare", m(base)))
    rows.append(("pair", "Operator GST (5%)", m(gst)))
    for label, value in fees:
        rows.append(("pair", label, m(value)))
    if offer:
        rows.append(("pair", rng.choice(["Offer applied", "Discount", "redDeal"]) if platform == "redBus" else
                     rng.choice(["Offer applied", "Discount"]), m(offer, "- ")))
    totals = (["Total amount paid", "Amount paid", "Total paid", "You paid"] if booked
              else ["Total amount", "Total fare", "Amount"])
    rows.append(("pair", rng.choice(totals), m(total)))
    method = None
    if shown(rng, 0.2):
        way, method = way_in_india(rng, ["UPI", "UPI", "card", "netbanking", "wallet"])
        rows.append(("pair", rng.choice(["Paid via", "Payment mode", "Payment method"]), way))
    txn = ticket
    if rng.random() < 0.5:
        txn = upi_ref(rng) if method == "UPI" else rng.choice([digits(rng, 14), code(rng, 12, ALNUM)])
        rows.append(("pair", rng.choice(["UPI Ref No." if method == "UPI" else "Payment ID", "Transaction ID",
                                         "Payment reference"]), txn))
    dated = None
    if shown(rng, 0.15):
        dated = paid
        rows.append(("pair", rng.choice(["Booked on", "Booking date", "Transaction date"]),
                     f"{stamp(paid, pat)}, {hour(rng, True)}"))
    if status == "failed":
        rows.append(("small", "Any amount debited is refunded to the source within 5-7 days"))
    elif status == "pending":
        rows.append(("small", "Your seats are held until the bank confirms the payment"))
    else:
        rows.append(("small", rng.choice(["Show this m-ticket with an ID proof while boarding",
                                          "Cancellation charges apply as per operator policy"])))
    style = screen(rng, SCREEN, rows, p_dark=0.2)
    return rows, done(platform, total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 4 a hotel's folio or a booking's advance

HOTELS = {
    "IN": [("Taj Lands End", "Bandstand, Bandra West, Mumbai 400050", "Taj InnerCircle"),
           ("Taj Coromandel", "37 Mahatma Gandhi Road, Chennai 600034", "Taj InnerCircle"),
           ("Vivanta Goa, Panaji", "D.B. Marg, Campal, Panaji 403001", "Taj InnerCircle"),
           ("Courtyard by Marriott Pune Hinjewadi", "Rajiv Gandhi Infotech Park, Pune 411057",
            "Marriott Bonvoy"),
           ("JW Marriott Hotel Bengaluru", "24/1 Vittal Mallya Road, Bengaluru 560001", "Marriott Bonvoy"),
           ("Fairfield by Marriott Amritsar", "Gt Road, Amritsar 143001", "Marriott Bonvoy"),
           ("OYO Townhouse 112 Koramangala", "80 Feet Road, Koramangala, Bengaluru 560034", None)],
    "UK": [("London Marriott Hotel Park Lane", "140 Park Lane, London W1K 7AA", "Marriott Bonvoy"),
           ("St. James' Court, A Taj Hotel", "54 Buckingham Gate, London SW1E 6AF", "Taj InnerCircle")],
    "DE": [("Frankfurt Marriott Hotel", "Hamburger Allee 2, 60486 Frankfurt am Main", "Marriott Bonvoy"),
           ("Munich Marriott Hotel City West", "Landsberger Str. 156, 80339 München", "Marriott Bonvoy")],
    "US": [("New York Marriott Marquis", "1535 Broadway, New York, NY 10036", "Marriott Bonvoy"),
           ("The Pierre, A Taj Hotel", "2 East 61st Street, New York, NY 10065", "Taj InnerCircle")],
}
PROPERTIES = {"OYO": ["OYO 81234 Hotel Green Leaf", "Capital O 70412 Hotel Sunrise Residency",
                      "Townhouse 1087 Sector 29 Gurugram", "Collection O 66521 Lake View Inn",
                      "OYO Flagship 40318 Hotel Royal"],
              "IN": ["Hotel Sea Princess, Juhu", "Treebo Trend Kings Crown, Mysuru", "Zostel Rishikesh",
                     "Ginger Goa Panjim"],
              "UK": ["The Z Hotel Soho", "Premier Inn Edinburgh City Centre"],
              "DE": ["Motel One Berlin-Alexanderplatz", "Hotel Adlon Kempinski Berlin"],
              "US": ["Pod 51 Hotel, New York", "Hotel Emma, San Antonio"]}
STAY_WORDS = {
    "success": ["Payment successful", "Payment received", "Your payment was successful"],
    "failed": ["Payment failed - booking not confirmed", "Payment unsuccessful"],
    "pending": ["Awaiting payment", "Payment pending - complete it within 20 minutes", "Payment processing"],
}


@fitted
def hotel_stay(rng: random.Random, font: str):
    """A hotel's guest folio at check-out, or an online booking's confirmation with the sum taken now. The
    folio: the hotel on top with its address and GSTIN, VAT or tax number, the folio's own number, the
    reservation's confirmation number, the room's number and type, the guest, arrival, departure and nights, a
    loyalty number, each night's room charge with its CGST and SGST (12 % or 18 %) or the country's VAT, city
    or occupancy tax, extras, the total, an advance taken before arrival with its day on a share, and the
    settlement that paid the rest on the day of departure (a card with its auth code on a share, UPI, or
    cash), with a zero balance. The booking (OYO, Booking.com): the platform on top, the property under it, a
    confirmation number and PIN or a booking ID, check-in and check-out days, the price and taxes, the sum
    paid now and the rest payable at the property, the way paid, a payment ID on a share, the day booked and a
    free-cancellation day."""
    paper = FORM if rng.random() < 0.4 else SHEET
    if rng.random() < 0.6:
        return _folio(rng, font, paper)
    return _stay_booking(rng, font)


def _folio(rng: random.Random, font: str, paper: dict):
    country = "IN" if rng.random() < 0.4 else rng.choice(["UK", "DE", "US"])
    name, address, club = rng.choice(HOTELS[country])
    m = Cash(rng, font, country, marks=("₹", "₹", "Rs.", "INR"))
    pat = pattern(rng, country)
    nights = rng.randint(1, 4)
    arrival = day(rng)
    departure = arrival + dt.timedelta(days=nights)
    rate = (float(rng.choice([3499, 5200, 7200, 8999, 12500, 16800])) if country == "IN"
            else round(rng.uniform(149, 420), 2))
    rows: list[tuple] = [("title", name), ("center", address)]
    if country == "IN":
        rows.append(("center", f"GSTIN {gstin(rng)}"))
    else:
        tax_no = {"UK": f"VAT Reg No GB {digits(rng, 9)}", "DE": f"USt-IdNr. DE{digits(rng, 9)}",
                  "US": f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}"}[country]
        rows.append(("center", tax_no))
    rows.append(("center", rng.choice(["GUEST FOLIO", "TAX INVOICE", "Guest Bill", "INFORMATION INVOICE"])))
    rows.append(("rule",))
    folio = rng.choice([digits(rng, 6), f"F{digits(rng, 7)}", f"{code(rng, 3, UPPER)}/{digits(rng, 5)}"])
    folio_label = rng.choice(["Folio No.", "Bill No.", "Invoice No.", "Folio #"])
    guest = rng.choice(PEOPLE)
    rows.append(("pair", folio_label, folio))
    rows.append(("pair", rng.choice(["Confirmation No.", "Reservation No.", "Conf. No."]), digits(rng, 8)))
    rows.append(("pair", "Guest", guest.upper() if rng.random() < 0.5 else guest))
    room_type = rng.choice(["Deluxe King", "Superior Twin", "Executive Room", "Studio"])
    rows.append(("pair", "Room No.", f"{rng.randrange(2, 28)}{rng.randrange(1, 40):02d}  {room_type}"))
    rows.append(("pair", "Arrival", stamp(arrival, pat)))
    rows.append(("pair", "Departure", stamp(departure, pat)))
    rows.append(("pair", "Nights / Guests", f"{nights} / {rng.randint(1, 3)}"))
    if club and rng.random() < 0.5:
        rows.append(("pair", f"{club} No.", digits(rng, 9)))
    rows.append(("rule",))
    charges = 0.0
    short = "%d/%m" if country != "US" else "%m/%d"
    for n in range(nights):
        night = arrival + dt.timedelta(days=n)
        rows.append(("pair", f"{night.strftime(short)}  Room Charge", m.bare(rate)))
        charges += rate
        if country == "IN":
            half = 6 if rate <= 7500 else 9
            tax = round(rate * half / 100, 2)
            rows.append(("pair", f"{night.strftime(short)}  CGST @{half}%", m.bare(tax)))
            rows.append(("pair", f"{night.strftime(short)}  SGST @{half}%", m.bare(tax)))
            charges += 2 * tax
        elif country in ("DE", "US"):
            tax = round(rate * (0.05 if country == "DE" else 0.14875), 2)
            levy = "City Tax 5%" if country == "DE" else "Occupancy Tax"
            rows.append(("pair", f"{night.strftime(short)}  {levy}", m.bare(tax)))
            charges += tax
    if rng.random() < 0.6:
        extra = float(rng.choice([640, 1180, 2350])) if country == "IN" else round(rng.uniform(18, 95), 2)
        when = rng.choice([arrival, departure - dt.timedelta(days=1)]).strftime(short)
        outlet = rng.choice(["In-Room Dining", "Laundry", "Restaurant", "Minibar"])
        rows.append(("pair", f"{when}  {outlet}", m.bare(extra)))
        charges += extra
    charges = round(charges, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Total Charges", "Total", "Grand Total"]), m(charges)))
    if country == "UK":
        rows.append(("small", f"Includes VAT 20%: {m(round(charges / 6, 2))}"))
    advance = 0.0
    if rng.random() < 0.45:
        advance = round(charges * rng.choice([0.25, 0.3, 0.5]), 0 if country == "IN" else 2)
        advance_day = before(arrival, rng, 2, 40).strftime(short)
        rows.append(("pair", f"{advance_day}  Advance received", m(advance, "-")))
    balance = round(charges - advance, 2)
    roll = rng.random()
    txn = folio
    if roll < 0.55:
        method, last = "card", digits(rng, 4)
        way = f"{rng.choice(['Visa', 'Mastercard', 'Amex', 'VISA'])} XXXX{last}"
    elif roll < 0.8 and country == "IN":
        method, way = "UPI", rng.choice(["UPI", f"UPI - {rng.choice(UPI_APPS)}"])
    else:
        method, way = "cash", "Cash"
    settled = rng.choice(["Payment", "Settlement", "Paid by"])
    rows.append(("pair", f"{departure.strftime(short)}  {settled} - {way}", m(balance, "-")))
    rows.append(("pair", rng.choice(["Balance", "Balance Due"]), m(0.0)))
    if method == "card" and rng.random() < 0.4:
        txn = digits(rng, 6)
        rows.append(("pair", rng.choice(["Auth Code", "Approval Code"]), txn))
    elif method == "UPI" and rng.random() < 0.5:
        txn = upi_ref(rng)
        rows.append(("pair", "UPI Ref No.", txn))
    status = None
    if rng.random() < 0.4:
        status = "success"
        rows.append(("center", rng.choice(["PAID", "Settled - thank you", "Payment received with thanks"])))
    rows.append(("small", f"Cashier: {rng.choice(PEOPLE).split()[0]}   Printed {stamp(departure, pat)} "
                          f"{hour(rng, country == 'US')}"))
    rows.append(("small", "I agree that my liability for this bill is not waived."))
    return rows, done(name, balance, m.ccy, txn, departure, method, status), dict(paper)


def _stay_booking(rng: random.Random, font: str):
    platform = rng.choice(["OYO", "Booking.com", "Booking.com"])
    country = "IN" if platform == "OYO" else rng.choice(["IN", "UK", "UK", "DE", "US"])
    m = Cash(rng, font, country, marks=("₹", "₹", "Rs.", "INR"))
    pat = pattern(rng, country)
    paid = day(rng)
    check_in = after(paid, rng, 2, 75)
    nights = rng.randint(1, 5)
    check_out = check_in + dt.timedelta(days=nights)
    prop = rng.choice(PROPERTIES["OYO" if platform == "OYO" else country])
    rate = (float(rng.choice([1299, 1899, 2450, 3200, 5400])) if country == "IN"
            else round(rng.uniform(79, 260), 2))
    price = round(rate * nights, 2)
    tax = round(price * (0.12 if country == "IN" else 0.1), 2)
    total = round(price + tax, 2)
    part = rng.random() < 0.45
    now = round(total * rng.choice([0.2, 0.25, 0.5]), 0 if country == "IN" else 2) if part else total
    status, words = said(rng, STAY_WORDS, p_said=0.8)
    domain = {"OYO": "oyorooms.com", "Booking.com": "booking.com"}[platform]
    sender = rng.choice(["noreply", "customer.service"])
    rows: list[tuple] = [("small", f"From: {platform} <{sender}@{domain}>"), ("rule",), ("title", platform)]
    if words:
        rows.append(("center", words))
    if platform == "Booking.com":
        booking = f"{digits(rng, 4)}.{digits(rng, 3)}.{digits(rng, 3)}"
        rows.append(("pair", "Confirmation number", booking))
        rows.append(("pair", "PIN code", digits(rng, 4)))
    else:
        booking = code(rng, 3, UPPER) + code(rng, 7, ALNUM)
        rows.append(("pair", "Booking ID", booking))
    rows.append(("rule",))
    rows.append(("left", prop))
    rows.append(("pair", "Check-in", f"{stamp(check_in, pat)} (from 12:00)"))
    rows.append(("pair", "Check-out", f"{stamp(check_out, pat)} (until 11:00)"))
    rows.append(("pair", "Guests / Rooms", f"{rng.randint(1, 4)} / 1"))
    rows.append(("rule",))
    rows.append(("pair", f"Room price ({nights} {'night' if nights == 1 else 'nights'})", m(price)))
    rows.append(("pair", "GST (12%)" if country == "IN" else "Taxes and charges", m(tax)))
    rows.append(("pair", rng.choice(["Total price", "Booking total", "Total"]), m(total)))
    now_labels = (["Paid now", "Prepaid amount", "Amount paid online", "Advance paid"]
                  if status in (None, "success")
                  else ["Pay now", "Advance payable now", "Amount to pay online"])
    rows.append(("pair", rng.choice(now_labels), m(now)))
    if part:
        rest = round(total - now, 2)
        rows.append(("pair", rng.choice(["Pay at property", "Balance payable at hotel"]), m(rest)))
    method = None
    if shown(rng, 0.2):
        if country == "IN":
            way, method = way_in_india(rng, ["UPI", "UPI", "card", "netbanking", "wallet"])
        else:
            last = digits(rng, 4)
            way, method = rng.choice([(f"Visa ending in {last}", "card"), (f"Mastercard •••• {last}", "card"),
                                      ("PayPal", "wallet"), ("Apple Pay", "wallet")])
        rows.append(("pair", rng.choice(["Paid with", "Payment method"]), way))
    txn = booking
    if rng.random() < 0.35:
        txn = rng.choice([digits(rng, 14), code(rng, 12, ALNUM)])
        rows.append(("pair", rng.choice(["Payment ID", "Transaction ID"]), txn))
    dated = None
    if shown(rng, 0.15):
        dated = paid
        rows.append(("pair", rng.choice(["Booked on", "Booking date", "Payment date"]), stamp(paid, pat)))
    if rng.random() < 0.6:
        rows.append(("small", f"Free cancellation until {stamp(before(check_in, rng, 1, 2), pat)}"))
    phone = {"IN": f"+91 {mobile(rng)}", "UK": f"+44 20 {digits(rng, 8)}", "DE": f"+49 30 {digits(rng, 7)}",
             "US": f"+1 212 {digits(rng, 3)} {digits(rng, 4)}"}[country]
    rows.append(("small", f"Property contact: {phone}"))
    return rows, done(platform, now, m.ccy, txn, dated, method, status), screen(rng, EMAIL, rows, p_dark=0.0,
                                                                               p_band=0.3)


# ---------------------------------------------------------------- 5 a bike, auto or cab ride's invoice

RIDES = {  # the app, its ride number's label and shape, its wallet, its vehicles
    "Rapido": ("Ride ID", lambda rng: "RD" + digits(rng, 16), "Rapido Wallet",
               ["Bike", "Auto", "Cab Economy"]),
    "Ola": ("CRN", lambda rng: digits(rng, 10), "Ola Money", ["Auto", "Mini", "Prime Sedan", "Bike"]),
    "Namma Yatri": ("Ride ID", lambda rng: code(rng, 2, UPPER) + digits(rng, 4) + code(rng, 2, UPPER), None,
                    ["Auto", "Cab", "Non-AC Mini"]),
}
PLACES = [["Indiranagar Metro Station", "Phoenix Marketcity, Whitefield", "Electronic City Phase 1",
           "Kempegowda Bus Station", "Koramangala 5th Block"],
          ["Andheri Station (W)", "Powai Hiranandani", "Bandra Kurla Complex", "Lower Parel, Kamala Mills"],
          ["Hitech City Cyber Towers", "Banjara Hills Road No. 12", "Gachibowli Stadium",
           "Secunderabad Station"],
          ["Koregaon Park Lane 6", "Hinjewadi Phase 2", "Pune Station", "Viman Nagar, Phoenix Mall"],
          ["Sector 18 Noida Metro", "Connaught Place, Block A", "Saket Select Citywalk",
           "Cyber Hub, Gurugram"]]
RIDE_WORDS = {
    "success": ["Payment successful", "Paid", "Payment received"],
    "failed": ["Payment failed", "Online payment failed - please pay the captain"],
    "pending": ["Payment pending", "Payment under process"],
}


@fitted
def ride_receipt(rng: random.Random, font: str):
    """A bike taxi's, auto's or cab's invoice screen (Rapido, Ola, Namma Yatri): the app on top, the ride's
    day and time, its own number (Ride ID / CRN), the vehicle kind, the captain or driver with the vehicle's
    number and a rating, pickup and drop with their times, distance and duration, the fare lines (ride fare,
    pick-up or waiting charges, a platform fee with its GST, tolls, a coupon off, a rounding), the total, the
    way paid (cash, UPI, the app's wallet, a card), a payment reference on a share, an outcome on most, and a
    pass's or an offer's validity day or the day a cashback is due."""
    app = rng.choice(list(RIDES))
    id_label, make_id, wallet, vehicles = RIDES[app]
    vehicle = rng.choice(vehicles)
    m = Cash(rng, font, marks=("₹", "₹", "₹", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    km = round(rng.uniform(2.1, 24.0), 1)
    per_km = {"Bike": 7.0, "Auto": 15.0}.get(vehicle, 19.0)
    fare = float(round(rng.choice([25, 30, 40]) + km * per_km))
    parts = [("Ride fare", fare)]
    if rng.random() < 0.4:
        extra = rng.choice(["Pick-up charges", "Waiting charges"])
        parts.append((extra, float(rng.choice([10, 15, 20, 30]))))
    if app != "Namma Yatri" and rng.random() < 0.6:
        fee = float(rng.choice([5, 8, 10, 12]))
        parts.append(("Platform fee", fee))
        parts.append(("GST on platform fee (18%)", round(fee * 0.18, 2)))
    if vehicle not in ("Bike", "Auto") and rng.random() < 0.3:
        parts.append(("Toll", float(rng.choice([25, 45, 70]))))
    coupon = float(rng.choice([10, 15, 25, 40])) if app != "Namma Yatri" and rng.random() < 0.35 else 0.0
    raw = round(sum(v for _, v in parts) - coupon, 2)
    total = float(round(raw))
    rounding = round(total - raw, 2)
    status, words = said(rng, RIDE_WORDS, p_said=0.7)
    heading = rng.choice(["Ride invoice", "Ride details", "Trip receipt"])
    rows: list[tuple] = [bar(rng, "UK"), ("title", app), ("center", heading)]
    if words:
        rows.append(("center", words))
    rows.append(("big", m(total)))
    start, minutes = rng.randrange(7 * 60, 22 * 60), rng.randrange(8, 70)
    end = start + minutes
    dated = None
    if shown(rng, 0.15):
        dated = paid
        rows.append(("center", f"{stamp(paid, pat)}, {(end // 60 - 1) % 12 + 1:02d}:{end % 60:02d} "
                               f"{'PM' if end // 60 >= 12 else 'AM'}"))
    ride_no = make_id(rng)
    rows.append(("pair", id_label, ride_no))
    rows.append(("pair", rng.choice(["Vehicle", "Service"]), f"{vehicle}  {indian_plate(rng)}"))
    driver = rng.choice(["Manjunath K", "Ravi Shankar", "Mohd. Asif", "Suresh Babu", "Harpreet Singh",
                         "Lokesh Gowda", "Santosh Pawar", "Abdul Rehman"])
    rows.append(("pair", rng.choice(["Captain", "Driver"]), f"{driver}  {rng.choice(['4.6', '4.8', '4.9'])}"))
    pick, drop = rng.sample(rng.choice(PLACES), 2)
    rows.append(("left", f"Pickup  {start // 60:02d}:{start % 60:02d}  {pick}"))
    rows.append(("left", f"Drop  {end // 60 % 24:02d}:{end % 60:02d}  {drop}"))
    rows.append(("pair", "Distance / Time", f"{km} km / {minutes} min"))
    rows.append(("rule",))
    for label, value in parts:
        rows.append(("pair", label, m(value)))
    if coupon:
        rows.append(("pair", rng.choice(["Coupon", "Offer discount"]), m(coupon, "- ")))
    if rounding:
        rows.append(("pair", "Rounding off", f"{'-' if rounding < 0 else ''}{m.bare(abs(rounding))}"))
    last = "Amount payable" if status != "success" else "Total paid"
    total_label = rng.choice(["Total fare", "Total", last])
    rows.append(("pair", total_label, m(total)))
    method = None
    txn = ride_no
    if shown(rng, 0.15):
        options = ["cash", "cash"] * (status in (None, "success")) + ["UPI", "UPI"]
        options += (["wallet"] if wallet else []) + (["card"] if app == "Ola" else [])
        kind = rng.choice(options)
        ways = {"cash": rng.choice(["Cash", "Cash to captain"]),
                "UPI": rng.choice(["UPI", "UPI (to captain)", f"{rng.choice(UPI_APPS)} UPI"]),
                "wallet": wallet or "", "card": f"Card xx{digits(rng, 4)}"}
        way = ways[kind]
        method = kind
        rows.append(("pair", rng.choice(["Paid by", "Payment mode", "Paid via"]), way))
        if kind == "UPI" and rng.random() < 0.5:
            txn = upi_ref(rng)
            rows.append(("pair", rng.choice(["UPI Ref No.", "UPI transaction ID"]), txn))
        elif kind in ("wallet", "card") and rng.random() < 0.5:
            txn = code(rng, 3, UPPER) + digits(rng, 11)
            rows.append(("pair", "Transaction ID", txn))
    later_day = after(paid, rng, 3, 60)
    rows.append(("small", rng.choice([f"{app} Pass valid till {stamp(later_day, pat)}",
                                      f"Offer valid till {stamp(later_day, pat)}",
                                      f"Cashback will be credited by {stamp(after(paid, rng, 1, 7), pat)}",
                                      f"Report an issue before {stamp(after(paid, rng, 2, 7), pat)}"])))
    if app == "Rapido":
        rows.append(("small", "Ride fare collected on behalf of the captain"))
    return rows, done(app, total, "INR", txn, dated, method, status), screen(rng, SCREEN, rows, p_dark=0.3)


# ---------------------------------------------------------------- 6 an LPG refill's payment or cash memo

LPG_BRANDS = {  # brand on top, its company, its distributors
    "Indane": ("Indian Oil Corporation Ltd.", ["SHREE SAI INDANE GAS SERVICE", "JYOTI INDANE GRAMIN VITRAK",
                                                "MAHALAXMI INDANE AGENCY"]),
    "HP Gas": ("Hindustan Petroleum Corporation Ltd.", ["GANESH HP GAS AGENCY", "SRI KRISHNA HP GAS",
                                                         "VINAYAKA HP GAS DISTRIBUTORS"]),
    "Bharatgas": ("Bharat Petroleum Corporation Ltd.", ["ANNAPURNA BHARATGAS", "NEW CITY BHARAT GAS SERVICE",
                                                         "KAVERI BHARATGAS AGENCY"]),
}
LPG_WORDS = {
    "success": ["Payment Successful", "Payment received", "Transaction successful"],
    "failed": ["Payment failed - booking not paid", "Transaction failed"],
    "pending": ["Payment under process", "Payment pending - do not pay again"],
}


@fitted
def lpg_refill(rng: random.Random, font: str):
    """An LPG refill paid online on the brand's web page (Indane, HP Gas, Bharatgas) or on the distributor's
    cash memo at delivery. The web page: the brand on top and its oil company, the consumer number and the
    17-digit LPG ID, the distributor and its code, the booking's own number and day (the payment on the same
    day or a later one), the cylinder, the refill price, delivery charges and an online payment discount, the
    amount paid, the way paid, the transaction ID or bank reference, the payment day, an expected delivery day
    and the delivery authentication code (DAC). The cash memo: the distributor on top in capitals with its
    brand and code, the memo's own number and day (the delivery, paid then), the consumer's number, name and
    address, the booking's number and earlier day, the cylinder, rate, delivery charges and total, the way
    paid (cash or UPI with its reference on a share), the DAC verified and the delivery man, and the last
    refill's day."""
    brand = rng.choice(list(LPG_BRANDS))
    company, distributors = LPG_BRANDS[brand]
    pat = pattern(rng)
    paid = day(rng)
    booked = paid if rng.random() < 0.6 else before(paid, rng, 1, 4)
    price = float(rng.choice([803, 853, 855.5, 829, 868.5, 918.5, 879]))
    consumer = digits(rng, rng.choice([6, 7, 8]))
    lpg_id = "7" + digits(rng, 16)
    booking_no = digits(rng, rng.choice([8, 10]))
    distributor = rng.choice(distributors)
    if rng.random() < 0.55:  # the web page
        m = Cash(rng, font, marks=("₹", "₹", "Rs.", "INR"))
        discount = float(rng.choice([5, 10])) if rng.random() < 0.3 else 0.0
        total = round(price - discount, 2)
        status, words = said(rng, LPG_WORDS, p_said=0.8)
        rows: list[tuple] = [("title", brand), ("center", company),
                             ("center", rng.choice(["Online Payment Receipt", "Refill Payment Details",
                                                    "Pay for Refill"]))]
        if words:
            rows.append(("center", words))
        rows.append(("rule",))
        rows.append(("pair", rng.choice(["Consumer No.", "Consumer Number"]), consumer))
        rows.append(("pair", "LPG ID", lpg_id))
        rows.append(("pair", "Distributor", f"{distributor} ({digits(rng, 6)})"))
        rows.append(("pair", rng.choice(["Booking No.", "Order No.", "Booking Reference No."]), booking_no))
        rows.append(("pair", "Booking Date", stamp(booked, pat)))
        rows.append(("pair", "Product", "14.2 Kg Domestic Cylinder"))
        rows.append(("pair", "Refill Price", m(price)))
        rows.append(("pair", "Delivery Charges", m(0.0)))
        if discount:
            rows.append(("pair", "Online payment discount", m(discount, "- ")))
        totals = (["Amount Paid", "Total Amount", "Net Amount Paid"] if status in (None, "success")
                  else ["Total Amount", "Amount", "Net Amount"])
        rows.append(("pair", rng.choice(totals), m(total)))
        method = None
        if shown(rng, 0.15):
            way, method = way_in_india(rng, ["UPI", "UPI", "card", "netbanking", "wallet"])
            rows.append(("pair", rng.choice(["Payment Mode", "Paid through"]), way))
        txn = booking_no
        if shown(rng, 0.2):
            bank_ref = rng.choice([digits(rng, 12), code(rng, 4, UPPER) + digits(rng, 10)])
            txn = upi_ref(rng) if method == "UPI" else bank_ref
            ref_label = rng.choice(["UPI Ref. No." if method == "UPI" else "Bank Ref. No.", "Transaction ID"])
            rows.append(("pair", ref_label, txn))
        dated = None
        if shown(rng, 0.15):
            dated = paid
            taken = status in (None, "success")
            date_label = rng.choice(["Payment Date", "Transaction Date"] + ["Paid on"] * taken)
            when = f"{stamp(paid, pat)} {hour(rng, rng.random() < 0.5, seconds=True)}"
            rows.append(("pair", date_label, when))
        rows.append(("pair", "Expected Delivery", stamp(after(paid, rng, 1, 5), pat)))
        if status != "failed" and rng.random() < 0.6:
            rows.append(("pair", "DAC", digits(rng, 4)))
        rows.append(("small", "Share the DAC with the delivery person only after the cylinder is delivered."))
        return rows, done(brand, total, "INR", txn, dated, method, status), screen(rng, WEB, rows, p_dark=0.0,
                                                                                 p_band=0.4)
    m = Cash(rng, font, dash=0.4, marks=("₹", "Rs.", "Rs"))
    delivery = float(rng.choice([0, 0, 20, 25, 30]))
    total = round(price + delivery, 2)
    memo_date = paid
    rows = [("title", distributor), ("center", f"Distributor: {brand} ({company})"),
            ("center", f"Dist. Code {digits(rng, 6)}  GSTIN {gstin(rng)}"),
            ("center", rng.choice(["CASH MEMO", "CASH MEMO / TAX INVOICE"])), ("rule",)]
    memo = digits(rng, rng.choice([6, 7, 8]))
    rows.append(("pair", rng.choice(["Cash Memo No.", "Memo No.", "C.M. No."]), memo))
    dated = None
    if shown(rng, 0.1):
        dated = memo_date
        rows.append(("pair", rng.choice(["Cash Memo Date", "Date", "Memo Date"]), stamp(memo_date, pat)))
    rows.append(("pair", "Consumer No.", consumer))
    rows.append(("pair", "Name", rng.choice(PEOPLE)))
    address = rng.choice(["Flat 302, Sai Residency", "H.No. 4-12/7, Gandhi Nagar", "Plot 18, Shivaji Colony"])
    rows.append(("left", f"Address: {address}"))
    rows.append(("pair", "Booking No.", booking_no))
    rows.append(("pair", "Booking Date", stamp(before(paid, rng, 1, 6), pat)))
    if rng.random() < 0.5:
        rows.append(("pair", "Last Refill", stamp(before(paid, rng, 25, 70), pat)))
    rows.append(("rule",))
    rows.append(("pair", "14.2 KG CYL x 1", m.bare(price)))
    if delivery:
        rows.append(("pair", "Home Delivery Charges", m.bare(delivery)))
    rows.append(("pair", rng.choice(["TOTAL", "Total Amount", "Net Amount"]), m(total)))
    rows.append(("small", "Price includes GST @5%"))
    method, txn = None, memo
    if shown(rng, 0.15):
        if rng.random() < 0.6:
            method = "cash"
            rows.append(("pair", rng.choice(["Mode of Payment", "Paid by"]), rng.choice(["Cash", "CASH"])))
        else:
            method = "UPI"
            rows.append(("pair", rng.choice(["Mode of Payment", "Paid by"]), rng.choice(["UPI", "UPI (QR)"])))
            if rng.random() < 0.6:
                txn = upi_ref(rng)
                rows.append(("pair", "UPI Ref No.", txn))
    status = None
    if rng.random() < 0.4:
        status = "success"
        rows.append(("center", rng.choice(["PAID", "Amount received - thank you"])))
    rows.append(("pair", "DAC Verified", digits(rng, 4)))
    rows.append(("pair", "Delivered by", rng.choice(["Ramesh", "Sunil K", "Iqbal", "Venkatesh"])))
    rows.append(("small", "Check the seal and weight before accepting the cylinder."))
    return rows, done(distributor, total, "INR", txn, dated, method, status), dict(SHEET)


# ---------------------------------------------------------------- 7 an insurance premium receipt

INSURERS = {  # name on top, kind, plans, policy number's shape
    "LIFE INSURANCE CORPORATION OF INDIA": ("life", ["Jeevan Anand (915)", "New Endowment Plan (914)",
                                                     "Jeevan Labh (936)", "Bima Jyoti (860)"],
                                            lambda rng: digits(rng, 9)),
    "HDFC Life": ("life", ["HDFC Life Click 2 Protect Super", "HDFC Life Sanchay Plus",
                           "HDFC Life Sampoorn Nivesh"], lambda rng: digits(rng, 8)),
    "ICICI Prudential Life Insurance": ("life", ["ICICI Pru iProtect Smart", "ICICI Pru GIFT Pro"],
                                       lambda rng: code(rng, 2, UPPER) + digits(rng, 6)),
    "Star Health and Allied Insurance Co. Ltd.": ("health", ["Family Health Optima", "Star Comprehensive",
                                                             "Young Star Insurance Policy"], lambda rng: (
        f"P/{digits(rng, 6)}/01/{rng.randrange(2025, 2027)}/{digits(rng, 6)}")),
    "Niva Bupa Health Insurance": ("health", ["ReAssure 2.0", "Health Companion"],
                                   lambda rng: digits(rng, 11)),
}
PREMIUM_WORDS = {
    "success": ["Premium received with thanks", "Payment successful", "Renewal successful"],
    "failed": ["Payment failed - premium not received", "Transaction failed"],
    "pending": ["Payment under process - receipt is provisional", "Payment pending confirmation from bank"],
}
MODES = {"Yearly": 1, "Half-yearly": 2, "Quarterly": 4, "Monthly": 12}


@fitted
def insurance_premium(rng: random.Random, font: str):
    """An insurer's premium receipt (LIC, HDFC Life, ICICI Prudential, Star Health, Niva Bupa): the insurer on
    top with its IRDAI registration and GSTIN, the receipt's own number, the policy number, the policyholder
    or proposer, the plan and term, the premium mode, the premium due date (FUP) or the policy period, the
    date of commencement, the sum assured or insured, the instalment premium, GST, a late fee or interest on a
    share of life policies, the total received, the way paid (net banking, UPI, a card, cash or a cheque), the
    bank's reference on a share, the day received, the next due date, the branch and agent codes, and an
    outcome on most."""
    insurer = rng.choice(list(INSURERS))
    kind, plans, make_policy = INSURERS[insurer]
    m = Cash(rng, font, dash=0.2, marks=("₹", "₹", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    policy = make_policy(rng)
    rows: list[tuple] = [("title", insurer),
                         ("center", f"IRDAI Regn. No. {rng.randrange(101, 160)}  |  GSTIN {gstin(rng)}")]
    rows.append(("center", rng.choice(["PREMIUM RECEIPT", "Renewal Premium Receipt",
                                       "Premium Payment Acknowledgement"])))
    status, words = said(rng, PREMIUM_WORDS, p_said=0.7)
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    receipt_no = rng.choice([digits(rng, 10), f"R{digits(rng, 9)}", f"{code(rng, 3, UPPER)}{digits(rng, 8)}"])
    if status == "failed":
        receipt_no = None  # no receipt is issued for a payment that failed
    else:
        receipt_label = rng.choice(["Receipt No.", "Receipt Number", "Premium Receipt No."])
        rows.append(("pair", receipt_label, receipt_no))
    rows.append(("pair", rng.choice(["Policy No.", "Policy Number"]), policy))
    if rng.random() < 0.4:
        rows.append(("pair", "Customer ID", digits(rng, 8)))
    rows.append(("pair", "Policyholder" if kind == "life" else "Proposer", rng.choice(PEOPLE)))
    rows.append(("pair", "Plan", rng.choice(plans)))
    if kind == "life":
        mode = rng.choice(list(MODES))
        due = before(paid, rng, 0, 14 if mode == "Monthly" else 30)
        start = due.replace(year=due.year - rng.randrange(1, 12))
        cover = float(rng.choice([500000, 1000000, 2500000, 5000000]))
        premium = float(round(cover / rng.choice([18, 25, 40]) / MODES[mode]))
        rows.append(("pair", "Date of Commencement", stamp(start, pat)))
        rows.append(("pair", "Mode", mode))
        rows.append(("pair", rng.choice(["Premium Due Date", "Due Date (FUP)", "FUP"]), stamp(due, pat)))
        rows.append(("pair", "Sum Assured", m(cover)))
        gst_rate = 0.045 if rng.random() < 0.6 else 0.0225
        nxt = dt.date(due.year + (due.month + 12 // MODES[mode] - 1) // 12,
                      (due.month + 12 // MODES[mode] - 1) % 12 + 1, min(due.day, 28))
    else:
        mode = "Yearly"
        start = after(paid, rng, 0, 20)
        end = dt.date(start.year + 1, start.month, min(start.day, 28)) - dt.timedelta(days=1)
        cover = float(rng.choice([500000, 1000000, 1500000, 2500000]))
        premium = float(rng.choice([14820, 18950, 23410, 31275, 9842]))
        rows.append(("pair", "Policy Period", f"{stamp(start, pat)} to {stamp(end, pat)}"))
        rows.append(("pair", "Sum Insured", m(cover)))
        gst_rate = 0.18
        nxt = end + dt.timedelta(days=1)
    gst = round(premium * gst_rate, 2)
    late = round(premium * rng.choice([0.01, 0.015]), 2) if kind == "life" and rng.random() < 0.3 else 0.0
    total = round(premium + gst + late, 2)
    rows.append(("rule",))
    rows.append(("pair", "Instalment Premium" if kind == "life" else "Premium", m(premium)))
    rows.append(("pair", f"GST @{gst_rate * 100:g}%", m(gst)))
    if late:
        rows.append(("pair", rng.choice(["Late Fee", "Interest for late payment"]), m(late)))
    totals = (["Total Amount Received", "Total Premium Paid", "Amount Received", "Total Amount"]
              if status in (None, "success") else ["Total Premium", "Total Amount", "Amount"])
    rows.append(("pair", rng.choice(totals), m(total)))
    method = None
    if shown(rng, 0.15):
        way, method = way_in_india(rng, ["netbanking", "UPI", "card", "cash", "cheque"])
        rows.append(("pair", rng.choice(["Mode of Payment", "Payment Mode", "Paid by"]), way))
    txn = receipt_no
    if method not in ("cash", None) and not way.startswith(("Cheque", "DD")) and rng.random() < 0.5:
        bank_ref = rng.choice([digits(rng, 12), code(rng, 4, UPPER) + digits(rng, 8)])
        txn = upi_ref(rng) if method == "UPI" else bank_ref
        ref_label = "UPI Ref No." if method == "UPI" else rng.choice(["Bank Ref. No.", "Transaction ID"])
        rows.append(("pair", ref_label, txn))
    dated = None
    if shown(rng, 0.15):
        dated = paid
        rows.append(("pair", rng.choice(["Date of Receipt", "Receipt Date", "Payment Date"] +
                                        ["Paid on"] * (status in (None, "success"))),
                     stamp(paid, pat)))
    if status != "failed":
        rows.append(("pair", "Next Due Date" if kind == "life" else "Renewal Due", stamp(nxt, pat)))
    rows.append(("pair", "Branch / Agent Code", f"{code(rng, 2, UPPER)}{digits(rng, 3)} / {digits(rng, 8)}"))
    rows.append(("small", "Premium paid qualifies for deduction under Sec 80C / 80D as applicable."))
    style = dict(FORM if rng.random() < 0.5 else SHEET)
    return rows, done(insurer, total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 8 a housing society's maintenance receipt

SOCIETIES = [
    ("Sai Krupa Co-operative Housing Society Ltd.", "Plot 14, Sector 17, Vashi, Navi Mumbai 400703",
     lambda rng: f"Regn. No. NBO/HSG/(TC)/{digits(rng, 4)}/{rng.randrange(1988, 2012)}"),
    ("Green Valley Apartment Owners' Association", "Kanakapura Road, Bengaluru 560062",
     lambda rng: f"Regd. under KAOA 1972, No. {digits(rng, 3)}/{rng.randrange(2005, 2020)}"),
    ("Lodha Amara Tower 12 CHS Ltd.", "Kolshet Road, Thane (W) 400607",
     lambda rng: f"Regn. No. TNA/(TNA)/HSG/(TC)/{digits(rng, 5)}/{rng.randrange(2015, 2022)}"),
    ("Prestige Shantiniketan Apartment Owners Association", "Whitefield Main Road, Bengaluru 560048",
     lambda rng: f"Regn. No. {digits(rng, 3)}/{rng.randrange(2006, 2012)}-{rng.randrange(7, 13):02d}"),
    ("C-Block Residents Welfare Association, DLF Phase 2", "Gurugram, Haryana 122002",
     lambda rng: f"Regd. No. {digits(rng, 4)} of {rng.randrange(1995, 2015)}"),
    ("Rajhans Vihar Sahakari Griha Nirman Sanstha", "Baner Road, Pune 411045",
     lambda rng: f"Regn. No. PNA/HSG/{digits(rng, 4)}/{rng.randrange(1990, 2010)}"),
]
SOCIETY_WORDS = {
    "success": ["PAID", "Payment received - thank you", "Payment successful"],
    "failed": ["Cheque returned unpaid", "Payment failed"],
    "pending": ["Cheque deposited - pending clearance", "Payment pending"],
}


@fitted
def society_maintenance(rng: random.Random, font: str):
    """A housing society's maintenance receipt as its office prints it: the society on top with its
    registration number and address, the receipt's own number and day, the member and the flat (wing, floor),
    the bill it pays (its number, period, bill date and due date), the heads (maintenance, sinking fund,
    repair fund, water, parking, non-occupancy), arrears and interest on arrears or a late fee, the total due,
    the amount received (all of it, or a part with the balance outstanding), the way paid (a cheque with its
    number, date and bank, NEFT or IMPS with its UTR, UPI with its reference, or cash), an outcome on a share,
    and the treasurer's signature."""
    name, address, regn = rng.choice(SOCIETIES)
    m = Cash(rng, font, dash=0.45, marks=("₹", "Rs.", "Rs", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    quarterly = rng.random() < 0.5
    months = 3 if quarterly else 1
    start = dt.date(paid.year, paid.month, 1)
    if rng.random() < 0.5:
        start = (start - dt.timedelta(days=1)).replace(day=1)
    end_month = start.month + months - 1
    end = dt.date(start.year + (end_month - 1) // 12, (end_month - 1) % 12 + 1, 1)
    period = (f"{when_text(start, '{mon} %Y')} - {when_text(end, '{mon} %Y')}" if quarterly
              else when_text(start, "{month} %Y"))
    bill_date = before(start, rng, 0, 5) if start <= paid else start
    due = bill_date + dt.timedelta(days=rng.choice([10, 15, 20]))
    if due == paid:
        due += dt.timedelta(days=1)
    heads = [("Maintenance Charges", float(rng.choice([2400, 3150, 4200, 5600]) * months)),
             ("Sinking Fund", float(rng.choice([250, 300, 450]) * months))]
    if rng.random() < 0.6:
        heads.append(("Repair Fund", float(rng.choice([200, 350]) * months)))
    if rng.random() < 0.5:
        heads.append(("Water Charges", float(rng.choice([300, 450, 600]) * months)))
    if rng.random() < 0.4:
        heads.append(("Parking Charges", float(rng.choice([250, 500]) * months)))
    if rng.random() < 0.2:
        heads.append(("Non-Occupancy Charges", float(rng.choice([420, 630]) * months)))
    late = paid > due and rng.random() < 0.7
    if rng.random() < 0.3:
        heads.append(("Arrears", float(rng.choice([1850, 3200, 6400]))))
    if late:
        heads.append((rng.choice(["Interest on Arrears @21% p.a.", "Late Payment Fee"]),
                      float(rng.choice([85, 150, 250]))))
    due_total = round(sum(v for _, v in heads), 2)
    part = rng.random() < 0.2
    received = float(round(due_total * rng.choice([0.5, 0.6]), -2)) if part else due_total
    roll = rng.random()
    if roll < 0.3:
        status, words = said(rng, SOCIETY_WORDS, p_said=0.6, p_success=0.4, p_failed=0.3)
    else:
        status, words = said(rng, {k: [w for w in v if "Cheque" not in w] for k, v in SOCIETY_WORDS.items()},
                             p_said=0.5, p_success=0.8, p_failed=0.1)
    taken = status in (None, "success")
    rows: list[tuple] = [("title", name), ("center", address), ("center", regn(rng)), ("center", "RECEIPT"),
                         ("rule",)]
    receipt_no = rng.choice([digits(rng, 4), f"MR/{paid.year % 100}-{paid.year % 100 + 1}/{digits(rng, 4)}",
                             f"{digits(rng, 3)}/{start.year}"])
    rows.append(("pair", rng.choice(["Receipt No.", "Rcpt. No.", "Receipt No"]), receipt_no))
    dated = None
    if shown(rng, 0.1):
        dated = paid
        rows.append(("pair", rng.choice(["Date", "Receipt Date"] + ["Paid on"] * taken), stamp(paid, pat)))
    rows.append(("pair", rng.choice(["Member", "Name of Member", "Received from"]),
                 rng.choice(PEOPLE)))
    rows.append(("pair", rng.choice(["Flat No.", "Unit No.", "Flat"]),
                 f"{rng.choice('ABCDE')}-{rng.randrange(1, 22)}{rng.randrange(1, 9):02d}"))
    rows.append(("pair", rng.choice(["Bill No.", "Against Bill No."]), f"{start.year % 100}{start.month:02d}/"
                                                                        f"{digits(rng, 3)}"))
    rows.append(("pair", rng.choice(["Period", "For the period", "Bill Period"]), period))
    if rng.random() < 0.6:
        rows.append(("pair", "Bill Date", stamp(bill_date, pat)))
    rows.append(("pair", "Due Date", stamp(due, pat)))
    rows.append(("rule",))
    for label, value in heads:
        rows.append(("pair", label, m.bare(value)))
    rows.append(("pair", rng.choice(["Total Due", "Total Payable"]), m(due_total)))
    rows.append(("pair", rng.choice(["Amount Received", "Amount Paid", "Received Amount"] if taken else
                                    ["Amount", "Amount Tendered"]), m(received)))
    if part and taken:
        owed = round(due_total - received, 2)
        rows.append(("pair", rng.choice(["Balance Outstanding", "Balance Due"]), m(owed)))
    txn = receipt_no
    if roll < 0.3:
        method = None
        cheque_day = before(paid, rng, 0, 6)
        rows.append(("left", f"By Cheque No. {digits(rng, 6)} dated {stamp(cheque_day, pat)}"))
        rows.append(("left", f"drawn on {rng.choice(IN_BANKS)}"))
    else:
        if roll < 0.55:
            method = "netbanking"
            way = rng.choice(["NEFT", "IMPS", "Bank Transfer"])
            rows.append(("pair", rng.choice(["Mode", "Payment Mode"]), way))
            if shown(rng, 0.3):
                utr = f"{rng.choice(['HDFC', 'SBIN', 'ICIC', 'UTIB'])}N{digits(rng, 11)}"
                txn = rng.choice([utr, digits(rng, 12)])
                rows.append(("pair", rng.choice(["UTR No.", "UTR", "Txn Ref No."]), txn))
        elif roll < 0.8:
            method = "UPI"
            way = rng.choice(["UPI", "UPI / GPay", "PhonePe"])
            rows.append(("pair", rng.choice(["Mode", "Payment Mode"]), way))
            if shown(rng, 0.3):
                txn = upi_ref(rng)
                rows.append(("pair", rng.choice(["UPI Ref No.", "UPI Ref"]), txn))
        else:
            method = "cash"
            rows.append(("pair", rng.choice(["Mode", "Payment Mode"]), "Cash"))
    if words:
        rows.append(("center", words))
    rows.append(("gap",))
    rows.append(("pair", rng.choice(["Treasurer", "Hon. Secretary"]), "(signed)"))
    rows.append(("small", "Subject to realisation of cheque. Interest @21% p.a. on dues after the due date."
                          if roll < 0.3 else "Interest @21% p.a. is charged on dues after the due date."))
    style = dict(FORM if rng.random() < 0.6 else SHEET)
    return rows, done(name, received, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 9 a hospital's final bill or a lab's bill

HOSPITALS = [("Apollo Hospitals", "Greams Road, Chennai 600006", "APJ1"),
             ("Fortis Hospital", "Bannerghatta Road, Bengaluru 560076", "FHB"),
             ("Manipal Hospital", "HAL Airport Road, Bengaluru 560017", "MH"),
             ("Kokilaben Dhirubhai Ambani Hospital", "Four Bungalows, Andheri (W), Mumbai 400053", "KDAH"),
             ("Max Super Speciality Hospital", "Press Enclave Road, Saket, New Delhi 110017", "MAX"),
             ("Ruby Hall Clinic", "Sassoon Road, Pune 411001", "RHC")]
LABS = [("Dr Lal PathLabs", "DLPL"), ("SRL Diagnostics", "SRL"), ("Metropolis Healthcare", "MHL"),
        ("Thyrocare", "TC"), ("Neuberg Diagnostics", "NBG")]
TESTS = [("Complete Blood Count (CBC)", 350), ("Lipid Profile", 650), ("HbA1c", 550),
         ("Thyroid Profile (T3 T4 TSH)", 600),
         ("Vitamin D 25-Hydroxy", 1450), ("Liver Function Test", 800), ("Kidney Function Test", 900),
         ("Vitamin B12", 1100), ("Urine Routine", 200), ("Fasting Blood Sugar", 120)]
DOCTORS = ["Dr. S. Raghavan", "Dr. Meera Kapoor", "Dr. Anil Deshmukh", "Dr. Fatima Shaikh", "Dr. R. K. Gupta"]
HOSPITAL_WORDS = {
    "success": ["PAID", "Payment received", "Bill settled"],
    "failed": ["Payment failed", "Transaction declined - payment not received"],
    "pending": ["Payment pending", "Payment under process"],
}


@fitted
def hospital_bill(rng: random.Random, font: str):
    """A hospital's in-patient final bill cum receipt at discharge, or a diagnostic lab's bill. The final
    bill: the hospital on top, UHID, IP number, the bill's own number and day, the patient and consultant,
    ward and bed, admission and discharge with their days, the charges (room, nursing, doctor's visits,
    pharmacy, investigations, procedure, consumables), gross, a discount, the net bill, advances paid on
    earlier days with their receipt numbers, an insurer's (TPA) approved share on a share, the net payable now
    and the amount received, the receipt's number, the way paid and a card's auth code or UPI reference on a
    share. The lab's bill: the lab on top, the visit's and the patient's ids, the referring doctor, tests and
    prices, home collection, a discount, the total, the amount paid now and a balance due on a share, the way
    paid, the sample's day and the day the report is due."""
    pat = pattern(rng)
    paid = day(rng)
    status, words = said(rng, HOSPITAL_WORDS, p_said=0.6, p_success=0.6, p_failed=0.2)
    if rng.random() < 0.55:
        name, address, prefix = rng.choice(HOSPITALS)
        m = Cash(rng, font, marks=("₹", "Rs.", "INR"))
        stay = rng.randint(1, 6)
        admitted = paid - dt.timedelta(days=stay)
        charges = [("Room Rent", float(rng.choice([3500, 5500, 8000]) * stay)),
                   ("Nursing Charges", float(rng.choice([800, 1200]) * stay)),
                   ("Consultant Visits", float(rng.choice([1200, 1500, 2000]) * stay)),
                   ("Pharmacy", round(rng.uniform(2500, 40000), 2)),
                   ("Investigations", float(rng.choice([3200, 6800, 11450]))),
                   ("Consumables", round(rng.uniform(900, 9000), 2))]
        if rng.random() < 0.5:
            charges.append(("OT / Procedure Charges", float(rng.choice([25000, 48000, 85000]))))
        gross = round(sum(v for _, v in charges), 2)
        discount = round(gross * 0.05, 2) if rng.random() < 0.3 else 0.0
        net = round(gross - discount, 2)
        advances = [(before(paid, rng, 1, stay), float(rng.choice([10000, 20000, 25000])))
                    for _ in range(rng.choice([0, 1, 1, 2]))]
        tpa = round(net * rng.choice([0.5, 0.7]), 0) if rng.random() < 0.3 else 0.0
        payable = round(net - sum(v for _, v in advances) - tpa, 2)
        if payable <= 0:
            advances, payable = [], round(net - tpa, 2)
        rows: list[tuple] = [("title", name), ("center", address),
                             ("center", rng.choice(["IP FINAL BILL CUM RECEIPT", "FINAL BILL",
                                                    "DISCHARGE BILL"])), ("rule",)]
        uhid = f"{prefix}.{digits(rng, 10)}" if rng.random() < 0.5 else f"{prefix}{digits(rng, 8)}"
        rows.append(("pair", "UHID", uhid))
        ip_label = rng.choice(["IP No.", "IP Number", "Admission No."])
        rows.append(("pair", ip_label, f"IP/{paid.year % 100}/{digits(rng, 6)}"))
        year = paid.year % 100
        bill_no = f"{rng.choice(['IPB', 'FB', 'BL'])}/{year}-{year + 1}/{digits(rng, 6)}"
        rows.append(("pair", "Bill No.", bill_no))
        dated = None
        if shown(rng, 0.15):
            dated = paid
            rows.append(("pair", rng.choice(["Bill Date", "Date"]), stamp(paid, pat)))
        patient = f"{rng.choice(PEOPLE)}  ({rng.randrange(18, 85)} Y / {rng.choice('MF')})"
        rows.append(("pair", "Patient", patient))
        rows.append(("pair", "Consultant", rng.choice(DOCTORS)))
        ward = rng.choice(["Twin Sharing", "Single Room", "General Ward", "ICU"])
        rows.append(("pair", "Ward / Bed", f"{ward} / {rng.randrange(100, 900)}-{rng.choice('ABC')}"))
        rows.append(("pair", "Admission", f"{stamp(admitted, pat)} {hour(rng, False)}"))
        rows.append(("pair", "Discharge", f"{stamp(paid, pat)} {hour(rng, False)}"))
        rows.append(("rule",))
        for label, value in charges:
            rows.append(("pair", label, m.bare(value)))
        rows.append(("pair", "Gross Amount", m(gross)))
        if discount:
            rows.append(("pair", "Discount", m(discount, "- ")))
        rows.append(("pair", "Net Bill Amount", m(net)))
        for when, value in advances:
            advance = f"Less: Advance (Rcpt {digits(rng, 6)} dt {stamp(when, pat)})"
            rows.append(("pair", advance, m(value, "- ")))
        if tpa:
            tpa_name = rng.choice(["Medi Assist", "Paramount", "Vidal Health"])
            rows.append(("pair", f"Less: Approved by TPA ({tpa_name})", m(tpa, "- ")))
            rows.append(("pair", "Claim / Pre-auth No.", f"{digits(rng, 9)}"))
        payable_label = rng.choice(["Net Payable", "Balance Payable", "Amount Payable by Patient"])
        rows.append(("pair", payable_label, m(payable)))
        txn = bill_no
        if status in (None, "success"):
            txn = f"{rng.choice(['IPR', 'RC'])}{digits(rng, 8)}"
            rows.append(("pair", rng.choice(["Amount Received", "Received Now"]), m(payable)))
            rows.append(("pair", "Receipt No.", txn))
        style = dict(SHEET)
        total = payable
    else:
        name, prefix = rng.choice(LABS)
        m = Cash(rng, font, marks=("₹", "Rs.", "Rs", "INR"))
        tests = rng.sample(TESTS, rng.randint(2, 5))
        home = float(rng.choice([0, 0, 150, 200]))
        gross = float(sum(p for _, p in tests)) + home
        discount = float(round(gross * rng.choice([0.1, 0.15, 0.2]))) if rng.random() < 0.4 else 0.0
        net = round(gross - discount, 2)
        part = rng.random() < 0.2
        total = float(round(net * 0.5, -1)) if part else net
        centre = rng.choice(["Patient Service Centre", "Collection Centre"])
        area = rng.choice(["Jayanagar", "Andheri East", "Salt Lake", "Madhapur"])
        rows = [("title", name), ("center", f"{centre}, {area}"), ("center", "BILL / RECEIPT"), ("rule",)]
        bill_no = f"{prefix}{digits(rng, 9)}"
        rows.append(("pair", rng.choice(["Bill No.", "Invoice No."]), bill_no))
        rows.append(("pair", rng.choice(["Visit ID", "Lab ID", "Reg. No."]), digits(rng, 10)))
        rows.append(("pair", "Patient", f"{rng.choice(PEOPLE)}  {rng.randrange(5, 85)}Y/{rng.choice('MF')}"))
        rows.append(("pair", "Ref. By", rng.choice(DOCTORS + ["Self"])))
        dated = None
        if shown(rng, 0.15):
            dated = paid
            rows.append(("pair", rng.choice(["Bill Date", "Date", "Receipt Date"]),
                         f"{stamp(paid, pat)} {hour(rng, rng.random() < 0.5)}"))
        rows.append(("rule",))
        for test, value in tests:
            rows.append(("pair", test, m.bare(float(value))))
        if home:
            rows.append(("pair", "Home Collection Charges", m.bare(home)))
        rows.append(("pair", "Gross Amount", m(gross)))
        if discount:
            rows.append(("pair", rng.choice(["Discount", "Package Discount"]), m(discount, "- ")))
        rows.append(("pair", "Net Amount", m(net)))
        if status in (None, "success"):
            rows.append(("pair", rng.choice(["Amount Paid", "Paid", "Received"]), m(total)))
            rows.append(("pair", rng.choice(["Balance Due", "Due"]), m(round(net - total, 2))))
        else:
            total = net
        rows.append(("pair", "Sample Collected", stamp(paid, pat)))
        report = f"{stamp(after(paid, rng, 1, 4), pat)} {rng.choice(['6:00 PM', '18:00', '12:00 noon'])}"
        rows.append(("pair", rng.choice(["Report Due", "Reports by", "Report Expected"]), report))
        txn = bill_no
        style = dict(ROLL) if rng.random() < 0.5 else dict(SHEET)
    method = None
    if shown(rng, 0.15):
        way, method = way_in_india(rng, ["cash", "card", "card", "UPI", "UPI"])
        rows.append(("pair", rng.choice(["Payment Mode", "Paid by", "Mode of Payment"]), way))
        if method == "card" and rng.random() < 0.5:
            txn = digits(rng, 6)
            rows.append(("pair", rng.choice(["Auth Code", "Card Approval Code"]), txn))
        elif method == "UPI" and rng.random() < 0.5:
            txn = upi_ref(rng)
            rows.append(("pair", "UPI Ref No.", txn))
    if words:
        rows.append(("center", words))
    rows.append(("small", f"Cashier: {rng.choice(['Nagaraj', 'Priya S', 'Deepak', 'Asha'])}   Helpline 1860 "
                          f"{digits(rng, 3)} {digits(rng, 4)}"))
    return rows, done(name, total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 10 a municipal tax or water receipt

CORPORATIONS = [  # name on top, its property number's label and shape
    ("Bruhat Bengaluru Mahanagara Palike", "PID",
     lambda rng: f"{rng.randrange(1, 199)}-{rng.randrange(1, 99)}-{rng.randrange(1, 40)}"),
    ("Greater Hyderabad Municipal Corporation", "PTIN", lambda rng: digits(rng, 10)),
    ("Pune Municipal Corporation", "Property Code", lambda rng: f"{rng.randrange(1, 40)}/{digits(rng, 2)}/"
                                                                f"{digits(rng, 5)}/{digits(rng, 3)}"),
    ("Municipal Corporation of Delhi", "Property ID", lambda rng: digits(rng, 12)),
    ("Greater Chennai Corporation", "Assessment No.", lambda rng: f"{digits(rng, 2)}/{digits(rng, 3)}/"
                                                                  f"{digits(rng, 5)}/{digits(rng, 3)}"),
    ("Ahmedabad Municipal Corporation", "Tenement No.", lambda rng: f"{digits(rng, 4)}-{digits(rng, 2)}-"
                                                                    f"{digits(rng, 4)}-{digits(rng, 4)}-D"),
]
WATER_BOARDS = [("Bangalore Water Supply and Sewerage Board", "RR No.",
                 lambda rng: code(rng, 2, UPPER) + digits(rng, 5)),
                ("Delhi Jal Board", "K No.", lambda rng: digits(rng, 10)),
                ("Hyderabad Metropolitan Water Supply and Sewerage Board", "CAN", lambda rng: digits(rng, 9)),
                ("Chennai Metro Water", "Consumer No.",
                 lambda rng: f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 4)}")]
CIVIC_WORDS = {
    "success": ["Payment Successful", "Transaction Status: Success", "Paid"],
    "failed": ["Payment Failed - tax not paid", "Transaction Failed"],
    "pending": ["Payment under verification", "Pending with bank - do not pay again"],
}


@fitted
def municipal_receipt(rng: random.Random, font: str):
    """A municipal corporation's online property-tax receipt or a water board's payment receipt, printed from
    the portal: the authority on top, the receipt's own number and a challan's or an application's number, the
    property number (PID, PTIN, Property Code, Assessment No., Tenement No.) or the water connection's (RR
    No., K No., CAN, Consumer No.) with its meter number, the owner, ward and zone, the financial year or the
    bill period with its bill and due dates, the heads (tax, cesses, solid-waste charges; water and sanitary
    charges with the readings), a rebate for paying early with its last day, a penalty or late surcharge,
    arrears, the total paid, the way paid, the bank's or gateway's reference on a share, the day paid and an
    outcome on most."""
    m = Cash(rng, font, marks=("₹", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    fy_start = paid.year if paid.month >= 4 else paid.year - 1
    fy = f"{fy_start}-{(fy_start + 1) % 100:02d}"
    status, words = said(rng, CIVIC_WORDS, p_said=0.75)
    rows: list[tuple] = []
    if rng.random() < 0.55:
        name, id_label, make_id = rng.choice(CORPORATIONS)
        heading = rng.choice(["Property Tax Payment Receipt", "e-Receipt - Property Tax",
                              "PROPERTY TAX RECEIPT"])
        rows += [("title", name), ("center", heading)]
        if words:
            rows.append(("center", words))
        rows.append(("rule",))
        heads = [("Property Tax", float(rng.choice([3120, 5480, 8905, 12640, 21300])))]
        heads.append(("Education Cess", round(heads[0][1] * 0.1, 2)))
        if rng.random() < 0.6:
            heads.append(("Library Cess", round(heads[0][1] * 0.06, 2)))
        if rng.random() < 0.6:
            heads.append(("Solid Waste User Charges", float(rng.choice([600, 720, 1200]))))
        rebate_last = dt.date(fy_start, 4, 30) if rng.random() < 0.6 else dt.date(fy_start, 6, 30)
        if rebate_last == paid:
            rebate_last = dt.date(fy_start, 5, 31)
        rebate = round(heads[0][1] * 0.05, 2) if paid <= rebate_last and rng.random() < 0.8 else 0.0
        penalty = round(heads[0][1] * 0.02, 2) if paid > rebate_last and rng.random() < 0.5 else 0.0
        receipt_no = f"{rng.choice(['PT', 'RCT', ''])}{digits(rng, 10)}"
        rows.append(("pair", "Receipt No.", receipt_no))
        if rng.random() < 0.6:
            other = rng.choice(["Challan No.", "Application No.", "SAS Application No."])
            rows.append(("pair", other, digits(rng, 11)))
        rows.append(("pair", id_label, make_id(rng)))
        rows.append(("pair", "Owner Name", rng.choice(PEOPLE).upper()))
        zone = rng.choice(["East", "South", "West", "Mahadevapura", "Kukatpally"])
        rows.append(("pair", "Ward / Zone", f"{rng.randrange(1, 198)} / {zone}"))
        rows.append(("pair", "Financial Year", fy))
        rebate_label = rng.choice(["Rebate valid till", "Last date for rebate"])
        rows.append(("pair", rebate_label, stamp(rebate_last, pat)))
        rows.append(("rule",))
        for label, value in heads:
            rows.append(("pair", label, m.bare(value)))
        if rebate:
            rows.append(("pair", "Rebate (5%)", m(rebate, "- ")))
        if penalty:
            rows.append(("pair", "Penalty / Interest", m.bare(penalty)))
        total = round(sum(v for _, v in heads) - rebate + penalty, 2)
    else:
        name, id_label, make_id = rng.choice(WATER_BOARDS)
        heading = rng.choice(["Water Charges Payment Receipt", "Online Bill Payment", "RECEIPT"])
        rows += [("title", name), ("center", heading)]
        if words:
            rows.append(("center", words))
        rows.append(("rule",))
        period_end = before(paid, rng, 5, 40)
        period_start = period_end - dt.timedelta(days=rng.choice([29, 30, 60, 61]))
        bill_date = period_end + dt.timedelta(days=rng.randrange(1, 5))
        due = bill_date + dt.timedelta(days=15)
        previous, used = rng.randrange(1000, 9000), rng.randrange(9, 60)
        receipt_no = digits(rng, rng.choice([8, 10]))
        rows.append(("pair", rng.choice(["Receipt No.", "Receipt Number"]), receipt_no))
        rows.append(("pair", id_label, make_id(rng)))
        rows.append(("pair", "Meter No.", code(rng, 2, UPPER) + digits(rng, 7)))
        rows.append(("pair", "Consumer Name", rng.choice(PEOPLE)))
        rows.append(("pair", "Bill No.", digits(rng, 9)))
        rows.append(("pair", "Bill Period", f"{stamp(period_start, pat)} to {stamp(period_end, pat)}"))
        rows.append(("pair", "Bill Date", stamp(bill_date, pat)))
        rows.append(("pair", "Due Date", stamp(due, pat)))
        rows.append(("pair", "Previous / Present Reading", f"{previous} / {previous + used} KL"))
        rows.append(("rule",))
        heads = [("Water Charges", round(used * rng.choice([7.0, 11.0, 22.0]), 2)),
                 ("Sanitary Charges", round(used * 2.2, 2)), ("Meter Cost", float(rng.choice([0, 25, 50])))]
        if rng.random() < 0.3:
            heads.append(("Arrears", float(rng.choice([180, 420, 960]))))
        if paid > due:
            heads.append(("Late Payment Surcharge", float(rng.choice([25, 50, 75]))))
        for label, value in heads:
            if value:
                rows.append(("pair", label, m.bare(value)))
        total = round(sum(v for _, v in heads), 2)
    totals = (["Total Amount Paid", "Amount Paid", "Total Paid"] if status in (None, "success")
              else ["Total Amount", "Amount", "Total Payable"])
    rows.append(("pair", rng.choice(totals), m(total)))
    method = None
    if shown(rng, 0.15):
        way, method = way_in_india(rng, ["netbanking", "UPI", "UPI", "card", "cash"])
        rows.append(("pair", rng.choice(["Payment Mode", "Mode of Payment", "Paid through"]), way))
    txn = receipt_no
    if status == "failed" and rng.random() < 0.6:
        txn = None
        rows = [row for row in rows if row[1:2] != ("Receipt No.",) and row[1:2] != ("Receipt Number",)]
    if shown(rng, 0.3):
        bank_ref = rng.choice([digits(rng, 12), code(rng, 3, UPPER) + digits(rng, 10)])
        txn = upi_ref(rng) if method == "UPI" else bank_ref
        ref_labels = ["Bank Ref. No.", "Gateway Ref. No.", "Transaction ID"]
        ref_labels += ["UPI Ref No."] * (method == "UPI")
        rows.append(("pair", rng.choice(ref_labels), txn))
    dated = None
    if shown(rng, 0.12):
        dated = paid
        rows.append(("pair", rng.choice(["Payment Date", "Date of Payment", "Transaction Date"] +
                                        ["Paid on"] * (status in (None, "success"))),
                     f"{stamp(paid, pat)} {hour(rng, rng.random() < 0.5, seconds=True)}"))
    rows.append(("small", "This is a computer generated receipt and does not need a signature."))
    return rows, done(name, total, "INR", txn, dated, method, status), dict(SHEET)


# ---------------------------------------------------------------- 11 a coaching institute's or an exam's fee

INSTITUTES = [("ALLEN Career Institute", "Kota"), ("Aakash Educational Services Limited", "New Delhi"),
              ("FIITJEE Ltd.", "Hyderabad"), ("PW Vidyapeeth", "Patna"),
              ("T.I.M.E. Triumphant Institute of Management Education", "Pune"),
              ("Career Launcher", "Bengaluru")]
COURSES = ["JEE Main + Advanced 2 Year Classroom (Nurture)", "NEET-UG 1 Year Repeater (Achiever)",
           "CAT 2026 Classroom", "Foundation Class 10 (Pinnacle)", "UPSC GS Prelims cum Mains",
           "CLAT 2027 Online Live"]
EXAMS = [("National Testing Agency", "JEE (Main) 2026 - Session 2"),
         ("National Testing Agency", "CUET (UG) 2026"),
         ("Institute of Banking Personnel Selection", "CRP PO/MT-XV"),
         ("Staff Selection Commission", "Combined Graduate Level Examination 2026"),
         ("The Institute of Chartered Accountants of India", "CA Intermediate - May 2026"),
         ("Indian Institute of Technology Roorkee", "GATE 2026")]
FEE_WORDS = {
    "success": ["Fee Paid Successfully", "Payment Successful", "Transaction Successful"],
    "failed": ["Payment Failed", "Transaction Failed - please pay again"],
    "pending": ["Payment Pending", "Payment under process - check status after 24 hours"],
}


@fitted
def exam_fee(rng: random.Random, font: str):
    """A coaching institute's fee receipt or an exam's application fee confirmation page. The coaching
    receipt: the institute on top with its centre and GSTIN, the receipt's own number and day, a form number,
    the student's roll or enrolment number and name, the course, batch and session, the batch's start day, the
    instalment (2 of 3), registration and tuition fees with CGST and SGST at 9 %, the amount paid, the way
    paid (UPI, a card, net banking, cash or a cheque / DD), a UTR or transaction ID on a share, the next
    instalment's due day. The exam page: the exam body on top, the exam, the candidate, the application and
    registration numbers, the category, the exam's day and city choice, the fee, the bank's processing charges
    and their GST, the total, the fee status on most, the transaction ID or bank reference, the payment
    gateway, the day paid and the last day to pay."""
    m = Cash(rng, font, dash=0.3, marks=("₹", "₹", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    status, words = said(rng, FEE_WORDS, p_said=0.75)
    if rng.random() < 0.5:
        name, city = rng.choice(INSTITUTES)
        rows: list[tuple] = [("title", name), ("center", f"{city} Centre  |  GSTIN {gstin(rng)}"),
                             ("center", rng.choice(["FEE RECEIPT", "Fee Receipt cum Tax Invoice",
                                                    "RECEIPT"]))]
        if words:
            rows.append(("center", words))
        rows.append(("rule",))
        receipt_no = rng.choice([f"{code(rng, 3, UPPER)}/{paid.year}/{digits(rng, 6)}", digits(rng, 8)])
        rows.append(("pair", rng.choice(["Receipt No.", "Fee Receipt No."]), receipt_no))
        dated = None
        if shown(rng, 0.15):
            dated = paid
            rows.append(("pair", rng.choice(["Receipt Date", "Date", "Date of Payment"]), stamp(paid, pat)))
        rows.append(("pair", "Form No.", digits(rng, 8)))
        rows.append(("pair", rng.choice(["Roll No.", "Enrolment No.", "Student ID"]),
                     f"{paid.year % 100}{code(rng, 2, UPPER)}{digits(rng, 6)}"))
        rows.append(("pair", "Student", rng.choice(PEOPLE)))
        rows.append(("pair", "Course", rng.choice(COURSES)))
        rows.append(("pair", "Batch / Session", f"{code(rng, 2, UPPER)}{rng.randrange(1, 9)} / {paid.year}-"
                                                f"{(paid.year + 1) % 100}"))
        rows.append(("pair", "Batch Start Date", stamp(after(paid, rng, 5, 60) if rng.random() < 0.5
                                                      else before(paid, rng, 20, 120), pat)))
        parts = rng.choice([2, 3, 4])
        n = rng.randint(1, parts)
        rows.append(("pair", "Instalment", f"{n} of {parts}"))
        rows.append(("rule",))
        lines = []
        if n == 1:
            lines.append(("Registration Fee", float(rng.choice([1000, 2000, 2500]))))
        lines.append(("Tuition Fee", float(rng.choice([24000, 36500, 48000, 62500]))))
        taxable = sum(v for _, v in lines)
        lines += [("CGST @9%", round(taxable * 0.09, 2)), ("SGST @9%", round(taxable * 0.09, 2))]
        for label, value in lines:
            rows.append(("pair", label, m.bare(value)))
        total = round(sum(v for _, v in lines), 2)
        totals = (["Amount Paid", "Total Amount Paid", "Total"] if status in (None, "success")
                  else ["Total", "Amount", "Total Fee"])
        rows.append(("pair", rng.choice(totals), m(total)))
        method = None
        if shown(rng, 0.15):
            way, method = way_in_india(rng, ["UPI", "card", "netbanking", "cash", "cheque"])
            rows.append(("pair", rng.choice(["Payment Mode", "Mode", "Paid by"]), way))
        txn = receipt_no
        if method in ("UPI", "card", "netbanking") and rng.random() < 0.5:
            bank_ref = rng.choice([digits(rng, 12), code(rng, 4, UPPER) + digits(rng, 10)])
            txn = upi_ref(rng) if method == "UPI" else bank_ref
            ref_label = {"UPI": "UPI Ref No.", "card": "Transaction ID"}.get(method, "UTR No.")
            rows.append(("pair", ref_label, txn))
        if n < parts:
            rows.append(("pair", "Next Instalment Due", stamp(after(paid, rng, 30, 120), pat)))
        rows.append(("small", "Fees once paid are not refundable or transferable."))
        return rows, done(name, total, "INR", txn, dated, method, status), dict(SHEET)
    body, exam = rng.choice(EXAMS)
    heading = rng.choice(["Fee Payment Confirmation", "Application Fee Receipt", "Payment Details"])
    rows = [("title", body), ("center", exam), ("center", heading), ("rule",)]
    app_no = f"{paid.year % 100}{digits(rng, 10)}"
    rows.append(("pair", "Application No.", app_no))
    if rng.random() < 0.5:
        rows.append(("pair", "Registration ID", f"{code(rng, 3, UPPER)}{digits(rng, 7)}"))
    rows.append(("pair", "Candidate Name", rng.choice(PEOPLE).upper()))
    category = rng.choice(["GEN", "OBC-NCL", "SC", "EWS", "PwD"])
    rows.append(("pair", "Category", category))
    exam_day = stamp(after(paid, rng, 20, 120), pat)
    rows.append(("pair", rng.choice(["Exam Date", "Date of Examination"]), exam_day))
    city = rng.choice(["Lucknow", "Jaipur", "Bhopal", "Kochi", "Nagpur"])
    rows.append(("pair", "Exam City (Choice 1)", city))
    fee = float(rng.choice([500, 850, 1000, 1150, 1500, 2000]) // (2 if category in ("SC", "PwD") else 1))
    charge = float(rng.choice([0, 12, 15, 20]))
    gst = round(charge * 0.18, 2)
    total = round(fee + charge + gst, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Examination Fee", "Application Fee"]), m(fee)))
    if charge:
        rows.append(("pair", "Bank Processing Charges", m(charge)))
        rows.append(("pair", "GST @18% on charges", m(gst)))
    totals = (["Total Amount", "Amount Paid", "Total Fee Paid"] if status in (None, "success")
              else ["Total Amount", "Amount"])
    rows.append(("pair", rng.choice(totals), m(total)))
    if words:
        rows.append(("pair", rng.choice(["Fee Status", "Payment Status"]), words))
        rows.append(("rule",))
    method = None
    if shown(rng, 0.15):
        way, method = way_in_india(rng, ["UPI", "UPI", "card", "netbanking"])
        rows.append(("pair", rng.choice(["Payment Mode", "Mode of Payment"]), way))
    gateway = rng.choice(["SBI ePay", "HDFC Bank PG", "Canara Bank PG", "Razorpay"])
    rows.append(("pair", "Payment Gateway", gateway))
    txn = None
    if shown(rng, 0.15):
        txn = rng.choice([digits(rng, 12), code(rng, 2, UPPER) + digits(rng, 12), "IGA" + digits(rng, 9)])
        rows.append(("pair", rng.choice(["Transaction ID", "Bank Reference No.", "Bank Ref. No."]), txn))
    dated = None
    if shown(rng, 0.15):
        dated = paid
        rows.append(("pair", rng.choice(["Transaction Date", "Date of Payment", "Payment Date"]),
                     f"{stamp(paid, pat)} {hour(rng, rng.random() < 0.4, seconds=True)}"))
    rows.append(("pair", "Last Date for Fee Payment", stamp(after(paid, rng, 1, 20), pat)))
    rows.append(("small", "Keep this page; the Application No. is needed to download the admit card."))
    style = screen(rng, WEB, rows, p_dark=0.0, p_band=0.5)
    return rows, done(body, total, "INR", txn, dated, method, status), style


# ---------------------------------------------------------------- 12 a visa centre's fee receipt

MISSIONS = {"VFS Global": [("the Embassy of the Federal Republic of Germany", "Germany", 90.0),
                           ("the Consulate General of France", "France", 90.0),
                           ("the Embassy of Switzerland", "Switzerland", 90.0),
                           ("UK Visas and Immigration", "United Kingdom", 127.0),
                           ("the High Commission of Canada", "Canada", 100.0)],
            "BLS International": [("the Embassy of Spain", "Spain", 90.0),
                                  ("the Embassy of Portugal", "Portugal", 90.0),
                                  ("the Embassy of Italy", "Italy", 90.0)]}
CENTRES = [("New Delhi (Shivaji Stadium)", "DEL"), ("Mumbai (Trade Centre, BKC)", "BOM"),
           ("Bengaluru (Vasanth Nagar)", "BLR"), ("Chennai (Nungambakkam)", "MAA"),
           ("Kolkata (Rawdon Street)", "CCU"), ("Hyderabad (Begumpet)", "HYD"), ("Kochi (MG Road)", "COK")]
VISA_WORDS = {
    "success": ["PAID", "Payment Successful", "Payment received"],
    "failed": ["Payment Failed", "Payment declined - appointment not confirmed"],
    "pending": ["Payment Pending", "Payment under process - do not pay again"],
}


@fitted
def visa_fee(rng: random.Random, font: str):
    """A visa application centre's fee receipt (VFS Global, BLS International): the centre on top, the mission
    it serves and the centre's city, its GSTIN, the receipt's or invoice's own number, the application's
    reference number (or GWF number) and the passport number, the applicant, the visa category, the
    appointment's day and time (the day paid at the counter, or a later day when paid online), the visa fee in
    rupees at the mission's rate, the centre's service charge with its GST at 18 %, optional services (SMS,
    courier, prime time, form filling), the total, the way paid (cash, a card with its auth code, UPI, a
    demand draft), the transaction ID on a share, the day paid, a passport's collection or tracking day, and
    an outcome on most."""
    centre = rng.choice(list(MISSIONS))
    mission, country, euros = rng.choice(MISSIONS[centre])
    m = Cash(rng, font, dash=0.2, marks=("₹", "Rs.", "INR"))
    pat = pattern(rng)
    paid = day(rng)
    online = rng.random() < 0.45
    appointment = after(paid, rng, 3, 40) if online else paid
    visa = float(round(euros * rng.choice([89.4, 91.2, 93.8, 96.5])))
    service = float(rng.choice([1650, 1899, 2116, 2450]))
    gst = round(service * 0.18, 2)
    extras = []
    for label, value in [("SMS alert", 180.0), ("Courier", 950.0), ("Prime Time", 2950.0),
                         ("Form filling", 590.0)]:
        if rng.random() < 0.25:
            extras.append((label, value))
    total = round(visa + service + gst + sum(v for _, v in extras), 2)
    status, words = said(rng, VISA_WORDS if online else {"success": VISA_WORDS["success"]}, p_said=0.7)
    city, city_code = rng.choice(CENTRES)
    rows: list[tuple] = [("title", centre), ("center", f"on behalf of {mission}"),
                         ("center", f"{country} Visa Application Centre, {city}"),
                         ("center", f"GSTIN {gstin(rng)}"),
                         ("center", rng.choice(["Payment Receipt", "TAX INVOICE / RECEIPT", "Fee Receipt"]))]
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    receipt_no = rng.choice([f"{country[:3].upper()}{digits(rng, 10)}", f"INV/{paid.year}/{digits(rng, 7)}",
                             digits(rng, 9)])
    if status != "failed":
        rows.append(("pair", rng.choice(["Receipt No.", "Invoice No.", "Receipt Number"]), receipt_no))
    else:
        receipt_no = None
    ref = (f"GWF{digits(rng, 9)}" if country == "United Kingdom" else
           f"{country[:3].upper()}/{city_code}/{paid.strftime('%d%m%y')}/{digits(rng, 4)}/"
           f"{digits(rng, 2)}")
    rows.append(("pair", rng.choice(["Reference No.", "Application Reference No.", "Reference Number"]), ref))
    rows.append(("pair", "Passport No.", f"{rng.choice('JKLMNPRSTUVWZ')}{digits(rng, 7)}"))
    rows.append(("pair", "Applicant", rng.choice(PEOPLE).upper()))
    category = rng.choice(["Short Stay (C) - Tourism", "Business", "Student", "Visitor",
                           "Family / Friends visit"])
    rows.append(("pair", "Visa Category", category))
    rows.append(("pair", rng.choice(["Appointment Date", "Appointment"]),
                 f"{stamp(appointment, pat)} {rng.choice(['09:15', '10:30', '11:45', '14:00'])}"))
    rows.append(("rule",))
    fee_label = f"Visa Fee (EUR {euros:g})" if country not in ("United Kingdom", "Canada") else "Visa Fee"
    rows.append(("pair", fee_label, m(visa)))
    rows.append(("pair", "Service Charge", m(service)))
    rows.append(("pair", "IGST @18%", m(gst)))
    for label, value in extras:
        rows.append(("pair", label, m(value)))
    totals = (["Total", "Total Amount", "Total Amount Paid", "Grand Total"] if status in (None, "success")
              else ["Total", "Total Amount", "Grand Total"])
    rows.append(("pair", rng.choice(totals), m(total)))
    method = None
    txn = receipt_no
    if shown(rng, 0.15):
        way, method = way_in_india(rng, ["card", "UPI", "netbanking", "cheque"] if online else
                                   ["cash", "cash", "card", "UPI", "cheque"])
        if way.startswith("Cheque"):
            way = f"Demand Draft No. {digits(rng, 6)}"
        rows.append(("pair", rng.choice(["Payment Mode", "Mode of Payment", "Paid by"]), way))
        if method == "card" and rng.random() < 0.5:
            txn = digits(rng, 6)
            rows.append(("pair", rng.choice(["Auth Code", "Approval Code"]), txn))
    if online and rng.random() < 0.6:
        txn = rng.choice([digits(rng, 12), code(rng, 3, UPPER) + digits(rng, 11)])
        rows.append(("pair", rng.choice(["Transaction ID", "Payment Reference"]), txn))
    dated = None
    if shown(rng, 0.15):
        dated = paid
        rows.append(("pair", rng.choice(["Payment Date", "Date", "Date of Payment"]),
                     f"{stamp(paid, pat)} {hour(rng, rng.random() < 0.5)}"))
    if not online:
        collect = stamp(after(paid, rng, 10, 25), pat)
        rows.append(("small", f"Track your application; passport collection from {collect}"))
    rows.append(("small", "Fees are non-refundable. The visa fee is collected on behalf of the mission."))
    style = screen(rng, WEB, rows, p_dark=0.0, p_band=0.4) if online else dict(ROLL)
    return rows, done(centre, total, "INR", txn, dated, method, status), style

"""The twelve heldout133 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser: a seventeenth+2 random day's proofs of payment, as a veterinary clinic with a pet
shop, a grooming salon and a boarding kennel (in Pune, Mysuru, Dehradun, Vadodara, Kochi, Indore, Guwahati and
Chandigarh) receives them from pet owners and insurers in 2026 and pays its own suppliers, lab and owners: owners'
UPI screens at the reception, the clinic's OPD consultation receipts, surgery and inpatient final bills with the
advance deducted, the pet shop's GST invoices for food, medicines and accessories, the counter terminal's card
charge slips, grooming bookings paid through a payment gateway, the boarding kennel's advance and check-out
receipts, pet insurers' claim settlement advices paying the clinic by NEFT, a veterinary diagnostic lab's invoices
to the clinic, the clinic's payments to its pet-food distributor and pharma stockist, an animal-welfare trust's
receipts for a vaccination camp, an adoption drive or a donation, and refunds of cancelled boarding and grooming
bookings. Every row is added to heldout113's ``Screen`` with the facts it prints and the truth is read back from
the rows the page keeps. Headings, footers, pets' names, species, breeds, weights and ages, OPD, case, IPD and token
numbers, microchip numbers, veterinary council registration numbers, claim, policy and pre-authorisation numbers,
client codes and sample ids, 80G and trust registration numbers, gross bills beside a balance received, advances
paid earlier, balances due, claimed and approved sums beside the net paid, a booking's sum beside its refund, cash
tendered and change, the payer's own details and every later or earlier day (next vaccination due, admitted on,
check-in and check-out, a grooming slot, a treatment day, booked on) carry no fact. A grooming or boarding booking's
Booking ID / Booking No. is the order's number (heldout106's ``ORDER_RANK``). ``compose`` is heldout121's
(heldout119's frames and marks, its rubber stamp).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, digits
from bench.receipt_sets.heldout82_families import words_in_rupees
from bench.receipt_sets.heldout86_families import hhmm, neft_utr, rtgs_utr, rupees, utr, when
from bench.receipt_sets.heldout106_families import BANK_RANK, ORDER_RANK, TXN_RANK, UTR_RANK
from bench.receipt_sets.heldout113_families import Screen
from bench.receipt_sets.heldout116_families import APPR_RANK, INVOICE_RANK, day26, labelled, paper, screen
from bench.receipt_sets.heldout118_families import masked, money, way_text
from bench.receipt_sets.heldout119_families import outcome
from bench.receipt_sets.heldout121_families import PATS, stamp
from bench.receipt_sets.heldout121_families import compose as compose121
from bench.receipt_sets.heldout122_families import top, transfer_rows
from bench.receipt_sets.heldout123_families import fits, fy, place
from bench.receipt_sets.heldout124_families import transfer_ack
from bench.receipt_sets.heldout125_families import gateway_ids, upi_result
from bench.receipt_sets.heldout126_families import mail_frame, outcome_row, phone_frame, whole
from bench.receipt_sets.heldout127_families import gstin, wrap_pair
from bench.receipt_sets.heldout129_families import seal
from bench.receipt_sets.heldout131_families import counter_rs

UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
MIXED = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"

# city, PIN code, locality, state, GST state code, the state veterinary council's letters
CITIES = [("Pune", "411038", "Kothrud", "Maharashtra", "27", "MSVC"),
          ("Mysuru", "570023", "Kuvempunagar", "Karnataka", "29", "KVC"),
          ("Dehradun", "248001", "Rajpur Road", "Uttarakhand", "05", "UKVC"),
          ("Vadodara", "390007", "Alkapuri", "Gujarat", "24", "GSVC"),
          ("Kochi", "682020", "Kadavanthra", "Kerala", "32", "KSVC"),
          ("Indore", "452010", "Vijay Nagar", "Madhya Pradesh", "23", "MPSVC"),
          ("Guwahati", "781028", "Beltola", "Assam", "18", "ASVC"),
          ("Chandigarh", "160022", "Sector 22-B", "Chandigarh", "04", "PSVC")]
# the clinic in each town: its own name, its company, its pet shop, grooming salon and boarding kennel
CLINIC, FIRM, SHOP, SALON, KENNEL = range(5)
CLINICS = [("Paws & Claws Veterinary Clinic", "Pawsitive Pet Care Pvt Ltd", "Paws & Claws Pet Store",
            "Paws & Claws Grooming Studio", "Paws & Claws Pet Resort"),
           ("Chamundi Pet Hospital", "Chamundi Animal Care LLP", "Chamundi Pet Mart", "Chamundi Pet Spa",
            "Chamundi Pet Boarding"),
           ("Doon Vet Care", "Doon Pet Health Pvt Ltd", "Doon Pet Shoppe", "Doon Grooming Lounge",
            "Doon Dog Kennels"),
           ("Sayaji Veterinary Hospital", "Sayaji Pet Care LLP", "Sayaji Pet Store", "Sayaji Pet Salon",
            "Sayaji Pet Hostel"),
           ("Kadavanthra Pet Clinic", "Companion Animal Care Pvt Ltd", "Pet Planet Kochi", "Furry Tails Grooming",
            "Happy Tails Boarding"),
           ("Malwa Pet Hospital", "Malwa Veterinary Services Pvt Ltd", "Malwa Pet Shop", "Malwa Pet Grooming",
            "Malwa Pet Hostel"),
           ("Brahmaputra Vet Clinic", "Brahmaputra Animal Health LLP", "Brahmaputra Pet Store",
            "Fluffy Paws Grooming", "Brahmaputra Kennels"),
           ("Tricity Pet Hospital", "Tricity Animal Health Pvt Ltd", "Tricity Pet Shop", "Tricity Pet Spa",
            "Tricity Pet Boarding")]
SLUGS = ["pawsandclaws", "chamundipet", "doonvetcare", "sayajivet", "kadavanthrapet", "malwapet", "brahmaputravet",
         "tricitypet"]
OWNERS = ["Aditi Kulkarni", "Rohan Shetty", "Neha Bisht", "Krunal Shah", "Anna Mathew", "Saurabh Jain",
          "Pranjal Bora", "Harpreet Kaur", "Vivek Menon", "Tanvi Joshi", "Rituparna Das", "Gurpreet Sandhu"]
# a pet: its name, species, breed, sex
PETS = [("Bruno", "Canine", "Labrador Retriever", "M"), ("Coco", "Canine", "Shih Tzu", "F"),
        ("Simba", "Feline", "Persian", "M"), ("Luna", "Feline", "Indian Shorthair", "F"),
        ("Max", "Canine", "German Shepherd", "M"), ("Mishti", "Canine", "Indie", "F"),
        ("Oreo", "Feline", "Siamese", "M"), ("Tiger", "Canine", "Beagle", "M"),
        ("Milo", "Canine", "Golden Retriever", "M"), ("Kiwi", "Avian", "Budgerigar", "F"),
        ("Sheru", "Canine", "Rottweiler", "M"), ("Snowy", "Canine", "Pomeranian", "F")]
VETS = ["Dr. S. Deshpande", "Dr. Kavya Gowda", "Dr. R. S. Negi", "Dr. Hiral Patel", "Dr. Jithin Joseph",
        "Dr. Ankit Dubey", "Dr. Bikash Kalita", "Dr. Manpreet Gill"]
DEGREES = ["B.V.Sc. & A.H.", "M.V.Sc. (Surgery)", "M.V.Sc. (Medicine)", "B.V.Sc. & A.H., M.V.Sc."]
PSB = ["State Bank of India", "Bank of Baroda", "Canara Bank", "Punjab National Bank", "Union Bank of India"]
PVT = ["HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Federal Bank", "IndusInd Bank"]
SUBS = ["Veterinary Clinic | Pet Shop | Grooming | Boarding", "Small animal hospital - surgery, X-ray, lab",
        "Companion animal practice - dogs, cats and birds"]
REFUND = ["If money was debited, it will be refunded to your account within 3-5 working days.",
          "Any amount deducted will be credited back to your account."]
WAIT = ["Please do not pay again. We are confirming this payment with your bank.",
        "The bank has not confirmed yet. Please show this screen at the reception."]
# paper's ways of writing a day: dd/mm/yyyy, dd-Mon-yyyy, Mon dd, yyyy, dd.mm.yy and the like
DAY_PATS = ["%d/%m/%Y", "%d-%b-%Y", "%b %d, %Y", "%d.%m.%y", "%d-%m-%Y", "%d %b %Y", "%d.%m.%Y"]


def unit_name(rng: random.Random, i: int, unit: int, *, firm: float = 0.2, caps: float = 0.25) -> str:
    """A unit of the clinic as a payee (the clinic, its pet shop, salon or kennel), its company's name on some, in
    capitals on some."""
    name = CLINICS[i][FIRM] if rng.random() < firm else CLINICS[i][unit]
    return name.upper() if rng.random() < caps else name


def pet_id(rng: random.Random) -> str:
    """A pet's OPD / case number: names the patient, never an id (and no year in it)."""
    return rng.choice([f"OPD-{rng.randrange(1000, 99999)}", f"C/{rng.randrange(100, 9999)}",
                       f"{code(rng, 2, UPPER)}{digits(rng, 5)}"])


def microchip(rng: random.Random) -> str:
    """An ISO microchip number (fifteen digits): never an id."""
    return f"{rng.choice(['985', '900', '941'])}{digits(rng, 12)}"


def furry(rng: random.Random) -> tuple[str, str, str, str]:
    """A dog or a cat (insured, groomed, boarded, adopted): never the budgerigar."""
    return rng.choice([pet for pet in PETS if pet[1] != "Avian"])


class Job:
    """One payment's facts and which of them its page leaves out."""

    def __init__(self, rng: random.Random, status: str, *, no_ref: bool, no_day: bool, low: float = 300,
                 high: float = 60000, p_round: float = 0.6, unit: int = CLINIC, firm: float = 0.2,
                 caps: float = 0.25):
        self.status, self.no_ref, self.no_day = status, no_ref, no_day
        self.date, self.amount = day26(rng), rupees(rng, low, high, p_round)
        self.town = rng.randrange(len(CLINICS))
        self.unit = unit
        self.to = unit_name(rng, self.town, unit, firm=firm, caps=caps)
        self.owner = rng.choice(OWNERS)
        self.pet = rng.choice(PETS)
        self.ref = utr(rng, self.date)

    def year(self) -> str:
        """The financial year a document's number carries (``25-26/``), none on a page that prints no day."""
        return "" if self.no_day else f"{fy(self.date)}/"

    def day(self, rng: random.Random, pats: list[str] | None = None) -> str:
        return when(self.date, rng.choice(pats or DAY_PATS))


def letterhead(p: Screen, j: Job, name: str, kinds: list[str], *, merchant: bool = True,
               sub: list[str] | None = None, extra: str = "") -> None:
    """A business on top of its own paper: what it does, its address, GSTIN (never an id), an ``extra`` line (a
    registration), the document's kind; the payee where it is paid (``merchant``)."""
    rng = p.rng
    city = CITIES[j.town]
    p.part = "head"
    top(p, name, **({"merchant": name} if merchant else {}))
    p.add("small", rng.choice(sub or SUBS))
    p.add("small", f"{rng.randrange(2, 220)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}")
    if extra:
        p.add("small", extra)
    p.add("center", rng.choice(kinds))
    p.add("rule")
    p.part = "body"


def pet_rows(p: Screen, j: Job, *, owner: bool = True,
             labels: tuple[str, ...] = ("Pet name", "Pet", "Patient")) -> None:
    """The patient (or guest): its name, species and breed, sex on some, and its owner (no facts)."""
    rng = p.rng
    name, species, breed, sex = j.pet
    p.pair(rng.choice(labels), name)
    if rng.random() < 0.5:
        wrap_pair(p, rng.choice(["Species / Breed", "Species/Breed"]), f"{species} / {breed}")
    else:
        wrap_pair(p, "Breed", f"{breed} ({rng.choice(['M', 'F']) if species == 'Avian' else sex})")
    if owner:
        wrap_pair(p, rng.choice(["Owner", "Owner name", "Pet parent"]), j.owner)


def stamped(p: Screen, j: Job, name: str, role: str, word: str) -> None:
    """heldout129's rubber stamp at the foot, two more lines of room above it: the day on a paid page that prints
    one."""
    p.add("gap")
    p.add("gap")
    seal(p, name, role, None if j.no_day or j.status != "success" else j.date, word)


def short(name: str) -> str:
    """A stamp's first line: the name, or its first three words where it is long."""
    return name if len(name) < 26 else " ".join(name.split()[:3])


# ---------------------------------------------------------------- 1. a pet owner's UPI app at the reception


UPI_ORDER = ["Paytm", "PhonePe", "Amazon Pay", "Google Pay", "Navi", "CRED", "BHIM", "WhatsApp"]
UPI_UNITS = [CLINIC, CLINIC, CLINIC, SHOP, SALON, KENNEL]
# what each unit's payer notes, and the range of its sums
UNIT_NOTES = {CLINIC: ["vaccination", "consultation", "deworming", "X-ray", "dressing", "blood test",
                       "surgery advance"],
              SHOP: ["food 10kg", "cat litter", "medicines", "collar & leash"],
              SALON: ["grooming", "bath & nail trim"], KENNEL: ["boarding 3 nights", "boarding advance", "daycare"]}
UNIT_SUMS = {CLINIC: (250, 40000), SHOP: (180, 12000), SALON: (500, 4500), KENNEL: (1500, 30000)}


def owner_upi(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A pet owner's UPI app paying the clinic's QR at the reception (Paytm, PhonePe, Amazon Pay, Google Pay, Navi,
    CRED, BHIM, WhatsApp; dark on CRED and some others): heldout125's result screen, the clinic (its pet shop, salon
    or kennel, its company on some) under Paid to / To / Sent to, a note of what it paid for on most."""
    k = place("owner_upi")
    status = outcome(k, failed=(3,), pending=(6,))
    unit = rng.choice(UPI_UNITS)
    low, high = UNIT_SUMS[unit]
    j = Job(rng, status, no_ref=k == 1, no_day=k == 5, low=low, high=high, p_round=0.8, unit=unit)
    p = upi_result(rng, font, k, UPI_ORDER[k], status, j, CLINICS[j.town][unit], WAIT)
    if rng.random() < 0.75:
        p.pair(rng.choice(["Note", "Message", "Remarks"]), f"{j.pet[0]} {rng.choice(UNIT_NOTES[unit])}")
    p.part = "foot"
    p.add("gap")
    p.add("small", rng.choice(["Share  |  Done", "Powered by UPI  |  NPCI", "View history  |  Help"]))
    return p.done()


# ---------------------------------------------------------------- 2. the clinic's OPD consultation receipt


OPD_WAYS = ["cash", "UPI", "UPI", "card", "cash", "card", "UPI", "UPI"]
OPD_ITEMS = [("Consultation", 500.0), ("Consultation (senior vet)", 800.0), ("Follow-up consultation", 300.0),
             ("Vaccination - DHPPi+L", 850.0), ("Anti-rabies vaccine", 450.0), ("Feline tricat vaccine", 1100.0),
             ("Deworming", 250.0), ("Injection charges", 200.0), ("Wound dressing", 350.0),
             ("Tick & flea spot-on", 650.0), ("Skin scraping test", 400.0), ("Nail clipping", 150.0),
             ("Ear cleaning & drops", 300.0)]


def opd_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinic's OPD / consultation receipt (counter paper, thermal or A5): the clinic on top (the payee), the
    vet and the council's registration number (never an id), OPD RECEIPT, Receipt / Bill No., Date, OPD No. / Case
    No. and Token No. (never ids), the pet, its species and breed, the owner, microchip number on some (never an
    id), the services, Total, a discount on some, Amount paid, cash / UPI / card and its reference, the next
    vaccination's day (no fact); PAID / RECEIVED WITH THANKS / CARD DECLINED / UPI NOT CONFIRMED."""
    k = place("opd_receipt")
    status = outcome(k, failed=(5,), pending=(2,))
    way = OPD_WAYS[k]
    j = Job(rng, status, no_ref=k == 4, no_day=k == 7, firm=0.15, caps=0.3)
    p = screen(rng, font, width=rng.choice([560, 600, 640]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", "INR"], p_slash=0.5)
    city = CITIES[j.town]
    vet = VETS[j.town]
    letterhead(p, j, j.to, ["OPD RECEIPT", "CONSULTATION RECEIPT", "OPD BILL CUM RECEIPT", "CASH RECEIPT - OPD"],
               sub=[f"{vet}, {rng.choice(DEGREES)}", SUBS[1]],
               extra=f"{city[5]} Regn. No. {rng.randrange(1000, 19999)}")
    if not j.no_ref:
        rno = rng.choice([f"OPR/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(1000, 99999))])
        p.pair(rng.choice(["Receipt No.", "Bill No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        label = rng.choice(["Date", "Date & Time"])
        text = j.day(rng) + (f" {hhmm(rng)}" if label == "Date & Time" else "")
        p.pair(label, text, date=j.date)
    p.pair(rng.choice(["OPD No.", "Case No."]), pet_id(rng))
    if rng.random() < 0.5:
        p.pair("Token No.", str(rng.randrange(1, 60)))
    pet_rows(p, j)
    if rng.random() < 0.4:
        p.pair(rng.choice(["Microchip No.", "Chip ID"]), microchip(rng))
    p.pair(rng.choice(["Doctor", "Consultant", "Vet"]), vet)
    p.add("rule")
    items = [OPD_ITEMS[rng.randrange(3)]] + rng.sample(OPD_ITEMS[3:], rng.randint(0, 3))
    total = 0.0
    for name, price in items:
        p.pair(name, rs(price))
        total += price
    p.add("rule")
    p.pair(rng.choice(["Total", "Gross amount"]), rs(total))
    paid = total
    if rng.random() < 0.3:
        pct = rng.choice([5, 10])
        cut = round(total * pct / 100, 2)
        p.pair(f"Less: Discount ({pct}%)", rs(cut))
        paid = round(total - cut, 2)
    j.amount = paid
    p.pair(rng.choice(["Amount paid", "Amount received", "Net received"]) if status == "success"
           else rng.choice(["Amount", "Net payable"]), rs(paid), amount=paid)
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(paid)})")
    p.pair(rng.choice(["Paid by", "Mode", "Payment mode"]),
           {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR)", "PhonePe / UPI"]),
            "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref and way != "cash":
        if way == "UPI" and status == "success":
            p.pair(rng.choice(["UPI Ref No.", "UTR", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card" and status == "success":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
            if rng.random() < 0.5:
                p.pair("RRN", j.ref, txn=(UTR_RANK, j.ref))
    if not j.no_day and status == "success" and rng.random() < 0.6:
        p.pair(rng.choice(["Next vaccination due", "Next visit"]),
               when(j.date + dt.timedelta(days=rng.choice([7, 14, 21, 28, 365])), rng.choice(DAY_PATS)))
    word = {"success": rng.choice(["PAID", "RECEIVED WITH THANKS", "PAID - THANK YOU"]),
            "failed": rng.choice(["CARD DECLINED - NOT PAID", "CARD DECLINED"]),
            "pending": rng.choice(["UPI NOT CONFIRMED - PENDING", "PAYMENT PENDING - UPI CREDIT AWAITED"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", rng.choice([f"Get well soon, {j.pet[0]}!", "One free follow-up within 7 days of consultation."]))
    p.add("right", rng.choice(["Receptionist", "Front desk"]))
    return p.done()


# ---------------------------------------------------------------- 3. a surgery / IPD final bill


SURGERIES = [("Ovariohysterectomy (spay)", 9500.0), ("Castration (neuter)", 6500.0), ("Pyometra surgery", 14000.0),
             ("Femur fracture - plating", 22000.0), ("Cystotomy (bladder stones)", 16000.0),
             ("Dental scaling under GA", 5500.0), ("Mammary tumour excision", 12500.0),
             ("Enterotomy - foreign body", 18000.0), ("Cherry eye repair", 7000.0), ("Caesarean section", 15000.0)]
SURGERY_WAYS = ["UPI", "netbanking", "cash", "card", "card", "UPI", "UPI", "netbanking"]


def surgery_bill(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinic's surgery / inpatient FINAL BILL at discharge (paper): the clinic on top (the payee), IPD FINAL
    BILL, Bill No., Bill Date, IPD No. / Case No. (never an id), the pet and owner, the surgeon, Admitted on and
    days admitted (no fact), the surgery, anaesthesia, ward days x rate, medicines, lab and X-ray, Gross bill, a
    discount on some, Less: Advance paid at admission, Balance payable, Amount received (a part with Balance due on
    two: PART PAID), cash / UPI / card / NEFT and its reference; PAID - DISCHARGED / PART PAID / CARD DECLINED /
    PAYMENT PENDING - NEFT CREDIT AWAITED in a row and in the clinic's rubber stamp."""
    k = place("surgery_bill")
    status = outcome(k, failed=(4,), pending=(1,))
    way = SURGERY_WAYS[k]
    if status == "failed":
        way = "card"
    j = Job(rng, status, no_ref=k == 3, no_day=k == 7, firm=0.3)
    p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.3)
    letterhead(p, j, j.to, ["IPD FINAL BILL", "SURGERY & INPATIENT BILL - FINAL", "DISCHARGE BILL CUM RECEIPT"],
               sub=[SUBS[1], "24x7 emergency | Surgery | Inpatient care"])
    if not j.no_ref:
        bno = rng.choice([f"IPB/{j.year()}{rng.randrange(1, 9999):04d}", f"FB{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Bill No.", "Final Bill No.", "Invoice No."]), bno, txn=(INVOICE_RANK, bno))
    if not j.no_day:
        p.pair(rng.choice(["Bill Date", "Date"]), j.day(rng), date=j.date)
    p.pair(rng.choice(["IPD No.", "Case No.", "IP No."]), pet_id(rng))
    pet_rows(p, j)
    p.pair(rng.choice(["Surgeon", "Treating vet"]), VETS[j.town])
    days = rng.randint(1, 6)
    if not j.no_day:
        p.pair(rng.choice(["Admitted on", "Date of admission"]), when(j.date - dt.timedelta(days=days),
                                                                      rng.choice(DAY_PATS)))
    p.pair(rng.choice(["Days admitted", "Stay"]), f"{days} day{'s' if days > 1 else ''}")
    p.add("rule")
    name, fee = rng.choice(SURGERIES)
    fee = whole(fee * rng.uniform(0.85, 1.3), 100)
    wrap_pair(p, "Surgery", name)
    p.pair(rng.choice(["Surgeon's fee", "Procedure charges"]), rs(fee))
    gross = fee
    lines = [(rng.choice(["Anaesthesia & monitoring", "GA & monitoring"]), whole(fee * rng.uniform(0.15, 0.3), 50))]
    ward = float(rng.choice([600, 800, 1000, 1500]))
    lines.append((f"Ward / ICU {days} x {ward:.0f}", ward * days))
    lines.append((rng.choice(["Medicines & consumables", "Pharmacy & consumables"]),
                  rupees(rng, 900, 6500, p_round=0.3)))
    if rng.random() < 0.7:
        lines.append((rng.choice(["Lab tests (CBC, KFT)", "X-ray & lab", "Pre-op blood work"]),
                      float(rng.choice([900, 1200, 1650, 2400]))))
    if rng.random() < 0.4:
        lines.append(("E-collar & dressing", 450.0))
    for label, value in lines:
        p.pair(label, rs(value))
        gross += value
    gross = round(gross, 2)
    p.add("rule")
    p.pair(rng.choice(["Gross bill", "Total bill amount", "Total charges"]), rs(gross))
    net = gross
    if rng.random() < 0.3:
        cut = float(round(gross * rng.choice([0.05, 0.1])))
        p.pair(rng.choice(["Less: Discount", "Less: Concession"]), rs(cut))
        net = round(gross - cut, 2)
    advance = whole(net * rng.uniform(0.25, 0.5), 500)
    p.pair(rng.choice(["Less: Advance paid at admission", "Less: Advance received earlier"]), rs(advance))
    balance = round(net - advance, 2)
    p.pair(rng.choice(["Balance payable", "Net payable"]), rs(balance))
    if way == "cash" and balance > 19000:
        way = "UPI"
    part = status == "success" and k in (2, 6)
    paid = whole(balance * rng.uniform(0.4, 0.7), 500) if part else balance
    j.amount = paid
    p.pair(rng.choice(["Amount received", "Received now", "Paid at discharge"]) if status == "success"
           else "Amount", rs(paid), amount=paid)
    if part:
        p.pair(rng.choice(["Balance due", "Balance to pay at follow-up"]), rs(round(balance - paid, 2)))
    if rng.random() < 0.4:
        p.add("small", f"({words_in_rupees(paid)})")
    p.pair(rng.choice(["Payment mode", "Paid by", "Mode"]),
           {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (clinic QR)", "GPay / UPI"]), "netbanking": "NEFT",
            "card": f"{rng.choice(['Visa', 'RuPay', 'Mastercard'])} card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UTR", "UPI Txn Ref"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
        elif way == "netbanking":
            ref = neft_utr(rng.choice(["SBIN", "HDFC", "UTIB", "BARB"]), rng, j.date)
            p.pair(rng.choice(["UTR", "UTR No."]), ref, txn=(UTR_RANK, ref))
    word = {"success": "PART PAID" if part else rng.choice(["PAID - DISCHARGED", "PAID"]),
            "failed": rng.choice(["CARD DECLINED", "CARD DECLINED - BILL NOT SETTLED"]),
            "pending": rng.choice(["PAYMENT PENDING", f"PAYMENT PENDING - {'NEFT' if way == 'netbanking' else 'UPI'}"
                                   " CREDIT AWAITED"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Suture removal and the first review are free within 10 days of discharge.")
    p.add("right", "Billing Executive")
    stamped(p, j, short(CLINICS[j.town][CLINIC]), "IPD BILLING", word)
    return p.done()


# ---------------------------------------------------------------- 4. the pet shop's POS invoice


# an item: its name, price before GST, GST rate, HSN code
SHOP_ITEMS = [("Royal Canin Maxi Adult 4 kg", 3350.0, 18, "2309"),
              ("Drools Puppy Chicken & Egg 3 kg", 749.0, 18, "2309"),
              ("Pedigree Adult Chicken & Veg 10 kg", 2440.0, 18, "2309"),
              ("Whiskas Ocean Fish 1.2 kg", 520.0, 18, "2309"), ("Farmina N&D Cat Adult 1.5 kg", 2150.0, 18, "2309"),
              ("Meo Kitten Tuna 1.1 kg", 445.0, 18, "2309"), ("Choostix dog treats 450 g", 215.0, 18, "2309"),
              ("Cat litter (bentonite) 5 kg", 480.0, 18, "2508"), ("Nylon collar + leash set", 399.0, 12, "4201"),
              ("Steel bowl 750 ml", 220.0, 12, "7323"), ("Rope chew toy", 180.0, 12, "9503"),
              ("Dog shampoo 200 ml", 235.0, 18, "3305"), ("Deworming tablet (strip of 4)", 210.0, 5, "3004"),
              ("Tick & flea chewable (1)", 1150.0, 5, "3004"), ("Calcium syrup 200 ml", 260.0, 5, "3004"),
              ("Multivitamin drops 30 ml", 190.0, 5, "3004")]
SHOP_WAYS = ["UPI", "cash", "card", "UPI", "UPI", "cash", "card", "UPI"]


def petshop_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The pet shop's POS TAX INVOICE (thermal or A5 paper): the shop on top (the payee, its company on some), GSTIN,
    Bill / Invoice No., Date, Cashier, the customer, each item with its HSN, quantity x rate and value, Sub total,
    CGST / SGST @ 9% / 6% / 2.5% (GST 18%, 12%, 5%), Round off, Net Amount (the sum moved), cash (Tendered and
    Change: no facts) / UPI / card and its reference, loyalty points (no fact); PAID / UPI PAYMENT FAILED - BILL ON
    HOLD / PAYMENT PENDING - UPI CONFIRMATION AWAITED."""
    k = place("petshop_invoice")
    status = outcome(k, failed=(0,), pending=(4,))
    way = SHOP_WAYS[k]
    j = Job(rng, status, no_ref=k == 5, no_day=k == 2, unit=SHOP, firm=0.25, caps=0.35)
    p = screen(rng, font, width=rng.choice([540, 580, 620]), size=rng.choice([16, 17]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs", ""], p_slash=0.0)
    bare = counter_rs(rng, font, [""], p_slash=0.0)
    letterhead(p, j, j.to, ["TAX INVOICE", "RETAIL INVOICE", "CASH MEMO / TAX INVOICE"],
               sub=["Pet food | Medicines | Accessories", f"A unit of {CLINICS[j.town][CLINIC]}"])
    if not j.no_ref:
        inv = rng.choice([f"PS/{j.year()}{rng.randrange(1, 99999):05d}", str(rng.randrange(10000, 999999))])
        p.pair(rng.choice(["Bill No:", "Invoice No:", "Inv No:"]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Date:", "Bill Date:"]), j.day(rng), date=j.date)
    p.pair("Time:", hhmm(rng))
    p.pair("Cashier:", rng.choice(["Ravi", "Sneha", "POS-1", "Counter 2", "Meena"]))
    wrap_pair(p, rng.choice(["Customer:", "Name:"]), j.owner)
    p.add("rule")
    taxable: dict[int, float] = {}
    for name, price, rate, hsn in rng.sample(SHOP_ITEMS, rng.randint(2, 5)):
        qty = rng.choice([1, 1, 1, 2, 3]) if price < 1000 else 1
        value = round(qty * price, 2)
        p.add("left", name)
        p.pair(f"  HSN {hsn}  {qty} x {bare(price).strip()}  ({rate}%)", bare(value).strip())
        taxable[rate] = taxable.get(rate, 0.0) + value
    p.add("rule")
    sub_total = round(sum(taxable.values()), 2)
    p.pair(rng.choice(["Sub total", "Taxable value"]), rs(sub_total).strip())
    tax = 0.0
    for rate in sorted(taxable):
        half = round(taxable[rate] * rate / 200, 2)
        p.pair(f"CGST @ {rate / 2:g}%", bare(half).strip())
        p.pair(f"SGST @ {rate / 2:g}%", bare(half).strip())
        tax += 2 * half
    gross = round(sub_total + tax, 2)
    net = float(round(gross))
    if abs(net - gross) >= 0.005:
        p.pair("Round off", f"{net - gross:+.2f}")
    j.amount = net
    p.pair(rng.choice(["NET AMOUNT", "Net Amount", "Grand Total", "TOTAL"]), rs(net).strip(), amount=net)
    if way == "cash":
        tendered = float(-(-net // 500) * 500)
        p.pair("Cash tendered", bare(tendered).strip())
        p.pair(rng.choice(["Change", "Change returned"]), bare(tendered - net).strip())
    p.pair(rng.choice(["Paid by", "Mode", "Payment"]),
           {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (Paytm QR)", "UPI - QR"]),
            "card": f"{rng.choice(['Debit', 'Credit'])} card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No:", "UTR:", "UPI Txn ID:"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Appr Code:", "Auth Code:"]), appr, txn=(APPR_RANK, appr))
            if rng.random() < 0.5:
                p.pair("RRN:", j.ref, txn=(UTR_RANK, j.ref))
    if status == "success" and rng.random() < 0.5:
        p.pair("Loyalty points earned", str(int(net // 100)))
    word = {"success": rng.choice(["PAID", "** PAID **", "PAID - THANK YOU"]),
            "failed": "UPI PAYMENT FAILED - BILL ON HOLD",
            "pending": rng.choice(["PAYMENT PENDING - UPI CONFIRMATION AWAITED", "UPI PENDING"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Goods once sold will be exchanged within 7 days with the bill. Medicines are not returnable.")
    p.add("center", rng.choice(["Thank you! Visit again", "Happy pets, happy homes"]))
    return p.done()


# ---------------------------------------------------------------- 5. the counter terminal's card charge slip


SLIP_HEADS = ["PAYTM EDC", "PINE LABS", "ICICI BANK", "RAZORPAY POS", "HDFC BANK", "PHONEPE POS", "SBI PAYMENTS",
              "KOTAK BANK"]
SLIP_UNITS = [CLINIC, CLINIC, SHOP, SALON, KENNEL, CLINIC]
ISSUERS = ["HDFC BANK", "ICICI BANK", "SBI CARD", "AXIS BANK", "KOTAK BANK", "BOB CARD", "IDFC FIRST", "AU BANK"]


def card_slip(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The reception's card terminal slip (Paytm EDC, Pine Labs, a bank's, Razorpay POS, PhonePe POS, SBI Payments;
    monospace): the terminal's name, the clinic (or its shop, salon, kennel) in capitals under it, MID, TID, DATE,
    TIME, BATCH, INVOICE NO, SALE / CONTACTLESS SALE with a card surcharge on some (BASE AMOUNT, CONV FEE, TOTAL
    AMOUNT: the sum charged), the card masked, APPR CODE, RRN; APPROVED / DECLINED / TXN PENDING."""
    k = place("card_slip")
    status = outcome(k, failed=(2,), pending=(5,))
    unit = rng.choice(SLIP_UNITS)
    low, high = UNIT_SUMS[unit]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 6, low=max(low, 400), high=high * 2, p_round=0.7, unit=unit,
            firm=0.0, caps=1.0)
    p = screen(rng, font, width=rng.choice([460, 500, 540]), size=rng.choice([17, 18, 19]))
    paper(p, rng)
    mark = rng.choice(["RS.", "Rs.", "INR ", "RS ", ""])
    grouped = rng.random() < 0.4

    def sale(value: float) -> str:
        return f"{mark}{value:,.2f}" if grouped else f"{mark}{value:.2f}"

    name = next(n for n in (j.to, CLINICS[j.town][CLINIC].upper(), "VETERINARY CLINIC") if fits(p, "center", n))
    j.to = name
    p.part = "head"
    p.add("center", SLIP_HEADS[k])
    p.add("center", name, merchant=name)
    p.add("center", f"{CITIES[j.town][2].upper()}, {CITIES[j.town][0].upper()}")
    p.part = "body"
    p.pair("MID:", digits(rng, 15) if fits(p, "pair", f"MID: {'0' * 15}  ") else digits(rng, 10))
    p.pair("TID:", digits(rng, 8))
    if not j.no_day:
        p.pair("DATE:", when(j.date, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y", "%d%b%y", "%b %d,%Y",
                                                  "%d.%m.%y"]), upper=True), date=j.date)
    p.pair("TIME:", hhmm(rng, twelve=False, seconds=True))
    p.pair(rng.choice(["BATCH NO:", "BATCH:"]), f"{rng.randrange(1, 999):06d}")
    if not j.no_ref:
        inv = f"{rng.randrange(1, 9999):06d}"
        p.pair(rng.choice(["INVOICE NO:", "INV NO:", "BILL NO:"]), inv, txn=(INVOICE_RANK, inv))
    p.add("center", rng.choice(["SALE", "CARD SALE", "CONTACTLESS SALE"]))
    p.add("left", f"{rng.choice(ISSUERS)} {rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])} "
                  f"{rng.choice(['CREDIT', 'DEBIT'])}")
    p.add("left", f"CARD: XXXX XXXX XXXX {digits(rng, 4)}", method="card")
    p.add("left", rng.choice(["CHIP  PIN", "TAP (CONTACTLESS)", "CHIP"]))
    if rng.random() < 0.4:
        pct = rng.choice([1.0, 1.5, 2.0])
        base = j.amount
        fee = round(base * pct / 100, 2)
        j.amount = round(base + fee, 2)
        p.pair(rng.choice(["BASE AMOUNT:", "BASE AMT:"]), sale(base))
        p.pair(rng.choice([f"SURCHARGE {pct:.2f}%:", f"CONV FEE {pct:.1f}%:"]), sale(fee))
        p.pair(rng.choice(["TOTAL AMOUNT:", "TOTAL AMT:"]), sale(j.amount), amount=j.amount)
    else:
        p.pair(rng.choice(["SALE AMOUNT:", "AMOUNT:", "TOTAL:"]), sale(j.amount), amount=j.amount)
    if not j.no_ref and status == "success":
        appr = code(rng, 6, "0123456789") if rng.random() < 0.7 else code(rng, 6, UPPER + "0123456789")
        p.pair(rng.choice(["APPR CODE:", "AUTH CODE:"]), appr, txn=(APPR_RANK, appr))
    if not j.no_ref and status != "pending":
        p.pair(rng.choice(["RRN:", "RRN NO:", "REF NO:"]), j.ref, txn=(UTR_RANK, j.ref))
    p.add("rule")
    p.add("center", {"success": rng.choice(["APPROVED", "TXN APPROVED"]),
                     "failed": rng.choice(["DECLINED", "TXN DECLINED"]), "pending": "TXN PENDING"}[status],
          status=status)
    if status == "failed":
        p.add("center", rng.choice(["55-INCORRECT PIN", "51-INSUFFICIENT FUNDS"]))
    elif status == "pending":
        p.add("center", "HOST TIMEOUT - DO NOT RETRY")
    p.part = "foot"
    p.add("small", "PIN VERIFIED OK. NO SIGNATURE REQUIRED" if status == "success"
          else "I AGREE TO PAY AS PER CARD ISSUER AGREEMENT.")
    p.add("center", rng.choice(["*** CUSTOMER COPY ***", "*** MERCHANT COPY ***"]))
    return p.done()


# ---------------------------------------------------------------- 6. a grooming booking paid through a gateway


GATEWAYS = ["Razorpay", "Instamojo", "Cashfree", "PayU", "PhonePe PG", "Easebuzz", "CCAvenue", "Razorpay"]
GROOM_WAYS = ["UPI", "card", "UPI", "netbanking", "UPI", "wallet", "card", "UPI"]
PACKAGES = [("Full grooming - small breed", 1499.0), ("Full grooming - large breed", 2299.0),
            ("Bath & blow dry", 899.0), ("Tick & flea medicated bath", 999.0), ("Cat grooming - long coat", 1799.0),
            ("Hair cut + nail trim", 1199.0), ("Puppy's first groom", 799.0), ("De-shedding spa", 1699.0)]
ADDONS = [("Nail clipping", 199.0), ("Ear cleaning", 149.0), ("Pick-up & drop", 299.0), ("Paw butter massage", 249.0),
          ("Teeth brushing", 199.0)]


def instamojo_ids(rng: random.Random, date: dt.date) -> list[tuple[str, str, float]]:
    """Instamojo's own ids: its Payment ID (MOJO…), and a Payment Request ID (the order's) on some."""
    ids = [("Payment ID", f"MOJO{date:%y%m}{code(rng, 4, '0123456789')}{code(rng, 7, ALNUM)}", TXN_RANK)]
    if rng.random() < 0.5:
        ids.append(("Payment Request ID", code(rng, 32, "0123456789abcdef")[:20], ORDER_RANK))
    return ids


def grooming_gateway(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A pet owner paying the grooming salon's booking through a gateway (Razorpay, Instamojo, Cashfree, PayU,
    PhonePe PG, Easebuzz, CCAvenue; browser or phone, dark on some): the salon on top (Paying / Payment to on some),
    the outcome, the sum large, the package and add-ons, GST @ 18%, a card's convenience fee and Total on some, the
    salon's Booking ID (the order's number), the pet and the slot (no fact), the way, the gateway's ids, a UPI Ref
    No / Bank Ref No on some, the day."""
    k = place("grooming_gateway")
    status = outcome(k, failed=(4,), pending=(1,))
    gw, way = GATEWAYS[k], GROOM_WAYS[k]
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, unit=SALON, firm=0.15, caps=0.2)
    j.pet = furry(rng)
    name, price = rng.choice([pack for pack in PACKAGES if ("Cat" in pack[0]) == (j.pet[1] == "Feline")
                              or pack[0] in ("Bath & blow dry", "Hair cut + nail trim")])
    adds = rng.sample(ADDONS, rng.randint(0, 2))
    base = round(price + sum(value for _, value in adds), 2)
    gst = round(base * 0.18, 2)
    fee = round((base + gst) * 0.02, 2) if way == "card" and rng.random() < 0.6 else 0.0
    total = round(base + gst + fee, 2)
    j.amount = total
    if k % 2 == 0:
        p = screen(rng, font, "browser", width=rng.choice([680, 720]), size=rng.choice([19, 20]))
        p.style["h106"]["url"] = {"Razorpay": f"rzp.io/l/{code(rng, 8, MIXED)}",
                                  "Cashfree": f"payments.cashfree.com/links/{code(rng, 10, MIXED)}",
                                  "PhonePe PG": "mercury.phonepe.com/transact/pg",
                                  "CCAvenue": "secure.ccavenue.com/transaction/status"}[gw]
    else:
        p = screen(rng, font, "phone", dark=rng.random() < 0.35, width=620, title="",
                   buttons=rng.choice([("Done",), ("Back to bookings",), ()]))
        phone_frame(p, k)
    rs = money(rng, font, 0.4)
    p.part = "head"
    if rng.random() < 0.5:
        top(p, j.to, merchant=j.to)
    else:
        p.add("small", rng.choice(["Paying", "Payment to"]))
        p.add("center", j.to, merchant=j.to)
    p.add("small", rng.choice(["Grooming appointment", "Pet grooming booking", "Spa & grooming - online booking"]))
    p.part = "outcome"
    outcome_row(p, status, {"success": ["Payment Successful", "Booking confirmed - paid", "Payment successful"],
                            "failed": ["Payment Failed", "Payment failed - booking not confirmed"],
                            "pending": ["Payment Pending", "Payment processing"]})
    p.add("big", rs(total), amount=total)
    p.part = "body"
    p.add("rule")
    if not j.no_ref:
        bid = rng.choice([f"GRM{digits(rng, 6)}", f"BK-{code(rng, 2, UPPER)}{digits(rng, 5)}"])
        labelled(p, rng.choice(["Booking ID", "Booking No", "Appointment ID"]), bid, txn=(ORDER_RANK, bid))
    p.pair("Pet", f"{j.pet[0]} ({j.pet[2]})" if fits(p, "pair", f"Pet {j.pet[0]} ({j.pet[2]})    ") else j.pet[0])
    wrap_pair(p, rng.choice(["Package", "Service"]), name)
    p.pair(rng.choice(["Package price", "Service charge"]), rs(price))
    for label, value in adds:
        p.pair(f"+ {label}", rs(value))
    p.pair("GST @ 18%", rs(gst))
    if fee:
        p.pair(rng.choice(["Convenience fee", "Card processing fee"]), rs(fee))
        p.pair(rng.choice(["Total paid", "Total"]) if status == "success" else "Total", rs(total))
    if not j.no_day:
        slot = j.date + dt.timedelta(days=rng.randrange(1, 6))
        p.pair(rng.choice(["Slot", "Appointment"]), f"{when(slot, rng.choice(['%a, {d} %b', '%d %b']))}, "
                                                     f"{rng.choice(['10:00 AM', '11:30 AM', '04:00 PM', '05:30 PM'])}")
    p.pair(rng.choice(["Paid via", "Payment method", "Method"]), way_text(rng, font, way), method=way)
    if not j.no_ref:
        ids = instamojo_ids(rng, j.date) if gw == "Instamojo" else gateway_ids(rng, gw, j.date)
        for label, value_text, rank in ids:
            labelled(p, label, value_text, txn=(rank, value_text))
        if status == "success" and way in ("UPI", "netbanking") and rng.random() < 0.7:
            ref = j.ref if way == "UPI" else f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
            labelled(p, rng.choice(["UPI Ref No", "Bank RRN"]) if way == "UPI" else "Bank Ref No", ref,
                     txn=(UTR_RANK if way == "UPI" else BANK_RANK, ref))
    if not j.no_day:
        labelled(p, rng.choice(["Paid on", "Date", "Payment date", "Date & Time"] if status == "success"
                               else ["Date", "Date & Time", "Attempted on"]), stamp(rng, j.date, PATS), date=j.date)
    if status == "failed":
        p.add("small", rng.choice(REFUND))
    elif status == "pending":
        p.add("small", rng.choice(WAIT))
    else:
        p.add("small", "Please bring the vaccination card. Reschedule free up to 24 hours before the slot.")
    p.part = "foot"
    p.add("gap")
    p.add("small", f"Secured by {gw}")
    return p.done()


# ---------------------------------------------------------------- 7. the boarding kennel's advance or check-out


KENNEL_KINDS = ["advance", "checkout", "advance", "checkout", "checkout", "advance", "checkout", "advance"]
KENNEL_WAYS = ["UPI", "card", "cash", "UPI", "netbanking", "UPI", "UPI", "card"]
ROOMS = [("Standard kennel", 700.0), ("Deluxe AC suite", 1400.0), ("Cattery cabin", 600.0),
         ("Large breed run", 1000.0), ("Premium suite with webcam", 1800.0)]
EXTRAS = [("Home food handling", 100.0), ("Extra walk (per day)", 150.0), ("Bath before pick-up", 600.0),
          ("Medication administration", 100.0), ("Play session (per day)", 200.0)]


def kennel_boarding(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The boarding kennel's receipt (paper or e-mail): the kennel on top (the payee), BOARDING ADVANCE RECEIPT (a
    deposit at booking) or CHECK-OUT BILL CUM RECEIPT (the settlement: nights x rate, extras, GST @ 18%, Total,
    Less: Advance paid at booking, Balance received), Receipt No., Booking No. (the order's number), Date / Paid on,
    check-in and check-out days (no fact), the pet and owner, the room, cash / UPI / card / NEFT and its reference;
    ADVANCE RECEIVED / PAID - CHECKED OUT / UPI PAYMENT FAILED / PAYMENT PENDING."""
    k = place("kennel_boarding")
    status = outcome(k, failed=(6,), pending=(3,))
    kind, way = KENNEL_KINDS[k], KENNEL_WAYS[k]
    j = Job(rng, status, no_ref=k == 0, no_day=k == 2, unit=KENNEL, firm=0.2, caps=0.25)
    j.pet = furry(rng)
    mail = k in (1, 5)
    if mail:
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{CLINICS[j.town][KENNEL]} <boarding@{SLUGS[j.town]}.in>",
                   rng.choice(["Boarding receipt", "Your boarding payment", "Check-out receipt"]))
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.0 if mail else 0.4)
    letterhead(p, j, j.to, ["BOARDING ADVANCE RECEIPT", "BOARDING DEPOSIT RECEIPT"] if kind == "advance"
               else ["CHECK-OUT BILL CUM RECEIPT", "BOARDING SETTLEMENT RECEIPT"],
               sub=["Dog & cat boarding | Daycare | Vet on call", "Pet hotel - AC suites, cattery, play yard"])
    if not j.no_ref:
        rno = rng.choice([f"BR/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(1000, 99999))])
        p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
        bno = rng.choice([f"BKG{digits(rng, 6)}", f"PB-{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Booking No.", "Booking ID"]), bno, txn=(ORDER_RANK, bno))
    if not j.no_day:
        p.pair(rng.choice(["Date", "Paid on", "Received on"]) if status == "success" else "Date", j.day(rng),
               date=j.date)
    pet_rows(p, j, labels=("Pet", "Guest", "Pet name"))
    room, rate = rng.choice(ROOMS)
    nights = rng.randint(2, 14)
    if kind == "advance":
        check_in = j.date + dt.timedelta(days=rng.randrange(2, 30))
    else:
        check_in = j.date - dt.timedelta(days=nights)
    if not j.no_day:
        pat = rng.choice(DAY_PATS)
        p.pair(rng.choice(["Check-in", "Check-in date"]), when(check_in, pat))
        p.pair(rng.choice(["Check-out", "Check-out date"]), when(check_in + dt.timedelta(days=nights), pat))
    wrap_pair(p, rng.choice(["Room", "Accommodation"]), room)
    p.add("rule")
    stay = rate * nights
    p.pair(f"Boarding {nights} nights x {rate:.0f}", rs(stay))
    total = stay
    for label, value in rng.sample(EXTRAS, rng.randint(0, 2)):
        value = value * (nights if "day" in label else 1)
        p.pair(label, rs(value))
        total += value
    gst = round(total * 0.18, 2)
    p.pair("GST @ 18%", rs(gst))
    total = round(total + gst, 2)
    p.pair(rng.choice(["Total", "Total charges"]) if kind == "checkout" else "Estimated total", rs(total))
    if kind == "advance":
        paid = whole(total * rng.choice([0.3, 0.5, 0.5, 1.0]), 100)
        p.pair(rng.choice(["Advance received", "Deposit paid", "Advance"]) if status == "success" else "Advance",
               rs(paid), amount=paid)
        if paid < total:
            p.pair(rng.choice(["Balance at check-out", "Balance payable"]), rs(round(total - paid, 2)))
    else:
        advance = whole(total * rng.uniform(0.3, 0.5), 100)
        paid = round(total - advance, 2)
        p.pair(rng.choice(["Less: Advance paid at booking", "Less: Deposit"]), rs(advance))
        p.pair(rng.choice(["Balance received", "Amount paid"]) if status == "success" else "Balance", rs(paid),
               amount=paid)
    j.amount = paid
    if way == "cash" and paid > 15000:
        way = "UPI"
    p.pair(rng.choice(["Mode", "Paid by"]),
           {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (QR)"]), "netbanking": "NEFT",
            "card": f"Card {masked(rng, font)}"}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
        elif way == "netbanking":
            ref = neft_utr(rng.choice(["SBIN", "HDFC", "KKBK"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {"success": rng.choice(["ADVANCE RECEIVED", "RECEIVED"]) if kind == "advance"
            else rng.choice(["PAID - CHECKED OUT", "PAID"]),
            "failed": "UPI PAYMENT FAILED", "pending": rng.choice(["PAYMENT PENDING", "UPI NOT CONFIRMED - PENDING"])}
    p.add("center", word[status], status=status)
    p.part = "foot"
    p.add("small", "Vaccination (DHPPi, anti-rabies) must be current. Advance is refundable up to 48 hours before "
                   "check-in.")
    if not mail:
        p.add("right", "Front office")
    return p.done()


# ---------------------------------------------------------------- 8. a pet insurer's claim settlement advice


INSURERS = ["Bajaj Allianz General Insurance", "Future Generali India Insurance", "HDFC ERGO General Insurance",
            "ICICI Lombard General Insurance", "The New India Assurance Co. Ltd.", "Go Digit General Insurance",
            "Tata AIG General Insurance", "The Oriental Insurance Co. Ltd."]
INSURER_SLUGS = ["bajajallianz.co.in", "futuregenerali.in", "hdfcergo.com", "icicilombard.com", "newindia.co.in",
                 "godigit.com", "tataaig.com", "orientalinsurance.org.in"]
CLAIM_FRAMES = ["mail", "browser", "mail", "paper", "mail", "browser", "mail", "paper"]
TREATMENTS = ["Gastroenteritis - IPD 3 days", "Tick fever (Ehrlichiosis)", "Fracture fixation - left femur",
              "Pyometra surgery", "Canine parvovirus - IPD", "Dog bite wound - surgery", "Urinary stones - cystotomy"]


def claim_settlement(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A pet insurer paying the clinic for an insured pet's treatment by NEFT (its e-mail, its provider portal or a
    letter): the insurer on top (the payer), PET INSURANCE - CLAIM SETTLEMENT ADVICE / PAYMENT ADVICE - CASHLESS
    CLAIM, Advice No., Payee / Paid to / Provider Name the clinic (its company on many), Claim No. / Claim ID,
    Policy No., Pre-auth No. on cashless ones, the policyholder, the pet and its microchip (never ids), the
    treatment, Claimed amount, Less: non-payable items, co-pay, TDS u/s 194J, Net amount paid, NEFT to the clinic's
    a/c, UTR and Payment Ref No., Payment date; Settled - paid / NEFT returned / Approved - payment under process."""
    k = place("claim_settlement")
    status = outcome(k, failed=(5,), pending=(2,))
    frame = CLAIM_FRAMES[k]
    j = Job(rng, status, no_ref=k == 7, no_day=k == 4, low=6000, high=160000, p_round=0.4, firm=0.5, caps=0.4)
    insurer = INSURERS[k]
    j.pet = furry(rng)
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{insurer.replace('The ', '').split(' Co.')[0]} <claims@{INSURER_SLUGS[k]}>",
                   rng.choice(["Claim settlement advice", "Payment advice - pet insurance claim"]))
    elif frame == "browser":
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"provider.{INSURER_SLUGS[k]}/claims/payment-advice"
    else:
        p = screen(rng, font, width=rng.choice([700, 740]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR"))
    cashless = rng.random() < 0.5
    p.part = "head"
    top(p, insurer)
    p.add("small", rng.choice(["Health & Pet Claims Department", "Pet Insurance - Claims Hub",
                               "Claims Settlement Unit"]))
    p.add("center", "PAYMENT ADVICE - CASHLESS CLAIM" if cashless
          else rng.choice(["PET INSURANCE - CLAIM SETTLEMENT ADVICE", "CLAIM PAYMENT INTIMATION"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        adv = rng.choice([f"PA/{j.year()}{digits(rng, 7)}", f"ADV{digits(rng, 9)}"])
        p.pair(rng.choice(["Advice No.", "Payment Advice No."]), adv, txn=(INVOICE_RANK, adv))
    wrap_pair(p, rng.choice(["Payee", "Paid to", "Provider Name"]), j.to, merchant=j.to)
    p.pair("City", CITIES[j.town][0])
    p.pair(rng.choice(["Claim No.", "Claim ID"]), rng.choice([f"CLM{digits(rng, 10)}", f"PET-{digits(rng, 8)}"]))
    p.pair("Policy No.", rng.choice([f"{digits(rng, 4)}/{digits(rng, 8)}/00/000", f"P{digits(rng, 12)}"]))
    if cashless:
        p.pair(rng.choice(["Pre-auth No.", "AL No."]), f"AL{digits(rng, 8)}")
    wrap_pair(p, rng.choice(["Policyholder", "Insured", "Proposer"]), j.owner)
    name, species, breed, _ = j.pet
    wrap_pair(p, "Insured pet", f"{name} ({breed})")
    p.pair(rng.choice(["Microchip No.", "Pet ID (microchip)"]), microchip(rng))
    wrap_pair(p, rng.choice(["Treatment", "Ailment"]), rng.choice(TREATMENTS))
    if not j.no_day:
        p.pair(rng.choice(["Date of treatment", "Treatment from"]),
               when(j.date - dt.timedelta(days=rng.randrange(8, 45)), rng.choice(DAY_PATS)))
    p.add("rule")
    claimed = rupees(rng, 8000, 180000, p_round=0.5)
    p.pair(rng.choice(["Claimed amount", "Amount claimed"]), rs(claimed))
    non_pay = float(rng.choice([0, 350, 600, 1200, 1850]))
    if non_pay:
        p.pair(rng.choice(["Less: Non-payable items", "Less: Disallowed"]), rs(non_pay))
    approved = round(claimed - non_pay, 2)
    pct = rng.choice([0, 10, 20])
    if pct:
        copay = round(approved * pct / 100, 2)
        p.pair(f"Less: Co-pay ({pct}%)", rs(copay))
        approved = round(approved - copay, 2)
    p.pair(rng.choice(["Approved amount", "Admissible amount"]), rs(approved))
    tds = round(approved * 0.1, 2) if rng.random() < 0.5 else 0.0
    if tds:
        p.pair("Less: TDS u/s 194J @ 10%", rs(tds))
    net = round(approved - tds, 2)
    j.amount = net
    p.pair(rng.choice(["Net amount paid", "Amount transferred", "Net payable"]) if status == "success"
           else "Net amount", rs(net), amount=net)
    p.pair(rng.choice(["Mode", "Payment mode"]), rng.choice(["NEFT", "NEFT to provider a/c"]), method="netbanking")
    p.pair(rng.choice(["Beneficiary A/c", "Credited to A/c"]), f"XXXXXXX{digits(rng, 4)}")
    if not j.no_ref:
        if status == "success":
            ref = neft_utr(rng.choice(["UTIB", "HDFC", "ICIC", "SBIN"]), rng, j.date)
            p.pair(rng.choice(["UTR", "UTR No.", "NEFT UTR"]), ref, txn=(UTR_RANK, ref))
        if status != "pending" and rng.random() < 0.6:
            bank_ref = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
            p.pair(rng.choice(["Payment Ref No.", "Payment Batch Ref"]), bank_ref, txn=(BANK_RANK, bank_ref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Payment date", "Date of payment", "Transfer date"]), "failed": "Returned on",
                "pending": "Approved on"}[status], j.day(rng), date=j.date)
    p.pair(rng.choice(["Claim Status", "Payment Status", "Status"]),
           {"success": rng.choice(["Settled - paid", "Payment processed", "Paid"]),
            "failed": "NEFT returned - account details mismatch",
            "pending": "Approved - payment under process"}[status], status=status)
    p.part = "foot"
    p.add("small", "Please do not collect the approved amount from the policyholder. This is a system generated "
                   "advice.")
    return p.done()


# ---------------------------------------------------------------- 9. a diagnostic lab's invoice to the clinic


LABS = ["VetPath Diagnostics", "Mysore Animal Diagnostic Lab", "Doon Veterinary Diagnostics",
        "Gujarat Vet Lab Services", "Kerala Pet Diagnostics", "Malwa Animal Pathology Lab",
        "North East Vet Diagnostic Centre", "Tricity Vet Labs"]
TESTS = [("CBC + blood smear", 650.0), ("Tick fever PCR panel", 1800.0), ("Canine parvo antigen", 900.0),
         ("LFT + KFT", 1100.0), ("Histopathology (1 tissue)", 1500.0), ("Urinalysis", 350.0),
         ("Culture & sensitivity", 1200.0), ("Thyroid T4", 900.0), ("Feline FIV / FeLV test", 1400.0),
         ("Skin fungal culture", 800.0)]
LAB_WAYS = ["netbanking", "UPI", "UPI", "card", "netbanking", "UPI", "cash", "UPI"]


def lab_invoice(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A veterinary diagnostic lab's invoice to the clinic for its samples (paper or the lab's billing page in a
    browser): the lab on top (the payee), its NABL certificate number (never an id), TAX INVOICE, Invoice No.,
    Invoice Date, Bill to / Referring clinic / Client the clinic (the payer) and its client code (never an id), each
    test with its pet and sample id (never ids), Sub total, Less: clinic discount, Total, Amount paid, NEFT / UPI /
    card / cash and its reference; Payment Status Paid / Payment failed / Payment pending."""
    k = place("lab_invoice")
    status = outcome(k, failed=(1,), pending=(7,))
    way = LAB_WAYS[k]
    j = Job(rng, status, no_ref=k == 2, no_day=k == 6)
    lab = LABS[j.town]
    j.to = lab.upper() if rng.random() < 0.3 else lab
    if k % 2:
        p = screen(rng, font, "browser", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        p.style["h106"]["url"] = f"billing.{lab.split()[0].lower()}labs.in/invoice/print"
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = money(rng, font, 0.3, marks=("\u20b9", "Rs.", "INR", "Rs"))
    city = CITIES[j.town]
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", rng.choice(["Veterinary Pathology | Microbiology | PCR", "Animal diagnostics & reference lab"]))
    p.add("small", f"{rng.randrange(2, 120)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("small", f"GSTIN: {gstin(rng, city[4])}  |  NABL Cert. No. MC-{rng.randrange(1000, 9999)}")
    p.add("center", rng.choice(["TAX INVOICE", "INVOICE - DIAGNOSTIC SERVICES", "BILL OF SUPPLY"]))
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        inv = rng.choice([f"VDL/{j.year()}{rng.randrange(1, 9999):04d}", f"INV{digits(rng, 7)}"])
        p.pair(rng.choice(["Invoice No.", "Inv No.", "Bill No."]), inv, txn=(INVOICE_RANK, inv))
    if not j.no_day:
        p.pair(rng.choice(["Invoice Date", "Date"]), stamp(rng, j.date, DAY_PATS, hour=k % 2 == 1), date=j.date)
    wrap_pair(p, rng.choice(["Bill to", "Referring clinic", "Client"]), CLINICS[j.town][rng.choice([CLINIC, FIRM])])
    p.pair(rng.choice(["Client Code", "Client ID"]), f"{code(rng, 3, UPPER)}{rng.randrange(100, 999)}")
    p.add("rule")
    total = 0.0
    for (test, price), (pet, *_) in zip(rng.sample(TESTS, rng.randint(2, 5)), rng.sample(PETS, 5)):
        p.add("left", f"{test} - {pet}")
        p.pair(f"  Sample ID {code(rng, 2, UPPER)}{digits(rng, 6)}", rs(price))
        total += price
    p.add("rule")
    p.pair("Sub total", rs(total))
    if rng.random() < 0.6:
        cut = round(total * rng.choice([0.1, 0.15, 0.2]), 2)
        p.pair(rng.choice(["Less: Clinic discount", "Less: B2B discount"]), rs(cut))
        total = round(total - cut, 2)
    p.add("small", "Veterinary diagnostic services - GST exempt (SAC 9993)")
    j.amount = total
    p.pair(rng.choice(["Total Amount", "Net Payable", "Invoice Total"]), rs(total), amount=total)
    p.pair(rng.choice(["Payment Mode", "Paid by", "Mode of payment"]),
           {"UPI": rng.choice(["UPI", "UPI (Bharat QR)"]), "cash": "Cash (sample collection boy)",
            "netbanking": "NEFT", "card": way_text(rng, font, "card")}[way], method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UPI Transaction ID"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            ref = neft_utr(rng.choice(["SBIN", "HDFC", "KKBK", "UBIN"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
    p.pair(rng.choice(["Payment Status", "Status"]),
           {"success": rng.choice(["Paid", "Payment received"]), "failed": "Payment failed",
            "pending": rng.choice(["Payment pending", "Awaiting confirmation"])}[status], status=status)
    p.part = "foot"
    p.add("small", "Reports are released on the portal once samples are processed. Thank you for your referral.")
    return p.done()


# ---------------------------------------------------------------- 10. the clinic paying its distributor


SUPPLIERS = ["Deccan Pet Foods Distributors", "Mysore Vet Pharma Agencies", "Himalayan Pet Supplies",
             "Shree Ambe Vet Distributors", "Kerala Pet Care Agencies", "Malwa Vet Pharma", "Assam Pet Food Traders",
             "Punjab Vet Agencies"]
SUPPLIER_BANKS = {1: ("Kotak Mahindra Bank", (0, 40, 100), "app", "NEFT", "KKBK"),
                  4: ("HDFC Bank NetBanking", None, "web", "RTGS", "HDFC"),
                  6: ("bob World", (240, 100, 30), "app", "IMPS", "BARB")}
SUPPLIER_URLS = {4: "netbanking.hdfcbank.com/netbanking/rtgs/txnack"}
STOCK = ["Pet food stock (Royal Canin, Drools)", "Vaccines & medicines", "Cat food & litter stock",
         "Surgical consumables", "Prescription diets", "Dewormers & tick control"]


def supplier_payment(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The clinic paying its pet-food distributor or pharma stockist: its bank's acknowledgement (Kotak's app, HDFC
    NetBanking, bob World: heldout124's page, the supplier under Beneficiary Name / Payee) or the supplier's RECEIPT
    (paper or e-mail: the supplier on top, the payee; Receipt No., Received from M/s the clinic, Towards, Outstanding
    before (no fact), Amount received, NEFT / RTGS / IMPS, UTR, Credited on; Payment received / Credit awaited)."""
    k = place("supplier_payment")
    status = outcome(k, failed=(6,), pending=(3,))
    j = Job(rng, status, no_ref=k == 5, no_day=k == 0, low=18000, high=650000, p_round=0.6)
    supplier = SUPPLIERS[j.town]
    j.to = supplier.upper() if rng.random() < 0.3 else supplier
    if k in SUPPLIER_BANKS:
        row = SUPPLIER_BANKS[k]
        if row[3] == "IMPS":
            j.amount = min(j.amount, 480000.0)
        elif row[3] == "RTGS":
            j.amount = max(j.amount, 215000.0)
        p, _ = transfer_ack(rng, font, k, row, status, j, url=SUPPLIER_URLS.get(k), widths=[720, 760],
                            third_head="Vendor payment", payee_labels=["Beneficiary Name", "Payee", "Beneficiary"])
        transfer_rows(p, rng, j.date, kind=row[2], mode=row[3], head4=row[4], status=status, no_ref=j.no_ref,
                      no_day=j.no_day, own_labels=["Reference No.", "Transaction ID"], txn_label="Transaction ID")
        p.pair("Remarks", rng.choice(["Pet food bill", "Vet pharma payment", "Stock payment"]))
        p.part = "foot"
        p.add("gap")
        p.add("small", "Never share your OTP or password with anyone.")
        return p.done()
    kind = "mail" if k in (2, 7) else "paper"
    if kind == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{supplier} <accounts@{supplier.split()[0].lower()}vet.in>",
                   rng.choice(["Payment received - thank you", "Receipt for your payment"]))
    else:
        p = screen(rng, font, width=rng.choice([680, 720]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "INR"], p_slash=0.3 if kind == "paper" else 0.0)
    letterhead(p, j, j.to, ["RECEIPT", "PAYMENT RECEIPT", "MONEY RECEIPT"],
               sub=["Distributors of pet food, veterinary medicines & vaccines",
                    "Authorised stockist - pet nutrition and animal health"])
    if not j.no_ref:
        rno = rng.choice([f"RC/{j.year()}{rng.randrange(1, 9999):04d}", str(rng.randrange(100, 9999))])
        p.pair(rng.choice(["Receipt No.", "Voucher No."]), rno, txn=(INVOICE_RANK, rno))
    wrap_pair(p, rng.choice(["Received from", "Received with thanks from"]),
              f"M/s {CLINICS[j.town][rng.choice([CLINIC, FIRM])]}")
    wrap_pair(p, "Towards", rng.choice(STOCK))
    p.pair(rng.choice(["Outstanding before", "Due before payment"]), rs(round(j.amount * rng.uniform(1.1, 1.8), -2)))
    p.pair(rng.choice(["Amount received", "Amount"]) if status == "success" else "Amount", rs(j.amount),
           amount=j.amount)
    if rng.random() < 0.5:
        p.add("small", f"({words_in_rupees(j.amount)})")
    mode = "RTGS" if j.amount >= 200000 and rng.random() < 0.7 else rng.choice(["NEFT", "IMPS"])
    p.pair(rng.choice(["Mode", "Received by"]), mode, method="netbanking")
    if not j.no_ref and status == "success":
        head4 = rng.choice(["SBIN", "HDFC", "ICIC", "BARB"])
        ref = {"NEFT": neft_utr, "RTGS": rtgs_utr}[mode](head4, rng, j.date) if mode != "IMPS" else j.ref
        p.pair(rng.choice(["UTR", "UTR No."]) if mode != "IMPS" else "IMPS Ref No.", ref, txn=(UTR_RANK, ref))
    if not j.no_day:
        p.pair({"success": rng.choice(["Credited on", f"{mode} received on", "Date"]), "failed": "Returned on",
                "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    p.pair("Status", {"success": rng.choice(["Payment received", "Credited"]),
                      "failed": f"{mode} returned - credit not received",
                      "pending": "Credit awaited - under verification"}[status], status=status)
    p.part = "foot"
    p.add("small", "Subject to realisation. Please quote our receipt number in all correspondence.")
    p.add("right", "For Accounts")
    return p.done()


# ---------------------------------------------------------------- 11. a trust's camp, adoption or donation receipt


TRUSTS = ["Sarvodaya Animal Welfare Trust", "Mysuru Animal Rescue Foundation", "Doon Animal Welfare Society",
          "Karuna Jivdaya Trust", "Kochi Pet Rescue Trust", "Ahilya Jeev Raksha Trust",
          "Guwahati Animal Welfare Society", "Tricity Animal Rescue Trust"]
CAMP_KINDS = ["camp", "donation", "adoption", "donation", "camp", "adoption", "donation", "camp"]
CAMP_WAYS = ["cash", "UPI", "UPI", "netbanking", "UPI", "card", "UPI", "cash"]


def camp_receipt(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An animal-welfare trust's receipt for a vaccination camp, an adoption drive or a donation held with the
    clinic (paper): the trust on top (the payee), its registration and 80G numbers and PAN (never ids), VACCINATION
    CAMP - REGISTRATION RECEIPT (n pets x the fee) / ADOPTION FEE RECEIPT (the pet adopted) / DONATION RECEIPT (the
    donor's PAN), Receipt No., Date, Received from the owner, donor or the clinic, the sum and its words, cash / UPI /
    NEFT / card and its reference; RECEIVED WITH THANKS / UPI PAYMENT FAILED / PAYMENT PENDING, the trust's stamp."""
    k = place("camp_receipt")
    status = outcome(k, failed=(2,), pending=(6,))
    kind, way = CAMP_KINDS[k], CAMP_WAYS[k]
    j = Job(rng, status, no_ref=k == 3, no_day=k == 4)
    trust = TRUSTS[j.town]
    j.pet = furry(rng)
    j.to = trust.upper() if rng.random() < 0.3 else trust
    p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
    paper(p, rng)
    rs = counter_rs(rng, font, ["Rs.", "\u20b9", "Rs"], p_slash=0.5)
    city = CITIES[j.town]
    p.part = "head"
    top(p, j.to, merchant=j.to)
    p.add("small", f"Regd. No. E-{rng.randrange(1000, 29999)} ({city[0]})  |  PAN {code(rng, 5, UPPER)}"
                   f"{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.add("small", f"80G Regn. No. {code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}F{digits(rng, 8)}")
    p.add("small", f"{rng.randrange(2, 220)}, {city[2]}, {city[0]} - {city[1]}")
    p.add("center", {"camp": rng.choice(["VACCINATION CAMP - REGISTRATION RECEIPT", "ANTI-RABIES CAMP RECEIPT"]),
                     "adoption": rng.choice(["ADOPTION FEE RECEIPT", "ADOPTION DRIVE - RECEIPT"]),
                     "donation": rng.choice(["DONATION RECEIPT", "RECEIPT - DONATION (80G)"])}[kind])
    p.add("rule")
    p.part = "body"
    if not j.no_ref:
        rno = rng.choice([f"{code(rng, 1, 'DVA')}/{j.year()}{rng.randrange(1, 9999):04d}",
                          str(rng.randrange(100, 9999))])
        p.pair(rng.choice(["Receipt No.", "Rcpt No."]), rno, txn=(INVOICE_RANK, rno))
    if not j.no_day:
        p.pair("Date", j.day(rng), date=j.date)
    donor = f"M/s {CLINICS[j.town][CLINIC]}" if kind == "donation" and rng.random() < 0.4 else j.owner
    wrap_pair(p, rng.choice(["Received from", "Received with thanks from"]), donor)
    if kind == "camp":
        wrap_pair(p, "Camp", rng.choice(["Anti-rabies & ABC camp", "Pet vaccination camp", "Stray dog ARV camp"]))
        wrap_pair(p, "Venue", f"{CLINICS[j.town][CLINIC]}")
        n = rng.randint(1, 4)
        fee = float(rng.choice([100, 150, 200, 250]))
        p.pair(f"Registration ({n} pet{'s' if n > 1 else ''} x {fee:.0f})", rs(n * fee))
        amount = n * fee
        if rng.random() < 0.4:
            extra = float(rng.choice([101, 251, 501]))
            p.pair("Add: Voluntary contribution", rs(extra))
            amount += extra
    elif kind == "adoption":
        name, species, *_ = j.pet
        breed = "Indie" if species == "Canine" else "Indian Shorthair"
        wrap_pair(p, rng.choice(["Adopted", "Pet adopted"]), f"{name} ({species}, {breed})")
        p.add("small", "Includes first vaccination, deworming and sterilisation voucher")
        amount = float(rng.choice([500, 1000, 1500, 2000]))
    else:
        wrap_pair(p, rng.choice(["Towards", "Purpose"]), rng.choice(["Stray feeding & treatment", "Shelter upkeep",
                                                                      "Rescue ambulance fund", "General donation"]))
        if donor == j.owner:
            p.pair("Donor PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
        amount = float(rng.choice([1001, 2100, 2500, 5001, 11000, 21000, 51000]))
    if way == "cash" and amount > 2000:
        way = "UPI"
    j.amount = amount
    p.add("rule")
    p.pair(rng.choice(["Amount received", "Amount", "Total"]) if status == "success" else "Amount", rs(amount),
           amount=amount)
    p.add("small", f"({words_in_rupees(amount)})")
    p.pair(rng.choice(["Mode", "Paid by"]), {"cash": "Cash", "UPI": rng.choice(["UPI", "UPI (trust QR)"]),
                                             "netbanking": "NEFT", "card": f"Card {masked(rng, font)}"}[way],
           method=way)
    if not j.no_ref and status == "success":
        if way == "UPI":
            p.pair(rng.choice(["UPI Ref No.", "UTR"]), j.ref, txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            ref = neft_utr(rng.choice(["SBIN", "CNRB", "PUNB"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
        elif way == "card":
            appr = digits(rng, 6)
            p.pair(rng.choice(["Approval Code", "Auth Code"]), appr, txn=(APPR_RANK, appr))
    word = {"success": rng.choice(["RECEIVED WITH THANKS", "DONATION RECEIVED"] if kind == "donation"
                                  else ["RECEIVED WITH THANKS", "PAID"]),
            "failed": "UPI PAYMENT FAILED - RECEIPT CANCELLED",
            "pending": rng.choice(["PAYMENT PENDING - UPI CREDIT AWAITED", "UPI NOT CONFIRMED - PENDING"])}[status]
    p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Donations are exempt u/s 80G of the Income Tax Act." if kind == "donation"
          else "Thank you for supporting animal welfare.")
    p.add("pair", "Volunteer", "Secretary")
    stamped(p, j, short(trust), "CAMP DESK" if kind == "camp" else "TRUST OFFICE", word)
    return p.done()


# ---------------------------------------------------------------- 12. a cancelled boarding or grooming refund


REFUND_FRAMES = ["paper", "mail", "phone", "paper", "mail", "phone", "paper", "mail"]
REFUND_WAYS = ["UPI", "card", "UPI", "netbanking", "UPI", "card", "cash", "UPI"]
CANCEL_WHY = ["Trip cancelled by owner", "Pet unwell - booking cancelled", "Cancelled more than 48 hours before"]
CANCEL_OURS = {SALON: "Groomer on leave - cancelled by salon", KENNEL: "Suites full - cancelled by kennel"}


def booking_refund(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """The kennel or the grooming salon refunding a cancelled booking (paper, e-mail or the booking app's screen):
    the kennel or salon on top (the payer), REFUND VOUCHER / BOOKING CANCELLATION - REFUND, Refund Voucher No.,
    Booking ID / Booking No. (the order's number), Refund ID on the app and e-mail, Refund to / Paid to / Payee Name
    the owner (the payee), the booked stay or slot (no fact), Amount paid, Less: cancellation charges, Refund amount,
    UPI / reversal to card / NEFT / cash with UPI Ref No. / ARN / UTR; REFUNDED / REFUND FAILED / REFUND
    INITIATED."""
    k = place("booking_refund")
    status = outcome(k, failed=(4,), pending=(1,))
    frame, way = REFUND_FRAMES[k], REFUND_WAYS[k]
    unit = rng.choice([SALON, KENNEL])
    j = Job(rng, status, no_ref=k == 6, no_day=k == 3, low=700, high=4500 if unit == SALON else 30000)
    j.pet = furry(rng)
    payer = CLINICS[j.town][unit]
    if frame == "mail":
        p = screen(rng, font, "mail", width=rng.choice([720, 760]), size=rng.choice([17, 18]))
        mail_frame(p, f"{payer} <bookings@{SLUGS[j.town]}.in>",
                   rng.choice(["Your refund for the cancelled booking", "Booking cancelled - refund"]))
    elif frame == "phone":
        p = screen(rng, font, "phone", dark=rng.random() < 0.3, width=620, title=rng.choice(["", "Refund status"]),
                   buttons=rng.choice([("Done",), ("My bookings",), ()]))
        phone_frame(p, k)
    else:
        p = screen(rng, font, width=rng.choice([640, 680]), size=rng.choice([17, 18]))
        paper(p, rng)
    rs = (money(rng, font, 0.5) if frame == "phone"
          else counter_rs(rng, font, ["Rs.", "\u20b9", "INR", "Rs"], p_slash=0.4 if frame == "paper" else 0.0))
    kinds = ["REFUND VOUCHER", "BOOKING CANCELLATION - REFUND", "CANCELLATION REFUND"]
    if frame == "phone":
        p.part = "head"
        top(p, payer)
        p.add("small", rng.choice(kinds).title())
        p.part = "body"
    else:
        letterhead(p, j, payer, kinds, merchant=False,
                   sub=["Pet grooming & spa" if unit == SALON else "Dog & cat boarding | Daycare"])
    if not j.no_ref and frame == "paper":
        no = rng.choice([f"RV/{j.year()}{rng.randrange(1, 999):03d}", f"RF{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Refund Voucher No.", "Voucher No."]), no, txn=(INVOICE_RANK, no))
    if not j.no_ref and frame != "paper":
        rid = rng.choice([f"RFD{digits(rng, 9)}", f"rfnd_{code(rng, 14, MIXED)}"])
        labelled(p, rng.choice(["Refund ID", "Refund Ref No."]), rid, txn=(TXN_RANK, rid))
    if not j.no_day:
        labelled(p, {"success": rng.choice(["Refund date", "Refunded on", "Date"]), "failed": "Attempted on",
                     "pending": "Initiated on"}[status], j.day(rng), date=j.date)
    to = rng.choice([j.owner, j.owner, j.owner.upper()])
    wrap_pair(p, rng.choice(["Refund to", "Paid to", "Payee Name"]), to, merchant=to)
    if not j.no_ref:
        bno = rng.choice([f"{'GRM' if unit == SALON else 'BKG'}{digits(rng, 6)}", f"BK-{rng.randrange(1000, 99999)}"])
        p.pair(rng.choice(["Booking ID", "Booking No."]), bno, txn=(ORDER_RANK, bno))
    p.pair("Pet", j.pet[0])
    if unit == SALON:
        wrap_pair(p, "Service", rng.choice(PACKAGES)[0])
    else:
        wrap_pair(p, "Stay", f"{rng.choice(ROOMS)[0]}, {rng.randint(2, 12)} nights")
    if not j.no_day:
        p.pair(rng.choice(["Booked for", "Original slot"]) if unit == SALON
               else rng.choice(["Check-in was due", "Booked check-in"]),
               when(j.date + dt.timedelta(days=rng.randrange(1, 20)), rng.choice(DAY_PATS)))
    why = rng.choice(CANCEL_WHY + [CANCEL_OURS[unit]])
    wrap_pair(p, "Reason", why)
    paid_before = float(round(j.amount))
    if way == "cash":
        paid_before = min(paid_before, 4500.0)
    p.pair(rng.choice(["Amount paid", "Booking amount", "Advance paid"]), rs(paid_before))
    cut = 0.0 if why == CANCEL_OURS[unit] else round(paid_before * rng.choice([0.0, 0.1, 0.25]), 2)
    if cut:
        p.pair(rng.choice(["Less: Cancellation charges", "Less: Cancellation fee"]), rs(cut))
    refund = round(paid_before - cut, 2)
    j.amount = refund
    p.pair(rng.choice(["Refund amount", "Amount refunded", "Net refund"]) if status == "success"
           else rng.choice(["Refund amount", "Net refund"]), rs(refund), amount=refund)
    p.pair(rng.choice(["Refund mode", "Mode", "Refunded to"]),
           {"UPI": rng.choice(["UPI", "Original UPI account"]), "card": f"Reversal to card {masked(rng, font)}",
            "netbanking": "NEFT", "cash": "Cash"}[way], method=way)
    if not j.no_ref and status == "success":
        if way in ("UPI", "card"):
            p.pair(rng.choice(["UPI Ref No.", "UTR"]) if way == "UPI" else rng.choice(["ARN", "RRN"]), j.ref,
                   txn=(UTR_RANK, j.ref))
        elif way == "netbanking":
            ref = neft_utr(rng.choice(["HDFC", "SBIN", "UTIB"]), rng, j.date)
            p.pair("UTR", ref, txn=(UTR_RANK, ref))
    word = {"success": rng.choice(["REFUNDED", "REFUND PAID", "Refund processed"]),
            "failed": rng.choice(["REFUND FAILED - UPI ID INACTIVE", "Refund failed"]),
            "pending": rng.choice(["REFUND INITIATED - CREDIT IN 5-7 WORKING DAYS", "Refund pending"])}[status]
    if frame == "phone":
        p.pair("Status", word, status=status)
    else:
        p.add("center", word, status=status)
    p.part = "foot"
    p.add("small", "Refunds go back to the way you paid. Card reversals take 5-7 working days.")
    if frame == "paper":
        p.add("pair", "Owner's signature", "For the Salon" if unit == SALON else "For the Kennel")
    return p.done()


compose = compose121

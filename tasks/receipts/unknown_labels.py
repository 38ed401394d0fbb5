"""Labels the parser cannot place: a page that prints one cannot prove a field absent.

An issuer's own wording of a field ("Odeme yontemi", "Nro. de operacion", "From account") is exactly what the
parser has not seen, and read as nothing it lets the field pass as positively absent: on the sets written apart
from the parser, most wrong accepts had such a field (BENCHMARKS.md, "Where the first scores' wrong accepts come
from"). So every label on the page (text before a colon, before a value in the row's right-hand column, or
ending in a colon over its value on the next line) must be placed: on a line a field was read from, a field's own
label, or the label of something that is never one of the seven fields (a phone number, a tax line, a weight; a
price, unless a one-word label prices the very sum paid: that is the tender). Any other label keeps the absent
fields unproven. A label missing from these lists costs a review, never a wrong value.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tasks.receipts.labels import (
    LABEL_ABBREVIATION,
    MERCHANT_LABELS,
    TRANSACTION_ID_LABELS,
    another_documents_line,
    phrase_pattern,
    tax_challan,
)
from tasks.receipts.parser import PageLine, dates_in_text, may_be_a_day, names_another_event
from tasks.receipts.schema import FIELD_NAMES, ReceiptFields
from workers.engines.ocr import OcrWord

COLUMN_GAP = 1.5  # line heights of blank between a row's label and its value
MAX_LABEL_WORDS = 5  # longer text before a colon is a sentence, not a label
_LABEL_SHAPE = re.compile(r"[A-Za-z][A-Za-z.#&/()'\- ]{1,40}")
_COLON_LABEL = re.compile(r"^\W*([A-Za-z][^:]{0,40}?)\s*:\s*\S")
# a label alone on its line, its value stacked on the next ("Inv No:" over "6499", as PP-OCR splits a row)
_STACKED_LABEL = re.compile(r"^\W*([A-Za-z][^:]{0,40}?)\s*:\s*$")
# a value that ends in a sum of money: an item's price, a tax or a total, never one of the fields read as absent
_MONEY_VALUE = re.compile(r"\d[.,]\d{2}(?:\s*(?:[A-Z]{3}|/-|[₹$€£]))?\W*$")
# labels of an account's, a phone's or a tax number, in any wording before it ("Account Statement A/c No", "Vendor PAN")
_NUMBER_OF = re.compile(r"(?:a/?c|account|acct|mobile|phone|tel|gstin|vat|tax|\bpan)\s*(?:no|number|nr|#)?\.?$", re.I)

# labels of what is never one of the seven fields, the whole label (a longer wording is not placed by a word of it)
NEVER_A_FIELD = (
    # who and where
    "Name", "Customer", "Customer Name", "Buyer", "Buyer Name", "Buyer's Name", "Consignee", "Consignor",
    # (a distributor's bill to the shop it supplies, the salesman's round: "Retailer M/s Shukla Provision Stores",
    # "Beat / Salesman Wed - Swaroop Nagar / Vinod")
    "Retailer", "Retailer Name", "Retailer's Name", "Beat", "Beat / Salesman", "Salesman", "Salesman Name",
    # (a GST or income-tax challan's taxpayer, who paid it)
    "Legal name", "Taxpayer name", "Taxpayer's name", "Name of taxpayer", "Name of the taxpayer",
    "Customer ID", "Cust ID", "Client", "Client Name", "Client ID", "Client No",
    "Patient",
    "Patient Name", "Patient ID", "Member", "Member ID", "Member No", "Membership No", "Cashier", "Clerk",
    "Server", "Served by", "Attendant", "Staff", "Salesperson", "Sales Person", "Driver", "Guest", "Guests",
    "Covers", "Pax", "Table", "Seat", "Room", "Counter", "Till", "Lane", "Register", "Reg", "Branch", "Location",
    # ... the customer's side (whom a service or an order is for) and the shop's own staff: people, never the payee
    "Owner", "Owner Name", "Pet", "Pet Name", "Student", "Student Name", "Parent", "Guardian", "Applicant",
    "Applicant Name", "Participant", "Runner", "Player", "Devotee", "Devotee Name", "Passenger", "Passenger Name",
    "Attendee", "Deliver to", "Delivered to", "Ship to", "Bill to", "Billed to", "Sold to", "Technician",
    "Steward", "Waiter", "Lead passenger", "Passengers", "Lead guest", "Guest name", "Lead booker", "Booked by",
    "Lead traveller", "Travellers", "Ticket holder", "Climber", "Skier", "Skaters", "Learner", "Hirer",
    "Pet parent", "Member name", "Bride", "Bride name", "Ordered for", "Lead climber", "Archer", "Archers", "Band",
    "Group", "Gruppe", "Account holder", "Property owner", "Kunde", "Mitglied", "Verein/Firma",
    "Measured by", "Team leader", "Studio manager", "Range officer", "Bediener", "Rider", "Diver", "Buddy", "Couple",
    "Birthday child", "Party for", "Bride's name", "Booked for", "Ordered by", "Delegate", "Flyer", "Teen", "Depositor",
    "Child's name", "Name of deceased", "Kind", "Eltern", "Borrower", "Occupier", "Requested by",
    "Address", "Addr", "City", "State", "Pin", "Pincode", "PIN Code", "Zip", "Postcode", "Country",
    "Phone", "Phone No", "Ph", "Tel", "Telephone", "Mobile", "Mobile No", "Mob", "Cell", "Celular", "Contact",
    "Contact No", "WhatsApp", "Email", "E-mail", "Fax", "Web", "Website", "Customer Care", "Helpline", "Toll Free",
    "Consumer No", "Consumer Number", "CA No", "CA Number", "Service No", "Service Number", "Connection No",
    "Connection Number", "Connection ID", "RR No", "RR Number", "Relationship No", "Relationship Number",
    "Registered Mobile",
    # tax and registration numbers
    "GSTIN", "GST No", "GST", "CGST", "SGST", "IGST", "UTGST", "Cess", "VAT", "VAT No", "VAT Reg No", "Tax",
    "Sales Tax", "Tax ID", "PAN", "TIN", "CIN", "NIP", "RUC", "RFC", "ABN", "CUIT", "HSN", "SAC", "FSSAI",
    "FSSAI Lic No", "Licence No", "License No", "Licence Number", "License Number", "TV Licence Number",
    # (an employer's contribution at ESI and the provident fund: its number, the month and the head count it pays
    # for, the employer itself the payer: "Employer code 15000547439881436", "Contribution period July 2026")
    "Employer code", "Employer code No", "Employer ID", "Employer No", "Establishment ID", "Establishment code",
    "Employer", "Employer name", "Employer's name", "Contribution period", "Wage month", "Employees",
    "No. of employees", "Number of employees",
    # a loan's or an application's own number (a pawn ticket, a citizens' office's case), and a legal notice
    "Pawn Ticket", "Loan No", "Loan Number", "Loan #", "Loan Date", "Antrags-Nr", "Vorgangs-Nr", "Statutory Alert",
    "Application No", "Application ID", "Instalment No", "Interest rate", "Incident No", "Building",
    # money beside the total
    "Amount in words", "In words", "Rupees in words", "Subtotal", "Sub Total", "Sub-total", "Discount", "Savings",
    "You saved", "Tip", "Gratuity",
    "Service Charge", "Rounding", "Round Off", "Round-off", "Change", "Change Due", "Cash Tendered", "Tendered",
    "Balance", "Available Balance", "Avl Bal", "New Balance", "Closing Balance", "Fee", "Fees",
    "Convenience Fee", "Processing Fee", "Points", "Reward Points", "Cashback",
    # what was bought
    "Item", "Items", "Qty", "Quantity", "Rate", "Price", "Unit Price", "MRP", "Description", "Particulars",
    "Product", "Weight", "Gross wt", "Tare wt", "Net wt", "Gross Weight", "Tare Weight", "Net Weight",
    "Size", "Colour", "Color", "Plan", "Period", "Material", "Commodity", "Vehicle", "Vehicle No",
    "Vehicle Number", "Plate", "Car", "Regn No", "Registration No", "Mfg Year", "Fuel", "Mileage", "Odometer",
    "Distance", "Driven", "Duration", "Driving time", "Nights", "Site", "Campground", "Occupants",
    "Occupants / Vehicles", "Lot", "Estimate", "Estimated delivery", "Backer #", "Backer No", "Station",
    "Billing period", "Tracking number", "Tracking No", "Waybill", "Waybill No", "Shipper", "Listing", "Booth",
    "Booth No", "Stall No", "Exhibitor", "Taxpayer", "Vehicle reg", "Licence plate", "License plate", "Colleague",
    "Project", "Creator", "Artist", "Purchased by", "Bidder No", "Paddle No", "Village", "Farmer",
    "First Party", "Second Party", "Property Description", "Description of Document", "Automat",
    # ... a booked session's particulars (a class, a route, a boat, a slot, the event itself)
    "Class", "Course", "Session", "Event", "Route", "Sailing", "Sport", "Game", "Package", "Category", "Condition",
    "Design", "Placement", "Boat", "Vessel", "Berth", "Launch site", "Meeting point", "Dog", "Slot", "Show", "Position",
    "From/To", "Discharge site", "Disposed at", "Horse", "Pony", "Engraving", "Appliance", "Language", "Language pair",
    "Field", "Occasion", "Function", "Take-off", "Delivery", "Place of birth", "Place of death",
    # times and other dates than the payment's
    "Time", "Hora", "Heure", "Uhrzeit", "Ora", "Start", "End", "Due Date", "Next Due", "Valid till", "Valid until", "Valid from",
    "Expiry", "Exp", "Delivery Date", "Ready by", "Return by",
    # a card and a terminal's own numbers
    "Card Holder", "Cardholder", "Entry Mode", "AID", "TVR", "TSI",
    "App Label", "Application Label", "Batch", "Batch No", "TID", "MID", "Terminal", "Terminal ID",
    "Terminal No", "Merchant ID", "Merchant No", "Store No", "Store ID",
    # accounts (a way to pay is worded beside them: "Paid from", "Debited from" are the method's own labels)
    "Account", "Account No", "Account Number", "A/c", "A/c No", "Acct", "IFSC", "Bank", "Bank Name", "UPI ID",
    "VPA", "Alc", "Alc No",  # (an "A/c" whose slash OCR read as an "l")
    # a student's own numbers at a school or an institute
    "Enrollment No", "Enrolment No", "Admission No", "Adm No", "Roll No", "Student ID",
    # a business account's users who made and approved a payment (a corporate banking app's maker and checker)
    "Initiated by", "Approved by", "Authorised by", "Authorized by", "Maker", "Checker",
    # notes and pages
    "Note", "Notes", "Remarks", "Remark", "Purpose", "Towards", "Message", "Page", "Copy",
)

# labels a GST or income-tax challan prints beside its payment (``labels.tax_challan``), placed only there: elsewhere
# a "Trade name" may be the payee's
TAX_CHALLAN = (
    "Trade name", "Nature of Payment", "Major Head", "Minor Head", "Return period", "Tax period", "Assessment Year",
    "Deposit time", "Challan generated on", "Challan created on", "Created on", "BSR Code", "Challan Sr. No", "TAN",
    "A Tax", "B Surcharge", "C Cess", "D Interest", "E Penalty", "F Others",
)

# labels of the ones who served (the business's staff): placed, no field's own wording, but under an app's or a
# brand's one-word name on top a professional may be the one paid (a tutor booked on a marketplace), so there the name
# still rivals it; under a business's name of several words it names that business's staff, as every set written
# apart from the parser counts it
STAFF = (
    "Instructor", "Tutor", "Trainer", "Teacher", "Coach", "Therapist", "Physiotherapist", "Physio", "Consultant",
    "Clinician", "Podiatrist", "Audiologist", "Optometrist", "Dentist", "Engineer", "Arborist", "Chef", "Walker",
    "Dog walker", "Piercer", "Skipper", "Interpreter", "Linguist", "Translator", "Upholsterer", "Goldsmith",
    "Craftsman", "Karigar", "Fitter", "Glazier", "Jeweller", "Coordinator", "Event manager", "Events manager",
    "Hall manager", "Bookings secretary", "Caretaker", "Sweep", "Stylist", "Barber", "Beautician", "Make-up artist", "Photographer",
    "Guide", "Tour guide", "Seen by", "Treated by", "Attended by", "Marshal", "Lead artist", "Reader",
    "Pilot", "Tandem pilot", "Counter staff",
)


def _whole_label(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that fullmatches any of ``phrases`` as a whole label, with its separator."""
    # (and its abbreviation in brackets: "Bank Reference No.(BRN)")
    return re.compile(rf"(?:{'|'.join(phrase_pattern(p) for p in phrases)})[\s.:#\-]*(?:{LABEL_ABBREVIATION}[\s.:#\-]*)?",
                      re.I)


_NEVER = _whole_label(NEVER_A_FIELD)
_TAX_CHALLAN_LABELS = _whole_label(TAX_CHALLAN)
_STAFF = _whole_label(STAFF)
# the id's and the merchant's label families, the id's first (as the parser's lexicon ranks them)
_FIELD_FAMILIES = [(families[0].field, _whole_label(tuple(p for f in families for p in f.phrases)))
                   for families in (TRANSACTION_ID_LABELS, MERCHANT_LABELS)]
# the other fields' own labels, the whole label
_OWN_LABELS = (
    ("status", re.compile(r"(?:payment|transaction|txn|transfer|order)?\s*status", re.I)),
    # the way to pay's, with what names one: the account paid from, the card
    ("payment_method", re.compile(r"(?:paid\s*(?:by|via|using|through|from|with)|payment\s*(?:mode|method|type|"
                                  r"source)|pay\s*mode|mode(?:\s*of\s*payment)?|method|tender|funding\s*source|"
                                  r"debited\s*from|charged\s*to|(?:transfer|txn|transaction)\s*mode|"
                                  r"(?:from|debit)\s*(?:account|a/?c)(?:\s*no)?|"
                                  r"(?:(?:kredit|debit|ec-?)?karte)|"
                                  r"(?:visa|master\s*card|rupay|amex|maestro|debit|credit)?\s*card"
                                  r"(?:\s*(?:no|number|type))?)", re.I)),
    ("date", re.compile(r"(?:(?:payment|transaction|trans|txn|invoice|bill|receipt|order|paid)\s*)?(?:date|dated|on)"
                        r"(?:\s*(?:&|and)\s*time)?", re.I)),
    ("amount", re.compile(r"(?:(?:grand\s*)?(?:total|amount|amt)(?:\s*(?:paid|due|payable|amount|inr|rs\.?))?|"
                          r"(?:net|total)\s*(?:amount|payable|paid)|amount\s*(?:paid|received)|to\s*pay)"
                          r"(?:\s*\(?(?:[A-Z]{3}|rs\.?|[₹$€£])\)?)?", re.I)),
)


def label_of(line: PageLine, below: PageLine | None = None) -> tuple[str, str, tuple[OcrWord, ...]] | None:
    """The label this line prints before a value, the value, and the words of both: before a wide gap, else
    before a colon, else a label ending in a colon alone on its line over the value (``below``)."""
    words = line.words
    stacked = _STACKED_LABEL.match(line.text)
    if stacked and below is not None and _label_shaped(label := stacked.group(1).strip()):
        return label, below.text, (*words, *below.words)
    for i in range(len(words) - 1):
        if words[i + 1].left - (words[i].left + words[i].width) > COLUMN_GAP * line.height:
            label = " ".join(w.text for w in words[: i + 1]).strip(" :-")
            return (label, " ".join(w.text for w in words[i + 1:]), words) if _label_shaped(label) else None
    m = _COLON_LABEL.match(line.text)
    if m and _label_shaped(label := m.group(1).strip()):
        return label, line.text[m.end() - 1:], words
    return None


def _label_shaped(text: str) -> bool:
    return bool(_LABEL_SHAPE.fullmatch(text)) and len(text.split()) <= MAX_LABEL_WORDS


def _field_of(label: str) -> str | None:
    """The field whose own label this is (the whole label), if any."""
    for field, pattern in _FIELD_FAMILIES:
        if pattern.fullmatch(label):
            return field
    for field, pattern in _OWN_LABELS:
        if pattern.fullmatch(label.strip(" .:#-")):
            return field
    return None


def unplaced(lines: list[PageLine], fields: ReceiptFields) -> list[tuple[str, str, bool]]:
    """Each unplaced label with the value printed after it, and whether it labels the business's staff (``STAFF``)."""
    read_boxes = {e.box for name in FIELD_NAMES for e in fields.field(name).evidence}
    change = any(_CHANGE_GIVEN.search(line.text) for line in lines)
    challan = tax_challan(lines)
    found: list[tuple[str, str, bool]] = []
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else None
        labelled = label_of(line, below)
        if labelled is None or any(w.box in read_boxes for w in labelled[2]):
            continue  # no label, or one whose row (or stacked value) a field was read from
        label, value, _ = labelled
        if another_documents_line(lines, line):
            continue  # another document's number ("Against Bill No.", a payee's own invoice): no field's, and known
        if _field_of(label) is not None:
            if _placed_by_its_field(label, fields):
                continue
        elif (_MONEY_VALUE.search(value) and not _tender(label, value, fields, change=change)) \
                or _NUMBER_OF.search(label) \
                or _NEVER.fullmatch(label) or (challan and _TAX_CHALLAN_LABELS.fullmatch(label)) \
                or (names_another_event(label) and dates_in_text(value)) \
                or (label.lower() == "from" and _BANK_ACCOUNT.search(value)):
            # (another event's day, "Check-in 08/10/2025", which the date reader leaves; the account a share card
            # says it was paid from, "From Yes Bank XX5872")
            continue
        found.append((label, value.strip(" :-"), bool(_STAFF.fullmatch(label))))
    return found


# a bank account by its bank's name and last digits ("Kotak Mahindra Bank ****5092", run together "YesBankXX5872")
_BANK_ACCOUNT = re.compile(r"bank\W*(?:[A-Za-z]+\W*)?(?:[*xX•·.]{2,}\s*)?\d{4}\W*$", re.I)


# the change handed back, in the wordings tills print (an umlaut OCR reads as "ii" too): a sum above it was tendered
_CHANGE_GIVEN = re.compile(r"\b(?:r(?:[üu]|ii)ckgeld|wechselgeld|change(?:\s*due)?|monnaie\s*rendue|rendu|cambio|"
                           r"wisselgeld|resto)\b", re.I)


def _tender(label: str, value: str, fields: ReceiptFields, *, change: bool = False) -> bool:
    """Whether a one-word label prices the very sum paid ("Bar 10,49" under "Summe 10,49"), or, on a page that
    prints the change given, a sum above it ("Bar 20,00" over "Rückgeld 8,44"): the tender, not an item."""
    paid = fields.amount.value
    if paid is None or len(label.split()) != 1:
        return False
    number = re.search(r"(\d[\d,.]*)[.,](\d{2})\D*$", value)
    if number is None:
        return False
    tendered = Decimal(re.sub(r"\D", "", number.group(1)) + "." + number.group(2))
    return tendered == paid or (change and tendered > paid)


def _placed_by_its_field(label: str, fields: ReceiptFields) -> bool:
    """A field's own label is placed once that field is read, or already reported unreadable."""
    field = _field_of(label)
    return field is not None and (fields.field(field).value is not None or field in fields.unreadable)


# what a field's value looks like, as far as a label's printed value can rule the label out: a way to pay and a
# status are worded ("Kredi Karti", "Esito: positivo"; a way to pay may be the label itself, over a card's masked
# digits or the sum tendered), a payment's reference and a sum hold a digit and are not a day (a reference may also
# be a code in capitals, "QXKZTM"), a day holds a digit. A label over a value of another shape keeps only the fields
# its value could be unproven: "PAO code 241618" may be a reference's own wording, never a way to pay's or a
# status's, "Recheck 12/10/2025" only a day's, and "Continue listening" over a book's title is no reference's
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"(?<!\S)[^\W\d_]{2,}(?:[-/.'][^\W\d_]+)*[.:,]?(?!\S)")
_MASKED_DIGITS = re.compile(r"[*xX•·]{2,}\s*\d{2,4}\b")
_CAPITALS_CODE = re.compile(r"(?<![\w])[A-Z]{5,}(?![\w])")
# a label naming a party ("Paid by", "Transferred to"): over a worded value it names that party, not an outcome
_NAMES_A_PARTY = re.compile(r"\s(?:by|to)\W*$|(?<=[a-z]{4})by\W*$", re.I)


def could_state(field: str, label: str, value: str) -> bool:
    """Whether an unplaced label's printed value could be ``field``'s value (an empty one could be any)."""
    value = value.strip(" :-")
    if not value:
        return True
    if field == "status":
        return not _DIGIT.search(value) and not _NAMES_A_PARTY.search(label)
    if field == "payment_method":
        # (or the label words it over the sum tendered, "Bar 20,00", or over a card's masked digits)
        return (bool(_WORD.search(value)) and not dates_in_text(value)) or bool(_MONEY_VALUE.search(value)) \
            or bool(_MASKED_DIGITS.search(value))
    if field == "transaction_id":
        return (bool(_DIGIT.search(value)) and not _a_day(value)) or bool(_CAPITALS_CODE.search(value))
    if field == "amount":
        return bool(_DIGIT.search(value)) and not _a_day(value)
    if field == "date":
        return may_be_a_day(value)  # (not a handle's, an IFSC's, a balance's digits)
    if field == "merchant_name":
        return bool(_WORD.search(value))  # a name has a word of letters (not a code's, "CPIN 26102742460334")
    return True


def _a_day(value: str) -> bool:
    """Whether the value is a day (with its hour, if printed) and nothing else with a digit: "Recheck 12/10/2025"."""
    spans = [(start, end) for _, _, start, end in dates_in_text(value)]
    if not spans:
        return False
    rest = "".join(ch if not any(a <= i < b for a, b in spans) else " " for i, ch in enumerate(value))
    return not _DIGIT.search(re.sub(r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\b", " ", rest, flags=re.I))


def still_unknown(labels: tuple[str, ...], fields: ReceiptFields) -> tuple[str, ...]:
    """Of one engine's unknown labels, those no settled field places (the other engine read the field)."""
    return tuple(label for label in labels if not _placed_by_its_field(label, fields))

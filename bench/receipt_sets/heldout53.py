"""heldout53: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout53).

Families (8 receipts each), drawn away from heldout50 to heldout52 and harder than they are, though still ordinary
pages: on each, several numbers and dates compete with the payment's own, in rupees, pounds, US dollars, euros and
UAE dirhams: a restaurant bill with the card-terminal slip stapled under it (India or the UK: Table, Covers,
Steward / Server, KOT numbers beside the bill's number in a share, CGST and SGST or a service charge, Grand Total /
Total / Amount Payable, Bill No / Bill #; the slip's TID, MID, Batch, masked card, AMOUNT and APPROVED, its day the
bill's), an authorised car workshop's service invoice (Maruti Suzuki, Hyundai, Tata Motors dealers; Jiffy Lube,
Firestone, Midas in the US: Reg. No / License Plate, VIN / Chassis No, Odometer / Mileage, a Job Card No / RO #
only beside the Invoice No. / Invoice #, Next Service at a distance), a loan EMI payment acknowledgement (Bajaj
Finance, Tata Capital, IDFC FIRST Bank, HDFC Bank: Loan Account No, Customer ID, EMI Due Date, EMI Amount, Late
Payment Charges in a share, Amount Paid / Total Amount Paid, Transaction Reference No. / Receipt No., Payment Date
/ Paid on), a traffic fine's payment receipt (Parivahan e-Challan, Delhi, Bengaluru and Maharashtra Traffic Police
in rupees; Dubai Police in AED: Challan No / Fine No, Vehicle No / Plate, the offence and its Offence / Violation
Date, Fine Amount / Amount Paid, Transaction ID / Payment Reference, Payment Date), a passport or visa fee receipt
(Passport Seva in rupees, VFS Global in rupees or pounds: User ID / Login ID / Customer ID, Service / Visa Type,
Appointment Date, Amount Paid / Total Fee, Bank Reference No / Transaction ID, Payment Date, Status Success /
Payment Successful in a share), a battery or tyre fitting invoice (Exide Care, Amaron Pitstop, Apollo Tyres, MRF
dealers in rupees; Kwik Fit, National Tyres, ATS Euromaster in pounds: Vehicle No / Registration, Serial No / DOT,
Old Battery Buyback in a share, Warranty until / Warranty Valid Till, GST 28% or VAT included, Total / Net Amount /
Total Paid, Invoice No.), a housing society's maintenance receipt (Flat No / Unit, Member, Bill Period / For the
period, Due Date, Maintenance Charges, Sinking Fund, Water Charges, a Late Fee once overdue, Total Paid / Amount
Paid, Receipt No. / Transaction ID, Payment Date / Paid on, Payment Successful in a share), a US homeowners
association's dues payment (Account #, Property, Assessment period, Due date, Assessment, a Convenience fee in a
share, Total charged / Total payment, Confirmation # / Confirmation number, a card, Payment date, Payment
successful / failed / pending in a share), a coaching institute's fee receipt (ALLEN, Aakash, FIITJEE, Career
Launcher: Student ID, Course, Batch Start Date, Instalment n of m, Tuition Fee, GST 18%, Amount Paid / Total, Next
Instalment Due in a share, Receipt No., Date of Payment / Payment Date), a furniture order's payment confirmation
(Pepperfry, Urban Ladder, Wakefit, Home Centre: items, a Discount in a share, Delivery & Assembly, Order Total /
Amount Paid, Order No. / Order ID, Order Date, Expected Delivery, Payment Successful in a share), a mobile phone
store's tax invoice (Poorvika, Sangeetha, Big C, Unicorn Infosolutions: IMEI 1 / IMEI 2 / Serial No, Tempered
Glass in a share, Taxable Value, CGST and SGST 9%, Grand Total / Net Amount, Invoice No., Invoice Date / Date,
Warranty till in a share) and a German periodic vehicle inspection invoice (TÜV SÜD, TÜV Rheinland, DEKRA, GTÜ:
Kennzeichen, FIN, km-Stand, HU-Gebühr, Prüfplakette in a share, MwSt 19% enthalten, Gesamtbetrag / Summe / Zu
zahlen, Rechnungsnummer / Rechnungs-Nr. or else a Kunden-Nr., Zahlart / Bezahlt mit, Datum, Nächste HU as a month).
Faces: every family is drawn, at least in part, in the faces the project installs besides DejaVu (``make
system-deps``: fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono): the
restaurant bill in Noto Sans Mono, Liberation Mono and FreeMono, the service invoice in Liberation Sans, Noto Serif
and DejaVu Sans, the EMI acknowledgement in Noto Sans, Liberation Sans Narrow and FreeSans, the fine receipt in
Liberation Serif, Noto Sans and FreeSerif, the fee receipt in Noto Serif, Liberation Sans and DejaVu Sans, the
fitting invoice in FreeSans, Liberation Mono and Noto Sans, the maintenance receipt in Noto Sans, FreeSans and
Liberation Sans Bold, the dues payment in Liberation Sans, Noto Sans and FreeSerif, the coaching receipt in
Liberation Serif, FreeSerif and Noto Serif, the furniture order in Noto Sans, Liberation Sans and FreeSans Bold, the
phone invoice in FreeMono, Noto Sans Mono and Liberation Sans Narrow, the inspection invoice in Liberation Sans,
Noto Sans and DejaVu Serif. The rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else
Rs. (or INR); a face missing from the machine stops the set with its package named, never a fallback.
Degradations as heldout52 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for screens and for e-mails read off a display).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, service charges and late charges included, discounts and buybacks taken
  off, as "1234.50"; currency its ISO code (US pages print a US city with its state and ZIP, the dues page "USD"
  beside the total; the Dubai pages print AED; the German pages €, EUR). The Grand Total / Total / Amount Payable /
  Amount Paid / Total Amount Paid / Fine Amount / Total Fee / Net Amount / Total Paid / Total charged / Total
  payment / Order Total / Gesamtbetrag / Summe / Zu zahlen line (never a subtotal, a taxable value, a tax, GST or
  VAT line, an EMI amount beside a late charge, an assessment beside its fee, an item or a unit price); the slip's
  AMOUNT is the same sum. For a failed or pending payment the amount attempted.
* date: the payment date, ISO, only where printed, one per page: Date (the bill's, repeated on its slip) / Invoice
  Date / Payment Date / Paid on / Payment date / Date of Payment / Order Date / Datum. Never the EMI's due date,
  an offence's or violation's date, an appointment, a batch's start, a next instalment, a bill period or
  assessment period and its due date, an expected delivery, a warranty's end or the next inspection. Day first on
  Indian, UK and German pages, month first on US pages, the month named on the Dubai pages.
* payment_method: "card" (a card scheme with its last digits, Debit / Credit Card, EC-Karte, girocard,
  Kreditkarte; the slip's card on every restaurant bill), "wallet" (Apple Pay on pages in pounds and dirhams),
  "UPI", "netbanking" (Net Banking), "cash" (Cash, Bar); None where no method line is printed (but on the
  restaurant bills, whose slip is always a card's).
* status: only where words state the outcome. Success: the slip's APPROVED, Payment Successful / Payment
  successful, Status Success. Failed: Payment Failed / Payment failed. Pending: Payment Pending / Payment pending.
  None otherwise (no page thanks for a payment or order, and the advice and footer lines name no way to pay and
  no outcome).
* transaction_id: as printed; each receipt prints at most one: a reference (Transaction Reference No.,
  Transaction ID, Payment Reference, Bank Reference No, Confirmation # / number) or a document's own number (Bill
  No / Bill #, Invoice No. / Invoice #, Receipt No., Order No. / Order ID, Rechnungsnummer). Never a table, cover,
  KOT, job card or repair order number (printed only beside the invoice's or bill's own), a vehicle number, VIN /
  FIN, odometer, loan account, customer, user, student or account number, a challan's or fine's number, an IMEI or
  serial number, a DOT code, a flat, a TID, MID or batch, a masked card. None when none is printed.
* merchant_name: who was paid, as printed on top: the restaurant (again on its slip), the workshop, the lender,
  the traffic authority, the passport or visa service, the fitting centre, the housing society, the homeowners
  association, the institute, the furniture store, the phone store, the inspection body; no page names another
  party as payee (no app, gateway, bank, portal or legal-entity line).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout53_families import (
    battery_tyre_invoice,
    car_service_invoice,
    coaching_fee,
    furniture_order,
    hoa_dues,
    loan_emi_receipt,
    mobile_store_invoice,
    passport_visa_fee,
    restaurant_bill,
    society_maintenance,
    traffic_fine,
    vehicle_inspection,
)

SPLIT = "heldout53"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
RESTAURANT_MONO = ["noto/NotoSansMono-Regular.ttf", "liberation2/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf"]
SERVICE_FACES = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSerif-Regular.ttf", "dejavu/DejaVuSans.ttf"]
EMI_SANS = ["noto/NotoSans-Regular.ttf", "liberation/LiberationSansNarrow-Regular.ttf", "freefont/FreeSans.ttf"]
FINE_FACES = ["liberation2/LiberationSerif-Regular.ttf", "noto/NotoSans-Regular.ttf", "freefont/FreeSerif.ttf"]
PASSPORT_FACES = ["noto/NotoSerif-Regular.ttf", "liberation2/LiberationSans-Regular.ttf", "dejavu/DejaVuSans.ttf"]
FITTING_FACES = ["freefont/FreeSans.ttf", "liberation2/LiberationMono-Regular.ttf", "noto/NotoSans-Regular.ttf"]
SOCIETY_SANS = ["noto/NotoSans-Regular.ttf", "freefont/FreeSans.ttf", "liberation2/LiberationSans-Bold.ttf"]
HOA_FACES = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSans-Regular.ttf", "freefont/FreeSerif.ttf"]
COACHING_SERIF = ["liberation2/LiberationSerif-Regular.ttf", "freefont/FreeSerif.ttf", "noto/NotoSerif-Regular.ttf"]
FURNITURE_SANS = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf", "freefont/FreeSansBold.ttf"]
PHONE_FACES = ["freefont/FreeMono.ttf", "noto/NotoSansMono-Regular.ttf",
               "liberation/LiberationSansNarrow-Regular.ttf"]
INSPECTION_FACES = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSans-Regular.ttf", "dejavu/DejaVuSerif.ttf"]
FAMILIES: list[Family] = [
    ("restaurant_bill", restaurant_bill, RESTAURANT_MONO),
    ("car_service_invoice", car_service_invoice, SERVICE_FACES),
    ("loan_emi_receipt", loan_emi_receipt, EMI_SANS),
    ("traffic_fine", traffic_fine, FINE_FACES),
    ("passport_visa_fee", passport_visa_fee, PASSPORT_FACES),
    ("battery_tyre_invoice", battery_tyre_invoice, FITTING_FACES),
    ("society_maintenance", society_maintenance, SOCIETY_SANS),
    ("hoa_dues", hoa_dues, HOA_FACES),
    ("coaching_fee", coaching_fee, COACHING_SERIF),
    ("furniture_order", furniture_order, FURNITURE_SANS),
    ("mobile_store_invoice", mobile_store_invoice, PHONE_FACES),
    ("vehicle_inspection", vehicle_inspection, INSPECTION_FACES),
]


def make_heldout53_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout53 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

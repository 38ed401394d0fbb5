"""heldout36: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout36).

Families (8 receipts each), ordinary payment documents a marketplace's users upload that earlier sets drew least:
a UPI receipt shared from a bank's own app (YONO SBI, HDFC Bank MobileBanking, iMobile Pay, Axis Mobile, Kotak811;
"Transaction Successful" / "Money Sent Successfully" / "Transaction Failed" / "Transaction Pending", big amount, "To"
the payee with its VPA, "From A/c" / "Debited from" XX1234, UPI Ref No / RRN / UTR, the bank's own Transaction ID,
Remarks, Date & Time, Avl Bal), a mutual fund's SIP transaction confirmation (Folio No, scheme, SIP Amount, NAV, NAV
Date, Units Allotted, Transaction No, Debit Date, NACH / UPI AutoPay) or a lender's EMI receipt (Loan Account No, EMI
No, EMI Amount, Late Payment Charges, Total Amount Paid, Principal Outstanding, Next EMI Due, Receipt No / Payment
Ref No, Payment Date), an Indian municipal property-tax receipt (BBMP, GHMC, PMC, MCD, GCC; Receipt No / Challan
No, Property ID / PID / Assessment No, Financial Year, Property Tax, Rebate, Penalty, Total Amount Paid, Bank Ref No
/ Transaction ID / Gateway Ref, Payment Mode, Payment Date, the rebate's last date), a passport or visa fee payment
(Passport Seva in rupees, VFS Global and UK Visas and Immigration in pounds, U.S. Visa Application Service in
dollars; ARN / GWF Number / Application ID, applicant, fee, convenience fee or bank charges, Amount Paid, Payment
Reference No / CGI Reference Number / Transaction ID, Payment Date, appointment date), a US rent portal's confirmation
(RentCafe, AppFolio, Buildium, Zillow Rental Manager; Paid to the property, Unit, Rent, Convenience Fee, Total
Payment, Confirmation # / Reference Number, eCheck or card, Payment Date / Submitted On, Remaining Balance, Next Rent
Due), a US gym membership invoice (Planet Fitness, Anytime Fitness, Equinox, 24 Hour Fitness, Crunch, Orangetheory;
PAID / DECLINED / Pending, Invoice # / Receipt #, Member ID / Agreement #, Invoice Date, dues, annual fee, training,
Subtotal, Sales Tax, Total / Amount Paid / Amount Due, card on file, Payment Date, Next Billing Date), a UK energy
supplier's one-off card payment confirmation or Direct Debit collection notice (British Gas, Octopus, EDF, OVO, E.ON
Next, ScottishPower; account number, Amount paid / Direct Debit amount, Payment reference / Transaction ID, DD
reference, card / Apple Pay / Direct Debit, Date of payment / Collection date, balance in credit or owed, next
payment), a Deutsche Bahn booking confirmation (route, Hinfahrt am / Reisedatum, Sparpreis / Flexpreis, Preis,
BahnCard 25 Rabatt, Sitzplatzreservierung, Gesamtpreis / Summe / Gesamtbetrag, enth. MwSt. 7%, Auftragsnummer /
Buchungsnummer, Zahlungsart / Bezahlt mit, Buchungsdatum / Gebucht am, BahnCard-Nr.), a French restaurant's
addition (SIRET, Table and Couverts, Note n° / Ticket n° / Addition n°, dishes, Total HT, TVA 10%, Montant TTC / TOTAL
TTC / Net à payer, Réglé par CB / Carte bancaire / Espèces, "Le 05/03/2025 à 20:14"), an Irish or Dutch pharmacy
till in euros (Hickey's, McCabes, Allcare; Etos, Kruidvat, DA; items, SAVINGS / KORTING, TOTAL / TOTAAL, VAT @23% /
BTW 9%, CARD / PIN or CASH / CONTANT with CHANGE / WISSELGELD, card ending, AUTH CODE / AUTORISATIECODE, Receipt No /
Trans No / Bonnr, date line), a courier counter's booking receipt (India Post, Blue Dart, DTDC in rupees; FedEx
Office, The UPS Store in dollars; Receipt No / Invoice No / Transaction #, Article No / AWB No / Consignment No /
Tracking Number, service, destination, weight, Postage / Freight / Shipping Charge, Fuel Surcharge, GST 18% / Sales
Tax, Total / Amount Paid / Grand Total, Payment Mode / Tender, Auth Code / APPROVAL, Booking Date, Expected
Delivery) and an event-ticket order confirmation (Ticketmaster in dollars or pounds, AXS, Eventbrite, BookMyShow in
rupees; Order Confirmed / Booking Confirmed / Payment Failed / Payment Pending, event, venue, Event date, n x
Ticket, Service / Convenience / Booking Fee, Facility Charge, IGST, Order Total, Booking ID / Order #, Paid with,
Order Date / Booked on). Faces are ones earlier sets drew least: DejaVu Sans Mono Bold, FreeMono Bold and Liberation
Mono Bold (liberation) for tills and counter receipts; DejaVu Sans Condensed Bold, FreeSans Oblique, FreeSans Bold
Oblique, Noto Sans Italic, Liberation Sans Narrow Bold (liberation) and Noto Sans Display Italic for screens and
e-mails; DejaVu Serif Condensed Italic, FreeSerif Italic, Noto Serif Italic, Liberation Serif Italic (liberation2)
and Noto Serif Display Italic for acknowledgements, tax and fee receipts and invoices. Liberation and FreeFont faces
print "Rs." for the rupee (no ₹ glyph); no layout prints ●, → or •. Each receipt is drawn clean and degraded with
heldout14's steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light; the bank app
screen is always photographed off the display; then JPEG q20–60).

Truth conventions (heldout34's, with each family's specifics):

* amount: the amount paid on this document (fees, surcharges, taxes and late charges included, rebates, discounts and
  savings off; for a failed or pending payment the amount attempted), as "1234.50"; currency its ISO code
  ("₹"/"Rs."/"INR" INR, "$"/"USD" USD, "€"/"EUR" EUR, "£"/"GBP" GBP). The bank app's big amount (never Avl Bal); the
  SIP Amount (never the NAV or units) or the EMI receipt's Total Amount Paid / Amount Received / Total Paid (never
  the EMI Amount when late charges are added, nor the Principal Outstanding); the property tax Total Amount Paid
  (never the Property Tax before rebate / penalty); the fee page's Amount Paid / Total (never the bare fee when a
  convenience fee is added); the rent portal's Total Payment (never the Rent alone nor the Remaining Balance); the gym's
  Total / Amount Paid / Amount Due (never a line, the Subtotal or the tax); the energy page's Amount paid / Direct
  Debit amount (never the balance); DB's Gesamtpreis / Summe / Gesamtbetrag (never the Preis or the MwSt.); the
  addition's Montant TTC / TOTAL TTC / Net à payer (never Total HT or TVA); the pharmacy TOTAL / TOTAAL (never the
  cash handed over, change or VAT); the courier's Total (never the freight); the order's Order Total / Total / Amount
  Paid (never a ticket line or fee).
* date: the payment date, ISO, only where printed as it: the app's Date & Time; a Debit Date / Date of Payment /
  Transaction Date / Payment Date / Date of Receipt / Paid On (never the NAV Date or Next EMI Due); the property tax
  Payment / Transaction Date (never the rebate's last date); the fee page's payment date (never the Appointment); the
  rent Payment Date / Submitted On / Date (never Next Rent Due); the gym's Payment Date / Date Paid (never the Invoice
  Date or Next Billing Date; a declined invoice prints none); Date of payment / Payment date / Collection date / Date
  collected (never Next payment); Buchungsdatum / Gebucht am (never the travel date); the addition's "Le ... à ..."
  line; the pharmacy's date line; the courier's Booking Date / Date (never Expected Delivery); the Order Date / Booked
  on / Ordered (never the Event date). None when only those other dates are printed; formats include dd/mm/yyyy,
  dd-mm-yyyy, dd-Mon-yyyy, dd.mm.yy, dd.mm.yyyy, dd/mm/yy, dd-mm-yy, "05 Mar 2025", "5 March 2025", "05-Mar-25",
  "Mar 5, 2025", "March 5, 2025", mm/dd/yyyy, mm-dd-yy, yyyy-mm-dd.
* payment_method: "UPI" (every bank app receipt; UPI, UPI AutoPay), "card" (Debit Card, Credit Card, Card, CARD, PIN,
  CB, Carte bancaire, CB sans contact, Kreditkarte, Visa / Mastercard / Amex / MC with endings, Visa Debit),
  "netbanking" (Net Banking, NACH / Auto Debit, eCheck - Checking, Bank Account (ACH), Checking ****, Direct Debit,
  SEPA-Lastschrift), "wallet" (Apple Pay, PayPal, Paytm Wallet), "cash" (Cash, CASH, CONTANT, Espèces); None when no
  mode is printed. A Direct Debit notice always names its mode; a pharmacy till always shows its tender.
* status: only where words state it. Success: "Transaction Successful", "Payment Successful", "Money Sent
  Successfully", "Payment Received", "Processed Successfully", "Your payment has been received", "Your payment has
  been submitted successfully", "PAID", "Payment successful", "Thanks, we've received your payment", "Order
  Confirmed", "You're in! Your order is confirmed", "Booking Confirmed". Failed: "Transaction Failed", "Payment
  Bounced", "Rejected", "Payment Unsuccessful", "Payment Failed", "Payment failed", "DECLINED", "Payment Declined".
  Pending: "Transaction Pending", "Awaiting bank confirmation", "Pending", "Payment Pending", "Payment status:
  Pending", "Processing", "Payment processing". None otherwise: Direct Debit notices, DB bookings, additions,
  pharmacy tills and courier receipts carry no outcome words.
* transaction_id: as printed, the strongest kind printed: UPI reference (UPI Ref No, UPI Reference No., RRN, UTR) >
  card approval (AUTH CODE, AUTORISATIECODE, Auth Code, APPROVAL) > payment / transaction reference (the bank app's
  Transaction ID / Txn ID; a SIP's Transaction No / Txn Ref No / Transaction Reference; an EMI's Payment Ref No /
  Transaction ID; a property tax Bank Ref No / Transaction ID / Gateway Ref; a fee page's Payment Reference No / SBI
  ePay Ref / Payment reference / Transaction ID / CGI Reference Number / Receipt Number; a rent Confirmation # /
  Reference Number / Transaction ID; an energy Payment reference / Transaction ID) > receipt / invoice / order /
  booking numbers (an EMI Receipt No, a property tax Receipt No / Challan No, a gym Invoice # / Invoice No. /
  Receipt #, DB's Auftragsnummer / Buchungsnummer, the addition's Note n° / Ticket n° / Addition n°, the pharmacy's
  Receipt No / Trans No / Bonnr / Bon nr., the courier's Receipt No / Invoice No / Transaction #, the order's Booking
  ID / Order # / Order Number). Never the payee's VPA, a masked account, Folio No, Loan Account No, EMI No, Property ID
  / PID / Assessment No, ARN / GWF Number / Application ID / DS-160 Barcode / Unique Application No / File Number,
  Unit, Member ID / Agreement # / Member No., an energy account number or DD reference, BahnCard-Nr., SIRET, VAT No /
  KvK, a card ending, the Article / AWB / Consignment / Tracking number, a phone number. None when none is printed (a
  failed bank app payment prints no UPI reference; a failed property tax payment no receipt; a failed fee, rent or
  energy payment no reference; a Direct Debit notice only its DD reference).
* merchant_name: the payee as printed: the bank app's "To" name (not the bank or its app), the fund house or lender,
  the municipal corporation, the passport / visa office in the title ("Passport Seva", "VFS Global", "UK Visas and
  Immigration", "U.S. Visa Application Service"), the rent portal's "Paid to" property (not the portal), the gym, the
  energy supplier, "Deutsche Bahn", the restaurant, the pharmacy, the courier ("India Post", "Blue Dart", "DTDC",
  "FedEx Office", "The UPS Store"), the ticket seller ("Ticketmaster", "AXS", "Eventbrite", "BookMyShow"; not the
  event or venue).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout36_families import (
    bank_upi_share,
    courier_receipt,
    db_booking,
    eu_pharmacy_till,
    event_ticket_order,
    fr_restaurant_bill,
    gym_invoice_us,
    property_tax_in,
    sip_emi_ack,
    uk_energy_payment,
    us_rent_portal,
    visa_fee_receipt,
)

SPLIT = "heldout36"

MONO = [
    "dejavu/DejaVuSansMono-Bold.ttf",
    "freefont/FreeMonoBold.ttf",
    "liberation/LiberationMono-Bold.ttf",
]
SANS = [
    "dejavu/DejaVuSansCondensed-Bold.ttf",
    "freefont/FreeSansOblique.ttf",
    "freefont/FreeSansBoldOblique.ttf",
    "noto/NotoSans-Italic.ttf",
    "liberation/LiberationSansNarrow-Bold.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
]
SERIF = [
    "dejavu/DejaVuSerifCondensed-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
]

FAMILIES: list[Family] = [
    ("bank_upi_share", bank_upi_share, SANS),
    ("sip_emi_ack", sip_emi_ack, SERIF + SANS[:1]),
    ("property_tax_in", property_tax_in, SERIF + MONO[:1]),
    ("visa_fee_receipt", visa_fee_receipt, SANS + SERIF[2:3]),
    ("us_rent_portal", us_rent_portal, SANS),
    ("gym_invoice_us", gym_invoice_us, SANS + SERIF[3:4]),
    ("uk_energy_payment", uk_energy_payment, SANS + SERIF[:1]),
    ("db_booking", db_booking, SANS),
    ("fr_restaurant_bill", fr_restaurant_bill, MONO + SERIF[1:2]),
    ("eu_pharmacy_till", eu_pharmacy_till, MONO),
    ("courier_receipt", courier_receipt, MONO + SANS[4:5]),
    ("event_ticket_order", event_ticket_order, SANS + SERIF[4:5]),
]


def make_heldout36_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout36 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

"""heldout33: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout33).

Families (8 receipts each), ordinary payment documents a marketplace's users upload that earlier sets drew least:
a UPI app screen with the amount on top (BHIM / Amazon Pay / WhatsApp Pay / CRED; status badge "• Paid" or
"[ Payment Failed ]", payee with its UPI handle, debit bank, UPI Transaction ID / UTR, the app's own transaction
or order id, cashback), an Indian bank's IMPS / NEFT fund-transfer acknowledgement (SBI, HDFC, ICICI, PNB, Canara;
beneficiary, masked accounts, IFSC, charges, IMPS Ref No / UTR, Reference Number, channel, available balance), an
Indian pharmacy bill (Apollo Pharmacy / MedPlus / Wellness Forever / Netmeds / Frank Ross; batch, expiry and MRP per
item, GSTIN, DL No, Gross Amount, discount, "You saved", round off, Net Amount, GST share, mode of payment), a
quick-commerce order summary (Blinkit / Zepto / Swiggy Instamart / BB Now; item total, delivery, handling fee,
partner tip, coupon, Bill Total / Grand Total / To Pay, total savings, Order ID, payment, order placed date), an
Indian ride receipt (Ola / Rapido / Uber / BluSmart in rupees; big total, ride fare, GST, toll, promo, CRN / Ride ID,
captain's vehicle number), a US coffee-shop receipt printed by Square or Toast (Subtotal, Tax, Tip, Total, card or
Apple Pay, APPROVED / DECLINED, auth code, order / check number, suggested-tip line), a US Amazon.com order summary
(Order #, Order Placed, shipped date, Item(s) Subtotal, Shipping & Handling, Free Shipping, Total before tax,
Estimated tax, gift card, Grand Total / Order Total, card ending), a UK food-delivery order e-mail (Deliveroo /
Just Eat / Uber Eats; restaurant, Subtotal, delivery and service fees, rider tip, voucher, Total, order number,
postcode and helpline), a euro-area shop's order confirmation in German or Dutch (Zalando, Otto, MediaMarkt,
bol.com, Coolblue; Bestellnummer / Bestelnummer, Bestelldatum / Besteldatum, Zwischensumme / Subtotaal, Versand /
Verzendkosten, Gesamtsumme / Totaal, MwSt. / btw share, Zahlungsart / Betaalmethode, delivery date, customer
number), a German or Dutch bank app's SEPA (instant) transfer (Sparkasse, Deutsche Bank, ING, Commerzbank, N26,
Rabobank, ABN AMRO, bunq; amount on top, status words, Empfänger / Naar, IBAN, Verwendungszweck / Omschrijving,
Ausführungsdatum / Datum, End-to-End-Referenz / Transactiereferentie, balance), a stay payment receipt (Airbnb,
Marriott, Premier Inn, Taj Hotels, Hilton in USD / EUR / GBP / INR; nights × rate, cleaning and service fees, taxes,
Total, check-in / check-out, confirmation code, card or wallet, paid-on date) and a Stripe-hosted invoice marked
paid (amount on top, Invoice number, Receipt number, Date paid, Date due, items, Subtotal, VAT / IGST, Total, Amount
paid, card, Link or SEPA Direct Debit, VAT number / EIN / GSTIN). Faces are ones earlier sets drew least: DejaVu Sans Mono
Bold Oblique, FreeMono Bold Oblique, Liberation Mono Italic (liberation) and Liberation Mono Bold Italic
(liberation2) for tills and pharmacy bills; DejaVu Sans Oblique, DejaVu Sans Condensed Bold Oblique, Liberation
Sans Bold Italic (liberation and liberation2), Noto Sans Display Bold Italic and Liberation Sans Narrow Italic for screens,
e-mails and invoices; DejaVu Serif Bold Italic, DejaVu Serif Condensed Bold Italic and Noto Serif Bold Italic for
bank acknowledgements, pharmacy bills and stay receipts. Each receipt is drawn clean and degraded with heldout14's
steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light; app screens are always
photographed off the display; then JPEG q20–60).

Truth conventions (heldout32's, with each family's specifics):

* amount: the amount paid on this document (taxes, fees, tip and round off included, discounts, vouchers, gift
  cards and savings off; for a failed or pending payment the amount attempted), as "1234.50"; currency its ISO code
  ("₹"/"Rs."/"INR" INR, "$"/"USD" USD, "€"/"EUR" EUR, "£"/"GBP" GBP). A UPI screen's big amount; a transfer
  acknowledgement's Amount (never the Charges or the Available Balance); a pharmacy's Net Amount / Net Payable /
  Total Amount (never the Gross Amount, MRP, discount, "You saved" or GST share); a quick-commerce Bill Total /
  Grand Total / To Pay (never the Item Total, fees or total savings); a ride's Total / Total Bill / Amount Paid (never
  the Ride Fare); a coffee receipt's Total / Amount (never the Subtotal, Tip or suggested tips); Amazon's Grand Total
  / Order Total (never the Item(s) Subtotal or Total before tax); a food order's Total / Total paid / Order total
  (never the Subtotal); an order confirmation's Gesamtsumme / Summe / Totaal / Totaalbedrag (never the
  Zwischensumme / Subtotaal or the VAT share); a SEPA transfer's big amount (never the balance); a stay's Total /
  Amount paid (never the nightly rate or nights × rate); a Stripe invoice's Amount paid / Total (never the Subtotal).
* date: the payment date, ISO, only where printed as the payment / order date: a UPI screen's date line, a
  transfer's Transaction Date / Date & Time / Value Date, a pharmacy's "Date", a quick-commerce Order placed /
  Placed on, a ride's date line, a coffee receipt's date line, Amazon's Order Placed (never the Shipped on date),
  a food order's "Ordered …", a Bestelldatum / Bestellt am / Besteldatum / Besteld op (never the delivery date), a
  SEPA Ausführungsdatum / Datum / Uitvoerdatum, a stay's Paid on / Payment date / Charged (never Check-in or
  Check-out), a Stripe Date paid (never Date due). None when only those other dates are printed; formats include
  dd/mm/yyyy, dd-mm-yyyy, dd-Mon-yyyy, dd-Mon-yy, dd.mm.yy, dd.mm.yyyy, "5. März 2025", "5 mrt 2025", "05 Mar 2025",
  "5 March 2025", "Mar 5, 2025", "March 5, 2025", mm/dd/yy, mm/dd/yyyy, yyyy-mm-dd.
* payment_method: "UPI" (every UPI app screen; UPI / Paytm UPI), "card" (Card, Credit Card, Visa / Mastercard /
  Amex / Discover with their endings, Kreditkarte, Creditcard, Amazon Store Card), "netbanking" (a transfer
  acknowledgement whose Channel reads Internet Banking / Net Banking, Lastschrift, SEPA Direct Debit), "wallet"
  (Apple Pay — also "Apple Pay VISA XXXX1234" on a coffee receipt — Google Pay, PayPal, Link, Paytm, Paytm Wallet,
  Ola Money), "cash" (Cash, Cash on Delivery); None when no mode is printed. A coffee receipt always prints its
  card line; a SEPA transfer never has a method (None), nor does an IMPS / NEFT acknowledgement without a Channel
  line (the words IMPS / NEFT are the rail, not the method).
* status: only where words state it. Success: "Payment Successful", "Paid", "Money sent", "Transaction
  Successful", "Transfer Successful", "APPROVED", "Echtzeitüberweisung ausgeführt", "Überweisung erfolgreich",
  "Overboeking geslaagd", "Betaling gelukt", "Invoice paid". Failed: "Payment Failed", "Transaction declined",
  "Transaction Failed", "DECLINED", "Überweisung fehlgeschlagen", "Overboeking mislukt". Pending: "Payment
  Pending", "Processing", "Transaction Pending", "Transaction under process", "Überweisung in Bearbeitung",
  "Auftrag vorgemerkt", "Overboeking in behandeling". None otherwise: pharmacy bills, rides, Amazon, food orders,
  order confirmations and stay receipts carry no outcome words; a quick-commerce "Delivered" is a delivery state
  (None).
* transaction_id: as printed, the strongest kind printed: UPI reference / UTR (UPI Transaction ID, UPI Ref No,
  UTR, UTR No, UTR Number, IMPS Ref No) > card approval (Auth code, AUTH, Approval) > payment / transaction
  reference (the UPI app's own "<app> Transaction ID" / Order ID / Transaction ID, a transfer's Reference Number /
  Transaction ID, End-to-End-Referenz / Transaktions-ID / Transactiereferentie / Kenmerk) > receipt / order /
  booking / bill numbers (a pharmacy's Bill No / Invoice No; a quick-commerce Order ID; a ride's CRN / Ride ID /
  Trip ID / Booking ID; a coffee receipt's Order # / Check # / Ticket; Amazon's Order #; a food order's Order
  number; a Bestellnummer / Bestelnummer; a stay's Confirmation code / Reservation number / Booking reference; a
  Stripe Receipt number, else its Invoice number). Never a phone number, card or account ending, IBAN, IFSC,
  GSTIN, DL No, batch, customer / Kundennummer / Klantnummer, listing or folio number, vehicle number, EIN / VAT
  number or postcode. None when none is printed (a failed UPI payment or transfer prints no UTR).
* merchant_name: the payee as printed: a UPI screen's "To:" payee (not the app), a transfer's Beneficiary Name /
  Empfänger / Naar (not the bank), the pharmacy, the quick-commerce app, the ride brand, the coffee shop,
  "Amazon.com", the food-delivery app in the title (not the restaurant), the shop in an order confirmation's title,
  the stay brand in the title (Airbnb, not the host), the company issuing the Stripe invoice.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout33_families import (
    amazon_us_invoice,
    bank_transfer_in,
    coffee_receipt_us,
    eu_order_confirmation,
    pharmacy_bill_in,
    quick_commerce_order,
    ride_receipt_in,
    sepa_instant_transfer,
    stay_payment_receipt,
    stripe_invoice_paid,
    uk_food_order_email,
    upi_amount_top,
)

SPLIT = "heldout33"

MONO = [
    "dejavu/DejaVuSansMono-BoldOblique.ttf",
    "freefont/FreeMonoBoldOblique.ttf",
    "liberation/LiberationMono-Italic.ttf",
    "liberation2/LiberationMono-BoldItalic.ttf",
]
SANS = [
    "dejavu/DejaVuSans-Oblique.ttf",
    "dejavu/DejaVuSansCondensed-BoldOblique.ttf",
    "liberation/LiberationSans-BoldItalic.ttf",
    "liberation2/LiberationSans-BoldItalic.ttf",
    "noto/NotoSansDisplay-BoldItalic.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
]
SERIF = [
    "dejavu/DejaVuSerif-BoldItalic.ttf",
    "dejavu/DejaVuSerifCondensed-BoldItalic.ttf",
    "noto/NotoSerif-BoldItalic.ttf",
]

FAMILIES: list[Family] = [
    ("upi_amount_top", upi_amount_top, SANS),
    ("bank_transfer_in", bank_transfer_in, SANS[:3] + SERIF[:2]),
    ("pharmacy_bill_in", pharmacy_bill_in, MONO + SERIF[2:]),
    ("quick_commerce_order", quick_commerce_order, SANS),
    ("ride_receipt_in", ride_receipt_in, SANS),
    ("coffee_receipt_us", coffee_receipt_us, MONO),
    ("amazon_us_invoice", amazon_us_invoice, SANS[2:] + SERIF[:1]),
    ("uk_food_order_email", uk_food_order_email, SANS + SERIF[1:2]),
    ("eu_order_confirmation", eu_order_confirmation, SANS),
    ("sepa_instant_transfer", sepa_instant_transfer, SANS),
    ("stay_payment_receipt", stay_payment_receipt, SERIF + SANS[:2]),
    ("stripe_invoice_paid", stripe_invoice_paid, SANS),
]


def make_heldout33_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout33 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

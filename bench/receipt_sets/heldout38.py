"""heldout38: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout38).

Families (8 receipts each), ordinary payment documents a marketplace's users upload that earlier sets drew least:
a stock broker's or investing app's "Funds added" screen (Zerodha, Groww, Upstox, Angel One, Dhan; Add funds,
"Funds added successfully" / "Money added" / "Payment successful" / "Payment failed" / "Funds not added" / "Payment
processing" / "Awaiting confirmation from bank", big rupee amount, Client ID / User ID / UCC, Segment, Payment mode /
Via, the bank with a masked account, UPI Ref No / UTR / Bank reference, Transaction ID / Order ID / Request ID, Date /
Added on / Requested on, Available margin / Available cash / Balance), a US doctor's co-pay receipt from a patient
portal (MyChart, FollowMyHealth, athenaPatient; practice, Guarantor # / Account # / Patient Account, patient, Visit
date, Office visit copay, Prior balance payment, Total payment / Amount paid / Payment amount, Paid with / Payment
method with the card ending, Confirmation number / Transaction ID / Receipt #, Payment date / Paid on / Date,
Remaining balance), a UK dentist's receipt (Bupa Dental Care, mydentist, Oasis; Patient ID, Appointment, NHS Band 1 /
Band 2 and private items, Total paid / Amount paid / TOTAL, Receipt No, Balance outstanding) or an NHS prescription
prepayment certificate (NHS Business Services Authority; certificate number, Valid from, Amount paid, Payment
reference), a French boulangerie or tabac-presse ticket (address, SIRET, items, TOTAL / TOTAL TTC / A PAYER, dont TVA
5,5%, Espèces with Rendu or CB / CB sans contact / Carte bancaire, Ticket n°, a date line with the till), an Italian
bar's scontrino (P.IVA, DOCUMENTO COMMERCIALE, items, TOTALE COMPLESSIVO / TOTALE EURO / TOTALE, DI CUI IVA, PAGAMENTO
CONTANTE / CONTANTI with RESTO or PAGAMENTO ELETTRONICO / BANCOMAT / CARTA DI CREDITO, IMPORTO PAGATO, a date line
with DOC.N., the RT serial), a US grocery delivery receipt e-mail (Instacart, Shipt; the store, Order # / Order number
/ Order ID, Items subtotal, Delivery fee, Service fee, Sales tax, Shopper tip, Total / Order total / Total charged,
Payment method / Charged to, Order date / Delivered on / Ordered, an authorization hold), an Indian airport
prepaid-taxi slip (KSTDC, Meru, Delhi Traffic Police, Mumbai Cool Cab, Chennai; Slip No / Receipt No / Bill No,
Vehicle No, From / To, Km, Fare, Night charges, Toll, Total Fare / TOTAL / Amount Collected, Mode / Paid by, UPI Ref /
RRN, Date / Dt / Date/Time, Driver Badge), a cloud or hosting invoice (DigitalOcean, Linode, Vultr in dollars; Hetzner,
OVHcloud in euros; Fasthosts in pounds; Paid / Payment failed / Unpaid - card declined / Processing, Invoice number,
Invoice date, Billing period, Account / Customer no. / Team, usage lines, Subtotal, Tax / VAT, Total / Amount due /
Total paid, Payment method / Charged to / Paid via, Payment ID / Transaction ID, Payment date / Paid on / Charged on,
Account balance, VAT ID or EIN), a business-software tax invoice in rupees with GST (Google Workspace, Microsoft 365, Zoho
Workplace, Zoom Workplace; Status, Invoice number, Invoice date, Billing ID, customer GSTIN, Service period, plan x
seats, Subtotal, IGST 18% or CGST 9% + SGST 9%, Total in INR / Total amount / Amount paid, Payment method, Payment
reference / Transaction ID, Payment date / Paid on, Due date, Place of supply), a Shopify store's order confirmation
e-mail (small shops in rupees, pounds, dollars or euros; "Order #1042", "Thank you for your purchase!" / Order
confirmed / Payment failed / Payment pending / "Your payment is being processed", items, Subtotal, Discount
(WELCOME10), Shipping, Taxes, Total, "Including VAT/GST of", Payment method, Order date / Placed on / Date, Shipping
address), a newspaper or magazine subscription renewal (The Hindu, The Economic Times, The Guardian, The Economist,
The Atlantic, The Boston Globe, Le Monde, Die Zeit; renewed / failed / pending words, Subscriber ID / Customer number
/ Account no., Plan, Renews on / Next renewal / Valid until, incl. GST, Regular price and Introductory offer, Amount
charged / Total / Amount paid, or Amount due when it failed, Payment method / Paid with / Card, Transaction reference
/ Receipt number / Reference, Payment date / Charged on / Date) and a UK garage's MOT or service invoice (Kwik Fit,
Halfords Autocentre, Formula One Autocentres, independents; Invoice No / Invoice number / Job No, Reg, Mileage, MOT
test (VAT exempt), parts, Labour, Net, VAT @ 20%, TOTAL / Invoice total / Total due, Paid by / Payment / Tender, Auth
code / AUTH, Balance 0.00, Date / Invoice date / Date paid, MOT expiry, VAT Reg No). Faces are ones earlier sets drew
least: DejaVu Sans Mono Oblique, FreeMono Oblique, Liberation Mono Regular (liberation and liberation2) for tickets,
scontrini and slips; DejaVu Sans Condensed Oblique, Liberation Sans Narrow Italic (liberation), FreeSans Bold, Noto
Sans Display Bold Italic and Liberation Sans Bold Italic (liberation2) for screens and e-mails; DejaVu Serif Condensed
Bold Italic, FreeSerif Bold Italic, Liberation Serif Bold Italic (liberation) and DejaVu Serif Bold Italic for
invoices and receipts. Faces without a ₹ glyph print "Rs." or "INR" for the rupee; no layout prints ●, • or →. Each
receipt is drawn clean and degraded with heldout14's steps (one to three of blur, rotation, perspective, low
contrast, noise, uneven light; the broker screen is always photographed off the display; then JPEG q20–60).

Truth conventions (heldout34's, with each family's specifics):

* amount: the amount paid on this document (fees, tips, taxes and surcharges included, discounts and offers off; for
  a failed or pending payment the amount attempted), as "1234.50"; currency its ISO code ("₹"/"Rs."/"INR" INR,
  "$"/"USD" USD, "€"/"EUR" EUR, "£"/"GBP" GBP). The broker's big amount (never the Available margin / cash /
  Balance); the portal's Total payment / Amount paid / Payment amount (never the copay line alone when a prior balance
  is added, nor the Remaining balance); the dentist's total (never a line nor Balance outstanding) or the PPC's Amount
  paid; the boulangerie TOTAL / TOTAL TTC / A PAYER (never the cash handed over, Rendu or the TVA); the scontrino's
  TOTALE COMPLESSIVO / TOTALE (never CONTANTI given, RESTO or DI CUI IVA); the delivery Total / Order total / Total
  charged (never the Items subtotal nor the authorization hold); the taxi's Total Fare / TOTAL / Amount Collected
  (never the Fare before night charges and toll); the cloud invoice's Total / Amount due / Total paid (never the
  Subtotal, VAT or Account balance); the GST invoice's total with GST (never the Subtotal or the GST); the Shopify
  Total (never Subtotal, a line or the "Including VAT of" figure); the subscription's Amount charged / Total / Amount
  paid / Amount due (never the Regular price); the garage's TOTAL / Invoice total / Total due (never Net, VAT or the
  MOT line).
* date: the payment date, ISO, only where printed as it: the broker's Date / Added on / Requested on; the portal's
  Payment date / Paid on / Date (never the Visit date); the dentist's / PPC's Date paid / Payment date / Date (never
  the Appointment or Valid from); the boulangerie's and scontrino's date line; the delivery's Order date / Delivered
  on / Ordered; the taxi's Date / Dt / Date/Time; the cloud invoice's Payment date / Paid on / Charged on (never the
  Invoice date or Billing period; a failed charge prints none); the GST invoice's Payment date / Paid on (never the
  Invoice date or Due date); the Shopify Order date / Placed on / Date; the subscription's Payment date / Charged on /
  Date (never Renews on / Next renewal / Valid until); the garage's Date / Invoice date / Date paid (never MOT
  expiry). None when only those other dates are printed; formats include dd/mm/yyyy, dd-mm-yyyy, dd-Mon-yyyy,
  dd.mm.yy, dd.mm.yyyy, dd/mm/yy, "05 Mar 2025", "5 March 2025", "05-Mar-25", "Mar 5, 2025", "March 5, 2025",
  mm/dd/yyyy, mm-dd-yy, yyyy-mm-dd (US layouts month first; French, Italian, German, UK and Indian day first).
* payment_method: "UPI" (UPI, UPI AutoPay), "card" (Visa / Mastercard / MasterCard / Amex / Discover / HSA Visa with
  endings, VISA DEBIT, Visa Debit, Card, CARD, RuPay Credit Card, EBT SNAP, CB, CB sans contact, Carte bancaire,
  PAGAMENTO ELETTRONICO, BANCOMAT, CARTA DI CREDITO), "netbanking" (Net banking, Net Banking, SEPA Direct Debit, Direct
  Debit), "wallet" (Apple Pay, PayPal, Shop Pay), "cash" (Cash, CASH, Espèces, ESPECES, PAGAMENTO CONTANTE, CONTANTI);
  None when no mode is printed. The boulangerie and scontrino always show their tender.
* status: only where words state it. Success: "Funds added successfully", "Money added", "Payment successful",
  "Payment Complete", "Thank you for your payment", "Payment Approved", "Payment complete", "Your card has been
  charged", "Paid", "PAID", "Payment received", "Thank you for your purchase!", "Order confirmed", "Your subscription
  has been renewed", "Renewal successful". Failed: "Payment failed", "Funds not added", "Payment Declined", "Card
  declined", "Payment unsuccessful", "Unpaid - card declined", "Payment declined", "We couldn't renew your
  subscription", "Renewal payment declined". Pending: "Payment processing", "Awaiting confirmation from bank",
  "Payment Pending", "Payment pending", "Pending charge", "Processing", "Your payment is being processed", "Renewal
  pending", "Payment is being processed". None otherwise: private dental receipts, boulangerie tickets, scontrini,
  taxi slips and garage invoices carry no outcome words.
* transaction_id: as printed, the strongest kind printed: UPI reference (UPI Ref No, UTR, Bank reference on a UPI
  add, UPI Ref, RRN) > card approval (the garage's Auth code / AUTH) > payment / transaction reference (the broker's
  Transaction ID / Order ID / Request ID; the portal's Confirmation number / Transaction ID / Receipt #; the PPC's
  Payment reference / Transaction reference; the cloud Payment ID / Transaction ID "ch_..."; the GST invoice's
  Payment reference / Transaction ID; the subscription's Transaction reference / Receipt number / Reference) >
  receipt / invoice / order numbers (the dentist's Receipt No; Ticket n° / Ticket / N° ticket; the scontrino's
  DOC.N.; the delivery Order # / Order number / Order ID; the taxi's Slip No / Receipt No / Bill No; the cloud or GST
  Invoice number; the Shopify number after "Order #", digits only; the garage's Invoice No / Job No). Never a Client
  ID / UCC, a masked account, a Guarantor # / Account #, a Patient ID, a certificate number, SIRET, P.IVA, the RT
  serial, a Vehicle No or Driver Badge, a Billing ID or GSTIN, a Subscriber ID / Customer number, a Reg or VAT
  number or EIN, a card ending, a phone number. None when none is printed (a failed payment prints no UPI, payment or
  charge reference; an order, invoice or broker's own ID it still prints is then the truth).
* merchant_name: the payee as printed in the title: the broker or app, the practice (not the portal), the dental
  practice or "NHS Business Services Authority", the boulangerie / tabac, the bar, the delivery service ("Instacart",
  "Shipt"; not the store it shopped at), the prepaid-taxi booth, the cloud provider, the software seller ("Google
  Workspace", "Microsoft 365", "Zoho Workplace", "Zoom Workplace"), the Shopify shop, the newspaper or magazine, the
  garage.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout38_families import (
    broker_fund_add,
    cloud_invoice,
    fr_boulangerie_ticket,
    grocery_delivery_us,
    it_scontrino,
    prepaid_taxi_in,
    saas_gst_invoice,
    shopify_order,
    subscription_renewal,
    uk_dental_nhs,
    uk_garage_invoice,
    us_copay_portal,
)

SPLIT = "heldout38"

MONO = [
    "dejavu/DejaVuSansMono-Oblique.ttf",
    "freefont/FreeMonoOblique.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
]
SANS = [
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
    "freefont/FreeSansBold.ttf",
    "noto/NotoSansDisplay-BoldItalic.ttf",
    "liberation2/LiberationSans-BoldItalic.ttf",
]
SERIF = [
    "dejavu/DejaVuSerifCondensed-BoldItalic.ttf",
    "freefont/FreeSerifBoldItalic.ttf",
    "liberation/LiberationSerif-BoldItalic.ttf",
    "dejavu/DejaVuSerif-BoldItalic.ttf",
]

FAMILIES: list[Family] = [
    ("broker_fund_add", broker_fund_add, SANS),
    ("us_copay_portal", us_copay_portal, SANS + SERIF[:1]),
    ("uk_dental_nhs", uk_dental_nhs, SERIF + SANS[2:3]),
    ("fr_boulangerie_ticket", fr_boulangerie_ticket, MONO),
    ("it_scontrino", it_scontrino, MONO),
    ("grocery_delivery_us", grocery_delivery_us, SANS),
    ("prepaid_taxi_in", prepaid_taxi_in, MONO + SERIF[3:4]),
    ("cloud_invoice", cloud_invoice, SANS + SERIF[1:2]),
    ("saas_gst_invoice", saas_gst_invoice, SERIF + SANS[:1]),
    ("shopify_order", shopify_order, SANS),
    ("subscription_renewal", subscription_renewal, SERIF + SANS[4:5]),
    ("uk_garage_invoice", uk_garage_invoice, MONO[2:] + SERIF),
]


def make_heldout38_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout38 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

"""heldout37: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout37).

Families (8 receipts each), ordinary payment documents a marketplace's users upload that earlier sets drew least:
a US car wash or laundromat card receipt (Mister Car Wash, Zips, Tidal Wave Auto Spa, Spin Cycle Laundromat,
SuperSuds; wash package or machines, add-ons, SUBTOTAL, TAX, TOTAL / AMOUNT / SALE TOTAL, the card network with the
masked number, ENTRY, APPROVED / Approved / DECLINED / Card declined / Pending, AUTH CODE / AUTH # / APPR, REF # /
TRANS # / INVOICE, TERMINAL, LOYALTY ACCT, date line, "Membership renews" date), a UK pub's closed bar tab (The Red
Lion, The Kings Arms...; VAT Reg, Table and Server, Tab No / Check # / Bill No, drinks and food, Subtotal, Service
12.5% (optional), TOTAL / Balance Due / TOTAL DUE, VAT incl. 20%, Visa Contactless / Mastercard / Visa Debit with
the last four, or Cash and Change, APPROVED / DECLINED, AUTH CODE / Auth, date line), a German bakery till
(Bäckerei Müller, Kamps, Backwerk...; St.-Nr., Bon-Nr. / Beleg-Nr. / Bon, Kasse, items, Summe / Zu zahlen / SUMME EUR
/ Gesamt, MwSt 7% Netto and MwSt 7%, EC-Karte / girocard / Kartenzahlung with Terminal-ID and Zahlung erfolgt /
Abbruch - Zahlung abgelehnt and Autorisierungs-Nr. / Genehmigungs-Nr., or Bar / Gegeben Bar and Rückgeld,
TSE-Signaturzähler, date line), a US veterinary clinic invoice (Banfield, VCA, BluePearl...; PAID / Paid in Full /
Payment Declined / Payment Pending, Invoice # / Invoice No. / Inv, Client ID, Patient, Invoice Date, exam,
vaccines, Subtotal, Wellness Plan Discount, Tax, Invoice Total / Total / Amount Due, Payment Method / Paid By, Auth
Code / Approval, Payment Date / Date Paid, Balance, Next Vaccines Due), a UK online grocery receipt e-mail (Ocado,
Tesco, Sainsbury's, Asda, Waitrose; Payment taken / Thanks, your payment was successful / Payment failed - please
update your card / Payment pending, Order number / Order ID / Order no., Delivery slot, Customer no., Items (n),
Savings / Clubcard savings / Nectar Prices, Delivery charge, Bag charge, Total charged / Total / Amount paid, Points
earned, Paid with / Payment card, Order date / Payment date / Charged on), an Indian two-wheeler service centre bill
(Sai Honda Motors, Vinayak TVS...; GSTIN, Bill No / Invoice No / Service Bill No, Job Card No, Vehicle No, KM
Reading, parts, Labour, Taxable Value, CGST 9%, SGST 9%, Round Off, Grand Total / Net Payable / Total Amount,
Payment Mode / Mode, UPI Ref No / UTR, Bill Date / Invoice Date / Date, Next Service Due), a US hardware store till
with a return line (Ace Hardware, True Value, Harbor Freight Tools, Do it Best; items with SKU digits, RETURN ...
with a minus, SUBTOTAL, SALES TAX, TOTAL / BALANCE DUE / TOTAL SALE, VISA / MC / DEBIT TEND and ACCT #, APPROVED /
DECLINED, APPROVAL # / AUTH CODE, or CASH TEND and CHANGE DUE, REWARDS # and POINTS BALANCE, TRANS # / RECEIPT # /
TRX, date line with REG), an Indian mobile shop's finance down-payment receipt (Sangeetha, Poorvika, Big C, Celekt,
Lot Mobiles; Receipt No / Rcpt No. / Voucher No, Customer, Model, IMEI, Invoice Value, Financier, Loan Amount, EMI x
months, DO No, Down Payment, Processing Fee, Amount Received / Total Paid / Total Received, Mode of Payment / Paid
By, UPI Ref / Txn Ref No, Date / Receipt Date, First EMI Date), a hair salon receipt with a tip in dollars or pounds
(Supercuts, Great Clips, Drybar, Regis Salon; Toni & Guy, Rush Hair, Headmasters, Francesco Group; Stylist, Client,
Ticket # / Receipt No / Sale #, services and product, Subtotal, Tax, Tip / Gratuity / Stylist Tip, Total / Total
Paid / Amount Charged, Payment / Tender, PAID / DECLINED, Date / Visit Date, Next Appointment, Gift Card Balance), a
cashless vending machine or kiosk e-receipt on a phone (Nayax and Selecta in euros, Cantaloupe and PayRange in
dollars, Nayax and Costa Express in pounds; Payment approved / Purchase complete / Payment declined / Vend failed -
refunded / Pending, big amount, Machine, Product, Selection, Pre-auth hold, Payment method / Card, Transaction ID /
Txn ID / Receipt ID, Date), an Italian bar's documento commerciale (Bar Centrale, Caffè Roma...; P.IVA, items with
10%, TOTALE COMPLESSIVO / TOTALE EURO / TOTALE, DI CUI IVA, PAGAMENTO CONTANTE and RESTO or PAGAMENTO ELETTRONICO /
PAGAMENTO CARTA, IMPORTO PAGATO, DOCUMENTO N. / DOC. N., date line, RT serial) and an Indian optical store's order
receipt with an advance (Lenskart, Titan Eye+, GKB Opticals, Lawrence & Mayo, Vision Express; Payment Received /
Payment Failed / Payment Pending, Order No / Receipt No / Invoice No, Customer, masked Mobile, Frame, Lenses,
Discount, Net Amount / Order Value with GST included, Advance Paid / Amount Paid / Paid Now, Balance Due, Payment
Mode / Paid via, Order Date / Date, Expected Delivery). Faces are ones earlier sets drew least: DejaVu Sans Mono
Oblique, FreeMono Oblique and Noto Sans Mono Bold for tills and slips; DejaVu Sans Condensed Oblique, DejaVu Sans Bold
Oblique, Liberation Sans Narrow Italic (liberation), Noto Sans Bold Italic and Noto Sans Display Bold Italic for
screens, e-mails and receipts; DejaVu Serif Condensed Bold Italic, FreeSerif Bold Italic, Liberation Serif Bold Italic
(liberation2) and DejaVu Serif Bold Italic for invoices and counter receipts. Liberation and FreeFont faces print
"Rs." for the rupee (no ₹ glyph); no layout prints ●, → or •. Each receipt is drawn clean and degraded with
heldout14's steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light; the vending
e-receipt is always photographed off the display; then JPEG q20–60).

Truth conventions (heldout34's, with each family's specifics):

* amount: the amount paid on this document (taxes, fees, service charges and tips included, discounts, savings and
  returns off; for a failed or pending payment the amount attempted), as "1234.50"; currency its ISO code
  ("₹"/"Rs."/"INR" INR, "$"/"USD" USD, "€"/"EUR" EUR, "£"/"GBP" GBP; a bakery, bar or till line with no sign is in
  euros). The car wash TOTAL / AMOUNT / SALE TOTAL (never the SUBTOTAL or TAX); the pub's TOTAL / Balance Due /
  TOTAL DUE with the service charge (never the Subtotal, VAT or cash handed over); the bakery's Summe / Zu zahlen /
  Gesamt (never MwSt Netto, MwSt, Bar given or Rückgeld); the vet's Invoice Total / Total / Amount Due (never a line,
  the Subtotal or the Balance); the grocery Total charged / Total / Amount paid (never Items or Savings); the
  service bill's Grand Total / Net Payable / Total Amount, rounded (never the Taxable Value or GST); the hardware
  TOTAL / BALANCE DUE / TOTAL SALE after the return (never the SUBTOTAL, tax, cash tendered or change); the mobile
  shop's Amount Received / Total Paid / Total Received, down payment plus processing fee (never the Invoice Value,
  Loan Amount or EMI); the salon's Total / Total Paid / Amount Charged with the tip (never the Subtotal or a Gift Card
  Balance); the vending big amount (never the Pre-auth hold); the bar's TOTALE COMPLESSIVO / TOTALE EURO / TOTALE =
  IMPORTO PAGATO (never DI CUI IVA, cash handed over or RESTO); the optician's Advance Paid / Amount Paid / Paid Now
  (never the Net Amount / Order Value when only an advance is paid, nor the Balance Due).
* date: the payment date, ISO, only where printed as it: the car wash, pub, bakery, hardware and bar date lines
  (never "Membership renews"); the vet's Payment Date / Date Paid (never the Invoice Date or Next Vaccines Due; a
  declined invoice prints none); the grocery Order date / Payment date / Charged on (never the Delivery slot); the
  service Bill Date / Invoice Date / Date (never Next Service Due); the mobile shop's Date / Receipt Date (never First
  EMI Date); the salon's Date / Visit Date (never Next Appointment); the vending Date; the optician's Order Date /
  Date (never Expected Delivery). None when only those other dates are printed; formats include dd/mm/yyyy,
  dd-mm-yyyy, dd-Mon-yyyy, dd.mm.yy, dd.mm.yyyy, dd/mm/yy, dd-mm-yy, "05 Mar 2025", "5 March 2025", mm/dd/yyyy,
  "Mar 5, 2025", yyyy-mm-dd.
* payment_method: "UPI" (UPI, Google Pay, PhonePe), "card" (a card network with a masked number, VISA / MC / DEBIT
  TEND, Visa Contactless, Visa Debit, EC-Karte, girocard, Kartenzahlung, CareCredit, Credit Card, Debit Card, Card,
  PAGAMENTO ELETTRONICO / CARTA), "wallet" (Apple Pay, Google Pay on a vending receipt, PayPal), "cash" (Cash, CASH
  TEND, Bar / Gegeben Bar, PAGAMENTO CONTANTE); None when no mode is printed. Tills and slips (car wash, pub,
  bakery, hardware, bar) always show their tender.
* status: only where words state it. Success: "APPROVED", "Approved", "Zahlung erfolgt", "PAID", "Paid in Full",
  "Payment taken", "Thanks, your payment was successful", "Payment approved", "Purchase complete", "Payment
  Received". Failed: "DECLINED", "Card declined", "Abbruch - Zahlung abgelehnt", "Payment Declined", "Payment failed
  - please update your card", "Payment declined", "Vend failed - refunded", "Payment Failed". Pending: "Pending",
  "Payment Pending", "Payment pending". None otherwise: cash tills, service bills, mobile shop receipts and bar
  documents carry no outcome words.
* transaction_id: as printed, the strongest kind printed: UPI reference (UPI Ref No, UTR, UPI Ref, Txn Ref No on a
  UPI payment) > card approval (AUTH CODE, AUTH #, APPR, Auth, Autorisierungs-Nr., Genehmigungs-Nr., Auth Code,
  Approval, APPROVAL #) > transaction reference (the car wash REF # / TRANS # / INVOICE; the vending Transaction ID /
  Txn ID / Receipt ID; the hardware TRANS # / RECEIPT # / TRX) > receipt / invoice / order numbers (Tab No / Check #
  / Bill No, Bon-Nr. / Beleg-Nr. / Bon, the vet's Invoice # / Invoice No. / Inv, the grocery Order number / Order ID
  / Order no., the service Bill No / Invoice No / Service Bill No, the mobile shop's Receipt No / Rcpt No. / Voucher
  No, the salon's Ticket # / Receipt No / Sale #, DOCUMENTO N. / DOC. N., the optician's Order No / Receipt No /
  Invoice No). Never a TERMINAL / Terminal-ID, LOYALTY ACCT / REWARDS #, VAT Reg / St.-Nr. / P.IVA / GSTIN,
  TSE-Signaturzähler, RT serial, Client ID, Customer no., Job Card No, Vehicle No, IMEI, DO No, Machine number, a
  masked card or mobile, a phone number. None when none is printed (a declined card prints no approval code).
* merchant_name: the payee as printed in the title: the car wash or laundromat, the pub, the bakery, the clinic, the
  grocer, the service dealer, the hardware store, the mobile shop (not the financier), the salon, the vending
  operator ("Nayax", "Selecta", "Cantaloupe", "PayRange", "Costa Express"; not the machine's site), the bar, the
  optical store.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout37_families import (
    carwash_us,
    de_bakery_till,
    in_bike_service,
    in_mobile_emi_receipt,
    in_optical_advance,
    it_cafe_scontrino,
    salon_receipt,
    uk_grocery_online,
    uk_pub_tab,
    us_hardware_return,
    vending_ereceipt,
    vet_invoice_us,
)

SPLIT = "heldout37"

MONO = [
    "dejavu/DejaVuSansMono-Oblique.ttf",
    "freefont/FreeMonoOblique.ttf",
    "noto/NotoSansMono-Bold.ttf",
]
SANS = [
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "dejavu/DejaVuSans-BoldOblique.ttf",
    "liberation/LiberationSansNarrow-Italic.ttf",
    "noto/NotoSans-BoldItalic.ttf",
    "noto/NotoSansDisplay-BoldItalic.ttf",
]
SERIF = [
    "dejavu/DejaVuSerifCondensed-BoldItalic.ttf",
    "freefont/FreeSerifBoldItalic.ttf",
    "liberation2/LiberationSerif-BoldItalic.ttf",
    "dejavu/DejaVuSerif-BoldItalic.ttf",
]

FAMILIES: list[Family] = [
    ("carwash_us", carwash_us, MONO),
    ("uk_pub_tab", uk_pub_tab, MONO + SANS[2:3]),
    ("de_bakery_till", de_bakery_till, MONO),
    ("vet_invoice_us", vet_invoice_us, SERIF + SANS[3:4]),
    ("uk_grocery_online", uk_grocery_online, SANS),
    ("in_bike_service", in_bike_service, SERIF + MONO[2:3]),
    ("us_hardware_return", us_hardware_return, MONO),
    ("in_mobile_emi_receipt", in_mobile_emi_receipt, SERIF + SANS[:1]),
    ("salon_receipt", salon_receipt, SANS + SERIF[1:2]),
    ("vending_ereceipt", vending_ereceipt, SANS),
    ("it_cafe_scontrino", it_cafe_scontrino, MONO),
    ("in_optical_advance", in_optical_advance, SANS + SERIF[2:3]),
]


def make_heldout37_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout37 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

"""heldout49: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout49).

Families (8 receipts each), drawn away from heldout47 and heldout48, in rupees, US dollars, pounds, euros and
Australian dollars: a redBus / AbhiBus bus e-ticket (Payment Successful / Payment Failed / Payment Pending in a share,
operator and route, Journey Date / Departure / Date of Journey (never the day paid), Seat No(s), TIN / Ticket No /
Ticket Number, Operator PNR, Base Fare, Operator GST / GST (5%), Offer Discount, Total Fare Paid / Amount Paid / Total
Paid, Paid via / Payment Mode / Payment Method, UPI Ref No. / UTR / Transaction ID / Payment Ref No., Booked on /
Booking Date / Date of Booking), a Tata Play / Dish TV / Airtel Digital TV recharge screen (the big amount, Recharge
done successfully / Transaction Successful / Transaction Failed / Payment Processing in a share, Subscriber ID / VC
No. / Customer ID, Pack / Plan, Transaction ID / Order ID / Ref. No., Paid using / Payment Mode / Paid via, UPI Ref No
/ UTR No., Recharged on / Date & Time / Transaction Date, Next Recharge Date (never the day paid), a dark screen in a
share), an Indane / HP Gas / Bharatgas LPG refill receipt (the distributor, Payment Status or an outcome line in a
share, Consumer No. / LPG ID, Booking No. / Order No. / Booking Ref No., Cash Memo No., Booking Date / Payment Date /
Date, Expected Delivery (never the day paid), 14.2 Kg Cylinder, Delivery Charges, Total Amount / Amount Paid / Net
Payable, Payment Mode / Mode of Payment / Paid by, Payment Ref / Transaction Ref No. / UPI Ref No.), an ACT Fibernet /
Airtel Xstream Fiber / JioFiber payment acknowledgement (Status or an outcome line in a share, Account No. /
Relationship No. / User ID, Plan, Bill Period / Billing Cycle, Due Date, Plan Charges, GST @ 18% / CGST 9% + SGST 9%,
Amount Paid / Total Amount Paid / Total Paid, Transaction ID / Payment Reference No. / Txn ID, Receipt No., Paid via /
Payment Mode / Payment Method, Payment Date / Paid on / Transaction Date), a Shell / Chevron / EXXON US gas station
till (the address with state and ZIP, STORE number, a "03/03/26 14:22" line month first, PUMP #, PRODUCT, GALLONS,
PRICE/GAL, FUEL SALE, CAR WASH, TOTAL / TOTAL SALE / AMOUNT, CREDIT / DEBIT / VISA / MASTERCARD with the sum or CASH
and CHANGE, ACCOUNT # masked, AUTH # / APPROVAL CODE / AUTH CODE, APPROVED in a share, INVOICE # / INVOICE NO), a
Costa / Pret A Manger / Caffe Nero till in pounds (VAT Reg No., EAT IN / TAKE AWAY, Order No / Check No / Trans No,
items, TOTAL / Total / Amount Due, VAT @ 20% (incl.), CONTACTLESS / Visa Debit / Mastercard / Apple Pay with the sum or
Cash and Change, Auth Code, AUTHORISED / APPROVED in a share, a loyalty line, a "03/03/2026 08:12  Till 2" line day
first), a Deutsche Bahn Online-Ticket in German or a Trenitalia ticket in Italian in euros with decimal commas
(Reisedatum / Gültig ab / Hinfahrt / Data viaggio / Partenza (never the day paid), Auftragsnummer / Auftrags-Nr. /
Codice PNR / PNR, Rechnungsnummer / Numero biglietto / Codice biglietto, Summe / Gesamtpreis / Gesamtbetrag / Importo
totale / Totale / Prezzo totale "1.234,56 €" or "EUR 1.234,56", enthaltene MwSt., Zahlungsart / Bezahlt mit /
Pagamento / Metodo di pagamento, Buchungsdatum / Gebucht am / Data acquisto / Data emissione), a PayPal payment
e-mail in dollars, pounds, euros or Australian dollars (Receipt for your payment to / You sent a payment to / You paid
... to the shop, Completed / Pending in a share as a line or a Status / Payment status pair, Merchant, Transaction ID
of 17 capitals and digits, Invoice ID / Order number, Transaction date / Date, Item subtotal, Shipping, Sales tax,
Total / Payment total / Amount with the code, Paid with / Funding source / Payment sent from: PayPal balance or a
card), a Venmo / Cash App payment screen in dollars (Completed / Paid / Failed / Pending in a share, the big amount,
To / Paid to / Sent to a person with the @handle or $cashtag, Note / For, Payment method / Paid from / Source: Venmo
balance, Cash balance, a Visa or Mastercard debit card, Cash Card, Venmo's 19-digit Transaction ID / Payment ID, Cash
App's Identifier "#D..." , a date line), a dental practice receipt (a UK practice in pounds, a US office in dollars,
an Australian clinic in AUD with ABN: Patient, DOB / Date of Birth (never the day paid), Provider / Dentist, Invoice
No. / Statement # / Receipt No., Date / Invoice Date / Payment Date, treatments, Total Fees, Insurance Paid / HICAPS
Benefit taken off, Amount Paid / Patient Payment / Total Paid, Balance Due $0.00 in a share, Payment Method / Paid by
/ Payment Type, Auth Code / Approval Code, PAID / Paid in full / PAID - Thank you in a share), a Nykaa / AJIO / Tata
CLiQ tax invoice (Sold by the company, GSTIN, Order No. / Order ID / Order Number, Invoice No. / Invoice Number,
Invoice Date / Order Date / Date, products with MRP / Disc / Net, Shipping Charges / Delivery Fee, Amount Payable /
Order Total / Total Invoice Value, Payment Mode / Mode of Payment / Payment Method: Prepaid - UPI, COD, Cash on
Delivery, Credit Card, Nykaa / AJIO / Tata Wallet, Net Banking, UPI Ref No. / UTR) and an insurance premium receipt
(LIC of India / HDFC Life / Star Health Insurance / ICICI Lombard: Policy No., Policyholder / Name of Assured /
Proposer, Plan, Premium Due Date / Due Date and Next Due Date (never the day paid), Receipt No. / Receipt Number,
Premium, GST @ 4.5% / 18%, Late Fee, Total Amount Paid / Amount Received / Total Premium Paid, Mode of Payment /
Payment Mode / Paid by, Transaction Ref No. / Bank Ref No. / UPI Ref No. / UTR No., Receipt Date / Date of Payment /
Payment Date, Premium Received / Payment Received / PAID in a share).
Faces: every family is drawn, at least in part, in the faces the project installs besides DejaVu (``make
system-deps``: fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono): the bus
ticket in Noto Sans and Liberation Sans, the DTH screen in DejaVu Sans Condensed and Noto Sans Bold, the LPG receipt in
FreeSerif and Liberation Serif, the broadband acknowledgement in Liberation Sans Narrow and Noto Sans, the gas station
till in FreeMono Bold, Liberation Mono and Noto Sans Mono, the coffee till in DejaVu Sans Mono and FreeMono, the train
ticket in Liberation Sans and FreeSans, the PayPal e-mail in Liberation Sans and DejaVu Sans, the Venmo / Cash App
screen in Noto Sans and FreeSans Bold, the dental receipt in Noto Serif and FreeSans, the fashion / beauty invoice in
Noto Sans and Liberation Serif, the premium receipt in DejaVu Serif and Noto Serif. The rupee families print ₹ only in
faces that hold it (``heldout14_values.rupee``: Liberation and FreeFont print "Rs."); a face missing from the machine
stops the set with its package named, never a fallback.
Degradations as heldout48 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for screens).

Truth conventions (README "Receipt fields" and heldout48's, with each family's specifics):

* amount: the amount paid, fees, taxes, delivery charges, late fees and car washes included, discounts, offers and
  insurers' shares taken off, as "1234.50"; currency its ISO code (a US gas station's "$" is USD, an Australian
  dental clinic's "$" AUD, PayPal's code beside the sum). The bus ticket's Total Fare Paid (never the Base Fare); the
  DTH's big amount; the LPG Total Amount / Net Payable (never the cylinder's price alone); the broadband Amount Paid
  (never the Plan Charges); the gas till's TOTAL (never FUEL SALE beside a car wash, PRICE/GAL, the CASH given or
  CHANGE); the coffee till's TOTAL (never the VAT, Cash or Change); the train ticket's Summe / Importo totale; PayPal's
  Total (never the Item subtotal); the sum sent on Venmo / Cash App; the dental Amount Paid / Patient Payment (never
  the Total Fees before the insurer's share nor the Balance Due); the invoice's Amount Payable / Order Total (the Net
  column's sum with shipping, never an MRP); the premium receipt's Total Amount Paid (never the Premium alone). For a
  failed or pending payment the amount attempted.
* date: the payment date, ISO, only where printed: the bus ticket's Booked on (never the Journey Date); the DTH
  Recharged on / Date & Time (never the Next Recharge Date); the LPG Booking Date / Payment Date (never the Expected
  Delivery); the broadband Payment Date / Paid on (never the Bill Period or Due Date); the tills' date line; the
  train's Buchungsdatum / Data acquisto (never the Reisedatum / Data viaggio); PayPal's Transaction date; the Venmo /
  Cash App date line; the dental Date / Invoice Date / Payment Date (never the DOB); the invoice's Invoice / Order
  Date; the premium Receipt Date / Date of Payment (never a due date). Day first on Indian, UK, Australian and
  European pages, month first on US pages.
* payment_method: "UPI" (UPI, PhonePe UPI, Google Pay UPI, Prepaid - UPI), "card" (Credit / Debit Card, Debit Card -
  Visa, Credit Card XX1234, CREDIT, DEBIT, VISA, MASTERCARD, CONTACTLESS, Visa Debit, Mastercard, Visa, EFTPOS,
  Kreditkarte, Carta di credito, a card funding a PayPal or Venmo payment, Cash Card), "wallet" (redBus / Paytm /
  Airtel Payments Bank / Nykaa / AJIO / Tata Wallet, Amazon Pay Balance, Apple Pay, PayPal and Satispay on a train
  ticket, PayPal balance, Venmo balance, Cash balance), "netbanking" (Net Banking), "cash" (Cash, CASH, COD, Cash on
  Delivery); None where no method line or tender is printed (a PayPal, Venmo or Cash App page without its funding
  line says nothing of the money's source).
* status: only where words state the outcome. Success: Payment Successful / successful, Payment Received, Recharge
  done successfully, Transaction Successful, Your payment was successful, Status / Payment Status Success /
  Successful, APPROVED, APPROVED - THANK YOU, AUTHORISED, Completed, Payment completed, Paid, PAID, Paid in full, PAID -
  Thank you, Premium Received. Failed: Payment Failed, Transaction Failed, Your payment has failed, Failed, Payment
  failed, Status Failed. Pending: Payment Pending, Transaction Pending, Payment Processing, Pending, Payment pending,
  Status Pending. None otherwise (the train ticket and the invoice never print one; a Balance Due of 0.00 is none).
* transaction_id: as printed, without a leading "#", the strongest printed: UTR / UPI Ref No. > card approval (AUTH #
  / APPROVAL CODE / AUTH CODE / Auth Code / Approval Code) > transaction reference (Transaction ID / Payment Ref No. /
  Txn ID / Payment Reference No. / Transaction Ref No. / Bank Ref No. / Payment Ref, PayPal's Transaction ID, Venmo's
  Transaction ID / Payment ID, Cash App's Identifier, the DTH Transaction ID / Order ID / Ref. No.) > order, booking,
  ticket, invoice and receipt numbers (the bus TIN / Ticket No, the LPG Booking No., the broadband Receipt No., the gas
  till's INVOICE #, the coffee till's Order No / Check No / Trans No, DB's Auftragsnummer over its Rechnungsnummer,
  Trenitalia's PNR over its Numero biglietto, PayPal's Invoice ID / Order number, the dental Invoice No. / Statement #,
  the invoice's Order No. over its Invoice No., the premium Receipt No.). Never the Operator PNR, a Subscriber ID / VC
  No. / Customer ID, a Consumer No. / LPG ID, a Cash Memo No., an Account / Relationship No. / User ID, a STORE number,
  PUMP #, a masked card or ACCOUNT #, a VAT / GSTIN / ABN number, a Policy No., a @handle or $cashtag, a Note. None when
  none is printed.
* merchant_name: who was paid, as printed: "redBus" / "AbhiBus" (not the bus operator), the DTH brand, the LPG brand
  ("Indane", "HP Gas", "Bharatgas", not the distributor), the broadband brand, "Shell" / "Chevron" / "EXXON", "COSTA"
  / "Pret A Manger" / "CAFFE NERO", "Deutsche Bahn" / "Trenitalia", the shop a PayPal payment went to (not PayPal),
  the person paid on Venmo / Cash App (not the app), the dental practice, "Nykaa" / "AJIO" / "Tata CLiQ" (not the
  seller under it), the insurer.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout49_families import (
    beauty_fashion_invoice,
    broadband_payment,
    bus_ticket,
    dental_invoice,
    dth_recharge,
    eu_train_ticket,
    insurance_premium,
    lpg_booking,
    p2p_app_payment,
    paypal_email,
    uk_coffee_till,
    us_gas_station,
)

SPLIT = "heldout49"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
BUS_SANS = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf"]
DTH_SANS = ["dejavu/DejaVuSansCondensed.ttf", "noto/NotoSans-Bold.ttf"]
LPG_SERIF = ["freefont/FreeSerif.ttf", "liberation2/LiberationSerif-Regular.ttf"]
BROADBAND_SANS = ["liberation/LiberationSansNarrow-Regular.ttf", "noto/NotoSans-Regular.ttf"]
GAS_TILL_MONO = ["freefont/FreeMonoBold.ttf", "liberation2/LiberationMono-Regular.ttf", "noto/NotoSansMono-Regular.ttf"]
COFFEE_MONO = ["dejavu/DejaVuSansMono.ttf", "freefont/FreeMono.ttf"]
TRAIN_SANS = ["liberation2/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf"]
PAYPAL_SANS = ["liberation2/LiberationSans-Regular.ttf", "dejavu/DejaVuSans.ttf"]
P2P_SANS = ["noto/NotoSans-Regular.ttf", "freefont/FreeSansBold.ttf"]
DENTAL_FACES = ["noto/NotoSerif-Regular.ttf", "freefont/FreeSans.ttf"]
INVOICE_FACES = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSerif-Regular.ttf"]
INSURANCE_SERIF = ["dejavu/DejaVuSerif.ttf", "noto/NotoSerif-Regular.ttf"]
FAMILIES: list[Family] = [
    ("bus_ticket", bus_ticket, BUS_SANS),
    ("dth_recharge", dth_recharge, DTH_SANS),
    ("lpg_booking", lpg_booking, LPG_SERIF),
    ("broadband_payment", broadband_payment, BROADBAND_SANS),
    ("us_gas_station", us_gas_station, GAS_TILL_MONO),
    ("uk_coffee_till", uk_coffee_till, COFFEE_MONO),
    ("eu_train_ticket", eu_train_ticket, TRAIN_SANS),
    ("paypal_email", paypal_email, PAYPAL_SANS),
    ("p2p_app_payment", p2p_app_payment, P2P_SANS),
    ("dental_invoice", dental_invoice, DENTAL_FACES),
    ("beauty_fashion_invoice", beauty_fashion_invoice, INVOICE_FACES),
    ("insurance_premium", insurance_premium, INSURANCE_SERIF),
]


def make_heldout49_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout49 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

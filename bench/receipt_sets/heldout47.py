"""heldout47: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout47).

Families (8 receipts each), drawn away from heldout45 and heldout46, in rupees, euros, yen, Canadian and Australian
dollars, US dollars, pounds and dirhams: a Swiggy / Zomato food order (Ordered from the restaurant, dishes, Item Total,
Delivery partner fee / Delivery Fee, Platform fee, GST and Restaurant Charges / Taxes & Charges, a coupon, Paid / Bill
Total / Grand Total / To Pay, Order ID / Order #, Paid via / Payment method / Payment mode: UPI, a credit card, Cash on
Delivery, Swiggy Money, Amazon Pay Balance, Order placed on / Ordered on / Date, outcome words in a share, a dark
screen in a share), an Indian petrol pump slip (Indian Oil / HP / BPCL / Nayara over the dealer, NOZZLE, PRODUCT,
RATE / RSP, VOLUME / VOL(L) / QTY, AMOUNT / SALE / AMT(Rs) / TOTAL Rs., PRESET, VEH NO, MODE / PAYMENT MODE / MOP:
CASH, CARD, FLEET CARD, UPI, PAYTM, BILL NO / Receipt No. / TXN NO, APPR CODE / AUTH CODE, UPI REF / RRN, DATE and
TIME or a "DT: ... TM: ..." line), an Indian pharmacy cash memo (Apollo Pharmacy / MedPlus / Wellness Forever / a
chemist: D.L.No, GSTIN, Bill No / Invoice No., Patient, Dr., medicines with Batch, Exp (mm/yy) and MRP, Gross Amt /
Total MRP, Discount @%, Round Off, Net Amt / Amount Payable / NET PAYABLE / Total Amount, Paid by / Payment Mode /
Mode of Pay, UPI Ref No / UTR), a Spanish or Portuguese supermarket till (Mercadona / Dia: FACTURA SIMPLIFICADA, TOTAL
(€) / TOTAL A PAGAR, TARJETA BANCARIA / TARJ. CREDITO / PAGO CON TARJETA / EFECTIVO and CAMBIO, AUT: / N.AUT. / COD.
AUTORIZACION, OPERACION APROBADA in a share, IVA BASE CUOTA; Pingo Doce / Continente: FATURA SIMPLIFICADA /
FATURA-RECIBO, Fatura N.º / Doc. N.º, TOTAL / Total (EUR), MULTIBANCO / CARTAO DEBITO / Cartão / NUMERARIO and TROCO,
AUT. / Cod. Autoriz., TRANSACAO ACEITE in a share; decimal commas, "03-MAR-2026" / "03-mar-2026"), a Japanese
konbini receipt in English and romaji (7-Eleven / LAWSON / FamilyMart, Registration No. T + 13 digits, "2026/03/03(Tue)",
items in yen with * for the 8% rate, Subtotal / Shokei, Total / Goukei / Total, Tendered / Oazukari / Cash and Change
/ Otsuri, Credit / Kurejitto with Approval No. / Shounin No., PayPay / Rakuten Pay / d-barai, Reg / Receipt No. and
Staff), a Canadian till (Canadian Tire / Shoppers Drug Mart / Tim Hortons / London Drugs: GST/HST REG #, SUBTOTAL, HST
13% or GST 5% with PST / RST 7%, TOTAL / TOTAL CAD / BALANCE DUE, INTERAC / DEBIT / VISA / MASTERCARD / AMEX / CASH,
ACCT: CHEQUING, AUTH # / APPROVAL #, REF #, APPROVED - THANK YOU / 00 APPROVED / DECLINED in a share, "2026/03/03"),
an Australian EFTPOS slip (ABN, TID, MID, PURCHASE AUD, TIP / SURCHARGE AUD, TOTAL AUD / AMOUNT AUD, CREDIT / SAVINGS
/ CHEQUE, APPROVED 00 / DECLINED 51 / (55) INCORRECT PIN in a share, AUTH NO / AUTH CODE / APPROVAL, STAN, RRN / REF NO
/ INVOICE, "03/03/26" / "03MAR26"), an airline itinerary and receipt (IndiGo in rupees, Emirates in dirhams or
dollars, Ryanair in euros: PNR / Booking Reference / Reservation code, Booking status Confirmed in a share,
passenger, flight,
Date of travel / Departure, Base Fare, Taxes & Fees, a seat or bag fee, Total / Total Amount Paid / Total Price / Grand
Total, Payment method / Form of payment / Paid by, Payment reference / Transaction ID / Payment ID, Booking date / Date
of issue / Booked on), a gym membership payment (PureGym and Anytime Fitness in pounds or Australian dollars, cult.fit
and Gold's Gym in rupees: Member ID, Plan, a membership Period from one day to another, Membership fee, Joining fee,
Discount, GST 18%, Total paid / Amount paid / Total, Payment method / Paid with / Payment type: a card, Apple Pay,
Direct Debit, UPI, Invoice number / Receipt No., Payment date / Date paid / Paid on, Paid / Payment received / Payment
failed in a share), a Jio / airtel / Vi prepaid recharge confirmation (big amount, Recharge Successful / Recharge
Failed / Recharge Pending in a share, the mobile number, Plan, Validity, Transaction ID / Txn ID, Order ID,
Paid using / Payment Mode / Paid via, Date & Time / Recharged on), a Stripe / Square receipt e-mail from a small
business (Receipt from ..., Amount paid / Amount charged or Square's items, Subtotal, Sales Tax / VAT, Tip, Total in
US$, $, £ or CA$, Paid / Payment complete / Payment succeeded / Payment failed in a share, Payment method / Paid with /
Card, a mixed-case "ch_3..." Payment ID / Transaction ID, Auth code, Receipt # / Receipt number / Invoice number,
Date paid or a "March 3, 2026 at 4:12 PM" line, "Powered by Stripe") and a SEPA transfer confirmation from a European
bank in English, German or Spanish (ING / N26 / Deutsche Bank / Sparkasse / Santander / BBVA ...: Status Executed /
Ausgeführt / Realizada / Rejected / Abgelehnt / Scheduled / Vorgemerkt / Pendiente in a share, the debit account's
IBAN, Beneficiary / Empfänger / Beneficiario, IBAN, BIC, Amount / Betrag / Importe "1.234,56 EUR", Reference /
Verwendungszweck / Concepto, End-to-end ID / Auftragsnummer / Nº de operación, Execution date / Ausführungsdatum /
Fecha de ejecución, "3. März 2026").
Faces: ten of the twelve families are drawn in the faces the project installs besides DejaVu (``make system-deps``:
fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono): the food order in Noto
Sans, the petrol pump slip in Noto Sans Mono, the pharmacy memo in FreeMono, the Iberian till in Liberation Mono, the
Canadian till in FreeMono and Liberation Mono, the EFTPOS slip in Noto Sans Mono and Liberation Mono, the airline
receipt in Liberation Sans and Noto Sans, the gym receipt in FreeSans, the card-processor e-mail in Liberation Sans
Narrow and Liberation Serif, the SEPA page in Noto Serif and FreeSerif; the konbini receipt (DejaVu Sans Mono) and
the recharge screen (DejaVu Sans) keep DejaVu. The rupee families print ₹ only in faces that hold it
(``heldout14_values.rupee``: Liberation and FreeFont print "Rs."); a face missing from the machine stops the set
with its package named, never a fallback.
Degradations as heldout46 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for screens).

Truth conventions (heldout46's, with each family's specifics):

* amount: the amount paid, fees, taxes, tips, surcharges and rounding included, discounts taken off, as "1234.50"
  (yen as "1234.00"); currency its ISO code (a Canadian till's bare "$" is CAD, an Australian slip's AUD, a Square
  e-mail's "$" USD). The order's Paid / Bill Total / Grand Total / To Pay (never Item Total); the pump's AMOUNT / SALE
  (never the RATE or VOLUME); the memo's Net Amt after Round Off (never Gross Amt or an MRP); the tills' TOTAL / Total /
  Goukei (never the cash given, CAMBIO, TROCO, Otsuri, CHANGE, IVA, tax or SUBTOTAL); the slip's TOTAL AUD (never
  PURCHASE AUD when a tip or surcharge is added); the airline's Total (never the Base Fare); the gym's Total paid;
  the recharge's amount; the e-mail's Amount paid / Total; the transfer's Amount. For a failed or pending payment the
  amount attempted.
* date: the payment date, ISO, only where printed: the order's Order placed on / Ordered on / Date; the pump's DATE
  or DT; the memo's Date / Bill Dt / Inv. Date (never a medicine's Exp); the tills' and slips' date line; the
  airline's Booking date / Date of issue / Booked on (never the Date of travel / Departure); the gym's Payment date /
  Date paid / Paid on (never the membership Period); the recharge's Date & Time / Recharged on; the e-mail's Date paid
  or date line; the transfer's Execution date / Ausführungsdatum / Buchungsdatum / Fecha.
* payment_method: "UPI" (UPI - PhonePe, GPay UPI, UPI, PAYTM at a pump, PhonePe UPI, UPI - SBI XX1234), "card" (a
  credit / debit card, CARD, FLEET CARD, Card, TARJETA BANCARIA, TARJ. CREDITO, PAGO CON TARJETA, MULTIBANCO, CARTAO
  DEBITO, Cartão, Credit / Kurejitto, INTERAC, DEBIT, VISA, MASTERCARD, AMEX, every EFTPOS slip, Visa / Mastercard /
  Amex with digits), "wallet" (Swiggy Money, Zomato Money wallet, Amazon Pay (Balance), PayPay, Rakuten Pay, d-barai,
  Airtel Payments Bank Wallet, Apple Pay, Google Pay on a page in dollars or pounds, PayPal), "netbanking" (Net
  Banking, Direct Debit, every SEPA transfer), "cash" (Cash on Delivery, CASH, Cash, EFECTIVO, NUMERARIO, Numerário);
  None where no method line is printed (a konbini receipt paid with cash shows only Tendered / Oazukari and Change /
  Otsuri unless the tender reads "Cash").
* status: only where words state the outcome. Success: Payment successful, Paid, Payment received, OPERACION /
  OPERACIÓN APROBADA, TRANSACAO ACEITE, Transação aceite, APPROVED - THANK YOU, 00 APPROVED, 01-APPROVED, APPROVED 00,
  APPROVED, (00) APPROVED, TRANSACTION APPROVED, Recharge Successful, Recharge successful!, Payment Successful, Payment
  complete, Payment succeeded, Booking status Confirmed (README: a Booking Status label over an outcome word),
  Executed, Transfer completed, Ausgeführt, Überweisung erfolgreich, Realizada, Transferencia realizada. Failed:
  Payment failed (also with a refund sentence), DECLINED BY ISSUER, 05 DECLINED, DECLINED 51, DECLINED, (55) INCORRECT PIN, Payment unsuccessful - we will retry, Recharge Failed, Recharge failed.
  Refund initiated, Rejected, Abgelehnt, Rechazada. Pending: Payment pending, Payment in progress, Payment processing,
  Recharge Pending, Recharge is being processed, Scheduled, In progress, Vorgemerkt, In Bearbeitung, Pendiente,
  Programada. None otherwise (the pump slip, the pharmacy memo and the konbini receipt never print one).
* transaction_id: as printed, the strongest printed: UPI ref / RRN / UTR > card approval (APPR CODE / AUTH CODE,
  AUT: / N.AUT. / COD. AUTORIZACION / AUT. / Cod. Autoriz., Approval No. / Shounin No., AUTH # / APPROVAL #, AUTH NO /
  APPROVAL, Square's Auth code) > transaction reference (the Canadian slip's REF #, the EFTPOS RRN / REF NO / INVOICE,
  the airline's Payment reference / Transaction ID / Payment ID, the recharge's Transaction ID, Stripe's Payment ID in
  its mixed case, the SEPA End-to-end ID / Transaction reference / Auftragsnummer / Referencia / Nº de operación) >
  order, bill, invoice, receipt and booking numbers (the food order's Order ID, the pump's BILL NO / TXN NO, the memo's
  Bill No, the Iberian document number, the recharge's Order ID, the airline's PNR / Booking Reference, the gym's
  Invoice number, the e-mail's Receipt # without its "#"). Never a TID, MID, STAN, terminal (TERM / TPA), member,
  mobile, vehicle, registration (T + 13 digits), Reg or Staff, D.L., GSTIN, NIF / Contribuinte, ABN, GST/HST REG #,
  IBAN, BIC or batch number, a masked card, nor the remittance text (Reference / Verwendungszweck / Concepto). None
  when none is printed.
* merchant_name: who was paid, as printed: the app of a food order (Swiggy / Zomato, not the restaurant it ordered
  from), the fuel brand on top of the pump slip (not the dealer under it), the pharmacy, the chain on top of the
  tills ("MERCADONA, S.A.", "Pingo Doce", "7-Eleven", "LAWSON", the Canadian chain as its top line prints it, with or
  without its store number), the shop on top of the EFTPOS slip, the airline, the gym, the operator as its logo
  prints it ("Jio", "airtel", "Vi"), the business of a Stripe / Square e-mail (not the processor), the SEPA
  beneficiary (not the bank).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout47_families import (
    airline_receipt,
    au_eftpos_slip,
    canadian_till,
    card_processor_email,
    food_delivery_order,
    gym_membership,
    iberian_till,
    konbini_receipt,
    mobile_recharge,
    petrol_pump_slip,
    pharmacy_bill,
    sepa_transfer,
)

SPLIT = "heldout47"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
FOOD_SANS = ["noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf"]
NOTO_MONO = ["noto/NotoSansMono-Regular.ttf", "noto/NotoSansMono-Bold.ttf"]
FREE_MONO = ["freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf"]
LIBERATION_MONO = ["liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"]
DEJAVU_MONO = ["dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"]
CANADA_MONO = ["freefont/FreeMonoBold.ttf", "liberation2/LiberationMono-Regular.ttf"]
EFTPOS_MONO = ["noto/NotoSansMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"]
AIRLINE_SANS = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"]
GYM_SANS = ["freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf"]
DEJAVU_SANS = ["dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSansCondensed.ttf"]
PROCESSOR_FACES = ["liberation/LiberationSansNarrow-Regular.ttf", "liberation2/LiberationSerif-Regular.ttf"]
SEPA_SERIF = ["noto/NotoSerif-Regular.ttf", "freefont/FreeSerif.ttf"]
FAMILIES: list[Family] = [
    ("food_delivery_order", food_delivery_order, FOOD_SANS),
    ("petrol_pump_slip", petrol_pump_slip, NOTO_MONO),
    ("pharmacy_bill", pharmacy_bill, FREE_MONO),
    ("iberian_till", iberian_till, LIBERATION_MONO),
    ("konbini_receipt", konbini_receipt, DEJAVU_MONO),
    ("canadian_till", canadian_till, CANADA_MONO),
    ("au_eftpos_slip", au_eftpos_slip, EFTPOS_MONO),
    ("airline_receipt", airline_receipt, AIRLINE_SANS),
    ("gym_membership", gym_membership, GYM_SANS),
    ("mobile_recharge", mobile_recharge, DEJAVU_SANS),
    ("card_processor_email", card_processor_email, PROCESSOR_FACES),
    ("sepa_transfer", sepa_transfer, SEPA_SERIF),
]


def make_heldout47_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout47 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

"""heldout44: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout44).

Families (8 receipts each), drawn away from heldout42 and heldout43, in rupees, dollars, pounds and euros: an Airtel /
Jio postpaid bill payment (Bill Payment Successful / Payment received / Bill Payment Failed / Payment could not be
completed / Payment in progress, Mobile / Postpaid Number, Amount Paid / Bill Amount Paid, Transaction ID / Txn Ref
No., Payment Mode / Paid via, Payment Date / Paid on), a Paytm FASTag recharge (Recharge Successful / FASTag recharged
successfully / Recharge Failed / Recharge Pending, Vehicle No., Issuer, Order ID / Order No., Paid using / Payment
Method, Date & Time / Recharged on), an Axis / Kotak bank-app UPI receipt (Transfer Successful / Money Sent
Successfully / Transfer Failed / Transaction Declined / Transaction under process, To / Beneficiary, VPA, From A/c /
Debit Account, RRN / UPI Ref. No. / Bank RRN, Remarks), an Ola / Rapido ride receipt (Payment Done / Paid / Payment
Failed / Payment Pending in a share, Pickup, Drop, Ride Fare, Booking / Platform Fee, GST, Total Fare / Total Bill,
CRN / Ride ID / Order ID, Paid by / Payment mode), a Big Bazaar / More supermarket till (GSTIN, items, Total Qty, NET
AMOUNT / Bill Amount / TOTAL, CASH / CARD / UPI tender, You Saved, Bill No / Inv No.), an Indian hospital pharmacy bill
(UHID, drugs with batch, Gross Amount, Discount, Net Payable / Net Amount, Bill No. / Receipt No., Pay Mode / Mode of
Payment, Bill Date / Date, PAID in a share), a US Starbucks app receipt (Payment accepted / declined / pending in a
share, Subtotal, Tax, Total / Amount charged, Paid with a Starbucks Card, Visa or Apple Pay, Stars earned, Transaction
# / Order #), a US Home Depot till (SKU lines, SUBTOTAL, SALES TAX, TOTAL / TOTAL DUE, VISA / MASTERCARD / HD CREDIT /
CASH, AUTH CODE, APPROVED in a share, RECEIPT ID, CHANGE DUE), a Venmo payment to a business (Payment complete / Paid /
Payment failed / Payment pending, "-$" amount, To / Paid to, Transaction ID / Payment ID, Funding source / Payment
method), a UK Tesco Express till (VAT NUMBER, TOTAL TO PAY / TOTAL / BALANCE DUE, CONTACTLESS / MASTERCARD / CASH, AID,
AUTH / AUTH CODE, AUTHORISED / APPROVED in a share, Clubcard points), a UK Uber Eats receipt (Payment successful /
unsuccessful / pending in a share, Subtotal, Delivery Fee, Service Fee, Total / Total charged, Payments / Charged to a
card, PayPal or Uber Cash, Order / Order ID) and a Spanish Mercadona till (NIF, FACTURA SIMPLIFICADA, TOTAL (€) /
TOTAL / IMPORTE TOTAL, TARJETA BANCARIA / TARJETA / EFECTIVO, IVA 10%, AUT / Nº AUTORIZACION, OPERACION APROBADA /
APROBADA in a share). Faces and degradations as heldout43 (sans for screens, mono for tills, serif for the pharmacy
bill).

Truth conventions (heldout43's, with each family's specifics):

* amount: the amount paid, fees, taxes and GST included, as "1234.50"; currency its ISO code. The bill's Amount Paid;
  the FASTag recharge amount; the bank app's big amount; the ride's Total Fare / Total Bill (never the Ride Fare
  alone); the supermarket's NET AMOUNT / Bill Amount / TOTAL (never You Saved); the pharmacy's Net Payable / Net
  Amount (never Gross); Starbucks' Total; Home Depot's TOTAL (never the cash tendered or CHANGE DUE); Venmo's amount
  without its minus; Tesco's total; Uber Eats' Total; Mercadona's TOTAL (never the IVA). For a failed or pending
  payment the amount attempted.
* date: the payment date, ISO, only where printed (the bill's Payment Date / Paid on, never its bill cycle; the
  recharge's Date & Time / Recharged on; the ride date; the tills' date line; the pharmacy's Bill Date / Date).
* payment_method: "UPI" (every bank-app UPI receipt, a printed UPI / PHONEPE UPI), "card" (Credit / Debit Card, Card,
  VISA, MASTERCARD, HD CREDIT, CONTACTLESS, TARJETA, a card with its last four), "wallet" (Paytm Wallet, Ola Money,
  Rapido Wallet, Starbucks Card, Apple Pay, Venmo balance, PayPal, Uber Cash), "netbanking" (Net Banking, a bank
  account as Venmo's funding source), "cash" (Cash, CASH, EFECTIVO); None where no method line is printed on the
  bill, recharge, ride, pharmacy, Starbucks, Venmo and Uber Eats pages.
* status: only where words state the outcome. Success: Bill Payment Successful, Payment received, Recharge
  Successful, FASTag recharged successfully, Transfer Successful, Money Sent Successfully, Payment Done, Paid, PAID,
  Payment accepted, APPROVED, Payment complete, AUTHORISED, Payment successful, OPERACION APROBADA, APROBADA. Failed:
  Bill Payment Failed, Payment could not be completed, Recharge Failed, Transfer Failed, Transaction Declined,
  Payment Failed, Payment declined, Payment failed, Payment unsuccessful. Pending: Payment in progress, Recharge
  Pending, Transaction under process, Payment Pending, Payment pending. None otherwise (the supermarket till never
  prints one; a till without its approval words; an app receipt without payment words).
* transaction_id: as printed, the strongest printed: RRN / UPI Ref. No. > card approval (AUTH CODE / AUTH / AUT /
  Nº AUTORIZACION) > transaction reference (the bill's Transaction ID / Txn Ref No., Venmo's Transaction ID / Payment
  ID, Starbucks' Transaction #) > order, ride, bill and receipt numbers (Paytm's Order ID, the ride's CRN / Ride ID,
  the supermarket's Bill No / Inv No., the pharmacy's Bill No. / Receipt No., Home Depot's RECEIPT ID, Uber Eats'
  Order). Never a mobile number, vehicle number, VPA, masked card or account, AID, UHID, batch, GSTIN, VAT number,
  NIF or the FACTURA SIMPLIFICADA number. None when none is printed (a failed bank-app UPI payment prints no RRN).
* merchant_name: who was paid, as printed: "Airtel" / "Jio"; "Paytm" for the FASTag recharge; the bank app's
  beneficiary (not the bank); "Ola" / "Rapido"; the till's chain as printed on top; the hospital pharmacy as printed
  on top; "Starbucks"; Venmo's business (not Venmo); "Uber Eats" (not the restaurant).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout44_families import (
    bank_upi,
    es_till,
    fastag_recharge,
    home_depot_till,
    hospital_pharmacy,
    in_supermarket_till,
    postpaid_bill,
    ride_receipt,
    starbucks_app,
    tesco_till,
    uber_eats_uk,
    venmo_business,
)

SPLIT = "heldout44"

SANS = [
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
MONO = [
    "dejavu/DejaVuSansMono-Bold.ttf",
    "freefont/FreeMonoBold.ttf",
    "liberation/LiberationMono-Bold.ttf",
    "noto/NotoMono-Regular.ttf",
]
SERIF = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]

FAMILIES: list[Family] = [
    ("postpaid_bill", postpaid_bill, SANS),
    ("fastag_recharge", fastag_recharge, SANS),
    ("bank_upi", bank_upi, SANS),
    ("ride_receipt", ride_receipt, SANS),
    ("in_supermarket_till", in_supermarket_till, MONO),
    ("hospital_pharmacy", hospital_pharmacy, SERIF + SANS[:1]),
    ("starbucks_app", starbucks_app, SANS),
    ("home_depot_till", home_depot_till, MONO),
    ("venmo_business", venmo_business, SANS),
    ("tesco_till", tesco_till, MONO),
    ("uber_eats_uk", uber_eats_uk, SANS),
    ("es_till", es_till, MONO),
]


def make_heldout44_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout44 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

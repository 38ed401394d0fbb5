"""heldout40: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout40).

Families (8 receipts each), drawn away from heldout38 and heldout39 in layout and origin, in rupees, dollars (US,
Canadian, Australian), pounds, euros, Swiss francs and Philippine pesos: a Philippine e-wallet screen (GCash, Maya,
GrabPay; coloured band, Payment Successful / Transfer Successful / Successfully paid / Payment Failed / Transaction
Unsuccessful / Processing / Payment Pending, big amount "₱1,250.00" or "PHP 1,250.00", Sent to / Paid to / Merchant,
Mobile No., Amount, Fee / Convenience fee, Total Amount / Total / Total paid, Payment method / Paid using / Source of
funds, Ref No. / Reference No. / Reference ID / Reference number / Transaction ID / Payment ID, a stamp "Mar 5, 2025
10:42 AM" under the amount or under Date / Date & Time / Transaction date), an Australian or Irish EFTPOS slip (ABN
or VAT REG, CUSTOMER COPY, MERCHANT ID / MID, TERMINAL ID / TID, the card line, CARD, AID, PURCHASE and SURCHARGE 1.5%,
TOTAL / AMOUNT / TOTAL AMT "AUD $45.88" / "€12.50", RRN / REF NO, AUTH NO / AUTH CODE / APPROVAL, STAN, a DATE /
DATE/TIME or bare date line "05MAR25 14:32", "** APPROVED **" / "** DECLINED 51 **"), an Indian mobile-recharge or
electricity bill payment receipt from a payments app (MobiKwik, Freecharge, Amazon Pay, Airtel Thanks, PayZapp on
top; the operator or board as the title: Jio Prepaid, Airtel Prepaid, Vi Prepaid, BSNL Prepaid, TNEB, UPPCL, WBSEDCL,
KSEB, Adani Electricity Mumbai, TP Central Odisha; Recharge / Bill Payment Successful / Failed / Pending, Payment
Processing, Mobile Number, Plan / Pack, Consumer Number / Service Number / CA Number, Bill Date, Due Date, Bill
Amount, Convenience Fee / Platform Fee, Total Paid / Amount Paid / Total Amount, Paid via / Payment Mode / Paid using,
Transaction ID / Txn ID, Operator Ref. No. / Operator Txn ID, BBPS Ref No / Bharat BillPay Ref No / B-Connect Txn ID,
Order ID / Order No., Recharged on / Paid on / Date & Time / Payment Date / Transaction Date), a hotel guest folio at
check-out (Seattle, London, Vienna, Kochi; GUEST FOLIO / Folio / INVOICE, Guest, Room, Folio No. / Folio / Bill No.,
Reservation No. / Booking ref., Arrival, Departure, room and extra charges with city or occupancy tax, CGST and SGST,
Total charges / Total / Grand Total, the settling "Payment - Visa ****1234 -512.30" line, Balance 0.00, Approval code
/ Auth code, Payment date / Settled on / Paid on, Paid in full / Payment received - thank you / PAID), a US drugstore
till receipt (RITE AID, DUANE READE, BARTELL DRUGS, KINNEY DRUGS, H-E-B PHARMACY; city, state and ZIP, phone, an
"RX#1234567 COPAY" line, items, SUBTOTAL, TAX 8.25% / SALES TAX, TOTAL / BALANCE DUE / TOTAL DUE, tender with CHANGE
or ACCT #, AUTH # / AUTH CODE / APPROVAL #, APPROVED, REWARDS # / MEMBER ID, YOU SAVED, "STORE 1234 REG 2 TRAN# 5678"
and a mm/dd date line), a pay-by-phone parking receipt (RingGo, PayByPhone, ParkMobile, EasyPark; Payment successful
/ Parking confirmed / Payment confirmed / Payment failed / Card declined / Payment pending, Location with its zone,
Vehicle / Licence plate / Plate, Start, End, Duration, Parking cost / Parking fee / Tariff, Service / Convenience /
Transaction fee, Total / Total paid / Amount charged, Payment method / Paid with, Session ID / Parking session /
Session no., Transaction ID / Payment reference / Transaction reference, Payment date / Paid on / Transaction date),
an app-store purchase e-mail (Apple: "Receipt", APPLE ACCOUNT / APPLE ID, BILLED TO, DATE, ORDER ID "M...",
DOCUMENT NO., the app and its developer, Renews, Subtotal and Tax or the included VAT / MwSt / GST, TOTAL; Google
Play: Order number "GPA.1234-...", Order date, Your account, the item, Tax, Total, Payment method, the next
payment's date; a share "We couldn't complete your purchase" / "Payment declined" / "Pending purchase"), a
Canadian store till (CANADIAN TIRE, SHOPPERS DRUG MART, TIM HORTONS, JEAN COUTU in French, LONDON DRUGS; GST/HST or
TPS/TVQ registration, SUBTOTAL / SOUS-TOTAL, HST 13% / HST 14% / GST 5% + PST 7% / TPS 5% + TVQ 9.975%, TOTAL
"$", INTERAC / DEBIT / VISA / MASTERCARD / CASH / COMPTANT, CHANGE / MONNAIE, CARD / CARTE, ACCT CHEQUING, AUTH # /
APPROVAL # / NO AUTOR., APPROVED / APPROUVEE - MERCI, PC OPTIMUM / TRIANGLE ID, TRANS # / TXN # / TRANSACTION and
a year-first date line), a Swiss or Austrian till (Migros, Coop, Denner, Volg in CHF with Rundung to 5 Rappen;
BILLA, SPAR, HOFER, BIPA in EUR; TOTAL CHF / Total / Zu bezahlen / SUMME EUR / Summe / Zu zahlen / Gesamt, Bar with
Rückgeld / Retour, TWINT, Maestro, PostFinance Card, Visa Debit, Bankomat, Bankomatkarte, Kreditkarte,
Autorisierungscode / Auth.-Code / Auth-Nr., MWST / MwSt, Cumulus-Nr. / Supercard-Nr. / Kundenkarte, Beleg-Nr. /
Bon-Nr. / Bon Nr, Kassen-ID, MWST-Nr. CHE-, Datum or a bare dotted date line), a SEPA or SWIFT transfer confirmation
(Deutsche Bank, ING, ABN AMRO, Bank of Ireland in EUR, Barclays in GBP, Lloyds Bank in USD; Payment executed /
Transfer completed / "Your payment has been sent" / Payment rejected / Transfer failed / Pending authorisation /
Awaiting execution / In process, Payment type / Transfer type, From / Debit / Ordering account, Beneficiary / Payee /
Creditor name, IBAN, BIC / SWIFT code, Amount / Transfer amount / Payment amount, Charges SHA / OUR / BEN,
Remittance information / Reference text / Purpose, Transaction reference / Bank reference / Transaction ID, UETR,
Execution / Value / Booking date / Date, Available balance), a food-delivery order receipt (Swiggy, Zomato in INR;
Deliveroo, Just Eat in GBP; DoorDash, Uber Eats in USD; Menulog in AUD; Wolt in EUR; "Your order from" the
restaurant, Order ID / Order # / Order No., Ordered on / Order placed / Date, Delivered at, items, Item subtotal,
Delivery fee or FREE, Service / Platform fee, GST and restaurant charges, Rider / Dasher tip, Discount / Promo
applied, Total / Total paid / Grand Total / Order total, Paid with / Payment method / Paid via; in a quarter no
outcome words) and an Indian petrol-pump slip (INDIANOIL, BHARAT PETROLEUM, HINDUSTAN PETROLEUM, NAYARA ENERGY on
top, "WELCOME TO" the dealer, RECEIPT NO / BILL NO / TXN NO, RO CODE / RO ID, FIP NO / NOZZLE NO, DATE and TIME or
DATE/TIME, PRODUCT, RATE(Rs/L), VOLUME(L), AMOUNT(Rs) / SALE AMT (Rs) / AMOUNT Rs., VEHICLE NO, MODE / PAYMENT MODE /
PAID BY, UPI REF / UTR, APPR CODE / AUTH CODE, GSTIN). Faces as heldout39: DejaVu Sans, Liberation Sans Regular,
FreeSans, Noto Sans Regular and Liberation Sans Narrow for screens and e-mails; DejaVu Sans Mono Bold, FreeMono Bold,
Liberation Mono Bold and Noto Mono for slips and tills; DejaVu Serif Condensed, FreeSerif and Liberation Serif for
folios and confirmations. A face without a currency's sign prints its ISO code ("Rs." for the rupee); no layout
prints ●, • or →. Degradations as heldout14's (the e-wallet and recharge screens always photographed off the display).

Truth conventions (heldout39's, with each family's specifics):

* amount: the amount paid on this document, fees, surcharges, taxes and tips included, discounts off (for a failed or
  pending payment the amount attempted), as "1234.50"; currency its ISO code: PHP for the e-wallets, AUD or EUR for the
  slips, CAD for the Canadian tills (printed "$"), CHF or EUR for the alpine tills. The e-wallet's big amount = its
  Total Amount (Amount plus Fee); the slip's TOTAL / AMOUNT (PURCHASE plus SURCHARGE); the recharge's big amount (a
  bill's Total Paid, Bill Amount plus fee); the folio's total charges, equal to the settling payment (never the 0.00
  balance); the US TOTAL (never SUBTOTAL, tax or the cash handed over); the parking Total (cost plus fee); the
  app-store TOTAL / Total (US tax added; VAT, MwSt and GST included elsewhere); the Canadian TOTAL with its taxes; the
  Swiss total after Rundung, the Austrian Summe; the transfer's Amount (never the Available balance); the delivery
  Total; the pump's AMOUNT.
* date: the payment date, ISO, only where printed: the e-wallet's stamp; the slip's date line; the recharge's
  Recharged on / Paid on / Date & Time / Payment Date / Transaction Date (never Bill Date or Due Date); the folio's
  Payment date / Settled on / Paid on only (never Arrival or Departure: None when no payment date is printed); the
  till foot lines; the parking Payment date / Paid on / Transaction date only (never Start or End; it can be the day
  before the session); Apple's DATE, Google Play's Order date (never Renews / Next payment); the transfer's Execution
  / Value / Booking date / Date; the delivery Ordered on / Order placed / Date; the pump's DATE or DATE/TIME. US
  layouts month first, Canadian year first, the rest day first or with a month name.
* payment_method: "card" (Visa / Mastercard / Amex with an ending, every EFTPOS slip, DEBIT, INTERAC, VISA CREDIT,
  FSA/HSA CARD, Maestro, PostFinance Card, Visa Debit, Bankomat, Bankomatkarte, Kreditkarte, Debit Card, CARD),
  "wallet" (GCash / Maya / GrabPay Wallet or Balance, Apple Pay, Google Pay, PayPal, TWINT, Apple Account balance,
  Google Play balance, MobiKwik Wallet, Freecharge Balance, Amazon Pay Balance, Airtel Money Wallet, PayZapp Wallet),
  "UPI", "netbanking" (Net Banking, and a transfer whose Payment type / Transfer type is printed: SEPA Credit
  Transfer, SEPA Instant Credit Transfer, International payment (SWIFT)), "cash" (Cash, CASH, COMPTANT, Bar, Cash on
  delivery); None when no way to pay is printed (an e-wallet, recharge, parking, delivery, transfer or pump receipt
  without its method line). Tills and folios always show their tender.
* status: only where words state it. Success: Payment Successful, Transfer Successful, Successfully paid, APPROVED,
  APPROVED 00, TRANSACTION APPROVED, ACCEPTED, Recharge / Bill Payment Successful, Paid in full, Payment received -
  thank you, PAID, APPROVED - THANK YOU, 00 APPROVED - THANK YOU, APPROUVEE - MERCI, Parking confirmed, Payment
  confirmed, Payment executed, Transfer completed, Your payment has been sent, Thanks for your order, Your order is
  confirmed. Failed: Payment Failed, Transaction Unsuccessful, DECLINED, TRANSACTION DECLINED, DECLINED 51, Recharge /
  Bill Payment Failed, Card declined, We couldn't complete your purchase, Payment declined, Payment rejected,
  Transfer failed, Payment unsuccessful. Pending: Processing, Payment Pending, Recharge / Bill Payment Pending,
  Payment Processing, Pending purchase, Pending authorisation, Awaiting execution, In process, Awaiting payment
  confirmation. None otherwise (an Apple "Receipt", a Google Play receipt, tills without APPROVED, the pump slip).
* transaction_id: as printed, the strongest kind printed: bank / network reference (the slip's RRN / REF NO; the
  transfer's Transaction reference / Bank reference / Transaction ID, else its UETR; the bill's BBPS Ref No / Bharat
  BillPay Ref No / B-Connect Txn ID; the pump's UPI REF / UTR) > card approval (the slip's AUTH NO / AUTH CODE /
  APPROVAL; the folio's Approval code / Auth code; the US AUTH # / AUTH CODE / APPROVAL #; the Canadian AUTH # /
  APPROVAL # / NO AUTOR.; the alpine Autorisierungscode / Auth.-Code / Auth-Nr.; the pump's APPR CODE / AUTH CODE) >
  payment / transaction reference (the e-wallet's Ref No. / Reference No. / Reference ID / Reference number /
  Transaction ID / Payment ID; the recharge's Transaction ID / Txn ID, else its Operator Ref. No. / Operator Txn ID;
  the parking Transaction ID / Payment reference / Transaction reference) > receipt / order numbers (the bill's Order
  ID / Order No.; the folio's Folio No. / Folio / Bill No.; the US TRAN# in the foot line; the parking Session ID /
  Parking session / Session no.; Apple's ORDER ID, Google's Order number; the Canadian TRANS # / TXN # / TRANSACTION;
  the alpine Beleg-Nr. / Bon-Nr. / Bon Nr; the delivery Order ID / Order # / Order No.; the pump's RECEIPT NO / BILL
  NO / TXN NO). Never a MID / TID / STAN / AID, a Reservation No. / Booking ref., an RX#, a REWARDS / MEMBER ID, a
  Mobile Number / Consumer / Service / CA Number, a DOCUMENT NO., an IBAN, BIC, remittance text, an RO CODE / FIP NO /
  NOZZLE NO / VEHICLE NO, a loyalty number, a Kassen-ID, a GSTIN / ABN / VAT / GST/HST / MWST-Nr. None when none is
  printed (a failed payment prints no bank, approval or payment reference; a receipt or order number it still prints
  is then the truth).
* merchant_name: who was paid, as printed: the e-wallet's payee (Sent to / Paid to / Merchant); the shop on the slip;
  the operator or electricity board (not the payments app on top); the hotel; the drugstore; the parking app (not the
  location); "Apple" or "Google Play" (not the app's developer); the Canadian store; the alpine shop; the transfer's
  beneficiary; the delivery app (not the restaurant, as heldout38 had the delivery service); the pump's dealer under
  "WELCOME TO" (not the oil company on top).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout40_families import (
    alpine_till,
    app_store_email,
    bank_transfer_eu,
    canada_till,
    eftpos_slip,
    food_delivery,
    hotel_folio,
    in_recharge_bill,
    parking_receipt,
    petrol_pump_slip,
    ph_ewallet,
    us_pharmacy,
)

SPLIT = "heldout40"

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
    ("ph_ewallet", ph_ewallet, SANS),
    ("eftpos_slip", eftpos_slip, MONO),
    ("in_recharge_bill", in_recharge_bill, SANS),
    ("hotel_folio", hotel_folio, SERIF + SANS[:1]),
    ("us_pharmacy", us_pharmacy, MONO),
    ("parking_receipt", parking_receipt, SANS),
    ("app_store_email", app_store_email, SANS),
    ("canada_till", canada_till, MONO),
    ("alpine_till", alpine_till, MONO),
    ("bank_transfer_eu", bank_transfer_eu, SERIF + SANS[1:2]),
    ("food_delivery", food_delivery, SANS),
    ("petrol_pump_slip", petrol_pump_slip, MONO),
]


def make_heldout40_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout40 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

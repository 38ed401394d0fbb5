"""heldout32: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout32).

Families (8 receipts each), ordinary payment documents a marketplace's users upload that earlier sets drew least:
an Indian marketplace tax invoice (Flipkart / Amazon.in / Meesho / Myntra; Order ID, Invoice No, seller GSTIN and
PAN, taxable value with CGST + SGST or IGST, shipping, discount, Grand Total, Payment Mode incl. Cash on Delivery),
an IRCTC-style rail e-ticket (ERS: PNR, train, Date of Journey, berth status, Transaction ID, Date of Booking, Ticket
Fare, IRCTC Convenience Fee, insurance premium, Total Fare), a mobile prepaid or FASTag recharge confirmation in a
payments app (PhonePe / Paytm / Amazon Pay / MobiKwik; operator or FASTag issuer, mobile or vehicle number, plan,
tag balance, Order ID, Operator Ref No, UPI Ref No, cashback), a credit-card bill payment confirmation (CRED /
BillDesk / a bank app; card issuer, masked card, Total Amount Due, Minimum Due, Due Date, UTR, Reference Number,
CRED coins), an insurance premium receipt (LIC / HDFC Life / Star Health / ICICI Lombard in rupees with GST; Aviva,
Direct Line, Allianz, AXA, GEICO, State Farm elsewhere; policy number, premium, tax, total, receipt number, next due
date), an Indian restaurant bill (GSTIN, FSSAI, table / covers / KOT, service charge, CGST 2.5% + SGST 2.5%, round
off, Grand Total), a US pay-at-pump receipt (Shell, Chevron, ExxonMobil, Speedway, Circle K, Sunoco, Valero; pump,
grade, gallons, price per gallon, fuel-rewards discount, card or Apple Pay, AUTH #, INVOICE / TRAN #), a UK
supermarket till (Tesco, Sainsbury's, Asda, Co-op, Morrisons; Clubcard / Nectar prices, SUBTOTAL, savings, TOTAL /
BALANCE DUE, card with AID and auth code or cash with change, points, "ST … TILL … TRANS …" last line), a German or
French discount supermarket till (Lidl, Aldi, Netto, Penny; Summe / zu zahlen / TOTAL / Montant dû, Lidl Plus
Rabatt / Remise fidélité, MwSt / TVA line, girocard / CB or Bar / Espèces with Rückgeld / Rendu, Trace-Nr.,
Autorisierungsnr., N° autorisation, Bon-Nr / Ticket), a US pharmacy register receipt (CVS, Walgreens, Rite Aid,
Duane Reade; Rx copay, ExtraCare / myWalgreens prices, SUBTOTAL, TAX, TOTAL / BALANCE DUE, savings line,
ExtraBucks / rewards balance, REG … TRAN# …), a euro-area car-park or motorway-toll pay-station receipt in German,
French, Italian or Spanish (APCOA, Indigo, Saba, Empark, ASFINAG, VINCI Autoroutes, Autostrade, Abertis; entry /
exit, duration, ticket number, amount, VAT share, card or cash, operation number) and a movie ticket booking
confirmation (BookMyShow / PVR INOX / District; film, cinema, show date, seats, ticket price, convenience fees incl.
GST, Order Total, Booking ID). Faces are ones earlier sets drew least: Liberation Mono Bold Italic (liberation),
Liberation Mono Italic (liberation2), FreeMono Oblique and Noto Sans Mono Bold for tills and slips; Liberation Sans
Italic (liberation2), Liberation Sans Narrow Bold Italic, Noto Sans Bold Italic, Noto Sans Display Italic and FreeSans
Oblique for screens and invoices; Noto Serif Italic, Liberation Serif Italic (liberation2) and Noto Serif Display
Italic for receipts printed by insurers and restaurants. Each receipt is drawn clean and degraded with heldout14's
steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light; app screens are always
photographed off the display; then JPEG q20–60).

Truth conventions (heldout31's, with each family's specifics):

* amount: the amount paid on this document (taxes, fees, service charge and round off included, discounts and
  savings off; for a failed or pending payment the amount attempted), as "1234.50"; currency its ISO code
  ("₹"/"Rs."/"INR" INR, "$"/"USD" USD, "€"/"EUR" EUR, "£"/"GBP" GBP). An invoice's Grand Total / Total Amount /
  TOTAL PRICE (never a Taxable value, CGST / SGST / IGST or the discount); an e-ticket's Total Fare (all
  inclusive) (never the Ticket Fare or the convenience fee); a recharge's large amount (never the Tag Balance or
  cashback); a card bill payment's large amount (never the Total Amount Due, Minimum Due or CRED coins); a premium
  receipt's Total Premium Paid / Total Amount / Amount Received (never the Premium before tax); a restaurant
  bill's Grand Total / Net Amount / Total Payable (never the Sub Total); a pump's FUEL SALE / TOTAL / AMOUNT (never
  the price per gallon or gallons); a UK till's TOTAL / BALANCE DUE / TOTAL TO PAY (never the SUBTOTAL, savings,
  CASH or CHANGE DUE); a discount till's Summe / zu zahlen / SUMME EUR / TOTAL / Montant dû / TOTAL TTC (never the
  MwSt / TVA share, Bar / Espèces or Rückgeld / Rendu); a pharmacy's TOTAL / BALANCE DUE (never the SUBTOTAL, TAX,
  savings, CASH, CHANGE or rewards); a pay station's Betrag / Montant / Importo / Importe (never the VAT share);
  a booking's Order Total / Total Amount / Amount Paid (never the ticket price or fees).
* date: the payment date, ISO, only where printed as the payment / order date: an invoice's Order Date / Ordered
  on (never the Invoice Date), an e-ticket's Date of Booking / Booking Date (never the Date of Journey), a
  recharge's Paid on / Date & Time / Transaction Date, a card bill's Payment Date / Paid on / Date (never the Due
  Date), a premium receipt's Date of Receipt / Payment Date / Premium Paid On (never Next Premium Due), a
  restaurant bill's "Date:", a pump's date line, a till's or pharmacy's date on its last line, a pay station's
  Datum / Date / Data / Fecha or the date on its entry / exit lines, a booking's Booking Date / Booked on (never
  the Show date). None when only those other dates are printed; formats include dd/mm/yyyy, dd-mm-yyyy,
  dd-Mon-yyyy, dd-Mon-yy, dd.mm.yy, "05 Mar 2024", "5 March 2024", "Mar 5, 2024", mm/dd/yy.
* payment_method: "UPI" (UPI, UPI - <bank>), "card" (Credit / Debit Card, Card, card endings, VISA / MASTERCARD /
  AMEX / DISCOVER / DEBIT on a pump or register, VISA DEBIT / CONTACTLESS VISA, girocard / Kartenzahlung /
  EC-Karte, CB / CB sans contact / Carte bancaire, Karte / Carta / Tarjeta),
  "netbanking" (Net Banking, Online - Net Banking, Direct Debit), "wallet" (Amazon Pay / Amazon Pay Balance,
  Wallet, IRCTC eWallet, Paytm on a restaurant bill, APPLE PAY at a pump), "cash" (Cash, Cash on Delivery, CASH,
  Bar, Espèces, Contanti, Efectivo); None when not printed (an invoice, e-ticket, recharge, card bill, premium
  receipt, restaurant bill or booking without a mode line). Pumps, tills, pharmacies and pay stations always
  print their tender.
* status: only where words state it. Success: "Payment Successful", "Recharge Successful", "bill paid
  successfully", "Payment received", "APPROVED", "Zahlung erfolgt", "Booking Confirmed". Failed: "Payment
  Failed", "Recharge Failed", "Payment unsuccessful", "DECLINED". Pending: "Payment Pending", "Recharge Pending",
  "Payment in progress", "PRE-AUTH PENDING", "Booking Pending". None otherwise: invoices, restaurant bills,
  premium receipts, UK and US tills and pay stations carry no outcome words; an e-ticket's "Booked" /
  "CNF/B2/34" berth status is no payment outcome (None); a recharge head reading "Recharge details" is None.
* transaction_id: as printed, the strongest kind printed: UPI reference / UTR (UTR, UPI Ref No, UPI Reference No,
  UTR No) > card approval (AUTH #, AUTH CODE, AUTH, APPROVAL, N° autorisation, Autorisation, Autorisierungsnr.,
  Genehmigungs-Nr.) > payment / transaction reference (IRCTC's Transaction ID, a recharge's Order ID /
  Transaction ID, a card bill's Reference Number / Transaction ID, a premium receipt's Transaction Ref No /
  Payment Reference, Trace-Nr. / Beleg-Nr., a pay station's Beleg-Nr. / N° transaction / N. operazione / N.º
  operación) > the recharge's Operator Ref No / Operator Transaction ID > receipt / order / booking / bill
  numbers (an invoice's Order ID / Order Number / Order No, else its Invoice No; the e-ticket's PNR; the premium
  Receipt No; a restaurant's Bill No / Invoice No; a pump's INVOICE / TRAN #; the number after TRANS / TRAN# on a
  till or pharmacy's last line; Bon-Nr / Ticket on a discount till; a pay station's Ticket-Nr. / N° ticket / N.
  biglietto / N.º ticket; the Booking ID). Never a phone or mobile number, card or account ending, GSTIN, PAN,
  FSSAI licence, SIRET / TVA / USt-IdNr. / VAT number, policy number, vehicle number, train number, KOT, table,
  store / till / REG / Kasse / Terminal-ID, AID, Rx number or seat. None when none is printed.
* merchant_name: the payee as printed: the marketplace in an invoice's title (not the "Sold by" seller), "IRCTC",
  the operator or FASTag issuer recharged (not the payments app), the card issuer paid (not CRED / BillDesk / the
  bank app), the insurer, the restaurant, the fuel brand, the supermarket, the pharmacy, the car-park or toll
  operator, the booking platform in the title (not the cinema).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout32_families import (
    card_bill_payment,
    discount_till_eu,
    ecommerce_invoice_in,
    insurance_premium_receipt,
    irctc_eticket,
    movie_booking,
    parking_toll_eu,
    pay_at_pump_us,
    recharge_confirmation,
    restaurant_bill_in,
    uk_supermarket_till,
    us_pharmacy_receipt,
)

SPLIT = "heldout32"

MONO = [
    "liberation/LiberationMono-BoldItalic.ttf",
    "liberation2/LiberationMono-Italic.ttf",
    "freefont/FreeMonoOblique.ttf",
    "noto/NotoSansMono-Bold.ttf",
]
SANS = [
    "liberation2/LiberationSans-Italic.ttf",
    "liberation/LiberationSansNarrow-BoldItalic.ttf",
    "noto/NotoSans-BoldItalic.ttf",
    "noto/NotoSansDisplay-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
]
SERIF = [
    "noto/NotoSerif-Italic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerifDisplay-Italic.ttf",
]

FAMILIES: list[Family] = [
    ("ecommerce_invoice_in", ecommerce_invoice_in, SANS + SERIF[:1]),
    ("irctc_eticket", irctc_eticket, SANS[:3] + SERIF[1:2]),
    ("recharge_confirmation", recharge_confirmation, SANS),
    ("card_bill_payment", card_bill_payment, SANS),
    ("insurance_premium_receipt", insurance_premium_receipt, SERIF + SANS[:1]),
    ("restaurant_bill_in", restaurant_bill_in, MONO + SERIF[2:]),
    ("pay_at_pump_us", pay_at_pump_us, MONO),
    ("uk_supermarket_till", uk_supermarket_till, MONO),
    ("discount_till_eu", discount_till_eu, MONO),
    ("us_pharmacy_receipt", us_pharmacy_receipt, MONO),
    ("parking_toll_eu", parking_toll_eu, MONO + SANS[1:2]),
    ("movie_booking", movie_booking, SANS),
]


def make_heldout32_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout32 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

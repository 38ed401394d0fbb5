"""heldout30: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout30).

Families (8 receipts each), all in the four currencies the product takes, the most ordinary payment documents
users upload: an Indian card-terminal charge slip (Pine Labs / Paytm EDC / HDFC POS style: TID, MID, batch,
invoice, approval code, RRN), an Indian bank app's UPI payment screen (BHIM SBI Pay, iMobile Pay, Kotak 811,
Axis Mobile, bob World), an Indian supermarket's till bill (DMart / Smart Bazaar style, MRP and You Saved), a US
supermarket register receipt (loyalty savings, sales tax, fuel points), a French restaurant's addition (table,
couverts, TVA, CB / espèces), a UK pub's till receipt (table tab, discretionary service), an online shop's order
confirmation e-mail (Shopify-style, INR / USD / EUR / GBP), a mobile / broadband bill payment confirmation
(Airtel, Jio, Vi, Verizon, T-Mobile, AT&T, Orange, Vodafone, Telekom, EE, Three, Virgin Media), a German bank
transfer confirmation (Überweisung, in German), a Spanish justificante de transferencia (in Spanish), an Italian
ricevuta di bonifico (in Italian) and a UK card-terminal customer copy (Worldpay / Barclaycard / Dojo / Elavon,
with a gratuity line). Faces are cuts earlier sets draw least (DejaVu Sans Mono Oblique, DejaVu Sans Mono Bold
Oblique, FreeMono Bold, Noto Mono, DejaVu Sans ExtraLight, DejaVu Sans Condensed Oblique, FreeSans Bold Oblique,
Liberation Sans Narrow Italic, Liberation Sans Italic, Liberation 2 Sans Italic, FreeSerif Bold Italic, FreeSerif
Italic, DejaVu Serif Italic, DejaVu Serif Condensed Italic, Liberation 2 Serif Bold Italic). Each receipt is drawn
clean and degraded with heldout14's steps (one to three of blur, rotation, perspective, low contrast, noise,
uneven light; screens and e-mails are always photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid on this document (the grand total, taxes, fees, tips and service charges included,
  discounts and savings taken off; for a failed or pending payment the amount attempted), as "1234.50";
  currency: its ISO code. "₹"/"Rs."/"INR" is INR, "$" USD, "€"/"EUR" EUR, "£" GBP. A charge slip's BASE AMOUNT /
  AMOUNT / TOTAL AMOUNT; a UPI screen's the large amount, never the Avl Bal; a supermarket bill's NET AMOUNT /
  Total Payable / BILL AMOUNT, never an MRP, the You Saved, the CASH tendered or the CHANGE; a US register's
  BALANCE / TOTAL / BALANCE DUE (tax included, savings off), never the SUBTOTAL, CASH, CHANGE, savings or fuel
  points; an addition's TOTAL TTC / Total à payer / NET A PAYER, never the "dont TVA", Espèces or Rendu; a pub
  till's TOTAL / Amount Due / BALANCE (discretionary service included), never the Subtotal, Cash or Change; an
  order e-mail's Total / Total paid / Order total (discount off, shipping and taxes in); a bill payment's the
  large amount; a German transfer's the large amount, never the Kontostand; a Spanish or Italian transfer's the
  Total cargado / Totale addebitato where one is printed (Comisión / Commissioni included), else the Importe;
  a UK terminal copy's TOTAL (GRATUITY / TIP included), never the AMOUNT before the tip. Per-item prices,
  quantities, weights, item counts, data used and balances are never the amount.
* date: the payment date, ISO "YYYY-MM-DD": the printed date on a slip or till (a charge slip's DATE, a
  supermarket or register bill's Date / the date on its last line, an addition's "Le ...", a terminal copy's
  date line); on a screen or e-mail only a printed payment or order date ("Date & Time", "Transaction Date",
  "On", "Order date", "Placed on", "Date", "Payment date", "Paid on", "Ausgeführt am", "Datum", "Buchungstag",
  "Fecha de la operación", "Fecha", "Fecha de ejecución", "Data esecuzione", "Data operazione", "Data"). None
  when only other dates are printed: an invoice date inside a Verwendungszweck ("Rechnung ... vom"), the Data
  valuta beneficiario, an estimated delivery, a bill period, a due date, a next bill date.
* payment_method: "UPI" (UPI, UPI Ref, bank UPI apps), "card" (VISA / MASTERCARD / RUPAY card on a slip, CARD,
  VISA, DEBIT, MASTERCARD, CB, Carte bancaire, CB sans contact, Visa Debit, Mastercard, Card, AMEX, MAESTRO,
  "Visa / Mastercard / Amex ending in", "Card ending"), "netbanking" (Net Banking, Bank account, every German,
  Spanish and Italian bank transfer), "wallet" (Apple Pay, APPLE PAY on a terminal copy, PayPal, Shop Pay, Google
  Pay, Amazon Pay) or "cash" (CASH, Cash, Espèces); None when not printed. A charge slip is always "card"; a bank
  app's UPI screen always "UPI".
* status: "success", "failed" or "pending" only where the text states it in words ("APPROVED", "TXN APPROVED",
  "AUTHORISED", "Payment Successful", "Transaction Successful", "Money sent successfully", "Payment successful",
  "Thank you! Your payment has been received", "Payment complete", "ACQUITTÉ", "Überweisung ausgeführt",
  "Auftrag erfolgreich ausgeführt", "Transferencia realizada", "Operación realizada con éxito", "Bonifico
  eseguito", "Operazione eseguita correttamente" are success; "DECLINED", "TXN DECLINED", "NOT AUTHORISED",
  "Payment Failed", "Transaction Declined by bank", "Payment failed", "Your payment could not be processed",
  "Überweisung abgelehnt", "Auftrag konnte nicht ausgeführt werden", "Transferencia rechazada", "La operación no
  se ha podido realizar", "Bonifico non eseguito", "Operazione rifiutata" failed; "TXN TIMED OUT - PENDING",
  "REFERRAL - PENDING", "Payment Pending", "Transaction under process", "Payment pending", "We are confirming
  your payment", "Auftrag in Bearbeitung", "Überweisung vorgemerkt", "Transferencia pendiente", "Operación en
  curso", "Bonifico in lavorazione", "Operazione in attesa di autorizzazione" pending); None otherwise. A till,
  bill or order e-mail with no such words is None even when it names a payment mode; "Thank you for your
  purchase!", "Your order is confirmed", "Order received", "PIN VERIFIED OK" and "Service compris" state no
  payment outcome.
* transaction_id: as printed, the strongest kind printed: UPI reference / UTR / RRN (UPI Ref No, UPI
  Transaction ID, UTR, RRN, RRN NO, UPI Ref) > card approval / auth code (APPR CODE, AUTH CODE, Appr Code, Auth
  No, AUTH #, APPROVAL CODE, N° autorisation, Autorisation, Auth Code, Auth, AUTH) > payment / transaction
  reference (Transaction ID, Payment reference, Confirmation number, Auftragsnummer, Referenz, Transaktions-ID,
  Referencia, Nº de operación, Número de referencia, TRN, CRO, Codice riferimento operazione, a terminal copy's
  TXN NO / SEQ) > invoice / bill / order / ticket / till TRANS number (INVOICE NO on a charge slip, Bill No /
  Inv No, the number after TRANS on a US register's last line, Ticket n° / Note n°, Check No, an e-mail's Order
  number with its "#"). Never a phone, card, IBAN, BIC, account number, TID, MID, AID, BATCH NO, GSTIN, SIRET,
  VAT Reg No, Cashier, Customer ID, Kundennummer, NIF, codice fiscale, member mobile, table or covers, invoice
  number inside a Verwendungszweck / Concepto / Causale, or a Wi-Fi code. None when none is printed.
* merchant_name: the payee as printed: the shop in the title of a charge slip, till, register receipt, addition,
  pub receipt or terminal copy (not the terminal brand: Pine Labs, Paytm EDC, HDFC Bank POS, Worldpay,
  Barclaycard, Dojo, Elavon), the "Paid to" / "To" / "Payee" on a UPI screen (not the bank app), the shop in an
  order e-mail's title, the telecom brand on a bill payment, the Empfänger / Zahlungsempfänger, the Beneficiario
  of a Spanish or Italian transfer (not the bank).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout30_families import (
    addition_restaurant_fr,
    bank_upi_screen,
    bonifico_it,
    card_terminal_uk,
    grocery_till_us,
    phone_bill_payment,
    pinelabs_charge_slip,
    pub_till_uk,
    shop_order_email,
    supermarket_till_in,
    transferencia_es,
    ueberweisung_de,
)

SPLIT = "heldout30"

MONO = ["dejavu/DejaVuSansMono-Oblique.ttf", "dejavu/DejaVuSansMono-BoldOblique.ttf", "freefont/FreeMonoBold.ttf", "noto/NotoMono-Regular.ttf"]
SANS = ["dejavu/DejaVuSans-ExtraLight.ttf", "dejavu/DejaVuSansCondensed-Oblique.ttf", "freefont/FreeSansBoldOblique.ttf",
        "liberation/LiberationSansNarrow-Italic.ttf", "liberation/LiberationSans-Italic.ttf", "liberation2/LiberationSans-Italic.ttf"]
SERIF = ["freefont/FreeSerifBoldItalic.ttf", "freefont/FreeSerifItalic.ttf", "dejavu/DejaVuSerif-Italic.ttf",
         "dejavu/DejaVuSerifCondensed-Italic.ttf", "liberation2/LiberationSerif-BoldItalic.ttf"]

FAMILIES: list[Family] = [
    ("pinelabs_charge_slip", pinelabs_charge_slip, MONO),
    ("bank_upi_screen", bank_upi_screen, SANS),
    ("supermarket_till_in", supermarket_till_in, MONO),
    ("grocery_till_us", grocery_till_us, MONO),
    ("addition_restaurant_fr", addition_restaurant_fr, SERIF + MONO[:1]),
    ("pub_till_uk", pub_till_uk, SERIF + MONO[2:3]),
    ("shop_order_email", shop_order_email, SANS + SERIF[:2]),
    ("phone_bill_payment", phone_bill_payment, SANS),
    ("ueberweisung_de", ueberweisung_de, SANS),
    ("transferencia_es", transferencia_es, SANS[:3] + SERIF[2:]),
    ("bonifico_it", bonifico_it, SANS + SERIF[:1]),
    ("card_terminal_uk", card_terminal_uk, MONO),
]


def make_heldout30_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout30 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

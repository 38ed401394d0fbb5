"""heldout29: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout29).

Families (8 receipts each), all in the four currencies the product takes, everyday documents a marketplace's
buyers and sellers or a payments company would see: a Portuguese MB WAY payment screen in Portuguese, an Italian
pharmacy's documento commerciale (scontrino, ticket sanitario, codice fiscale), a French rail booking payment
confirmation e-mail (SNCF Connect-style, in French), a Dutch Tikkie payment-request screen paid by iDEAL (in
Dutch), an Indian laundry / dry-clean shop's bill, an Indian state bus conductor's ETM ticket, an Indian bakery's
custom-cake order receipt (advance and balance), a US childcare centre's tuition payment in a parent app
(Brightwheel-style), a US parking app's session receipt (ParkMobile-style), a UK window cleaner's invoice /
receipt, a UK garden centre's till receipt and an airport lounge access booking (Delhi INR, Atlanta USD, Schiphol
EUR, Heathrow GBP). Faces are italic, oblique and bold-italic cuts earlier sets draw least (Liberation Mono Bold
Italic, Liberation 2 Mono Bold Italic, FreeMono Bold Oblique, Liberation Mono Italic, DejaVu Sans Condensed Bold
Oblique, Liberation Sans Narrow Bold Italic, FreeSans Oblique, Liberation Sans Bold Italic, Liberation 2 Sans Bold
Italic, DejaVu Sans Oblique, DejaVu Serif Condensed Bold Italic, Liberation Serif Italic, Liberation 2 Serif
Italic, Noto Serif Italic). Each receipt is drawn clean and degraded with heldout14's steps (one to three of blur,
rotation, perspective, low contrast, noise, uneven light; screens are always photographed off the display; then
JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid on this document (the grand total, taxes, fees, tips and surcharges included,
  discounts and multibuy savings taken off; for a failed or pending payment the amount attempted), as "1234.50";
  currency: its ISO code. "₹"/"Rs."/"INR" is INR, "$" USD, "€"/"EUR" EUR, "£" GBP. An MB WAY screen's the large
  amount; a scontrino's the TOTALE COMPLESSIVO / TOTALE EURO (ticket sanitario included), never the "di cui IVA"
  or the cash given (Pagamento contante) and Resto; a rail confirmation's the Montant total / Total TTC / Total
  payé, never a single passenger's fare; a Tikkie's the large amount (people x share), never the share; a laundry
  bill's the Total / Net Amount (express charge included); an ETM ticket's the Total / Fare / Amt (adults and
  children), never the per-head fare; a cake order's the amount paid now: the Advance Paid / Advance Recd. where
  one is printed (never the Total or the Balance), else the Total; a tuition payment's the Total / Amount paid
  (card processing fee included); a parking session's the Total (parking plus transaction fee); a window
  cleaner's the Total / Amount due; a garden-centre till's the BALANCE DUE / TOTAL, never the CASH tendered, the
  CHANGE or the loyalty points; a lounge booking's the Total paid (guests x price plus booking fee). Rates,
  per-item prices, quantities, weights, limits (Limite diário) and balances are never the amount.
* date: the payment date, ISO "YYYY-MM-DD": the scontrino's printed date, the bill / order / ticket / invoice /
  till date on a paper document or slip (a laundry bill's Date / Recd. Date, a cake order's Order Date), a parking
  session's Date / Parked on (paid when parked); on a screen or e-mail only a printed payment or booking date
  ("Data", "Data da operação", "Date du paiement", "Payé le", "Betaald op", "Datum", "Payment date", "Paid on",
  "Booked on", "Purchase date"). None when only other dates are printed: the travel date (Départ le), a Tikkie's
  link expiry (Link geldig tot), delivery / due / pick-up dates, the next invoice, the next visit, a lounge
  visit date.
* payment_method: "UPI" (GPay, PhonePe, Paytm UPI, UPI QR), "card" (Carte bancaire, Visa, Amex, Mastercard,
  Card, Card (SumUp), CONTACTLESS, Pagamento elettronico), "netbanking" (iDEAL, Bank account (ACH), Bank
  transfer), "wallet" (MB WAY, Apple Pay, APPLE PAY, Google Pay, PayPal) or "cash" (Cash, CASH, Pagamento
  contante); None when not printed. An MB WAY screen is always "wallet"; a Tikkie paid "via iDEAL" always
  "netbanking".
* status: "success", "failed" or "pending" only where the text states it in words ("Pagamento efetuado com
  sucesso", "Pagamento concluído", "Paiement accepté", "Votre commande est confirmée et payée", "Betaald", "Je
  hebt betaald", "PAID", "PAID - thank you", "Paid with thanks", "Payment successful", "Paid", "Booking confirmed
  and paid" are success; "Pagamento recusado", "Operação não efetuada", "Paiement refusé", "Le paiement n'a pas
  abouti", "Betaling mislukt", "Geannuleerd - niet betaald", "Payment failed", "Bank account returned unpaid"
  failed; "Pagamento pendente", "A aguardar confirmação", "Paiement en attente de validation", "Betaling wordt
  verwerkt", "Payment processing", "Pending", "Payment pending" pending); None otherwise. A till slip, ticket or
  bill with no such words is None even when it names a payment mode; "Paid by" / "Paid with" label the way to pay
  and state no outcome.
* transaction_id: as printed, the strongest kind printed: UPI reference / UTR / RRN > card approval / auth code
  (Code / Numéro d'autorisation, AUTH CODE, Auth Code, Appr No) > payment / transaction reference (ID da
  operação, Referência, Transactiereferentie, Kenmerk, Transaction ID, Payment ID, Parking ID, Transaction #) >
  booking / dossier reference (Référence dossier / de voyage, lounge Booking ref) > invoice / bill / order /
  ticket / documento / till TRANS number (Bill No., Order No., Tkt No, DOCUMENTO N., Invoice / Receipt no., the
  number after TRANS on a garden-centre till). Never a phone (Telemóvel), card, IBAN, sort code or account
  number, P.IVA / VAT / Tax ID, codice fiscale, RT serial, FSSAI licence, Family ID, zone, plate, space, bus,
  conductor (Cond. ID) or waybill number, loyalty card, Carte Avantage number or flight number. None when none is
  printed.
* merchant_name: the payee as printed: the MB WAY Comerciante / Para / Destinatário, the pharmacy, the rail brand
  in the title, the Tikkie requester (the "Aan" name), the laundry, the bus corporation (KSRTC, MSRTC ...), the
  bakery, the childcare centre, the city / parking authority named on the ParkMobile receipt (not "ParkMobile"),
  the window cleaner, the garden centre and the lounge.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout29_families import (
    airport_lounge,
    cake_shop_order,
    daycare_tuition,
    etm_bus_ticket,
    farmacia_scontrino,
    garden_centre_till,
    laundry_bill,
    mbway_screen,
    parking_app_session,
    sncf_confirmation,
    tikkie_screen,
    window_cleaner_invoice,
)

SPLIT = "heldout29"

MONO = ["liberation/LiberationMono-BoldItalic.ttf", "liberation2/LiberationMono-BoldItalic.ttf", "freefont/FreeMonoBoldOblique.ttf",
        "liberation/LiberationMono-Italic.ttf"]
SANS = ["dejavu/DejaVuSansCondensed-BoldOblique.ttf", "liberation/LiberationSansNarrow-BoldItalic.ttf", "freefont/FreeSansOblique.ttf",
        "liberation/LiberationSans-BoldItalic.ttf", "liberation2/LiberationSans-BoldItalic.ttf", "dejavu/DejaVuSans-Oblique.ttf"]
SERIF = ["dejavu/DejaVuSerifCondensed-BoldItalic.ttf", "liberation/LiberationSerif-Italic.ttf", "liberation2/LiberationSerif-Italic.ttf",
         "noto/NotoSerif-Italic.ttf"]

FAMILIES: list[Family] = [
    ("mbway_screen", mbway_screen, SANS),
    ("farmacia_scontrino", farmacia_scontrino, MONO),
    ("sncf_confirmation", sncf_confirmation, SANS[:4] + SERIF[3:]),
    ("tikkie_screen", tikkie_screen, SANS),
    ("laundry_bill", laundry_bill, SERIF + MONO[:1]),
    ("etm_bus_ticket", etm_bus_ticket, MONO),
    ("cake_shop_order", cake_shop_order, SERIF + SANS[:1]),
    ("daycare_tuition", daycare_tuition, SANS),
    ("parking_app_session", parking_app_session, SANS),
    ("window_cleaner_invoice", window_cleaner_invoice, SERIF),
    ("garden_centre_till", garden_centre_till, MONO),
    ("airport_lounge", airport_lounge, SANS + SERIF[:1]),
]


def make_heldout29_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout29 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

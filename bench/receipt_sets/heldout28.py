"""heldout28: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout28).

Families (8 receipts each), all in the four currencies the product takes, documents a marketplace's buyers and
sellers or a payments company would see: an Indian tyre dealer's tax invoice (DOT week codes, odometer reading,
tyre buy-back), an Indian newspaper agent's monthly delivery bill (papers x days x daily rate, arrears), an
Indian blood centre's processing-charge receipt (bag numbers with collection and expiry dates), a US county
treasurer's online property-tax payment confirmation (assessed value, card convenience fee), a US animal
shelter's adoption receipt (microchip number, donation), a Belgian Bancontact card-terminal ticket in Dutch or
French (with a Fooi / Pourboire line), a Spanish ITV vehicle-inspection factura simplificada (Tasa DGT,
inspection result), an Irish energy supplier's Direct Debit collection e-mail (MPRN / GPRN, mandate reference),
a UK council's bulky-waste collection booking and payment, a UK travel-money counter's till receipt (foreign
cash bought, rate, commission, buy-back cover), a language-exam booking's payment confirmation (British Council
INR, ETS USD, Alliance Française EUR in French, IDP GBP) and a luggage-storage app's booking receipt (Bounce INR
and USD, Radical Storage EUR in Portuguese, Stasher GBP). Faces are italic, oblique, bold-italic and light cuts
earlier sets draw least (FreeMono Oblique, Liberation 2 Mono Italic, DejaVu Sans Mono Bold Oblique, Noto Mono,
FreeSans Bold Oblique, Liberation Sans Italic, Liberation Sans Narrow Italic, Noto Sans Bold Italic, Noto Sans
Display Bold Italic, DejaVu Sans ExtraLight, FreeSerif Italic, FreeSerif Bold Italic, Liberation 2 Serif Bold
Italic, Noto Serif Bold Italic, DejaVu Serif Bold Italic). Each receipt is drawn clean and degraded with
heldout14's steps (one to three of blur, rotation, perspective, low contrast, noise, uneven light; screens are
always photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid on this document (the grand total, taxes, fees, tips, donations, commissions and cover
  included, concessions, buy-back credits and discounts taken off; for a failed or pending payment the amount
  attempted or to be collected), as "1234.50"; currency: its ISO code. "₹"/"Rs."/"INR" is INR, "$" USD,
  "€"/"EUR" EUR, "£" GBP. A tyre invoice's is the Net Payable (old-tyre buy-back taken off); a newspaper bill's
  the Total Payable (arrears included); a blood-centre receipt's the Amount Received / Total after any donor
  concession; a property-tax payment's the Total charged (tax plus convenience fee), never the assessed value; a
  Bancontact ticket's the Totaal / Total where a tip is printed, else the Bedrag / Montant; an ITV invoice's the
  TOTAL (fee, IVA and Tasa DGT); a Direct Debit e-mail's the amount collected / to be collected; a travel-money
  receipt's the sterling total (sterling value, commission and buy-back cover), in GBP, never the foreign amount
  bought; a luggage booking's the total (bags x days x rate plus service fee), never the protection cover. Cash
  tendered and change (Entregado / Cambio), daily and per-bag rates, exchange rates, odometer readings, assessed
  values, quantities and units are never the amount.
* date: the payment date, ISO "YYYY-MM-DD": the invoice / receipt / issue / adoption / ticket / factura (Fecha) /
  till date on a paper document or terminal ticket; a newspaper bill's only where a "Recd. on" / "Paid on" /
  "Date" line is printed (the billing month is not a date); on a screen or e-mail only a printed payment or
  booking date ("Payment date", "Date paid", "Submitted", "Collected on", "Booked on", "Date du paiement",
  "Reservado em"). None when only other dates are printed: DOT codes, next alignment, bag collection and expiry
  (Coll. / Exp.), due / delinquent dates, rabies due, Próxima inspección / Válida hasta, bill dates, collection
  (Collection date / Due date of a pending or failed debit, the bulky-waste collection day), buy-back deadline,
  test / examen dates, drop-off (Entrega) and pick-up (Recolha).
* payment_method: "UPI" (GPay, PhonePe, Paytm at an Indian counter), "card" (Bancontact, debit / credit cards,
  Tarjeta, Visa, Carte bancaire, chip), "netbanking" (E-Check / ACH bank debit, Direct Debit, Net Banking),
  "wallet" (Apple Pay, Google Pay, PayPal) or "cash" (Cash, Nagad, Efectivo); None when not printed. A
  Bancontact ticket is always "card"; an Irish Direct Debit e-mail always "netbanking".
* status: "success", "failed" or "pending" only where the text states it in words ("Payment successful",
  "Payment Complete", "Payment Confirmed", "Paid", "Received with thanks", "PAID - Thank you", "APPROVED",
  "Transactie aanvaard", "Betaling geslaagd", "AKKOORD", "Transaction acceptée", "Paiement accepté", "Paiement
  réussi", "Pagamento concluído", "Pago", "successfully collected", "Payment received", "your payment was
  accepted", "Booking confirmed and paid" are success; "declined", "could not be processed", "failed",
  "unsuccessful", "returned unpaid", "Geweigerd", "Refusée", "refusé", "recusado" failed; "pending", "Processing",
  "will be collected", "en attente", "pendente" pending); None otherwise. An ITV inspection result (FAVORABLE /
  DESFAVORABLE) is not a payment status; a paper bill or till slip with no such words is None even when it names
  a payment mode.
* transaction_id: as printed without a leading "#", the strongest kind printed: UPI reference / UTR > card
  approval / auth code (Autorisatiecode, Code d'autorisation, Nº autorización) > payment / transaction reference
  or confirmation number (Transactie ref., Réf. transaction, GOV.UK Pay reference, Confirmation #) > booking /
  reservation id (bulky-waste booking reference, luggage booking code) > invoice / receipt / bill / factura /
  trans number. Never a GSTIN, CIF, BTW / TVA number, DOT code, vehicle (Matrícula) or chassis (Bastidor)
  number, customer / line code, IP No. / UHID, bag number, licence number, parcel number, animal ID, kennel,
  microchip, terminal / merchant id, Seq. number, account number, MPRN / GPRN, mandate reference (UMR), creditor
  ID, candidate / registration number, passport or ID digits, card or phone number. None when none is printed.
* merchant_name: the payee as printed in the title: the dealer, news agent, blood centre, county office, shelter,
  shop on the Bancontact ticket, ITV station, energy supplier, council, travel-money brand, exam body ("British
  Council", "ETS", "Alliance Française de Paris", "IDP Education") or storage platform (not the host shop).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout28_families import (
    animal_shelter_adoption,
    bancontact_slip,
    blood_bank_receipt,
    bulky_waste_booking,
    bureau_de_change,
    county_property_tax,
    exam_registration,
    irish_energy_direct_debit,
    itv_inspection,
    luggage_storage,
    newspaper_hawker_bill,
    tyre_dealer_invoice,
)

SPLIT = "heldout28"

MONO = ["freefont/FreeMonoOblique.ttf", "liberation2/LiberationMono-Italic.ttf", "dejavu/DejaVuSansMono-BoldOblique.ttf",
        "noto/NotoMono-Regular.ttf"]
SANS = ["freefont/FreeSansBoldOblique.ttf", "liberation/LiberationSans-Italic.ttf", "liberation/LiberationSansNarrow-Italic.ttf",
        "noto/NotoSans-BoldItalic.ttf", "noto/NotoSansDisplay-BoldItalic.ttf", "dejavu/DejaVuSans-ExtraLight.ttf"]
SERIF = ["freefont/FreeSerifItalic.ttf", "freefont/FreeSerifBoldItalic.ttf", "liberation2/LiberationSerif-BoldItalic.ttf",
         "noto/NotoSerif-BoldItalic.ttf", "dejavu/DejaVuSerif-BoldItalic.ttf"]

FAMILIES: list[Family] = [
    ("tyre_dealer_invoice", tyre_dealer_invoice, SERIF + MONO[2:3]),
    ("newspaper_hawker_bill", newspaper_hawker_bill, SERIF[:3] + SANS[2:3]),
    ("blood_bank_receipt", blood_bank_receipt, SERIF[2:] + SANS[3:4]),
    ("county_property_tax", county_property_tax, SANS),
    ("animal_shelter_adoption", animal_shelter_adoption, MONO),
    ("bancontact_slip", bancontact_slip, MONO),
    ("itv_inspection", itv_inspection, MONO[:3] + SERIF[:2]),
    ("irish_energy_direct_debit", irish_energy_direct_debit, SANS),
    ("bulky_waste_booking", bulky_waste_booking, SANS),
    ("bureau_de_change", bureau_de_change, MONO),
    ("exam_registration", exam_registration, SANS + SERIF[3:4]),
    ("luggage_storage", luggage_storage, SANS[:5]),
]


def make_heldout28_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout28 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)

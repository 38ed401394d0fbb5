"""heldout75: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout75).

Families (8 receipts each), drawn away from heldout2 to heldout74's layouts: home, family and everyday errands beyond
the shops, from India, the UK, the US, Ireland, the euro area (German, French, Dutch, Italian and Spanish pages beside
English ones), Australia, the United Arab Emirates, Singapore and Switzerland, in rupees, pounds, dollars, euros,
Australian and Singapore dollars, dirhams and Swiss francs with their groupings (lakh and Western, European, French
spaces, Swiss apostrophes), marks and codes (₹, Rs., INR, £, GBP, $, USD, €, EUR, A$, AUD, S$, SGD, AED, Dhs, CHF,
Fr.). The kinds: a handyman's call-out invoice paid on the spot (Pune, Leeds, Columbus, Brisbane, Dublin, Essen,
Hilversum, Strasbourg), a babysitting or nanny agency's booking (Bengaluru, London, Seattle, Singapore, Dublin,
Munich, Utrecht, Lyon), a practical driving test's fee (a Pune RTO's e-receipt, a UK agency's and an Irish
authority's e-mail, a Chicago driving school's road test package, a TÜV receipt, a Dutch CBR confirmation, a Madrid
driving school's ticket), a TV repair shop's job ticket at drop-off or collection (Chennai, Worcester, Houston,
Singapore, Turin, Seville), an ironing service's docket (Hyderabad, Stockport, Perth, Maynooth, Karlsruhe, De Bilt),
a knife sharpener's market-stall slip (London, Portland, Bern, Munich, Lyon, Turin, Haarlem), a sewing machine
service invoice (Delhi, Norwich, Minneapolis, Bern, Hanover, Nantes, Utrecht), a children's holiday camp booking
(Gurugram, Guildford, Minneapolis, Galway, Madrid, Bologna, Cologne), a children's karate or taekwondo club's grading
or term fees (Chennai, Cardiff, Plano, Naas, Stuttgart, The Hague, Toulouse), a children's ear piercing (Jaipur,
Reading, Tampa, Dubai, Galway, Verona, a Seville pharmacy), a junk removal or house clearance (Bristol, Denver,
Melbourne, Cork, Dortmund, Rotterdam) and a pool or hot tub service visit (Goa, Chelmsford, Scottsdale, Perth, Dubai,
Marbella, Antibes). Their pages name people who are not the payee (a customer, a handyman or technician, an
engineer, a sitter and the parent who booked, children, a candidate, a sensei or instructor, a student, a child and
the guardian who consented, a piercer, a crew lead, a client), print other days (a sitting's evening, a test's day
and time, a ready-by day, a collection, a next collection, a camp's week, a balance's due day, a grading, an
aftercare check, a next visit or service, a guarantee's or warranty's end, an earlier advance's or deposit's day)
and other numbers (job, job card, order, bag and pickup ticket numbers, member, licence, driver, permit and
candidate numbers, models and serial numbers, batch numbers, vehicle registrations, waste transfer notes, account
and customer numbers, water readings) and other amounts (a call-out fee beside the invoice's total, a sitter's pay
left to cash beside the agency's fee, a bill's total beside the advance taken off, a booking's total beside its
deposit and the balance due, a quote's total beside a deposit, a job's total beside the deposit taken off, VAT, GST,
MwSt., btw, TVA and IVA added or shown apart, discounts, cash tendered and change), and word outcomes as successes,
failures and waits (Paid on completion - thank you, Payment successful - your sitter is confirmed, Fee paid - thank
you, Betrag dankend erhalten, Voldaan, bedankt!, Réglé - merci !, Acquitté, Pago realizado, Pagato - grazie, Payment
received - see you at camp!, Payment received - oss!, APPROVED, GENEHMIGT, APROBADA; Card declined - please pay by
bank transfer, Payment failed - booking not confirmed, Payment failed - your test slot has been released, Payment
failed - places are not held, Zahlung abgelehnt, Betaling geweigerd, Paiement refusé, Pago rechazado, DECLINED;
Payment pending - we will e-mail you when it clears, Awaiting payment, Zahlung offen, Nog te betalen, Openstaand, En
attente de paiement, Pendiente de pago, In attesa di pagamento), on a line of their own or beside a status label,
and print none on many. Dates: one pattern per page as heldout74 (worded months in the page's own language on a
share; Australian, Emirati and Singapore pages day first, Swiss pages dotted). Faces: every family in faces the
project installs (Liberation, FreeFont, Noto, DejaVu); counter slips in monospaced faces in a share; the rupee pages
print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Light and dark screens and
e-mails for the bookings. Degradations as heldout66 (``heldout14_render.degrade``; a photo of the screen for the
screens).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50", with tax added, a call-out fee, labour,
  parts, surcharges, a late-night supplement, add-ons and a pickup charge in it and a discount (returning customer,
  sibling, early bird, family) taken off. A handyman's, a sewing machine shop's, a pool service's invoice: its total,
  never the call-out fee or a subtotal. A babysitting agency that charges only its fee and leaves the sitter's pay
  to cash on the night: the fee (Charged today), never the sitter's pay; where the whole booking is charged, its
  total. A TV repair's drop-off: the inspection advance taken now; its collection: the balance paid after the
  advance, never the bill's total. A holiday camp booking that takes a deposit: the deposit, never the booking's
  total or the balance due. A junk removal's booking: the deposit, never the quote's total; its bill on the day
  after a deposit: the balance paid, never the job's total. Never tax shown apart from a price that includes it,
  cash tendered or change, a price per inch or hour. currency: the ISO code of the amount.
* date: the day paid (or tried) as printed, ISO: an invoice's or a bill's date (Invoice date, Rechnungsdatum,
  Factuurdatum, Date de facture), a slip's or a docket's Date, Datum, Data, Fecha, a booking's Booked on, Gebucht am,
  Geboekt op, Réservé le, Order date, Fecha de inscripción, Data iscrizione, a Payment date, Bezahlt am, Betaald op,
  Fecha de pago, Paid on, Delivered & paid; a failed or waiting payment's page prints the day tried under a plain
  Date label where the date follows the outcome; None where not printed. Never a sitting's evening (Sitting on,
  Termin), a test's day (Test date, Prüfungstermin, Examendatum, Fecha del examen), a Ready by day, a Collected or
  Collection day, a Next collection, a camp's Week, a Balance due by day, a grading's day, an aftercare check, a
  next visit or service, a guarantee's or warranty's end, an earlier advance's or deposit's day (Less advance paid
  …, Less deposit paid …). Day first on Indian, UK, Irish, euro, Australian, Emirati, Singapore and Swiss pages,
  month first on US pages; a two-digit year is in this century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way paid: a card terminal's masked
  card line (VISA, MASTERCARD, Card, girocard, Karte, CB, Carte, PIN, Maestro, Bancomat, Carta, Tarjeta), a named
  or masked card, Contactless, EFTPOS and NETS are a card; Apple Pay, PayPal, Paytm Wallet, Revolut, Lydia,
  Satispay, GrabPay and TWINT are wallets; UPI, PhonePe and Google Pay on Indian pages are UPI; Net Banking, iDEAL
  and Sofortüberweisung are net banking; Cash, Bar, Espèces, Contant, Contanti, Efectivo and a cash tendered line
  with change are cash. A sitter's pay to be handed over in cash on the night or a balance payable to a crew on the
  day is no way paid for this page. None where no way is printed.
* status: only where words state the outcome; None otherwise. Success: a terminal's APPROVED, AUTHORISED, GENEHMIGT,
  Zahlung erfolgt, ACCEPTE, AKKOORD, AUTORIZZATA, APROBADA; Paid on completion - thank you, Paid in full, Paid in full
  - thanks!, Payment received, Payment successful - your sitter is confirmed, Paid - thank you!, Payment successful,
  Fee paid - thank you, Gebühr bezahlt, Betaling gelukt, Pago realizado, Paid - thank you, Pagato - grazie, Pagado -
  gracias, Paid with thanks, Bezahlt - danke!, Betaald, dank je wel, Betrag dankend erhalten, Betrag erhalten,
  Voldaan, Voldaan, bedankt!, Réglé - merci !, Acquitté, Payment received - see you at camp!, Booking paid, Pago
  recibido, Pagamento ricevuto, Zahlung eingegangen, Payment received - oss!, Betaling ontvangen, Payment received,
  thank you, Paid, Paiement accepté and heldout66's and heldout74's success wordings. Failed: DECLINED, NOT
  AUTHORISED, CARD DECLINED, ABGELEHNT, REFUSE, GEWEIGERD, NEGATA, DENEGADA, Card declined - please pay by bank
  transfer, Payment failed - booking not confirmed, Payment failed - your test slot has been released, Payment
  failed - places are not held, Payment failed - please update your card, Zahlung abgelehnt, Betaling geweigerd,
  Paiement refusé, Pago rechazado, Pagamento non riuscito and the like. Pending: Payment pending, Awaiting payment,
  Awaiting card authorisation, Payment pending - we will e-mail you when it clears, Payment processing, Zahlung
  offen, Zahlung ausstehend, Nog te betalen, Openstaand, Wacht op betaling, En attente de paiement, Pendiente de
  pago, In attesa di pagamento and the like. A heading (Invoice, Booking confirmation, Job card / advance receipt,
  Repair bill, Test fee receipt), a label of a sum paid (Deposit paid, Charged today, Amount paid) or a sentence of
  the business's terms (Deposits are non-refundable., Advance is adjusted against the final bill.) states none.
* transaction_id: at most one, as printed. An invoice, a bill, a slip, a docket or a receipt: its own number
  (Invoice No., Invoice #, Rechnungsnr., Rechnungsnummer, Factuurnummer, Facture n°, Receipt No, Receipt #, Bill No,
  Memo No, Docket No, Slip No, Sale #, Bon-Nr., Beleg-Nr., Bonnr., Ticket n°, Ticket n.º, Scontrino n., Ricevuta n.,
  Nº de factura, Quittungs-Nr., Kwitantie nr., Reçu n°, Job Ref on a junk removal's invoice); a junk
  removal's booking: its Booking ref, Booking reference, Buchungsnr. or Boekingsnr. A babysitting agency's
  and a driving test's page print up to two: the payment's reference (Payment ref, Transaction ID, Payment
  reference, Zahlungsreferenz, Betaalreferentie, Betaalkenmerk, Référence de paiement, Nº de operación, an RTO's Bank
  Ref No or GRN; a pi_… or ch_… id keeps its printed case) where printed, else the booking's reference or receipt
  number. A camp: its booking reference or order number. Never a job, job card, order, bag or pickup ticket number,
  a member, licence, driver, permit, candidate or tax number, a model, serial or batch number, a vehicle's
  registration, a waste transfer note, an account or customer number, a terminal's TID, MID or AID.
* merchant_name: the business on top, as printed: the handyman's business, the agency, the test body or driving
  school, the repair shop, the ironing service, the sharpener, the sewing machine shop, the camp, the club, the
  studio, jeweller or pharmacy, the clearance company, the pool company; never a technician, handyman, engineer,
  sitter, examiner, instructor, sensei, piercer, crew lead, customer, client, parent, child, student or candidate.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout75_families import (
    babysitting_agency,
    driving_test_fee,
    ear_piercing,
    handyman_callout,
    holiday_camp_booking,
    ironing_service,
    junk_removal,
    knife_sharpening,
    martial_arts_club,
    pool_hot_tub_service,
    sewing_machine_repair,
    tv_repair_ticket,
)

SPLIT = "heldout75"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); counter slips print in monospaced
# faces in a share, invoices in serif ones in a share, screens and e-mails in sans faces.
HANDY_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
]
SITTER_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
TEST_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeMono.ttf",
]
TV_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
IRON_FACES = [
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
KNIFE_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
SEWING_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSans.ttf",
]
CAMP_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
DOJO_FACES = [
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
PIERCE_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
CLEAR_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
POOL_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("handyman_callout", handyman_callout, HANDY_FACES),
    ("babysitting_agency", babysitting_agency, SITTER_FACES),
    ("driving_test_fee", driving_test_fee, TEST_FACES),
    ("tv_repair_ticket", tv_repair_ticket, TV_FACES),
    ("ironing_service", ironing_service, IRON_FACES),
    ("knife_sharpening", knife_sharpening, KNIFE_FACES),
    ("sewing_machine_repair", sewing_machine_repair, SEWING_FACES),
    ("holiday_camp_booking", holiday_camp_booking, CAMP_FACES),
    ("martial_arts_club", martial_arts_club, DOJO_FACES),
    ("ear_piercing", ear_piercing, PIERCE_FACES),
    ("junk_removal", junk_removal, CLEAR_FACES),
    ("pool_hot_tub_service", pool_hot_tub_service, POOL_FACES),
]


def make_heldout75_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout75 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

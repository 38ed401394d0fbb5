"""heldout76: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout76).

Families (8 receipts each), drawn away from heldout2 to heldout75's layouts: travel and getting around, mostly in
the euro area and Switzerland with some UK, US and Indian pages (German, French, Dutch, Italian and Spanish pages
beside English ones), in euros, Swiss francs, pounds, dollars and rupees with their groupings and marks as heldout74
(€, EUR, CHF, Fr., £, $, ₹, Rs.). The kinds: a hostel's bill at check-out with its city tax (Mumbai, London, Chicago,
Luzern, Berlin, Amsterdam, Rome, Barcelona, Paris), a night train's couchette or sleeper booking, a car-carrying
train's terminal ticket, a pedalo, rowing or electric boat hire at a jetty, a ski school's lesson booking, a mountain
guide's invoice, a pre-booked airport transfer, a tourist city card's online order, a transit inspector's penalty
fare receipt, a station's guarded bike parking slip, a horse-drawn carriage ride, and an international driving
permit issued at a motoring club's counter. Their pages name people who are not the payee (a guest, passengers and
travellers, a hirer, a skier and the parent who booked, an instructor, a guide and climbers, a lead passenger and a
driver, a buyer, an inspector, a coachman, an applicant), print other days (a stay's check-in and check-out, a
travel day, a departure slot, a return's validity, a first lesson, a tour's day, a pickup and a return, a card's
validity, an earlier inspection, a monthly pass's end, a permit's validity, an earlier deposit's day) and other
numbers (booking-site references, dorms and beds, coaches and berths, ticket numbers, vehicle plates, boat numbers,
flight numbers, city cards' numbers, notice and inspector numbers, bays and tags, carriages and their licences,
driving licence and permit numbers), and other amounts (a key card's or a boat's deposit held and returned, a city
tax, supplements and fees, a deposit taken off a guide's invoice, a full penalty before its reduction, a cash tip,
cash tendered and change), and word outcomes as successes, failures and waits on a share, on a line of their own or
beside a status label, or print none. Dates: one pattern per page as heldout74 (worded months in the page's own
language on a share; Swiss pages dotted, in figures on French pages). Faces: every family in faces the project
installs (Liberation, FreeFont, Noto, DejaVu); slips in monospaced faces in a share; the rupee pages print ₹ only in
faces that hold it, else Rs. (or INR). Degradations as heldout66 (``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50": a hostel's total with its city tax (or
  occupancy tax or GST) added, never a key card's deposit; a night train's fare with its couchette or sleeper
  supplement and reservation fee, or the supplement alone for a rail pass holder; a car train's fare with a peak
  supplement; a boat's hire with its extra half hour, never the deposit held; a ski lesson's total with hire, less a
  sibling's discount; a guide's invoice total, or where a deposit paid earlier is taken off, the balance paid; a
  transfer's total with a child seat and a meet and greet; a city card order's total less its promo; a penalty
  and the fare, or the reduced fee where a season ticket was shown later (never the full penalty); a bike parking
  slip's charge; a carriage ride's fare with a tip added on the card (never a cash tip); a permit's total with
  photos and express issue, less a member's discount. Never tax shown apart from a price that includes it, cash
  tendered or change. currency: the ISO code of the amount.
* date: the day paid (or tried) as printed, ISO: a bill's, a slip's, an invoice's or a receipt's date (Date, Datum,
  Data, Fecha, Bill date, Rechnungsdatum, Factuurdatum, Date de facture, Data fattura, Fecha de factura, Invoice
  date), a booking's Booked on, Gebucht am, Buchungsdatum, Réservé le, Geboekt op, Data prenotazione, Prenotato il,
  Fecha de compra, Fecha de reserva, Reservado el, an order's Order date, Bestelldatum, Date de commande,
  Besteldatum, Data ordine, Fecha del pedido; a failed or waiting payment's page prints the day tried under a plain
  Date label; None where not printed. Never a stay's dates, a travel day or departure, a return's validity, a first
  lesson, a tour's day, a pickup or a return, a card's or a pass's or a permit's validity, an earlier inspection's
  day, an earlier deposit's day. Day first on all pages but US ones.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way paid, as heldout74 and
  heldout75 (a terminal's masked card, girocard, CB, PIN, Maestro, Bancomat, Tarjeta, Contactless are a card;
  Apple Pay, PayPal, Revolut, Lydia, Satispay, TWINT, Paytm Wallet are wallets; UPI on Indian pages; iDEAL, Net
  Banking, Sofortüberweisung are net banking; Cash, Bar, Espèces, Contant, Contanti, Efectivo, a cash tendered line
  with change are cash); a cash tip named apart is no way paid. None where no way is printed.
* status: only where words state the outcome; None otherwise. Success: a terminal's APPROVED, GENEHMIGT and the
  like, heldout74's and heldout75's wordings, and Paid - enjoy your stay!, Bezahlt - gute Reise!, Betaald, fijn
  verblijf!, Pagato - buon soggiorno!, Pagado - ¡buen viaje!, Réglé - bon séjour !, Booking confirmed - sleep well!,
  Buchung erfolgreich, Payment received - see you on the slopes!, Paiement reçu - à bientôt sur les pistes !,
  Payment successful - your driver is booked, Pagamento riuscito. Failed: DECLINED and the like, Card declined at
  check-in, Payment failed - berth not held, Zahlung fehlgeschlagen - Platz nicht reserviert, Payment failed - lesson
  not held, Payment failed - transfer not booked and the like. Pending: Payment processing, Zahlung in Bearbeitung,
  Paiement en cours, Pago en proceso, Pagamento in elaborazione, Pagamento in sospeso and heldout74's and
  heldout75's. A heading (Guest bill, Your night train booking, Lesson booking, Order confirmation, Penalty fare
  receipt), a label of a sum paid (Balance paid, Amount paid) or a line of terms states none.
* transaction_id: at most one, as printed. A hostel's bill, a car train's ticket or slip, a boat hire's slip, a
  guide's invoice, a penalty fare receipt, a bike parking slip, a carriage's receipt, a permit's receipt: its own
  number (Bill No, Receipt No, Rechnungsnr., Factuurnr., Ricevuta n., Factura nº, Facture n°, Ticket No, Beleg-Nr.,
  Billet n°, Bonnr., Biglietto n., Billete nº, Slip No, Bon-Nr., Scontrino n., Ticket n.º, Ticket n°, Invoice No.,
  Rechnungsnummer, Fattura n., Quittungs-Nr., Kwitantie nr., Reçu n°, Recibo nº, Quittung Nr., Receipt #). A night
  train's booking: its booking reference (PNR, Buchungscode, Auftragsnummer, Référence de dossier, Boekingscode,
  Codice prenotazione, Localizador). A ski school's and an airport transfer's pages print up to two: the payment's
  reference (a pi_… or ch_… id keeps its printed case) where printed, else the booking's number. A city card: its
  order number. Never a booking site's reference, a bed, coach, berth, ticket (on a night train), plate, boat, bay,
  tag, card, notice, inspector, carriage, licence or permit number, a flight number, a terminal's TID, MID or AID.
* merchant_name: the business on top, as printed: the hostel, the night train's operator, the car train's operator,
  the boat hire, the ski school, the guides' bureau, the transfer company, the city card's office, the transit
  operator, the bike parking, the carriage business, the motoring club or transport office; never a guest,
  passenger, hirer, skier, parent, instructor, guide, climber, driver, buyer, inspector, coachman or applicant.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout76_families import (
    airport_transfer,
    bike_parking,
    car_shuttle_train,
    carriage_ride,
    city_card,
    driving_permit,
    hostel_city_tax,
    mountain_guide,
    night_train_berth,
    pedalo_boat_hire,
    penalty_fare,
    ski_school_lesson,
)

SPLIT = "heldout76"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); slips print in monospaced faces in a
# share, invoices in serif ones in a share, screens and e-mails in sans faces.
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeMono.ttf",
]
FAMILIES: list[Family] = [
    ("hostel_city_tax", hostel_city_tax, PAPER_FACES),
    ("night_train_berth", night_train_berth, SCREEN_FACES),
    ("car_shuttle_train", car_shuttle_train, SLIP_FACES),
    ("pedalo_boat_hire", pedalo_boat_hire, SLIP_FACES),
    ("ski_school_lesson", ski_school_lesson, SCREEN_FACES),
    ("mountain_guide", mountain_guide, PAPER_FACES),
    ("airport_transfer", airport_transfer, SCREEN_FACES),
    ("city_card", city_card, SCREEN_FACES),
    ("penalty_fare", penalty_fare, SLIP_FACES),
    ("bike_parking", bike_parking, SLIP_FACES),
    ("carriage_ride", carriage_ride, PAPER_FACES),
    ("driving_permit", driving_permit, PAPER_FACES),
]


def make_heldout76_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout76 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

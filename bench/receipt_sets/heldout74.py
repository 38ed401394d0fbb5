"""heldout74: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout74).

Families (8 receipts each), drawn away from heldout2 to heldout73's layouts: the small receipts of food and drink,
nightlife, hospitality and personal care that a marketplace's users upload, from India, the UK, the US, Ireland, the
euro area (German, French, Dutch, Italian and Spanish pages beside English ones), the United Arab Emirates,
Singapore, Australia and Switzerland, in rupees, pounds, dollars, euros, dirhams, Singapore and Australian dollars
and Swiss francs with their groupings (lakh and Western, European, French spaces, Swiss apostrophes), marks and
codes (₹, Rs., INR, £, GBP, $, US$, USD, €, EUR, AED, Dhs, S$, SGD, A$, AUD, CHF, Fr.). The kinds: a bubble tea
counter's thermal slip (Boba Bhai Tea Co., Tapioca Tales, Pearl & Straw, Tiger Pearl Tea House, Chewy Pearl Tea
Bar, Bobalicious, Perlentee-Bar Kolibri, Lune Rouge, Bubbletea Lab), a bottomless brunch's booking deposit or its
bill on the day (The Sunday Table in Bandra, The Gilded Fox, Sunny Side Social, Saffron Terrace JBR, Bloom &
Brine, Café Morgenrot, De Zoete Inval, La Azotea de Chamberí), a hotel lounge's afternoon or high tea check (a
Mysuru palace hotel, a Kensington hotel, a Boston hotel, a Singapore hotel, an Irish hotel and spa, Hôtel
Beaurivage, Hotel Villa Ortensia), one guest's card slip for a share of a cocktail bar's table (Delhi, London, New
York, Melbourne, Berlin, Barcelona, Amsterdam), a nightclub's door ticket with its cloakroom (Pune, Manchester,
Miami, Dublin, Berlin, Amsterdam, Madrid, Paris), a comedy club's online tickets (Bengaluru, Bristol, New York,
Melbourne, Dublin, Cologne, Amsterdam), a social darts or shuffleboard venue's booking (Mumbai, Leeds, Chicago,
Sydney, Dublin, Cologne, Rotterdam), a nail bar's receipt, a brow and lash studio's receipt, a tanning salon's
minutes top-up, sunbed session or spray tan (Bristol, Phoenix, Sydney, Zürich, Dublin, Düsseldorf, Eindhoven), a
foot reflexology parlour's receipt (Mumbai, Manchester, New York, Singapore, Utrecht, Freiburg, Bologna) and a
laser hair removal clinic's session or course (Hyderabad, Leeds, Scottsdale, Dubai, Cork, Frankfurt, Seville).
Their pages name people who are not the payee (a name on a cup, a booking's lead guest and a booker, a server, a
bartender, a hotel guest charged to a room, a guest list's name, DJs, a headliner and an MC, a nail technician, a
brow artist, a therapist, a practitioner, a client), print other days (a brunch's, a show's and a session's day, a
check-out, an earlier deposit's day, a patch test, a next appointment, an infill, a next session, the day a sunbed
may next be used, a minute card's validity) and other numbers (order and call numbers, tables, covers, guests, seats,
rooms, chairs, oches, courts and lanes, cloakroom tickets, wristbands, loyalty, member and client numbers, minutes and
their balance, session counts), and other amounts (a booking's whole value and the balance due on the day, a table's
total beside a guest's share, a services' total beside a deposit taken off, a course's price beside its first
instalment, a cash tip left for a technician, a US two-drink minimum payable at the venue, cash tendered and change),
and word outcomes as successes, failures and waits (Deposit received, Payment received - enjoy the show!, Top-up
successful, Aufladung erfolgreich, Booking paid, Paid - thank you!, Payment received with thanks, Señal recibida,
APPROVED, GENEHMIGT, AKKOORD, APROBADA; Deposit payment failed, Card declined - your table is not yet held, Payment
declined - your seats have been released, Top-up failed, Opwaarderen mislukt, Carte refusée, DECLINED, ABGELEHNT;
Deposit pending, Awaiting card authorisation, Payment processing - your tickets will follow by e-mail, Zahlung offen),
on a line of their own or beside a status label, and print none on many. Dates: one pattern per page as heldout73
(dirham, Singapore and Australian pages day first with the month named or numeric, Swiss pages dotted). Faces: every
family in faces the project installs (Liberation, FreeFont, Noto, DejaVu); counter slips in monospaced faces in a
share; the rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Light and
dark screens and e-mails for the bookings. Degradations as heldout66 (``heldout14_render.degrade``; a photo of the
screen for the screens).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50", with tax added, a service charge, a US
  tip or gratuity, a booking fee, a cloakroom, a US service fee, an Australian card surcharge and add-ons in it and
  a promo or member discount taken off. Where a tip is added on the slip (a bar's share, a nail bar's or a foot
  spa's US card, a brunch's US bill), the total with the tip; where the slip leaves the tip and total lines blank
  for the guest's pen, the sum printed above them. A split: this guest's share (with its tip or surcharge), never
  the table's total. A booking that takes a deposit (a brunch, a darts or shuffleboard session): the deposit, never
  the booking's whole value or the balance due on the day; a bill or receipt that takes a deposit paid earlier off
  (a brunch, a nail bar, a brow and lash studio): the balance paid, never the bill's total before it; a laser
  course split in three: the first instalment, never the course's price or the balance remaining. A check charged
  to a hotel room: the check's total. A minute card's top-up: the price of the minutes bought. Never a cash tip left
  for a technician, a two-drink minimum, the minutes or their balance, tax shown apart from a price that includes
  it, cash tendered or change. currency: the ISO code of the amount.
* date: the day paid (or tried) as printed, ISO: a counter slip's or a bill's date and time, a booking's Booked on,
  Deposit taken, Ordered on or Payment date, an invoice's date; a failed or waiting payment's page prints the day
  tried under a plain Date label; None where not printed. Never a brunch's, a show's or a session's day, a
  check-out, an earlier deposit's day (Less deposit paid on …), a patch test, a next appointment, an infill, a next
  session, a sunbed's next allowed day or a minute card's validity. Day first on Indian, UK, Irish, euro, Emirati,
  Singapore, Australian and Swiss pages, month first on US pages; a two-digit year is in this century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way paid: a card terminal's masked
  card line (VISA, MASTERCARD, Card, girocard, Karte, CB, PIN, Maestro, Bancomat, Carta, Tarjeta), contactless, a
  named or masked card, EFTPOS and NETS are a card; Apple Pay, PayPal, Paytm Wallet, Revolut, Lydia, Satispay,
  GrabPay and TWINT are wallets; UPI, PhonePe and Google Pay on Indian pages are UPI; Net Banking, iDEAL and
  Sofortüberweisung are net banking; Cash, Bar, Espèces, Contant, Contanti, Efectivo and a cash tendered line with
  change are cash. A check charged to a hotel room prints no way paid: None; so does every page without a way.
* status: only where words state the outcome; None otherwise. Success: a terminal's APPROVED, AUTHORISED,
  GENEHMIGT, Zahlung erfolgt, ACCEPTE, AKKOORD, AUTORIZZATA, APROBADA; Deposit received, Deposit paid - see you
  soon!, Your deposit has been taken, Anzahlung erhalten, Aanbetaling ontvangen, Señal recibida, Payment received -
  enjoy the show!, Tickets issued, Tickets erfolgreich gebucht, Booking paid, You're all set!, Paid - thank you!,
  Bezahlt - danke!, Réglé - merci !, Top-up successful, Minutes added, Aufladung erfolgreich, Opwaarderen gelukt,
  Payment received with thanks, Betrag dankend erhalten, Pago recibido and heldout66's and heldout72's success
  wordings. Failed: DECLINED, CARD DECLINED, ABGELEHNT, REFUSE, GEWEIGERD, NEGATA, DENEGADA, Deposit payment failed,
  Card declined - your table is not yet held, Payment declined - your seats have been released, Payment failed -
  booking not confirmed, Card declined, Carte refusée, Top-up failed, Aufladung fehlgeschlagen, Payment declined and
  the like. Pending: Deposit pending, Awaiting card authorisation, Payment processing - your tickets will follow by
  e-mail, Payment pending, Zahlung offen, Awaiting payment, Pendiente de pago and the like. A heading (Your brunch
  booking, Your tickets, Booking confirmation, Game on!, Minute card top-up, Invoice), a room charge's lines, a
  label of a sum paid (Deposit paid, Balance paid, Paid today, Amount paid) or a sentence of the business's terms
  (Deposits are non-refundable …, Tickets are non-refundable unless …) states none.
* transaction_id: at most one, as printed. A counter's slip or bill: its own number (Bill No, Receipt #, Check #,
  Check No, Bon-Nr., Beleg-Nr., Ticket n°, Bonnr., Conto n., Ticket n.º, Ticket No, Trans #, Receipt No); a cocktail
  bar's share: the check's number where printed, else the terminal's approval code (Auth code, APPR CODE,
  Genehmigungs-Nr., Cód. autorización, Autorisatiecode). A brunch booking: its booking reference or confirmation
  number. A comedy club's tickets: the order's number. A darts or shuffleboard booking prints up to two: the
  payment's reference (Payment ref, Transaction ID, Zahlungsreferenz, Betaalreferentie; a pi_… id keeps its printed
  case), the id where printed, else the booking's reference. A nail bar's, a brow studio's, a laser clinic's: the
  receipt's or invoice's number. Never an order or call number, a table, cover, guest, seat, room, chair, oche,
  court or lane number, a cloakroom ticket, a wristband, a loyalty, member, minute card or client number, a tax or
  company number, a terminal's AID.
* merchant_name: the business on top, as printed: the bubble tea shop, the brunch venue, the hotel (never its
  lounge under Outlet), the bar, the club (never the night, its DJs or a guest list's name), the comedy club (never
  its headliner or MC), the darts or shuffleboard venue, the nail bar, the studio, the tanning salon, the foot
  reflexology parlour, the clinic; never a server, bartender, technician, artist, therapist, practitioner, guest,
  client, booker or lead name.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout74_families import (
    afternoon_tea_check,
    brow_lash_studio,
    brunch_booking,
    bubble_tea_counter,
    cocktail_bar_split,
    comedy_club_tickets,
    foot_reflexology,
    laser_hair_removal,
    nail_bar_receipt,
    nightclub_door,
    social_darts_booking,
    tanning_salon,
)

SPLIT = "heldout74"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); counter slips print in monospaced
# faces in a share, hotels' and clinics' pages in serif ones in a share, screens and e-mails in sans faces.
BOBA_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeSans.ttf",
]
BRUNCH_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "freefont/FreeMono.ttf",
]
TEA_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSans.ttf",
]
BAR_FACES = [
    "freefont/FreeMono.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
CLUB_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
COMEDY_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
DARTS_FACES = ["dejavu/DejaVuSans.ttf", "freefont/FreeSans.ttf", "noto/NotoSans-Regular.ttf"]
NAIL_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "freefont/FreeSerif.ttf",
]
BROW_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeMono.ttf",
]
TAN_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
FOOT_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
]
LASER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
]
FAMILIES: list[Family] = [
    ("bubble_tea_counter", bubble_tea_counter, BOBA_FACES),
    ("brunch_booking", brunch_booking, BRUNCH_FACES),
    ("afternoon_tea_check", afternoon_tea_check, TEA_FACES),
    ("cocktail_bar_split", cocktail_bar_split, BAR_FACES),
    ("nightclub_door", nightclub_door, CLUB_FACES),
    ("comedy_club_tickets", comedy_club_tickets, COMEDY_FACES),
    ("social_darts_booking", social_darts_booking, DARTS_FACES),
    ("nail_bar_receipt", nail_bar_receipt, NAIL_FACES),
    ("brow_lash_studio", brow_lash_studio, BROW_FACES),
    ("tanning_salon", tanning_salon, TAN_FACES),
    ("foot_reflexology", foot_reflexology, FOOT_FACES),
    ("laser_hair_removal", laser_hair_removal, LASER_FACES),
]


def make_heldout74_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout74 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

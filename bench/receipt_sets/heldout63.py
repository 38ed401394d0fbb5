"""heldout63: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout63).

Families (8 receipts each), drawn away from heldout2 to heldout62's layouts, half ordinary everyday payments and half
services and bookings of new kinds, whose pages name people under many roles (a server or cashier, a customer, a
delivery man, a tanker's driver, a passenger, an account holder, an owner, a patient and a practitioner, a booker, a
coach, a lead guest and an astronomer, a skipper, a pilot and a contact) and places and businesses that are not the
payee (an office, a clinic or a household supplied, an airline, a vet clinic, an insurer, a group or company that
booked, a vessel, a pier, a client company, a wedding or an estate), print other days (a billing period, a next
delivery, a delivery, a flight, a service period and a next renewal, a tour night and a cloudy-night backup, a
pet's passing and the ashes' return, a date of birth, a treatment and a next appointment, a session, a trip, a
shoot) and numbers and amounts that are not the payment's (GSTIN, VAT and tax numbers, KOT, customer and account
numbers, a tanker's registration, meter readings, litres and gallons at a price, a seat, a device, a list price
and a discount, an MRP total and a festival discount, an explosives licence, weights, a microchip, a practitioner's
registration or licence, a lane, a deposit's booking value and balance, a harbour fee, a drone operator's permit,
cans held and a refundable deposit, tendered cash and change, a round-off, a subtotal before tax), in rupees (in
Indian and western grouping, ₹ / Rs. / a whole-rupee ``Rs. 1,250/-`` / INR before or after), pounds, US dollars and
euros (Irish pages with €1,234.50, German pages with 1.234,50 €), marked by symbol or ISO code before or after:
an ice cream parlour's till bill (Himalaya Kulfi & Ice Cream Parlour, Scoop Street Creamery, Nonna Rosa Gelateria,
Sweet Meadow Creamery, Eiscafé Dolomiti, Kerrigan's Ice Cream Parlour: GSTIN / VAT No / St.-Nr., Order type / Table
/ Seat / Platz, KOT No / Ticket / Bestell-Nr. Küche, Server / Cashier / Steward / Bedienung, scoops, sundaes and
shakes, Sub Total / Zwischensumme, CGST and SGST or IGST, VAT / MwSt. included, sales tax added, Round off, Net
Amount / Grand Total / TOTAL / Total Due / Summe / Zu zahlen / Gesamt, Tender / Paid by / Settled by / Payment /
Zahlart / Bezahlt mit with Tendered and Change, Bill No / Check # / Receipt # / Invoice No / Bon-Nr. / Beleg-Nr.,
Date / Bill date / Date/Time / Datum or a bare date line; ** PAID ** / PAID - THANK YOU / *** Bezahlt *** in a
few), a drinking-water supplier's monthly receipt (Ganga Jal Aqua Suppliers, Neer Pure Drinking Water Co., Dales
Spring Water Coolers, Blue Ridge Water Delivery, Quellwasser Service Rhein-Main, Aqua Clear Coolers Galway:
Customer / Deliver to / Account name / Kunde, Customer ID / Cust. code / Account # / Kunden-Nr., Billing period /
Supply month / Leistungszeitraum, cans or bottles at a rate, empties returned, cans held and the refundable deposit
held, dispenser or cooler rental, GST / VAT / MwSt. added or included, Total / Bill amount / Amount / Amount
received / Total paid / Gesamtbetrag / Summe / Bezahlt, Mode / Paid by / Payment mode / Zahlart, Receipt No / Bill
No / Invoice # / Rechnungs-Nr. / Beleg-Nr., Paid on / Payment date / Received on / Bezahlt am, Delivery by /
Delivery staff / Fahrer, Next delivery / Next drop / Nächste Lieferung; Payment received - thank you / Payment
successful / Auto-debit failed / Payment failed / Payment pending / Payment processing / Zahlung erhalten /
Lastschrift fehlgeschlagen / Zahlung ausstehend in a share), a heating-oil delivery docket (Moorland Heating Oils
Ltd, Cape Cod Home Heating Oil Co., Heizöl Brandt GmbH, Mineralöle Ostermann KG, Shannonside Home Heating Oil:
Customer / Deliver to / Account / Kunde, Account No / Kunden-Nr., Tanker reg / Truck / Fahrzeug, Driver / Fahrer,
Product / Produkt, Meter start / end / Zählerstand, litres or gallons at a price, VAT 5% / 13.5% / MwSt. 19% added or
included, Total / Invoice total / TOTAL / Gesamtbetrag / Rechnungsbetrag, Docket No / Ticket # / Invoice No /
Rechnungs-Nr., Paid by / Payment / Zahlungsart, Ordered and paid / Order date / Bestellt am beside Delivered /
Delivery date / Lieferdatum; PAID / Paid with thanks / PAID IN FULL / Bezahlt / Card declined / Zahlung abgelehnt
in a share), an in-flight Wi-Fi pass (Nelco Inflight Connectivity, Inmarsat Aviation Wi-Fi, Viasat In-Flight
Wi-Fi, Gogo Inflight Internet, SITA OnAir Connect, Panasonic Avionics Wi-Fi: Passenger / Name / Account holder /
Passagier, Flight / Airline / Flug with an airline's name and flight number, Route / Strecke, Seat / Sitz, Flight
date / Departure / Flugdatum, Device / Gerät, a pass, GST / VAT / MwSt., Total / Amount / Total charged / Amount
paid / Gesamt / Betrag / Bezahlt, Payment method / Paid with / Zahlungsart, Order ID / Receipt # / Purchase ID /
Bestellnummer, Purchased / Purchase date / Date / Kaufdatum; Payment successful / Purchase complete / Payment
failed / Card declined / Payment processing / Zahlung erfolgreich / fehlgeschlagen / in Bearbeitung in a share),
a VPN subscription's renewal receipt e-mail (NordVPN, Surfshark, ExpressVPN, Proton VPN, Mullvad VPN, CyberGhost
VPN: Account / Email / Billed to / Konto, Plan / Tarif, Service period / Valid until / Next renewal / Laufzeit,
Regular price / Listenpreis and a Discount / Rabatt, GST / VAT / sales tax / MwSt., Total / Amount / Total charged
/ Amount paid / Gesamtbetrag / Summe / Bezahlt, Payment method / Charged to / Method / Zahlungsmethode, Order ID /
Invoice No / Payment ID / Rechnungsnummer, Date / Payment date / Billed on / Rechnungsdatum; Payment successful /
Payment received / Renewal payment failed / Payment failed / Payment processing / Zahlung erfolgreich /
fehlgeschlagen / in Bearbeitung in a share), a fireworks shop's bill (Lakshmi Crackers World Sivakasi, Deepam
Fireworks Depot, Skyburst Fireworks Warehouse, Liberty Fireworks Stand, Pyro-Markt Böhm: PESO Licence No /
Explosives licence / Erlaubnis nach § 27 SprengG, GSTIN, CASH BILL / Retail invoice / Sales receipt / Rechnung,
Customer and Mobile, MRP Total and a Diwali offer, a Bonfire Night deal or a promo, Rabatt, GST added, VAT / MwSt.
included, sales tax added, Round off, Net Amount / Total / Grand Total / TOTAL / Summe / Gesamt, Mode / Paid by /
Tender / Zahlart, Bill No / Estimate No / Receipt # / Bon-Nr., Date / Bill date / Datum, an age check; PAID /
BEZAHLT in a few), a stargazing night's booking (Spiti Stargazers Kaza, Sariska Night Sky Camp, Northumberland
Dark Sky Tours, Sedona Star Trails, Sternwarte Rhön Sternführungen, Kerry Dark Sky Tours: Lead guest / Guest /
Booked by / Gast, Tour night / Session / Night of / Termin, Meeting point / Treffpunkt, Astronomer / Your guide /
Astronom/in, Telescope, Moon / Mondphase, If cloudy, rebooked to / Cloud backup night / Ersatztermin, adults and
children at a rate, a hot-drinks add-on, GST 5% / VAT / MwSt., Total / Booking total / Amount paid / Total paid /
Gesamtpreis / Gesamt / Bezahlt, Paid via / Payment / Zahlart, Booking ref / Ticket No / Booking # /
Buchungsnummer, Booked on / Booking date / Gebucht am; Payment received / Payment successful / Payment failed /
Awaiting payment / Payment pending / Zahlung erhalten / fehlgeschlagen / ausstehend in a share), a pet
crematorium's receipt (Paws Farewell Pet Crematorium, Rainbow Bridge Pet Cremation Services, Meadowbank Pet
Crematorium, Gentle Paws Pet Cremation, Tierkrematorium Sonnenhügel, Forever Friends Pet Cremation: Owner / Pet
parent / Client / Tierhalter/in, Pet / Tier, Weight / Gewicht, Date of passing / Passed away / Date of death /
Verstorben am, Collected from / Abgeholt von (a vet clinic), Microchip / Chip-Nr., individual or communal
cremation, a casket, a paw print, collection, GST added, VAT / MwSt. included, sales tax added, Total / Total fee /
Amount received / Gesamtbetrag / Erhalten, Paid by / Mode / Zahlart, Receipt No / Ref / Cremation ID / Beleg-Nr.,
Date / Receipt date / Datum, Ashes ready / Ashes returned by / Rückgabe der Asche; Paid with thanks / PAID /
Bezahlt in a share), an acupuncture clinic's receipt (Sujok & Acupuncture Clinic Jayanagar, Shanti Acupuncture
Centre, Camden Acupuncture Rooms, Golden Needle Acupuncture & Herbs, Praxis für Akupunktur Lindenhof, Galway
Acupuncture Clinic: Patient / Client / Patient/in, DOB / Date of birth / Geburtsdatum, Practitioner /
Acupuncturist / Treated by / Behandler/in, Reg. No / BAcC No / License # / LANR / AFPA No, Treatment date / Date of
service / Behandlungsdatum, a consultation, acupuncture, cupping, moxibustion, herbs or a five-session pack, GST in a
share, Insurer / For claim with / Versicherung, Total / Total fee / Amount paid / Rechnungsbetrag / Gesamt /
Bezahlt, Paid by / Payment / Zahlungsart, Receipt # / Invoice No / Bill No / Rechnungsnummer, Payment date / Date
paid / Received on / Bezahlt am, Next appointment / Next visit / Nächster Termin; PAID / Paid in full / BEZAHLT in
a share), an axe-throwing lane booking (Throwdown Axe House Bengaluru, Hatchet Hub Gurugram, Timber Throw Club
Manchester, Lumberjack Lanes Austin, Axtwurf-Arena Leipzig, Hatchet House Dublin: Booked by / Lead thrower / Name /
Gebucht von, Group / Event / Occasion / Anlass (a birthday, a stag or hen party, a company's team night), Session /
Throw date / Slot / Termin, Lane / Bahn, Coach / Trainer/in, throwers at a rate, a pizza platter or drinks
package, GST / VAT / MwSt. / sales tax, paid in full under Total / Order total / Total paid / Amount paid / Gesamt /
Summe / Bezahlt or a deposit under Deposit paid / Deposit / Deposit amount / Anzahlung beside Booking value /
Booking total / Buchungswert and Balance at venue / Balance due on the day / Restbetrag vor Ort, Waivers, Paid via /
Payment / Zahlart, Booking ref / Confirmation # / Order No / Buchungs-Nr., Booked on / Booking date / Gebucht am;
heldout62's shared outcome wordings (Payment Successful / Payment received / Payment
complete / Transaction successful, Payment Failed / ... / Payment was declined, Payment Pending / ...) in a share), a whale, dolphin or seal watching trip's ticket (Sinquerim Dolphin Trips,
Tarkarli Dolphin Boat Safari, Hebridean Whale Watch Co., Pacific Grove Whale Watching, Seehundfahrten Büsum, West
Cork Whale Watch Ltd: Lead passenger / Name / Guest, Trip date / Sailing / Departure / Abfahrt, Boarding at / Pier /
Anleger, Vessel / Boat / Schiff, Skipper / Kapitän, adults and children, a harbour, landing or jetty fee /
Hafengebühr, GST 5% / VAT / MwSt., Total / Fare total / Amount paid / Total paid / Gesamtpreis / Gesamt / Bezahlt,
Paid by / Payment / Zahlart, Ticket No / Booking # / Ref / Ticketnummer, Booked on / Issued / Gekauft am; Payment
confirmed / Payment received / Payment failed / Payment pending / Zahlung erfolgreich / fehlgeschlagen /
ausstehend in a share) and a drone photographer's invoice-receipt (SkyFrame Drone Studios, Udaan Aerial Imaging,
Highpoint Aerial Media Ltd, Overwatch Drone Imaging LLC, Luftbild Kramer, Atlantic Drone Works: DGCA RPC No / CAA
Operator ID / FAA Part 107 # / EU-Betreiber-Nr. / IAA Operator No, Client / Bill to / Customer / Kunde, Attn /
Ansprechpartner, Site / Location / Einsatzort, Shoot date / Flight date / Aufnahmetag, Pilot / Remote pilot /
Pilot/in, Drone / Drohne, photos, a video edit, raw footage and travel, Subtotal / Nettobetrag, GST / VAT / sales
tax / zzgl. MwSt. 19% added, Total / Invoice total / Amount paid / Rechnungsbetrag / Gesamtbetrag, Paid via /
Payment method / Zahlungsart, Invoice No / Invoice # / Rechnungsnummer, Date / Invoice date / Payment date /
Rechnungsdatum; PAID / Paid in full / Payment received / Bezahlt in a share). The in-flight Wi-Fi, VPN,
stargazing, axe-throwing, whale-watching and water pages print an outcome in a share (success, failed or
pending); the heating-oil dockets a success or a declined card in a share; the ice cream, fireworks, cremation,
acupuncture and drone pages a success in a share; the rest none. Ways to pay are worded as heldout62 words them
(UPI, UPI - Google Pay, UPI (PhonePe), BHIM UPI, UPI / Paytm, Paid via UPI, cards by scheme, kind and masked
number, Contactless and Chip & PIN at a counter only, Net Banking, NEFT, Paytm Wallet, MobiKwik Wallet, Amazon Pay
balance, Apple Pay, Google Pay and PayPal off India, Bank transfer, Faster Payment, ACH transfer, Bank transfer
(SEPA), girocard, EC-Karte, Kreditkarte, Überweisung, Cash, CASH, Cash at counter, Nagad, Bar, Barzahlung); online
pages name no card tapped or inserted. Dates: one pattern per page, day first on Indian, UK, Irish and German pages,
month first on US pages, among them two-digit years, weekdays, ordinals, ISO and German month names. Faces: every
family in faces the project installs (``make system-deps``), none in DejaVu (listed below per family); the rupee
pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Long names on top set a
page only just wider than the name, and a longer line under it widens the page to hold it (``heldout62_families.
_page``). Degradations as heldout62 (``heldout14_render.degrade``; a photo of the screen for the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, extras and a round-off included, discounts and offers taken off, as
  "1234.50"; currency its ISO code. The till's, bill's, docket's, order's, ticket's, booking's or invoice's total
  (never an item, a rate, a subtotal or Nettobetrag, a tax, VAT or MwSt. included, an MRP total or list price, a
  discount, the cash tendered or the change, a refundable deposit held, a booking's value or balance beside a
  deposit, a fee line). On an axe-throwing deposit booking the deposit paid (never the booking's value nor the
  balance at the venue). For a failed or pending payment the amount attempted (under a total's wording, never
  Amount paid / Total paid / Total charged / Amount received / Bezahlt).
* date: the payment date, ISO, only where printed, one per page: the till's Date / Bill date / Date/Time / Datum or
  its bare date line; Paid on / Payment date / Received on / Bezahlt am; Ordered and paid / Order date / Bestellt
  am; Purchased / Purchase date / Date / Kaufdatum; Date / Payment date / Billed on / Rechnungsdatum; Date / Bill
  date / Datum; Booked on / Booking date / Gebucht am; Date / Receipt date / Datum; Payment date / Date paid /
  Received on / Bezahlt am; Booked on / Issued / Gekauft am; Date / Invoice date / Payment date / Rechnungsdatum.
  Never a billing period or a supply month, a next delivery, a delivery, a flight's day, a service period, a
  validity or a next renewal, a tour night or its backup, a day of passing or the ashes' return, a date of birth,
  a treatment's day or a next appointment, a session, a trip or a shoot. Day first on Indian, UK, Irish and German
  pages, month first on US pages; a two-digit year is in this century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" as heldout62 maps the wordings (a bank transfer is
  net banking, the product's documented convention; Google Pay off India is a wallet); None where no way to pay is
  printed.
* status: only where words state the outcome: success (PAID, ** PAID **, PAID - THANK YOU, PAID IN FULL, Paid in
  full, Paid with thanks, Bezahlt, BEZAHLT, Payment received, Payment received - thank you, Payment successful,
  Payment complete, Transaction successful, Purchase complete, Payment confirmed, Zahlung erfolgreich / erhalten /
  eingegangen), failed (Payment failed, Payment unsuccessful, Transaction failed, Payment was declined, Auto-debit
  failed, Lastschrift fehlgeschlagen, Card declined, Renewal payment failed, Zahlung fehlgeschlagen / abgelehnt),
  pending (Payment pending, Payment processing, Awaiting payment, Awaiting payment confirmation, Zahlung ausstehend
  / in Bearbeitung); None
  otherwise (a heading such as Payment receipt, Delivery docket, Your receipt, Booking summary, E-ticket,
  Rechnung or Quittung beside no outcome line is none).
* transaction_id: as printed; at most one per receipt (the bill's, receipt's, docket's, order's, purchase's,
  invoice's, booking's, ticket's or cremation's own number under the labels above). Never a GSTIN, VAT or tax
  number, a KOT or kitchen ticket, a customer, account or Kunden number, a tanker's registration, a meter reading,
  a seat, an explosives licence, a mobile number, a microchip, a practitioner's registration, licence or LANR, a
  lane, a drone operator's permit. None when none is printed.
* merchant_name: who was paid: the name on top (the parlour, the water supplier, the heating-oil firm, the Wi-Fi
  provider, the VPN, the fireworks shop, the stargazing operator, the crematorium, the clinic, the axe-throwing
  venue, the boat-trip operator, the drone studio); a server, cashier, customer, delivery man, driver, passenger,
  airline, account holder, owner, vet clinic, patient, practitioner, insurer, booker, group or company that
  booked, coach, guest, astronomer, skipper, vessel, client, contact or pilot is never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout63_families import (
    acupuncture_session,
    axe_throwing,
    drone_photography,
    fireworks_shop,
    heating_oil_delivery,
    ice_cream_parlour,
    inflight_wifi,
    pet_cremation,
    stargazing_night,
    vpn_renewal,
    water_can_delivery,
    whale_watching,
)

SPLIT = "heldout63"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
PARLOUR_FACES = [
    "liberation/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
]
WATER_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
HEATING_FACES = [
    "liberation2/LiberationMono-Bold.ttf",
    "noto/NotoSansMono-Bold.ttf",
    "freefont/FreeMono.ttf",
]
WIFI_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
VPN_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Bold.ttf",
    "freefont/FreeSansBold.ttf",
]
FIREWORK_FACES = [
    "liberation/LiberationSansNarrow-Bold.ttf",
    "noto/NotoSerif-Bold.ttf",
    "freefont/FreeSerifBold.ttf",
]
STAR_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
CREMATION_FACES = [
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerifItalic.ttf",
]
ACUPUNCTURE_FACES = [
    "noto/NotoSans-Italic.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
AXE_FACES = [
    "liberation2/LiberationSans-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
BOAT_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
]
DRONE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
FAMILIES: list[Family] = [
    ("ice_cream_parlour", ice_cream_parlour, PARLOUR_FACES),
    ("water_can_delivery", water_can_delivery, WATER_FACES),
    ("heating_oil_delivery", heating_oil_delivery, HEATING_FACES),
    ("inflight_wifi", inflight_wifi, WIFI_FACES),
    ("vpn_renewal", vpn_renewal, VPN_FACES),
    ("fireworks_shop", fireworks_shop, FIREWORK_FACES),
    ("stargazing_night", stargazing_night, STAR_FACES),
    ("pet_cremation", pet_cremation, CREMATION_FACES),
    ("acupuncture_session", acupuncture_session, ACUPUNCTURE_FACES),
    ("axe_throwing", axe_throwing, AXE_FACES),
    ("whale_watching", whale_watching, BOAT_FACES),
    ("drone_photography", drone_photography, DRONE_FACES),
]


def make_heldout63_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout63 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

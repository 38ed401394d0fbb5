"""heldout64: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout64).

Families (8 receipts each), drawn away from heldout2 to heldout63's layouts, half ordinary everyday payments and half
services and bookings of new kinds, whose pages name people under many roles (a cashier, a payer, a customer, a
sender, an owner, a player, a participant, a falconer, a student and a tutor, a walker and a guide, a jumper and a
jump master, a client, a guest) and places and businesses that are not the payee (a bank app's partner bank, a
courier, a café, library or inn hosting a workshop, a farm, school or club drilled for), print other days (an
expected delivery or arrival, a licence's period, a vaccination, a draw, an experience, a course's sessions, a
trek, a jump, a drilling, a float session) and numbers and amounts that are not the payment's (GSTIN, VAT and
USt-Id numbers, a loyalty, member, student, account or customer number, a terminal's TID, MID and batch, a rod
licence, fishing permit or Fischereischein, a UPI handle, an account number, IFSC, sort code, routing number or
IBAN, a courier's tracking number, a coupon, gift voucher or gift card code and what it takes off, a dog's licence,
tag, Steuermarke and microchip, a lottery line's numbers, a jackpot, a weight, an age, a jump's height, a rig's
registration, a survey number or a plot, a depth at a rate, a yield, an estimate and a balance beside an advance,
a booking's price and balance beside a deposit, a tendered sum and change, a round-off, a subtotal before tax), in
rupees (in Indian and western grouping, ₹ / Rs. / a whole-rupee ``Rs. 1,250/-`` / INR before or after), pounds, US
dollars and euros (Irish pages with €1,234.50, German pages with 1.234,50 €), marked by symbol or ISO code before or
after:
a candle, incense and puja goods shop's till bill (Sri Lakshmi Pooja Stores, Shubh Aroma Agarbatti House, Wick &
Willow Candle Co., Salt Marsh Candle Works, Kerzenhaus Lichtblick, Kilkenny Candle House: GSTIN / VAT Reg /
USt-IdNr., TAX INVOICE / CASH MEMO / SALES RECEIPT / Kassenbon, Cashier / Served by / Bediener, a Diwali,
Christmas or Advent offer, CGST and SGST or IGST added, VAT / MwSt. included, sales tax added, Round off, Net
Payable / Amt Payable / Bill Amount / TO PAY / TOTAL / Total to pay / Zu zahlen / SUMME / Gesamtsumme, the tender
with Tendered and Change, Loyalty card / Member No / Rewards # / Kundenkarte, Bill No / Sl. No. / Inv. No. / Sale #
/ Ticket # / Trans No / Bon / Vorgang / Bon-Nr., Date / Dt / Date/Time / Datum or a bare date line; ** PAID ** /
PAID / Payment accepted / *** BEZAHLT *** in a share), a fishing tackle and bait shop's card-terminal slip
(Mahseer Angling Tackle House, Konkan Rod & Reel Tackle, Wyeside Angling Centre, Bass Cove Bait & Tackle,
Angelsport Hecht & Barsch, Corrib Tackle & Bait: SALE / PURCHASE / CARD SALE / UPI QR SALE / Kartenzahlung, TID /
Terminal-ID, MID, BATCH / Kassenschnitt, DATE and TIME / Datum and Uhrzeit or one line, a scheme and masked number
with CHIP / CONTACTLESS / CHIP & PIN / kontaktlos / Chip, or a UPI QR sale with the shop's VPA and the payer,
AMOUNT / SALE AMT / TOTAL / BETRAG / Betrag EUR, one of RRN / REF NO / TRACE NO / STAN / AUTH CODE / Beleg-Nr. /
Trace-Nr., an Angling permit / Rod licence no / Fishing license # / Fischereischein-Nr. / Permit no, CUSTOMER COPY
/ Kundenbeleg; APPROVED / TRANSACTION APPROVED / Approved - thank you / DECLINED / NOT APPROVED / Transaction
declined / Zahlung erfolgt / Zahlung nicht erfolgt in most), a sports-nutrition store's online order e-mail
(HealthKart, Nutrabay, Myprotein, The Vitamin Shoppe, foodspring: proteins, creatine and shakers, a coupon, shipping
or FREE / kostenlos, GST included, VAT / MwSt. included, sales tax added, Order total / Grand total / Total /
Amount paid / Total charged / Gesamtsumme / Gesamt / Bezahlt, Payment method / Paid with / Zahlungsart, Order No /
Order # / Order reference / Bestellnummer, Order placed / Ordered on / Placed on / Bestelldatum, Ship to /
Delivering to / Lieferadresse, Courier / Versand mit and Tracking no / AWB / Sendungsnummer, Expected delivery /
Arriving by / Voraussichtliche Lieferung, loyalty points; Payment confirmed / Payment received / Payment failed /
Payment unsuccessful / Payment pending / Awaiting payment confirmation / Zahlung eingegangen / fehlgeschlagen /
ausstehend in a share), a neobank app's transfer screen (Niyo, Navi, Kroo, Chime, Vivid Money: the payee under To /
Sent to / Recipient / Paid to / Empfänger / An or under a headline sum as "to …" / "an …", UPI ID, A/c No and IFSC,
Sort code / Acc, Routing / Acct, IBAN, Amount / You sent / Transfer amount / Betrag, Transfer type / Via / Mode /
Sent via / Art / Zahlungsart with UPI, IMPS, Faster Payment, ACH or bank transfer, SEPA-(Echtzeit)überweisung,
From / Sender / Sent from / Von / Auftraggeber, Note / Reference / Memo / Verwendungszweck, UPI Ref No / UTR /
Transaction ID / Payment ID / Trace number / Transaktions-ID / End-to-End-ID, When / Date / Sent on / Datum /
Ausgeführt am, Expected arrival / Voraussichtlich gutgeschrieben, the partner bank's line; Money sent / Transfer
complete / Sent successfully / Payment done / Transfer failed / Payment could not be completed / Transaction
declined / Processing / Transfer in progress / Awaiting bank confirmation / Überweisung ausgeführt / Geld gesendet /
Überweisung fehlgeschlagen / wird bearbeitet always on the UPI pages and in most others), a council's dog licence
or dog tax receipt (Pune Municipal Corporation, Greater Hyderabad Municipal Corporation, Belfast City Council, King
County Pet Licensing, Stadt Leipzig Steueramt, Cork County Council: Owner / Licence holder / Applicant / Halter/in /
Steuerpflichtige/r, Dog / Pet name / Hund, Breed / Rasse, Microchip / Chip-Nr., Licence No / Licence number / Tag # /
Steuermarke Nr., Licence period / Valid until / Licence year / Steuerjahr, Rabies vaccination, Licence fee /
Hundesteuer, a neutered discount, a late fee, Total / Total fee / Amount / Amount paid / Fee paid / Zahlbetrag /
Gesamt / Bezahlt, Payment mode / Paid by / Zahlweg, Receipt No / Acknowledgement No / Transaction Ref /
Quittungsnummer / Belegnummer, Payment date / Date of payment / Date / Zahlungseingang / Datum; Payment successful /
Fee received / Payment failed / Transaction failed / Payment pending / Payment under process / Zahlung eingegangen /
fehlgeschlagen / in Prüfung in a share), an online lottery purchase (The National Lottery, Michigan Lottery, LOTTO
Hessen, Irish National Lottery, e-mail or screen: Player / Account holder / Spieler/in, Account no / Kundennummer,
Game / Spiel, lines of numbers, Draw date / Next draw / First draw / Ziehung / Erste Ziehung, Draws, Estimated
jackpot / Jackpot (geschätzt), lines x price x draws, Power Play / Megaplier / Spiel 77 / Lotto Plus,
Bearbeitungsgebühr, Total cost / Ticket cost / Total / Amount paid / Spieleinsatz gesamt / Gesamt / Bezahlt, Payment
method / Funded by / Paid from / Zahlungsart with a card or Account funds / Wallet balance / Guthaben im
Spielerkonto, Ticket ID / Ticket serial / Spielquittung-Nr. / Quittungsnummer, Purchased / Bought on / Purchase date
/ Date / Kaufdatum / Spielabgabe; Purchase successful / Payment taken / Payment failed / Card declined / Payment
pending / Kauf erfolgreich / Zahlung fehlgeschlagen / ausstehend in a share), a falconry experience booking (Raptor
Trails Bird of Prey Centre, Garud Falconry Experience, Pennine Falconry Centre, Hawk Hollow Falconry, Falknerei Burg
Greifenstein, Wicklow Hawk Walk Falconry: Lead participant / Name / Booked for / Teilnehmer/in, Experience /
Erlebnis, Experience date / Your date / Date of experience / Termin, Falconer / Falkner/in, Birds / Vögel, a gift
voucher's code and value, GST added, VAT / MwSt. included, paid in full under Total / Booking total / Total paid /
Amount received / Gesamtpreis / Bezahlt or a deposit under Deposit received / Deposit paid / Deposit / Deposit due /
Anzahlung erhalten / Anzahlung beside Experience price / Booking value / Gesamtpreis and Balance due on arrival /
Balance on the day / Restzahlung vor Ort, Paid via / Payment / Bezahlart, Booking ref / Reservation code /
Buchungscode, Booked on / Reserved on / Buchungsdatum; Payment received / Payment failed / Awaiting payment / Zahlung
erhalten / fehlgeschlagen / ausstehend in a share), a calligraphy or hand-lettering school's fee receipt (Akshara
Calligraphy Studio, Ink & Nib Lettering School, Quill & Copperplate Studio, Brush & Flourish Lettering Co.,
Schreibwerkstatt Feder & Tusche, Kells Script Calligraphy School: Student / Received from / Participant /
Teilnehmer/in, Student ID / Enrolment No / Teilnehmer-Nr., Course / Kurs, Sessions / Starts / Workshop date /
Kurstermine / Kursbeginn, Tutor / Instructor / Kursleitung, Venue / Ort, Course fee / Kursgebühr, a materials kit,
GST / sales tax added, VAT / MwSt. included, Total / Fee / Amount received / Course fee paid / Kursgebühr gesamt /
Gesamt, Mode / Paid by / Zahlungsweise, Receipt No / Voucher No. / Our ref / Quittungs-Nr., Received on / Payment
date / Date / Datum; Received with thanks / PAID / ** PAID ** / Bezahlt - vielen Dank in a share), an alpaca or
llama trek booking (Lakeland Alpaca Trekking, Sunny Ridge Llama Treks, Alpakahof Tannenwiese, Burren Alpaca Walks;
no rupee pages: Booked by / Lead walker / Name / Gebucht von, Trek date / Walk on / Your trek / Wanderung am /
Termin, Meet at / Meeting time / Treffpunkt, the animals' names, Guide / Begleitung, adults and children at a rate,
a picnic hamper or feeding add-on, VAT / MwSt. included, sales tax added, Total / Amount / Trek total / Total paid /
Gesamt / Bezahlt, Payment / Paid via / Card used / Zahlart, Booking code / Ticket No / Voucher number /
Buchungsnr., Booking date / Booked / Gebucht am; heldout62's shared outcome wordings in a share), a bungee jump
ticket (Ganga Heights Bungy Rishikesh, Sahyadri Bungee Point, Tyne Bridge Bungee Co., Rio Grande Gorge Bungee,
Bungee Brücke Allgäu, Shannon Bungee Jumps: JUMP TICKET / E-ticket / Booking confirmation / Sprungticket, Jumper /
Name / Participant / Springer/in, Weight / Gewicht, Age / Alter, Jump height / Sprunghöhe, Jump date / Slot / Your
jump / Sprungtermin, Jump master / Instructor / Jumpmaster, a video package, GST / sales tax added, VAT / MwSt.
included, Total / Ticket total / Amount / Total paid / Gesamtpreis / Bezahlt, Payment mode / Paid using /
Zahlungsart, Jump ticket no / Ticket # / Booking ID / Ticketnummer, Booked on / Issued / Date / Gekauft am;
heldout62's shared outcome wordings in a share), a borewell or water-well driller's receipt (Sri Manjunatha
Borewells, Bhoomi Borewell Drilling & Pump Services, Wessex Borehole Drilling Ltd, High Plains Water Well Drilling,
Brunnenbau Hartmann GmbH, Midlands Well Drilling: ADVANCE RECEIPT / RECEIPT / Invoice / Receipt / Final bill /
Anzahlungsrechnung / Rechnung, Client / Customer / Received from / Auftraggeber / Kunde, Site / Bohrstelle with a
survey number, grid reference, parcel, Flurstück or folio, Rig No / Rig reg / Bohrgerät, Drilling on / Rig
scheduled / Drilled on / Date of drilling / Bohrtermin / Bohrdatum, depth in feet or metres at a rate, casing pipe,
flushing or a pump test, water struck and its yield, GST / VAT / MwSt. added, paid in full under Total / Invoice
total / Amount received / Rechnungsbetrag / Gesamt or an advance under Advance received / Advance paid / Anzahlung
erhalten beside Estimated cost / Estimate total / Angebotssumme and Balance on completion / Rest nach
Fertigstellung, Mode / Paid by / Zahlweg, Receipt No / Voucher No / Invoice # / Rechnungs-Nr., Date / Received on /
Rechnungsdatum; Paid with thanks / PAID / Bezahlt in a share) and a flotation-tank centre's booking receipt (Still
Waters Float Studio, Zero-G Float Centre, Drift Float Centre Brighton, Deep Blue Float Spa, Floating-Lounge
Schwerelos, Lee Float Studio Cork: Guest / Client / Name / Gast, Member no / Membership # / Mitgliedsnr., Float /
Anwendung, Session / Float time / Appointment / Termin, Pod / Room / Raum, robe hire or a CBD oil, a gift card's code
and value, GST / sales tax added, VAT / MwSt. included, Total / Amount due / Total paid / Amount charged / Gesamt /
Bezahlt, Paid with / Payment method / Zahlungsmittel, Appointment ID / Booking # / Confirmation / Buchungsnummer,
Purchased / Booked / Booking made / Gebucht; Payment received / Payment complete / Payment declined / Payment
unsuccessful / Payment in progress / Payment processing / Zahlung erhalten / abgelehnt / in Bearbeitung in a share).
The neobank pages print an outcome always over UPI and in most others; the supplement, dog-licence, lottery,
falconry, alpaca, bungee and float pages an outcome in a share (success, failed or pending); the tackle slips an
approval or a decline in most; the candle, calligraphy and drilling pages a success in a share; none otherwise.
Ways to pay are worded as heldout62 words them, and further as UPI QR, Scan & Pay (UPI), UPI - BHIM app, VISA DEBIT
XX1234, Card (RuPay), IMPS, Net banking (HDFC), Cash received, By cash, VISA DEBIT ****1234, Debit Mastercard,
Online bank transfer, Debit card ••1234, Visa credit, Bank transfer (ACH), Visa Credit ****1234, Bank transfer,
Debitkarte, Kartenzahlung (Visa), SEPA-Überweisung, under labels as heldout62's and also Paid using / Payment via /
Settled with / Tender type / Pay mode / Funding / Bezahlart / Zahlungsweise / Zahlweg; a slip's masked card or UPI
sale, a transfer's mode, a lottery account's funds (a wallet) state the way; online pages name no card tapped or
inserted. Dates: one pattern per page, day first on Indian, UK, Irish and German pages, month first on US pages,
among them two-digit years, weekdays, ordinals, ISO and German month names. Faces: every family in faces the
project installs (``make system-deps``), none in DejaVu (listed below per family); the rupee pages print ₹ only in
faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Long names on top set a page only just wider
than the name, and a longer line under it widens the page to hold it (``heldout62_families._page``). Degradations
as heldout63 (``heldout14_render.degrade``; a photo of the screen for the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, extras and a round-off included, discounts, offers, coupons, gift vouchers
  and gift cards taken off, as "1234.50"; currency its ISO code. The till's, slip's, order's, transfer's, licence
  receipt's, ticket's, booking's, receipt's or invoice's total (never an item, a rate, a subtotal, a tax, VAT or
  MwSt. included, a discount, the cash tendered or the change, a shipping or fee line, a jackpot, a weight, an
  estimate or a booking's price beside an advance or a deposit, a balance due). On a falconry deposit booking the
  deposit, on a driller's advance receipt the advance (never the price nor the balance). For a failed or pending
  payment the amount attempted (under a total's or an amount's wording, never Amount paid / Total paid / Total
  charged / Amount received / Fee paid / Paid from / Bezahlt).
* date: the payment date, ISO, only where printed, one per page: the till's Date / Dt / Date/Time / Datum or its
  bare date line; the slip's DATE / Datum or its date line; Order placed / Ordered on / Placed on / Bestelldatum;
  When / Date / Sent on / Datum / Ausgeführt am; Payment date / Date of payment / Date / Zahlungseingang / Datum;
  Purchased / Bought on / Purchase date / Date / Kaufdatum / Spielabgabe; Booked on / Reserved on / Buchungsdatum;
  Received on / Payment date / Date / Datum; Booking date / Booked / Gebucht am; Booked on / Issued / Date / Gekauft
  am; Date / Received on / Rechnungsdatum; Purchased / Booked / Booking made / Gebucht; where the payment failed or
  waits, the day it was tried under Date / Date & time / Datum. Never an expected delivery
  or arrival, a licence's period or end, a vaccination, a draw, an experience, a course's sessions or start, a trek,
  a jump, a drilling or its schedule, a float session. Day first on Indian, UK, Irish and German pages, month first
  on US pages; a two-digit year is in this century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" as heldout62 and the list above map the wordings (a
  bank transfer, IMPS, ACH, Faster Payment or SEPA transfer is net banking, the product's documented convention;
  Google Pay off India is a wallet; a lottery account's funds are a wallet; a slip's masked card is a card, its UPI
  QR sale UPI); None where no way to pay is printed (a transfer screen naming the sender's account but no mode is
  None).
* status: only where words state the outcome: success (PAID, ** PAID **, *** BEZAHLT ***, Payment accepted, APPROVED,
  TRANSACTION APPROVED, Approved - thank you, Zahlung erfolgt, Payment confirmed, Payment received, Payment
  complete, Payment Successful, Payment successful, Transaction successful, Fee received, Money sent, Transfer
  complete, Sent successfully, Payment done, Überweisung ausgeführt, Geld gesendet, Purchase successful, Payment
  taken, Kauf erfolgreich, Received with thanks, Paid with thanks, Bezahlt, Bezahlt - vielen Dank, Zahlung
  eingegangen / erhalten / erfolgreich), failed (DECLINED, NOT APPROVED, Transaction declined, Zahlung nicht
  erfolgt, Payment failed, Payment Failed, Payment unsuccessful, Transaction failed, Payment was declined, Payment
  declined, Card declined, Transfer failed, Payment could not be completed, Überweisung fehlgeschlagen, Zahlung
  fehlgeschlagen / abgelehnt), pending (Payment pending, Payment Pending, Payment processing, Payment in progress,
  Payment under process, Awaiting payment, Awaiting payment confirmation, Awaiting bank confirmation, Processing,
  Transfer in progress, Überweisung wird bearbeitet, Zahlung ausstehend / in Bearbeitung / in Prüfung); None
  otherwise (a heading such as TAX INVOICE, CASH MEMO, SALE, Order confirmation, Ticket purchase, Booking
  confirmation, FEE RECEIPT, ADVANCE RECEIPT, JUMP TICKET, Kassenbon or Quittung beside no outcome line is none).
* transaction_id: as printed; at most one per receipt (the bill's, slip's, order's, transfer's, receipt's, ticket's,
  booking's, appointment's or invoice's own number under the labels above). Never a GSTIN, VAT or USt-Id number, a
  TID, MID or batch, a loyalty, member, student, enrolment, customer or account number, a licence, tag, Steuermarke,
  permit or microchip number, a UPI handle, an account number, IFSC, sort code, routing number or IBAN, a tracking
  number or AWB, a coupon, voucher or gift-card code, a lottery line, a rig's registration, a survey number, plot,
  grid reference or folio. None when none is printed.
* merchant_name: who was paid: the name on top (the shop, the store, the council or city, the lottery operator, the
  falconry centre, the school, the farm, the bungee operator, the driller, the float centre), and on a neobank's
  transfer the payee under To / Sent to / Recipient / Paid to / Empfänger / An or after "to" / "an" under the
  headline sum (the app on top and its partner bank are never the payee); a cashier, payer, customer, sender,
  owner, dog, player, participant, falconer, bird, student, tutor, venue, walker, guide, animal, jumper, jump
  master, client, site or guest is never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout64_families import (
    alpaca_trek,
    borewell_drilling,
    bungee_jump,
    calligraphy_workshop,
    candle_shop_till,
    dog_licence,
    falconry_experience,
    float_session,
    lottery_ticket,
    neobank_transfer,
    supplement_order,
    tackle_card_slip,
)

SPLIT = "heldout64"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
CANDLE_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
SLIP_FACES = [
    "liberation/LiberationMono-Bold.ttf",
    "noto/NotoSansMono-Bold.ttf",
    "freefont/FreeMonoBold.ttf",
]
SUPPLEMENT_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
NEOBANK_FACES = [
    "noto/NotoSans-Bold.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
DOG_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
LOTTERY_FACES = [
    "liberation2/LiberationSans-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
FALCONRY_FACES = [
    "noto/NotoSerif-Bold.ttf",
    "liberation2/LiberationSerif-Bold.ttf",
    "freefont/FreeSerifBold.ttf",
]
CALLIGRAPHY_FACES = [
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
]
ALPACA_FACES = [
    "noto/NotoSans-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
]
BUNGEE_FACES = [
    "liberation/LiberationSansNarrow-Bold.ttf",
    "noto/NotoSans-Bold.ttf",
    "freefont/FreeSansBold.ttf",
]
DRILLING_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeMono.ttf",
]
FLOAT_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSansOblique.ttf",
]
FAMILIES: list[Family] = [
    ("candle_shop_till", candle_shop_till, CANDLE_FACES),
    ("tackle_card_slip", tackle_card_slip, SLIP_FACES),
    ("supplement_order", supplement_order, SUPPLEMENT_FACES),
    ("neobank_transfer", neobank_transfer, NEOBANK_FACES),
    ("dog_licence", dog_licence, DOG_FACES),
    ("lottery_ticket", lottery_ticket, LOTTERY_FACES),
    ("falconry_experience", falconry_experience, FALCONRY_FACES),
    ("calligraphy_workshop", calligraphy_workshop, CALLIGRAPHY_FACES),
    ("alpaca_trek", alpaca_trek, ALPACA_FACES),
    ("bungee_jump", bungee_jump, BUNGEE_FACES),
    ("borewell_drilling", borewell_drilling, DRILLING_FACES),
    ("float_session", float_session, FLOAT_FACES),
]


def make_heldout64_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout64 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

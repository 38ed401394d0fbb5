"""heldout62: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout62).

Families (8 receipts each), drawn away from heldout2 to heldout61's layouts, half ordinary everyday payments and half
services and bookings of new kinds, whose pages name people under many roles (a payer, a parent and a child, an
applicant and the person on a certificate, a card holder, a sender, a lead booker and a marshal, a flyer and a pilot,
a depositor and an attendant, a delegate, a bride and an artist, a client, a partner and an astrologer) and places and
businesses that are not the payee (a payment app or a bank on top, an acquirer or a terminal's maker over a shop, an
app's banking partner, a courier, a hospital or a register office, a group or a company that booked, a railway, a
venue hotel, a delegate's employer), print other days (a delivery, a birth, a death or a marriage, a dispatch or a
collection, a game, a flight and its backup day, a drop-off, a last collection time, a conference's days, a
function, a follow-up, a next allowance, an expected credit) and numbers and amounts that are not the payment's (UPI
handles, TID, MID, batch and AID numbers, masked cards and accounts, IFSC, sort codes, routing numbers, IBAN and BIC,
registration, tag, badge, delegate, member, tracking and PNR numbers, a GSTIN or a VAT number, weights in kg or lbs,
a time of birth, rates per player, bag, day or guest, a subtotal before tax, a coupon, a balance before or after, a
weekly allowance, cover per bag, a package's value and the balance beside an advance, cashback and coins), in rupees
(in Indian and western grouping, ₹ / Rs. / a whole-rupee ``Rs. 1,250/-`` / INR before or after), pounds, US dollars
and euros (Irish pages with €1,234.50, German pages with 1.234,50 €), marked by symbol or ISO code before or after:
a UPI payment screen in an app no set used before (super.money, Tata Neu, Fi Money, Jupiter; the payee a shop or a
milkman under Paid to / To / Sent to / Payee / Merchant / Paying or as the heading, its handle under UPI ID / VPA /
UPI handle, UPI Lite in a share, UPI Ref No / UPI transaction ID / UTR / Bank reference no. / RRN / NPCI Ref / Ref. ID,
Date & time / When / Paid on or a bare date line; the outcome always printed: Payment Successful / Paid successfully /
Transaction successful / Payment done, Payment Failed / Transaction failed / Payment declined by bank / Payment
unsuccessful, Payment Pending / Payment processing / Awaiting bank confirmation / Pending at bank), a crockery and
kitchenware shop's card-terminal slip (Shree Ram Crockery House, Bharat Steel & Crockery Mart, Pan & Ladle Cookshop,
Copper Kettle Kitchen Supply, Haushaltswaren Kaiser, The Kitchen Drawer Kilkenny; HDFC BANK / AXIS BANK / ICICI BANK
/ Mswipe / Ezetap / Worldpay / Barclaycard Payments / Verifone / Fiserv / Worldline / Payone / Elavon over the shop in
a share: TID / Terminal ID / Terminal-ID, MID / Merchant ID / Händler-Nr., Batch / Kassenschnitt, SALE / PURCHASE /
CARD SALE / Kartenzahlung, ENTRY / MODE / Eingabe, AMOUNT / SALE AMOUNT / BASE AMOUNT / TOTAL AMOUNT / AMT / TOTAL /
SALE / Betrag / Summe / Gesamtbetrag, one of RRN / RRN NO / REF NO / APPR CODE / AUTH CODE / APPROVAL CODE / INVOICE
NO / INV NO / REF # / Receipt No / APPROVAL # / AUTH NO / TRAN # / TRANS NO / Beleg-Nr. / Genehmigungs-Nr. /
Autorisierungs-Nr., DATE and TIME on one line or apart; APPROVED / TXN APPROVED / APPROVED - THANK YOU / AUTHORISED /
DECLINED / TXN DECLINED / NOT AUTHORISED / Zahlung erfolgt / Zahlung abgelehnt in a share), a baby store's online
order (FirstCry, Hopscotch, JoJo Maman Bébé, Hanna Andersson, babymarkt.de: Order No / Order ID / Order # / Order
number / Bestellnummer / Bestell-Nr., Order date / Ordered on / Placed on / Bestelldatum / Bestellt am, a club
discount or coupon, shipping, GST / VAT / MwSt. included or US tax added, Order Total / Grand Total / Total paid /
Amount paid / Gesamtsumme / Gesamtbetrag, Payment method / Paid via / Payment mode / Zahlungsart, Ship to, a courier
and its tracking number, Estimated delivery / Arriving by / Expected by / Voraussichtliche Lieferung), a pocket-money
app's top-up (FamPay, Akudo, GoHenry, Greenlight, Bling: Added to / For / Card holder / Teen / Kind, Loaded by /
Parent / Eltern, Top-up amount / Load amount / Amount / Amount added / Betrag beside a headline sum, New balance /
Previous balance / Kontostand, Paid using / Source / Funded from / Zahlungsquelle, Transaction ID / Top-up ID /
Reference / Ref / Referenz, Date / Added on / Date & time / Datum, Weekly allowance and Next allowance; Top-up
successful / Money added successfully / Load successful / Top-up failed / Load failed / Could not add money / Top-up
pending / Processing your top-up / Aufladung erfolgreich / fehlgeschlagen / wird bearbeitet in a share, else Top-up
receipt / Load receipt / Aufladebeleg), a bank's transfer confirmation (AU Small Finance Bank, Equitas Small Finance
Bank, Bandhan Bank, RBL Bank, Metro Bank, Citizens Bank, PTSB, Postbank: the beneficiary under Beneficiary /
Beneficiary name / To / Payee name / Credited to / Empfänger, in capitals in a share, From / Remitter / Debit account
/ Auftraggeber, IMPS / NEFT / RTGS / Faster Payment(s) / Bank transfer / ACH transfer / Wire transfer / Online bank
transfer / SEPA Credit Transfer / SEPA Instant / SEPA-Überweisung / Echtzeitüberweisung / Überweisung under Transfer
mode / Mode / Payment type / Via / Zahlungsart, Amount / Transfer amount / Amount transferred / Betrag or a headline
sum, Charges Nil, Remarks / Narration / Reference / Memo / Message / Verwendungszweck, UTR / UTR No. / IMPS Ref No. /
Transaction Ref. No. / Transaction ID / Confirmation number / Confirmation # / Transaction reference /
Transaktions-ID / End-to-End-Referenz, Date / Transaction date / Date & time / Initiated on / Ausgeführt am / Datum,
Expected credit by; Transfer successful / Transaction Successful / Funds transferred successfully / Payment
completed / Transfer failed / Transaction unsuccessful / Payment rejected by beneficiary bank / Transfer under
process / Pending with beneficiary bank / Payment in progress / Überweisung ausgeführt / Auftrag erfolgreich
ausgeführt / Überweisung abgelehnt / Auftrag fehlgeschlagen / Überweisung in Bearbeitung in three pages of four), a
register office's receipt for copies of a birth, death or marriage certificate (Bruhat Bengaluru Mahanagara Palike,
Greater Chennai Corporation, General Register Office, Cook County Clerk's Office, Standesamt Köln, General Register
Office Ireland: Applicant / Applicant name / Ordered by / Antragsteller/in, Child's name / Name on certificate / Name
of deceased / Parties, Date of birth / DOB / Date of death / Date of marriage / Geburtsdatum / Sterbedatum, Place of
birth / death / marriage, Registration No / Reg. No. / Entry number / Registernummer, copies at a fee, a search,
priority, processing or convenience fee, postage, Total fee / Total / Total amount / Amount paid / Gesamtgebühr /
Gebühr, Receipt No / Transaction No / Application Ref / Order reference / Kassenzeichen / Quittungsnummer, Payment
mode / Paid by / Payment method / Zahlungsart, Payment date / Date of payment / Date / Datum, Dispatch by / Ready for
collection from / Expected dispatch / Abholbereit ab), a paintball site's booking (Red Zone Paintball Arena
Gurugram, Camp Splatter Paintball Lonavala, Ambush Woods Paintball Surrey, Canyon Ridge Paintball Park, Paintball
Arena Lüneburg, Leitrim Woodland Paintball: Group / Event / Party / Gruppe, Lead booker / Organiser / Contact /
Ansprechpartner, Game date / Play date / Spieltag, Field, Marshal, Waivers signed, players at a rate, extras, GST
added or VAT / MwSt. included, Total / Total amount / Total paid / Amount received / Gesamt / Rechnungsbetrag,
Booking ref / Game ID / Confirmation # / Buchungs-Nr., Paid via / Payment / Zahlart, Booked on / Booking date /
Payment received on / Gebucht am; Payment received / Fully paid / PAID / Bezahlt in a share), a tandem paragliding
flight (Bir Billing Paragliding Co., Kamshet Sky Riders, Peak Tandem Paragliding, Torrey Pines Gliderport, Flugschule
Tegelberg, Achill Tandem Paragliding; in half under Headout with the operator under Operator / Experience by /
Activity partner: Flyer / Passenger / Guest / Fluggast, Weight, Pilot / Tandem pilot, Take-off / Landing, Flight
slot / Flight date / Slot / Flugtermin, Weather backup day / Backup date / Ersatztermin, a booking fee, GST, Total /
Order total / Total paid / Amount charged / Gesamtpreis, Booking ID / Voucher No / Ticket ID / Gutschein-Nr., Payment
method / Paid with / Zahlungsart, Booked on / Purchased / Order date / Buchungsdatum; Payment successful / confirmed
/ Paid in full / Payment failed / Card payment declined / Payment pending / Awaiting payment / Zahlung ... in a
share), a left-luggage office's or cloak room's receipt (Jaipur Junction Cloak Room, SafeBags Luggage Storage
Madgaon, StowAway Left Luggage Euston, Grand Central Bag Check, Gepäckcenter Köln Hbf, Heuston Left Luggage: Name /
Passenger / Depositor, Rail ticket PNR / Journey ticket PNR, ID seen / Ausweis, Bags / Items / Pieces, Tag No / Bag
tags / Tag nos / Marken-Nr., paid at drop-off (Drop-off time / Deposited at and Collect by / Valid until / Abholung
bis) or at collection (Deposited / Drop-off / Eingelagert, an earlier day), bags x days at a rate, an oversize item,
Cover per bag up to, Total / Amount collected / Charges / TOTAL / Gesamt / Summe, Mode / Paid by / Payment / Zahlart,
Receipt No / Token No / Cloak Room Ticket No / Voucher No / Ticket No / Receipt # / Beleg-Nr. / Quittung Nr., Date /
Receipt date / Datum, Attendant / Counter staff / Issued by / Mitarbeiter), a conference's registration (Pune Data
Science Society, Bengaluru Product Guild, Leeds Digital Festival Ltd, Midwest Nursing Educators Association,
Frankfurter Fachforum GmbH, Cork Founders Forum CLG; in a share under Konfhub / Townscript / Tito with the organiser
under Organised by / Organizer / Hosted by: Event / Veranstaltung, Event dates / When / Conference dates /
Leistungsdatum, Venue, Attendee / Delegate / Participant / Teilnehmer/in, Organisation / Company / Firma, GSTIN /
Company VAT No / USt-IdNr. / Member #, Badge ID / Delegate ID / Badge-Nr., a platform fee, CGST and SGST or IGST,
VAT added, net plus zzgl. 19% MwSt., Total amount / Grand total / Amount paid / Gesamtbetrag (brutto) /
Rechnungsbetrag, Order ID / Order reference / Invoice No / Registration No / Invoice # / Rechnungsnummer, Payment
method / Paid via / Zahlungsart, Order date / Registered on / Invoice date / Date / Rechnungsdatum), a bridal
mehendi (henna) artist's receipt (Rang Mehendi Studio Jaipur, Farzana's Bridal Mehendi Hyderabad, Henna by Aisha
Leicester, Mehndi Designs by Priya, Dublin Henna Studio: Bride / Client / Booked for, Function / Occasion, Function
date / Event date / On, Venue, Lead artist / Artist; paid in full under Total / Amount received / Grand Total, or an
advance under Advance paid / Booking amount received / Advance received beside Package total / Total package /
Order value and Balance on the day / Balance due on function day; Receipt No / Booking No / Slip No, Mode / Paid by
/ Payment mode, Date / Received on / Booking date) and an astrologer's or tarot reader's consultation receipt (Shri
Jyotish Kendra Varanasi, Navagraha Vastu & Astrology Centre, Mystic Moon Tarot Brighton, Desert Star Astrology,
Astrologie-Praxis Sternweg, Kinsale Tarot Readings: Client / Name / Querent / Jatak / Klient/in, Date of birth / DOB /
Birth date / Geburtsdatum, Time of birth, Place of birth, Partner / Match with / Partner/in, Astrologer / Reader /
Consultant / Astrologin, GST or USt. included, Total / Fee received / Amount / Honorar / Gesamt, Receipt No /
Consultation ID / Ref / Rechnung Nr., Paid by / Mode / Payment / Zahlart, Date / Receipt date / Datum, Follow-up /
Next sitting / Folgetermin; Payment confirmed / Payment received / Zahlung erhalten in a share of online
consultations). The UPI screens always print an outcome; the slips, baby store, top-up, transfer, certificate,
paragliding and conference pages in a share (success, failed or pending); the paintball and astrology pages a
success in a share; the luggage and mehendi receipts none. Ways to pay are worded many ways (UPI, UPI - Google Pay,
UPI (PhonePe), BHIM UPI, UPI / Paytm, Paid via UPI, Debit Card (Visa), Credit Card XXXX 1234, RuPay Debit ****1234,
Mastercard ending 1234, HDFC Credit Card, Net Banking, Netbanking - SBI, Internet Banking (ICICI), NEFT, Paytm
Wallet, MobiKwik Wallet, Amazon Pay balance, Cash, CASH, Cash at counter, Nagad, Visa Debit ****1234, Mastercard
contactless, Contactless, Chip & PIN, Amex, Debit card, Visa ending 1234, Mastercard ••1234, AMEX, Credit card,
Debit, Apple Pay, Google Pay and PayPal off India, Bank transfer, Faster Payment, ACH transfer, Bank transfer (SEPA),
girocard, EC-Karte, Kreditkarte, Visa, Mastercard kontaktlos, Überweisung, Bar, Barzahlung); online pages name no
card tapped or inserted. Dates: one pattern per page, day first on Indian, UK, Irish and German pages, month first
on US pages, among them two-digit years, weekdays, ordinals (12th March 2025), ISO and German month names (5. März
2025). Faces: every family in faces the project installs (``make system-deps``), none in DejaVu (listed below per
family); the rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Long
names on top set a page only just wider than the name (``heldout60_families._tight``); a longer line under it widens
the page to hold it (``heldout61_families._fit``). Degradations as heldout61 (``heldout14_render.degrade``; a photo
of the screen for the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees and extras included, discounts and coupons taken off, as "1234.50"; currency
  its ISO code. The sum in large type on a UPI or top-up screen, the slip's AMOUNT / TOTAL / Betrag line, the
  order's, fee's, booking's or invoice's total (never an item, a rate, a fee line, a tax, VAT or MwSt. included, a
  Subtotal / Zwischensumme / Nettobetrag, a discount, a balance before or after, an allowance, cover per bag,
  cashback). On a transfer the sum transferred. On a mehendi advance receipt the advance paid (never the package's
  value nor the balance on the day). For a failed or pending payment the amount attempted (under a total's wording,
  never Amount paid / Total paid / Amount transferred / Amount added).
* date: the payment date, ISO, only where printed, one per page: on a UPI screen the date line or Date & time / When
  / Paid on; the slip's DATE / Datum; Order date / Ordered on / Placed on / Bestelldatum / Bestellt am; Date / Added
  on / Date & time / Datum; Date / Transaction date / Date & time / Initiated on / Ausgeführt am; Payment date / Date
  of payment / Date / Datum; Booked on / Booking date / Payment received on / Gebucht am; Booked on / Purchased /
  Order date / Buchungsdatum; Date / Receipt date / Datum; Order date / Registered on / Invoice date / Date /
  Rechnungsdatum; Date / Received on / Booking date. Never a delivery, a birth, a death or a marriage, a dispatch or
  a collection, a game, a flight or its backup day, a drop-off or deposit, a Collect by / Valid until day, a
  conference's days or Leistungsdatum, a function, a follow-up, a next allowance or an expected credit. Day first on
  Indian, UK, Irish and German pages (a Headout page for a German operator is in English), month first on US pages;
  a two-digit year is in this century.
* payment_method: "UPI" (every UPI screen: its payee's UPI handle, with UPI / UPI Lite under a mode label in a share;
  UPI - Google Pay, UPI (PhonePe), BHIM UPI, UPI / Paytm, Paid via UPI), "card" (every slip; a card's scheme or kind, Chip & PIN, contactless, girocard,
  EC-Karte, Kreditkarte), "wallet" (Paytm Wallet, MobiKwik Wallet, Amazon Pay balance, Apple Pay, PayPal, Google Pay
  on a page not in rupees), "netbanking" (Net Banking, Netbanking - SBI, Internet Banking, NEFT, every transfer
  confirmation: IMPS, NEFT, RTGS, Faster Payment(s), ACH or wire transfers, SEPA, Überweisung; a bank transfer is net
  banking, the product's documented convention), "cash" (Cash, Cash at counter, Nagad, Bar, Barzahlung); None where no
  way to pay is printed.
* status: only where words state the outcome: success (Payment Successful, Paid successfully, Transaction successful,
  Payment done, Payment received, Payment complete, Payment confirmed, Paid in full, Fully paid, PAID, APPROVED, TXN
  APPROVED, APPROVED - THANK YOU, AUTHORISED, Top-up successful, Money added successfully, Load successful, Transfer
  successful, Funds transferred successfully, Payment completed, Zahlung erfolgreich / erfolgt / eingegangen /
  erhalten, Bezahlt, Gebühr bezahlt, Aufladung erfolgreich, Überweisung ausgeführt, Auftrag erfolgreich ausgeführt),
  failed (Payment Failed, Payment unsuccessful, Transaction failed, Payment was declined, Payment declined by bank,
  Card payment declined, DECLINED, TXN DECLINED, NOT AUTHORISED, Top-up failed, Load failed, Could not add money,
  Transfer failed, Transaction unsuccessful, Payment rejected by beneficiary bank, Zahlung fehlgeschlagen / abgelehnt,
  Aufladung fehlgeschlagen, Überweisung abgelehnt, Auftrag fehlgeschlagen), pending (Payment Pending, Payment
  processing, Awaiting bank confirmation, Pending at bank, Awaiting payment confirmation, Awaiting payment, Top-up
  pending, Processing your top-up, Transfer under process, Pending with beneficiary bank, Payment in progress,
  Zahlung in Bearbeitung / ausstehend, Aufladung wird bearbeitet, Überweisung in Bearbeitung); None otherwise (a
  heading such as Order summary, Top-up receipt, Booking details, Flight voucher, Gebührenquittung or Überweisung,
  or a slip's PIN VERIFIED OK, beside no outcome line is none).
* transaction_id: as printed; at most one per receipt (the UPI reference under its label; the slip's one RRN / REF /
  approval code / INVOICE NO / TRAN # / Beleg-Nr.; the order's, top-up's, transfer's, certificate receipt's,
  booking's, ticket's, registration's or receipt's own number under the labels above). Never a UPI handle, a TID,
  MID, batch or AID, a card's or an account's digits, an IFSC, sort code, routing number, IBAN or BIC, a registration
  or entry number, a tracking number, a rail ticket's PNR, a bag tag, a badge, delegate or member number, a GSTIN or
  VAT number, an ID seen. None when none is printed.
* merchant_name: who was paid: the name on top (the shop over which an acquirer or a terminal's maker may print its
  name, the store, the pocket-money app, the register office, the paintball site, the operator, the left-luggage
  office, the organiser, the mehendi studio, the astrologer), the payee of a UPI screen (under its label or as the
  heading under the app's name), the beneficiary of a transfer as printed (in capitals where so printed), or, where
  Headout, Konfhub, Townscript or Tito is on top, the business it names under Operator / Experience by / Activity
  partner / Organised by / Organizer / Hosted by; a payer, a parent, a child, an applicant, a person on a
  certificate, a sender, a lead booker, a group or company that booked, a marshal, a pilot, an attendant, a delegate
  or their employer, a venue, a hospital, a courier, a bank or banking partner, a bride, an artist or an astrologer is
  never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout62_families import (
    astrology_consult,
    baby_store_order,
    bank_transfer,
    card_slip,
    civil_certificate,
    conference_registration,
    left_luggage,
    mehendi_booking,
    paintball_booking,
    paragliding_flight,
    teen_card_topup,
    upi_screen,
)

SPLIT = "heldout62"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
UPI_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_MONO = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Bold.ttf",
    "freefont/FreeMono.ttf",
]
BABY_FACES = [
    "noto/NotoSans-Bold.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
TOPUP_FACES = [
    "liberation2/LiberationSans-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
TRANSFER_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
CERTIFICATE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Bold.ttf",
    "freefont/FreeSerif.ttf",
]
PAINTBALL_FACES = [
    "liberation/LiberationSansNarrow-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
PARAGLIDING_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "freefont/FreeSans.ttf",
]
LUGGAGE_MONO = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Bold.ttf",
    "freefont/FreeMonoBold.ttf",
]
CONFERENCE_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
MEHENDI_FACES = [
    "noto/NotoSerif-Italic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "freefont/FreeSerifItalic.ttf",
]
ASTROLOGY_FACES = [
    "freefont/FreeSerifBold.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("upi_screen", upi_screen, UPI_FACES),
    ("card_slip", card_slip, SLIP_MONO),
    ("baby_store_order", baby_store_order, BABY_FACES),
    ("teen_card_topup", teen_card_topup, TOPUP_FACES),
    ("bank_transfer", bank_transfer, TRANSFER_FACES),
    ("civil_certificate", civil_certificate, CERTIFICATE_FACES),
    ("paintball_booking", paintball_booking, PAINTBALL_FACES),
    ("paragliding_flight", paragliding_flight, PARAGLIDING_FACES),
    ("left_luggage", left_luggage, LUGGAGE_MONO),
    ("conference_registration", conference_registration, CONFERENCE_FACES),
    ("mehendi_booking", mehendi_booking, MEHENDI_FACES),
    ("astrology_consult", astrology_consult, ASTROLOGY_FACES),
]


def make_heldout62_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout62 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

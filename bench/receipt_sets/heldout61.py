"""heldout61: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout61).

Families (8 receipts each), drawn away from heldout2 to heldout60's layouts: sport and leisure tills, show and
session bookings, outdoor and household services, a clinic, a subscription and a made-to-order shop, whose pages name
people under many roles (an archer and a coach, a lead visitor, a band and its booker and an engineer, a climber, a
cashier, a driver, a patient and a podiatrist, a member and the parent who manages the profile, a consultant who
measured) and places and businesses that are not the payee (a school group, a club or company that ordered, the
stations of a ropeway, a site, a treatment works, an insurer, a booking app on top), print other days (a session, a
show, a cancellation deadline, works carried out, a delivery and a collection, a ready day, a service and the next
one due, a birth, a next appointment, a plan's end, a return journey's last day, a fitting) and numbers and amounts
that are not the payment's (lane, counter, cabin, table and member numbers, Quote, TPO, permit, waste transfer note,
licence, registration, NPI, insurer member, profile, design, fabric and barcode numbers, vehicles' registrations,
stitch counts, litres and gallons, start and end times, window sizes in mm, rates per hour, per tonne and per
piece, a one-off fee, a discount, a coupon, an insurance adjustment, an order's value and the balance owed beside an
advance, cash tendered and change, a subtotal before tax, VAT or MwSt. included), in rupees (in Indian and western
grouping), pounds, US dollars and euros (Irish pages with €1,234.50, German pages with 1.234,50 €), marked by
symbol or ISO code before or after: an archery range's till (Arjuna Archery Range Whitefield, Target Point Archery
Centre Pune, Lea Valley Archery Centre, Bullseye Archery Lanes, Bogensportzentrum Isartal: Lane / Butt / Bay /
Bahn, Archer / Shooter / Schütze, Coach / Range officer / Trainer, Member No / Archery GB no / Member # /
Mitglieds-Nr., TOTAL / Amount / Amount Paid / Summe / Zu zahlen, Chit No / Slip No / Receipt No / Check # / Slip # /
Bon-Nr., Tender / Paid by / Zahlart, Date / DATE / Datum, Next session / Membership expires / Nächster Termin;
APPROVED / Approved - thank you / DECLINED / Card declined / Zahlung erfolgt / Zahlung abgelehnt in a share), a
planetarium show booking
(Jawaharlal Nehru Planetarium Bengaluru, M.P. Birla Planetarium Kolkata, Peter Harrison Planetarium, Adler
Planetarium, Zeiss-Großplanetarium Berlin, Schull Planetarium; half under Paytm Insider / Tiqets with the
planetarium under Venue / Attraction / Sold on behalf of: Show time / Visit date / Screening / Vorstellung, Seats,
School / Group, Total / Order total / Amount charged / Gesamtbetrag, Confirmation code / Booking code / Order ref /
Buchungsnummer, Barcode, Payment method / Paid with / Zahlungsart, Booked on / Purchase date / Bestelldatum), a
rehearsal or recording studio's session booking (Soundbox Rehearsal Studios Andheri, Reverb Jam Pad Koramangala,
Bermondsey Rehearsal Rooms, Red Hook Rehearsal Space, Noisebox Proberäume Berlin, Liberty Lane Rehearsal Studios
Dublin; in a share under Peerspace / Tagvenue / Spacebase with the studio under Host / Space by / Provider /
Anbieter: Band / Artist / Project, Booked by / Guest / Contact, Room, Engineer / Studio manager, Session / Date of
session, Free cancellation until, Total / Total (incl. fees) / Gesamt / Amount charged, Booking # / Session ID /
Reservation code, Paid via / Payment, Booked / Transaction date), a tree surgeon's invoice (Green Canopy Tree Care
Bengaluru, Vriksha Tree Trimming Services, Oakleaf Tree Surgeons Ltd, Timberline Tree Service LLC, Wicklow Tree
Surgery & Arborist Services: Lead climber / Arborist / Team leader, Quote ref, TPO ref / Permission ref, Works
carried out / Work done on, Subtotal / Sub-total / Net with GST, VAT or sales tax added, Total / Total due / Amount
received, Tax Invoice No. / Invoice No / Invoice Ref / Inv #, Paid by / Settled by / Payment received via, Invoice
date / Date, a waste carrier licence; *** PAID *** / PAID WITH THANKS / PAID IN FULL in a share), a ropeway's or
cable car's counter ticket (Girnar Ropeway Junagadh, Darjeeling Rangeet Valley Ropeway, Heights of Abraham Cable
Cars, Sandia Peak Tramway, Seilbahn Koblenz, Dursey Island Cable Car: From / To / Von / Nach, Counter No / Window /
Kasse, Cabin / Car / Kabine, Total / Fare Total / Amount / Gesamt / Summe, Sl. No. / Ticket No / Serial No /
Fahrschein-Nr., Mode / Tender / Payment / Zahlart, Issued / Date / Ausgestellt, Return valid until / Gültig bis,
Cashier / Issued by / Kassierer), an embroidery and monogramming shop's invoice (Stitchwell Embroidery Works
Tiruppur, Kashida Monogram Studio Lucknow, Stitch & Logo Co. Leicester, Threadworks Custom Embroidery, Stickerei
Brandt: For / Club / Organisation / Verein / Firma, Design ref / Logo file / Motiv-Nr., Stitch count / Stiche,
Threads / Garn, Ready on / Collection / Abholung, Digitising (one-off), Bulk discount / Mengenrabatt, Grand total /
Total / Amount received / Rechnungsbetrag / Gesamt, Order No / SO # / Sales order / Rechnungs-Nr., Paid by / Mode of
payment / Zahlart, Date / Dated / Datum), a skip hire, roll-off dumpster or debris removal invoice (Malba Clear
Debris Removal Gurugram, Sai Construction Waste Removal Pune, Skips4Less Leeds, Lone Star Roll-Off Dumpsters, Dublin
Skip Hire & Recycling: Customer / Hirer / Account name, Site / Delivery address, Work done on / Cleared on /
Delivered / Drop-off, Collection due / Pick-up by, Vehicle, Permit ref / Council permit, WTN No / Waste transfer
note, tractor trolley trips or a skip's hire, Road permit fee, Overweight tonnes, Total / Total due / Amount Paid,
Docket No / Invoice No / Invoice #, Paid by / Payment type, Date / Invoice Date, Driver), a septic tank emptying
receipt (Sri Sai Septic Tank Cleaning Services, Om Sewage Tanker & Septic Cleaning, Greenway Cesspit & Septic
Services, Hill Country Septic Pumping, Kerry Septic Tank Emptying: Customer / Property owner / Name, Property, Driver
/ Technician / Operator, Tanker / Truck / Vehicle, Tank size, Volume removed / Pumped, Disposed at / Discharge
site, Licence No / Permit No, Serviced on / Emptied on, Total / Amount Due / Amount Received, Receipt No / Ticket #
/ Invoice No, Payment Mode / Mode of payment / Paid by, Date / Date paid, Next service due / Next empty due), a
snooker or pool hall's table bill (Break Point Snooker Lounge, Cue Masters Pool & Snooker Parlour, Frames Snooker
Club Leeds, Corner Pocket Billiards, Billard-Café Queue Berlin: Table / Tisch, Start, End / Ende, table time by the
minute at an hourly rate, Member card / Member No / Mitgliedskarte, Member discount, TOTAL / Amount / Total / Summe
/ Zu zahlen, Chit No / Bill No / Check # / Bon-Nr., Tender / Paid by / Zahlart, Gegeben / Rückgeld, Date / DATE /
Datum, Served by / Bediener), a podiatry clinic's receipt (Sole Care Podiatry Clinic Bandra, FootSecure Podiatry
Centre Chennai, Northgate Podiatry & Chiropody, Lakeshore Foot & Ankle Center, Cork Podiatry & Chiropody Clinic:
Patient, Date of birth / DOB, Podiatrist / Clinician / Seen by, Reg. No / HCPC No / NPI / CORU Reg, Insurer and
Member ID / Policy No / Claim No, Total / Fee / Amount Paid / Total received, on US pages in a share Charges,
Insurance adjustment and Copay paid / Patient paid, Receipt No / Receipt Number / Invoice No, Paid by / Payment
method, Date / Date of payment, Next appointment / Review due), a matrimonial or dating site's membership payment
(Shaadi.com, BharatMatrimony, Jeevansathi.com, eharmony UK, Match.com, Parship: Member / Account holder / Name /
Mitglied, Profile ID / Profil-ID, Profile managed by, Plan / Tarif, Contacts to view, Coupon / Gutschein, Total /
Amount charged / Amount paid / Gesamtbetrag, Order ID / Transaction No / Invoice No / Rechnungsnummer, Payment
method / Paid using / Zahlungsart, Payment date / Purchase date / Datum, Valid till / Renews on / Membership
expires / Läuft bis) and a made-to-measure blinds shop's advance receipt (Furnish Decor Curtains & Blinds Andheri,
Shree Balaji Blinds & Curtains, Made2Measure Blinds Leeds, Austin Window Coverings, Galway Blinds & Curtains:
Customer / Client, Site / Fitting address, Measured by / Consultant, Fitting date / Installation, windows by width
and drop, Fabric / Fabric code, Order value / Order total / Total order, Advance received / Deposit paid / Amount
received today, Balance on fitting / Balance due on installation, Receipt No / Order Ref / Advance Receipt No,
Payment Mode / Paid by, Date / Date received). The planetarium, studio and membership pages print an outcome in a
share (Payment Successful / Payment confirmed / Payment received / Transaction approved, Payment Failed / Payment
declined / Transaction declined / Payment unsuccessful, Payment Pending / Payment processing / Awaiting bank
confirmation, Zahlung erfolgreich / erfolgt / fehlgeschlagen / abgelehnt / ausstehend), on a line of its own or
beside Status; the archery till a terminal's outcome in a share; the tree surgeon's invoice a PAID stamp in a share;
the other tills, tickets, invoices and receipts none. Ways to pay are worded many ways (UPI, GPay UPI, PhonePe UPI,
BHIM UPI, Visa Debit XX1234, RuPay Debit Card, Credit Card, Net Banking, Internet Banking, Cash, CASH, Visa Debit
**** 1234, Mastercard contactless, Chip & PIN, AMEX ending 1234, Debit Card, Apple Pay, Google Pay and PayPal off
India, EC-Karte, girocard, Kreditkarte, Bar). Dates: one pattern per page, day first on Indian, UK, Irish and
German pages, month first on US pages, among them two-digit years, weekdays and ISO. Faces: every family in faces
the project installs (``make system-deps``), none in DejaVu (listed below per family); the rupee pages print ₹ only
in faces that hold it (``heldout14_values.rupee``), else Rs. (or Rs / INR). Long names on top set a page only just
wider than the name (``heldout60_families._tight``); a longer line under it (an address, a wrapped label) widens the
page to hold it. Degradations as heldout60 (``heldout14_render.degrade``; a
photo of the screen for the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees and extras included, discounts and coupons taken off, as "1234.50"; currency
  its ISO code. The TOTAL / Total / Amount / Amount Paid / Summe / Zu zahlen / Gesamt / Gesamtbetrag /
  Rechnungsbetrag / Order total / Amount charged / Total (incl. fees) / Total due / Amount received / Fare Total /
  Grand total / Amount Due / Amount Received / Fee / Total received line (never an item, a rate, a fee, a tax, VAT
  or MwSt. included, a Subtotal, a discount, cash tendered, change). On a US podiatry receipt that prints the
  charges, an insurance adjustment and the copay, the copay the patient paid (Copay paid / Patient paid). On a
  blinds advance receipt the advance or deposit paid (never the order's value nor the balance on fitting). For a
  failed or pending payment the amount attempted (under a total's wording, never Amount Paid / Amount charged).
* date: the payment date, ISO, only where printed, one per page: Date / DATE / Datum / Dated / Date paid / Date of
  payment / Date received / Invoice date / Invoice Date / Issued / Ausgestellt / Booked on / Booked / Purchase date
  / Bestelldatum / Transaction date / Payment date. Never a session, a show, a cancellation deadline, works carried
  out, a delivery, a collection, a ready day, a service or the next one due, a date of birth, a next appointment, a
  plan's end, a return journey's last day or a fitting. Day first on Indian, UK, Irish and German pages, month
  first on US pages; a two-digit year is in this century.
* payment_method: "card" (a card's scheme or kind, Chip & PIN, contactless, EC-Karte, girocard, Kreditkarte),
  "wallet" (Apple Pay, PayPal, Google Pay on a page not in rupees), "UPI" (also GPay UPI, PhonePe UPI, BHIM UPI),
  "netbanking" (Net Banking, Internet Banking), "cash" (Cash, CASH, Bar); None where no method line is printed.
* status: only where words state the outcome: success (Payment Successful, Payment confirmed, Payment received,
  Transaction approved, APPROVED, Approved - thank you, Zahlung erfolgreich, Zahlung erfolgt, a PAID / PAID WITH
  THANKS / PAID IN FULL stamp), failed (Payment Failed, Payment declined, Transaction declined, Payment
  unsuccessful, DECLINED, Card declined, Zahlung fehlgeschlagen, Zahlung abgelehnt), pending (Payment Pending,
  Payment processing, Awaiting bank confirmation, Zahlung ausstehend); None otherwise (a heading such as Booking
  receipt, Your tickets or Zahlungsbestätigung beside no outcome line is none).
* transaction_id: as printed; at most one per receipt (Chit No / Slip No / Slip # / Receipt No / Receipt Number /
  Check # / Bon-Nr., Confirmation code / Booking code / Order ref / Buchungsnummer, Booking # / Session ID /
  Reservation code, Tax Invoice No. / Invoice No / Invoice Ref / Inv # / Invoice #, Sl. No. / Ticket No / Serial No /
  Fahrschein-Nr., Order No / SO # / Sales order / Rechnungs-Nr., Docket No, Ticket #, Bill No, Order ID /
  Transaction No / Rechnungsnummer, Order Ref / Advance Receipt No). Never a lane, counter, cabin, table or member
  number, a Quote ref, a TPO, permission or permit ref, a waste transfer note, a licence, a registration or NPI, an
  insurer's member, policy or claim number, a profile id, a design or fabric code, a barcode, a vehicle's
  registration, a card's last digits. None when none is printed.
* merchant_name: who was paid: the name on top (the range, the planetarium, the studio, the tree surgeon, the
  ropeway, the embroiderer, the skip firm, the septic firm, the snooker hall, the clinic, the matrimonial or dating
  site, the blinds shop), or, where a ticketing or space-booking app's name is on top (Paytm Insider, Tiqets,
  Peerspace, Tagvenue, Spacebase), the business it names under Venue / Attraction / Sold on behalf of / Host / Space
  by / Provider / Anbieter; a band, a school group, a club or company that ordered, a treatment works, an insurer, a
  coach, an engineer, a climber, a driver, a podiatrist, a consultant or a profile's manager is never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout61_families import (
    archery_range,
    blinds_advance,
    embroidery_order,
    matrimony_plan,
    planetarium_booking,
    podiatry_clinic,
    rehearsal_studio,
    ropeway_ticket,
    septic_service,
    skip_hire,
    snooker_hall,
    tree_surgeon,
)

SPLIT = "heldout61"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
ARCHERY_MONO = [
    "noto/NotoSansMono-Bold.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
PLANETARIUM_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
STUDIO_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Bold.ttf",
    "freefont/FreeSansBold.ttf",
]
TREE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerifBold.ttf",
]
ROPEWAY_MONO = [
    "liberation2/LiberationMono-Bold.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
]
EMBROIDERY_FACES = [
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Bold.ttf",
    "freefont/FreeSerif.ttf",
]
SKIP_FACES = [
    "liberation2/LiberationSans-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SEPTIC_FACES = [
    "freefont/FreeSansBold.ttf",
    "liberation/LiberationSansNarrow-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
]
SNOOKER_MONO = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
]
PODIATRY_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
MATRIMONY_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Bold.ttf",
    "freefont/FreeSans.ttf",
]
BLINDS_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerifItalic.ttf",
]
FAMILIES: list[Family] = [
    ("archery_range", archery_range, ARCHERY_MONO),
    ("planetarium_booking", planetarium_booking, PLANETARIUM_FACES),
    ("rehearsal_studio", rehearsal_studio, STUDIO_FACES),
    ("tree_surgeon", tree_surgeon, TREE_FACES),
    ("ropeway_ticket", ropeway_ticket, ROPEWAY_MONO),
    ("embroidery_order", embroidery_order, EMBROIDERY_FACES),
    ("skip_hire", skip_hire, SKIP_FACES),
    ("septic_service", septic_service, SEPTIC_FACES),
    ("snooker_hall", snooker_hall, SNOOKER_MONO),
    ("podiatry_clinic", podiatry_clinic, PODIATRY_FACES),
    ("matrimony_plan", matrimony_plan, MATRIMONY_FACES),
    ("blinds_advance", blinds_advance, BLINDS_FACES),
]


def make_heldout61_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout61 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

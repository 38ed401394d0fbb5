"""heldout58: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout58).

Families (8 receipts each), drawn away from heldout2 to heldout57's layouts: errands, services, bookings and
memberships a marketplace's payments team sees, whose pages name people under many roles (a customer, a client and
a guardian, a technician, a piercer, a skier, a skipper, a guest or a party's child, an executant and a second
party, a notary, a member and family members, ticket holders, a lead traveller, a learner and an instructor) and
print other days (a ready day, a birth date, a check-up, a rental's first and last day, an arrival and a departure, a
collection day, a commission's expiry, a membership period and its renewal, a festival's days and a dispatch day, a
tour, a lesson or a test) and numbers and amounts that are not the payment's (tag, job, consent form, file, berth,
membership, wristband, e-stamp certificate, register and licence numbers, heights, weights, boot sizes, metres and
kWh, rates per piece, day, metre, painter, adult or lesson, cash tendered and change, a refundable deposit held, a
zero balance due, a stamp duty inside the total), in rupees, pounds, US dollars and euros: a dry cleaner's or
laundry's ticket (UClean, Tumbledry, Johnsons the Cleaners, Hallak Cleaners, Bennetts Dry Cleaners Dublin: Customer,
Mobile, Tag Nos, garments, express or pickup & delivery, Total / Net Amount / Amount Paid, Ticket No / Order No /
Receipt No, Paid by / Payment Mode, Date, Ready by / Delivery on), a passport-photo studio's receipt (Studio Click,
Ramesh Studio & Colour Lab, Max Spielmann, Passport Photo Express, Fotostudio Lichtblick Berlin: Customer / Name,
Photos for, File No or Appointment, prints, digital copy, lamination, urgent fee, Total / TOTAL / Amount Paid, Bill No
/ Bill # / Receipt # / Receipt No, Payment Mode / Paid by, Date), a locksmith's call-out invoice (Bharat Key & Lock
Works, London Lock & Key Ltd, Pop-A-Lock Austin, Dublin Locksmiths 24/7 Emergency Services Ltd: Customer / Bill to,
Site, Technician / Engineer, Job No, Arrived / Completed times, call-out fee, lock opening, cylinders, locks,
Subtotal and VAT added, Total / Amount Due / Amount Paid, Invoice No / Invoice #, Payment Method / Paid by, Invoice
Date / Date), a piercing studio's receipt (Kraayonz, Needle Point, Rock N Roll Piercing Camden, Cold Steel Piercing,
Piercing Atelier Amsterdam: Client, Date of birth / DOB, Parent / Guardian, Piercer, Consent form No, piercings with
jewellery, aftercare spray, a US gratuity over a Subtotal, Total / TOTAL / Amount Paid, Receipt No / Receipt #,
Payment Mode / Paid by, Date, Check-up after), a ski rental desk's receipt (Gulmarg Ski Shop & Rentals, Cairngorm
Mountain, Christy Sports Vail, Intersport Rent Ischgl: Skier, Height / Weight, Boot / DIN, Rental from and until,
skis, boards, helmets and lift passes per day, damage waiver, VAT 10% in Austria, a refundable deposit held, Total /
TOTAL / Amount Paid, Rental No / Receipt No, Paid by / Payment Mode, Date), a marina's visitor berth invoice (Kochi
International Marina, Premier Marinas Brighton, Annapolis City Marina, Dun Laoghaire Marina; half the non-Indian
pages a Dockwa reservation receipt naming the marina under Marina: Vessel, LOA, Skipper / Owner, Berth, Arrival,
Departure, nights by length at a rate, shore power, pump-out or water, Total / Total Amount / Amount Paid, Invoice No
/ Invoice # / Booking Ref / Reservation #, Payment Method / Paid by, Date / Invoice Date), a paint-your-own-pottery
café's receipt (Clay Station, The Pottery Studio Gurugram, The Pottery Café Fulham, Color Me Mine Austin, Ceramic Café
Galway: Table, Painters, Party for / Guest, studio fee per painter, bisque pieces, drinks, a US tip, Total / TOTAL /
Amount Paid, Receipt No / Order #, Paid by / Payment Mode, Date, Collect from / Ready for pickup), a notary's or
stamp vendor's receipt (Sri Lakshmi Stamp Vendor & Notary Services, Cheeswrights Notaries, The UPS Store #4512,
Notariskantoor Verhoeven: Client / Executant, Document, Second party, e-Stamp Cert. No, Notary, Reg. No, Commission
expires, Register entry, stamp duty, notarial fee, apostille, copies, VAT added, Total / TOTAL / Amount Received /
Amount Paid, Receipt No / Receipt #, Payment Mode / Paid by, Date), a sports club's membership renewal e-mail or
screen (Bangalore Rowing & Tennis Club, Wimbledon Park Lawn Tennis Club, Austin Rowing Club, Kilmacud Crokes GAA
Club; half under a club app's name on top, Playo, ClubSpark, TeamSnap, ClubZap, with the club under Club: Member /
Member name, Membership No / Member ID, Category, Family members, Period, Renews on, subscription, locker or levy,
early-renewal discount, Total / Total due / Amount Paid, Payment Reference / Order ID, Payment Method / Paid with,
Date / Payment Date), a music festival's order e-mail (Sunburn Festival Goa, NH7 Weekender Pune, Boardmasters, Green
Man, Austin City Limits, Electric Picnic: Ticket holder, Also on this order, Festival dates, Wristbands dispatched
by, weekend tickets, camping, shuttle and car park passes, a refundable cup deposit inside the total, Booking fee,
Total / Order Total / Amount Paid, Order No / Order Reference, Wristband No, Payment Method / Paid with, Order
Date), a river boat tour's booking e-mail or screen (Varanasi Ganga Boat Rides, Kerala Backwater Shikara Tours,
Thames River Sightseeing, Chicago River Architecture Cruises, Bateaux Parisiens; half under an activity app's name
on top, Thrillophilia, GetYourGuide, Klook, with the operator under Operator / Activity provider: Lead traveller,
Travellers, Tour date, Meeting point, Boat, adult and child fares, Service fee, GST 5%, VAT 10% in France, Total /
Total Amount / Amount Paid, Booking ID / Booking Reference, Payment Method / Paid with, Booked on) and a driving
school's lesson package receipt (Maruti Suzuki Driving School, Sai Motor Training School, RED Driving School, A-1
Driving School, Irish School of Motoring: Learner / Student / Pupil, LL No / Provisional licence / Permit # / Learner
permit No, Instructor, Vehicle, lessons at a rate, RTO fee, test car hire, Total / Total Amount / Amount Paid /
Amount Received, Balance due 0.00, Receipt No / Receipt #, Payment Mode / Paid by, Date, First lesson / Test date /
Next lesson). The marina app, club, festival and boat tour pages print Payment Successful / Failed / Pending in a
share; the tickets, receipts and invoices no outcome. Faces: every family in faces the project installs (``make
system-deps``), none in DejaVu: the laundry ticket in Noto Sans Mono, Liberation Mono and FreeMono Bold, the photo
studio in Liberation Sans Narrow, Noto Sans and FreeSans, the locksmith invoice in Noto Serif, Liberation Serif and
FreeSans Bold, the piercing receipt in Noto Sans Bold, Liberation Sans and FreeSerif, the ski desk in Liberation Sans
Narrow Bold, Noto Sans and FreeSans, the marina in Noto Serif, Liberation Sans and FreeSerif, the pottery café in
FreeSans, Noto Sans and Liberation Serif, the notary in Liberation Serif, Noto Serif Bold and FreeSerif, the club
renewal in Noto Sans, Liberation Sans and FreeSans Bold, the festival e-mail in Noto Sans Bold, Liberation Sans
Narrow and FreeSans, the boat tour in Liberation Sans, Noto Sans and FreeSerif, the driving school in Noto Serif,
Liberation Mono and FreeSans. The rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else
Rs. (or INR). Degradations as heldout57 (``heldout14_render.degrade``; a photo of the screen for the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, tips and extras included, discounts taken off, as "1234.50"; currency its ISO
  code. The Total / TOTAL / Total Amount / Total due / Order Total / Net Amount / Amount Due / Amount Paid / Amount
  Received line (never an item, a rate, a fee, a discount, a tax, a Subtotal before VAT or a tip, cash tendered,
  change, a deposit held, a zero balance due). A stamp duty and a refundable cup deposit charged on the order are
  part of the total. For a failed or pending payment the amount attempted (under Total / Total Amount / Total due /
  Order Total, never Amount Paid).
* date: the payment date, ISO, only where printed, one per page: Date / Invoice Date / Payment Date / Order Date /
  Booked on. Never a ready or delivery day, a birth date, an appointment, a check-up, a rental's days, an arrival or
  departure, a collection day, a commission's expiry, a membership period or renewal, a festival's days, a dispatch
  day, a tour, a lesson or a test. Day first on Indian, UK, Irish and euro pages, month first on US pages.
* payment_method: "card", "wallet" (Apple Pay), "UPI", "netbanking", "cash"; None where no method line is printed.
* status: only where words state the outcome (Payment Successful / Failed / Pending); None otherwise.
* transaction_id: as printed; at most one per receipt (Ticket No, Order No / Order # / Order ID / Order Reference,
  Receipt No / Receipt #, Bill No / Bill #, Invoice No / Invoice #, Rental No, Booking Ref / Booking ID / Booking
  Reference / Reservation #, Payment Reference). Never a tag, job, consent form, file, berth, membership, wristband,
  e-stamp certificate, register, notary registration or licence number, a mobile number, a card's last digits. None
  when none is printed.
* merchant_name: who was paid: the name on top (the cleaner, studio, locksmith, desk, marina, café, notary's office,
  club, festival, operator, school), or, where a booking or club app's name is on top (Dockwa, Playo, ClubSpark,
  TeamSnap, ClubZap, Thrillophilia, GetYourGuide, Klook), the business it names under Marina / Club / Operator /
  Activity provider; a technician, piercer, notary, instructor or skipper is staff or a customer, never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout58_families import (
    club_renewal,
    driving_school,
    festival_order,
    laundry_ticket,
    locksmith_invoice,
    marina_berth,
    notary_receipt,
    photo_studio,
    piercing_receipt,
    pottery_cafe,
    river_tour,
    ski_rental,
)

SPLIT = "heldout58"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
LAUNDRY_MONO = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
]
PHOTO_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
LOCKSMITH_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
PIERCING_FACES = [
    "noto/NotoSans-Bold.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
SKI_FACES = [
    "liberation/LiberationSansNarrow-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
MARINA_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
POTTERY_FACES = [
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
NOTARY_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Bold.ttf",
    "freefont/FreeSerif.ttf",
]
CLUB_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
FESTIVAL_FACES = [
    "noto/NotoSans-Bold.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
RIVER_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
DRIVING_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("laundry_ticket", laundry_ticket, LAUNDRY_MONO),
    ("photo_studio", photo_studio, PHOTO_FACES),
    ("locksmith_invoice", locksmith_invoice, LOCKSMITH_FACES),
    ("piercing_receipt", piercing_receipt, PIERCING_FACES),
    ("ski_rental", ski_rental, SKI_FACES),
    ("marina_berth", marina_berth, MARINA_FACES),
    ("pottery_cafe", pottery_cafe, POTTERY_FACES),
    ("notary_receipt", notary_receipt, NOTARY_FACES),
    ("club_renewal", club_renewal, CLUB_FACES),
    ("festival_order", festival_order, FESTIVAL_FACES),
    ("river_tour", river_tour, RIVER_FACES),
    ("driving_school", driving_school, DRIVING_FACES),
]


def make_heldout58_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout58 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

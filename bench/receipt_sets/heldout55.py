"""heldout55: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout55).

Families (8 receipts each), drawn away from heldout2 to heldout54's layouts: everyday lessons, outings, orders and
home services whose pages name people (a student, a swimmer and a parent, a guest, a client, an instructor or a
technician) and print another day (a class, lesson, visit, game, event, arrival or departure, course start, jump,
collection, first delivery or next tuning) and numbers that are not the payment's (a student, membership, batch,
work order, pitch or piano serial number), in rupees, pounds, US dollars and euros: a music or dance school's fee
receipt (Furtados School of Music, Shiamak Davar International, Pineapple Dance Studios, Dance Attic, School of Rock,
Fred Astaire Dance Studios: Student, Student ID, Course / Class, Instructor / Teacher / Faculty, Fee for / Month /
Term, Tuition Fee, a registration or costume fee, GST 18% or VAT included, Total / Total Amount / Amount Paid / Fee
Paid, Receipt No. / Receipt #, Payment Mode / Paid by, Date / Receipt Date, Classes begin, Payment Successful /
Failed in a share), an independent piano tuner's invoice (Harrow Piano Services, Fenwick & Daughters, Lakeview Piano
Service, Keystone Piano Tuning, Liffey and Claddagh Piano Services in Ireland: Technician / Tuner, Customer / Client
/ Bill to, Instrument, Serial No, Tuning (A440), pitch raise, string, hammer and call-out or travel lines, VAT or
sales tax, Total / Amount Paid, Invoice No. / Invoice #, Paid by / Payment Method, Date / Invoice Date, Next tuning
due), an amusement or water park's ticket booking e-mail (Wonderla, Imagicaa, LEGOLAND Windsor, Thorpe Park, Six
Flags Great America, Efteling: Lead guest, Visit Date, Adult and Child tickets, Fast Track / Reserve & Ride / Flash
Pass / Parking, Convenience Fee, GST 18% included, Total / Order Total / Amount Paid, Booking ID / Booking
Reference, Payment Method, Booked on / Booking Date, Payment Successful / Failed / Pending in a share), a daily milk
subscription's payment screen or weekly order e-mail (Country Delight, Akshayakalpa, Milkbasket; Milk & More:
Customer, Delivery area, the products by quantity, Delivery Charges, Discount, Total / Total Amount / Amount Paid,
Order ID / Transaction ID, Payment Method / Paid via, Paid on / Payment Date, First delivery / Deliveries from,
the outcome in large type in a share), a surf school's lesson booking e-mail (Fistral Beach, Saltrock, Ericeira,
Surf Diva, Shaka Surf Club: Surfer / Student, Lesson, Level, Instructor / Coach, Lesson Date, Meet at, Lesson fee,
VAT included or GST, Total / Amount Paid, Booking Reference / Booking ID, Paid with / Payment Method, Booked on),
an escape room's booking e-mail or screen (Mystery Rooms, Breakout, clueQuest, The Escape Game, Sherlocked: Booked
by / Team captain, Room, Players, Game Date with its time, price per player, Booking fee, a voucher, GST 18% or sales
tax, Total / Total Amount / Amount Paid, Booking No. / Booking ID, Payment Method, Booking Date), a picture framing
shop's counter receipt (Frame Kraft, Fix-a-Frame, Blick Custom Framing: Customer, Artwork, moulding, mount,
glazing, fitting, GST 12%, VAT included or sales tax, TOTAL / Amount Paid, Work Order only beside the receipt's own
Receipt No / Receipt #, Tender / Paid by, Date, Ready on), a swim school's or leisure centre's lesson receipt
(Aqua Sports Academy, Everyone Active, Better, Goldfish Swim School, Aura Leisure: Swimmer, Parent / Account
holder, Membership No, Stage / Level, Slot, Course starts, lessons at a price, Membership / Registration fee, GST
18%, Total / Total Amount / Amount Paid, Receipt No. / Transaction ID, Payment Method / Paid by, Date / Payment
Date), an event caterer's invoice (Annapoorna, Sri Krishna, Mange Tout, Lulu's Catering: Client / Bill to /
Customer, Event, Event Date, Guests, the per-plate menu, staff and delivery, GST 5%, VAT included or sales tax,
Grand Total / Total / Amount Paid, Invoice No. / Invoice #, Payment Mode / Paid by, Invoice Date / Date; no due
date), a campsite's booking summary e-mail (Camp Riverside Rishikesh, Lakeside Meadows, Yosemite Pines RV Resort,
Camping De Lakens: Guest / Lead guest, Pitch type, Pitch No, Arrival, Departure, Guests, nights at a rate, hook-up,
dog, firewood or tourist tax, GST 12%, Total / Total Amount / Amount Paid, Booking Reference / Booking ID, Payment
Method, Booking Date), a language school's course fee receipt (Goethe-Institut Max Mueller Bhavan, Alliance
Française de Bangalore and de Chicago, Instituto Cervantes London: Participant / Student, Course, Batch / Course
Code, Course starts, Course fee, Course book, GST 18%, Total / Total Amount / Amount Paid, Receipt No. / Receipt
Number, Payment Mode / Payment Method, Receipt Date / Date) and a trampoline park's till (Skyjumper, Flip Out,
Oxygen Freejumping, Sky Zone, Jump XL: a waiver's name, jump sessions, grip socks, a slush, GST 18%, VAT included
or sales tax, TOTAL / Total, Order No / Receipt #, Tender / Paid by, Date, Jump date, Session). The booking and fee
families print Payment Successful / Payment Failed / Payment Pending in a share (the music school and the surf and
swim schools no pending); the piano tuner's and caterer's invoices and the framing and trampoline tills no outcome.
Faces: every family is drawn in faces the project installs (``make system-deps``: fonts-liberation,
fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono, and DejaVu on two), and the tills in
monospaced ones: the music school's receipt in Liberation Serif, Noto Sans and FreeSerif, the piano invoice in Noto
Serif, Liberation Sans and FreeSans, the park e-mail in Noto Sans, Liberation Sans Bold and FreeSans Bold, the milk
subscription in Noto Sans, Liberation Sans Narrow and DejaVu Sans, the surf e-mail in Liberation Sans, Noto Sans and
FreeSans, the escape room in FreeSans Bold, Noto Sans and Liberation Sans Narrow, the framing receipt in Liberation
Mono, Noto Sans Mono and FreeMono, the swim receipt in Noto Sans, FreeSerif and Liberation Sans, the caterer's
invoice in FreeSerif, Noto Serif and Liberation Serif, the campsite e-mail in Liberation Sans, DejaVu Sans and Noto
Sans, the language receipt in Noto Serif, Liberation Sans and FreeSans, the trampoline till in FreeMono, Liberation
Mono and Noto Sans Mono. The rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs.
(or INR); a face missing from the machine stops the set with its package named, never a fallback. Degradations as
heldout53 and heldout54 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for the milk app's screens and a share of the escape rooms').

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, delivery, add-ons and extras included, discounts and vouchers taken off,
  as "1234.50"; currency its ISO code (US pages print a US address with its state and ZIP; euro pages €, EUR). The
  Total / Total Amount / Order Total / Grand Total / TOTAL / Amount Paid / Fee Paid line (never a tuition, course,
  lesson or session fee, a price per player, plate, night or lesson, a tax, GST, VAT or sales tax line, an item).
  For a failed or pending payment the amount attempted (under Total / Total Amount / Order Total, never Amount
  Paid).
* date: the payment date, ISO, only where printed, one per page: Date / Receipt Date / Invoice Date / Booked on /
  Booking Date / Paid on / Payment Date. Never a class's, lesson's, course's or session's start, a visit, game,
  event, arrival, departure or jump day, a ready day, a first delivery, a next tuning; the month or term a fee is
  for is no date. No page prints a due date. Day first on Indian, UK, Irish and euro pages, month first on US pages.
* payment_method: "card" (Credit / Debit Card, a card scheme with its last digits), "wallet" (Apple Pay), "UPI",
  "netbanking" (Net Banking), "cash" (Cash); None where no method line is printed.
* status: only where words state the outcome: Payment Successful / Payment successful; Payment Failed / Payment
  failed; Payment Pending. None otherwise (no page thanks for a payment, and headings name the document, never an
  outcome of the booking).
* transaction_id: as printed; each receipt prints at most one: a booking's id or reference (Booking ID, Booking
  Reference, Booking No., Order ID, Transaction ID, Order No) or a document's own number (Receipt No. / Receipt No /
  Receipt # / Receipt Number, Invoice No. / Invoice #). Never a Student ID, a Membership No, a Batch or Course Code,
  a Work Order, a Pitch No, a piano's Serial No, a voucher code, a card's last digits. None when none is printed.
* merchant_name: who was paid, as printed on top (the school, tuner, park, dairy, surf school, escape room venue,
  framing shop with its branch, swim centre, caterer, campsite, institute, trampoline park); no page names another
  party as payee (no app, gateway, bank, portal or legal-entity line).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout55_families import (
    campsite_booking,
    catering_order,
    escape_room,
    framing_shop,
    language_course,
    milk_subscription,
    music_class,
    piano_tuning,
    surf_school,
    swim_lessons,
    theme_park,
    trampoline_park,
)

SPLIT = "heldout55"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
MUSIC_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
PIANO_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PARK_SANS = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf", "freefont/FreeSansBold.ttf"]
MILK_SANS = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
SURF_SANS = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSans-Regular.ttf", "freefont/FreeSans.ttf"]
ESCAPE_FACES = [
    "freefont/FreeSansBold.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
FRAMING_MONO = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
SWIM_FACES = ["noto/NotoSans-Regular.ttf", "freefont/FreeSerif.ttf", "liberation2/LiberationSans-Regular.ttf"]
CATERING_FACES = [
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
CAMP_SANS = ["liberation2/LiberationSans-Regular.ttf", "dejavu/DejaVuSans.ttf", "noto/NotoSans-Regular.ttf"]
LANGUAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
TRAMPOLINE_MONO = [
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("music_class", music_class, MUSIC_FACES),
    ("piano_tuning", piano_tuning, PIANO_FACES),
    ("theme_park", theme_park, PARK_SANS),
    ("milk_subscription", milk_subscription, MILK_SANS),
    ("surf_school", surf_school, SURF_SANS),
    ("escape_room", escape_room, ESCAPE_FACES),
    ("framing_shop", framing_shop, FRAMING_MONO),
    ("swim_lessons", swim_lessons, SWIM_FACES),
    ("catering_order", catering_order, CATERING_FACES),
    ("campsite_booking", campsite_booking, CAMP_SANS),
    ("language_course", language_course, LANGUAGE_FACES),
    ("trampoline_park", trampoline_park, TRAMPOLINE_MONO),
]


def make_heldout55_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout55 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

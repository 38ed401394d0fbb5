"""heldout56: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout56).

Families (8 receipts each), drawn away from heldout2 to heldout55's layouts: shops, repairs, outings and trips a
marketplace's payments team sees, whose pages name people (a customer, a renter, a passenger, a ticket holder) and
print another day (a collection, a pick-up and return, a sailing, a karaoke session, a show, a fitting or delivery)
and numbers that are not the payment's (a lane, a room, seats, a member number), in rupees, pounds, US dollars and
euros: a phone repair shop's invoice (Mobile Clinic, Fixxo Phone Repairs, iSmash,
uBreakiFix: Customer / Name, Device, Fault, a screen, battery or back glass and a screen guard, GST 18%,
VAT included or sales tax, Total / Total Amount / Amount Paid, Invoice No. / Invoice #, Paid by / Payment Mode, Date
/ Invoice Date, Ready for collection), a hardware store's till (Sri Balaji Hardware & Paints, Robert Dyas,
Ace Hardware, GAMMA Utrecht: screws, hammer, tape, putty, bulbs, paint, TOTAL / Total, Receipt # / Receipt
No, Tender / Paid by, Date), a stationery shop's till (Sapna Stationery Mart, Sri Ganesh Stationers, Ryman
Stationery Leeds, Staples: notebooks, pens, geometry box, files, GST 12%, Bill No / Receipt #), a sweet
shop's (mithai) bill (Anand Sweets & Savouries, Kanti Sweets, Haldiram's Sweets Corner, Ambala Sweets Southall:
Customer, sweets by weight, gift box, GST 5%, Total / Net Amount / Amount Paid, Bill No / Bill #, Payment Mode /
Paid by, Date), a car rental's return receipt e-mail (Zoomcar Bengaluru, Revv Self Drive Cars, Enterprise
Rent-A-Car Austin Airport and Bristol, Sixt Dublin Airport: Renter, Vehicle, Pick-up, Return, days at a rate, fuel
refill, damage waiver, Rental ID / Reservation No, Payment Method / Charged to, Payment Date, Payment Successful /
Failed in a share), a ferry ticket e-mail (Makruzz, Red Funnel Ferries, Wightlink, Irish Ferries: Lead passenger,
Route, Sailing with its time, adults, a car, Booking fee, GST 5% or VAT included, Total / Total Amount / Amount Paid,
Booking Reference / Booking ID, Payment Method / Paid with, Booking Date / Booked on, Payment Successful / Failed /
Pending in a share, in large type on some), a bowling alley's till (Smaaash, Amoeba
Bowling, Hollywood Bowl, Tenpin, Bowlero: Lane, games for bowlers, shoe hire, nachos or a
pitcher, Receipt # / Check No, Tender / Paid by, Date), a karaoke room's booking screen (The Sing Song Room
Koramangala, Lucky Voice Soho, Karaoke Box Smithfield, Sing Sing Karaoke Austin: Booked by, Room, Guests, Session
with its date and hours, hours at a rate, a drinks package, Booking ID / Order ID, Payment Method / Paid via,
Booking Date, Payment Successful / Failed / Pending in a share), a plant nursery's or garden centre's till
(Lalbagh Green Nursery, Ugaoo Garden Store, Dobbies Garden Centre, Armstrong Garden Centers: plants by
pot size, pots, compost, plant food, a Member number, no tax line on the rupee plants), a saree and bridal wear
shop's invoice (Nalli Silks T. Nagar and Southall, Pothys Chennai, Kankatala Sarees: Customer / Name, silk sarees,
a bridal lehenga, blouse stitching, Discount 10%, GST 5% or 12%, Grand Total / Total / Amount Paid, Invoice No. /
Invoice #, Payment Mode, Invoice Date / Date, Fitting on / Delivery on), an art supplies store's till (Itsy Bitsy
Indiranagar, Cass Art, Utrecht Art Supplies, Van Beek Art Supplies: acrylics, canvas, brushes,
sketchbook, Student discount 10%, GST 12%, Receipt # / Order No) and a concert venue's ticket e-mail (NCPA Mumbai,
Royal Albert Hall, O2 Academy Brixton, The Fillmore Philadelphia, Ziggo Dome Amsterdam: Ticket holder, Event, Show
with its time, Seats, tickets, Booking fee, Total / Order Total / Amount Paid, Order No. / Order ID, Payment Method,
Order Date, Payment Successful / Failed / Pending in a share). The tills, the repair, sweet and saree pages print
no outcome. Faces: every family in faces the project installs (``make system-deps``), the tills in monospaced
ones: the repair invoice in Noto Sans, Liberation Sans and FreeSans, the hardware till in Liberation Mono, Noto Sans
Mono and FreeMono, the stationery till in FreeMono, DejaVu Sans Mono and Noto Sans Mono, the sweet bill in Noto
Serif, Liberation Sans Narrow and FreeSerif, the car rental e-mail in Liberation Sans, Noto Sans and DejaVu Sans,
the ferry e-mail in Noto Sans, FreeSans and Liberation Serif, the bowling till in Liberation Mono Bold, FreeMono and
Noto Sans Mono, the karaoke screen in Noto Sans, Liberation Sans Bold and FreeSans Bold, the nursery till in
Liberation Mono, DejaVu Sans Mono and FreeMono, the saree invoice in Noto Serif, FreeSerif and Liberation Serif,
the art till in Noto Sans Mono, Liberation Mono and FreeMono Bold, the concert e-mail in Liberation Sans, Noto Sans
and FreeSans. The rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR).
Degradations as heldout55 (``heldout14_render.degrade``; a photo of the screen for the karaoke screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees and extras included, discounts taken off, as "1234.50"; currency its ISO
  code. The Total / Total Amount / Order Total / Grand Total / Net Amount / TOTAL / Amount Paid line (never an
  item, a rate, a fee, a discount or a tax line). For a failed or pending payment the amount attempted (under Total
  / Total Amount / Order Total, never Amount Paid).
* date: the payment date, ISO, only where printed, one per page: Date / Invoice Date / Payment Date / Booking Date /
  Booked on / Order Date. Never a collection, pick-up, return, sailing, session, show, fitting or delivery day (the
  return day and the payment day are the same on the rental pages). Day first on Indian, UK, Irish and euro pages,
  month first on US pages.
* payment_method: "card", "wallet" (Apple Pay), "UPI", "netbanking", "cash"; None where no method line is printed.
* status: only where words state the outcome (Payment Successful / Failed / Pending); None otherwise.
* transaction_id: as printed; at most one per receipt (Invoice No. / Invoice #, Receipt # / Receipt No, Bill No /
  Bill #, Check No, Order No / Order No. / Order ID, Rental ID / Reservation No, Booking Reference / Booking ID).
  Never a lane, room, seat or member number. None when none is printed.
* merchant_name: who was paid, as printed on top; no page names another party as payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout56_families import (
    art_supplies,
    bowling_till,
    car_rental,
    concert_tickets,
    ferry_ticket,
    hardware_till,
    karaoke_booking,
    phone_repair,
    plant_nursery,
    saree_invoice,
    stationery_till,
    sweet_shop,
)

SPLIT = "heldout56"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
REPAIR_SANS = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf"]
HARDWARE_MONO = [
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
STATIONERY_MONO = ["freefont/FreeMono.ttf", "dejavu/DejaVuSansMono.ttf", "noto/NotoSansMono-Regular.ttf"]
SWEET_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
RENTAL_SANS = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSans-Regular.ttf", "dejavu/DejaVuSans.ttf"]
FERRY_FACES = [
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
BOWLING_MONO = [
    "liberation2/LiberationMono-Bold.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
KARAOKE_SANS = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Bold.ttf",
    "freefont/FreeSansBold.ttf",
]
NURSERY_MONO = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
]
SAREE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
ART_MONO = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
]
CONCERT_SANS = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("phone_repair", phone_repair, REPAIR_SANS),
    ("hardware_till", hardware_till, HARDWARE_MONO),
    ("stationery_till", stationery_till, STATIONERY_MONO),
    ("sweet_shop", sweet_shop, SWEET_FACES),
    ("car_rental", car_rental, RENTAL_SANS),
    ("ferry_ticket", ferry_ticket, FERRY_FACES),
    ("bowling_till", bowling_till, BOWLING_MONO),
    ("karaoke_booking", karaoke_booking, KARAOKE_SANS),
    ("plant_nursery", plant_nursery, NURSERY_MONO),
    ("saree_invoice", saree_invoice, SAREE_FACES),
    ("art_supplies", art_supplies, ART_MONO),
    ("concert_tickets", concert_tickets, CONCERT_SANS),
]


def make_heldout56_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout56 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

"""heldout57: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout57).

Families (8 receipts each), drawn away from heldout2 to heldout56's layouts: clinics, studios, shops, outings and
holidays a marketplace's payments team sees, whose pages name people (a patient, a therapist or audiologist, a
client and an artist, a climber, a driver, a guest, a passenger, a chef) and print another day (a next appointment,
a touch-up, a waiver signed, a class, a flight, a voucher's expiry, a check-in and check-out, a warranty's or a
trial's end, a ready day) and numbers and amounts that are not the payment's (patient, member, kart, case, job
card, serial, excise licence numbers, weights and lap times, rates per hour, kilo, guest, night or passenger, a
tip's subtotal, a refundable deposit due on arrival), in rupees, pounds, US dollars and euros: a physiotherapy
clinic's invoice (Physiotattva, ReLiva, Six Physio, Athletico, Sports Physio Clinic Dublin: Patient, Patient ID /
UHID, Physiotherapist / Therapist / Treated by, Condition, Initial assessment, sessions at a rate, Kinesio taping, no
tax, Total / Total Amount / Amount Paid / Amount Received, Invoice No. / Invoice # / Receipt No., Payment Mode / Paid
by, Invoice Date / Date, Next appointment), a tattoo studio's receipt (Devil'z Tattooz, Aliens Tattoo, Frith Street
Tattoo, Bang Bang NYC: Client, Artist, Design, Placement, ID checked with a document's last digits, hours at a rate,
a custom design fee, an aftercare balm, GST 18%, VAT included or sales tax, a US tip over a Subtotal, Total / TOTAL /
Amount Paid, Receipt # / Receipt No, Paid by / Payment Mode, Date, Free touch-up before), a climbing or bouldering
gym's till (Equilibrium Bouldering, The Climbing Hangar, Brooklyn Boulders, Monk Bouldergym Amsterdam: Climber, Member
No / Member #, Waiver signed, day passes, shoe and chalk bag hire, an intro session, VAT 9% in the Netherlands, TOTAL
/ Total, Receipt # / Sale No, Tender / Paid by, Date), a meat and fish shop's bill (Bhavani Chicken & Mutton Centre,
Sea Fresh Fish Mart Kochi, Turner & George, Parsons Family Butchers, Paulina Meat Market: Cust. Mobile, Scale, cuts by
weight at a price per kg or lb, Cleaning & cutting, no tax, Net Amount / Total / TOTAL / Amount Paid, Bill No / Bill #
/ Receipt No / Receipt #, Payment Mode / Paid by, Date), a wine and spirits shop's till (Tonique, Living Liquidz,
Majestic Wine, Total Wine & More, Gall & Gall: an Excise Licence No, MRP incl. taxes, Mix six save 10%, Statiegeld,
an age check, VAT or sales tax, TOTAL / Total, Bill No / Receipt # / Receipt No, Tender / Paid by, Date), a musical
instrument store's invoice (Bina Musical Stores, Sur Sangam Music House, Andertons Music Co, Sam Ash Music, Music
Maker Dublin: Customer / Bill to, a guitar, keyboard, drum kit, harmonium or tabla with its Serial No, strings, capo,
gig bag, setup, GST 18%, VAT 23% included in Ireland, Grand Total / Total / Amount Paid, Invoice No. / Invoice #,
Payment Mode / Paid by, Invoice Date / Date, Warranty until), a hearing care centre's invoice (Amplifon Hearing
Centre Jayanagar, Ear Care Hearing Clinic, Specsavers Hearing, HearingLife, Hidden Hearing Dublin: Patient, Patient No
/ Client No, Audiologist, one or two aids with their S/N, a second-aid discount, charger, domes, hearing test, no
tax, lakh amounts, Total / Total Amount / Amount Paid, Invoice No. / Invoice #, Payment Mode / Paid by, Date / Invoice
Date, Trial ends), a cookery school's class booking e-mail or screen (APB Cook Studio, Lavonne Academy, The Cookery
School at Little Portland Street, Leiths, Sur La Table, Ballymaloe Cookery School: Booked by, Class, Chef /
Instructor, Class date with its time, Guests, a price per guest, an apron or recipe kit, Booking fee, GST 18%, VAT
13.5% included in Ireland or sales tax, Total / Order Total / Amount Paid, Booking Reference / Booking ID, Payment
Method / Paid with, Booked on / Booking Date), a hot-air balloon flight booking e-mail (Sky Waltz Jaipur, Virgin
Balloon Flights, Rainbow Ryders Albuquerque, Ballonvaart Utrecht: Lead passenger, Passengers with weights in kg or
lbs, Launch site, Flight date, Voucher valid until, a fare per passenger, a champagne toast or weather cover, Total /
Order Total / Amount Paid, Booking Reference / Booking No., Payment Method, Booking Date), a go-karting track's till
(Meco Kartopia, TeamSport Go Karting, K1 Speed, Race Planet Amsterdam: Driver, Kart No, Heat, Best lap, races,
Licence fee, balaclava, drink, TOTAL / Total, Receipt # / Order No, Tender / Paid by, Date), a houseboat or canal
boat holiday's booking e-mail (Rainbow Cruises Alleppey, Lakes & Lagoons Houseboats, Anglo Welsh and Drifters
Waterway Holidays, Le Boat Castelnaudary: Lead guest / Guest name, Boat, Check-in, Check-out, Guests, nights at a
rate, meals, a pet fee or a fuel package, GST 12%, VAT 20% included in France, Total / Total Amount / Amount Paid, a
refundable Security deposit on arrival, Booking Reference / Booking ID, Payment Method / Paid with, Booking Date /
Booked on) and a watchmaker's service receipt (Johnson Watch Co., Kamal Watch Co., The Watch Workshop, Brooklyn Watch
Repair: Customer, Watch, Case No, Job Card No beside the receipt's own number, a service, crystal, battery, gasket,
water test, GST 18%, VAT included or sales tax, Total / TOTAL / Amount Paid, Receipt No / Receipt #, Paid by / Payment
Mode, Date, Ready on). The cookery, balloon and houseboat pages print Payment Successful / Failed / Pending in a
share; the invoices, bills and tills no outcome. Faces: every family in faces the project installs (``make
system-deps``), none in DejaVu, the tills in monospaced ones: the physio invoice in Noto Serif, Liberation Sans and
FreeSans, the tattoo receipt in Liberation Sans Narrow, Noto Sans and FreeSerif, the climbing till in Noto Sans Mono,
FreeMono Bold and Liberation Mono, the butcher's bill in FreeMono, Liberation Mono Bold and Noto Sans Mono, the wine
till in Liberation Mono, FreeMono and Noto Sans Mono, the instrument invoice in Liberation Serif, Noto Sans and
FreeSerif, the hearing invoice in Noto Sans, Liberation Sans and FreeSans, the cookery page in Noto Sans, FreeSans Bold
and Liberation Sans, the balloon e-mail in Liberation Sans, Noto Serif and FreeSans, the karting till in Liberation
Mono Bold, Noto Sans Mono and FreeMono, the houseboat e-mail in Noto Sans, Liberation Serif and FreeSans, the watch
receipt in FreeSerif, Noto Serif and Liberation Sans. The rupee pages print ₹ only in faces that hold it
(``heldout14_values.rupee``), else Rs. (or INR). Degradations as heldout56 (``heldout14_render.degrade``; a photo of
the screen for the cookery screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, tips and extras included, discounts taken off, as "1234.50"; currency its ISO
  code. The Total / TOTAL / Total Amount / Order Total / Grand Total / Net Amount / Amount Paid / Amount Received
  line (never an item, a rate, a per-kilo or per-guest price, a fee, a discount, a tax, a Subtotal before a tip, a
  deposit, a security deposit due on arrival). For a failed or pending payment the amount attempted (under Total /
  Total Amount / Order Total, never Amount Paid).
* date: the payment date, ISO, only where printed, one per page: Date / Invoice Date / Booking Date / Booked on.
  Never a next appointment, a touch-up, a waiver signed, a class, a flight, a voucher's expiry, a check-in or
  check-out, a warranty's or a trial's end, a ready day. Day first on Indian, UK, Irish and euro pages, month first
  on US pages.
* payment_method: "card", "wallet" (Apple Pay), "UPI", "netbanking", "cash"; None where no method line is printed.
* status: only where words state the outcome (Payment Successful / Failed / Pending); None otherwise.
* transaction_id: as printed; at most one per receipt (Invoice No. / Invoice #, Receipt No. / Receipt No / Receipt
  #, Sale No, Bill No / Bill #, Order No, Booking Reference / Booking ID / Booking No.). Never a patient, member,
  kart, case, job card, serial or excise licence number, a mobile number, a scale or heat number, a document's last
  digits. None when none is printed.
* merchant_name: who was paid, as printed on top (the clinic, studio, gym, shop, centre, school, operator, track,
  boat firm, watchmaker); a therapist, artist, audiologist or chef is the payee's staff, never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout57_families import (
    balloon_flight,
    butcher_bill,
    climbing_till,
    cooking_class,
    hearing_invoice,
    houseboat_booking,
    instrument_invoice,
    kart_till,
    physio_invoice,
    tattoo_receipt,
    watch_repair,
    wine_till,
)

SPLIT = "heldout57"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
PHYSIO_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
TATTOO_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
CLIMBING_MONO = [
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
    "liberation2/LiberationMono-Regular.ttf",
]
BUTCHER_MONO = [
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Bold.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
WINE_MONO = [
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
INSTRUMENT_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
HEARING_SANS = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
COOKERY_SANS = [
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
BALLOON_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
KART_MONO = ["liberation2/LiberationMono-Bold.ttf", "noto/NotoSansMono-Regular.ttf", "freefont/FreeMono.ttf"]
HOUSEBOAT_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
WATCH_FACES = [
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("physio_invoice", physio_invoice, PHYSIO_FACES),
    ("tattoo_receipt", tattoo_receipt, TATTOO_FACES),
    ("climbing_till", climbing_till, CLIMBING_MONO),
    ("butcher_bill", butcher_bill, BUTCHER_MONO),
    ("wine_till", wine_till, WINE_MONO),
    ("instrument_invoice", instrument_invoice, INSTRUMENT_FACES),
    ("hearing_invoice", hearing_invoice, HEARING_SANS),
    ("cooking_class", cooking_class, COOKERY_SANS),
    ("balloon_flight", balloon_flight, BALLOON_FACES),
    ("kart_till", kart_till, KART_MONO),
    ("houseboat_booking", houseboat_booking, HOUSEBOAT_FACES),
    ("watch_repair", watch_repair, WATCH_FACES),
]


def make_heldout57_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout57 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

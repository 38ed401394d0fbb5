"""heldout54: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout54).

Families (8 receipts each), drawn away from heldout2 to heldout53's layouts: payments for services and bookings
whose pages print a second day (a delivery, slot, darshan, move, hire, pick-up, collection or race day, a next
visit) and numbers that are not the payment's (a job ticket, lorry, consignment, contract, asset, account, bib,
microchip, registration number), in rupees, pounds, US dollars and euros: a flower delivery order e-mail (Ferns N
Petals, IGP, Interflora, Moonpig, 1-800-Flowers, FTD: Deliver to, Message, the bouquet and an add-on, Delivery
Charges, Order Total / Amount Paid, Order No. / Order #, Order Date, Delivery Date with its slot, Payment Method /
Paid with, Payment Successful / Failed in a share), a sports venue's court or pitch booking receipt (Game Theory,
Play Arena, PadelPark; Powerleague, Goals: Sport, Court / Pitch, Slot Date, Slot, Players, Court Fee / Pitch Hire,
Convenience Fee, GST 18% or VAT included, Total / Amount Paid, Booking ID / Booking Reference, Paid via / Payment
Mode, Booked on / Payment Date, Payment Successful / Pending in a share), a pet grooming or boarding invoice (Heads
Up For Tails, Scoobies, The Groom Room at Pets at Home, Barking Mad, Petco Grooming, Wag N' Wash: Pet, Breed,
Owner, Microchip No, services and boarding nights, GST, sales tax or VAT included, Total / Amount Paid, Invoice
No. / Invoice #, Payment Mode / Paid by, Date / Invoice Date, Next Grooming / Next Visit), a print and copy shop's
receipt (Printo, Print Express, FedEx Office, The UPS Store, Ryman, Snappy Snaps: Job No / Job Ticket only beside
the receipt's own Receipt No. / Bill No, copies and binding with quantities, Taxable Amt and GST, tax or VAT
included, Total / Amount Paid, Payment Mode / Tender, Date, Ready by / Collect on), a packers and movers' tax
invoice or a moving-truck rental's receipt (Agarwal, Leo, PM Relocations; U-Haul, Penske: From / To, Lorry No,
GC No / Consignment Note No, Move Date; Truck #, Contract #, Pick-up; packing, transport, loading, transit
insurance or mileage and coverage, GST 18% or sales tax, Total / Amount Paid, Invoice No. / Receipt #, Payment Mode
/ Paid by, Invoice Date / Date), a temple trust's seva or darshan booking receipt (Tirumala Tirupati Devasthanams,
Shri Saibaba Sansthan Trust, Shree Siddhivinayak Temple Trust, Sri Kashi Vishwanath Temple Trust: Seva, Darshan
Date / Seva Date, Reporting Time, Devotee, ID Proof masked, Persons, Amount per person, Total Amount / Amount Paid,
Booking ID / Transaction ID, Payment Mode / Paid through, Booked on / Payment Date, Payment Successful / Failed in
a share), a co-working space's day pass or meeting room receipt e-mail (91springboard, Awfis, WeWork India,
Regus, Spaces: Member, Booking For / Visit date, Day Pass or Meeting Room hours, Credits applied, GST 18% or VAT,
Total / Amount Paid, Booking Reference / Receipt No., Paid with / Payment Mode, Payment Date / Paid on, Payment
successful / failed in a share), a key-cutting and shoe-repair counter's till (Timpson in pounds; Mister Minit in
Dutch in euros: the jobs, VAT / BTW included, TOTAL / Totaal, Ticket No / Afhaalnr only beside Receipt No /
Bonnummer, Tender / Paid by / Betaalwijze / Betaald met, Date / Datum, Collect from / Ready / Ophalen vanaf), a
tool hire receipt (HSS Hire, Speedy Hire, The Home Depot Tool Rental: Account No / Customer No, Asset No, days at
a rate, Hire Start, Hire End / Due back, Damage Waiver, Net and VAT 20% or Subtotal and Tax, Total / Amount Paid,
Invoice No. / Rental #, Paid by / Payment method, Date / Invoice Date), a self-drive scooter or motorbike rental
invoice (Royal Brothers, ONN Bikes, Vogo, Wicked Ride: Vehicle, Reg. No, Hub, Pickup, Drop, Rental Charges,
Unlimited km Pack, Extra Helmet, Coupon Discount, GST 28%, Total Amount / Amount Paid, Booking ID, Payment Mode / Paid
via, Booking Date / Paid on, Payment Successful / Pending in a share), a pest control service invoice (HiCare,
Rentokil PCI, Orkin, Terminix, Rentokil, Cleankill: Customer, Contract No / Account #, Technician, treatments,
GST 18%, sales tax or VAT 20%, Total / Amount Paid, Invoice No. / Invoice #, Payment Mode / Paid by, Payment
Date, Next Service Due) and a running race's registration summary e-mail (Tata Mumbai Marathon, TCS World 10K,
Vedanta Delhi Half Marathon, Brighton Marathon, Great North Run, BMW Berlin-Marathon, NN Marathon Rotterdam:
Runner, Category, Race Day, Bib No, T-shirt size, Entry Fee, Processing / Booking fee, GST 18% on Indian pages,
Total / Amount Paid, Registration ID / Order No., Payment Method / Paid with, Registration Date / Payment Date,
Payment Successful / Failed / Pending in a share).
Faces: every family is drawn in faces the project installs besides DejaVu (``make system-deps``:
fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono), and the tills and
counter receipts in monospaced ones: the flower order in Noto Sans, Liberation Sans and FreeSans, the court booking
in Liberation Sans Narrow, Noto Sans and FreeSans Bold, the grooming invoice in Liberation Serif, Noto Serif and
FreeSans, the print shop's receipt in Liberation Mono, FreeMono and Noto Sans Mono, the movers' invoice in Noto
Sans, Liberation Sans and FreeSerif, the seva receipt in Noto Serif, FreeSerif and Liberation Sans, the co-working
e-mail in Liberation Sans, Noto Sans and DejaVu Sans, the key-cutting till in FreeMono, Liberation Mono and Noto
Sans Mono, the hire receipt in Liberation Sans Bold, Noto Sans and FreeSans, the scooter rental in Noto Sans,
Liberation Sans Narrow and FreeSans, the pest control invoice in FreeSerif, Noto Serif and Liberation Sans, the
race e-mail in Liberation Sans, Noto Sans and FreeSans Bold. The rupee pages print ₹ only in faces that hold it
(``heldout14_values.rupee``), else Rs. (or INR); a face missing from the machine stops the set with its package
named, never a fallback. Degradations as heldout53 (``heldout14_render.degrade``: JPEG quality, blur, rotation,
perspective, low contrast, noise, uneven light, a photo of the screen for screens and for e-mails read off a
display).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, delivery, convenience, processing, waiver, km pack and helmet charges
  included, discounts and credits taken off, as "1234.50"; currency its ISO code (US pages print a US city with its
  state and ZIP; euro pages €, EUR). The Total / Amount Paid / Order Total / Total Amount / TOTAL / Totaal line
  (never a subtotal, a net, a taxable value or amount, a tax, GST, VAT or BTW line, a fee, a rate per day or per
  person, an item). For a failed or pending payment the amount attempted (under Total / Order Total / Total
  Amount, never Amount Paid).
* date: the payment date, ISO, only where printed, one per page: Order Date / Booked on / Payment Date / Date /
  Invoice Date / Paid on / Booking Date / Registration Date / Datum. Never a delivery date, a slot's date, a
  darshan or seva date, a visit or booking-for day, a move date or pick-up, a hire's start or end and a due-back
  day, a ready or collection day, a next grooming, visit or service, a race day. No page prints a due date for
  its own payment. Day first on Indian, UK and euro pages, month first on US pages.
* payment_method: "card" (Credit / Debit Card, a card scheme with its last digits, Contactless Visa, Debit
  Mastercard, Card, Bancontact, Maestro, Visa), "wallet" (Apple Pay, PayPal), "UPI", "netbanking" (Net Banking),
  "cash" (Cash, Contant); None where no method line is printed (an ID proof's masked Aadhaar number is no card).
* status: only where words state the outcome: Payment Successful / Payment successful; Payment Failed / Payment
  failed; Payment Pending. None otherwise (no page thanks for a payment or order, and the advice and footer lines
  name no way to pay and no outcome).
* transaction_id: as printed; each receipt prints at most one: a reference or booking's id (Booking ID, Booking
  Reference, Transaction ID, Registration ID) or a document's own number (Order No. / Order #, Invoice No. /
  Invoice #, Receipt No. / Receipt No / Receipt #, Bill No, Rental #, Bonnummer). Never a job number or ticket,
  an Afhaalnr, a lorry, truck or vehicle registration, a GC or consignment note or contract number, an account,
  customer or asset number, a microchip, a bib number, an ID proof. None when none is printed.
* merchant_name: who was paid, as printed on top: the florist, the venue, the grooming salon, the print shop, the
  mover, the temple trust, the co-working space, the key-cutting shop with its branch, the hire company, the rental
  company, the pest control company, the race; no page names another party as payee (no app, gateway, bank,
  portal or legal-entity line).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout54_families import (
    bike_rental,
    court_booking,
    coworking_booking,
    flower_order,
    key_cobbler,
    packers_movers,
    pest_control,
    pet_grooming,
    print_shop,
    race_entry,
    temple_seva,
    tool_hire,
)

SPLIT = "heldout54"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
FLOWER_SANS = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf"]
COURT_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
GROOMING_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PRINT_MONO = [
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
MOVERS_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
SEVA_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
COWORKING_SANS = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
KEY_MONO = [
    "freefont/FreeMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
HIRE_FACES = ["liberation2/LiberationSans-Bold.ttf", "noto/NotoSans-Regular.ttf", "freefont/FreeSans.ttf"]
SCOOTER_SANS = [
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PEST_FACES = [
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
RACE_SANS = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
FAMILIES: list[Family] = [
    ("flower_order", flower_order, FLOWER_SANS),
    ("court_booking", court_booking, COURT_FACES),
    ("pet_grooming", pet_grooming, GROOMING_FACES),
    ("print_shop", print_shop, PRINT_MONO),
    ("packers_movers", packers_movers, MOVERS_FACES),
    ("temple_seva", temple_seva, SEVA_FACES),
    ("coworking_booking", coworking_booking, COWORKING_SANS),
    ("key_cobbler", key_cobbler, KEY_MONO),
    ("tool_hire", tool_hire, HIRE_FACES),
    ("bike_rental", bike_rental, SCOOTER_SANS),
    ("pest_control", pest_control, PEST_FACES),
    ("race_entry", race_entry, RACE_SANS),
]


def make_heldout54_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout54 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

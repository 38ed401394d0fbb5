"""heldout59: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout59).

Families (8 receipts each), drawn away from heldout2 to heldout58's layouts: services, bookings, admissions and shop
tills a marketplace's payments team sees, whose pages name people under many roles (a client and an interpreter or
a translator, an owner and a walker, a hirer and a bookings secretary or caretaker, a bride and her mother, a
cashier, a member of staff, a customer and a sweep, a lead booker and skaters, a Gift Aid declarer, award winners
engraved on a trophy, an upholsterer) and places and businesses that are not the payee (a kiosk's host store, a
client's council or hospital, a club or school that ordered, a wedding venue), print other days (an assignment or a
delivery, a walk period, an event and its key collection, a wedding and a trial, a session, a ready day, a next
sweep due, a collection and a delivery) and numbers and amounts that are not the payment's (PO, kiosk, wristband,
locker, member, charity, VAT registration, certificate, job card, fabric and catalogue numbers, words, hours, walks,
letters and metres at a rate, a package's full price and the balance still owed beside an advance, a refundable
damage deposit and a Gift Aid donation inside the total, cash tendered and change, a subtotal before VAT, loyalty
points), in rupees, pounds, US dollars and euros: a translation or sign-language interpreting agency's invoice
(Bhasha Setu Translation Services, Lingua Global Translations Pvt Ltd, Deaf Umbrella BSL Interpreting, The
Translation People, Day Translations, Irish Translation & Sign Language Interpreting Services Ltd: Client / Bill to /
Customer, Your PO No / Client ref / Purchase order, Interpreter / Translator / Linguist, Language / Language pair,
Assignment / Session date / Delivered on, hours or words at a rate, travel, certification, Subtotal / Sub-total / Net
and GST or VAT added, Total / Amount Due / Amount Paid, Invoice No / Invoice # / Invoice Number, Paid by / Payment
received via, Invoice Date / Date), a dog-walking booking receipt (Doggo Walkers Indiranagar, Pawfect Strolls Bandra,
Bark & Stroll Dog Walkers, Happy Tails Dog Walking Co., Wag & Wander Pet Care Dublin; in a share under a pet-care
app's name on top, Petsfolio, Rover, Wag!, with the business under Walking service / Provided by / Care provider:
Walker / Your walker / Assigned walker, Owner / Pet parent / Booked by, Dog, Walk dates / Service period, Slot, walks
at a rate, Service fee, a US tip, Total / Total charged / Amount Paid, Booking ID / Order ID, Payment Method / Paid
with, Payment Date / Booked on), a self-service photo-printing kiosk's slip (Printo Self-Service Kiosk, Photo-Me,
Snapbox Photo Kiosks, Photomaton: Site / Location, Kiosk / Kiosk ID / Machine, prints by size at a rate, a photo
book or ID photos, TOTAL / AMOUNT / Amount Paid, one of Receipt No / Receipt # / Trans No / Transaction ID / Auth
Code / Approval Code, Payment / Paid by, Date, APPROVED / DECLINED), a community hall's hire invoice (Karnataka
Sangha Community Hall, Rotary Community Hall Jayanagar, St Barnabas Church Hall & Community Centre Trust, Kingsbury
Village Hall, Lakeview Park Community Center, Ranelagh Community Centre: Hirer, Organisation / On behalf of, Event,
Event date, Bookings secretary / Caretaker / Hall manager, hours at a rate, kitchen, stage, cleaning, a refundable
deposit, Total / TOTAL / Total Paid / Amount Received, Invoice No / Booking No / Invoice #, Payment Method / Paid by,
Date / Date paid, Keys from), a bridal makeup artist's advance or deposit receipt (Glam by Ritika Bridal Studio,
Kavya's Bridal Artistry & Hair Studio, Blush & Bloom Bridal Hair and Makeup, Glow Bridal Beauty Co., Ciara Walsh
Bridal Makeup Artistry: Bride / Client / Bride's name, Mother of the bride / Booked by / Contact, Wedding date / Event
date, Trial, Venue, Package, Package total / Total package price / Total booking value, Advance received / Advance
Paid / Booking amount received / Deposit paid / Booking deposit received / Retainer paid / Deposit received / Booking
deposit / Amount Paid, Balance on wedding day / Remaining / Still to pay, Receipt No / Receipt #, Payment Mode / Paid
by, Date), a sauna's or hammam's entry till (Jiva Steam & Hammam Koramangala, Porchester Spa, Russian & Turkish
Baths, Allas Sea Pool Helsinki: entries, towel and robe hire, a kese scrub or a platza, TOTAL / Total / Amount Paid,
Paid by / Tender, cash tendered and change, Wristband / Locker / Key No, Session, Cashier, Bill No / Receipt No /
Trans, Date), a model-railway or hobby shop's till (Hobby Ideas, Toy Junction Model Trains, Hattons Model Railways,
Rails of Sheffield, Trainland, Modellbahnshop Lippe: items with catalogue numbers, Club member 10% off, VAT Reg /
USt-IdNr., TOTAL / Total / Amount Paid, Paid by / Payment, cash tendered and change, Loyalty card and Points earned,
Staff / Served by, Receipt No / Txn No / Bill No, Date), a chimney sweep's or kitchen-chimney cleaner's invoice (Sri
Sai Kitchen Chimney Service Centre, Hi-Tech Chimney & Hob Services Authorised Service Partner, The Sweep Chimney
Sweeping Co., Ashbusters Chimney Service, Dublin Chimney Sweeps & Stove Services Ltd: Customer / Bill to, Property /
Site address, Sweep / Technician / Engineer, Appliance, flues, CCTV survey, smoke test, filters, Subtotal and GST or
VAT 13.5% added, Total / Total Due / Amount Paid, Invoice No / Invoice #, Paid by / Payment Method, Date / Invoice
Date, Sweeping certificate, Next sweep due), an ice rink's session booking e-mail or screen (Arctic Ice Rink
Gurugram, iSkate Phoenix Marketcity, Queens Ice & Bowl, The Rink at Rockefeller Center, Jaap Eden IJsbaan; half
under a ticketing app's name on top, BookMyShow, Fever, Eventbrite, with the rink under Venue / Rink / Organiser:
Lead booker / Name / Booked by, Skaters, Skate sizes, Session / Skate date, tickets, skate hire, a skate aid,
Convenience fee / Booking fee, Total / Total Amount / Amount Paid, Booking ID / Order #, Payment Method / Paid with,
Booked on / Order Date), an aquarium's admission desk receipt (VGP Marine Kingdom Chennai, SEA LIFE London Aquarium,
Shedd Aquarium, Oceanogràfic Valencia: adult, child and senior tickets, parking, a show or a guide, a Gift Aid
donation and its declarer, Total / TOTAL / Amount Paid, Paid by / Payment Mode, cash tendered and change, Member No /
Membership, Entry slot, Receipt No / Transaction No, Date), a trophy and engraving shop's invoice (Jain Trophies &
Gifts Chandni Chowk, Champion Sports Trophies & Mementos, Trophies Plus Engraving Ltd, Crown Awards, The Trophy
Centre Dublin: Customer, Club / School / Ordered for / Organisation, trophies and medals, letters engraved at a rate,
Logo set-up, GST 12%, Total / Net Amount / Amount Paid, Invoice No / Order No, Payment Mode / Paid by, Date, Ready for
collection, the engraving's award winners) and an upholsterer's job invoice (Royal Sofa Repair & Upholstery Works,
Kapoor Furnishing & Upholstery, The Upholstery Workshop Bermondsey, Austin Custom Upholstery, Galway Upholstery &
Soft Furnishing Restoration Ltd: Customer / Client, Job card No / Job No, Upholsterer / Craftsman, Item, fabric by
the metre, Fabric ref, labour, foam, springs, Collection & delivery, Subtotal and GST or VAT added, Total / TOTAL /
Amount Paid / Total Received, Invoice No / Invoice #, Paid by / Payment Method, Date / Invoice Date, Collected on,
Delivered on). The dog-walking and ice rink pages print Payment Successful / Failed / Pending in a share, the kiosk
slip APPROVED or DECLINED in a share; the invoices, tills and receipts no outcome. Faces: every family in faces the
project installs (``make system-deps``), none in DejaVu (listed below per family). The rupee pages print ₹ only in
faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Degradations as heldout58
(``heldout14_render.degrade``; a photo of the screen for the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, tips and extras included, discounts taken off, as "1234.50"; currency its ISO
  code. The Total / TOTAL / AMOUNT / Total Amount / Total charged / Total Due / Amount Due / Net Amount / Total Paid /
  Total Received / Amount Received / Amount Paid line (never an item, a rate, a fee, a discount, a tax, a Subtotal
  before VAT, a tip, cash tendered, change, loyalty points). A refundable damage deposit and a Gift Aid donation
  charged on the page are part of the total. On a bridal advance receipt the advance or deposit paid (never the
  package's full price nor the balance still owed on the day). For a failed or pending payment the amount attempted
  (under Total / TOTAL / AMOUNT / Total Amount / Total charged, never Amount Paid).
* date: the payment date, ISO, only where printed, one per page: Date / Date paid / Invoice Date / Payment Date /
  Booked on / Order Date. Never an assignment, a session, a delivery, a walk period, an event or its key
  collection, a wedding or a trial, a ready day, a next sweep due, a collection or a delivery. Day first on Indian,
  UK, Irish and euro pages, month first on US pages.
* payment_method: "card", "wallet" (Apple Pay), "UPI", "netbanking", "cash"; None where no method line is printed.
* status: only where words state the outcome (Payment Successful / Failed / Pending, APPROVED = success, DECLINED =
  failed); None otherwise.
* transaction_id: as printed; at most one per receipt (Invoice No / Invoice # / Invoice Number, Booking No / Booking
  ID, Order ID / Order No / Order #, Receipt No / Receipt #, Trans No / Trans / Txn No / Transaction ID / Transaction
  No, Auth Code / Approval Code, Bill No). Never a PO, kiosk, wristband, locker, member, charity, VAT registration,
  certificate, job card, fabric or catalogue number, a mobile number, a card's last digits. None when none is
  printed.
* merchant_name: who was paid: the name on top (the agency, walking business, kiosk operator, hall, artist's studio,
  spa, shop, sweep, rink, aquarium, trophy shop, upholsterer), or, where a pet-care or ticketing app's name is on top
  (Petsfolio, Rover, Wag!, BookMyShow, Fever, Eventbrite), the business it names under Walking service / Provided by /
  Care provider / Venue / Rink / Organiser; a kiosk's host store, an interpreter, a walker, a caretaker, a sweep, an
  upholsterer, a cashier, a client's organisation or a club that ordered is never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout59_families import (
    aquarium_desk,
    bridal_makeup,
    chimney_invoice,
    dog_walk_app,
    hall_hire,
    hammam_till,
    hobby_till,
    ice_rink,
    photo_kiosk,
    translation_invoice,
    trophy_invoice,
    upholstery_invoice,
)

SPLIT = "heldout59"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
TRANSLATION_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
DOG_WALK_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
KIOSK_MONO = [
    "liberation2/LiberationMono-Bold.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
HALL_FACES = [
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSerif-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
]
BRIDAL_FACES = [
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerifItalic.ttf",
]
HAMMAM_MONO = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
]
HOBBY_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "freefont/FreeSans.ttf",
]
CHIMNEY_FACES = [
    "noto/NotoSerif-Bold.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
RINK_FACES = [
    "noto/NotoSans-Bold.ttf",
    "liberation/LiberationSansNarrow-Bold.ttf",
    "freefont/FreeSans.ttf",
]
AQUARIUM_FACES = [
    "liberation2/LiberationSans-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
TROPHY_FACES = [
    "freefont/FreeSerifBold.ttf",
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
UPHOLSTERY_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("translation_invoice", translation_invoice, TRANSLATION_FACES),
    ("dog_walk_app", dog_walk_app, DOG_WALK_FACES),
    ("photo_kiosk", photo_kiosk, KIOSK_MONO),
    ("hall_hire", hall_hire, HALL_FACES),
    ("bridal_makeup", bridal_makeup, BRIDAL_FACES),
    ("hammam_till", hammam_till, HAMMAM_MONO),
    ("hobby_till", hobby_till, HOBBY_FACES),
    ("chimney_invoice", chimney_invoice, CHIMNEY_FACES),
    ("ice_rink", ice_rink, RINK_FACES),
    ("aquarium_desk", aquarium_desk, AQUARIUM_FACES),
    ("trophy_invoice", trophy_invoice, TROPHY_FACES),
    ("upholstery_invoice", upholstery_invoice, UPHOLSTERY_FACES),
]


def make_heldout59_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout59 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

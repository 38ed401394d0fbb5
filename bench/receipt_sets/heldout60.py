"""heldout60: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout60).

Families (8 receipts each), drawn away from heldout2 to heldout59's layouts: hires, lessons, repairs, bookings and
shop tills whose pages name people under many roles (a hirer and a birthday child, a rider and a guardian and an
instructor, a fitter, a goldsmith, a student, a diver and a buddy, a couple and a coordinator, a member and a
teacher, a cashier) and places and businesses that are not the payee (a site address, a university, a school, a
booking app on top), print other days (an event, a lesson, a fitting, a ready day, a warranty's end, a dive, a
wedding and a balance's due day, a class) and numbers and amounts that are not the payment's (IMEI, HUID, roll,
member, PADI, machine, bay and job numbers, weights, rates per bucket, sq ft, kg and gram, a refundable damage
deposit and a bottle deposit inside the total, a venue's full hire and the balance still owed beside the deposit
paid, a range card's balance, cash tendered and change, a subtotal before tax, loyalty points), in rupees, pounds,
US dollars and euros: a bouncy castle or party equipment hire invoice (Jumpin Joy Bouncy Castles Pune, Party Hire
Hub Hyderabad, Bounce Around Inflatables Ltd, Jump Masters Party Rentals, Kildare Bouncy Castle & Party Hire), a
riding school's lesson receipt (Embassy International Riding School, Pune Equestrian Centre, Hyde Park Stables,
Lakeside Equestrian Center, Kilternan Equestrian Centre), a phone-accessory kiosk's till (Mobile Planet
Accessories, Gadget Zone Phone Accessories, Case Mania Kiosk Westfield, Cellular Outfitters Kiosk, Handy Shop
Alexanderplatz), a driving range's ball-dispenser slip (KGA Driving Range, DLF Golf Range Gurugram, Drivezone Golf
Range, Chelsea Piers Golf Club, Elm Park Driving Range; APPROVED / DECLINED in a share), a glass and glazing repair
invoice (Modern Glass House Karol Bagh, Sharma Glass & Aluminium Works, Crystal Clear Glazing Ltd, City Glass &
Mirror Co., Dublin Glass & Glazing Repairs), a goldsmith's repair slip (Sri Lakshmi Jewellery Works, Soni Gold
Repair Centre, Hatton Garden Jewellery Repairs, Diamond District Jewelry Repair, Goldschmiede am Markt), a
bookbinder's thesis-binding invoice (Sai Thesis Binding Centre, Student Point Binding & Lamination, Bound Thesis
Binding Co. Cardiff, Campus Bindery Ann Arbor, Buchbinderei Hoffmann), a farm shop's till (Green Acres Farm Store
Nashik, Kisan Organic Farm Shop, Cheshire Hollow Farm Shop, Stokes Orchard Farm Market, Hofladen Gut Sonnenfeld), a
school uniform shop's bill (Sri Balaji School Uniforms, Raghav Uniform House, Stevensons School Outfitters, Dennis
Uniform Store Portland, Kilkenny Schoolwear Centre), a scuba-dive booking (Dive India Havelock, Barracuda Diving
Goa, London School of Diving, Key Largo Dive Center, Sirena Diving Malta; half under Thrillophilia / GetYourGuide /
Viator with the centre under Dive centre / Activity provider / Operated by), a wedding venue's deposit receipt
(Shree Ganesh Banquet Hall, Royal Orchid Lawns Jaipur, The Barn at Bury Court, Hudson Valley Barn Weddings,
Tankardstown House) and a dance class booked in an app (Cult.fit, ClassPass, Mindbody on top, the studio under
Studio / Hosted by / Class by: Nritya Dance Academy Koramangala, Groove Studio Andheri, Salsa Soho Studio, Broadway
Dance Works, Tanzhaus Mitte). The dive and dance pages print Payment Successful / Failed / Pending in a share, the
range slip APPROVED or DECLINED in a share; the invoices, tills and receipts no outcome. Faces: every family in
faces the project installs (``make system-deps``), none in DejaVu. Long names on top set a page only just wider
than the name, so its text runs near the edges. Degradations as heldout59.

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees and extras included, as "1234.50"; currency its ISO code. The Total /
  Grand Total / TOTAL / AMOUNT / Amount / Total Amount / Total Due / Net Amount / BALANCE DUE / Summe /
  Rechnungsbetrag / Amount Charged / Amount Received / Amount Paid line (never an item, a rate, a fee, a tax, a
  Subtotal, cash tendered, change, a card's balance left, loyalty points). A refundable damage deposit and a bottle
  deposit charged on the page are part of the total. On a venue's deposit receipt the deposit or advance paid (never
  the full hire nor the balance remaining). For a failed or pending payment the amount attempted.
* date: the payment date, ISO, only where printed, one per page: Date / DATE / Datum / Dated / Paid on / Invoice
  Date / Bill Date / Date received / Booked on / Order Date / Payment Date. Never an event, a lesson, a fitting, a
  ready or collection day, a warranty's end, a dive, a wedding, a balance's due day or a class. Day first on Indian,
  UK, Irish and euro pages, month first on US pages.
* payment_method: "card", "wallet" (Apple Pay), "UPI", "netbanking", "cash"; None where no method line is printed
  (a range card is no way to pay).
* status: only where words state the outcome (Payment Successful / Failed / Pending, APPROVED = success, DECLINED =
  failed); None otherwise.
* transaction_id: as printed; at most one per receipt (Invoice No / Invoice # / Inv No, Booking No / Booking ID /
  Booking Reference, Order ID / Order No, Receipt No / Receipt #, Slip No, Bill No / Bill #, Beleg-Nr., Ref No,
  Auth Code / Approval Code / Trans No, a till footer's TRANS). Never an IMEI, HUID, hallmark, job, roll, student,
  member, PADI, machine or bay number, a phone or a card's last digits. None when none is printed.
* merchant_name: who was paid: the name on top, or, where a booking app's name is on top (Thrillophilia,
  GetYourGuide, Viator, Cult.fit, ClassPass, Mindbody), the business it names under Dive centre / Activity provider
  / Operated by / Studio / Hosted by / Class by; a university, a school, a site, an instructor, a fitter or a
  coordinator is never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout60_families import (
    bookbinding,
    dance_app,
    dive_booking,
    farm_shop,
    glazing_invoice,
    goldsmith_slip,
    party_hire,
    phone_kiosk,
    range_slip,
    riding_lesson,
    uniform_shop,
    venue_deposit,
)

SPLIT = "heldout60"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
PARTY_FACES = ["noto/NotoSans-Bold.ttf", "liberation2/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf"]
RIDING_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
KIOSK_MONO = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
]
RANGE_MONO = ["liberation2/LiberationMono-Bold.ttf", "noto/NotoSansMono-Regular.ttf", "freefont/FreeMono.ttf"]
GLAZING_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSerif-Bold.ttf",
    "freefont/FreeSansBold.ttf",
]
GOLDSMITH_FACES = [
    "freefont/FreeSerifBold.ttf",
    "noto/NotoSerif-Bold.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
BINDING_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FARM_FACES = [
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationSansNarrow-Bold.ttf",
    "freefont/FreeMono.ttf",
]
UNIFORM_FACES = ["liberation2/LiberationSans-Bold.ttf", "noto/NotoSans-Regular.ttf", "freefont/FreeSerif.ttf"]
DIVE_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSansBold.ttf",
]
VENUE_FACES = [
    "liberation2/LiberationSerif-Italic.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerifItalic.ttf",
]
DANCE_FACES = [
    "noto/NotoSans-Bold.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("party_hire", party_hire, PARTY_FACES),
    ("riding_lesson", riding_lesson, RIDING_FACES),
    ("phone_kiosk", phone_kiosk, KIOSK_MONO),
    ("range_slip", range_slip, RANGE_MONO),
    ("glazing_invoice", glazing_invoice, GLAZING_FACES),
    ("goldsmith_slip", goldsmith_slip, GOLDSMITH_FACES),
    ("bookbinding", bookbinding, BINDING_FACES),
    ("farm_shop", farm_shop, FARM_FACES),
    ("uniform_shop", uniform_shop, UNIFORM_FACES),
    ("dive_booking", dive_booking, DIVE_FACES),
    ("venue_deposit", venue_deposit, VENUE_FACES),
    ("dance_app", dance_app, DANCE_FACES),
]


def make_heldout60_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout60 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

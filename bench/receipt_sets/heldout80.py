"""heldout80: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout80).

Families (8 receipts each), drawn away from heldout2 to heldout79's layouts: app and online payments in India, the
UK, the US and the euro area (Ireland), on English pages drawn as an app's screen (a status bar, a back arrow, the
app's name, a heading, buttons and a footer; light, with a coloured band, or dark) or as an e-mail (a From line over
the sender's name), in rupees, pounds, dollars and euros with their marks and codes (₹, Rs., INR, £, GBP, $, US$,
USD, €, EUR; lakh grouping on most rupee pages). The kinds: a co-living operator's rent (Stanza Living, Zolo Stays,
Colive, The Collective, Gravity Co-Living, Common Living, Outpost Club, Node Living Dublin), a grocery delivery
pass's renewal (bbnow bbstar, Swiggy One, Tesco Delivery Saver, Ocado Smart Pass, Instacart+, Tesco Ireland
Delivery Saver, SuperValu Delivery Pass), a cloud storage or password manager plan (Google One, Zoho Vault, Dropbox,
1Password, Bitwarden, Backblaze, pCloud, Proton), a video doctor's consultation (Practo, MFine, Push Doctor, Livi,
Teladoc Health, Amwell, Webdoctor.ie, VideoDoc), a breakdown cover's renewal (MyTVS, Allianz Partners RSA, The AA,
RAC, AAA Northeast, Good Sam, AA Ireland, Green Flag Ireland), a resale ticket's order (viagogo, Twickets, StubHub,
SeatGeek, TicketSwap), a car-pool seat (Quick Ride, sRide, BlaBlaCar, Liftshare, Scoop Carpool), an airline seat
bought after booking (IndiGo, Air India Express, British Airways, easyJet, United, Alaska, Aer Lingus, Ryanair), a
pet insurance premium (Digit, Bajaj Allianz, Petplan, ManyPets, Lemonade Pet, Trupanion, Allianz Ireland,
Petinsure.ie), a device protection plan (OneAssist, Samsung Care+, AppleCare+, Currys Care & Repair, Allstate
Protection Plans, Harvey Norman Product Care), a home alarm's or camera's monitoring plan (Qubo, Godrej Security
Solutions, Verisure, Ring, SimpliSafe, Verisure Ireland, PhoneWatch) and an e-bike's or e-scooter's subscription
rental (Yulu, Bounce Infinity, Swapfiets, Buzzbike, Zoomo, Dance). Their pages name people who are not the payee
(residents, members, account holders, patients and doctors, buyers and sellers, drivers, passengers, policy
holders and their pets, covered persons, riders), print other days (a rent's month and the next rent due, a plan's
or a service's or a billing period and its renewal, a consultation's slot, an event's day, a departure, a flight's
day, a cover's start and end, a coverage's end, a next premium, bill or payment) and other numbers (resident,
member, customer, membership, policy, account and installation numbers, a doctor's registration, GMC, NPI or IMC
number, a listing id, a car's plate, a flight number, microchips, IMEIs, serial, frame and battery numbers) and
other amounts (a security deposit held, savings so far, a list price, a per-month equivalent, a plan's cover, a
face value, an excess, a vet fee limit, a device's value, a claim's service fee, a refundable deposit held; credits,
promos and discounts taken off; GST in halves or IGST added, VAT or insurance premium tax included, sales tax
added), and word outcomes as successes, failures and waits on a share (in large type under the name, on a line of
their own, or beside a status label), or print none. Dates: one pattern per page as heldout74 (month first on US
pages only). Faces: the project's installed faces (Noto, DejaVu, Liberation, FreeFont) in sans faces; rupee pages
print ₹ only in faces that hold it, else Rs. (or INR). Degradations as heldout66 (``heldout14_render.degrade``;
screens are always photographed off the display, ``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50": a rent's total with utilities,
  housekeeping and a late fee less a credit (with GST on a share of rupee pages; never the security deposit held);
  a pass's price less a promo with tax added where added (never a list price or savings so far); a plan's price for
  its seats less a credit from the earlier plan, with sales tax or GST where added (never the per-month
  equivalent); a consultation's fee with its platform fee less a coupon (never what a US plan covers); a cover's
  levels less a loyalty discount with GST where added (never the call-out excess); a resale order's tickets with a
  booking and a delivery fee (never a face value); a car-pool seat's price with a service fee less points; the
  seats' charges with GST; a premium less a multi-pet discount with GST where added (never the excess or the vet fee
  limit); a protection plan's price with GST or sales tax (never the device's value or a claim's fee); a monitoring
  plan's items with tax where added; an e-bike's fee with cover less a credit, with GST on rupee pages (never the
  deposit held). Never tax shown apart from a price that includes it or a rate. currency: the ISO code of the
  amount.
* date: the day paid (or tried) as printed, ISO: Paid on, Payment date, Renewed on, Charged on, Date paid, Booked
  on, Order date, Date of purchase, Purchased on, Purchase date, Date, Date & time; a failed or waiting payment's
  page prints the day tried under a plain Date or Date & time label; None where not printed. Never Rent for,
  Billing month, Period, Next rent due, Plan period, Service period, Billing period, Renews on, Next renewal,
  Appointment, Video call on, Slot, Cover starts, Cover ends, Event date, Departure, Ride on, Departs, Flight date,
  Cover renews, Next premium, Coverage ends, Next bill, Next payment.
* payment_method: "UPI", "card", "wallet", "netbanking" from the printed way paid, online ways as heldout74 (UPI on
  rupee pages; masked cards, Visa, Mastercard are a card; Apple Pay, PayPal are wallets; Net Banking a net
  banking). None where no way is printed.
* status: only where words state the outcome; None otherwise: heldout66's and heldout74's wordings and Rent paid -
  thank you!, Your plan has renewed, Membership renewed - thanks for staying!, Thanks! Your subscription is active,
  Consultation booked - payment successful, Appointment confirmed, Your cover is renewed, Payment successful -
  you're covered, Order confirmed - your tickets are on the way, Seat booked - payment successful, Booking
  confirmed, Seats confirmed - payment successful, Your seat is booked, Premium received - your pet is covered,
  Your plan is active, Purchase complete - you're protected, Payment received - monitoring active, Thanks, your
  plan is paid, Payment successful - enjoy the ride!, Subscription renewed (success); Payment failed - rent still
  due, We couldn't renew your plan - payment failed, Renewal failed, Your payment didn't go through, Payment
  declined - update your card, Payment failed - appointment not booked, Payment failed - your cover has not been
  renewed, Payment failed - tickets released, Payment failed - seat not booked, Payment failed - seat not
  assigned, Premium payment failed - cover at risk, Payment failed - plan not activated, Payment failed -
  monitoring may be paused, Payment failed - please update your payment method (failed); Payment processing -
  we'll confirm by e-mail, Renewal payment pending, We're processing your payment, Payment pending - slot held for
  10 minutes, Payment pending - cover starts once payment clears, Payment pending - we'll hold your tickets for 15
  minutes, Waiting for the driver to accept - you won't be charged until then, Payment pending - seat held, Payment
  pending - plan activates once payment is confirmed, Payment processing, Payment pending (pending). A heading (Rent
  receipt, Renewal receipt, Receipt, Consultation receipt, Renewal confirmation, Membership renewed, Order
  confirmation, Thanks for your order, Your booking, Seat selection receipt, Premium receipt, Payment receipt,
  Subscription receipt …), a label of a sum paid (Amount paid, Total paid, Total charged) or a
  footer's terms states none.
* transaction_id: at most one, as printed: the payment's reference where printed (Payment ID, Transaction ID,
  Payment reference, Payment ref, Transaction reference, Confirmation number; a pay_ or pi_ id keeps its printed
  case), on rupee pages paid by UPI a UTR printed instead (UTR, UPI Ref No, UPI Txn ID), else the page's own number
  (Invoice No, Invoice #, Invoice No., Invoice number, Receipt #, Receipt No, Receipt number, Order No., Order #,
  Order No, Order ID, Order number, Booking ID, Booking reference, Consultation ID, Ride ID, Renewal reference, PNR,
  Confirmation code, Agreement number). Never a Resident ID, Member ID, Customer ID, Membership number, Member no.,
  Policy number, Reg. No, GMC No, NPI, IMC No, Listing ID, a plate, a flight number, a microchip, an IMEI, a serial,
  frame or battery number, an Account no. or Installation no.
* merchant_name: the app or business on top, as printed (also in the e-mail's From line): the co-living operator,
  the pass, the provider, the platform, the breakdown provider, the resale platform, the car-pool platform, the
  airline, the insurer, the protection provider, the security provider, the rental operator; never a resident,
  member, account holder, patient, doctor, buyer, seller, driver, passenger, policy holder, pet, covered person or
  rider.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout80_families import (
    breakdown_cover,
    carpool_seat,
    cloud_plan,
    coliving_rent,
    device_protection,
    ebike_subscription,
    grocery_pass,
    home_security,
    pet_insurance,
    seat_upgrade,
    teleconsult,
    ticket_resale,
)

SPLIT = "heldout80"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); app screens and e-mails print in sans
# faces, a share of e-mails in a serif one.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
MAIL_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("coliving_rent", coliving_rent, SCREEN_FACES),
    ("grocery_pass", grocery_pass, MAIL_FACES),
    ("cloud_plan", cloud_plan, MAIL_FACES),
    ("teleconsult", teleconsult, SCREEN_FACES),
    ("breakdown_cover", breakdown_cover, MAIL_FACES),
    ("ticket_resale", ticket_resale, SCREEN_FACES),
    ("carpool_seat", carpool_seat, SCREEN_FACES),
    ("seat_upgrade", seat_upgrade, MAIL_FACES),
    ("pet_insurance", pet_insurance, SCREEN_FACES),
    ("device_protection", device_protection, MAIL_FACES),
    ("home_security", home_security, SCREEN_FACES),
    ("ebike_subscription", ebike_subscription, SCREEN_FACES),
]


def make_heldout80_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout80 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

"""heldout79: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout79).

Families (8 receipts each), drawn away from heldout2 to heldout78's layouts: payments in trades, repairs and
small-town commerce across South and South-East Asia and East Africa, in English, about three in five pages in
rupees (₹, Rs., INR; lakh grouping on most pages) and the rest in Kenyan, Ugandan and Tanzanian shillings (KSh, Ksh,
Kshs., KES; USh, Shs, UGX; TSh, Tsh, TZS, a trailing /=), Philippine pesos (₱, PHP, Php), ringgit (RM, MYR), rupiah
(Rp, Rp., IDR; grouped with dots) and Sri Lankan rupees (Rs., Rs, LKR), whole shillings and rupiah, cents elsewhere
(on a share of Kenyan pages too). The kinds: a tyre puncture or vulcanizing shop's slip (Coimbatore, Nashik,
Hubballi, Batangas, Yogyakarta, Ipoh), an electric motor and pump rewinding workshop's bill (Rajkot, Coimbatore,
Ludhiana, Kurunegala), a boda boda trip paid by mobile money, as the ride app's trip receipt or as the mobile money
confirmation message (Nairobi, Kampala, Dar es Salaam), a car denting and painting or panel beating invoice (New
Delhi, Pune, Vijayawada, Kuala Lumpur), an ice factory's slip to a fishing boat or a fish vendor (Kochi, Ratnagiri,
Thoothukudi, Negombo, Navotas), a sound system and DJ hire's booking receipt or final bill (Kampala, Kisumu,
Madurai, Lucknow, Kolhapur), a cotton carding (dhunai) and mattress maker's order or delivery slip (Lucknow,
Hyderabad, Aligarh), a tiling contractor's running bill (Bengaluru, Kochi, Pune, Nairobi), a cloth dyeing and
fall-pico shop's slip (Jaipur, Varanasi, Surat), a coconut climbers' harvest bill (Alappuzha, Kasaragod, Vadakara,
Wariyapola), an outboard or boat engine mechanic's bill (Kollam, Thoothukudi, Negombo, Cebu) and a matatu SACCO's or
coach company's parcel waybill (Nairobi, Nakuru, Kampala, Dar es Salaam). Their pages name people who are not the
payee (drivers, customers, farmers, riders, hosts, clients, owners, land owners, climbers, boat owners, senders and
receivers), print other days (a motor's or a car's receiving day, an estimate's day, an earlier advance's or
payment's day, a warranty's end, an event's day, a ready or delivery day, a measurement, a next harvest or service,
an expected arrival) and other numbers (vehicle, motorbike and boat registrations, odometers and kilometres, job
card, work order, serial, engine, token and survey numbers, senders' and receivers' phones, tax numbers: GSTIN, KRA
PIN, TIN, SST, NPWP, BR) and other amounts (cash tendered and change, a previous balance, a total due and a balance
carried, a booking's or an order's total beside its advance and balance, an estimate, a discount or promo, a tip,
damage charged, earlier payments and the sum due, a declared value, a mobile money balance and fee, GST in halves,
SST 8% added, VAT or PPN included, a round-off), and word outcomes as successes, failures and waits on a share, on a
line of their own or beside a status label, or print none. Dates: one pattern per page (two-digit years and month
names on a share); day first on all pages but Philippine ones, which name the month or print it first. Faces: the
project's installed faces (Liberation, FreeFont, Noto, DejaVu); slips in monospaced faces in a share; rupee pages
print ₹ only in faces that hold it, else Rs. (or INR). Degradations as heldout66 (``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"):

* amount: what this page took (or tried to take) now, as "1234.50" (whole shillings and rupiah as "15000.00"): a
  puncture slip's, a denting invoice's (after discount, tax and round-off, never the estimate), a dyeing slip's, a
  harvest bill's, an engine bill's and a waybill's total (never the declared value); a rewinding bill's total, or
  where an advance paid on the job card's day is taken off, the balance; an ice slip's total, or where a previous
  balance is shown, the sum received now (never today's bill, the total due or the balance carried); a sound hire's
  or a carding shop's advance on a booking or order slip (never the total or the balance due) and the balance on a
  final bill or delivery slip; a dyeing slip's advance where one is taken; a tiling bill's sum paid now (never the
  work's value, the earlier payments, the sum due or the balance carried); a boda trip's total charged with its tip
  less its promo, or the sum a message says was paid (never its balance or fee). Never tax shown apart, a rate, cash
  tendered or change. currency: the ISO code of the amount (KES, UGX, TZS, PHP, MYR, IDR, LKR, INR).
* date: the day paid (or tried) as printed, ISO: Date, Dt., Dated, Date & time, Bill Date, Invoice Date, Booking
  Date, Booked on, Dinank; a message's "on 12/3/25 at 4:05 PM" or "on 2025-03-12 14:05:33"; a failed or waiting
  payment's page prints the day it was tried under the same labels, and a failed or waiting message prints none;
  None where not printed. Never Motor received on, Received on, Vehicle in, an estimate's day, Less advance paid on
  …, Advance jama …, Less received …, Warranty … (till …), Event date, Function date, Ready on, Delivery on,
  Delivery date, Measured on, Next harvest, Next climbing due, Next service due, Expected arrival, a pickup's or a
  drop-off's hour.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way paid as heldout74 on rupee
  pages (UPI, PhonePe, Google Pay are UPI; masked cards a card; Paytm Wallet a wallet); elsewhere M-PESA, Lipa na
  M-PESA, M-Pesa, MTN MoMo, MTN Mobile Money, Airtel Money, Tigo Pesa, GCash, Maya, Touch 'n Go eWallet, Boost,
  GoPay, OVO, DANA and eZ Cash are wallets, a masked debit card or Visa a card, Cash or a cash tendered line with
  change cash; a mobile money message is a wallet. None where no way is printed.
* status: only where words state the outcome; None otherwise: heldout74's wordings and Paid, Paid - thank you, safe
  journey!, Received with thanks, Payment received - thank you, Trip paid - thanks for riding!, Paid in full -
  vehicle delivered, Received - thank you, Advance received - date booked, Parcel booked - payment received, a
  message's Confirmed and was successful (success); UPI failed, UPI payment failed, UPI failed - please pay cash,
  UPI failed - motor held till payment, Payment failed - please pay your rider in cash, Card declined - vehicle not
  released, Payment failed - date not booked, UPI failed - pay at counter, Payment failed - parcel not dispatched, a
  message's Failed and has failed (failed); Payment pending, Payment pending - awaiting bank confirmation, Awaiting
  mobile money confirmation, a message's is being processed, is pending approval and is pending (pending). A heading
  (CASH BILL, BOOKING RECEIPT, FINAL BILL, RUNNING BILL, WAYBILL …), a label of a sum paid (Amount received, Paid
  now, Balance paid) or a line of terms states none.
* transaction_id: at most one, as printed. On rupee pages paid by UPI a UTR (UTR, UTR No, UPI Ref No, UPI Txn ID)
  where printed; on pages paid by a wallet its reference where printed (M-PESA Ref, M-Pesa Code, Mpesa Ref No,
  M-Pesa Ref, MoMo Txn ID, Airtel Money Txn ID, Tigo Pesa Ref, GCash Ref. No., Maya Ref No, Reference ID, TNG
  Transaction No, Boost Txn ID, GoPay Order ID, OVO Ref, DANA Txn ID, eZ Cash Ref, Transaction ID, Txn ID, Ref.
  No.); else the page's own number (Bill No, Bill No., Slip No, Receipt No, Invoice No, Inv No, Booking No, Parchi
  No, R.A. Bill No, Memo No, Job Bill No, Waybill No, Parcel No, Trip ID, Ride ID). A message's code (the one it
  opens with, or its Transaction ID) is its id; a failed or waiting message prints none. Never a job card, work
  order, token, survey, vehicle, plate, boat, engine or serial number, an odometer or a phone number, a tax
  number.
* merchant_name: the business on top, as printed: the shop, the workshop, the ride app, the body shop, the ice
  factory, the sound hirer, the carding shop, the contractor, the dyer, the climbers' group, the engine workshop,
  the parcel office; on a mobile money message the payee it names after "paid to", "sent to", "to pay … to" or
  "payment of … to", as printed (a rider or a stage's till), never the sender on top (MPESA, M-PESA, MTN MoMo,
  MobileMoney, TIGOPESA); never a driver, customer, farmer, rider, host, client, owner, climber, boat owner, sender
  or receiver.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout79_families import (
    boda_trip,
    coconut_climbing,
    cotton_carding,
    denting_painting,
    dyeing_shop,
    ice_factory,
    matatu_parcel,
    motor_rewinding,
    outboard_repair,
    puncture_shop,
    sound_hire,
    tiling_contractor,
)

SPLIT = "heldout79"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); slips print in monospaced faces in a
# share, bills in serif ones in a share, screens in sans faces.
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeMono.ttf",
]
FAMILIES: list[Family] = [
    ("puncture_shop", puncture_shop, SLIP_FACES),
    ("motor_rewinding", motor_rewinding, PAPER_FACES),
    ("boda_trip", boda_trip, SCREEN_FACES),
    ("denting_painting", denting_painting, PAPER_FACES),
    ("ice_factory", ice_factory, SLIP_FACES),
    ("sound_hire", sound_hire, PAPER_FACES),
    ("cotton_carding", cotton_carding, SLIP_FACES),
    ("tiling_contractor", tiling_contractor, PAPER_FACES),
    ("dyeing_shop", dyeing_shop, SLIP_FACES),
    ("coconut_climbing", coconut_climbing, PAPER_FACES),
    ("outboard_repair", outboard_repair, PAPER_FACES),
    ("matatu_parcel", matatu_parcel, SLIP_FACES),
]


def make_heldout79_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout79 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

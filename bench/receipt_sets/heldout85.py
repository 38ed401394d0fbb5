"""heldout85: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout85).

Families (8 receipts each), drawn away from heldout2 to heldout84's layouts: everyday payments in the Gulf (the UAE,
Saudi Arabia, Qatar, Oman, Bahrain) and Southeast Asia (Singapore, Malaysia, Thailand, the Philippines, Indonesia,
Vietnam), printed in English, in their currencies with marks or codes (AED, Dhs, SAR, SR, QAR, QR, OMR, RO, R.O. and
BHD, BD with three decimals, S$, SGD, RM, MYR, ฿ or THB (฿ only in faces that hold it), ₱, PHP, Php, Rp, IDR with
dot grouping and no decimals, ₫, đ, VND with no decimals): a hypermarket's till roll (Carrefour, LuLu, Union Coop,
Panda, Giant, FairPrice Xtra, Lotus's, AEON BIG, Tops, Big C, SM Hypermarket, Puregold, Transmart, WinMart …), a
ride-hailing trip receipt (Careem, Uber, Grab, Gojek, inDrive) with a Salik toll on a share of Dubai trips, a food
delivery order (talabat, HungerStation, Jahez, Deliveroo, foodpanda, GrabFood, GoFood, ShopeeFood), a mobile
recharge or postpaid bill payment page (du, e&, STC, Mobily, Ooredoo, Omantel, Batelco, Singtel, Maxis, CelcomDigi,
AIS, Globe, Smart, Telkomsel, Viettel), a QR payment screen (PayNow in DBS digibank or OCBC, DuitNow QR in Maybank2u
or Touch 'n Go eWallet, PromptPay in K PLUS or SCB EASY, QRIS in GoPay, DANA or BCA mobile, QR Ph in GCash or Maya,
VietQR in MoMo), a pharmacy's till roll (Aster, Life, Boots, Nahdi, Al-Dawaa, Guardian, Watsons, Unity, Caring,
Mercury Drug, Southstar, Kimia Farma, Pharmacity, Long Chau) with a Philippine senior citizen's discount on a
share, a toll tag's, parking wallet's or transit card's top-up (Salik, Darb, RTA Parking, Mawgif, Touch 'n Go,
EZ-Link, Autosweep, Easytrip, Easy Pass, e-Toll Mandiri), a government service's e-receipt (Dubai Police fines, a
residence visa renewal, Dubai Municipality, Absher, Metrash, Royal Oman Police, LTA, ICA, JPJ, PDRM, LTO, Bureau of
Immigration, the Department of Land Transport) with the UAE's knowledge and innovation fees, a school's fee receipt,
a laundry's or tailor's slip with the day to collect and an advance on a share, a petrol station's slip (ADNOC,
ENOC, Emarat, Aldrees, SASCO, WOQOD, OQ, Bapco, Shell, SPC, Esso, Petronas, PTT, Bangchak, Petron, Caltex,
Pertamina, Petrolimex) and an exchange house's remittance receipt (Al Ansari, LuLu Exchange, Al Fardan, Enjaz,
BFC, Merchantrade …). Taxes as the countries print them: VAT 5% in the UAE and Oman, 15% in Saudi Arabia, 10% in
Bahrain, none in Qatar, GST 9% in Singapore, SST 6% in Malaysia, VAT 7% in Thailand, 12% in the Philippines (VATable
sales beside the VAT amount), PPN 11% in Indonesia, VAT 8% in Vietnam; added to a subtotal or included in the
prices. Their pages print, besides the truths, people who are not the payee (cashiers, pharmacists and patients,
captains and drivers, riders greeted, customers and account holders, a logged-in user, applicants and vehicle
owners, students and parents, remitters and beneficiaries, tellers), companies that are not the payee (the
restaurant under a delivery platform, the app a QR payment was made in, the payer's bank, a beneficiary's bank, a
ride company's legal name), other days (an offence's day, a validity or expiry day, a next instalment's due day, a
cheque's date, a laundry's delivery or collection day), other numbers (TRN, GST, SST, NPWP and TIN numbers, trade
licences and DHA, MOH or KHDA licences, POS and cashier numbers, loyalty and member numbers, masked cards, Rx and
senior citizen ID numbers, plates, mobile and account numbers, Emirates ID, Iqama, QID, NRIC and MyKad numbers,
fine and violation numbers, student IDs and admission numbers, cheque numbers, merchant IDs, tag, card and CAN
numbers, pump numbers, customer numbers and a beneficiary's account) and other amounts (subtotals, tax, rounding,
cash tendered and change, points, fare parts, tolls, fees, promos and vouchers, rider tips, a bill's amount due, a
new or previous balance, an available balance, fee lines, a year's balance, a laundry's total beside an advance and
its balance, a price per litre and the litres, the sum sent abroad in a foreign currency, a rate, a commission and
its VAT), and word outcomes as successes, failures and waits on a share (as a heading, on a line of its own,
beside a Status label) or none. Dates: one pattern per page, day first (slashes, dashes, dots, two-digit years,
English month names, a weekday in front), ISO on a share. Faces: the project's installed faces (Noto, DejaVu,
Liberation, FreeFont): sans faces on screens and web pages, monospaced ones on tills and slips, sans and serif
faces on printed sheets. Degradations as heldout66 (``heldout14_render.degrade``; screens and web pages are always
photographed off the display, ``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50" (dinars' three decimals end in 0: "12.350"
  is "12.35"; rupiah and dong print no decimals: "Rp 125.000" is "125000.00"): a hypermarket's TOTAL / TOTAL DUE /
  NET TOTAL / TOTAL AMOUNT (tax added in; a Malaysian or Singaporean rounding on cash in; never the SUBTOTAL, the
  tax, cash given, change or points); a ride's large sum and its Total / Total fare / Total paid / You paid (tolls
  and fees in, a promo off); a delivery order's Total / Total (incl. VAT) / Total paid / Grand total (fees and a
  rider tip in, a voucher off); a recharge's Amount paid / Amount / Total paid / Recharge amount (never a bill's
  amount due, the VAT in it or the new balance); a QR screen's large sum (never the balance); a pharmacy's TOTAL /
  AMOUNT DUE / TOTAL AMOUNT (a senior citizen's or member's discount off; never VATable sales or the VAT amount); a
  top-up's large sum: the top-up amount, or the Total paid with a service fee (never a balance); a government
  receipt's Total amount paid / Total paid / Amount paid / Total (every fee line in); a school's Amount received /
  Total paid / Total amount paid (never the year's balance); a laundry's or tailor's TOTAL / NET AMOUNT / TOTAL
  AMOUNT, or where an advance is taken the ADVANCE / ADVANCE PAID / PAID NOW (never the total or the balance); a
  petrol slip's TOTAL / TOTAL AMOUNT / NET AMOUNT (tax added in; never the price per litre); a remittance's Total
  paid / Total amount / Net payable / Total collected in the local currency (the commission and its VAT in; never
  the sum sent abroad or the local amount before charges). currency: the page's country's code (AED, SAR, QAR, OMR,
  BHD, SGD, MYR, THB, PHP, IDR, VND; a Singapore page's bare $ is SGD).
* date: the day paid (or tried) as printed, ISO: a till's, pharmacy's or petrol slip's date-and-time line or DATE /
  DATE/TIME; a ride's date line under the sum; a delivery's Order date / Ordered on / Placed on; a recharge's Date /
  Date & time / Payment date / Transaction date; a QR screen's Date / Date & time / Transaction date; a top-up's
  Date / Top-up date / Transaction date; a government receipt's Payment date / Date of payment / Paid on / Date; a
  school's Date / Receipt date / Date received; a laundry's DATE / RECEIVED ON / DATE IN (the day handed in and
  paid); a remittance's Date / Transaction date / Date & time. None where not printed (a delivery, QR or top-up
  screen that leaves it off). Never Valid until / Expiry date, Violation date / Offence date, Next instalment due,
  Cheque date, DELIVERY DATE / READY ON / COLLECT ON, the times of a ride's pickup and drop-off.
* payment_method: "card", "wallet", "netbanking", "cash" from the printed way paid: a tender of VISA, MASTERCARD,
  MADA, NETS, DEBIT, AMEX, CREDIT CARD, DEBIT CARD or FLEET CARD with a masked card is a card, as are "Visa ••••
  1234", "Mastercard ending 1234", "Card XXXX 1234", "Debit card …"; CASH, Cash, Cash on delivery are cash; Careem
  Pay, Uber Cash, GrabPay Wallet, GrabPay, GoPay, talabat pay, pandapay, ShopeePay, Apple Pay, Google Pay, GCash,
  TrueMoney, TNG EWALLET, OVO, DANA, MOMO are wallets; FPX, FPX online banking, Online banking, Internet banking,
  Mobile banking, eNETS Debit, SADAD, Bank transfer are netbanking; a QR screen pays as its app does: PayNow from a
  bank account in DBS digibank or OCBC, DuitNow QR in Maybank2u, PromptPay in K PLUS or SCB EASY and QRIS in BCA
  mobile are netbanking (From account), DuitNow QR in Touch 'n Go eWallet, QRIS in GoPay or DANA, QR Ph in GCash or
  Maya and VietQR in MoMo are wallets (Paid from … balance / Wallet); a school's Cheque is none of the four (None,
  as heldout84). None where no way is printed.
* status: only where words state the outcome; None otherwise. Success: APPROVED, ** APPROVED **, TRANSACTION
  APPROVED, Payment successful, Paid, Payment confirmed, Bill paid, Recharge successful, Top-up successful, Your payment was
  successful, Payment Successful, Successful, Transfer successful, Success, PAID, PAID - THANK YOU, Payment received
  with thanks, ** PAID **, PAID WITH THANKS, Transaction successful. Failed: Payment failed - please update your
  payment method, Payment failed - order cancelled, Payment unsuccessful, Recharge failed, Payment failed,
  Transaction unsuccessful, Payment Failed, Top-up failed, Transaction declined. Pending: Payment pending, Awaiting
  payment confirmation, Payment processing, Recharge pending, Payment Pending, Processing, Top-up pending,
  Processing - balance will update shortly, Pending confirmation. A heading (TAX INVOICE, OFFICIAL RECEIPT, Top-up
  receipt, e-Receipt, FEE RECEIPT, REMITTANCE RECEIPT …), a label of a sum paid (Total paid, Amount paid, ADVANCE
  PAID), a thanks (THANK YOU FOR SHOPPING, Thanks for riding), a new balance or a screenshot hint states none.
* transaction_id: at most one, as printed, the strongest printed: on a till, a pharmacy roll or a petrol slip the
  APPR CODE / AUTH CODE / APPROVAL / AUTH NO, else the BILL NO / RECEIPT NO / TRANS NO / INV NO / SALES INVOICE NO
  / INVOICE NO / RECEIPT # / SI NO; on a ride the Booking ID / Trip ID / Ride ID / Order ID (Grab's A- and Gojek's
  RB- heads kept); on a delivery the Order ID / Order # / Order no.; on a recharge the Transaction ID / Reference
  no. / Transaction reference / Receipt no.; on a QR screen the Reference No. / Ref No. / Transaction ID /
  Transaction No. (never the Merchant ID); on a top-up the Transaction no. / Transaction ID / Reference number; on
  a government receipt the Receipt no. / Transaction no. / Payment reference / e-Receipt no. (never a fine, ticket
  or violation number); on a school receipt the Auth code where a card paid, else the Receipt No. / Receipt # / OR
  No. (never a student ID, admission or cheque number); on a laundry's slip its SLIP NO / BILL NO / INVOICE NO; on a
  remittance the Transaction No. / TT Ref No. / Reference No. / Txn No. (never the customer's number or the
  beneficiary's account). None where none is printed. Never a TRN, GST, SST, NPWP or TIN number, a licence, a POS
  or cashier number, a loyalty or member card's number, a masked card, an Rx or SC ID number, a plate, a mobile or
  account number, an Emirates ID, Iqama, QID, NRIC/FIN, MyKad or CRN, a tag, card or CAN number, a pump number.
* merchant_name: the payee as printed: the chain on top of a till or pharmacy roll in its capitals (never the
  branch); the ride app on top (never the captain or driver, never the company's legal line); the delivery
  platform on top (never the restaurant under it, as heldout83's marketplaces); the operator on top of a recharge;
  the shop under Paid to / To / Merchant on a QR screen (never the app, the payer's account or its holder); the
  toll, parking or card operator on top of a top-up; the authority on top of a government receipt (never the
  applicant or vehicle owner); the school on top (never the student, parent or cashier); the laundry or tailor on
  top (never the customer); the fuel brand on top (never the station's number or town); the exchange house on top
  of a remittance (it took the money; never the remitter, the beneficiary or the beneficiary's bank).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout85_families import (
    exchange_remit,
    food_delivery,
    gov_fee,
    hypermarket_till,
    laundry_slip,
    mobile_recharge,
    petrol_slip,
    pharmacy_till,
    qr_payment,
    ride_receipt,
    school_fee,
    toll_topup,
)

SPLIT = "heldout85"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): screens and web pages in sans faces,
# tills and slips in monospaced ones, printed sheets in sans and serif faces; ฿ is printed only in faces that hold
# it (heldout85_families.has_glyph), THB elsewhere.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
SHEET_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
FAMILIES: list[Family] = [
    ("hypermarket_till", hypermarket_till, SLIP_FACES),
    ("ride_receipt", ride_receipt, SCREEN_FACES),
    ("food_delivery", food_delivery, SCREEN_FACES),
    ("mobile_recharge", mobile_recharge, SCREEN_FACES),
    ("qr_payment", qr_payment, SCREEN_FACES),
    ("pharmacy_till", pharmacy_till, SLIP_FACES),
    ("toll_topup", toll_topup, SCREEN_FACES),
    ("gov_fee", gov_fee, SHEET_FACES),
    ("school_fee", school_fee, SHEET_FACES),
    ("laundry_slip", laundry_slip, SLIP_FACES),
    ("petrol_slip", petrol_slip, SLIP_FACES),
    ("exchange_remit", exchange_remit, SHEET_FACES),
]


def make_heldout85_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout85 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

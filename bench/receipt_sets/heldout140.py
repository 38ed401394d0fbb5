"""heldout140: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a homestay and small hotel's day in 2026 (one property in each of Munnar, Madikeri,
Kasauli, Gokarna, Darjeeling, Ooty, Rishikesh and Varkala, a trade name and its registered firm), told by the
proofs of payment it receives (guests' UPI for room advances and balances, a corporate guest's or a tour group's
bank transfer, the front desk's card slips, a foreign guest's card, an online travel agency's monthly settlement
net of commission, its own guest folio cum receipt) and those it makes (the laundry and linen vendor, the grocery
wholesaler, electricity and water through Bharat Connect, the property-management software's subscription on a card,
the taxi partner's payout, refunds of cancelled stays, the tourism licence fee and GST). One payment per page.

* ``guest_upi``: a guest's UPI app paying the property a room advance or the balance at checkout (Google Pay,
  PhonePe, Paytm, BHIM, Amazon Pay, CRED, Navi, MobiKwik; dark on CRED and some others): heldout125's result screen,
  the property (its firm on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), the
  app's own id on some, a note (Room advance, Balance at checkout, Advance for 3 rooms) on most; Payment Successful /
  Paid successfully / Transaction Successful / Money sent / Payment Failed / Transaction failed / Payment declined /
  Payment Pending / Payment processing / Transaction pending.
* ``guest_transfer``: a corporate guest's or a tour group's bank after an NEFT, RTGS or IMPS (OnlineSBI, Canara ai1,
  PNB ONE, IDFC FIRST Bank Corporate, Union Bank Vyom, YES CONNECT, Indus Direct, Kotak Mobile Banking): heldout124's
  page, the property under Beneficiary Name / Payee / Credited to, the account and IFSC, the mode, UTR / UTR No. /
  IMPS Ref No / RRN and the bank's Reference No. / Bank Ref. / Transaction ID on some, the day, the debit account,
  Purpose / Remarks (Tour group advance - 18 pax, Offsite stay - 6 rooms); Transaction Successful / Funds transferred
  successfully / <mode> transfer successful / Transaction Failed / Returned by beneficiary bank / <mode> transfer
  failed / Pending at beneficiary bank / <mode> under process / Transaction in process.
* ``desk_card``: the front desk's card terminal slip (Pine Labs, Ezetap by Razorpay, Mswipe, Paytm EDC, HDFC Bank,
  ICICI Merchant Services, Worldline, PhonePe POS; monospace): the maker, the property in capitals, its locality and
  town, SALE / CHARGE SLIP / CARD SALE or PRE-AUTH / AUTH ONLY - PRE-AUTH, DATE, TIME, MID, TID, BATCH, INV NO / ROC
  NO / INVOICE NO, ROOM NO on some, the card, APPR CODE / AUTH CODE and RRN / REF NO, TOTAL / SALE AMT / BASE AMT /
  AMOUNT or PRE-AUTH AMT / AUTH AMOUNT (INR, Rs., RS. or none; western grouping or plain); APPROVED / TXN APPROVED /
  DECLINED with its response code / PRE-AUTH APPROVED with AMOUNT BLOCKED - TO BE COMPLETED AT CHECKOUT.
* ``foreign_card``: a foreign guest's card at the front desk (monospace; Pine Labs, Worldline, HDFC Bank, Ezetap,
  ICICI Merchant Services, Mswipe, Axis Bank): the property in capitals, SALE - DCC / CURRENCY CONVERSION SALE / SALE
  / CHARGE SLIP / PRE-AUTH, the day and hour, MID, TID, BATCH, INV NO / INVOICE, the card and ISSUER COUNTRY, APPR
  CODE and RRN; a converted slip (five) prints BASE AMOUNT / LOCAL AMOUNT in INR, EXCHANGE RATE 1 USD = n INR, MARGIN
  / MARK-UP over ECB / Reuters, TRANSACTION CURRENCY USD or EUR and TOTAL / TOTAL AMOUNT / PRE-AUTH AMT in it, and
  the cardholder's acceptance; the others (three) TOTAL INR with DCC DECLINED BY CARDHOLDER / CARD CURRENCY USD -
  BILLED IN INR; APPROVED / AUTHORISED / DECLINED / PRE-AUTH APPROVED (HOLD ONLY - FINAL CHARGE AT CHECKOUT).
* ``ota_payout``: an online travel agency's settlement of the month's prepaid bookings (Booking.com, Agoda,
  MakeMyTrip, Goibibo, Airbnb, Expedia Partner Central, Cleartrip, EaseMyTrip; its e-mail or its extranet in a
  browser): the agency on top, Payment advice / Remittance advice / Payout summary, Property / Hotel / Paid to the
  property, Property ID / Hotel code / Listing ID, Check-outs in / Statement period / Stay month (a month), the
  count and some Reservation / Booking <10 digits> rows with their nights, Gross booking value / Room revenue, Less:
  Commission (n%), GST on commission @ 18% / IGST, TCS under GST (1%) / TCS u/s 52, TDS u/s 194-O / TDS 0.1%, Net
  payable / Amount remitted / Net payout, the account, NEFT / Bank transfer, Payment ID / Remittance ID / Payout ID,
  UTR, Paid on / Remitted on / Payment date / Attempted on / Scheduled for; Status: Paid / Remitted / Payment
  returned - invalid account / Processing.
* ``guest_folio``: the property's GUEST FOLIO / TAX INVOICE CUM RECEIPT / BILL OF STAY (paper, serif): the property
  on top, Folio / Bill / Invoice No., Date / Bill Date, Guest (or M/s a company), Room No. and its type, Check-in and
  Check-out, Nights, Pax, Room tariff n x nights, Extra bed, Breakfast / Meals (MAP), Bonfire / Jeep safari, GST @ 5%
  / CGST 2.5% + SGST 2.5%, Total / Grand Total / Bill amount, Less: Advance received / Advance (UPI) on some, Balance
  received / Amount received or Balance due / payable / Amount payable, the amount in words on some, Paid by /
  Payment mode / Settled by (cash, UPI, card, NEFT) and UPI Ref No. / UPI Txn Ref / UPI RRN / NEFT UTR / Auth Code /
  RRN; PAID / RECEIVED WITH THANKS / PAID - THANK YOU / CARD (UPI) DECLINED (FAILED) - BALANCE DUE / BILL TO COMPANY
  - PAYMENT DUE in a row and in the front office's rubber stamp.
* ``supplier_bill``: the laundry and linen vendor's or the grocery wholesaler's bill to the property (paper): the
  vendor on top, LAUNDRY BILL / CASH BILL / CREDIT BILL / CASH / CREDIT BILL / ESTIMATE CUM RECEIPT / INVOICE, Bill /
  Memo No., Date, To / Party / Bill to M/s the property, Lot picked up (a laundry's earlier day), the items (Bedsheet
  (double) 40 pcs x 18, Basmati rice 25 kg 2 bag x 1980), Total, Amount received / Paid / Received or Amount due /
  Balance payable (Rs., ₹, Rs or /-), Mode / Paid by (UPI, cash, NEFT) with its reference, Tried UPI on a failure;
  PAID / RECEIVED WITH THANKS / UPI FAILED - AMOUNT DUE / ON CREDIT - PAYMENT DUE.
* ``utility_bbps``: the property's electricity or water bill through Bharat Connect (BBPS) in an app (iMobile Pay,
  PhonePe, YONO SBI, Paytm, FedMobile, Axis Mobile, Amazon Pay, Google Pay): the app on top, the outcome, the sum
  large, Biller / Board / Paid to the board (KSEB, CESC Mysore, HPSEBL, HESCOM, WBSEDCL, TNPDCL, Uttarakhand Jal
  Sansthan, KWA, or its long name), Consumer No. / Connection ID / Service No., Consumer name / Name the property's
  firm, Tariff, Bill No., Bill date / Bill generated on and Due date, Units consumed / Consumption, Bill amount, Paid
  using / Payment mode (account, UPI, credit card, the app's wallet), Bharat Connect Ref ID / B-Connect Txn Ref, UPI
  RRN and Transaction ID on some, Paid on / Date & Time / Attempted on / Initiated on; Bill paid successfully /
  Payment successful / Paid to biller / Payment failed / Bill payment failed / Awaiting confirmation from biller /
  Payment pending.
* ``pms_subscription``: the property-management or channel-manager software's subscription charged to the
  property's card (eZee Absolute, Hotelogix, Djubo, STAAH, AxisRooms, Cloudbeds, IDS Next, Zoho Books; its billing
  e-mail or its billing page in a browser): the vendor on top and its company under it, Payment receipt / Invoice -
  paid / Subscription renewed / Subscription payment, Billed to / Customer the property's firm, Plan, Billing period
  / Period, Subscription, an add-on, IGST / GST @ 18%, Amount charged / Total paid / Total, Card / Payment method,
  Invoice No., Payment ID (pay_...) / Transaction ID (TXN...), Auth code on some, Paid on / Payment date / Attempted
  on / Initiated on; Status: Paid / Payment failed - card declined / Payment pending - awaiting 3-D Secure.
* ``taxi_payout``: the property paying its taxi partner for guests' pickups and sightseeing from its bank's app
  (FedMobile, Canara ai1, HDFC Bank MobileBanking, BHIM SBI Pay, ICICI iMobile, Kotak Mobile Banking, Axis Mobile,
  South Indian Bank SIB Mirror+): the bank on top, Transfer successful / Money sent / Transfer failed / Transfer
  pending / Transaction in process, the sum large, Paid to / Beneficiary / Transferred to the partner, the UPI ID or
  the account and IFSC, Mode (IMPS, UPI, NEFT), a Payout note / Remarks (Trips (n) fares, Less: commission 10%, Net
  to partner), IMPS Ref No / UPI Ref No / UTR and Transaction ID, Date & Time / Transferred on / Attempted on /
  Initiated on, From / Debited from the property's account.
* ``stay_refund``: the property refunding a cancelled stay in full (free window) or in part (25% or 50% kept): its
  gateway's refund page in a browser (Razorpay, Cashfree, PayU; the property's firm under it) or its own refund
  e-mail (the property on top): Refund details / Refund summary / Your refund, the outcome and the refund large on
  the gateway, Refunded to / Guest / Customer the guest, Booking ID / Reservation No., Stay / Check-in (a later day),
  Nights, Amount paid at booking / Booking amount, Cancellation charge (n% / free window), Refund amount / Amount
  refunded, Refund to / Refunded via Source - UPI / card / net banking, Refund ID (rfnd_..., refund_..., digits,
  RF...), ARN on a card, RRN / UTR otherwise, the original Payment ID on some, Processed on / Refunded on / Failed on
  / Initiated on; Processed / Refund processed / Failed / Refund failed / Pending / Initiated / Refund initiated.
* ``govt_fee``: the property's homestay licence or classification fee on a state treasury's portal (Kerala Tourism
  - eTreasury, Khajane-II, HIMKOSH, GRIPS - West Bengal, Uttarakhand e-Treasury) or its GST on the GST portal's
  Payment Receipt / Challan Receipt (GST PMT-06) (three pages; a browser or printed): the portal on top, Department
  the tourism department, e-Receipt / Challan Receipt / Payment Acknowledgement, Licence / Registration No.,
  Establishment / Unit name, Category, Valid upto / Renewal upto, Head of account, Licence / Registration / renewal /
  Classification fee, Late fee; or CPIN, GSTIN, Legal name / Name of taxpayer, Return / Tax period, CGST (0005) and
  SGST (0006) Tax and Interest; Total / Amount paid / Total challan amount / Total amount, Mode of payment / Payment
  mode, GRN / Challan Ref No., CIN, Bank Ref No / BRN, UPI Ref No, Date of deposit / Paid on / Payment date /
  Attempted on / Initiated on; Payment Successful / Success / Paid / Payment Failed / Payment failed / Pending with
  bank.

Outcomes: six successes, a failed and a pending page in every family. Absent fields: each family leaves out the id on
one page (no UTR, UPI reference, RRN, IMPS reference, ARN, approval or auth code, bank, B-Connect or Bharat Connect
reference, BRN, transaction, payment, payout, remittance or refund id, GRN, challan reference, CIN, CPIN, app's own
id, folio, bill, memo, invoice, INV or ROC number; booking and reservation ids, property, hotel and listing ids,
licence and registration numbers, consumer, connection and service numbers, the board's bill number, the original
payment's Payment ID, room numbers, MID, TID, batch, card numbers, GSTIN, IFSC, account numbers, UPI IDs and heads
of account stay) and the day on one (no date anywhere: no check-in or check-out, stay, lot pickup, bill or due day,
billing period, statement month, return period or licence validity either, no financial year in a number, no RTGS
UTR (it carries the day), no CPIN or CIN that carries a year; an e-mail's hour and a slip's TIME at most). Sums: ₹
(faces that draw it), Rs., Rs, INR, /- on counter paper, INR / Rs. / none on slips, USD and EUR on the converted
foreign slips; lakh grouping on most, western and plain on some. Days: dd/mm/yyyy, dd-Mon-yyyy, d Month yyyy,
dd.mm.yyyy, Mon dd, yyyy, dd-mm-yyyy, dd Mon yy and yyyy-mm-dd on paper and e-mails, heldout121's PATS with an hour
on screens and browsers, DD/MM/YYYY, DD/MM/YY, DD-MON-YYYY, DDMONYY and DDMONYYYY on slips. Faces: heldout119's lists
(SLIP_FACES for both card slips, BILL_FACES for the folio, PAPER_FACES for the supplier's bill, PAGE_FACES for the
treasury and GST pages and the OTA's advice, SCREEN_FACES for the rest). Frames: heldout121's ``compose``
(heldout129's rubber stamp on the folio). Seeds ``heldout140-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the property (its firm on some) on guests' UPI screens (Paid to / To /
  Sent to) and transfers (Beneficiary Name / Payee / Credited to), in capitals on its card slips (never the terminal
  maker or the acquiring bank above it), on top of its own folio (never the guest or M/s the company under Guest);
  the vendor on top of its bill (never M/s the property under To / Party / Bill to); the board under Biller / Board
  / Paid to (never the app, Bharat Connect or the consumer name); the software vendor on top of its receipt (never
  its company line under it, the card or the property under Billed to). Never a bank, app, terminal maker, gateway,
  portal or the payer. *settled*: an online travel agency's settlement pays the property: the payee is the property
  under Property / Hotel / Paid to, never the agency on top. *settled*: the taxi partner's payout pays the partner
  under Paid to / Beneficiary / Transferred to (never the bank on top nor the property's account under From).
  *settled*: a cancelled stay's refund is a payment the property makes: its payee is the guest under Refunded to /
  Guest / Customer (heldout137), never the gateway on top, the property's firm under it or the property on top of
  its e-mail. *settled*: a licence fee's payee is the tourism department under Department (never the treasury
  portal on top); a GST challan names no payee (heldout137: the Centre and the state are paid; the portal and the
  bank are not).
* amount / currency: the sum this payment moved. *settled*: a folio's Balance received / Amount received (after the
  advance where one is deducted; never the Total / Grand Total / Bill amount then, nor the tariff, a meal, GST or
  the advance); an unpaid one's Balance due / payable or Amount payable. An agency's Net payable / Amount remitted /
  Net payout (after commission, GST on it, TCS and TDS), never the gross booking value. A supplier's Amount received
  / Paid / Received, or Amount due / Balance payable where unpaid (the Total, the same sum). A board's bill amount
  (the sum large, the same as Bill amount). A subscription's Amount charged / Total paid / Total with GST. The taxi
  partner's sum large (the Net to partner), never the trips' fares or the commission. A refund's Refund amount /
  Amount refunded (the booking amount less the cancellation charge), never the Amount paid at booking. A licence
  fee's Total / Amount paid (fee and late fee summed); a challan's Total challan amount / Total amount. A pre-auth's
  PRE-AUTH AMT / AUTH AMOUNT (the sum held). Currency INR everywhere but on foreign_card's five converted slips.
  *settled*: a converted (DCC) slip counts the TOTAL in the card's currency that the cardholder accepted, USD or EUR
  (its TRANSACTION CURRENCY; heldout99), never the BASE AMOUNT / LOCAL AMOUNT in INR or the rate; a foreign card
  billed without conversion (DCC DECLINED BY CARDHOLDER / CARD CURRENCY USD - BILLED IN INR) counts its TOTAL in
  INR.
* status: as printed (the words listed with each family above). *settled*: a card slip's PRE-AUTH APPROVED (a hold
  at check-in, completed at checkout) is pending; a folio's BILL TO COMPANY - PAYMENT DUE and a supplier's ON CREDIT -
  PAYMENT DUE are pending, <way> DECLINED / FAILED - BALANCE DUE and UPI FAILED - AMOUNT DUE failed; an agency's
  Processing (Scheduled for) is pending and Payment returned - invalid account failed; Awaiting confirmation from
  biller, Payment pending - awaiting 3-D Secure, Transaction in process, Initiated / Refund initiated and Pending
  with bank are pending.
* date: the day paid (a folio's, bill's or slip's Date / Bill Date / DATE; Paid on, Remitted on, Payment date,
  Transaction Date, Value Date, Transferred on, Date & Time, Processed on, Refunded on, Date of deposit; Attempted
  on, Failed on, Initiated on, Scheduled for on the failures and the waits). *settled*: an unpaid folio's or
  supplier's bill's day is its Date / Bill Date. *settled*: a folio's Check-out may fall on its Date but is never
  the source; Check-in / Check-out, a refund's Stay / Check-in, a laundry's Lot picked up, a board's Bill date / Bill
  generated on and Due date, a Billing period, an agency's Check-outs in / Statement period / Stay month, a Return /
  Tax period and a Valid upto / Renewal upto are never the day.
* payment_method: UPI, card (a slip's card, a card on a page, a refund to a card), cash, "netbanking" for NEFT /
  RTGS / IMPS, net banking and a bank account debited on a Bharat Connect page, wallet for an app's wallet on a
  Bharat Connect page. *settled*: an agency's NEFT / Bank transfer is "netbanking"; a refund's Source - UPI / card /
  net banking is its way; a pre-auth is "card"; a supplier's failed UPI names UPI (Tried UPI); a folio's BILL TO
  COMPANY and a supplier's credit bill name no way.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / UPI RRN (*settled*: a
  card refund's ARN), then a bank reference (Bank Ref No, Bank Ref., Reference No., BRN; *settled*: a Bharat Connect
  Ref ID / B-Connect Txn Ref, heldout137), then a transaction / payment / payout id (Transaction ID, Payment ID,
  pay_..., TXN..., an app's own id, Payment / Remittance / Payout ID; *settled*: a refund's Refund ID, a treasury's
  GRN / Challan Ref No., a GST challan's CIN), then an approval code (APPR CODE, AUTH CODE, Auth Code, Approval
  Code), then a document's own number (Folio / Bill / Memo / Invoice No., INV NO / ROC NO / INVOICE NO on a slip;
  *settled*: a GST challan's CPIN, heldout128). *settled*: never a Booking ID / Reservation No. / Reservation <n>
  (the stay's, not the payment's), the original Payment ID on a refund page (the booking's payment, not this
  refund), a Property ID / Hotel code / Listing ID, a Licence / Registration No., a Consumer / Connection / Service
  No., a board's Bill No., a Head of account, a ROOM NO, MID, TID, BATCH, a card, account or mobile number, a UPI ID,
  GSTIN or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout140_families import (
    compose,
    desk_card,
    foreign_card,
    govt_fee,
    guest_folio,
    guest_transfer,
    guest_upi,
    ota_payout,
    pms_subscription,
    stay_refund,
    supplier_bill,
    taxi_payout,
    utility_bbps,
)

SPLIT = "heldout140"

FAMILIES: list[Family] = [
    ("guest_upi", guest_upi, SCREEN_FACES),
    ("guest_transfer", guest_transfer, SCREEN_FACES),
    ("desk_card", desk_card, SLIP_FACES),
    ("foreign_card", foreign_card, SLIP_FACES),
    ("ota_payout", ota_payout, PAGE_FACES),
    ("guest_folio", guest_folio, BILL_FACES),
    ("supplier_bill", supplier_bill, PAPER_FACES),
    ("utility_bbps", utility_bbps, SCREEN_FACES),
    ("pms_subscription", pms_subscription, SCREEN_FACES),
    ("taxi_payout", taxi_payout, SCREEN_FACES),
    ("stay_refund", stay_refund, SCREEN_FACES),
    ("govt_fee", govt_fee, PAGE_FACES),
]


def make_heldout140_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout140 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout135: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a random day's proofs of payment, as an event management and wedding planning company
(in Jaipur, Udaipur, Kochi, Indore, Mysuru, Dehradun, Guwahati and Surat; a trade name, its registered company and
a weddings desk in each) receives them from the families and companies it plans weddings and events for in 2026,
pays its venues, caterers, tent houses and other vendors, and refunds its clients. One payment per page, no lists or
threads.

* ``client_upi``: a client's UPI app paying the company (Google Pay, PhonePe, Paytm, WhatsApp Pay, CRED, BHIM,
  super.money, Amazon Pay; dark on CRED and some others): heldout125's result screen, the company or its weddings
  desk (its registered name on some) under Paid to / To / Sent to, a note on most (Wedding booking advance, Sangeet
  decor - 2nd instalment, Token amount).
* ``client_transfer``: a client's bank app or corporate net banking after an NEFT, RTGS or IMPS to the company (Kotak
  Mobile Banking, IDFC FIRST Bank, FedMobile, ICICI Bank Corporate Internet Banking, SIB Mirror+, AU 0101, SBI
  Corporate Internet Banking, BOI Mobile Omni Neo): heldout124's page, the company (its registered name on many)
  under Payee Name / Transfer to / Beneficiary Name, the account, IFSC, the mode, UTR / IMPS Ref No / RRN and the
  bank's Bank Ref No. / Reference ID / Transaction Reference on some, the day, the debit account, Purpose / Remarks /
  Narration.
* ``milestone_receipt``: the company's MILESTONE PAYMENT RECEIPT / TAX INVOICE CUM RECEIPT / PAYMENT RECEIPT - WEDDING
  PACKAGE against a wedding or event package (paper): Receipt / Rcpt. / Document No., Contract No. / Booking ID,
  Date of receipt / Payment date / Received on (Date / Attempted on / Raised on), Client / Received from, Event,
  Event / Function date, Venue, Package value / Event package (taxable), GST @ 18%, Contract value / Total package
  (incl. GST), the payment schedule (n. milestone (pct%): received / this receipt / due now / due later), Received
  earlier, Milestone n due, Amount received / Received now / Paid today (a part with Balance of this milestone on
  two), Balance payable / Contract balance, Due by / Payable before on a milestone raised, NEFT / RTGS / UPI / card /
  cash and UTR / UPI Ref. No. / Approval Code / RRN; PAID / MILESTONE PAID / PART PAID / CARD DECLINED - MILESTONE
  UNPAID / PAYMENT DUE in a row and in the company's rubber stamp.
* ``banquet_booking``: a banquet hall's, lawn's or resort's BOOKING CONFIRMATION & ADVANCE RECEIPT / BANQUET BOOKING
  RECEIPT / HALL BOOKING SLIP for the company (paper, e-mail or the venue's booking portal in a browser): Booking Ref
  / Booking No., Receipt / Rcpt No., Paid on / Receipt date / Date / Returned on / Held on, Booked by / Booking party
  M/s the company, On behalf of the client, Function, Function date / Event on, Session / Timing, Hall / Venue area,
  Guaranteed pax / Minimum guarantee, Per plate (veg) / Tariff per cover, Hall rent / Lawn charges, Estimated bill
  (incl. GST) / Approx. total, Advance received / Advance paid / Advance, Balance payable, the way and its
  reference; BOOKING CONFIRMED / NEFT RETURNED - DATE NOT BLOCKED / DATE ON HOLD - ADVANCE AWAITED.
* ``caterer_bill``: a caterer's CATERING BILL / BILL CUM RECEIPT / FINAL BILL - OUTDOOR CATERING to the company
  (paper): Bill / Sr. / Invoice No., Date / Bill date / Dated, Party / M/s / Bill to the company, Function, Function
  date / Served on (days before the bill), Venue, plates by the menu (n plates x rate), Extra plates over guarantee,
  Live counters, Service staff, Sub total, CGST / SGST @ 2.5%, Grand total / Bill amount, Less: Advance paid at
  booking, Balance / Net payable, Amount paid / Received now / Received (Balance due / Still due where less), Amount /
  Payment of on a failure or a wait, UPI / NEFT / IMPS / cash and its reference; PAID / BILL SETTLED / UPI FAILED -
  BALANCE UNPAID / PAYMENT PENDING, the caterer's stamp.
* ``venue_slip``: the company's corporate card at a venue's front desk: the terminal's slip (Ezetap, Razorpay POS,
  BharatPe, Yes Bank, Kotak Mahindra Bank, Federal Bank, IndusInd Bank, PhonePe Smart POS; monospace): the venue in
  capitals, its city, DATE / DT, TIME / TM, MID, TID, BATCH NO / BATCH#, TRACE NO / ROC / INV#, SALE / PURCHASE, the
  card, CARD NO masked, NAME / CARD HOLDER the company, AMOUNT / TXN AMT / TOTAL (BASE AMT, TIP AMT and TOTAL on
  some), AUTH NO / APPROVAL, RRN / REF#; APPROVED / TRANSACTION DECLINED / TIMEOUT - REVERSAL PENDING.
* ``vendor_payout``: the company paying a decorator, florist, photographer, sound and light company, makeup artist or
  car rental: its corporate banking's bulk-payment transaction page (Kotak FYN, YES CONNECT, IDFC FIRST Corporate
  Banking, Axis neo for business; a browser: Batch ID / File Reference, Payee Name / Beneficiary, Payee / Vendor
  Code, the account, IFSC, Amount, Payment Mode, UTR, Customer Ref No. / Payment Ref, Value Date / Processed on /
  Rejected on / Uploaded on, Remarks; Paid / Rejected - invalid beneficiary account / Pending for authorisation) or
  the company's PAYMENT ADVICE / REMITTANCE ADVICE e-mail to the vendor (Payment Advice / Advice No., Vendor / Paid to
  / Payee, PAN, Your Invoice No. and Invoice date / Your bill dated, Towards, Gross amount, Less: TDS u/s 194C / 194J
  @ n%, Net amount paid / Net payable / Amount remitted, the mode, UTR, Payment date / Value date / Returned on /
  Initiated on; Paid / <mode> returned - not credited / Under process at bank).
* ``ticket_gateway``: a ticket buyer paying for the company's ticketed show through a payment page (Razorpay, PayU,
  Cashfree, Instamojo, Easebuzz, CCAvenue, PhonePe PG; browser or phone, dark on some): the company on top or under
  Organised by / Paying, the outcome, the sum large, Booking ID / Ticket booking no., Event, Show on / Event date,
  Venue, passes (Gold pass x 2), Booking / Convenience fee, GST on fee (18%) / IGST @ 18%, Total, the way, the
  gateway's ids (pay_…, Order ID, PayU ID, CF Payment ID, MOJO… Payment ID and Payment Request ID, Easebuzz ID,
  Tracking ID and Order No, Transaction ID), UPI Ref No / UPI RRN / Bank Ref No on some, the day.
* ``tent_receipt``: a tent house's MONEY RECEIPT / ADVANCE RECEIPT / RECEIPT (paper, a receipt book's page): No. /
  Receipt No. / Sl. No., Date / Dated, Received with thanks from (Payment from) M/s the company, the sum of Rupees …
  Only, by / Mode, its reference, Towards, Booking for / Set-up on (the days of the hire), shamiana, chairs, stage and
  gen-set with count x rate, Total order / Total hire charges, Received earlier on some, Balance / Balance due, the
  sum large in a box (Rs. n/-); RECEIVED / UPI FAILED - NOT RECEIVED / PAYMENT PENDING - TO BE CONFIRMED, the tent
  house's stamp.
* ``cancel_refund``: the company refunding a client whose booking was cancelled (paper voucher, e-mail or the client
  portal in a browser): CANCELLATION & REFUND NOTE / REFUND VOUCHER - BOOKING CANCELLED / CANCELLATION SETTLEMENT, the
  company on top (the payer), Refund Voucher / Cancellation Note No., Refund Txn ID / Refund Reference on the e-mail
  and the portal, Refund date / Processed on / Date / Attempted on / Initiated on, Refund to / Payee / Client the
  client, Cancelled booking / Booking No., Event, Was scheduled for / Original event date, Amount received till date
  / Total advances received, Less: Cancellation charges (n% as per clause 9), Less: Non-refundable venue / vendor
  advances on some, Refund amount / Net refund / Amount refunded, NEFT / UPI / IMPS / Reversal to card with UTR / UPI
  Ref. No. / IMPS RRN / ARN; REFUNDED / REFUND FAILED - ACCOUNT DETAILS INVALID / REFUND UNDER PROCESS - CREDIT IN 5-7
  WORKING DAYS / Refund initiated.
* ``security_deposit``: a venue's SECURITY DEPOSIT RECEIPT / REFUNDABLE CAUTION MONEY RECEIPT / DAMAGE DEPOSIT -
  ACKNOWLEDGEMENT for the company (paper, e-mail or the venue's portal): SD / Deposit Receipt No., Booking ID /
  Against booking, Deposit date / Received on / Date / Initiated on, Received from / Depositor M/s the company,
  Function, Function date / Event on, Hall / Area booked, Hall / Venue rent (paid vide / receipted separately),
  Security deposit (refundable) / Caution money / Damage deposit, the way and its reference, Refundable within n
  working days after the event; DEPOSIT RECEIVED / CARD DECLINED - DEPOSIT NOT RECEIVED / DEPOSIT PENDING - CREDIT
  AWAITED.
* ``wallet_payment``: the company's coordinator paying a makeup artist, mehendi artist, cab, dhol player, anchor,
  pandit or safa-tying artist from a wallet (Paytm, MobiKwik, Amazon Pay, PhonePe, Freecharge, Airtel Thanks; a
  phone, dark on some): the outcome, the sum large, Sent to / Paid to (To / Paying to) the artist over a masked
  mobile number, Paid from / Payment source the wallet, Wallet balance / Balance left and a cashback line on some
  successes, Wallet Txn ID / Order ID / Txn ID / Transaction ID, the day, Note / Message.

Outcomes: a failed and a pending page in every family. Absent fields: each family leaves out the id on one page (no
UPI reference, UTR, RRN, IMPS reference, ARN, approval or auth code, bank reference, the app's, wallet's or gateway's
transaction, payment, order or refund id, booking, contract or ticket booking number, receipt, bill, trace / ROC /
INV#, voucher, cancellation note, deposit receipt, payment advice or customer reference number; MID, TID, batch
numbers, GSTIN, PAN, account numbers, IFSC, mobile numbers, payee and vendor codes, a bulk file's Batch ID / File
Reference, the vendor's own invoice number and the cancelled booking's number stay) and the day on one (no date
anywhere: no event, function, show, set-up, due, invoice or bill day either, no financial year in a number, no RTGS
UTR (it carries the day); an e-mail's hour, a slip's TIME and a phone's clock at most). Sums: ₹ (faces that draw
it), Rs., Rs, RS., INR, /- on counter paper, none on slips' marks on some and on item lines; lakh grouping on most,
western and plain on some. Days: dd/mm/yyyy, dd-Mon-yyyy, d Month yyyy, dd.mm.yyyy, dd-mm-yy, Mon d, yyyy, dd Mon
yyyy and Weekday, d Month yyyy on paper, heldout121's PATS with an hour on screens, dd-mm-yyyy, yyyy-mm-dd, DD MON YY,
dd/mm/yy and dd.mm.yyyy on slips. Faces: heldout119's lists (SLIP_FACES for the slip, PAPER_FACES for the tent
house's receipt, BILL_FACES for the milestone receipt and the caterer's bill, PAGE_FACES for the venue's, vendor,
refund and deposit pages). Frames: heldout121's ``compose`` (its rubber stamp on the milestone receipt, the
caterer's bill and the tent house's receipt). Seeds ``heldout135-<i>``.

Truth conventions (README "Receipt fields"; *settled* where this set chose):

* merchant_name: the one paid, as printed: the company (its trade name, its registered company or its weddings desk)
  on clients' UPI screens (Paid to / To / Sent to) and transfers (Payee Name / Transfer to / Beneficiary Name), on
  top of its milestone receipts; the venue on top of its booking and deposit receipts and under the terminal's name
  on a card slip (never CARD HOLDER / NAME, the company paying, nor M/s the company under Booked by / Received from /
  Depositor); the caterer and the tent house on top of their papers (never Party / M/s the company); the vendor
  under Payee Name / Beneficiary / Vendor / Paid to / Payee on a payout (never the bank on top, the company on top
  of its payment advice or in the Dear line's sender); the artist or driver under Sent to / Paid to on a wallet page.
  Never a bank, app, wallet, terminal maker, gateway or the payer. *settled*: a ticketed show's payee is the company
  that organises it (on top or under Organised by / Paying), never the show's name, the venue or the gateway.
  *settled*: a refund for a cancelled booking is a payment the company makes: its payee is the client under Refund
  to / Payee / Client, and the name on top is the payer.
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a milestone receipt's Amount received /
  Received now / Paid today (a PART PAID receipt's part, never the Package / Contract value, Received earlier,
  Milestone n due or the Balance payable); a declined or raised milestone's Milestone n amount / Amount / Amount due
  (what was tried or is due); a banquet's Advance received / Advance paid / Advance (never the Estimated bill, Per
  plate, Hall rent or Balance payable); a caterer's Amount paid / Received now / Received (never the Grand total,
  the Advance paid at booking or the Net payable where only a part is paid) and its Amount / Payment of on a failure
  or a wait; a slip's TOTAL with the tip (never the BASE AMT); a payout's Amount, and on a payment advice its Net
  amount paid after TDS (never the Gross amount or the TDS); a ticket page's large sum with the booking fee and its
  GST; a tent house's sum in the box and in words (never the Total order, Received earlier or Balance); a refund's
  Refund amount after cancellation charges and vendor deductions (this transfer's, where a second one will follow);
  a security deposit (never the hall rent receipted separately); a wallet page's large sum (never the Wallet balance
  or the cashback).
* status: as printed (Payment Successful, Paid successfully, Transaction Successful, Money sent, Funds transferred
  successfully, <mode> transfer successful, PAID, RECEIVED WITH THANKS, MILESTONE PAID, PART PAID, BOOKING CONFIRMED,
  BOOKING CONFIRMED - ADVANCE RECEIVED, CONFIRMED, BILL SETTLED, APPROVED, TRANSACTION APPROVED, Paid, Processed -
  credited to beneficiary, SUCCESS, Credited, Booking confirmed, Tickets booked, RECEIVED, REFUNDED, REFUND
  PROCESSED, Refund credited, DEPOSIT RECEIVED, RECEIVED - REFUNDABLE; Payment Failed, Transaction failed, Payment
  declined, Transaction Failed, Returned by beneficiary bank, <mode> transfer failed, CARD DECLINED - MILESTONE
  UNPAID, PAYMENT FAILED, <CARD DECLINED / UPI FAILED / NEFT RETURNED> - DATE NOT BLOCKED, UPI FAILED - BALANCE
  UNPAID, DECLINED, TRANSACTION DECLINED, Rejected - invalid beneficiary account, Returned - account closed, <mode>
  returned - not credited, Payment failed - tickets not booked, UPI FAILED - NOT RECEIVED, REFUND FAILED - ACCOUNT
  DETAILS INVALID, REFUND FAILED, CARD DECLINED - DEPOSIT NOT RECEIVED, PAYMENT FAILED - DEPOSIT NOT RECEIVED,
  Payment failed - insufficient balance; Payment Pending, Payment processing, Transaction pending, Pending at
  beneficiary bank, <mode> under process, Transaction in process, PAYMENT DUE, MILESTONE RAISED - PAYMENT DUE, DATE
  ON HOLD - ADVANCE AWAITED, TENTATIVE - PAYMENT UNDER VERIFICATION, PAYMENT PENDING, PAYMENT PENDING - TO BE
  CONFIRMED, TIMEOUT - REVERSAL PENDING, Pending for authorisation, Sent to bank - awaiting UTR, Under process at
  bank, Awaiting payment confirmation, PENDING - CREDIT NOT SEEN, REFUND UNDER PROCESS - CREDIT IN 5-7 WORKING DAYS,
  Refund initiated, DEPOSIT PENDING - CREDIT AWAITED, PENDING VERIFICATION, Payment in progress). *settled*: PART
  PAID a success (money moved: the part); a milestone raised and PAYMENT DUE is pending (nothing paid yet;
  heldout120's PAYMENT DUE); a date ON HOLD / TENTATIVE awaiting its advance is pending; a payout Pending for
  authorisation (the company's checker has not approved it) is pending; a slip's TIMEOUT - REVERSAL PENDING is
  pending (heldout134's host timeout); a refund initiated or under process is pending (the client has not been
  credited yet); a refundable deposit received is a success (money moved, whatever comes back later).
* date: the day paid (a receipt's, bill's, slip's, voucher's Date / Dated / DATE / DT; Date of receipt, Payment
  date, Received on, Paid on, Receipt date, Bill date, Value Date, Processed on, Payment date, Refund date, Deposit
  date, Paid on / Booked on / Date & Time; Attempted on, Returned on, Rejected on, Initiated on on the failures and
  the waits). *settled*: a raised milestone's Date / Raised on, a date on hold's Held on and an uploaded payout's
  Uploaded on are their days (nothing paid yet: the day the page was made). Never an Event / Function date, Event on,
  Served on, Show on, Booking for / Set-up on, Due by / Payable before, Was scheduled for / Original event date, the
  vendor's Invoice date / Your bill dated, Refundable within n days, an e-mail's hour, a slip's TIME.
* payment_method: UPI, card (a charge slip, a card at a desk, a card's reversal), cash, "netbanking" for NEFT /
  RTGS / IMPS and Net Banking, wallet for a wallet's balance (Paytm Wallet, MobiKwik Wallet, Amazon Pay Balance,
  Freecharge Wallet, …) and a wallet on a gateway page. *settled*: a client's, a venue's, a caterer's and a tent
  house's IMPS is "netbanking"; a milestone raised and due names no way to pay.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / ARN, then a bank reference
  (Bank Ref No., Reference ID, Bank Ref No on a ticket page), then a transaction / payment / refund id (Transaction
  Reference, pay_…, MOJO…, PayU ID, CF Payment ID, Easebuzz ID, Tracking ID, Transaction ID, Refund Txn ID / Refund
  Reference, Wallet Txn ID, Txn ID), then an approval code (Approval Code, Auth Code, Appr. No., AUTH NO, APPROVAL),
  then an order's number (Order ID, Order No, Payment Request ID, Paytm's Order ID; *settled*: a booking's Contract
  No. / Booking ID / Booking Ref / Booking No. / Against booking and a ticket's Booking ID / Ticket booking no. name
  the booking the payment is for: the order family, above the document's own number), then a document's own number
  (Receipt / Rcpt. / Document No., Bill / Sr. / Invoice No., No. / Sl. No., Refund Voucher / Cancellation Note No.,
  SD / Deposit Receipt No.; *settled*: a slip's TRACE NO / ROC / INV#, a payout's Customer Ref No. / Payment Ref and
  a payment advice's Payment Advice / Advice No.). Never a bulk file's Batch ID / File Reference (*settled*: it names
  an upload of many payments, not this one), the vendor's own Invoice No. on a payment advice or the Cancelled
  booking / Booking No. on a refund (*settled*: another document's number, not this payment's), a Payee / Vendor
  Code, PAN, MID, TID, batch, GSTIN, account number, IFSC, mobile number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout135_families import (
    banquet_booking,
    cancel_refund,
    caterer_bill,
    client_transfer,
    client_upi,
    compose,
    milestone_receipt,
    security_deposit,
    tent_receipt,
    ticket_gateway,
    vendor_payout,
    venue_slip,
    wallet_payment,
)

SPLIT = "heldout135"

FAMILIES: list[Family] = [
    ("client_upi", client_upi, SCREEN_FACES),
    ("client_transfer", client_transfer, SCREEN_FACES),
    ("milestone_receipt", milestone_receipt, BILL_FACES),
    ("banquet_booking", banquet_booking, PAGE_FACES),
    ("caterer_bill", caterer_bill, BILL_FACES),
    ("venue_slip", venue_slip, SLIP_FACES),
    ("vendor_payout", vendor_payout, PAGE_FACES),
    ("ticket_gateway", ticket_gateway, SCREEN_FACES),
    ("tent_receipt", tent_receipt, PAPER_FACES),
    ("cancel_refund", cancel_refund, PAGE_FACES),
    ("security_deposit", security_deposit, PAGE_FACES),
    ("wallet_payment", wallet_payment, SCREEN_FACES),
]


def make_heldout135_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout135 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

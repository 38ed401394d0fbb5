"""heldout187: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a drone survey and mapping start-up's day in 2026 (Aakashdrishti Geospatial Pvt Ltd, its
head office at HSR Layout, Bengaluru and its field base at Khapri, Nagpur), told by the proofs of payment it
receives (infrastructure, mining and planning clients' NEFT / RTGS survey fee advices, foreign clients' inward
wires, growers' and plot owners' UPI and payment links, its own advance receipts) and those it makes (DGCA's
DigitalSky, QCI, Survey of India and NRSC fee pages, outward wires for LiDAR, cameras, GNSS boards and airframes in
euros, US dollars, pounds and Swiss francs, Indian dealers' invoices for batteries and spares and the couriers' duty
bills, contract pilots' payouts, software subscriptions, the field crews' card slips and travel bookings, the
offices' electricity, broadband, phones and FASTag, the bank's debit alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``survey_advices``: clients' remittance advice e-mails, printed REMITTANCE ADVICE - SERVICE PROVIDER / PAYMENT
  RELEASE MEMO and supplier portal pages, and two banks' inward remittance advices (e-mail, browser).
  ``client_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM, CRED, Navi) paying the start-up and two of
  its payment pages (Razorpay, PayU). ``advance_receipts``: the start-up's own ADVANCE RECEIPT / PAYMENT
  ACKNOWLEDGEMENT / RECEIPT VOUCHER (paper, rubber stamp) and its finance desk's acknowledgement e-mails.
  ``regulator_fees``: DGCA's DigitalSky fee acknowledgements, QCI's UAS certification fee receipts, Survey of
  India's and NRSC's data order payments (browser). ``sensor_wires``: outward remittance advices (browser, e-mail,
  printed). ``gear_bills``: dealers' TAX INVOICE / INVOICE - PAID with the payment block and a rubber stamp, and
  couriers' DUTY AND TAX INVOICE - PAID (paper). ``pilot_payouts``: printed CONTRACT PILOT PAYMENT VOUCHER / FIELD
  PAYOUT VOUCHER, Cashfree Payments' payout pages, corporate net banking's fund transfer acknowledgements and a bulk
  upload's row. ``software_subs``: vendors' subscription receipt e-mails (card, in US dollars, euros or rupees) and
  Indian vendors' payment pages. ``field_slips``: card terminal slips (monospace). ``travel_bookings``: airline,
  IRCTC, KSRTC, redBus, MakeMyTrip, Treebo and Zoomcar booking pages, e-mails and app screens. ``office_bills``:
  Bharat Connect in business banking and UPI apps and two boards' own pages (BESCOM, MSEDCL). ``bank_alerts``: the
  bank's SMS debit alerts (one a UPI AutoPay) and two e-mail debit advices. The families' docstrings list each
  layout's labels.

Truth conventions (heldout183's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183): a payer's payment advice (here a client's) pays the start-up under Payee / Beneficiary,
  *settled* (new here) or Service provider / Payee name / Credited party / Empanelled agency, never the client (the
  payer) on top or the Site. *settled* (heldout155, heldout161, heldout167): a bank's inward remittance advice pays
  the start-up under Beneficiary / Beneficiary name, never the bank on top, the Ordering customer / Remitter or the
  Remitting bank. A UPI screen's payee under Paid to / To / Sent to / Paying to, *settled* (new here) or CRED's
  "payment to" and Navi's Payment to (here the start-up), never the UPI ID or the app; a payment link's payee on top
  (here the start-up), never Paid by / Payer or the gateway's footer. *settled* (heldout175, heldout179,
  heldout183): the start-up's own receipt pays the start-up on top (its full, capital or short name as printed),
  never the party under Received with thanks from / Customer; its finance desk's acknowledgement e-mail likewise.
  *settled* (new here): a regulator's or data agency's fee page pays the agency on top (Directorate General of Civil
  Aviation, Quality Council of India, Survey of India, National Remote Sensing Centre; capitals where so printed),
  never the platform line under it (DigitalSky, Bhoonidhi, the certification scheme), Bharatkosh or the Operator /
  Applicant / Ordered by. *settled* (heldout175): a bank's outward remittance advice pays the maker abroad under
  Beneficiary / Beneficiary name, *settled* (new here) or Foreign beneficiary / Pay to (beneficiary), never the bank
  on top, the Applicant / Remitter (the start-up) or the Beneficiary bank. A dealer's or courier's name on top of
  its own paper, never M/s the start-up under Buyer / Ship to / Importer / Consignee. *settled* (heldout150,
  heldout161, heldout179, heldout183): a voucher pays the payee under Paid to, *settled* (new here) so a pilot's
  payment voucher pays the pilot under Pay to (remote pilot) / Pilot name, never the start-up on top or Approved by;
  a bulk row or a corporate banking page the Beneficiary name, never the Debit account or *settled* (new here) the
  Beneficiary nickname; *settled* (new here) Cashfree's payout page the Beneficiary name / Bene name, never Cashfree
  on top or the start-up under it. *settled* (new here): a software vendor's receipt or payment page pays the vendor
  on top, never Billed to. A slip's counter name line in capitals, never the terminal's maker or the town line.
  *settled* (new here): a booking pays the seller on top whose page, e-mail or app it is (IndiGo, IRCTC, Karnataka
  State Road Transport Corporation or KSRTC as printed, redBus, MakeMyTrip, Treebo Hotels, Zoomcar, Air India
  Express), never the hotel or bus operator inside the Stay / Journey line or the Traveller / Guest. A Bharat
  Connect page's biller under Biller, *settled* (new here) or Operator / Issuer bank (short or long as printed),
  never the app, Bharat Connect or the Customer name; a board's own page the board on top. An SMS alert's payee as
  the bank sends it ("to GEOMATRIX SURVEY INST": *settled*, the truncated name as printed), *settled* (new here) a
  UPI AutoPay alert's "to ZOHO CORPORATION PRI" likewise, never the bank or the sender id; the bank's e-mail debit
  advice the Paid to / Beneficiary, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183): a payment advice's net sum,
  *settled* (new here) Net remitted / Amount credited / Net payable released (after TDS u/s 194J @ 2% and a Penalty
  - delayed deliverables), never an invoice's sum. *settled* (heldout167): an inward wire's foreign sum (Amount in
  foreign currency / Remittance amount, in euros, US dollars, pounds or *settled* (new here) Australian dollars,
  currency AUD), never the INR credited or the Bank charges. A UPI screen's and a link's sum large. *settled*
  (heldout175, heldout179, heldout183): a receipt counts the sum received even where it is part of the job,
  *settled* (new here) Advance received / Amount received / Cash received / By UPI / Cheque for, never the Quoted
  fee (incl. GST) / Job value or the Balance payable on delivery. *settled* (new here): a fee page's Total fee
  remitted / Amount paid / Fee amount paid (the fee heads x count and GST), never a head. *settled* (heldout175,
  heldout183): an outward remittance counts the remittance in its currency, *settled* (new here) Amount in FCY /
  Transfer amount (FCY), and Swiss francs (currency CHF), never the INR value, the Commission, SWIFT charges, GST on
  currency conversion or the Total INR debited. A dealer's Payment received / Amount received / Cheque lodged (the
  rounded Invoice total with GST), *settled* (new here) where an advance is taken off (Less: Advance adjusted) the
  Balance settled; *settled* (new here) a courier's duty bill's Total paid (duty, IGST and the disbursement fee with
  its GST), never a head. A voucher's Net disbursed / Amount handed over, never the Gross fee, the days or acres
  line, Less: TDS u/s 194C @ 1% or Less: Fuel advance; a payout's Transfer amount; a banking page's Amount
  transferred / Amount. *settled* (new here): a software receipt's Amount paid / Total charged, or the failed or
  pending one's Amount due, in its currency (US dollars, euros or rupees), never the Subtotal or the tax line. A
  slip's SALE AMOUNT: / AMT INR: / NET AMT:, never the RATE/L: or the QTY(L):. *settled* (new here): a booking's
  Total fare paid / Amount paid / Total paid, never the Base fare, the Taxes and fees or the Convenience fee. A
  Bharat Connect page's sum large; a board's Amount paid. An alert's sum debited, never the Avl Bal. Currency INR
  but on the wires and the foreign software receipts.
* status: as printed. *settled* (new here): Status: Settled and Payment status: Credited successes on a payer's
  advice, Held - awaiting DGPS accuracy report pending (a payer's hold), Bounced back - beneficiary account dormant
  failed; Credited to your account / Status: Credited on an inward advice a success. *settled* (heldout167): a
  cheque received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE ACCEPTED -
  SUBJECT TO CLEARANCE and CHEQUE LODGED - AWAITING CLEARANCE pending, CHEQUE DISHONOURED - REFER TO DRAWER and
  CHEQUE BOUNCED - PAYMENT STOPPED BY DRAWER failed; RECEIVED WITH THANKS, *settled* (new here) ACKNOWLEDGED,
  DISBURSED, FULLY PAID, PAYMENT RECEIVED - THANK YOU successes. *settled* (new here): Fee received success, Payment
  status: Awaiting bank response pending, Payment aborted - no amount debited failed; Remittance executed - MT103
  released and Payment sent to beneficiary bank successes, Pending - awaiting Form A1 and invoice copy pending,
  Returned - beneficiary bank could not apply funds failed; Transfer successful, Transfer completed, Status:
  Completed successes, Transfer pending - queued with bank and Status: In progress pending, Failed - account number
  and name mismatch failed; Paid / Payment successful successes, Payment failed - your card was declined failed,
  Payment processing - awaiting bank confirmation pending; Booking confirmed / Confirmed successes, Booking pending
  - payment confirmation awaited pending, Booking failed - refund initiated failed (the payment failed, whatever the
  refund); Bill payment successful / Recharge successful successes, Awaiting biller confirmation pending, Bill
  payment unsuccessful failed; Payment failed - amount not debited failed, Payment pending - awaiting bank update
  and Processing - do not retry pending, Transaction declined failed. A slip's APPROVED - THANK YOU success,
  TRANSACTION DECLINED (RESP: ...) failed, *settled* (new here) RESPONSE TIMED OUT - STATUS AWAITED pending (as
  heldout179's TXN TIMEOUT and heldout183's HOST NOT RESPONDING). An SMS that says the payment "has FAILED" failed,
  "is PENDING" pending, a debit alert and *settled* (new here) an AutoPay "executed" a success; Status: Debited a
  success.
* date: the day paid (Settlement date, Credited on, Value date, Credit date, Scheduled on / Returned on on a payer's
  advice, Date & time, Paid on, Completed, Payment date, a receipt's, invoice's or voucher's Date / Dated / Receipt
  date / Invoice date / Voucher date, Fee paid on, Transaction date & time, Execution date, *settled* (heldout175)
  the pending wire's Request date, Returned on, Processed on, Added on, Transaction date, Date paid, *settled* (new
  here) a failed or pending subscription's Attempted on, a slip's DATE/TIME: / TXN DT:, *settled* (new here) a
  booking's Booked on / Booking date / Payment date, Date of payment, the SMS's day, an e-mail advice's Value date /
  Date). *settled*: never a Bill month or an e-mail's hour; *settled* (new here) never a Bill date, a Due date, a
  Next renewal on, a Journey date, Check-in or Pick-up.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee, a board, a booking or a software vendor paid by Net banking, a payout by IMPS; UPI for
  UPI apps, a link's UPI, a board's, a fee's, a bill's, a receipt's, a voucher's, a booking's or a payout's UPI,
  *settled* UPI AutoPay; card on slips, a link's card, a fee paid by Debit card, a subscription's Visa / Mastercard
  ending, a booking's Corporate card; cheque for a cheque accepted, lodged, dishonoured or bounced; cash for a cash
  receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179 and heldout183): a UPI
  reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI RRN, Bank RRN, UTR, UTR No., NEFT
  UTR, IMPS Ref No., IMPS Ref. No., RRN, a slip's REF NO:, an SMS's UTR: / UPI Ref: / IMPS Ref:), then a bank
  reference (an inward advice's Inward ref No. / Our reference, an outward advice's Our ref No. / Transaction
  reference, Bank Ref No., *settled* (new here) a fee page's Bank transaction No. / Bank Ref. No., a banking page's
  Transaction No., B-Connect Txn ID / *settled* (new here) Bharat Connect Txn Ref.), then a transaction / payment id
  (Razorpay's Payment ID pay_..., PayU ID, *settled* (new here) Cashfree's Reference ID, CRED's own Transaction ID,
  a subscription's Charge ID ch_... and AWS's Payment ID, a booking's Payment ID / Transaction ID, the Transaction
  ID on Bharat Connect), then an approval code (Auth code, *settled* (new here) a slip's APPROVAL NO: and Bharat
  Connect's Approval Ref No.), then an order's number (*settled* (heldout152) a booking's Booking ID), then a
  document's own number (Payment voucher No. / PV No. on a payer's advice, *settled* (new here) Ack. No. / Receipt
  Sl. No. / RV No., e-Receipt No. / Acknowledgement No., Duty invoice No., Invoice No. / Inv. No., Voucher No. / V.
  No., Receipt # / Invoice # on a subscription, a slip's ROC:, a board's Receipt No.). *settled*: never a UETR, the
  invoices listed on an advice, IEC, BE No., MID, TID, BATCH, a card, account or mobile number, a UPI ID or mandate
  UMN, Maker / Checker, IBAN, BIC, GSTIN, IFSC, a cheque number, Proforma invoice No., a Workspace ID / Account ID,
  a consumer number (here RR Number, Account No., Consumer No., Relationship No.), a PNR or Ticket No. *settled*
  (new here): never a Work order No., Quotation No., UAS Operator ID (UA-OP-...), UIN, RPC No., Application No. /
  Order No. on a fee page, FX deal No., AWB No., E-way bill No., Trip ID, Hotel confirmation No., Vehicle No., a
  Beneficiary nickname or a bulk upload's File / Row.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout187_families import (
    advance_receipts,
    bank_alerts,
    client_upi,
    compose,
    field_slips,
    gear_bills,
    office_bills,
    pilot_payouts,
    regulator_fees,
    sensor_wires,
    software_subs,
    survey_advices,
    travel_bookings,
)

SPLIT = "heldout187"

FAMILIES: list[Family] = [
    ("survey_advices", survey_advices, PAGE_FACES),
    ("client_upi", client_upi, SCREEN_FACES),
    ("advance_receipts", advance_receipts, PAPER_FACES),
    ("regulator_fees", regulator_fees, PAGE_FACES),
    ("sensor_wires", sensor_wires, PAGE_FACES),
    ("gear_bills", gear_bills, BILL_FACES),
    ("pilot_payouts", pilot_payouts, PAPER_FACES),
    ("software_subs", software_subs, PAGE_FACES),
    ("field_slips", field_slips, SLIP_FACES),
    ("travel_bookings", travel_bookings, SCREEN_FACES),
    ("office_bills", office_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout187_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout187 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

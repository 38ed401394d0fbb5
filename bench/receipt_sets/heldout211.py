"""heldout211: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a boutique heritage hotel and cafe's day in 2026 in Puducherry (Surcouf Heritage
Hospitality Pvt Ltd, its twelve-room hotel, Maison Surcouf, on Rue Surcouf and its cafe and patisserie, Cafe
Bougainvillea, on Rue Romain Rolland, White Town), told by the proofs of payment it receives (guests' UPI screens
and the hotel's Razorpay and PayU payment pages, the booking platforms' payouts (Booking.com, Airbnb, MakeMyTrip,
Agoda, Expedia, Goibibo, Cleartrip), French, Swiss, British, Australian and American tour operators' and guests'
inward wires in euros, Swiss francs, pounds, Australian and US dollars, its own room advance, folio and cafe
receipts, guests' cards on the front desk's and the cafe's terminals) and those it makes (the laundry's, the
provision wholesaler's, the coffee roaster's, the linen maker's and the soap maker's tax invoices, the net-banking
transfers to the pest controller and the air-conditioning, restoration, flower, boat, cycle, pool and terracotta
contractors, the staff's daily wage and service charge vouchers and their RazorpayX and UPI payouts, the Department
of Tourism's, Puducherry Municipality's, the Pollution Control Committee's, FSSAI's, the Labour Department's and the
Fire Service's fee pages, the insurers' premium receipts for the building, the guests' liability, the staff's health,
the cash, the cashiers' fidelity, the employees' compensation, the kitchen and laundry machines and the staff's
gratuity, its card at a filling station, a kitchenware shop and a hardware shop, the Electricity Department's power
and the broadband, gas, DTH and phone bills, the bank's SMS and e-mail alerts). One payment per page. Each family:
six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

* ``guest_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, CRED, BHIM, MobiKwik) paying the hotel or the cafe
  and two of the hotel's payment pages (Razorpay, PayU). ``platform_payouts``: Booking.com's, Agoda's (YCS) and
  Expedia Partner Central's extranet payout pages, Airbnb's payout e-mail and app screen, MakeMyTrip's, Goibibo's and
  Cleartrip's payment advice e-mails. ``guest_wires``: eight banks' inward remittance advices (browser, e-mail,
  printed). ``own_receipts``: the hotel's ADVANCE RECEIPT - ROOM RESERVATION / RECEIPT / FOLIO SETTLEMENT RECEIPT and
  the cafe's CASH MEMO / RECEIPT - PRIVATE DINING ADVANCE (paper, rubber stamp) and the front office's payment
  acknowledgement e-mails. ``supplier_invoices``: the laundry's, the provision wholesaler's, the coffee roaster's, the
  linen maker's and the soap maker's TAX INVOICE / TAX INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM RECEIPT
  with the payment block and a rubber stamp (paper, serif). ``vendor_transfers``: corporate net banking's transaction
  pages (IOB Corporate Internet Banking, Indian Bank Corporate Net Banking, CUB Corporate Net Banking).
  ``staff_pay``: printed DAILY WAGE VOUCHER - HOUSEKEEPING / CASUAL LABOUR PAYMENT VOUCHER / SERVICE CHARGE SHARE
  VOUCHER / STAFF PAYMENT VOUCHER, RazorpayX's payout pages, a Google Pay and a BHIM screen. ``govt_fees``: the
  Department of Tourism's, Puducherry Municipality's (trade licence, property tax), the Puducherry Pollution Control
  Committee's, FoSCoS's, the Labour Department's and the Fire Service's payment pages (browser).
  ``insurer_receipts``: insurers' premium receipts (browser, e-mail, printed). ``card_slips``: card terminal slips
  (monospace), the cafe's with a tip. ``utility_bills``: Bharat Connect in banking (IndOASIS) and UPI apps and the
  Electricity Department's own receipt page. ``bank_alerts``: the bank's SMS alerts in each bank's own wording
  (Indian Bank, IOB, CUB, KVB) and two e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout207's, heldout206's, heldout203's, heldout190's, heldout179's and heldout167's, kept where
they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To /
  Sent to / Paying to / Payment to (heldout206) (here the hotel: Maison Surcouf, MAISON SURCOUF or the company's
  SURCOUF HERITAGE HOSPITALITY PVT LTD, or the cafe: Cafe Bougainvillea, CAFE BOUGAINVILLEA, as printed), never the
  UPI ID or the app, nor the Banking name line under the UPI ID (heldout207), *settled* (new here) nor a Registered
  name line there; a payment page's payee on top (here the hotel, or the company as printed), never Guest name /
  Paid by / Customer name, *settled* (new here) Name, the Reservation No. or the gateway's footer (Razorpay, PayU).
  *settled* (heldout176, heldout190, heldout195): a booking platform's payout pays the hotel under its payee label,
  Property name / Host / Hotel name / Property / Payee name / Hotel, Payout to (heldout153), *settled* (new here) or
  Accommodation / Payee (hotel) / Lodging partner / Supplier (hotel) (the hotel's trade name, capitals where so
  printed, or on Agoda the company), never the platform on top (Booking.com, Airbnb, MakeMyTrip, Agoda, Expedia
  Partner Central, Goibibo, Cleartrip), its finance line, the Property ID / Listing ID / Hotel code or the guests in
  the reservations listed. *settled* (heldout155, heldout167, heldout190, heldout203, heldout207): a bank's inward
  remittance advice pays the company under Beneficiary name, *settled* (new here) or Credit to A/c of / Beneficiary
  (account holder), never the bank on top, its forex desk line, the Remitter / Ordering customer / *settled* (new
  here) Sender (ordering customer) (the operator or guest abroad) or the Remitter's bank / Sending bank.
  *settled* (heldout175, heldout179, heldout190, heldout203, heldout207): the company's own receipt pays the trade
  name on top where that is on top, so the hotel's receipt pays Maison Surcouf (heldout190's homestay) and
  *settled* (new here) the cafe's pays Cafe Bougainvillea (capitals where so printed), never the "A unit of" company
  line under it (heldout190), the party under Guest name / Booked by / Received from / Customer / *settled* (new
  here) Received from (guest), the signature line or the rubber stamp; the front office's e-mail likewise. A
  supplier's name on top of its own paper (capitals where so printed), never M/s the company under Billed to / Buyer
  / Sold to, *settled* (new here) Details of recipient, nor the hotel or the cafe under Delivered at. *settled*
  (heldout179, heldout186, heldout202, heldout203, heldout207): a corporate banking page pays the payee under
  Beneficiary name, *settled* (new here) or Transfer to (beneficiary) / Payee, never the portal (IOB Corporate
  Internet Banking, Indian Bank Corporate Net Banking, CUB Corporate Net Banking), the bank line, the Debit account
  or the Beneficiary nickname (heldout190). *settled* (heldout150, heldout161, heldout179, heldout203, heldout205,
  heldout207): a wage voucher pays the worker under Name of employee / Paid to (staff), *settled* (new here) or Staff
  name / Received by, never the company on top, the hotel's line under it, the Emp. code or the Designation;
  RazorpayX's payout page the Contact / Beneficiary / Contact name (heldout183, heldout203), never RazorpayX on top,
  the company under it (Payouts - ...) or the Fund account; a transfer screen the payee under Paid to / To.
  *settled* (heldout153, heldout167, heldout202, heldout203, heldout207, new here for Puducherry): a fee page pays the
  authority on top as printed: *settled* (new here) Department of Tourism, Puducherry / Department of Tourism,
  Government of Puducherry / DEPARTMENT OF TOURISM, PUDUCHERRY; Puducherry Municipality / PUDUCHERRY MUNICIPALITY;
  Puducherry Pollution Control Committee (capitals where so printed); Labour Department, Puducherry / Labour
  Department, Government of Puducherry; Fire Service Department, Puducherry / PUDUCHERRY FIRE SERVICE; and on
  FoSCoS's page the Food Safety and Standards Authority of India / FSSAI (heldout203); never the line under it
  (Government of Puducherry, the Department of Science, Technology and Environment, FoSCoS, the Act), the Name of
  the establishment, Applicant, Owner name, Name of licensee, Trade name, Name of the unit, Name of FBO, Name of
  establishment, Name of premises or Occupier. *settled* (heldout199, heldout202, heldout203, heldout206): an
  insurer's premium receipt pays the insurer on top (its full name, capitals where so printed; here the Life
  Insurance Corporation of India too), never the product line, the office line or the Name of the insured / Policy
  holder (heldout204) / *settled* (new here) Insured (proposer) (the company). A slip's counter name line in capitals
  (here the hotel's front desk on three, MAISON SURCOUF or the company's SURCOUF HERITAGE HOSPITALITY, the cafe on
  two, a filling station, a kitchenware shop and a hardware shop on the rest), never the terminal's bank or brand
  (INDIAN BANK, PINE LABS, HPCL, WORLDLINE, CITY UNION BANK ...) or the place line. A Bharat Connect page's biller
  under Biller / Biller name / Operator / Service provider / Billing company (heldout206) (short or long as printed),
  never the app (here also IndOASIS), Bharat Connect or the Customer name / Consumer name; *settled* (new here) the
  Electricity Department's own receipt page the department on top (Electricity Department, Puducherry, Electricity
  Department, Government of Puducherry or capitals as printed), never the Government of Puducherry line under it,
  the Section or the Consumer name. An SMS alert's payee as the bank sends it ("to COROMANDEL PEST CONT": *settled*,
  the truncated name as printed), *settled* (new here) Indian Bank's "credited to <payee>", IOB's "trf in favour of
  <payee>", CUB's "Info: <way>/<payee>" (the name after the rail) and KVB's "towards <way> to <payee>", never the
  bank or the sender id; the e-mail alert's Beneficiary (heldout206) / *settled* (new here) Credited to
  (beneficiary), never the bank on top.
* amount / currency: the sum this payment moved. A UPI screen's and a payment page's sum large. *settled*
  (heldout176, heldout190, heldout195): a platform's payout counts its net sum, Net payout / Payout amount,
  *settled* (new here) or Amount sent to your bank / Net transfer amount / Total paid out (the Gross booking value
  less Less: Commission @ n% or Less: Host service fee @ 3%, Less: GST on commission @ 18%, Less: TCS u/s 52 CGST Act
  @ 0.5% and Less: TDS u/s 194-O @ 0.1%), never the Gross booking value, a reservation's sum, the Commission or a
  tax line. *settled* (heldout155, heldout167, heldout190, heldout203, heldout207): an inward wire's foreign sum,
  Instructed amount (heldout190), *settled* (new here) or Amount of remittance / Foreign currency received, in euros,
  pounds and US dollars, *settled* (new here for an inward wire) Swiss francs (CHF, printed with its code) as CHF and
  Australian dollars (AUD, A$) as AUD (heldout202's outward), never the INR equivalent / Rupee value, the Bank
  charges incl. GST or the Net INR credited; its Exchange rate (1 CHF = INR 102.85) is no sum. *settled* (heldout175,
  heldout179, heldout190, heldout203, heldout207): a receipt counts the sum received even where it is part of the
  bill or an advance on the stay, Advance received / Cash received / Received in cash / Received by UPI / Received by
  NEFT / Card (POS) (heldout190) / Cheque amount / Cheque for, *settled* (new here) or UPI received / Paid by card
  (EDC) / Received via bank transfer (NEFT) / Balance received at check-out (the Folio total less the Less: Advance
  received), never the Booking value (incl. GST) / Folio total / Bill amount / Total where less was received, the
  nights' or covers' line, the GST @ 5%, the Less: Advance received or the Balance payable at check-out / Balance
  due. *settled* (heldout187, heldout191, heldout202, heldout203, heldout207): a supplier's invoice counts the sum
  paid, where an advance is taken off (Less: Advance paid with order) the Balance received by NEFT / RTGS, else
  *settled* (new here) Amount received vide NEFT / RTGS, Received by NEFT / RTGS, Paid through UPI or Payment
  received by UPI (the rounded Invoice total with GST), or the Cheque received / Cheque amount, never the Taxable
  value, a line or the GST. A banking page's *settled* (new here) Amount debited / Payment amount / Transfer amount.
  *settled* (heldout167, heldout202, heldout203, heldout206): a wage voucher's net sum, *settled* (new here) Net paid
  to staff / Net amount paid / Amount paid (the Days worked n x rate plus Add: Overtime n h x rate, or the Service
  charge share n points x rate plus Add: Guest tips (pooled), less Less: Advance recovered / Less: Uniform recovery),
  never the Gross, a line or a deduction; RazorpayX's and a transfer screen's sum large. *settled* (new here): the
  Department of Tourism's Total amount paid / Amount remitted / Total fee (the Renewal of registration with a Late
  fee, or the Classification fee and the Inspection fee), never a head; the Municipality's Total amount / Amount paid
  / Amount (the licence heads and the Signboard fee, or the Property tax - half year, the Library cess and the Solid
  waste user charges, less the Less: Rebate @ 5% (paid in time) where printed), never a head or the rebate; the
  Committee's Total fee paid (the Water Act and Air Act fees, heldout190, heldout207), never a head; FoSCoS's Total
  amount paid / Amount (the Licence fee for n years); the Labour Department's Amount paid (the Renewal fee, the same
  sum); the Fire Service's Total amount paid (the certificate renewal fee and the Inspection charges), never a head.
  *settled* (heldout199, heldout202, heldout203, heldout206): an insurer's premium with its GST, *settled* (new here)
  Total premium received / Premium amount (incl. GST) / Amount collected, the Cheque amount on the cheque not yet
  realised, Premium payable / Total premium (incl. GST) on the failed one, never the Basic premium, an add-on, the
  GST or *settled* (new here) the Sum insured (building and contents) / Sum insured (machinery), the Limit of
  indemnity, the Cash in safe limit, the Money in transit limit (heldout206), the Wages declared, the Employees
  covered or the Lives covered; a group gratuity receipt (heldout206) *settled* (new here) its Total amount received
  / Total contribution and premium (the Contribution to gratuity fund, the Life cover premium and the GST @ 18% on
  life cover). A slip's SALE AMOUNT: / TXN AMT: (heldout203) / AMOUNT: / *settled* (new here) AMT (INR):, never the
  RATE: or the VOLUME(L):; *settled* (heldout176): a tipped slip's TOTAL: / *settled* (new here) TOTAL AMT: (the base
  with the tip), never the BASE AMT: or the TIP AMT:. A Bharat Connect page's sum large; the Electricity Department's
  Amount paid. An alert's sum debited (*settled* (new here) Indian Bank's "Rs.x withdrawn", IOB's "debited with INR
  x", KVB's "Dr Rs.x"; the e-mail's Transaction amount (heldout206) / Amount (INR)), never the Avl Bal. Currency INR
  but on the wires.
* status: as printed. *settled* (new here): a UPI screen's Payment successful / Paid successfully / Money sent
  successes, Payment processing - status will be updated within 48 hours, do not pay again pending, Payment failed -
  receiver's bank did not respond failed; a payment page's Payment successful / Thank you for your payment / Payment
  received successes. *settled* (new here): a platform's Payout completed / Status: Paid out (heldout195) /
  Transferred to your bank successes, Payout on hold - bank account verification in progress pending (a payer's
  hold, as heldout198's to heldout207's), Payout returned - account holder name mismatch failed. *settled* (new
  here): an inward advice's Funds credited to your account / Status: Credited - e-FIRC issued successes, Held -
  purpose of remittance and KYC of remitter awaited pending, Returned to remitting bank - beneficiary account closed
  failed. *settled* (heldout167, heldout179, heldout190, heldout203, heldout207): a cheque received and not yet
  cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE RECEIVED - BOOKING CONFIRMED ON
  REALISATION and CHEQUE RECEIVED - SUBJECT TO CLEARANCE pending, CHEQUE RETURNED UNPAID - BOOKING RELEASED and
  CHEQUE DISHONOURED - AMOUNT STILL DUE failed; RECEIVED WITH THANKS, PAID, PAID BY NEFT / RTGS / UPI, PAID - RECEIVED
  IN FULL (heldout203) successes, *settled* (new here) as are ADVANCE RECEIVED - ROOMS CONFIRMED, FOLIO SETTLED -
  MERCI, A BIENTOT, RECEIVED - THANK YOU and PAID - SIGNED BY STAFF. *settled* (new here): a banking page's Transfer
  successful - beneficiary credited / Status: Completed successes, Awaiting approval - second authoriser pending
  (keyed, not yet authorised, as heldout191's to heldout207's), Rejected - beneficiary IFSC not valid failed;
  RazorpayX's Processed / Payout processed successes (heldout203), Pending approval - payout not yet sent pending,
  Reversed - beneficiary bank declined the credit failed (the payout came back, as heldout203's); a transfer
  screen's Paid / Payment successful / Transaction successful successes; a fee page's Payment successful / Fee
  remitted successfully / Receipt generated / Payment received successes, FoSCoS's Payment status awaited from bank
  - do not pay again pending, Transaction failed - tax not received by the Municipality failed; an insurer's Premium
  realised - policy document sent by e-mail / Payment successful - receipt generated successes, CHEQUE RECEIVED -
  COVER FROM DATE OF REALISATION pending (as heldout203's cover subject to realisation), Payment failed - policy not
  issued failed; a slip's APPROVED / TXN APPROVED / APPROVED - THANK YOU successes, DECLINED - 05 DO NOT HONOUR
  failed, RESPONSE TIMEOUT - CHECK STATUS, DO NOT RETRY pending; Bill paid successfully / Payment successful / Bill
  payment successful successes, Payment under process - biller yet to confirm pending, Bill payment failed -
  amount, if debited, will be reversed failed (the payment failed, whatever the reversal); an SMS that says the
  transfer "was RETURNED UNPAID by the beneficiary bank; amount credited back" failed (whatever the credit back), one
  that "is being PROCESSED - credit to beneficiary awaited" pending, a debit alert a success, whatever its bank's
  wording ("Rs.x withdrawn from A/c **1234 on <day> by <way>; credited to <payee>.", "Dear Customer, A/c ...1234
  debited with INR x on <day> for <way> trf in favour of <payee>.", "CUB: Rs.x debited from your A/c XX1234 on
  <day>. Info: <way>/<payee>.", "KVB A/c XX1234 Dr Rs.x on <day> towards <way> to <payee>."); the e-mail's Status:
  Successful a success.
* date: the day paid (a UPI screen's Date & time / Paid on / Completed on, Initiated on on one not yet paid
  (heldout203), a payment page's Paid on / Payment date / Transaction time (heldout206), a platform's Payout date /
  Paid on / *settled* (new here) Transfer date / Date sent, Initiated on / Held since (heldout207) on the held one and
  Returned on / Failed on on the returned one, an inward advice's Value date / Credited on / Date of credit, Received
  on / Held on (heldout206) on the held one and Returned on / Date of return on the returned one, a receipt's,
  invoice's or voucher's Date / Dated / Receipt date / Invoice date / Voucher date, a banking page's Value date /
  Transaction date / *settled* (new here) Processed on, Created on / Initiated on on the one awaiting approval,
  Rejected on / Failed on, RazorpayX's Processed on / Created on / Reversed on (heldout203) / *settled* (new here)
  Failed on, a fee page's Payment date / Date of payment / Receipt date / Transaction date / Challan date (heldout176)
  and FoSCoS's Transaction date / Initiated on on the pending one, an insurer's Receipt date / Premium paid on
  (heldout203) / Date of receipt (heldout206) and the failed one's Transaction date / Attempted on (heldout206), a
  slip's DATE: / DATE/TIME: / TXN DATE: (heldout203), Paid on / Transaction date & time (the latter alone on a bill not
  paid), the Electricity Department's Payment date / Date of payment, the SMS's day, the e-mail alert's Transaction
  date / Value date). *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a Month (heldout203), a
  Period of insurance (heldout199), an invoice number's financial year or an e-mail's hour; never a Check-in /
  Check-out or a reservation's check-in (heldout176, heldout190); *settled* (new here) never a platform's Stays
  between / Check-outs in or a laundry's Service period.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a platform's payout by
  Bank transfer (NEFT) / NEFT to bank account (heldout190), RazorpayX's IMPS (heldout203), a Bharat Connect bill from
  a Current A/c (here in IndOASIS), a fee, a premium or the Electricity Department paid by Net banking, an e-mail
  alert's Channel; UPI for UPI apps, a payment page's, a receipt's, a voucher's, an invoice's, RazorpayX's, a fee's,
  a premium's or a bill's UPI; card on slips, a payment page's card, a receipt's Card / Card (POS) / *settled* (new
  here) Paid by card (EDC), a fee, a premium or a bill paid by Debit card; cheque for a cheque received, returned or
  dishonoured and a premium paid by Cheque (heldout203); cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout207): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UPI Reference No., UTR, UTR No., Bank
  reference (UTR) (heldout176), IMPS Ref No., Razorpay's UPI RRN and PayU's Bank Ref No. on a UPI payment
  (heldout199), a slip's RRN: / REF NO: / RET REF NO: (heldout203), an SMS's UTR / UPI Ref / IMPS Ref), then a bank
  reference (an inward advice's Inward ref. No. / IRM No. (heldout190) / Our reference (heldout155), a banking page's
  Transaction reference No. / *settled* (new here) Bank ref. No., a fee page's Bank Ref No., an insurer's Bank Ref.
  No., Bharat Connect Ref. No. / BBPS Ref ID), then a transaction / payment id (Razorpay's Payment ID pay_..., PayU's
  PayU ID, PhonePe's, Paytm's and CRED's (heldout206) own Transaction ID, *settled* (new here) MobiKwik's own
  Transaction ID, Google Pay's Google transaction ID, a platform's Payout ID (heldout190) / Payment reference /
  Settlement ID (heldout176) / Agoda's Remittance ID (heldout195), *settled* (new here) Booking.com's Payout
  reference, RazorpayX's Payout ID pout_..., a fee page's Transaction ID / Transaction ref. No., an insurer's
  Transaction ref. No. / Payment ID, the Electricity Department's Transaction ID, a failed Bharat Connect page's
  Transaction ID), then an approval code (Auth code, a slip's APPR CODE: / AUTH CODE:), then an order's number
  (PayU's Merchant txn ID, heldout203), then a document's own number (a platform's Payment advice No. (heldout190),
  Receipt No. / Folio No. (heldout190) / Rcpt. No. / Memo No. on a receipt, Invoice No. / Tax Invoice No. / Bill No.,
  Voucher No. / Vr. No., a fee page's Receipt No., *settled* (new here) the Department of Tourism's e-Receipt No. and
  the Fire Service's Challan No., Receipt No. / Premium receipt No., the Electricity Department's Receipt No., a
  slip's INVOICE NO: / BILL NO: / INV NO:). *settled*: never a UETR, the reservations listed on a payout or a
  Reservation No., a Property ID / Listing ID / Hotel code (heldout190), MID, TID, BATCH NO, a card, account or
  mobile number, a UPI ID, IFSC, GSTIN, a cheque number, Maker / Checker, a Beneficiary nickname (heldout190), a
  Purpose code, a Registration No. / Licence No. / Application ID / Application reference No. (heldout203), a Policy
  No. / Proposal No., an Emp. code (heldout179), a consumer number (here Service connection No., Account No., LPG ID,
  Mobile No.), RazorpayX's Fund account (heldout203), a Vehicle No. (heldout205), a slip's TRACE NO: (heldout203),
  ROOM NO:, FOLIO NO: or PUMP NO:. *settled* (new here): never an Assessment No. on the property tax page or a
  Subscriber ID (a DTH connection's number).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout211_families import (
    bank_alerts,
    card_slips,
    compose,
    govt_fees,
    guest_upi,
    guest_wires,
    insurer_receipts,
    own_receipts,
    platform_payouts,
    staff_pay,
    supplier_invoices,
    utility_bills,
    vendor_transfers,
)

SPLIT = "heldout211"

FAMILIES: list[Family] = [
    ("guest_upi", guest_upi, SCREEN_FACES),
    ("platform_payouts", platform_payouts, PAGE_FACES),
    ("guest_wires", guest_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("staff_pay", staff_pay, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout211_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout211 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

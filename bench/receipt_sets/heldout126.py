"""heldout126: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a twelfth random day's proofs of payment, as a travel agency and tour operator in Indian
cities (Pune, Chennai, Hyderabad, Chandigarh, Kochi, Ahmedabad, Mumbai, Kolkata; a hotel in Paris and one in Bali,
the agency's Dubai desk on one card slip) receives them in 2026: tickets bought for customers, hotel stays, holiday
packages with advances and balances, visa fees, forex-card loads, travel insurance, customers' UPI and net-banking
payments to the agency, card slips at its counter, payment links, a bank's EMI conversion of a card payment, and
refunds, from Rs 180 to Rs 9,00,000. One payment per page, no lists or threads.

* ``pnr_ticket``: a ticket bought for a customer, as its PNR page shows the fare paid: IndiGo's and SpiceJet's
  itineraries in a browser, Air India's and Emirates' (in rupees) e-mails, Akasa Air's app, and IRCTC's Electronic
  Reservation Slip, its Rail Connect app and its booked-ticket history: the carrier on top (or Paid to IRCTC /
  Akasa Air under the app's band), the outcome (none on the ERS), PNR / PNR No. / PNR Number / Booking reference,
  the flight or train, Travel date / Departure / Date of Journey (later), passengers with seats or berths
  (CNF/B2/34), an E-ticket No on some, Base fare / Ticket Fare, taxes, a convenience fee and a travel-insurance
  premium on some, Total amount paid / Total Fare (all inclusive), the way paid, Payment ID (``pay_…`` on some) /
  Transaction ID and a UPI or bank reference on some, Booked on / Date of Booking / Date of issue, the agency as
  Booked by / Agent on some.
* ``hotel_booking``: a hotel's own confirmation (Taj Exotica Goa, Lemon Tree Jaipur, Fragrant Nature Munnar, Mercure
  Paris in euros, Evolve Back Coorg, Alaya Ubud in US dollars, The Orchid Pune, Radisson Blu Temple Bay; e-mail,
  browser, PDF): the hotel on top, Booking Confirmation / Payment Receipt, the outcome, Booking ID / Reservation No
  / Booking Ref, the guest, Booked through the agency on some, Check-in / Check-out (later), rooms, charges, GST,
  VAT and a city tax, Total stay amount, Advance paid / Deposit paid with a Balance due at hotel on some, the way,
  Payment ID / Transaction ID, Booked on / Payment date / Booking date.
* ``package_receipt``: the agency's own PAYMENT RECEIPT / ADVANCE RECEIPT / TAX INVOICE cum RECEIPT for a holiday
  package (paper or its booking system's PDF): the agency on top with GSTIN, Receipt No / Rcpt No, Date / Dated,
  the customer, the tour, travellers, Departure / Tour start date (later), Package cost, GST @ 5%, TCS @ 5% on some
  overseas tours, Total package cost, Less: Advance received on an earlier day on some, Amount received / Received
  with thanks / Cheque amount, Balance payable by a later day or Nil, the way (UPI, card, NEFT, cash, cheque) and its
  reference, RECEIVED WITH THANKS / PAID / CHEQUE RETURNED UNPAID / CHEQUE BOUNCED - RECEIPT CANCELLED / CHEQUE
  UNDER CLEARING.
* ``visa_fee``: a visa application centre's fee receipt (VFS Global, BLS International, TLScontact; paper or the
  site's receipt): the centre on top, the mission it collects for, Receipt No / Invoice No, applicant, Passport No,
  GWF Number / Application No / Applicant ID, Visa type, Appointment (later), Visa fee (per applicant), service
  charge, IGST, optional services (lounge, courier, SMS), Total / Amount Paid, the way (RuPay, Visa, Mastercard,
  UPI, cash, net banking) with Auth Code / Transaction ID / Payment ID / UPI Ref No, Payment Date / Date, PAID /
  Payment declined - appointment not confirmed / Payment under process.
* ``forex_load``: a forex card loaded for a trip (BookMyForex, Thomas Cook, HDFC Bank, EbixCash, Orient Exchange,
  Axis Bank, ICICI Bank, Unimoni; browser, e-mail, counter paper): the seller on top, Order No / Deal No / Order ID,
  traveller, PAN, the card masked, destination, Travel date (later), Currency loaded (USD, EUR, GBP, AED, SGD, THB)
  at its rate, Value in INR, GST on currency conversion, service charges on some, Total amount paid / Total payable
  (INR) / Total, the way, Transaction ID / Txn ID and UTR / UPI Ref No on some, Transaction date / Load date / Order
  date, Load Successful / Load failed / Load pending - funds awaited.
* ``travel_insurance``: a travel-insurance PREMIUM RECEIPT (Tata AIG, ICICI Lombard, Bajaj General, HDFC ERGO, Care,
  Reliance General, Niva Bupa, Digit): the insurer on top with its IRDAI number, Receipt No, Receipt Date, the
  insured, Policy No (a Proposal No on the failure and the wait), plan, Sum insured in USD or EUR, Period of travel
  (later), Net premium, GST, Total premium, the way and its reference, the agency as Intermediary / Agent with its
  code, Premium received / Payment failed - policy not issued / Payment pending - policy will be issued on
  confirmation.
* ``agency_upi``: a customer's UPI app paying the agency (PhonePe, Google Pay, Paytm, CRED, BHIM, Navi, WhatsApp
  Pay, super.money; dark on CRED and some others): the outcome, the sum large, Paid to / To / Sent to (Paying to /
  Payment to on a failure or a wait) over the agency, its handle, UPI Ref No / UTR / UPI Transaction ID and the
  app's own id on some, the day, Debited from, a note ("Goa package advance", "Visa fee").
* ``agency_transfer``: a customer's bank app or net banking after an IMPS, NEFT or RTGS to the agency (SBI YONO, HDFC
  Bank NetBanking, ICICI iMobile Pay, Axis Bank, Kotak, IDBI Bank, Indian Bank, IndusInd Bank): the outcome,
  Amount, Beneficiary Name / Payee / Beneficiary / To, account and IFSC, Transfer Mode, UTR / IMPS Ref No / RRN and
  Reference No. / Transaction ID / Txn Ref No on some, the day, Remarks, Charges, GST on Charges and Total Amount
  Debited on some.
* ``counter_slip``: a card terminal's customer copy at the agency's counter (Pine Labs, Ezetap, Mswipe, HDFC Bank,
  Paytm EDC, Worldline, ICICI Bank; Network International at the Dubai desk in AED), monospace: DATE, TIME, MID, TID,
  BATCH, INVOICE NO / INV NO / BILL NO, the card, APPR / AUTH CODE and RRN / REF NO on approved slips, EMI SALE with
  tenure, rate, EMI AMOUNT and PROC FEE on two, TOTAL / AMOUNT / SALE AMOUNT, APPROVED / DECLINED.
* ``payment_link``: a payment link's page after paying the agency (Razorpay, PayU, Cashfree, CCAvenue, Instamojo,
  Easebuzz, PhonePe PG; browser or phone): the agency on top or under Paying / Payment to, what for, the outcome,
  the sum large, Amount + Convenience fee / Platform fee (card) + Total paid on some card payments, the way, Payment
  ID (``pay_…``, ``MOJO…``) / PayU ID / CF Payment ID / Tracking ID / Easebuzz ID / Transaction ID and Order ID, UPI
  Ref No / Bank RRN / Bank Ref No on some, the day, the customer's e-mail, Secured by the gateway.
* ``card_emi``: a card payment made to the agency, converted into EMIs by the card's bank (HDFC Bank's SmartEMI
  e-mail, ICICI Bank's app, SBI Card's Flexipay, Axis Bank's e-mail, Kotak's net banking, IDFC FIRST Bank's app, AU
  Bank's e-mail, OneCard's app): the bank on top, EMI booked successfully / Converted to EMI / EMI conversion
  successful (Transaction declined on one), Merchant / Merchant name / Transaction at over the agency, the card,
  Transaction amount / Amount / Purchase amount, Transaction date, Auth Code or Transaction Ref No / Txn Ref No, EMI
  Loan No / Loan A/c No, tenure, rate, Monthly EMI, Total interest, Processing fee + GST, First EMI (a later day).
* ``refund_credit``: money going back after a cancellation: an airline's refund (IndiGo's, SpiceJet's and Air India
  Express's e-mails, Air India's and Akasa Air's refund-status pages) and the agency's CREDIT NOTE (paper or PDF):
  the one refunding on top, the cancelled booking's PNR / Booking reference or the original invoice, Cancelled on,
  Amount paid, Less: cancellation charges, a non-refundable convenience or visa fee, Refund amount / Amount
  refunded / Net refund, Refund mode / Refunded to (the original card, UPI, NEFT or IMPS to the account), ARN / UTR
  / IMPS Ref No / UPI Ref No, Refund ID, Refund date / Processed on / Initiated on or the credit note's Date, Status.

Outcomes: one failed and one pending in every family but the card slips (two declined, none pending) and the EMI
conversions (one declined, none pending); the ERS prints no outcome. Absent fields: each family leaves the id out on
one page at least (no reference, order, receipt, invoice or refund number; a PNR left on a refund page, a GWF, policy, loan,
card, passport or e-ticket number stay), and the day on one (no date anywhere but a journey's, a stay's, a trip's
or a first EMI's, or none). Sums: rupees as ₹ (only in faces that draw it), Rs., Rs or INR, lakh grouping mostly
and western on some; EUR (€ or EUR), USD ($, US$ or USD) and AED. Days: heldout121's PATS and SLIP_PATS, with an
hour on screens; US-style month-first days on the dollar page. Faces: heldout119's SCREEN_FACES for app, airline
and bank screens, PAGE_FACES for hotels, visa centres, forex sellers, insurers and refunds, SLIP_FACES for the card
slips, BILL_FACES for the agency's receipts; every text checked glyph by glyph. Frames are heldout121's
``compose``. Degraded copies by ``heldout14_render.degrade``: every screen is photographed off the display;
receipts, slips and printed pages are paper. Seeds are ``heldout126-<i>`` (``heldout14_render.family_set``).

Truth conventions (README "Receipt fields"; heldout125's, heldout101's and heldout88's where the README is silent;
those this set had to settle are marked *settled*):

* amount: the sum this payment moved (or tried to move), as "1234.50": a ticket's Total amount paid / Total Fare (all
  inclusive) with taxes, the convenience fee and an insurance premium (never the base fare or a tax); a hotel's
  Advance paid / Deposit paid where the page splits the stay, else its Total stay amount (never the Balance due at
  hotel); a package receipt's Amount received for this payment (never the Total package cost, an advance received
  earlier, or the balance); a visa centre's Total with service charge, IGST and optional services; a forex load's
  Total amount paid in rupees with GST and charges (never the foreign sum loaded, nor the Value in INR alone); a
  premium's Total premium with GST (never the Sum insured); a transfer's Amount (never the Total Amount Debited
  with charges); a slip's TOTAL (never an EMI AMOUNT or PROC FEE); a payment link's Total paid with its fee.
  *settled*: an EMI conversion's Transaction amount (the card payment), never the Monthly EMI, interest or
  processing fee; a refund's Refund amount / Net refund (the sum paid less cancellation charges and non-refundable
  parts), never the Amount paid originally.
* currency: INR on every page but the Paris hotel (EUR), the Bali hotel (USD) and the Dubai slip (AED); a forex
  load is INR (the foreign currency loaded is never it), and a policy's Sum insured in USD or EUR is no sum paid.
* status: the outcome as printed. Success: Booking Confirmed, Your booking is confirmed, Payment Successful, Ticket
  booked - payment successful, Booking confirmed, Payment received, Reservation confirmed, RECEIVED WITH THANKS,
  PAID, Payment received - thank you, Load Successful, Card loaded successfully, Status: Loaded, Premium received,
  PAYMENT RECEIVED, Paid successfully, Transaction Successful, Money sent, Funds transferred successfully, <mode>
  transfer successful, APPROVED, Refund processed, Refunded, Refund credited. Failed: Payment Failed, Payment
  failed - booking not confirmed, Payment declined, CHEQUE RETURNED UNPAID, CHEQUE BOUNCED - RECEIPT CANCELLED,
  Payment declined - appointment not confirmed, Load failed (- amount will be refunded), Payment failed - policy not
  issued, Transaction failed, Returned by beneficiary bank, DECLINED, Transaction declined, EMI transaction
  declined, Refund failed (- account details invalid). Pending: Transaction pending - please do not book again,
  Payment under process, Payment processing, Booking on hold - payment pending, Awaiting payment confirmation,
  CHEQUE UNDER CLEARING, Payment pending confirmation from bank, Load pending - funds awaited, Status: Pending -
  awaiting funds, Payment pending - policy will be issued on confirmation, Payment Pending, Transaction pending,
  Pending at beneficiary bank, <mode> under process, Transaction in process, Refund initiated, Refund in progress.
  None on IRCTC's ERS, which prints berths (CNF/B2/34) and no outcome (heldout88). *settled*: an EMI booked on a
  card payment (EMI booked successfully, Converted to EMI, EMI conversion successful) is the payment's success.
* date: the payment's day, ISO: Booked on / Booking date / Date of Booking / Date of issue / Payment date /
  Attempted on, a receipt's Date / Receipt Date / Dated, Payment Date, Transaction date / Load date / Order date, a
  refund's Refund date / Refunded on / Processed on / Initiated on, a credit note's Date. Never a Travel date /
  Departure / Date of Journey, Check-in / Check-out, a tour's start, an Appointment, a Period of travel, a Balance
  payable by, an earlier advance's day, Cancelled on / Cancellation date, a First EMI date, an e-mail header's hour,
  the status bar's clock. *settled*: an EMI conversion's Transaction date (the card payment's day).
* merchant_name: the one paid, as printed: the carrier on top of its ticket (IRCTC, never the agency named as Booked
  by / Agent / Travel agent), the hotel on top of its confirmation (never the agency it was booked through), the
  agency on top of its receipt or credit note, after Paid to / To / Sent to / Paying to / Payment to, under
  Beneficiary Name / Payee / Beneficiary / Merchant / Transaction at, on a slip or a payment link; the visa centre
  on top (VFS Global, BLS International, TLScontact; never the mission), the forex seller on top (heldout101; a bank
  that sells the currency included), the insurer on top (never the agency as Intermediary / Agent). Never a UPI app,
  a customer's bank or its app, a payment gateway, a terminal's vendor, the card's bank on an EMI conversion, the
  customer, guest, traveller or applicant. Refunds: the party that refunds (heldout125), the airline or the agency.
* payment_method: "UPI" for UPI screens, UPI, BHIM UPI, UPI (Google Pay), IRCTC iPay (UPI) and a refund to a UPI
  handle; "card" for slips, named or masked cards (IRCTC iPay (Credit Card), Credit Card (Visa), RuPay, Amex), an
  EMI conversion's card and a refund to the Original card; "netbanking" for NEFT, RTGS, IMPS, Net Banking (- bank),
  Internet Banking and a refund by NEFT or IMPS; "wallet" for MobiKwik / Paytm Wallet, Amazon Pay Balance; "cash"
  for Cash / Cash at counter. A cheque is none: None. Never a forex card being loaded, nor a Visa type.
* transaction_id: at most one, as printed, the highest family printed: a UPI reference, UTR, RRN, IMPS Ref No, REF
  NO on a slip; then a bank's reference (Bank Ref. No. / Bank Ref No, Transaction Ref No, Txn Ref No, Reference No.,
  a card refund's ARN); then a transaction or payment id (Transaction ID, Payment ID, Payment reference, Txn ID,
  PayU ID, CF Payment ID, Tracking ID, Easebuzz ID, Refund ID); then an approval code; then an order's or booking's
  number (PNR, Booking reference, Booking ID, Reservation No, Booking Ref, Order No / Deal No / Order ID); then a
  document's own (Receipt No, Invoice No, INVOICE NO on a slip, Credit Note No). ``pay_…`` ids keep their case.
  *settled*: a PNR or booking reference on a refund page is the cancelled booking's number, never the refund's id
  (heldout125); never an E-ticket No, a flight or train number, a GWF Number, Application No, Applicant ID,
  Passport No, PAN, a forex card's or any card's number, a Policy No or Proposal No, an intermediary's code, an EMI
  Loan No / Loan A/c No, an Against Invoice No on a credit note, a MID, TID or batch, a cheque's number, GSTIN or
  IRDAI numbers, an account or IFSC.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout126_families import (
    agency_transfer,
    agency_upi,
    card_emi,
    compose,
    counter_slip,
    forex_load,
    hotel_booking,
    package_receipt,
    payment_link,
    pnr_ticket,
    refund_credit,
    travel_insurance,
    visa_fee,
)

SPLIT = "heldout126"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), heldout119's lists; ₹, € and the ticks
# are printed only in faces that draw them, and every text is checked against its face.
FAMILIES: list[Family] = [
    ("pnr_ticket", pnr_ticket, SCREEN_FACES),
    ("hotel_booking", hotel_booking, PAGE_FACES),
    ("package_receipt", package_receipt, BILL_FACES),
    ("visa_fee", visa_fee, PAGE_FACES),
    ("forex_load", forex_load, PAGE_FACES),
    ("travel_insurance", travel_insurance, PAGE_FACES),
    ("agency_upi", agency_upi, SCREEN_FACES),
    ("agency_transfer", agency_transfer, SCREEN_FACES),
    ("counter_slip", counter_slip, SLIP_FACES),
    ("payment_link", payment_link, SCREEN_FACES),
    ("card_emi", card_emi, SCREEN_FACES),
    ("refund_credit", refund_credit, PAGE_FACES),
]


def make_heldout126_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout126 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

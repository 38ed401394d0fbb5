"""heldout88: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout88).

Families (8 receipts each), drawn away from heldout2 to heldout85's layouts: travel and household services
paid in India and abroad, on pages full of numbers that are not the payment's id and of days that are not the
day paid: an IRCTC e-ticket (ERS) or its transaction page in My Transactions (PNR, train number and name,
stations with their codes, class and quota, distance, coach and berth statuses, IRCTC's Transaction ID, ticket
fare, IRCTC convenience fee, travel insurance premium and the insurer's policy number, a bank's or UPI
reference on a share), an airline's booking confirmation and payment receipt e-mail (IndiGo, Air India, Air
India Express, Vistara, Akasa Air in rupees; Lufthansa and Ryanair in euros, easyJet in pounds, United
Airlines in dollars: booking reference / PNR, flight numbers, e-ticket numbers, seats, loyalty numbers, base
fare, GST (K3), user development and aviation security fees, air passenger duty, fuel surcharge or US taxes,
seats and bags, a payment reference or ID), a bus booking platform's m-ticket screen (redBus, AbhiBus,
FlixBus: TIN / Ticket No. / Booking number, the operator's PNR, seats, journey day, departure and reporting
times, boarding point, base fare, operator GST 5 %, fees, insurance, an offer off), a hotel's guest folio at
check-out (Taj, Vivanta, Marriott's Courtyard, JW and Fairfield hotels, an OYO Townhouse in rupees; London,
Frankfurt, Munich and New York hotels of Marriott and Taj in pounds, euros and dollars: folio number,
confirmation number, room, arrival, departure, each night's room charge with its CGST and SGST or VAT, city or
occupancy tax, extras, an advance taken before arrival with its day, the settlement and a zero balance) or an
online booking's confirmation with the sum taken now (OYO, Booking.com: booking ID or confirmation number and
PIN, the property, check-in and check-out days, total, the sum paid now and the rest at the property, a
free-cancellation day), a bike taxi's, auto's or cab's invoice screen (Rapido, Ola, Namma Yatri: Ride ID /
CRN, vehicle number, captain, pickup and drop times, fare lines, platform fee and its GST, coupon, rounding, a
pass's or offer's validity day, a cashback's or complaint's day), an LPG refill paid on the brand's web page
(Indane, HP Gas, Bharatgas: consumer number, 17-digit LPG ID, distributor and its code, booking number and
day, refill price, online payment discount, expected delivery, DAC) or on the distributor's cash memo at
delivery (memo number and day, consumer number, booking number and earlier day, last refill, DAC verified), an
insurance premium receipt (LIC, HDFC Life, ICICI Prudential, Star Health, Niva Bupa: IRDAI registration,
GSTIN, receipt number, policy number, customer ID, plan, mode, premium due date (FUP) or policy period,
commencement, sum assured or insured, instalment premium, GST at 4.5, 2.25 or 18 %, late fee, next due date,
branch and agent codes), a housing society's maintenance receipt (a CHS, an apartment owners' association or
an RWA: registration number, receipt number, member, flat, the bill's number, period, bill date and due date,
maintenance, sinking and repair funds, water, parking and non-occupancy charges, arrears, interest or a late
fee, total due, a part payment with the balance outstanding on a share, a cheque with its number, date and
bank, NEFT / IMPS with a UTR, UPI, cash), a hospital's in-patient final bill cum receipt (Apollo, Fortis,
Manipal, Kokilaben, Max, Ruby Hall: UHID, IP number, bill number, admission and discharge, charges, advances
with their receipt numbers and days, a TPA's approved share with its pre-auth number, net payable, receipt
number) or a diagnostic lab's bill (Dr Lal PathLabs, SRL, Metropolis, Thyrocare, Neuberg: visit or lab ID,
tests, home collection, discount, a part paid with a balance due, the sample's day and the report's due day),
a municipal property-tax receipt (BBMP, GHMC, PMC, MCD, Greater Chennai, AMC: receipt number, challan or (SAS)
application number, PID / PTIN / Property Code / Property ID / Assessment No. / Tenement No., ward and zone,
financial year, the rebate's last day, property tax, cesses, solid-waste charges, a 5 % rebate or a penalty)
or a water board's payment receipt (BWSSB, Delhi Jal Board, HMWSSB, Chennai Metro Water: RR No. / K No. / CAN
/ Consumer No., meter number, bill number, bill period, bill date, due date, readings, water and sanitary
charges, meter cost, arrears, late payment surcharge), a coaching institute's fee receipt (ALLEN, Aakash,
FIITJEE, PW Vidyapeeth, T.I.M.E., Career Launcher: receipt and form numbers, roll / enrolment number or
student ID, course, batch, the batch's start day, instalment n of m, registration and tuition fees with CGST
and SGST at 9 %, the next instalment's due day) or an exam's application fee page (NTA, IBPS, SSC, ICAI, IIT
Roorkee for GATE: application number, registration ID, category, the exam's day and city, examination fee,
bank processing charges and their GST, fee status, payment gateway, the last day for the fee), and a visa
application centre's fee receipt at the counter or paid online (VFS Global for Germany, France, Switzerland,
the UK and Canada, BLS International for Spain, Portugal and Italy: GSTIN, receipt or invoice number, the
application's Reference No. / Application Reference No. / GWF number, passport number, visa category, the
appointment's day (the day paid at the counter, later when paid online), the visa fee in rupees, service
charge, IGST 18 %, SMS, courier, prime time and form filling, the day a passport may be collected). Rupees as
₹ (only in faces that draw it), Rs., Rs or INR, lakh grouping on most pages, Western or plain on a share,
whole rupees as "4,500/-" on a share of printed sheets; euros, pounds and dollars through heldout83's
``Money`` (€ / EUR, with German grouping "1.234,56" on German hotels; £ / GBP; $ / US$ / USD). Dates: one
pattern per page, day first on Indian, UK, Irish and German pages (slashes, dashes, dots, two-digit years,
month names, a weekday in front, ISO on a share; numeric on German pages), month first on US pages; a folio's
night lines print the day and month only. Every page prints at least one day that is not the day paid (a
journey, flight, check-in or arrival day, a pass's validity, an expected delivery, a booking's earlier day, a
due, next due, commencement or policy period, a bill's date, period and due date, admission, a report's due
day, a rebate's last day, an exam's or a batch's day, the last day for a fee, an appointment or a passport's
collection day). Faces: the project's installed faces (Noto, DejaVu, Liberation, FreeFont): sans faces (Noto
Sans, Noto Sans Display, Liberation Sans, FreeSans, DejaVu Sans) on IRCTC, airline, bus and ride pages, serif
and narrow faces (Noto Serif, DejaVu Serif, Liberation Serif, FreeSerif, Liberation Sans Narrow) on hotel,
LPG, insurance, society, municipal and fee pages, monospaced faces (DejaVu Sans Mono, Liberation Mono,
FreeMono, Noto Sans Mono) on hospital and visa centre pages. A line too wide for its page is broken onto the
next (``heldout88_families.fitted``). Degradations as heldout66 (``heldout14_render.degrade``; screens,
e-mails and web pages are always photographed off the display, ``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50" (whole rupees printed as "450" or
  "4,500/-" are "450.00" and "4500.00"; "1.234,56 €" is "1234.56"): an IRCTC page's Total Fare (all inclusive)
  / Total Fare / Total Amount / Amount (ticket fare, convenience fee and insurance premium together; never the
  ticket fare or the fee alone); an airline's Total / Total price / Amount charged / Grand total / Total paid
  / Amount due (base fare, every tax and fee, seats and bags; never the base fare or a tax line); a bus
  ticket's Total amount paid / Amount paid / Total paid / You paid / Total amount / Total fare / Amount (base
  fare, GST, fees and insurance, less an offer; never the base fare); a folio's settlement line at departure
  (the total charges less an advance taken before arrival; never the Total Charges / Total / Grand Total where
  an advance was taken, the advance or the zero balance); an online booking's Paid now / Prepaid amount /
  Amount paid online / Advance paid (unpaid: Pay now / Advance payable now / Amount to pay online; the whole
  total where nothing is left to pay at the property; never the total beside a Pay at property / Balance
  payable at hotel, nor that rest); a ride's large sum and its Total fare / Total / Total paid / Amount
  payable (fees in, a coupon off, rounded to the rupee); an LPG web page's Amount Paid / Total Amount / Net
  Amount Paid / Amount / Net Amount (the refill price less an online discount); a cash memo's TOTAL / Total
  Amount / Net Amount (the refill and delivery charges); a premium receipt's Total Amount Received / Total
  Premium Paid / Amount Received / Total Amount / Total Premium / Amount (premium, GST and a late fee; never
  the sum assured or insured or the premium alone); a society receipt's Amount Received / Amount Paid /
  Received Amount / Amount / Amount Tendered (a part payment is that part; never the Total Due / Total Payable
  or the balance outstanding); a final bill's Net Payable / Balance Payable / Amount Payable by Patient and
  Amount Received / Received Now (the net bill less advances and the TPA's share; never the gross, the net
  bill, an advance or the TPA's share); a lab bill's Amount Paid / Paid / Received (a part paid is that part;
  unpaid, the Net Amount); a municipal receipt's Total Amount Paid / Amount Paid / Total Paid / Total Amount /
  Amount / Total Payable (every head, arrears, a penalty or surcharge in, a rebate off); a coaching receipt's
  Amount Paid / Total Amount Paid / Total / Amount / Total Fee (fees and GST); an exam page's Total Amount /
  Amount Paid / Total Fee Paid / Amount (the fee, bank charges and their GST); a visa centre's Total / Total
  Amount / Total Amount Paid / Grand Total (visa fee, service charge, IGST and optional services). currency:
  INR on Indian pages, EUR on Lufthansa's and Ryanair's pages and German hotels' and bookings', GBP on
  easyJet's and London's, USD on United's and New York's (a bare $ included).
* date: the day paid (or tried), as printed, ISO: IRCTC's Date of Booking / Booking Date / Transaction Date;
  an airline's Booked on / Booking date / Date of issue / Payment date; a bus ticket's Booked on / Booking
  date / Transaction date; a folio's departure day (the day of its settlement line, printed as Departure and
  on the print line under it); a booking's Booked on / Booking date / Payment date; a ride's date line under
  the sum; an LPG web page's Payment Date / Transaction Date / Paid on; a cash memo's Cash Memo Date / Memo
  Date / Date; a premium receipt's Date of Receipt / Receipt Date / Payment Date / Paid on; a society
  receipt's Date / Receipt Date / Paid on; a final bill's or a lab bill's Bill Date / Date / Receipt Date; a
  municipal receipt's Payment Date / Date of Payment / Paid on / Transaction Date; a coaching receipt's
  Receipt Date / Date / Date of Payment; an exam page's Transaction Date / Date of Payment / Payment Date; a
  visa centre's Payment Date / Date / Date of Payment. None where the page leaves that line off, even where
  another day printed falls on the same day. Never the Date of Journey / Journey Date / Start Date /
  Departure* / Arrival*, a flight's day, Travel date, Check-in / Check-out or Arrival, an advance's day, Free
  cancellation until, Complete payment by, a pass's or offer's validity, Cashback will be credited by, Report
  an issue before, an LPG Booking Date (even the same day), Expected Delivery, Last Refill, Date of
  Commencement, Premium Due Date / Due Date (FUP) / FUP, Policy Period, Next Due Date / Renewal Due, a
  cheque's date, Period, Bill Date, Due Date, Bill Period, Admission, Discharge, Sample Collected, Report Due,
  Rebate valid till / Last date for rebate, Batch Start Date, Next Instalment Due, Exam Date / Date of
  Examination, Last Date for Fee Payment, Appointment Date, a passport's collection day, a folio's print or
  night lines.
* payment_method: "UPI", "card", "netbanking", "wallet", "cash" from the printed way paid, as heldout74 and
  heldout82 map the wordings: on rupee pages UPI, BHIM UPI, BHIM/UPI, IRCTC iPay (UPI), UPI - PhonePe, UPI
  (Google Pay), <app> UPI (Paytm UPI, CRED UPI), UPI / GPay, UPI (QR), UPI (to captain) and a bare PhonePe are
  UPI; a named or masked card (Credit Card (Visa) xx1234, Debit Card - RuPay, Visa Credit Card, IRCTC iPay
  (Credit Card), SBI Card xxxx 1234, Mastercard XXXX XXXX XXXX 1234, Visa ending in 1234, Card xx1234, Debit
  Card) is a card; Net Banking, Net Banking - <bank>, Internet Banking, Netbanking, NEFT, IMPS and Bank
  Transfer are netbanking; IRCTC eWallet, Paytm Wallet, Amazon Pay Balance, MobiKwik Wallet, PhonePe Wallet,
  Rapido Wallet, Ola Money, and PayPal, Apple Pay and Google Pay on pages in euros, pounds or dollars are
  wallets; Cash, CASH, Cash at counter, Cash to captain and a folio's Paid by - Cash are cash; a cheque (By
  Cheque No. …, Cheque No. …) or a demand draft (DD No. …, Demand Draft No. …) is none of the five (None, as
  heldout73 and heldout84). None where no way is printed.
* status: only where words state the payment's outcome; None otherwise. Success: Payment Successful,
  Transaction Successful, Your payment was successful, Payment successful, Payment confirmed, Your payment has
  been received, Payment received, Ticket booked - payment successful, PAID, Paid, Settled - thank you,
  Payment received with thanks, Transaction successful, Amount received - thank you, Premium received with
  thanks, Renewal successful, Payment received - thank you, Bill settled, Transaction Status: Success, Fee
  Paid Successfully. Failed: Booking failed - refund initiated, Transaction failed - amount will be refunded,
  Payment Failed, Payment failed, Payment declined - your booking is not confirmed, Payment unsuccessful,
  Payment failed - seats released, Payment failed - booking not confirmed, Online payment failed - please pay
  the captain, Payment failed - booking not paid, Transaction failed, Payment failed - premium not received,
  Cheque returned unpaid, Transaction declined - payment not received, Payment Failed - tax not paid,
  Transaction Failed, Transaction Failed - please pay again, Payment declined - appointment not confirmed.
  Pending: Payment under process, Transaction pending - please do not book again, Awaiting confirmation from
  bank, Awaiting payment, Payment processing - we will e-mail your tickets, Booking on hold - awaiting
  payment, Awaiting payment confirmation from bank, Payment pending, Payment pending - complete it within 20
  minutes, Payment processing, Payment pending - do not pay again, Payment under process - receipt is
  provisional, Payment pending confirmation from bank, Cheque deposited - pending clearance, Payment under
  verification, Pending with bank - do not pay again, Payment Pending, Payment under process - check status
  after 24 hours, Payment under process - do not pay again (on a line of their own, or beside Fee Status /
  Payment Status). A berth's or a booking's status (CNF/B2/34/LB, RLWL/12, RAC 14, WL 23), a PNR's Not
  generated, a heading (Electronic Reservation Slip (ERS), My Transactions, m-Ticket, GUEST FOLIO, CASH MEMO,
  PREMIUM RECEIPT, RECEIPT, FINAL BILL, Fee Payment Confirmation, Payment Receipt …), a label of a sum paid
  (Total paid, You paid, Paid now, Amount Received, Received Now), a refund's or a hold's note, the fine print
  (Subject to realisation of cheque, Fees once paid are not refundable, Premium paid qualifies for deduction
  …) and a delivery man's Delivered by or DAC Verified state none.
* transaction_id: at most one, as printed, the strongest printed payment reference, else the page's own number
  as each family states: IRCTC's UPI Ref No. / Bank Ref. No. / Bank Transaction ID, else IRCTC's Transaction
  ID, else a booked ticket's PNR / PNR No. / PNR Number (a failed or pending page that prints neither
  reference: None); an airline's Payment reference / Transaction ID / Payment ID (a Razorpay pay_ id keeps its
  case), else its booking reference (Booking reference / PNR / Confirmation code / Booking Ref); a bus
  ticket's UPI Ref No. / Payment ID / Transaction ID / Payment reference, else the platform's TIN / Ticket No.
  / Booking number (a failed booking that prints neither: None); a folio's Auth Code / Approval Code / UPI Ref
  No., else its own Folio No. / Folio # / Bill No. / Invoice No.; a booking's Payment ID / Transaction ID,
  else its Confirmation number (Booking.com's, dots kept) / Booking ID (OYO's); a ride's UPI Ref No. / UPI
  transaction ID / Transaction ID, else its Ride ID / CRN (Rapido's RD…, Ola's ten digits, Namma Yatri's short
  code); an LPG web page's UPI Ref. No. / Bank Ref. No. / Transaction ID, else its Booking No. / Order No. /
  Booking Reference No.; a cash memo's UPI Ref No., else its Cash Memo No. / Memo No. / C.M. No.; a premium
  receipt's UPI Ref No. / Bank Ref. No. / Transaction ID, else its Receipt No. / Receipt Number / Premium
  Receipt No. (a failed payment prints no receipt: None); a society receipt's UTR No. / UTR / Txn Ref No. /
  UPI Ref No. / UPI Ref, else its Receipt No. / Rcpt. No.; a final bill's Auth Code / Card Approval Code / UPI
  Ref No., else its Receipt No., else its Bill No. (an unpaid bill prints no receipt); a lab bill's Auth Code
  / Card Approval Code / UPI Ref No., else its Bill No. / Invoice No.; a municipal receipt's Bank Ref. No. /
  Gateway Ref. No. / Transaction ID / UPI Ref No., else its Receipt No. / Receipt Number (a failed page that
  prints neither: None); a coaching receipt's UPI Ref No. / Transaction ID / UTR No., else its Receipt No. /
  Fee Receipt No.; an exam page's Transaction ID / Bank Reference No. / Bank Ref. No. (None where none is
  printed); a visa centre's Transaction ID / Payment Reference, else a card's Auth Code / Approval Code, else
  its Receipt No. / Invoice No. / Receipt Number (a failed payment prints no receipt: None). Never a train
  number, an insurance policy number, an e-ticket number, a flight number, a loyalty number, a seat, an
  Operator PNR, a mobile number, a confirmation or reservation number on a folio, a room number, a PIN code, a
  vehicle number, a Consumer No., an LPG ID, a distributor's code, a DAC, a Booking No. on a cash memo, a
  Policy No., a Customer ID, a branch or agent code, an IRDAI registration, a GSTIN or a tax number, a
  cheque's or a DD's number, a bill's number on a society receipt, a flat, UHID, IP No. / Admission No., Visit
  ID / Lab ID / Reg. No., a claim or pre-auth number, an advance's receipt number, a challan or (SAS)
  application number, PID / PTIN / Property Code / Property ID / Assessment No. / Tenement No., RR No. / K No.
  / CAN / Consumer No., a meter or bill number on a water receipt, a form, roll or enrolment number, a student
  ID, an Application No. or Registration ID, a visa application's Reference No. / Application Reference No. /
  GWF number, a passport number.
* merchant_name: the payee as printed on top: IRCTC; the airline; the booking platform (redBus, AbhiBus,
  FlixBus; never the bus operator under it); the hotel on a folio (never the guest or the loyalty programme);
  the platform on an online booking (OYO, Booking.com; never the property under it, as heldout85's delivery
  platforms); the ride app (never the captain); the brand on an LPG web page (Indane, HP Gas, Bharatgas; never
  its oil company's name under it or the distributor); the distributor in capitals on a cash memo (never the
  brand or its company); the insurer as its top line prints it; the society; the hospital or the lab; the
  corporation or the water board; the institute or the exam body (never the exam's name under it, the student
  or the candidate, the payment gateway); the visa centre (VFS Global, BLS International; never the mission it
  collects for, the applicant).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout88_families import (
    airline_booking,
    bus_ticket,
    exam_fee,
    hospital_bill,
    hotel_stay,
    insurance_premium,
    irctc_ticket,
    lpg_refill,
    municipal_receipt,
    ride_receipt,
    society_maintenance,
    visa_fee,
)

SPLIT = "heldout88"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens, e-mails and web
# pages of travel in sans faces, printed sheets and household web pages in serif and narrow faces, hospital
# and visa centre pages in monospaced ones; pages print ₹ only in faces that hold it
# (heldout85_families.has_glyph), and every face holds €, £ and $.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
SHEET_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("irctc_ticket", irctc_ticket, SCREEN_FACES),
    ("airline_booking", airline_booking, SCREEN_FACES),
    ("bus_ticket", bus_ticket, SCREEN_FACES),
    ("hotel_stay", hotel_stay, SHEET_FACES),
    ("ride_receipt", ride_receipt, SCREEN_FACES),
    ("lpg_refill", lpg_refill, SHEET_FACES),
    ("insurance_premium", insurance_premium, SHEET_FACES),
    ("society_maintenance", society_maintenance, SHEET_FACES),
    ("hospital_bill", hospital_bill, SLIP_FACES),
    ("municipal_receipt", municipal_receipt, SHEET_FACES),
    ("exam_fee", exam_fee, SHEET_FACES),
    ("visa_fee", visa_fee, SLIP_FACES),
]


def make_heldout88_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout88 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

"""heldout133: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a seventeenth+2 random day's proofs of payment, as a veterinary clinic with a pet shop, a
grooming salon and a boarding kennel (in Pune, Mysuru, Dehradun, Vadodara, Kochi, Indore, Guwahati and Chandigarh)
receives them from pet owners and insurers in 2026 and pays its own distributors, lab and owners. One payment per
page, no lists or threads.

* ``owner_upi``: a pet owner's UPI app paying the clinic's QR at the reception (Paytm, PhonePe, Amazon Pay, Google
  Pay, Navi, CRED, BHIM, WhatsApp; dark on CRED and some others): heldout125's result screen, the clinic, its pet
  shop, salon or kennel (its company on some) under Paid to / To / Sent to, a note of what it paid for on most
  (Bruno vaccination, Coco grooming, Max boarding 3 nights).
* ``opd_receipt``: the clinic's OPD RECEIPT / CONSULTATION RECEIPT / OPD BILL CUM RECEIPT (counter paper, thermal or
  serif): the clinic on top, the vet and degree, the state veterinary council's Regn. No., Receipt / Bill / Rcpt No.,
  Date / Date & Time, OPD No. / Case No., Token No. on some, Pet name / Pet / Patient, Species / Breed, Owner / Pet
  parent, Microchip No. / Chip ID on some, Doctor, the services (Consultation, Vaccination - DHPPi+L, Anti-rabies
  vaccine, Deworming …), Total, Less: Discount on some, Amount paid, cash / UPI / card, UPI Ref No. / UTR / Approval
  Code / RRN, Next vaccination due on some; PAID / RECEIVED WITH THANKS / CARD DECLINED - NOT PAID / UPI NOT
  CONFIRMED - PENDING.
* ``surgery_bill``: the clinic's IPD FINAL BILL / SURGERY & INPATIENT BILL - FINAL / DISCHARGE BILL CUM RECEIPT
  (paper): Bill / Final Bill / Invoice No., Bill Date, IPD / Case / IP No., the pet and owner, Surgeon, Admitted on /
  Date of admission, Days admitted, the surgery (spay, pyometra, femur plating, cystotomy …), Procedure charges,
  Anaesthesia, Ward / ICU n x rate, Medicines, Lab & X-ray, Gross bill, Less: Discount on some, Less: Advance paid
  at admission, Balance payable, Amount received / Paid at discharge (a part with Balance due on two), cash / UPI /
  card / NEFT and UPI Ref No. / Approval Code / UTR; PAID - DISCHARGED / PART PAID / CARD DECLINED / PAYMENT PENDING
  - NEFT CREDIT AWAITED in a row and in the clinic's rubber stamp.
* ``petshop_invoice``: the pet shop's POS TAX INVOICE / RETAIL INVOICE / CASH MEMO (thermal monospace or serif): the
  shop on top (A unit of the clinic on some), Bill / Invoice / Inv No:, Date:, Time:, Cashier:, Customer:, each item
  (Royal Canin, Drools, Whiskas, a collar, a dewormer) with HSN, qty x rate and its GST rate, Sub total, CGST / SGST
  @ 9% / 6% / 2.5% (18%, 12%, 5%), Round off, NET AMOUNT / Grand Total, Cash tendered and Change on cash, UPI Ref
  No: / UTR: / Appr Code: / RRN:, Loyalty points; PAID / ** PAID ** / UPI PAYMENT FAILED - BILL ON HOLD / PAYMENT
  PENDING - UPI CONFIRMATION AWAITED.
* ``card_slip``: the reception's card terminal slip (Paytm EDC, Pine Labs, ICICI, Razorpay POS, HDFC, PhonePe POS,
  SBI Payments, Kotak; monospace): the clinic, shop, salon or kennel in capitals, its locality, MID, TID, DATE, TIME,
  BATCH, INVOICE / INV / BILL NO, SALE / CARD SALE / CONTACTLESS SALE (BASE AMOUNT, SURCHARGE / CONV FEE and TOTAL
  AMOUNT on some), the card masked, APPR / AUTH CODE, RRN / REF NO; APPROVED / DECLINED / TXN PENDING (HOST TIMEOUT).
* ``grooming_gateway``: a pet owner paying the grooming salon's booking through a gateway (Razorpay, Instamojo,
  Cashfree, PayU, PhonePe PG, Easebuzz, CCAvenue; browser or phone, dark on some): the salon on top (Paying / Payment
  to on some; its company on a few), the outcome, the sum large, Booking ID / Booking No / Appointment ID, the pet,
  the package and add-ons, GST @ 18%, a card's convenience fee and Total on some, Slot / Appointment, the way, the
  gateway's ids (pay_…, Order ID, Instamojo's Payment ID MOJO… and Payment Request ID, CF Payment ID, PayU ID,
  Transaction ID, Easebuzz ID, Tracking ID, Order No), a UPI Ref No / Bank RRN / Bank Ref No on some, the day.
* ``kennel_boarding``: the boarding kennel's BOARDING ADVANCE / DEPOSIT RECEIPT or CHECK-OUT BILL CUM RECEIPT /
  BOARDING SETTLEMENT RECEIPT (paper or e-mail): Receipt / Rcpt No., Booking No. / Booking ID, Date / Paid on /
  Received on, the pet (Pet / Guest) and owner, Check-in and Check-out, Room, n nights x rate, extras, GST @ 18%,
  Estimated total and Advance received (Balance at check-out) or Total, Less: Advance paid at booking and Balance
  received, cash / UPI / card / NEFT with its reference; ADVANCE RECEIVED / PAID - CHECKED OUT / UPI PAYMENT FAILED
  / PAYMENT PENDING.
* ``claim_settlement``: a pet insurer paying the clinic for a claim by NEFT (Bajaj Allianz, Future Generali, HDFC
  ERGO, ICICI Lombard, New India, Go Digit, Tata AIG, Oriental; e-mail, provider portal, letter): the insurer on top,
  PET INSURANCE - CLAIM SETTLEMENT ADVICE / PAYMENT ADVICE - CASHLESS CLAIM / CLAIM PAYMENT INTIMATION, Advice No.,
  Payee / Paid to / Provider Name the clinic (its company on many), City, Claim No. / Claim ID, Policy No., Pre-auth
  No. / AL No. on cashless ones, Policyholder, Insured pet, Microchip No., Treatment, Date of treatment, Claimed
  amount, Less: Non-payable / Disallowed, Less: Co-pay, Approved / Admissible amount, Less: TDS u/s 194J @ 10% on
  some, Net amount paid / Amount transferred, NEFT, Beneficiary A/c, UTR, Payment Ref No. / Payment Batch Ref,
  Payment date / Returned on / Approved on; Settled - paid / NEFT returned - account details mismatch / Approved -
  payment under process.
* ``lab_invoice``: a veterinary diagnostic lab's invoice to the clinic (paper or its billing page in a browser): the
  lab on top, GSTIN and NABL Cert. No., TAX INVOICE / BILL OF SUPPLY, Invoice / Inv / Bill No., Invoice Date, Bill to
  / Referring clinic / Client the clinic, Client Code, each test with its pet and Sample ID, Sub total, Less: Clinic
  / B2B discount, Total Amount / Net Payable, NEFT / UPI / card / cash and UTR / UPI Ref No. / Approval Code; Paid /
  Payment received / Payment failed / Payment pending / Awaiting confirmation.
* ``supplier_payment``: the clinic paying its pet-food distributor or vet pharma stockist: its bank's acknowledgement
  (Kotak's app, HDFC Bank NetBanking, bob World: heldout124's page, the supplier under Beneficiary Name / Payee /
  Beneficiary) or the supplier's RECEIPT / PAYMENT RECEIPT / MONEY RECEIPT (paper or e-mail: Receipt / Voucher No.,
  Received from M/s the clinic, Towards, Outstanding before, Amount received, NEFT / RTGS / IMPS, UTR / IMPS Ref No.,
  Credited on / <mode> received on / Initiated on; Payment received / Credited / Credit awaited - under
  verification).
* ``camp_receipt``: an animal-welfare trust's receipt for a vaccination camp at the clinic, an adoption drive or a
  donation (paper): the trust on top, its Regd. No., PAN and 80G Regn. No., VACCINATION CAMP - REGISTRATION RECEIPT /
  ANTI-RABIES CAMP RECEIPT (n pets x the fee, a voluntary contribution on some) / ADOPTION FEE RECEIPT / DONATION
  RECEIPT (the donor's PAN), Receipt / Rcpt No., Date, Received from the owner or M/s the clinic, Amount and its
  words, cash / UPI / NEFT / card with UPI Ref No. / UTR / Approval Code; RECEIVED WITH THANKS / DONATION RECEIVED /
  UPI PAYMENT FAILED - RECEIPT CANCELLED / PAYMENT PENDING - UPI CREDIT AWAITED, the trust's stamp.
* ``booking_refund``: the grooming salon or the kennel refunding a cancelled booking (paper, e-mail or its booking
  app): REFUND VOUCHER / BOOKING CANCELLATION - REFUND / CANCELLATION REFUND, the salon or kennel on top (the payer),
  Refund Voucher No. on paper, Refund ID / Refund Ref No. on the app and e-mail, Refund date / Refunded on /
  Attempted on / Initiated on, Refund to / Paid to / Payee Name the owner, Booking ID / Booking No., the pet, the
  service or stay, Booked for / Check-in was due, Reason, Amount paid / Booking amount, Less: Cancellation charges
  on some, Refund amount, UPI / reversal to card / NEFT / cash with UPI Ref No. / ARN / RRN / UTR; REFUNDED / Refund
  processed / REFUND FAILED - UPI ID INACTIVE / REFUND INITIATED - CREDIT IN 5-7 WORKING DAYS / Refund pending.

Outcomes: a failed and a pending page in every family. Absent fields: each family leaves out the id on one page (no
UTR, UPI reference, RRN, IMPS reference, ARN, approval code, bank or payment reference, gateway, payment, refund or
transaction id, booking, appointment or order number, invoice, bill, receipt, voucher or advice number; OPD, case,
IPD and token numbers, microchip numbers, council, NABL, 80G and trust registration numbers, claim, policy and
pre-authorisation numbers, client codes, sample ids, MID, TID, batch, PAN and account numbers stay) and the day on
one (no date anywhere: no next vaccination, admission, check-in, check-out, slot, treatment or booked day either, no
financial year in a number; an e-mail's hour and a slip's TIME at most). Sums: ₹ (faces that draw it), Rs., Rs, RS.,
INR, /- on counter paper, none on some slips and item lines; lakh grouping on most, western and plain on some. Days:
dd/mm/yyyy, dd-Mon-yyyy, Mon dd, yyyy, dd.mm.yy, dd-mm-yyyy, dd Mon yyyy, dd.mm.yyyy on paper, heldout121's PATS
with an hour on screens, DD/MM/YY, DDMONYY and MON DD,YYYY on slips. Faces: heldout119's lists (PAPER_FACES for the
OPD receipt and the POS bill). Frames: heldout121's ``compose`` (its rubber stamp on the surgery bill and the
trust's receipt). Seeds ``heldout133-<i>``.

Truth conventions (README "Receipt fields"; *settled* where this set chose):

* merchant_name: the one paid, as printed: the clinic, its pet shop, grooming salon or kennel (its company on some)
  on owners' UPI screens (Paid to / To / Sent to), on top of its OPD receipts, final bills, POS invoices, kennel
  receipts and the salon's gateway page, under the terminal's name on a charge slip; the clinic (often its company)
  under Payee / Paid to / Provider Name on an insurer's advice (never the insurer on top); the lab on top of its
  invoice (never the clinic under Bill to / Referring clinic / Client); the supplier under Beneficiary Name / Payee on
  the clinic's bank page and on top of its own receipt (never M/s the clinic under Received from); the trust on top
  of its receipt (never the clinic named as the camp's Venue or as a donor). Never a bank, app, terminal maker,
  gateway, insurer, vet, or the payer. *settled*: a refund of a cancelled booking is a payment the salon or kennel
  makes: its payee is the owner under Refund to / Paid to / Payee Name, and the name on top is the payer. *settled*:
  "A unit of <clinic>" under the pet shop's name names the owner, not the payee (the shop on top is).
* amount / currency: the sum this payment moved, INR everywhere. *settled*: an OPD receipt's Amount paid after the
  discount (never the Total); a final bill's Amount received / Paid at discharge, the balance after the advance paid
  at admission (never the Gross bill, the advance or the Balance payable; a PART PAID bill's part, never its Balance
  due); a POS invoice's NET AMOUNT after the round off (never the Sub total, the Cash tendered or the Change); a
  charge slip's TOTAL AMOUNT with the surcharge (never the BASE AMOUNT); a gateway page's large sum with GST and any
  convenience fee; a kennel's Advance received at booking (never the Estimated total or the Balance at check-out),
  or at check-out its Balance received (never the Total or the advance paid at booking); an insurer's Net amount paid
  / Amount transferred after the non-payables, co-pay and TDS (never the Claimed or Approved amount); a lab's Total
  after its discount; a supplier's Amount received (never the Outstanding before); a trust's Amount (the camp's fee
  with a voluntary contribution added); a refund's Refund amount (never the Amount paid / Booking amount).
* status: as printed (Payment Successful, Paid successfully, Transaction Successful, Money sent, PAID, RECEIVED WITH
  THANKS, PAID - THANK YOU, PAID - DISCHARGED, PART PAID, ** PAID **, APPROVED, TXN APPROVED, Booking confirmed -
  paid, ADVANCE RECEIVED, RECEIVED, PAID - CHECKED OUT, Settled - paid, Payment processed, Paid, Payment received,
  Funds transferred successfully, <mode> transfer successful, Credited, DONATION RECEIVED, REFUNDED, REFUND PAID,
  Refund processed success; Payment Failed, Transaction failed, Payment declined, CARD DECLINED - NOT PAID, CARD
  DECLINED - BILL NOT SETTLED, UPI PAYMENT FAILED - BILL ON HOLD, DECLINED, TXN DECLINED, Payment failed - booking not
  confirmed, UPI PAYMENT FAILED, NEFT returned - account details mismatch, Payment failed, Transaction Failed,
  Returned by beneficiary bank, <mode> transfer failed, <mode> returned - credit not received, UPI PAYMENT FAILED -
  RECEIPT CANCELLED, REFUND FAILED - UPI ID INACTIVE, Refund failed failed; Payment Pending, Payment processing,
  Transaction pending, UPI NOT CONFIRMED - PENDING, PAYMENT PENDING - UPI CREDIT AWAITED, PAYMENT PENDING - NEFT
  CREDIT AWAITED, PAYMENT PENDING - UPI CONFIRMATION AWAITED, UPI PENDING, TXN PENDING, PAYMENT PENDING, Approved -
  payment under process, Awaiting confirmation, Pending at beneficiary bank, <mode> under process, Transaction in
  process, Credit awaited - under verification, REFUND INITIATED - CREDIT IN 5-7 WORKING DAYS, Refund pending
  pending). *settled*: PART PAID a success (money moved: the part); an insurer's "Approved - payment under process" is
  pending (approved, not yet paid); a refund INITIATED is pending (the owner has not been credited yet).
* date: the day paid (a receipt's, bill's, invoice's, slip's Date / Bill Date / Invoice Date / DATE / Date & Time;
  Paid on, Received on, Payment date, Date of payment, Transfer date, Credited on, <mode> received on, Transaction
  Date, Refund date, Refunded on; Attempted on, Returned on, Initiated on on the failures and the waits; *settled*:
  an insurer's Approved on on the advice still under process). Never Next vaccination due / Next visit, Admitted on /
  Date of admission, Check-in / Check-out, a grooming Slot / Appointment, Date of treatment / Treatment from, Booked
  for / Check-in was due, an e-mail's hour.
* payment_method: UPI, card (a charge slip, a card at the reception, a card's reversal), cash, "netbanking" for
  NEFT / RTGS / IMPS and Net Banking (an insurer's NEFT, the clinic's transfers to its supplier); wallet for a wallet
  on a gateway page.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / ARN, then a bank
  reference (Bank Ref No, Reference No.; *settled*: an insurer's Payment Ref No. / Payment Batch Ref), then a
  transaction / payment / refund id (Transaction ID, Payment ID, pay_…, MOJO…, PayU ID, CF Payment ID, Tracking ID,
  Easebuzz ID; *settled*: a refund's Refund ID / Refund Ref No.), then an approval code (APPR / AUTH CODE, Approval /
  Auth Code, Appr Code), then an order's number (Order ID, Order No, Payment Request ID; *settled*: a grooming or
  boarding booking's Booking ID / Booking No. / Appointment ID names the order the payment or refund is for: the
  order family, above the receipt's or voucher's own number), then a document's own number (Receipt / Rcpt / Bill /
  Final Bill / Invoice / Inv No., INVOICE / INV / BILL NO, Voucher / Refund Voucher No., *settled*: an insurer's
  Advice No.). Never an OPD No., Case No., IPD / IP No. or Token No. (*settled*: they name the patient and its
  visit, as heldout123's UHID and IP No did), a microchip number or Pet ID, a veterinary council Regn. No., a NABL
  certificate, a trust's Regd. No. or 80G Regn. No., a Claim No. / Claim ID, Policy No., Pre-auth / AL No., a lab's
  Client Code or Sample ID, an HSN code, MID, TID, batch, PAN, GSTIN, account number, IFSC, mobile number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout133_families import (
    booking_refund,
    camp_receipt,
    card_slip,
    claim_settlement,
    compose,
    grooming_gateway,
    kennel_boarding,
    lab_invoice,
    opd_receipt,
    owner_upi,
    petshop_invoice,
    supplier_payment,
    surgery_bill,
)

SPLIT = "heldout133"

FAMILIES: list[Family] = [
    ("owner_upi", owner_upi, SCREEN_FACES),
    ("opd_receipt", opd_receipt, PAPER_FACES),
    ("surgery_bill", surgery_bill, BILL_FACES),
    ("petshop_invoice", petshop_invoice, PAPER_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("grooming_gateway", grooming_gateway, SCREEN_FACES),
    ("kennel_boarding", kennel_boarding, PAGE_FACES),
    ("claim_settlement", claim_settlement, PAGE_FACES),
    ("lab_invoice", lab_invoice, PAGE_FACES),
    ("supplier_payment", supplier_payment, PAGE_FACES),
    ("camp_receipt", camp_receipt, BILL_FACES),
    ("booking_refund", booking_refund, PAGE_FACES),
]


def make_heldout133_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout133 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

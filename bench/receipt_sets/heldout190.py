"""heldout190: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a Coorg coffee estate with a homestay, its day in 2026 (Bettadamane Plantations LLP, its
estate office at Madapur, Somwarpet taluk, and its homestay, Bettadamane Estate Stay, near Virajpet, Kodagu), told by
the proofs of payment it receives (curing works', an auction house's, traders' and a growers' co-operative's grower
payment advices for its parchment and cherry, roasters' wires from abroad in US dollars, euros and pounds, guests'
UPI and its payment pages, the booking platforms' payouts, its own room and money receipts) and those it makes
(fertiliser, machinery, irrigation and plant-protection dealers' invoices, pickers' and maistries' wage vouchers and
the bank's bulk rows, corporate net-banking transfers to the curing works, the transporter and contractors, the
Coffee Board's, the gram panchayat's, the tourism department's and the pollution control board's fee pages, card
slips in the Kodagu towns, CESC Mysore's electricity and the fibre and phone bills through Bharat Connect, the bank's
alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id
and one no day (truth None for those fields).

* ``curing_advices``: curing works', an auction house's, traders' and a co-operative's grower payment advice
  e-mails, printed GROWER PAYMENT ADVICE / SALE PROCEEDS ADVICE / ACCOUNT SALES - SELLER'S STATEMENT and grower
  portal pages. ``guest_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, Amazon Pay, super.money, MobiKwik)
  paying the homestay and two of its payment pages (Razorpay, Easebuzz). ``platform_payouts``: Airbnb's payout
  e-mail and app screen, Booking.com's and Expedia's extranet payout pages, MakeMyTrip's, Goibibo's and Agoda's
  payment advice e-mails. ``stay_receipts``: the homestay's own ROOM ADVANCE RECEIPT / MONEY RECEIPT / FOLIO
  SETTLEMENT RECEIPT (paper, rubber stamp) and its front desk's receipt e-mails. ``dealer_invoices``: dealers' TAX
  INVOICE / CASH-CUM-CREDIT BILL / INVOICE CUM RECEIPT with the payment block and a rubber stamp (paper).
  ``picker_wages``: printed PICKING WAGES / WEEKLY WAGE / MAISTRY PAYMENT VOUCHERs, Karnataka Bank's bulk payment
  rows and FedCorp's fund transfer acknowledgements. ``exporter_wires``: banks' inward remittance advices (e-mail,
  browser) and printed FOREIGN INWARD REMITTANCE ADVICE (FIRA). ``board_fees``: the Coffee Board's, Madapur Gram
  Panchayat's (Panchatantra 2.0), the Department of Tourism's and the KSPCB's (XGN) fee pages. ``town_slips``: card
  terminal slips (monospace). ``estate_transfers``: corporate net-banking pages (Karnataka Bank, Canara Bank,
  FedCorp, ENet, yono BUSINESS, Axis, Kotak FYN, ICICI CIB). ``power_phone_bills``: Bharat Connect in UPI and
  banking apps and two billers' own pages (CESC Mysore, BSNL). ``bank_alerts``: the bank's SMS alerts (SBI's UPI
  debit, Canara's and Karnataka Bank's debits, a UPI AutoPay) and two e-mail debit advices. The families' docstrings
  list each layout's labels.

Truth conventions (heldout187's, heldout183's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183, heldout187): a payer's payment advice pays the one it pays, never the payer on top;
  *settled* (new here) a curing works', auction house's, trader's or co-operative's grower payment advice pays the
  estate under Grower / Seller (grower) / Planter / Pay to (estate) (its full, capital or short name as printed),
  never the payer on top, the Grower code or the Lot. *settled* (heldout155, heldout161, heldout167, heldout187): a
  bank's inward remittance advice pays the estate under Beneficiary / Beneficiary name, *settled* (new here) or
  Beneficiary customer, on a FIRA too, never the bank on top, the Ordering customer / Remitter or the Remitting bank.
  A UPI screen's payee under Paid to / To / Sent to / Paying to (here the homestay), never the UPI ID or the app; a
  payment page's payee on top (here the homestay), never Guest / Paid by or the gateway's footer. *settled* (new
  here): a booking platform's payout pays the homestay under Host / Property name / Hotel name / Payee name /
  Property, never the platform on top or the guests in the reservations listed. *settled* (heldout175, heldout179,
  heldout183, heldout187): the business's own receipt pays it on top, *settled* (new here) so the homestay's receipt
  pays the homestay on top (Bettadamane Estate Stay, capitals where so printed), never the "A unit of" LLP line
  under it or the party under Received from / Guest name; its front desk's receipt e-mail likewise. A dealer's name
  on top of its own paper, never M/s the estate under Sold to / Bill to. *settled* (heldout150, heldout161,
  heldout179, heldout183, heldout187): a wage voucher pays the worker under Paid to, *settled* (new here) or Name of
  picker / Maistry (the name, never the estate on top or the Writer); a bulk row or a corporate banking page the
  Beneficiary name, never the Debit account or the Beneficiary nickname. *settled* (heldout183): a corporate banking
  page pays the payee under Beneficiary name / Payee name / Credit to / Transfer to, never the portal on top or the
  Debit account; *settled* (new here) never the Name as per beneficiary bank line (the bank's name check) either.
  *settled* (heldout179, heldout183, heldout187): an authority's fee page pays the authority on top, *settled* (new
  here) the Coffee Board, Madapur Gram Panchayat, the Department of Tourism, Government of Karnataka and the
  Karnataka State Pollution Control Board as printed, never the platform line under it (Panchatantra 2.0, XGN),
  Khajane-II or the Applicant / Assessee / Occupier. A slip's counter name line in capitals, never the terminal's
  maker or the town line. A Bharat Connect page's biller under Biller / Biller name / Service provider (short or
  long as printed), *settled* (new here) or PhonePe's Paid to, never the app, Bharat Connect or the Customer name; a
  biller's own page the biller on top, never the Consumer name. An SMS alert's payee as the bank sends it, *settled*
  (new here) SBI's "trf to KODAGU AGRO KENDRA", Canara's "towards RTGS to SRI CHAMUNDI AGRO CHE" (the truncated name
  as printed), Karnataka Bank's "by IMPS to ..." and the Federal Bank's "UPI AutoPay mandate to JIO POSTPAID", never
  the bank or the sender id; the bank's e-mail debit advice the Beneficiary / Paid to, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187): a payment advice's
  net sum; *settled* (new here) a grower advice's Net proceeds paid / Net amount payable to grower / Amount remitted
  (the Gross sale value less Curing charges, Hulling and grading, Gunny cost, Auction commission @ 1%, Advance
  recovered and TDS u/s 194Q @ 0.1%), never the Gross sale value or a grade's line. *settled* (heldout167,
  heldout187): an inward wire's foreign sum, *settled* (new here) Instructed amount / Remittance amount / Amount in
  foreign currency in US dollars, euros or pounds, never the INR equivalent, the Bank charges or the Net INR
  credited. A UPI screen's and a page's sum large. *settled* (new here): a platform's payout counts the Net payout /
  Payout amount / Net amount remitted (the Gross booking value less Commission or Host service fee, GST on
  commission @ 18%, TCS u/s 52 CGST Act @ 0.5% and TDS u/s 194-O @ 0.1%), never the Gross booking value or a
  reservation's sum. *settled* (heldout175, heldout179, heldout183, heldout187): a receipt counts the sum received
  even where it is part of the job, *settled* (new here) Advance received / Amount received / Cash received /
  Received by UPI / Card (POS) / Cheque for, never the Booking value (incl. GST) / Folio total, the GST line or the
  Balance payable at check-out. A dealer's Amount received / Paid by UPI / Received by cheque (the rounded Invoice
  total with GST @ 5% or 18%), *settled* (heldout183, heldout187) where an advance is taken off (Less: Advance
  adjusted) the Balance received. A wage voucher's Net wages paid / Amount paid, never the Gross wages, the kg or days
  line or *settled* (new here) Less: Festival advance / Less: Ration advance; a bank row's or page's Amount /
  Transfer amount / Debit amount, never the Charges (incl. GST). *settled* (heldout187): a fee page's total,
  *settled* (new here) Total amount paid / Amount remitted / Fee paid (incl. GST) / Total fee paid, never a head
  (Property tax, Library cess @ 6%, Health cess @ 15%, Trade licence fee, Exporter registration renewal, ICO
  certificate of origin, Cup testing, Consent for operation, Processing fee) or GST @ 18%. A slip's TOTAL AMOUNT:,
  *settled* (new here) never the RATE: or the VOL(L):; the BASE AMOUNT: with TIP: 0.00 is the same sum. A Bharat
  Connect page's sum large; a biller's Amount paid. An alert's sum debited, never the Avl Bal / Total Avail.bal /
  Bal. Currency INR everywhere but the wires.
* status: as printed. *settled* (new here): a grower advice's Proceeds remitted and Status: Paid successes, Withheld
  - moisture re-test of lot pending pending (a payer's hold), Returned by bank - account frozen (KYC pending)
  failed. *settled* (heldout187): Credited to your account a success on an inward advice; *settled* (new here) Funds
  realised and credited a success, Received - held for purpose code and export invoice pending, Returned to remitter
  - beneficiary name mismatch failed. *settled* (new here): a payout's Payout sent / Paid successes, Payout initiated
  - on its way to your bank pending, Payout failed - bank returned the transfer failed. *settled* (heldout167,
  heldout179, heldout183): CHEQUE RECEIVED - SUBJECT TO REALISATION and CHEQUE DEPOSITED - SUBJECT TO CLEARANCE
  pending, CHEQUE RETURNED - ... failed, so *settled* (new here) CHEQUE RETURNED - EXCEEDS ARRANGEMENT and CHEQUE
  RETURNED - FUNDS INSUFFICIENT failed; RECEIVED WITH THANKS, PAID, *settled* (new here) ADVANCE RECEIVED - BOOKING
  CONFIRMED, SETTLED - THANK YOU FOR STAYING, PAID IN FULL - NO DUES and PAID - RECEIVED BY WORKER successes.
  *settled* (new here): a bank row's Status: Processed / Transaction successful successes, Pending for second
  authoriser's release pending, Rejected - invalid account number failed; a net-banking page's Transaction
  successful, Status: Success, Status: Executed successes, Queued for next NEFT batch pending, Rejected -
  beneficiary account closed failed. *settled* (new here): a fee page's Payment successful and Paid - receipt
  generated successes, Payment status: Pending at bank end pending, Payment unsuccessful - challan not paid failed.
  A UPI screen's Payment Successful / Paid successfully / Money sent successes, Payment Pending / Processing - do not
  retry pending, Payment Failed / Transaction failed failed; a page's Payment received / Thank you! Payment
  successful, Payment pending - awaiting bank update, Payment failed - amount not debited. A slip's APPROVED / TXN
  APPROVED successes, *settled* (new here) DECLINED - 55 INCORRECT PIN failed and NO REPLY FROM HOST - STATUS
  UNKNOWN pending (as heldout183's HOST NOT RESPONDING and heldout187's RESPONSE TIMED OUT). Bill payment
  successful, Paid, Payment successful, Bill paid successes; *settled* (new here) Payment under process - biller
  confirmation awaited pending and Bill payment failed - money will be refunded if debited failed (the payment
  failed, whatever the refund). An SMS debit alert, *settled* (new here) SBI's "debited by" and an AutoPay "mandate
  executed", a success; "has FAILED" failed; "is PENDING at the beneficiary bank" pending; Status: Debited a success.
* date: the day paid (a grower advice's Remitted on / Payment date / Value date, Scheduled on on the held one and
  Returned on on the returned one, Date & time, Paid on, Completed, Transaction date, a payout's Payout date / Sent
  on / Remittance date, *settled* (new here) the pending payout's Initiated on and the returned one's Returned on, a
  receipt's, invoice's or voucher's Date / Dated / Receipt date / Invoice date, *settled* (new here) a wage voucher's
  Week ending, Credit date / Value date / Received on / Returned on on an inward advice, a bank row's Value date /
  Transaction date, *settled* (new here) the pending bulk row's Uploaded on and the rejected one's Rejected on,
  Initiated on, Failed on, Date of payment, Challan paid date, a slip's DATE:, the SMS's day, an e-mail advice's
  Value date / Date). *settled*: never a Bill month, a Bill date, a Due date or an e-mail's hour; *settled* (new
  here) never an Auction date / Arrival date, a reservation's check-in, Check-in on a receipt, a Bill period or the
  week number in a narration.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), *settled* (new here) a
  platform's payout by Bank transfer / NEFT to bank account, a Bharat Connect bill from a Current A/c, a fee or a
  biller paid by Net banking, a bulk row's IMPS; UPI for UPI apps, a page's UPI, a biller's, a fee's, a bill's, a
  receipt's, a voucher's or a dealer's UPI, *settled* UPI AutoPay; card on slips, a page's card, a fee paid by
  Debit card, *settled* (new here) a receipt's Card (POS); cheque for a cheque received, deposited or returned; cash
  for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout183 and
  heldout187): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI RRN, *settled*
  (heldout183) a payment page's Bank ref No. beside UPI, UTR, UTR No., NEFT UTR, IMPS Ref No., RRN, a slip's RRN:,
  an SMS's Refno / UTR / IMPS Ref No / UPI Ref: / Ref No), then a bank reference (an inward advice's Inward ref No. /
  Our reference, *settled* (new here) IRM No.; Transaction ref No. / Reference No., Bank Ref No., Bank transaction
  No. / Bank Ref. No., Bharat Connect Ref. No. / B-Connect Txn ID, *settled* (new here) BBPS Txn Ref ID), then a
  transaction / payment id (Razorpay's Payment ID pay_..., *settled* (new here) Easebuzz ID, a platform's Payout ID,
  PhonePe's, Paytm's and Amazon Pay's own Transaction ID, the Transaction ID on Bharat Connect), then an approval
  code (Auth code, a slip's AUTH CODE:, Approval Ref No.), then a document's own number (*settled* (new here) a
  grower advice's Settlement No. / Account sale No., a platform's Payment advice No., the homestay's MR No. / Folio
  No. / Rcpt. Sl. No., a dealer's Bill No. / Invoice No., Voucher No. / V. No., a slip's INV NO:, Receipt No., a
  treasury's Challan ref No.). *settled*: never a UETR, the invoices or reservations listed on an advice, MID, TID,
  BATCH NO, a card, account or mobile number, a UPI ID, IFSC, GSTIN, a cheque number, Maker / Checker, a consumer
  number (here Account ID, Account No.), a bulk File or Row, a Beneficiary nickname. *settled* (new here): never a
  Grower code, Lot No. / Outturn No., Property ID (a platform's or a panchayat's), a reservation's number,
  Fertiliser Licence No. / Insecticide Licence No. / Trade licence No. / Authorised dealer code, Exporter Reg. No.,
  Homestay Reg. No., Consent application ID or a bulk upload's Record.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout190_families import (
    bank_alerts,
    board_fees,
    compose,
    curing_advices,
    dealer_invoices,
    estate_transfers,
    exporter_wires,
    guest_upi,
    picker_wages,
    platform_payouts,
    power_phone_bills,
    stay_receipts,
    town_slips,
)

SPLIT = "heldout190"

FAMILIES: list[Family] = [
    ("curing_advices", curing_advices, PAGE_FACES),
    ("guest_upi", guest_upi, SCREEN_FACES),
    ("platform_payouts", platform_payouts, PAGE_FACES),
    ("stay_receipts", stay_receipts, PAPER_FACES),
    ("dealer_invoices", dealer_invoices, BILL_FACES),
    ("picker_wages", picker_wages, PAPER_FACES),
    ("exporter_wires", exporter_wires, PAGE_FACES),
    ("board_fees", board_fees, PAGE_FACES),
    ("town_slips", town_slips, SLIP_FACES),
    ("estate_transfers", estate_transfers, PAGE_FACES),
    ("power_phone_bills", power_phone_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout190_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout190 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

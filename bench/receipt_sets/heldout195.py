"""heldout195: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a houseboat and backwater cruise operator's day in 2026 (Punnamada Kayal Cruises Pvt
Ltd, its booking office at Finishing Point, Punnamada and its boatyard at Kainakary, Alappuzha, Kerala), told by the
proofs of payment it receives (domestic travel agents' and DMCs' NEFT / RTGS / IMPS supplier payment advices, booking
platforms' payment advices and payout pages, foreign tour operators' inward wires in euros, pounds and US dollars and
a collection platform's settlement e-mails, guests' UPI and payment pages, its own advance and booking receipts) and
those it makes (boat builders', marine engine, coir and solar suppliers' invoices, provision suppliers' invoices and
the corporate net-banking transfers to them, crew bata and wage vouchers and payouts, the Kerala Maritime Board's,
the Tourism Department's, Alappuzha Municipality's and the Pollution Control Board's fee pages, diesel, jetty berthing
and market card slips, KSEB, water, landline, broadband and phone bills, the bank's debit alerts). One payment per
page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth
None for those fields).

* ``agent_advices``: travel agents' SUPPLIER PAYMENT ADVICE e-mails, printed PAYMENT INTIMATION - CRUISE SUPPLIER
  and agents' supplier portal pages. ``guest_upi``: six UPI app screens (Google Pay, PhonePe, FedMobile, Paytm,
  BHIM, WhatsApp) paying the company and two of its payment pages (Razorpay, a foreign guest's card in US dollars;
  CCAvenue). ``booking_receipts``: the company's own ADVANCE RECEIPT / CRUISE BOOKING RECEIPT / RECEIPT VOUCHER
  (paper, rubber stamp) and its reservations desk's receipt e-mails. ``platform_payouts``: MakeMyTrip's, Cleartrip's
  and Yatra's payment advice e-mails and Booking.com's and Agoda's extranet payout / remittance pages.
  ``operator_wires``: six banks' inward remittance advices (browser, e-mail, printed) and two Skydo settlement
  e-mails. ``boatyard_invoices``: the boat builder's, the marine engine dealer's, the coir maker's and the solar
  supplier's TAX INVOICE with the payment block and a rubber stamp (paper). ``provision_bills``: provision
  suppliers' Vyapar invoice pages and e-mails and corporate net banking's fund transfer status pages (FedNet
  Corporate, SIBerNet Corporate). ``crew_wages``: printed CREW BATA & WAGES VOUCHER / PAYMENT VOUCHER - CREW / DEBIT
  VOUCHER, RazorpayX payout pages, a bulk upload's record and a Google Pay screen. ``licence_fees``: the Kerala
  Maritime Board's and the Department of Tourism's fee receipts (through e-Treasury Kerala), Alappuzha
  Municipality's K-SMART licence fee page and the Pollution Control Board's Consent to Operate fee page (browser).
  ``jetty_slips``: card terminal slips (monospace). ``utility_bills``: Bharat Connect in FedMobile, FedNet Corporate
  and UPI apps and KSEB's own Quick Pay receipt page. ``bank_alerts``: the bank's SMS debit alerts and two e-mail
  transaction alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout191's, heldout187's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183, heldout187, heldout191): a payer's payment advice (here a travel agent's) pays the company
  under its payee label, *settled* (new here) Service provider / Pay to / Supplier name, never the agent (the payer)
  on top, the Guest / group or the Tour file. *settled* (new here): a booking platform's payment advice or payout
  page pays the company under Hotel name / Hotel / property / Property / Property name / Hotel, never the platform
  on top (MakeMyTrip, Cleartrip, Yatra, Booking.com, Agoda). *settled* (heldout155, heldout161, heldout167,
  heldout187, heldout191): a bank's inward remittance advice pays the company under Beneficiary name, *settled* (new
  here) or Beneficiary (credit to), never the bank on top, the Ordering customer / Remitter name or the Remitting bank
  / Sender's correspondent. *settled* (new here): a collection platform's settlement e-mail (Skydo) pays the company
  under Beneficiary, never Skydo on top or the Payer. A UPI screen's payee under Paid to / To / Sent to / Paying to,
  *settled* (new here) or WhatsApp's Payment to (here the company), never the UPI ID or the app; a payment page's
  payee on top (here the company), never Paid by / Customer or the gateway's footer. *settled* (heldout175,
  heldout179, heldout183, heldout187, heldout191): the company's own receipt pays the company on top (its full,
  capital or short name as printed), never the party under Received from / *settled* (new here) Guest name / Lead
  guest; its reservations desk's receipt e-mail likewise. A supplier's name on top of its own paper or invoice page,
  never M/s the company under Billed to / *settled* (new here) Details of receiver (billed to) / Bill To.
  *settled* (heldout191): a corporate banking page pays the supplier under Payee name / Beneficiary, *settled* (new
  here) or Credit party, never the portal (FedNet Corporate, SIBerNet Corporate) or the bank on top or the Debit
  account. *settled* (heldout150, heldout161, heldout179, heldout183, heldout187, heldout191): a voucher pays the
  payee, *settled* (new here) a crew voucher the crew member under Name of crew member / Paid to (crew) / Pay to,
  never the company on top; *settled* (new here) RazorpayX's payout page the Contact, never RazorpayX or the Fund
  account; a bulk record the Beneficiary name, never the Debit account; a transfer screen the payee under Paid to /
  To. *settled* (heldout179, heldout191, new here for Kerala): a licence or fee page pays the authority on top
  (Kerala Maritime Board, Department of Tourism, Alappuzha Municipality, Kerala State Pollution Control Board;
  capitals where so printed), never the Government of Kerala line, e-Treasury Kerala, K-SMART, OCMMS or the Owner /
  applicant / Name of licensee / Applicant. A slip's counter name line in capitals, never the terminal's bank or
  brand or the place line. A Bharat Connect page's biller under Biller / Operator / *settled* (new here) Service
  provider (short or long as printed), never the app, Bharat Connect or the Customer name; a board's own page the
  board on top (KSEB, short, long or capital as printed), never the Section. An SMS alert's payee as the bank sends
  it ("to KUTTANAD FRESH FISH T": *settled*, the truncated name as printed), never the bank or the sender id; the
  bank's e-mail alert the Beneficiary name, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187, heldout191): a
  payment advice's net sum, *settled* (new here) Net transferred / Amount credited / Net amount remitted (after TDS
  u/s 194C @ 2% and a Short service deduction), never a voucher's sum. *settled* (new here): a platform's Net payout /
  Net amount paid / Payout amount / Remittance amount, never the Gross booking amount / Reservation amount, a
  booking's sum, the Commission, the GST on commission, the GST TCS @ 0.5%, the TDS u/s 194-O @ 0.1% or the
  Payments by Booking.com charge. *settled* (heldout167, heldout187, heldout191): an inward wire's foreign sum,
  *settled* (new here) Amount (FCY) / Remittance amount / Instructed amount, never the INR equivalent, the Bank
  charges or the Net INR credited; *settled* (new here) Skydo's Amount received in the operator's currency, never
  the Skydo fee or the Amount settled (INR). A UPI screen's and a payment page's sum large, *settled* (new here) in US
  dollars on the Razorpay page a foreign guest paid by card. *settled* (heldout175, heldout179, heldout183,
  heldout187, heldout191): a receipt counts the sum received even where it is part of the booking, *settled* (new
  here) Advance received / Amount received / Cash received / By UPI / By card / Cheque for / By NEFT, never the
  Package tariff (incl. GST) / Total tariff or the Balance payable at check-in. A supplier's Amount received /
  *settled* (new here) Received vide bank transfer / Paid amount (the rounded Invoice total with GST), *settled*
  (heldout187, heldout191) where an advance is taken off the Balance received, or the Cheque received, never the
  Taxable value. *settled* (new here): a Vyapar page's Received (its Balance 0), a banking page's Transaction amount
  / Amount. A voucher's Net bata paid / Net amount paid, never the Gross, the Trips line or Less: Advance / Less:
  Mess deduction; RazorpayX's and a transfer screen's sum large; a bulk record's Amount. *settled* (heldout191): a
  fee page's total (the heads x boats), *settled* (new here) Total amount remitted / Amount paid / Total fee, never a
  head. *settled* (new here): a slip's TXN AMT: / NET AMOUNT: / AMOUNT:, never the RATE(Rs/L): or the QTY(L):. A
  Bharat Connect page's sum large; a board's Amount paid. An alert's sum debited, never the Avl Bal. Currency INR
  but on the wires, Skydo's e-mails and the Razorpay page.
* status: as printed. *settled* (new here): Payment status: Settled and Status: Paid successes on a payer's advice,
  On hold - guest feedback awaited pending (a payer's hold), Returned by bank - beneficiary account dormant failed;
  a platform's Payment status: Paid, Paid out, Payout sent and Remitted successes, Payment status: Scheduled -
  released in next payment cycle pending, Payment failed - bank account details invalid failed; Credited to
  beneficiary account / Funds credited and Skydo's Payment received / Settled to your account successes, Pending
  disposal - submit purpose declaration pending, Returned to remitting bank - account name mismatch failed.
  *settled* (new here): Payment failed - UPI PIN entered is incorrect failed, Payment processing - check status after
  some time pending; Order status: Success a success. *settled* (heldout167, heldout179, heldout191): a cheque
  received and not yet cleared pending, a cheque returned failed, so *settled* (new here) CHEQUE ACCEPTED - SUBJECT TO
  CLEARANCE and CHEQUE UNDER CLEARING pending, CHEQUE BOUNCED - RESERVATION RELEASED and CHEQUE DISHONOURED - REFER TO
  DRAWER failed; RECEIVED WITH THANKS, *settled* (new here) ADVANCE RECEIVED - BOOKING CONFIRMED, PAID, SETTLED,
  PAYMENT RECEIVED - THANK YOU, PAID - RECEIVED IN FULL, Paid successes. *settled* (new here): Transaction completed
  successfully / Status: Executed successes, Awaiting authoriser approval pending (keyed, not yet authorised, as
  heldout191's checker), Rejected by beneficiary bank - invalid account number failed; RazorpayX's Processed a
  success, Processing pending, Reversed failed (the payout came back); Credited to beneficiary / Record status:
  Success successes; Remittance successful / Payment successful successes, Pending - status will be updated after
  bank confirmation pending, Payment unsuccessful - transaction cancelled at bank failed; a slip's APPROVED /
  TRANSACTION APPROVED success, DECLINED - 51 INSUFFICIENT FUNDS failed, HOST TIMEOUT - STATUS AWAITED pending; Bill
  paid / Payment successful successes, Bill payment in progress - awaiting biller confirmation pending, Payment failed
  - refund in 3-5 working days failed (the payment failed, whatever the refund). *settled* (new here): an SMS that
  says the payment "was UNSUCCESSFUL" failed, "is AWAITING confirmation from the beneficiary bank" pending (as
  heldout191's "has been DECLINED" and "is under PROCESS"), a debit alert a success; Status: Successful a success.
* date: the day paid (Payment date, Settled on, Value date, *settled* (new here) Held on / Returned on on a payer's
  advice and Advice date on a platform's scheduled one, Payout date, Remittance date / Remitted on, Credit date,
  Received on / Returned on on an inward advice, Skydo's Settled on, Date & time, Paid on, Completed on, a receipt's,
  invoice's or voucher's Date / Dated / Receipt date / Invoice date / Date of invoice / Voucher date, Transaction
  date, *settled* (new here) Created on / Rejected on on a banking page and RazorpayX's Created at / Processed at,
  Processed on, Date of remittance, a slip's DATE/TIME: / DATE:, Date of payment, the SMS's day). *settled*: never a
  Bill month, a Bill date, a Due date or an e-mail's hour; *settled* (new here) never a Cruise date or a Check-in.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), *settled* (new here) a
  platform's payout to the bank account and Skydo's settlement to it, a Vyapar page's Bank transfer, RazorpayX's
  IMPS, a Bharat Connect bill from a Current A/c, a fee or a board paid by Net banking; UPI for UPI apps, a payment
  page's, a fee's, a board's, a bill's, a receipt's, an invoice's, a Vyapar page's, a voucher's or RazorpayX's UPI;
  card on slips, a payment page's card, *settled* (new here) a receipt's By card, a fee or a board paid by Debit
  card; cheque for a cheque received, accepted, under clearing, bounced or dishonoured; cash for a cash receipt,
  voucher or Vyapar page.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout183,
  heldout187 and heldout191): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI
  RRN, UTR, UTR No., IMPS Ref No., a slip's RRN:, an SMS's UTR / UPI Ref No / IMPS Ref No, *settled* (new here) UTR
  number, a slip's REF NO:, CCAvenue's Bank Ref. No. on a UPI payment, a platform's Bank reference and Skydo's
  Settlement UTR), then a bank reference (an inward advice's IRM No. / *settled* (new here) Inward reference /
  Remittance ref., a fee page's Bank Ref. No., *settled* (new here) a banking page's Host reference No. and Bharat
  Connect ID / Bharat Connect Txn Ref.), then a transaction / payment id (Razorpay's Payment ID pay_..., PhonePe's
  and Paytm's own Transaction ID, a failed Bharat Connect page's and KSEB's and K-SMART's Transaction ID, Booking.com's
  Payout ID, *settled* (new here) CCAvenue's Tracking ID, Agoda's Remittance ID, Cleartrip's Payment reference No.,
  Skydo's Transaction ID, RazorpayX's Payout ID pout_... and OCMMS's Transaction ref. No.), then an approval code
  (Auth code, APPR CODE:, *settled* (new here) Approval code, AUTH NO:), then an order's number (*settled* (new here)
  CCAvenue's Order No.), then a document's own number (*settled* (new here) Payment advice No. / PA Ref. / Settlement
  No. on a payer's or platform's advice, Receipt No. / Rcpt. Sl. No. / Voucher No. on a receipt, Tax Invoice No. /
  Invoice Sl. No. / Bill No., Invoice No., Voucher No. / Dr. Vr. No., GRN, Receipt No., Challan No., a slip's
  INVOICE:). *settled*: never a UETR, the vouchers or bookings listed on an advice, Vendor / Supplier code, MID,
  TID, BATCH, a card, account or mobile number, a UPI ID, BIC, IBAN, GSTIN, IFSC, a cheque number, Maker / Checker,
  a consumer number (here Consumer No., Account No., Subscriber ID, Consumer ID), an Application No. / Licence No.,
  a bulk Batch. *settled* (new here): never a Tour file, a Hotel code / Property ID / Hotel ID, an Inland vessel Reg.
  No., a Consent application No., a Section, a slip's TRACE NO:, a bulk record's Batch No. or a banking page's
  Created by / Authorised by.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout195_families import (
    agent_advices,
    bank_alerts,
    boatyard_invoices,
    booking_receipts,
    compose,
    crew_wages,
    guest_upi,
    jetty_slips,
    licence_fees,
    operator_wires,
    platform_payouts,
    provision_bills,
    utility_bills,
)

SPLIT = "heldout195"

FAMILIES: list[Family] = [
    ("agent_advices", agent_advices, PAGE_FACES),
    ("guest_upi", guest_upi, SCREEN_FACES),
    ("booking_receipts", booking_receipts, PAPER_FACES),
    ("platform_payouts", platform_payouts, PAGE_FACES),
    ("operator_wires", operator_wires, PAGE_FACES),
    ("boatyard_invoices", boatyard_invoices, BILL_FACES),
    ("provision_bills", provision_bills, PAGE_FACES),
    ("crew_wages", crew_wages, PAPER_FACES),
    ("licence_fees", licence_fees, PAGE_FACES),
    ("jetty_slips", jetty_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout195_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout195 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

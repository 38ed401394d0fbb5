"""heldout191: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a wedding band, sound and light rental company's day in 2026 (Raunaq Band Sound & Lights
Pvt Ltd, its office at Aminabad and its godown at Chinhat, Lucknow), told by the proofs of payment it receives (event
planners' and hotels' NEFT / RTGS / IMPS payment advices, NRI families' inward wires, wedding families' UPI and
payment links for booking advances and balances, its own booking receipts) and those it makes (the police's, Lucknow
Nagar Nigam's and the fire service's event permission fees and PPL's event licence, outward wires for line arrays,
mixers, moving heads, wireless microphones and marching drums in euros, US dollars and pounds, Indian makers'
invoices for amplifiers, brass instruments, LED lights and gensets, rental partners' bills for LED walls, carriages,
cold pyro and gensets and the transfers to them, musicians' and crew payouts, diesel, highway and counter card slips,
mini trucks and lorries for the gear, the office's and godown's electricity, gas, broadband, phones and FASTag, the
bank's debit alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

* ``planner_advices``: planners' and hotels' payment advice e-mails, printed PAYMENT ADVICE - VENDOR SETTLEMENT /
  DISBURSEMENT ADVICE and vendor portal pages, and two banks' inward remittance credit advices (e-mail, browser).
  ``client_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM, MobiKwik, Amazon Pay) paying the company and
  two of its payment pages (Instamojo, Easebuzz). ``booking_receipts``: the company's own BOOKING RECEIPT / ADVANCE
  BOOKING RECEIPT / MONEY RECEIPT (paper, rubber stamp) and its accounts desk's booking receipt e-mails.
  ``permit_fees``: the Police Commissionerate's and the fire service's fee receipts (through e-GRAS UP), Lucknow
  Nagar Nigam's permission payment page and PPL's event licence receipt (browser). ``gear_wires``: outward
  remittance advices (browser, e-mail, printed). ``maker_invoices``: makers' TAX INVOICE / TAX INVOICE - PAID with
  the payment block and a rubber stamp (paper). ``partner_bills``: rental partners' Zoho Invoice payment receipt
  e-mails and myBillBook invoice pages, corporate net banking's transfer acknowledgements (PNB Corporate, Axis neo,
  bob World Business) and a bank's NEFT / RTGS transaction advice e-mail. ``crew_payouts``: printed MUSICIANS'
  PAYMENT VOUCHER / CREW WAGES VOUCHER, ICICI InstaBIZ transfer screens, bulk payment records (Kotak FYN, Union
  Digital Business) and a Google Pay screen. ``fuel_slips``: card terminal slips (monospace). ``truck_hire``:
  Porter's trip screens and receipt e-mail and transporters' printed FREIGHT RECEIPT / FREIGHT BILL - PAID.
  ``utility_bills``: Bharat Connect in business banking and UPI apps and MVVNL's own receipt page.
  ``bank_alerts``: the bank's SMS debit alerts and two e-mail transaction alerts. The families' docstrings list each
  layout's labels.

Truth conventions (heldout187's, heldout183's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183, heldout187): a payer's payment advice (here a planner's or hotel's) pays the company under
  its payee label, *settled* (new here) Vendor (payee) / In favour of / Remittee, never the planner or hotel (the
  payer) on top, the Event or the Venue. *settled* (heldout155, heldout161, heldout167, heldout187): a bank's inward
  remittance advice pays the company under Beneficiary, *settled* (new here) or Beneficiary customer, never the bank
  on top, the Remitter / Ordering customer or the Remitting bank. A UPI screen's payee under Paid to / To / Sent to /
  Paying to, *settled* (new here) or MobiKwik's Payment made to (here the company), never the UPI ID or the app; a
  payment page's payee on top (here the company), never Buyer / Paid by or the gateway's footer. *settled*
  (heldout175, heldout179, heldout183, heldout187): the company's own receipt pays the company on top (its full,
  capital or short name as printed), never the party under Received with thanks from / *settled* (new here) Booked
  by; its accounts desk's receipt e-mail likewise. *settled* (new here): a permission or licence fee page pays the
  authority on top (Police Commissionerate Lucknow, Lucknow Nagar Nigam, Uttar Pradesh Fire and Emergency Services,
  Phonographic Performance Limited; capitals where so printed), never the Government of Uttar Pradesh line, e-GRAS
  UP or the Applicant / Applicant firm / Licensee. *settled* (heldout175, heldout187): a bank's outward remittance
  advice pays the maker abroad under Beneficiary name, *settled* (new here) or Remit to / Overseas payee, never the
  bank on top, the Remitter / Applicant or the Beneficiary bank. A maker's or transporter's name on top of its own
  paper, never M/s the company under Billed to / Consignee / *settled* (new here) Consignor / Party. *settled* (new
  here): a rental partner's Zoho Invoice payment receipt or myBillBook invoice pays the partner on top, never the
  company under Received from / Bill to; a corporate banking page or the bank's transaction advice pays the partner
  under Payee / Beneficiary name, never the portal or bank on top, the Debit account or the Payee nickname.
  *settled* (heldout150, heldout161, heldout179, heldout183, heldout187): a voucher pays the payee, *settled* (new
  here) a musicians' or crew voucher the player under Paid to (musician) / Name of artist / Payee (crew), never the
  company on top or the Band master; a transfer screen the player under Paid to / To; a bulk record the Beneficiary
  name, never the Debit account. A slip's counter name line in capitals, never the terminal's brand or the place
  line. *settled* (heldout187's booking, new here for a trip): Porter's trip screen or receipt pays Porter on top,
  never the driver, the vehicle or the pickup and drop. A Bharat Connect page's biller under Biller / Operator /
  Issuer bank (short or long as printed), never the app, Bharat Connect or the Customer name; a board's own page the
  board on top (MVVNL, short, long or capital as printed), *settled* (new here) never the A UPPCL company line. An SMS
  alert's payee as the bank sends it ("to SARGAM ELECTRO ACOUST": *settled*, the truncated name as printed), never
  the bank or the sender id; the bank's e-mail alert the Credited to / Beneficiary, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187): a payment advice's
  net sum, *settled* (new here) Net amount released / Amount disbursed / Net paid (after TDS u/s 194C @ 2% and a
  Retention - late arrival of band), never a bill's sum. *settled* (heldout167, heldout187): an inward wire's
  foreign sum, *settled* (new here) Inward amount (FCY) / Remittance amount, never the INR credited or the Charges.
  A UPI screen's and a payment page's sum large. *settled* (heldout175, heldout179, heldout183, heldout187): a
  receipt counts the sum received even where it is part of the booking, *settled* (new here) Advance received /
  Booking amount received / By NEFT / By UPI / Cash received / Cheque for, never the Total booking amount / Package
  value or the Balance due before the event. *settled* (heldout187): a fee page's total (the heads x days and GST),
  *settled* (new here) Amount deposited / Total fee paid / Amount paid, never a head. *settled* (heldout175,
  heldout183, heldout187): an outward remittance counts the remittance in its currency, *settled* (new here) FCY
  amount remitted / Foreign currency amount, never the INR equivalent, the Commission, SWIFT charges, GST on FX
  conversion or the Total amount debited (INR). A maker's Amount received / Received against this bill (the rounded
  Grand total with GST), *settled* (heldout187) where an advance is taken off the Balance received, or the Cheque
  deposited, never the Taxable value. *settled* (new here): a Zoho receipt's Amount received, a myBillBook invoice's
  Amount paid / Received amount (never the Total or the Balance), a banking page's Transfer amount / Debit amount. A
  voucher's Net paid / Amount paid in hand, never the Gross payment, the events line or Less: Advance taken; a
  transfer screen's sum large; a bulk record's Amount. *settled* (new here): a slip's BASE AMT: / TOTAL AMT: / SALE
  TOTAL:, never the PRICE/LTR: or the VOLUME(LTR):. *settled* (new here): Porter's sum large (the Total fare / Amount
  paid), never the Trip fare, the Toll or the Discount; a freight receipt's Freight received or, after Less: Advance
  paid to driver, the Balance freight received, never the Freight, the Hamali, the Detention or the Total. A Bharat
  Connect page's sum large; a board's Amount paid. An alert's sum debited, never the Avl Bal. Currency INR but on
  the wires.
* status: as printed. *settled* (new here): Status: Disbursed and Payment status: Released to bank successes on a
  payer's advice, On hold - awaiting event completion report pending (a payer's hold), Rejected by beneficiary bank
  - account name mismatch failed; Credited to your account / Funds credited on an inward advice a success. *settled*
  (heldout167, heldout179): a cheque received and not yet cleared pending, a cheque returned failed, so *settled*
  (new here) CHEQUE RECEIVED - SUBJECT TO REALISATION and CHEQUE DEPOSITED - CREDIT AWAITED pending, CHEQUE RETURNED
  UNPAID - BOOKING NOT CONFIRMED and CHEQUE RETURNED - INSUFFICIENT FUNDS failed; RECEIVED WITH THANKS, *settled*
  (new here) BOOKING CONFIRMED, PAID, PAID IN FULL, PAYMENT RECEIVED, RECEIVED PAYMENT, FREIGHT PAID successes.
  *settled* (new here): Payment declined by bank failed, Payment under process (- awaiting bank confirmation) and
  Awaiting confirmation from bank pending; Fee deposited successfully success, Payment status: Pending for
  reconciliation pending, Transaction failed - amount, if debited, will be refunded failed (the payment failed,
  whatever the refund); SWIFT sent - account debited and Remittance completed successes, Awaiting compliance
  clearance - documents under review pending, Rejected - beneficiary name does not match account failed; Transaction
  successful / Status: Success successes, Pending for authorisation - checker approval awaited pending (the maker
  has keyed it, the checker has not released it), Failed - beneficiary bank not reachable failed; Record status:
  Paid / Processed successfully successes, IMPS in process - status will be updated pending, Transfer failed -
  beneficiary account frozen failed; a slip's TXN APPROVED success, DECLINED - 05 DO NOT HONOUR failed, NO HOST
  RESPONSE - TXN PENDING pending; Porter's Payment failed - retry from the app failed and Payment pending -
  confirming with your bank pending; Bill paid / Recharge done successes, Bill payment pending - biller yet to
  confirm pending, Bill payment failed - amount will be reversed failed. An SMS that says the payment "has been
  DECLINED" failed, "is under PROCESS" pending (*settled*, new here, as heldout187's "has FAILED" and "is PENDING"),
  a debit alert a success; Transaction status: Debited a success.
* date: the day paid (Disbursal date, Released on, Value date, Credit date, Hold placed on / Rejected on on a payer's
  advice, Date & time, Paid on, Completed on, Payment date, a receipt's, invoice's, bill's or voucher's Date / Dated
  / Receipt date / Invoice date / Voucher date, Date of deposit, Transaction date, Remittance date, *settled*
  (heldout175, heldout187) the pending wire's Request date, Rejected on, Initiated on, Processed on, Transferred on,
  a slip's TXN DATE: / DATE:, Porter's Paid on / Trip date, Date of payment, the SMS's day). *settled*: never a Bill
  month, a Bill date, a Due date or an e-mail's hour; *settled* (new here) never an Event date or a Date of loading.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee or a board paid by Net banking, a Zoho receipt's Bank transfer (NEFT), a transfer
  screen's or bulk record's IMPS; UPI for UPI apps, a payment page's UPI, a board's, a fee's, a bill's, a receipt's,
  an invoice's, a voucher's or Porter's UPI; card on slips, a payment page's card, a fee or a board paid by Debit
  card, Porter's card; cheque for a cheque received, deposited or returned; cash for a cash receipt, voucher or
  freight receipt.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout183 and
  heldout187): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI RRN, UTR, UTR No.,
  IMPS Ref No., a slip's RRN:, an SMS's UTR / UPI Ref No / IMPS Ref No, *settled* (new here) Easebuzz's Bank Ref Num
  and a Zoho receipt's Reference# where it holds the transfer's UTR or RRN), then a bank reference (an inward
  advice's Inward ref No. / *settled* (new here) IRM No., an outward advice's Transaction reference / *settled* (new
  here) ORM No., Bank CIN, Bank Ref No., a banking page's Transaction reference No., Bharat Connect Txn Ref. /
  *settled* (new here) BBPS Txn Ref ID), then a transaction / payment id (Instamojo's Payment ID MOJO..., *settled*
  (new here) Easebuzz ID, PhonePe's and Paytm's own Transaction ID, InstaBIZ's Transaction ID, Porter's Transaction
  ID, PPL's Payment ID, Lucknow Nagar Nigam's Transaction ID, a failed bulk record's or Bharat Connect page's
  Transaction ID), then an approval code (Auth code, Approval Ref No., *settled* (new here) a slip's AUTH ID:), then
  an order's number (*settled* (new here) Porter's CRN / Order ID), then a document's own number (Disbursement
  advice No. / DA No. on a payer's advice, Rcpt. No. / Booking receipt No., GRN, Receipt No., Invoice No. / Bill No.
  / Inv. No., Payment # on a Zoho receipt, Voucher No. / Vr. No., a slip's INV NO:, *settled* (new here) Freight
  receipt No. / F.R. No., a board's Receipt No.). *settled*: never a UETR, the bills listed on an advice, Vendor
  code, IEC, MID, TID, BATCH NO, a card, account or mobile number, a UPI ID, BIC, IBAN, GSTIN, IFSC, a cheque
  number, Maker / Checker, a consumer number (here Account No., Customer ID, BP No.), a Vehicle No., a bulk upload's
  File / Record. *settled* (new here): never a Permission No. / Application No. / Licence No. on a fee page, a
  Supplier invoice No. on a wire, an LR No. / Transporter / LR No., a Payee nickname, a Batch ID on a bulk record or
  a Zoho receipt's Payment for Invoice#.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout191_families import (
    bank_alerts,
    booking_receipts,
    client_upi,
    compose,
    crew_payouts,
    fuel_slips,
    gear_wires,
    maker_invoices,
    partner_bills,
    permit_fees,
    planner_advices,
    truck_hire,
    utility_bills,
)

SPLIT = "heldout191"

FAMILIES: list[Family] = [
    ("planner_advices", planner_advices, PAGE_FACES),
    ("client_upi", client_upi, SCREEN_FACES),
    ("booking_receipts", booking_receipts, PAPER_FACES),
    ("permit_fees", permit_fees, PAGE_FACES),
    ("gear_wires", gear_wires, PAGE_FACES),
    ("maker_invoices", maker_invoices, BILL_FACES),
    ("partner_bills", partner_bills, PAGE_FACES),
    ("crew_payouts", crew_payouts, PAPER_FACES),
    ("fuel_slips", fuel_slips, SLIP_FACES),
    ("truck_hire", truck_hire, SCREEN_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout191_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout191 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout196: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a sports goods manufacturer and exporter's day in 2026 (Doaba Willow & Leather Sports Pvt
Ltd, its factory in the Sports & Surgical Complex, Kapurthala Road and its stitching centre at Basti Sheikh,
Jalandhar, Punjab: cricket bats and balls, footballs, boxing gloves), told by the proofs of payment it receives
(foreign buyers' inward wires in pounds, US dollars and euros and the buyers' own remittance advices, Indian
distributors' NEFT / RTGS / IMPS payment advices, retail buyers', academies' and clubs' UPI and payment pages, its own
money receipts) and those it makes (willow cleft, leather, bladder and cane suppliers' invoices and the corporate
net-banking transfers to suppliers, stitchers' piece-rate wage vouchers and payouts, the Sports Goods Export
Promotion Council's, DGFT's, the Municipal Corporation's and the Pollution Control Board's fee pages, the customs
broker's, forwarder's and transporter's bills and the couriers' receipts, card slips at Jalandhar counters and at a
trade fair abroad, PSPCL, water, broadband and phone bills, the bank's debit alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``buyer_wires``: six banks' inward remittance credit advices (browser, e-mail, printed) and two buyers' own
  REMITTANCE ADVICE (e-mail, printed). ``distributor_advices``: distributors' PAYMENT ADVICE e-mails, printed
  PAYMENT ADVICE / VENDOR PAYMENT INTIMATION and vendor portal pages. ``retail_upi``: six UPI app screens (Google
  Pay, PhonePe, Paytm, BHIM, Amazon Pay, CRED) paying the company and two of its payment pages (Cashfree in rupees;
  PayU, an English club's card in pounds). ``money_receipts``: the company's own MONEY RECEIPT / CASH / CHEQUE
  RECEIPT / PAYMENT RECEIPT (paper, rubber stamp) and its accounts desk's receipt e-mails. ``supplier_invoices``: the
  willow, leather, bladder and cane suppliers' TAX INVOICE with the payment block and a rubber stamp (paper).
  ``supplier_transfers``: IndusDirect's and IDFC FIRST Bank Corporate Banking's transaction status pages and a
  bank's fund transfer confirmation e-mail. ``stitcher_wages``: printed PIECE-RATE WAGES VOUCHER / STITCHING
  CHARGES VOUCHER / PAYMENT VOUCHER (WAGES), Cashfree Payouts' transfer pages, a bulk payment record and a PhonePe
  screen. ``council_fees``: SGEPC's membership and RCMC fee, DGFT's e-payment of fees, the Municipal Corporation
  Jalandhar's property tax and trade licence and the Punjab Pollution Control Board's consent fee pages (browser).
  ``freight_bills``: the customs broker's, forwarder's and transporter's TAX INVOICE (paper, stamp), DHL Express's
  payment receipt e-mails and Blue Dart's online payment page. ``terminal_slips``: card terminal slips (monospace),
  two of them abroad (Munich in euros, London in pounds). ``power_bills``: Bharat Connect in PNB ONE, iMobile Pay
  and UPI apps and PSPCL's own receipt page. ``bank_alerts``: the bank's SMS debit alerts and two e-mail debit
  alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout195's, heldout191's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout155, heldout161,
  heldout167, heldout187, heldout191, heldout195): a bank's inward remittance advice pays the company under its
  beneficiary label, *settled* (new here) Name of beneficiary / Beneficiary name / Credit to customer, never the bank
  on top, the Remitter / Ordering customer (50K) or the Remitting bank. *settled* (new here): a buyer's own
  remittance advice pays the company under Remit to / Vendor, never the buyer (the payer) on top or the bank under
  Paid from. *settled* (heldout167, heldout175, heldout179, heldout183, heldout187, heldout191, heldout195): a
  payer's payment advice (here a distributor's) pays the company under its payee label, *settled* (new here)
  Favouring / Name of the payee / Beneficiary, never the distributor on top. A UPI screen's payee under Paid to / To
  / *settled* (new here) Paytm's Paid successfully to (here the company), never the UPI ID or the app; a payment
  page's payee on top (here the company), never Customer / Billed to or the gateway's footer. *settled* (heldout175,
  heldout179, heldout183, heldout187, heldout191, heldout195): the company's own receipt pays the company on top
  (its full, capital or short name as printed), never the party under Received with thanks from / Received from /
  Party; its accounts desk's receipt e-mail likewise. A supplier's, broker's, forwarder's or transporter's name on
  top of its own paper, never M/s the company under Buyer (Bill to) / Consignee (Ship to) / Billed to / Client.
  *settled* (heldout191, heldout195): a corporate banking page pays the supplier under its payee label, *settled*
  (new here) Transfer to / Counterparty / Beneficiary name, never the portal (IndusDirect, IDFC FIRST Bank Corporate
  Banking) or the bank on top or the From account; the bank's confirmation e-mail the Beneficiary name. *settled*
  (heldout150, heldout161, heldout179, heldout195): a voucher pays the payee, *settled* (new here) a stitcher's wage
  voucher the stitcher under Name of stitcher / Paid to (karigar) / Payee, never the company on top; *settled* (new
  here) Cashfree Payouts' transfer page the Beneficiary name, never Cashfree Payments or the Beneficiary ID; a bulk
  record the Beneficiary name; a transfer screen the payee under Paid to / Sent to. *settled* (heldout179,
  heldout191, heldout195; new here for these bodies): a fee page pays the authority on top (Sports Goods Export
  Promotion Council, Directorate General of Foreign Trade, Municipal Corporation Jalandhar, Punjab Pollution Control
  Board; capitals where so printed), never the Government of India / Government of Punjab / Ministry line, SBI ePay,
  the bank, OCMMS or the Member exporter / Name of firm / IEC holder / Owner / occupier / Name of occupier / Industry
  name. *settled* (new here): a courier's receipt pays the courier on top (DHL Express (India) Pvt Ltd / DHL Express,
  Blue Dart Express Ltd / Blue Dart as printed), never the Shipper or Customer (the company). A slip's counter name
  line in capitals, never the terminal's bank or brand or the place line, abroad as at home. A Bharat Connect page's
  biller under Biller / Operator / *settled* (new here) Biller name (short or long as printed), never the app,
  Bharat Connect or the Consumer name; a corporation's own page the corporation on top (PSPCL, short, long or capital
  as printed), never the Sub-division. An SMS alert's payee as the bank sends it ("to MEERUT RUBBER & BLAD":
  *settled*, the truncated name as printed), never the bank or the sender id; an e-mail alert the Beneficiary name.
* amount / currency: the sum this payment moved. *settled* (heldout155, heldout167, heldout187, heldout191,
  heldout195): an inward wire's foreign sum, *settled* (new here) Remitted amount / Amount (FCY) / Transaction
  amount, never the Converted amount (INR), the Charges (incl. GST) or the Amount credited (INR). *settled* (new
  here): a buyer's remittance advice counts Total paid / Amount paid in its currency (the invoices less a Credit
  note), never an invoice's sum. *settled* (heldout152, heldout183, heldout187, heldout191, heldout195): a payment
  advice's net sum, *settled* (new here) Net amount released / Amount paid / Net payment (after TDS u/s 194Q @ 0.1%, a
  Cash discount @ 2% and a Debit note - short supply), never an invoice's sum. A UPI screen's and a payment page's
  sum large, *settled* (new here) in pounds on the PayU page an English club paid by card. *settled* (heldout175,
  heldout179, heldout195): a receipt counts the sum received even where it is part of the bill, *settled* (new here)
  By cash / By UPI / By cheque / By NEFT / RTGS / Amount received, never the Invoice amount or the Balance
  outstanding. A supplier's Amount received / Paid amount / *settled* (new here) Payment received vide RTGS (the
  rounded Invoice total with GST), Balance received where an advance is taken off, or the Cheque received, never the
  Taxable value. *settled* (heldout167): a forwarder's net of TDS, *settled* (new here) Received (after TDS u/s
  194C) / Amount received, never the Total, the Taxable value or the Ocean freight USD line (billed in rupees, so
  INR). A banking page's Transfer amount / Amount (INR) / Amount. *settled* (new here): a wage voucher's Net wages
  paid / Net payable & paid, never the pieces x rate, the Gross earned or Less: Rejected pieces / Less: Advance
  adjusted; Cashfree's sum large; a bulk record's Amount. A fee page's total (the heads), Total amount paid / Amount
  paid / Total fee, never a head or the GST on it. A courier's Amount paid / Amount. A slip's BASE AMOUNT: / SALE
  AMOUNT: / TOTAL:, never the RATE: or VOLUME(L):; *settled* (new here) a slip abroad its AMOUNT EUR / TOTAL GBP in
  that currency. A Bharat Connect page's sum large; PSPCL's Amount paid. An alert's Amount debited or sum debited,
  never the Avl Bal. Currency INR but on the wires, the buyers' remittance advices, the PayU page and the slips
  abroad.
* status: as printed. *settled* (new here): Credited to your account / Remittance credited successes, Awaiting
  disposal instructions - purpose code required pending (as heldout195's Pending disposal), Returned - beneficiary
  account frozen (KYC pending) failed; a buyer's advice's Paid / Status: Paid successes; a distributor's Payment
  released / Status: Paid successes, On hold - awaiting GRN for short-supplied cartons pending (a payer's hold),
  Returned unpaid - beneficiary name mismatch at bank failed. *settled* (new here): Payment failed - daily UPI limit
  exceeded failed, Payment pending - bank is taking longer than usual pending; Order paid a success. *settled*
  (heldout167, heldout179, heldout191, heldout195): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE SUBJECT TO REALISATION and CHEQUE DEPOSITED - AWAITING CREDIT pending,
  CHEQUE RETURNED UNPAID - SIGNATURE DIFFERS and CHEQUE RETURNED - FUNDS INSUFFICIENT failed; RECEIVED WITH THANKS,
  *settled* (new here) PAYMENT ACKNOWLEDGED, FULL & FINAL PAYMENT RECEIVED, PAID - RECEIVED BY KARIGAR, PAID, PAYMENT
  RECEIVED - THANK YOU successes. *settled* (new here): Transaction successful / Status: Completed successes, Pending
  for authorisation - 1 of 2 approvals received pending (keyed, not yet approved, as heldout195's Awaiting authoriser
  approval), Failed - beneficiary account inoperative failed; Cashfree's Transfer status: Success a success, Transfer
  status: Pending pending, Transfer status: Failed - beneficiary bank offline failed; Credited / Status: Success
  successes. *settled* (new here): Payment status: Awaiting bank confirmation pending, Transaction failed - session
  timed out at bank failed; Payment received / Thank you - payment received successes, Payment failed - transaction
  declined by issuing bank failed, Payment pending - confirmation from your bank awaited pending; a slip's APPROVED /
  AUTHORISED success, DECLINED - 05 DO NOT HONOUR failed, RESPONSE TIMEOUT - STATUS UNKNOWN pending; Payment
  successful / Bill payment successful / Transaction status: Success successes, Payment under process - do not pay
  again pending, Bill payment failed - biller not reachable failed. *settled* (new here): an SMS that says the
  transfer "was REJECTED by the beneficiary bank" failed, "is in PROCESS" pending, a debit alert a success; Status:
  Successful a success.
* date: the day paid (Value date, Credit date, Received on / Returned on on an inward advice, a buyer's Payment
  date, a distributor's Payment date / Value date / *settled* (new here) Released on, and Advice date on its hold
  (as heldout195's scheduled one), Returned on, Date & time, Paid on, *settled* (new here) Transaction time, a
  receipt's, invoice's or voucher's Date / Dated / Invoice date, Transaction date, Initiated on / Failed on on a
  banking page, *settled* (new here) Cashfree's Added on / Processed on, Processed on, Payment date, *settled* (new
  here) Date of deposit, a slip's DATE / TIME / DATE:, the SMS's day). *settled*: never a Bill date, a Due date, a
  Bill month or an e-mail's hour; *settled* (new here) never a Cheque dated (the cheque's own day, before the
  receipt's), an invoice number's financial year or the 2026-27 of a membership year.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), *settled* (new here) a
  buyer's International transfer (SWIFT), Cashfree's and a bulk record's IMPS, a Bharat Connect bill from a Current
  A/c, a fee or a corporation paid by Net banking, Blue Dart paid by Net banking; UPI for UPI apps, a payment page's,
  a fee's, a corporation's, a bill's, a receipt's, an invoice's, a voucher's, Cashfree's or a forwarder's UPI; card
  on slips at home and abroad, a payment page's card, a fee or a corporation paid by Debit card, *settled* (new here)
  DHL's card; cheque for a cheque received, deposited, subject to realisation or returned; cash for a cash receipt or
  voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout183,
  heldout187, heldout191 and heldout195): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref
  No., UPI Ref. No., *settled* (new here) UPI reference number, UTR, UTR No., *settled* (new here) UTR / RRN, IMPS
  Ref No., a slip's RRN:, an SMS's UTR / UPI Ref / IMPS Ref No, *settled* (new here) Cashfree's Bank reference No. on
  a UPI payment), then a bank reference (an inward advice's IRM No. / *settled* (new here) Inward remittance No. /
  Our reference, *settled* (new here) a banking page's Transaction reference No., a fee page's Bank reference No. /
  Bank Txn. ID / Bank CIN, Blue Dart's Bank Ref. No., PSPCL's Bank Txn ID, *settled* (new here) Bharat Connect Ref ID
  / B-Connect Txn ID), then a transaction / payment id (PhonePe's own Transaction ID, *settled* (new here) Cashfree's
  CF payment ID, PayU ID, Cashfree Payouts' Reference ID, SGEPC's and DGFT's Transaction ID, DHL's Transaction ID,
  Blue Dart's Payment ID, a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, APPR
  CODE:, *settled* (new here) a slip abroad's AUTH CODE:), then an order's number (Order ID, *settled* (new here)
  Cashfree Payouts' Transfer ID, the company's own id for the transfer), then a document's own number (*settled*
  (new here) a buyer's Payment reference / Payment No., a distributor's Payment voucher No. / Advice No. / Doc. No.,
  Receipt No. / R. No. / Sr. No. on a receipt, Invoice No. / Inv. No. / Bill No., Vr. No. / Voucher No., SGEPC's,
  the Corporation's, DHL's and PSPCL's Receipt No., PPCB's Challan No., a slip's INVOICE NO: / RECEIPT NO:).
  *settled*: never a UETR, the invoices listed on an advice, Vendor code, MID, TID, BATCH NO, a card, account or
  mobile number, a UPI ID, BIC, IFSC, GSTIN, a cheque number, Maker / Checker, a consumer number (here Account No.,
  Customer ID, Mobile No., Consumer ID), an Application No., Job No., Shipping bill No., HBL No., Container, E-way
  bill No., AWB No., IEC. *settled* (new here): never a Vendor account, a Purpose code (P0102), Against Invoice No.,
  Vehicle No. / VEH NO:, Batch ID, Initiated by / Approved by, Beneficiary ID, a bulk File ref., Membership No.,
  Property UID, a slip's STAN:, AID:, MERCHANT ID: or TERMINAL:, or a Sub-division.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout196_families import (
    bank_alerts,
    buyer_wires,
    compose,
    council_fees,
    distributor_advices,
    freight_bills,
    money_receipts,
    power_bills,
    retail_upi,
    stitcher_wages,
    supplier_invoices,
    supplier_transfers,
    terminal_slips,
)

SPLIT = "heldout196"

FAMILIES: list[Family] = [
    ("buyer_wires", buyer_wires, PAGE_FACES),
    ("distributor_advices", distributor_advices, PAGE_FACES),
    ("retail_upi", retail_upi, SCREEN_FACES),
    ("money_receipts", money_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("supplier_transfers", supplier_transfers, PAGE_FACES),
    ("stitcher_wages", stitcher_wages, PAPER_FACES),
    ("council_fees", council_fees, PAGE_FACES),
    ("freight_bills", freight_bills, PAGE_FACES),
    ("terminal_slips", terminal_slips, SLIP_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout196_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout196 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

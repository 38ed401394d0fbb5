"""heldout200: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an engineering foundry and machine shop's day in 2026 (Bhadar Ferrocast Engineering Pvt
Ltd, its grey-iron and SG-iron foundry in the Shapar (Veraval) industrial area and its machine shop in Aji GIDC,
Rajkot, Gujarat), told by the proofs of payment it receives (pump and valve makers' payment advices for castings,
buyers abroad paying export orders by inward wires in euros, US dollars and pounds, pump repairers' and assemblers'
UPI screens and payment links, its own money and pattern advance receipts) and those it makes (pig iron, scrap,
ferro alloy, sand and consumable suppliers' tax invoices, corporate net-banking transfers to the pattern maker, job
workers, transporter and furnace servicers, moulders', fettlers' and furnace hands' wages and payouts, the pollution
control board's, the factory inspectorate's, the municipal corporation's, GIDC's and legal metrology's fee pages,
insurers', ECGC's and the trade bodies' receipts, card slips at Rajkot counters, PGVCL's power, Gujarat Gas and the
phone bills, the bank's SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one
wait; one page prints no transaction id and one no day (truth None for those fields).

* ``pump_advices``: pump and valve makers' Payment advice / Remittance intimation e-mails, printed PAYMENT ADVICE /
  VENDOR PAYMENT ADVICE and supplier portal pages. ``export_wires``: the banks' inward remittance advices (browser,
  e-mail, printed INWARD REMITTANCE ADVICE - EXPORT PROCEEDS). ``trade_upi``: six UPI app screens (PhonePe, Google
  Pay, Paytm, BHIM, WhatsApp, MobiKwik) paying the company and two of its payment links (Razorpay, Easebuzz).
  ``foundry_receipts``: the company's own MONEY RECEIPT / RECEIPT / PATTERN ADVANCE RECEIPT (paper, rubber stamp)
  and its accounts desk's acknowledgement e-mails. ``melt_invoices``: pig iron, scrap, ferro alloy, bentonite and
  consumable suppliers' TAX INVOICE with the payment block and a rubber stamp (paper). ``vendor_transfers``:
  corporate net banking's transaction pages (Axis neo for Business, RNSB Corporate Net Banking, BoB Corporate
  Internet Banking). ``foundry_wages``: printed KARIGAR PAYMENT VOUCHER / WEEKLY WAGES SLIP / MOULDING SECTION - WAGE
  VOUCHER, RazorpayX payout pages, a bulk payment record and a Google Pay screen. ``statutory_fees``: Gujarat
  Pollution Control Board's XGN fee receipts, Cyber Treasury e-challans for the Directorate of Industrial Safety and
  Health, Gujarat and the Controller of Legal Metrology, Gujarat, Rajkot Municipal Corporation's property tax pages
  and GIDC's service charges page (browser). ``covers_councils``: insurers' premium receipts, ECGC's premium
  receipts, EEPC India's subscription and the Institute of Indian Foundrymen's delegate fee (browser, e-mail).
  ``counter_slips``: card terminal slips (monospace). ``power_bills``: PGVCL's own payment receipt and Bharat Connect
  in banking and UPI apps (bob World, Canara ai1, PhonePe, Amazon Pay, Google Pay, Paytm). ``bank_alerts``: the
  bank's SMS alerts in each bank's own wording and two e-mail debit alerts. The families' docstrings list each
  layout's labels.

Truth conventions (heldout199's, heldout198's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout195, heldout198, heldout199): a payer's payment advice (here a pump or valve maker's) pays the
  company under its payee label, Vendor name (heldout198), *settled* (new here) Payee (supplier) / Remitted to
  (vendor), never the payer on top, its desk line or the bills listed. *settled* (heldout155, heldout167, heldout195,
  heldout198): a bank's inward remittance advice pays the company under Beneficiary name, *settled* (new here) or
  Beneficiary (exporter) / Credit to (beneficiary), never the bank on top, the Remitter (overseas buyer) / Ordering
  customer / Remitter or the Remitting bank. A UPI screen's payee under Paid to / To / Sent to / Paying to (here the
  company, or "Bhadar Ferrocast - Machine Shop" as printed), never the UPI ID or the app (WhatsApp and its Payments
  line); a payment link's payee on top (here the company), never Paid by / Customer or the gateway's footer
  (Razorpay, Easebuzz). *settled* (heldout175, heldout179, heldout195, heldout198, heldout199): the company's own
  receipt pays the company on top (its full, capital or short name as printed), never the party under Received
  with thanks from / *settled* (new here) Received from / Party, nor the Towards line (heldout198); its accounts
  e-mail likewise. A supplier's name on top of its own paper, never M/s the company under *settled* (new here)
  Billed to / Recipient / Buyer, nor the Ship to line. *settled* (heldout179, heldout191, heldout195, heldout198,
  heldout199): a corporate banking page pays the payee under Beneficiary name, *settled* (new here) or Credit party
  name / To (beneficiary), never the portal (Axis neo for Business, RNSB Corporate Net Banking, BoB Corporate
  Internet Banking) or the bank on top, the Beneficiary code, the Debit account / From account. *settled*
  (heldout150, heldout161, heldout179, heldout195, heldout198): a wage voucher pays the worker, *settled* (new here)
  under Name of karigar / Worker's name / Paid to (worker), never the company on top, the Token No. or the Section;
  *settled* (heldout151) RazorpayX's payout page the payee under Payout to / Contact / Beneficiary, never RazorpayX
  or the company under its heading; a bulk record the Beneficiary name, never the Debit account; a Google Pay screen
  the payee under To / Paid to. *settled* (heldout158): Gujarat Pollution Control Board on top of its XGN receipt
  (capitals where so printed), never the XGN line or the Industry name. *settled* (heldout174, heldout179,
  heldout181; new here for Gujarat): a Cyber Treasury e-challan pays the authority on top (Directorate of Industrial
  Safety and Health, Gujarat / DIRECTORATE OF INDUSTRIAL SAFETY AND HEALTH; Controller of Legal Metrology, Gujarat /
  Legal Metrology, Gujarat, as heldout174's Legal Metrology Organisation, Maharashtra), never the Cyber Treasury line
  or the Name of remitter / Name of user. *settled* (heldout161): Gujarat Industrial Development Corporation on top
  of its page, never the Allottee. *settled* (new here): Rajkot Municipal Corporation's property tax page pays the
  corporation on top (capitals where so printed), never the Owner / Occupier. *settled* (heldout199): an insurer's
  premium receipt pays the insurer on top (its full name, capitals where so printed), never the Insured / Proposer,
  *settled* (new here) or Policyholder; ECGC's premium receipt pays ECGC Ltd on top, never the Exporter
  (policyholder) or the Buyer (a buyer abroad) under it; EEPC INDIA's and The Institute of Indian Foundrymen's
  receipts pay the body on top, never the Member firm / Member. A slip's counter name line in capitals, never the
  terminal's bank or brand or the place line. A Bharat Connect page's biller under Biller / Biller name / Operator /
  Paid to (heldout161), short or long as printed, never the app, Bharat Connect or the Customer name; *settled*
  (heldout161) PGVCL's own page the board on top (PGVCL, Paschim Gujarat Vij Company Ltd or in capitals, as printed),
  never the Sub-division or the Consumer name. An SMS alert's payee as the bank sends it ("to OM CNC PRECISION WOR":
  *settled*, the truncated name as printed), never the bank or the sender id; the bank's e-mail alert the
  Beneficiary / Payee name / Credited to, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187, heldout191,
  heldout195, heldout198, heldout199): a payment advice's net sum, *settled* (new here) Net amount paid / Net payment
  released / Amount credited to vendor (the Total bill value less TDS u/s 194Q @ 0.1% and a Rejection debit note),
  never a Bill value, the Total bill value or a deduction. *settled* (heldout155, heldout167, heldout195,
  heldout198): an inward wire's foreign sum, *settled* (new here) Remitted amount / Inward amount (FCY) / Amount in
  FCY in EUR, USD or GBP, never the INR amount, the Bank charges incl. GST or the Net credit (INR). A UPI screen's and
  a link's sum large. *settled* (heldout175, heldout179, heldout195, heldout198, heldout199): a receipt counts the sum
  received, *settled* (new here) Cash received / Amount received in cash / Received by UPI / By UPI / Received by
  NEFT / Amount received (NEFT) / Amount received (RTGS) / By RTGS / Cheque for / By cheque, never the Bill amount,
  the Balance outstanding, *settled* (new here) the Pattern cost (agreed) or the Balance on sample approval. A
  supplier's *settled* (new here) Received by RTGS / NEFT, Payment received (RTGS / NEFT), Amount received through
  RTGS / NEFT (the rounded Invoice total with GST), *settled* (heldout187, heldout191, heldout195, heldout199) where
  an advance is taken off (here Less: Advance paid against PO) the Balance received by RTGS / NEFT, or the Cheque
  received / Cheque amount, never the Taxable value or a line. A banking page's Transaction amount / Payment amount /
  Amount (INR). *settled* (heldout198, heldout199): a wage voucher's net sum, *settled* (new here) Net amount handed
  over / Net wages paid / Take-home paid (Boxes moulded x rate with an Attendance bonus, or Days worked x rate with
  OT / incentive, less an Advance (uchak), PF @ 12% or Canteen), never the Gross wages, a line or a deduction;
  RazorpayX's and Google Pay's sum large; a bulk record's Amount. *settled* (new here): XGN's Total fee paid /
  Amount paid (the Consent fee with a Late fee), a Cyber Treasury challan's Amount / Total fee (the Verification
  fee with Adjustment charges), never a head; Rajkot Municipal Corporation's Amount paid (the Total demand less the
  Less: Online rebate where printed), never the Total demand or a head; GIDC's Amount paid (the Service charges with
  Water charges). *settled* (heldout172, heldout199): an insurer's Total premium (incl. GST) / Premium paid / Amount
  received, never the Sum insured, the Basic premium, the Terrorism premium or the GST; *settled* (new here) ECGC's
  likewise (the Premium on the shipments declared with GST), never the Shipments declared (a foreign sum: the
  currency stays INR) or the Premium; EEPC India's and the Institute's Total amount paid / Amount received (the
  subscription or delegate fee with GST). *settled* (new here): a slip's AMOUNT: / NET AMT: / SALE AMT: / TOTAL:,
  where a TIP: is printed the TOTAL: (the BASE AMT: with the TIP:), never the BASE AMT:, the TIP:, a fuel slip's
  RATE/L: or VOLUME(L):. A Bharat Connect page's sum large; PGVCL's Amount paid (the Bill amount less the Less:
  Prompt payment rebate where printed, heldout161). An alert's sum debited (the e-mail's Amount debited / Amount),
  never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a payer's Payment released / Status: Paid to vendor successes, Payment
  blocked - rejection debit note under reconciliation pending (a payer's hold, as heldout179's Held and heldout199's
  On hold), Returned by bank - beneficiary account dormant failed; an inward advice's Credited to beneficiary
  account / Inward remittance realised successes, Parked - purpose code and invoice copy awaited from beneficiary
  pending (as heldout198's Held), Refunded to remitting bank - beneficiary account number invalid failed; a UPI
  screen's Paid successfully / Transfer successful successes, Payment failed - incorrect UPI PIN failed, Payment
  processing - check back in 2 minutes pending. *settled* (heldout167, heldout179, heldout191, heldout195,
  heldout198, heldout199): a cheque received and not yet cleared pending, a cheque returned failed, so *settled*
  (new here) CHEQUE RECEIVED - DESPATCH AFTER CLEARANCE and CHEQUE UNDER CLEARING - CREDIT AWAITED pending, CHEQUE
  BOUNCED - ACCOUNT CLOSED and CHEQUE RETURNED - SIGNATURE MISMATCH failed; RECEIVED WITH THANKS, RECEIVED, PAID,
  PAID BY RTGS / NEFT, *settled* (new here) PAYMENT RECEIVED - ACCOUNT SETTLED, PAYMENT RECEIVED IN FULL and PAID -
  THUMB IMPRESSION OBTAINED successes. *settled* (new here): a banking page's Transaction completed successfully /
  Status: Processed successes, Awaiting approval - authoriser 2 pending (keyed, not yet authorised, as heldout191's,
  heldout195's and heldout198's), Rejected - beneficiary IFSC not valid for NEFT failed; *settled* (heldout148)
  RazorpayX's Processed a success and Reversed failed; a bulk record's Record status: Credited a success, Record
  status: Sent to beneficiary bank - awaiting confirmation pending; Google Pay's Completed / Paid successes; XGN's
  Payment successful / Fee paid successes, Payment status awaited from bank - do not pay again pending; Challan paid
  / Tax paid successes, Payment failed - amount not received by RMC failed; an insurer's or body's Premium received
  - policy in force / Payment received - thank you / Subscription received successes, Payment under reconciliation
  - receipt will be issued on credit pending, Payment unsuccessful - cover not bound failed; a slip's APPROVED /
  TRANSACTION APPROVED successes, DECLINED - 51 INSUFFICIENT FUNDS failed, NO REPLY FROM HOST - TXN STATUS UNKNOWN
  pending; Bill paid / Payment successful / Paid successes, Awaiting confirmation from biller pending, Transaction
  failed - amount, if debited, will be reversed failed (the payment failed, whatever the reversal); an SMS that says
  the payment "has FAILED at the beneficiary bank" failed, "is IN PROGRESS - please do not repeat it" pending (as
  heldout199's "could NOT be processed" / "is being PROCESSED"), a debit alert a success, whatever its bank's wording
  ("Rs.x Dr. from A/C ... to <payee>", "Sent Rs.x from Kotak Bank AC ...", "Your A/C ... Debited INR x ...
  -Transferred to", "A/c *1234 Debited for Rs:x ... by RTGS to"); the e-mail's Status: Debited successfully a
  success.
* date: the day paid (Payment date, Value date, *settled* (new here) Released on, *settled* (heldout198, heldout199)
  a payer's pending Advice date, Returned on, Credit date, *settled* (new here) Date of realisation, Received on on a
  pending inward advice, Date & time, Paid on, a receipt's, invoice's or voucher's Date / Dated /
  *settled* (new here) Rcpt. date / Invoice date / Voucher date / Paid on, Transaction date, Processed on, *settled*
  (new here) Created on / Rejected on on a banking page, RazorpayX's Created on (heldout148) and Processed on, a bulk
  record's Uploaded on (heldout199), XGN's pending Initiated on, Date of payment, Receipt date, Date of receipt, a
  slip's DATE: / DT: / *settled* (new here) DATE/TIME:, Transaction date & time, the SMS's day). *settled*: never a
  Bill month, a Bill date, a Due date, a Cheque date on a money receipt (heldout198), an e-mail's hour or the day of
  a bill listed on an advice; *settled* (new here) never a Week No., a Tax year or a licence's renewal year.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155), a payer's advice, a banking page,
  a bulk record's and RazorpayX's IMPS, a Cyber Treasury challan, a fee, a premium or PGVCL paid by Net banking, a
  Bharat Connect bill from a Current A/c; UPI for UPI apps, a link's, a receipt's, a voucher's, RazorpayX's, a
  fee's, a premium's, PGVCL's or a bill's UPI; card on slips, a link's card, a fee, a premium or PGVCL paid by Debit
  card; cheque for a cheque received, under clearing, bounced or returned; cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout199): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UTR, UTR No., *settled* (new here) Bank
  UTR, IMPS Ref No., Razorpay's UPI RRN and Easebuzz's Bank Ref. No. on a UPI payment, a slip's RRN: / RRN NO: / REF
  NO:, an SMS's UTR / UPI Ref / IMPS Ref), then a bank reference (an inward advice's *settled* (new here) IRM No. /
  Inward ref. No. / Bank reference, a banking page's *settled* (new here) Transaction ref. ID / Reference No. / Txn
  reference, a bulk record's Transaction ref. No., a fee's or an insurer's Bank Ref. No. / PGVCL's Bank Ref No., a
  Cyber Treasury challan's Bank CIN (heldout179), Bharat Connect Ref ID / B-Connect Txn ID / *settled* (new here)
  BBPS Txn Ref), then a transaction / payment id (Razorpay's Payment ID pay_..., *settled* (new here) Easebuzz's
  Easepay ID, PhonePe's and Paytm's own Transaction ID, *settled* (new here) Google Pay's Google transaction ID,
  RazorpayX's Payout ID pout_..., XGN's Transaction No., RMC's, GIDC's and PGVCL's Transaction ID, an insurer's
  Transaction ref. No. / Payment ID, a failed Bharat Connect page's Transaction ID), then an approval code (Auth
  code, a slip's APPR CODE: / *settled* (new here) AUTH NO:), then an order's number (Razorpay's Order ID,
  *settled* (new here) Easebuzz's Merchant Txn ID), then a document's own number (*settled* (new here) Clearing doc.
  No. / Payment voucher No. / Advice No. on a payer's advice, Receipt No. / Rcpt. No. / M.R. No. on a receipt,
  Invoice No. / Tax Invoice No. / Bill No., Voucher No. / V. No. / *settled* (new here) Slip No., a challan's
  Challan No. (heldout179), Receipt No. / Premium receipt No. / *settled* (new here) Money receipt No., a slip's
  INVOICE NO: / BILL NO: / *settled* (new here) INV:). *settled*: never a UETR, the bills listed on an advice, a
  Vendor code, MID, TID, BATCH NO, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC, a cheque number,
  Maker / Checker, a consumer number (here Consumer No., BP No., Telephone No.), an Application No. / Licence No.,
  Head of account, a Token No., a bulk Batch, Policy No. / Proposal No., RazorpayX's Reference ID (heldout148), a
  Vehicle No. / VEHICLE NO:, an E-way bill No. or a slip's STAN:. *settled* (new here): never a Buyer's order No., an
  Export invoice or a Purpose code on a wire, a Beneficiary code, a Weighbridge slip No., an XGN
  Industry ID, a Factory licence No., a Tenement No., a Shed No., a Membership No. / RCMC No., ECGC's Buyer code, a
  Week No., a Fund account or a banking page's Maker / Authoriser.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout200_families import (
    bank_alerts,
    compose,
    counter_slips,
    covers_councils,
    export_wires,
    foundry_receipts,
    foundry_wages,
    melt_invoices,
    power_bills,
    pump_advices,
    statutory_fees,
    trade_upi,
    vendor_transfers,
)

SPLIT = "heldout200"

FAMILIES: list[Family] = [
    ("pump_advices", pump_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("trade_upi", trade_upi, SCREEN_FACES),
    ("foundry_receipts", foundry_receipts, PAPER_FACES),
    ("melt_invoices", melt_invoices, BILL_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("foundry_wages", foundry_wages, PAPER_FACES),
    ("statutory_fees", statutory_fees, PAGE_FACES),
    ("covers_councils", covers_councils, PAGE_FACES),
    ("counter_slips", counter_slips, SLIP_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout200_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout200 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

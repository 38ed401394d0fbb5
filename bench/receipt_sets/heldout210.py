"""heldout210: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a home-furnishing textile exporter's day in 2026 (Jagriti Home Textiles Pvt Ltd, its
weaving and made-ups factory in the HSIIDC estate, Sector 25, its rug and dyeing unit on Barsat Road and its factory
outlet, Jagriti Factory Outlet, on G.T. Road, Panipat, Haryana), told by the proofs of payment it receives
(importers' inward wires for bedsheets, dhurries, chindi and jute rugs, throws and bath mats from the US, Australia,
Britain, Denmark, Germany and Italy in US dollars, Australian dollars, pounds, Danish kroner and euros, home
stores', a hotel chain's, a D2C brand's, a hospital supplier's and furnishing wholesalers' payment advices from
Mumbai, New Delhi, Ludhiana, Bengaluru, Hyderabad, Kolkata, Coimbatore and Ahmedabad, the outlet's shoppers' UPI
screens and the bulk-order desk's payment links, its own money receipts and cash memos, fents and cotton waste sold
to the recyclers among them, cards on the outlet's terminals) and those it makes (the rug weavers', the fringe
knotters' and the stitching contractors' job work vouchers, RazorpayX payouts, a bulk payment record and a Google
Pay advance, the recycled cotton spinner's, the jute yarn mill's, the chenille and filler maker's and the dye
house's tax invoices, the net-banking transfers to the dyer, the digital printer, the tufter, the stitching centre,
the carton maker, the carrier, the customs broker and the testing lab, ESIC's, Municipal Corporation Panipat's, the
Haryana State Pollution Control Board's, EPFO's, the Haryana Labour Welfare Board's, e-GRAS Haryana's and the Carpet
Export Promotion Council's pages, insurers' premium receipts for the shipments, the buyers' credit, the factory and
stock, product liability, the workers, the staff's health, the cash in transit and the outlet, its card at a filling
station, a hotel, a loom spares shop and a highway dhaba, UHBVN's power and the broadband, phone and landline bills,
the bank's SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one page
prints no transaction id and one no day (truth None for those fields).

* ``buyer_wires``: seven banks' inward remittance advices for export proceeds (browser, e-mail, printed).
  ``store_advices``: home stores', a hotel chain's, a D2C brand's, a hospital supplier's and wholesalers' PAYMENT
  ADVICE / VENDOR REMITTANCE ADVICE / Payment intimation - furnishings (e-mail, printed, supplier portal).
  ``outlet_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, CRED, BHIM, MobiKwik) paying the outlet or the
  company and two payment links (Razorpay, PayU). ``own_receipts``: the company's own MONEY RECEIPT / CASH MEMO -
  FACTORY OUTLET / RECEIPT - FENT & RAG SALES / ADVANCE RECEIPT - BULK ORDER (paper, rubber stamp) and its accounts
  desk's acknowledgement e-mails. ``weaver_jobwork``: printed JOB WORK PAYMENT VOUCHER - DURRIE WEAVING / PIECE WORK
  PAYMENT SLIP - HANDLOOM RUGS / STITCHING JOB WORK - PAYMENT VOUCHER / THEKEDAR PAYMENT VOUCHER (JOB WORK),
  RazorpayX's payout pages, IndusDirect's bulk payment record and a Google Pay screen. ``yarn_invoices``: suppliers'
  TAX INVOICE with the payment block and a rubber stamp (paper, serif). ``vendor_transfers``: corporate net
  banking's transaction pages (IndusDirect, neo for Corporates, HDFC Bank ENet). ``govt_fees``: ESIC's challan,
  Municipal Corporation Panipat's property tax and trade licence pages, the Haryana State Pollution Control Board's
  consent fee receipt, EPFO's ECR payment page, the Haryana Labour Welfare Board's LWF receipt, e-GRAS Haryana's
  challan for the factory licence and the Carpet Export Promotion Council's membership receipt (browser).
  ``insurer_receipts``: insurers' premium receipts (browser, e-mail, printed). ``card_slips``: card terminal slips
  (monospace). ``utility_bills``: Bharat Connect in banking and UPI apps and UHBVN's own receipt page.
  ``bank_alerts``: the bank's SMS alerts in each bank's own wording and two e-mail debit alerts. The families'
  docstrings list each layout's labels.

Truth conventions (heldout207's, heldout206's, heldout204's, heldout203's, heldout202's, heldout179's and
heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout155, heldout167,
  heldout198, heldout203, heldout204, heldout206, heldout207): a bank's inward remittance advice pays the company
  under its beneficiary label, Beneficiary name, *settled* (new here) or Beneficiary (exporter) / In favour of,
  never the bank on top, its forex desk line, the *settled* (new here) Remitter (importer) / Ordering party (the
  importer) or the Remitter's bank (heldout207) / *settled* (new here) Ordering institution. *settled* (heldout167,
  heldout175, heldout179, heldout186, heldout202 to heldout207): a payer's payment advice (here a home store's, a
  hotel chain's, a D2C brand's, a hospital supplier's or a wholesaler's) pays the company under its payee label,
  *settled* (new here) Payee (vendor) / Beneficiary vendor / Paid to supplier, never the payer on top, its desk
  line, the Supplier code / Vendor code or the Vendor bank A/c. A UPI screen's payee under Paid to / To / Sent to /
  Paying to (here the outlet, Jagriti Factory Outlet, its capitals or the company's short name, as printed), never
  the UPI ID or the app; a payment link's payee on top (here the outlet or the company), never Customer name
  (heldout204) / Paid by / Payer (heldout205) or the gateway's footer (Razorpay, PayU). *settled* (heldout175,
  heldout179, heldout186, heldout202 to heldout207): the company's own receipt pays the company on top (its full,
  capital or short name as printed) or its outlet's trade name where that is on top (heldout207's showroom: here
  Jagriti Factory Outlet), never the party under Received from / Customer / Received with thanks from, the goods'
  line or the rubber stamp; *settled* (new here) a receipt for fents and cotton waste sold to a rag trader or a
  shoddy mill alike (the company, never the recycler); its accounts desk's e-mail likewise. *settled* (heldout150,
  heldout161, heldout179, heldout186, heldout202 to heldout207): a wage voucher pays the worker, *settled* (new
  here) and a job work voucher the job worker (the weaver, the fringe knotter or the stitching contractor) under
  Weaver's name / Job worker / Paid to (weaver) / Paid to (thekedar) / Contractor, never the company on top, the
  Village, the Job card No. or the Design; RazorpayX's payout page the Contact / Beneficiary name (heldout202,
  heldout203, heldout205), never RazorpayX on top, the company under it (Payouts - ...) or the Fund account; a bulk
  record the Beneficiary name / Name of beneficiary (heldout206), never the portal on top (IndusDirect), the Debit
  account or the File name; a transfer screen the payee under Paid to / To. A supplier's name on top of its own
  paper (capitals where so printed), never M/s the company under Billed to (heldout207) / *settled* (new here) Buyer
  (bill to) / Recipient. *settled* (heldout179, heldout186, heldout191, heldout204, heldout206, heldout207): a
  corporate banking page pays the payee under Beneficiary name / Payee name (heldout179), *settled* (new here) or
  Transfer to (beneficiary), never the portal (IndusDirect, neo for Corporates, HDFC Bank ENet), the bank line or
  the Debit account. *settled* (heldout153, heldout167, heldout204, heldout206, heldout207): a fee page pays the
  authority on top: the Employees' State Insurance Corporation / ESIC and the Employees' Provident Fund Organisation
  / EPFO as printed, never the Ministry line, the Employer name or the Establishment name; *settled* (new here for
  Haryana) Municipal Corporation Panipat / MUNICIPAL CORPORATION PANIPAT / Nagar Nigam Panipat, never the Urban
  Local Bodies Department, Haryana line, the Owner name or the Name of trader (the outlet); Haryana State Pollution
  Control Board / HSPCB (capitals where so printed), never the Invest Haryana line, the Name of industry or the
  Unit; the Haryana Labour Welfare Board (as heldout204's Tamil Nadu board), never the Government of Haryana line or
  the Name of establishment; e-GRAS Haryana's challan the department on top (Labour Department, Haryana, capitals
  where so printed, as heldout188's and heldout193's e-GRAS pages), never the e-GRAS Haryana line, the Remitter
  name, the Office or the Purpose; the Carpet Export Promotion Council / CEPC (capitals where so printed, as
  heldout204's AEPC and heldout206's CEPCI), never the Ministry of Textiles line or the Member name. *settled*
  (heldout199, heldout202, heldout203, heldout204, heldout206): an insurer's premium receipt pays the insurer on top
  (its full name, capitals where so printed; ECGC Ltd's for its shipments policy alike), never the product line, the
  branch line or the Proposer / Insured / Name of insured / Exporter (policyholder) / *settled* (new here)
  Policyholder. A slip's counter name line in capitals (here the outlet's own counters and the company on four, a
  filling station, a hotel, a loom spares shop and a highway dhaba on the rest), never the terminal's bank or brand
  (HDFC BANK, HPCL, INDUSIND BANK, ICICI BANK, MSWIPE, PINE LABS, BHARATPE, AXIS BANK) or the place line. A Bharat
  Connect page's biller under Biller / Biller name / Operator / Electricity board (heldout179), short or long as
  printed, never the app, Bharat Connect or the Customer name / Consumer name / Registered name (heldout206);
  *settled* (new here) UHBVN's own receipt page the company on top (UHBVN, short, long or capital as printed), never
  the Government of Haryana undertaking line, the Sub division or the Consumer name. An SMS alert's payee as the
  bank sends it ("to:NOORWALA SPINNING MI": *settled*, the truncated name as printed), *settled* (new here) Bank of
  Baroda's "to:<payee>" and ICICI Bank's "<payee> credited." alike, never the bank or the sender id; the e-mail
  alert's Paid to / Beneficiary (heldout204, heldout207), *settled* (new here) or Beneficiary name, never the bank
  on top.
* amount / currency: the sum this payment moved. *settled* (heldout155, heldout167, heldout198, heldout203,
  heldout204, heldout206, heldout207): an inward wire's foreign sum, Foreign currency amount (heldout167), *settled*
  (new here) or Remittance amount (FCY) / FCY amount, in US dollars, pounds, euros, Australian dollars (A$ or AUD)
  as AUD (heldout202) and *settled* (new here) Danish kroner as DKK ("DKK 226,636.66" or "226,636.66 DKK"), never
  the INR equivalent, the Less: Commission & GST or the Net credit to account (INR); the Conversion rate ("1 DKK =
  INR 13.12") is no sum. *settled* (heldout152, heldout186, heldout195, heldout198, heldout202 to heldout207): a
  payer's advice counts its net sum, *settled* (new here) Net amount paid / Amount released / Net remitted, Net
  amount to be released on the hold and Net amount / Net remittance on the return (the Bills total / Gross payable
  less TDS u/s 194Q @ 0.1% and a Less: Shortage debit - n pcs, a Less: Trade discount @ 3% or a Less: Rate
  difference (PO vs bill)), never a bill's sum or the Bills total / Gross payable. A UPI screen's and a link's sum
  large. *settled* (heldout175, heldout179, heldout186, heldout202 to heldout207): a receipt counts the sum received
  even where it is part of the order, Cash received / Received in cash / Received by UPI / Received by NEFT /
  Received by card / Card payment received / Cheque amount / Cheque received / Advance received, *settled* (new
  here) or Received through UPI / Amount received via NEFT, never the Bill amount / Total / Order value, the goods'
  line or the Balance due / *settled* (new here) Balance payable on delivery; *settled* (new here) a fent sale's sum
  received is the kilos x rate as printed. *settled* (heldout167, heldout202, heldout204, heldout206, heldout207): a
  voucher counts the sum paid, *settled* (new here) a job work voucher's Net job charges paid / Amount paid to job
  worker / Net paid (the sq ft or pieces x rate, plus Add: Binding and fringe extra, less Less: Yarn advance
  adjusted, Less: Weight shortage - n kg @ rate and Less: TDS u/s 194C @ 1%), never the Gross job charges, the line
  or a deduction; RazorpayX's and Google Pay's sum large; a bulk record's Amount. *settled* (heldout187, heldout191,
  heldout202 to heldout207): a supplier's invoice counts the sum paid, where an advance is taken off (here *settled*
  (new here) Less: Advance received with order) the Balance received by RTGS / NEFT, else Received by RTGS / NEFT
  (heldout207), *settled* (new here) Amount received via RTGS / NEFT or Payment received through UPI (the rounded
  Invoice total with GST), or the Cheque received / Cheque amount, never the Taxable value, a line or the GST. A
  banking page's Amount (INR) / Debit amount (heldout207), *settled* (new here) or Transaction amount. ESIC's Total
  contribution paid / Challan amount (heldout204), never a share; *settled* (new here) MC Panipat's Total amount
  paid / Amount paid / Total amount / Amount (the Property tax (industrial) and the Fire tax less the Rebate @ 10%
  where printed, or the Trade licence fee and the Advertisement (signboard) fee), never a head or the rebate; the
  Pollution Control Board's Total fee paid / Total amount (the Water Act and Air Act fees, heldout207), never a
  head; EPFO's Total amount (heldout167), never an A/c line; the Welfare Board's Total contribution paid / Amount
  paid (the employees' and employer's contributions, as heldout204's), never a share; e-GRAS's Challan amount
  (heldout188) / Total amount (the Licence renewal fee and a Late fee), never the fee line; CEPC's Total paid /
  Amount received (the Annual subscription, the RCMC renewal fee and GST @ 18%, as heldout206's CEPCI), never a head
  or the GST. *settled* (heldout199, heldout202, heldout203, heldout204, heldout206): an insurer's Premium received
  (incl. GST), *settled* (new here) Total premium paid / Amount collected, Premium payable / Total premium due on
  the declined one, never the Basic premium / Premium @ rate, an add-on or the GST, nor *settled* (new here) the
  Annual turnover declared (exports), the Value of shipments declared, the Limit of indemnity (printed in US
  dollars, no sum of this payment: the currency stays INR), the Estimated annual wages, the Sum insured / Sum
  insured per family or the Money in transit limit. A slip's AMOUNT: / TOTAL: (heldout179), *settled* (new here) or
  SALE AMOUNT:, never the RATE: or the VOLUME(L):. A Bharat Connect page's sum large; UHBVN's Amount paid, *settled*
  (new here) or Paid amount. An alert's sum debited (the e-mail's Transaction amount (heldout206) / Amount debited),
  never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): an inward advice's Export proceeds credited - IRM generated / Status:
  Realised successes, On hold - purpose code and invoice copy to be submitted pending, Returned to remitting bank -
  beneficiary account details mismatch failed; a payer's Status: Paid (heldout179) / Payment released to vendor
  account successes, On hold - GRN for short supply pending at DC pending (a payer's hold, as heldout198's to
  heldout207's), Payment returned - account number and IFSC do not match failed; a UPI screen's Payment successful /
  Paid successfully / Money sent successes (heldout204, heldout207), Payment failed - money not debited from your
  account failed (whatever the money), Payment processing - do not retry, status in 48 hours pending; a link's
  Payment successful / Payment received successes (heldout205), as is Payment captured. *settled* (heldout167,
  heldout179, heldout186, heldout202 to heldout207): a cheque received and not yet cleared pending, a cheque
  returned failed, so *settled* (new here) CHEQUE RECEIVED - GOODS AFTER CLEARANCE and CHEQUE DEPOSITED - CREDIT
  AFTER REALISATION pending, CHEQUE BOUNCED - SIGNATURE MISMATCH and CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER
  failed; RECEIVED WITH THANKS, PAID, PAID BY RTGS / NEFT / UPI, PAID - THUMB IMPRESSION TAKEN and ADVANCE RECEIVED
  - ORDER BOOKED (heldout207) successes, *settled* (new here) as are PAYMENT RECEIVED - GOODS DELIVERED, RECEIVED -
  BILL CLEARED, PAID - RECEIVED BY WEAVER, PAID - RECEIVED BY JOB WORKER and PAID - JOB CARD CLOSED. RazorpayX's
  Processed / Payout processed successes (heldout202, heldout203, heldout205), *settled* (new here) Reversed -
  beneficiary bank declined the credit failed (the payout came back, as heldout205's Reversed); *settled* (new here)
  a bulk record's Uploaded - awaiting bank processing pending; a banking page's Transaction completed - beneficiary
  credited / Status: Processed successes, Awaiting authorisation - 1 of 2 approvals done pending (keyed, not yet
  authorised, as heldout191's to heldout207's), Rejected by beneficiary bank - invalid account number failed; a fee
  page's Payment successful / Challan paid (heldout206) / Payment received / Payment confirmed / Fee deposited
  successfully (heldout207) / Subscription received (heldout206) successes, *settled* (new here) as are Contribution
  received and Challan paid - GRN realised, EPFO's Payment initiated - awaiting confirmation from bank pending (as
  heldout207's), Payment failed - amount not received by MC Panipat failed; an insurer's Premium realised - policy
  issued / Payment received - receipt generated successes, Cheque in clearing - cover from date of realisation
  pending, Payment declined - premium not received failed; a slip's APPROVED / TXN APPROVED successes, DECLINED - 51
  INSUFFICIENT FUNDS failed, NO RESPONSE FROM HOST - CHECK WITH ISSUER BEFORE RETRY pending; Bill paid successfully
  / Payment successful / Bill paid successes, Payment in progress - awaiting confirmation from biller pending,
  Payment failed - amount will be reversed in 5 working days failed (the payment failed, whatever the reversal); an
  SMS that says the transfer "has been RETURNED by the beneficiary bank; amount credited back to your A/c" failed
  (whatever the credit back), one that "is PENDING with the beneficiary bank. Do not re-initiate." pending, a debit
  alert a success, whatever its bank's wording ("Rs.x transferred from A/c ...1234 to:<payee> via <way> on <day>",
  "An amount of INR x has been DEBITED to your account XXX1234 on <day> towards <way> to <payee>", "INR x debited
  from IndusInd A/c XX1234 on <day> for <way> trf to <payee>", ICICI Bank's "ICICI Bank Acct XX123 debited for Rs x
  on <day>; <payee> credited. UPI:<ref>"); the e-mail's Status: Debited / Status: Success successes.
* date: the day paid (an inward advice's Value date, *settled* (new here) Realisation date, Credited on
  (heldout207), the held one's Received on / Held on (heldout206), Returned on / Date of return (heldout207); a
  payer's Payment date, *settled* (new here) Released on, Value date, the pending Advice date (heldout198) / Date of
  advice (heldout206), Returned on / Return date (heldout206); Date & time, Paid on, Completed on, Initiated on on a
  UPI screen not yet paid (heldout203); a link's Paid on / Payment date / Transaction date; a receipt's, invoice's
  or voucher's Date / Dated / Receipt date / Invoice date / Voucher date / Paid on; RazorpayX's Processed on /
  Reversed on; a bulk record's Uploaded on / Submitted on (heldout206); a banking page's Value date / Processed on /
  Transaction date, Initiated on / Created on on the one awaiting its authoriser, Rejected on / Failed on; a fee
  page's Challan paid date (heldout167) / Payment date / Transaction date / Date of payment / Receipt date, EPFO's
  Paid on / Initiated on (the pending one's day), e-GRAS's Date of remittance (heldout206's Khajane-II); an
  insurer's Receipt date / Premium paid on / Date of receipt, Cheque received on (heldout204) on the cheque in
  clearing, Transaction date / Attempted on on the declined one; a slip's DATE: / DT: / *settled* (new here) TXN
  DATE:; Paid on / Transaction date & time (the latter alone on a bill not paid), UHBVN's Payment date / Paid on;
  the e-mail alert's Transaction date / Value date; the SMS's day). *settled*: never a Bill month, a Due date, a
  Cheque date (heldout198), a Wage month or Contribution period (heldout167), a Period of insurance (heldout199), an
  Assessment year (heldout202), an invoice number's financial year or an e-mail's hour; *settled* (new here) never
  the LWF Contribution for (a month), a bulk File name's day or the day inside a Bank CIN or a UTR.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS /
  IMPS, RazorpayX's IMPS, a bulk record's NEFT, a Bharat Connect bill from a Current A/c, EPFO, e-GRAS (Net banking
  / e-GRAS - Net banking, heldout193), a fee, a premium or UHBVN paid by Net banking, an e-mail alert's Channel, an
  SMS's NEFT / IMPS / RTGS; UPI for UPI apps, a link's, a receipt's, a voucher's, an invoice's, RazorpayX's, a
  fee's, a premium's or a bill's UPI, ICICI Bank's UPI alert; card on slips, a link's card, a receipt's card, a fee,
  a premium or UHBVN paid by Debit card; cheque for a cheque received, deposited, bounced or returned and a premium
  paid by Cheque; cash for a cash receipt, memo or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout207): a UPI reference /
  UTR / RRN / IMPS reference (UTR, UTR No., NEFT UTR (heldout179), RTGS UTR No. (heldout204), UPI Ref. No., UPI Ref
  No, UPI transaction ID, UPI Reference No., IMPS Ref No., Razorpay's UPI RRN and PayU's Bank Ref No. on a UPI
  payment (heldout205), a slip's RRN: / RRN NO: (heldout200), an SMS's UTR / IMPS Ref and *settled* (new here) ICICI
  Bank's UPI:<ref>), then a bank reference (an inward advice's Inward ref. No. / Our ref. (heldout167, heldout207) /
  *settled* (new here) IRM No., a banking page's Bank reference No. / Txn reference No. (heldout206), a bulk
  record's Bank reference No. (heldout202), a fee page's Bank Ref. No. / Bank Ref No. / Bank reference No., e-GRAS's
  Bank CIN (heldout179's treasury Bank CIN), an insurer's Bank Ref No., Bharat Connect Ref. No. / B-Connect Txn ID),
  then a transaction / payment id (Razorpay's Payment ID pay_..., PayU ID, PhonePe's, Paytm's, CRED's and MobiKwik's
  own Transaction ID, Google Pay's Google transaction ID, RazorpayX's Payout ID pout_..., ESIC's Transaction No.
  (heldout206), the Pollution Control Board's Transaction ref. No. (heldout207), EPFO's CRN (heldout167), *settled*
  (new here) MC Panipat's, the Welfare Board's and UHBVN's Transaction ID and CEPC's Payment ID (as heldout206's
  CEPCI), an insurer's Payment ref. No. / Transaction No. (heldout204), a failed Bharat Connect page's Transaction
  ID), then an approval code (Auth code, Approval code, a slip's APPR CODE: / AUTH CODE:), then an order's number
  (Razorpay's Order ID order_..., PayU's Merchant txn ID), then a document's own number (Advice No. (heldout204) /
  *settled* (new here) Payment voucher No. on a payer's advice, Receipt No. / M.R. No. (heldout204) / Memo No.
  (heldout186) on a receipt, Voucher No. / Vr. No. / *settled* (new here) Slip No. on a job work voucher, Tax
  Invoice No. / Invoice No. / Bill No., ESIC's Challan No. (heldout161), EPFO's TRRN (heldout161), e-GRAS's GRN
  (heldout188), a fee page's Receipt No., Premium receipt No. / Receipt No., UHBVN's Receipt No., a slip's INVOICE
  NO: / INV NO: / BILL NO:). *settled*: never a UETR, MID, TID, BATCH NO, STAN, a card, account or mobile number, a
  UPI ID, GSTIN, IFSC, a cheque number, a consumer number (here Account No., Telephone No., Mobile No.), Maker /
  Checker (so never Initiated by / Approved by), a bulk upload's Record No. (heldout202), a bulk File name
  (heldout179), a Vendor code (heldout179), a PO No. (heldout204), the bills listed on an advice, an Export invoice
  No., a Shipping bill No., a Purpose code, an E-way bill No., an Employer code, an Establishment ID, a Policy No. /
  Proposal No., a Head of account, an Application ID, a Licence No., a Membership No. or RCMC No. (heldout206),
  RazorpayX's Fund account, a slip's PUMP NO: (heldout206) or ROOM NO: (heldout203). *settled* (new here): never a
  Supplier code, a Job card No., a Property ID, an LWF Registration No. or a Vehicle No.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout210_families import (
    bank_alerts,
    buyer_wires,
    card_slips,
    compose,
    govt_fees,
    insurer_receipts,
    outlet_upi,
    own_receipts,
    store_advices,
    utility_bills,
    vendor_transfers,
    weaver_jobwork,
    yarn_invoices,
)

SPLIT = "heldout210"

FAMILIES: list[Family] = [
    ("buyer_wires", buyer_wires, PAGE_FACES),
    ("store_advices", store_advices, PAGE_FACES),
    ("outlet_upi", outlet_upi, SCREEN_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("weaver_jobwork", weaver_jobwork, PAPER_FACES),
    ("yarn_invoices", yarn_invoices, BILL_FACES),
    ("vendor_transfers", vendor_transfers, PAGE_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout210_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout210 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

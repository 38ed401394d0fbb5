"""heldout204: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a cotton knitwear export garment unit's day in 2026 (Amaravathi Knit Garments Pvt Ltd,
its stitching unit in the SIDCO estate at Mudalipalayam, its head office and sample room on Avinashi Road and its
export surplus counter, Amaravathi Export Surplus, in Khaderpet, Tiruppur, Tamil Nadu), told by the proofs of
payment it receives (buyers' inward wires from Britain, Sweden, France, the US, Germany and the Netherlands in
pounds, kronor, euros and US dollars, merchant exporters' payment advices for stitching job work and retail chains'
for basics, stock-lot traders', boutiques' and resellers' UPI screens and payment links, its own money receipts for
cutting waste, stock lots and samples, buyers' cards on its terminals) and those it makes (the spinning mill's, the
fabric knitter's, the label maker's and the polybag maker's tax invoices and the elastic, carton and compacting
suppliers' Zoho Invoice payment receipts, corporate net-banking transfers to its dyeing house, screen printer,
embroiderer, knitting and compacting job workers, transporter and customs broker, tailors' piece rate and
finishers' weekly wage vouchers, Cashfree payouts, a bulk salary file's record and a PhonePe screen, the Tamil Nadu
Pollution Control Board's, Tiruppur City Municipal Corporation's, ESIC's, the Apparel Export Promotion Council's,
the Labour Welfare Board's and the factories directorate's fee pages, insurers' premium receipts (ECGC's among
them), its card at fuel stations, a sewing machine spares shop, a hotel and a sample courier, TNPDCL's power and the
broadband, phone and water bills, the bank's SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``buyer_wires``: seven banks' inward remittance advices for export proceeds (browser, e-mail, printed).
  ``merchant_advices``: merchant exporters' JOB WORK PAYMENT ADVICE / PAYMENT ADVICE - CMT CHARGES and retail
  chains' PAYMENT ADVICE / Supplier payment advice (e-mail, printed, vendor portal). ``surplus_upi``: six UPI app
  screens (Google Pay, PhonePe, Amazon Pay, Paytm, BHIM, Navi) paying the counter or the company and two payment
  links (Cashfree, Instamojo). ``own_receipts``: the company's own MONEY RECEIPT / RECEIPT - WASTE / STOCK LOT SALE /
  ADVANCE RECEIPT - STOCK LOT (paper, rubber stamp) and its accounts desk's acknowledgement e-mails.
  ``supplier_invoices``: suppliers' TAX INVOICE / TAX INVOICE (ORIGINAL FOR RECIPIENT) / TAX INVOICE CUM PAYMENT
  RECEIPT with the payment block and a rubber stamp (paper) and Zoho Invoice's PAYMENT RECEIPT pages.
  ``job_work_transfers``: corporate net banking's transaction pages (IOB Corporate Internet Banking, KVB Corporate
  NetBanking, CUB Corporate Net Banking, Indian Bank Corporate Net Banking). ``worker_wages``: printed PIECE RATE
  WAGES - PAYMENT VOUCHER / WEEKLY WAGES VOUCHER - STITCHING / WEEKLY WAGES VOUCHER - FINISHING / SHIFT WAGES -
  PAYMENT VOUCHER, Cashfree Payouts' transfer pages, a PhonePe screen and KVB's bulk salary file record.
  ``govt_fees``: the Tamil Nadu Pollution Control Board's consent fee receipt, Tiruppur City Municipal Corporation's
  property tax and trade licence pages (TN Urban e-Pay), ESIC's e-challan, AEPC's membership receipt, the Tamil Nadu
  Labour Welfare Board's contribution receipt and the Directorate of Industrial Safety and Health's licence renewal
  receipt (browser). ``insurer_receipts``: insurers' premium receipts (browser, e-mail, printed). ``card_slips``:
  card terminal slips (monospace). ``utility_bills``: Bharat Connect in banking and UPI apps and TNPDCL's own
  e-receipt page. ``bank_alerts``: the bank's SMS alerts in each bank's own wording and two e-mail debit alerts. The
  families' docstrings list each layout's labels.

Truth conventions (heldout203's, heldout202's, heldout199's, heldout198's, heldout179's and heldout167's, kept where
they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout155, heldout167,
  heldout198, heldout203): a bank's inward remittance advice pays the company under its beneficiary label,
  *settled* (new here) Beneficiary customer / Credited to (exporter) / Account holder, never the bank on top, the
  Remitter (buyer) / Ordering customer or the Remitting bank / *settled* (new here) Sender's bank. *settled*
  (heldout167, heldout175, heldout179, heldout195, heldout198, heldout199, heldout202, heldout203): a payer's payment
  advice (here a merchant exporter's or a retail chain's) pays the company under its payee label, *settled* (new
  here) Pay to (fabricator) / Job worker / payee / Remit to / Vendor (payee), or Supplier (heldout179), never the
  payer on top, its desk line or the Vendor No. A UPI screen's payee under Paid to / To / Sent to / Paying to,
  *settled* (new here) or Payment to (here the counter, Amaravathi Export Surplus, the company's short name or its
  capitals, as printed), never the UPI ID or the app; a payment link's payee on top (here the counter or the
  company), never *settled* (new here) Customer name / Buyer or the gateway's footer (Cashfree Payments, Instamojo).
  *settled* (heldout175, heldout179, heldout195, heldout198, heldout199, heldout202, heldout203): the company's own
  receipt pays the company on top (its full, capital or short name as printed), never the party under Received with
  thanks from / *settled* (new here) Received from M/s / Party (buyer); its accounts e-mail likewise. A supplier's
  name on top of its own paper, *settled* (new here) and of its Zoho Invoice payment receipt (as heldout191's
  myBillBook page), never M/s the company under *settled* (new here) Details of receiver (billed to) / Billed to /
  Consignee / Bill To. *settled* (heldout179, heldout191, heldout195, heldout198, heldout199, heldout202,
  heldout203): a corporate banking page pays the payee under its payee label, *settled* (new here) Beneficiary
  account name / Pay to / Credit to (payee name), never the portal (IOB Corporate Internet Banking, KVB Corporate
  NetBanking, CUB Corporate Net Banking, Indian Bank Corporate Net Banking), the bank line or the Debit account.
  *settled* (heldout150, heldout161, heldout179, heldout198, heldout199, heldout202, heldout203): a wage voucher pays
  the worker, *settled* (new here) under Tailor name / Name of worker / Paid to (operator) / Paid to / Employee,
  never the company on top, the Emp. ID or the Section; *settled* (new here) Cashfree Payouts' transfer page the
  Beneficiary name (as RazorpayX's Contact / Beneficiary), never Cashfree Payments on top, the company under it
  (Payouts - ...), the Beneficiary ID or the Bank account / VPA; a bulk record the Beneficiary name (heldout198,
  heldout199, heldout202), never the portal or the File name; a PhonePe screen the payee under Paid to / Sent to.
  *settled* (heldout179, heldout191, heldout195, heldout198, heldout199, heldout202, heldout203, new here for Tamil
  Nadu): a fee page pays the authority on top (Tamil Nadu Pollution Control Board, capitals where so printed, never
  the OCMMS line or the Unit name; Tiruppur City Municipal Corporation / TIRUPPUR CITY MUNICIPAL CORPORATION /
  Tiruppur Corporation, never the TN Urban e-Pay line, the Owner name or the Name of trader; the Employees' State
  Insurance Corporation or ESIC as printed (heldout153, heldout167), never the Ministry line or the Employer name;
  *settled* (new here) the Apparel Export Promotion Council or AEPC as printed, never the Ministry of Textiles line
  or the Member name; the Tamil Nadu Labour Welfare Board, never the Establishment; the Directorate of Industrial
  Safety and Health (", Tamil Nadu" where so printed), never the Government of Tamil Nadu line, the Factory name or
  the Name of occupier). *settled* (heldout199, heldout202, heldout203): an insurer's premium receipt pays the
  insurer on top (its full name, capitals where so printed), *settled* (new here) ECGC Ltd's for its export credit
  policy alike, never the Insured name / Proposer / Policy holder (the company) or the product line. A slip's
  counter name line in capitals (here the surplus counter and the sample room on three, fuel stations, a sewing
  machine spares shop, a hotel and a sample courier on the rest), never the terminal's bank or brand (KARUR VYSYA
  BANK, BPCL, PINE LABS, EZETAP, INDIANOIL ...) or the place line. A Bharat Connect page's biller under Biller /
  Operator / Service provider, *settled* (new here) or Biller name (short or long as printed), never the app, Bharat
  Connect or the Consumer name / Customer name; *settled* (new here) TNPDCL's own e-receipt page the corporation on
  top (TNPDCL, short, long or capital as printed), never the Region, the Section or the Consumer name. An SMS
  alert's payee as the bank sends it ("to KAVERI SCREEN PRINTE": *settled*, the truncated name as printed; *settled*
  (new here) "and credited to <payee>" alike), never the bank or the sender id; the e-mail alert's *settled* (new
  here) Paid to / Beneficiary, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout155, heldout167, heldout198, heldout203): an
  inward wire's foreign sum, *settled* (new here) Amount of remittance / Instructed amount / Remitted amount (FCY),
  in US dollars, euros, pounds or *settled* (new here) Swedish kronor as SEK ("SEK 510,000.00" or "510,000.00
  SEK"), never the Rupee value, the Less: Bank charges & GST or the Amount credited (INR); the Exchange rate applied
  ("1 SEK = INR 8.27") is no sum. *settled* (heldout152, heldout195, heldout198, heldout199, heldout202, heldout203):
  a payer's advice counts its net sum, *settled* (new here) Net paid / Net amount transferred / Amount paid to
  vendor, or Net amount due on the hold (the Gross job work charges less TDS u/s 194C @ 1% and a Rejection debit
  (n pcs) or a Late delivery penalty @ 2%, or the Invoice total less TDS u/s 194Q @ 0.1% and a Debit note - short
  shipped), never a style's pieces x rate line, an invoice listed, the Gross job work charges or the Invoice total. A
  UPI screen's and a link's sum large. *settled* (heldout175, heldout179, heldout195, heldout198, heldout199,
  heldout202, heldout203): a receipt counts the sum received even where it is part of the invoice, *settled* (new
  here) Cash received / Amount received in cash / Received by UPI / Received via RTGS / Received via NEFT / Received
  by card / Amount received, or Cheque amount / Cheque for (heldout179, heldout199), never the Invoice value or the
  Balance due. *settled* (heldout187, heldout191, heldout195, heldout199, heldout202, heldout203): a supplier's
  invoice counts the sum paid, where an advance is taken off (here Less: Advance paid against PO) the Balance
  received by RTGS / NEFT, else *settled* (new here) Received by NEFT / Amount credited by RTGS / Payment received /
  Payment received by UPI (the rounded Invoice total with GST), or the Cheque received / Cheque amount, never the
  Taxable value or an item's line; *settled* (new here) Zoho Invoice's payment receipt its Amount Received (the
  Payment Amount in its Payment for table is the same sum), never the Invoice Amount of an invoice paid in part. A
  banking page's *settled* (new here) Transfer amount / Debit amount / Amount (Rs.). A wage voucher's Net wages paid
  (heldout202) / *settled* (new here) Net pay / Amount paid (the operations' pieces x rate or the Shifts: n x rate,
  plus Add: OT n hrs, less Less: Advance recovery and Less: ESI @ 0.75%), never a line, the Gross wages or a
  deduction; Cashfree Payouts' and PhonePe's sum large; a bulk record's Amount. *settled* (new here): the Pollution
  Control Board's Total fee remitted / Amount remitted (the Water Act and Air Act consent fees), never a head; the
  corporation's Total amount / Amount paid / Net amount remitted (Property tax and Library cess @ 10%, or the Trade
  licence fee and a Name board fee), never a head; ESIC's Total contribution paid / Challan amount (the two shares,
  rounded), never the Total wages or a share; AEPC's Total paid / Amount received (the Annual subscription and GST @
  18%), never the subscription or the GST; the Welfare Board's Total contribution / Amount paid (employees' x 20
  and employer's x 40), never a share; the Directorate's Total fee paid / Amount paid (the Licence renewal fee and a
  Late fee), never the fee line. *settled* (heldout199, heldout202, heldout203, new here): an insurer's Premium
  received (incl. GST) / Total amount collected / Premium amount paid, Premium payable (incl. GST) / Total premium
  due on the declined one, never the Basic premium, an add-on or the GST, nor *settled* (new here) ECGC's Value of
  shipments declared, the marine Turnover declared, the Sum insured, the IDV, the Estimated cash carried (year) or
  the Estimated annual wages. A slip's *settled* (new here) AMOUNT: / SALE TOTAL: / TXN AMOUNT:, never the
  RATE(RS/L): or the VOL(L):. A Bharat Connect page's sum large; TNPDCL's Amount paid. An alert's sum debited
  (*settled* (new here) the e-mail's Amount debited / Debit amount (INR)), never the Avl Bal. Currency INR but on the
  wires.
* status: as printed. *settled* (new here): an inward advice's Funds credited to exporter's account / Status:
  Realised - credited successes, Held - purpose code and invoice details awaited pending, Refunded to remitting
  bank - account title mismatch failed; a payer's Payment processed / Status: Remitted to vendor successes, Held -
  final inspection report awaited and Held - GRN quantity under review pending (a payer's hold, as heldout198's,
  heldout199's, heldout202's and heldout203's), Bounced back - beneficiary name as per bank differs failed; a UPI
  screen's Payment successful / Paid successfully / Money sent successes, Payment failed - bank server not
  responding failed, Payment pending - waiting for bank confirmation pending; a link's Payment received /
  Transaction success successes. *settled* (heldout167, heldout179, heldout191, heldout195, heldout198, heldout199,
  heldout202, heldout203): a cheque received and not yet cleared pending, a cheque returned failed, so *settled*
  (new here) CHEQUE RECEIVED - CREDIT AFTER CLEARANCE and CHEQUE RECEIVED - CLEARANCE AWAITED pending, CHEQUE
  DISHONOURED - FUNDS INSUFFICIENT and CHEQUE RETURNED - EXCEEDS ARRANGEMENT failed; RECEIVED WITH THANKS, PAID, PAID
  BY NEFT / RTGS / UPI successes, *settled* (new here) as are RECEIVED - LOT CLEARED, PAYMENT RECEIVED IN FULL,
  RECEIVED - INVOICE SETTLED, PAID - WAGES RECEIVED and Zoho Invoice's Paid. *settled* (new here): a banking page's
  Funds transferred successfully / Status: Executed successes, Pending with authoriser - level 2 approval awaited
  pending (keyed, not yet authorised, as heldout191's to heldout203's), Returned - beneficiary account frozen failed;
  Cashfree Payouts' SUCCESS / Transfer successful successes, REVERSED - credit to beneficiary failed failed (the
  transfer came back, as heldout199's Cashfree REVERSED); a bulk record's Record status: In process - bank response
  awaited pending; a fee page's Payment successful / Paid - receipt generated / Fee remitted successfully successes,
  ESIC's Challan generated - payment confirmation awaited from bank pending (as heldout198's challan generated and
  heldout203's GRN generated), Payment failed - amount not credited to corporation failed; an insurer's Premium
  received - receipt issued / Payment confirmed successes, CHEQUE ACCEPTED - COVER SUBJECT TO CLEARANCE pending,
  Payment unsuccessful - premium not received failed; a slip's APPROVED / TRANSACTION SUCCESSFUL successes,
  DECLINED - 55 INCORRECT PIN failed, HOST TIMEOUT - VERIFY BEFORE REPEATING SALE pending; Bill payment successful /
  Payment done and TNPDCL's Payment successful / Receipt generated successes, Payment under process - biller
  confirmation pending pending, Bill payment failed - refund initiated failed (the payment failed, whatever the
  refund); an SMS that says the transfer "could not be completed and has been REVERSED to your A/c" failed (whatever
  the credit back), one that "is under process. Credit status will be updated shortly" pending, a debit alert a
  success, whatever its bank's wording ("Your A/c *1234 is debited with Rs.x ... for <way> to <payee>", "Rs.x
  debited from a/c no. XXXXX1234 ... and credited to <payee> via <way>", "INR x has been debited from your KVB A/c
  ... for <way> transfer to <payee>", "Dear Customer, your A/c XXX1234 is debited for Rs x ... - <way> to <payee>");
  the e-mail's Status: Success / Transaction status: Completed successes.
* date: the day paid (Value date, *settled* (new here) Date of credit / Realised on, Received on / Date of receipt
  on the held inward and Refunded on / Returned on on the refunded one; Payment date / Transfer date / Credited on,
  a payer's pending Advice date (heldout198) or *settled* (new here) Prepared on, Returned on / Bounced on; Date &
  time, Paid on, Completed on, Initiated on on a UPI screen not yet paid, *settled* (new here) a link's Transaction
  time; a receipt's, invoice's or voucher's Date / Dated / Receipt date / Invoice date / Paid on / Voucher date;
  *settled* (new here) Zoho Invoice's Payment Date; a banking page's Transfer date / Executed on / Value date,
  *settled* (new here) Entered on / Initiated on on the one awaiting its authoriser, Returned on / Failed on;
  Cashfree Payouts' Processed on / Transfer date / Reversed on; a bulk record's Uploaded on (heldout199); a fee
  page's Payment date / Transaction date / Date of payment / Receipt date, *settled* (new here) ESIC's Challan paid
  date and Challan created on on the pending challan (as heldout168's and heldout203's Generated on); an insurer's
  Receipt date / *settled* (new here) Premium received on / Payment date, Cheque received on on the cheque in
  clearing and Transaction date / Attempted on on the declined one; a slip's DATE: / *settled* (new here) TXN DT: /
  DATE/TIME:; Paid on / Transaction date & time, TNPDCL's Payment date / Paid on; the e-mail alert's *settled* (new
  here) Date of transaction / Value date; the SMS's day). *settled*: never a Bill month, a Due date, a Cheque date
  (heldout198), a Period of insurance (heldout199), a Contribution period (heldout167) or an e-mail's hour;
  *settled* (new here) never a Wage week ("Week 24 / 2026"), ECGC's and the marine Declaration for, TNPDCL's Bill
  cycle, a Bharat Connect page's Bill date, the Invoice Date of the invoice in Zoho's Payment for table, the
  corporation's Half year, the Welfare Board's Contribution for year or a licence's year.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a payer's NEFT / RTGS /
  IMPS, *settled* (new here) Zoho Invoice's Bank Transfer / NEFT, Cashfree Payouts' IMPS / NEFT, a bulk record's
  IMPS / NEFT, ESIC's Net banking, a Bharat Connect bill from a Current A/c, a fee, a premium or TNPDCL paid by Net
  banking; UPI for UPI apps, a link's, a receipt's, an invoice's, a voucher's, Cashfree Payouts', a fee's, a
  premium's or a bill's UPI; card on slips, a link's card, a receipt's card, a fee, a premium or TNPDCL paid by Debit
  card; cheque for a cheque received, in clearing, dishonoured or returned and a premium paid by Cheque; cash for a
  cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout203): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UTR, UTR No., IMPS Ref No., *settled* (new here) UPI
  Ref. ID, NEFT ref No. / RTGS UTR No. / IMPS ref No. on a payer's advice, Cashfree's Bank reference and Instamojo's
  Bank RRN on a UPI payment, *settled* (new here) Zoho Invoice's Reference Number (the payer's UTR or UPI
  reference), a slip's RRN: / *settled* (new here) REF NO:, an SMS's UTR / UPI Ref no / IMPS Ref), then a bank
  reference (*settled* (new here) an inward advice's Inward ref. No. / IRM reference No., or Our reference
  (heldout155), a banking page's and a bulk record's Bank ref. No., a fee page's Bank ref. No., an insurer's Bank
  Ref. No., *settled* (new here) Bharat Connect Txn ID / B-Connect Ref No.), then a transaction / payment id
  (*settled* (new here) Cashfree's CF Payment ID, Instamojo's Payment ID MOJO..., PhonePe's Transaction ID, Google
  Pay's Google transaction ID, *settled* (new here) Cashfree Payouts' Reference ID (as RazorpayX's Payout ID), the
  Pollution Control Board's Transaction ref. No., the corporation's, the Welfare Board's, the Directorate's and
  TNPDCL's Transaction ID, ESIC's Transaction No., AEPC's Payment ID, an insurer's Payment ref. No. / Transaction
  No., a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval code, APPR CODE: /
  *settled* (new here) a slip's AUTH CODE:), then an order's number (Cashfree's Order ID, *settled* (new here)
  Cashfree Payouts' Transfer ID, the payer's own id for the transfer), then a document's own number (*settled* (new
  here) Advice No. / Payment doc. No. on a payer's advice, M.R. No. / Receipt No. / Rcpt No. on a receipt, Invoice
  No. / Inv. No., Zoho Invoice's Payment #, Voucher No. / Vr. No. / Wage slip No., a fee page's Receipt No., ESIC's
  Challan No. (heldout161), Premium receipt No. / Receipt No., TNPDCL's Receipt No., a slip's BILL NO: / INVOICE
  NO:). *settled*: never a UETR, MID, TID, BATCH, STAN, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC,
  a cheque number, a consumer number (here Service No., Account No., Water connection No.), an Application No. /
  Licence No., Maker / Checker (so never Entered by / Authorised by), a bulk upload's Record No. (heldout202), a
  Policy No. / Quote ref., a PO No., an Export invoice No., a Shipping bill No., a Purpose code, an E-way bill No.,
  an Against invoice No. on a receipt (heldout203) or the invoices listed on an advice. *settled* (new here): never a
  Vendor No., a Job order No., Zoho's Invoice Number, an Emp. ID, Cashfree Payouts' Beneficiary ID or Bank account /
  VPA, a bulk File name, an Assessment No., an Employer code, a Membership No., a Registration No., a Vehicle, a
  slip's PUMP:, FOLIO NO: or AWB NO:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout204_families import (
    bank_alerts,
    buyer_wires,
    card_slips,
    compose,
    govt_fees,
    insurer_receipts,
    job_work_transfers,
    merchant_advices,
    own_receipts,
    supplier_invoices,
    surplus_upi,
    utility_bills,
    worker_wages,
)

SPLIT = "heldout204"

FAMILIES: list[Family] = [
    ("buyer_wires", buyer_wires, PAGE_FACES),
    ("merchant_advices", merchant_advices, PAGE_FACES),
    ("surplus_upi", surplus_upi, SCREEN_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("job_work_transfers", job_work_transfers, PAGE_FACES),
    ("worker_wages", worker_wages, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout204_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout204 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

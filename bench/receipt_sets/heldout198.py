"""heldout198: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a tea estate's day in 2026 (Rangkhula Tea Estates Pvt Ltd, its garden and CTC / orthodox
factory at Lahoal and its town office on Mancotta Road, Dibrugarh, Assam), told by the proofs of payment it receives
(the Guwahati Tea Auction Centre's brokers' account sales and sale proceeds remittances, private buyers' and
exporters' payment advices for ex-garden sales, overseas buyers' inward wires in euros, pounds and US dollars, the
estate shop's customers' UPI screens and payment pages, its own money receipts) and those it makes (fertiliser,
paper-sack and tea machinery dealers' invoices, corporate net-banking transfers to dealers and contractors, garden
and factory workers' wage vouchers and bulk payouts, the Tea Board's (State Bank Collect), GRAS Assam's, Dibrugarh
Municipal Corporation's and the Pollution Control Board's fee pages, factory fuel and town card slips, APDCL's power
and the phone and broadband bills, the bank's SMS and e-mail alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``account_sales``: brokers' printed ACCOUNT SALE / ACCOUNT SALES - GUWAHATI TEA AUCTION CENTRE, sale proceeds
  remittance e-mails and seller portal pages. ``buyer_advices``: packers', blenders' and exporters' PAYMENT ADVICE
  e-mails, printed REMITTANCE ADVICE - TEA PURCHASE (PRIVATE SALE) and vendor portal pages. ``export_wires``: six
  banks' FOREIGN INWARD REMITTANCE ADVICE pages, e-mails and printed advices. ``shop_upi``: six UPI app screens
  (Google Pay, PhonePe, BHIM, Paytm, Amazon Pay, Navi) paying the estate's shop and two payment pages (Razorpay, a
  UK buyer's card in pounds; Instamojo). ``estate_receipts``: the estate's own MONEY RECEIPT / CASH RECEIPT /
  RECEIPT (paper, rubber stamp) and the town office's payment acknowledgement e-mails. ``input_invoices``: dealers'
  TAX INVOICE / TAX INVOICE CUM RECEIPT / INVOICE (ORIGINAL FOR RECIPIENT) with the payment block and a rubber stamp
  (paper). ``dealer_transfers``: corporate internet banking's transaction views (PNB Corporate Internet Banking, UCO
  Corporate eBanking, Indus Direct). ``garden_wages``: printed WEEKLY WAGE PAYMENT VOUCHER / WAGE PAYMENT VOUCHER -
  DAILY RATED / PAYMENT VOUCHER, a Cashfree Payouts transfer page, the bank's bulk payment records and a BHIM
  screen. ``fee_pages``: State Bank Collect's e-Receipt for the Tea Board, GRAS Assam's e-challans, Dibrugarh
  Municipal Corporation's trade licence page and the Pollution Control Board, Assam's consent fee page (browser).
  ``fuel_slips``: card terminal slips (monospace). ``power_bills``: Bharat Connect in YONO SBI, UCO mBanking Plus
  and UPI apps and APDCL's own online payment receipt. ``bank_alerts``: the bank's SMS alerts and two e-mail debit
  alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout195's, heldout191's, heldout179's, heldout168's and heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout168): an auction broker's
  account sale pays the seller under Seller / Account of / Remitted to (the company, or its garden as the broker
  prints it: Rangkhula Tea Estate, RANGKHULA T.E.), never the broker on top, the Garden mark, the Sale No. or the
  bank credited. *settled* (heldout167, heldout175, heldout179, heldout195): a payer's payment advice (here a
  packer's, blender's or exporter's) pays the company under its payee label, *settled* (new here) Supplier / Payee
  (seller) / Vendor name, never the buyer on top. *settled* (heldout155, heldout167, heldout195): a bank's inward
  remittance advice pays the company under Beneficiary name, *settled* (new here) or Beneficiary customer (SWIFT's
  field 59) / Credited to, never the bank on top, the Ordering customer or the Ordering institution. A UPI screen's
  payee under Paid to / To / Sent to / Paying to (here the estate's shop: Rangkhula Tea Estate, Rangkhula Estate Tea
  Shop, as printed), never the UPI ID or the app; a payment page's payee on top (here the company), never Buyer /
  Paid by or the gateway's footer (Razorpay, Instamojo). *settled* (heldout175, heldout179, heldout195): the
  company's own receipt pays the company on top (its full, capital or short name as printed), never the party under
  *settled* (new here) Received with thanks from, nor the Towards line; its accounts e-mail likewise. A dealer's
  name on top of its own paper, never M/s the company under *settled* (new here) Buyer (bill to) / Consignee (ship
  to). *settled* (heldout179, heldout191, heldout195): a corporate banking page pays the payee under Beneficiary
  name / Payee name, *settled* (new here) or Beneficiary (payee), never the portal (PNB Corporate Internet Banking,
  UCO Corporate eBanking, Indus Direct) or the bank on top or *settled* (new here) Debit from. *settled* (heldout150,
  heldout161, heldout179, heldout195): a wage voucher pays the worker under Name of worker / Paid to, *settled* (new
  here) or Payee (worker), never the company on top or the Worker No. / PF No.; a bulk record the Beneficiary name,
  never the Debit account; *settled* (new here) Cashfree Payouts' transfer page the Beneficiary name, never Cashfree
  Payouts on top or the Beneficiary ID; a BHIM screen the payee under Paid to / To. *settled* (heldout159): State
  Bank Collect's e-Receipt pays the institution under Institution (here the Tea Board: TEA BOARD INDIA, Tea Board
  India, TEA BOARD, KOLKATA as printed), never State Bank Collect on top nor the estate under Name. *settled*
  (heldout168): a GRAS e-challan pays the Department name as printed (Labour Welfare Department, Transport
  Department), never Government of Assam on top, the GRAS line, the Office name, the Purpose or the Name of
  depositor. *settled* (heldout179, heldout195, new here for Assam): a municipal or board fee page pays the
  authority on top (Dibrugarh Municipal Corporation, Pollution Control Board, Assam; capitals where so printed),
  never the Name of licensee / Industry name. A slip's counter name line in capitals, never the terminal's bank or
  brand or the place line. A Bharat Connect page's biller under Biller / Operator, *settled* (new here) or Biller
  name (short or long as printed), never the app, Bharat Connect or the Customer name; APDCL's own page the board
  on top (APDCL or Assam Power Distribution Company Ltd, capital where so printed), never the Sub-division or the
  Consumer name. An SMS alert's payee as the bank sends it ("to HOOGHLY TEA MACHINER": *settled*, the truncated
  name as printed), never the bank or the sender id; *settled* (new here) the e-mail alert's Credited to, never the
  bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout168): an account sale counts the Net proceeds
  remitted / Amount remitted, *settled* (new here) or Net sale proceeds paid (Net proceeds payable on the wait: the
  Gross sale value plus GST @ 5% less Brokerage @ 1%, GST on brokerage and Warehouse rent & handling), never a lot's
  value, the Gross sale value or a deduction. *settled* (heldout152, heldout195): a payer's advice counts its net
  sum, *settled* (new here) Net amount paid / Net payment released / Amount transferred (the Invoice value less TDS
  u/s 194Q @ 0.1% and a Quality claim - moisture), never an invoice's sum or the Invoice value. *settled*
  (heldout167, heldout195): an inward wire's foreign sum, *settled* (new here) Currency / amount / Instructed amount
  / Amount received in EUR, GBP or USD, never the INR value, the Commission & GST or the Net INR credited. A UPI
  screen's and a payment page's sum large, *settled* (new here) in pounds on the Razorpay page a UK buyer paid by
  card. *settled* (heldout175, heldout179, heldout195): a money receipt counts the sum received, *settled* (new
  here) By cash / By UPI / By NEFT / By RTGS / By cheque / Amount / Rs. (the sum in words above it agrees). A
  dealer's Amount received / Payment received / Balance received (the rounded Invoice total with GST, less an
  Advance against PO) or Cheque received, never the Taxable value or a line. A banking page's Amount / Transaction
  amount. *settled* (new here): a wage voucher's Net wages paid / Amount paid (Hazira days x rate plus Ticca less PF
  @ 12% and Ration recovery), never the Gross wages, the Hazira, the Ticca or a deduction; Cashfree's and BHIM's sum
  large; a bulk record's Amount. *settled* (heldout159): State Bank Collect's Total amount (the Amount with its
  Transaction charge), never the Amount line. A challan's Amount / Total amount; a fee page's Total / Total fee /
  Amount paid (the heads), never a head. *settled* (new here): a slip's SALE AMOUNT: / TOTAL AMOUNT: / AMT:, never
  the RATE:, VOLUME(L): or NOZZLE NO:. A Bharat Connect page's sum large; APDCL's Amount paid. An alert's sum
  debited (*settled* (new here) the e-mail's Amount debited), never the Avl Bal. Currency INR but on the wires and
  the Razorpay page.
* status: as printed. *settled* (heldout168): an account sale's Proceeds remitted / PAID TO SELLER successes,
  Buyer's prompt awaited - remittance on prompt date pending, Remittance returned by bank - account closed failed.
  *settled* (new here): a payer's Payment status: Released / Status: Paid successes, Under approval - quality report
  awaited pending (a payer's hold), Payment rejected by bank - beneficiary name mismatch failed; an inward advice's
  Funds realised and credited / Credited to your account successes, Held - purpose code and export invoice awaited
  pending, Rejected - returned to ordering bank failed; a UPI screen's Payment declined by bank - daily limit
  exceeded failed, Payment pending - do not pay again pending; Thank you! Payment received a success. *settled*
  (heldout167, heldout179, heldout191, heldout195): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE SUBJECT TO REALISATION and CHEQUE DEPOSITED - AWAITING CLEARANCE pending,
  CHEQUE RETURNED UNPAID - FUNDS INSUFFICIENT and CHEQUE RETURNED - PAYMENT STOPPED BY DRAWER failed; RECEIVED WITH
  THANKS, RECEIVED, PAID, *settled* (new here) FULL PAYMENT RECEIVED, PAID - NO DUES and PAID - THUMB IMPRESSION
  TAKEN successes. *settled* (new here): a banking page's Transaction successful / Status: Executed successes,
  Pending for authorisation (level 2) pending (keyed, not yet authorised, as heldout191's checker and heldout195's
  authoriser), Returned - credit account does not exist failed; Cashfree's SUCCESS a success and PENDING pending;
  a bulk record's Credited / Record status: Credited successes, Rejected by beneficiary bank - account inoperative
  failed; Money sent a success; a challan's Challan paid a success, Challan generated - payment status awaited from
  bank pending; Transaction failed - declined by bank failed; a slip's APPROVED / TXN SUCCESSFUL successes, DECLINED -
  55 INCORRECT PIN failed, RESPONSE NOT RECEIVED - CHECK WITH BANK pending; Bill paid successfully a success, Payment
  pending - confirmation from biller awaited pending, Bill payment failed - money will be refunded failed (the
  payment failed, whatever the refund); an SMS that says the payment "has been REJECTED by the beneficiary bank"
  failed, "is PENDING at the beneficiary bank" pending, a debit alert a success; Transaction status: Successful a
  success.
* date: the day paid (Remitted on / Date of remittance, *settled* (heldout168; new here for a payer's) an account
  sale's or a payer's pending Advice date, Returned on, Payment date, Value date, Date of credit, Received on on an
  inward advice, Date & time, Paid on, a receipt's, invoice's or voucher's Date / Dated / Invoice date / Voucher
  date, Transaction date, Initiated on on a pending banking page, Processed on / Added on / Rejected on, *settled*
  (heldout168) a pending challan's Generated on, Date of payment, a slip's DATE: / DT/TM:, the SMS's day).
  *settled*: never a Sale date or a Prompt date (heldout168), a Bill month, a Due date or an e-mail's hour;
  *settled* (new here) never a Cheque date on a money receipt (the day the cheque was written, not the day it was
  received).
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155), a bulk record's or Cashfree's
  IMPS, a Bharat Connect bill from a Current A/c, a fee, a challan or APDCL paid by Net banking; UPI for UPI apps, a
  payment page's, a receipt's, an invoice's, a voucher's, a fee's or a bill's UPI; card on slips, a payment page's
  card, a fee or APDCL paid by Debit card; cheque for a cheque received, deposited or returned; cash for a cash
  receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout195): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI RRN, UTR, UTR No., IMPS Ref No., an SMS's UTR /
  UPI Ref No / IMPS Ref No, *settled* (new here) a slip's RRN NO: / RRN:), then a bank reference (*settled* (new
  here) an inward advice's Inward ref. No. / FIRA No. / Transaction reference, a banking page's Transaction
  reference No., State Bank Collect's and a challan's Bank Reference No. / Bank Ref No., Bharat Connect Ref. No.),
  then a transaction / payment id (Razorpay's Payment ID pay_..., *settled* (new here) Instamojo's Payment ID
  MOJO..., PhonePe's and Paytm's own Transaction ID, State Bank Collect's SBCollect Reference Number (heldout159),
  *settled* (new here) Cashfree's Reference ID, the municipal page's and APDCL's Transaction ID, the PCB page's
  Transaction ref. No., a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, *settled*
  (new here) a slip's APPR:), then a document's own number (A/S No. / Account sale No., *settled* (new here)
  Remittance advice No. on an account sale, Payment document No. / Payment advice No. on a payer's advice, M.R. No. /
  Receipt Sl. No. on a receipt, Invoice No. / Tax Invoice No. / Bill No., Voucher No. / V. No., a challan's GRN
  (below the bank's reference, heldout168), Receipt No., Challan No., *settled* (new here) a slip's BILL NO:).
  *settled*: never a UETR, the invoices or lots listed on an advice, Vendor code, MID, TID, BATCH NO, a card,
  account or mobile number, a UPI ID, BIC, GSTIN, IFSC, a cheque number, Maker / Checker, a consumer number (here
  Consumer No., Account No., Service ID), an Application No. / Licence No., Head of account, a bulk Batch. *settled*
  (new here): never a Sale No., a Garden mark, a Purchase contract No., an Export invoice, a Purpose code, a Worker
  No., a PF No., Cashfree's Beneficiary ID, a bulk Batch ID, a Registration No. on State Bank Collect, a Trade
  licence No., a Vehicle No. / VEH NO:, a slip's STAN: or NOZZLE NO:, or a banking page's Maker / Authoriser.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout198_families import (
    account_sales,
    bank_alerts,
    buyer_advices,
    compose,
    dealer_transfers,
    estate_receipts,
    export_wires,
    fee_pages,
    fuel_slips,
    garden_wages,
    input_invoices,
    power_bills,
    shop_upi,
)

SPLIT = "heldout198"

FAMILIES: list[Family] = [
    ("account_sales", account_sales, PAGE_FACES),
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("shop_upi", shop_upi, SCREEN_FACES),
    ("estate_receipts", estate_receipts, PAPER_FACES),
    ("input_invoices", input_invoices, BILL_FACES),
    ("dealer_transfers", dealer_transfers, PAGE_FACES),
    ("garden_wages", garden_wages, PAPER_FACES),
    ("fee_pages", fee_pages, PAGE_FACES),
    ("fuel_slips", fuel_slips, SLIP_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout198_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout198 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout202: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a hosiery and knitwear maker's day in 2026 (Sidhwan Knitwears Pvt Ltd, winter wear for
wholesalers, its factory at Phase V, Focal Point and its retail outlet, Sidhwan Woollens, in Chaura Bazar, Ludhiana,
Punjab), told by the proofs of payment it receives (wholesalers' and a retail chain's payment advices for winter
orders, the outlet's customers' and small traders' UPI screens and payment pages, its own money and advance
receipts, customers' cards on the outlet's and a trade fair stall's terminals) and those it makes (outward wires
for merino tops, fancy yarn, knitting machine spares, needles and trims in Australian dollars, yen, euros and US
dollars, spinners' tax invoices paid by RTGS, NEFT, UPI or cheque, corporate net-banking transfers to dyeing,
linking, embroidery, pressing and knitting job workers, the carton maker and the transporter, karigars' piece wage
vouchers, RazorpayX payouts, a bulk upload's record and a Paytm screen, the Pollution Control Board's, the
municipal corporation's, the labour department's and EPFO's fee and challan pages, insurers' premium receipts, a
fuel point and a sewing machine spares shop on its card, PSPCL's power and the water, phone and broadband bills,
the bank's SMS and e-mail alerts). One payment per page. Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields).

* ``wholesaler_advices``: wholesalers' PAYMENT ADVICE / REMITTANCE ADVICE / Supplier payment intimation e-mails,
  printed advices and a retail chain's vendor portal pages. ``retail_upi``: six UPI app screens (Google Pay,
  PhonePe, Paytm, BHIM, MobiKwik, Amazon Pay) paying the outlet or the company and two payment pages (Razorpay,
  Easebuzz). ``money_receipts``: the company's own MONEY RECEIPT / RECEIPT VOUCHER / ADVANCE RECEIPT - WINTER ORDER
  (paper, rubber stamp) and its accounts desk's receipt e-mails. ``import_wires``: the bank's outward remittance
  advices (browser, e-mail, printed). ``yarn_invoices``: spinners' TAX INVOICE / TAX INVOICE (ORIGINAL FOR
  RECIPIENT) with the payment block and a rubber stamp (paper). ``job_work_transfers``: corporate net banking's
  transaction pages (PSB Corporate e-Banking, Canara Corporate Net Banking, YES CONNECT). ``worker_wages``: printed
  KARIGAR PAYMENT VOUCHER / WEEKLY PIECE WAGES - PAYMENT VOUCHER / CONTRACT LABOUR PAYMENT VOUCHER, RazorpayX's
  payout pages, a bulk upload's record and a Paytm screen. ``govt_fees``: the Punjab Pollution Control Board's
  consent fee page, Municipal Corporation Ludhiana's property tax page (mSeva Punjab), IFMS Punjab's e-Receipt for
  the Department of Labour and EPFO's ECR payment confirmation (browser). ``insurer_receipts``: insurers' premium
  receipts (browser, e-mail). ``counter_slips``: card terminal slips (monospace). ``utility_bills``: Bharat
  Connect in banking and UPI apps and PSPCL's own payment receipt page. ``bank_alerts``: the bank's SMS alerts in
  each bank's own wording and two e-mail transaction alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout199's, heldout198's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout195, heldout198, heldout199): a payer's payment advice (here a wholesaler's or a retail chain's)
  pays the company under its payee label, *settled* (new here) In favour of / Pay to (supplier) / Supplier name,
  never the payer on top, its desk line or the Vendor code. A UPI screen's payee under Paid to / To / Sent to /
  Paying to, *settled* (new here) or Transferred to (here the outlet, Sidhwan Woollens, or the company, as
  printed), never the UPI ID or the app; a payment page's payee on top (here the outlet or the company), never Paid
  by / Customer or the gateway's footer (Razorpay, Easebuzz). *settled* (heldout175, heldout179, heldout195,
  heldout198, heldout199): the company's own receipt pays the company on top (its full, capital or short name as
  printed), never the party under Received with thanks from / Received from / *settled* (new here) Party; its
  accounts desk's receipt e-mail likewise. *settled* (heldout175, heldout187, heldout191, heldout199): a bank's
  outward remittance advice pays the seller abroad under Beneficiary name, *settled* (new here) or Beneficiary
  (overseas seller) / Payee name, never the bank on top, the Remitter / *settled* (new here) Applicant / remitter or
  the Beneficiary bank. A spinner's name on top of its own paper, never M/s the company under Buyer (billed to) /
  *settled* (new here) Billed to / Consignee (ship to). *settled* (heldout191, heldout195, heldout198, heldout199):
  a corporate banking page pays the payee under Beneficiary name, *settled* (new here) or Payee (job worker) /
  Credit party name, never the portal (PSB Corporate e-Banking, Canara Corporate Net Banking, YES CONNECT) or the
  bank on top or the Debit account. *settled* (heldout150, heldout161, heldout179, heldout198, heldout199): a wage
  voucher pays the worker, *settled* (new here) under Karigar name / Paid to (worker) / Worker, never the company
  on top, the Token No. or the Section; *settled* (heldout173's creator payouts) RazorpayX's payout page the
  Contact / Beneficiary name, never RazorpayX on top or the Fund account; a bulk record the Beneficiary name, never
  the Debit account; a Paytm screen the payee under Paid to / To. *settled* (heldout179, heldout195, heldout198,
  heldout199, new here for Punjab): a board's or municipal fee page pays the authority on top (Punjab Pollution
  Control Board; Municipal Corporation Ludhiana / Nagar Nigam Ludhiana; capitals where so printed), never the
  OCMMS or mSeva Punjab line or the Industry name / Owner name. *settled* (heldout168, heldout198, new here for
  Punjab): a treasury e-challan (IFMS Punjab's e-Receipt) pays the Department as printed (Department of Labour,
  Punjab), never Government of Punjab on top, the IFMS line, the Office, the Purpose or the Name of depositor.
  *settled* (heldout153, heldout167): EPFO's payment pays the Employees' Provident Fund Organisation (or EPFO as
  printed) on top, never the Ministry line or the Establishment name. *settled* (heldout199): an insurer's premium
  receipt pays the insurer on top (its full name, capitals where so printed), never the Insured / *settled* (new
  here) Name of insured (here the company, which pays) or the Agent / broker. A slip's counter name line in
  capitals (here the outlet's own counters and its trade fair stall on most, a fuel point and a sewing machine
  spares shop on two), never the terminal's bank or brand or the place line. A Bharat Connect page's biller under
  Biller / Biller name / Operator (short or long as printed), never the app, Bharat Connect or the Customer name; a
  board's own page the board on top (PSPCL, short, long or capital as printed), never the Sub division or the
  Consumer name. An SMS alert's payee as the bank sends it ("to NEELKANTH SPINNING M": *settled*, the truncated
  name as printed), never the bank or the sender id; *settled* (heldout198, heldout199) the e-mail alert's
  Beneficiary name / Credited to, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout195, heldout198, heldout199): a
  payer's advice counts its net sum, *settled* (new here) Net amount released / Net payment / Amount credited, and
  Net amount payable on the wait and the return (the Gross invoice value less TDS u/s 194Q @ 0.1%, a Cash discount
  (prompt payment) and a Debit note (short receipt)), never an invoice's sum listed or the Gross invoice value. A
  UPI screen's and a payment page's sum large. *settled* (heldout175, heldout179, heldout195, heldout198,
  heldout199): a receipt counts the sum received even where it is part of the order, *settled* (new here) Advance
  received / Received by NEFT / Received by RTGS / Amount received / Amount received in cash / Received through UPI
  / By cheque (and Cash received / By UPI / Cheque for), never the Order value or the Balance payable before
  dispatch. *settled* (heldout167, heldout175, heldout179, heldout191, heldout199): an outward remittance counts the
  remittance in its currency, *settled* (new here) Australian dollars (AUD, A$) as AUD and yen (JPY, yen sign,
  whole yen on most pages) as JPY beside euros and US dollars, under *settled* (new here) Remittance currency /
  amount / Amount remitted (FCY) / FCY amount, never the INR equivalent / Rupee equivalent, the Bank charges (incl.
  SWIFT), the GST on currency conversion or the Total debit to account (INR); the yen's Exchange rate is quoted per
  100 JPY and is no sum. *settled* (heldout187, heldout191, heldout195, heldout199): a spinner's invoice counts the
  sum paid, where an advance is taken off (here Less: Advance paid against PO) the Balance received by RTGS / NEFT,
  else Amount received by RTGS / *settled* (new here) Received through NEFT / Paid vide RTGS / Received by UPI (the
  rounded Invoice total with GST), or the Cheque received / Cheque amount, never the Taxable value or a yarn's line.
  A banking page's Amount / *settled* (new here) Payment amount (INR). *settled* (new here): a piece wage voucher's
  Net amount paid / Amount handed over / Net wages paid (the pieces x rate plus Add: Overtime less Less: Advance
  adjusted and Less: ESI @ 0.75%), never the Gross piece wages, a line or a deduction; RazorpayX's and Paytm's sum
  large; a bulk record's Amount. *settled* (new here): the Pollution Control Board's Total fee paid / Total amount
  (the Water Act and Air Act fees), never a head; the corporation's Amount paid / Amount (Property tax, Fire cess
  and Cow cess less the Rebate), never the Property tax line; IFMS's Amount / Total amount; EPFO's Total amount
  (heldout167), never an A/c line. *settled* (heldout199): an insurer's Total premium (incl. GST) / *settled* (new
  here) Premium collected / Amount received, never the Basic premium, the Terrorism premium, the GST or *settled*
  (new here) the Sum insured. A slip's SALE AMT: / *settled* (new here) AMOUNT: / TOTAL AMT:, never the RATE: or
  VOLUME(L):. A Bharat Connect page's sum large; PSPCL's Amount paid / Amount. An alert's sum debited (the e-mail's
  Amount debited / Amount), never the Aval Bal / Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a payer's Payment released / Status: Paid successes, On hold - goods
  not yet received at our godown pending (a payer's hold), Returned unpaid - beneficiary account dormant failed.
  *settled* (new here): a UPI screen's Payment declined - incorrect UPI PIN entered failed, Payment under process -
  confirmation awaited from bank pending; Payment complete a success. *settled* (heldout167, heldout179,
  heldout191, heldout195, heldout198, heldout199): a cheque received and not yet cleared pending, a cheque returned
  failed, so *settled* (new here) CHEQUE RECEIVED - CREDIT SUBJECT TO CLEARANCE and CHEQUE IN CLEARING - SUBJECT TO
  REALISATION pending, CHEQUE RETURNED - SIGNATURE DIFFERS and CHEQUE BOUNCED - PAYMENT STOPPED BY DRAWER failed;
  RECEIVED WITH THANKS, PAID, PAID BY RTGS / NEFT / UPI, *settled* (new here) RECEIVED - ADVANCE AGAINST ORDER,
  PAYMENT RECEIVED - ACCOUNT SETTLED, PAID - RECEIVED IN FULL and PAID - THUMB IMPRESSION TAKEN successes.
  *settled* (new here): Outward remittance sent - SWIFT MT103 issued and Status: Remitted successes, Under process -
  awaiting rate booking and Form A1 pending, Returned by correspondent bank - beneficiary name mismatch failed;
  Transaction processed successfully / Status: Credited to beneficiary successes, Awaiting approval - authoriser 2
  of 2 pending (keyed, not yet authorised, as heldout191's, heldout195's, heldout198's and heldout199's), Failed -
  beneficiary IFSC not enabled for NEFT failed; RazorpayX's Processed / Payout processed successes and Reversed
  failed (the payout came back, as heldout199's Cashfree REVERSED); Record status: Sent to beneficiary bank -
  response awaited pending; Paid Successfully / Money sent successes; Fee deposited successfully, Payment received,
  Challan paid, Payment confirmed successes, Payment under verification - receipt after bank confirmation pending,
  Transaction failed - amount not received by treasury failed; Premium received - policy issued / Receipt generated
  - premium realised successes, Payment status: Pending with payment gateway pending, Premium not received -
  transaction declined by bank failed; a slip's APPROVED / TRANSACTION APPROVED successes, DECLINED - 51
  INSUFFICIENT FUNDS failed, TXN TIMED OUT - CHECK WITH ISSUER BANK pending; Bill paid / Payment successful
  successes, Payment in progress - biller confirmation awaited and PSPCL's Payment initiated - status to be updated
  by bank pending, Bill payment unsuccessful - amount will be refunded failed (the payment failed, whatever the
  refund). *settled* (new here): an SMS that says the payment "was DECLINED by the beneficiary bank" failed, "is ON
  HOLD for confirmation from the beneficiary bank" pending, a debit alert a success, whatever its bank's wording
  ("Your A/c XX1234 is debited INR x ... thru NEFT to <payee>", "Rs.x debited from A/c XXXX1234 ... towards IMPS to
  <payee>", "Dear UPI user A/C X1234 debited by x ... trf to <payee>", "Sent Rs.x from Kotak Bank AC X1234 to
  <payee>"); the e-mail's Status: Successful / Transaction status: Debited successes.
* date: the day paid (Payment date, Value date, Paid on, *settled* (heldout198) a payer's pending Advice date,
  Returned on, Date & time, Completed on, Payment date, a receipt's, invoice's or voucher's Date / Dated / Receipt
  date / Invoice date / Voucher date, *settled* (new here) Date of remittance / Debited on and the pending wire's
  Application date (as the Request date of heldout175, heldout187, heldout191 and heldout199), *settled* (new here)
  Executed on and the pending banking page's Created on (as Initiated on), Failed on, Processed on, *settled* (new
  here) RazorpayX's Reversed on, Uploaded on, Transaction date, Date of payment, Receipt date, Date of receipt, a
  slip's DATE: / *settled* (new here) TXN DATE:, Transaction date & time, the SMS's day). *settled*: never a Bill
  date, a Due date, a Wage month or an e-mail's hour; never a Cheque date (heldout198) or an invoice's day listed on
  an advice; a policy's Period of insurance (heldout199); *settled* (new here) never a Wage week or an Assessment
  year.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155), a payer's NEFT / RTGS, a bulk
  record's or RazorpayX's IMPS, a Bharat Connect bill from a Current A/c, a fee, a challan, EPFO, a premium or
  PSPCL paid by Net banking; UPI for UPI apps, a payment page's, a receipt's, an invoice's, a voucher's,
  RazorpayX's, a fee's, a premium's or a bill's UPI; card on slips, a payment page's card, a fee, a premium or
  PSPCL paid by Debit card; cheque for a cheque received, in clearing, returned or bounced; cash for a cash receipt
  or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout199): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UTR, UTR No., IMPS Ref No., *settled*
  (new here) UPI reference No., Razorpay's Bank RRN / UPI RRN and Easebuzz's Bank Ref No. on a UPI payment, a
  slip's RRN: / RRN NO:, an SMS's UTR / UPI Ref / IMPS Ref No), then a bank reference (an outward advice's OWR No.
  / *settled* (new here) Transaction ref. No. / Remittance No., a banking page's and a bulk record's *settled* (new
  here) Bank reference No., a fee page's Bank Ref. No., IFMS's Bank CIN (heldout179's treasury CIN), EPFO's Bank
  reference No., an insurer's Bank Ref. No., B-Connect Txn ID / BBPS Ref ID / Bharat Connect Ref. No.), then a
  transaction / payment id (Razorpay's Payment ID pay_..., Easebuzz ID, PhonePe's and Paytm's own Transaction ID,
  *settled* (heldout169, heldout177) RazorpayX's Payout ID pout_..., the Pollution Control Board's
  Transaction ref. No., mSeva's and PSPCL's Transaction ID, EPFO's CRN (heldout167), an insurer's Payment ID /
  Transaction ref. No., a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, APPR CODE:
  / *settled* (new here) a slip's AUTH:), then an order's number (Razorpay's Order ID, Easebuzz's Merchant txn ID),
  then a document's own number (*settled* (new here) Payment advice No. / Remittance No. / Doc. No. on a payer's
  advice, Rcpt. No. / Receipt No. / M.R. No. on a receipt, Tax Invoice No. / Invoice No. / Bill No., Voucher No. /
  Vr. No., a fee page's Challan No., mSeva's and PSPCL's Receipt No., IFMS's Challan No., EPFO's TRRN (heldout161),
  Receipt No. / Premium receipt No., a slip's INVOICE NO: / BILL NO:). *settled*: never a UETR, the invoices
  listed on an advice, a Vendor code, MID, TID, BATCH NO, a card, account or mobile number, a UPI ID, BIC, IBAN,
  GSTIN, IFSC, a cheque number, Maker / Checker, a consumer number (here Account No., Connection ID, Customer ID),
  an Application ID, a Head of account, an Establishment ID, an E-way bill No., a Token No., a Policy No., a slip's
  STAN: or NOZZLE NO:. *settled* (new here): never a Debit note No., an Order ref., a Supplier invoice No. on a
  wire, a BSB, a Transport / LR No., a Property ID, a Cover note No., a bulk upload's Record No. or RazorpayX's Fund
  account.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout202_families import (
    bank_alerts,
    compose,
    counter_slips,
    govt_fees,
    import_wires,
    insurer_receipts,
    job_work_transfers,
    money_receipts,
    retail_upi,
    utility_bills,
    wholesaler_advices,
    worker_wages,
    yarn_invoices,
)

SPLIT = "heldout202"

FAMILIES: list[Family] = [
    ("wholesaler_advices", wholesaler_advices, PAGE_FACES),
    ("retail_upi", retail_upi, SCREEN_FACES),
    ("money_receipts", money_receipts, PAPER_FACES),
    ("import_wires", import_wires, PAGE_FACES),
    ("yarn_invoices", yarn_invoices, BILL_FACES),
    ("job_work_transfers", job_work_transfers, PAGE_FACES),
    ("worker_wages", worker_wages, PAPER_FACES),
    ("govt_fees", govt_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("counter_slips", counter_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout202_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout202 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

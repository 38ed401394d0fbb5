"""heldout168: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a tea company's day in 2026 (Dihing Valley Tea Company Ltd of Kolkata, with Kherbari Tea
Estate in Dibrugarh, Assam, selling CTC at the Guwahati, Siliguri and Kolkata auctions, and Rongli Hill Tea Estate
near Kurseong, Darjeeling, selling orthodox teas at Kolkata), told by the proofs of payment it receives (the auction
brokers' account sales and remittances of sale proceeds, overseas buyers' remittances and export bills realised in
US dollars, euros and pounds, domestic packers' transfers and payment advices for private sales) and those it makes
(fertiliser and agro-chemical dealers, local vendors by UPI, payment links and a wallet, card slips at counters,
transporters and clearing agents, APDCL's and WBSEDCL's electricity, Assam's GRAS and West Bengal's GRIPS
e-challans and the Tea Board's fees, the Assam Tea Plantations Provident Fund, EPFO and the West Bengal Labour
Welfare Board, workers' maternity benefit, sickness allowance, gratuity, Puja bonus and wages, the bank's debit
alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction
id and one no day (truth None for those fields).

* ``auction_proceeds``: brokers' printed account sales, e-mails and seller portal pages. ``export_realisation``:
  five banks' inward remittance advices (printed, browser, e-mail) and three export bill realisation advices.
  ``private_sales``: six buyers' net-banking acknowledgements (five corporate banking pages, one YONO Business
  screen) and two packers' payment advice e-mails. ``fertiliser_bills``: dealers' TAX INVOICE / INVOICE CUM RECEIPT
  / CASH MEMO with the payment block and a rubber stamp. ``garden_upi``: six app screens (Google Pay, PhonePe,
  Paytm's wallet, BHIM, Amazon Pay) and two payment links (PayU, Instamojo). ``counter_slips``: counter terminals'
  slips (monospace), one a fuel outlet's. ``transport_cha``: transporters' MONEY RECEIPTs and FREIGHT BILLs,
  clearing agents' e-mails and portal pages. ``power_bills``: Bharat Connect in business and payment apps and the
  boards' own pages. ``state_challans``: GRAS and GRIPS e-challans and Tea Board India's fee receipts.
  ``welfare_dues``: printed ATPPF challans with the bank's stamp, EPFO's combined challan receipts and the West
  Bengal Labour Welfare Board's receipts. ``worker_payouts``: printed benefit, bonus and wage vouchers and a bank's
  bulk payout rows. ``bank_alerts``: the bank's SMS debit alerts. The families' docstrings list each layout's
  labels.

Truth conventions (heldout167's, kept where they say *settled*; those marked *settled* (new here) are this set's):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout155, heldout161): a bank's
  inward remittance advice pays the company under Beneficiary / Beneficiary name, never the bank on top, the
  Remitter / Ordering customer or the Remitting bank (here also Beneficiary customer, Remitter name, Remitter's bank
  / Sending bank). *settled* (new here): a bank's export bill realisation advice pays the company under Drawer /
  Exporter, never the Drawee (the buyer), the Collecting bank or the bank on top. *settled*: a brand owner's payment
  advice pays the company under Payee / Vendor / Beneficiary, never the brand on top (the payer) - a packer's advice
  here. *settled* (new here): an auction broker's account sale pays the seller under Seller / Account of / Remitted
  to (the company, or its garden where the broker prints the garden), never the broker on top, the Garden mark, the
  Auction centre or the bank credited. *settled* (new here): a buyer's net-banking acknowledgement pays the company
  under Beneficiary name / Payee name / Beneficiary / Credit account name, never the Debit account / From account
  (the payer) or the bank's product on top. A dealer's, transporter's, clearing agent's or vendor's name on top of
  its own paper, e-mail, portal or link, never the company or the garden's manager under Buyer / Sold to / Party /
  Bill to / Client / Customer / Shipper / Consignor / Paid by / Customer name / "Received with thanks from". A UPI
  screen's vendor under Paid to / To / Sent to / Payee name / Payment to / Paying to, never the UPI ID or the app. A
  slip's counter name line in capitals, never the terminal's bank or maker line or the town line. A Bharat Connect
  page's board under Biller / Biller name / Operator / Electricity board (short or long as printed), never the app,
  Bharat Connect or the Consumer name; a board's own page the board on top, never the Name (the garden). *settled*
  (new here): a GRAS or GRIPS e-challan pays the Department / Department name as printed, never Government of Assam
  / Government of West Bengal on top, the Office name, the purpose, the bank or the Depositor; Tea Board India's
  receipt pays Tea Board India on top, never the Ministry line or the Applicant / Registration holder. *settled*
  (heldout153): EPFO's and ESIC's challans pay the Employees' Provident Fund Organisation and the Employees' State
  Insurance Corporation (or ESIC as printed) on top, never the Ministry line or the Establishment / Employer name.
  *settled* (new here): the ATPPF challan pays the Assam Tea Plantations Provident Fund Organisation on top, never
  the Name of the garden, the Employer or the bank's rubber stamp; the West Bengal Labour Welfare Board's receipt
  the Board on top, never the Labour Department line or the Establishment. *settled* (heldout150, heldout161): a
  wage voucher pays the worker under Paid to / Name of worker, never the company on top; a bulk payout the
  Beneficiary name, never the Debit account name (here also a benefit's or bonus's voucher, and Payee). An SMS
  alert's payee as the bank sends it ("to ASSAM AGRO INPUTS & C": *settled*, the truncated name as printed), never
  the bank or the sender id.
* amount / currency: the sum this payment moved. *settled* (heldout155): a wire counts the Remittance amount /
  Foreign currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound
  sign), never the INR equivalent, the Bank charges or the Amount credited (INR) - here also FCY amount, never the
  Rupee equivalent, Less: Commission & GST or Net credit (INR). *settled* (new here): a realised export bill counts
  the Amount realised (the Bill amount less the Foreign bank charges) in the bill's currency, never the Bill amount
  beside it or the INR equivalent; a bill still on collection its Bill amount. *settled* (new here): an account sale
  counts the Net proceeds remitted / Net amount remitted / Net sale proceeds / Amount remitted (Net proceeds payable
  on the wait: the Gross sale value plus GST @ 5% less brokerage, GST on it and warehouse charges), never a lot's
  value, the Gross sale value or a deduction. A brand's (packer's) Net amount paid / Amount paid / Net payment (the
  invoices less TDS u/s 194Q), never an invoice's sum; an acknowledgement's Amount / Transfer amount / Transaction
  amount / Amount (INR) or the sum large. A dealer's Amount received / Received / Payment received / Received in
  cash / Cheque received / Cheque amount (the rounded Invoice total with GST), never the Taxable value. A
  transporter's or agent's boxed sum on a money receipt, Net received / Amount received / Received (net of TDS) /
  Cheque received / Cheque amount (the Total less TDS u/s 194C), never the Total. A UPI screen's and link's sum
  large or Amount paid; a slip's SALE AMT: / NET AMT: / TOTAL AMOUNT: / AMOUNT:, never the fuel's RATE or VOLUME. A
  Bharat Connect page's sum large; a board's Amount paid / Paid amount. A challan's Amount / Total amount; Tea
  Board's Total paid / Amount paid (Fee and GST), never the Fee. ATPPF's Total / Total deposited, EPFO's Grand total
  / Total amount, the Welfare Board's Total amount, never an account or a share. A voucher's Net amount paid / Total
  paid / Amount paid, never the wages earned; a bulk row's Amount. An SMS's sum debited, never Avl Bal. Currency INR
  everywhere but the remittances and export bills.
* status: as printed. *settled*: Credited / Credited to your account successes; Received - pending disposal (purpose
  code and invoice awaited) pending; Returned to remitting bank - beneficiary name mismatch failed. A brand's Paid /
  Processed successes, On hold - bank details under verification pending, Rejected by bank - account closed failed.
  CHEQUE DEPOSITED - SUBJECT TO CLEARANCE and CHEQUE RECEIVED - SUBJECT TO REALISATION pending; CHEQUE RETURNED -
  ... failed. A slip's DECLINED (RESP CODE ...) failed, TXN TIMEOUT - STATUS UNKNOWN pending. Awaiting bank
  confirmation, In process, IMPS IN PROCESS pending. An SMS that says the payment "has failed" failed, "is pending"
  pending, a debit alert a success. *settled* (new here): an account sale's Proceeds remitted / Remitted / PAID TO
  SELLER successes, Buyer's prompt awaited - remittance on prompt date pending, Remittance returned by bank -
  account closed failed; an export bill's Bill realised / Realised - proceeds credited success, Documents sent on
  collection - proceeds awaited pending, Bill unpaid - documents returned by drawee's bank failed; NO RESPONSE FROM
  HOST - VERIFY BEFORE RETRY pending; a challan's Pending - bank confirmation awaited and Payment status awaited from
  bank pending, Failed at bank failed; Pending at bank pending, Failed - account dormant failed; PAID - CASH, PAID IN
  CASH and CREDITED successes.
* date: the day paid (Remitted on, Date of remittance, Payment date, Value date, Credited on, Date of credit,
  Realised on, Date of realisation, Received on, Returned on, Rejected on, Scheduled on / Initiated on on an advice,
  Transaction date, Processed on, an invoice's, memo's, bill's, receipt's or voucher's Date / Invoice date / Bill
  date / Dt. / Dated, a slip's DATE: / DATE/TIME:, Paid on, Date & time, Completed on, Date of payment, Receipt
  date, Bank date, BRN date, Date of deposit / Deposited on, Payment confirmation date, Credit date, Failed on, the
  SMS's day). *settled* (new here): a pending advice's Advice date (an account sale's, an export bill's) and a
  pending e-challan's Generated on are their day; never a Sale date or a Prompt date, a Shipping bill's date, a Due
  date, a Bill period / Bill month / Wage month / Contribution for the month / Contribution period / Period, the
  wages' financial year, an invoice number's financial year or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire or an export bill realised by SWIFT (heldout155),
  a Bharat Connect bill from a Current A/c, a board's, challan's or fee's net banking, EPFO's and the Welfare Board's
  net banking, a bulk payout; UPI for UPI apps, a link's UPI, Bharat Connect through UPI and the boards' UPI; card on
  slips and a link's or board's card; cheque for a cheque received, deposited or returned; cash on a cash memo or a
  cash voucher. *settled* (new here): "wallet" for a payment Paid from Paytm Wallet.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference
  (UPI transaction ID, UPI Ref No., UPI Reference No., UPI Ref ID, UPI RRN, RRN, UTR, UTR No., NEFT UTR, RTGS UTR,
  IMPS Ref No., Amazon Pay's Bank Reference ID (the UPI RRN), a slip's RRN: / RRN NO.: / REF NO.:, an SMS's UTR /
  UPI Ref / IMPS Ref), then a bank reference (*settled* heldout155: a wire advice's Inward ref No. / Transaction
  reference; Bank Ref No., Bank reference No., Reference No. on an acknowledgement, Bharat Connect Ref ID / B-Connect
  Txn ID / Txn Ref. No., Bank transaction ID, BRN / Bank ref No.; *settled* (new here): an inward remittance's IRM
  No., an export bill's Our bill ref. / Bill reference No. / Export bill ref. and the bank's Journal No. on ATPPF's
  challan), then a transaction / payment id (Transaction ID, Payment ID, PayU ID, Order ID, Google transaction ID,
  PhonePe's Transaction ID, Amazon Pay Txn ID, Wallet Txn ID, EPFO's CRN), then an approval code (APP CODE: /
  APPROVAL CODE:, Auth code), then a document's own number (Invoice No., Bill No., Memo No., MR No. / Receipt No.,
  PV No. / Voucher No., A/S No. / Account sale No. / Advice No., a packer's Payment No. / Payment document, a
  slip's INVOICE: / BILL NO: / INV#, EPFO's TRRN, ATPPF's Challan No., a board's or the Welfare Board's Receipt No.;
  *settled* (new here): GRAS's and GRIPS's GRN, below the BRN). *settled*: never a UETR, Against invoice or the
  invoices listed on an advice, Vendor code, Job No., Shipping bill No., BL / HBL No., Container, E-way bill No.,
  ARN, Drawback scroll No., IEC, Port code, Call No. / Ticket No., Machine Sr. No., Establishment ID, Employer code,
  Consumer No. / Service No., Token No., a bulk File name, MID, TID, BATCH NO, a card, account or mobile number, a
  UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled* (new here): nor a Sale No., a Lot number, a Garden mark or
  Garden code, the Invoice No. on a bank's advice, a "Bill No." a money receipt is "against", a C/N No. or Truck No.,
  a VEHICLE NO, STAN:, a Dealer licence No., a Registration No. or Employer registration No., a Consumer ID, a
  Batch reference, an Establishment code or a worker's Ticket No.

heldout167's other *settled* conventions (Wise's receipt, ICEGATE's drawback, the GST portal's refund, PFMS's
advice) stand; no page here prints Wise, ICEGATE, the GST portal or PFMS.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout168_families import (
    auction_proceeds,
    bank_alerts,
    compose,
    counter_slips,
    export_realisation,
    fertiliser_bills,
    garden_upi,
    power_bills,
    private_sales,
    state_challans,
    transport_cha,
    welfare_dues,
    worker_payouts,
)

SPLIT = "heldout168"

FAMILIES: list[Family] = [
    ("auction_proceeds", auction_proceeds, PAGE_FACES),
    ("export_realisation", export_realisation, PAGE_FACES),
    ("private_sales", private_sales, PAGE_FACES),
    ("fertiliser_bills", fertiliser_bills, PAPER_FACES),
    ("garden_upi", garden_upi, SCREEN_FACES),
    ("counter_slips", counter_slips, SLIP_FACES),
    ("transport_cha", transport_cha, BILL_FACES + PAGE_FACES[:3]),
    ("power_bills", power_bills, SCREEN_FACES),
    ("state_challans", state_challans, PAGE_FACES),
    ("welfare_dues", welfare_dues, PAGE_FACES),
    ("worker_payouts", worker_payouts, PAPER_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout168_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout168 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

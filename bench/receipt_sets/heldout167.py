"""heldout167: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a printing and packaging exporter's day in 2026 (Sivagiri Print & Pack Exports Pvt Ltd,
its offset press at Sivakasi and its carton unit at Noida), told by the proofs of payment it receives (overseas
buyers' SWIFT wires and Wise transfers in US dollars, euros and pounds, domestic brand owners' NEFT / RTGS payment
advices, duty drawback, GST refunds and interest on them) and those it makes (paper and board mills, ink, plate,
adhesive and die suppliers by UPI and payment links, card slips at suppliers' counters, freight forwarders and
customs brokers, press makers' service engineers, HT electricity, EPF and ESI, workers' wages, the bank's debit
alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction
id and one no day (truth None for those fields).

* ``buyer_wires``: six banks' inward remittance advices (browser, e-mail, printed) and two Wise transfers (app,
  e-mail). ``brand_neft``: a brand owner's payment advice (e-mail, printed SAP advice, vendor portal).
  ``mill_invoices``: a paper or board mill's TAX INVOICE / INVOICE CUM RECEIPT with the payment block and a rubber
  stamp. ``ink_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM) and two suppliers' payment links
  (Razorpay, Cashfree). ``freight_customs``: forwarders' and customs brokers' bills (printed, e-mail, portal).
  ``refunds_incentives``: ICEGATE's drawback page, the GST portal's RFD-05 refund page, a PFMS e-payment advice and
  the bank's SMS of a refund credit. ``card_slips``: counter terminals' slips (monospace). ``maintenance``: service
  engineers' bills (serif). ``power_bills``: Bharat Connect in business banking apps and the boards' own pages.
  ``pf_esi``: EPFO's ECR challan receipts and ESIC's challan pages. ``wages``: printed wage vouchers and a bank's
  bulk payout status page. ``bank_alerts``: the bank's SMS debit alerts. The families' docstrings list each
  layout's labels.

Truth conventions (heldout158's and heldout161's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout155, heldout161): a bank's
  inward remittance advice pays the company under Beneficiary / Beneficiary name, never the bank on top, the
  Remitter / Ordering customer or the Remitting bank; *settled* (heldout157): Wise's receipt pays the company under
  To / Recipient, never Wise. *settled*: a brand owner's payment advice pays the company under Payee / Vendor /
  Beneficiary, never the brand on top (the payer). A mill's, forwarder's, broker's or service firm's name on top of
  its own paper, e-mail or portal, never M/s the company under Buyer / Bill to / Shipper / Client / Customer / To.
  A UPI screen's supplier under Paid to / To / Sent to / Paying to, never the UPI ID or the app; a payment link's
  supplier on top, never Paid by / Customer or the gateway's footer. A slip's counter name line in capitals, never
  the terminal's maker or the town line. *settled* (new here): government money to the exporter (ICEGATE's
  drawback, the GST portal's refund, PFMS's interest advice, the bank's SMS of the credit) pays the company as
  printed under Exporter / Refund to / Beneficiary / "to <company>", never ICEGATE, GSTN, CBIC, PFMS, the Agency or
  the bank; the GST page's Legal name line is the same company but the truth is read from Refund to. A Bharat
  Connect page's board under Biller / Electricity board (short or long as printed), never the app, Bharat Connect or
  the Consumer name; a board's own page the board on top. *settled* (heldout153): EPFO's and ESIC's challans pay the
  Employees' Provident Fund Organisation and the Employees' State Insurance Corporation (or ESIC as printed) on top,
  never the Ministry line or the Establishment / Employer name. *settled* (heldout150, heldout161): a wage voucher
  pays the worker under Paid to / Name of worker, never the company on top; a bulk payout the Beneficiary name,
  never the Debit account name. An SMS alert's payee as the bank sends it ("to TAMIRABHARANI PAPER MIL": *settled*,
  the truncated name as printed), never the bank or the sender id.
* amount / currency: the sum this payment moved. *settled* (heldout155): a wire counts the Remittance amount /
  Foreign currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound
  sign), never the INR equivalent, the Bank charges or the Amount credited (INR); Wise's sum large / You sent in
  the buyer's currency, never the Wise fee, the Amount converted or Recipient gets (INR). A brand's Net amount paid /
  Amount paid / Net payment (the invoices less TDS u/s 194Q / 194C and a debit note), never an invoice's sum. A
  mill's Amount received / Received / Cheque received / Cheque amount (the rounded Invoice total with GST), never
  the Taxable value. A forwarder's Net received / Received (net of TDS) / Amount received or Cheque amount (the
  Total less TDS u/s 194C @ 2% on the services), never the Total or the ocean freight's USD (billed in rupees, so
  INR). A service bill's Net received / Amount received / Cheque received / Balance due (Total less TDS). A UPI
  screen's and link's sum large; a slip's AMOUNT: / TOTAL: / BASE AMT:. The drawback amount, the GST page's Net
  refund paid (never the Refund sanctioned), PFMS's Amount, an SMS's sum credited or debited (never Avl Bal). A
  Bharat Connect page's sum large; a board's Amount paid. EPFO's and ESIC's Total amount, never an account or a
  share. A wage voucher's Net wages paid / Net amount paid, never the Gross wages; a bulk row's Amount. Currency
  INR everywhere but the wires and Wise.
* status: as printed. *settled*: Credited / Credited to your account / Wise's Your transfer is complete / Money
  sent / The money has arrived successes; Received - pending disposal (purpose code and invoice awaited) and
  We're processing your transfer / Transfer in progress pending; Returned to remitting bank - beneficiary name
  mismatch and Transfer cancelled - refund on its way failed. A brand's Paid / Processed successes, On hold - bank
  details under verification pending, Rejected by bank - account closed failed. CHEQUE DEPOSITED - SUBJECT TO
  CLEARANCE, CHEQUE RECEIVED - SUBJECT TO REALISATION and PAYMENT UNDER VERIFICATION - CREDIT AWAITED pending;
  CHEQUE RETURNED - ... and UPI DECLINED - BALANCE DUE failed. *settled* (new here): ICEGATE's Scroll generated -
  credit awaited and the GST portal's Payment order issued - disbursal awaited pending (sanctioned, not yet paid);
  Credit failed - account not validated in PFMS and Returned by bank - account not validated failed; PFMS's Sent to
  bank pending. A slip's DECLINED (RESP CODE ...) failed, TXN TIMEOUT - STATUS UNKNOWN pending. Bill payment in
  process, Awaiting bank confirmation, Pending with bank, In process, IMPS IN PROCESS pending; ON HOLD - BANK DETAILS
  WRONG and Failed - invalid account failed. An SMS that says the payment "has failed" failed, "is pending" pending,
  a debit or credit alert a success.
* date: the day paid (Value date, Credited on, Received on, Returned on, Sent on, Arrived on, Cancelled on,
  Payment date, Scheduled on / Initiated on / Rejected on on the brand's advice, an invoice's or bill's or voucher's
  Date / Invoice date / Bill date / Dated, a slip's DATE: / DT:, Paid on, Date & time, Date of payment, Challan paid
  date, Transaction date, Processed on, the SMS's day). *settled* (new here): ICEGATE's Scroll date and the GST
  portal's Order date on the pending pages are their day; never a Shipping bill's date / SB date, a Bill date / Due
  date, a Wage month / Contribution period / Bill month, an invoice number's financial year or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155), Wise's Paid with Bank transfer
  (heldout157), a Bharat Connect bill from a Current A/c, EPFO's and ESIC's net banking, a refund credited to an
  account; UPI for UPI apps, a link's UPI and the boards' UPI; card on slips and a link's card; cheque for a cheque
  received, deposited or returned; cash on a cash wage voucher.
* transaction_id: the highest family printed (heldout152's order): a UPI reference / UTR / RRN / IMPS reference (UPI
  transaction ID, UPI Ref No., UPI RRN, UTR, UTR No., NEFT UTR, RTGS UTR, Bank ref / UTR, Bank Ref No. / UTR, IMPS
  Ref No., a slip's RRN: / REF NO:, an SMS's UTR / UPI Ref No / IMPS Ref No), then a bank reference (*settled*
  heldout155: a wire advice's Inward ref No. / Our reference / Transaction reference; Bank Ref No., Transaction No.,
  B-Connect Txn ID / Bharat Connect Ref. No.), then a transaction / payment id (Wise's Transfer #, Payment ID,
  Transaction ID, PhonePe's and Paytm's own ids, EPFO's CRN, PFMS's e-Payment ID, *settled* (new here) the GST
  portal's PFMS payment ref on a refund not yet paid), then an approval code (APPR CODE: / AUTH CODE:, Auth code),
  then a document's own number (Invoice No. / Inv. No., Bill No., Receipt No., a slip's INVOICE NO: / INV NO:,
  Voucher No., a brand's Payment document / Payment No., EPFO's TRRN and ESIC's Challan No. (heldout161), a board's
  Receipt No.). *settled*: never a UETR (printed here only beside an Inward ref No., which outranks it), Against
  invoice or the invoices listed on an advice, Vendor code, Job No., Shipping bill No., BL / HBL No., Container,
  E-way bill No., ARN, Drawback scroll No., IEC, Port code, Call No. / Ticket No., Machine Sr. No., Establishment ID,
  Employer code, Consumer No. / Service No., Token No., a bulk File name, MID, TID, BATCH NO, a card, account or
  mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout167_families import (
    bank_alerts,
    brand_neft,
    buyer_wires,
    card_slips,
    compose,
    freight_customs,
    ink_upi,
    maintenance,
    mill_invoices,
    pf_esi,
    power_bills,
    refunds_incentives,
    wages,
)

SPLIT = "heldout167"

FAMILIES: list[Family] = [
    ("buyer_wires", buyer_wires, PAGE_FACES),
    ("brand_neft", brand_neft, PAGE_FACES),
    ("mill_invoices", mill_invoices, PAPER_FACES),
    ("ink_upi", ink_upi, SCREEN_FACES),
    ("freight_customs", freight_customs, PAGE_FACES),
    ("refunds_incentives", refunds_incentives, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("maintenance", maintenance, BILL_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("pf_esi", pf_esi, PAGE_FACES),
    ("wages", wages, PAPER_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout167_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout167 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

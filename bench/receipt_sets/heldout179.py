"""heldout179: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a veterinary pharmaceutical distributor's day in 2026 (Surabhi VetPharma Distributors Pvt
Ltd, its depot at Anand and its branch at Erode), told by the proofs of payment it receives (dairy cooperatives'
NEFT / RTGS payment advices, veterinarians' and agro-vets' UPI and payment links, its own money receipts) and those
it makes (manufacturers' purchase invoices and the net-banking payments to them, outward wires for imported
vaccines and semen straws in euros, US dollars and pounds, cold-chain couriers, the drug controllers' licence fees,
field staff's card slips and expense reimbursements, the cold room's electricity, the bank's debit alerts). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no
day (truth None for those fields).

* ``dairy_advices``: dairy unions' payment advice e-mails, printed PAYMENT ADVICE / REMITTANCE ADVICE and supplier
  portal pages. ``vet_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM) paying the company and two of
  its payment links (Razorpay, PayU). ``maker_invoices``: manufacturers' TAX INVOICE / INVOICE CUM RECEIPT with the
  payment block and a rubber stamp (paper). ``maker_transfers``: corporate net-banking acknowledgements (ICICI Bank
  CIB, yono BUSINESS, ENet, Axis CIB, Kotak FYN) and the bank's beneficiary payment advice e-mails.
  ``vaccine_wires``: outward remittance advices (browser, e-mail, printed). ``cold_couriers``: cold-chain couriers'
  bills (paper, e-mail, portal). ``licence_fees``: the states' treasury e-payment receipts for drug licence fees
  (Cyber Treasury, Karuvoolam, Khajane-II, GRAS). ``field_slips``: card terminal slips at fuel outlets, hotels and
  shops (monospace). ``staff_claims``: printed expense reimbursement vouchers and bulk payout status rows.
  ``money_receipts``: the company's own MONEY RECEIPT / RECEIPT / PAYMENT RECEIPT (paper, rubber stamp) and its
  accounts desk's receipt e-mails. ``power_bills``: Bharat Connect in business banking apps and the boards' own
  pages (MGVCL, TNPDCL). ``bank_alerts``: the bank's SMS debit alerts. The families' docstrings list each layout's
  labels.

Truth conventions (heldout167's and heldout175's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167's brand owner's advice,
  heldout152's partner school's, heldout175's egg buyer's): a payer's payment advice (here a dairy union's) pays the
  company under Supplier / Payee / Beneficiary / Party, never the payer on top. A UPI screen's payee under Paid to /
  To / Sent to / Paying to (here the company), never the UPI ID or the app; a payment link's payee on top (here the
  company), never Paid by / Customer or the gateway's footer. A manufacturer's or courier's name on top of its own
  paper, e-mail or portal, never M/s the company under Buyer / Consignee / Bill to / Consignor / Customer. A
  corporate banking page pays the maker under Beneficiary name / Payee name / Credit to, never the portal on top or
  the Debit account; *settled* (heldout175): the bank's beneficiary payment advice e-mail pays the beneficiary, never
  the bank on top or the Remitter. *settled* (heldout175): a bank's outward remittance advice pays the supplier
  abroad under Beneficiary / Beneficiary name, never the bank on top, the Remitter / Applicant (the company) or the
  Beneficiary bank. *settled* (new here): a state treasury's drug licence fee receipt pays the drug control
  authority on top (Food and Drugs Control Administration, Gujarat; Directorate of Drugs Control, Tamil Nadu; as
  printed), never the treasury line (Cyber Treasury, Karuvoolam, Khajane-II, GRAS) or the Name of firm / Remitter. A
  slip's counter name line in capitals, never the terminal's maker or the town line. *settled* (heldout150,
  heldout161): a wage voucher pays the worker under Paid to / Name of worker, never the company on top; a bulk payout
  the Beneficiary name, never the Debit account name; *settled* (new here) an expense reimbursement voucher likewise
  pays the employee under Paid to / Employee name. *settled* (heldout175): the company's own money receipt pays the
  company on top (its full or short name as printed), never the party under Received from / Party; its accounts
  desk's receipt e-mail likewise. A Bharat Connect page's board under Biller / Electricity board (short or long as
  printed), never the app, Bharat Connect or the Consumer name; a board's own page the board on top. An SMS alert's
  payee as the bank sends it ("to INDUS ANIMAL HEALTH LT": *settled*, the truncated name as printed), never the bank
  or the sender id.
* amount / currency: the sum this payment moved. *settled* (heldout175): an outward remittance counts the Remittance
  amount / Amount remitted / Foreign currency amount in EUR, USD or GBP, never the INR equivalent, the Commission and
  SWIFT charges, the GST on currency conversion or the Total debited (INR). *settled* (heldout152): a payment
  advice's Net amount paid / Amount remitted / Net payable paid (after TDS u/s 194Q and a rate difference), never a
  bill's sum. A UPI screen's and a link's sum large. A manufacturer's Amount received / Received / Cheque received /
  Cheque amount (the rounded Invoice total with GST), never the Taxable value or a line. A corporate banking page's
  Amount / Transfer amount / Debit amount, never the Charges (incl. GST). A courier's Net received / Amount received
  / Received / Amount (the Total less TDS u/s 194C @ 2% where deducted), never the Total or the Freight. A fee
  receipt's Amount paid / Total amount / Challan amount. A slip's AMOUNT: / TOTAL: / SALE AMT: / NET AMT:, never the
  RATE: or the VOLUME:. A voucher's Net amount paid / Amount paid, never the Total claimed or a head; a bulk row's
  Amount. *settled* (heldout175): a money receipt's Amount received / Cash received / Cheque received / Cheque amount
  (*settled* (new here) and Received by UPI), never the Bill value, the Previous balance, the Total due or the
  Balance outstanding. A Bharat Connect page's sum large; a board's Amount paid. An alert's sum debited, never the Avl
  Bal. Currency INR everywhere but the wires.
* status: as printed. *settled*: a payer's advice's Status: Paid / Payment status: Remitted successes; *settled*
  (new here) Held - pending QC clearance of batch pending (a payer's hold, as heldout175's On hold) and Returned by
  bank - IFSC invalid failed. CHEQUE RECEIVED - SUBJECT TO REALISATION pending; UPI DECLINED - BALANCE DUE failed;
  *settled* (heldout175) CHEQUE BOUNCED - FUNDS INSUFFICIENT failed, *settled* (new here) PAYMENT BOUNCED - CHEQUE
  DISHONOURED failed and PAYMENT UNDER RECONCILIATION pending. *settled* (heldout175): an outward remittance's
  Remittance processed - MT103 sent / Status: Remitted successes, Under process - Form A2 and import invoice awaited
  pending, Returned by beneficiary bank - IBAN invalid failed. Transaction successful / Status: Success successes;
  In process - awaiting beneficiary bank confirmation, Status: In process, Bill payment in process, Pending with bank
  and *settled* (new here) Pending for bank confirmation pending; Failed - beneficiary account closed, Failed -
  invalid account, Bill payment failed, Payment failed and Transaction failed - amount if debited will be refunded
  failed. A slip's DECLINED (RESP CODE ...) failed, TXN TIMEOUT - STATUS UNKNOWN pending. PAID, RECEIVED, RECEIVED
  WITH THANKS, PAID - RECEIVED BY EMPLOYEE, Payment received, Bill paid successes. An SMS that says the payment "has
  failed" failed, "is pending" pending, a debit alert a success.
* date: the day paid (Payment date, Value date, Scheduled on / Returned on on a payer's advice, Date & time, Paid
  on, Completed, an invoice's, bill's, receipt's or voucher's Invoice date / Date / Dated / Bill date / Receipt date
  / Voucher date, Received on, Transaction date, Initiated on, Failed on, Remittance date, Date of payment, Processed
  on, a slip's DATE: / DT:, the SMS's day). *settled* (heldout175): an outward remittance's Request date is the
  pending one's day. Never a Bill month, an expiry, an invoice number's financial year or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee paid or a board paid by Net banking; UPI for UPI apps, a link's UPI, a board's, a fee's,
  a bill's, a receipt's or voucher's UPI; card on slips, a link's card, a fee paid by Debit card; cheque for a cheque
  received, bounced or dishonoured; cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167): a UPI reference / UTR / RRN / IMPS
  reference (UPI transaction ID, UPI Ref No., UPI RRN, Bank RRN, UTR, UTR No., NEFT UTR, RTGS UTR, IMPS Ref No., IMPS
  RRN, RRN, a slip's RRN:, an SMS's UTR / UPI Ref No / IMPS Ref No), then a bank reference (*settled* (heldout175) an
  outward advice's Our reference / Remittance ref No. / Transaction reference; Transaction ref No., Reference No.,
  Bank Ref No., B-Connect Txn ID / Bharat Connect Ref. No., *settled* (new here) a treasury's Bank CIN), then a
  transaction / payment id (Payment ID pay_..., PayU ID, an app's own Transaction ID, a bulk row's Transaction ID,
  the Transaction ID on Bharat Connect), then an approval code (APPR CODE: / AUTH CODE:, Auth code), then a
  document's own number (Invoice No. / Inv. No., Bill No., Receipt No. / Rcpt. No., Voucher No. / Payment voucher, a
  slip's INVOICE NO: / ROC NO:, a board's Receipt No., *settled* (new here) a treasury's Challan No. / GRN).
  *settled*: never a UETR, Against invoice or the invoices listed on an advice, Vendor code, Job No., Shipping bill
  No., BL / HBL No., Container, E-way bill No., ARN, Drawback scroll No., IEC, Port code, Call No. / Ticket No.,
  Machine Sr. No., Establishment ID, Employer code, Consumer No. / Service No., Token No., a bulk File name, MID,
  TID, BATCH NO, a card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled*
  (heldout171): never Maker / Checker. *settled* (heldout175): never a Bill of entry No., IBAN, Application No.,
  Licence No. *settled* (new here): never a Supplier code / Party code, Emp. code, Batch (a drug's), DL No., AWB /
  Docket No., Data logger No., Head of account or a bulk upload's Row.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout179_families import (
    bank_alerts,
    cold_couriers,
    compose,
    dairy_advices,
    field_slips,
    licence_fees,
    maker_invoices,
    maker_transfers,
    money_receipts,
    power_bills,
    staff_claims,
    vaccine_wires,
    vet_upi,
)

SPLIT = "heldout179"

FAMILIES: list[Family] = [
    ("dairy_advices", dairy_advices, PAGE_FACES),
    ("vet_upi", vet_upi, SCREEN_FACES),
    ("maker_invoices", maker_invoices, PAPER_FACES),
    ("maker_transfers", maker_transfers, PAGE_FACES),
    ("vaccine_wires", vaccine_wires, PAGE_FACES),
    ("cold_couriers", cold_couriers, BILL_FACES),
    ("licence_fees", licence_fees, PAGE_FACES),
    ("field_slips", field_slips, SLIP_FACES),
    ("staff_claims", staff_claims, PAPER_FACES),
    ("money_receipts", money_receipts, PAPER_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout179_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout179 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout178: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a tile and sanitaryware showroom's day in 2026 (Neelgiri Tiles & Bath Studio Pvt Ltd, its
showroom at Benz Circle, Vijayawada and its godown at Gannavaram), told by the proofs of payment it receives
(builders' part payments and cheques on its own money receipts, developers' payment advices, retail customers'
payment links, card and EMI slips at its terminals) and those it makes (the Morbi factories' invoices and the
corporate banking transfers that pay factories and brands, contractors' and plumbers' commissions by UPI,
transporters' freight bills, the showroom staff's salary and incentives, electricity and the municipal trade
licence, outward remittances in euros, dollars and pounds for imported tiles and fittings, the bank's alerts). One
payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id and one no
day (truth None for those fields; the page that prints no day prints no bill date, salary month or financial year in
a number, and moves bank money by IMPS, whose reference does not spell the day).

* ``builder_receipts``: the showroom's own MONEY RECEIPT / PAYMENT RECEIPT / RECEIPT - PART PAYMENT to builders
  (paper, rubber stamp). ``builder_advices``: developers' payment advice e-mails, a printed REMITTANCE ADVICE and
  supplier portal pages. ``morbi_invoices``: Morbi tile and sanitaryware factories' TAX INVOICE / INVOICE CUM
  RECEIPT with the payment block and a rubber stamp. ``factory_pay``: corporate banking pages (ICICI Bank CIB, HDFC
  Bank ENet, Axis Bank CIB, yono BUSINESS, KVB Corporate Net Banking) and the bank's beneficiary payment advice
  e-mails. ``commission_upi``: eight UPI app screens (Google Pay, PhonePe, Paytm, BHIM, iMobile Pay, YONO SBI).
  ``customer_links``: Razorpay, PayU, Cashfree and Instamojo payment pages. ``emi_slips``: the showroom's card and
  EMI terminal slips (monospace). ``transport_bills``: transporters' FREIGHT BILL / LORRY RECEIPT CUM FREIGHT BILL /
  BILTY CUM RECEIPT and their receipt e-mails. ``staff_pay``: salary, incentive and advance vouchers and bulk payout
  rows. ``power_civic``: Bharat Connect in business banking apps, APCPDCL's own page and the Vijayawada Municipal
  Corporation's trade licence fee page. ``import_wires``: outward remittance advices (browser, e-mail, printed).
  ``bank_alerts``: the bank's SMS and e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout167's, kept where they say *settled*; heldout175's where this set meets the same papers):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout175's live-bird money
  receipt): the company's own money receipt to a builder pays the company on top (its full or short name as
  printed), never the builder under Received from / Party, the Site / Project or the unit line. *settled* (heldout167's
  brand owner's advice, heldout152's partner school's): a payer's payment advice (here a developer's) pays the
  company under Payee / Vendor / Supplier, never the payer on top or the Project. A factory's or transporter's name
  on top of its own paper or e-mail, never M/s the company under Buyer / Consignee / Bill to / Party, nor the
  Consignor on a freight bill. A corporate banking page pays the factory under Beneficiary name / Payee name /
  Credit to, never the portal on top or the Debit account name; *settled* (heldout175): the bank's beneficiary
  payment advice e-mail pays the factory under Beneficiary / Beneficiary name, never the bank on top or the
  Remitter. A UPI screen's contractor under Paid to / To / Sent to / Paying to, never the UPI ID or the app; a
  payment link's payee on top (here the showroom), never Paid by / Customer or the gateway's footer. A slip's
  counter name line in capitals (the showroom's), never the terminal's maker, the ISSUER: bank or the town line.
  *settled* (heldout150, heldout161): a wage voucher pays the worker under Paid to / Name of worker, never the
  company on top; a bulk payout the Beneficiary name, never the Debit account name (*settled* (new here): a salary,
  incentive or advance voucher likewise pays the employee under Paid to / Name of employee, never the Designation).
  A Bharat Connect page's board under Biller / Electricity board (short or long as printed), never the app, Bharat
  Connect or the Consumer name; a board's own page the board on top. *settled* (new here): the municipal trade
  licence fee page pays the Vijayawada Municipal Corporation on top (as printed), never CDMA, the Trade name (the
  company) or the Name of trade. *settled* (heldout175): a bank's outward remittance advice pays the supplier abroad
  under Beneficiary / Beneficiary name, never the bank on top, the Remitter / Applicant (the company) or the
  Beneficiary bank. An SMS alert's payee as the bank sends it ("to SUNHEARRT VITRIFIED PV": *settled*, the truncated
  name as printed), never the bank or the sender id; *settled* (heldout171): the bank's e-mail alert likewise ("to
  <payee>" as printed), never the bank in the sender line or the sign-off.
* amount / currency: the sum this payment moved. *settled* (new here): a builder's money receipt's Amount received /
  Received / Cash received / Cheque received / Cheque amount, never the Order value, the Received earlier or the
  Balance due. *settled* (heldout152): a payment advice's Net amount paid / Amount paid / Net payment (after TDS
  u/s 194Q and, *settled* (new here), a Retention @ 5%), never an invoice's sum. A factory's Amount received /
  Received / Cheque received / Cheque amount (the rounded Invoice total with IGST), never the Taxable value, a line
  or the Scheme discount. A corporate banking page's Amount / Transfer amount / Debit amount, never the Charges
  (incl. GST); the bank's advice's Amount. A UPI screen's and a link's sum large. *settled* (new here): an EMI
  slip's SALE AMT: / TXN AMT: / AMOUNT: / TOTAL: (the card's charge), never the EMI AMT:, the TOTAL PAYABLE (WITH
  INT): or the CASHBACK:. *settled* (new here): a freight bill's Balance paid / Balance freight received / Amount
  received (the Total freight less the Advance paid at loading), never the Freight, the Total freight or the
  Advance. A voucher's Net paid / Net amount paid / Amount paid, never the Gross salary or the sales the incentive is
  on; a bulk row's Amount. A Bharat Connect page's sum large; a board's Amount paid; the corporation's Amount paid,
  never the Licence fee or the Penalty / late fee. *settled* (heldout175): an outward remittance counts the
  Remittance amount / Amount remitted / Foreign currency amount in EUR, USD or GBP (euro sign / EUR, $ / US$ / USD,
  pound sign / GBP), never the INR equivalent, the Commission and SWIFT charges, the GST on currency conversion or
  the Total debited (INR). An alert's sum debited, never the Avl Bal. Currency INR everywhere but the wires.
* status: as printed. *settled*: Credited / Credited to beneficiary successes; a payer's advice's Payment status:
  Paid / Status: Processed successes, On hold - bank details under verification pending, Rejected by bank - account
  closed failed. CHEQUE RECEIVED - SUBJECT TO REALISATION, CHEQUE DEPOSITED - SUBJECT TO CLEARANCE and PAYMENT UNDER
  VERIFICATION - CREDIT AWAITED pending; CHEQUE RETURNED - ..., CHEQUE BOUNCED - FUNDS INSUFFICIENT and UPI DECLINED
  - BALANCE DUE failed. *settled* (heldout175): Remittance processed - MT103 sent / Status: Remitted successes, Under
  process - Form A2 and import invoice awaited pending, Returned by beneficiary bank - IBAN invalid failed. A slip's
  DECLINED (RESP CODE ...) failed, TXN TIMEOUT - STATUS UNKNOWN pending. Transaction in process - awaiting
  beneficiary bank confirmation, Bill payment in process, Payment pending - awaiting bank confirmation, Status: In
  process and IMPS IN PROCESS pending; Transaction failed - beneficiary account frozen, Failed - invalid account,
  ON HOLD - BANK DETAILS WRONG, Bill payment failed, Transaction failed and Payment failed - amount if debited will
  be refunded failed. PAID, RECEIVED, RECEIVED WITH THANKS, Payment received, Fee paid, Bill paid successes. An SMS
  or e-mail alert that says the payment "has failed" failed, "is pending" pending, a debit alert a success.
* date: the day paid (Date, Receipt date, Dated, Invoice date, Bill date on a freight bill, Value date, Transaction
  date, Initiated on, Failed on, Attempted on, Received on, Payment date, Paid on, Date & time, Completed, Scheduled
  on / Rejected on on a payer's advice, Remittance date, Debited on, Request date, Returned on, a slip's DATE: / DT:,
  Processed on, Date of payment, the alert's day). Never a Bill date / Due date on a Bharat Connect page, a Bill
  month, a Salary month, a Licence year, an invoice number's financial year or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155), a Bharat Connect bill from a
  Current A/c, a board's or the corporation's Net banking, a link's Net banking; UPI for UPI apps, a link's UPI, the
  board's and the corporation's UPI, a receipt's, bill's or voucher's UPI; card on slips (EMI or not) and a link's
  card; cheque for a cheque received, deposited, returned or bounced; cash for a cash receipt, bill or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167): a UPI reference / UTR / RRN / IMPS
  reference (UPI transaction ID, UPI Ref No., UPI RRN, Bank ref on a link's UPI, UTR, UTR No., NEFT UTR, RTGS UTR,
  IMPS Ref No., IMPS RRN, a slip's RRN: / REF NO:, an alert's UTR / UPI Ref No / IMPS Ref No), then a bank reference
  (*settled* (heldout175) an outward advice's Our reference / Remittance ref No. / Transaction reference; Reference
  No., Txn Ref No., Bank Ref No., a link's Bank ref on Net banking, B-Connect Txn ID / Bharat Connect Ref. No.), then
  a transaction / payment id (Payment ID pay_..., PayU ID, an app's own id (Google transaction ID, Transaction ID),
  the Transaction ID on Bharat Connect, link and corporation pages), then an approval code (APPR CODE: / AUTH CODE:,
  Auth code), then a document's own number (Invoice No. / Inv. No., Bill No., Receipt No. / Rcpt. No., Voucher No.,
  a slip's INVOICE NO: / ROC NO:, a payment advice's Payment document / Payment No., a board's Receipt No.).
  *settled*: never a UETR (printed here only beside an Our reference / Remittance ref No., which outranks it),
  Against invoice or the invoices listed on an advice, Vendor code, Job No., Shipping bill No., BL / HBL No.,
  Container, E-way bill No., ARN, Drawback scroll No., IEC, Port code, Call No. / Ticket No., Machine Sr. No.,
  Establishment ID, Employer code, Consumer No. / Service No., Token No., a bulk File name, MID, TID, BATCH NO, a
  card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled* (heldout171): never
  Maker / Checker. *settled* (heldout175): never a Truck No., Bill of entry No., IBAN or Invoice ref on a payment
  link. *settled* (new here): never a Quotation No. / Order No. on a money receipt, an LR No., an Emp. code, a Trade
  licence No. or an EMI slip's TENURE / ISSUER line.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout178_families import (
    bank_alerts,
    builder_advices,
    builder_receipts,
    commission_upi,
    compose,
    customer_links,
    emi_slips,
    factory_pay,
    import_wires,
    morbi_invoices,
    power_civic,
    staff_pay,
    transport_bills,
)

SPLIT = "heldout178"

FAMILIES: list[Family] = [
    ("builder_receipts", builder_receipts, BILL_FACES),
    ("builder_advices", builder_advices, PAGE_FACES),
    ("morbi_invoices", morbi_invoices, PAPER_FACES),
    ("factory_pay", factory_pay, PAGE_FACES),
    ("commission_upi", commission_upi, SCREEN_FACES),
    ("customer_links", customer_links, PAGE_FACES),
    ("emi_slips", emi_slips, SLIP_FACES),
    ("transport_bills", transport_bills, PAPER_FACES),
    ("staff_pay", staff_pay, PAPER_FACES),
    ("power_civic", power_civic, SCREEN_FACES),
    ("import_wires", import_wires, PAGE_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout178_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout178 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout172: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a construction-equipment rental company's day in 2026 (Vajra Cranes & Earthmovers Pvt
Ltd, trading as Vajra Crane Hire, its yards at Chakan near Pune and at Urla, Raipur, hiring out Hydra and mobile
cranes, excavators, JCBs and compactors with their operators), told by the proofs of payment it receives (site
clients' UPI and hire payment links, builders' and contractors' NEFT / RTGS / IMPS and their payment advices, its
own hire invoices with the payment block) and those it makes (spare parts bought abroad by SWIFT in US dollars,
euros and pounds, diesel at fuel pumps and parts at counters by card and fleet card, parts and service suppliers,
low-bed trailer owners moving its machines, operators' bata and wages, EPF, ESI, the machines' road tax and the
profession tax, the yards' electricity and water and the GPS trackers' SIMs, the equipment loans' EMIs and the
machinery insurance, the bank's alerts). One payment per page. Each family: six successes, one failure, one wait;
one page prints no transaction id and one no day (truth None for those fields; the page that prints no day prints
no other day either, no financial year in a number, and moves bank money by IMPS, whose reference does not spell the
day).

* ``hire_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM, Amazon Pay, MobiKwik) and two hire payment
  links (Razorpay, Cashfree). ``client_transfers``: four payers' net-banking acknowledgements (Mahabank Internet
  Banking, yono BUSINESS, Kotak Corporate Net Banking, Cosmos Bank Net Banking) and four payers' payment advices (two
  e-mails, a printed SAP remittance advice, a supplier portal). ``hire_invoices``: the company's TAX INVOICE / HIRE
  INVOICE CUM RECEIPT / MONEY RECEIPT (serif, rubber stamp). ``import_parts``: six banks' outward remittance advices
  (browser, e-mail, printed) and two overseas suppliers' e-mailed receipts. ``pump_slips``: card terminal slips at
  fuel pumps (two on fleet cards) and parts counters (monospace). ``spares_bills``: parts and service suppliers'
  invoices with the payment block (and their e-mails). ``machine_transport``: low-bed trailer owners' freight bills
  and e-mails. ``operator_wages``: printed bata and wage vouchers and a bank's bulk payout rows. ``statutory``:
  EPFO's and ESIC's challan pages, VAHAN tax receipts, GRAS profession tax e-challans. ``yard_bills``: Bharat Connect
  in business banking apps, the boards' own pages (MSEDCL, CSPDCL), MIDC's and CSIDC's water pages and the telecom
  providers' receipts. ``finance_insurance``: lenders' EMI receipts and e-mail, insurers' premium receipts.
  ``bank_alerts``: the bank's SMS and e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout167's, kept where they say *settled*; heldout171's where this set meets the same papers):

* merchant_name: the one paid, as printed (capitals where so printed). A client's UPI screen pays the company (its
  trade name, its yard's or its company's as printed) under Paid to / To / Sent to / Paying to, never the UPI ID or
  the app; a payment link's company on top, never the Customer / Paid by / Payer or the gateway's footer. A payer's
  net-banking page pays the company under Beneficiary name / Payee / Credit to / Beneficiary, never the portal on top
  or the Remitter / Debit account name. *settled*: a brand owner's payment advice pays the company under Payee /
  Vendor / Beneficiary, never the brand on top (the payer) (here a builder's or contractor's advice, and its
  supplier portal's Supplier). The company's own hire invoice or money receipt the company (or its trade name) on
  top, never M/s the builder under Bill to / Client / Buyer or the "A unit of" line. *settled* (new here): an
  outward remittance advice pays the overseas supplier under Beneficiary / Beneficiary name, never the bank on top,
  the Applicant / Remitter (the company) or the Beneficiary bank; the supplier's own receipt e-mail the supplier on
  top, never Received from / Customer. A slip's counter name line in capitals, never the terminal's maker, the area
  line or the fleet card's name. A supplier's, transporter's or inspection firm's name on top of its own paper or
  e-mail, never M/s the company under Buyer / Bill to / Consignor / Billing party. *settled* (heldout150,
  heldout161): a wage voucher pays the worker under Paid to / Name of worker, never the company on top; a bulk payout
  the Beneficiary name, never the Debit account name (here Name of operator / Payee and Employee name / Payee name
  too, never the Machine). *settled* (heldout153): EPFO's and ESIC's challans pay the Employees' Provident Fund
  Organisation and the Employees' State Insurance Corporation (or ESIC as printed) on top, never the Ministry line or
  the Establishment / Employer name. *settled* (new here): a VAHAN receipt pays the state's Transport Department on
  top, never VAHAN / Parivahan or the Owner name; a GRAS e-challan pays the Department as printed (Maharashtra Goods
  and Services Tax Department / Sales Tax Department), never Government of Maharashtra on top, GRAS or the Name. A
  Bharat Connect page's board under Biller / Electricity board (short or long as printed), never the app, Bharat
  Connect or the Consumer name; a board's own page the board on top; *settled* (new here): an industrial
  corporation's water page the corporation on top (MIDC / CSIDC, short or long as printed), never the Allottee; a
  telecom provider the provider on top, never the Account name. *settled* (new here): a lender's EMI receipt pays
  the lender (its brand on top), never its company line under it, the Customer name or the Asset; an insurer's
  premium receipt the insurer on top, never the Insured. An SMS alert's payee as the bank sends it ("to CHAMBAL
  OFFSET PRINTE": *settled*, the truncated name as printed; here "to SHREE BALAJI HEAVY HA"), never the bank or the
  sender id; the bank's e-mail alert likewise ("towards <payee>" as printed), never the bank in the sender line or
  the sign-off.
* amount / currency: the sum this payment moved. *settled* (new here, as heldout155's wires): an outward remittance
  counts the Remittance amount / Amount remitted / FCY amount in the currency remitted (USD, EUR, GBP; $ / US$ /
  USD, EUR / euro sign, GBP / pound sign), never the INR equivalent / Amount debited (INR) or the Commission &
  charges; the supplier's receipt its Amount received in that currency. A UPI screen's and a link's sum large; a
  net-banking page's Amount / Transfer amount / Amount (INR), never the Charges (incl. GST). A payer's advice's Net
  amount paid / Amount paid / Net payment / Amount credited (the invoices less TDS u/s 194C / 194-I and, on some, the
  diesel issued at site), never an invoice's sum or the Gross amount. The company's invoice's Amount received /
  Received / Net received (after TDS) or Cheque received / Cheque amount, never the Taxable value, a machine's line
  or the Invoice total where TDS is deducted. A slip's AMOUNT: / TOTAL: / SALE AMT:, never the RATE: or VOLUME:. A
  supplier's Received / Amount received / Net received (after TDS u/s 194J) / Payment advised / Cheque received /
  Cheque amount, never the Sub total or a line. *settled* (new here): a transporter's Balance received (the Total
  freight less the Advance paid at loading) or Amount received / Received / Amount returned, never the Total freight
  where an advance is deducted, the Advance, the Freight or the Toll. A voucher's Net paid / Net amount paid / Amount
  paid, never the Gross or a day's rate; a bulk row's Amount. EPFO's Total amount / Total remitted and ESIC's Total
  amount, never an account or a share; VAHAN's Total amount / Amount paid, never the Motor vehicle tax where a fee or
  penalty is added; GRAS's Amount. A Bharat Connect page's sum large; a board's Amount paid / Amount; a water page's
  Amount paid / Amount, never the Water charges; a provider's Amount paid. *settled* (new here): a lender's Amount
  paid / Total amount paid (the EMI with its Overdue charges), never the EMI amount where charges are added; an
  insurer's Total premium paid / Premium paid / Amount paid (with GST), never the Net premium or the Sum insured. An
  alert's sum debited, never the Avl Bal / Available balance. Currency INR everywhere but the remittances and the
  suppliers' receipts.
* status: as printed. A payer's advice's Status: Paid / Processed / Payment released successes. *settled*: CHEQUE
  DEPOSITED - SUBJECT TO CLEARANCE, CHEQUE RECEIVED - SUBJECT TO REALISATION and PAYMENT UNDER VERIFICATION - CREDIT
  AWAITED pending; CHEQUE RETURNED - ... failed (here FUNDS INSUFFICIENT); On hold - bank details under verification
  pending (heldout167's brand). *settled* (new here): CHEQUE BOUNCED - HIRE SUSPENDED failed. *settled* (new here):
  Status: Remitted / Remittance processed - SWIFT MT103 sent successes, Under process - Form A2 and invoice under
  scrutiny pending, Returned by beneficiary bank - account closed; INR re-credited failed; Payment received - thank
  you / Your payment has been credited successes. A slip's DECLINED (RESP CODE ...) failed, TXN TIMEOUT - STATUS
  UNKNOWN pending. Transaction in process, In process, Bill payment in process, Challan status: Pending with bank,
  Payment pending - awaiting confirmation from bank, Payment pending - status will be updated in 24 hours and
  Awaiting confirmation from bank pending; *settled* (new here): Payment under process - policy will be issued on
  realisation pending. Transaction rejected - exceeds daily transfer limit, Transaction failed - bank server not
  responding, Failed - account blocked, Transaction failed - amount will be refunded by the bank, Payment failed -
  amount if debited will be refunded, EMI payment failed - amount if debited will be refunded failed; *settled* (new
  here): NEFT returned - beneficiary name mismatch, please re-initiate failed. PAID, BATA PAID, PAYMENT RECEIVED,
  RECEIVED WITH THANKS, FREIGHT RECEIVED, Balance freight received - thank you, EMI paid, Premium received, Challan
  paid, Payment status: Success successes. An SMS or e-mail alert that says the payment "has failed" failed, "is
  pending" (or "is pending with the beneficiary bank") pending, a debit alert a success.
* date: the day paid (Date & time, Paid on, Completed, Attempted on, Payment date, Transaction time, Transaction date,
  Value date, Initiated on, Rejected on, an invoice's, bill's or voucher's Date / Invoice date / Bill date, Debited
  on, Remitted on, Submitted on, Returned on, Received on, Credited on, a slip's DATE: / DT:, Advice dated,
  Processed on, Challan paid date, Challan created on, Receipt date, Date of payment, the alert's day). Never a Hire
  period, a Bill date / Due date, a Bill month, a Wage month / Contribution period / Period, Tax upto, an EMI due
  date, a Period of insurance, the file name's month, an invoice number's financial year or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT outward or inward wire (heldout155), a payer's or
  lender's Net banking, a Bharat Connect bill from a Current A/c, EPFO's, ESIC's, VAHAN's and GRAS's net banking,
  a board's, a corporation's or a provider's Net banking, a link's Net banking; UPI for UPI apps, a link's UPI, a
  Bharat Connect bill paid by UPI, the boards', corporations' and lenders' UPI; card on card slips, a link's card, a
  receipt's Card, a lender's Debit card, an insurer's Credit card; *settled* (new here): card on a fleet card's slip
  (XTRAPOWER FLEET CARD, BPCL SMARTFLEET); cheque for a cheque received, deposited or returned; cash for a cash
  receipt or voucher. *settled* (heldout171): wallet for a provider paid via Paytm Wallet (here MobiKwik Wallet
  too).
* transaction_id: the highest family printed (heldout152's order, as heldout167): a UPI reference / UTR / RRN / IMPS
  reference (UPI transaction ID, UPI Ref No., UPI Ref. No., UPI Reference No., UPI RRN, UPI Ref ID, UTR, UTR No.,
  NEFT UTR, RTGS UTR, IMPS Ref No., IMPS RRN, a slip's RRN:, an alert's UTR / UPI Ref No / IMPS Ref No), then a bank
  reference (*settled* heldout155: a wire advice's Inward ref No. / Our reference / Transaction reference, here on
  outward advices with Outward ref No.; Reference No., Txn Ref No., Bank Ref No., Bank reference No., Bank
  reference, Batch ref, B-Connect Txn ID / Bharat Connect Ref. No., *settled* (new here) GRAS's Bank CIN), then a
  transaction / payment id (Payment ID pay_..., CF Payment ID, an app's own id (Google transaction ID, Transaction
  ID, MobiKwik Txn ID), EPFO's CRN, VAHAN's Transaction No., the Transaction ID / Payment ID on water, provider,
  lender, insurer and Bharat Connect pages), then an approval code (APPR CODE: / AUTH CODE:, Auth code), then a
  document's own number (Invoice No. / Inv. No. / Bill No. / Freight bill No., Receipt No., Voucher No. / V. No., a
  slip's INVOICE NO: / BILL NO: / ROC NO:, a payment advice's Payment document / Clearing document / Payment No.,
  EPFO's TRRN and ESIC's Challan No. (heldout161), *settled* (new here) GRAS's GRN, a board's, corporation's,
  lender's or insurer's Receipt No.). *settled*: never a UETR (printed here only beside an outward reference, which
  outranks it), Against invoice or the invoices listed on an advice, Vendor code, Job No., Shipping bill No., BL /
  HBL No., Container, E-way bill No., ARN, Drawback scroll No., IEC, Port code, Call No. / Ticket No., Machine Sr.
  No., Establishment ID, Employer code, Consumer No. / Service No., Token No., a bulk File name, MID, TID, BATCH NO, a
  card, account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled* (heldout171): never a Loan
  account No., a Property ID, an Account No. on a provider's page or the EMI line. *settled* (new here): never a
  Booking ref / Booking No., a Work order / Work order No., Log sheets, a Job card No., a Proforma / Supplier invoice
  No., a Bill of Entry No., an LR No. / CN No., a Vehicle No. / VEHICLE NO: / Registration No. / Machine (its
  registration), a Chassis No., a PTRC No., a Plot No., a Policy No. / Proposal No., a PAN or the Purpose code.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout172_families import (
    bank_alerts,
    client_transfers,
    compose,
    finance_insurance,
    hire_invoices,
    hire_upi,
    import_parts,
    machine_transport,
    operator_wages,
    pump_slips,
    spares_bills,
    statutory,
    yard_bills,
)

SPLIT = "heldout172"

FAMILIES: list[Family] = [
    ("hire_upi", hire_upi, SCREEN_FACES),
    ("client_transfers", client_transfers, PAGE_FACES),
    ("hire_invoices", hire_invoices, BILL_FACES),
    ("import_parts", import_parts, PAGE_FACES),
    ("pump_slips", pump_slips, SLIP_FACES),
    ("spares_bills", spares_bills, PAPER_FACES),
    ("machine_transport", machine_transport, PAPER_FACES),
    ("operator_wages", operator_wages, PAPER_FACES),
    ("statutory", statutory, PAGE_FACES),
    ("yard_bills", yard_bills, SCREEN_FACES),
    ("finance_insurance", finance_insurance, PAGE_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout172_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout172 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout181: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an auto-components machining unit's day in 2026 (Shivneri Precision Components Pvt Ltd,
an MSME supplier of turned and forged parts with its plant at Chakan and its unit at Hosur), told by the proofs of
payment it receives (vehicle makers' NEFT / RTGS payment advices, the bank's supply-chain finance disbursals against
their accepted invoices, scrap dealers' payments for turnings and borings on its own money receipts) and those it
makes (job-workers and tool dealers by UPI and payment links, steel mills' invoices with the payment block, the
heat-treatment vendor and forging shops from corporate net banking and the bank's SMS of them, outward wires for
imported cutting tools and gauges in euros, pounds and US dollars, transporters' freight bills, the pollution
control boards' and factory inspectorates' fees, card slips at tool shops, fuel outlets and a hotel, contract
workers' vouchers and bulk payouts, the shop's electricity and gas through Bharat Connect). One payment per page.
Each family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``oem_advices``: vehicle makers' payment advice e-mails, supplier portal pages and printed VENDOR PAYMENT ADVICE.
  ``scf_disbursals``: the bank's supply-chain finance disbursal pages, e-mails and printed DISBURSEMENT ADVICE.
  ``jobwork_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM) paying job-workers and two dealers'
  payment links (Instamojo, Cashfree). ``steel_invoices``: mills' and stockists' TAX INVOICE / TAX INVOICE CUM
  RECEIPT with the payment block and a rubber stamp (paper). ``vendor_transfers``: corporate net-banking pages (bob
  World Business, Canara, IDFC FIRST, YES CONNECT, FedCorp), the bank's beneficiary credit advice e-mail and two SMS
  of such transfers. ``tooling_wires``: foreign outward remittance advices (browser, printed, e-mail).
  ``freight_bills``: transporters' FREIGHT BILL CUM MONEY RECEIPT (paper), e-mails and booking portals.
  ``statutory_fees``: MPCB (GRAS), TNPCB (OCMMS) and the two states' DISH fee receipts. ``shop_slips``: card
  terminal slips (monospace). ``shopfloor_vouchers``: printed contract labour / debit / cash vouchers and a bank's
  bulk transfer record page. ``scrap_receipts``: the company's own MONEY RECEIPT / RECEIPT VOUCHER / PAYMENT
  ACKNOWLEDGEMENT (paper, rubber stamp) and its receivables desk's e-mail. ``power_bills``: Bharat Connect in
  business banking apps (MSEDCL, TNPDCL, MNGL) and the boards' own receipt pages. The families' docstrings list
  each layout's labels.

Truth conventions (heldout167's and heldout179's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179): a payer's payment advice (here a vehicle maker's) pays the company under Vendor / Supplier name / Pay
  to / Beneficiary, never the payer on top. *settled* (new here): a bank's supply-chain finance disbursal pays the
  company under Vendor / Borrower / Beneficiary, never the bank on top, its programme line or the Anchor (the
  vehicle maker). A UPI screen's payee under Paid to / Sent to / Payment to / To (here the job-worker), never the UPI
  ID or the app; a payment link's payee on top (here the dealer), never Paid by or the gateway's footer. A mill's or
  transporter's name on top of its own paper, e-mail or portal, never M/s the company under Buyer / Bill to /
  Consignee / Consignor / Party / Billed to. A corporate banking page pays the vendor under Beneficiary / Payee /
  Transfer to, never the portal on top or the Debit A/c; *settled* (heldout175): the bank's beneficiary credit advice
  e-mail pays the beneficiary, never the bank on top. *settled* (heldout175): a bank's outward remittance advice
  pays the supplier abroad under its payee label (here Payee / Beneficiary customer), never the bank on top, the
  Ordering customer (the company) or the Beneficiary bank. *settled* (new here): a pollution control board's or
  factory inspectorate's fee receipt pays the authority on top (Maharashtra Pollution Control Board; Directorate of
  Industrial Safety and Health, Tamil Nadu; as printed), never the payment channel line (GRAS, OCMMS, Karuvoolam) or
  the Name of industry / Occupier. A slip's counter name line in capitals, never the terminal's maker or the town
  line. *settled* (heldout150, heldout161, heldout179): a voucher pays the worker or contractor under Paid to /
  Name of payee, never the company on top; a bulk payout the Beneficiary name, never the Debit account. *settled*
  (heldout175, heldout179): the company's own money receipt pays the company on top (its full or short name as
  printed), never the party under Received from / Party; its receivables desk's e-mail likewise. A Bharat Connect
  page's biller under Biller name (short or long as printed: MSEDCL, TNPDCL, MNGL), never the app, Bharat Connect or
  the Registered name; a board's own page the board on top. An SMS alert's payee as the bank sends it ("to SAHYADRI
  HEAT TREATE": *settled*, the truncated name as printed), never the bank or the sender id.
* amount / currency: the sum this payment moved. *settled* (heldout152): a payment advice's Net amount credited /
  Amount paid / Net remittance (after TDS u/s 194Q and a rejection debit note), never the Gross amount or a GRN's
  sum. *settled* (new here): a supply-chain finance disbursal's Net disbursed / Amount credited / Net credit to
  vendor (the finance amount less the discount and the processing fee), never the Invoice value, the Finance amount,
  the Discount, the fee or the Programme limit. A UPI screen's and a link's sum large. A mill's Payment received /
  Amount recd. / Cheque recd. / Cheque amount (the rounded Invoice value with GST), never the Taxable value or a
  line. A corporate banking page's Transaction amount / Amount (INR) / Payment amount, never the Service charge +
  GST; an SMS's sum sent, never the Bal. *settled* (heldout175): an outward remittance counts the FCY amount /
  Amount in foreign currency / Remitted amount in EUR, GBP or USD, never the INR amount debited, the Bank charges or
  the GST on FX. *settled* (heldout179): a transporter's Net paid / Amount received / Received amount / Amount (the
  Total less TDS u/s 194C where deducted), never the Total or the Freight. A fee receipt's Fee amount / Total paid /
  Amount. A slip's SALE AMOUNT: / TOTAL AMOUNT: / AMT INR:, never the PRICE/L: or the QTY:. A voucher's Net paid /
  Amount paid, never the Gross amount; a bulk record's Amount. *settled* (heldout175, heldout179): a money receipt's
  Amount received / Cash received / Received via UPI / Cheque received / Cheque amount, never the Invoice total
  (incl. GST and TCS) or the Balance receivable (*settled* (new here): a part payment counts what was received, not
  the invoice). A Bharat Connect page's sum large; a board's Amount paid. Currency INR everywhere but the wires.
* status: as printed. *settled* (heldout175, heldout179): a payer's hold is pending, a payer's returned payment
  failed; here Payment status: Released / Status: Cleared successes, Blocked for payment - PPAP approval pending
  pending, Payment returned - beneficiary account dormant failed. *settled* (new here): Disbursed / Status: Credited
  to vendor account successes, Disbursal under process pending, Disbursal rejected - programme limit exceeded
  failed. PAID IN FULL, RECEIVED - THANK YOU, FREIGHT PAID, PAYMENT RECEIVED, RECEIVED WITH THANKS, RECEIVED, PAID,
  Credited, Executed successfully, Status: Completed, Payment sent - SWIFT MT103 released, Payment received, Bill
  paid successfully, Payment successful, Status: Success successes. *settled* (new here): CHEQUE LODGED - CREDIT
  AWAITED, CHEQUE ACCEPTED - SUBJECT TO CLEARANCE, PAYMENT IN TRANSIT - TO BE CONFIRMED, Sent to RBI - credit
  confirmation awaited, Awaiting documents - invoice and Form A2 under scrutiny, Awaiting bank confirmation - do not
  pay again, Payment awaiting biller confirmation, Under processing, Awaiting confirmation from bank, Payment is
  being confirmed and a slip's HOST NOT RESPONDING - STATUS UNKNOWN pending; CHEQUE RETURNED UNPAID - EXCEEDS
  ARRANGEMENT, CHEQUE DISHONOURED - REFER TO DRAWER, IMPS FAILED - RESEND PAYMENT, Rejected by beneficiary bank -
  account frozen, Returned - beneficiary name mismatch at receiving bank, Payment unsuccessful, Payment failed -
  amount will be reversed in 3 days, Rejected - beneficiary name mismatch, Payment declined, Transfer failed, Payment
  could not be completed and a slip's DECLINED - 55 INCORRECT PIN failed. An SMS that says the transfer "has failed"
  failed, "is pending" pending, a sent alert a success.
* date: the day paid (Paid on, Value date, Blocked on / Returned on on a payer's advice, Disbursal date, Requested
  on / Rejected on on a disbursal, Paid at, Date & time, Payment time, an invoice's, bill's, receipt's or voucher's
  Invoice date / Date / Bill date / Receipt date / Vr. date, Executed on, Submitted on, Remitted on, Date of payment,
  Processed on, a slip's DATE/TIME: / TXN DATE:, the SMS's day). *settled* (new here): a disbursal's Due date of
  repayment is never the day; nor a Bill period, an expiry, an invoice number's financial year or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a supply-chain finance
  disbursal credited to the current account (*settled* (new here)), a Bharat Connect bill from a Current A/c, a fee
  or a board paid by Net banking; UPI for UPI apps, a link's UPI, a board's, a fee's, a bill's, a receipt's or a
  voucher's UPI; card on slips, a link's card, a fee paid by Debit card; cheque for a cheque received, lodged,
  returned or dishonoured; cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 and heldout179): a UPI reference /
  UTR / RRN / IMPS reference (UPI Ref. ID, UTR No., UPI transaction ID, UPI Ref No., UTR, Bank reference (UTR), NEFT
  UTR No. / RTGS UTR No., UTR reference, IMPS RRN, IMPS Ref No., a slip's REF NO:, an SMS's UTR / IMPS RRN), then a
  bank reference (*settled* (new here) a disbursal's Disbursal ref No. / Disbursement reference; *settled*
  (heldout175) an outward advice's Outward ref No. / Transaction ref.; Bank reference, Txn reference No., Bank Ref
  No., Bank CIN (heldout179), Bank transaction No., Bharat Connect ID / B-Connect Ref), then a transaction / payment
  id (Payment ID MOJO..., Cashfree's Reference ID, Google transaction ID, an app's own Transaction ID, a bulk
  record's Record ID, a fee's PG reference, the Txn Ref. ID on Bharat Connect), then an approval code (APPROVAL
  CODE:, Auth code), then a document's own number (Invoice No. / Bill No., Freight bill No. / Money receipt No.,
  Receipt No. / MR No., Vr. No. / Voucher No., a slip's BILL NO:, a board's Receipt No., a fee's GRN / Challan No.
  (heldout179), a payer's Payment document No. / Clearing doc, *settled* (new here) a disbursal's Request ID).
  *settled*: never a UETR, Against invoice or the invoices listed on an advice, Vendor code / Supplier code, E-way
  bill No., Consumer No., a bulk File name, MID, TID, BATCH, a card, account or mobile number, a UPI ID, BIC, GSTIN,
  IFSC, IBAN or a cheque number; never Maker / Checker or Authorised by (heldout171). *settled* (new here): never a
  GRN / MIGO number on a payer's advice (a goods receipt, not the fee's GRN), Finance A/c No., Programme limit, Heat
  No., Vehicle No., LR No. / GC Note No., Forward contract Deal ID, Proforma invoice No., Consent No. / Factory
  licence No. / Application ID, BP No. or Against scrap invoice.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout181_families import (
    compose,
    freight_bills,
    jobwork_upi,
    oem_advices,
    power_bills,
    scf_disbursals,
    scrap_receipts,
    shop_slips,
    shopfloor_vouchers,
    statutory_fees,
    steel_invoices,
    tooling_wires,
    vendor_transfers,
)

SPLIT = "heldout181"

FAMILIES: list[Family] = [
    ("oem_advices", oem_advices, PAGE_FACES),
    ("scf_disbursals", scf_disbursals, PAGE_FACES),
    ("jobwork_upi", jobwork_upi, SCREEN_FACES),
    ("steel_invoices", steel_invoices, PAPER_FACES),
    ("vendor_transfers", vendor_transfers, SCREEN_FACES),
    ("tooling_wires", tooling_wires, PAGE_FACES),
    ("freight_bills", freight_bills, BILL_FACES),
    ("statutory_fees", statutory_fees, PAGE_FACES),
    ("shop_slips", shop_slips, SLIP_FACES),
    ("shopfloor_vouchers", shopfloor_vouchers, PAPER_FACES),
    ("scrap_receipts", scrap_receipts, PAPER_FACES),
    ("power_bills", power_bills, SCREEN_FACES),
]


def make_heldout181_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout181 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

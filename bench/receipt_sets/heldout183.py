"""heldout183: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an architecture and interior design studio's day in 2026 (Aangan Architects & Interiors
LLP, its studio at Pune and its site office at Porvorim, Goa), told by the proofs of payment it receives
(institutional clients' NEFT / RTGS fee payment advices, homeowners' UPI and payment links for design fees, its own
fee receipts) and those it makes (suppliers' tax invoices for marble, plywood, hardware, lighting and fabric, the
net-banking payments of contractors' running bills, the site office's labour and petty cash vouchers and payouts,
outward wires for imported furniture, lighting, tiles and textiles in euros, US dollars and pounds, the clearing
agents' and movers' bills, the municipal plan-approval fees, site staff's card slips, the site's electricity and
broadband, the bank's debit alerts). One payment per page. Each family: six successes, one failure, one wait; one
page prints no transaction id and one no day (truth None for those fields).

* ``client_advices``: institutional clients' fee payment advice e-mails, printed VENDOR PAYMENT ADVICE / PAYMENT
  INTIMATION and vendor portal pages. ``homeowner_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM,
  Amazon Pay) paying the studio and two of its payment links (Instamojo, Cashfree). ``fee_receipts``: the studio's
  own FEE RECEIPT / MONEY RECEIPT / RECEIPT (paper, rubber stamp) and its accounts desk's receipt e-mails.
  ``supplier_invoices``: suppliers' TAX INVOICE / INVOICE CUM RECEIPT with the payment block and a rubber stamp
  (paper). ``contractor_transfers``: corporate net-banking pages (ENet, ICICI CIB, Kotak FYN, Axis, IDFC FIRST
  Business, YES CONNECT) and the bank's beneficiary payment advice e-mails. ``site_vouchers``: printed LABOUR PAYMENT
  / PETTY CASH / DEBIT VOUCHERs, RazorpayX payout pages and a bank's bulk payment row. ``import_wires``: outward
  remittance advices (e-mail, browser, printed). ``cargo_bills``: customs brokers' and movers' bills (paper, e-mail,
  portal). ``plan_fees``: planning authorities' online fee receipts (PMC, Goa's TCP, PCMC, CCP, PMRDA).
  ``site_slips``: card terminal slips (monospace). ``site_bills``: Bharat Connect in business banking and UPI apps
  and the billers' own pages (MSEDCL, Goa Electricity Department, Konkan Fibrenet). ``bank_alerts``: the bank's SMS
  debit alerts and two e-mail transaction alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167's brand owner's advice,
  heldout175's, heldout179's dairy union's): a payer's payment advice (here an institutional client's) pays the
  studio under Payee / Beneficiary, *settled* (new here) or Consultant / Vendor name, never the client (the payer) on
  top or the Project. A UPI screen's payee under Paid to / To / Sent to / Paying to (here the studio), never the UPI
  ID or the app; a payment link's payee on top (here the studio), never Paid by / Customer or the gateway's footer.
  *settled* (heldout175, heldout179): the studio's own fee receipt pays the studio on top (its full, capital or
  short name as printed), never the party under Received from / Client; its accounts desk's receipt e-mail likewise.
  A supplier's, customs broker's or mover's name on top of its own paper, e-mail or portal, never M/s the studio
  under Buyer / Bill to / Consignee / Importer / Client. A corporate banking page pays the contractor under
  Beneficiary name / Payee name / Credit to, *settled* (new here) or Transfer to, never the portal on top or the
  Debit account; *settled* (heldout175): the bank's beneficiary payment advice e-mail pays the beneficiary, never the
  bank on top. *settled* (heldout150, heldout161, heldout179): a wage or expense voucher pays the worker under Paid to;
  *settled* (new here) a labour or petty cash voucher pays the carpenter, polisher or tempo owner under Paid to / Name
  of payee, never the studio on top or the Site in-charge; a bulk payout the Beneficiary name, never the Debit
  account name; *settled* (new here) RazorpayX's payout page the Contact name / Beneficiary, never RazorpayX on top or
  the studio under it. *settled* (heldout175): a bank's outward remittance advice pays the maker abroad under
  Beneficiary / Beneficiary name, *settled* (new here) or Beneficiary customer, never the bank on top, the Remitter /
  Applicant (the studio) or the Beneficiary bank. *settled* (new here): a planning authority's fee receipt pays the
  authority on top (Pune Municipal Corporation; Town & Country Planning Department, Goa; Corporation of the City of
  Panaji; as printed, capitals where so printed), never the department / portal line under it, the Architect /
  Applicant (the studio) or the Owner. A slip's counter name line in capitals, never the terminal's maker or the town
  line. A Bharat Connect page's biller under Biller / Electricity board, *settled* (new here) or Biller name / Service
  provider (short or long as printed, a broadband company too), never the app, Bharat Connect or the Customer /
  Consumer name; a biller's own page the biller on top. An SMS alert's payee as the bank sends it ("to SUTAR
  WOODCRAFT INTERI": *settled*, the truncated name as printed), never the bank or the sender id; *settled* (new here)
  the bank's e-mail transaction alert the Beneficiary / To as printed, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152): a payment advice's Net amount paid (after
  TDS, here u/s 194J @ 10%, and *settled* (new here) a Retention @ 5%) / *settled* (new here) Amount released / Net
  payment, never a fee bill's sum. A UPI screen's and a link's sum large. *settled* (heldout175, heldout179): a
  receipt's Amount received / Cash received / Cheque received / Received by UPI / Cheque amount; *settled* (new here)
  a fee receipt counts the sum received even where it is part of the stage's fee, never the Fee for this stage /
  Stage fee (incl. GST) or the Balance fee. A supplier's Amount received / Payment received / Cheque received /
  Cheque amount (the rounded Invoice total with GST), never the Taxable value or a line; *settled* (new here) where
  an earlier advance is taken off (Less: Advance received), the Balance received, never the Invoice total. A
  corporate banking page's Amount / Transfer amount / Debit amount, never the Charges (incl. GST). A voucher's Net
  paid / Amount paid, never the Work done / Hire charges / Labour charges, the Less: Advance paid or the Less:
  Retention; a payout's or bulk row's Amount. *settled* (heldout175): an outward remittance counts the Remittance
  amount / Amount remitted, *settled* (new here) or FCY amount, in EUR, USD or GBP, never the INR equivalent, the
  Bank charges, the GST on currency conversion or the Total debited (INR). A broker's or mover's Net received /
  Amount received / Received / Amount (the Total less TDS u/s 194C @ 2% where deducted), never the Total. *settled*
  (new here): a plan-approval fee receipt's Total amount paid / Amount paid / Total, never a fee head (Scrutiny fee,
  Development charges, Labour welfare cess, Infrastructure improvement charges). A slip's BASE AMT: / TOTAL AMT: /
  AMOUNT:, never the RATE: or the VOLUME:. A Bharat Connect page's sum large; a biller's Amount paid. An alert's sum
  debited, never the Avl Bal. Currency INR everywhere but the wires.
* status: as printed. *settled*: Status: Paid / Payment status: Processed successes on a payer's advice; *settled*
  (new here) On hold - awaiting milestone certificate pending (a payer's hold) and Rejected by bank - beneficiary
  name mismatch failed. CHEQUE RECEIVED - SUBJECT TO REALISATION and CHEQUE DEPOSITED - SUBJECT TO CLEARANCE pending;
  CHEQUE RETURNED - ... failed (*settled*, heldout167), so CHEQUE RETURNED UNPAID - INSUFFICIENT FUNDS and CHEQUE
  RETURNED - SIGNATURE MISMATCH failed. PAYMENT UNDER VERIFICATION - CREDIT AWAITED pending; *settled* (new here)
  PAYMENT REVERSED BY BANK - AMOUNT DUE failed. Transaction successful / Status: Success successes, *settled* (new
  here) Status: Executed and Status: Debited successes; *settled* (new here) Sent to beneficiary bank - credit
  awaited pending and Failed - beneficiary account frozen, Failed - account closed failed. *settled* (new here):
  RazorpayX's Processed success, Processing - awaiting bank response pending, Reversed failed. *settled* (heldout175):
  an outward remittance's Remittance processed - MT103 sent success; *settled* (new here) Funds released - SWIFT
  MT103 issued success, On hold - pending FEMA compliance review pending, Returned by beneficiary bank - account name
  mismatch failed. *settled* (new here): a fee page's Fee paid success and Payment failed - transaction cancelled
  failed; Awaiting bank confirmation, Awaiting confirmation from bank, Payment is being processed, Pending with bank,
  Bill payment in process pending; Payment unsuccessful, Payment declined by bank, Bill payment failed, Payment failed
  failed. A slip's DECLINED (RESP CODE ...) failed; *settled* (new here) HOST NOT RESPONDING - STATUS UNKNOWN pending
  (as heldout179's TXN TIMEOUT). PAID, PAID IN FULL, RECEIVED, RECEIVED WITH THANKS, PAID - RECEIVED BY PAYEE,
  Payment received, Bill paid successes. An SMS that says the payment "has failed" failed, "is pending" pending, a
  debit alert a success.
* date: the day paid (Payment date, Value date, Paid on, Scheduled on / Rejected on on a payer's advice, Date & time,
  Completed, an invoice's, bill's, receipt's or voucher's Invoice date / Date / Dated / Bill date / Receipt date,
  Received on, Transaction date, Initiated on, Failed on, Remittance date, Date of payment, Processed on, *settled*
  (new here) RazorpayX's Processed at / Created at, a slip's DATE: / DT:, the SMS's day, an e-mail alert's Date).
  *settled* (heldout175): an outward remittance's Request date is the pending one's day. Never a Bill month, an
  e-mail's hour or a stage's percentage.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee or a biller paid by Net banking, a payout by IMPS; UPI for UPI apps, a link's UPI, a
  biller's, a fee's, a bill's, a receipt's, a voucher's or a payout's UPI; card on slips, a link's card, a fee paid
  by Debit card; cheque for a cheque received, deposited or returned; cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 and heldout179): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI RRN, UTR, UTR No., NEFT UTR, RTGS UTR, IMPS Ref
  No., RRN, *settled* (new here) a payment link's Bank reference beside UPI, a slip's RRN:, an SMS's UTR / UPI Ref
  No / IMPS Ref No), then a bank reference (*settled* (heldout175) an outward advice's Our reference / Remittance ref
  No. / Transaction reference; Transaction ref No., Reference No., Bank Ref No., *settled* (new here) a fee page's
  Bank transaction ID, B-Connect Txn ID / Bharat Connect Ref. No.), then a transaction / payment id (Instamojo's
  Payment ID MOJO..., *settled* (new here) Cashfree's CF Payment ID and RazorpayX's Payout ID pout_..., an app's own
  Transaction ID, a bulk row's Transaction ID, the Transaction ID on Bharat Connect), then an approval code (APPR
  CODE: / AUTH CODE:, Auth code), then a document's own number (Invoice No. / Inv. No., Bill No., Receipt No. / Rcpt
  No., *settled* (new here) Fee receipt No., Voucher No. / V. No., Payment document / Doc No. on a payer's advice, a
  slip's INVOICE NO: / BILL NO:, a biller's Receipt No., a fee page's Receipt No. / Challan No.). *settled*: never a
  UETR, the fee bills listed on an advice, Vendor ID / Vendor code, Job No., BE No. (Bill of entry), Container, MID,
  TID, BATCH NO, Consumer No. / CA No., a bulk File name or Row, Maker / Checker, IBAN, a card, account or mobile
  number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled* (new here): never a Proposal No. / File No., Survey
  No. / CTS No., CoA Reg. No., Proforma invoice No., Forward contract No., Account ID (a broadband account), HSN or a
  payout's Fund account.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout183_families import (
    bank_alerts,
    cargo_bills,
    client_advices,
    compose,
    contractor_transfers,
    fee_receipts,
    homeowner_upi,
    import_wires,
    plan_fees,
    site_bills,
    site_slips,
    site_vouchers,
    supplier_invoices,
)

SPLIT = "heldout183"

FAMILIES: list[Family] = [
    ("client_advices", client_advices, PAGE_FACES),
    ("homeowner_upi", homeowner_upi, SCREEN_FACES),
    ("fee_receipts", fee_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, PAPER_FACES),
    ("contractor_transfers", contractor_transfers, PAGE_FACES),
    ("site_vouchers", site_vouchers, PAPER_FACES),
    ("import_wires", import_wires, PAGE_FACES),
    ("cargo_bills", cargo_bills, BILL_FACES),
    ("plan_fees", plan_fees, PAGE_FACES),
    ("site_slips", site_slips, SLIP_FACES),
    ("site_bills", site_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout183_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout183 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

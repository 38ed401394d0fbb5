"""heldout186: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a handloom weavers' co-operative society's day in 2026 (Tantuvaya Handloom Weavers'
Co-operative Society Ltd, its society office and sales depot at Chirala, Andhra Pradesh, and its emporium at Abids,
Hyderabad), told by the proofs of payment it receives (retail chains' and export houses' remittance advices for
handloom lots, exhibition and online customers' UPI and payment pages, its own cash memos and sale receipts, buyers
abroad's inward wires) and those it makes (yarn depots', silk reelers' and zari works' tax invoices, the net-banking
payments of dyers', sizers' and finishers' job work, the weavers' piece-rate wage vouchers and payouts, the
exhibition organisers' stall rent receipts, the statutory and handloom scheme fees, the staff's card slips on tour
beside its own stalls' slips, its electricity and broadband, the bank's debit alerts). One payment per page. Each
family: six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for
those fields).

* ``buyer_advices``: retail chains' and export houses' remittance advice e-mails, printed REMITTANCE ADVICE /
  SUPPLIER PAYMENT ADVICE / Credit intimation and supplier portal pages. ``customer_upi``: six UPI app screens
  (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay) paying the society and two of its payment pages (Razorpay,
  PayU). ``sale_receipts``: the society's own CASH MEMO / SALE RECEIPT / MONEY RECEIPT (paper, rubber stamp) and its
  sales desk's receipt e-mails. ``yarn_invoices``: yarn depots', silk reelers' and zari works' TAX INVOICE / INVOICE
  CUM RECEIPT with the payment block and a rubber stamp (paper). ``dyer_transfers``: corporate net-banking pages
  (Union Bank, Canara Bank, OnlineSBI Corporate, Indian Bank, APCOB, bob World Business) and the bank's beneficiary
  credit advice e-mails. ``wage_vouchers``: printed WEAVER'S WAGE VOUCHER / LOOM WAGES PAYMENT VOUCHER / WAGES - CASH
  VOUCHER, Cashfree Payouts' transfer pages and a bank's wage upload row. ``export_wires``: inward remittance advices
  (browser, e-mail, printed) in US dollars, euros, pounds and Australian dollars. ``stall_rents``: exhibition
  organisers' stall rent receipts (paper, e-mail, exhibitor portal). ``scheme_fees``: statutory and scheme fee pages
  (the Registrar of Co-operative Societies, the GI Registry, the Textiles Committee's Handloom Mark, HEPC, the
  Development Commissioner (Handlooms)). ``expo_slips``: card terminal slips (monospace). ``society_bills``: Bharat
  Connect in business banking and UPI apps and the billers' own pages (APSPDCL, TGSPDCL, BSNL). ``bank_alerts``: the
  bank's SMS debit alerts and two e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout183's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout183): a payer's payment advice (here a retail chain's or export house's) pays the society under
  Payee / Beneficiary, *settled* (new here) or Supplier society / Credited in favour of, never the buyer (the payer)
  on top, the PO or the Credited to bank line. A UPI screen's payee under Paid to / To / Sent to / Paying to (here
  the society), never the UPI ID or the app; a payment link's or payment page's payee on top (here the society),
  never Paid by / Customer or the gateway's footer. *settled* (heldout175, heldout179, heldout183): the society's own
  receipt pays the society on top (its full, capital or short name as printed), never the party under Received
  from / Customer; *settled* (new here) its cash memo and its sales desk's receipt e-mail likewise. A depot's, reelers'
  or zari works' name on top of its own paper, never M/s the society under Buyer / Bill to / Consignee. A corporate
  banking page pays the job worker under Beneficiary name / Payee name, *settled* (new here) or Credit party /
  Counterparty, never the portal on top or the Debit account; the bank's beneficiary credit advice e-mail pays the
  beneficiary, never the bank on top. *settled* (heldout150, heldout161, heldout179, heldout183): a wage voucher pays
  the worker under Paid to, *settled* (new here) or Name of weaver, never the society on top or the Passed by
  line; a bulk or upload row the Beneficiary name, never the Debit account name; *settled* (new here) Cashfree
  Payouts' transfer page the Beneficiary name / Beneficiary, never Cashfree on top or the society under it.
  *settled* (heldout155, heldout161, heldout167): a bank's inward remittance advice pays the society under
  Beneficiary / Beneficiary name, *settled* (new here) or Credited to, never the bank on top, the Remitter /
  Ordering customer or the Remitting bank. *settled* (new here): an exhibition organiser's stall rent receipt,
  e-mail or portal page pays the organiser on top (as printed, capitals where so printed), never the event line,
  M/s the society under Exhibitor / Allotted to / Bill to or the Stall No. *settled* (heldout179, heldout183): a fee
  page pays the authority on top (here the Registrar of Co-operative Societies, A.P.; Geographical Indications
  Registry; Textiles Committee; Handloom Export Promotion Council; Office of the Development Commissioner
  (Handlooms); as printed), never the scheme / portal line under it or the Name of society / Applicant. A slip's
  counter name line in capitals (*settled* (new here): the society's own stall or emporium line on a customer's
  slip, TANTUVAYA HANDLOOMS STALL 42), never the terminal's maker or the town / venue line. A Bharat Connect page's
  biller under Biller / Biller name / Electricity board, *settled* (new here) or Operator (short or long as printed),
  never the app, Bharat Connect or the Customer name; a biller's own page the biller on top. An SMS alert's payee as
  the bank sends it ("trf to SRI SAI RAM YARN DYEIN": *settled*, the truncated name as printed), never the bank or
  the sender id; the bank's e-mail debit alert the Beneficiary / *settled* (new here) Paid to as printed, never the
  bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183): a payment advice's net sum,
  *settled* (new here) Net amount credited / Amount remitted / Net payable released (the invoices less TDS u/s 194Q
  @ 0.1% and a shade-variation debit note), never an invoice's sum. A UPI screen's and a payment page's sum large.
  *settled* (heldout175, heldout179, heldout183): a receipt's Cash received / Received by UPI / Cheque received /
  Amount received / Cheque amount; *settled* (new here) a cash memo's sum received after the Special rebate @ 20%,
  never the Total MRP, the rebate or a piece's line, and an order's Advance received, never the Net sale value or the
  Balance on delivery. A depot's Amount received / Payment received / Cheque received / Cheque amount, *settled* (new
  here) or Paid by society (the rounded Invoice total with GST), never the Gross value, the Less: 15% price subsidy
  (YSS) or the Taxable value; *settled* (heldout183) where an advance is taken off, the Balance received. A corporate
  banking page's Amount / Transfer amount, *settled* (new here) or Txn amount, never the Charges (incl. GST).
  *settled* (heldout167, heldout179): a wage voucher's Net wages paid / Amount paid, never the Wages earned, the
  pieces' line, *settled* (new here) the Less: Thrift fund @ 8% or the Less: Yarn advance recovered; a payout's or
  upload row's Amount. *settled* (heldout155, heldout167): an inward wire counts the Remittance amount / Foreign
  currency amount, *settled* (new here) or Inward amount, in the currency remitted (USD, EUR, GBP, *settled* (new
  here) AUD printed AUD or A$), never the INR equivalent, the Bank charges, the GST on currency conversion or the
  Amount credited (INR). *settled* (new here): a stall rent receipt's Amount received / Rent received / Balance
  received (after Less: Earnest money adjusted) / Amount, never the Stall rent, the Electricity and furniture or the
  Total where earnest money is taken off. A fee page's Total amount paid / Amount paid, *settled* (new here) or Total
  fee, never a fee head or the GST. A slip's SALE AMOUNT: / TOTAL: / AMT: (*settled* (new here) SALE AMOUNT: and
  AMT:), never the RATE: or the VOLUME:. A Bharat Connect page's sum large; a biller's Amount paid. An alert's sum
  debited (*settled* (new here) Amount debited on the e-mail), never the Bal. Currency INR everywhere but the wires.
* status: as printed. *settled*: a payer's advice's paid words successes; *settled* (new here) Status: Settled and
  Payment status: Released successes, Payment on hold - pending GRN reconciliation pending (a payer's hold) and
  Returned by bank - account number invalid failed. CHEQUE RECEIVED - SUBJECT TO REALISATION and CHEQUE DEPOSITED -
  SUBJECT TO CLEARANCE pending; CHEQUE RETURNED - ... failed (*settled*, heldout167), so CHEQUE RETURNED - EXCEEDS
  ARRANGEMENT and CHEQUE RETURNED - DRAWER'S SIGNATURE DIFFERS failed. *settled* (new here): PAYMENT UNDER
  VERIFICATION - ALLOTMENT PROVISIONAL pending and PAYMENT NOT REALISED - STALL RELEASED failed; STALL RENT RECEIVED
  a success. Transaction successful / Status: Success / Status: Credited successes, *settled* (new here) Status:
  Completed a success, Pending at beneficiary bank - credit awaited pending and Failed - beneficiary account dormant
  failed. *settled* (new here): Cashfree Payouts' Transfer status: SUCCESS success and Transfer status: PENDING -
  bank processing pending; a wage upload row's Rejected - account not seeded with Aadhaar failed (as heldout183's
  Failed - account closed). *settled* (heldout167): an inward wire's Credited to your account success, Received -
  ... awaited pending, Returned to remitting bank - beneficiary name mismatch failed; *settled* (new here) Funds
  credited after conversion success and Received - awaiting purpose code and export invoice pending. *settled* (new
  here): a fee page's Fee received success, Transaction pending - status will be updated in 24 hours pending and
  Payment failed - session expired failed; a payment page's Thank you! Your order is confirmed success and Payment
  pending - do not retry pending. A slip's DECLINED (RESP: ...) failed; *settled* (new here) NO RESPONSE FROM HOST
  (VERIFY WITH BANK) pending, as heldout183's HOST NOT RESPONDING, and TXN APPROVED a success. PAID, PAID IN FULL,
  RECEIVED, RECEIVED WITH THANKS, *settled* (new here) PAID - RECEIVED BY WEAVER, Payment received, Bill paid
  successes; Awaiting confirmation from bank, Bill payment in process, Pending with bank, In process pending; Payment
  failed, Payment declined by bank, Bill payment failed failed. An SMS that says the payment "has failed" failed,
  "is pending" pending, a debit alert a success (Status: Debited on the e-mail).
* date: the day paid (Payment date, Value date, Date & time, Paid on, Completed, an invoice's, memo's, receipt's or
  voucher's Invoice date / Date / Dated / Receipt date, Received on, Transaction date, Initiated on, Failed on,
  Returned on, Credited on, Date of payment, Processed on, a slip's DATE: / *settled* (new here) TXN DATE:, the SMS's
  day, an e-mail alert's Date). *settled* (new here): a payer's advice's Settlement date / Credit date and the
  pending one's Scheduled release (as heldout183's Scheduled on), a memo's Memo date, a wage voucher's Wage date,
  Cashfree Payouts' Processed on / Added on; *settled* (heldout167): an inward wire's Received on is the pending
  one's day. Never a Bill month, a Due date, an invoice number's financial year (TWS/26-27/...) or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee or a biller paid by Net banking, a payout or upload row by IMPS, an e-mail alert's
  Channel Internet banking; UPI for UPI apps, a payment page's UPI, a biller's, a fee's, a receipt's, a memo's, a
  voucher's or a payout's UPI (an order's advance by UPI too); card on slips, a payment page's card, a fee paid by
  Debit card; cheque for a cheque received, deposited or returned; cash for a cash memo, an advance in cash or a
  cash wage voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179 and heldout183): a UPI
  reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI RRN, Bank RRN, UTR, UTR No., NEFT
  UTR, RTGS UTR, *settled* (new here) UTR Ref. / Bank UTR, IMPS Ref No., RRN, a slip's RRN:, an SMS's UTR / UPI Ref
  / IMPS Ref), then a bank reference (an inward advice's Inward ref No. / Our reference / Transaction reference;
  Transaction ref No., Bank Ref No., Bank transaction ID, *settled* (new here) Bank reference / Host ref No. on a
  corporate banking page and a fee page's Gateway ref No., B-Connect Txn ID / Bharat Connect Ref. No.), then a
  transaction / payment id (Razorpay's Payment ID pay_..., PayU ID, an app's own Transaction ID, an upload row's
  Transaction ID, the Transaction ID on Bharat Connect, *settled* (new here) Cashfree Payouts' Reference ID), then an
  approval code (APPR CODE:, *settled* (new here) AUTH NO:, Auth code), then a document's own number (Invoice No. /
  Inv. No., Bill No., Receipt No., Voucher No. / V. No., a slip's INV NO: / INVOICE:, a biller's Receipt No., a fee
  page's Receipt No. / Challan No.; *settled* (new here) a memo's Memo No., a fee page's e-Receipt No., a stall's
  Allotment receipt No., a payer's Payment voucher No. / Clearing document, APSPDCL's PR No.). *settled*: never a
  UETR (printed here only beside an Inward ref No., which outranks it), the invoices listed on an advice, Vendor
  code, Shipping bill No., Maker / Checker, a bulk File name, MID, TID, BATCH NO, Consumer No. / Service No., a card,
  account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled* (new here): never a Supplier No.,
  PO No., GRN No., Debit note No., Yarn passbook No., Lot No., HSN, Job card No., Maker / Authoriser, Member No.,
  Loom No., an upload's Record, Export invoice No., Stall No., Allotment letter No., Society Regd. No., GI
  Application No., USC No., Telephone No. / Account No. (a broadband line), MERCHANT ID:, TERMINAL ID: or BATCH:.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout186_families import (
    bank_alerts,
    buyer_advices,
    compose,
    customer_upi,
    dyer_transfers,
    export_wires,
    expo_slips,
    sale_receipts,
    scheme_fees,
    society_bills,
    stall_rents,
    wage_vouchers,
    yarn_invoices,
)

SPLIT = "heldout186"

FAMILIES: list[Family] = [
    ("buyer_advices", buyer_advices, PAGE_FACES),
    ("customer_upi", customer_upi, SCREEN_FACES),
    ("sale_receipts", sale_receipts, PAPER_FACES),
    ("yarn_invoices", yarn_invoices, PAPER_FACES),
    ("dyer_transfers", dyer_transfers, PAGE_FACES),
    ("wage_vouchers", wage_vouchers, PAPER_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("stall_rents", stall_rents, BILL_FACES),
    ("scheme_fees", scheme_fees, PAGE_FACES),
    ("expo_slips", expo_slips, SLIP_FACES),
    ("society_bills", society_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout186_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout186 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

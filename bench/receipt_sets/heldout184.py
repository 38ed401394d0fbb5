"""heldout184: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a seafood processor and exporter's day in 2026 (Kayal Marine Exports Pvt Ltd, its
processing plant at Aroor and its office on Willingdon Island, Kochi), told by the proofs of payment it receives
(export buyers' inward wires in US dollars, euros, pounds and dirhams, hotels' and fish retailers' payments for
domestic sales on its own money receipts and payment links) and those it makes (the purchase desk's UPI to boat
owners, auction agents and harbour vendors, boat settlement, peeling and headload vouchers and payouts, ice plants'
and packing suppliers' tax invoices, the net-banking payments to reefer carriers and cold stores, outward wires for
freezer spares, test kits and audits, customs brokers', CFS' and shipping agents' bills, MPEDA, port, export
inspection, fisheries and pollution board fees, the staff's card slips, the plant's power, water and broadband, the
banks' alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

* ``export_inwards``: the bank's inward remittance credit advices (browser, e-mail, printed). ``harbour_upi``: six
  UPI app screens (PhonePe, Google Pay, Paytm, BHIM, Navi, Amazon Pay) paying boat owners, auction agents and
  harbour vendors, and two harbour suppliers' payment links (Razorpay, PayU). ``catch_vouchers``: printed BOAT
  SETTLEMENT / CATCH PURCHASE / PEELING CHARGES / HEADLOAD WAGES VOUCHERs, Cashfree Payouts pages and a FedCorp bulk
  upload row. ``ice_invoices``: ice plants' and packing and chemicals suppliers' TAX INVOICE / INVOICE CUM RECEIPT /
  CASH / CREDIT BILL with the payment block and a rubber stamp (paper). ``coldchain_transfers``: corporate
  net-banking pages (FedCorp, SIBerNet Corporate, yono BUSINESS, CSB, ENet, ICICI CIB) and the bank's beneficiary
  credit advice e-mails. ``machine_wires``: outward remittance advices (printed, browser, e-mail).
  ``forwarder_bills``: customs brokers', a CFS' and shipping agents' bills (paper, e-mail, portal).
  ``statutory_fees``: MPEDA's, Cochin Port Authority's, the Export Inspection Agency's, the Fisheries Department's
  (e-Treasury) and the Pollution Control Board's fee pages. ``field_slips``: card terminal slips (monospace).
  ``plant_bills``: Bharat Connect in bank and UPI apps and the billers' own quick-pay receipts (KSEB, Kerala Water
  Authority, Kerala Vision Broadband). ``bank_alerts``: the banks' SMS debit alerts and two e-mail funds transfer
  alerts. ``sales_receipts``: the company's own MONEY RECEIPT / RECEIPT VOUCHER / SALES RECEIPT (paper, rubber
  stamp) and its payment links (Razorpay, PayU) paid by buyers. The families' docstrings list each layout's labels.

Truth conventions (heldout183's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout155, heldout161,
  heldout167): a bank's inward remittance advice pays the company under Beneficiary / Beneficiary name, *settled*
  (new here) or Beneficiary (exporter) / Credited to, never the bank on top, the Ordering customer / Remitter (the
  buyer) or the Remitting bank. A UPI screen's payee under Paid to / To / Sent to / Paying to, *settled* (new here)
  or Transferred to, never the UPI ID, the app or the Note; a payment link's payee on top (a harbour supplier, or
  the company on its own links), never Paid by / Payer / Customer or the gateway's footer. *settled* (heldout150,
  heldout161, heldout179, heldout183): a voucher pays the one under Paid to / Payee, *settled* (new here) or Boat
  owner on a boat settlement or catch purchase voucher, never the company on top, the Boat (its name and
  registration), the Landing centre or the Purchase manager; a bulk row the Beneficiary name, never the Debit
  account name; *settled* (new here) Cashfree Payouts' page the Beneficiary name, never Cashfree on top or the
  company under it. A supplier's, broker's, CFS' or shipping agent's name on top of its own paper, e-mail or portal,
  never M/s the company under Billed to / Recipient / Ship to / Exporter / Customer. A corporate banking page pays
  the carrier under Beneficiary / Pay to, *settled* (new here) or Name as per beneficiary bank, never the portal on
  top or the Debit account; *settled* (heldout175): the bank's beneficiary (credit) advice e-mail pays the
  beneficiary, never the bank on top. *settled* (heldout175, heldout183): a bank's outward remittance advice pays
  the maker abroad under Beneficiary, *settled* (new here) or Beneficiary (supplier) / Pay to (beneficiary), never
  the bank on top, the Ordering customer / Remitter (the company) or the Beneficiary bank. *settled* (new here): a
  statutory fee page pays the authority on top (The Marine Products Export Development Authority; Cochin Port
  Authority; Export Inspection Agency - Kochi; Department of Fisheries, Kerala; Kerala State Pollution Control
  Board; capitals where so printed), never the service line under it (the Export Inspection Council, e-Treasury) or
  the Exporter / Applicant / Licensee (the company). A slip's counter name line in capitals, never the terminal's
  maker or the town line. A Bharat Connect page's biller under Biller (short or long as printed), *settled* (new
  here) or Operator / Paying biller, never the app, Bharat Connect or the Registered name; a biller's own page the
  biller on top. An SMS alert's payee as the bank sends it ("to POLAR EXPRESS REEFER L": *settled*, the truncated
  name as printed, after "transferred to" too), never the bank or the sender id; *settled* (heldout183) the bank's
  e-mail alert the Beneficiary / *settled* (new here) Transferred to as printed, never the bank on top. *settled*
  (heldout175, heldout179): the company's own money receipt pays the company on top (its full, capital or short name
  as printed), never the party under Received from / Party.
* amount / currency: the sum this payment moved. *settled* (heldout155, heldout167): a wire counts the Remittance
  amount, *settled* (new here) or FCY amount / Amount of remittance on an inward advice and Transfer amount (FCY) /
  Amount in FCY on an outward one, in the currency remitted (USD, EUR, GBP, and *settled* (new here) AED printed by
  its code before or after the sum), never the INR equivalent / INR credited, Our charges, Commission, SWIFT
  charges, the GST or the Total debit (INR). A UPI screen's and a link's sum large. *settled* (new here): a boat
  settlement's Net paid / Amount paid to owner (the Gross value of catch less the Auction commission @ 3% and any
  Diesel & ice advance), never a catch line or the Gross value; a peeling or headload voucher's Net paid / Amount
  paid, never the Peeling charges / Loading / unloading charges or the Less: Advance paid; a payout's or bulk row's
  Amount. A supplier's Amount received / Received by NEFT / Payment received / Cheque received / Cheque amount (the
  rounded Invoice value with GST), never the Taxable amount or a line; *settled* (heldout183) where an advance is
  taken off (Less: Advance adjusted), the Balance paid, never the Invoice value. A corporate banking page's Amount /
  Payment amount / Debit amount, never the Charges (incl. GST). A broker's, CFS' or agent's Net received / Amount
  received / Received / Amount (the Gross bill less TDS u/s 194C @ 2% where deducted), never the Gross bill.
  *settled* (heldout183) a fee page's total, *settled* (new here) Grand total / Amount remitted / Net amount paid,
  never a fee head (a GST head included). A slip's SALE AMT: / NET AMT: / TOTAL:, never the RATE: or the VOLUME:. A
  Bharat Connect page's sum large; a biller's Amount paid. An alert's sum debited or sent, never the Avl Bal. A money
  receipt's Cash received / Amount received / Received by UPI / Cheque received / Cheque amount, counting the sum
  received even where it is part of the Invoice amount (heldout183's part payment), never the Invoice amount or the
  Balance due. Currency INR everywhere but the wires.
* status: as printed. *settled* (heldout167): Credited successes on an inward advice; *settled* (new here) Credited
  to exporter's account and Proceeds realised and credited successes, Received in nostro - awaiting purpose code
  and invoice pending (as heldout167's Received - pending disposal), Returned to remitting bank - beneficiary
  account inactive failed. *settled* (new here) Money transferred, Paid successfully successes; Payment processing,
  Waiting for bank confirmation, Payment in progress - please do not pay again pending; Transaction failed, Payment
  failed - bank server unavailable, Payment could not be completed failed. PAID / PAID AND ACKNOWLEDGED successes on
  a voucher; *settled* (new here) Cashfree's Transfer successful success, Transfer in queue - bank yet to confirm
  pending, Transfer reversed failed; a bulk row's Record status: Paid success, Rejected - invalid beneficiary
  account failed. PAID, SETTLED IN FULL, PAID - THANK YOU, RECEIVED, RECEIVED WITH THANKS, AMOUNT RECEIVED, PAYMENT
  ACCOUNTED, Payment received successes; *settled* (new here) CHEQUE LODGED - AWAITING CLEARANCE and CHEQUE
  COLLECTED - CREDIT SUBJECT TO REALISATION pending (as CHEQUE DEPOSITED - SUBJECT TO CLEARANCE); CHEQUE RETURNED -
  ... failed (*settled*, heldout167), so CHEQUE RETURNED - REFER TO DRAWER failed, and *settled* (new here) CHEQUE
  DISHONOURED - FUNDS INSUFFICIENT failed; *settled* (new here) CREDIT NOT YET REFLECTED - UNDER RECONCILIATION
  pending and UPI PAYMENT BOUNCED - BALANCE OUTSTANDING failed (as heldout167's UPI DECLINED - BALANCE DUE).
  *settled* (new here): Payment completed and Status: Credited to beneficiary successes, Queued for next NEFT batch
  pending, Returned - beneficiary a/c closed failed. *settled* (new here): Remitted - MT103 released to
  correspondent and Completed - SWIFT sent successes, Awaiting Bill of entry verification pending, Rejected -
  beneficiary IBAN invalid failed. *settled* (new here): Payment received by authority and Transaction success
  successes, Bank confirmation awaited - do not pay again pending, Transaction declined by payment gateway failed.
  A slip's APPROVED / TRANSACTION APPROVED success, DECLINED (RESP CODE ...) failed; *settled* (new here) NO RESPONSE
  FROM ISSUER - CHECK STATUS pending (as heldout179's TXN TIMEOUT). *settled* (new here): Bill payment successful,
  Payment confirmed by biller successes, Awaiting biller confirmation and Awaiting bank response pending, Payment
  failed - amount will be refunded failed. An SMS that says the payment "has failed" failed, *settled* (new here)
  "is under process" pending, a debit alert a success; an e-mail alert's Status: Successful a success.
* date: the day paid (Value date, Credited on, Received on / Returned on on an inward advice, Date & time, Paid at,
  Completed on, Paid on, a voucher's, invoice's, bill's or receipt's Date / Dated / Bill date / Date of invoice /
  Receipt date, Received on, Processed on, Transferred on, Initiated on, Uploaded on, Payment date, Executed on,
  Submitted on, Date of remittance, Applied on, Rejected on, Transaction date, a slip's DATE: / TXN DT:, the SMS's
  day, an e-mail alert's Transaction date / Date). *settled* (heldout167): an inward advice's Received on is the
  pending one's day; *settled* (new here) an outward advice's Applied on and a net-banking page's Submitted on the
  pending ones' day. Never an SB date, a Due date, a cheque's own date (Cheque No. ... dt.), an e-mail's hour or the
  financial year in a document number.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee or a biller paid by Net banking, a payout or bulk row by IMPS; UPI for UPI apps, a
  link's UPI, a biller's, a fee's, a bill's, a receipt's, a voucher's or a payout's UPI; card on slips, a link's
  card, a fee paid by Debit card; cheque for a cheque received, lodged, collected, dishonoured or returned; cash for
  a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179 and heldout183): a UPI
  reference / UTR / RRN / IMPS reference (UPI Ref No., UPI transaction ID, *settled* (new here) UTR number, UPI UTR
  and Bank RRN beside a link's UPI, UTR, UTR No., NEFT UTR, RTGS UTR, IMPS Ref No., RRN, a slip's RRN: / *settled*
  (new here) RRN NO:, an SMS's UTR / UPI Ref / IMPS Ref), then a bank reference (*settled* (heldout155) a wire
  advice's Inward ref No. / Our reference / Transaction reference, *settled* (new here) Our ref. / Remittance ref /
  Transaction ref No.; *settled* (new here) a net-banking page's Host reference / Txn reference No.; Bank Ref No.,
  Bank transaction ID, *settled* (new here) Bharat Connect Txn ID / BBPS Ref ID), then a transaction / payment id
  (Razorpay's Payment ID pay_..., *settled* (new here) PayU ID, Cashfree's Transfer ID and a bulk row's Record ref,
  an app's own Transaction ID / Google transaction ID, a Bharat Connect page's Order ID / Transaction ID), then an
  approval code (APPR CODE: / *settled* (new here) AUTH NO:, Auth code), then a document's own number (Invoice No. /
  Tax Inv. No., Bill No., Receipt No. / Rcpt. No., Vr. No. / Voucher No., a slip's INV NO: / BILL NO:, a biller's
  Receipt No., *settled* (new here) a fee page's e-Challan No. / Receipt No.). *settled*: never a UETR, Shipping
  bill No., BL / B/L No., Container, E-way bill No., IEC, MID, TID, BATCH, Consumer No., a bulk File name, a card,
  account or mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled* (new here): never a Commercial
  invoice No. or Proforma / Quote No., Deal ID, PO No., Vehicle No., Seal No., Vessel / Voy, VCN, Exporter regn.
  No., Plant approval No., Application No., Consumer number / Subscriber ID, Bene ID, Corporate ID, FSSAI Lic. No.,
  the boat's registration (IND-KL-...), an Order (SO/...) or an Against invoice / Ref. inv. number on a receipt.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout184_families import (
    bank_alerts,
    catch_vouchers,
    coldchain_transfers,
    compose,
    export_inwards,
    field_slips,
    forwarder_bills,
    harbour_upi,
    ice_invoices,
    machine_wires,
    plant_bills,
    sales_receipts,
    statutory_fees,
)

SPLIT = "heldout184"

FAMILIES: list[Family] = [
    ("export_inwards", export_inwards, PAGE_FACES),
    ("harbour_upi", harbour_upi, SCREEN_FACES),
    ("catch_vouchers", catch_vouchers, PAPER_FACES),
    ("ice_invoices", ice_invoices, PAPER_FACES),
    ("coldchain_transfers", coldchain_transfers, PAGE_FACES),
    ("machine_wires", machine_wires, PAGE_FACES),
    ("forwarder_bills", forwarder_bills, BILL_FACES),
    ("statutory_fees", statutory_fees, PAGE_FACES),
    ("field_slips", field_slips, SLIP_FACES),
    ("plant_bills", plant_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
    ("sales_receipts", sales_receipts, PAPER_FACES),
]


def make_heldout184_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout184 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout182: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a farmer producer company's day in 2026 (Siridhanya Haldi Farmer Producer Company Ltd, its
turmeric yard at Armoor near Nizamabad and its millet centre at Tiptur near Tumakuru), told by the proofs of payment
it receives (spice processors' and millet food makers' NEFT / RTGS payment advices, traders' and millet shops' UPI
and payment links, its own money receipts and members' share capital receipts, a buyer abroad's wire for spice
samples) and those it makes (member farmers' procurement payments, market committees' fees and the Spices Board's
and FSSAI's registration fees, warehouses' storage bills, net-banking payments to bag, tarpaulin, polisher and boiler
suppliers, a residue test and a fair stall abroad, lorry freight and sample couriers, the field team's card slips,
electricity and FASTag through Bharat Connect, the bank's debit alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``processor_advices``: processors' payment advice e-mails, printed VENDOR PAYMENT ADVICE / PAYMENT INTIMATION and
  vendor portal pages. ``buyer_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, BHIM) paying the company and
  two of its payment links (Cashfree, Instamojo). ``farmer_payouts``: the company's printed FARMER PAYMENT SLIP /
  PROCUREMENT PAYMENT VOUCHER and the bank's bulk upload status rows. ``mandi_fees``: the Nizamabad market
  committee's printed MARKET FEE RECEIPT (rubber stamp), Tiptur's market fee page, the Spices Board's CRES fee page
  and FSSAI's FoSCoS renewal page. ``warehouse_bills``: warehouses' TAX INVOICE - STORAGE CHARGES / INVOICE CUM
  RECEIPT / RENT BILL with the payment block and a rubber stamp (paper). ``bank_transfers``: corporate net-banking
  transaction receipts (yono BUSINESS, Canara Corporate, Union Corporate, KBL Corporate, ENet) and the bank's credit
  advice e-mails. ``export_wires``: inward remittance advices for spice samples and outward remittance advices for a
  residue test and a fair stall (browser, e-mail, printed). ``freight_couriers``: lorry owners' freight bills and an
  international courier's bills (paper, e-mail, portal). ``card_slips``: card terminal slips at fuel outlets, a
  hotel, shops and a weighbridge (monospace). ``money_receipts``: the company's own MONEY RECEIPT / CASH RECEIPT /
  RECEIPT and SHARE CAPITAL RECEIPT (paper, rubber stamp) and its accounts desk's receipt e-mails.
  ``bill_payments``: Bharat Connect in banking and payment apps (electricity, FASTag) and the boards' own pages
  (TGNPDCL, BESCOM). ``bank_alerts``: the bank's SMS debit alerts and e-mail transaction alerts. The families'
  docstrings list each layout's labels.

Truth conventions (heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167's brand owner's advice,
  heldout175, heldout179's dairy union's): a payer's payment advice (here a processor's or food maker's) pays the
  company under Vendor / Seller / Payee / Supplier name, never the payer on top. A UPI screen's payee under Paid to /
  To / Sent to / Paying to (here the company), never the UPI ID or the app; a payment link's payee on top (here the
  company), never Customer name / Paid by or the gateway's footer. *settled* (heldout150, heldout161, heldout179): a
  voucher paying a person pays the person under Paid to / Name of worker / Employee name, never the company on top;
  a bulk payout the Beneficiary name, never the Debit account name; *settled* (new here) a farmer payment slip or
  procurement payment voucher likewise pays the member farmer under Farmer name / Paid to / Member name, and a bulk
  row's Payee is the Beneficiary name. *settled* (new here): a market committee's fee receipt or page pays the
  committee on top (Agricultural Market Committee, Nizamabad; Agricultural Produce Market Committee, Tiptur; as
  printed), never the platform line (Unified Market Platform - ReMS) or the Licensee / Trader; the Spices Board's and
  FSSAI's fee pages pay Spices Board India and the Food Safety and Standards Authority of India on top, never the
  Ministry or FoSCoS line, SBI Collect or the Applicant / Name of licensee / Remitter (as heldout179's drug control
  authorities). A warehouse's, carrier's or courier's name on top of its own paper, e-mail or portal, never M/s the
  company under Depositor / Consignor / Customer / Bill to. A corporate banking page pays the supplier under
  Beneficiary / Pay to / Payee, never the portal on top or the From account; *settled* (heldout175): the bank's
  beneficiary credit advice e-mail pays the beneficiary, never the bank on top. *settled* (heldout155, heldout167):
  a bank's inward remittance advice pays the company under Beneficiary / Beneficiary customer, never the bank on top,
  the Remitter / Ordering customer or the Remitting bank; *settled* (heldout175): an outward remittance advice pays
  the one abroad under Beneficiary / Beneficiary name, never the bank, the Remitter / Applicant or the Beneficiary
  bank. A slip's counter name line in capitals, never the town line. *settled* (heldout175, heldout179): the
  company's own money receipt pays the company on top (its full or short name as printed), never the party under
  Received from / Party; *settled* (new here) its share capital receipt likewise, never the Member name; its accounts
  desk's receipt e-mail likewise. A Bharat Connect page's biller under Biller / Electricity board / Biller name (short
  or long as printed; *settled* (new here) a FASTag recharge's issuing bank's FASTag, e.g. SBI FASTag), never the
  app, Bharat Connect or the Customer name; a board's own page the board on top. An SMS alert's payee as the bank
  sends it ("towards SRI VENKATESWARA JUTE": *settled*, the truncated name as printed), never the bank or the sender
  id; *settled* (new here) an e-mail alert's payee as printed after "to" (the full name), never the bank.
* amount / currency: the sum this payment moved. *settled* (heldout152): a payment advice's Net paid / Amount
  credited / Net remittance (after TDS u/s 194Q and a quality deduction), never the Gross or a GRN's sum. A UPI
  screen's and a link's sum large. *settled* (heldout179): a voucher's Net amount paid / Net paid, never a head;
  *settled* (new here) a farmer payment slip's Net paid / Net amount paid (the Gross value less hamali, gunny bags
  and a share capital instalment), never the Gross value or the rate per quintal; a bulk row's Amount. *settled*
  (new here): a market fee receipt's Amount paid / Fee received, never the Sale value of produce; a fee page's Total
  amount paid / Amount paid (fee with GST), never the fee before GST. A warehouse's, carrier's or courier's Amount
  received / Received / Net paid / Cheque received / Cheque amount (the Total less TDS u/s 194C @ 2% where
  deducted), never the Total, the Freight or a line. A corporate banking page's Amount (INR) / Txn amount / Amount,
  never the Service charge. *settled* (heldout155, heldout167): an inward wire counts the Foreign currency amount /
  Remittance amount / Inward amount in USD, EUR or GBP, never the Amount credited (INR) or the Bank charges;
  *settled* (heldout175): an outward one the Remittance amount / Amount remitted in its currency, never the INR
  equivalent, the charges, the GST on conversion or the Total debited (INR). A slip's TOTAL AMT: / SALE AMOUNT: /
  AMT:, never the RATE:, VOL: or DENSITY:. *settled* (heldout175, heldout179): a money receipt's Amount received /
  Cash received / Received by UPI / Cheque received / Cheque amount, never the Bill amount or the Balance due;
  *settled* (new here) a share capital receipt's Total received / Cheque received (the Share money with the Entrance
  fee), never the Share money alone. A Bharat Connect page's sum large; a board's Amount paid. An alert's sum
  debited, never the Avl Bal. Currency INR everywhere but the wires.
* status: as printed. *settled*: a payer's advice's Status: Paid successes; *settled* (new here) Payment released
  success, On hold - curcumin test report awaited pending (a payer's hold, as heldout179's Held - pending QC
  clearance), Returned - beneficiary name mismatch failed. Payment successful, Transaction successful, Paid,
  Payment received, Thank you! Payment successful, Fee paid, Processed, Status: Credited, Credited, Transaction
  completed, Status: Successful, Status: Remitted, Bill paid, Recharge successful successes; Payment Pending,
  Awaiting bank confirmation, Payment is being processed, Payment in progress, Payment pending with bank pending;
  Payment Failed, Payment declined by bank, Payment unsuccessful and Payment failed failed.
  *settled* (new here): a bulk row's Sent to beneficiary bank pending and Rejected - account frozen failed; a fee
  page's Awaiting confirmation from bank pending and Payment failed - amount if debited will be refunded failed; a
  corporate page's Sent to RBI - credit confirmation awaited pending and Rejected - beneficiary IFSC not NEFT-enabled
  failed; an inward advice's Inward received - awaiting purpose code confirmation pending; *settled* (heldout167)
  Returned to remitting bank - beneficiary name mismatch failed; *settled* (heldout175) Under process - Form A2
  awaited pending. PAID, PAID - RECEIVED BY FARMER, RECEIVED, RECEIVED WITH THANKS and *settled* (new here) FEE
  RECEIVED successes; CHEQUE RECEIVED - SUBJECT TO REALISATION and PAYMENT UNDER VERIFICATION - CREDIT AWAITED
  pending; CHEQUE BOUNCED - FUNDS INSUFFICIENT, UPI DECLINED - BALANCE DUE and *settled* (heldout167's CHEQUE
  RETURNED - ...) CHEQUE RETURNED - SIGNATURE MISMATCH failed. A slip's DECLINED (RESP CODE ...) failed; *settled*
  (new here) NO RESPONSE FROM HOST - CHECK STATUS pending (as TXN TIMEOUT - STATUS UNKNOWN). A debit alert (SMS
  with Avl Bal, e-mail with Transaction status: Successful) a success; *settled* (new here) an SMS whose UPI payment
  "could not be completed" failed and one "is under process" pending.
* date: the day paid (Payment date, Value date, Released on, Scheduled on / Returned on on a payer's advice, Date &
  time, Paid on, Completed on, Payment date, a slip's, receipt's, bill's or voucher's Date / Dated / Bill date /
  Receipt date, Received on, Processed on, Date of payment, Txn date, Submitted on, Rejected on, Credited on,
  Remittance date, a slip's DATE: / DT:, the alert's day). *settled* (heldout175): an outward remittance's Request
  date is the pending one's day; *settled* (new here) an inward advice's Received on is the pending one's day. Never
  a Storage period / Bill period, an e-mail's hour, an invoice number's or licence number's financial year.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee or a board paid by Net banking; UPI for UPI apps, a link's UPI, a fee's, a board's, a
  bill's, a receipt's or a slip's UPI; card on slips, a link's card, a fee or a board paid by Debit card; cheque for
  a cheque received, returned or bounced; cash for a cash receipt, slip or fee.
* transaction_id: the highest family printed (heldout152's order, as heldout167 and heldout179): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI RRN, Bank reference on a link, UTR, UTR Ref., UTR
  No., NEFT UTR, RTGS UTR, IMPS Ref No., IMPS RRN, a slip's RRN: / REF NO:, an alert's UTR / UPI Ref / IMPS Ref),
  then a bank reference (*settled* (heldout155) Inward ref No. / Our reference; Transaction reference, Txn
  reference, Bank Ref No., Bharat Connect Txn Ref / B-Connect ID, *settled* (new here) SBI Collect ref), then a
  transaction / payment id (CF Payment ID, Payment ID, Instamojo's MOJO..., an app's own Transaction ID, a bulk
  row's Batch ref / Transaction ID, a fee page's Payment ID, the Transaction ID on Bharat Connect), then an approval
  code (APPR: / AUTH CODE:, Auth code), then a document's own number (Payment doc No. / Clearing doc on a payer's
  advice, Slip No. / Voucher No., Receipt No. / Rcpt. No., Bill No. / Invoice No., a slip's BILL NO: / INV NO:, a
  board's Receipt No.). *settled*: never a Vendor code / Party code, the GRNs listed on an advice, MID / M.ID, TID /
  T.ID, BATCH:, a card, account or mobile number, a UPI ID, BIC, IBAN, GSTIN, IFSC, Application No., Licence No.,
  Consumer / Service No., AWB No., a bulk upload's Row or a cheque number. *settled* (new here): never a Member ID /
  Folio No., Trader licence No., Lot No. / Gate entry, e-NWR No. / Warehouse receipt No., Stack No., LR No., Vehicle
  No., Account ID, CIN or a purpose code.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout182_families import (
    bank_alerts,
    bank_transfers,
    bill_payments,
    buyer_upi,
    card_slips,
    compose,
    export_wires,
    farmer_payouts,
    freight_couriers,
    mandi_fees,
    money_receipts,
    processor_advices,
    warehouse_bills,
)

SPLIT = "heldout182"

FAMILIES: list[Family] = [
    ("processor_advices", processor_advices, PAGE_FACES),
    ("buyer_upi", buyer_upi, SCREEN_FACES),
    ("farmer_payouts", farmer_payouts, PAPER_FACES),
    ("mandi_fees", mandi_fees, PAGE_FACES),
    ("warehouse_bills", warehouse_bills, PAPER_FACES),
    ("bank_transfers", bank_transfers, PAGE_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("freight_couriers", freight_couriers, BILL_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("money_receipts", money_receipts, PAPER_FACES),
    ("bill_payments", bill_payments, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout182_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout182 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

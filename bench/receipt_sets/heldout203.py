"""heldout203: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a jaggery (gul) trading firm's day in 2026 (Panchganga Gul Traders LLP, its shop in the
gul market of Shahu Market Yard and its godown at Gokul Shirgaon MIDC, Kolhapur, Maharashtra), told by the proofs of
payment it receives (traders' payment advices from Ahmedabad, Jaipur, Delhi, Hyderabad, Bengaluru, Surat, Ratnagiri
and Belagavi, retail buyers' and sweet shops' UPI screens and payment links at its counter, overseas grocers' and
importers' inward wires in US dollars, pounds and euros, its own receipts (jama pavati), buyers' cards on its
terminals) and those it makes (purchase pattis to the growers and small gurhals who bring their carts to the yard
and the bulk NEFT and UPI payouts to them, the gurhals' bills of supply, packaging makers' myBillBook invoice pages
and the corporate net-banking transfers to gurhals, the cold store and the transporter, hamals' and staff's vouchers
and RazorpayX payouts, the market committee's market fee and licence pages, FoSCoS's FSSAI licence receipt, the
municipal corporation's trade licence and property tax pages, GRAS Maharashtra's e-challan for the scales and the
Mathadi Board's levy receipt, insurers' premium receipts for its stock, transit, tempo and hamals, its card at a fuel
station, shops and a hotel, the electricity (MSEDCL), fibre, phone and water bills, the bank's SMS and e-mail
alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no transaction id
and one no day (truth None for those fields).

* ``trader_advices``: traders' payment intimation e-mails, printed PURCHASE PAYMENT ADVICE - JAGGERY / PAYMENT
  INTIMATION and supplier portal pages. ``counter_upi``: six UPI app screens (PhonePe, Google Pay, Paytm, WhatsApp,
  BHIM, MobiKwik) paying the shop and two payment links (Razorpay, Easebuzz). ``export_wires``: seven banks' inward
  remittance credit advices for export proceeds (browser, e-mail, printed). ``own_receipts``: the firm's own RECEIPT
  / JAMA PAVATI - RECEIPT / ADVANCE RECEIPT - GUL BOOKING (paper, rubber stamp) and its accounts desk's payment
  acknowledgement e-mails. ``grower_pattis``: the firm's printed PURCHASE PATTI / GUL KHAREDI PATTI (PURCHASE BILL) /
  SHETKARI PAYMENT PATTI, bulk NEFT records (Mahabank Corporate Net Banking, KDCC Bank Corporate) and a Google Pay
  screen. ``supplier_payments``: the gurhals' BILL OF SUPPLY with the payment block and a rubber stamp (paper),
  packaging makers' myBillBook invoice pages and corporate net banking's transfer pages (Baroda Connect, YES CONNECT,
  DCB Corporate NetBanking). ``staff_pay``: printed HAMALI PAYMENT VOUCHER / DAILY WAGE VOUCHER - GODOWN / SALARY
  PAYMENT VOUCHER - SHOP STAFF / STAFF SALARY VOUCHER, RazorpayX payout pages, a Google Pay and a PhonePe screen.
  ``yard_fees``: the Agricultural Produce Market Committee, Kolhapur's fee pages, FoSCoS's receipt, Kolhapur
  Municipal Corporation's trade licence and property tax pages, GRAS Maharashtra's e-challan and the Mathadi Board's
  levy receipt (browser). ``insurer_receipts``: insurers' premium receipts (browser, e-mail, printed).
  ``card_slips``: card terminal slips (monospace). ``utility_bills``: Bharat Connect in banking and UPI apps and
  MSEDCL's own payment receipt page. ``bank_alerts``: the bank's SMS alerts in each bank's own wording and two e-mail
  debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout199's, heldout198's, heldout195's, heldout179's and heldout167's, kept where they say
*settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout195, heldout198, heldout199): a payer's payment advice (here a trader's) pays the company under
  its payee label, *settled* (new here) Paid to (seller) / Supplier (payee), or In favour of (heldout191), never the
  trader on top, the Party code or the Supplier bank A/c. A UPI screen's payee under Paid to / To / Sent to / Paying
  to, *settled* (new here) or MobiKwik's Receiver (here the shop: Panchganga Gul, Panchganga Gul Bhandar, PANCHGANGA
  GUL TRADERS LLP as printed), never the UPI ID or the app; a payment link's payee on top (here the firm), never
  Customer / Paid by or the gateway's footer (Razorpay, Easebuzz). *settled* (heldout155, heldout167, heldout198): a
  bank's inward remittance advice pays the company under Beneficiary name, *settled* (new here) or Beneficiary
  (exporter) / For credit of, never the bank on top, the Remitter (the overseas buyer) or the Remitting bank.
  *settled* (heldout175, heldout179, heldout195, heldout198, heldout199): the company's own receipt pays the company
  on top (its full, capital or short name as printed), never the party under Received with thanks from / *settled*
  (new here) Received from (party) / Party name; its accounts e-mail likewise. *settled* (new here): the firm's
  purchase patti pays the grower under Name of grower / Shetkari (grower) / Paid to (farmer), never the firm on top
  or the Village; a bulk NEFT record the Beneficiary name (heldout198, heldout199), never the Debit account or the
  portal on top (Mahabank Corporate Net Banking, KDCC Bank Corporate); a Google Pay screen the payee under Paid to /
  To. A gurhal's or packaging maker's name on top of its own paper or invoice page (heldout191: a myBillBook
  invoice's maker on top), never M/s the company under *settled* (new here) Buyer / Sold to / Bill To. *settled*
  (heldout179, heldout191, heldout195, heldout198, heldout199): a corporate banking page pays the payee under
  Beneficiary name, *settled* (new here) or Payee (beneficiary name) / Transfer to, never the portal (Baroda
  Connect, YES CONNECT, DCB Corporate NetBanking) or the bank on top or Debit from. *settled* (heldout150,
  heldout161, heldout179, heldout195, heldout198, heldout199): a voucher pays the payee, *settled* (new here) a
  hamal's or staff voucher the worker under Paid to (hamal) / Name of staff / Name of employee / Paid to, never the
  firm on top, the Mathadi Board reg. No. or the Designation; RazorpayX's payout page the Contact / Beneficiary (as
  settled before), never RazorpayX on top, the firm under it (Payouts - ...) or the Fund account; a transfer screen
  the payee under Paid to / To. *settled* (heldout179, heldout191, heldout195, heldout198, heldout199, new here for
  Kolhapur): a fee page pays the authority on top (Agricultural Produce Market Committee, Kolhapur / Krushi Utpanna
  Bazar Samiti, Kolhapur / APMC KOLHAPUR; Kolhapur Municipal Corporation / KOLHAPUR MUNICIPAL CORPORATION / Kolhapur
  Mahanagarpalika; Food Safety and Standards Authority of India / FSSAI on FoSCoS's receipt, as before), never the
  yard or portal line under it or the Trader / licensee, Name of licensee, Owner or Name of FBO; a GRAS e-challan
  the department under Department (here Legal Metrology Department, capitals where so printed), never GRAS on top,
  the Government of Maharashtra line, the Office name or the Name; *settled* (new here) the Mathadi Board's levy
  receipt the Board on top (Mathadi & Unprotected Workers Board, Kolhapur / KOLHAPUR MATHADI BOARD), never the Act
  line under it or the Employer. *settled* (heldout199): an insurer's premium receipt pays the insurer on top (its
  full name, capitals where so printed), never *settled* (new here) the Name of insured / Policyholder / Insured
  (the firm) or the product line. A slip's counter name line in capitals (here the firm's own counter on three, a
  fuel station, a packing material shop, a tyre shop, a hotel and a petroleum dealer on the rest), never the
  terminal's bank or brand (HPCL, INDIANOIL, PINE LABS ...) or the place line. A Bharat Connect page's biller under
  Biller / Operator / Service provider (short or long as printed), never the app, Bharat Connect or the Customer
  name / Consumer name; MSEDCL's own page the board on top (MSEDCL, short, long or capital as printed), *settled*
  (new here) never the Mahavitaran line under it, the BU or the Consumer name. An SMS alert's payee as the bank
  sends it ("to SANTOSH SHAMRAO KAMB": *settled*, the truncated name as printed), never the bank or the sender id;
  the e-mail alert's *settled* (new here) Transferred to / Beneficiary name, never the bank on top.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout195, heldout198): a payer's advice
  counts its net sum, *settled* (new here) Net remittance / Amount released / Net credited to your account, or Net
  amount payable on the hold (the Bills total less TDS u/s 194Q @ 0.1% and a Weight shortage on arrival or Freight
  paid on your behalf), never a bill's sum or the Bills total. A UPI screen's and a link's sum large. *settled*
  (heldout155, heldout167, heldout198): an inward wire's foreign sum, *settled* (new here) Remittance amount
  received / Foreign currency amount / FCY received in USD, GBP or EUR, never the INR amount, the Bank charges + GST
  or the Net credit (INR). *settled* (heldout175, heldout179, heldout195, heldout198, heldout199): a receipt counts
  the sum received even where it is part of the bill, *settled* (new here) Received in cash / Cash received /
  Received by UPI / Received by NEFT / Received by card / Amount received / Jama (received), or Cheque amount /
  Cheque for (heldout179, heldout199), never the Bill amount or the Balance (baki). *settled* (new here): a purchase
  patti's Net paid to grower / Amount paid / Net payable - paid (the Gross value less Hamali, Tolai (weighing) and
  an Advance given), never the Gross value, the quintals x rate line or a deduction; a bulk record's Amount; a
  Google Pay screen's sum large. A gurhal's *settled* (new here) Received through NEFT / Amount received by RTGS /
  Payment received (the Bill total: no GST on unbranded jaggery), *settled* (heldout187, heldout191, heldout195,
  heldout199) where an advance is taken off (here Less: Advance paid at booking) the Balance received by NEFT /
  RTGS, or the Cheque received, never the Total value or the Bill total; *settled* (heldout191) a myBillBook
  invoice's Received Amount / Amount Paid (its Balance Amount 0), never the Taxable Amount or the GST lines; a
  banking page's *settled* (new here) Amount transferred / Payment amount / Transaction amount. A voucher's
  *settled* (new here) Net paid / Net amount paid / Paid amount, never Bags loaded / unloaded n x rate, the Truck
  loading (night), the Basic salary, the Allowance, the Gross or Less: Advance (uchal) / Less: Salary advance /
  Less: ESIC; RazorpayX's and a transfer screen's sum large. *settled* (new here): the market committee's Total fee
  paid / Amount paid (Market fee @ 1.00% plus Supervision fee @ 0.05% of the Purchases declared, or the licence
  heads), never the Purchases declared or a head; FoSCoS's Total amount paid (the Licence fee for the years
  renewed); the corporation's Total amount / Amount paid (the heads), never a head; GRAS's Amount / Total amount;
  the Mathadi Board's Total remitted / Amount received (the Wages of mathadi workers plus the Levy @ 32%), never the
  Wages or the Levy. *settled* (heldout199, new here): an insurer's Premium paid (incl. GST) / Total premium
  collected / Amount received towards premium, never the Basic premium, an add-on or the GST, *settled* (new here)
  nor the Sum insured (stock) / IDV (sum insured), the Value of dispatches declared or the Lives covered. *settled*
  (heldout179, heldout198, heldout199): a slip's TXN AMT: / SALE AMOUNT: / NET AMT:, *settled* (new here) never the
  RATE/L: or the QTY(L):. A Bharat Connect page's sum large; MSEDCL's Amount paid. An alert's sum debited (*settled*
  (new here) the e-mail's Debit amount / Amount (INR)), never the Avl Bal. Currency INR but on the wires.
* status: as printed. *settled* (new here): a trader's Status: Payment made / Paid - credited to supplier successes,
  On hold - goods receipt (GRN) not yet posted pending (a payer's hold, as heldout198's and heldout199's), Returned
  unpaid - beneficiary account number invalid failed; a UPI screen's Payment failed - incorrect UPI PIN entered
  failed, Payment in progress - awaiting confirmation from bank pending; a link's Payment completed a success; an
  inward advice's Export proceeds credited / Status: Realised and credited successes, Parked - export invoice and
  shipping bill details awaited pending, Returned to remitter - beneficiary name does not match failed. *settled*
  (heldout167, heldout179, heldout191, heldout195, heldout198, heldout199): a cheque received and not yet cleared
  pending, a cheque returned failed, so *settled* (new here) CHEQUE IN CLEARING - CREDIT ON REALISATION, CHEQUE
  RECEIVED - PENDING CLEARANCE and CHEQUE RECEIVED - COVER SUBJECT TO REALISATION pending, CHEQUE BOUNCED - REFER TO
  DRAWER failed; RECEIVED WITH THANKS, PAID, PAID BY NEFT / RTGS, Paid, Fully paid successes, *settled* (new here)
  as are RECEIVED - JAMA, PAYMENT RECEIVED, PAID - AMOUNT RECEIVED BY GROWER, RECEIVED - BILL SETTLED and
  PAID - RECEIVED IN FULL. *settled* (new here): a bulk record's Credited to beneficiary / Record status: Credited
  successes, Batch under processing - credit status awaited pending, Rejected - beneficiary account closed failed; a
  banking page's Transfer completed / Status: Processed successes, Rejected by beneficiary bank - account dormant
  failed; RazorpayX's Processed / Payout processed successes, Queued - insufficient balance in RazorpayX account
  pending (not yet sent), Reversed - beneficiary account details invalid failed (the payout came back); a fee page's
  Payment successful / Fee received / Payment received / Challan paid successfully / Received with thanks successes,
  GRN generated - payment not yet confirmed by bank pending (as heldout198's challan generated), Transaction
  failed - amount not received by KMC failed; an insurer's Payment realised - policy schedule e-mailed / Premium
  credited successes, Payment declined - proposal not converted to policy failed; a slip's APPROVED / TXN APPROVED
  successes, DECLINED - 51 INSUFFICIENT FUNDS failed, NO REPLY FROM HOST - CHECK STATUS BEFORE RETRY pending; Bill
  paid / Payment successful successes, Awaiting confirmation from biller - do not pay again pending, Payment
  failed - debited amount will be reversed in 3-5 days failed (the payment failed, whatever the reversal); an SMS
  that says the transfer "was RETURNED by the beneficiary bank" failed (whatever the credit back), one that "has
  been INITIATED and is awaiting credit confirmation" pending, a debit alert a success, whatever its bank's wording
  ("Your A/c XXXX1234 is debited INR x ... towards <way> to <payee>", "Rs.x debited from A/c ... by <way> to
  <payee>", "An amount of INR x has been DEBITED ... transfer to <payee>", "Rs.x paid from Kotak Bank A/c ... to
  <payee>"); Status: Debited successfully a success.
* date: the day paid (Payment date, Paid on, Credit date, a payer's pending Advice date (heldout198), Returned on /
  *settled* (new here) Return date, Date & time, Completed on, *settled* (new here) Initiated on on a UPI screen not
  yet paid, Value date, *settled* (new here) Realisation date and Received on / Parked on on the parked inward, a
  receipt's, patti's, bill's, invoice's or voucher's Date / Dated / *settled* (new here) Pavati date / Patti date /
  Invoice Date / Voucher date, Processed on, Uploaded on (heldout199) and Rejected on on a bulk record, Transaction
  date, Rejected on / Failed on on a banking page, RazorpayX's Processed on / Queued on / *settled* (new here)
  Created on / Reversed on, a fee page's Payment date / Receipt date / Transaction date / Date of payment, GRAS's
  Payment date and Generated on on the pending challan (heldout168), an insurer's Receipt date, *settled* (new here)
  Premium paid on / Collection date and the declined one's Transaction date, a slip's DATE: / DT: / TXN DATE:, Paid
  on / Transaction date & time (*settled* (new here) the latter alone on a bill not paid), the SMS's day).
  *settled*: never a Bill month, a Due date, a Cheque date (heldout198), a voucher's Month or a Period of insurance
  (heldout199) or an e-mail's hour; *settled* (new here) never the market committee's Fee for month, the Mathadi
  Board's Wage period or a transit policy's Declaration for.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a bulk record's NEFT, a
  myBillBook page's Bank Transfer, RazorpayX's IMPS, the Mathadi Board's NEFT, a Bharat Connect bill from a Current
  A/c, a fee, a premium or a board paid by Net banking; UPI for UPI apps, a link's, a receipt's, a patti's, a
  voucher's, RazorpayX's, a fee's, a premium's, a board's, a bill's or a myBillBook page's UPI; card on slips, a
  link's card, a receipt's card, a fee, a premium or a board paid by Debit card; cheque for a cheque received, in
  clearing or bounced, *settled* (new here) and a premium paid by Cheque; cash for a cash receipt, patti or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167 to heldout199): a UPI reference /
  UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref. No., UPI Ref No., UTR, UTR No., NEFT UTR / RTGS UTR and
  IMPS RRN (heldout179), UPI Reference Number, UPI RRN, IMPS Ref No., Easebuzz's Bank Ref No. on a UPI payment (as
  PayU's, heldout199), a slip's RRN: / RET REF NO:, an SMS's UTR / UPI Ref / IMPS Ref), then a bank reference
  (*settled* (new here) an inward advice's IRM No. / Inward remittance No. / Bank reference, a banking page's
  Transaction reference No. / Reference No. (heldout179), a fee page's Bank Ref No. / Bank reference No., GRAS's
  Bank CIN (heldout179), an insurer's Bank Ref. No., BBPS Txn Ref No. / Bharat Connect Ref. No.), then a transaction
  / payment id (Razorpay's Payment ID pay_..., Easebuzz's Easepay ID, PhonePe's and Paytm's own Transaction ID,
  Google Pay's Google transaction ID, RazorpayX's Payout ID pout_..., *settled* (new here) a fee page's Transaction
  ID (the market committee, FoSCoS, the corporation), an insurer's Transaction ref. No. / Payment ID, MSEDCL's
  Transaction ID, a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, Approval code,
  APPR CODE:, a slip's AUTH NO:), then an order's number (*settled* (new here) Easebuzz's Merchant Txn ID, as PayU's
  Merchant txn ID), then a document's own number (*settled* (new here) Payment voucher No. / Advice ref. on a
  trader's advice, Pavati No. / Receipt No. / Rcpt. No. on a receipt, Patti No. / Kharedi patti No. on a patti, Bill
  No. / Bill of supply No., Invoice No., Voucher No. / Vr. No. / Payment voucher No., a fee page's Receipt No.,
  GRAS's GRN (below its Bank CIN, heldout168), Premium collection No. / Receipt No., MSEDCL's Receipt No., a slip's
  INVOICE NO:). *settled*: never a UETR, MID, TID, BATCH NO, STAN, a card, account or mobile number, a UPI ID, BIC,
  GSTIN, IFSC, a cheque number, a consumer number (here Consumer No., Account ID, Connection No.), an Application
  No. / Licence No., a Head of account, Maker / Checker (so never Created by / Approved by) or a bulk upload's
  Batch. *settled* (new here): never a Party code, a PO No., the bills listed on an advice, an Export invoice No., a
  Shipping bill No., a Purpose code, an Against bill No. on a receipt, a Lot / cart No., a Batch reference, a
  Vehicle No. / VEH NO:, a Mathadi Board reg. No. / Employer reg. No., a Property No., an Application reference No.
  on FoSCoS, a Policy No. / Proposal / quote No., a slip's TRACE NO: or ROOM NO:, or RazorpayX's Fund account.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout203_families import (
    bank_alerts,
    card_slips,
    compose,
    counter_upi,
    export_wires,
    grower_pattis,
    insurer_receipts,
    own_receipts,
    staff_pay,
    supplier_payments,
    trader_advices,
    utility_bills,
    yard_fees,
)

SPLIT = "heldout203"

FAMILIES: list[Family] = [
    ("trader_advices", trader_advices, PAGE_FACES),
    ("counter_upi", counter_upi, SCREEN_FACES),
    ("export_wires", export_wires, PAGE_FACES),
    ("own_receipts", own_receipts, PAPER_FACES),
    ("grower_pattis", grower_pattis, PAPER_FACES),
    ("supplier_payments", supplier_payments, PAGE_FACES),
    ("staff_pay", staff_pay, PAPER_FACES),
    ("yard_fees", yard_fees, PAGE_FACES),
    ("insurer_receipts", insurer_receipts, PAGE_FACES),
    ("card_slips", card_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout203_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout203 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout134: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a seventeenth+3 random day's proofs of payment, as a hardware and building-materials
store (cement, TMT steel, tiles, sanitaryware, paint, plywood, electricals; in Nagpur, Jodhpur, Tiruppur, Kolhapur,
Bhubaneswar, Vijayawada, Ludhiana and Siliguri) receives them from contractors, builders and homeowners in 2026 and
pays its own cement and steel companies, transporters and paint company, and refunds its customers. One payment per
page, no lists or threads.

* ``customer_upi``: a customer's UPI app paying the store's QR at the counter (PhonePe, Google Pay, Paytm, BHIM,
  CRED, Amazon Pay, Navi, MobiKwik; dark on CRED and some others): heldout125's result screen, the store or its tiles
  and sanitaryware showroom (its company on some) under Paid to / To / Sent to, a note of what it paid for on most
  (50 bags cement, Tiles balance, TMT 8mm advance).
* ``contractor_transfer``: a contractor's bank app or net banking after an NEFT, RTGS or IMPS to the store (YONO
  SBI, iMobile Pay, HDFC Bank NetBanking, PNB ONE, Canara ai1, Axis Bank Internet Banking, bob World, Union Vyom):
  heldout124's page, the store (its company on many) under Beneficiary Name / Payee / Beneficiary, the account,
  IFSC, the mode, UTR / IMPS Ref No / RRN and the bank's Reference No. / Transaction ID / Txn Ref No on some, the
  day, the debit account, Purpose / Remarks.
* ``gst_invoice``: the store's TAX INVOICE / GST TAX INVOICE / TAX INVOICE - CASH / CREDIT (paper): Invoice / Bill /
  Inv No., Invoice Date / Date / Bill Date, Buyer / Bill to / Customer (a contractor or M/s a builder), Site / Ship
  to / Delivery at, each item with HSN, quantity x rate and value (cement by the bag, TMT by the tonne to three
  decimals, tiles by the box, sanitaryware by the piece), Loading / unloading (hamali), Delivery charges (tempo) /
  Transport to site, Taxable value / Sub total, CGST / SGST @ 9%, Round off, Invoice Total / Grand Total / TOTAL,
  Amount received / Received / Paid (a part with Balance (on credit) / Balance due / Credit balance on two), cash /
  UPI / card / NEFT / RTGS and UPI Ref No. / UTR / Approval Code / RRN, Terms: Credit 30 days on a credit
  sale; PAID / PART PAID / CARD DECLINED - NOT PAID / UPI PAYMENT FAILED - GOODS ON HOLD / CREDIT - PAYMENT DUE /
  PAYMENT PENDING in a row and in the store's rubber stamp.
* ``card_slip``: the billing counter's card terminal slip (Pine Labs, HDFC Bank, ICICI Bank, Paytm EDC, Axis Bank,
  Mswipe, SBI Payments, Worldline; monospace): the store or its showroom in capitals, its locality, MID, TID, DATE,
  TIME, BATCH, INVOICE / INV / BILL NO, SALE / CARD SALE (BASE AMOUNT, SURCHARGE / CONV FEE 1-2% and TOTAL AMOUNT on
  some), the card masked, APPR / AUTH CODE, RRN / REF NO; APPROVED / DECLINED / TXN PENDING (HOST TIMEOUT).
* ``cheque_deposit``: a customer's cheque the store paid into its bank (Bank of Maharashtra, Bank of Baroda, Indian
  Overseas Bank, Saraswat Co-op Bank, UCO Bank, Union Bank of India, Punjab & Sind Bank, Central Bank of India):
  the bank's CREDIT ADVICE - CHEQUE REALISED / CHEQUE COLLECTION RECEIPT, CHEQUE RETURN MEMO or CHEQUE DEPOSIT
  ACKNOWLEDGEMENT (paper), or its net banking's Deposited Cheque Status (a browser): the bank and branch on top,
  Pay-in-slip / Counterfoil No. on some, Credited on / Realised on / Credit Date / Cleared on / Returned on / Date of
  return / Deposited on / Date of deposit, Credit to / A/c Name / Account Holder the store, Drawer / Cheque from /
  Drawn by, Cheque / Chq No., Cheque / Chq Date, Drawee Bank / Drawn on, MICR on some, Amount / Cheque Amount,
  Clearing Ref No. / Journal No. / Tran ID, Return charges on a bounced one; CLEARED / CHEQUE REALISED - CREDITED /
  BOUNCED - FUNDS INSUFFICIENT / RETURNED UNPAID - EXCEEDS ARRANGEMENT / UNDER CLEARING / SENT FOR CLEARING - CTS.
* ``dealer_payment``: the store, a dealer, paying a cement or steel company (UltraTech, JSW Steel, ACC, Tata Steel,
  Shree Cement, Dalmia Cement, Kamdhenu, Ambuja): its bank's acknowledgement (HDFC Bank NetBanking, Kotak's app,
  ICICI Bank CIB: heldout124's page, the company under Beneficiary Name / Payee / Beneficiary) or the company's
  dealer-portal PAYMENT RECEIPT / COLLECTION RECEIPT / DEALER PAYMENT ACKNOWLEDGEMENT (a browser or an e-mail): SAP
  Doc No. / Receipt No. / Doc No., Dealer / Customer / Sold-to Code, Dealer Name / Dealer / Received from M/s the
  store, Sales Office, Towards (advance against dispatch, TMT 25 MT), Amount, RTGS / NEFT and UTR, Value date /
  Credited on / Posting date / Returned on / Initiated on, Credit limit available; Payment received / Credited to
  dealer account / <mode> returned - not credited / Under reconciliation - credit awaited.
* ``freight_receipt``: a transporter's FREIGHT RECEIPT / MONEY RECEIPT / FREIGHT BILL CUM RECEIPT for a lorry the
  store received (paper): the transporter on top, M.R. / Receipt / Money Rcpt No., LR / GR / Bilty No., Date /
  Dated, Vehicle / Truck / Lorry No., From - To, Consignor (the plant), Consignee M/s the store, Goods (cement n bags,
  TMT bars, n MT), Freight n MT x rate, Unloading / Hamali and Detention on some, Total freight, Less: Advance paid
  to driver / at loading on some, Balance received / Amount received, cash / UPI / NEFT / IMPS and UPI Ref No. / UTR
  / IMPS Ref No., the reverse-charge note; FREIGHT PAID / RECEIVED WITH THANKS / UPI PAYMENT FAILED - FREIGHT NOT
  RECEIVED / PAYMENT PENDING, the transporter's stamp.
* ``tinting_emi``: a paint company's receipt for the store's tinting-machine EMI (Asian Paints, Berger, Kansai
  Nerolac, Indigo, JSW Paints, Akzo Nobel, Nippon Paint, Shalimar; paper, e-mail or the dealer portal in a browser):
  TINTING MACHINE EMI - RECEIPT / INSTALMENT RECEIPT - TINTING SYSTEM / MACHINE EMI ACKNOWLEDGEMENT, Receipt / Rcpt
  No., Date / Paid on / Received on / Presented on, Dealer M/s the store, Dealer / Shop Code, the machine, Machine
  Sr. No., Agreement No., EMI No. n of 24, the EMI, Add: Late payment charges and Total received on some, NACH
  auto-debit with its UMRN and Debit Ref No. / Bank Reference, NEFT / IMPS / UPI AutoPay with UTR / IMPS Ref No. /
  UPI Ref No., Next EMI due; EMI RECEIVED / PAID / NACH BOUNCED - INSUFFICIENT FUNDS / NACH PRESENTED - AWAITING
  CONFIRMATION.
* ``bulk_advance``: the store's PROFORMA INVOICE CUM ADVANCE RECEIPT / ADVANCE RECEIPT - BULK ORDER / ORDER
  CONFIRMATION & ADVANCE RECEIPT for a builder's project (paper or e-mail): Proforma / Receipt / PI No., Work Order
  / PO / Your PO No., Date / Advance received on, Buyer M/s the builder, Site / Project, bags, tonnes, boxes and a lot
  with quantity x rate, GST @ 18%, Estimated total / Order value, Advance received (n%), Balance on delivery /
  payable on dispatch, Delivery schedule / Dispatch from, RTGS / NEFT / UPI and UTR / UPI Ref No.; ADVANCE RECEIVED /
  RECEIVED WITH THANKS / <mode> RETURNED - ORDER NOT CONFIRMED / ADVANCE PENDING - CREDIT AWAITED.
* ``order_gateway``: a customer paying the store's online order through a payment link (Razorpay, PayU, Cashfree,
  Instamojo, CCAvenue, Easebuzz, PhonePe PG; browser or phone, dark on some): the store on top (Paying / Payment to
  on some), the outcome, the sum large, Order No / Store Order ID / Order #, the items, Delivery charges, a card's
  convenience fee and Total on some, Delivery by / Expected delivery, the way, the gateway's ids (pay_…, Order ID,
  PayU ID, CF Payment ID, MOJO… Payment ID and Payment Request ID, Tracking ID and Order No, Easebuzz ID,
  Transaction ID), a UPI Ref No / Bank RRN / Bank Ref No on some, the day.
* ``ledger_settlement``: the store's PAYMENT RECEIPT - CREDIT ACCOUNT / PARTY LEDGER - PAYMENT ACKNOWLEDGEMENT /
  ACCOUNT SETTLEMENT RECEIPT for a contractor who buys on credit (counter paper, thermal or serif): Receipt / Rcpt /
  Voucher No., Date / Received on, Party / Party name / Contractor (a contractor, mason or builder), Party Code /
  Ledger A/c / Customer ID, Opening balance (Dr) / Previous balance, Add: n bills since last payment, Total
  outstanding / due, Less: Payment received / Amount received / Paid today, Closing balance (Dr) / Balance
  outstanding (Nil on a settled account), Credit limit, cash / UPI / NEFT / IMPS and its reference; RECEIVED WITH
  THANKS / PAYMENT RECEIVED - LEDGER UPDATED / ACCOUNT SETTLED / NEFT RETURNED - NOT POSTED TO LEDGER / UPI PAYMENT
  FAILED - NOT POSTED / UNDER VERIFICATION - WILL BE POSTED ON CREDIT.
* ``return_refund``: the store or its showroom refunding returned tiles or excess material (paper or e-mail): CREDIT
  NOTE CUM REFUND VOUCHER / SALES RETURN - REFUND VOUCHER / REFUND VOUCHER - RETURNED MATERIAL, the store on top (the
  payer), Credit Note / Refund Voucher / Voucher No., Refund ID / Refund Ref No. on the e-mail, Date / Refund date /
  Refunded on / Attempted on / Initiated on, Refund to / Paid to / Customer the customer, Against Bill No. /
  Original bill and Bill date / Sold on, the goods returned, n boxes x rate (incl. GST), Less: Handling / Restocking
  charges / Breakage on some, Refund amount, UPI / NEFT / cash / reversal to card with UPI Ref No. / UTR / ARN / RRN;
  REFUNDED / REFUND PAID / Refund processed / REFUND FAILED - UPI ID INACTIVE / REFUND INITIATED - CREDIT IN 2-3
  WORKING DAYS / Refund pending.

Outcomes: a failed and a pending page in every family. Absent fields: each family leaves out the id on one page (no
UTR, UPI reference, RRN, IMPS reference, ARN, approval code, bank, clearing, journal or debit reference, gateway,
payment, refund or transaction id, order, work order, PO or LR / GR / bilty number, invoice, bill, proforma,
receipt, M.R., SAP document, credit note, voucher, pay-in-slip or counterfoil number; cheque numbers and MICR codes,
dealer, shop, party and customer codes, ledger accounts, machine serial, agreement and UMRN numbers, vehicle
numbers, the original bill's number, MID, TID, batch, GSTIN and account numbers stay) and the day on one (no date
anywhere: no cheque, delivery, dispatch, next EMI, bill-of-sale or slot day either, no financial year in a number,
no RTGS UTR (it carries the day); an e-mail's hour and a slip's TIME at most). Sums: ₹ (faces that draw it), Rs.,
Rs, RS., INR, /- on counter paper, none on slips and item lines; lakh grouping on most, western and plain on some.
Days: dd/mm/yyyy, dd-Mon-yyyy, Mon dd, yyyy, dd.mm.yy, dd-mm-yyyy, dd Mon yyyy, dd.mm.yyyy on paper, heldout121's
PATS with an hour on screens, DD/MM/YY, DDMONYY and MON DD,YYYY on slips. Faces: heldout119's lists (SLIP_FACES for
the charge slip, PAPER_FACES for the cheque pages and the ledger receipt, BILL_FACES for the tax invoice and the
freight receipt). Frames: heldout121's ``compose`` (its rubber stamp on the tax invoice and the freight receipt).
Seeds ``heldout134-<i>``.

Truth conventions (README "Receipt fields"; *settled* where this set chose):

* merchant_name: the one paid, as printed: the store or its tiles showroom (its company on some) on customers' UPI
  screens (Paid to / To / Sent to) and contractors' transfers (Beneficiary Name / Payee / Beneficiary), on top of
  its tax invoices, proformas, ledger receipts and its online order's gateway page, under the terminal's name on a
  charge slip; the store under Credit to / A/c Name / Account Holder on its bank's cheque pages (never the bank on
  top, nor the drawer); the cement or steel company under Beneficiary Name on the store's bank page and on top of
  its dealer-portal receipt (never M/s the store under Dealer Name / Received from); the transporter on top of its
  freight receipt (never the consignor plant or M/s the store as consignee); the paint company on top of its EMI
  receipt (never M/s the store under Dealer). Never a bank, app, terminal maker, gateway or the payer. *settled*: a
  refund for returned material is a payment the store makes: its payee is the customer under Refund to / Paid to /
  Customer, and the name on top is the payer.
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a paid tax invoice's Amount received /
  Received / Paid (a PART PAID bill's part, never the Invoice Total or its Balance on credit); an unpaid, declined
  or credit invoice's Invoice Total / Grand Total (what is due or was tried; heldout120); a charge slip's TOTAL
  AMOUNT with the surcharge (never the BASE AMOUNT); a cheque's Amount (never the return charges); a freight
  receipt's Balance received / Amount received after the advance paid to the driver (never the Freight line or the
  Total freight where an advance is deducted); an EMI receipt's EMI, or its Total received where a late fee is added;
  a builder's Advance received (never the Estimated total / Order value or the Balance on delivery); a gateway
  page's large sum with delivery and any convenience fee; a ledger receipt's Payment received / Amount received /
  Paid today (never the opening, outstanding or closing balance, the bills or the credit limit); a refund's Refund
  amount after handling or breakage (never the returned goods' value).
* status: as printed (Payment Successful, Paid successfully, Transaction Successful, Money sent, Funds transferred
  successfully, <mode> transfer successful, PAID, PAID - THANK YOU, RECEIVED WITH THANKS, PART PAID, APPROVED, TXN
  APPROVED, CLEARED, CHEQUE REALISED - CREDITED, STATUS: CLEARED, Payment received, Credited to dealer account,
  FREIGHT PAID, EMI RECEIVED, Instalment received, ADVANCE RECEIVED, Order confirmed - paid, PAYMENT RECEIVED -
  LEDGER UPDATED, ACCOUNT SETTLED, REFUNDED, REFUND PAID, Refund processed success; Payment Failed, Transaction
  failed, Payment declined, Transaction Failed, Returned by beneficiary bank, <mode> transfer failed, CARD DECLINED -
  NOT PAID, CARD DECLINED, UPI PAYMENT FAILED - GOODS ON HOLD, DECLINED, TXN DECLINED, BOUNCED - FUNDS INSUFFICIENT,
  RETURNED UNPAID - EXCEEDS ARRANGEMENT, <mode> returned - not credited, UPI PAYMENT FAILED - FREIGHT NOT RECEIVED,
  NACH BOUNCED - INSUFFICIENT FUNDS, EMI NOT RECEIVED - RETURNED, <mode> RETURNED - ORDER NOT CONFIRMED, Payment
  failed - order not placed, NEFT RETURNED - NOT POSTED TO LEDGER, UPI PAYMENT FAILED - NOT POSTED, IMPS FAILED - NOT
  POSTED, REFUND FAILED - UPI ID INACTIVE, REFUND FAILED failed; Payment Pending, Payment processing, Transaction
  pending, Pending at beneficiary bank, <mode> under process, Transaction in process, PAYMENT PENDING, PAYMENT
  PENDING - CREDIT AWAITED, CREDIT - PAYMENT DUE, TXN PENDING, UNDER CLEARING, SENT FOR CLEARING - CTS, Under
  reconciliation - credit awaited, FREIGHT PENDING - CREDIT AWAITED, NACH PRESENTED - AWAITING CONFIRMATION, Payment
  under process, ADVANCE PENDING - CREDIT AWAITED, UNDER VERIFICATION - WILL BE POSTED ON CREDIT, REFUND INITIATED -
  CREDIT IN 2-3 WORKING DAYS, Refund pending pending). *settled*: PART PAID a success (money moved: the part); a
  credit sale's CREDIT - PAYMENT DUE is pending (goods given, nothing paid yet; heldout120's PAYMENT DUE); a cheque
  UNDER CLEARING or SENT FOR CLEARING is pending and a bounced one failed; a NACH debit presented and not yet
  confirmed is pending; a refund INITIATED is pending (the customer has not been credited yet).
* date: the day paid (an invoice's, slip's, receipt's, proforma's, voucher's Invoice Date / Bill Date / Date /
  Dated / DATE; Paid on, Received on, Advance received on, Value date, Credited on, Posting date, Transaction Date,
  Transferred on, Refund date, Refunded on; Attempted on, Returned on, Initiated on on the failures and the waits).
  *settled*: a cheque's day is the bank's Credited on / Realised on / Credit Date / Cleared on, its Returned on /
  Date of return when it bounced, and its Deposited on / Date of deposit while it is under clearing; never the
  Cheque Date written on it. *settled*: a NACH debit's Presented on is its day (on the bounced and the waiting
  one). Never a Cheque / Chq Date, Delivery schedule / Dispatch from, Delivery by / Expected delivery, Next EMI due /
  Next instalment on, the original sale's Bill date / Sold on, an e-mail's hour.
* payment_method: UPI (UPI AutoPay too), card (a charge slip, a card at the counter, a card's reversal), cash,
  "netbanking" for NEFT / RTGS / IMPS and Net Banking; wallet for a wallet on a gateway page. *settled*: a NACH /
  e-mandate auto-debit is "netbanking"; a transporter's and a contractor's IMPS is "netbanking"; a cheque page
  names no way to pay (heldout120: a cheque is none of the README's ways), nor does a credit sale's invoice (Terms:
  Credit 30 days).
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / ARN, then a bank
  reference (Bank Ref No, Reference No., Txn Ref No; *settled*: the bank's Clearing Ref No. / Journal No. / Tran ID
  on a cheque page, a NACH debit's Debit Ref No. / Bank Reference), then a transaction / payment / refund id
  (Transaction ID, Payment ID, pay_…, MOJO…, PayU ID, CF Payment ID, Tracking ID, Easebuzz ID, Refund ID / Refund Ref
  No.), then an approval code (APPR / AUTH CODE, Approval / Auth Code), then an order's number (Order ID, Order No,
  Payment Request ID, the store's Order No / Store Order ID / Order #; *settled*: a builder's Work Order / PO No.
  names the order an advance is for, and a lorry's LR / GR / Bilty No. names the consignment whose freight is paid:
  the order family, above the document's own number), then a document's own number (Invoice / Bill / Inv No.,
  INVOICE / INV / BILL NO, Proforma / PI / Receipt / Rcpt / Voucher No., M.R. No. / Money Rcpt No., Credit Note /
  Refund Voucher No.; *settled*: a dealer portal's SAP Doc No. / Doc No. and a bank's Pay-in-slip / Counterfoil No.).
  Never a Cheque / Chq No. or MICR code (*settled*: the cheque's own number names the instrument, not the payment's
  processing; heldout120 left it out), a Vehicle / Truck / Lorry No., a Dealer / Customer / Sold-to / Shop / Party
  Code, a Ledger A/c or Customer ID, a Machine Sr. No., Agreement No. or UMRN, *settled*: the original sale's Against
  Bill No. / Original bill on a refund (another document's number, not this refund's), an HSN code, MID, TID, batch,
  GSTIN, account number, IFSC, mobile number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout134_families import (
    bulk_advance,
    card_slip,
    cheque_deposit,
    compose,
    contractor_transfer,
    customer_upi,
    dealer_payment,
    freight_receipt,
    gst_invoice,
    ledger_settlement,
    order_gateway,
    return_refund,
    tinting_emi,
)

SPLIT = "heldout134"

FAMILIES: list[Family] = [
    ("customer_upi", customer_upi, SCREEN_FACES),
    ("contractor_transfer", contractor_transfer, SCREEN_FACES),
    ("gst_invoice", gst_invoice, BILL_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("cheque_deposit", cheque_deposit, PAPER_FACES),
    ("dealer_payment", dealer_payment, PAGE_FACES),
    ("freight_receipt", freight_receipt, BILL_FACES),
    ("tinting_emi", tinting_emi, PAGE_FACES),
    ("bulk_advance", bulk_advance, PAGE_FACES),
    ("order_gateway", order_gateway, SCREEN_FACES),
    ("ledger_settlement", ledger_settlement, PAPER_FACES),
    ("return_refund", return_refund, PAGE_FACES),
]


def make_heldout134_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout134 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

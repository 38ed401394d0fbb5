"""heldout130: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a sixteenth random day's proofs of payment, as a restaurant with a cloud kitchen (a
family restaurant with a banquet hall and its own delivery-only brands, in Kolkata, Bhubaneswar, Visakhapatnam,
Mysuru, Madurai, Dehradun, Raipur and Thiruvananthapuram) receives them from guests, food aggregators and corporate
clients in 2026 and pays its own suppliers. One payment per page, no lists or threads.

* ``guest_upi``: a guest's UPI app paying the restaurant's QR at the table (PhonePe, Google Pay, Paytm, CRED, BHIM,
  Amazon Pay, Navi, super.money; dark on CRED and some others): heldout125's result screen, the restaurant under
  Paid to / To / Sent to, on some successes Bill amount and Tip under the large sum; a note on most.
* ``pos_bill``: the restaurant's own POS bill from its thermal printer (monospace): the restaurant in capitals,
  GSTIN, FSSAI, TAX INVOICE, Bill No / Inv No, KOT No(s), Table, Covers / PAX, Steward, Date, the dishes, Sub Total,
  Service Charge @ 5% on some, CGST / SGST @ 2.5%, Round Off, GRAND TOTAL / NET PAYABLE, Settled by / Payment Mode /
  Paid by (a card with its approval code, UPI with its reference, cash with Cash Tendered and Change), PAID /
  SETTLED / UPI PAYMENT FAILED / PAYMENT PENDING.
* ``card_slip``: the counter terminal's charge slip (HDFC Bank, ICICI Bank, Axis Bank, Pine Labs, Worldline, Paytm
  EDC, Mswipe, Ezetap; monospace): the restaurant under the terminal's name, MID, TID, DATE, BATCH, INVOICE NO, SALE
  / SALE + TIP / TIP ADJUST, the card masked, APPR CODE, RRN, AMOUNT alone, BASE AMT / TIP / TOTAL filled in, or
  TIP and TOTAL left blank for the guest's pen; APPROVED / DECLINED / TXN PENDING.
* ``aggregator_payout``: a food aggregator's weekly payout advice (Swiggy, Zomato, magicpin, an ONDC seller app;
  e-mail, partner dashboard, partner app): the platform on top (the payer), the restaurant or its cloud-kitchen
  brand under Restaurant / Outlet / Paid to / Beneficiary Name, Restaurant ID, the payout cycle, orders, order
  value, commission, GST on commission, TDS u/s 194-O, TCS under GST, discounts, Net payout, NEFT / IMPS, Payout ID /
  Settlement ID, UTR, Payout date / Settled on; Payout settled / Payout failed / Payout on hold.
* ``catering_advance``: a corporate client's catering advance by NEFT / RTGS / IMPS: its corporate banking's
  acknowledgement (SBI CINB, ICICI CIB, Axis neo: heldout124's page, the restaurant under Beneficiary Name) or its
  accounts payable Payment Advice (e-mail or browser: Vendor Name / Payee Name / Paid to, Vendor Code, the event and
  its date, Quotation value, Advance @ 50%, Less: TDS u/s 194C, Net amount paid, UTR, Payment Doc No., Value Date).
* ``banquet_receipt``: the banquet desk's ADVANCE RECEIPT for a party booking (Receipt No., Booking No. on some,
  Date, Received with thanks from, occasion, Date of event, hall, pax x rate, Package amount, Advance received,
  Balance payable on the day of event, cash / UPI / card / cheque; RECEIVED / CHEQUE BOUNCED / CHEQUE UNDER
  CLEARING, the desk's stamp) or, on two, a REFUND VOUCHER for a cancelled booking (Refund to / Paid to / Payee Name
  the guest, the advance taken earlier, Less: cancellation charges, Refund amount, NEFT / UPI / cash, REFUNDED).
* ``market_memo``: a wholesale vegetable, meat or fish trader's CASH MEMO / BILL to the kitchen (Howrah fish
  market, Poorna Market, Devaraja Market, Chalai …): No., Date, M/s the restaurant, goods by weight and rate, Total
  (with /- on some), the sum in words, Cash / UPI and its reference / a cheque; PAID / PAID BY UPI / CHEQUE
  RETURNED / CHEQUE UNDER CLEARING in a row and in the trader's rubber stamp.
* ``lpg_memo``: a commercial LPG distributor's cash memo (Indane, HP Gas, Bharatgas on top; the distributor under
  it): Distributor Code, TAX INVOICE CUM CASH MEMO (COMMERCIAL), Cash Memo No., Order Ref No. on some, Date, Consumer
  No., LPG ID, 19 kg cylinders with the rate incl. GST, taxable value, CGST / SGST @ 9%, Total, cash / UPI / card /
  NEFT; PAID / DELIVERED - PAID / UPI PAYMENT FAILED / PAYMENT AWAITED.
* ``dairy_bill``: a dairy's monthly bulk bill (Mother Dairy Calcutta, OMFED, Visakha, Nandini, Aavin, Aanchal,
  Devbhog, Milma) paid by UPI: its bill cum receipt on paper (Bill No., Customer Code, Bill for the month, Bill Date,
  Due Date, items, Bill Amount, Amount Paid (a part on some), Paid via, UPI Ref No, Paid on; PAID / PART PAID /
  PAYMENT PENDING) or its bulk-customer portal's receipt (Transaction ID, Bank Ref No, Payment Date).
* ``beverage_cheque``: a beverage distributor's TAX INVOICE to the bar (soft drinks, water, beer) paid by cheque:
  Invoice No., Invoice Date, Buyer, crates, Total, the payment block: Cheque No., Drawn on, Cheque Date, Cheque
  Amount (the invoice or a part), Realised on / Deposited on; CHEQUE REALISED / PAID BY CHEQUE - CLEARED / CHEQUE
  BOUNCED (return reason, bank charges) / CHEQUE UNDER CLEARING.
* ``licence_fee``: a licence fee paid online: FSSAI's FoSCoS receipt for the State licence's renewal or a municipal
  corporation's trade licence / D&O licence / Certificate of Enlistment e-receipt (Kolkata, Bhubaneswar,
  Visakhapatnam, Mysuru, Madurai, Dehradun, Raipur, Thiruvananthapuram): Application Reference No., Licence No.,
  ward, trade, fee, late fee, Total amount paid, the way, Gateway, Transaction ID or GRN, Bank Ref No, Receipt No.,
  Payment Date, Valid upto.
* ``guest_wallet``: a guest paying the restaurant's QR from a wallet or a pay-later line (Paytm Wallet, Amazon Pay
  Balance, Simpl, LazyPay, MobiKwik, Paytm Postpaid, Amazon Pay Later, Freecharge): the outcome, the sum large, Paid
  to / To the restaurant, Paid using / Payment source, Wallet Txn ID / Transaction ID / Order ID, the day, Wallet
  balance or Bill due on on some.

Outcomes: a failed and a pending page in every family but the banquet's refunds (REFUNDED). Absent fields: each
family leaves out the id on one page (no UTR, UPI reference, RRN, approval code, bank, gateway, payout, GRN or
transaction id, bill, KOT, memo, invoice, receipt, voucher, booking or order number; restaurant, vendor, consumer,
customer, licence, application, LPG, MID and TID numbers stay) and the day on one (no date anywhere: a bill month,
a payout week's number or an e-mail's hour at most). Sums: ₹ (faces that draw it), Rs., Rs, RS., INR, /- on counter
paper, none on a POS bill; lakh grouping on most, western and plain on some. Faces: heldout119's lists. Frames:
heldout121's ``compose`` (its rubber stamp on memos, banquet receipts and invoices). Seeds ``heldout130-<i>``.

Truth conventions (README "Receipt fields"; *settled* where this set chose):

* merchant_name: the one paid, as printed: the restaurant (or its cloud-kitchen brand) on guests' UPI and wallet
  screens, on top of its POS bills and advance receipts, under the terminal's or bank's name on a card slip, under
  Restaurant / Outlet / Paid to / Beneficiary Name on an aggregator's payout, under Beneficiary Name / Vendor Name /
  Payee Name on a client's transfer or advice; the trader, the LPG distributor (never Indane / HP GAS / Bharatgas
  over it), the dairy and the beverage distributor on top of their memos, bills and invoices; FSSAI or the municipal
  corporation on top of its fee receipt. Never a bank, app, terminal maker, gateway, aggregator or the payer (M/s,
  Buyer, Customer, Consumer Name, Name of Establishment, Received from, the client on top of its advice).
  *settled*: a refund voucher for a cancelled booking is a payment the restaurant makes: its payee is the guest
  under Refund to / Paid to / Payee Name, and the restaurant on top is the payer.
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a tip paid with the bill is part of
  the sum moved: a tip slip's TOTAL (base and tip), a UPI screen's large sum over its Bill amount and Tip; a slip
  with TIP and TOTAL left blank moved its AMOUNT. A service charge is part of the bill the guest paid: a POS bill's
  GRAND TOTAL (after service charge, CGST / SGST and round off), never its Sub Total, and never the cash tendered or
  the change. An aggregator's Net payout (after commission, GST on it, TDS, TCS and discounts), never the order
  value; a client's Net amount paid after TDS u/s 194C (never the quotation or the advance before TDS); a banquet's
  Advance received (never the package or the balance payable on the day of the event); a refund's Refund amount
  (never the advance or the cancellation charges); a dairy's Amount Paid, a part of the Bill Amount on some; a
  cheque's Cheque Amount (a part of the invoice on some; never the bank's charges on a bounced one); a licence's
  fee with its late fee; an LPG memo's Total with GST; a wallet screen's large sum (never the balance left).
* status: as printed (Payment Successful, Paid successfully, ** PAID **, SETTLED, PAID - THANK YOU, APPROVED, Payout
  settled, Paid, Processed, Settled, Transaction Successful, RECEIVED, RECEIVED WITH THANKS, REFUNDED, PAID BY UPI,
  DELIVERED - PAID, PART PAID, CHEQUE REALISED, PAID BY CHEQUE - CLEARED, Fee paid successfully success; UPI PAYMENT
  FAILED, DECLINED, Payout failed, Payout reversed by bank, Returned - beneficiary a/c closed, CHEQUE BOUNCED,
  CHEQUE RETURNED, CHEQUE RETURNED UNPAID, Payment Failed, Payment declined failed; PAYMENT PENDING, UPI PENDING - NOT
  CONFIRMED, TXN PENDING, Payout on hold, Payout in process, Pending at beneficiary bank, Awaiting bank confirmation,
  CHEQUE UNDER CLEARING, PAYMENT AWAITED, NEFT AWAITED - CREDIT PENDING, Payment Pending pending). *settled*: PART
  PAID a success (money moved: the part); a cheque is realised (success) only where the page says it cleared.
* date: the day paid or credited (a POS bill's, slip's, memo's or receipt's Date: written when paid; Payout date,
  Settled on, Value Date, Payment date, Paid on, Payment Date, Transaction Date, Realised on / Cleared on; Attempted
  on, Initiated on, Payment attempted on, Deposited on on the failures and the waits). *settled*: a cheque's day is
  the day it cleared (Realised on / Cleared on), or where it did not the day it was deposited, never the Cheque
  Date written on it nor the invoice's or memo's Date before it. Never a payout cycle, Date of event / Event date,
  Invoice Date, Bill Date, Due Date, Bill month, Valid upto, Bill due on / Pay by, an e-mail's hour.
* payment_method: UPI, card, cash, "netbanking" for NEFT / RTGS / IMPS / Net Banking and an aggregator's payout
  to the bank; wallet (Paytm Wallet, Amazon Pay Balance, MobiKwik Wallet, Freecharge Balance; *settled*: a
  pay-later line (Simpl, LazyPay, Paytm Postpaid, Amazon Pay Later) is the app's own credit, paid from no bank
  card or UPI: "wallet"). A cheque is None.
* transaction_id: the highest family printed: UPI reference / UTR / RRN, then a bank reference (Bank Ref No, Bank
  Reference No., Reference No.), then a transaction / payment / payout id (Transaction ID, Txn ID, Wallet Txn ID,
  Payout ID, Settlement ID; *settled*: a treasury's GRN), then an approval code, an order / booking id (Order ID,
  Order Ref No., Booking No.), then a document's own number (Bill / Inv / Memo / Cash Memo / Invoice / Receipt /
  Voucher / Payment Doc No., INVOICE NO). *settled*: a KOT number names the kitchen's ticket, not the payment: it
  ranks below every other family (heldout128's rank for a consignment). Never a restaurant, outlet, vendor,
  customer, consumer, LPG, licence, application, enlistment, MID, TID, batch, cheque or account number, GSTIN or
  FSSAI licence.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout130_families import (
    aggregator_payout,
    banquet_receipt,
    beverage_cheque,
    card_slip,
    catering_advance,
    compose,
    dairy_bill,
    guest_upi,
    guest_wallet,
    licence_fee,
    lpg_memo,
    market_memo,
    pos_bill,
)

SPLIT = "heldout130"

FAMILIES: list[Family] = [
    ("guest_upi", guest_upi, SCREEN_FACES),
    ("pos_bill", pos_bill, SLIP_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("aggregator_payout", aggregator_payout, SCREEN_FACES),
    ("catering_advance", catering_advance, PAGE_FACES),
    ("banquet_receipt", banquet_receipt, BILL_FACES),
    ("market_memo", market_memo, BILL_FACES),
    ("lpg_memo", lpg_memo, BILL_FACES),
    ("dairy_bill", dairy_bill, PAGE_FACES),
    ("beverage_cheque", beverage_cheque, BILL_FACES),
    ("licence_fee", licence_fee, PAGE_FACES),
    ("guest_wallet", guest_wallet, SCREEN_FACES),
]


def make_heldout130_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout130 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

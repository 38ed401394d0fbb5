"""heldout129: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a fifteenth random day's proofs of payment, as an agricultural inputs dealer (a krishi seva
kendra selling seeds, fertiliser, pesticides, drip irrigation and small farm machinery, with a tractor-spares
counter, in Nashik, Guntur, Bathinda / Bhatinda, Hubballi, Vidisha, Karnal, Jalgaon, Rajkot and Erode) receives them
from farmers, traders and cooperatives in 2026 and pays its own suppliers. One payment per page, no lists or threads.

* ``farmer_upi``: a farmer's UPI app (BHIM, PhonePe, Paytm, Google Pay, Navi; dark on some) paying the dealer:
  heldout125's result screen on five; on three the app in Hindi (BHIM), Marathi (PhonePe) or Telugu (Google Pay):
  the outcome and the labels in the script (English after a slash on some), the dealer, the sum, the handle and the
  values in English; a note (DAP 10 bags, Udhaar jama …) on most.
* ``credit_memo``: the dealer's CASH MEMO / TAX INVOICE / BILL OF SUPPLY (seeds, exempt) / CASH / CREDIT MEMO on
  paper: Memo / Bill / Invoice No., Date, the farmer and village, items, Total (with /- on some), the sum in words,
  Cash / Nagad, UPI and its reference, a card's approval, a cheque, Amount Received and Balance (Udhaar) on a part
  payment, the word in a row and in the dealer's violet rubber stamp: PAID / PART PAID / UDHAAR / CHEQUE BOUNCED.
* ``coop_slip``: a district central cooperative bank's counter paper crediting the dealer: TRANSFER VOUCHER (a
  farmer's SB or KCC account debited), CASH DEPOSIT counterfoil / PAY-IN-SLIP, NEFT INWARD CREDIT ADVICE from a PACS:
  Credit to / Beneficiary Name / Credited to over the dealer, Amount with /- and in words, Scroll No. / Txn ID /
  Transaction Reference No. or UTR, PASSED / RECEIVED / CREDITED / RETURNED / PENDING FOR AUTHORISATION, the stamp.
* ``kcc_slip``: a RuPay Kisan Credit Card charge slip at the dealer's counter (a bank's terminal or Pine Labs,
  Mswipe, Worldline; monospace): the dealer under the terminal's name, MID, TID, DATE, BATCH, INVOICE NO, RUPAY KCC,
  the card masked, APPR CODE, RRN, AMOUNT, AVL LIMIT on some, APPROVED / DECLINED / TXN PENDING.
* ``fertiliser_ack``: the dealer paying a fertiliser company: the company's dealer payment acknowledgement (IFFCO,
  Coromandel, NFL, RCF, Deepak, Paradeep; e-mail or dealer portal: Dealer Code, Amount received, RTGS / NEFT /
  e-Collection, UTR, Collection / Receipt No., Value Date, Status Realised / Credited / Returned / Under
  reconciliation) or the dealer's bank after the RTGS / NEFT (Chambal, GSFC; heldout124's acknowledgement).
* ``drip_share``: the dealer's FARMER SHARE RECEIPT for a drip system under PMKSY (authorised dealer of Jain,
  Netafim, Finolex Plasson, Rivulis, Captain, Mahindra EPC): Receipt No., Date, farmer, survey / gat / khasra no.,
  area and crop, MI application number, Total system cost, Subsidy (to be released), Farmer's share, Amount
  received, NEFT / UPI / cash / cheque, RECEIVED / CHEQUE RETURNED UNPAID / CHEQUE UNDER CLEARING.
* ``spares_slip``: the tractor-spares counter's bill with its terminal's lines (monospace): BILL NO, DATE, the
  tractor, parts, NET AMT, the terminal's maker, TID, the card or UPI on its QR, APPR CODE, RRN / UPI REF, APPROVED /
  DECLINED / TXN PENDING.
* ``crop_insurance``: a PMFBY premium receipt at a CSC or on the portal: CSC ID, Transaction ID, Bank Ref No on
  some, Application No., the farmer, season and crop, area, Sum insured, Insurance Company / Insurer, Farmer's share
  of premium, Amount paid, CSC Wallet / Cash at CSC / UPI / Net Banking, Payment Date, Cut-off date.
* ``pump_bill``: an agricultural pump connection's bill through Bharat Connect (PhonePe, Paytm, Google Pay, bob
  World, the DISCOM's site, an agent's printed receipt in cash): Biller / Operator over the DISCOM (MSEDCL, APCPDCL,
  PSPCL, HESCOM, MPMKVVCL, UHBVN, PGVCL, TNPDCL), Consumer No., category, Bill Month, Due Date, Bill Amount, Amount
  Paid (a part of the bill on some), B-Connect Txn ID / BBPS Ref No / Bharat BillPay Ref, UPI Ref No, Payment Date.
* ``mandi_receipt``: the APMC's MARKET FEE RECEIPT (Mandi Shulk Rasid) to the dealer as a licensed trader (Receipt
  No., Licensee, commodity, Purchase value, Market fee @ 1%, cess, Total / Kul Rashi with /-, PAID / CHEQUE UNDER
  CLEARING, the committee's stamp) or an e-NAM payment to the seller of a lot (Lot ID, Seller Name / Paid to, Sale
  value paid, Payment ID, UTR, Payment Date).
* ``loan_emi``: an instalment to a lender: a tractor's half-yearly one (Mahindra Finance, L&T Finance, Kotak), a
  two-wheeler's (Hero FinCorp, TVS Credit, IDFC FIRST Bharat; app, e-mail, site), a JLG loan's collected in cash on
  a micro-finance field officer's handheld printer (Asirvad, Bharat Financial Inclusion: COLLECTION RECEIPT,
  CENTRE, CLIENT ID, AMT COLLECTED, MODE CASH, RECEIVED).
* ``seed_order``: the dealer's online order from a seed company or agri marketplace (BigHaat, AgroStar, Mahyco,
  Kaveri, Nuziveedu, DeHaat, Rasi, Syngenta; browser, app, e-mail) paid through its gateway: packs, Subtotal,
  Shipping, Total paid, the way, heldout125's gateway ids, Order No., UPI Ref No on some, Order Date / Paid on.

Outcomes: a failed and a pending page in every family (the micro-finance collection receipts are all received, the
market fee's wait is a cheque under clearing, its family's failure an e-NAM payment). Absent fields: each family leaves
out the id on one page (no UTR, UPI reference, RRN, bank or gateway id, receipt, memo, bill, invoice, lot or order
number; consumer, loan, client, licence, application, dealer, CSC, account, MID and TID numbers stay) and the day on
one (no date anywhere: a bill month or an e-mail's hour at most). Sums: ₹ (faces that draw it), Rs., Rs, RS., INR,
/- on counter paper; lakh grouping on most, western on some, none on slips. Faces: heldout119's lists; Devanagari
and Telugu runs in Noto Sans Devanagari / Telugu (heldout91's ``Faces``). Frames: heldout121's ``compose`` (its
rubber stamp on memos, bank slips and fee receipts). Seeds ``heldout129-<i>``.

Truth conventions (README "Receipt fields"; *settled* where this set chose):

* merchant_name: the one paid, as printed: the dealer on farmers' UPI screens (under a Hindi, Marathi or Telugu
  label too: the name is in Latin letters), on top of its memos, drip receipts and spares bills, under Credit to /
  Beneficiary Name on a bank's slip, under the terminal's or bank's name on a KCC slip; the fertiliser company on
  top of its acknowledgement or under Beneficiary Name on the dealer's bank page; the insurer under Insurance Company
  / Insurer on a PMFBY receipt (never the scheme on top, nor the CSC); the DISCOM under Biller / Operator / Paid to;
  the APMC on top of its fee receipt, the seller under Seller Name / Paid to on e-NAM; the lender on top of its
  receipt (or under Paid to / Lender on its app); the seed company or marketplace on top of its order. Never a bank,
  app, gateway, terminal maker, Bharat Connect, e-NAM, PMFBY, or the payer (Dealer Name, Licensee, Buyer, Ship to).
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a drip receipt's amount is the farmer's
  share received, never the total system cost or the subsidy (which the department pays later, apart); a PART PAID
  memo's is the part received, never its Total or Balance (Udhaar); an UDHAAR memo's is the Total it gives on credit
  (as heldout128's unpaid invoice); a bounced cheque's is the cheque's sum; a pump bill's is the Amount Paid where
  it is less than the Bill Amount; a PMFBY receipt's is the farmer's share paid (never the sum insured); an e-NAM
  payment's is the sale value paid to the seller; an APMC receipt's the fee and cess (never the purchase value); an
  EMI's Amount paid with the charges paid with it; a KCC slip's AMOUNT (never AVL LIMIT).
* status: as printed (Payment Successful, PAID, PAID WITH THANKS, PART PAID, PASSED, RECEIVED, RECEIVED WITH THANKS,
  CREDITED, APPROVED, Realised, Credited, भुगतान सफल, पेमेंट यशस्वी, చెల్లింపు విజయవంతం success; CHEQUE BOUNCED,
  RETURNED - A/C NAME MISMATCH, DECLINED, NOT APPROVED, Returned - UTR not matched, CHEQUE RETURNED UNPAID, Payment
  Failed, भुगतान विफल, पेमेंट अयशस्वी, చెల్లింపు విఫలమైంది failed; UDHAAR, PENDING FOR AUTHORISATION, TXN PENDING,
  Under reconciliation, CHEQUE UNDER CLEARING, Payment Pending, Payment initiated - awaiting bank, भुगतान लंबित,
  पेमेंट प्रलंबित, చెల్లింపు పెండింగ్ pending). *settled*: UDHAAR (credit: goods given, nothing paid) is pending, with
  no day paid and no way; PART PAID a success; a bank counter's PASSED a success.
* date: the day paid or credited (a paid memo's or counter slip's Date: the memo is written when it is paid;
  Cheque deposited on, Value Date, Date of credit, Remitted on, Payment Date, Paid on, Order Date, a slip's DATE,
  Initiated on on the failures and waits). Never an UDHAAR memo's Date (no day paid) or Due by, a bounced cheque's
  memo Date, a Due Date, Bill Month, Cut-off date, Next instalment due on, Expected delivery, an e-mail's hour.
* payment_method: UPI, card (a RuPay KCC is a card), cash (Cash / Nagad, Cash at CSC, a JLG collection), wallet
  (Paytm Wallet; *settled*: a CSC's wallet the VLE pays from is "wallet"), "netbanking" for NEFT / RTGS / IMPS /
  Net Banking / e-Collection / the e-NAM gateway; *settled*: a cooperative bank's counter Transfer between two of its
  accounts is "netbanking" (a bank transfer), its cash deposit "cash". A cheque is None, an UDHAAR memo names none.
* transaction_id: the highest family printed: UPI reference / UTR / RRN, then a bank reference (Transaction
  Reference No., Bank Ref No, BBPS Ref No / B-Connect Txn ID / Bharat BillPay Ref, *settled*: a counter's Scroll
  No.), then a transaction / payment id (Transaction ID, Txn ID, Payment ID, gateway ids), then an approval code, an
  order id, then a document's own number (Memo / Bill / Invoice / Receipt / Collection / Rasid No., INVOICE NO).
  *settled*: an e-NAM Lot ID names the produce, not the payment: below every other family (heldout128's rank for a
  consignment). Never a consumer, loan, client, application, dealer, CSC, licence, account, MID, TID or cheque
  number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, LOAN_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout129_families import (
    compose,
    coop_slip,
    credit_memo,
    crop_insurance,
    drip_share,
    farmer_upi,
    fertiliser_ack,
    kcc_slip,
    loan_emi,
    mandi_receipt,
    pump_bill,
    seed_order,
    spares_slip,
)

SPLIT = "heldout129"

FAMILIES: list[Family] = [
    ("farmer_upi", farmer_upi, SCREEN_FACES),
    ("credit_memo", credit_memo, BILL_FACES),
    ("coop_slip", coop_slip, BILL_FACES + SLIP_FACES[:2]),
    ("kcc_slip", kcc_slip, SLIP_FACES),
    ("fertiliser_ack", fertiliser_ack, PAGE_FACES),
    ("drip_share", drip_share, BILL_FACES),
    ("spares_slip", spares_slip, SLIP_FACES),
    ("crop_insurance", crop_insurance, PAGE_FACES),
    ("pump_bill", pump_bill, SCREEN_FACES),
    ("mandi_receipt", mandi_receipt, PAGE_FACES),
    ("loan_emi", loan_emi, LOAN_FACES),
    ("seed_order", seed_order, SCREEN_FACES),
]


def make_heldout129_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout129 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

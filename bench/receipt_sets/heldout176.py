"""heldout176: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a boutique hotel and banquet hall's day in 2026 (Neelambari Heritage Hotels Pvt Ltd, its
thirty-two-room hotel on Lalitha Mahal Road, Mysuru, and its banquet hall Neelambari Mahal Banquets), told by the
proofs of payment it receives (room guests' UPI and card payments, corporate bookings' NEFT / RTGS payment advices,
the online travel agents' payouts, wedding banquet advances on its own receipts, foreign wedding planners' and tour
operators' SWIFT wires and Wise transfers in US dollars, euros and pounds) and those it makes (the linen laundry, the
bar's excise licence fee, the trade licence and FSSAI fees, kitchen suppliers by net banking, electricity and piped
gas, room TV and broadband from a wallet, the bank's debit alerts). One payment per page. Each family: six
successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those fields).

* ``guest_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM, CRED) and two booking-advance payment links
  (Razorpay, PayU). ``desk_slips``: the front desk's, rooftop restaurant's and banquet desk's card terminal slips
  (monospace). ``corporate_neft``: corporate guests' payment advices (e-mail, printed REMITTANCE ADVICE, supplier
  portal). ``ota_payouts``: MakeMyTrip's, Goibibo's, Booking.com's, Agoda's and Cleartrip's payout e-mails and
  extranet pages. ``banquet_advances``: the hotel's own ADVANCE RECEIPT / MONEY RECEIPT / BANQUET BOOKING RECEIPT
  (paper, rubber stamp) and its banquet accounts' receipt e-mails. ``laundry_bills``: the linen laundry's TAX
  INVOICE
  / BILL with the payment block and a rubber stamp (serif). ``licence_fees``: the excise department's CL-7 licence
  fee e-challan receipts (Khajane-II), Mysuru City Corporation's trade licence receipts and FSSAI's FoSCoS fee
  pages.
  ``kitchen_suppliers``: corporate banking acknowledgements and the bank's beneficiary payment advice e-mails.
  ``foreign_wires``: inward remittance advices (browser, e-mail, printed) and Wise transfers (e-mail, app).
  ``utility_bills``: Bharat Connect in business banking apps (CESC Mysore, GAIL Gas) and CESC's own page.
  ``bank_alerts``: the bank's SMS debit alerts. ``wallet_bills``: DTH, broadband and postpaid bills paid from Paytm
  Wallet, MobiKwik Wallet and Amazon Pay balance. The families' docstrings list each layout's labels.

Truth conventions (heldout167's and heldout175's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). A UPI screen's payee under Paid to / To / Sent
  to / Paying to, never the UPI ID or the app; a payment link's payee on top, never Paid by / Customer / Guest
  name or
  the gateway's footer. A slip's counter name line in capitals, never the terminal's maker or the town line.
  *settled* (heldout167's brand owner's advice, heldout152's partner school's): a payer's payment advice (here a
  corporate guest's) pays the company under Payee / Vendor / Beneficiary / Supplier, never the payer on top.
  *settled* (new here): an online travel agent's payout pays the hotel under Property / Property name / Hotel name /
  Payee (as printed, the hotel's trading name or the company), never the OTA on top, its finance desk or the
  sender line. *settled* (heldout175's live-bird receipt): the company's own money receipt (here for a banquet
  advance) pays the company on top (the hall's or the company's name as printed), never the party under Received
  from / Guest / Party; its accounts desk's receipt e-mail likewise. A laundry's name on top of its own paper, never
  M/s the hotel under Bill to / Client / Customer. *settled* (new here): the excise department's e-challan pays the
  department on top (Karnataka State Excise Department or Department of Excise, Government of Karnataka, as
  printed),
  never Khajane-II, the Treasury or the Licensee; the corporation's trade licence page pays Mysuru City Corporation
  on top, never the Trade name; *settled* (heldout175): FSSAI's FoSCoS page pays the Food Safety and Standards
  Authority of India (or FSSAI as printed) on top, never FoSCoS or the Name of FBO. A corporate banking page pays
  the supplier under Beneficiary name / Payee name / Credit to, never the portal on top or the Debit account name;
  *settled* (heldout175): the bank's beneficiary payment advice e-mail pays the supplier under Beneficiary /
  Beneficiary name, never the bank on top or the Remitter. *settled* (heldout155, heldout161): a bank's inward
  remittance advice pays the company under Beneficiary / Beneficiary name, never the bank on top, the Remitter /
  Ordering customer or the Remitting bank; *settled* (heldout157): Wise's receipt pays the company under To /
  Recipient, never Wise. A Bharat Connect page's biller under Biller / Electricity board / Gas provider (short or
  long as printed), never the app, Bharat Connect or the Consumer name; a board's own page the board on top. An SMS
  alert's payee as the bank sends it ("to KARNATAKA STATE BEVERAGE": *settled*, the truncated name as printed),
  never the bank or the sender id. *settled* (heldout175): a wallet bill payment pays the Biller (here also under
  Operator / Paid to), never the wallet's app.
* amount / currency: the sum this payment moved. A UPI screen's and a link's sum large. A slip's AMOUNT: / TOTAL: /
  SALE AMT:; *settled* (new here): where a slip prints BASE AMT: and TIP:, the TOTAL: (the base with the tip), never
  the BASE AMT: or the TIP:. *settled* (heldout152): a payment advice's Net amount paid / Amount paid / Net payment
  (after TDS, here u/s 194C or 194I), never an invoice's sum. *settled* (new here): an OTA payout's Net payout /
  Amount remitted / Total payout / Net payable, never the Gross booking value, the Commission, the GST on commission
  or the TCS / TDS. *settled* (new here): a banquet receipt's Advance received / Amount received / Cheque received /
  Cash received, never the Package value or the Balance payable. A laundry bill's Amount received / Received /
  Cheque received (on the declined UPI page Amount / UPI amount; the rounded Bill total with GST), never the Sub
  total or a line. The excise challan's Total amount
  / Amount paid, never a fee head (Licence fee, Additional licence fee); the corporation's and FSSAI's Amount
  paid. A
  corporate banking page's Amount / Transfer amount / Debit amount / Amount (INR), never the Charges (incl. GST);
  the
  bank's advice's Amount / Amount credited. *settled* (heldout155): a wire counts the Remittance amount / Foreign
  currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound sign), never
  the INR equivalent, the Bank charges or the Amount credited (INR); Wise's sum large / You sent in the sender's
  currency, never the Wise fee, the Amount converted or Recipient gets (INR). A Bharat Connect page's and a wallet
  bill's sum large; a board's Amount paid. An SMS's sum debited, never Avl Bal. Currency INR everywhere but the
  wires
  and Wise.
* status: as printed. *settled*: Credited / Credited to your account / Wise's Your transfer is complete / Money sent
  / The money has arrived successes; Received - pending disposal (purpose code and invoice awaited) and We're
  processing your transfer / Transfer in progress pending; Returned to remitting bank - beneficiary name mismatch
  and
  Transfer cancelled - refund on its way failed. A payer's advice's Payment status: Paid / Status: Processed
  successes, On hold - bank details under verification pending, Rejected by bank - account closed failed. CHEQUE
  RECEIVED - SUBJECT TO REALISATION and PAYMENT UNDER VERIFICATION - CREDIT AWAITED pending; CHEQUE RETURNED - ...
  and UPI DECLINED - BALANCE DUE failed. A slip's DECLINED (RESP CODE ...) failed, TXN TIMEOUT - STATUS UNKNOWN
  pending. *settled* (new here): an OTA's Payout sent / Status: Remitted / Paid successes, Payout scheduled - in
  process pending, Payout failed - bank account details invalid failed. Transaction in process - awaiting
  beneficiary
  bank confirmation, Bill payment in process, Payment pending - awaiting bank confirmation and Payment pending -
  awaiting confirmation from biller pending; Transaction failed - beneficiary account frozen, Bill payment failed,
  Transaction failed and Payment failed - amount if debited will be refunded failed; *settled* (new here) Bill
  payment failed - amount refunded to wallet failed. Challan paid, Fee paid, Bill paid, Recharge successful, PAID,
  RECEIVED, RECEIVED WITH THANKS, Payment received, Funds transferred, Status: Completed successes. An SMS that says
  the payment "has failed" failed, "is pending" pending, a debit alert a success.
* date: the day paid (Date & time, Paid on, Completed, Payment date, a slip's DATE: / DT:, Value date, Scheduled on
  / Rejected on on a payer's advice, Payout date / Remittance date / Paid on, *settled* (new here) an OTA's
  Scheduled for on the pending payout and Failed on on the failed one, a receipt's Date / Receipt date / Dated, a
  bill's Bill date / Date / Invoice date, Challan date, Transaction date, Date of payment, Initiated on, Failed on,
  Credited on, Received on, Returned on, Sent on, Arrived on, Cancelled on, the SMS's day). *settled* (new here):
  never a Check-in / Check-out or stay day, a Statement period, a Date of function, a laundry's Pick-up day, a
  Licence
  year, a Bharat Connect page's Bill date / Due date, a Bill month, an invoice number's financial year or an
  e-mail's
  hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155), Wise's Paid with Bank transfer
  (heldout157), an OTA's payout to the Bank account, the excise challan's and FSSAI's net banking, a Bharat Connect
  bill from a Current A/c; UPI for UPI apps, a link's UPI, a receipt's or bill's UPI, a Bharat Connect bill paid by
  UPI; card on slips and a link's card; cheque for a cheque received or returned; cash for a cash receipt. *settled*
  (heldout171): wallet for a bill paid from a wallet (Paytm Wallet, MobiKwik Wallet, Amazon Pay balance).
* transaction_id: the highest family printed (heldout152's order, as heldout167): a UPI reference / UTR / RRN / IMPS
  reference (UPI transaction ID, UPI Ref No., UPI Reference No., UPI RRN, Bank RRN, UTR, UTR No., NEFT UTR, RTGS
  UTR,
  Bank reference (UTR), IMPS Ref No., a slip's RRN: / REF NO:, an SMS's UTR / UPI Ref No / IMPS Ref No), then a bank
  reference (*settled* heldout155: a wire advice's Inward ref No. / Our reference / Transaction reference; Reference
  No., Txn Ref No., Bank Ref No., Bank reference, B-Connect Txn ID / Bharat Connect Ref. No., *settled* (new here) a
  wallet bill's Operator ref), then a transaction / payment id (Payment ID pay_..., PayU ID, an app's own
  Transaction
  ID, Wise's Transfer #, *settled* (new here) an OTA's Payout ID / Payment reference / Settlement ID and the excise
  e-challan's Challan Ref. No. (CRN), the Transaction ID on Bharat Connect, the corporation's and CESC's pages,
  *settled* (heldout175) SBIePay Ref No. and a wallet's Wallet Txn ID, *settled* (new here) Amazon Pay's Order ID),
  then an approval code (APPR CODE: / AUTH CODE:, Auth code), then a document's own number (Invoice No., Bill No.,
  Receipt No. / Rcpt. No., a slip's INVOICE NO: / ROC NO:, a payment advice's Payment document / Payment No.).
  *settled*: never a UETR (printed here only beside an Inward ref No., which outranks it), Against invoice or the
  invoices listed on an advice, Vendor code, Consumer No. / Service No., MID, TID, BATCH NO, a card, account or
  mobile number, a UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled* (heldout171): never Maker / Checker.
  *settled* (heldout175): never a Booking No., Application No. / Application reference No. or Licence No.
  *settled* (new here): never a Booking ID, FOLIO: / ROOM NO:, Property ID / Hotel code, Trade licence No., RR
  Number / RR No. / Account ID / BP No., Subscriber ID / Customer ID / Service ID / VC No., a PO number in Remarks
  or
  a function's Hall.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout176_families import (
    bank_alerts,
    banquet_advances,
    compose,
    corporate_neft,
    desk_slips,
    foreign_wires,
    guest_upi,
    kitchen_suppliers,
    laundry_bills,
    licence_fees,
    ota_payouts,
    utility_bills,
    wallet_bills,
)

SPLIT = "heldout176"

FAMILIES: list[Family] = [
    ("guest_upi", guest_upi, SCREEN_FACES),
    ("desk_slips", desk_slips, SLIP_FACES),
    ("corporate_neft", corporate_neft, PAGE_FACES),
    ("ota_payouts", ota_payouts, PAGE_FACES),
    ("banquet_advances", banquet_advances, PAPER_FACES),
    ("laundry_bills", laundry_bills, BILL_FACES),
    ("licence_fees", licence_fees, PAGE_FACES),
    ("kitchen_suppliers", kitchen_suppliers, PAGE_FACES),
    ("foreign_wires", foreign_wires, PAGE_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
    ("wallet_bills", wallet_bills, SCREEN_FACES),
]


def make_heldout176_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout176 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout95: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout95).

Families (8 receipts each), drawn away from heldout2 to heldout94's layouts: recharges and bill payments made
through Indian UPI, wallet and bank apps, as buyers and customers upload them as proof: a mobile prepaid
recharge's detail in PhonePe or BHIM (Jio, Airtel, Vi, BSNL Prepaid; the recharged number, the plan's price,
days and data, a discount off the plan, Valid till, PhonePe's T-id beside a UTR / UPI Ref No, an Operator Ref,
Debited from a bank via UPI or PhonePe Wallet / UPI Lite, a cashback won; Recharge pending, amount debited;
failed; Refunded with its later day), a postpaid or broadband bill in Google Pay (To <biller>, Bharat BillPay, the
mobile or account number, customer name, bill number, Bill date, Due date, Bill amount beside a part payment,
UPI transaction ID, B-Connect Txn ID / BBPS Ref No, Google transaction ID, POWERED BY UPI), a DTH recharge in
Paytm (Tata Play, Airtel Digital TV, Dish TV, Sun Direct, d2h; Subscriber ID / Customer ID / VC Number / Smart
Card Number, Registered Mobile, Next recharge due / Balance will last till, a pack price, Order ID, UPI Ref No,
Wallet Txn ID, Paytm Wallet, a debit card, cashback), a FASTag recharge in Amazon Pay, iMobile Pay, PayZapp, YONO
SBI or PhonePe (the issuer's FASTag under Biller, Vehicle Number, Tag ID in hex, the tag's balance before or
after, a minimum balance, the last toll's sum, plaza and day, Transaction ID, UPI Ref No., Bharat BillPay Ref,
Payment Mode / Paid via), an electricity board's payment e-mail in a browser (BESCOM, MSEDCL, TPDDL, TANGEDCO,
UPPCL, CESC, BSES Yamuna, TSSPDCL: Account ID / Consumer No / CA Number / Service No / USC No, Bill Month, Bill
Date, Due Date, Bill Amount, a convenience fee, Total Amount Paid, Transaction Date, Payment Mode, a gateway's
Bank Reference, the board's Receipt No; the mail's own day, sometimes a day late), a Bharat BillPay transaction
receipt in a PDF viewer (water, piped gas, broadband: K Number, RR Number, CA / BP Number, Customer Name and
Mobile, Bill Period, Bill Date, Due Date, Bill Amount, Customer Convenience Fee, Total Amount, B-Connect Txn ID,
Approval Ref No, Payment Mode down to cash at an agent, Payment Channel, Transaction Status), a credit card bill
paid in CRED (dark, lower case), PhonePe or a bank app (paid to <bank> Credit Card, the card's masked number,
total due, minimum due, due date, paid from an account, UPI or Net Banking, UTR / UPI Ref No, the app's
transaction id, CRED coins, cashback), a loan EMI repayment's web receipt (Bajaj Finance, Tata Capital, HDB,
Home Credit, Muthoot, L&T Finance, Hero FinCorp, IIFL: Loan Account Number, EMI Amount, bounce or overdue
charges, Total Amount Paid, EMI Due Date, Next EMI Date, Principal Outstanding, Payment ID pay_…, UPI Ref No /
Bank Reference No, Receipt No), an insurance premium's receipt printed and lying on a desk (LIC, HDFC Life, SBI
Life, Star Health, ICICI Lombard, Max Life, Tata AIA, Niva Bupa: Policy Number, Premium Due Date, Mode, Premium,
GST, Late Fee, Total Premium Paid, Next Due Date, Date of Payment, Transaction ID, Receipt No, Status), a
municipal property tax e-receipt in a browser (BBMP, MCGM, GHMC, PMC, Greater Chennai, MCD, AMC, Lucknow Nagar
Nigam: PID / PTIN / Assessment No, owner, ward, financial year, tax, cess, an early payment rebate and its last
day, a penalty, Total Amount Paid, Bank Ref No, Challan / Receipt No, Payment Status), an SMS thread (the bank's
UPI debit SMS "A/c XX1234 debited by Rs.349.00 on 14-03-25 trf to AIRTEL PREPAID UPI Ref no …" under an older
NEFT credit, its stamp sometimes a day late; or the operator's "Recharge successful! / pending / failed" with
Operator:, Amount:, Number:, Date:, Validity: till …, Txn ID: under an older expiry reminder), and a wallet app's
bill payment (Amazon Pay's Order # or MobiKwik's Transaction ID, Biller / Paid to, consumer number, Due date,
Amazon Pay Balance, UPI or the Amazon Pay ICICI card, MobiKwik Wallet or UPI, Bharat BillPay Ref / BBPS Ref No,
cashback or SuperCash, the wallet's balance, a refund with its day).

Sums: rupees as ₹ (only in faces that draw it), Rs., Rs or INR, lakh grouping on most pages, whole rupees on a
share of app screens; SMS Rs.349.00. Dates: 14 Mar 2025, 14/03/2025, 14-03-2025, Mar 14, 2025, 14-Mar-2025 with a
time; SMS 14-03-25, 14Mar25, 14-Mar-25. Faces: the project's installed sans faces on screens, e-mails and web
pages, serif or sans faces on the BBPS PDF and the printed premium receipt. Degradations as heldout94
(``heldout14_render.degrade``; screens are photographed off the display; the frames are
``heldout93_families.compose``'s: a browser's window, a PDF viewer, paper lying on a desk).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* merchant_name: the biller or operator paid, as printed under Operator / Biller / Biller Name / Paid to / To, or
  as the heading of the biller's own page (an electricity board's e-mail, an insurer's receipt, a lender's or a
  municipal corporation's web receipt: the name in large type on top). Never the app, the customer, the bank the
  money came from, an SMS's sender id. *settled*: a credit card bill's payee is "<bank> Credit Card" as printed
  under paid to (the card's issuer, not the payer's bank); a FASTag recharge's payee is the issuer's FASTag
  ("ICICI Bank FASTag") under Biller; an electricity board's e-mail counts the full name of its heading (the
  short name in the subject line is the same biller); the bank's debit SMS counts the name after "trf to"
  (in capitals); the operator's SMS the name after "Operator:".
* amount: what the payment moved (or tried to move): the app's large sum, Total Amount Paid / Total Amount /
  Amount Paid, the SMS's sum. *settled*: a convenience fee or customer convenience fee, late fee, GST, cess,
  penalty or bounce charges the customer paid are part of it (the total paid, never the bill amount before
  them); a discount or a property tax rebate comes off it (never the plan's price or the tax before the rebate).
  Never a bill amount other than the sum paid, a total or minimum due, a plan's or pack's price, a cashback,
  SuperCash, CRED coins, a tag's, wallet's or account's balance, a minimum balance, a last toll, an EMI's
  principal outstanding, an older SMS's credit.
* date: the day paid (or tried): Date & Time / Paid on / Transaction date / Transaction Date / Payment Date / Date
  of Payment / Transaction Date & Time, the time-and-day line under Google Pay's status, the day inside the SMS.
  Never a Bill Date, Due Date, Bill Month or Bill Period, Valid till / Plan expires on / Validity, Next recharge
  due / Balance will last till, EMI Due Date / Next EMI Date, Premium Due Date / Next Due Date, a rebate's last
  day, a last toll's day, a refund's day, an e-mail's sent day or an SMS's arrival stamp (a day late on a share),
  an older SMS's day. *settled*: a refunded payment counts the day it was paid, not the refund's.
* payment_method: the way a line names: UPI (via UPI, (UPI) after the account, UPI Lite, Payment Mode UPI,
  MobiKwik UPI, the debit SMS's UPI Ref no), netbanking (Net Banking, Internet Banking), card (Debit Card, Credit
  Card, a debit card under Paid using, the Amazon Pay ICICI Credit Card), wallet (PhonePe Wallet, Paytm Wallet,
  Amazon Pay Balance, MobiKwik Wallet, Payment Mode Wallet), cash (a BBPS agent's Payment Mode Cash); else a
  keyword (Google Pay's POWERED BY UPI). *settled*: a credit card bill's card being paid off (XXXX … 1234) is no
  way to pay (README); the operator's SMS names no way: None; a cashback "credited to your wallet" names none.
* status: only where words state the payment's outcome. Success: Recharge Successful / successful / Done, Bill
  paid, Completed, Payment successful, Paid Successfully, FASTag recharge successful, Your payment was
  successful, Transaction Status SUCCESSFUL / Success, payment successful, Status Success / Paid / Received,
  Payment Status Success, Recharge successful!. Pending: Recharge pending, amount debited, Recharge Pending /
  in progress, Processing, Payment pending, payment in progress, Your payment is being processed, Transaction
  Status PENDING, Payment Status Pending, Amount debited … awaited. Failed: Recharge Failed, Failed, Payment
  failed, Transaction Failed, Transaction Status FAILED / Failure. *settled*: a bank's UPI debit SMS ("A/c …
  debited by Rs… trf to …") states success (the money left for the payee; the older credit SMS is another
  payment); a refund after a failed recharge or bill (Refunded, Amount Refunded, Refund Successful, Money
  Refunded, Refund processed) states none: None (heldout84, heldout93, heldout94).
* transaction_id: at most one, as printed, the highest kind printed as README orders the families: a UTR (UTR,
  UTR No.), then a UPI reference (UPI Ref No, UPI transaction ID, UPI Reference No, upi reference, the SMS's UPI
  Ref no), then a bank's reference (Transaction Reference No., Bank Reference, Ref. No., Bank Ref No, Bank
  Reference No, and BBPS Ref No, B-Connect Txn ID, BBPS Transaction ID, Bharat BillPay Ref, which README lists
  there), then an app's transaction id (Transaction ID, Txn ID, Google transaction ID, Wallet Txn ID, Payment ID),
  then an order's (Order ID, Order #), then a bill's or receipt's own number (Receipt No, Challan No). So a UPI
  reference beats a B-Connect id, and a B-Connect id an app's id or an Amazon order. *settled*: an Operator Ref /
  Operator Txn ID (the operator's number for the recharge) and an Approval Ref No on a BBPS receipt (the biller's
  approval) are never the id; they are printed only beside a higher kind. Never a consumer, account, CA,
  service, K, RR, BP, customer, subscriber or VC number, a mobile number, a vehicle number, a Tag ID, a masked
  card, a loan account or policy number, a PID / PTIN / assessment number; a bill's Bill number is printed only
  beside higher kinds.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout93_families import compose
from bench.receipt_sets.heldout95_families import (
    bbps_receipt,
    card_bill,
    discom_email,
    fastag,
    gpay_bill,
    loan_emi,
    paytm_dth,
    premium,
    prepaid_recharge,
    property_tax,
    sms_thread,
    wallet_bill,
)

SPLIT = "heldout95"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens, e-mails and web
# receipts in sans faces, printed and PDF receipts in sans or serif faces; ₹ is printed only in faces that draw
# it (heldout86_families.Rs), and Page.truth checks every glyph.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("prepaid_recharge", prepaid_recharge, SCREEN_FACES),
    ("gpay_bill", gpay_bill, SCREEN_FACES),
    ("paytm_dth", paytm_dth, SCREEN_FACES),
    ("fastag", fastag, SCREEN_FACES),
    ("discom_email", discom_email, SCREEN_FACES[:4]),
    ("bbps_receipt", bbps_receipt, PAPER_FACES),
    ("card_bill", card_bill, SCREEN_FACES),
    ("loan_emi", loan_emi, SCREEN_FACES[:4]),
    ("premium", premium, PAPER_FACES),
    ("property_tax", property_tax, SCREEN_FACES[:4] + PAPER_FACES[:2]),
    ("sms_thread", sms_thread, SCREEN_FACES),
    ("wallet_bill", wallet_bill, SCREEN_FACES),
]


def make_heldout95_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout95 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n, draw=compose)

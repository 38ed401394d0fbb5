"""heldout94: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout94).

Families (8 receipts each), drawn away from heldout2 to heldout93's layouts: India's newer UPI features and the
pages they produce, as buyers upload them as proof of payment: a UPI Lite payment in PhonePe, Paytm, Google Pay,
BHIM, MobiKwik, Navi or iMobile Pay (UPI Lite in the header, Paid from UPI Lite, No UPI PIN needed for payments up
to ₹1,000, the Lite balance before and after, Last top-up with its sum and day, Auto top-up ₹500 when below ₹200,
failed for a low Lite balance), a UPI AutoPay mandate's creation with its first payment (First payment, Merchant
/ Payee / Mandate to, the purpose with a loan's, policy's or subscriber's number, Maximum amount, Frequency, Start
date, Valid till, Next debit on, Created on / Set up on / Paid on, UMN, the UPI reference) or a mandate's debit
(Debited on, Mandate Monthly · up to ₹…, Next debit on, Pre-debit alert sent, a failed debit's retry day), a
RuPay credit card paid through UPI (PhonePe, Google Pay, Paytm, CRED, super.money, Kiwi, BHIM, Navi: Paid using
HDFC Bank RuPay Credit Card XX1234, the shop's UPI id, the UPI reference and the app's own transaction id,
Available credit limit, reward points, Card bill due on, a cashback, a refund to the card), a pre-sanctioned
credit line on UPI (Credit Line on UPI in the header, labels stacked over their values, Paid using ICICI Bank
Credit Line XX1234, Available and Sanctioned limits, Repay by, the interest rate, the credit line's account), a
UPI 123PAY SMS photographed on a feature phone (a plastic body and keypad round a small LCD screen, an inbox
with the IVR's or missed call's prompt over the bank's SMS: "Your UPI 123PAY payment of Rs.250.00 to RAMESH
KUMAR is successful. A/c XX1234 debited on 14-03-25. UPI Ref no … Avl bal …", its arrival stamp a day late on a
share, failed for a wrong UPI PIN, pending), a UPI International payment abroad in dirhams, Singapore dollars,
euros, Mauritian rupees or riyals (the foreign sum large, Paid to the shop with its city, Amount in INR, Exchange
rate, Forex markup (incl. GST), Total debited, the UPI reference, a partner's reference, International UPI active
till), a UPI Circle delegate's payment (the secondary user's or the primary user's screen: approved and paid, paid
within a full delegation from the primary's account, waiting for approval, declined or expired; Requested by,
Approved by, Approval from with a phone, Monthly limit and the limit left, Delegation valid till, a Request ID), a
UPI Tap & Pay at a counter's terminal (TID, Counter, UPI Lite or a bank account) or a Hello UPI voice payment (the
spoken request in Hindi or English, a misheard sum corrected, "haan", then the payment's card), an e-RUPI voucher
redeemed (the merchant's redemption screen in its acquiring bank's e-RUPI app with the voucher code, sponsor,
beneficiary's mobile, voucher value, redeemed amount, balance left, Valid till and MID; or the beneficiary's SMS
thread, the voucher's issue message over its redemption or OTP), a UPI-ATM cash withdrawal (the ATM's slip lying
on a counter: UPI CASH WITHDRAWAL / INTEROPERABLE CARDLESS CASH WITHDRAWAL, ATM ID, the place, STAN, a PSP's UPI
TXN ID beside the RRN on a share, the payer's masked VPA, AVL BAL, UNABLE TO DISPENSE CASH; or the payer's app
after scanning the ATM's QR), a split bill's share paid to the friend who paid (the group, the bill's total, Split
4 ways, … owes) or a merchant's collect request (Request from Zomato, paid, declined, expired or waiting, Requested
on and Expires on, the order's number), and a merchant's side of a UPI QR payment (a Paytm, PhonePe POS,
BharatPe Swipe or Pine Labs Plutus Smart printout lying on the counter: MID, TID, DATE / TIME on one line, UPI
SALE, INVOICE NO, BATCH NO, RRN, a TXN ID or a UPI TXN ID, CUST VPA, the copy's banner; or the business app's
Payment Received from the customer, the soundbox's id, the settlement, today's collection).

Sums: rupees as ₹ (only in faces that draw it, heldout86_families.Rs), Rs., Rs or INR, lakh grouping on most
pages, whole rupees on a share of screens; slips RS.2,000.00, Rs.1,250.00, INR 1250.00; SMS Rs.250.00 and INR
1,250.00; foreign sums AED 45.00, 45.00 AED, S$ 12.50, SGD 12.50, €24.00, EUR 24.00, MUR 1,250.00, Rs 1,250.00
(MUR), QAR 45.00. Dates: 14 Mar 2025, 14/03/2025, 14-03-2025, Mar 14, 2025, 14 March 2025, 14-Mar-2025, 14 Mar,
2025 with a 12- or 24-hour time before or after; slips and SMS 14/03/25, 14-03-25, 14MAR25, 14.03.2025,
14-Mar-25. Faces: the project's installed sans faces on screens (Noto Sans and Sans Display, DejaVu Sans,
Liberation Sans and Sans Narrow, FreeSans), monospaced faces on slips and the feature phone. Degradations as
heldout66 (``heldout14_render.degrade``; screens and the feature phone are photographed off the display; slips
are photos of paper already, drawn lying on a counter by ``heldout94_families.compose``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* amount: what the payment moved (or tried to move), as "1234.50": an app's large sum, a slip's AMOUNT, the sum
  in the SMS. Never a UPI Lite balance (before, after, Last top-up, Auto top-up), the Lite per-payment limit, an
  AutoPay mandate's Maximum amount / Debit up to / up to ₹…, a credit card's or credit line's available or
  sanctioned limit, a cashback, reward points, a markup or the total debited with it, a UPI Circle's monthly
  limit or limit left, a misheard sum in a voice chat, an e-RUPI voucher's value or balance left, an ATM's AVL
  BAL, a split bill's total or another member's share, a merchant's collection for the day, a refund's sum.
  *settled*: an AutoPay creation's sum is its first payment (First payment / Paid now / First debit), never the
  mandate's maximum; a partly redeemed e-RUPI voucher's sum is the amount redeemed; a UPI International payment's
  sum is the foreign sum the merchant was paid, in its currency (AED, SGD, EUR, MUR, QAR), never the rupees
  debited for it (Amount in INR, Total debited) — currency is that code, also where it is printed S$ or € or Rs
  … (MUR). Everything else is INR.
* date: the day paid (or tried), ISO: Date & Time / Paid on / Date / Transaction date / Debited on / Executed on
  / Created on / Set up on / Redeemed on / Withdrawn on / Received on / Approved on, a slip's DATE, the day inside
  the SMS. Never a status bar's time, a Lite top-up's day, a mandate's Start date (the same day, under a label the
  README never takes), Valid till / End date / Expires on, Next debit on / Next due date, Pre-debit alert sent, a
  failed debit's retry day, a card bill's or credit line's due or Repay by day, International UPI active till, a
  delegation's validity, an e-RUPI voucher's expiry or issue day, a settlement's day, the SMS's arrival stamp in
  the inbox (a day late on a share). *settled*: a collect request that was declined, expired or is waiting
  counts its Requested on as the day tried (never Expires on); one that was paid counts Paid on / Approved on (the
  same day); a UPI Circle request waiting or expired counts its Requested on.
* payment_method: "UPI" for every page of this set's UPI features (UPI Lite, UPI AutoPay, a credit line on UPI,
  UPI 123PAY, UPI International, UPI Circle, Tap & Pay, Hello UPI, UPI-ATM, split bills, collect requests, a POS
  UPI SALE), from a line that names it (Paid from UPI Lite, UPI CASH WITHDRAWAL, UPI SALE, the SMS's UPI 123PAY),
  the feature's header, or a keyword (a UPI id or a VPA, Powered by UPI). "card" where a line names a card as the
  way paid: a RuPay credit card on UPI (Paid using … RuPay Credit Card XX1234 beats the app and the shop's UPI
  id, as heldout92 counts <bank> Credit Card XX1234 under Paid using). *settled*: a credit line on UPI is UPI (a
  loan account linked to UPI, no card and no wallet: the source line names no way, the page's UPI header does);
  an e-RUPI voucher's redemption is None (a prepaid voucher is none of the four ways, and the pages print no UPI
  mark); a bank account under Debited from / Paid from names no way.
* status: only where words state the payment's outcome. Success: Payment Successful, Paid Successfully, Paid,
  AutoPay set up successfully, Mandate created successfully, AutoPay is active, AutoPay payment / debit
  successful, Transaction Successful, International payment successful, Approved & paid, You paid your share,
  Voucher redeemed successfully, Redemption Successful, the SMS's "is successful" / Status: SUCCESS / "has been
  redeemed", TRANSACTION SUCCESSFUL, WITHDRAWAL SUCCESSFUL, Cash withdrawal successful, PAYMENT RECEIVED,
  APPROVED, Payment Received, Received Successfully. Failed: Payment Failed / failed / declined, AutoPay setup
  failed, Mandate creation failed, AutoPay payment / debit failed, Transaction Failed, Request declined, Payment
  declined by primary user, You declined this request, Declined, Redemption failed, the SMS's "has failed" /
  FAILED, UNABLE TO DISPENSE CASH, TRANSACTION DECLINED, Cash withdrawal failed, TRANSACTION FAILED, PAYMENT
  FAILED; *settled*: an expired UPI Circle or collect request (Request expired, Expired: no money moved) is
  failed. Pending: Payment Pending / processing, Processing, AutoPay setup pending, Mandate creation in progress,
  AutoPay payment pending, Waiting for approval, Approval pending, Request sent for approval, Awaiting OTP from
  beneficiary, Redemption pending, the SMS's "is pending", TRANSACTION UNDER PROCESS, Withdrawal pending,
  Awaiting your approval, PAYMENT PENDING. A payment refunded after it went through (Refunded, Payment refunded,
  with the refund's day and sum) states none: None (heldout84, heldout93). None also on an e-RUPI OTP SMS (it
  states no outcome).
* transaction_id: at most one, as printed, the highest kind printed as README orders the families: a UTR (UTR,
  UTR No.), then a UPI reference (UPI Ref No, UPI Ref. No., UPI Reference No, UPI transaction ID, UPI Ref, a
  slip's UPI TXN ID: a PSP's letters and hex), then an RRN, then a bank's reference (Ref No, Transaction Ref No,
  Redemption Ref No, Reference Number), then an app's transaction id (Transaction ID, Txn ID, a slip's TXN ID),
  then a bill's number (a slip's INVOICE NO / BILL NO). So a slip's UPI TXN ID beats its RRN, and its RRN its
  TXN ID and invoice number. Never a UMN / Mandate ID (the mandate's, not the payment's), a Request ID (a UPI
  Circle's approval request), a voucher code, a partner's / NIPL / network reference beside the UPI reference, an
  ATM ID, STAN / TXN SEQ NO, BATCH NO, MID, TID, Terminal ID, a soundbox's id, an OTP, a phone, a UPI id or VPA, a
  masked card or account, a loan's, policy's or subscriber's number in a mandate's purpose, the order's number
  under a collect request, a Bill No. on a Tap & Pay screen (the shop's bill beside the UPI reference; below it in
  rank anyway). None where none is printed (a waiting, declined or expired request; an e-RUPI failure or OTP SMS).
* merchant_name: the payee as printed: Paid to / To <name>, To over the name, Merchant / Payee / Mandate to, the
  name in the SMS ("to RAMESH KUMAR", "at Apollo Clinic Koramangala"), the shop on a POS printout's or business
  app's top (in capitals on slips), Request from <merchant>, Paid to <friend> for a split share. Never the app, the
  bank, the ATM's owner or operator on a slip (*settled*: a cash withdrawal pays no one: None), the payer (From,
  CUST VPA, from <payer> on a business app), a UPI Circle's primary or secondary user, an e-RUPI voucher's sponsor,
  the friend who paid a split bill under Total paid by, another member who owes.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout94_families import (
    autopay,
    compose,
    credit_line,
    erupi,
    merchant_pos,
    pay123,
    rupay_cc_upi,
    split_collect,
    tap_voice,
    upi_atm,
    upi_circle,
    upi_international,
    upi_lite,
)

SPLIT = "heldout94"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens in sans faces (Noto
# Sans Display and Liberation Sans Narrow among them), slips and the feature phone's screen in monospaced faces (the
# ATM's and the POS terminal's families draw their slip in a monospaced face, the app's screen in a sans one);
# ₹ is printed only in faces that draw it (heldout86_families.Rs), and Page.truth checks every glyph.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
MONO_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
PHONE_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
# the ATM's and the POS terminal's families draw a slip in a monospaced face, else the app's screen
SLIP_OR_SCREEN = MONO_FACES + SCREEN_FACES[:4]
FAMILIES: list[Family] = [
    ("upi_lite", upi_lite, SCREEN_FACES),
    ("autopay", autopay, SCREEN_FACES),
    ("rupay_cc_upi", rupay_cc_upi, SCREEN_FACES),
    ("credit_line", credit_line, SCREEN_FACES),
    ("pay123", pay123, PHONE_FACES),
    ("upi_international", upi_international, SCREEN_FACES),
    ("upi_circle", upi_circle, SCREEN_FACES),
    ("tap_voice", tap_voice, SCREEN_FACES),
    ("erupi", erupi, SCREEN_FACES),
    ("upi_atm", upi_atm, SLIP_OR_SCREEN),
    ("split_collect", split_collect, SCREEN_FACES),
    ("merchant_pos", merchant_pos, SLIP_OR_SCREEN),
]


def make_heldout94_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout94 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout100: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each; the outcomes of each family's eight follow ``heldout100_families.PATTERNS``), drawn away
from heldout2 to heldout99's layouts: the payee's side of a payment, the proofs that sellers and small merchants
upload to a marketplace to show they were paid, most in India in rupees, some in the US, the UK and the euro area:
a merchant app's payment-received detail (PhonePe Business, Paytm for Business, BharatPe, Google Pay for Business,
Pine Labs One: the business's name on top or under Received in / Paid to / Business, Payment Received / Received
Successfully / Money received, Payment pending / processing, Payment failed / Transaction failed, the sum in large
type, From the payer, Customer UPI ID, Date & Time, UPI Ref No. and the app's Transaction ID); a soundbox's log of
spoken payments (Paytm Soundbox, PhonePe SmartSpeaker, BharatPe Speaker: Merchant, Device, the day's heading, two
or three rows "hh:mm Announced ₹…" and one payment opened: Selected payment, its sum, Payment received, From the
payer's UPI id, UPI Ref No); the merchant bank's credit SMS in a messages app ("₹… credited to a/c XX1234 on
14-03-25 by VPA … (UPI Ref No …)", "A/c … credited by … from … UPI Ref …", "… is credited with … by IMPS from …
IMPS Ref No …"); a payment aggregator's dashboard detail in a browser (Razorpay, Cashfree, PayU: the gateway and
the merchant's account on top, Status Captured / Authorized / Failed, Amount, Payment ID, Order ID, Created on, Fee
(incl. GST), Method UPI with Customer VPA and RRN, or Card - Visa ending …); an aggregator's settlement report as a
PDF or a web page (Merchant Name, Merchant ID, Settlement ID, Transactions of, No. of payments, Gross amount, MDR /
Fees, GST on fees, Net settled amount, Bank account, Status Settled / Processed / Credited with Settled on and a
Settlement UTR and sometimes Mode NEFT / IMPS, or Scheduled / Pending / In process with Created on and Expected
settlement, or Failed with Attempted on); a marketplace's payout e-mail (Amazon Seller Central, Flipkart Seller
Hub, Meesho, Swiggy Partner in rupees; Etsy in dollars, Shopify Payments in pounds, eBay in euros: Seller, the
outcome, Payout ID, Period, Orders, Gross sales, Commission & fees, Shipping deductions, Net payout, Paid to Bank
account …, Transfer method NEFT / ACH transfer / Faster Payment / SEPA transfer, Payout date and a UTR No, or
Initiated on, or Attempted on); a current account statement's search result in a PDF viewer (Account Name, Account
No., IFSC, one credit row: its value date, the narration UPI/<ref>/CR/<payer>/… or NEFT CR-<UTR>-<payer>, Credit,
Balance); a bank branch's CREDIT ADVICE on paper lying on a desk (Date, Beneficiary Name, Remitter Name, Amount, Mode
NEFT / RTGS / IMPS, UTR No / IMPS Ref No, "We have credited …") or a CHEQUE RETURN ADVICE (Account Name, Drawer,
Cheque No, Amount, Reason, "returned unpaid", Return charges); a card terminal's SETTLEMENT REPORT slip (the shop
on top, DATE, TIME, MID, TID, BATCH NO, card networks' SALE rows, a REFUND row, NET TOTAL, SETTLEMENT SUCCESSFUL /
PENDING / FAILED); a "You received a payment" notice from PayPal, Stripe or Square (Recipient, From, the sum, Status
/ Payment status Completed / Succeeded / Paid / Pending / On hold / Failed / Declined, Date, Transaction ID or
Payment ID pi_…, Funding source PayPal balance or a card); a credit reversed or charged back in a merchant app
(Payment reversed / Credit reversed / Payment failed with Date & Time and UPI Ref No; Chargeback debited /
accepted with Disputed amount, Case ID, Reason, Original payment on, Debited from settlement and RRN); and a refund
the merchant issued from a dashboard or app (Refund processed / initiated / successful, Refund amount, Refund ID,
Refunded on, Payment date, Payment method, UPI Ref No or Payment ID, Customer).

Sums: rupees with ₹ only in faces that draw it, else Rs. or INR (``heldout97_families.purse``), dollars, pounds
and euros the English way; a POS slip prints its rows bare and Rs. on its NET TOTAL. Dates as heldout97's
(``heldout97_families.dated``), an SMS's short 14-03-25 / 14MAR25 beside the thread's full day, a slip's
14/03/2025. Faces: the project's installed sans faces on screens and web pages, serif or sans on paper. Frames
(a browser's window, a PDF viewer, paper lying on a desk) are ``heldout93_families.compose``'s; degradations are
``heldout14_render.degrade``'s (screens and web pages photographed off the display).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* merchant_name: the payee, the party the money went (or was to go) to. *settled*: on the payee's own pages the
  merchant is the business the page belongs to, as printed: a merchant app's or dashboard's business name on top
  (beside the app's or gateway's name) or under Received in / Paid to / Business / Merchant; Merchant Name on a
  settlement report, Seller on a payout e-mail, Account Name on a statement, Beneficiary Name on a credit advice
  and Account Name on a cheque return advice, Recipient on a notice abroad, the shop on top of a terminal's slip.
  Never the app, gateway, marketplace, bank or terminal's network on top (PhonePe Business, Razorpay, Amazon Seller
  Central, PayPal, the bank's name), never the payer (From, Customer, Remitter Name, Drawer, the name in a
  statement's narration: on a credit the narration names who paid). The merchant bank's credit SMS names no payee
  (only the payer's VPA or name, the masked account and the bank's sender id): None. A statement prints the
  account holder's name in capitals as printed.
* amount: *settled*: the sum of the money movement the page's id and outcome speak of. A single customer payment
  (app, soundbox, SMS, dashboard, statement, advice, notice abroad) counts its sum, gross of any fee shown beside it
  (a dashboard's Fee is no total). A settlement report and a payout e-mail count the net sum credited to the
  merchant (Net settled amount / Net settlement amount, Net payout), never the Gross amount / Gross sales or the
  fees, GST or deductions; a terminal's settlement slip counts its NET TOTAL (the card sales less the refund row),
  never one network's row. A soundbox log counts the opened payment only, never the other announced rows. A
  statement counts the Credit, never the Balance; a chargeback counts the Disputed amount, a reversal its sum, a
  refund its Refund amount; a cheque return its cheque's Amount, never the Return charges.
* currency: INR, USD, GBP or EUR as printed (a POS slip's Rs. on its NET TOTAL).
* status: only where words state the outcome. Success: Payment Received / Received Successfully / Money received /
  Payment received, credited (an SMS's "credited to a/c", an advice's "We have credited"), Captured, Settled /
  Processed / Credited, payout sent / successful, SETTLEMENT SUCCESSFUL, Completed / Succeeded / Paid. Pending:
  Payment pending / processing, Authorized (*settled*: authorized, not captured, "will be auto-captured or
  refunded"), a settlement Scheduled / Pending / In process, payout scheduled / initiated, SETTLEMENT PENDING -
  UPLOAD IN PROGRESS, Pending / On hold. Failed: Payment failed / Transaction failed / Failed / Declined, payout
  failed / unsuccessful, SETTLEMENT FAILED, a cheque returned unpaid; *settled*: Payment reversed / Credit reversed
  and Chargeback debited / accepted are failed (the money did not stay with the payee). *settled*: a statement's
  credit row states none (None: a CR column is no outcome word); a refund the merchant issued states none of the
  payment's outcome (None, heldout84's, heldout93's, heldout95's and heldout97's convention for a refund after a
  payment that went through), whether processed, initiated or successful.
* date: the day of the money movement, ISO. Payments: Date & Time, the log's heading day, the SMS's day (the
  thread's heading and the text's short day are the same), Created on (a dashboard), the statement row's value date,
  an advice's Date, the slip's DATE, a notice's Date. *settled*: a settlement counts Settled on (paid), Created on
  (scheduled) or Attempted on (failed), never Transactions of (the sales' day) nor Expected settlement; a payout
  counts Payout date / Initiated on / Attempted on, never the Period nor "Expected to reach … by"; a chargeback
  counts Original payment on, never the day it was debited from a settlement; a refund counts the Payment date,
  never Refunded on (heldout97).
* payment_method: "UPI", "card", "netbanking", "wallet" or None. UPI where a UPI id, UPI Ref or Method / Paid via
  UPI is printed for this payment; card where a masked card or a card network's sale rows are printed (a terminal's
  slip); netbanking for NEFT / RTGS / IMPS (an IMPS SMS, a NEFT statement narration, an advice's Mode, a
  settlement's Mode), ACH / Faster Payment / SEPA transfer (a payout's Transfer method); *settled*: PayPal's notice
  is a wallet (README: PayPal is a wallet; Funding source PayPal balance says so). *settled*: a settlement report
  with no Mode names none (None: a UTR alone names no way), a payout names its Transfer method (the money moved
  to the seller that way), a cheque return advice names none (a cheque is none of the ways, heldout73 and
  heldout84), a chargeback names the original payment's way (Paid via UPI), a refund its Payment method.
* transaction_id: at most one, as printed, the highest kind README orders: a UTR, then a UPI reference, then an
  RRN, then a bank's reference (IMPS Ref No), then a payment's / transaction's / settlement's / payout's id, then an
  order's number. *settled*: a settlement's or payout's UTR beats its Settlement ID / Payout ID, and where no UTR is
  printed (scheduled, failed, a payout abroad) the Settlement ID / Payout ID is the id; a dashboard's RRN beats its
  Payment ID, which beats the Order ID (order_…); a merchant app's UPI Ref No beats its own Transaction ID; a
  chargeback's id is the original payment's RRN, never the Case ID; a refund's id is the refunded payment's UPI
  Ref No / Payment ID, never the Refund ID (heldout97); a cheque return advice has none (None: a Cheque No is never
  the id); a terminal's settlement slip has none (None: MID, TID and BATCH NO are never the id). Never a Merchant
  ID, Device id, account number, IFSC, UPI id, masked card, phone.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout93_families import compose
from bench.receipt_sets.heldout100_families import (
    credit_advice,
    credit_sms,
    dashboard,
    fresh,
    merchant_app,
    merchant_refund,
    payout,
    pos_batch,
    received_abroad,
    reversed_credit,
    settlement,
    soundbox,
    statement,
)

SPLIT = "heldout100"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): screens and web pages in sans faces,
# paper in serif or sans faces; ₹ is printed only in faces that draw it, and the page's truth checks every glyph.
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
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("merchant_app", merchant_app, SCREEN_FACES),
    ("soundbox", soundbox, SCREEN_FACES),
    ("credit_sms", credit_sms, SCREEN_FACES),
    ("dashboard", dashboard, SCREEN_FACES[:4]),
    ("settlement", settlement, PAPER_FACES[3:] + SCREEN_FACES[:3]),
    ("payout", payout, SCREEN_FACES),
    ("statement", statement, PAPER_FACES),
    ("credit_advice", credit_advice, PAPER_FACES),
    ("pos_batch", pos_batch, SLIP_FACES),
    ("received_abroad", received_abroad, SCREEN_FACES[:4]),
    ("reversed", reversed_credit, SCREEN_FACES),
    ("refund", merchant_refund, SCREEN_FACES),
]


def make_heldout100_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout100 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout115: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a random day's proofs of payment that a seller on an Indian marketplace receives in
2026, one order each, drawn to match what is commonest (UPI screens most, then bank transfers and alerts, then
the rest), in layouts and wordings apart from heldout113's and heldout114's. One payment per page, no lists or
threads.

* ``upi_result``: a UPI app's result screen under a phone's status bar and app bar (PhonePe, Google Pay, Paytm,
  BHIM, WhatsApp Payments, Amazon Pay, MobiKwik, super.money; dark on three): the outcome (Payment Successful,
  Paid successfully, Payment completed, Sent successfully …, a tick on some), the sum, Paid to / To / Sent to /
  Payment to (Paying to on a failure) and the payee, its handle (bare, "UPI ID: …" or with a verified tick),
  Transaction / Payment / Transfer details (UPI Ref No, UPI Reference No., UTR, UTR No., UPI transaction ID and the
  app's own id on some), Date & Time / Paid on / Completed on / Date, Debited from / Paid from / From the bank
  XX1234 or ••1234, a Note on some, a reward or offer card on most successes (cashback, scratch card, coins, a
  credit line, a recharge offer), a Split / Share / Done row of buttons or its words; a failed and a pending one.
* ``upi_cropped``: the same screens of Google Pay, PhonePe, Paytm, Navi, CRED, POP UPI, kiwi and BHIM cropped by
  the buyer: at the top on two (the app bar and name gone; on one the outcome line too), at the bottom on two (the
  day, the account and all under them gone; on one the details with the reference too); a failed and a pending
  one.
* ``upi_share_card``: the image Share makes, as a table on the app's band (Google Pay, PhonePe, Paytm, BHIM,
  WhatsApp Payments, Amazon Pay, CRED and super.money dark): "Payment receipt" / "Proof of payment", the sum
  large, Status / Payment status / Transaction status, Amount / Amount paid / Amount (INR), To / Payee / Paid to /
  Sent to / Recipient, UPI ID / VPA, From / Payer / Sender (the buyer), Bank, UPI Ref No / UPI Reference ID / UTR /
  Bank Ref. No. (UTR) / RRN and the app's own id on some, Date / Paid on / Time, "Shared from <app>"; a failed and
  a pending one.
* ``bank_transfer``: a bank app's transfer to the seller's account (YONO SBI, HDFC Bank, iMobile, open by Axis
  Bank, Kotak, bob World, PNB ONE, IDFC FIRST Bank): Transfer successful / Funds transferred successfully / Money
  sent successfully, the sum, Beneficiary / To / Payee Name, the account masked, IFSC, the bank, Mode IMPS on five
  and UPI (A/c + IFSC) on three, IMPS Ref No / RRN / Reference No. / UTR No / UPI Ref No, the day, the account
  debited, Remarks / Purpose, the balance after on some; a failed and a pending one.
* ``bank_sms``: one bank debit SMS in a messages app (sender AX-KOTAKB-S …, a day divider, the bubble, its hour):
  Kotak "Sent Rs.X from Kotak Bank AC X1234 to <handle> on …", Bank of Baroda "Rs.X Dr. from A/C … and Cr. to
  <NAME>", PNB "A/c XX1234 debited INR X Dt … thru UPI:<ref>", Union Bank "Debited for … by UPI to <NAME>, ref no
  …", IDFC FIRST's IMPS "debited with … towards IMPS transfer to <NAME>", IndusInd "debited from your IndusInd A/c
  … to <NAME>", the balance after on some; a failed one ("has FAILED", naming the payee) and a pending one ("is
  under process", naming only the handle).
* ``bank_email``: one bank's alert e-mail (Kotak, SBI, IDFC FIRST, Yes Bank, IndusInd, Federal, AU, Bank of
  Baroda): From the alerts address, the subject, the hour sent (with the day on some), "Dear Customer," and a
  sentence ("Rs.X has been debited from your account XX1234 towards UPI payment to <NAME> on …", then "The UPI
  reference number is …" / "UTR: …") or a table (Amount / Amount Debited, Account Number, Beneficiary / Paid to /
  Payee Name, Payee VPA, Mode / Transaction Type / Channel, Transaction Date, UPI Ref No / Reference No. / RRN /
  UTR Number, Status); one IMPS; a failed and a pending one.
* ``netbanking_receipt``: a net-banking receipt (Canara, Union, PNB, Indian Bank, Federal, IDBI, Bank of India,
  Central Bank) in the browser or saved as a page: Payment Receipt / Fund Transfer Status, a sentence on some
  ("Your NEFT transaction has been completed successfully."), Payee Name / Beneficiary Name, account, IFSC,
  Amount, Commission and GST on some NEFT / RTGS successes, Payment Mode IMPS, NEFT or RTGS, the bank's own
  Transaction Reference / Reference ID / Txn Ref No beside a UTR No / UTR Number / IMPS Ref No on some, the day,
  Status (Success, Completed, Processed; Failed, Rejected; Pending, In Process, Sent to beneficiary bank); a
  failed and a pending one.
* ``bbps_receipt``: a bill paid through Bharat BillPay in an agent app (PhonePe, Paytm, Google Pay, Amazon Pay,
  HDFC Bank, MobiKwik, CRED, ICICI Bank): electricity, piped gas, water, broadband, DTH, postpaid, FASTag or an
  insurance premium, the biller under Biller / Biller Name / Paid to / Operator, CA Number / K Number / Subscriber
  ID / Vehicle Number / Policy Number, the customer's name, Bill Amount with a Convenience / Platform Fee and Total
  Amount / Total Paid / Amount Paid on some, Payment Mode / Paid using (UPI, Debit or Credit Card, Net Banking,
  Wallet), BBPS Reference ID / B-Connect Txn ID / Bharat BillPay Txn ID / BBPS Txn Ref No and a UPI Ref No / UTR
  on some, the day, the outcome on top or in a status row; a failed and a pending one.
* ``wallet_payment``: a payment from a wallet balance (Paytm Wallet, MobiKwik, Amazon Pay Balance, Freecharge,
  PhonePe Wallet, Airtel Payments Bank Wallet) to the seller: the outcome, the sum, "Paid to / Sent to / To
  <payee>" with a masked mobile number, Paid from / Paid using / Payment source the wallet, Wallet Txn ID /
  Transaction ID / Txn ID (Paytm's Order ID), the day, the wallet balance left on some; a failed and a pending one.
* ``gateway_page``: a shop website's result page after paying through Razorpay, PayU, Cashfree, Instamojo,
  CCAvenue, PhonePe PG, Easebuzz or Paytm PG in a browser: the shop on top, Payment Successful / Payment received
  / "Thank you! Your payment was successful", the sum, Payment ID pay_… / Transaction ID / Txn ID / Tracking ID,
  Order ID / Order No. / Order Number (#1234 on some), Bank RRN / UPI Ref No / UTR / Bank Reference (RRN) or Bank
  Ref No / Bank Reference on some, Paid via / Payment Mode / Payment Method (UPI with the buyer's handle, a masked
  card, Net Banking - <bank>), the day, the buyer's e-mail or phone masked, the gateway's footer; a failed and a
  pending one.
* ``charge_slip``: a card terminal's charge slip photographed (Pine Labs, HDFC BANK, ICICI BANK, Paytm EDC,
  PhonePe Smart POS, Razorpay POS, Mswipe, AXIS BANK) in rupees: the vendor, the shop in capitals and its town,
  CHARGE SLIP / SALE SLIP, DATE and TIME, MID, TID, BATCH, INVOICE / INV NO / BILL NO, SALE, the scheme and CHIP /
  CONTACTLESS / SWIPE, the masked card, EXP **/**, APPR CODE / AUTH ID / AUTH CODE and RRN / REF NO / RRN NO on
  approved slips, BASE AMOUNT and TIP on some, TOTAL / AMOUNT / TOTAL AMOUNT / NET AMOUNT, APPROVED or DECLINED
  with its RESPONSE CODE and cause, CUSTOMER COPY; two declined, none pending.
* ``cod_order``: a cash-on-delivery order confirmed but not yet paid, on a shop's own website (Shopify, Dukaan,
  WooCommerce) in a browser on four and in a marketplace's app (Meesho, Flipkart, Amazon, Shopsy, Snapdeal,
  JioMart) on four: the shop or marketplace on top, Order confirmed / Thank you …, Order ID / Order No. / Order # /
  Order number, Ordered on / Order date / Placed on, items, Subtotal, Shipping, a COD fee on some, Amount to pay /
  Total payable / To be paid on delivery / Order total / Amount to be collected, Payment method Cash on Delivery /
  Pay on Delivery / COD, "Payment pending - pay at the time of delivery" / "Not paid yet …" or a Payment status
  Pending / Not paid row, Expected delivery / Delivery by / Arriving by, Ship to; all pending.

Outcomes: one failed and one pending in each family but ``charge_slip`` (two declined, none pending: a terminal
prints none) and ``cod_order`` (all eight pending: not yet paid). Absent fields: each family leaves the id out on
one or two pages (nothing of any id family is printed there: no reference, no app, wallet or gateway id, no order,
invoice or approval number) and the day on one (no date anywhere on that page: an SMS divider says Today or
Yesterday, an e-mail's header gives an hour only, a COD order prints only its delivery day); ``upi_cropped`` loses
besides the day on its two bottom crops, the reference on one of them and the outcome on one top crop. Sums: rupees
as ₹ (only in faces that draw it), Rs., Rs or INR, lakh or western grouping, whole rupees on a share of app
screens. Days: 05 Mar 2026, 5 Mar 2026, 05-03-2026, 05/03/2026, 5 March 2026, 05 Mar, 2026, 05-Mar-2026,
05.03.2026, Thu, 5 Mar 2026 with an hour on most pages; two-digit years (05-03-26, 05/03/26, 05Mar26, 05-Mar-26)
in SMS alerts; DD/MM/YY, DD/MM/YYYY, DD-Mon-YYYY and DD Mon YY on slips. Faces: Noto Sans and Sans Display, DejaVu
Sans and Sans Condensed, Liberation Sans, FreeSans for screens, pages and e-mails; DejaVu Sans Mono, Liberation
Mono, FreeMono, Noto Sans Mono for slips; every text checked glyph by glyph. Frames are heldout106's
(``heldout106_families.compose``): a phone's status bar and app bar with its buttons, the rows alone (a crop, a
share card, a saved page, a slip), a messages app, an e-mail client, a browser. Degraded copies by
``heldout14_render.degrade``: every page but the slip is a screen photographed off the display; the slip is paper.

Truth conventions (README "Receipt fields"; heldout114's, heldout113's, heldout106's, heldout104's and heldout97's
where the README is silent; those this set had to settle are marked *settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50": a UPI or wallet screen's large sum, a share
  card's Amount, a transfer's Amount, an alert's sum debited, a gateway page's sum, a slip's TOTAL / AMOUNT; where a
  fee is added (a BillPay convenience or platform fee) the Total Amount / Total Paid / Amount Paid (heldout113,
  heldout114); a NEFT / RTGS receipt's Amount, never with its Commission and GST (heldout114). Never a balance
  after paying (Available balance, Balance after transfer, Avl Bal, Wallet balance, Balance left), a cashback,
  scratch card, coins, credit line or offer sum, a fee or an item. A cash-on-delivery order counts the sum to be
  collected (Amount to pay / Total payable / To be paid on delivery / Order total / Amount to be collected), never
  an item, the Subtotal, the Shipping or the COD fee (heldout97, heldout104).
* currency: INR on every page.
* status: the outcome as printed: the outcome line, a Status / Payment status / Transaction status row, an alert's
  sentence (debited / Dr. / Sent: success; FAILED / could not be debited: failed; under process / is pending for
  debit: pending), a net-banking receipt's sentence, a slip's APPROVED / DECLINED. A failed page's refund "if
  debited" leaves it failed; "please do not pay again" leaves a pending page pending (heldout106, heldout113). A
  cash-on-delivery order not yet paid is pending ("Payment pending - pay at the time of delivery", "Not paid yet",
  Payment status Pending / Not paid; heldout97, heldout104); "Order confirmed" / "Thank you for your order" is the
  order's, not the payment's. *settled*: a top crop that cut the outcome line states none (None, heldout113's), and
  a share card's Status row is its outcome though it prints no outcome line; "Sent successfully" and "Money sent"
  are successes, "Payment declined" a failure, "Payment in progress" / "Transfer in process" pending, a NEFT "Sent
  to beneficiary bank" pending (the beneficiary's bank has not credited it yet).
* date: the payment's day, ISO, numeric days day first, two-digit years 20yy. *settled*: never an SMS divider's
  Today / Yesterday or a weekday (the divider's day, where printed, is the alert's own), an e-mail header's sent day
  (the same day here; an hour only where the page prints no day), an Expected delivery / Delivery by / Arriving by
  day, a slip's EXP, the status bar's clock; a cash-on-delivery order not yet paid carries the day ordered (Ordered
  on / Order date / Placed on, heldout97's and heldout104's page's own day); a bottom crop that cut the day has
  None.
* merchant_name: the payee as printed: after Paid to / To / Sent to / Payment to / Paying to (on its line or over
  it), under Payee / Payee Name / Recipient / Beneficiary / Beneficiary Name, an SMS's "Cr. to <NAME>", "by UPI to
  <NAME>", "transfer to <NAME>", "to <NAME>" and an e-mail's "payment to <NAME>" (truncated as printed); the biller
  under Biller / Biller Name / Paid to / Operator; the shop on top of a gateway page or slip; the shop or
  marketplace on top of a cash-on-delivery order (heldout104: the platform takes the buyer's money for the
  order). Never the app, bank, wallet, gateway, terminal vendor, Bharat BillPay, the payer (From, Payer, Sender,
  Customer Name, Ship to), an e-mail's or a page's greeting to the buyer, a handle: an alert that names the payee
  only by its handle ("to <handle>") has None (heldout106).
* payment_method: "UPI" on every UPI page (a handle, a UPI reference, UPI under Mode), a bank transfer sent by
  UPI to an account number and IFSC, a UPI alert, a BillPay or gateway payment paid by UPI; "netbanking" for an
  IMPS, NEFT or RTGS transfer (a bank app's, a net-banking receipt's, an IMPS alert's) and Net Banking under Paid
  via / Payment Mode; "card" for a slip and a masked card under Paid via or a Debit / Credit Card under Payment
  Mode; "wallet" for a wallet's payment (Paid from <wallet>) and a BillPay paid from a Wallet; "cash" for a
  cash-on-delivery order (the way chosen, heldout97 and heldout104). *settled*: the buyer's bank account under
  Debited from / Paid from / From on a UPI page names no card; a Kotak SMS "Sent Rs.X from Kotak Bank AC …" to a
  handle is UPI.
* transaction_id: at most one, as printed (without a leading "#"), the highest family printed (README): a UPI
  reference, UTR, RRN, IMPS Ref No or an alert's Ref / ref no / UPI: (twelve digits), then a bank's reference
  (Transaction Reference, Reference ID, Txn Ref No, BBPS Reference ID, B-Connect Txn ID, Bharat BillPay Txn ID,
  BBPS Txn Ref No, a gateway's Bank Ref No / Bank Reference), then a transaction or payment id (Transaction ID,
  Txn ID, Wallet Txn ID, the app's own id, Payment ID pay_… in its case, Tracking ID), then an approval code, then
  an order's number (Order ID, Order No., Order #, Order Number, Paytm's Order ID), then a document's own
  (INVOICE, INV NO, BILL NO). A slip's RRN / REF NO beats its approval code, and its invoice number counts only on
  a declined slip that prints neither (heldout114). *settled*: a cash-on-delivery order not yet paid carries its
  Order ID / Order No. / Order # (heldout104's order tracker; heldout97 had None): it is the one number the
  seller matches the page to, and the README's order family makes no exception for an order still to be paid.
  Never an account, card, consumer, vehicle, policy or mobile number, Subscriber ID, IFSC, MID, TID, BATCH, a
  handle, an offer's code, a helpline.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout115_families import (
    bank_email,
    bank_sms,
    bank_transfer,
    bbps_receipt,
    charge_slip,
    cod_order,
    compose,
    fresh,
    gateway_page,
    netbanking_receipt,
    upi_cropped,
    upi_result,
    upi_share_card,
    wallet_payment,
)

SPLIT = "heldout115"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); ₹, • and the ticks are printed only
# in faces that draw them, and every text is checked against its face.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("upi_result", upi_result, SCREEN_FACES),
    ("upi_cropped", upi_cropped, SCREEN_FACES),
    ("upi_share_card", upi_share_card, SCREEN_FACES),
    ("bank_transfer", bank_transfer, SCREEN_FACES),
    ("bank_sms", bank_sms, SCREEN_FACES),
    ("bank_email", bank_email, SCREEN_FACES),
    ("netbanking_receipt", netbanking_receipt, SCREEN_FACES),
    ("bbps_receipt", bbps_receipt, SCREEN_FACES),
    ("wallet_payment", wallet_payment, SCREEN_FACES),
    ("gateway_page", gateway_page, SCREEN_FACES),
    ("charge_slip", charge_slip, SLIP_FACES),
    ("cod_order", cod_order, SCREEN_FACES),
]


def make_heldout115_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout115 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

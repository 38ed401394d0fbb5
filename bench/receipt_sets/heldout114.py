"""heldout114: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): the "Share receipt" images and downloaded receipts a buyer forwards to a seller as proof
of one payment, in 2026, mostly Indian, some Western. One payment per page: the compact card a UPI app makes when
Share is tapped, a bank app's shared receipt, a net-banking acknowledgement saved as a PDF page, a Bharat BillPay
receipt, a wallet top-up's receipt, an app's downloadable PDF receipt, a Western shop's e-mailed receipt, a card
terminal's slip photographed.

* ``share_card_upi``: the share card of PhonePe, Google Pay, Paytm or BHIM: the app's name on its band ("Payment
  receipt", "Shared via …"), the outcome, the sum, Paid to / Payment to / To / Paying to with the payee and its
  handle, UPI Ref No / UTR / UPI Ref. No. / UPI Transaction ID / UPI Reference No, the day under Date / Paid on /
  Date & Time / Transaction date, Paid from / Debited from / From <bank> XX1234, "Powered by UPI"; a failed and a
  pending one.
* ``share_card_new``: the share image of CRED, Amazon Pay, Navi or super.money (dark on CRED and super.money): the
  payee in large type under "paid to" or after the sum, lower-case outcomes ("payment successful"), UPI ref id / UTR
  and a txn id / Order ID on some, the day with or without a label, "from <bank> ••1234", the app's footer; a failed
  and a pending one.
* ``bank_app_share``: YONO SBI, HDFC Bank, ICICI iMobile and Axis Mobile receipts shared from the app: Transaction
  Receipt / e-Receipt, the outcome on top or in a Status / Transaction Status / Txn Status row, Payee Name /
  Beneficiary Name / Paid to / Payee, Payee VPA (UPI) or an account and IFSC with Transfer Mode IMPS (two), Amount /
  Transaction Amount / Amount (INR) / Amount Paid, UPI RRN / UPI Ref No / UTR No / RRN / IMPS Ref No and the bank's
  Transaction Reference No. on some, Transaction Date, Debit Account XXXXXX1234, Remarks; a failed and a pending one.
* ``imps_ack``: a net-banking IMPS acknowledgement saved as a PDF page: the bank, "Transaction Acknowledgement" /
  "IMPS Fund Transfer - Receipt", Remitter Name (the payer), Debit Account, Beneficiary Name / Payee Name /
  Beneficiary, Beneficiary Account No, IFSC, Transaction Type IMPS, Amount, IMPS Ref No / RRN / Reference Number /
  UTR No., the day, a sentence ("processed successfully", "could not be processed", "under process") and / or a
  Status row, Remarks, "computer generated" and "Page 1 of 1"; a failed and a pending one.
* ``neft_rtgs_ack``: a NEFT or RTGS acknowledgement as a PDF page or in the browser (the bank's address bar):
  Beneficiary, account, IFSC, Transfer Mode NEFT / RTGS, Amount, on some successes Charges, GST on Charges and Total
  Debit Amount / Total Amount Debited, UTR No / UTR Number / UTR / Reference No (N… / R…), Transaction Date and a
  Value Date the same day on some, Status (Processed, Rejected, Returned by beneficiary bank, In Process, Pending at
  bank); a failed and a pending one.
* ``bbps_electricity``: an electricity bill paid through Bharat BillPay (the BBPS PDF or an agent app's image):
  Biller Name / Biller / Operator, Consumer Number / CA Number / K Number / Service Number, the consumer's name, a
  Due Date on some, Bill Amount with a Customer Convenience Fee / CCF and Total Amount / Amount Paid / Total Paid on
  some, Payment Mode / Paid via / Payment Method (UPI, Debit or Credit Card, Net Banking, Wallet), B-Connect Txn ID /
  BBPS Txn Ref No / Bharat BillPay Ref / BBPS Ref No, the day, the outcome on top or in a status row; a failed and
  a pending one.
* ``bbps_broadband``: the same for broadband, DTH and postpaid billers (ACT Fibernet, Airtel, Hathway, Tata Play,
  Jio Fiber …) under Operator / Biller / Biller Name / Service Provider, with Customer ID / Account Number /
  Subscriber ID / a masked Registered Mobile, UPI on most and a UPI Ref No / UTR beside the BBPS reference on some;
  a failed and a pending one.
* ``wallet_topup``: a wallet top-up (Amazon Pay, MobiKwik, PhonePe, Paytm, Airtel Thanks, Freecharge): "Money added
  successfully" / "Could not add money" / "Top-up pending", the sum, Added to <wallet>, Paid using / Source / Funded
  from / Paid via a card XX1234, UPI (the payer's handle under it) or Net Banking - <bank>, Wallet Txn ID / Top-up ID
  / Transaction ID / Txn ID and a UPI Ref No / UTR when paid by UPI, the day, the wallet's updated balance; a
  failed and a pending one.
* ``app_pdf_receipt``: a UPI app's downloadable PDF (Google Pay, PhonePe, Paytm, BHIM, Amazon Pay): Paid to /
  Payee / Payee Name / To, Payee UPI ID, the payer (From / Payer / Sender / Payer Name) and the account debited,
  Amount / Amount Paid / Total Amount (in words on some whole sums), UPI Transaction ID / UPI Ref No / UPI Reference
  Number / UTR and a Transaction ID / Order ID on some, the day, Status / Payment Status; a failed and a pending one.
* ``stripe_email``: a shop's e-mailed receipt in Stripe's manner (from receipts@stripe.com) in dollars, pounds or
  euros: the shop, the sum large, Paid / Payment failed / Payment processing, Amount paid / Amount charged, Date
  paid, Payment method (Visa •••• 4242, Mastercard ending in 1234), Receipt # / Receipt number / Invoice number
  1234-5678, a summary of items, Subtotal, Tax or VAT, Total; a failed and a pending one.
* ``pos_ereceipt``: a point-of-sale e-receipt (Square, SumUp, Toast, Shopify POS) e-mailed or opened in the
  browser: the shop and street, the total large, items, Subtotal, Tax / VAT, a Tip on some, Total / Amount Paid /
  Total charged, the card and Contactless / Chip, an Auth code / Approval / Auth # on some successes, Receipt # /
  Order # / Ticket #, the day and hour under them; Approved / Payment approved / Paid on four successes (two print
  no outcome word), a declined one and one "Authorisation pending".
* ``card_slip``: a card terminal's customer copy photographed (Pine Labs, HDFC, ICICI, Paytm EDC in rupees on five;
  Worldline, Ingenico, Verifone, PAX in dollars, pounds or euros on three): the terminal's vendor, the shop in
  capitals and its town, TID, MID, BATCH NO, INVOICE NO / INV NO / RECEIPT NO, SALE, DATE and TIME, the masked card,
  CARD TYPE, AID on some, APPR CODE / AUTH CODE / APPROVAL CODE, RRN on Indian slips, AMOUNT / TOTAL / BASE AMT /
  TOTAL AMOUNT, APPROVED or DECLINED with its RESP CODE, CUSTOMER COPY; two declined, none pending.

Outcomes: one failed and one pending in each family but ``card_slip`` (two declined, no pending: a terminal prints
none). Absent fields: each family leaves the id out on one or two pages (nothing of any id family is printed there:
no reference, no app or wallet id, no receipt, invoice or approval number) and the day on one (no date anywhere on
that page, neither a due date nor an e-mail's sent day: the mail header gives an hour only); a point-of-sale
e-receipt that prints no outcome word states none. Sums: rupees as ₹ (only in faces that draw it), Rs., Rs or INR,
lakh or western grouping, whole rupees on a share of app screens; Western sums as $, £, €, "EUR " or a euro decimal
comma ("1.234,50 €") with two decimals. Days: 05 Mar 2026, 5 Mar 2026, 05-03-2026, 05/03/2026, 5 March 2026,
05 Mar, 2026, 05-Mar-2026, 05.03.2026 with an hour on Indian pages; Mar 5, 2026, March 5, 2026, 03/05/2026 on
dollar pages; 5 Mar 2026, 05/03/2026, 5 March 2026, 05.03.2026 on pound and euro pages; DD/MM/YY and MM/DD/YY on
slips. Faces: Noto Sans and Sans Display, DejaVu Sans and Sans Condensed, Liberation Sans, FreeSans for screens,
PDFs and e-mails; DejaVu Sans Mono, Liberation Mono, FreeMono, Noto Sans Mono for slips; every text checked glyph
by glyph. Frames are heldout106's (``heldout106_families.compose``): the rows alone (a shared card, a PDF page, a
slip), an e-mail client's header, a browser's bar. Degraded copies by ``heldout14_render.degrade``: every page but
the slip is a screen (a share image, a PDF or an e-mail viewed on a display) photographed off the display; the slip
is paper.

Truth conventions (README "Receipt fields"; heldout113's, heldout106's and heldout82's where the README is silent;
those this set had to settle are marked *settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50". Where a fee is added (a BillPay convenience
  fee) the Total Amount / Amount Paid / Total Paid (heldout113). *settled*: a NEFT / RTGS transfer's amount is the
  Amount sent, never the Total Debit Amount with the bank's Charges and GST (heldout89); never a wallet's updated
  balance, a fee, tax, VAT, tip, subtotal or an item's price; a point-of-sale receipt's Total includes its tip.
* currency: INR on Indian pages; USD ($), GBP (£), EUR (€, EUR, "… €") on Western ones.
* status: the outcome as printed: the outcome line, a status row (Success, Successful, Completed, Processed,
  Paid, Approved, APPROVED, TXN APPROVED; Failed, Unsuccessful, Declined, Rejected, Returned by beneficiary bank,
  DECLINED; Pending, In Process, Under Process, Pending at bank, Processing, Authorisation pending), an
  acknowledgement's sentence, a top-up's "Money added successfully" / "Could not add money" / "Top-up pending".
  *settled*: a refund promised "if debited" leaves a failed page failed; a pending BillPay page stays pending though
  "the biller will update the payment"; a point-of-sale e-receipt with no outcome word has None (its "Your receipt
  from …" subject states none).
* date: the payment's day, ISO; numeric days day first in rupees, pounds and euros, month first in dollars.
  *settled*: never a bill's Due Date, an e-mail header's sent day (always the same day here; an hour only where the
  page prints no day), a NEFT Value Date (the same day where printed), the status bar's clock.
* merchant_name: the payee as printed: the name after / under Paid to, Payment to, To, Paying to, paid to; Payee
  Name, Beneficiary Name, Payee, Beneficiary; the biller under Biller Name / Biller / Operator / Service Provider;
  the shop on top of an e-receipt or slip. *settled*: never the app, bank, terminal vendor, Bharat BillPay, the
  payer (Remitter Name, From, Payer, Sender, Customer / Consumer Name), the UPI handle; a wallet top-up's payee is the
  wallet's app as printed on top (heldout82: "Amazon Pay", "MobiKwik"), never "<app> Wallet" under it.
* payment_method: "UPI" on every UPI page (a handle, a UPI reference, Payee VPA) and a top-up or BillPay paid by
  UPI; "netbanking" for an IMPS, NEFT or RTGS transfer and for Net Banking under Payment Mode / Paid using;
  "card" for a slip, an e-receipt's card and a Debit / Credit Card under Payment Mode / Paid using; "wallet" for a
  BillPay paid from a Wallet. *settled*: a top-up's way paid is its source (heldout82), never the wallet topped up;
  the payer's bank account under Paid from / Debited from on a UPI page names no card.
* transaction_id: at most one, as printed, the highest family printed (README): a UPI reference, UTR, RRN or IMPS
  Ref No, then a bank's reference (Transaction Reference No., B-Connect Txn ID, BBPS Txn Ref No, Bharat BillPay Ref,
  BBPS Ref No), then a transaction id (Transaction ID, txn id, Wallet Txn ID, Top-up ID), then an approval code,
  then an order's number (Order ID, Order #), then a document's own (Receipt #, Invoice number, INVOICE NO, Ticket
  #). *settled*: a BillPay page printing a UPI Ref No beside its BBPS reference has the UPI reference; an Indian
  slip's RRN beats its APPR CODE (the README's order: RRN over approval), and a slip's INVOICE NO counts only where
  it prints no approval code or RRN (a declined slip); never TID, MID, BATCH NO, AID, a card's, account's or
  consumer's number, a Customer ID, Subscriber ID or registered mobile, IFSC, a UPI handle.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout114_families import (
    app_pdf_receipt,
    bank_app_share,
    bbps_broadband,
    bbps_electricity,
    card_slip,
    compose,
    fresh,
    imps_ack,
    neft_rtgs_ack,
    pos_ereceipt,
    share_card_new,
    share_card_upi,
    stripe_email,
    wallet_topup,
)

SPLIT = "heldout114"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); ₹, €, £, • and ✓ are printed only in
# faces that draw them, and every text is checked against its face.
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
    ("share_card_upi", share_card_upi, SCREEN_FACES),
    ("share_card_new", share_card_new, SCREEN_FACES),
    ("bank_app_share", bank_app_share, SCREEN_FACES),
    ("imps_ack", imps_ack, SCREEN_FACES),
    ("neft_rtgs_ack", neft_rtgs_ack, SCREEN_FACES),
    ("bbps_electricity", bbps_electricity, SCREEN_FACES),
    ("bbps_broadband", bbps_broadband, SCREEN_FACES),
    ("wallet_topup", wallet_topup, SCREEN_FACES),
    ("app_pdf_receipt", app_pdf_receipt, SCREEN_FACES),
    ("stripe_email", stripe_email, SCREEN_FACES),
    ("pos_ereceipt", pos_ereceipt, SCREEN_FACES),
    ("card_slip", card_slip, SLIP_FACES),
]


def make_heldout114_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout114 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

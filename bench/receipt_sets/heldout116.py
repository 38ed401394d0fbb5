"""heldout116: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a second random day's proofs of payment that a seller on an Indian marketplace receives
in 2026, one order each, drawn from the issuers the earlier sets used least (Freecharge, Airtel Thanks / Airtel
Payments Bank, JioFinance / Jio Payments Bank, bob World, Kotak 811, FedMobile, RBL MoBank, AU 0101, IDFC FIRST,
Paytm's 2026 look; Bandhan, Karnataka Bank, South Indian Bank; Instamojo, Easebuzz, PhonePe PG, Juspay, Cashfree;
Ezetap, Mswipe, Paytm EDC and bank-branded terminals). One payment per page, no lists or threads.

* ``upi_result``: a UPI app's result screen under a phone's status bar and app bar (Freecharge, Airtel Thanks,
  JioFinance, bob World, Kotak 811, FedMobile, RBL MoBank, AU 0101; dark on three): the outcome (Payment
  Successful, Money sent successfully, Payment done, Payment complete …, a tick on some), the sum, Paid to / To /
  Sent to / Money sent to / Transferred to (Paying to / Payment to on a failure or a wait) and the payee, its handle
  (bare, "UPI ID: …", "VPA …"), Payment details / Transaction info / Txn details (UPI Ref No, UPI Reference Number,
  UTR, UTR Number, UPI Txn ID, UPI Ref. ID, RRN, the app's own id on some), Date & Time / Paid on / Transaction time
  / Completed on / Sent on / Date, Debited from / From account / Bank account / Paid from the bank XX1234, ••1234 or
  *1234, a Note / Message / Remark on some, a reward or offer on most successes (cashback, reward points, "Win up
  to", a pre-approved loan, a FASTag coupon), a row of buttons or its words; a failed and a pending one.
* ``upi_cropped``: the same screens of Paytm (2026 look), RBL MoBank, bob World, Freecharge, Airtel Thanks, AU 0101,
  Kotak 811 and JioFinance cropped by the buyer: at the top on two (the app bar and name gone; on one the outcome
  line too), at the bottom on two (the day, the account and all under them gone; on one the reference too); a
  failed and a pending one.
* ``upi_share_card``: the image Share makes, as a table on the app's band (IDFC FIRST, Paytm, Freecharge, Airtel
  Thanks, JioFinance, Kotak 811, AU 0101, FedMobile; dark on two): "Payment receipt" / "Proof of payment" /
  "Transaction slip" / "UPI receipt", the sum large, Status / Payment status / Transaction status, Amount / Amount
  sent / Amount (Rs.), Paid to / Payee name / Beneficiary / To, UPI ID / Payee VPA / Payee UPI, From / Payer /
  Sender (the buyer), the account, UPI Ref No / UTR / UTR No. / RRN / UPI Transaction ID and the app's own id on
  some, Date / Date & Time / Paid on, "Shared via <app>"; a failed and a pending one.
* ``bank_transfer``: a bank app's transfer to the seller's account (Kotak 811, FedMobile, RBL MoBank, AU 0101, IDFC
  FIRST Bank, bob World, Airtel Thanks' Payments Bank, JioFinance's Payments Bank): "IMPS transfer successful" /
  Money transferred successfully / Transfer complete / Funds sent successfully, the sum, Beneficiary Name / Payee /
  Transferred to / Account holder, the account masked, IFSC, the bank, Mode IMPS on five and NEFT on three, IMPS Ref
  No / IMPS Reference No. / RRN / Reference Number or UTR / UTR No. / NEFT UTR / UTR Number, the day, the account
  debited, Purpose / Remarks / Narration, the balance after on some; a failed and a pending one.
* ``netbanking_receipt``: a net-banking receipt (RBL, AU, Bandhan, Karnataka Bank, South Indian Bank, Federal, IDFC
  FIRST, Kotak) in the browser or saved as a page: Transaction Acknowledgement / Fund Transfer Receipt / Payment
  Confirmation, a sentence on some ("Your NEFT fund transfer request has been processed successfully."),
  Beneficiary Name / Payee Name, account, IFSC, Amount / Transfer Amount, Charges / Service Charge and GST on some
  NEFT / RTGS successes, IMPS, NEFT or RTGS, the bank's own Transaction Reference No / Reference ID / Txn Ref No
  beside a UTR No / UTR Number / UTR / IMPS Reference No / RRN on some, the day (Processed on among its labels),
  Status (Successful, Completed, Processed; Failed, Rejected; Pending, In Process, Sent to beneficiary bank); a
  failed and a pending one.
* ``bank_sms``: one bank debit SMS in a messages app from banks no earlier set used (Airtel Payments Bank "Rs.X
  debited from your Airtel Payments Bank a/c XX1234 for UPI txn to <NAME> on …", Jio Payments Bank "INR X sent to
  <NAME> from Jio Payments Bank A/c xx1234 on … via UPI", AU "is debited for Rs X on … towards
  UPI/P2M/<ref>/<NAME>", RBL "debited … for IMPS to <NAME>. IMPS Ref No …", Bandhan "debited by Rs.X on … for UPI to
  <NAME>", AU "Rs.X paid from AU Bank A/c … to <NAME> via UPI" with no day), the balance after on some; a failed one
  (Karnataka Bank, "has failed", naming the payee) and a pending one (South Indian Bank, "is pending with the
  bank", naming only the handle).
* ``bbps_receipt``: a payment through Bharat Connect (BBPS) in an agent app (Freecharge, Airtel Thanks, JioFinance,
  bob World, Kotak 811, IDFC FIRST Bank, AU 0101, Paytm): a FASTag recharge, an LPG cylinder booking, an insurance
  premium or a loan EMI; the biller under Biller / Biller Name / Paid to / Operator / Lender / Insurer, Vehicle
  Number / LPG ID / Consumer Number / Policy Number / Loan Account Number, the customer's or policy holder's name,
  Amount / EMI Amount / Recharge Amount / Premium Amount with a Convenience / Platform Fee and Total Paid / Total
  Amount / Amount Debited on some, Payment Mode / Paid via / Paid using (UPI, Wallet, Net Banking, Debit or Credit
  Card), Bharat Connect Reference ID / B-Connect Txn ID / BBPS Txn ID / BBPS Ref No and a UPI Ref No / UTR on some,
  the day, the outcome on top or in a status row; a failed and a pending one.
* ``wallet_payment``: a payment from a wallet balance (Freecharge Balance, Airtel Payments Bank Wallet, MobiKwik
  Wallet, Amazon Pay Balance, PhonePe Wallet, Ola Money Wallet) to the seller: the outcome (Paid from wallet, Money
  sent …), the sum, Paid to / Sent to / To <payee> with a masked mobile number, Paid from / Paid using / Source the
  wallet, Wallet Txn ID / Transaction ID / Txn ID, the day, the wallet balance left on some; a failed and a pending
  one.
* ``gateway_page``: a shop website's result page after paying through Instamojo, Easebuzz, PhonePe PG, Juspay or
  Cashfree in a browser: the shop on top, Payment Successful / Your payment is successful / Payment received. Thank
  you! / Payment complete, the sum, Payment ID MOJO… / Easepay ID / Transaction ID / Juspay Txn ID / PhonePe Txn ID /
  CF Payment ID, Order ID / Order No. / Order Number (#1234 on some), Bank RRN / UPI Ref No / UTR / RRN or Bank Ref
  No / Bank Reference on some, Paid via / Payment Mode / Payment Method / Paid using (UPI with the buyer's handle,
  a card ending, Net Banking - <bank>, a wallet), the day, the buyer's e-mail or phone masked, the gateway's footer;
  a failed and a pending one.
* ``shop_email``: an Indian online shop's order receipt e-mailed to the buyer (Shopify, Dukaan, WooCommerce
  stores): From the store's address, the subject, the hour sent (with the day on some), the shop on top, "Hi
  <buyer>," and a sentence, Order # / Order number / Order ID / Order No., Order date / Placed on / Order placed /
  Date, the items, Subtotal / Items subtotal / Cart total, Shipping / Delivery, a Discount on some, Total / Order
  total / Grand Total / Amount paid, Paid via / Payment method / Payment (UPI through a gateway, a card ending, Net
  Banking, a wallet; "Paid via UPI - <gateway>" alone on some), a Payment ID / Transaction ID and a UTR / UPI Ref No
  on some successes, Payment status (Paid, Payment received, Completed; Failed, Unsuccessful; Pending, Awaiting
  payment), Ship to; a failed and a pending one.
* ``charge_slip``: a card terminal's charge slip photographed (Pine Labs, Ezetap by Razorpay, Mswipe, Paytm EDC,
  SBI Payments, Kotak, Federal Bank, IDFC FIRST Bank) in rupees: the vendor, the shop in capitals, its street and
  town, CHARGE SLIP / SALE / CARD SALE, DATE / DT and TIME, MID / MERCHANT ID, TID / TERMINAL ID, BATCH NO, INVOICE NO
  / INV NO / BILL NO, the scheme and CHIP / TAP / SWIPE / CONTACTLESS, the masked card, EXP XX/XX, APPR CODE / AUTH
  CODE / APPROVAL CODE and RRN / RRN NO / REF NO on approved slips, TOTAL / AMOUNT / TOTAL AMT / SALE AMOUNT,
  APPROVED / TXN APPROVED / APPROVED 00 or DECLINED / NOT APPROVED / TXN DECLINED with its RESP CODE and cause,
  CUSTOMER COPY; two declined, none pending.
* ``upi_pos_slip``: a terminal's slip for a UPI payment by a dynamic QR (Paytm EDC, Pine Labs, Ezetap by Razorpay,
  Mswipe, SBI Payments, Bank of Baroda, Kotak, PhonePe POS), photographed: the vendor, the shop in capitals, UPI
  SALE / BHARAT QR SALE / UPI QR PAYMENT, DATE and TIME, MID, TID, VPA / PAYER VPA / CUST VPA masked, RRN / UPI REF
  NO / UPI TXN ID and the terminal's TXN ID / ORDER ID on some, AMOUNT / TOTAL / AMT PAID, TXN SUCCESS / PAYMENT
  RECEIVED / APPROVED or TXN FAILED / PAYMENT FAILED with a cause; two failed, none pending.

Outcomes: one failed and one pending in each family but ``charge_slip`` and ``upi_pos_slip`` (two failed, none
pending: a terminal prints none). Absent fields: each family leaves the id out on one or two pages (nothing of any
id family is printed there: no reference, no app, wallet or gateway id, no order, invoice or approval number; a
failed terminal's UPI slip may besides drop its reference and keep only its TXN ID / ORDER ID) and the day on one
(no date anywhere on that page: an SMS divider says Today or Yesterday, an e-mail's header gives an hour only);
``upi_cropped`` loses besides the day on its two bottom crops, the reference on one of them and the outcome on one
top crop. Sums: rupees as ₹ (only in faces that draw it), Rs., Rs, RS. or INR, lakh or western grouping, whole
rupees on a share of app screens, a shop e-mail's discount as -₹X. Days: 05 Mar 2026, 5 Mar 2026, 05-03-2026,
05/03/2026, 5 March 2026, 05-Mar-2026, 05.03.2026, Thu, 5 Mar 2026, Mar 5, 2026 and 5 Mar '26, with an hour on
most pages; two-digit years (05-03-26, 05/03/26, 05Mar26, 05-Mar-26) in SMS alerts; DD/MM/YY, DD/MM/YYYY,
DD-MON-YYYY, DD-MON-YY and DD MON YY on slips. Faces: Noto Sans and Sans Display, DejaVu Sans and Sans Condensed,
Liberation Sans, FreeSans for screens, pages and e-mails; DejaVu Sans Mono, Liberation Mono, FreeMono, Noto Sans
Mono for slips; every text checked glyph by glyph. Frames are heldout106's (``heldout106_families.compose``): a
phone's status bar and app bar with its buttons, the rows alone (a crop, a share card, a saved page, a slip), a
messages app, an e-mail client, a browser. Degraded copies by ``heldout14_render.degrade``: every page but the two
slips is a screen photographed off the display; the slips are paper.

Truth conventions (README "Receipt fields"; heldout115's, heldout114's, heldout113's, heldout106's and heldout97's
where the README is silent; those this set had to settle are marked *settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50": a UPI or wallet screen's large sum, a share
  card's Amount, a transfer's Amount, an alert's sum debited / sent / paid, a gateway page's sum, a slip's TOTAL /
  AMOUNT; where a fee is added (a Bharat Connect convenience or platform fee) the Total Paid / Total Amount / Amount
  Debited (heldout113, heldout114); a NEFT / RTGS receipt's Amount, never with its Charges and GST (heldout114).
  Never a balance after paying, a cashback, reward points, "Win up to", a loan offer or coupon sum, a fee or an
  item. *settled*: a shop e-mail's amount is its Total / Order total / Grand Total / Amount paid (the items less the
  discount plus shipping), never an item, the Subtotal, the Shipping or the Discount, on a failed or pending
  e-mail too (the sum the order tried to take).
* currency: INR on every page.
* status: the outcome as printed: the outcome line, a Status / Payment status / Transaction status row, an alert's
  sentence (debited / sent / paid: success; has failed: failed; is pending: pending), a net-banking receipt's
  sentence, a slip's APPROVED / DECLINED. A failed page's refund "if debited" leaves it failed; "please do not pay
  again" leaves a pending page pending (heldout106, heldout113, heldout115); a top crop that cut the outcome line
  states none (None, heldout113); a share card's Status row is its outcome (heldout115); a NEFT "Sent to
  beneficiary bank" is pending (heldout115). *settled*: "Payment done", "Payment complete", "Transfer complete",
  "Paid from wallet", "Booking confirmed, payment received", "Processed" and a UPI slip's "TXN SUCCESS" / "PAYMENT
  RECEIVED" are successes; "Money could not be sent", "Payment could not be completed", a slip's "NOT APPROVED" are
  failures; "Awaiting bank confirmation", "Awaiting biller confirmation", "Waiting for bank confirmation",
  "Processing with beneficiary bank", "Payment under processing" and a shop e-mail's "Awaiting payment" are
  pending; a shop e-mail's Payment status row is its outcome, and its "Your order is confirmed" / "Thank you for
  shopping with us" is the order's, not the payment's.
* date: the payment's day, ISO, numeric days day first, two-digit years 20yy (also "5 Mar '26"). Never an SMS
  divider's Today / Yesterday or a weekday (the divider's day, where printed, is the alert's own), an e-mail
  header's sent day (the same day here; an hour only where the page prints no day), a slip's EXP, the status bar's
  clock; a bottom crop that cut the day has None (heldout115). *settled*: a shop e-mail's Order date / Placed on is
  the payment's day (the order is paid at checkout on that day; on a failed or pending e-mail the day it was
  tried); "Processed on", "Initiated on" and "Sent on" are the transfer's day; an LPG booking's "delivered in 2-3
  days" names no day.
* merchant_name: the payee as printed: after Paid to / To / Sent to / Money sent to / Transferred to / Payment to /
  Paying to (on its line or over it), under Payee / Payee name / Beneficiary / Beneficiary Name / Account holder,
  an SMS's "to <NAME>", "sent to <NAME>", "for IMPS to <NAME>", a narration's last part "UPI/P2M/<ref>/<NAME>"
  (truncated as printed); the biller under Biller / Biller Name / Paid to / Operator / Lender / Insurer; the shop
  on top of a gateway page, a shop's e-mail or a slip. Never the app, bank, wallet, gateway, terminal vendor,
  e-commerce platform (Shopify, Dukaan, WooCommerce), Bharat Connect / BBPS, the payer (From, Payer, Sender,
  Customer Name, Policy Holder, Ship to, a slip's payer VPA), an e-mail's greeting to the buyer, a handle: an alert
  that names the payee only by its handle has None (heldout106). *settled*: "Account holder" on a bank transfer
  names the beneficiary's account holder, the payee; a shop e-mail's shop is its payee (the store took the money
  for the order; the platform and the gateway only carry it).
* payment_method: "UPI" on every UPI page (a handle, a UPI reference, UPI under Mode), a UPI alert, a Bharat
  Connect, gateway or shop payment paid by UPI, a terminal's UPI QR slip; "netbanking" for an IMPS, NEFT or RTGS
  transfer (a bank app's, a net-banking receipt's, an IMPS alert's) and Net Banking under Paid via / Payment Mode;
  "card" for a card slip and a card ending under Paid via / Payment method or a Debit / Credit Card under Payment
  Mode; "wallet" for a wallet's payment (Paid from <wallet>), a Bharat Connect payment from a Wallet and a gateway
  or shop payment from a wallet. The buyer's bank account under Debited from / Paid from / From on a UPI page
  names no card (heldout115). *settled*: Payments Bank transfers by IMPS / NEFT are "netbanking" like any bank's; a
  Jio Payments Bank SMS "sent to <NAME> … via UPI" is UPI.
* transaction_id: at most one, as printed (without a leading "#"), the highest family printed (README): a UPI
  reference, UTR, RRN, IMPS Ref No or an alert's UPI Ref / Ref / Ref No / IMPS Ref No / narration reference
  (twelve digits) and a NEFT / RTGS UTR, then a bank's reference (Transaction Reference No, Reference ID, Txn Ref
  No, Bharat Connect Reference ID, B-Connect Txn ID, BBPS Txn ID, BBPS Ref No, a gateway's Bank Ref No / Bank
  Reference), then a transaction or payment id (Transaction ID, Txn ID, Wallet Txn ID, the app's own id, Payment ID
  MOJO… / pay_…, Easepay ID, Juspay Txn ID, PhonePe Txn ID, CF Payment ID, a UPI slip's TXN ID), then an approval
  code, then an order's number (Order ID, Order No., Order #, Order number, Paytm's Order ID, a UPI slip's ORDER
  ID), then a document's own (INVOICE NO, INV NO, BILL NO). A slip's RRN / REF NO beats its approval code, and its
  invoice number counts only on a declined slip that prints neither (heldout114). *settled*: a UPI slip's "UPI TXN
  ID" is its twelve-digit UPI reference (the RRN family), above the terminal's own TXN ID / ORDER ID, which stands
  only where the reference is not printed; a shop e-mail's Order # / Order number is its id where it prints no
  payment id or reference (heldout115's order rule), and the subject's "Order 1042 confirmed" is the same number.
  Never an account, card, consumer, LPG ID, vehicle, policy, loan account or mobile number, IFSC, MID, TID, BATCH, a
  handle, an offer's code, a helpline.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout116_families import (
    bank_sms,
    bank_transfer,
    bbps_receipt,
    charge_slip,
    compose,
    fresh,
    gateway_page,
    netbanking_receipt,
    shop_email,
    upi_cropped,
    upi_pos_slip,
    upi_result,
    upi_share_card,
    wallet_payment,
)

SPLIT = "heldout116"

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
    ("netbanking_receipt", netbanking_receipt, SCREEN_FACES),
    ("bank_sms", bank_sms, SCREEN_FACES),
    ("bbps_receipt", bbps_receipt, SCREEN_FACES),
    ("wallet_payment", wallet_payment, SCREEN_FACES),
    ("gateway_page", gateway_page, SCREEN_FACES),
    ("shop_email", shop_email, SCREEN_FACES),
    ("charge_slip", charge_slip, SLIP_FACES),
    ("upi_pos_slip", upi_pos_slip, SLIP_FACES),
]


def make_heldout116_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout116 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

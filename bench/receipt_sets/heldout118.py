"""heldout118: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a fourth random day's proofs of payment, as a big-city online seller of electronics and
fashion receives them in 2026 from buyers across India on upper-middle-class phones and banks: UPI screens
screenshotted on iPhones, private banks' apps paying by UPI, a RuPay credit card on UPI and UPI Lite, neobank and
fintech apps with their rewards, a private bank's SMS alert, payment gateways' result pages, card issuers'
transaction e-mails, private banks' IMPS / NEFT / RTGS confirmations, pay-later and EMI checkouts, the seller's own
business app's "received" entry, a WhatsApp chat with one receipt image or a UPI share card, and a city store's
printed tax invoice. One payment per page, no lists or threads.

* ``iphone_upi``: a UPI app's result screen on an iPhone (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay,
  PhonePe, Google Pay; CRED dark, others dark on some): the iOS status bar (clock, signal bars, 5G, battery) and
  the home indicator, no Android navigation bar; the app's name on its band, the outcome (a tick on some), the sum,
  Paid to / To / Sent to / Paid to: (Paying to / Payment to on a failure or a wait) and the payee, its handle
  (bare, "UPI ID: …", "VPA: …"), Transaction details / Payment details (UPI Ref No, UPI Reference No., UTR, UPI
  Transaction ID, RRN, UTR No, UPI Ref. No.; the app's own Transaction ID T…, Google transaction ID CICAgO…,
  Paytm's Order ID, CRED transaction ID, Amazon Pay's P0…), Date & Time / Paid on / Transaction Date / Date /
  Completed on / On, Debited from / Paid from / From / Bank account, a note on some, a cashback, CRED coins or a
  scratch card on some successes; a failed and a pending one.
* ``bank_upi``: the same screens in HDFC Bank MobileBanking, PayZapp, ICICI iMobile Pay, Axis Mobile, Kotak 811,
  IDFC FIRST, Yes Bank Iris and iMobile again, on an iPhone or an Android phone: the bank's own Transaction
  Reference No / Txn Ref No / Reference No. / Bank Reference No. beside the UPI reference on some, the savings
  account debited, the Available Balance after on some successes; a failed and a pending one.
* ``rupay_lite``: four payments from a RuPay credit card on UPI (Paid using / Paid from / Debited from "<bank>
  RuPay Credit Card XX1234", reward points earned, Available credit / limit) and four from UPI Lite (Paid from UPI
  Lite / UPI Lite balance / UPI Lite wallet, sums up to ₹1,000, "Available UPI Lite balance" after on some, the
  no-PIN limit or the auto top-up's sums) in Google Pay, PhonePe, CRED, Paytm, BHIM; a phone (iOS on some) or a
  crop; a failed and a pending one.
* ``neobank``: Jupiter, Fi, slice, Navi, super.money, Groww UPI, Jupiter, Fi (dark on some, iOS on some): the
  same result rows with the app's Transaction ID, paid from the app's partner bank account, and around the sum
  Jewels / Fi-Coins earned, slice's 2% cashback, Navi's cashback, super.money's super cashback, Groww's round-up into
  Digital Gold, "You saved ₹X this month"; a failed and a pending one.
* ``bank_sms``: one alert from a private bank in a messages app: HDFC "Sent Rs.X / From HDFC Bank A/C *1234 / To
  <NAME> / On 05/03/26 / Ref …", ICICI "Acct XX123 debited for Rs X on 05-Mar-26; <NAME> credited. UPI:…", Axis
  "INR X debited / A/c no. XX1234 / 05-03-26, hh:mm:ss / UPI/P2M/<ref>/<NAME>", Kotak "Sent Rs.X … to <handle> …
  UPI Ref …" (no name), IDFC FIRST's NEFT "towards NEFT to <NAME>" (no reference), IndusInd's failure naming the
  payee, Yes Bank's "to <NAME> via UPI" with no day (the divider says Today or Yesterday), AU's pending one; the
  balance after on some.
* ``gateway``: a payment gateway's result page in a browser at the seller's checkout (Razorpay, Cashfree, PayU,
  CCAvenue, Instamojo, PhonePe PG, Paytm PG, Easebuzz): the seller on top (and under Merchant on some), the
  outcome, the sum, Payment ID pay_… and Order ID order_…; Transaction ID and Bank Ref No / Bank Reference No.;
  Tracking ID, Order No and Bank Ref. No.; Payment ID MOJO…; Transaction ID T… and UTR / UPI Ref No; Order ID and
  Transaction ID; Easepay ID and Bank Ref No; Paid via / Payment Mode / Payment Method / Paid using (a card ending,
  UPI with or without the buyer's handle, Net Banking - <bank>, a wallet), the day, the buyer's e-mail or mobile
  masked, the gateway's footer; a failed and a pending one.
* ``card_mail``: a card issuer's transaction e-mail in a mail client (HDFC Bank InstaAlerts, ICICI Bank, Axis
  Bank, SBI Card, Kotak, American Express, IDFC FIRST, OneCard): the sentence with the card's last digits, the
  sum (Rs, Rs., INR), the merchant as the network names it (RAZ*…, PAYU*…, CCA*…, SHOPIFY* …, PAYPAL *…,
  STRIPE*…, a web address, a plain shop name), the day and hour, "card not present" on some; Transaction reference
  no. / Reference No / Reference / Txn Ref No and Auth code / Authorisation Code / Approval Code on some, the
  available limit, the issuer's warning; an Axis decline ("was declined … due to incorrect OTP") and an Amex
  charge "pending confirmation from the merchant"; the header gives the hour only.
* ``netbank_transfer``: a private bank's IMPS, NEFT or RTGS transfer to the seller, as a net-banking page in a
  browser (HDFC NetBanking, ICICI, Kotak, YES BANK, Federal FedNet) or an app screen (Axis Mobile, IDFC FIRST,
  IndusInd; iOS on some): the outcome, Beneficiary Name / Payee / Beneficiary, its account masked, IFSC, Transfer
  Mode / Mode / Payment Type, Amount / Transfer Amount / Amount (INR), Charges and GST on Charges with a Total
  Amount Debited on some, IMPS Reference No / Reference Number / RRN or UTR No / UTR / UTR Number and the bank's
  own Transaction Reference No / Txn Ref No / Reference ID on some, the day, the debit account, Remarks; a failed
  and a pending one.
* ``emi_paylater``: the seller's checkout result page (a browser) or order e-mail for an order paid in parts:
  Simpl or LazyPay Pay-in-3 (Paid now (1 of 3) / First instalment / Paid today, the two later instalments with
  their days, "in 30 days" on the page without a day), Snapmint or Bajaj Finserv with a Down payment / Down payment paid / Paid now and a Loan amount /
  Financed amount, EMI x months, First EMI on, a Loan ID / Agreement No on some, an HDFC or Kotak credit card EMI
  (Amount charged / Charged to your card / Amount paid, EMI tenure and rate, Monthly EMI, Total payable with
  interest); Order Total / Order value / Total order amount, Paid via / Payment method / First payment from / Card,
  the provider's Transaction ID or the gateway's Payment ID, Order ID / Order No., Order date / Paid on / Date; a
  failed and a pending one.
* ``seller_received``: the seller's own business app with one payment opened (PhonePe Business, Paytm for
  Business, BharatPe, Pine Labs One's card sale, Razorpay POS's soundbox history; iOS on some): Payment Received /
  Received successfully / "Received from <buyer>", the sum, From / Received from / Payer / Customer (the buyer),
  the buyer's UPI ID or card, Received in / Business name / Credited to (the seller) on five or more, the UPI Ref No / UTR
  / RRN / Bank RRN, the app's Transaction ID / Txn ID, an Approval Code on the card sale, Date & Time / Received
  on, the settlement line, Today's collection, the soundbox or terminal; a failed and a pending one.
* ``chat_share``: five WhatsApp chat screenshots, each with one UPI receipt image (PhonePe, Google Pay, Paytm,
  CRED, Amazon Pay) in the buyer's bubble: the chat's header (the buyer's name, online / last seen / typing), a day
  divider (Today, Yesterday or the receipt's day), a text from the buyer and the seller's reply with blue double
  ticks on some, each closed by its hour (no sum written in them); and three UPI share cards (PhonePe, Google Pay,
  Paytm: Payment receipt / Transaction receipt / Proof of payment, Status / Payment status / Transaction status,
  Amount, Paid to / To / Payee, UPI ID / Payee VPA, From / Payer, UPI Ref No / UTR / UPI Transaction ID, Date);
  a failed and a pending one.
* ``store_bill``: a city store's printed tax invoice photographed (electronics showrooms and fashion labels in
  Mumbai, Delhi, Hyderabad, Bengaluru, Kolkata, Pune, Chennai; serif or monospace): the store in capitals, its
  address with the PIN code, GSTIN, TAX INVOICE / RETAIL INVOICE, Invoice No / Bill No / Inv No. with the
  financial year, Inv Date / Date / Bill Date, the customer and a masked mobile, the items, Gross Amount, Discount,
  Taxable Value, CGST / SGST @9%, Round Off, Net Amount / Grand Total / Total Payable, the tender (Tender: CARD /
  Paid by Card with the card masked; Tender: UPI / Paid by UPI with the app), the outcome line, Appr Code and RRN
  or UPI Ref No / UTR on successes; a declined card ("CARD DECLINED - PAYMENT NOT RECEIVED" / "Payment Status:
  FAILED") and a pending UPI payment ("UPI PAYMENT PENDING - VERIFY BEFORE DELIVERY" / "Payment Status: PENDING").

Outcomes: one failed and one pending in every family. Absent fields: each family leaves the id out on one or two
pages (nothing of any id family is printed there: no reference, UTR, RRN, app's, bank's, gateway's or
provider's id, approval code, order or invoice number) and the day on one (no date anywhere on that page: an SMS
or chat divider says Today or Yesterday, an e-mail's header gives an hour only, a bill prints no date). Sums:
rupees as ₹ (only in faces that draw it), Rs., Rs, INR or no mark (a bill's items and breakdown), lakh grouping
mostly and western on some, whole rupees on a share of app screens. Days: 05 Mar 2026, 5 Mar 2026, 05-03-2026,
05/03/2026, 5 March 2026, 05-Mar-2026, 05.03.2026, Thu, 5 Mar 2026, Mar 5, 2026, 05 Mar, 2026, 2026-03-05 and 5
Mar '26, with an hour on most pages; 05/03/26, 05-Mar-26, 05-03-26, 05/03/2026 and 05-03-2026 in SMS alerts; Mar
05, 2026, 05-03-2026, 05-03-26, 05/03/26, 05-Mar-2026, 5 March 2026 and 5 Mar 2026 in card e-mails; DD/MM/YYYY, DD-MM-YYYY,
DD-Mon-YYYY, DD.MM.YYYY and DD/MM/YY on bills. Faces: Noto Sans and Sans Display, DejaVu Sans and Sans Condensed,
Liberation Sans, FreeSans for screens and pages, Noto Serif and DejaVu Serif besides for the card e-mails; DejaVu
Serif, Liberation Serif, FreeSerif, Noto Serif and three monospace faces for the store bill; every text checked
glyph by glyph. Frames are heldout106's (``heldout106_families.compose``) with this set's marks
(``heldout118_families.compose``): an iPhone's status bar and home indicator over a phone screen, a WhatsApp chat
drawn round the rows as a receipt image; the rows alone (a crop, a share card, a bill), a messages app, an e-mail
client, a browser. Degraded copies by ``heldout14_render.degrade``: every screen (the chat too) is photographed
off the display; the store bill is paper.

Truth conventions (README "Receipt fields"; heldout117's, heldout116's, heldout113's, heldout108's, heldout106's,
heldout99's, heldout94's and heldout84's where the README is silent; those this set had to settle are marked
*settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50": a UPI screen's large sum, an alert's sum
  sent / debited / spent / declined, a gateway page's sum, a transfer's Amount, never with its Charges and GST
  on Charges nor the Total Amount Debited (heldout114, heldout116, heldout117); a seller app's received sum
  (heldout108); a share card's Amount. Never a balance after paying (Available Balance, Avl Bal, Available UPI
  Lite balance), an available credit or limit, a cashback, coins, Jewels, reward points, a round-up, "You saved",
  the UPI Lite no-PIN limit or auto top-up sums (heldout94, heldout113), today's collection (heldout108), an item
  or a bill's breakdown. A bill's amount is its Net Amount / Grand Total / Total Payable after the discount and the
  round off (heldout117's kirana bill, heldout99's coupons), never the Gross Amount, Taxable Value or a GST line.
  *settled*: on a pay-later or EMI checkout the amount is what this page says was paid now: the first instalment
  (Paid now (1 of 3) / First instalment / Paid today), the down payment (Down payment / Down payment paid / Paid
  now), or on a credit card EMI the whole sum charged to the card today (Amount charged / Charged to your card /
  Amount paid; the card is charged in full and the EMI is the bank's loan to the cardholder afterwards); never the
  Order Total / Order value, the loan or financed amount, a later instalment, the monthly EMI or the Total payable
  with interest (heldout84's pay-later first instalment, heldout99's instalment); on the failed and pending pages
  the sum tried now.
* currency: INR on every page.
* status: the outcome as printed: the outcome line, a Status / Payment status / Transaction status / "Payment
  Status:" row, an alert's sentence (Sent / debited / credited / spent / was used for / has been used for:
  success; has failed / was declined: failed; is pending / is pending confirmation: pending), a bill's outcome
  line. A failed page's refund "if debited" leaves it failed; "please do not pay again" leaves a pending page
  pending (heldout106, heldout113); "Transaction is under process" is pending (README). *settled*: "Money sent",
  "Paid", "Completed", "First instalment paid", "Down payment successful", "Payment received. Thank you!",
  "Received successfully", "Received from <buyer>", "PAYMENT RECEIVED - THANK YOU" and "** PAID **" are
  successes; "Payment declined", "Transaction declined", "Payment not received", "Down payment failed", "CARD
  DECLINED - PAYMENT NOT RECEIVED" and an Axis card "declined … due to incorrect OTP" are failures; "Down payment
  pending", "Awaiting bank confirmation", "Waiting for bank confirmation", "Transaction in progress", an Amex
  charge "pending confirmation from the merchant" and "UPI PAYMENT PENDING - VERIFY BEFORE DELIVERY" are
  pending. A chat's texts ("Payment done, please check", "Checking") never change the receipt's outcome.
* date: the payment's day, ISO, numeric days day first, two-digit years 20yy (also "5 Mar '26"). Never an SMS or
  chat divider's Today / Yesterday or a weekday (a divider's day, where printed, is the alert's own or the
  receipt's), an e-mail header's sent hour, the status bar's clock, a chat bubble's hour or "last seen" time.
  *settled*: on a pay-later or EMI page the Order date / Paid on / Date is the day paid now, never a later
  instalment's day or First EMI on; a store bill's Inv Date / Date / Bill Date is the day paid (it is settled at
  the till and prints no due date); a net-banking transfer's "Initiated on" is the transfer's day (heldout116).
* merchant_name: the payee as printed: after Paid to / To / Sent to / Paid to: / Paying to / Payment to (on its
  line or over it), under Beneficiary Name / Payee / Beneficiary, an SMS's "To <NAME>", "; <NAME> credited",
  "UPI/P2M/<ref>/<NAME>" (truncated as printed), "to <NAME> from A/c", "towards NEFT to <NAME>", "to <NAME> via
  UPI", "to <NAME> on"; a card e-mail's merchant after "at" or "Info:" as the network prints it (RAZ*URBANKART
  ELECTRONICS, SHOPIFY* KURTA KULTURE, WWW.PIXELPOINTCAMERAS.COM); the seller on top of a gateway page (heldout106,
  heldout116); the store on top of a bill. Never the app, bank, card issuer, gateway, pay-later or EMI provider,
  the payer (From, Payer, Customer, Received from, the chat's contact, a greeting), a handle: an alert that names
  the payee only by its handle has None (heldout106). On the seller's own app, the seller's business under Received
  in / Business name / Credited to where printed, else None (heldout108: From / Received from / Customer / Payer
  are the buyer). *settled*: on a pay-later or EMI checkout the seller on top of its own page or e-mail is the
  payee (the store took the order's payment; the provider under Plan / EMI partner only finances it, unlike
  heldout84's provider pages); in a chat the payee is the receipt image's.
* payment_method: "UPI" on every UPI page (a handle, a UPI reference, UPI Lite), a UPI alert, a share card, a
  gateway, pay-later or store payment paid by UPI, a seller's UPI receipt; "card" for a RuPay credit card on UPI
  (heldout94, heldout113: the card named as the way paid beats the handle), a card issuer's e-mail, a gateway
  payment by a card, a card EMI, a down payment or instalment paid by card, Pine Labs One's card sale and a bill
  paid by card; "netbanking" for an IMPS, NEFT or RTGS transfer, IDFC FIRST's NEFT alert and a gateway's Net
  Banking - <bank>; "wallet" for a gateway payment from a wallet. The buyer's bank account under Debited from /
  Paid from / From on a UPI page names no card (heldout115). *settled*: on a pay-later or EMI page the way the sum
  paid now was paid (Paid via / Payment method / First payment from / Card), never the plan (Simpl Pay-in-3 under
  Plan, a provider under EMI partner).
* transaction_id: at most one, as printed (without a leading "#"), the highest family printed (README): a UPI
  reference, UTR, RRN, IMPS Reference No or an alert's Ref / UPI: / UPI Ref / narration reference (twelve digits)
  and a NEFT / RTGS UTR, then a bank's reference (Transaction Reference No, Txn Ref No, Reference No., Bank
  Reference No., Reference ID, a gateway's Bank Ref No / Bank Ref. No. / Bank Reference No., a card e-mail's
  Transaction reference no. / Reference No / Reference / Txn Ref No), then a transaction or payment id (the app's
  own Transaction ID, Google transaction ID, CRED transaction ID, Payment ID pay_… / MOJO…, Transaction ID, Easepay
  ID, a provider's Transaction ID, a business app's Transaction ID / Txn ID), then an approval code (Auth code,
  Authorisation Code, Approval Code, Appr Code), then an order's number (Order ID, Order No, Order No., Paytm's
  Order ID), then a document's own (Invoice No, Bill No, Inv No.). *settled*: CCAvenue's Tracking ID is its
  transaction id (above its Order No, below a Bank Ref. No.); a store bill's RRN beats its Appr Code and its
  invoice number, which stands only where neither is printed (a declined or pending payment). Never an account,
  card or mobile number, IFSC, GSTIN, a Loan ID or Agreement No (heldout84), a handle, a helpline, a device or
  terminal name.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout118_families import (
    bank_sms,
    bank_upi,
    card_mail,
    chat_share,
    compose,
    emi_paylater,
    fresh,
    gateway,
    iphone_upi,
    neobank,
    netbank_transfer,
    rupay_lite,
    seller_received,
    store_bill,
)

SPLIT = "heldout118"

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
PAGE_FACES = SCREEN_FACES + ["noto/NotoSerif-Regular.ttf", "dejavu/DejaVuSerif.ttf"]
BILL_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
]
FAMILIES: list[Family] = [
    ("iphone_upi", iphone_upi, SCREEN_FACES),
    ("bank_upi", bank_upi, SCREEN_FACES),
    ("rupay_lite", rupay_lite, SCREEN_FACES),
    ("neobank", neobank, SCREEN_FACES),
    ("bank_sms", bank_sms, SCREEN_FACES),
    ("gateway", gateway, SCREEN_FACES),
    ("card_mail", card_mail, PAGE_FACES),
    ("netbank_transfer", netbank_transfer, SCREEN_FACES),
    ("emi_paylater", emi_paylater, SCREEN_FACES),
    ("seller_received", seller_received, SCREEN_FACES),
    ("chat_share", chat_share, SCREEN_FACES),
    ("store_bill", store_bill, BILL_FACES),
]


def make_heldout118_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout118 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

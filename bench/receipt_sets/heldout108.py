"""heldout108: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from the earlier sets' layouts: what a seller on an Indian
marketplace receives as proof that a buyer paid, from both sides of the payment. The payer's screens: PhonePe's
transaction screen in two designs (a purple band with "Transaction Successful" and "<hour> on <day>", Paid to /
To over the seller and the sum; or an outcome pill over the sum in large type and "Paid to" stacked over the
seller; then Transaction ID T…, Debited from the buyer's bank, "UTR: <12 digits>", left off on half the failed and
pending); Google Pay's detail (the seller's initial, "To <seller>", the sum, Completed / Pending / Failed, the day,
UPI transaction ID, To:, From: the buyer and bank, Google transaction ID CICAgO…); Paytm's receipt ("Paid
Successfully to" / "Payment Failed to" / "Payment Pending to" over the seller, UPI ID:, the sum, UPI Ref No:, Order
ID:, Date:, From:); a BHIM or bank app's acknowledgement (BHIM, YONO SBI, iMobile Pay, HDFC Bank, Kotak811: Payment
Successful / Failed / Pending, Payee Name, Payee VPA, Amount, Transaction Date, UPI Ref No / RRN / UPI Ref. No.,
Remarks, Status). The seller's screens: a business app's "Payment Received" (PhonePe Business, Paytm for Business,
Google Pay for Business, BharatPe: a pill, the sum, the day, Received from the buyer and their UPI id, on half
"Received in" / "Paid to" the seller's business, UPI Ref No, Transaction ID, "Settled to your bank account XX…");
a soundbox app's entry opened (Paytm Soundbox, PhonePe SmartSpeaker, BharatPe Speaker: on half "Today's
collection" with the day's total, the sum, Received successfully / Payment failed, From, Payer UPI ID, RRN / UPI
Ref No., Date & Time, Status, a Device id on some). Proofs passed along: a UPI app's "Share receipt" image (the
app's name over a card: an outcome pill on six in eight, the sum, Paid to, From, UPI Ref No. / UPI Reference ID /
UTR, Date on seven in eight, "Shared from <app>"); a payment link's receipt page in a browser (Razorpay, Cashfree,
Instamojo: the seller on top, "Payment link | Secured by <gateway>", Payment Successful / Failed / Processing,
Amount Paid / Amount, Payment ID pay_… / ten digits / MOJO…, Bank RRN on UPI payments that went through, Paid on /
Date, Method (UPI, a Visa card, Netbanking, a wallet, or none printed), Email); the gateway's e-mail to the seller
(Razorpay, Cashfree Payments, Instamojo: "You have received a payment of …" or "A payment of … has failed", on half
Business name, Payment ID, Amount, Method (the buyer's UPI id, a masked Mastercard or Netbanking), Customer, Date);
the seller's bank's credit SMS in a messages app (the sender's id such as AX-HDFCBK on top, an older loan promo on
half, a day divider, "Rs 2,500.00 credited to A/c XX4321 by VPA … on 12-03-25. UPI Ref 5…", "Your A/c XX… has
been credited with … from <vpa> (UPI Ref No. …)", or an IMPS credit "by IMPS from <BUYER>. IMPS Ref No …"); a
logistics partner's COD remittance advice as a PDF (Delhivery, Shiprocket, Ecom Express, Xpressbees, Shadowfax:
Remittance ID RMT…, Remittance Date, Beneficiary Name, Beneficiary A/c, the AWBs with Delivered on and COD Amount,
Total COD collected, Less: Freight & COD charges, Net Amount Remitted, Mode NEFT / IMPS, UTR No. when remitted,
Status Remitted / In process / Failed - bank account details invalid); and a bank's inward NEFT / IMPS / RTGS
credit advice from net banking as a PDF (the bank, Credit Advice, Beneficiary Name, Beneficiary Account, Remitter
Name, Remitter Bank, Amount, Transaction Date, UTR No. / IMPS Ref No., Mode, Status Credited / Success on six in
eight). Ids made of mixed letters and digits leave out 0, O, 1, l and I, so a person can check them by eye.

Sums in rupees only (₹ only in faces that draw it, else Rs., Rs or INR; lakh, western or plain grouping; whole
rupees without paise on a share of app screens); every page in English. Days as Indian issuers print them
(12 Mar 2025, 12/03/2025, 12-03-2025, 12-Mar-2025, 12.03.2025, 12 March 2025, Mar 12, 2025, and in SMS 12-03-25
and 12Mar25), an hour beside most. Faces: sans faces (Noto Sans, Noto Sans Display, DejaVu Sans, Liberation Sans,
Liberation Sans Narrow, FreeSans) on screens, e-mails, pages and SMS; serif, sans and mono faces (Liberation Serif,
Noto Serif, FreeSerif, DejaVu Serif, Liberation Mono, DejaVu Sans) on the PDF advices; every text is checked
glyph by glyph against its face. Screens, the shared image, the browser, the mail client and the messages app are
photographed off the display when degraded; the PDFs sit in a viewer's window and take the paper degradations
(``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* merchant_name: the payee, the seller who was paid, as printed: after Paid to / To / To <seller> / Payee Name /
  "Paid Successfully to", the seller on top of a payment link's page, Beneficiary Name on the two advices (in the
  case printed, an advice's capitals kept). *settled*: on a payee-side page (the seller's business app, the
  gateway's e-mail to the seller) the seller's business name is recorded when the page prints it as the one paid
  (Received in / Paid to / Business name), and None when it prints only the payer (Received from / From / Payer UPI
  ID / Customer / Remitter Name are the buyer, never the payee); a soundbox app's entry and the bank's credit SMS
  print only the payer and the seller's own masked account ("credited to A/c XX4321" names an account, not a
  name), so their merchant is None. Never the app, the gateway (Razorpay, Cashfree Payments, Instamojo), the
  logistics partner who remits the COD (it passes the buyers' money on; the beneficiary is the one paid), the
  bank, nor the soundbox's name.
* amount: the sum the buyer paid the seller, as "1234.50", currency INR. *settled*: a soundbox app's "Today's
  collection" is the day's total, not this payment; a COD remittance counts the Net Amount Remitted / Net Amount
  (the sum that moved to the seller's account in this payment), never the Total COD collected, the charges or one
  AWB's COD Amount; a failed or pending payment counts the sum attempted.
* status: "success" / "pending" / "failed" from words: Transaction Successful, Completed, Paid Successfully,
  Payment Successful, Paid successfully, Payment Received, Received successfully, Status SUCCESS / Success,
  "You have received a payment", "credited" in the bank's SMS, Remitted, Credited; Transaction Pending, Pending,
  Payment Pending, Payment Processing, In process; Transaction Failed, Failed, Payment Failed, "has failed", Failed -
  bank account details invalid. *settled*: a shared receipt image that prints no outcome pill is None (the app
  shares only successful payments, but the image does not say so); a credit advice with no Status row is None
  (its title "Credit Advice" / "Inward NEFT Credit Advice" names the document, not an outcome; "Funds Credit
  Confirmation" is printed only over a Status row); a failed PhonePe screen's "Any amount debited will be refunded"
  leaves it failed. The mail's subject line restates the outcome.
* date: the payment's day, ISO. *settled*: the SMS's own day (in its text), which the messages app's divider
  repeats without a year; a COD remittance's Remittance Date, never an AWB's Delivered on; a credit advice's
  Transaction Date (its "Generated on" day is the same day); a shared image with no Date row is None (the phone's
  clock is no date).
* payment_method: "UPI" on every UPI screen, the share image, the business and soundbox apps and the UPI credit
  SMS; on a payment link's page and the gateway's mail the way printed under Method (UPI or a UPI id: UPI; a card:
  card; Netbanking: netbanking; a wallet: wallet; none printed: None). *settled*: NEFT / IMPS / RTGS credits (the
  COD remittance, the credit advice, the IMPS credit SMS) are "netbanking" (a bank transfer, the allowed value
  for it).
* transaction_id: at most one, as printed, the highest kind the README orders: the UPI reference (UTR / UPI Ref No
  / UPI transaction ID / RRN / Bank RRN / UPI Ref in an SMS / IMPS Ref No) or a NEFT / RTGS UTR whenever printed;
  else the app's or gateway's own id (PhonePe's Transaction ID T…, Paytm's Order ID, Razorpay's pay_… in its
  printed case, Cashfree's or Instamojo's Payment ID). *settled*: the gateway's e-mail prints only its Payment ID,
  which is the id; a COD remittance not yet or never remitted (no UTR) carries its Remittance ID (the only
  reference of this remittance); Google's transaction ID, a business app's own Transaction ID and a Remittance ID
  lose to the UPI reference or UTR beside them; a failed Google Pay screen without its UPI transaction ID has None
  (Google's id names the app's record, not the payment's). Never an AWB number, a soundbox's Device id, a masked
  account, a UPI id, a phone or helpline, a Remarks text.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout108_families import (
    bank_sms,
    bhim_bank,
    biz_app,
    cod_remit,
    compose,
    credit_advice,
    fresh,
    gateway_mail,
    gpay,
    pay_link,
    paytm,
    phonepe,
    share_card,
    soundbox,
)

SPLIT = "heldout108"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): sans faces on screens, pages, mails
# and messages; serif, sans and mono faces on the PDF advices. ₹ is printed only in faces that draw it, and every
# text is checked against its face.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
FAMILIES: list[Family] = [
    ("phonepe", phonepe, SCREEN_FACES),
    ("gpay", gpay, SCREEN_FACES),
    ("paytm", paytm, SCREEN_FACES),
    ("bhim_bank", bhim_bank, SCREEN_FACES),
    ("biz_app", biz_app, SCREEN_FACES),
    ("soundbox", soundbox, SCREEN_FACES),
    ("share_card", share_card, SCREEN_FACES),
    ("pay_link", pay_link, SCREEN_FACES),
    ("gateway_mail", gateway_mail, SCREEN_FACES),
    ("bank_sms", bank_sms, SCREEN_FACES),
    ("cod_remit", cod_remit, PAPER_FACES),
    ("credit_advice", credit_advice, PAPER_FACES),
]


def make_heldout108_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout108 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

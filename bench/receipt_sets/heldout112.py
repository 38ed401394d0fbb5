"""heldout112: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): activity feeds and message threads from around the world, each page carrying several
payments or messages and singling one out the way a careful reader takes it: the newest text alert at the foot of a
thread, a feed row opened into a bottom sheet or a dialog over the dimmed feed, a payment's detail pane beside its
list, the mail open in the reading pane, the expanded notification on top of its collapsed group, a receipt pasted
into a chat, a transfer opened among past transfers. Every other sum, day, name and reference on the page belongs to
something else. Western, Indian and East / Southeast Asian sources; dollars, pounds, euros, rupees, Singapore, Hong
Kong and Australian dollars, ringgit, pesos, New Taiwan dollars.

* ``imessage_bank_thread``: an iMessage thread from a US bank's short code (Chase 24273, Bank of America 73981,
  Wells Fargo 93557, Capital One 227898) or a UK bank's sender name (Barclays, NatWest, Lloyds, HSBC UK), iOS time
  stamps ("Fri, Oct 31 at 9:06 AM", "Yesterday 8:52 AM", "Today 10:18 AM"; each its own message's day) over one to
  three older alerts (an available balance "as of" a day, a large purchase alert, a deposit posted, a low balance,
  another spend) and the newest alert at the foot, the proof: "Your debit card ending … was charged $X at SHOP on
  …. Auth code …", "$X purchase at SHOP on … was approved", "Purchase of $X approved at SHOP on …, card ending ….
  Auth #…", "$X charged at SHOP on … to your Savor card", "£X card payment to SHOP on …", "You've sent £X to NAME
  from your account ending … on …" (Lloyds, a transfer), "A card payment of £X at SHOP was made on …"; one
  declined ("We declined a £X payment at SHOP on …"), one pending ("A $X transaction at SHOP on … is pending").
* ``neobank_feed_opened``: a neobank's feed (Revolut and N26 in euros, N26 with a decimal comma on some; Monzo in a
  dark theme and Wise in pounds; Chime in dollars): the balance on top, day headings (Today, Yesterday, "Friday 29
  May") over rows (payee, signed sum, hour, category, Declined / Refund on some), one row tinted and opened as a
  bottom sheet over the dimmed feed: the payee, the signed sum, a Completed / Pending / Declined pill, Date, the card
  (Visa •• 1234) or, for a transfer to a person, To and Payment type (SEPA transfer, Bank transfer, SEPA Credit
  Transfer), a Transaction ID or Reference on most (Revolut's lower-case hex, Monzo's tx_0000…), Category; one
  declined, one pending.
* ``p2p_feed``: a money app's activity (Venmo, Cash App, Zelle in Chase's or Wells Fargo's app, PayPal in USD, AUD
  with A$ and GBP): four to six payments sent and received, each with its day and memo ("rent 1/3", "order #4471",
  "invoice 2207", "concert 2 of 3"), one tinted and its detail shown in a pane beside the list or as a sheet over it
  (Venmo's Payment ID and Paid with; Cash App's From and Identifier #…; Zelle's Sent to, Amount, Memo, Sent on,
  Status, Confirmation; PayPal's Note, Paid with, Transaction ID); the detail is the proof; one failed (Zelle's
  "Not sent"), one pending.
* ``email_inbox_preview``: a desktop mail client: an inbox pane of four to six mails (sender, list day, a subject
  with its own sum: an order shipped, a payment that could not be processed, an invoice with its due day, a trip
  receipt, a refund issued, a statement's balance) with the selected mail open in the reading pane (subject, From,
  Date): a Stripe receipt in USD or SGD (a Paid pill, Amount paid, Date paid, Payment method Visa - 1234, Receipt
  #), a Square receipt in AUD (Receipt #abcd), a Shopify store's order in USD (Order ID), a Razorpay mail in rupees
  (a Payment Successful / Failed pill, Payment ID pay_…, Method UPI or a card, Paid on), a PayPal mail in pounds ("You
  sent £X GBP to NAME", Transaction ID, Transaction date, Status, Paid with PayPal balance), a euro shop's order
  confirmation (Order number, Order date, Subtotal, Shipping, Total paid, Payment … ending 1234); one failed
  (Razorpay), one pending (PayPal).
* ``bank_sms_thread_india``: an Indian bank's SMS thread in Android Messages (the sender id such as VK-YESBNK-T on
  top, a day divider over each message) from banks the earlier threads did not use (YES BANK, IndusInd, Bank of
  Baroda, Union Bank of India, IDBI Bank, Federal Bank, Punjab & Sind Bank, Bank of Maharashtra): one to three older
  messages (a UPI credit, a salary by NEFT, a balance "as on" a day, another UPI debit, a cheque cleared) over the
  newest debit at the foot, the proof: "INR X debited from YES BANK A/c … for UPI to NAME. RRN …", "IMPS of Rs X
  sent from IndusInd A/c … to NAME (A/c XX…) … IMPS Ref …", "… by UPI transfer to NAME (UPI Ref no …)", "… via IMPS
  to NAME. IMPS Ref No …", Federal's "… debited via UPI … to VPA <handle>" (a handle only), Punjab & Sind's
  "towards UPI/<ref>/NAME", "…; transferred to NAME through UPI. UPI Ref …"; one failed (Union Bank), one pending
  (Punjab & Sind).
* ``wallet_txn_list_opened``: an Asian e-wallet's history (GrabPay in Singapore dollars and ringgit, GCash in
  pesos, Touch 'n Go eWallet in ringgit, DBS PayLah! in Singapore dollars, AlipayHK in Hong Kong dollars, LINE Pay
  in New Taiwan dollars): the wallet's balance, a month heading, entries paid, topped up, received and cashback with
  their days and hours, one tinted and opened in a dialog over the dimmed list: the signed sum, a status pill
  (Successful / Completed / Success, Failed, Processing), Merchant or Paid to, Date & time, Payment method (the
  wallet), the app's number (Booking ID A-…, Ref No., Transaction No., Transaction Ref PL…, Transaction ID); one
  PayLah! entry prints no number; one failed, one pending.
* ``order_history_paid``: a shopping platform's order list (amazon, amazon.co.uk, Flipkart, Myntra, Etsy, Zalando,
  Shopee, eBay Australia), each order's item, total, "Ordered <day>" and state (Delivered, Returned, Refunded), with
  one order opened beside the list or as a sheet: Order # / Order ID, Order placed / Ordered on, the item, a later
  Delivered day on paid ones, the payment summary (Item(s) subtotal, Delivery, Discount on some, Amount paid or
  Order total), Payment method (a card ending, UPI, PayPal, ShopeePay), a Transaction ID or UPI Ref No. on most,
  Payment status (Paid, Payment failed, Payment pending); one cancelled for a failed payment, one awaiting payment.
* ``notification_center_grouped``: an iOS notification centre (the phone's day without a year and its clock): one
  banking app's group (Chase, Revolut, CommBank, Monzo, DBS digibank, HSBC HK, Amex, bob World) with its newest
  notification expanded (title and body) and "N more notifications" collapsed under it, then one to three other
  apps' notifications with their own sums and names (Venmo, PayPal, Uber Eats, Splitwise, Lyft, PhonePe, Swiggy …);
  the expanded one is the proof. Revolut's "Paid €X at SHOP with Apple Pay." and DBS's body print no day; Amex's
  prints an approval code on some, bob World's a UPI Ref No; one declined (Amex), one pending (Monzo).
* ``chat_with_pasted_receipt``: a WhatsApp, Messenger or Signal chat with a seller, in Hinglish on most rupee chats
  and in English otherwise (a day divider, each message's hour): the seller's total with shipping and an earlier
  refund, the buyer's "sending X now and the shipping on delivery", the buyer's pasted receipt (a message of several
  lines: a UPI payment's Amount / Paid to / UPI Ref No / Date / Status; a Zelle payment's Sent to / Confirmation #;
  PayPal's "You sent $X USD to NAME" / Transaction ID; a Wise transfer's To / Transfer # / Created; a UK card payment
  with no number), the seller's reply; the pasted receipt is the proof. One pasted UPI receipt names the payee only
  by a UPI handle, one prints no date; one failed (Wise), one pending (UPI).
* ``card_statement_pending_opened``: a credit card app (American Express in USD and AUD, Capital One and OneCard in
  a dark theme, Discover, Citi, Barclaycard in GBP, Chase Sapphire): current balance, available credit, a Declined
  section on one, Pending and Posted sections of rows (merchant, sum, short day), one row tapped open as a sheet: the
  merchant, the sum, a Posted / Pending / Declined pill, Transaction date, a later Posted date on posted ones, the
  card's last digits, an Authorization / Auth / Authorisation / Approval code or Amex's Reference on most, Category;
  one declined, two pending.
* ``split_bill_app``: a split-bill group (Splitwise in USD, INR and GBP, Tricount in EUR, Settle Up in AUD): the
  group's "You are owed X overall", its expenses (what, total, day, who paid, "you owe" / "you lent" share) and one
  payment between two members ("Priya paid Maya") tinted and opened beside the list or as a sheet: the sum, "NAME
  paid NAME", Method Cash / Bank transfer or Paid via UPI / PayPal (with a UPI Ref No or PayPal transaction ID),
  Status (Settled, Completed, Pending, Payment failed), Date, "Added by … on …"; one failed, one pending.
* ``remittance_tracker``: a money-transfer app (Wise from GBP, EUR and SGD; Remitly from USD and AUD; Western Union
  and Xoom from USD) listing past transfers (recipient, sum sent with its code, day, Delivered / Completed /
  Cancelled), one opened beside the list or as a sheet: the status pill (Delivered, In progress, Cancelled), You sent,
  Transfer fee, Total paid / You paid / Total charged, Exchange rate, Recipient gets (in INR, PHP or MXN), the
  transfer's number (Wise's Transfer #…, Remitly's Reference number, Western Union's MTCN, Xoom's Transaction
  number), Sent on / Created / Date, a Delivered on or Should arrive by day, Paid with (a debit card, a bank
  transfer or ACH, Apple Pay; none on one), Delivery (bank deposit, UPI, GCash, cash pickup); one cancelled, one in
  progress.

About one in eight failed and one in eight pending per family (``card_statement_pending_opened``: two pending).
Sums drawn on a log scale; grouped the English way, the Indian way on most rupee pages, with a decimal comma and the
mark after the sum on some euro pages (N26, Zalando, Tricount, a euro shop's mail). Days as each source prints them:
US pages month first (11/08/2025, Nov 8, 2025), the rest day first (08/11/2025, 8 Nov 2025, 08.11.2025, 08Nov25),
an hour beside many. Faces: Noto Sans and Sans Display, DejaVu Sans Condensed, Liberation Sans, FreeSans, every text
checked glyph by glyph (₹ and ₱ only in faces that draw them, Rs. and PHP otherwise). Every page is a screen and is
photographed off the display when degraded (``heldout14_render.degrade`` with ``screen``).

Truth conventions (README "Receipt fields", and heldout101's for transfers in two currencies; those this set had to
settle are marked *settled*):

* amount: the sum of the payment the page singles out, as "1234.50"; a failed or pending one carries the sum it
  tried. *settled*: never another message's, row's, entry's, order's, mail's or notification's sum (an older alert's
  spend, deposit or large purchase, another feed row, a refund, a top-up, a cashback, another order's total, another
  mail's subject), never a balance (available, "as of", "as on", a feed's or wallet's balance, a card's current
  balance or available credit, a low-balance threshold), an invoice's sum due in another mail, a chat's sums (the
  total with shipping, the shipping alone, an earlier refund), a group's "You are owed", an expense's total or a
  member's share. An order counts its Amount paid (Order total where it failed or awaits payment), never the
  subtotal, the delivery or the discount; a receipt mail its Amount paid / Total paid. A transfer between currencies
  counts, as heldout101 settled, what the payer paid in the payer's currency with the fee (Total paid / You paid /
  Total charged), never You sent before the fee, the fee, nor Recipient gets in the other currency (the README rivals
  both on a page with an exchange rate without naming the truth; the page's own total of what the customer paid is
  the sum the payer's card or account moved by). A list row repeating the opened item's sum is the same sum.
* currency: the mark beside that sum as an ISO code: USD, GBP, EUR, INR, SGD (S$), AUD (A$), HKD (HK$, "HKD"), MYR
  (RM), PHP (₱, "PHP "), TWD (NT$). *settled*: the bare $ of a US source (Chase, Bank of America, Wells Fargo,
  Capital One, Venmo, Cash App, Zelle, PayPal in USD, Chime, American Express US, Discover, Citi, Chase Sapphire,
  Stripe US, a Shopify store in USD, amazon, Etsy, Splitwise in USD, Remitly, Western Union, Xoom with "USD") is USD;
  a remittance's currency is the sender's, never the recipient's; other rows', mails' and notifications' marks do not
  decide it.
* status: from the singled-out payment's own words only: success from an alert's past tense ("was charged",
  "was approved", "approved at", "charged at", "card payment to", "You've sent", "was made", "debited", "sent from",
  "transferred to"), a Completed / Complete / Posted / Paid / Successful / Success / Settled / Delivered pill or
  Status, "Payment Successful", "Paid … with Apple Pay", "You made a … purchase", "spent at", "You paid", "You sent
  … to", "Your payment has been received" and Total paid on a shop's order mail; failed from "declined", Declined,
  Failed, "Payment failed", "has failed", "Not sent", Cancelled (a transfer cancelled and refunded, as heldout101);
  pending from "is pending", Pending, Processing, In progress, "Payment pending", "pending confirmation". *settled*:
  the other rows' and messages' outcomes (a Declined, Refunded, Returned or Cancelled row, a "payment couldn't be
  processed" mail, a Received entry) never speak for the proof; an order's delivery state (Delivered) is no payment
  outcome, its Payment status is; a split-bill payment recorded as Settled or Completed is success.
* date: the singled-out payment's own day, ISO; numeric days day first except on US pages (month first); a
  two-digit year is 20yy. *settled*: never another message's, row's, mail's or order's day, a thread's time stamp or
  divider for another message, a feed's day heading for another group, an invoice's due day in another mail, an
  order's Delivered day, a card's Posted date (the Transaction date is the day), a transfer's Delivered on or Should
  arrive by, a cancellation's day, the phone's day in the notification centre, a chat's divider and hours (the day
  the receipt was pasted, up to two days later), a list's short day (it agrees with the detail's full day); a proof
  that prints no day of its own (Revolut's and DBS's notifications, a pasted receipt without its Date line) has None,
  whatever days the rest of the page prints.
* merchant_name: the one paid as the proof prints it: a card alert's or notification's shop ("at SHOP", "to SHOP"),
  a transfer's or P2P payment's person ("You've sent £X to NAME", "You paid NAME", "Payment to NAME", Sent to, To,
  "Transfer to NAME"), a sheet's or dialog's title / Merchant / Paid to, a receipt mail's shop (Stripe's, Square's,
  a Shopify store's, a euro shop's name on top; "Payment successful for SHOP" on Razorpay's), PayPal's "to NAME", an
  Indian alert's "to NAME", "towards UPI/<ref>/NAME" (cut as the bank cuts it), "transferred to NAME", a pasted
  receipt's Paid to / Sent to / To / "Card payment to SHOP", the member paid in a split-bill payment ("NAME paid
  NAME": the second), a remittance's recipient. An order's payee is the platform as printed on top (amazon,
  amazon.co.uk, Flipkart, Myntra, Etsy, Zalando, Shopee, eBay: heldout104's convention). A payee named only by a UPI
  handle (Federal Bank's "to VPA <handle>", a pasted receipt's "Paid to: <handle>") is None. *settled*: never the
  bank, card issuer, neobank, wallet, money app, mail service (Razorpay, PayPal as sender) or transfer service, the
  SMS sender id or short code, the chat's contact (unless the receipt names them; it does not here), the mail's
  sender address, another row's, message's, mail's or notification's name, a payer ("NAME paid you", "Received
  from", the member who paid), the group's name.
* payment_method: *settled*: "card" on every card alert, card notification, card row opened in a neobank or a card
  app, a Cash App payment From a Visa Debit, a receipt mail or order paid with a card ending, a pasted UK card
  payment, a remittance Paid with a debit card; "netbanking" on a bank transfer (Lloyds' "You've sent", a neobank's
  SEPA transfer / Bank transfer / SEPA Credit Transfer, Zelle, an IMPS debit, a split-bill Bank transfer, a pasted
  Wise transfer Paid with Bank transfer, a remittance Paid with a bank transfer or ACH); "UPI" on every UPI alert,
  Razorpay's Method UPI, an order paid by UPI, a split-bill payment via UPI, bob World's notification, a pasted UPI
  receipt; "wallet" on Venmo, Cash App From Cash balance, PayPal (whatever funds it), every Asian e-wallet entry
  (paid from the wallet), ShopeePay, Revolut's Apple Pay notification, a remittance Paid with Apple Pay, a split-bill
  payment via PayPal; "cash" on a split-bill payment recorded as Cash. None where the page names no way (the
  remittance with no Paid with row). A recipient's Delivery (bank deposit, UPI, GCash, cash pickup) is never the way
  paid.
* transaction_id: at most one, the proof's own, as printed (a leading "#" dropped, a mixed-case id in its case): a
  card alert's or notification's Auth code / Auth # / Approval code where printed, else None; a neobank sheet's
  Transaction ID / Reference (None where none is printed); Venmo's Payment ID, Cash App's Identifier, Zelle's
  Confirmation / Confirmation #, PayPal's Transaction ID; a receipt mail's Receipt # (Stripe), Receipt (Square, in
  its case), Order ID (a Shopify store), Payment ID (Razorpay's pay_…), Order number (a euro shop); an Indian
  alert's RRN / IMPS Ref / UPI Ref / Ref No / the narration's twelve digits; a wallet's Booking ID, Ref No.,
  Transaction No., Transaction Ref, Transaction ID (None on the PayLah! entry without one); an order's Transaction
  ID or UPI Ref No. where printed, else its Order # / Order ID (heldout104's order of kinds); a card app's
  Authorization / Auth / Authorisation / Approval code or Amex's Reference, else None; a split-bill payment's UPI Ref
  No or PayPal transaction ID, else None; a transfer's number (Wise's Transfer #, Remitly's Reference number,
  Western Union's MTCN with its dashes, Xoom's Transaction number). *settled*: never another row's, message's,
  mail's or order's number, a memo's or note's number ("order #4471", "invoice 2207", "rent 1/3"), an invoice number
  in another mail's subject, a cheque's number, a card's, account's or phone's digits, a helpline, an older alert's
  reference.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout112_families import (
    bank_sms_thread_india,
    card_statement_pending_opened,
    chat_with_pasted_receipt,
    compose,
    email_inbox_preview,
    fresh,
    imessage_bank_thread,
    neobank_feed_opened,
    notification_center_grouped,
    order_history_paid,
    p2p_feed,
    remittance_tracker,
    split_bill_app,
    wallet_txn_list_opened,
)

SPLIT = "heldout112"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); a currency's mark is printed only in
# faces that draw it (₹ and ₱ are not in every face), and every text is checked against its face.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("imessage_bank_thread", imessage_bank_thread, SCREEN_FACES),
    ("neobank_feed_opened", neobank_feed_opened, SCREEN_FACES),
    ("p2p_feed", p2p_feed, SCREEN_FACES),
    ("email_inbox_preview", email_inbox_preview, SCREEN_FACES),
    ("bank_sms_thread_india", bank_sms_thread_india, SCREEN_FACES),
    ("wallet_txn_list_opened", wallet_txn_list_opened, SCREEN_FACES),
    ("order_history_paid", order_history_paid, SCREEN_FACES),
    ("notification_center_grouped", notification_center_grouped, SCREEN_FACES),
    ("chat_with_pasted_receipt", chat_with_pasted_receipt, SCREEN_FACES),
    ("card_statement_pending_opened", card_statement_pending_opened, SCREEN_FACES),
    ("split_bill_app", split_bill_app, SCREEN_FACES),
    ("remittance_tracker", remittance_tracker, SCREEN_FACES),
]


def make_heldout112_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout112 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

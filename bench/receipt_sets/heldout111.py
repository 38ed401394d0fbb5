"""heldout111: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): pages that carry more than one payment or message, where the payment that proves the
order sits among others and the page singles it out (the newest at the foot of a thread, a bubble selected, a
message marked "Forwarded", a history row opened, the success screen over its recent list, the notification
expanded on top, the e-mail quoted under a note, a statement row marked by hand, a passbook entry opened, the balance
paid after a part payment). Every other sum, day, name and reference on the page belongs to another message.

* ``sms_thread_debits``: a bank's SMS thread (sender id such as VM-HDFCBK on top, a day divider over each message)
  with one to three older messages of the same account on earlier days (a NEFT credit with its UTR, a UPI credit
  from a VPA, another UPI debit to another payee with its own reference, a NACH debit, an ATM withdrawal with its
  RRN) over the newest debit alert at the foot, the proof: HDFC "Sent Rs.X From HDFC Bank A/C *1234 To NAME On
  dd/mm/yy Ref …", SBI "… debited by Rs.X on date 05Nov25 trf to NAME Refno …", Kotak "Sent Rs.X … to <vpa> on …
  UPI Ref …" (a VPA only), ICICI "… debited for Rs X on 05-Nov-25; NAME credited. UPI:…", Axis "INR X debited / A/c
  no. XX… / UPI/P2M/<ref>/NAME", PNB "… debited INR X Dt … thru UPI:<ref>" (no payee), Canara "… towards
  UPI/P2M/<ref>/NAME", IDFC FIRST "… for UPI payment to NAME. UPI Ref …"; one failed, one pending.
* ``sms_thread_other_sums``: a bank's thread whose older messages print other sums: the available balance "as on"
  a day, a pre-approved loan "of up to Rs 5,00,000", an EMI due on a later day, a mandate's pre-debit notice "Rs X
  will be debited … on <day> towards UPI mandate for NETFLIX", an OTP "for txn of INR X at TATA CLIQ on your card",
  a credit-limit offer; the debit alert last (ICICI, Yes Bank, SBI, Canara, HDFC, Axis, IndusInd, IDFC FIRST; one
  IDFC FIRST alert prints no reference); one failed, one pending.
* ``selected_bubble``: a bank's thread of three or four debit alerts (Axis, HDFC, Yes, ICICI, SBI, Bank of
  Baroda "Rs.X Dr. from A/C … and Cr. to <vpa>", IndusInd, Canara) in selection mode: the top bar "1 selected" with
  Copy / Forward / Delete, a check circle beside every bubble, one bubble (never the last) tinted and ticked; the
  selected one is the proof; one failed, one pending.
* ``chat_forward``: a WhatsApp or Telegram chat with a seller (contact on the header, the chat's own day divider
  "Today" or a day up to three days after the payment, every message's hour): the seller's order total, the
  buyer's "sent 18,390 now for the order", the bank's alert forwarded ("Forwarded" / "Forwarded from
  AX-HDFCBK") or a payment app's details pasted as text ("Payment successful. ₹X to NAME. UPI transaction ID: ….
  <day>, <hour>. Paid via Google Pay"), the seller's "it shows 18,390 only, balance 6,130?" and the buyer's
  "yes balance 6,130 tomorrow" (or "Received, thanks", "It says failed", "it shows pending"); the forwarded or
  pasted message is the proof; one failed, one pending.
* ``history_expanded``: a UPI app's history list (PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay) of four to
  six rows, newest first (the name after "Paid to" / "Received from" or alone, the sum, a day without its year, a
  Failed / Pending word on some) with one row opened in place into a detail card (To, UPI ID, From the payer's
  bank, the app's ids, Status, Date & time); one opened row paid to a UPI handle with no name; one failed, one
  pending.
* ``success_with_recent``: a UPI app's result screen (BHIM, CRED, PhonePe, Google Pay, Amazon Pay, Paytm: an
  outcome pill, the sum, "Paid to NAME", the handle, "<hour> on <day>", the reference) over "Recent payments to
  NAME" / "Previous transactions with NAME" / "Your payments with NAME": two to four older sums with their days and
  Paid / Failed / Received; one screen prints no day; one failed, one pending.
* ``notification_stack``: a notification shade (the phone's clock and day without a year, quick tiles, "Clear
  all") with two to four notifications from different apps: the newest on top expanded (title and full body), the
  others collapsed to their one-line title with their own sums and names ("Rs.1,219 paid to …", "Received ₹5,480
  from …", "Your order of ₹2,960 has shipped", "Target paid you $80"): HDFC Bank's and iMobile Pay's debit SMS
  text, Google Pay "You paid ₹X to NAME via UPI. UPI Ref No: …" (no day), PhonePe and Paytm with "on <day>",
  Chase "You made a $X debit card transaction with SHOP on <day>", PayPal "You sent $X USD to NAME from your PayPal
  balance" (no day, no id), Monzo "Your card ending … was charged £X at SHOP on <day>"; one failed, one pending.
* ``mail_thread``: a mail client showing the buyer's forward (subject "Fwd: …", the buyer and the seller's
  address with the day forwarded): "Please find the payment confirmation below for invoice INV-1994 (total Rs
  39,038.00). I have paid Rs 37,838.00 now, the remaining Rs 1,200.00 by next week.", then "---------- Forwarded
  message ---------", From / Date / Subject / To, and the quoted e-mail: HDFC "Rs.X has been debited from account
  **1234 to VPA <vpa> NAME on …. Your UPI transaction reference number is …", ICICI "Info: UPI-<ref>-NAME", Axis's
  table (Amount Debited, Account Number, Date & Time, Transaction Info UPI/P2M/<ref>/NAME), Kotak "… towards UPI
  payment to <vpa>. UPI Reference: …" (a VPA only), PayPal "You sent $X USD to NAME" (Transaction ID,
  Transaction date, Status, Paid with PayPal balance), a Zelle e-mail from Chase or Bank of America (Amount, Sent
  on, Confirmation number); one failed, one pending.
* ``statement_marked``: a bank's mini statement / passbook page (HDFC, SBI, ICICI, Axis, Kotak, Canara: Date,
  Narration UPI/P2M/<ref>/NAME, UPI/DR/<ref>/NAME/<bank>, UPI/CR/…, NEFT CR-…, Withdrawal, Deposit, Balance, "INR"
  in its heading) or a card's activity (Chase in USD, one row tagged "Pending"; Barclays in GBP, "Card payment to
  SHOP") of four to six rows, one marked by the buyer with a red ring, a yellow highlighter band or a red arrow,
  and the caption "this one" / "this one!" / "this one pls check" / "this one ^" beside it; the marked row is the
  proof.
* ``wallet_passbook``: a wallet's passbook (Paytm Wallet Passbook with the wallet balance on top, Amazon Pay
  balance, PhonePe Wallet, MobiKwik Wallet, PayPal activity in USD, EUR or GBP) of four to six entries (paid to,
  added to wallet, received from, cashback) with one opened into a detail card (Paid to, Amount, Paid from /
  Paid with the wallet, Wallet Txn ID / Transaction ID / Txn ID, Date & Time, Status); one card prints no id; one
  failed, one pending.
* ``card_alert_thread``: a card issuer's SMS thread (HDFC Bank, ICICI Bank, SBI Card, Axis Bank, American Express
  India in rupees; Chase and Capital One in dollars from a short code; Barclaycard in pounds) of two or three older
  spends at other shops on other days, one of them declined on most, over the newest at the foot, the proof; an
  Authorization / Approval / Auth code on some; one declined (wrong PIN or over the limit), one pending ("A $X
  charge at SHOP … is pending as of <day>").
* ``two_payments``: one order paid in two parts: the part payment's alert and, the same day or up to nine days
  later, the balance's alert to the same payee from the same account, in one bank's thread (an older credit or
  debit above on some); the buyer's proof is the second, the newest at the foot; one failed, one pending.

About one in eight failed and one in eight pending per family (``statement_marked``: one pending row, none failed).
Sums: rupees as Rs., Rs, INR or ₹ (₹ only in faces that draw it), lakh, western or plain grouping, whole rupees
on some app screens; dollars ($, "USD"), pounds (£) and euros (€, EUR), grouped the English way; drawn on a log
scale so that small and large sums are as common. Days as each issuer prints them: 05-11-25, 05/11/2025,
05Nov25, 05-Nov-25, 05-NOV-2025, 2025:11:05 (Bank of Baroda's), 05 Nov 2025, 5 November 2025, Nov 5, 2025,
11/05/2025 (US pages, month first), an hour beside many. Faces: Noto Sans and Sans Display, DejaVu Sans,
Liberation Sans and Sans Narrow, FreeSans, every text checked glyph by glyph. Every page is a screen and is
photographed off the display when degraded (``heldout14_render.degrade`` with ``screen``).

Truth conventions (README "Receipt fields" and heldout106's, heldout108's and heldout110's; those this set had to
settle are marked *settled*):

* amount: the sum of the payment the page singles out, as "1234.50". *settled*: never an older message's sum (an
  earlier debit or credit, an ATM withdrawal, a NACH debit), a balance (available, "as on", Avl Bal, the wallet's,
  a statement's Balance column), a loan or credit-limit offer, an EMI due, a mandate's pre-debit sum, an OTP's "txn
  of Rs X", another notification's, history row's, recent payment's or passbook entry's sum, a chat's or a note's
  sums (the order's or invoice's total, "sent X", "it shows X only", "balance Y tomorrow"), a card's available
  limit; on ``two_payments`` the balance paid by the second alert, never the part paid before nor the order's
  total; a failed or pending proof carries the sum it tried.
* currency: the mark beside the proof's sum as an ISO code: INR, USD, GBP, EUR. *settled*: a Chase, Capital One,
  PayPal or Zelle page's bare $ is USD (the US bank or "USD" on the page); the other notifications' or messages'
  marks do not decide it.
* status: from the proof's own words only: success from a debit alert's past tense ("Sent", "debited",
  "Dr. … and Cr. to", "spent", "Thank you for using … for", "You made a … transaction", "was charged", "You sent"),
  "Payment successful", "Transaction Successful", Status Successful / Success / Completed; failed from "has
  failed", "declined", "could not be completed", "not sent", Status Failed, "Payment Failed"; pending from "is
  pending", "is under process", "is being processed", Status Pending, "Payment Pending". *settled*: the other
  messages' outcomes (a declined older card spend, a Failed row in a history or recent list) never speak for the
  proof; a statement's posted debit row is success and the row tagged "Pending" on a card's activity is pending;
  a PayPal notification "You sent …" is success.
* date: the proof's own day, ISO; numeric days day first except on US pages (Chase, Capital One, PayPal in USD,
  Zelle), which print them month first; a two-digit year is 20yy. *settled*: never a thread's divider for another
  message, an older message's day, the balance's "as on" day, an EMI's due day or a mandate's debit day, another
  row's, entry's or recent payment's day, the chat's divider and hours (the day it was forwarded, up to three days
  later), the shade's day (the phone's), the mail's outer day (forwarded up to four days later); the quoted
  e-mail's "Date:" header is the day the bank sent it, the payment's own day; a history row's short day agrees with
  its details' full day; a proof that prints no day of its own (a Google Pay or PayPal notification, a success
  screen without its day line) has None, whatever days the rest of the page prints.
* merchant_name: the proof's payee as printed, in the case printed (a narration's name cut as the bank cuts it,
  UPI/P2M/<ref>/NAME or UPI/DR/<ref>/NAME/<bank>; a card's "at SHOP"; "Paid to", "To", "You paid … to NAME", "You
  sent … to NAME"; the statement's card row "Card payment to SHOP" gives SHOP). A payee named only by a UPI handle
  (Kotak's "to <vpa>", Bank of Baroda's "Cr. to <vpa>", a history row paid to a handle) and an alert that names no
  payee (PNB's "thru UPI:<ref>") have None. *settled*: never the chat's contact (unless the proof names them, it
  does not here), the buyer, the mail's sender or addresses, the invoice's seller, an older message's payee or
  payer, a collapsed notification's name, another row's name, the payer under "From", the bank, app, wallet or
  card issuer, the SMS sender id.
* payment_method: "UPI" on every UPI alert (UPI, a UPI Ref or a UPI/… narration), UPI app screen and detail card,
  the pasted Google Pay details and Google Pay's notification, a statement's UPI row; "card" on card spends, the
  Chase and Monzo notifications and a card's activity rows; "wallet" on every wallet passbook (Paid from / Paid
  with the wallet, PayPal balance) and PayPal's notification and e-mail; "netbanking" on a Zelle payment (heldout90's
  convention). *settled*: the other messages' ways (a NEFT credit, a NACH debit, an ATM card) never.
* transaction_id: at most one, the proof's own, the highest kind printed, as printed: the UPI reference (Ref,
  Refno, UPI:, UPI Ref, UPI Ref No, RRN, Ref:, the narration's or the e-mail's 12 digits, UTR over PhonePe's
  Transaction ID T…, UPI transaction ID over Google's CICAgO… id); a card's Authorization / Approval / Auth code
  where printed, else None; a wallet's Wallet Txn ID / Transaction ID / Txn ID (None on the card that prints
  none); PayPal's Transaction ID; Zelle's Confirmation number. *settled*: never an older message's reference (an
  earlier debit's UPI Ref, a NEFT credit's UTR, an ATM RRN), an OTP, a loan account, the invoice's number in the
  buyer's note, another row's or entry's reference, a card's or account's last digits, a phone or helpline
  number; a card's activity row and a notification that print no code have None.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout111_families import (
    card_alert_thread,
    chat_forward,
    compose,
    fresh,
    history_expanded,
    mail_thread,
    notification_stack,
    selected_bubble,
    sms_thread_debits,
    sms_thread_other_sums,
    statement_marked,
    success_with_recent,
    two_payments,
    wallet_passbook,
)

SPLIT = "heldout111"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); ₹ is printed only in faces that draw
# it, and every text is checked against its face.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("sms_thread_debits", sms_thread_debits, SCREEN_FACES),
    ("sms_thread_other_sums", sms_thread_other_sums, SCREEN_FACES),
    ("selected_bubble", selected_bubble, SCREEN_FACES),
    ("chat_forward", chat_forward, SCREEN_FACES),
    ("history_expanded", history_expanded, SCREEN_FACES),
    ("success_with_recent", success_with_recent, SCREEN_FACES),
    ("notification_stack", notification_stack, SCREEN_FACES),
    ("mail_thread", mail_thread, SCREEN_FACES),
    ("statement_marked", statement_marked, SCREEN_FACES),
    ("wallet_passbook", wallet_passbook, SCREEN_FACES),
    ("card_alert_thread", card_alert_thread, SCREEN_FACES),
    ("two_payments", two_payments, SCREEN_FACES),
]


def make_heldout111_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout111 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

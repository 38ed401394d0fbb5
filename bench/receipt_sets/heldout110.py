"""heldout110: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): the messages and notifications people forward as proof of a payment, from the banks and
apps the earlier sets did not use: Federal Bank, South Indian Bank, Karnataka Bank, Indian Bank, Bank of India,
Central Bank of India, UCO Bank, Indian Overseas Bank, AU and Equitas Small Finance Banks, RBL, DBS, Standard
Chartered, HSBC, Citi and the Paytm, Airtel and Fino Payments Banks, each alert in its bank's own sentence, wrapped
over two to four lines of a bubble.

* ``upi_sms``: a bank's UPI debit SMS alone in a messages app (sender id such as VM-FEDBNK on top, a day divider, the
  bubble and its hour): "Rs 450.00 debited from your A/c XX1234 using UPI on … to VPA … (NAME). UPI Ref no …"
  (Federal), "Your a/c no. XXXXXXXX1234 is debited for Rs.450.00 on … and a/c <vpa> credited (UPI Ref no …)"
  (South Indian), "… debited from your A/c **1234 towards UPI/<ref>/NAME on …" (Karnataka), "… withdrawn from A/c
  XXXX1234 for UPI-<ref>-NAME on …" (Indian Bank), "BOI - … Debited from your Ac XX1234 on …. Info: UPI/<ref>/NAME"
  (BOI), "… has been debited by INR … for UPI transfer to NAME, UPI Ref …" (Central Bank), "A/c … Debited with … by
  UPI Ref No … to NAME" (UCO), "… towards UPI/P2M/<ref>/NAME" (IOB), "INR 450.00 paid to NAME from a/c ..1234 on …
  via UPI. Ref: …" (AU), "Sent … from A/c … to NAME (<vpa>) on …" (Equitas), RBL's, DBS's, the Paytm and Airtel
  Payments Banks' and Fino's "UPI payment to NAME of Rs.X … is successful. RRN …", the available or clear balance
  after on most; a declined one (insufficient balance, or failed "if debited … reversed") and one under process /
  awaiting confirmation.
* ``sms_thread``: the same alerts at the foot of a bank's SMS thread, under two or three older messages with their
  own day divider (a login OTP, a loan offer "up to Rs 5,00,000", "Available balance in your A/c … as on <an
  earlier day> is …").
* ``card_sms``: card spend SMS: DBS "has been used for INR … at SHOP on …. Avl Lmt: …", StanChart "Thank you for
  using StanChart Credit Card no. XX1234 for INR … at SHOP … Available credit limit …" (an Auth code on some), HSBC,
  Citi "… spent on your Citibank credit card ending … at SHOP … Auth code …", RBL "… is successful", AU, Federal
  "SMS BLOCK 1234 to 9895088888", an Indian Bank debit card's "POS txn at SHOP using Card XX… RRN …"; one declined.
* ``card_mail``: a card issuer's alert e-mail (HSBC, Standard Chartered, Citi, DBS, RBL, AU) in a mail client:
  "Dear Cardmember," the sentence, and on most a table (Card Number, Merchant Name, Amount, Date & Time,
  Authorisation / Auth / Approval Code on some, Available Credit Limit); one declined over its limit.
* ``push``: a payment's push notification among one to three others, on a lock screen (the phone's big clock, its
  day without a year) for a payment app: Google Pay "Payment sent / You paid ₹450 to NAME", PhonePe "Payment of
  ₹450 to NAME successful. Tap to view det…", Paytm "Paid ₹450 to NAME / From your bank a/c via UPI. UPI Ref: …",
  CRED "₹450 paid to NAME / via UPI. …", BHIM "Transaction successful / ₹450.00 sent to NAME. UPI Ref No …"; or in
  the notification shade pulled over a home screen (quick tiles, a brightness bar, the phone's clock and day,
  "Clear all") for a bank app (IndOASIS, FedMobile, AU 0101, BOI Mobile, UCO mBanking Plus, Equitas Selfe): "Debit
  alert / Rs.450 debited from A/c … on <day> for UPI to NAME. UPI Ref …". Bodies cut with "…" after their facts.
* ``mail_table``: a bank's UPI or IMPS transaction e-mail with a table in three layouts (label / value rows between
  rules; labels stacked over values; a header row Date / Beneficiary / Amount over its values, then the reference
  and Status rows): Amount, Date (an hour on most), Beneficiary, Reference / UTR / Reference No. / UTR / Ref No /
  IMPS Ref No, Status (Success / SUCCESS / Successful, Failed, Pending / Under Process / In Process).
* ``transfer``: an IMPS, NEFT or RTGS outward transfer alert, as an SMS or an e-mail: beneficiary name, the
  beneficiary's masked account and IFSC, the sum, the day, the IMPS Ref No (12 digits) or the NEFT / RTGS UTR (16 /
  22 characters, "UTR", "UTR No.", "UTR:"); one "returned by the beneficiary bank … reversed to your A/c", one
  "under process".
* ``failed_reversed``: payments gone wrong or not through: declined for insufficient balance; "could not be
  completed … will be reversed"; "The amount of Rs.X debited … for UPI Ref … has been reversed to your a/c on …"
  (no payee named); "Refund of Rs.X for your failed UPI txn to NAME (Ref …) has been credited to your A/c … on …";
  an IMPS failed "Your a/c … has not been debited"; and three pending (under process, awaiting confirmation from
  the beneficiary bank, pending with an update promised).
* ``autopay``: standing instructions: "… debited from A/c … towards UPI AutoPay mandate for NETFLIX. UPI Ref … UMN
  <handle>", "Standing instruction: INR … charged on your … Credit Card ending … for SPOTIFY INDIA … SI Reg ID
  SI…", "… debited … towards NACH-DR-SBI MUTUAL FUND. UMRN BARB…", on half of the successes under the pre-debit
  alert of a day or three before ("will be debited for … on <the day>"); a failed AutoPay debit and one "being
  processed".
* ``atm_cash``: cash out of or into the account: "Cash withdrawal of Rs.X from A/c … at ATM S1AN1234 using Card
  XX…", "Rs.X withdrawn in cash at ATM …", a cash deposit machine's "Cash Rs.X deposited in your A/c … through CDM
  …", a Fino or Airtel banking point's AePS withdrawal or deposit; RRN on most, the balance after on most; one
  withdrawal not completed, one deposit under process.
* ``tag_wallet``: FASTag toll debits ("Rs.95.00 debited from your Paytm Payments Bank FASTag wallet for vehicle
  MH12KT4821 at KHED SHIVAPUR TOLL PLAZA on …", "toll of … paid at … from FASTag wallet linked to …", a Txn ID on
  half, the tag's balance) and a payments bank's wallet payment ("Paid Rs.X to NAME from your Airtel Payments Bank
  Wallet … Txn ID …"); a toll declined for low balance, a wallet payment pending.
* ``chat_forward``: a debit alert forwarded into WhatsApp or Telegram (the contact on the header, their question,
  the bubble marked "Forwarded" / "Forwarded from VM-FEDBNK", a reply), the chat's day divider "Today" or a day up
  to two days after the alert's; one failed, one pending.

About one in eight failed and one in eight pending where the family has them (card spends have a declined one and
no pending; ``failed_reversed`` is five failed and three pending). Sums in rupees only: Rs., Rs or INR in SMS and
transfers, ₹ only in faces that draw it (notifications, e-mails); plain, western or lakh grouping; whole rupees on
some notifications. Days as the banks print them: 05-11-26, 05-11-2026, 05/11/26, 05/11/2026, 05Nov26, 05-Nov-26,
05-Nov-2026, 05 Nov 2026, 05.11.2026, months in capitals on a quarter (05-NOV-26), an hour beside most. Faces:
Noto Sans and Sans Display, DejaVu Sans, Liberation Sans and Sans Narrow, FreeSans, every text checked glyph by
glyph. Every page is a screen and is photographed off the display when degraded (``heldout14_render.degrade`` with
``screen``).

Truth conventions (README "Receipt fields" and heldout106's and heldout108's; those this set had to settle are marked
*settled*):

* amount: the sum paid or tried, as "1234.50", currency INR (every page prints Rs, Rs., INR or ₹ beside it). Never an
  available, clear or wallet balance, an "Avl Lmt" / available credit limit, the loan offer's sum, the thread's older
  balance message. *settled*: a reversal's or refund's sum is the failed payment's sum (the same number); an
  ATM withdrawal's or cash deposit's sum is the cash; an AutoPay's is the sum debited (the pre-debit alert above it
  names the same).
* status: success from the past-tense debit ("debited", "withdrawn", "Debited with", "paid to", "Sent", "spent",
  "has been used for", "charged", "deposited", "is successful", "Paid", "You paid", "Payment Successful",
  "Transaction successful", Status Success / SUCCESS / Successful); failed from "declined", "has failed", "failed",
  "could not be completed", "has been reversed", "returned by the beneficiary bank", Status Failed; pending from
  "is under process", "awaiting confirmation", "is pending", "is being processed", "processing", Status Pending /
  Under Process / In Process. heldout106's rule holds: a bank's debit alert states success. *settled*: a reversal
  of a debit and a refund credited back for a failed payment state that payment failed ("Refund of Rs.X for your
  failed UPI txn"); an IMPS returned and reversed is failed; a cash withdrawal not completed is failed; a cash
  deposit "under process" is pending; the pre-debit alert ("will be debited") states nothing.
* date: the payment's day inside the alert, ISO, numeric days day first, a two-digit year 20yy. *settled*: a lock
  screen's and a shade's day (the phone's, no year, sometimes a day later) and a notification's "now" / "5m" /
  hour are never the payment's: a payment app's notification printing no day of its own has None; a chat's day
  divider is the day it was forwarded, never the payment's; a messages app's divider repeats the alert's own day;
  an SMS thread's older messages (the balance "as on" an earlier day, the pre-debit alert's day) are other events;
  a reversal or refund alert prints one day and that day is taken; a pending AutoPay's "scheduled on" day is the
  day it is tried.
* merchant_name: the payee as printed, in the case printed: "to NAME", "(NAME)" after the VPA, "paid to NAME",
  "UPI payment to NAME", a narration's last part (UPI/<ref>/NAME, UPI-<ref>-NAME, UPI/P2M/<ref>/NAME, cut as the bank
  cuts it), a card's "at SHOP", "Merchant Name", "Beneficiary", the transfer's beneficiary, "for NETFLIX" / "to
  NETFLIX" / "NACH-DR-<NAME>" on a mandate, the toll plaza on a FASTag debit. A payee named only by a UPI handle
  (South Indian's "a/c <vpa> credited") is None. *settled*: a reversal that names no payee has None, and a refund
  of a failed payment names the one who was to be paid ("failed UPI txn to NAME"), who is the merchant (the bank
  credits the money back; no payer is taken); an ATM withdrawal, a cash deposit and an AePS withdrawal have None
  (an ATM's or CDM's id, a banking point, the account holder are no payee); a FASTag debit's payee is the toll
  plaza, never the tag's issuer nor the vehicle. Never the bank, its app, the SMS sender id, the chat's contact,
  the mail's sender, an account number, an IFSC.
* payment_method: "UPI" on every UPI alert and notification that names UPI, a UPI reference or a UPI narration,
  on Google Pay's notifications (Google Pay in rupees is UPI) and BHIM's, on UPI AutoPay; "card" on card spends,
  the card issuers' e-mails and an SI charged to a credit card; "netbanking" on IMPS / NEFT / RTGS transfers and a
  NACH debit (heldout106's and heldout108's convention for bank transfers; a NACH debit is a bank's direct debit);
  "wallet" on FASTag wallet debits and a payments bank's wallet payment. *settled*: a PhonePe notification that
  does not say UPI has None (the app has a wallet too); ATM withdrawals, cash deposits and AePS withdrawals are
  "cash" (each says "Cash" / "in cash" / "cash withdrawal"), the ATM card named beside it being the way the cash
  was got, not a card payment.
* transaction_id: at most one, the highest kind printed, as printed: the UPI reference (UPI Ref / UPI Ref no / Ref
  No / Ref: / RRN / a narration's 12 digits), an IMPS Ref No, a NEFT or RTGS UTR; else an Auth / Authorisation /
  Approval code on a card spend; else a wallet's or FASTag's Txn ID. *settled*: a card spend SMS or e-mail with no
  code has None; an ATM slip's RRN is its id and the ATM's or CDM's own code (S1AN1234) is not; a UPI AutoPay's
  UMN, a NACH UMRN and an SI Reg ID name the mandate, not this debit, and are never the id (a NACH or SI debit
  printing nothing else has None); a notification printing no reference has None. Never an OTP, a phone or
  helpline ("SMS BLOCK 1234 to 9895088888", 1800 numbers), an account, masked card, IFSC, VPA, vehicle number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout110_families import (
    atm_cash,
    autopay,
    card_mail,
    card_sms,
    chat_forward,
    compose,
    failed_reversed,
    fresh,
    mail_table,
    push,
    sms_thread,
    tag_wallet,
    transfer,
    upi_sms,
)

SPLIT = "heldout110"

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
    ("upi_sms", upi_sms, SCREEN_FACES),
    ("sms_thread", sms_thread, SCREEN_FACES),
    ("card_sms", card_sms, SCREEN_FACES),
    ("card_mail", card_mail, SCREEN_FACES),
    ("push", push, SCREEN_FACES),
    ("mail_table", mail_table, SCREEN_FACES),
    ("transfer", transfer, SCREEN_FACES),
    ("failed_reversed", failed_reversed, SCREEN_FACES),
    ("autopay", autopay, SCREEN_FACES),
    ("atm_cash", atm_cash, SCREEN_FACES),
    ("tag_wallet", tag_wallet, SCREEN_FACES),
    ("chat_forward", chat_forward, SCREEN_FACES),
]


def make_heldout110_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout110 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout98: 96 receipts in twelve layouts written apart from the parser (not registered, not scored).

Families (8 receipts each), drawn away from heldout2 to heldout97's layouts: ordinary successful, failed and
pending payment screenshots and slips the way buyers forward them to a marketplace's support through chat, marked
up, cropped and framed (``heldout98_families``): a UPI app's or bank app's payment screen (PhonePe, Google Pay,
Paytm, BHIM, iMobile Pay, YONO SBI: the outcome, Paid to / To and the payee's UPI id, the sum in large type, the
day and time, Transfer Details with UTR / UPI transaction ID / UPI Ref No / UTR No and PhonePe's Transaction ID or
Google's Google transaction ID, Debited from a bank account, From a phone number) with a red hand-drawn circle
round the sum or the reference and sometimes an arrow, and a typed note ("paid sir pls check", "balance Rs 200
pending", "rest Rs 500 tomorrow", "payment done for order OD…") (``circled``); the same screen with a
highlighter stroke over the reference and a blue typed note naming an order (``highlighted``); with the bank
account and phone scribbled out with a marker, on some the reference or the payee too (``scribbled``); cropped just
above the sum, so the app, outcome and payee are cut away (``crop_top``); cropped above the transfer details or the
account, so the reference and / or the day and time are cut away (``crop_bottom``); sent in a WhatsApp-like chat
(the contact's name and phone in the header, a request for the screenshot quoting an order number, "Forwarded",
the buyer's message with another sum: "balance Rs 350 I will send tomorrow", times like 10:42 pm)
(``chat_whatsapp``); a failed or pending payment (on one in five a success) sent in a Telegram- or Messenger-like
chat ("it shows failed but money cut from my account??") (``chat_failed``); a long screenshot stitched from two
screens of the same payment, the second under its own status bar and "Transaction details" (``long_shot``);
another app's notification banner (WhatsApp, an OTP SMS, Swiggy, Instagram, Gmail: each with its own sum or code)
over the screen's top (``notified``); a card terminal's slip from the US, UK, euro area or India (TID, MID, the
card's network and mask, AMOUNT, AUTH CODE, RRN, APPROVED or DECLINED with its reason) lying on a table,
photographed with a thumb over a bottom corner (``card_slip``); a bank's debit SMS ("Sent Rs.… From … A/C *1234
To … On 14/03/25 Ref …") in a messages app between an OTP and a promo with its own price and a card bill's alert
(``sms``); and an e-mailed payment receipt (a shop's name, "Receipt from …", the sum, Payment successful / Payment
failed, Amount paid, Date paid, Payment method a masked card or UPI, Receipt # or UPI Ref No) forwarded in a mail
app with the quoted conversation under it (an earlier day, an order number, a deposit's sum) (``email``).

Countries and sums: India first (₹ only in faces that draw it, else Rs., Rs or INR; the screen families are all
Indian UPI payments), then card slips and e-mails from the US ($), the UK (£) and the euro area (€), in English.
Dates: Indian screens 14 Mar 2025, 4 Mar 2025, 14/03/2025, 14-03-2025, 4 March 2025 with a time; SMS 14/03/25;
slips 03/14/2025 (US), 14/03/2025 (UK, IN), 14.03.2025 (EU); e-mails March 4, 2025 (US), 4 March 2025 (UK, EU),
14 Mar 2025 (IN). Outcomes: mostly success; failed and pending on about a fifth of the screens, most of
``chat_failed``, a fifth of the slips, a quarter of the e-mails. Faces: the project's sans faces on screens,
monospaced or narrow faces on slips. Degradations: ``heldout14_render.degrade`` (screens photographed off the
display; the slip a photo).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*). The truth is the
payment's own fields as visible in the image (``heldout98_families.Scr.truth`` reads them from the rows left
visible):

* Markup, typed notes, chat messages (and their quoted order numbers), the chat's contact name and phone,
  notification banners, other SMS (an OTP, a promo, a card bill alert), the mail app's subject, sender and quoted
  conversation are never fields: a sum in a note, message, banner or other SMS is not the payment's amount; a
  chat contact is not the merchant; an order number in a note or a quote is not the id; a day in a quoted message
  is not the date.
* *settled*: a field whose row the crop cuts away, or whose value is fully scribbled out, is None (a scribbled
  payee takes its UPI id with it; the method then still stands on the UPI reference). The crop is always at a
  row's edge, so no field is half cut. A cropped-away outcome is None, although a UPI screen always printed one.
* status: success for Transaction Successful / Payment Successful / Paid Successfully / Completed, APPROVED,
  Payment successful; failed for Transaction Failed / Payment Failed (with "Money if debited will be refunded in
  3-5 working days"), DECLINED (INSUFFICIENT FUNDS), Payment failed; pending for Payment Pending / Transaction
  Pending ("Waiting for confirmation from the bank"). *settled*: a bank SMS "Sent Rs.… From … To …" states
  success (the money was sent); the buyer's chat claims ("money cut from my account") state nothing.
* amount: the payment's sum in large type / AMOUNT / Amount paid / Amount / the SMS's Sent sum, as "1234.50";
  currency INR, USD, GBP or EUR as the page's mark or code says (a US slip's bare $ beside its state and ZIP).
* date: the payment's day as printed (the screen's day and time line or Date & Time, the slip's DATE, the SMS's
  On day, the e-mail's Date paid / Date), ISO; None where cropped away.
* payment_method: "UPI" on the app screens (the payee's UPI id, a UPI transaction ID / UPI Ref No label, the
  screen's own "Powered by UPI" footer; *settled*: that footer counts, it is the payment screen's own word for
  its network, so a cropped or scribbled screen keeps UPI while any of these is visible) and the SMS (its UPI reference
  after a UPI debit; *settled*: the SMS's "Ref" after "Sent … To" a shop is a UPI reference, the message being a
  bank's UPI alert, "SMS BLOCK UPI"); "card" on slips (the network and card mask) and e-mails naming a masked card;
  "UPI" on an Indian e-mail's Payment method UPI. "Debited from" a bank account names the account, not another
  way.
* merchant_name: the payee as printed: after Paid to / To on a screen, the slip's and e-mail's shop in large type
  on top, the SMS's "To …". Never the app or bank, the chat contact, the SMS sender id, a notification's sender.
* transaction_id: at most one, as printed, the highest kind visible: a UTR (UTR, UTR No), then a UPI reference
  (UPI transaction ID, UPI Ref No, the SMS's Ref), then an RRN, then an app's own transaction id (PhonePe's
  Transaction ID T…, Google transaction ID CICAg… in its printed case), then an approval code, then a receipt's
  number (Receipt #). *settled*: a PhonePe screen's UTR beats its Transaction ID, Google Pay's UPI transaction ID
  beats its Google transaction ID; where the crop or a scribble takes the higher one, the lower one left is the id;
  a slip's AUTH CODE loses to its RRN (heldout96's ranks); a declined slip's RRN is the attempt's id, and a failed
  or pending screen's reference is the attempt's id. Never TID, MID, a card mask, an account, phone, UPI id, an
  order number in a note, a chat or a quote, an OTP, a notification's code.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout98_families import (
    card_slip,
    chat_failed,
    chat_whatsapp,
    circled,
    compose,
    crop_bottom,
    crop_top,
    email,
    highlighted,
    long_shot,
    notified,
    scribbled,
    sms,
)

SPLIT = "heldout98"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): screens in sans faces, slips in
# monospaced or narrow faces; ₹ is printed only in faces that draw it.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
SLIP_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("circled", circled, SCREEN_FACES),
    ("highlighted", highlighted, SCREEN_FACES),
    ("scribbled", scribbled, SCREEN_FACES),
    ("crop_top", crop_top, SCREEN_FACES),
    ("crop_bottom", crop_bottom, SCREEN_FACES),
    ("chat_whatsapp", chat_whatsapp, SCREEN_FACES),
    ("chat_failed", chat_failed, SCREEN_FACES),
    ("long_shot", long_shot, SCREEN_FACES),
    ("notified", notified, SCREEN_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("sms", sms, SCREEN_FACES),
    ("email", email, SCREEN_FACES),
]


def make_heldout98_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout98 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n, draw=compose)

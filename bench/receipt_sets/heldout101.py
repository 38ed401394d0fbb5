"""heldout101: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from heldout2 to heldout100's layouts: money sent across borders, to and
from India and between the US, the UK and the euro area, on pages with two currencies, an exchange rate and fees:
an online transfer service's receipt in a browser (Wise, Remitly, WorldRemit, Xoom: Status, Transfer number /
Transfer # / Transfer ID, Amount sent, fee, Total paid / You paid, rate, Recipient gets, Recipient, Paid with,
an arrival estimate on transfers in progress); a remittance app's transfer screen (You sent, Transfer fee, Total,
rate, Recipient gets, delivery by bank deposit, UPI or cash pickup, Reference / Tracking / Confirmation number,
Expected delivery); a money-transfer agent's counter slip (Western Union's MTCN, MoneyGram's REFERENCE NUMBER,
SENDER, RECEIVER, Transfer Amount, Transfer Fee, Total / TOTAL COLLECTED, Payout Amount, Payment CASH or DEBIT
CARD, the day the money is Available); an Indian bank's outward remittance (LRS) advice (SWIFT Reference No. /
Transaction Reference No. / Our Reference, Remitter, PAN, Beneficiary Name and bank, SWIFT / BIC, Purpose Code,
the foreign sum, rate, INR equivalent, commission, GST on commission and on currency conversion, TCS u/s
206C(1G), Total Amount Debited, Status, Mode SWIFT); an inward remittance credit advice or FIRC (Value / Credit
Date, Beneficiary Name, Remitter Name, the foreign sum, rate, INR amount, bank charges, GST on conversion, Net
Amount Credited, UTR No. or Transaction Reference No., FIRC No.); a bank app's international payment tracker
(Initiated / In progress / Completed or Returned steps, Status, To, Amount, Fee, Total debited, They get,
Payment ID / Transaction ID); a forex card load or reload slip in India (card number, Currency Loaded, rate, INR
Value, service charge and GST, TCS, Total Amount Paid / Amount Paid / Total Payable, Payment Mode / Paid by, a
load outcome); a travel-money counter's sale of foreign cash (the currency sold, rate, Value, Commission, TOTAL,
Tendered CASH or a card, Receipt No / Transaction No); a card app's foreign transaction (Merchant, Foreign
amount, rate, Amount, forex mark-up / non-sterling fee / foreign transaction fee, GST on the mark-up in India,
Total charged / Total billed, Transaction date, Posted on, Status, Auth code); a PayPal payment e-mail with a
currency conversion ("You sent $… USD to …", Paid to, Amount, Conversion rate, You paid, Transaction ID, Status,
Paid with a card or PayPal balance); a transfer service's confirmation e-mail as a PDF, the two sides in columns
(YOU SEND | THEY RECEIVE, Fee, Total cost, Sent to, Funding source, Order date, Tracking / Transaction / Order
number); and a transfer cancelled or returned with its refund (the transfer's sums, Created / Sent on, Cancelled
on / Returned on, MTCN / Transfer number / Reference number). Mostly completed; some in progress, pending a
review or funds, cancelled, returned, declined.

Sums: the sender's side in USD ($ or USD), GBP (£ or GBP), EUR (€ or EUR, grouped the English way) or INR (₹ only
in faces that draw it, Rs., Rs or INR; lakh grouping on most pages); the other side in any of the four, so every
page prints two currencies. Dates as heldout97 prints them per currency (US month first), most with a time.
Faces: screens and e-mails in sans faces, advices in serif or sans faces, counter slips in monospaced or narrow
faces; pages flat, in a browser or PDF viewer, or lying on a desk (``heldout93_families.compose``'s frames, turned
at most 1.5°). Degradations as heldout97 (``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* amount: *settled*, one rule for every family: the sum the account, card or cash of the page's own customer
  moved by, in that customer's currency, with every fee and tax the page adds (what the bank statement or the
  cash handed over shows, and the sum the page's way to pay and id describe). So a sender's page counts the
  total paid (Total paid, You paid, Total, TOTAL COLLECTED, Total Amount Debited, Total debited, Total cost: the
  sum sent + the transfer fee; an LRS advice's INR equivalent + commission + GST + TCS; a forex card load's INR
  value + charges + GST), never the sum sent before fees, the foreign sum, or what the recipient gets; a
  travel-money counter counts the TOTAL in the buyer's currency with its commission, never the foreign cash
  bought; a card's foreign transaction counts the Total charged / Total billed (the converted sum + the mark-up,
  + GST on the mark-up in India), never the foreign amount or the converted sum alone; PayPal counts You paid in
  the payer's currency, never the Amount in the payee's; an inward remittance advice (the customer received the
  money) counts the Net Amount Credited in rupees, never the foreign sum or the gross INR amount before charges.
  A transfer cancelled or returned counts the total that was paid (and refunded), the only sum the customer's
  account moved by. The sum the recipient gets is never counted (the README's "never the sum received in
  another currency").
* currency: the currency of that amount as an ISO code, all four of which the README's reader knows: USD, GBP,
  EUR, INR; *settled*: never the recipient's currency nor the foreign currency of a forex card or an FX sale.
* merchant_name: *settled*: the one paid, not the transfer service: a transfer's recipient, as printed (under
  Recipient, To, Sent to, RECEIVER in capitals on agent slips, Beneficiary Name on an LRS advice, Paid to on
  PayPal) - never the service (Wise, Remitly, Western Union, PayPal), the bank, the sender or the remitting bank.
  An inward remittance advice's payee is its Beneficiary Name (the account credited: the one paid), never the
  remitter abroad. Where nobody but the business is paid, the business is: a forex card seller and a travel-money
  bureau on top (they sold the currency; the card holder is the customer), and a card's foreign transaction's
  Merchant (never the card's bank or app).
* transaction_id: at most one, as printed, the transfer's own number: *settled*: MTCN (with its dashes where
  printed so), MoneyGram's REFERENCE NUMBER, a service's Transfer number / Transfer # / Transfer ID, Reference /
  Tracking / Confirmation number, Transaction number or Order number (whichever one the page prints: each page
  prints one), a bank's SWIFT Reference No. / Transaction Reference No. / Our Reference on an LRS advice, the
  UTR No. or Transaction Reference No. on an inward advice, Payment ID / Transaction ID on a bank's tracker, a
  forex load's Transaction ID, a counter's Receipt No / Transaction No, PayPal's Transaction ID, a card
  transaction's Auth code (None where none is printed). Never a PAN, an account, card or forex card number, a
  SWIFT / BIC, a purpose code, an Operator ID, a FIRC No. (the certificate's number, below the UTR or reference
  on the same page), an address's digits, a browser address (which repeats the transfer number where it shows).
* date: the day the transfer or payment was made, ISO (Date, Created on, Transfer date, Sent on, Date sent,
  Created, Sent, Transaction date, Order date, Value / Credit Date on an inward advice). *settled*: never an
  arrival estimate (Should arrive by, Estimated arrival, Expected delivery), the day money is Available to the
  receiver, a card's Posted on, a cancellation's or return's day (Cancelled on, Returned on), a card's validity.
* payment_method: how the customer paid, "card", "netbanking", "cash", "UPI", "wallet" or None where no way is
  printed. Paid with a card (Visa ending 1234, Mastercard •• 1234), DEBIT CARD ****1234, Card, a Tendered card:
  card; Paid with / Funding source a bank transfer (ACH, SEPA, Bank account), Mode SWIFT wire transfer /
  SWIFT inward, Payment type International (SWIFT) transfer, Payment Mode NEFT or Net Banking: netbanking;
  CASH, Cash: cash; Payment Mode UPI: UPI; PayPal balance: wallet. *settled*: a recipient's delivery (bank
  deposit, UPI ID, cash pickup, mobile wallet) is never the way paid, nor a forex card being loaded (its masked
  number), nor the service; an inward remittance advice's Mode SWIFT inward is netbanking (a wire).
* status: *settled* for the transfer, as the page words it: success on Completed, Transfer completed, Paid out,
  Delivered to …, Money delivered, Transfer complete, Processed, Remittance sent, Credited, Credited to account,
  Load Successful, Card loaded successfully, APPROVED, PAID, Posted / Settled (a card transaction), Your money
  has been delivered; pending on In progress, Processing, Waiting for your money, Your transfer is on its way,
  Processing your transfer, Transfer in progress, Initiated, Under process, Pending - sent for compliance
  review, Credit pending - purpose code awaited, Load pending - funds awaited, Pending, We are processing your
  transfer; failed on Cancelled, Transfer cancelled, Transfer failed, Returned (to your account / - beneficiary
  account closed), Rejected, Load failed, CARD DECLINED, TRANSACTION VOID, Denied, could not be completed, and on
  every cancelled or returned transfer even where its refund is done (the transfer did not reach the
  recipient; the refund is no outcome of it). A tracker's list of steps is no status; its Status row is. An
  agent's send slip and most travel-money receipts print no outcome: None.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout93_families import compose
from bench.receipt_sets.heldout101_families import (
    app_screen,
    bank_tracker,
    cancelled,
    card_foreign,
    counter_slip,
    forex_load,
    fresh,
    fx_counter,
    inward_advice,
    lrs_advice,
    paypal_email,
    two_column_mail,
    web_receipt,
)

SPLIT = "heldout101"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens, web pages and e-mails in
# sans faces, bank advices in serif or sans faces, counter slips in monospaced or narrow faces; ₹ is printed only
# in faces that draw it (heldout86_families.Rs), and the page's truth checks every glyph.
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
THERMAL_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("web_receipt", web_receipt, SCREEN_FACES[:4]),
    ("app_screen", app_screen, SCREEN_FACES),
    ("counter_slip", counter_slip, THERMAL_FACES),
    ("lrs_advice", lrs_advice, PAPER_FACES),
    ("inward_advice", inward_advice, PAPER_FACES),
    ("bank_tracker", bank_tracker, SCREEN_FACES),
    ("forex_load", forex_load, PAPER_FACES[3:] + THERMAL_FACES[:2]),
    ("fx_counter", fx_counter, THERMAL_FACES),
    ("card_foreign", card_foreign, SCREEN_FACES),
    ("paypal_email", paypal_email, SCREEN_FACES[:4]),
    ("two_column_mail", two_column_mail, SCREEN_FACES[:4] + PAPER_FACES[:2]),
    ("cancelled", cancelled, SCREEN_FACES),
]


def make_heldout101_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout101 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

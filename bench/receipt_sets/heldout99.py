"""heldout99: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from heldout2 to heldout98's layouts: one purchase, several sums, receipts
where more than one amount could be taken for the sum paid, in the US, the UK, the euro area and India: a till's
split tender (a gift card with its balance, rewards points or store credit taking part of the TOTAL, BALANCE DUE,
then the card's part with AUTH CODE / APPR CODE / APPROVAL and a TRANS footer); a counter's split (India: Bill
Amount, "Less: Credit Note CN…", "Paid by UPI" and a UPI Ref No; the euro area: TOTAL, CASH, then the card's
part with an auth code or RRN); an exchange slip (RETURN / SALE lines, Original total, Refund credit applied, NEW
ITEMS, BALANCE TO PAY / AMOUNT DUE, the sum CHARGED); a hotel's or car rental's PRE-AUTHORISATION (Amount held /
Pre-auth amount / AUTH AMOUNT, "Funds held - not charged") or its PRE-AUTH COMPLETION (Pre-auth amount, an
Incremental auth on some hotels, FINAL AMOUNT / COMPLETION AMOUNT / TOTAL CHARGED); a pay-at-pump slip (PRE-AUTH
$100.00, volume and unit price, FUEL SALE / TOTAL, or PRE-AUTH DECLINED with no fuel); cash back at a till (the
groceries' total, CASHBACK, the card's DEBIT CARD / TOTAL DEBITED / CARD TOTAL, CHANGE); a restaurant's card slip
(Subtotal, Tax, Amount, Tip / Gratuity, TOTAL, a suggested-tip line); a deposit or advance applied (Order value,
"Less: advance paid on <day>", Balance paid now / Balance received / Amount received today, a zero Balance
outstanding); a layaway plan or an Indian jeweller's gold savings scheme (Plan total, Paid before (k-1 of n), This
payment (k of n), Remaining balance); a bill paid in part (Bill Amount / Bill total, Amount Paid, Balance
Outstanding / Still to pay, a Due Date on Indian pages); a grocery till with a COUPON, a MEMBER DISCOUNT and YOU
SAVED beside the TOTAL; and a currency-conversion (DCC) slip (the sale in euros or pounds, the exchange rate and
mark-up, TRANSACTION AMOUNT / TOTAL in the card's currency, Transaction currency, the cardholder's acceptance).
Mostly paid; some declined, voided, pending (a hold, a payment processing or pending at the bank).

Sums: India ₹ (only in faces that draw it), Rs., Rs or INR, lakh grouping on most pages; the US $ or USD; the UK
£ or GBP; the euro area € or EUR, grouped the English way on slips with English wording and the German, Dutch,
French or Italian way on some. Dates as heldout97 prints them per currency (US month first), most with a time.
Faces: thermal slips in monospaced or narrow faces, printed pages in serif or sans faces; slips and pages flat or
lying on a counter or desk (``heldout93_families.compose``'s frame, turned at most 1.5°). Degradations as
heldout97 (``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* amount: the sum of the payment the receipt is proof of, as "1234.50". *settled*, one rule for every family: the
  sum that this receipt's payment (the card, UPI, bank or cash payment it records, with its own id where one is
  printed) took or asked for, never the purchase's gross, a total before what was taken off, nor another
  tender's part. So: a split tender counts the card's or UPI's part (the BALANCE DUE the card paid after a gift
  card, points or store credit, the card's part after CASH, "Paid by UPI" after a credit note), not the
  purchase's TOTAL: a gift card, points and store credit are the shop's own credit, no payment of the five ways,
  and cash tendered is a separate payment with no reference; the card's part is the sum the approval code, the
  bank statement and the way to pay all describe. Cash back counts the card's debit (purchase + cash back: what
  the card paid; the cash handed back is the shop's change). A tip counts the slip's TOTAL with the tip. A
  hotel's or car rental's completion counts its final charge, never the pre-auth amount or an incremental auth
  beside it; a pre-authorisation alone counts the sum held (the only sum it records). A pay-at-pump slip counts
  the fuel sale, never the pre-auth; a declined pre-auth counts the pre-auth it asked for (no fuel, the only sum
  tried). An exchange counts the balance charged (the new items less the returned item's credit). A deposit
  applied counts the balance paid now, never the order value or the advance. An instalment counts this payment,
  never the plan's total, the sum paid before or the remaining balance. A bill paid in part counts the Amount
  Paid, never the bill or the balance outstanding. Coupons and discounts: the TOTAL after them (what the card
  paid), never the SUBTOTAL or YOU SAVED. A DCC slip counts the sum in the card's currency that the cardholder
  accepted (TRANSACTION AMOUNT / TOTAL in the home currency: the sum the card was charged), not the merchant's
  local sale.
* currency: the currency of that amount: INR, USD, GBP or EUR as the page prints it; *settled*: a DCC slip's is
  the card's currency (the "Transaction currency"), INR included.
* status: success where words state the money moved (APPROVED, APPROVED - THANK YOU, AUTHORISED, Approved,
  Payment Successful, PAID IN FULL - Thank you, Fully paid, Payment received - thank you); failed on DECLINED /
  CARD DECLINED / NOT AUTHORISED / PRE-AUTH DECLINED and on TRANSACTION VOIDED / SALE VOID / VOID; pending on
  "Payment pending at bank", "Payment processing", "Payment pending confirmation". *settled*: a
  pre-authorisation alone ("Funds held - not charged", "Payment pending: hold only") is pending: the money is held,
  not taken (its completion is the payment); the completion's APPROVED is success.
* date: the day of this payment as printed under Date / Payment Date / Date paid, ISO. Never the advance's day in
  "Less: advance paid on …", a Due Date. Every page prints its payment's day.
* payment_method: "UPI", "card", "netbanking", "cash" or None. A card slip's brand and masked number (VISA
  CONTACTLESS, **** 1234), Paid by / Paid with a card, Mode Card (…): card; Paid by UPI / Mode UPI / Payment
  Mode UPI: UPI; Payment Mode Net Banking: netbanking; Paid by Cash: cash. *settled*: a split tender's way is the
  way of the part counted (the card or UPI), never the gift card, points, store credit, credit note or cash beside
  it; cash back is card; a DCC slip is card.
* merchant_name: the shop, hotel, rental firm, station, restaurant, firm or biller in large type on top, as
  printed. Never the customer, the server, the scheme or plan, the card brand.
* transaction_id: at most one, as printed, the payment's own reference, the highest kind printed as README orders
  the families: a UPI Ref No, then an RRN, then a bank's Payment reference, then a Transaction ID, then an
  approval code (AUTH CODE / APPR CODE / APPROVAL / Auth Code / AUTH #), then a rental's own number (Rental
  Agreement RA-…, README's Rental ID), then a document's own number (Receipt No, Bill No);
  a till's bare TRANS footer only where no other code is printed (a declined split tender prints no approval
  code: its TRANS is the id). *settled*: a declined card slip prints no approval code, so a declined slip with no
  other code has None; the Orig. receipt number on an exchange slip names the earlier sale, never this payment
  (a declined exchange slip, which prints no approval code, has None beside it); a Plan # / Scheme No,
  Consumer No, Account number, Check, Table, Room, Agreement, Pump, TID, MID, GSTIN, a masked card and a gift
  card's or store credit's number are never the id.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout93_families import compose
from bench.receipt_sets.heldout99_families import (
    cashback,
    coupons,
    dcc,
    deposit_balance,
    exchange,
    fresh,
    instalment,
    part_bill,
    preauth,
    pump,
    split_counter,
    split_till,
    tip_slip,
)

SPLIT = "heldout99"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): thermal slips in monospaced or
# narrow faces, printed pages in serif or sans faces; ₹ is printed only in faces that draw it, and the page's
# truth checks every glyph.
THERMAL_FACES = [
    "liberation2/LiberationMono-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
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
FAMILIES: list[Family] = [
    ("split_till", split_till, THERMAL_FACES),
    ("split_counter", split_counter, PAPER_FACES[3:] + THERMAL_FACES[:2]),
    ("exchange", exchange, THERMAL_FACES),
    ("preauth", preauth, THERMAL_FACES),
    ("pump", pump, THERMAL_FACES),
    ("cashback", cashback, THERMAL_FACES),
    ("tip_slip", tip_slip, THERMAL_FACES),
    ("deposit_balance", deposit_balance, PAPER_FACES),
    ("instalment", instalment, PAPER_FACES[3:] + THERMAL_FACES[:3]),
    ("part_bill", part_bill, PAPER_FACES),
    ("coupons", coupons, THERMAL_FACES),
    ("dcc", dcc, THERMAL_FACES),
]


def make_heldout99_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout99 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)

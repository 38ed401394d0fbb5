"""heldout90: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout90).

Families (8 receipts each), drawn away from heldout2 to heldout88's layouts (heldout83's US, UK and euro-area
slips, tills, money apps, bills, parking, pharmacies and renewals above all): everyday payments in the US, the
UK, Ireland, Canada and Australia, in designs no earlier set drew: a sit-down restaurant's check in the US or
Canada (server, table, guests, Check / Chk number, dishes, Subtotal, sales tax, HST or GST and QST, the
check's Total / Check Total / Amount Due / Balance Due, a Suggested Gratuity / Tip Suggestions table of three
or four rates each with its tip and the total it would make, then the card slip: CUSTOMER COPY or MERCHANT
COPY, the scheme and masked card, Entry, Auth Code / Approval / Auth # and REF NO on a share, APPROVED or
DECLINED on a share, AMOUNT, and the TIP / + TIP / Gratuity and TOTAL / = TOTAL lines the guest wrote in: a
rate's tip or a tip that rounds the total up to whole dollars, written without a mark, a whole-dollar tip
without its cents on a share; blank on a declined card); a supermarket's till roll (KROGER, SAFEWAY, TRADER
JOE'S, TESCO, Sainsbury's, Lidl, ALDI, Dunnes Stores, LOBLAWS, Woolworths, Coles: store number, address,
phone, ABN, GST/HST or VAT number, items with "3 @ 3.99" lines and tax flags T, H or #, the club's price under
an item (KROGER SAVINGS, CLUB CARD SAVINGS, Clubcard Price, Nectar Price Saving, Lidl Plus Coupon, Value Club
Saving, PC OPTIMUM OFFER, Member Price, Flybuys Offer), a MULTIBUY 3 FOR … saving, a bag charge or levy,
SUBTOTAL, US TAX or HST 13 % added, TOTAL / BALANCE DUE / Total to pay, the tender with its EMV block (scheme,
masked card, AID, APP, CONTACTLESS / CHIP READ / INSERTED / TAP / PIN VERIFIED, AUTH CODE on a share, TVR and
PAN SEQ, APPROVED or AUTHORISED on a share) or CASH with CHANGE, Australian GST included, UK or Irish VAT
included, the day's savings, the club's masked card, points earned and balance, a fuel points', coupon's,
offer's or points' expiry day, the ST / REG / OP line with TRANS on a share or a Receipt No, the date and
time); a US drugstore's receipt (CVS/pharmacy, CVS pharmacy, Walgreens, RITE AID: ExtraCare Card #,
myWalgreens #, Rite Aid Rewards #, an RX# line with the patient's initials and a copay, items with the club's
price or savings beneath, ExtraBucks Rewards / Walgreens Cash rewards / BonusCash APPLIED, SUBTOTAL, TAX at a
rate, TOTAL / BALANCE DUE, a card, DEBIT TEND, FSA CARD, HSA VISA, APPLE PAY or CASH and CHANGE, ACCT #, REF#
with AUTH# or an AUTH CODE / APPROVAL # on a share, APPROVED or DECLINED on a share, savings today and this
year, rewards earned and available with their Expires day, "Your refill is due on …", the STORE / REG / TRANS
/ OP line and the date and time at the top or the foot); a money app's screen of a payment to a person or a
small business (Venmo, Zelle in Chase, Bank of America, Wells Fargo or Capital One, Cash App, PayPal in the
US, UK, Canada, Australia and Ireland, Revolut, Monzo, an Interac e-Transfer in RBC Royal Bank, TD, Scotiabank
or BMO, a PayID / Osko payment in CommBank, ANZ, NAB or Westpac: a status bar, the app or bank on top, You
paid / You sent money to / Payment to / To / Recipient / Sent to / Paid to over the payee or "You sent $x to"
over it, the sum large with a minus on a share, a $cashtag, an @tag, an e-mail or a phone under it, an outcome
word, Date / Sent on / When / Date sent, Scheduled for / Expected by / Arrives by / Deliver by, Paid with /
Funding source / Payment method, From Cash balance or a debit card, Type Revolut transfer, Bank transfer,
Faster Payment or SEPA Instant with a sort code or IBAN, Payment type, From / From account / Paid from a
checking, chequing or savings account, Note / For / Memo / Reference / Message / Description with the payer's
words (an invoice's number among them), a security question, Fee, Balance after / Available balance, and the
app's number: Payment ID / Transaction ID, Confirmation number / Confirmation # / Confirmation, Identifier #…,
Transaction ID, Reference number / Reference #, Receipt number / Receipt No.); a small shop's receipt e-mailed
by Square, Toast, SumUp, Clover or Stripe (From and Subject lines, a bakery, bike shop, barber, florist or
gift shop with its town, the sum large, items, a discount, Subtotal, Sales Tax, HST or GST added, VAT or GST
included, Tip / Gratuity, Total / Amount paid / Total charged, a card ending, Apple Pay or Google Pay with the
card in brackets, Cash, Entry, Auth code / Authorization / Approval / Auth #, Receipt # / Receipt, Check # /
Order #, Receipt number / Transaction ID, Order / Order #, a "… at …" line or Date / Date paid / Paid on,
Pickup / Ready for pickup / Collect on, "Returns accepted until …", the processor's footer); a parking or EV
charging session's receipt (ParkMobile, RingGo, PayByPhone, ChargePoint, a Tesla Supercharger, bp pulse:
Location / Site / Station, Zone / Location number / Zone #, Charger / Station ID / Charger ID / Stall,
Vehicle, Start / Started / Session start and End / Ended / Expires / Session end with days (past midnight the
next day), Duration, Tariff / Parking / Parking cost, Transaction, Convenience or Service fee, Text reminder,
Energy in kWh, Price / Rate per kWh, Charging / Energy cost / Session cost, Idle fee or Overstay fee, Parking
tax, HST 13 %, Total / Total paid / Amount charged / Total charged, VAT or GST included, an ABN, Payment
method / Paid with / Card, Session ID / Session / Parking session / Charging session, Receipt number /
Transaction ID / Receipt # / Invoice No., Date / Payment date / Charged on / Paid on); a utility's or
council's bill paid online (Georgia Power, Xcel Energy, LADWP, Dominion Energy, City of Austin Utilities,
Denver Water, Leeds and Bristol City Councils' council tax, Anglian Water, Scottish Power, Uisce Éireann,
Flogas, Dublin City Council, Toronto Hydro, BC Hydro, the City of Ottawa's property tax, Enbridge Gas, Sydney
Water, AGL, the City of Melbourne's rates, Origin Energy: the account holder, Account number / Account # /
Customer number or Council Tax reference / Roll number / Assessment number / Property number, the service
address, Bill date / Statement date / Bill issued, Amount due / Balance due / Statement balance / Amount
owing, Due date / Due by / Payment due, Payment amount / Amount paid / You paid / Amount (a part on a share,
with Remaining balance / Balance after payment / Still to pay), a US Convenience / Service / Processing fee
with Total charged / Total payment, Payment method / Paid with / Paid by, Confirmation number / Confirmation #
/ Payment reference / Reference number / Receipt number / BPAY receipt no., Payment date / Date paid /
Submitted on / Date, an AutoPay, next direct debit or next bill's day, a processor's footer); a subscription's
or gym's renewal e-mail (Apple with its Order ID and Document No., Google Play with its GPA. Order number,
Spotify with its Order ID or Receipt number, PureGym with Member number, Home gym and Payment reference /
Reference: the account's e-mail, Date / Order date / Payment date / Date paid, the plan, Renews / Next billing
date: / Renews on / Next payment, a first month at half price, US Subtotal and Tax, Canadian HST, GST, GST/HST
and PST, Total / TOTAL / Amount charged / Total charged, "Includes VAT of 20%" or GST of 10 %, Billed to /
Payment method / Paid with, "Your next payment of £x will be taken on …", the legal entity's footer, an ABN or
GST/HST number); a dry cleaner's or shoe repairer's ticket (Sunrise Cleaners, Kim's Tailor & Cleaners, Heel &
Sole Shoe Repair, Timpson, Johnsons the Cleaners, Jeeves of Belgravia, Mister Minit, Lilliput Dry Cleaners,
Bayview Cleaners, Jim's Dry Cleaning …: the ticket's number large (Ticket # / No. / Ticket No. / Invoice #),
Customer, Phone, Date / Date in / In, Ready / Ready by / Pick up / Collect, items, Pieces and a Tag, an
express surcharge or a 10 % discount, Subtotal with sales tax or HST, TOTAL / Total / Amount, GST or VAT
included, Paid by / Tender / Payment with a card and Auth / Auth Code / Approval on a share, Cash and Change,
PAID / PAID IN FULL / ** PAID **, or UNPAID - PAY ON COLLECTION / AWAITING PAYMENT); a hardware store's
receipt of a return and an exchange (THE HOME DEPOT, LOWE'S, B&Q, Bunnings Warehouse, CANADIAN TIRE: STORE /
REG / CASHIER, ** RETURN ** or ** Refund / Return ** with the returned item's barcode and price with a
trailing minus, ORIG RECEIPT, ORIG DATE, RETURN AUTH #, ** EXCHANGE ** / ** SALE ** / NEW ITEMS with barcodes
and "2 @ 6.98" lines, SUBTOTAL, SALES TAX or HST 13 %, TOTAL / BALANCE DUE / TOTAL DUE, GST or VAT included,
the scheme's TEND, INTERAC or EFTPOS with ACCOUNT #, AID, AUTH CODE / APPROVAL # / AUTH # on a share, APPROVED
/ AUTHORISED / DECLINED on a share, PRO XTRA # / MYLOWE'S # / B&Q Club / PowerPass / Triangle Rewards, RECEIPT
# / TRANS # / TRANSACTION NO, the date and time, a RETURN POLICY … EXPIRES ON day); a ride's receipt, an app's
e-mail (Lyft, Uber, Bolt, FREENOW: the greeting, a date line, the sum large, Base fare / Trip fare, Distance,
Time, Booking / Service / Platform fee, Airport surcharge, Tolls, Promotion, Sales tax or HST, Subtotal and
Tip / Tip added / Driver tip, Total / Total charged / Amount charged, GST included with an ABN, VAT included,
Payment / Paid with / Charged to, pickup and drop-off times and places, Driver / You rode with, Vehicle /
Licence plate / License plate, Ride ID / Trip ID / Invoice no. / Booking ID, the company's footer) or a London
black cab's printed card slip (ComCab London, Gett Black Cabs, Dial-a-Cab, London Taxi Co-op: TAXI NO, BADGE
NO, DATE, START, END, FARE, EXTRAS, TIP, TOTAL, the card, AUTH CODE, APPROVED / AUTHORISED / FARE PAID /
DECLINED, RECEIPT NO); and a charity's donation receipt (St. Jude Children's Research Hospital with its EIN,
Macmillan Cancer Support with Gift Aid, Barnardos with CHY and RCN, the Canadian Red Cross's official receipt
for income tax purposes with its registration number, Eligible amount of gift and Date receipt issued, Cancer
Council NSW with its ABN: Donor / Name / Received from, Donation amount / Amount donated / Gift amount /
Amount, Frequency, Payment method / Paid by / Paid with, Receipt number / Receipt No. / Serial number,
Transaction ID / Payment reference / Transaction reference, Date received / Donation date / Date of donation /
Date / Date donation received, the next monthly gift's day) or an event ticket's order receipt (Ticketmaster,
Eventbrite, See Tickets, DICE, Ticketek: Order # / Order number / Order No., the event and its venue, Event
date / Date of event / When, tickets with section, row and seat or a GA barcode, Service / Booking fee, an
order processing or delivery fee, Tax or HST, Order total / Total / Total paid, GST included with an ABN, a
GST/HST number, Payment method / Paid with / Payment, Order date / Ordered on / Purchase date / Date). Pages
as tills, slips and tickets on paper, app screens light, dark and banded with a status bar on a share, e-mails
and web pages. Dollars as $ on US, Canadian and Australian pages (US$, USD, C$, CA$, CAD, A$, AUD on a share),
pounds as £ or GBP, euros as € or EUR, before the sum (a code after it on a share), Western grouping or plain;
dates one pattern per page: month first on US pages (01/08/25, 01-18-2026, Jul 19, 2025, Sat, Apr 25, 2026),
day first on UK, Irish and Australian pages (20/01/2025, 18.06.2025, 6 Jul 2025, 20 September 2025, Sat 25 Apr
2026), year first or a month name on Canadian pages (2025-07-19, 2025/07/19, Jul 19, 2025, 19 Jul 2025; never
an all-numeric day and month there). Every family prints days that are not the day paid on most pages (coupon
and points expiry, rewards' Expires, a refill's due day, a scheduled or expected day, a pickup or ready day, a
returns deadline, a session's start and end, a bill's date, due date and next payment, a renewal or next
billing day, an original receipt's day, a return policy's last day, a receipt's issue day, a next monthly
gift, an event's day). Faces: the project's installed faces (Noto, DejaVu, Liberation, FreeFont; packages in
the Makefile's APT_PACKAGES): sans faces (Noto Sans, Noto Sans Display, Noto Sans Italic, Liberation Sans,
FreeSans, DejaVu Sans) on screens and e-mails, monospaced faces (DejaVu Sans Mono, Liberation Mono, Liberation
Mono Bold, FreeMono, Noto Sans Mono, Noto Mono) on tills, slips and tickets, serif and narrow faces (Noto
Serif, Noto Serif Display, DejaVu Serif, Liberation Serif, FreeSerif, Liberation Sans Narrow) on bill pages
and donation or ticket receipts. A line too wide for its page is broken onto the next
(``heldout88_families.fitted``). Degradations as heldout66 (``heldout14_render.degrade``; screens, e-mails and
web pages are always photographed off the display, ``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50": a restaurant slip's TOTAL / =
  TOTAL / Total written in (the check's total and the tip written in; never the Subtotal, a tax, the check's
  Total / AMOUNT before the tip, a suggested tip or its total), on a declined slip its AMOUNT (the check's
  total tried); a till's TOTAL / BALANCE DUE / Total to pay / Total / Balance Due (club and multi-buy savings
  off, the bag charge in, US tax and HST added; never the SUBTOTAL where tax is added, a saving, GST or VAT
  included, points, cash tendered or change); a drugstore's TOTAL / BALANCE DUE (copay and items after
  savings and a rewards credit, tax added; never the SUBTOTAL, savings, rewards earned or available, cash or
  change); a money app's sum large (without its minus) or the sum in "You sent … to" (never a fee, a balance
  after or available); a shop e-mail's sum large, its Total / Amount paid / Total charged (discount off, tax
  and tip in; never the Subtotal or VAT or GST included); a session's Total / Total paid / Amount charged /
  Total charged (fees, idle or overstay fees and taxes in; never the tariff, the parking or energy cost alone
  or the price per kWh); a bill payment's Payment amount / Amount paid / You paid / Amount, or where a US fee
  is added its Total charged / Total payment (never the Amount due / Balance due / Statement balance / Amount
  owing, nor the balance left after a part payment); a renewal's Total / TOTAL / Amount charged / Total
  charged (a first month's offer off, US tax and Canadian GST, HST and PST added; never the full price in
  "your next payment of …" or VAT or GST included); a cleaner's or cobbler's TOTAL / Total / Amount (an
  express surcharge in, a discount off, US tax or HST added), also on an unpaid ticket; a hardware receipt's
  TOTAL / BALANCE DUE / TOTAL DUE (the new items less the returned one, tax added; never the returned item's
  price or the SUBTOTAL where tax is added); a ride e-mail's sum large, its Total / Total charged / Amount
  charged (fees, tolls and tax in, a promotion off, a tip in; never the Subtotal before the tip), a cab slip's
  TOTAL (fare, extras and tip); a donation's Donation amount / Amount donated / Gift amount / Amount (never
  the Gift Aid to be claimed); a ticket order's Order total / Total / Total paid (tickets, fees, delivery and
  tax; never a ticket's price). currency: USD on US pages, CAD on Canadian pages, AUD on Australian pages,
  GBP on UK pages, EUR on Irish pages. A bare $ is the page's own country's dollar: every Canadian or
  Australian page that prints a bare $ names its country (a province or state in an address or site, an
  HST, GST/HST or QST line or number, Interac, a Canadian bank, an ABN, Australian GST included, EFTPOS, a
  PayID), and PayPal's Canadian and Australian pages print C$ / CAD or A$ / AUD.
* date: the day paid (or tried, or set up), as printed, ISO: a restaurant check's date line; a till's or a
  drugstore's date-and-time line; a money app's Date / Sent on / When / Date sent (a scheduled or pending
  transfer's day set up); a shop e-mail's "… at …" line or Date / Date paid / Paid on; a session's Date /
  Payment date / Charged on / Paid on; a bill payment's Payment date / Date paid / Submitted on / Date; a
  renewal's Date / Order date / Payment date / Date paid; a ticket's Date / Date in / In (an unpaid ticket's
  day in); a hardware receipt's date-and-time line; a ride e-mail's date line under the greeting, a cab slip's
  DATE; a donation's Date received / Donation date / Date of donation / Date / Date donation received; a
  ticket order's Order date / Ordered on / Purchase date / Date. None where the page leaves that line off,
  even where another day printed falls on the same day. Never Fuel points expire, Coupon valid until, Offer
  ends, Points expire, a rewards' Expires, "Your refill is due on", Scheduled for, Expected by, Arrives by,
  Deliver by, Pickup / Ready for pickup / Collect on, Returns accepted until, Start / Started / Session start,
  End / Ended / Expires / Session end (a parking session's end), Bill date / Statement date / Bill issued, Due
  date / Due by / Payment due, an AutoPay's next payment, Next direct debit, Next bill expected, Renews /
  Next billing date / Renews on / Next payment and "your next payment … will be taken on", Ready / Ready by /
  Pick up / Collect, ORIG DATE, RETURN POLICY … EXPIRES ON, Date receipt issued, the next monthly gift's day,
  Event date / Date of event / When on a ticket order.
* payment_method: "card", "wallet", "netbanking", "cash" from the printed way paid, as heldout83 and
  heldout73 map the wordings: a slip's or till's scheme and masked card (VISA, MASTERCARD, AMEX, DISCOVER,
  VISA DEBIT, DEBIT MASTERCARD, INTERAC, EFTPOS, DEBIT TEND, FSA CARD, HSA VISA), a card ending, Visa •••• …,
  Cash App paid From a Visa Debit are cards (every restaurant slip, hardware receipt and cab slip is a card);
  Apple Pay and Google Pay (also with a card in brackets), PayPal, Venmo and PayPal screens whatever funds
  them, Cash App paid From Cash balance, a Revolut transfer to an @tag (Type Revolut transfer), ChargePoint
  balance, Uber Cash and Lyft Cash are wallets; Zelle, an Interac e-Transfer and a PayID / Osko payment from a
  bank account, Monzo's and Revolut's Faster Payment, Bank transfer or SEPA Instant to a sort code or IBAN, a
  Checking account (ACH), Bank transfer, Direct Debit / Direct debit, Online banking, Pre-authorized debit,
  BPAY and Bank account (EFT) are netbanking; CASH / Cash with change, and Cash on a ride, are cash. None
  where no way is printed (a Cash App screen without its From line, a session, bill, renewal, shop e-mail,
  ride, donation or ticket order that leaves it off, an unpaid ticket).
* status: only where words state the payment's outcome; None otherwise. Success: APPROVED, Approved,
  APPROVED - THANK YOU, APPROVED THANK YOU, AUTHORISED, FARE PAID, Sent, Completed, Payment complete, Paid,
  Money sent, Transfer complete, Payment successful, Charge complete - paid, Thank you, your payment has been
  received, Payment received, Your subscription has been renewed, Renewal complete, PAID, PAID IN FULL, **
  PAID **, Thank you - your donation has been received, Donation successful, Order confirmed and paid.
  Failed: DECLINED, Declined, Failed, Payment failed, Transfer failed, Payment declined, Your payment was
  declined, Payment failed - please update your card, Payment unsuccessful, We couldn't process your payment,
  We couldn't renew your subscription - payment declined, Payment failed - update your payment method,
  Payment failed - your donation was not taken, Payment failed - your tickets were released. Pending:
  Pending, Processing, Scheduled, In progress, Payment pending, Processing payment, Payment scheduled, Payment
  processing, Pending - allow 2-3 business days, Your payment is being processed, UNPAID - PAY ON COLLECTION,
  AWAITING PAYMENT, Payment pending - tickets on hold. A heading (CUSTOMER COPY, MERCHANT COPY, Card
  Receipt, Receipt, Payment confirmation, Online payment receipt, Payment summary, … - Pay my bill, Session
  ended, Parking session, Charging receipt, Session summary, Your receipt, Membership payment, Your Google
  Play Order Receipt, TAXI RECEIPT, Here's your receipt, Your trip receipt, Donation receipt, Thank you for
  your gift, Your donation, Official donation receipt for income tax purposes, Order confirmation, Your
  tickets), a greeting (Thanks for riding, …; Thank you for dining with us; Thank you for shopping with us), a
  label of a sum paid (Amount paid, Total paid, You paid, Paid with, Paid by, Paid on, Date paid), PIN
  VERIFIED, the slip's "I agree to pay the above total amount", AutoPay is on, a processor's footer (Payment
  processed by SumUp, Payments processed by Paymentus / Civica Pay) and the fine print (Payments may take up
  to 2 business days to appear …, Tickets are non-refundable, Not responsible for items left over 30 days)
  state none.
* transaction_id: at most one, as printed (a leading # dropped, spaces inside kept, a mixed-case id in its
  case), the strongest the page prints: a restaurant slip's Auth Code / AUTH CODE / Approval / Auth #, else
  the check's Check / Chk / Check # number; a till's AUTH CODE / AUTH # / APPROVAL CODE / Auth Code, else
  the TRANS number on its ST / REG / OP line, else its Receipt No / Receipt # / Trans No; a drugstore's AUTH#
  / AUTH CODE / APPROVAL #, else the TRANS number on its STORE / REG / TRANS / OP line; a money app's number:
  Venmo's Payment ID / Transaction ID, Zelle's Confirmation number / Confirmation # / Confirmation, Cash
  App's Identifier (without its #), PayPal's, Revolut's and Monzo's Transaction ID (a tx_ id in its case), an
  Interac e-Transfer's Reference number / Reference # (CA…, in its case), a PayID payment's Receipt number /
  Receipt No. (None where none is printed); a shop e-mail's Auth code / Authorization / Approval / Auth #,
  else Square's Receipt # / Receipt (four characters in their case), Toast's Check # / Order #, SumUp's
  Receipt number / Transaction ID, Clover's Order / Order #, Stripe's Receipt # / Receipt number; a
  session's Receipt number / Transaction ID / Receipt # / Invoice No., else its Session ID / Session /
  Parking session / Charging session; a bill payment's Confirmation number / Confirmation # / Payment
  reference / Reference number / Receipt number / BPAY receipt no. (None where none is printed); a renewal's
  Order ID (Apple's; never its Document No.), Order number (Google Play's GPA.…), Order ID / Receipt number
  (Spotify's), Payment reference / Reference (PureGym's) (None where none is printed); a ticket's Auth / Auth
  Code / Approval, else its own number (Ticket # / No. / Ticket No. / Invoice #); a hardware receipt's AUTH
  CODE / APPROVAL # / AUTH #, else its RECEIPT # / TRANS # / TRANSACTION NO; a ride e-mail's Ride ID (Lyft),
  Trip ID (Uber, in its case), Invoice no. (Bolt), Booking ID (FREENOW) (None where none is printed), a cab
  slip's AUTH CODE, else its RECEIPT NO; a donation's Transaction ID / Payment reference / Transaction
  reference (a pi_ id in its case), else its Receipt number / Receipt No. / Serial number; a ticket order's
  Order # / Order number / Order No. (None where none is printed). Never REF NO / Ref # / REF# beside an auth
  code, a server's number, a table, guests, AID, TVR, PAN SEQ, a masked card or ACCT #, a club's, rewards' or
  trade card's number (Clubcard, Nectar, PC Optimum, Flybuys, ExtraCare, myWalgreens, PRO XTRA, PowerPass,
  Triangle Rewards …), points, store, register, operator and cashier numbers, an RX# number, a $cashtag, an
  @tag, a phone, an e-mail, a sort code, an account number or IBAN, a payer's Note / For / Memo / Reference /
  Message / Description (even "Invoice 1042"), a Zone / Location number, a Charger / Station ID / Stall, a
  plate, an account, customer, council tax, roll, assessment or property number, a Document No., a Member
  number, a tag, ORIG RECEIPT, RETURN AUTH #, a barcode or SKU, TAXI NO, BADGE NO, a charity's EIN,
  registration, CHY or RCN, an ABN, a GST/HST or VAT number, a seat or a GA barcode.
* merchant_name: the payee as printed: the restaurant on top; the chain as its top line prints it (KROGER,
  TRADER JOE'S, Sainsbury's, ALDI, LOBLAWS, Coles …); the drugstore as its top line prints it (CVS/pharmacy,
  CVS pharmacy, Walgreens, RITE AID); a money app's payee, the person or business under You paid / You sent
  money to / Payment to / To / Recipient / Sent to / Paid to or named in "You sent … to" (never the app, the
  bank, a handle, a phone or an e-mail); the shop on top of its e-mail (never Square, Toast, SumUp, Clover or
  Stripe); the parking or charging app on top (ParkMobile, RingGo, PayByPhone, ChargePoint, Tesla, bp pulse;
  never the site or location); the biller on top (never the account holder or a processor in the footer);
  the service on top (Apple, Google Play, Spotify, PureGym; never its legal entity in the footer or the
  account's e-mail); the cleaner or cobbler on top (never the customer); the store as its top line prints it
  (THE HOME DEPOT, LOWE'S, B&Q, Bunnings Warehouse, CANADIAN TIRE); the ride app on top (Lyft, Uber, Bolt,
  FREENOW; never the driver or the company in the footer), the cab's company on top of its slip; the charity
  on top; the ticketer on top (Ticketmaster, Eventbrite, See Tickets, DICE, Ticketek; never the event, the
  venue or the donor).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout90_families import (
    bill_online,
    cleaner_ticket,
    donation_ticket,
    grocery_roll,
    hardware_return,
    p2p_transfer,
    parking_ev,
    pharmacy_rewards,
    pos_email,
    restaurant_check,
    ride_receipt,
    subscription_email,
)

SPLIT = "heldout90"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), all from the Makefile's
# packages (fonts-dejavu-core, fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core,
# fonts-noto-mono): app screens and e-mails in sans faces, tills, slips and tickets in monospaced ones, bill
# pages and donation or ticket receipts in serif and narrow faces; every face holds $, £, €, É and •.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSans.ttf",
    "noto/NotoSans-Italic.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "noto/NotoMono-Regular.ttf",
    "liberation/LiberationMono-Bold.ttf",
]
SHEET_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSerifDisplay-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("restaurant_check", restaurant_check, SLIP_FACES),
    ("grocery_roll", grocery_roll, SLIP_FACES),
    ("pharmacy_rewards", pharmacy_rewards, SLIP_FACES),
    ("p2p_transfer", p2p_transfer, SCREEN_FACES),
    ("pos_email", pos_email, SCREEN_FACES),
    ("parking_ev", parking_ev, SCREEN_FACES),
    ("bill_online", bill_online, SHEET_FACES),
    ("subscription_email", subscription_email, SCREEN_FACES),
    ("cleaner_ticket", cleaner_ticket, SLIP_FACES),
    ("hardware_return", hardware_return, SLIP_FACES),
    ("ride_receipt", ride_receipt, SCREEN_FACES),
    ("donation_ticket", donation_ticket, SHEET_FACES),
]


def make_heldout90_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout90 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

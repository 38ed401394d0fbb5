"""heldout83: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout83).

Families (8 receipts each), drawn away from heldout2 to heldout82's layouts: the commonest payment receipts of the
US, the UK and the euro area in new designs, in dollars, pounds and euros ($, US$, USD, £, GBP, €, EUR; Western
grouping on US, UK and Irish pages, dots or spaces before a decimal comma on German, Dutch, French, Spanish and
Italian pages, a bare decimal comma on a share): a card terminal's customer copy (Verifone, Ingenico, SumUp, Clover,
Worldline, Adyen, Dojo, PAX; English, or German, Dutch or French words on a share of euro slips) with its EMV lines,
a supermarket chain's till receipt with its loyalty scheme (Tesco, Sainsbury's, Co-op, Morrisons, Kroger, Safeway,
Target, Publix, Dunnes Stores, SuperValu, REWE, EDEKA, Lidl, Albert Heijn, Jumbo), a coffee shop's receipt e-mailed
by its tablet POS (Square, Toast, Clover, SumUp, Lightspeed) with a tip, an online order's confirmation e-mail
(Best Buy, Newegg, Etsy, B&H, Target.com, Currys, ASOS, John Lewis, Argos, eBay, Harvey Norman, Arnotts, Zalando,
MediaMarkt, bol.com, Coolblue, Fnac, Darty, El Corte Inglés, PcComponentes, Unieuro, Yoox), a money app's
transaction screen (PayPal, Venmo, Cash App, Revolut, Wise, Monzo), a utility or phone bill's payment confirmation
page (Con Edison, PG&E, Duke Energy, Verizon, AT&T, Xfinity, T-Mobile, British Gas, Octopus Energy, EDF, Thames
Water, EE, Vodafone, BT, Virgin Media, Electric Ireland, Bord Gáis Energy, Eir, SSE Airtricity), a car park
operator's app receipt (NCP, Q-Park, APCOA, SP+, LAZ, ParkWhiz, Park Rite, Contipark, Interparking, Indigo, Effia;
pay on exit or pre-booked), a hotel folio with its payment line (Courtyard, Hampton Inn, Hyatt Place, Premier Inn,
Travelodge, Holiday Inn, Maldron, Motel One, NH, Hotel V, ibis, Hotel Arts), a restaurant's bill with a service
charge and a split (Dishoom, The Ivy Café, Hawksmoor, Carmine's, The Smith, Lou Malnati's, The Woollen Mills, Café
de Klos, Brauhaus Lemke …), a pharmacy's till receipt (CVS, Walgreens, Rite Aid, Boots, Superdrug, Well Pharmacy,
McCabes, German Apotheken in German), a subscription's renewal receipt e-mail (Spotify, Netflix, Disney+, Adobe,
Microsoft 365, The New York Times, The Economist, Dropbox, Duolingo) and a fuel station's pay-at-pump slip (Shell,
Chevron, Exxon, Marathon, Sunoco, BP, Esso, Texaco, Circle K, Applegreen, Maxol, Aral, JET, TotalEnergies, Tango,
TinQ; German and Dutch words on a share). Their pages print, besides the truths, people who are not the payee
(customers, account holders, guests, servers, cardholders on a money app, recipients of an e-mail), companies that
are not the payee (a terminal's maker, a tablet POS, a payment processor, a chain's or hotel's operating company, a
marketplace's seller, a booking site, a service's legal entity, a card scheme), other days (an estimated delivery,
a bill's due date and the next bill, a pre-booked parking's start, arrival days and dated folio lines, a next
refill, a billing period and the next billing or renewal day), other numbers (MID, TID, AID, TVR, TSI, ATC, a
cryptogram, PAN SEQ, masked cards, loyalty, member and rewards numbers, store, till and operator numbers, VAT and
USt-IdNr. numbers, account numbers, plates, room, confirmation and reservation numbers, Rx numbers and a PZN, pump
numbers) and other amounts (a base with a gratuity, loyalty prices and savings, subtotals, sales tax added, VAT
included, a points balance, cash tendered and change, item prices, promo codes, delivery, an amount due beside a
part payment, a US convenience fee, the balance left, a tariff and a booking fee, nightly rates, city taxes, a
zero balance, suggested gratuities, a split's shares and the balance left to pay, an insurance's share and a
copay, an exchange rate, spent this month, a balance after, a future price, a pre-authorised hold, a price per
unit, a volume, a cents-off saving), and word outcomes as successes, failures and waits on a share (as a heading,
beside the sum, on a slip's line of its own) or none. Dates: one pattern per page (month first on US pages only;
ISO, day first with slashes, dots or dashes, month names in English, or German, Dutch and French on those pages).
Faces: the project's installed faces (Noto, DejaVu, Liberation, FreeFont): sans faces on screens and e-mails,
monospaced ones on slips and tills, sans and serif on web pages and folios. Degradations as heldout66
(``heldout14_render.degrade``; screens, e-mails and web pages are always photographed off the display,
``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50": a terminal slip's TOTAL / Gesamt / Totaal
  with its GRATUITY / TIP, else its AMOUNT / PURCHASE / SALE AMOUNT / Betrag / Bedrag / MONTANT; a till's TOTAL /
  BALANCE DUE / TOTAL TO PAY / SUMME / ZU ZAHLEN / TOTAAL / Te betalen after loyalty savings, with US TAX (never the
  SUBTOTAL, the savings, the VAT, the points, cash tendered or change); a coffee e-mail's Total with its tip (the
  large sum on top); an order's Order total / Total / Grand total (delivery in, a promo off, US tax in); a money
  app's large sum or its "You sent … to" sum (never a balance after, spent this month or a rate); a bill payment's
  Total charged / Total payment where a US convenience fee is added, else its Payment amount / Amount paid / You
  paid / Amount (never the bill's amount due or the balance left); a parking receipt's Total / Total paid / Amount
  charged (a fee in, a discount off, US parking tax in; never the tariff); a folio's payment line (the charges'
  total; never a nightly rate, a city tax or the zero balance); a restaurant's payment: the whole bill with a tip
  added (Total charged / Total paid) or its Amount paid / Paid, or on a split bill the one share this receipt is
  for (Amount paid / Paid / This payment; never the bill's total, a share "each", the balance remaining or a
  suggested gratuity); a pharmacy's TOTAL / BALANCE DUE / SUMME (copays, NHS charges, a Zuzahlung and items, US tax
  in, savings off; never a retail price, the insurance's share, VAT, points or change); a subscription's Total /
  Total charged / Amount charged / Total paid / Amount due (a discount off, US tax in; never the price before the
  discount or a future price); a pump slip's TOTAL / FUEL SALE / AMOUNT / Betrag / SUMME / Gesamt / Bedrag / TOTAAL
  after a cents-off saving (never the pre-authorised hold, the price per unit or the volume). currency: USD on US
  pages, GBP on UK pages, EUR on euro pages (every page prints its mark or code beside the sum).
* date: the day paid (or tried) as printed, ISO: a slip's DATE / Datum / Date line or its date-and-time line; a
  till's or pharmacy's date-and-time line; a coffee e-mail's "Mar 12, 2025 at 8:14 AM" line; an order's Order date
  / Ordered on / Placed on; a money app's Date / When / Date and time or its "… at …" line; a bill payment's Payment
  date / Date / Date paid / Submitted on; a parking receipt's Booked on / Paid on / Purchase date, or a pay-on-exit
  stay's Date; a folio's payment line (dated on the departure day, printed also under Departure / Check-out); a
  restaurant's Date; a subscription's Date / Payment date / Charged on / Date paid; a pump slip's date-and-time
  line. None where not printed. Never Estimated delivery / Arriving / Expected delivery, Due date, Next bill / Next
  bill date / Next statement, Parking from / Arrive / Start, Arrival / Check-in or a folio's dated charge lines,
  NEXT REFILL AFTER, Billing period / Period, Next billing date / Renews on / Next payment.
* payment_method: "card", "wallet", "netbanking", "cash" from the printed way paid: every terminal slip and pump
  slip is a card (a masked card and its scheme); a till's, pharmacy's or restaurant's tender (a masked card, VISA,
  DEBIT, Contactless, Girocard, PIN / Pinbetaling is a card; CASH, Cash, Bar, Contant is cash; Apple Pay a wallet);
  a coffee e-mail's Paid with / Payment / Tender (Visa 1234 a card; Apple Pay or Google Pay, also with a card in
  brackets, a wallet; Cash); an order's, parking receipt's or subscription's Payment method / Paid with / Payment /
  Charged to (a card ending, PayPal and Apple Pay and Google Pay wallets, SEPA Direct Debit netbanking); every
  PayPal and Venmo screen is a wallet whatever funds it, a Cash App screen paid From Cash balance a wallet, with the
  Cash App Card a card, a Revolut, Wise or Monzo card payment a card; a bill payment's Payment method / Paid with /
  Paid by (a card ending a card, a checking account (ACH), a bank account or a SEPA bank account netbanking, Apple
  Pay or PayPal a wallet); a folio's payment line (a card, Cash, Bank transfer netbanking). None where no way is
  printed (an order, a parking receipt or a subscription that leaves it off).
* status: only where words state the outcome; None otherwise: APPROVED, AUTHORISED, APPROVED - THANK YOU,
  Zahlung erfolgt, GENEHMIGT, Akkoord, BETALING GESLAAGD, PAIEMENT ACCEPTE, ACCEPTE, Payment complete, Payment
  successful, Paid in full, Payment received, Payment confirmed, Your payment was successful, Completed, Complete,
  Paid, Payment sent, Thank you - your payment has been received, Booking confirmed and paid, PAID IN FULL, PAID,
  Payment accepted, Thank you - paid, Thanks - your payment went through, Your subscription has been renewed
  (success); DECLINED, NOT AUTHORISED, CARD DECLINED, Zahlung abgelehnt, ABGELEHNT, Geweigerd, BETALING MISLUKT,
  PAIEMENT REFUSE, REFUSE, Payment declined - please update your payment method within 48 hours, Payment failed,
  Declined, Failed, Payment unsuccessful - your card was declined, We couldn't take your payment, Card declined,
  We couldn't process your payment, Your payment was declined (failed); Payment pending - we'll e-mail you once your
  bank confirms, Payment processing, Pending, Processing, Your payment is being processed, Payment pending
  (pending). A heading (CUSTOMER COPY, KUNDENBELEG, Payment confirmation, Parking receipt, GUEST FOLIO, Your
  receipt, Thanks for renewing …), PIN VERIFIED, SIGNATURE NOT REQUIRED, a greeting ("Thanks for your order",
  "we've got your order", "your order is confirmed"), a label of a sum paid (Amount paid, Total paid, Paid with),
  a zero balance or a thanks states none.
* transaction_id: at most one, as printed, the strongest printed: on a terminal slip the AUTH CODE / AUTH NO /
  APPROVAL CODE / APPR CODE / Genehmigungs-Nr. / Autorisierungs-Nr. / Autorisatiecode / Autorisatie / No AUTO /
  Num. autorisation, else the RRN / REF NO / Trace-Nr. / Referentie / Ref., else the RECEIPT NO / TRANS NO / SEQ NO
  / Beleg-Nr. / Beleg / Transactienr. / Volgnr. / No ticket / Ticket n°; on a till or a pharmacy receipt the AUTH
  CODE / Genehmigungs-Nr. / Autorisatiecode, else the Receipt No / TRANS # / Trans No / Transaction / Bon-Nr. /
  Beleg-Nr. / Bonnr. / Transactie; on a coffee e-mail the Auth code / Approval / Auth #, else the Receipt # / Order
  # / Check # / Ticket #; on an order the Order number / Order # / Order no. / Order ID (with its BBY01- head); on a
  money app PayPal's or Venmo's Transaction ID, Cash App's Identifier (without its #), Revolut's, Wise's or Monzo's
  Transaction ID / Reference (a Monzo tx_ id keeps its case); on a bill payment the Confirmation number /
  Confirmation # / Payment reference / Reference / Transaction ID; on a parking receipt the Booking reference /
  Receipt number / Receipt No. / Booking ref / Transaction ID; on a folio the payment line's Approval code, else
  the Folio No. / Invoice No. / Folio # / Bill No.; on a restaurant bill the Auth code / Auth / Approval, else the
  Check # / Bill No. / Receipt No. / Chk; on a subscription the Order ID / Invoice number / Receipt number / Order
  number; on a pump slip the AUTH CODE / APPROVAL / AUTH # / Genehmigungs-Nr. / Autorisierungs-Nr. /
  Autorisatiecode, else the REF # / RRN / Trace-Nr. / Referentie, else the RECEIPT # / TRANS # / INVOICE / Beleg-Nr.
  / Bon-Nr. / Bonnr. / Transactie. None where none is printed. Never MID, TID, Händler-ID, VU-Nr., Merchant,
  Acceptant, Terminal, POI, TPE, AID, TVR, TSI, ATC, AC, ARQC, TC, PAN SEQ, a masked card, a loyalty, member,
  rewards or points card's number (Clubcard, Nectar, PAYBACK, ExtraCare, Advantage Card, Fuel Rewards …), a store,
  till, operator, Markt, Kasse, Filiale or Kassa number, a VAT, USt-IdNr. or BTW number, an account number, a
  plate, a room, a Confirmation No. / Reservation No. / Booking ref on a folio, an Rx number or a PZN, a pump
  number, a table or covers.
* merchant_name: the payee as printed: the shop on top of a terminal slip (in its capitals; never the terminal's
  maker); the chain on top of a till (never the company under it); the coffee shop (never the POS, never the
  customer); the retailer or marketplace on top of an order e-mail (never a seller under Sold by); the payee on a
  money app's screen or in its "You sent … to" line (never the app or the payer); the biller on top (never a
  payment processor, never the account holder); the car park operator on top (never the site under Car park /
  Location, never its company in the footer); the hotel on top (never its operating company, a booking site or the
  guest); the restaurant (never its company); the pharmacy; the subscription's service (never its legal entity);
  the fuel brand on top (never the site's address).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout83_families import (
    bill_payment,
    coffee_email,
    hotel_folio,
    money_app,
    order_email,
    parking_receipt,
    pharmacy_receipt,
    pump_slip,
    restaurant_split,
    subscription_receipt,
    supermarket_till,
    terminal_slip,
)

SPLIT = "heldout83"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): screens, e-mails and web pages in sans
# faces, slips and tills in monospaced ones, folios in sans and serif faces; every face holds $, £ and €.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
PAGE_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
FAMILIES: list[Family] = [
    ("terminal_slip", terminal_slip, SLIP_FACES),
    ("supermarket_till", supermarket_till, SLIP_FACES),
    ("coffee_email", coffee_email, SCREEN_FACES),
    ("order_email", order_email, SCREEN_FACES),
    ("money_app", money_app, SCREEN_FACES),
    ("bill_payment", bill_payment, SCREEN_FACES),
    ("parking_receipt", parking_receipt, SCREEN_FACES),
    ("hotel_folio", hotel_folio, PAGE_FACES),
    ("restaurant_split", restaurant_split, SLIP_FACES),
    ("pharmacy_receipt", pharmacy_receipt, SLIP_FACES),
    ("subscription_receipt", subscription_receipt, SCREEN_FACES),
    ("pump_slip", pump_slip, SLIP_FACES),
]


def make_heldout83_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout83 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

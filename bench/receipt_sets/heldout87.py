"""heldout87: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout87).

Families (8 receipts each), drawn away from heldout2 to heldout85's layouts: online shopping and marketplace orders,
India first, then the US, the UK and the euro area (Germany, the Netherlands, France, Italy, Spain), in rupees,
dollars, pounds and euros (₹, Rs., Rs, INR with lakh, Western or plain grouping and whole rupees without paise on a
share of app screens; $, US$, US $, USD; £, GBP; €, EUR with dots or spaces before a decimal comma on German, Dutch,
French, Italian and Spanish pages): a marketplace app's order details screen (Flipkart, Amazon.in, Meesho, Myntra,
AJIO, Nykaa, Tata CLiQ: the tracker, a price block with MRP, selling price, coupon, bank offer, delivery, platform,
packaging and COD fees, the savings, UPI, cards, no-cost EMI with its monthly sum, net banking, wallets, pay-later
accounts or cash on delivery), a marketplace's GST tax invoice (Amazon.in's "Tax Invoice/Bill of Supply/Cash Memo"
with its payment strip, or Flipkart's, Tata CLiQ's and JioMart's with FSN, Order Item ID, HSN/SAC, taxable value,
CGST + SGST or IGST and a Grand Total), a quick-commerce app's "Order placed!" screen (Blinkit, Zepto, Swiggy
Instamart, BigBasket, JioMart, Flipkart Minutes: item total beside its MRP total, delivery, handling, small-cart,
late-night, rain or surge fees, a tip, a coupon, the grand total or to-pay sum), a courier's cash-on-delivery
collection slip (Ekart, Delhivery, Amazon Shipping, Xpressbees, Shadowfax, Valmo, Ecom Express: AWB, the client
marketplace, cash with change, UPI on the courier's QR, a card on the agent's terminal, a UPI attempt that failed
before cash), an electronics order e-mail paid on EMI (Croma, Reliance Digital, Amazon.in, Flipkart, Tata CLiQ,
Vijay Sales: instant bank discount, no-cost EMI discount or a standard EMI, the EMI plan), a returned or cancelled
order's refund screen (Myntra, AJIO, Nykaa, Flipkart, Meesho, Tata CLiQ; Amazon.co.uk; Zalando, Amazon.de, bol.com
in German or Dutch), an order's payment history with a failed attempt and its retry (Myntra, Nykaa, Flipkart,
Meesho, AJIO, Tata CLiQ; AliExpress, Temu, SHEIN), a US marketplace's printable order page (Amazon.com's "Final
Details for Order #" with its "Credit Card transactions" line, eBay, Walmart.com with its charge history, Etsy), an
Amazon VAT invoice from Amazon.co.uk, .de, .fr, .it, .es or .nl in its language (a PAID stamp, the payment
reference number in both cases), a Shopify store's thank-you page (Indian, US, UK, German, French and Dutch
direct-to-consumer brands; English, German or French), a euro-area marketplace's order e-mail paid by bank transfer
in advance (Kaufland.de, OTTO, Zalando, bol.com, Cdiscount, Rakuten, ManoMano: awaited with IBAN, BIC and the
reference to quote, received, or cancelled for want of it) and an order's payment summary where a gift card, store
credit or reward coins cover part (Myntra, Tata CLiQ, Nykaa, Flipkart, AJIO; Amazon.co.uk, eBay, Etsy). Their pages
print, besides the truths, parties that are not the payee (the seller under the marketplace, the courier, the
bank that lends an EMI, a payment gateway, the account holder of a transfer, a marketplace's registered office, the
customer and the delivery agent), other days (tracker steps without a year, a return window's close, invoice and
delivery days, an order's day beside a collection's or a charge's, the first EMI's day, an estimated delivery, a
refund's expected day, a return pickup's day, a pay-by day), other numbers (Sub Order IDs, Order Item IDs, FSNs,
ASINs, HSN codes, GSTINs, PANs, invoice numbers and details, AWBs and tracking numbers, return numbers, the failed
attempt's own ids, a terminal's TID, agents' ids, item numbers, VAT numbers, IBANs, BICs, masked cards and gift
cards, mobiles) and other amounts (MRP and list prices, selling prices, discounts, coupons, bank offers, fees,
savings, line totals and taxable values, CGST, SGST, IGST and VAT, a TOTAL row's tax sum, cash received and
change, monthly EMIs, interest, the total payable to a bank, the order's payment beside its refund, a returned
item's price and the fee kept back, a total before tax, a gift card's part and its balance left, a pay-in-four
offer), and word outcomes as successes, failures and waits on a share or none. Dates: one pattern per page (day
first on Indian, UK and euro pages, month first on US pages, ISO on a share of slips, month names in English, or
German, Dutch, French, Italian and Spanish on those pages). Faces: the project's installed faces (Noto, DejaVu,
Liberation, FreeFont): sans faces on screens, e-mails and web pages, monospaced ones on the courier's slip, serif
faces on invoices and printable pages; ₹ only in faces that draw it (every face here but Liberation's), else Rs.,
Rs or INR. Degradations as heldout66 (``heldout14_render.degrade``; screens, e-mails and web pages are always
photographed off the display, ``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge, or on a refund page refunded) now, as "1234.50" (whole rupees
  printed without paise are "450.00"): an app order's Total Amount / Total amount / Order Total / Total / Amount
  Paid / Total paid / Amount payable (the selling price less coupon and bank offer, with delivery, platform,
  packaging and COD fees; never the MRP or list price, the selling price, a discount, the savings or the EMI per
  month); an invoice's Grand Total, or on Amazon's the second sum of the TOTAL row and the strip's Invoice Value
  (never a line's Total / Total Amount beside other lines, a taxable value, CGST, SGST, IGST or the TOTAL row's tax
  sum); a quick-commerce screen's Grand total / Grand Total / To pay / Bill total, the same as its "Paid ₹x" (never
  the item total or its MRP total, a fee, a tip or the savings); a slip's COD AMOUNT, the same as its AMOUNT
  COLLECTED / AMT COLLECTED / AMOUNT (never CASH RECEIVED or CHANGE RETURNED); an EMI e-mail's sum charged to the
  card now, Amount charged to card / Total charged / Order Total / Amount Paid: the price less the instant bank
  discount and the no-cost EMI discount (never the MRP, the price, the monthly EMI, the interest or the total
  payable to the bank); a refund screen's refund, the large sum under its state and the Refund amount / Amount
  refunded / Total refund / Erstattungsbetrag / Erstatteter Betrag / Terug te betalen / Terugbetaald bedrag: the
  returned item's price less its share of a coupon and a fee kept back, or a cancelled order's whole payment (never
  the Amount paid for order / Bezahlter Betrag / Betaald bedrag, the item's price or the fee); a payment history's
  Order total / Amount / Total, the sum every attempt tried; a US printable page's Grand Total: / Order total /
  Total, the same as Amazon's Order Total: and "Credit Card transactions" line and Walmart's "Charged" line (a
  coupon, free shipping and a gift card taken off, sales tax added; never the subtotal, the total before tax, the
  tax or the gift card); an Amazon EU invoice's Total payable / Zahlbetrag / Total à payer / Totale da pagare /
  Total a pagar / Te betalen, the same as its Total / Gesamt / Totale / Totaal (never a line, a unit price, the net
  or the VAT); a Shopify page's Total / Gesamt with its currency code (items and shipping, a discount off, US tax
  added; never the subtotal, the shipping method's price, the taxes included, the savings or a Shop Pay
  instalment); a bank-transfer e-mail's Gesamtsumme / Gesamtbetrag / Zu zahlender Betrag / Totaal / Te betalen /
  Total TTC / Montant à régler, the sum the page asks to be transferred (never the subtotal, shipping, a coupon or
  the VAT); on a payment summary with store credit, the rest paid now by the payer's own way under its label (Paid
  via UPI / Balance paid by UPI / Amount Paid / Paid by card / Charged to card / Paid via Net Banking / To pay on
  delivery / Pay on delivery / Amount payable / Grand Total: after Amazon's "Gift Card balance applied" / Amount
  paid / Paid with PayPal): a gift card, store credit (Myntra Credit, CLiQ Cash) or SuperCoins paid for earlier
  are no part of this payment (never the Total Amount / Order Total / Total before the credit, the credit or the
  gift card's balance left; heldout84 counted a gift card order's total with the gift card's part, this set does
  not, and Amazon.com's and Walmart.com's Grand Total after a gift card agrees with it). currency: INR on Indian
  pages, USD on US pages (AliExpress's US $, Temu's and SHEIN's US pages), GBP on UK pages, EUR on euro pages.
* date: the day paid (or tried, or refunded) as printed, ISO: a payment's own dated line where the page prints one,
  else the order's day (an order paid online is paid when placed; a cash-on-delivery order's own day stands for it,
  as heldout32, heldout39 and heldout82 took it, except on the courier's slip, which is the cash's receipt): an app
  order's Ordered on / Order placed on / Order date / Placed on (never the tracker's Shipped, Out for delivery or
  Delivered days, printed without a year, nor Return window closes on); an invoice's Date & Time on Amazon's
  payment strip, else (cash on delivery, Flipkart's style) the Order Date (never the Invoice Date, a day or two
  later); a quick-commerce screen's Placed on / Order placed on / Ordered on (None where only a time is printed,
  Ordered at / Placed at); a slip's DATE / COLLECTED ON / DATE & TIME, the day collected (never its ORDER DATE); an
  EMI e-mail's Order Date / Placed on / Ordered on (never First EMI due on / EMI starts, Estimated delivery /
  Delivery by); a refund screen's refund day: Refunded on / Refund processed on / Erstattet am / Terugbetaald op
  where it went through, Refund initiated on / Veranlasst am / Gestart op while it is under way or failed, Refund
  date / Erstattungsdatum / Datum terugbetaling where no state is printed (never the Order date / Bestelldatum /
  Besteldatum, Picked up on / Rücksendung erhalten am / Retour ontvangen op, Expected by / Should reach you by /
  Gutschrift voraussichtlich bis / Verwacht uiterlijk); a payment history's Date / Order date / Placed on (the
  attempts' day); a US printable page's charge: Amazon's "Credit Card transactions" line and Walmart's "Charged"
  line (the day shipped, up to three days after Order Placed: / Placed on, which is never taken where they
  differ), eBay's and Etsy's Paid on / Payment date / Date paid or their Order date / Ordered on (paid when
  ordered); an Amazon EU invoice's Order date / Bestelldatum / Date de la commande / Data dell'ordine / Fecha del
  pedido / Besteldatum (never the Invoice date / Delivery date, Rechnungsdatum/Lieferdatum …, a day or more later);
  a Shopify page's Confirmed / Bestätigt / Confirmée day (None where not printed); a bank-transfer e-mail's
  Bestelldatum / Besteldatum / Date de commande, or where the transfer arrived its Zahlungseingang am / Betaling
  ontvangen op / Paiement reçu le (never the pay-by day in the request to transfer, Zahlungsfrist / Uiterste
  betaaldatum / Date limite de paiement); a payment summary's Order date / Ordered on / Placed on (None where not
  printed).
* payment_method: "UPI", "card", "netbanking", "wallet", "cash" from the printed way paid (UPI its own way, as
  heldout32, heldout46, heldout82 and heldout84): UPI, PhonePe UPI, Google Pay UPI, GPay UPI, Paytm UPI, UPI - a
  bank, UPI with a UPI id, UPI (QR), UPI - SCAN & PAY, "Paid ₹x via UPI" are UPI; a card's name or scheme with its
  last digits (Credit Card •••• 1234, Debit Card ending 1234, Visa Credit Card xx1234, RuPay Debit Card **1234,
  Visa ending in 1234, Discover | Last digits, Visa endet mit, se terminant par, che termina con, eindigend op), a
  slip's CARD with its scheme, and every EMI on a card (No Cost EMI - HDFC Bank Credit Card, EMI on … Credit Card,
  Credit Card EMI, … Debit Card EMI, as heldout46's HDFC CC EMI) are a card; Net Banking, NetBanking, Netbanking -
  a bank, a refund to a bank account by IMPS, every bank transfer (Vorkasse (Überweisung), Banküberweisung,
  Overschrijving, Virement bancaire, Bank Transfer (NEFT/IMPS)) and iDEAL are netbanking; Amazon Pay Balance, Paytm
  Wallet, MobiKwik Wallet, PayPal, Apple Pay, Shop Pay and Google Pay on a page in dollars, pounds or euros are a
  wallet; Cash on Delivery, COD, Pay on Delivery (cash, however printed), CASH, PAY ON DELIVERY - CASH, COLLECTED
  IN CASH are cash. A refund screen's way is where the refund goes (Refund to / Refunded to / Refund mode /
  Erstattung an / Erstattet auf / Terugbetaling naar …); a payment history's is the last attempt's; a payment
  summary's is the way that paid the rest (a gift card, store credit or coins are none of the five). None where no
  way is printed, and for a pay-later account (Flipkart Pay Later, Amazon Pay Later, Simpl Pay Later, LazyPay:
  credit, none of the five), a bare Prepaid, a gateway offering every way (Razorpay Secure (UPI, Cards, Wallets,
  NetBanking)) and a refund to the "Original payment method" / "Ursprüngliche Zahlungsart" that names none.
* status: only where words state the payment's (on a refund screen the refund's) outcome; None otherwise. Success:
  Payment successful, Payment Successful, Payment status Paid / Successful, Payment received, "Paid ₹x via …", COD
  COLLECTED, PAYMENT RECEIVED, ** PAYMENT COLLECTED **, COLLECTED IN CASH (after UPI TXN FAILED), Refund completed,
  Refund credited, Refund successful, Refunded, Erstattung abgeschlossen, Betrag erstattet, Terugbetaling voltooid,
  Bedrag terugbetaald, Payment successful - your order is confirmed, the last attempt's Successful, Paid / Bezahlt /
  Payé / Pagato / Pagado / Betaald stamped on an Amazon invoice, Zahlung eingegangen, Zahlung erhalten, Betaling
  ontvangen, Paiement reçu. Failed: Payment failed - your EMI transaction was declined by the bank and the order was
  not placed, Refund failed - please update your bank details, Erstattung fehlgeschlagen, Terugbetaling mislukt,
  Payment failed, Payment failed - your order was not placed, the last attempt's Failed, Bestellung storniert -
  Zahlung nicht eingegangen, Bestelling geannuleerd - betaling niet ontvangen, Commande annulée - paiement non reçu.
  Pending: Payment pending, Payment pending - pay at delivery (cash on delivery before delivery), UPI PAYMENT
  PENDING, PAYMENT PENDING - AWAITING BANK, Refund initiated, Refund in progress, Refund is being processed,
  Erstattung veranlasst, Erstattung in Bearbeitung, Terugbetaling gestart, Terugbetaling in behandeling, Payment
  pending - we'll update you within 30 minutes, the last attempt's Pending, Your payment is pending. Transfer the
  total …, Deine Zahlung ist ausstehend …, Votre paiement est en attente …, Zahlung ausstehend, Wir warten auf Ihre
  Zahlung, Betaling in afwachting, Wacht op betaling, En attente de paiement, Paiement en attente. An order's state
  states none (Order placed!, Yay! Order placed, Order confirmed, Your order is confirmed, Deine Bestellung ist
  bestätigt, Votre commande est confirmée, thank you for your order, Order cancelled, Bestellung storniert,
  Bestelling geannuleerd: a cancelled order's refund words decide), nor a heading (Order Details, Tax Invoice,
  Payment details, Refund details, Payment summary, COD COLLECTION RECEIPT …), a label of a sum paid (Amount Paid,
  Total paid, AMOUNT COLLECTED), a tracker's Delivered or a thanks. A payment history's outcome is its last
  attempt's (an earlier Failed is no outcome of the payment).
* transaction_id: at most one, as printed, the strongest printed: on an app order the Order ID / Order # / Order
  number / Order No. (Flipkart's OD and 18 digits, Amazon's and Myntra's digits in dashed groups, AJIO's FN…,
  Nykaa's NYK…; never Meesho's Sub Order ID; None where left off); on Amazon's invoice the Payment Transaction ID
  in both cases, kept so, else (cash on delivery) the Order Number; on Flipkart's, Tata CLiQ's and JioMart's the
  Order ID / Order Id / Order No (never the Invoice Number, Invoice Details, Order Item ID, FSN, ASIN, HSN, GSTIN,
  PAN or State/UT Code); on a quick-commerce screen the Payment ID / Transaction ID (a Razorpay pay_ id in its
  case, a TXN number), else the Order ID / Order # / Order id (None where neither is printed); on a courier's slip
  the UPI REF NO / UPI RRN / RRN of a UPI collection, the APPR CODE / AUTH CODE of a card, else the slip's own
  RECEIPT NO / COLLECTION ID / TXN ID, else the marketplace's ORDER ID / ORDER NO (never the AWB / TRACKING ID, the
  TID, the agent's FE ID / EMP ID, the courier's VPA, the mobile, nor the failed UPI attempt's UPI RRN); on an EMI
  e-mail the Payment ID / Transaction ID, else the Order No. / Order ID / Order Number; on a refund screen the
  refund's bank reference (UTR, Bank reference no. (UTR), RRN, or a card refund's ARN), else its Refund ID /
  Refund reference / Erstattungs-ID / Terugbetalings-ID (never the order's or the return's number or the pickup's
  AWB); on a payment history the last attempt's own UPI Ref No. / UTR / Payment ID / Transaction ID (never an
  earlier attempt's, the Order ID or Temu's PO number); on a US printable page eBay's PayPal transaction ID, else
  the order number (Amazon.com order number / Order number / Order # / Order#; never an Item number); on an Amazon
  EU invoice the Payment reference number / Zahlungsreferenznummer / Numéro de référence du paiement / Numero di
  riferimento del pagamento / Número de referencia del pago / Betalingsreferentienummer in both cases, kept so,
  else the Order # / Bestellnummer … (never the invoice number or a VAT number); on a Shopify page the checkout's
  Confirmation # / Bestätigung # / Confirmation n° code (never the Order # printed under it on a share); on a
  bank-transfer e-mail the reference to quote, Verwendungszweck / Betalingskenmerk / Référence du virement, where
  printed, else the Bestellnummer / Bestelnummer / Numéro de commande (never the IBAN, BIC, USt-IdNr., btw or TVA
  number); on a payment summary the UPI Ref No. / UTR, PayPal transaction ID, Transaction ID / Payment ID of the
  rest's payment, else the order number (never the gift card's masked number).
* merchant_name: the payee as printed: the marketplace, quick-commerce app, shop or store on top (Flipkart,
  Amazon.in, Meesho, Myntra, AJIO, Nykaa, Tata CLiQ, JioMart, Blinkit, Zepto, Swiggy Instamart, BigBasket,
  Flipkart Minutes, Croma, Reliance Digital, Vijay Sales, Amazon.co.uk, Zalando, Amazon.de, bol.com, AliExpress,
  Temu, SHEIN, Amazon.com, eBay, Walmart.com, Etsy, Amazon.fr, Amazon.it, Amazon.es, Amazon.nl, the Shopify store,
  Kaufland.de, OTTO, Cdiscount, Rakuten, ManoMano), never the seller under it (Seller / Sold by / Sold By /
  Sold and shipped by / Purchased from / Verkauf durch / Verkoop door / Vendu par / Venduto da / Vendido por /
  Verkocht door / Verkauft von, Amazon EU S.à r.l. included), as heldout32, heldout49, heldout82, heldout83 and
  heldout85 took a marketplace (heldout39 took the seller); on a courier's slip the marketplace it collects for,
  under CLIENT / COLLECTED FOR / ON BEHALF OF, in its capitals (FLIPKART, MYNTRA, MEESHO, NYKAA, AJIO, TATA CLIQ,
  AMAZON.IN; never the courier on top, the seller or the agent); never the bank lending an EMI, a payment gateway,
  Shopify, PayPal, the account holder a transfer is made to (Zalando Payments GmbH, Otto (GmbH & Co KG), bol.com
  b.v. …), the registered office under the page, the customer or the delivery agent.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout87_families import (
    amazon_eu_invoice,
    app_order_details,
    cod_courier_slip,
    emi_order_email,
    eu_bank_transfer,
    failed_retry_payment,
    gst_tax_invoice,
    quick_commerce_placed,
    refund_summary,
    shopify_thank_you,
    store_credit_split,
    us_printable_order,
)

SPLIT = "heldout87"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens, e-mails and web pages in
# sans faces, the courier's slip in monospaced ones, invoices and printable pages in serif and sans faces; pages in
# rupees print ₹ only in faces that draw it (heldout85_families.has_glyph: every face here but Liberation's), else
# Rs., Rs or INR; every face draws $, £, € and the accented letters of German, Dutch, French, Italian and Spanish.
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
SHEET_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
FAMILIES: list[Family] = [
    ("app_order_details", app_order_details, SCREEN_FACES),
    ("gst_tax_invoice", gst_tax_invoice, SHEET_FACES),
    ("quick_commerce_placed", quick_commerce_placed, SCREEN_FACES),
    ("cod_courier_slip", cod_courier_slip, SLIP_FACES),
    ("emi_order_email", emi_order_email, SCREEN_FACES),
    ("refund_summary", refund_summary, SCREEN_FACES),
    ("failed_retry_payment", failed_retry_payment, SCREEN_FACES),
    ("us_printable_order", us_printable_order, SHEET_FACES),
    ("amazon_eu_invoice", amazon_eu_invoice, SHEET_FACES),
    ("shopify_thank_you", shopify_thank_you, SCREEN_FACES),
    ("eu_bank_transfer", eu_bank_transfer, SCREEN_FACES),
    ("store_credit_split", store_credit_split, SCREEN_FACES),
]


def make_heldout87_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout87 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

"""heldout84: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout84).

Families (8 receipts each), drawn away from heldout2 to heldout83's layouts: payments that end badly or not yet,
and receipts that change hands twice, in India, the UK, the US and the euro area (Ireland, Germany, the Netherlands,
France), in rupees, pounds, dollars and euros (₹, Rs., INR, £, GBP, $, US$, USD, €, EUR; lakh, Western or plain
grouping on Indian pages, Western on UK, US and Irish pages, dots or spaces before a decimal comma on German, Dutch
and French pages, a bare decimal comma on a share): a card terminal's roll with a declined slip and the retry's slip
under it (UK, US, Irish, German, Dutch and Indian shops; the retry approved on most, declined again on a share), a
UPI payment debited but not credited in an app (WhatsApp, CRED, Amazon Pay, Airtel Thanks, Fi, slice, Groww) with
its refund timeline and a complaint's ticket, a shop's e-mail about a card charge reversed before it was taken or
refunded after it was (Hotel Chocolat, Trainline, REI Co-op, Chewy, Irish Rail, Tchibo, Deutsche Bahn, HEMA, SNCF
Connect, Myntra, MakeMyTrip …; German, Dutch and French ones in their words), a bank's web page about a transfer the
beneficiary's bank returned (NEFT, IMPS or RTGS, Faster Payments, ACH or a wire, SEPA; with its reason and a return
fee), a biller's letter about a direct debit returned unpaid (PureGym, Octopus Energy, a council, Planet Fitness,
Flogas, Stadtwerke München, Basic-Fit, Bajaj Finance's NACH-mandated EMI …) with a fee and a retry day, a bank app's
cheque deposit still clearing (India's CTS clearing, a UK cheque image, a US mobile deposit, an Irish lodgement, a
French remise de chèque), a business's receipt for a part payment with the balance outstanding (a hospital, a play
school, solicitors, vets, dentists, a garage), a furniture or kitchen shop's order with a deposit now and the rest on
delivery (Durian, Vijay Sales, DFS, Wren Kitchens, Ashley HomeStore, Möbel Höffner, Cuisines Schmidt, Leen Bakker
…), a store's till receipt paid with two cards (Best Buy, The Home Depot, Currys, John Lewis, Croma, Reliance
Digital, MediaMarkt, Coolblue …), a pay-later provider's first instalment (Klarna, Clearpay, PayPal Pay in 3,
Affirm, Afterpay, Zip, Simpl, Snapmint, LazyPay, in3, Alma, Oney), a card terminal's roll with the reprint of a sale
and its void (VOID SALE, STORNO, ANNULATION) and a shop's order e-mail paid with its gift card and a bank card
(Barnes & Noble, Sephora, Waterstones, Boots, Lifestyle, Tata CLiQ, Douglas, de Bijenkorf …). Their pages print,
besides the truths, people who are not the payee (account holders, customers, patients and clients, a logged-in
user, greeted recipients of an e-mail), companies that are not the payee (a terminal's maker or acquirer, the payer's
bank, a drawee bank, the shop a pay-later purchase was made at, a gift card's brand), other days (a refund-by day, a
complaint's day, a hold's release, a refund's day and the day it should arrive, the day a transfer came back, a
letter's date, a retry day or a day to pay by, funds available and expected credit days, cheques' own dates, an
invoice's day and a balance's due day, a delivery day, later instalments' days, an order's arrival), other numbers
(MID, TID, batch numbers, a declined slip's own numbers and RRN, an app's id beside a UPI one, complaint and case
numbers, refund IDs and ARNs, masked accounts and IBANs, IFSCs, return references and reason codes, mandate, DDI,
customer, loan account and UMRN numbers, cheque, MICR and account numbers, invoice and bill numbers, plan and
agreement numbers, a shop's order number, a void's own invoice number, a gift card's masked number, GSTINs) and
other amounts (return fees, bounce charges, returned payment fees, an invoice's total, payments made before, a
balance outstanding, an order's total and the balance on delivery, line prices and delivery, subtotals and US sales
tax, the two cards' shares and a zero balance, a pay-later order's total and later instalments, a processing fee, a
gift card's part and its balance left, two cheques' own sums), and word outcomes as successes, failures and waits
(as a heading, on a slip's line of its own, beside a Status label) or none. Dates: one pattern per page (month first
on US pages only; day first with slashes, dots or dashes, ISO on a share, month names in English, or German, Dutch
and French on those pages). Faces: the project's installed faces (Noto, DejaVu, Liberation, FreeFont): sans faces on
screens and e-mails, monospaced ones on slips and tills, sans and serif faces on web pages and letters; ₹ only in
faces that hold it (Noto Sans, Noto Serif, Noto Sans Mono, DejaVu), else Rs. or INR. Degradations as heldout66
(``heldout14_render.degrade``; screens, e-mails and web pages are always photographed off the display,
``_screen_photo``).

Truth conventions (README "Receipt fields"):

* amount: what this page charged (or tried to charge) now, as "1234.50" (whole rupees printed without paise are
  "450.00"): a declined-and-retried roll's AMOUNT / TOTAL / Betrag / Bedrag (the same sum on both slips); a UPI
  detail's large sum; a reversal e-mail's Amount / Payment amount / Original charge / Order total / Betrag /
  Montant (the sum tried, or on a refund e-mail the charge refunded in full; never a refund ID's digits); a
  returned transfer's Amount / Transfer amount / Betrag / Bedrag / Montant (never the return fee); a bounced direct
  debit's Amount / Amount collected / Payment amount / EMI amount / Betrag / Bedrag (never the returned payment
  fee, an admin charge, a late fee or bounce charges); a cheque deposit's sum on top (two cheques together; never a
  cheque's own sum alone); a part payment's This payment / Amount paid today / Amount received / Teilzahlung heute /
  Montant réglé ce jour (never the invoice's total, payments before or the balance outstanding); a deposit's Deposit
  paid / Deposit / Paid today / Advance received / Anzahlung / Acompte versé / Aanbetaling (never the order's total
  or the balance due on delivery); a two-card till's TOTAL / TOTAL DUE / NET AMOUNT / SUMME / TOTAAL, both cards'
  parts together (never one card's part, the subtotal or the zero balance); a pay-later page's large sum charged
  today (the first instalment, with a processing fee where today's charge adds one: Total charged today; never the
  order's total or a later instalment); a void roll's sale amount (the same on the reprint and the void, a minus
  on German voids); a gift card order's Order total / Total / Grand total / Gesamtsumme / Totaal, the gift card's and
  the card's parts together (never one part or the gift card's balance left). currency: INR on Indian pages, GBP on
  UK pages, USD on US pages, EUR on euro pages.
* date: the day paid (or tried) as printed, ISO: a roll's date-and-time line (the same day on both slips); a UPI
  detail's Paid on / Initiated on / Date & time / Date; a reversal e-mail's Attempted on / Order date / Date /
  Datum / Bestelldatum / Besteldatum / Date de commande, or on a refund e-mail the original charge's Charged on /
  Original payment date / Paid on / Belastet am / Zahlungsdatum / Afgeschreven op / Betaaldatum / Débité le / Date du
  paiement; a returned transfer's Transfer date / Date / Payment date / Ausführungsdatum / Uitvoerdatum / Date
  d'exécution; a bounced debit's Collection date / Date of collection / Presented on / Abbuchungsdatum / Einzug am /
  Incassodatum / Afgeschreven op; a cheque deposit's Deposited on / Paid in on / Date / Deposit date / Date de remise
  / Remis le; a part payment's Payment date / Date received / Date / Zahlungsdatum / Datum / Date du paiement; a
  deposit's Order date / Date / Date of sale / Auftragsdatum / Date de commande / Orderdatum (the day the deposit
  was taken); a till's or a void roll's date-and-time line; a pay-later page's Purchase date / Date / Ordered on /
  Kaufdatum / Aankoopdatum / Date d'achat; a gift card order's Order date / Placed on / Date / Bestelldatum /
  Besteldatum. None where not printed. Never Refund by / Refund expected by, Raised on, Hold released by, Refunded on
  / Refund date / Expect it by / Should reach you by (and their German, Dutch and French wordings), Returned on /
  Credited back on, a letter's date (Date of letter / Datum on a bounced debit's letter, printed above the
  collection day; where the collection day is left off the date is None), We will try again on / Next collection
  attempt / Please pay by, Funds available by / Expected credit by / Available from / Disponible le, a Cheque date /
  Dated / Date du chèque, an invoice's, bill's, statement's or treatment plan's date, Balance due by / Next payment
  due, Delivery date / Estimated delivery / Delivery week commencing / Liefertermin / Livraison prévue / Leverdatum,
  a pay-later schedule's later days, Arriving / Voraussichtliche Lieferung / Verwachte levering.
* payment_method: "UPI", "card", "netbanking", "wallet", "cash" from the printed way paid, as heldout73 maps the
  wordings: every terminal roll and every two-card till is a card; every UPI detail is UPI; a reversal e-mail's
  Payment method / Paid with / Card (a masked card a card, PayPal, Apple Pay and Google Pay wallets, UPI with an id
  UPI); every returned transfer is netbanking (NEFT, IMPS, RTGS, Faster Payment, ACH, wire, SEPA); every bounced
  direct debit is netbanking (a Direct Debit, ACH debit, Lastschrift, incasso, NACH); a cheque deposit is none of
  the five (None, as heldout73); a part payment's Paid by / Payment method / Mode / Zahlart / Bezahlt mit / Mode de
  paiement / Réglé par (Cash, Bar, Espèces cash; a masked card a card; UPI with an id UPI; a bank transfer, Faster
  Payment, Überweisung, Virement netbanking; a cheque None); a deposit's Paid by / Payment method / Tender / Zahlart
  / Bezahlt mit / Mode de paiement / Réglé par / Betaalmethode / Betaald met (a card, Cash, Bar, Espèces, Contant,
  UPI); a pay-later page's Paid with / Payment method / First payment from / Bezahlt mit / Zahlungsart / Betaald met
  / Betaalmethode / Payé avec / Moyen de paiement (a card, UPI with an id, Apple Pay a wallet); a gift card order
  the bank card that paid the rest (a gift card is none of the five). None where no way is printed (a reversal
  e-mail, a part payment, a deposit or a pay-later page that leaves it off).
* status: only where words state the outcome; None otherwise. Success: APPROVED, AUTHORISED, APPROVED - THANK YOU,
  Zahlung erfolgt, GENEHMIGT, Akkoord, BETALING GESLAAGD, Payment successful, Payment successful after bank
  re-check, Cheque cleared, Deposit accepted, Credited to your account, Part payment received, Partially paid,
  Teilweise bezahlt, Partiellement réglé (a part payment was taken: the bill's balance is no outcome of this
  payment), Deposit received, Deposit received - thank you, Anzahlung erhalten, Acompte reçu, Aanbetaling ontvangen,
  a two-card till's APPROVED / Zahlung erfolgt / Akkoord under either card, First payment successful, Payment 1 of 3
  paid, You've paid your first instalment, Erste Rate bezahlt, Eerste termijn betaald, Première échéance payée,
  Payment received, Paid in full, Zahlung erhalten, Bezahlt, Betaling ontvangen, Betaald. Failed: DECLINED, CARD
  DECLINED, NOT AUTHORISED, Zahlung abgelehnt, ABGELEHNT, Geweigerd, BETALING MISLUKT (a roll whose retry was
  declined too), Payment failed, Transaction failed, Payment failed - refund initiated, Payment reversed - you have
  not been charged, Your payment didn't go through, Payment not completed - the hold on your card has been
  released, Zahlung storniert - Ihnen wurde nichts berechnet, Ihre Zahlung konnte nicht abgeschlossen werden,
  Betaling teruggedraaid - er is niets afgeschreven, Je betaling is niet gelukt, Paiement annulé - aucun montant
  n'a été débité, Votre paiement n'a pas abouti; every returned transfer (Payment returned, Transfer returned,
  Returned by beneficiary bank, Überweisung zurückgekommen, Rücküberweisung - nicht gutgeschrieben, Overboeking
  teruggestort, Betaling geweigerd door bank begunstigde, Virement rejeté, Virement retourné par la banque du
  bénéficiaire: the money never reached the payee) and every bounced direct debit (Direct Debit returned unpaid,
  Unpaid - insufficient funds, Payment returned by your bank, Bounced - insufficient funds, NACH returned unpaid,
  Lastschrift zurückgegeben, Nicht eingelöst - keine Deckung, Incasso gestorneerd, Niet betaald - storno door uw
  bank, beside a Status label and under a heading that says so); Cheque returned - funds insufficient, Deposit
  rejected, Cheque bounced; First payment failed - your order was not placed, Payment declined, Zahlung
  fehlgeschlagen, Betaling mislukt, Paiement refusé; and every voided sale (VOID SALE / SALE VOID / VOID / STORNO /
  ANNULATION with TRANSACTION VOIDED, VOIDED, VOID - AMOUNT NOT CHARGED, Storniert, Zahlung storniert, OPERATION
  ANNULEE, ANNULE: a void cancels the sale before it settles, so the card is not charged, though the reprint above
  it still says APPROVED). Pending: Payment pending, Money debited - awaiting confirmation, Payment processing,
  Waiting for bank confirmation, Sent for clearing, Awaiting clearance of funds, Deposit pending review, In
  clearing, Pending, En cours d'encaissement, Remise en attente, Payment processing, Zahlung in Bearbeitung, Betaling
  wordt verwerkt, Paiement en cours. A refund after a payment that went through states none: a refund e-mail (Your
  refund is on its way, Refund issued, We've refunded your payment, Ihre Erstattung ist unterwegs, Betrag erstattet,
  Je terugbetaling is onderweg, Bedrag terugbetaald, Votre remboursement est en route, Remboursement effectué) is
  None. A roll that holds a declined slip and an approved retry is the retry's (success); a void roll is the void's
  (failed). A heading (Cheque status, Mobile deposit, PAYMENT RECEIPT, Order confirmation, Auftragsbestätigung), a
  label of a sum paid (Deposit paid, Paid today, Amount received, Total charged today), a zero balance, the
  timeline's steps or a thanks states none.
* transaction_id: at most one, as printed, the strongest printed: on a declined-and-retried roll the retry's AUTH
  CODE / APPR CODE / AUTH NO / Genehmigungs-Nr. / Autorisierungs-Nr. / Autorisatiecode, else the retry's RRN / REF NO
  / Trace-Nr. / Referentie (the declined slip's own RRN and number never); on a UPI detail the UPI Ref No. / UPI
  transaction ID / UTR, else the app's txn ID / Transaction ID (never a Complaint ID); on a reversal or refund e-mail
  the payment's Transaction ID / Payment reference / Payment ID / Transaktions-ID / Zahlungsreferenz / Transactie-ID /
  Betalingskenmerk / ID de transaction / Référence de paiement (a Razorpay pay_ id keeps its case), else the Order
  number / Order # / Booking reference / Bestellnummer / Bestelnummer / N° de commande (never a Refund ID, an ARN, a
  Refund reference or a case / Vorgang / Dossier / Zaak number); on a returned transfer the transfer's UTR No. / UTR
  Number / UTR / IMPS Ref No. / Payment reference / Transaction ID / Trace number / Confirmation number /
  Transaktionsreferenz / Transactiereferentie / Référence de l'opération (never the Return reference / Referenz
  Rückbuchung / Kenmerk terugboeking / Référence du rejet, an account, IBAN or IFSC); on a bounced debit the Payment
  reference / Collection reference / Transaction ref / Zahlungsreferenz / Betalingskenmerk / Presentation ref no.
  (never a Mandate reference, DDI reference, Mandatsreferenz, Machtigingskenmerk, UMRN, an account, customer,
  contract or loan account number); on a cheque deposit the deposit's Reference / Deposit ID / Confirmation # / Ack
  No. / N° de remise (never a cheque number, MICR or an account); on a part payment the Auth code / Genehmigungs-Nr.
  / N° autorisation or UPI Ref No., else the Receipt No. / Receipt # / Quittungs-Nr. / Beleg-Nr. / Reçu n° (never
  an Invoice No. / Bill No. / Statement # / Rechnungs-Nr. / Facture n° or a cheque's number); on a deposit the Auth
  code / Genehmigungs-Nr. / N° autorisation / Autorisatiecode or UPI Ref No., else the Order No. / Order number /
  Sales order # / Auftragsnummer / Auftrags-Nr. / N° de commande / Ordernummer; on a two-card till the receipt's own
  TRANS # / TRANS NO / RECEIPT NO / INVOICE NO / Bon-Nr. / Bonnr. (two cards' AUTH codes are printed: neither is the
  sale's one id; None where the till leaves its number off), never a store, register, Markt or Kasse number or a
  GSTIN; on a pay-later page the provider's Payment ID / Transaction ID / Payment reference / Zahlungs-ID /
  Transaktions-ID / Betalings-ID / Transactie-ID / ID de paiement / Référence de paiement (never a Plan ID, Agreement
  no., Loan ID, Vertragsnummer, Contractnummer, N° de contrat, nor the shop's Merchant order # / Order ref /
  Bestellnummer / Bestelnummer / N° de commande); on a void roll the sale's APPR CODE / AUTH CODE / Genehmigungs-Nr.
  / No AUTO (printed on both slips), else its RRN / REF NO / Trace-Nr. / Ref. (never either slip's INVOICE NO /
  TRACE NO / STAN / Beleg-Nr. / No ticket, the BATCH NO, MID or TID); on a gift card order the card's Auth code /
  Transaction ID / Genehmigungs-Nr. / Transaktions-ID / Autorisatiecode / Transactie-ID, else the Order number /
  Order # / Order ID / Bestellnummer / Bestelnummer (never the gift card's masked number). None where none is
  printed. Never MID, TID, a terminal's or register's number, a masked card or account.
* merchant_name: the payee as printed: the shop on top of a roll (in its capitals, on both slips; never the
  terminal's maker or acquirer); the payee on a UPI detail under its sum (to …; never the app, the payer's bank or
  the account holder); the shop, railway or ticket seller on top of a reversal or refund e-mail (never the
  customer greeted); a returned transfer's beneficiary under To / Beneficiary / Payee / Paid to / Empfänger /
  Begunstigde / Bénéficiaire (never the bank on top, the logged-in payer or the beneficiary's bank); the biller on
  top of a bounced debit's letter (never the customer or the lender's UMRN bank); the account holder a cheque
  deposit credits where named under Account holder / Titulaire (None where only an account's kind is printed; never
  the app's bank, a drawee bank or a cheque's drawer, as heldout73); the business on top of a part payment (never
  the patient or client); the shop on top of a deposit's order (never the customer); the store in capitals on top
  of a two-card till; the pay-later provider on top (never the shop under Merchant / Purchased at / Store / Händler
  / Winkel / Marchand, as heldout73); the shop on top of a void roll (never the terminal's maker or acquirer); the
  shop on top of a gift card order (never the gift card's brand line or the customer greeted).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout84_families import (
    bnpl_first_instalment,
    bounced_direct_debit,
    charge_reversal_email,
    cheque_clearing,
    declined_retry_slip,
    deposit_on_delivery,
    giftcard_with_card,
    partial_payment,
    returned_transfer,
    split_two_cards,
    upi_pending_refund,
    voided_sale_slip,
)

SPLIT = "heldout84"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): screens, e-mails and web pages in sans
# faces, slips and tills in monospaced ones, letters in sans and serif faces; pages print ₹ only in faces that hold
# it, and every face holds $, £ and €.
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
    ("declined_retry_slip", declined_retry_slip, SLIP_FACES),
    ("upi_pending_refund", upi_pending_refund, SCREEN_FACES),
    ("charge_reversal_email", charge_reversal_email, SCREEN_FACES),
    ("returned_transfer", returned_transfer, PAGE_FACES),
    ("bounced_direct_debit", bounced_direct_debit, PAGE_FACES),
    ("cheque_clearing", cheque_clearing, SCREEN_FACES),
    ("partial_payment", partial_payment, PAGE_FACES),
    ("deposit_on_delivery", deposit_on_delivery, PAGE_FACES),
    ("split_two_cards", split_two_cards, SLIP_FACES),
    ("bnpl_first_instalment", bnpl_first_instalment, SCREEN_FACES),
    ("voided_sale_slip", voided_sale_slip, SLIP_FACES),
    ("giftcard_with_card", giftcard_with_card, SCREEN_FACES),
]


def make_heldout84_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout84 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

"""heldout93: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout93).

Families (8 receipts each), drawn away from heldout2 to heldout92's layouts: everyday European payments as buyers
upload them as proof, each in its own language, currency, number and date style: a Spanish bank app's Bizum
(CaixaBank, BBVA, Santander, Sabadell, ING, Unicaja, ABANCA, Kutxabank: ¡Bizum enviado!, Destinatario, Teléfono,
Concepto with an order number, Fecha, Referencia / Nº de operación, Cuenta de cargo, Saldo disponible), a Swedish
Swish receipt (Kvitto: till …, Mottagare, Swish-nummer, Meddelande, Datum in ISO or with the month's name, a long
hex Referens, Från with the payer), a MobilePay (Denmark in kroner, Finland in euros) or Vipps (Norway) activity
(the payee on top, Gennemført / Suoritettu / Fullført, Transaktions-ID / Tapahtumatunnus / Transaksjons-ID,
Betalt med a card on a share, MobilePay-nummer / Vippsnummer, CVR-nr. / Y-tunnus / Org.nr.), a Dutch iDEAL
result in a bank app (ING, Rabobank, ABN AMRO, bunq, ASN, SNS, Knab, Triodos: Aan / Naar / Begunstigde, IBAN,
Omschrijving with the shop's order, Transactie-ID / Transactienummer / Kenmerk, Van rekening) or a paid Tikkie
(Tikkie van …, Betaald aan, Betaald op, Betaald via iDEAL, Aangemaakt op, Verloopt op), a Polish bank app's BLIK
payment or BLIK phone transfer (IKO, mBank, Santander, ING, Pekao, Millennium, Alior, VeloBank: Odbiorca, Tytuł,
Data operacji with Data księgowania on a share, Numer transakcji / ID transakcji / Numer referencyjny, Status
Zrealizowana, Z rachunku, Dostępne środki), a Swiss TWINT transaction in German, French or Italian (CHF 1'234.50,
Fr. 12.50, Fr. 20.–; Status / Statut / Stato, Transaktions-ID / ID de transaction / ID transazione, Zahlungsmittel
/ Moyen de paiement / Mezzo di pagamento, a till or terminal, a cashback, the balance), an Italian Satispay
payment (Negozio / Esercente with its address, ID transazione, Scontrino n., P.IVA, Budget Satispay, cashback),
a French Lydia or Wero screen (in the Wero app or a French bank's: Bénéficiaire / À, Motif, Date 14 mars 2025 à
13h07, Statut, Référence / N° de transaction, Payé avec Solde Lydia or a card, Depuis le compte), a SEPA Instant
transfer's confirmation in a banking app (N26 in German or English, ING, Sparkasse, Revolut, Santander, BNP
Paribas, Intesa Sanpaolo: the payee's IBAN and BIC, Verwendungszweck / Reference / Concepto / Motif / Causale
with an invoice's number and day, the day executed and the value date, Transaktions-ID / Auftragsnummer /
Referenz / Transaction ID / Referencia / Nº de operación / Référence / CRO / TRN, a fee and the total with it,
the balance), a bank's PDF confirmation of a transfer in German, Spanish, French, Italian, Dutch or Polish (the
bank's address, the day the PDF was made, payer and payee sections, End-to-End-Referenz / Referencia del
ordenante / Référence client, Ausführungsdatum and Wertstellung, the bank's reference, the fee, a status on most;
in a PDF viewer with the file's dated name, or printed and photographed on a desk), a card terminal's customer
slip photographed lying on a counter (Worldline, SumUp, Adyen, CCV, Nets, Ingenico, Nexi, Verifone, PAX; German,
Dutch, French, Italian, Spanish, Danish, Swedish, Norwegian, Polish or Finnish words; TID, VU-Nr. / Merchant /
Forretningsnr., the scheme and the masked card, AID, AC, the auth code, the slip's own number, a Ref. / RRN /
Arkistointitunnus / Nr trans. on a share, a void), and a payment service's hosted result page in a browser
(Redsys, Nexi XPay, Przelewy24, Mollie, Payrexx, Nets Easy: the order's number beside the payment's own id or
approval code, the way paid, a Mollie tr_ id in mixed case, a lower-case Nets Betalings-ID, an order's lines).

Sums: euros (12,50 €, € 12,50, EUR 12,50, 1.234,56 €, 1 234,56 € in French and Finnish, 1234,56 € on a share of
Spanish pages, €1,234.56 on English pages), kronor (1 234,50 kr; Danish 1.234,50 kr. / kr. 1.234,50 / DKK;
Norwegian kr 1 234,50 / NOK; whole kronor on a share of Swish receipts), złoty (1 234,56 zł / PLN) and francs
(CHF 1'234.50 or CHF 1 234.50, Fr. 12.50, 12.50 CHF; Fr. 20.– and CHF 20 for whole francs on a share). Dates: each language's
numeric form (14.03.2025, 14/03/2025, 14-03-2025, 2025-03-14, 14.3.2025; 14.03.25 and 250314 on slips) and its
spelled-out months (14 de marzo de 2025, 14 mars 2025, 14. marts 2025, 14. mars 2025, 14. maaliskuuta 2025, 14
maart 2025, 14 marca 2025, 14. März 2025, 14 marzo 2025; a weekday in front on a share), the time after in the
local way (kl. 13.07, klo 13.07, om 13:07, 13:07 Uhr, à 13h07, alle 13:07, a las 13:07, godz. 13:07). Faces: the
project's installed faces (sans faces on app screens; sans and serif on PDFs and hosted pages; monospaced on
slips). Degradations as heldout66 (``heldout14_render.degrade``: app screens, hosted pages and PDFs in a viewer
are always photographed off the display; slips and printed PDFs are photos of paper already, drawn lying on a
counter or a desk by ``heldout93_families.compose``).

Truth conventions (README "Receipt fields"):

* amount: what the payment moved (or tried to move), as "1234.50" (whole kronor and francs printed without
  decimals are "250.00"): an app's large sum (a minus sign is no part of it); a transfer's Betrag / Amount /
  Importe / Montant / Importo / Bedrag / Kwota, never the fee nor the Gesamtbetrag / Total / Importe total /
  Montant total / Totale addebitato with the fee; a slip's Betrag / Totaal / MONTANT / IMPORTO / IMPORTE / BELØB /
  BELOPP / BELØP / KWOTA / SUMMA; a hosted page's Importe / Importo / Kwota / Bedrag / Betrag / Beløb / Belopp /
  Beløp (the order's Totaal / Total the same sum). Never a balance (Saldo disponible, Dostępne środki, Guthaben,
  Solde, Budget residuo, Neuer Kontostand), a cashback, a fee, a refund's sum, an order's lines or shipping.
  currency: the ISO code of the page's currency: EUR, SEK (kr on a Swedish page), DKK (kr. on a Danish page),
  NOK (kr on a Norwegian page), PLN (zł), CHF (CHF, Fr.).
* date: the day paid (or tried), ISO: an app's Fecha / Fecha y hora / Fecha de la operación / Datum / Datum och
  tid / Tid / Dato / Tidspunkt / Päivämäärä / Aika / Zeitpunkt / Data / Data e ora / Date line; a
  transfer's Ausgeführt am / Ausführungsdatum / Executed on / Fecha de operación / Fecha de ejecución / Date
  d'exécution / Data esecuzione / Uitvoeringsdatum / Data realizacji (never its value date, Wertstellung / Value
  date / Fecha valor / Date de valeur / Data valuta / Rentedatum / Data księgowania, even where it is a day or
  more later; nor the PDF's Erstellt am / Documento generado el / Édité le / Documento emesso il / Aangemaakt
  op / Wygenerowano, nor a file name's day); a BLIK operation's Data operacji / Data transakcji (never Data
  księgowania); a Tikkie's Betaald op / Datum (never its Aangemaakt op or Verloopt op); a slip's date; a hosted
  page's Fecha / Data e ora / Data / Datum / Dato. Never an invoice's day inside a purpose, a refund's day, a
  status bar's time. None where the page says only Hoy / Idag with a time.
* payment_method: the way the payer's money left, as printed; a line that names the way (under Betalt med /
  Betalingskort / Maksutapa / Kortti / Kort / Zahlungsmittel / Belastet / Moyen de paiement / Débité / Mezzo di
  pagamento / Addebitato / Payé avec / Pagato con / Metodo / Tarjeta / Metodo di pagamento / Metoda płatności /
  Betaalmethode / Betaald via / Betalingsmetode / Betalningsmetod, a transfer's Tipo / Art / Type / Zahlungsart /
  Soort / Rodzaj przelewu) beats the app or scheme the page belongs to. "card": a scheme with a masked number
  (Visa/Dankort •••• 1234, Mastercard **** 1234, Carte Visa •••• 1234, 4548 81** **** 1234), PostFinance Card,
  Bancontact, Creditcard, Karta płatnicza, and every slip (its scheme and masked card). "wallet": TWINT,
  MobilePay, Vipps, Satispay and Lydia, the apps that hold a balance or a stored card (README's keywords name
  TWINT and MobilePay; the earlier sets count Vipps, Satispay and Lydia as wallets), their own balances (TWINT
  Guthaben, Avoir TWINT, Credito TWINT, Budget Satispay, Solde Lydia), and PayPal and Google Pay on hosted pages;
  a bank account under Konto / Tili / Conto / Compte names no way, so the app stays the way. "netbanking": bank
  transfers (Überweisung, Echtzeitüberweisung, SEPA transfer, Bank transfer, transferencia, virement, bonifico,
  overboeking, przelew, Express Elixir), iDEAL and mTransfer / Płacę z iPKO (README: iDEAL and bank transfers),
  and the account-to-account schemes that debit the payer's bank account from a bank's app: Bizum (as
  heldout19), Swish, BLIK and Wero (this set's convention: each moves money between bank accounts, none holds a
  balance). An app or scheme counts only where the page prints its name: a header, a title, a Tipo / Art / Type
  row, or a label that carries it (Swish-nummer, Swish-referens, Referencia Bizum, MobilePay-nummer,
  Vippsnummer, Płatność BLIK); a Swish receipt headed only Kvitto, a Bizum page headed only Detalle de la
  operación, a transfer page whose rows name no transfer (Geld gesendet, Money sent, Processing, with an IBAN
  only), a PDF without a transfer word and a cancelled Redsys or Payrexx page that shows no card are None.
* status: only where words state the payment's outcome (a title, a word under Estado / Status / Tila / Statut /
  Stato / Esito, a slip's line, a note); None otherwise. Success: Bizum enviado, ¡Bizum enviado!, Operación
  realizada, Has enviado un Bizum, Completado, Realizado, Enviado; Betalningen är genomförd, Swish skickad,
  Betalning genomförd, Klart!, Genomförd, Betald; Gennemført, Betalt, Suoritettu, Maksettu, Fullført; Betaling
  geslaagd, Je betaling is gelukt, Betaald, Je hebt betaald!, Voltooid, Geslaagd; Płatność zakończona,
  Transakcja zaakceptowana, Przelew wysłany, Gotowe!, Zrealizowana, Wykonana; Ausgeführt, Erfolgreich, Effectué,
  Réussi, Eseguito, Riuscito; Pagamento completato, Pagamento eseguito, Fatto!, Completato; Paiement envoyé, Argent
  envoyé, Paiement effectué, Envoyé; Überweisung ausgeführt, Echtzeitüberweisung gesendet, Geld gesendet,
  Abgeschlossen, Transfer sent, Money sent, Instant transfer completed, Completed, Sent, Transferencia realizada,
  Transferencia inmediata enviada, Completada, Realizada, Virement effectué, Virement instantané envoyé, Exécuté,
  Bonifico eseguito, Bonifico istantaneo inviato; a PDF's ausgeführt, Realizada, Ejecutada, Exécuté, Eseguito,
  Uitgevoerd, Zrealizowany; a slip's Zahlung erfolgt, GENEHMIGT, Akkoord, BETALING GELUKT, PAIEMENT ACCEPTE,
  ACCEPTE, TRANSAZIONE ESEGUITA, AUTORIZZATA, OPERACION APROBADA, APROBADA, GODKENDT, GODKÄNT, GODKÄND,
  GODKJENT, TRANSAKCJA ZAAKCEPTOWANA, ZAAKCEPTOWANO, HYVÄKSYTTY; a hosted page's Operación autorizada,
  Pagamento eseguito with Esito Positivo, Płatność zakończona sukcesem, Betaling geslaagd, Zahlung erfolgreich,
  Betalingen er gennemført, Betalningen är genomförd, Betalingen er fullført. Failed: Bizum rechazado, No se ha
  podido enviar el Bizum, Operación denegada, Rechazado, Denegado; Betalningen misslyckades, Betalningen
  nekades, Misslyckad, Nekad; Afvist, Mislykkedes, Hylätty, Epäonnistui, Avvist, Mislyktes; Betaling mislukt,
  Betaling niet gelukt, Mislukt; Transakcja odrzucona, Płatność nieudana, Odrzucona; Abgelehnt, Fehlgeschlagen,
  Refusé, Échoué, Rifiutato, Non riuscito; Pagamento non riuscito, Pagamento rifiutato; Paiement refusé, Le
  paiement a échoué; Überweisung abgelehnt, Überweisung fehlgeschlagen, Transfer failed, Transfer declined,
  Failed, Declined, Transferencia rechazada, Rechazada, Virement refusé, Virement rejeté, Rejeté, Bonifico non
  eseguito, Bonifico rifiutato, Non eseguito; a slip's Zahlung nicht erfolgt, ABGELEHNT, GEWEIGERD, Betaling
  mislukt, PAIEMENT REFUSE, REFUSE, TRANSAZIONE NEGATA, NEGATA, OPERACION DENEGADA, DENEGADA, AFVIST, NEKAD,
  AVVIST, TRANSAKCJA ODRZUCONA, HYLÄTTY; a hosted page's Operación denegada, Pagamento non riuscito with Esito
  Negativo, Płatność odrzucona, Betaling mislukt, Zahlung fehlgeschlagen, Betalingen blev afvist, Betalningen
  nekades, Betalingen ble avvist; and every cancellation, which took no money: Bizum anulado, Operación anulada,
  Anulado, Betalningen avbröts, Avbruten, Annulleret, Peruttu, Kansellert, Avbrutt, Betaling geannuleerd, Je hebt
  de betaling geannuleerd, Geannuleerd, Transakcja anulowana, Anulowana, Storniert, Abgebrochen, Annulé,
  Annullato, Pagamento annullato, Paiement annulé, Überweisung storniert, Transfer cancelled, Cancelled,
  Transferencia cancelada, Cancelada, Virement annulé, Bonifico revocato, Revocato, a slip's void (STORNO,
  ANNULERING, ANNULATION, ANULACION, ANNULLERING, ANULOWANIE, PERUUTUS over Storno erfolgt, STORNIERT,
  GEANNULEERD, ANNULATION EFFECTUEE, STORNO ESEGUITO, ANULACION REALIZADA, ANNULLERET, ANNULLERAD, ANNULLERT,
  ANULOWANO, PERUUTETTU), a hosted page's Operación cancelada por el usuario, Pagamento annullato with Esito
  Annullato, Płatność anulowana, Betaling geannuleerd, Zahlung abgebrochen; the notes under them that nothing
  was charged say the same. Pending: Bizum pendiente, Pendiente de aceptación, Pendiente (with the note that the
  payee has two days to sign up); Betalningen behandlas, Väntar på bekräftelse, Pågående, Väntar; Afventer,
  Behandles, Odottaa, Käsittelyssä, Venter; Betaling wordt verwerkt, In behandeling; Oczekuje na potwierdzenie,
  W trakcie realizacji, Oczekująca, W realizacji; In Bearbeitung, Ausstehend, En cours, En attente, In
  elaborazione, In sospeso; In attesa di conferma, Pagamento in elaborazione, In attesa; Paiement en cours, En
  attente d'acceptation; Überweisung in Bearbeitung, Auftrag vorgemerkt, Vorgemerkt, Transfer pending,
  Processing, Pending, Transferencia en curso, Transferencia pendiente, En curso, Virement en cours, Bonifico in
  lavorazione, In lavorazione; a PDF's in Bearbeitung, Pendiente, En cours de traitement, In lavorazione, In
  behandeling, Oczekujący; a hosted page's Płatność oczekuje na potwierdzenie, Je betaling wordt verwerkt. A
  payment refunded after it went through (Bizum devuelto, Devuelto, Återbetald, Refunderet, Hyvitetty,
  Refundert, Tilbakebetalt, Płatność zwrócona, Zwrócona, Rückerstattet, Remboursé, Rimborsato, Pagamento
  rimborsato, Paiement remboursé, with the refund's day and sum under it) states none of the three: None (as
  heldout84 counts a refund after a payment that went through). A PDF's title (Überweisungsbeleg, Bestätigung
  Ihrer Überweisung, Auftragsbestätigung SEPA-Überweisung, Justificante de transferencia, Comprobante de
  transferencia SEPA, Avis d'opération - Virement SEPA, Justificatif de virement, Contabile bonifico SEPA,
  Ricevuta di bonifico, Bevestiging overboeking, Overzicht overboeking, Potwierdzenie przelewu, Potwierdzenie
  transakcji) states none; a PDF without a Status / Estado / Statut / Esito row is None.
* transaction_id: at most one, as printed (Revolut's lower-case id, Mollie's tr_ and Nets' lower-case hex keep
  their case), the highest kind printed as README orders the families: an RRN (a slip's RRN, Arkistointitunnus),
  then a bank's reference (Referencia, Nº de operación, Referencia Bizum, Referencia de la operación, Número de
  referencia, Referens, Betalningsreferens, Swish-referens, Kenmerk, Numer referencyjny, Referenz,
  Transaktionsreferenz, Référence, Référence de l'opération, N° d'opération, CRO, TRN, Numero operazione,
  Transactiereferentie, Referentie, a slip's Ref.-Nr. / Ref. / Ref / Réf. / REF.), then a transaction's id
  (Identificador, Transaktions-ID, Transaktionsnummer, Tapahtumatunnus, Maksutunnus, Transaksjons-ID,
  Transaksjonsnummer, Transactie-ID, Transactienummer, Numer transakcji, ID transakcji, ID de transaction, N° de
  transaction, ID transazione, Numero transazione, Codice transazione, Identifiant de transaction, Auftragsnummer,
  Transaction ID, Identyfikator transakcji, P24's ID transakcji, Betalings-ID, Betalnings-ID, Referenz on Payrexx,
  a slip's Nr trans.), then an approval code (a slip's Autorisierungs-Nr. / Genehmigungs-Nr. / Autorisatiecode /
  No AUTO / COD.AUT. / AUT. / Aut.kode / Godk.kod / Kod aut. / Vahvistus …, Código de autorización, Codice
  autorizzazione), then an order's number (Número de pedido, Codice ordine, Bestelnummer, Bestellnummer,
  Ordrenummer, Ordernummer), then a receipt's or slip's own number (Scontrino n., Beleg-Nr., Trace-Nr., Volgnr.,
  Ticketnr., Ticket n°, No ticket, OPER., N. SCONTRINO, Nº OPER., OPERACION, Kvitt.nr., Kvittonr, Nr wydruku,
  Kuitti nro). None where none is printed. Never an
  IBAN, BIC, masked account or card, phone, Swish / MobilePay / Vipps number, CVR-nr. / Y-tunnus / Org.nr. /
  P.IVA, TID, VU-Nr. / Merchant / Forretningsnr. / Butiksnr / Brukersted / Punkt / ESERCENTE / COMERCIO /
  Kauppiastunnus, a till or terminal, AID, AC, a response code, the payer's own end-to-end reference
  (NOTPROVIDED, Referencia del ordenante, Référence client), and never a number inside a message or purpose the
  payer typed (Concepto, Meddelande, Besked, Viesti, Melding, Mitteilung, Message, Messaggio, Motif, Tytuł,
  Omschrijving, Verwendungszweck, Reference on English apps, Causale: an order's, an invoice's or a customer's
  number there is no id of this payment).
* merchant_name: the payee as printed: the name under or after Destinatario / Beneficiario / Para / Enviado a /
  Has enviado … a, till … / Mottagare / Till, a MobilePay or Vipps activity's name on top (the same under Betalt
  til / Modtager / Maksunsaaja / Saaja / Mottaker), Aan / Naar / Begunstigde, Tikkie van … / Betaald aan / Aan,
  Odbiorca, a TWINT activity's name on top (the same under Empfänger / Bezahlt an / Destinataire / Payé à /
  Destinatario / Pagato a), Negozio / Esercente / Inviato a, À / Bénéficiaire / Vous avez envoyé … à, a transfer's
  Empfänger / Zahlungsempfänger / To / Recipient / Beneficiario / Destinatario / Bénéficiaire, a PDF's payee's
  Name / Titular / Nom / Intestatario / Naam / Nazwa under Zahlungsempfänger / Beneficiario / Bénéficiaire /
  Begunstigde / Odbiorca, the shop on a slip's top line, a hosted page's Comercio (in capitals as printed) /
  Esercente / Sprzedawca / the shop on top / Butik / Butikk. Company forms keep their dots (B.V., S.L., S.p.A.,
  S.r.l., sp. z o.o., e.V.). None where the screenshot was cropped just above the sum and the name on top of a
  MobilePay, Vipps or TWINT activity is not repeated below. Never the app, the bank, the payment service, the
  payer (Från, Auftraggeber, Ordenante, Donneur d'ordre, Ordinante, Opdrachtgever, Nadawca).
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout93_families import (
    bizum,
    blik,
    compose,
    ideal_tikkie,
    lydia_wero,
    nordic_wallet,
    psp_result,
    satispay,
    sepa_app,
    sepa_pdf,
    slip_photo,
    swish,
    twint,
)

SPLIT = "heldout93"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens in sans faces (Noto
# Sans Display and Liberation Sans Narrow among them), PDFs and hosted pages in sans and serif faces, slips in
# monospaced faces; every one draws the letters of the ten languages (Page.truth checks each glyph).
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAPER_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
]
MONO_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("bizum", bizum, SCREEN_FACES),
    ("swish", swish, SCREEN_FACES),
    ("nordic_wallet", nordic_wallet, SCREEN_FACES),
    ("ideal_tikkie", ideal_tikkie, SCREEN_FACES),
    ("blik", blik, SCREEN_FACES),
    ("twint", twint, SCREEN_FACES),
    ("satispay", satispay, SCREEN_FACES),
    ("lydia_wero", lydia_wero, SCREEN_FACES),
    ("sepa_app", sepa_app, SCREEN_FACES),
    ("sepa_pdf", sepa_pdf, PAPER_FACES),
    ("slip_photo", slip_photo, MONO_FACES),
    ("psp_result", psp_result, PAPER_FACES),
]


def make_heldout93_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout93 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n, draw=compose)

"""heldout66: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout66).

Families (8 receipts each), drawn away from heldout2 to heldout64's layouts, in health, education, government and
civic fees, professional services, leisure, travel and bookings, donations and memberships: half ordinary everyday
payments (match tickets, a railcard or season ticket, an accountant's tax-return fee, a therapy session, a heritage
membership, a garden-waste collection) and half kinds rarely seen (travel vaccinations, a graded music exam's entry,
a planning application's fee, a trade mark filing, a mountain hut's booking, a dedicated tree). Their pages name
people under many roles (a customer, a holder, a client, a patient, a member, a resident, a traveller, an applicant,
a teacher and candidates, an agent, a guest, a warden, a donor and the person a tree honours, a therapist, a
partner) and businesses and bodies that are not the payee (a ticketing platform, an insurer, a stadium, a property,
a recycling centre's operator, a tax authority, an architect, the company that files a mark and its attorneys, a
planning portal, a wood or project planted), print other days (a kick-off, a card's validity, a date of birth, an
invoice's issue, sessions and a next appointment, a collection or pickup, a next dose, an exam period, a day
received and a decision's target, a priority, an arrival and a departure, an occasion, a next debit or payment) and
numbers and amounts that are not the payment's (fan, member, card, smartcard, OV-chipkaart and pass numbers, a
mandate reference and a creditor id, PAN, UTR, NI, SSN, PTIN, Steuer-ID, BSN, PPSN and numéro fiscal, an ITR
acknowledgement, codice fiscale, NPI, ADELI, BIG and AGB numbers, a UPRN, a Kassenzeichen, a zaaknummer, a TARI or
usager number, a vehicle's registration, a passport, a vaccine's lot, an ICVP, candidate and applicant numbers,
application, file, case, parcel, protocol, serial and depot numbers, a certificate's or a tree's code; a refund
expected, tax owed to the state, a retainer paid earlier, an insurer's payment, building costs, the planning
portal's service charge paid elsewhere, Gift Aid to be claimed, a tax-deductible share, a wallet's balance, a stay's
total and its balance beside a deposit, a tourist tax paid at the hut, a subtotal before tax, VAT, MwSt., btw, TVA
or IVA included, tendered cash and change), in rupees (in Indian and western grouping, ₹ / Rs. / a whole-rupee ``Rs.
1,250/-`` / INR before or after, a sum in words), pounds, US dollars and euros (Irish pages with €1,234.50, German
with 1.234,50 €, French with 1 234,50 €, Dutch with € 1.234,50, Italian with € 1.234,50 or 1.234,50 €), marked by
symbol or ISO code before or after:
a football, cricket or rugby club's match-ticket order (Kerala Blasters FC, Karnataka State Cricket Association,
Brentford FC, Gloucester Rugby, Portland Timbers, Shamrock Rovers FC, FC St. Pauli, AFC Ajax, ACF Fiorentina, Stade
Toulousain: Customer / Account holder / Kunde / Client / Klant / Cliente, Supporter no / Fan ID / Mitgliedsnummer /
N° abonné / Clubcard nummer / Tessera del tifoso n., Match / Fixture / Spiel / Rencontre / Wedstrijd / Partita,
Kick-off / Match date / Anstoß / Coup d'envoi / Aftrap / Calcio d'inizio, the stadium, tickets by type, each seat's
stand, block, row and seat, Nominativo, each ticket's number, barcode or Sigillo fiscale, a member discount, a
booking, service or handling fee (Servicegebühr, Frais de service, Servicekosten, Diritti di prevendita), GST added,
VAT, MwSt., TVA, btw or IVA included, no tax in Oregon, Total / Amount paid / Gesamt / Montant payé / Totaal /
Totale, Order number / Booking reference / Bestellnummer / N° de commande / Bestelnummer / Numero ordine, Order date
/ Bestelldatum / Date de commande / Besteldatum / Data acquisto, a ticketing platform's footer), a railcard, rail
pass or season ticket (Indian Railways' UTS, Southeastern, ScotRail, Metro-North Railroad, Amtrak, Deutsche Bahn,
NS, SNCF Voyageurs, Iarnród Éireann, Trenitalia: Passenger / Cardholder / Karteninhaber/in / Titulaire / Reiziger /
Titolare, a date of birth, the product and route, Valid ... to ... / Valid until / Gültig / Validité du ... au /
Ingangsdatum / Validità dal ... al, an Aadhaar, smartcard, OMNY, pass, BahnCard, OV-chipkaart, carte, Leap or
CartaFRECCIA number, a customer number, travel protection, a SEPA-Lastschrift with its Mandatsreferenz and
Gläubiger-ID, R-Wallet with its balance, Nächste Abbuchung / Volgende afschrijving, UTS No / Booking ID / Booking
reference / Reservation number / Auftragsnummer / Ordernummer / Référence de commande / Codice PNR, Purchased /
Booking time / Kaufdatum / Date d'achat / Besteldatum / Data acquisto), an accountant's or tax adviser's invoice and
receipt for a year's return (Sharma Iyer & Co. Chartered Accountants, Kulkarni Tax Consultants, Hartley & Moss
Accountants, Lakeside Tax & Bookkeeping, Brennan Tax Advisers, Steuerberatung Kessler & Partner, Van Dijk
Belastingadvies, Cabinet Moreau Expertise Comptable: TAX INVOICE / INVOICE CUM RECEIPT / Fee note / Honorarrechnung /
Note d'honoraires / Factuur, Client / Bill to / Mandant/in / Klant / Destinataire, PAN, UTR and NI number, SSN and
PTIN, Mandanten-Nr. and Steuer-ID, Relatienummer and BSN, PPSN, N° client and numéro fiscal, Assessment Year / Tax
year / Veranlagungszeitraum / Belastingjaar / Revenus, ITR Ack. No., the work at fees under StBVV, GST / VAT / zzgl.
MwSt. / btw / TVA added after Taxable value / Nettobetrag / Total HT / Subtotaal, Invoice total / Rechnungsbetrag /
Net à payer / Totaal, a retainer taken off (Less: advance received / abzgl. Vorschuss / Acompte versé / Af:
voorschot) and Balance received / Restbetrag bezahlt / Solde réglé / Restant betaald, a refund expected or tax owed
to HMRC or Revenue, Invoice No / Rechnungs-Nr. / Facture n° / Factuurnummer, Invoice date / Rechnungsdatum / Date
de facture / Factuurdatum, Payment date / Date paid / Zahlungseingang / Bezahlt am / Date de paiement / Betaaldatum;
PAID / PAID WITH THANKS / Received with thanks / Bezahlt / Betrag dankend erhalten / Acquittée / Payée / Voldaan /
Betaald in a share), a counselling or psychotherapy practice's bill (Mindspace Counselling Centre, Sukoon
Psychotherapy Clinic, Northfield Counselling Practice, Cedar Grove Counseling Associates, Liffey Counselling &
Psychotherapy, Psychotherapeutische Praxis am Stadtpark, Studio di Psicologia Clinica Aurora, Cabinet de Psychologie
Les Tilleuls, Praktijk voor Psychotherapie De Linde: registrations, Client / Patient / Patient/in / Paziente /
Patient(e) / Cliënt, Codice fiscale, a date of birth, Insurance / Zorgverzekeraar with a member or policy number,
Therapist / Clinician / Seen by / Behandelnde Therapeutin / Psicoterapeuta / Psychologue / Behandelaar, sessions by
day at a fee (GOP 870, CPT 90837), a late-cancellation fee, a health-care VAT exemption, Contributo ENPAP 2% and
Marca da bollo, Total charges less Insurance paid and Patient paid / Copay paid / Patient responsibility, Total /
Gesamtbetrag / Totale documento / Montant / Totaal, Receipt No / Invoice No / Rechnungsnummer / Fattura n. /
Ricevuta n. / Note n° / Factuurnummer, Payment date / Zahlungseingang / Data pagamento / Data incasso / Date du
paiement / Réglé le / Betaaldatum, Next appointment / Nächster Termin / Prossimo appuntamento / Prochain
rendez-vous / Volgende afspraak), a heritage or museums body's annual membership (Indian National Trust for Art and
Cultural Heritage, National Trust, English Heritage, Historic New England, Office of Public Works, Museumkaart,
Centre des monuments nationaux, FAI - Fondo per l'Ambiente Italiano, Staatliche Museen zu Berlin: Lead member /
Joint member / Children / Karteninhaber/in / Titulaire / Kaarthouder / Socio, the membership, Membership no /
Membership card no / Kartennummer / N° d'adhérent / Kaartnummer / Tessera n., Valid until / Gültig bis / Valable
jusqu'au / Geldig t/m / Scadenza, a favourite property, an added donation, Eenmalige administratiekosten, Gift Aid, a
tax-deductible portion, an 80G note, Order number / Transaction ID / Bestellnummer / N° de commande / Bestelnummer
/ Numero ordine, Date of purchase / Kaufdatum / Date d'achat / Besteldatum / Data acquisto), a council's
garden-waste payment (Bruhat Bengaluru Mahanagara Palike, Leeds City Council, Wiltshire Council, City of Ann Arbor,
Fingal County Council's recycling centre, Abfallwirtschaftsbetrieb Esslingen (a booked pickup or its Wertstoffhof's
slip), Gemeente Haarlem, Ville de Rennes, Comune di Bergamo: Name / Resident / Gebührenpflichtige/r / Usager /
Aanvrager / Richiedente, the property, Application No / UPRN / Utility account / Kassenzeichen / Zaaknummer / N°
usager / Codice utente TARI, Vehicle reg / Kennzeichen, bins, loads, carts, sacks or a weight at a fee, a
concession, Permit number, Weighbridge ticket, First collection / Collection day / Pickup scheduled on / Service
begins / Abholtermin / Ophaaldatum / Date de passage / Data ritiro, Payment reference / Transaction ID /
Confirmation number / Ticket no / Quittungsnummer / Beleg-Nr. / Transactienummer / Référence de l'opération / ID
transazione, Payment date / Zahlungsdatum / Betaaldatum / Date de paiement / Data pagamento or a bare date line,
PayFiP's line), a travel vaccination clinic's till receipt (Airport Health Organisation, Mumbai, Port Health
Organisation, Chennai, Globetrotter Travel Clinic, Summit Travel Medicine, Liffey Travel Health Centre, GGD
Amsterdam Reizigersvaccinaties, Reisemedizinisches Zentrum Hamburg, Centro Vaccinazioni Internazionali Milano,
Centre de vaccinations internationales Lyon: RECEIPT / QUITTUNG / KASSABON / RICEVUTA / REÇU, Traveller /
Reisende/r / Reiziger / Viaggiatore / Voyageur, DOB, Passport no, Destination, vaccines at prices with Lot and exp,
ICVP no / Zertifikat-Nr., VAT exemption, TOTAL / GESAMT / TOTAAL / TOTALE, the sum in words, a masked card with its
entry or Tender / Zahlart / Betaalwijze / Pagamento / Règlement with Cash tendered and Change, Receipt No / Beleg-Nr.
/ Bonnummer / Ricevuta n. / Reçu n° (Txn ref / Vorgangs-Nr. / Transactienr. / Rif. transazione / Réf. transaction
on a decline), the date and time bare on top or at the foot or under Date / Datum / Data, Next
dose due / Nächste Impfung / Volgende prik / Prossima dose / Prochaine dose; PAID / APPROVED / BEZAHLT / BETAALD /
PAGATO / PAYÉ / DECLINED / ABGELEHNT / GEWEIGERD / RIFIUTATA / REFUSÉ / UPI payment failed in a share), a graded
music exam board's entry (Trinity College London, Akhil Bharatiya Gandharva Mahavidyalaya Mandal, ABRSM, The Royal
Conservatory Certificate Program, Royal Irish Academy of Music, Musikschule Leipzig, Accademia Musicale Fiorentina:
Applicant / Entered by / Angemeldet von / Richiedente, Applicant number, Exam period / Prüfungstermin / Sessione
d'esame, Exam centre / Prüfungsort / Sede d'esame, candidates with candidate numbers and dates of birth, the
instrument and grade at a fee, an accompanist, a late-entry surcharge, a sibling discount, Entry reference /
Booking ref / Payment reference / Anmeldenummer / Numero iscrizione, Payment date / Transaction date /
Zahlungsdatum / Data pagamento), a planning or building-permit application fee (Greater Chennai Corporation,
Hyderabad Metropolitan Development Authority, Bristol City Council, Cornwall Council, City of Austin Development
Services Department, Dublin City Council, Gemeente Utrecht, Comune di Firenze, Stadt Münster: File No. and PID No.,
Application reference and Planning Portal reference, Case number and Parcel ID, Planning Reg. Ref., Zaaknummer and
Verzoeknummer Omgevingsloket, Pratica SUE n. and Protocollo n. ... del, Aktenzeichen and Kassenzeichen, Applicant /
Bauherr/in / Aanvrager / Richiedente, Agent / Architect / Contractor / Entwurfsverfasser/in / Gemachtigde / Tecnico
incaricato, the site and the proposal, Date received, scrutiny and licence fees and a labour cess with a refundable
security deposit, the householder fee and the portal's charge paid separately, a plan review fee and surcharges,
Bouwkosten and Leges 2,85%, Diritti di segreteria e di istruttoria and Marca da bollo, Rohbauwert and 8 ‰ of it,
Total / Totaal / Totale / Gesamtbetrag, Transaction ID / Bank Ref. No. / Payment reference / Receipt # /
Transactienummer / Numero ricevuta / Quittungsnummer, Payment date / Paid on / Betaaldatum / Data versamento /
Zahlungsdatum, Target decision date / Uiterste beslisdatum / Termine del procedimento), an intellectual-property
office's trade mark filing fee (Office of the Controller General of Patents, Designs & Trade Marks, UK Intellectual
Property Office, United States Patent and Trademark Office, European Union Intellectual Property Office, Deutsches
Patent- und Markenamt, Institut national de la propriété industrielle, Benelux-Bureau voor de Intellectuele
Eigendom: Application No. / Serial number / Aktenzeichen / Numéro national / Depotnummer / EUTM application, the
mark, the classes, the applicant company and its agent, Priority date, fees per class, Total / Gesamtbetrag /
Montant total / Totaal, SBI ePay or a SEPA-Basislastschrift with its Mandatsreferenz, CBR No. / Payment reference /
Sales receipt no. / Transaktionsnummer / Référence de paiement / Betaalreferentie, Payment date / Zahlungstag /
Date de paiement / Betaaldatum), a mountain hut's, refuge's or rest house's booking (Garhwal Mandal Vikas Nigam,
Kumaon Mandal Vikas Nigam, Glen Brittle Memorial Hut, Appalachian Mountain Club, Rifugio Auronzo, Rifugio Lagazuoi,
Kemptner Hütte, Refuge du Goûter: Lead guest / Ospite / Capogruppo / Gast / Chef de groupe, BMC, AMC, DAV, FFCAM or
CAI numbers, Arrival / Departure / Anreise / Abreise / Arrivée / Départ / Arrivo / Partenza, Guests, a warden,
nights at a rate, Halbpension, a members' discount, GST or NH meals & rooms tax added, IVA / MwSt. / TVA included, a
Kurbeitrag, taxe or tassa di soggiorno to pay at the hut, paid in full or a deposit (Advance paid / Anzahlung
erhalten / Arrhes versées / Acompte réglé / Caparra confirmatoria versata) beside Total tariff / Gesamtpreis /
Montant du séjour / Totale soggiorno and the balance at the hut, Booking ID / Confirmation # / Buchungsnummer / N° de
réservation / Numero prenotazione, Booked on / Gebucht am / Date de réservation / Data prenotazione) and a
tree-planting charity's or company's dedicated trees (Grow-Trees.com, Woodland Trust, Arbor Day Foundation, Crann -
Trees for Ireland, Trees for All, Treedom, Stiftung Unternehmen Wald, Reforest'Action: Donor / Spender/in / Client /
Donateur / Cliente, Dedication / Widmung / Dédicace / Opdracht / Dedica with the person honoured, Occasion date,
the recipient's e-mail, the wood or project, trees at a price, a printed certificate or an extra donation, IVA
included, a monthly gift's Frequency and Next payment, CO2, Gift Aid, 80G, ANBI and RSIN, a Zuwendungsbestätigung to
follow, Certificate no / Tree ID / Codice albero, Donation ref / Gift ID / Spenden-Nr. / N° de commande /
Transactienummer / Numero ordine, Donation date / Spendendatum / Datum donatie / Data ordine). Outcomes: in a share
of every family's pages except the tax adviser's (a success in a share) and the clinic's slips (a success or a
decline in most), success, failure and waiting each in their language (OUTCOMES66 in heldout66_families: Payment
successful / received / complete / confirmed, Transaction successful, Zahlung erfolgreich / eingegangen / bestätigt,
Paiement accepté / effectué / confirmé, Betaling geslaagd / ontvangen / voltooid, Pagamento riuscito / effettuato /
confermato; Payment failed / declined, Transaction unsuccessful, Zahlung fehlgeschlagen / abgelehnt,
Paiement refusé, Échec du paiement, Paiement non abouti, Betaling mislukt / geweigerd, Pagamento non riuscito /
rifiutato; Payment pending / processing / under review, Awaiting payment, Zahlung ausstehend / in Bearbeitung,
Paiement en attente / en cours de traitement, Betaling in behandeling, Wacht op betaling, Pagamento in attesa / in
elaborazione), on a line of their own or beside Status / Payment status / Zahlungsstatus / Statut / État du
paiement / Betaalstatus / Stato / Esito. Ways to pay are worded as heldout62 and heldout64 word them on English and
German pages, and as Carte bancaire, CB Visa ****1234, Carte Mastercard, CB sans contact, PayPal, Apple Pay, Lydia,
Virement bancaire, Virement SEPA, Espèces; Pinbetaling, Creditcard (Visa), Maestro ****1234, Contactloos pinnen,
iDEAL, iDEAL (ING), iDEAL | Rabobank, Overboeking, Contant; Carta di credito, Bancomat, Carta Visa ****1234, POS
contactless, Satispay, Bonifico bancario, Bonifico SEPA, MyBank, Contanti on French, Dutch and Italian pages, under
Payment method / Paid by / Paid with / Payment mode / Paid via / Payment type / Mode of payment / Tender / Zahlungsart
/ Zahlart / Bezahlt mit / Zahlweg / Zahlungsweise / Zahlungsmittel / Mode de paiement / Moyen de paiement / Réglé
par / Payé par / Règlement / Betaalwijze / Betaalmethode / Betaald met / Betaling via / Metodo di pagamento /
Modalità di pagamento / Pagato con / Forma di pagamento / Pagamento; a slip's masked card states a card. Dates: one
pattern per page, day first on Indian, UK, Irish and euro pages, month first on US pages, among them two-digit
years, weekdays, ordinals, ISO, German, French (``1er mars 2026``), Dutch and Italian month and day names. Faces:
every family in faces the project installs (``make system-deps``), DejaVu among them (listed below per family); the
rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Long names on top set
a page only just wider than the name, and a longer line under it widens the page to hold it
(``heldout62_families._page``). Degradations as heldout64 (``heldout14_render.degrade``; a photo of the screen for
the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, extras, contributions and stamp duty included, discounts taken off, as
  "1234.50"; currency its ISO code. The order's, pass's, invoice's, bill's, membership's, payment's, receipt's,
  entry's, fee's, booking's or donation's total (never an item, a rate, a subtotal or net before tax, a tax, VAT,
  MwSt., btw, TVA or IVA included, a discount, the cash tendered or the change, a fee line, a wallet's balance, a
  refund expected or tax owed to the state, building costs, a service charge paid elsewhere, Gift Aid, a
  tax-deductible portion, a tourist tax to pay at the hut, a stay's total or balance beside a deposit). Where a
  retainer paid earlier is taken off, the balance received; where an insurer paid part, what the client paid; on a
  deposit booking the deposit. For a failed or pending payment the amount attempted (under a total's or an amount's
  wording, never Amount paid / Total paid / Bezahlt / Montant payé / Betaald bedrag / Importo pagato).
* date: the payment date, ISO, only where printed, one per page: under Order date / Date of purchase / Purchased /
  Booking time / Booked on / Payment date / Date of payment / Date paid / Paid on / Transaction date / Donation date
  / Date / Date/Time and their German, French, Dutch and Italian wordings (Bestelldatum, Kaufdatum, Zahlungseingang,
  Zahlungsdatum, Zahlungstag, Gebucht am, Spendendatum, Date de commande, Date d'achat, Date de paiement, Réglé le,
  Date de réservation, Besteldatum, Betaaldatum, Datum donatie, Data ordine, Data acquisto, Data pagamento, Data
  prenotazione, Data), or a slip's bare date line; where the payment failed or waits, the day it was tried under
  Date / Date & time / Datum / Data. Never a kick-off, a card's or pass's validity, a date of birth, an invoice's
  date, a retainer's, a session, a next appointment, a collection, pickup or service start, a vaccine's expiry, a
  next dose, an exam period, a day received or protocolled, a decision's target, a priority, an arrival or
  departure, an occasion, a next debit or payment. Day first on Indian, UK, Irish and euro pages, month first on US
  pages; a two-digit year is in this century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" as heldout62 and heldout64 and the list above map the
  wordings (a bank transfer, a SEPA transfer or direct debit, iDEAL, MyBank, NEFT, IMPS or a bank's e-payment
  gateway is net banking; PayPal, Apple Pay, Lydia, Satispay and Indian Railways' R-Wallet are wallets; Pinbetaling,
  Bancomat and a carte bancaire are cards); None where no way to pay is printed.
* status: only where words state the outcome: success, failed or pending in the wordings above and the slips' PAID,
  APPROVED, ** PAID **, BEZAHLT, Zahlung erfolgt, BETAALD, PAGATO, TRANSAZIONE ESEGUITA, PAYÉ, PAIEMENT ACCEPTÉ
  and the letters' PAID, PAID WITH THANKS, Received with thanks, Bezahlt, Betrag dankend erhalten, Acquittée, Payée,
  Voldaan, Betaald (success), DECLINED, CARD DECLINED, ABGELEHNT, Zahlung abgelehnt, GEWEIGERD, Betaling geweigerd,
  RIFIUTATA, TRANSAZIONE NEGATA, REFUSÉ, PAIEMENT REFUSÉ, UPI payment failed, Transaction failed (failed); None
  otherwise (a heading such as Order confirmation, Order summary, Payment summary, Receipt, Fee note, Rechnung,
  Quittung, Note d'honoraires, Factuur, Ricevuta, Riepilogo pagamento, Booking confirmation, a label such as Amount
  paid, Payment date, Paid on or Zahlungseingang, or a line that says entries are confirmed only once paid, is
  none).
* transaction_id: as printed; at most one per receipt (the order's, pass's, invoice's, receipt's, entry's,
  booking's, donation's own number or the payment's reference under the labels above). Never a fan, member,
  customer, card, smartcard, pass or ticket number, a barcode or fiscal seal, a mandate reference or creditor id, a
  tax or taxpayer number (GSTIN, FRN, VAT, EFIN, St.-Nr., KvK, SIRET, PAN, UTR, NI, SSN, PTIN, Steuer-ID, BSN,
  PPSN, numéro fiscal, codice fiscale, P.IVA), an ITR acknowledgement, a practitioner's registration, an insurer's
  member or policy number, a UPRN, application, file, case, parcel, protocol, serial, depot or Aktenzeichen number,
  a Kassenzeichen, a zaaknummer, a TARI or usager number, a permit or weighbridge number, a vehicle's registration, a
  passport number, a vaccine's lot, an ICVP, a candidate's or applicant's number, a certificate's or tree's code.
  None when none is printed.
* merchant_name: who was paid, the name on top (the club, the railway, the firm, the practice, the heritage body,
  the council, the clinic, the exam board, the planning authority, the IP office, the hut or its operator, the
  tree-planting charity or company); a customer, holder, client, patient, member, resident, traveller, applicant,
  teacher, candidate, agent, architect, attorney, applicant company, guest, warden, donor, person honoured,
  therapist, partner, insurer, stadium, property, wood or project, ticketing platform, planning portal or tax
  authority is never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout66_families import (
    garden_waste,
    heritage_membership,
    match_tickets,
    mountain_hut,
    music_exam_entry,
    planning_fee,
    railcard_purchase,
    tax_return_fee,
    therapy_session,
    trademark_filing,
    travel_vaccination,
    tree_dedication,
)

SPLIT = "heldout66"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
MATCH_FACES = [
    "noto/NotoSans-Bold.ttf",
    "dejavu/DejaVuSansCondensed-Bold.ttf",
    "liberation/LiberationSansNarrow-Bold.ttf",
]
RAIL_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
]
ADVISER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
]
THERAPY_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
]
HERITAGE_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Italic.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
GREEN_FACES = [
    "liberation2/LiberationSans-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansMono.ttf",
]
CLINIC_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
    "freefont/FreeMonoBold.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
EXAM_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
PLANNING_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
]
IP_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Bold.ttf",
    "noto/NotoSerif-Regular.ttf",
]
HUT_FACES = [
    "noto/NotoSans-Italic.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
]
TREE_FACES = [
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
]
FAMILIES: list[Family] = [
    ("match_tickets", match_tickets, MATCH_FACES),
    ("railcard_purchase", railcard_purchase, RAIL_FACES),
    ("tax_return_fee", tax_return_fee, ADVISER_FACES),
    ("therapy_session", therapy_session, THERAPY_FACES),
    ("heritage_membership", heritage_membership, HERITAGE_FACES),
    ("garden_waste", garden_waste, GREEN_FACES),
    ("travel_vaccination", travel_vaccination, CLINIC_FACES),
    ("music_exam_entry", music_exam_entry, EXAM_FACES),
    ("planning_fee", planning_fee, PLANNING_FACES),
    ("trademark_filing", trademark_filing, IP_FACES),
    ("mountain_hut", mountain_hut, HUT_FACES),
    ("tree_dedication", tree_dedication, TREE_FACES),
]


def make_heldout66_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout66 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

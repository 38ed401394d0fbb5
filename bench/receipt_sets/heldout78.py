"""heldout78: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout78).

Families (8 receipts each), drawn away from heldout2 to heldout77's layouts: payments to small institutions and the
public sector in English-speaking places and the euro area, with Indian pages (English, German, French, Dutch,
Italian and Spanish pages), in pounds, euros, dollars and rupees with their groupings, marks and codes (£, GBP, €,
EUR, $, USD, ₹, Rs., INR; lakh grouping on most rupee pages, European and French groupings on euro pages). The kinds:
a parish church's wedding fees (Panaji, Thame, Hertford, Kildare, Haarlem, Treviglio), a beekeepers' association's
membership with its extras (Salisbury, West Chester, Naas, Bensheim, Voorburg, Amboise), an adult education centre's
course enrolment (Hertford, Eugene, Dublin, a Volkshochschule, a université populaire, a volksuniversiteit, an
università popolare, a universidad popular), a court office's fee (a copying section in Bengaluru, HMCTS probate,
a Texas probate court, Dublin's Probate Office, a Nachlassgericht, a Dutch griffie), a lost property office's
release (Leeds, Minneapolis, Dublin, Köln, Lyon, Rotterdam, Florence, Valencia), a credit union's or co-operative
credit society's counter lodgement (Baramati, Mysuru, Shrewsbury, Racine, Kilkenny), a first aid course's booking
(St John Ambulance in Delhi and London, Red Cross and Order of Malta units, DRK, Croix-Rouge, an EHBO-vereniging,
Croce Rossa, Cruz Roja), a tourist information office's counter slip (York, Santa Fe, Kinsale, Bamberg, Colmar,
Texel, Lucca, Ronda), a dog pound's release of a stray (Hailsham, Tucson, Navan, Augsburg, Dax, Ede), a
university's graduation or convocation fees (Pune, Mysuru, Hull, Portland, Galway), an agricultural show's or
county fair's entries (Wraxall, Lincoln NE, Clonmel, Pfarrkirchen, Saint-Pol, Opmeer) and a doctor's or hospital's
fee for a report, a form or a copy of records (Pune, Falkirk, Sacramento, Ballincollig, Tübingen, Doorn). Their
pages name people who are not the payee (a couple and an officiant, a member, a learner and a tutor, the deceased
and an applicant, an owner and a finder, a member and a teller, participants and a trainer, a cashier, a dog's
owner, a student, an exhibitor, a patient, a doctor and the insurer, DVLA or CBR a report is for), print other
days (a wedding, the banns' first Sunday, an earlier deposit's day, a membership's end, a course's first session, a
hearing, the day an item was found, a guided walk's day, the day a dog was seized, a ceremony, a show and its
entries' closing, a report's ready day) and other numbers (booking references, membership, course, case, item,
member and loan account, microchip and impound, student, PRN, seat and application, exhibitor and class, patient,
NHS, CHI, MRN and UHID numbers, a terminal's TID, MID and AID) and other amounts (a deposit taken off and the
balance, a concession or discount, storage days and postage, a finder's reward paid apart, a loan's principal and
interest, a loan balance and a share balance, children's half-price tickets, VAT included or added, GST in halves,
sales tax, kennelling days at a rate, pages at a rate, cash tendered and change), and word outcomes as successes,
failures and waits on a share, on a line of their own or beside a status label, or print none. Dates: one pattern
per page as heldout74 (worded months in the page's own language on a share; month first on US pages only). Faces:
the project's installed faces (Liberation, FreeFont, Noto, DejaVu); slips in monospaced faces in a share; rupee
pages print ₹ only in faces that hold it, else Rs. (or INR). Degradations as heldout66
(``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"):

* amount: what this page took (or tried to take) now, as "1234.50": a wedding's fees, or where a deposit paid on an
  earlier day is taken off, the balance (never the total fees or the deposit); a membership's total with its
  insurance, course, hire, magazine or donation; a course's fee with materials less a concession; a court's fees
  with certified copies; a lost property office's handling fee with storage or postage (never a finder's reward
  paid to the finder apart); a credit union's lodgement: the loan repayment's principal and interest with shares
  and a late charge (never a loan balance or a share balance); a first aid course's fee for everyone booked with a
  manual and a booking fee (and GST on Indian pages); a tourist office's slip total (sales tax added on US slips;
  VAT included elsewhere); a dog's release fee with kennelling, a microchip, a vaccination or a dog licence; a
  graduation's or convocation's total; a show's entries with a stand, passes and a late surcharge; a report's or
  copy's fee with pages at a rate and VAT or GST added. Never tax shown apart from a price that includes it, a
  rate, cash tendered or change. currency: the ISO code of the amount.
* date: the day paid (or tried) as printed, ISO: Date, Receipt date, Txn date, Invoice date, Datum, Data, Fecha,
  Paid on, Payment date, Date paid, Date of payment, Bezahlt am, Zahlungsdatum, Payé le, Date de paiement, Betaald
  op, Betaaldatum, Pagato il, Data pagamento, Pagado el, Fecha de pago, Payment Date, Transaction Date, Rechnungsdatum,
  an enrolment's Enrolled on, Booked on, Angemeldet am, Anmeldedatum, Inscrit le, Date d'inscription, Ingeschreven
  op, Iscritto il, Data iscrizione, Fecha de inscripción, a course booking's Booked on, Booking date, Gebucht am,
  Réservé le, Geboekt op, Prenotato il, Reservado el; a failed or waiting online payment's page prints the day tried
  under a plain Date label; None where not printed. Never a wedding's day, Banns from, an earlier deposit's day,
  Membership valid until, Renewal due, Course starts, Kursbeginn, a course's Starts or Inizio corso, a Hearing date
  or Next listing, Termin, Zitting, Found on, Gefunden am, Trouvé le, a guided walk's day, Seized on, Aufgenommen am,
  Capturé le, a Ceremony, Convocation date, Commencement, Show day, Schautag, Date du comice, Keuringsdag, Entries
  close, Nennschluss, Ready for collection, Abholbereit ab. Day first on all pages but US ones.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way paid as heldout74 and heldout76
  (a terminal's masked card, Visa, Contactless, girocard, CB, PIN, Bancomat, Tarjeta are a card; Apple Pay, PayPal,
  Revolut, Lydia, Satispay, Paytm Wallet are wallets; UPI, PhonePe, Google Pay on rupee pages are UPI; iDEAL, Net
  Banking, Sofortüberweisung are net banking; Cash, Bar, Espèces, Contant, Contanti, Efectivo, a cash tendered line
  with change are cash). None where no way is printed.
* status: only where words state the outcome; None otherwise: a terminal's APPROVED, DECLINED and the like,
  heldout74's and heldout76's wordings, and Received with thanks, Fees received with thanks, In dank ontvangen,
  Ricevuto, grazie, Membership renewed - thank you!, Beitrag erhalten - vielen Dank!, Contributie ontvangen,
  bedankt!, Cotisation réglée - merci !, Enrolment confirmed - payment received, Anmeldung bestätigt, Inscription
  validée, Inschrijving bevestigd, Iscrizione confermata, Inscripción confirmada, Fee paid - your application has
  been submitted, Griffierecht voldaan, Transaction complete, Lodgement received - thank you, Payment successful -
  see you on the course, Zahlung erfolgreich - Platz gebucht, Paiement accepté - inscription confirmée, Pago
  realizado - plaza reservada, Fees paid - dog released to owner, Bezahlt - Tier übergeben, Réglé - animal
  restitué, Betaald - hond opgehaald, Payment successful - you are registered for the ceremony, Entries received -
  thank you, Nennung bezahlt, Engagement réglé - merci, Inschrijving betaald (success); Payment declined, Betaling
  geweigerd, Pagamento rifiutato, Payment failed - membership not renewed, Payment failed - place not held,
  Payment failed - application not submitted, Transaction declined, Payment failed - place not booked, Payment
  declined - dog not released, Transaction failed, Payment failed - registration incomplete, Payment failed -
  entries not accepted (failed); Payment pending, Pending, Payment processing, Betaling in behandeling, Pagamento
  in attesa, Payment pending - awaiting bank confirmation and heldout74's (pending). A heading (Wedding fees -
  receipt, Membership renewal, Enrolment confirmation, Fee payment confirmation, Release of found property, MEMBER
  RECEIPT, Booking confirmation, RECLAIM RECEIPT, Online Payment Receipt, Entries confirmation, Private fee
  receipt), a label of a sum paid (Amount paid, Gezahlter Betrag, Total lodged) or a line of terms states none.
* transaction_id: at most one, as printed. A wedding's, a lost property office's, a credit union's, a tourist
  office's, a dog pound's, a report's page: its own number (Receipt No, Receipt #, Receipt No., Quittung Nr.,
  Beleg-Nr., Reçu n°, Quittance n°, Kwitantie nr., Bonnr., Ricevuta n., Quietanza n., Recibo nº, Justificante nº,
  Trans No, Txn No, Pavti No, Bon-Nr., Ticket n°, Scontrino n., Ticket nº, Invoice No, Bill No, Rechnungsnr.,
  Notanr.), or on rupee pages paid by UPI a UTR printed beside it (UTR, UTR No, UPI Ref No, UPI Txn ID). A
  membership's, an enrolment's, a court's, a first aid booking's, a graduation's and a show's pages print up to
  two: the payment's reference where printed (Payment ref, Payment reference, Transaction ID, Zahlungsreferenz,
  Transaktionsnummer, Référence de paiement, Betaalreferentie, Betalingskenmerk, ID transazione, Nº de operación,
  Kassenzeichen, Confirmation number, Bank Ref No, UTR; a pi_ or ch_ id keeps its printed case), else the
  document's own number (a receipt's, an enrolment's, a booking's, an order's, a challan's or an invoice's). Never a
  booking reference on a wedding's page, a membership, course, case, item, member, account or loan, impound,
  microchip, student, PRN, seat, application, exhibitor or class, patient, NHS, CHI, MRN or UHID number, a terminal's
  TID, MID or AID.
* merchant_name: the body on top, as printed: the parish church, the association, the centre, the court or its
  office, the lost property office, the credit union, the training body, the tourist office, the pound or warden
  service, the university or its office, the show society, the practice or the hospital's department; never a
  couple, officiant, member, learner, tutor, deceased, applicant, owner, finder, teller, participant, trainer,
  cashier, student, exhibitor, patient, doctor, nor the insurer, DVLA or CBR a report is for.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout78_families import (
    adult_education,
    beekeepers_membership,
    church_wedding_fees,
    court_fee,
    credit_union_lodgement,
    dog_pound_release,
    first_aid_course,
    graduation_fees,
    lost_property,
    report_fee,
    show_entries,
    tourist_office,
)

SPLIT = "heldout78"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); slips print in monospaced faces in a
# share, invoices in serif ones in a share, screens and e-mails in sans faces.
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeMono.ttf",
]
FAMILIES: list[Family] = [
    ("church_wedding_fees", church_wedding_fees, PAPER_FACES),
    ("beekeepers_membership", beekeepers_membership, SCREEN_FACES),
    ("adult_education", adult_education, SCREEN_FACES),
    ("court_fee", court_fee, PAPER_FACES),
    ("lost_property", lost_property, SLIP_FACES),
    ("credit_union_lodgement", credit_union_lodgement, SLIP_FACES),
    ("first_aid_course", first_aid_course, SCREEN_FACES),
    ("tourist_office", tourist_office, SLIP_FACES),
    ("dog_pound_release", dog_pound_release, PAPER_FACES),
    ("graduation_fees", graduation_fees, SCREEN_FACES),
    ("show_entries", show_entries, PAPER_FACES),
    ("report_fee", report_fee, PAPER_FACES),
]


def make_heldout78_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout78 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

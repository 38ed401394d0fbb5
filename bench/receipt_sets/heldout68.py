"""heldout68: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout68).

Families (8 receipts each), drawn away from heldout2 to heldout66's layouts, in services and bookings (trades, pets,
lessons and clubs, venues, hospitality, rentals, children's parties, ceremonies, birth support, family history),
booked directly or through apps and marketplaces: half ordinary everyday payments (an electrician's job, a dog
training course, a child's coding, robotics or abacus class, a winery's, brewery's or distillery's tour and tasting,
an outfit, suit or dress rental, a round of crazy golf) and half kinds rarely seen (a farrier's visit, a children's
party entertainer, a celebrant's, officiant's or pandit's fee, a doula's package, a genealogist's research, a
fencing club's fees). Their pages name people under many roles (a customer, a homeowner, a client, an owner, a
handler, a parent, a child, a student, a lead guest, a hirer and a wearer, a player, a birthday child, a couple, a
yajman, a birth partner, a member and a fencer; an electrician, a trainer, a tutor, a host or sommelier, a party
host, a performer, a pandit, a doula, a researcher, a coach) and businesses and bodies that are not the payee (a
letting agent, a Hausverwaltung, a syndic, a housing society; a platform that passed on a job; a venue, a village
hall, a park, a manege, a yard or livery, a vet's clinic; a booking system; a voucher site; a marketplace that
collects for an entertainer; a hotel, a castle, a town hall; a register office, a county clerk, the HSE, a
municipality; a hospital or birth centre; an archive; a federation; an insurer), print other days (a job's visit, a
course's first session, a term, a class's slot, a tour's day and slot, an event, a fitting, a pick-up and a return,
a tee time, a party, a ceremony and a meeting, a baby's due date, a next visit, a next instalment, a report's
delivery, an invoice's own date, a season's validity) and numbers and amounts that are not the payment's (GSTIN,
VAT, EIN, USt-IdNr., St.-Nr., SIRET, KvK, btw-id, P.IVA and C.F. numbers, NICEIC, RECI, HIC and licence numbers, a
job, Kommission, werkbon or commessa number, a platform's job or lead id, a certificate's, permit's or test
report's number, a microchip and a Hundesteuermarke, a student ID, an item code, a voucher code, a wine club
member's number, a UELN, a DBS certificate, a performer's licence, a case or project number, a federation's
licence, a mandate reference and a creditor id, an account to pay into; labour costs under § 35a EStG, a deposit
paid earlier, a package's or a booking's full price and its balance, a next instalment, a security deposit held or
payable in cash, a late fee, the state's fee for the legal ceremony, an estimate for the next stage, tendered cash
and change, VAT, MwSt., TVA, btw or IVA included), in rupees (in Indian and western grouping, ₹ / Rs. / a
whole-rupee ``Rs. 1,250/-`` / INR before or after), pounds, US dollars and euros (Irish pages with €1,234.50, German
with 1.234,50 €, French with 1 234,50 €, Dutch with € 1.234,50, Italian with € 1.234,50 or 1.234,50 €), marked by
symbol or ISO code before or after:
an electrician's invoice and receipt (Sai Shakti Electricals, Volt Care Electrical Services, Brightwire Electrical
Ltd, Keystone Electric Co., Liffey Electrical Services, Elektro Brandl GmbH, Électricité Générale Dufour,
Installatiebedrijf Kok Elektra, Impianti Elettrici Colombo: their registrations, the site and the agent, the day of
the work, the work at prices, a deposit taken off, Checkatrade, MyBuilder, Angi, Thumbtack, Sulekha, JustDial,
MyHammer, Travaux.com, Werkspot or ProntoPro with its own job id), a dog training course (Pawsitive Steps Dog
Training, Good Boy Academy Bengaluru, Muddy Paws Puppy School, Leash & Learn Dog Training, Wicklow Dog Training Club,
Hundeschule Pfotenglück, Éducation Canine du Val d'Oise, Hondenschool De Vrolijke Poot, Scuola Cinofila Il Branco:
the dog, its chip, the course and its first session, § 19 UStG, art. 293 B, KOR and regime forfettario notes and a
Marca da bollo), a children's coding, robotics or abacus class (Abacus Genius Learning Centre, RoboSprouts Coding &
Robotics, Code Cubs Academy, ByteSize Coders Club, Galway Young Coders, Codekids Programmierschule, Les Petits
Codeurs, Codeklas Utrecht, CodeLab Ragazzi Torino: the child and the parent, a term and a batch, Bildung und
Teilhabe or Jeugdfonds taken off, an instalment and the next one), a tour and tasting (Sahyadri Hills Vineyards, Goa
Craft Brewing Co., Hawthorn Gin Distillery, Calloway Ridge Winery, Shannon Bridge Distillery, Weingut Kesselring,
Champagne Vautrin & Fils, Brouwerij Het Kromme Hert, Cantina Poggio Alto: a booking, or the tasting room's till slip
with a masked card and an approval code or a receipt number, a designated driver, bottles, a tasting fee waived, a
gratuity, Tock, Bookeo, FareHarbor or Regiondo in a footer), an outfit rental (Shringar Ethnic Wear on Rent, Nawab
Sherwani Rentals, Black Tie Suit Hire, Gown & Tux Rental Co., Debs Dress Hire Cork, Abendmode- und Kostümverleih
Lenz, Location Robes Élise, Jurkenverhuur Jolie, Noleggio Abiti Cerimonia Bellini: event, fitting, pick-up and
return days, a security deposit charged, held on the card or payable in cash, an advance), a round of crazy golf
(Mini Links Golf Pune, Glow Putt Gurugram, Lost Lagoon Adventure Golf, Boardwalk Mini Golf & Arcade, Liberty Crazy
Golf Dublin, Adventure-Minigolf Piratenbucht, Mini-Golf des Dunes, Midgetgolf De Kleine Duinen, Minigolf Pineta: a
tee time, a party, a voucher redeemed, a kiosk's slip), a farrier's visit (Rathore Farrier & Nalband Services,
Deccan Equine Farriery, T. Hollins DipWCF, Farrier, Marsh Lane Forge, Big Sky Hoof Care, Kildare Farriery Services,
Hufbeschlagschmiede Moser, Maréchalerie Lefèvre, Hoefsmederij Van Aalst, Mascalcia Ferrari Mario: the yard, the
horses, remedial shoes on a vet's advice, a next visit, an account to pay into), a children's party entertainer
(Magic Max Kids Entertainers, Jadugar Sameer Magic Shows, Mr Wobbles Party Magic, Bubbles the Clown & Friends,
Funtime Face Painting Kildare, Zauberer Fabiano, Compagnie Les P'tits Guignols, Poppentheater Pluk, Mago Zucchero
Animazione Feste; in a share the marketplace's receipt, Utsavly, PartyPilot, Festheld, Fêtezy, Feestfinder or
Festapp on top and the entertainer under Paid to / Payee / Zahlungsempfänger / Bénéficiaire / Begunstigde /
Beneficiario), a celebrant's fee (Pandit Ramesh Shastri Vedic Services, ShubhMuhurat Pandit Booking, Hearth &
Heather Ceremonies, Golden Vow Officiants, Wild Atlantic Celebrants, Freie Trauungen Anja Berger, Cérémonies Laïques
Marianne, Trouwen met Lieke (BABS), Cerimonie Simboliche Aurora: a booking fee, the balance after one, the dakshina,
the state's fee paid elsewhere), a doula's package (Janani Birth Doula Services, Mumbai Birth Companions, Gentle
Arrival Doula Care, Bay Area Birth Doulas, Dublin Doula Collective, Doula-Praxis Geborgen, Doula Douceur Naissance,
Doula Moederhart, Doula Nido di Luce: EDD / ET / DPA / Uitgerekende datum / DPP, a birthplace, an instalment, a
payment link's page), a genealogist's research (Roots to Bihar Genealogy Services, Vanshavali Family History
Research, Ancestral Trails Research Ltd, Lineage Lane Genealogy, Emerald Roots Research, Ahnenforschung Dr. Brenner,
Cabinet de Généalogie Aubert, Stamboomonderzoek Van Rijn, Studio Genealogico Fabbri: a subject, archives, hours,
disbursements, a retainer taken off, a next stage's estimate) and a fencing club's fees (Bengaluru Fencing Academy,
Punjab Fencing Club Mohali, Salle Kestrel Fencing Club, Northside Fencers Club, Dublin Blades Fencing Club,
Fechtclub Rapier Dresden e.V., Cercle d'Escrime Saint-Georges, Schermvereniging De Kling, Circolo Scherma Ardea ASD:
a junior and the parent, a federation's licence and fee, Pass'Sport, a SEPA direct debit with its mandate). Outcomes:
in a share of every family's pages, success, failure and waiting in the page's language (heldout66's OUTCOMES66
and this set's own: Paid in full, Payment received with thanks, Card declined, Awaiting bank confirmation,
Betrag dankend erhalten, Karte abgelehnt, Réglé, merci, Carte refusée, Voldaan, Kaart geweigerd, Saldato, Carta
rifiutata, UPI payment failed, Payment pending at bank ...; ``heldout68_families.outcome_table``), on a line of their
own or beside a status label; a till slip's APPROVED / PAID / Zahlung erfolgt / PAYÉ / BETAALD / PAGATO or DECLINED
/ ABGELEHNT / REFUSÉ / GEWEIGERD / RIFIUTATA. Ways to pay are worded as heldout66 words them; a slip's masked card
states a card, a SEPA-Lastschrift, Prélèvement SEPA or Automatische incasso is net banking. Dates: one pattern per
page as heldout66. Terms: each page prints a line or two of the business's terms, some with words of paying or
refunding in a sentence that states no outcome ("Deposits are non-refundable.", "Fees once paid are not refundable
or transferable."). Faces: every family in faces the project installs (``make system-deps``), among them
monospaced ones in which the tasting room's and the crazy golf kiosk's pages are till slips; the rupee pages print ₹
only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR). Degradations as heldout66
(``heldout14_render.degrade``; a photo of the screen for the screens).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, extras, a federation's fee passed on, a gratuity, a refundable deposit
  charged and a marketplace's booking fee included, discounts, vouchers, subsidies and a trial class taken off, as
  "1234.50"; currency its ISO code. The invoice's, booking's, order's, receipt's or slip's total (never an item, a
  rate, a net before tax, a tax, VAT included, labour costs under § 35a, a discount, tendered cash or the change, a
  package's or booking's full price beside a deposit or an instalment, a balance left, a next instalment, a
  security deposit held on a card or payable in cash, a late fee, the state's fee paid elsewhere, an estimate for
  a next stage). Where a deposit or an instalment is taken now, that deposit or instalment; where an advance paid
  earlier is taken off, the balance paid. For a failed or pending payment the amount attempted (under a total's,
  an amount's or a deposit's wording, never Amount paid / Gezahlter Betrag / Montant payé / Betaald bedrag /
  Importo pagato).
* date: the payment date, ISO, only where printed, one per page: under Date paid / Paid on / Payment date / Date of
  payment / Booked on / Date of booking / Order date / Booking date / Date of purchase / Receipt date / Date and
  their German, French, Dutch and Italian wordings (Bezahlt am, Zahlungseingang, Zahlungsdatum, Gebucht am,
  Angemeldet am, Datum; Réglé le, Payé le, Date de règlement, Date du règlement, Date de paiement, Réservé le, Date
  d'inscription, Date de commande; Betaald op, Betaaldatum, Datum betaling, Geboekt op, Ingeschreven op,
  Besteldatum, Datum; Pagato il, Data pagamento, Prenotato il, Data prenotazione, Data iscrizione, Data
  ordine), or a slip's bare date line; where the payment failed or waits, the day it was tried under Date / Date &
  time / Datum / Data. Never a job's or a visit's day, an invoice's own date, a course's or class's start, a term
  or a season, a tour's day or slot, an event, a fitting, a pick-up or a return, a tee time, a party, a ceremony or
  a meeting, a due date, a next visit, a next instalment, an advance's earlier day, a report's delivery. Day first
  on Indian, UK, Irish and euro pages, month first on US pages; a two-digit year is in this century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" as heldout66 maps the wordings; a slip's masked card
  or ``Card ****1234`` / ``CB`` / ``PIN`` is a card; a SEPA direct debit, Prélèvement SEPA or Automatische incasso is
  net banking; None where no way to pay is printed (an account to pay into beside a bank transfer is the same way
  to pay).
* status: only where words state the outcome (the wordings above, the slips' words and the French heading Facture
  acquittée on a page that also prints the success); None otherwise (a heading such as Invoice, Receipt, Booking
  confirmation, Rechnung, Facture, Factuur, Ricevuta, Booking receipt, a label such as Amount paid, Deposit paid,
  Date paid or Paid to, a way to pay under Paid by, or a sentence of the business's terms is none).
* transaction_id: as printed; at most one per receipt (the invoice's, receipt's, booking's, order's, rental's,
  enrolment's own number, a payment link's or a portal's payment id, a slip's receipt, transaction or approval
  number). Never a job, Kommission, werkbon, commessa, case or project number, a platform's job or lead id, a
  certificate's, permit's or test report's number, a contractor's, farrier's or performer's registration or
  licence, a tax or company number, a microchip, a dog-tax tag, a student ID, an item code, a voucher code, a club
  or federation number, a UELN, a DBS certificate, a mandate reference or creditor id, an account number or IBAN.
  None when none is printed.
* merchant_name: who was paid, the name on top (the contractor, the school or club, the winery, brewery or
  distillery, the rental shop, the venue, the farrier, the entertainer, the celebrant or pandit service, the doula,
  the genealogist); on a party marketplace's page, the entertainer under the payee label. A customer, owner,
  parent, child, guest, hirer, wearer, player, couple, yajman, client, partner, member, fencer, an electrician,
  trainer, tutor, host, performer, pandit, doula of a collective, researcher or coach, a letting agent or society,
  a platform or marketplace, a booking system, a voucher site, a venue, yard, vet, hospital, hotel, archive,
  registrar, federation or insurer is never the payee.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout68_families import (
    celebrant_fee,
    crazy_golf,
    dog_training_class,
    doula_package,
    electrician_job,
    farrier_visit,
    fencing_club,
    genealogy_research,
    kids_coding_class,
    outfit_rental,
    party_entertainer,
    tasting_tour,
)

SPLIT = "heldout68"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
ELECTRIC_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
DOG_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Bold.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
CODING_FACES = [
    "liberation/LiberationSansNarrow-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "dejavu/DejaVuSansCondensed-Bold.ttf",
]
# the monospaced faces draw the tasting room's till slip, the others a booking
TASTING_FACES = [
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSansMono.ttf",
    "liberation/LiberationMono-Regular.ttf",
]
OUTFIT_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSans.ttf",
]
# the monospaced faces draw the kiosk's till slip, the others a booking
GOLF_FACES = [
    "freefont/FreeMonoBold.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "dejavu/DejaVuSansCondensed-Bold.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
FARRIER_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationMono-Regular.ttf",
]
PARTY_FACES = [
    "noto/NotoSans-Bold.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
    "freefont/FreeSansBold.ttf",
]
CELEBRANT_FACES = [
    "freefont/FreeSerifItalic.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
]
DOULA_FACES = [
    "noto/NotoSans-Italic.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
GENEALOGY_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
]
FENCING_FACES = [
    "dejavu/DejaVuSans.ttf",
    "liberation/LiberationSansNarrow-Bold.ttf",
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeMono.ttf",
]
FAMILIES: list[Family] = [
    ("electrician_job", electrician_job, ELECTRIC_FACES),
    ("dog_training_class", dog_training_class, DOG_FACES),
    ("kids_coding_class", kids_coding_class, CODING_FACES),
    ("tasting_tour", tasting_tour, TASTING_FACES),
    ("outfit_rental", outfit_rental, OUTFIT_FACES),
    ("crazy_golf", crazy_golf, GOLF_FACES),
    ("farrier_visit", farrier_visit, FARRIER_FACES),
    ("party_entertainer", party_entertainer, PARTY_FACES),
    ("celebrant_fee", celebrant_fee, CELEBRANT_FACES),
    ("doula_package", doula_package, DOULA_FACES),
    ("genealogy_research", genealogy_research, GENEALOGY_FACES),
    ("fencing_club", fencing_club, FENCING_FACES),
]


def make_heldout68_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout68 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

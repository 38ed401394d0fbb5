"""heldout70: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout70).

Families (8 receipts each), drawn away from heldout2 to heldout69's layouts: household, government and institutional
payments from India, the UK, the US, Ireland and the euro area (German, French, Dutch and Italian pages beside English
ones) in rupees, pounds, dollars and euros with their groupings, marks and codes. Half are payments a household makes
to a public body or an institution now and then (a land registry's copies or search, a naturalisation or citizenship
application's fee, a municipal trade, street-trading or market-pitch licence, a council's street-use permit for a
skip, a scaffold, a removal van or a road cutting, a new electricity, gas or water connection's charges and deposit,
a pension, provident-fund or household employer's social contribution) and half kinds rarely seen (a hunting licence
or firearm certificate, a boat's waterway licence or registration, a cemetery's burial or grave fees, an allotment
plot's yearly rent, a public student loan's repayment, a fire service's charge or a fire NOC): Mahabhumi/e-Dhara/HM
Land Registry/Registers of Scotland/Maricopa County Recorder/Tailte Éireann/Grundbuchamt Freiburg/publicité foncière
de Nantes/Kadaster/Conservatoria di Bari, the Ministry of Home Affairs (on Bharatkosh in a share)/Home Office/USCIS (on
Pay.gov in a share)/Immigration Service Delivery/Landesamt für Einwanderung Berlin/Préfecture du Rhône/IND/Ministero
dell'Interno, Pune City Police/Devon & Cornwall Police/Montana FWP/Pennsylvania Game Commission/An Garda
Síochána/Landratsamt Rosenheim/Fédération des Chasseurs de la Dordogne/Korps Nationale Politie/Regione Toscana, Kerala
Maritime Board/Canal & River Trust/Environment Agency/Minnesota DNR/Waterways Ireland/Landratsamt Konstanz/Voies
navigables de France/Gemeente Amsterdam, EPFO/Maharashtra Labour Welfare Board/Nest/The People's Pension/CalSavers/
Department of Social Protection/Minijob-Zentrale/Deutsche Rentenversicherung/Urssaf Cesu/SVB/INPS, Christian Burial
Board Kolkata/St. Mary's Church Cemetery Committee/Brookwood/Highgate/Green-Wood/Mount Auburn/Glasnevin/Ohlsdorf/Lyon's
cimetières/Zorgvlied/Bologna's servizi cimiteriali, Kolkata and Pimpri Chinchwad Municipal Corporations/Lambeth/
Spokane/Galway City Council/Gewerbeamt Regensburg/Montpellier's droits de place/Groningen's marktzaken/SUAP Lucca,
Thane and Greater Visakhapatnam Municipal Corporations/Royal Borough of Greenwich/Chicago Department of
Transportation/Dún Laoghaire-Rathdown/Bezirksamt Charlottenburg-Wilmersdorf/Lille/Deventer/Vicenza, JVVNL/Kerala
Water Authority/Southern Water/Philadelphia Gas Works/Gas Networks Ireland/SWU Netze/Enedis/Liander/e-distribuzione,
Edinburgh Council Allotments/Hartfield Road Allotment Society/Denver Urban Gardens/South Dublin County Council/
Kleingärtnerverein Am Rosengarten/Jardins Familiaux de Grenoble/Tuinwijck/Orti Urbani Parma, the Karnataka Minorities
and Kerala State Backward Classes Development Corporations/Student Loans Company/MOHELA/Nelnet/BAföG at the
Bundesverwaltungsamt/DUO, Telangana and Maharashtra fire services/London Fire Brigade/Houston Fire Marshal's Office/
Mayo County Fire Service/Feuerwehr Augsburg/SDIS de la Gironde/Brandweer Kennemerland/Vigili del Fuoco di Genova.
Their pages name people and organisations that are not the payee (an applicant, a registered owner, a licensee, a
boat's owner, an employer, a firm as establishment, a worker or member, a deceased and a grantee, a proprietor and
a trade name, a contractor, a plotholder, a borrower and a parent co-applicant, an occupier, a building or housing
society, an officer or a site secretary; a payment portal, an agent selling a licence, a marina, an insurer, a
funeral director), print other days (a deed's recording, a register's last entry or mutation, a birth, an
appointment, a licence's, permit's, NOC's, vignette's or quote's validity, a season or licence year, a wage month,
a contribution period or quarter, a due date, a death, an interment and a right of burial's expiry, a rental year,
a next instalment, an incident, an inspection, an expected connection) and other numbers and amounts (survey, title,
folio, APN, recording, Blatt, cadastral and catasto references, application, case, file, A-, GWF, V- and pratica
numbers, PAO and DDO codes, UIN, ALS, licence, certificate, permit, vignette, index, HIN and registration numbers,
establishment IDs, UANs, employer references, PPSNs, Betriebs- and Versicherungsnummern, mandate references, grave,
deed, plot, member and tenancy numbers, loan accounts, customer references, Förderungs- and relatienummers, incident
and NOC application numbers, MPRN, EAN, PDL and POD codes, a gun's serial, tags; wages, earnings and income, a tax
relief added by the state, a net wage paid to a worker, arrears, late fines and penalties charged beside a penalty
that would apply later, a fee payable on approval, a tax or a revenue stamp paid apart, a refundable deposit charged
beside one held apart, an advance taken off, a concession or an early-repayment discount, a balance or debt left, a
zero amount due, a next year's fee, principal and interest parts), and word outcomes as successes, failures and
waits (heldout68's outcomes and public bodies' own: Payment realised, Fee paid successfully, Direct Debit returned
unpaid, Payment awaiting reconciliation, Gebühr bezahlt, Lastschrift zurückgegeben, Paiement enregistré, Prélèvement
rejeté, Betaling verwerkt, Incasso gestorneerd, Pagamento eseguito, Pagamento in verifica ...), on a line of their
own or beside a status label; where the payment failed or waits, the page's heading calls it no receipt. Dates: one
pattern per page as heldout66. Terms: each page prints a line of the body's terms, some with words of paying or
refunding in a sentence that states no outcome ("The fee is not refundable if the application is refused."). Faces:
every family in faces the project installs, among them monospaced ones in which a US licence agent's page is a till
slip; the rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs. (or INR).
Degradations as heldout66 (``heldout14_render.degrade``; a photo of the screen for the screens).

Truth conventions (README "Receipt fields"):

* amount: the sum paid or attempted, taxes added (GST, VAT, MwSt., TVA, btw, IVA), surcharges, arrears, late fines
  and penalties charged, a refundable deposit charged, a child's or a ceremony's fee, a convenience or card fee
  included, a concession, a scholarship, a prompt-payment or early-repayment discount and an advance paid earlier
  taken off, as "1234.50"; never a rate, a wage, earnings or income, a tax relief, a net wage paid to a worker, a
  balance or debt left, a zero amount due, the principal or interest part of a payment, a next year's fee, a
  penalty that would apply later, a fee payable on approval, a tax or stamp paid apart, a deposit held apart or
  billed later. currency: its ISO code.
* date: the day paid (or tried) as printed, ISO; None where not printed. Never a deed's recording, a register's
  last entry, a birth, an appointment, a validity or expiry, a season, a wage month or a contribution period, a due
  date, a death or an interment, a rental year, a next instalment, an incident, an inspection or an expected
  connection. Day first on Indian, UK, Irish and euro pages, month first on US pages; a two-digit year is in this
  century.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way to pay as heldout66 maps the
  wordings (a masked card is a card; NEFT, IMPS, iDEAL, MyBank, a bank transfer and a direct debit (Direct Debit,
  e-NACH, ACH debit, SEPA-Lastschrift, Prélèvement SEPA, Automatische incasso, Addebito diretto SEPA) are net
  banking; Nagad is cash); None where none is printed.
* status: only where words state the outcome; None otherwise (a heading such as Payment receipt, Payment
  confirmation, Zahlungsbestätigung, Reçu, Kwitantie or Ricevuta, a label such as Amount paid or Balance received,
  a way to pay, or a sentence of the body's terms is none).
* transaction_id: at most one, as printed (the payment's reference, a receipt's, challan's, quittance's, invoice's,
  nota's or order's own number, a GRN, Bharatkosh's Transaction Ref. No., a Pay.gov Tracking ID, an IUV, a bank's
  reference); never an application, case, file, A-number, licence, certificate, permit, vignette, registration,
  title, folio, survey, parcel, recording, establishment, employer, member, customer, loan, mandate, grave, deed,
  plot, incident, quote, consumer or connection-point number, a PAO or DDO code, a tag or a gun's serial.
* merchant_name: who was paid, as printed: the body on top (the registry, ministry, office, police force, licensing
  authority, waterway authority, fund, board, cemetery, council, network or utility, association, lender, fire
  service); on a payment portal's page (Bharatkosh, Pay.gov) the body under Agency / Payee / Beneficiary department /
  Paid to, never the portal.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout70_families import (
    allotment_rent,
    boat_licence,
    cemetery_fee,
    fire_service,
    hunting_licence,
    land_records,
    naturalisation_fee,
    pension_contribution,
    street_permit,
    student_loan,
    trade_licence,
    utility_connection,
)

SPLIT = "heldout70"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
LAND_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
NATURAL_FACES = [
    "noto/NotoSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
]
# the monospaced faces draw a US licence agent's till slip, the others a licensing office's page
HUNTING_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "noto/NotoSansMono-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeMono.ttf",
]
BOAT_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSans-Bold.ttf",
    "dejavu/DejaVuSans.ttf",
]
PENSION_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "noto/NotoSans-Regular.ttf",
]
CEMETERY_FACES = [
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Italic.ttf",
    "dejavu/DejaVuSerifCondensed.ttf",
]
TRADE_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
STREET_FACES = [
    "liberation/LiberationSansNarrow-Bold.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
]
CONNECTION_FACES = [
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Bold.ttf",
]
ALLOTMENT_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSansOblique.ttf",
    "dejavu/DejaVuSans-Oblique.ttf",
]
LOAN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSansCondensed-Bold.ttf",
]
FIRE_FACES = [
    "liberation2/LiberationSerif-Bold.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSans-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("land_records", land_records, LAND_FACES),
    ("naturalisation_fee", naturalisation_fee, NATURAL_FACES),
    ("hunting_licence", hunting_licence, HUNTING_FACES),
    ("boat_licence", boat_licence, BOAT_FACES),
    ("pension_contribution", pension_contribution, PENSION_FACES),
    ("cemetery_fee", cemetery_fee, CEMETERY_FACES),
    ("trade_licence", trade_licence, TRADE_FACES),
    ("street_permit", street_permit, STREET_FACES),
    ("utility_connection", utility_connection, CONNECTION_FACES),
    ("allotment_rent", allotment_rent, ALLOTMENT_FACES),
    ("student_loan", student_loan, LOAN_FACES),
    ("fire_service", fire_service, FIRE_FACES),
]


def make_heldout70_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout70 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)

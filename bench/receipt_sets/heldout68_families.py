"""The twelve heldout68 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts, in services and bookings: trades, pets, lessons
and clubs, venues, hospitality, rentals, children's parties, ceremonies, birth support and family history. The page
and value helpers of heldout14, heldout62, heldout65 and heldout66 (a money mark chosen once per page, one date
pattern per page, English, German, French, Dutch and Italian wordings of ways to pay, outcomes, totals and tax,
page widths that hold every line) are reused; this set adds outcomes, payee labels, deposits, advances taken off
and small businesses' tax notes of its own. ``truth_fields`` states the fields exactly as the page prints them
(``None`` where a field is not printed). Every receipt prints at most one transaction id (an invoice's, receipt's,
booking's, order's or enrolment's own number, or the payment's reference; a job, work-order or project number, a
platform's job or lead id, a certificate's, permit's or report's number, a licence, federation, member, student,
microchip, passport or UELN number, a tax or company number, a mandate reference, a voucher code beside it is never
the id), at most one date of payment (the other days are named for other events: a job's visit, a class's or a
course's start, a term, a tour's slot, an event, a fitting, a return, a tee time, a party, a ceremony, a due date, a
next visit, an instalment's due day, a report's delivery, a season's validity) and names the party that was paid:
on top, or, where a booking marketplace's name is on top, under the label that names the payee lower on the page.
The people (customers, owners, parents, children, guests, couples, clients, partners, ancestors, members), the
staff (electricians, trainers, tutors, hosts, entertainers, doulas, researchers, coaches) and the other
businesses and bodies on the page (platforms, landlords and agents, venues, yards, vets, hospitals, archives,
registrars, federations, insurers) are never the payee.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import (
    CHILDREN_GERMAN,
    CHILDREN_INDIA,
    CHILDREN_WEST,
    _earlier,
    _id,
    _later,
    _page,
    _sized,
)
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import (
    OUTCOMES66,
    _d,
    _dated66,
    _fmt66,
    _hour,
    _issuer,
    _key,
    _m,
    _outcome66,
    _pattern66,
    _pay66,
    _pro,
    _say,
    _stamp66,
    _status66,
    _total66,
    _vat66,
    _who,
)

ALNUM = UPPER + "23456789"

# ---------------------------------------------------------------- people, outcomes, payees, deposits, tax notes

FR_CHILDREN = ["Lucas", "Chloé", "Hugo", "Manon", "Léo"]
NL_CHILDREN = ["Sem", "Julia", "Finn", "Tess", "Daan"]
IT_CHILDREN = ["Leonardo", "Sofia", "Tommaso", "Aurora", "Edoardo"]


def _child(rng: random.Random, currency: str, lang: str) -> str:
    """A child's first name in the page's country."""
    pool = {"de": CHILDREN_GERMAN, "fr": FR_CHILDREN, "nl": NL_CHILDREN, "it": IT_CHILDREN}.get(lang)
    if pool is None:
        pool = CHILDREN_INDIA if currency == "INR" else CHILDREN_WEST
    return rng.choice(pool)


# outcomes beside heldout66's wordings
MORE_OUTCOMES = {
    "en": {
        "success": ["Paid in full", "Payment received with thanks", "Paid - thank you"],
        "failed": ["Card declined", "Payment unsuccessful", "Payment could not be completed"],
        "pending": ["Awaiting bank confirmation", "Payment processing - please do not pay again"],
    },
    "de": {
        "success": ["Bezahlt", "Betrag dankend erhalten", "Vollständig bezahlt"],
        "failed": ["Karte abgelehnt", "Zahlung nicht erfolgreich"],
        "pending": ["Zahlung wird geprüft", "Warten auf Zahlungsbestätigung"],
    },
    "fr": {
        "success": ["Payé", "Réglé, merci", "Paiement reçu"],
        "failed": ["Carte refusée", "Paiement échoué"],
        "pending": ["Paiement en cours", "En attente de confirmation de la banque"],
    },
    "nl": {
        "success": ["Betaald", "Voldaan", "Betaling ontvangen, dank u"],
        "failed": ["Kaart geweigerd", "Betaling niet gelukt"],
        "pending": ["Betaling wordt verwerkt", "In afwachting van de bank"],
    },
    "it": {
        "success": ["Pagato", "Saldato", "Pagamento ricevuto, grazie"],
        "failed": ["Carta rifiutata", "Pagamento fallito"],
        "pending": ["Pagamento in corso", "In attesa di conferma dalla banca"],
    },
}
INDIA_OUTCOMES = {
    "success": ["Transaction successful", "Payment received"],
    "failed": ["UPI payment failed", "Transaction failed - amount not debited"],
    "pending": ["Payment pending at bank", "Transaction under process"],
}
# wordings that say the whole sum was paid: never on a page that takes a deposit or an instalment
IN_FULL = ("Paid in full", "Vollständig bezahlt", "Saldato", "Voldaan")


def outcome_table(currency: str, lang: str, part: bool = False) -> dict[str, list[str]]:
    """Every wording of an outcome this set prints on a page in ``lang`` (part: a deposit or an instalment)."""
    table = {s: OUTCOMES66[lang][s] + MORE_OUTCOMES[lang][s] for s in ("success", "failed", "pending")}
    if currency == "INR":
        table = {s: table[s] + INDIA_OUTCOMES[s] for s in table}
    if part:
        table["success"] = [w for w in table["success"] if w not in IN_FULL]
    return table


def _outcome68(rng, p_shown, currency, lang, p_success=0.6, p_failed=0.2, part=False):
    """An outcome on a share of pages in the page's language; (status, words) or (None, None)."""
    return _outcome66(rng, p_shown, lang, p_success, p_failed, {lang: outcome_table(currency, lang, part)})


PAYEE_LABELS = {
    "en": (["Paid to", "Payment to"], ["Payee", "Merchant", "Payment recipient"]),
    "de": (["Bezahlt an"], ["Zahlungsempfänger", "Empfänger"]),
    "fr": (["Payé à"], ["Bénéficiaire", "Bénéficiaire du paiement"]),
    "nl": (["Betaald aan"], ["Begunstigde", "Ontvanger"]),
    "it": (["Pagato a"], ["Beneficiario", "Beneficiario del pagamento"]),
}


def _payee(rng, rows, lang, name, status) -> None:
    """The payee under a label, on a marketplace's page (no paid wording where the payment failed or waits)."""
    paid, plain = PAYEE_LABELS[lang]
    rows.append(("pair", rng.choice(plain + (paid if status in (None, "success") else [])), name))


def _deposit(rng, rows, fmt, grouping, total, status, lang, share, whole=False) -> float:
    """The booking's full price, the deposit taken now (the amount) and the balance left; the deposit."""
    paid = float(round(total * share)) if whole else round(total * share, 2)
    value = _say(
        rng,
        lang,
        en=["Package total", "Booking value", "Total price", "Total cost of booking"],
        de=["Gesamtpreis", "Auftragswert"],
        fr=["Prix total de la prestation", "Montant de la prestation"],
        nl=["Totaalprijs", "Totale prijs"],
        it=["Prezzo totale", "Totale servizio"],
    )
    rows.append(("pair", value, _m(total, grouping)))
    if status == "pending":
        label = _say(
            rng,
            lang,
            en=["Deposit due", "Deposit (to pay now)"],
            de=["Anzahlung fällig", "Anzahlung"],
            fr=["Acompte à régler", "Acompte"],
            nl=["Aanbetaling te voldoen", "Aanbetaling"],
            it=["Acconto da versare", "Caparra"],
        )
    elif status == "failed":
        label = _say(
            rng, lang, en=["Deposit"], de=["Anzahlung"], fr=["Acompte"], nl=["Aanbetaling"], it=["Acconto"]
        )
    else:
        label = _say(
            rng,
            lang,
            en=["Deposit paid", "Booking deposit received", "Deposit received"],
            de=["Anzahlung erhalten", "Anzahlung bezahlt"],
            fr=["Acompte versé", "Acompte réglé"],
            nl=["Aanbetaling ontvangen", "Aanbetaling voldaan"],
            it=["Acconto versato", "Caparra versata"],
        )
    rows.append(("pair", label, fmt(paid)))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Balance due on the day", "Balance remaining", "Balance to pay"],
                de=["Restbetrag am Tag der Veranstaltung", "Restbetrag"],
                fr=["Solde à régler le jour J", "Reste à payer"],
                nl=["Restbedrag op de dag zelf", "Nog te betalen"],
                it=["Saldo il giorno dell'evento", "Saldo da versare"],
            ),
            _m(round(total - paid, 2), grouping),
        )
    )
    return paid


def _less_advance(rng, rows, fmt, grouping, total, advance, status, lang, dated: str | None = None) -> float:
    """An advance paid earlier taken off the invoice's total (on the day ``dated`` where given) and the balance
    paid now (the amount); the balance."""
    label = _say(
        rng,
        lang,
        en=["Less: deposit paid", "Less: retainer received", "Less: advance paid"],
        de=["abzgl. Anzahlung", "abzgl. Abschlagszahlung"],
        fr=["Acompte déjà versé", "Déduction acompte"],
        nl=["Af: aanbetaling", "Reeds betaald (voorschot)"],
        it=["Acconto già versato", "Meno acconto"],
    )
    if dated:
        label += {"de": " vom ", "fr": " du ", "it": " del ", "nl": " d.d. "}.get(lang, " on ") + dated
    rows.append(("pair", label, "-" + _m(advance, grouping)))
    if status in ("failed", "pending"):
        words = _say(
            rng,
            lang,
            en=["Balance due", "Amount due"],
            de=["Restbetrag", "Zahlbetrag"],
            fr=["Net à payer", "Solde"],
            nl=["Te betalen", "Restbedrag"],
            it=["Netto a pagare", "Saldo"],
        )
    else:
        words = _say(
            rng,
            lang,
            en=["Balance paid", "Amount paid today", "Balance received"],
            de=["Restbetrag bezahlt", "Zahlbetrag"],
            fr=["Solde réglé", "Net à payer"],
            nl=["Restant betaald", "Te betalen"],
            it=["Saldo pagato", "Netto a pagare"],
        )
    balance = round(total - advance, 2)
    rows.append(("pair", words, fmt(balance)))
    return balance


# small businesses' notes that no tax is charged, by the page's country
NO_TAX = {
    "INR": ["GST not applicable (unregistered supplier)", "Supplier not registered under GST"],
    "GBP": ["Not VAT registered", "No VAT charged - not registered for VAT"],
    "IE": ["Not registered for VAT"],
    "de": [
        "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",
        "Kleinunternehmer gem. § 19 UStG, ohne MwSt.",
    ],
    "fr": ["TVA non applicable, art. 293 B du CGI"],
    "nl": ["Vrijgesteld van btw op grond van de KOR", "Geen btw (kleineondernemersregeling)"],
    "it": [
        "Operazione in franchigia da IVA ai sensi dell'art. 1, commi 54-89, L. 190/2014",
        "Regime forfettario: operazione senza applicazione dell'IVA",
    ],
}


def _no_tax(rng, rows, currency, lang) -> None:
    notes = NO_TAX.get(_key(currency, lang))
    if notes:
        rows.append(("small", rng.choice(notes)))


def _bollo(rng, rows, grouping, total, lang) -> float:
    """The revenue stamp an Italian invoice without VAT over 77,47 € carries, passed on to the client in a share."""
    if lang == "it" and total > 77.47 and shown(rng, 0.5):
        rows.append(("pair", "Marca da bollo", _m(2.0, grouping)))
        return round(total + 2.0, 2)
    return total


def _pay68(
    rng, rows, currency, lang, kinds, p_absent=0.2, online=False, status=None, labels=None
) -> str | None:
    """heldout66's way to pay; where the payment failed or waits, no wording of money received (Cash received)."""
    count = len(rows)
    kind = _pay66(rng, rows, currency, lang, kinds, p_absent, online, status, labels)
    if kind and status in ("failed", "pending") and len(rows) > count and "eceived" in rows[-1][2]:
        rows[-1] = (rows[-1][0], rows[-1][1], rows[-1][2].replace(" received", ""))
    return kind


RECEIPT_WORDS = ("Receipt", "Rcpt", "Beleg", "Quittung", "Reçu", "Ricevuta", "Bon", "Scontrino", "Fee note")


def _id68(rng, rows, labels, value, p_absent, status) -> str | None:
    """The id under one of ``labels`` in a share; where the payment failed or waits, under none that calls the page
    a receipt."""
    if status in ("failed", "pending"):
        labels = [label for label in labels if not label.startswith(RECEIPT_WORDS)] or ["Reference", "Ref."]
    return _id(rng, rows, labels, value, p_absent)


# labels of a sum paid: no single word that is also an outcome (Bezahlt, Betaald)
PAID68 = {
    "en": ["Amount paid", "Total paid"],
    "de": ["Gezahlter Betrag", "Zahlbetrag"],
    "fr": ["Montant payé", "Montant réglé"],
    "nl": ["Betaald bedrag"],
    "it": ["Importo pagato", "Totale pagato"],
}


def _total68(rng, rows, fmt, total, status, lang, totals=None, paid=None) -> None:
    """heldout66's total line with this set's labels of a sum paid."""
    _total66(rng, rows, fmt, total, status, lang, totals, paid if paid is not None else PAID68[lang])


def _terms(rng, rows, lang, k=1, **table: list[str]) -> None:
    """``k`` lines of the business's terms in the page's language."""
    pool = table.get(lang) or table["en"]
    for line in rng.sample(pool, min(k, len(pool))):
        rows.append(("small", line))


def _gstin(rng: random.Random, state: str) -> str:
    return f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{code(rng, 1, ALNUM)}"


def _fy(when) -> str:
    """An Indian financial year as invoices number it (25-26)."""
    start = when.year if when.month >= 4 else when.year - 1
    return f"{start % 100:02d}-{(start + 1) % 100:02d}"


def _tax_ids(rng, key: str, state: str = "29") -> list[str]:
    """The business's tax or company numbers in its country (never the id)."""
    return {
        "INR": [f"GSTIN: {_gstin(rng, state)}"],
        "GBP": [f"VAT Reg No: GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"],
        "USD": [f"EIN {digits(rng, 2)}-{digits(rng, 7)}"],
        "IE": [f"VAT No: IE{digits(rng, 7)}{code(rng, 1, 'ABCDEFHKLMNPTW')}"],
        "de": [
            f"USt-IdNr.: DE{digits(rng, 9)}",
            f"St.-Nr. {digits(rng, 3)}/{digits(rng, 3)}/{digits(rng, 5)}",
        ],
        "fr": [f"SIRET {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 5)}"],
        "nl": [f"KvK {digits(rng, 8)}", f"btw-id NL{digits(rng, 9)}B01"],
        "it": [f"P.IVA {digits(rng, 11)}", f"C.F. {digits(rng, 11)}"],
    }[key]


# ---------------------------------------------------------------- 1 an electrician's job


ELECTRICIANS = {
    "INR": [("Sai Shakti Electricals", "en"), ("Volt Care Electrical Services", "en")],
    "GBP": [("Brightwire Electrical Ltd", "en")],
    "USD": [("Keystone Electric Co.", "en")],
    "EUR": [
        ("Elektro Brandl GmbH", "de"),
        ("Électricité Générale Dufour", "fr"),
        ("Installatiebedrijf Kok Elektra", "nl"),
        ("Impianti Elettrici Colombo", "it"),
        ("Liffey Electrical Services", "en"),
    ],
}
ELECTRIC_PLACES = {
    "Sai Shakti Electricals": "No. 14, 5th Cross, Malleshwaram, Bengaluru 560003",
    "Volt Care Electrical Services": "Shop 3, Sector 18 Market, Noida 201301",
    "Brightwire Electrical Ltd": "Unit 6, Riverside Trade Park, Reading RG1 8DQ",
    "Keystone Electric Co.": "2214 E Carson St, Pittsburgh, PA 15203",
    "Elektro Brandl GmbH": "Landsberger Straße 211, 80687 München",
    "Électricité Générale Dufour": "12 rue des Tanneurs, 35000 Rennes",
    "Installatiebedrijf Kok Elektra": "Industrieweg 41, 3812 LR Amersfoort",
    "Impianti Elettrici Colombo": "Via Novara 88, 20153 Milano",
    "Liffey Electrical Services": "Unit 4, Chapelizod Industrial Estate, Dublin 20",
}
# the work, by the page's country: (line, price)
ELECTRIC_WORK = {
    "INR": [
        ("Visiting charges", 299.0),
        ("MCB replacement (32A DP)", 850.0),
        ("Ceiling fan installation", 450.0),
        ("Inverter wiring & changeover switch", 1800.0),
        ("Chemical earthing pit", 6500.0),
        ("LED panel lights x 4 (fitting)", 600.0),
        ("Switchboard repair", 350.0),
        ("Geyser point wiring", 1200.0),
    ],
    "GBP": [
        ("Call-out (first hour)", 85.0),
        ("Additional labour 1.5 hrs", 82.5),
        ("Consumer unit upgrade (10-way, RCBOs)", 520.0),
        ("EICR - 3-bed house", 180.0),
        ("Outdoor socket IP66 supply & fit", 145.0),
        ("LED downlights x 6 supply & fit", 210.0),
        ("Electric shower circuit", 340.0),
    ],
    "USD": [
        ("Service call", 129.0),
        ("Labor 2 hr", 230.0),
        ("GFCI outlets x 3", 84.0),
        ("200A panel upgrade", 2450.0),
        ("EV charger circuit (50A, 240V)", 780.0),
        ("Ceiling fan install", 175.0),
        ("City of Pittsburgh electrical permit", 95.0),
    ],
    "IE": [
        ("Call-out charge", 90.0),
        ("Labour 2 hrs", 120.0),
        ("Fuse board replacement", 650.0),
        ("Mains smoke alarms x 3", 195.0),
        ("EV charger installation", 950.0),
        ("Immersion timer fitted", 110.0),
    ],
    "de": [
        ("Anfahrtspauschale", 39.0),
        ("Arbeitszeit Geselle 2,5 Std.", 170.0),
        ("FI-Schutzschalter 40A/30mA", 89.5),
        ("Unterverteilung erneuert", 640.0),
        ("E-Check Wohnung", 149.0),
        ("Schuko-Steckdosen 4 Stk. montiert", 96.0),
        ("Kleinmaterial", 18.4),
    ],
    "fr": [
        ("Déplacement", 35.0),
        ("Main d'œuvre 3 h", 165.0),
        ("Tableau électrique 2 rangées", 420.0),
        ("Interrupteur différentiel 30 mA", 78.0),
        ("Prises de courant (4)", 92.0),
        ("Diagnostic mise en sécurité", 150.0),
        ("Petites fournitures", 14.5),
    ],
    "nl": [
        ("Voorrijkosten", 45.0),
        ("Arbeidsloon 2 uur", 125.0),
        ("Groepenkast vervangen (8 groepen)", 890.0),
        ("Aardlekschakelaar", 72.0),
        ("Wandcontactdozen (4)", 88.0),
        ("Laadpaal installatie", 650.0),
        ("Klein materiaal", 12.5),
    ],
    "it": [
        ("Diritto di chiamata", 40.0),
        ("Manodopera 3 ore", 105.0),
        ("Quadro elettrico (sostituzione)", 480.0),
        ("Interruttore differenziale", 65.0),
        ("Punti presa (4)", 120.0),
        ("Dichiarazione di conformità", 150.0),
        ("Materiale minuto", 15.0),
    ],
}
ELECTRIC_AGENTS = {
    "INR": ("Society", ["Prestige Lakeside Habitat RWA", "Brigade Millennium Apartment Owners' Association"]),
    "GBP": ("Letting agent", ["Harbour Lettings", "Thames Valley Property Management"]),
    "USD": ("Property manager", ["Steel City Rentals LLC", "Allegheny Property Group"]),
    "IE": ("Managing agent", ["Lansdowne Property Management", "Quayside Block Management"]),
    "de": ("Hausverwaltung", ["Immobilien Weber GmbH", "HV Isartal Verwaltungs GmbH"]),
    "fr": ("Syndic", ["Cabinet Durand Gestion", "Ouest Syndic Immobilier"]),
    "nl": ("Verhuurder", ["Woonstichting De Linde", "Vastgoedbeheer Eemland B.V."]),
    "it": (
        "Amministratore di condominio",
        ["Studio Bianchi Amministrazioni", "Condominio Gestioni Sempione"],
    ),
}
ELECTRIC_SITES = {
    "INR": ["Flat B-1204, Whitefield", "No. 77, 2nd Main, Jayanagar 4th Block", "Villa 19, Sarjapur Road"],
    "GBP": ["14 Oxford Road, Reading RG1 7LB", "Flat 3, 22 Kings Road, Caversham"],
    "USD": ["518 S Negley Ave, Pittsburgh, PA 15232", "77 Walnut St, Sewickley, PA 15143"],
    "IE": ["12 Ashfield Park, Terenure, Dublin 6W", "Apt 31, The Maltings, Dublin 8"],
    "de": ["Baustelle: Ganghoferstraße 9, 80339 München", "Objekt: Fürstenrieder Str. 140, 81377 München"],
    "fr": [
        "Chantier : 4 allée des Peupliers, 35200 Rennes",
        "Lieu d'intervention : 18 bd de la Liberté, Rennes",
    ],
    "nl": ["Werkadres: Zonnebloemstraat 12, Amersfoort", "Locatie: Kapelweg 3, Leusden"],
    "it": ["Cantiere: Via Washington 40, Milano", "Luogo intervento: Corso Vercelli 12, Milano"],
}
PLATFORMS = {
    "INR": ["Lead via Sulekha - Lead ID {}", "Enquiry through JustDial ({})"],
    "GBP": ["Found via Checkatrade - job ref CT-{}", "Booked through MyBuilder (job {})"],
    "USD": ["Booked via Angi - Project #{}", "Thumbtack request {}"],
    "IE": ["Booked via TradesPro.ie - job {}"],
    "de": ["Auftrag vermittelt über MyHammer (Auftrags-ID {})"],
    "fr": ["Mise en relation via Travaux.com (demande n° {})"],
    "nl": ["Klus via Werkspot (klus-ID {})"],
    "it": ["Richiesta tramite ProntoPro (ID {})"],
}


def _electric_regs(rng, key: str) -> list[str]:
    """The contractor's registrations and tax numbers (never the id)."""
    regs = {
        "INR": [f"Electrical Contractor Licence No. ECL/{digits(rng, 4)}/{rng.randint(2012, 2022)}"],
        "GBP": [f"NICEIC Approved Contractor No. {digits(rng, 6)}", f"Company No. {digits(rng, 8)}"],
        "USD": [f"PA HIC #PA{digits(rng, 6)}", f"Master Electrician License #ME-{digits(rng, 5)}"],
        "IE": [f"Safe Electric RECI Reg. No. {digits(rng, 4)}"],
        "de": ["Eingetragen in der Handwerksrolle der HWK München"],
        "fr": [f"Qualifelec RGE n° {digits(rng, 5)}"],
        "nl": ["Aangesloten bij Techniek Nederland"],
        "it": ["Impresa abilitata DM 37/2008, lett. a) e b)"],
    }[key]
    picks = [rng.choice(regs)] + [rng.choice(_tax_ids(rng, key, rng.choice(["29", "09"])))]
    return picks[: rng.randint(1, 2)]


def electrician_job(rng: random.Random, font: str):
    """An electrician's invoice and receipt for a job (two Indian contractors in rupees, a Reading firm in pounds, a
    Pittsburgh firm in dollars, a Dublin firm in euros, and a Munich, Rennes, Amersfoort and Milan firm on German,
    French, Dutch and Italian pages), on paper, A4 or by e-mail: the contractor's registrations and tax number (never
    the id), the customer under Customer / Bill to / Homeowner / Kunde / Auftraggeber / Client / Opdrachtgever /
    Committente, the site (a flat, a Baustelle, a chantier) and a letting agent, Hausverwaltung, syndic, verhuurder,
    society or amministratore (never the payee), the day of the work (never the day paid), the electrician (never
    the payee), a job number, Kommission, work order or Werkbon (never the id), a certificate's number (EICR, E-Check,
    Konsuel, DiCo), the platform that passed on the job with its own job id (Checkatrade, MyHammer, Werkspot, Sulekha:
    never the payee, never the id), the work at prices, GST, VAT, MwSt., TVA, btw or IVA added, labour costs under
    § 35a EStG (never the amount), a deposit paid earlier taken off (the balance is the amount), Invoice No /
    Rechnungsnummer / Facture n° / Factuurnummer / Fattura n. in a share, Date paid / Bezahlt am / Réglé le / Betaald
    op / Pagato il in a share beside the invoice's own date, the way to pay in a share; an outcome in a share."""
    currency, firm, lang = _issuer(rng, ELECTRICIANS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "code_before", "rs"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    status, words = _outcome68(rng, 0.5, currency, lang, 0.65, 0.15)
    rows: list[tuple] = [("title", firm), ("center", ELECTRIC_PLACES[firm])]
    rows += [("small", line) for line in _electric_regs(rng, key)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["TAX INVOICE", "INVOICE CUM RECEIPT"]
                if currency == "INR"
                else ["INVOICE / RECEIPT", "Invoice", "Receipt for work carried out"],
                de=["Rechnung", "Rechnung / Quittung"],
                fr=["Facture", "Facture acquittée"] if status == "success" else ["Facture"],
                nl=["Factuur", "Factuur / kwitantie"],
                it=["Fattura", "Ricevuta fiscale"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Customer", "Client", "Bill to", "Homeowner", "Account name"],
                de=["Kunde", "Auftraggeber/in", "Rechnungsempfänger/in"],
                fr=["Client", "Donneur d'ordre"],
                nl=["Klant", "Opdrachtgever"],
                it=["Cliente", "Committente"],
            ),
            _who(rng, currency, lang),
        )
    )
    if shown(rng, 0.4):
        rows.append(("small", rng.choice(ELECTRIC_SITES[key])))
    if shown(rng, 0.6):
        role, agents = ELECTRIC_AGENTS[key]
        rows.append(("pair", role, rng.choice(agents)))
    job_day = _earlier(when, rng, 0, 12)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Date of work", "Job date", "Attended", "Visit date"],
                de=["Leistungsdatum", "Ausführungsdatum"],
                fr=["Date d'intervention"],
                nl=["Datum uitvoering", "Werkdatum"],
                it=["Data intervento"],
            ),
            _d(job_day, pattern, lang),
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Electrician", "Engineer", "Attended by"],
                    de=["Monteur", "Elektriker"],
                    fr=["Intervenant", "Technicien"],
                    nl=["Monteur"],
                    it=["Tecnico"],
                ),
                _pro(rng, currency, lang),
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Job no", "Job sheet", "Work order #"],
                    de=["Kommission", "Auftrag"],
                    fr=["N° d'intervention", "Chantier n°"],
                    nl=["Werkbonnummer", "Werkbon"],
                    it=["N. commessa", "Rif. intervento"],
                ),
                f"{rng.choice(['J', 'WO', '']) if lang == 'en' else ''}{digits(rng, rng.choice([4, 5]))}",
            )
        )
    rows.append(("rule",))
    table = ELECTRIC_WORK[key]
    picks = [table[0]] + rng.sample(table[1:], rng.randint(1, 3))
    net = 0.0
    for name, value in picks:
        rows.append(("pair", name, _m(value, grouping)))
        net = round(net + value, 2)
    if shown(rng, 0.4):
        cert = {
            "INR": f"Wiring test report no. WTR-{digits(rng, 5)}",
            "GBP": f"Minor Works Certificate no. MW-{digits(rng, 6)}",
            "USD": f"Permit #BP-{when.year}-{digits(rng, 5)}",
            "IE": f"Safe Electric Completion Cert. No. {digits(rng, 7)}",
            "de": f"Prüfprotokoll Nr. {digits(rng, 6)}",
            "fr": f"Attestation Consuel n° {digits(rng, 8)}",
            "nl": f"Keuringsrapport NEN 1010 nr. {digits(rng, 6)}",
            "it": f"Dichiarazione di conformità n. {digits(rng, 3)}/{when.year}",
        }[key]
        rows.append(("small", cert))
    registered = currency != "GBP" or shown(rng, 0.3)
    if currency == "USD":
        total = net
    elif not registered:
        rows.append(("small", rng.choice(NO_TAX["GBP"])))
        total = net
    else:
        rate = {"INR": None, "GBP": 0.20, "IE": 0.135, "de": 0.19, "fr": 0.10, "nl": 0.21, "it": 0.10}[key]
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", rate, 0.09, shown(rng, 0.6))
    if lang == "de" and shown(rng, 0.5):
        labour = round(sum(value for name, value in picks if "Arbeit" in name or "Anfahrt" in name) * 1.19, 2)
        rows.append(
            ("small", f"Enthaltene Arbeitskosten (§ 35a EStG): {_m(labour or 39.0 * 1.19, grouping)}")
        )
    advance = total > {"INR": 5000, "USD": 1000}.get(currency, 600) and status != "failed" and shown(rng, 0.5)
    if advance:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Invoice total", "Total"],
                    de=["Rechnungsbetrag"],
                    fr=["Total TTC"],
                    nl=["Totaal incl. btw", "Factuurbedrag"],
                    it=["Totale fattura"],
                ),
                _m(total, grouping),
            )
        )
        share = float(round(total * 0.4)) if currency == "INR" else round(total * 0.3, 2)
        before = _d(_earlier(job_day, rng, 5, 30), pattern, lang) if shown(rng, 0.5) else None
        amount = _less_advance(rng, rows, fmt, grouping, total, share, status, lang, before)
    else:
        _total68(
            rng,
            rows,
            fmt,
            total,
            status,
            lang,
            {
                "en": ["Total", "Invoice total", "Total due", "Grand total"],
                "de": ["Rechnungsbetrag", "Gesamtbetrag", "Summe brutto"],
                "fr": ["Total TTC", "Net à payer"],
                "nl": ["Totaal incl. btw", "Factuurbedrag", "Te betalen"],
                "it": ["Totale fattura", "Totale documento"],
            }[lang],
        )
        amount = total
    kinds = (
        ["UPI", "UPI", "cash", "netbanking", "card"] if currency == "INR" else ["card", "netbanking", "cash"]
    )
    method = _pay68(rng, rows, currency, lang, kinds, 0.3, False, status)
    if lang == "it" and method == "netbanking" and shown(rng, 0.6):
        rows.append(("small", "Bonifico parlante per detrazione 50% (art. 16-bis TUIR)"))
    ref = {
        "INR": f"{''.join(w[0] for w in firm.split()[:2])}/{_fy(when)}/{digits(rng, 4)}",
        "GBP": f"INV-{digits(rng, 5)}",
        "USD": digits(rng, 4),
        "IE": f"LES-{digits(rng, 4)}",
        "de": f"RE-{when.year}-{digits(rng, 4)}",
        "fr": f"F{when.year}-{digits(rng, 4)}",
        "nl": f"{when.year}-{digits(rng, 4)}",
        "it": f"{rng.randint(12, 480)}/{when.year}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Invoice No", "Invoice #", "Receipt No"],
            "de": ["Rechnungsnummer", "Rechnung Nr."],
            "fr": ["Facture n°", "N° de facture"],
            "nl": ["Factuurnummer", "Factuurnr."],
            "it": ["Fattura n.", "Numero fattura"],
        }[lang],
        ref,
        0.25,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date paid", "Paid on", "Payment date"],
            "de": ["Bezahlt am", "Zahlungseingang"],
            "fr": ["Réglé le", "Date de règlement"],
            "nl": ["Betaald op", "Betaaldatum"],
            "it": ["Pagato il", "Data pagamento"],
        }[lang],
        0.3,
        0.3,
        status,
    )
    if dated and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Invoice date", "Tax point"] if currency == "GBP" else ["Invoice date"],
                    de=["Rechnungsdatum"],
                    fr=["Date de facture"],
                    nl=["Factuurdatum"],
                    it=["Data fattura"],
                ),
                _d(job_day, pattern, lang),
            )
        )
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(PLATFORMS[key]).format(digits(rng, rng.choice([6, 7, 8])))))
    _terms(
        rng,
        rows,
        lang,
        rng.randint(1, 2),
        en=[
            "Materials remain our property until paid in full.",
            "All work guaranteed for 12 months.",
            "Thank you for your business.",
        ],
        de=[
            "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
            "Gewährleistung nach BGB.",
        ],
        fr=[
            "Garantie décennale : police n° " + digits(rng, 8) + " (MAAF Assurances)",
            "Pas d'escompte pour paiement anticipé.",
        ],
        nl=[
            "Op al onze werkzaamheden zijn de algemene voorwaarden van toepassing.",
            "Garantie op materialen: 2 jaar.",
        ],
        it=["Garanzia 24 mesi sui materiali installati.", "Contributo CONAI assolto ove dovuto."],
    )
    truth = truth_fields(firm, amount, currency, txn, dated, method, status)
    style = rng.choice([PAPER, A4, EMAIL])
    return rows, truth, _page(font, rows, _sized(style, rng.choice([18, 19])), firm)


# ---------------------------------------------------------------- 2 a dog training class


DOG_SCHOOLS = {
    "INR": [("Pawsitive Steps Dog Training", "en"), ("Good Boy Academy Bengaluru", "en")],
    "GBP": [("Muddy Paws Puppy School", "en")],
    "USD": [("Leash & Learn Dog Training", "en")],
    "EUR": [
        ("Hundeschule Pfotenglück", "de"),
        ("Éducation Canine du Val d'Oise", "fr"),
        ("Hondenschool De Vrolijke Poot", "nl"),
        ("Scuola Cinofila Il Branco", "it"),
        ("Wicklow Dog Training Club", "en"),
    ],
}
DOG_PLACES = {
    "Pawsitive Steps Dog Training": "Plot 21, Baner-Pashan Link Road, Pune 411045",
    "Good Boy Academy Bengaluru": "Off Bannerghatta Road, JP Nagar 7th Phase, Bengaluru 560078",
    "Muddy Paws Puppy School": "Church Farm, Little Milton, Oxfordshire OX44 7QB",
    "Leash & Learn Dog Training": "4120 SE Division St, Portland, OR 97202",
    "Hundeschule Pfotenglück": "Am Auwald 3, 04159 Leipzig",
    "Éducation Canine du Val d'Oise": "Chemin des Prés, 95280 Jouy-le-Moutier",
    "Hondenschool De Vrolijke Poot": "Sportpark De Ruif, 2751 Moerkapelle",
    "Scuola Cinofila Il Branco": "Strada della Cascina Nuova 7, 10156 Torino",
    "Wicklow Dog Training Club": "Ballinahinch Road, Ashford, Co. Wicklow",
}
# (course, fee, sessions)
DOG_COURSES = {
    "INR": [("Puppy Kindergarten (6 sessions)", 6500.0, 6), ("Basic Obedience (8 sessions)", 9500.0, 8)],
    "GBP": [("Puppy Foundation Course", 115.0, 6), ("Recall & Loose Lead Walking", 95.0, 5)],
    "USD": [("Puppy Start Right", 199.0, 6), ("Canine Good Citizen Prep", 245.0, 6)],
    "IE": [("Puppy Class (6 weeks)", 120.0, 6), ("Beginners Obedience", 100.0, 6)],
    "de": [
        ("Welpenkurs (8 Einheiten)", 149.0, 8),
        ("Junghundekurs", 129.0, 6),
        ("Alltagstraining Gruppe", 99.0, 5),
    ],
    "fr": [("Cours collectif chiots (8 séances)", 160.0, 8), ("Éducation de base", 140.0, 6)],
    "nl": [("Puppycursus", 135.0, 8), ("Gehoorzaamheid basis", 115.0, 7)],
    "it": [("Corso cuccioli", 150.0, 8), ("Educazione di base", 180.0, 10)],
}
DOG_EXTRAS = {
    "INR": [("Training treats & clicker kit", 650.0), ("Home assessment visit", 1500.0)],
    "GBP": [("Clicker & treat pouch", 12.5), ("1:1 assessment", 40.0)],
    "USD": [("Starter kit (clicker, long line)", 29.0), ("Private evaluation", 75.0)],
    "IE": [("Club membership (annual)", 20.0), ("Training lead", 15.0)],
    "de": [("Clicker-Set", 9.9), ("Einzelstunde Vorgespräch", 45.0)],
    "fr": [("Adhésion au club (annuelle)", 30.0), ("Bilan comportemental", 55.0)],
    "nl": [("Inschrijfgeld", 15.0), ("Clicker en trainingstasje", 12.5)],
    "it": [("Tessera associativa ENCI", 25.0), ("Valutazione individuale", 40.0)],
}
DOG_VENUES = {
    "INR": ["Cubbon Park (Gate 3)", "The Paw Patch Club, Koregaon Park"],
    "GBP": ["Little Milton Village Hall", "The paddock behind The Lamb Inn"],
    "USD": ["Laurelhurst Park off-leash area", "Training hall at Sellwood Community Center"],
    "IE": ["Ashford GAA field", "Rathnew Community Centre"],
    "de": ["Hundeplatz am Auwald", "Vereinsgelände SV Leipzig-Nord"],
    "fr": ["Terrain du club, chemin des Prés", "Parc de la Grille, Pontoise"],
    "nl": ["Veld bij Sportpark De Ruif", "Manege De Hoefslag, binnenbak"],
    "it": ["Campo addestramento Cascina Nuova", "Parco della Pellerina (ingresso nord)"],
}
DOGS = {
    "INR": [("Bruno", "Labrador Retriever"), ("Simba", "Indie"), ("Coco", "Beagle")],
    "en": [("Bramble", "Cocker Spaniel"), ("Milo", "Cockapoo"), ("Luna", "Border Collie")],
    "de": [("Emma", "Labrador"), ("Balu", "Mischling"), ("Nala", "Australian Shepherd")],
    "fr": [("Rio", "Berger australien"), ("Praline", "Bichon"), ("Tango", "Golden retriever")],
    "nl": [("Bobbie", "Kooiker"), ("Sam", "Labrador"), ("Guus", "Stabij")],
    "it": [("Briciola", "Meticcio"), ("Argo", "Pastore tedesco"), ("Maya", "Lagotto romagnolo")],
}


def dog_training_class(rng: random.Random, font: str):
    """A dog training school's or club's course booking (a Pune and a Bengaluru school in rupees, an Oxfordshire
    puppy school in pounds, a Portland school in dollars, a Wicklow club in euros, and a Leipzig Hundeschule, a
    club near Paris, a Dutch hondenschool and a Turin scuola cinofila on German, French, Dutch and Italian pages), an
    e-mail, a screen or a printed receipt: the owner under Owner / Handler / Halter/in / Propriétaire / Eigenaar /
    Proprietario (never the payee), the dog, its breed and its age, its microchip or a dog-tax tag (never the id),
    the course and its sessions, the first session's day and the class's hour (never the day paid), the trainer
    (never the payee), the venue (a village hall, a park, a manege: never the payee), the fee, a kit or a club
    membership, a second-dog discount or a trial class credited, VAT included or a small business's note that no tax
    is charged (§ 19 UStG, art. 293 B, KOR, regime forfettario and its stamp duty), Total / Course fee paid / Gesamt
    / Total / Totaal / Totale, Booking ref / Enrolment no / Buchungsnummer / N° d'inscription / Inschrijfnummer /
    Ricevuta n. in a share, Booked on / Angemeldet am / Date d'inscription / Ingeschreven op / Data iscrizione in a
    share, the way to pay in a share; an outcome in a share."""
    currency, school, lang = _issuer(rng, DOG_SCHOOLS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs_slash", "code_before", "sign_space"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    status, words = _outcome68(rng, 0.5, currency, lang, 0.6, 0.2)
    rows: list[tuple] = [("title", school), ("center", DOG_PLACES[school])]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Booking confirmation", "Course enrolment receipt", "Enrolment"],
                de=["Anmeldebestätigung", "Kursanmeldung"],
                fr=["Confirmation d'inscription"],
                nl=["Inschrijvingsbevestiging"],
                it=["Conferma iscrizione", "Ricevuta iscrizione"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Owner", "Handler", "Client", "Booked by"],
                de=["Halter/in", "Hundehalter/in"],
                fr=["Propriétaire", "Maître"],
                nl=["Eigenaar", "Baasje"],
                it=["Proprietario", "Conduttore"],
            ),
            _who(rng, currency, lang),
        )
    )
    dog, breed = rng.choice(DOGS["INR" if currency == "INR" else ("en" if lang == "en" else lang)])
    months = rng.randint(3, 14)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Dog", "Pet", "Puppy"], de=["Hund"], fr=["Chien"], nl=["Hond"], it=["Cane"]),
            f"{dog} ({breed}, {months} "
            + _say(rng, lang, en=["months"], de=["Monate"], fr=["mois"], nl=["maanden"], it=["mesi"])
            + ")",
        )
    )
    if shown(rng, 0.5):
        label = {
            "de": "Chip-Nr.",
            "fr": "N° d'identification (I-CAD)",
            "nl": "Chipnummer",
            "it": "Microchip n.",
        }
        rows.append(("pair", label.get(lang, "Microchip"), digits(rng, 15)))
    elif lang == "de" and shown(rng, 0.5):
        rows.append(("pair", "Hundesteuermarke", f"Nr. {digits(rng, 4)}"))
    course, fee, sessions = rng.choice(DOG_COURSES[key])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Course", "Class"],
                de=["Kurs"],
                fr=["Cours", "Formule"],
                nl=["Cursus"],
                it=["Corso"],
            ),
            course,
        )
    )
    start = _later(when, rng, 5, 40)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["First session", "Course starts", "Starts"],
                de=["Kursbeginn", "Erster Termin"],
                fr=["Première séance", "Début du cours"],
                nl=["Eerste les", "Start cursus"],
                it=["Prima lezione", "Inizio corso"],
            ),
            _d(start, pattern, lang) + (" " + _hour(rng, lang) if shown(rng, 0.5) else ""),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Sessions"],
                    de=["Einheiten"],
                    fr=["Séances"],
                    nl=["Lessen"],
                    it=["Lezioni"],
                ),
                str(sessions),
            )
        )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[
                        "Trainer",
                        "Instructor",
                        "Behaviourist" if currency != "USD" else "Trainer (CPDT-KA)",
                    ],
                    de=["Trainer/in", "Hundetrainer/in"],
                    fr=["Éducateur canin", "Éducatrice"],
                    nl=["Instructeur", "Trainer"],
                    it=["Istruttore", "Educatore cinofilo"],
                ),
                _pro(rng, currency, lang),
            )
        )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Venue", "Location"],
                    de=["Ort", "Trainingsort"],
                    fr=["Lieu"],
                    nl=["Locatie"],
                    it=["Luogo"],
                ),
                rng.choice(DOG_VENUES[key]),
            )
        )
    rows.append(("rule",))
    rows.append(("pair", course.split(" (")[0], _m(fee, grouping)))
    net = fee
    if shown(rng, 0.4):
        extra, value = rng.choice(DOG_EXTRAS[key])
        rows.append(("pair", extra, _m(value, grouping)))
        net = round(net + value, 2)
    if shown(rng, 0.3):
        off = round(fee * 0.15, 2) if currency != "INR" else float(round(fee * 0.15))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Second dog discount 15%", "Rescue dog discount"],
                    de=["Rabatt Zweithund 15%"],
                    fr=["Remise 2e chien"],
                    nl=["Korting tweede hond"],
                    it=["Sconto secondo cane"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    elif shown(rng, 0.3):
        off = {"INR": 500.0, "GBP": 15.0, "USD": 25.0, "EUR": 15.0}[currency]
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Trial class credited", "Less taster session"],
                    de=["Schnupperstunde angerechnet"],
                    fr=["Séance d'essai déduite"],
                    nl=["Proefles verrekend"],
                    it=["Lezione di prova scalata"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    if currency == "INR":
        total = (
            _vat66(rng, rows, grouping, net, currency, lang, "added", None, 0.09) if shown(rng, 0.6) else net
        )
    elif currency == "USD" or shown(rng, 0.5):
        _no_tax(rng, rows, currency, lang)
        total = _bollo(rng, rows, grouping, net, lang)
    else:
        total = _vat66(rng, rows, grouping, net, currency, lang, "included")
    _total68(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        {
            "en": ["Total", "Course fee", "Amount"],
            "de": ["Gesamt", "Kursgebühr"],
            "fr": ["Total", "Montant"],
            "nl": ["Totaal", "Cursusgeld"],
            "it": ["Totale", "Quota"],
        }[lang],
        {
            "en": ["Amount paid", "Course fee paid"],
            "de": ["Gezahlter Betrag"],
            "fr": ["Montant réglé"],
            "nl": ["Betaald bedrag"],
            "it": ["Importo versato"],
        }[lang],
    )
    kinds = (
        ["UPI", "UPI", "card", "cash"]
        if currency == "INR"
        else ["card", "card", "wallet", "netbanking", "cash"]
    )
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, False, status)
    ref = {
        "INR": f"PS{digits(rng, 6)}" if school.startswith("Paws") else f"GBA-{digits(rng, 5)}",
        "GBP": f"MP{digits(rng, 5)}",
        "USD": f"LL-{digits(rng, 6)}",
        "IE": f"{digits(rng, 4)}",
        "de": f"{when.year}-{digits(rng, 4)}",
        "fr": f"INS-{digits(rng, 5)}",
        "nl": f"{digits(rng, 6)}",
        "it": f"{rng.randint(10, 300)}/{when.year}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Booking ref", "Enrolment no", "Receipt no", "Booking #"],
            "de": ["Buchungsnummer", "Anmelde-Nr.", "Beleg-Nr."],
            "fr": ["N° d'inscription", "Reçu n°"],
            "nl": ["Inschrijfnummer", "Boekingsnummer"],
            "it": ["Ricevuta n.", "N. iscrizione"],
        }[lang],
        ref,
        0.25,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Booked on", "Date of booking", "Payment date"],
            "de": ["Angemeldet am", "Zahlungsdatum"],
            "fr": ["Date d'inscription", "Date de paiement"],
            "nl": ["Ingeschreven op", "Betaaldatum"],
            "it": ["Data iscrizione", "Data pagamento"],
        }[lang],
        0.25,
        0.4,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        rng.randint(1, 2),
        en=[
            "Please bring your dog's vaccination card to the first session.",
            "Places are non-refundable but may be moved to a later course.",
            "Missed sessions cannot be refunded.",
        ],
        de=[
            "Bitte Impfpass mitbringen. Nur geimpfte Hunde.",
            "Eine Hundehaftpflichtversicherung ist Voraussetzung.",
            "Versäumte Stunden können nicht erstattet werden.",
        ],
        fr=["Chiots vaccinés et identifiés uniquement.", "Toute séance manquée est due."],
        nl=["Neem het vaccinatieboekje mee naar de eerste les.", "Gemiste lessen worden niet terugbetaald."],
        it=["Portare il libretto sanitario alla prima lezione.", "Le lezioni perse non sono rimborsabili."],
    )
    truth = truth_fields(school, total, currency, txn, dated, method, status)
    style = rng.choice([EMAIL, SCREEN, PAPER])
    return rows, truth, _page(font, rows, _sized(style, 19 if style is not SCREEN else 20), school)


# ---------------------------------------------------------------- 3 a children's coding, robotics or abacus class


CODE_SCHOOLS = {
    "INR": [("Abacus Genius Learning Centre", "en"), ("RoboSprouts Coding & Robotics", "en")],
    "GBP": [("Code Cubs Academy", "en")],
    "USD": [("ByteSize Coders Club", "en")],
    "EUR": [
        ("Codekids Programmierschule", "de"),
        ("Les Petits Codeurs", "fr"),
        ("Codeklas Utrecht", "nl"),
        ("CodeLab Ragazzi Torino", "it"),
        ("Galway Young Coders", "en"),
    ],
}
CODE_PLACES = {
    "Abacus Genius Learning Centre": "2nd Floor, Skanda Arcade, Anna Nagar West, Chennai 600040",
    "RoboSprouts Coding & Robotics": "B-44, Sector 50, Gurugram 122018",
    "Code Cubs Academy": "The Old Library, 12 Mill Road, Cambridge CB1 2AD",
    "ByteSize Coders Club": "860 Via Lata, Suite 110, Colton, CA 92324",
    "Codekids Programmierschule": "Bertoldstraße 18, 79098 Freiburg im Breisgau",
    "Les Petits Codeurs": "7 rue Sainte-Catherine, 33000 Bordeaux",
    "Codeklas Utrecht": "Biltstraat 106, 3572 BJ Utrecht",
    "CodeLab Ragazzi Torino": "Via Nizza 150, 10126 Torino",
    "Galway Young Coders": "Unit 2, Galway Technology Park, Parkmore, Galway",
}
# (course, fee for the term or month, kit or materials, kit price)
CODE_COURSES = {
    "Abacus Genius Learning Centre": [("Abacus Level 3", 4500.0), ("Vedic Maths Junior", 3800.0)],
    "RoboSprouts Coding & Robotics": [
        ("LEGO SPIKE Robotics (Grade 4-6)", 7500.0),
        ("Python for Kids", 6200.0),
    ],
    "Code Cubs Academy": [("Scratch Explorers (age 7-9)", 165.0), ("Python Quest (age 10-13)", 195.0)],
    "ByteSize Coders Club": [("Roblox Game Design", 279.0), ("Junior Robotics", 315.0)],
    "Codekids Programmierschule": [
        ("Programmieren mit Scratch (8-10 J.)", 189.0),
        ("Calliope mini AG", 149.0),
    ],
    "Les Petits Codeurs": [("Atelier Scratch (8-11 ans)", 210.0), ("Robotique Thymio", 240.0)],
    "Codeklas Utrecht": [("Programmeren met micro:bit (groep 5-6)", 175.0), ("Minecraft Code Club", 150.0)],
    "CodeLab Ragazzi Torino": [("Coding con Scratch (8-10 anni)", 220.0), ("Robotica Arduino Junior", 260.0)],
    "Galway Young Coders": [("Scratch Beginners", 140.0), ("Python Next Steps", 160.0)],
}
CODE_KITS = {
    "INR": [("Abacus tool & workbooks", 1200.0), ("Robotics kit (returnable)", 2500.0)],
    "GBP": [("micro:bit starter kit", 25.0)],
    "USD": [("Robotics kit rental", 45.0)],
    "IE": [("Materials", 20.0)],
    "de": [("Materialpauschale", 15.0)],
    "fr": [("Frais d'inscription", 20.0)],
    "nl": [("Materiaalkosten", 12.5)],
    "it": [("Quota associativa", 20.0)],
}
TERMS = {
    "INR": ["April - June", "Term 2 (Jul - Sep)", "Monthly - {m}"],
    "GBP": ["Spring term", "Summer term", "Autumn term"],
    "USD": ["Spring session", "Fall session"],
    "IE": ["Term 2 (Jan - Mar)", "Autumn term"],
    "de": ["Halbjahr Februar - Juli", "Herbstkurs"],
    "fr": ["Trimestre 2", "Année 2025-2026 (1er versement)"],
    "nl": ["Blok 3", "Voorjaar"],
    "it": ["Secondo quadrimestre", "Corso annuale (1a rata)"],
}


def kids_coding_class(rng: random.Random, font: str):
    """A children's coding, robotics or abacus school's fee for a term or a month (a Chennai abacus centre and a
    Gurugram robotics school in rupees, a Cambridge academy in pounds, a Californian club in dollars, a Galway club
    in euros, and a Freiburg, Bordeaux, Utrecht and Turin school on German, French, Dutch and Italian pages), a fee
    receipt, a parents' portal's screen (light or dark) or an e-mail: the parent under Parent/Guardian / Billing
    contact / Erziehungsberechtigte/r / Responsable légal / Ouder/verzorger / Genitore (never the payee), the child
    under Student / Child / Learner / Kind / Élève / Deelnemer / Allievo/a with their age, school year or group and a
    student ID (never the id), the course, the term and the batch's day and hour, the first class (never the day
    paid), the tutor (never the payee), the centre or branch (never the payee), the fee, a kit, a registration fee
    or an association's fee, a sibling or early-bird discount, a subsidy taken off (Bildung und Teilhabe, Jeugdfonds
    Sport & Cultuur: never the payee, never the amount), GST added or an education exemption, an instalment's number
    and the next one's day and sum (never the amount), Total / Fee paid / Gesamt / Montant / Totaal / Totale, Receipt
    No / Invoice # / Rechnungsnr. / Reçu n° / Factuurnr. / Ricevuta n. in a share, Payment date / Paid on / Bezahlt
    am / Payé le / Betaald op / Data pagamento in a share, the way to pay in a share; an outcome in a share."""
    currency, school, lang = _issuer(rng, CODE_SCHOOLS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "rs_slash", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    instalment = (currency == "INR" or lang in ("fr", "it")) and shown(rng, 0.5)
    status, words = _outcome68(rng, 0.55, currency, lang, 0.6, 0.2, part=instalment)
    portal = shown(rng, 0.35)
    band = portal and shown(rng, 0.4)
    rows: list[tuple] = [("title", school)]
    if not portal:
        rows.append(("center", CODE_PLACES[school]))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["FEE RECEIPT", "Fee receipt"] if currency == "INR" else ["Payment receipt", "Term fees"],
                de=["Zahlungsbestätigung", "Rechnung Kursgebühr"],
                fr=["Reçu de paiement", "Facture"],
                nl=["Betalingsbewijs", "Factuur cursusgeld"],
                it=["Ricevuta di pagamento", "Ricevuta"],
            ),
        )
    )
    if band:
        rows.append(("rule",))
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    child = _child(rng, currency, lang)
    family = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Student", "Child", "Learner", "Participant"],
                de=["Kind", "Teilnehmer/in"],
                fr=["Enfant", "Élève"],
                nl=["Kind", "Deelnemer"],
                it=["Allievo/a", "Bambino/a"],
            ),
            f"{child} {family.split()[-1]}",
        )
    )
    if shown(rng, 0.5):
        age = rng.randint(7, 13)
        if shown(rng, 0.5):
            label = _say(rng, lang, en=["Age"], de=["Alter"], fr=["Âge"], nl=["Leeftijd"], it=["Età"])
            value = str(age)
        else:
            label = _say(
                rng,
                lang,
                en=["Year group" if currency == "GBP" else "Grade"],
                de=["Klasse"],
                fr=["Classe"],
                nl=["Groep"],
                it=["Classe"],
            )
            value = {
                "GBP": f"Year {age - 4}",
                "nl": f"groep {age - 4}",
                "fr": ["CE1", "CE2", "CM1", "CM2", "6e", "5e", "4e"][age - 7],
            }.get(key, str(age - 5) if lang != "it" else f"{age - 5}a")
        rows.append(("pair", label, value))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Student ID", "Roll no"],
                    de=["Teilnehmer-Nr."],
                    fr=["N° élève"],
                    nl=["Leerlingnummer"],
                    it=["Matricola"],
                ),
                code(rng, 2, UPPER) + digits(rng, 5),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Parent/Guardian", "Parent", "Billing contact", "Account holder"],
                de=["Erziehungsberechtigte/r", "Elternteil"],
                fr=["Responsable légal", "Parent"],
                nl=["Ouder/verzorger"],
                it=["Genitore", "Genitore/tutore"],
            ),
            family,
        )
    )
    course, fee = rng.choice(CODE_COURSES[school])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Course", "Programme", "Level"],
                de=["Kurs"],
                fr=["Atelier", "Cours"],
                nl=["Cursus"],
                it=["Corso"],
            ),
            course,
        )
    )
    term = rng.choice(TERMS[key]).replace("{m}", when.strftime("%B %Y"))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Term", "Period", "Fee for"],
                de=["Zeitraum"],
                fr=["Période"],
                nl=["Periode"],
                it=["Periodo"],
            ),
            term,
        )
    )
    batch = _say(
        rng,
        lang,
        en=["Sat", "Sun", "Wed", "Fri"],
        de=["Mo", "Mi", "Fr"],
        fr=["Mercredi", "Samedi"],
        nl=["Woensdag", "Zaterdag"],
        it=["Sabato", "Mercoledì"],
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Batch", "Class time", "Slot"],
                de=["Termin"],
                fr=["Créneau"],
                nl=["Lestijd"],
                it=["Orario"],
            ),
            f"{batch} "
            + (
                f"{rng.choice([10, 11, 14, 15, 16, 17])}h{rng.choice(['00', '30'])}"
                if lang == "fr"
                else f"{rng.choice([10, 11, 14, 15, 16, 17])}:{rng.choice(['00', '30'])}"
            ),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Classes begin", "First class"],
                    de=["Kursbeginn"],
                    fr=["Début"],
                    nl=["Eerste les"],
                    it=["Inizio corso"],
                ),
                _d(_later(when, rng, 3, 30), pattern, lang),
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Tutor", "Coach", "Instructor"],
                    de=["Kursleitung"],
                    fr=["Animateur"],
                    nl=["Docent"],
                    it=["Insegnante"],
                ),
                _pro(rng, currency, lang),
            )
        )
    if currency == "INR" and shown(rng, 0.5):
        rows.append(
            ("pair", rng.choice(["Centre", "Branch"]), rng.choice(["Anna Nagar", "Velachery", "Sector 50"]))
        )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Tuition fee", "Course fee"],
                de=["Kursgebühr"],
                fr=["Cotisation"],
                nl=["Cursusgeld"],
                it=["Quota corso"],
            ),
            _m(fee, grouping),
        )
    )
    net = fee
    if shown(rng, 0.4):
        kits = CODE_KITS[key]
        if currency == "INR":
            kits = kits[:1] if "Abacus" in school else kits[1:]
        kit, value = rng.choice(kits)
        rows.append(("pair", kit, _m(value, grouping)))
        net = round(net + value, 2)
    if shown(rng, 0.3):
        off = round(fee * 0.1, 2) if currency != "INR" else float(round(fee * 0.1))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Sibling discount 10%", "Early-bird discount"],
                    de=["Geschwisterrabatt 10%"],
                    fr=["Réduction fratrie"],
                    nl=["Broertje/zusje-korting"],
                    it=["Sconto fratelli"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    if lang in ("de", "nl") and shown(rng, 0.4):
        grant = 15.0 if lang == "de" else 50.0
        rows.append(
            (
                "pair",
                "abzgl. Zuschuss Bildung und Teilhabe (Jobcenter)"
                if lang == "de"
                else "Bijdrage Jeugdfonds Sport & Cultuur",
                "-" + _m(grant, grouping),
            )
        )
        net = round(net - grant, 2)
    if currency == "INR":
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", None, 0.09, shown(rng, 0.5))
    else:
        note = {
            "GBP": ["VAT exempt (education)", "No VAT charged"],
            "USD": ["Tuition is not subject to sales tax."],
            "IE": ["Educational services exempt from VAT"],
            "de": [
                "Umsatzsteuerfrei gem. § 4 Nr. 21 UStG",
                "Steuerfreie Bildungsleistung nach § 4 Nr. 21 UStG",
            ],
            "fr": ["Exonération de TVA, art. 261-4-4° du CGI"],
            "nl": ["Vrijgesteld van btw (onderwijs)"],
            "it": ["Esente IVA ai sensi dell'art. 10, n. 20, DPR 633/72"],
        }[key]
        if shown(rng, 0.6):
            rows.append(("small", rng.choice(note)))
        total = _bollo(rng, rows, grouping, net, lang)
    if instalment:
        count = rng.choice([2, 3, 4])
        part = round(total / count, 2) if currency != "INR" else float(round(total / count))
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Course total"], fr=["Total annuel"], it=["Totale annuo"]),
                _m(total, grouping),
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Instalment 1 of {count}"],
                    fr=[f"Versement 1/{count}"],
                    it=[f"Rata 1 di {count}"],
                ),
                fmt(part),
            )
        )
        if shown(rng, 0.7):
            nxt = _later(when, rng, 28, 95)
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Next instalment due"],
                        fr=["Prochain versement le"],
                        it=["Prossima rata il"],
                    ),
                    f"{_d(nxt, pattern, lang)} - {_m(part, grouping)}",
                )
            )
        amount = part
    else:
        _total68(
            rng,
            rows,
            fmt,
            total,
            status,
            lang,
            {
                "en": ["Total", "Amount", "Net payable"] if currency == "INR" else ["Total", "Total due"],
                "de": ["Gesamt", "Zu zahlen"],
                "fr": ["Total", "Montant"],
                "nl": ["Totaal", "Te betalen"],
                "it": ["Totale"],
            }[lang],
            {
                "en": ["Amount paid", "Fee paid", "Total Amount Paid"],
                "de": ["Gezahlter Betrag"],
                "fr": ["Montant payé"],
                "nl": ["Betaald bedrag"],
                "it": ["Importo pagato"],
            }[lang],
        )
        amount = total
    kinds = (
        ["UPI", "UPI", "netbanking", "card", "cash"]
        if currency == "INR"
        else ["card", "netbanking", "wallet"]
    )
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, portal, status)
    ref = {
        "INR": f"{'AGL' if 'Abacus' in school else 'RS'}/{_fy(when)}/{digits(rng, 4)}",
        "GBP": f"CC-{digits(rng, 5)}",
        "USD": f"INV-{digits(rng, 6)}",
        "IE": f"GYC{digits(rng, 4)}",
        "de": f"{when.year}{digits(rng, 4)}",
        "fr": f"R-{when.year}-{digits(rng, 3)}",
        "nl": f"F{digits(rng, 6)}",
        "it": f"{rng.randint(10, 400)}/{when.year % 100}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Receipt No", "Receipt #", "Invoice #", "Transaction ID"],
            "de": ["Rechnungsnr.", "Beleg-Nr."],
            "fr": ["Reçu n°", "Facture n°"],
            "nl": ["Factuurnr.", "Betalingskenmerk"],
            "it": ["Ricevuta n.", "N. ricevuta"],
        }[lang],
        ref,
        0.25,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Paid on", "Receipt date", "Date"],
            "de": ["Bezahlt am", "Zahlungsdatum"],
            "fr": ["Payé le", "Date de paiement"],
            "nl": ["Betaald op", "Datum betaling"],
            "it": ["Data pagamento", "Pagato il"],
        }[lang],
        0.25,
        0.4,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Fees once paid are not refundable or transferable.",
            "Missed classes can be made up within the same term.",
            "Devices are provided; please do not bring your own laptop.",
        ],
        de=["Kündigung jeweils zum Halbjahresende.", "Versäumte Stunden werden nicht erstattet."],
        fr=["Aucun remboursement en cours de trimestre.", "Les séances manquées ne sont pas rattrapées."],
        nl=["Lesgeld wordt niet gerestitueerd bij tussentijds stoppen."],
        it=["La quota non è rimborsabile.", "Le lezioni perse si recuperano nel mese successivo."],
    )
    truth = truth_fields(school, amount, currency, txn, dated, method, status)
    if portal:
        style = rng.choice([SCREEN, DARK])
        if band:
            style = dict(SCREEN, band=rng.choice([(20, 90, 160), (100, 40, 140), (0, 120, 100)]))
        return rows, truth, _page(font, rows, style, school)
    style = rng.choice([PAPER, EMAIL])
    return rows, truth, _page(font, rows, _sized(style, 19), school)


# ---------------------------------------------------------------- 4 a winery's, brewery's or distillery's tour and tasting


TASTING = {
    "INR": [("Sahyadri Hills Vineyards", "en"), ("Goa Craft Brewing Co.", "en")],
    "GBP": [("Hawthorn Gin Distillery", "en")],
    "USD": [("Calloway Ridge Winery", "en")],
    "EUR": [
        ("Weingut Kesselring", "de"),
        ("Champagne Vautrin & Fils", "fr"),
        ("Brouwerij Het Kromme Hert", "nl"),
        ("Cantina Poggio Alto", "it"),
        ("Shannon Bridge Distillery", "en"),
    ],
}
TASTING_PLACES = {
    "Sahyadri Hills Vineyards": "Gangapur-Savargaon Road, Nashik 422222",
    "Goa Craft Brewing Co.": "Plot 9, Verna Industrial Estate, Goa 403722",
    "Hawthorn Gin Distillery": "The Old Maltings, Bridge Street, Ludlow SY8 1BN",
    "Calloway Ridge Winery": "4410 Silverado Trail, Napa, CA 94558",
    "Weingut Kesselring": "Weinstraße 27, 67146 Deidesheim",
    "Champagne Vautrin & Fils": "21 rue du Moulin, 51160 Hautvillers",
    "Brouwerij Het Kromme Hert": "Havermarkt 14, 4811 WT Breda",
    "Cantina Poggio Alto": "Località Poggio Alto 3, 53024 Montalcino (SI)",
    "Shannon Bridge Distillery": "Main Street, Shannonbridge, Co. Offaly",
}
EXPERIENCES = {
    "Sahyadri Hills Vineyards": [
        ("Vineyard tour & tasting (5 wines)", 950.0),
        ("Sunset tasting with cheese platter", 1800.0),
    ],
    "Goa Craft Brewing Co.": [("Brewery tour + 4-beer flight", 800.0), ("Brewer's table experience", 1500.0)],
    "Hawthorn Gin Distillery": [("Distillery tour & gin tasting", 25.0), ("Gin blending masterclass", 75.0)],
    "Calloway Ridge Winery": [("Reserve tasting flight", 65.0), ("Cave tour & barrel tasting", 95.0)],
    "Weingut Kesselring": [("Weinprobe 6 Weine", 19.0), ("Kellerführung mit Weinprobe", 29.0)],
    "Champagne Vautrin & Fils": [
        ("Visite des caves et dégustation 2 cuvées", 30.0),
        ("Dégustation prestige 4 cuvées", 55.0),
    ],
    "Brouwerij Het Kromme Hert": [
        ("Rondleiding + proeverij (4 bieren)", 17.5),
        ("Bierproeverij met kaasplank", 24.5),
    ],
    "Cantina Poggio Alto": [
        ("Visita cantina e degustazione 3 vini", 35.0),
        ("Degustazione Brunello con tagliere", 60.0),
    ],
    "Shannon Bridge Distillery": [
        ("Distillery tour & whiskey tasting", 22.0),
        ("Premium tasting (4 whiskeys)", 45.0),
    ],
}
BOTTLES = {
    "INR": [("Cheese platter", 650.0), ("Veg snack platter", 450.0)],
    "GBP": [("London Dry Gin 70cl", 36.0), ("Damson Gin Liqueur 50cl", 28.0)],
    "USD": [("2022 Cabernet Sauvignon", 78.0), ("2023 Sauvignon Blanc", 36.0)],
    "IE": [("Single Pot Still 70cl", 55.0), ("Irish Cream 50cl", 24.0)],
    "de": [("2023 Riesling trocken 0,75 l", 12.5), ("2022 Spätburgunder 0,75 l", 16.9)],
    "fr": [("Brut Tradition 75 cl", 29.0), ("Rosé de saignée 75 cl", 38.0)],
    "nl": [("Tripel 33 cl (4-pack)", 11.0), ("Proefglas", 4.5)],
    "it": [("Brunello di Montalcino 2019", 48.0), ("Rosso di Montalcino 2022", 19.0)],
}
BOOKING_SYSTEMS = {
    "INR": ["Powered by Bookeo"],
    "GBP": ["Online booking by FareHarbor"],
    "USD": ["Powered by Tock", "Reservations powered by Tock"],
    "IE": ["Powered by Bookeo"],
    "de": ["Buchungssystem: Regiondo"],
    "fr": ["Réservation en ligne propulsée par Bookeo"],
    "nl": ["Online boeken via Bookeo"],
    "it": ["Sistema di prenotazione: Bookeo"],
}
SLIP_WORDS = {
    "success": {
        "en": ["APPROVED", "PAID", "Payment accepted"],
        "de": ["Zahlung erfolgt", "BEZAHLT"],
        "fr": ["PAIEMENT ACCEPTÉ", "PAYÉ"],
        "nl": ["BETAALD", "Betaling geslaagd"],
        "it": ["PAGATO", "TRANSAZIONE ESEGUITA"],
    },
    "failed": {
        "en": ["DECLINED", "CARD DECLINED"],
        "de": ["ABGELEHNT", "Zahlung abgelehnt"],
        "fr": ["REFUSÉ", "PAIEMENT REFUSÉ"],
        "nl": ["GEWEIGERD", "Betaling geweigerd"],
        "it": ["RIFIUTATA", "TRANSAZIONE NEGATA"],
    },
}


def tasting_tour(rng: random.Random, font: str):
    """A winery's, brewery's or distillery's tour and tasting (a Nashik vineyard and a Goa brewery in rupees, a
    Ludlow gin distillery in pounds, a Napa winery in dollars, an Offaly distillery in euros, and a Pfalz Weingut, a
    Champagne house, a Breda brewery and a Montalcino cantina on German, French, Dutch and Italian pages): a booking
    e-mail or screen, or the tasting room's till slip on the day (in the monospaced faces): the lead guest (never the
    payee), the guests and a designated driver, the tour's day and slot (never the day paid), the host or sommelier
    (never the payee), a wine club member's number and discount (never the id), tastings at a price a head, food and
    bottles, a tasting fee waived with a purchase, a gratuity, GST or sales tax added, VAT / MwSt. / TVA / btw / IVA
    included, the booking system in a footer (Tock, Bookeo, FareHarbor, Regiondo: never the payee), Total / Order
    total / Gesamt / Total TTC / Totaal / Totale, Booking ref / Confirmation # / Buchungsnummer / N° de réservation /
    Reserveringsnummer / Codice prenotazione or a slip's receipt number or approval code in a share, Booked on /
    Gebucht am / Réservé le / Geboekt op / Prenotato il or a slip's bare date in a share, the way to pay in a share
    (a slip's masked card); an outcome in a share; the age rule, the French health warning or NIX18."""
    currency, house, lang = _issuer(rng, TASTING)
    key = _key(currency, lang)
    slip = "Mono" in font
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", house), ("center", TASTING_PLACES[house])]
    experience, each = rng.choice(EXPERIENCES[house])
    guests = rng.randint(2, 6)
    if slip:
        status = rng.choice([None, None, "success", "success", "failed"])
        words = rng.choice(SLIP_WORDS[status][lang]) if status else None
        rows.append(("small", rng.choice(_tax_ids(rng, key, rng.choice(["27", "30"])))))
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Tasting Room", "Cellar Door", "Taproom"] if currency != "INR" else ["Tasting Room"],
                    de=["Weinverkauf / Probierstube"],
                    fr=["Caveau de dégustation"],
                    nl=["Proeflokaal"],
                    it=["Enoteca aziendale"],
                ),
            )
        )
        top = shown(rng, 0.5)
        if top:
            rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
        if shown(rng, 0.5):
            rows.append(
                (
                    "left",
                    _say(
                        rng,
                        lang,
                        en=["Server: ", "Cashier: "],
                        de=["Bed.: "],
                        fr=["Caissier : "],
                        nl=["Kassa: "],
                        it=["Operatore: "],
                    )
                    + _pro(rng, currency, lang).split()[0],
                )
            )
    else:
        status, words = _outcome68(rng, 0.5, currency, lang, 0.6, 0.2)
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Booking confirmation", "Reservation details", "Your visit"],
                    de=["Buchungsbestätigung", "Ihre Reservierung"],
                    fr=["Confirmation de réservation", "Votre visite"],
                    nl=["Reserveringsbevestiging", "Je bezoek"],
                    it=["Conferma prenotazione", "La tua visita"],
                ),
            )
        )
        _status66(rng, rows, words, lang)
    rows.append(("rule",))
    if not slip:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Lead guest", "Booked by", "Name on booking"],
                    de=["Gast", "Gebucht von"],
                    fr=["Réservé par", "Nom"],
                    nl=["Geboekt door", "Naam"],
                    it=["Prenotato da", "Ospite"],
                ),
                _who(rng, currency, lang),
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Experience", "Tour"],
                    de=["Angebot"],
                    fr=["Prestation"],
                    nl=["Arrangement"],
                    it=["Esperienza"],
                ),
                experience,
            )
        )
        visit = _later(when, rng, 2, 45)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Tour date", "Visit date", "Date of visit", "Slot"],
                    de=["Termin", "Führung am"],
                    fr=["Date de la visite", "Créneau"],
                    nl=["Datum rondleiding", "Tijdslot"],
                    it=["Data visita", "Turno"],
                ),
                _d(visit, pattern, lang) + " " + _hour(rng, lang),
            )
        )
        if shown(rng, 0.4):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Host", "Guide", "Tasting host"],
                        de=["Führung"],
                        fr=["Guide", "Caviste"],
                        nl=["Gids"],
                        it=["Sommelier", "Guida"],
                    ),
                    _pro(rng, currency, lang),
                )
            )
        rows.append(("rule",))
    member = currency in ("USD", "EUR") and shown(rng, 0.25)
    if member:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Wine club member #", "Club member"]
                    if "Winery" in house
                    else ["Club member #", "Member no."],
                    de=["Weinfreunde-Nr."],
                    fr=["Carte fidélité n°"],
                    nl=["Bierclub lidnummer"],
                    it=["Tessera socio n."],
                ),
                digits(rng, 6),
            )
        )
    rows.append(
        (
            "pair",
            f"{guests} x {experience}" + (f" @ {_m(each, grouping)}" if shown(rng, 0.5) else ""),
            _m(each * guests, grouping),
        )
    )
    net = round(each * guests, 2)
    if shown(rng, 0.3):
        driver = {"INR": 300.0, "GBP": 10.0, "USD": 20.0, "EUR": 8.0}[currency]
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["1 x Designated driver (soft drinks)", "1 x Non-drinker ticket"],
                    de=["1 x Fahrer/in (alkoholfrei)"],
                    fr=["1 x Conducteur (sans alcool)"],
                    nl=["1 x BOB (alcoholvrij)"],
                    it=["1 x Autista (analcolico)"],
                ),
                _m(driver, grouping),
            )
        )
        net = round(net + driver, 2)
    bought = 0
    if shown(rng, 0.5 if slip else 0.3):
        for name, value in rng.sample(BOTTLES[key], rng.randint(1, 2)):
            n = rng.choice([1, 2, 3])
            rows.append(("pair", f"{n} x {name}" if n > 1 else name, _m(value * n, grouping)))
            net = round(net + value * n, 2)
            bought += n
    if bought >= 2 and currency != "INR" and experience == EXPERIENCES[house][0][0] and shown(rng, 0.6):
        off = round(each * min(guests, 2), 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Tasting fee waived (2+ bottles)", "Tasting refund with purchase"],
                    de=["Probe angerechnet beim Kauf"],
                    fr=["Dégustation offerte (achat)"],
                    nl=["Proeverij verrekend bij aankoop"],
                    it=["Degustazione scontata con acquisto"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    if member:
        off = round(net * 0.2, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Club discount 20%"],
                    de=["Rabatt 20%"],
                    fr=["Remise 20 %"],
                    nl=["Korting 20%"],
                    it=["Sconto 20%"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    if currency == "INR":
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", None, 0.09, shown(rng, 0.5))
    elif currency == "USD":
        tax = round(net * 0.0775, 2)
        rows.append(("pair", "Sales tax 7.75%", _m(tax, grouping)))
        total = round(net + tax, 2)
        if shown(rng, 0.4):
            tip = round(each * guests * 0.18, 2)
            rows.append(("pair", rng.choice(["Gratuity 18%", "Tip"]), _m(tip, grouping)))
            total = round(total + tip, 2)
    else:
        rate = {"GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22}[key]
        total = _vat66(rng, rows, grouping, net, currency, lang, "included", rate)
    method = None
    if slip:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["TOTAL", "BALANCE DUE"] if currency == "USD" else ["TOTAL"],
                    de=["SUMME", "GESAMT"],
                    fr=["TOTAL TTC"],
                    nl=["TOTAAL"],
                    it=["TOTALE"],
                ),
                fmt(total),
            )
        )
        if (
            status == "failed"
            or (status is None and shown(rng, 0.6))
            or status == "success"
            and shown(rng, 0.7)
        ):
            scheme = rng.choice(
                ["VISA", "MASTERCARD", "AMEX"] if currency == "USD" else ["VISA", "MASTERCARD", "MAESTRO"]
            )
            if lang == "de":
                scheme = rng.choice(["girocard", "VISA", "Mastercard"])
            if currency == "INR":
                scheme = rng.choice(["VISA", "RUPAY", "MASTERCARD"])
            rows.append(("left", f"{scheme} {'*' * 12}{digits(rng, 4)}"))
            rows.append(
                (
                    "left",
                    rng.choice(
                        ["CONTACTLESS", "CHIP", "TAP"] if lang != "de" else ["kontaktlos", "Chip+PIN"]
                    ),
                )
            )
            method = "card"
        elif status != "failed":
            step = 500 if currency == "INR" else 10
            given = float((int(total) // step + 1) * step)
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Cash"], de=["Bar"], fr=["Espèces"], nl=["Contant"], it=["Contanti"]),
                    _m(given, grouping),
                )
            )
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Change"],
                        de=["Rückgeld"],
                        fr=["Rendu"],
                        nl=["Wisselgeld"],
                        it=["Resto"],
                    ),
                    _m(round(given - total, 2), grouping),
                )
            )
            method = "cash"
        if words:
            rows.append(("center", words))
        if method == "card" and shown(rng, 0.5) and status != "failed":
            ref = code(rng, 6, ALNUM)
            labels = {
                "en": ["AUTH CODE", "Approval code"],
                "de": ["Genehmigungs-Nr."],
                "fr": ["N° autorisation"],
                "nl": ["Autorisatiecode"],
                "it": ["Cod. autorizzazione"],
            }[lang]
        elif status == "failed":
            ref = digits(rng, rng.choice([5, 6]))
            labels = {
                "en": ["Trans #", "Txn ref"],
                "de": ["Vorgangs-Nr."],
                "fr": ["N° transaction"],
                "nl": ["Transactienr."],
                "it": ["Rif. transazione"],
            }[lang]
        else:
            ref = digits(rng, rng.choice([4, 5, 6]))
            labels = {
                "en": ["Receipt #", "Trans #", "Sale #"],
                "de": ["Bon-Nr.", "Beleg-Nr."],
                "fr": ["Ticket n°"],
                "nl": ["Bonnummer"],
                "it": ["Scontrino n."],
            }[lang]
        txn = _id(rng, rows, labels, ref, 0.2)
        dated = when if top else None
        if not top and shown(rng, 0.7):
            rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
            dated = when
    else:
        _total68(
            rng,
            rows,
            fmt,
            total,
            status,
            lang,
            {
                "en": ["Total", "Order total", "Booking total"],
                "de": ["Gesamt", "Gesamtbetrag"],
                "fr": ["Total TTC", "Total"],
                "nl": ["Totaal", "Totaalbedrag"],
                "it": ["Totale", "Totale ordine"],
            }[lang],
        )
        kinds = ["UPI", "card", "netbanking"] if currency == "INR" else ["card", "card", "wallet"]
        method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
        ref = {
            "INR": f"BK{digits(rng, 7)}",
            "GBP": code(rng, 6, ALNUM),
            "USD": f"T-{digits(rng, 8)}",
            "IE": f"SB{digits(rng, 6)}",
            "de": f"{digits(rng, 7)}",
            "fr": f"RES-{code(rng, 5, ALNUM)}",
            "nl": f"{digits(rng, 8)}",
            "it": f"PA{digits(rng, 6)}",
        }[key]
        txn = _id68(
            rng,
            rows,
            {
                "en": ["Booking ref", "Confirmation #", "Reservation no", "Order #"],
                "de": ["Buchungsnummer", "Buchungs-Nr."],
                "fr": ["N° de réservation", "Référence"],
                "nl": ["Reserveringsnummer", "Boekingsnummer"],
                "it": ["Codice prenotazione", "N. prenotazione"],
            }[lang],
            ref,
            0.2,
            status,
        )
        dated = _dated66(
            rng,
            rows,
            when,
            pattern,
            currency,
            lang,
            {
                "en": ["Booked on", "Booking date", "Date of purchase"],
                "de": ["Gebucht am", "Buchungsdatum"],
                "fr": ["Réservé le", "Date de réservation"],
                "nl": ["Geboekt op", "Boekingsdatum"],
                "it": ["Prenotato il", "Data prenotazione"],
            }[lang],
            0.25,
            0.5,
            status,
        )
        if shown(rng, 0.5):
            rows.append(("small", rng.choice(BOOKING_SYSTEMS[key])))
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "All guests must be 21+; ID will be checked."
            if currency == "USD"
            else "All guests must be 18 or over; photo ID may be requested.",
            "Cancellations within 48 hours are non-refundable.",
            "Please drink responsibly.",
        ],
        de=["Bitte genießen Sie verantwortungsvoll.", "Stornierung bis 48 Std. vorher kostenfrei."],
        fr=["L'abus d'alcool est dangereux pour la santé, à consommer avec modération."],
        nl=["Geen 18, geen alcohol. NIX18", "Annuleren kan tot 48 uur van tevoren."],
        it=["Bevi responsabilmente.", "Vietata la vendita di alcolici ai minori di 18 anni."],
    )
    truth = truth_fields(house, total, currency, txn, dated, method, status)
    if slip:
        return rows, truth, _page(font, rows, _sized(THERMAL, 18), house, rng.choice([400, 430]))
    style = rng.choice([EMAIL, EMAIL, SCREEN])
    return rows, truth, _page(font, rows, _sized(style, 19), house)


# ---------------------------------------------------------------- 5 an outfit, suit or dress rental


OUTFITTERS = {
    "INR": [("Shringar Ethnic Wear on Rent", "en"), ("Nawab Sherwani Rentals", "en")],
    "GBP": [("Black Tie Suit Hire", "en")],
    "USD": [("Gown & Tux Rental Co.", "en")],
    "EUR": [
        ("Abendmode- und Kostümverleih Lenz", "de"),
        ("Location Robes Élise", "fr"),
        ("Jurkenverhuur Jolie", "nl"),
        ("Noleggio Abiti Cerimonia Bellini", "it"),
        ("Debs Dress Hire Cork", "en"),
    ],
}
OUTFIT_PLACES = {
    "Shringar Ethnic Wear on Rent": "1st Floor, Kamla Nagar Market, Delhi 110007",
    "Nawab Sherwani Rentals": "Aminabad Road, near Jhandewala Park, Lucknow 226018",
    "Black Tie Suit Hire": "41 Castle Street, Shrewsbury SY1 2BW",
    "Gown & Tux Rental Co.": "2150 N Halsted St, Chicago, IL 60614",
    "Abendmode- und Kostümverleih Lenz": "Schildergasse 72, 50667 Köln",
    "Location Robes Élise": "9 rue de la République, 69002 Lyon",
    "Jurkenverhuur Jolie": "Oudegracht 188, 3511 NR Utrecht",
    "Noleggio Abiti Cerimonia Bellini": "Via Toledo 256, 80134 Napoli",
    "Debs Dress Hire Cork": "14 Oliver Plunkett Street, Cork",
}
OUTFITS = {
    "Shringar Ethnic Wear on Rent": [
        ("Bridal lehenga (maroon, size M)", 8500.0),
        ("Anarkali gown", 2200.0),
        ("Kundan jewellery set", 1500.0),
    ],
    "Nawab Sherwani Rentals": [
        ("Sherwani with safa & mojari (size 40)", 4500.0),
        ("Indo-western jacket set", 2800.0),
        ("Jodhpuri bandhgala suit", 3200.0),
    ],
    "Black Tie Suit Hire": [
        ("Morning suit, 3-piece", 89.0),
        ("Dinner suit package", 75.0),
        ("Highland kilt outfit", 110.0),
        ("Cravat & pocket square", 12.0),
    ],
    "Gown & Tux Rental Co.": [
        ("Tuxedo package (jacket, pants, shirt, vest)", 189.0),
        ("Designer evening gown", 225.0),
        ("Shoes", 35.0),
    ],
    "Abendmode- und Kostümverleih Lenz": [
        ("Abendkleid Gr. 38", 79.0),
        ("Smoking komplett", 89.0),
        ("Kostüm 'Pirat' (Karneval)", 35.0),
    ],
    "Location Robes Élise": [
        ("Robe de soirée taille 38", 85.0),
        ("Costume de cérémonie", 95.0),
        ("Étole en soie", 15.0),
    ],
    "Jurkenverhuur Jolie": [("Galajurk maat 38", 69.0), ("Smoking compleet", 85.0), ("Clutch", 10.0)],
    "Noleggio Abiti Cerimonia Bellini": [
        ("Abito da sposo tg. 50", 180.0),
        ("Abito da cerimonia donna", 120.0),
        ("Scarpe", 25.0),
    ],
    "Debs Dress Hire Cork": [
        ("Debs dress (size 10)", 95.0),
        ("Evening dress", 80.0),
        ("Clutch bag & wrap", 15.0),
    ],
}
RENTAL_FEES = {
    "INR": (("Dry cleaning", 400.0), ("Alterations (fitting)", 300.0), 5000.0),
    "GBP": (("Cleaning fee", 10.0), ("Alterations (hem)", 15.0), 100.0),
    "USD": (("Damage waiver", 15.0), ("Alterations", 25.0), 150.0),
    "IE": (("Cleaning fee", 12.0), ("Alterations", 20.0), 100.0),
    "de": (("Reinigungspauschale", 12.0), ("Änderung Saum", 15.0), 100.0),
    "fr": (("Forfait pressing", 12.0), ("Retouche ourlet", 18.0), 150.0),
    "nl": (("Stomerijkosten", 10.0), ("Inkorten zoom", 15.0), 100.0),
    "it": (("Lavaggio a secco", 15.0), ("Orlo", 20.0), 150.0),
}


def outfit_rental(rng: random.Random, font: str):
    """An outfit, suit, gown or costume rental (a Delhi lehenga and a Lucknow sherwani rental in rupees, a
    Shrewsbury suit hire in pounds, a Chicago gown and tuxedo rental in dollars, a Cork debs dress hire in euros, and
    a Cologne, Lyon, Utrecht and Naples rental on German, French, Dutch and Italian pages): the rental app's order
    screen, an e-mail or the shop's counter receipt: the hirer (never the payee), the wearer in a share (never the
    payee), the pieces with sizes and an item code (never the id), the event's day, the fitting, the pick-up and the
    return-by days (never the day paid), a cleaning fee, alterations or a damage waiver, GST added or VAT / MwSt. /
    TVA / btw / IVA included, a security deposit charged and refundable (inside the amount), or held on the card or
    payable in cash at pick-up (never the amount), or an advance now with the balance at pick-up (the advance is the
    amount), a late fee a day (never the amount), Total / Amount paid / Gesamt / Total TTC / Totaal / Totale, Order ID
    / Rental no / Beleg-Nr. / N° de location / Huurnummer / N. noleggio in a share, Order date / Paid on / Datum /
    Date de commande / Besteldatum / Data ordine in a share, the way to pay in a share; an outcome in a share."""
    currency, shop, lang = _issuer(rng, OUTFITTERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "rs_slash", "code_after"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    deposit = rng.choice(["charged", "held", "cash", "advance", "none"])
    if currency not in ("INR", "EUR") and deposit == "cash":
        deposit = "held"
    status, words = _outcome68(rng, 0.5, currency, lang, 0.6, 0.2, part=deposit == "advance")
    if status == "failed" and deposit == "advance":
        deposit = "none"
    app = currency == "INR" and shown(rng, 0.5) or shown(rng, 0.2)
    rows: list[tuple] = [("title", shop)]
    if not app:
        rows.append(("center", OUTFIT_PLACES[shop]))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Rental order", "Hire agreement & receipt", "Order summary"],
                de=["Mietbeleg", "Verleihquittung"],
                fr=["Bon de location", "Récapitulatif de location"],
                nl=["Huurbon", "Huurovereenkomst"],
                it=["Ricevuta di noleggio", "Riepilogo noleggio"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    hirer = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Hirer", "Customer", "Renter", "Booked by"],
                de=["Mieter/in", "Kunde/Kundin"],
                fr=["Locataire", "Cliente"],
                nl=["Huurder", "Klant"],
                it=["Cliente", "Intestatario"],
            ),
            hirer,
        )
    )
    if shown(rng, 0.35):
        wearer = _who(rng, currency, lang)
        if wearer != hirer:
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Wearer", "Fitted for"],
                        de=["Träger/in"],
                        fr=["Porté par"],
                        nl=["Voor"],
                        it=["Per"],
                    ),
                    wearer,
                )
            )
    event = _later(when, rng, 6, 60)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Event date", "Wedding date", "Occasion date"],
                de=["Anlass am", "Veranstaltung"],
                fr=["Date de l'événement"],
                nl=["Datum feest"],
                it=["Data cerimonia"],
            ),
            _d(event, pattern, lang),
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Fitting appointment", "Fitting"],
                    de=["Anprobe"],
                    fr=["Essayage"],
                    nl=["Pasafspraak"],
                    it=["Prova"],
                ),
                _d(_later(when, rng, 1, 5), pattern, lang) + " " + _hour(rng, lang),
            )
        )
    pickup = _earlier(event, rng, 1, 3)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Collection", "Pick-up", "Delivery slot"],
                de=["Abholung"],
                fr=["Retrait"],
                nl=["Ophalen"],
                it=["Ritiro"],
            ),
            _d(pickup, pattern, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Return by", "Return date"],
                de=["Rückgabe bis"],
                fr=["Retour avant le"],
                nl=["Terugbrengen uiterlijk"],
                it=["Restituzione entro"],
            ),
            _d(_later(event, rng, 1, 4), pattern, lang),
        )
    )
    rows.append(("rule",))
    pieces = OUTFITS[shop]
    picks = [pieces[0] if shown(rng, 0.5) else pieces[1]] + ([pieces[2]] if shown(rng, 0.4) else [])
    net = 0.0
    for name, value in picks:
        rows.append(("pair", name, _m(value, grouping)))
        net = round(net + value, 2)
        if shown(rng, 0.3):
            rows.append(
                (
                    "small",
                    _say(
                        rng,
                        lang,
                        en=["Item code "],
                        de=["Art.-Nr. "],
                        fr=["Réf. "],
                        nl=["Art.nr. "],
                        it=["Cod. articolo "],
                    )
                    + code(rng, 3, UPPER)
                    + "-"
                    + digits(rng, 4),
                )
            )
    (clean_name, clean), (alter_name, alter), bond = RENTAL_FEES[key]
    if shown(rng, 0.5):
        rows.append(("pair", clean_name, _m(clean, grouping)))
        net = round(net + clean, 2)
    if shown(rng, 0.3):
        rows.append(("pair", alter_name, _m(alter, grouping)))
        net = round(net + alter, 2)
    if currency == "INR":
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", None, rng.choice([0.06, 0.09]))
    elif currency == "USD":
        tax = round(net * 0.1025, 2)
        rows.append(("pair", "Sales tax 10.25%", _m(tax, grouping)))
        total = round(net + tax, 2)
    else:
        rate = {"GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22}[key]
        total = _vat66(rng, rows, grouping, net, currency, lang, "included", rate)
    amount = total
    if deposit == "charged":
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Refundable security deposit", "Deposit (refundable)"],
                    de=["Kaution (wird erstattet)"],
                    fr=["Dépôt de garantie (remboursable)"],
                    nl=["Borg (retour bij inleveren)"],
                    it=["Deposito cauzionale (rimborsabile)"],
                ),
                _m(bond, grouping),
            )
        )
        amount = round(total + bond, 2)
        _total68(rng, rows, fmt, amount, status, lang)
    elif deposit == "advance":
        amount = _deposit(rng, rows, fmt, grouping, total, status, lang, 0.5, currency == "INR")
    else:
        _total68(rng, rows, fmt, total, status, lang)
    if deposit == "held":
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"A security deposit of {fmt(bond)} is held on your card (not charged)."],
                    de=[f"Kaution {fmt(bond)} wird auf der Karte reserviert, nicht abgebucht."],
                    fr=[f"Dépôt de garantie de {fmt(bond)} : empreinte bancaire, non débitée."],
                    nl=[f"Borg van {fmt(bond)} wordt gereserveerd op je kaart, niet afgeschreven."],
                    it=[f"Deposito cauzionale di {fmt(bond)} bloccato sulla carta, non addebitato."],
                ),
            )
        )
    elif deposit == "cash":
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Security deposit {fmt(bond)} payable in cash at pick-up (refundable)."],
                    de=[f"Kaution {fmt(bond)} bar bei Abholung."],
                    fr=[f"Caution de {fmt(bond)} en espèces au retrait."],
                    nl=[f"Borg {fmt(bond)} contant bij ophalen."],
                    it=[f"Cauzione di {fmt(bond)} in contanti al ritiro."],
                ),
            )
        )
    kinds = (
        ["UPI", "UPI", "card", "wallet", "cash"] if currency == "INR" else ["card", "card", "wallet", "cash"]
    )
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, app, status)
    ref = {
        "INR": f"{'SHR' if 'Shringar' in shop else 'NSR'}{digits(rng, 7)}",
        "GBP": f"H{digits(rng, 5)}",
        "USD": f"R-{digits(rng, 6)}",
        "IE": f"DDH{digits(rng, 4)}",
        "de": f"{digits(rng, 6)}",
        "fr": f"LOC-{when.year}-{digits(rng, 4)}",
        "nl": f"JH{digits(rng, 5)}",
        "it": f"{rng.randint(100, 2999)}/{when.year}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Order ID", "Rental no", "Booking no", "Invoice No"],
            "de": ["Beleg-Nr.", "Rechnungsnummer"],
            "fr": ["N° de location", "Facture n°"],
            "nl": ["Huurnummer", "Ordernummer"],
            "it": ["N. noleggio", "Ricevuta n."],
        }[lang],
        ref,
        0.2,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Order date", "Booked on", "Paid on"],
            "de": ["Datum", "Bezahlt am"],
            "fr": ["Date de commande", "Payé le"],
            "nl": ["Besteldatum", "Betaald op"],
            "it": ["Data ordine", "Pagato il"],
        }[lang],
        0.25,
        0.4,
        status,
    )
    late = {"INR": 500.0, "GBP": 15.0, "USD": 25.0, "EUR": 15.0}[currency]
    _terms(
        rng,
        rows,
        lang,
        rng.randint(1, 2),
        en=[
            f"Late returns are charged {_m(late, grouping)} per day.",
            "Please return garments unwashed on their hangers.",
            "Deposits are refunded within 7 days of return after inspection.",
        ],
        de=[f"Verspätete Rückgabe: {_m(late, grouping)} pro Tag.", "Bitte nicht selbst waschen."],
        fr=[f"Retard de retour : {_m(late, grouping)} par jour.", "Ne pas laver les vêtements loués."],
        nl=[f"Te laat terugbrengen: {_m(late, grouping)} per dag.", "Kleding ongewassen terugbrengen."],
        it=[f"Ritardo nella restituzione: {_m(late, grouping)} al giorno.", "Non lavare i capi noleggiati."],
    )
    truth = truth_fields(shop, amount, currency, txn, dated, method, status)
    if app:
        style = dict(SCREEN, width=rng.choice([480, 520]))
        return rows, truth, _page(font, rows, style, shop)
    style = rng.choice([EMAIL, PAPER])
    return rows, truth, _page(font, rows, _sized(style, 19), shop)


# ---------------------------------------------------------------- 6 a round of crazy golf


GOLF = {
    "INR": [("Mini Links Golf Pune", "en"), ("Glow Putt Gurugram", "en")],
    "GBP": [("Lost Lagoon Adventure Golf", "en")],
    "USD": [("Boardwalk Mini Golf & Arcade", "en")],
    "EUR": [
        ("Adventure-Minigolf Piratenbucht", "de"),
        ("Mini-Golf des Dunes", "fr"),
        ("Midgetgolf De Kleine Duinen", "nl"),
        ("Minigolf Pineta", "it"),
        ("Liberty Crazy Golf Dublin", "en"),
    ],
}
GOLF_PLACES = {
    "Mini Links Golf Pune": "Level 3, Westend Mall, Aundh, Pune 411007",
    "Glow Putt Gurugram": "Ground Floor, Cyber Hub, DLF Phase 2, Gurugram 122002",
    "Lost Lagoon Adventure Golf": "Marine Parade, Great Yarmouth NR30 2EJ",
    "Boardwalk Mini Golf & Arcade": "1140 Boardwalk, Ocean City, NJ 08226",
    "Adventure-Minigolf Piratenbucht": "Strandpromenade 5, 23747 Dahme",
    "Mini-Golf des Dunes": "Boulevard de la Plage, 17420 Saint-Palais-sur-Mer",
    "Midgetgolf De Kleine Duinen": "Boulevard Paulus Loot 2, 2042 AD Zandvoort",
    "Minigolf Pineta": "Viale Ceccarini 220, 47838 Riccione (RN)",
    "Liberty Crazy Golf Dublin": "Custom House Quay, Dublin 1",
}
# (adult, child) a round, by the page's country
GOLF_PRICES = {
    "INR": (499.0, 349.0),
    "GBP": (9.5, 7.5),
    "USD": (14.0, 11.0),
    "IE": (12.5, 9.0),
    "de": (7.5, 5.0),
    "fr": (8.0, 6.0),
    "nl": (7.5, 5.5),
    "it": (7.0, 5.0),
}
GOLF_EXTRAS = {
    "INR": [("Arcade game card top-up", 500.0), ("Mocktail combo", 249.0)],
    "GBP": [("Arcade card top-up", 10.0), ("Slush (large)", 3.2)],
    "USD": [("Game card reload", 20.0), ("Hot dog meal", 8.5)],
    "IE": [("Hot chocolate", 3.5), ("Arcade tokens", 5.0)],
    "de": [("Softeis", 2.5), ("Apfelschorle 0,5 l", 3.2)],
    "fr": [("Glace 2 boules", 3.5), ("Crêpe au sucre", 3.0)],
    "nl": [("Ranja", 1.8), ("Softijs", 2.5)],
    "it": [("Gelato", 3.0), ("Bibita", 2.5)],
}


def crazy_golf(rng: random.Random, font: str):
    """A round of crazy, adventure or mini golf (a Pune and a Gurugram course in rupees, a Great Yarmouth course in
    pounds, an Ocean City course in dollars, a Dublin course in euros, and a Baltic, Atlantic, North Sea and Adriatic
    course on German, French, Dutch and Italian pages): the venue app's booking screen or e-mail, or the kiosk's till
    slip (in the monospaced faces): the booker (never the payee), players (adults and children at their prices, a
    family ticket), the course, the tee time (never the day paid), a birthday party for a child with its host (never
    the payee), drinks, snacks and an arcade card's top-up (inside the amount), a voucher redeemed with its code
    (never the id), a stamp card, GST or New Jersey sales tax added or VAT / MwSt. / TVA / btw / IVA included, Total /
    Amount paid / Summe / Total TTC / Totaal / Totale, Booking ref / Order # / Buchungsnr. / N° de réservation /
    Boekingsnummer / Prenotazione n. or a slip's receipt number in a share, Booked on / Gebucht am / Réservé le /
    Geboekt op / Prenotato il or a slip's bare date in a share, the way to pay in a share; an outcome in a share."""
    currency, venue, lang = _issuer(rng, GOLF)
    key = _key(currency, lang)
    slip = "Mono" in font
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "code_before", "sign_space"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    adult, child = GOLF_PRICES[key]
    rows: list[tuple] = [("title", venue)]
    top = False
    if slip:
        rows.append(("center", GOLF_PLACES[venue]))
        status = rng.choice([None, None, "success", "failed"])
        words = rng.choice(SLIP_WORDS[status][lang]) if status else None
        top = shown(rng, 0.5)
        if top:
            rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
        if shown(rng, 0.5):
            rows.append(
                (
                    "left",
                    _say(
                        rng,
                        lang,
                        en=["Till 2", "Kiosk 1"],
                        de=["Kasse 1"],
                        fr=["Caisse 2"],
                        nl=["Kassa 1"],
                        it=["Cassa 1"],
                    ),
                )
            )
    else:
        status, words = _outcome68(rng, 0.55, currency, lang, 0.6, 0.2)
        if shown(rng, 0.5):
            rows.append(("center", GOLF_PLACES[venue]))
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Booking confirmation", "Your tee time", "Booking details"],
                    de=["Buchungsbestätigung", "Ihre Startzeit"],
                    fr=["Confirmation de réservation"],
                    nl=["Boekingsbevestiging", "Je starttijd"],
                    it=["Conferma prenotazione"],
                ),
            )
        )
        _status66(rng, rows, words, lang)
    rows.append(("rule",))
    party = not slip and shown(rng, 0.3)
    if not slip:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Booked by", "Name", "Lead player"],
                    de=["Gebucht von", "Name"],
                    fr=["Réservé par", "Nom"],
                    nl=["Geboekt door", "Naam"],
                    it=["Prenotato da", "Nome"],
                ),
                _who(rng, currency, lang),
            )
        )
        tee = _later(when, rng, 0, 20)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Tee time", "Date & tee time", "Start time"],
                    de=["Startzeit", "Termin"],
                    fr=["Heure de départ", "Créneau"],
                    nl=["Starttijd", "Tijdslot"],
                    it=["Orario di partenza", "Turno"],
                ),
                _d(tee, pattern, lang) + " " + _hour(rng, lang),
            )
        )
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Course"], de=["Bahn"], fr=["Parcours"], nl=["Baan"], it=["Percorso"]),
                _say(
                    rng,
                    lang,
                    en=["Jungle course (18 holes)", "Pirate course", "Both courses (36 holes)"],
                    de=["Piratenbahn (18 Loch)", "Abenteuerbahn"],
                    fr=["Parcours des Dunes (18 trous)", "Parcours Pirates"],
                    nl=["Duinbaan (18 holes)", "Piratenbaan"],
                    it=["Percorso Giungla (18 buche)", "Percorso Pirati"],
                ),
            )
        )
        if party:
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Party for", "Birthday child"],
                        de=["Geburtstagskind"],
                        fr=["Anniversaire de"],
                        nl=["Feestvarken"],
                        it=["Festeggiato/a"],
                    ),
                    f"{_child(rng, currency, lang)} ({rng.randint(6, 11)})",
                )
            )
            if shown(rng, 0.5):
                rows.append(
                    (
                        "pair",
                        _say(
                            rng,
                            lang,
                            en=["Party host"],
                            de=["Betreuung"],
                            fr=["Animateur"],
                            nl=["Begeleider"],
                            it=["Animatore"],
                        ),
                        _pro(rng, currency, lang),
                    )
                )
        rows.append(("rule",))
    adults, kids = rng.randint(1, 3), rng.randint(0, 3)
    if party:
        adults, kids = rng.randint(1, 2), rng.randint(6, 12)
    net = 0.0
    family = currency == "GBP" and adults == 2 and kids == 2 and shown(rng, 0.6)
    if family:
        rows.append(("pair", "Family ticket (2+2)", _m(29.0, grouping)))
        net = 29.0
    else:
        adult_word = _say(
            rng, lang, en=["Adult"], de=["Erwachsene"], fr=["Adulte"], nl=["Volwassene"], it=["Adulto"]
        )
        child_word = _say(rng, lang, en=["Child"], de=["Kind"], fr=["Enfant"], nl=["Kind"], it=["Bambino"])
        rows.append(("pair", f"{adults} x {adult_word}", _m(adult * adults, grouping)))
        net = round(adult * adults, 2)
        if kids:
            rows.append(("pair", f"{kids} x {child_word}", _m(child * kids, grouping)))
            net = round(net + child * kids, 2)
    if shown(rng, 0.4):
        for name, value in rng.sample(GOLF_EXTRAS[key], rng.randint(1, 2)):
            n = rng.choice([1, 1, 2])
            rows.append(("pair", f"{n} x {name}" if n > 1 else name, _m(value * n, grouping)))
            net = round(net + value * n, 2)
    if not slip and shown(rng, 0.25):
        off = min(round(adult * 2, 2), net)
        voucher = {"INR": "Nearbuy", "GBP": "Groupon", "USD": "Groupon", "EUR": "Groupon"}[currency]
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"{voucher} voucher redeemed"],
                    de=["Gutschein eingelöst"],
                    fr=["Bon cadeau utilisé"],
                    nl=["Cadeaubon verzilverd"],
                    it=["Buono utilizzato"],
                ),
                "-" + _m(off, grouping),
            )
        )
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Voucher code "],
                    de=["Gutscheincode "],
                    fr=["Code "],
                    nl=["Boncode "],
                    it=["Codice buono "],
                )
                + code(rng, 4, UPPER)
                + "-"
                + code(rng, 4, ALNUM),
            )
        )
        net = round(net - off, 2)
    if currency == "INR":
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", None, 0.09)
    elif currency == "USD":
        tax = round(net * 0.06625, 2)
        rows.append(("pair", "NJ sales tax 6.625%", _m(tax, grouping)))
        total = round(net + tax, 2)
    else:
        rate = {"GBP": 0.20, "IE": 0.135, "de": 0.19, "fr": 0.10, "nl": 0.21, "it": 0.22}[key]
        total = _vat66(rng, rows, grouping, net, currency, lang, "included", rate)
    if slip:
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["TOTAL"], de=["SUMME"], fr=["TOTAL"], nl=["TOTAAL"], it=["TOTALE"]),
                fmt(total),
            )
        )
        method = None
        if status == "failed" or shown(rng, 0.6):
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Card"], de=["Karte"], fr=["CB"], nl=["PIN"], it=["Carta"]),
                    f"****{digits(rng, 4)}",
                )
            )
            method = "card"
        elif currency == "INR" and shown(rng, 0.5):
            rows.append(("pair", "Paid via", "UPI"))
            method = "UPI"
        else:
            step = 500 if currency == "INR" else 10
            given = float((int(total) // step + 1) * step)
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Cash"], de=["Bar"], fr=["Espèces"], nl=["Contant"], it=["Contanti"]),
                    _m(given, grouping),
                )
            )
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Change"],
                        de=["Rückgeld"],
                        fr=["Rendu"],
                        nl=["Wisselgeld"],
                        it=["Resto"],
                    ),
                    _m(round(given - total, 2), grouping),
                )
            )
            method = "cash"
        if words:
            rows.append(("center", words))
        labels = {
            "en": ["Receipt No", "Trans"],
            "de": ["Bon-Nr."],
            "fr": ["Ticket n°"],
            "nl": ["Bonnr."],
            "it": ["Scontrino n."],
        }[lang]
        if status == "failed":
            labels = {
                "en": ["Txn ref"],
                "de": ["Vorgangs-Nr."],
                "fr": ["N° transaction"],
                "nl": ["Transactienr."],
                "it": ["Rif. transazione"],
            }[lang]
        txn = _id(rng, rows, labels, digits(rng, rng.choice([4, 5, 6])), 0.2)
        dated = when if top else None
        if not top and shown(rng, 0.7):
            rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
            dated = when
        if shown(rng, 0.4):
            rows.append(
                (
                    "small",
                    _say(
                        rng,
                        lang,
                        en=["Stamp card: 6 of 10 rounds"],
                        de=["Stempelkarte: 6/10"],
                        fr=["Carte de fidélité : 6/10"],
                        nl=["Spaarkaart: 6/10"],
                        it=["Tessera fedeltà: 6/10"],
                    ),
                )
            )
    else:
        _total68(rng, rows, fmt, total, status, lang)
        kinds = ["UPI", "UPI", "card", "wallet"] if currency == "INR" else ["card", "card", "wallet"]
        method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
        ref = {
            "INR": f"{'ML' if 'Links' in venue else 'GP'}{digits(rng, 8)}",
            "GBP": f"LL{digits(rng, 6)}",
            "USD": f"{digits(rng, 7)}",
            "IE": code(rng, 6, ALNUM),
            "de": f"PB-{digits(rng, 5)}",
            "fr": f"{digits(rng, 6)}",
            "nl": f"KD{digits(rng, 6)}",
            "it": f"{digits(rng, 5)}",
        }[key]
        txn = _id68(
            rng,
            rows,
            {
                "en": ["Booking ref", "Order #", "Booking ID"],
                "de": ["Buchungsnr.", "Bestellnummer"],
                "fr": ["N° de réservation"],
                "nl": ["Boekingsnummer"],
                "it": ["Prenotazione n.", "N. ordine"],
            }[lang],
            ref,
            0.2,
            status,
        )
        dated = _dated66(
            rng,
            rows,
            when,
            pattern,
            currency,
            lang,
            {
                "en": ["Booked on", "Order date"],
                "de": ["Gebucht am"],
                "fr": ["Réservé le"],
                "nl": ["Geboekt op"],
                "it": ["Prenotato il"],
            }[lang],
            0.25,
            0.5,
            status,
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Please arrive 10 minutes before your tee time.",
            "Children under 12 must be accompanied by an adult.",
            "Late arrivals may lose their slot; no refunds.",
        ],
        de=[
            "Kinder unter 10 Jahren nur in Begleitung Erwachsener.",
            "Schläger und Bälle bitte an der Kasse abgeben.",
        ],
        fr=[
            "Les enfants de moins de 10 ans doivent être accompagnés.",
            "Clubs et balles à rendre à la caisse.",
        ],
        nl=["Kinderen tot 10 jaar onder begeleiding.", "Clubs en ballen graag terugbrengen bij de kassa."],
        it=["Bambini sotto i 10 anni accompagnati da un adulto.", "Restituire mazze e palline alla cassa."],
    )
    truth = truth_fields(venue, total, currency, txn, dated, method, status)
    if slip:
        return rows, truth, _page(font, rows, _sized(THERMAL, 18), venue, rng.choice([380, 420]))
    style = rng.choice([SCREEN, DARK, EMAIL])
    return rows, truth, _page(font, rows, style if style is not EMAIL else _sized(EMAIL, 19), venue)


# ---------------------------------------------------------------- 7 a farrier's visit


FARRIERS = {
    "INR": [("Rathore Farrier & Nalband Services", "en"), ("Deccan Equine Farriery", "en")],
    "GBP": [("T. Hollins DipWCF, Farrier", "en"), ("Marsh Lane Forge", "en")],
    "USD": [("Big Sky Hoof Care", "en")],
    "EUR": [
        ("Hufbeschlagschmiede Moser", "de"),
        ("Maréchalerie Lefèvre", "fr"),
        ("Hoefsmederij Van Aalst", "nl"),
        ("Mascalcia Ferrari Mario", "it"),
        ("Kildare Farriery Services", "en"),
    ],
}
FARRIER_PLACES = {
    "Rathore Farrier & Nalband Services": "Near Polo Ground, Cantonment, Jaipur 302006",
    "Deccan Equine Farriery": "Survey No. 42, Solapur Road, Hadapsar, Pune 411028",
    "T. Hollins DipWCF, Farrier": "The Forge, Church Lane, Tarporley CW6 0AP",
    "Marsh Lane Forge": "Marsh Lane, Newmarket CB8 7AU",
    "Big Sky Hoof Care": "PO Box 318, Bozeman, MT 59771",
    "Hufbeschlagschmiede Moser": "Gestütstraße 4, 83620 Feldkirchen-Westerham",
    "Maréchalerie Lefèvre": "Lieu-dit Les Forges, 14800 Saint-Arnoult",
    "Hoefsmederij Van Aalst": "Molenweg 12, 5271 Sint-Michielsgestel",
    "Mascalcia Ferrari Mario": "Strada Provinciale 15, 29010 Gragnano Trebbiense (PC)",
    "Kildare Farriery Services": "Old Road, Kill, Co. Kildare",
}
SHOEING = {
    "INR": [
        ("Full set (4 shoes)", 2400.0),
        ("Front shoes + hind trim", 1700.0),
        ("Trim (barefoot)", 800.0),
        ("Refit / reset", 1200.0),
    ],
    "GBP": [
        ("Full set, hot shod", 110.0),
        ("Fronts + hind trim", 80.0),
        ("Trim", 35.0),
        ("Remedial: egg-bar shoes (pair)", 95.0),
        ("Road studs (4)", 16.0),
    ],
    "USD": [
        ("Full set, keg shoes", 185.0),
        ("Front shoes + hind trim", 140.0),
        ("Barefoot trim", 60.0),
        ("Pads & packing (pair)", 70.0),
    ],
    "IE": [("Full set", 100.0), ("Fronts + trim behind", 75.0), ("Trim", 35.0), ("Studs fitted", 15.0)],
    "de": [
        ("Beschlag komplett (4 Eisen)", 145.0),
        ("Eisen vorne, Hufpflege hinten", 110.0),
        ("Barhufbearbeitung", 50.0),
        ("Stollenlöcher (4)", 20.0),
    ],
    "fr": [
        ("Ferrure complète (4 fers)", 130.0),
        ("Ferrure antérieurs + parage postérieurs", 100.0),
        ("Parage (pieds nus)", 45.0),
        ("Plaques (paire)", 40.0),
    ],
    "nl": [
        ("Volledig beslag (4 ijzers)", 125.0),
        ("Voorbeslag + achter bekappen", 95.0),
        ("Bekappen", 40.0),
        ("Kalkoenen (4)", 18.0),
    ],
    "it": [
        ("Ferratura completa (4 ferri)", 120.0),
        ("Ferratura anteriori + pareggio posteriori", 90.0),
        ("Pareggio", 40.0),
        ("Solette (paio)", 35.0),
    ],
}
VISIT_FEES = {
    "INR": 300.0,
    "GBP": 15.0,
    "USD": 40.0,
    "IE": 20.0,
    "de": 25.0,
    "fr": 30.0,
    "nl": 20.0,
    "it": 25.0,
}
YARDS = {
    "INR": ["Kumar Riding Academy, Whitefield", "Rambagh Polo Grounds stables"],
    "GBP": ["Greenacres Livery, Tarporley", "Hill Top Farm DIY livery", "Warren Hill Racing Stables"],
    "USD": ["Bridger Canyon Ranch", "Gallatin Valley Equestrian Center"],
    "IE": ["Naas Equestrian Centre", "Kill Hill Stud"],
    "de": ["Reitstall Sonnenhof", "Pensionsstall Gut Aiblinger Au"],
    "fr": ["Écuries du Moulin", "Centre équestre de la Vallée"],
    "nl": ["Manege De Hoefslag", "Pensionstal Het Hooiveld"],
    "it": ["Centro Ippico La Quercia", "Scuderia Valtrebbia"],
}
HORSES = {
    "INR": ["Sultan", "Badal", "Rani", "Toofan"],
    "en": ["Bramble", "Dusty", "Murphy", "Willow", "Jasper"],
    "USD": ["Dakota", "Blue", "Scout", "Cheyenne"],
    "de": ["Donnerhall", "Fleur", "Wotan", "Lotte"],
    "fr": ["Quartz du Moulin", "Ulysse", "Bijou"],
    "nl": ["Jazz", "Kiki", "Sjors"],
    "it": ["Brezza", "Furia", "Stella"],
}
VETS = {
    "INR": "Dr. S. Kulkarni, Equine Vet Clinic Pune",
    "GBP": "Oakham Equine Vets",
    "USD": "Montana Equine, Three Forks",
    "IE": "Kildare Equine Hospital",
    "de": "Pferdeklinik Aschheim",
    "fr": "Clinique vétérinaire équine de Livet",
    "nl": "Dierenkliniek Den Bosch, afdeling paard",
    "it": "Clinica Veterinaria Equina Piacenza",
}


def farrier_visit(rng: random.Random, font: str):
    """A farrier's bill for a visit to a yard (a Jaipur nalband and a Pune farriery in rupees, a Cheshire farrier
    trading under his own name and a Newmarket forge in pounds, a Montana hoof-care business in dollars, a Kildare
    farriery in euros, and a Bavarian Hufbeschlagschmiede, a Normandy maréchalerie, a Brabant hoefsmederij and a
    mascalcia near Piacenza on German, French, Dutch and Italian pages): the owner (never the payee), the yard,
    livery or stables (never the payee), the horses with their passport or UELN numbers (never the id), shoeing and
    trims a horse, remedial shoes on a vet's instructions (the vet or clinic never the payee), studs and pads, a
    visit or travel fee, the farrier's registration (FRC, AFA, Hufbeschlaggesetz: never the id), the day of the visit
    and the next visit due (never the day paid), VAT or MwSt. added or included or a small business's note, Total /
    Amount due / Gesamt / Total TTC / Totaal / Totale, Invoice No / Rechnung Nr. / Facture n° / Factuurnr. / Ricevuta
    n. in a share, Date paid / Bezahlt am / Réglé le / Betaald op / Pagato il in a share, cash, a card or a bank
    transfer with the account to pay into (never the id) in a share; an outcome in a share, PAID WITH THANKS among
    them; the invoicing app's footer (never the payee)."""
    currency, farrier, lang = _issuer(rng, FARRIERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["rs", "rs_slash", "sign", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    status, words = _outcome68(rng, 0.55, currency, lang, 0.75, 0.1)
    rows: list[tuple] = [("title", farrier), ("center", FARRIER_PLACES[farrier])]
    reg = {
        "GBP": f"FRC Reg. No. {rng.choice(['H', 'A', 'R'])}{digits(rng, 4)}",
        "USD": "AFA Certified Farrier (CF)",
        "IE": "Registered with the Irish Farriery Authority",
        "de": "Geprüfter Hufbeschlagschmied nach HufBeschlG",
        "fr": "Maréchal-ferrant diplômé (BTM)",
        "nl": "Lid Nederlandse Hoefsmeden Vereniging",
        "it": "Maniscalco iscritto all'albo provinciale",
    }.get(key)
    if reg and shown(rng, 0.7):
        rows.append(("small", reg))
    if key in ("de", "fr", "nl", "it") and shown(rng, 0.5):
        rows.append(("small", rng.choice(_tax_ids(rng, key))))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["INVOICE", "Invoice / Receipt", "Bill"],
                de=["Rechnung", "Quittung"],
                fr=["Facture", "Note"],
                nl=["Factuur", "Nota"],
                it=["Ricevuta", "Fattura"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Owner", "Client", "Account"],
                de=["Pferdebesitzer/in", "Besitzer/in"],
                fr=["Propriétaire"],
                nl=["Eigenaar"],
                it=["Proprietario"],
            ),
            _who(rng, currency, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Yard", "Stables", "Livery"],
                de=["Stall", "Reitanlage"],
                fr=["Écurie"],
                nl=["Stal"],
                it=["Scuderia"],
            ),
            rng.choice(YARDS[key]),
        )
    )
    visit = _earlier(when, rng, 0, 10)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Visit date", "Date of visit", "Shod on"],
                de=["Termin", "Beschlag am"],
                fr=["Date de passage"],
                nl=["Datum bezoek"],
                it=["Data intervento"],
            ),
            _d(visit, pattern, lang),
        )
    )
    rows.append(("rule",))
    pool = HORSES[
        "INR" if currency == "INR" else ("USD" if currency == "USD" else ("en" if lang == "en" else lang))
    ]
    horses = rng.sample(pool, rng.randint(1, min(3, len(pool))))
    work = SHOEING[key]
    net = 0.0
    remedial = False
    for horse in horses:
        rows.append(
            ("left", horse + (f"  (UELN {digits(rng, 3)}{digits(rng, 12)})" if shown(rng, 0.2) else ""))
        )
        name, value = rng.choice(work[:-1])
        rows.append(("pair", name, _m(value, grouping)))
        net = round(net + value, 2)
        remedial = remedial or "emedial" in name or "Plaques" in name or "Pads" in name
        if shown(rng, 0.25):
            extra, price = rng.choice(work[-1:])
            if extra != name:
                rows.append(("pair", extra, _m(price, grouping)))
                net = round(net + price, 2)
    fee = VISIT_FEES[key]
    if len(horses) == 1 or shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Visit fee", "Travel", "Call-out"],
                    de=["Anfahrt"],
                    fr=["Déplacement"],
                    nl=["Voorrijkosten"],
                    it=["Trasferta"],
                ),
                _m(fee, grouping),
            )
        )
        net = round(net + fee, 2)
    if remedial or shown(rng, 0.25):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Remedial shoeing as advised by {VETS[key]}"],
                    de=[f"Orthopädischer Beschlag nach Vorgabe {VETS[key]}"],
                    fr=[f"Ferrure orthopédique sur prescription : {VETS[key]}"],
                    nl=[f"Orthopedisch beslag op advies van {VETS[key]}"],
                    it=[f"Ferratura correttiva su indicazione: {VETS[key]}"],
                ),
            )
        )
    if currency in ("INR", "USD"):
        total = net
    elif shown(rng, 0.4):
        _no_tax(rng, rows, currency, lang)
        total = _bollo(rng, rows, grouping, net, lang)
    else:
        rate = {"GBP": 0.20, "IE": 0.135, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22}[key]
        total = _vat66(
            rng,
            rows,
            grouping,
            net,
            currency,
            lang,
            rng.choice(["added", "included"]),
            rate,
            0.09,
            shown(rng, 0.5),
        )
    _total68(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        {
            "en": ["Total", "Amount due", "Total due", "Balance"],
            "de": ["Gesamt", "Rechnungsbetrag"],
            "fr": ["Total TTC", "Total"],
            "nl": ["Totaal", "Te betalen"],
            "it": ["Totale", "Totale documento"],
        }[lang],
    )
    kinds = ["cash", "cash", "UPI"] if currency == "INR" else ["cash", "netbanking", "card"]
    method = _pay68(rng, rows, currency, lang, kinds, 0.3, False, status)
    if method == "netbanking" and shown(rng, 0.6):
        account = {
            "GBP": f"Sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}  Acc {digits(rng, 8)}",
            "USD": f"Routing {digits(rng, 9)}  Acct ****{digits(rng, 4)}",
            "INR": f"A/c {digits(rng, 12)}  IFSC SBIN0{digits(rng, 6)}",
        }.get(
            currency,
            f"IBAN {code(rng, 2, 'DFIN')}{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
        )
        rows.append(("small", account))
    ref = {
        "INR": f"{digits(rng, 3)}",
        "GBP": f"{digits(rng, 4)}",
        "USD": f"BSH-{digits(rng, 4)}",
        "IE": f"KFS{digits(rng, 4)}",
        "de": f"{when.year}-{digits(rng, 3)}",
        "fr": f"{when.year}{digits(rng, 4)}",
        "nl": f"{digits(rng, 5)}",
        "it": f"{rng.randint(1, 180)}/{when.year}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Invoice No", "Invoice #", "Bill No", "Receipt No"],
            "de": ["Rechnung Nr.", "Rechnungsnummer"],
            "fr": ["Facture n°", "Note n°"],
            "nl": ["Factuurnr.", "Notanummer"],
            "it": ["Ricevuta n.", "Fattura n."],
        }[lang],
        ref,
        0.2,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date paid", "Paid on", "Date of payment"],
            "de": ["Bezahlt am", "Zahlungsdatum"],
            "fr": ["Réglé le", "Payé le"],
            "nl": ["Betaald op", "Betaaldatum"],
            "it": ["Pagato il", "Data pagamento"],
        }[lang],
        0.3,
        0.2,
        status,
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Next visit due", "Next shoeing"],
                    de=["Nächster Termin"],
                    fr=["Prochain passage"],
                    nl=["Volgende afspraak"],
                    it=["Prossimo intervento"],
                ),
                _d(_later(visit, rng, 35, 50), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Horses must be caught, clean and dry for the farrier's arrival.",
            "Missed appointments will be charged the visit fee.",
            "Shoes lost within 10 days refitted free if found.",
        ],
        de=[
            "Pferde bitte geputzt und mit trockenen Hufen bereitstellen.",
            "Nicht abgesagte Termine werden berechnet.",
        ],
        fr=[
            "Chevaux attrapés, pieds propres et secs à l'arrivée du maréchal.",
            "Tout rendez-vous non annulé est dû.",
        ],
        nl=[
            "Paarden graag schoon en met droge hoeven klaarzetten.",
            "Niet afgezegde afspraken worden berekend.",
        ],
        it=[
            "Cavalli pronti, puliti e con zoccoli asciutti.",
            "Appuntamenti non disdetti saranno addebitati.",
        ],
    )
    if shown(rng, 0.3):
        rows.append(
            ("small", rng.choice(["Sent with ForgeBook invoicing", "Invoice created with HoofLedger"]))
        )
    truth = truth_fields(farrier, total, currency, txn, dated, method, status)
    style = rng.choice([PAPER, EMAIL, A4])
    return rows, truth, _page(font, rows, _sized(style, 19), farrier)


# ---------------------------------------------------------------- 8 a children's party entertainer


ENTERTAINERS = {
    "INR": [("Magic Max Kids Entertainers", "en"), ("Jadugar Sameer Magic Shows", "en")],
    "GBP": [("Mr Wobbles Party Magic", "en")],
    "USD": [("Bubbles the Clown & Friends", "en")],
    "EUR": [
        ("Zauberer Fabiano", "de"),
        ("Compagnie Les P'tits Guignols", "fr"),
        ("Poppentheater Pluk", "nl"),
        ("Mago Zucchero Animazione Feste", "it"),
        ("Funtime Face Painting Kildare", "en"),
    ],
}
# the booking marketplace that took the payment for the entertainer, by the page's country
PARTY_APPS = {
    "INR": "Utsavly",
    "GBP": "PartyPilot",
    "USD": "PartyPilot",
    "IE": "PartyPilot",
    "de": "Festheld",
    "fr": "Fêtezy",
    "nl": "Feestfinder",
    "it": "Festapp",
}
PARTY_PACKAGES = {
    "INR": [
        ("Magic show (60 min) + balloon twisting", 6500.0),
        ("Puppet show + tattoo corner", 8000.0),
        ("Magic & bubble show (45 min)", 5500.0),
    ],
    "GBP": [("1-hour magic party", 180.0), ("2-hour party (magic, games, disco)", 260.0)],
    "USD": [("Clown show + balloon animals (1 hr)", 275.0), ("Face painting (2 hrs)", 240.0)],
    "IE": [("Face painting (2 hrs)", 170.0), ("Face painting & glitter tattoos", 200.0)],
    "de": [("Zaubershow für Kinder (45 Min.)", 220.0), ("Zaubershow + Ballonmodellage", 290.0)],
    "fr": [("Spectacle de Guignol (45 min)", 280.0), ("Guignol + sculpture de ballons", 340.0)],
    "nl": [("Poppenkastvoorstelling (40 min)", 225.0), ("Poppenkast + ballonnen vouwen", 285.0)],
    "it": [("Spettacolo di magia (1 ora)", 180.0), ("Magia + truccabimbi", 240.0)],
}
PARTY_EXTRAS = {
    "INR": [
        ("Extra 30 minutes", 1500.0),
        ("Return gifts x 15", 2250.0),
        ("Travel beyond city limits", 800.0),
    ],
    "GBP": [("Extra 30 minutes", 50.0), ("Party bags x 12", 36.0), ("Travel (over 10 miles)", 15.0)],
    "USD": [("Extra 30 minutes", 75.0), ("Weekend surcharge", 40.0), ("Travel fee", 25.0)],
    "IE": [("Extra hour", 60.0), ("Travel outside Co. Kildare", 20.0)],
    "de": [("Verlängerung 30 Min.", 60.0), ("Fahrtkosten", 25.0)],
    "fr": [("Frais de déplacement", 30.0), ("Supplément dimanche", 40.0)],
    "nl": [("Reiskosten", 25.0), ("Zondagtoeslag", 35.0)],
    "it": [("Rimborso viaggio", 20.0), ("Palloncini extra", 25.0)],
}
PARTY_VENUES = {
    "INR": ["Clubhouse, Prestige Shantiniketan", "Party hall, Hotel Sai Palace", "Home (Flat C-702)"],
    "GBP": ["St Mark's Scout Hut", "Bramley Village Hall", "At home"],
    "USD": ["Lincoln Park Field House", "At home (backyard)"],
    "IE": ["Naas Community Centre", "At home"],
    "de": ["Gemeindesaal St. Paul", "Zuhause"],
    "fr": ["Salle des fêtes de Villeneuve", "À domicile"],
    "nl": ["Buurthuis De Kroon", "Thuis"],
    "it": ["Oratorio San Luigi", "A domicilio"],
}


def party_entertainer(rng: random.Random, font: str):
    """A children's party entertainer's booking (a magician, a puppet show, a clown, a face painter: two in India in
    rupees, one in England in pounds, one in Chicago in dollars, one in Kildare in euros, and a German Zauberer, a
    French Guignol company, a Dutch poppentheater and an Italian mago on German, French, Dutch and Italian pages),
    either the entertainer's own invoice and receipt, or a booking marketplace's receipt with the marketplace's name
    on top (Utsavly, PartyPilot, Festheld, Fêtezy, Feestfinder, Festapp: never the payee) and the entertainer under
    Paid to / Payee / Zahlungsempfänger / Bénéficiaire / Begunstigde / Beneficiario beside a line that the
    marketplace collects for the entertainer and a booking fee: the parent who booked (never the payee), the
    birthday child and their age, the party's day and hour (never the day paid), the venue (a hall, a scout hut, a
    salle des fêtes: never the payee), the guests, the package and extras, the entertainer's DBS certificate,
    insurer or performer's licence (never the id, the insurer never the payee), a small business's note that no tax
    is charged or GST added, paid in full or a deposit now with the balance in cash on the day (the deposit is the
    amount), Booking ref / Booking ID / Buchungsnummer / N° de réservation / Boekingsnummer / N. prenotazione in a
    share, Booked on / Date of booking / Gebucht am / Réservé le / Geboekt op / Data prenotazione in a share, the way
    to pay in a share; an outcome in a share."""
    currency, act, lang = _issuer(rng, ENTERTAINERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "rs_slash", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    market = shown(rng, 0.4)
    deposit = shown(rng, 0.45)
    status, words = _outcome68(rng, 0.55, currency, lang, 0.6, 0.2, part=deposit)
    if status == "failed":
        deposit = False
    app = PARTY_APPS[key]
    rows: list[tuple] = []
    if market:
        rows += [
            ("title", app),
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Booking receipt", "Your booking"],
                    de=["Buchungsbeleg"],
                    fr=["Reçu de réservation"],
                    nl=["Boekingsbewijs"],
                    it=["Ricevuta prenotazione"],
                ),
            ),
            ("rule",),
        ]
        _status66(rng, rows, words, lang)
        _payee(rng, rows, lang, act, status)
    else:
        rows.append(("title", act))
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Children's entertainer", "Kids' parties & shows"],
                    de=["Kinderzauberer", "Zauberei für Kindergeburtstage"],
                    fr=["Spectacles pour enfants"],
                    nl=["Kindervoorstellingen"],
                    it=["Animazione per bambini"],
                ),
            )
        )
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Booking confirmation & receipt", "Invoice"],
                    de=["Rechnung", "Buchungsbestätigung"],
                    fr=["Facture", "Confirmation de réservation"],
                    nl=["Factuur", "Boekingsbevestiging"],
                    it=["Ricevuta", "Conferma prenotazione"],
                ),
            )
        )
        _status66(rng, rows, words, lang)
        rows.append(("rule",))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Booked by", "Customer", "Parent"],
                de=["Gebucht von", "Auftraggeber/in"],
                fr=["Réservé par", "Client"],
                nl=["Geboekt door", "Opdrachtgever"],
                it=["Prenotato da", "Cliente"],
            ),
            _who(rng, currency, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Party for", "Birthday child"],
                de=["Geburtstagskind"],
                fr=["Anniversaire de"],
                nl=["Jarige"],
                it=["Festeggiato/a"],
            ),
            f"{_child(rng, currency, lang)} ("
            + _say(
                rng,
                lang,
                en=["turns {}"],
                de=["wird {}"],
                fr=["{} ans"],
                nl=["wordt {}"],
                it=["compie {} anni"],
            ).format(rng.randint(4, 9))
            + ")",
        )
    )
    party = _later(when, rng, 7, 70)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Party date", "Event", "Date & time of party"],
                de=["Feier am", "Termin"],
                fr=["Date de la fête"],
                nl=["Datum feest"],
                it=["Data festa"],
            ),
            _d(party, pattern, lang) + ", " + _hour(rng, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Venue", "Location"], de=["Ort"], fr=["Lieu"], nl=["Locatie"], it=["Luogo"]),
            rng.choice(PARTY_VENUES[key]),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Guests", "Children"],
                    de=["Kinder"],
                    fr=["Enfants"],
                    nl=["Kinderen"],
                    it=["Bambini"],
                ),
                str(rng.randint(8, 25)),
            )
        )
    if market and shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Performer", "Entertainer"],
                    de=["Künstler/in"],
                    fr=["Artiste"],
                    nl=["Artiest"],
                    it=["Artista"],
                ),
                _pro(rng, currency, lang),
            )
        )
    rows.append(("rule",))
    name, value = rng.choice(PARTY_PACKAGES[key])
    rows.append(("pair", name, _m(value, grouping)))
    net = value
    if shown(rng, 0.5):
        extra, price = rng.choice(PARTY_EXTRAS[key])
        rows.append(("pair", extra, _m(price, grouping)))
        net = round(net + price, 2)
    if market:
        fee = round(net * 0.05, 2) if currency != "INR" else float(round(net * 0.05))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Booking fee", "Service fee"],
                    de=["Servicegebühr"],
                    fr=["Frais de service"],
                    nl=["Servicekosten"],
                    it=["Commissione"],
                ),
                _m(fee, grouping),
            )
        )
        net = round(net + fee, 2)
    if currency == "INR" and shown(rng, 0.5):
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", None, 0.09)
    else:
        if not market:
            _no_tax(rng, rows, currency, lang)
        total = _bollo(rng, rows, grouping, net, lang) if not market else net
    if deposit:
        amount = _deposit(
            rng, rows, fmt, grouping, total, status, lang, rng.choice([0.25, 0.3, 0.5]), currency == "INR"
        )
    else:
        _total68(rng, rows, fmt, total, status, lang)
        amount = total
    kinds = ["UPI", "UPI", "card", "netbanking"] if currency == "INR" else ["card", "wallet", "netbanking"]
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
    ref = {
        "INR": f"UTS{digits(rng, 7)}" if market else f"MM/{_fy(when)}/{digits(rng, 3)}",
        "GBP": f"PP-{code(rng, 6, ALNUM)}" if market else f"{digits(rng, 4)}",
        "USD": f"PP-{code(rng, 6, ALNUM)}" if market else f"B{digits(rng, 4)}",
        "IE": f"PP-{code(rng, 6, ALNUM)}" if market else f"FT{digits(rng, 3)}",
        "de": f"FH{digits(rng, 7)}" if market else f"{when.year}-{digits(rng, 3)}",
        "fr": f"FZ{digits(rng, 7)}" if market else f"F{when.year}{digits(rng, 3)}",
        "nl": f"FF{digits(rng, 7)}" if market else f"{when.year}{digits(rng, 3)}",
        "it": f"FA{digits(rng, 7)}" if market else f"{rng.randint(1, 90)}/{when.year}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Booking ref", "Booking ID", "Invoice no"]
            if not market
            else ["Booking ID", "Order number"],
            "de": ["Buchungsnummer", "Rechnung Nr."],
            "fr": ["N° de réservation", "Facture n°"],
            "nl": ["Boekingsnummer", "Factuurnummer"],
            "it": ["N. prenotazione", "Ricevuta n."],
        }[lang],
        ref,
        0.2,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Booked on", "Date of booking", "Payment date"],
            "de": ["Gebucht am", "Zahlungsdatum"],
            "fr": ["Réservé le", "Date de paiement"],
            "nl": ["Geboekt op", "Betaaldatum"],
            "it": ["Data prenotazione", "Data pagamento"],
        }[lang],
        0.25,
        0.4,
        status,
    )
    if not market and shown(rng, 0.5):
        papers = {
            "GBP": [
                f"Enhanced DBS certificate no. {digits(rng, 12)}",
                "Public liability insurance £5m (Hiscox)",
            ],
            "USD": ["Insured: $1M general liability (The Hartford)"],
            "IE": ["Garda vetted. Public liability insurance with FBD Insurance."],
            "de": ["Veranstalterhaftpflicht über die Allianz"],
            "fr": [f"Licence d'entrepreneur de spectacles PLATESV-R-{when.year - 3}-{digits(rng, 6)}"],
            "nl": [f"KvK {digits(rng, 8)}"],
            "it": [f"P.IVA {digits(rng, 11)}"],
            "INR": [f"Mob: +91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}"],
        }[key]
        rows.append(("small", rng.choice(papers)))
    if market:
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[
                        f"{app} collects payment on behalf of the entertainer.",
                        f"{app} acts as the entertainer's payment agent.",
                    ],
                    de=[f"{app} nimmt Zahlungen im Namen des Künstlers entgegen."],
                    fr=[f"{app} encaisse le paiement au nom de l'artiste."],
                    nl=[f"{app} int de betaling namens de artiest."],
                    it=[f"{app} incassa il pagamento per conto dell'artista."],
                ),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Deposits are non-refundable.",
            "The balance is payable in cash on the day.",
            "Please allow a clear space of 3 m x 2 m for the show.",
        ],
        de=[
            "Die Anzahlung wird bei Absage nicht erstattet.",
            "Bitte eine freie Fläche von 3 x 2 m vorsehen.",
        ],
        fr=["Acompte non remboursable en cas d'annulation.", "Prévoir un espace libre de 3 m x 2 m."],
        nl=[
            "Aanbetaling wordt bij annulering niet terugbetaald.",
            "Graag een vrije ruimte van 3 bij 2 meter.",
        ],
        it=["L'acconto non è rimborsabile.", "Prevedere uno spazio libero di 3 x 2 metri."],
    )
    truth = truth_fields(act, amount, currency, txn, dated, method, status)
    if market:
        style = dict(SCREEN, band=rng.choice([(230, 80, 120), (40, 110, 200), (250, 150, 30)]))
        return rows, truth, _page(font, rows, style, app)
    style = rng.choice([EMAIL, PAPER])
    return rows, truth, _page(font, rows, _sized(style, 19), act)


# ---------------------------------------------------------------- 9 a celebrant's, officiant's or priest's fee


CELEBRANTS = {
    "INR": [("Pandit Ramesh Shastri Vedic Services", "en"), ("ShubhMuhurat Pandit Booking", "en")],
    "GBP": [("Hearth & Heather Ceremonies", "en")],
    "USD": [("Golden Vow Officiants", "en")],
    "EUR": [
        ("Freie Trauungen Anja Berger", "de"),
        ("Cérémonies Laïques Marianne", "fr"),
        ("Trouwen met Lieke (BABS)", "nl"),
        ("Cerimonie Simboliche Aurora", "it"),
        ("Wild Atlantic Celebrants", "en"),
    ],
}
CELEBRANT_PLACES = {
    "Pandit Ramesh Shastri Vedic Services": "Near Shiv Mandir, Sector 15, Faridabad 121007",
    "ShubhMuhurat Pandit Booking": "www.shubhmuhurat.in | 2nd Floor, Indiranagar, Bengaluru 560038",
    "Hearth & Heather Ceremonies": "Independent celebrant, Keswick, Cumbria",
    "Golden Vow Officiants": "Serving Austin & the Texas Hill Country",
    "Freie Trauungen Anja Berger": "Freie Traurednerin, Kaiserstraße 12, 76133 Karlsruhe",
    "Cérémonies Laïques Marianne": "Officiante de cérémonie, 30 cours Mirabeau, 13100 Aix-en-Provence",
    "Trouwen met Lieke (BABS)": "Trouwambtenaar voor één dag, Haarlem",
    "Cerimonie Simboliche Aurora": "Celebrante, Via Roma 14, 50123 Firenze",
    "Wild Atlantic Celebrants": "Registered solemniser, Westport, Co. Mayo",
}
CEREMONIES = {
    "INR": [
        ("Griha Pravesh puja", 11000.0),
        ("Satyanarayan Katha", 5100.0),
        ("Vivah sanskar (wedding)", 31000.0),
        ("Mundan sanskar", 7100.0),
    ],
    "GBP": [
        ("Wedding ceremony (bespoke script, rehearsal)", 550.0),
        ("Naming ceremony", 300.0),
        ("Vow renewal", 350.0),
    ],
    "USD": [("Elopement ceremony", 350.0), ("Full wedding ceremony + rehearsal", 650.0)],
    "IE": [("Legal wedding ceremony", 500.0), ("Naming ceremony", 280.0)],
    "de": [("Freie Trauung inkl. Traugespräche", 890.0), ("Freie Namensfeier", 390.0)],
    "fr": [("Cérémonie laïque de mariage", 950.0), ("Cérémonie de renouvellement de vœux", 550.0)],
    "nl": [("Huwelijksvoltrekking door BABS", 650.0), ("Vrije ceremonie", 450.0)],
    "it": [("Rito simbolico personalizzato", 700.0), ("Rinnovo promesse", 400.0)],
}
CEREMONY_EXTRAS = {
    "INR": [("Havan samagri & puja kit", 2100.0), ("Second pandit", 3100.0), ("Dakshina", 1100.0)],
    "GBP": [("Travel (over 30 miles)", 40.0), ("Hand-fasting cord", 25.0)],
    "USD": [("Travel fee", 60.0), ("Sand ceremony set", 35.0)],
    "IE": [("Travel", 50.0), ("Rehearsal attendance", 75.0)],
    "de": [("Fahrtkosten (km-Pauschale)", 48.0), ("Probe vor Ort", 120.0)],
    "fr": [("Frais de déplacement", 60.0), ("Répétition sur place", 150.0)],
    "nl": [("Reiskosten", 35.0), ("Kennismakingsgesprek op locatie", 75.0)],
    "it": [("Rimborso spese di viaggio", 50.0), ("Prova della cerimonia", 100.0)],
}
CEREMONY_VENUES = {
    "INR": [
        "New home: B-402, Green Valley Apartments",
        "Arya Samaj Mandir, Sector 7",
        "Hotel Radisson banquet",
    ],
    "GBP": ["Lodore Falls Hotel, Borrowdale", "The Barn at Castlerigg"],
    "USD": ["Pedernales Falls State Park", "The Driskill Hotel"],
    "IE": ["Cliff House Hotel, Ardmore", "Westport House"],
    "de": ["Schloss Gottesaue, Karlsruhe", "Weingut am Turmberg"],
    "fr": ["Château de la Gaude", "Bastide du Roy"],
    "nl": ["Landgoed Elswout, Overveen", "Stadhuis Haarlem, Gravenzaal"],
    "it": ["Villa Medicea di Lilliano", "Giardino di Boboli (Limonaia)"],
}
# the legal part the couple pays to the state elsewhere: (line, its fee)
STATE_FEES = {
    "GBP": ("Legal registration at Cumbria Register Office paid separately", 57.0),
    "USD": ("Marriage license from the Travis County Clerk not included", 82.5),
    "IE": ("HSE marriage notification fee paid to the HSE", 200.0),
    "de": ("Standesamtliche Trauung separat, Gebühr Standesamt", 90.0),
    "fr": ("Cérémonie civile en mairie obligatoire, non incluse", 0.0),
    "nl": ("Leges gemeente Haarlem voor de voltrekking niet inbegrepen", 411.0),
    "it": ("Il rito civile in Comune è escluso, diritti comunali", 150.0),
}


def celebrant_fee(rng: random.Random, font: str):
    """A celebrant's, officiant's or priest's fee for a ceremony (a Faridabad pandit and a Bengaluru pandit-booking
    service in rupees, a Cumbrian celebrant in pounds, a Texas officiant in dollars, a Mayo solemniser in euros, and a
    Karlsruhe freie Traurednerin, a Provence officiante, a Haarlem trouwambtenaar and a Florentine celebrante on
    German, French, Dutch and Italian pages): the couple, the parents or the yajman (never the payee), the ceremony,
    its day and hour or muhurat and a meeting or rehearsal (never the day paid), the venue (a hotel, a castle, a
    town hall, a new home: never the payee), the package, travel, a puja kit, a second pandit and the dakshina, the
    registrar's, county clerk's, HSE's or municipality's fee paid elsewhere (never the amount, the body never the
    payee), a small business's note that no tax is charged or GST added, paid in full, a booking fee with the
    balance due before the day (the booking fee is the amount) or the balance after a booking fee paid earlier (the
    balance is the amount), Booking ID / Invoice no / Rechnungsnummer / Facture n° / Factuurnummer / Ricevuta n. in a
    share, Paid on / Date of payment / Bezahlt am / Réglé le / Betaald op / Data pagamento in a share, the way to pay
    in a share; an outcome in a share."""
    currency, celebrant, lang = _issuer(rng, CELEBRANTS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs_slash", "rs", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    stage = rng.choice(["full", "full", "booking", "balance"])
    status, words = _outcome68(rng, 0.5, currency, lang, 0.65, 0.15, part=stage == "booking")
    if status == "failed" and stage == "booking":
        stage = "full"
    rows: list[tuple] = [("title", celebrant), ("center", CELEBRANT_PLACES[celebrant])]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Booking receipt", "Dakshina receipt", "Booking confirmation"]
                if currency == "INR"
                else ["Invoice & receipt", "Booking confirmation", "Receipt"],
                de=["Rechnung", "Honorarrechnung"],
                fr=["Facture", "Note d'honoraires"],
                nl=["Factuur", "Nota"],
                it=["Ricevuta", "Ricevuta per prestazione occasionale"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    ceremony, price = rng.choice(CEREMONIES[key])
    naming = "aming" in ceremony or "Namensfeier" in ceremony
    wedding = not naming and "Vow" not in ceremony and "vœux" not in ceremony and "promesse" not in ceremony
    one, two = _who(rng, currency, lang), _who(rng, currency, lang)
    if currency == "INR":
        rows.append(("pair", rng.choice(["Yajman", "Host family", "Booked by"]), one))
    elif not naming and one != two:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Couple", "Clients", "Partners"],
                    de=["Brautpaar", "Auftraggeber"],
                    fr=["Les mariés", "Clients"],
                    nl=["Bruidspaar"],
                    it=["Sposi", "Coppia"],
                ),
                f"{one} & {two}",
            )
        )
    else:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Parents", "Booked by"],
                    de=["Eltern", "Auftraggeber/in"],
                    fr=["Parents"],
                    nl=["Ouders", "Opdrachtgever"],
                    it=["Genitori", "Committente"],
                )
                if naming
                else _say(
                    rng,
                    lang,
                    en=["Client", "Booked by"],
                    de=["Auftraggeber/in"],
                    fr=["Client"],
                    nl=["Opdrachtgever"],
                    it=["Committente"],
                ),
                one,
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Ceremony", "Puja"] if currency == "INR" else ["Ceremony"],
                de=["Zeremonie"],
                fr=["Cérémonie"],
                nl=["Ceremonie"],
                it=["Cerimonia"],
            ),
            ceremony,
        )
    )
    day_of = _later(when, rng, 20, 240)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Muhurat", "Puja date & muhurat"]
                if currency == "INR"
                else ["Ceremony date", "Date of ceremony"],
                de=["Trautermin", "Datum der Feier"],
                fr=["Date de la cérémonie"],
                nl=["Datum ceremonie", "Trouwdatum"],
                it=["Data cerimonia"],
            ),
            _d(day_of, pattern, lang) + ", " + _hour(rng, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Venue", "Location"],
                de=["Ort", "Location"],
                fr=["Lieu"],
                nl=["Locatie"],
                it=["Luogo"],
            ),
            rng.choice(CEREMONY_VENUES[key]),
        )
    )
    if currency != "INR" and shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Planning meeting", "Rehearsal"],
                    de=["Traugespräch"],
                    fr=["Rendez-vous de préparation"],
                    nl=["Kennismaking"],
                    it=["Incontro preliminare"],
                ),
                _d(_earlier(day_of, rng, 7, 40), pattern, lang),
            )
        )
    if currency == "INR" and celebrant.startswith("Shubh") and shown(rng, 0.7):
        rows.append(
            ("pair", "Pandit ji", rng.choice(["Pt. Hari Om Mishra", "Pt. Suresh Joshi", "Pt. Anand Tiwari"]))
        )
    rows.append(("rule",))
    rows.append(("pair", ceremony, _m(price, grouping)))
    net = price
    if shown(rng, 0.5):
        extra, value = rng.choice(CEREMONY_EXTRAS[key])
        rows.append(("pair", extra, _m(value, grouping)))
        net = round(net + value, 2)
    if currency == "INR" and celebrant.startswith("Shubh"):
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", None, 0.09)
    else:
        _no_tax(rng, rows, currency, lang)
        total = _bollo(rng, rows, grouping, net, lang)
    if stage == "booking":
        amount = _deposit(
            rng, rows, fmt, grouping, total, status, lang, rng.choice([0.25, 0.3, 0.5]), currency == "INR"
        )
    elif stage == "balance":
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Total fee"],
                    de=["Honorar gesamt"],
                    fr=["Honoraires"],
                    nl=["Totaal"],
                    it=["Compenso totale"],
                ),
                _m(total, grouping),
            )
        )
        share = float(round(total * 0.3)) if currency == "INR" else round(total * 0.3, 2)
        before = _d(_earlier(when, rng, 30, 200), pattern, lang) if shown(rng, 0.5) else None
        amount = _less_advance(rng, rows, fmt, grouping, total, share, status, lang, before)
    else:
        _total68(rng, rows, fmt, total, status, lang)
        amount = total
    if key in STATE_FEES and wedding and shown(rng, 0.6):
        line, fee = STATE_FEES[key]
        rows.append(("small", line + (f": {_m(fee, grouping)}" if fee else "")))
    kinds = (
        ["UPI", "UPI", "cash", "netbanking"]
        if currency == "INR"
        else ["netbanking", "card", "wallet", "cash"]
    )
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, False, status)
    ref = {
        "INR": f"SM{digits(rng, 8)}" if celebrant.startswith("Shubh") else f"{digits(rng, 3)}",
        "GBP": f"HH-{when.year}-{digits(rng, 3)}",
        "USD": f"GV{digits(rng, 4)}",
        "IE": f"WAC{digits(rng, 3)}",
        "de": f"{when.year}-{digits(rng, 3)}",
        "fr": f"{when.year}-{digits(rng, 3)}",
        "nl": f"{when.year}{digits(rng, 3)}",
        "it": f"{rng.randint(1, 60)}/{when.year}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Booking ID", "Receipt No"]
            if currency == "INR"
            else ["Invoice no", "Booking ref", "Receipt no"],
            "de": ["Rechnungsnummer", "Rechnung Nr."],
            "fr": ["Facture n°", "Note n°"],
            "nl": ["Factuurnummer", "Notanummer"],
            "it": ["Ricevuta n.", "N. ricevuta"],
        }[lang],
        ref,
        0.25,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Paid on", "Date of payment", "Payment date"],
            "de": ["Bezahlt am", "Zahlungseingang"],
            "fr": ["Réglé le", "Date de paiement"],
            "nl": ["Betaald op", "Datum betaling"],
            "it": ["Data pagamento", "Pagato il"],
        }[lang],
        0.25,
        0.3,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "The booking fee secures your date and is non-refundable.",
            "The balance is due 28 days before the ceremony.",
            "Dakshina once offered is not refundable."
            if currency == "INR"
            else "Thank you - it is an honour.",
        ],
        de=[
            "Die Reservierungsgebühr ist nicht erstattungsfähig.",
            "Restzahlung bis 4 Wochen vor der Trauung.",
        ],
        fr=["Les arrhes ne sont pas remboursables.", "Solde à régler un mois avant la cérémonie."],
        nl=["De aanbetaling is niet restitueerbaar.", "Restant uiterlijk 4 weken voor de trouwdag."],
        it=["La caparra non è rimborsabile.", "Saldo entro 30 giorni dalla cerimonia."],
    )
    truth = truth_fields(celebrant, amount, currency, txn, dated, method, status)
    style = rng.choice([EMAIL, PAPER, EMAIL])
    return rows, truth, _page(font, rows, _sized(style, 19), celebrant)


# ---------------------------------------------------------------- 10 a doula's package


DOULAS = {
    "INR": [("Janani Birth Doula Services", "en"), ("Mumbai Birth Companions", "en")],
    "GBP": [("Gentle Arrival Doula Care", "en")],
    "USD": [("Bay Area Birth Doulas", "en")],
    "EUR": [
        ("Doula-Praxis Geborgen", "de"),
        ("Doula Douceur Naissance", "fr"),
        ("Doula Moederhart", "nl"),
        ("Doula Nido di Luce", "it"),
        ("Dublin Doula Collective", "en"),
    ],
}
DOULA_PLACES = {
    "Janani Birth Doula Services": "Koramangala 5th Block, Bengaluru 560095",
    "Mumbai Birth Companions": "Hill Road, Bandra West, Mumbai 400050",
    "Gentle Arrival Doula Care": "Redland, Bristol BS6",
    "Bay Area Birth Doulas": "3150 18th St, Suite 204, San Francisco, CA 94110",
    "Doula-Praxis Geborgen": "Sternschanze, 20357 Hamburg",
    "Doula Douceur Naissance": "Quartier des Chartrons, 33000 Bordeaux",
    "Doula Moederhart": "Zwolle en omstreken",
    "Doula Nido di Luce": "Zona Navigli, 20143 Milano",
    "Dublin Doula Collective": "Rathmines, Dublin 6",
}
DOULA_PACKAGES = {
    "INR": [
        ("Birth doula package (3 prenatal visits, labour support, 1 postnatal visit)", 45000.0),
        ("Postnatal doula support - 20 hours", 24000.0),
    ],
    "GBP": [
        ("Birth doula package", 1200.0),
        ("Postnatal support - 10 hours", 280.0),
        ("Hypnobirthing course (4 sessions)", 320.0),
    ],
    "USD": [("Birth doula package", 2200.0), ("Postpartum support - 12 hours", 540.0)],
    "IE": [("Birth doula package", 1100.0), ("Postnatal doula - 10 hours", 300.0)],
    "de": [("Geburtsbegleitung (Paket)", 950.0), ("Wochenbettbegleitung 10 Std.", 350.0)],
    "fr": [("Accompagnement à la naissance (forfait)", 890.0), ("Accompagnement postnatal (10 h)", 320.0)],
    "nl": [("Bevallingsbegeleiding (pakket)", 975.0), ("Kraamtijd-begeleiding 10 uur", 325.0)],
    "it": [("Accompagnamento al parto", 900.0), ("Supporto post-parto (10 ore)", 300.0)],
}
BIRTHPLACES = {
    "INR": ["Sunrise Women's Hospital", "Cradle Maternity Centre"],
    "GBP": ["Southmead Hospital (Cotswold Birth Centre)", "Home birth"],
    "USD": ["UCSF Betty Irene Moore Women's Hospital", "Home birth"],
    "IE": ["The Coombe Hospital", "National Maternity Hospital, Holles Street"],
    "de": ["Geburtshaus Hamburg", "Asklepios Klinik Altona"],
    "fr": ["Maternité Bordeaux Nord", "Maison de naissance"],
    "nl": ["Isala Vrouw-kindcentrum", "Thuisbevalling"],
    "it": ["Ospedale Buzzi", "Casa maternità"],
}
DUE_LABELS = {
    "en": ["Estimated due date", "EDD", "Due date (baby)"],
    "de": ["ET (errechneter Termin)", "Errechneter Geburtstermin"],
    "fr": ["DPA (date prévue d'accouchement)", "Terme prévu"],
    "nl": ["Uitgerekende datum", "A.D. (uitgerekend)"],
    "it": ["DPP (data presunta del parto)", "Data presunta del parto"],
}


DOULA_NAMES = {
    "INR": ["Kavita Joshi", "Sunita Rawat", "Anjali Menon"],
    "en": ["Megan Price", "Tessa Lindqvist", "Aoife Byrne"],
    "de": ["Birgit Keller", "Nicole Haas"],
    "fr": ["Nathalie Roux", "Sophie Lemaire"],
    "nl": ["Marieke de Boer", "Anouk Mulder"],
    "it": ["Valentina Gallo", "Elena Marchetti"],
}


def doula_package(rng: random.Random, font: str):
    """A birth or postnatal doula's package, paid in full or by an instalment (a Bengaluru and a Mumbai doula service
    in rupees, a Bristol doula in pounds, a San Francisco collective in dollars, a Dublin collective in euros, and a
    Hamburg, Bordeaux, Zwolle and Milan doula on German, French, Dutch and Italian pages), an invoice, an e-mail or a
    payment link's page: the client and her birth partner (never the payee), the baby's estimated due date under
    EDD / ET / DPA / Uitgerekende datum / DPP (never the day paid: a due date that names no payment), the planned
    birthplace (a hospital, a birth centre, at home: never the payee), the doula of a collective (never the payee)
    and her association (Doula UK, DONA, Doulas in Deutschland: never the payee), the package and an extra, an
    instalment's number beside the package's price and the balance with its day (the instalment is the amount), an
    insurer's or HSA note (never the payee), a small business's note that no tax is charged, Total / Amount paid /
    Gesamt / Montant / Totaal / Totale, Invoice # / Receipt no / Rechnungsnr. / Facture n° / Factuurnr. / Ricevuta
    n. in a share, Payment date / Paid on / Bezahlt am / Payé le / Betaald op / Pagato il in a share, the way to pay
    in a share; an outcome in a share."""
    currency, doula, lang = _issuer(rng, DOULAS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "code_before", "rs_slash"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    package, price = rng.choice(DOULA_PACKAGES[key])
    birth = (
        "irth" in package
        or "naissance" in package
        or "Geburt" in package
        or "parto" in package.lower()
        or "Bevalling" in package
    )
    birth = birth and "ostnatal" not in package and "post-parto" not in package.lower()
    instalment = price > {"INR": 30000, "USD": 1500}.get(currency, 800) and shown(rng, 0.6)
    status, words = _outcome68(rng, 0.5, currency, lang, 0.6, 0.2, part=instalment)
    link = shown(rng, 0.3)
    rows: list[tuple] = []
    if link:
        rows += [
            ("title", doula),
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Payment", "Pay invoice"],
                    de=["Zahlung"],
                    fr=["Paiement"],
                    nl=["Betaling"],
                    it=["Pagamento"],
                ),
            ),
            ("rule",),
        ]
    else:
        rows += [("title", doula), ("center", DOULA_PLACES[doula])]
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Invoice", "Receipt", "Invoice & receipt"],
                    de=["Rechnung"],
                    fr=["Facture", "Reçu"],
                    nl=["Factuur"],
                    it=["Ricevuta", "Fattura"],
                ),
            )
        )
    _status66(rng, rows, words, lang)
    if not link:
        rows.append(("rule",))
    client = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Client", "Billed to", "Expectant parent"],
                de=["Klientin", "Rechnung an"],
                fr=["Cliente", "Future maman"],
                nl=["Cliënte", "Aanstaande moeder"],
                it=["Cliente", "Futura mamma"],
            ),
            client,
        )
    )
    if shown(rng, 0.5):
        partner = _who(rng, currency, lang)
        if partner != client:
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Birth partner", "Partner"],
                        de=["Partner/in"],
                        fr=["Conjoint(e)"],
                        nl=["Partner"],
                        it=["Partner"],
                    ),
                    partner,
                )
            )
    if birth or shown(rng, 0.5):
        rows.append(("pair", rng.choice(DUE_LABELS[lang]), _d(_later(when, rng, 20, 160), pattern, lang)))
    if birth and shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Planned birthplace", "Birth location"],
                    de=["Geplanter Geburtsort"],
                    fr=["Lieu d'accouchement prévu"],
                    nl=["Geplande bevalplek"],
                    it=["Luogo del parto"],
                ),
                rng.choice(BIRTHPLACES[key]),
            )
        )
    if doula.endswith(("Collective", "Doulas", "Companions", "Services")) and shown(rng, 0.7):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Your doula", "Doula"],
                    de=["Doula"],
                    fr=["Doula"],
                    nl=["Doula"],
                    it=["Doula"],
                ),
                rng.choice(DOULA_NAMES["INR" if currency == "INR" else lang]),
            )
        )
    rows.append(("rule",))
    rows.append(("pair", package, _m(price, grouping)))
    total = price
    if shown(rng, 0.3):
        extra = _say(
            rng,
            lang,
            en=["TENS machine hire", "Extra postnatal visit"],
            de=["TENS-Gerät (Leihe)"],
            fr=["Séance supplémentaire"],
            nl=["Extra nazorgbezoek"],
            it=["Incontro aggiuntivo"],
        )
        value = {"INR": 2500.0, "GBP": 30.0, "USD": 60.0, "EUR": 50.0}[currency]
        rows.append(("pair", extra, _m(value, grouping)))
        total = round(total + value, 2)
    _no_tax(rng, rows, currency, lang)
    total = _bollo(rng, rows, grouping, total, lang)
    if instalment:
        count = rng.choice([2, 3])
        part = round(total / count, 2) if currency != "INR" else float(round(total / count))
        nth = rng.randint(1, count)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Package price"],
                    de=["Paketpreis"],
                    fr=["Prix du forfait"],
                    nl=["Pakketprijs"],
                    it=["Prezzo del pacchetto"],
                ),
                _m(total, grouping),
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Instalment {nth} of {count}"],
                    de=[f"Rate {nth} von {count}"],
                    fr=[f"Échéance {nth}/{count}"],
                    nl=[f"Termijn {nth} van {count}"],
                    it=[f"Rata {nth} di {count}"],
                ),
                fmt(part),
            )
        )
        left = round(total - part * nth, 2)
        if left > 0 and shown(rng, 0.7):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Balance remaining", "Still to pay"],
                        de=["Restbetrag"],
                        fr=["Reste dû"],
                        nl=["Nog te betalen"],
                        it=["Residuo"],
                    ),
                    _m(left, grouping),
                )
            )
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Next instalment due"],
                        de=["Nächste Rate fällig am"],
                        fr=["Prochaine échéance"],
                        nl=["Volgende termijn"],
                        it=["Prossima rata"],
                    ),
                    _d(_later(when, rng, 25, 40), pattern, lang),
                )
            )
        amount = part
    else:
        _total68(rng, rows, fmt, total, status, lang)
        amount = total
    kinds = ["UPI", "netbanking", "card"] if currency == "INR" else ["card", "netbanking", "wallet"]
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
    if shown(rng, 0.4):
        note = {
            "INR": ["Not covered under maternity insurance."],
            "GBP": ["Doula UK recognised doula", "Member of Doula UK"],
            "USD": [
                "HSA/FSA eligible with a letter of medical necessity. Superbill available on request.",
                "DONA International certified birth doula (CD)",
            ],
            "IE": ["Member of Doula Ireland"],
            "de": [
                "Keine Leistung der gesetzlichen Krankenkasse.",
                "Mitglied bei Doulas in Deutschland e.V.",
            ],
            "fr": ["Prestation non remboursée par la Sécurité sociale."],
            "nl": ["Mogelijk (deels) vergoed uit je aanvullende verzekering."],
            "it": ["Prestazione non sanitaria, non detraibile."],
        }[key]
        rows.append(("small", rng.choice(note)))
    ref = {
        "INR": f"JBD-{digits(rng, 4)}" if doula.startswith("Janani") else f"MBC{digits(rng, 5)}",
        "GBP": f"GA{digits(rng, 4)}",
        "USD": f"{digits(rng, 4)}-{digits(rng, 2)}",
        "IE": f"DDC-{digits(rng, 4)}",
        "de": f"{when.year}-{digits(rng, 3)}",
        "fr": f"FA-{when.year}-{digits(rng, 3)}",
        "nl": f"{when.year}.{digits(rng, 3)}",
        "it": f"{rng.randint(1, 80)}/{when.year}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Invoice #", "Receipt no", "Payment ID"] if not link else ["Payment ID", "Receipt #"],
            "de": ["Rechnungsnr.", "Beleg-Nr."],
            "fr": ["Facture n°", "Reçu n°"],
            "nl": ["Factuurnr.", "Kenmerk"],
            "it": ["Ricevuta n.", "Fattura n."],
        }[lang],
        ref if not link else f"{code(rng, 4, ALNUM)}-{code(rng, 4, ALNUM)}",
        0.25,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Paid on", "Date paid"],
            "de": ["Bezahlt am", "Zahlungsdatum"],
            "fr": ["Payé le", "Date de paiement"],
            "nl": ["Betaald op", "Betaaldatum"],
            "it": ["Pagato il", "Data pagamento"],
        }[lang],
        0.25,
        0.4,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "On call from 38 to 42 weeks.",
            "The first instalment secures your booking and is non-refundable.",
            "A doula does not perform clinical tasks.",
        ],
        de=["Rufbereitschaft ab der 38. SSW.", "Eine Doula übernimmt keine medizinischen Aufgaben."],
        fr=["Astreinte de 38 à 42 SA.", "La doula n'effectue aucun acte médical."],
        nl=["Oproepbaar van 38 tot 42 weken.", "Een doula verricht geen medische handelingen."],
        it=["Reperibilità dalla 38a alla 42a settimana.", "La doula non svolge attività sanitarie."],
    )
    truth = truth_fields(doula, amount, currency, txn, dated, method, status)
    if link:
        return rows, truth, _page(font, rows, dict(SCREEN, width=rng.choice([460, 500])), doula)
    style = rng.choice([EMAIL, PAPER, A4])
    return rows, truth, _page(font, rows, _sized(style, 19), doula)


# ---------------------------------------------------------------- 11 a genealogist's family-history research


GENEALOGISTS = {
    "INR": [("Roots to Bihar Genealogy Services", "en"), ("Vanshavali Family History Research", "en")],
    "GBP": [("Ancestral Trails Research Ltd", "en")],
    "USD": [("Lineage Lane Genealogy", "en")],
    "EUR": [
        ("Ahnenforschung Dr. Brenner", "de"),
        ("Cabinet de Généalogie Aubert", "fr"),
        ("Stamboomonderzoek Van Rijn", "nl"),
        ("Studio Genealogico Fabbri", "it"),
        ("Emerald Roots Research", "en"),
    ],
}
GENEALOGY_PLACES = {
    "Roots to Bihar Genealogy Services": "Boring Road, Patna 800001",
    "Vanshavali Family History Research": "Har Ki Pauri Road, Haridwar 249401",
    "Ancestral Trails Research Ltd": "7 Lendal, York YO1 8AQ",
    "Lineage Lane Genealogy": "35 N Main St, Salt Lake City, UT 84111",
    "Ahnenforschung Dr. Brenner": "Rathausgasse 6, 79098 Freiburg",
    "Cabinet de Généalogie Aubert": "14 quai Saint-Antoine, 69002 Lyon",
    "Stamboomonderzoek Van Rijn": "Nieuwegracht 9, 3512 LB Utrecht",
    "Studio Genealogico Fabbri": "Via Farini 11, 40124 Bologna",
    "Emerald Roots Research": "Merchants Road, Galway",
}
SUBJECTS = {
    "INR": [
        "Descendants of Ram Autar (emigration pass 1904, Calcutta to Fiji)",
        "Ancestral village of Sukhdeo Ahir (indentured to Trinidad, 1889)",
        "Family records of the Mishra family, Haridwar pandas' vahis",
    ],
    "GBP": [
        "Thomas Hartley (b. c.1838, Halifax) and descendants",
        "The Pickering family of Whitby, 1780-1900",
    ],
    "USD": [
        "Johann Weber (arr. New York 1852) and his descendants",
        "Maternal line of Eliza Crane (b. 1861, Ohio)",
    ],
    "IE": ["Patrick Hennessy (b. c.1841, Co. Cork)", "The Ó Briain family of Ennistymon"],
    "de": ["Familie Brenner, Ostpreußen 1750-1900", "Vorfahren von Katharina Vogel (geb. 1872, Lahr)"],
    "fr": ["Ascendance de Louise Marchand (née en 1872, Lyon)", "Famille Aubry, Bresse, XVIIIe-XIXe siècles"],
    "nl": ["Kwartierstaat familie Van Rijn", "Voorouders van Hendrik de Groot (geb. 1851, Gouda)"],
    "it": ["Antenati della famiglia Fabbri (Emilia)", "Ricerca su Giuseppe Neri (n. 1868, Imola)"],
}
ARCHIVES = {
    "INR": ["National Archives of India", "Bihar State Archives", "Fiji National Archives (copies)"],
    "GBP": ["The National Archives, Kew", "West Yorkshire Archive Service", "General Register Office"],
    "USD": ["NARA, Washington DC", "FamilySearch Library", "Ohio History Connection"],
    "IE": ["National Archives of Ireland", "Cork City and County Archives", "GRO Roscommon"],
    "de": ["Landesarchiv Baden-Württemberg", "Evangelisches Zentralarchiv Berlin", "Standesamt Lahr"],
    "fr": ["Archives départementales du Rhône", "Archives municipales de Lyon"],
    "nl": ["Het Utrechts Archief", "Nationaal Archief", "Streekarchief Midden-Holland"],
    "it": ["Archivio di Stato di Bologna", "Archivio Arcivescovile", "Anagrafe del Comune di Imola"],
}
RATES = {"INR": 1500.0, "GBP": 38.0, "USD": 55.0, "IE": 45.0, "de": 55.0, "fr": 60.0, "nl": 50.0, "it": 45.0}
DISBURSEMENTS = {
    "INR": [("Archive copying & certification", 1800.0), ("Field visit to village (travel)", 6500.0)],
    "GBP": [("GRO certificates 3 x £12.50", 37.5), ("Archive copying fees", 14.6)],
    "USD": [("Vital records (Ohio Dept. of Health)", 42.0), ("Ship manifest copies", 18.0)],
    "IE": [("Civil record copies", 16.0), ("Parish register search fee", 25.0)],
    "de": [("Urkunden Standesamt (3 x 12 €)", 36.0), ("Kopien Kirchenbücher", 18.5)],
    "fr": [("Copies d'actes", 24.0), ("Frais de déplacement aux archives", 45.0)],
    "nl": [("Scans en kopieën archief", 19.5), ("Reiskosten", 28.0)],
    "it": [("Certificati anagrafici", 32.0), ("Diritti di ricerca archivio", 25.0)],
}


def genealogy_research(rng: random.Random, font: str):
    """A genealogist's invoice for family-history research (a Patna firm tracing indentured emigrants' villages and a
    Haridwar firm reading the pandas' vahis in rupees, a York firm in pounds, a Salt Lake City firm in dollars, a
    Galway firm in euros, and a Freiburg, Lyon, Utrecht and Bologna genealogist on German, French, Dutch and Italian
    pages), on paper, A4 or by e-mail: the client (never the payee), the case's subject and ancestors (never the
    payee), the researcher (never the payee), the archives and registry offices searched (never the payee), the
    project or case number (never the id), hours at a rate, translation, a report and a chart, disbursements at
    cost, GST, VAT, MwSt., TVA, btw or IVA added, a retainer received earlier taken off (the balance is the amount),
    an estimate for the next stage (never the amount), the report's delivery day (never the day paid), Invoice No /
    Rechnungsnummer / Facture n° / Factuurnummer / Fattura n. in a share, Date paid / Zahlungseingang / Réglé le /
    Betaald op / Data pagamento in a share beside the invoice's own date, the way to pay in a share; an outcome in a
    share (PAID WITH THANKS among them)."""
    currency, firm, lang = _issuer(rng, GENEALOGISTS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "code_before", "code_after"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    retainer = shown(rng, 0.5)
    status, words = _outcome68(rng, 0.5, currency, lang, 0.7, 0.1)
    if status == "failed":
        retainer = False
    rows: list[tuple] = [("title", firm), ("center", GENEALOGY_PLACES[firm])]
    if shown(rng, 0.6):
        rows.append(("small", rng.choice(_tax_ids(rng, key, "10"))))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["INVOICE", "Fee note", "Invoice & receipt"],
                de=["Rechnung", "Honorarrechnung"],
                fr=["Facture", "Note d'honoraires"],
                nl=["Factuur", "Declaratie"],
                it=["Fattura", "Parcella"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    client = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Client", "Commissioned by", "Bill to"],
                de=["Auftraggeber/in", "Kunde"],
                fr=["Client", "Mandant"],
                nl=["Opdrachtgever"],
                it=["Committente", "Cliente"],
            ),
            client,
        )
    )
    if currency == "INR" and firm.startswith("Roots") and shown(rng, 0.6):
        rows.append(
            (
                "small",
                rng.choice(
                    [
                        "Client resident in Suva, Fiji",
                        "Client resident in Port of Spain, Trinidad",
                        "Client resident in Paramaribo, Suriname",
                    ]
                ),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Subject", "Research subject"],
                de=["Forschungsauftrag"],
                fr=["Recherche"],
                nl=["Onderzoek"],
                it=["Ricerca"],
            ),
            rng.choice(SUBJECTS[key]),
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Case ref", "Project no.", "Our ref"],
                    de=["Akte", "Projekt-Nr."],
                    fr=["Dossier n°"],
                    nl=["Dossiernummer"],
                    it=["Pratica n."],
                ),
                f"{code(rng, 2, UPPER)}-{digits(rng, 4)}",
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Researcher", "Genealogist"],
                    de=["Bearbeitung"],
                    fr=["Généalogiste"],
                    nl=["Onderzoeker"],
                    it=["Ricercatore"],
                ),
                _pro(rng, currency, lang),
            )
        )
    archives = rng.sample(ARCHIVES[key], 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Records searched", "Archives visited"],
                de=["Archive"],
                fr=["Fonds consultés"],
                nl=["Geraadpleegd"],
                it=["Archivi consultati"],
            ),
            archives[0],
        )
    )
    rows.append(("right", archives[1]))
    rows.append(("rule",))
    hours = rng.choice([4, 6, 8, 10, 12, 15])
    rate = RATES[key]
    hour_word = _say(
        rng,
        lang,
        en=["Research {} hrs"],
        de=["Recherche {} Std."],
        fr=["Recherches {} h"],
        nl=["Onderzoek {} uur"],
        it=["Ricerca {} ore"],
    ).format(hours)
    rows.append(
        (
            "pair",
            hour_word + (f" @ {_m(rate, grouping)}" if shown(rng, 0.6) else ""),
            _m(rate * hours, grouping),
        )
    )
    net = round(rate * hours, 2)
    if shown(rng, 0.5):
        report = {"INR": 3500.0, "GBP": 60.0, "USD": 90.0}.get(currency, 75.0)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Written report & family tree chart", "Report and pedigree chart"],
                    de=["Ahnentafel und Bericht"],
                    fr=["Rapport et arbre généalogique"],
                    nl=["Rapport en kwartierstaat"],
                    it=["Relazione e albero genealogico"],
                ),
                _m(report, grouping),
            )
        )
        net = round(net + report, 2)
    if lang != "en" and shown(rng, 0.3):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    de=["Übersetzung lateinischer Kirchenbucheinträge"],
                    fr=["Transcription d'actes en latin"],
                    nl=["Transcriptie oud schrift"],
                    it=["Trascrizione atti in latino"],
                ),
                _m(45.0, grouping),
            )
        )
        net = round(net + 45.0, 2)
    if currency == "USD":
        fees = net
    else:
        rate_tax = {"INR": None, "GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22}[key]
        fees = _vat66(rng, rows, grouping, net, currency, lang, "added", rate_tax, 0.09, True)
    disbursed = 0.0
    if shown(rng, 0.6):
        rows.append(
            (
                "left",
                _say(
                    rng,
                    lang,
                    en=["Disbursements:"],
                    de=["Auslagen:"],
                    fr=["Débours :"],
                    nl=["Verschotten:"],
                    it=["Spese anticipate:"],
                ),
            )
        )
        for name, value in rng.sample(DISBURSEMENTS[key], rng.randint(1, 2)):
            rows.append(("pair", name, _m(value, grouping)))
            disbursed = round(disbursed + value, 2)
        if currency != "USD":
            rows.append(
                (
                    "small",
                    _say(
                        rng,
                        lang,
                        en=["Disbursements at actuals, no GST charged."]
                        if currency == "INR"
                        else ["Disbursements at cost, outside the scope of VAT."],
                        de=["Auslagen durchlaufend, ohne MwSt."],
                        fr=["Débours refacturés à l'euro près."],
                        nl=["Verschotten zonder btw doorberekend."],
                        it=["Spese anticipate escluse art. 15 DPR 633/72."],
                    ),
                )
            )
    total = round(fees + disbursed, 2)
    if retainer:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Invoice total"],
                    de=["Rechnungsbetrag"],
                    fr=["Total TTC"],
                    nl=["Factuurbedrag"],
                    it=["Totale fattura"],
                ),
                _m(total, grouping),
            )
        )
        advance = {"INR": 10000.0, "GBP": 150.0, "USD": 200.0}.get(currency, 150.0)
        advance = min(advance, round(total / 2, 2))
        before = _d(_earlier(when, rng, 20, 120), pattern, lang) if shown(rng, 0.5) else None
        amount = _less_advance(rng, rows, fmt, grouping, total, advance, status, lang, before)
    else:
        _total68(
            rng,
            rows,
            fmt,
            total,
            status,
            lang,
            {
                "en": ["Total", "Total due", "Invoice total"],
                "de": ["Rechnungsbetrag", "Gesamtbetrag"],
                "fr": ["Total TTC", "Net à payer"],
                "nl": ["Totaal", "Te betalen"],
                "it": ["Totale fattura", "Totale documento"],
            }[lang],
        )
        amount = total
    if shown(rng, 0.4):
        stage = {"INR": 25000.0, "GBP": 640.0, "USD": 850.0}.get(currency, 700.0)
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Estimate for stage 2: {_m(stage, grouping)}"],
                    de=[f"Kostenvoranschlag Phase 2: {_m(stage, grouping)}"],
                    fr=[f"Devis pour la phase 2 : {_m(stage, grouping)}"],
                    nl=[f"Offerte fase 2: {_m(stage, grouping)}"],
                    it=[f"Preventivo seconda fase: {_m(stage, grouping)}"],
                ),
            )
        )
    kinds = ["netbanking", "UPI", "card"] if currency == "INR" else ["netbanking", "card", "wallet"]
    method = _pay68(rng, rows, currency, lang, kinds, 0.3, True, status)
    ref = {
        "INR": f"{''.join(w[0] for w in firm.split()[:2])}/{_fy(when)}/{digits(rng, 3)}",
        "GBP": f"AT{digits(rng, 4)}",
        "USD": f"{digits(rng, 4)}",
        "IE": f"ERR-{digits(rng, 4)}",
        "de": f"{when.year}/{digits(rng, 3)}",
        "fr": f"{when.year}-{digits(rng, 4)}",
        "nl": f"{when.year}{digits(rng, 4)}",
        "it": f"{rng.randint(1, 120)}/{when.year}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Invoice No", "Invoice #", "Fee note no"],
            "de": ["Rechnungsnummer", "Rechnung Nr."],
            "fr": ["Facture n°", "N° de note"],
            "nl": ["Factuurnummer", "Declaratienr."],
            "it": ["Fattura n.", "Numero fattura"],
        }[lang],
        ref,
        0.25,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date paid", "Paid on", "Payment date"],
            "de": ["Zahlungseingang", "Bezahlt am"],
            "fr": ["Réglé le", "Date du règlement"],
            "nl": ["Betaald op", "Datum betaling"],
            "it": ["Data pagamento", "Pagato il"],
        }[lang],
        0.3,
        0.2,
        status,
    )
    if dated and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Invoice date"],
                    de=["Rechnungsdatum"],
                    fr=["Date de facture"],
                    nl=["Factuurdatum"],
                    it=["Data fattura"],
                ),
                _d(_earlier(when, rng, 0, 14), pattern, lang),
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Report delivered", "Report sent"],
                    de=["Bericht versandt am"],
                    fr=["Rapport remis le"],
                    nl=["Rapport verzonden"],
                    it=["Relazione consegnata il"],
                ),
                _d(_earlier(when, rng, 1, 20), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Research is charged by the hour; results cannot be guaranteed.",
            "Disbursements are passed on at cost.",
            "Thank you for your instructions.",
        ],
        de=["Recherchen werden nach Aufwand berechnet; ein Erfolg kann nicht garantiert werden."],
        fr=["Les recherches sont facturées au temps passé, sans obligation de résultat."],
        nl=["Onderzoek wordt per uur berekend; resultaat kan niet worden gegarandeerd."],
        it=["La ricerca è compensata a ore, senza garanzia di risultato."],
    )
    truth = truth_fields(firm, amount, currency, txn, dated, method, status)
    style = rng.choice([A4, PAPER, EMAIL])
    return rows, truth, _page(font, rows, _sized(style, 18 if style is A4 else 19), firm)


# ---------------------------------------------------------------- 12 a fencing club's membership and lessons


FENCING = {
    "INR": [("Bengaluru Fencing Academy", "en"), ("Punjab Fencing Club Mohali", "en")],
    "GBP": [("Salle Kestrel Fencing Club", "en")],
    "USD": [("Northside Fencers Club", "en")],
    "EUR": [
        ("Fechtclub Rapier Dresden e.V.", "de"),
        ("Cercle d'Escrime Saint-Georges", "fr"),
        ("Schermvereniging De Kling", "nl"),
        ("Circolo Scherma Ardea ASD", "it"),
        ("Dublin Blades Fencing Club", "en"),
    ],
}
FENCING_PLACES = {
    "Bengaluru Fencing Academy": "Sree Kanteerava Indoor Stadium, Bengaluru 560001",
    "Punjab Fencing Club Mohali": "Sports Complex, Sector 78, Mohali 140308",
    "Salle Kestrel Fencing Club": "Hollingbury Sports Hall, Brighton BN1 7JA",
    "Northside Fencers Club": "2400 W Addison St, Chicago, IL 60618",
    "Fechtclub Rapier Dresden e.V.": "Sporthalle Pieschen, Leipziger Straße 40, 01127 Dresden",
    "Cercle d'Escrime Saint-Georges": "Gymnase Jean-Jaurès, 31000 Toulouse",
    "Schermvereniging De Kling": "Sporthal De Heuvel, 5641 Eindhoven",
    "Circolo Scherma Ardea ASD": "Palestra comunale, Via dello Sport 3, 35129 Padova",
    "Dublin Blades Fencing Club": "Trinity Sports Centre, Dublin 2",
}
# (what is paid for, price)
FENCING_FEES = {
    "INR": [
        ("Quarterly coaching fee (épée)", 9000.0),
        ("Beginners' course - 8 weeks", 6000.0),
        ("Monthly fee (foil, juniors)", 3500.0),
    ],
    "GBP": [
        ("Annual club subscription", 180.0),
        ("Beginners' course (6 weeks)", 75.0),
        ("Term fees (sabre)", 120.0),
    ],
    "USD": [("Monthly membership - competitive", 185.0), ("Intro to fencing (6 classes)", 150.0)],
    "IE": [("Season membership", 220.0), ("Beginners' course", 90.0)],
    "de": [("Mitgliedsbeitrag Halbjahr", 96.0), ("Anfängerkurs Florett (10 Termine)", 85.0)],
    "fr": [("Cotisation annuelle (épée)", 290.0), ("Cotisation annuelle jeune (M13)", 240.0)],
    "nl": [("Contributie kwartaal", 78.0), ("Beginnerscursus (8 lessen)", 70.0)],
    "it": [("Quota associativa annuale", 60.0), ("Corso di scherma - quota trimestrale", 210.0)],
}
FENCING_EXTRAS = {
    "INR": [("Equipment hire (mask, jacket, glove)", 1500.0), ("Private lesson (30 min)", 800.0)],
    "GBP": [("Kit hire (term)", 30.0), ("Private lesson with Maître (30 min)", 25.0)],
    "USD": [("Equipment rental", 40.0), ("Private lesson", 60.0)],
    "IE": [("Kit hire", 30.0), ("Private lesson", 30.0)],
    "de": [("Leihausrüstung", 25.0), ("Einzellektion Fechtmeister", 20.0)],
    "fr": [("Location du matériel", 40.0), ("Leçon individuelle", 20.0)],
    "nl": [("Huur materiaal", 20.0), ("Privéles", 25.0)],
    "it": [("Noleggio attrezzatura", 35.0), ("Lezione individuale con il Maestro", 25.0)],
}
# the governing body's licence collected by the club and passed on: (line, fee, label of the licence number)
FEDERATION = {
    "INR": ("Fencing Association of India registration", 500.0, "FAI ID"),
    "GBP": ("British Fencing membership (passed on)", 35.0, "British Fencing no."),
    "USD": ("USA Fencing membership (pass-through)", 50.0, "USA Fencing #"),
    "IE": ("Fencing Ireland licence", 40.0, "FI licence no."),
    "de": ("Startpass Deutscher Fechter-Bund", 15.0, "DFB-Startpass Nr."),
    "fr": ("Licence FFE (part fédérale)", 65.0, "N° licence FFE"),
    "nl": ("Bondscontributie KNAS", 32.0, "KNAS-licentie"),
    "it": ("Tesseramento FIS", 45.0, "Tessera FIS n."),
}
WEAPONS = {
    "en": ["Foil", "Épée", "Sabre"],
    "de": ["Florett", "Degen", "Säbel"],
    "fr": ["Fleuret", "Épée", "Sabre"],
    "nl": ["Floret", "Degen", "Sabel"],
    "it": ["Fioretto", "Spada", "Sciabola"],
}


def fencing_club(rng: random.Random, font: str):
    """A fencing club's or academy's fees (a Bengaluru and a Mohali academy in rupees, a Brighton club in pounds, a
    Chicago club in dollars, a Dublin club in euros, and a Dresden e.V., a Toulouse cercle, an Eindhoven vereniging and
    a Padua ASD on German, French, Dutch and Italian pages), a receipt, a members' portal screen or an e-mail: the
    member, a junior's parent (never the payee), the weapon and the age category, the federation's licence number
    (British Fencing, USA Fencing, FFE, DFB, KNAS, FIS: never the id, the federation never the payee), the coach or
    maître d'armes (never the payee), the season's or term's validity (never the day paid), the subscription or
    course, kit hire, a private lesson, the federation's fee passed on (inside the amount), a family discount, the
    Pass'Sport taken off a French subscription (never the amount), a club's note that no tax is charged (e.V., loi
    1901, ASD) or GST added, a SEPA direct debit's mandate reference and creditor id (never the id), Total / Amount
    paid / Gesamt / Total / Totaal / Totale, Receipt No / Beleg-Nr. / Reçu n° / Factuurnr. / Ricevuta n. in a share,
    Payment date / Bezahlt am / Payé le / Betaald op / Data pagamento in a share, the way to pay in a share; an
    outcome in a share; the club's rules on refunds and notice."""
    currency, club, lang = _issuer(rng, FENCING)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "rs_slash", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    status, words = _outcome68(rng, 0.5, currency, lang, 0.6, 0.2)
    portal = shown(rng, 0.3)
    rows: list[tuple] = [("title", club)]
    if not portal:
        rows.append(("center", FENCING_PLACES[club]))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Membership receipt", "Fee receipt", "Payment confirmation"],
                de=["Beitragsquittung", "Zahlungsbestätigung"],
                fr=["Reçu d'adhésion", "Attestation de paiement"],
                nl=["Betalingsbewijs", "Contributienota"],
                it=["Ricevuta quota", "Ricevuta"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    junior = shown(rng, 0.45)
    member = _who(rng, currency, lang)
    if junior:
        child = f"{_child(rng, currency, lang)} {member.split()[-1]}"
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Fencer", "Member"],
                    de=["Mitglied", "Fechter/in"],
                    fr=["Adhérent(e)", "Tireur"],
                    nl=["Lid", "Schermer"],
                    it=["Atleta", "Socio"],
                ),
                child,
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Parent/guardian", "Payer"],
                    de=["Erziehungsberechtigte/r"],
                    fr=["Représentant légal"],
                    nl=["Ouder/verzorger"],
                    it=["Genitore"],
                ),
                member,
            )
        )
    else:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Member", "Fencer", "Name"],
                    de=["Mitglied"],
                    fr=["Adhérent(e)"],
                    nl=["Lid"],
                    it=["Socio", "Atleta"],
                ),
                member,
            )
        )
    weapon = rng.choice(WEAPONS[lang])
    category = rng.choice(["U13", "U15", "U17"]) if junior else rng.choice(["Senior", "Veteran", "Open"])
    if lang == "fr":
        category = rng.choice(["M13", "M15", "M17"]) if junior else rng.choice(["Senior", "Vétéran"])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Weapon / category"],
                de=["Waffe / Altersklasse"],
                fr=["Arme / catégorie"],
                nl=["Wapen / categorie"],
                it=["Arma / categoria"],
            ),
            f"{weapon} / {category}",
        )
    )
    line, fed_fee, fed_label = FEDERATION[key]
    if shown(rng, 0.6):
        rows.append(("pair", fed_label, digits(rng, rng.choice([6, 7, 8]))))
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Coach", "Head coach"],
                    de=["Trainer", "Fechtmeister"],
                    fr=["Maître d'armes"],
                    nl=["Trainer"],
                    it=["Maestro"],
                ),
                _pro(rng, currency, lang),
            )
        )
    start = _earlier(when, rng, 0, 20)
    end = _later(start, rng, 80, 360)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Valid", "Membership period", "Term"],
                de=["Gültig", "Zeitraum"],
                fr=["Saison"],
                nl=["Geldig"],
                it=["Validità"],
            ),
            f"{_d(start, pattern, lang)} - {_d(end, pattern, lang)}",
        )
    )
    rows.append(("rule",))
    name, fee = rng.choice(FENCING_FEES[key])
    rows.append(("pair", name, _m(fee, grouping)))
    net = fee
    if shown(rng, 0.4):
        extra, value = rng.choice(FENCING_EXTRAS[key])
        rows.append(("pair", extra, _m(value, grouping)))
        net = round(net + value, 2)
    if shown(rng, 0.5):
        rows.append(("pair", line, _m(fed_fee, grouping)))
        net = round(net + fed_fee, 2)
    if shown(rng, 0.25):
        off = round(fee * 0.1, 2) if currency != "INR" else float(round(fee * 0.1))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Family discount 10%"],
                    de=["Familienrabatt 10%"],
                    fr=["Réduction famille 10 %"],
                    nl=["Gezinskorting 10%"],
                    it=["Sconto famiglia 10%"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    if lang == "fr" and junior and shown(rng, 0.6):
        rows.append(("pair", "Pass'Sport (aide de l'État)", "-" + _m(50.0, grouping)))
        net = round(net - 50.0, 2)
    if currency == "INR":
        total = (
            _vat66(rng, rows, grouping, net, currency, lang, "added", None, 0.09) if shown(rng, 0.6) else net
        )
    else:
        note = {
            "GBP": ["Club is a registered CASC - no VAT charged", "Not VAT registered"],
            "USD": ["Northside Fencers Club is a 501(c)(3) nonprofit."],
            "IE": ["Not registered for VAT"],
            "de": ["Gemeinnütziger Verein, Mitgliedsbeiträge ohne USt."],
            "fr": ["Association loi 1901 non assujettie à la TVA"],
            "nl": ["Vereniging, vrijgesteld van btw"],
            "it": ["Quota associativa non soggetta a IVA (art. 4 DPR 633/72)"],
        }[key]
        if shown(rng, 0.6):
            rows.append(("small", rng.choice(note)))
        total = net
    _total68(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        {
            "en": ["Total", "Amount", "Total due"],
            "de": ["Gesamt", "Beitrag gesamt"],
            "fr": ["Total", "Montant"],
            "nl": ["Totaal", "Te betalen"],
            "it": ["Totale", "Importo"],
        }[lang],
    )
    debit = lang in ("de", "nl", "fr") and shown(rng, 0.4) and status != "failed"
    if debit:
        way = {"de": "SEPA-Lastschrift", "nl": "Automatische incasso", "fr": "Prélèvement SEPA"}[lang]
        rows.append(
            ("pair", _say(rng, lang, de=["Zahlungsart"], nl=["Betaalwijze"], fr=["Mode de paiement"]), way)
        )
        rows.append(
            (
                "pair",
                _say(rng, lang, de=["Mandatsreferenz"], nl=["Machtigingskenmerk"], fr=["RUM"]),
                f"{code(rng, 3, UPPER)}{digits(rng, 6)}",
            )
        )
        if shown(rng, 0.6):
            rows.append(
                (
                    "pair",
                    _say(rng, lang, de=["Gläubiger-ID"], nl=["Incassant-ID"], fr=["ICS"]),
                    {"de": "DE", "nl": "NL", "fr": "FR"}[lang] + f"{digits(rng, 2)}ZZZ{digits(rng, 8)}",
                )
            )
        method = "netbanking"
    else:
        kinds = (
            ["UPI", "UPI", "cash", "card"] if currency == "INR" else ["card", "netbanking", "cash", "wallet"]
        )
        method = _pay68(rng, rows, currency, lang, kinds, 0.25, portal, status)
    ref = {
        "INR": f"{'BFA' if 'Bengaluru' in club else 'PFC'}/{_fy(when)}/{digits(rng, 4)}",
        "GBP": f"SK{digits(rng, 5)}",
        "USD": f"NFC-{digits(rng, 5)}",
        "IE": f"DB{digits(rng, 4)}",
        "de": f"{when.year}-{digits(rng, 4)}",
        "fr": f"{when.year}-{digits(rng, 3)}",
        "nl": f"{digits(rng, 6)}",
        "it": f"{rng.randint(1, 400)}/{when.year}",
    }[key]
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Receipt No", "Receipt #", "Transaction ID"],
            "de": ["Beleg-Nr.", "Quittungs-Nr."],
            "fr": ["Reçu n°", "N° de reçu"],
            "nl": ["Factuurnr.", "Nota nr."],
            "it": ["Ricevuta n.", "N. ricevuta"],
        }[lang],
        ref,
        0.25,
        status,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Paid on", "Date"],
            "de": ["Bezahlt am", "Zahlungsdatum"],
            "fr": ["Payé le", "Date de paiement"],
            "nl": ["Betaald op", "Datum"],
            "it": ["Data pagamento", "Pagato il"],
        }[lang],
        0.25,
        0.3,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Subscriptions are not refundable.",
            "Fencers must wear full protective kit at all times on the piste.",
            "Membership renews each season unless cancelled in writing.",
        ],
        de=["Kündigung nur zum Jahresende (Satzung § 5).", "Beiträge werden nicht erstattet."],
        fr=["Certificat médical ou questionnaire de santé obligatoire.", "Cotisation non remboursable."],
        nl=[
            "Opzeggen uiterlijk 1 maand voor het einde van het kwartaal.",
            "Contributie wordt niet gerestitueerd.",
        ],
        it=["Certificato medico agonistico obbligatorio.", "La quota non è rimborsabile."],
    )
    truth = truth_fields(club, total, currency, txn, dated, method, status)
    if portal:
        style = rng.choice([SCREEN, DARK])
        return rows, truth, _page(font, rows, style, club)
    style = rng.choice([PAPER, EMAIL])
    return rows, truth, _page(font, rows, _sized(style, 19), club)

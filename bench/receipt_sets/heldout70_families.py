"""The twelve heldout70 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: household, government and institutional payments.
Half are payments a household makes to a public body or an institution now and then (a land registry's copies or
search, a naturalisation or citizenship application's fee, a municipal trade or street-trading licence, a council's
street-use permit for a skip, scaffold or removal van or a road cutting, a new electricity, gas or water
connection's charges and deposit, a pension, provident-fund or household employer's social contribution) and half
kinds rarely seen (a hunting licence or firearm certificate, a boat's waterway licence, a cemetery's burial or grave
fees, an allotment plot's yearly rent, a public student loan's repayment, a fire service's charge or fire NOC). The
page and value helpers of heldout14, heldout62, heldout65, heldout66 and heldout68 are reused (a money mark chosen
once per page, one date pattern per page, English, German, French, Dutch and Italian wordings of ways to pay,
outcomes, totals and tax, page widths that hold every line); this set adds public bodies' outcome wordings, direct
debits with their mandates and page headings that call a failed or waiting payment's page no receipt.
``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed). Every
receipt prints at most one transaction id (the payment's reference, a receipt's, a portal's or a government
receipting system's own number; an application, case, licence, certificate, permit, title, folio, survey, parcel,
account, customer, member, policy, incident, grave, plot, loan, mandate or establishment number beside it is never
the id), at most one date of payment (the other days are named for other events: a deed's recording, a register's
last entry, a birth, an appointment, a ceremony, a licence's or permit's validity, a season, a wage month or a
contribution period, a due date, a death and a burial, a rental year, a next instalment, an incident, an
inspection) and names the body that was paid on top, or, where a government payment portal's name is on top, under
the label that names the payee lower on the page. The applicants, owners, employers and workers, licensees,
deceased and grantees, plotholders, borrowers and students, occupiers and officers, and the businesses on the page
(a trade name, a contractor, a funeral director, an agent selling a licence, a marina, an insurer, a building) are
never the payee.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, day, digits, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import DE_MONTHS, _earlier, _later, _page, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import (
    METHOD_LABELS,
    NAMES,
    PAID_WORDS,
    _d,
    _dated66,
    _fmt66,
    _issuer,
    _key,
    _m,
    _outcome66,
    _pattern66,
    _pro,
    _say,
    _stamp66,
    _status66,
    _vat66,
    _who,
)
from bench.receipt_sets.heldout68_families import (
    RECEIPT_WORDS,
    _child,
    _id68,
    _less_advance,
    _pay68,
    _total68,
    outcome_table,
)

ALNUM = UPPER + "23456789"

# ---------------------------------------------------------------- outcomes, headings, people, ids, debits

# public bodies' and portals' wordings of an outcome, beside heldout68's
MORE70 = {
    "en": {
        "success": ["Payment realised", "Fee paid successfully", "Payment accepted"],
        "failed": ["Payment not realised", "Transaction rejected by bank", "Direct Debit returned unpaid"],
        "pending": ["Payment awaiting reconciliation", "Pending verification by bank"],
    },
    "de": {
        "success": ["Gebühr bezahlt", "Zahlung verbucht"],
        "failed": ["Lastschrift zurückgegeben", "Zahlung gescheitert"],
        "pending": ["Zahlungseingang wird geprüft"],
    },
    "fr": {
        "success": ["Paiement enregistré"],
        "failed": ["Paiement rejeté", "Prélèvement rejeté"],
        "pending": ["Paiement en cours de vérification"],
    },
    "nl": {
        "success": ["Betaling verwerkt"],
        "failed": ["Betaling afgewezen", "Incasso gestorneerd"],
        "pending": ["Betaling wordt gecontroleerd"],
    },
    "it": {
        "success": ["Pagamento eseguito"],
        "failed": ["Pagamento non andato a buon fine"],
        "pending": ["Pagamento in verifica"],
    },
}


def _outcome70(rng, p_shown, currency, lang, p_success=0.6, p_failed=0.2):
    """An outcome on a share of pages in the page's language; (status, words) or (None, None)."""
    table = outcome_table(currency, lang)
    table = {s: table[s] + MORE70[lang][s] for s in table}
    return _outcome66(rng, p_shown, lang, p_success, p_failed, {lang: table})


def _maybe(rng: random.Random, p: float) -> bool:
    """Whether something printed on a share ``p`` of pages is on this one."""
    return rng.random() < p


def _other(rng: random.Random, currency: str, lang: str, *taken: str) -> str:
    """A customer-side person in the page's country other than those already named on it."""
    while True:
        person = _who(rng, currency, lang)
        if person not in taken:
            return person


def _pick(rng: random.Random, table: dict[str, list[str]], key: str, lang: str = "en") -> str:
    """One wording for the page's country (``key``), else its language, else English."""
    return rng.choice(table.get(key) or table.get(lang) or table["en"])


def _head(rng, rows, key, lang, status, receipt: dict, plain: dict) -> None:
    """The page's heading under the body's name; where the payment failed or waits, one that calls it no receipt."""
    pool = list(plain.get(key) or plain.get(lang) or plain["en"])
    if status not in ("failed", "pending"):
        pool += receipt.get(key) or receipt.get(lang) or receipt["en"]
    rows.append(("center", rng.choice(pool)))


def _id70(rng, rows, labels, value, p_absent, status, lang="en") -> str | None:
    """heldout68's id; where the payment failed or waits, under no label that calls the page a receipt."""
    if status in ("failed", "pending"):
        labels = [label for label in labels if not any(w.lower() in label.lower() for w in RECEIPT_WORDS)]
    plain = {"en": "Reference", "de": "Referenz", "fr": "Référence", "nl": "Referentie", "it": "Riferimento"}
    return _id68(rng, rows, labels or [plain[lang]], value, p_absent, status)


def _line(rows, grouping, label, value) -> float:
    """A charge (or, negative, a sum taken off) at its price; the value."""
    rows.append(("pair", label, ("-" if value < 0 else "") + _m(abs(value), grouping)))
    return value


def _month(when, lang: str) -> str:
    """A month and its year in the page's language (a period, never a day paid)."""
    if lang == "de":
        return f"{DE_MONTHS[when.month - 1]} {when.year}"
    if lang in NAMES:
        return f"{NAMES[lang][0][when.month - 1]} {when.year}"
    return when.strftime("%B %Y")


def _terms(rng, rows, key, lang, table) -> None:
    """A line of the body's terms in the page's language."""
    rows.append(("small", _pick(rng, table, key, lang)))


PAID_ON = {
    "en": ["Payment date", "Paid on", "Date of payment", "Transaction date", "Date"],
    "de": ["Zahlungsdatum", "Bezahlt am", "Buchungsdatum", "Datum"],
    "fr": ["Date de paiement", "Payé le", "Date du paiement", "Date"],
    "nl": ["Betaaldatum", "Betaald op", "Datum betaling", "Datum"],
    "it": ["Data pagamento", "Pagato il", "Data del versamento", "Data"],
}
RECEIVED_ON = {
    "en": ["Received on"],
    "de": ["Eingang am"],
    "fr": ["Reçu le"],
    "nl": ["Ontvangen op"],
    "it": ["Ricevuto il"],
}
DEBITED_ON = {
    "en": ["Collected on", "Debited on", "Payment date"],
    "de": ["Abgebucht am", "Eingezogen am", "Zahlungsdatum"],
    "fr": ["Prélevé le", "Date de prélèvement"],
    "nl": ["Afgeschreven op", "Geïncasseerd op"],
    "it": ["Addebitato il", "Data addebito"],
}
DEBITS = {
    "INR": ["e-NACH auto-debit", "NACH mandate (auto-debit)"],
    "en": ["Direct Debit", "Direct Debit (monthly)", "Direct debit"],
    "USD": ["Automatic payment (ACH debit)", "Auto Debit"],
    "de": ["SEPA-Lastschrift", "Lastschrifteinzug"],
    "fr": ["Prélèvement SEPA", "Prélèvement automatique"],
    "nl": ["Automatische incasso", "Incasso (SEPA)"],
    "it": ["Addebito diretto SEPA", "Domiciliazione bancaria"],
}
MANDATES = {
    "en": ["Mandate reference", "DD reference"],
    "de": ["Mandatsreferenz"],
    "fr": ["Référence unique de mandat (RUM)"],
    "nl": ["Machtigingskenmerk"],
    "it": ["Codice mandato"],
}


def _debit(rng, rows, currency, lang, status, p_mandate=0.6) -> str:
    """A direct debit under a way-to-pay label, its mandate reference in a share (never the id): net banking."""
    labels = METHOD_LABELS[lang]
    if status in ("failed", "pending"):
        labels = [label for label in labels if not label.startswith(PAID_WORDS)]
    table = DEBITS["INR" if currency == "INR" else ("USD" if currency == "USD" else lang)]
    rows.append(("pair", rng.choice(labels), rng.choice(table)))
    if _maybe(rng, p_mandate):
        rows.append(("pair", _pick(rng, MANDATES, lang), f"{code(rng, 3, UPPER)}-{digits(rng, 8)}"))
    return "netbanking"


# ---------------------------------------------------------------- 1 a land registry's copies or search


LAND = {
    "INR": [("Mahabhumi - Maharashtra Land Records", "en"), ("e-Dhara Land Records Centre, Gujarat", "en")],
    "GBP": [("HM Land Registry", "en"), ("Registers of Scotland", "en")],
    "USD": [("Maricopa County Recorder", "en")],
    "EUR": [
        ("Tailte Éireann", "en"),
        ("Amtsgericht Freiburg - Grundbuchamt", "de"),
        ("Service de la publicité foncière de Nantes", "fr"),
        ("Kadaster", "nl"),
        ("Conservatoria dei Registri Immobiliari di Bari", "it"),
    ],
}
LAND_FEES = {
    "MH": [
        ("Digitally signed 7/12 extract", 15.0),
        ("8A holding extract", 15.0),
        ("Mutation register (Ferfar) copy", 25.0),
        ("Property card copy", 45.0),
    ],
    "GJ": [("VF-7/12 (RoR) copy", 5.0), ("VF-8A copy", 5.0), ("VF-6 mutation entry copy", 10.0)],
    "GBP": [
        ("Official copy of the register", 7.0),
        ("Official copy of the title plan", 7.0),
        ("Official copy of a deed", 11.0),
        ("Search of the index map", 4.0),
    ],
    "SC": [
        ("Plain copy of title sheet", 3.0),
        ("Certified copy of title sheet", 30.0),
        ("Search sheet", 30.0),
    ],
    "IE": [("Certified copy of folio", 40.0), ("Copy of filed plan", 40.0), ("Uncertified folio", 5.0)],
    "de": [
        ("Grundbuchauszug, einfach", 10.0),
        ("Amtlicher Ausdruck, beglaubigt", 20.0),
        ("Abschrift aus der Grundakte", 15.0),
    ],
    "fr": [
        ("Demande de renseignements sommaires", 12.0),
        ("Copie de document publié", 15.0),
        ("Relevé des formalités", 12.0),
    ],
    "nl": [
        ("Eigendomsinformatie", 3.70),
        ("Hypothecair bericht", 4.40),
        ("Kadastrale kaart", 3.70),
        ("Afschrift akte", 7.30),
    ],
    "it": [
        ("Ispezione ipotecaria per nota", 4.0),
        ("Visura catastale per immobile", 1.0),
        ("Copia del titolo", 9.0),
        ("Certificato ipotecario", 36.0),
    ],
}
LAND_HEADS = {
    "MH": ["7/12 Extract - Fee Receipt", "e-Receipt (GRAS)"],
    "GJ": ["RoR Copy - Fee Receipt"],
    "USD": ["Copy Request Receipt", "Receipt for Certified Copies"],
    "en": ["Official copy request - receipt", "Certified copy fee receipt"],
    "de": ["Gebührenquittung", "Kostenquittung"],
    "fr": ["Reçu de paiement", "Accusé de paiement"],
    "nl": ["Betalingsbewijs", "Ontvangstbewijs"],
    "it": ["Ricevuta di pagamento", "Quietanza tributi speciali"],
}
LAND_PLAIN = {
    "en": ["Copy request", "Land records - online services", "Application for copies"],
    "USD": ["Document copies - online request"],
    "de": ["Grundbuchauszug - Antrag", "Abruf Grundbuch"],
    "fr": ["Demande de renseignements"],
    "nl": ["Kadaster-on-line bestelling", "Uittreksel aanvragen"],
    "it": ["Richiesta ispezione ipotecaria", "Servizi di consultazione"],
}
VILLAGES = {
    "MH": ["Hinjewadi, Tal. Mulshi, Dist. Pune", "Wagholi, Tal. Haveli, Dist. Pune", "Shahapur, Dist. Thane"],
    "GJ": ["Sanand, Dist. Ahmedabad", "Dehgam, Dist. Gandhinagar", "Olpad, Dist. Surat"],
}


def _parcel(rng: random.Random, region: str, when) -> list[tuple[str, str]]:
    """The land's own references (never the id)."""
    if region in VILLAGES:
        return [
            (
                rng.choice(["Survey No.", "Gat No.", "Survey / Hissa No."]),
                f"{rng.randint(12, 480)}/{rng.randint(1, 9)}{rng.choice(['', 'A', 'B'])}",
            ),
            ("Village", rng.choice(VILLAGES[region])),
        ]
    if region in ("GBP", "SC"):
        prefix = ["MID", "ANG", "REN", "FFE"] if region == "SC" else ["WK", "SY", "NGL", "CB", "DN"]
        return [("Title number", f"{rng.choice(prefix)}{digits(rng, 6)}")]
    if region == "USD":
        return [
            ("APN", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}{rng.choice('ABC')}"),
            ("Recording No.", f"{when.year - rng.randint(1, 25)}-{digits(rng, 7)}"),
        ]
    if region == "IE":
        return [
            (
                "Folio",
                f"{rng.choice(['DN', 'CK', 'GY', 'WW', 'KE'])}{digits(rng, 5)}{rng.choice(['F', 'L', ''])}",
            ),
            ("County", rng.choice(["Dublin", "Cork", "Galway", "Wicklow", "Kildare"])),
        ]
    if region == "de":
        return [
            ("Grundbuch von", f"{rng.choice(['Wiehre', 'Herdern', 'Littenweiler'])}, Blatt {digits(rng, 4)}"),
            ("Flurstück", f"{digits(rng, 4)}/{rng.randint(1, 20)}"),
        ]
    if region == "fr":
        return [
            ("Commune", rng.choice(["Rezé", "Saint-Herblain", "Nantes", "Orvault"])),
            ("Référence cadastrale", f"Section {code(rng, 2, UPPER)} n° {rng.randint(10, 999)}"),
        ]
    if region == "nl":
        return [
            (
                "Kadastrale aanduiding",
                f"{rng.choice(['Utrecht', 'Zeist', 'Houten'])} {rng.choice('ABCDK')} {digits(rng, 4)}",
            )
        ]
    return [
        ("Comune", rng.choice(["Bari", "Molfetta", "Bitonto"])),
        (
            "Identificativi",
            f"Fg. {rng.randint(1, 60)} Part. {rng.randint(10, 999)} Sub. {rng.randint(1, 30)}",
        ),
    ]


def land_records(rng: random.Random, font: str):
    """A land registry's or land records office's receipt for copies of a register, a plan or a deed, or for a
    search (Mahabhumi, e-Dhara, HM Land Registry, Registers of Scotland, Maricopa County Recorder, Tailte Éireann,
    a Grundbuchamt, a publicité foncière, Kadaster, a Conservatoria): the office on top (the payee), the applicant
    and the registered owner (never), a survey, title, folio, APN, Blatt, cadastral or catasto reference, a recorded
    document's number and an application number (never the id), a deed's recording or the register's last entry
    (never the day paid), the copies at their fees and a convenience fee (inside the amount)."""
    currency, name, lang = _issuer(rng, LAND)
    key = _key(currency, lang)
    region = {"Mahabhumi": "MH", "e-Dhara": "GJ", "Registers": "SC"}.get(name.split()[0], key)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.55, currency, lang)
    _head(rng, rows, region if region in ("MH", "GJ") else key, lang, status, LAND_HEADS, LAND_PLAIN)
    _status66(rng, rows, words, lang)
    applicant = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Applicant", "Requested by", "Customer"],
                de=["Antragsteller/in"],
                fr=["Demandeur"],
                nl=["Aanvrager"],
                it=["Richiedente"],
            ),
            applicant,
        )
    )
    if _maybe(rng, 0.7):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Application no.", "Enquiry ref", "Case no."],
                    de=["Antragsnummer", "Geschäftszeichen"],
                    fr=["N° de demande", "N° de dossier"],
                    nl=["Aanvraagnummer", "Dossiernummer"],
                    it=["N. richiesta", "Protocollo"],
                ),
                f"{code(rng, 2, UPPER)}{digits(rng, 8)}" if currency != "INR" else digits(rng, 11),
            )
        )
    if _maybe(rng, 0.35):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Your reference"],
                    de=["Ihr Zeichen"],
                    fr=["Votre référence"],
                    nl=["Uw kenmerk"],
                    it=["Vs. riferimento"],
                ),
                rng.choice(["Sale of plot", "Mortgage file", f"{code(rng, 3, UPPER)}/{digits(rng, 4)}"]),
            )
        )
    rows.append(("rule",))
    for label, value in _parcel(rng, region, when):
        rows.append(("pair", label, value))
    if _maybe(rng, 0.7):
        owners = {
            "MH": ["Khatedar", "Name of holder"],
            "GJ": ["Khatedar", "Occupant"],
            "USD": ["Grantor", "Owner of record"],
            "SC": ["Proprietor"],
            "GBP": ["Registered proprietor"],
            "IE": ["Registered owner"],
            "de": ["Eigentümer"],
            "fr": ["Propriétaire"],
            "nl": ["Gerechtigde"],
            "it": ["Intestatario"],
        }
        rows.append(("pair", rng.choice(owners[region]), _other(rng, currency, lang, applicant)))
    if _maybe(rng, 0.55):
        other = _pick(
            rng,
            {
                "MH": ["Last mutation entry", "Mutation certified on"],
                "GJ": ["Last mutation entry"],
                "USD": ["Recorded on", "Recording date"],
                "GBP": ["Register last updated"],
                "SC": ["Title sheet updated"],
                "IE": ["Folio last updated"],
                "de": ["Letzte Eintragung"],
                "fr": ["Date de la formalité"],
                "nl": ["Datum inschrijving akte"],
                "it": ["Data di presentazione della nota"],
            },
            region,
        )
        rows.append(("pair", other, _d(_earlier(when, rng, 40, 4000), pattern, lang)))
    rows.append(("rule",))
    fees = LAND_FEES.get(region) or []
    total = 0.0
    if region == "USD":
        pages = rng.randint(2, 14)
        total += _line(rows, grouping, f"Copies ({pages} pages @ $1.00)", float(pages))
        copies = rng.randint(1, 2)
        total += _line(rows, grouping, f"Certification x {copies}", 3.0 * copies)
    else:
        for item, price in rng.sample(fees, rng.randint(1, min(3, len(fees)))):
            n = rng.choice([1, 1, 2, 3]) if region in ("MH", "GJ", "nl", "it") else 1
            total = round(total + _line(rows, grouping, f"{n} x {item}" if n > 1 else item, price * n), 2)
    if region in ("MH", "GJ") and _maybe(rng, 0.5):
        total = round(total + _line(rows, grouping, "Convenience fee", rng.choice([10.0, 20.0])), 2)
    if region == "USD" and _maybe(rng, 0.4):
        total = round(total + _line(rows, grouping, "Card service fee", 2.0), 2)
    _total68(rng, rows, fmt, total, status, lang)
    kinds = {
        "INR": ["UPI", "netbanking", "card"],
        "GBP": ["card", "netbanking"],
        "USD": ["card"],
        "IE": ["card"],
        "de": ["card", "netbanking", "cash"],
        "fr": ["card"],
        "nl": ["netbanking", "card"],
        "it": ["card", "cash"],
    }[key]
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, key not in ("de", "it"), status)
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["GRN", "Transaction ID", "Receipt No."],
            "GBP": ["Payment reference", "Transaction ID"],
            "USD": ["Receipt #", "Transaction ID"],
            "IE": ["Payment reference", "Receipt No"],
            "de": ["Quittungsnummer", "Transaktionsnummer"],
            "fr": ["N° de transaction", "Référence du paiement"],
            "nl": ["Transactienummer", "Betalingskenmerk"],
            "it": ["IUV", "Codice transazione"],
        }[key],
        {
            "INR": f"MH{digits(rng, 12)}" if region == "MH" else digits(rng, 14),
            "USD": f"R{digits(rng, 9)}",
            "it": digits(rng, 17),
        }.get(key, code(rng, 12, ALNUM)),
        0.2,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, PAID_ON[lang], 0.2, 0.4, status)
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "INR": [
                "This is a computer generated receipt and does not require signature.",
                "Extract valid for official purposes with digital signature.",
            ],
            "en": [
                "Official copies are admissible in evidence to the same extent as the original.",
                "Fees are not refundable once the copy has been issued.",
            ],
            "de": ["Die Gebühr ist mit Antragstellung fällig."],
            "fr": ["Les frais ne sont pas remboursables."],
            "nl": ["Aan deze informatie kunnen geen rechten worden ontleend."],
            "it": ["I tributi versati non sono rimborsabili."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, EMAIL, A4]), name)


# ---------------------------------------------------------------- 2 a naturalisation or citizenship fee


NATURAL = {
    "INR": [("Ministry of Home Affairs - Citizenship Division", "en")],
    "GBP": [("Home Office - UK Visas and Immigration", "en")],
    "USD": [("U.S. Citizenship and Immigration Services", "en")],
    "EUR": [
        ("Immigration Service Delivery", "en"),
        ("Landesamt für Einwanderung Berlin", "de"),
        ("Préfecture du Rhône", "fr"),
        ("Immigratie- en Naturalisatiedienst (IND)", "nl"),
        ("Ministero dell'Interno - Cittadinanza", "it"),
    ],
}
# the government payment portal that prints a share of a country's pages: its name on top, the body it
# collects for (the payee) lower on the page
PORTALS = {"INR": "Bharatkosh", "USD": "Pay.gov"}
NATURAL_FEES = {
    "INR": [
        ("Fee for registration as a citizen of India", 5000.0),
        ("Fee for certificate of naturalisation", 15000.0),
    ],
    "GBP": [
        ("Naturalisation as a British citizen", 1605.0),
        ("Registration of a child as a British citizen", 1214.0),
    ],
    "USD": [("Form N-400 (online filing)", 710.0), ("Form N-400 (paper filing)", 760.0)],
    "IE": [("Application fee (naturalisation)", 175.0)],
    "de": [("Einbürgerungsgebühr", 255.0)],
    "fr": [("Droit de timbre - naturalisation", 55.0)],
    "nl": [("Naturalisatie (alleenstaand)", 1470.0), ("Naturalisatie (gezamenlijk met partner)", 1653.0)],
    "it": [("Contributo domanda di cittadinanza", 250.0)],
}
NATIONS = {
    "en": ["Indian", "Brazilian", "Nigerian", "Filipino", "Polish", "American", "Nepali", "Kenyan"],
    "de": ["syrisch", "türkisch", "ukrainisch", "indisch"],
    "fr": ["marocaine", "algérienne", "sénégalaise", "vietnamienne"],
    "nl": ["Turks", "Marokkaans", "Surinaams", "Indiaas"],
    "it": ["albanese", "marocchina", "rumena", "peruviana"],
}


def naturalisation_fee(rng: random.Random, font: str):
    """A naturalisation or citizenship application's fee (Bharatkosh, the Ministry of Home Affairs, the Home Office,
    Pay.gov, USCIS, Immigration Service Delivery, the Landesamt für Einwanderung, a préfecture's timbre fiscal,
    the IND, the Ministero dell'Interno): the body on top (the payee), or a payment portal on top with the body under
    Agency / Payee / Paid to; the applicant and a child included (never), a date of birth, a nationality, an
    appointment or a ceremony (never the day paid), an application, case, A-number, Aktenzeichen, V-nummer or
    pratica number and a PAO or DDO code (never the id), a child's fee (inside the amount), a certificate's fee
    payable on approval or a revenue stamp applied to the form (never the amount)."""
    currency, name, lang = _issuer(rng, NATURAL)
    key = _key(currency, lang)
    payee = name
    if currency in PORTALS and _maybe(rng, 0.6):
        name = PORTALS[currency]
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.7 if payee != name else 0.5, currency, lang)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "INR": ["e-Receipt", "Challan Receipt"],
            "GBP": ["Payment receipt"],
            "USD": ["Payment Receipt", "Payment Confirmation"],
            "IE": ["Receipt for application fee"],
            "de": ["Zahlungsbestätigung", "Gebührenquittung"],
            "fr": ["Reçu - timbre fiscal électronique"],
            "nl": ["Betalingsbewijs leges"],
            "it": ["Ricevuta di pagamento"],
        },
        {
            "INR": ["Citizenship fee payment", "Online payment - citizenship"],
            "GBP": ["Apply for citizenship - payment", "Application fee"],
            "USD": ["Online filing fee", "Form N-400 - fee payment"],
            "IE": ["Citizenship application"],
            "de": ["Einbürgerung - Gebühr"],
            "fr": ["Demande de naturalisation"],
            "nl": ["Naturalisatieverzoek - leges"],
            "it": ["Domanda di cittadinanza - contributo"],
        },
    )
    _status66(rng, rows, words, lang)
    if payee != name:
        labels = ["Agency", "Payee", "Beneficiary department"] + (
            ["Paid to"] if status in (None, "success") else []
        )
        rows.append(("pair", rng.choice(labels), payee))
        if currency == "INR":
            rows.append(("pair", "PAO code", digits(rng, 6)))
            if _maybe(rng, 0.5):
                rows.append(("pair", "DDO code", digits(rng, 6)))
    applicant = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Applicant", "Applicant name", "Depositor name"] if currency == "INR" else ["Applicant"],
                de=["Antragsteller/in"],
                fr=["Demandeur"],
                nl=["Aanvrager"],
                it=["Richiedente"],
            ),
            applicant,
        )
    )
    if _maybe(rng, 0.55):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Date of birth", "DOB"],
                    de=["Geburtsdatum"],
                    fr=["Date de naissance"],
                    nl=["Geboortedatum"],
                    it=["Data di nascita"],
                ),
                _d(_earlier(when, rng, 7000, 22000), pattern, lang),
            )
        )
    if _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Current nationality", "Nationality"],
                    de=["Staatsangehörigkeit"],
                    fr=["Nationalité"],
                    nl=["Nationaliteit"],
                    it=["Cittadinanza attuale"],
                ),
                rng.choice(NATIONS[lang]),
            )
        )
    refs = {
        "INR": [("File No.", f"{digits(rng, 5)}/{when.year}-IC"), ("Application ID", f"IND{digits(rng, 9)}")],
        "GBP": [
            ("Application number", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"),
            ("GWF reference", f"GWF0{digits(rng, 8)}"),
        ],
        "USD": [("A-Number", f"A{digits(rng, 9)}"), ("USCIS Online Account Number", digits(rng, 12))],
        "IE": [
            ("Case reference", f"NAT/{digits(rng, 6)}/{when.year % 100:02d}"),
            ("Application number", digits(rng, 7)),
        ],
        "de": [("Aktenzeichen", f"EB-{digits(rng, 6)}/{when.year}"), ("Vorgangsnummer", digits(rng, 9))],
        "fr": [("N° de dossier", f"069-{digits(rng, 7)}"), ("N° étranger", digits(rng, 10))],
        "nl": [
            ("V-nummer", digits(rng, 10)),
            ("Zaaknummer", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}"),
        ],
        "it": [("Numero pratica", f"K10/{digits(rng, 6)}"), ("Codice domanda", code(rng, 10, ALNUM))],
    }[key]
    for label, value in rng.sample(refs, rng.choice([1, 1, 2])):
        if _maybe(rng, 0.8):
            rows.append(("pair", label, value))
    rows.append(("rule",))
    item, fee = rng.choice(NATURAL_FEES[key])
    total = _line(rows, grouping, item, fee)
    if key == "GBP" and item.startswith("Naturalisation") and _maybe(rng, 0.6):
        total = round(total + _line(rows, grouping, "Citizenship ceremony fee", 130.0), 2)
    if key in ("de", "nl") and _maybe(rng, 0.45):
        n = rng.randint(1, 2)
        kid = f" ({_child(rng, currency, lang)})" if n == 1 else ""
        label = {"de": f"Miteinbürgerung Kind{kid}", "nl": f"Meenaturalisatie minderjarig kind{kid}"}[key]
        price = {"de": 51.0, "nl": 150.0}[key]
        total = round(total + _line(rows, grouping, f"{n} x {label}" if n > 1 else label, price * n), 2)
    if key == "USD" and _maybe(rng, 0.3):
        rows.append(("small", "Biometric services fee included in the filing fee."))
    _total68(rng, rows, fmt, total, status, lang)
    if key == "IE" and _maybe(rng, 0.7):
        rows.append(("pair", "Certificate fee (payable on approval)", _m(950.0, grouping)))
    if key == "it" and _maybe(rng, 0.6):
        rows.append(("small", "Marca da bollo da 16,00 € da applicare sulla domanda (non inclusa)."))
    kinds = {
        "INR": ["netbanking", "card", "UPI"],
        "USD": ["card", "netbanking"],
        "it": ["card"],
    }.get(key, ["card", "netbanking"])
    method = _pay68(rng, rows, currency, lang, kinds, 0.2, True, status)
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Transaction Ref. No.", "Bharatkosh Receipt No.", "Challan Ref No."],
            "GBP": ["Payment reference", "Transaction ID"],
            "USD": ["Pay.gov Tracking ID", "Agency Tracking ID", "Confirmation number"],
            "IE": ["Payment reference", "Receipt number"],
            "de": ["Transaktionsnummer", "Zahlungsreferenz"],
            "fr": ["N° du timbre", "Référence de l'achat"],
            "nl": ["Transactienummer", "Betalingskenmerk"],
            "it": ["IUV", "Codice transazione"],
        }[key],
        {
            "INR": f"{when.strftime('%d%m%y')}{digits(rng, 8)}",
            "USD": code(rng, 8, ALNUM),
            "fr": f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
        }.get(key, code(rng, 14, ALNUM)),
        0.15,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, PAID_ON[lang], 0.15, 0.5, status)
    if _maybe(rng, 0.45):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Biometrics appointment", "Appointment"],
                    de=["Termin zur Vorsprache"],
                    fr=["Rendez-vous en préfecture"],
                    nl=["Afspraak IND-loket"],
                    it=["Convocazione in prefettura"],
                ),
                _d(_later(when, rng, 12, 120), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "en": [
                "The fee is not refundable if the application is refused.",
                "Keep this receipt; you may be asked for it at your appointment.",
            ],
            "de": ["Die Gebühr wird auch bei Ablehnung oder Rücknahme des Antrags nicht erstattet."],
            "fr": ["Le timbre fiscal n'est pas remboursable une fois utilisé."],
            "nl": ["Leges worden niet terugbetaald als de aanvraag wordt afgewezen."],
            "it": ["Il contributo non è rimborsabile in caso di rigetto della domanda."],
        },
    )
    truth = truth_fields(payee, total, currency, txn, dated, method, status)
    return (
        rows,
        truth,
        _page(font, rows, rng.choice([SCREEN, EMAIL, A4, DARK] if payee != name else [A4, EMAIL]), name),
    )


# ---------------------------------------------------------------- 3 a hunting licence or firearm certificate


HUNTING = {
    "INR": [("Pune City Police - Arms Licence Branch", "en")],
    "GBP": [("Devon & Cornwall Police - Firearms Licensing", "en")],
    "USD": [("Montana Fish, Wildlife & Parks", "en"), ("Pennsylvania Game Commission", "en")],
    "EUR": [
        ("An Garda Síochána - Firearms Licensing", "en"),
        ("Landratsamt Rosenheim - Untere Jagdbehörde", "de"),
        ("Fédération des Chasseurs de la Dordogne", "fr"),
        ("Korps Nationale Politie - Jachtakte", "nl"),
        ("Regione Toscana - Tassa regionale caccia", "it"),
    ],
}
HUNT_FEES = {
    "INR": [("Arms licence renewal fee (5 years)", 1500.0), ("Addition of weapon on licence", 500.0)],
    "GBP": [
        ("Shotgun certificate - renewal", 164.0),
        ("Firearm certificate - grant", 198.0),
        ("Firearm certificate - renewal", 158.0),
    ],
    "Montana": [
        ("Conservation License", 8.0),
        ("Base Hunting License", 10.0),
        ("Deer A License", 16.0),
        ("Elk General License", 20.0),
        ("Upland Game Bird License", 7.50),
    ],
    "Pennsylvania": [
        ("General Hunting License (Resident)", 20.97),
        ("Antlerless Deer License", 6.97),
        ("Migratory Game Bird License", 3.97),
        ("Bear License", 16.97),
    ],
    "IE": [("Firearm certificate (3 years)", 80.0)],
    "de": [("Jahresjagdschein", 60.0), ("Dreijahresjagdschein", 150.0), ("Jagdabgabe", 25.0)],
    "fr": [
        ("Redevance cynégétique départementale", 46.0),
        ("Cotisation fédérale départementale", 80.0),
        ("Assurance chasse (facultative)", 28.0),
    ],
    "nl": [("Jachtakte (1 jaar)", 147.0)],
    "it": [("Tassa regionale annuale di abilitazione all'esercizio venatorio", 84.0)],
}
AGENTS = {
    "Montana": ["Cabela's - Billings", "Bob Ward's Sports & Outdoors", "Walmart #2234 - Missoula"],
    "Pennsylvania": ["Dunham's Sports #88", "Walmart #1985 - Altoona", "Gander Outdoors - Harrisburg"],
}
GUNS = ["12 bore DBBL", "Beretta Silver Pigeon 12g", "Browning B525", ".22 LR rifle", "Sauer 101 .308"]


def hunting_licence(rng: random.Random, font: str):
    """A hunting licence or firearm certificate (an Indian police commissionerate's arms licence branch, a UK police
    force's firearms licensing, Montana FWP, the Pennsylvania Game Commission sold by an agent, An Garda Síochána, an
    untere Jagdbehörde, a Fédération des Chasseurs, the Korps Nationale Politie, a region's tassa di caccia): the
    body on top (the payee), the licensee and a date of birth, a licence, certificate, customer, hunter or UIN
    number, a gun's serial, tags issued (never the id), a licence year, season or validity (never the day paid), an
    agent that sold it (never the payee), a duck stamp or an optional insurance (inside the amount where charged), a
    state tax paid apart (never the amount)."""
    currency, name, lang = _issuer(rng, HUNTING)
    key = _key(currency, lang)
    region = name.split()[0] if currency == "USD" else key
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    slip = currency == "USD" and "Mono" in font
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.45, currency, lang)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "INR": ["Fee Receipt - Arms Licence"],
            "GBP": ["Payment receipt"],
            "USD": ["License Sales Receipt", "Customer Receipt"],
            "IE": ["Receipt - firearm certificate fee"],
            "de": ["Gebührenquittung"],
            "fr": ["Reçu - validation du permis de chasser"],
            "nl": ["Betalingsbewijs jachtakte"],
            "it": ["Ricevuta di versamento"],
        },
        {
            "INR": ["Renewal of arms licence"],
            "GBP": ["Certificate application", "Renewal application"],
            "USD": ["Hunting licenses", "License purchase"],
            "IE": ["Firearm certificate application"],
            "de": ["Jagdscheinerteilung", "Verlängerung Jagdschein"],
            "fr": ["Validation annuelle", "Saison 2026-2027"],
            "nl": ["Aanvraag jachtakte"],
            "it": ["Tassa regionale - stagione venatoria"],
        },
    )
    _status66(rng, rows, words, lang)
    if currency == "USD" and _maybe(rng, 0.6):
        rows.append(("pair", "Agent", rng.choice(AGENTS[region])))
    licensee = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Licensee", "Certificate holder", "Name"]
                if currency != "USD"
                else ["Customer", "Hunter"],
                de=["Inhaber/in", "Jäger/in"],
                fr=["Chasseur", "Titulaire"],
                nl=["Houder", "Aanvrager"],
                it=["Titolare", "Cacciatore"],
            ),
            licensee,
        )
    )
    if _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Date of birth", "DOB"],
                    de=["Geb."],
                    fr=["Né(e) le"],
                    nl=["Geboren"],
                    it=["Nato/a il"],
                ),
                _d(_earlier(when, rng, 7000, 24000), pattern, lang),
            )
        )
    numbers = {
        "INR": (
            ["UIN", "Licence No."],
            f"{digits(rng, 15)}",
            f"PUNE/ARMS/{digits(rng, 4)}/{when.year - rng.randint(3, 20)}",
        ),
        "GBP": (["Certificate no.", "Shotgun certificate no."], f"DC{digits(rng, 6)}", None),
        "USD": (
            ["ALS No.", "CID"],
            f"{digits(rng, 2)}-{digits(rng, 6)}" if region == "Montana" else digits(rng, 9),
            None,
        ),
        "IE": (["Certificate no.", "Garda reference"], f"FC{digits(rng, 7)}", None),
        "de": (["Jagdschein-Nr.", "Aktenzeichen"], f"RO-{digits(rng, 5)}", None),
        "fr": (["N° de permis", "Identifiant chasseur"], digits(rng, 11), None),
        "nl": (["Registratienummer", "Jachtaktenummer"], f"J{digits(rng, 7)}", None),
        "it": (
            ["N. licenza di porto di fucile", "N. tesserino venatorio"],
            f"{digits(rng, 6)}-{code(rng, 1, UPPER)}",
            None,
        ),
    }[key]
    rows.append(("pair", rng.choice(numbers[0]), numbers[1]))
    if numbers[2] and _maybe(rng, 0.6):
        rows.append(("pair", "Old licence no.", numbers[2]))
    if key in ("INR", "GBP", "IE") and _maybe(rng, 0.6):
        rows.append(
            (
                "pair",
                rng.choice(["Weapon", "Firearm", "Shotgun"]),
                f"{rng.choice(GUNS)}, S/No. {code(rng, 2, UPPER)}{digits(rng, 6)}",
            )
        )
    season = when.year if when.month >= 3 else when.year - 1
    period = {
        "INR": ("Valid up to", _d(_later(when, rng, 1700, 1830), pattern, lang)),
        "GBP": ("Certificate expires", _d(_later(when, rng, 1700, 1830), pattern, lang)),
        "USD": (
            "License year",
            f"{season}-{season + 1}" if region == "Montana" else f"{season}-{(season + 1) % 100:02d}",
        ),
        "IE": ("Valid until", _d(_later(when, rng, 1000, 1095), pattern, lang)),
        "de": ("Jagdjahr", f"1.4.{season} - 31.3.{season + 1}"),
        "fr": ("Saison", f"{season}-{season + 1}"),
        "nl": ("Geldig tot", _d(_later(when, rng, 300, 365), pattern, lang)),
        "it": ("Stagione venatoria", f"{season}/{season + 1}"),
    }[key]
    rows.append(("pair", period[0], period[1]))
    rows.append(("rule",))
    fees = HUNT_FEES.get(region) or HUNT_FEES[key]
    if key in ("de", "fr") or region in ("Montana", "Pennsylvania"):
        chosen = rng.sample(fees, rng.randint(2, min(4, len(fees))))
        if key == "de":
            chosen = [fee for fee in chosen if fee[0] != "Dreijahresjagdschein"] or chosen[:1]
    else:
        chosen = [rng.choice(fees)]
    total = 0.0
    for item, price in chosen:
        total = round(total + _line(rows, grouping, item, price), 2)
    if currency == "USD" and _maybe(rng, 0.3):
        total = round(total + _line(rows, grouping, "Federal Duck Stamp", 25.0), 2)
    if key == "INR" and _maybe(rng, 0.3):
        total = round(total + _line(rows, grouping, "Late fee", 500.0), 2)
    _total68(rng, rows, fmt, total, status, lang)
    if key == "it" and _maybe(rng, 0.6):
        rows.append(("small", "Tassa di concessione governativa (173,16 €) da versare a parte."))
    kinds = {
        "INR": ["UPI", "netbanking", "card"],
        "USD": ["card", "cash"],
        "de": ["cash", "card", "netbanking"],
        "it": ["card", "netbanking"],
    }.get(key, ["card", "netbanking"])
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, not slip and key not in ("de", "USD"), status)
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Transaction ID", "Receipt No.", "GRN"],
            "USD": ["Transaction #", "Sale No."],
            "de": ["Quittungsnummer", "Beleg-Nr."],
            "fr": ["N° de transaction", "Référence de paiement"],
            "nl": ["Transactienummer"],
            "it": ["IUV", "Codice identificativo versamento"],
        }.get(key, ["Payment reference", "Transaction ID"]),
        {"USD": digits(rng, 8), "it": digits(rng, 17)}.get(key, code(rng, 11, ALNUM)),
        0.2,
        status,
        lang,
    )
    if slip and _maybe(rng, 0.7):
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 0.8)))
        dated = when
    else:
        dated = _dated66(rng, rows, when, pattern, currency, lang, PAID_ON[lang], 0.2, 0.4, status)
    if currency == "USD" and _maybe(rng, 0.5):
        rows.append(("small", f"Tags issued: {', '.join(digits(rng, 7) for _ in range(rng.randint(1, 2)))}"))
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "INR": [
                "Licence fee once deposited is not refundable.",
                "Produce this receipt at the licensing counter.",
            ],
            "GBP": ["The fee is not refundable if the application is refused or withdrawn."],
            "USD": ["Licenses are non-refundable and non-transferable.", "Carry your license while hunting."],
            "IE": ["Fees are not refundable."],
            "de": ["Der Jagdschein ist bei der Jagdausübung mitzuführen."],
            "fr": ["Le permis validé doit être présenté à toute réquisition."],
            "nl": ["Leges worden niet terugbetaald."],
            "it": ["Conservare la ricevuta insieme al tesserino venatorio."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    style = _sized(THERMAL, 18) if slip else rng.choice([A4, EMAIL, PAPER])
    return rows, truth, _page(font, rows, style, name, 400 if slip else None)


# ---------------------------------------------------------------- 4 a boat's waterway licence


BOATING = {
    "INR": [("Kerala Maritime Board", "en")],
    "GBP": [("Canal & River Trust", "en"), ("Environment Agency - Navigation", "en")],
    "USD": [("Minnesota DNR - Watercraft Registration", "en")],
    "EUR": [
        ("Waterways Ireland", "en"),
        ("Landratsamt Konstanz - Schifffahrt", "de"),
        ("Voies navigables de France", "fr"),
        ("Gemeente Amsterdam - Binnenhavengeld", "nl"),
    ],
}
# lengths in metres: narrowboats on the canals, smaller craft elsewhere, houseboats in Kerala
BOAT_LENGTHS = {
    "INR": [18.0, 21.5, 24.0],
    "Canal": [12.5, 15.2, 17.7, 19.8, 21.0],
    "Environment": [6.5, 8.2, 9.0, 10.5],
    "USD": [4.3, 4.9, 5.5, 6.1, 7.0],
    "IE": [8.2, 10.0, 12.5, 15.2],
    "de": [5.0, 6.5, 7.5, 8.5],
    "fr": [8.0, 10.0, 12.0, 14.5],
    "nl": [4.5, 5.5, 6.5, 7.5],
}
BOAT_NAMES = [
    "Kingfisher",
    "Dawn Treader",
    "Lazy Otter",
    "Blue Heron",
    "Morning Star",
    "Halcyon",
    "Jalpari",
    "Marlin",
]
MARINAS = {
    "INR": ["Punnamada Jetty, Alappuzha", "Kumarakom Boat Terminal"],
    "GBP": ["Braunston Marina", "Mercia Marina", "Droitwich Spa Marina"],
    "USD": ["Lake Minnetonka - Wayzata Bay", "Mille Lacs - Isle Marina"],
    "IE": ["Carrick-on-Shannon Marina", "Portumna Harbour"],
    "de": ["Hafen Radolfzell", "Yachthafen Überlingen"],
    "fr": ["Port de plaisance de Saint-Jean-de-Losne", "Halte nautique de Briare"],
    "nl": ["Jachthaven Sixhaven", "Westerdok ligplaats"],
}
BOAT_FEES = {
    "INR": [
        ("Houseboat licence renewal (1 year)", 5000.0),
        ("Annual survey fee", 2000.0),
        ("Registration fee", 1500.0),
    ],
    "Canal": [("12-month licence", 1150.0), ("6-month licence", 640.0), ("3-month licence", 345.0)],
    "Environment": [
        ("Annual registration - Anglian waterways", 420.0),
        ("Annual registration - Thames", 560.0),
    ],
    "USD": [
        ("Watercraft registration, 3 yrs", 45.0),
    ],
    "IE": [
        ("Shannon Navigation - annual permit", 126.0),
        ("Grand Canal - combined mooring and passage permit", 152.0),
    ],
    "de": [
        ("Zulassung Motorboot (Bodensee)", 120.0),
        ("Umschreibung Zulassung", 40.0),
        ("Kennzeichenschild", 25.0),
    ],
    "fr": [
        ("Vignette plaisance - annuelle", 340.0),
        ("Vignette 30 jours", 120.0),
        ("Vignette vacances (16 jours)", 85.0),
    ],
    "nl": [("Binnenhavengeld 2026", 192.0), ("Binnenhavengeld (elektrische motor)", 96.0)],
}


def boat_licence(rng: random.Random, font: str):
    """A boat's waterway licence or registration (the Kerala Maritime Board, the Canal & River Trust, the Environment
    Agency, the Minnesota DNR, Waterways Ireland, the Landratsamt Konstanz, Voies navigables de France, Amsterdam's
    binnenhavengeld): the body on top (the payee), the owner and the boat's name (never), an index, registration,
    HIN, licence or vignette number and an insurer's policy (never the id), a home mooring (never the payee), a
    licence period and a safety certificate's expiry (never the day paid), a prompt-payment discount, a surcharge and
    a late renewal's penalty (inside the amount), a direct debit and its mandate or another way to pay."""
    currency, name, lang = _issuer(rng, BOATING)
    key = _key(currency, lang)
    region = name.split()[0] if key == "GBP" else key
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.5, currency, lang)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "en": ["Licence receipt", "Payment confirmation"],
            "USD": ["Registration receipt"],
            "de": ["Gebührenquittung"],
            "fr": ["Reçu - vignette plaisance"],
            "nl": ["Betalingsbewijs binnenhavengeld"],
        },
        {
            "en": ["Boat licence", "Boat licence renewal"],
            "INR": ["Licence for inland vessel"],
            "USD": ["Watercraft registration renewal"],
            "de": ["Zulassung von Wasserfahrzeugen"],
            "fr": ["Péage plaisance"],
            "nl": ["Vaarvignet"],
        },
    )
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Licence holder", "Owner", "Customer name"],
                de=["Eigner/in", "Halter/in"],
                fr=["Propriétaire", "Titulaire"],
                nl=["Eigenaar", "Naam"],
            ),
            _who(rng, currency, lang),
        )
    )
    boat = rng.choice(BOAT_NAMES)
    length = rng.choice(BOAT_LENGTHS.get(region) or BOAT_LENGTHS[key])
    feet = round(length * 3.28)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Boat name", "Vessel"],
                de=["Bootsname"],
                fr=["Nom du bateau"],
                nl=["Naam vaartuig"],
            ),
            boat if key != "INR" else f"HB {boat}",
        )
    )
    numbers = {
        "INR": ("Reg. No.", f"KL/ALP/HB/{digits(rng, 4)}"),
        "GBP": (
            "Index no." if region == "Canal" else "Registration no.",
            digits(rng, 5 if region == "Canal" else 6),
        ),
        "USD": ("MN number", f"MN {digits(rng, 4)} {code(rng, 2, UPPER)}"),
        "IE": ("Permit no.", f"WI-{digits(rng, 6)}"),
        "de": ("Kennzeichen", f"KN-{code(rng, 1, UPPER)} {digits(rng, 4)}"),
        "fr": ("N° de vignette", digits(rng, 9)),
        "nl": ("Vignetnummer", f"A{digits(rng, 6)}"),
    }[key]
    rows.append(("pair", numbers[0], numbers[1]))
    if key == "USD" and _maybe(rng, 0.6):
        rows.append(
            ("pair", "HIN", f"{code(rng, 3, UPPER)}{digits(rng, 5)}{code(rng, 1, UPPER)}{digits(rng, 3)}")
        )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Length"], de=["Länge"], fr=["Longueur"], nl=["Lengte"]),
            f"{feet} ft"
            if key in ("GBP", "USD")
            else (f"{length:g} m".replace(".", ",") if lang != "en" else f"{length:g} m"),
        )
    )
    if key in MARINAS and _maybe(rng, 0.55):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Home mooring", "Mooring"],
                    de=["Liegeplatz"],
                    fr=["Port d'attache"],
                    nl=["Ligplaats"],
                ),
                rng.choice(MARINAS[key]),
            )
        )
    if _maybe(rng, 0.45):
        insurer = {
            "INR": "New India Assurance",
            "GBP": "Navigators & General",
            "USD": "Progressive",
            "IE": "Allianz",
            "de": "Pantaenius",
            "fr": "MMA",
            "nl": "Kuiper Verzekeringen",
        }[key]
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Insurer / policy"],
                    de=["Versicherung / Police"],
                    fr=["Assureur / police"],
                    nl=["Verzekeraar / polis"],
                ),
                f"{insurer} / {code(rng, 2, UPPER)}{digits(rng, 7)}",
            )
        )
    start = _later(when, rng, 1, 20)
    years = (1090, 1096) if key == "USD" else (360, 366)
    if key == "GBP" and _maybe(rng, 0.5):
        rows.append(
            ("pair", "Boat Safety certificate expires", _d(_later(when, rng, 200, 1400), pattern, lang))
        )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Licence period", "Valid"], de=["Gültig"], fr=["Validité"], nl=["Geldig"]),
            f"{_d(start, pattern, lang)} - {_d(_later(start, rng, *years), pattern, lang)}",
        )
    )
    rows.append(("rule",))
    item, price = rng.choice(BOAT_FEES.get(region) or BOAT_FEES[key])
    if key == "GBP" and region == "Canal":
        price = round(price * length / 17.7, 2)
        item = f"{item} ({feet} ft)"
    if key == "USD":
        price = 45.0 if feet < 17 else (70.0 if feet < 20 else 95.0)
        item = f"{item} ({'under 17' if feet < 17 else ('17-19' if feet < 20 else '20 and over')} ft)"
    total = _line(rows, grouping, item, price)
    if key == "USD" and _maybe(rng, 0.7):
        total = round(
            total + _line(rows, grouping, "AIS surcharge", 10.60) + _line(rows, grouping, "Filing fee", 4.50),
            2,
        )
    if region == "Canal" and _maybe(rng, 0.5):
        total = round(
            total + _line(rows, grouping, "Prompt payment discount (5%)", -round(price * 0.05, 2)), 2
        )
    if key == "INR" and _maybe(rng, 0.3):
        total = round(total + _line(rows, grouping, "Penalty for late renewal", 1000.0), 2)
    _total68(rng, rows, fmt, total, status, lang)
    if key in ("GBP", "IE", "de", "fr", "nl") and _maybe(rng, 0.35):
        method = _debit(rng, rows, currency, lang, status)
        labels = DEBITED_ON[lang]
    else:
        kinds = {"INR": ["UPI", "netbanking", "cash"], "USD": ["card"], "fr": ["card"]}.get(
            key, ["card", "netbanking"]
        )
        method = _pay68(rng, rows, currency, lang, kinds, 0.25, key != "INR", status)
        labels = PAID_ON[lang]
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Receipt No.", "Transaction ID"],
            "USD": ["Transaction ID", "Confirmation #"],
            "de": ["Quittungsnummer", "Kassenbeleg-Nr."],
            "fr": ["Référence de la transaction", "N° de commande"],
            "nl": ["Transactienummer", "Betalingskenmerk"],
        }.get(key, ["Payment reference", "Transaction ID", "Receipt No"]),
        {"INR": f"KMB/{digits(rng, 6)}", "USD": digits(rng, 10)}.get(key, code(rng, 10, ALNUM)),
        0.2,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, labels, 0.2, 0.35, status)
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "en": [
                "Display your licence on both sides of the boat.",
                "Licences are not transferable to another boat.",
            ],
            "USD": ["Display registration decals on both sides of the bow."],
            "de": ["Das Kennzeichen ist beidseitig gut sichtbar anzubringen."],
            "fr": ["La vignette doit être apposée de manière visible."],
            "nl": ["Het vignet moet zichtbaar op het vaartuig zijn aangebracht."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, SCREEN, A4, PAPER]), name)


# ---------------------------------------------------------------- 5 a pension or social contribution


PENSIONS = {
    "INR": [("Employees' Provident Fund Organisation", "en"), ("Maharashtra Labour Welfare Board", "en")],
    "GBP": [("Nest Pensions", "en"), ("The People's Pension", "en")],
    "USD": [("CalSavers Retirement Savings Program", "en")],
    "EUR": [
        ("Department of Social Protection", "en"),
        ("Minijob-Zentrale", "de"),
        ("Deutsche Rentenversicherung Bund", "de"),
        ("Urssaf - Cesu", "fr"),
        ("Sociale Verzekeringsbank", "nl"),
        ("INPS", "it"),
    ],
}
FIRMS = ["Sai Krupa Enterprises", "Shree Datta Engineering Works", "Anand Printers", "Kaveri Tiffin Services"]


def _contributions(rng, rows, grouping, name, key, when, lang):
    """The contribution's lines as the body prints them (a wage or a tax relief beside them is never the amount);
    the sum paid and the period's words."""
    month = _month(_earlier(when, rng, 20, 40), lang)
    if name.startswith("Employees'"):
        members = rng.randint(1, 6)
        wages = float(members * rng.choice([12000, 15000, 15000]))
        rows.append(("pair", "Wage month", month))
        rows.append(("pair", "Total members", str(members)))
        rows.append(("pair", "EPF wages", _m(wages, grouping)))
        shares = [
            ("A/C 01 - EE share (12%)", round(wages * 0.12)),
            ("A/C 01 - ER share (3.67%)", round(wages * 0.0367)),
            ("A/C 10 - EPS (8.33%)", round(wages * 0.0833)),
            ("A/C 02 - Admin charges (0.50%)", max(75, round(wages * 0.005))),
            ("A/C 21 - EDLI (0.50%)", round(wages * 0.005)),
        ]
        return round(sum(_line(rows, grouping, label, float(value)) for label, value in shares), 2)
    if name.startswith("Maharashtra"):
        members = rng.randint(2, 25)
        half = "January - June" if when.month >= 7 else "July - December"
        rows.append(("pair", "Period", f"{half} {when.year if when.month >= 7 else when.year - 1}"))
        rows.append(("pair", "No. of employees", str(members)))
        return round(
            _line(rows, grouping, f"Employee contribution @ Rs. 12 x {members}", 12.0 * members)
            + _line(rows, grouping, f"Employer contribution @ Rs. 36 x {members}", 36.0 * members),
            2,
        )
    if key == "GBP":
        pay = round(rng.uniform(900, 2600), 2)
        rows.append(("pair", "Pay reference period", month))
        rows.append(("pair", "Qualifying earnings", _m(pay, grouping)))
        worker = round(pay * 0.04, 2)
        rows.append(("pair", "Tax relief added (not paid by you)", _m(round(worker * 0.25, 2), grouping)))
        return round(
            _line(rows, grouping, "Employer contribution (3%)", round(pay * 0.03, 2))
            + _line(rows, grouping, "Worker contribution (4% net)", worker),
            2,
        )
    if key == "USD":
        rows.append(
            ("pair", "Contribution type", rng.choice(["One-time contribution", "Recurring contribution"]))
        )
        rows.append(("pair", "Tax year", str(when.year)))
        return _line(rows, grouping, "Roth IRA contribution", float(rng.choice([50, 100, 150, 250, 500])))
    if key == "IE":
        income = float(rng.randint(9000, 30000))
        rows.append(("pair", "Contribution year", str(when.year - 1)))
        rows.append(("pair", "Reckonable income", _m(income, grouping)))
        return _line(
            rows, grouping, "Voluntary contribution (6.6%, min. 500)", max(500.0, round(income * 0.066, 2))
        )
    if name.startswith("Minijob"):
        wage = float(rng.choice([250, 300, 400, 450, 520, 556])) * 6
        rows.append(
            (
                "pair",
                "Abrechnungszeitraum",
                f"Januar - Juni {when.year}" if when.month > 6 else f"Juli - Dezember {when.year - 1}",
            )
        )
        rows.append(("pair", "Arbeitsentgelt", _m(wage, grouping)))
        parts = [
            ("Rentenversicherung 5 %", 0.05),
            ("Krankenversicherung 5 %", 0.05),
            ("Pauschsteuer 2 %", 0.02),
            ("Umlage U1 1,1 %", 0.011),
            ("Umlage U2 0,22 %", 0.0022),
            ("Unfallversicherung 1,6 %", 0.016),
        ]
        return round(sum(_line(rows, grouping, label, round(wage * rate, 2)) for label, rate in parts), 2)
    if key == "de":
        months = rng.randint(1, 6)
        rows.append(("pair", "Beitragsmonate", f"{months} ({_month(when, lang)} ff.)"))
        return _line(rows, grouping, f"Freiwillige Beiträge {months} x 103,42 €", round(103.42 * months, 2))
    if key == "fr":
        net = float(rng.randint(120, 900))
        rows.append(("pair", "Période d'emploi", month))
        rows.append(("pair", "Heures déclarées", str(rng.randint(8, 60))))
        rows.append(("pair", "Salaire net versé au salarié", _m(net, grouping)))
        return _line(rows, grouping, "Cotisations sociales prélevées", round(net * 0.52, 2))
    if key == "nl":
        quarter = (when.month - 1) // 3 + 1
        rows.append(("pair", "Verzekering", "Vrijwillige verzekering AOW/Anw"))
        rows.append(("pair", "Periode", f"{quarter}e kwartaal {when.year}"))
        return _line(rows, grouping, "Premie", round(rng.uniform(180, 1600), 2))
    hours = rng.randint(60, 200)
    quarter = (when.month - 1) // 3 or 4
    rows.append(("pair", "Trimestre", f"{quarter}° trimestre {when.year if quarter < 4 else when.year - 1}"))
    rows.append(("pair", "Ore retribuite", str(hours)))
    rows.append(("pair", "Retribuzione oraria effettiva", _m(9.5, grouping)))
    return round(
        _line(rows, grouping, "Contributi INPS", round(hours * 1.63, 2))
        + _line(rows, grouping, "Contributo Cas.Sa.Colf", round(hours * 0.06, 2)),
        2,
    )


def pension_contribution(rng: random.Random, font: str):
    """A pension, provident-fund or household employer's social contribution (EPFO's challan, the Maharashtra
    Labour Welfare Board, Nest, The People's Pension, CalSavers, the Department of Social Protection's voluntary
    PRSI, the Minijob-Zentrale's Haushaltsscheck, the Deutsche Rentenversicherung, Urssaf's Cesu, the SVB, INPS for
    a domestic worker): the body on top (the payee), an establishment or employer (a firm's name, never the payee)
    and a worker or member, an establishment ID, UAN, employer reference, PPSN, Betriebsnummer, Versicherungsnummer,
    klantnummer or codice rapporto (never the id), a wage month, a contribution period, a tax year and a due day
    (never the day paid), wages, earnings, income and a net wage paid to the worker, a tax relief added by the
    state (never the amount), the shares that make the sum, a direct debit and its mandate or another way to pay."""
    currency, name, lang = _issuer(rng, PENSIONS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.6, currency, lang)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "INR": ["Payment Receipt", "Challan Payment Confirmation"],
            "en": ["Contribution receipt", "Contribution statement"],
            "de": ["Zahlungsbestätigung", "Beitragsquittung"],
            "fr": ["Attestation de paiement"],
            "nl": ["Betalingsbevestiging premie"],
            "it": ["Ricevuta di versamento"],
        },
        {
            "INR": ["Combined Challan of A/C No. 01, 02, 10, 21 & 22"]
            if name.startswith("Employees'")
            else ["Labour Welfare Fund - Contribution"],
            "en": ["Contribution schedule", "Payment summary"],
            "USD": ["Contribution summary"],
            "de": ["Beitragsnachweis", "Haushaltsscheck - Abrechnung"]
            if name.startswith("Minijob")
            else ["Freiwillige Versicherung"],
            "fr": ["Déclaration Cesu - avis de prélèvement"],
            "nl": ["Premienota"],
            "it": ["Lavoro domestico - versamento contributi"],
        },
    )
    _status66(rng, rows, words, lang)
    employer_labels = {
        "INR": ["Establishment name", "Employer"],
        "en": ["Employer", "Employer name"],
        "USD": ["Saver", "Account holder"],
        "de": ["Arbeitgeber/in", "Privathaushalt (Arbeitgeber)"],
        "fr": ["Employeur"],
        "nl": ["Verzekerde", "Naam"],
        "it": ["Datore di lavoro"],
    }
    firm = name.startswith(("Employees'", "Maharashtra"))
    payer = rng.choice(FIRMS) if firm else _who(rng, currency, lang)
    if name.startswith("Deutsche"):
        employer_labels["de"] = ["Versicherte/r"]
    rows.append(("pair", _pick(rng, employer_labels, key, lang), payer))
    ids = {
        "INR": ("Establishment ID", f"MHBAN{digits(rng, 7)}000")
        if name.startswith("Employees'")
        else ("LWF Reg. No.", f"MLWB/{digits(rng, 6)}"),
        "GBP": ("Employer reference", f"EMP{digits(rng, 9)}"),
        "USD": ("Account ID", digits(rng, 10)),
        "IE": ("PPSN", f"{digits(rng, 7)}{code(rng, 1, 'ABCDEFGHKLMNPTW')}A"),
        "de": ("Betriebsnummer", digits(rng, 8))
        if name.startswith("Minijob")
        else (
            "Versicherungsnummer",
            f"{digits(rng, 2)} {digits(rng, 6)} {code(rng, 1, UPPER)} {digits(rng, 3)}",
        ),
        "fr": ("N° Cesu employeur", digits(rng, 11)),
        "nl": ("Klantnummer", digits(rng, 9)),
        "it": ("Codice rapporto di lavoro", digits(rng, 10)),
    }[key]
    rows.append(("pair", ids[0], ids[1]))
    worker_labels = {
        "GBP": ["Worker", "Member"],
        "de": ["Haushaltshilfe"],
        "fr": ["Salarié(e)"],
        "it": ["Lavoratore/trice domestico/a"],
        "INR": ["Member"],
    }
    if (key in ("GBP", "fr", "it") or name.startswith("Minijob") or name.startswith("Employees'")) and _maybe(
        rng, 0.6
    ):
        rows.append(
            ("pair", rng.choice(worker_labels.get(key, ["Member"])), _other(rng, currency, lang, payer))
        )
        if name.startswith("Employees'"):
            rows.append(("pair", "UAN", digits(rng, 12)))
    rows.append(("rule",))
    total = _contributions(rng, rows, grouping, name, key, when, lang)
    _total68(rng, rows, fmt, total, status, lang)
    if _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Due date", "Due by"],
                    de=["Fälligkeit", "Fällig am"],
                    fr=["Date d'échéance"],
                    nl=["Vervaldatum", "Uiterste betaaldatum"],
                    it=["Scadenza"],
                ),
                _d(
                    _earlier(when, rng, 1, 8) if _maybe(rng, 0.5) else _later(when, rng, 2, 12), pattern, lang
                ),
            )
        )
    if key in ("GBP", "de", "fr", "nl", "it") and _maybe(rng, 0.6):
        method = _debit(rng, rows, currency, lang, status)
        labels = DEBITED_ON[lang]
    else:
        kinds = {"INR": ["netbanking", "UPI"], "USD": ["netbanking"], "IE": ["netbanking", "card"]}.get(
            key, ["netbanking", "card"]
        )
        method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
        labels = PAID_ON[lang]
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Bank Ref No", "Transaction ID", "CRN"],
            "GBP": ["Payment reference", "Transaction reference"],
            "USD": ["Confirmation number", "Transaction ID"],
            "IE": ["Payment reference", "Receipt number"],
            "de": ["Zahlungsreferenz", "Buchungsnummer"],
            "fr": ["Référence de l'opération", "N° de prélèvement"],
            "nl": ["Betalingskenmerk"],
            "it": ["IUV", "Codice avviso"],
        }[key],
        {
            "INR": digits(rng, 13),
            "it": digits(rng, 18),
            "nl": f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
        }.get(key, code(rng, 12, ALNUM)),
        0.2,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, labels, 0.2, 0.35, status)
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "INR": [
                "Damages and interest are levied on delayed remittance.",
                "This is a system generated receipt.",
            ],
            "en": [
                "Contributions are invested in line with your chosen fund.",
                "Tell us if any of the details above are wrong.",
            ],
            "USD": ["Contributions to a Roth IRA are subject to annual IRS limits."],
            "de": ["Bitte bewahren Sie diese Bestätigung für Ihre Unterlagen auf."],
            "fr": ["Vous bénéficiez d'un crédit d'impôt de 50 % des sommes versées."],
            "nl": ["Bewaar deze nota bij uw administratie."],
            "it": ["In caso di ritardo si applicano le sanzioni civili previste."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([A4, EMAIL, SCREEN]), name)


# ---------------------------------------------------------------- 6 a cemetery's burial or grave fees


CEMETERIES = {
    "INR": [("Christian Burial Board, Kolkata", "en"), ("St. Mary's Church Cemetery Committee", "en")],
    "GBP": [("Brookwood Cemetery", "en"), ("Highgate Cemetery", "en")],
    "USD": [("Green-Wood Cemetery", "en"), ("Mount Auburn Cemetery", "en")],
    "EUR": [
        ("Glasnevin Trust", "en"),
        ("Hamburger Friedhöfe AöR - Ohlsdorf", "de"),
        ("Ville de Lyon - Service des cimetières", "fr"),
        ("Begraafplaats Zorgvlied", "nl"),
        ("Servizi Cimiteriali - Comune di Bologna", "it"),
    ],
}
# a burial now ("new") or an old grave's renewal, upkeep or memorial ("old")
GRAVE_FEES = {
    "INR": {
        "new": [
            ("Grave site allotment", 15000.0),
            ("Burial charges", 3500.0),
            ("Grave digging and filling", 2500.0),
        ],
        "old": [("Permission for headstone / cross", 1500.0), ("Annual grave maintenance", 1200.0)],
    },
    "GBP": {
        "new": [
            ("Exclusive Right of Burial (75 years)", 2650.0),
            ("Interment fee", 1150.0),
            ("Saturday surcharge", 400.0),
        ],
        "old": [
            ("Memorial permit", 195.0),
            ("Transfer of Exclusive Right of Burial", 95.0),
            ("Grave maintenance", 120.0),
        ],
    },
    "USD": {
        "new": [
            ("Interment - single depth", 2450.0),
            ("Opening and closing", 1895.0),
            ("Tent and chairs", 225.0),
        ],
        "old": [("Foundation for marker", 650.0), ("Perpetual care fee", 400.0), ("Marker setting", 275.0)],
    },
    "IE": {
        "new": [("Grave plot (single)", 4500.0), ("Interment fee", 975.0)],
        "old": [("Headstone permit", 150.0), ("Grave maintenance (annual)", 95.0)],
    },
    "de": {
        "new": [
            ("Grabnutzungsgebühr Reihengrab (25 J.)", 1860.0),
            ("Bestattungsgebühr Erdbestattung", 980.0),
            ("Kapellennutzung", 250.0),
        ],
        "old": [("Verlängerung Nutzungsrecht (5 J.)", 420.0), ("Genehmigung Grabmal", 85.0)],
    },
    "fr": {
        "new": [
            ("Concession trentenaire (2 m²)", 786.0),
            ("Droit d'inhumation", 52.0),
            ("Caveau provisoire", 40.0),
        ],
        "old": [("Renouvellement concession (15 ans)", 393.0), ("Autorisation de travaux (monument)", 30.0)],
    },
    "nl": {
        "new": [("Grafrechten (20 jaar)", 3280.0), ("Begraven volwassene", 1255.0)],
        "old": [
            ("Verlenging grafrechten (10 jaar)", 1640.0),
            ("Onderhoud graf (10 jaar)", 980.0),
            ("Vergunning gedenkteken", 140.0),
        ],
    },
    "it": {
        "new": [
            ("Concessione loculo (30 anni)", 2800.0),
            ("Tumulazione", 320.0),
            ("Allacciamento lampada votiva", 35.0),
        ],
        "old": [("Lampada votiva - canone annuo", 22.0), ("Rinnovo concessione (10 anni)", 950.0)],
    },
}
FUNERAL_DIRECTORS = {
    "INR": ["Dignity Funeral Services", "Anthyesti Funeral Services"],
    "GBP": ["Co-op Funeralcare", "A. France & Son"],
    "USD": ["Guida-Lucano Funeral Home", "Brooklyn Memorial Chapels"],
    "IE": ["Fanagans Funeral Directors", "Massey Bros."],
    "de": ["Bestattungshaus Möller", "GBI Großhamburger Bestattungsinstitut"],
    "fr": ["Pompes Funèbres Générales", "PF Rhône Obsèques"],
    "nl": ["Uitvaartzorg De Boer", "Dela Uitvaartverzorging"],
    "it": ["Onoranze Funebri Rossi", "Agenzia Funebre Bolognese"],
}


def cemetery_fee(rng: random.Random, font: str):
    """A cemetery's receipt for burial, grave or grave-rights fees (the Christian Burial Board, a church's cemetery
    committee, Brookwood, Highgate, Green-Wood, Mount Auburn, Glasnevin, Ohlsdorf, Lyon's service des cimetières,
    Zorgvlied, Bologna's servizi cimiteriali): the cemetery on top (the payee), the deceased, a grantee or applicant
    and a funeral director (never the payee), a date of death, an interment and a grant's or concession's expiry
    (never the day paid), a grave's section, row and number and a deed, grant or concession number (never the
    id), the fees for a burial or for an old grave, a deposit or retainer paid earlier taken off (the balance is
    the amount)."""
    currency, name, lang = _issuer(rng, CEMETERIES)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.4, currency, lang)
    recent = _maybe(rng, 0.6)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "en": [
                "Receipt",
                "Official receipt",
                "Interment fee receipt" if recent else "Grave fees receipt",
            ],
            "de": ["Quittung", "Gebührenquittung"],
            "fr": ["Reçu", "Quittance"],
            "nl": ["Kwitantie"],
            "it": ["Ricevuta", "Quietanza"],
        },
        {
            "en": ["Burial and grave charges", "Cemetery charges"]
            if recent
            else ["Grave renewal", "Cemetery charges"],
            "de": ["Friedhofsgebühren", "Grabnutzungsrecht"],
            "fr": ["Concession funéraire", "Opérations funéraires"],
            "nl": ["Grafrechten en begraven"],
            "it": ["Servizi cimiteriali", "Concessione cimiteriale"],
        },
    )
    _status66(rng, rows, words, lang)
    deceased = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Deceased", "In memory of", "Name of deceased"],
                de=["Verstorbene/r"],
                fr=["Défunt(e)"],
                nl=["Overledene"],
                it=["Defunto/a"],
            ),
            deceased,
        )
    )
    died = _earlier(when, rng, 3, 12) if recent else _earlier(when, rng, 400, 9000)
    if _maybe(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Date of death", "Died"],
                    de=["Sterbedatum"],
                    fr=["Date du décès"],
                    nl=["Overleden op"],
                    it=["Data del decesso"],
                ),
                _d(died, pattern, lang),
            )
        )
    if recent and _maybe(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Date of interment", "Burial date"],
                    de=["Beisetzung am"],
                    fr=["Date d'inhumation"],
                    nl=["Datum uitvaart"],
                    it=["Data sepoltura"],
                ),
                _d(_later(when, rng, 1, 8), pattern, lang),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Grantee", "Applicant", "Registered owner of grave"],
                de=["Nutzungsberechtigte/r", "Antragsteller/in"],
                fr=["Concessionnaire", "Demandeur"],
                nl=["Rechthebbende"],
                it=["Concessionario", "Richiedente"],
            ),
            _other(rng, currency, lang, deceased),
        )
    )
    if _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Funeral director"],
                    de=["Bestatter"],
                    fr=["Opérateur funéraire"],
                    nl=["Uitvaartondernemer"],
                    it=["Impresa funebre"],
                ),
                rng.choice(FUNERAL_DIRECTORS[key]),
            )
        )
    grave = {
        "INR": f"Block {rng.choice('ABCDE')}, Row {rng.randint(1, 40)}, Grave {rng.randint(1, 300)}",
        "GBP": f"Section {rng.choice(['C', 'F', 'K', 'St Ann'])}, Grave {rng.randint(1, 900)}",
        "USD": f"Lot {rng.randint(1000, 45000)}, Section {rng.randint(1, 200)}",
        "IE": f"Section {rng.choice(['VD', 'XA', 'ZC'])}, Grave {rng.randint(1, 400)}",
        "de": f"Grablage {rng.choice(['Bn', 'Ak', 'Y'])} {rng.randint(1, 70)}, Nr. {rng.randint(1, 300)}",
        "fr": f"Division {rng.randint(1, 40)}, allée {rng.randint(1, 12)}, n° {rng.randint(1, 200)}",
        "nl": f"Vak {rng.choice('ABCDEFG')}, nr. {rng.randint(1, 400)}",
        "it": f"Campo {rng.randint(1, 20)}, loculo {rng.randint(1, 300)}, fila {rng.randint(1, 6)}",
    }[key]
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Grave", "Plot"],
                de=["Grab"],
                fr=["Emplacement"],
                nl=["Graf"],
                it=["Posizione"],
            ),
            grave,
        )
    )
    if _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Deed no.", "Grant no."],
                    de=["Urkunde Nr."],
                    fr=["Acte de concession n°"],
                    nl=["Grafakte nr."],
                    it=["Atto di concessione n."],
                ),
                f"{digits(rng, 5)}/{when.year % 100:02d}",
            )
        )
    rows.append(("rule",))
    total = 0.0
    fees = GRAVE_FEES[key]["new" if recent else "old"]
    for item, price in rng.sample(fees, rng.randint(1, len(fees))):
        total = round(total + _line(rows, grouping, item, price), 2)
    if _maybe(rng, 0.3):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Right of burial expires", "Lease expires"],
                    de=["Nutzungsrecht bis"],
                    fr=["Concession expire le"],
                    nl=["Grafrecht tot"],
                    it=["Scadenza concessione"],
                ),
                _d(_later(when, rng, 3650, 27000), pattern, lang),
            )
        )
    if _maybe(rng, 0.3) and total > 500:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Total charges"],
                    de=["Gesamtkosten"],
                    fr=["Total des frais"],
                    nl=["Totale kosten"],
                    it=["Totale spese"],
                ),
                _m(total, grouping),
            )
        )
        advance = float(round(total * rng.choice([0.2, 0.25, 0.5]) / 10) * 10)
        total = _less_advance(rng, rows, fmt, grouping, total, advance, status, lang)
    else:
        _total68(rng, rows, fmt, total, status, lang)
    kinds = {"INR": ["cash", "UPI", "netbanking"], "USD": ["card"], "it": ["card", "cash"]}.get(
        key, ["card", "netbanking", "cash"]
    )
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, False, status)
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Receipt No.", "Sl. No."],
            "USD": ["Receipt #", "Transaction ID"],
            "de": ["Quittungsnummer", "Belegnummer"],
            "fr": ["N° de quittance", "Référence"],
            "nl": ["Kwitantienummer"],
            "it": ["N. quietanza", "IUV"],
        }.get(key, ["Receipt No", "Payment reference"]),
        digits(rng, rng.choice([5, 6, 8])),
        0.2,
        status,
        lang,
    )
    dated = _dated66(
        rng, rows, when, pattern, currency, lang, PAID_ON[lang] + RECEIVED_ON[lang], 0.2, 0.3, status
    )
    if _maybe(rng, 0.5):
        rows.append(
            (
                "small",
                _pro(rng, currency, lang)
                + _say(
                    rng,
                    lang,
                    en=[", Cemetery Office"],
                    de=[", Friedhofsverwaltung"],
                    fr=[", Conservation du cimetière"],
                    nl=[", Beheer begraafplaats"],
                    it=[", Ufficio cimiteri"],
                ),
            )
        )
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "en": [
                "Memorials may only be placed once a permit has been granted.",
                "Please keep this receipt with the deed of grant.",
            ],
            "de": ["Grabmale dürfen nur mit Genehmigung aufgestellt werden."],
            "fr": ["Le renouvellement doit être demandé avant l'expiration de la concession."],
            "nl": ["Bewaar deze kwitantie bij de grafakte."],
            "it": ["Conservare la presente quietanza unitamente all'atto di concessione."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, A4, EMAIL]), name)


# ---------------------------------------------------------------- 7 a trade or street-trading licence


TRADE = {
    "INR": [("Kolkata Municipal Corporation", "en"), ("Pimpri Chinchwad Municipal Corporation", "en")],
    "GBP": [("London Borough of Lambeth", "en")],
    "USD": [("City of Spokane - Business Licensing", "en")],
    "EUR": [
        ("Galway City Council", "en"),
        ("Stadt Regensburg - Gewerbeamt", "de"),
        ("Ville de Montpellier - Droits de place", "fr"),
        ("Gemeente Groningen - Marktzaken", "nl"),
        ("SUAP - Comune di Lucca", "it"),
    ],
}
TRADES = {
    "INR": [
        ("Maa Tara Sweets", "Sweetmeat shop"),
        ("Shree Balaji Hardware", "Hardware and paints"),
        ("New Bharat Tailors", "Tailoring"),
        ("Friends Mobile Point", "Mobile repair and accessories"),
    ],
    "GBP": [
        ("Bev's Bagels", "Hot food - street trading pitch"),
        ("Brixton Blooms", "Cut flowers"),
        ("Jerk Shack", "Hot food"),
    ],
    "USD": [
        ("Inland Coffee Cart LLC", "Mobile food vendor"),
        ("Lilac City Landscaping LLC", "Landscaping services"),
        ("Perry Street Vintage", "Retail - used goods"),
    ],
    "IE": [("Claddagh Crêpes", "Hot food (casual trading)"), ("Corrib Crafts", "Crafts and gifts")],
    "de": [
        ("Imbiss am Dom", "Imbiss ohne Alkoholausschank"),
        ("Schreinerei Huber", "Schreinerarbeiten"),
        ("Blumen Adler", "Blumeneinzelhandel"),
    ],
    "fr": [
        ("Fromages Causse & Co", "Fromagerie - marché des Arceaux"),
        ("Le Panier de Lucie", "Fruits et légumes"),
    ],
    "nl": [("Viskraam Bakker", "Vis - weekmarkt Vismarkt"), ("Kaashandel De Graaf", "Kaas en noten")],
    "it": [
        ("Pizzeria da Gino", "Somministrazione alimenti e bevande"),
        ("Frutta e Verdura Bianchi", "Commercio su aree pubbliche"),
    ],
}
PITCHES = {
    "Kolkata": ["Holding No. {n}, Rashbehari Avenue, Ward 85", "Shop {n}, Gariahat Road, Ward 68"],
    "Pimpri": ["Shop {n}, Chinchwad Station Road, Ward 12", "Unit {n}, Bhosari MIDC, Ward 7"],
    "GBP": ["Pitch {n}, Electric Avenue", "Pitch {n}, Lower Marsh"],
    "USD": ["{n} W Riverside Ave, Spokane, WA 99201", "{n} N Monroe St, Spokane, WA 99205"],
    "IE": ["Pitch {n}, Eyre Square", "Pitch {n}, Shop Street"],
    "de": ["Domplatz {n}, 93047 Regensburg", "Gesandtenstraße {n}, 93047 Regensburg"],
    "fr": ["Emplacement {n}, marché des Arceaux", "Emplacement {n}, marché Comédie"],
    "nl": ["Standplaats {n}, Vismarkt", "Standplaats {n}, Grote Markt"],
    "it": ["Via Fillungo {n}, 55100 Lucca", "Piazza San Michele {n}, Lucca"],
}


def _trade_fees(rng, key, name, when) -> list[tuple[str, float]]:
    """The licence's charges as the body prints them."""
    fy = when.year if when.month >= 4 else when.year - 1
    if key == "INR":
        fee = float(rng.choice([1000, 2000, 3000, 4800, 6000]))
        what = "Certificate of Enlistment fee" if name.startswith("Kolkata") else "Trade licence renewal fee"
        lines = [(f"{what} (FY {fy}-{(fy + 1) % 100:02d})", fee)]
        if _maybe(rng, 0.3):
            lines.append((f"Arrears (FY {fy - 1}-{fy % 100:02d})", fee))
        if _maybe(rng, 0.3):
            lines.append(("Late fine", float(rng.choice([100, 200, 500]))))
        return lines
    if key == "GBP":
        return [("Street trading licence (annual)", float(rng.choice([1180, 1540, 2260])))] + (
            [("Application fee", 165.0)] if _maybe(rng, 0.5) else []
        )
    if key == "USD":
        return [("City business license (annual)", 50.0), ("State handling fee", 19.0)] + (
            [("Late penalty", 15.0)] if _maybe(rng, 0.25) else []
        )
    if key == "IE":
        return [("Casual trading licence (12 months)", float(rng.choice([850, 1200, 1500])))]
    if key == "de":
        return [
            (
                rng.choice(["Gewerbeanmeldung", "Gewerbeummeldung", "Gewerbeabmeldung"]),
                float(rng.choice([20, 30, 35, 45])),
            )
        ] + ([("Auszug aus dem Gewerbezentralregister", 13.0)] if _maybe(rng, 0.3) else [])
    if key == "fr":
        metres, days = rng.randint(4, 10), rng.choice([12, 13, 26])
        return [
            (f"Droits de place ({metres} ml x {days} marchés x 1,20 €)", round(metres * days * 1.2, 2))
        ] + ([("Forfait électricité", 35.0)] if _maybe(rng, 0.5) else [])
    if key == "nl":
        metres, days = rng.randint(4, 12), 13
        return [(f"Marktgeld ({metres} m x {days} dagen x € 2,10)", round(metres * days * 2.1, 2))] + (
            [("Afvalheffing", 48.0)] if _maybe(rng, 0.5) else []
        )
    return [("Diritti di istruttoria SUAP", float(rng.choice([50, 80, 150])))] + (
        [("Diritti di segreteria", 10.0)] if _maybe(rng, 0.5) else []
    )


def trade_licence(rng: random.Random, font: str):
    """A municipal trade, business, street-trading, casual-trading or market-pitch licence (Kolkata's Certificate of
    Enlistment, Pimpri Chinchwad, Lambeth, Spokane, Galway City Council, Regensburg's Gewerbeamt, Montpellier's
    droits de place, Groningen's marktzaken, Lucca's SUAP): the council on top (the payee), the proprietor and the
    business's trade name (never the payee), a premises, holding, ward or pitch, a licence, enlistment, application
    or UBI number (never the id), the licence year or validity (never the day paid), arrears and a late fine (inside
    the amount), a penalty for renewing later and a next year's fee (never the amount)."""
    currency, name, lang = _issuer(rng, TRADE)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.5, currency, lang)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "INR": ["Trade Licence - e-Receipt", "Money Receipt"],
            "en": ["Licence fee receipt", "Payment receipt"],
            "USD": ["Business License Payment Receipt"],
            "de": ["Quittung Verwaltungsgebühr"],
            "fr": ["Quittance droits de place"],
            "nl": ["Betalingsbewijs marktgeld"],
            "it": ["Ricevuta versamento diritti"],
        },
        {
            "INR": ["Renewal of Certificate of Enlistment"]
            if name.startswith("Kolkata")
            else ["Trade Licence Renewal"],
            "GBP": ["Street trading licence"],
            "USD": ["Business license renewal"],
            "IE": ["Casual trading licence"],
            "de": ["Gewerbeangelegenheiten"],
            "fr": ["Abonnement marché de plein air"],
            "nl": ["Standplaatsvergunning weekmarkt"],
            "it": ["Pratica SUAP"],
        },
    )
    _status66(rng, rows, words, lang)
    trade, activity = rng.choice(TRADES[key])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Trade name", "Business name", "Name of business"],
                de=["Betrieb", "Firma"],
                fr=["Enseigne", "Commerce"],
                nl=["Handelsnaam"],
                it=["Insegna", "Denominazione attività"],
            ),
            trade,
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Proprietor", "Licence holder", "Owner"],
                de=["Inhaber/in", "Gewerbetreibende/r"],
                fr=["Titulaire", "Commerçant(e)"],
                nl=["Vergunninghouder"],
                it=["Titolare"],
            ),
            _who(rng, currency, lang),
        )
    )
    if _maybe(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Nature of trade", "Activity"],
                    de=["Tätigkeit"],
                    fr=["Activité"],
                    nl=["Branche"],
                    it=["Attività"],
                ),
                activity,
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Premises", "Location"],
                de=["Betriebsstätte"],
                fr=["Emplacement"],
                nl=["Locatie"],
                it=["Sede"],
            ),
            rng.choice(PITCHES[name.split()[0]] if key == "INR" else PITCHES[key]).format(
                n=rng.randint(1, 180)
            ),
        )
    )
    number = {
        "INR": (["Enlistment No.", "Licence No."], f"{digits(rng, 12)}"),
        "GBP": (["Licence no.", "Application ref"], f"ST/{digits(rng, 5)}"),
        "USD": (["UBI", "License #"], f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"),
        "IE": (["Licence no."], f"CT-{digits(rng, 4)}"),
        "de": (["Gewerbe-Nr.", "Aktenzeichen"], f"32.{digits(rng, 2)}-{digits(rng, 5)}"),
        "fr": (["N° d'abonné", "N° d'autorisation"], digits(rng, 7)),
        "nl": (["Vergunningnummer"], f"MZ-{digits(rng, 6)}"),
        "it": (
            ["N. pratica SUAP", "Codice pratica"],
            f"{digits(rng, 11)}-{when.strftime('%d%m%Y')}-{digits(rng, 4)}",
        ),
    }[key]
    if _maybe(rng, 0.8):
        rows.append(("pair", rng.choice(number[0]), number[1]))
    fy = when.year if when.month >= 4 else when.year - 1
    if key in ("INR", "GBP", "USD", "IE", "nl", "fr") and _maybe(rng, 0.7):
        first, last = _later(when, rng, 1, 25), _later(when, rng, 360, 400)
        valid = {
            "INR": f"01/04/{fy} - 31/03/{fy + 1}",
            "USD": f"01/01/{when.year} - 12/31/{when.year}",
        }.get(key, f"{_d(first, pattern, lang)} - {_d(last, pattern, lang)}")
        rows.append(
            ("pair", _say(rng, lang, en=["Licence period", "Valid"], fr=["Période"], nl=["Geldig"]), valid)
        )
    rows.append(("rule",))
    total = 0.0
    for item, price in _trade_fees(rng, key, name, when):
        total = round(total + _line(rows, grouping, item, price), 2)
    _total68(rng, rows, fmt, total, status, lang)
    if key == "INR" and when.month in (4, 5, 6) and _maybe(rng, 0.6):
        rows.append(("small", f"Penalty if renewed after 30/06/{fy}: {fmt(500.0)}"))
    if key == "GBP" and _maybe(rng, 0.3):
        rows.append(("pair", "Fee for next licence year", _m(round(total * 1.04, 2), grouping)))
    kinds = {
        "INR": ["UPI", "netbanking", "card", "cash"],
        "USD": ["card", "netbanking"],
        "de": ["cash", "card"],
        "fr": ["card", "cash"],
        "nl": ["card", "netbanking"],
        "it": ["card", "netbanking"],
    }.get(key, ["card", "netbanking"])
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, key in ("USD", "it"), status)
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Receipt No.", "Transaction ID", "Bank Ref No"],
            "USD": ["Confirmation #", "Receipt #"],
            "de": ["Quittungsnummer", "Kassenbeleg"],
            "fr": ["N° de quittance", "Référence"],
            "nl": ["Factuurnummer", "Transactienummer"],
            "it": ["IUV", "Codice transazione"],
        }.get(key, ["Receipt No", "Payment reference"]),
        {"INR": digits(rng, 10), "it": digits(rng, 17), "USD": f"BL{digits(rng, 8)}"}.get(
            key, f"{code(rng, 2, UPPER)}{digits(rng, 7)}"
        ),
        0.2,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, PAID_ON[lang], 0.2, 0.4, status)
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "INR": [
                "Display the certificate at the place of business.",
                "Renewal is due every financial year.",
            ],
            "en": ["The licence must be displayed at the pitch at all times.", "Fees are non-refundable."],
            "USD": ["Display your license at your business location."],
            "de": ["Die Gebühr wird bei Rücknahme der Anzeige nicht erstattet."],
            "fr": ["Tout emplacement non occupé reste dû."],
            "nl": ["Marktgeld wordt niet gerestitueerd bij afwezigheid."],
            "it": ["I diritti versati non sono rimborsabili."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([A4, SCREEN, PAPER]), name)


# ---------------------------------------------------------------- 8 a council's street-use permit


STREETS = {
    "INR": [("Thane Municipal Corporation", "en"), ("Greater Visakhapatnam Municipal Corporation", "en")],
    "GBP": [("Royal Borough of Greenwich", "en")],
    "USD": [("Chicago Department of Transportation", "en")],
    "EUR": [
        ("Dún Laoghaire-Rathdown County Council", "en"),
        ("Bezirksamt Charlottenburg-Wilmersdorf", "de"),
        ("Ville de Lille - Domaine public", "fr"),
        ("Gemeente Deventer", "nl"),
        ("Comune di Vicenza", "it"),
    ],
}
CONTRACTORS = {
    "Thane": ["Mahanagar Gas Ltd", "Adarsh Plumbing Contractors", "Sai Infra Cable Works"],
    "Greater": ["Bhagyanagar Gas Ltd", "Sri Venkateswara Pipeline Works", "Vizag Cable Networks"],
    "GBP": ["Greenwich Skip Hire Ltd", "Apex Scaffolding (London) Ltd", "Thames Removals"],
    "USD": ["Windy City Dumpsters", "Lakeview Movers Inc.", "Prairie Scaffold Co."],
    "IE": ["Southside Skips Ltd", "Dalkey Scaffolding"],
    "de": ["Umzüge Krause GmbH", "Gerüstbau Yilmaz", "Container-Dienst Spree"],
    "fr": ["Déménagements Lemaire", "Bennes du Nord"],
    "nl": ["Containerdienst Salland", "Verhuisbedrijf Jansen"],
    "it": ["Ponteggi Veneti S.r.l.", "Traslochi Zanella"],
}
SITES = {
    "Thane": ["Plot 14, Vartak Nagar, Thane (W)", "B-7, Hiranandani Estate, Thane (W)"],
    "Greater": ["D.No. 9-12-4, MVP Colony, Visakhapatnam", "D.No. 47-10-21, Dwaraka Nagar, Visakhapatnam"],
    "GBP": ["42 Crooms Hill, London SE10", "7 Vanbrugh Park, London SE3"],
    "USD": ["2250 N Clark St, Chicago, IL 60614", "1418 W Addison St, Chicago, IL 60613"],
    "IE": ["14 Coliemore Rd, Dalkey", "3 Eglinton Park, Dún Laoghaire"],
    "de": ["Kantstraße 118, 10627 Berlin", "Pestalozzistraße 9, 10625 Berlin"],
    "fr": ["27 rue de la Clef, 59800 Lille", "5 rue Royale, 59000 Lille"],
    "nl": ["Brink 21, 7411 BR Deventer", "Walstraat 8, 7411 GK Deventer"],
    "it": ["Contrà Porti 12, 36100 Vicenza", "Corso Palladio 88, Vicenza"],
}


def _street_fees(rng, key, days, area) -> list[tuple[str, float]]:
    """The permit's charges, by days, bays, metres or square metres."""
    if key == "INR":
        metres = rng.randint(3, 18)
        restore = float(metres * rng.choice([2850, 4850, 6200]))
        return [
            (f"Road restoration charges ({metres} r.m.)", restore),
            ("Supervision charges (10%)", round(restore * 0.1)),
        ] + ([("Security deposit (refundable)", 10000.0)] if _maybe(rng, 0.5) else [])
    if key == "GBP":
        kind = rng.choice(["skip", "scaffold", "bays"])
        if kind == "skip":
            return [("Skip licence (28 days)", 62.0)]
        if kind == "scaffold":
            return [("Scaffold licence (28 days)", 285.0)] + (
                [("Licence extension (28 days)", 165.0)] if _maybe(rng, 0.3) else []
            )
        bays = rng.randint(1, 3)
        return [(f"Parking bay suspension ({bays} bays x {days} days)", 38.0 * bays * days)]
    if key == "USD":
        return [("Public way permit - dumpster", 100.0), (f"Daily use fee ({days} days)", 50.0 * days)]
    if key == "IE":
        return (
            [(f"Skip permit ({days} days)", 35.0)]
            if _maybe(rng, 0.6)
            else [("Hoarding licence (1 month)", 450.0)]
        )
    if key == "de":
        return [
            ("Verwaltungsgebühr", 25.0),
            (f"Sondernutzungsgebühr Halteverbotszone ({days} Tage x 15 m)", round(days * 15 * 0.6, 2)),
        ]
    if key == "fr":
        return [("Permis de stationnement - déménagement", 45.0)] + (
            [(f"Occupation benne ({days} jours x 12,00 €)", 12.0 * days)] if _maybe(rng, 0.5) else []
        )
    if key == "nl":
        weeks = max(1, days // 7)
        return [
            ("Leges ontheffing container", 55.0),
            (f"Precario ({area} m² x {weeks} wk x € 3,40)", round(area * weeks * 3.4, 2)),
        ]
    return [
        (f"Canone occupazione suolo pubblico ({area} m² x {days} gg)", round(area * days * 1.1, 2)),
        ("Diritti di istruttoria", 30.0),
    ]


def street_permit(rng: random.Random, font: str):
    """A council's street-use permit for a skip, a scaffold, a removal van's parking suspension, a hoarding or a road
    cutting (Thane, Greater Visakhapatnam, the Royal Borough of Greenwich, the Chicago Department of Transportation,
    Dún Laoghaire-Rathdown, a Berlin Bezirksamt, Lille, Deventer, Vicenza): the council on top (the payee), the
    applicant and the contractor (never the payee), a site, a permit and an application number (never the id), a
    permit's first and last day (never the day paid), days, bays, metres and square metres at their rates, a
    refundable deposit charged (inside the amount) or held apart (never the amount)."""
    currency, name, lang = _issuer(rng, STREETS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.55, currency, lang)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "INR": ["Road Cutting Permission - Receipt"],
            "en": ["Permit fee receipt", "Licence payment receipt"],
            "USD": ["Permit Payment Receipt"],
            "de": ["Gebührenquittung Sondernutzung"],
            "fr": ["Reçu - occupation du domaine public"],
            "nl": ["Betalingsbewijs ontheffing"],
            "it": ["Ricevuta canone unico patrimoniale"],
        },
        {
            "INR": ["Road Cutting / Excavation Permission"],
            "GBP": ["Highways licensing", "Skip, scaffold and hoarding licences"],
            "USD": ["Public Way Work Permit"],
            "IE": ["Road licensing"],
            "de": ["Sondernutzungserlaubnis", "Straßen- und Grünflächenamt"],
            "fr": ["Permis de stationnement"],
            "nl": ["Ontheffing openbare ruimte"],
            "it": ["Occupazione suolo pubblico"],
        },
    )
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Applicant", "Permit holder"],
                de=["Antragsteller/in"],
                fr=["Pétitionnaire", "Demandeur"],
                nl=["Aanvrager"],
                it=["Richiedente"],
            ),
            _who(rng, currency, lang),
        )
    )
    if _maybe(rng, 0.65):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Contractor", "Skip / scaffold company"]
                    if key != "INR"
                    else ["Executing agency", "Contractor"],
                    de=["Ausführende Firma"],
                    fr=["Entreprise"],
                    nl=["Uitvoerder"],
                    it=["Ditta esecutrice"],
                ),
                rng.choice(CONTRACTORS[name.split()[0]] if key == "INR" else CONTRACTORS[key]),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Location", "Site address"],
                de=["Ort"],
                fr=["Adresse"],
                nl=["Locatie"],
                it=["Ubicazione"],
            ),
            rng.choice(SITES[name.split()[0]] if key == "INR" else SITES[key]),
        )
    )
    if key == "INR":
        rows.append(
            (
                "pair",
                "Purpose",
                rng.choice(
                    ["Laying of water service line", "PNG gas connection", "LT cable for new connection"]
                ),
            )
        )
    number = {
        "INR": ("Permission No.", f"RC/{digits(rng, 4)}/{when.year}"),
        "GBP": ("Licence no.", f"HL{digits(rng, 6)}"),
        "USD": ("Permit #", digits(rng, 7)),
        "IE": ("Permit no.", f"SK{digits(rng, 5)}"),
        "de": ("Geschäftszeichen", f"SGA {digits(rng, 3)}/{digits(rng, 5)}"),
        "fr": ("N° d'arrêté", f"{when.year}-{digits(rng, 5)}"),
        "nl": ("Zaaknummer", f"Z/{when.year % 100:02d}/{digits(rng, 6)}"),
        "it": ("N. autorizzazione", f"{digits(rng, 5)}/{when.year}"),
    }[key]
    if _maybe(rng, 0.85):
        rows.append(("pair", number[0], number[1]))
    days = rng.choice([3, 5, 7, 14, 28])
    area = rng.randint(6, 40)
    start = _later(when, rng, 2, 25)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Permit period", "Valid"],
                de=["Zeitraum"],
                fr=["Période"],
                nl=["Periode"],
                it=["Periodo"],
            ),
            f"{_d(start, pattern, lang)} - {_d(_later(start, rng, days - 1, days), pattern, lang)}",
        )
    )
    rows.append(("rule",))
    total = 0.0
    for item, price in _street_fees(rng, key, days, area):
        total = round(total + _line(rows, grouping, item, price), 2)
    _total68(rng, rows, fmt, total, status, lang)
    if key in ("GBP", "USD", "IE", "de") and _maybe(rng, 0.3):
        held = {"GBP": 500.0, "USD": 1000.0, "IE": 250.0, "de": 300.0}[key]
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"A refundable deposit of {fmt(held)} is held on your account (not charged today)."],
                    de=[f"Eine Sicherheitsleistung von {fmt(held)} ist gesondert zu hinterlegen."],
                ),
            )
        )
    kinds = {
        "INR": ["netbanking", "UPI", "card"],
        "de": ["netbanking", "card"],
        "it": ["card", "netbanking"],
    }.get(key, ["card", "netbanking"])
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Receipt No.", "Transaction ID"],
            "USD": ["Transaction ID", "Receipt #"],
            "de": ["Transaktionsnummer", "Quittungsnummer"],
            "fr": ["Référence de paiement", "N° de transaction"],
            "nl": ["Transactienummer", "Betalingskenmerk"],
            "it": ["IUV", "Codice transazione"],
        }.get(key, ["Payment reference", "Transaction ID"]),
        {"INR": digits(rng, 12), "it": digits(rng, 17)}.get(key, code(rng, 10, ALNUM)),
        0.2,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, PAID_ON[lang], 0.2, 0.4, status)
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "INR": [
                "Restoration will be carried out by the Corporation.",
                "Permission is subject to site inspection.",
            ],
            "en": [
                "Skips must be lit at night and marked with your licence number.",
                "Licences cannot be backdated.",
            ],
            "USD": ["Post signs 72 hours before the permit starts."],
            "de": ["Die Beschilderung ist 72 Stunden vorher aufzustellen."],
            "fr": ["Le permis doit être affiché sur place."],
            "nl": ["De ontheffing moet op locatie getoond kunnen worden."],
            "it": ["L'autorizzazione va esposta in loco."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, EMAIL, A4]), name)


# ---------------------------------------------------------------- 9 a utility connection's charges


CONNECTIONS = {
    "INR": [("Jaipur Vidyut Vitran Nigam Ltd", "en"), ("Kerala Water Authority", "en")],
    "GBP": [("Southern Water", "en")],
    "USD": [("Philadelphia Gas Works", "en")],
    "EUR": [
        ("Gas Networks Ireland", "en"),
        ("SWU Netze", "de"),
        ("Enedis", "fr"),
        ("Liander", "nl"),
        ("e-distribuzione", "it"),
    ],
}
CONNECTION_LINES = {
    "Jaipur": [("Service line charges", 3500.0), ("Meter cost", 1250.0), ("Processing fee", 100.0)],
    "Kerala": [
        ("Connection charges (domestic, 15 mm)", 1150.0),
        ("Road cutting restoration", 1800.0),
        ("Application fee", 100.0),
    ],
    "GBP": [
        ("New water connection (25 mm)", 1350.0),
        ("Infrastructure charge - water", 430.0),
        ("Infrastructure charge - wastewater", 430.0),
    ],
    "USD": [("Service turn-on fee", 15.0)],
    "IE": [("Standard domestic gas connection", 260.0)],
    "de": [("Netzanschlusskosten Strom", 1450.0), ("Baukostenzuschuss", 800.0)],
    "fr": [("Raccordement individuel C5 (≤ 36 kVA)", 1450.0), ("Mise en service", 54.0)],
    "nl": [("Nieuwe aansluiting 3x25A", 1210.0), ("Aansluiting gas G6", 980.0)],
    "it": [("Quota distanza", 210.0), ("Quota potenza (3 kW)", 217.0), ("Oneri amministrativi", 27.0)],
}
DEPOSITS = {"Jaipur": 3000.0, "Kerala": 500.0, "USD": 240.0}


def utility_connection(rng: random.Random, font: str):
    """A new electricity, gas or water connection's charges, with a security deposit in a share (JVVNL, the Kerala
    Water Authority, Southern Water, Philadelphia Gas Works, Gas Networks Ireland, SWU Netze, Enedis, Liander,
    e-distribuzione): the network or utility on top (the payee), the applicant and the premises (never the payee),
    an application, quote, consumer, MPRN, EAN, PDL or POD number (never the id), a quote's validity and an
    expected connection (never the day paid), a security deposit charged (inside the amount) or a deposit's balance
    due with the first bill (never the amount), GST, VAT, MwSt., TVA, btw or IVA added, an advance paid earlier
    taken off (the balance is the amount)."""
    currency, name, lang = _issuer(rng, CONNECTIONS)
    key = _key(currency, lang)
    region = name.split()[0] if key == "INR" else key
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.55, currency, lang)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "INR": ["Demand Note - Payment Receipt", "Money Receipt"],
            "en": ["Payment receipt", "Payment confirmation"],
            "de": ["Zahlungsbestätigung"],
            "fr": ["Accusé de paiement"],
            "nl": ["Betaalbevestiging"],
            "it": ["Ricevuta di pagamento"],
        },
        {
            "INR": ["New Service Connection", "Application for new connection"],
            "GBP": ["New connections"],
            "USD": ["Start Service - Deposit"],
            "IE": ["New connection"],
            "de": ["Netzanschluss"],
            "fr": ["Demande de raccordement"],
            "nl": ["Nieuwe aansluiting"],
            "it": ["Nuova connessione"],
        },
    )
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Applicant", "Customer", "Name"],
                de=["Anschlussnehmer/in"],
                fr=["Demandeur"],
                nl=["Aanvrager"],
                it=["Richiedente"],
            ),
            _who(rng, currency, lang),
        )
    )
    numbers = {
        "Jaipur": [("Application No.", digits(rng, 10)), ("K. No. (to be allotted)", digits(rng, 12))],
        "Kerala": [
            ("Application No.", f"KWA/{digits(rng, 7)}"),
            ("Consumer No.", f"{code(rng, 3, UPPER)}/{digits(rng, 5)}"),
        ],
        "GBP": [("Application reference", f"NC{digits(rng, 7)}"), ("Quote reference", f"Q-{digits(rng, 6)}")],
        "USD": [("Account number", digits(rng, 10))],
        "IE": [("MPRN", digits(rng, 7)), ("Connection request", f"CR{digits(rng, 7)}")],
        "de": [("Vorgangsnummer", digits(rng, 9)), ("Marktlokation", f"DE{digits(rng, 11)}")],
        "fr": [("N° de demande", f"{code(rng, 3, UPPER)}-{digits(rng, 6)}"), ("PDL", digits(rng, 14))],
        "nl": [("Aanvraagnummer", digits(rng, 8)), ("EAN-code", f"8716{digits(rng, 14)}")],
        "it": [("Codice rintracciabilità", digits(rng, 9)), ("POD", f"IT001E{digits(rng, 8)}")],
    }[region]
    for label, value in numbers:
        if _maybe(rng, 0.75):
            rows.append(("pair", label, value))
    if key in ("INR", "de", "fr", "nl", "it") and _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Sanctioned load"],
                    de=["Anschlussleistung"],
                    fr=["Puissance demandée"],
                    nl=["Capaciteit"],
                    it=["Potenza richiesta"],
                ),
                f"{rng.choice([2, 3, 5, 6, 9, 12])} kW",
            )
        )
    if _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Quote valid until", "Estimate valid till"],
                    de=["Angebot gültig bis"],
                    fr=["Devis valable jusqu'au"],
                    nl=["Offerte geldig tot"],
                    it=["Preventivo valido fino al"],
                ),
                _d(_later(when, rng, 20, 90), pattern, lang),
            )
        )
    rows.append(("rule",))
    lines = CONNECTION_LINES.get(region) or CONNECTION_LINES[key]
    chosen = rng.sample(lines, rng.randint(1, len(lines))) if len(lines) > 1 else lines
    net = 0.0
    for item, price in chosen:
        net = round(net + _line(rows, grouping, item, price), 2)
    if key in ("GBP", "USD"):
        total = net
    elif key == "INR":
        total = (
            _vat66(rng, rows, grouping, net, currency, lang, "added")
            if region == "Jaipur" and _maybe(rng, 0.6)
            else net
        )
    else:
        rate = {"IE": 0.135, "it": 0.10}.get(key)
        total = _vat66(
            rng, rows, grouping, net, currency, lang, "added", rate=rate, net_line=_maybe(rng, 0.4)
        )
    deposit = DEPOSITS.get(region)
    if deposit and _maybe(rng, 0.7):
        label = _say(rng, lang, en=["Security deposit (refundable)", "Security deposit"])
        total = round(total + _line(rows, grouping, label, deposit), 2)
        if key == "USD" and _maybe(rng, 0.5):
            rows.append(
                ("small", f"Remaining deposit of {fmt(deposit)} will be billed with your first two bills.")
            )
    if key in ("de", "nl", "fr") and _maybe(rng, 0.25) and total > 300:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Total"],
                    de=["Gesamtbetrag"],
                    fr=["Montant total TTC"],
                    nl=["Totaal incl. btw"],
                ),
                _m(total, grouping),
            )
        )
        advance = float(rng.choice([100, 150, 250]))
        total = _less_advance(rng, rows, fmt, grouping, total, advance, status, lang)
    else:
        _total68(rng, rows, fmt, total, status, lang)
    kinds = {
        "INR": ["UPI", "netbanking", "card"],
        "USD": ["card", "netbanking"],
        "fr": ["card", "netbanking"],
        "nl": ["netbanking"],
    }.get(key, ["card", "netbanking"])
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Receipt No.", "Transaction ID", "Bank Ref. No."],
            "USD": ["Confirmation number", "Transaction ID"],
            "de": ["Zahlungsreferenz", "Transaktions-ID"],
            "fr": ["Référence de paiement"],
            "nl": ["Betalingskenmerk", "Transactienummer"],
            "it": ["Codice transazione", "ID pagamento"],
        }.get(key, ["Payment reference", "Transaction ID"]),
        {"INR": digits(rng, 12), "USD": digits(rng, 9)}.get(key, code(rng, 12, ALNUM)),
        0.2,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, PAID_ON[lang], 0.2, 0.4, status)
    if _maybe(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Expected connection by", "Scheduled service start"],
                    de=["Geplante Inbetriebnahme"],
                    fr=["Mise en service prévue"],
                    nl=["Verwachte aansluitdatum"],
                    it=["Attivazione prevista"],
                ),
                _d(_later(when, rng, 14, 70), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "INR": [
                "Interest on security deposit is credited annually.",
                "Connection will be released after site inspection.",
            ],
            "GBP": ["Charges are subject to the terms of our connection offer."],
            "USD": ["Deposits are refunded after 12 months of on-time payments."],
            "IE": ["Works will be scheduled once payment is received."],
            "de": ["Es gelten die Ergänzenden Bedingungen zur NAV."],
            "fr": ["Les travaux seront planifiés après réception du paiement."],
            "nl": ["Op deze aansluiting zijn de Algemene Voorwaarden van toepassing."],
            "it": ["I lavori saranno programmati dopo l'accettazione del preventivo."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([A4, EMAIL, SCREEN, DARK]), name)


# ---------------------------------------------------------------- 10 an allotment plot's yearly rent


ALLOTMENTS = {
    "GBP": [("Edinburgh Council Allotments", "en"), ("Hartfield Road Allotment Society", "en")],
    "USD": [("Denver Urban Gardens", "en")],
    "EUR": [
        ("South Dublin County Council - Allotments", "en"),
        ("Kleingärtnerverein Am Rosengarten e.V.", "de"),
        ("Jardins Familiaux de Grenoble", "fr"),
        ("Volkstuinvereniging Tuinwijck", "nl"),
        ("Orti Urbani - Comune di Parma", "it"),
    ],
}
PLOT_SITES = {
    "Edinburgh": ["Inverleith Allotments", "Warriston Allotments", "Saughton Allotments"],
    "Hartfield": ["Hartfield Road site", "Hartfield Road (lower field)"],
    "USD": ["Arapahoe Acres Community Garden", "Sunnyside Community Garden"],
    "IE": ["Corkagh Park Allotments", "Tymon Park Allotments"],
    "de": ["Anlage Am Rosengarten", "Anlage Westbad"],
    "fr": ["Jardins de la Villeneuve", "Jardins de l'Île Verte"],
    "nl": ["Complex Tuinwijck, Utrecht"],
    "it": ["Orti di via Budellungo", "Orti del Parco Ducale"],
}


def _plot_lines(rng, key, new) -> list[tuple[str, float]]:
    """The year's rent and charges; a concession (negative) in a share."""
    if key == "GBP":
        rods = rng.choice([5, 5, 10])
        rent = round(rods * rng.choice([9.5, 12.0, 14.2]), 2)
        lines = [(f"Plot rent ({rods} rods)", rent), ("Water charge", float(rng.choice([8, 12, 15])))]
        lines += [("Society membership", 3.0)] if _maybe(rng, 0.5) else []
        lines += [("Concession (50%)", -round(rent / 2, 2))] if _maybe(rng, 0.3) else []
        lines += [("Key deposit (refundable)", 10.0)] if new else []
        return lines
    if key == "USD":
        plot = rng.choice([("Plot fee (10x10)", 35.0), ("Plot fee (10x20)", 55.0), ("Raised bed", 30.0)])
        lines = [plot, ("Water fee", 15.0)]
        lines += [("Garden scholarship applied", -20.0)] if _maybe(rng, 0.25) else []
        return lines
    if key == "IE":
        return [("Allotment rent (50 m²)", float(rng.choice([100, 125, 150])))] + (
            [("Key deposit", 20.0)] if new else []
        )
    if key == "de":
        area = rng.randint(220, 420)
        lines = [(f"Pacht ({area} m² x 0,28 €)", round(area * 0.28, 2)), ("Mitgliedsbeitrag", 36.0)]
        lines += [("Wassergeld", round(rng.uniform(12, 45), 2)), ("Versicherung (Laube)", 18.50)]
        lines += [("Ersatz Gemeinschaftsarbeit (3 Std. x 15,00 €)", 45.0)] if _maybe(rng, 0.35) else []
        return lines
    if key == "fr":
        return [
            ("Location parcelle (100 m²)", float(rng.choice([60, 80, 95]))),
            ("Cotisation annuelle", 15.0),
            ("Eau", 20.0),
        ]
    if key == "nl":
        area = rng.choice([150, 200, 250, 300])
        lines = [
            (f"Tuinhuur ({area} m²)", round(area * 0.45, 2)),
            ("Contributie", 42.0),
            ("Waterverbruik", 18.0),
        ]
        lines += [("Werkbeurten niet vervuld (2 x € 25)", 50.0)] if _maybe(rng, 0.3) else []
        return lines
    return [("Canone annuale orto (50 m²)", float(rng.choice([40, 60, 75]))), ("Quota acqua", 15.0)] + (
        [("Cauzione chiavi", 20.0)] if new else []
    )


def allotment_rent(rng: random.Random, font: str):
    """An allotment or community garden plot's yearly rent (Edinburgh Council, an allotment society, Denver Urban
    Gardens, South Dublin County Council, a Kleingärtnerverein, the Jardins Familiaux de Grenoble, a
    volkstuinvereniging, Parma's orti urbani): the council or association on top (the payee), the plotholder and a
    site secretary (never), a site, a plot and its size, a tenancy or member number (never the id), a rental year and
    a renewal's due day (never the day paid), rent, water, membership, insurance, a fine for missed work hours and a
    key deposit (inside the amount), a concession or a scholarship taken off."""
    currency, name, lang = _issuer(rng, ALLOTMENTS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.4, currency, lang)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "en": ["Receipt", "Rent receipt"],
            "de": ["Quittung", "Zahlungsbestätigung"],
            "fr": ["Reçu de cotisation"],
            "nl": ["Kwitantie"],
            "it": ["Ricevuta"],
        },
        {
            "en": ["Allotment rent", "Plot renewal", "Annual plot fees"],
            "USD": ["Garden plot registration"],
            "de": ["Jahresrechnung", "Pacht und Umlagen"],
            "fr": ["Renouvellement parcelle"],
            "nl": ["Jaarnota tuinhuur"],
            "it": ["Canone annuale orto"],
        },
    )
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Plotholder", "Tenant", "Gardener"],
                de=["Pächter/in", "Mitglied"],
                fr=["Jardinier", "Adhérent(e)"],
                nl=["Tuinder", "Lid"],
                it=["Assegnatario/a"],
            ),
            _who(rng, currency, lang),
        )
    )
    sites = PLOT_SITES.get(name.split()[0]) or PLOT_SITES.get(key)
    if sites and _maybe(rng, 0.7):
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Site"], de=["Anlage"], fr=["Site"], nl=["Complex"], it=["Area"]),
                rng.choice(sites),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Plot", "Plot no."],
                de=["Parzelle"],
                fr=["Parcelle n°"],
                nl=["Tuin nr."],
                it=["Orto n."],
            ),
            f"{rng.randint(1, 140)}{rng.choice(['', 'A', 'B'])}",
        )
    )
    if _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Tenancy no.", "Member no."],
                    de=["Mitgliedsnummer"],
                    fr=["N° d'adhérent"],
                    nl=["Lidnummer"],
                    it=["N. assegnazione"],
                ),
                digits(rng, rng.choice([4, 5, 6])),
            )
        )
    year = when.year if when.month >= 10 else when.year - 1
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Rental year", "Season"],
                de=["Pachtjahr"],
                fr=["Saison"],
                nl=["Tuinjaar"],
                it=["Anno"],
            ),
            {"en": f"1 Oct {year} - 30 Sep {year + 1}"}.get(lang, f"{when.year}"),
        )
    )
    rows.append(("rule",))
    total = 0.0
    for item, price in _plot_lines(rng, key, _maybe(rng, 0.25)):
        total = round(total + _line(rows, grouping, item, price), 2)
    _total68(rng, rows, fmt, total, status, lang)
    if _maybe(rng, 0.35):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Next renewal due"],
                    de=["Nächste Zahlung fällig"],
                    fr=["Prochain renouvellement"],
                    nl=["Volgende nota"],
                    it=["Prossimo rinnovo"],
                ),
                _d(_later(when, rng, 330, 380), pattern, lang),
            )
        )
    kinds = {"USD": ["card", "cash"], "IE": ["card"]}.get(key, ["cash", "netbanking", "card"])
    if key in ("de", "nl") and _maybe(rng, 0.35):
        method = _debit(rng, rows, currency, lang, status)
        labels = DEBITED_ON[lang]
    else:
        method = _pay68(rng, rows, currency, lang, kinds, 0.25, False, status)
        labels = PAID_ON[lang]
    txn = _id70(
        rng,
        rows,
        {
            "GBP": ["Receipt No", "Payment reference"],
            "USD": ["Order #", "Transaction ID"],
            "de": ["Quittungs-Nr.", "Beleg-Nr."],
            "fr": ["Reçu n°"],
            "nl": ["Notanummer", "Kwitantienummer"],
            "it": ["Ricevuta n.", "IUV"],
        }.get(key, ["Receipt No", "Payment reference"]),
        digits(rng, rng.choice([4, 5, 7])),
        0.25,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, labels, 0.2, 0.2, status)
    if _maybe(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Site secretary: "],
                    de=["Kassierer/in: "],
                    fr=["Trésorier(e) : "],
                    nl=["Penningmeester: "],
                    it=["Referente: "],
                )
                + _pro(rng, currency, lang),
            )
        )
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "en": ["Plots must be kept cultivated.", "Rent is payable in advance for the year."],
            "de": ["Es gilt die Gartenordnung des Vereins."],
            "fr": ["La parcelle doit être entretenue toute l'année."],
            "nl": ["Het huishoudelijk reglement is van toepassing."],
            "it": ["L'orto va coltivato con continuità."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, EMAIL, SCREEN]), name)


# ---------------------------------------------------------------- 11 a public student loan's repayment


LOANS = {
    "INR": [
        ("Karnataka Minorities Development Corporation", "en"),
        ("Kerala State Backward Classes Development Corporation", "en"),
    ],
    "GBP": [("Student Loans Company", "en")],
    "USD": [("MOHELA", "en"), ("Nelnet", "en")],
    "EUR": [("Bundesverwaltungsamt - BAföG", "de"), ("DUO - Dienst Uitvoering Onderwijs", "nl")],
}


def student_loan(rng: random.Random, font: str):
    """A public or state student loan's repayment (the Karnataka Minorities Development Corporation's Arivu loan, the
    Kerala State Backward Classes Development Corporation, the Student Loans Company, MOHELA, Nelnet, the
    Bundesverwaltungsamt's BAföG, DUO): the lender on top (the payee), the borrower, a student beside a parent
    co-applicant (never), a loan account, customer reference, account, Förderungsnummer or relatienummer (never the
    id), a plan, a course, an interest rate, an instalment's number, the principal and interest it paid, a balance
    or a debt left, a zero amount now due (never the amount), a next instalment's day (never the day paid), a
    discount for early repayment taken off (the sum paid is the amount)."""
    currency, name, lang = _issuer(rng, LOANS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.6, currency, lang)
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "INR": ["Repayment Receipt", "EMI Receipt"],
            "en": ["Repayment details", "Payment confirmation"],
            "de": ["Zahlungsbestätigung", "Zahlungsbeleg"],
            "nl": ["Betalingsbevestiging"],
        },
        {
            "INR": ["Arivu Education Loan - Repayment"]
            if name.startswith("Karnataka")
            else ["Education Loan - Repayment"],
            "GBP": ["Make a voluntary repayment"],
            "USD": ["Payment summary", "Federal student loan payment"],
            "de": ["BAföG-Darlehen - Rückzahlung"],
            "nl": ["Aflossing studieschuld"],
        },
    )
    _status66(rng, rows, words, lang)
    borrower = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Borrower", "Name", "Beneficiary"] if key == "INR" else ["Borrower", "Name"],
                de=["Darlehensnehmer/in"],
                nl=["Naam"],
            ),
            borrower,
        )
    )
    if key == "INR" and _maybe(rng, 0.5):
        rows.append(("pair", "Co-applicant (parent)", _other(rng, currency, lang, borrower)))
        rows.append(
            ("pair", "Course", rng.choice(["B.E. (CSE) 2021-25", "MBBS 2019-24", "B.Sc. Nursing 2020-24"]))
        )
    number = {
        "INR": (
            "Loan A/c No.",
            f"ARV/{digits(rng, 6)}" if name.startswith("Karnataka") else f"KSBCDC/{digits(rng, 7)}",
        ),
        "GBP": ("Customer reference number", digits(rng, 11)),
        "USD": ("Account number", digits(rng, 10)),
        "de": ("Förderungsnummer", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"),
        "nl": ("Relatienummer", digits(rng, 9)),
    }[key]
    rows.append(("pair", number[0], number[1]))
    if _maybe(rng, 0.5):
        plan = {
            "INR": ("Interest rate", "2% p.a. (simple)"),
            "GBP": ("Plan type", rng.choice(["Plan 1", "Plan 2", "Plan 5", "Postgraduate"])),
            "USD": (
                "Loan type",
                rng.choice(["Direct Subsidized", "Direct Unsubsidized", "Direct Consolidation"]),
            ),
            "de": ("Darlehensart", "BAföG-Staatsdarlehen"),
            "nl": ("Rente", "2,57%"),
        }[key]
        rows.append(("pair", plan[0], plan[1]))
    rows.append(("rule",))
    if key == "INR":
        emi = float(rng.choice([1500, 2250, 3000, 4200]))
        n = rng.choice([1, 1, 2, 3])
        first = rng.randint(3, 40)
        rows.append(
            ("pair", "Instalment no.", f"{first} to {first + n - 1} of 60" if n > 1 else f"{first} of 60")
        )
        total = _line(rows, grouping, f"EMI x {n}" if n > 1 else "EMI", emi * n)
        if _maybe(rng, 0.3):
            total = round(
                total + _line(rows, grouping, "Penal interest", float(rng.choice([45, 90, 120]))), 2
            )
        left = float(rng.randint(20, 200) * 1000)
    elif key == "de" and _maybe(rng, 0.5):
        debt = float(rng.randint(20, 100) * 100)
        rate = rng.choice([0.08, 0.12, 0.20])
        rows.append(("pair", "Restschuld", _m(debt, grouping)))
        total = round(
            debt
            + _line(
                rows, grouping, f"Nachlass vorzeitige Rückzahlung ({rate * 100:g} %)", -round(debt * rate, 2)
            ),
            2,
        )
        left = 0.0
    else:
        instalment = {
            "GBP": 0.0,
            "USD": round(rng.uniform(120, 480), 2),
            "de": 390.0,
            "nl": round(rng.uniform(40, 260), 2),
        }[key]
        extra = float(rng.choice([50, 100, 250, 500]))
        total = 0.0
        if instalment:
            total = _line(
                rows,
                grouping,
                _say(rng, lang, en=["Scheduled payment"], de=["Vierteljährliche Rate"], nl=["Maandbedrag"]),
                instalment,
            )
        if not instalment or _maybe(rng, 0.4):
            total = round(
                total
                + _line(
                    rows,
                    grouping,
                    _say(
                        rng,
                        lang,
                        en=["Additional payment", "Voluntary repayment"],
                        de=["Sondertilgung"],
                        nl=["Extra aflossing"],
                    ),
                    extra,
                ),
                2,
            )
        left = float(rng.randint(30, 450) * 100)
    if key == "USD" and _maybe(rng, 0.5):
        interest = round(total * rng.uniform(0.2, 0.45), 2)
        rows.append(("pair", "Applied to interest", _m(interest, grouping)))
        rows.append(("pair", "Applied to principal", _m(round(total - interest, 2), grouping)))
    _total68(rng, rows, fmt, total, status, lang)
    if _maybe(rng, 0.55):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance after payment", "Principal outstanding", "Remaining balance"],
                    de=["Verbleibende Restschuld"],
                    nl=["Studieschuld na betaling"],
                ),
                _m(left, grouping),
            )
        )
    if key == "USD" and _maybe(rng, 0.4):
        rows.append(("pair", "Current amount due", _m(0.0, grouping)))
    if left and key != "GBP" and _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Next instalment due", "Next due date"],
                    de=["Nächste Rate fällig"],
                    nl=["Volgende afschrijving"],
                ),
                _d(_later(when, rng, 25, 95), pattern, lang),
            )
        )
    if _maybe(rng, 0.3) and key != "INR":
        method = _debit(rng, rows, currency, lang, status, 0.3)
        labels = DEBITED_ON[lang]
    else:
        kinds = {
            "INR": ["UPI", "netbanking", "cash"],
            "USD": ["netbanking", "card"],
            "GBP": ["card"],
            "de": ["netbanking"],
            "nl": ["netbanking"],
        }[key]
        method = _pay68(rng, rows, currency, lang, kinds, 0.2, key != "INR", status)
        labels = PAID_ON[lang]
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Receipt No.", "Transaction ID"],
            "GBP": ["Payment reference", "Transaction reference"],
            "USD": ["Confirmation number", "Confirmation #"],
            "de": ["Buchungsreferenz", "Transaktionsnummer"],
            "nl": ["Betalingskenmerk", "Transactienummer"],
        }[key],
        {"INR": digits(rng, 10), "USD": code(rng, 12, ALNUM)}.get(key, code(rng, 14, ALNUM)),
        0.15,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, labels, 0.2, 0.4, status)
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "INR": [
                "Prompt repayment helps other students get loans.",
                "Penal interest is charged on overdue instalments.",
            ],
            "GBP": [
                "Voluntary repayments cannot be refunded.",
                "It may take up to 5 working days to show on your account.",
            ],
            "USD": ["Payments received after 8 p.m. ET post the next business day."],
            "de": ["Bitte geben Sie bei Überweisungen stets die Förderungsnummer an."],
            "nl": ["Extra aflossen verlaagt uw maandbedrag niet automatisch."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, EMAIL, DARK, A4]), name)


# ---------------------------------------------------------------- 12 a fire service's charge or fire NOC


FIRE = {
    "INR": [("Telangana State Disaster Response & Fire Services", "en"), ("Maharashtra Fire Services", "en")],
    "GBP": [("London Fire Brigade", "en")],
    "USD": [("Houston Fire Department - Fire Marshal's Office", "en")],
    "EUR": [
        ("Mayo County Fire Service", "en"),
        ("Feuerwehr Augsburg", "de"),
        ("SDIS de la Gironde", "fr"),
        ("Veiligheidsregio Kennemerland - Brandweer", "nl"),
        ("Comando Provinciale Vigili del Fuoco di Genova", "it"),
    ],
}
BUILDINGS = [
    "Sunrise Towers Co-operative Housing Society",
    "Hotel Green Park",
    "Lakshmi Nursing Home",
    "Orchid Heights",
]
FIRE_CALLS = {
    "GBP": [
        ("Special service - lift release", 346.0),
        ("Unwanted fire signal (10th attendance)", 346.0),
        ("Flooding - assistance (1 hr)", 346.0),
    ],
    "USD": [
        ("Operational permit - Assembly occupancy", 150.0),
        ("Fire alarm system inspection", 120.0),
        ("Re-inspection fee", 75.0),
    ],
    "IE": [
        ("Fire service charge - chimney fire attendance", 500.0),
        ("Fire service charge - road traffic collision", 800.0),
    ],
    "fr": [
        ("Destruction de nid d'hyménoptères", 90.0),
        ("Ouverture de porte (hors urgence)", 120.0),
        ("Relevage de personne (non urgent)", 150.0),
    ],
    "nl": [("Nodeloze melding OMS (4e en volgende)", 450.0), ("Inzet hulpverlening (per uur)", 320.0)],
    "it": [
        ("Servizio a pagamento - apertura porta", 120.0),
        ("Prosciugamento locali (per ora)", 90.0),
        ("Rimozione nido di vespe", 80.0),
    ],
}
OFFICERS = {
    "INR": ["Station Fire Officer", "Divisional Fire Officer"],
    "GBP": ["Station Officer", "Watch Manager"],
    "USD": ["Inspector", "Deputy Fire Marshal"],
    "IE": ["Station Officer", "Sub-Officer"],
    "de": ["Brandmeister", "Zugführer"],
    "fr": ["Lieutenant"],
    "nl": ["Bevelvoerder"],
    "it": ["Capo squadra"],
}


def fire_service(rng: random.Random, font: str):
    """A fire service's charge or a fire NOC's fee (Telangana's and Maharashtra's fire services, the London Fire
    Brigade, Houston's Fire Marshal's Office, Mayo County Fire Service, the Feuerwehr Augsburg's Gebührenbescheid,
    the SDIS de la Gironde, a veiligheidsregio's brandweer, the Vigili del Fuoco): the service on top (the payee),
    the occupier or owner, a building or housing society and an officer in charge (never the payee), an incident,
    call, NOC application, permit or invoice number (never the id unless it is the payment's receipt), an incident's
    day and time, an inspection and a NOC's or permit's validity, a due day (never the day paid), vehicles and crew
    by the hour, built-up area at a rate, VAT added (inside the amount), a waiver's note."""
    currency, name, lang = _issuer(rng, FIRE)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome70(rng, 0.5, currency, lang)
    noc = key == "INR"
    _head(
        rng,
        rows,
        key,
        lang,
        status,
        {
            "INR": ["Fire NOC Fee - e-Receipt"],
            "en": ["Payment receipt", "Receipt"],
            "de": ["Zahlungsbestätigung"],
            "fr": ["Reçu de paiement"],
            "nl": ["Betalingsbewijs"],
            "it": ["Ricevuta di pagamento"],
        },
        {
            "INR": ["Fire No Objection Certificate - Provisional", "Renewal of Fire NOC"],
            "GBP": ["Charges for special services"],
            "USD": ["Fire Marshal's permit and inspection fees"],
            "IE": ["Fire service charges"],
            "de": ["Gebührenbescheid Feuerwehreinsatz"],
            "fr": ["Intervention payante"],
            "nl": ["Factuur brandweerinzet"],
            "it": ["Servizi a pagamento"],
        },
    )
    _status66(rng, rows, words, lang)
    if noc or (key == "USD" and _maybe(rng, 0.6)):
        rows.append(
            (
                "pair",
                "Building" if noc else "Occupancy",
                rng.choice(BUILDINGS)
                if noc
                else rng.choice(["Heights Event Hall", "Montrose Bistro LLC", "Bayou Day School"]),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Applicant", "Occupier", "Name"] if noc else ["Occupier", "Billed to", "Owner"],
                de=["Kostenschuldner/in"],
                fr=["Bénéficiaire de l'intervention"],
                nl=["Debiteur"],
                it=["Richiedente"],
            ),
            _who(rng, currency, lang),
        )
    )
    number = {
        "INR": ("NOC Application No.", f"FS/{digits(rng, 6)}/{when.year}"),
        "GBP": ("Incident number", digits(rng, 6)),
        "USD": ("Permit #", f"FMO-{digits(rng, 7)}"),
        "IE": ("Incident no.", f"MY{digits(rng, 6)}"),
        "de": ("Einsatznummer", f"{when.year}-{digits(rng, 5)}"),
        "fr": ("N° d'intervention", digits(rng, 9)),
        "nl": ("Incidentnummer", digits(rng, 8)),
        "it": ("N. intervento", f"{digits(rng, 5)}/{when.year}"),
    }[key]
    rows.append(("pair", number[0], number[1]))
    other = _earlier(when, rng, 4, 60)
    if noc:
        rows.append(("pair", rng.choice(["Inspection date", "Date of inspection"]), _d(other, pattern, lang)))
    else:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Inspection date", "Date of inspection"]
                    if key == "USD"
                    else ["Date of incident", "Incident date"],
                    de=["Einsatz am"],
                    fr=["Date d'intervention"],
                    nl=["Datum incident"],
                    it=["Data intervento"],
                ),
                _stamp66(rng, other, pattern, currency, lang, 0.6),
            )
        )
    if _maybe(rng, 0.4):
        rows.append(("small", f"{_pick(rng, OFFICERS, key, lang)} {_pro(rng, currency, lang)}"))
    rows.append(("rule",))
    if noc:
        area = rng.randint(800, 9000)
        rate = float(rng.choice([10, 15, 20]))
        net = _line(rows, grouping, f"Fire NOC fee ({area:,} sq m @ {rate:g}/sq m)", area * rate)
        net = round(net + _line(rows, grouping, "Scrutiny fee", 2000.0), 2)
        total = net
        rows.append(("pair", "NOC valid up to", _d(_later(when, rng, 340, 370), pattern, lang)))
    elif key == "de":
        hours = rng.choice([0.5, 0.75, 1.0, 1.5])
        crew = rng.randint(4, 9)
        rows.append(
            (
                "pair",
                "Einsatzart",
                rng.choice(["Ölspur", "Türöffnung", "Fehlalarm Brandmeldeanlage", "Tier in Notlage"]),
            )
        )
        total = _line(
            rows,
            grouping,
            f"Löschgruppenfahrzeug LF 20 ({hours:g} h x 180,00 €)".replace(".", ","),
            round(hours * 180, 2),
        )
        total = round(
            total
            + _line(
                rows,
                grouping,
                f"Personal ({crew} x {hours:g} h x 42,00 €)".replace(".", ","),
                round(crew * hours * 42, 2),
            ),
            2,
        )
        if _maybe(rng, 0.4):
            total = round(total + _line(rows, grouping, "Ölbindemittel (3 Sack)", 54.0), 2)
    else:
        item, price = rng.choice(FIRE_CALLS[key])
        total = _line(rows, grouping, item, price)
        if key == "GBP":
            total = _vat66(rng, rows, grouping, total, currency, lang, "added", net_line=_maybe(rng, 0.4))
        if key == "USD" and _maybe(rng, 0.3):
            total = round(total + _line(rows, grouping, "Late fee", 25.0), 2)
    _total68(rng, rows, fmt, total, status, lang)
    if key in ("de", "nl", "IE", "it") and _maybe(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Payment due by"],
                    de=["Zahlbar bis"],
                    nl=["Te betalen vóór"],
                    it=["Da pagare entro"],
                ),
                _d(_later(other, rng, 30, 45), pattern, lang),
            )
        )
    if key == "IE" and _maybe(rng, 0.4):
        rows.append(("small", "A waiver may apply to medical card holders - contact us before paying."))
    kinds = {
        "INR": ["netbanking", "UPI", "card"],
        "USD": ["card", "netbanking"],
        "fr": ["card", "netbanking"],
        "it": ["card", "netbanking"],
    }.get(key, ["card", "netbanking"])
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
    txn = _id70(
        rng,
        rows,
        {
            "INR": ["Challan No.", "Transaction ID", "Bank Ref No"],
            "USD": ["Receipt #", "Transaction ID"],
            "de": ["Transaktionsnummer", "Quittungsnummer"],
            "fr": ["Référence de paiement", "N° de titre"],
            "nl": ["Factuurnummer", "Betalingskenmerk"],
            "it": ["IUV", "Codice transazione"],
        }.get(key, ["Payment reference", "Receipt No"]),
        {"INR": digits(rng, 12), "it": digits(rng, 17), "nl": f"{when.year}{digits(rng, 6)}"}.get(
            key, code(rng, 10, ALNUM)
        ),
        0.2,
        status,
        lang,
    )
    dated = _dated66(rng, rows, when, pattern, currency, lang, PAID_ON[lang], 0.2, 0.4, status)
    _terms(
        rng,
        rows,
        key,
        lang,
        {
            "INR": ["NOC is subject to compliance with NBC Part 4.", "Fee once paid is non-refundable."],
            "GBP": ["We charge for some non-emergency services to recover our costs."],
            "USD": ["Permits must be posted on the premises."],
            "IE": ["Charges are made under the Fire Services Act 1981."],
            "de": ["Gegen diesen Bescheid kann innerhalb eines Monats Widerspruch erhoben werden."],
            "fr": ["Cette intervention ne relève pas des missions d'urgence du SDIS."],
            "nl": ["Bezwaar maken kan binnen zes weken."],
            "it": ["Il servizio è reso ai sensi del D.Lgs. 139/2006."],
        },
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([A4, EMAIL, SCREEN]), name)

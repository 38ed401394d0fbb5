"""The twelve heldout78 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: payments to small institutions and the public
sector (a parish church's wedding fees, a beekeepers' association's membership or course, an adult education
centre's course enrolment, a court office's fee, a lost property office's release, a credit union's counter
lodgement, a first aid course booking, a tourist information office's counter slip, a dog pound's release of a
stray, a university's graduation or convocation fees, an agricultural show's entries, a doctor's or hospital's fee
for a report, a form or a copy of records). The page and value helpers of heldout14 to heldout76 are reused (a
money mark chosen once per page with lakh grouping on most rupee pages, one date pattern per page, English, German,
French, Dutch, Italian and Spanish wordings). ``truth_fields`` states the fields exactly as the page prints them
(``None`` where a field is not printed). The payee is the body on top; couples, officiants, members, participants,
tutors, trainers, applicants, the deceased, owners, finders, cashiers, tellers, students, guests, exhibitors,
patients, doctors and the insurers or agencies a report is for are never it. A page prints at most one date of
payment; the other days (a wedding, banns, a course's start, a hearing, a day found, a tour's slot, a day seized, a
ceremony, a show, entries closing, a report's ready day, an earlier deposit's day, a membership's end) are never it.
The amount is what this page took now: the whole of its fees with tax, less a discount or concession; a balance
where an earlier deposit is taken off; never a finder's reward paid to the finder, a loan's or a share account's
balance, a deposit held, cash tendered or change. Case, course, item, member, account, microchip, student, exhibitor,
class, patient and certificate numbers are never the id.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _earlier, _later, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import _m
from bench.receipt_sets.heldout68_families import _terms
from bench.receipt_sets.heldout72_families import _cash72, _slip_outcome72
from bench.receipt_sets.heldout73_families import _d73, _id73, _ids73, _who73
from bench.receipt_sets.heldout74_families import (
    _dated74,
    _outcome74,
    _p,
    _pro74,
    _slip74,
    _status74,
    _t,
    _tax74,
    _total74,
    _way74,
)
from bench.receipt_sets.heldout75_families import _head, _other, _setup, _style
from bench.receipt_sets.heldout76_families import _line, _pair, _words

ALNUM = UPPER + "23456789"
MIXED = "".join(c for c in "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

# ---------------------------------------------------------------- shared pieces


def _open(rng, font, table, places, p_tax=0.4):
    """The body on top with its address (a tax number left off on a ``p_tax`` share); (rows, currency, name, lang, key, fmt, grouping, pattern, day paid)."""
    currency, name, lang, key, fmt, grouping, pattern, when = _setup(rng, font, table)
    rows: list[tuple] = []
    _head(rng, rows, name, places[name], key, p_tax)
    return rows, currency, name, lang, key, fmt, grouping, pattern, when


def _settle(
    rng,
    rows,
    fmt,
    grouping,
    total,
    key,
    currency,
    lang,
    extra,
    p_out=0.5,
    p_slip=0.3,
    p_cash=0.3,
    totals=None,
    online=False,
):
    """The sum taken now and how: a card terminal's lines with its outcome (counters only), cash with the change,
    or a way under a label with the family's outcome in a share; a UTR beside UPI on rupee pages in a share;
    (status, method, UTR or None)."""
    if not online and rng.random() < p_slip:
        status, words = _slip_outcome72(rng, lang, 0.6, 0.25)
        _total74(rng, rows, fmt, total, status, lang, totals)
        method = _slip74(rng, rows, lang, status, words)
        if shown(rng, 0.5):
            rows.append(("small", f"TID {digits(rng, 8)}  MID {digits(rng, 9)}"))
        return status, method, None
    status, words = _outcome74(rng, p_out, lang, extra)
    _total74(rng, rows, fmt, total, status, lang, totals)
    if not online and status in (None, "success") and rng.random() < p_cash:
        method = _cash72(rng, rows, lang, grouping, total, currency)
    else:
        method = _way74(rng, rows, key, lang, 0.2, status, online)
    utr = None
    if method == "UPI" and shown(rng, 0.35):
        utr = digits(rng, 12)
        rows.append(("pair", rng.choice(["UTR", "UTR No", "UPI Ref No", "UPI Txn ID"]), utr))
    _status74(rng, rows, words, lang)
    return status, method, utr


def _lines(rng, rows, grouping, key, items, k) -> float:
    """``k`` of ``items`` ((name, pound price)) priced in the page's country; their sum."""
    net = 0.0
    for name, value in rng.sample(items, min(k, len(items))):
        value = _p(value, key)
        rows.append(("pair", name, _m(value, grouping)))
        net += value
    return round(net, 2)


def _pay_ref(rng) -> str:
    return f"{rng.choice(['pi_', 'ch_'])}{code(rng, 14, MIXED)}"


RECEIPT_NO = {
    "en": ["Receipt No", "Receipt #", "Receipt No."],
    "de": ["Quittung Nr.", "Beleg-Nr."],
    "fr": ["Reçu n°", "Quittance n°"],
    "nl": ["Kwitantie nr.", "Bonnr."],
    "it": ["Ricevuta n.", "Quietanza n."],
    "es": ["Recibo nº", "Justificante nº"],
}
DATE_LABELS = {
    "en": ["Date", "Receipt date"],
    "de": ["Datum"],
    "fr": ["Date"],
    "nl": ["Datum"],
    "it": ["Data"],
    "es": ["Fecha"],
}
PAID_ON = {
    "en": ["Paid on", "Payment date", "Date paid"],
    "de": ["Bezahlt am", "Zahlungsdatum"],
    "fr": ["Payé le", "Date de paiement"],
    "nl": ["Betaald op", "Betaaldatum"],
    "it": ["Pagato il", "Data pagamento"],
    "es": ["Pagado el", "Fecha de pago"],
}


# ---------------------------------------------------------------- 1 a parish church's wedding fees


CHURCHES = {
    "INR": [("Our Lady of the Immaculate Conception Church", "en")],
    "GBP": [("St Mary the Virgin Parish Church", "en"), ("All Saints' Church, Hertford", "en")],
    "EUR": [
        ("Parish of St Brigid, Kildare", "en"),
        ("Parochie H. Bavo", "nl"),
        ("Parrocchia San Lorenzo Martire", "it"),
    ],
}
CHURCH_PLACES = {
    "Our Lady of the Immaculate Conception Church": "Church Square, Panaji, Goa 403001",
    "St Mary the Virgin Parish Church": "Church Street, Thame, Oxfordshire OX9 3HZ",
    "All Saints' Church, Hertford": "Parish Office, Queens Road, Hertford SG14 1EN",
    "Parish of St Brigid, Kildare": "Parish Office, Market Square, Kildare R51 X2N8",
    "Parochie H. Bavo": "Parochiesecretariaat, Leidsevaart 146, 2014 HE Haarlem",
    "Parrocchia San Lorenzo Martire": "Piazza San Lorenzo 3, 24047 Treviglio (BG)",
}
WEDDING_FEES = {
    "en": [
        ("Publication of banns", 35.0),
        ("Certificate of banns", 18.0),
        ("Verger", 60.0),
        ("Organist", 120.0),
        ("Choir", 150.0),
        ("Bell ringers", 180.0),
        ("Heating and lighting", 40.0),
        ("Flowers", 60.0),
        ("Marriage certificate", 12.5),
    ],
    "nl": [
        ("Koster", 50.0),
        ("Organist", 110.0),
        ("Koor", 140.0),
        ("Klokken luiden", 60.0),
        ("Verwarming", 35.0),
        ("Bloemversiering", 55.0),
    ],
    "it": [
        ("Sacrestano", 40.0),
        ("Organista", 120.0),
        ("Coro", 150.0),
        ("Addobbi floreali", 90.0),
        ("Riscaldamento", 30.0),
    ],
}
WEDDING_WORDS = _words(
    en=(["Received with thanks", "Fees received with thanks"], ["Payment declined"], ["Payment pending"]),
    nl=(["In dank ontvangen"], ["Betaling geweigerd"], ["Betaling in behandeling"]),
    it=(["Ricevuto, grazie"], ["Pagamento rifiutato"], ["Pagamento in attesa"]),
)


def church_wedding_fees(rng: random.Random, font: str):
    """A parish church's receipt for its wedding fees (Panaji, Thame, Hertford, Kildare, Haarlem, Treviglio): the
    parish on top (the payee), the couple and the officiant (never), the wedding's day and the banns' first Sunday
    (never the date), a booking reference (never the id), the marriage service and a verger, an organist, a choir,
    bells, heating or flowers; on a share a deposit paid on an earlier day (never the date) is taken off and the
    balance is paid; the receipt's number is the id unless a UTR is printed, its date the day paid; the amount is
    the fees, or the balance after a deposit."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, CHURCHES, CHURCH_PLACES, 1.0
    )
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Wedding fees - receipt", "RECEIPT", "Marriage fees"],
        nl=["Kwitantie huwelijksviering"],
        it=["Ricevuta contributi matrimonio"],
    )
    bill = _id73(rng, rows, _t(lang, **RECEIPT_NO), f"{when.year % 100}/{digits(rng, 3)}", 0.15, None)
    dated = _dated74(rng, rows, when, pattern, currency, lang, DATE_LABELS, 0.15, 0.2)
    first = _who73(rng, currency, lang)
    _pair(
        rows,
        rng,
        lang,
        f"{first} & {_who73(rng, currency, lang, first)}",
        en=["Couple", "Bride & groom", "Names"],
        nl=["Bruidspaar"],
        it=["Sposi"],
    )
    _pair(
        rows,
        rng,
        lang,
        _other(when, rng, pattern, lang, 20, 200),
        en=["Wedding date", "Date of wedding"],
        nl=["Datum huwelijk"],
        it=["Data del matrimonio"],
    )
    if lang == "en" and shown(rng, 0.5):
        rows.append(("pair", "Banns from", _other(when, rng, pattern, lang, 7, 20)))
    _pair(
        rows,
        rng,
        lang,
        _pro74(rng, currency, lang),
        en=["Officiant", "Celebrant", "Priest"],
        nl=["Voorganger"],
        it=["Celebrante"],
    )
    if shown(rng, 0.4):
        _pair(
            rows, rng, lang, f"W{when.year}-{digits(rng, 3)}", en=["Booking ref"], nl=["Boeking"], it=["Rif."]
        )
    rows.append(("rule",))
    service = _p({"en": 520.0, "nl": 300.0, "it": 250.0}[lang], key)
    _pair(
        rows,
        rng,
        lang,
        _m(service, grouping),
        en=["Marriage service", "Marriage fee"],
        nl=["Bijdrage huwelijksviering"],
        it=["Contributo per la celebrazione"],
    )
    total = round(service + _lines(rng, rows, grouping, key, WEDDING_FEES[lang], rng.choice([2, 3, 4])), 2)
    paid, totals = total, None
    if shown(rng, 0.4):
        deposit = _p(100.0, key)
        _pair(rows, rng, lang, fmt(total), en=["Total fees"], nl=["Totaal"], it=["Totale"])
        earlier = _d73(_earlier(when, rng, 30, 180), pattern, lang)
        _pair(
            rows,
            rng,
            lang,
            "-" + _m(deposit, grouping),
            en=[f"Less deposit paid {earlier}"],
            nl=[f"Af: aanbetaling {earlier}"],
            it=[f"Meno acconto del {earlier}"],
        )
        paid = round(total - deposit, 2)
        totals = {"en": ["Balance", "Balance due"], "nl": ["Saldo", "Restbedrag"], "it": ["Saldo"]}
    status, method, utr = _settle(
        rng, rows, fmt, grouping, paid, key, currency, lang, WEDDING_WORDS, 0.45, 0.15, 0.3, totals
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Confetti may be thrown outside the churchyard gate only.", "Please arrive 20 minutes early."],
        nl=["Graag 20 minuten voor aanvang aanwezig."],
        it=["Si prega di arrivare 20 minuti prima."],
    )
    truth = truth_fields(name, paid, currency, utr or bill, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [A4, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 2 a beekeepers' association's membership or course


BEEKEEPERS = {
    "GBP": [("Wessex Beekeepers' Association", "en")],
    "USD": [("Chester County Beekeepers Association", "en")],
    "EUR": [
        ("Kildare Beekeepers' Association", "en"),
        ("Imkerverein Bergstraße e.V.", "de"),
        ("Imkersvereniging De Linde", "nl"),
        ("Rucher École du Val de Loire", "fr"),
    ],
}
BEE_PLACES = {
    "Wessex Beekeepers' Association": "c/o The Apiary, Bishops Lane, Salisbury SP2 8HL",
    "Chester County Beekeepers Association": "PO Box 412, West Chester, PA 19381",
    "Kildare Beekeepers' Association": "Association Apiary, Clane Road, Naas, Co. Kildare",
    "Imkerverein Bergstraße e.V.": "Lehrbienenstand, Am Kirchberg 4, 64625 Bensheim",
    "Imkersvereniging De Linde": "Bijenhal, Laan van Nieuw Oosteinde 2, 2274 EB Voorburg",
    "Rucher École du Val de Loire": "12 chemin des Ruchers, 37400 Amboise",
}
BEE_ITEMS = {
    "en": [
        ("Bee Disease Insurance (3 colonies)", 4.5),
        ("Beginners' course (6 evenings)", 95.0),
        ("Extractor hire (2 days)", 10.0),
        ("Association magazine", 12.0),
        ("Apiary fund donation", 5.0),
    ],
    "de": [
        ("Imkerhaftpflicht (3 Völker)", 4.5),
        ("Einsteigerkurs (6 Abende)", 95.0),
        ("Schleuder-Ausleihe (2 Tage)", 10.0),
        ("Verbandszeitschrift", 12.0),
    ],
    "nl": [
        ("Verzekering bijenvolken (3)", 4.5),
        ("Basiscursus imkeren", 95.0),
        ("Slinger lenen (2 dagen)", 10.0),
        ("Bijenhouden (tijdschrift)", 12.0),
    ],
    "fr": [
        ("Assurance ruches (3)", 4.5),
        ("Formation débutant (6 séances)", 95.0),
        ("Prêt d'extracteur (2 jours)", 10.0),
        ("Revue apicole", 12.0),
    ],
}
BEE_WORDS = _words(
    en=(
        ["Membership renewed - thank you!"],
        ["Payment failed - membership not renewed"],
        ["Payment pending"],
    ),
    de=(["Beitrag erhalten - vielen Dank!"], ["Zahlung fehlgeschlagen"], ["Zahlung in Bearbeitung"]),
    nl=(["Contributie ontvangen, bedankt!"], ["Betaling mislukt"], ["Wacht op betaling"]),
    fr=(["Cotisation réglée - merci !"], ["Paiement refusé"], ["Paiement en cours"]),
)


def beekeepers_membership(rng: random.Random, font: str):
    """A beekeepers' association's e-mail or printed receipt for a year's membership and extras (Salisbury, West
    Chester, Naas, Bensheim, Voorburg, Amboise): the association on top (the payee), the member (never) and a
    membership number (never the id), colonies kept and an apiary's place, membership with an insurance for the
    colonies, a beginners' course, an extractor's hire or a magazine, a membership valid until a later day and a
    course's first evening (never the date); the payment's reference (a pi_ or ch_ id keeps its printed case) is the
    id where printed, else the receipt's number; its Paid on day the date; the amount is the total."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, BEEKEEPERS, BEE_PLACES, 1.0
    )
    status, words = _outcome74(rng, 0.55, lang, BEE_WORDS)
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Membership renewal", "Payment confirmation"],
        de=["Mitgliedsbeitrag"],
        nl=["Contributie"],
        fr=["Adhésion annuelle"],
    )
    if words and shown(rng, 0.5):
        rows.append(("center", words))
        words = None
    member = _who73(rng, currency, lang)
    _pair(rows, rng, lang, member, en=["Member"], de=["Mitglied"], nl=["Lid"], fr=["Adhérent"])
    _pair(
        rows,
        rng,
        lang,
        f"{rng.choice(['', 'M', 'BK'])}{digits(rng, 5)}",
        en=["Membership No"],
        de=["Mitgliedsnr."],
        nl=["Lidnummer"],
        fr=["N° d'adhérent"],
    )
    if shown(rng, 0.5):
        _pair(
            rows,
            rng,
            lang,
            str(rng.choice([2, 3, 4, 6])),
            en=["Colonies"],
            de=["Bienenvölker"],
            nl=["Bijenvolken"],
            fr=["Ruches"],
        )
    rows.append(("rule",))
    kind = _t(
        lang,
        en=["Full membership", "Family membership", "Associate membership"],
        de=["Mitgliedsbeitrag", "Jahresbeitrag"],
        nl=["Contributie (gewoon lid)"],
        fr=["Cotisation annuelle"],
    )
    fee = _p(rng.choice([30.0, 35.0, 42.0]), key)
    rows.append(("pair", rng.choice(kind), _m(fee, grouping)))
    total = round(fee + _lines(rng, rows, grouping, key, BEE_ITEMS[lang], rng.choice([1, 2, 3])), 2)
    _total74(rng, rows, fmt, total, status, lang)
    _pair(
        rows,
        rng,
        lang,
        _other(when, rng, pattern, lang, 200, 365),
        en=["Membership valid until", "Renewal due"],
        de=["Mitgliedschaft gültig bis"],
        nl=["Lidmaatschap geldig t/m"],
        fr=["Adhésion valable jusqu'au"],
    )
    if shown(rng, 0.4):
        _pair(
            rows,
            rng,
            lang,
            _other(when, rng, pattern, lang, 10, 60),
            en=["Course starts"],
            de=["Kursbeginn"],
            nl=["Start cursus"],
            fr=["Début de la formation"],
        )
    method = _way74(rng, rows, key, lang, 0.2, status, online=True)
    _status74(rng, rows, words, lang)
    txn = _ids73(
        rng,
        rows,
        [
            (
                _t(
                    lang,
                    en=["Payment ref", "Transaction ID"],
                    de=["Zahlungsreferenz"],
                    nl=["Betaalreferentie"],
                    fr=["Référence de paiement"],
                ),
                _pay_ref(rng),
            ),
            (_t(lang, **RECEIPT_NO), f"{when.year}-{digits(rng, 4)}"),
        ],
        status,
        0.3,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PAID_ON, 0.2, 0.4, status)
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [EMAIL, SCREEN, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 3 an adult education centre's course enrolment


ADULT_ED = {
    "GBP": [("Hertfordshire Adult & Family Learning", "en")],
    "USD": [("Evergreen Community College Continuing Education", "en")],
    "EUR": [
        ("Dublin Evening Courses Centre", "en"),
        ("Volkshochschule Bonn", "de"),
        ("Université Populaire du Rhin", "fr"),
        ("Volksuniversiteit Utrecht", "nl"),
        ("Università Popolare di Trieste", "it"),
        ("Universidad Popular de Alcobendas", "es"),
    ],
}
ADULT_PLACES = {
    "Hertfordshire Adult & Family Learning": "County Hall, Pegs Lane, Hertford SG13 8DE",
    "Evergreen Community College Continuing Education": "1201 Ridgeway Dr, Eugene, OR 97401",
    "Dublin Evening Courses Centre": "Parnell Square East, Dublin 1",
    "Volkshochschule Bonn": "Mülheimer Platz 1, 53111 Bonn",
    "Université Populaire du Rhin": "11 rue de la Bourse, 68100 Mulhouse",
    "Volksuniversiteit Utrecht": "Oudegracht 260, 3511 NV Utrecht",
    "Università Popolare di Trieste": "Piazza Ponterosso 6, 34121 Trieste",
    "Universidad Popular de Alcobendas": "Calle Mariano Sebastián Izuel 9, 28100 Alcobendas",
}
COURSES = {
    "en": [
        "Conversational Spanish (beginners)",
        "Pottery - wheel throwing",
        "Digital photography",
        "Upholstery",
    ],
    "de": ["Italienisch A1", "Töpfern für Einsteiger", "Yoga am Abend", "Excel Grundlagen"],
    "fr": ["Allemand débutant", "Poterie - tournage", "Aquarelle", "Informatique seniors"],
    "nl": ["Spaans voor beginners", "Boetseren", "Fotografie basis", "Italiaans A1"],
    "it": ["Tedesco base", "Ceramica al tornio", "Acquerello", "Fotografia digitale"],
    "es": ["Inglés A2", "Cerámica", "Pintura al óleo", "Informática básica"],
}
ADULT_WORDS = _words(
    en=(
        ["Enrolment confirmed - payment received"],
        ["Payment failed - place not held"],
        ["Payment processing"],
    ),
    de=(["Anmeldung bestätigt"], ["Zahlung fehlgeschlagen"], ["Zahlung in Bearbeitung"]),
    fr=(["Inscription validée"], ["Paiement refusé"], ["Paiement en cours"]),
    nl=(["Inschrijving bevestigd"], ["Betaling mislukt"], ["Betaling in behandeling"]),
    it=(["Iscrizione confermata"], ["Pagamento non riuscito"], ["Pagamento in elaborazione"]),
    es=(["Inscripción confirmada"], ["Pago rechazado"], ["Pago en proceso"]),
)


def adult_education(rng: random.Random, font: str):
    """An adult education centre's enrolment confirmation (Hertford, Eugene, Dublin, Bonn, Mulhouse, Utrecht,
    Trieste, Alcobendas): the centre on top (the payee), the participant and the tutor (never), a course number
    (Kursnr., N° de cours; never the id), its sessions, room and first evening (never the date), the course fee with
    a materials fee on a share, a concession (Ermäßigung, tarif réduit) on a share; the payment's reference is the id
    where printed, else the enrolment's or invoice's number; its Enrolled on day the date; the amount is the fee
    after the concession."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, ADULT_ED, ADULT_PLACES, 0.7
    )
    status, words = _outcome74(rng, 0.6, lang, ADULT_WORDS)
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Enrolment confirmation", "Course booking"],
        de=["Anmeldebestätigung"],
        fr=["Confirmation d'inscription"],
        nl=["Inschrijfbevestiging"],
        it=["Conferma di iscrizione"],
        es=["Confirmación de inscripción"],
    )
    if words and shown(rng, 0.5):
        rows.append(("center", words))
        words = None
    _pair(
        rows,
        rng,
        lang,
        _who73(rng, currency, lang),
        en=["Learner", "Student"],
        de=["Teilnehmer/in"],
        fr=["Participant"],
        nl=["Cursist"],
        it=["Corsista"],
        es=["Alumno/a"],
    )
    rows.append(("rule",))
    rows.append(("left", rng.choice(COURSES[lang])))
    _pair(
        rows,
        rng,
        lang,
        f"{when.year % 100}{rng.choice('ABCDF')}-{digits(rng, 4)}",
        en=["Course code", "Course no."],
        de=["Kursnr."],
        fr=["N° de cours"],
        nl=["Cursuscode"],
        it=["Codice corso"],
        es=["Código de curso"],
    )
    sessions = rng.choice([6, 8, 10, 12])
    start = _other(when, rng, pattern, lang, 7, 45)
    _pair(
        rows,
        rng,
        lang,
        f"{start}, {sessions} x",
        en=["Starts", "First session"],
        de=["Kursbeginn", "Beginn"],
        fr=["Début"],
        nl=["Start"],
        it=["Inizio corso"],
        es=["Inicio"],
    )
    _pair(
        rows,
        rng,
        lang,
        _pro74(rng, currency, lang),
        en=["Tutor"],
        de=["Kursleitung"],
        fr=["Intervenant"],
        nl=["Docent"],
        it=["Docente"],
        es=["Profesor/a"],
    )
    fee = _p(rng.choice([6.0, 7.5, 9.0]) * sessions, key)
    _pair(
        rows,
        rng,
        lang,
        _m(fee, grouping),
        en=["Course fee"],
        de=["Kursgebühr", "Entgelt"],
        fr=["Frais d'inscription", "Tarif"],
        nl=["Cursusgeld"],
        it=["Quota di iscrizione"],
        es=["Matrícula"],
    )
    net = fee
    if shown(rng, 0.5):
        extra = _p(rng.choice([8.0, 12.0, 15.0]), key)
        _pair(
            rows,
            rng,
            lang,
            _m(extra, grouping),
            en=["Materials"],
            de=["Materialkosten"],
            fr=["Fournitures"],
            nl=["Materiaalkosten"],
            it=["Materiali"],
            es=["Materiales"],
        )
        net = round(net + extra, 2)
    if shown(rng, 0.6):
        rate = rng.choice([0.2, 0.3, 0.5])
        off = round(net * rate, 2)
        _pair(
            rows,
            rng,
            lang,
            "-" + _m(off, grouping),
            en=[f"Concession -{rate * 100:g}%", f"Over-60s discount -{rate * 100:g}%"],
            de=[f"Ermäßigung -{rate * 100:g}%"],
            fr=[f"Tarif réduit -{rate * 100:g}%"],
            nl=[f"Korting -{rate * 100:g}%"],
            it=[f"Riduzione -{rate * 100:g}%"],
            es=[f"Descuento -{rate * 100:g}%"],
        )
        net = round(net - off, 2)
    _total74(rng, rows, fmt, net, status, lang)
    method = _way74(rng, rows, key, lang, 0.2, status, online=True)
    _status74(rng, rows, words, lang)
    txn = _ids73(
        rng,
        rows,
        [
            (
                _t(
                    lang,
                    en=["Payment reference", "Transaction ID"],
                    de=["Zahlungsreferenz", "Transaktionsnummer"],
                    fr=["Référence de paiement"],
                    nl=["Betalingskenmerk"],
                    it=["ID transazione"],
                    es=["Nº de operación"],
                ),
                code(rng, 12, ALNUM),
            ),
            (
                _t(
                    lang,
                    en=["Enrolment No", "Invoice No"],
                    de=["Anmelde-Nr.", "Rechnungsnr."],
                    fr=["N° d'inscription"],
                    nl=["Inschrijfnummer"],
                    it=["N. iscrizione"],
                    es=["Nº de inscripción"],
                ),
                f"{digits(rng, 7)}",
            ),
        ],
        status,
        0.3,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Enrolled on", "Booked on"],
            "de": ["Angemeldet am", "Anmeldedatum"],
            "fr": ["Inscrit le", "Date d'inscription"],
            "nl": ["Ingeschreven op"],
            "it": ["Iscritto il", "Data iscrizione"],
            "es": ["Fecha de inscripción"],
        },
        0.2,
        0.4,
        status,
    )
    truth = truth_fields(name, net, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [EMAIL, SCREEN, DARK])


# ---------------------------------------------------------------- 4 a court office's fee


COURTS = {
    "INR": [("City Civil Court, Bengaluru - Copying Section", "en")],
    "GBP": [("HM Courts & Tribunals Service - Probate", "en")],
    "USD": [("Travis County Probate Court", "en")],
    "EUR": [
        ("Courts Service - Probate Office", "en"),
        ("Amtsgericht Köln - Nachlassgericht", "de"),
        ("Rechtbank Midden-Nederland - Griffie", "nl"),
    ],
}
COURT_PLACES = {
    "City Civil Court, Bengaluru - Copying Section": "K.G. Road, Bengaluru 560009",
    "HM Courts & Tribunals Service - Probate": "PO Box 12625, Harlow CM20 9QE",
    "Travis County Probate Court": "1700 Guadalupe St, Austin, TX 78701",
    "Courts Service - Probate Office": "Phoenix House, 15-24 Phoenix Street North, Dublin 7",
    "Amtsgericht Köln - Nachlassgericht": "Luxemburger Straße 101, 50939 Köln",
    "Rechtbank Midden-Nederland - Griffie": "Vrouwe Justitiaplein 1, 3511 EX Utrecht",
}
COURT_FEES = {
    "INR": [("Court fee stamp", 50.0), ("Copying charges 24 pp @ 4.00", 96.0), ("Urgent fee", 25.0)],
    "GBP": [("Probate application fee", 300.0), ("Extra copies of grant", 1.5)],
    "USD": [("Application for probate - filing fee", 230.0), ("Letters testamentary (certified)", 10.0)],
    "IE": [("Grant of probate - stamp duty", 150.0), ("Certified copy of will", 15.0)],
    "de": [("Gebühr Erbscheinsverfahren", 260.0), ("Beglaubigte Abschrift", 8.0)],
    "nl": [("Griffierecht verzoekschrift", 90.0), ("Afschrift beschikking", 10.0)],
}
COURT_WORDS = _words(
    en=(
        ["Fee paid - your application has been submitted"],
        ["Payment failed - application not submitted"],
        ["Payment pending"],
    ),
    de=(["Zahlung eingegangen"], ["Zahlung fehlgeschlagen"], ["Zahlung in Bearbeitung"]),
    nl=(["Griffierecht voldaan"], ["Betaling mislukt"], ["Betaling in behandeling"]),
)


def court_fee(rng: random.Random, font: str):
    """A court office's receipt or payment confirmation for a fee (Bengaluru copying section, HMCTS probate, Travis
    County, Dublin's Probate Office, Köln's Nachlassgericht, Utrecht's griffie): the court or its office on top (the
    payee), a case number (Case No, Az., Zaaknummer; never the id), the deceased and the applicant (never), a hearing
    or decision's day (never the date), an application fee with certified copies; the payment's reference
    (Kassenzeichen, Betalingskenmerk, Payment reference, Bank Ref No) is the id where printed, else the receipt's
    number; the day paid is the date; the amount is the fees' total."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, COURTS, COURT_PLACES, 1.0
    )
    status, words = _outcome74(rng, 0.6, lang, COURT_WORDS)
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Payment receipt", "Fee payment confirmation"] if key != "INR" else ["COPY APPLICATION FEE"],
        de=["Zahlungsbestätigung"],
        nl=["Betalingsbevestiging griffierecht"],
    )
    case = {
        "INR": f"O.S. No. {rng.randrange(100, 9999)}/{when.year - rng.randrange(1, 6)}",
        "GBP": f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
        "USD": f"C-1-PB-{when.year % 100}-{digits(rng, 6)}",
        "IE": f"{when.year}/PO/{digits(rng, 5)}",
        "de": f"{rng.randrange(10, 99)} VI {rng.randrange(100, 999)}/{when.year % 100}",
        "nl": f"C/16/{digits(rng, 6)} / FA RK {when.year % 100}-{digits(rng, 4)}",
    }[key]
    _pair(
        rows, rng, lang, case, en=["Case No", "Case reference"], de=["Aktenzeichen", "Az."], nl=["Zaaknummer"]
    )
    if key != "INR":
        _pair(
            rows,
            rng,
            lang,
            _who73(rng, currency, lang),
            en=["Estate of", "Deceased"],
            de=["Nachlass"],
            nl=["Betreft"],
        )
    _pair(
        rows,
        rng,
        lang,
        _who73(rng, currency, lang),
        en=["Applicant", "Filed by"],
        de=["Antragsteller/in"],
        nl=["Verzoeker"],
    )
    rows.append(("rule",))
    fees = COURT_FEES[key]
    total = 0.0
    for index, (label, value) in enumerate(fees):
        if index and not shown(rng, 0.4):
            continue
        if index and key in ("GBP", "USD", "IE", "de", "nl") and shown(rng, 0.5):
            copies = rng.choice([2, 3, 4])
            label, value = f"{label} x {copies}", value * copies
        rows.append(("pair", label, _m(value, grouping)))
        total += value
    total = round(total, 2)
    _total74(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        {"en": ["Total", "Total fee", "Amount"], "de": ["Gesamtbetrag"], "nl": ["Totaal"]},
    )
    if shown(rng, 0.4):
        _pair(
            rows,
            rng,
            lang,
            _other(when, rng, pattern, lang, 20, 90),
            en=["Hearing date", "Next listing"],
            de=["Termin"],
            nl=["Zitting"],
        )
    method = _way74(rng, rows, key, lang, 0.2, status, online=True)
    _status74(rng, rows, words, lang)
    strong = {
        "INR": (["Bank Ref No", "Transaction ID"], digits(rng, 12)),
        "GBP": (
            ["Payment reference"],
            f"RC-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
        ),
        "USD": (["Confirmation number"], code(rng, 10, ALNUM)),
        "IE": (["Payment reference"], f"PO{digits(rng, 9)}"),
        "de": (["Kassenzeichen"], f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"),
        "nl": (["Betalingskenmerk"], f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"),
    }[key]
    txn = _ids73(
        rng,
        rows,
        [strong, (_t(lang, en=["Receipt No"], de=["Quittung Nr."], nl=["Kwitantie nr."]), digits(rng, 8))],
        status,
        0.3,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Date of payment", "Payment date"], "de": ["Zahlungsdatum"], "nl": ["Betaaldatum"]},
        0.15,
        0.4,
        status,
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [A4, EMAIL, SCREEN])


# ---------------------------------------------------------------- 5 a lost property office's release


LOST_PROPERTY = {
    "GBP": [("Lost Property Office - City of Leeds", "en")],
    "USD": [("Metro Transit Lost & Found", "en")],
    "EUR": [
        ("Dublin Bus Lost Property", "en"),
        ("Zentrales Fundbüro Köln", "de"),
        ("Service des Objets Trouvés - Ville de Lyon", "fr"),
        ("Gevonden Voorwerpen Gemeente Rotterdam", "nl"),
        ("Ufficio Oggetti Smarriti - Comune di Firenze", "it"),
        ("Oficina de Objetos Perdidos de Valencia", "es"),
    ],
}
LOST_PLACES = {
    "Lost Property Office - City of Leeds": "Merrion House, 110 Merrion Centre, Leeds LS2 8BB",
    "Metro Transit Lost & Found": "560 6th Ave N, Minneapolis, MN 55411",
    "Dublin Bus Lost Property": "59 Upper O'Connell Street, Dublin 1",
    "Zentrales Fundbüro Köln": "Ottmar-Pohl-Platz 1, 51103 Köln",
    "Service des Objets Trouvés - Ville de Lyon": "Mairie du 3e, 215 rue Duguesclin, 69003 Lyon",
    "Gevonden Voorwerpen Gemeente Rotterdam": "Stadswinkel, Librijesteeg 4, 3011 HN Rotterdam",
    "Ufficio Oggetti Smarriti - Comune di Firenze": "Via Circondaria 17/b, 50127 Firenze",
    "Oficina de Objetos Perdidos de Valencia": "Calle de Castellón 32, 46004 València",
}
ITEMS_LOST = {
    "en": ["Black rucksack", "Smartphone (grey)", "Brown leather wallet", "Umbrella", "House keys (3)"],
    "de": ["Rucksack, schwarz", "Smartphone, grau", "Geldbörse, braun", "Schlüsselbund"],
    "fr": ["Sac à dos noir", "Téléphone portable", "Portefeuille marron", "Trousseau de clés"],
    "nl": ["Zwarte rugzak", "Smartphone", "Bruine portemonnee", "Sleutelbos"],
    "it": ["Zaino nero", "Cellulare", "Portafoglio marrone", "Mazzo di chiavi"],
    "es": ["Mochila negra", "Teléfono móvil", "Cartera marrón", "Llavero"],
}


def lost_property(rng: random.Random, font: str):
    """A lost property office's release slip (Leeds, Minneapolis, Dublin, Köln, Lyon, Rotterdam, Florence,
    Valencia): the office on top (the payee), the owner (never) with an ID checked, the item, where and on which
    day it was found (never the date) and its item number (Fund-Nr., N° d'objet; never the id), a handling fee by the
    item's value with storage days or postage on a share, a finder's reward paid to the finder apart (never in the
    amount); the slip's receipt number is the id, its date the day paid; the amount is the fees."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, LOST_PROPERTY, LOST_PLACES, 1.0
    )
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Release of found property", "LOST PROPERTY - RECEIPT"],
        de=["Aushändigung Fundsache"],
        fr=["Restitution d'objet trouvé"],
        nl=["Afgifte gevonden voorwerp"],
        it=["Restituzione oggetto ritrovato"],
        es=["Entrega de objeto perdido"],
    )
    bill = _id73(rng, rows, _t(lang, **RECEIPT_NO), f"{digits(rng, 2)}-{digits(rng, 5)}", 0.15, None)
    dated = _dated74(rng, rows, when, pattern, currency, lang, DATE_LABELS, 0.15, 0.6)
    _pair(
        rows,
        rng,
        lang,
        f"{when.year}/{digits(rng, 5)}",
        en=["Item ref", "Property No"],
        de=["Fund-Nr.", "Fundnummer"],
        fr=["N° d'objet"],
        nl=["Registratienr."],
        it=["N. reperto"],
        es=["Nº de objeto"],
    )
    rows.append(("left", rng.choice(ITEMS_LOST[lang])))
    found = _d73(_earlier(when, rng, 2, 40), pattern, lang)
    _pair(
        rows,
        rng,
        lang,
        found,
        en=["Found on", "Date found"],
        de=["Gefunden am", "Funddatum"],
        fr=["Trouvé le"],
        nl=["Gevonden op"],
        it=["Ritrovato il"],
        es=["Encontrado el"],
    )
    owner = _who73(rng, currency, lang)
    _pair(
        rows,
        rng,
        lang,
        owner,
        en=["Owner", "Collected by"],
        de=["Verlierer/in", "Empfänger/in"],
        fr=["Propriétaire"],
        nl=["Eigenaar"],
        it=["Proprietario"],
        es=["Propietario/a"],
    )
    if shown(rng, 0.5):
        _pair(
            rows,
            rng,
            lang,
            f"****{digits(rng, 4)}",
            en=["ID checked"],
            de=["Ausweis geprüft"],
            fr=["Pièce d'identité"],
            nl=["ID gecontroleerd"],
            it=["Documento"],
            es=["DNI comprobado"],
        )
    rows.append(("rule",))
    total = _p(rng.choice([5.0, 10.0, 15.0]), key)
    _pair(
        rows,
        rng,
        lang,
        _m(total, grouping),
        en=["Handling fee", "Recovery fee"],
        de=["Verwaltungsgebühr", "Gebühr"],
        fr=["Frais de garde"],
        nl=["Leges"],
        it=["Diritti di custodia"],
        es=["Tasa de depósito"],
    )
    if shown(rng, 0.4):
        days = rng.randrange(8, 30)
        extra = round(_p(0.5, key) * days, 2)
        _pair(
            rows,
            rng,
            lang,
            _m(extra, grouping),
            en=[f"Storage {days} days"],
            de=[f"Aufbewahrung {days} Tage"],
            fr=[f"Stockage {days} jours"],
            nl=[f"Opslag {days} dagen"],
            it=[f"Giacenza {days} giorni"],
            es=[f"Almacenaje {days} días"],
        )
        total = round(total + extra, 2)
    elif shown(rng, 0.5):
        extra = _p(6.0, key)
        _pair(
            rows,
            rng,
            lang,
            _m(extra, grouping),
            en=["Postage (recorded)"],
            de=["Versand"],
            fr=["Envoi postal"],
            nl=["Verzendkosten"],
            it=["Spedizione"],
            es=["Envío"],
        )
        total = round(total + extra, 2)
    status, method, _utr = _settle(
        rng, rows, fmt, grouping, total, key, currency, lang, None, 0.35, 0.35, 0.4
    )
    if shown(rng, 0.4):
        reward = _p(rng.choice([5.0, 10.0, 12.5]), key)
        _line(
            rows,
            "small",
            rng,
            lang,
            en=[f"Finder's reward {_m(reward, grouping)} paid to the finder directly"],
            de=[f"Finderlohn {_m(reward, grouping)} direkt an Finder/in"],
            fr=[f"Récompense de {_m(reward, grouping)} versée directement à l'inventeur"],
            nl=[f"Vindersloon {_m(reward, grouping)} rechtstreeks aan vinder"],
            it=[f"Mancia di {_m(reward, grouping)} al ritrovatore, pagata a parte"],
            es=[f"Gratificación de {_m(reward, grouping)} al hallador, aparte"],
        )
    truth = truth_fields(name, total, currency, bill, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [THERMAL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 6 a credit union's counter lodgement


CREDIT_UNIONS = {
    "INR": [
        ("Janata Sahakari Patsanstha Maryadit", "en"),
        ("Sri Vinayaka Co-operative Credit Society Ltd", "en"),
    ],
    "GBP": [("Riverside Community Credit Union", "en")],
    "USD": [("Lakeview Federal Credit Union", "en")],
    "EUR": [("St Canice's Credit Union", "en")],
}
CU_PLACES = {
    "Janata Sahakari Patsanstha Maryadit": "Shivaji Chowk, Baramati, Pune 413102",
    "Sri Vinayaka Co-operative Credit Society Ltd": "1st Main, Gandhinagar, Mysuru 570001",
    "Riverside Community Credit Union": "14 Castle Street, Shrewsbury SY1 2BQ",
    "Lakeview Federal Credit Union": "880 Lake Ave, Racine, WI 53403",
    "St Canice's Credit Union": "Dean Street, Kilkenny R95 EP40",
}
CU_WORDS = _words(
    en=(["Transaction complete", "Lodgement received - thank you"], ["Transaction declined"], ["Pending"])
)


def credit_union_lodgement(rng: random.Random, font: str):
    """A credit union's or co-operative credit society's counter receipt (Baramati, Mysuru, Shrewsbury, Racine,
    Kilkenny): the credit union on top (the payee), the member and the teller (never), a member number and a loan
    account (never the id), a loan repayment with its interest, shares or savings lodged on a share, a loan balance
    and a share balance after it (never the amount); the transaction's number is the id unless a UTR is printed, its
    date the day paid; the amount is what was lodged."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, CREDIT_UNIONS, CU_PLACES, 1.0
    )
    rows.append(("center", rng.choice(["MEMBER RECEIPT", "Counter receipt", "Lodgement receipt"])))
    bill = _id73(
        rng,
        rows,
        ["Trans No", "Receipt No", "Txn No"] if key != "INR" else ["Pavti No", "Receipt No"],
        f"{rng.randrange(1, 9)}{digits(rng, 6)}",
        0.15,
        None,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, {"en": ["Date", "Txn date"]}, 0.15, 0.7)
    member = _who73(rng, currency, lang)
    rows.append(
        ("pair", rng.choice(["Member", "Name", "Sabhasad"] if key == "INR" else ["Member", "Name"]), member)
    )
    rows.append(("pair", rng.choice(["Member No", "A/c No"]), digits(rng, 6)))
    rows.append(("rule",))
    repayment = _p(rng.choice([60.0, 85.0, 120.0, 150.0]), key)
    interest = round(repayment * rng.choice([0.08, 0.12, 0.15]), 2)
    loan = f"L{digits(rng, 3)}"
    rows.append(("pair", f"Loan {loan} - principal", _m(repayment, grouping)))
    rows.append(("pair", f"Loan {loan} - interest", _m(interest, grouping)))
    total = round(repayment + interest, 2)
    if shown(rng, 0.6):
        shares = _p(rng.choice([20.0, 25.0, 50.0]), key)
        rows.append(("pair", rng.choice(["Shares lodged", "Savings", "Share deposit"]), _m(shares, grouping)))
        total = round(total + shares, 2)
    if shown(rng, 0.3):
        fine = _p(2.0, key)
        rows.append(("pair", "Late payment charge", _m(fine, grouping)))
        total = round(total + fine, 2)
    status, method, utr = _settle(
        rng,
        rows,
        fmt,
        grouping,
        total,
        key,
        currency,
        lang,
        CU_WORDS,
        0.4,
        0.25,
        0.5,
        {"en": ["Total lodged", "Total", "Amount"]},
    )
    rows.append(("rule",))
    rows.append(("pair", "Loan balance", _m(_p(rng.choice([900.0, 1800.0, 3200.0]), key), grouping)))
    if shown(rng, 0.6):
        rows.append(("pair", "Share balance", _m(_p(rng.choice([400.0, 1250.0, 2600.0]), key), grouping)))
    rows.append(
        ("small", f"Teller {rng.choice(['T', 'C'])}{rng.randrange(1, 9)}  {_pro74(rng, currency, lang)}")
    )
    truth = truth_fields(name, total, currency, utr or bill, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [THERMAL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 7 a first aid course booking


FIRST_AID = {
    "INR": [("St. John Ambulance (India) - Delhi Centre", "en")],
    "GBP": [("St John Ambulance Training", "en")],
    "USD": [("Red Cross Training Services - Denver", "en")],
    "EUR": [
        ("Order of Malta Ireland - Cork Unit", "en"),
        ("DRK Kreisverband Freiburg e.V.", "de"),
        ("Croix-Rouge française - Nantes", "fr"),
        ("EHBO-vereniging Amersfoort", "nl"),
        ("Croce Rossa Italiana - Comitato di Bergamo", "it"),
        ("Cruz Roja Española - Zaragoza", "es"),
    ],
}
AID_PLACES = {
    "St. John Ambulance (India) - Delhi Centre": "Red Cross Road, New Delhi 110001",
    "St John Ambulance Training": "27 St John's Lane, London EC1M 4BU",
    "Red Cross Training Services - Denver": "444 Sherman St, Denver, CO 80203",
    "Order of Malta Ireland - Cork Unit": "Tory Top Road, Ballyphehane, Cork",
    "DRK Kreisverband Freiburg e.V.": "Dunantstraße 2, 79110 Freiburg",
    "Croix-Rouge française - Nantes": "9 rue Gaston Turpin, 44000 Nantes",
    "EHBO-vereniging Amersfoort": "Leusderweg 12, 3811 NE Amersfoort",
    "Croce Rossa Italiana - Comitato di Bergamo": "Via Croce Rossa 2, 24125 Bergamo",
    "Cruz Roja Española - Zaragoza": "Calle Sancho y Gil 8, 50001 Zaragoza",
}
AID_COURSES = {
    "INR": [("First Aid Training (1 day)", 20.0), ("CPR & AED (half day)", 12.0)],
    "GBP": [("Emergency First Aid at Work (1 day)", 95.0), ("Paediatric First Aid (2 days)", 150.0)],
    "USD": [("Adult First Aid/CPR/AED", 60.0), ("Babysitting Basics", 55.0)],
    "IE": [("Occupational First Aid (3 days)", 180.0), ("Cardiac First Response", 60.0)],
    "de": [("Erste-Hilfe-Kurs (Führerschein)", 40.0), ("Erste Hilfe am Kind", 35.0)],
    "fr": [("PSC1 - Prévention et secours civiques", 55.0), ("Gestes qui sauvent", 15.0)],
    "nl": [("EHBO basiscursus", 190.0), ("Reanimatie en AED", 45.0)],
    "it": [("Corso BLSD laici", 50.0), ("Primo soccorso pediatrico", 45.0)],
    "es": [("Curso de primeros auxilios", 45.0), ("Soporte vital básico y DEA", 35.0)],
}
AID_WORDS = _words(
    en=(
        ["Payment successful - see you on the course"],
        ["Payment failed - place not booked"],
        ["Payment pending"],
    ),
    de=(["Zahlung erfolgreich - Platz gebucht"], ["Zahlung fehlgeschlagen"], ["Zahlung ausstehend"]),
    fr=(["Paiement accepté - inscription confirmée"], ["Paiement refusé"], ["Paiement en attente"]),
    nl=(["Betaling geslaagd"], ["Betaling mislukt"], ["Betaling in behandeling"]),
    it=(["Pagamento riuscito"], ["Pagamento rifiutato"], ["Pagamento in attesa"]),
    es=(["Pago realizado - plaza reservada"], ["Pago rechazado"], ["Pago pendiente"]),
)


def first_aid_course(rng: random.Random, font: str):
    """A first aid course's booking confirmation (Delhi, London, Denver, Cork, Freiburg, Nantes, Amersfoort,
    Bergamo, Zaragoza): the training body on top (the payee), the participant and the trainer (never), the course's
    day and hour and venue (never the date), a certificate number on a share (never the id), the course fee for one
    or two people, a manual on a share, an online booking fee on a share, GST added on Indian pages; the payment's
    reference is the id where printed, else the booking's number; its Booked on day the date; the amount is the
    total."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, FIRST_AID, AID_PLACES, 0.6
    )
    status, words = _outcome74(rng, 0.6, lang, AID_WORDS)
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Booking confirmation", "Your course booking"],
        de=["Buchungsbestätigung"],
        fr=["Confirmation d'inscription"],
        nl=["Bevestiging inschrijving"],
        it=["Conferma iscrizione"],
        es=["Confirmación de reserva"],
    )
    if words and shown(rng, 0.5):
        rows.append(("center", words))
        words = None
    course, price = rng.choice(AID_COURSES[key])
    rows.append(("left", course))
    course_day = _other(when, rng, pattern, lang, 5, 40)
    _pair(
        rows,
        rng,
        lang,
        f"{course_day}, {rng.choice(['08:30', '09:00', '09:30', '18:00'])}",
        en=["Course date", "When"],
        de=["Kurstermin"],
        fr=["Date de la session"],
        nl=["Cursusdatum"],
        it=["Data corso"],
        es=["Fecha del curso"],
    )
    people = [_who73(rng, currency, lang)]
    if shown(rng, 0.6):
        people.append(_who73(rng, currency, lang, *people))
    _pair(
        rows,
        rng,
        lang,
        ", ".join(people),
        en=["Participant(s)", "Attendee"],
        de=["Teilnehmende"],
        fr=["Participant(s)"],
        nl=["Deelnemer(s)"],
        it=["Partecipanti"],
        es=["Participantes"],
    )
    if shown(rng, 0.5):
        _pair(
            rows,
            rng,
            lang,
            _pro74(rng, currency, lang, *people),
            en=["Trainer"],
            de=["Ausbilder/in"],
            fr=["Formateur"],
            nl=["Instructeur"],
            it=["Istruttore"],
            es=["Formador/a"],
        )
    rows.append(("rule",))
    fee = round(_p(price, key) * len(people), 2)
    rows.append(("pair", f"{len(people)} x {_m(_p(price, key), grouping)}", _m(fee, grouping)))
    net = fee
    if shown(rng, 0.4):
        extra = round(_p(8.0, key) * len(people), 2)
        _pair(
            rows,
            rng,
            lang,
            _m(extra, grouping),
            en=["Course manual"],
            de=["Begleitheft"],
            fr=["Livret"],
            nl=["Cursusboek"],
            it=["Manuale"],
            es=["Manual"],
        )
        net = round(net + extra, 2)
    if shown(rng, 0.3):
        extra = _p(1.5, key)
        _pair(
            rows,
            rng,
            lang,
            _m(extra, grouping),
            en=["Booking fee"],
            de=["Buchungsgebühr"],
            fr=["Frais de réservation"],
            nl=["Boekingskosten"],
            it=["Diritti di prenotazione"],
            es=["Gastos de gestión"],
        )
        net = round(net + extra, 2)
    total = _tax74(rng, rows, grouping, net, key, lang) if key == "INR" else net
    _total74(rng, rows, fmt, total, status, lang)
    method = _way74(rng, rows, key, lang, 0.2, status, online=True)
    _status74(rng, rows, words, lang)
    txn = _ids73(
        rng,
        rows,
        [
            (
                _t(
                    lang,
                    en=["Payment ref", "Transaction ID"]
                    if key != "INR"
                    else ["Bank Ref No", "Transaction ID"],
                    de=["Zahlungsreferenz"],
                    fr=["Référence de paiement"],
                    nl=["Betaalreferentie"],
                    it=["ID transazione"],
                    es=["Nº de operación"],
                ),
                digits(rng, 12) if key == "INR" else _pay_ref(rng),
            ),
            (
                _t(
                    lang,
                    en=["Booking No", "Booking ref"],
                    de=["Buchungsnr."],
                    fr=["N° de réservation"],
                    nl=["Boekingsnummer"],
                    it=["N. prenotazione"],
                    es=["Nº de reserva"],
                ),
                f"{code(rng, 2, UPPER)}{digits(rng, 6)}",
            ),
        ],
        status,
        0.3,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Booked on", "Booking date"],
            "de": ["Gebucht am"],
            "fr": ["Réservé le"],
            "nl": ["Geboekt op"],
            "it": ["Prenotato il"],
            "es": ["Reservado el"],
        },
        0.2,
        0.4,
        status,
    )
    if shown(rng, 0.4):
        _line(
            rows,
            "small",
            rng,
            lang,
            en=["Certificate valid for 3 years from the course date."],
            de=["Bescheinigung gilt für Führerschein und Beruf."],
            fr=["Attestation remise en fin de session."],
            nl=["Diploma na afloop van de cursus."],
            it=["Attestato rilasciato a fine corso."],
            es=["Certificado al finalizar el curso."],
        )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [EMAIL, SCREEN, DARK])


# ---------------------------------------------------------------- 8 a tourist information office's counter slip


TOURIST_OFFICES = {
    "GBP": [("York Visitor Information Centre", "en")],
    "USD": [("Santa Fe Visitor Center", "en")],
    "EUR": [
        ("Kinsale Tourist Office", "en"),
        ("Tourist-Information Bamberg", "de"),
        ("Office de Tourisme de Colmar", "fr"),
        ("VVV Texel", "nl"),
        ("Ufficio Turistico IAT Lucca", "it"),
        ("Oficina de Turismo de Ronda", "es"),
    ],
}
TOURIST_PLACES = {
    "York Visitor Information Centre": "1 Museum Street, York YO1 7DT",
    "Santa Fe Visitor Center": "66 E San Francisco St, Santa Fe, NM 87501",
    "Kinsale Tourist Office": "Pier Road, Kinsale, Co. Cork",
    "Tourist-Information Bamberg": "Geyerswörthstraße 5, 96047 Bamberg",
    "Office de Tourisme de Colmar": "Place Unterlinden, 68000 Colmar",
    "VVV Texel": "Emmalaan 66, 1791 AV Den Burg",
    "Ufficio Turistico IAT Lucca": "Piazzale Verdi, 55100 Lucca",
    "Oficina de Turismo de Ronda": "Paseo Blas Infante s/n, 29400 Ronda",
}
TOURIST_ITEMS = {
    "en": [("Walking map", 1.5), ("Postcards x4", 2.0), ("Tea towel", 8.0), ("Bus day ticket", 5.5)],
    "de": [("Stadtplan", 1.5), ("Postkarten x4", 2.0), ("Tasse Altstadt", 8.0), ("Tageskarte Bus", 5.5)],
    "fr": [
        ("Plan de ville", 1.5),
        ("Cartes postales x4", 2.0),
        ("Mug Petite Venise", 8.0),
        ("Ticket bus jour", 5.5),
    ],
    "nl": [("Fietskaart Texel", 3.5), ("Ansichtkaarten x4", 2.0), ("Mok Texel", 8.0), ("Dagkaart bus", 5.5)],
    "it": [
        ("Mappa della città", 1.5),
        ("Cartoline x4", 2.0),
        ("Tazza Lucca", 8.0),
        ("Biglietto bus giornaliero", 5.5),
    ],
    "es": [
        ("Plano de la ciudad", 1.5),
        ("Postales x4", 2.0),
        ("Taza Puente Nuevo", 8.0),
        ("Bono bus día", 5.5),
    ],
}
TOURS = {
    "en": "Guided walking tour",
    "de": "Stadtführung Altstadt",
    "fr": "Visite guidée vieille ville",
    "nl": "Wadlopen met gids",
    "it": "Visita guidata mura",
    "es": "Visita guiada Ronda",
}


def tourist_office(rng: random.Random, font: str):
    """A tourist information office's counter slip (York, Santa Fe, Kinsale, Bamberg, Colmar, Texel, Lucca, Ronda):
    the office on top (the payee), a guided walk's tickets for adults and children with the walk's day and hour
    (never the date), maps, postcards, souvenirs or a bus day ticket, VAT (MwSt., TVA, btw, IVA) included or sales
    tax added on US slips, the cashier (never), a card terminal's lines or cash or a way under a label; the slip's
    number is the id, its date the day paid; the amount is the slip's total."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, TOURIST_OFFICES, TOURIST_PLACES, 0.6
    )
    bill = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Receipt #", "Trans No"],
            de=["Bon-Nr.", "Beleg-Nr."],
            fr=["Ticket n°"],
            nl=["Bonnr."],
            it=["Scontrino n."],
            es=["Ticket nº"],
        ),
        f"{rng.randrange(1, 4)}-{digits(rng, 5)}",
        0.2,
        None,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, DATE_LABELS, 0.1, 0.8)
    if shown(rng, 0.5):
        _pair(
            rows,
            rng,
            lang,
            _pro74(rng, currency, lang),
            en=["Served by", "Cashier"],
            de=["Es bediente Sie"],
            fr=["Caisse"],
            nl=["Kassa"],
            it=["Operatore"],
            es=["Le atendió"],
        )
    rows.append(("rule",))
    net = 0.0
    if shown(rng, 0.7):
        adults, children = rng.choice([1, 2, 2, 3]), rng.choice([0, 0, 1, 2])
        price = _p(rng.choice([8.0, 10.0, 12.0]), key)
        rows.append(("left", TOURS[lang]))
        rows.append(("pair", f"  {adults} x {_m(price, grouping)}", _m(adults * price, grouping)))
        net = round(adults * price, 2)
        if children:
            half = round(price / 2, 2)
            rows.append(
                ("pair", f"  {children} x {_m(half, grouping)} (6-15)", _m(children * half, grouping))
            )
            net = round(net + children * half, 2)
        rows.append(
            (
                "small",
                f"  {_other(when, rng, pattern, lang, 1, 8)} "
                f"{rng.choice(['10:30', '11:00', '14:00', '15:30'])}",
            )
        )
        net = round(net + _lines(rng, rows, grouping, key, TOURIST_ITEMS[lang], rng.choice([0, 1, 2])), 2)
    else:
        net = _lines(rng, rows, grouping, key, TOURIST_ITEMS[lang], rng.choice([2, 3]))
    if key == "USD":
        total = _tax74(rng, rows, grouping, net, key, lang, 0.08313)
    elif key in ("GBP", "IE", "de", "fr", "nl", "it", "es"):
        total = _tax74(rng, rows, grouping, net, key, lang, None, "included") if shown(rng, 0.3) else net
    else:
        total = net
    status, method, _utr = _settle(
        rng, rows, fmt, grouping, total, key, currency, lang, None, 0.3, 0.45, 0.35
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Tours run rain or shine.", "Thank you for visiting!"],
        de=["Vielen Dank für Ihren Besuch!"],
        fr=["Merci de votre visite !"],
        nl=["Bedankt en fijne dag op Texel!"],
        it=["Grazie e buona visita!"],
        es=["¡Gracias por su visita!"],
    )
    truth = truth_fields(name, total, currency, bill, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [THERMAL, _sized(THERMAL, 17)])


# ---------------------------------------------------------------- 9 a dog pound's release of a stray


POUNDS = {
    "GBP": [("Wealden District Council - Dog Warden Service", "en")],
    "USD": [("Pima County Animal Care Center", "en")],
    "EUR": [
        ("Meath County Council Dog Shelter", "en"),
        ("Tierheim Augsburg - Fundtierstelle", "de"),
        ("Fourrière Animale du Grand Dax", "fr"),
        ("Dierenopvangcentrum De Hof van Ede", "nl"),
    ],
}
POUND_PLACES = {
    "Wealden District Council - Dog Warden Service": "Vicarage Lane, Hailsham BN27 2AX",
    "Pima County Animal Care Center": "4000 N Silverbell Rd, Tucson, AZ 85745",
    "Meath County Council Dog Shelter": "Kilcarn, Navan, Co. Meath",
    "Tierheim Augsburg - Fundtierstelle": "Holzweg 64, 86156 Augsburg",
    "Fourrière Animale du Grand Dax": "Route de Saint-Sever, 40100 Dax",
    "Dierenopvangcentrum De Hof van Ede": "Hof van Ede 1, 6718 XA Ede",
}
BREEDS = ["Labrador cross", "Jack Russell", "Collie", "Staffie", "Beagle", "Spaniel"]
POUND_WORDS = _words(
    en=(["Fees paid - dog released to owner"], ["Payment declined - dog not released"], ["Payment pending"]),
    de=(["Bezahlt - Tier übergeben"], ["Zahlung abgelehnt"], ["Zahlung ausstehend"]),
    fr=(["Réglé - animal restitué"], ["Paiement refusé"], ["Paiement en attente"]),
    nl=(["Betaald - hond opgehaald"], ["Betaling geweigerd"], ["Betaling in behandeling"]),
)


def dog_pound_release(rng: random.Random, font: str):
    """A dog pound's or warden service's release receipt for a stray (Hailsham, Tucson, Navan, Augsburg, Dax, Ede):
    the service on top (the payee), the owner (never), the dog's name, breed and microchip number (never the id), a
    case number (never the id), the day it was seized and where (never the date), a statutory release fee, kennelling
    days at a rate, a microchip, a vaccination or a dog licence on a share; the receipt's number is the id, its date
    the day paid; the amount is the total."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, POUNDS, POUND_PLACES, 1.0
    )
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Stray dog release", "RECLAIM RECEIPT"],
        de=["Rückgabe Fundtier"],
        fr=["Restitution d'animal"],
        nl=["Teruggave gevonden hond"],
    )
    bill = _id73(rng, rows, _t(lang, **RECEIPT_NO), f"{digits(rng, 6)}", 0.15, None)
    dated = _dated74(rng, rows, when, pattern, currency, lang, DATE_LABELS, 0.15, 0.5)
    _pair(
        rows,
        rng,
        lang,
        f"{rng.choice(['SD', 'DW', 'F'])}{when.year % 100}-{digits(rng, 4)}",
        en=["Case No", "Impound No"],
        de=["Fundtier-Nr."],
        fr=["N° de dossier"],
        nl=["Dossiernr."],
    )
    _pair(
        rows,
        rng,
        lang,
        _who73(rng, currency, lang),
        en=["Owner"],
        de=["Halter/in"],
        fr=["Propriétaire"],
        nl=["Eigenaar"],
    )
    dog = rng.choice(["Bella", "Max", "Luna", "Rocky", "Daisy", "Bruno"])
    _pair(
        rows, rng, lang, f"{dog} ({rng.choice(BREEDS)})", en=["Dog"], de=["Hund"], fr=["Chien"], nl=["Hond"]
    )
    _pair(
        rows,
        rng,
        lang,
        f"{rng.choice(['826', '372', '276', '250', '528', '985'])}{digits(rng, 12)}",
        en=["Microchip"],
        de=["Chipnummer"],
        fr=["N° de puce"],
        nl=["Chipnummer"],
    )
    days = rng.randrange(1, 7)
    seized = _d73(_earlier(when, rng, days, days + 1), pattern, lang)
    _pair(
        rows,
        rng,
        lang,
        seized,
        en=["Seized on", "Picked up"],
        de=["Aufgenommen am"],
        fr=["Capturé le"],
        nl=["Binnengebracht op"],
    )
    rows.append(("rule",))
    fee = _p(25.0, key)
    _pair(
        rows,
        rng,
        lang,
        _m(fee, grouping),
        en=["Statutory release fee", "Reclaim fee"],
        de=["Verwaltungsgebühr"],
        fr=["Frais de capture"],
        nl=["Ophaalkosten"],
    )
    rate = _p(rng.choice([12.0, 15.0, 18.0]), key)
    kennel = round(rate * days, 2)
    _pair(
        rows,
        rng,
        lang,
        _m(kennel, grouping),
        en=[f"Kennelling {days} day(s) @ {_m(rate, grouping)}"],
        de=[f"Unterbringung {days} Tag(e) à {_m(rate, grouping)}"],
        fr=[f"Pension {days} jour(s) x {_m(rate, grouping)}"],
        nl=[f"Opvang {days} dag(en) à {_m(rate, grouping)}"],
    )
    total = round(fee + kennel, 2)
    extras = [
        (_t(lang, en=["Microchipping"], de=["Chippen"], fr=["Identification"], nl=["Chippen"])[0], 15.0),
        (_t(lang, en=["Vaccination"], de=["Impfung"], fr=["Vaccination"], nl=["Vaccinatie"])[0], 30.0),
    ]
    if key == "IE":
        extras.append(("Dog licence (1 year)", 16.5))
    total = round(total + _lines(rng, rows, grouping, key, extras, rng.choice([0, 1, 2])), 2)
    status, method, _utr = _settle(
        rng, rows, fmt, grouping, total, key, currency, lang, POUND_WORDS, 0.5, 0.3, 0.3
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Please keep your dog's microchip details up to date."],
        de=["Bitte Chipdaten beim Haustierregister aktualisieren."],
        fr=["Pensez à mettre à jour l'I-CAD."],
        nl=["Houd de chipregistratie actueel."],
    )
    truth = truth_fields(name, total, currency, bill, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [_sized(PAPER, 18), A4, THERMAL])


# ---------------------------------------------------------------- 10 a university's graduation or convocation fees


UNIVERSITIES = {
    "INR": [("Savitribai Phule Pune University", "en"), ("University of Mysore - Convocation Section", "en")],
    "GBP": [("University of Hull - Graduation Office", "en")],
    "USD": [("Portland State University - Commencement", "en")],
    "EUR": [("University of Galway - Conferring Office", "en")],
}
UNI_PLACES = {
    "Savitribai Phule Pune University": "Ganeshkhind, Pune 411007",
    "University of Mysore - Convocation Section": "Crawford Hall, Mysuru 570005",
    "University of Hull - Graduation Office": "Cottingham Road, Hull HU6 7RX",
    "Portland State University - Commencement": "1825 SW Broadway, Portland, OR 97201",
    "University of Galway - Conferring Office": "University Road, Galway H91 TK33",
}
UNI_ITEMS = {
    "INR": [
        ("Convocation fee", 18.75),
        ("Degree certificate (in person)", 7.5),
        ("Postal charges (in absentia)", 2.5),
        ("Late fee", 5.0),
    ],
    "GBP": [
        ("Guest tickets x 2", 30.0),
        ("Additional guest ticket", 15.0),
        ("Ceremony livestream download", 12.0),
    ],
    "USD": [("Graduation application fee", 25.0), ("Cap & gown package", 45.0), ("Diploma cover", 20.0)],
    "IE": [("Conferring fee", 60.0), ("Guest tickets x 2", 20.0), ("Parchment frame", 55.0)],
}
UNI_WORDS = _words(
    en=(
        ["Payment successful - you are registered for the ceremony", "Transaction successful"],
        ["Transaction failed", "Payment failed - registration incomplete"],
        ["Payment pending - awaiting bank confirmation"],
    )
)


def graduation_fees(rng: random.Random, font: str):
    """A university's graduation or convocation fee receipt on its portal (Pune, Mysuru, Hull, Portland, Galway): the
    university or its office on top (the payee), the student (never) with a student ID, PRN or seat number and an
    application number (never the id), the programme, the ceremony's day and hour (never the date), a convocation fee
    with a degree certificate's fee, postage in absentia or a late fee, or guest tickets, a cap and gown package and
    a frame; the payment's or bank's reference is the id where printed, else the receipt's or order's number; the
    day paid is the date; the amount is the total."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, UNIVERSITIES, UNI_PLACES, 1.0
    )
    status, words = _outcome74(rng, 0.65, lang, UNI_WORDS)
    rows.append(
        (
            "center",
            rng.choice(["CONVOCATION FEE RECEIPT", "Online Payment Receipt"])
            if key == "INR"
            else rng.choice(["Graduation payment", "Order summary", "Conferring registration"]),
        )
    )
    if words and shown(rng, 0.5):
        rows.append(("center", words))
        words = None
    student = _who73(rng, currency, lang)
    rows.append(("pair", rng.choice(["Student name", "Graduand", "Name"]), student))
    if key == "INR":
        rows.append(
            ("pair", rng.choice(["PRN", "Seat No", "Enrolment No"]), f"{when.year - 4}{digits(rng, 8)}")
        )
        rows.append(("pair", "Application No", f"CONV{digits(rng, 7)}"))
    else:
        rows.append(("pair", rng.choice(["Student ID", "Student number"]), digits(rng, 8)))
    rows.append(
        (
            "pair",
            "Programme",
            rng.choice(
                {
                    "INR": ["B.Com", "M.Sc. Physics", "B.E. Mechanical", "M.A. Economics"],
                    "GBP": ["BA (Hons) History", "MSc Data Science", "LLB (Hons) Law"],
                    "USD": ["BS Biology", "MBA", "BA Psychology"],
                    "IE": ["BSc Nursing", "BA Arts", "BComm"],
                }[key]
            ),
        )
    )
    ceremony = _other(when, rng, pattern, lang, 20, 90)
    rows.append(
        (
            "pair",
            rng.choice(
                {
                    "INR": ["Convocation date", "Ceremony"],
                    "USD": ["Commencement", "Ceremony"],
                    "IE": ["Conferring ceremony", "Ceremony date"],
                }.get(key, ["Ceremony", "Ceremony date"])
            ),
            f"{ceremony}, {rng.choice(['10:00 AM', '4:00 PM'] if key == 'USD' else ['10:00', '11:30', '14:30'])}",
        )
    )
    rows.append(("rule",))
    items = UNI_ITEMS[key]
    net = _p(items[0][1], key)
    rows.append(("pair", items[0][0], _m(net, grouping)))
    net = round(net + _lines(rng, rows, grouping, key, items[1:], rng.choice([0, 1, 2])), 2)
    _total74(rng, rows, fmt, net, status, lang, {"en": ["Total", "Total amount", "Order total"]})
    method = _way74(rng, rows, key, lang, 0.15, status, online=True)
    _status74(rng, rows, words, lang)
    strong = (
        (["Bank Ref No", "Transaction ID", "UTR"], digits(rng, 12))
        if key == "INR"
        else (["Payment reference", "Transaction ID"], code(rng, 12, ALNUM))
    )
    weak = (
        (["Receipt No", "Challan No"], f"{'SPPU' if 'Pune' in name else 'UOM'}/CONV/{digits(rng, 6)}")
        if key == "INR"
        else (["Order No", "Order #"], f"GRD-{digits(rng, 6)}")
    )
    txn = _ids73(rng, rows, [strong, weak], status, 0.3)
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Payment Date", "Transaction Date", "Date"]},
        0.15,
        0.5,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Fees once paid are not refundable.", "Bring photo ID to collect your tickets."],
    )
    truth = truth_fields(name, net, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [SCREEN, EMAIL, A4])


# ---------------------------------------------------------------- 11 an agricultural show's entries


SHOWS = {
    "GBP": [("North Somerset Agricultural Society", "en")],
    "USD": [("Lancaster County Fair Association", "en")],
    "EUR": [
        ("Clonmel Agricultural Show Society", "en"),
        ("Landwirtschaftlicher Kreisverein Rottal", "de"),
        ("Comice Agricole du Canton de Saint-Pol", "fr"),
        ("Stichting Fokveedag Opmeer", "nl"),
    ],
}
SHOW_PLACES = {
    "North Somerset Agricultural Society": "Show Office, Bathing Pond Fields, Wraxall BS48 1LQ",
    "Lancaster County Fair Association": "1250 Fairground Rd, Lincoln, NE 68521",
    "Clonmel Agricultural Show Society": "Show Office, Powerstown Park, Clonmel, Co. Tipperary",
    "Landwirtschaftlicher Kreisverein Rottal": "Geschäftsstelle, Stadtplatz 9, 84347 Pfarrkirchen",
    "Comice Agricole du Canton de Saint-Pol": "Mairie, 62130 Saint-Pol-sur-Ternoise",
    "Stichting Fokveedag Opmeer": "Secretariaat, Dorpsstraat 21, 1716 GB Opmeer",
}
SHOW_CLASSES = {
    "en": [
        "Dairy heifer",
        "Texel ram",
        "Pen of 3 lambs",
        "Vegetable collection",
        "Victoria sponge",
        "Hunter pony",
    ],
    "de": ["Fleckvieh Jungkuh", "Schafbock", "Kaninchen Paar", "Gemüsekorb", "Pferd Haflinger"],
    "fr": ["Génisse Holstein", "Bélier Texel", "Lot de 3 agneaux", "Panier de légumes", "Poney"],
    "nl": ["Vaars zwartbont", "Texelaar ram", "Drie lammeren", "Groentekist", "Shetlander"],
}
SHOW_WORDS = _words(
    en=(
        ["Entries received - thank you", "Payment received"],
        ["Payment failed - entries not accepted"],
        ["Payment pending"],
    ),
    de=(["Nennung bezahlt"], ["Zahlung fehlgeschlagen"], ["Zahlung ausstehend"]),
    fr=(["Engagement réglé - merci"], ["Paiement refusé"], ["Paiement en attente"]),
    nl=(["Inschrijving betaald"], ["Betaling mislukt"], ["Wacht op betaling"]),
)


def show_entries(rng: random.Random, font: str):
    """An agricultural show society's or county fair's entries confirmation (Wraxall, Lincoln NE, Clonmel,
    Pfarrkirchen, Saint-Pol, Opmeer): the society on top (the payee), the exhibitor (never) with an exhibitor number
    (never the id), entries by class number at an entry fee, a trade stand's pitch, exhibitor or car passes, a late
    entry surcharge on a share, the show's days and the entries' closing day (never the date); the payment's
    reference is the id where printed, else the entries' invoice number; the day paid is the date; the amount is the
    total."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(rng, font, SHOWS, SHOW_PLACES, 0.8)
    status, words = _outcome74(rng, 0.55, lang, SHOW_WORDS)
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Entries confirmation", "Exhibitor invoice"],
        de=["Nennungsbestätigung"],
        fr=["Confirmation d'engagement"],
        nl=["Bevestiging inschrijving"],
    )
    show_day = _later(when, rng, 14, 60)
    _pair(
        rows,
        rng,
        lang,
        _d73(show_day, pattern, lang),
        en=["Show day", "Show date"],
        de=["Schautag"],
        fr=["Date du comice"],
        nl=["Keuringsdag"],
    )
    if shown(rng, 0.5):
        _pair(
            rows,
            rng,
            lang,
            _d73(_later(when, rng, 2, 12), pattern, lang),
            en=["Entries close"],
            de=["Nennschluss"],
            fr=["Clôture des engagements"],
            nl=["Sluiting inschrijving"],
        )
    _pair(
        rows,
        rng,
        lang,
        _who73(rng, currency, lang),
        en=["Exhibitor"],
        de=["Aussteller/in"],
        fr=["Exposant"],
        nl=["Inzender"],
    )
    _pair(
        rows,
        rng,
        lang,
        f"{rng.randrange(100, 999)}",
        en=["Exhibitor No"],
        de=["Ausstellernr."],
        fr=["N° exposant"],
        nl=["Inzendernr."],
    )
    rows.append(("rule",))
    fee = _p(rng.choice([4.0, 6.0, 8.0]), key)
    total = 0.0
    for label in rng.sample(SHOW_CLASSES[lang], rng.choice([1, 2, 3])):
        rows.append(("pair", f"{rng.randrange(1, 180)} {label}", _m(fee, grouping)))
        total += fee
    for labels, value, p_absent in (
        (
            {
                "en": ["Trade stand 3x3 m"],
                "de": ["Standplatz 3x3 m"],
                "fr": ["Emplacement 3x3 m"],
                "nl": ["Standplaats 3x3 m"],
            },
            65.0,
            0.6,
        ),
        (
            {
                "en": ["Exhibitor passes x 2"],
                "de": ["Ausstellerausweise x 2"],
                "fr": ["Badges exposant x 2"],
                "nl": ["Polsbandjes x 2"],
            },
            12.0,
            0.5,
        ),
        (
            {
                "en": ["Late entry surcharge"],
                "de": ["Nachnenngebühr"],
                "fr": ["Majoration engagement tardif"],
                "nl": ["Na-inschrijving"],
            },
            5.0,
            0.7,
        ),
    ):
        if shown(rng, p_absent):
            value = _p(value, key)
            rows.append(("pair", _t(lang, **labels)[0], _m(value, grouping)))
            total += value
    total = round(total, 2)
    _total74(rng, rows, fmt, total, status, lang)
    method = _way74(rng, rows, key, lang, 0.2, status, online=True)
    _status74(rng, rows, words, lang)
    txn = _ids73(
        rng,
        rows,
        [
            (
                _t(
                    lang,
                    en=["Payment ref", "Transaction ID"],
                    de=["Zahlungsreferenz"],
                    fr=["Référence de paiement"],
                    nl=["Betaalreferentie"],
                ),
                _pay_ref(rng),
            ),
            (
                _t(
                    lang,
                    en=["Invoice No", "Entry ref"],
                    de=["Rechnungsnr."],
                    fr=["Facture n°"],
                    nl=["Factuurnr."],
                ),
                f"{when.year % 100}{digits(rng, 4)}",
            ),
        ],
        status,
        0.3,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PAID_ON, 0.2, 0.3, status)
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [EMAIL, A4, SCREEN])


# ---------------------------------------------------------------- 12 a doctor's or hospital's fee for a report


REPORT_DESKS = {
    "INR": [("Sahyadri Hospital - Medical Records Dept", "en")],
    "GBP": [("Meadowbank Surgery", "en")],
    "USD": [("Mercy General Hospital - Health Information", "en")],
    "EUR": [
        ("Ballincollig Medical Centre", "en"),
        ("Hausarztpraxis am Markt", "de"),
        ("Huisartsenpraktijk De Linde", "nl"),
    ],
}
REPORT_PLACES = {
    "Sahyadri Hospital - Medical Records Dept": "Plot 30-C, Karve Road, Erandwane, Pune 411004",
    "Meadowbank Surgery": "2 Meadowbank Road, Falkirk FK2 9AB",
    "Mercy General Hospital - Health Information": "4001 J St, Sacramento, CA 95819",
    "Ballincollig Medical Centre": "Main Street, Ballincollig, Co. Cork",
    "Hausarztpraxis am Markt": "Marktplatz 7, 72070 Tübingen",
    "Huisartsenpraktijk De Linde": "Lindelaan 3, 3941 AA Doorn",
}
REPORTS = {
    "INR": [
        ("Copy of case papers (certified)", 12.5),
        ("Discharge summary copy", 5.0),
        ("X-ray images on CD", 7.5),
    ],
    "GBP": [
        ("Fitness to drive report (D4)", 85.0),
        ("Holiday cancellation form", 40.0),
        ("Firearms medical report", 95.0),
    ],
    "USD": [("Release of information - search fee", 20.0), ("Medical records CD", 6.5)],
    "IE": [
        ("Insurance medical report", 90.0),
        ("Fitness to travel letter", 25.0),
        ("Driving licence medical (D501)", 60.0),
    ],
    "de": [("Ärztliches Attest (Sport)", 20.0), ("Bescheinigung Reiserücktritt", 25.0)],
    "nl": [("Medische verklaring rijbewijs", 55.0), ("Kopie medisch dossier", 5.0)],
}
REPORT_FOR = {
    "INR": ["Star Health Insurance", "Employer (HR)", "TPA - Medi Assist"],
    "GBP": ["DVLA", "Aviva Travel Insurance", "Police Scotland (firearms)"],
    "USD": ["Patient request", "Law office of J. Ramirez", "Blue Shield of California"],
    "IE": ["Laya Healthcare", "NDLS", "Allianz Travel"],
    "de": ["Sportverein", "ERGO Reiseversicherung"],
    "nl": ["CBR", "Zorgverzekeraar"],
}


def report_fee(rng: random.Random, font: str):
    """A doctor's or hospital's bill for a report, a form or a copy of records (Pune, Falkirk, Sacramento,
    Ballincollig, Tübingen, Doorn): the practice or department on top (the payee), the patient (never) with an NHS,
    MRN, UHID or patient number (never the id), the body the report is for (an insurer, DVLA, CBR; never the payee),
    the doctor (never), the report's fee, pages at a rate for copies, VAT added on an insurance report on a share,
    GST added on Indian pages, a ready-by day (never the date); the invoice's or bill's number is the id unless a UTR
    is printed, its date the day paid; the amount is the total."""
    rows, currency, name, lang, key, fmt, grouping, pattern, when = _open(
        rng, font, REPORT_DESKS, REPORT_PLACES, 0.6
    )
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Private fee receipt", "INVOICE", "Non-NHS services"] if key == "GBP" else ["INVOICE", "Receipt"],
        de=["Privatrechnung (GOÄ)"],
        nl=["Nota"],
    )
    bill = _id73(
        rng,
        rows,
        _t(lang, en=["Invoice No", "Bill No", "Receipt No"], de=["Rechnungsnr."], nl=["Notanr."]),
        f"{rng.choice(['', 'MR', 'PF'])}{digits(rng, 5)}",
        0.15,
        None,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Date", "Invoice date"], "de": ["Rechnungsdatum"]},
        0.15,
        0.3,
    )
    patient = _who73(rng, currency, lang)
    _pair(rows, rng, lang, patient, en=["Patient"], de=["Patient/in"], nl=["Patiënt"])
    number = {
        "INR": ("UHID", f"SH{digits(rng, 8)}"),
        "GBP": (
            "CHI No" if shown(rng, 0.5) else "NHS No",
            f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}",
        ),
        "USD": ("MRN", digits(rng, 9)),
        "IE": ("Patient ID", digits(rng, 6)),
        "de": ("Pat.-Nr.", digits(rng, 5)),
        "nl": ("Patiëntnr.", digits(rng, 7)),
    }[key]
    rows.append(("pair", *number))
    _pair(
        rows,
        rng,
        lang,
        rng.choice(REPORT_FOR[key]),
        en=["Requested by", "Report for"],
        de=["Für"],
        nl=["Ten behoeve van"],
    )
    if shown(rng, 0.6):
        _pair(
            rows,
            rng,
            lang,
            f"Dr {_pro74(rng, currency, lang, patient)}",
            en=["Doctor"],
            de=["Arzt/Ärztin"],
            nl=["Huisarts"],
        )
    rows.append(("rule",))
    net = _lines(rng, rows, grouping, key, REPORTS[key], rng.choice([1, 1, 2]))
    if key in ("INR", "USD") and shown(rng, 0.5):
        pages = rng.randrange(12, 60)
        per = 5.0 if key == "INR" else 0.25
        rows.append(
            ("pair", f"Copies {pages} pages @ {_m(per, grouping)}", _m(round(pages * per, 2), grouping))
        )
        net = round(net + pages * per, 2)
    if key == "INR":
        total = _tax74(rng, rows, grouping, net, key, lang) if shown(rng, 0.5) else net
    elif key in ("GBP", "IE") and shown(rng, 0.4):
        total = _tax74(rng, rows, grouping, net, key, lang, None, "added")
    else:
        total = net
    status, method, utr = _settle(rng, rows, fmt, grouping, total, key, currency, lang, None, 0.4, 0.3, 0.3)
    if shown(rng, 0.5):
        _pair(
            rows,
            rng,
            lang,
            _other(when, rng, pattern, lang, 3, 15),
            en=["Ready for collection", "Ready by"],
            de=["Abholbereit ab"],
            nl=["Klaar op"],
        )
    truth = truth_fields(name, total, currency, utr or bill, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [_sized(PAPER, 18), A4, THERMAL])

"""The twelve heldout76 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: travel and getting around (a hostel's stay with its
city tax, a night train's couchette or sleeper booking, a car-carrying train's terminal ticket, a pedalo or rowing
boat hire with a deposit held, a ski school's lesson booking, a mountain guide's invoice, a pre-booked airport
transfer, a tourist city card's order, a transit inspector's penalty fare receipt, a station's guarded bike parking
slip, a horse-drawn carriage ride, an international driving permit issued at a motoring club's counter). The page
and value helpers of heldout14 to heldout75 are reused (a money mark chosen once per page, one date pattern per page,
English, German, French, Dutch, Italian and Spanish wordings). ``truth_fields`` states the fields exactly as the
page prints them (``None`` where a field is not printed). The payee is the business on top; guests, passengers,
travellers, drivers, coachmen, guides, instructors, inspectors and applicants are never it. A page prints at most one
date of payment; the other days (a check-in or check-out, a travel day, a return, a lesson's or a tour's day, a
pickup, a card's or a permit's validity, an inspection's day, an earlier deposit's day) are never it. The amount is
what this page charged now: the total with a city tax, supplements, fees and a tip added on the card, less a discount;
a deposit held and returned, a cash tip, cash tendered and change never; a balance paid after a deposit is the
balance. Booking-site, bed, coach, berth, seat, ticket, plate, boat, bay, tag, card, notice, inspector, licence and
permit numbers and flight numbers are never the id unless the docstring of the family says so.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from bench.receipt_sets.heldout14_values import code, digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _earlier, _later, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import _m, _say
from bench.receipt_sets.heldout68_families import _terms
from bench.receipt_sets.heldout73_families import _d73, _id73, _ids73, _who73
from bench.receipt_sets.heldout74_families import (
    _dated74,
    _outcome74,
    _p,
    _pro74,
    _status74,
    _t,
    _tax74,
    _total74,
    _way74,
)
from bench.receipt_sets.heldout75_families import _discount, _head, _other, _pay, _setup, _style

ALNUM = UPPER + "23456789"
MIXED = "".join(c for c in "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

# ---------------------------------------------------------------- shared pieces


def _start(rng, font, table):
    """_setup's page, Swiss pages in French or Italian dated with figures only (their months are never German)."""
    currency, name, lang, key, fmt, grouping, pattern, when = _setup(rng, font, table)
    if currency == "CHF" and lang != "de":
        pattern = rng.choice(["%d.%m.%Y", "%d.%m.%y"])
    return currency, name, lang, key, fmt, grouping, pattern, when


def _pair(rows, rng, lang, value, **labels) -> None:
    rows.append(("pair", _say(rng, lang, **labels), value))


def _line(rows, kind, rng, lang, **words) -> None:
    rows.append((kind, _say(rng, lang, **words)))


def _hm(rng, lang, low=7, high=21) -> str:
    hour, minute = rng.randrange(low, high), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if lang == "fr":
        return f"{hour}h{minute:02d}"
    return f"{hour:02d}:{minute:02d}"


def _words(**table):
    """A family's outcome wordings ({lang: {status: [...]}}) from success, failed and pending lists by language."""
    return {
        lang: dict(zip(("success", "failed", "pending"), lists, strict=True)) for lang, lists in table.items()
    }


# ---------------------------------------------------------------- 1 a hostel's stay with its city tax


HOSTELS = {
    "INR": [("Backpacker Panda Colaba", "en")],
    "GBP": [("Camden Lock Hostel", "en")],
    "USD": [("Bunk & Bean Hostel", "en")],
    "CHF": [("Jugendherberge Seeblick Luzern", "de")],
    "EUR": [
        ("Hostel Spreeblick", "de"),
        ("Hostel De Gracht", "nl"),
        ("Ostello Trastevere", "it"),
        ("Albergue La Ola", "es"),
        ("Auberge du Canal Saint-Martin", "fr"),
    ],
}
HOSTEL_PLACES = {
    "Backpacker Panda Colaba": "Walton Road, Colaba, Mumbai 400001",
    "Camden Lock Hostel": "48 Chalk Farm Road, London NW1 8AJ",
    "Bunk & Bean Hostel": "1520 N Milwaukee Ave, Chicago, IL 60622",
    "Jugendherberge Seeblick Luzern": "Sentimattstrasse 5, 6003 Luzern",
    "Hostel Spreeblick": "Warschauer Straße 40, 10243 Berlin",
    "Hostel De Gracht": "Prinsengracht 318, 1016 HX Amsterdam",
    "Ostello Trastevere": "Via della Lungaretta 76, 00153 Roma",
    "Albergue La Ola": "Carrer de la Marina 22, 08005 Barcelona",
    "Auberge du Canal Saint-Martin": "31 quai de Valmy, 75010 Paris",
}
CITY_TAX = {
    "CHF": ("Kurtaxe", 3.5),
    "de": ("City Tax", 2.5),
    "nl": ("Toeristenbelasting", 4.0),
    "it": ("Tassa di soggiorno", 4.0),
    "es": ("Impuesto turístico", 3.3),
    "fr": ("Taxe de séjour", 2.6),
    "USD": ("Hotel occupancy tax", 4.5),
}
HOSTEL_WORDS = _words(
    en=(["Paid - enjoy your stay!"], ["Card declined at check-in"], ["Payment pending"]),
    de=(["Bezahlt - gute Reise!"], ["Zahlung abgelehnt"], ["Zahlung offen"]),
    nl=(["Betaald, fijn verblijf!"], ["Betaling geweigerd"], ["Openstaand"]),
    it=(["Pagato - buon soggiorno!"], ["Pagamento non riuscito"], ["In attesa di pagamento"]),
    es=(["Pagado - ¡buen viaje!"], ["Pago rechazado"], ["Pendiente de pago"]),
    fr=(["Réglé - bon séjour !"], ["Paiement refusé"], ["En attente de paiement"]),
)


def hostel_city_tax(rng: random.Random, font: str):
    """A hostel's bill at check-out (Mumbai, London, Chicago, Luzern, Berlin, Amsterdam, Rome, Barcelona, Paris): the
    hostel on top (the payee), the guest (never), a booking site's reference and a dorm's bed (never the id), the
    check-in and check-out days (never the date), nights at a bed's rate, a towel or a locker padlock, a city tax per
    person and night (Kurtaxe, City Tax, Toeristenbelasting, Tassa di soggiorno, Impuesto turístico, Taxe de séjour,
    occupancy tax) or GST added, a key card's deposit returned (never in the amount); the bill's number is the id,
    its date the day paid; the amount is the total with the city tax."""
    currency, hostel, lang, key, fmt, grouping, pattern, when = _start(rng, font, HOSTELS)
    rows: list[tuple] = []
    _head(rng, rows, hostel, HOSTEL_PLACES[hostel], key, 0.6)
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Guest bill", "Receipt"],
        de=["Rechnung"],
        nl=["Factuur"],
        it=["Ricevuta fiscale"],
        es=["Factura simplificada"],
        fr=["Facture"],
    )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Bill No", "Receipt No"],
            de=["Rechnungsnr."],
            nl=["Factuurnr."],
            it=["Ricevuta n."],
            es=["Factura nº"],
            fr=["Facture n°"],
        ),
        f"{when.year % 100}{digits(rng, 5)}",
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
        {
            "en": ["Date", "Bill date"],
            "de": ["Rechnungsdatum"],
            "nl": ["Factuurdatum"],
            "it": ["Data"],
            "es": ["Fecha"],
            "fr": ["Date de facture"],
        },
        0.15,
        0.4,
    )
    guest = _who73(rng, currency, lang)
    _pair(
        rows,
        rng,
        lang,
        guest,
        en=["Guest"],
        de=["Gast"],
        nl=["Gast"],
        it=["Ospite"],
        es=["Huésped"],
        fr=["Client"],
    )
    nights = rng.choice([1, 2, 3, 4])
    arrive = when - dt.timedelta(days=nights)
    _pair(
        rows,
        rng,
        lang,
        f"{_d73(arrive, pattern, lang)} - {_d73(when, pattern, lang)}",
        en=["Stay", "Check-in / out"],
        de=["Aufenthalt"],
        nl=["Verblijf"],
        it=["Soggiorno"],
        es=["Estancia"],
        fr=["Séjour"],
    )
    if shown(rng, 0.4):
        _pair(
            rows,
            rng,
            lang,
            f"{rng.choice(['HB', 'BK', 'HW'])}-{digits(rng, 9)}",
            en=["Booking.com ref"],
            de=["Buchungsportal-Nr."],
            nl=["Boekingsnummer portal"],
            it=["Rif. portale"],
            es=["Ref. portal"],
            fr=["Réf. plateforme"],
        )
    room = f"{rng.choice([4, 6, 8, 10])}"
    _pair(
        rows,
        rng,
        lang,
        f"{room}-bed / {rng.randint(1, 9)}{rng.choice('ABCD')}",
        en=["Dorm / bed"],
        de=["Zimmer / Bett"],
        nl=["Slaapzaal / bed"],
        it=["Camerata / letto"],
        es=["Dormitorio / cama"],
        fr=["Dortoir / lit"],
    )
    guests = rng.choice([1, 1, 2])
    rows.append(("rule",))
    rate = _p(rng.choice([22.0, 26.0, 31.0]), key)
    net = round(rate * nights * guests, 2)
    _pair(
        rows,
        rng,
        lang,
        _m(net, grouping),
        en=[f"{nights} night(s) x {guests} bed(s)"],
        de=[f"{nights} Nacht/Nächte x {guests} Bett"],
        nl=[f"{nights} nacht(en) x {guests} bed"],
        it=[f"{nights} notte/i x {guests} letto"],
        es=[f"{nights} noche(s) x {guests} cama"],
        fr=[f"{nights} nuit(s) x {guests} lit"],
    )
    if shown(rng, 0.5):
        extra = _p(rng.choice([2.0, 3.0, 4.0]), key)
        _pair(
            rows,
            rng,
            lang,
            _m(extra, grouping),
            en=["Towel hire", "Padlock"],
            de=["Handtuch"],
            nl=["Handdoek"],
            it=["Asciugamano"],
            es=["Toalla"],
            fr=["Serviette"],
        )
        net = round(net + extra, 2)
    if key == "INR":
        total = _tax74(rng, rows, grouping, net, key, lang, 0.12)
    elif key in CITY_TAX:
        word, per = CITY_TAX[key]
        if key == "USD":
            tax = round(net * 0.174, 2)
            rows.append(("pair", "Hotel occupancy tax 17.4%", _m(tax, grouping)))
        else:
            tax = round(per * nights * guests, 2)
            rows.append(("pair", f"{word} {guests} x {nights} x {_m(per, grouping)}", _m(tax, grouping)))
        total = round(net + tax, 2)
        if key != "USD" and shown(rng, 0.5):
            _tax74(
                rng, rows, grouping, net, key, lang, 0.1 if key in ("it", "es", "fr") else 0.07, "included"
            )
    else:
        total = net
        _tax74(rng, rows, grouping, net, key, lang)
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, HOSTEL_WORDS, 0.5, 0.35, 0.3)
    if shown(rng, 0.5):
        dep = _p(10.0, key)
        _line(
            rows,
            "small",
            rng,
            lang,
            en=[f"Key card deposit {_m(dep, grouping)} refunded at check-out"],
            de=[f"Schlüsselkarten-Pfand {_m(dep, grouping)} zurückerstattet"],
            nl=[f"Borg sleutelpas {_m(dep, grouping)} terugbetaald"],
            it=[f"Cauzione chiave {_m(dep, grouping)} restituita"],
            es=[f"Fianza de llave {_m(dep, grouping)} devuelta"],
            fr=[f"Caution badge {_m(dep, grouping)} restituée"],
        )
    truth = truth_fields(hostel, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, hostel, [A4, _sized(PAPER, 18), THERMAL])


# ---------------------------------------------------------------- 2 a night train's couchette or sleeper booking


NIGHT_TRAINS = {
    "GBP": [("Highland Night Sleeper", "en")],
    "USD": [("Lakeshore Sleeper Rail", "en")],
    "CHF": [("Alpen Nachtzug AG", "de")],
    "EUR": [
        ("NachtZug Donau", "de"),
        ("Lunéa Nuit", "fr"),
        ("Nachtexpres Noord", "nl"),
        ("Notte Azzurra Treni", "it"),
        ("Tren Estrella del Norte", "es"),
    ],
}
NIGHT_ROUTES = {
    "GBP": ["London Euston - Inverness", "London Euston - Fort William"],
    "USD": ["Chicago Union Sta. - Buffalo", "Chicago - Cleveland"],
    "CHF": ["Zürich HB - Hamburg Hbf", "Basel SBB - Amsterdam Centraal"],
    "de": ["Wien Hbf - Bregenz", "München Hbf - Rom Termini"],
    "fr": ["Paris Austerlitz - Briançon", "Paris Austerlitz - Rodez"],
    "nl": ["Amsterdam Centraal - Praha hl.n.", "Utrecht Centraal - Innsbruck"],
    "it": ["Milano Centrale - Lecce", "Torino Porta Nuova - Reggio Calabria"],
    "es": ["Madrid Chamartín - A Coruña", "Barcelona Sants - Vigo"],
}
BERTHS = {
    "en": [("Couchette, 6-berth", 20.0), ("Sleeper, twin room", 75.0), ("Club room, ensuite", 120.0)],
    "de": [
        ("Liegewagen 6er-Abteil", 20.0),
        ("Schlafwagen Double", 75.0),
        ("Schlafwagen Single Deluxe", 120.0),
    ],
    "fr": [("Couchette 1re classe (4 pl.)", 25.0), ("Couchette 2de classe (6 pl.)", 15.0)],
    "nl": [("Ligrijtuig 6-persoons", 20.0), ("Slaaprijtuig 2-persoons", 75.0)],
    "it": [("Cuccetta 4 posti", 25.0), ("Vagone letto Singolo", 110.0)],
    "es": [("Litera turista", 18.0), ("Cama gran clase", 90.0)],
}
NIGHT_WORDS = _words(
    en=(["Booking confirmed - sleep well!"], ["Payment failed - berth not held"], ["Payment processing"]),
    de=(
        ["Buchung erfolgreich"],
        ["Zahlung fehlgeschlagen - Platz nicht reserviert"],
        ["Zahlung in Bearbeitung"],
    ),
    fr=(["Paiement accepté"], ["Paiement refusé"], ["Paiement en cours"]),
    nl=(["Betaling gelukt"], ["Betaling mislukt"], ["Wacht op betaling"]),
    it=(["Pagamento effettuato"], ["Pagamento non riuscito"], ["Pagamento in elaborazione"]),
    es=(["Pago realizado"], ["Pago rechazado"], ["Pago en proceso"]),
)


def night_train_berth(rng: random.Random, font: str):
    """A night train's booking e-mail or app screen (London, Chicago, Zürich, Vienna, Paris, Amsterdam, Milan,
    Madrid): the operator on top (the payee), the travellers (never), the route, the day and hour of travel (never
    the date), coach and berth numbers and the ticket's number (never the id), a fare and a couchette or sleeper
    supplement, or the supplement alone for a rail pass holder (the pass charges nothing here), a reservation fee;
    the booking reference (PNR, Buchungscode, Référence de dossier) is the id, its Booked on day the date; the amount
    is what was charged: the fare and supplements, or the supplement alone."""
    currency, line, lang, key, fmt, grouping, pattern, when = _start(rng, font, NIGHT_TRAINS)
    rows: list[tuple] = [("title", line)]
    status, words = _outcome74(rng, 0.65, lang, NIGHT_WORDS)
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Your night train booking", "Booking confirmation"],
        de=["Ihre Nachtzug-Buchung"],
        fr=["Votre voyage de nuit"],
        nl=["Je nachttreinboeking"],
        it=["La tua prenotazione"],
        es=["Tu reserva"],
    )
    if words and shown(rng, 0.5):
        rows.append(("center", words))
        words = None
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Booking reference", "PNR"],
            de=["Buchungscode", "Auftragsnummer"],
            fr=["Référence de dossier"],
            nl=["Boekingscode"],
            it=["Codice prenotazione"],
            es=["Localizador"],
        ),
        code(rng, 6, ALNUM),
        0.15,
        status,
    )
    route = rng.choice(NIGHT_ROUTES[key if key in NIGHT_ROUTES else "de"])
    travel = _later(when, rng, 2, 60)
    _pair(
        rows,
        rng,
        lang,
        route,
        en=["Route"],
        de=["Verbindung"],
        fr=["Trajet"],
        nl=["Traject"],
        it=["Tratta"],
        es=["Trayecto"],
    )
    _pair(
        rows,
        rng,
        lang,
        f"{_d73(travel, pattern, lang)}, {_hm(rng, lang, 19, 23)}",
        en=["Departs", "Date of travel"],
        de=["Reisedatum", "Abfahrt"],
        fr=["Départ le"],
        nl=["Vertrek"],
        it=["Partenza"],
        es=["Salida"],
    )
    people = [_who73(rng, currency, lang)]
    if shown(rng, 0.5):
        people.append(_who73(rng, currency, lang, *people))
    _pair(
        rows,
        rng,
        lang,
        ", ".join(people),
        en=["Passengers"],
        de=["Reisende"],
        fr=["Voyageurs"],
        nl=["Reizigers"],
        it=["Passeggeri"],
        es=["Viajeros"],
    )
    _pair(
        rows,
        rng,
        lang,
        f"{rng.randint(250, 490)} / {', '.join(str(rng.randint(11, 96)) for _ in people)}",
        en=["Coach / berth"],
        de=["Wagen / Platz"],
        fr=["Voiture / place"],
        nl=["Rijtuig / plaats"],
        it=["Carrozza / posto"],
        es=["Coche / plaza"],
    )
    if shown(rng, 0.4):
        _pair(
            rows,
            rng,
            lang,
            digits(rng, 12),
            en=["Ticket no."],
            de=["Ticketnr."],
            fr=["N° de billet"],
            nl=["Ticketnr."],
            it=["N. biglietto"],
            es=["Nº billete"],
        )
    rows.append(("rule",))
    berth, supplement = rng.choice(BERTHS.get(lang) or BERTHS["en"])
    supplement = round(_p(supplement, key) * len(people), 2)
    total = 0.0
    if shown(rng, 0.4):
        _pair(
            rows,
            rng,
            lang,
            "0.00" if grouping in ("western", "swiss", "indian", "plain") else "0,00",
            en=["Rail pass (Interrail)"],
            de=["Fahrschein: Interrail-Pass"],
            fr=["Titre: Pass Interrail"],
            nl=["Vervoerbewijs: Interrail"],
            it=["Titolo: pass Interrail"],
            es=["Billete: pase Interrail"],
        )
    else:
        fare = round(_p(rng.choice([39.0, 49.0, 69.0]), key) * len(people), 2)
        _pair(
            rows,
            rng,
            lang,
            _m(fare, grouping),
            en=["Fare"],
            de=["Fahrpreis"],
            fr=["Tarif"],
            nl=["Ritprijs"],
            it=["Tariffa"],
            es=["Tarifa"],
        )
        total += fare
    rows.append(("pair", berth, _m(supplement, grouping)))
    total += supplement
    if shown(rng, 0.4):
        fee = _p(rng.choice([2.0, 3.0]), key)
        _pair(
            rows,
            rng,
            lang,
            _m(fee, grouping),
            en=["Reservation fee"],
            de=["Reservierungsentgelt"],
            fr=["Frais de réservation"],
            nl=["Reserveringskosten"],
            it=["Diritti di prenotazione"],
            es=["Gastos de gestión"],
        )
        total += fee
    total = round(total, 2)
    _total74(rng, rows, fmt, total, status, lang)
    method = _way74(rng, rows, key, lang, 0.2, status, online=True)
    _status74(rng, rows, words, lang)
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Booked on"],
            "de": ["Gebucht am", "Buchungsdatum"],
            "fr": ["Réservé le"],
            "nl": ["Geboekt op"],
            "it": ["Data prenotazione"],
            "es": ["Fecha de compra"],
        },
        0.2,
        0.5,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Breakfast is served 30 minutes before arrival."],
        de=["Frühstück wird vor Ankunft serviert."],
        fr=["Petit-déjeuner inclus en voiture-couchettes 1re."],
        nl=["Ontbijt wordt voor aankomst geserveerd."],
        it=["Colazione inclusa."],
        es=["Desayuno incluido en gran clase."],
    )
    truth = truth_fields(line, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, line, [EMAIL, SCREEN, DARK])


# ---------------------------------------------------------------- 3 a car-carrying train's terminal ticket


CAR_TRAINS = {
    "GBP": [("ChannelCar Shuttle Ltd", "en")],
    "USD": [("Eastern Auto Rail", "en")],
    "CHF": [("Alpentunnel Autoverlad AG", "de"), ("Navette Auto Simplon SA", "fr")],
    "EUR": [
        ("Autozug Sylt-Linie", "de"),
        ("Navette Véhicules Fréjus", "fr"),
        ("Autotrein Waddenlijn", "nl"),
        ("Treno Auto Sempione", "it"),
        ("Tren Auto Pirineos", "es"),
    ],
}
TERMINALS = {
    "GBP": "Folkestone Terminal, Lane 4",
    "USD": "Lorton, VA terminal",
    "CHF": "Terminal Kandersteg",
    "de": "Verladebahnhof Niebüll",
    "fr": "Gare de Modane",
    "nl": "Station Harlingen",
    "it": "Stazione di Iselle",
    "es": "Estación de Canfranc",
}
VEHICLES = {
    "en": [("Car up to 6 m", 1.0), ("Car with roof box", 1.1), ("Motorhome", 1.8), ("Motorcycle", 0.5)],
    "de": [("PKW bis 6 m", 1.0), ("Wohnmobil", 1.8), ("Motorrad", 0.5)],
    "fr": [("Voiture jusqu'à 6 m", 1.0), ("Camping-car", 1.8), ("Moto", 0.5)],
    "nl": [("Personenauto", 1.0), ("Camper", 1.8), ("Motor", 0.5)],
    "it": [("Autovettura", 1.0), ("Camper", 1.8), ("Moto", 0.5)],
    "es": [("Turismo", 1.0), ("Autocaravana", 1.8), ("Moto", 0.5)],
}
PLATES = {
    "GBP": "LK{2} {3}",
    "USD": "VA {3}-{4}",
    "CHF": "BE {6}",
    "de": "NF-{2} {3}",
    "fr": "{2}-{3}-{2}",
    "nl": "{2}-{3}-{1}",
    "it": "{2} {3}{2}",
    "es": "{4} {3}",
    "INR": "MH 12 {2} {4}",
}


def _plate(rng, key) -> str:
    """A vehicle's plate: {n} is n digits, [n] n capitals."""
    text = PLATES.get(key, "{2} {4}").replace("LK{2}", "LK[2]").replace(" {3}-", " [3]-")
    text = re.sub(r"\{(\d)\}", lambda m: digits(rng, int(m.group(1))), text)
    return re.sub(r"\[(\d)\]", lambda m: code(rng, int(m.group(1)), UPPER), text)


def car_shuttle_train(rng: random.Random, font: str):
    """A car-carrying train's ticket from the terminal's desk or machine (Folkestone, Lorton, Kandersteg, Brig,
    Niebüll, Modane, Harlingen, Iselle, Canfranc): the operator on top (the payee), the vehicle's plate (never), its
    class and the people in it, a departure slot (never the date), a return valid until a later day (never the date),
    a one-way or return fare with a peak supplement, tax included; the ticket's or the slip's own number (Ticket No,
    Beleg-Nr., Billet n°, Bonnr., Biglietto n., Billete nº) is the id, the slip's date the day paid; a card terminal's
    lines or cash or a way under a label; the amount is the fare."""
    currency, line, lang, key, fmt, grouping, pattern, when = _start(rng, font, CAR_TRAINS)
    rows: list[tuple] = [("title", line), ("small", TERMINALS.get(key, TERMINALS["CHF"]))]
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Ticket No", "Receipt #"],
            de=["Beleg-Nr.", "Ticket-Nr."],
            fr=["Billet n°", "Ticket n°"],
            nl=["Bonnr."],
            it=["Biglietto n."],
            es=["Billete nº"],
        ),
        f"{digits(rng, 3)}-{digits(rng, 6)}",
        0.15,
        None,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, {}, 0.1, 0.6)
    kind, factor = rng.choice(VEHICLES.get(lang) or VEHICLES["en"])
    _pair(
        rows,
        rng,
        lang,
        kind,
        en=["Vehicle"],
        de=["Fahrzeug"],
        fr=["Véhicule"],
        nl=["Voertuig"],
        it=["Veicolo"],
        es=["Vehículo"],
    )
    _pair(
        rows,
        rng,
        lang,
        _plate(rng, key),
        en=["Reg.", "Plate"],
        de=["Kennzeichen"],
        fr=["Immatriculation"],
        nl=["Kenteken"],
        it=["Targa"],
        es=["Matrícula"],
    )
    _pair(
        rows,
        rng,
        lang,
        str(rng.randint(1, 5)),
        en=["Occupants"],
        de=["Personen"],
        fr=["Passagers"],
        nl=["Inzittenden"],
        it=["Persone"],
        es=["Ocupantes"],
    )
    _pair(
        rows,
        rng,
        lang,
        _hm(rng, lang, 6, 22),
        en=["Departure slot"],
        de=["Abfahrt"],
        fr=["Départ"],
        nl=["Vertrek"],
        it=["Partenza"],
        es=["Salida"],
    )
    fare = _p(rng.choice([25.0, 32.0, 60.0]) * factor, key)
    if shown(rng, 0.5):
        fare = round(fare * 2 - _p(4.0, key), 2)
        _pair(
            rows,
            rng,
            lang,
            f"{_other(when, rng, pattern, lang, 7, 30)}",
            en=["Return valid until"],
            de=["Rückfahrt gültig bis"],
            fr=["Retour valable jusqu'au"],
            nl=["Retour geldig t/m"],
            it=["Ritorno valido fino al"],
            es=["Vuelta válida hasta"],
        )
    rows.append(("rule",))
    _pair(
        rows,
        rng,
        lang,
        _m(fare, grouping),
        en=["Fare"],
        de=["Fahrpreis"],
        fr=["Tarif"],
        nl=["Tarief"],
        it=["Tariffa"],
        es=["Tarifa"],
    )
    total = fare
    if shown(rng, 0.3):
        peak = _p(8.0, key)
        _pair(
            rows,
            rng,
            lang,
            _m(peak, grouping),
            en=["Peak supplement"],
            de=["Spitzenzeit-Zuschlag"],
            fr=["Supplément pointe"],
            nl=["Piektoeslag"],
            it=["Supplemento ore di punta"],
            es=["Suplemento hora punta"],
        )
        total = round(total + peak, 2)
    if key != "USD":
        _tax74(rng, rows, grouping, total, key, lang, None, "included")
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, None, 0.4, 0.6, 0.3)
    truth = truth_fields(line, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, line, [THERMAL, _sized(THERMAL, 17), PAPER])


# ---------------------------------------------------------------- 4 a pedalo or rowing boat hire


BOATS = {
    "INR": [("Dal Lake Shikara & Pedal Boats", "en")],
    "GBP": [("Windermere Rowing Boats", "en")],
    "USD": [("Tahoe Paddle & Pedal", "en")],
    "CHF": [("Bootsvermietung Seeperle", "de")],
    "EUR": [
        ("Bootsverleih am Tegernsee", "de"),
        ("Bootverhuur De Grachtenvloot", "nl"),
        ("Noleggio Barche Lago di Como", "it"),
        ("Alquiler de Barcas del Retiro", "es"),
        ("Pédalos du Lac d'Annecy", "fr"),
    ],
}
BOAT_KINDS = {
    "en": [("Pedalo (4 seats)", 14.0), ("Rowing boat", 12.0), ("Electric boat", 30.0)],
    "de": [("Tretboot", 14.0), ("Ruderboot", 12.0), ("Elektroboot", 30.0)],
    "nl": [("Waterfiets", 14.0), ("Roeiboot", 12.0), ("Elektrische sloep", 30.0)],
    "it": [("Pedalò", 14.0), ("Barca a remi", 12.0), ("Barca elettrica", 30.0)],
    "es": [("Barca de remos", 6.0), ("Hidropedal", 10.0)],
    "fr": [("Pédalo", 14.0), ("Barque", 12.0), ("Bateau électrique", 30.0)],
}


def pedalo_boat_hire(rng: random.Random, font: str):
    """A pedalo, rowing or electric boat hire's slip at the jetty (Srinagar, Windermere, Lake Tahoe, Luzern,
    Tegernsee, Utrecht, Como, Madrid, Annecy): the hire on top (the payee), the boat's number and the hirer (never),
    out and back times, an hour's hire and an extra half hour, a deposit or an identity card held at the kiosk and
    returned (the deposit is never the amount); the slip's number (Slip No, Bon-Nr., Bonnr., Scontrino n., Ticket
    n.º, Ticket n°) is the id, its date the day paid; the amount is the hire charged."""
    currency, hire, lang, key, fmt, grouping, pattern, when = _start(rng, font, BOATS)
    rows: list[tuple] = []
    _head(
        rng,
        rows,
        hire,
        {
            "INR": "Boulevard Road, Ghat 9, Srinagar",
            "GBP": "Bowness Bay, Windermere LA23 3HQ",
            "USD": "Kings Beach, CA 96143",
            "CHF": "Alpenquai, 6005 Luzern",
            "de": "Seestraße 2, 83684 Tegernsee",
            "nl": "Oudegracht 150, Utrecht",
            "it": "Lungolago, 22100 Como",
            "es": "Parque del Retiro, Madrid",
            "fr": "Quai Napoléon III, 74000 Annecy",
        }.get(key, ""),
        key,
        0.3,
    )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Slip No", "Ticket No"],
            de=["Bon-Nr."],
            nl=["Bonnr."],
            it=["Scontrino n."],
            es=["Ticket n.º"],
            fr=["Ticket n°"],
        ),
        digits(rng, 5),
        0.2,
        None,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, {}, 0.15, 0.5)
    kind, price = rng.choice(BOAT_KINDS.get(lang) or BOAT_KINDS["en"])
    _pair(
        rows,
        rng,
        lang,
        f"{kind} #{rng.randint(1, 40)}",
        en=["Boat"],
        de=["Boot"],
        nl=["Boot"],
        it=["Barca"],
        es=["Barca"],
        fr=["Bateau"],
    )
    if shown(rng, 0.5):
        _pair(
            rows,
            rng,
            lang,
            _who73(rng, currency, lang),
            en=["Hirer"],
            de=["Mieter"],
            nl=["Huurder"],
            it=["Noleggiatore"],
            es=["Cliente"],
            fr=["Loueur"],
        )
    out = rng.randrange(10, 17)
    _pair(
        rows,
        rng,
        lang,
        f"{out:02d}:{rng.choice([0, 15, 30]):02d} - {out + 1:02d}:{rng.choice([30, 45]):02d}",
        en=["Out / back"],
        de=["Ab / zurück"],
        nl=["Van / tot"],
        it=["Uscita / rientro"],
        es=["Salida / vuelta"],
        fr=["Départ / retour"],
    )
    rows.append(("rule",))
    hour = _p(price, key)
    _pair(
        rows,
        rng,
        lang,
        _m(hour, grouping),
        en=["1 hour"],
        de=["1 Stunde"],
        nl=["1 uur"],
        it=["1 ora"],
        es=["1 hora"],
        fr=["1 heure"],
    )
    total = hour
    if shown(rng, 0.5):
        half = _p(price / 2, key)
        _pair(
            rows,
            rng,
            lang,
            _m(half, grouping),
            en=["Extra 30 min"],
            de=["Verlängerung 30 Min."],
            nl=["Verlenging 30 min"],
            it=["30 min extra"],
            es=["30 min extra"],
            fr=["30 min sup."],
        )
        total = round(total + half, 2)
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, None, 0.35, 0.35, 0.5)
    if shown(rng, 0.4):
        dep = _p(rng.choice([20.0, 30.0]), key)
        _line(
            rows,
            "small",
            rng,
            lang,
            en=[f"Deposit {_m(dep, grouping)} held - returned with the boat"],
            de=[f"Pfand {_m(dep, grouping)} - zurück bei Rückgabe"],
            nl=[f"Borg {_m(dep, grouping)} - retour bij inleveren"],
            it=[f"Cauzione {_m(dep, grouping)} restituita al rientro"],
            es=[f"Fianza {_m(dep, grouping)} devuelta al regresar"],
            fr=[f"Caution {_m(dep, grouping)} rendue au retour"],
        )
    elif shown(rng, 0.5):
        _line(
            rows,
            "small",
            rng,
            lang,
            en=["ID card held at kiosk"],
            de=["Ausweis hinterlegt"],
            nl=["ID-kaart in bewaring"],
            it=["Documento trattenuto"],
            es=["DNI en depósito"],
            fr=["Pièce d'identité déposée"],
        )
    truth = truth_fields(hire, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, hire, [THERMAL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 5 a ski school's lesson booking


SKI_SCHOOLS = {
    "INR": [("Gulmarg Ski & Snowboard School", "en")],
    "GBP": [("Cairngorm Snowsports School", "en")],
    "USD": [("Aspen Peak Ski School", "en")],
    "CHF": [("Skischule Gipfelstürmer Engelberg", "de"), ("École de ski Verbier Sommets", "fr")],
    "EUR": [
        ("Skischule Oberstdorf Alpin", "de"),
        ("École de Ski Les Marmottes", "fr"),
        ("Scuola Sci Val Gardena Sud", "it"),
        ("Escuela de Esquí Sierra Nevada Sol", "es"),
    ],
}
LESSONS = {
    "en": [("Private lesson 2 h", 95.0), ("Group course, 5 mornings", 180.0), ("Kids' club, 3 days", 150.0)],
    "de": [
        ("Privatstunde 2 Std.", 95.0),
        ("Gruppenkurs 5 Vormittage", 180.0),
        ("Kinderskikurs 3 Tage", 150.0),
    ],
    "fr": [
        ("Cours particulier 2 h", 95.0),
        ("Cours collectif 5 matins", 180.0),
        ("Piou-Piou 3 jours", 150.0),
    ],
    "it": [("Lezione privata 2 ore", 95.0), ("Corso collettivo 5 mattine", 180.0)],
    "es": [("Clase particular 2 h", 95.0), ("Cursillo 5 mañanas", 180.0)],
}
SKI_WORDS = _words(
    en=(
        ["Payment received - see you on the slopes!"],
        ["Payment failed - lesson not held"],
        ["Awaiting payment"],
    ),
    de=(["Zahlung eingegangen"], ["Zahlung abgelehnt"], ["Zahlung ausstehend"]),
    fr=(["Paiement reçu - à bientôt sur les pistes !"], ["Paiement refusé"], ["En attente de paiement"]),
    it=(["Pagamento ricevuto"], ["Pagamento non riuscito"], ["In attesa di pagamento"]),
    es=(["Pago recibido"], ["Pago rechazado"], ["Pendiente de pago"]),
)


def ski_school_lesson(rng: random.Random, font: str):
    """A ski school's lesson booking e-mail or screen (Gulmarg, Aviemore, Aspen, Engelberg, Verbier, Oberstdorf,
    Chamonix, Val Gardena, Sierra Nevada): the school on top (the payee), the skier and the parent who booked (never),
    the instructor (never), the lesson's first day and meeting point (never the date), a private lesson or a course, a
    helmet or boots hired, a lift pass not included, a sibling's discount; the payment's reference where printed,
    else the booking's number, is the id; Booked on is the date; the amount is the total."""
    currency, school, lang, key, fmt, grouping, pattern, when = _start(rng, font, SKI_SCHOOLS)
    rows: list[tuple] = [("title", school)]
    status, words = _outcome74(rng, 0.7, lang, SKI_WORDS)
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Lesson booking"],
        de=["Buchungsbestätigung Skikurs"],
        fr=["Confirmation de réservation"],
        it=["Conferma prenotazione"],
        es=["Confirmación de reserva"],
    )
    if words and shown(rng, 0.5):
        rows.append(("center", words))
        words = None
    booker = _who73(rng, currency, lang)
    skier = rng.choice(["Mia", "Leo", "Noah", "Emma", "Aarav", "Chloé", "Sofia", "Lucas", booker.split()[0]])
    _pair(
        rows,
        rng,
        lang,
        booker,
        en=["Booked by"],
        de=["Gebucht von"],
        fr=["Réservé par"],
        it=["Prenotato da"],
        es=["Reservado por"],
    )
    _pair(
        rows,
        rng,
        lang,
        f"{skier} ({rng.choice([5, 7, 9, 12, 34])})",
        en=["Skier"],
        de=["Teilnehmer"],
        fr=["Élève"],
        it=["Allievo"],
        es=["Alumno"],
    )
    lesson, price = rng.choice(LESSONS.get(lang) or LESSONS["en"])
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Lesson"], de=["Kurs"], fr=["Cours"], it=["Corso"], es=["Curso"]),
            lesson,
        )
    )
    _pair(
        rows,
        rng,
        lang,
        f"{_other(when, rng, pattern, lang, 3, 40)}, {_hm(rng, lang, 9, 11)}",
        en=["First lesson", "Lesson day"],
        de=["Kursbeginn"],
        fr=["Début du cours"],
        it=["Inizio corso"],
        es=["Inicio"],
    )
    if shown(rng, 0.5):
        _pair(
            rows,
            rng,
            lang,
            _pro74(rng, currency, lang, booker),
            en=["Instructor"],
            de=["Skilehrer/in"],
            fr=["Moniteur"],
            it=["Maestro"],
            es=["Monitor"],
        )
    rows.append(("rule",))
    net = _p(price, key)
    rows.append(("pair", lesson, _m(net, grouping)))
    if shown(rng, 0.4):
        gear = _p(rng.choice([12.0, 18.0]), key)
        _pair(
            rows,
            rng,
            lang,
            _m(gear, grouping),
            en=["Helmet & boots hire"],
            de=["Helm- und Schuhverleih"],
            fr=["Location casque"],
            it=["Noleggio casco"],
            es=["Alquiler de casco"],
        )
        net = round(net + gear, 2)
    if shown(rng, 0.3):
        net = _discount(
            rng,
            rows,
            grouping,
            net,
            lang,
            {
                "en": ["Sibling discount"],
                "de": ["Geschwisterrabatt"],
                "fr": ["Remise fratrie"],
                "it": ["Sconto fratelli"],
                "es": ["Descuento hermanos"],
            },
        )
    total = _tax74(rng, rows, grouping, net, key, lang) if key in ("INR", "USD") else net
    _total74(rng, rows, fmt, total, status, lang)
    if shown(rng, 0.5):
        _line(
            rows,
            "small",
            rng,
            lang,
            en=["Lift pass not included."],
            de=["Skipass nicht inbegriffen."],
            fr=["Forfait non compris."],
            it=["Skipass non incluso."],
            es=["Forfait no incluido."],
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
                    fr=["Référence de paiement"],
                    it=["ID transazione"],
                    es=["Nº de operación"],
                ),
                f"{rng.choice(['pi_', 'ch_'])}{code(rng, 14, MIXED)}",
            ),
            (
                _t(
                    lang,
                    en=["Booking No."],
                    de=["Buchungsnr."],
                    fr=["N° de réservation"],
                    it=["N. prenotazione"],
                    es=["Nº de reserva"],
                ),
                f"SK{digits(rng, 6)}",
            ),
        ],
        status,
        0.35,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Booked on"],
            "de": ["Gebucht am"],
            "fr": ["Réservé le"],
            "it": ["Prenotato il"],
            "es": ["Fecha de reserva"],
        },
        0.2,
        0.4,
        status,
    )
    truth = truth_fields(school, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, school, [EMAIL, SCREEN, DARK])


# ---------------------------------------------------------------- 6 a mountain guide's invoice


GUIDES = {
    "INR": [("Himalayan Trails Guides", "en")],
    "GBP": [("Lakeland Mountain Guides", "en")],
    "USD": [("Teton Alpine Guides", "en")],
    "CHF": [("Bergführerbüro Grindelwald", "de")],
    "EUR": [
        ("Bergschule Watzmann", "de"),
        ("Bureau des Guides du Mont Aiguille", "fr"),
        ("Collegio Guide Val di Fassa", "it"),
        ("Guías de Montaña Picos de Europa", "es"),
    ],
}
TOURS = {
    "en": ["Via ferrata, full day", "Glacier trek with crampons", "Guided summit day"],
    "de": ["Klettersteig Tagestour", "Gletschertour", "Gipfeltour geführt"],
    "fr": ["Via ferrata journée", "Course glaciaire", "Ascension guidée"],
    "it": ["Via ferrata giornata", "Escursione su ghiacciaio"],
    "es": ["Vía ferrata día completo", "Ascensión guiada"],
}


def mountain_guide(rng: random.Random, font: str):
    """A mountain guide's invoice (Manali, Keswick, Jackson, Grindelwald, Berchtesgaden, Grenoble, Val di Fassa,
    Picos de Europa): the bureau on top (the payee), the guide and the climbers (never), the tour and its day (never
    the date), a guide's day fee, the guide's hut and lift costs, a harness and helmet hire, tax included or added;
    where a deposit was paid at booking, it is taken off (its day never the date) and the balance paid is the amount,
    else the invoice's total; the invoice's number is the id, its date the day paid."""
    currency, bureau, lang, key, fmt, grouping, pattern, when = _start(rng, font, GUIDES)
    rows: list[tuple] = []
    _head(
        rng,
        rows,
        bureau,
        {
            "INR": "Old Manali Road, Manali 175131",
            "GBP": "Lake Road, Keswick CA12 5BX",
            "USD": "Jackson, WY 83001",
            "CHF": "Dorfstrasse 110, 3818 Grindelwald",
            "de": "Maximilianstraße 9, 83471 Berchtesgaden",
            "fr": "38000 Grenoble",
            "it": "Strada Dolomites 3, 38032 Canazei",
            "es": "Avenida Covadonga 5, 33550 Cangas de Onís",
        }.get(key, ""),
        key,
        0.5,
    )
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["INVOICE"],
        de=["Rechnung"],
        fr=["Facture"],
        it=["Fattura"],
        es=["Factura"],
    )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Invoice No."],
            de=["Rechnungsnummer"],
            fr=["Facture n°"],
            it=["Fattura n."],
            es=["Factura nº"],
        ),
        f"{when.year}/{digits(rng, 3)}",
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
        {
            "en": ["Invoice date"],
            "de": ["Rechnungsdatum"],
            "fr": ["Date de facture"],
            "it": ["Data fattura"],
            "es": ["Fecha de factura"],
        },
        0.15,
        0.1,
    )
    climber = _who73(rng, currency, lang)
    _pair(
        rows, rng, lang, climber, en=["Client"], de=["Kunde"], fr=["Client"], it=["Cliente"], es=["Cliente"]
    )
    tour = rng.choice(TOURS.get(lang) or TOURS["en"])
    tour_day = _earlier(when, rng, 0, 3)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Tour"], de=["Tour"], fr=["Course"], it=["Gita"], es=["Actividad"]),
            f"{tour}, {_d73(tour_day, pattern, lang)}",
        )
    )
    _pair(
        rows,
        rng,
        lang,
        _pro74(rng, currency, lang, climber),
        en=["Guide"],
        de=["Bergführer"],
        fr=["Guide"],
        it=["Guida"],
        es=["Guía"],
    )
    people = rng.choice([1, 2, 3])
    rows.append(("rule",))
    fee = _p(rng.choice([280.0, 320.0, 360.0]), key)
    _pair(
        rows,
        rng,
        lang,
        _m(fee, grouping),
        en=[f"Guide's day fee ({people} pers.)"],
        de=[f"Führungshonorar ({people} Pers.)"],
        fr=[f"Honoraires ({people} pers.)"],
        it=[f"Onorario guida ({people} pers.)"],
        es=[f"Honorarios ({people} pers.)"],
    )
    net = fee
    if shown(rng, 0.5):
        hut = _p(rng.choice([35.0, 45.0]), key)
        _pair(
            rows,
            rng,
            lang,
            _m(hut, grouping),
            en=["Guide's hut & lift costs"],
            de=["Hütten- und Bahnspesen"],
            fr=["Frais refuge et remontées"],
            it=["Spese rifugio e impianti"],
            es=["Gastos refugio"],
        )
        net = round(net + hut, 2)
    if shown(rng, 0.4):
        gear = round(_p(8.0, key) * people, 2)
        _pair(
            rows,
            rng,
            lang,
            _m(gear, grouping),
            en=["Harness & helmet hire"],
            de=["Leihausrüstung"],
            fr=["Location matériel"],
            it=["Noleggio attrezzatura"],
            es=["Alquiler de material"],
        )
        net = round(net + gear, 2)
    total = _tax74(rng, rows, grouping, net, key, lang) if key in ("INR", "USD") else net
    if key not in ("INR", "USD") and shown(rng, 0.5):
        _tax74(rng, rows, grouping, net, key, lang, None, "included")
    if shown(rng, 0.45):
        deposit = round(total * 0.3, 0)
        _total74(
            rng,
            rows,
            fmt,
            total,
            None,
            lang,
            {
                lang: [
                    _say(
                        rng,
                        lang,
                        en=["Invoice total"],
                        de=["Rechnungsbetrag"],
                        fr=["Total facture"],
                        it=["Totale fattura"],
                        es=["Total factura"],
                    )
                ]
            },
        )
        paid_day = _d73(_earlier(when, rng, 10, 60), pattern, lang)
        _pair(
            rows,
            rng,
            lang,
            "-" + _m(deposit, grouping),
            en=[f"Less deposit paid {paid_day}"],
            de=[f"Abzgl. Anzahlung vom {paid_day}"],
            fr=[f"Acompte versé le {paid_day}"],
            it=[f"Acconto versato il {paid_day}"],
            es=[f"Anticipo pagado el {paid_day}"],
        )
        total = round(total - deposit, 2)
        label = _say(
            rng,
            lang,
            en=["Balance paid", "Balance"],
            de=["Restbetrag"],
            fr=["Solde réglé"],
            it=["Saldo"],
            es=["Resto pagado"],
        )
        rows.append(("pair", label, fmt(total)))
        status, words = _outcome74(rng, 0.5, lang, None, 0.8, 0.1)
        method = _way74(rng, rows, key, lang, 0.15, status)
        _status74(rng, rows, words, lang)
    else:
        status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, None, 0.5, 0.25, 0.3)
    truth = truth_fields(bureau, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, bureau, [A4, EMAIL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 7 a pre-booked airport transfer


TRANSFERS = {
    "INR": [("AirLink Transfers Goa", "en")],
    "GBP": [("Gatwick Swift Transfers", "en")],
    "USD": [("JFK Shuttle Connect", "en")],
    "CHF": [("Flughafen Limousinen Zürich AG", "de"), ("Navette Aéroport Genève Léman", "fr")],
    "EUR": [
        ("Flughafentransfer München Süd", "de"),
        ("Schiphol Transfer Service", "nl"),
        ("Transfer Aeroporto Fiumicino Roma", "it"),
        ("Traslados Aeropuerto Málaga Sol", "es"),
        ("Navette Aéroport Nice Azur", "fr"),
    ],
}
TRANSFER_WORDS = _words(
    en=(
        ["Payment successful - your driver is booked"],
        ["Payment failed - transfer not booked"],
        ["Payment pending"],
    ),
    de=(["Zahlung erfolgreich"], ["Zahlung fehlgeschlagen"], ["Zahlung ausstehend"]),
    fr=(["Paiement accepté"], ["Paiement refusé"], ["Paiement en attente"]),
    nl=(["Betaling gelukt"], ["Betaling mislukt"], ["Betaling in behandeling"]),
    it=(["Pagamento riuscito"], ["Pagamento non riuscito"], ["Pagamento in sospeso"]),
    es=(["Pago realizado"], ["Pago rechazado"], ["Pago pendiente"]),
)


def airport_transfer(rng: random.Random, font: str):
    """A pre-booked airport transfer's confirmation (Goa, Gatwick, New York, Zürich, Geneva, Munich, Schiphol,
    Fiumicino, Málaga, Nice): the transfer company on top (the payee), the lead passenger and the driver (never), a
    flight number (never the id), the pickup's day and hour and a return's day (never the date), a one-way or return
    fare with a child seat and a meet and greet; the payment's reference where printed, else the booking's, is the id;
    Booked on is the date; the amount is the total."""
    currency, firm, lang, key, fmt, grouping, pattern, when = _start(rng, font, TRANSFERS)
    rows: list[tuple] = [("title", firm)]
    status, words = _outcome74(rng, 0.7, lang, TRANSFER_WORDS)
    if words and shown(rng, 0.5):
        rows.append(("center", words))
        words = None
    lead = _who73(rng, currency, lang)
    _pair(
        rows,
        rng,
        lang,
        lead,
        en=["Lead passenger"],
        de=["Fahrgast"],
        fr=["Passager"],
        nl=["Reiziger"],
        it=["Passeggero"],
        es=["Pasajero"],
    )
    _pair(
        rows,
        rng,
        lang,
        f"{rng.choice(['LH', 'BA', 'KL', 'AZ', 'IB', 'AF', '6E', 'UA', 'LX'])} {rng.randint(100, 9899)}",
        en=["Flight"],
        de=["Flug"],
        fr=["Vol"],
        nl=["Vlucht"],
        it=["Volo"],
        es=["Vuelo"],
    )
    pickup = _later(when, rng, 1, 45)
    _pair(
        rows,
        rng,
        lang,
        f"{_d73(pickup, pattern, lang)}, {_hm(rng, lang, 5, 23)}",
        en=["Pickup"],
        de=["Abholung"],
        fr=["Prise en charge"],
        nl=["Ophalen"],
        it=["Ritiro"],
        es=["Recogida"],
    )
    back = shown(rng, 0.5)
    if back:
        _pair(
            rows,
            rng,
            lang,
            _d73(_later(pickup, rng, 3, 14), pattern, lang),
            en=["Return"],
            de=["Rückfahrt"],
            fr=["Retour"],
            nl=["Terugreis"],
            it=["Ritorno"],
            es=["Vuelta"],
        )
    if shown(rng, 0.4):
        _pair(
            rows,
            rng,
            lang,
            _pro74(rng, currency, lang, lead),
            en=["Your driver"],
            de=["Fahrer"],
            fr=["Chauffeur"],
            nl=["Chauffeur"],
            it=["Autista"],
            es=["Conductor"],
        )
    rows.append(("rule",))
    fare = _p(rng.choice([45.0, 60.0, 85.0]), key) * (2 if back else 1)
    _pair(
        rows,
        rng,
        lang,
        _m(fare, grouping),
        en=["Private transfer"],
        de=["Privattransfer"],
        fr=["Transfert privé"],
        nl=["Privétransfer"],
        it=["Transfer privato"],
        es=["Traslado privado"],
    )
    total = fare
    for p_absent, price, labels in (
        (
            0.6,
            6.0,
            dict(
                en=["Child seat"],
                de=["Kindersitz"],
                fr=["Siège enfant"],
                nl=["Kinderzitje"],
                it=["Seggiolino"],
                es=["Silla infantil"],
            ),
        ),
        (
            0.6,
            10.0,
            dict(
                en=["Meet & greet"],
                de=["Abholung mit Namensschild"],
                fr=["Accueil pancarte"],
                nl=["Meet & greet"],
                it=["Accoglienza"],
                es=["Recepción con cartel"],
            ),
        ),
    ):
        if shown(rng, p_absent):
            value = _p(price, key)
            _pair(rows, rng, lang, _m(value, grouping), **labels)
            total = round(total + value, 2)
    if key == "INR":
        total = _tax74(rng, rows, grouping, total, key, lang, 0.05)
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
                    en=["Payment ref"],
                    de=["Zahlungsreferenz"],
                    fr=["Référence de paiement"],
                    nl=["Betaalreferentie"],
                    it=["ID transazione"],
                    es=["Nº de operación"],
                ),
                code(rng, 12, ALNUM),
            ),
            (
                _t(
                    lang,
                    en=["Booking ref"],
                    de=["Buchungsnr."],
                    fr=["Réf. réservation"],
                    nl=["Boekingsnummer"],
                    it=["N. prenotazione"],
                    es=["Nº de reserva"],
                ),
                f"TR-{digits(rng, 7)}",
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
            "en": ["Booked on"],
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
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, firm, [SCREEN, DARK, EMAIL])


# ---------------------------------------------------------------- 8 a tourist city card's order


CITY_CARDS = {
    "INR": [("Jaipur Heritage Pass Office", "en")],
    "GBP": [("Edinburgh Explorer Pass", "en")],
    "USD": [("Chicago City Explorer Pass", "en")],
    "CHF": [("Luzern Erlebnis-Pass", "de"), ("Genève Découverte Pass", "fr")],
    "EUR": [
        ("München Erlebnis-Karte", "de"),
        ("Amsterdam Stadspas Toerist", "nl"),
        ("Roma Arte Card", "it"),
        ("Sevilla Card Turística", "es"),
        ("Lyon City Pass Découverte", "fr"),
    ],
}


def city_card(rng: random.Random, font: str):
    """A tourist city card's online order (Jaipur, Edinburgh, Chicago, Luzern, Geneva, Munich, Amsterdam, Rome,
    Seville, Lyon): the card's office on top (the payee), the buyer (never), adult and child cards of 24, 48 or 72
    hours, the cards' numbers (never the id), valid from and until (never the date), a promo code's discount; the
    order's number is the id, its order date the date; the amount is the order's total."""
    currency, office, lang, key, fmt, grouping, pattern, when = _start(rng, font, CITY_CARDS)
    rows: list[tuple] = [("title", office)]
    status, words = _outcome74(rng, 0.6, lang, None)
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Order confirmation"],
        de=["Bestellbestätigung"],
        fr=["Confirmation de commande"],
        nl=["Bestelbevestiging"],
        it=["Conferma d'ordine"],
        es=["Confirmación del pedido"],
    )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Order No.", "Order #"],
            de=["Bestellnummer"],
            fr=["N° de commande"],
            nl=["Bestelnummer"],
            it=["Numero ordine"],
            es=["Pedido nº"],
        ),
        f"{code(rng, 2, UPPER)}{digits(rng, 7)}",
        0.15,
        status,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Order date"],
            "de": ["Bestelldatum"],
            "fr": ["Date de commande"],
            "nl": ["Besteldatum"],
            "it": ["Data ordine"],
            "es": ["Fecha del pedido"],
        },
        0.2,
        0.5,
        status,
    )
    _pair(
        rows,
        rng,
        lang,
        _who73(rng, currency, lang),
        en=["Buyer"],
        de=["Käufer"],
        fr=["Acheteur"],
        nl=["Koper"],
        it=["Acquirente"],
        es=["Comprador"],
    )
    hours = rng.choice([24, 48, 72])
    start = _later(when, rng, 1, 30)
    _pair(
        rows,
        rng,
        lang,
        f"{_d73(start, pattern, lang)} - {_d73(start + dt.timedelta(days=hours // 24), pattern, lang)}",
        en=["Valid"],
        de=["Gültig"],
        fr=["Valable"],
        nl=["Geldig"],
        it=["Validità"],
        es=["Válida"],
    )
    rows.append(("rule",))
    adults, kids = rng.choice([1, 2, 2, 3]), rng.choice([0, 0, 1, 2])
    base = _p({24: 25.0, 48: 38.0, 72: 48.0}[hours], key)
    net = round(base * adults, 2)
    _pair(
        rows,
        rng,
        lang,
        _m(net, grouping),
        en=[f"{adults} x Adult {hours} h"],
        de=[f"{adults} x Erwachsene {hours} Std."],
        fr=[f"{adults} x Adulte {hours} h"],
        nl=[f"{adults} x Volwassene {hours} uur"],
        it=[f"{adults} x Adulto {hours} ore"],
        es=[f"{adults} x Adulto {hours} h"],
    )
    if kids:
        child = round(_p(base / 2, key) * kids, 2)
        _pair(
            rows,
            rng,
            lang,
            _m(child, grouping),
            en=[f"{kids} x Child {hours} h"],
            de=[f"{kids} x Kind {hours} Std."],
            fr=[f"{kids} x Enfant {hours} h"],
            nl=[f"{kids} x Kind {hours} uur"],
            it=[f"{kids} x Ragazzo {hours} ore"],
            es=[f"{kids} x Niño {hours} h"],
        )
        net = round(net + child, 2)
    if shown(rng, 0.6):
        for _ in range(min(adults + kids, 3)):
            rows.append(("small", f"Card {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"))
    if shown(rng, 0.6):
        net = _discount(
            rng,
            rows,
            grouping,
            net,
            lang,
            {
                "en": ["Promo code SPRING"],
                "de": ["Gutscheincode"],
                "fr": ["Code promo"],
                "nl": ["Kortingscode"],
                "it": ["Codice sconto"],
                "es": ["Código promocional"],
            },
        )
    total = net
    _total74(rng, rows, fmt, total, status, lang)
    method = _way74(rng, rows, key, lang, 0.2, status, online=True)
    _status74(rng, rows, words, lang)
    truth = truth_fields(office, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, office, [EMAIL, SCREEN, DARK])


# ---------------------------------------------------------------- 9 a transit inspector's penalty fare receipt


TRANSIT = {
    "INR": [("Suburban Railway Ticket Checking, Dadar", "en")],
    "GBP": [("Northern Valley Railways", "en")],
    "USD": [("Riverside Metro Transit Authority", "en")],
    "CHF": [("Verkehrsbetriebe Seeland AG", "de")],
    "EUR": [
        ("Verkehrsbetriebe Rheinstadt", "de"),
        ("OV-bedrijf Haaglanden Zuid", "nl"),
        ("Transports Métropole Lyon-Est", "fr"),
        ("Azienda Trasporti Milano Sud", "it"),
        ("Autobuses Urbanos de Valencia", "es"),
    ],
}
PENALTY = {
    "INR": 250.0,
    "GBP": 20.0,
    "USD": 50.0,
    "CHF": 90.0,
    "de": 60.0,
    "nl": 50.0,
    "fr": 50.0,
    "it": 50.0,
    "es": 40.0,
}


def penalty_fare(rng: random.Random, font: str):
    """A transit inspector's penalty fare receipt (Mumbai, Leeds, Riverside, Biel, a German city, The Hague, Lyon,
    Milan, Valencia): the operator on top (the payee), the passenger and the inspector's number (never), the notice's
    number (never the id), the line and the inspection's time, the penalty and the fare, or a penalty reduced when a
    season ticket was shown later (the reduced fee is the amount, never the full penalty); the receipt's own number
    is the id, its date the day paid (an inspection on an earlier day is never the date)."""
    currency, body, lang, key, fmt, grouping, pattern, when = _start(rng, font, TRANSIT)
    rows: list[tuple] = [("title", body)]
    _line(
        rows,
        "center",
        rng,
        lang,
        en=["Penalty fare receipt"],
        de=["Quittung Fahrgeldnachforderung"],
        nl=["Kwitantie boete"],
        fr=["Reçu d'indemnité forfaitaire"],
        it=["Ricevuta sanzione"],
        es=["Recibo de sanción"],
    )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Receipt No"],
            de=["Quittungs-Nr."],
            nl=["Kwitantie nr."],
            fr=["Reçu n°"],
            it=["Ricevuta n."],
            es=["Recibo nº"],
        ),
        digits(rng, 8),
        0.2,
        None,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, {}, 0.15, 0.5)
    later = shown(rng, 0.5)
    checked = _earlier(when, rng, 3, 12) if later else when
    _pair(
        rows,
        rng,
        lang,
        f"{code(rng, 1, UPPER)}{digits(rng, 7)}",
        en=["Notice No"],
        de=["Vorgangsnummer"],
        nl=["Procesnummer"],
        fr=["N° de procès-verbal"],
        it=["N. verbale"],
        es=["Nº de acta"],
    )
    _pair(
        rows,
        rng,
        lang,
        _who73(rng, currency, lang),
        en=["Passenger"],
        de=["Fahrgast"],
        nl=["Reiziger"],
        fr=["Voyageur"],
        it=["Passeggero"],
        es=["Viajero"],
    )
    when_text = _hm(rng, lang) if not later else f"{_d73(checked, pattern, lang)} {_hm(rng, lang)}"
    _pair(
        rows,
        rng,
        lang,
        f"{rng.choice(['7', '12', 'S3', 'RE 5', 'Bus 41'])} / {when_text}",
        en=["Line / inspected"],
        de=["Linie / Kontrolle"],
        nl=["Lijn / controle"],
        fr=["Ligne / contrôle"],
        it=["Linea / controllo"],
        es=["Línea / control"],
    )
    _pair(
        rows,
        rng,
        lang,
        digits(rng, 4),
        en=["Inspector ID"],
        de=["Prüfer-Nr."],
        nl=["Controleur nr."],
        fr=["Matricule agent"],
        it=["Matricola"],
        es=["Nº inspector"],
    )
    rows.append(("rule",))
    penalty = PENALTY[key]
    if later and shown(rng, 0.5):
        _pair(
            rows,
            rng,
            lang,
            _m(penalty, grouping),
            en=["Penalty fare issued"],
            de=["Erhöhtes Entgelt"],
            nl=["Boete opgelegd"],
            fr=["Indemnité initiale"],
            it=["Sanzione elevata"],
            es=["Sanción inicial"],
        )
        total = _p(7.0, key)
        _pair(
            rows,
            rng,
            lang,
            _m(total, grouping),
            en=["Reduced - season ticket shown"],
            de=["Ermäßigt - Zeitkarte vorgelegt"],
            nl=["Verlaagd - abonnement getoond"],
            fr=["Réduit - abonnement présenté"],
            it=["Ridotta - abbonamento esibito"],
            es=["Reducida - abono presentado"],
        )
    else:
        fare = _p(2.5, key)
        _pair(
            rows,
            rng,
            lang,
            _m(penalty, grouping),
            en=["Penalty fare"],
            de=["Erhöhtes Beförderungsentgelt"],
            nl=["Boete zwartrijden"],
            fr=["Indemnité forfaitaire"],
            it=["Sanzione"],
            es=["Sanción"],
        )
        _pair(
            rows,
            rng,
            lang,
            _m(fare, grouping),
            en=["Single fare"],
            de=["Fahrpreis"],
            nl=["Ritprijs"],
            fr=["Prix du trajet"],
            it=["Biglietto"],
            es=["Billete"],
        )
        total = round(penalty + fare, 2)
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, None, 0.4, 0.3, 0.4)
    truth = truth_fields(body, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, body, [THERMAL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 10 a station's guarded bike parking


BIKE_PARKS = {
    "GBP": [("Cyclehub Leeds Station", "en")],
    "USD": [("Union Station Bike Depot", "en")],
    "CHF": [("Velostation Bern Bahnhof", "de"), ("Vélostation Lausanne Gare", "fr")],
    "EUR": [
        ("Fietsenstalling Stationsplein", "nl"),
        ("Radstation Münster Hbf", "de"),
        ("Velostazione Bologna Centrale", "it"),
        ("Biciparking Estación Atocha", "es"),
        ("Consigne Vélos Gare de Strasbourg", "fr"),
    ],
}


def bike_parking(rng: random.Random, font: str):
    """A station's guarded bike parking slip (Leeds, Washington, Bern, Lausanne, Utrecht, Münster, Bologna, Madrid,
    Strasbourg): the parking on top (the payee), a bay and a tag or card number (never the id), in and out times,
    days parked over the free first day, or a monthly pass valid until a later day (never the date), a pump or a
    repair; the slip's number is the id, its date the day paid; the amount is what the slip charged."""
    currency, park, lang, key, fmt, grouping, pattern, when = _start(rng, font, BIKE_PARKS)
    rows: list[tuple] = [("title", park)]
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Receipt #", "Slip No"],
            de=["Beleg-Nr."],
            nl=["Bonnr."],
            fr=["Ticket n°"],
            it=["Scontrino n."],
            es=["Ticket n.º"],
        ),
        digits(rng, 6),
        0.2,
        None,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, {}, 0.1, 0.6)
    _pair(
        rows,
        rng,
        lang,
        f"{rng.choice('ABCDE')}{rng.randint(1, 999):03d}",
        en=["Bay"],
        de=["Stellplatz"],
        nl=["Plaats"],
        fr=["Emplacement"],
        it=["Posto"],
        es=["Plaza"],
    )
    _pair(
        rows,
        rng,
        lang,
        digits(rng, 10),
        en=["Tag"],
        de=["Chip"],
        nl=["Pasnummer"],
        fr=["Badge"],
        it=["Tessera"],
        es=["Tarjeta"],
    )
    rows.append(("rule",))
    if shown(rng, 0.4):
        total = _p(rng.choice([10.0, 12.0]), key)
        _pair(
            rows,
            rng,
            lang,
            _m(total, grouping),
            en=["Monthly pass"],
            de=["Monatsabo"],
            nl=["Maandabonnement"],
            fr=["Abonnement mensuel"],
            it=["Abbonamento mensile"],
            es=["Abono mensual"],
        )
        _pair(
            rows,
            rng,
            lang,
            _other(when, rng, pattern, lang, 30, 31),
            en=["Valid until"],
            de=["Gültig bis"],
            nl=["Geldig t/m"],
            fr=["Valable jusqu'au"],
            it=["Valido fino al"],
            es=["Válido hasta"],
        )
    else:
        days = rng.randint(2, 9)
        rate = _p(1.0, key)
        total = round(rate * (days - 1), 2)
        _pair(
            rows,
            rng,
            lang,
            _m(total, grouping),
            en=[f"{days} days, first free"],
            de=[f"{days} Tage, 1. Tag gratis"],
            nl=[f"{days} dagen, eerste gratis"],
            fr=[f"{days} jours, 1er gratuit"],
            it=[f"{days} giorni, primo gratis"],
            es=[f"{days} días, primero gratis"],
        )
        if shown(rng, 0.6):
            repair = _p(rng.choice([4.0, 6.0]), key)
            _pair(
                rows,
                rng,
                lang,
                _m(repair, grouping),
                en=["Puncture repair"],
                de=["Schlauch geflickt"],
                nl=["Band geplakt"],
                fr=["Réparation crevaison"],
                it=["Riparazione foratura"],
                es=["Reparación pinchazo"],
            )
            total = round(total + repair, 2)
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, None, 0.3, 0.4, 0.3)
    truth = truth_fields(park, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, park, [THERMAL, _sized(THERMAL, 17)])


# ---------------------------------------------------------------- 11 a horse-drawn carriage ride


CARRIAGES = {
    "INR": [("Heritage Tonga Rides Jodhpur", "en")],
    "GBP": [("Bath Horse & Carriage Tours", "en")],
    "USD": [("Central Park Carriage Co.", "en")],
    "CHF": [("Kutschenfahrten Interlaken", "de")],
    "EUR": [
        ("Fiaker Stephansplatz", "de"),
        ("Koetsen Brugge Markt", "nl"),
        ("Carrozzelle Romane", "it"),
        ("Coches de Caballos Plaza de España", "es"),
        ("Calèches du Château de Versailles", "fr"),
    ],
}


def carriage_ride(rng: random.Random, font: str):
    """A horse-drawn carriage ride's receipt (Jodhpur, Bath, New York, Interlaken, Vienna, Bruges, Rome, Seville,
    Versailles): the carriage business on top (the payee), the coachman and the horses (never), the carriage's and
    its licence's numbers (never the id), a short or long round and the riders; a tip added on the card is in the
    amount, a cash tip never; the receipt's number is the id, its date the day paid."""
    currency, firm, lang, key, fmt, grouping, pattern, when = _start(rng, font, CARRIAGES)
    rows: list[tuple] = [("title", firm)]
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Receipt No"],
            de=["Quittung Nr."],
            nl=["Kwitantie nr."],
            it=["Ricevuta n."],
            es=["Recibo nº"],
            fr=["Reçu n°"],
        ),
        digits(rng, 4),
        0.25,
        None,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, {}, 0.15, 0.5)
    _pair(
        rows,
        rng,
        lang,
        f"{rng.randint(1, 60)} / {code(rng, 2, UPPER)}-{digits(rng, 4)}",
        en=["Carriage / licence"],
        de=["Wagen / Konzession"],
        nl=["Koets / vergunning"],
        it=["Carrozza / licenza"],
        es=["Coche / licencia"],
        fr=["Calèche / licence"],
    )
    _pair(
        rows,
        rng,
        lang,
        f"{_pro74(rng, currency, lang)} ({rng.choice(['Max & Moritz', 'Bella', 'Duke'])})",
        en=["Driver (horses)"],
        de=["Fiaker (Pferde)"],
        nl=["Koetsier (paarden)"],
        it=["Vetturino (cavalli)"],
        es=["Cochero (caballos)"],
        fr=["Cocher (chevaux)"],
    )
    long = shown(rng, 0.5)
    fare = _p(70.0 if long else 45.0, key)
    rows.append(("rule",))
    _pair(
        rows,
        rng,
        lang,
        _m(fare, grouping),
        en=["Long tour 40 min" if long else "Short tour 20 min"],
        de=["Große Runde 40 Min." if long else "Kleine Runde 20 Min."],
        nl=["Lange rit 40 min" if long else "Korte rit 20 min"],
        it=["Giro lungo 40 min" if long else "Giro breve 20 min"],
        es=["Paseo largo 40 min" if long else "Paseo corto 20 min"],
        fr=["Grand tour 40 min" if long else "Petit tour 20 min"],
    )
    total = fare
    if key == "USD" or shown(rng, 0.7):
        tip = round(fare * rng.choice([0.1, 0.15, 0.2]), 2)
        _pair(
            rows,
            rng,
            lang,
            _m(tip, grouping),
            en=["Tip"],
            de=["Trinkgeld"],
            nl=["Fooi"],
            it=["Mancia"],
            es=["Propina"],
            fr=["Pourboire"],
        )
        total = round(fare + tip, 2)
        status, words = _outcome74(rng, 0.5, lang, None, 0.7, 0.2)
        _total74(rng, rows, fmt, total, status, lang)
        method = _way74(rng, rows, key, lang, 0.1, status)
        _status74(rng, rows, words, lang)
    else:
        status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, None, 0.4, 0.3, 0.5)
        if shown(rng, 0.5):
            _line(
                rows,
                "small",
                rng,
                lang,
                en=[f"Cash tip to driver: {_m(5.0, grouping)}"],
                de=[f"Trinkgeld bar: {_m(5.0, grouping)}"],
                nl=[f"Fooi contant: {_m(5.0, grouping)}"],
                it=[f"Mancia in contanti: {_m(5.0, grouping)}"],
                es=[f"Propina en efectivo: {_m(5.0, grouping)}"],
                fr=[f"Pourboire en espèces : {_m(5.0, grouping)}"],
            )
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, firm, [_sized(PAPER, 19), THERMAL])


# ---------------------------------------------------------------- 12 an international driving permit


MOTOR_CLUBS = {
    "INR": [("Regional Transport Office Pune", "en")],
    "GBP": [("Motoring Club of Britain", "en")],
    "USD": [("American Motorists Travel Club", "en")],
    "CHF": [("Automobil-Club Zentralschweiz", "de")],
    "EUR": [
        ("Automobilclub Süd e.V.", "de"),
        ("Reizigersbond Wegverkeer", "nl"),
        ("Club Automobile Provence", "fr"),
        ("Automobile Club Lazio Servizi", "it"),
        ("Real Automóvil Club Levante", "es"),
    ],
}


def driving_permit(rng: random.Random, font: str):
    """An international driving permit issued at a motoring club's or a transport office's counter (Pune, London,
    Denver, Luzern, Munich, The Hague, Marseille, Rome, Valencia): the club on top (the payee), the applicant
    (never), the driving licence's and the permit's numbers (never the id), the permit's validity (never the date), a
    permit fee, photos and an express fee, a member's discount; the receipt's number is the id, its date the day
    paid; the amount is the total."""
    currency, club, lang, key, fmt, grouping, pattern, when = _start(rng, font, MOTOR_CLUBS)
    rows: list[tuple] = []
    _head(
        rng,
        rows,
        club,
        {
            "INR": "Sangam Bridge, Pune 411001",
            "GBP": "Fanum House, London SE1",
            "USD": "Colfax Ave, Denver, CO 80203",
        }.get(key, ""),
        key,
        0.4,
    )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Receipt No"],
            de=["Quittungs-Nr."],
            nl=["Kwitantie nr."],
            fr=["Reçu n°"],
            it=["Ricevuta n."],
            es=["Recibo nº"],
        ),
        f"{code(rng, 1, UPPER)}{digits(rng, 7)}",
        0.15,
        None,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, {}, 0.15, 0.4)
    _pair(
        rows,
        rng,
        lang,
        _who73(rng, currency, lang),
        en=["Applicant"],
        de=["Antragsteller"],
        nl=["Aanvrager"],
        fr=["Demandeur"],
        it=["Richiedente"],
        es=["Solicitante"],
    )
    _pair(
        rows,
        rng,
        lang,
        f"{code(rng, 2, UPPER)}{digits(rng, 9)}",
        en=["Driving licence no."],
        de=["Führerschein-Nr."],
        nl=["Rijbewijsnummer"],
        fr=["N° de permis"],
        it=["N. patente"],
        es=["Nº de permiso"],
    )
    _pair(
        rows,
        rng,
        lang,
        f"IDP {digits(rng, 7)}",
        en=["Permit no."],
        de=["IFS-Nr."],
        nl=["IRB-nummer"],
        fr=["N° PCI"],
        it=["N. PI"],
        es=["Nº PCI"],
    )
    _pair(
        rows,
        rng,
        lang,
        _other(when, rng, pattern, lang, 364, 365),
        en=["Valid until"],
        de=["Gültig bis"],
        nl=["Geldig tot"],
        fr=["Valable jusqu'au"],
        it=["Valido fino al"],
        es=["Válido hasta"],
    )
    rows.append(("rule",))
    net = _p(rng.choice([5.5, 12.0, 15.0]), key) if key != "INR" else 1000.0
    _pair(
        rows,
        rng,
        lang,
        _m(net, grouping),
        en=["International driving permit"],
        de=["Internationaler Führerschein"],
        nl=["Internationaal rijbewijs"],
        fr=["Permis international"],
        it=["Patente internazionale"],
        es=["Permiso internacional"],
    )
    if shown(rng, 0.5):
        photo = _p(6.0, key)
        _pair(
            rows,
            rng,
            lang,
            _m(photo, grouping),
            en=["Passport photos"],
            de=["Passfotos"],
            nl=["Pasfoto's"],
            fr=["Photos d'identité"],
            it=["Fototessere"],
            es=["Fotos carné"],
        )
        net = round(net + photo, 2)
    if shown(rng, 0.6):
        fast = _p(10.0, key)
        _pair(
            rows,
            rng,
            lang,
            _m(fast, grouping),
            en=["Same-day issue"],
            de=["Sofortausstellung"],
            nl=["Spoedaanvraag"],
            fr=["Délivrance immédiate"],
            it=["Rilascio immediato"],
            es=["Expedición urgente"],
        )
        net = round(net + fast, 2)
    if key not in ("INR", "USD") and shown(rng, 0.6):
        net = _discount(
            rng,
            rows,
            grouping,
            net,
            lang,
            {
                "en": ["Member discount"],
                "de": ["Mitgliederrabatt"],
                "nl": ["Ledenkorting"],
                "fr": ["Remise adhérent"],
                "it": ["Sconto soci"],
                "es": ["Descuento socio"],
            },
        )
    total = net
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, None, 0.45, 0.35, 0.35)
    truth = truth_fields(club, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, club, [A4, _sized(PAPER, 18), THERMAL])

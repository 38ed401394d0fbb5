"""The twelve heldout75 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: home, family and everyday errands beyond the shops
(a handyman's call-out invoice paid on the spot, a babysitting or nanny agency's booking, a practical driving test's
fee, a TV repair shop's job ticket, an ironing service's docket, a knife sharpener's slip, a sewing machine
service, a children's holiday camp booking, a children's martial arts club's grading or term fees, a children's ear
piercing, a junk removal or house clearance, a pool or hot tub service visit). The page and value helpers of
heldout14, heldout62, heldout65, heldout66, heldout68, heldout69, heldout72, heldout73 and heldout74 are reused (a
money mark chosen once per page, one date pattern per page, English, German, French, Dutch, Italian and Spanish
wordings, dirhams, Singapore and Australian dollars and Swiss francs with their marks, page widths that hold every
line). ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
The payee is the business on top; technicians, engineers, sitters, examiners, instructors, crews, piercers,
customers, parents, children and candidates are never it. A page prints at most one date of payment; the other days
(a test's, a camp's, a grading's, a collection's or a booking's day, a ready-by or delivery day, a next visit or
service, a guarantee's or warranty's end, an earlier deposit's day, an aftercare check, a balance's due day) are never
it. The amount is what this page charged now: the whole invoice with its call-out fee, labour, parts, tax and
surcharges, less a discount; a deposit taken now is the deposit and a balance paid after a deposit is the balance;
job, ticket, order, member, licence, candidate, serial, model, waste note, vehicle and customer numbers are never
the id.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _earlier, _later, _page, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import _issuer, _m, _say
from bench.receipt_sets.heldout68_families import _tax_ids, _terms
from bench.receipt_sets.heldout72_families import _cash72, _slip_outcome72
from bench.receipt_sets.heldout73_families import _d73, _id73, _ids73, _who73
from bench.receipt_sets.heldout74_families import (
    PLAIN_DATE,
    _dated74,
    _fmt74,
    _key74,
    _outcome74,
    _p,
    _pattern74,
    _pro74,
    _slip74,
    _status74,
    _t,
    _tax74,
    _total74,
    _way74,
)

ALNUM = UPPER + "23456789"
# a code printed in both cases: no l, I, O, 0 or 1 that a reader could swap
MIXED = "".join(c for c in "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

# ---------------------------------------------------------------- shared pieces


def _setup(rng: random.Random, font: str, table: dict):
    """The business on top, its currency and language, the page's country, sum formatter, grouping, date pattern
    and the day paid."""
    currency, name, lang = _issuer(rng, table)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    return currency, name, lang, key, fmt, grouping, pattern, day(rng)


STATE = {"Pune": "27", "Mumbai": "27", "Bengaluru": "29", "Hyderabad": "36", "Chennai": "33", "Delhi": "07"}


def _head(rng, rows, name: str, place: str, key: str, p_tax: float = 0.5) -> None:
    """The business on top, its address, a phone in a share and its tax or company number in a share."""
    rows.append(("title", name))
    rows.append(("small", place))
    if shown(rng, 0.5):
        phone = {
            "INR": f"+91 {digits(rng, 5)} {digits(rng, 5)}",
            "GBP": f"07{digits(rng, 3)} {digits(rng, 6)}",
            "USD": f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}",
            "AUD": f"04{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
            "AED": f"+971 50 {digits(rng, 3)} {digits(rng, 4)}",
        }.get(
            key,
            f"+{rng.choice(['31', '33', '34', '39', '49', '353', '41', '65'])} {digits(rng, 3)} {digits(rng, 6)}",
        )
        rows.append(("small", f"Tel {phone}" if shown(rng, 0.5) else phone))
    if key in ("INR", "GBP", "USD", "IE", "de", "fr", "nl") and shown(rng, p_tax):
        state = next((code2 for city, code2 in STATE.items() if city in place), "27")
        rows.append(("small", _tax_ids(rng, key, state)[0]))
    elif key == "AUD" and shown(rng, p_tax):
        rows.append(("small", f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"))
    elif key == "AED" and shown(rng, p_tax):
        rows.append(("small", f"TRN 100{digits(rng, 12)}"))


def _priced(rng, rows, grouping, key, items, k) -> float:
    """``k`` of ``items`` ((name, pound price)) priced in the page's country; their sum."""
    net = 0.0
    for name, value in rng.sample(items, min(k, len(items))):
        value = _p(value, key)
        rows.append(("pair", name, _m(value, grouping)))
        net += value
    return round(net, 2)


def _pay(rng, rows, fmt, grouping, total, key, currency, lang, extra, p_outcome=0.6, p_slip=0.3, p_cash=0.3):
    """The total line and how it was paid at the door or the counter: a card terminal's lines with its outcome, cash
    with the change, or a way under a label with the family's outcome in a share; (status, method)."""
    if shown(rng, 1 - p_slip):
        status, words = _slip_outcome72(rng, lang, 0.6, 0.25)
        _total74(rng, rows, fmt, total, status, lang)
        method = _slip74(rng, rows, lang, status, words)
        if shown(rng, 0.5):
            rows.append(("small", f"TID {digits(rng, 8)}  MID {digits(rng, 9)}"))
        return status, method
    status, words = _outcome74(rng, p_outcome, lang, extra)
    _total74(rng, rows, fmt, total, status, lang)
    if status in (None, "success") and shown(rng, 1 - p_cash):
        method = _cash72(rng, rows, lang, grouping, total, currency)
    else:
        method = _way74(rng, rows, key, lang, 0.2, status)
    _status74(rng, rows, words, lang)
    return status, method


def _discount(rng, rows, grouping, net, lang, words) -> float:
    """A discount of a share of ``net`` under one of the family's wordings; the sum after it."""
    rate = rng.choice([0.05, 0.1, 0.15])
    off = round(net * rate, 2)
    rows.append(("pair", f"{_say(rng, lang, **words)} -{rate * 100:g}%", "-" + _m(off, grouping)))
    return round(net - off, 2)


def _other(when, rng, pattern, lang, low: int, high: int) -> str:
    """Another event's day after the day paid, in the page's pattern (never the date)."""
    return _d73(_later(when, rng, low, high), pattern, lang)


def _style(rng, font, rows, name, choices):
    """One of ``choices`` as the page, thermal rolls a little wider than a long name."""
    style = rng.choice(choices)
    return _page(font, rows, style, name, 430 if style.get("width") == 400 else None)


# ---------------------------------------------------------------- 1 a handyman's call-out invoice


HANDYMEN = {
    "INR": [("FixIt Bhaiya Home Services", "en")],
    "GBP": [("Oliver Grant Property Maintenance", "en")],
    "USD": [("Handy Dan's Home Repair LLC", "en")],
    "AUD": [("Mr Fix-It Handyman Services", "en")],
    "EUR": [
        ("Handy Hands Dublin", "en"),
        ("Hausmeisterservice Krämer", "de"),
        ("Klusbedrijf Van Dam", "nl"),
        ("Le Bricoleur du Quartier", "fr"),
    ],
}
HANDY_PLACES = {
    "FixIt Bhaiya Home Services": "Shop 4, Aundh Road, Pune 411007",
    "Oliver Grant Property Maintenance": "7 Kirkstall Lane, Leeds LS5 3BE",
    "Handy Dan's Home Repair LLC": "412 W 5th Ave, Columbus, OH 43201",
    "Mr Fix-It Handyman Services": "18 Latrobe Tce, Paddington QLD 4064",
    "Handy Hands Dublin": "Unit 3, Kylemore Park, Dublin 10",
    "Hausmeisterservice Krämer": "Lindenstraße 22, 45127 Essen",
    "Klusbedrijf Van Dam": "Vaartweg 14, 1217 SK Hilversum",
    "Le Bricoleur du Quartier": "9 rue des Tanneurs, 67000 Strasbourg",
}
HANDY_WORK = {
    "en": [
        ("Replace kitchen tap cartridge", 35.0),
        ("Rehang internal door, plane to fit", 45.0),
        ("Fit 3 floating shelves", 40.0),
        ("Repair leaking toilet cistern", 55.0),
        ("Mount TV bracket (up to 55in)", 50.0),
        ("Assemble flat-pack wardrobe", 60.0),
        ("Reseal bath with silicone", 45.0),
        ("Fix sticking uPVC window hinge", 38.0),
    ],
    "de": [
        ("Wasserhahn-Kartusche getauscht", 35.0),
        ("Zimmertür neu eingehängt", 45.0),
        ("3 Wandregale montiert", 40.0),
        ("Spülkasten abgedichtet", 55.0),
        ("Kleiderschrank aufgebaut", 60.0),
    ],
    "nl": [
        ("Kraanbinnenwerk vervangen", 35.0),
        ("Binnendeur afgehangen", 45.0),
        ("3 zwevende planken opgehangen", 40.0),
        ("Lekkende stortbak gerepareerd", 55.0),
        ("Kast in elkaar gezet", 60.0),
    ],
    "fr": [
        ("Remplacement cartouche de robinet", 35.0),
        ("Porte intérieure rabotée et réglée", 45.0),
        ("Pose de 3 étagères", 40.0),
        ("Réparation chasse d'eau", 55.0),
        ("Montage armoire en kit", 60.0),
    ],
}
HANDY_PARTS = {
    "en": [
        ("Silicone sealant", 6.5),
        ("Tap cartridge", 14.0),
        ("Wall plugs & screws", 2.5),
        ("Fill valve", 12.0),
    ],
    "de": [("Silikon", 6.5), ("Kartusche", 14.0), ("Dübel & Schrauben", 2.5), ("Füllventil", 12.0)],
    "nl": [("Kit", 6.5), ("Kraanbinnenwerk", 14.0), ("Pluggen & schroeven", 2.5), ("Vlotter", 12.0)],
    "fr": [
        ("Mastic silicone", 6.5),
        ("Cartouche", 14.0),
        ("Chevilles et vis", 2.5),
        ("Robinet flotteur", 12.0),
    ],
}
HANDY_WORDS = {
    "en": {
        "success": ["Paid on completion - thank you", "Paid in full", "Payment received"],
        "failed": ["Card declined - please pay by bank transfer", "Payment failed"],
        "pending": ["Payment pending", "Awaiting payment"],
    },
    "de": {
        "success": ["Betrag dankend erhalten"],
        "failed": ["Zahlung abgelehnt"],
        "pending": ["Zahlung offen"],
    },
    "nl": {
        "success": ["Voldaan, bedankt!"],
        "failed": ["Betaling mislukt"],
        "pending": ["Betaling in behandeling"],
    },
    "fr": {"success": ["Réglé - merci !"], "failed": ["Paiement refusé"], "pending": ["Paiement en attente"]},
}


def handyman_callout(rng: random.Random, font: str):
    """A handyman's call-out invoice paid on the spot (Pune, Leeds, Columbus, Brisbane, Dublin, Essen, Hilversum,
    Strasbourg): the business on top (the payee), the job's number and the customer with the address (neither), the
    handyman who came (never the payee), arrival and finish times, a call-out fee beside the labour and the jobs and
    parts, a returning customer's discount, GST added in halves, VAT, MwSt., btw or TVA added or included, a card
    terminal's lines or cash or a way under a label; the invoice's number is the id, its date the day paid; a
    guarantee's end or a next visit are never the date. The amount is the invoice's total, never the call-out fee."""
    currency, shop, lang, key, fmt, grouping, pattern, when = _setup(rng, font, HANDYMEN)
    rows: list[tuple] = []
    _head(rng, rows, shop, HANDY_PLACES[shop], key)
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["INVOICE", "Tax Invoice", "Job Invoice"],
                de=["Rechnung"],
                nl=["Factuur"],
                fr=["Facture"],
            ),
        )
    )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Invoice No.", "Invoice #", "Invoice No"],
            de=["Rechnungsnr.", "Rechnung Nr."],
            nl=["Factuurnummer", "Factuurnr."],
            fr=["Facture n°", "N° de facture"],
        ),
        f"{rng.choice(['INV-', 'H', ''])}{when.year}-{digits(rng, 4)}" if shown(rng, 0.5) else digits(rng, 5),
        0.15,
        None,
    )
    status_hint = None
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Invoice date", "Date"],
            "de": ["Rechnungsdatum", "Datum"],
            "nl": ["Factuurdatum"],
            "fr": ["Date de facture", "Date"],
        },
        0.15,
        0.1,
        status_hint,
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Job No", "Job ref"], de=["Auftrag"], nl=["Klus nr."], fr=["Chantier n°"]),
            f"J{digits(rng, 5)}",
        )
    )
    customer = _who73(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Customer", "Client"], de=["Kunde"], nl=["Klant"], fr=["Client"]),
            customer,
        )
    )
    worker = _pro74(rng, currency, lang, customer)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Handyman", "Technician", "Attended by"],
                de=["Monteur"],
                nl=["Vakman"],
                fr=["Intervenant"],
            ),
            worker,
        )
    )
    if shown(rng, 0.5):
        start = rng.randrange(8, 15)
        rows.append(
            (
                "left",
                _say(
                    rng,
                    lang,
                    en=[
                        f"Arrived {start:02d}:{rng.randrange(60):02d}  Finished "
                        f"{start + 2:02d}:{rng.randrange(60):02d}"
                    ],
                    de=[f"Ankunft {start:02d}:{rng.randrange(60):02d} Uhr"],
                    nl=[f"Aankomst {start:02d}.{rng.randrange(60):02d} uur"],
                    fr=[f"Arrivée {start}h{rng.randrange(60):02d}"],
                ),
            )
        )
    rows.append(("rule",))
    callout = _p(rng.choice([30.0, 35.0, 45.0]), key)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Call-out fee", "Call-out charge", "Visit charge"],
                de=["Anfahrtspauschale"],
                nl=["Voorrijkosten"],
                fr=["Frais de déplacement"],
            ),
            _m(callout, grouping),
        )
    )
    hours = rng.choice([1, 1.5, 2, 3])
    rate = _p(rng.choice([28.0, 32.0, 38.0]), key)
    labour = round(hours * rate, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=[f"Labour {hours:g} hrs @ {_m(rate, grouping)}"],
                de=[f"Arbeitszeit {hours:g} Std."],
                nl=[f"Arbeidsloon {hours:g} uur"],
                fr=[f"Main d'oeuvre {hours:g} h"],
            ),
            _m(labour, grouping),
        )
    )
    work = HANDY_WORK.get(lang) or HANDY_WORK["en"]
    for name, _ in rng.sample(work, rng.choice([1, 2])):
        rows.append(("small", "- " + name))
    net = round(callout + labour, 2)
    if shown(rng, 0.4):
        net += _priced(
            rng, rows, grouping, key, HANDY_PARTS.get(lang) or HANDY_PARTS["en"], rng.choice([1, 2])
        )
        net = round(net, 2)
    if shown(rng, 0.7):
        net = _discount(
            rng,
            rows,
            grouping,
            net,
            lang,
            {
                "en": ["Returning customer", "Senior discount"],
                "de": ["Stammkundenrabatt"],
                "nl": ["Vaste klant korting"],
                "fr": ["Remise fidélité"],
            },
        )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Subtotal", "Net"], de=["Netto"], nl=["Subtotaal"], fr=["Total HT"]),
            _m(net, grouping),
        )
    )
    if key == "USD":
        total = net
        rows.append(("small", "Labor not subject to sales tax"))
    elif key == "GBP" and shown(rng, 0.5):
        total = net
        rows.append(("small", "Not VAT registered"))
    elif key in ("de", "nl", "fr", "INR", "GBP", "IE") and shown(rng, 0.6):
        total = _tax74(rng, rows, grouping, net, key, lang, None, "added")
    else:
        total = _tax74(rng, rows, grouping, net, key, lang)
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, HANDY_WORDS, 0.55, 0.3, 0.35)
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[
                        f"Workmanship guaranteed until {_other(when, rng, pattern, lang, 80, 100)}",
                        f"Next visit (gutter check): {_other(when, rng, pattern, lang, 20, 60)}",
                    ],
                    de=[f"Gewährleistung bis {_other(when, rng, pattern, lang, 300, 400)}"],
                    nl=[f"Garantie tot {_other(when, rng, pattern, lang, 80, 100)}"],
                    fr=[f"Garantie jusqu'au {_other(when, rng, pattern, lang, 80, 100)}"],
                ),
            )
        )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, shop, [A4, _sized(PAPER, 18), EMAIL])


# ---------------------------------------------------------------- 2 a babysitting or nanny agency's booking


SITTERS = {
    "INR": [("Tiny Steps Nanny Bureau", "en")],
    "GBP": [("Little Owls Sitters", "en")],
    "USD": [("Bright Nest Babysitters", "en")],
    "SGD": [("Kiddo Care Sitters SG", "en")],
    "EUR": [
        ("Cosy Cubs Childminding Agency", "en"),
        ("Babysitter-Agentur Sternchen", "de"),
        ("Oppascentrale Knuffel", "nl"),
        ("Les P'tits Veilleurs", "fr"),
    ],
}
SITTER_PLACES = {
    "Tiny Steps Nanny Bureau": "HSR Layout, Bengaluru 560102",
    "Little Owls Sitters": "hello@littleowlssitters.co.uk · Clapham, London SW4",
    "Bright Nest Babysitters": "Capitol Hill, Seattle, WA 98102",
    "Kiddo Care Sitters SG": "10 Anson Road #22-02, Singapore 079903",
    "Cosy Cubs Childminding Agency": "Ranelagh, Dublin 6",
    "Babysitter-Agentur Sternchen": "Leopoldstraße 104, 80802 München",
    "Oppascentrale Knuffel": "Oudegracht 201, 3511 NH Utrecht",
    "Les P'tits Veilleurs": "14 rue Mercière, 69002 Lyon",
}
SITTER_WORDS = {
    "en": {
        "success": ["Payment successful - your sitter is confirmed", "Paid - thank you!"],
        "failed": ["Payment failed - booking not confirmed", "Card declined"],
        "pending": ["Payment pending", "Awaiting card authorisation"],
    },
    "de": {
        "success": ["Zahlung erfolgreich"],
        "failed": ["Zahlung fehlgeschlagen"],
        "pending": ["Zahlung ausstehend"],
    },
    "nl": {
        "success": ["Betaling geslaagd"],
        "failed": ["Betaling mislukt"],
        "pending": ["Betaling in behandeling"],
    },
    "fr": {
        "success": ["Paiement accepté"],
        "failed": ["Paiement refusé"],
        "pending": ["Paiement en attente"],
    },
}


def babysitting_agency(rng: random.Random, font: str):
    """A babysitting or nanny agency's booking e-mail or screen (Bengaluru, London, Seattle, Singapore, Dublin,
    Munich, Utrecht, Lyon): the agency on top (the payee), the sitter booked, the parent who booked and the children
    with their ages (never the payee), the evening's day and hours (never the date), either the whole booking charged
    (hours at the sitter's rate, a late-night supplement, the agency's booking fee) or only the agency's fee charged
    with the sitter's pay left to cash on the night (the fee is the amount, never the sitter's pay); a way paid
    online, the payment's reference where printed, else the booking's (the id); a member number never."""
    currency, agency, lang, key, fmt, grouping, pattern, when = _setup(rng, font, SITTERS)
    rows: list[tuple] = [("title", agency), ("small", SITTER_PLACES[agency])]
    status, words = _outcome74(rng, 0.7, lang, SITTER_WORDS)
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Booking confirmation", "Your sitter booking"],
                de=["Buchungsbestätigung"],
                nl=["Je oppasboeking"],
                fr=["Votre réservation"],
            ),
        )
    )
    if words and shown(rng, 0.5):
        rows.append(("center", words))
        words = None
    parent = _who73(rng, currency, lang)
    sitter = _pro74(rng, currency, lang, parent)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Booked by", "Parent"],
                de=["Gebucht von"],
                nl=["Geboekt door"],
                fr=["Réservé par"],
            ),
            parent,
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng, lang, en=["Your sitter", "Nanny"], de=["Babysitterin"], nl=["Oppas"], fr=["Baby-sitter"]
            ),
            sitter,
        )
    )
    kids = rng.sample(
        ["Mia", "Leo", "Aarav", "Zoe", "Noah", "Emma", "Finn", "Ira", "Lina", "Sam"], rng.choice([1, 2])
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Children"], de=["Kinder"], nl=["Kinderen"], fr=["Enfants"]),
            ", ".join(f"{kid} ({rng.randint(1, 9)})" for kid in kids),
        )
    )
    evening = _later(when, rng, 1, 20)
    start = rng.choice([17, 18, 19, 20])
    hours = rng.choice([3, 4, 5, 6])
    rows.append(
        (
            "pair",
            _say(
                rng, lang, en=["Sitting on", "Booking for"], de=["Termin"], nl=["Oppasavond"], fr=["Garde le"]
            ),
            f"{_d73(evening, pattern, lang)}, {start}:00-{(start + hours) % 24}:00",
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Member no."], de=["Mitgliedsnr."], nl=["Lidnummer"], fr=["N° adhérent"]),
                digits(rng, 6),
            )
        )
    rows.append(("rule",))
    rate = _p(rng.choice([12.0, 14.0, 15.0]), key)
    pay = round(rate * hours, 2)
    fee = _p(rng.choice([8.0, 10.0, 12.5]), key)
    fee_only = shown(rng, 0.5)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=[f"Sitter {hours} hrs x {_m(rate, grouping)}"],
                de=[f"Betreuung {hours} Std."],
                nl=[f"Oppas {hours} uur"],
                fr=[f"Garde {hours} h"],
            ),
            _m(pay, grouping),
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Agency booking fee"],
                de=["Vermittlungsgebühr"],
                nl=["Bemiddelingskosten"],
                fr=["Frais d'agence"],
            ),
            _m(fee, grouping),
        )
    )
    if fee_only:
        total = fee
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Please pay your sitter {_m(pay, grouping)} in cash on the night."],
                    de=[f"Die Betreuung ({_m(pay, grouping)}) zahlen Sie bar an die Babysitterin."],
                    nl=[f"Het oppasgeld ({_m(pay, grouping)}) betaal je contant aan de oppas."],
                    fr=[f"La garde ({_m(pay, grouping)}) est à régler en espèces à la baby-sitter."],
                ),
            )
        )
        label = _say(
            rng,
            lang,
            en=["Charged today", "Amount charged"],
            de=["Heute belastet"],
            nl=["Nu betaald"],
            fr=["Débité aujourd'hui"],
        )
        if status in ("failed", "pending"):
            label = _say(rng, lang, en=["Amount"], de=["Betrag"], nl=["Bedrag"], fr=["Montant"])
        rows.append(("pair", label, fmt(total)))
    else:
        total = round(pay + fee, 2)
        if start + hours > 23 and shown(rng, 0.3):
            late = _p(5.0, key)
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["After-midnight supplement"],
                        de=["Nachtzuschlag"],
                        nl=["Nachttoeslag"],
                        fr=["Majoration de nuit"],
                    ),
                    _m(late, grouping),
                )
            )
            total = round(total + late, 2)
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
                    nl=["Betaalreferentie"],
                    fr=["Référence de paiement"],
                ),
                f"{rng.choice(['pi_', 'ch_'])}{code(rng, 14, MIXED)}",
            ),
            (
                _t(
                    lang,
                    en=["Booking ref", "Booking reference"],
                    de=["Buchungsnr."],
                    nl=["Boekingsnummer"],
                    fr=["Réf. réservation"],
                ),
                f"{code(rng, 2, UPPER)}{digits(rng, 5)}",
            ),
        ],
        status,
        0.4,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Booked on", "Payment date"],
            "de": ["Gebucht am"],
            "nl": ["Geboekt op"],
            "fr": ["Réservé le"],
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
        en=[
            "Cancellations within 24 hours are charged in full.",
            "All sitters are DBS checked and first-aid trained.",
        ],
        de=["Stornierung bis 24 Std. vorher kostenfrei."],
        nl=["Annuleren tot 24 uur vooraf is gratis."],
        fr=["Annulation gratuite jusqu'à 24 h avant."],
    )
    truth = truth_fields(agency, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, SCREEN, DARK]), agency)


# ---------------------------------------------------------------- 3 a practical driving test's fee


TEST_BODIES = {
    "INR": [("Regional Transport Office, Pune", "en")],
    "GBP": [("Driver and Vehicle Standards Agency", "en")],
    "USD": [("Lakeshore Driving School", "en")],
    "EUR": [
        ("Road Safety Authority - Driver Testing", "en"),
        ("TÜV Nord Fahrerlaubnisprüfung", "de"),
        ("CBR Rijexamens", "nl"),
        ("Autoescuela Retiro", "es"),
    ],
}
TEST_FEES = {
    "Regional Transport Office, Pune": [
        ("Driving test fee (LMV)", 300.0),
        ("Driving licence issue fee", 200.0),
        ("Smart card fee", 200.0),
        ("Service charge", 50.0),
    ],
    "Driver and Vehicle Standards Agency": [
        ("Car practical test (weekday)", 62.0),
        ("Car practical test (evening/weekend)", 75.0),
    ],
    "Lakeshore Driving School": [
        ("Road test car rental & escort", 95.0),
        ("Warm-up lesson (60 min)", 55.0),
        ("Booking fee", 5.0),
    ],
    "Road Safety Authority - Driver Testing": [("Category B driving test", 85.0)],
    "TÜV Nord Fahrerlaubnisprüfung": [
        ("Praktische Prüfung Klasse B", 116.93),
        ("Ausstellung Prüfbescheinigung", 2.0),
    ],
    "CBR Rijexamens": [("Praktijkexamen B", 148.0), ("Reserveringskosten", 0.0)],
    "Autoescuela Retiro": [("Tasa DGT (examen)", 94.05), ("Acompañamiento a examen", 60.0)],
}
TEST_CENTRES = {
    "INR": "Test track: RTO Alandi Road",
    "GBP": "Test centre: Bristol (Kingswood)",
    "USD": "DMV: Chicago - Elston Ave",
    "IE": "Test centre: Finglas",
    "de": "Prüfort: Hannover-Mitte",
    "nl": "Examenlocatie: Utrecht",
    "es": "Centro de examen: Moratalaz",
}
TEST_WORDS = {
    "en": {
        "success": ["Payment successful", "Fee paid - thank you"],
        "failed": ["Payment failed - your test slot has been released", "Payment declined"],
        "pending": ["Payment pending - we will e-mail you when it clears", "Awaiting payment"],
    },
    "de": {
        "success": ["Gebühr bezahlt"],
        "failed": ["Zahlung fehlgeschlagen"],
        "pending": ["Zahlung ausstehend"],
    },
    "nl": {
        "success": ["Betaling gelukt"],
        "failed": ["Betaling mislukt"],
        "pending": ["Betaling in behandeling"],
    },
    "es": {"success": ["Pago realizado"], "failed": ["Pago rechazado"], "pending": ["Pago pendiente"]},
}


def driving_test_fee(rng: random.Random, font: str):
    """A practical driving test's fee (an RTO's e-receipt in Pune, a UK agency's and an Irish authority's e-mail, a
    Chicago driving school's road test package, a TÜV receipt, a Dutch CBR confirmation, a Madrid driving school's
    ticket): the body or school on top (the payee), the candidate (never), the licence, driver or application
    number (never the id), the test centre and the test's day and time (never the date), the fees; the payment's
    reference where printed, else the booking's reference or receipt number (the id); the day paid under Booked on,
    Payment date or Fecha de pago."""
    currency, body, lang, key, fmt, grouping, pattern, when = _setup(rng, font, TEST_BODIES)
    rows: list[tuple] = [("title", body)]
    status, words = _outcome74(rng, 0.7, lang, TEST_WORDS)
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Practical driving test - confirmation", "Test fee receipt"],
                de=["Prüfungsgebühr - Quittung"],
                nl=["Bevestiging praktijkexamen"],
                es=["Justificante de pago"],
            ),
        )
    )
    if key == "INR":
        rows.append(("small", "Government of Maharashtra · Parivahan Sewa"))
    candidate = _who73(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Candidate", "Applicant Name"],
                de=["Prüfling"],
                nl=["Kandidaat"],
                es=["Alumno"],
            ),
            candidate,
        )
    )
    licence = {
        "INR": f"Learner Licence No: MH12 {when.year}{digits(rng, 7)}",
        "GBP": f"Driver number: {code(rng, 5, UPPER)}{digits(rng, 6)}{code(rng, 2, UPPER)}9{code(rng, 2, UPPER)}",
        "USD": f"Permit #: {code(rng, 1, UPPER)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}",
        "IE": f"Learner permit no: {digits(rng, 9)}",
        "de": f"Bewerbernummer {digits(rng, 10)}",
        "nl": f"Kandidaatnummer {digits(rng, 10)}",
        "es": f"NIF {digits(rng, 8)}{code(rng, 1, UPPER)}",
    }[key]
    rows.append(("small", licence))
    rows.append(("small", TEST_CENTRES[key]))
    test_day = _later(when, rng, 14, 90)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Test date", "Your test"],
                de=["Prüfungstermin"],
                nl=["Examendatum"],
                es=["Fecha del examen"],
            ),
            f"{_d73(test_day, pattern, lang)} {rng.choice(['08:10', '09:57', '11:34', '14:05', '15:27'])}",
        )
    )
    rows.append(("rule",))
    fees = TEST_FEES[body]
    if key == "GBP":
        fees = [rng.choice(fees)]
    elif key == "USD":
        fees = [fees[0]] + ([fees[1]] if shown(rng, 0.5) else []) + [fees[2]]
    elif key == "nl":
        fees = fees[:1]
    total = 0.0
    for name, value in fees:
        value = value if key in ("GBP", "IE", "de", "nl", "es", "INR") else _p(value, key)
        rows.append(("pair", name, _m(value, grouping)))
        total += value
    total = round(total, 2)
    if key == "USD" and shown(rng, 0.6):
        total = _tax74(rng, rows, grouping, total, key, lang, 0.1025)
    _total74(rng, rows, fmt, total, status, lang)
    if key == "INR":
        method = _way74(rng, rows, key, lang, 0.15, status, online=True)
        txn = _ids73(
            rng,
            rows,
            [
                (["Bank Ref No", "GRN"], f"{code(rng, 4, UPPER)}{digits(rng, 10)}"),
                (["Receipt No", "Transaction No"], f"MH{digits(rng, 12)}"),
            ],
            status,
            0.3,
        )
    else:
        method = _way74(rng, rows, key, lang, 0.2, status, online=key not in ("USD", "es"))
        txn = _ids73(
            rng,
            rows,
            [
                (
                    _t(
                        lang,
                        en=["Payment reference", "Transaction ID"],
                        de=["Zahlungsreferenz"],
                        nl=["Betaalkenmerk"],
                        es=["Nº de operación"],
                    ),
                    digits(rng, 12) if shown(rng, 0.5) else code(rng, 10, ALNUM),
                ),
                (
                    _t(
                        lang,
                        en=["Booking reference", "Receipt No"],
                        de=["Quittungs-Nr."],
                        nl=["Reserveringsnummer"],
                        es=["Nº de recibo"],
                    ),
                    digits(rng, 8),
                ),
            ],
            status,
            0.35,
        )
    _status74(rng, rows, words, lang)
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Booked on", "Payment date"],
            "de": ["Bezahlt am", "Datum"],
            "nl": ["Betaald op"],
            "es": ["Fecha de pago"],
        },
        0.15,
        0.4,
        status,
    )
    if key == "INR":
        rows.append(("small", "Carry your learner licence and original Aadhaar to the test track."))
    elif key == "USD":
        rows.append(("small", "Bring your instruction permit and arrive 20 minutes early."))
    else:
        _terms(
            rng,
            rows,
            lang,
            1,
            en=[
                "Bring your provisional licence and glasses if you need them.",
                "You lose your fee if you change your test with less than 3 working days' notice.",
            ],
            de=["Bitte Personalausweis und Führerscheinantrag mitbringen."],
            nl=["Neem een geldig identiteitsbewijs mee."],
            es=["Presentarse 15 minutos antes con el DNI."],
        )
    truth = truth_fields(body, total, currency, txn, dated, method, status)
    style = (
        rng.choice([EMAIL, A4, SCREEN])
        if key != "es"
        else rng.choice([_sized(PAPER, 18), _sized(THERMAL, 17)])
    )
    return rows, truth, _page(font, rows, style, body, 430 if style.get("width") == 400 else None)


# ---------------------------------------------------------------- 4 a TV repair shop's job ticket


TV_SHOPS = {
    "INR": [("Lakshmi TV Service Centre", "en")],
    "GBP": [("Bridge Street TV & Video Repairs", "en")],
    "USD": [("Pixel Perfect TV Repair", "en")],
    "SGD": [("Ah Seng TV & Radio Service", "en")],
    "EUR": [("Elettronica Rinaldi Riparazioni TV", "it"), ("Servicio Técnico TeleSol", "es")],
}
TV_PLACES = {
    "Lakshmi TV Service Centre": "22, Ranganathan Street, T. Nagar, Chennai 600017",
    "Bridge Street TV & Video Repairs": "41 Bridge Street, Worcester WR1 3NN",
    "Pixel Perfect TV Repair": "8806 Bellaire Blvd, Houston, TX 77036",
    "Ah Seng TV & Radio Service": "Blk 115 Aljunied Ave 2 #01-39, Singapore 380115",
    "Elettronica Rinaldi Riparazioni TV": "Via Nizza 88, 10126 Torino",
    "Servicio Técnico TeleSol": "Calle Feria 61, 41003 Sevilla",
}
TV_MODELS = ["Samsung UA43T5450", "LG 55UQ7500", "Sony KD-50X75K", "TCL 50P635", "Panasonic TX-49HX580"]
TV_FAULTS = {
    "en": ["No picture, sound OK", "Backlight failure", "Dead - no standby light", "Lines on screen"],
    "it": ["Nessuna immagine", "Retroilluminazione guasta", "Non si accende"],
    "es": ["Sin imagen", "Fallo de retroiluminación", "No enciende"],
}
TV_PARTS = {
    "en": [("LED backlight strip set", 45.0), ("Power board", 38.0), ("T-con board", 32.0)],
    "it": [("Kit strisce LED", 45.0), ("Scheda alimentazione", 38.0)],
    "es": [("Tiras LED retroiluminación", 45.0), ("Placa de alimentación", 38.0)],
}
TV_WORDS = {
    "en": {
        "success": ["Paid - thank you", "Payment received"],
        "failed": ["Payment declined"],
        "pending": ["Payment pending"],
    },
    "it": {
        "success": ["Pagato - grazie"],
        "failed": ["Pagamento rifiutato"],
        "pending": ["Pagamento in attesa"],
    },
    "es": {"success": ["Pagado - gracias"], "failed": ["Pago rechazado"], "pending": ["Pago pendiente"]},
}


def tv_repair_ticket(rng: random.Random, font: str):
    """A TV repair shop's job ticket or bill (Chennai, Worcester, Houston, Singapore, Turin, Seville): the shop on top
    (the payee), the customer and the engineer (neither), the set's model and serial number, the job card's number
    (never the id), the fault; at drop-off an inspection advance taken now (the amount) with a ready-by day (never the
    date), or at collection the repair's parts and labour with tax, less the advance paid on an earlier day, the
    balance paid now (the amount; never the bill's total) and a repair warranty's end (never the date); the receipt's
    or bill's number is the id."""
    currency, shop, lang, key, fmt, grouping, pattern, when = _setup(rng, font, TV_SHOPS)
    rows: list[tuple] = []
    _head(rng, rows, shop, TV_PLACES[shop], key)
    dropoff = shown(rng, 0.55)
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["JOB CARD / ADVANCE RECEIPT" if dropoff else "REPAIR BILL"],
                it=["Scheda di accettazione" if dropoff else "Ricevuta riparazione"],
                es=["Resguardo de depósito" if dropoff else "Factura de reparación"],
            ),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Job Card No", "Job No."], it=["N. scheda"], es=["Nº de orden"]),
            f"{rng.choice(['JC', 'R', ''])}{digits(rng, 5)}",
        )
    )
    customer = _who73(rng, currency, lang)
    rows.append(("pair", _say(rng, lang, en=["Customer"], it=["Cliente"], es=["Cliente"]), customer))
    rows.append(("pair", _say(rng, lang, en=["Model"], it=["Modello"], es=["Modelo"]), rng.choice(TV_MODELS)))
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Serial No", "S/N"], it=["Matricola"], es=["Nº de serie"]),
            f"{code(rng, 3, UPPER)}{digits(rng, 8)}",
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Fault reported"], it=["Difetto"], es=["Avería"]),
            rng.choice(TV_FAULTS.get(lang) or TV_FAULTS["en"]),
        )
    )
    engineer = _pro74(rng, currency, lang, customer)
    rows.append(
        ("pair", _say(rng, lang, en=["Engineer", "Technician"], it=["Tecnico"], es=["Técnico"]), engineer)
    )
    rows.append(("rule",))
    if dropoff:
        amount = _p(rng.choice([15.0, 20.0, 25.0]), key)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Inspection charge (advance)", "Advance"],
                    it=["Acconto diagnosi"],
                    es=["Depósito diagnóstico"],
                ),
                _m(amount, grouping),
            )
        )
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Advance is adjusted against the final bill."],
                    it=["L'acconto sarà scalato dal totale."],
                    es=["El depósito se descuenta de la factura final."],
                ),
            )
        )
        status, method = _pay(rng, rows, fmt, grouping, amount, key, currency, lang, TV_WORDS, 0.5, 0.2, 0.5)
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Ready by", "Estimated ready"], it=["Pronto il"], es=["Listo el"]),
                _other(when, rng, pattern, lang, 3, 10),
            )
        )
    else:
        net = _priced(rng, rows, grouping, key, TV_PARTS.get(lang) or TV_PARTS["en"], rng.choice([1, 2]))
        labour = _p(rng.choice([30.0, 40.0]), key)
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Labour"], it=["Manodopera"], es=["Mano de obra"]),
                _m(labour, grouping),
            )
        )
        net = round(net + labour, 2)
        if key in ("INR", "SGD"):
            bill = _tax74(rng, rows, grouping, net, key, lang)
        else:
            bill = _tax74(rng, rows, grouping, net, key, lang, None, "included" if key != "USD" else "added")
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Bill total", "Total repair"],
                    it=["Totale riparazione"],
                    es=["Total reparación"],
                ),
                _m(bill, grouping),
            )
        )
        advance = _p(rng.choice([15.0, 20.0, 25.0]), key)
        earlier = _d73(_earlier(when, rng, 3, 12), pattern, lang)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Less advance paid {earlier}"],
                    it=[f"Acconto versato il {earlier}"],
                    es=[f"Depósito pagado el {earlier}"],
                ),
                "-" + _m(advance, grouping),
            )
        )
        amount = round(bill - advance, 2)
        status, method = _pay(rng, rows, fmt, grouping, amount, key, currency, lang, TV_WORDS, 0.5, 0.25, 0.4)
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"90 days warranty on parts until {_other(when, rng, pattern, lang, 88, 92)}"],
                    it=[f"Garanzia ricambi fino al {_other(when, rng, pattern, lang, 88, 92)}"],
                    es=[f"Garantía de 3 meses hasta el {_other(when, rng, pattern, lang, 88, 92)}"],
                ),
            )
        )
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Receipt No", "Bill No"], it=["Ricevuta n."], es=["Nº de factura"]),
        digits(rng, rng.choice([4, 5, 6])),
        0.2,
        status,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Date"], "it": ["Data"], "es": ["Fecha"]},
        0.15,
        0.5,
        status,
    )
    truth = truth_fields(shop, amount, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, shop, [_sized(PAPER, 18), _sized(THERMAL, 17)])


# ---------------------------------------------------------------- 5 an ironing service's docket


IRONERS = {
    "INR": [("Press Wala Express", "en")],
    "GBP": [("Crease Lightning Ironing", "en")],
    "AUD": [("The Ironing Lady Perth", "en")],
    "EUR": [
        ("Pressed for Time Ironing Service", "en"),
        ("Bügelservice Glatt & Gut", "de"),
        ("Strijkservice De Plooi", "nl"),
    ],
}
IRON_PLACES = {
    "Press Wala Express": "Plot 18, Madhapur, Hyderabad 500081",
    "Crease Lightning Ironing": "Unit 2, Mill Lane, Stockport SK1 2QA",
    "The Ironing Lady Perth": "44 Scarborough Beach Rd, Mount Hawthorn WA 6016",
    "Pressed for Time Ironing Service": "Main Street, Maynooth, Co. Kildare",
    "Bügelservice Glatt & Gut": "Kaiserstraße 12, 76133 Karlsruhe",
    "Strijkservice De Plooi": "Dorpsstraat 40, 3732 HJ De Bilt",
}
IRON_ITEMS = {
    "en": [("Shirts", 1.6), ("Trousers", 1.8), ("Bedding set", 5.0), ("Dresses", 2.5), ("Tablecloth", 3.0)],
    "de": [("Hemden", 1.6), ("Hosen", 1.8), ("Bettwäsche-Set", 5.0), ("Kleider", 2.5)],
    "nl": [("Overhemden", 1.6), ("Broeken", 1.8), ("Dekbedovertrek", 5.0), ("Jurken", 2.5)],
}
INR_IRON = [("Shirt / Kurta", 15.0), ("Trouser", 15.0), ("Saree (steam press)", 60.0), ("Bedsheet", 25.0)]
IRON_WORDS = {
    "en": {
        "success": ["Paid with thanks", "Payment received"],
        "failed": ["Payment failed"],
        "pending": ["Payment pending"],
    },
    "de": {
        "success": ["Bezahlt - danke!"],
        "failed": ["Zahlung fehlgeschlagen"],
        "pending": ["Zahlung offen"],
    },
    "nl": {
        "success": ["Betaald, dank je wel"],
        "failed": ["Betaling mislukt"],
        "pending": ["Wacht op betaling"],
    },
}


def ironing_service(rng: random.Random, font: str):
    """An ironing service's docket at delivery (Hyderabad, Stockport, Perth, Maynooth, Karlsruhe, De Bilt): the
    service on top (the payee), the customer and the flat or house (never), the pieces ironed at a price each or a
    basket by the hour, a pickup and delivery charge, a loyalty stamp; the collection and delivery days (never the
    date); the order's number (never the id) beside the docket's or receipt's number (the id) where printed."""
    currency, shop, lang, key, fmt, grouping, pattern, when = _setup(rng, font, IRONERS)
    rows: list[tuple] = []
    _head(rng, rows, shop, IRON_PLACES[shop], key, 0.3)
    customer = _who73(rng, currency, lang)
    rows.append(("pair", _say(rng, lang, en=["Customer"], de=["Kunde"], nl=["Klant"]), customer))
    if key == "INR":
        rows.append(
            ("small", f"Flat {rng.randint(101, 1204)}, {rng.choice(['My Home Bhooja', 'Aparna Sarovar'])}")
        )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Order No", "Bag no."], de=["Auftrag"], nl=["Ordernr."]),
            f"{rng.randint(100, 999)}",
        )
    )
    collected = _earlier(when, rng, 1, 4)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Collected"], de=["Abgeholt am"], nl=["Opgehaald"]),
            _d73(collected, pattern, lang),
        )
    )
    rows.append(("rule",))
    net = 0.0
    pieces = 0
    if key != "INR" and shown(rng, 0.3):
        hours = rng.choice([1.5, 2, 2.5])
        rate = _p(18.0, key)
        value = round(hours * rate, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Basket ironing {hours:g} h"],
                    de=[f"Bügelkorb {hours:g} Std."],
                    nl=[f"Strijkmand {hours:g} uur"],
                ),
                _m(value, grouping),
            )
        )
        net += value
    else:
        items = INR_IRON if key == "INR" else (IRON_ITEMS.get(lang) or IRON_ITEMS["en"])
        for name, unit in rng.sample(items, rng.choice([2, 3])):
            count = rng.randint(2, 12)
            unit = unit if key == "INR" else _p(unit, key)
            rows.append(("pair", f"{count} x {name} @ {_m(unit, grouping)}", _m(count * unit, grouping)))
            net += count * unit
            pieces += count
    if shown(rng, 0.5):
        charge = 30.0 if key == "INR" else _p(3.0, key)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Pickup & delivery"],
                    de=["Hol- und Bringservice"],
                    nl=["Ophalen & bezorgen"],
                ),
                _m(charge, grouping),
            )
        )
        net += charge
    total = round(net, 2)
    if pieces:
        rows.append(
            (
                "small",
                _say(rng, lang, en=[f"Pieces: {pieces}"], de=[f"Teile: {pieces}"], nl=[f"Stuks: {pieces}"]),
            )
        )
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, IRON_WORDS, 0.5, 0.15, 0.4)
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Docket No", "Receipt No"], de=["Beleg-Nr."], nl=["Bonnr."]),
        f"{rng.choice(['D', 'PW', ''])}{digits(rng, 5)}",
        0.35,
        status,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Delivered & paid", "Date"], "de": ["Datum"], "nl": ["Datum"]},
        0.15,
        0.3,
        status,
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Next collection: {_other(when, rng, pattern, lang, 6, 8)}"],
                    de=[f"Nächste Abholung: {_other(when, rng, pattern, lang, 6, 8)}"],
                    nl=[f"Volgende ophaaldag: {_other(when, rng, pattern, lang, 6, 8)}"],
                ),
            )
        )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, shop, [_sized(THERMAL, 17), _sized(PAPER, 18)])


# ---------------------------------------------------------------- 6 a knife sharpener's slip


SHARPENERS = {
    "GBP": [("The Keen Edge Knife Sharpening", "en")],
    "USD": [("Sharp Brothers Mobile Sharpening", "en")],
    "CHF": [("Schleiferei Scharfsinn", "de")],
    "EUR": [
        ("Messerschleiferei Huber", "de"),
        ("L'Affûteur Ambulant", "fr"),
        ("Arrotino Bruno dal 1962", "it"),
        ("Slijperij Scherp", "nl"),
    ],
}
SHARP_PLACES = {
    "The Keen Edge Knife Sharpening": "Stall 14, Broadway Market, London E8",
    "Sharp Brothers Mobile Sharpening": "Saturday Farmers Market, Portland, OR",
    "Schleiferei Scharfsinn": "Marktgasse 9, 3011 Bern",
    "Messerschleiferei Huber": "Viktualienmarkt Stand 7, 80331 München",
    "L'Affûteur Ambulant": "Marché de la Croix-Rousse, 69004 Lyon",
    "Arrotino Bruno dal 1962": "Mercato di Porta Palazzo, 10122 Torino",
    "Slijperij Scherp": "Grote Markt, 2011 RD Haarlem",
}
SHARP_ITEMS = {
    "en": [
        ("Chef's knife", 6.0),
        ("Paring knife", 4.0),
        ("Serrated bread knife", 7.0),
        ("Scissors", 5.0),
        ("Garden secateurs", 7.0),
        ("Tip repair", 4.0),
    ],
    "de": [
        ("Kochmesser", 6.0),
        ("Schälmesser", 4.0),
        ("Brotmesser (Wellenschliff)", 7.0),
        ("Schere", 5.0),
        ("Gartenschere", 7.0),
    ],
    "fr": [
        ("Couteau de chef", 6.0),
        ("Couteau d'office", 4.0),
        ("Couteau à pain", 7.0),
        ("Ciseaux", 5.0),
        ("Sécateur", 7.0),
    ],
    "it": [("Coltello da cuoco", 6.0), ("Spelucchino", 4.0), ("Coltello da pane", 7.0), ("Forbici", 5.0)],
    "nl": [("Koksmes", 6.0), ("Schilmesje", 4.0), ("Broodmes", 7.0), ("Schaar", 5.0), ("Snoeischaar", 7.0)],
}


def knife_sharpening(rng: random.Random, font: str):
    """A knife sharpener's market-stall slip (London, Portland, Bern, Munich, Lyon, Turin, Haarlem): the sharpener on
    top (the payee), knives and scissors priced apiece (a US chef's knife by the inch), the pickup ticket's number
    and the hour to collect (neither the id nor the date), cash with change, a card terminal or a wallet; the slip's
    number is the id where printed; no outcome on most."""
    currency, shop, lang, key, fmt, grouping, pattern, when = _setup(rng, font, SHARPENERS)
    rows: list[tuple] = [("title", shop), ("small", SHARP_PLACES[shop])]
    ticket = rng.randint(1, 99)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Pickup ticket", "Ticket"],
                de=["Abholmarke"],
                fr=["Ticket de retrait"],
                it=["Numero ritiro"],
                nl=["Afhaalnummer"],
            ),
            f"{ticket:02d}",
        )
    )
    rows.append(("rule",))
    total = 0.0
    for name, unit in rng.sample(SHARP_ITEMS.get(lang) or SHARP_ITEMS["en"], rng.choice([2, 3, 4])):
        count = rng.choice([1, 1, 2, 3])
        if key == "USD" and "knife" in name:
            inches = rng.choice([6, 8, 10])
            value = round(inches * 1.25 * count, 2)
            rows.append(("pair", f"{count} x {name} {inches}in @ $1.25/in", _m(value, grouping)))
        else:
            unit = _p(unit, key)
            value = round(unit * count, 2)
            rows.append(("pair", f"{count} x {name}" if count > 1 else name, _m(value, grouping)))
        total += value
    total = round(total, 2)
    if shown(rng, 0.6):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Ready to collect after {rng.randint(11, 14)}:{rng.choice(['00', '30'])}"],
                    de=[f"Abholbereit ab {rng.randint(11, 14)}:00 Uhr"],
                    fr=[f"À retirer après {rng.randint(11, 14)}h"],
                    it=[f"Ritiro dopo le {rng.randint(11, 14)}"],
                    nl=[f"Klaar na {rng.randint(11, 14)}.00 uur"],
                ),
            )
        )
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, {}, 0.2, 0.3, 0.5)
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Receipt #", "Slip No"],
            de=["Bon-Nr.", "Beleg-Nr."],
            fr=["Ticket n°"],
            it=["Scontrino n."],
            nl=["Bonnr."],
        ),
        digits(rng, 4),
        0.4,
        status,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.2, 0.5, status)
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Mind your fingers - freshly sharpened!"],
                    de=["Vorsicht, frisch geschliffen!"],
                    fr=["Attention, fraîchement affûté !"],
                    it=["Attenzione: appena affilato"],
                    nl=["Let op: vers geslepen!"],
                ),
            )
        )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 17), shop, 420)


# ---------------------------------------------------------------- 7 a sewing machine service


SEWING = {
    "INR": [("Jai Hind Sewing Machine Co.", "en")],
    "GBP": [("Bobbin & Thread Sewing Machine Services", "en")],
    "USD": [("Stitch Doctor Sewing Machine Repair", "en")],
    "CHF": [("Nähmaschinen Zürcher AG", "de")],
    "EUR": [
        ("Nähmaschinen-Service Hoffmann", "de"),
        ("Atelier Machines à Coudre Durand", "fr"),
        ("Naaimachinehuis Van Rijn", "nl"),
    ],
}
SEWING_PLACES = {
    "Jai Hind Sewing Machine Co.": "Chandni Chowk, Delhi 110006",
    "Bobbin & Thread Sewing Machine Services": "3 Magdalen Street, Norwich NR3 1LE",
    "Stitch Doctor Sewing Machine Repair": "2930 Lyndale Ave S, Minneapolis, MN 55408",
    "Nähmaschinen Zürcher AG": "Spitalgasse 30, 3011 Bern",
    "Nähmaschinen-Service Hoffmann": "Lister Meile 51, 30161 Hannover",
    "Atelier Machines à Coudre Durand": "5 rue de la Marne, 44000 Nantes",
    "Naaimachinehuis Van Rijn": "Steenweg 22, 3511 JP Utrecht",
}
SEW_MACHINES = ["Singer Heavy Duty 4423", "Brother FS40", "Janome 525S", "Bernina 335", "Usha Janome Allure"]
SEW_WORK = {
    "en": [("Full service, clean & oil", 45.0), ("Timing adjustment", 20.0), ("Tension reset", 12.0)],
    "de": [("Inspektion komplett", 45.0), ("Greifer eingestellt", 20.0), ("Fadenspannung justiert", 12.0)],
    "fr": [("Révision complète", 45.0), ("Réglage du crochet", 20.0), ("Réglage tension", 12.0)],
    "nl": [("Volledige onderhoudsbeurt", 45.0), ("Grijper afgesteld", 20.0), ("Draadspanning", 12.0)],
}
SEW_PARTS = {
    "en": [("Bobbin case", 14.0), ("Needle plate", 18.0), ("Drive belt", 9.0), ("Needles (pack of 5)", 3.5)],
    "de": [("Spulenkapsel", 14.0), ("Stichplatte", 18.0), ("Antriebsriemen", 9.0)],
    "fr": [("Boîte à canette", 14.0), ("Plaque à aiguille", 18.0), ("Courroie", 9.0)],
    "nl": [("Spoelhuls", 14.0), ("Steekplaat", 18.0), ("Aandrijfriem", 9.0)],
}
SEW_WORDS = {
    "en": {
        "success": ["Paid in full", "Payment received - thank you"],
        "failed": ["Card declined"],
        "pending": ["Payment pending"],
    },
    "de": {
        "success": ["Betrag dankend erhalten"],
        "failed": ["Zahlung abgelehnt"],
        "pending": ["Zahlung offen"],
    },
    "fr": {"success": ["Acquitté"], "failed": ["Paiement refusé"], "pending": ["En attente de paiement"]},
    "nl": {"success": ["Voldaan"], "failed": ["Betaling geweigerd"], "pending": ["Nog te betalen"]},
}


def sewing_machine_repair(rng: random.Random, font: str):
    """A sewing machine shop's service invoice (Delhi, Norwich, Minneapolis, Bern, Hanover, Nantes, Utrecht): the shop
    on top (the payee), the customer (never), the machine's make, model and serial number and the job's number (never
    the id), the service and parts, tax added or included, a next service due and the warranty's end (never the
    date); the invoice's number is the id, its date the day paid."""
    currency, shop, lang, key, fmt, grouping, pattern, when = _setup(rng, font, SEWING)
    rows: list[tuple] = []
    _head(rng, rows, shop, SEWING_PLACES[shop], key)
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Service Invoice", "Repair Invoice", "Cash Memo"],
                de=["Rechnung"],
                fr=["Facture"],
                nl=["Factuur"],
            ),
        )
    )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Invoice No.", "Memo No"],
            de=["Rechnungsnummer"],
            fr=["Facture n°"],
            nl=["Factuurnummer"],
        ),
        f"{when.year % 100}/{digits(rng, 4)}" if shown(rng, 0.4) else digits(rng, 5),
        0.2,
        None,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Date", "Invoice date"], "de": ["Rechnungsdatum"], "fr": ["Date"], "nl": ["Datum"]},
        0.15,
        0.0,
    )
    customer = _who73(rng, currency, lang)
    rows.append(
        ("pair", _say(rng, lang, en=["Customer"], de=["Kundin"], fr=["Cliente"], nl=["Klant"]), customer)
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Machine"], de=["Maschine"], fr=["Machine"], nl=["Machine"]),
            rng.choice(SEW_MACHINES),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Serial No"], de=["Seriennr."], fr=["N° de série"], nl=["Serienr."]),
            f"{code(rng, 2, UPPER)}{digits(rng, 7)}",
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Job No"], de=["Werkstattauftrag"], fr=["Bon d'atelier"], nl=["Werkbon"]),
            digits(rng, 4),
        )
    )
    rows.append(("rule",))
    net = _priced(rng, rows, grouping, key, SEW_WORK.get(lang) or SEW_WORK["en"], rng.choice([1, 2]))
    if shown(rng, 0.6):
        net = round(
            net
            + _priced(rng, rows, grouping, key, SEW_PARTS.get(lang) or SEW_PARTS["en"], rng.choice([1, 2])),
            2,
        )
    if key == "USD":
        total = net
    elif key == "INR" and shown(rng, 0.5):
        total = net  # a small shop's cash memo with no GST
    else:
        total = _tax74(rng, rows, grouping, net, key, lang)
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, SEW_WORDS, 0.5, 0.3, 0.4)
    if shown(rng, 0.6):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[
                        f"Next service due: {_other(when, rng, pattern, lang, 330, 400)}",
                        f"3 months warranty on service until {_other(when, rng, pattern, lang, 88, 92)}",
                    ],
                    de=[f"Nächste Inspektion: {_other(when, rng, pattern, lang, 330, 400)}"],
                    fr=[f"Prochaine révision : {_other(when, rng, pattern, lang, 330, 400)}"],
                    nl=[f"Volgende beurt: {_other(when, rng, pattern, lang, 330, 400)}"],
                ),
            )
        )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, shop, [A4, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 8 a children's holiday camp booking


CAMPS = {
    "INR": [("Sunny Sprouts Summer Camp", "en")],
    "GBP": [("Camp Acorn Holiday Club", "en")],
    "USD": [("Camp Blue Heron Day Camp", "en")],
    "EUR": [
        ("Little Explorers Summer Camp", "en"),
        ("Campamento Urbano Los Pinos", "es"),
        ("Centro Estivo Girasole", "it"),
        ("Feriencamp Abenteuerland", "de"),
    ],
}
CAMP_PLACES = {
    "Sunny Sprouts Summer Camp": "DLF Phase 4, Gurugram 122009",
    "Camp Acorn Holiday Club": "St Mary's Primary School, Guildford GU1",
    "Camp Blue Heron Day Camp": "Lake Nokomis, Minneapolis, MN",
    "Little Explorers Summer Camp": "Salthill, Galway",
    "Campamento Urbano Los Pinos": "Colegio Los Pinos, Madrid",
    "Centro Estivo Girasole": "Parco dei Giardini, Bologna",
    "Feriencamp Abenteuerland": "Sportpark Müngersdorf, Köln",
}
CAMP_WORDS = {
    "en": {
        "success": ["Payment received - see you at camp!", "Booking paid"],
        "failed": ["Payment failed - places are not held", "Card declined"],
        "pending": ["Payment pending", "Awaiting payment"],
    },
    "es": {"success": ["Pago recibido"], "failed": ["Pago rechazado"], "pending": ["Pendiente de pago"]},
    "it": {
        "success": ["Pagamento ricevuto"],
        "failed": ["Pagamento non riuscito"],
        "pending": ["In attesa di pagamento"],
    },
    "de": {
        "success": ["Zahlung eingegangen"],
        "failed": ["Zahlung fehlgeschlagen"],
        "pending": ["Zahlung ausstehend"],
    },
}


def holiday_camp_booking(rng: random.Random, font: str):
    """A children's holiday camp booking (Gurugram, Guildford, Minneapolis, Galway, Madrid, Bologna, Cologne): the camp
    on top (the payee), the parent who booked and the children with their ages and school years (never the payee),
    the camp's weeks or days (never the date), days at a day's price, a sibling discount, early drop-off and lunch
    add-ons; either the whole booking paid or a deposit taken now (the deposit is the amount; the booking's total
    and the balance due by a day are never the amount, that day never the date); the order's or booking's
    reference is the id."""
    currency, camp, lang, key, fmt, grouping, pattern, when = _setup(rng, font, CAMPS)
    rows: list[tuple] = [("title", camp), ("small", CAMP_PLACES[camp])]
    status, words = _outcome74(rng, 0.65, lang, CAMP_WORDS)
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Booking confirmation", "Your camp booking"],
                es=["Confirmación de inscripción"],
                it=["Conferma iscrizione"],
                de=["Buchungsbestätigung"],
            ),
        )
    )
    parent = _who73(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Parent/Carer", "Booked by"],
                es=["Tutor"],
                it=["Genitore"],
                de=["Erziehungsberechtigte/r"],
            ),
            parent,
        )
    )
    start = _later(when, rng, 20, 70)
    start = start.fromordinal(start.toordinal() - start.weekday())
    end = _later(start, rng, 4, 5)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Week"], es=["Semana"], it=["Settimana"], de=["Woche"]),
            f"{_d73(start, pattern, lang)} - {_d73(end, pattern, lang)}",
        )
    )
    kids = rng.sample(
        ["Ava", "Oliver", "Kabir", "Sofia", "Lucas", "Anika", "Matteo", "Hugo"], rng.choice([1, 2])
    )
    day_price = _p(rng.choice([32.0, 38.0, 45.0]), key)
    net = 0.0
    rows.append(("rule",))
    for kid in kids:
        days = rng.choice([3, 5, 5])
        value = round(days * day_price, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"{kid} (age {rng.randint(5, 11)}) - {days} days"],
                    es=[f"{kid} ({rng.randint(5, 11)} años) - {days} días"],
                    it=[f"{kid} ({rng.randint(5, 11)} anni) - {days} giorni"],
                    de=[f"{kid} ({rng.randint(5, 11)} J.) - {days} Tage"],
                ),
                _m(value, grouping),
            )
        )
        net += value
        if shown(rng, 0.6):
            extra = round(days * _p(rng.choice([4.0, 5.0]), key), 2)
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["  Early drop-off 8:00", "  Hot lunch"],
                        es=["  Comedor"],
                        it=["  Pranzo"],
                        de=["  Mittagessen"],
                    ),
                    _m(extra, grouping),
                )
            )
            net += extra
    net = round(net, 2)
    if len(kids) > 1:
        net = _discount(
            rng,
            rows,
            grouping,
            net,
            lang,
            {
                "en": ["Sibling discount"],
                "es": ["Descuento hermanos"],
                "it": ["Sconto fratelli"],
                "de": ["Geschwisterrabatt"],
            },
        )
    elif shown(rng, 0.6):
        net = _discount(
            rng,
            rows,
            grouping,
            net,
            lang,
            {
                "en": ["Early bird"],
                "es": ["Inscripción anticipada"],
                "it": ["Iscrizione anticipata"],
                "de": ["Frühbucher"],
            },
        )
    deposit_mode = shown(rng, 0.5)
    if deposit_mode:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Booking total"],
                    es=["Total inscripción"],
                    it=["Totale iscrizione"],
                    de=["Gesamtpreis"],
                ),
                _m(net, grouping),
            )
        )
        amount = float(round(net * 0.25)) if key == "INR" else round(net * 0.25, 2)
        label = _say(
            rng,
            lang,
            en=["Deposit paid today", "Deposit (25%)"],
            es=["Señal (25%)"],
            it=["Acconto (25%)"],
            de=["Anzahlung (25%)"],
        )
        if status in ("failed", "pending"):
            label = _say(rng, lang, en=["Deposit due now"], es=["Señal"], it=["Acconto"], de=["Anzahlung"])
        rows.append(("pair", label, fmt(amount)))
        due = _d73(_earlier(start, rng, 7, 14), pattern, lang)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Balance due by {due}"],
                    es=[f"Resto antes del {due}"],
                    it=[f"Saldo entro il {due}"],
                    de=[f"Restbetrag fällig am {due}"],
                ),
                _m(round(net - amount, 2), grouping),
            )
        )
    else:
        amount = net
        _total74(rng, rows, fmt, amount, status, lang)
    method = _way74(rng, rows, key, lang, 0.2, status, online=True)
    _status74(rng, rows, words, lang)
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Booking ref", "Order #", "Booking Reference"],
            es=["Nº de inscripción"],
            it=["Codice iscrizione"],
            de=["Buchungsnummer"],
        ),
        f"{code(rng, 3, UPPER)}-{digits(rng, 5)}" if shown(rng, 0.5) else digits(rng, 7),
        0.2,
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
            "en": ["Booked on", "Order date"],
            "es": ["Fecha de inscripción"],
            "it": ["Data iscrizione"],
            "de": ["Gebucht am"],
        },
        0.2,
        0.4,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Deposits are non-refundable.", "Please pack sun cream, a water bottle and a hat."],
        es=["La señal no es reembolsable."],
        it=["L'acconto non è rimborsabile."],
        de=["Die Anzahlung wird nicht erstattet."],
    )
    truth = truth_fields(camp, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, SCREEN, DARK, A4]), camp)


# ---------------------------------------------------------------- 9 a children's martial arts club


DOJOS = {
    "INR": [("Bushido Karate Academy", "en")],
    "GBP": [("Red Dragon Karate Club", "en")],
    "USD": [("Tiger Spirit Taekwondo", "en")],
    "EUR": [
        ("Kildare Shotokan Karate Club", "en"),
        ("Taekwondo-Schule Kim", "de"),
        ("Karateschool Shinsei", "nl"),
        ("Dojo Samouraï Toulouse", "fr"),
    ],
}
DOJO_PLACES = {
    "Bushido Karate Academy": "Anna Nagar West, Chennai 600040",
    "Red Dragon Karate Club": "Llanishen Leisure Centre, Cardiff CF14",
    "Tiger Spirit Taekwondo": "2201 Coit Rd, Plano, TX 75075",
    "Kildare Shotokan Karate Club": "Naas Community Centre, Co. Kildare",
    "Taekwondo-Schule Kim": "Rotebühlstraße 87, 70178 Stuttgart",
    "Karateschool Shinsei": "Sportlaan 5, 2566 LH Den Haag",
    "Dojo Samouraï Toulouse": "12 allée Jean Jaurès, 31000 Toulouse",
}
DOJO_FEES = {
    "en": [
        ("Grading fee (orange belt)", 25.0),
        ("New belt", 6.0),
        ("Term fees (12 classes)", 60.0),
        ("Annual licence & insurance", 20.0),
        ("Sparring gloves", 18.0),
    ],
    "de": [
        ("Gürtelprüfung (gelb)", 25.0),
        ("Neuer Gürtel", 6.0),
        ("Quartalsbeitrag", 60.0),
        ("Jahreslizenz", 20.0),
    ],
    "nl": [
        ("Banexamen (oranje)", 25.0),
        ("Nieuwe band", 6.0),
        ("Lesgeld kwartaal", 60.0),
        ("Bondslicentie", 20.0),
    ],
    "fr": [
        ("Passage de grade (ceinture orange)", 25.0),
        ("Ceinture", 6.0),
        ("Cotisation trimestre", 60.0),
        ("Licence fédérale", 20.0),
    ],
}
DOJO_WORDS = {
    "en": {
        "success": ["Payment received - oss!", "Paid - thank you"],
        "failed": ["Payment failed"],
        "pending": ["Payment pending"],
    },
    "de": {
        "success": ["Bezahlt - danke!"],
        "failed": ["Zahlung fehlgeschlagen"],
        "pending": ["Zahlung offen"],
    },
    "nl": {
        "success": ["Betaling ontvangen"],
        "failed": ["Betaling mislukt"],
        "pending": ["Wacht op betaling"],
    },
    "fr": {"success": ["Réglé - merci !"], "failed": ["Paiement refusé"], "pending": ["Paiement en attente"]},
}


def martial_arts_club(rng: random.Random, font: str):
    """A children's karate or taekwondo club's receipt (Chennai, Cardiff, Plano, Naas, Stuttgart, The Hague, Toulouse):
    the club on top (the payee), the student and the parent, the instructor or sensei (never the payee), the member and
    licence numbers (never the id), the grading's day (never the date), a grading fee, a new belt, term fees, a
    licence, kit, a sibling discount; the receipt's number is the id; the day paid under Date or Paid on."""
    currency, club, lang, key, fmt, grouping, pattern, when = _setup(rng, font, DOJOS)
    rows: list[tuple] = []
    _head(rng, rows, club, DOJO_PLACES[club], key, 0.2)
    student = _who73(rng, currency, lang).split()[0] + " " + _who73(rng, currency, lang).split()[-1]
    rows.append(
        ("pair", _say(rng, lang, en=["Student"], de=["Schüler/in"], nl=["Leerling"], fr=["Élève"]), student)
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Member No", "Membership #"],
                de=["Mitgliedsnr."],
                nl=["Lidnummer"],
                fr=["N° licence"],
            ),
            f"{code(rng, 2, UPPER)}{digits(rng, 5)}",
        )
    )
    sensei = _pro74(rng, currency, lang, student)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Instructor", "Sensei"], de=["Trainer"], nl=["Leraar"], fr=["Professeur"]),
            sensei,
        )
    )
    rows.append(("rule",))
    fees = DOJO_FEES.get(lang) or DOJO_FEES["en"]
    grading = shown(rng, 0.5)
    chosen = fees[:2] if grading else [fees[2]]
    if shown(rng, 0.4):
        chosen = chosen + [fees[3]]
    if len(fees) > 4 and shown(rng, 0.3):
        chosen = chosen + [fees[4]]
    net = 0.0
    for name, value in chosen:
        value = _p(value, key)
        rows.append(("pair", name, _m(value, grouping)))
        net += value
    net = round(net, 2)
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
                "nl": ["Gezinskorting"],
                "fr": ["Réduction famille"],
            },
        )
    if grading:
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Grading on {_other(when, rng, pattern, lang, 7, 30)} at 10:00"],
                    de=[f"Prüfung am {_other(when, rng, pattern, lang, 7, 30)}"],
                    nl=[f"Examen op {_other(when, rng, pattern, lang, 7, 30)}"],
                    fr=[f"Passage de grade le {_other(when, rng, pattern, lang, 7, 30)}"],
                ),
            )
        )
    status, method = _pay(rng, rows, fmt, grouping, net, key, currency, lang, DOJO_WORDS, 0.5, 0.2, 0.4)
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Receipt No", "Receipt #"], de=["Quittungs-Nr."], nl=["Kwitantie nr."], fr=["Reçu n°"]),
        digits(rng, 4),
        0.25,
        status,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Date", "Paid on"], "de": ["Datum"], "nl": ["Datum"], "fr": ["Date"]},
        0.15,
        0.2,
        status,
    )
    truth = truth_fields(club, net, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, club, [_sized(PAPER, 18), _sized(THERMAL, 17), EMAIL])


# ---------------------------------------------------------------- 10 a children's ear piercing


PIERCERS = {
    "INR": [("Gold Drop Ear Piercing Studio", "en")],
    "GBP": [("Twinkle Ear Piercing Studio", "en")],
    "USD": [("Sparkle Studio Ear Piercing", "en")],
    "AED": [("Little Gems Piercing Clinic", "en")],
    "EUR": [
        ("Pierce & Polish Galway", "en"),
        ("Gioielleria Bellini", "it"),
        ("Farmacia Central Triana", "es"),
    ],
}
PIERCE_PLACES = {
    "Gold Drop Ear Piercing Studio": "M.I. Road, Jaipur 302001",
    "Twinkle Ear Piercing Studio": "12 Queen Victoria St, Reading RG1 1TG",
    "Sparkle Studio Ear Piercing": "International Plaza, Tampa, FL 33607",
    "Little Gems Piercing Clinic": "Al Wasl Road, Umm Suqeim 2, Dubai",
    "Pierce & Polish Galway": "Shop Street, Galway",
    "Gioielleria Bellini": "Via Mazzini 40, 37121 Verona",
    "Farmacia Central Triana": "Calle San Jacinto 12, 41010 Sevilla",
}
PIERCE_ITEMS = {
    "en": [
        ("Lobe piercing (both ears)", 30.0),
        ("Titanium starter studs", 12.0),
        ("Aftercare solution 50ml", 6.0),
        ("Numbing cream", 4.0),
    ],
    "it": [
        ("Foratura lobi (2 orecchie)", 30.0),
        ("Orecchini in titanio", 12.0),
        ("Soluzione post-foratura", 6.0),
    ],
    "es": [("Perforación lóbulos (2)", 30.0), ("Pendientes titanio", 12.0), ("Solución para cuidados", 6.0)],
}


def ear_piercing(rng: random.Random, font: str):
    """A children's ear piercing (Jaipur, Reading, Tampa, Dubai, Galway, Verona, a Seville pharmacy): the studio,
    jeweller or pharmacy on top (the payee), the child and age and the parent or guardian who gave consent (never the
    payee), the piercer (never), a piercing with studs and aftercare, a studs' batch number (never the id), an
    aftercare check's day (never the date); the receipt's number is the id."""
    currency, shop, lang, key, fmt, grouping, pattern, when = _setup(rng, font, PIERCERS)
    rows: list[tuple] = []
    _head(rng, rows, shop, PIERCE_PLACES[shop], key, 0.3)
    child = rng.choice(
        {
            "INR": ["Aadhya", "Diya", "Myra", "Kiara"],
            "AED": ["Aisha", "Mariam", "Layla", "Ruby"],
            "it": ["Giulia", "Sofia", "Aurora"],
            "es": ["Lucía", "Martina", "Carmen"],
        }.get(key, ["Ruby", "Ella", "Mila", "Isla", "Ava"])
    )
    guardian = _who73(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Child"], it=["Bambina"], es=["Niña"]),
            f"{child} ({rng.randint(4, 12)})",
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Consent given by", "Parent/Guardian"],
                it=["Consenso del genitore"],
                es=["Autoriza"],
            ),
            guardian,
        )
    )
    piercer = _pro74(rng, currency, lang, guardian)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Pierced by", "Piercer"], it=["Eseguito da"], es=["Realizado por"]),
            piercer,
        )
    )
    rows.append(("rule",))
    items = PIERCE_ITEMS.get(lang) or PIERCE_ITEMS["en"]
    net = 0.0
    for name, value in items[:2] + rng.sample(items[2:], rng.choice([0, 1])):
        value = _p(value, key)
        rows.append(("pair", name, _m(value, grouping)))
        net += value
    net = round(net, 2)
    if shown(rng, 0.7):
        rows.append(("small", f"Batch {code(rng, 2, UPPER)}{digits(rng, 6)}"))
    if key in ("USD", "AED", "INR"):
        total = _tax74(rng, rows, grouping, net, key, lang, 0.075 if key == "USD" else None)
    else:
        total = _tax74(rng, rows, grouping, net, key, lang) if shown(rng, 0.5) else net
    status, method = _pay(rng, rows, fmt, grouping, total, key, currency, lang, {}, 0.3, 0.35, 0.35)
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Receipt No", "Sale #"], it=["Scontrino n."], es=["Ticket n.º"]),
        f"{rng.randint(1, 9)}-{digits(rng, 5)}",
        0.25,
        status,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.1, 0.6, status)
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[
                    f"Free aftercare check: {_other(when, rng, pattern, lang, 40, 45)}",
                    "Keep studs in for 6 weeks. Clean twice daily.",
                ],
                it=[f"Controllo gratuito il {_other(when, rng, pattern, lang, 40, 45)}"],
                es=[f"Revisión gratuita el {_other(when, rng, pattern, lang, 40, 45)}"],
            ),
        )
    )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 17), shop, 430)


# ---------------------------------------------------------------- 11 a junk removal or house clearance


CLEARERS = {
    "GBP": [("Clear Out Crew Ltd", "en")],
    "USD": [("Haul Yeah Junk Removal", "en")],
    "AUD": [("Rubbish Rangers", "en")],
    "EUR": [
        ("Skipless Clearances Cork", "en"),
        ("Entrümpelung Blitzblank", "de"),
        ("Ophaaldienst Weg Ermee", "nl"),
    ],
}
CLEAR_PLACES = {
    "Clear Out Crew Ltd": "Unit 9, Feeder Road, Bristol BS2 0SB",
    "Haul Yeah Junk Removal": "4700 Brighton Blvd, Denver, CO 80216",
    "Rubbish Rangers": "22 Bell St, Preston VIC 3072",
    "Skipless Clearances Cork": "Kinsale Road, Cork",
    "Entrümpelung Blitzblank": "Westfalendamm 88, 44141 Dortmund",
    "Ophaaldienst Weg Ermee": "Waalhaven 12, 3089 Rotterdam",
}
LOADS = {
    "en": [("Quarter van load", 90.0), ("Half van load", 160.0), ("Full van load", 280.0)],
    "de": [("1/4 Transporter", 90.0), ("1/2 Transporter", 160.0), ("Voller Transporter", 280.0)],
    "nl": [("Kwart busje", 90.0), ("Half busje", 160.0), ("Vol busje", 280.0)],
}
SURCHARGES = {
    "en": [
        ("Mattress surcharge", 20.0),
        ("Fridge (WEEE) surcharge", 25.0),
        ("Sofa surcharge", 15.0),
        ("Stairs - 3rd floor", 15.0),
    ],
    "de": [("Matratze Zuschlag", 20.0), ("Kühlschrank Entsorgung", 25.0), ("Etagenzuschlag 3. OG", 15.0)],
    "nl": [("Matras toeslag", 20.0), ("Koelkast afvoer", 25.0), ("Trappen toeslag", 15.0)],
}
CLEAR_WORDS = {
    "en": {
        "success": ["Paid in full - thanks!", "Payment received"],
        "failed": ["Payment declined"],
        "pending": ["Awaiting payment"],
    },
    "de": {"success": ["Betrag erhalten"], "failed": ["Zahlung abgelehnt"], "pending": ["Zahlung offen"]},
    "nl": {"success": ["Betaald"], "failed": ["Betaling geweigerd"], "pending": ["Openstaand"]},
}


def junk_removal(rng: random.Random, font: str):
    """A junk removal or house clearance (Bristol, Denver, Melbourne, Cork, Dortmund, Rotterdam): the company on top
    (the payee), the customer and the crew (never the payee), the van's registration and a waste transfer note's
    number (never the id), the collection's day (never the date), a load's size and surcharges; either a booking's
    deposit taken now (the deposit is the amount, the quote's total never), or the bill on the day less the deposit
    paid online earlier (the balance is the amount, the bill's total never), or a walk-up job's total; the invoice's
    number is the id."""
    currency, firm, lang, key, fmt, grouping, pattern, when = _setup(rng, font, CLEARERS)
    rows: list[tuple] = []
    _head(rng, rows, firm, CLEAR_PLACES[firm], key, 0.4)
    if key == "GBP" and shown(rng, 0.6):
        rows.append(("small", f"Waste carrier licence CBDU{digits(rng, 6)}"))
    mode = rng.choice(["deposit", "balance", "whole"])
    customer = _who73(rng, currency, lang)
    rows.append(("pair", _say(rng, lang, en=["Customer"], de=["Auftraggeber"], nl=["Klant"]), customer))
    crew = _pro74(rng, currency, lang, customer)
    if mode != "deposit":
        rows.append(
            ("pair", _say(rng, lang, en=["Crew lead", "Crew"], de=["Team"], nl=["Ploegleider"]), crew)
        )
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Vehicle"], de=["Fahrzeug"], nl=["Kenteken"]),
                {
                    "GBP": f"{code(rng, 2, UPPER)}{digits(rng, 2)} {code(rng, 3, UPPER)}",
                    "USD": f"CO {code(rng, 3, UPPER)}-{digits(rng, 3)}",
                    "AUD": f"{digits(rng, 1)}{code(rng, 2, UPPER)} {digits(rng, 1)}{code(rng, 2, UPPER)}",
                    "IE": f"{rng.choice(['191', '201', '222'])}-C-{digits(rng, 5)}",
                    "de": f"DO-{code(rng, 2, UPPER)} {digits(rng, 3)}",
                    "nl": f"V{digits(rng, 2)}-{code(rng, 3, UPPER)}",
                }[key],
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Waste transfer note", "WTN No"],
                    de=["Entsorgungsnachweis"],
                    nl=["Afvalstroomnr."],
                ),
                digits(rng, 8),
            )
        )
    else:
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Collection"], de=["Abholtermin"], nl=["Ophaaldag"]),
                f"{_other(when, rng, pattern, lang, 2, 14)}, "
                + _say(
                    rng,
                    lang,
                    en=["8-10am", "10am-12pm", "12-2pm"],
                    de=["8-10 Uhr", "10-12 Uhr"],
                    nl=["8-10 uur"],
                ),
            )
        )
    rows.append(("rule",))
    load_name, load = rng.choice(LOADS.get(lang) or LOADS["en"])
    net = _p(load, key)
    rows.append(("pair", load_name, _m(net, grouping)))
    if shown(rng, 0.6):
        net = round(
            net
            + _priced(rng, rows, grouping, key, SURCHARGES.get(lang) or SURCHARGES["en"], rng.choice([1, 2])),
            2,
        )
    if key in ("GBP", "IE", "de", "nl") and shown(rng, 0.5):
        total = _tax74(rng, rows, grouping, net, key, lang, None, "added")
    elif key == "AUD":
        total = _tax74(rng, rows, grouping, net, key, lang)
    else:
        total = net
    if mode == "deposit":
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Quote total"], de=["Angebotssumme"], nl=["Offertebedrag"]),
                _m(total, grouping),
            )
        )
        amount = _p(50.0, key)
        status, words = _outcome74(rng, 0.6, lang, CLEAR_WORDS)
        label = _say(rng, lang, en=["Deposit paid", "Booking deposit"], de=["Anzahlung"], nl=["Aanbetaling"])
        if status in ("failed", "pending"):
            label = _say(rng, lang, en=["Deposit"], de=["Anzahlung"], nl=["Aanbetaling"])
        rows.append(("pair", label, fmt(amount)))
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Balance payable to the crew on the day."],
                    de=["Restbetrag am Abholtag an das Team."],
                    nl=["Restbedrag te voldoen op de ophaaldag."],
                ),
            )
        )
        method = _way74(rng, rows, key, lang, 0.2, status, online=True)
        _status74(rng, rows, words, lang)
    elif mode == "balance":
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Job total"], de=["Gesamtbetrag"], nl=["Totaal klus"]),
                _m(total, grouping),
            )
        )
        deposit = _p(50.0, key)
        earlier = _d73(_earlier(when, rng, 2, 14), pattern, lang)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Less deposit paid {earlier}"],
                    de=[f"abzgl. Anzahlung vom {earlier}"],
                    nl=[f"Aanbetaling d.d. {earlier}"],
                ),
                "-" + _m(deposit, grouping),
            )
        )
        amount = round(total - deposit, 2)
        status, method = _pay(
            rng, rows, fmt, grouping, amount, key, currency, lang, CLEAR_WORDS, 0.5, 0.35, 0.35
        )
    else:
        amount = total
        status, method = _pay(
            rng, rows, fmt, grouping, amount, key, currency, lang, CLEAR_WORDS, 0.5, 0.35, 0.35
        )
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Booking ref", "Booking reference"], de=["Buchungsnr."], nl=["Boekingsnr."])
        if mode == "deposit"
        else _t(lang, en=["Invoice No", "Job Ref"], de=["Rechnungsnr."], nl=["Factuurnr."]),
        f"{code(rng, 2, UPPER)}{digits(rng, 5)}",
        0.2,
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
            "en": ["Date", "Booked on" if mode == "deposit" else "Invoice date"],
            "de": ["Datum"],
            "nl": ["Datum"],
        },
        0.15,
        0.3,
        status,
    )
    truth = truth_fields(firm, amount, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, firm, [A4, EMAIL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 12 a pool or hot tub service visit


POOLS = {
    "INR": [("BlueWave Pool Maintenance", "en")],
    "GBP": [("Hot Tub Heroes", "en")],
    "USD": [("Crystal Blue Pool Service", "en")],
    "AUD": [("Aqua Clear Pool Care", "en")],
    "AED": [("Palm Pools Maintenance LLC", "en")],
    "EUR": [("Piscinas Mediterráneo", "es"), ("Piscines Azur Entretien", "fr")],
}
POOL_PLACES = {
    "BlueWave Pool Maintenance": "Candolim, Bardez, Goa 403515",
    "Hot Tub Heroes": "Widford Industrial Estate, Chelmsford CM1 3DR",
    "Crystal Blue Pool Service": "7014 E Camelback Rd, Scottsdale, AZ 85251",
    "Aqua Clear Pool Care": "5/31 Canning Hwy, Applecross WA 6153",
    "Palm Pools Maintenance LLC": "Al Quoz Industrial Area 3, Dubai",
    "Piscinas Mediterráneo": "Avda. Ricardo Soriano 45, 29601 Marbella",
    "Piscines Azur Entretien": "310 chemin de Saint-Claude, 06600 Antibes",
}
POOL_WORK = {
    "en": [
        ("Service visit - vacuum, skim, brush", 55.0),
        ("Filter cartridge clean", 20.0),
        ("Chlorine granules 2kg", 18.0),
        ("pH minus 1.5kg", 9.0),
        ("Hot tub drain & refill", 75.0),
    ],
    "es": [
        ("Visita de mantenimiento", 55.0),
        ("Limpieza de filtro", 20.0),
        ("Cloro granulado 2 kg", 18.0),
        ("Minorador de pH", 9.0),
    ],
    "fr": [
        ("Passage entretien", 55.0),
        ("Nettoyage filtre", 20.0),
        ("Chlore granulés 2 kg", 18.0),
        ("pH moins", 9.0),
    ],
}
POOL_WORDS = {
    "en": {
        "success": ["Payment received, thank you", "Paid"],
        "failed": ["Payment failed - please update your card"],
        "pending": ["Payment processing"],
    },
    "es": {"success": ["Pago recibido"], "failed": ["Pago rechazado"], "pending": ["Pago en proceso"]},
    "fr": {"success": ["Paiement accepté"], "failed": ["Paiement refusé"], "pending": ["Paiement en cours"]},
}


def pool_hot_tub_service(rng: random.Random, font: str):
    """A pool or hot tub service visit's invoice or e-mailed receipt (Goa, Chelmsford, Scottsdale, Perth, Dubai,
    Marbella, Antibes): the company on top (the payee), the technician and the client (never the payee), the water's
    readings (pH, chlorine in ppm, alkalinity), the service and chemicals, tax added or included, an account or
    customer number (never the id), the next visit's day (never the date); the invoice's number is the id."""
    currency, firm, lang, key, fmt, grouping, pattern, when = _setup(rng, font, POOLS)
    rows: list[tuple] = []
    _head(rng, rows, firm, POOL_PLACES[firm], key)
    rows.append(
        (
            "center",
            _say(rng, lang, en=["Service Invoice", "Visit Report & Receipt"], es=["Factura"], fr=["Facture"]),
        )
    )
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Invoice #", "Invoice No."], es=["Nº factura"], fr=["Facture n°"]),
        f"{rng.choice(['SV', 'INV'] if lang == 'en' else ['F', 'FA'])}{digits(rng, 5)}",
        0.2,
        None,
    )
    client = _who73(rng, currency, lang)
    rows.append(("pair", _say(rng, lang, en=["Client", "Customer"], es=["Cliente"], fr=["Client"]), client))
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Account #", "Customer No"], es=["Nº cliente"], fr=["N° client"]),
            digits(rng, 6),
        )
    )
    tech = _pro74(rng, currency, lang, client)
    rows.append(("pair", _say(rng, lang, en=["Technician"], es=["Técnico"], fr=["Technicien"]), tech))
    ph = rng.choice(["7.2", "7.4", "7.6", "7.8"])
    cl = rng.choice(["1.5", "2.0", "3.0"])
    if lang != "en":
        ph, cl = ph.replace(".", ","), cl.replace(".", ",")
    rows.append(("left", f"pH {ph} · Cl {cl} ppm · TA {rng.choice([80, 100, 120])} ppm"))
    rows.append(("rule",))
    work = POOL_WORK.get(lang) or POOL_WORK["en"]
    net = _priced(rng, rows, grouping, key, [work[0]], 1)
    net = round(net + _priced(rng, rows, grouping, key, work[1:], rng.choice([1, 2, 3])), 2)
    if key in ("INR", "AED", "es", "fr") or (key == "GBP" and shown(rng, 0.5)):
        total = _tax74(rng, rows, grouping, net, key, lang, None, "added" if key != "AUD" else None)
    elif key == "AUD":
        total = _tax74(rng, rows, grouping, net, key, lang)
    elif key == "USD" and shown(rng, 0.5):
        total = _tax74(rng, rows, grouping, net, key, lang, 0.0805)
    else:
        total = net
    if shown(rng, 0.5):
        status, words = _outcome74(rng, 0.7, lang, POOL_WORDS)
        _total74(rng, rows, fmt, total, status, lang)
        method = _way74(rng, rows, key, lang, 0.2, status, online=True)
        _status74(rng, rows, words, lang)
    else:
        status, method = _pay(
            rng, rows, fmt, grouping, total, key, currency, lang, POOL_WORDS, 0.5, 0.25, 0.3
        )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Invoice date", "Date"], "es": ["Fecha"], "fr": ["Date"]},
        0.15,
        0.2,
        status,
    )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[f"Next visit: {_other(when, rng, pattern, lang, 7, 15)}"],
                es=[f"Próxima visita: {_other(when, rng, pattern, lang, 7, 15)}"],
                fr=[f"Prochain passage : {_other(when, rng, pattern, lang, 7, 15)}"],
            ),
        )
    )
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, firm, [A4, EMAIL, SCREEN])

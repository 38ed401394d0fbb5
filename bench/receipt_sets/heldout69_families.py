"""The twelve heldout69 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: the mixed bag a marketplace's users upload most.
Half are everyday payments (a bank transfer's confirmation, a pharmacy's till slip, a fuel station's terminal slip,
a food delivery order, a city transit ticket, a supermarket's till slip) and half kinds rarely seen (a payment app's
screen, a bike share ride, a gas bottle's refill, a prepaid mobile top-up voucher, a water bill's payment, a
second-hand marketplace order). The page and value helpers of heldout14, heldout62, heldout65, heldout66 and
heldout68 are reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is
not printed). Every receipt prints at most one transaction id and at most one date of payment; the other days
(a billing period, a due date, a ride's start, a ticket's validity, a delivery slot, a prescription's day) and the
other numbers (account, meter, pump, terminal, voucher PIN and serial, IBAN, sort code, IFSC, order-item numbers)
are never the payment's.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _earlier, _id, _later, _page, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import (
    _d,
    _dated66,
    _fmt66,
    _issuer,
    _key,
    _m,
    _pattern66,
    _pro,
    _say,
    _stamp66,
    _status66,
    _who,
)
from bench.receipt_sets.heldout68_families import _id68, _outcome68, _pay68, _payee, _terms, _total68

ALNUM = UPPER + "23456789"
LANGS = ("en", "de", "fr", "nl", "it")

# a till or terminal slip's own words of the outcome
SLIP_WORDS = {
    "success": {
        "en": ["APPROVED", "AUTHORISED", "TRANSACTION APPROVED"],
        "de": ["Zahlung erfolgt", "GENEHMIGT"],
        "fr": ["PAIEMENT ACCEPTE", "ACCEPTE"],
        "nl": ["AKKOORD", "BETALING GESLAAGD"],
        "it": ["TRANSAZIONE ESEGUITA", "AUTORIZZATA"],
    },
    "failed": {
        "en": ["DECLINED", "NOT AUTHORISED", "CARD DECLINED"],
        "de": ["ABGELEHNT", "Zahlung nicht erfolgt"],
        "fr": ["REFUSE", "PAIEMENT REFUSE"],
        "nl": ["GEWEIGERD", "BETALING MISLUKT"],
        "it": ["NEGATA", "TRANSAZIONE RIFIUTATA"],
    },
}


def _slip_outcome(rng, lang, p_shown=0.55, p_failed=0.25):
    if rng.random() >= p_shown:
        return None, None
    status = "failed" if rng.random() < p_failed else "success"
    return status, rng.choice(SLIP_WORDS[status][lang])


def _slip_card(rng, rows, lang) -> str:
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Card", "VISA", "MASTERCARD"],
                de=["girocard", "Karte"],
                fr=["CB", "Carte"],
                nl=["PIN", "Maestro"],
                it=["Bancomat", "Carta"],
            ),
            f"**** **** **** {digits(rng, 4)}" if shown(rng, 0.5) else f"XXXX{digits(rng, 4)}",
        )
    )
    return "card"


def _terminal(rng, rows, lang) -> None:
    """A terminal's and merchant's numbers (never the id)."""
    rows.append(("small", f"TID {digits(rng, 8)}  MID {digits(rng, 9)}"))
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["AID A0000000031010"],
                    de=["AID A0000000043060"],
                    fr=["AID A0000000421010"],
                    nl=["AID A0000000043060"],
                    it=["AID A0000000031010"],
                ),
            )
        )


def _cash(rng, rows, lang, grouping, total, currency) -> str:
    step = 500 if currency == "INR" else (20 if total > 10 else 10)
    given = float((int(total) // step + 1) * step)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Cash", "Cash tendered"],
                de=["Bar", "Gegeben"],
                fr=["Espèces"],
                nl=["Contant"],
                it=["Contanti"],
            ),
            _m(given, grouping),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Change"], de=["Rückgeld"], fr=["Rendu"], nl=["Wisselgeld"], it=["Resto"]),
            _m(round(given - total, 2), grouping),
        )
    )
    return "cash"


def _lines(rng, rows, grouping, items, k) -> float:
    net = 0.0
    for name, unit in rng.sample(items, min(k, len(items))):
        n = rng.choice([1, 1, 1, 2, 3])
        value = round(unit * n, 2)
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, _m(value, grouping)))
        net = round(net + value, 2)
    return net


def _tax_in(rng, rows, grouping, total, currency, lang, rate) -> None:
    """A tax included in the price (never the amount)."""
    if not rate:
        return
    if currency == "INR":
        rows.append(
            ("small", f"Incl. GST {rate * 100:g}%: {_m(round(total - total / (1 + rate), 2), grouping)}")
        )
        return
    word = {"GBP": "VAT", "IE": "VAT", "USD": "Tax", "de": "MwSt.", "fr": "TVA", "nl": "btw", "it": "IVA"}[
        _key(currency, lang)
    ]
    rows.append(("pair", f"{word} {rate * 100:g}% incl.", _m(round(total - total / (1 + rate), 2), grouping)))


# ---------------------------------------------------------------- 1 a payment app's screen


APPS = {
    "INR": [("POP UPI", "en"), ("BharatPe UPI", "en")],
    "GBP": [("Zilch", "en")],
    "USD": [("Apple Cash", "en")],
    "EUR": [("Bluecode", "de"), ("Wero", "fr"), ("Wero", "de"), ("Bluecode", "it")],
}
APP_PAYEES = {
    "INR": [
        "Sri Balaji Provision Stores",
        "Annapurna Tiffin Centre",
        "Ravi Auto Spares",
        "Green Leaf Dry Fruits",
    ],
    "GBP": ["The Corner Deli Ltd", "Harbour Fish Bar", "Kinross Cycles"],
    "USD": ["Maple Street Bakery", "Liberty Nails & Spa", "Ocean Avenue Hardware"],
    "de": ["Bäckerei Sauer", "Blumen Lindner", "Kiosk am Markt"],
    "fr": ["Boulangerie Martin", "Fromagerie Roussel", "Tabac Presse du Port"],
    "it": ["Panificio Russo", "Edicola Centrale", "Bar Pasticceria Gallo"],
}


def app_screen(rng: random.Random, font: str):
    """A payment app's screen (POP UPI, BharatPe, Zilch, Apple Cash, Bluecode, Wero): the app on top (never the
    payee), the big amount, the payee under Paid to / Payee / Bezahlt an / Payé à / Pagato a, the payer's own name and
    bank, a UPI or wallet reference, the day, a cashback or reward (never the amount)."""
    currency, app, lang = _issuer(rng, APPS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    payee = rng.choice(APP_PAYEES["INR" if currency == "INR" else ("GBP" if key == "GBP" else key)])
    total = round(rng.uniform(40, 2400), 2) if currency == "INR" else round(rng.uniform(2.5, 180), 2)
    if currency == "INR" and shown(rng, 0.5):
        total = float(round(total))
    rows: list[tuple] = [("title", app)]
    status, words = _outcome68(rng, 0.8, currency, lang, 0.55, 0.25)
    _status66(rng, rows, words, lang)
    rows.append(("big", fmt(total)))
    _payee(rng, rows, lang, payee, status)
    if currency == "INR":
        rows.append(("small", f"{payee.split()[0].lower()}{digits(rng, 3)}@ybl"))
        rows.append(("pair", "From", f"{_who(rng, currency, lang)} - HDFC Bank XX{digits(rng, 4)}"))
        rows.append(("pair", "Payment mode", "UPI"))
        method = "UPI"
        txn = _id68(
            rng, rows, ["UPI Ref No", "UPI transaction ID", "Ref. no."], digits(rng, 12), 0.15, status
        )
    else:
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["From"], de=["Von"], fr=["De"], it=["Da"]),
                _who(rng, currency, lang),
            )
        )
        method = None
        if shown(rng, 0.3):
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Paid with"], de=["Zahlungsart"], fr=["Moyen"], it=["Metodo"]),
                    f"{app} wallet",
                )
            )
            method = "wallet"
        txn = _id68(
            rng,
            rows,
            {
                "en": ["Transaction ID", "Reference"],
                "de": ["Transaktions-ID", "Referenz"],
                "fr": ["ID de transaction", "Référence"],
                "it": ["ID transazione"],
            }[lang],
            code(rng, 12, ALNUM),
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
            "en": ["Date", "Paid on"],
            "de": ["Datum", "Bezahlt am"],
            "fr": ["Date", "Payé le"],
            "it": ["Data", "Pagato il"],
        }[lang],
        0.15,
        0.7,
        status,
    )
    if status == "success" and shown(rng, 0.4):
        reward = round(total * 0.02, 2) if currency != "INR" else float(rng.randint(2, 25))
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"You earned {_m(reward, grouping)} cashback"],
                    de=[f"Bonus: {_m(reward, grouping)}"],
                    fr=[f"Cashback : {_m(reward, grouping)}"],
                    it=[f"Cashback: {_m(reward, grouping)}"],
                ),
            )
        )
    if status == "pending":
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["If debited, the amount will be refunded within 48 hours."],
                    de=["Bei Abbuchung erfolgt die Erstattung binnen 48 Stunden."],
                    fr=["En cas de débit, le montant sera remboursé sous 48 h."],
                    it=["Se addebitato, l'importo sarà rimborsato entro 48 ore."],
                ),
            )
        )
    truth = truth_fields(payee, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, DARK]), app)


# ---------------------------------------------------------------- 2 a bank transfer's confirmation


BANKS = {
    "INR": [("Kotak Mahindra Bank", "en"), ("IDFC FIRST Bank", "en")],
    "GBP": [("Nationwide Building Society", "en"), ("TSB Bank", "en")],
    "USD": [("Chase", "en")],
    "EUR": [
        ("Permanent TSB", "en"),
        ("Deutsche Kreditbank (DKB)", "de"),
        ("La Banque Postale", "fr"),
        ("ASN Bank", "nl"),
        ("Banca Sella", "it"),
    ],
}
BENEFICIARIES = {
    "INR": ["Shree Ganesh Enterprises", "Kaveri Interiors Pvt Ltd", "Neelkanth Travels"],
    "GBP": ["Pembroke Lettings Ltd", "A. Kowalski Plumbing", "Ridgeway Motors"],
    "USD": ["Sunrise Property Management LLC", "Dave Ortiz Landscaping"],
    "IE": ["Mulligan Builders Ltd", "Shannon Valley Kitchens"],
    "de": ["Autohaus Berger GmbH", "Malerbetrieb Krüger"],
    "fr": ["SARL Menuiserie Lebrun", "Agence Immobilière du Parc"],
    "nl": ["Van der Berg Installatietechniek", "Stichting Kinderopvang Zonnetje"],
    "it": ["Idraulica Santoro S.r.l.", "Studio Dentistico Bianchi"],
}


def bank_transfer(rng: random.Random, font: str):
    """A bank transfer's confirmation in the payer's online banking (IMPS / NEFT, Faster Payment, Zelle, SEPA
    Überweisung, virement, overboeking, bonifico): the bank on top (never the payee), the beneficiary (the payee)
    under Beneficiary / Payee / Empfänger / Bénéficiaire / Begunstigde / Beneficiario, the payer, an IBAN or sort code
    or IFSC (never the id), a reference the payer typed (an invoice number, never the id), an execution day ahead
    (never the day paid), an available balance after (never the amount), a fee in a share (never the amount)."""
    currency, bank, lang = _issuer(rng, BANKS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    payee = rng.choice(BENEFICIARIES[key])
    total = float(rng.randint(1500, 90000)) if currency == "INR" else round(rng.uniform(45, 2400), 2)
    rows: list[tuple] = [("title", bank)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Transfer confirmation", "Payment sent", "Funds transfer"],
                de=["Überweisung", "Auftragsbestätigung"],
                fr=["Confirmation de virement"],
                nl=["Overboeking bevestigd", "Overschrijving"],
                it=["Esito bonifico", "Bonifico"],
            ),
        )
    )
    status, words = _outcome68(rng, 0.7, currency, lang, 0.55, 0.2)
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["From account", "Debit account"],
                de=["Auftraggeber"],
                fr=["Compte débité"],
                nl=["Van rekening"],
                it=["Ordinante"],
            ),
            f"{_who(rng, currency, lang)} ****{digits(rng, 4)}",
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Beneficiary", "Payee", "To"],
                de=["Empfänger", "Zahlungsempfänger"],
                fr=["Bénéficiaire"],
                nl=["Begunstigde", "Naar"],
                it=["Beneficiario"],
            ),
            payee,
        )
    )
    if currency == "INR":
        rows.append(("pair", "A/c no.", f"XXXXXX{digits(rng, 4)}"))
        rows.append(("pair", "IFSC", f"{rng.choice(['SBIN', 'HDFC', 'ICIC', 'UTIB'])}0{digits(rng, 6)}"))
        way, method = rng.choice([("IMPS", "netbanking"), ("NEFT", "netbanking"), ("RTGS", "netbanking")])
    elif key == "GBP":
        rows.append(("pair", "Sort code", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"))
        rows.append(("pair", "Account number", digits(rng, 8)))
        way, method = "Faster Payment", "netbanking"
    elif currency == "USD":
        way, method = rng.choice([("Zelle", "netbanking"), ("ACH transfer", "netbanking")])
        rows.append(("pair", "Routing number", digits(rng, 9)))
    else:
        cc = {"IE": "IE", "de": "DE", "fr": "FR", "nl": "NL", "it": "IT"}[key]
        rows.append(
            (
                "pair",
                "IBAN",
                f"{cc}{digits(rng, 2)} {code(rng, 4, UPPER)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
            )
        )
        way = _say(
            rng,
            lang,
            en=["SEPA Instant transfer", "SEPA credit transfer"],
            de=["Echtzeitüberweisung", "SEPA-Überweisung"],
            fr=["Virement instantané", "Virement SEPA"],
            nl=["Overboeking", "Instant overboeking"],
            it=["Bonifico istantaneo", "Bonifico SEPA"],
        )
        method = "netbanking"
    if shown(rng, 0.75):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Transfer type", "Payment type"],
                    de=["Art"],
                    fr=["Type"],
                    nl=["Soort"],
                    it=["Tipo"],
                ),
                way,
            )
        )
    else:
        method = None
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Reference", "Remarks"],
                de=["Verwendungszweck"],
                fr=["Libellé"],
                nl=["Omschrijving"],
                it=["Causale"],
            ),
            _say(
                rng,
                lang,
                en=[f"INV-{digits(rng, 5)}", f"Invoice {digits(rng, 4)}"],
                de=[f"Rechnung {digits(rng, 6)}"],
                fr=[f"Facture F{digits(rng, 5)}"],
                nl=[f"Factuur {digits(rng, 7)}"],
                it=[f"Saldo fattura n. {digits(rng, 3)}/2026"],
            ),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Amount"], de=["Betrag"], fr=["Montant"], nl=["Bedrag"], it=["Importo"]),
            fmt(total),
        )
    )
    if shown(rng, 0.3):
        fee = 5.9 if currency == "INR" else (0.5 if currency == "EUR" else 0.0)
        rows.append(
            (
                "pair",
                _say(
                    rng, lang, en=["Charges"], de=["Entgelt"], fr=["Frais"], nl=["Kosten"], it=["Commissioni"]
                ),
                _m(fee, grouping),
            )
        )
    if status == "success" and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Available balance"],
                    de=["Verfügbarer Saldo"],
                    fr=["Solde disponible"],
                    nl=["Beschikbaar saldo"],
                    it=["Saldo disponibile"],
                ),
                _m(round(rng.uniform(200, 9000), 2), grouping),
            )
        )
    ref = {"INR": digits(rng, 12), "GBP": f"FP{code(rng, 10, ALNUM)}", "USD": digits(rng, 10)}.get(
        currency, code(rng, 16, ALNUM)
    )
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Transaction ID", "UTR", "Confirmation number"],
            "de": ["Transaktionsnummer", "Auftragsnummer"],
            "fr": ["Référence de l'opération"],
            "nl": ["Transactiekenmerk"],
            "it": ["CRO", "TRN"],
        }[lang],
        ref,
        0.15,
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
            "en": ["Date", "Payment date", "Transfer date"],
            "de": ["Ausgeführt am", "Datum"],
            "fr": ["Date d'exécution", "Date"],
            "nl": ["Datum", "Uitgevoerd op"],
            "it": ["Data esecuzione", "Data"],
        }[lang],
        0.2,
        0.5,
        status,
    )
    if status == "pending" and shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Expected credit by"],
                    de=["Gutschrift voraussichtlich"],
                    fr=["Crédit prévu le"],
                    nl=["Verwachte bijschrijving"],
                    it=["Accredito previsto"],
                ),
                _d(_later(when, rng, 1, 3), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Please keep this confirmation for your records.",
            "Transfers to a wrong account cannot always be recovered.",
        ],
        de=["Bitte bewahren Sie diese Bestätigung auf."],
        fr=["Conservez ce justificatif."],
        nl=["Bewaar deze bevestiging."],
        it=["Conservare la presente ricevuta."],
    )
    truth = truth_fields(payee, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, EMAIL, A4]), bank)


# ---------------------------------------------------------------- 3 a pharmacy's till slip


PHARMACIES = {
    "INR": [("Wellness Forever Pharmacy", "en"), ("Frank Ross Pharmacy", "en")],
    "GBP": [("LloydsPharmacy", "en"), ("Well Pharmacy", "en")],
    "USD": [("Duane Reade", "en")],
    "EUR": [
        ("McCabes Pharmacy", "en"),
        ("Stern-Apotheke", "de"),
        ("Pharmacie du Marché", "fr"),
        ("BENU Apotheek", "nl"),
        ("Farmacia Comunale 3", "it"),
    ],
}
DRUGS = {
    "INR": [
        ("Dolo 650 (15 tab)", 33.0),
        ("Pan 40 (15 tab)", 165.0),
        ("Azithral 500", 119.5),
        ("ORS sachet", 21.0),
    ],
    "GBP": [
        ("Paracetamol 500mg 16", 0.89),
        ("Piriton 30", 5.49),
        ("Gaviscon 300ml", 8.99),
        ("Plasters", 2.25),
    ],
    "USD": [("Advil 50ct", 10.49), ("Claritin 30ct", 24.99), ("Vitamin D3", 8.79), ("Band-Aid", 4.29)],
    "IE": [("Nurofen 24", 6.95), ("Solpadeine", 7.50), ("Difflam spray", 9.45)],
    "de": [("Ibuprofen 400 20 St.", 4.97), ("Nasenspray", 3.95), ("Vitamin C", 6.49)],
    "fr": [("Doliprane 1000", 2.18), ("Smecta", 3.60), ("Sérum phy.", 2.95)],
    "nl": [("Paracetamol 500", 1.99), ("Xylometazoline", 4.49), ("ORS", 5.25)],
    "it": [("Tachipirina 500", 4.90), ("Moment 200", 6.80), ("Fermenti lattici", 11.50)],
}


def pharmacy_till(rng: random.Random, font: str):
    """A pharmacy's till slip or bill: medicines at prices, a prescriber (a doctor, never the payee), a patient, a
    prescription charge or co-payment (inside the amount), a batch's expiry (never a date paid), a drug licence,
    GST, VAT or MwSt. included, a loyalty card (never the id), a card, cash or UPI."""
    currency, name, lang = _issuer(rng, PHARMACIES)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    rows.append(
        (
            "center",
            {
                "INR": "Shop 4, Linking Road, Bandra W, Mumbai",
                "GBP": "12 High St, Bicester OX26",
                "USD": "250 W 57th St, New York, NY",
                "IE": "Main St, Swords, Co. Dublin",
                "de": "Königstr. 8, 70173 Stuttgart",
                "fr": "3 place du Marché, 35000 Rennes",
                "nl": "Grote Markt 5, 9711 LV Groningen",
                "it": "Via Roma 21, 10123 Torino",
            }[key],
        )
    )
    if currency == "INR":
        rows.append(
            ("small", f"DL No: MH-MZ3-{digits(rng, 6)}  GSTIN 27{code(rng, 5, UPPER)}{digits(rng, 4)}A1Z5")
        )
    slip = "Mono" in font
    status, words = _slip_outcome(rng, lang, 0.45) if slip else _outcome68(rng, 0.4, currency, lang)
    top = shown(rng, 0.5)
    dated = None
    if top:
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 0.8)))
        dated = when
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Patient", "Customer"],
                    de=["Kunde"],
                    fr=["Patient"],
                    nl=["Patiënt"],
                    it=["Paziente"],
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
                    en=["Prescriber", "Dr."],
                    de=["Arzt"],
                    fr=["Prescripteur"],
                    nl=["Voorschrijver"],
                    it=["Medico"],
                ),
                "Dr. " + _pro(rng, currency, lang),
            )
        )
    rows.append(("rule",))
    net = _lines(rng, rows, grouping, DRUGS[key], rng.randint(2, 3))
    if shown(rng, 0.4):
        extra = {
            "INR": ("Batch B2604 exp 08/27", None),
            "GBP": ("NHS prescription charge", 9.90),
            "USD": ("Rx copay", 10.0),
            "IE": ("DPS prescription", 80.0),
            "de": ("Zuzahlung Rezept", 5.0),
            "fr": ("Honoraire de dispensation", 1.02),
            "nl": ("Eigen bijdrage", 3.50),
            "it": ("Ticket ricetta", 2.0),
        }[key]
        if extra[1] is None:
            rows.append(("small", extra[0]))
        else:
            rows.append(("pair", extra[0], _m(extra[1], grouping)))
            net = round(net + extra[1], 2)
    total = net
    if currency == "USD":
        tax = round(net * 0.08875, 2)
        rows.append(("pair", "Sales tax 8.875%", _m(tax, grouping)))
        total = round(net + tax, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["TOTAL", "Net payable", "Amount due"],
                de=["SUMME", "Gesamt"],
                fr=["TOTAL", "Total TTC"],
                nl=["TOTAAL", "Te betalen"],
                it=["TOTALE", "Totale"],
            ),
            fmt(total),
        )
    )
    if currency != "USD":
        _tax_in(
            rng,
            rows,
            grouping,
            total,
            currency,
            lang,
            {"INR": 0.12, "GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.021, "nl": 0.09, "it": 0.10}[key],
        )
    if status == "failed" or (shown(rng, 0.6)):
        method = _slip_card(rng, rows, lang)
    elif currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "Paid via", "UPI / PhonePe"))
        method = "UPI"
    elif shown(rng, 0.7):
        method = _cash(rng, rows, lang, grouping, total, currency)
    else:
        method = None
    if words:
        rows.append(("center", words))
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Bill No", "Receipt #", "Trans"],
            "de": ["Beleg-Nr.", "Bon"],
            "fr": ["Ticket n°"],
            "nl": ["Bonnr."],
            "it": ["Scontrino n.", "Doc. n."],
        }[lang],
        f"{code(rng, 2, UPPER)}{digits(rng, 6)}" if currency == "INR" else digits(rng, rng.choice([4, 6])),
        0.2,
        status,
    )
    if not top and shown(rng, 0.7):
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 0.8)))
        dated = when
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Loyalty card ****{digits(rng, 4)} - points earned 12"],
                    de=[f"Kundenkarte {digits(rng, 8)}"],
                    fr=[f"Carte fidélité {digits(rng, 8)}"],
                    nl=[f"Klantenkaart {digits(rng, 8)}"],
                    it=[f"Carta fedeltà {digits(rng, 8)}"],
                ),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Medicines once sold cannot be returned.", "Ask your pharmacist for advice."],
        de=["Arzneimittel sind vom Umtausch ausgeschlossen."],
        fr=["Les médicaments ne sont ni repris ni échangés."],
        nl=["Geneesmiddelen worden niet teruggenomen."],
        it=["I farmaci non si restituiscono."],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    style = _sized(THERMAL, 18) if slip else rng.choice([PAPER, _sized(THERMAL, 19)])
    return rows, truth, _page(font, rows, style, name, 400 if slip else None)


# ---------------------------------------------------------------- 4 a fuel station's terminal slip


STATIONS = {
    "INR": [("HP Petrol Pump - Sai Fuels", "en"), ("Nayara Energy - Shivam Filling Station", "en")],
    "GBP": [("Texaco Ashford Road", "en"), ("Gulf Service Station Penrith", "en")],
    "USD": [("Sunoco #0472", "en")],
    "EUR": [
        ("Top Oil Ballincollig", "en"),
        ("Westfalen Tankstelle Münster", "de"),
        ("Station Avia Vannes", "fr"),
        ("Tamoil Zwolle", "nl"),
        ("Tamoil Stazione Brescia", "it"),
    ],
}
FUEL_PRICES = {
    "INR": 94.72,
    "GBP": 1.429,
    "USD": 3.289,
    "IE": 1.739,
    "de": 1.789,
    "fr": 1.849,
    "nl": 2.049,
    "it": 1.869,
}


def fuel_slip(rng: random.Random, font: str):
    """A fuel station's terminal or till slip (thermal): pump, product, litres or gallons at a unit price (never the
    amount), a car's number or a fleet card's odometer (never the id), a shop item in a share, tax included, the
    card's masked number and its approval code, the terminal's numbers (never the id), APPROVED / DECLINED."""
    currency, name, lang = _issuer(rng, STATIONS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _slip_outcome(rng, lang, 0.7)
    rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
    dated = when
    pump = rng.randint(1, 12)
    product = {
        "INR": ["Petrol", "Diesel", "XP95"],
        "GBP": ["Unleaded", "Diesel"],
        "USD": ["Regular", "Plus"],
        "IE": ["Unleaded", "Diesel"],
        "de": ["Super E10", "Diesel"],
        "fr": ["SP95-E10", "Gazole"],
        "nl": ["Euro 95 E10", "Diesel"],
        "it": ["Benzina", "Gasolio"],
    }[key]
    fuel = rng.choice(product)
    unit = FUEL_PRICES[key] + rng.choice([0.0, 0.02, -0.03])
    volume = round(rng.uniform(8, 55), 2)
    if currency == "INR" and shown(rng, 0.6):
        total = float(rng.choice([500, 1000, 1500, 2000]))
        volume = round(total / unit, 2)
    else:
        total = round(volume * unit, 2)
    word = "gal" if currency == "USD" else "L"
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Pump"], de=["Säule"], fr=["Pompe"], nl=["Pomp"], it=["Erogatore"]),
            str(pump),
        )
    )
    rows.append(("left", f"{fuel} {volume:.2f} {word} @ {unit:.3f}/{word}"))
    rows.append(("pair", fuel, _m(total, grouping)))
    if currency != "INR" and shown(rng, 0.3):
        item, value = {"USD": ("Coffee 16oz", 2.19), "GBP": ("Screenwash 5L", 4.99)}.get(key, ("Café", 2.40))
        rows.append(("pair", item, _m(value, grouping)))
        total = round(total + value, 2)
    if currency == "INR" and shown(rng, 0.6):
        rows.append(("pair", "Vehicle No", f"MH{digits(rng, 2)}{code(rng, 2, UPPER)}{digits(rng, 4)}"))
    if currency == "USD":
        pass
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["TOTAL", "AMOUNT", "SALE"],
                de=["BETRAG", "SUMME"],
                fr=["MONTANT"],
                nl=["BEDRAG"],
                it=["IMPORTO"],
            ),
            fmt(total),
        )
    )
    if currency not in ("INR", "USD"):
        _tax_in(
            rng,
            rows,
            grouping,
            total,
            currency,
            lang,
            {"GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22}[key],
        )
    if currency == "INR" and status is None and shown(rng, 0.4):
        method = _cash(rng, rows, lang, grouping, total, currency)
    elif currency == "INR" and shown(rng, 0.3):
        rows.append(("pair", "Mode", rng.choice(["UPI", "UPI - Paytm"])))
        method = "UPI"
    else:
        method = _slip_card(rng, rows, lang)
        _terminal(rng, rows, lang)
    if shown(rng, 0.6) and method == "card" and status != "failed":
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Auth code"],
                    de=["Genehmigungs-Nr."],
                    fr=["N° autorisation"],
                    nl=["Autorisatiecode"],
                    it=["Cod. autorizzazione"],
                ),
                code(rng, 6, ALNUM),
            )
        )
    txn = _id(
        rng,
        rows,
        {
            "en": ["Receipt No", "Trans #"],
            "de": ["Beleg-Nr."],
            "fr": ["Ticket"],
            "nl": ["Transactienr."],
            "it": ["Scontrino"],
        }[lang],
        digits(rng, 5),
        0.25,
    )
    if words:
        rows.append(("center", words))
    if status == "failed":
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Please pay at the kiosk."],
                    de=["Bitte an der Kasse zahlen."],
                    fr=["Veuillez payer en caisse."],
                    nl=["Betaal a.u.b. in de shop."],
                    it=["Pagare alla cassa."],
                ),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Thank you for your custom", "Keep receipt for VAT purposes"],
        de=["Vielen Dank und gute Fahrt!"],
        fr=["Merci et bonne route"],
        nl=["Bedankt en goede reis"],
        it=["Grazie e buon viaggio"],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 18), name, 380)


# ---------------------------------------------------------------- 5 a food delivery order


DELIVERY = {
    "INR": [("EatSure", "en"), ("magicpin", "en")],
    "GBP": [("Just Eat", "en")],
    "USD": [("Grubhub", "en")],
    "EUR": [("Just Eat", "en"), ("Thuisbezorgd.nl", "nl"), ("Glovo", "it"), ("Lieferheld", "de")],
}
KITCHENS = {
    "INR": ["Behrouz Biryani", "Meghana Foods", "Wow! Momo"],
    "GBP": ["Dishoom Kitchen", "Wing Stop Leeds", "Golden Dragon Takeaway"],
    "USD": ["Joe's Pizza", "Sweetgreen", "Chipotle Mexican Grill"],
    "IE": ["Bombay Pantry", "Apache Pizza"],
    "de": ["Burgerheart", "Pizzeria Da Enzo"],
    "nl": ["New York Pizza", "Sushi Ya"],
    "it": ["Poke House", "Pizzeria Sorbillo"],
}
DISHES = {
    "INR": [
        ("Chicken Dum Biryani", 349.0),
        ("Paneer Tikka", 279.0),
        ("Steamed Momos", 149.0),
        ("Gulab Jamun", 89.0),
    ],
    "en": [("Chicken wings (8)", 8.95), ('Margherita 12"', 11.50), ("Fries", 3.25), ("Coke 500ml", 1.95)],
    "USD": [("Pepperoni slice", 4.50), ("Harvest bowl", 14.95), ("Burrito", 11.25), ("Lemonade", 3.75)],
    "de": [("Cheeseburger", 9.90), ("Pizza Salami", 10.50), ("Pommes", 3.50)],
    "nl": [("Pizza Pepperoni", 12.99), ("Sushi box", 16.50), ("Cola", 2.75)],
    "it": [("Poke salmone", 12.90), ("Margherita", 6.50), ("Acqua", 1.50)],
}


def food_delivery(rng: random.Random, font: str):
    """A food delivery app's order receipt (EatSure, magicpin, Just Eat, Grubhub, Thuisbezorgd.nl, Glovo,
    Lieferheld): the app on top (the payee), the restaurant (never the payee), the rider (never), the dishes, a
    delivery fee, a service or platform fee, a tip (all inside the amount), a promo taken off, the delivery slot's
    time, the delivery address; Paid with, an order number in a share, the day ordered in a share, an outcome."""
    currency, app, lang = _issuer(rng, DELIVERY)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    dish_key = (
        "INR" if currency == "INR" else ("USD" if currency == "USD" else (lang if lang != "en" else "en"))
    )
    rows: list[tuple] = [("title", app)]
    status, words = _outcome68(rng, 0.5, currency, lang, 0.6, 0.2)
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Your order receipt", "Order summary"],
                de=["Deine Bestellung"],
                nl=["Je bestelling"],
                it=["Riepilogo ordine"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng, lang, en=["Restaurant", "From"], de=["Restaurant"], nl=["Restaurant"], it=["Ristorante"]
            ),
            rng.choice(KITCHENS[key]),
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Deliver to", "Customer"],
                de=["Lieferung an"],
                nl=["Bezorgd aan"],
                it=["Consegna a"],
            ),
            _who(rng, currency, lang),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Rider", "Courier"], de=["Fahrer"], nl=["Bezorger"], it=["Rider"]),
                _pro(rng, currency, lang).split()[0],
            )
        )
    rows.append(("rule",))
    net = _lines(rng, rows, grouping, DISHES[dish_key], rng.randint(2, 3))
    fees = {
        "INR": [("Delivery fee", 35.0), ("Platform fee", 6.0), ("Packaging charges", 20.0)],
        "en": [("Delivery fee", 2.49), ("Service fee", 0.99)],
        "USD": [("Delivery fee", 3.99), ("Service fee", 2.50)],
        "de": [("Liefergebühr", 1.99), ("Servicegebühr", 0.79)],
        "nl": [("Bezorgkosten", 2.49), ("Servicekosten", 0.99)],
        "it": [("Consegna", 2.90), ("Costo del servizio", 0.99)],
    }[dish_key]
    for name, value in fees:
        if shown(rng, 0.25):
            rows.append(("pair", name, _m(value, grouping)))
            net = round(net + value, 2)
    if shown(rng, 0.3):
        tip = {"INR": 20.0, "USD": 4.0}.get(currency, 1.5)
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Rider tip", "Tip"], de=["Trinkgeld"], nl=["Fooi"], it=["Mancia"]),
                _m(tip, grouping),
            )
        )
        net = round(net + tip, 2)
    if shown(rng, 0.3):
        off = round(min(net * 0.2, 100.0 if currency == "INR" else 5.0), 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Promo {code(rng, 6, UPPER)}"],
                    de=["Gutschein"],
                    nl=["Kortingscode"],
                    it=["Codice sconto"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    total = net
    if currency == "INR":
        rows.append(("pair", "Taxes", _m(round(total * 0.05, 2), grouping)))
        total = round(total + round(total * 0.05, 2), 2)
    _total68(rng, rows, fmt, total, status, lang)
    kinds = (
        ["UPI", "UPI", "card", "wallet", "cash"] if currency == "INR" else ["card", "card", "wallet", "cash"]
    )
    method = _pay68(rng, rows, currency, lang, kinds, 0.2, False, status)
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Order #", "Order ID", "Order number"],
            "de": ["Bestellnummer"],
            "nl": ["Bestelnummer"],
            "it": ["N. ordine"],
        }[lang],
        digits(rng, 10) if currency == "INR" else code(rng, 8, ALNUM),
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
            "en": ["Order placed", "Ordered on", "Date"],
            "de": ["Bestellt am"],
            "nl": ["Besteld op"],
            "it": ["Ordinato il", "Data ordine"],
        }[lang],
        0.25,
        0.6,
        status,
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Delivered at 20:41"],
                    de=["Geliefert um 19:55"],
                    nl=["Bezorgd om 18:32"],
                    it=["Consegnato alle 21:05"],
                ),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Refunds for missing items go back to the original payment method."],
        de=["Erstattungen erfolgen auf das ursprüngliche Zahlungsmittel."],
        nl=["Terugbetalingen gaan naar de oorspronkelijke betaalmethode."],
        it=["I rimborsi vengono accreditati sul metodo di pagamento originale."],
    )
    truth = truth_fields(app, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, EMAIL, DARK]), app)


# ---------------------------------------------------------------- 6 a city transit ticket


TRANSIT = {
    "INR": [("BMTC Bengaluru", "en"), ("Pune Mahanagar Parivahan (PMPML)", "en")],
    "GBP": [("Stagecoach Bus", "en"), ("First Bus", "en")],
    "USD": [("MBTA", "en")],
    "EUR": [
        ("Luas", "en"),
        ("Bus Éireann", "en"),
        ("BVG", "de"),
        ("TCL Lyon", "fr"),
        ("GVB", "nl"),
        ("ATM Milano", "it"),
    ],
}


def transit_ticket(rng: random.Random, font: str):
    """A city bus, tram or metro ticket from a machine or an app: the operator on top, the ticket type, zones, from
    and to stops, a validity until (never the day paid), a ticket number (never the id where a payment reference is
    printed; the id where it is the only number, under Ticket no. / Fahrschein-Nr. / N° de titre / Ticketnummer /
    Biglietto n.), a machine's number (never), passengers and fares, a card or an app's wallet."""
    currency, name, lang = _issuer(rng, TRANSIT)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    machine = "Mono" in font
    rows: list[tuple] = [("title", name)]
    status, words = _slip_outcome(rng, lang, 0.4) if machine else _outcome68(rng, 0.5, currency, lang)
    kind, fare = {
        "INR": ("Daily pass", 70.0),
        "GBP": ("Dayrider", 5.20),
        "USD": ("7-Day LinkPass", 22.50),
        "IE": ("Adult 24 hour", 7.60),
        "de": ("Einzelfahrschein AB", 3.80),
        "fr": ("Ticket 1 voyage", 2.10),
        "nl": ("1 uur kaartje", 3.40),
        "it": ("Biglietto ordinario", 2.20),
    }[key]
    n = rng.choice([1, 1, 2, 3])
    total = round(fare * n, 2)
    rows.append(("center", kind))
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Passengers", "Qty"],
                de=["Anzahl"],
                fr=["Quantité"],
                nl=["Aantal"],
                it=["Quantità"],
            ),
            f"{n} x {_m(fare, grouping)}",
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Zones", "Route"],
                    de=["Tarifbereich"],
                    fr=["Zones"],
                    nl=["Zone"],
                    it=["Tratta"],
                ),
                {
                    "INR": "Route 500D",
                    "GBP": "Zone 1-3",
                    "USD": "Subway & Local Bus",
                    "IE": "Red Line",
                    "de": "Berlin AB",
                    "fr": "Zones 1-2",
                    "nl": "Amsterdam",
                    "it": "Mi1-Mi3",
                }[key],
            )
        )
    valid = _later(when, rng, 0, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Valid until", "Expires"],
                de=["Gültig bis"],
                fr=["Valable jusqu'au"],
                nl=["Geldig tot"],
                it=["Valido fino al"],
            ),
            _d(valid, pattern, lang) + " 23:59",
        )
    )
    _total68(rng, rows, fmt, total, status, lang)
    if machine:
        method = (
            _slip_card(rng, rows, lang)
            if shown(rng, 0.7) or status == "failed"
            else (_cash(rng, rows, lang, grouping, total, currency))
        )
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Machine {digits(rng, 4)}"],
                    de=[f"Automat {digits(rng, 4)}"],
                    fr=[f"Distributeur {digits(rng, 3)}"],
                    nl=[f"Automaat {digits(rng, 4)}"],
                    it=[f"Emettitrice {digits(rng, 4)}"],
                ),
            )
        )
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
        dated = when
        if words:
            rows.append(("center", words))
    else:
        kinds = ["UPI", "wallet", "card"] if currency == "INR" else ["card", "wallet"]
        method = _pay68(rng, rows, currency, lang, kinds, 0.2, True, status)
        dated = _dated66(
            rng,
            rows,
            when,
            pattern,
            currency,
            lang,
            {
                "en": ["Purchased", "Bought on"],
                "de": ["Gekauft am"],
                "fr": ["Acheté le"],
                "nl": ["Gekocht op"],
                "it": ["Acquistato il"],
            }[lang],
            0.2,
            0.7,
            status,
        )
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Ticket no.", "Ticket ID"],
            "de": ["Fahrschein-Nr.", "Ticketnummer"],
            "fr": ["N° de titre"],
            "nl": ["Ticketnummer"],
            "it": ["Biglietto n."],
        }[lang],
        code(rng, 10, ALNUM),
        0.2,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Not transferable. Tickets are non-refundable."],
        de=["Nicht übertragbar. Keine Erstattung."],
        fr=["Titre non remboursable."],
        nl=["Niet overdraagbaar."],
        it=["Titolo non rimborsabile."],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    if machine:
        return rows, truth, _page(font, rows, _sized(THERMAL, 18), name, 360)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, DARK]), name)


# ---------------------------------------------------------------- 7 a supermarket's till slip


GROCERS = {
    "INR": [("Ratnadeep Supermarket", "en"), ("Star Bazaar", "en")],
    "GBP": [("Sainsbury's Local", "en"), ("Co-op Food", "en")],
    "USD": [("Trader Joe's", "en")],
    "EUR": [
        ("SuperValu Ranelagh", "en"),
        ("EDEKA Schneider", "de"),
        ("Monoprix Bastille", "fr"),
        ("Jumbo Utrecht Overvecht", "nl"),
        ("Esselunga Milano Viale Papiniano", "it"),
    ],
}
GROCERIES = {
    "INR": [
        ("Aashirvaad Atta 5kg", 289.0),
        ("Amul Butter 500g", 285.0),
        ("Tur Dal 1kg", 165.0),
        ("Onion 1kg", 42.0),
        ("Good Day 200g", 40.0),
    ],
    "en": [
        ("Semi skimmed milk 2L", 1.65),
        ("Sourdough loaf", 2.10),
        ("Bananas", 0.95),
        ("Cheddar 400g", 3.75),
        ("Free range eggs 6", 2.25),
    ],
    "USD": [
        ("Mandarin Orange Chicken", 5.49),
        ("Everything Bagels", 3.29),
        ("Bananas", 0.76),
        ("Oat Milk", 3.99),
    ],
    "de": [("Vollmilch 1L", 1.09), ("Bauernbrot", 2.49), ("Äpfel Elstar", 2.29), ("Gouda", 2.19)],
    "fr": [("Baguette tradition", 1.30), ("Lait demi-écrémé", 1.15), ("Comté 250g", 5.40), ("Pommes", 2.60)],
    "nl": [("Halfvolle melk", 1.19), ("Bruin brood", 2.29), ("Kaas jong belegen", 4.49), ("Bananen", 1.49)],
    "it": [("Latte intero", 1.39), ("Pane comune", 2.10), ("Parmigiano 200g", 4.90), ("Mele Golden", 1.99)],
}


def supermarket_till(rng: random.Random, font: str):
    """A supermarket's till slip: items at prices, a multibuy or member discount taken off, a bag charge or a
    deposit on bottles (Pfand, statiegeld, inside the amount), a loyalty card and its points (never the id), the
    till and operator numbers, VAT / MwSt. / TVA / btw / IVA or GST included, cash tendered and change (never the
    amount), a card's slip with its approval code, a receipt number in a share."""
    currency, name, lang = _issuer(rng, GROCERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    items = GROCERIES["INR" if currency == "INR" else ("USD" if currency == "USD" else lang)]
    rows: list[tuple] = [("title", name)]
    status, words = _slip_outcome(rng, lang, 0.5, 0.2)
    top = shown(rng, 0.5)
    if top:
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[f"Till {rng.randint(1, 9)}  Op {digits(rng, 4)}"],
                de=[f"Kasse {rng.randint(1, 9)} Bed. {digits(rng, 3)}"],
                fr=[f"Caisse {rng.randint(1, 9)} Hôtesse {digits(rng, 3)}"],
                nl=[f"Kassa {rng.randint(1, 9)} Medew. {digits(rng, 3)}"],
                it=[f"Cassa {rng.randint(1, 9)} Op. {digits(rng, 3)}"],
            ),
        )
    )
    net = _lines(rng, rows, grouping, items, rng.randint(3, 5))
    if shown(rng, 0.35):
        off = round(net * 0.1, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Nectar price saving", "Member discount", "Multibuy saving"],
                    de=["Rabatt"],
                    fr=["Remise fidélité"],
                    nl=["Bonus korting"],
                    it=["Sconto"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    extra = {
        "GBP": ("Carrier bag", 0.10),
        "IE": ("Bag levy", 0.22),
        "de": ("Pfand", 0.75),
        "nl": ("Statiegeld", 0.45),
        "INR": ("Carry bag", 10.0),
    }.get(key)
    if extra and shown(rng, 0.4):
        rows.append(("pair", extra[0], _m(extra[1], grouping)))
        net = round(net + extra[1], 2)
    total = net
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["TOTAL", "BALANCE DUE", "Total to pay"],
                de=["SUMME EUR", "ZU ZAHLEN"],
                fr=["TOTAL", "A PAYER"],
                nl=["TOTAAL", "TE BETALEN"],
                it=["TOTALE", "TOTALE EURO"],
            ),
            fmt(total),
        )
    )
    if status == "failed" or shown(rng, 0.6):
        method = _slip_card(rng, rows, lang)
        if status == "success" and shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Auth code"],
                        de=["Genehm.-Nr."],
                        fr=["Autorisation"],
                        nl=["Autorisatie"],
                        it=["Autorizzazione"],
                    ),
                    digits(rng, 6),
                )
            )
    elif currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "UPI", f"{_m(total, grouping)}"))
        method = "UPI"
    else:
        method = _cash(rng, rows, lang, grouping, total, currency)
    if words:
        rows.append(("center", words))
    if currency != "USD":
        _tax_in(
            rng,
            rows,
            grouping,
            total,
            currency,
            lang,
            {"INR": 0.05, "GBP": 0.0, "IE": 0.0, "de": 0.07, "fr": 0.055, "nl": 0.09, "it": 0.04}[key],
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Nectar card ****{digits(rng, 4)} points 1,204"],
                    de=[f"PAYBACK {digits(rng, 10)}"],
                    fr=[f"Carte Monoprix {digits(rng, 9)}"],
                    nl=[f"Spaarpunten: {rng.randint(10, 90)}"],
                    it=[f"Fidaty {digits(rng, 10)}"],
                ),
            )
        )
    txn = _id(
        rng,
        rows,
        {
            "en": ["Receipt No", "Trans", "TRN"],
            "de": ["Bon-Nr.", "Beleg"],
            "fr": ["Ticket"],
            "nl": ["Bonnummer"],
            "it": ["Scontrino n.", "Doc. comm. n."],
        }[lang],
        f"{digits(rng, 4)}-{digits(rng, 4)}",
        0.3,
    )
    dated = when if top else None
    if not top and shown(rng, 0.75):
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
        dated = when
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Please keep your receipt for refunds or exchanges."],
        de=["Umtausch nur mit Kassenbon."],
        fr=["Échange sur présentation du ticket."],
        nl=["Ruilen alleen met kassabon."],
        it=["Conservare lo scontrino per eventuali cambi."],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 18), name, 400)


# ---------------------------------------------------------------- 8 a bike share ride


BIKES = {
    "INR": [("Yulu Bikes", "en"), ("MYBYK", "en")],
    "GBP": [("Santander Cycles", "en"), ("Beryl Bikes", "en")],
    "USD": [("Divvy", "en")],
    "EUR": [
        ("Dublinbikes", "en"),
        ("nextbike Leipzig", "de"),
        ("Vélo'v Lyon", "fr"),
        ("OV-fiets", "nl"),
        ("BikeMi Milano", "it"),
    ],
}


def bike_share_ride(rng: random.Random, font: str):
    """A bike share ride's receipt (Yulu, MYBYK, Santander Cycles, Beryl, Divvy, Dublinbikes, nextbike, Vélo'v,
    OV-fiets, BikeMi): the scheme on top (the payee), the rider, the bike's and dock's numbers (never the id), the
    ride's start and end stations and times, minutes at a rate, an unlock fee, a pass's free minutes (never the
    amount), a deposit or a wallet balance left (never), the ride's id in a share, an outcome in a share."""
    currency, name, lang = _issuer(rng, BIKES)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Ride receipt", "Your trip"],
                de=["Fahrtbeleg", "Deine Fahrt"],
                fr=["Reçu de trajet"],
                nl=["Ritoverzicht"],
                it=["Ricevuta corsa"],
            ),
        )
    )
    status, words = _outcome68(rng, 0.6, currency, lang, 0.6, 0.25)
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Rider"], de=["Fahrer/in"], fr=["Usager"], nl=["Reiziger"], it=["Utente"]),
            _who(rng, currency, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Bike"], de=["Rad-Nr."], fr=["Vélo"], nl=["Fiets"], it=["Bici"]),
            f"#{digits(rng, 5)}",
        )
    )
    minutes = rng.randint(6, 75)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Duration"], de=["Dauer"], fr=["Durée"], nl=["Duur"], it=["Durata"]),
            f"{minutes} min",
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["From / to"],
                    de=["Von / nach"],
                    fr=["Départ / arrivée"],
                    nl=["Van / naar"],
                    it=["Da / a"],
                ),
                _say(
                    rng,
                    lang,
                    en=["Dock 112 / Dock 37", "Station A / Station B"],
                    de=["Hauptbahnhof / Augustusplatz"],
                    fr=["Bellecour / Part-Dieu"],
                    nl=["Utrecht Centraal / Zuid"],
                    it=["Duomo / Cadorna"],
                ),
            )
        )
    unlock = {"INR": 10.0, "GBP": 1.65, "USD": 1.0, "IE": 0.0, "de": 1.0, "fr": 0.0, "nl": 4.65, "it": 0.0}[
        key
    ]
    rate = {"INR": 2.0, "GBP": 0.0, "USD": 0.17, "IE": 0.5, "de": 0.1, "fr": 0.05, "nl": 0.0, "it": 0.1}[key]
    total = round(unlock + rate * minutes, 2)
    if currency == "INR":
        total = float(round(total))
    if unlock:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Unlock fee", "Hire fee"],
                    de=["Entsperrgebühr"],
                    fr=["Déverrouillage"],
                    nl=["Dagtarief"],
                    it=["Sblocco"],
                ),
                _m(unlock, grouping),
            )
        )
    if rate:
        rows.append(("pair", f"{minutes} min x {_m(rate, grouping)}", _m(round(total - unlock, 2), grouping)))
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "wallet"] if currency == "INR" else ["card", "wallet"]
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
    if shown(rng, 0.3):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Wallet balance"],
                    de=["Guthaben"],
                    fr=["Solde"],
                    nl=["Saldo"],
                    it=["Credito residuo"],
                ),
                _m(round(rng.uniform(5, 200), 2), grouping),
            )
        )
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Ride ID", "Trip ID", "Receipt no."],
            "de": ["Fahrt-ID", "Beleg-Nr."],
            "fr": ["N° de trajet"],
            "nl": ["Ritnummer"],
            "it": ["ID corsa"],
        }[lang],
        f"{code(rng, 3, UPPER)}{digits(rng, 7)}",
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
        {"en": ["Date", "Ride date"], "de": ["Datum"], "fr": ["Date"], "nl": ["Datum"], "it": ["Data"]}[lang],
        0.2,
        0.7,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Bikes not docked within 24 hours may incur a charge."],
        de=["Nicht zurückgegebene Räder werden berechnet."],
        fr=["Tout vélo non restitué sera facturé."],
        nl=["Niet ingeleverde fietsen worden in rekening gebracht."],
        it=["Bici non riconsegnate addebitate."],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, EMAIL, DARK]), name)


# ---------------------------------------------------------------- 9 a gas bottle's refill


GAS = {
    "INR": [("Bharatgas - Shree Sai Gas Agency", "en"), ("HP Gas - Laxmi Gas Service", "en")],
    "GBP": [("Calor Gas - Penrith Gas Centre", "en")],
    "USD": [("AmeriGas Propane", "en")],
    "EUR": [
        ("Flogas Ireland", "en"),
        ("Tyczka Flüssiggas", "de"),
        ("Butagaz - Dépôt Leroy", "fr"),
        ("Primagaz Nederland", "nl"),
        ("Liquigas - Rivendita Conti", "it"),
    ],
}


def gas_bottle(rng: random.Random, font: str):
    """A gas bottle's or LPG cylinder's refill (a cash memo in India with a consumer number, a booking number and a
    delivery person; a bottle exchange elsewhere): the distributor on top (the payee), the consumer, a consumer or
    customer number and a booking number (never the id where a cash memo or invoice number is printed), a
    subsidy to the bank account (never taken off the amount), a deposit on a new bottle (inside the amount), the
    delivery day (never the day paid in a cash memo that prints its own date), cash, UPI or card."""
    currency, name, lang = _issuer(rng, GAS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Cash Memo", "Tax Invoice", "Receipt"],
                de=["Lieferschein / Rechnung"],
                fr=["Facture"],
                nl=["Kassabon"],
                it=["Ricevuta"],
            ),
        )
    )
    status, words = _outcome68(rng, 0.4, currency, lang, 0.6, 0.2)
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Consumer", "Customer"],
                de=["Kunde"],
                fr=["Client"],
                nl=["Klant"],
                it=["Cliente"],
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
                en=["Consumer No", "Account no."],
                de=["Kunden-Nr."],
                fr=["N° client"],
                nl=["Klantnummer"],
                it=["Codice cliente"],
            ),
            digits(rng, 8),
        )
    )
    if currency == "INR":
        rows.append(("pair", "Booking No", f"{digits(rng, 6)}"))
        booked = _earlier(when, rng, 1, 5)
        rows.append(("pair", "Booking date", _d(booked, pattern, lang)))
        item, price = "14.2 kg Domestic LPG Cylinder", round(rng.uniform(803, 905), 2)
    else:
        item, price = {
            "GBP": ("Calor Propane 13kg refill", 42.99),
            "USD": ("Propane 20 lb tank exchange", 24.99),
            "IE": ("Flogas Propane 11kg", 39.50),
            "de": ("Propangas 11 kg Tauschflasche", 32.90),
            "fr": ("Butane 13 kg (recharge)", 36.50),
            "nl": ("Propaan 10,5 kg vulling", 34.95),
            "it": ("Bombola GPL 10 kg", 33.00),
        }[key]
    rows.append(("pair", item, _m(price, grouping)))
    total = price
    if currency != "INR" and shown(rng, 0.3):
        dep = {"GBP": 35.0, "USD": 0.0, "IE": 30.0, "de": 30.0, "fr": 29.0, "nl": 27.5, "it": 25.0}[key]
        if dep:
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Bottle deposit"],
                        de=["Flaschenpfand"],
                        fr=["Consigne"],
                        nl=["Statiegeld fles"],
                        it=["Cauzione bombola"],
                    ),
                    _m(dep, grouping),
                )
            )
            total = round(total + dep, 2)
    if currency == "INR":
        rows.append(("small", "Incl. GST 5%"))
        if shown(rng, 0.5):
            rows.append(
                ("small", f"DBTL subsidy Rs. {rng.choice([200, 300])} will be credited to your bank a/c")
            )
    elif currency == "USD":
        tax = round(total * 0.06, 2)
        rows.append(("pair", "Sales tax 6%", _m(tax, grouping)))
        total = round(total + tax, 2)
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["cash", "cash", "UPI"] if currency == "INR" else ["cash", "card"]
    method = _pay68(rng, rows, currency, lang, kinds, 0.3, False, status)
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "Delivered by", _pro(rng, currency, lang)))
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Cash Memo No", "Invoice No", "Receipt no."],
            "de": ["Rechnungs-Nr."],
            "fr": ["Facture n°"],
            "nl": ["Bonnummer"],
            "it": ["Ricevuta n."],
        }[lang],
        f"{digits(rng, 4)}/{digits(rng, 5)}",
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
            "en": ["Date", "Delivered & paid on"],
            "de": ["Datum"],
            "fr": ["Date"],
            "nl": ["Datum"],
            "it": ["Data"],
        }[lang],
        0.2,
        0.3,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Check the seal and weight before accepting the cylinder.",
            "Keep cylinders upright and away from heat.",
        ],
        de=["Flaschen nur stehend transportieren."],
        fr=["Ne pas exposer la bouteille à la chaleur."],
        nl=["Fles rechtop vervoeren."],
        it=["Non esporre la bombola a fonti di calore."],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, _sized(THERMAL, 18)]), name)


# ---------------------------------------------------------------- 10 a prepaid mobile top-up voucher


TOPUPS = {
    "INR": [("Vi Recharge - Om Mobile Point", "en"), ("BSNL Retailer - Ganesh Telecom", "en")],
    "GBP": [("Lebara Top-Up - Patel News", "en"), ("Lycamobile - Star Convenience", "en")],
    "USD": [("Boost Mobile - Sunny Wireless", "en")],
    "EUR": [
        ("48 Top-up - Centra Ennis", "en"),
        ("Vodafone CallYa - Kiosk Yilmaz", "de"),
        ("Lycamobile - Tabac du Centre", "fr"),
        ("Lebara - Primera Rotterdam", "nl"),
        ("Iliad ricarica - Tabacchi n. 12", "it"),
    ],
}


def mobile_topup(rng: random.Random, font: str):
    """A prepaid mobile top-up's slip from a shop's terminal (thermal): the shop and the network on top (the payee
    as printed), the mobile number topped up (never the id), a voucher PIN and serial (never the id), the voucher's
    value, a service charge in a share (inside the amount), the plan's validity (never the day paid), the terminal's
    transaction number in a share, APPROVED or DECLINED in a share, cash or card."""
    currency, name, lang = _issuer(rng, TOPUPS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _slip_outcome(rng, lang, 0.6, 0.2)
    top = shown(rng, 0.6)
    if top:
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
    value = {
        "INR": float(rng.choice([199, 239, 299, 479, 719])),
        "GBP": float(rng.choice([10, 15, 20])),
        "USD": float(rng.choice([25, 35, 50])),
        "IE": float(rng.choice([10, 20])),
        "de": 15.0,
        "fr": float(rng.choice([10, 20])),
        "nl": float(rng.choice([10, 15])),
        "it": float(rng.choice([5, 10])),
    }[key]
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Mobile", "Number"],
                de=["Rufnummer"],
                fr=["N° mobile"],
                nl=["Mobiel nr."],
                it=["Numero"],
            ),
            f"XXXXXX{digits(rng, 4)}" if currency == "INR" else f"07{digits(rng, 3)} {digits(rng, 6)}",
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Top-up value", "Recharge"],
                de=["Aufladebetrag"],
                fr=["Recharge"],
                nl=["Opwaardeerwaarde"],
                it=["Taglio ricarica"],
            ),
            _m(value, grouping),
        )
    )
    total = value
    if shown(rng, 0.3) and currency in ("INR", "USD"):
        fee = 10.0 if currency == "INR" else 1.5
        rows.append(("pair", "Service charge", _m(fee, grouping)))
        total = round(total + fee, 2)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["TOTAL", "Amount"], de=["SUMME"], fr=["TOTAL"], nl=["TOTAAL"], it=["TOTALE"]),
            fmt(total),
        )
    )
    if status == "failed" or shown(rng, 0.4):
        method = _slip_card(rng, rows, lang)
    elif currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "Mode", "UPI"))
        method = "UPI"
    elif shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng, lang, en=["Paid cash"], de=["Bar"], fr=["Espèces"], nl=["Contant"], it=["Contanti"]
                ),
                _m(total, grouping),
            )
        )
        method = "cash"
    else:
        method = None
    if status != "failed":
        if currency == "INR":
            rows.append(("small", f"Validity: {rng.choice([28, 56, 84])} days"))
        else:
            rows.append(
                ("pair", "PIN", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}")
            )
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Serial"],
                        de=["Seriennr."],
                        fr=["N° série"],
                        nl=["Serienr."],
                        it=["Seriale"],
                    ),
                    digits(rng, 12),
                )
            )
            rows.append(
                (
                    "small",
                    _say(
                        rng,
                        lang,
                        en=["Valid until"],
                        de=["Gültig bis"],
                        fr=["Valable jusqu'au"],
                        nl=["Geldig tot"],
                        it=["Valida fino al"],
                    )
                    + " "
                    + _d(_later(when, rng, 300, 400), pattern, lang),
                )
            )
    if words:
        rows.append(("center", words))
    txn = _id(
        rng,
        rows,
        {
            "en": ["Trans ID", "Txn No"],
            "de": ["Trans.-Nr."],
            "fr": ["N° transaction"],
            "nl": ["Transactienr."],
            "it": ["N. transazione"],
        }[lang],
        digits(rng, 10),
        0.3,
    )
    if shown(rng, 0.5):
        _terminal(rng, rows, lang)
    dated = when if top else None
    if not top and shown(rng, 0.7):
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
        dated = when
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Top-ups are not refundable."],
        de=["Keine Rücknahme von Guthabenkarten."],
        fr=["Recharge ni reprise ni échangée."],
        nl=["Tegoed wordt niet teruggenomen."],
        it=["Le ricariche non sono rimborsabili."],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 18), name, 400)


# ---------------------------------------------------------------- 11 a water bill's payment


WATER = {
    "INR": [
        ("Bangalore Water Supply and Sewerage Board", "en"),
        ("Hyderabad Metro Water Works (HMWSSB)", "en"),
    ],
    "GBP": [("Anglian Water", "en"), ("Yorkshire Water", "en")],
    "USD": [("DC Water", "en")],
    "EUR": [
        ("Uisce Éireann", "en"),
        ("Berliner Wasserbetriebe", "de"),
        ("Eau de Paris", "fr"),
        ("Waternet", "nl"),
        ("Acea ATO 2", "it"),
    ],
}


def water_bill(rng: random.Random, font: str):
    """A water bill's payment receipt or the bill with its payment shown: the utility on top (the payee), the
    account holder, an account or RR number and a meter number (never the id), a billing period and a due date
    (never the day paid), meter readings and consumption, the bill's charges, arrears or a previous balance, the
    amount paid (the amount), a balance carried forward (never), a direct debit or a portal payment, an outcome."""
    currency, name, lang = _issuer(rng, WATER)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Payment receipt", "Bill payment", "Water bill"],
                de=["Zahlungsbestätigung", "Wasserrechnung"],
                fr=["Reçu de paiement", "Facture d'eau"],
                nl=["Betalingsbewijs"],
                it=["Ricevuta di pagamento", "Bolletta"],
            ),
        )
    )
    status, words = _outcome68(rng, 0.6, currency, lang, 0.6, 0.2)
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Account holder", "Consumer name"],
                de=["Kunde"],
                fr=["Titulaire"],
                nl=["Klant"],
                it=["Intestatario"],
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
                en=["Account number", "RR No."],
                de=["Vertragskonto"],
                fr=["N° de contrat"],
                nl=["Klantnummer"],
                it=["Codice utenza"],
            ),
            digits(rng, 10),
        )
    )
    start = _earlier(when, rng, 60, 95)
    end = _earlier(when, rng, 10, 25)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Billing period"],
                de=["Abrechnungszeitraum"],
                fr=["Période"],
                nl=["Periode"],
                it=["Periodo"],
            ),
            f"{_d(start, pattern, lang)} - {_d(end, pattern, lang)}",
        )
    )
    if shown(rng, 0.6):
        r1 = rng.randint(1000, 9000)
        used = rng.randint(8, 60)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Meter reading"],
                    de=["Zählerstand"],
                    fr=["Index"],
                    nl=["Meterstand"],
                    it=["Lettura"],
                ),
                f"{r1} -> {r1 + used} ({used} m3)",
            )
        )
    charge = round(rng.uniform(180, 1500), 2) if currency == "INR" else round(rng.uniform(28, 190), 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Current charges", "Water & sewerage"],
                de=["Entgelt Wasser/Abwasser"],
                fr=["Consommation"],
                nl=["Drinkwater"],
                it=["Servizio idrico"],
            ),
            _m(charge, grouping),
        )
    )
    total = charge
    if shown(rng, 0.3):
        arrears = round(charge * 0.4, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Arrears", "Previous balance"],
                    de=["Rückstand"],
                    fr=["Solde antérieur"],
                    nl=["Achterstand"],
                    it=["Morosità"],
                ),
                _m(arrears, grouping),
            )
        )
        total = round(total + arrears, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Due date", "Pay by"],
                de=["Fällig am"],
                fr=["À payer avant le"],
                nl=["Uiterste betaaldatum"],
                it=["Scadenza"],
            ),
            _d(_later(end, rng, 14, 21), pattern, lang),
        )
    )
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "netbanking", "card"] if currency == "INR" else ["card", "netbanking"]
    method = _pay68(rng, rows, currency, lang, kinds, 0.25, True, status)
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Receipt No", "Payment reference", "Transaction ID"],
            "de": ["Zahlungsreferenz"],
            "fr": ["Référence de paiement"],
            "nl": ["Betalingskenmerk"],
            "it": ["Codice transazione"],
        }[lang],
        code(rng, 12, ALNUM),
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
            "en": ["Payment date", "Paid on", "Date of payment"],
            "de": ["Zahlungsdatum", "Bezahlt am"],
            "fr": ["Payé le", "Date de paiement"],
            "nl": ["Betaald op", "Betaaldatum"],
            "it": ["Pagato il", "Data pagamento"],
        }[lang],
        0.2,
        0.4,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Late payment may attract a surcharge.", "Set up Direct Debit to pay automatically."],
        de=["Bei Zahlungsverzug können Mahngebühren anfallen."],
        fr=["Tout retard de paiement entraîne des frais."],
        nl=["Bij te late betaling volgen kosten."],
        it=["Il ritardato pagamento comporta interessi di mora."],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([A4, EMAIL, SCREEN]), name)


# ---------------------------------------------------------------- 12 a second-hand marketplace order


PRELOVED = {
    "INR": [("OLX", "en"), ("Cashify", "en")],
    "GBP": [("Depop", "en")],
    "USD": [("Mercari", "en")],
    "EUR": [
        ("Adverts.ie", "en"),
        ("Kleinanzeigen", "de"),
        ("leboncoin", "fr"),
        ("Marktplaats", "nl"),
        ("Subito", "it"),
    ],
}
ITEMS = {
    "INR": [
        ("iPhone 12 64GB (refurbished)", 23999.0),
        ("Study table", 2800.0),
        ("Bicycle Hero Sprint", 4500.0),
    ],
    "en": [("Vintage denim jacket", 28.0), ("Nintendo Switch Lite", 120.0), ("Pram", 85.0)],
    "USD": [("Levi's 501 W32", 24.0), ("KitchenAid mixer", 140.0), ("Air Jordan 1", 95.0)],
    "de": [("Kinderfahrrad 20 Zoll", 65.0), ("Lego Technic 42115", 180.0)],
    "fr": [("Canapé 2 places", 150.0), ("Vélo enfant", 45.0)],
    "nl": [("Gazelle damesfiets", 175.0), ("Eettafelstoelen (4)", 60.0)],
    "it": [("Giacca in pelle", 70.0), ("PlayStation 4", 130.0)],
}


def preloved_order(rng: random.Random, font: str):
    """A second-hand marketplace's order with its buyer protection (OLX, Cashify, Depop, Mercari, Adverts.ie,
    Kleinanzeigen, leboncoin, Marktplaats, Subito): the platform on top (the payee), the seller and the buyer
    (never), the item at its price, a buyer protection or service fee and postage (inside the amount), a listing's
    and a parcel's tracking numbers (never the id), the day the seller ships by (never the day paid), an outcome."""
    currency, name, lang = _issuer(rng, PRELOVED)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Order confirmation", "Purchase receipt"],
                de=["Kaufbestätigung"],
                fr=["Récapitulatif d'achat"],
                nl=["Aankoopbevestiging"],
                it=["Riepilogo acquisto"],
            ),
        )
    )
    status, words = _outcome68(rng, 0.6, currency, lang, 0.55, 0.2)
    _status66(rng, rows, words, lang)
    item, price = rng.choice(ITEMS["INR" if currency == "INR" else ("USD" if currency == "USD" else lang)])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Seller"],
                de=["Verkäufer/in"],
                fr=["Vendeur"],
                nl=["Verkoper"],
                it=["Venditore"],
            ),
            _who(rng, currency, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Buyer"], de=["Käufer/in"], fr=["Acheteur"], nl=["Koper"], it=["Acquirente"]),
            _who(rng, currency, lang),
        )
    )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=["Listing "],
                de=["Anzeige "],
                fr=["Annonce "],
                nl=["Advertentie "],
                it=["Annuncio "],
            )
            + digits(rng, 10),
        )
    )
    rows.append(("rule",))
    rows.append(("pair", item, _m(price, grouping)))
    total = price
    prot = round(0.7 + price * 0.05, 2) if currency != "INR" else round(price * 0.02, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Buyer protection fee", "Service fee"],
                de=["Käuferschutz"],
                fr=["Frais de protection"],
                nl=["Kopersbescherming"],
                it=["Protezione acquisti"],
            ),
            _m(prot, grouping),
        )
    )
    total = round(total + prot, 2)
    if shown(rng, 0.6):
        post = {"INR": 99.0, "USD": 7.99}.get(currency, 4.49)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Postage", "Shipping"],
                    de=["Versand"],
                    fr=["Livraison"],
                    nl=["Verzending"],
                    it=["Spedizione"],
                ),
                _m(post, grouping),
            )
        )
        total = round(total + post, 2)
        if shown(rng, 0.5):
            rows.append(
                (
                    "small",
                    _say(
                        rng,
                        lang,
                        en=["Seller ships by "],
                        de=["Versand bis "],
                        fr=["Expédition avant le "],
                        nl=["Verzending voor "],
                        it=["Spedizione entro "],
                    )
                    + _d(_later(when, rng, 2, 6), pattern, lang),
                )
            )
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "card", "netbanking"] if currency == "INR" else ["card", "wallet"]
    method = _pay68(rng, rows, currency, lang, kinds, 0.2, True, status)
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Order ID", "Order number", "Transaction ID"],
            "de": ["Bestellnummer"],
            "fr": ["N° de commande"],
            "nl": ["Transactienummer"],
            "it": ["ID ordine"],
        }[lang],
        code(rng, 10, ALNUM),
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
            "en": ["Purchased on", "Order date", "Date"],
            "de": ["Gekauft am", "Datum"],
            "fr": ["Date d'achat", "Acheté le"],
            "nl": ["Gekocht op"],
            "it": ["Data acquisto"],
        }[lang],
        0.2,
        0.5,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Payment is released to the seller once you confirm the item arrived."],
        de=["Das Geld wird erst nach Bestätigung des Erhalts ausgezahlt."],
        fr=["L'argent est versé au vendeur après confirmation de réception."],
        nl=["Het geld gaat pas naar de verkoper na bevestiging van ontvangst."],
        it=["Il pagamento viene sbloccato al venditore dopo la conferma di ricezione."],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, EMAIL, DARK]), name)

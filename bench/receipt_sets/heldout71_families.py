"""The twelve heldout71 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: digital goods, subscriptions and online services
(a game's credits topped up for a player, a domain name's renewal at a registrar, an audiobook or e-book shop's
order, a security software licence, a fitness app's renewal, a creator membership, a freelance marketplace's order)
and small traders' counter slips (a street-food stall's printed token, a rubber stamp maker's order slip, a
Christmas tree stall, a luggage repair counter, a racket stringer). The page and value helpers of heldout14,
heldout62, heldout65, heldout66, heldout68 and heldout69 are reused. ``truth_fields`` states the fields exactly as
the page prints them (``None`` where a field is not printed). A page prints at most one date of payment; the other
days (an expiry, a renewal, a trial's end, a licence's or a billing period, a gift's delivery, a delivery due, a
day ready, an earlier advance, a last stringing, a collection after Christmas) are never it. A paper slip prints
one number of its own (the id) in a share; an online page prints up to three (the payment's reference, the order's
number, the invoice's or receipt's number), and the strongest printed is the id: the payment's reference, else
the order's, else the invoice's. Player, customer, member, patron and subscription ids, licence and redeem keys,
ISBNs, tags, PIR references, licences and tax numbers are never the id.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _earlier, _later, _page, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import (
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
    _deposit,
    _id68,
    _less_advance,
    _no_tax,
    _pay68,
    _tax_ids,
    _terms,
    _total68,
    outcome_table,
)
from bench.receipt_sets.heldout69_families import _cash, _lines, _slip_card, _slip_outcome

ALNUM = UPPER + "23456789"
# a gateway's charge id keeps both cases: no l, I, O, 0 or 1 that a reader could swap
MIXED = "".join(c for c in "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

# customers that are businesses, by the page's country (never the payee)
FIRMS = {
    "INR": ["Kaveri Traders", "Mehta & Sons Hardware", "Sai Krupa Enterprises", "Pixel Mitra Studio"],
    "GBP": ["Pembroke Dental Ltd", "Kinross Cycles Ltd", "Wrenfield Joinery"],
    "USD": ["Maple Avenue Bakery LLC", "Ortiz Landscaping Inc.", "Bluegrass Tax Services"],
    "IE": ["Shannon Valley Kitchens Ltd", "Claddagh Print Co.", "Burren Walking Tours"],
    "de": ["Malerbetrieb Krüger", "Bäckerei Sauer GmbH", "Fahrschule Yilmaz"],
    "fr": ["SARL Menuiserie Lebrun", "Fromagerie Roussel", "Cabinet Girard Avocats"],
    "nl": ["Fietsenmaker Bakker", "Van Dijk Installaties B.V.", "Bloemenhuis Fleur"],
    "it": ["Panificio Russo S.n.c.", "Studio Bianchi S.r.l.", "Ferramenta Colombo"],
}

# labels of the three numbers an online page prints: the payment's reference, the order's, the invoice's
PAY_ID = {
    "en": ["Transaction ID", "Payment ID", "Payment reference"],
    "de": ["Transaktions-ID", "Zahlungsreferenz"],
    "fr": ["ID de transaction", "Référence de paiement"],
    "nl": ["Transactie-ID", "Betalingskenmerk"],
    "it": ["ID transazione", "Riferimento pagamento"],
}
ORDER_ID = {
    "en": ["Order ID", "Order #", "Order number"],
    "de": ["Bestellnummer", "Bestell-Nr."],
    "fr": ["N° de commande", "Commande n°"],
    "nl": ["Bestelnummer", "Ordernummer"],
    "it": ["N. ordine", "Numero ordine"],
}
INVOICE_ID = {
    "en": ["Invoice No", "Invoice #", "Receipt #"],
    "de": ["Rechnungsnummer", "Rechnungs-Nr."],
    "fr": ["N° de facture", "Facture n°"],
    "nl": ["Factuurnummer", "Factuurnr."],
    "it": ["N. fattura", "Fattura n."],
}


def _ids71(rng, rows, lang, entries, status, p_absent=0.35) -> str | None:
    """Each of ``entries`` ((labels by language, value), the payment's reference first, then the order's number,
    then the invoice's) printed in a share, in a shuffled order; the strongest printed (the id), or None."""
    printed = [index for index in range(len(entries)) if shown(rng, p_absent)]
    for index in rng.sample(printed, len(printed)):
        labels, value = entries[index]
        _id68(rng, rows, labels.get(lang) or labels["en"], value, 0.0, status)
    return entries[printed[0]][1] if printed else None


def _outcome71(rng, p_shown, currency, lang, extra=None, p_success=0.6, p_failed=0.2, part=False):
    """heldout68's outcomes with a family's own wordings beside them; (status, words) or (None, None)."""
    table = outcome_table(currency, lang, part)
    more = (extra or {}).get(lang, {})
    table = {status: table[status] + more.get(status, []) for status in table}
    return _outcome66(rng, p_shown, lang, p_success, p_failed, {lang: table})


CARD_WORDS = ("Card", "Carte", "Karte", "Kaart", "Carta")


def _pay71(rng, rows, currency, lang, kinds, p_absent, online, status, words) -> str | None:
    """heldout68's way to pay; a card or UPI where the printed outcome names one (Card declined, Carte refusée,
    UPI payment failed)."""
    if words and any(word in words for word in CARD_WORDS):
        kinds = ["card"]
    elif words and "UPI" in words:
        kinds = ["UPI"]
    return _pay68(rng, rows, currency, lang, kinds, p_absent, online, status)


def _through(start: dt.date, months: int) -> dt.date:
    """The last day of a plan of ``months`` months that starts on ``start``."""
    month = start.month - 1 + months
    year, month = start.year + month // 12, month % 12 + 1
    for last in (start.day, 30, 29, 28):
        try:
            return dt.date(year, month, last) - dt.timedelta(days=1)
        except ValueError:
            continue
    raise ValueError(start)


def _other(rng, currency, lang, person: str) -> str:
    """A customer-side person other than ``person`` (a gift's recipient)."""
    while True:
        other = _who(rng, currency, lang)
        if other != person:
            return other


def _firm(rng, currency, lang) -> str:
    return rng.choice(FIRMS[_key(currency, lang)])


def _charge_id(rng) -> str:
    return "ch_3" + code(rng, 21, MIXED)


def _email(name: str, domain: str) -> str:
    first, *rest = name.lower().replace("'", "").split()
    return f"{first}.{rest[-1] if rest else 'x'}@{domain}"


# ---------------------------------------------------------------- 1 a game's credits topped up


TOPUP_SHOPS = {
    "INR": [("Codashop", "en"), ("Midasbuy", "en")],
    "GBP": [("Xsolla", "en")],
    "USD": [("Razer Gold", "en")],
    "EUR": [
        ("Eneba", "en"),
        ("Gameforge", "de"),
        ("Ankama Shop", "fr"),
        ("Startselect", "nl"),
        ("Instant Gaming", "it"),
    ],
}
# direct top-ups: (game, publisher, credits, [(units, price)])
GAME_CREDITS = {
    "INR": [
        ("BGMI", "Krafton Inc.", "UC", [(60, 75.0), (325, 380.0), (660, 750.0), (1800, 1900.0)]),
        ("Free Fire MAX", "Garena", "Diamonds", [(100, 80.0), (310, 250.0), (520, 400.0), (1060, 800.0)]),
        ("Mobile Legends: Bang Bang", "Moonton", "Diamonds", [(86, 129.0), (172, 249.0), (257, 369.0)]),
    ],
    "GBP": [
        (
            "War Thunder",
            "Gaijin Entertainment",
            "Golden Eagles",
            [(1000, 5.99), (2500, 13.99), (6000, 31.99)],
        ),
        ("Path of Exile", "Grinding Gear Games", "Points", [(250, 21.99), (550, 45.99)]),
    ],
    "USD": [
        ("Genshin Impact", "HoYoverse", "Genesis Crystals", [(300, 4.99), (980, 14.99), (1980, 29.99)]),
        ("VALORANT", "Riot Games", "VP", [(475, 4.99), (1000, 9.99), (2050, 19.99)]),
    ],
}
# codes sold on euro pages: (product, publisher)
GAME_CODES = {
    "IE": [
        ("PlayStation Store gift card €20", "Sony Interactive Entertainment", 20.0),
        ("Steam Wallet code €50", "Valve Corporation", 50.0),
    ],
    "de": [
        ("Metin2 - 1.450 Drachenmünzen", "Gameforge 4D GmbH", 19.99),
        ("Nintendo eShop Guthaben 25 €", "Nintendo of Europe", 25.0),
    ],
    "fr": [("Dofus - 5 000 Ogrines", "Ankama Games", 29.99), ("Wakfu - 1 000 Ogrines", "Ankama Games", 7.99)],
    "nl": [("Xbox tegoed €25", "Microsoft", 25.0), ("Nintendo eShop tegoed €15", "Nintendo of Europe", 15.0)],
    "it": [
        ("Ricarica Steam 20 €", "Valve Corporation", 20.0),
        ("Fortnite - 2.800 V-Buck", "Epic Games", 22.99),
    ],
}
GAMERS = ["ShadowKing07", "DesiSniper", "xRaptorx", "LadyVex", "Blitz_Yash", "NoScopeNiamh", "KaiserFritz"]
TOPUP_WORDS = {
    "en": {
        "success": ["Top-up successful", "Top up successful"],
        "failed": ["Top-up failed"],
        "pending": ["Top-up pending"],
    },
    "de": {"success": ["Aufladung erfolgreich"], "failed": ["Aufladung fehlgeschlagen"]},
    "fr": {"success": ["Recharge réussie"], "failed": ["Échec de la recharge"]},
    "nl": {"success": ["Opwaardering geslaagd"], "failed": ["Opwaardering mislukt"]},
    "it": {"success": ["Ricarica completata"], "failed": ["Ricarica non riuscita"]},
}


def game_credit_topup(rng: random.Random, font: str):
    """A game's credits topped up for a player (Codashop, Midasbuy, Xsolla, Razer Gold) or a game code bought
    (Eneba, Gameforge, Ankama Shop, Startselect, Instant Gaming): the shop on top (the payee), the game and its
    publisher (never), the player's id and zone and in-game name (never the id, never the payee), a redeem code
    (never the id), bonus credits and a promo, GST or VAT included, up to three numbers (the payment's, the order's,
    the invoice's), an outcome in the shop's words in a share."""
    currency, shop, lang = _issuer(rng, TOPUP_SHOPS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", shop)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Top-up receipt", "Order receipt", "Purchase summary"],
                de=["Bestellbestätigung", "Kaufbeleg"],
                fr=["Récapitulatif de commande", "Reçu d'achat"],
                nl=["Bestelbevestiging", "Aankoopbewijs"],
                it=["Riepilogo ordine", "Ricevuta d'acquisto"],
            ),
        )
    )
    status, words = _outcome71(rng, 0.65, currency, lang, TOPUP_WORDS, 0.6, 0.25)
    _status66(rng, rows, words, lang)
    product = ""
    if currency in GAME_CREDITS:
        game, publisher, unit, packs = rng.choice(GAME_CREDITS[currency])
        units, price = rng.choice(packs)
        rows.append(("pair", "Game", game))
        if shown(rng, 0.5):
            rows.append(("pair", rng.choice(["Publisher", "Developer"]), publisher))
        player = digits(rng, rng.choice([9, 10, 11]))
        if "Legends" in game:
            player += f" ({digits(rng, 4)})"
        rows.append(("pair", rng.choice(["Player ID", "User ID", "Character ID"]), player))
        if shown(rng, 0.4):
            rows.append(("pair", rng.choice(["In-game name", "Nickname", "Username"]), rng.choice(GAMERS)))
        rows.append(("rule",))
        rows.append(("pair", f"{units:,} {unit}", _m(price, grouping)))
        if shown(rng, 0.4):
            rows.append(("small", f"Bonus: +{units // 10} {unit} (first top-up)"))
    else:
        product, publisher, price = rng.choice(GAME_CODES[key])
        rows.append(
            (
                "pair",
                _say(
                    rng, lang, en=["Product"], de=["Artikel"], fr=["Produit"], nl=["Product"], it=["Prodotto"]
                ),
                product,
            )
        )
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Publisher"],
                        de=["Publisher", "Hersteller"],
                        fr=["Éditeur"],
                        nl=["Uitgever"],
                        it=["Editore"],
                    ),
                    publisher,
                )
            )
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    _say(
                        rng, lang, en=["Account"], de=["Konto"], fr=["Compte"], nl=["Account"], it=["Account"]
                    ),
                    rng.choice(GAMERS),
                )
            )
        rows.append(("rule",))
        rows.append(("pair", product, _m(price, grouping)))
    total = price
    if shown(rng, 0.3):
        off = round(price * 0.05, 2) if currency != "INR" else float(max(5, round(price * 0.05)))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Promo {code(rng, 6, UPPER)}", "Discount"],
                    de=["Rabatt"],
                    fr=["Remise"],
                    nl=["Korting"],
                    it=["Sconto"],
                ),
                "-" + _m(off, grouping),
            )
        )
        total = round(total - off, 2)
    voucher = any(word in product for word in ("gift card", "Wallet", "Guthaben", "tegoed", "Ricarica"))
    if currency == "INR" or (not voucher and shown(rng, 0.5)):
        if currency == "USD":
            total = _vat66(rng, rows, grouping, total, currency, lang, "added", 0.06)
        elif currency == "INR":
            _vat66(rng, rows, grouping, total, currency, lang, "included", india_rate=0.09)
        else:
            _vat66(rng, rows, grouping, total, currency, lang, "included")
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "UPI", "card", "wallet", "netbanking"] if currency == "INR" else ["card", "wallet"]
    if shop == "Razer Gold" and not (words and any(word in words for word in CARD_WORDS)) and shown(rng, 0.5):
        rows.append(("pair", "Paid with" if status in (None, "success") else "Method", "Razer Gold wallet"))
        method = "wallet"
    else:
        method = _pay71(rng, rows, currency, lang, kinds, 0.2, True, status, words)
    if key in GAME_CODES and status in (None, "success") and shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Redeem code", "Your code"],
                    de=["Code", "Aktivierungscode"],
                    fr=["Code d'activation"],
                    nl=["Activeringscode"],
                    it=["Codice"],
                ),
                "-".join(code(rng, 5, ALNUM) for _ in range(3)),
            )
        )
    txn = _ids71(
        rng,
        rows,
        lang,
        [
            (PAY_ID, code(rng, 16, ALNUM) if currency != "INR" else digits(rng, 14)),
            (ORDER_ID, f"{code(rng, 2, UPPER)}{digits(rng, 10)}"),
        ],
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
            "en": ["Date", "Order date", "Purchased on"],
            "de": ["Datum", "Kaufdatum"],
            "fr": ["Date", "Date d'achat"],
            "nl": ["Datum", "Aankoopdatum"],
            "it": ["Data", "Data acquisto"],
        }[lang],
        0.2,
        0.6,
        status,
    )
    if status in ("failed", "pending"):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[
                        "If money was deducted, it will be refunded within 5-7 working days.",
                        f"A refund of {fmt(total)} will be initiated if your account was debited.",
                    ],
                    de=["Falls Geld abgebucht wurde, wird es innerhalb von 5-7 Werktagen erstattet."],
                    fr=["Si vous avez été débité, le remboursement intervient sous 5 à 7 jours ouvrés."],
                    nl=["Als er geld is afgeschreven, wordt het binnen 5-7 werkdagen teruggestort."],
                    it=["Se l'importo è stato addebitato, verrà rimborsato entro 5-7 giorni lavorativi."],
                ),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Credits are non-refundable once added to the game account.",
            "Need help? Visit our help centre.",
        ],
        de=["Digitale Codes sind vom Umtausch ausgeschlossen."],
        fr=["Les codes numériques ne sont ni repris ni échangés."],
        nl=["Digitale codes worden niet teruggenomen."],
        it=["I codici digitali non sono rimborsabili."],
    )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, DARK, EMAIL]), shop)


# ---------------------------------------------------------------- 2 a domain name's renewal


REGISTRARS = {
    "INR": [("BigRock", "en"), ("ZNetLive", "en")],
    "GBP": [("123 Reg", "en"), ("Names.co.uk", "en")],
    "USD": [("Porkbun", "en")],
    "EUR": [("Blacknight", "en"), ("INWX", "de"), ("Gandi", "fr"), ("TransIP", "nl"), ("Aruba.it", "it")],
}
DOMAINS = {
    "INR": [("kaveritraders.in", 799.0), ("pixelmitra.com", 1149.0), ("saikrupa.co.in", 649.0)],
    "GBP": [("pembrokedental.co.uk", 9.99), ("kinrosscycles.uk", 8.49), ("wrenfieldjoinery.com", 14.99)],
    "USD": [("mapleavebakery.com", 11.08), ("bluegrasstax.net", 12.52)],
    "IE": [("shannonkitchens.ie", 24.99), ("burrenwalks.com", 16.99)],
    "de": [("malerei-krueger.de", 6.90), ("fahrschule-yilmaz.de", 6.90)],
    "fr": [("menuiserie-lebrun.fr", 12.48), ("fromagerie-roussel.com", 17.88)],
    "nl": [("fietsenmakerbakker.nl", 9.99), ("bloemenhuisfleur.nl", 9.99)],
    "it": [("panificiorusso.it", 8.99), ("studiobianchi.it", 8.99)],
}


def domain_renewal(rng: random.Random, font: str):
    """A domain name's renewal invoice at a registrar (BigRock, ZNetLive, 123 Reg, Names.co.uk, Porkbun,
    Blacknight, INWX, Gandi, TransIP, Aruba.it): the registrar on top (the payee), the account holder and the
    registrant's business (never), a customer id (never the id), the domain for a year or two, privacy, mailbox and
    ICANN lines (inside the amount), account credit applied (taken off), GST or VAT added, the registrar's tax
    number, the new expiry and the old one and next year's price (never the day paid or the amount), up to three
    numbers (the payment's, the order's, the invoice's)."""
    currency, registrar, lang = _issuer(rng, REGISTRARS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", registrar)]
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(_tax_ids(rng, key))))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Renewal invoice", "Tax invoice", "Order confirmation", "Your renewal receipt"],
                de=["Rechnung", "Verlängerung Ihrer Domain"],
                fr=["Facture", "Confirmation de renouvellement"],
                nl=["Factuur", "Verlengingsbevestiging"],
                it=["Fattura", "Conferma rinnovo"],
            ),
        )
    )
    status, words = _outcome71(rng, 0.55, currency, lang, None, 0.6, 0.2)
    _status66(rng, rows, words, lang)
    holder = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Account holder", "Customer", "Bill to"],
                de=["Kunde", "Rechnungsempfänger"],
                fr=["Client", "Titulaire du compte"],
                nl=["Klant", "Factuuradres"],
                it=["Cliente", "Intestatario"],
            ),
            holder,
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Customer ID", "Account no."],
                    de=["Kundennummer"],
                    fr=["N° client"],
                    nl=["Klantnummer"],
                    it=["Codice cliente"],
                ),
                digits(rng, rng.choice([6, 7, 8])),
            )
        )
    domain, price = rng.choice(DOMAINS[key])
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Registrant", "Organisation"],
                    de=["Domaininhaber"],
                    fr=["Titulaire"],
                    nl=["Houder"],
                    it=["Registrante"],
                ),
                _firm(rng, currency, lang),
            )
        )
    rows.append(("rule",))
    years = rng.choice([1, 1, 1, 2])
    term = _say(
        rng,
        lang,
        en=[f"{years} year" + ("s" if years > 1 else "")],
        de=[f"{years} Jahr" + ("e" if years > 1 else "")],
        fr=[f"{years} an" + ("s" if years > 1 else "")],
        nl=[f"{years} jaar"],
        it=[f"{years} anno" if years == 1 else f"{years} anni"],
    )
    renew = _say(
        rng,
        lang,
        en=["Domain renewal", "Renewal"],
        de=["Verlängerung"],
        fr=["Renouvellement"],
        nl=["Verlenging"],
        it=["Rinnovo"],
    )
    net = round(price * years, 2)
    rows.append(("pair", f"{renew} {domain} ({term})", _m(net, grouping)))
    if shown(rng, 0.4):
        extra = (
            _say(
                rng,
                lang,
                en=["WHOIS privacy", "ID protection"],
                de=["Whois-Datenschutz"],
                fr=["Protection Whois"],
                nl=["Whois-privacy"],
                it=["Privacy Whois"],
            ),
            {"INR": 499.0}.get(currency, 4.99),
        )
        rows.append(("pair", extra[0], _m(round(extra[1] * years, 2), grouping)))
        net = round(net + extra[1] * years, 2)
    if shown(rng, 0.3):
        mail = {"INR": 900.0}.get(currency, 12.0)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Email hosting - 1 mailbox (12 months)"],
                    de=["E-Mail-Postfach (12 Monate)"],
                    fr=["Boîte mail (12 mois)"],
                    nl=["E-mailbox (12 maanden)"],
                    it=["Casella email (12 mesi)"],
                ),
                _m(mail, grouping),
            )
        )
        net = round(net + mail, 2)
    if currency == "USD" and shown(rng, 0.6):
        rows.append(("pair", "ICANN fee", _m(0.20 * years, grouping)))
        net = round(net + 0.20 * years, 2)
    if shown(rng, 0.3):
        credit = round(min(net * 0.3, {"INR": 250.0}.get(currency, 5.0)), 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Account credit applied", "Credit used"],
                    de=["Guthaben verrechnet"],
                    fr=["Crédit appliqué"],
                    nl=["Tegoed verrekend"],
                    it=["Credito utilizzato"],
                ),
                "-" + _m(credit, grouping),
            )
        )
        net = round(net - credit, 2)
    total = net
    if currency != "USD":
        total = _vat66(
            rng, rows, grouping, net, currency, lang, "added", india_rate=0.09, net_line=shown(rng, 0.5)
        )
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "card", "netbanking", "wallet"] if currency == "INR" else ["card", "wallet", "netbanking"]
    method = _pay71(rng, rows, currency, lang, kinds, 0.2, True, status, words)
    expiry = _later(when, rng, 5, 60)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["New expiry date", "Renewed until", "Expires on"],
                de=["Neues Ablaufdatum", "Läuft ab am"],
                fr=["Nouvelle date d'expiration"],
                nl=["Nieuwe verloopdatum"],
                it=["Nuova scadenza"],
            ),
            _d(
                expiry.replace(year=expiry.year + years)
                if expiry.month * 100 + expiry.day != 229
                else expiry,
                pattern,
                lang,
            ),
        )
    )
    if shown(rng, 0.3):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Previous expiry"],
                    de=["Bisheriges Ablaufdatum"],
                    fr=["Ancienne expiration"],
                    nl=["Vorige verloopdatum"],
                    it=["Scadenza precedente"],
                ),
                _d(expiry, pattern, lang),
            )
        )
    txn = _ids71(
        rng,
        rows,
        lang,
        [
            (PAY_ID, code(rng, 12, ALNUM)),
            (ORDER_ID, digits(rng, rng.choice([7, 8, 9]))),
            (INVOICE_ID, f"{rng.choice(['INV', 'R', 'F'])}{when.year}-{digits(rng, 6)}"),
        ],
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
            "en": ["Invoice date", "Date", "Paid on", "Order date"],
            "de": ["Rechnungsdatum", "Datum"],
            "fr": ["Date de facture", "Date"],
            "nl": ["Factuurdatum", "Datum"],
            "it": ["Data fattura", "Data"],
        }[lang],
        0.2,
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
                    en=[f"Next year's renewal price: {_m(price, grouping)} + tax"],
                    de=[f"Verlängerungspreis im Folgejahr: {_m(price, grouping)}"],
                    fr=[f"Prix du renouvellement l'an prochain : {_m(price, grouping)} HT"],
                    nl=[f"Verlengingsprijs volgend jaar: {_m(price, grouping)} excl. btw"],
                    it=[f"Prezzo di rinnovo l'anno prossimo: {_m(price, grouping)} + IVA"],
                ),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Auto-renew is on for this domain.",
            "Domains not renewed by expiry enter a 30-day grace period.",
        ],
        de=["Die automatische Verlängerung ist aktiviert."],
        fr=["Le renouvellement automatique est activé."],
        nl=["Automatisch verlengen staat aan."],
        it=["Il rinnovo automatico è attivo."],
    )
    truth = truth_fields(registrar, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, A4, SCREEN]), registrar)


# ---------------------------------------------------------------- 3 an audiobook or e-book shop's order


BOOKSHOPS = {
    "INR": [("Kuku FM", "en"), ("Storytel", "en")],
    "GBP": [("Audible", "en")],
    "USD": [("Libro.fm", "en")],
    "EUR": [("Kobo", "en"), ("Thalia", "de"), ("Kobo by Fnac", "fr"), ("BookBeat", "nl"), ("IBS.it", "it")],
}
# (title, author, narrator)
TITLES = [
    ("The Monsoon Ledger", "Kavya Raman", "Arjun Sen"),
    ("Salt Roads", "Eleanor Pryce", "Tom Hadley"),
    ("A Quiet Harbour", "Niamh Brennan", "Aoife Walsh"),
    ("Der stille Fluss", "Jonas Berger", "Anna Lenz"),
    ("Les Heures bleues", "Claire Dumas", "Hugo Martin"),
    ("Het laatste licht", "Eva Smits", "Pieter Kok"),
    ("La casa sul lago", "Sara Colombo", "Dario Villa"),
    ("Deep Work Habits", "Rahul Khanna", "Vikram Bose"),
]
BOOK_PRICE = {"INR": (199.0, 599.0), "GBP": (6.99, 24.99), "USD": (14.99, 29.99), "EUR": (7.99, 24.99)}
PLANS = {
    "INR": [("Premium - 1 month", 99.0), ("Premium - 12 months", 999.0), ("Unlimited - 3 months", 449.0)],
    "GBP": [("Premium Plus - monthly", 7.99)],
    "USD": [("Membership - monthly", 14.99)],
    "IE": [("Kobo Plus Read & Listen - monthly", 12.99)],
    "de": [("tolino select - Monatsabo", 9.99)],
    "fr": [("Kobo Plus Lecture - mensuel", 9.99)],
    "nl": [("BookBeat Standard - maand", 16.99), ("BookBeat Basic - maand", 12.99)],
    "it": [("Kobo Plus - mensile", 9.99)],
}
BOOK_VAT = {"GBP": 0.0, "IE": 0.09, "de": 0.07, "fr": 0.055, "nl": 0.09, "it": 0.04}


def audiobook_order(rng: random.Random, font: str):
    """An audiobook or e-book shop's order (Kuku FM, Storytel, Audible, Libro.fm, Kobo, Thalia, Kobo by Fnac,
    BookBeat, IBS.it): the shop on top (the payee), titles with their author and narrator (never the payee), a plan
    with its period (never the day paid), a title taken with a credit (no money), a member price under a list price
    (never the amount), a gift for a recipient and its delivery day (never), an ISBN (never the id), VAT or GST
    included, up to three numbers."""
    currency, shop, lang = _issuer(rng, BOOKSHOPS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", shop)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Order confirmation", "Your receipt", "Purchase receipt"],
                de=["Bestellbestätigung", "Ihre Rechnung"],
                fr=["Confirmation de commande", "Votre reçu"],
                nl=["Bevestiging van je bestelling", "Je ontvangstbewijs"],
                it=["Conferma d'ordine", "La tua ricevuta"],
            ),
        )
    )
    status, words = _outcome71(rng, 0.5, currency, lang, None, 0.6, 0.2)
    _status66(rng, rows, words, lang)
    reader = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Account", "Customer"],
                de=["Kundenkonto", "Kunde"],
                fr=["Compte", "Client"],
                nl=["Account", "Klant"],
                it=["Account", "Cliente"],
            ),
            _email(reader, rng.choice(["gmail.com", "outlook.com", "icloud.com"])),
        )
    )
    rows.append(("rule",))
    low, high = BOOK_PRICE[currency]
    total = 0.0
    plan_only = shop in ("Kuku FM", "Storytel", "BookBeat")
    plan = plan_only or shown(rng, 0.35)
    if plan:
        name, fee = rng.choice(PLANS[key])
        rows.append(("pair", name, _m(fee, grouping)))
        total = fee
        start = when + dt.timedelta(days=rng.choice([0, 0, 1]))
        end = _through(start, 12 if "12" in name else (3 if "3 months" in name else 1))
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Period: "],
                    de=["Zeitraum: "],
                    fr=["Période : "],
                    nl=["Periode: "],
                    it=["Periodo: "],
                )
                + f"{_d(start, pattern, lang)} - {_d(end, pattern, lang)}",
            )
        )
    picks = [] if plan_only else rng.sample(TITLES, rng.choice([1, 1, 2]))
    gift = None
    if plan_only and shown(rng, 0.4):
        title, author, narrator = rng.choice(TITLES)
        rows.append(
            (
                "small",
                _say(rng, lang, en=["Continue listening: "], nl=["Verder luisteren: "])
                + f"{title} - {author}"
                + _say(rng, lang, en=[", read by "], nl=[", voorgelezen door "])
                + narrator,
            )
        )
    if plan_only and shown(rng, 0.7):
        gift = _other(rng, currency, lang, reader)
        rows.append(("pair", _say(rng, lang, en=["Gift for", "Recipient"], nl=["Cadeau voor"]), gift))
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Gift delivery date", "Send on"], nl=["Bezorgen op"]),
                _d(_later(when, rng, 1, 20), pattern, lang),
            )
        )
    for index, (title, author, narrator) in enumerate(picks):
        by = _say(rng, lang, en=["by"], de=["von"], fr=["de"], nl=["door"], it=["di"])
        kind = rng.choice(["Audiobook", "eBook"])
        rows.append(("left", f"{title} ({kind})"))
        line = f"  {by} {author}"
        if kind == "Audiobook" and shown(rng, 0.4):
            line += (
                _say(
                    rng,
                    lang,
                    en=[", narrated by "],
                    de=[", gelesen von "],
                    fr=[", lu par "],
                    nl=[", voorgelezen door "],
                    it=[", letto da "],
                )
                + narrator
            )
        rows.append(("small", line))
        if plan and index == 0 and shop in ("Audible", "Libro.fm", "Kobo") and shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["1 credit used", "Redeemed with 1 credit"],
                        de=["1 Guthaben eingelöst"],
                        fr=["1 crédit utilisé"],
                        nl=["1 tegoed gebruikt"],
                        it=["1 credito utilizzato"],
                    ),
                    _m(0.0, grouping),
                )
            )
            continue
        list_price = round(rng.uniform(low, high), 0 if currency == "INR" else 2)
        if currency != "INR":
            list_price = float(int(list_price)) + 0.99
        price = list_price
        if shown(rng, 0.4):
            price = round(list_price * 0.7, 2)
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["List price", "RRP"],
                        de=["Listenpreis"],
                        fr=["Prix public"],
                        nl=["Adviesprijs"],
                        it=["Prezzo di listino"],
                    ),
                    _m(list_price, grouping),
                )
            )
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Member price"],
                        de=["Mitgliederpreis"],
                        fr=["Prix membre"],
                        nl=["Ledenprijs"],
                        it=["Prezzo soci"],
                    ),
                    _m(price, grouping),
                )
            )
        else:
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Price"], de=["Preis"], fr=["Prix"], nl=["Prijs"], it=["Prezzo"]),
                    _m(price, grouping),
                )
            )
        if shown(rng, 0.3):
            rows.append(("small", f"ISBN 978{digits(rng, 10)}"))
        if gift is None and shown(rng, 0.7 if len(picks) == 1 else 0.8):
            gift = _other(rng, currency, lang, reader)
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Gift for", "Recipient"],
                        de=["Geschenk für"],
                        fr=["Cadeau pour"],
                        nl=["Cadeau voor"],
                        it=["Regalo per"],
                    ),
                    gift,
                )
            )
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Gift delivery date", "Send on"],
                        de=["Zustellung am"],
                        fr=["Envoi le"],
                        nl=["Bezorgen op"],
                        it=["Consegna il"],
                    ),
                    _d(_later(when, rng, 1, 20), pattern, lang),
                )
            )
        total = round(total + price, 2)
    if total <= 0:
        fee = {"INR": 199.0}.get(currency, 9.99)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Extra credit"],
                    de=["Zusatzguthaben"],
                    fr=["Crédit supplémentaire"],
                    nl=["Extra tegoed"],
                    it=["Credito extra"],
                ),
                _m(fee, grouping),
            )
        )
        total = fee
    if currency == "INR":
        _vat66(rng, rows, grouping, total, currency, lang, "included", india_rate=0.09)
    elif BOOK_VAT.get(key):
        _vat66(rng, rows, grouping, total, currency, lang, "included", BOOK_VAT[key])
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "UPI", "card", "wallet"] if currency == "INR" else ["card", "wallet"]
    method = _pay71(rng, rows, currency, lang, kinds, 0.2, True, status, words)
    txn = _ids71(
        rng,
        rows,
        lang,
        [
            (PAY_ID, digits(rng, 12) if currency == "INR" else code(rng, 14, ALNUM)),
            (ORDER_ID, f"{code(rng, 1, UPPER)}{digits(rng, 2)}-{digits(rng, 7)}-{digits(rng, 7)}"),
            (INVOICE_ID, f"{code(rng, 2, UPPER)}{digits(rng, 8)}"),
        ],
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
            "en": ["Order date", "Purchased on", "Date"],
            "de": ["Bestelldatum", "Kaufdatum"],
            "fr": ["Date de commande", "Date d'achat"],
            "nl": ["Besteldatum", "Aankoopdatum"],
            "it": ["Data ordine", "Data acquisto"],
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
        en=["Titles are in your library on the app.", "Gifts can be redeemed within 12 months."],
        de=["Ihre Titel finden Sie in Ihrer Bibliothek."],
        fr=["Vos titres sont disponibles dans votre bibliothèque."],
        nl=["Je titels staan in je bibliotheek."],
        it=["I titoli sono nella tua libreria."],
    )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, SCREEN, DARK]), shop)


# ---------------------------------------------------------------- 4 a security software licence


SECURITY = {
    "INR": [("Quick Heal Technologies Ltd", "en"), ("K7 Computing Pvt Ltd", "en")],
    "GBP": [("Scan Computers", "en")],
    "USD": [("Malwarebytes", "en")],
    "EUR": [
        ("ESET Ireland", "en"),
        ("G DATA CyberDefense", "de"),
        ("LDLC", "fr"),
        ("Alternate", "nl"),
        ("TG Soft", "it"),
    ],
}
# by the seller: (product, price, publisher where a reseller sells another maker's product)
SECURITY_PRODUCTS = {
    "Quick Heal Technologies Ltd": [
        ("Quick Heal Total Security - 3 PC, 1 year", 1999.0, None),
        ("Quick Heal Internet Security - 1 PC, 3 years", 2799.0, None),
    ],
    "K7 Computing Pvt Ltd": [
        ("K7 Total Security - 1 PC, 1 year", 749.0, None),
        ("K7 Ultimate Security - 3 devices, 1 year", 1449.0, None),
    ],
    "Scan Computers": [
        ("Norton 360 Deluxe - 5 devices, 1 year", 34.99, "Gen Digital Inc."),
        ("Kaspersky Premium - 3 devices, 1 year", 39.99, "Kaspersky Lab UK Ltd"),
    ],
    "Malwarebytes": [
        ("Malwarebytes Premium - 1 device, 1 year", 44.99, None),
        ("Malwarebytes Premium - 5 devices, 1 year", 79.99, None),
    ],
    "ESET Ireland": [
        ("ESET HOME Security Essential - 3 devices, 1 year", 49.99, None),
        ("ESET HOME Security Premium - 5 devices, 2 years", 149.99, None),
    ],
    "G DATA CyberDefense": [
        ("G DATA Total Security - 3 Geräte, 1 Jahr", 59.95, None),
        ("G DATA Internet Security - 1 Gerät, 2 Jahre", 69.95, None),
    ],
    "LDLC": [
        ("Bitdefender Total Security - 5 appareils, 1 an", 39.99, "Bitdefender SRL"),
        ("Kaspersky Standard - 3 appareils, 1 an", 29.99, "Kaspersky Lab"),
    ],
    "Alternate": [
        ("Norton 360 Standard - 1 apparaat, 1 jaar", 24.99, "Gen Digital Inc."),
        ("McAfee Total Protection - 5 apparaten, 1 jaar", 34.99, "McAfee LLC"),
    ],
    "TG Soft": [
        ("Vir.IT eXplorer PRO - 1 PC, 1 anno", 49.0, None),
        ("Vir.IT eXplorer PRO - 3 PC, 1 anno", 119.0, None),
    ],
}


def security_licence(rng: random.Random, font: str):
    """A security software licence's invoice (Quick Heal, K7, Scan Computers, Malwarebytes, ESET Ireland, G DATA,
    LDLC, Alternate, TG Soft): the seller on top (the payee), the publisher a reseller names (never the payee),
    the licensee (a person or a business, never), the licence key (never the id), the licence's period and its
    auto-renewal day (never the day paid), a list price and a saving (never the amount), GST, VAT or sales tax added
    or included, the seller's tax number, up to three numbers."""
    currency, seller, lang = _issuer(rng, SECURITY)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", seller)]
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(_tax_ids(rng, key, "27"))))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Tax Invoice", "Order confirmation", "Licence & receipt"],
                de=["Rechnung", "Lizenzbestätigung"],
                fr=["Facture", "Confirmation de commande"],
                nl=["Factuur", "Orderbevestiging"],
                it=["Fattura", "Ricevuta"],
            ),
        )
    )
    status, words = _outcome71(rng, 0.5, currency, lang, None, 0.6, 0.2)
    _status66(rng, rows, words, lang)
    licensee = _firm(rng, currency, lang) if shown(rng, 0.4) else _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Licensed to", "Bill to", "Customer"],
                de=["Lizenznehmer", "Kunde"],
                fr=["Client", "Licencié"],
                nl=["Licentiehouder", "Klant"],
                it=["Intestatario", "Cliente"],
            ),
            licensee,
        )
    )
    product, price, publisher = rng.choice(SECURITY_PRODUCTS[seller])
    if shown(rng, 0.75):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Registered device IMEI", "Device IMEI"],
                    de=["Geräte-IMEI"],
                    fr=["IMEI de l'appareil"],
                    nl=["IMEI toestel"],
                    it=["IMEI dispositivo"],
                ),
                f"35{digits(rng, 13)}",
            )
        )
    rows.append(("rule",))
    qty = rng.choice([1, 1, 1, 2])
    rows.append(("pair", f"{qty} x {product}" if qty > 1 else product, _m(round(price * qty, 2), grouping)))
    net = round(price * qty, 2)
    if publisher:
        rows.append(
            (
                "pair",
                _say(
                    rng, lang, en=["Publisher", "Manufacturer"], fr=["Éditeur"], nl=["Uitgever", "Fabrikant"]
                ),
                publisher,
            )
        )
    if shown(rng, 0.4):
        rrp = round(price * rng.choice([1.5, 1.6, 2.0]), 2)
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"RRP {_m(rrp, grouping)} - you save {_m(round(rrp - price, 2), grouping)}"],
                    de=[f"UVP {_m(rrp, grouping)}"],
                    fr=[f"Prix conseillé {_m(rrp, grouping)}"],
                    nl=[f"Adviesprijs {_m(rrp, grouping)}"],
                    it=[f"Prezzo consigliato {_m(rrp, grouping)}"],
                ),
            )
        )
    if currency == "INR":
        total = _vat66(
            rng, rows, grouping, net, currency, lang, "added", india_rate=0.09, net_line=shown(rng, 0.5)
        )
    elif currency == "USD":
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", 0.0625) if shown(rng, 0.5) else net
    elif lang == "it":
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", net_line=True)
    else:
        total = _vat66(rng, rows, grouping, net, currency, lang, "included")
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "card", "netbanking", "wallet"] if currency == "INR" else ["card", "wallet", "netbanking"]
    method = _pay71(rng, rows, currency, lang, kinds, 0.2, True, status, words)
    if status in (None, "success"):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Licence key", "Product key", "Activation code"],
                    de=["Lizenzschlüssel"],
                    fr=["Clé de licence"],
                    nl=["Licentiesleutel"],
                    it=["Chiave di licenza", "Codice di attivazione"],
                ),
                "-".join(code(rng, 5, ALNUM) for _ in range(rng.choice([4, 5]))),
            )
        )
    start = _later(when, rng, 0, 30)
    years = 3 if "3 years" in product else (2 if "2 years" in product or "2 Jahre" in product else 1)
    end = start + dt.timedelta(days=365 * years - 1)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Licence period", "Valid"],
                de=["Laufzeit"],
                fr=["Validité"],
                nl=["Looptijd"],
                it=["Validità"],
            ),
            f"{_d(start, pattern, lang)} - {_d(end, pattern, lang)}",
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Auto-renews on "],
                    de=["Automatische Verlängerung am "],
                    fr=["Renouvellement automatique le "],
                    nl=["Wordt automatisch verlengd op "],
                    it=["Rinnovo automatico il "],
                )
                + _d(end + dt.timedelta(days=1), pattern, lang),
            )
        )
    txn = _ids71(
        rng,
        rows,
        lang,
        [
            (PAY_ID, digits(rng, 12) if currency == "INR" else code(rng, 10, ALNUM)),
            (ORDER_ID, f"{digits(rng, 3)}-{digits(rng, 7)}"),
            (INVOICE_ID, f"{code(rng, 2, UPPER)}/{when.year % 100}/{digits(rng, 5)}"),
        ],
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
            "en": ["Invoice date", "Order date", "Date"],
            "de": ["Rechnungsdatum", "Bestelldatum"],
            "fr": ["Date de facture", "Date"],
            "nl": ["Factuurdatum", "Orderdatum"],
            "it": ["Data fattura", "Data"],
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
            "Your licence key is also saved in your account.",
            "Digital products cannot be returned once activated.",
        ],
        de=["Digitale Produkte sind nach Aktivierung vom Widerruf ausgeschlossen."],
        fr=["Les logiciels activés ne sont ni repris ni échangés."],
        nl=["Geactiveerde software wordt niet teruggenomen."],
        it=["Il software attivato non è rimborsabile."],
    )
    truth = truth_fields(seller, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([A4, EMAIL, SCREEN]), seller)


# ---------------------------------------------------------------- 5 a fitness app's renewal


FITNESS = {
    "INR": [("HealthifyMe", "en"), ("Fittr", "en")],
    "GBP": [("Runna", "en")],
    "USD": [("Fitbod", "en")],
    "EUR": [
        ("Strava", "en"),
        ("Freeletics", "de"),
        ("Freeletics", "fr"),
        ("Virtuagym", "nl"),
        ("Sweat", "it"),
    ],
}
FITNESS_PLANS = {
    "INR": [
        ("Smart Plan - 3 months", 2499.0, 3),
        ("Coach Plan - 6 months", 5999.0, 6),
        ("Pro - 12 months", 7999.0, 12),
    ],
    "GBP": [("Runna Premium - annual", 89.99, 12), ("Runna Premium - monthly", 14.99, 1)],
    "USD": [("Fitbod Elite - yearly", 79.99, 12), ("Fitbod Elite - monthly", 15.99, 1)],
    "IE": [("Strava Subscription - annual", 79.99, 12), ("Strava Subscription - monthly", 11.99, 1)],
    "de": [("Coach - 12 Monate", 119.99, 12), ("Coach - 3 Monate", 49.99, 3)],
    "fr": [("Coach - 12 mois", 119.99, 12), ("Coach - 6 mois", 79.99, 6)],
    "nl": [("Virtuagym Pro - jaar", 59.99, 12), ("Virtuagym Pro - maand", 9.99, 1)],
    "it": [("Sweat - abbonamento annuale", 119.99, 12), ("Sweat - mensile", 19.99, 1)],
}
FITNESS_WORDS = {
    "en": {"failed": ["Renewal payment failed"], "pending": ["Renewal payment processing"]},
    "de": {"failed": ["Verlängerung fehlgeschlagen"]},
    "fr": {"failed": ["Échec du renouvellement"]},
    "nl": {"failed": ["Verlenging mislukt"]},
    "it": {"failed": ["Rinnovo non riuscito"]},
}


def fitness_app_renewal(rng: random.Random, font: str):
    """A fitness app's renewal receipt (HealthifyMe, Fittr, Runna, Fitbod, Strava, Freeletics, Virtuagym, Sweat):
    the app on top (the payee), the member and a coach (never the payee), a member id (never the id), the plan at
    its regular price with a renewal discount taken off, the plan's period, a trial's end and the next renewal
    (never the day paid), VAT or GST included or sales tax added, a retry day after a failure (never), up to three
    numbers (a gateway's charge id in both cases among them)."""
    currency, app, lang = _issuer(rng, FITNESS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", app)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Receipt", "Subscription receipt", "Membership renewal"],
                de=["Beleg", "Abo-Verlängerung"],
                fr=["Reçu", "Renouvellement d'abonnement"],
                nl=["Ontvangstbewijs", "Verlenging abonnement"],
                it=["Ricevuta", "Rinnovo abbonamento"],
            ),
        )
    )
    status, words = _outcome71(rng, 0.6, currency, lang, FITNESS_WORDS, 0.55, 0.3)
    _status66(rng, rows, words, lang)
    member = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Member", "Account", "Name"],
                de=["Mitglied", "Konto"],
                fr=["Membre", "Compte"],
                nl=["Lid", "Account"],
                it=["Iscritto", "Account"],
            ),
            member,
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Member ID", "Subscription ID"],
                    de=["Mitgliedsnummer"],
                    fr=["N° membre"],
                    nl=["Lidnummer"],
                    it=["ID abbonamento"],
                ),
                f"{code(rng, 3, UPPER)}{digits(rng, 7)}",
            )
        )
    if app in ("HealthifyMe", "Fittr") or shown(rng, 0.2):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Coach", "Your coach"],
                    de=["Dein Coach"],
                    fr=["Votre coach"],
                    nl=["Je coach"],
                    it=["Il tuo coach"],
                ),
                _pro(rng, currency, lang),
            )
        )
    rows.append(("rule",))
    plan, price, months = rng.choice(FITNESS_PLANS[key])
    rows.append(("pair", plan, _m(price, grouping)))
    total = price
    if shown(rng, 0.35):
        off = round(price * 0.2, 2) if currency != "INR" else float(round(price * 0.2))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Loyalty discount (20%)", "Renewal offer -20%"],
                    de=["Treuerabatt 20 %"],
                    fr=["Remise fidélité 20 %"],
                    nl=["Loyaliteitskorting 20%"],
                    it=["Sconto fedeltà 20%"],
                ),
                "-" + _m(off, grouping),
            )
        )
        total = round(total - off, 2)
    if currency == "USD":
        if shown(rng, 0.5):
            total = _vat66(rng, rows, grouping, total, currency, lang, "added", 0.04)
    elif currency == "INR":
        _vat66(rng, rows, grouping, total, currency, lang, "included", india_rate=0.09)
    else:
        _vat66(rng, rows, grouping, total, currency, lang, "included")
    start = when + dt.timedelta(days=rng.choice([0, 1]))
    end = _through(start, months)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Billing period", "Plan period"],
                de=["Abrechnungszeitraum"],
                fr=["Période"],
                nl=["Periode"],
                it=["Periodo"],
            ),
            f"{_d(start, pattern, lang)} - {_d(end, pattern, lang)}",
        )
    )
    if shown(rng, 0.3):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Free trial ended "],
                    de=["Probezeit endete am "],
                    fr=["Essai gratuit terminé le "],
                    nl=["Proefperiode eindigde op "],
                    it=["Prova gratuita terminata il "],
                )
                + _d(_earlier(when, rng, 30, 300), pattern, lang),
            )
        )
    _total68(rng, rows, fmt, total, status, lang)
    if status in (None, "success") and shown(rng, 0.2):
        refund = round(price * rng.choice([0.25, 0.4]), 2)
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[
                        f"Unused time on your previous plan ({_m(refund, grouping)}) was refunded separately."
                    ],
                    de=[f"Restguthaben des alten Tarifs ({_m(refund, grouping)}) wurde separat erstattet."],
                    fr=[
                        f"Le temps non utilisé de l'ancienne formule ({_m(refund, grouping)}) a été remboursé."
                    ],
                    nl=[
                        f"Ongebruikte tijd van je vorige abonnement ({_m(refund, grouping)}) is terugbetaald."
                    ],
                    it=[
                        f"Il periodo non usato del piano precedente ({_m(refund, grouping)}) è stato rimborsato."
                    ],
                ),
            )
        )
    kinds = ["UPI", "card", "wallet"] if currency == "INR" else ["card", "wallet"]
    method = _pay71(rng, rows, currency, lang, kinds, 0.2, True, status, words)
    txn = _ids71(
        rng,
        rows,
        lang,
        [
            (PAY_ID, _charge_id(rng) if shown(rng, 0.5) else code(rng, 14, ALNUM)),
            (ORDER_ID, f"{digits(rng, 4)}-{digits(rng, 4)}"),
            (INVOICE_ID, f"{code(rng, 4, UPPER)}-{digits(rng, 4)}"),
        ],
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
            "en": ["Date", "Charged on", "Payment date"],
            "de": ["Datum", "Zahlungsdatum"],
            "fr": ["Date", "Date du paiement"],
            "nl": ["Datum", "Betaaldatum"],
            "it": ["Data", "Data addebito"],
        }[lang],
        0.2,
        0.4,
        status,
    )
    if status == "failed":
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["We'll try your card again on "],
                    de=["Wir versuchen es erneut am "],
                    fr=["Nouvelle tentative le "],
                    nl=["We proberen het opnieuw op "],
                    it=["Nuovo tentativo il "],
                )
                + _d(_later(when, rng, 2, 5), pattern, lang),
            )
        )
    elif shown(rng, 0.5):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Next renewal: "],
                    de=["Nächste Verlängerung: "],
                    fr=["Prochain renouvellement : "],
                    nl=["Volgende verlenging: "],
                    it=["Prossimo rinnovo: "],
                )
                + _d(end + dt.timedelta(days=1), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Cancel anytime in Settings > Subscription.", "Your plan renews automatically until you cancel."],
        de=["Du kannst dein Abo jederzeit in den Einstellungen kündigen."],
        fr=["Résiliable à tout moment dans les réglages."],
        nl=["Je kunt op elk moment opzeggen in de instellingen."],
        it=["Puoi disdire in qualsiasi momento dalle impostazioni."],
    )
    truth = truth_fields(app, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, SCREEN, DARK]), app)


# ---------------------------------------------------------------- 6 a creator membership


CREATOR_PLATFORMS = {
    "INR": [("Cosmofeed", "en"), ("Superprofile", "en")],
    "GBP": [("Ko-fi", "en")],
    "USD": [("Patreon", "en")],
    "EUR": [
        ("Buy Me a Coffee", "en"),
        ("Steady", "de"),
        ("Tipeee", "fr"),
        ("Vriend van de Show", "nl"),
        ("Patreon", "it"),
    ],
}
CREATORS = {
    "INR": ["Chai & Code Podcast", "Mridula Sketches", "The Desi Chef Diaries"],
    "GBP": ["Moorland Birding Podcast", "Inky Fox Comics"],
    "USD": ["The Garage Luthier", "Night Shift Audio Drama"],
    "IE": ["Atlantic Surf Reports", "Tales from Tara Street"],
    "de": ["Zeitgeist Podcast", "Comicwerkstatt Lina"],
    "fr": ["Les Chroniques du Rail", "Atelier Céramique Rose"],
    "nl": ["De Fietsende Historicus", "Podcast Zout"],
    "it": ["Storie di Montagna", "Il Fumettista Errante"],
}
TIERS = {"INR": [("Supporter", 99.0), ("Insider", 299.0), ("Super fan", 799.0)]}
TIERS_EU = [("Supporter", 3.0), ("Insider", 5.0), ("Patron+", 10.0), ("Backstage", 15.0)]


def creator_membership(rng: random.Random, font: str):
    """A creator membership's receipt (Cosmofeed, Superprofile, Ko-fi, Patreon, Buy Me a Coffee, Steady, Tipeee,
    Vriend van de Show): the platform on top (the payee), the creator (never), the member or a gift's recipient
    (never), a patron id (never the id), a tier and a one-off tip (inside the amount), VAT or GST added, the billing
    period, a gift's start and the next charge (never the day paid), up to three numbers."""
    currency, platform, lang = _issuer(rng, CREATOR_PLATFORMS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", platform)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Membership receipt", "Payment receipt", "Receipt for your support"],
                de=["Zahlungsbeleg", "Beleg für deine Mitgliedschaft"],
                fr=["Reçu de paiement", "Reçu de votre soutien"],
                nl=["Betalingsbewijs", "Ontvangstbewijs lidmaatschap"],
                it=["Ricevuta di pagamento", "Ricevuta abbonamento"],
            ),
        )
    )
    status, words = _outcome71(rng, 0.5, currency, lang, None, 0.6, 0.2)
    _status66(rng, rows, words, lang)
    creator = rng.choice(CREATORS[key])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Creator", "Supporting", "Membership of"],
                de=["Creator", "Projekt"],
                fr=["Créateur", "Soutien à"],
                nl=["Maker", "Programma"],
                it=["Creator", "Autore"],
            ),
            creator,
        )
    )
    member = _who(rng, currency, lang)
    gift = shown(rng, 0.7)
    if gift:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Gift membership for", "Gifted to"],
                    de=["Geschenk für"],
                    fr=["Offert à"],
                    nl=["Cadeau voor"],
                    it=["Regalo per"],
                ),
                _who(rng, currency, lang),
            )
        )
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Gift starts"], de=["Beginn"], fr=["Début"], nl=["Start"], it=["Inizio"]),
                _d(_later(when, rng, 1, 15), pattern, lang),
            )
        )
    else:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Member", "Patron"],
                    de=["Mitglied"],
                    fr=["Membre"],
                    nl=["Lid"],
                    it=["Membro"],
                ),
                member,
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Patron ID", "Member ID"],
                    de=["Mitglieds-ID"],
                    fr=["ID membre"],
                    nl=["Lid-ID"],
                    it=["ID membro"],
                ),
                digits(rng, 9),
            )
        )
    rows.append(("rule",))
    tier, price = rng.choice(TIERS.get(currency, TIERS_EU))
    monthly = _say(
        rng,
        lang,
        en=["monthly", "per month"],
        de=["monatlich"],
        fr=["mensuel"],
        nl=["per maand"],
        it=["mensile"],
    )
    rows.append(("pair", f"{tier} ({monthly})", _m(price, grouping)))
    net = price
    if shown(rng, 0.3):
        tip = {"INR": 100.0}.get(currency, 5.0)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["One-time tip", "Extra support"],
                    de=["Einmaliges Trinkgeld"],
                    fr=["Pourboire unique"],
                    nl=["Eenmalige fooi"],
                    it=["Mancia una tantum"],
                ),
                _m(tip, grouping),
            )
        )
        net = round(net + tip, 2)
    total = net
    if currency == "INR" or currency != "USD" and shown(rng, 0.7):
        total = _vat66(
            rng, rows, grouping, net, currency, lang, "added", india_rate=0.09, net_line=shown(rng, 0.4)
        )
    elif currency == "USD" and shown(rng, 0.3):
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", 0.06)
    start = when
    end = _through(start, 1)
    if not gift:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Billing period"],
                    de=["Zeitraum"],
                    fr=["Période"],
                    nl=["Periode"],
                    it=["Periodo"],
                ),
                f"{_d(start, pattern, lang)} - {_d(end, pattern, lang)}",
            )
        )
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "card", "wallet"] if currency == "INR" else ["card", "wallet"]
    method = _pay71(rng, rows, currency, lang, kinds, 0.2, True, status, words)
    txn = _ids71(
        rng,
        rows,
        lang,
        [
            (PAY_ID, _charge_id(rng) if currency != "INR" else f"pay_{code(rng, 14, MIXED)}"),
            (INVOICE_ID, f"{digits(rng, 4)}-{digits(rng, 4)}"),
        ],
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
            "en": ["Date", "Charged on", "Payment date"],
            "de": ["Datum", "Zahlungsdatum"],
            "fr": ["Date", "Date de paiement"],
            "nl": ["Datum", "Betaaldatum"],
            "it": ["Data", "Data di pagamento"],
        }[lang],
        0.2,
        0.4,
        status,
    )
    if not gift and status != "failed" and shown(rng, 0.5):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Next charge on "],
                    de=["Nächste Abbuchung am "],
                    fr=["Prochain prélèvement le "],
                    nl=["Volgende betaling op "],
                    it=["Prossimo addebito il "],
                )
                + _d(end + dt.timedelta(days=1), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Memberships renew monthly until you cancel.",
            f"{creator} receives your support through {platform}.",
        ],
        de=["Die Mitgliedschaft verlängert sich monatlich, bis du kündigst."],
        fr=["L'abonnement se renouvelle chaque mois jusqu'à résiliation."],
        nl=["Het lidmaatschap wordt maandelijks verlengd tot je opzegt."],
        it=["L'abbonamento si rinnova ogni mese fino alla disdetta."],
    )
    truth = truth_fields(platform, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, SCREEN, DARK]), platform)


# ---------------------------------------------------------------- 7 a freelance marketplace's order


FREELANCE = {
    "INR": [("Truelancer", "en"), ("Fiverr", "en")],
    "GBP": [("PeoplePerHour", "en")],
    "USD": [("Upwork", "en")],
    "EUR": [("Fiverr", "en"), ("Malt", "de"), ("Malt", "fr"), ("Fiverr", "nl"), ("Addlance", "it")],
}
GIGS = {
    "INR": [
        ("Logo design for a bakery - 3 concepts", 4500.0),
        ("Shopify store setup", 12000.0),
        ("Translate 2,000 words English to Hindi", 3000.0),
    ],
    "en": [
        ("Logo design - premium package", 240.0),
        ("WordPress bug fixes (3 hours)", 135.0),
        ("Podcast editing - 4 episodes", 180.0),
    ],
    "USD": [
        ("Bookkeeping clean-up (10 hours)", 450.0),
        ("Product photo retouching x 20", 160.0),
        ("Landing page copywriting", 300.0),
    ],
    "de": [("Logo-Design Paket", 350.0), ("Übersetzung DE-EN, 3.000 Wörter", 270.0)],
    "fr": [("Création de site vitrine", 900.0), ("Traduction FR-EN, 2 000 mots", 160.0)],
    "nl": [("Logo ontwerp", 250.0), ("Video-editing YouTube", 120.0)],
    "it": [("Sviluppo landing page", 400.0), ("Traduzione IT-EN", 150.0)],
}
HANDLES = [
    "pixelcraft_studio",
    "anjali_designs",
    "wordsmith_tom",
    "devmarco",
    "lena_translates",
    "edit_by_joe",
]


def freelance_order(rng: random.Random, font: str):
    """A freelance marketplace's order receipt (Truelancer, Fiverr, PeoplePerHour, Upwork, Malt, Addlance): the
    marketplace on top (the payee), the freelancer or seller and the client (never), a milestone, a service fee and
    its VAT or GST (inside the amount), the delivery's due day (never the day paid), the freelancer's tax number
    (never the id), funds held until the client approves (terms, no outcome), up to three numbers."""
    currency, market, lang = _issuer(rng, FREELANCE)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", market)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Order receipt", "Payment receipt", "Invoice"],
                de=["Zahlungsbeleg", "Rechnung"],
                fr=["Reçu de paiement", "Facture"],
                nl=["Betalingsbewijs", "Factuur"],
                it=["Ricevuta di pagamento", "Fattura"],
            ),
        )
    )
    status, words = _outcome71(rng, 0.55, currency, lang, None, 0.6, 0.2)
    _status66(rng, rows, words, lang)
    freelancer = rng.choice(HANDLES) if market in ("Fiverr", "Truelancer") else _pro(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Freelancer", "Seller", "Talent"],
                de=["Freelancer", "Freiberufler/in"],
                fr=["Freelance", "Prestataire"],
                nl=["Freelancer", "Verkoper"],
                it=["Freelance", "Professionista"],
            ),
            freelancer,
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Client", "Buyer"],
                de=["Kunde"],
                fr=["Client"],
                nl=["Opdrachtgever", "Koper"],
                it=["Cliente"],
            ),
            _firm(rng, currency, lang) if shown(rng, 0.5) else _who(rng, currency, lang),
        )
    )
    if lang in ("de", "fr", "it") and shown(rng, 0.5):
        rows.append(("small", rng.choice(_tax_ids(rng, key))))
    rows.append(("rule",))
    gig, price = rng.choice(GIGS["INR" if currency == "INR" else ("USD" if currency == "USD" else lang)])
    if shown(rng, 0.3):
        price = round(price / 2, 2)
        gig += _say(
            rng,
            lang,
            en=[" - milestone 1 of 2"],
            de=[" - Meilenstein 1/2"],
            fr=[" - étape 1/2"],
            nl=[" - mijlpaal 1 van 2"],
            it=[" - fase 1 di 2"],
        )
    rows.append(("pair", gig, _m(price, grouping)))
    fee = round(price * 0.055 + {"INR": 0.0, "GBP": 2.0, "USD": 2.5}.get(currency, 2.0), 2)
    if currency == "INR":
        fee = float(round(fee))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Service fee", "Marketplace fee"],
                de=["Servicegebühr"],
                fr=["Frais de service"],
                nl=["Servicekosten"],
                it=["Commissione di servizio"],
            ),
            _m(fee, grouping),
        )
    )
    total = round(price + fee, 2)
    if currency == "INR":
        gst = round(fee * 0.18, 2)
        rows.append(("pair", "GST @ 18% on service fee", _m(gst, grouping)))
        total = round(total + gst, 2)
    elif currency != "USD" and shown(rng, 0.6):
        rate = {"GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22}[key]
        vat = round(fee * rate, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"VAT {rate * 100:g}% on fee"],
                    de=[f"MwSt. {rate * 100:g} % auf Gebühr"],
                    fr=[f"TVA {rate * 100:g} % sur frais"],
                    nl=[f"btw {rate * 100:g}% over kosten"],
                    it=[f"IVA {rate * 100:g}% su commissione"],
                ),
                _m(vat, grouping),
            )
        )
        total = round(total + vat, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Delivery due", "Expected delivery"],
                de=["Lieferung bis"],
                fr=["Livraison prévue"],
                nl=["Oplevering"],
                it=["Consegna prevista"],
            ),
            _d(_later(when, rng, 3, 21), pattern, lang),
        )
    )
    _total68(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "card", "netbanking", "wallet"] if currency == "INR" else ["card", "wallet"]
    method = _pay71(rng, rows, currency, lang, kinds, 0.2, True, status, words)
    txn = _ids71(
        rng,
        rows,
        lang,
        [
            (PAY_ID, code(rng, 12, ALNUM)),
            (ORDER_ID, f"FO{code(rng, 10, ALNUM)}" if market == "Fiverr" else digits(rng, 9)),
            (INVOICE_ID, f"{code(rng, 2, UPPER)}{digits(rng, 9)}"),
        ],
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
            "en": ["Order date", "Paid on", "Date"],
            "de": ["Bestelldatum", "Datum"],
            "fr": ["Date de commande", "Date"],
            "nl": ["Besteldatum", "Datum"],
            "it": ["Data ordine", "Data"],
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
        en=[f"Funds are held by {market} until you approve the delivery."],
        de=[f"{market} behält den Betrag ein, bis du die Lieferung freigibst."],
        fr=[f"Les fonds sont conservés par {market} jusqu'à validation de la mission."],
        nl=[f"{market} houdt het bedrag vast tot je de oplevering goedkeurt."],
        it=[f"{market} trattiene l'importo fino all'approvazione della consegna."],
    )
    truth = truth_fields(market, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, SCREEN, A4]), market)


# ---------------------------------------------------------------- 8 a street-food stall's printed token


STALLS = {
    "INR": [("Shree Krishna Chaat Bhandar", "en"), ("Anna's Dosa Corner", "en")],
    "GBP": [("Ali's Kebab Van", "en")],
    "USD": [("El Güero Taco Truck", "en")],
    "EUR": [
        ("Salthill Chip Van", "en"),
        ("Imbiss Kalle", "de"),
        ("Crêpes du Triskell", "fr"),
        ("Frietkraam De Gouden Friet", "nl"),
        ("Piadineria La Romagnola", "it"),
    ],
}
STALL_PLACES = {
    "INR": ["Stall 14, Khau Galli, Ghatkopar W", "Near Gate 2, VV Puram Food Street, Bengaluru"],
    "GBP": ["Pitch 6, Brick Lane Market", "Lay-by A38, Bodmin"],
    "USD": ["Corner of 5th & Main, Austin TX"],
    "IE": ["Promenade car park, Salthill, Galway"],
    "de": ["Am Bahnhofsvorplatz 1, Bochum"],
    "fr": ["Marché des Lices, Rennes"],
    "nl": ["Markt 12, Haarlem"],
    "it": ["Lungomare, Rimini"],
}
STREET_FOOD = {
    "INR": [
        ("Pani Puri", 40.0),
        ("Sev Puri", 60.0),
        ("Masala Dosa", 80.0),
        ("Ragda Pattice", 70.0),
        ("Dahi Puri", 70.0),
        ("Filter Coffee", 25.0),
    ],
    "GBP": [("Chicken doner wrap", 7.50), ("Lamb shish", 9.00), ("Chips", 3.00), ("Can of Coke", 1.50)],
    "USD": [
        ("Al pastor taco", 3.50),
        ("Carnitas burrito", 11.00),
        ("Horchata", 4.00),
        ("Chips & salsa", 3.75),
    ],
    "IE": [("Fish & chips", 12.50), ("Battered sausage", 3.20), ("Curry chips", 5.50), ("Can 7Up", 1.80)],
    "de": [
        ("Currywurst", 4.20),
        ("Pommes rot-weiß", 3.50),
        ("Bratwurst im Brötchen", 3.80),
        ("Cola 0,33", 2.20),
    ],
    "fr": [
        ("Galette complète", 7.50),
        ("Crêpe beurre-sucre", 3.50),
        ("Crêpe Nutella", 4.50),
        ("Cidre bolée", 3.00),
    ],
    "nl": [("Patat speciaal", 4.25), ("Frikandel", 2.75), ("Kroket", 2.95), ("Patat met", 3.50)],
    "it": [
        ("Piadina crudo e squacquerone", 7.50),
        ("Cassone", 6.50),
        ("Acqua 0,5", 1.50),
        ("Piadina Nutella", 5.00),
    ],
}
STALL_LICENCES = {
    "INR": lambda rng: f"FSSAI Lic. No. {digits(rng, 14)}",
    "GBP": lambda rng: f"Street Trading Licence ST/{digits(rng, 4)}",
    "USD": lambda rng: f"Mobile Food Vendor Permit MFV-{digits(rng, 5)}",
    "IE": lambda rng: f"Casual Trading Licence CT{digits(rng, 4)}",
    "de": lambda rng: f"St.-Nr. {digits(rng, 3)}/{digits(rng, 3)}/{digits(rng, 5)}",
    "fr": lambda rng: f"SIRET {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 5)}",
    "nl": lambda rng: f"KvK {digits(rng, 8)}",
    "it": lambda rng: f"P.IVA {digits(rng, 11)}",
}


def street_food_token(rng: random.Random, font: str):
    """A street-food stall's printed token (a chaat stall, a dosa cart, a kebab van, a taco truck, a chip van, an
    Imbiss, a crêpe stand, a frietkraam, a piadineria): the stall on top (the payee), its pitch and its food or trading
    licence or tax number (never the id), the token's number in large type or a bill's number (the id in a share),
    dishes, a parcel charge (inside the amount), cash tendered and change (never), UPI, or a card reader's slip with
    its words, a served-by name (never), the day and time in a share."""
    currency, stall, lang = _issuer(rng, STALLS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", stall)]
    rows.append(("small", rng.choice(STALL_PLACES[key])))
    if shown(rng, 0.4):
        rows.append(("small", STALL_LICENCES[key](rng)))
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                {
                    "INR": f"Ph. {rng.choice('6789')}{digits(rng, 9)}",
                    "USD": f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}",
                }.get(currency, f"Tel. 0{digits(rng, 9)}"),
            )
        )
    status, words = _slip_outcome(rng, lang, 0.35)
    top = shown(rng, 0.5)
    if top:
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 0.9)))
    txn = None
    called = shown(rng, 0.5)
    if called:
        number = str(rng.randint(1, 240))
        label = rng.choice(
            {
                "INR": ["TOKEN", "TOKEN NO"],
                "GBP": ["ORDER", "TICKET"],
                "USD": ["ORDER #", "ORDER"],
                "IE": ["ORDER", "TICKET"],
                "de": ["ABHOLNUMMER", "BON-NR"],
                "fr": ["N° DE RETRAIT", "COMMANDE N°"],
                "nl": ["BONNUMMER", "NUMMER"],
                "it": ["NUMERO", "ORDINE N."],
            }[key]
        )
        rows.append(("big", f"{label} {number}"))
        txn = number
    rows.append(("rule",))
    net = _lines(rng, rows, grouping, STREET_FOOD[key], rng.randint(2, 4))
    if currency == "INR" and shown(rng, 0.3):
        rows.append(("pair", "Parcel charge", _m(10.0, grouping)))
        net = round(net + 10.0, 2)
    total = net
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["TOTAL", "Total", "Net Amt"],
                de=["SUMME", "Gesamt"],
                fr=["TOTAL"],
                nl=["TOTAAL"],
                it=["TOTALE"],
            ),
            fmt(total),
        )
    )
    if currency != "INR" and currency != "USD" and shown(rng, 0.4):
        rate = {"GBP": 0.20, "IE": 0.135, "de": 0.07, "fr": 0.10, "nl": 0.09, "it": 0.10}[key]
        _vat66(rng, rows, grouping, total, currency, lang, "included", rate)
    if status or (currency != "INR" and shown(rng, 0.6)):
        method = _slip_card(rng, rows, lang)
        if shown(rng, 0.5):
            rows.append(("small", "SumUp" if currency != "USD" else "Square"))
    elif currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "Paid via", rng.choice(["UPI", "UPI - PhonePe", "GPay UPI"])))
        method = "UPI"
    elif shown(rng, 0.7):
        method = _cash(rng, rows, lang, grouping, total, currency)
    else:
        method = None
    if words:
        rows.append(("center", words))
    if txn is None:
        txn = _id68(
            rng,
            rows,
            {
                "en": ["Bill No", "Order No", "Receipt No"],
                "de": ["Bon-Nr.", "Beleg", "Vorgang"],
                "fr": ["Ticket n°"],
                "nl": ["Bonnr.", "Transactienr."],
                "it": ["Scontrino n.", "Operazione n."],
            }[lang],
            digits(rng, rng.choice([3, 4, 5])),
            0.3,
            status,
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Served by "],
                    de=["Es bediente Sie "],
                    fr=["Servi par "],
                    nl=["U werd geholpen door "],
                    it=["Operatore "],
                )
                + _pro(rng, currency, lang).split()[0],
            )
        )
    dated = when if top else None
    if not top and shown(rng, 0.6):
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 0.9)))
        dated = when
    if called:
        _terms(
            rng,
            rows,
            lang,
            1,
            en=["Please wait for your number to be called.", "Collect your order when your number is shown."],
            de=["Bitte warten Sie, bis Ihre Nummer aufgerufen wird."],
            fr=["Merci de patienter, votre numéro sera appelé."],
            nl=["Even geduld, we roepen uw nummer om."],
            it=["Attendere la chiamata del proprio numero."],
        )
    else:
        _terms(
            rng,
            rows,
            lang,
            1,
            en=["Fresh oil every day. Thank you!", "Thank you, visit again!"],
            de=["Danke und guten Appetit!"],
            fr=["Merci et bon appétit !"],
            nl=["Bedankt en eet smakelijk!"],
            it=["Grazie e buon appetito!"],
        )
    truth = truth_fields(stall, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 18), stall, 380)


# ---------------------------------------------------------------- 9 a rubber stamp maker's order slip


STAMPERS = {
    "INR": [("Apex Rubber Stamps & Seals", "en"), ("Modern Stamp Makers", "en")],
    "GBP": [("Stampworks Leeds", "en")],
    "USD": [("Ace Rubber Stamp & Seal Co.", "en")],
    "EUR": [
        ("Dublin Stamp & Engraving", "en"),
        ("Stempel-Wagner", "de"),
        ("Atelier du Tampon", "fr"),
        ("Stempelmakerij Hoekstra", "nl"),
        ("Timbrificio Moretti", "it"),
    ],
}
STAMP_PLACES = {
    "INR": ["Shop 9, Abdul Rehman St, Mumbai 400003", "12, Avenue Road, Bengaluru 560002"],
    "GBP": ["14 Kirkgate, Leeds LS2 7DJ"],
    "USD": ["318 W Adams St, Chicago, IL 60606"],
    "IE": ["22 Capel Street, Dublin 1"],
    "de": ["Hauptstraße 41, 69117 Heidelberg"],
    "fr": ["8 rue Mercière, 69002 Lyon"],
    "nl": ["Oudegracht 140, 3511 AZ Utrecht"],
    "it": ["Via Po 17, 10124 Torino"],
}
STAMPS = {
    "INR": [
        ("Self-inking stamp 38x14 mm", 350.0),
        ("Common seal (brass)", 1200.0),
        ("Round stamp 40 mm", 220.0),
        ("Date stamp", 450.0),
        ("Pre-inked stamp", 500.0),
    ],
    "en": [
        ("Self-inking stamp 47x18mm", 18.50),
        ("Embossing seal", 39.00),
        ("Date stamp", 24.00),
        ("Pocket stamp", 21.00),
    ],
    "USD": [
        ("Notary seal embosser", 42.00),
        ("Self-inking address stamp", 24.95),
        ("Signature stamp", 34.50),
    ],
    "de": [("Trodat Printy 4912", 19.90), ("Datumstempel", 29.00), ("Holzstempel 60x20", 14.50)],
    "fr": [("Tampon encreur auto 38x14", 22.00), ("Tampon dateur", 34.00), ("Cachet de société", 28.00)],
    "nl": [("Zelfinktende stempel", 21.50), ("Datumstempel", 32.00), ("Houten stempel", 15.00)],
    "it": [("Timbro autoinchiostrante", 18.00), ("Timbro datario", 29.00), ("Sigillo a secco", 45.00)],
}


def rubber_stamp_order(rng: random.Random, font: str):
    """A rubber stamp and seal maker's order slip: the maker on top (the payee), the customer's firm and the
    stamp's text (its GSTIN, VAT or registration number never the id, the firm never the payee), stamps at prices,
    an urgent charge (inside the amount), GST or VAT, a full payment, an advance taken now (the amount) with the
    order's value and the balance, or the balance paid at collection (the amount) after an earlier advance and its
    day (never the day paid), the day ready (never), the slip's number in a share."""
    currency, maker, lang = _issuer(rng, STAMPERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", maker)]
    rows.append(("small", rng.choice(STAMP_PLACES[key])))
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(_tax_ids(rng, key, "27"))))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["ORDER SLIP", "CASH MEMO", "RECEIPT"],
                de=["Auftrag", "Quittung"],
                fr=["Bon de commande", "Reçu"],
                nl=["Opdrachtbon", "Kwitantie"],
                it=["Ricevuta", "Ordine"],
            ),
        )
    )
    mode = rng.choice(["full", "full", "deposit", "deposit", "balance"])
    status, words = _outcome71(rng, 0.35, currency, lang, None, 0.75, 0.1, part=mode != "full")
    _status66(rng, rows, words, lang)
    firm = _firm(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Customer", "M/s", "Name"],
                de=["Kunde"],
                fr=["Client"],
                nl=["Klant"],
                it=["Cliente"],
            ),
            firm,
        )
    )
    text = firm.upper()
    if currency == "INR" and shown(rng, 0.6):
        text += f" / GSTIN {_tax_ids(rng, 'INR', '27')[0].split(': ')[1]}"
    elif shown(rng, 0.5):
        text += " / " + rng.choice(_tax_ids(rng, key))
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=["Stamp text: "],
                de=["Stempeltext: "],
                fr=["Texte : "],
                nl=["Tekst: "],
                it=["Testo: "],
            )
            + text,
        )
    )
    rows.append(("rule",))
    items = STAMPS["INR" if currency == "INR" else ("USD" if currency == "USD" else lang)]
    net = _lines(rng, rows, grouping, items, rng.randint(1, 3))
    if shown(rng, 0.3):
        urgent = {"INR": 150.0}.get(currency, 8.0)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Urgent charges", "Same-day service"],
                    de=["Eilzuschlag"],
                    fr=["Supplément urgence"],
                    nl=["Spoedtoeslag"],
                    it=["Supplemento urgenza"],
                ),
                _m(urgent, grouping),
            )
        )
        net = round(net + urgent, 2)
    if currency == "INR":
        total = (
            _vat66(rng, rows, grouping, net, currency, lang, "added", india_rate=0.09)
            if shown(rng, 0.5)
            else net
        )
        if total == net:
            _no_tax(rng, rows, currency, lang)
    elif currency == "USD":
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", 0.1025)
    else:
        total = net
        if shown(rng, 0.7):
            _vat66(rng, rows, grouping, net, currency, lang, "included")
        else:
            _no_tax(rng, rows, currency, lang)
    if mode == "deposit":
        amount = _deposit(rng, rows, fmt, grouping, total, status, lang, 0.5, currency == "INR")
    elif mode == "balance":
        advance = float(round(total * 0.5)) if currency == "INR" else round(total * 0.5, 2)
        earlier = _d(_earlier(when, rng, 1, 6), pattern, lang)
        amount = _less_advance(
            rng, rows, fmt, grouping, total, advance, status, lang, earlier if shown(rng, 0.5) else None
        )
    else:
        _total68(rng, rows, fmt, total, status, lang)
        amount = total
    if mode != "balance":
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Ready on", "Delivery"],
                    de=["Fertig am", "Abholung"],
                    fr=["Prêt le"],
                    nl=["Klaar op"],
                    it=["Pronto il"],
                ),
                _d(_later(when, rng, 1, 5), pattern, lang),
            )
        )
    if currency == "INR" and status is None and shown(rng, 0.4):
        rows.append(("pair", "Mode", rng.choice(["UPI", "Cash", "GPay UPI"])))
        method = "cash" if rows[-1][2] == "Cash" else "UPI"
    else:
        kinds = ["cash", "card", "UPI"] if currency == "INR" else ["cash", "card"]
        if status in ("failed", "pending"):
            kinds = kinds[1:]
        method = _pay71(rng, rows, currency, lang, kinds, 0.3, False, status, words)
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Order No", "Memo No", "Receipt No"],
            "de": ["Auftrags-Nr.", "Quittung Nr."],
            "fr": ["Bon n°", "Reçu n°", "Commande n°"],
            "nl": ["Bonnr.", "Kwitantienr."],
            "it": ["Ricevuta n.", "Ordine n."],
        }[lang],
        digits(rng, rng.choice([3, 4, 5])),
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
        {"en": ["Date", "Dated"], "de": ["Datum"], "fr": ["Date"], "nl": ["Datum"], "it": ["Data"]}[lang],
        0.15,
        0.2,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Goods once made to order are not taken back.", "Please check the proof before approving."],
        de=["Sonderanfertigungen sind vom Umtausch ausgeschlossen."],
        fr=["Les articles personnalisés ne sont ni repris ni échangés."],
        nl=["Maatwerk wordt niet teruggenomen."],
        it=["I prodotti personalizzati non si cambiano."],
    )
    truth = truth_fields(maker, amount, currency, txn, dated, method, status)
    style = rng.choice([PAPER, _sized(THERMAL, 19)])
    return rows, truth, _page(font, rows, style, maker)


# ---------------------------------------------------------------- 10 a Christmas tree stall


TREE_STALLS = {
    "INR": [("Noel Xmas Trees, Hill Road", "en"), ("Santa's Corner Xmas Stall", "en")],
    "GBP": [("Pines & Needles Christmas Trees", "en")],
    "USD": [("North Pole Tree Lot", "en")],
    "EUR": [
        ("Wicklow Christmas Trees", "en"),
        ("Weihnachtsbaumverkauf Hof Brandt", "de"),
        ("Sapins de Noël du Morvan", "fr"),
        ("Kerstbomen De Hoeve", "nl"),
        ("Alberi di Natale Vivaio Fontana", "it"),
    ],
}
# by the page's country: two trees (one bought), then the extras
TREES = {
    "INR": [
        ("Araucaria plant in pot 4 ft", 850.0),
        ("Artificial tree 6 ft", 2400.0),
        ("Star & fairy lights set", 450.0),
        ("Bauble set (24)", 299.0),
    ],
    "GBP": [
        ("Nordmann Fir 6-7ft", 55.0),
        ("Norway Spruce 5-6ft", 35.0),
        ("Tree stand", 20.0),
        ("Holly wreath", 18.0),
    ],
    "USD": [
        ("Fraser Fir 7-8 ft", 89.0),
        ("Douglas Fir 6-7 ft", 65.0),
        ("Tree stand", 25.0),
        ("Wreath 24 in", 35.0),
    ],
    "IE": [("Noble Fir 6ft", 60.0), ("Nordmann Fir 7ft", 70.0), ("Log stand", 15.0), ("Wreath", 25.0)],
    "de": [
        ("Nordmanntanne 1,75-2,00 m", 39.90),
        ("Blaufichte 1,50 m", 24.00),
        ("Christbaumständer", 29.90),
        ("Tannenzweige (Bund)", 5.00),
    ],
    "fr": [
        ("Nordmann 150/175 cm", 45.00),
        ("Épicéa 125/150 cm", 25.00),
        ("Pied en bois", 8.00),
        ("Couronne", 22.00),
    ],
    "nl": [
        ("Nordmann 175-200 cm", 44.95),
        ("Fijnspar 150 cm", 22.50),
        ("Kerstboomvoet", 14.95),
        ("Krans", 17.50),
    ],
    "it": [
        ("Abete Nordmann 180 cm", 55.00),
        ("Abete rosso 150 cm", 30.00),
        ("Base in legno", 10.00),
        ("Ghirlanda", 20.00),
    ],
}


def _season(rng: random.Random) -> dt.date:
    """A day in the 2025 Christmas tree season."""
    return dt.date(2025, 11, 20) + dt.timedelta(days=rng.randrange(0, 34))


def christmas_tree_stall(rng: random.Random, font: str):
    """A Christmas tree stall's slip: the stall on top (the payee), trees, stands and wreaths at prices, netting free,
    a stand's refundable deposit and a delivery charge (inside the amount), the customer's name for a delivery
    (never), the delivery's day and the free collection after Christmas (never the day paid), a tree tag's number
    (never the id), cash with change, UPI or a card with a terminal's words, the slip's number in a share."""
    currency, stall, lang = _issuer(rng, TREE_STALLS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = _season(rng)
    rows: list[tuple] = [("title", stall)]
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(_tax_ids(rng, key, "27"))))
    status, words = _slip_outcome(rng, lang, 0.4)
    top = shown(rng, 0.5)
    if top:
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 0.6)))
    rows.append(("rule",))
    tree, net = rng.choice(TREES[key][:2])
    rows.append(("pair", tree, _m(net, grouping)))
    net = round(net + _lines(rng, rows, grouping, TREES[key][2:], rng.randint(0, 2)), 2)
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Netting: free"],
                    de=["Einnetzen kostenlos"],
                    fr=["Filet offert"],
                    nl=["Inpakken gratis"],
                    it=["Rete omaggio"],
                ),
            )
        )
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Tree tag no. {digits(rng, 4)}"],
                    de=[f"Baum-Nr. {digits(rng, 4)}"],
                    fr=[f"Étiquette n° {digits(rng, 4)}"],
                    nl=[f"Label {digits(rng, 4)}"],
                    it=[f"Cartellino {digits(rng, 4)}"],
                ),
            )
        )
    if currency != "INR" and shown(rng, 0.3):
        deposit = {"GBP": 10.0, "USD": 15.0}.get(currency, 10.0)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Stand deposit (refundable)"],
                    de=["Pfand Ständer"],
                    fr=["Consigne pied"],
                    nl=["Statiegeld voet"],
                    it=["Cauzione base"],
                ),
                _m(deposit, grouping),
            )
        )
        net = round(net + deposit, 2)
    if shown(rng, 0.4):
        charge = {"INR": 150.0, "USD": 25.0}.get(currency, 15.0)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Delivery"],
                    de=["Lieferung"],
                    fr=["Livraison"],
                    nl=["Bezorging"],
                    it=["Consegna"],
                ),
                _m(charge, grouping),
            )
        )
        net = round(net + charge, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Deliver to"],
                    de=["Lieferung an"],
                    fr=["Livrer à"],
                    nl=["Bezorgen bij"],
                    it=["Consegna a"],
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
                    en=["Delivery day"],
                    de=["Liefertag"],
                    fr=["Jour de livraison"],
                    nl=["Bezorgdag"],
                    it=["Giorno di consegna"],
                ),
                _d(_later(when, rng, 1, 4), pattern, lang),
            )
        )
    total = net
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["TOTAL", "Total to pay"],
                de=["SUMME", "Gesamt"],
                fr=["TOTAL"],
                nl=["TOTAAL"],
                it=["TOTALE"],
            ),
            fmt(total),
        )
    )
    if currency not in ("INR", "USD") and shown(rng, 0.5):
        rate = {"GBP": 0.20, "IE": 0.135, "de": 0.07, "fr": 0.10, "nl": 0.21, "it": 0.10}[key]
        _vat66(rng, rows, grouping, total, currency, lang, "included", rate)
    if status or shown(rng, 0.6):
        method = _slip_card(rng, rows, lang)
    elif currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "Paid by", rng.choice(["UPI", "Paytm UPI"])))
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
            "en": ["Receipt No", "Sale No"],
            "de": ["Beleg-Nr.", "Bon", "Vorgang"],
            "fr": ["Ticket n°"],
            "nl": ["Bonnr.", "Transactienr."],
            "it": ["Scontrino n.", "Operazione n."],
        }[lang],
        digits(rng, rng.choice([4, 5])),
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
                    en=["Free tree collection for recycling on "],
                    de=["Kostenlose Abholung am "],
                    fr=["Collecte gratuite du sapin le "],
                    nl=["Gratis ophalen op "],
                    it=["Ritiro gratuito il "],
                )
                + _d(dt.date(2026, 1, rng.choice([6, 7, 10])), pattern, lang),
            )
        )
    dated = when if top else None
    if not top and shown(rng, 0.7):
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 0.6)))
        dated = when
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Keep your tree watered. Merry Christmas!",
            "Stands returned by 15 January get the deposit back.",
        ],
        de=["Frohe Weihnachten!", "Pfand gegen Rückgabe des Ständers bis 15.01."],
        fr=["Joyeux Noël !"],
        nl=["Prettige feestdagen!"],
        it=["Buon Natale!"],
    )
    truth = truth_fields(stall, total, currency, txn, dated, method, status)
    style = rng.choice([_sized(THERMAL, 18), PAPER])
    return rows, truth, _page(font, rows, style, stall, 400 if style is not PAPER else None)


# ---------------------------------------------------------------- 11 a luggage repair counter


LUGGAGE_REPAIRERS = {
    "INR": [("Bag Doctor, Crawford Market", "en"), ("Kwality Luggage Repairs", "en")],
    "GBP": [("Case Clinic Luggage Repairs", "en")],
    "USD": [("Midtown Luggage Repair", "en")],
    "EUR": [
        ("Liffey Luggage Repairs", "en"),
        ("Koffer-Reparatur Schulz", "de"),
        ("Atelier Bagages Réparation", "fr"),
        ("Kofferhuis Reparatie Service", "nl"),
        ("Riparazione Valigie Mancini", "it"),
    ],
}
BAGS = [
    "Samsonite Spinner 69 cm",
    "American Tourister 55 cm",
    "Delsey Chatelet 67 cm",
    "VIP Skybags 65 cm",
    "Rimowa Essential Cabin",
]
REPAIRS = {
    "INR": [
        ("Wheel replacement (pair)", 600.0),
        ("Telescopic handle repair", 750.0),
        ("Zip slider replacement", 250.0),
        ("TSA lock replacement", 450.0),
        ("Side handle", 200.0),
    ],
    "en": [
        ("Wheel replacement (pair)", 35.0),
        ("Telescopic handle repair", 45.0),
        ("Zip slider replacement", 18.0),
        ("Shell crack repair", 55.0),
        ("TSA lock replacement", 28.0),
    ],
    "USD": [
        ("Wheel replacement (pair)", 45.0),
        ("Telescopic handle repair", 65.0),
        ("Zipper repair", 25.0),
        ("Shell crack repair", 75.0),
    ],
    "de": [
        ("Rollen erneuern (Paar)", 39.0),
        ("Teleskopgriff reparieren", 49.0),
        ("Reißverschluss-Schieber", 19.0),
    ],
    "fr": [
        ("Remplacement roulettes (paire)", 38.0),
        ("Réparation poignée télescopique", 48.0),
        ("Curseur de fermeture", 18.0),
    ],
    "nl": [
        ("Wielen vervangen (paar)", 37.5),
        ("Trekstang repareren", 47.5),
        ("Ritsschuiver vervangen", 17.5),
    ],
    "it": [
        ("Sostituzione ruote (coppia)", 38.0),
        ("Riparazione maniglia telescopica", 48.0),
        ("Cursore cerniera", 16.0),
    ],
}
AIRLINES = {
    "INR": [("IndiGo", "BOM6E"), ("Air India", "DELAI")],
    "GBP": [("British Airways", "LHRBA"), ("easyJet", "LGWU2")],
    "USD": [("Delta Air Lines", "JFKDL"), ("United Airlines", "EWRUA")],
    "EUR": [
        ("Aer Lingus", "DUBEI"),
        ("Lufthansa", "FRALH"),
        ("Air France", "CDGAF"),
        ("KLM", "AMSKL"),
        ("ITA Airways", "FCOAZ"),
    ],
}


def luggage_repair(rng: random.Random, font: str):
    """A luggage repair counter's ticket: the repairer on top (the payee), the customer and the bag (never), an
    airline and its damage report's PIR reference for a claim (never the payee, never the id), a bag tag's number
    (never), repairs at prices, VAT or GST, a full payment, an advance at drop-off (the amount) or the balance at
    collection (the amount), the day ready (never the day paid), the ticket's number in a share."""
    currency, shop, lang = _issuer(rng, LUGGAGE_REPAIRERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", shop)]
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(_tax_ids(rng, key, "27"))))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Repair ticket", "Job ticket & receipt", "Repair receipt"],
                de=["Reparaturauftrag", "Quittung"],
                fr=["Bon de réparation", "Reçu"],
                nl=["Reparatiebon", "Kwitantie"],
                it=["Scheda riparazione", "Ricevuta"],
            ),
        )
    )
    mode = rng.choice(["full", "full", "full", "deposit", "balance"])
    status, words = _outcome71(rng, 0.35, currency, lang, None, 0.7, 0.15, part=mode != "full")
    _status66(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng, lang, en=["Customer", "Name"], de=["Kunde"], fr=["Client"], nl=["Klant"], it=["Cliente"]
            ),
            _who(rng, currency, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Item"], de=["Artikel"], fr=["Article"], nl=["Artikel"], it=["Articolo"]),
            rng.choice(BAGS),
        )
    )
    if shown(rng, 0.5):
        airline, prefix = rng.choice(AIRLINES[currency])
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Airline"],
                    de=["Fluggesellschaft"],
                    fr=["Compagnie"],
                    nl=["Luchtvaartmaatschappij"],
                    it=["Compagnia"],
                ),
                airline,
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["PIR ref", "Airline file ref"],
                    de=["Schadensnummer (PIR)"],
                    fr=["Réf. PIR"],
                    nl=["PIR-nummer"],
                    it=["Rif. PIR"],
                ),
                f"{prefix}{digits(rng, 5)}",
            )
        )
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Report for your airline claim attached."],
                    de=["Gutachten für die Airline beigefügt."],
                    fr=["Attestation pour la compagnie jointe."],
                    nl=["Rapport voor de luchtvaartmaatschappij bijgevoegd."],
                    it=["Perizia per la compagnia allegata."],
                ),
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Tag "],
                    de=["Marke "],
                    fr=["Étiquette "],
                    nl=["Label "],
                    it=["Talloncino "],
                )
                + digits(rng, 4),
            )
        )
    rows.append(("rule",))
    net = 0.0
    for work, value in rng.sample(
        REPAIRS["INR" if currency == "INR" else ("USD" if currency == "USD" else lang)], rng.randint(1, 3)
    ):
        rows.append(("pair", work, _m(value, grouping)))
        net = round(net + value, 2)
    if currency == "INR":
        total = (
            _vat66(rng, rows, grouping, net, currency, lang, "added", india_rate=0.09)
            if shown(rng, 0.5)
            else net
        )
    elif currency == "USD":
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", 0.08875) if shown(rng, 0.6) else net
    else:
        total = _vat66(
            rng, rows, grouping, net, currency, lang, rng.choice(["included", "added"]), net_line=True
        )
    if mode == "deposit":
        amount = _deposit(rng, rows, fmt, grouping, total, status, lang, 0.5, currency == "INR")
    elif mode == "balance":
        advance = float(round(total * 0.5)) if currency == "INR" else round(total * 0.5, 2)
        amount = _less_advance(rng, rows, fmt, grouping, total, advance, status, lang)
    else:
        _total68(rng, rows, fmt, total, status, lang)
        amount = total
    if mode != "balance":
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Ready on", "Collect after"],
                    de=["Abholbereit am"],
                    fr=["Prêt le"],
                    nl=["Klaar op"],
                    it=["Pronta il"],
                ),
                _d(_later(when, rng, 2, 8), pattern, lang),
            )
        )
    kinds = ["cash", "UPI", "card"] if currency == "INR" else ["cash", "card"]
    if status in ("failed", "pending"):
        kinds = kinds[1:]
    method = _pay71(rng, rows, currency, lang, kinds, 0.25, False, status, words)
    txn = _id68(
        rng,
        rows,
        {
            "en": ["Ticket No", "Receipt No", "Invoice No"],
            "de": ["Auftrags-Nr.", "Beleg-Nr."],
            "fr": ["Bon n°", "Reçu n°", "Réparation n°"],
            "nl": ["Bonnr.", "Reparatienr."],
            "it": ["Ricevuta n.", "Scheda n."],
        }[lang],
        f"{code(rng, 1, UPPER)}{digits(rng, 4)}" if shown(rng, 0.5) else digits(rng, 5),
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
        {"en": ["Date", "Date in"], "de": ["Datum"], "fr": ["Date"], "nl": ["Datum"], "it": ["Data"]}[lang],
        0.15,
        0.3,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Items not collected within 60 days may be disposed of.", "Repairs guaranteed for 3 months."],
        de=["Nicht abgeholte Gegenstände werden nach 60 Tagen entsorgt."],
        fr=["Les articles non retirés sous 60 jours ne sont plus garantis."],
        nl=["Niet opgehaalde artikelen worden na 60 dagen afgevoerd."],
        it=["Gli articoli non ritirati entro 60 giorni non sono più custoditi."],
    )
    truth = truth_fields(shop, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, _sized(THERMAL, 19)]), shop)


# ---------------------------------------------------------------- 12 a racket stringer


STRINGERS = {
    "INR": [("Smash Sports, Malleswaram", "en"), ("Shuttle Point Sports", "en")],
    "GBP": [("Baseline Racquet Stringing", "en")],
    "USD": [("Court Side Pro Shop", "en")],
    "EUR": [
        ("Baggot Racquet Stringers", "en"),
        ("Bespannservice Kühn", "de"),
        ("Cordage Pro Tennis", "fr"),
        ("Bespanservice De Baan", "nl"),
        ("Incordature Ferri", "it"),
    ],
}
# by sport: rackets, (string, price by currency), labour by currency, tensions
BADMINTON = (
    ["Yonex Astrox 88D", "Li-Ning Axforce 80", "Victor Thruster K", "Yonex Nanoflare 800"],
    [("Yonex BG80", 650.0, 14.0), ("Yonex BG65", 450.0, 10.0), ("Li-Ning No.1", 550.0, 12.0)],
    (150.0, 8.0),
    ["24 lbs", "26 lbs", "28 lbs", "11 kg"],
)
TENNIS = (
    ["Wilson Pro Staff 97", "Babolat Pure Aero", "Head Speed MP", "Yonex Ezone 100"],
    [
        ("Luxilon ALU Power 125", 1800.0, 24.0),
        ("Babolat RPM Blast", 1500.0, 21.0),
        ("Synthetic gut", 600.0, 12.0),
    ],
    (300.0, 14.0),
    ["Mains 52 / Crosses 50 lbs", "55 lbs", "24/23 kg", "25 kg"],
)


def racket_stringing(rng: random.Random, font: str):
    """A racket stringer's counter slip: the stringer on top (the payee), the player and a club's member number
    (never), the racket, the string and its tension, the day last strung and the day ready (never the day paid), the
    string and the labour and a grip (inside the amount), a member discount taken off, VAT included, cash, UPI or a
    card with a terminal's words, the slip's number in a share."""
    currency, shop, lang = _issuer(rng, STRINGERS)
    fmt, grouping = _fmt66(rng, font, currency, lang)
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    rackets, strings, labour, tensions = BADMINTON if currency == "INR" or shown(rng, 0.4) else TENNIS
    rows: list[tuple] = [("title", shop)]
    status, words = _slip_outcome(rng, lang, 0.35)
    top = shown(rng, 0.5)
    if top:
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 0.5)))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Player", "Customer"],
                de=["Kunde"],
                fr=["Joueur"],
                nl=["Speler"],
                it=["Giocatore"],
            ),
            _who(rng, currency, lang),
        )
    )
    if shown(rng, 0.35):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Club member no."],
                    de=["Mitgliedsnr."],
                    fr=["N° licence FFT"],
                    nl=["Bondsnummer"],
                    it=["Tessera FIT"],
                ),
                digits(rng, 7),
            )
        )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Racket"], de=["Schläger"], fr=["Raquette"], nl=["Racket"], it=["Racchetta"]),
            rng.choice(rackets),
        )
    )
    string, inr, eur = rng.choice(strings)
    rows.append(
        (
            "pair",
            _say(
                rng, lang, en=["Tension"], de=["Spannung"], fr=["Tension"], nl=["Spanning"], it=["Tensione"]
            ),
            rng.choice(tensions),
        )
    )
    if shown(rng, 0.35):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Last strung"],
                    de=["Zuletzt bespannt"],
                    fr=["Dernier cordage"],
                    nl=["Laatst bespannen"],
                    it=["Ultima incordatura"],
                ),
                _d(_earlier(when, rng, 40, 200), pattern, lang),
            )
        )
    rows.append(("rule",))
    scale = {"INR": 1.0, "GBP": 0.9, "USD": 1.1}.get(currency, 1.0)
    price = inr if currency == "INR" else round(eur * scale, 2)
    work = labour[0] if currency == "INR" else round(labour[1] * scale, 2)
    rows.append(("pair", string, _m(price, grouping)))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Stringing labour", "Labour"],
                de=["Bespannen"],
                fr=["Main d'oeuvre cordage"],
                nl=["Bespannen"],
                it=["Manodopera"],
            ),
            _m(work, grouping),
        )
    )
    total = round(price + work, 2)
    if shown(rng, 0.35):
        grip = 120.0 if currency == "INR" else round(4.0 * scale, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Overgrip"],
                    de=["Griffband"],
                    fr=["Surgrip"],
                    nl=["Overgrip"],
                    it=["Overgrip"],
                ),
                _m(grip, grouping),
            )
        )
        total = round(total + grip, 2)
    if shown(rng, 0.25):
        off = float(round(total * 0.1)) if currency == "INR" else round(total * 0.1, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Club discount 10%"],
                    de=["Vereinsrabatt 10 %"],
                    fr=["Remise club 10 %"],
                    nl=["Clubkorting 10%"],
                    it=["Sconto circolo 10%"],
                ),
                "-" + _m(off, grouping),
            )
        )
        total = round(total - off, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["TOTAL", "Amount"],
                de=["SUMME", "Betrag"],
                fr=["TOTAL"],
                nl=["TOTAAL"],
                it=["TOTALE"],
            ),
            fmt(total),
        )
    )
    if currency not in ("INR", "USD") and shown(rng, 0.5):
        _vat66(rng, rows, grouping, total, currency, lang, "included")
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Ready by", "Collect"],
                de=["Abholung ab"],
                fr=["Prête le"],
                nl=["Klaar op"],
                it=["Pronta il"],
            ),
            _d(_later(when, rng, 1, 4), pattern, lang),
        )
    )
    if status or shown(rng, 0.65):
        method = _slip_card(rng, rows, lang)
    elif currency == "INR" and shown(rng, 0.6):
        rows.append(("pair", "Paid via", rng.choice(["UPI", "GPay UPI", "PhonePe UPI"])))
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
            "en": ["Receipt No", "Slip No", "Bill No"],
            "de": ["Beleg-Nr.", "Bon", "Vorgang"],
            "fr": ["Ticket n°"],
            "nl": ["Bonnr.", "Transactienr."],
            "it": ["Scontrino n.", "Operazione n."],
        }[lang],
        digits(rng, rng.choice([3, 4, 5])),
        0.3,
        status,
    )
    dated = when if top else None
    if not top and shown(rng, 0.7):
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 0.5)))
        dated = when
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Strings carry no guarantee once fitted.", "Rackets left over 30 days are at owner's risk."],
        de=["Keine Garantie auf Saitenriss."],
        fr=["Aucune garantie sur la casse du cordage."],
        nl=["Geen garantie op snaarbreuk."],
        it=["Nessuna garanzia sulla rottura delle corde."],
    )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    style = rng.choice([_sized(THERMAL, 18), PAPER])
    return rows, truth, _page(font, rows, style, shop, 400 if style is not PAPER else None)

"""heldout16 layouts from European issuers: a girocard slip, Lydia/Paylib screens, Przelewy24, CZ/HU transfers."""

from __future__ import annotations

import random
import string

from bench.receipt_sets.heldout14_values import clock, code, date_text, day, digits, optional_pair, price, shown
from bench.receipt_sets.heldout16_values import grouped, later, mark, month_name, pick

SCREEN = {"screen": True, "width": 560, "size": 22, "paper": (248, 248, 250), "min_height": 900}


def girocard_slip(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A German shop's card terminal slip (girocard or a debit card), amounts in continental decimals."""
    merchant = pick(rng, "Bäckerei Krümel", "Drogerie am Markt", "Elektro Haas GmbH", "Buchhandlung Lesezeit",
                    "Getränke Müller", "Apotheke am Ring", "Blumen Lindner", "Eisenwaren Vogt KG")
    amount = price(rng, 2.5, 1400)
    paid_on, status = day(rng), rng.choices(["success", "failed", None], [7, 2, 1])[0]
    rows: list[tuple] = [("title", merchant), ("center", pick(rng, "Hauptstr. 12", "Marktplatz 3",
                                                               "Lindenallee 48", "Bahnhofstr. 7")),
                         ("center", f"{digits(rng, 5)} {pick(rng, 'Köln', 'Kassel', 'Ulm', 'Trier', 'Jena')}"),
                         ("rule",), ("center", pick(rng, "Kartenzahlung", "KARTENZAHLUNG", "Zahlung")),
                         ("center", pick(rng, "girocard", "Debit Mastercard", "V PAY", "girocard kontaktlos"))]
    when = date_text(paid_on, pick(rng, "%d.%m.%Y", "%d.%m.%y"))
    rows.append(("pair", pick(rng, "Datum", "Datum:"), f"{when} {clock(rng, False)}"))
    rows.append(("pair", pick(rng, "Terminal-ID", "Terminal-Nr.", "TID"), digits(rng, 8)))
    optional_pair(rng, rows, ["VU-Nr.", "Händler-Nr."], digits(rng, 10), 0.3)
    txn = optional_pair(rng, rows, ["TA-Nr.", "Trans.-Nr.", "Transaktions-Nr."], digits(rng, 6), 0.35)
    txn_id = rows[-1][2] if txn else None
    receipt_no = digits(rng, 4)
    rows.append(("pair", pick(rng, "Beleg-Nr.", "BNr", "Beleg"), receipt_no))
    rows.append(("pair", pick(rng, "Karte", "Karten-Nr."), "#" * 12 + digits(rng, 4)))
    rows.append(("pair", "gültig bis", f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"))
    approval = digits(rng, 6) if status == "success" and shown(rng, 0.3) else None
    if approval:
        rows.append(("pair", pick(rng, "Genehmigungs-Nr.", "Autorisierungs-Nr.", "AS-Zeit / Gen.-Nr."), approval))
    rows.append(("rule",))
    currency_shown = rng.random() < 0.85
    value = grouped(amount, pick(rng, "european", "plain") if amount < 1000 else "european")
    value = value.replace(".", ",") if "," not in value else value
    rows.append(("big", f"{'EUR ' if currency_shown else ''}{value}{'' if currency_shown else ' €' if rng.random() < 0.5 else ''}"))
    currency = "EUR" if currency_shown or "€" in rows[-1][1] else None
    if status == "success":
        rows.append(("center", pick(rng, "Zahlung erfolgt", "ZAHLUNG ERFOLGT", "Betrag autorisiert")))
    elif status == "failed":
        rows.append(("center", pick(rng, "Zahlung nicht erfolgt", "Abbruch", "Karte abgelehnt")))
    rows.append(("small", pick(rng, "Bitte Beleg aufbewahren", "Kundenbeleg", "*** Kundenbeleg ***")))
    truth = {"merchant_name": merchant, "amount": f"{amount:.2f}", "currency": currency,
             "transaction_id": txn_id or approval or receipt_no, "date": paid_on.isoformat(),
             "payment_method": "card", "status": status}
    return rows, truth, {"width": rng.randint(420, 500), "size": 20, "paper": (250, 250, 246)}


def lydia_screen(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A French Lydia or Paylib payment screen to a shop, amounts in euros with a decimal comma."""
    app = pick(rng, "Lydia", "Paylib", "Lydia Pro")
    merchant = pick(rng, "Boulangerie Maison Piel", "Le Petit Zinc", "Librairie des Arts", "Fromagerie Durand",
                    "Cave Saint-Roch", "Primeur du Marché", "Café de la Gare", "Pressing Voltaire")
    amount, paid_on = price(rng, 1.8, 480), day(rng)
    status = rng.choices(["success", "pending", "failed"], [6, 1, 1])[0]
    heading = {"success": pick(rng, "Paiement effectué", "Paiement réussi", "C'est payé !"),
               "pending": pick(rng, "Paiement en attente", "En cours de traitement"),
               "failed": pick(rng, "Paiement refusé", "Échec du paiement")}[status]
    euro = mark(font, "€", "EUR")
    amount_text = f"{grouped(amount, 'european')} {euro}" if rng.random() < 0.7 else f"{euro} {grouped(amount, 'european')}"
    rows: list[tuple] = [("title", app), ("gap",), ("center", heading), ("big", amount_text),
                         ("center", f"{pick(rng, 'à', 'Bénéficiaire :', 'Payé à')} {merchant}"), ("rule",)]
    when = pick(rng, f"{paid_on.day} {month_name(paid_on, 'fr')} {paid_on.year}", paid_on.strftime("%d/%m/%Y"))
    date_shown = optional_pair(rng, rows, ["Date", "Le", "Date de l'opération"],
                               f"{when} {pick(rng, 'à ', '')}{clock(rng, False)}", 0.1)
    ref = code(rng, 10) if rng.random() < 0.5 else digits(rng, 12)
    ref_shown = optional_pair(rng, rows, ["Référence", "N° de transaction", "Identifiant"], ref, 0.15)
    rows.append(("pair", pick(rng, "Moyen de paiement", "Payé avec"),
                 pick(rng, f"Solde {app.split()[0]}", f"Carte •••• {digits(rng, 4)}") if has_dots(font)
                 else f"Solde {app.split()[0]}"))
    optional_pair(rng, rows, ["Téléphone", "Mobile"], f"06 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}", 0.5)
    if shown(rng, 0.5):
        rows.append(("pair", "Nouveau solde", f"{grouped(price(rng, 0, 300), 'european')} {euro}"))
    rows.append(("small", pick(rng, "Merci d'avoir utilisé " + app, "Besoin d'aide ? Contactez-nous")))
    truth = {"merchant_name": merchant, "amount": f"{amount:.2f}", "currency": "EUR",
             "transaction_id": ref if ref_shown else None, "date": paid_on.isoformat() if date_shown else None,
             "payment_method": "wallet", "status": status}
    style = dict(SCREEN, accent=pick(rng, (0, 120, 200), (20, 60, 140), (0, 150, 130)))
    return rows, truth, style


def has_dots(font: str) -> bool:
    """Whether ``font`` has the bullet used to mask card numbers."""
    return mark(font, "•", "") == "•"


def przelewy24_confirmation(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Polish Przelewy24 payment confirmation (e-mail or page), amounts in złoty with spaces and commas."""
    merchant = pick(rng, "Sklep Rowerowy Szprycha", "Księgarnia Orbita", "Apteka Pod Lipą", "Mebelki.pl",
                    "Kwiaciarnia Różana", "ElektroMax Sp. z o.o.", "Zoo Market Kraków", "Herbaciarnia Liść")
    amount, paid_on = price(rng, 9, 6500), day(rng)
    status = rng.choices(["success", "pending", "failed", None], [5, 1, 1, 1])[0]
    zloty = mark(font, "zł", "PLN")
    amount_text = pick(rng, f"{grouped(amount, 'space')} {zloty}", f"{grouped(amount, 'space')} PLN",
                       f"PLN {grouped(amount, 'space')}")
    rows: list[tuple] = [("title", "Przelewy24"), ("center", pick(rng, "Potwierdzenie płatności",
                                                                  "Potwierdzenie transakcji")), ("rule",)]
    rows.append(("pair", pick(rng, "Odbiorca", "Sprzedawca", "Odbiorca płatności"), merchant))
    rows.append(("pair", pick(rng, "Kwota", "Kwota płatności", "Kwota do zapłaty"), amount_text))
    order = digits(rng, 6)
    rows.append(("pair", pick(rng, "Tytuł", "Opis"), f"Zamówienie nr {order}"))
    txn = pick(rng, f"P24-{code(rng, 3)}-{code(rng, 3)}-{code(rng, 3)}", digits(rng, 9))
    txn_shown = optional_pair(rng, rows, ["Numer transakcji", "ID transakcji", "Identyfikator płatności"], txn, 0.2)
    when = pick(rng, paid_on.strftime("%Y-%m-%d"), paid_on.strftime("%d.%m.%Y"),
                f"{paid_on.day} {month_name(paid_on, 'pl')} {paid_on.year}")
    date_shown = optional_pair(rng, rows, ["Data", "Data płatności", "Data transakcji"],
                               f"{when} {clock(rng, False)}", 0.15)
    method, method_text = pick(rng, ("netbanking", pick(rng, "Przelew online", "mTransfer", "Pekao24 Przelew",
                                                         "iPKO")), ("card", pick(rng, "Karta płatnicza",
                                                                                 "Visa", "Mastercard")))
    method_shown = optional_pair(rng, rows, ["Metoda płatności", "Forma płatności", "Kanał"], method_text, 0.15)
    if status:
        rows.append(("pair", "Status", {"success": pick(rng, "Zrealizowana", "Opłacona", "Zakończona"),
                                        "pending": pick(rng, "Oczekuje", "W trakcie realizacji"),
                                        "failed": pick(rng, "Odrzucona", "Błąd płatności")}[status]))
    optional_pair(rng, rows, ["NIP sprzedawcy", "NIP"], f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}", 0.4)
    optional_pair(rng, rows, ["E-mail", "Płatnik"], pick(rng, "anna.nowak@poczta.pl", "k.wisniewski@onet.pl"), 0.4)
    rows.append(("small", "PayPro S.A., ul. Pastelowa 8, 60-198 Poznań"))
    truth = {"merchant_name": merchant, "amount": f"{amount:.2f}", "currency": "PLN",
             "transaction_id": txn if txn_shown else order, "date": paid_on.isoformat() if date_shown else None,
             "payment_method": method if method_shown else None, "status": status}
    screen = rng.random() < 0.5
    style = dict(SCREEN) if screen else {"width": 700, "size": 21, "paper": (255, 255, 255)}
    style.update(accent=(200, 20, 40), label_ink=(90, 90, 95))
    return rows, truth, style


def cz_hu_transfer(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Czech or Hungarian bank's transfer confirmation (CZK or HUF), with account, symbols and print date."""
    paid_on = day(rng)
    status = rng.choices(["success", "pending", "failed"], [6, 1, 1])[0]
    czech = rng.random() < 0.5
    if czech:
        bank = pick(rng, "Česká spořitelna", "Komerční banka", "Fio banka", "Raiffeisenbank")
        payee = pick(rng, "Pražská energetika a.s.", "Autoservis Novák s.r.o.", "Byty Brno SVJ",
                     "Zubní ordinace MUDr. Kolář", "Vodárna Plzeň a.s.")
        amount = price(rng, 150, 85000, 1 if rng.random() < 0.5 else 0.01)
        currency_text = pick(rng, "CZK", "Kč") if mark(font, "č", "") else "CZK"
        labels = {"title": pick(rng, "Potvrzení o provedení platby", "Potvrzení o platbě", "Detail platby"),
                  "payee": ["Příjemce", "Název příjemce"], "account": ["Účet příjemce", "Číslo účtu příjemce"],
                  "from": ["Z účtu", "Účet plátce"], "amount": ["Částka", "Částka platby"],
                  "date": ["Datum provedení", "Datum zaúčtování", "Provedeno dne"],
                  "txn": ["ID transakce", "Reference platby", "Číslo transakce"],
                  "status": {"success": "Provedeno", "pending": "Čeká na zpracování", "failed": "Zamítnuto"},
                  "printed": "Vytištěno", "note": "Zpráva pro příjemce"}
        account = f"{digits(rng, 9)}/{pick(rng, '0800', '0100', '2010', '5500')}"
        grouping, decimals = "space", 2
        when = pick(rng, date_text(paid_on, "%d.%m.%Y"), date_text(paid_on, "{d}. %m. %Y").replace(" 0", " "),
                    f"{paid_on.day}. {month_name(paid_on, 'cs')} {paid_on.year}")
    else:
        bank = pick(rng, "OTP Bank", "K&H Bank", "MBH Bank", "Gránit Bank")
        payee = pick(rng, "Fővárosi Vízművek Zrt.", "Kovács Autószerviz Kft.", "Társasház Bartók u. 12",
                     "Dr. Szabó Fogászat", "Nagy és Társa Bt.")
        amount = float(rng.randrange(1500, 950000, 10))
        currency_text = pick(rng, "HUF", "Ft")
        labels = {"title": pick(rng, "Átutalási bizonylat", "Tranzakció részletei", "Terhelési értesítő"),
                  "payee": ["Kedvezményezett", "Kedvezményezett neve"],
                  "account": ["Kedvezményezett számlaszáma", "Jóváírandó számla"],
                  "from": ["Terhelendő számla", "Forrás számla"], "amount": ["Összeg", "Átutalt összeg"],
                  "date": ["Teljesítés dátuma", "Könyvelés dátuma", "Terhelés napja"],
                  "txn": ["Tranzakció azonosító", "Tranzakciós azonosító", "Bizonylatszám"],
                  "status": {"success": "Teljesítve", "pending": "Függőben", "failed": "Elutasítva"},
                  "printed": "Nyomtatva", "note": "Közlemény"}
        account = f"{digits(rng, 8)}-{digits(rng, 8)}-{digits(rng, 8)}"
        grouping, decimals = "space", 0 if rng.random() < 0.6 else 2
        when = pick(rng, paid_on.strftime("%Y.%m.%d."), paid_on.strftime("%Y. %m. %d."),
                    f"{paid_on.year}. {month_name(paid_on, 'hu')} {paid_on.day}.")
    value = grouped(amount, grouping, decimals)
    rows: list[tuple] = [("title", bank), ("center", labels["title"]), ("rule",)]
    rows.append(("pair", rng.choice(labels["payee"]), payee))
    rows.append(("pair", rng.choice(labels["account"]), account))
    optional_pair(rng, rows, labels["from"], f"{digits(rng, 8)}-{digits(rng, 8)}" if not czech
                  else f"{digits(rng, 10)}/{pick(rng, '0800', '0300')}", 0.3)
    rows.append(("pair", rng.choice(labels["amount"]), pick(rng, f"{value} {currency_text}", f"{currency_text} {value}")
                 if currency_text != "Ft" else f"{value} Ft"))
    if czech:
        optional_pair(rng, rows, ["Variabilní symbol", "VS"], digits(rng, 10), 0.3)
        optional_pair(rng, rows, ["Konstantní symbol", "KS"], pick(rng, "0308", "0558", "0008"), 0.5)
    optional_pair(rng, rows, [labels["note"]], pick(rng, "nájem", "faktura " + digits(rng, 7), "oprava",
                                                      "számla " + digits(rng, 6)), 0.4)
    date_shown = optional_pair(rng, rows, labels["date"], when, 0.12)
    txn = pick(rng, digits(rng, 12), code(rng, 4, string.ascii_uppercase) + digits(rng, 10))
    txn_shown = optional_pair(rng, rows, labels["txn"], txn, 0.2)
    rows.append(("pair", "Stav" if czech else "Státusz", labels["status"][status]))
    if shown(rng, 0.5):
        printed_on = later(paid_on, rng, 0, 40)
        rows.append(("small", f"{labels['printed']}: {printed_on.strftime('%d.%m.%Y' if czech else '%Y.%m.%d.')}"))
    truth = {"merchant_name": payee, "amount": f"{amount:.2f}",
             "currency": "CZK" if czech else "HUF", "transaction_id": txn if txn_shown else None,
             "date": paid_on.isoformat() if date_shown else None, "payment_method": "netbanking", "status": status}
    return rows, truth, {"width": 720, "size": 21, "paper": (255, 255, 255), "band": pick(rng, (10, 60, 120),
                                                                                        (0, 110, 70)),
                         "label_ink": (80, 80, 90)}

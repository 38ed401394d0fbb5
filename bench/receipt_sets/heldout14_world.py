"""Online and European heldout14 layouts: a course checkout, a market stall's card-reader e-mail receipt, and
TWINT, iDEAL, Payconiq and MobilePay confirmation screens."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import (
    PEOPLE, clock, code, date_text, day, digits, money, optional_pair, price, shown,
)

HEX = "0123456789abcdef"
PAYCONIQ_SHOPS = [
    "Frituur 't Hoekske", "Boulangerie Dumont", "Jeugdhuis De Kelder", "Brasserie Le Parc",
    "Markt Kraam Jansens",
]
MOBILEPAY_SHOPS = [
    "Lagkagehuset Nørrebro", "Cykelsmeden Aps", "Torvehallerne Fisk", "Kaffebar Ø",
    "Gartneriet Solbakken",
]
ENGLISH_OUTCOMES = {"success": "Payment successful", "failed": "Payment failed", "pending": "Payment pending"}
DUTCH_OUTCOMES = {"success": "Betaling geslaagd", "failed": "Betaling mislukt",
                  "pending": "Betaling in behandeling"}
DANISH_OUTCOMES = {"success": "Betalt", "failed": "Betalingen mislykkedes", "pending": "Afventer"}
SCREEN = {"width": 480, "size": 22, "screen": True, "min_height": 760}


def _outcome(rng: random.Random) -> str:
    return rng.choices(["success", "failed", "pending"], [5, 2, 2])[0]


def course_checkout(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An online course's checkout confirmation page, paid by card in dollars, euros or pounds."""
    school = rng.choice(
        [
            "Brightpath Academy", "CodeHarbor Learning", "Lingua Loop", "DataDojo Online",
            "The Pastry Lab School",
        ]
    )
    currency = rng.choice(["USD", "EUR", "GBP"])
    value = price(rng, 19, 899)
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}[currency]
    figure = money(value, "european" if currency == "EUR" and rng.random() < 0.5 else "western")
    amount_text = rng.choice([f"{symbol}{figure}", f"{figure} {currency}", f"{symbol}{figure} {currency}"])
    outcome = _outcome(rng)
    when = day(rng)
    rows: list[tuple] = []
    merchant_shown = shown(rng)
    rows.append(("title", school if merchant_shown else "Checkout"))
    rows.append(
        (
            "center",
            {
                "success": rng.choice(["Thanks for your order!", "Payment confirmed", "You're enrolled!"]),
                "failed": rng.choice(["Your payment was declined", "Payment failed"]),
                "pending": rng.choice(["Payment processing", "Awaiting payment confirmation"]),
            }[outcome],
        )
    )
    rows += [
        ("rule",),
        (
            "left",
            rng.choice(
                [
                    "Full-Stack Web Bootcamp", "Spanish B1 – 12 weeks", "SQL for Analysts",
                    "Croissant Masterclass", "Intro to Machine Learning",
                ]
            ),
        ),
        ("pair", "Cohort starts", date_text(when + dt.timedelta(days=rng.randint(7, 60)), "%b %d, %Y")),
        ("pair", "Subtotal", f"{symbol}{money(value * 1.2, 'western')}"),
        ("pair", rng.choice(["Coupon SAVE20", "Discount"]), f"-{symbol}{money(value * 0.2, 'western')}"),
    ]
    amount_shown = shown(rng, 0.25)
    if amount_shown:
        rows.append(("pair", rng.choice(["Total charged", "Total", "Amount due today"]), amount_text))
    order = f"{rng.choice(['ORD-', 'CH-', '#'])}{digits(rng, 7)}"
    order_shown = optional_pair(rng, rows, ["Order number", "Order"], order, 0.3)
    transaction = "ch_" + code(rng, 18, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    id_shown = shown(rng, 0.35)
    if id_shown:
        rows.append(("pair", rng.choice(["Transaction ID", "Payment reference", "Charge ID"]), transaction))
    date_shown = shown(rng)
    if date_shown:
        pattern = rng.choice(
            ["%B %d, %Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y" if currency != "USD" else "%m/%d/%Y"]
        )
        rows.append(("pair", rng.choice(["Date", "Purchased on", "Order date"]), date_text(when, pattern)))
    method_shown = shown(rng)
    if method_shown:
        rows.append(
            (
                "pair", "Payment method",
                f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} ending {digits(rng, 4)}",
            )
        )
    rows += [
        ("pair", "Billed to", rng.choice(PEOPLE)), ("rule",),
        ("small", f"Questions? support@{school.split()[0].lower()}.example"),
    ]
    truth = {
        "merchant_name": school if merchant_shown else None,
        "amount": f"{value:.2f}" if amount_shown else None, "currency": currency if amount_shown else None,
        "transaction_id": transaction if id_shown else order.lstrip("#") if order_shown else None,
        "date": when.isoformat() if date_shown else None, "payment_method": "card" if method_shown else None,
        "status": outcome,
    }
    return rows, truth, {"width": 640, "screen": True, "paper": (255, 255, 255), "accent": (88, 28, 135)}


def market_card_email(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A farmers'-market stall's e-mailed receipt from a phone card reader."""
    stall = rng.choice(
        [
            "Hillside Orchard", "Two Goats Creamery", "Maple Ridge Honey", "Green Acre Greens",
            "Sunny Bee Farm Stand",
        ]
    )
    items = rng.sample(
        [
            ("Heirloom tomatoes 2 lb", 8.0), ("Goat cheese", 9.5), ("Raw honey 16 oz", 14.0),
            ("Sourdough loaf", 7.25), ("Apples (peck)", 12.0), ("Kale bunch", 3.5),
        ],
        rng.randint(1, 4),
    )
    subtotal = sum(cost for _, cost in items)
    tip = rng.choice([0.0, 1.0, 2.0, round(subtotal * 0.1, 2)])
    value = round(subtotal + tip, 2)
    when = day(rng)
    rows: list[tuple] = [
        ("small", f"From: {stall} <receipts@messaging.example>"), ("small", "Subject: Your receipt"),
        ("rule",),
    ]
    merchant_shown = shown(rng)
    if merchant_shown:
        rows.append(("title", stall))
    amount_shown = shown(rng, 0.25)
    currency_shown = rng.random() < 0.6
    if amount_shown:
        rows.append(
            ("big", f"${money(value, 'western')}" + (" USD" if currency_shown and rng.random() < 0.3 else ""))
        )
    for name, cost in items:
        rows.append(("pair", name, f"${money(cost, 'western')}"))
    if tip:
        rows.append(("pair", "Tip", f"${money(tip, 'western')}"))
    rows.append(("pair", "Total", f"${money(value, 'western')}") if amount_shown else ("gap",))
    method_shown = shown(rng)
    if method_shown:
        rows.append(
            ("pair", rng.choice(["Visa", "Mastercard", "Discover", "Amex"]), f"•••• {digits(rng, 4)}")
        )
    rows.append(("pair", rng.choice(["Entry", "Read"]), rng.choice(["Contactless", "Chip", "Swiped"])))
    auth = code(rng, 6)
    id_shown = shown(rng, 0.3)
    if id_shown:
        rows.append(("pair", rng.choice(["Auth code", "Approval", "Auth #"]), auth))
    receipt = f"#{code(rng, 4)}"
    receipt_shown = optional_pair(rng, rows, ["Receipt", "Receipt no."], receipt, 0.4)
    date_shown = shown(rng)
    if date_shown:
        rows.append(
            (
                "center",
                f"{date_text(when, rng.choice(['%b {d}, %Y', '%m/%d/%Y', '%B {d} %Y']))}"
                f" at {clock(rng, True)}",
            )
        )
    rows += [("small", "Market hours: Saturdays 8 AM – 1 PM"), ("small", "(555) 014-2298")]
    truth = {
        "merchant_name": stall if merchant_shown else None,
        "amount": f"{value:.2f}" if amount_shown else None, "currency": "USD" if amount_shown else None,
        "transaction_id": auth if id_shown else receipt.lstrip("#") if receipt_shown else None,
        "date": when.isoformat() if date_shown else None, "payment_method": "card" if method_shown else None,
        "status": None,
    }
    return rows, truth, {"width": 560, "screen": True, "paper": (255, 255, 255), "accent": (20, 20, 20)}


def _screen_rows(rng: random.Random, brand: str, flags: tuple[bool, ...], shop: str | None, amount_text: str,
                 headline: str, details: list[tuple]) -> list[tuple]:
    """A phone screen: status bar, brand, amount and payee where printed, the outcome, then ``details``."""
    amount_shown, merchant_shown = flags[0], flags[1]
    merchant = shop if merchant_shown else None
    status_bar = f"{clock(rng, False)}    LTE  {rng.randint(12, 99)}%"
    rows: list[tuple] = [("small", status_bar), ("title", brand), ("gap",)]
    if amount_shown:
        rows.append(("big", amount_text))
    rows.append(("center", headline))
    if merchant:
        rows.append(("center", merchant))
    return rows + [("gap",), ("rule",), *details, ("gap",), ("center", "Done")]


def _screen_draw(rng: random.Random, shops: list[str], low: float, high: float, step: float) -> tuple:
    """The payee, amount, outcome, date and which of amount, payee, date and id a screen prints."""
    shop, value, outcome, when = rng.choice(shops), price(rng, low, high, step), _outcome(rng), day(rng)
    return shop, value, outcome, when, (shown(rng, 0.25), shown(rng), shown(rng), shown(rng, 0.25))


def _screen_truth(
    flags: tuple[bool, ...], shop: str, value: float, currency: str, transaction_id: str | None,
    when: dt.date, method: str, outcome: str,
) -> dict:
    """The truth of a confirmation screen from which of amount, payee and date it prints."""
    amount_shown, merchant_shown, date_shown, _ = flags
    return {
        "merchant_name": shop if merchant_shown else None, "amount": f"{value:.2f}" if amount_shown else None,
        "currency": currency if amount_shown else None, "transaction_id": transaction_id,
        "date": when.isoformat() if date_shown else None, "payment_method": method, "status": outcome,
    }


def twint_screen(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Swiss TWINT payment confirmation screen."""
    shop, value, outcome, when, flags = _screen_draw(
        rng, ["Bäckerei Frey", "Migros Zürich HB", "Velo Kurier Bern", "Café Gartenhof", "Hofladen Sommer"],
        2.5, 480, 0.05,
    )
    language = rng.choice(["de", "fr", "en"])
    headline = {
        ("de", "success"): "Zahlung erfolgreich", ("de", "failed"): "Zahlung fehlgeschlagen",
        ("de", "pending"): "Zahlung wird verarbeitet", ("fr", "success"): "Paiement réussi",
        ("fr", "failed"): "Paiement refusé", ("fr", "pending"): "Paiement en cours",
        ("en", "success"): "Payment successful", ("en", "failed"): "Payment failed",
        ("en", "pending"): "Payment pending",
    }[(language, outcome)]
    amount_shown, merchant_shown, date_shown, id_shown = flags
    figure = money(value, rng.choice(["swiss", "plain"]))
    amount_text = rng.choice([f"CHF {figure}", f"{figure} CHF", f"Fr. {figure}"])
    reference = digits(rng, 4) + code(rng, 12, "0123456789ABCDEF")
    details = (
        [
            (
                "pair", {"de": "Datum", "fr": "Date", "en": "Date"}[language],
                f"{date_text(when, rng.choice(['%d.%m.%Y', '{d}. %b %Y', '%d.%m.%y']))} {clock(rng, False)}",
            )
        ]
        if date_shown
        else []
    )
    if id_shown:
        details.append(
            (
                "pair",
                {"de": "Transaktions-ID", "fr": "ID de transaction", "en": "Transaction ID"}[language],
                reference,
            )
        )
    details += [
        ("pair", "Terminal", f"T{digits(rng, 7)}"),
        (
            "pair", {"de": "Guthaben", "fr": "Solde", "en": "Balance"}[language],
            f"CHF {money(price(rng, 5, 900), 'swiss')}",
        ),
    ]
    rows = _screen_rows(rng, "TWINT", flags, shop, amount_text, headline, details)
    truth = _screen_truth(flags, shop, value, "CHF", reference if id_shown else None, when, "wallet", outcome)
    return rows, truth, {**SCREEN, "paper": (20, 20, 24), "ink": (235, 235, 235), "accent": (255, 255, 255)}


def ideal_confirmation(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Dutch iDEAL bank-app confirmation of a web-shop payment."""
    shop, value, outcome, when, flags = _screen_draw(
        rng,
        [
            "Fietsenwinkel De Spaak", "Bol Boeken BV", "Stichting Dierenasiel", "Kaasboerderij Van Dam",
            "Tuincentrum Groen",
        ],
        4,
        1800,
        0.01,
    )
    bank = rng.choice(["ING", "Rabobank", "ABN AMRO", "SNS", "bunq"])
    dutch = rng.random() < 0.6
    headline = (DUTCH_OUTCOMES if dutch else ENGLISH_OUTCOMES)[outcome]
    amount_shown, merchant_shown, date_shown, id_shown = flags
    figure = money(value, "european")
    amount_text = rng.choice([f"€ {figure}", f"EUR {figure}", f"{figure} EUR"])
    transaction = digits(rng, 16)
    details: list[tuple] = [("pair", "Betaalmethode" if dutch else "Method", "iDEAL")]
    if merchant_shown:
        details.append(("pair", "Begunstigde" if dutch else "Payee", shop))
    order = digits(rng, 8)
    order_printed = rng.random() < 0.7
    description = f"Bestelling {order}" if order_printed else "Webshop aankoop"
    details.append(("pair", "Omschrijving" if dutch else "Description", description))
    if id_shown:
        details.append(("pair", "Transactie-ID" if dutch else "Transaction ID", transaction))
    if date_shown:
        details.append(
            (
                "pair", "Datum" if dutch else "Date",
                date_text(when, rng.choice(["%d-%m-%Y", "{d} %B %Y", "%d/%m/%Y"])),
            )
        )
    details.append(
        (
            "pair", "Van rekening" if dutch else "From account",
            f"NL{digits(rng, 2)} {bank[:4].upper()} •••• {digits(rng, 4)}",
        )
    )
    rows = _screen_rows(rng, f"{bank} · iDEAL", flags, None, amount_text, headline, details)
    reference = transaction if id_shown else order if order_printed else None
    truth = _screen_truth(flags, shop, value, "EUR", reference, when, "netbanking", outcome)
    return rows, truth, {**SCREEN, "paper": (250, 250, 252), "accent": (204, 0, 102), "band": (204, 0, 102)}


def payconiq_screen(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Belgian Payconiq payment screen."""
    shop, value, outcome, when, flags = _screen_draw(rng, PAYCONIQ_SHOPS, 1.5, 300, 0.1)
    language = rng.choice(["nl", "fr"])
    headline = {
        ("nl", "success"): "Betaald", ("nl", "failed"): "Betaling geweigerd",
        ("nl", "pending"): "Even geduld…", ("fr", "success"): "Payé", ("fr", "failed"): "Paiement refusé",
        ("fr", "pending"): "Paiement en attente",
    }[(language, outcome)]
    amount_shown, merchant_shown, date_shown, id_shown = flags
    amount_text = rng.choice(["€ {}", "{} €", "{} EUR"]).format(money(value, "european"))
    reference = code(rng, 24, HEX)
    id_shown = id_shown and shown(rng, 0.35)  # many Payconiq confirmations show no reference
    details: list[tuple] = []
    if date_shown:
        details.append(
            (
                "pair", "Datum" if language == "nl" else "Date",
                f"{date_text(when, rng.choice(['%d/%m/%Y', '{d}/%m/%Y', '%d.%m.%Y']))} {clock(rng, False)}",
            )
        )
    if id_shown:
        details.append(("pair", "Referentie" if language == "nl" else "Référence", reference))
    details.append(("pair", "Bank", f"BE{digits(rng, 2)} •••• {digits(rng, 4)}"))
    rows = _screen_rows(rng, "Payconiq", flags, shop, amount_text, headline, details)
    truth = _screen_truth(flags, shop, value, "EUR", reference if id_shown else None, when, "wallet", outcome)
    return rows, truth, {**SCREEN, "paper": (255, 255, 255), "accent": (255, 71, 120), "ink": (40, 40, 50)}


def mobilepay_screen(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Danish MobilePay payment receipt screen."""
    shop, value, outcome, when, flags = _screen_draw(rng, MOBILEPAY_SHOPS, 12, 4500, 0.5)
    danish = rng.random() < 0.7
    headline = (DANISH_OUTCOMES if danish else ENGLISH_OUTCOMES)[outcome]
    amount_shown, merchant_shown, date_shown, id_shown = flags
    amount_text = rng.choice(["{} kr.", "DKK {}", "{} DKK"]).format(money(value, "european"))
    transaction = code(rng, 10, "0123456789") + code(rng, 4)
    details: list[tuple] = []
    if date_shown:
        paid_at = date_text(when, rng.choice(["{d}. %b %Y", "%d.%m.%Y", "%d-%m-%Y"]))
        details.append(("pair", "Dato" if danish else "Date", f"{paid_at} kl. {clock(rng, False)}"))
    if id_shown:
        details.append(("pair", "Transaktions-ID" if danish else "Transaction ID", transaction))
    details.append(("pair", "Kort" if danish else "Card", f"Visa/Dankort •• {digits(rng, 4)}"))
    receipt = digits(rng, 5) if shown(rng, 0.4) else None
    if receipt:
        details.append(("pair", "Kvittering nr." if danish else "Receipt no.", receipt))
    details.append(("pair", "Tlf.", f"+45 {digits(rng, 8)}"))
    rows = _screen_rows(rng, "MobilePay", flags, shop, amount_text, headline, details)
    reference = transaction if id_shown else receipt
    truth = _screen_truth(flags, shop, value, "DKK", reference, when, "wallet", outcome)
    return rows, truth, {**SCREEN, "paper": (90, 120, 255), "ink": (255, 255, 255), "accent": (255, 255, 255)}

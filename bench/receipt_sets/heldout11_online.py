"""heldout11 families paid online: PayPal e-mail, Stripe-hosted receipt, holiday rental, airline EMD."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from bench.receipt_sets.heldout11_render import badge, band, cols, gap, glyphs, kv, rule, text, title
from bench.receipt_sets.heldout11_values import (
    WESTERN_NAMES, amount, bare, code, date_text, digits, letters, masked_account, money, other_day,
    outcome, truth, when,
)

LOCALE = {
    "USD": "us",
    "CAD": "us",
    "EUR": "eu",
    "GBP": "eu",
    "AUD": "eu",
    "SGD": "eu",
    "INR": "in",
    "THB": "eu",
}
SHOPS = ["Acme Outdoor Co.", "Northwind Ceramics", "Pixel Forge Studio", "Bluebird Vintage",
    "Tinker & Thread", "Harbor Light Books"]
SAAS = ["Linear Labs, Inc.", "Fathom Analytics", "Notion Forms Ltd", "Cobalt Hosting GmbH",
    "Brightwave Learning", "Paperplane Design"]
CARDS = ["Visa", "Mastercard", "Amex", "Discover"]


def paypal_email(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A PayPal receipt e-mail: a purchase from a shop or money sent to a person."""
    currency = rng.choice(["USD", "USD", "EUR", "GBP", "AUD", "CAD"])
    moment, value = when(rng), amount(rng, 6, 900)
    shop = rng.random() < 0.6
    payee = rng.choice(SHOPS) if shop else rng.choice(WESTERN_NAMES)
    status = rng.choice(["success"] * 3 + ["pending", "failed", None])
    record = code(rng, 17)
    funding = rng.choice(["balance", "card", "bank"])
    shown = glyphs(font)
    if shop or status != "success":
        heading = f"Receipt for your payment to {payee}"
    else:
        heading = f"You sent {money(rng, value, currency, shown)} to {payee}"
    rows = [
        band("PayPal"),
        gap(),
        title(heading, 1.05, "l"),
        text(f"Hello {rng.choice(WESTERN_NAMES)},", 0.9),
        gap(),
    ]
    if status == "pending":
        rows.append(
            text("Your payment is pending. We'll let you know when it clears.", 0.9, "l", "accent", True)
        )
    elif status == "failed":
        rows.append(text("Your payment was declined. No money has been taken.", 0.9, "l", "accent", True))
    rows.append(cols(["Transaction ID", "Transaction date"], [0, 0.5], True))
    rows.append(cols([record, date_text(rng, moment, LOCALE[currency], time=rng.random() < 0.6)], [0, 0.5]))
    if shop:
        rows += [
            gap(),
            cols(["Merchant", "Instructions to merchant"], [0, 0.5], True),
            cols([payee, "You haven't entered any instructions."], [0, 0.5]),
        ]
        if rng.random() < 0.5:
            rows.append(kv("Invoice ID", "INV-" + digits(rng, 6)))
        rows += [rule(), cols(["Description", "Unit price", "Qty", "Amount"], [0, 0.5, 0.7, 0.8], True)]
        tax = (value * Decimal("0.08")).quantize(Decimal("0.01")) if rng.random() < 0.5 else Decimal(0)
        shipping = Decimal(rng.choice([0, 0, 4.99, 7.5])).quantize(Decimal("0.01"))
        goods = value - tax - shipping
        rows.append(
            cols(
                [
                    rng.choice(["Handmade mug set", "Linen tote", "Print A3", "Enamel pin pack"]),
                    bare(rng, goods, currency),
                    "1",
                    bare(rng, goods, currency),
                ],
                [0, 0.5, 0.7, 0.8],
            )
        )
        rows += [
            kv("Subtotal", money(rng, goods, currency, shown)),
            kv("Shipping", money(rng, shipping, currency, shown)),
        ]
        if tax:
            rows.append(kv("Sales tax", money(rng, tax, currency, shown)))
    else:
        rows += [gap(), kv("Sent to", payee), kv("Amount", money(rng, value, currency, shown))]
        if rng.random() < 0.5:
            rows.append(kv("Fee", money(rng, Decimal(0), currency, shown)))
    rows.append(kv("Total", f"{money(rng, value, currency, shown)}", 1.15))
    if status:
        rows.append(
            kv(
                rng.choice(["Payment status", "Status"]),
                {"success": "Completed", "pending": "Pending", "failed": "Declined"}[status],
            )
        )
    method = {"balance": "wallet", "card": "card", "bank": None}[funding]
    source = {
        "balance": "PayPal balance",
        "card": f"{rng.choice(CARDS)} x-{digits(rng, 4)}",
        "bank": f"{rng.choice(['Chase', 'Barclays', 'ING'])} Bank x-{digits(rng, 4)}",
    }[funding]
    rows += [
        rule(),
        cols(["Payment sent from", "Funding sources used"], [0, 0.5], True),
        cols([f"{rng.choice(['emily', 'j.oneill', 'sofia.m'])}@example.com", source], [0, 0.5]),
        gap(),
        text("Questions? Go to the Help Center at www.paypal.com/help.", 0.8, "l", "grey"),
    ]
    return rows, truth(payee, value, currency, record, moment, method, status), "email"


def stripe_page(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A Stripe-hosted receipt for a subscription or a one-off purchase; an order id outranks the receipt number."""
    currency = rng.choice(["USD", "USD", "EUR", "GBP", "SGD", "CAD", "AUD"])
    moment, value = when(rng), amount(rng, 4, 600)
    payee = rng.choice(SAAS)
    shown = glyphs(font)
    receipt_no = f"{digits(rng, 4)}-{digits(rng, 4)}"
    order = "ord_" + code(rng, 14, "abcdefghijkmnpqrstuvwxyz0123456789") if rng.random() < 0.3 else None
    method_kind = (
        rng.choice(["card", "card", "card", "link", "sepa"])
        if currency == "EUR"
        else rng.choice(["card", "card", "link"])
    )
    paid_moment = moment if rng.random() < 0.8 else None
    rows = [
        text(payee, 1.0, "c", "grey"),
        title(f"Receipt from {payee}", 1.15),
        gap(),
        text(money(rng, value, currency, shown), 2.0, "c", "fg", True),
    ]
    if paid_moment:
        rows.append(text(f"Paid {date_text(rng, moment, LOCALE[currency], time=False)}", 0.95, "c", "grey"))
    rows += [gap(), rule()]
    rows.append(kv(rng.choice(["Receipt number", "Receipt #"]), receipt_no))
    if rng.random() < 0.5:
        rows.append(kv(rng.choice(["Amount paid", "AMOUNT PAID"]), money(rng, value, currency, shown)))
    if paid_moment:
        rows.append(
            kv(rng.choice(["Date paid", "DATE PAID"]), date_text(rng, moment, LOCALE[currency], time=False))
        )
    card = rng.choice(CARDS)
    rows.append(
        kv(
            rng.choice(["Payment method", "PAYMENT METHOD"]),
            {
                "card": f"{card} – {digits(rng, 4)}",
                "link": "Link",
                "sepa": f"SEPA Direct Debit – {digits(rng, 4)}",
            }[method_kind],
        )
    )
    if order:
        rows.append(kv(rng.choice(["Order ID", "Order number"]), order))
    rows += [rule(), text("SUMMARY", 0.85, "l", "grey", True)]
    period_end = moment + timedelta(days=rng.choice([28, 30, 31]))
    tax = (value * Decimal(rng.choice(["0.0", "0.09", "0.19", "0.2"])) / Decimal("1.2")).quantize(
        Decimal("0.01")
    )
    rows.append(
        kv(
            f"{rng.choice(['Pro plan', 'Team seat × 3', 'Starter (monthly)'])}",
            money(rng, value - tax, currency, shown),
        )
    )
    if paid_moment:  # the service period starts on the payment day: without a paid date it would give it away
        rows.append(text(f"{moment:%b %d} – {period_end:%b %d, %Y}", 0.8, "l", "grey"))
    if tax:
        rows.append(kv(rng.choice(["Tax", "VAT", "GST"]), money(rng, tax, currency, shown)))
    rows += [
        kv("Total", money(rng, value, currency, shown)),
        kv("Amount paid", money(rng, value, currency, shown), 1.1),
        rule(),
        text(f"Questions? Contact {payee.split()[0].lower()} at billing@example.com", 0.8, "l", "grey"),
    ]
    method = {"card": "card", "link": "wallet", "sepa": None}[method_kind]
    return rows, truth(payee, value, currency, order or receipt_no, paid_moment, method, "success"), "email"


RENTALS = ["Casa Azul Holiday Rentals", "Highland Lodges Ltd", "Villa Serena Stays", "Driftwood Cottages",
    "Alpine Chalet Co.", "Sunny Coast Apartments"]


def holiday_rental(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A holiday-rental payment receipt: nights, fees, check-in and check-out dates around the payment date."""
    currency = rng.choice(["EUR", "EUR", "GBP", "USD", "AUD", "INR"])
    moment = when(rng)
    nights = rng.randint(2, 9)
    rate = amount(rng, 60, 320) if currency != "INR" else amount(rng, 3500, 14000, cents=False)
    cleaning = (
        amount(rng, 25, 90, cents=False) if currency != "INR" else Decimal(rng.choice([750, 1000, 1500]))
    )
    service = (rate * nights * Decimal("0.12")).quantize(Decimal("0.01"))
    taxes = (rate * nights * Decimal(rng.choice(["0.05", "0.1", "0.12"]))).quantize(Decimal("0.01"))
    value = rate * nights + cleaning + service + taxes
    payee = rng.choice(RENTALS)
    shown = glyphs(font)
    status = outcome(rng, 0.15, 0.1)
    dated = rng.random() < 0.8
    check_in = other_day(rng, moment, 10, 90)
    if check_in < moment:
        check_in = moment + (moment - check_in)
    check_out = other_day(rng, check_in, nights, nights)
    if check_out < check_in:
        check_out = check_in + (check_in - check_out)
    booking = code(rng, 10) if rng.random() < 0.7 else None
    receipt_no = "R" + digits(rng, 8)
    locale = LOCALE[currency]
    rows = [
        band(payee),
        gap(),
        title(rng.choice(["Payment receipt", "Booking payment", "Your receipt"]), 1.2, "l"),
    ]
    status_word = {
        "success": rng.choice(["Payment received", "Paid in full", "Payment successful"]),
        "failed": rng.choice(["Payment declined", "Payment failed"]),
        "pending": rng.choice(["Payment processing", "Payment pending"]),
    }[status]
    rows += [badge(status_word, status), gap()]
    if booking:
        rows.append(kv(rng.choice(["Confirmation code", "Booking reference", "Reservation no."]), booking))
    rows += [
        kv(rng.choice(["Receipt ID", "Receipt no."]), receipt_no),
        kv("Guest", rng.choice(WESTERN_NAMES)),
        kv("Check-in", date_text(rng, check_in, locale, time=False)),
        kv("Check-out", date_text(rng, check_out, locale, time=False)),
        rule(),
    ]
    rows += [
        kv(f"{bare(rng, rate, currency)} x {nights} nights", money(rng, rate * nights, currency, shown)),
        kv("Cleaning fee", money(rng, cleaning, currency, shown)),
        kv("Service fee", money(rng, service, currency, shown)),
        kv(rng.choice(["Occupancy taxes", "Tourist tax", "GST"]), money(rng, taxes, currency, shown)),
        rule(),
        kv(
            rng.choice(["Total", "Total paid", f"Total ({currency})"]),
            money(rng, value, currency, shown),
            1.15,
        ),
    ]
    if dated:
        rows += [
            gap(),
            kv(rng.choice(["Payment date", "Paid on", "Charged on"]), date_text(rng, moment, locale)),
        ]
    rows += [kv("Payment method", f"{rng.choice(CARDS)} {masked_account(rng)}")]
    return (
        rows,
        truth(payee, value, currency, booking or receipt_no, moment if dated else None, "card", status),
        "email",
    )


AIRLINES = ["Air Horizon", "SkyLink Airways", "Coral Air", "Nordwind Air", "IndiGo Wings",
    "Pacific Sun Airlines"]
AIRPORTS = {
    "INR": ["DEL", "BOM", "BLR"],
    "EUR": ["FRA", "CDG", "AMS"],
    "SGD": ["SIN"],
    "THB": ["BKK"],
    "AUD": ["SYD", "MEL"],
    "USD": ["JFK", "SFO", "ORD"],
}


def airline_emd(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """An airline EMD for excess baggage: auth code > booking reference > EMD number."""
    currency = rng.choice(list(AIRPORTS))
    moment = when(rng)
    kilos = rng.randint(3, 23)
    per_kilo = (
        amount(rng, 400, 900, cents=False)
        if currency == "INR"
        else amount(rng, 8, 30, cents=currency != "THB") * (30 if currency == "THB" else 1)
    )
    base = per_kilo * kilos
    taxes = (base * Decimal("0.05")).quantize(Decimal("0.01")) if rng.random() < 0.6 else Decimal(0)
    value = base + taxes
    airline = rng.choice(AIRLINES)
    shown = glyphs(font)
    emd = digits(rng, 3) + digits(rng, 10)
    pnr = code(rng, 6) if rng.random() < 0.6 else None
    auth = code(rng, 6) if rng.random() < 0.5 else None
    flight_day = other_day(rng, moment, 0, 0)
    dated = rng.random() < 0.75
    rows = [
        title(airline, 1.3, "l"),
        text("ELECTRONIC MISCELLANEOUS DOCUMENT", 0.95, "l", "accent", True),
        text(
            rng.choice(["Excess Baggage Receipt", "EMD-S / Excess baggage", "Passenger receipt"]),
            0.9,
            "l",
            "grey",
        ),
        rule(),
    ]
    rows.append(kv(rng.choice(["EMD Number", "Document No.", "EMD No"]), emd))
    if pnr:
        rows += [
            kv(rng.choice(["Booking Reference", "PNR", "Record locator"]), pnr),
            kv("Associated ticket", digits(rng, 3) + digits(rng, 10)),
        ]
    origin = rng.choice(AIRPORTS[currency])
    rows += [
        kv("Passenger", rng.choice(WESTERN_NAMES).upper().replace(" ", "/")),
        kv(
            "Flight",
            f"{letters(rng, 2)}{rng.randint(100, 999)} {origin}-"
            f"{rng.choice(['LHR', 'DXB', 'HKG', 'NRT', 'MAA'])}",
        ),
        kv("Flight date", date_text(rng, flight_day, "in" if currency == "INR" else "eu", time=False)),
        *(
            [
                kv(
                    rng.choice(["Date of issue", "Issued", "Issue date"]),
                    date_text(rng, moment, "in" if currency == "INR" else "eu"),
                )
            ]
            if dated
            else []
        ),
        kv("Place of issue", f"{origin} AIRPORT COUNTER {rng.randint(1, 40)}"),
        rule(),
    ]
    rows.append(cols(["Reason", "Kg", "Rate", "Amount"], [0, 0.5, 0.62, 0.8], True))
    rows.append(
        cols(
            ["Excess weight", str(kilos), bare(rng, per_kilo, currency), bare(rng, base, currency)],
            [0, 0.5, 0.62, 0.8],
        )
    )
    if taxes:
        rows.append(kv(rng.choice(["Taxes", "GST", "VAT"]), money(rng, taxes, currency, shown)))
    rows.append(
        kv(
            rng.choice(["TOTAL", "Total amount", "Amount collected"]),
            money(rng, value, currency, shown),
            1.15,
        )
    )
    rows.append(rule(True))
    form = rng.choice(["card", "card", "cash"])
    rows.append(
        kv(
            "Form of payment",
            f"{rng.choice(CARDS).upper()} {masked_account(rng)}" if form == "card" else "CASH",
        )
    )
    if auth and form == "card":
        rows.append(kv(rng.choice(["Auth code", "Approval", "APPR CODE"]), auth))
    else:
        auth = None
    record = auth or pnr or emd
    return rows, truth(airline, value, currency, record, moment if dated else None, form, None), "document"

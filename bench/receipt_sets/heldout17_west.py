"""Western heldout17 layouts: an Irish motor-tax receipt, an NHS prescription prepayment certificate, a US
college housing-portal payment, a US DMV renewal, a Canadian transit-card reload and a Mexican SPEI proof."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import PEOPLE, code, day, digits, price, shown
from bench.receipt_sets.heldout17_parts import (
    DAY_FIRST,
    EN_WORDS,
    US_DATES,
    amount_text,
    announce,
    distractors,
    headline,
    outcome,
    payment_date,
    references,
    truth,
    when_text,
)

PAPER = {"paper": (252, 252, 249), "width": 640, "size": 21}


def _card(rng: random.Random) -> str:
    return (
        f"{rng.choice(['Visa', 'Mastercard', 'Visa Debit', 'Debit Mastercard', 'AMEX'])} ****{digits(rng, 4)}"
    )


def irish_motor_tax(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An Irish motor-tax online payment receipt."""
    merchant = rng.choice(["Motor Tax Online", "Motor Tax Office, Cork County Council", "MotorTax.ie"])
    value = rng.choice([120, 140, 190, 200, 270, 280, 390, 570, 750, 1050]) * rng.choice(
        [1, 0.5, 0.25]
    ) + rng.choice([0, 0, 4.0, 2.5])
    text, currency = amount_text(
        rng, font, value, "EUR", "€", rng.choice(["western", "plain", "european"]), True
    )
    result, when = outcome(rng, (8, 1, 1)), day(rng)
    rows: list[tuple] = [
        ("title", merchant),
        ("center", rng.choice(["Payment Receipt", "Receipt for Motor Tax", "Transaction Summary"])),
        ("rule",),
    ]
    announce(rng, rows, result, EN_WORDS)
    distractors(
        rng,
        rows,
        [
            (
                ["Vehicle Registration", "Reg. No."],
                f"{rng.randint(12, 25)}{rng.choice('12')}-{rng.choice(['D', 'C', 'G', 'KY', 'WX'])}-"
                + digits(rng, rng.randint(3, 5)),
            ),
            (["PIN", "Customer Number"], digits(rng, 7)),
            (["Disc valid from"], when_text(rng, when + dt.timedelta(days=rng.randint(1, 20)), DAY_FIRST)),
            (
                ["Expiry date", "Disc expires"],
                when_text(rng, when + dt.timedelta(days=rng.choice([90, 181, 365])), DAY_FIRST),
            ),
        ],
    )
    rows.append(("pair", rng.choice(["Amount Paid", "Total", "Tax Paid (incl. fees)"]), text))
    method = "card" if shown(rng) else None
    if method:
        rows.append(("pair", rng.choice(["Paid by", "Card", "Payment method"]), _card(rng)))
    printed = payment_date(rng, rows, ["Date", "Transaction Date", "Date of payment"], when, DAY_FIRST)
    reference = references(
        rng,
        rows,
        [
            (["Transaction Reference", "Payment Ref"], "MT" + digits(rng, 10), 0.2),
            (["Authorisation Code", "Auth Code"], code(rng, 6), 0.5),
            (["Receipt No."], digits(rng, 8), 0.5),
        ],
    )
    rows += [("rule",), ("small", "Your tax disc will be posted within 5 working days")]
    return rows, truth(merchant, value, currency, reference, printed, method, result), dict(PAPER)


def nhs_prepayment(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An NHS prescription prepayment certificate purchase confirmation."""
    merchant = rng.choice(["NHS Business Services Authority", "NHSBSA", "NHS Prescription Services"])
    value = rng.choice([114.50, 32.05, 111.60, 31.25])
    text, currency = amount_text(rng, font, value, "GBP", "£", "plain", True)
    result, when = outcome(rng, (8, 1, 1)), day(rng)
    rows: list[tuple] = [("title", merchant), ("center", "Prescription Prepayment Certificate (PPC)")]
    if shown(rng):
        rows.append(
            (
                "center",
                headline(
                    rng,
                    result,
                    {
                        **EN_WORDS,
                        "success": ["Purchase complete", "Payment successful", "Thank you for your payment"],
                    },
                ),
            )
        )
    rows.append(("pair", "Name", rng.choice(PEOPLE)))
    distractors(
        rng,
        rows,
        [
            (["Certificate number", "PPC number"], f"{code(rng, 2, 'ABCDEFGHJK')}{digits(rng, 8)}"),
            (["NHS number"], f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"),
            (
                ["Start date", "Valid from"],
                when_text(rng, when + dt.timedelta(days=rng.randint(0, 30)), DAY_FIRST),
            ),
            (
                ["Expiry date", "Valid until"],
                when_text(rng, when + dt.timedelta(days=rng.choice([92, 366])), DAY_FIRST),
            ),
        ],
        4,
    )
    rows.append(("pair", rng.choice(["Amount paid", "Total", "Cost"]), text))
    method = "card" if shown(rng) else None
    if method:
        rows.append(("pair", rng.choice(["Payment card", "Paid with"]), _card(rng)))
    printed = payment_date(rng, rows, ["Date of purchase", "Payment date", "Date"], when, DAY_FIRST, 0.3)
    reference = references(
        rng,
        rows,
        [
            (["Payment reference", "Transaction ID"], code(rng, 4) + "-" + digits(rng, 8), 0.2),
            (["Order number"], digits(rng, 9), 0.5),
        ],
    )
    return rows, truth(merchant, value, currency, reference, printed, method, result), dict(PAPER)


def college_housing(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A US college housing-portal payment confirmation."""
    school = rng.choice(
        ["University of Oregon", "Ohio State University", "Rutgers University", "Texas A&M University"]
    )
    merchant = rng.choice(
        [f"{school} Housing", f"{school} - Residence Life", f"University Housing, {school}"]
    )
    value = price(rng, 150, 6800, 0.01)
    text, currency = amount_text(rng, font, value, "USD", "$", "western", True)
    result, when = outcome(rng, (6, 2, 2)), day(rng)
    ach = rng.random() < 0.35
    rows: list[tuple] = [
        ("title", merchant),
        (
            "center",
            rng.choice(
                ["Housing Portal - Payment Confirmation", "StarRez Portal Receipt", "Room & Board Payment"]
            ),
        ),
    ]
    announce(rng, rows, result, EN_WORDS)
    rows.append(("pair", "Student", rng.choice(PEOPLE)))
    distractors(
        rng,
        rows,
        [
            (["Student ID", "UID"], digits(rng, 9)),
            (["Term"], rng.choice(["Fall 2025", "Spring 2026", "Summer 2025", "Academic Year 2025-26"])),
            (["Room", "Assignment"], f"{rng.choice(['Hall A', 'Tower 2', 'West Commons'])} {digits(rng, 3)}"),
            (["Due date"], when_text(rng, when + dt.timedelta(days=rng.randint(3, 40)), US_DATES)),
            (["Account balance", "Remaining balance"], "$" * bool(currency) + f"{price(rng, 0, 4000):,.2f}"),
        ],
        4,
    )
    rows.append(("pair", rng.choice(["Payment amount", "Amount", "Total charged"]), text))
    method = None
    if shown(rng):
        method = "netbanking" if ach else "card"
        rows.append(("pair", "Payment method", f"eCheck (ACH) ****{digits(rng, 4)}" if ach else _card(rng)))
    printed = payment_date(rng, rows, ["Payment date", "Submitted", "Date"], when, US_DATES)
    reference = references(
        rng,
        rows,
        [
            (["Confirmation number", "Transaction ID"], digits(rng, rng.randint(8, 11)), 0.15),
            (["Authorization code"], code(rng, 6) if not ach else digits(rng, 6), 0.6),
        ],
    )
    return rows, truth(merchant, value, currency, reference, printed, method, result), dict(PAPER)


def dmv_renewal(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A US DMV vehicle-registration renewal receipt with its fee lines."""
    state = rng.choice(["California", "Virginia", "New York", "Arizona", "Florida"])
    merchant = rng.choice(
        [f"{state} DMV", f"{state} Department of Motor Vehicles", f"{state} MVD Online Services"]
    )
    fees = [price(rng, 20, 180), price(rng, 5, 60), price(rng, 1, 25)]
    convenience = rng.choice([0, 0, 1.95, 3.50, round(sum(fees) * 0.0225, 2)])
    value = round(sum(fees) + convenience, 2)
    text, currency = amount_text(rng, font, value, "USD", "$", "western", True)
    result, when = outcome(rng, (8, 1, 1)), day(rng)
    rows: list[tuple] = [
        ("title", merchant),
        (
            "center",
            rng.choice(
                ["Registration Renewal Receipt", "Vehicle Registration Renewal", "Online Transaction Receipt"]
            ),
        ),
        ("rule",),
    ]
    announce(rng, rows, result, EN_WORDS)
    distractors(
        rng,
        rows,
        [
            (["Plate", "License plate"], code(rng, 7)),
            (["VIN (last 5)", "VIN"], code(rng, 5)),
            (
                ["New expiration", "Valid through"],
                when_text(rng, when.replace(year=when.year + 1, day=min(when.day, 28)), US_DATES),
            ),
            (["Customer No."], digits(rng, 9)),
        ],
    )
    for label, fee in zip(["Registration fee", "County/District fee", "Plate fee"], fees):
        rows.append(("pair", label, f"{fee:.2f}"))
    if convenience:
        rows.append(("pair", rng.choice(["Convenience fee", "Service fee"]), f"{convenience:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL PAID", "Total", "Amount Charged"]), text))
    method = "card" if shown(rng) else None
    if method:
        rows.append(("pair", "Paid by", _card(rng)))
    printed = payment_date(rng, rows, ["Transaction date", "Date paid", "Date"], when, US_DATES)
    reference = references(
        rng,
        rows,
        [
            (["Confirmation #", "Confirmation number"], code(rng, 3) + digits(rng, 9), 0.2),
            (["Auth code", "Approval"], digits(rng, 6), 0.4),
        ],
    )
    return rows, truth(merchant, value, currency, reference, printed, method, result), dict(PAPER)


def transit_reload(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Canadian transit-card reload slip from a station vending machine."""
    card_name, merchant = rng.choice(
        [
            ("PRESTO", "PRESTO - Metrolinx"),
            ("Compass Card", "TransLink Compass"),
            ("OPUS", "STM - Société de transport de Montréal"),
            ("PRESTO", "OC Transpo"),
        ]
    )
    value = rng.choice([10, 20, 25, 40, 50, 60, 100, 156]) + rng.choice([0, 0, 0.5])
    result, when = outcome(rng, (8, 1, 1)), day(rng)
    if rng.random() < 0.5:
        text, currency = f"${value:.2f}", None  # a bare dollar sign does not say which dollar
    else:
        text, currency = amount_text(rng, font, value, "CAD", "CA$", "plain", True)
    rows: list[tuple] = [
        ("title", merchant),
        (
            "center",
            rng.choice([f"{card_name} Reload Receipt", "Load Funds - Receipt", "Recharge / Rechargement"]),
        ),
        ("rule",),
    ]
    if shown(rng):
        rows.append(
            (
                "center",
                {
                    "success": rng.choice(["APPROVED", "Load successful"]),
                    "failed": rng.choice(["DECLINED", "Transaction cancelled"]),
                    "pending": "Load pending - tap card at reader",
                }[result],
            )
        )
    distractors(
        rng,
        rows,
        [
            (["Card number", "Card No."], f"3124 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"),
            (["Machine ID", "Terminal"], digits(rng, 6)),
            (["New balance", "Solde"], f"${value + price(rng, 0, 80):.2f}"),
            (["Station"], rng.choice(["Union Station", "Waterfront", "Berri-UQAM", "Tunney's Pasture"])),
        ],
    )
    rows.append(("pair", rng.choice(["Amount loaded", "Load amount", "Montant"]), text))
    method = rng.choice(["card", "card", "cash"]) if shown(rng) else None
    if method == "card":
        rows.append(
            ("pair", "Payment", f"{rng.choice(['Debit', 'VISA', 'MASTERCARD'])} ****{digits(rng, 4)}")
        )
    elif method == "cash":
        rows.append(("pair", "Payment", rng.choice(["Cash", "CASH / COMPTANT"])))
    printed = payment_date(rng, rows, ["Date", "Date/Time"], when, ["%Y-%m-%d", "%d/%m/%Y", "%b {d}, %Y"])
    reference = references(
        rng,
        rows,
        [
            (["Auth #", "Approval code"], digits(rng, 6), 0.4 if method == "card" else 1.0),
            (["Transaction No.", "Trans #"], digits(rng, 10), 0.2),
        ],
    )
    style = {"paper": (250, 250, 250), "width": 440, "size": 19}
    return rows, truth(merchant, value, currency, reference, printed, method, result), style


def spei_transfer(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Mexican SPEI transfer proof (comprobante) from a bank app."""
    bank = rng.choice(["BBVA México", "Banorte", "Santander", "Banamex", "HSBC México"])
    merchant = rng.choice(
        [
            "Comercializadora del Bajío SA de CV",
            "Papelería La Estrella",
            "Rosa María Hernández",
            "Consultorio Dental Sonrisa",
        ]
    )
    value = price(rng, 120, 85000)
    result, when = outcome(rng, (7, 2, 1)), day(rng)
    number = rng.choice(["western", "plain"])
    text, currency = amount_text(rng, font, value, "MXN", "$", number, False)
    rows: list[tuple] = [
        ("title", bank),
        (
            "center",
            rng.choice(
                [
                    "Comprobante de transferencia SPEI",
                    "Transferencia a otros bancos",
                    "Comprobante electrónico de pago",
                ]
            ),
        ),
        ("gap",),
    ]
    if shown(rng):
        rows.append(
            (
                "center",
                {
                    "success": rng.choice(["Operación exitosa", "Liquidada", "Transferencia enviada"]),
                    "failed": rng.choice(["Operación rechazada", "Devuelta"]),
                    "pending": rng.choice(["En proceso", "Pendiente de liquidar"]),
                }[result],
            )
        )
    rows.append(("pair", rng.choice(["Beneficiario", "Nombre del beneficiario", "Para"]), merchant))
    distractors(
        rng,
        rows,
        [
            (["CLABE destino", "Cuenta destino"], "0" + digits(rng, 17)),
            (["Cuenta origen"], "****" + digits(rng, 4)),
            (["Referencia numérica"], digits(rng, 7)),
            (["RFC beneficiario"], code(rng, 4, "ABCDEFGHIJKLMNOPRSTUVZ") + digits(rng, 6) + code(rng, 3)),
        ],
    )
    rows.append(("pair", rng.choice(["Importe", "Monto", "Cantidad"]), text))
    rows.append(
        (
            "pair",
            rng.choice(["Concepto", "Concepto de pago"]),
            rng.choice(["Pago factura", "Renta", "Servicios", "Abono"]),
        )
    )
    method = "netbanking"
    printed = payment_date(
        rng,
        rows,
        ["Fecha de operación", "Fecha de aplicación", "Fecha"],
        when,
        ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"],
    )
    reference = references(
        rng,
        rows,
        [
            (["Clave de rastreo"], rng.choice(["MBAN", "BNET", "SANT"]) + digits(rng, 18), 0.15),
            (["Folio", "Número de operación"], digits(rng, 9), 0.4),
        ],
    )
    style = {"screen": True, "paper": (255, 255, 255), "band": (0, 68, 129), "width": 500, "size": 20}
    return rows, truth(merchant, value, currency, reference, printed, method, result), style

"""Asian heldout17 layouts: a Suica/PASMO charge slip, a KakaoPay screen, a Meralco bill payment, an Indian
gold-loan interest receipt, a chit-fund instalment receipt and a dine-out bill paid in a food app."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import PEOPLE, code, day, digits, money, phone, price, rupee, shown
from bench.receipt_sets.heldout17_parts import (
    EN_WORDS,
    amount_text,
    announce,
    distractors,
    outcome,
    payment_date,
    references,
    truth,
    when_text,
)

INDIAN = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d %B %Y", "%d.%m.%Y", "{d} %b %Y"]


def _rupees(rng: random.Random, font: str, value: float) -> tuple[str, str | None]:
    return amount_text(
        rng, font, value, "INR", rupee(font).rstrip("."), rng.choice(["indian", "indian", "plain"]), True
    )


def suica_charge(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Japanese IC-card (Suica / PASMO / ICOCA) charge slip from a station machine."""
    card, merchant = rng.choice(
        [
            ("Suica", "JR East"),
            ("PASMO", "Tokyo Metro"),
            ("ICOCA", "JR West"),
            ("PASMO", "Odakyu Electric Railway"),
        ]
    )
    value = rng.choice([1000, 2000, 3000, 5000, 10000])
    text, currency = amount_text(rng, font, value, "JPY", "¥", "western", True, whole=True)
    when = day(rng)
    rows: list[tuple] = [
        ("title", merchant),
        ("center", rng.choice([f"{card} Charge Receipt", "IC Card Charge", f"{card} Recharge / Receipt"])),
        ("rule",),
    ]
    result = "success" if shown(rng, 0.4) else None
    if result:
        rows.append(("center", rng.choice(["Charge completed", "Thank you", "Completed"])))
    distractors(
        rng,
        rows,
        [
            (["Machine No.", "Terminal"], digits(rng, 4)),
            (["Station"], rng.choice(["Shinjuku", "Shibuya", "Osaka", "Ikebukuro", "Ueno"])),
            (["Balance", "New balance"], "¥" * bool(currency) + f"{value + rng.randrange(0, 6000, 10):,}"),
            (["Card ID", "IC No."], f"JE{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"),
        ],
    )
    rows.append(("pair", rng.choice(["Charge amount", "Amount", "Received"]), text))
    method = rng.choice(["cash", "cash", "card", None])
    if method:
        rows.append(
            (
                "pair",
                "Payment",
                "Cash"
                if method == "cash"
                else f"Credit {rng.choice(['VIEW', 'JCB', 'VISA'])} ****{digits(rng, 4)}",
            )
        )
    printed = payment_date(rng, rows, ["Date", "Issued"], when, ["%Y/%m/%d", "%Y-%m-%d", "%Y.%m.%d"], 0.1)
    reference = references(rng, rows, [(["Receipt No.", "Transaction No."], digits(rng, 6), 0.3)])
    style = {"paper": (250, 249, 244), "width": 420, "size": 19}
    return rows, truth(merchant, value, currency, reference, printed, method, result), style


def kakaopay_screen(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A South Korean KakaoPay payment-details screen (in English)."""
    merchant = rng.choice(
        ["GS25 Yeoksam", "Olive Young Gangnam", "Starbucks Hongdae", "Baemin Store", "Emart24 Jamsil"]
    )
    value = rng.randrange(1500, 380000, 100)
    text, currency = amount_text(rng, font, value, "KRW", "₩", "western", True, whole=True)
    result, when = outcome(rng, (7, 2, 1)), day(rng)
    rows: list[tuple] = [
        ("title", "kakaopay"),
        ("center", rng.choice(["Payment details", "Payment history", "Transaction details"])),
        ("gap",),
    ]
    if shown(rng):
        rows.append(
            (
                "center",
                {
                    "success": rng.choice(["Payment complete", "Paid"]),
                    "failed": rng.choice(["Payment failed", "Payment cancelled - insufficient balance"]),
                    "pending": "Payment processing",
                }[result],
            )
        )
    rows += [("pair", rng.choice(["Merchant", "Store", "Paid to"]), merchant), ("big", text)]
    method = rng.choice(["wallet", "wallet", "card", None])
    if method:
        rows.append(
            (
                "pair",
                rng.choice(["Payment method", "Paid with"]),
                "KakaoPay Money"
                if method == "wallet"
                else f"KakaoPay card ({rng.choice(['Shinhan', 'KB Kookmin', 'Hyundai'])})",
            )
        )
    distractors(
        rng,
        rows,
        [
            (["Points earned"], f"{rng.randrange(1, 900)} P"),
            (
                ["Money balance", "Remaining balance"],
                f"{rng.randrange(0, 500000, 10):,}" + " KRW" * bool(currency),
            ),
            (["Business reg. no."], f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 5)}"),
        ],
        2,
    )
    printed = payment_date(
        rng, rows, ["Payment date", "Date"], when, ["%Y.%m.%d", "%Y-%m-%d", "%Y/%m/%d"], 0.1
    )
    reference = references(
        rng,
        rows,
        [
            (["Transaction no.", "Payment number"], "T" + digits(rng, 17), 0.25),
            (["Approval no."], digits(rng, 8), 0.4),
        ],
    )
    style = {
        "screen": True,
        "paper": (255, 255, 255),
        "band": (254, 229, 0),
        "band_ink": (30, 30, 30),
        "width": 460,
        "size": 20,
    }
    return rows, truth(merchant, value, currency, reference, printed, method, result), style


def meralco_payment(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A Philippine Meralco electricity bill payment confirmation."""
    merchant = rng.choice(["Meralco", "Manila Electric Company", "MERALCO Online"])
    value = price(rng, 480, 18500)
    text, currency = amount_text(rng, font, value, "PHP", "₱", rng.choice(["western", "plain"]), True)
    result, when = outcome(rng, (7, 2, 1)), day(rng)
    rows: list[tuple] = [
        ("title", merchant),
        (
            "center",
            rng.choice(
                ["Bills Payment Confirmation", "Payment Acknowledgement", "Official Receipt - Online Payment"]
            ),
        ),
        ("gap",),
    ]
    announce(rng, rows, result, EN_WORDS)
    distractors(
        rng,
        rows,
        [
            (["Customer Account No.", "CAN"], digits(rng, 10)),
            (["Service ID No.", "SIN"], digits(rng, 12)),
            (
                ["Billing period"],
                when_text(rng, when - dt.timedelta(days=45), ["%b %d"])
                + " - "
                + when_text(rng, when - dt.timedelta(days=15), ["%b %d, %Y"]),
            ),
            (
                ["Due date"],
                when_text(rng, when + dt.timedelta(days=rng.randint(2, 12)), ["%m/%d/%Y", "%d %b %Y"]),
            ),
            (["Mobile"], "09" + digits(rng, 9)),
        ],
        4,
    )
    rows.append(("pair", rng.choice(["Amount paid", "Total amount", "Amount"]), text))
    if shown(rng, 0.5):
        rows.append(("pair", "Convenience fee", f"{rng.choice([0, 5, 10, 15]):.2f}"))
    method = rng.choice(["card", "wallet", "cash" if result == "success" else "card", None])
    if method:
        rows.append(
            (
                "pair",
                rng.choice(["Payment channel", "Paid via"]),
                {
                    "card": f"Credit/Debit Card ****{digits(rng, 4)}",
                    "wallet": "Maya Wallet",
                    "cash": "Over-the-counter (Cash)",
                }[method],
            )
        )
    printed = payment_date(
        rng,
        rows,
        ["Payment date", "Date paid", "Transaction date"],
        when,
        ["%m/%d/%Y", "%B {d}, %Y", "%Y-%m-%d", "%d %b %Y"],
    )
    reference = references(
        rng,
        rows,
        [
            (["Reference No.", "Transaction ref"], code(rng, 3) + digits(rng, 10), 0.15),
            (["OR No."], digits(rng, 8), 0.5),
        ],
    )
    style = {
        "screen": rng.random() < 0.5,
        "paper": (255, 255, 255),
        "band": (255, 111, 0),
        "width": 520,
        "size": 20,
    }
    return rows, truth(merchant, value, currency, reference, printed, method, result), style


def gold_loan_interest(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An Indian gold-loan interest payment receipt from a branch."""
    merchant = rng.choice(
        ["Muthoot Finance Ltd", "Manappuram Finance Ltd", "IIFL Gold Loan", "Kerala Gold Finance Pvt Ltd"]
    )
    value = price(rng, 450, 48000, 1)
    text, currency = _rupees(rng, font, value)
    when = day(rng)
    rows: list[tuple] = [
        ("title", merchant),
        ("small", f"Branch: {rng.choice(['Kochi MG Road', 'Tambaram', 'Ameerpet', 'Karol Bagh'])}"),
        (
            "center",
            rng.choice(
                [
                    "Interest Payment Receipt",
                    "Gold Loan - Interest Collection",
                    "Receipt (Interest Part Payment)",
                ]
            ),
        ),
        ("rule",),
    ]
    rows.append(("pair", "Customer", rng.choice(PEOPLE)))
    distractors(
        rng,
        rows,
        [
            (["Loan A/c No.", "Loan No."], f"{digits(rng, 4)}/{digits(rng, 7)}"),
            (["Customer ID"], digits(rng, 8)),
            (["Principal outstanding", "Loan amount"], money(price(rng, 20000, 450000, 100), "indian")),
            (["Loan date"], when_text(rng, when - dt.timedelta(days=rng.randint(40, 300)), INDIAN)),
            (["Interest upto"], when_text(rng, when + dt.timedelta(days=rng.randint(0, 10)), INDIAN)),
            (["Mobile"], phone(rng)),
        ],
        4,
    )
    rows.append(("pair", rng.choice(["Interest paid", "Amount received", "Total received"]), text))
    method = rng.choice(["cash", "UPI", "netbanking", None])
    result = "success" if shown(rng, 0.4) else None
    if method:
        rows.append(
            (
                "pair",
                "Mode",
                {"cash": "Cash", "UPI": "UPI", "netbanking": rng.choice(["NEFT", "IMPS"])}[method],
            )
        )
    printed = payment_date(rng, rows, ["Date", "Receipt date"], when, INDIAN, 0.1)
    reference = references(
        rng,
        rows,
        [
            (["UPI Ref No.", "UTR"], digits(rng, 12), 0.3 if method in ("UPI", "netbanking") else 1.0),
            (["Receipt No."], f"{code(rng, 2)}{digits(rng, 7)}", 0.1),
        ],
    )
    if result:
        rows.append(("center", rng.choice(["Received with thanks", "Payment received"])))
    style = {"paper": (248, 246, 238), "width": 600, "size": 21}
    return rows, truth(merchant, value, currency, reference, printed, method, result), style


def chit_instalment(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An Indian chit-fund subscription (instalment) receipt with the dividend taken off."""
    merchant = rng.choice(
        ["Shriram Chits Pvt Ltd", "Margadarsi Chit Fund", "Kapil Chits (Hyd) Pvt Ltd", "Sree Gokulam Chits"]
    )
    subscription = rng.choice([2000, 2500, 5000, 10000, 20000, 25000])
    dividend = round(subscription * rng.uniform(0.03, 0.3))
    value = float(subscription - dividend)
    text, currency = _rupees(rng, font, value)
    when = day(rng)
    rows: list[tuple] = [
        ("title", merchant),
        ("center", rng.choice(["Subscription Receipt", "Chit Instalment Receipt", "Receipt"])),
        ("rule",),
    ]
    rows.append(("pair", "Subscriber", rng.choice(PEOPLE)))
    distractors(
        rng,
        rows,
        [
            (["Group", "Chit Group"], f"{code(rng, 2)}{digits(rng, 3)}"),
            (["Subscriber No."], digits(rng, 2)),
            (["Instalment No."], str(rng.randint(2, 40))),
            (["Chit value"], money(subscription * rng.choice([20, 25, 40, 50]), "indian")),
            (["Auction date"], when_text(rng, when - dt.timedelta(days=rng.randint(2, 15)), INDIAN)),
        ],
        4,
    )
    rows += [
        ("pair", "Subscription", money(subscription, "indian")),
        ("pair", "Less dividend", money(dividend, "indian")),
    ]
    rows.append(("pair", rng.choice(["Net amount paid", "Amount received", "Net payable"]), text))
    method = rng.choice(["cash", "UPI", None, None])
    if method:
        rows.append(("pair", "Mode of payment", "Cash" if method == "cash" else "UPI"))
    elif shown(rng, 0.5):
        rows.append(("pair", "Mode of payment", f"Cheque No. {digits(rng, 6)}"))
    printed = payment_date(rng, rows, ["Date", "Received on"], when, INDIAN, 0.1)
    reference = references(
        rng,
        rows,
        [
            (["UPI Txn ID", "UTR"], digits(rng, 12), 0.3 if method == "UPI" else 1.0),
            (["Receipt No.", "Rcpt No."], digits(rng, rng.randint(5, 8)), 0.1),
        ],
    )
    result = "success" if shown(rng, 0.5) else None
    if result:
        rows.append(("center", "Received with thanks"))
    style = {"paper": (245, 247, 240), "width": 600, "size": 21}
    return rows, truth(merchant, value, currency, reference, printed, method, result), style


def dineout_payment(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A restaurant bill paid in a food app's dine-out flow, with its discount."""
    app = rng.choice(["Zomato", "Swiggy Dineout", "EazyDiner", "District"])
    merchant = rng.choice(
        ["Toit Brewpub", "Mainland China", "Barbeque Nation", "Social - Koramangala", "The Bombay Canteen"]
    )
    bill = price(rng, 600, 14000, 1)
    discount = round(bill * rng.choice([0.1, 0.15, 0.2, 0.25]), 2)
    value = round(bill - discount, 2)
    text, currency = _rupees(rng, font, value)
    result, when = outcome(rng, (7, 2, 1)), day(rng)
    rows: list[tuple] = [
        ("title", app),
        ("center", rng.choice(["Dining payment", "Bill payment", "Pay bill"])),
        ("gap",),
    ]
    if shown(rng):
        rows.append(
            (
                "center",
                {
                    "success": rng.choice(["Payment successful", "Bill paid"]),
                    "failed": rng.choice(["Payment failed", "Payment unsuccessful"]),
                    "pending": rng.choice(["Payment pending", "Awaiting confirmation"]),
                }[result],
            )
        )
    rows += [
        ("pair", rng.choice(["Restaurant", "Paid at"]), merchant),
        ("pair", "Bill amount", money(bill, "indian")),
        ("pair", rng.choice(["Discount", "Offer applied"]), "-" + money(discount, "indian")),
        (
            "pair",
            rng.choice(["You paid", "Amount paid"] if result == "success" else ["To pay", "Amount"]),
            text,
        ),
    ]
    distractors(
        rng,
        rows,
        [
            (["Table", "Table no."], str(rng.randint(1, 40))),
            (["Guests"], str(rng.randint(1, 8))),
            (["You saved"], money(discount, "indian")),
        ],
        2,
    )
    method = rng.choice(["UPI", "UPI", "card", None])
    if method:
        rows.append(
            (
                "pair",
                "Paid via",
                "UPI"
                if method == "UPI"
                else f"{rng.choice(['HDFC', 'ICICI', 'SBI'])} Credit Card ****{digits(rng, 4)}",
            )
        )
    printed = payment_date(rng, rows, ["Paid on", "Date"], when, INDIAN + ["%b {d}, %Y"])
    reference = references(
        rng,
        rows,
        [
            (["UPI Ref", "Bank ref no."], digits(rng, 12), 0.3 if method == "UPI" else 1.0),
            (["Transaction ID", "Payment ID"], code(rng, 14), 0.2),
            (["Booking ID"], digits(rng, 9), 0.6),
        ],
    )
    style = {"screen": True, "paper": (255, 255, 255), "band": (203, 32, 45), "width": 460, "size": 20}
    return rows, truth(merchant, value, currency, reference, printed, method, result), style

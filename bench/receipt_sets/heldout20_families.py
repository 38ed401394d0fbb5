"""The twelve heldout20 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import (
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    price,
    rupee,
    shown,
)

SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 21}
DARK = {"paper": (22, 24, 30), "ink": (236, 236, 240), "label_ink": (165, 168, 178)}
DMY = ["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y", "%d.%m.%Y", "{d} %B %Y"]
US = ["%m/%d/%Y", "%b {d}, %Y", "%m/%d/%y"]


def _truth(merchant, amount: float, currency, txn, when: dt.date | None, method, status) -> dict:
    """The truth record (amount as "1234.50", date as ISO; None where the page does not print it)."""
    return dict(
        merchant_name=merchant,
        amount=f"{amount:.2f}",
        currency=currency,
        transaction_id=txn,
        date=when.isoformat() if when else None,
        payment_method=method,
        status=status,
    )


def one_of(rng: random.Random, options: str) -> str:
    """One of the ``"; "``-separated ``options``."""
    return rng.choice(options.split("; "))


def _status(rng: random.Random, wordings: dict[str, list[str]], p_silent: float = 0.15):
    """An outcome and the words that state it, or (None, None) when the page states none."""
    if rng.random() < p_silent:
        return None, None
    outcome = rng.choices(["success", "failed", "pending"], [0.72, 0.14, 0.14])[0]
    return outcome, rng.choice(wordings[outcome])


def _spaced(value: float, point: str = ",") -> str:
    """``value`` grouped with spaces (1 250,00 or 1 250.00)."""
    whole, cents = f"{value:.2f}".split(".")
    return f"{int(whole):,}".replace(",", " ") + point + cents


def _pick_id(*candidates: tuple[bool, str]) -> str | None:
    """The first printed id of ``candidates`` (strongest first)."""
    return next((value for printed, value in candidates if printed), None)


# ---------------------------------------------------------------- bank and wallet screens


def instapay_screen(rng: random.Random, font: str):
    """An Egyptian InstaPay transfer receipt screen (English interface)."""
    payee = one_of(
        rng,
        "Mohamed Adel Hassan; Koshary El Tahrir; Nour Pharmacy Dokki; Sara Mahmoud Fathy; Cairo Tech Store",
    )
    amount, when = price(rng, 50, 30000, rng.choice([1, 0.5, 0.01])), day(rng)
    status, words = _status(
        rng,
        {
            "success": ["Transaction Successful", "Transfer completed successfully"],
            "failed": ["Transaction Failed", "Transfer unsuccessful"],
            "pending": ["Transaction Pending", "Under processing"],
        },
    )
    unit = rng.choice(["EGP", "LE"])
    shown_amount = money(amount, rng.choice(["western", "plain"]))
    rows = [
        ("title", "InstaPay"),
        ("center", words or "Transaction details"),
        ("gap",),
        ("big", f"{shown_amount} {unit}" if rng.random() < 0.5 else f"{unit} {shown_amount}"),
        ("rule",),
        ("pair", "From", rng.choice(["CIB", "Banque Misr", "NBE", "QNB"]) + " ****" + digits(rng, 4)),
        ("pair", rng.choice(["To", "Receiver", "Beneficiary"]), payee),
    ]
    if rng.random() < 0.5:
        rows.append(("pair", "Receiver IPA", payee.split()[0].lower() + digits(rng, 2) + "@instapay"))
    else:
        rows.append(("pair", "Mobile number", "01" + rng.choice("0125") + digits(rng, 8)))
    rows += [
        ("pair", "Fees", "0.00 " + unit),
        (
            "pair",
            rng.choice(["Date", "Transaction date", "Date & time"]),
            date_text(when, rng.choice(DMY[:3])) + " " + clock(rng, rng.random() < 0.5),
        ),
    ]
    ref = digits(rng, 12)
    printed = optional_pair(rng, rows, ["Reference Number", "Transaction Reference", "Ref. No"], ref, 0.12)
    rows.append(("small", "Powered by IPN"))
    truth = _truth(payee, amount, "EGP", ref if printed else None, when, "netbanking", status)
    return rows, truth, dict(SCREEN, band=(92, 30, 120))


def raast_transfer(rng: random.Random, font: str):
    """A Pakistani bank app's Raast instant-payment receipt, sometimes in dark mode."""
    bank, short = rng.choice(
        [("Meezan Bank", "MEZN"), ("HBL Mobile", "HABB"), ("UBL Digital", "UNIL"), ("Bank Alfalah", "ALFH")]
    )
    payee = one_of(
        rng, "Ali Raza Traders; Hafiz Sweets & Bakers; Ayesha Siddiqui; Chase Up Gulshan; Bilal Ahmed Khan"
    )
    amount, when = price(rng, 100, 250000, rng.choice([1, 1, 0.01])), day(rng)
    status, words = _status(
        rng,
        {
            "success": ["Funds transferred successfully", "Transaction Successful"],
            "failed": ["Transaction failed", "Transfer unsuccessful"],
            "pending": ["Transaction in process", "Pending"],
        },
    )
    dark = rng.random() < 0.3
    rows = [("title", bank), ("center", "Raast Payment")] + ([] if dark else [("gap",)])
    if words:
        rows.append(("center", words))
    rows += [
        ("big", rng.choice(["Rs. ", "PKR ", "Rs "]) + money(amount, rng.choice(["western", "plain"]))),
        ("rule",),
        ("pair", "From", "PK** " + short + " ****" + digits(rng, 4)),
        ("pair", rng.choice(["Beneficiary", "To", "Beneficiary Name"]), payee),
    ]
    if rng.random() < 0.5:
        rows.append(("pair", "Raast ID", "03" + digits(rng, 9)))
    else:
        rows.append(("pair", "IBAN", "PK" + digits(rng, 2) + code(rng, 4) + digits(rng, 16)))
    rows += [
        ("pair", "Purpose", rng.choice(["Bill payment", "Others", "Goods purchase", "Family support"])),
        (
            "pair",
            rng.choice(["Date & Time", "Transaction Date"]),
            date_text(when, rng.choice(["%d-%b-%Y", "%d/%m/%Y", "{d} %B %Y"])) + " " + clock(rng, True),
        ),
    ]
    txn = rng.choice([digits(rng, 12), short + digits(rng, 14)])
    printed = optional_pair(rng, rows, ["Transaction ID", "Reference No.", "RRN", "Transaction Ref"], txn)
    rows.append(("small", "Helpline 111-" + digits(rng, 3) + "-" + digits(rng, 3)))
    truth = _truth(payee, amount, "PKR", txn if printed else None, when, "netbanking", status)
    style = dict(SCREEN, **DARK, accent=(90, 205, 140)) if dark else dict(SCREEN, band=(0, 110, 75))
    return rows, truth, style


def china_wallet_screen(rng: random.Random, font: str):
    """A WeChat Pay or Alipay bill-details screen in the apps' English interface."""
    app = rng.choice(["WeChat Pay", "Alipay"])
    payee = one_of(
        rng,
        "Luckin Coffee; Hema Fresh Jing'an; Didi Bike Shanghai; Xiaomi Store Nanjing Rd; Haidilao Hot Pot; Zhang Wei",
    )
    amount, when = price(rng, 3, 1800, rng.choice([1, 0.1, 0.01])), day(rng)
    wordings = {
        "WeChat Pay": {
            "success": ["Paid", "Payment successful"],
            "failed": ["Payment failed"],
            "pending": ["Payment in progress"],
        },
        "Alipay": {
            "success": ["Completed", "Successful"],
            "failed": ["Payment failed"],
            "pending": ["Processing"],
        },
    }[app]
    status, words = _status(rng, wordings, 0.2)
    symbol = rng.choice(["¥", "CNY ", "RMB ", ""])
    card = rng.random() < 0.35
    source = (
        (
            rng.choice(["China Merchants Bank Debit Card", "ICBC Credit Card", "Bank of China Debit Card"])
            + f" ({digits(rng, 4)})"
        )
        if card
        else rng.choice(["Balance", "Change" if app == "WeChat Pay" else "Yu'e Bao"])
    )
    rows = [("title", app), ("center", payee), ("big", "-" + symbol + money(amount, "plain"))]
    if words:
        rows.append(("pair", "Status", words))
    rows += [
        ("rule",),
        (
            "pair",
            rng.choice(["Payment Time", "Time", "Created"]),
            date_text(when, rng.choice(["%Y-%m-%d", "%Y/%m/%d"]))
            + " "
            + clock(rng, False)
            + f":{rng.randrange(60):02d}",
        ),
        (
            "pair",
            rng.choice(["Product", "Item"]),
            rng.choice(["In-store payment", "Order payment", "QR code payment"]),
        ),
        ("pair", rng.choice(["Payment Method", "Paid with"]), source),
    ]
    txn = ("4200" if app == "WeChat Pay" else when.strftime("%Y%m%d") + "2200") + digits(rng, 20)
    order = "M" + when.strftime("%Y%m%d") + digits(rng, 10)
    txn_shown = optional_pair(rng, rows, ["Transaction No.", "Transaction ID"], txn, 0.2)
    order_shown = optional_pair(rng, rows, ["Merchant Order No.", "Merchant order ID"], order, 0.5)
    rows.append(("small", "Contact merchant  |  Bill issue?"))
    truth = _truth(
        payee,
        amount,
        "CNY" if symbol else None,
        _pick_id((txn_shown, txn), (order_shown, order)),
        when,
        "card" if card else "wallet",
        status,
    )
    return (
        rows,
        truth,
        dict(SCREEN, paper=(247, 247, 247), accent=(7, 193, 96) if app == "WeChat Pay" else (22, 119, 255)),
    )


def vietqr_transfer(rng: random.Random, font: str):
    """A Vietnamese bank app's transfer receipt after scanning a VietQR code (English interface)."""
    bank, colour = rng.choice(
        [
            ("Vietcombank", (0, 106, 58)),
            ("Techcombank", (200, 30, 40)),
            ("MB Bank", (20, 50, 150)),
            ("BIDV SmartBanking", (0, 100, 120)),
        ]
    )
    payee = one_of(
        rng,
        "PHO GIA TRUYEN BAT DAN; CONG TY TNHH CA PHE AN NAM; NGUYEN THI MAI; TIEM BANH MY HUYNH HOA; NHA SACH PHUONG NAM",
    )
    amount = float(rng.randrange(10, 20000) * 1000)
    when = day(rng)
    status, words = _status(
        rng,
        {
            "success": ["Transfer successful", "Successful transaction"],
            "failed": ["Transaction failed"],
            "pending": ["Processing"],
        },
    )
    whole = f"{int(amount):,}"
    shown_amount = rng.choice(
        [whole + " VND", whole.replace(",", ".") + " VND", whole.replace(",", ".") + " đ", "VND " + whole]
    )
    rows = [
        ("title", bank),
        ("center", words or "Transfer receipt"),
        ("gap",),
        ("big", shown_amount),
        ("rule",),
    ]
    named = optional_pair(rng, rows, ["Beneficiary", "To", "Beneficiary name"], payee, 0.2)
    rows += [
        ("pair", rng.choice(["Account no.", "Beneficiary account"]), digits(rng, rng.choice([10, 12, 13]))),
        ("pair", "Beneficiary bank", rng.choice(["ACB", "VPBank", "Sacombank", "VietinBank"])),
        (
            "pair",
            rng.choice(["Content", "Description"]),
            rng.choice(["Thanh toan don " + digits(rng, 5), "NGUYEN VAN AN chuyen tien", "Thanh toan QR"]),
        ),
        ("pair", "Fee", rng.choice(["Free", "0 VND"])),
        (
            "pair",
            rng.choice(["Date", "Transaction date"]),
            clock(rng, False) + " " + date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])),
        ),
    ]
    txn = rng.choice(["FT" + when.strftime("%y") + digits(rng, 12), digits(rng, 10)])
    printed = optional_pair(rng, rows, ["Transaction ID", "Ref. No.", "Transaction code"], txn)
    truth = _truth(
        payee if named else None, amount, "VND", txn if printed else None, when, "netbanking", status
    )
    return rows, truth, dict(SCREEN, band=colour)


def vipps_screen(rng: random.Random, font: str):
    """A Norwegian Vipps payment receipt screen (Norwegian or English interface)."""
    payee = one_of(
        rng,
        "Kaffebrenneriet Grunerlokka; Ostehuset Bergen; Kari Nordmann; Tromso Sykkelservice; Bakeriet i Storgata",
    )
    amount, when = price(rng, 19, 9000, rng.choice([1, 1, 0.5, 0.01])), day(rng)
    norsk = rng.random() < 0.6
    status, words = _status(
        rng,
        {
            "success": ["Betalt", "Betaling fullført"] if norsk else ["Paid", "Payment complete"],
            "failed": ["Betalingen feilet"] if norsk else ["Payment failed"],
            "pending": ["Venter på betaling"] if norsk else ["Pending"],
        },
    )
    figure = _spaced(amount) if amount % 1 or rng.random() < 0.5 else f"{int(amount):,}".replace(",", " ")
    months = ["jan.", "feb.", "mars", "april", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."]
    rows = [("title", "Vipps")]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", rng.choice([figure + " kr", "kr " + figure, "NOK " + figure])),
        ("center", ("til " if norsk else "to ") + payee),
        ("rule",),
        (
            "pair",
            "Dato" if norsk else "Date",
            rng.choice([date_text(when, "%d.%m.%Y"), f"{when.day}. {months[when.month - 1]} {when.year}"])
            + (" kl. " if norsk else ", ")
            + clock(rng, False),
        ),
    ]
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Melding" if norsk else "Message",
                rng.choice(["Middag fredag", "Takk for sist", "Lunsj", "Kake til jobben"]),
            )
        )
    txn = digits(rng, 10)
    labels = (
        ["Transaksjons-ID", "Transaksjonsnummer", "Referanse"] if norsk else ["Transaction ID", "Reference"]
    )
    printed = optional_pair(rng, rows, labels, txn)
    if shown(rng, 0.4):
        rows.append(("pair", "Org.nr.", f"9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"))
    truth = _truth(payee, amount, "NOK", txn if printed else None, when, "wallet", status)
    return rows, truth, dict(SCREEN, paper=(255, 250, 246), accent=(255, 91, 36))


def osko_payid_receipt(rng: random.Random, font: str):
    """An Australian bank app's Osko / PayID payment receipt."""
    bank, colour = rng.choice(
        [("CommBank", (250, 200, 20)), ("Westpac", (218, 18, 41)), ("ANZ", (0, 65, 101)), ("NAB", (0, 0, 0))]
    )
    payee = one_of(
        rng,
        "Harbour Lane Cafe Pty Ltd; J & K Plumbing; Olivia Nguyen; Bondi Surf Hire; Fitzroy Vintage Records",
    )
    amount, when = price(rng, 5, 6000, rng.choice([1, 0.01])), day(rng)
    status, words = _status(
        rng,
        {
            "success": ["Payment successful", "Payment sent"],
            "failed": ["Payment unsuccessful"],
            "pending": ["Payment processing"],
        },
    )
    rows = [
        ("title", bank),
        ("center", words or "Transfer receipt"),
        ("gap",),
        ("big", "$" + money(amount, "western") + rng.choice(["", " AUD"])),
        ("rule",),
        ("pair", "To", payee),
    ]
    if rng.random() < 0.5:
        rows.append(
            (
                "pair",
                "PayID",
                rng.choice(
                    [
                        "04" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3),
                        "accounts@" + payee.split()[0].lower() + ".com.au",
                    ]
                ),
            )
        )
    else:
        rows += [("pair", "BSB", f"{digits(rng, 3)}-{digits(rng, 3)}"), ("pair", "Account", digits(rng, 8))]
    rows += [
        (
            "pair",
            "From",
            rng.choice(["Everyday Account", "Smart Access", "Choice"]) + " ..." + digits(rng, 4),
        ),
        (
            "pair",
            rng.choice(["Description", "Reference"]),
            rng.choice(["Rent week 14", "Coffee beans", "Thanks mate", "Deposit for job"]),
        ),
        ("pair", "Payment type", rng.choice(["Osko", "Osko Fast Payment", "PayID payment"])),
        (
            "pair",
            rng.choice(["Date", "When"]),
            date_text(when, rng.choice(["{d} %b %Y", "%d/%m/%Y", "%a {d} %B %Y"]))
            + " "
            + clock(rng, True).replace(" ", "").lower(),
        ),
    ]
    receipt = rng.choice(["N" + digits(rng, 10), digits(rng, 9)])
    printed = optional_pair(rng, rows, ["Receipt number", "Receipt no.", "Transaction ID"], receipt, 0.12)
    truth = _truth(payee, amount, "AUD", receipt if printed else None, when, "netbanking", status)
    return (
        rows,
        truth,
        dict(SCREEN, band=colour, band_ink=(0, 0, 0) if bank == "CommBank" else (255,) * 3),
    )


# ---------------------------------------------------------------- paper


def japan_taxi_receipt(rng: random.Random, font: str):
    """A Tokyo taxi receipt printed by the meter (English print)."""
    company = rng.choice(["Nihon Kotsu Co., Ltd.", "Tokyo MK Taxi", "Kokusai Motorcars", "Hinomaru Kotsu"])
    fare = rng.randrange(50, 1200) * 10
    toll = rng.choice([0, 0, 570, 720, 1320])
    pickup = rng.choice([0, 0, 420, 500])
    total = fare + toll + pickup
    when = day(rng)
    yen = rng.choice(["¥{:,}", "{:,} yen", "JPY {:,}", "¥ {:,}"])
    method = rng.choice(["cash", "card", "card", "wallet"])
    reiwa = f"R{when.year - 2018}.{when.month:02d}.{when.day:02d}"
    start = clock(rng, False)
    rows = [
        ("title", company),
        ("center", rng.choice(["RECEIPT", "TAXI RECEIPT"])),
        ("center", "Tel 03-" + digits(rng, 4) + "-" + digits(rng, 4)),
        ("rule",),
        (
            "pair",
            "Car No.",
            rng.choice(["Shinagawa", "Nerima", "Adachi"]) + f" 500 a {digits(rng, 2)}-{digits(rng, 2)}",
        ),
        ("pair", rng.choice(["Crew No.", "Driver ID"]), digits(rng, 6)),
        ("pair", "Date", rng.choice([date_text(when, "%Y/%m/%d"), date_text(when, "%Y.%m.%d"), reiwa])),
        ("pair", "Ride", f"{start} - {int(start[:2]) + 1:02d}:{start[3:]}"),
        ("pair", "Distance", f"{max(1.0, (fare - 500) / 380 + rng.uniform(-0.4, 0.4)):.1f} km"),
        ("rule",),
        ("pair", "Fare", yen.format(fare)),
    ]
    if toll:
        rows.append(("pair", "Expressway toll", yen.format(toll)))
    if pickup:
        rows.append(("pair", rng.choice(["Pick-up fee", "Booking fee"]), yen.format(pickup)))
    rows.append(("pair", rng.choice(["Total", "Amount", "TOTAL"]), yen.format(total)))
    approval = digits(rng, 7)
    approval_shown = False
    if method == "card":
        rows += [
            ("pair", "Payment", rng.choice(["Credit card", "Card"])),
            ("pair", "Card", rng.choice(["VISA", "JCB", "AMEX"]) + " ************" + digits(rng, 4)),
            ("pair", "Terminal No.", digits(rng, 8)),
        ]
        approval_shown = optional_pair(rng, rows, ["Approval No.", "Auth No."], approval, 0.3)
    elif method == "wallet" or shown(rng, 0.4):
        rows.append(
            ("pair", "Payment", "Cash" if method == "cash" else rng.choice(["QR (PayPay)", "d-Barai QR"]))
        )
    else:
        method = None
    receipt = digits(rng, rng.choice([4, 6]))
    receipt_shown = optional_pair(rng, rows, ["Receipt No.", "No."], receipt, 0.3)
    status = "success" if shown(rng, 0.5) else None
    if status:
        rows.append(("center", "Received with thanks"))
    rows.append(("small", "Registration No. T" + digits(rng, 13)))
    truth = _truth(
        company,
        float(total),
        "JPY",
        _pick_id((approval_shown, approval), (receipt_shown, receipt)),
        when,
        method,
        status,
    )
    return rows, truth, {"width": 480, "size": 20}


def nfce_cupom(rng: random.Random, font: str):
    """A Brazilian NFC-e consumer invoice (DANFE NFC-e) from a shop's printer."""
    store = one_of(
        rng,
        "PADARIA PAO DOURADO LTDA; EMPORIO SAO JORGE LTDA; CONVENIENCIA BOA VIAGEM ME; EMPORIO MINEIRO LTDA",
    )
    items = [
        ("PAO FRANCES KG", 12, 19),
        ("LEITE INTEGRAL 1L", 4, 7),
        ("CAFE 500G", 15, 29),
        ("QUEIJO MINAS KG", 35, 59),
        ("BANANA PRATA KG", 5, 9),
        ("PICANHA KG", 59, 99),
        ("AGUA MINERAL 500ML", 2, 4),
        ("REFRIGERANTE 2L", 8, 13),
    ]
    rows = [
        ("center", store),
        (
            "small",
            f"CNPJ: {digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}/0001-{digits(rng, 2)}"
            + f"  IE: {digits(rng, 9)}",
        ),
        ("small", rng.choice(["Rua Augusta, ", "Av. Brasil, ", "Rua da Bahia, "]) + digits(rng, 4)),
        ("small", "Documento Auxiliar da Nota Fiscal"),
        ("small", "de Consumidor Eletronica"),
        ("rule",),
        ("small", "COD  DESCRICAO   QTD UN  VL UNIT  VL TOTAL"),
    ]
    subtotal = 0.0
    for number, (name, low, high) in enumerate(rng.sample(items, rng.randint(2, 5)), start=1):
        qty, each = rng.randint(1, 3), price(rng, low, high)
        subtotal = round(subtotal + qty * each, 2)
        rows += [
            ("left", f"{number:03d} {digits(rng, 6)} {name}"),
            ("right", f"{qty} UN X {each:.2f}  {qty * each:.2f}".replace(".", ",")),
        ]
    discount = price(rng, 0.5, 5) if shown(rng, 0.7) else 0.0
    total = round(subtotal - discount, 2)

    grouped = rng.random() < 0.5

    def real(value: float) -> str:
        return money(value, "european") if grouped else f"{value:.2f}".replace(".", ",")

    rows += [
        ("rule",),
        ("pair", "Qtd. total de itens", str(sum(1 for row in rows if row[0] == "right"))),
        ("pair", "Valor total R$", real(subtotal)),
    ]
    if discount:
        rows.append(("pair", "Descontos R$", real(discount)))
    rows += [("pair", "Valor a pagar R$", real(total)), ("pair", "FORMA PAGAMENTO", "VALOR PAGO R$")]
    method = rng.choice(["cash", "card", "card", "netbanking"])
    auth, auth_shown = digits(rng, 6), False
    if method == "cash":
        tendered = float(next(note for note in (10, 20, 50, 100, 200, 500, 1000) if note >= total))
        rows += [("pair", "Dinheiro", real(tendered)), ("pair", "Troco R$", real(tendered - total))]
    elif method == "card":
        rows.append(("pair", rng.choice(["Cartao de Credito", "Cartao de Debito"]), real(total)))
        if shown(rng, 0.5):
            rows.append(("small", f"Bandeira: {rng.choice(['VISA', 'MASTERCARD', 'ELO'])}  Aut.: {auth}"))
            auth_shown = True
    else:
        rows.append(("pair", rng.choice(["PIX", "Pagamento Instantaneo (PIX)"]), real(total)))
    when = day(rng)
    number = f"{rng.randrange(1, 999999):09d}"
    key = digits(rng, 44)
    rows += [
        ("rule",),
        ("small", "Consulte pela Chave de Acesso em"),
        ("small", "www.nfce.fazenda.sp.gov.br"),
        ("small", " ".join(key[i : i + 4] for i in range(0, 24, 4))),
        ("small", " ".join(key[i : i + 4] for i in range(24, 44, 4))),
        (
            "small",
            rng.choice(
                [
                    "CONSUMIDOR NAO IDENTIFICADO",
                    f"CONSUMIDOR CPF: {digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}",
                ]
            ),
        ),
        ("small", f"NFC-e Nº {number} Serie {rng.randint(1, 9):03d}"),
        (
            "small",
            "Emissao: "
            + date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y"]))
            + " "
            + clock(rng, False)
            + ":"
            + f"{rng.randrange(60):02d}",
        ),
        ("small", f"Trib. aprox. (Lei 12.741/2012): R$ {real(round(total * 0.17, 2))}"),
    ]
    truth = _truth(store, total, "BRL", auth if auth_shown else number, when, method, None)
    return rows, truth, {"width": 540, "size": 21}


def auto_prepaid_slip(rng: random.Random, font: str):
    """An Indian railway-station prepaid auto-rickshaw booth slip run by the traffic police."""
    police, booth, places, plate = rng.choice(
        [
            (
                "Bengaluru City Traffic Police",
                "KSR Bengaluru City Rly Stn",
                ["Jayanagar 4th Block", "Indiranagar", "Malleswaram"],
                "KA 01",
            ),
            (
                "Delhi Traffic Police",
                "New Delhi Rly Stn (Paharganj side)",
                ["Lajpat Nagar", "Karol Bagh", "Saket"],
                "DL 1R",
            ),
            (
                "Hyderabad Traffic Police",
                "Secunderabad Rly Stn",
                ["Ameerpet", "Banjara Hills", "Begumpet"],
                "TS 09",
            ),
            ("Chennai City Traffic Police", "Chennai Central", ["T. Nagar", "Mylapore", "Adyar"], "TN 02"),
        ]
    )
    distance = rng.randint(3, 22)
    night = rng.random() < 0.3
    fare = float(round((30 + 15 * max(0, distance - 2)) * (1.5 if night else 1)))
    charge = float(rng.choice([0, 2, 5]))
    total = fare + charge
    when = day(rng)
    mark = rupee(font)
    slip = digits(rng, rng.choice([5, 6]))
    rows = [
        ("title", police),
        ("center", rng.choice(["PRE-PAID AUTO BOOTH", "Prepaid Auto Rickshaw Service"])),
        ("center", booth),
        ("rule",),
        ("pair", rng.choice(["Slip No", "Sl. No.", "Token No"]), slip),
        ("pair", "Date", date_text(when, rng.choice(["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%y"]))),
        (
            "pair",
            "Time",
            f"{rng.choice([22, 23, 0, 1, 4]):02d}:{rng.randrange(60):02d}" if night else clock(rng, False),
        ),
        (
            "pair",
            rng.choice(["Auto No", "Vehicle No"]),
            f"{plate} {code(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} " + digits(rng, 4),
        ),
        ("pair", "From", booth.split(" (")[0]),
        ("pair", rng.choice(["To", "Destination"]), rng.choice(places)),
        ("pair", "Distance", f"{distance} km"),
        ("pair", "Fare", f"{mark} {fare:.2f}"),
    ]
    if charge:
        rows.append(("pair", rng.choice(["Booth charges", "Service charge"]), f"{mark} {charge:.2f}"))
    rows.append(("pair", rng.choice(["Total", "Total fare", "Amount"]), f"{mark} {total:.2f}"))
    if night:
        rows.append(("small", "Night fare 1.5x (10 PM - 5 AM)"))
    method = "cash" if shown(rng, 0.5) else None
    if method:
        rows.append(("pair", "Mode", "Cash"))
    status = "success" if shown(rng, 0.6) else None
    if status:
        rows.append(("center", rng.choice(["FARE PAID", "Paid at booth"])))
    rows += [("center", "PASSENGER COPY"), ("small", "Complaints / Helpline: 1095, " + _landline(rng))]
    truth = _truth(police, total, "INR", slip, when, method, status)
    return rows, truth, {"width": 520, "size": 20}


def _landline(rng: random.Random) -> str:
    """A landline number printed as a distractor."""
    return f"0{digits(rng, 2)}-{digits(rng, 8)}"


def phone_repair_jobcard(rng: random.Random, font: str):
    """An Indian mobile-phone repair shop's delivery bill against a job card."""
    shop = one_of(
        rng,
        "Sai Mobile Care; iFix Mobile Solutions; Shree Ganesh Mobile Point; Royal Cellular Service Centre",
    )
    parts = [
        ("Display replacement", 1800, 7500),
        ("Battery replacement", 900, 2400),
        ("Charging port", 350, 900),
        ("Software flashing", 300, 800),
        ("Back panel", 400, 1500),
        ("Tempered glass", 99, 299),
        ("Speaker", 300, 750),
    ]
    mark = rupee(font)
    booked = day(rng)
    when = booked + dt.timedelta(days=rng.randint(0, 6))
    job = rng.choice(["JC", "J-", ""]) + digits(rng, 5)
    rows = [
        ("title", shop),
        (
            "small",
            rng.choice(
                ["Shop 12, Lamington Road, Mumbai", "Gandhi Bazaar, Bengaluru", "Ajmal Khan Road, Karol Bagh"]
            ),
        ),
        (
            "small",
            "GSTIN "
            + digits(rng, 2)
            + code(rng, 5, "ABCDEFGHKLMNPRST")
            + digits(rng, 4)
            + "F1Z"
            + digits(rng, 1),
        ),
        ("small", "Ph: " + rng.choice("6789") + digits(rng, 9)),
        ("center", rng.choice(["REPAIR BILL", "SERVICE INVOICE", "DELIVERY RECEIPT"])),
        ("rule",),
        ("pair", rng.choice(["Job No", "Job Card No"]), job),
        ("pair", "Customer", rng.choice(["Rahul Jadhav", "Priya Menon", "Imran Shaikh", "Kavitha R."])),
        ("pair", "Mobile", rng.choice("6789") + digits(rng, 9)),
        ("pair", "Model", rng.choice(["Redmi Note 12", "Samsung A34", "Vivo Y21", "iPhone 11"])),
        ("pair", "IMEI", digits(rng, 15)),
        ("pair", rng.choice(["Booked on", "Handed in"]), date_text(booked, "%d/%m/%Y")),
        ("rule",),
    ]
    total = 0.0
    for name, low, high in rng.sample(parts, rng.randint(1, 3)):
        each = float(round(rng.uniform(low, high), -1))
        total += each
        rows.append(("pair", name, f"{each:,.2f}"))
    rows.append(
        ("pair", rng.choice(["GST incl. @18%", "Incl. GST 18%"]), f"{round(total * 18 / 118, 2):,.2f}")
    )
    marked = shown(rng, 0.3)
    rows.append(
        (
            "pair",
            rng.choice(["Total", "Grand Total", "Net Payable"]),
            (mark + " " if marked else "") + money(total, "indian"),
        )
    )
    method = rng.choice(["cash", "UPI", "UPI", "card", None])
    if method:
        shown_method = {"cash": "Cash", "UPI": rng.choice(["UPI", "PhonePe UPI"]), "card": "Card"}[method]
        rows.append(("pair", rng.choice(["Paid via", "Payment mode"]), shown_method))
    utr, auth = digits(rng, 12), digits(rng, 6)
    utr_shown = method == "UPI" and optional_pair(rng, rows, ["UPI Ref No", "UTR"], utr, 0.4)
    auth_shown = method == "card" and optional_pair(rng, rows, ["Approval code", "Auth code"], auth, 0.4)
    date_shown = optional_pair(
        rng, rows, ["Delivered on", "Bill date", "Date"], date_text(when, rng.choice(DMY)), 0.2
    )
    status = "success" if shown(rng, 0.5) else None
    if status:
        rows.append(("center", rng.choice(["PAID", "Payment received"])))
    rows.append(("small", "30 days warranty on parts. No warranty on water damage."))
    truth = _truth(
        shop,
        total,
        "INR" if marked else None,
        _pick_id((utr_shown, utr), (auth_shown, auth), (True, job)),
        when if date_shown else None,
        method,
        status,
    )
    return rows, truth, {"width": 580, "size": 21}


def ski_pass_receipt(rng: random.Random, font: str):
    """An Alpine ski-lift ticket office receipt: passes plus a refundable key-card deposit."""
    resort, iso = rng.choice(
        [
            ("Silvrettaseilbahn AG Ischgl", "EUR"),
            ("Bergbahnen Sölden", "EUR"),
            ("Zermatt Bergbahnen AG", "CHF"),
            ("Titlis Bergbahnen Engelberg", "CHF"),
        ]
    )
    swiss = iso == "CHF"
    passes = [
        ("Skipass 1 Tag Erw.", 62, 95),
        ("Skipass 3 Tage Erw.", 180, 260),
        ("Skipass 6 Tage Erw.", 330, 420),
        ("Skipass 1 Tag Kind", 35, 50),
        ("Skipass 3 Tage Jugend", 140, 200),
    ]
    chosen = rng.sample(passes, rng.randint(1, 3))
    lines = [(name, price(rng, low, high, 0.5)) for name, low, high in chosen]
    deposit = 5.0 if swiss else rng.choice([3.0, 5.0])
    total = round(sum(value for _, value in lines) + deposit * len(lines), 2)

    grouping = rng.choice(["swiss", "plain"]) if swiss else "european"

    def amount_text(value: float) -> str:
        return money(value, grouping)

    paid = day(rng)
    paid = paid.replace(month=rng.choice([12, 1, 2, 3, 4]), day=min(paid.day, 28))  # the ski season
    start = paid + dt.timedelta(days=rng.choice([0, 0, 1, 2]))
    rows = [
        ("title", resort),
        ("center", rng.choice(["Kassa Talstation", "Ticketoffice Tal", "Kasse 3"])),
        (
            "small",
            "MWST-Nr. CHE-" + f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}"
            if swiss
            else "UID: ATU" + digits(rng, 8),
        ),
        ("rule",),
    ]
    receipt = digits(rng, 4) + "-" + digits(rng, 5)
    receipt_shown = optional_pair(rng, rows, ["Beleg-Nr.", "Bon-Nr.", "Rechnung Nr."], receipt, 0.15)
    date_shown = optional_pair(
        rng,
        rows,
        ["Datum", "Verkaufsdatum"],
        date_text(paid, rng.choice(["%d.%m.%Y", "%d.%m.%y"])) + " " + clock(rng, False),
        0.2,
    )
    rows.append(("pair", "Kassier", rng.choice(["Hannes", "Kathrin", "Beat", "Sandra"])))
    rows.append(("rule",))
    for name, value in lines:
        rows += [("pair", name, amount_text(value)), ("pair", "  KeyCard Depot", amount_text(deposit))]
    days = int(max(name.split()[1] for name, _ in lines))
    rows += [
        ("pair", rng.choice(["Gültig ab", "Gültig von"]), date_text(start, "%d.%m.%Y")),
        ("pair", "Gültig bis", date_text(start + dt.timedelta(days=days - 1), "%d.%m.%Y")),
        ("rule",),
        ("pair", rng.choice(["Summe", "Total", "Gesamt"]) + f" {iso}", amount_text(total)),
        (
            "pair",
            "inkl. MWST 8.1%" if swiss else "inkl. MwSt 10%",
            amount_text(round(total * (8.1 / 108.1 if swiss else 10 / 110), 2)),
        ),
    ]
    method = rng.choice(["cash", "card", "card"])
    auth, auth_shown = digits(rng, 6), False
    if method == "cash":
        given = float(next(note for note in (50, 100, 200, 500, 1000, 2000) if note >= total))
        rows += [("pair", "Bar", amount_text(given)), ("pair", "Rückgeld", amount_text(given - total))]
    else:
        rows += [
            ("pair", rng.choice(["Bankomat", "Maestro", "Mastercard", "Visa"]), amount_text(total)),
            ("pair", "Terminal-ID", digits(rng, 8)),
            ("pair", "Karte", "xxxx xxxx xxxx " + digits(rng, 4)),
        ]
        auth_shown = optional_pair(rng, rows, ["Genehmigungsnr.", "Autorisierungscode"], auth, 0.3)
    status = "success" if shown(rng, 0.6) else None
    if status:
        rows.append(("center", rng.choice(["Bezahlt", "Zahlung erfolgreich"])))
    rows.append(("small", "Depot wird bei Rückgabe der KeyCard erstattet"))
    truth = _truth(
        resort,
        total,
        iso,
        _pick_id((auth_shown, auth), (receipt_shown, receipt)),
        paid if date_shown else None,
        method,
        status,
    )
    return rows, truth, {"width": 520, "size": 20}


def golf_green_fee(rng: random.Random, font: str):
    """A golf club pro-shop receipt for green fees, a buggy and balls (UK, US or South Africa)."""
    club, iso, region = rng.choice(
        [
            ("Royal Ashdown Golf Club", "GBP", "uk"),
            ("Pinewood Links Pro Shop", "USD", "us"),
            ("Houghton Golf Club", "ZAR", "za"),
            ("Carrick Hill Golf Club", "GBP", "uk"),
        ]
    )
    patterns = US if region == "us" else DMY[:2] + ["%Y-%m-%d"]

    def cash(value: float) -> str:
        if region == "za":
            return "R " + _spaced(value, ".")
        return ("£" if region == "uk" else "$") + f"{value:,.2f}"

    fees = {"uk": (45, 140), "us": (35, 120), "za": (450, 1200)}[region]
    players = rng.randint(1, 4)
    green = price(rng, *fees, 1)
    lines = [(f"Green fee 18 holes x{players}", green * players)]
    if shown(rng, 0.5):
        lines.append(("Buggy hire", price(rng, fees[0] / 2, fees[0], 1)))
    if shown(rng, 0.6):
        lines.append(("Range balls (large)", price(rng, fees[0] / 10, fees[0] / 5, 0.5)))
    subtotal = round(sum(value for _, value in lines), 2)
    tax = round(subtotal * 0.0725, 2) if region == "us" else 0.0
    total = round(subtotal + tax, 2)
    paid = day(rng)
    tee = paid + dt.timedelta(days=rng.randint(0, 14))
    sale = digits(rng, 5)
    rows = [
        ("title", club),
        ("center", "Pro Shop"),
        (
            "small",
            {
                "uk": "VAT Reg No. GB " + f"{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}",
                "us": "Tel (" + digits(rng, 3) + ") 555-" + digits(rng, 4),
                "za": "VAT No 4" + digits(rng, 9),
            }[region],
        ),
        ("rule",),
        ("pair", rng.choice(["Receipt", "Sale No.", "Trans #"]), sale),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Member no.", digits(rng, 5)))
    rows.append(("pair", "Tee time", date_text(tee, rng.choice(patterns)) + " " + clock(rng, False)))
    rows += [("pair", name, cash(value)) for name, value in lines]
    rows.append(("pair", "Subtotal", cash(subtotal)))
    if region == "us":
        rows.append(("pair", "Sales tax 7.25%", cash(tax)))
    else:
        vat = 0.2 if region == "uk" else 0.15
        rows.append(("pair", f"VAT {int(vat * 100)}% incl.", cash(round(total * vat / (1 + vat), 2))))
    rows.append(("pair", rng.choice(["TOTAL", "Total", "Amount due"]), cash(total)))
    method = rng.choice(["card", "card", "cash"])
    auth, auth_shown = code(rng, 6, "0123456789ABCDEF"), False
    status = None
    if method == "card":
        rows.append(
            (
                "pair",
                rng.choice(["Visa Debit", "Mastercard", "Contactless Visa"]) + " ****" + digits(rng, 4),
                cash(total),
            )
        )
        auth_shown = optional_pair(rng, rows, ["Auth code", "Approval"], auth, 0.3)
        if shown(rng, 0.4):
            status = "success"
            rows.append(("center", "APPROVED"))
    else:
        tendered = float(-(-total // 10) * 10 + rng.choice([0, 10, 20]))
        rows += [
            ("pair", "Cash tendered", cash(tendered)),
            ("pair", "Change", cash(round(tendered - total, 2))),
        ]
    date_shown = shown(rng, 0.3)
    if date_shown:
        rows.append(
            (
                "pair",
                rng.choice(["Date", "Paid"]),
                date_text(paid, rng.choice(patterns)) + " " + clock(rng, region == "us"),
            )
        )
    rows.append(("small", "Thank you - enjoy your round"))
    truth = _truth(
        club, total, iso, auth if auth_shown else sale, paid if date_shown else None, method, status
    )
    return rows, truth, {"width": 540, "size": 20}

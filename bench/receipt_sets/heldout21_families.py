"""The twelve heldout21 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import clock, date_text, day, money, price  # dates and amounts
from bench.receipt_sets.heldout14_values import code, digits, optional_pair, rupee, shown  # ids and choices

PHONE_SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 540, "size": 21}
DAY_FIRST = ["%d/%m/%Y", "%d.%m.%Y", "{d} %b %Y", "%d-%m-%Y", "%Y-%m-%d"]
PEOPLE = [
    "Ayse Demir",
    "Mehmet Kaya",
    "Zanele Dlamini",
    "Chinedu Okeke",
    "Nur Aisyah Binti Rahman",
    "Omar Haddad",
    "Valentina Gomez",
    "Budi Santoso",
    "Fatima Al Khalifa",
    "Tom Whitfield",
]


# the payees (shops, firms, people) each layout draws from
NAMES = {
    "fast_dekont": [
        "Yıldız Mobilya San. Tic. Ltd. Şti.",
        "Elif Şahin",
        "Karadeniz Oto Yedek Parça",
        "Ege Kırtasiye ve Kitabevi",
    ],
    "chile_transferencia": [
        "Ferretería Don Lucho SpA",
        "Inmobiliaria Los Andes Ltda.",
        "Camila Rojas Muñoz",
        "Panadería La Espiga",
    ],
    "za_eft_pop": [
        "Protea Body Corporate",
        "Mzansi Plumbing CC",
        "Greenside Pre-Primary Trust",
        "Sipho Nkosi",
        "Karoo Solar (Pty) Ltd",
    ],
    "fpx_receipt": [
        "Popular Book Co. (M) Sdn Bhd",
        "Harvey Norman Ossia (M) Sdn Bhd",
        "Kedai Buku Nusantara",
        "Zus Coffee Sdn Bhd",
        "Cosway (M) Sdn Bhd",
    ],
    "pse_comprobante": [
        "Falabella de Colombia S.A.",
        "Colombiana de Comercio S.A.",
        "Panamericana Librería y Papelería S.A.",
        "Decathlon Colombia S.A.S.",
    ],
    "benefitpay_screen": [
        "Jawad Cafe Seef",
        "Bahrain Bay Bakery",
        "Lulu Hypermarket Juffair",
        "Saar Flower House",
        "Manama Souq Spices",
    ],
    "ng_pos_slip": [
        "MAMA TOBI VENTURES",
        "GOD'S GRACE POS & BUSINESS CENTRE",
        "ADEX COMMUNICATIONS",
        "BLESSED HANDS ENTERPRISES",
    ],
}


# how each layout states the outcome, by outcome
WORDS = {
    "fast_dekont": {
        "success": ["İşleminiz başarıyla gerçekleştirilmiştir.", "İŞLEM BAŞARILI"],
        "failed": ["İşlem gerçekleştirilemedi"],
        "pending": ["İşlem beklemede"],
    },
    "chile_transferencia": {
        "success": ["Transferencia exitosa", "¡Transferencia realizada con éxito!"],
        "failed": ["Transferencia rechazada"],
        "pending": ["Transferencia en proceso"],
    },
    "za_eft_pop": {
        "success": ["Successful", "Payment successful", "Paid"],
        "failed": ["Unsuccessful", "Payment failed"],
        "pending": ["Pending", "Processing"],
    },
    "cliq_transfer": {
        "success": ["Transfer completed successfully", "Successful"],
        "failed": ["Transfer failed", "Rejected by beneficiary bank"],
        "pending": ["Under processing", "Pending"],
    },
    "fpx_receipt": {
        "success": ["Successful", "Transaction Successful", "Payment Approved"],
        "failed": ["Unsuccessful", "Transaction Failed"],
        "pending": ["Pending Authorisation", "Pending"],
    },
    "pse_comprobante": {
        "success": ["Aprobada", "Transacción aprobada"],
        "failed": ["Rechazada", "Transacción fallida"],
        "pending": ["Pendiente", "En proceso de confirmación"],
    },
    "benefitpay_screen": {
        "success": ["Payment Successful", "Transaction successful"],
        "failed": ["Payment Failed"],
        "pending": ["Payment Pending"],
    },
    "ng_pos_slip": {
        "success": ["APPROVED", "TRANSACTION APPROVED"],
        "failed": ["DECLINED", "TRANSACTION DECLINED"],
        "pending": ["PENDING"],
    },
}


def _record(payee, total, iso, ref, paid, method, outcome) -> dict:
    """The truth of one receipt in the product's shape (amount with two decimals, the date as ISO)."""
    return dict(
        merchant_name=payee,
        amount=None if total is None else f"{total:.2f}",
        currency=iso,
        transaction_id=ref,
        date=paid.isoformat() if paid else None,
        payment_method=method,
        status=outcome,
    )


def _said(
    rng: random.Random,
    wording: dict[str, list[str]],
    silent: float = 0.2,
    odds: tuple[float, float, float] = (0.74, 0.13, 0.13),
) -> tuple[str | None, str | None]:
    """The outcome this receipt states in words and those words; (None, None) where it says nothing."""
    if rng.random() < silent:
        return None, None
    outcome = rng.choices(["success", "failed", "pending"], odds)[0]
    return outcome, rng.choice(wording[outcome])


def _grouped(text: str, size: int = 4) -> str:
    """``text`` in groups of ``size`` characters (IBANs, card numbers)."""
    return " ".join(text[i : i + size] for i in range(0, len(text), size))


def _note(rng: random.Random, numbered: bool, prefixes: list[str], plain: list[str]) -> str:
    """A payer's note: an invoice or order number half the time where the page has a reference of its own (so
    the note's number never stands in for it), else words alone."""
    if numbered and shown(rng, 0.5):
        return rng.choice(prefixes) + digits(rng, rng.choice([4, 5]))
    return rng.choice(plain)


def _three_decimals(value: float) -> str:
    """A dinar amount as the Gulf and Levant print it: three decimals, thousands with commas."""
    return f"{value:,.3f}"


def _rupiah(value: float, grouping: str) -> str:
    """Rupiah as Indonesian ATMs print them: dots between thousands, with or without cents, or commas."""
    whole = f"{int(value):,}"
    return {
        "dots": "Rp " + whole.replace(",", "."),
        "dots_cents": "RP. " + whole.replace(",", ".") + ",00",
        "commas": "RP " + whole + ".00",
    }[grouping]


def _banded(title: str, subtitle: str) -> list[tuple]:
    """The top of a screen with a coloured band: its title and one line in the band, then a gap below it."""
    return [("title", title), ("center", subtitle), ("gap",)]


# ---------------------------------------------------------------- bank transfers


def fast_dekont(rng: random.Random, font: str):
    """A Turkish bank's FAST outgoing-transfer receipt (dekont), printed from internet banking."""
    bank = rng.choice(
        ["T.C. Ziraat Bankası A.Ş.", "Türkiye İş Bankası A.Ş.", "Yapı Kredi Bankası A.Ş.", "Akbank T.A.Ş."]
    )
    payee = rng.choice(NAMES["fast_dekont"])
    amount, when = price(rng, 150, 85000, rng.choice([1, 0.01])), day(rng)
    ref = rng.choice(["", "FST"]) + digits(rng, 12)
    outcome, words = _said(rng, WORDS["fast_dekont"], 0.3, (0.8, 0.1, 0.1))
    rows = [
        ("title", bank),
        ("center", rng.choice(["FAST Giden Transfer Dekontu", "Hesaptan FAST Dekontu"])),
        ("small", "Mersis No: 0" + digits(rng, 15)),
        ("rule",),
        (
            "pair",
            rng.choice(["İşlem Tarihi", "Tarih"]),
            date_text(when, rng.choice(["%d.%m.%Y", "%d/%m/%Y"])) + " " + clock(rng, False),
        ),
        ("pair", "Müşteri No", digits(rng, 8)),
        ("pair", rng.choice(["Gönderen", "Gönderen Adı"]), rng.choice(PEOPLE[:2])),
        ("pair", "Gönderen IBAN", _grouped("TR" + digits(rng, 24))),
        ("pair", rng.choice(["Alıcı", "Alıcı Adı Soyadı", "Alıcı Ünvanı"]), payee),
        ("pair", "Alıcı IBAN", _grouped("TR" + digits(rng, 24))),
    ]
    unit = rng.choice([" TL", " TRY"])
    rows += [
        ("pair", rng.choice(["Tutar", "İşlem Tutarı", "Transfer Tutarı"]), money(amount, "european") + unit),
        ("pair", "Masraf", "0,00" + unit),
        ("pair", "BSMV", "0,00" + unit),
    ]
    printed = optional_pair(rng, rows, ["İşlem Referansı", "Sorgu No", "Dekont No"], ref, 0.15)
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Açıklama",
                _note(
                    rng,
                    printed,
                    ["Kira ", "Fatura No ", "Sipariş "],
                    ["Kira bedeli", "Aidat", "Borç ödemesi"],
                ),
            )
        )
    if words:
        rows.append(("center", words))
    rows.append(("small", "Bu dekont elektronik ortamda üretilmiştir."))
    truth = _record(payee, amount, "TRY", ref if printed else None, when, "netbanking", outcome)
    return rows, truth, {"width": 660, "size": 20}


def chile_transferencia(rng: random.Random, font: str):
    """A Chilean bank's transfer voucher (comprobante de transferencia) in its app; pesos without decimals."""
    bank = rng.choice(["Banco de Chile", "BancoEstado", "Banco Santander Chile", "Banco BCI"])
    payee = rng.choice(NAMES["chile_transferencia"])
    amount, when = float(rng.randrange(2, 2500) * rng.choice([100, 990, 1000])), day(rng)
    pesos = "$" + rng.choice(["", " "]) + f"{int(amount):,}".replace(",", ".")
    ref = digits(rng, rng.choice([9, 10]))
    outcome, words = _said(rng, WORDS["chile_transferencia"], 0.15)
    months = [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ]
    stamp = rng.choice(
        [
            when.strftime("%d/%m/%Y"),
            f"{when.day} de {months[when.month - 1]} de {when.year}",
            when.strftime("%d-%m-%Y"),
        ]
    )
    rows = _banded(bank, "Comprobante de transferencia")
    if words:
        rows.append(("center", words))
    rows += [
        ("big", pesos),
        ("rule",),
        ("pair", rng.choice(["Destinatario", "Nombre destinatario"]), payee),
        (
            "pair",
            "RUT",
            f"{rng.randint(5, 79)}.{digits(rng, 3)}.{digits(rng, 3)}-{rng.choice('0123456789K')}",
        ),
        ("pair", "Banco destino", rng.choice(["Banco Falabella", "Scotiabank", "Banco Itaú", "Coopeuch"])),
        ("pair", "Cuenta", rng.choice(["Cuenta Corriente ", "Cuenta Vista ", "CuentaRUT "]) + digits(rng, 9)),
        ("pair", rng.choice(["Monto", "Monto transferido"]), pesos + rng.choice(["", " CLP"])),
        ("pair", rng.choice(["Fecha", "Fecha y hora"]), stamp + " " + clock(rng, False)),
    ]
    printed = optional_pair(
        rng, rows, ["N° de operación", "Número de comprobante", "Código de transacción"], ref, 0.1
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Mensaje",
                _note(
                    rng,
                    printed,
                    ["Pago factura ", "Abono pedido "],
                    ["Arriendo depto", "Cuota gastos comunes", "Devolucion prestamo"],
                ),
            )
        )
    rows.append(("small", "Cuenta de origen ****" + digits(rng, 4)))
    truth = _record(payee, amount, "CLP", ref if printed else None, when, "netbanking", outcome)
    return rows, truth, dict(PHONE_SCREEN, band=(0, 56, 120) if "Chile" in bank else (200, 30, 45))


def za_eft_pop(rng: random.Random, font: str):
    """A South African bank's EFT proof of payment (PDF), with the date it was printed as well."""
    bank = rng.choice(["First National Bank", "Standard Bank", "Absa Bank", "Nedbank", "Capitec Bank"])
    payee = rng.choice(NAMES["za_eft_pop"])
    amount, when = price(rng, 80, 65000), day(rng)
    printed_on = when + dt.timedelta(days=rng.choice([0, 0, 1, 2, 5]))
    grouping = rng.choice(["space", "western"])
    value = money(amount, "western")
    rand = "R" + rng.choice(["", " "]) + (value.replace(",", " ") if grouping == "space" else value)
    ref = rng.choice(["", "PAY", "TRC"]) + digits(rng, rng.choice([10, 12]))
    outcome, words = _said(rng, WORDS["za_eft_pop"], 0.25)
    rows = [
        ("title", bank),
        ("center", rng.choice(["Proof of Payment", "Payment Notification"])),
        ("small", "Reg. No. 19" + digits(rng, 2) + "/00" + digits(rng, 4) + "/06  Authorised FSP"),
        ("rule",),
        ("pair", rng.choice(["Date printed", "Date issued"]), date_text(printed_on, "%Y/%m/%d")),
    ]
    date_shown = shown(rng, 0.3)
    if date_shown:
        rows.append(
            (
                "pair",
                rng.choice(["Payment date", "Date of payment", "Action date"]),
                date_text(when, rng.choice(["%Y/%m/%d", "%d/%m/%Y", "{d} %B %Y"])),
            )
        )
    printed = shown(
        rng, 0.2
    )  # the bank's own reference; the payer's note carries an invoice number only beside it
    rows += [
        ("pair", rng.choice(["Beneficiary name", "Recipient", "Paid to"]), payee),
        ("pair", "Bank", rng.choice(["FNB", "ABSA", "Nedbank", "Standard Bank", "TymeBank"])),
        ("pair", rng.choice(["Account number", "Beneficiary account"]), "..." + digits(rng, 4)),
        ("pair", "Branch code", rng.choice(["250655", "051001", "632005", "198765", "470010"])),
        (
            "pair",
            rng.choice(["Beneficiary reference", "Recipient reference"]),
            _note(rng, printed, ["INV ", "UNIT "], ["RENT", "SCHOOL FEES", "PLUMBING WORK", "LEVY"]),
        ),
        (
            "pair",
            "From account",
            rng.choice(["Cheque account", "Savings account", "Gold account"]) + " ..." + digits(rng, 4),
        ),
        ("pair", rng.choice(["Amount", "Amount paid"]), rand),
        ("pair", "Payment type", rng.choice(["EFT", "Immediate payment", "Real-time clearing"])),
    ]
    if printed:
        rows.append(
            ("pair", rng.choice(["Transaction reference", "Payment reference number", "Trace ID"]), ref)
        )
    if words:
        rows.append(("pair", "Status", words))
    rows.append(("small", "Enquiries: 0860 " + digits(rng, 3) + " " + digits(rng, 3)))
    truth = _record(
        payee, amount, "ZAR", ref if printed else None, when if date_shown else None, "netbanking", outcome
    )
    return rows, truth, {"width": 640, "size": 20}


def cliq_transfer(rng: random.Random, font: str):
    """A Jordanian CliQ instant-payment confirmation in a bank app (dinars with three decimals)."""
    bank = rng.choice(["Arab Bank", "Housing Bank", "Jordan Kuwait Bank", "Bank al Etihad"])
    payee = rng.choice(["Rami Khalil Haddad", "Zaatar w Zeit Abdoun", "Al Amal Electronics", "Dina Saleh"])
    amount, when = price(rng, 3, 4200, 0.05), day(rng)
    ref = rng.choice(["JOKB", "ARAB", "HBHO", "ETIH"]) + digits(rng, 12)
    outcome, words = _said(rng, WORDS["cliq_transfer"], 0.2)
    dinars = _three_decimals(amount)
    rows = _banded(bank, rng.choice(["CliQ Instant Payment", "CliQ transfer receipt"]))
    if words:
        rows.append(("center", words))
    rows += [
        ("big", rng.choice([f"JOD {dinars}", f"{dinars} JOD", f"{dinars} JD"])),
        ("rule",),
        (
            "pair",
            rng.choice(["Beneficiary alias", "To alias"]),
            code(rng, 6, "ABCDEFGHKLMNRSTZ") + digits(rng, 2),
        ),
        ("pair", rng.choice(["Beneficiary name", "Beneficiary"]), payee),
        (
            "pair",
            "Beneficiary IBAN",
            "JO" + digits(rng, 2) + " " + code(rng, 4, "ABCEHJKT") + " ****" + digits(rng, 4),
        ),
        (
            "pair",
            rng.choice(["Purpose", "Transfer reason"]),
            rng.choice(["Personal - Gifts", "Rent", "Purchase of goods", "Family support"]),
        ),
        ("pair", "Fees", "0.000 JOD"),
        (
            "pair",
            rng.choice(["Date", "Value date", "Transaction date"]),
            date_text(when, rng.choice(DAY_FIRST)) + " " + clock(rng, True),
        ),
    ]
    printed = optional_pair(rng, rows, ["Reference number", "Transaction reference", "Ref. No."], ref, 0.15)
    rows.append(("pair", "From account", "****" + digits(rng, 4)))
    truth = _record(payee, amount, "JOD", ref if printed else None, when, "netbanking", outcome)
    return rows, truth, dict(PHONE_SCREEN, band=(0, 92, 90))


def atm_transfer_slip(rng: random.Random, font: str):
    """An Indonesian ATM transfer slip: the balance left and the ATM's own numbers beside the transfer."""
    bank = rng.choice(["BCA", "BANK MANDIRI", "BRI", "BNI"])
    payee = rng.choice(
        ["TOKO SUMBER REJEKI", "CV MITRA ABADI", "SITI NURHALIZA", "PT KARYA BANGUN JAYA", "BENGKEL LAS MAJU"]
    )
    amount, when = float(rng.randrange(5, 2000) * rng.choice([1000, 5000, 2500])), day(rng)
    other_bank = rng.random() < 0.5
    grouping = rng.choice(["dots", "dots_cents", "commas"])
    ref, slip = digits(rng, rng.choice([6, 12])), digits(rng, 4)
    rows = [
        ("title", bank),
        (
            "center",
            "ATM " + rng.choice(["KCP SUDIRMAN", "MALL KELAPA GADING", "RS HERMINA", "STASIUN BOGOR"]),
        ),
        ("pair", "TANGGAL", date_text(when, rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d-%m-%Y"]))),
        ("pair", "JAM", clock(rng, False) + ":" + f"{rng.randrange(60):02d}"),
        ("pair", rng.choice(["NO. SLIP", "SLIP NO."]), slip),
        ("pair", "TERMINAL", code(rng, 2, "ABCDEFGHJK") + digits(rng, 6)),
        ("rule",),
        ("center", "TRANSFER ANTAR BANK" if other_bank else "TRANSFER"),
        ("pair", "NO. KARTU", digits(rng, 4) + " XXXX XXXX " + digits(rng, 4)),
    ]
    if other_bank:
        rows.append(("pair", "BANK TUJUAN", rng.choice(["BANK JAGO", "CIMB NIAGA", "BSI", "PERMATA"])))
    rows.append(("pair", rng.choice(["KE REK", "REK TUJUAN"]), digits(rng, 10)))
    named = optional_pair(rng, rows, ["NAMA", "NAMA PENERIMA"], payee, 0.25)  # some ATMs print no name
    rows.append(("pair", "JUMLAH", _rupiah(amount, grouping)))
    if other_bank:
        rows.append(("pair", "BIAYA", _rupiah(6500.0, grouping)))
    printed = optional_pair(rng, rows, ["NO. REF", "REF", "NO. REFERENSI"], ref, 0.2)
    rows.append(("pair", "SALDO", _rupiah(float(rng.randrange(50, 90000) * 1000), grouping)))
    outcome = "success" if shown(rng, 0.4) else None
    if outcome:
        rows.append(("center", rng.choice(["TRANSAKSI BERHASIL", "TRANSFER BERHASIL"])))
    rows += [("small", "SIMPAN SLIP INI SEBAGAI"), ("small", "BUKTI TRANSAKSI YANG SAH")]
    truth = _record(
        payee if named else None, amount, "IDR", ref if printed else slip, when, "netbanking", outcome
    )
    return rows, truth, {"width": 430, "size": 19}


# ---------------------------------------------------------------- gateways and wallets


def fpx_receipt(rng: random.Random, font: str):
    """A Malaysian FPX online-banking payment receipt on the merchant's return page."""
    payee = rng.choice(NAMES["fpx_receipt"])
    amount, when = price(rng, 5, 12000), day(rng)
    fpx_id = when.strftime("%y%m%d") + clock(rng, False).replace(":", "") + digits(rng, 6)
    order = rng.choice(["SO", "ORD", "INV"]) + digits(rng, 8)
    outcome, words = _said(rng, WORDS["fpx_receipt"], 0.1)
    rows = _banded(rng.choice(["Payment Receipt", "FPX Payment Receipt"]), "Online Banking (FPX)")
    if words:
        rows.append(("center", "Status: " + words))
    ringgit = money(amount, "western")
    rows += [
        ("big", rng.choice(["RM ", "RM", "MYR "]) + ringgit),
        ("rule",),
        ("pair", rng.choice(["Merchant Name", "Seller", "Pay To"]), payee),
        ("pair", rng.choice(["Seller Order No", "Merchant Order No"]), order),
    ]
    printed = optional_pair(rng, rows, ["FPX Transaction ID", "FPX Txn ID", "Transaction ID"], fpx_id, 0.15)
    rows += [
        (
            "pair",
            "Buyer Bank",
            rng.choice(["Maybank2u", "CIMB Clicks", "RHB Now", "Public Bank", "Bank Islam"]),
        ),
        ("pair", "Buyer Name", rng.choice(PEOPLE[4:5] + ["Tan Wei Ming", "Lim Mei Ling"])),
        (
            "pair",
            rng.choice(["Transaction Date & Time", "Date/Time", "Transaction Date"]),
            date_text(when, rng.choice(["%d %b %Y", "%d/%m/%Y", "%d-%m-%Y"]))
            + " "
            + clock(rng, rng.random() < 0.5),
        ),
        ("pair", "Amount", rng.choice(["RM", "MYR "]) + ringgit),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "SST No", "W10-" + digits(rng, 4) + "-" + digits(rng, 8)))
    rows.append(("small", "Please print this page for your reference."))
    truth = _record(payee, amount, "MYR", fpx_id if printed else order, when, "netbanking", outcome)
    return rows, truth, dict(PHONE_SCREEN, width=600, band=(0, 48, 120))


def pse_comprobante(rng: random.Random, font: str):
    """A Colombian PSE (Pagos Seguros en Linea) payment voucher; pesos written with dots."""
    payee = rng.choice(NAMES["pse_comprobante"])
    amount, when = float(rng.randrange(8, 4000) * rng.choice([100, 1000, 50])), day(rng)
    whole = f"{int(amount):,}".replace(",", ".")
    pesos = rng.choice(["$ ", "$", "COP "]) + whole + rng.choice(["", ",00"])
    cus, order = digits(rng, rng.choice([9, 10])), digits(rng, 7)
    outcome, words = _said(rng, WORDS["pse_comprobante"], 0.1)
    rows = _banded("PSE", "Pagos Seguros en Línea") + [("center", "Comprobante de pago"), ("rule",)]
    if words:
        rows.append(("pair", rng.choice(["Estado", "Estado de la transacción"]), words))
    rows += [
        ("pair", rng.choice(["Empresa", "Comercio", "Convenio"]), payee),
        ("pair", "NIT", f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{rng.randrange(10)}"),
        ("pair", rng.choice(["Número de pedido", "Referencia del pedido"]), order),
        ("pair", rng.choice(["Valor", "Valor pagado", "Total pagado"]), pesos),
        ("pair", "Banco", rng.choice(["Bancolombia", "Davivienda", "Banco de Bogotá", "BBVA Colombia"])),
    ]
    printed = optional_pair(rng, rows, ["CUS", "Código único de seguimiento (CUS)"], cus, 0.15)
    rows += [
        (
            "pair",
            rng.choice(["Fecha", "Fecha de la transacción"]),
            date_text(when, rng.choice(["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"])) + " " + clock(rng, True),
        ),
        ("pair", "Dirección IP", f"190.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}"),
        ("pair", "Descripción", rng.choice(["Compra en línea", "Pedido web", "Pago de pedido"])),
    ]
    truth = _record(payee, amount, "COP", cus if printed else order, when, "netbanking", outcome)
    return rows, truth, dict(PHONE_SCREEN, width=580, band=(0, 84, 166))


def benefitpay_screen(rng: random.Random, font: str):
    """A Bahraini BenefitPay wallet payment confirmation (dinars with three decimals)."""
    payee = rng.choice(NAMES["benefitpay_screen"])
    amount, when = price(rng, 0.5, 350, rng.choice([0.005, 0.1, 0.5])), day(rng)
    amount = round(amount, 2)
    ref = digits(rng, 12)
    outcome, words = _said(rng, WORDS["benefitpay_screen"], 0.2)
    dinars = _three_decimals(amount)
    rows = _banded("BenefitPay", words or rng.choice(["Payment details", "Transaction receipt"]))
    rows += [
        ("big", rng.choice([f"BD {dinars}", f"{dinars} BHD", f"BHD {dinars}"])),
        ("rule",),
        ("pair", rng.choice(["Merchant", "Paid to", "Merchant name"]), payee),
        ("pair", rng.choice(["Terminal ID", "Merchant ID"]), digits(rng, 8)),
        (
            "pair",
            rng.choice(["Date & time", "Date"]),
            date_text(when, rng.choice(["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y"])) + " " + clock(rng, True),
        ),
    ]
    printed = optional_pair(rng, rows, ["Reference number", "Transaction reference", "Ref no."], ref, 0.15)
    rows += [
        (
            "pair",
            rng.choice(["Payment method", "Paid from"]),
            rng.choice(["BenefitPay wallet", "Wallet balance"]),
        ),
        ("pair", "Mobile", "+973 3" + digits(rng, 3) + " " + digits(rng, 4)),
    ]
    truth = _record(payee, amount, "BHD", ref if printed else None, when, "wallet", outcome)
    return rows, truth, dict(PHONE_SCREEN, band=(200, 16, 46), paper=(250, 250, 252))


# ---------------------------------------------------------------- counter and kiosk paper


def ng_pos_slip(rng: random.Random, font: str):
    """A Nigerian POS agent's card-terminal purchase slip (agent business on top, fintech below)."""
    agent = rng.choice(NAMES["ng_pos_slip"])
    amount, when = float(rng.randrange(1, 400) * rng.choice([500, 100, 50])), day(rng)
    naira = ("NGN " if "Liberation" in font else rng.choice(["₦", "NGN "])) + f"{amount:,.2f}"
    rrn, stan, auth = digits(rng, 12), digits(rng, 6), digits(rng, 6)
    outcome, words = _said(rng, WORDS["ng_pos_slip"], 0.1, (0.78, 0.17, 0.05))
    rows = [
        ("title", agent),
        ("center", rng.choice(["Lagos", "Ibadan", "Abuja", "Onitsha"])),
        ("small", "Powered by " + rng.choice(["Moniepoint", "OPay", "PalmPay"])),
        ("rule",),
        ("pair", "TERMINAL ID", "2" + code(rng, 3, "0123456789ABCDEF") + digits(rng, 4)),
        ("pair", "MERCHANT ID", digits(rng, 15)),
        (
            "pair",
            "DATE/TIME",
            date_text(when, rng.choice(["%d-%m-%Y", "%d/%m/%y", "%Y-%m-%d"])) + " " + clock(rng, False),
        ),
        ("center", rng.choice(["PURCHASE", "SALE"])),
        ("pair", "CARD", rng.choice(["506099", "539983", "418745"]) + "******" + digits(rng, 4)),
        ("pair", "CARD TYPE", rng.choice(["VERVE", "MASTERCARD", "VISA"])),
        ("pair", "EXP", "**/**"),
        ("big", naira),
    ]
    rrn_shown = optional_pair(rng, rows, ["RRN", "REF NO"], rrn, 0.2)
    rows.append(("pair", "STAN", stan))
    auth_shown = outcome != "failed" and optional_pair(rng, rows, ["AUTH CODE", "AUTH ID"], auth, 0.4)
    if words:
        rows += [
            (
                "pair",
                "RESP CODE",
                {"success": "00", "pending": "09"}.get(outcome) or rng.choice(["51", "91", "05"]),
            ),
            ("center", words),
        ]
    rows += [
        ("pair", "AGENT PHONE", "0" + rng.choice(["803", "806", "813", "905"]) + digits(rng, 7)),
        ("small", "*** CUSTOMER COPY ***"),
    ]
    txn = rrn if rrn_shown else (auth if auth_shown else stan)
    return rows, _record(agent, amount, "NGN", txn, when, "card", outcome), {"width": 440, "size": 19}


def car_wash_kiosk(rng: random.Random, font: str):
    """A US self-serve car-wash pay station receipt with the wash package, an entry code and its expiry."""
    site, place = rng.choice(
        [
            ("SPARKLE EXPRESS CAR WASH", "2140 N High St, Columbus, OH 43201"),
            ("Blue Wave Car Wash #12", "88 Route 9, Fishkill, NY 12524"),
            ("SUDZ AUTO SPA", "415 E Main St, Mesa, AZ 85203"),
        ]
    )
    when = day(rng)
    packages = [("Ultimate Wash", 19.0), ("Deluxe Wash", 15.0), ("Express Wash", 10.0)]
    extras = [("Tire Shine", 3.0), ("Rain Repellent", 4.0), ("Underbody Flush", 2.5), ("Air Freshener", 1.99)]
    lines = [rng.choice(packages)] + rng.sample(extras, rng.randint(0, 2))
    subtotal = sum(each for _, each in lines)
    discount = 2.0 if shown(rng, 0.7) else 0.0
    tax = round((subtotal - discount) * rng.choice([0.0, 0.0575, 0.081]), 2)
    total = round(subtotal - discount + tax, 2)
    dollar = shown(rng, 0.25)  # a bare total: nothing on the page names the currency
    rows = [
        ("title", site),
        ("center", place),
        ("center", f"({digits(rng, 3)}) 555-01{digits(rng, 2)}"),
        ("pair", "Pay Station", str(rng.randint(1, 4))),
        ("pair", "Date", date_text(when, rng.choice(["%m/%d/%Y", "%m/%d/%y", "%b {d}, %Y"]))),
        ("pair", "Time", clock(rng, True)),
        ("rule",),
    ]
    rows += [("pair", name, f"{each:.2f}") for name, each in lines]
    if discount:
        rows.append(("pair", "Club Member Disc", "-2.00"))
    rows += [
        ("pair", "Subtotal", f"{subtotal - discount:.2f}"),
        ("pair", "Tax", f"{tax:.2f}"),
        ("pair", rng.choice(["TOTAL", "Total Due", "AMOUNT"]), ("$" if dollar else "") + f"{total:.2f}"),
        ("rule",),
    ]
    receipt = digits(rng, 5)
    method, outcome = rng.choice(["card", "card", "cash"]), None
    if method == "card":
        outcome = rng.choices(["success", "failed", None], [0.7, 0.1, 0.2])[0]
        ref, auth = digits(rng, 9), digits(rng, 6)
        rows += [
            ("pair", rng.choice(["VISA", "MASTERCARD", "DISCOVER"]), "XXXXXXXXXXXX" + digits(rng, 4)),
            ("pair", "Entry", rng.choice(["CHIP", "CONTACTLESS", "SWIPED"])),
        ]
        ref_shown = optional_pair(rng, rows, ["Trans ID", "Ref #"], ref, 0.3)
        auth_shown = outcome != "failed" and optional_pair(rng, rows, ["Auth #", "Approval Code"], auth, 0.3)
        if outcome:
            rows.append(("center", "APPROVED" if outcome == "success" else "DECLINED - NO WASH CODE ISSUED"))
        txn = ref if ref_shown else (auth if auth_shown else None)
    else:
        paid = float(int(total) + rng.choice([1, 5, 10]))
        rows += [("pair", "Cash", f"{paid:.2f}"), ("pair", "Change", f"{paid - total:.2f}")]
        txn = None
    if outcome != "failed":
        rows += [
            ("pair", "WASH CODE", digits(rng, 5)),
            ("small", "Code expires " + date_text(when + dt.timedelta(days=30), "%m/%d/%Y")),
        ]
    receipt_shown = optional_pair(rng, rows, ["Receipt #", "Receipt No"], receipt, 0.4)
    if txn is None and receipt_shown:
        txn = receipt
    rows.append(("small", "THANK YOU - DRIVE SAFE"))
    truth = _record(site, total, "USD" if dollar else None, txn, when, method, outcome)
    return rows, truth, {"width": 480, "size": 19}


def driving_lesson_receipt(rng: random.Random, font: str):
    """A UK driving instructor's receipt-book page for a block of lessons, with the next lesson's date."""
    instructor = rng.choice(
        ["Pass First Time Driving School", "Karen Holt ADI", "Smart Start Driving", "L-Plate Academy Leeds"]
    )
    hours, rate = rng.choice([2, 5, 10]), float(rng.choice([32, 34, 36, 38, 40]))
    discount = {2: 0.0, 5: 10.0, 10: 30.0}[hours]
    total = hours * rate - discount
    when = day(rng)
    receipt = digits(rng, rng.choice([3, 4]))
    rows = [
        ("title", instructor),
        ("center", "DVSA Approved Driving Instructor"),
        ("small", "ADI No. " + digits(rng, 6) + "  Tel 07" + digits(rng, 3) + " " + digits(rng, 6)),
        ("rule",),
        ("pair", "Pupil", rng.choice(["Jess Morgan", "Aaron Patel", "Chloe Evans", PEOPLE[9]])),
    ]
    receipt_shown = optional_pair(rng, rows, ["Receipt No.", "Receipt"], receipt, 0.2)
    rows += [
        ("pair", "Lessons", f"{hours} hrs" + rng.choice(["", " (block booking)"])),
        ("pair", "Rate", f"£{rate:.2f}/hr"),
    ]
    if discount:
        rows.append(("pair", "Block discount", f"-£{discount:.2f}"))
    rows.append(("pair", rng.choice(["Total", "Amount received", "Total paid"]), f"£{total:,.2f}"))
    method = rng.choice(["cash", "card", "netbanking", None, None])
    if method:
        rows.append(
            (
                "pair",
                "Paid by",
                {"cash": "Cash", "card": rng.choice(["Card", "Card (SumUp)"]), "netbanking": "Bank transfer"}[
                    method
                ],
            )
        )
    date_shown = shown(rng, 0.3)
    if date_shown:
        rows.append(
            (
                "pair",
                rng.choice(["Date", "Date paid"]),
                date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "{d} %B %Y"])),
            )
        )
    rows.append(
        (
            "pair",
            rng.choice(["Next lesson", "Test booked"]),
            date_text(when + dt.timedelta(days=rng.randint(3, 40)), "%d/%m/%Y"),
        )
    )
    outcome = "success" if shown(rng, 0.45) else None
    if outcome:
        rows.append(("center", rng.choice(["Paid with thanks", "PAID"])))
    truth = _record(
        instructor,
        total,
        "GBP",
        receipt if receipt_shown else None,
        when if date_shown else None,
        method,
        outcome,
    )
    return rows, truth, {"width": 560, "size": 22, "paper": (250, 247, 236)}


def ro_service_receipt(rng: random.Random, font: str):
    """An Indian water-purifier (RO) service visit receipt with parts, GST and an AMC validity period."""
    company = rng.choice(
        ["AquaPure RO Services", "Shree Ganesh Water Solutions", "Crystal Aqua Care", "Neer Seva RO Point"]
    )
    parts = [
        ("RO membrane 80 GPD", 1450.0, 2600.0),
        ("Sediment filter", 180.0, 350.0),
        ("Carbon filter", 250.0, 480.0),
        ("UV lamp", 650.0, 1100.0),
        ("Service charge", 299.0, 499.0),
        ("AMC 1 year", 1999.0, 3499.0),
    ]
    chosen = rng.sample(parts, rng.randint(2, 4))
    charges = [(name, float(round(rng.uniform(low, high)))) for name, low, high in chosen]
    subtotal = sum(value for _, value in charges)
    half_gst = round(subtotal * 0.09, 2)
    total = round(subtotal + 2 * half_gst, 2)
    when = day(rng)
    mark = rng.choice([rupee(font), "Rs. ", "INR ", ""])
    receipt = rng.choice(["", "SR/"]) + digits(rng, 4)
    rows = [
        ("title", company),
        ("center", rng.choice(["Service Receipt", "Cash / Service Receipt"])),
        (
            "small",
            "GSTIN 27" + code(rng, 5, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 4) + "K1Z" + digits(rng, 1),
        ),
        ("rule",),
        ("pair", "Receipt No", receipt),
        ("pair", "Date", date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y"]))),
        ("pair", "Customer ID", "C" + digits(rng, 5)),
        ("pair", "Mobile", rng.choice("6789") + digits(rng, 9)),
        ("rule",),
    ]
    rows += [("pair", name, f"{value:,.2f}") for name, value in charges]
    if any(name.startswith("AMC") for name, _ in charges):
        start = when + dt.timedelta(days=1)
        rows.append(
            (
                "small",
                "AMC valid "
                + date_text(start, "%d/%m/%Y")
                + " to "
                + date_text(start + dt.timedelta(days=364), "%d/%m/%Y"),
            )
        )
    rows += [
        ("pair", "Sub total", f"{subtotal:,.2f}"),
        ("pair", "CGST 9%", f"{half_gst:,.2f}"),
        ("pair", "SGST 9%", f"{half_gst:,.2f}"),
        ("pair", rng.choice(["Grand Total", "Total", "Net Amount"]), mark + money(total, "indian")),
    ]
    method = rng.choice(["cash", "UPI", "UPI", "card", None, None])
    utr = digits(rng, 12)
    utr_shown = False
    if method:
        rows.append(
            (
                "pair",
                rng.choice(["Payment mode", "Mode"]),
                {"cash": "Cash", "UPI": "UPI", "card": "Card"}[method],
            )
        )
    if method == "UPI":
        utr_shown = optional_pair(rng, rows, ["UPI Ref No", "UTR", "UPI Txn ID"], utr, 0.25)
    outcome = "success" if shown(rng, 0.4) else None
    if outcome:
        rows.append(("center", rng.choice(["Received with thanks", "Payment received"])))
    rows.append(
        ("small", "Next service due " + date_text(when + dt.timedelta(days=rng.choice([90, 180])), "%b %Y"))
    )
    iso = "INR" if mark else None
    truth = _record(company, total, iso, utr if utr_shown else receipt, when, method, outcome)
    return rows, truth, {"width": 560, "size": 20}

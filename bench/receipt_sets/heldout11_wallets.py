"""heldout11 families from instant-payment apps abroad: Pix, M-Pesa, GCash/Maya, QRIS."""

from __future__ import annotations

import random
from decimal import Decimal

from bench.receipt_sets.heldout11_render import badge, band, gap, glyphs, kv, rule, stack, text, title
from bench.receipt_sets.heldout11_values import (
    MONTHS, amount, bare, code, date_text, digits, money, outcome, phone, truth, unbroken, when, wrap,
)

BR_PAYEES = ["Padaria Pão Dourado Ltda", "Mercadinho São Jorge", "Ana Beatriz Souza", "Oficina do Zé ME",
    "Livraria Cultura Viva", "Carlos Eduardo Lima", "Açaí da Praia Ltda"]
BR_BANKS = ["Nubank", "Banco Inter", "Itaú", "Banco do Brasil", "Bradesco", "C6 Bank"]
KE_PAYEES = ["JAVA HOUSE KIMATHI ST", "NAIVAS SUPERMARKET", "KPLC PREPAID", "JOHN KAMAU", "MAMA NJERI DUKA",
    "NAIROBI WATER", "QUICKMART WESTLANDS"]
PH_PAYEES = ["Jollibee Katipunan", "Mercury Drug", "Maria Santos", "Meralco", "7-Eleven Ortigas",
    "Juan Dela Cruz", "Aling Nena Sari-Sari Store"]
ID_PAYEES = ["Kopi Kenangan", "Warung Bu Sri", "Toko Roti Sinar", "Bakso Pak Kumis", "Indomaret Point",
    "Apotek Sehat Sentosa"]


def pix_comprovante(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A Brazilian bank app's Pix receipt (Portuguese or English); Pix is no method of the product's list."""
    english = rng.random() < 0.3
    moment, value = when(rng), amount(rng, 8, 4800)
    payee, bank = rng.choice(BR_PAYEES), rng.choice(BR_BANKS)
    e2e = f"E{digits(rng, 8)}{moment:%Y%m%d%H%M}{code(rng, 11, 'abcdefghijkmnpqrstuvwxyz0123456789')}"
    status = rng.choice(["success"] * 4 + ["failed", "pending", None])
    words = {
        "success": ["Pix enviado", "Transferência realizada", "Pagamento realizado"]
        if not english
        else ["Pix sent", "Transfer completed"],
        "failed": ["Pix não realizado", "Transação não concluída"] if not english else ["Pix not completed"],
        "pending": ["Pix agendado", "Em processamento"] if not english else ["Pix scheduled", "Processing"],
        None: ["Comprovante Pix", "Comprovante de transferência"] if not english else ["Pix receipt"],
    }
    rows = [band(bank), gap()]
    rows.append(
        title(rng.choice(words[status]), 1.2, "l")
        if status is None
        else badge(rng.choice(words[status]), status)
    )
    if status is not None:
        rows.append(
            text("Comprovante de transferência" if not english else "Transfer receipt", 0.9, "l", "grey")
        )
    shown_value = money(rng, value, "BRL")
    rows += [gap(), stack("Valor" if not english else "Amount", shown_value)]
    date_label = rng.choice(
        ["Data e hora", "Data/Hora", "Realizado em"] if not english else ["Date and time", "Date"]
    )
    rows.append(stack(date_label, date_text(rng, moment, "br", time=True)))
    if rng.random() < 0.4:
        rows.append(kv("Tarifa" if not english else "Fee", money(rng, Decimal("0.00"), "BRL")))
    rows += [rule(), text("Destino" if not english else "Recipient", 1.0, "l", "accent", True)]
    rows += [kv("Nome" if not english else "Name", payee)]
    if "Ltda" in payee or "ME" in payee.split():
        rows.append(kv("CNPJ", f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}/0001-{digits(rng, 2)}"))
    else:
        rows.append(kv("CPF", f"***.{digits(rng, 3)}.{digits(rng, 3)}-**"))
    rows += [
        kv("Instituição" if not english else "Institution", rng.choice(BR_BANKS)),
        kv("Agência" if not english else "Branch", f"{rng.randint(1, 9999):04d}"),
        kv("Conta" if not english else "Account", f"{digits(rng, 6)}-{rng.randint(0, 9)}"),
    ]
    if rng.random() < 0.5:
        rows.append(kv("Chave Pix" if not english else "Pix key", phone(rng, "BR")))
    rows += [
        rule(),
        text("Origem" if not english else "Sender", 1.0, "l", "accent", True),
        kv(
            "Nome" if not english else "Name",
            rng.choice(["Marcos Vinícius Alves", "Juliana Rocha", "Pedro Henrique"]),
        ),
        kv("Instituição" if not english else "Institution", bank),
        rule(),
    ]
    id_label = rng.choice(
        ["ID da transação", "ID/Transação", "E2E ID", "Identificador"]
        if not english
        else ["Transaction ID", "E2E ID", "End-to-end ID"]
    )
    rows.append(stack(id_label, e2e))
    if rng.random() < 0.4:
        rows.append(
            stack(
                "Código de autenticação" if not english else "Authentication code",
                code(rng, 24, "0123456789ABCDEF"),
            )
        )
    rows.append(
        text(
            rng.choice(
                ["Ouvidoria 0800 " + digits(rng, 3) + " " + digits(rng, 4), "SAC 4004-" + digits(rng, 4)]
            ),
            0.8,
            "c",
            "grey",
        )
    )
    return rows, truth(payee, value, "BRL", e2e, moment, None, status), "screen"


def mpesa_confirmation(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A Kenyan M-Pesa confirmation: the SMS text, or the app's receipt card."""
    moment, value = when(rng), amount(rng, 50, 25000, cents=rng.random() < 0.4)
    payee, tx = rng.choice(KE_PAYEES), code(rng, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    status = rng.choice(["success"] * 3 + ["failed"])
    balance, cost = amount(rng, 100, 60000), amount(rng, 0, 110, cents=False)
    when_text = (
        f"{moment.day}/{moment.month}/{moment.year % 100:02d} at {(moment.hour - 1) % 12 + 1}:{moment.minute:02d} "
        f"{'AM' if moment.hour < 12 else 'PM'}"
    )
    if rng.random() < 0.6:
        rows = [
            band("M-PESA"),
            gap(),
            text("MPESA", 0.9, "l", "grey"),
            text(when_text.replace(" at ", ", "), 0.8, "r", "grey"),
        ]
        if status == "failed":
            body = (
                f"Failed. Insufficient funds in your M-PESA account to pay {unbroken(money(rng, value, 'KES'))} to {payee}. "
                f"Your M-PESA balance is {unbroken(money(rng, balance, 'KES'))}."
            )
            record = None
        else:
            verb = rng.choice(["paid to", "sent to"])
            extra = f" {phone(rng, 'KE')}" if verb == "sent to" else ""
            account = f" for account {digits(rng, 8)}" if payee.endswith(("PREPAID", "WATER")) else ""
            body = (
                f"{tx} Confirmed. {unbroken(money(rng, value, 'KES'))} {verb} {payee}{extra}{account} on {unbroken(when_text)}. "
                f"New M-PESA balance is {unbroken(money(rng, balance, 'KES'))}. Transaction cost, {unbroken(money(rng, cost, 'KES'))}. "
                f"Amount you can transact within the day is {bare(rng, amount(rng, 200000, 499000), 'KES')}."
            )
            record = tx
        rows += [text(line, 1.0, "l") for line in wrap(body, 38)]
    else:
        rows = [
            band(rng.choice(["M-PESA", "M-PESA App"])),
            gap(),
            badge({"success": "Transaction Successful", "failed": "Transaction Failed"}[status], status),
            gap(),
        ]
        record = tx
        rows += [
            stack(rng.choice(["Amount", "Amount Paid"]), money(rng, value, "KES")),
            kv(rng.choice(["Paid To", "Recipient", "Sent To"]), payee),
        ]
        if rng.random() < 0.6:
            rows.append(kv(rng.choice(["Till Number", "Paybill", "Business No."]), digits(rng, 6)))
        rows += [
            kv(rng.choice(["Transaction Code", "Transaction ID", "M-PESA Ref"]), tx),
            kv("Transaction Cost", money(rng, cost, "KES")),
            kv(
                rng.choice(["Date", "Completed"]),
                f"{moment.day:02d} {MONTHS[moment.month - 1]} {moment.year}, "
                f"{moment.hour:02d}:{moment.minute:02d}",
            ),
            kv("M-PESA Balance", money(rng, balance, "KES")),
        ]
    return rows, truth(payee, value, "KES", record, moment, "wallet", status), "screen"


def gcash_receipt(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A Philippine GCash or Maya receipt; the GCash reference is printed in groups."""
    app = rng.choice(["GCash", "GCash", "Maya"])
    moment, value = when(rng), amount(rng, 20, 15000)
    payee = rng.choice(PH_PAYEES)
    status = outcome(rng, 0.15, 0.12)
    named = rng.random() < 0.8
    if app == "GCash":
        raw = digits(rng, 13)
        ref = f"{raw[:4]} {raw[4:7]} {raw[7:]}" if rng.random() < 0.6 else raw
        ref_label = rng.choice(["Ref. No.", "Ref No.", "Reference No."])
    else:
        ref = code(rng, 12, "0123456789ABCDEF")
        ref_label = rng.choice(["Reference ID", "Reference number"])
    word = {
        "success": rng.choice(["Sent via GCash", "Payment successful", "Successfully sent"]),
        "failed": rng.choice(["Transaction failed", "Payment unsuccessful"]),
        "pending": rng.choice(["Processing", "Transaction pending"]),
    }[status]
    rows = [band(app), gap(), badge(word, status), gap()]
    # a transfer to a number outside the payee's contacts shows only the masked number
    if named:
        rows.append(text(payee, 1.2, "c", "fg", True))
    number = phone(rng, "PH")
    rows += [
        text(number if named else f"{number[:4]} *** {number[-4:]}", 0.85 if named else 1.1, "c", "grey"),
        rule(),
    ]
    fee = Decimal(0) if rng.random() < 0.6 else Decimal(rng.choice([10, 15]))
    shown = glyphs(font)
    rows += [kv("Amount", money(rng, value - fee, "PHP", shown))]
    if rng.random() < 0.5:
        rows.append(kv(rng.choice(["Fee", "Convenience fee"]), money(rng, fee, "PHP", shown)))
    rows += [
        kv(rng.choice(["Total Amount Sent", "Total", "Total amount"]), money(rng, value, "PHP", shown), 1.15),
        rule(),
    ]
    rows.append(kv(ref_label, ref))
    date_shown = rng.random() < 0.8
    if date_shown:
        stamp = (
            f"{MONTHS[moment.month - 1]} {moment.day}, {moment.year} {(moment.hour - 1) % 12 + 1}:{moment.minute:02d} "
            f"{'AM' if moment.hour < 12 else 'PM'}"
        )
        rows.append(
            kv(rng.choice(["Date", "Date & time"]), stamp)
            if rng.random() < 0.7
            else text(stamp, 0.9, "c", "grey")
        )
    if rng.random() < 0.5:
        rows.append(kv("Available balance", money(rng, amount(rng, 10, 20000), "PHP", shown)))
    return (
        rows,
        truth(payee if named else None, value, "PHP", ref, moment if date_shown else None, "wallet", status),
        "screen",
    )


def qris_slip(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """An Indonesian QRIS payment slip from a bank app or an e-wallet (Bahasa or English)."""
    english = rng.random() < 0.35
    moment, base = when(rng), Decimal(rng.randint(16, 1800) * 500)
    fee = Decimal(0) if rng.random() < 0.6 else Decimal(rng.choice([1000, 1500, 2500]))
    value = base + fee
    payee = rng.choice(ID_PAYEES)
    status = outcome(rng, 0.15, 0.15)
    source = rng.choice(["GoPay", "OVO", "DANA", "ShopeePay", None, None])
    word = {
        "success": "Pembayaran Berhasil" if not english else "Payment Successful",
        "failed": "Pembayaran Gagal" if not english else "Payment Failed",
        "pending": "Sedang Diproses" if not english else "Processing",
    }[status]
    rows = [
        band(source or rng.choice(["BCA mobile", "Livin' by Mandiri", "BRImo"])),
        gap(),
        text("QRIS", 1.1, "c", "accent", True),
        badge(word, status),
        gap(),
    ]
    rows += [
        kv("Nama Merchant" if not english else "Merchant", payee),
        kv("NMID", "ID" + digits(rng, 13)),
        kv("Terminal ID", code(rng, 8)),
    ]
    if fee:
        rows += [
            kv("Nominal" if not english else "Amount", money(rng, base, "IDR")),
            kv("Biaya Admin" if not english else "Admin fee", money(rng, fee, "IDR")),
        ]
    rows.append(kv("Total Bayar" if not english else "Total", money(rng, value, "IDR"), 1.15))
    rows.append(rule(True))
    stamp = (
        f"{moment.day:02d} {MONTHS[moment.month - 1].replace('May', 'Mei').replace('Aug', 'Agu')} {moment.year} "
        f"{moment:%H:%M:%S} WIB"
    )
    rows.append(kv("Tanggal" if not english else "Date", stamp))
    id_kind = rng.choice(["rrn", "ref", "invoice"])
    record = {"rrn": digits(rng, 12), "ref": digits(rng, 16), "invoice": "INV" + digits(rng, 10)}[id_kind]
    label = {
        "rrn": "RRN",
        "ref": rng.choice(
            ["No. Referensi", "ID Transaksi"] if not english else ["Reference No.", "Transaction ID"]
        ),
        "invoice": "No. Invoice",
    }[id_kind]
    rows.append(kv(label, record))
    if id_kind == "rrn" and rng.random() < 0.6:
        rows.append(kv("No. Invoice", "INV" + digits(rng, 10)))
    if source:
        rows.append(kv("Sumber Dana" if not english else "Paid with", source))
    else:
        rows.append(kv("Rekening" if not english else "From account", "xxxxxx" + digits(rng, 4)))
    method = "wallet" if source else None
    return rows, truth(payee, value, "IDR", record, moment, method, status), "screen"

"""heldout11 families printed at a counter: laundromat kiosk, Mexican store ticket, US tip slip, Korea/Thailand."""

from __future__ import annotations

import random
from decimal import Decimal

from bench.receipt_sets.heldout11_render import cols, gap, glyphs, kv, rule, text, title
from bench.receipt_sets.heldout11_values import (
    amount, bare, code, date_text, digits, letters, money, phone, truth, when,
)

LAUNDRIES = ["Suds City Laundromat", "Bubbles Coin Laundry", "Spin Cycle Wash & Fold",
    "Clean Corner Laundrette", "Fresh Fold Laundry Kiosk"]


def laundromat_kiosk(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A laundromat pay-station slip: machine numbers, loyalty balance, cash tendered and change."""
    currency = rng.choice(["USD", "USD", "AUD", "CAD", "GBP", "EUR"])
    moment = when(rng)
    shop = rng.choice(LAUNDRIES)
    shown = glyphs(font)
    lines = []
    for _ in range(rng.randint(1, 4)):
        machine = rng.choice(["Washer", "Dryer", "Detergent", "Wash&Fold"])
        lines.append(
            (
                f"{machine} #{rng.randint(1, 40):02d}" if machine in {"Washer", "Dryer"} else machine,
                Decimal(rng.choice(["1.50", "2.25", "3.00", "3.75", "4.50", "5.25", "6.00"])),
            )
        )
    value = sum((p for _, p in lines), Decimal(0))
    form = rng.choice(["card", "cash", "cash", "wallet"])
    # an unattended pay station often prints no business name, only its own number
    named = rng.random() < 0.75
    header = shop.upper() if named else f"PAY STATION {rng.randint(1, 9)}"
    street = f"{rng.randint(10, 999)} {rng.choice(['Main St', 'High St', 'King Rd'])}"
    locale = "us" if currency in {"USD", "CAD"} else "eu"
    rows = [
        title(header, 1.1),
        text(street, 0.9, "c"),
        text(f"Tel {phone(rng, 'US')}", 0.85, "c"),
        rule(True),
        kv("Kiosk", f"K{rng.randint(1, 9)}"),
    ]
    # some pay stations print no clock at all
    dated = rng.random() < 0.85
    if dated:
        rows.append(kv("Date", date_text(rng, moment, locale, time=True)))
    trans = str(rng.randint(1000, 99999))
    trans_label = rng.choice(["Trans #", "Transaction", "Ticket", None])
    if trans_label:
        rows.append(kv(trans_label, trans))
    rows.append(rule(True))
    for name, price in lines:
        rows.append(kv(name, bare(rng, price, currency)))
    rows += [rule(True), kv("TOTAL", money(rng, value, currency, shown), 1.15)]
    auth, status = None, None
    if form == "cash":
        tendered = Decimal(max(5, (int(value) // 5 + 1) * 5))
        rows += [
            kv("Cash inserted", bare(rng, tendered, currency)),
            kv("Change", bare(rng, tendered - value, currency)),
        ]
    elif form == "card":
        rows.append(kv(rng.choice(["VISA", "MASTERCARD", "DEBIT"]), "************" + digits(rng, 4)))
        status = "failed" if rng.random() < 0.25 else "success"
        if status == "success":
            auth = digits(rng, 6) if rng.random() < 0.5 else code(rng, 6)
            rows.append(kv("AUTH", auth))
        rows.append(
            text("DECLINED - CARD NOT CHARGED" if status == "failed" else "APPROVED", 1.0, "c", "fg", True)
        )
    else:
        rows += [
            kv("Paid from", "LaundryPay app wallet"),
            kv("Wallet balance", bare(rng, amount(rng, 0, 60), currency)),
        ]
    rows += [
        kv("Loyalty points", str(rng.randint(0, 400))),
        rule(True),
        text(rng.choice(["THANK YOU - SEE YOU NEXT WASH", "Attendant on duty 8am-8pm"]), 0.85, "c"),
    ]
    # a transaction number outranks the auth code, the auth code a ticket number
    if trans_label in {"Trans #", "Transaction"}:
        record = trans
    else:
        record = auth or (trans if trans_label else None)
    return rows, truth(shop if named else None, value, currency, record, moment if dated else None, form, status), "thermal"


MX_STORES = ["OXXO", "Ferretería La Esperanza", "Tlapalería San Juan", "Papelería Lupita",
    "Abarrotes Don Chuy"]


def mx_ticket(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A Mexican store ticket (OXXO, ferretería): RFC, store and till numbers, IVA, cash and change; MXN printed."""
    moment = when(rng)
    store = rng.choice(MX_STORES)
    items = [
        (
            rng.choice(
                ["TORNILLO 1/4 X2", "COCA COLA 600ML", "CINTA AISLANTE", "PILAS AA 4PZ", "CUADERNO PROF",
                    "SABRITAS 45G", "FOCO LED 9W", "PEGAMENTO 30ML"]
            ),
            rng.randint(1, 4),
            amount(rng, 9, 189),
        )
        for _ in range(rng.randint(2, 6))
    ]
    value = sum((q * p for _, q, p in items), Decimal(0))
    iva = (value - value / Decimal("1.16")).quantize(Decimal("0.01"))
    form = rng.choice(["cash", "cash", "card"])
    rows = [
        title(store.upper(), 1.2),
        text(f"RFC: {letters(rng, 4)}{digits(rng, 6)}{code(rng, 3)}", 0.85, "c"),
        text(
            rng.choice(["CADENA COMERCIAL OXXO SA DE CV", "SUC. CENTRO, CDMX", "AV. JUAREZ 112, GDL"]),
            0.8,
            "c",
        ),
        text(f"TEL {phone(rng, 'MX')}", 0.8, "c"),
        rule(True),
    ]
    folio = str(rng.randint(10000, 999999))
    rows += [
        kv("TIENDA", f"{digits(rng, 2)}{letters(rng, 3)}"),
        kv("CAJA", str(rng.randint(1, 6))),
        kv(rng.choice(["FOLIO", "TICKET", "No. VENTA"]), folio),
        kv("FECHA", date_text(rng, moment, "mx", time=True)),
        rule(True),
    ]
    for name, qty, price in items:
        rows.append(cols([str(qty), name, bare(rng, qty * price, "MXN")], [0, 0.08, 0.75]))
    rows += [
        rule(True),
        kv("SUBTOTAL", bare(rng, value - iva, "MXN")),
        kv("IVA 16%", bare(rng, iva, "MXN")),
        kv("TOTAL", money(rng, value, "MXN"), 1.2),
        text(f"ARTICULOS: {sum(q for _, q, _ in items)}", 0.85),
    ]
    record, status = folio, None
    if form == "cash":
        paid = Decimal(max(50, (int(value) // 50 + 1) * 50))
        rows += [kv("EFECTIVO", bare(rng, paid, "MXN")), kv("SU CAMBIO", bare(rng, paid - value, "MXN"))]
    elif rng.random() < 0.25:
        # a declined card prints no authorisation; the sale stays open
        rows += [
            kv(rng.choice(["TARJETA DEBITO", "TARJETA CREDITO"]), "**** " + digits(rng, 4)),
            text(rng.choice(["DECLINADA", "OPERACION RECHAZADA"]), 1.0, "c", "fg", True),
        ]
        status = "failed"
    else:
        auth = digits(rng, 6)
        rows += [
            kv(rng.choice(["TARJETA DEBITO", "TARJETA CREDITO"]), "**** " + digits(rng, 4)),
            kv(rng.choice(["AUT", "AUTORIZACION", "No. AUT."]), auth),
            text("APROBADA", 1.0, "c", "fg", True),
        ]
        record, status = auth, "success"
    rows += [text(rng.choice(["GRACIAS POR SU COMPRA", "CONSERVE SU TICKET", "FACTURE EN LINEA"]), 0.85, "c")]
    return rows, truth(store, value, "MXN", record, moment, form, status), "thermal"


RESTAURANTS = ["The Copper Kettle", "Luigi's Trattoria", "Blue Marlin Grill", "Smokehouse 44",
    "Golden Lotus Bistro", "Maple Street Diner"]


def us_tip_slip(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A US restaurant card slip: the tip is filled in (total = amount + tip) or left blank (the amount is paid)."""
    moment = when(rng)
    name = rng.choice(RESTAURANTS)
    bill = amount(rng, 14, 260)
    filled = rng.random() < 0.65
    tip = (bill * Decimal(rng.choice(["0.15", "0.18", "0.2", "0.22"]))).quantize(Decimal("0.01"))
    value = bill + tip if filled else bill
    auth = code(rng, 6) if rng.random() < 0.5 else digits(rng, 6)
    show_auth = rng.random() < 0.85
    check = str(rng.randint(100, 9999)) if rng.random() < 0.7 else None
    rows = [
        title(name, 1.15),
        text(f"{rng.randint(10, 9999)} {rng.choice(['Elm St', 'Broadway', 'Ocean Ave'])}", 0.9, "c"),
        text(f"{rng.choice(['Austin, TX', 'Portland, OR', 'Boston, MA'])}  {phone(rng, 'US')}", 0.85, "c"),
        gap(),
        kv("Server", rng.choice(["Kim", "Marco", "Dana", "Jess"])),
        kv("Table", str(rng.randint(1, 40))),
        *([kv(rng.choice(["Check #", "Chk", "Check"]), check)] if check else []),
        kv("Date", date_text(rng, moment, "us", time=True)),
        rule(True),
        kv(rng.choice(["VISA", "MASTERCARD", "AMEX"]), "XXXXXXXXXXXX" + digits(rng, 4)),
        kv("Entry", rng.choice(["CHIP", "CONTACTLESS", "SWIPED"])),
    ]
    if show_auth:
        rows.append(kv(rng.choice(["Auth Code", "APPR CODE", "Approval"]), auth))
    rows += [kv("Terminal", "T" + digits(rng, 4)), rule(True), kv("Amount", money(rng, bill, "USD"))]
    if filled:
        rows += [kv("Tip", bare(rng, tip, "USD")), kv("Total", money(rng, value, "USD"), 1.15)]
    else:
        rows += [kv("Tip", "__________"), kv("Total", "__________", 1.15)]
        rows.append(
            text(
                "Suggested tip: "
                + "  ".join(f"{p}%=${(bill * p / 100).quantize(Decimal('0.01'))}" for p in (18, 20, 22)),
                0.8,
                "l",
            )
        )
    rows += [
        gap(),
        text("X______________________________", 1.0),
        text("I agree to pay the above total amount", 0.8, "c"),
        text(rng.choice(["CUSTOMER COPY", "MERCHANT COPY"]), 0.9, "c", "fg", True),
    ]
    status = "success" if rng.random() < 0.5 else None
    if status:
        rows.insert(len(rows) - 3, text("APPROVED", 1.0, "c", "fg", True))
    return rows, truth(name, value, "USD", auth if show_auth else check, moment, "card", status), "thermal"


KR_SHOPS = ["Seoul Mart Jongno", "Cafe Dabang", "Hanok Bakery", "Myeongdong Cosmetics"]
TH_SHOPS = ["Siam Fresh Mart", "Bangkok Noodle House", "Chiang Mai Coffee Co.", "Phuket Beach Shop"]


def kr_th_receipt(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A Korean or Thai shop receipt in English: KRW whole won or THB, VAT lines, business numbers, POS ids."""
    korea = rng.random() < 0.5
    currency = "KRW" if korea else "THB"
    moment = when(rng)
    shop = rng.choice(KR_SHOPS if korea else TH_SHOPS)
    shown = glyphs(font)
    if korea:
        items = [
            (
                rng.choice(["Americano", "Banana Milk", "Kimbap", "Sheet Mask x5", "Soju", "Bread"]),
                Decimal(rng.randint(12, 380) * 100),
            )
            for _ in range(rng.randint(1, 5))
        ]
    else:
        items = [
            (
                rng.choice(["Pad Thai", "Thai Iced Tea", "Mango Sticky Rice", "Water 600ml", "Sunscreen"]),
                amount(rng, 15, 450),
            )
            for _ in range(rng.randint(1, 5))
        ]
    value = sum((p for _, p in items), Decimal(0))
    vat = (value / Decimal("11") if korea else value * 7 / 107).quantize(
        Decimal("1") if korea else Decimal("0.01")
    )
    form = (
        rng.choice(["card", "card", "cash", "wallet"]) if not korea else rng.choice(["card", "card", "cash"])
    )
    rows = [title(shop, 1.2)]
    if korea:
        rows += [
            text(f"Business Reg. No. {digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 5)}", 0.85, "c"),
            text(
                f"CEO {rng.choice(['Kim Min-jun', 'Lee Seo-yeon', 'Park Ji-ho'])}  Tel {phone(rng, 'KR')}",
                0.85,
                "c",
            ),
        ]
    else:
        rows += [
            text(f"TAX ID {digits(rng, 13)} (VAT Included)", 0.85, "c"),
            text(f"POS# E{digits(rng, 9)}", 0.85, "c"),
            text("TAX INV (ABB)", 0.9, "c", "fg", True),
        ]
    receipt_no = f"{digits(rng, 4)}-{digits(rng, 4)}" if korea else digits(rng, 7)
    receipt_no = receipt_no if rng.random() < 0.8 else None
    rows += [
        *([kv(rng.choice(["Receipt No.", "R#", "Bill No."]), receipt_no)] if receipt_no else []),
        kv("Date", date_text(rng, moment, "iso" if korea else "eu", time=True)),
        rule(True),
    ]
    for name, price in items:
        rows.append(kv(name, bare(rng, price, currency)))
    rows.append(rule(True))
    if korea:
        rows += [kv("Supply value", bare(rng, value - vat, currency)), kv("VAT", bare(rng, vat, currency))]
    else:
        rows.append(kv("VAT 7% incl.", bare(rng, vat, currency)))
    rows.append(
        kv(rng.choice(["TOTAL", "Total Amount", "Amount Due"]), money(rng, value, currency, shown), 1.2)
    )
    record, status = receipt_no, None
    if form == "card":
        approval = digits(rng, 8)
        rows += [
            kv(
                "Card",
                rng.choice(["SHINHAN", "KB KOOKMIN", "VISA", "KASIKORN"]) + " " + digits(rng, 4) + "-**",
            ),
            kv("Installment", rng.choice(["Lump sum", "00"])),
            kv(rng.choice(["Approval No.", "APPR NO"]), approval),
            kv("Merchant No.", digits(rng, 9)),
        ]
        record = approval
        if rng.random() < 0.6:
            rows.append(text("Approved", 1.0, "c", "fg", True))
            status = "success"
    elif form == "wallet":
        rows.append(kv("TrueMoney Wallet", bare(rng, value, currency)))
    else:
        paid = Decimal(((int(value) // 1000 + 1) * 1000) if korea else ((int(value) // 100 + 1) * 100))
        rows += [kv("Cash", bare(rng, paid, currency)), kv("Change", bare(rng, paid - value, currency))]
    rows += [
        gap(),
        text(rng.choice(["Thank you!", "Refund within 7 days with receipt", "Khop khun kha"]), 0.85, "c"),
    ]
    return (
        rows,
        truth(shop, value, currency, record, moment, form, status),
        "thermal" if rng.random() < 0.7 else "paper",
    )

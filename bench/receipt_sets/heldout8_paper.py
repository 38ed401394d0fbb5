"""heldout8 layouts printed on paper or as PDFs: POS and card slips, an online invoice, a food order."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from bench.receipt_sets import heldout8_values as v
from bench.receipt_sets.heldout8_imaging import PROPORTIONAL, THERMAL, Row, Theme, band, cols, gap, kv, rule, text
from bench.receipt_sets.heldout8_screens import Doc, truth

MONO = "DejaVu Sans Mono"


def _items(r: random.Random, names: list[str], k: int, lo: int, hi: int) -> list[tuple[str, int, Decimal]]:
    return [(name, r.randint(1, 3), v.amount(r, lo, hi, paise=0.3)) for name in r.sample(names, k)]


def _pad(label: str, value: str, width: int) -> str:
    return label + " " * max(1, width - len(label) - len(value)) + value


def _mono_line(label: str, value: str, width: int) -> Row:
    return text(_pad(label, value, width))


def _tender(r: random.Random, t, *, card_ok: bool = True) -> tuple[list[str], str | None, str | None]:
    """Printed payment lines, the method, and the strongest reference they carry."""
    kind = r.choice(["cash", "upi", "card", "none"] if card_ok else ["cash", "upi", "none"])
    if kind == "cash":
        return [r.choice(["Tender: CASH", "Mode of Payment: Cash", "Payment Mode: Cash"])], "cash", None
    if kind == "upi":
        ref = v.utr(r, t)
        if r.random() < 0.5:
            return [r.choice(["Payment Mode: UPI", "MODE: UPI"]), f"UPI Ref: {ref}"], "UPI", ref
        return [r.choice(["Payment Mode: UPI", "Mode of Payment: UPI / QR"])], "UPI", None
    if kind == "card":
        auth = v.code(r, 6, "0123456789")
        return (
            [r.choice(["Tender: CARD", "Card Payment (VISA)", "Payment: Credit Card"]), f"Appr Code: {auth}"],
            "card",
            auth,
        )
    return [], None, None


def thermal(r: random.Random) -> Doc:
    """A thermal POS slip from a shop or restaurant: GSTIN, bill no., items, CGST/SGST, grand total."""
    t, shop = v.when(r), r.choice(v.SHOPS).upper()
    w = r.choice([32, 36, 40])
    items = _items(
        r,
        [
            "RICE 5KG",
            "TOOR DAL 1KG",
            "SUNFLOWER OIL",
            "BISCUIT PKT",
            "TEA 250G",
            "MASALA DOSA",
            "PANEER TIKKA",
            "COLD COFFEE",
            "VEG THALI",
            "BATH SOAP",
            "NOTEBOOK A4",
            "MILK 1L",
        ],
        r.randint(3, 6),
        20,
        400,
    )
    sub = sum(q * p for _, q, p in items)
    gst = (sub * Decimal("0.025")).quantize(Decimal("0.01"))
    disc = (sub * Decimal("0.05")).quantize(Decimal("0.01")) if r.random() < 0.3 else Decimal(0)
    raw = sub + 2 * gst - disc
    total = raw.quantize(Decimal(1)) if r.random() < 0.5 else raw
    bill_no = r.choice(["", "B-", "INV/"]) + v.digits(r, r.choice([4, 6]))
    show_bill, show_date = r.random() < 0.8, r.random() < 0.85
    city = r.choice(["PUNE", "MYSURU", "INDORE", "KOCHI"])
    rows = [
        text(shop, align="c", bold=True),
        text(f"{r.randint(1, 200)}, MG ROAD, {city}", align="c"),
        text(f"PH: {v.mobile(r)}", align="c"),
        text(f"GSTIN: {v.gstin(r)}", align="c"),
        rule(True),
    ]
    if show_bill:
        rows.append(_mono_line(r.choice(["Bill No:", "BILL NO", "Invoice No:"]), bill_no, w))
    if show_date:
        rows.append(
            _mono_line(
                "Date:",
                v.date_text(r, t, style=r.choice(["num/", "num-", "dmy-"])) + " " + t.strftime("%H:%M"),
                w,
            )
        )
    rows += [
        _mono_line(f"Table: {r.randint(1, 20)}" if r.random() < 0.3 else "Cashier: 02", "", w),
        rule(True),
        _mono_line("ITEM", "QTY    AMT", w),
    ]
    for name, q, p in items:
        rows.append(_mono_line(name[: w - 14], f"{q}  {q * p:9.2f}", w))
    rows += [
        rule(True),
        _mono_line("SUB TOTAL", f"{sub:.2f}", w),
        _mono_line("CGST 2.5%", f"{gst:.2f}", w),
        _mono_line("SGST 2.5%", f"{gst:.2f}", w),
    ]
    if disc:
        rows.append(_mono_line("DISCOUNT", f"-{disc:.2f}", w))
    if total != raw:
        rows.append(_mono_line("ROUND OFF", f"{total - raw:+.2f}", w))
    rows += [
        rule(True),
        text(
            _pad(
                r.choice(["GRAND TOTAL", "NET AMOUNT", "TOTAL Rs."]),
                v.inr(r, total, symbols=("Rs.", "₹", "")) if r.random() < 0.6 else f"{total:.2f}",
                w,
            ),
            bold=True,
        ),
    ]
    tender, method, ref = _tender(r, t)
    rows += [text(line) for line in tender]
    status = None
    if r.random() < 0.3:
        rows.append(text("*** PAID ***", align="c", bold=True))
        status = "success"
    rows += [
        rule(True),
        text(r.choice(["THANK YOU! VISIT AGAIN", "Goods once sold will not be taken back"]), align="c"),
    ]
    tid = ref or (bill_no if show_bill else None)
    size = r.randint(18, 21)
    return Doc(
        rows,
        truth(shop, total, "INR", tid, t if show_date else None, method, status),
        MONO,
        size,
        int(w * size * 0.61) + 70,
        THERMAL,
    )


def edc(r: random.Random) -> Doc:
    """A card-terminal (EDC) charge slip: TID, MID, batch, invoice, masked card, RRN, approval code."""
    t, shop = v.when(r), r.choice(v.SHOPS).upper()
    st = "failed" if r.random() < 0.15 else "success"
    a = v.amount(r, 50, 60000)
    w = 34
    rrn, auth, inv = v.digits(r, 12), v.code(r, 6, "0123456789ABCDEF"), v.digits(r, 6)
    show_rrn, show_auth = r.random() < 0.7, st == "success" and r.random() < 0.8
    bank, _ = r.choice(v.BANKS)
    rows = [
        text(bank.upper(), align="c", bold=True),
        text(shop, align="c", bold=True),
        text(r.choice(["PUNE", "CHENNAI", "JAIPUR", "LUCKNOW"]), align="c"),
        rule(True),
        _mono_line(f"DATE: {v.date_text(r, t, style=r.choice(['num/', 'dmy-']))}", f"TIME: {t:%H:%M:%S}", w),
        _mono_line(f"MID: {v.digits(r, 15)}", "", w),
        _mono_line(f"TID: {v.digits(r, 8)}", "", w),
        _mono_line(f"BATCH NO: {v.digits(r, 6)}", f"INVOICE NO: {inv}", w),
        text("SALE", align="c", bold=True),
        _mono_line(f"CARD NO: XXXX XXXX XXXX {v.digits(r, 4)}", "", w),
        _mono_line(
            f"CARD TYPE: {r.choice(['VISA', 'MASTERCARD', 'RUPAY'])}", r.choice(["CHIP", "CONTACTLESS"]), w
        ),
        _mono_line("EXP: **/**", "", w),
    ]
    if show_rrn:
        rows.append(_mono_line(f"RRN: {rrn}", "", w))
    if show_auth:
        rows.append(_mono_line(f"APPR CODE: {auth}", "", w))
    rows += [
        rule(True),
        text(
            _pad(
                r.choice(["BASE AMOUNT:", "TOTAL:", "AMOUNT:"]), v.inr(r, a, symbols=("Rs.", "INR ", "₹")), w
            ),
            bold=True,
        ),
        text(
            r.choice(["APPROVED", "TXN APPROVED"])
            if st == "success"
            else r.choice(["DECLINED", "TXN DECLINED - 51 INSUFFICIENT FUNDS"]),
            align="c",
            bold=True,
        ),
        text("PIN VERIFIED OK" if st == "success" else "", align="c"),
        text("*** CUSTOMER COPY ***", align="c"),
    ]
    tid = rrn if show_rrn else auth if show_auth else inv
    size = r.randint(18, 21)
    return Doc(
        rows, truth(shop, a, "INR", tid, t, "card", st), MONO, size, int(w * size * 0.61) + 70, THERMAL
    )


def ecommerce(r: random.Random) -> Doc:
    """An online store's tax invoice: order id, invoice no., payment id, subtotal, shipping, discount."""
    t = v.when(r)
    store = r.choice(
        ["QuickCart Online", "Zestora Fashion", "ElectroHub Store", "Bookwala.in", "HomeNest Decor"]
    )
    items = _items(
        r,
        [
            "Cotton Kurta (M)",
            "Wireless Mouse",
            "Steel Water Bottle 1L",
            "Paperback: The Guide",
            "LED Desk Lamp",
            "Phone Cover",
            "Bedsheet Double",
            "Yoga Mat",
        ],
        r.randint(1, 4),
        149,
        3999,
    )
    sub = sum(q * p for _, q, p in items)
    ship = Decimal(r.choice([0, 40, 49, 79]))
    disc = v.amount(r, 20, 300, paise=0) if r.random() < 0.4 else Decimal(0)
    total = sub + ship - disc
    order = r.choice(["OD", "#", "ORD-"]) + v.digits(r, r.choice([10, 15, 18]))
    inv = f"{r.choice(['FAAB', 'KA-IN', 'INV'])}{v.digits(r, 8)}"
    pay = r.choice(
        [
            ("UPI", "UPI"),
            ("Credit Card", "card"),
            ("Debit Card", "card"),
            ("Net Banking", "netbanking"),
            ("Wallet", "wallet"),
            None,
        ]
    )
    pay_id = "pay_" + v.code(r, 14, v.ALNUM) if pay and r.random() < 0.5 else None
    show_order_date = r.random() < 0.8
    rows = [
        text(store, bold=True, scale=1.4, color="accent"),
        text("Tax Invoice", bold=True, align="r"),
        kv("Order ID:", order),
        kv("Invoice No:", inv),
    ]
    if show_order_date:
        rows.append(kv("Order Date:", v.date_text(r, t)))
    rows += [
        kv("Invoice Date:", v.date_text(r, t + timedelta(days=r.randint(1, 3)))),
        kv("GSTIN:", v.gstin(r)),
        gap(6),
        text(
            f"Ship to: {r.choice(v.PEOPLE)}, {r.randint(2, 400)} "
            f"{r.choice(['Anna Nagar', 'Salt Lake', 'Koramangala'])}"
        ),
        rule(),
        cols(["Item", "Qty", "Amount"], [0.72, 1.0], bold=True),
    ]
    for name, q, p in items:
        rows.append(cols([name, str(q), v.inr(r, q * p, symbols=("₹",), indian=1.0)], [0.72, 1.0]))
    rows += [rule(), kv("Subtotal", f"{sub:.2f}"), kv("Shipping", f"{ship:.2f}")]
    if disc:
        rows.append(kv("Coupon discount", f"-{disc:.2f}"))
    rows.append(kv(r.choice(["Grand Total", "Total Amount", "Order Total"]), v.inr(r, total), bold=True))
    if pay:
        rows.append(kv("Payment Method:", pay[0]))
    if pay_id:
        rows.append(kv("Payment ID:", pay_id))
    status = None
    if pay and r.random() < 0.5:
        rows.append(kv("Payment Status:", r.choice(["Paid", "PAID", "Success"])))
        status = "success"
    rows += [
        gap(8),
        text(
            "Delivery by " + v.date_text(r, t + timedelta(days=r.randint(3, 7)), style="dmy"), color="muted"
        ),
    ]
    # A prepaid order is paid when placed: the order date is the payment date; the invoice date is not.
    return Doc(
        rows,
        truth(
            store,
            total,
            "INR",
            pay_id or order,
            t if show_order_date else None,
            pay[1] if pay else None,
            status,
        ),
        r.choice(PROPORTIONAL),
        r.randint(19, 22),
        r.randint(900, 1050),
        Theme(accent=(230, 100, 20)),
    )


def food_delivery(r: random.Random) -> Doc:
    """A food-delivery order summary: restaurant, items, fees, tip, 'Paid to' the platform, order id."""
    t = v.when(r)
    platform = r.choice(["Tiffinly", "FeastFleet", "BiteRun"])
    rest = r.choice(
        ["Urban Tandoor", "Meghana Biryani House", "Kaveri Sweets", "Wok On Fire", "Idli Express"]
    )
    items = _items(
        r,
        [
            "Chicken Biryani",
            "Paneer Butter Masala",
            "Butter Naan",
            "Veg Fried Rice",
            "Gulab Jamun",
            "Masala Dosa",
            "Hakka Noodles",
        ],
        r.randint(2, 4),
        60,
        380,
    )
    sub = sum(q * p for _, q, p in items)
    fee, tax = Decimal(r.choice([25, 30, 39])), (sub * Decimal("0.05")).quantize(Decimal("0.01"))
    tip = Decimal(r.choice([0, 0, 20, 30]))
    total = sub + fee + tax + tip
    order = v.digits(r, r.choice([10, 12, 16]))
    method = r.choice([("UPI", "UPI"), ("Card", "card"), ("Cash", "cash"), ("Wallet", "wallet")])
    ordered = r.random() < 0.7
    shown = t if ordered else t + timedelta(minutes=r.randint(25, 50))
    when_line = f"{'Ordered' if ordered else 'Delivered'} on {v.date_text(r, shown)}, {v.time_text(r, shown)}"
    rows = [
        band(platform, (226, 55, 68), bold=True, scale=1.2),
        text(f"Order from {rest}", bold=True),
        text(when_line, color="muted"),
    ]
    if has_order := r.random() < 0.8:
        rows.insert(2, text(f"Order #{order}", color="muted"))
    rows.append(rule())
    for name, q, p in items:
        rows.append(kv(f"{name} x {q}", v.inr(r, q * p, symbols=("₹",))))
    rows += [
        rule(True),
        kv("Item Total", v.inr(r, sub, symbols=("₹",))),
        kv("Delivery partner fee", f"₹{fee}"),
        kv("Taxes and charges", f"₹{tax}"),
    ]
    if tip:
        rows.append(kv("Delivery tip", f"₹{tip}"))
    rows += [
        rule(),
        kv(r.choice(["Paid", "Grand Total", "Bill Total"]), v.inr(r, total, symbols=("₹",)), bold=True),
        text(f"Paid to {platform} via {method[0]}", color="muted"),
    ]
    rows.append(text(f"Delivery partner: {r.choice(v.PEOPLE)}  {v.mobile(r)}", color="muted", scale=0.85))
    # The platform collects the money, not the restaurant; an order is paid when placed, so the order
    # date is the payment date and a delivery date alone gives none.
    return Doc(
        rows,
        truth(
            platform, total, "INR", order if has_order else None, t if ordered else None, method[1], "success"
        ),
        r.choice(PROPORTIONAL),
        r.randint(21, 25),
        r.randint(680, 780),
        Theme(accent=(226, 55, 68)),
    )

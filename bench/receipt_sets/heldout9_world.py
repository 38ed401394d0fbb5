"""``heldout9``'s families from outside India: subscription e-mail, money-transfer confirmation, Canadian,
Australian, Spanish and Italian tills.

Each family takes a seeded ``random.Random`` and returns ``(clean image, truth, font name, is_screen)``.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_sets.heldout9_india import Family
from bench.receipt_sets.heldout9_sheet import (
    MONOSPACE,
    Sheet,
    amt_west,
    code,
    digits,
    fmt_date,
    maybe,
    money,
    q2,
    truth_amount,
    when,
)

_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "C$", "AUD": "A$"}


def _western(rng: random.Random, v: Decimal, cur: str) -> str:
    style = rng.randrange(3)
    if style == 0:
        return f"{_SYMBOL[cur]}{amt_west(v)}"
    if style == 1:
        return f"{amt_west(v)} {cur}"
    return f"{cur} {amt_west(v)}"


def subscription_email(rng: random.Random) -> Family:
    service = rng.choice(["Streamly", "NoteNest Pro", "Cloudvault Storage", "Lingua Plus", "PixelForge Studio"])
    cur = rng.choice(["USD", "EUR", "GBP"])
    f = rng.choice(["LiberationSans", "NotoSans", "DejaVuSans", "FreeSans"])
    s = Sheet(820, f, size=20, bg=(250, 250, 252))
    s.text(f"From: {service} <receipts@{service.split()[0].lower()}.com>", 17, color=(90, 90, 100))
    s.text(f"Subject: {rng.choice(['Your receipt from', 'Your payment receipt -', 'Thanks for your payment to'])} "
           f"{service}", 17, color=(90, 90, 100))
    s.rule(color=(210, 210, 215))
    s.gap(10)
    s.text(service, 32, True, color=(40, 40, 120))
    s.text(rng.choice(["Receipt", "Payment receipt", "Your receipt"]), 26, True)
    t = when(rng)
    tax_rate = {"USD": Decimal(0), "EUR": Decimal(rng.choice([19, 20, 21])), "GBP": Decimal(20)}[cur]
    price = Decimal(rng.choice(["4.99", "7.99", "9.99", "11.99", "14.99", "59.99", "99.00", "119.88"]))
    region = {"USD": "us", "EUR": "eu", "GBP": "uk"}[cur]
    ids: list[tuple[str, str, int]] = []  # (label, value, rank: lower wins)
    if maybe(rng, 0.8):
        ids.append((rng.choice(["Invoice number", "Document No.", "Receipt #"]),
                    f"{code(rng, 8, '0123456789ABCDEF')}-{digits(rng, 4)}", 3))
    if maybe(rng, 0.6):
        ids.append(("Order ID", code(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), 2))
    if maybe(rng, 0.3):
        ids.append(("Payment ID", f"pi_{code(rng, 14, 'abcdefghijkmnopqrstuvwxyz0123456789')}", 1))
    show_date = maybe(rng, 0.85)
    header = []
    if show_date:
        header.append((rng.choice(["Date paid", "Date", "Paid on"]), fmt_date(rng, t, region, False)))
    header += [(k, v) for k, v, _ in ids]
    for k, v in header:
        s.cols([k, v], [0.04, 0.4])
    s.rule(color=(210, 210, 215))
    plan = rng.choice(["Premium Monthly", "Family Plan (monthly)", "Pro - Annual", "Plus Monthly"])
    s.cols([plan, _western(rng, price, cur)], [0.04, -0.96])
    renew = t + timedelta(days=365 if "Annual" in plan else 30)
    period = rng.choice({"us": ["%b %d, %Y", "%m/%d/%Y"], "eu": ["%d.%m.%Y", "%d/%m/%Y"], "uk": ["%d %b %Y"]}[region])
    s.text(f"{t:{period}} - {renew:{period}}", 16, color=(110, 110, 120))
    if tax_rate:
        net = q2(price / (1 + tax_rate / 100))
        s.cols(["Subtotal", _western(rng, net, cur)], [0.04, -0.96])
        s.cols([f"{'VAT' if cur == 'GBP' or maybe(rng, 0.5) else 'Tax'} ({tax_rate}%)",
                _western(rng, price - net, cur)], [0.04, -0.96])
    s.cols(["Total", _western(rng, price, cur)], [0.04, -0.96], bold=True)
    s.cols([rng.choice(["Amount paid", "Amount charged"]), _western(rng, price, cur)], [0.04, -0.96], bold=True)
    s.rule(color=(210, 210, 215))
    method = rng.choice(["card", "card", "wallet", None])
    if method == "card":
        s.text(f"{rng.choice(['Payment method', 'Paid with'])}: {rng.choice(['Visa', 'Mastercard', 'Amex'])} "
               f"{rng.choice(['ending in ', '•••• ', '- '])}{digits(rng, 4)}")
    elif method == "wallet":
        s.text(f"Payment method: {rng.choice(['PayPal', 'Apple Pay balance', 'Google Pay balance'])}")
    s.text(f"Your subscription renews on {renew:{period}}.", 17)
    status = None
    if maybe(rng, 0.4):
        status = "success"
        s.text(rng.choice(["Status: Paid", "PAID", "Payment successful"]), 20, True, color=(20, 130, 60))
    s.gap(6)
    s.text(f"Questions? Contact support@{service.split()[0].lower()}.com. VAT ID EU{digits(rng, 9)}", 15,
           color=(120, 120, 130))
    ids.sort(key=lambda x: x[2])
    truth = ReceiptTruth(service, truth_amount(price), cur, ids[0][1] if ids else None,
                         t.date().isoformat() if show_date else None, method, status)
    return s.finish(), truth, f, True


def transfer_confirmation(rng: random.Random) -> Family:
    cur = rng.choice(["USD", "EUR", "GBP", "CAD", "AUD"])
    payee = rng.choice(["Bluebird Ceramics", "Hannah Whitfield", "Kestrel Bike Repairs", "Marco Bellini",
                        "Oakridge Tutoring LLC"])
    f = rng.choice(["LiberationSans", "NotoSans", "FreeSans", "DejaVuSans"])
    s = Sheet(700, f, size=21, bg=(255, 255, 255))
    brand = rng.choice(["PayFlow", "SendWise", "QuickRemit"])
    s.band(brand, rng.choice([(0, 48, 135), (22, 51, 0), (90, 30, 140)]), size=26, h=70, align="left")
    st = rng.choices(["success", "pending", "failed"], (0.65, 0.25, 0.1))[0]
    t = when(rng)
    region = {"USD": "us", "EUR": "eu", "GBP": "uk", "CAD": "iso", "AUD": "uk"}[cur]
    amount = money(rng, 12, 2400)
    fee = q2(amount * Decimal("0.029") + Decimal("0.30")) if maybe(rng, 0.5) else Decimal(0)
    total = amount + fee
    s.text({"success": f"You sent {_western(rng, amount, cur)} to {payee}",
            "pending": f"Your payment to {payee} is pending",
            "failed": f"Your payment to {payee} didn't go through"}[st], 23, True)
    s.text({"success": rng.choice(["Completed", "Payment sent"]), "pending": "Pending - usually clears in 1-3 days",
            "failed": "Failed - your bank declined the payment"}[st], 19,
           color={"success": (20, 130, 60), "pending": (200, 130, 0), "failed": (200, 40, 40)}[st])
    s.rule(color=(220, 220, 225))
    s.kv("Amount", _western(rng, amount, cur))
    if fee:
        s.kv("Fee", _western(rng, fee, cur))
        s.kv("Total", _western(rng, total, cur), bold=True)
    s.kv("To", payee)
    s.kv("Email", f"{payee.split()[0].lower()}@{rng.choice(['gmail.com', 'outlook.com', 'mail.com'])}")
    method = rng.choice(["card", "wallet", None])
    if method == "card":
        s.kv("Paid with", f"{rng.choice(['Visa Debit', 'Mastercard'])} x-{digits(rng, 4)}")
    elif method == "wallet":
        s.kv("Paid with", f"{brand} balance")
    show_date = maybe(rng, 0.85)
    if show_date:
        s.kv("Date", fmt_date(rng, t, region))
    tid = None
    if maybe(rng, 0.85):
        tid = rng.choice([code(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), f"#{digits(rng, 9)}"])
        s.kv(rng.choice(["Transaction ID", "Transfer #", "Transaction ID:"]), tid)
    if tid and maybe(rng, 0.4):
        s.kv("Invoice ID", f"INV-{digits(rng, 5)}")
    s.rule(color=(220, 220, 225))
    s.text(f"Note: {rng.choice(['Thanks!', 'March lessons', 'Order #' + digits(rng, 5), 'Rent share'])}", 18)
    s.text(f"Questions? Visit the Resolution Centre. Ref. customer no. {digits(rng, 8)}", 15, color=(120, 120, 130))
    truth = ReceiptTruth(payee, truth_amount(total), cur, tid, t.date().isoformat() if show_date else None, method, st)
    return s.finish(), truth, f, True


def _card_block(s: Sheet, lines: list[tuple[str, str, int]], extra: list[tuple[str, str]]) -> None:
    """Print a card-payment block: the card's own numbers, then its references (each with its id rank)."""
    for k, v in extra:
        s.kv(k, v)
    for k, v, _ in lines:
        s.kv(k, v)


def canada_till(rng: random.Random) -> Family:
    shop = rng.choice(["Maple Leaf Hardware", "Northern Pantry Grocers", "Lakeshore Pharmacy", "Cedar & Pine Outfitters"])
    prov, gst_r, pst_label, pst_r = rng.choice([("BC", 5, "PST", 7), ("SK", 5, "PST", 6), ("MB", 5, "RST", 7),
                                                ("ON", 13, None, 0), ("QC", 5, "QST", Decimal("9.975"))])
    f = rng.choice(MONOSPACE)
    s = Sheet(560, f, size=18)
    s.center(shop.upper(), 20, True)
    s.center(f"{rng.randint(10, 9999)} {rng.choice(['Main St', 'Granville St', 'Portage Ave', 'Yonge St'])}, {prov}", 16)
    s.center(f"({rng.randint(204, 905)}) {digits(rng, 3)}-{digits(rng, 4)}", 16)
    s.center(f"GST/HST Reg # {digits(rng, 9)} RT0001", 16)
    s.rule(dashed=True)
    t = when(rng)
    sub = Decimal(0)
    for item in rng.sample(["WOOD SCREWS #8", "LED BULB 4PK", "PAINT TRAY", "BREAD WW", "MILK 2% 4L", "EGGS LG DZ",
                            "VITAMIN D3", "SHAMPOO", "GLOVES WORK", "TAPE MEASURE", "COFFEE 1KG"], rng.randint(3, 6)):
        v = money(rng, 2, 40)
        sub += v
        s.kv(item, amt_west(v))
    s.rule(dashed=True)
    s.kv("SUBTOTAL", amt_west(sub))
    gst = q2(sub * gst_r / 100)
    s.kv(f"{'HST' if gst_r == 13 else 'GST'} {gst_r}%", amt_west(gst))
    total = sub + gst
    if pst_label:
        pst = q2(sub * Decimal(pst_r) / 100)
        s.kv(f"{pst_label} {pst_r}%", amt_west(pst))
        total += pst
    s.kv("TOTAL", rng.choice(["$", "C$", "CAD "]) + amt_west(total), 21, True)
    mode = rng.choice(["card", "card", "cash"])
    ids: list[tuple[str, str, int]] = []
    status = None
    if mode == "card":
        s.kv(rng.choice(["INTERAC", "VISA", "MASTERCARD", "DEBIT"]), amt_west(total))
        s.rule(dashed=True)
        ids = [(rng.choice(["AUTH #", "APPROVAL #"]), digits(rng, 6), 5)]
        if maybe(rng, 0.5):
            ids.append(("REF #", digits(rng, 10), 3))
        _card_block(s, ids, [("CARD", f"************{digits(rng, 4)}"), ("TERM ID", code(rng, 8, "0123456789")),
                                        ("BATCH #", digits(rng, 3))])
        if maybe(rng, 0.8):
            status = "success"
            s.center(rng.choice(["APPROVED - THANK YOU", "00 APPROVED", "TRANSACTION APPROVED"]), 18, True)
    else:
        tend = Decimal(int(total) + rng.choice([1, 5, 10, 20]))
        s.kv("CASH", amt_west(tend))
        s.kv("CHANGE", amt_west(tend - total))
    s.rule(dashed=True)
    show_date = maybe(rng, 0.85)
    inv = f"{digits(rng, 4)}-{digits(rng, 3)}"
    trans = maybe(rng, 0.5)
    s.kv("TRANS #" if trans else "RECEIPT #", inv)
    ids.append(("", inv, 4 if trans else 7))
    tid = min(ids, key=lambda x: x[2])[1]
    if show_date:
        s.center(fmt_date(rng, t, rng.choice(["us", "iso"]), True), 16)
    s.center("RETURNS WITHIN 30 DAYS WITH RECEIPT", 14)
    truth = ReceiptTruth(shop, truth_amount(total), "CAD", tid, t.date().isoformat() if show_date else None, mode,
                         status)
    return s.finish(), truth, f, False

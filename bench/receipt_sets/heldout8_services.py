"""heldout8 layouts from banks, travel and services: statement, ride, pharmacy, hotel, foreign card."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from bench.receipt_sets import heldout8_values as v
from bench.receipt_sets.heldout8_imaging import PROPORTIONAL, Theme, band, cols, gap, kv, rule, stack, text
from bench.receipt_sets.heldout8_screens import Doc, truth

AREA_CODES = {"USD": "(512) ", "GBP": "01225 ", "EUR": "+33 1 "}


def statement(r: random.Random) -> Doc:
    """One debit in an account statement / passbook view: narration carries the payee and the reference."""
    t = v.when(r)
    bank, code4 = r.choice(v.BANKS)
    payee = r.choice(v.SHOPS + v.PEOPLE)
    a = v.amount(r, 20, 50000)
    kind = r.choice(["upi", "upi", "pos", "neft", "imps"])
    if kind == "pos":
        payee = r.choice(v.SHOPS)
    ref = v.utr(r, t)
    printed = payee.upper().replace(" ", "")[:18] if kind != "neft" else payee.upper()
    if kind == "upi":
        narration, method = f"UPI/DR/{ref}/{printed}/{code4}/{v.vpa(r, payee).split('@')[0]}", "UPI"
    elif kind == "pos":
        ref = v.digits(r, 12)
        narration, method = f"POS {v.masked(r, 4, 'XXXXXXXXXXXX')} {printed} DEBIT CARD", "card"
    elif kind == "imps":  # a transfer to an account: the narration names no payee and no method
        narration, method, printed = (
            f"IMPS/P2A/{ref}/XXXXXXXX{v.digits(r, 4)}/{r.choice(['RENT', 'FEES', 'NA'])}",
            None,
            None,
        )
    else:
        ref = f"{code4}N{t.strftime('%Y%m%d')}{v.digits(r, 8)}"
        narration, method = (
            f"NEFT DR-{r.choice(v.BANKS)[1]}0{v.digits(r, 6)}-{printed}-NETBANK, MUM-{ref}",
            "netbanking",
        )
    opening = v.amount(r, int(a) + 500, int(a) + 300000)
    plain = v.inr_style(r, ("",))
    d_text = v.date_text(r, t, style=r.choice(["num/", "num-", "dmy-"]))
    show_value_date = r.random() < 0.5
    rows = [
        text(bank, bold=True, scale=1.3, color="accent"),
        text("Statement of Account", bold=True),
        kv("Account No.", v.digits(r, r.choice([11, 14]))),
        kv("Customer ID", v.digits(r, 9)),
        kv("IFSC", f"{code4}0{v.digits(r, 6)}"),
        kv(
            "Period",
            f"{v.date_text(r, t - timedelta(days=30), style='num/')}"
            f" to {v.date_text(r, t + timedelta(days=1), style='num/')}",
        ),
        rule(),
        cols(["Txn Date", "Debit", "Balance"], [0.78, 1.0], bold=True),
        cols(["Opening balance", "", plain(opening)], [0.78, 1.0], color="muted"),
        cols([d_text, plain(a), plain(opening - a)], [0.78, 1.0]),
        text(narration, scale=0.9),
    ]
    if show_value_date:
        rows.append(
            text(
                f"Value Date: {d_text}   Chq/Ref No: {ref if kind != 'upi' else '0000' + ref[-8:]}",
                scale=0.9,
                color="muted",
            )
        )
    rows += [rule(), text("All amounts in INR. Computer generated statement.", color="muted", scale=0.8)]
    # The narration's UTR / NEFT reference (a card debit's RRN only beside the value date) is the strongest
    # printed reference; a statement states no outcome.
    tid = ref if kind != "pos" or show_value_date else None
    return Doc(
        rows,
        truth(printed, a, "INR", tid, t, method, None),
        r.choice(PROPORTIONAL),
        r.randint(18, 21),
        r.randint(900, 1050),
        Theme(accent=(10, 60, 120)),
    )


def ride(r: random.Random) -> Doc:
    """A ride-hailing trip receipt: fare breakdown, driver and vehicle, ride id and invoice number."""
    t = v.when(r)
    brand = r.choice(["Zoomo Cabs", "RideKaro", "QuikAuto"])
    base, dist, wait = v.amount(r, 40, 120, 0), v.amount(r, 50, 600), Decimal(r.choice([0, 0, 10, 20]))
    toll = Decimal(r.choice([0, 0, 65, 110]))
    tax = ((base + dist) * Decimal("0.05")).quantize(Decimal("0.01"))
    total = base + dist + wait + toll + tax
    crn = "CRN" + v.digits(r, 10)
    method = r.choice(
        [
            ("Cash", "cash"),
            ("UPI", "UPI"),
            (f"{brand.split()[0]} Wallet", "wallet"),
            ("Visa •••• " + v.digits(r, 4), "card"),
            None,
        ]
    )
    show_date = r.random() < 0.85
    rows = [
        band(brand, (20, 20, 20), bold=True, scale=1.2),
        text("Thanks for riding with us", scale=1.1),
        text(v.inr(r, total, symbols=("₹", "₹ ")), bold=True, scale=2.0),
    ]
    if show_date:
        rows.append(
            text(
                f"{v.date_text(r, t, style=r.choice(['dmy', 'mdy', 'dmy-']))}  {v.time_text(r, t)}",
                color="muted",
            )
        )
    if has_crn := r.random() < 0.8:
        rows.append(kv("Ride ID", crn))
    rows += [
        rule(),
        kv("Base fare", f"₹{base:.2f}"),
        kv(f"Distance fare ({r.randint(3, 40)}.{r.randint(0, 9)} km)", f"₹{dist:.2f}"),
    ]
    if wait:
        rows.append(kv("Waiting charges", f"₹{wait:.2f}"))
    if toll:
        rows.append(kv("Toll", f"₹{toll:.2f}"))
    rows += [kv("Taxes", f"₹{tax:.2f}"), rule(), kv("Total Fare", v.inr(r, total, symbols=("₹",)), bold=True)]
    if method:
        rows.append(kv(r.choice(["Payment", "Payment mode", "Mode"]), method[0]))
    rows += [
        gap(6),
        stack(
            "Driver",
            f"{r.choice(v.PEOPLE)}  ·  {r.choice(['MH', 'KA', 'DL'])} "
            f"{r.randint(1, 50):02d} {v.code(r, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} "
            f"{r.randint(1000, 9999)}",
        ),
        stack("Pickup", f"{r.randint(1, 99)}, {r.choice(['Baner Road', 'HSR Layout', 'Andheri East'])}"),
        stack("Drop", r.choice(["Airport Terminal 2", "Railway Station", "Phoenix Mall"])),
    ]
    inv = None
    if r.random() < 0.5:
        inv = f"INV{t:%y%m}" + v.digits(r, 7)
        rows.append(text(f"Invoice No. {inv}", color="muted", scale=0.85))
    # A ride id is a booking id: it outranks the invoice number.  No status word is printed.
    return Doc(
        rows,
        truth(
            brand,
            total,
            "INR",
            crn if has_crn else inv,
            t if show_date else None,
            method[1] if method else None,
            None,
        ),
        r.choice(PROPORTIONAL),
        r.randint(21, 25),
        r.randint(640, 740),
        Theme(accent=(20, 20, 20)),
    )


def pharmacy(r: random.Random) -> Doc:
    """A pharmacy bill: drug licence and GSTIN, patient and doctor, batches with expiry dates, net amount."""
    t = v.when(r)
    shop = r.choice(
        ["Apollo Care Medicals", "Sanjeevani Pharmacy", "Wellness Forever Chemists", "Jan Aushadhi Kendra"]
    )
    items = [
        (n, r.randint(1, 3), v.amount(r, 18, 600, 0.6))
        for n in r.sample(
            [
                "PARACETAMOL 650 TAB",
                "AZITHRAL 500",
                "PAN-D CAP",
                "ORS SACHET",
                "VITAMIN D3 60K",
                "CETIRIZINE 10MG",
                "BETADINE 2%",
                "METFORMIN 500",
            ],
            r.randint(2, 5),
        )
    ]
    gross = sum(q * p for _, q, p in items)
    disc = (gross * Decimal(r.choice(["0", "0.1", "0.15"]))).quantize(Decimal("0.01"))
    net = gross - disc
    bill = r.choice(["", "CB", "S/"]) + v.digits(r, r.choice([5, 6]))
    method = r.choice([("Cash", "cash"), ("UPI", "UPI"), ("Card", "card"), None])
    show_date = r.random() < 0.85
    rows = [
        text(shop, bold=True, scale=1.3, align="c"),
        text(f"D.L. No: MH-{v.code(r, 2)}-{v.digits(r, 6)}", align="c", scale=0.85),
        text(f"GSTIN: {v.gstin(r)}  Ph: {v.mobile(r)}", align="c", scale=0.85),
        rule(),
    ]
    if has_bill := r.random() < 0.85:
        rows.append(kv(r.choice(["Bill No:", "Cash Memo No:", "Invoice No:"]), bill))
    if show_date:
        rows.append(kv("Bill Date:", v.date_text(r, t, style=r.choice(["num/", "num-", "dmy-"]))))
    rows += [
        kv("Patient:", r.choice(v.PEOPLE)),
        kv("Dr.:", "Dr. " + r.choice(v.PEOPLE)),
        rule(),
        cols(["Item", "Batch", "Exp", "Qty", "Amount"], [0.56, 0.7, 0.8, 1.0], bold=True),
    ]
    for name, q, p in items:
        rows.append(
            cols(
                [
                    name,
                    v.code(r, 6),
                    f"{r.randint(1, 12):02d}/{t.year % 100 + r.randint(1, 3)}",
                    str(q),
                    f"{q * p:.2f}",
                ],
                [0.56, 0.7, 0.8, 1.0],
                scale=0.9,
            )
        )
    rows += [rule(), kv("Gross Amount", f"{gross:.2f}")]
    if disc:
        rows.append(kv("Less Discount", f"{disc:.2f}"))
    rows.append(
        kv(
            r.choice(["Net Amount", "Net Payable", "Bill Amount"]),
            v.inr(r, net, symbols=("Rs. ", "₹")),
            bold=True,
        )
    )
    if method:
        rows.append(kv("Payment Mode:", method[0]))
    rows += [
        gap(6),
        text("Get well soon. Medicines once sold cannot be returned without bill.", color="muted", scale=0.8),
    ]
    return Doc(
        rows,
        truth(
            shop,
            net,
            "INR",
            bill if has_bill else None,
            t if show_date else None,
            method[1] if method else None,
            None,
        ),
        r.choice(PROPORTIONAL),
        r.randint(18, 21),
        r.randint(820, 960),
        Theme(accent=(0, 110, 90)),
    )


def hotel(r: random.Random) -> Doc:
    """A hotel folio: guest, room, arrival and departure, nightly charges, a settling payment."""
    t = v.when(r)
    foreign = r.random() < 0.4
    cur = r.choice(["USD", "EUR", "GBP"]) if foreign else "INR"
    hotel_name = r.choice(
        ["Hotel Sai Residency", "The Grand Orchid", "Seaview Comfort Inn", "Hotel Heritage Palace"]
    )
    nights = r.randint(1, 4)
    rate = v.amount(r, 90, 260, 0.3) if foreign else v.amount(r, 1800, 9500, 0.2)
    room = rate * nights
    tax = (room * Decimal("0.12")).quantize(Decimal("0.01"))
    extras = v.amount(r, 10, 80) if foreign else v.amount(r, 150, 2400)
    total = room + tax + extras
    arrival = t - timedelta(days=nights)

    money = v.foreign_style(r, cur) if foreign else v.inr_style(r, ("", "₹", "Rs.", "Rs. "))

    tenders = [("Visa Card XXXX" + v.digits(r, 4), "card"), ("Cash", "cash"), None]
    method = r.choice(tenders if foreign else [*tenders, ("UPI", "UPI")])
    folio = v.digits(r, r.choice([5, 6]))
    auth = v.code(r, 6, "0123456789") if method and method[1] == "card" and r.random() < 0.6 else None
    show_pay_date = r.random() < 0.5
    rows = [
        text(hotel_name, bold=True, scale=1.4, align="c"),
        text("GUEST FOLIO", align="c", bold=True),
        rule(),
        kv("Folio No.", folio),
        kv("Guest Name", r.choice(v.PEOPLE)),
        kv("Room No.", str(r.randint(101, 812))),
        kv("Arrival", v.date_text(r, arrival, style="dmy-")),
        kv("Departure", v.date_text(r, t, style="dmy-")),
        kv("GSTIN", v.gstin(r)) if not foreign else kv("Phone", v.mobile(r)),
        rule(),
        cols(["Description", "Amount"], [1.0], bold=True),
        cols([f"Room Charges ({nights} night{'s' if nights > 1 else ''})", money(room)], [1.0]),
        cols(["Taxes", money(tax)], [1.0]),
        cols(["Restaurant / Minibar", money(extras)], [1.0]),
        rule(),
        kv("Total Charges", money(total), bold=True),
    ]
    if method:
        rows.append(kv(f"Payment - {method[0]}", money(total)))
    if auth:
        rows.append(kv("Auth Code", auth))
    if show_pay_date:
        rows.append(kv("Settled on", v.stamp(r, t)))
    rows += [
        kv("Balance Due", money(Decimal(0))),
        gap(8),
        text("Thank you for staying with us.", align="c", color="muted"),
    ]
    # Arrival and departure are stay dates, not the payment date; "Settled on" states the outcome.
    return Doc(
        rows,
        truth(
            hotel_name,
            total,
            cur,
            auth or folio,
            t if show_pay_date else None,
            method[1] if method else None,
            "success" if show_pay_date else None,
        ),
        r.choice(["DejaVu Serif", "DejaVu Serif Condensed", "DejaVu Sans"]),
        r.randint(19, 22),
        r.randint(860, 980),
        Theme(accent=(120, 80, 30)),
    )


def intl_card(r: random.Random) -> Doc:
    """A US / UK / euro-area card receipt: store, items, sales tax or VAT, card, auth and reference."""
    t = v.when(r)
    cur = r.choice(["USD", "GBP", "EUR"])
    store = {
        "USD": ["Blue Bottle Market", "Hillside Hardware Co.", "Lone Star Diner"],
        "GBP": ["The Crown & Anchor", "Baker Street Books", "Greenway Grocers"],
        "EUR": ["Café de la Gare", "Bäckerei Schmidt", "Mercado Central"],
    }[cur]
    shop = r.choice(store)
    items = [
        (n, 1, v.amount(r, 2, 60, 0.9))
        for n in r.sample(
            [
                "Coffee",
                "Sandwich",
                "Paint Brush",
                "Notebook",
                "Croissant",
                "Fish & Chips",
                "Pint Lager",
                "Batteries AA",
            ],
            r.randint(2, 4),
        )
    ]
    sub = sum(p for _, _, p in items)
    rate = {"USD": Decimal("0.0825"), "GBP": Decimal("0.20"), "EUR": Decimal("0.19")}[cur]
    tax = (sub * rate).quantize(Decimal("0.01"))
    tip = (
        (sub * Decimal("0.18")).quantize(Decimal("0.01")) if cur == "USD" and r.random() < 0.4 else Decimal(0)
    )
    total = sub + tax + tip
    st = "failed" if r.random() < 0.12 else "success"
    auth, ref = v.code(r, 6, "0123456789"), v.digits(r, 12)
    show_ref = r.random() < 0.5
    card = r.choice(["VISA", "MASTERCARD", "AMEX", "Visa Debit"])
    money = v.foreign_style(r, cur)
    rows = [
        text(shop, bold=True, scale=1.3, align="c"),
        text(
            {
                "USD": "412 Main St, Austin TX 78701",
                "GBP": "14 High Street, Bath BA1 5AW",
                "EUR": "Rue de Rivoli 21, 75001 Paris",
            }[cur],
            align="c",
        ),
        text(
            f"Tel {AREA_CODES[cur]}{v.digits(r, 3)} {v.digits(r, 4)}",
            align="c",
        ),
        rule(True),
        kv(f"Store {v.digits(r, 3)}  Reg {r.randint(1, 9)}", f"Trans {v.digits(r, 4)}"),
    ]
    for name, _, p in items:
        rows.append(kv(name, money(p)))
    date_styles = {"USD": ["num/", "mdy"], "GBP": ["num/", "dmy"], "EUR": ["num.", "dmy", "iso"]}[cur]
    tax_label = {"USD": "Sales Tax 8.25%", "GBP": "VAT 20%", "EUR": "MwSt/TVA 19%"}[cur]
    rows += [rule(True), kv("Subtotal", money(sub)), kv(tax_label, money(tax))]
    if tip:
        rows.append(kv("Tip", money(tip)))
    rows += [
        kv("TOTAL", money(total), bold=True, scale=1.15),
        gap(6),
        kv(card, f"**** **** **** {v.digits(r, 4)}"),
        kv("Entry", r.choice(["Chip", "Contactless", "Swiped"])),
    ]
    if st == "success":
        rows.append(kv("Auth Code", auth))
    if show_ref:
        rows.append(kv(r.choice(["Ref #", "Reference", "Retrieval Ref"]), ref))
    rows += [
        kv("Terminal ID", v.code(r, 8)),
        kv("Merchant ID", v.digits(r, 12)),
        kv(
            "",
            f"{v.date_text(r, t, month_first=cur == 'USD', style=r.choice(date_styles))} {v.time_text(r, t)}",
        ),
        text("APPROVED - THANK YOU" if st == "success" else "DECLINED - DO NOT HONOUR", align="c", bold=True),
        text("CUSTOMER COPY", align="c", color="muted"),
    ]
    # A card receipt's "Ref #" is the retrieval reference number (card RRN): it outranks the auth code.
    tid = ref if show_ref else auth if st == "success" else None
    return Doc(
        rows,
        truth(shop, total, cur, tid, t, "card", st),
        r.choice(PROPORTIONAL + ["DejaVu Sans Mono"]),
        r.randint(19, 22),
        r.randint(600, 720),
        Theme(),
    )

"""A third held-out receipt set, written apart from the parser and from the other sets; scored once.

Written without reading the parser (``tasks/receipts/``), the second held-out set or the generators and
label lists of ``bench/receipt_eval_set.py``; only the ``EvalReceipt``/``ReceiptTruth`` records,
``jpeg_roundtrip`` and ``group_indian`` are shared. Layouts, label wordings, date and money styles come from
how real receipts look, not from what the parser reads.

Families (15, rotating so any ``n >= 15`` holds each): ride_hail (Uber/Ola/Lyft/Bolt trip receipts),
food_delivery (order summary from a delivery app), utility_ack (electricity/water bill payment
acknowledgement), recharge (mobile/DTH recharge confirmation), fee_receipt (school/college fee receipt),
fastag_toll (FASTag toll deduction), parking_ticket (car-park exit slip), p2p_screen (Venmo/Cash App style),
neobank_card (Revolut/Monzo/N26 style card payment detail), us_gas_slip (US fuel pump card slip),
donation (charity/temple donation receipt), cinema_booking (cinema chain booking confirmation),
govt_challan (GST PMT-06 challan, traffic e-challan), rent_receipt (landlord's rent receipt) and
subscription_invoice (SaaS invoice/receipt page).

Fonts: only DejaVu is installed on the machines that build this set, so it mixes the DejaVu faces the
other sets lean on least: Serif, Serif Condensed, Serif Italic (rent receipts), Sans Mono, Sans Mono Bold
(slips), Sans Condensed and Sans. Every face used has the rupee sign.

Drawing and degradation live in ``bench/receipt_sets/heldout3_imaging.py``; this module holds what is printed.

Degraded copies: each receipt gets 2-4 of rescale (0.5-0.8), perspective (corners moved up to 3.5% of
the width), rotation (up to 6 degrees) on a desk-coloured background, uneven light (0.5-0.8 at the dark
edge), low contrast (0.45-0.75), blur (radius 0.4-1.6), sensor noise (sigma 3-12); screens, as if
photographed off a monitor, sometimes also get moire (amplitude 6-18); then always JPEG at quality 20-60.
``degradations`` records each value.

Truth conventions:
- amount: the grand total actually paid (or attempted, when the payment failed), "1234.50": no grouping,
  two decimals, whatever the print style ("Rs. 25,000/-", "1.234,56 EUR", "-£6.45", "₹299").
- currency: ISO code of that amount (INR, USD, EUR, GBP).
- date: ISO day of the payment itself. Due dates, show dates, validity ends, offence dates, billing
  periods and challan generation dates are distractors: when the payment's date is not printed the truth is
  None even if one of those is (utility bills keep their due date, recharges their validity end).
- payment_method: UPI | card | netbanking | wallet | cash, or None when the page names none or names a
  method outside the five (cheque, BBPS, direct debit, over the counter). Wallets: Uber Cash, Ola Money,
  Apple Cash, Venmo/Cash balance, a FASTag issuer's tag (the issuer line is the evidence; without it None).
- status: success | failed | pending from a printed status wording ("Completed", "APPROVED", "PAID"
  stamp, "Recharge failed", "Processing", ...); None when nothing on the page states it.
- transaction_id: exactly as printed. The payment's own reference (Transaction ID, UTR, UPI Ref No., Ref #,
  SEQ #, TRAN #, Payment ID, Payment ref, Bank Ref No., BRN, Txn Ref, Identifier, Reference) when printed;
  otherwise the document's own number (Receipt No., Order ID, Booking ID/ref, Confirmation number, Trip ID,
  CRN, Ride ID, Ticket No., Challan No., CPIN, Invoice number); otherwise None. Customer, consumer, RR,
  account, mobile, subscriber, vehicle, tag, admission/roll, GSTIN, PAN, 80G, store/pump numbers and card
  approval (AUTH) codes are never the id.
- merchant_name: the payee as printed: shop, restaurant, operator, institution, landlord, the person paid
  (display name, not the @handle or $cashtag), the toll plaza (not the tag's issuing bank), the department
  at the top of a challan, the cinema chain, the ride company. Marketplace apps' own brands are not drawn,
  so the restaurant is the only candidate. None where the header naming the payee is missing (some ride,
  recharge, car-park and fuel receipts).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from bench.receipt_dataset import ReceiptTruth, group_indian
from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout3_imaging import GAP, KV, RULE, Draft, Row, T, degrade, render

SPLIT = "heldout3"
_SEED = 424_242_003
_FONTS_BY_KIND = {
    "screen": ["DejaVuSansCondensed", "DejaVuSans", "DejaVuSerifCondensed"],
    "slip": ["DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansCondensed"],
    "page": ["DejaVuSerif", "DejaVuSerifCondensed", "DejaVuSans", "DejaVuSansMono"],
}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_FIRST = ["Priya", "Rahul", "Ananya", "Vikram", "Meera", "Arjun", "Sneha", "Karthik", "Jordan", "Emily",
          "Oliver", "Sofia", "Liam", "Hannah", "Lukas", "Chloe", "Aisha", "Daniel"]
_LAST = ["Sharma", "Iyer", "Nair", "Reddy", "Menon", "Kulkarni", "Lee", "Carter", "Brooks", "Schmidt",
         "Patel", "Walsh", "Moreau", "Khan", "Fischer", "Gupta"]


# ---------------------------------------------------------------- values and how they are printed


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


_MIXED = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"


def _hex_id(rng: random.Random) -> str:
    """A shortened UUID, as apps print trip and transaction ids."""
    return "-".join(_alnum(rng, n, "0123456789abcdef") for n in (8, 4, 4))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _day(rng: random.Random) -> date:
    return date(2025, 1, 1) + timedelta(days=rng.randint(0, 698))


def _dec(rng: random.Random, lo: float, hi: float, whole: bool = False) -> Decimal:
    v = Decimal(rng.randint(int(lo * 100), int(hi * 100))) / 100
    return Decimal(int(v)) if whole else v


def _iso_amount(v: Decimal) -> str:
    return str(v.quantize(Decimal("0.01")))


def _number(v: Decimal, *, indian: bool, continental: bool, decimals: bool = True) -> str:
    whole = int(v)
    cents = int((v * 100) % 100)
    g = group_indian(whole) if indian else f"{whole:,}"
    if continental:
        g = g.replace(",", ".")
    return g + ((("," if continental else ".") + f"{cents:02d}") if decimals else "")


def _money_style(rng: random.Random, cur: str, *, paper: bool = False, cents: bool = False):
    """One receipt's way of printing money (``cents``: always two decimals); returns ``fmt(value)``."""
    indian = cur == "INR" and rng.random() < 0.8
    continental = cur == "EUR" and rng.random() < 0.5
    if cur == "INR":
        pattern = rng.choice(["₹{}", "₹ {}", "Rs. {}", "Rs {}", "INR {}"] + (["Rs. {}/-"] if paper else []))
    elif cur == "EUR":
        pattern = rng.choice(["{} €", "{} EUR"] if continental else ["€{}", "EUR {}"])
    else:
        pattern = rng.choice([{"USD": "${}", "GBP": "£{}"}[cur]] * 3 + [cur + " {}"])
    drop_zero_cents = not cents and rng.random() < 0.5

    def fmt(v: Decimal, sign: str = "") -> str:
        decimals = not (v == int(v) and (drop_zero_cents or pattern.endswith("/-")))
        return sign + pattern.format(_number(v, indian=indian, continental=continental, decimals=decimals))

    return fmt


def _date_text(rng: random.Random, d: date, cur: str, *, time: bool = False) -> str:
    mon, month = _MONTHS[d.month - 1][:3], _MONTHS[d.month - 1]
    opts = [f"{d.day:02d} {mon} {d.year}", f"{d.day} {month} {d.year}", f"{d.day:02d}-{mon}-{d.year}",
            d.isoformat(), f"{d:%a}, {d.day} {mon} {d.year}", f"{mon} {d.day}, {d.year}",
            f"{month} {d.day}, {d.year}"]
    if cur == "USD":
        opts += [f"{d.month:02d}/{d.day:02d}/{d.year}", f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"] * 2
    else:
        opts += [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                 f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", f"{d.day:02d}-{d.month:02d}-{d.year}"]
    text = rng.choice(opts)
    if time:
        h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        h12 = f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}"
        text += rng.choice([f" {h:02d}:{m:02d}", f", {h:02d}:{m:02d}:{s:02d}", f" at {h12}", f", {h12}",
                            f" | {h12.lower()}"])
    return text


_ONES = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
_TENS = ["_", "_", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _words(n: int, indian: bool) -> str:
    """``n`` in words: lakh/crore for rupees, thousand/million otherwise."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    if n < 1000:
        return _ONES[n // 100] + " Hundred" + ("" if n % 100 == 0 else " " + _words(n % 100, indian))
    scales = [(10_000_000, "Crore"), (100_000, "Lakh"), (1000, "Thousand")] if indian else \
        [(1_000_000, "Million"), (1000, "Thousand")]
    for unit, name in scales:
        if n >= unit:
            rest = n % unit
            return _words(n // unit, indian) + " " + name + ("" if rest == 0 else " " + _words(rest, indian))
    return _words(n, indian)


def _status(rng: random.Random, labels: dict[str, list[str]], p_show: float = 0.8,
            weights: tuple[int, int, int] = (80, 10, 10)) -> tuple[str | None, str | None]:
    """Pick (truth, printed wording) from a family's status wordings; (None, None) when not printed."""
    if rng.random() >= p_show:
        return None, None
    truth = rng.choices(["success", "failed", "pending"], weights=weights)[0]
    return truth, rng.choice(labels[truth])


def _shown(rng: random.Random, p: float = 0.8) -> bool:
    return rng.random() < p


def _card(rng: random.Random) -> str:
    last4 = _digits(rng, 4)
    return rng.choice([f"Visa ••{last4}", f"Mastercard ending {last4}", f"VISA **** {last4}",
                       f"Debit card XXXX{last4}", f"Amex •••• {last4}", f"Credit Card ({last4})"])


def _upi_handle(rng: random.Random, name: str) -> str:
    return f"{name.split()[0].lower()}{rng.randint(10, 99)}@{rng.choice(['okaxis', 'oksbi', 'ybl', 'ibl'])}"


def _phone(rng: random.Random, cur: str) -> str:
    if cur == "INR":
        return rng.choice([f"+91 9{_digits(rng, 4)} {_digits(rng, 5)}", f"1800-{_digits(rng, 3)}-{_digits(rng, 4)}"])
    if cur == "USD":
        return f"({_digits(rng, 3)}) {_digits(rng, 3)}-{_digits(rng, 4)}"
    return f"+{44 if cur == 'GBP' else 49} {_digits(rng, 3)} {_digits(rng, 7)}"


def _gstin(rng: random.Random) -> str:
    return f"{rng.randint(10, 36)}{_alnum(rng, 5, 'ABCDEFGHKLMPRST')}{_digits(rng, 4)}{_alnum(rng, 1, 'ABCFHKP')}1Z{rng.randint(1, 9)}"


def _truth(merchant, amount: Decimal, cur, txn, day: date | None, method, status) -> ReceiptTruth:
    return ReceiptTruth(merchant_name=merchant, amount=_iso_amount(amount), currency=cur, transaction_id=txn,
                        date=day.isoformat() if day else None, payment_method=method, status=status)


# ---------------------------------------------------------------- the families


def _ride_hail(rng: random.Random) -> Draft:
    brand, cur = rng.choice([("Uber", "INR"), ("Uber", "USD"), ("Uber", "GBP"), ("Ola", "INR"),
                             ("Rapido", "INR"), ("Lyft", "USD"), ("Bolt", "EUR"), ("Bolt", "GBP")])
    fmt, day = _money_style(rng, cur), _day(rng)
    fare = _dec(rng, 60, 900) if cur == "INR" else _dec(rng, 6, 48)
    fee = _dec(rng, 5, 40) if cur == "INR" else _dec(rng, 0.5, 3.5)
    promo = (fare * Decimal("0.2")).quantize(Decimal("0.01")) if rng.random() < 0.3 else Decimal(0)
    tip = (Decimal(rng.choice([10, 20, 30])) if cur == "INR" else Decimal(rng.choice([1, 2, 3]))) \
        if rng.random() < 0.35 else Decimal(0)
    total = fare + fee - promo + tip
    rider, driver = rng.choice(_FIRST), _person(rng)
    method, pay_text = rng.choice([("card", _card(rng)), ("cash", rng.choice(["Cash", "Paid by Cash"])),
                                   ("wallet", {"Ola": "Ola Money", "Uber": "Uber Cash"}.get(brand, "Wallet")),
                                   ("UPI", "UPI")] if cur == "INR" else [("card", _card(rng))] * 3 +
                                  [("wallet", "Apple Cash" if cur == "USD" else "Wallet balance")])
    trip_id = {"Ola": f"CRN{_digits(rng, 10)}", "Rapido": f"RD{_digits(rng, 14)}"}.get(brand, _hex_id(rng))
    id_label = {"Ola": "CRN", "Rapido": "Ride ID"}.get(brand, "Trip ID")
    show_id, show_date, show_method = _shown(rng, 0.75), _shown(rng, 0.9), _shown(rng, 0.85)
    status, status_text = _status(rng, {"success": ["Paid", "Payment complete", "Completed"],
                                        "failed": ["Payment failed"], "pending": ["Payment pending"]}, 0.55)
    km = rng.randint(2, 28) + rng.randint(0, 9) / 10
    show_brand = brand in pay_text or _shown(rng, 0.85)
    rows = [T(brand if show_brand else rng.choice(["Receipt", "Your trip"]), 1.6, True), GAP(0.3)]
    if show_date:
        rows.append(T(_date_text(rng, day, cur, time=rng.random() < 0.4), 0.9, tone="muted"))
    rows += [T(f"Thanks for riding, {rider}", 1.15, True), GAP(0.6), KV("Total", fmt(total), 1.5, True), RULE(),
             KV("Trip fare", fmt(fare)), KV(rng.choice(["Booking fee", "Platform fee", "Service fee"]), fmt(fee))]
    if promo:
        rows.append(KV("Promotion", fmt(promo, "-"), tone="good"))
    if tip:
        rows.append(KV("Tip", fmt(tip)))
    rows += [RULE(True)]
    if show_method:
        rows += [T("Payments", 1.05, True), KV(pay_text, fmt(total))]
    if status_text:
        rows.append(T(status_text, 1.0, True, tone={"success": "good", "failed": "bad"}.get(status, "muted")))
    rows += [GAP(), T(f"{km} km  |  {rng.randint(6, 70)} min", 0.9, tone="muted"),
             T(f"Pickup {rng.randint(1, 12)}:{rng.randint(0, 59):02d}  {rng.randint(1, 300)} "
               f"{rng.choice(['MG Road', 'Baker Street', 'Market St', 'Hauptstraße', 'Linking Road'])}", 0.9),
             T(f"Drop-off  {rng.choice(['Terminal 2', 'Central Station', 'Koramangala 5th Block', 'Soho'])}", 0.9),
             T(f"You rode with {driver}  ·  {rng.choice(['KA05', 'MH02', 'DL3C'])}{_alnum(rng, 2)}{_digits(rng, 4)}"
               if cur == "INR" else f"You rode with {driver}", 0.9, tone="muted")]
    if show_id:
        rows += [GAP(), KV(id_label, trip_id, 0.9)]
    truth = _truth(brand if show_brand else None, total, cur, trip_id if show_id else None,
                   day if show_date else None,
                   method if show_method else None, status)
    return Draft(rows, "screen", truth, {"brand": brand}, dark=rng.random() < 0.3, accent=(0, 0, 0))


_RESTAURANTS = {"INR": ["Meghana Foods", "Paradise Biryani", "Truffles", "Haldiram's", "Saravana Bhavan",
                        "Burger Singh"],
                "USD": ["Joe's Pizza", "Sweetgreen", "Shake Shack", "Chipotle Mexican Grill"],
                "GBP": ["Dishoom", "Honest Burgers", "Wagamama"],
                "EUR": ["Vapiano", "Burgermeister", "Pizzeria Da Michele"]}


def _food_delivery(rng: random.Random) -> Draft:
    cur = rng.choice(["INR", "INR", "USD", "GBP", "EUR"])
    fmt, day, shop = _money_style(rng, cur), _day(rng), rng.choice(_RESTAURANTS[cur])
    items = rng.sample(["Chicken Biryani", "Paneer Tikka", "Veg Burger", "Fries (L)", "Masala Dosa",
                        "Caesar Salad", "Margherita Pizza", "Cola 500ml", "Gulab Jamun (2 pcs)"], rng.randint(2, 4))
    lines = [(name, rng.randint(1, 3), _dec(rng, 90, 420, True) if cur == "INR" else _dec(rng, 3, 16))
             for name in items]
    item_total = sum((q * p for _, q, p in lines), Decimal(0))
    small = Decimal(1) if cur == "INR" else Decimal("0.1")
    delivery = small * rng.randint(0, 60 if cur == "INR" else 40)
    packing = small * rng.randint(10, 30) if cur == "INR" else Decimal(0)
    taxes = (item_total * Decimal("0.05")).quantize(Decimal("0.01"))
    discount = (item_total * Decimal("0.15")).quantize(Decimal(1)) if rng.random() < 0.35 else Decimal(0)
    tip = Decimal(rng.choice([0, 0, 20, 30])) if cur == "INR" else Decimal(rng.choice([0, 0, 2, 3]))
    total = item_total + delivery + packing + taxes - discount + tip
    order_id = rng.choice([_digits(rng, 15), _digits(rng, 10), f"{_alnum(rng, 3)}-{_digits(rng, 6)}"])
    pay_id = rng.choice([f"pay_{_alnum(rng, 14, _MIXED)}", _digits(rng, 12)]) if rng.random() < 0.4 else None
    show_order = pay_id is not None or _shown(rng, 0.85)
    method, pay_text = rng.choice([("UPI", "Paid via UPI"), ("card", f"Paid with {_card(rng)}"),
                                   ("wallet", "Paid using Wallet"), ("cash", "Cash on delivery")]
                                  if cur == "INR" else [("card", f"Paid with {_card(rng)}")] * 3 + [(None, "")])
    status, status_text = _status(rng, {"success": ["Payment: Successful", "Paid", "Payment received"],
                                        "failed": [], "pending": ["Payment pending"]}, 0.6, (85, 0, 15))
    rows = [T(shop, 1.4, True), T(rng.choice(["Indiranagar", "Koramangala", "Midtown", "Shoreditch", "Kreuzberg"]),
                                   0.9, tone="muted")]
    if show_order:
        rows.append(T(f"{rng.choice(['ORDER ID: ', 'Order #', 'Order No. '])}{order_id}", 0.95))
    show_date = _shown(rng, 0.85)
    if show_date:
        rows.append(T(f"Delivered on {_date_text(rng, day, cur, time=True)}", 0.9, tone="muted"))
    rows += [GAP(), T(rng.choice(["Your Order", "Order Summary", "Items"]), 1.1, True)]
    rows += [KV(f"{q} x {name}", fmt(q * p)) for name, q, p in lines]
    rows += [RULE(True), T(rng.choice(["Bill Details", "Bill Summary", "Payment summary"]), 1.05, True),
             KV("Item Total", fmt(item_total))]
    if delivery:
        rows.append(KV("Delivery fee", fmt(delivery)))
    if packing:
        rows.append(KV("Restaurant packaging charges", fmt(packing)))
    rows.append(KV(rng.choice(["Taxes and charges", "GST and restaurant charges", "Tax"]), fmt(taxes)))
    if discount:
        rows.append(KV(rng.choice(["Item discount", "Coupon SAVE15"]), fmt(discount, "-"), tone="good"))
    if tip:
        rows.append(KV("Delivery partner tip", fmt(tip)))
    rows += [RULE(), KV(rng.choice(["Grand Total", "Total paid", "Bill Total", "To Pay"]), fmt(total), 1.2, True)]
    if pay_text:
        rows.append(T(pay_text, 0.95))
    if pay_id:
        rows.append(KV(rng.choice(["Payment ID", "Transaction ID"]), pay_id, 0.9))
    if status_text:
        rows.append(T(status_text, 0.95, True, tone={"success": "good", "failed": "bad"}.get(status, "muted")))
    rows += [GAP(), T(f"Deliver to: Flat {rng.randint(1, 40)}{rng.choice('ABCD')}, {_person(rng)}, "
                      f"{_phone(rng, cur)}", 0.85, tone="muted")]
    txn = pay_id or (order_id if show_order else None)
    truth = _truth(shop, total, cur, txn, day if show_date else None, method, status)
    return Draft(rows, "screen", truth, {"payment_id": bool(pay_id)}, dark=rng.random() < 0.2,
                  accent=rng.choice([(252, 128, 25), (226, 55, 68), (0, 204, 188)]))


def _utility_ack(rng: random.Random) -> Draft:
    board, cur = rng.choice([("BESCOM", "INR"), ("MSEDCL", "INR"), ("Tata Power-DDL", "INR"),
                             ("TNPDCL", "INR"), ("Bangalore Water Supply and Sewerage Board", "INR"),
                             ("Con Edison", "USD"), ("Thames Water", "GBP")])
    fmt, day = _money_style(rng, cur), _day(rng)
    bill = _dec(rng, 240, 9800) if cur == "INR" else _dec(rng, 30, 420)
    conv = Decimal(rng.choice([0, 0, 5, 10])) if cur == "INR" else Decimal(0)
    total = bill + conv
    method, mode = rng.choice([("netbanking", "Net Banking"), ("UPI", "UPI"), ("card", "Credit Card"),
                               ("card", "Debit Card"), (None, "BBPS")] if cur == "INR" else
                              [("card", "Credit Card"), ("card", "Debit Card"), (None, "Direct Debit")])
    pay_ref = rng.choice([_digits(rng, 12), f"{_alnum(rng, 4)}{_digits(rng, 8)}", _digits(rng, 16)])
    show_ref, show_mode = _shown(rng, 0.8), _shown(rng, 0.8)
    status, status_text = _status(rng, {"success": ["SUCCESS", "Payment Successful", "Paid"],
                                        "failed": ["FAILED", "Transaction failed"],
                                        "pending": ["Pending confirmation from bank", "PENDING"]}, 0.85)
    due = day + timedelta(days=rng.randint(3, 20))
    rows = [T(board, 1.35, True, "c"), T(rng.choice(["Payment Receipt", "Bill Payment Acknowledgement",
                                                      "Online Payment Confirmation"]), 1.1, True, "c"), RULE(),
            KV(rng.choice(["Consumer No.", "Account Number", "RR Number"]), _digits(rng, rng.choice([10, 11, 12]))),
            KV("Consumer Name", _person(rng).upper()),
            KV("Bill Month", f"{_MONTHS[(due.month - 2) % 12][:3]}-{due.year}"),
            KV("Due Date", _date_text(rng, due, cur)),
            KV("Bill Amount", fmt(bill))]
    if conv:
        rows.append(KV("Convenience Fee", fmt(conv)))
    rows.append(KV(rng.choice(["Amount Paid", "Total Amount Paid", "Paid Amount"]), fmt(total), 1.1, True))
    if show_mode:
        rows.append(KV(rng.choice(["Payment Mode", "Mode of Payment"]), mode))
    if show_ref:
        rows.append(KV(rng.choice(["Transaction ID", "Bank Reference No.", "Txn Ref No.", "Reference number"]),
                       pay_ref))
    show_date = _shown(rng, 0.85)  # without it only the due date is printed, which is not the payment's
    if show_date:
        rows.append(KV(rng.choice(["Payment Date", "Transaction Date", "Paid on"]),
                       _date_text(rng, day, cur, time=True)))
    if status_text:
        rows.append(KV("Status", status_text, bold=True))
    rows += [RULE(True), T(f"Helpline {_phone(rng, cur)}  ·  This is a computer generated receipt.", 0.8,
                           align="c", tone="muted")]
    truth = _truth(board, total, cur, pay_ref if show_ref else None, day if show_date else None,
                   method if show_mode else None, status)
    return Draft(rows, rng.choice(["page", "screen"]), truth, {"mode": mode})


def _recharge(rng: random.Random) -> Draft:
    operator = rng.choice(["Jio Prepaid", "Airtel Prepaid", "Vi Prepaid", "BSNL Prepaid", "Tata Play DTH",
                           "Airtel Digital TV"])
    fmt, day = _money_style(rng, "INR"), _day(rng)
    amount = Decimal(rng.choice([19, 155, 199, 239, 299, 349, 479, 666, 719, 2999, 3599]))
    validity = rng.choice([28, 56, 84, 365])
    status, status_text = _status(rng, {"success": ["Recharge Successful", "Recharge successful!", "Success"],
                                        "failed": ["Recharge failed. Refund will be credited in 3-5 days",
                                                   "Recharge Failed"],
                                        "pending": ["Recharge pending", "Processing your recharge"]},
                                  0.9, (70, 15, 15))
    order_id = f"{rng.choice(['RC', 'ORD', 'PT'])}{_digits(rng, 11)}"
    utr = _digits(rng, 12)
    show_utr, show_order = _shown(rng, 0.6), _shown(rng, 0.75)
    method, method_text = rng.choice([("UPI", f"UPI ({_upi_handle(rng, _person(rng))})"), ("card", _card(rng)),
                                      ("wallet", "Wallet balance"), ("netbanking", "Netbanking")])
    show_method, show_op, show_date = _shown(rng, 0.8), _shown(rng, 0.8), _shown(rng, 0.85)
    number = f"+91 {rng.choice('6789')}{_digits(rng, 4)} {_digits(rng, 5)}" if "DTH" not in operator \
        and "TV" not in operator else _digits(rng, 10)
    rows = [T(status_text or "Recharge", 1.3, True, "c",
              {"success": "good", "failed": "bad", "pending": "muted", None: "fg"}[status]),
            T(fmt(amount), 1.8, True, "c"), GAP(), T(operator if show_op else "Prepaid recharge", 1.1, True),
            KV("Mobile number" if number.startswith("+") else "Subscriber ID", number),
            T(f"Plan: {fmt(amount)} · {rng.choice(['1.5GB/day', '2GB/day', 'Unlimited calls'])} · {validity} days"
              if number.startswith("+") else f"Pack: {fmt(amount)} · {rng.choice(['HD Family', 'Hindi Smart'])}",
              0.9, tone="muted"),
            KV("Valid till", _date_text(rng, day + timedelta(days=validity), "INR"))]
    rows.append(RULE(True))
    if show_date:
        rows.append(KV("Recharged on", _date_text(rng, day, "INR", time=True)))
    if show_method:
        rows.append(KV("Paid using", method_text))
    if show_order:
        rows.append(KV("Order ID", order_id))
    if show_utr:
        upi_named = show_method and method == "UPI"  # a "UPI" label alone would name the method
        rows.append(KV(rng.choice(["UPI Ref No."] * upi_named + ["Transaction ID", "Bank Ref No."]), utr))
    txn = utr if show_utr else order_id if show_order else None
    truth = _truth(operator if show_op else None, amount, "INR", txn, day if show_date else None,
                   method if show_method else None, status)
    return Draft(rows, "screen", truth, {}, dark=rng.random() < 0.25,
                  accent=rng.choice([(0, 82, 204), (230, 0, 18)]))


def _fee_receipt(rng: random.Random) -> Draft:
    school, cur = rng.choice([("Delhi Public School, Sector 45", "INR"), ("St. Xavier's College", "INR"),
                              ("Sri Venkateswara Vidyalaya", "INR"), ("Kendriya Vidyalaya No. 2", "INR"),
                              ("National Institute of Technology, Trichy", "INR"),
                              ("Kingsbridge Academy", "GBP")])
    fmt, day = _money_style(rng, cur, paper=True), _day(rng)
    heads = rng.sample(["Tuition Fee", "Transport Fee", "Laboratory Fee", "Examination Fee", "Library Fee",
                        "Computer Fee", "Annual Charges"], rng.randint(2, 5))
    amounts = [_dec(rng, 500, 24000, True) if cur == "INR" else _dec(rng, 40, 900, True) for _ in heads]
    fine = Decimal(rng.choice([0, 0, 50, 100, 200])) if cur == "INR" else Decimal(0)
    concession = (amounts[0] * Decimal("0.1")).quantize(Decimal(1)) if rng.random() < 0.25 else Decimal(0)
    total = sum(amounts, Decimal(0)) + fine - concession
    receipt_no = rng.choice([f"{day.year}/FR/{_digits(rng, 5)}", _digits(rng, 6), f"FEE-{_digits(rng, 7)}"])
    method, mode_text = rng.choice([("cash", "Cash"), (None, f"Cheque No. {_digits(rng, 6)}"),
                                    ("netbanking", "Online (Net Banking)"), ("card", "Card (POS)")]
                                   + [("UPI", "UPI")] * (cur == "INR"))
    ref = _digits(rng, 12) if method in ("UPI", "netbanking", "card") and rng.random() < 0.6 else None
    show_no, show_mode = _shown(rng, 0.8), _shown(rng, 0.85)
    stamp = rng.random() < 0.25
    year = day.year if day.month >= 4 else day.year - 1
    rows = [T(school, 1.4, True, "c"),
            T(f"{rng.randint(1, 90)}, {rng.choice(['Mathura Road', 'Park Street', 'College Road'])}  ·  "
              f"Ph: {_phone(rng, cur)}", 0.85, align="c", tone="muted"),
            GAP(0.3), T("FEE RECEIPT", 1.2, True, "c"), RULE()]
    if show_no:
        rows.append(KV("Receipt No.", receipt_no))
    rows += [KV("Date", _date_text(rng, day, cur)), KV("Student Name", _person(rng)),
             KV("Class / Section", f"{rng.choice(['VII', 'IX', 'XI', 'B.Tech II Yr', 'B.Com I Yr'])} - "
                                   f"{rng.choice('ABCD')}"),
             KV(rng.choice(["Admission No.", "Roll No.", "Enrolment No."]), _digits(rng, rng.choice([4, 5, 8]))),
             KV("Academic Year", f"{year}-{(year + 1) % 100:02d}"), RULE(True), KV("Particulars", "Amount", bold=True)]
    rows += [KV(h, fmt(a)) for h, a in zip(heads, amounts)]
    if fine:
        rows.append(KV("Late Fine", fmt(fine)))
    if concession:
        rows.append(KV("Concession", fmt(concession, "(-) ")))
    rows += [RULE(), KV(rng.choice(["Total Paid", "Net Amount Received", "Total"]), fmt(total), 1.1, True),
             T(f"({'Rupees' if cur == 'INR' else 'Pounds'} {_words(int(total), cur == 'INR')} Only)", 0.9)]
    if show_mode:
        rows.append(KV("Mode of Payment", mode_text))
    if ref:
        rows.append(KV(rng.choice(["Txn Ref No.", "UTR No.", "Transaction ID"]), ref))
    if stamp:
        rows += [GAP(), Row("box", "PAID", size=1.5, bold=True, tone="bad")]
    rows += [GAP(), KV("Parent's copy", "Cashier / Accounts Officer", 0.85, tone="muted")]
    txn = ref or (receipt_no if show_no else None)
    truth = _truth(school, total, cur, txn, day, method if show_mode else None, "success" if stamp else None)
    return Draft(rows, "page", truth, {"stamp": stamp})


def _fastag_toll(rng: random.Random) -> Draft:
    plaza = rng.choice(["Electronic City Toll Plaza", "Khed Shivapur Toll Plaza", "Kherki Daula Toll Plaza",
                        "Nelamangala Toll Plaza", "Paranur Toll Plaza", "Palsit Toll Plaza"])
    fmt, day = _money_style(rng, "INR"), _day(rng)
    amount = Decimal(rng.choice([35, 60, 95, 110, 145, 230, 315]))
    balance = _dec(rng, 150, 4200)
    issuer = rng.choice(["ICICI Bank FASTag", "Paytm Payments Bank FASTag", "HDFC Bank FASTag", "IDFC FIRST FASTag"])
    txn = rng.choice([_digits(rng, 12), f"{_alnum(rng, 3)}{_digits(rng, 11)}"])
    show_txn, show_method = _shown(rng, 0.8), _shown(rng, 0.85)
    status, status_text = _status(rng, {"success": ["Success", "Debited", "Toll paid"],
                                        "failed": ["Failed - Low balance"], "pending": ["Pending"]}, 0.8)
    vehicle = f"{rng.choice(['KA', 'MH', 'DL', 'TN', 'HR'])}{rng.randint(1, 51):02d}{_alnum(rng, 2)}{_digits(rng, 4)}"
    rows = [T(issuer if show_method else "Toll Transaction", 1.2, True), T("Toll Transaction Details", 0.95,
                                                                              tone="muted"), RULE(),
            KV("Toll Plaza Name", plaza), KV("Vehicle Number", vehicle),
            KV("Vehicle Class", rng.choice(["VC4 - Car/Jeep/Van", "Car / Jeep / Van"])),
            KV("Tag ID", _alnum(rng, 24, "0123456789ABCDEF")), KV("Lane", f"L{rng.randint(1, 12):02d}"),
            KV(rng.choice(["Amount debited", "Toll Amount", "Txn Amount"]), fmt(amount), 1.15, True),
            KV("Available balance", fmt(balance)),
            KV(rng.choice(["Reader Date & Time", "Transaction Date"]), _date_text(rng, day, "INR", time=True))]
    if show_txn:
        rows.append(KV(rng.choice(["Transaction ID", "Txn Ref", "Trans ID"]), txn))
    if status_text:
        rows.append(KV("Status", status_text, bold=True))
    rows += [GAP(), T(f"For queries call {_phone(rng, 'INR')}", 0.85, tone="muted")]
    truth = _truth(plaza, amount, "INR", txn if show_txn else None, day, "wallet" if show_method else None, status)
    return Draft(rows, "screen", truth, {"issuer_shown": show_method}, accent=(90, 40, 160))


def _parking_ticket(rng: random.Random) -> Draft:
    operator, cur = rng.choice([("Phoenix Marketcity Parking", "INR"), ("Orion Mall Parking", "INR"),
                                ("APCOA Parking", "GBP"), ("NCP Car Park", "GBP"),
                                ("Parkhaus Am Markt", "EUR"), ("Q-Park", "EUR")])
    fmt, day = _money_style(rng, cur), _day(rng)
    h_in, m_in = rng.randint(7, 18), rng.randint(0, 59)
    stay = rng.randint(20, 300)
    h_out, m_out = h_in + (m_in + stay) // 60, (m_in + stay) % 60
    rate = Decimal(rng.choice([20, 30, 40, 60])) if cur == "INR" else Decimal(rng.choice(["2.50", "3.00", "4.20"]))
    total = rate * ((stay + 59) // 60)
    ticket = _digits(rng, rng.choice([6, 8, 10]))
    show_ticket, show_method = _shown(rng, 0.75), _shown(rng, 0.85)
    method, pay_text = rng.choice([("cash", "CASH"), ("card", "CARD " + _digits(rng, 4)), ("UPI", "UPI")]
                                  if cur == "INR" else [("cash", "CASH"), ("card", "CONTACTLESS VISA"),
                                                        ("card", "MASTERCARD")])
    stamp = f"{_date_text(rng, day, cur)}"
    show_op, show_date = _shown(rng, 0.8), _shown(rng, 0.85)
    rows = [T(operator.upper(), 1.15, True, "c")] if show_op else []
    rows += [T(rng.choice(["EXIT RECEIPT", "PARKING RECEIPT", "TICKET"]), 1.0, True, "c"), RULE(True)]
    if show_ticket:
        rows.append(KV(rng.choice(["Ticket No.", "TICKET #", "Receipt No."]), ticket))
    rows.append(KV("Vehicle", rng.choice(["4W", "CAR", "2W"] if cur == "INR" else ["CAR"])))
    if show_date:
        rows.append(KV("Date", stamp))
    rows += [KV("Entry", f"{h_in:02d}:{m_in:02d}"), KV("Exit", f"{h_out:02d}:{m_out:02d}"),
             KV("Duration", f"{stay // 60}h {stay % 60:02d}m"), KV("Rate/hr", fmt(rate)), RULE(True),
             KV(rng.choice(["AMOUNT PAID", "TOTAL", "FEE PAID"]), fmt(total), 1.2, True)]
    if show_method:
        rows.append(KV("PAID BY", pay_text))
    rows += [RULE(True), T("Thank you. Drive safely.", 0.9, align="c"),
             T(f"Lost ticket charges apply. Ph {_phone(rng, cur)}", 0.8, align="c", tone="muted")]
    truth = _truth(operator.upper() if show_op else None, total, cur, ticket if show_ticket else None,
                   day if show_date else None, method if show_method else None, None)
    return Draft(rows, "slip", truth, {})


def _p2p_screen(rng: random.Random) -> Draft:
    style = rng.choice(["venmo", "cashapp"])
    payee, day = _person(rng), _day(rng)
    fmt = _money_style(rng, "USD")
    amount = _dec(rng, 4, 650)
    labels = {"success": ["Completed", "Payment completed", "Sent"], "failed": ["Failed", "Payment declined"],
              "pending": ["Pending", "Processing"]}
    status, status_text = _status(rng, labels, 0.8)
    method, source = rng.choice([("wallet", "Venmo balance" if style == "venmo" else "Cash balance"),
                                 ("card", _card(rng)), (None, "")])
    show_id, show_date = _shown(rng, 0.75), _shown(rng, 0.85)
    handle = ("@" + payee.replace(" ", "-") + f"-{rng.randint(1, 99)}") if style == "venmo" \
        else "$" + payee.replace(" ", "") + str(rng.randint(1, 99))
    txn = _digits(rng, 19) if style == "venmo" else _alnum(rng, 8)
    rows = [T(rng.choice(["Payment details", "Activity"]), 1.0, True, "c", tone="muted"), GAP(),
            T(f"{'You paid' if style == 'venmo' else 'Payment to'} {payee}", 1.2, True, "c"),
            T(handle, 0.9, align="c", tone="muted"), GAP(0.4), T(fmt(amount, "-" if style == "venmo" else ""),
                                                                  2.0, True, "c"),
            T(rng.choice(["rent share", "Dinner", "concert tix", "groceries", "For Saturday"]), 1.0, align="c")]
    if status_text:
        rows.append(T(status_text, 1.0, True, "c", {"success": "good", "failed": "bad"}.get(status, "muted")))
    rows += [GAP(), RULE()]
    if show_date:
        rows.append(KV("Date", _date_text(rng, day, "USD", time=rng.random() < 0.6)))
    if source:
        rows.append(KV(rng.choice(["Payment method", "Paid with", "Source"]), source))
    if show_id:
        rows.append(KV("Transaction ID" if style == "venmo" else "Identifier", txn))
    rows.append(KV("To", f"{payee}  {_phone(rng, 'USD')}" if rng.random() < 0.3 else payee))
    truth = _truth(payee, amount, "USD", txn if show_id else None, day if show_date else None,
                   method, status)
    return Draft(rows, "screen", truth, {"style": style}, dark=style == "cashapp" and rng.random() < 0.6,
                  accent=(0, 140, 255))


def _neobank_card(rng: random.Random) -> Draft:
    cur = rng.choice(["GBP", "GBP", "EUR", "EUR", "USD"])
    shop = rng.choice({"GBP": ["Pret A Manger", "Tesco Express", "TfL Travel Charge", "Boots", "Greggs"],
                       "EUR": ["REWE", "Albert Heijn", "Monoprix", "Lidl", "Carrefour City"],
                       "USD": ["Trader Joe's", "Walgreens", "Blue Bottle Coffee"]}[cur])
    fmt, day = _money_style(rng, cur), _day(rng)
    amount = _dec(rng, 1.2, 180)
    status, status_text = _status(rng, {"success": ["Completed", "Settled"], "pending": ["Pending"],
                                        "failed": ["Declined", "Declined: insufficient funds"]},
                                  0.85, (70, 15, 15))
    show_id, show_date, show_method = _shown(rng, 0.55), _shown(rng, 0.85), _shown(rng, 0.85)
    txn = rng.choice([f"tx_0000{_alnum(rng, 18, _MIXED)}", _hex_id(rng)])
    last4 = _digits(rng, 4)
    rows = [T(shop, 1.5, True, "c"), T(fmt(amount, rng.choice(["-", "−", ""])), 2.0, True, "c")]
    if status_text:
        rows.append(T(status_text, 1.0, align="c", tone={"failed": "bad"}.get(status, "muted")))
    if show_date:
        rows.append(T(_date_text(rng, day, cur, time=True), 0.95, align="c", tone="muted"))
    rows += [GAP(), RULE()]
    if show_method:
        rows.append(KV(rng.choice(["Card payment", "Contactless", "Paid with"]),
                       rng.choice([f"Card ••{last4}", f"Virtual card ••{last4}", f"Visa {last4}"])))
    rows += [KV("Category", rng.choice(["Groceries", "Eating out", "Transport", "Shopping"])),
             KV("Balance after", fmt(_dec(rng, 20, 5200))),
             KV(f"Spent at {shop.split()[0]} this month", fmt(amount + _dec(rng, 0, 90)))]
    if show_id:
        rows.append(KV(rng.choice(["Transaction ID", "Reference"]), txn, 0.85))
    rows += [GAP(), T(rng.choice(["Split bill", "Add receipt", "Something wrong? Get help"]), 0.95, align="c",
                      tone="accent")]
    truth = _truth(shop, amount, cur, txn if show_id else None, day if show_date else None,
                   "card" if show_method else None, status)
    return Draft(rows, "screen", truth, {}, dark=rng.random() < 0.5,
                  accent=rng.choice([(255, 95, 80), (0, 117, 255), (56, 201, 150)]))


def _us_gas_slip(rng: random.Random) -> Draft:
    brand = rng.choice(["SHELL", "CHEVRON", "EXXON", "SPEEDWAY", "CIRCLE K", "SUNOCO"])
    day = _day(rng)
    fmt = _money_style(rng, "USD", cents=True)
    gallons = Decimal(rng.randint(4000, 19000)) / 1000
    price = Decimal(rng.randint(2899, 4899)) / 1000
    fuel = (gallons * price).quantize(Decimal("0.01"))
    wash = Decimal(rng.choice(["0", "0", "8.00", "12.00"]))
    total = fuel + wash
    status, status_text = _status(rng, {"success": ["APPROVED", "APPROVED - THANK YOU"], "failed": ["DECLINED"],
                                        "pending": ["PRE-AUTH"]}, 0.85, (85, 10, 5))
    ref = _digits(rng, rng.choice([6, 9, 12]))
    show_ref, show_card = _shown(rng, 0.75), _shown(rng, 0.9)
    show_brand = _shown(rng, 0.85)
    rows = [T(brand, 1.4, True, "c")] if show_brand else []
    rows += [T(f"STORE #{_digits(rng, 5)}", 0.95, align="c"),
            T(f"{rng.randint(100, 9999)} {rng.choice(['N MAIN ST', 'ROUTE 9', 'W 3RD AVE', 'EL CAMINO REAL'])}",
              0.95, align="c"), T(f"{rng.choice(['AUSTIN, TX', 'EDISON, NJ', 'DAYTON, OH', 'SAN JOSE, CA'])} "
                                  f"{_digits(rng, 5)}", 0.95, align="c"),
            T(_phone(rng, "USD"), 0.95, align="c"), RULE(True),
            T(_date_text(rng, day, "USD", time=True), 0.95),
            KV("PUMP #", f"{rng.randint(1, 16):02d}"),
            KV(rng.choice(["REGULAR", "UNLEADED", "PREMIUM", "DIESEL"]), f"{gallons:.3f} G"),
            KV("PRICE/GAL", f"${price:.3f}"), KV("FUEL TOTAL", fmt(fuel))]
    if wash:
        rows.append(KV("CAR WASH", fmt(wash)))
    rows += [KV("TAX", fmt(Decimal(0))), KV("TOTAL", fmt(total), 1.25, True), RULE(True)]
    if show_card:
        rows += [KV(rng.choice(["VISA", "MASTERCARD", "DISCOVER"]), f"XXXXXXXXXXXX{_digits(rng, 4)}"),
                 KV("ENTRY METHOD", rng.choice(["CHIP", "CONTACTLESS", "SWIPED"]))]
    rows.append(KV("AUTH #", _alnum(rng, 6, "0123456789ABCDEF")))
    if show_ref:
        rows.append(KV(rng.choice(["REF #", "TRAN #", "SEQ #"]), ref))
    if status_text:
        rows.append(T(status_text, 1.1, True, "c"))
    rows += [RULE(True), T("THANK YOU - PLEASE COME AGAIN", 0.9, align="c")]
    truth = _truth(brand if show_brand else None, total, "USD", ref if show_ref else None, day,
                   "card" if show_card else None, status)
    return Draft(rows, "slip", truth, {})


def _donation(rng: random.Random) -> Draft:
    org, cur = rng.choice([("The Akshaya Patra Foundation", "INR"), ("ISKCON Bangalore", "INR"),
                           ("Goonj", "INR"), ("CRY - Child Rights and You", "INR"),
                           ("British Heart Foundation", "GBP"), ("American Red Cross", "USD")])
    fmt, day = _money_style(rng, cur, paper=True), _day(rng)
    amount = Decimal(rng.choice([501, 1001, 2100, 5001, 11000, 25000])) if cur == "INR" \
        else Decimal(rng.choice([10, 25, 50, 100, 250]))
    donor = _person(rng)
    receipt_no = rng.choice([f"AP/{day.year}/{_digits(rng, 7)}", f"DR-{_digits(rng, 6)}", _digits(rng, 8)])
    method, mode = rng.choice([("cash", "Cash"), ("netbanking", "Net Banking"), ("card", "Credit Card"),
                               (None, f"Cheque No. {_digits(rng, 6)}")] + [("UPI", "UPI")] * (cur == "INR"))
    ref = _digits(rng, 12) if method in ("UPI", "netbanking", "card") and rng.random() < 0.5 else None
    show_no, show_mode = _shown(rng, 0.8), _shown(rng, 0.85)
    words = f"{'Rupees' if cur == 'INR' else 'Pounds' if cur == 'GBP' else 'Dollars'} " \
            f"{_words(int(amount), cur == 'INR')} Only"
    rows = [T(org, 1.35, True, "c"), T(f"Regd. Office: {rng.randint(1, 200)}, "
                                       f"{rng.choice(['HK Hill, Chord Road', 'Sarita Vihar', 'Greycoat Place'])}",
                                       0.85, align="c", tone="muted"),
            T(rng.choice(["DONATION RECEIPT", "Receipt for Donation", "Acknowledgement of Donation"]), 1.15, True,
              "c"), RULE()]
    if show_no:
        rows.append(KV(rng.choice(["Receipt No.", "Receipt Number"]), receipt_no))
    rows += [KV("Date", _date_text(rng, day, cur)),
             T(f"Received with thanks from {rng.choice(['Mr.', 'Ms.', 'Dr.'])} {donor} the sum of {fmt(amount)} "
               f"({words}) as a voluntary donation.", 1.0),
             GAP(0.3)]
    if cur == "INR":
        rows.append(KV("Donor PAN", f"{_alnum(rng, 5, 'ABCDEFGHKLMNPRST')}{_digits(rng, 4)}{_alnum(rng, 1)}"))
    if show_mode:
        rows.append(KV("Mode of payment", mode))
    if ref:
        rows.append(KV(rng.choice(["UTR", "Transaction Ref", "Reference No."]), ref))
    rows += [KV("Amount", fmt(amount), 1.15, True), RULE(True)]
    if cur == "INR":
        rows.append(T(f"Donations are exempt u/s 80G. 80G Regn. No. {_alnum(rng, 5)}{_digits(rng, 4)}"
                      f"{_alnum(rng, 1)}F{day.year - 3}{_digits(rng, 2)}", 0.8, tone="muted"))
    else:
        rows.append(T(f"Registered charity no. {_digits(rng, 7)}. Thank you for your gift.", 0.8, tone="muted"))
    rows += [GAP(), T("Authorised Signatory", 0.9, align="r")]
    txn = ref or (receipt_no if show_no else None)
    truth = _truth(org, amount, cur, txn, day, method if show_mode else None, None)
    return Draft(rows, "page", truth, {})


def _cinema_booking(rng: random.Random) -> Draft:
    chain, cur = rng.choice([("PVR INOX", "INR"), ("Cinepolis", "INR"), ("Miraj Cinemas", "INR"),
                             ("ODEON", "GBP"), ("Cineworld", "GBP"), ("AMC Theatres", "USD")])
    fmt, day = _money_style(rng, cur), _day(rng)
    seats = rng.randint(1, 4)
    price = Decimal(rng.choice([180, 250, 320, 450, 700])) if cur == "INR" else _dec(rng, 8, 19)
    conv = (Decimal(rng.choice([25, 30, 35])) if cur == "INR" else Decimal("1.50")) * seats
    gst = (conv * Decimal("0.18")).quantize(Decimal("0.01")) if cur == "INR" else Decimal(0)
    snacks = _dec(rng, 150, 600, True) if cur == "INR" and rng.random() < 0.3 else Decimal(0)
    total = price * seats + conv + gst + snacks
    booking = rng.choice([_alnum(rng, 7), f"{_alnum(rng, 4)}{_digits(rng, 6)}", _digits(rng, 9)])
    pay_ref = _digits(rng, 12) if rng.random() < 0.3 else None
    show_method = _shown(rng, 0.8)
    method, method_text = rng.choice([("card", _card(rng)), ("UPI", "UPI"), ("wallet", "Gift card / wallet")]
                                      if cur == "INR" else [("card", _card(rng))])
    status, status_text = _status(rng, {"success": ["Booking Confirmed", "Your tickets are confirmed"],
                                        "failed": ["Payment failed. Seats released"],
                                        "pending": ["Booking pending confirmation"]}, 0.8)
    show_day = day + timedelta(days=rng.randint(0, 6))
    row = rng.choice("DEFGHJK")
    first = rng.randint(1, 14)
    rows = [T(chain, 1.4, True, "c"), T(status_text or "Booking summary", 1.05, True, "c",
                                         {"failed": "bad", "success": "good"}.get(status or "", "muted")), GAP(),
            T(rng.choice(["Dune: Part Three", "The Last Monsoon", "Inside Out 3", "Mission Delhi", "Paddington 4"]),
              1.25, True),
            T(f"{rng.choice(['Forum Mall', 'Leicester Square', 'Phoenix Palladium', 'Lincoln Square 13'])}"
              f" · Screen {rng.randint(1, 9)}", 0.95, tone="muted"),
            KV("Show", _date_text(rng, show_day, cur) + f", {rng.choice(['10:15 AM', '1:40 PM', '7:05 PM'])}"),
            KV("Seats", ", ".join(f"{row}{first + k}" for k in range(seats))),
            KV(rng.choice(["Booking ID", "Booking ref", "Confirmation number"]), booking, 1.05, True), RULE(True),
            KV(f"Tickets ({seats} x {fmt(price)})", fmt(price * seats)),
            KV(rng.choice(["Convenience fee", "Booking fee"]), fmt(conv))]
    if gst:
        rows.append(KV("GST on convenience fee", fmt(gst)))
    if snacks:
        rows.append(KV("Food & beverages", fmt(snacks)))
    total_labels = ["Total", "Order total"] + ["Amount Paid"] * (status != "failed")
    rows += [RULE(), KV(rng.choice(total_labels), fmt(total), 1.2, True)]
    if show_method:
        rows.append(KV("Payment", method_text))
    if pay_ref:
        rows.append(KV(rng.choice(["Transaction ID", "Payment ref"]), pay_ref))
    rows += [KV("Booked on", _date_text(rng, day, cur, time=rng.random() < 0.5)),
             T(f"Show this at the entrance. Support {_phone(rng, cur)}", 0.85, tone="muted")]
    truth = _truth(chain, total, cur, pay_ref or booking, day, method if show_method else None, status)
    return Draft(rows, "screen", truth, {}, dark=rng.random() < 0.4, accent=(200, 30, 60))


def _govt_challan(rng: random.Random) -> Draft:
    fmt, day = _money_style(rng, "INR", paper=True), _day(rng)
    status, status_text = _status(rng, {"success": ["Paid", "Payment Successful"], "failed": ["Failed"],
                                        "pending": ["Payment Pending", "Awaiting bank confirmation"]}, 0.75)
    if rng.random() < 0.5:
        dept = "Goods and Services Tax"
        heads = rng.sample(["CGST", "SGST", "IGST", "CESS"], 2)
        rows_taxes, total = [], Decimal(0)
        for h in heads:
            tax, interest = _dec(rng, 500, 90000, True), _dec(rng, 0, 900, True)
            rows_taxes.append(KV(f"{h}  (Tax {fmt(tax)} + Interest {fmt(interest)})", fmt(tax + interest), 0.9))
            total += tax + interest
        doc_label, doc_no = "CPIN", f"{day.year % 100}{day.month:02d}{_digits(rng, 2)}{_digits(rng, 8)}"
        ref_label, ref = rng.choice(["BRN", "Bank Reference Number (BRN)"]), _digits(rng, 10)
        rows = [T(dept, 1.3, True, "c"), T("Form GST PMT-06", 1.0, align="c"),
                T("Challan for Deposit of Goods and Services Tax", 1.0, True, "c"), RULE(),
                KV(doc_label, doc_no), KV("GSTIN", _gstin(rng)),
                KV("Name (Legal)", f"{rng.choice(['Sri Sai', 'Ganesh', 'Metro'])} Traders"),
                KV("Challan Generated On", _date_text(rng, day - timedelta(days=rng.randint(0, 3)), "INR")),
                RULE(True)] + rows_taxes
        method, mode = rng.choice([("netbanking", "E-Payment (Net Banking)"), ("UPI", "UPI"),
                                   (None, "Over the Counter"), ("card", "Credit Card / Debit Card")])
    else:
        dept = rng.choice(["Karnataka State Police", "Delhi Traffic Police", "Maharashtra Motor Vehicles Dept."])
        total = Decimal(rng.choice([500, 1000, 1500, 2000, 5000]))
        doc_label, doc_no = "Challan No.", f"{rng.choice(['KA', 'DL', 'MH'])}{_digits(rng, 16)}"
        ref_label, ref = rng.choice(["Transaction ID", "Payment Ref. No."]), f"DTP{_digits(rng, 11)}"
        rows = [T(dept, 1.3, True, "c"), T("e-Challan Payment Receipt", 1.1, True, "c"), RULE(),
                KV(doc_label, doc_no), KV("Vehicle No.", f"DL{rng.randint(1, 13)}C{_alnum(rng, 2)}{_digits(rng, 4)}"),
                KV("Offence", rng.choice(["Over speeding", "Jumping red light", "Without helmet"])),
                KV("Offence Date", _date_text(rng, day - timedelta(days=rng.randint(5, 60)), "INR"))]
        method, mode = rng.choice([("netbanking", "Net Banking"), ("UPI", "UPI"), ("card", "Debit Card")])
    show_ref, show_mode = _shown(rng, 0.7), _shown(rng, 0.8)
    rows += [RULE(), KV("Total Amount", fmt(total), 1.15, True),
             T(f"(Rupees {_words(int(total), True)} Only)", 0.9)]
    if show_mode:
        rows.append(KV("Mode of Payment", mode))
    if show_ref:
        rows.append(KV(ref_label, ref))
    rows.append(KV(rng.choice(["Payment Date", "Date of Deposit", "Paid On"]), _date_text(rng, day, "INR", time=True)))
    if status_text:
        rows.append(KV("Payment Status", status_text, bold=True))
    rows += [GAP(), T("This is a system generated receipt and does not require signature.", 0.8, align="c",
                      tone="muted")]
    truth = _truth(dept, total, "INR", ref if show_ref else doc_no, day, method if show_mode else None, status)
    return Draft(rows, "page", truth, {"kind": doc_label})


def _rent_receipt(rng: random.Random) -> Draft:
    cur = rng.choice(["INR", "INR", "INR", "GBP"])
    fmt, day = _money_style(rng, cur, paper=True), _day(rng)
    amount = Decimal(rng.choice([8500, 12000, 18000, 25000, 32500, 45000])) if cur == "INR" \
        else Decimal(rng.choice([650, 875, 1200, 1450]))
    landlord, tenant = _person(rng), _person(rng)
    method, how = rng.choice([("cash", "in cash"), (None, f"by cheque no. {_digits(rng, 6)}"),
                              ("netbanking", "by online transfer (net banking)")]
                             + [("UPI", "through UPI")] * (cur == "INR"))
    ref = _digits(rng, 12) if method in ("UPI", "netbanking") and rng.random() < 0.6 else None
    number = _digits(rng, rng.choice([3, 4])) if rng.random() < 0.5 else None
    words = f"{'Rupees' if cur == 'INR' else 'Pounds'} {_words(int(amount), cur == 'INR')} Only"
    period = f"{_MONTHS[(day.month - 1)]} {day.year}"
    rows = [T("RENT RECEIPT", 1.35, True, "c"), GAP()]
    if number:
        rows.append(KV("Receipt No.", number))
    show_date = _shown(rng, 0.85)
    if show_date:
        rows.append(KV("Date", _date_text(rng, day, cur)))
    rows += [GAP(0.4),
             T(f"Received with thanks from {tenant} a sum of {fmt(amount)} ({words}) {how} towards the rent for "
               f"the month of {period} for the premises at {rng.randint(1, 300)}, "
               f"{rng.choice(['4th Cross, HSR Layout', 'Shivaji Nagar', 'Albert Road', 'Anna Nagar West'])}.", 1.0)]
    if ref:
        rows.append(T(f"UPI Ref No. {ref}" if method == "UPI" else f"Transaction reference {ref}", 0.95))
    rows += [GAP(), KV("Amount", fmt(amount), 1.1, True), GAP(1.2),
             T(f"Landlord: {landlord}", 1.0, align="r"), T("(Signature)", 0.85, align="r", tone="muted")]
    if cur == "INR":
        rows.append(T(f"PAN of landlord: {_alnum(rng, 5, 'ABCDEFGHKLMNPRST')}{_digits(rng, 4)}{_alnum(rng, 1)}",
                      0.9, align="r"))
    truth = _truth(landlord, amount, cur, ref or number, day if show_date else None, method, None)
    return Draft(rows, "page", truth, {})


def _subscription_invoice(rng: random.Random) -> Draft:
    vendor, cur, tax_name, rate = rng.choice([("Notion Labs, Inc.", "USD", "Sales tax", "0.0875"),
                                              ("GitHub, Inc.", "USD", "Tax", "0"),
                                              ("Figma, Inc.", "EUR", "VAT", "0.19"),
                                              ("JetBrains s.r.o.", "EUR", "VAT", "0.21"),
                                              ("Canva UK Operations Ltd", "GBP", "VAT", "0.20"),
                                              ("Zoho Corporation Pvt. Ltd.", "INR", "IGST", "0.18")])
    fmt, day = _money_style(rng, cur, cents=True), _day(rng)
    seats = rng.randint(1, 12)
    date_seed = rng.getrandbits(32)

    def when(d: date) -> str:  # one date style for the whole page
        return _date_text(random.Random(date_seed), d, cur)

    unit = _dec(rng, 250, 1800, True) if cur == "INR" else Decimal(rng.choice(["8.00", "10.00", "12.00", "15.00"]))
    subtotal = unit * seats
    tax = (subtotal * Decimal(rate)).quantize(Decimal("0.01"))
    total = subtotal + tax
    doc_label = rng.choice(["Invoice number", "Receipt number", "Receipt #"])
    doc_no = f"{_alnum(rng, 8, '0123456789ABCDEF')}-{_digits(rng, 4)}" if doc_label == "Invoice number" \
        else f"{_digits(rng, 4)}-{_digits(rng, 4)}"
    show_no, show_method = _shown(rng, 0.85), _shown(rng, 0.8)
    method, method_text = rng.choice([("card", _card(rng)), ("card", _card(rng))] +
                                     ([("UPI", "UPI AutoPay"), ("netbanking", "Net Banking")] if cur == "INR" else []))
    status, status_text = _status(rng, {"success": ["Paid", "Payment successful"],
                                        "failed": ["Payment failed — we'll retry in 3 days"],
                                        "pending": ["Payment processing"]}, 0.6, (80, 12, 8))
    end = day + timedelta(days=30)
    rows = [KV(rng.choice(["Receipt", "Invoice", "Tax Invoice"]), vendor, 1.3, True), GAP()]
    if show_no:
        rows.append(KV(doc_label, doc_no))
    rows.append(KV(rng.choice(["Date paid", "Date of issue", "Invoice date"]), when(day)))
    if show_method:
        rows.append(KV("Payment method", method_text))
    if status_text:
        rows.append(KV("Status", status_text, bold=True, tone={"failed": "bad"}.get(status, "good")))
    tax_id = _gstin(rng) if cur == "INR" else {"EUR": "DE", "GBP": "GB", "USD": "EIN "}[cur] + _digits(rng, 9)
    rows += [GAP(), T(vendor, 0.95, True), T(rng.choice(["2300 Harrison St, San Francisco", "Na Hřebenech II 1718/10",
                                                        "Estancia IT Park, Chennai", "1 Fore Street, London"]),
                                             0.9, tone="muted"),
             T(f"Tax ID {tax_id}", 0.9, tone="muted"), GAP(0.4),
             T(f"Bill to: {_person(rng)} · {rng.choice(['billing', 'accounts', 'me'])}@example.com", 0.9),
             RULE(), KV("Description", "Amount", 0.9, True),
             KV(f"{rng.choice(['Pro plan', 'Team seat', 'Business (monthly)'])} × {seats}  "
                f"({when(day)} – {when(end)})", fmt(subtotal), 0.9),
             RULE(True), KV("Subtotal", fmt(subtotal)), KV(f"{tax_name} ({Decimal(rate) * 100:.2f}%)", fmt(tax)),
             KV("Total", fmt(total), bold=True),
             KV("Amount due" if status == "failed" else "Amount paid", fmt(total), 1.1, True)]
    rows += [GAP(), T(f"Questions? Contact {rng.choice(['support', 'billing'])}@"
                      f"{vendor.split()[0].lower().strip(',')}.com", 0.85, tone="muted")]
    truth = _truth(vendor, total, cur, doc_no if show_no else None, day, method if show_method else None, status)
    return Draft(rows, "page", truth, {"doc_label": doc_label})


_FAMILIES = {
    "ride_hail": _ride_hail, "food_delivery": _food_delivery, "utility_ack": _utility_ack, "recharge": _recharge,
    "fee_receipt": _fee_receipt, "fastag_toll": _fastag_toll, "parking_ticket": _parking_ticket,
    "p2p_screen": _p2p_screen, "neobank_card": _neobank_card, "us_gas_slip": _us_gas_slip, "donation": _donation,
    "cinema_booking": _cinema_booking, "govt_challan": _govt_challan, "rent_receipt": _rent_receipt,
    "subscription_invoice": _subscription_invoice,
}
FAMILIES = list(_FAMILIES)


# ---------------------------------------------------------------- the set


_WIDTHS = {"screen": [720, 720, 828, 1080], "slip": [576, 576, 512], "page": [900, 1000, 1240]}


def make_heldout3_receipt(index: int) -> EvalReceipt:
    """Receipt ``index`` of the set; the same index always gives the same receipt."""
    rng = random.Random(_SEED + 7919 * index)
    family = FAMILIES[index % len(FAMILIES)]
    draft = _FAMILIES[family](rng)
    if draft.kind == "screen":  # the phone's status bar: a clock and a battery level, both distractors
        draft.rows.insert(0, KV(f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d}",
                                f"{rng.choice(['5G', '4G', 'LTE', 'Wi-Fi'])}  {rng.randint(8, 100)}%", 0.75))
    font = "DejaVuSerif-Italic" if family == "rent_receipt" and rng.random() < 0.5 else \
        rng.choice(_FONTS_BY_KIND[draft.kind])
    width = rng.choice(_WIDTHS[draft.kind])
    size = int(width * {"screen": 0.034, "slip": 0.04, "page": 0.023}[draft.kind] * rng.uniform(0.95, 1.1))
    clean = render(draft, font=font, size=size, width=width)
    degraded, steps = degrade(clean, rng, draft.kind)
    meta = {"kind": draft.kind, "width": width, "font_px": size, "dark": draft.dark} | draft.meta
    return EvalReceipt(split=SPLIT, index=index, family=family, font=font, truth=draft.truth, clean=clean,
                       degraded=degraded, degradations=steps, meta=meta)


def make_heldout3_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts; families rotate, so any ``n >= len(FAMILIES)`` holds every family."""
    return [make_heldout3_receipt(i) for i in range(n)]

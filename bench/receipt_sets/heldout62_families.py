"""The twelve heldout62 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the shared value helpers of heldout14 and the page
helpers of heldout53 to heldout61 (money, digits, codes, page widths) are reused, and this set adds its own: a money
mark chosen once per page (₹ / Rs. / a whole-rupee ``Rs. 1,250/-`` / INR before or after, rupees in Indian and
western grouping, £ / GBP, $ / USD / US$, € / EUR before or after, German pages in the euro area's grouping), one
date pattern per page (two-digit years, weekdays, ordinals, ISO, German dotted dates and German month names among
them), ways to pay in many wordings and outcomes in many wordings. ``truth_fields`` states the fields exactly as the
page prints them (``None`` where a field is not printed). Every receipt prints at most one transaction id (a
payment's reference, a slip's RRN or approval code, a document's, order's or booking's own number; a terminal,
merchant, batch, account, IFSC, IBAN, registration, tag, badge, tracking or PNR number beside it is never the id),
at most one date of payment (the other days are named for other events: a delivery, a birth, a death or a
marriage, a dispatch, a game, a flight and its backup day, a drop-off or a collection, a conference's days, a
function, a follow-up, a next allowance), and names the party that was paid: on top, or, where an app's, a bank's
or a ticketing platform's name is on top, under the label that names the payee lower on the page.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits, money, price, rupee, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout60_families import _tight
from bench.receipt_sets.heldout61_families import _fit

# ---------------------------------------------------------------- people of the pages (never the payee)

INDIA_PEOPLE = [
    "Neha Agarwal",
    "Karthik Subramanian",
    "Pooja Deshmukh",
    "Aditya Chauhan",
    "Sneha Banerjee",
    "Rahul Mehra",
    "Fathima Rizwan",
    "Vivek Nambiar",
]
WEST_PEOPLE = [
    "Hannah Clarke",
    "Oliver Bennett",
    "Chloe Martin",
    "Ethan Brooks",
    "Siobhan Murphy",
    "Daniel Kowalski",
    "Amara Okonkwo",
    "Ruth Abernathy",
]
GERMAN_PEOPLE = ["Lena Hoffmann", "Maximilian Becker", "Sophie Wagner", "Paul Zimmermann", "Aylin Demir"]
INDIA_STAFF = ["Manjunath Hegde", "Sunita Rawat", "Imran Pathan", "Gopal Iyer", "Kavita Joshi"]
WEST_STAFF = ["Rory Gallagher", "Megan Price", "Carlos Mendes", "Tessa Lindqvist", "Jamal Wright"]
GERMAN_STAFF = ["Uwe Schröder", "Birgit Keller", "Dennis Fuchs", "Nicole Haas"]
CHILDREN_INDIA = ["Aarav", "Ishita", "Vihaan", "Myra", "Kabir"]
CHILDREN_WEST = ["Alfie", "Isla", "Mason", "Ava", "Finn"]
CHILDREN_GERMAN = ["Mia", "Leon", "Emma", "Noah"]


def _person(rng: random.Random, currency: str, german: bool = False) -> str:
    if german:
        return rng.choice(GERMAN_PEOPLE)
    return rng.choice(INDIA_PEOPLE if currency == "INR" else WEST_PEOPLE)


def _staff(rng: random.Random, currency: str, german: bool = False) -> str:
    if german:
        return rng.choice(GERMAN_STAFF)
    return rng.choice(INDIA_STAFF if currency == "INR" else WEST_STAFF)


# ---------------------------------------------------------------- money, dates, ways to pay, outcomes


def _currency(rng: random.Random, table: dict[str, list[str]]) -> tuple[str, str]:
    """The page's currency (rupees twice as often) among those the family has, and the business on top."""
    choices = [c for c in ["INR", "INR", "GBP", "USD", "EUR"] if c in table]
    currency = rng.choice(choices)
    return currency, rng.choice(table[currency])


def _fmt(rng: random.Random, font: str, currency: str, german: bool, styles: list[str] | None = None):
    """A formatter of sums in the page's mark, chosen once per page, and the grouping of its figures (``styles``:
    the rupee marks the layout prints)."""
    if currency == "INR":
        grouping = "western" if rng.random() < 0.3 else "indian"
        style = rng.choice(styles or ["sign", "sign", "sign_space", "rs_slash", "code_before", "code_after"])
        mark = rupee(font)

        def fmt(value: float) -> str:
            text = money(value, grouping)
            if style == "sign":
                return mark + text
            if style == "sign_space":
                return mark + " " + text
            if style == "rs_slash":  # a whole-rupee sum as shops print it: Rs. 1,250/-
                return "Rs. " + (text[:-3] + "/-" if text.endswith(".00") else text)
            if style == "code_before":
                return "INR " + text
            if style == "rs":
                return "Rs. " + text
            return text + " INR"

        return fmt, grouping
    if currency == "GBP":
        grouping, before, after = "western", *rng.choice([("£", ""), ("£", ""), ("GBP ", ""), ("", " GBP")])
    elif currency == "USD":
        grouping, before, after = (
            "western",
            *rng.choice([("$", ""), ("$", ""), ("USD ", ""), ("US$", ""), ("$", " USD")]),
        )
    elif german:
        grouping, before, after = (
            "european",
            *rng.choice([("", " €"), ("", " €"), ("", " EUR"), ("EUR ", ""), ("€ ", "")]),
        )
    else:
        grouping, before, after = "western", *rng.choice([("€", ""), ("€", ""), ("EUR ", ""), ("", " EUR")])
    return (lambda value: before + money(value, grouping) + after), grouping


DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
DE_DAYS = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
# one pattern per page; {d}: the day without a leading zero, {th}: its ordinal suffix, {Bde}/{ade}: German names
DATES = {
    "INR": [
        "%d/%m/%Y",
        "%d-%m-%Y",
        "{d} %b %Y",
        "%d-%b-%y",
        "%d %B, %Y",
        "%a, {d} %b %Y",
        "%d.%m.%Y",
        "%d/%m/%y",
        "%Y-%m-%d",
    ],
    "GBP": ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y", "%A {d} %B %Y", "{d}{th} %B %Y", "%d/%m/%y", "%Y-%m-%d"],
    "USD": ["%m/%d/%Y", "%b {d}, %Y", "%B {d}, %Y", "%m/%d/%y", "%m-%d-%Y", "%a, %b {d}, %Y", "%Y-%m-%d"],
    "IE": ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y", "%d-%m-%Y", "{d}{th} %B %Y"],
    "DE": ["%d.%m.%Y", "%d.%m.%y", "{d}. {Bde} %Y", "{ade}, %d.%m.%Y", "%Y-%m-%d"],
}


def _dtext(when: dt.date, pattern: str) -> str:
    """``when`` in ``pattern`` (strftime codes and this set's own tokens)."""
    suffix = "th" if 10 <= when.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(when.day % 10, "th")
    return (
        when.strftime(pattern)
        .replace("{d}", str(when.day))
        .replace("{th}", suffix)
        .replace("{Bde}", DE_MONTHS[when.month - 1])
        .replace("{ade}", DE_DAYS[when.weekday()])
    )


def _pattern(rng: random.Random, currency: str, german: bool) -> str:
    """The page's date pattern: day first on Indian, UK, Irish and German pages, month first on US ones."""
    return rng.choice(DATES["DE" if german else ("IE" if currency == "EUR" else currency)])


def _clock(rng: random.Random, currency: str, german: bool) -> str:
    hour, minute = rng.randrange(7, 22), rng.randrange(60)
    if currency in ("INR", "USD") and rng.random() < 0.6:
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    if german and rng.random() < 0.4:
        return f"{hour:02d}:{minute:02d} Uhr"
    return f"{hour:02d}:{minute:02d}"


def _stamp(rng: random.Random, when: dt.date, pattern: str, currency: str, german: bool, p_time=0.4) -> str:
    text = _dtext(when, pattern)
    if rng.random() < p_time:
        text += rng.choice([" ", ", ", " at "] if not german else [" ", ", "]) + _clock(rng, currency, german)
    return text


def _later(when: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return when + dt.timedelta(days=rng.randrange(low, high))


def _earlier(when: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return when - dt.timedelta(days=rng.randrange(low, high))


def _paid_on(rng, rows, when, pattern, currency, german, labels, p_absent=0.2, p_time=0.4) -> dt.date | None:
    """The day paid under one of ``labels`` in a share; the date, or None where it is not printed."""
    if not shown(rng, p_absent):
        return None
    rows.append(("pair", rng.choice(labels), _stamp(rng, when, pattern, currency, german, p_time)))
    return when


WAYS = {
    "INR": {
        "UPI": ["UPI", "UPI - Google Pay", "UPI (PhonePe)", "BHIM UPI", "UPI / Paytm", "Paid via UPI"],
        "card": [
            "Debit Card (Visa)",
            "Credit Card XXXX {4}",
            "RuPay Debit ****{4}",
            "Mastercard ending {4}",
            "HDFC Credit Card",
        ],
        "netbanking": ["Net Banking", "Netbanking - SBI", "Internet Banking (ICICI)", "NEFT"],
        "wallet": ["Paytm Wallet", "MobiKwik Wallet", "Amazon Pay balance"],
        "cash": ["Cash", "CASH", "Cash at counter", "Nagad"],
    },
    "GBP": {
        "card": [
            "Visa Debit ****{4}",
            "Mastercard contactless",
            "Contactless",
            "Chip & PIN",
            "Amex",
            "Debit card",
        ],
        "wallet": ["Apple Pay", "Google Pay", "PayPal"],
        "netbanking": ["Bank transfer", "Faster Payment"],
        "cash": ["Cash"],
    },
    "USD": {
        "card": ["Visa ending {4}", "Mastercard ••{4}", "AMEX", "Credit card", "Debit"],
        "wallet": ["Apple Pay", "PayPal", "Google Pay"],
        "netbanking": ["ACH transfer", "Bank transfer"],
        "cash": ["Cash"],
    },
    "IE": {
        "card": ["Visa Debit", "Contactless", "Mastercard ****{4}", "Debit card"],
        "wallet": ["Apple Pay", "PayPal", "Google Pay"],
        "netbanking": ["Bank transfer (SEPA)"],
        "cash": ["Cash"],
    },
    "DE": {
        "card": ["girocard", "EC-Karte", "Kreditkarte", "Visa", "Mastercard kontaktlos"],
        "wallet": ["PayPal", "Apple Pay", "Google Pay"],
        "netbanking": ["Überweisung"],
        "cash": ["Bar", "Barzahlung"],
    },
}


IN_PERSON = ("contactless", "Contactless", "Chip", "kontaktlos", "girocard", "EC-Karte", "at counter")


def _way(rng: random.Random, currency: str, german: bool, kinds: list[str], online=False) -> tuple[str, str]:
    """A way to pay of one of ``kinds`` as the page's country words it, and its truth (online: no card tapped or
    inserted)."""
    table = WAYS["DE" if german else ("IE" if currency == "EUR" else currency)]
    kind = rng.choice([k for k in kinds if k in table])
    ways = [way for way in table[kind] if not (online and any(word in way for word in IN_PERSON))]
    return rng.choice(ways).replace("{4}", digits(rng, 4)), kind


def _method(
    rng, rows, currency, german, labels, kinds, p_absent=0.25, online=False, status=None
) -> str | None:
    """A way to pay under one of ``labels`` in a share (no "Paid ..." wording where the payment failed or waits);
    its truth, or None where no way to pay is printed."""
    if not shown(rng, p_absent):
        return None
    if status in ("failed", "pending"):
        labels = [label for label in labels if not label.startswith(("Paid", "Bezahlt"))] or ["Method"]
    printed, kind = _way(rng, currency, german, kinds, online)
    while status in ("failed", "pending") and printed.startswith("Paid"):
        printed, kind = _way(rng, currency, german, kinds, online)
    rows.append(("pair", rng.choice(labels), printed))
    return kind


OUTCOMES = {
    "success": ["Payment Successful", "Payment received", "Payment complete", "Transaction successful"],
    "failed": ["Payment Failed", "Payment unsuccessful", "Transaction failed", "Payment was declined"],
    "pending": ["Payment Pending", "Payment processing", "Awaiting payment confirmation"],
}
GERMAN_OUTCOMES = {
    "success": ["Zahlung erfolgreich", "Bezahlt", "Zahlung eingegangen"],
    "failed": ["Zahlung fehlgeschlagen", "Zahlung abgelehnt"],
    "pending": ["Zahlung in Bearbeitung", "Zahlung ausstehend"],
}


def _outcome(rng, p_shown, german=False, words=None, p_success=0.55, p_failed=0.25):
    """An outcome in a share of pages and one of its wordings; (status, words) or (None, None)."""
    if rng.random() >= p_shown:
        return None, None
    roll = rng.random()
    status = "success" if roll < p_success else ("failed" if roll < p_success + p_failed else "pending")
    table = words or (GERMAN_OUTCOMES if german else OUTCOMES)
    return status, rng.choice(table[status])


def _status_row(rng, rows, words, german=False) -> None:
    """The outcome on a line of its own, or beside a status label."""
    if not words:
        return
    if rng.random() < 0.6:
        rows.append(("center", words))
    else:
        labels = (
            ["Status", "Zahlungsstatus"] if german else ["Status", "Payment status", "Transaction status"]
        )
        rows.append(("pair", rng.choice(labels), words))


def _total(rng, rows, fmt, total, status, totals, paid) -> None:
    """The total line: a wording of money having changed hands only where no failure or wait is printed."""
    labels = totals if status in ("failed", "pending") else totals + paid
    rows.append(("pair", rng.choice(labels), fmt(total)))


def _id(rng, rows, labels, value, p_absent=0.2) -> str | None:
    if not shown(rng, p_absent):
        return None
    rows.append(("pair", rng.choice(labels), value))
    return value


def _items(rng, rows, grouping, items, k, qty=True) -> float:
    """``k`` item lines drawn from ``items`` (name, unit price), a quantity in a share; their sum."""
    subtotal = 0.0
    for name, unit in rng.sample(items, k):
        n = rng.choice([1, 1, 1, 2, 3]) if qty else 1
        line = round(unit * n, 2)
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, money(line, grouping)))
        subtotal += line
    return round(subtotal, 2)


def _scale(items, currency, rates) -> list[tuple[str, float]]:
    """Rupee prices in the page's currency at a rough rate, to whole cents (x.49 / x.99 endings in a share)."""
    rate = rates[currency]
    return [(name, float(value) if currency == "INR" else round(value * rate, 2)) for name, value in items]


def _page(font: str, rows: list[tuple], style: dict, name: str, width: int | None = None) -> dict:
    """The page's style: only just wider than a long name on top, widened to hold every line under it."""
    size = style["size"]
    base = _tight(font, name, size, width or style["width"])
    return dict(style, width=_fit(font, rows, size, base))


def _sized(style: dict, size: int) -> dict:
    return dict(style, size=size)


# ---------------------------------------------------------------- 1 UPI app payment screen


UPI_APPS = ["super.money", "Tata Neu", "Fi Money", "Jupiter"]
UPI_PARTNER = {
    "super.money": "UPI by Yes Bank",
    "Tata Neu": "Tata Neu UPI with ICICI Bank",
    "Fi Money": "Banking partner: Federal Bank",
    "Jupiter": "UPI in partnership with Federal Bank",
}
UPI_PAYEES = [
    ("Sri Krishna Dairy Farm", "srikrishnadairy@ybl"),
    ("Anand Xerox & Stationery", "q482193756@ybl"),
    ("Mahalaxmi Fruits & Vegetables", "paytmqr1x7k2m9p4q@paytm"),
    ("Amma Mess Adyar", "ammamess.adyar@okaxis"),
    ("Sai Sagar Medical & General", "saisagarmedical@icici"),
    ("Green Leaf Unisex Salon Wakad", "greenleafsalon@axl"),
    ("Royal Auto Spares Kothrud", "royalautospares@oksbi"),
    ("Kaveri Flour Mill", "kaveriflourmill@ibl"),
    ("Ramesh Yadav", "ramesh.yadav92@okhdfcbank"),
    ("Fresh Bake Hot Breads", "freshbake.hb@kotak"),
]
UPI_WORDS = {
    "success": ["Payment Successful", "Paid successfully", "Transaction successful", "Payment done"],
    "failed": ["Payment Failed", "Transaction failed", "Payment declined by bank", "Payment unsuccessful"],
    "pending": ["Payment Pending", "Payment processing", "Awaiting bank confirmation", "Pending at bank"],
}
BANKS = ["HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank", "Canara Bank", "Federal Bank"]


def upi_screen(rng: random.Random, font: str):
    """A UPI payment screen in an app no earlier set used (super.money, Tata Neu, Fi Money, Jupiter): the app's name
    on top in a coloured band, or small over the payee's name; the outcome always printed (Payment Successful / Paid
    successfully / Transaction successful / Payment done, Payment Failed / Transaction failed / Payment declined by
    bank, Payment Pending / Payment processing / Awaiting bank confirmation / Pending at bank); the sum in large
    type; the payee (a shop or a milkman) under Paid to / To / Sent to / Payee / Merchant / Paying, or as the
    heading; its UPI handle; the payer's own bank account (never the payee); UPI Lite in a share; UPI Ref No / UPI
    transaction ID / UTR / Bank reference no. / RRN / NPCI Ref / Ref. ID in a share; Date & time / Paid on / When, or
    a bare date line, in a share; a note; a cashback or coins earned in a share; the app's banking partner."""
    app = rng.choice(UPI_APPS)
    status, words = _outcome(rng, 1.0, words=UPI_WORDS, p_success=0.7, p_failed=0.15)
    payee, handle = rng.choice(UPI_PAYEES)
    fmt, _ = _fmt(rng, font, "INR", False, ["sign", "sign", "sign_space"])
    pattern = _pattern(rng, "INR", False)
    when = day(rng)
    lite = shown(rng, 0.7)  # UPI Lite in three pages of ten: small sums
    total = float(rng.randint(20, 480)) if lite else price(rng, 60, 9800, rng.choice([1, 1, 0.5, 0.01]))
    band = shown(rng, 0.4)
    rows: list[tuple] = []
    if band:
        rows += [
            ("title", app),
            ("center", rng.choice(["UPI payment", "Payment details", "Scan & Pay"])),
            ("rule",),
        ]
        rows.append(("center", words))
        rows.append(("big", fmt(total)))
        labels = (
            ["Paid to", "To", "Sent to", "Payee", "Merchant"]
            if status == "success"
            else ["To", "Payee", "Paying"]
        )
        rows.append(("pair", rng.choice(labels), payee))
        rows.append(("pair", rng.choice(["UPI ID", "VPA", "UPI handle"]), handle))
    else:
        rows += [
            ("small", app),
            ("center", rng.choice(["Paying", "Payment to"]) if status != "success" else "Paid to"),
        ]
        rows.append(("title", payee))
        rows.append(("small", handle))
        rows.append(("big", fmt(total)))
        rows.append(("center", words))
    rows.append(("rule",))
    payer = rng.choice(INDIA_PEOPLE)
    account = f"{rng.choice(BANKS)} ••{digits(rng, 4)}"
    if shown(rng, 0.3):
        rows.append(("pair", rng.choice(["From", "Your account", "Bank account"]), account))
        if shown(rng, 0.5):
            rows.append(("small", payer))
    if lite:
        rows.append(("pair", rng.choice(["Payment mode", "Paid via", "Mode"]), "UPI Lite"))
    elif shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Payment mode", "Paid via", "Mode", "Method"]), "UPI"))
    txn = _id(
        rng,
        rows,
        ["UPI Ref No", "UPI transaction ID", "UTR", "Bank reference no.", "RRN", "NPCI Ref", "Ref. ID"],
        digits(rng, 12),
        0.1,
    )
    dated = None
    if shown(rng, 0.15):
        stamp = _stamp(rng, when, pattern, "INR", False, p_time=0.8)
        if shown(rng, 0.5):
            labels = ["Date & time", "When"] + (["Paid on"] if status == "success" else [])
            rows.append(("pair", rng.choice(labels), stamp))
        else:
            rows.append(("center", stamp))
        dated = when
    if shown(rng, 0.6):
        note = rng.choice(["Milk bill March", "xerox", "rent share", "bread & eggs", "Thanks!", "haircut"])
        rows.append(("pair", rng.choice(["Note", "Message", "Remarks"]), note))
    if status == "success" and shown(rng, 0.6):
        earned = {
            "super.money": f"You earned {rupee(font)}{rng.randint(2, 25)} cashback",
            "Tata Neu": f"{rng.randint(5, 80)} NeuCoins earned",
            "Fi Money": f"+{rng.randint(5, 60)} Fi-Coins",
            "Jupiter": f"{rng.randint(5, 60)} Jewels earned",
        }[app]
        rows.append(("center", earned))
    elif status == "failed":
        rows.append(("small", "Bank server did not respond. Please try again."))
    elif status == "pending":
        rows.append(("small", "We are confirming this payment with your bank."))
    rows.append(("small", UPI_PARTNER[app]))
    truth = truth_fields(payee, total, "INR", txn, dated, "UPI", status)
    style = dict(SCREEN, width=rng.choice([500, 540]), size=20)
    if band:
        style["band"] = rng.choice([(46, 26, 120), (12, 84, 160), (0, 110, 90), (120, 30, 60)])
    return rows, truth, _page(font, rows, style, payee if not band else app)


# ---------------------------------------------------------------- 2 crockery and kitchenware shop's card slip


CROCKERY = {
    "INR": ["Shree Ram Crockery House", "Bharat Steel & Crockery Mart"],
    "GBP": ["Pan & Ladle Cookshop"],
    "USD": ["Copper Kettle Kitchen Supply"],
    "EUR": ["Haushaltswaren Kaiser", "The Kitchen Drawer Kilkenny"],
}
SHOP_ADDRESSES = {
    "Shree Ram Crockery House": "2417 Sadar Bazar, Delhi 110006",
    "Bharat Steel & Crockery Mart": "41 Chickpet Main Rd, Bengaluru 560053",
    "Pan & Ladle Cookshop": "14 Parliament St, Harrogate HG1 2QU",
    "Copper Kettle Kitchen Supply": "211 W San Francisco St, Santa Fe, NM 87501",
    "Haushaltswaren Kaiser": "Remigiusstraße 9, 53111 Bonn",
    "The Kitchen Drawer Kilkenny": "22 High St, Kilkenny R95 T2X8",
}
ACQUIRERS = {
    "INR": ["HDFC BANK", "AXIS BANK", "ICICI BANK", "Mswipe", "Ezetap"],
    "GBP": ["Worldpay", "Barclaycard Payments"],
    "USD": ["Verifone", "Fiserv"],
    "DE": ["Worldline", "Payone"],
    "IE": ["Elavon", "Worldline"],
}


def card_slip(rng: random.Random, font: str):
    """A card terminal's charge slip at a crockery, steel-utensil or kitchenware shop (Shree Ram Crockery House and
    Bharat Steel & Crockery Mart in rupees, Pan & Ladle Cookshop in pounds, Copper Kettle Kitchen Supply in dollars,
    Haushaltswaren Kaiser in euros (a German slip) and The Kitchen Drawer Kilkenny in euros): the acquirer or the
    terminal's maker over the shop in a share (HDFC BANK, Mswipe, Ezetap, Worldpay, Verifone, Worldline, Payone,
    Elavon; never the payee), TID / MID / Batch / Händler-Nr. (never the id), SALE / PURCHASE / Kartenzahlung, the
    card's scheme and masked number, CHIP / CONTACTLESS / kontaktlos, an AID in a share, a card holder's name in a
    share, AMOUNT / SALE AMOUNT / BASE AMOUNT / TOTAL / Betrag / Summe, one of RRN / REF NO / APPR CODE / AUTH CODE /
    INVOICE NO / Beleg-Nr. / Genehmigungs-Nr. in a share, DATE and TIME on one line or apart in a share, APPROVED /
    TXN APPROVED / AUTHORISED / DECLINED / NOT AUTHORISED / Zahlung erfolgt / Zahlung abgelehnt in a share, a
    customer-copy banner at the foot."""
    currency, shop = _currency(rng, CROCKERY)
    german = shop == "Haushaltswaren Kaiser"
    fmt, _ = _fmt(rng, font, currency, german, ["rs", "code_before", "sign"])
    pattern = rng.choice(
        {
            "INR": ["%d/%m/%y", "%d/%m/%Y", "%d-%b-%y"],
            "GBP": ["%d/%m/%y", "%d/%m/%Y"],
            "USD": ["%m/%d/%y", "%m/%d/%Y"],
            "EUR": ["%d.%m.%y", "%d.%m.%Y"] if german else ["%d/%m/%y", "%d/%m/%Y"],
        }[currency]
    )
    when = day(rng)
    region = "DE" if german else ("IE" if currency == "EUR" else currency)
    rows: list[tuple] = []
    if shown(rng, 0.4):
        rows.append(("center", rng.choice(ACQUIRERS[region])))
    rows.append(("title", shop))
    rows.append(("center", SHOP_ADDRESSES[shop]))
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("center", rng.choice(["Crockery * Steel * Kitchenware", "Wholesale & Retail"])))
    rows.append(("rule",))
    rows.append(("pair", "Terminal-ID" if german else rng.choice(["TID", "Terminal ID"]), digits(rng, 8)))
    rows.append(
        (
            "pair",
            "Händler-Nr." if german else rng.choice(["MID", "Merchant ID"]),
            digits(rng, rng.choice([10, 15])),
        )
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Batch" if not german else "Kassenschnitt", digits(rng, 6).zfill(6)))
    rows.append(("center", "Kartenzahlung" if german else rng.choice(["SALE", "PURCHASE", "CARD SALE"])))
    scheme = rng.choice(
        ["VISA", "MASTERCARD", "RUPAY"]
        if currency == "INR"
        else (["girocard", "VISA", "Mastercard"] if german else ["VISA", "MASTERCARD", "AMEX"])
    )
    masked = rng.choice(
        [f"XXXX XXXX XXXX {digits(rng, 4)}", f"************{digits(rng, 4)}", f"**** {digits(rng, 4)}"]
    )
    rows.append(("pair", scheme, masked))
    entry = rng.choice(
        ["kontaktlos", "Chip"]
        if german
        else ["CHIP", "CONTACTLESS", "TAP", "CHIP & PIN" if currency in ("GBP", "EUR") else "INSERT"]
    )
    rows.append(("pair", "Eingabe" if german else rng.choice(["ENTRY", "MODE"]), entry))
    if shown(rng, 0.6):
        rows.append(("pair", "AID", "A0000000" + rng.choice(["031010", "041010", "0524010", "0591010"])))
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("left", _person(rng, currency).upper()))
    rows.append(("rule",))
    items = {
        "INR": (400, 12000),
        "GBP": (6, 240),
        "USD": (8, 320),
        "EUR": (6, 220),
    }[currency]
    total = price(rng, *items, 1 if currency == "INR" and shown(rng, 0.5) else 0.01)
    status, words = None, None
    if shown(rng, 0.4):
        status = "success" if rng.random() < 0.7 else "failed"
        if german:
            words = "Zahlung erfolgt" if status == "success" else "Zahlung abgelehnt"
        elif status == "success":
            words = rng.choice(
                ["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU"]
                + (["AUTHORISED"] if region in ("GBP", "IE") else [])
            )
        else:
            words = rng.choice(["DECLINED", "TXN DECLINED", "NOT AUTHORISED"])
    amount_labels = (
        ["Betrag", "Summe", "Gesamtbetrag"]
        if german
        else (
            ["AMOUNT", "SALE AMOUNT", "BASE AMOUNT", "TOTAL AMOUNT", "AMT"]
            if currency == "INR"
            else ["AMOUNT", "TOTAL", "SALE"]
        )
    )
    rows.append(("pair", rng.choice(amount_labels), fmt(total)))
    id_kind = rng.choice(["rrn", "ref", "auth", "doc"])
    if german:
        labels, value = {
            "rrn": (["Beleg-Nr."], digits(rng, 4)),
            "ref": (["Beleg-Nr."], digits(rng, 4)),
            "auth": (["Genehmigungs-Nr.", "Autorisierungs-Nr."], digits(rng, 6)),
            "doc": (["Beleg-Nr."], digits(rng, 4)),
        }[id_kind]
    elif currency == "INR":
        auth = code(rng, 2, "0123456789") + code(rng, 4, UPPER + "0123456789")
        labels, value = {
            "rrn": (["RRN", "RRN NO"], digits(rng, 12)),
            "ref": (["REF NO", "REF NO."], digits(rng, 12)),
            "auth": (["APPR CODE", "AUTH CODE", "APPROVAL CODE"], auth),
            "doc": (["INVOICE NO", "INV NO"], digits(rng, 6).zfill(6)),
        }[id_kind]
    else:
        labels, value = {
            "rrn": (["REF #", "REF NO"], digits(rng, 12)),
            "ref": (["REF #", "Receipt No"], digits(rng, 6)),
            "auth": (
                ["AUTH CODE", "APPROVAL #", "AUTH NO"],
                code(rng, 2, "0123456789") + code(rng, 4, UPPER + "0123456789"),
            ),
            "doc": (["TRAN #", "TRANS NO"], digits(rng, 4)),
        }[id_kind]
    if status == "failed" and id_kind == "auth":  # a declined sale has no approval code
        labels, value = (["Beleg-Nr."], digits(rng, 4)) if german else (["REF NO"], digits(rng, 12))
    txn = _id(rng, rows, labels, value, 0.15)
    dated = None
    if shown(rng, 0.1):
        time = f"{rng.randrange(8, 21):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        dtext = _dtext(when, pattern)
        if rng.random() < 0.5:
            rows.append(
                (
                    "left",
                    f"{'Datum' if german else 'DATE'}: {dtext}  {'Uhrzeit' if german else 'TIME'}: {time}",
                )
            )
        else:
            rows.append(("pair", "Datum" if german else "DATE", dtext))
            rows.append(("pair", "Uhrzeit" if german else "TIME", time))
        dated = when
    if words:
        rows.append(("center", words))
    if status == "failed":
        rows.append(
            ("small", "Bitte andere Karte verwenden" if german else "RESP CODE 51 - PLEASE USE ANOTHER CARD")
        )
    elif shown(rng, 0.5):
        rows.append(
            (
                "small",
                "PIN verifiziert" if german else rng.choice(["PIN VERIFIED OK", "NO SIGNATURE REQUIRED"]),
            )
        )
    rows.append(
        (
            "center",
            "KUNDENBELEG"
            if german
            else rng.choice(["*** CUSTOMER COPY ***", "CARDHOLDER COPY", "-- Customer Copy --"]),
        )
    )
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("small", "Goods once sold will not be taken back"))
    truth = truth_fields(shop, total, currency, txn, dated, "card", status)
    style = dict(PAPER, size=19, paper=(250, 250, 247))
    return rows, truth, _page(font, rows, style, shop, rng.choice([420, 460]))


# ---------------------------------------------------------------- 3 baby store's online order


BABY_STORES = {
    "INR": ["FirstCry", "Hopscotch"],
    "GBP": ["JoJo Maman Bébé"],
    "USD": ["Hanna Andersson"],
    "EUR": ["babymarkt.de"],
}
BABY_ITEMS = [
    ("Cotton Onesies (Pack of 3)", 599),
    ("Diaper Pants M (54)", 1249),
    ("Baby Lotion 400 ml", 325),
    ("Lightweight Stroller", 6499),
    ("Feeding Bottle 250 ml", 349),
    ("Baby Wipes (Pack of 4)", 420),
    ("Muslin Swaddles (Set of 2)", 899),
    ("Soft Sole Booties", 450),
    ("Sleep Sack 0-6 m", 1199),
]
BABY_ITEMS_DE = [
    ("Body Kurzarm 3er-Pack", 599),
    ("Windelhose Gr. 4 (54 St.)", 1249),
    ("Pflegelotion 400 ml", 325),
    ("Buggy leicht", 6499),
    ("Babyflasche 250 ml", 349),
    ("Feuchttücher 4x80", 420),
    ("Mullwindeln 2er-Set", 899),
    ("Schlafsack 0-6 Monate", 1199),
]
SHOP_RATE = {"INR": 1.0, "GBP": 0.012, "USD": 0.015, "EUR": 0.013}
SHIP_TO = {
    "INR": ["Flat 12B, Lodha Amara, Thane West 400607", "H.No 4-1-22, Banjara Hills, Hyderabad 500034"],
    "GBP": ["27 Moorland Rd, Bath BA2 3PN", "Flat 4, 9 Albion St, Glasgow G1 1LH"],
    "USD": ["4410 SE Belmont St, Portland, OR 97215", "82 Elm St, Montclair, NJ 07042"],
    "EUR": ["Goethestraße 14, 60313 Frankfurt am Main", "Lindenweg 3, 28195 Bremen"],
}
COURIERS = {
    "INR": ["Delhivery", "Ecom Express", "Blue Dart"],
    "GBP": ["Evri", "DPD"],
    "USD": ["UPS", "USPS"],
    "EUR": ["DHL", "Hermes"],
}


def baby_store_order(rng: random.Random, font: str):
    """A baby and children's store's online order e-mail or app screen (FirstCry and Hopscotch in rupees, JoJo Maman
    Bébé in pounds, Hanna Andersson in dollars, babymarkt.de in euros, a German page): a greeting to the parent (never
    the payee), Order No / Order ID / Order # / Bestellnummer in a share, Order date / Ordered on / Placed on /
    Bestelldatum in a share, items with quantities, a club discount or coupon, shipping, GST included / VAT included /
    sales tax added / MwSt. enthalten, Order Total / Grand Total / Total paid / Amount paid / Gesamtsumme, Payment method
    / Paid via / Payment mode / Zahlungsart in a share, Ship to (a name and an address), the courier and its tracking
    number (never the payee nor the id), Estimated delivery / Arriving by / Voraussichtliche Lieferung (never the day
    paid); an outcome (Payment received, Payment Failed, Awaiting payment confirmation, Zahlung eingegangen ...) in a
    share."""
    currency, store = _currency(rng, BABY_STORES)
    german = currency == "EUR"
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(rng, 0.5, german, p_success=0.5, p_failed=0.3)
    parent = _person(rng, currency, german)
    rows: list[tuple] = [("title", store)]
    rows.append(
        (
            "center",
            "Bestellübersicht"
            if german
            else rng.choice(["Order summary", "Your order details", "Order receipt"]),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(
        ("left", f"{'Hallo' if german else rng.choice(['Hi', 'Hello', 'Dear'])} {parent.split()[0]},")
    )
    rows.append(("rule",))
    if currency == "INR":
        ref = ("FC" + digits(rng, 9)) if store == "FirstCry" else ("HS" + digits(rng, 8))
    elif currency == "GBP":
        ref = "JJ" + digits(rng, 7)
    elif currency == "USD":
        ref = digits(rng, 9)
    else:
        ref = "BM-" + digits(rng, 8)
    labels = (
        ["Bestellnummer", "Bestell-Nr."] if german else ["Order No", "Order ID", "Order #", "Order number"]
    )
    txn = _id(rng, rows, labels, ref, 0.15)
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Bestelldatum", "Bestellt am"] if german else ["Order date", "Ordered on", "Placed on"],
        0.2,
    )
    rows.append(("rule",))
    items = _scale(BABY_ITEMS_DE if german else BABY_ITEMS, currency, SHOP_RATE)
    subtotal = _items(rng, rows, grouping, items, rng.choice([2, 3, 4]))
    rows.append(
        (
            "pair",
            "Zwischensumme" if german else rng.choice(["Subtotal", "Item total", "Bag total"]),
            money(subtotal, grouping),
        )
    )
    total = subtotal
    if shown(rng, 0.5):
        off = round(subtotal * rng.choice([0.1, 0.15, 0.2]), 2)
        label = (
            "Gutschein BABY10"
            if german
            else rng.choice(["Club discount", "Coupon FIRST15", "Promo WELCOME20", "Member savings"])
        )
        rows.append(("pair", label, "-" + money(off, grouping)))
        total = round(total - off, 2)
    ship = {"INR": 99.0, "GBP": 3.95, "USD": 6.95, "EUR": 4.95}[currency]
    if total > {"INR": 799, "GBP": 50, "USD": 75, "EUR": 39}[currency]:
        rows.append(
            (
                "pair",
                "Versand" if german else rng.choice(["Shipping", "Delivery"]),
                "kostenlos" if german else "FREE",
            )
        )
    else:
        rows.append(
            ("pair", "Versand" if german else rng.choice(["Shipping", "Delivery"]), money(ship, grouping))
        )
        total = round(total + ship, 2)
    if currency == "USD":
        tax = round(total * rng.choice([0.0, 0.06625, 0.0725]), 2)
        if tax:
            rows.append(("pair", "Estimated tax", money(tax, grouping)))
            total = round(total + tax, 2)
    elif currency == "GBP":
        rows.append(("pair", "VAT included", money(round(total / 6, 2), grouping)))
    elif german:
        rows.append(("pair", "enthaltene MwSt. 19%", money(round(total * 0.19 / 1.19, 2), grouping)))
    else:
        rows.append(("small", "Prices are inclusive of GST"))
    rows.append(("rule",))
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamtsumme", "Gesamtbetrag"] if german else ["Order Total", "Grand Total"],
        [] if german else ["Total paid", "Amount paid"],
    )
    kinds = ["card", "wallet"] + (["UPI", "UPI", "netbanking"] if currency == "INR" else [])
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsart"] if german else ["Payment method", "Paid via", "Payment mode"],
        kinds,
        0.25,
        online=True,
        status=status,
    )
    rows.append(("rule",))
    rows.append(
        ("left", "Lieferadresse" if german else rng.choice(["Ship to", "Delivering to", "Shipping address"]))
    )
    rows.append(("left", parent))
    rows.append(("left", rng.choice(SHIP_TO[currency])))
    if status != "failed":
        courier = rng.choice(COURIERS[currency])
        if shown(rng, 0.5):
            rows.append(("pair", "Versand mit" if german else rng.choice(["Courier", "Carrier"]), courier))
            rows.append(
                (
                    "pair",
                    "Sendungsnummer" if german else rng.choice(["Tracking no", "AWB"]),
                    digits(rng, rng.choice([11, 12, 14])),
                )
            )
        arrive = _later(when, rng, 2, 9)
        label = (
            "Voraussichtliche Lieferung"
            if german
            else rng.choice(["Estimated delivery", "Arriving by", "Expected by"])
        )
        rows.append(("pair", label, _dtext(arrive, pattern)))
    if status == "failed":
        rows.append(
            (
                "small",
                "Bitte versuche es erneut."
                if german
                else "Your items are saved in your bag. Please retry payment.",
            )
        )
    else:
        rows.append(
            (
                "small",
                "Rückgabe innerhalb von 30 Tagen." if german else "Easy returns within 15 days of delivery.",
            )
        )
    truth = truth_fields(store, total, currency, txn, dated, method, status)
    style = SCREEN if shown(rng, 0.4) else EMAIL
    return rows, truth, _page(font, rows, style, store)


# ---------------------------------------------------------------- 4 teen card / pocket-money app top-up


TOPUP_APPS = {"INR": ["FamPay", "Akudo"], "GBP": ["GoHenry"], "USD": ["Greenlight"], "EUR": ["Bling"]}
TOPUP_WORDS = {
    "success": ["Top-up successful", "Money added successfully", "Load successful"],
    "failed": ["Top-up failed", "Load failed", "Could not add money"],
    "pending": ["Top-up pending", "Processing your top-up"],
}
GERMAN_TOPUP_WORDS = {
    "success": ["Aufladung erfolgreich"],
    "failed": ["Aufladung fehlgeschlagen"],
    "pending": ["Aufladung wird bearbeitet"],
}


def teen_card_topup(rng: random.Random, font: str):
    """A pocket-money app's top-up screen or e-mail, a parent loading a child's card (FamPay and Akudo in rupees,
    GoHenry in pounds, Greenlight in dollars, Bling in euros, a German page): the app is paid; the child (Added to /
    For / Card holder / Kind) and the parent (Loaded by / Parent / Eltern) are never the payee; an outcome (Top-up
    successful / Money added successfully / Load successful, Top-up failed / Load failed / Could not add money,
    Top-up pending / Processing your top-up, Aufladung erfolgreich / fehlgeschlagen / wird bearbeitet) in a share,
    else a heading (Top-up receipt / Aufladebeleg); Amount added / Top-up amount / Load amount / Amount / Betrag;
    the balance before or after (never the amount); a weekly allowance and its next day (never the amount nor the
    day paid); Transaction ID / Top-up ID / Reference / Ref / Referenz in a share; Paid using / Source / Funded from /
    Zahlungsquelle in a share; Date / Added on / Time / Datum in a share."""
    currency, app = _currency(rng, TOPUP_APPS)
    german = currency == "EUR"
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng, 0.75, german, words=GERMAN_TOPUP_WORDS if german else TOPUP_WORDS, p_success=0.6, p_failed=0.25
    )
    child = rng.choice(
        CHILDREN_GERMAN if german else (CHILDREN_INDIA if currency == "INR" else CHILDREN_WEST)
    )
    parent = _person(rng, currency, german)
    total = float(
        rng.choice(
            {
                "INR": [200, 500, 750, 1000, 1500, 2000],
                "GBP": [10, 15, 20, 25, 40],
                "USD": [10, 20, 25, 50, 75],
                "EUR": [10, 15, 20, 30],
            }[currency]
        )
    )
    if not shown(rng, 0.2):  # round sums are what parents load, odd ones in a share
        total = round(total + rng.choice([0.5, 2.5, 7.25]), 2)
    rows: list[tuple] = [("title", app)]
    if words:
        rows.append(("center", words))
    else:
        rows.append(("center", "Aufladebeleg" if german else rng.choice(["Top-up receipt", "Load receipt"])))
    rows.append(("big", fmt(total)))
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            "Kind" if german else rng.choice(["Added to", "For", "Card holder", "Teen"]),
            f"{child} {parent.split()[-1]}",
        )
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Eltern" if german else rng.choice(["Loaded by", "Parent"]), parent))
    amount_labels = ["Betrag"] if german else ["Top-up amount", "Load amount", "Amount"]
    if status in (None, "success"):
        amount_labels = amount_labels + ([] if german else ["Amount added"])
    rows.append(("pair", rng.choice(amount_labels), money(total, grouping)))
    before = round(price(rng, 0, {"INR": 900, "GBP": 30, "USD": 40, "EUR": 30}[currency], 0.01), 2)
    if status == "success" and shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Neuer Kontostand" if german else rng.choice(["New balance", "Balance after top-up"]),
                money(round(before + total, 2), grouping),
            )
        )
    elif shown(rng, 0.5):
        rows.append(("pair", "Kontostand vorher" if german else "Previous balance", money(before, grouping)))
    kinds = (
        ["UPI", "UPI", "card", "netbanking"]
        if currency == "INR"
        else ["card", "card", "wallet", "netbanking"]
    )
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsquelle"] if german else ["Paid using", "Source", "Funded from"],
        kinds,
        0.2,
        online=True,
        status=status,
    )
    ref = {
        "INR": "FAM" + digits(rng, 10) if app == "FamPay" else "AKD" + code(rng, 8, UPPER + "23456789"),
        "GBP": "GH" + code(rng, 9, UPPER + "23456789"),
        "USD": "TXN-" + digits(rng, 9),
        "EUR": "BL" + digits(rng, 8),
    }[currency]
    txn = _id(
        rng, rows, ["Referenz"] if german else ["Transaction ID", "Top-up ID", "Reference", "Ref"], ref, 0.2
    )
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Datum"] if german else ["Date", "Added on", "Date & time"],
        0.2,
        0.6,
    )
    if shown(rng, 0.5):
        allowance = {"INR": 300.0, "GBP": 5.0, "USD": 10.0, "EUR": 5.0}[currency]
        rows.append(
            ("pair", "Taschengeld wöchentlich" if german else "Weekly allowance", money(allowance, grouping))
        )
        rows.append(
            (
                "pair",
                "Nächstes Taschengeld" if german else "Next allowance",
                _dtext(_later(when, rng, 1, 7), pattern),
            )
        )
    if status == "failed":
        rows.append(
            ("small", "Kein Geld wurde abgebucht." if german else "No money was taken. Please try again.")
        )
    rows.append(
        (
            "small",
            {
                "INR": "Card issued in partnership with IDFC FIRST Bank",
                "GBP": "Card issued by IDT Financial Services",
                "USD": "Banking services provided by Community Federal Savings Bank",
                "EUR": "Karte herausgegeben von Solaris SE",
            }[currency],
        )
    )
    truth = truth_fields(app, total, currency, txn, dated, method, status)
    style = SCREEN if shown(rng, 0.6) else EMAIL
    return rows, truth, _page(font, rows, style, app)


# ---------------------------------------------------------------- 5 bank transfer confirmation


TRANSFER_BANKS = {
    "INR": ["AU Small Finance Bank", "Equitas Small Finance Bank", "Bandhan Bank", "RBL Bank"],
    "GBP": ["Metro Bank"],
    "USD": ["Citizens Bank"],
    "EUR": ["PTSB", "Postbank"],
}
# who is paid, and what the sender may type for them (never the id)
BENEFICIARIES = {
    "INR": [
        ("Sunrise Properties & Estates", "Rent April"),
        ("Kamal Builders and Developers", "Flat booking instalment"),
        ("Dr. Mehta's Dental Care", "Root canal treatment"),
        ("Suresh Patil", "Advance for tiles"),
        ("Vidya Niketan Coaching Classes", "Tuition fee"),
        ("Balaji Tours & Travels", "Goa trip"),
    ],
    "GBP": [
        ("Harrow Lettings Ltd", "FLAT 2 RENT"),
        ("J. Okafor Plumbing & Heating", "Boiler service"),
        ("Mrs Ann Whitely", "Piano lessons"),
        ("Greenfield Nursery Ltd", "Nursery fees"),
    ],
    "USD": [
        ("Hudson Valley Roofing LLC", "Roof repair deposit"),
        ("Maria Delgado", "Babysitting"),
        ("Riverside Montessori School", "Tuition"),
        ("Brightline Auto Body", "Bumper repair"),
    ],
    "IE": [
        ("O'Donnell Property Management", "Rent"),
        ("Ciara Flynn", "Deposit"),
        ("Dunne Electrical Ltd", "Rewiring"),
        ("Little Acorns Creche", "Creche fees"),
    ],
    "DE": [
        ("Hausverwaltung Krämer GmbH", "Miete Mai"),
        ("Tobias Neumann", "Danke"),
        ("Malerbetrieb Yilmaz", "Malerarbeiten Flur"),
        ("Kita Sonnenschein e.V.", "Kita-Beitrag"),
    ],
}
TRANSFER_MODES = {
    "INR": ["IMPS", "NEFT", "RTGS"],
    "GBP": ["Faster Payment", "Faster Payments", "Bank transfer"],
    "USD": ["ACH transfer", "Wire transfer", "Online bank transfer"],
    "IE": ["SEPA Credit Transfer", "SEPA Instant", "Bank transfer"],
    "DE": ["SEPA-Überweisung", "Echtzeitüberweisung", "Überweisung"],
}
TRANSFER_WORDS = {
    "success": [
        "Transfer successful",
        "Transaction Successful",
        "Funds transferred successfully",
        "Payment completed",
    ],
    "failed": ["Transfer failed", "Transaction unsuccessful", "Payment rejected by beneficiary bank"],
    "pending": ["Transfer under process", "Pending with beneficiary bank", "Payment in progress"],
}
GERMAN_TRANSFER_WORDS = {
    "success": ["Überweisung ausgeführt", "Auftrag erfolgreich ausgeführt"],
    "failed": ["Überweisung abgelehnt", "Auftrag fehlgeschlagen"],
    "pending": ["Überweisung in Bearbeitung"],
}


def bank_transfer(rng: random.Random, font: str):
    """A bank's transfer confirmation screen or advice (AU Small Finance Bank, Equitas Small Finance Bank, Bandhan Bank
    and RBL Bank in rupees, Metro Bank in pounds, Citizens Bank in dollars, PTSB in euros and Postbank in euros, a
    German page): the bank on top (never the payee), the beneficiary under Beneficiary / Beneficiary name / To /
    Payee name / Credited to / Empfänger (a business or a person, in capitals in a share), its account number and
    IFSC / sort code / routing number / IBAN / BIC (never the id), the sender under From / Remitter / Debit account /
    Auftraggeber (never the payee), the mode (IMPS / NEFT / RTGS, Faster Payment, ACH or wire transfer, SEPA Credit
    Transfer / Instant, SEPA-Überweisung / Echtzeitüberweisung) under Transfer mode / Mode / Payment type / Via /
    Zahlungsart (always), Amount / Transfer amount / Amount transferred / Betrag or a headline sum, charges Nil in a
    share, a remark the sender typed (Remarks / Reference / Narration / Memo / Verwendungszweck; never the id), UTR /
    UTR No. / IMPS Ref No. / Transaction Ref. No. / Confirmation number / Confirmation # / Transaction reference /
    Transaktions-ID / End-to-End-Referenz in a share, Date / Transaction date / Date & time / Initiated on /
    Ausgeführt am in a share, an expected credit day for a pending NEFT (never the day paid), an outcome in many
    wordings in three pages of four."""
    currency, bank = _currency(rng, TRANSFER_BANKS)
    german = bank == "Postbank"
    region = "DE" if german else ("IE" if currency == "EUR" else currency)
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.75,
        german,
        words=GERMAN_TRANSFER_WORDS if german else TRANSFER_WORDS,
        p_success=0.65,
        p_failed=0.15,
    )
    payee, remark = rng.choice(BENEFICIARIES[region])
    if shown(rng, 0.7):
        payee = payee.upper()
    sender = _person(rng, currency, german)
    mode = rng.choice(TRANSFER_MODES[region])
    big_sum = currency == "INR" and shown(rng, 0.5)
    total = {
        "INR": price(rng, 100000, 480000, 1) if big_sum else price(rng, 500, 60000, rng.choice([1, 0.01])),
        "GBP": price(rng, 25, 2400, rng.choice([1, 0.01])),
        "USD": price(rng, 40, 3800, rng.choice([1, 0.01])),
        "EUR": price(rng, 30, 2200, rng.choice([1, 0.01])),
    }[currency]
    if mode == "RTGS":
        total = max(total, 200000.0)
    rows: list[tuple] = [("title", bank)]
    rows.append(
        (
            "center",
            "Überweisung"
            if german
            else rng.choice(["Fund transfer", "Transfer confirmation", "Transaction details"]),
        )
    )
    _status_row(rng, rows, words, german)
    headline = shown(rng, 0.5)
    if headline:
        rows.append(("big", fmt(total)))
    rows.append(("rule",))
    payee_labels = (
        ["Empfänger"]
        if german
        else ["Beneficiary", "Beneficiary name", "To", "Payee name"]
        + (["Credited to"] if status == "success" else [])
    )
    rows.append(("pair", rng.choice(payee_labels), payee))
    if region == "INR":
        rows.append(("pair", rng.choice(["A/c No.", "Account"]), "XXXXXX" + digits(rng, 4)))
        rows.append(("pair", "IFSC", rng.choice(["SBIN", "HDFC", "UTIB", "KKBK"]) + "0" + digits(rng, 6)))
    elif region == "GBP":
        rows.append(("pair", "Sort code", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"))
        rows.append(("pair", "Account number", "****" + digits(rng, 4)))
    elif region == "USD":
        rows.append(("pair", "Routing number", digits(rng, 9)))
        rows.append(("pair", "Account", "••••" + digits(rng, 4)))
    else:
        iban = (
            ("DE" if german else "IE")
            + digits(rng, 2)
            + "".join(" " + digits(rng, 4) for _ in range(4))
            + " "
            + digits(rng, 2)
        )
        rows.append(("pair", "IBAN", iban))
        if shown(rng, 0.5):
            rows.append(("pair", "BIC", "PBNKDEFFXXX" if german else rng.choice(["AIBKIE2D", "BOFIIE2D"])))
    rows.append(
        (
            "pair",
            "Auftraggeber" if german else rng.choice(["From", "Remitter", "Debit account"]),
            f"{sender} ••{digits(rng, 4)}",
        )
    )
    rows.append(
        (
            "pair",
            "Zahlungsart" if german else rng.choice(["Transfer mode", "Mode", "Payment type", "Via"]),
            mode,
        )
    )
    amount_labels = ["Betrag"] if german else ["Amount", "Transfer amount"]
    if status == "success":
        amount_labels += [] if german else ["Amount transferred"]
    if not headline or shown(rng, 0.5):
        rows.append(
            ("pair", rng.choice(amount_labels), fmt(total) if not headline else money(total, grouping))
        )
    if region == "INR" and shown(rng, 0.4):
        rows.append(("pair", "Charges", rng.choice(["Nil", "NIL", money(0.0, grouping)])))
    if shown(rng, 0.7):
        label = (
            "Verwendungszweck"
            if german
            else rng.choice(
                {
                    "INR": ["Remarks", "Narration"],
                    "GBP": ["Reference"],
                    "USD": ["Memo"],
                    "IE": ["Reference", "Message"],
                }[region]
            )
        )
        rows.append(("pair", label, remark))
    ref = {
        "INR": digits(rng, 12)
        if mode == "IMPS"
        else {
            "AU Small Finance Bank": "AUBL",
            "Equitas Small Finance Bank": "ESFB",
            "Bandhan Bank": "BDBL",
        }.get(bank, "RATN")
        + mode[0]
        + digits(rng, 12),
        "GBP": code(rng, 4, UPPER) + digits(rng, 8),
        "USD": digits(rng, rng.choice([10, 11])),
        "IE": "PTSB" + digits(rng, 10),
        "DE": digits(rng, 16),
    }[region]
    id_labels = {
        "INR": ["UTR", "UTR No.", "IMPS Ref No.", "Transaction Ref. No."]
        if mode == "IMPS"
        else ["UTR", "UTR No.", "Transaction Ref. No."],
        "GBP": ["Transaction ID", "Confirmation number"],
        "USD": ["Confirmation #", "Confirmation number"],
        "IE": ["Transaction reference", "Confirmation number"],
        "DE": ["Transaktions-ID", "End-to-End-Referenz"],
    }[region]
    txn = _id(rng, rows, id_labels, ref, 0.15)
    labels = (
        ["Ausgeführt am", "Datum"] if german else ["Date", "Transaction date", "Date & time", "Initiated on"]
    )
    dated = _paid_on(rng, rows, when, pattern, currency, german, labels, 0.2, 0.6)
    if status == "pending" and region == "INR" and mode == "NEFT":
        rows.append(("pair", "Expected credit by", _dtext(_later(when, rng, 1, 3), pattern)))
    if status == "failed":
        rows.append(
            (
                "small",
                "Der Betrag wird Ihrem Konto wieder gutgeschrieben."
                if german
                else "Any amount debited will be credited back to your account.",
            )
        )
    rows.append(
        (
            "small",
            {
                "INR": "This is a system generated advice.",
                "GBP": "Metro Bank PLC. Registered in England.",
                "USD": "Member FDIC",
                "IE": "Permanent TSB p.l.c. is regulated by the Central Bank of Ireland.",
                "DE": "Postbank - eine Niederlassung der Deutsche Bank AG",
            }[region],
        )
    )
    truth = truth_fields(payee, total, currency, txn, dated, "netbanking", status)
    style = SCREEN if shown(rng, 0.5) else EMAIL
    return rows, truth, _page(font, rows, style, bank)


# ---------------------------------------------------------------- 6 birth, death or marriage certificate fee


REGISTRARS = {
    "INR": ["Bruhat Bengaluru Mahanagara Palike", "Greater Chennai Corporation"],
    "GBP": ["General Register Office"],
    "USD": ["Cook County Clerk's Office"],
    "EUR": ["Standesamt Köln", "General Register Office Ireland"],
}
REGISTRAR_LINES = {
    "Bruhat Bengaluru Mahanagara Palike": "Births & Deaths Registration, N.R. Square, Bengaluru 560002",
    "Greater Chennai Corporation": "Ripon Buildings, Chennai 600003 - Birth & Death Certificates",
    "General Register Office": "Certificate Services, PO Box 2, Southport PR8 2JD",
    "Cook County Clerk's Office": "Vital Records, 118 N Clark St, Chicago, IL 60602",
    "Standesamt Köln": "Urkundenstelle, Kalk-Karree, 51103 Köln",
    "General Register Office Ireland": "Government Offices, Convent Road, Roscommon F42 VX53",
}
HOSPITALS = {
    "Bruhat Bengaluru Mahanagara Palike": [
        "Manipal Hospital Old Airport Road",
        "St. John's Medical College Hospital",
    ],
    "Greater Chennai Corporation": ["Kauvery Hospital Alwarpet", "Apollo Hospitals Greams Road"],
    "GBP": ["Leeds General Infirmary", "St Mary's Hospital, Manchester"],
    "USD": ["Northwestern Memorial Hospital", "Rush University Medical Center"],
    "IE": ["Rotunda Hospital, Dublin", "Cork University Maternity Hospital"],
    "DE": ["St. Elisabeth-Krankenhaus Köln", "Uniklinik Köln"],
}


def civil_certificate(rng: random.Random, font: str):
    """A civil registration office's receipt for copies of a birth, death or marriage certificate (Bruhat Bengaluru
    Mahanagara Palike and Greater Chennai Corporation in rupees, the General Register Office in pounds, Cook County
    Clerk's Office in dollars, Standesamt Köln (a German page) and General Register Office Ireland in euros): the
    applicant and the person on the certificate (never the payee), the event's day (Date of birth / Date of death /
    Date of marriage / Geburtsdatum; never the day paid), a hospital or a church as the place of the event (never the
    payee), a registration number (never the id), copies at a fee, a search or priority fee, postage, Total fee /
    Amount paid / Total / Gesamtgebühr / Gebühr, Receipt No / Application Ref / Order reference / Transaction No /
    Kassenzeichen in a share, Payment mode / Paid by / Zahlungsart in a share, Payment date / Date of payment / Date /
    Datum in a share, a dispatch or collection day (never the day paid), an outcome (Payment Successful / Payment
    Failed / Gebühr bezahlt / ...) in a share."""
    office = rng.choice(
        [name for names in REGISTRARS.values() for name in names]
    )  # one issuer in six is Indian
    currency = next(c for c, names in REGISTRARS.items() if office in names)
    german = office == "Standesamt Köln"
    region = "DE" if german else ("IE" if currency == "EUR" else currency)
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(rng, 0.5, german, p_success=0.6, p_failed=0.3)
    if german and status == "success" and shown(rng, 0.5):
        words = "Gebühr bezahlt"
    # an Indian city corporation registers births and deaths; marriages are registered elsewhere
    kind = rng.choice(["birth", "birth", "death"] + (["marriage"] if currency != "INR" else []))
    rows: list[tuple] = [("title", office), ("center", REGISTRAR_LINES[office])]
    heading = (
        "Gebührenquittung"
        if german
        else rng.choice(
            ["e-Receipt", "Payment Receipt", "Certificate order receipt"]
            if region == "INR"
            else ["Order confirmation", "Receipt", "Certificate order"]
        )
    )
    rows.append(("center", heading))
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    applicant = _person(rng, currency, german)
    rows.append(
        (
            "pair",
            "Antragsteller/in" if german else rng.choice(["Applicant", "Applicant name", "Ordered by"]),
            applicant,
        )
    )
    subject = _person(rng, currency, german)
    event_day = when - dt.timedelta(days=rng.randrange(30, 40 * 365))
    if kind == "birth":
        child = rng.choice(
            CHILDREN_GERMAN if german else (CHILDREN_INDIA if currency == "INR" else CHILDREN_WEST)
        )
        name = f"{child} {applicant.split()[-1]}"
        labels = (
            ("Name des Kindes", "Geburtsdatum", "Geburtsort")
            if german
            else (
                rng.choice(["Child's name", "Name on certificate"]),
                rng.choice(["Date of birth", "DOB"]),
                "Place of birth",
            )
        )
        place = rng.choice(HOSPITALS[office if region == "INR" else region])
    elif kind == "death":
        name = subject
        labels = (
            ("Name der/des Verstorbenen", "Sterbedatum", "Sterbeort")
            if german
            else ("Name of deceased", "Date of death", "Place of death")
        )
        place = rng.choice(HOSPITALS[office if region == "INR" else region])
    else:
        name = f"{subject} & {_person(rng, currency, german)}"
        labels = (
            ("Eheleute", "Datum der Eheschließung", "Ort")
            if german
            else ("Parties", "Date of marriage", "Place of marriage")
        )
        place = {
            "INR": "Sub-Registrar Office, Shivajinagar",
            "GBP": "Leeds Register Office",
            "USD": "Chicago City Hall",
            "IE": "St. Fin Barre's Cathedral, Cork",
            "DE": "Historisches Rathaus Köln",
        }[region]
    rows.append(("pair", labels[0], name))
    rows.append(("pair", labels[1], _dtext(event_day, pattern)))
    rows.append(("pair", labels[2], place))
    reg = {
        "INR": f"{event_day.year}/{'BBMP' if 'Bengaluru' in office else 'GCC'}/W-{rng.randint(10, 198)}/{digits(rng, 6)}",
        "GBP": f"{rng.choice(['Leeds', 'Manchester'])} {rng.randint(1, 9)}/{digits(rng, 3)}",
        "USD": f"{event_day.year}-{digits(rng, 6)}",
        "IE": f"{event_day.year} {digits(rng, 7)}",
        "DE": f"G {digits(rng, 4)}/{event_day.year}",
    }[region]
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Registernummer" if german else rng.choice(["Registration No", "Reg. No.", "Entry number"]),
                reg,
            )
        )
    rows.append(("rule",))
    copies = rng.choice([1, 2, 3])
    each, extra, extra_label = {
        "INR": (50.0, 20.0, "Search fee"),
        "GBP": (12.50, 24.50, "Priority service"),
        "USD": (15.0, 4.0, "Each additional copy"),
        "IE": (20.0, 0.0, ""),
        "DE": (12.0, 0.0, ""),
    }[region]
    if region == "USD":
        subtotal = each + extra * (copies - 1)
        rows.append(("pair", "Certified copy (first)", money(each, grouping)))
        if copies > 1:
            rows.append(
                (
                    "pair",
                    f"{copies - 1} x additional @ {money(extra, grouping)}",
                    money(extra * (copies - 1), grouping),
                )
            )
        if shown(rng, 0.5):
            rows.append(("pair", "Processing fee", money(2.0, grouping)))
            subtotal += 2.0
    else:
        word = "Urkunde" if german else "Certificate copy"
        rows.append(("pair", f"{copies} x {word} @ {money(each, grouping)}", money(each * copies, grouping)))
        subtotal = each * copies
        if extra and shown(rng, 0.5):
            rows.append(("pair", extra_label, money(extra, grouping)))
            subtotal += extra
        if region in ("GBP", "IE") and shown(rng, 0.4):
            post = 3.0 if region == "GBP" else 4.5
            rows.append(
                (
                    "pair",
                    rng.choice(["Postage", "Overseas postage" if region == "IE" else "Postage (1st class)"]),
                    money(post, grouping),
                )
            )
            subtotal += post
        if region == "INR" and shown(rng, 0.5):
            rows.append(("pair", "Convenience fee", money(10.0, grouping)))
            subtotal += 10.0
    total = round(subtotal, 2)
    rows.append(("rule",))
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamtgebühr", "Gebühr"] if german else ["Total fee", "Total", "Total amount"],
        [] if german else ["Amount paid"],
    )
    ref = {
        "INR": ("BBMP" if "Bengaluru" in office else "GCC") + digits(rng, 10),
        "GBP": "GRO" + digits(rng, 9),
        "USD": "VR-" + digits(rng, 7),
        "IE": digits(rng, 8),
        "DE": "5." + digits(rng, 4) + "." + digits(rng, 6) + "." + digits(rng, 1),
    }[region]
    id_labels = {
        "INR": ["Receipt No", "Transaction No", "Application Ref"],
        "GBP": ["Order reference", "Application Ref"],
        "USD": ["Receipt No", "Order reference"],
        "IE": ["Receipt No", "Transaction No"],
        "DE": ["Kassenzeichen", "Quittungsnummer"],
    }[region]
    txn = _id(rng, rows, id_labels, ref, 0.2)
    kinds = {
        "INR": ["UPI", "netbanking", "card"],
        "GBP": ["card", "wallet"],
        "USD": ["card"],
        "IE": ["card"],
        "DE": ["card", "cash"],
    }[region]
    if status in ("failed", "pending"):
        kinds = [k for k in kinds if k != "cash"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsart"] if german else ["Payment mode", "Paid by", "Payment method"],
        kinds,
        0.25,
        online=not german,
        status=status,
    )
    labels = ["Datum"] if german else ["Payment date", "Date of payment", "Date"]
    dated = _paid_on(rng, rows, when, pattern, currency, german, labels, 0.2)
    if status != "failed" and shown(rng, 0.6):
        label = (
            "Abholbereit ab"
            if german
            else rng.choice(["Dispatch by", "Ready for collection from", "Expected dispatch"])
        )
        rows.append(("pair", label, _dtext(_later(when, rng, 3, 20), pattern)))
    rows.append(("small", "Bitte Quittung aufbewahren." if german else "Keep this receipt for your records."))
    truth = truth_fields(office, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.5) else PAPER
    return rows, truth, _page(font, rows, _sized(style, 19), office)


# ---------------------------------------------------------------- 7 paintball arena booking


PAINTBALL = {
    "INR": ["Red Zone Paintball Arena Gurugram", "Camp Splatter Paintball Lonavala"],
    "GBP": ["Ambush Woods Paintball Surrey"],
    "USD": ["Canyon Ridge Paintball Park"],
    "EUR": ["Paintball Arena Lüneburg", "Leitrim Woodland Paintball"],
}
PAINTBALL_PLACES = {
    "Red Zone Paintball Arena Gurugram": "Gwal Pahari, Gurugram-Faridabad Rd, Haryana 122003",
    "Camp Splatter Paintball Lonavala": "Old Mumbai-Pune Hwy, Lonavala 410401",
    "Ambush Woods Paintball Surrey": "Pitch Hill Lane, Ewhurst, Surrey GU6 7NN",
    "Canyon Ridge Paintball Park": "39800 Pauba Rd, Temecula, CA 92592",
    "Paintball Arena Lüneburg": "Bockelsberg 12, 21335 Lüneburg",
    "Leitrim Woodland Paintball": "Drumshanbo Rd, Carrick-on-Shannon, Co. Leitrim",
}
PAINTBALL_GROUPS = {
    "INR": ["Rahul's bachelor party", "Zensar Technologies - team outing", "IIT Delhi Hostel 7"],
    "GBP": ["Stag do - Tom Price", "Guildford Rugby Club U18s"],
    "USD": ["Temecula Valley High - senior trip", "Jason's 30th"],
    "EUR": ["Junggesellenabschied Jonas", "Firma Nordlicht Logistik GmbH"],
    "IE": ["Sligo IT Society", "Hen party - Aoife"],
}


def paintball_booking(rng: random.Random, font: str):
    """A paintball site's booking invoice or confirmation (Red Zone Paintball Arena Gurugram and Camp Splatter
    Paintball Lonavala in rupees, Ambush Woods Paintball Surrey in pounds, Canyon Ridge Paintball Park in dollars,
    Paintball Arena Lüneburg in euros (a German page) and Leitrim Woodland Paintball in euros): the group or company
    that booked (never the payee), the lead booker (Lead booker / Organiser / Contact / Ansprechpartner), the game's day
    and time (Game date / Play date / Spieltag; never the day paid), the field, the marshal (never the payee), waivers
    signed, players at a rate, extra paintballs, smoke grenades, GST added or VAT / MwSt. included, Total / Total
    paid / Amount received / Gesamt, Booking ref / Game ID / Confirmation # / Buchungs-Nr. in a share, Paid via /
    Payment / Zahlart in a share, Booked on / Booking date / Payment received on / Gebucht am in a share; Payment
    received / Fully paid / Bezahlt in a share."""
    currency, site = _currency(rng, PAINTBALL)
    german = site == "Paintball Arena Lüneburg"
    region = "IE" if currency == "EUR" and not german else currency
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    rows: list[tuple] = [("title", site), ("center", PAINTBALL_PLACES[site])]
    rows.append(
        (
            "center",
            "Buchungsbestätigung & Rechnung"
            if german
            else rng.choice(["BOOKING INVOICE", "Booking details", "Game day booking"]),
        )
    )
    status = None
    if shown(rng, 0.6):
        status = "success"
        rows.append(
            ("center", "Bezahlt" if german else rng.choice(["Payment received", "Fully paid", "PAID"]))
        )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            "Gruppe" if german else rng.choice(["Group", "Event", "Party"]),
            rng.choice(PAINTBALL_GROUPS[region]),
        )
    )
    rows.append(
        (
            "pair",
            "Ansprechpartner" if german else rng.choice(["Lead booker", "Organiser", "Contact"]),
            _person(rng, currency, german),
        )
    )
    game = _later(when, rng, 3, 45)
    time = rng.choice(["09:30", "10:00", "13:30", "14:00"])
    rows.append(
        (
            "pair",
            "Spieltag" if german else rng.choice(["Game date", "Play date"]),
            _dtext(game, pattern) + ", " + time,
        )
    )
    rows.append(
        (
            "pair",
            "Spielfeld" if german else "Field",
            rng.choice(["Urban Zone", "Jungle Field", "Castle", "Speedball Arena"]),
        )
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Marshal" if not german else "Schiedsrichter", _staff(rng, currency, german)))
    players = rng.randint(6, 24)
    if shown(rng, 0.5):
        rows.append(("pair", "Waivers signed" if not german else "Haftungsverzicht", f"{players}/{players}"))
    rows.append(("rule",))
    rate = {"INR": 1200.0, "GBP": 29.0, "USD": 45.0, "EUR": 35.0}[currency]
    word = "Spieler" if german else "players"
    rows.append(("pair", f"{players} {word} @ {money(rate, grouping)}", money(rate * players, grouping)))
    subtotal = rate * players
    extras = _scale(
        [
            ("Extra paintballs (box of 500)" if not german else "Farbkugeln (500 St.)", 1500),
            ("Smoke grenades (pack of 4)" if not german else "Rauchgranaten (4er-Pack)", 1200),
            ("Full-face mask upgrade" if not german else "Maske Premium", 800),
            ("Lunch BBQ" if not german else "Grillbuffet", 2500),
        ],
        currency,
        {"INR": 1.0, "GBP": 0.012, "USD": 0.015, "EUR": 0.013},
    )
    subtotal = round(subtotal + _items(rng, rows, grouping, extras, rng.choice([1, 2])), 2)
    if currency == "INR":
        tax = round(subtotal * 0.18, 2)
        rows.append(("pair", "GST 18%", money(tax, grouping)))
    elif currency == "USD":
        tax = 0.0
    elif german:
        tax = 0.0
        rows.append(("pair", "inkl. 19% MwSt.", money(round(subtotal * 0.19 / 1.19, 2), grouping)))
    else:
        tax = 0.0
        rate_vat = 0.2 if currency == "GBP" else 0.23
        rows.append(
            (
                "pair",
                f"VAT {rate_vat * 100:g}% included",
                money(round(subtotal * rate_vat / (1 + rate_vat), 2), grouping),
            )
        )
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamt", "Rechnungsbetrag"] if german else ["Total", "Total amount"],
        [] if german else ["Total paid", "Amount received"],
    )
    ref = {
        "INR": "RZ" + digits(rng, 5) if "Red Zone" in site else "CS-" + digits(rng, 5),
        "GBP": "AMB" + digits(rng, 6),
        "USD": digits(rng, 7),
        "EUR": "PB-" + digits(rng, 5),
    }[currency]
    txn = _id(
        rng, rows, ["Buchungs-Nr."] if german else ["Booking ref", "Game ID", "Confirmation #"], ref, 0.2
    )
    kinds = (
        ["UPI", "card", "netbanking", "cash"]
        if currency == "INR"
        else ["card", "wallet", "netbanking", "cash"]
    )
    method = _method(
        rng, rows, currency, german, ["Zahlart"] if german else ["Paid via", "Payment"], kinds, 0.25
    )
    labels = (
        ["Gebucht am"]
        if german
        else ["Booked on", "Booking date"] + (["Payment received on"] if status else [])
    )
    dated = _paid_on(rng, rows, when, pattern, currency, german, labels, 0.25)
    rows.append(
        (
            "small",
            "Mindestalter 14 Jahre." if german else "Minimum age 12. Arrive 30 minutes before your game.",
        )
    )
    truth = truth_fields(site, total, currency, txn, dated, method, status)
    style = PAPER if shown(rng, 0.5) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), site)


# ---------------------------------------------------------------- 8 tandem paragliding flight


PARAGLIDING = {
    "INR": ["Bir Billing Paragliding Co.", "Kamshet Sky Riders"],
    "GBP": ["Peak Tandem Paragliding"],
    "USD": ["Torrey Pines Gliderport"],
    "EUR": ["Flugschule Tegelberg", "Achill Tandem Paragliding"],
}
TAKEOFFS = {
    "Bir Billing Paragliding Co.": ("Billing take-off, 2,400 m", "Bir landing site"),
    "Kamshet Sky Riders": ("Tower Hill, Kamshet", "Shelar village LZ"),
    "Peak Tandem Paragliding": ("Mam Tor, Castleton", "Edale valley"),
    "Torrey Pines Gliderport": ("Torrey Pines cliffs", "Gliderport field"),
    "Flugschule Tegelberg": ("Tegelberg Gipfel, 1.720 m", "Landeplatz Schwangau"),
    "Achill Tandem Paragliding": ("Minaun Heights", "Keel strand"),
}
PARA_WORDS = {
    "success": ["Payment successful", "Payment confirmed", "Paid in full"],
    "failed": ["Payment failed", "Card payment declined"],
    "pending": ["Payment pending", "Awaiting payment"],
}


def paragliding_flight(rng: random.Random, font: str):
    """A tandem paragliding flight's booking (Bir Billing Paragliding Co. and Kamshet Sky Riders in rupees, Peak Tandem
    Paragliding in pounds, Torrey Pines Gliderport in dollars, Flugschule Tegelberg (a German page) and Achill Tandem
    Paragliding in euros); in half Headout's name on top and the operator under Operator / Experience by / Activity
    partner: the flyer (Flyer / Passenger / Guest / Fluggast) and their weight (never an amount), the pilot (never the
    payee), take-off and landing sites, the flight's slot and a weather backup day (never the day paid), the flight,
    a video package, transport to take-off, a booking fee on the app, GST, Total / Total paid / Amount charged /
    Gesamtpreis, Booking ID / Voucher No / Ticket ID / Gutschein-Nr. in a share, Payment method / Paid with /
    Zahlungsart in a share, Booked on / Purchased / Order date / Buchungsdatum in a share, an outcome in a share."""
    currency, operator = _currency(rng, PARAGLIDING)
    german = operator == "Flugschule Tegelberg"
    app = "Headout" if shown(rng, 0.5) else None
    g = german and not app
    fmt, grouping = _fmt(rng, font, currency, g)
    pattern = _pattern(rng, currency, g)
    when = day(rng)
    status, words = _outcome(rng, 0.5, g, words=None if g else PARA_WORDS, p_success=0.6, p_failed=0.25)
    rows: list[tuple] = [("title", app or operator)]
    rows.append(
        (
            "center",
            "Buchungsbestätigung"
            if g
            else rng.choice(["Tandem flight booking", "Your booking", "Flight voucher"]),
        )
    )
    _status_row(rng, rows, words, g)
    rows.append(("rule",))
    if app:
        rows.append(("pair", rng.choice(["Operator", "Experience by", "Activity partner"]), operator))
    takeoff, landing = TAKEOFFS[operator]
    rows.append(
        (
            "pair",
            "Fluggast" if g else rng.choice(["Flyer", "Passenger", "Guest"]),
            _person(rng, currency, german),
        )
    )
    weight = rng.randint(45, 98)
    rows.append(
        (
            "pair",
            "Gewicht" if g else "Weight",
            f"{weight} kg" if currency != "USD" else f"{round(weight * 2.2)} lbs",
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Tandempilot" if g else rng.choice(["Pilot", "Tandem pilot"]),
                _staff(rng, currency, german),
            )
        )
    rows.append(("pair", "Startplatz" if g else "Take-off", takeoff))
    if shown(rng, 0.5):
        rows.append(("pair", "Landeplatz" if g else "Landing", landing))
    flight = _later(when, rng, 2, 50)
    rows.append(
        (
            "pair",
            "Flugtermin" if g else rng.choice(["Flight slot", "Flight date", "Slot"]),
            _dtext(flight, pattern) + " " + rng.choice(["09:00", "10:30", "15:00"]),
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Ersatztermin" if g else rng.choice(["Weather backup day", "Backup date"]),
                _dtext(flight + dt.timedelta(days=1), pattern),
            )
        )
    rows.append(("rule",))
    items = _scale(
        [
            ("Tandemflug 15-20 Min." if g else "Tandem flight 15-20 min", 3000),
            ("GoPro-Video & Fotos" if g else "GoPro video & photos", 700),
            ("Shuttle zum Startplatz" if g else "Transport to take-off", 400),
        ],
        currency,
        {"INR": 1.0, "GBP": 0.035, "USD": 0.05, "EUR": 0.04},
    )
    subtotal = items[0][1]
    rows.append(("pair", items[0][0], money(items[0][1], grouping)))
    for name, value in items[1:]:
        if shown(rng, 0.5):
            rows.append(("pair", name, money(value, grouping)))
            subtotal += value
    subtotal = round(subtotal, 2)
    fee = 0.0
    if app:
        fee = round(subtotal * 0.05, 2)
        rows.append(("pair", "Booking fee", money(fee, grouping)))
    tax = 0.0
    if currency == "INR":
        tax = round((subtotal + fee) * 0.18, 2)
        rows.append(("pair", "GST 18%", money(tax, grouping)))
    total = round(subtotal + fee + tax, 2)
    rows.append(("rule",))
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamtpreis"] if g else ["Total", "Order total"],
        [] if g else ["Total paid", "Amount charged"],
    )
    ref = (
        ("HO" + code(rng, 8, UPPER + "23456789"))
        if app
        else (
            {"INR": "BB", "GBP": "PT", "USD": "TP", "EUR": "TG" if german else "AC"}[currency]
            + digits(rng, 6)
        )
    )
    txn = _id(
        rng,
        rows,
        ["Gutschein-Nr."] if g else (["Booking ID", "Ticket ID"] if app else ["Booking ID", "Voucher No"]),
        ref,
        0.2,
    )
    kinds = ["UPI", "card", "wallet", "netbanking"] if currency == "INR" else ["card", "card", "wallet"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsart"] if g else ["Payment method", "Paid with"],
        kinds,
        0.25,
        online=True,
        status=status,
    )
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        g,
        ["Buchungsdatum"] if g else ["Booked on", "Purchased", "Order date"],
        0.25,
    )
    rows.append(
        (
            "small",
            "Bei schlechtem Wetter verschieben wir kostenlos."
            if g
            else "Flights depend on the weather; we rebook free of charge.",
        )
    )
    truth = truth_fields(operator, total, currency, txn, dated, method, status)
    style = SCREEN if app and shown(rng, 0.5) else EMAIL
    return rows, truth, _page(font, rows, style, app or operator)


# ---------------------------------------------------------------- 9 left-luggage / cloak room receipt


LUGGAGE = {
    "INR": ["Jaipur Junction Cloak Room", "SafeBags Luggage Storage Madgaon"],
    "GBP": ["StowAway Left Luggage Euston"],
    "USD": ["Grand Central Bag Check"],
    "EUR": ["Gepäckcenter Köln Hbf", "Heuston Left Luggage"],
}
LUGGAGE_PLACES = {
    "Jaipur Junction Cloak Room": "Platform 1, Jaipur Jn, North Western Railway",
    "SafeBags Luggage Storage Madgaon": "Opp. Madgaon Railway Station, Margao, Goa 403601",
    "StowAway Left Luggage Euston": "Euston Station concourse, London NW1 2RT",
    "Grand Central Bag Check": "109 E 42nd St, New York, NY 10017",
    "Gepäckcenter Köln Hbf": "Trankgasse 11, 50667 Köln",
    "Heuston Left Luggage": "Heuston Station, Dublin 8",
}


def left_luggage(rng: random.Random, font: str):
    """A left-luggage office's or station cloak room's receipt (Jaipur Junction Cloak Room and SafeBags Luggage Storage
    Madgaon in rupees, StowAway Left Luggage Euston in pounds, Grand Central Bag Check in dollars, Gepäckcenter Köln Hbf
    (a German page) and Heuston Left Luggage in euros): the railway or station under the name (never the payee), the
    depositor (Name / Passenger / Depositor / Name des Kunden), a rail ticket's PNR or an ID proof (never the id), bags
    and their tag numbers (never the id), paid at drop-off with a Collect by / Valid until / Abholung bis day, or at
    collection with a Deposited / Eingelagert day (never the day paid), bags at a rate per day, an oversize item,
    the cover per bag (never an amount paid), GST, Total / Amount collected / Charges / Gesamt, Receipt No / Token No /
    Voucher No / Ticket No / Beleg-Nr. in a share, Mode / Paid by / Zahlart in a share, Date / Receipt date / Datum in a
    share, the attendant (never the payee); no outcome."""
    currency, office = _currency(rng, LUGGAGE)
    german = office == "Gepäckcenter Köln Hbf"
    region = "DE" if german else ("IE" if currency == "EUR" else currency)
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    rows: list[tuple] = [("title", office), ("center", LUGGAGE_PLACES[office])]
    rows.append(
        (
            "center",
            "Gepäckaufbewahrung - Quittung"
            if german
            else rng.choice(
                [
                    "LEFT LUGGAGE RECEIPT",
                    "Cloak Room Receipt" if region == "INR" else "Bag storage receipt",
                    "RECEIPT",
                ]
            ),
        )
    )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            "Name des Kunden" if german else rng.choice(["Name", "Passenger", "Depositor"]),
            _person(rng, currency, german),
        )
    )
    if region == "INR" and shown(rng, 0.6):
        rows.append(("pair", rng.choice(["Rail ticket PNR", "Journey ticket PNR"]), digits(rng, 10)))
    elif shown(rng, 0.4):
        proof = {
            "INR": f"Aadhaar XXXX XXXX {digits(rng, 4)}",
            "GBP": "Passport ***" + digits(rng, 3),
            "USD": "NY driver license ***" + digits(rng, 3),
            "IE": "Passport ***" + digits(rng, 3),
            "DE": "Personalausweis ***" + digits(rng, 3),
        }[region]
        rows.append(("pair", "Ausweis" if german else "ID seen", proof))
    bags = rng.randint(1, 4)
    tags = ", ".join(f"{rng.choice('ABCKT')}-{digits(rng, 4)}" for _ in range(min(bags, 3)))
    rows.append(("pair", "Gepäckstücke" if german else rng.choice(["Bags", "Items", "Pieces"]), str(bags)))
    rows.append(("pair", "Marken-Nr." if german else rng.choice(["Tag No", "Bag tags", "Tag nos"]), tags))
    prepaid = shown(rng, 0.5)
    if prepaid:
        days = rng.randint(1, 3)
        rows.append(
            (
                "pair",
                "Abgabe" if german else rng.choice(["Drop-off time", "Deposited at"]),
                _clock(rng, currency, german),
            )
        )
        rows.append(
            (
                "pair",
                "Abholung bis" if german else rng.choice(["Collect by", "Valid until"]),
                _dtext(when + dt.timedelta(days=days), pattern)
                + " "
                + rng.choice(["21:00", "23:59", "20:00"]),
            )
        )
    else:
        days = rng.randint(1, 5)
        rows.append(
            (
                "pair",
                "Eingelagert" if german else rng.choice(["Deposited", "Drop-off"]),
                _dtext(when - dt.timedelta(days=days), pattern) + " " + _clock(rng, currency, german),
            )
        )
    rows.append(("rule",))
    rate = {"INR": 30.0 if "Cloak" in office else 120.0, "GBP": 12.5, "USD": 10.0, "EUR": 6.0}[currency]
    per = "Tag" if german else "day"
    word = "Stück" if german else ("bag" if bags == 1 else "bags")
    rows.append(
        (
            "pair",
            f"{bags} {word} x {days} {per}{'e' if german and days > 1 else ('s' if not german and days > 1 else '')} @ {money(rate, grouping)}",
            money(rate * bags * days, grouping),
        )
    )
    subtotal = rate * bags * days
    if shown(rng, 0.3):
        oversize = {"INR": 50.0, "GBP": 5.0, "USD": 8.0, "EUR": 3.0}[currency]
        rows.append(
            (
                "pair",
                "Übergröße" if german else rng.choice(["Oversize item", "Bicycle / oversize"]),
                money(oversize, grouping),
            )
        )
        subtotal += oversize
    subtotal = round(subtotal, 2)
    tax = 0.0
    if currency == "INR" and "Cloak" not in office:
        tax = round(subtotal * 0.18, 2)
        rows.append(("pair", "GST 18%", money(tax, grouping)))
    total = round(subtotal + tax, 2)
    if shown(rng, 0.4):
        cover = {"INR": 5000.0, "GBP": 750.0, "USD": 500.0, "EUR": 500.0}[currency]
        rows.append(
            ("pair", "Haftung je Stück bis" if german else "Cover per bag up to", money(cover, grouping))
        )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(["Gesamt", "Summe"] if german else ["Total", "Amount collected", "Charges", "TOTAL"]),
            fmt(total),
        )
    )
    kinds = ["cash", "cash", "UPI"] if region == "INR" else ["cash", "card", "card"]
    method = _method(
        rng, rows, currency, german, ["Zahlart"] if german else ["Mode", "Paid by", "Payment"], kinds, 0.25
    )
    ref = {
        "INR": digits(rng, 6) if "Cloak" in office else "SB" + digits(rng, 5),
        "GBP": "SA" + digits(rng, 6),
        "USD": digits(rng, 6),
        "IE": "HL" + digits(rng, 5),
        "DE": digits(rng, 5),
    }[region]
    labels = {
        "INR": ["Receipt No", "Token No", "Cloak Room Ticket No"]
        if "Cloak" in office
        else ["Receipt No", "Token No"],
        "GBP": ["Receipt No", "Voucher No"],
        "USD": ["Ticket No", "Receipt #"],
        "IE": ["Receipt No", "Ticket No"],
        "DE": ["Beleg-Nr.", "Quittung Nr."],
    }[region]
    txn = _id(rng, rows, labels, ref, 0.2)
    dated = _paid_on(
        rng, rows, when, pattern, currency, german, ["Datum"] if german else ["Date", "Receipt date"], 0.2
    )
    rows.append(
        (
            "pair",
            "Mitarbeiter" if german else rng.choice(["Attendant", "Counter staff", "Issued by"]),
            _staff(rng, currency, german),
        )
    )
    rows.append(
        (
            "small",
            "Ohne Beleg keine Herausgabe." if german else "Bags are returned only against this receipt.",
        )
    )
    truth = truth_fields(office, total, currency, txn, dated, method, None)
    return rows, truth, _page(font, rows, _sized(PAPER, 20), office, rng.choice([460, 500]))


# ---------------------------------------------------------------- 10 conference registration


CONFERENCES = {
    "INR": ["Pune Data Science Society", "Bengaluru Product Guild"],
    "GBP": ["Leeds Digital Festival Ltd"],
    "USD": ["Midwest Nursing Educators Association"],
    "EUR": ["Frankfurter Fachforum GmbH", "Cork Founders Forum CLG"],
}
EVENTS = {
    "Pune Data Science Society": ("DataCon Pune {year}", ["JW Marriott Pune, SB Road", "Hyatt Regency Pune"]),
    "Bengaluru Product Guild": (
        "Product Summit Bengaluru",
        ["Taj Yeshwantpur", "Sheraton Grand Brigade Gateway"],
    ),
    "Leeds Digital Festival Ltd": (
        "Leeds Digital Festival",
        ["Leeds Conference Centre", "The Queens Hotel Leeds"],
    ),
    "Midwest Nursing Educators Association": (
        "Annual Nurse Educator Conference",
        ["Hyatt Regency Columbus", "Greater Columbus Convention Center"],
    ),
    "Frankfurter Fachforum GmbH": (
        "Fachforum Logistik {year}",
        ["Hilton Frankfurt City Centre", "Kap Europa Frankfurt"],
    ),
    "Cork Founders Forum CLG": ("Founders Forum Cork", ["Clayton Hotel Cork City", "Cork City Hall"]),
}
EMPLOYERS = {
    "INR": ["Infosys Ltd", "Persistent Systems", "Tata Consultancy Services", "Freshworks"],
    "GBP": ["Leeds Teaching Hospitals NHS Trust", "Sky Betting & Gaming", "Asda Stores Ltd"],
    "USD": ["OhioHealth", "Ohio State University", "Nationwide Children's Hospital"],
    "DE": ["DB Schenker", "Fraport AG", "Dachser SE"],
    "IE": ["Apple Operations Europe", "University College Cork", "Stryker Ireland"],
}
PLATFORMS = {"INR": ["Konfhub", "Townscript"], "GBP": ["Tito"], "USD": ["Tito"], "EUR": ["Tito"]}


def conference_registration(rng: random.Random, font: str):
    """A conference's registration invoice or confirmation (Pune Data Science Society and Bengaluru Product Guild in
    rupees, Leeds Digital Festival Ltd in pounds, Midwest Nursing Educators Association in dollars, Frankfurter
    Fachforum GmbH (a German invoice) and Cork Founders Forum CLG in euros); in a share a ticketing platform's name on
    top (Konfhub, Townscript, Tito) and the organiser under Organised by / Organizer / Hosted by: the event under
    Event (never the payee), its days (never the day paid), the venue hotel or centre (never the payee), the delegate
    (Attendee / Delegate / Participant / Teilnehmer/in) and their employer (never the payee) with its GSTIN or VAT
    number in a share, a badge or delegate id (never the id), tickets and a workshop or dinner add-on, GST added / VAT
    added / net plus 19% MwSt. to the gross, Total amount / Amount paid / Grand total / Gesamtbetrag (brutto), Order ID /
    Invoice No / Registration No / Rechnungsnummer in a share, Payment method / Paid via / Zahlungsart in a share,
    Order date / Invoice date / Registered on / Rechnungsdatum in a share, an outcome in a share."""
    currency, organiser = _currency(rng, CONFERENCES)
    german = organiser == "Frankfurter Fachforum GmbH"
    region = "DE" if german else ("IE" if currency == "EUR" else currency)
    platform = rng.choice(PLATFORMS[currency]) if shown(rng, 0.5) and not german else None
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(rng, 0.5, german, p_success=0.6, p_failed=0.2)
    event, venues = EVENTS[organiser]
    start = _later(when, rng, 10, 90)
    event = event.replace("{year}", str(start.year))
    rows: list[tuple] = [("title", platform or organiser)]
    if not platform:
        rows.append(
            (
                "center",
                {
                    "Pune Data Science Society": "Registered society, Pune 411004",
                    "Bengaluru Product Guild": "Indiranagar, Bengaluru 560038",
                    "Leeds Digital Festival Ltd": "Platform, New Station St, Leeds LS1 4JB",
                    "Midwest Nursing Educators Association": "400 N High St, Columbus, OH 43215",
                    "Frankfurter Fachforum GmbH": "Mainzer Landstraße 50, 60325 Frankfurt am Main",
                    "Cork Founders Forum CLG": "Lapp's Quay, Cork T12 RW7D",
                }[organiser],
            )
        )
    rows.append(
        (
            "center",
            "Rechnung"
            if german
            else rng.choice(
                [
                    "Registration confirmation",
                    "Tax Invoice" if currency == "INR" else "Invoice / receipt",
                    "Your registration",
                ]
            ),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    if platform:
        rows.append(("pair", rng.choice(["Organised by", "Organizer", "Hosted by"]), organiser))
    rows.append(("pair", "Veranstaltung" if german else "Event", event))
    days = rng.choice([1, 2, 3])
    end = start + dt.timedelta(days=days - 1)
    span = _dtext(start, pattern) if days == 1 else f"{_dtext(start, pattern)} - {_dtext(end, pattern)}"
    rows.append(
        (
            "pair",
            "Leistungsdatum" if german else rng.choice(["Event dates", "When", "Conference dates"]),
            span,
        )
    )
    rows.append(("pair", "Veranstaltungsort" if german else "Venue", rng.choice(venues)))
    rows.append(
        (
            "pair",
            "Teilnehmer/in" if german else rng.choice(["Attendee", "Delegate", "Participant"]),
            _person(rng, currency, german),
        )
    )
    employer = rng.choice(EMPLOYERS[region])
    rows.append(("pair", "Firma" if german else rng.choice(["Organisation", "Company"]), employer))
    if shown(rng, 0.4):
        tax_id = {
            "INR": ("GSTIN", "27AAACI" + digits(rng, 4) + "F1Z" + digits(rng, 1)),
            "GBP": ("Company VAT No", "GB" + digits(rng, 9)),
            "USD": ("Member #", "MNEA-" + digits(rng, 5)),
            "DE": ("USt-IdNr.", "DE" + digits(rng, 9)),
            "IE": ("Company VAT No", "IE" + digits(rng, 7) + "T"),
        }[region]
        rows.append(("pair", *tax_id))
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Badge-Nr." if german else rng.choice(["Badge ID", "Delegate ID"]),
                code(rng, 2, UPPER) + digits(rng, 5),
            )
        )
    rows.append(("rule",))
    tickets = rng.choice([1, 1, 1, 2, 3])
    price_each = {
        "INR": rng.choice([2999.0, 4500.0, 7999.0]),
        "GBP": rng.choice([95.0, 149.0]),
        "USD": rng.choice([285.0, 349.0]),
        "EUR": rng.choice([390.0, 590.0]) if german else rng.choice([120.0, 180.0]),
    }[currency]
    kind = rng.choice(
        ["Frühbucher", "Standard"]
        if german
        else ["Early bird", "Standard pass", "Student pass", "Full conference"]
    )
    label = f"{kind} x {tickets}" if tickets > 1 else kind
    rows.append(("pair", label, money(price_each * tickets, grouping)))
    subtotal = price_each * tickets
    if shown(rng, 0.5):
        add = {"INR": 1500.0, "GBP": 45.0, "USD": 75.0, "EUR": 120.0 if german else 40.0}[currency]
        rows.append(
            (
                "pair",
                ("Workshop" if german else rng.choice(["Workshop add-on", "Conference dinner"]))
                + (f" x {tickets}" if tickets > 1 else ""),
                money(add * tickets, grouping),
            )
        )
        subtotal += add * tickets
    subtotal = round(subtotal, 2)
    fee = 0.0
    if platform and currency == "INR":
        fee = round(subtotal * 0.03, 2)
        rows.append(("pair", "Platform fee", money(fee, grouping)))
    if currency == "INR":
        tax = round((subtotal + fee) * 0.18, 2)
        if shown(rng, 0.5):
            rows.append(("pair", "CGST 9%", money(round(tax / 2, 2), grouping)))
            rows.append(("pair", "SGST 9%", money(round(tax - round(tax / 2, 2), 2), grouping)))
        else:
            rows.append(("pair", "IGST 18%", money(tax, grouping)))
    elif german:
        rows.append(("pair", "Nettobetrag", money(subtotal, grouping)))
        tax = round(subtotal * 0.19, 2)
        rows.append(("pair", "zzgl. 19% MwSt.", money(tax, grouping)))
    elif currency in ("GBP", "EUR"):
        rate = 0.2 if currency == "GBP" else 0.23
        rows.append(("pair", "Subtotal", money(subtotal, grouping)))
        tax = round(subtotal * rate, 2)
        rows.append(("pair", f"VAT {rate * 100:g}%", money(tax, grouping)))
    else:
        tax = 0.0
    total = round(subtotal + fee + tax, 2)
    rows.append(("rule",))
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamtbetrag (brutto)", "Rechnungsbetrag"] if german else ["Total amount", "Grand total"],
        [] if german else ["Amount paid"],
    )
    ref = {
        "INR": ("KH" if platform == "Konfhub" else "TS") + digits(rng, 8)
        if platform
        else "PDS/" + digits(rng, 4)
        if "Pune" in organiser
        else "BPG-" + digits(rng, 5),
        "GBP": "LDF" + digits(rng, 5),
        "USD": digits(rng, 6),
        "DE": "RE-" + str(when.year) + "-" + digits(rng, 5),
        "IE": "CFF-" + digits(rng, 4),
    }[region]
    if platform == "Tito":
        ref = code(rng, 4, UPPER + "23456789") + "-" + digits(rng, 2)
    id_labels = (
        ["Rechnungsnummer"]
        if german
        else (["Order ID", "Order reference"] if platform else ["Invoice No", "Registration No", "Invoice #"])
    )
    txn = _id(rng, rows, id_labels, ref, 0.2)
    kinds = ["UPI", "card", "netbanking"] if currency == "INR" else (["card", "wallet", "netbanking"])
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsart"] if german else ["Payment method", "Paid via"],
        kinds,
        0.25,
        online=True,
        status=status,
    )
    labels = (
        ["Rechnungsdatum"]
        if german
        else (["Order date", "Registered on"] if platform else ["Invoice date", "Registered on", "Date"])
    )
    dated = _paid_on(rng, rows, when, pattern, currency, german, labels, 0.2)
    rows.append(
        (
            "small",
            "Stornierung bis 14 Tage vor Beginn kostenfrei."
            if german
            else "Tickets are transferable to a colleague until the day before.",
        )
    )
    truth = truth_fields(organiser, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.6) else SCREEN
    return rows, truth, _page(font, rows, style, platform or organiser)


# ---------------------------------------------------------------- 11 bridal mehendi / henna artist


MEHENDI = {
    "INR": ["Rang Mehendi Studio Jaipur", "Farzana's Bridal Mehendi Hyderabad"],
    "GBP": ["Henna by Aisha Leicester"],
    "USD": ["Mehndi Designs by Priya"],
    "EUR": ["Dublin Henna Studio"],
}
MEHENDI_PLACES = {
    "Rang Mehendi Studio Jaipur": "C-Scheme, Jaipur 302001",
    "Farzana's Bridal Mehendi Hyderabad": "Tolichowki, Hyderabad 500008",
    "Henna by Aisha Leicester": "Belgrave Rd, Leicester LE4 6AR",
    "Mehndi Designs by Priya": "1600 Oak Tree Rd, Edison, NJ 08820",
    "Dublin Henna Studio": "Capel St, Dublin 1",
}
MEHENDI_VENUES = {
    "Rang Mehendi Studio Jaipur": ["Hotel Clarks Amer", "Jai Mahal Palace", "Bride's residence"],
    "Farzana's Bridal Mehendi Hyderabad": [
        "Sree Kanya Function Hall",
        "Taj Falaknuma Palace",
        "Bride's residence",
    ],
    "Henna by Aisha Leicester": ["The Belvoir Suite", "Athena Leicester"],
    "Mehndi Designs by Priya": ["The Palace at Somerset Park", "Bride's home"],
    "Dublin Henna Studio": ["The Marker Hotel", "Bride's home"],
}
MEHENDI_REFS = {
    "Rang Mehendi Studio Jaipur": ["", "RM-"],
    "Farzana's Bridal Mehendi Hyderabad": ["", "FBM/"],
    "Henna by Aisha Leicester": ["HBA"],
    "Mehndi Designs by Priya": [""],
    "Dublin Henna Studio": ["DHS-"],
}
BRIDES = {
    "INR": ["Neha Agarwal", "Pooja Deshmukh", "Sneha Banerjee", "Fathima Rizwan", "Ishani Rathore"],
    "ABROAD": ["Priyanka Shah", "Anjali Patel", "Sana Mirza", "Harpreet Kaur", "Nadia Hussain"],
}


def mehendi_booking(rng: random.Random, font: str):
    """A bridal mehendi (henna) artist's booking receipt (Rang Mehendi Studio Jaipur and Farzana's Bridal Mehendi
    Hyderabad in rupees, Henna by Aisha Leicester in pounds, Mehndi Designs by Priya in dollars, Dublin Henna Studio in
    euros): the bride or client (never the payee), the function and its day (never the day paid), the venue (a hotel
    or hall; never the payee), the lead artist (never the payee), the bridal design, guests' hands at a rate, travel,
    organic cones; paid in full (Total / Amount received) or an advance (Package total and the balance on the day
    beside Advance paid / Booking amount received, the amount), Receipt No / Booking No / Slip No in a share, Mode /
    Paid by / Payment mode in a share, Date / Received on / Booking date in a share; no outcome."""
    currency, studio = _currency(rng, MEHENDI)
    fmt, grouping = _fmt(rng, font, currency, False)
    pattern = _pattern(rng, currency, False)
    when = day(rng)
    rows: list[tuple] = [("title", studio), ("center", MEHENDI_PLACES[studio])]
    advance = shown(rng, 0.5)
    rows.append(
        (
            "center",
            rng.choice(["Booking receipt", "Advance receipt", "RECEIPT"])
            if advance
            else rng.choice(
                ["Receipt", "Cash memo" if currency == "INR" else "Receipt", "Invoice & receipt"]
            ),
        )
    )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(["Bride", "Client", "Booked for"]),
            rng.choice(BRIDES["INR" if currency == "INR" else "ABROAD"]),
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(["Function", "Occasion"]),
            rng.choice(
                [
                    "Mehendi ceremony",
                    "Sangeet & Mehendi",
                    "Engagement",
                    "Eid",
                    "Karva Chauth" if currency == "INR" else "Pre-wedding henna night",
                ]
            ),
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(["Function date", "Event date", "On"]),
            _dtext(_later(when, rng, 5, 120), pattern) + " " + rng.choice(["2 PM", "11 AM", "6 PM"]),
        )
    )
    rows.append(("pair", "Venue", rng.choice(MEHENDI_VENUES[studio])))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(["Lead artist", "Artist"]),
                rng.choice(
                    ["Sunita Rawat", "Kavita Joshi", "Rubina Akhtar"]
                    if currency == "INR"
                    else ["Megan Price", "Tessa Lindqvist", "Rubina Akhtar"]
                ),
            )
        )
    rows.append(("rule",))
    bridal = {
        "INR": rng.choice([5100.0, 11000.0, 21000.0]),
        "GBP": rng.choice([180.0, 250.0, 350.0]),
        "USD": rng.choice([250.0, 400.0, 550.0]),
        "EUR": rng.choice([200.0, 300.0]),
    }[currency]
    rows.append(
        (
            "pair",
            rng.choice(["Bridal full hands & feet", "Bridal design (arms to elbow, feet)"]),
            money(bridal, grouping),
        )
    )
    order = bridal
    guests = rng.choice([0, 10, 15, 20, 30])
    if guests:
        each = {"INR": 300.0, "GBP": 10.0, "USD": 15.0, "EUR": 12.0}[currency]
        rows.append(("pair", f"Guests {guests} x {money(each, grouping)}", money(each * guests, grouping)))
        order += each * guests
    if shown(rng, 0.5):
        travel = {"INR": 1500.0, "GBP": 40.0, "USD": 60.0, "EUR": 45.0}[currency]
        rows.append(("pair", "Travel charges", money(travel, grouping)))
        order += travel
    if shown(rng, 0.4):
        cones = {"INR": 60.0, "GBP": 3.5, "USD": 4.0, "EUR": 3.5}[currency]
        n = rng.choice([5, 10])
        rows.append(("pair", f"Organic cones {n} x {money(cones, grouping)}", money(cones * n, grouping)))
        order += cones * n
    order = round(order, 2)
    rows.append(("rule",))
    if advance:
        step = {"INR": 1000.0, "GBP": 10.0, "USD": 10.0, "EUR": 10.0}[currency]
        paid = max(step, round(order * rng.choice([0.25, 0.3, 0.5]) / step) * step)
        rows.append(
            ("pair", rng.choice(["Package total", "Total package", "Order value"]), money(order, grouping))
        )
        rows.append(
            ("pair", rng.choice(["Advance paid", "Booking amount received", "Advance received"]), fmt(paid))
        )
        rows.append(
            (
                "pair",
                rng.choice(["Balance on the day", "Balance due on function day"]),
                money(round(order - paid, 2), grouping),
            )
        )
    else:
        paid = order
        rows.append(("pair", rng.choice(["Total", "Amount received", "Grand Total"]), fmt(paid)))
    ref = rng.choice(MEHENDI_REFS[studio]) + digits(rng, rng.choice([3, 4]))
    txn = _id(rng, rows, ["Receipt No", "Booking No", "Slip No"], ref, 0.2)
    kinds = (
        ["UPI", "UPI", "cash", "netbanking"]
        if currency == "INR"
        else ["card", "cash", "netbanking", "wallet"]
    )
    method = _method(rng, rows, currency, False, ["Mode", "Paid by", "Payment mode"], kinds, 0.25)
    dated = _paid_on(rng, rows, when, pattern, currency, False, ["Date", "Received on", "Booking date"], 0.2)
    rows.append(
        (
            "small",
            "Advance is non-refundable. Natural henna only, no PPD."
            if advance
            else "Natural henna only, no PPD. Keep the paste on for 6 hours.",
        )
    )
    truth = truth_fields(studio, paid, currency, txn, dated, method, None)
    style = PAPER if shown(rng, 0.6) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), studio)


# ---------------------------------------------------------------- 12 astrology or tarot consultation


ASTROLOGERS = {
    "INR": ["Shri Jyotish Kendra Varanasi", "Navagraha Vastu & Astrology Centre"],
    "GBP": ["Mystic Moon Tarot Brighton"],
    "USD": ["Desert Star Astrology"],
    "EUR": ["Astrologie-Praxis Sternweg", "Kinsale Tarot Readings"],
}
ASTRO_PLACES = {
    "Shri Jyotish Kendra Varanasi": "Assi Ghat Rd, Varanasi 221005",
    "Navagraha Vastu & Astrology Centre": "T. Nagar, Chennai 600017",
    "Mystic Moon Tarot Brighton": "North Laine, Brighton BN1 4ED",
    "Desert Star Astrology": "251 AZ-179, Sedona, AZ 86336",
    "Astrologie-Praxis Sternweg": "Sternwaldstraße 4, 79102 Freiburg",
    "Kinsale Tarot Readings": "Market Quay, Kinsale, Co. Cork",
}
BIRTH_PLACES = {
    "INR": ["Prayagraj, UP", "Madurai, TN", "Nagpur, MH", "Patna, Bihar"],
    "GBP": ["Hove, East Sussex", "Swansea, Wales"],
    "USD": ["Flagstaff, AZ", "El Paso, TX"],
    "DE": ["Karlsruhe", "Ulm"],
    "IE": ["Clonakilty, Co. Cork", "Limerick"],
}


def astrology_consult(rng: random.Random, font: str):
    """An astrologer's or tarot reader's consultation receipt (Shri Jyotish Kendra Varanasi and Navagraha Vastu &
    Astrology Centre in rupees, Mystic Moon Tarot Brighton in pounds, Desert Star Astrology in dollars,
    Astrologie-Praxis Sternweg (a German page) and Kinsale Tarot Readings in euros): the client (Client / Querent /
    Name / Klient/in) and for a match a partner (never the payee), a date, time and place of birth (never the day
    paid), the astrologer or reader (never the payee), the reading (kundli matching, career reading, Celtic Cross,
    solar return, Geburtshoroskop), a remedies booklet or a recording, GST in a share, Total / Fee received / Amount
    / Honorar / Gesamt, Receipt No / Consultation ID / Ref / Rechnung Nr. in a share, Paid by / Mode / Zahlart in a share,
    Date / Receipt date / Datum in a share, a follow-up day (never the day paid) in a share; Payment confirmed in a
    share of online consultations."""
    currency, firm = _currency(rng, ASTROLOGERS)
    german = firm == "Astrologie-Praxis Sternweg"
    region = "DE" if german else ("IE" if currency == "EUR" else currency)
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    online = shown(rng, 0.6)
    rows: list[tuple] = [("title", firm), ("center", ASTRO_PLACES[firm])]
    rows.append(
        (
            "center",
            (
                "Honorarrechnung"
                if german
                else rng.choice(["Consultation receipt", "RECEIPT", "Reading receipt"])
            )
            + (" (online)" if online else ""),
        )
    )
    status = None
    if online and shown(rng, 0.5):
        status = "success"
        rows.append(
            (
                "center",
                "Zahlung erhalten" if german else rng.choice(["Payment confirmed", "Payment received"]),
            )
        )
    rows.append(("rule",))
    client = _person(rng, currency, german)
    rows.append(
        (
            "pair",
            "Klient/in"
            if german
            else rng.choice(["Client", "Name", "Querent" if currency != "INR" else "Jatak"]),
            client,
        )
    )
    born = when - dt.timedelta(days=rng.randrange(18 * 365, 60 * 365))
    rows.append(
        (
            "pair",
            "Geburtsdatum" if german else rng.choice(["Date of birth", "DOB", "Birth date"]),
            _dtext(born, pattern),
        )
    )
    rows.append(
        (
            "pair",
            "Geburtszeit" if german else "Time of birth",
            f"{rng.randrange(0, 24):02d}:{rng.randrange(60):02d}",
        )
    )
    rows.append(("pair", "Geburtsort" if german else "Place of birth", rng.choice(BIRTH_PLACES[region])))
    reading = {
        "INR": [
            "Kundli matching",
            "Career & finance reading",
            "Vastu consultation (2BHK)",
            "Janam kundli analysis",
        ],
        "GBP": ["Tarot - Celtic Cross (60 min)", "Three-card reading (30 min)"],
        "USD": ["Natal chart reading (60 min)", "Solar return reading"],
        "DE": ["Geburtshoroskop (90 Min.)", "Partnerhoroskop"],
        "IE": ["Tarot - Celtic Cross (60 min)", "Angel card reading"],
    }[region]
    kind = rng.choice(reading)
    if kind in ("Kundli matching", "Partnerhoroskop"):
        rows.append(
            (
                "pair",
                "Partner/in" if german else rng.choice(["Partner", "Match with"]),
                _person(rng, currency, german),
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Astrologin" if german else rng.choice(["Astrologer", "Reader", "Consultant"]),
                _staff(rng, currency, german)
                if currency != "INR"
                else rng.choice(["Pt. Ramakant Shastri", "Acharya Sundaram Iyer"]),
            )
        )
    rows.append(("rule",))
    fee = {
        "INR": rng.choice([1100.0, 2100.0, 3100.0, 5100.0]),
        "GBP": rng.choice([35.0, 60.0]),
        "USD": rng.choice([75.0, 120.0]),
        "EUR": rng.choice([90.0, 140.0]) if german else rng.choice([40.0, 60.0]),
    }[currency]
    rows.append(("pair", kind, money(fee, grouping)))
    subtotal = fee
    if shown(rng, 0.4):
        extra = {
            "INR": ("Remedies booklet (printed)", 251.0),
            "GBP": ("Recording of session", 5.0),
            "USD": ("Printed chart", 15.0),
            "EUR": ("Ausdruck Horoskop", 15.0) if german else ("Recording of session", 5.0),
        }[currency]
        rows.append(("pair", extra[0], money(extra[1], grouping)))
        subtotal += extra[1]
    subtotal = round(subtotal, 2)
    tax = 0.0
    if currency == "INR" and shown(rng, 0.5):
        tax = round(subtotal * 0.18, 2)
        rows.append(("pair", "GST @ 18%", money(tax, grouping)))
    elif german:
        rows.append(("pair", "inkl. 19% USt.", money(round(subtotal * 0.19 / 1.19, 2), grouping)))
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    labels = ["Honorar", "Gesamt"] if german else ["Total", "Fee received", "Amount"]
    rows.append(("pair", rng.choice(labels), fmt(total)))
    ref = {
        "INR": rng.choice(["", "SJK/", "NVA-"]) + digits(rng, 4),
        "GBP": "MM" + digits(rng, 4),
        "USD": "DS-" + digits(rng, 5),
        "DE": str(when.year) + "-" + digits(rng, 3),
        "IE": "KT" + digits(rng, 4),
    }[region]
    txn = _id(rng, rows, ["Rechnung Nr."] if german else ["Receipt No", "Consultation ID", "Ref"], ref, 0.25)
    kinds = ["UPI", "UPI", "cash", "card"] if currency == "INR" else ["card", "cash", "wallet"]
    if online:
        kinds = [k for k in kinds if k != "cash"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlart"] if german else ["Paid by", "Mode", "Payment"],
        kinds,
        0.25,
        online=online,
    )
    dated = _paid_on(
        rng, rows, when, pattern, currency, german, ["Datum"] if german else ["Date", "Receipt date"], 0.2
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Folgetermin" if german else rng.choice(["Follow-up", "Next sitting"]),
                _dtext(_later(when, rng, 20, 120), pattern),
            )
        )
    rows.append(
        (
            "small",
            "Keine Heilversprechen."
            if german
            else "For guidance only; not a substitute for professional advice.",
        )
    )
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    style = EMAIL if online else PAPER
    return rows, truth, _page(font, rows, _sized(style, 19), firm)

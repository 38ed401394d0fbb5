"""The twelve heldout80 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: app and online payments in India, the UK, the US
and the euro area (English pages), shown as an app's screen (status bar, heading, buttons, footer; light or dark) or
as an e-mail drawn as an image: a co-living operator's rent, a grocery delivery pass's renewal, a cloud storage or
password manager plan's renewal, a video doctor's consultation, a breakdown cover's renewal, a resale ticket's
order, a car-pool seat, an airline seat bought after booking, a pet insurance premium, a device protection plan, a
home alarm or camera monitoring plan and an e-bike or e-scooter's subscription rental. Sums, marks, dates, ways to
pay and outcomes reuse heldout73 and heldout74's helpers (``_fmt74``, ``_pattern74``, ``_dated74``, ``_way74``,
``_outcome74``, ``_status74``, ``_total74``, ``_tax74``). ``truth_fields`` states the fields exactly as the page prints
them (``None`` where a field is not printed). The payee is the app or business on top; residents, members,
patients, doctors, drivers, passengers, sellers, pets and their owners are never it. A page prints at most one date
of payment; other days (a rent's month, a plan's period, a renewal, a consultation's slot, an event's, a ride's or a
flight's day, a cover's start and end, a next payment) are never it. The amount is what this page charged (or tried
to) now, with its fees and tax less its discounts and credits; never a deposit held, a face value, a list price, an
excess, a device's value, a next charge or a plan's monthly equivalent. The payment's reference (a UTR beside UPI)
is the id where printed, else the page's own order, invoice or booking number; resident, member, policy, patient,
seller, membership, vehicle, flight, serial, IMEI and account numbers are never it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _later
from bench.receipt_sets.heldout65_families import DARK
from bench.receipt_sets.heldout73_families import _d73, _who73
from bench.receipt_sets.heldout74_families import (
    _dated74,
    _fmt74,
    _key74,
    _outcome74,
    _p,
    _pattern74,
    _status74,
    _tax74,
    _total74,
    _way74,
)

EN = "en"
ALNUM = UPPER + "23456789"
HEX = "0123456789abcdef"


@dataclass
class Page:
    """One receipt's country and print habits: its currency, the payee on top, sums, dates and the day paid."""

    currency: str
    key: str
    name: str
    fmt: object
    grouping: str
    pattern: str
    when: object
    screen: bool

    def money(self, value: float) -> str:
        return self.fmt(value)

    def p(self, pounds: float) -> float:
        """A price list's pound price in the page's country."""
        return _p(pounds, self.key)

    def later(self, rng, low, high) -> str:
        return _d73(_later(self.when, rng, low, high), self.pattern, EN)

    def person(self, rng, *taken) -> str:
        return _who73(rng, self.currency, EN, *taken)


BANDS = [(30, 90, 200), (0, 128, 96), (200, 40, 70), (90, 40, 160), (20, 20, 20), (230, 110, 0)]


def _start(rng: random.Random, font: str, table: dict[str, list[str]], domains: dict[str, str], p_email=0.35):
    """The app or business on top (every name of the family's equally likely), a screen's status bar or an e-mail's
    sender line; (rows, page, style)."""
    currency, name = rng.choice([(cur, name) for cur, names in table.items() for name in names])
    fmt, grouping = _fmt74(rng, font, currency, EN)
    pattern = _pattern74(rng, currency, EN)
    email = rng.random() < p_email
    page = Page(currency, _key74(currency, EN), name, fmt, grouping, pattern, day(rng), not email)
    rows: list[tuple] = []
    if email:
        style = dict(EMAIL)
        rows.append(
            ("small", f"From: {name} <{rng.choice(['no-reply', 'receipts', 'billing'])}@{domains[name]}>")
        )
        rows.append(("rule",))
        rows.append(("title", name))
    else:
        hour, minute = rng.randrange(7, 23), rng.randrange(60)
        bar = f"{hour % 12 or 12}:{minute:02d}" if currency == "USD" else f"{hour:02d}:{minute:02d}"
        rows.append(
            ("small", f"{bar}      {rng.choice(['5G', '4G', 'LTE', 'Wi-Fi'])}   {rng.randrange(12, 99)}%")
        )
        if rng.random() < 0.35:
            style = dict(DARK)
        else:
            style = dict(SCREEN, band=rng.choice(BANDS)) if rng.random() < 0.5 else dict(SCREEN)
        rows.append(("left", rng.choice(["<  Back", "<", "X  Close", "<  Payments"])))
        rows.append(("title", name))
    return rows, page, style


def _ids(rng, rows, ref, doc, method, p_ref=0.45, p_doc=0.3):
    """The payment's reference ((labels, value)) in a share, a UTR instead beside UPI, else the page's own number
    (doc) in a share; the id or None."""
    txn = None
    if doc and shown(rng, p_doc):
        rows.append(("pair", rng.choice(doc[0]), doc[1]))
        txn = doc[1]
    if method == "UPI" and shown(rng, 0.4):
        utr = digits(rng, 12)
        rows.append(("pair", rng.choice(["UTR", "UPI Ref No", "UPI Txn ID"]), utr))
        return utr
    if ref and shown(rng, p_ref):
        rows.append(("pair", rng.choice(ref[0]), ref[1]))
        return ref[1]
    return txn


def _pay(rng, rows, page: Page, total, words, ref, doc, date_labels, totals=None, p_out=0.7, p_date=0.15):
    """The total, the way paid (online ways), the day paid, the ids and the outcome; (status, method, id, day)."""
    status, said = _outcome74(
        rng, p_out, EN, {EN: dict(zip(("success", "failed", "pending"), words, strict=True))}
    )
    if said and rng.random() < 0.5:
        rows.insert(3, ("big" if rng.random() < 0.5 else "center", said))
        said = None
    _total74(rng, rows, page.money, total, status, EN, {EN: totals} if totals else None)
    method = _way74(rng, rows, page.key, EN, 0.2, status, online=True)
    dated = _dated74(
        rng, rows, page.when, page.pattern, page.currency, EN, {EN: date_labels}, p_date, 0.5, status
    )
    txn = _ids(rng, rows, ref, doc, method)
    _status74(rng, rows, said, EN)
    return status, method, txn, dated


def _close(rng, rows, page: Page, buttons, footers):
    """A button or two on a screen, a footer line on both."""
    rows.append(("gap",))
    if page.screen:
        for label in rng.sample(buttons, rng.choice([1, 2])):
            rows.append(("center", f"[ {label} ]"))
    rows.append(("small", rng.choice(footers)))


def _lines(rows, page: Page, items) -> float:
    """Priced lines ((label, sum) in the page's currency); their sum."""
    total = 0.0
    for label, value in items:
        rows.append(("pair", label, page.money(value)))
        total += value
    return round(total, 2)


def _off(rows, page: Page, label, value) -> float:
    rows.append(("pair", label, "-" + page.money(value)))
    return -value


def _truth(page: Page, total, txn, dated, method, status) -> dict:
    return truth_fields(page.name, round(total, 2), page.currency, txn, dated, method, status)


def _seats(rng, count) -> str:
    first = rng.randrange(1, 30)
    where = f"Block {rng.randrange(101, 130)}, Row {rng.choice('ABCDEFGHJK')}"
    return f"{where}, Seat {first}" if count == 1 else f"{where}, Seats {first}-{first + count - 1}"


def _pi(rng) -> str:
    return "pi_" + code(rng, 24, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


# ---------------------------------------------------------------- 1 a co-living operator's rent


COLIVING = {
    "INR": ["Stanza Living", "Zolo Stays", "Colive"],
    "GBP": ["The Collective", "Gravity Co-Living"],
    "USD": ["Common Living", "Outpost Club"],
    "EUR": ["Node Living Dublin"],
}
COLIVING_DOMAINS = {
    "Stanza Living": "stanzaliving.com",
    "Zolo Stays": "zolostays.com",
    "Colive": "colive.com",
    "The Collective": "thecollective.com",
    "Gravity Co-Living": "gravitycoliving.com",
    "Common Living": "common.com",
    "Outpost Club": "outpost-club.com",
    "Node Living Dublin": "nodeliving.com",
}
COLIVING_HOMES = {
    "Stanza Living": ["Stanza Zurich House, Koramangala", "Stanza Oslo House, Hinjewadi"],
    "Zolo Stays": ["Zolo Arena, HSR Layout", "Zolo Crest, Madhapur"],
    "Colive": ["Colive 127 Whitefield", "Colive 302 Marathahalli"],
    "The Collective": ["Old Oak, London NW10", "Canary Wharf, London E14"],
    "Gravity Co-Living": ["Gravity Croydon", "Gravity Wembley"],
    "Common Living": ["Common Albany, Brooklyn", "Common Lincoln Square, Chicago"],
    "Outpost Club": ["Outpost Bushwick", "Outpost Crown Heights"],
    "Node Living Dublin": ["Node Aungier Street, Dublin 2", "Node Grand Canal, Dublin 4"],
}
COLIVING_WORDS = (
    ["Rent paid - thank you!", "Payment successful"],
    ["Payment failed - rent still due"],
    ["Payment processing - we'll confirm by e-mail"],
)


def coliving_rent(rng: random.Random, font: str):
    """A co-living operator's rent in its app or e-mail: the operator on top (the payee), the resident and their
    room (never), the month the rent is for and a next due day (never the date), rent with electricity, Wi-Fi,
    housekeeping or a late fee, a wallet credit or referral taken off; a security deposit held printed apart (never
    the amount). The payment's reference is the id where printed, else the invoice's number; a resident id never."""
    rows, page, style = _start(rng, font, COLIVING, COLIVING_DOMAINS)
    rows.append(("center", rng.choice(["Rent receipt", "Payment summary", "Your rent for this month"])))
    resident = page.person(rng)
    rows.append(("pair", rng.choice(["Resident", "Member", "Tenant"]), resident))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Resident ID", "Member ID"]), code(rng, 2, UPPER) + digits(rng, 6)))
    rows.append(("pair", "Home", rng.choice(COLIVING_HOMES[page.name])))
    rows.append(
        (
            "pair",
            "Room",
            f"{rng.randrange(1, 9)}{rng.randrange(0, 3)}{rng.randrange(1, 9)}-{rng.choice('ABC')}",
        )
    )
    month = _later(page.when, rng, 0, 12)
    rows.append(("pair", rng.choice(["Rent for", "Billing month", "Period"]), month.strftime("%B %Y")))
    rows.append(("rule",))
    rent = page.p(rng.choice([520.0, 640.0, 780.0, 950.0]) * (0.5 if page.key == "INR" else 1))
    items = [("Monthly rent", rent)]
    if shown(rng, 0.4):
        items.append(
            (rng.choice(["Electricity (metered)", "Utilities"]), page.p(rng.choice([22.0, 35.0, 48.0])))
        )
    if shown(rng, 0.5):
        items.append(
            (rng.choice(["Housekeeping & Wi-Fi", "Community fee"]), page.p(rng.choice([15.0, 25.0])))
        )
    if shown(rng, 0.8):
        items.append(("Late payment fee", page.p(rng.choice([10.0, 20.0]))))
    total = _lines(rows, page, items)
    if shown(rng, 0.6):
        total += _off(
            rows,
            page,
            rng.choice(["Referral credit", "Wallet credit applied"]),
            page.p(rng.choice([10, 25.0])),
        )
    if page.key == "INR" and shown(rng, 0.5):
        total = _tax74(rng, rows, page.grouping, round(total, 2), "INR", EN, rate=0.12)
    total = round(total, 2)
    if shown(rng, 0.5):
        rows.append(("pair", "Security deposit (held)", page.money(page.p(rng.choice([1000.0, 1300.0])))))
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        COLIVING_WORDS,
        (["Payment ID", "Transaction ID", "Payment reference"], "pay_" + code(rng, 14, ALNUM)),
        (["Invoice No", "Invoice #"], f"INV-{code(rng, 2, UPPER)}-{digits(rng, 6)}"),
        ["Paid on", "Payment date", "Date"],
        ["Total", "Amount due", "Total rent"],
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Next rent due", page.later(rng, 25, 35)))
    _close(
        rng,
        rows,
        page,
        ["Download invoice", "Done", "Raise a ticket"],
        ["Questions? Chat with your community manager.", "Pay rent on time to avoid a late fee."],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 2 a grocery delivery pass's renewal


GROCERY_PASSES = {
    "INR": ["bbnow bbstar", "Swiggy One"],
    "GBP": ["Tesco Delivery Saver", "Ocado Smart Pass"],
    "USD": ["Instacart+"],
    "EUR": ["Tesco Ireland Delivery Saver", "SuperValu Delivery Pass"],
}
GROCERY_DOMAINS = {
    "bbnow bbstar": "bigbasket.com",
    "Swiggy One": "swiggy.in",
    "Tesco Delivery Saver": "tesco.com",
    "Ocado Smart Pass": "ocado.com",
    "Instacart+": "instacart.com",
    "Tesco Ireland Delivery Saver": "tesco.ie",
    "SuperValu Delivery Pass": "supervalu.ie",
}
GROCERY_WORDS = (
    ["Your plan has renewed", "Membership renewed - thanks for staying!"],
    ["We couldn't renew your plan - payment failed", "Renewal failed"],
    ["Renewal payment pending"],
)


def grocery_pass(rng: random.Random, font: str):
    """A grocery delivery pass's renewal: the pass on top (the payee), the member (never), the plan and its period,
    the next renewal (never the date), a list price struck beside the price charged, a promo off, tax included or
    GST added; the savings so far (never the amount). The amount is the price charged now."""
    rows, page, style = _start(rng, font, GROCERY_PASSES, GROCERY_DOMAINS)
    rows.append(("center", rng.choice(["Renewal receipt", "Your membership", "Plan renewal"])))
    rows.append(("pair", rng.choice(["Member", "Account holder"]), page.person(rng)))
    months = rng.choice([1, 6, 12])
    plan = {1: "Monthly", 6: "6-month", 12: "Annual"}[months]
    rows.append(("pair", "Plan", f"{plan} plan - {rng.choice(['Anytime', 'Midweek', 'Unlimited'])}"))
    start = page.when
    end = _later(start, rng, months * 30 - 1, months * 30 + 1)
    rows.append(("pair", "Plan period", f"{_d73(start, page.pattern, EN)} - {_d73(end, page.pattern, EN)}"))
    if shown(rng, 0.5):
        rows.append(("pair", "Savings so far", page.money(page.p(rng.choice([18.0, 42.0, 66.0])))))
    rows.append(("rule",))
    price = page.p({1: 6.99, 6: 32.0, 12: 58.0}[months] * (0.4 if page.key == "INR" else 1))
    total = _lines(rows, page, [(f"{plan} plan", price)])
    if shown(rng, 0.6):
        rows.append(("pair", "List price", page.money(page.p({1: 8.99, 6: 39.0, 12: 72.0}[months]))))
    if shown(rng, 0.6):
        total += _off(
            rows, page, rng.choice(["Promo LOYAL20", "Returning member offer"]), round(price * 0.2, 2)
        )
    total = _tax74(rng, rows, page.grouping, round(total, 2), page.key, EN)
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        GROCERY_WORDS,
        (["Transaction ID", "Payment ID"], digits(rng, 14)),
        (["Order No.", "Order #", "Invoice No."], f"{code(rng, 3, UPPER)}{digits(rng, 8)}"),
        ["Renewed on", "Charged on", "Payment date"],
        ["Total", "Amount", "Plan price"],
    )
    rows.append(
        ("pair", rng.choice(["Renews on", "Next renewal"]), _d73(_later(end, rng, 1, 2), page.pattern, EN))
    )
    _close(
        rng,
        rows,
        page,
        ["Manage plan", "Shop now", "Done"],
        ["Cancel anytime in Account > Membership.", "Free delivery on orders over the minimum basket."],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 3 a cloud storage or password manager plan


CLOUD_PLANS = {
    "INR": ["Google One", "Zoho Vault"],
    "GBP": ["Dropbox", "1Password"],
    "USD": ["Bitwarden", "Backblaze"],
    "EUR": ["pCloud", "Proton"],
}
CLOUD_DOMAINS = {
    "Google One": "google.com",
    "Zoho Vault": "zoho.com",
    "Dropbox": "dropbox.com",
    "1Password": "1password.com",
    "Bitwarden": "bitwarden.com",
    "Backblaze": "backblaze.com",
    "pCloud": "pcloud.com",
    "Proton": "proton.me",
}
CLOUD_ITEMS = {
    "Google One": ["Premium 2 TB", "Standard 200 GB"],
    "Zoho Vault": ["Vault Standard (5 users)", "Vault Professional (3 users)"],
    "Dropbox": ["Dropbox Plus (2 TB)", "Dropbox Essentials"],
    "1Password": ["1Password Families", "1Password Individual"],
    "Bitwarden": ["Families Organization", "Premium (individual)"],
    "Backblaze": ["Personal Backup - 1 computer", "Personal Backup - 2 computers"],
    "pCloud": ["Premium Plus 2 TB", "Premium 500 GB"],
    "Proton": ["Proton Unlimited", "Proton Pass Plus"],
}
CLOUD_WORDS = (
    ["Thanks! Your subscription is active", "Payment received"],
    ["Your payment didn't go through", "Payment declined - update your card"],
    ["We're processing your payment"],
)


def cloud_plan(rng: random.Random, font: str):
    """A cloud storage or password manager plan's receipt: the provider on top (the payee), the account's e-mail
    and an account or customer id (never the id), the plan, its service period (never the date), seats at a price,
    a credit from an earlier plan taken off, tax included or added. The invoice's or a Stripe-like charge's number
    is the id (the charge where printed)."""
    rows, page, style = _start(rng, font, CLOUD_PLANS, CLOUD_DOMAINS, 0.6)
    rows.append(("center", rng.choice(["Receipt", "Your receipt", "Payment confirmation"])))
    who = page.person(rng)
    rows.append(("pair", "Account", who.split()[0].lower() + "." + who.split()[-1].lower() + "@gmail.com"))
    if shown(rng, 0.5):
        rows.append(("pair", "Customer ID", digits(rng, 9)))
    item = rng.choice(CLOUD_ITEMS[page.name])
    yearly = shown(rng, 0.4)
    end = _later(page.when, rng, 364 if yearly else 29, 365 if yearly else 31)
    rows.append(
        ("pair", "Service period", f"{_d73(page.when, page.pattern, EN)} - {_d73(end, page.pattern, EN)}")
    )
    rows.append(("rule",))
    price = page.p((79.0 if yearly else 7.99) * (0.35 if page.key == "INR" else 1))
    seats = rng.choice([1, 1, 2, 5]) if "Vault" in item or "Organization" in item else 1
    label = f"{item} x {seats}" if seats > 1 else item
    total = _lines(rows, page, [(label, round(price * seats, 2))])
    if shown(rng, 0.7):
        total += _off(rows, page, "Credit from previous plan", page.p(rng.choice([1.5, 3.0])))
    total = round(total, 2)
    if page.key == "USD" and shown(rng, 0.5):
        tax = round(total * 0.0725, 2)
        rows.append(("pair", "Sales tax (7.25%)", page.money(tax)))
        total = round(total + tax, 2)
    elif page.key != "USD":
        total = _tax74(
            rng, rows, page.grouping, total, page.key, EN, mode="included" if page.key != "INR" else None
        )
    if yearly and shown(rng, 0.5):
        rows.append(("pair", "That's per month", page.money(round(total / 12, 2))))
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        CLOUD_WORDS,
        (
            ["Payment ID", "Transaction ID"],
            _pi(rng)
            if page.key != "INR"
            else "GPA." + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 5),
        ),
        (
            ["Invoice No.", "Invoice number", "Receipt #"],
            f"{code(rng, 8, UPPER + '0123456789')}-{digits(rng, 4)}",
        ),
        ["Date paid", "Payment date", "Date"],
        ["Total", "Amount", "Total due"],
        p_out=0.5,
    )
    _close(
        rng,
        rows,
        page,
        ["View invoice", "Manage subscription"],
        ["You can cancel auto-renewal at any time in Settings.", "Questions? Visit our Help Center."],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 4 a video doctor's consultation


TELEDOCS = {
    "INR": ["Practo", "MFine"],
    "GBP": ["Push Doctor", "Livi"],
    "USD": ["Teladoc Health", "Amwell"],
    "EUR": ["Webdoctor.ie", "VideoDoc"],
}
TELEDOC_DOMAINS = {
    "Practo": "practo.com",
    "MFine": "mfine.co",
    "Push Doctor": "pushdoctor.co.uk",
    "Livi": "livi.co.uk",
    "Teladoc Health": "teladoc.com",
    "Amwell": "amwell.com",
    "Webdoctor.ie": "webdoctor.ie",
    "VideoDoc": "videodoc.ie",
}
SPECIALTIES = ["General Physician", "Dermatologist", "Paediatrician", "GP (online)", "Gynaecologist"]
TELEDOC_WORDS = (
    ["Consultation booked - payment successful", "Appointment confirmed"],
    ["Payment failed - appointment not booked"],
    ["Payment pending - slot held for 10 minutes"],
)


def teleconsult(rng: random.Random, font: str):
    """A video doctor's consultation booked in an app: the platform on top (the payee), the patient, the doctor and
    their registration number (never), the consultation's slot (never the date), a fee with a platform fee, a
    coupon off, GST on the platform fee on rupee pages; an insurer's share on US pages shown as what the plan covers
    (never the amount). The payment's reference is the id where printed, else the consultation's order number."""
    rows, page, style = _start(rng, font, TELEDOCS, TELEDOC_DOMAINS)
    rows.append(("center", rng.choice(["Consultation receipt", "Booking summary", "Payment details"])))
    patient = page.person(rng)
    doctor = "Dr. " + page.person(rng, patient)
    rows.append(("pair", "Patient", patient))
    rows.append(("pair", rng.choice(["Doctor", "Clinician"]), doctor))
    rows.append(("pair", "Speciality", rng.choice(SPECIALTIES)))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                {"INR": "Reg. No", "GBP": "GMC No", "USD": "NPI", "IE": "IMC No"}[page.key],
                digits(rng, 7),
            )
        )
    slot = _later(page.when, rng, 0, 3)
    rows.append(
        (
            "pair",
            rng.choice(["Appointment", "Video call on", "Slot"]),
            _d73(slot, page.pattern, EN) + f", {rng.randrange(9, 20)}:{rng.choice(['00', '15', '30', '45'])}",
        )
    )
    rows.append(("rule",))
    fee = page.p(rng.choice([19.0, 25.0, 35.0, 49.0]) * (0.3 if page.key == "INR" else 1))
    items = [("Consultation fee", fee)]
    if shown(rng, 0.5):
        items.append(("Platform fee", page.p(1.0 if page.key != "INR" else 0.5)))
    total = _lines(rows, page, items)
    if shown(rng, 0.6):
        total += _off(rows, page, rng.choice(["Coupon FIRSTCONSULT", "Discount"]), round(fee * 0.25, 2))
    total = round(total, 2)
    if page.key == "USD" and shown(rng, 0.5):
        covered = page.p(rng.choice([40.0, 55.0]))
        rows.append(("pair", "Covered by your plan", page.money(covered)))
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        TELEDOC_WORDS,
        (["Transaction ID", "Payment ID", "Payment reference"], code(rng, 3, UPPER) + digits(rng, 10)),
        (["Order ID", "Booking ID", "Consultation ID"], digits(rng, 8)),
        ["Paid on", "Booked on", "Date"],
        ["Total", "Amount payable", "To pay"],
    )
    _close(
        rng,
        rows,
        page,
        ["Join video call", "Add to calendar", "Download receipt"],
        [
            "This is not an emergency service. In an emergency call 112.",
            "Prescriptions are sent to your chosen pharmacy.",
        ],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 5 a breakdown cover's renewal


BREAKDOWNS = {
    "INR": ["MyTVS Roadside Assistance", "Allianz Partners RSA"],
    "GBP": ["The AA", "RAC"],
    "USD": ["AAA Northeast", "Good Sam Roadside Assistance"],
    "EUR": ["AA Ireland", "Green Flag Ireland"],
}
BREAKDOWN_DOMAINS = {
    "MyTVS Roadside Assistance": "mytvs.in",
    "Allianz Partners RSA": "allianz-partners.in",
    "The AA": "theaa.com",
    "RAC": "rac.co.uk",
    "AAA Northeast": "northeast.aaa.com",
    "Good Sam Roadside Assistance": "goodsam.com",
    "AA Ireland": "theaa.ie",
    "Green Flag Ireland": "greenflag.ie",
}
PLATES = {
    "INR": lambda rng: (
        f"{rng.choice(['KA 05', 'MH 12', 'TN 09', 'DL 3C'])} {code(rng, 2, UPPER)} {digits(rng, 4)}"
    ),
    "GBP": lambda rng: f"{code(rng, 2, UPPER)}{rng.randrange(10, 75)} {code(rng, 3, UPPER)}",
    "USD": lambda rng: f"{digits(rng, 1)}{code(rng, 3, UPPER)}{digits(rng, 3)}",
    "IE": lambda rng: f"{rng.randrange(151, 252)}-{rng.choice(['D', 'C', 'G', 'KY'])}-{digits(rng, 4)}",
}
BREAKDOWN_WORDS = (
    ["Your cover is renewed", "Payment successful - you're covered"],
    ["Payment failed - your cover has not been renewed"],
    ["Payment pending - cover starts once payment clears"],
)


def breakdown_cover(rng: random.Random, font: str):
    """A breakdown cover's renewal: the provider on top (the payee), the member, a membership number and the car's
    registration (never the id), cover levels with their prices, a loyalty discount, insurance premium tax
    included on UK and Irish pages or GST added on rupee pages, the cover's start and end (never the date) and a
    call-out excess (never the amount). The payment's reference is the id where printed, else the renewal's
    order number."""
    rows, page, style = _start(rng, font, BREAKDOWNS, BREAKDOWN_DOMAINS, 0.5)
    rows.append(("center", rng.choice(["Renewal confirmation", "Membership renewed", "Your cover details"])))
    rows.append(("pair", "Member", page.person(rng)))
    rows.append(
        (
            "pair",
            rng.choice(["Membership number", "Member no.", "Policy number"]),
            digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 4),
        )
    )
    rows.append(("pair", "Vehicle", PLATES[page.key](rng)))
    start = _later(page.when, rng, 1, 14)
    rows.append(("pair", "Cover starts", _d73(start, page.pattern, EN)))
    rows.append(("pair", "Cover ends", _d73(_later(start, rng, 364, 365), page.pattern, EN)))
    rows.append(("rule",))
    base = 0.35 if page.key == "INR" else 1
    items = [(rng.choice(["Roadside", "Basic cover", "Classic"]), page.p(rng.choice([39.0, 49.0]) * base))]
    for extra, cost in rng.sample(
        [("National Recovery", 45.0), ("At Home", 30.0), ("Onward Travel", 20.0), ("Parts & Garage", 25.0)],
        rng.choice([0, 1, 2]),
    ):
        items.append((extra, page.p(cost * base)))
    total = _lines(rows, page, items)
    if shown(rng, 0.5):
        total += _off(rows, page, "Loyalty discount", page.p(10.0 * base))
    total = round(total, 2)
    if page.key == "INR":
        total = _tax74(rng, rows, page.grouping, total, "INR", EN)
    elif page.key in ("GBP", "IE") and shown(rng, 0.5):
        rate = 0.12 if page.key == "GBP" else 0.03
        rows.append(
            (
                "pair",
                f"incl. Insurance Premium Tax {rate * 100:g}%",
                page.money(round(total - total / (1 + rate), 2)),
            )
        )
    if shown(rng, 0.6):
        rows.append(("pair", "Call-out excess", page.money(page.p(35.0 * base))))
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        BREAKDOWN_WORDS,
        (
            ["Payment reference", "Transaction reference", "Confirmation number"],
            code(rng, 2, UPPER) + digits(rng, 9),
        ),
        (["Order No", "Renewal reference"], f"R{digits(rng, 7)}"),
        ["Payment date", "Paid on", "Date"],
        ["Total", "Annual price", "Total price"],
        p_out=0.6,
    )
    _close(
        rng,
        rows,
        page,
        ["Add to Wallet", "View documents", "Call for help"],
        ["Broken down? Use the app or call us 24/7.", "Keep your membership card in the car."],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 6 a resale ticket's order


RESALES = {
    "INR": ["viagogo"],
    "GBP": ["Twickets", "StubHub"],
    "USD": ["StubHub", "SeatGeek"],
    "EUR": ["TicketSwap", "viagogo"],
}
RESALE_DOMAINS = {
    "viagogo": "viagogo.com",
    "Twickets": "twickets.live",
    "StubHub": "stubhub.com",
    "SeatGeek": "seatgeek.com",
    "TicketSwap": "ticketswap.com",
}
RESALE_EVENTS = {
    "INR": [
        ("Coldplay: Music of the Spheres", "DY Patil Stadium, Navi Mumbai"),
        ("Diljit Dosanjh Dil-Luminati", "JLN Stadium, Delhi"),
    ],
    "GBP": [("Arsenal v Chelsea", "Emirates Stadium, London"), ("Fontaines D.C.", "O2 Academy Leeds")],
    "USD": [
        ("Knicks vs Celtics", "Madison Square Garden, New York"),
        ("Olivia Rodrigo", "United Center, Chicago"),
    ],
    "IE": [("Ireland v France - Six Nations", "Aviva Stadium, Dublin"), ("Dua Lipa", "3Arena, Dublin")],
}
RESALE_WORDS = (
    ["Order confirmed - your tickets are on the way", "Payment successful"],
    ["Payment failed - tickets released"],
    ["Payment pending - we'll hold your tickets for 15 minutes"],
)


def ticket_resale(rng: random.Random, font: str):
    """A resale ticket's order: the resale platform on top (the payee), the event, its venue and day (never the
    date), the seller (never the payee), seats, each ticket's face value or the price set by the seller, a booking
    fee, a delivery fee; the buyer. The amount is the order's total with its fees (never a face value). The
    payment's reference is the id where printed, else the order's number; a listing id never."""
    rows, page, style = _start(rng, font, RESALES, RESALE_DOMAINS, 0.5)
    rows.append(("center", rng.choice(["Order confirmation", "Thanks for your order", "Your tickets"])))
    event, venue = rng.choice(RESALE_EVENTS[page.key])
    rows.append(("left", event))
    rows.append(("small", venue))
    rows.append(("pair", "Event date", page.later(rng, 7, 90)))
    buyer = page.person(rng)
    rows.append(("pair", "Buyer", buyer))
    if shown(rng, 0.5):
        rows.append(("pair", "Seller", page.person(rng, buyer)))
    if shown(rng, 0.5):
        rows.append(("pair", "Listing ID", digits(rng, 10)))
    count = rng.choice([1, 2, 2, 4])
    rows.append(("pair", "Seats", _seats(rng, count)))
    rows.append(("rule",))
    pounds = rng.choice([45.0, 65.0, 85.0]) * (4.0 if page.key == "INR" else 1.0)
    face = page.p(pounds)
    price = page.p(pounds * rng.choice([1.0, 1.2, 1.6]))
    if shown(rng, 0.4):
        rows.append(("pair", "Face value (each)", page.money(face)))
    items = [(f"Tickets x {count} @ {page.money(price)}", round(price * count, 2))]
    items.append(("Booking fee", round(price * count * 0.1, 2)))
    if shown(rng, 0.5):
        items.append(("Delivery (mobile transfer)", page.p(rng.choice([1.5, 2.5]))))
    total = _lines(rows, page, items)
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        RESALE_WORDS,
        (["Payment ID", "Transaction ID"], code(rng, 4, UPPER) + digits(rng, 8)),
        (["Order number", "Order #", "Order No."], digits(rng, 9)),
        ["Order date", "Date of purchase", "Date"],
        ["Total", "Order total", "You pay"],
    )
    _close(
        rng,
        rows,
        page,
        ["View tickets", "Transfer to a friend"],
        [
            "Tickets will appear in your account 48 hours before the event.",
            "Prices set by sellers may be above face value.",
        ],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 7 a car-pool seat


CARPOOLS = {
    "INR": ["Quick Ride", "sRide", "BlaBlaCar"],
    "GBP": ["BlaBlaCar", "Liftshare"],
    "EUR": ["BlaBlaCar"],
    "USD": ["Scoop Carpool"],
}
CARPOOL_DOMAINS = {
    "Quick Ride": "quickride.in",
    "sRide": "sride.co",
    "BlaBlaCar": "blablacar.com",
    "Liftshare": "liftshare.com",
    "Scoop Carpool": "takescoop.com",
}
CARPOOL_TRIPS = {
    "INR": [("Bengaluru", "Mysuru"), ("Pune", "Mumbai"), ("Whitefield", "Electronic City")],
    "GBP": [("Bristol", "London"), ("Manchester", "Leeds")],
    "IE": [("Dublin", "Galway"), ("Cork", "Limerick")],
    "USD": [("San Jose", "Palo Alto"), ("Oakland", "San Francisco")],
}
CARPOOL_WORDS = (
    ["Seat booked - payment successful", "Booking confirmed"],
    ["Payment failed - seat not booked"],
    ["Waiting for the driver to accept - you won't be charged until then"],
)


def carpool_seat(rng: random.Random, font: str):
    """A car-pool seat: the platform on top (the payee), the driver and their car's plate (never), the trip, its
    day and hour (never the date), seats at a price, a service fee, ride points or credits off. The amount is what
    the rider was charged. The payment's reference is the id where printed, else the booking's number."""
    rows, page, style = _start(rng, font, CARPOOLS, CARPOOL_DOMAINS, 0.3)
    rows.append(("center", rng.choice(["Your booking", "Ride details", "Booking receipt"])))
    a, b = rng.choice(CARPOOL_TRIPS[page.key])
    rows.append(("left", f"{a}  ->  {b}"))
    rows.append(
        (
            "pair",
            rng.choice(["Departure", "Ride on"]),
            page.later(rng, 0, 20) + f" {rng.randrange(6, 21):02d}:{rng.choice(['00', '30', '45'])}",
        )
    )
    driver = page.person(rng)
    rows.append(("pair", rng.choice(["Driver", "Ride giver"]), driver))
    if shown(rng, 0.5):
        rows.append(
            ("pair", "Car", f"{rng.choice(['Swift', 'Golf', 'Corolla', 'i20'])} - {PLATES[page.key](rng)}")
        )
    if shown(rng, 0.5):
        rows.append(("pair", "Passengers", f"You + {rng.randrange(1, 3)}"))
    rows.append(("rule",))
    seats = rng.choice([1, 1, 2])
    seat = page.p(rng.choice([6.0, 9.0, 14.0]) * (0.4 if page.key == "INR" else 1))
    items = [(f"Seat x {seats}" if seats > 1 else "Seat price", round(seat * seats, 2))]
    if shown(rng, 0.3):
        items.append(("Service fee", round(seat * seats * 0.15, 2)))
    total = _lines(rows, page, items)
    if shown(rng, 0.6):
        total += _off(rows, page, rng.choice(["Ride points redeemed", "Credit applied"]), page.p(1.0))
    total = round(total, 2)
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        CARPOOL_WORDS,
        (["Transaction ID", "Payment ref"], digits(rng, 12)),
        (["Booking ID", "Booking reference", "Ride ID"], code(rng, 2, UPPER) + digits(rng, 7)),
        ["Booked on", "Payment date", "Date"],
        ["Total", "Fare total", "Amount"],
    )
    _close(
        rng,
        rows,
        page,
        ["Message driver", "Cancel booking"],
        [
            "Free cancellation up to 24 hours before departure.",
            "Please be at the pick-up point 5 minutes early.",
        ],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 8 an airline seat bought after booking


AIRLINES = {
    "INR": ["IndiGo", "Air India Express"],
    "GBP": ["British Airways", "easyJet"],
    "USD": ["United Airlines", "Alaska Airlines"],
    "EUR": ["Aer Lingus", "Ryanair"],
}
AIRLINE_DOMAINS = {
    "IndiGo": "goindigo.in",
    "Air India Express": "airindiaexpress.com",
    "British Airways": "ba.com",
    "easyJet": "easyjet.com",
    "United Airlines": "united.com",
    "Alaska Airlines": "alaskaair.com",
    "Aer Lingus": "aerlingus.com",
    "Ryanair": "ryanair.com",
}
AIRLINE_CODES = {
    "IndiGo": "6E",
    "Air India Express": "IX",
    "British Airways": "BA",
    "easyJet": "U2",
    "United Airlines": "UA",
    "Alaska Airlines": "AS",
    "Aer Lingus": "EI",
    "Ryanair": "FR",
}
ROUTES = {
    "INR": ["BLR - DEL", "BOM - GOI", "MAA - CCU"],
    "GBP": ["LHR - EDI", "LGW - FAO", "MAN - AMS"],
    "USD": ["SFO - ORD", "SEA - LAX", "EWR - DEN"],
    "IE": ["DUB - LHR", "DUB - BOS", "ORK - BCN"],
}
SEAT_WORDS = (
    ["Seats confirmed - payment successful", "Your seat is booked"],
    ["Payment failed - seat not assigned"],
    ["Payment pending - seat held"],
)


def seat_upgrade(rng: random.Random, font: str):
    """An airline seat bought after booking (extra legroom, a front row or a chosen seat) in the airline's app or
    e-mail: the airline on top (the payee), the passengers (never), the flight number and its day (never the
    date), each seat at a price, GST on rupee pages. The payment's reference is the id where printed, else the
    booking's reference (PNR)."""
    rows, page, style = _start(rng, font, AIRLINES, AIRLINE_DOMAINS, 0.4)
    rows.append(("center", rng.choice(["Seat selection receipt", "Your extras", "Manage booking - seats"])))
    flight = f"{AIRLINE_CODES[page.name]} {rng.randrange(100, 2999)}"
    rows.append(("pair", "Flight", f"{flight}  {rng.choice(ROUTES[page.key])}"))
    rows.append(("pair", rng.choice(["Departs", "Flight date"]), page.later(rng, 2, 60)))
    count = rng.choice([1, 2, 2, 3])
    people: list[str] = []
    total = 0.0
    rows.append(("rule",))
    kind, pounds = rng.choice(
        [("Extra legroom", 24.0), ("Standard seat", 9.0), ("Up front", 16.0), ("Exit row", 28.0)]
    )
    each = page.p(pounds * (0.4 if page.key == "INR" else 1))
    for _ in range(count):
        who = page.person(rng, *people)
        people.append(who)
        seat = f"{rng.randrange(1, 32)}{rng.choice('ABCDEF')}"
        rows.append(("pair", f"{who} - {seat} ({kind})", page.money(each)))
        total += each
    total = round(total, 2)
    if page.key == "INR":
        total = _tax74(rng, rows, page.grouping, total, "INR", EN, rate=0.18)
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        SEAT_WORDS,
        (["Payment reference", "Transaction ID"], code(rng, 2, UPPER) + digits(rng, 10)),
        (["Booking reference", "PNR", "Confirmation code"], code(rng, 6, ALNUM)),
        ["Purchased on", "Payment date", "Date"],
        ["Total", "Total seat charges", "Amount"],
        p_out=0.6,
    )
    _close(
        rng,
        rows,
        page,
        ["Check in", "View boarding pass", "Add bags"],
        [
            "Seat fees are non-refundable unless the flight is cancelled.",
            "Online check-in opens 48 hours before departure.",
        ],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 9 a pet insurance premium


PET_INSURERS = {
    "INR": ["Digit Pet Insurance", "Bajaj Allianz Pet Care"],
    "GBP": ["Petplan", "ManyPets"],
    "USD": ["Lemonade Pet", "Trupanion"],
    "EUR": ["Allianz Pet Insurance Ireland", "Petinsure.ie"],
}
PET_DOMAINS = {
    "Digit Pet Insurance": "godigit.com",
    "Bajaj Allianz Pet Care": "bajajallianz.com",
    "Petplan": "petplan.co.uk",
    "ManyPets": "manypets.com",
    "Lemonade Pet": "lemonade.com",
    "Trupanion": "trupanion.com",
    "Allianz Pet Insurance Ireland": "allianz.ie",
    "Petinsure.ie": "petinsure.ie",
}
PETS = ["Bruno", "Luna", "Simba", "Milo", "Coco", "Bella", "Tiger", "Daisy"]
PET_WORDS = (
    ["Premium received - your pet is covered", "Payment successful"],
    ["Premium payment failed - cover at risk"],
    ["Payment pending"],
)


def pet_insurance(rng: random.Random, font: str):
    """A pet insurance premium paid in the insurer's app or e-mail: the insurer on top (the payee), the policy
    holder, the pet, its breed and microchip and the policy number (never), a monthly or yearly premium with a
    multi-pet discount, insurance premium tax included on UK and Irish pages or GST added on rupee pages, the
    excess and the vet fee limit (never the amount), the cover's end or next premium's day (never the date). The
    payment's reference is the id where printed, else the receipt's number."""
    rows, page, style = _start(rng, font, PET_INSURERS, PET_DOMAINS, 0.45)
    rows.append(("center", rng.choice(["Premium receipt", "Payment confirmation", "Your policy"])))
    rows.append(("pair", "Policy holder", page.person(rng)))
    pet = rng.choice(PETS)
    rows.append(
        (
            "pair",
            "Pet",
            f"{pet} ({rng.choice(['Labrador Retriever', 'Beagle', 'Indie', 'Domestic Shorthair', 'Cocker Spaniel'])})",
        )
    )
    rows.append(("pair", "Policy number", f"{code(rng, 3, UPPER)}{digits(rng, 8)}"))
    if shown(rng, 0.5):
        rows.append(("pair", "Microchip", digits(rng, 15)))
    yearly = shown(rng, 0.5)
    base = 0.4 if page.key == "INR" else 1
    premium = page.p((240.0 if yearly else 21.0) * base)
    rows.append(("rule",))
    total = _lines(rows, page, [("Annual premium" if yearly else "Monthly premium", premium)])
    if shown(rng, 0.6):
        total += _off(rows, page, "Multi-pet discount (10%)", round(premium * 0.1, 2))
    total = round(total, 2)
    if page.key == "INR":
        total = _tax74(rng, rows, page.grouping, total, "INR", EN, rate=0.18)
    elif page.key in ("GBP", "IE") and shown(rng, 0.5):
        rate = 0.12 if page.key == "GBP" else 0.03
        rows.append(
            ("pair", f"includes IPT at {rate * 100:g}%", page.money(round(total - total / (1 + rate), 2)))
        )
    if shown(rng, 0.5):
        rows.append(("pair", "Excess per condition", page.money(page.p(99.0 * base))))
    if shown(rng, 0.6):
        rows.append(("pair", "Vet fee limit", page.money(page.p(4000.0 * base))))
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        PET_WORDS,
        (["Transaction ID", "Payment reference"], digits(rng, 13)),
        (["Receipt No", "Receipt number"], f"PR{digits(rng, 8)}"),
        ["Payment date", "Paid on", "Date"],
        ["Total", "Premium due", "Amount"],
        p_out=0.6,
    )
    if yearly:
        rows.append(("pair", "Cover renews", page.later(rng, 360, 366)))
    else:
        rows.append(("pair", "Next premium", page.later(rng, 28, 31)))
    _close(
        rng,
        rows,
        page,
        ["Make a claim", "View policy"],
        [f"Give {pet} a pat from us!", "Claims can be made in the app within 90 days."],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 10 a device protection plan


PROTECTIONS = {
    "INR": ["OneAssist", "Samsung Care+"],
    "GBP": ["AppleCare+", "Currys Care & Repair"],
    "USD": ["Allstate Protection Plans", "AppleCare+"],
    "EUR": ["AppleCare+", "Harvey Norman Product Care"],
}
PROTECTION_DOMAINS = {
    "OneAssist": "oneassist.in",
    "Samsung Care+": "samsung.com",
    "AppleCare+": "apple.com",
    "Currys Care & Repair": "currys.co.uk",
    "Allstate Protection Plans": "allstateprotectionplans.com",
    "Harvey Norman Product Care": "harveynorman.ie",
}
DEVICES = [
    ("iPhone 16 128GB", 799.0),
    ("Galaxy S25", 799.0),
    ("MacBook Air 13-inch", 999.0),
    ("iPad Air 11-inch", 599.0),
    ("Pixel 9", 699.0),
    ("55-inch OLED TV", 1299.0),
]
PROTECTION_WORDS = (
    ["Your plan is active", "Purchase complete - you're protected"],
    ["Payment failed - plan not activated"],
    ["Payment pending - plan activates once payment is confirmed"],
)


def device_protection(rng: random.Random, font: str):
    """A device protection plan bought in an app or online: the provider on top (the payee), the device, its
    serial number or IMEI and its price (never the id or the amount), the plan, its term and end (never the
    date), a claim's service fee (never the amount), GST added on rupee pages, sales tax on a share of US pages.
    The payment's reference is the id where printed, else the order's or agreement's number."""
    rows, page, style = _start(rng, font, PROTECTIONS, PROTECTION_DOMAINS, 0.5)
    rows.append(
        ("center", rng.choice(["Order confirmation", "Plan purchase receipt", "Protection plan summary"]))
    )
    device, value = rng.choice(DEVICES)
    rows.append(("pair", "Device", device))
    if "iPhone" in device or "Galaxy" in device or "Pixel" in device:
        rows.append(("pair", "IMEI", digits(rng, 15)))
    else:
        rows.append(("pair", "Serial number", code(rng, 10, ALNUM)))
    if shown(rng, 0.5):
        rows.append(("pair", "Device value", page.money(page.p(value))))
    rows.append(("pair", "Covered person", page.person(rng)))
    years = rng.choice([1, 2, 3])
    rows.append(
        (
            "pair",
            "Plan",
            f"{rng.choice(['Accidental damage', 'Extended warranty + theft', 'Screen protection'])} - {years} yr",
        )
    )
    rows.append(("pair", "Coverage ends", page.later(rng, 365 * years - 1, 365 * years)))
    rows.append(("rule",))
    price = page.p(value * 0.06 * years * (0.9 if page.key != "INR" else 0.5))
    total = _lines(rows, page, [("Plan price", price)])
    if page.key == "INR":
        total = _tax74(rng, rows, page.grouping, total, "INR", EN, rate=0.18)
    elif page.key == "USD" and shown(rng, 0.5):
        tax = round(total * 0.0625, 2)
        rows.append(("pair", "Sales tax", page.money(tax)))
        total = round(total + tax, 2)
    if shown(rng, 0.5):
        rows.append(("pair", "Service fee per claim", page.money(page.p(rng.choice([25.0, 79.0])))))
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        PROTECTION_WORDS,
        (["Transaction ID", "Payment ID"], code(rng, 2, UPPER) + digits(rng, 11)),
        (["Order No.", "Agreement number", "Order number"], f"W{digits(rng, 9)}"),
        ["Order date", "Purchase date", "Date"],
        ["Total", "Order total", "Total price"],
        p_out=0.55,
    )
    _close(
        rng,
        rows,
        page,
        ["File a claim", "View agreement"],
        [
            "Keep this e-mail: it is your proof of coverage.",
            "Plan terms apply. Cancel within 30 days for a full refund.",
        ],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 11 a home alarm or camera monitoring plan


SECURITIES = {
    "INR": ["Qubo Smart Cam Cloud", "Godrej Security Solutions"],
    "GBP": ["Verisure", "Ring"],
    "USD": ["SimpliSafe", "Ring"],
    "EUR": ["Verisure Ireland", "PhoneWatch"],
}
SECURITY_DOMAINS = {
    "Qubo Smart Cam Cloud": "quboworld.com",
    "Godrej Security Solutions": "godrejsecurity.com",
    "Verisure": "verisure.co.uk",
    "Ring": "ring.com",
    "SimpliSafe": "simplisafe.com",
    "Verisure Ireland": "verisure.ie",
    "PhoneWatch": "phonewatch.ie",
}
SECURITY_WORDS = (
    ["Payment received - monitoring active", "Thanks, your plan is paid"],
    ["Payment failed - monitoring may be paused"],
    ["Payment processing"],
)


def home_security(rng: random.Random, font: str):
    """A home alarm's or a camera's monitoring plan paid in the app or by e-mail: the provider on top (the
    payee), the account holder, the address and an account or installation number (never the id), the plan and
    its billing period (never the date), an extra camera or keyfob, VAT included or GST added, a next bill's day
    (never the date). The payment's reference is the id where printed, else the invoice's number."""
    rows, page, style = _start(rng, font, SECURITIES, SECURITY_DOMAINS, 0.45)
    rows.append(("center", rng.choice(["Payment receipt", "Your monitoring plan", "Billing"])))
    rows.append(("pair", "Account holder", page.person(rng)))
    rows.append(("pair", rng.choice(["Account no.", "Installation no."]), digits(rng, 8)))
    start = _later(page.when, rng, 0, 2)
    end = _later(start, rng, 29, 30)
    rows.append(
        ("pair", "Billing period", f"{_d73(start, page.pattern, EN)} - {_d73(end, page.pattern, EN)}")
    )
    rows.append(("rule",))
    base = 0.4 if page.key == "INR" else 1
    items = [
        (
            rng.choice(["Monitoring plan", "Protect Plus", "Cloud recording (30 days)", "Fast Protect"]),
            page.p(rng.choice([9.99, 24.0, 44.0]) * base),
        )
    ]
    if shown(rng, 0.6):
        items.append(
            (
                rng.choice(["Extra camera", "Additional keyfob", "Smart lock add-on"]),
                page.p(rng.choice([3.0, 5.0]) * base),
            )
        )
    total = _lines(rows, page, items)
    total = (
        _tax74(
            rng,
            rows,
            page.grouping,
            total,
            page.key,
            EN,
            mode="included" if page.key in ("GBP", "IE") else None,
        )
        if page.key != "USD"
        else total
    )
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        SECURITY_WORDS,
        (["Transaction ID", "Payment reference"], code(rng, 3, UPPER) + digits(rng, 9)),
        (["Invoice No", "Invoice #"], f"{digits(rng, 4)}-{digits(rng, 6)}"),
        ["Payment date", "Paid on", "Date"],
        ["Total", "Amount", "Monthly total"],
        p_out=0.6,
    )
    rows.append(("pair", "Next bill", _d73(_later(end, rng, 1, 2), page.pattern, EN)))
    _close(
        rng,
        rows,
        page,
        ["Arm system", "Live view", "Done"],
        [
            "In an emergency always call 999 / 112 / 911.",
            "Monitoring is provided 24/7 by our alarm receiving centre.",
        ],
    )
    return rows, _truth(page, total, txn, dated, method, status), style


# ---------------------------------------------------------------- 12 an e-bike or e-scooter's subscription rental


EBIKES = {
    "INR": ["Yulu Max Rental", "Bounce Infinity Rent"],
    "GBP": ["Swapfiets", "Buzzbike"],
    "USD": ["Zoomo"],
    "EUR": ["Swapfiets", "Dance"],
}
EBIKE_DOMAINS = {
    "Yulu Max Rental": "yulu.bike",
    "Bounce Infinity Rent": "bounceinfinity.com",
    "Swapfiets": "swapfiets.com",
    "Buzzbike": "buzzbike.cc",
    "Zoomo": "ridezoomo.com",
    "Dance": "dance.co",
}
EBIKE_WORDS = (
    ["Payment successful - enjoy the ride!", "Subscription renewed"],
    ["Payment failed - please update your payment method"],
    ["Payment pending"],
)


def ebike_subscription(rng: random.Random, font: str):
    """An e-bike's or e-scooter's monthly subscription rental: the operator on top (the payee), the rider, the
    bike's or scooter's number and a battery's serial (never the id), the month's fee, an insurance add-on, a
    referral credit off, a refundable deposit taken at the start (never the amount), the next payment's day (never
    the date). The payment's reference is the id where printed, else the invoice's number."""
    rows, page, style = _start(rng, font, EBIKES, EBIKE_DOMAINS, 0.3)
    rows.append(("center", rng.choice(["Monthly payment", "Subscription receipt", "Your membership"])))
    rows.append(("pair", "Rider", page.person(rng)))
    rows.append(
        ("pair", rng.choice(["Bike", "Vehicle", "Frame no."]), f"{code(rng, 2, UPPER)}-{digits(rng, 5)}")
    )
    if shown(rng, 0.6):
        rows.append(("pair", "Battery", "BT" + digits(rng, 8)))
    rows.append(
        ("pair", "Plan", rng.choice(["Power 7 (e-bike)", "Deluxe 7", "Monthly rental", "Max 30-day plan"]))
    )
    rows.append(("rule",))
    base = 0.5 if page.key == "INR" else 1
    items = [("Monthly fee", page.p(rng.choice([69.0, 79.0, 89.0]) * base))]
    if shown(rng, 0.5):
        items.append(("Theft cover", page.p(rng.choice([5.0, 8.0]) * base)))
    total = _lines(rows, page, items)
    if shown(rng, 0.7):
        total += _off(rows, page, "Referral credit", page.p(10.0 * base))
    total = round(total, 2)
    if page.key == "INR":
        total = _tax74(rng, rows, page.grouping, total, "INR", EN, rate=0.05)
    if shown(rng, 0.6):
        rows.append(("pair", "Deposit held (refundable)", page.money(page.p(50.0 * base))))
    status, method, txn, dated = _pay(
        rng,
        rows,
        page,
        total,
        EBIKE_WORDS,
        (["Payment ID", "Transaction ID"], _pi(rng) if page.key != "INR" else "pay_" + code(rng, 14, ALNUM)),
        (["Invoice No.", "Invoice #"], f"{code(rng, 2, UPPER)}-{digits(rng, 7)}"),
        ["Paid on", "Payment date", "Date"],
        ["Total", "Amount", "Total due"],
        p_out=0.65,
    )
    rows.append(("pair", "Next payment", page.later(rng, 28, 31)))
    _close(
        rng,
        rows,
        page,
        ["Report a problem", "Book a swap"],
        ["Flat tyre? We fix it for free within 48 hours.", "Minimum term one month; cancel anytime after."],
    )
    return rows, _truth(page, total, txn, dated, method, status), style

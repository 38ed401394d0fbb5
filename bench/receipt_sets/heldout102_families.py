"""The twelve heldout102 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: subscriptions, renewals and in-app purchases as
users forward them: an App Store / iTunes e-mailed receipt, a Google Play order e-mail, a game's coin top-up, a
streaming service's monthly invoice, a SaaS invoice with seats and a proration credit, a gym or club membership
renewal, a UPI AutoPay mandate executed, a card standing instruction's debit SMS, a free trial started at zero,
a failed renewal with its retry day, a cancelled subscription with its prorated refund, and a plan upgrade with
the unused plan's credit applied.

Every page is a ``heldout97_families.Sheet`` of rows, each carrying the facts it prints (the payee, the day, an
id with its rank, a way to pay with its rank, an outcome, the sum: ``keep``); the truth is read from the rows.
Days that belong to another event (renews on, next billing, trial ends, retry on, service period) carry no fact.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout86_families import Rs, hhmm, rupees, utr, when
from bench.receipt_sets.heldout93_families import UPPER, WEB, Money, look, tick
from bench.receipt_sets.heldout97_families import PATS, Sheet, paper

# the rank of an id's kind, as README "Receipt fields" orders the families (heldout97's ranks)
UTR, UPIREF, RRN, BANKREF, TXN, APPR, ORDER, BILL = 8, 7, 6, 5, 4, 3, 2, 1
SAID = 3
CUR = {"US": "USD", "UK": "GBP", "EU": "EUR", "IN": "INR"}
PEOPLE = {
    "IN": ["Aarav Mehta", "Ishita Banerjee", "Rohit Kulkarni", "Sana Shaikh", "Vivek Nair", "Meghna Saxena"],
    "US": ["Jordan Ellis", "Maria Gonzalez", "Tyler Brooks", "Ashley Nguyen", "Megan Patel"],
    "UK": ["Oliver Bennett", "Sophie Walsh", "Harry Clarke", "Amelia Hughes", "Callum Reid"],
    "EU": ["Lena Hoffmann", "Marco Bianchi", "Sophie Martin", "Daan de Vries", "Lucas Moreau"],
}


# ---------------------------------------------------------------- shared pieces


def where_of(rng: random.Random, india: float = 0.5) -> str:
    """India first, then the US, the UK and the euro area."""
    return "IN" if rng.random() < india else rng.choice(["US", "UK", "EU"])


def purse(rng: random.Random, font: str, currency: str):
    """How this page prints its sums (₹ only in faces that draw it; euro sums grouped the English way: every
    page is in English)."""
    if currency == "INR":
        return Rs(rng, font, marks=("₹", "₹", "Rs.", "INR"), groupings=("indian", "western"))
    if currency == "USD":
        return Money(rng, "USD", "en", forms=["${n}", "${n}", "USD {n}"])
    if currency == "GBP":
        return Money(rng, "GBP", "en", forms=["£{n}", "£{n}", "GBP {n}"])
    return Money(rng, "EUR", "en", forms=["€{n}", "€{n}", "EUR {n}"])


def dated(rng: random.Random, d: dt.date, currency: str, clock: bool = False) -> str:
    text = when(d, rng.choice(PATS[currency]))
    if clock:
        text += rng.choice([", ", " ", " at "]) + hhmm(rng, twelve=currency in ("INR", "USD"))
    return text


def period(rng: random.Random, start: dt.date, end: dt.date, currency: str) -> str:
    """A service period, both ends in one pattern."""
    pattern = rng.choice(PATS[currency])
    return f"{when(start, pattern)} - {when(end, pattern)}"


def month_on(d: dt.date, months: int = 1) -> dt.date:
    """The same day ``months`` later (the 28th at most, so every month has it)."""
    m = d.month - 1 + months
    return dt.date(d.year + m // 12, m % 12 + 1, min(d.day, 28))


def sub_day(rng: random.Random) -> dt.date:
    """A billing day on the 1st to the 28th."""
    d = day(rng)
    return d.replace(day=min(d.day, 28))


def email(rng: random.Random, accent: tuple) -> dict:
    """A mail client's reading pane on a phone or a desktop (photographed off the display when degraded)."""
    return dict(WEB, width=rng.choice([600, 640, 680]), size=rng.choice([17, 18]), accent=accent)


def screen(rng: random.Random, accent: tuple) -> dict:
    return look(rng, accent, p_dark=0.15, p_soft=0.3, width=(520, 540, 560), size=(18, 19))


def card(rng: random.Random, where: str) -> tuple[str, str]:
    brand = rng.choice(["Visa", "Mastercard", "RuPay"] if where == "IN" else ["Visa", "Mastercard", "Amex"])
    last = digits(rng, 4)
    return brand, rng.choice([f"{brand} .... {last}", f"{brand} ending {last}", f"{brand} **** {last}"])


def vpa(rng: random.Random, name: str) -> str:
    slug = "".join(ch for ch in name.lower() if ch.isalpha())[:10]
    return f"{slug}{rng.randrange(1, 99)}@{rng.choice(['okhdfcbank', 'oksbi', 'ybl', 'okaxis', 'paytm'])}"


def pays(p: Sheet, rng: random.Random, where: str, label: str, upi_share: float = 0.5) -> str:
    """The way paid on a row under ``label``: UPI on a share of Indian pages, else a masked card."""
    if where == "IN" and rng.random() < upi_share:
        p.add(("pair", label, rng.choice(["UPI", "UPI AutoPay", f"UPI ({vpa(rng, rng.choice(PEOPLE['IN']))})"])),
              method=(SAID, "UPI"))
        return "UPI"
    _, text = card(rng, where)
    p.add(("pair", label, text), method=(SAID, "card"))
    return "card"


def alnum(rng: random.Random, n: int) -> str:
    return code(rng, n, UPPER + "23456789")


TURNS: dict[str, int] = {}


def fresh() -> None:
    """Start every family's count again (``make_heldout102_set`` calls it before drawing)."""
    TURNS.clear()


def nth(family: str) -> int:
    """Which of its family's receipts this is (0 to 7)."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k


# ---------------------------------------------------------------- 1 an App Store / iTunes e-mailed receipt

APPLE_ITEMS = [
    ("Calm", "Calm Premium (Annual)", 12, (3999, 99.99)),
    ("Duolingo", "Super Duolingo (Monthly)", 1, (529, 12.99)),
    ("YouTube", "YouTube Premium (Monthly)", 1, (189, 13.99)),
    ("Tinder", "Tinder Gold (1 Month)", 1, (649, 29.99)),
    ("iCloud+", "iCloud+ with 200 GB (Monthly)", 1, (219, 2.99)),
    ("Headspace", "Headspace Plus (Monthly)", 1, (749, 12.99)),
    ("Strava", "Strava Subscription (Annual)", 12, (2499, 79.99)),
]


def apple(rng: random.Random, font: str):
    k = nth("apple")
    where = where_of(rng, 0.55)
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = email(rng, (20, 20, 24))
    p = Sheet(font, style)
    p.para("small", rng.choice(["Fwd: Your receipt from Apple", "Fw: Your receipt from Apple"]))
    p.add(("title", "Apple"), merchant=(1, "Apple"))
    p.para("center", "Receipt")
    p.add(("rule",))
    d = sub_day(rng)
    who = rng.choice(PEOPLE[where])
    p.add(("pair", "Apple Account", f"{who.split()[0].lower()}.{who.split()[1].lower()}@icloud.com"))
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    order = "M" + alnum(rng, 9)
    p.add(("pair", "Order ID", order), txn=(ORDER, order))
    doc = digits(rng, 12)
    p.add(("pair", "Document No.", doc), txn=(BILL, doc))
    p.add(("rule",))
    app, item, months, prices = rng.choice(APPLE_ITEMS)
    cost = float(prices[0]) if where == "IN" else prices[1]
    p.add(("left", app))
    p.add(("pair", item, m(cost)))
    renew = month_on(d, months)
    p.add(("left", f"Renews {dated(rng, renew, cur)}"))
    p.add(("rule",))
    p.add(("left", "Billed to"))
    if where == "IN" and rng.random() < 0.4:
        p.add(("left", "UPI"), method=(SAID, "UPI"))
    else:
        _, text = card(rng, where)
        p.add(("left", text), method=(SAID, "card"))
    p.add(("left", who))
    if where == "US":
        tax = round(cost * rng.choice([0.0625, 0.08, 0.0725]), 2)
        p.add(("pair", "Subtotal", m(cost)))
        p.add(("pair", "Tax", m(tax)))
        total = round(cost + tax, 2)
    else:
        total = cost
        p.add(("pair", {"IN": "Includes GST of", "UK": "Includes VAT of", "EU": "Includes VAT of"}[where],
                        m(round(cost - cost / (1.18 if where == "IN" else 1.2), 2))))
    p.add(("pair", "Total", m(total)), keep=True)
    p.add(("rule",))
    p.para("small", "You can manage or cancel your subscription in Settings at any time up to 24 hours before it "
                    "renews.")
    if k % 4 == 3:
        p.para("small", "Apple Media Services, One Apple Park Way, Cupertino, CA 95014")
    return p.out(), p.truth(total, cur), style


# ---------------------------------------------------------------- 2 a Google Play order e-mail

PLAY_ITEMS = [
    ("Spotify: Music and Podcasts (Spotify AB)", 119, 11.99),
    ("Google One 100 GB (Google LLC)", 130, 1.99),
    ("Truecaller Premium (Truecaller)", 75, 4.49),
    ("Adobe Lightroom (Adobe)", 399, 9.99),
    ("Evernote Personal (Evernote Corporation)", 249, 14.99),
    ("Kuku FM Premium (Kuku FM)", 99, 3.99),
]


def google_play(rng: random.Random, font: str):
    k = nth("google_play")
    where = where_of(rng, 0.6)
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = email(rng, (1, 135, 95))
    p = Sheet(font, style)
    p.add(("title", "Google Play"), merchant=(1, "Google Play"))
    if k == 6:
        # a purchase paid by UPI or a bank that has not confirmed yet: Play's "pending" e-mail
        p.para("center", "Your payment is pending", status="pending")
        p.para("center", "Your subscription will start once the payment is complete.")
    else:
        p.para("center", "Thank you. Your subscription from Google Play has been renewed.")
    p.add(("rule",))
    gpa = f"GPA.{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
    if k % 3 == 2:
        gpa += f"..{rng.randrange(1, 12)}"
    p.add(("pair", "Order number:", gpa), txn=(ORDER, gpa))
    d = sub_day(rng)
    p.add(("pair", "Order date:", dated(rng, d, cur, clock=rng.random() < 0.6)), date=d)
    who = rng.choice(PEOPLE[where])
    p.add(("pair", "Your account:", f"{who.split()[0].lower()}{rng.randrange(10, 99)}@gmail.com"))
    p.add(("rule",))
    item, inr, other = rng.choice(PLAY_ITEMS)
    cost = float(inr) if where == "IN" else other
    p.add(("left", item))
    p.add(("pair", "Auto-renewing monthly subscription", m(cost)))
    p.add(("left", f"Next payment: {dated(rng, month_on(d), cur)}"))
    p.add(("rule",))
    p.add(("pair", {"IN": "Total (incl. GST)", "US": "Total", "UK": "Total (incl. VAT)",
                    "EU": "Total (incl. VAT)"}[where], m(cost) + ("/month" if rng.random() < 0.3 else "")),
          keep=True)
    if where == "US":
        p.para("small", "Price includes applicable sales tax.")
    if where == "IN" and rng.random() < 0.6:
        p.add(("pair", "Payment method:", f"UPI: {vpa(rng, who)}"), method=(SAID, "UPI"))
    else:
        _, text = card(rng, where)
        p.add(("pair", "Payment method:", text), method=(SAID, "card"))
    p.para("small", "You can cancel at any time in the Play Store under Payments and subscriptions.")
    return p.out(), p.truth(cost, cur), style


# ---------------------------------------------------------------- 3 a game's coin top-up (in-app purchase)

GAME_SHOPS = [
    ("Midasbuy", "PUBG MOBILE", "UC", [(60, 75), (325, 380), (660, 750), (1800, 1950)]),
    ("Codashop", "Mobile Legends", "Diamonds", [(86, 119), (172, 239), (257, 349), (706, 949)]),
    ("Garena Shop", "Free Fire", "Diamonds", [(100, 80), (310, 250), (520, 400), (1060, 800)]),
    ("Ludo Empire Store", "Ludo Empire", "Coins", [(5000, 49), (25000, 199), (60000, 449)]),
    ("Kingdom Clash Shop", "Kingdom Clash", "Gems", [(500, 89), (1200, 199), (2500, 399)]),
]


def game_coins(rng: random.Random, font: str):
    k = nth("game_coins")
    where = "IN" if k % 4 != 3 else rng.choice(["US", "UK"])
    cur = CUR[where]
    m = purse(rng, font, cur)
    shop, game, unit, packs = rng.choice(GAME_SHOPS)
    style = screen(rng, (235, 120, 20))
    p = Sheet(font, style)
    p.add(("title", shop), merchant=(1, shop))
    status = "success" if k not in (2, 5) else ("failed" if k == 2 else "pending")
    words = {
        "success": rng.choice(["Top-up successful", "Purchase successful", "Payment Successful"]),
        "failed": rng.choice(["Payment failed", "Top-up failed"]),
        "pending": rng.choice(["Payment pending", "Payment processing"]),
    }[status]
    p.add(("big", f"{tick(font)} {words}".strip() if status == "success" else words), status=status)
    count, inr = rng.choice(packs)
    cost = float(inr) if where == "IN" else round(inr / 80 + 0.49, 0) - 0.01
    p.add(("pair", "Game", game))
    p.add(("pair", "Item", f"{count:,} {unit}" + (" + Bonus" if rng.random() < 0.3 else "")))
    p.add(("pair", rng.choice(["Player ID", "User ID", "Character ID"]), digits(rng, rng.choice([9, 10]))))
    p.add(("pair", "Server", rng.choice(["Asia", "Global", "SEA", "India"])))
    d = day(rng)
    p.add(("pair", rng.choice(["Date", "Purchase date", "Transaction date"]), dated(rng, d, cur, clock=True)),
          date=d)
    txn = rng.choice([digits(rng, 14), "TX" + digits(rng, 12), alnum(rng, 16)])
    p.add(("pair", rng.choice(["Transaction ID", "Txn ID"]), txn), txn=(TXN, txn))
    if where == "IN" and rng.random() < 0.7:
        p.add(("pair", "Payment method", rng.choice(["UPI", "Paytm UPI", "PhonePe UPI"])), method=(SAID, "UPI"))
        if status == "success" and rng.random() < 0.5:
            ref = utr(rng, d)
            p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
    else:
        _, text = card(rng, where)
        p.add(("pair", "Payment method", text), method=(SAID, "card"))
    p.add(("rule",))
    p.add(("pair", rng.choice(["Total", "Amount paid" if status == "success" else "Amount"]), m(cost)), keep=True)
    if status == "success":
        p.para("small", f"{unit} will be credited to your account within a few minutes.")
    elif status == "failed":
        p.para("small", "If money was deducted it will be refunded to the source in 5-7 working days.")
    return p.out(), p.truth(cost, cur), style


# ---------------------------------------------------------------- 4 a streaming service's monthly invoice

STREAMERS = {
    "IN": [("Netflix", "Standard", 499), ("Spotify", "Premium Individual", 119), ("JioCinema", "Premium", 89),
           ("Disney+ Hotstar", "Super", 299), ("YouTube Premium", "Individual", 149), ("SonyLIV", "Premium", 299)],
    "US": [("Netflix", "Standard", 15.49), ("Spotify", "Premium Duo", 16.99), ("Hulu", "No Ads", 18.99)],
    "UK": [("Netflix", "Standard", 10.99), ("Spotify", "Premium Individual", 11.99), ("NOW", "Entertainment",
                                                                                      9.99)],
    "EU": [("Netflix", "Standard", 13.99), ("Spotify", "Premium Individual", 10.99), ("Deezer", "Premium",
                                                                                      11.99)],
}


def streaming(rng: random.Random, font: str):
    where = where_of(rng, 0.5)
    cur = CUR[where]
    m = purse(rng, font, cur)
    name, plan, cost = rng.choice(STREAMERS[where])
    cost = float(cost)
    style = email(rng, (200, 20, 30))
    p = Sheet(font, style)
    p.add(("title", name), merchant=(1, name))
    p.para("center", rng.choice(["Your monthly invoice", "Your receipt", "Payment receipt"]))
    p.add(("rule",))
    who = rng.choice(PEOPLE[where])
    p.para("left", f"Hi {who.split()[0]}, thanks for being a member. Here are the details of your latest payment.")
    inv = rng.choice([f"INV-{digits(rng, 8)}", f"{alnum(rng, 4)}-{digits(rng, 4)}", digits(rng, 10)])
    p.add(("pair", rng.choice(["Invoice No.", "Invoice number", "Receipt No"]), inv), txn=(BILL, inv))
    d = sub_day(rng)
    p.add(("pair", rng.choice(["Payment date", "Date paid", "Billed on"]), dated(rng, d, cur)), date=d)
    p.add(("pair", "Plan", plan))
    end = month_on(d) - dt.timedelta(days=1)
    p.add(("pair", "Service period", period(rng, d, end, cur)))
    tax_word = {"IN": "GST (18%, incl.)", "US": "Sales tax", "UK": "VAT (20%, incl.)", "EU": "VAT (incl.)"}[where]
    if where == "US":
        tax = round(cost * 0.07, 2)
        p.add(("pair", "Subtotal", m(cost)))
        p.add(("pair", tax_word, m(tax)))
        cost = round(cost + tax, 2)
    else:
        p.add(("pair", tax_word, m(round(cost - cost / (1.18 if where == "IN" else 1.2), 2))))
    p.add(("pair", rng.choice(["Amount charged", "Total", "Amount paid"]), m(cost)), keep=True)
    pays(p, rng, where, rng.choice(["Payment method", "Charged to", "Paid with"]), upi_share=0.6)
    p.add(("pair", "Next billing date", dated(rng, month_on(d), cur)))
    p.para("small", "Questions? Visit the Help Centre. This is an automatically generated e-mail.")
    return p.out(), p.truth(cost, cur), style


# ---------------------------------------------------------------- 5 a SaaS invoice: seats, period, proration

SAAS = [
    ("Notion Labs, Inc.", "Plus plan", 10.0, "US"),
    ("Figma, Inc.", "Professional seat", 15.0, "US"),
    ("Atlassian Pty Ltd", "Jira Standard user", 8.6, "US"),
    ("Zoho Corporation Pvt. Ltd.", "Zoho One user", 1500.0, "IN"),
    ("Freshworks Technologies Pvt. Ltd.", "Freshdesk Growth agent", 1199.0, "IN"),
    ("Canva Pty Ltd", "Canva Teams member", 8.0, "UK"),
    ("Personio SE & Co. KG", "Essential employee", 9.0, "EU"),
]


def saas(rng: random.Random, font: str):
    k = nth("saas")
    firm, seat, unit, where = rng.choice(SAAS)
    cur = CUR[where]
    m = purse(rng, font, cur)
    style = paper(rng, width=rng.choice([680, 700]))
    p = Sheet(font, style)
    p.add(("title", firm), merchant=(1, firm))
    p.para("center", rng.choice(["Invoice", "Receipt", "Tax Invoice" if where == "IN" else "Invoice"]))
    p.add(("rule",))
    inv = rng.choice([f"INV-{d4}-{digits(rng, 4)}" for d4 in ("2025", "2026")] + [f"{alnum(rng, 8)}-{digits(rng, 4)}"])
    p.add(("pair", "Invoice number", inv), txn=(BILL, inv))
    d = sub_day(rng)
    p.add(("pair", "Date paid", dated(rng, d, cur)), date=d)
    p.add(("pair", "Bill to", rng.choice(["Brightlane Studio", "Kestrel Analytics", "Oakridge Labs",
                                          "Tarang Media LLP", "Nimbus Retail Pvt Ltd"])))
    p.add(("rule",))
    seats = rng.randint(3, 25)
    start, end = d, month_on(d) - dt.timedelta(days=1)
    p.add(("left", f"Period: {period(rng, start, end, cur)}"))
    base = round(seats * unit, 2)
    p.add(("pair", f"{seat} x {seats}", m(base)))
    credit = 0.0
    if k % 2 == 0:
        gone = rng.randint(1, 3)
        credit = round(gone * unit * rng.uniform(0.3, 0.8), 2)
        p.add(("pair", f"Unused time on {gone} removed seat{'s' if gone > 1 else ''} (proration)", "-" + m(credit)))
    sub = round(base - credit, 2)
    p.add(("pair", "Subtotal", m(sub)))
    if where == "IN":
        tax = round(sub * 0.18, 2)
        p.add(("pair", "IGST 18%", m(tax)))
    elif where == "EU":
        tax = round(sub * 0.19, 2)
        p.add(("pair", "VAT 19%", m(tax)))
    elif where == "UK":
        tax = round(sub * 0.2, 2)
        p.add(("pair", "VAT 20%", m(tax)))
    else:
        tax = 0.0
    total = round(sub + tax, 2)
    p.add(("pair", "Total", m(total)))
    p.add(("pair", "Amount paid", m(total)), keep=True)
    p.add(("rule",))
    pays(p, rng, where, "Payment method", upi_share=0.3)
    p.add(("pair", "Next billing date", dated(rng, month_on(d), cur)))
    if rng.random() < 0.5:
        p.para("small", "Paid - thank you.", status="success")
    return p.out(), p.truth(total, cur), style


# ---------------------------------------------------------------- 6 a gym or club membership renewal

GYMS = {
    "IN": ["Cult.fit", "Gold's Gym Andheri West", "Anytime Fitness Koramangala", "Talwalkars HSR Layout",
           "The Bombay Gymkhana"],
    "UK": ["PureGym Leeds Central", "Nuffield Health Bristol", "David Lloyd Chigwell"],
    "US": ["Crunch Fitness Midtown", "YMCA of Greater Seattle"],
    "EU": ["McFit Berlin-Mitte", "Basic-Fit Utrecht"],
}


def gym(rng: random.Random, font: str):
    where = where_of(rng, 0.6)
    cur = CUR[where]
    m = purse(rng, font, cur)
    name = rng.choice(GYMS[where])
    style = paper(rng, width=rng.choice([620, 660]))
    p = Sheet(font, style)
    p.add(("title", name), merchant=(1, name))
    p.para("center", rng.choice(["Membership Renewal Receipt", "Renewal Receipt", "Payment Receipt"]))
    p.add(("rule",))
    rno = rng.choice([f"RCPT/{digits(rng, 5)}", f"R-{digits(rng, 6)}", digits(rng, 6)])
    p.add(("pair", "Receipt No", rno), txn=(BILL, rno))
    d = day(rng)
    p.add(("pair", "Date", dated(rng, d, cur)), date=d)
    p.add(("pair", "Member", rng.choice(PEOPLE[where])))
    p.add(("pair", "Member ID", f"M{digits(rng, 6)}"))
    months = rng.choice([1, 3, 6, 12])
    plan = {1: "Monthly", 3: "Quarterly", 6: "Half-yearly", 12: "Annual"}[months]
    p.add(("pair", "Plan", f"{plan} membership renewal"))
    start = d + dt.timedelta(days=rng.randint(0, 5))
    p.add(("pair", "Valid from", dated(rng, start, cur)))
    p.add(("pair", "Valid till", dated(rng, month_on(start, months) - dt.timedelta(days=1), cur)))
    p.add(("rule",))
    if where == "IN":
        fee = float({1: 2500, 3: 6500, 6: 11000, 12: 18000}[months])
        p.add(("pair", "Membership fee", m(fee)))
        tax = round(fee * 0.18, 2)
        p.add(("pair", "CGST 9%", m(round(tax / 2, 2))))
        p.add(("pair", "SGST 9%", m(round(tax / 2, 2))))
        total = round(fee + tax, 2)
    else:
        total = {1: 29.99, 3: 84.0, 6: 159.0, 12: 299.0}[months]
        p.add(("pair", "Membership fee", m(total)))
    p.add(("pair", "Amount Paid", m(total)), keep=True)
    mode = rng.random()
    if where == "IN" and mode < 0.45:
        p.add(("pair", "Payment Mode", "UPI"), method=(SAID, "UPI"))
        ref = utr(rng, d)
        p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
    elif mode < 0.65:
        p.add(("pair", "Payment Mode", "Cash"), method=(SAID, "cash"))
    else:
        _, text = card(rng, where)
        p.add(("pair", "Payment Mode", text), method=(SAID, "card"))
    p.para("center", rng.choice(["Payment received - thank you", "Paid", "Payment Successful"]), status="success")
    p.para("small", "Membership is non-transferable. Fees once paid are not refundable.")
    return p.out(), p.truth(total, cur), style


# ---------------------------------------------------------------- 7 a UPI AutoPay mandate executed

AUTOPAY_PAYEES = [("Netflix", 199, 649), ("Spotify India", 59, 179), ("Disney+ Hotstar", 299, 1499),
                  ("LIC of India", 1800, 6200), ("Tata Play", 250, 650), ("Cult.fit", 999, 2999),
                  ("ACT Fibernet", 699, 1299)]
BANK_APPS = [("State Bank of India", "sbi"), ("HDFC Bank", "hdfcbank"), ("ICICI Bank", "icici"),
             ("Axis Bank", "axisbank"), ("PhonePe", "ybl"), ("Paytm", "paytm")]


def autopay(rng: random.Random, font: str):
    k = nth("autopay")
    cur = "INR"
    m = purse(rng, font, cur)
    bank, bank_handle = rng.choice(BANK_APPS)
    payee, low, high = rng.choice(AUTOPAY_PAYEES)
    amount = rupees(rng, low, high)
    style = screen(rng, (60, 40, 140))
    p = Sheet(font, style)
    p.para("left", f"{bank} - UPI AutoPay")
    status = "pending" if k == 3 else ("failed" if k == 6 else "success")
    words = {"success": rng.choice(["Mandate executed successfully", "AutoPay payment successful"]),
             "pending": "Mandate execution pending", "failed": "Mandate execution failed"}[status]
    p.add(("big", m(amount)), keep=True)
    p.para("center", words, status=status)
    p.add(("rule",))
    p.add(("pair", rng.choice(["Paid to", "Merchant"]), payee), merchant=(2, payee))
    slug = "".join(ch for ch in payee.lower() if ch.isalpha())[:10]
    p.add(("pair", "Merchant UPI ID", f"{slug}.autopay@{rng.choice(['icici', 'hdfcbank', 'ybl', 'axisbank'])}"),
          method=(SAID, "UPI"))
    d = day(rng)
    on = {"success": ["Debited on", "Executed on", "Date"], "pending": ["Presented on", "Initiated on", "Date"],
          "failed": ["Attempted on", "Presented on", "Date"]}[status]
    p.add(("pair", rng.choice(on), dated(rng, d, cur, clock=True)), date=d)
    umn = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(32)) + f"@{bank_handle}"
    p.add(("pair", "UMN", umn))
    if status != "pending":
        ref = utr(rng, d)
        p.add(("pair", rng.choice(["UPI Ref No", "UPI Transaction ID"]), ref), txn=(UPIREF, ref))
    p.add(("pair", "Frequency", rng.choice(["Monthly", "As presented"])))
    p.add(("pair", "Next debit", dated(rng, month_on(d), cur)))
    p.add(("pair", "Debited from" if status == "success" else "Account",
           f"{rng.choice(['SBI', 'HDFC', 'ICICI', 'Axis'])} XX{digits(rng, 4)}"))
    if status == "failed":
        p.para("small", "Reason: Insufficient balance. The merchant may present the debit again.")
    p.para("small", "Manage or pause this mandate under UPI AutoPay.")
    return p.out(), p.truth(amount, cur), style


# ---------------------------------------------------------------- 8 a card standing instruction's debit SMS

SI_BANKS = [("HDFC Bank", "HDFCBK", "Credit Card"), ("ICICI Bank", "ICICIB", "Credit Card"),
            ("Axis Bank", "AXISBK", "Debit Card"), ("SBI Card", "SBICRD", "Credit Card"),
            ("Kotak Bank", "KOTAKB", "Debit Card")]
SI_PAYEES = [("NETFLIX", 199, 649), ("SPOTIFY", 119, 179), ("AMAZON PRIME", 299, 1499), ("APPLE.COM/BILL", 75, 219),
             ("GOOGLE PLAY", 130, 650), ("MICROSOFT 365", 489, 6199), ("YOUTUBE PREMIUM", 129, 189)]


def si_sms(rng: random.Random, font: str):
    cur = "INR"
    bank, sender, kind = rng.choice(SI_BANKS)
    payee, low, high = rng.choice(SI_PAYEES)
    amount = float(rng.randint(low, high))
    style = screen(rng, (30, 110, 210))
    rs = Rs(rng, font, marks=("Rs.", "Rs", "INR"), groupings=("plain", "indian"))
    p = Sheet(font, style)
    p.add(("title", f"AX-{sender}-S" if rng.random() < 0.5 else f"VM-{sender}"))
    p.para("small", "Text Message")
    d = day(rng)
    p.para("center", f"Today {hhmm(rng)}" if rng.random() < 0.5 else dated(rng, d, cur))
    last = digits(rng, 4)
    pattern = rng.choice([
        "dd-mm-yyyy", "dd-Mon-yy", "dd/mm/yy",
    ])
    on = {"dd-mm-yyyy": f"{d:%d-%m-%Y}", "dd-Mon-yy": when(d, "%d-%b-%y"), "dd/mm/yy": f"{d:%d/%m/%y}"}[pattern]
    nxt = month_on(d)
    nxt_text = {"dd-mm-yyyy": f"{nxt:%d-%m-%Y}", "dd-Mon-yy": when(nxt, "%d-%b-%y"),
                "dd/mm/yy": f"{nxt:%d/%m/%y}"}[pattern]
    ref = digits(rng, 12) if rng.random() < 0.5 else None
    body = (f"{rs(amount)} debited from your {bank} {kind} XX{last} on {on} towards standing instruction for "
            f"{payee}.")
    if ref:
        body += f" Ref No {ref}."
    body += f" Next debit on {nxt_text}. Not you? Call 1800{digits(rng, 7)} to block the card."
    p.para("left", body, date=d, merchant=(1, payee), method=(SAID, "card"), status="success", keep=True,
           txn=(BANKREF, ref) if ref else None)
    return p.out(), p.truth(amount, cur), style


# ---------------------------------------------------------------- 9 a free trial started at zero

TRIALS = {
    "IN": [("Amazon Prime", 1499), ("Audible", 199), ("Zee5", 599), ("LinkedIn Premium", 1567)],
    "US": [("Peacock", 7.99), ("Audible", 14.95), ("LinkedIn Premium", 39.99), ("Paramount+", 7.99)],
    "UK": [("Amazon Prime", 8.99), ("Audible", 7.99), ("Apple TV+", 8.99)],
    "EU": [("Amazon Prime", 8.99), ("Audible", 9.95), ("Storytel", 12.99)],
}


def free_trial(rng: random.Random, font: str):
    where = where_of(rng, 0.4)
    cur = CUR[where]
    m = purse(rng, font, cur)
    name, later_price = rng.choice(TRIALS[where])
    style = email(rng, (0, 110, 190))
    p = Sheet(font, style)
    p.add(("title", name), merchant=(1, name))
    p.para("center", rng.choice(["Your free trial has started", "Welcome to your free trial"]))
    p.add(("rule",))
    d = day(rng)
    days = rng.choice([7, 14, 30])
    order = rng.choice([f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}", f"TR{digits(rng, 10)}"])
    p.add(("pair", rng.choice(["Order ID", "Order #"]), order), txn=(ORDER, order))
    p.add(("pair", rng.choice(["Order date", "Date"]), dated(rng, d, cur)), date=d)
    p.add(("pair", "Plan", f"{days}-day free trial, then {m(float(later_price))}/month"))
    p.add(("pair", "Charged today", m(0.0)), keep=True)
    first = d + dt.timedelta(days=days)
    p.add(("pair", rng.choice(["First charge on", "Trial ends", "Your first payment"]), dated(rng, first, cur)))
    pays(p, rng, where, "Payment method", upi_share=0.5)
    p.para("small", f"Cancel before {dated(rng, first - dt.timedelta(days=1), cur)} and you will not be charged.")
    return p.out(), p.truth(0.0, cur), style


# ---------------------------------------------------------------- 10 a failed renewal, retry on

FAILERS = {
    "IN": [("Netflix", 649), ("Spotify", 119), ("Disney+ Hotstar", 299), ("Cult.fit", 999), ("Zomato Gold", 149)],
    "US": [("Dropbox", 11.99), ("Adobe", 22.99), ("Slack", 8.75)],
    "UK": [("Spotify", 11.99), ("The Times", 26.0), ("Microsoft 365", 7.99)],
    "EU": [("Spotify", 10.99), ("Canva", 11.99), ("Netflix", 13.99)],
}


def failed_renewal(rng: random.Random, font: str):
    where = where_of(rng, 0.5)
    cur = CUR[where]
    m = purse(rng, font, cur)
    name, cost = rng.choice(FAILERS[where])
    cost = float(cost)
    style = email(rng, (180, 40, 40))
    p = Sheet(font, style)
    p.add(("title", name), merchant=(1, name))
    p.para("center", rng.choice(["We couldn't process your payment", "Your payment didn't go through",
                                 "Payment failed"]), status="failed")
    p.add(("rule",))
    who = rng.choice(PEOPLE[where])
    p.para("left", f"Hi {who.split()[0]}, we tried to charge your subscription renewal but the payment was declined"
                   " by your bank.")
    d = day(rng)
    p.add(("pair", "Amount", m(cost)), keep=True)
    p.add(("pair", "Attempted on", dated(rng, d, cur)), date=d)
    way = pays(p, rng, where, "Payment method", upi_share=0.4)
    if way == "card" or rng.random() < 0.5:
        p.add(("pair", "Invoice number", f"{alnum(rng, 6)}-{digits(rng, 4)}"))
    retry = d + dt.timedelta(days=rng.choice([3, 5, 7]))
    p.add(("pair", rng.choice(["We'll retry on", "Next attempt", "Retry on"]), dated(rng, retry, cur)))
    p.para("center", "Update payment method")
    p.para("small", "If we can't collect the payment your plan will be paused.")
    return p.out(), p.truth(cost, cur), style


# ---------------------------------------------------------------- 11 a cancelled subscription, prorated refund

CANCELLERS = {
    "IN": [("Times Prime", 1199), ("Hindustan Times Digital", 999), ("Cult.fit", 5999), ("Amazon Prime", 1499)],
    "US": [("The New York Times", 25.0), ("Peloton", 44.0), ("Grammarly", 144.0)],
    "UK": [("The Guardian", 119.0), ("Babbel", 59.99)],
    "EU": [("Blinkist", 79.99), ("Le Monde", 119.0)],
}


def cancelled_refund(rng: random.Random, font: str):
    where = where_of(rng, 0.5)
    cur = CUR[where]
    m = purse(rng, font, cur)
    name, paid = rng.choice(CANCELLERS[where])
    paid = float(paid)
    style = email(rng, (40, 40, 48))
    p = Sheet(font, style)
    p.add(("title", name), merchant=(1, name))
    p.para("center", rng.choice(["Your subscription has been cancelled", "Cancellation confirmed"]))
    p.add(("rule",))
    d = day(rng)
    start = d - dt.timedelta(days=rng.randint(40, 200))
    used = (d - start).days
    refund = round(paid * max(0.05, 1 - used / 365), 2)
    p.add(("pair", "Plan", "Annual subscription"))
    p.add(("pair", "Subscribed on", dated(rng, start, cur)))
    p.add(("pair", rng.choice(["Cancelled on", "Date"]), dated(rng, d, cur)), date=d)
    p.add(("pair", "Original payment", m(paid)))
    p.add(("pair", "Prorated refund", m(refund)), keep=True)
    cn = rng.choice([f"CN-{digits(rng, 6)}", f"CR{digits(rng, 8)}"])
    p.add(("pair", rng.choice(["Credit note No.", "Refund Receipt No"]), cn), txn=(BILL, cn))
    way = pays(p, rng, where, "Refunded to", upi_share=0.4)
    p.para("left", f"The refund has been issued to your {'UPI account' if way == 'UPI' else 'card'} and should "
                   "appear in 5-7 working days.", status="refunded")
    p.para("small", "Your access to the service ends today.")
    return p.out(), p.truth(refund, cur), style


# ---------------------------------------------------------------- 12 a family / plan upgrade with credit applied

UPGRADES = {
    "IN": [("Spotify", "Individual", "Family", 119, 179), ("YouTube Premium", "Individual", "Family", 149, 299),
           ("Google One", "100 GB", "2 TB", 130, 650), ("Microsoft 365", "Personal", "Family", 489, 619)],
    "US": [("Spotify", "Individual", "Family", 11.99, 19.99), ("Dropbox", "Plus", "Family", 11.99, 19.99)],
    "UK": [("Spotify", "Individual", "Family", 11.99, 19.99), ("Apple One", "Individual", "Family", 18.95, 24.95)],
    "EU": [("Spotify", "Individual", "Family", 10.99, 17.99), ("Deezer", "Premium", "Family", 11.99, 19.99)],
}


def upgrade(rng: random.Random, font: str):
    where = where_of(rng, 0.5)
    cur = CUR[where]
    m = purse(rng, font, cur)
    name, old, new, old_price, new_price = rng.choice(UPGRADES[where])
    style = screen(rng, (30, 185, 84)) if rng.random() < 0.5 else email(rng, (30, 140, 84))
    p = Sheet(font, style)
    p.add(("title", name), merchant=(1, name))
    p.para("center", rng.choice([f"You've upgraded to {new}", "Plan upgraded", f"Welcome to {name} {new}"]))
    p.add(("rule",))
    d = sub_day(rng)
    p.add(("pair", rng.choice(["Date", "Payment date"]), dated(rng, d, cur, clock=rng.random() < 0.4)), date=d)
    p.add(("pair", "Previous plan", f"{old} ({m(float(old_price))}/month)"))
    p.add(("pair", "New plan", f"{new} ({m(float(new_price))}/month)"))
    credit = round(float(old_price) * rng.uniform(0.2, 0.8), 2)
    p.add(("pair", f"Credit for unused {old} plan", "-" + m(credit)))
    charged = round(float(new_price) - credit, 2)
    p.add(("pair", rng.choice(["Charged today", "Amount paid today", "Total charged"]), m(charged)), keep=True)
    pays(p, rng, where, rng.choice(["Paid with", "Payment method"]), upi_share=0.5)
    ref = rng.choice([f"{alnum(rng, 3)}-{digits(rng, 8)}", digits(rng, 11)])
    p.add(("pair", rng.choice(["Order ID", "Order number"]), ref), txn=(ORDER, ref))
    p.add(("pair", rng.choice(["Next billing date", "Renews on"]), dated(rng, month_on(d), cur)))
    if rng.random() < 0.6:
        p.para("center", "Payment successful", status="success")
    p.para("small", f"From your next bill you pay {m(float(new_price))} a month. Cancel anytime.")
    return p.out(), p.truth(charged, cur), style


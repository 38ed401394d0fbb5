"""The twelve heldout97 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: pages that look like proof of payment but are
not (yet), beside the same kind of page once it is paid, as buyers and sellers upload them to a marketplace's
support when a payment is in doubt: a quotation or proforma invoice beside the tax invoice paid against it, an
invoice with its amount due beside the same invoice marked paid, a hosted payment link (Razorpay, Stripe, PayU
style) unpaid or expired beside its paid confirmation, a UPI collect request beside the completed payment, a
checkout's order review before paying beside the order confirmation, a cash-on-delivery order beside the
delivered order paid at the door, a bank transfer initiated, processing or scheduled beside one completed, a
beneficiary added beside the first transfer to it, a cheque acknowledged subject to realisation beside the cheque
cleared, a pay-later or EMI plan approved with its first instalment due beside the first instalment paid, a failed
payment with its refund note beside a successful retry, and a refund initiated beside the order's paid receipt.

Every page is a ``Sheet`` (``heldout93_families.Page`` whose sum may be absent) of rows, each row carrying the
facts it prints (the payee, the day, an id with its rank, a way to pay with its rank, an outcome, the sum:
``keep``); the truth is read from the rows on the page. Frames (a browser's window, a PDF viewer, paper lying on a
desk) are ``heldout93_families.compose``'s (``style["h93"]``). Which of a family's receipts is the unpaid one and
which the paid one alternates (``turn``), so each family holds four of each.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from bench.receipt_sets.heldout14_values import code, day, digits, truth_fields
from bench.receipt_sets.heldout86_families import (
    BANKS,
    PAYERS,
    Rs,
    hhmm,
    neft_utr,
    rtgs_utr,
    rupees,
    utr,
    when,
)
from bench.receipt_sets.heldout93_families import (
    A4,
    UPPER,
    WEB,
    Money,
    Page,
    back,
    glyphs,
    look,
    lying_frame,
    price,
    tick,
)

# the rank of an id's kind, as README "Receipt fields" orders the families: a UTR, then a UPI reference, then an
# RRN, a bank's reference, a transaction's or payment's id, an approval code, an order's, a bill's own number
UTR, UPIREF, RRN, BANKREF, TXN, APPR, ORDER, BILL = 8, 7, 6, 5, 4, 3, 2, 1
# a line naming the way paid (or to be paid) beats the app or scheme the page belongs to
SAID, APP = 3, 2

# an outcome as printed -> the truth (heldout93's, with the words of pages not paid yet)
OUTCOME = {
    "success": "success",
    "pending": "pending",
    "failed": "failed",
    "cancelled": "failed",
    "expired": "failed",
    "declined": "failed",
    "refunded": None,
}

PATS = {
    "INR": ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "{d} %b %Y", "%d-%b-%Y", "{d} %B %Y"],
    "USD": ["%b {d}, %Y", "%B {d}, %Y", "%m/%d/%Y"],
    "GBP": ["{d} %b %Y", "{d} %B %Y", "%d/%m/%Y"],
    "EUR": ["%d.%m.%Y", "{d} %B %Y", "%d/%m/%Y"],
}
CURRENCY = {"IN": "INR", "US": "USD", "UK": "GBP", "EU": "EUR"}
CLIENTS = {
    "IN": PAYERS,
    "US": [
        "Jordan Ellis",
        "Maria Gonzalez",
        "Tyler Brooks",
        "Ashley Nguyen",
        "Brian O'Connor",
        "Megan Patel",
    ],
    "UK": ["Oliver Bennett", "Sophie Walsh", "Harry Clarke", "Amelia Hughes", "Callum Reid", "Grace Turner"],
    "EU": [
        "Lena Hoffmann",
        "Marco Bianchi",
        "Sophie Martin",
        "Daan de Vries",
        "Lucas Moreau",
        "Anna Schneider",
    ],
}

# ---------------------------------------------------------------- the page and its truth; whose turn


class Sheet(Page):
    """A ``Page`` whose truth may have no sum (a beneficiary added moves none)."""

    def big(self, text: str, **facts) -> None:
        """A heading or sum in large type, wrapped to the page's width."""
        self.para("big", text, **facts)

    def truth(self, amount: float | None, currency: str | None) -> dict:
        if amount is not None:
            assert any(facts.get("keep") for _, facts in self.rows), "the sum is not on the page"
        for text in self.texts():
            assert glyphs(self.font, text), (self.font, text)

        def ranked(key: str):
            found = [facts[key] for _, facts in self.rows if facts.get(key) is not None]
            if not found:
                return None
            top = max(rank for rank, _ in found)
            values = {value for rank, value in found if rank == top}
            assert len(values) == 1, (key, values)
            return values.pop()

        def single(key: str):
            values = {facts[key] for _, facts in self.rows if facts.get(key) is not None}
            assert len(values) <= 1, (key, values)
            return values.pop() if values else None

        status = single("status")
        fields = truth_fields(
            ranked("merchant"),
            round(amount, 2) if amount is not None else 0.0,
            currency,
            ranked("txn"),
            single("date"),
            ranked("method"),
            OUTCOME[status] if status else None,
        )
        if amount is None:
            fields["amount"] = None
        return fields


TURNS: dict[str, int] = {}


def fresh() -> None:
    """Start every family's alternation again (``make_heldout97_set`` calls it before drawing)."""
    TURNS.clear()


def turn(family: str) -> bool:
    """Whether this receipt of ``family`` is the paid one: the family's receipts alternate, unpaid first."""
    k = TURNS.get(family, 0)
    TURNS[family] = k + 1
    return k % 2 == 1


def purse(rng: random.Random, font: str, currency: str):
    """How this page prints its sums."""
    if currency == "INR":
        return Rs(rng, font, marks=("₹", "₹", "Rs.", "INR"))
    if currency == "USD":
        return Money(rng, "USD", "en", forms=["${n}", "${n}", "USD {n}"])
    if currency == "GBP":
        return Money(rng, "GBP", "en", forms=["£{n}", "£{n}", "GBP {n}"])
    lang = rng.choice(["en", "de", "nl", "fr"])
    return Money(rng, "EUR", lang, forms=["€{n}", "€ {n}", "EUR {n}"] if lang == "en" else None)


def dated(rng: random.Random, d: dt.date, currency: str, clock: bool = False) -> str:
    text = when(d, rng.choice(PATS[currency]))
    if clock:
        twelve = currency in ("INR", "USD")
        text += rng.choice([", ", " ", " at "]) + hhmm(rng, twelve=twelve)
    return text


def later(d: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    return d + dt.timedelta(days=rng.randint(low, high))


def paper(rng: random.Random, width: int = 700) -> dict:
    """A printed page lying on a desk, photographed (turned less than heldout93's, so its rows stay level)."""
    frame = lying_frame(rng)
    frame["angle"] = rng.uniform(-1.5, 1.5)
    return dict(A4, width=width, size=rng.choice([17, 18]), h93={"frame": frame})


def browser(rng: random.Random, tab: str, url: str) -> dict:
    return dict(
        WEB, width=rng.choice([660, 700, 720]), h93={"frame": {"kind": "browser", "tab": tab, "url": url}}
    )


def viewer(rng: random.Random, name: str) -> dict:
    return dict(A4, h93={"frame": {"kind": "viewer", "file": name, "zoom": rng.choice(["100 %", "90 %"])}})


def ifsc(rng: random.Random, bank: str) -> str:
    return f"{BANKS[bank][1]}0{digits(rng, 6)}"


def masked_acct(rng: random.Random) -> str:
    return rng.choice([f"XXXXXXXX{digits(rng, 4)}", f"xxxx xxxx {digits(rng, 4)}", f"******{digits(rng, 4)}"])


def card_end(rng: random.Random, where: str = "IN") -> tuple[str, str]:
    brand = rng.choice(
        ["Visa", "Mastercard", "RuPay", "Amex"] if where == "IN" else ["Visa", "Mastercard", "Amex"]
    )
    return brand, f"{brand} ending {digits(rng, 4)}"


def pay_id(rng: random.Random) -> str:
    return "pay_" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(14))


def items(rng: random.Random, catalogue: list[tuple[str, float]], k: int) -> list[tuple[str, int, float]]:
    return [(name, rng.choice([1, 1, 2, 3, 5]), unit) for name, unit in rng.sample(catalogue, k)]


# ---------------------------------------------------------------- 1 a quotation or proforma beside the tax invoice

IN_FIRMS = [
    ("Sharma Electricals", "Chandni Chowk, Delhi 110006", "07"),
    ("Kaveri Furnishings", "Jayanagar, Bengaluru 560041", "29"),
    ("Sunrise Solar Systems", "Satellite, Ahmedabad 380015", "24"),
    ("Anand Print House", "Shivajinagar, Pune 411005", "27"),
    ("Bluebell Interiors", "Banjara Hills, Hyderabad 500034", "36"),
    ("Vardhman Office Supplies", "Ludhiana, Punjab 141001", "03"),
]
IN_GOODS = [
    ("Modular Workstation 4-seater", 38500.0),
    ("Office Chair (mesh)", 6400.0),
    ("Solar Panel 540W Mono", 14200.0),
    ("On-grid Inverter 5kW", 41500.0),
    ("Vinyl Flex Printing (sq ft)", 28.0),
    ("LED Panel Light 18W", 520.0),
    ("Copper Wire 2.5 sq mm (90 m)", 3150.0),
    ("Installation Charges", 4500.0),
    ("Visiting Cards (box of 500)", 650.0),
    ("Curtain Fabric (metre)", 480.0),
]


def gstin(rng: random.Random, state: str) -> str:
    return (
        f"{state}{code(rng, 5, UPPER)}{digits(rng, 4)}{rng.choice(UPPER)}1Z{rng.choice(UPPER + '123456789')}"
    )


def _goods(p: Sheet, rs, rng: random.Random) -> float:
    rows = items(rng, IN_GOODS, rng.randint(2, 4))
    p.add(("pair", "Item x Qty", "Amount"))
    sub = 0.0
    for name, qty, unit in rows:
        sub += qty * unit
        p.add(("pair", f"{name} x {qty}", rs(qty * unit)))
    gst = round(sub * 0.18, 2)
    p.add(("rule",))
    p.add(("pair", "Taxable Value", rs(sub)))
    if rng.random() < 0.5:
        p.add(("pair", "CGST @ 9%", rs(gst / 2)))
        p.add(("pair", "SGST @ 9%", rs(gst / 2)))
    else:
        p.add(("pair", "IGST @ 18%", rs(gst)))
    return round(sub + gst, 2)


def quotation(rng: random.Random, font: str):
    paid = turn("quotation")
    style = paper(rng) if rng.random() < 0.6 else viewer(rng, f"{'Invoice' if paid else 'Quotation'}.pdf")
    p = Sheet(font, style)
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR"))
    firm, place, state = rng.choice(IN_FIRMS)
    d = day(rng)
    qno = f"QT/{d.year % 100}-{d.year % 100 + 1}/{digits(rng, 4)}"
    client = rng.choice(["Mehta Constructions", "Greenfield School", "Nair & Co.", "Orchid Clinics LLP"])
    p.add(("title", firm), merchant=(1, firm))
    p.add(("center", place))
    p.add(("small", f"GSTIN: {gstin(rng, state)}   Ph: {rng.choice('6789')}{digits(rng, 9)}"))
    p.add(("rule",))
    if not paid:
        kind = rng.choice(["QUOTATION", "PROFORMA INVOICE"])
        p.add(("big", kind))
        if kind == "QUOTATION":
            p.add(("pair", "Quotation No.", qno))
        else:
            p.add(("pair", "Proforma No.", f"PI-{digits(rng, 5)}"))
        p.add(("pair", "Date", when(d, rng.choice(PATS["INR"]))), date=d)
        p.add(
            (
                "pair",
                rng.choice(["Valid till", "Valid until", "Validity"]),
                when(later(d, rng, 7, 30), "%d/%m/%Y"),
            )
        )
        p.add(("pair", "Quotation for", client))
        p.add(("rule",))
        total = _goods(p, rs, rng)
        p.add(("pair", "Total Amount", rs(total)), keep=True)
        p.add(("rule",))
        p.add(
            (
                "left",
                "Terms: "
                + rng.choice(
                    [
                        "50% advance with order, balance before dispatch.",
                        "100% advance against proforma.",
                        "Delivery in 10-12 days.",
                    ]
                ),
            )
        )
        bank = rng.choice(list(BANKS))
        p.add(("small", f"Bank: {bank}  A/c {digits(rng, 14)}  IFSC {ifsc(rng, bank)}"))
        p.add(
            (
                "center",
                rng.choice(
                    [
                        "This is not a tax invoice",
                        "THIS IS NOT A TAX INVOICE",
                        "Not a tax invoice - for quotation purpose only",
                    ]
                ),
            )
        )
        return p.out(), p.truth(total, "INR"), style
    p.add(("big", "TAX INVOICE"))
    ino = f"{rng.choice(['INV', 'SE', 'TI'])}/{d.year % 100}-{d.year % 100 + 1}/{digits(rng, 4)}"
    p.add(("pair", "Invoice No.", ino), txn=(BILL, ino))
    inv_day = d - dt.timedelta(days=rng.randint(0, 6))
    p.add(
        ("pair", "Invoice Date", when(inv_day, rng.choice(PATS["INR"]))),
        **({"date": d} if inv_day == d else {}),
    )
    p.add(("pair", "Against Quotation", qno))
    p.add(("pair", "Bill to", client))
    p.add(("rule",))
    total = _goods(p, rs, rng)
    p.add(("pair", "Grand Total", rs(total)), keep=True)
    p.add(("rule",))
    p.big(rng.choice(["PAID", "PAID IN FULL"]), status="success")
    way = rng.choice(["NEFT", "RTGS", "IMPS", "UPI"])
    head = BANKS[rng.choice(list(BANKS))][1]
    ref = utr(rng, d) if way in ("UPI", "IMPS") else (neft_utr if way == "NEFT" else rtgs_utr)(head, rng, d)
    p.add(
        ("left", f"Payment received on {when(d, '%d/%m/%Y')} via {way}"),
        date=d,
        method=(SAID, "UPI" if way == "UPI" else "netbanking"),
    )
    p.add(
        ("pair", "UTR No." if way != "UPI" else "UPI Ref No.", ref),
        txn=(UTR if way != "UPI" else UPIREF, ref),
    )
    p.add(("small", "Subject to Delhi jurisdiction. E. & O.E." if state == "07" else "E. & O.E."))
    return p.out(), p.truth(total, "INR"), style


# ---------------------------------------------------------------- 2 an invoice with its amount due, or marked paid

INVOICE_FIRMS = {
    "US": [
        ("Pinecrest Landscaping LLC", "Austin, TX 78704"),
        ("Harbor Light Studio", "Portland, ME 04101"),
        ("Redwood IT Services", "Sacramento, CA 95814"),
        ("Maple & Main Catering", "Columbus, OH 43215"),
    ],
    "UK": [
        ("Thornbury Joinery Ltd", "Bristol BS35 2AA"),
        ("Kestrel Print Co.", "Leeds LS1 4DY"),
        ("Hollybank Garden Services", "Chester CH2 3NE"),
        ("Ashdown Electrical Ltd", "Brighton BN1 6AF"),
    ],
    "EU": [
        ("Studio Verde S.r.l.", "Via Roma 14, Torino"),
        ("Kramer Messebau GmbH", "Hamburg"),
        ("Van Dijk Installatietechniek B.V.", "Utrecht"),
        ("Atelier Marceau SARL", "Lyon"),
    ],
    "IN": [("Pixelcraft Web Solutions", "Kochi, Kerala"), ("Om Logistics", "Nagpur, Maharashtra")],
}
SERVICES = [
    ("Design work (hours)", 85.0),
    ("Site visit", 120.0),
    ("Materials", 340.0),
    ("Monthly retainer", 900.0),
    ("Hosting (12 months)", 240.0),
    ("Labour", 65.0),
    ("Stand build", 1450.0),
    ("Consultation", 150.0),
]
TAX = {
    "US": ("Sales tax 8.25%", 0.0825),
    "UK": ("VAT 20%", 0.20),
    "EU": ("VAT 21%", 0.21),
    "IN": ("GST 18%", 0.18),
}


def invoice_due(rng: random.Random, font: str):
    paid = turn("invoice_due")
    where = rng.choice(["US", "UK", "EU", "IN", "US", "UK"])
    cur = CURRENCY[where]
    m = purse(rng, font, cur)
    firm, town = rng.choice(INVOICE_FIRMS[where])
    hosted = rng.random() < 0.5
    if hosted:
        host = rng.choice(
            ["invoice.xero.com", "quickbooks.intuit.com/pay", "app.zoho.com/invoice", "freshbooks.com"]
        )
        style = browser(
            rng, f"Invoice from {firm}"[:30], f"https://{host}/{code(rng, 10, string.ascii_lowercase)}"
        )
    else:
        style = paper(rng)
    p = Sheet(font, style)
    d = day(rng)
    issued = d - dt.timedelta(days=rng.randint(3, 25)) if paid else d
    due = issued + dt.timedelta(days=rng.choice([14, 15, 30]))
    no = rng.choice([f"INV-{digits(rng, 4)}", f"{d.year}-{digits(rng, 3)}", f"#{digits(rng, 5)}"])
    p.add(("title", firm), merchant=(1, firm))
    p.add(("center", town))
    p.add(("rule",))
    p.add(("big", "INVOICE"))
    p.add(
        ("pair", rng.choice(["Invoice #", "Invoice No.", "Invoice number"]), no.lstrip("#")),
        **({"txn": (BILL, no.lstrip("#"))} if paid else {}),
    )
    p.add(
        ("pair", rng.choice(["Invoice date", "Date of issue", "Issued"]), dated(rng, issued, cur)),
        **({} if paid else {"date": d}),
    )
    p.add(("pair", rng.choice(["Due date", "Payment due", "Due"]), dated(rng, due, cur)))
    p.add(("pair", "Bill to", rng.choice(CLIENTS[where])))
    p.add(("rule",))
    sub = 0.0
    for name, qty, unit in items(rng, SERVICES, rng.randint(1, 3)):
        sub += qty * unit
        p.add(("pair", f"{name}  {qty} x {m(unit)}", m(qty * unit)))
    label, rate = TAX[where]
    tax = round(sub * rate, 2)
    total = round(sub + tax, 2)
    p.add(("pair", "Subtotal", m(sub)))
    p.add(("pair", label, m(tax)))
    p.add(("pair", "Total", m(total)), keep=True)
    if not paid:
        p.add(("pair", rng.choice(["Amount due", "Balance due", "Amount Due"]), m(total)))
        p.big(rng.choice(["UNPAID", "OVERDUE", "Payment due"]), status="pending")
        if hosted:
            p.add(("center", f"Pay {m(total)} now"))
        else:
            p.para(
                "small",
                "Please pay by bank transfer quoting the invoice number. Thank you for your business.",
                method=(SAID, "netbanking"),
            )
        return p.out(), p.truth(total, cur), style
    p.add(("pair", "Amount paid", m(total)))
    p.add(("pair", rng.choice(["Amount due", "Balance due"]), m(0.0)))
    p.big(rng.choice(["PAID", "Paid in full", "PAID - Thank you"]), status="success")
    kind = rng.choice(["card", "transfer"])
    if kind == "card":
        _, text = card_end(rng, where)
        p.add(("pair", "Paid on", dated(rng, d, cur)), date=d)
        p.add(("pair", "Paid with", text), method=(SAID, "card"))
        auth = digits(rng, 6)
        p.add(("pair", "Auth code", auth), txn=(APPR, auth))
    else:
        ref = rng.choice(
            [f"FP{digits(rng, 12)}", f"ACH{digits(rng, 10)}", f"{code(rng, 4, UPPER)}{digits(rng, 8)}"]
        )
        p.add(
            ("left", f"Payment received {dated(rng, d, cur)} by bank transfer"),
            date=d,
            method=(SAID, "netbanking"),
        )
        p.add(("pair", "Payment reference", ref), txn=(BANKREF, ref))
    return p.out(), p.truth(total, cur), style


# ---------------------------------------------------------------- 3 a payment link: unpaid or expired, or paid

LINK_SELLERS = {
    "IN": [
        "Nimbus Yoga Studio",
        "Aroha Handloom",
        "The Baker's Table",
        "Zenith Coaching Centre",
        "Trek Sahyadri",
    ],
    "US": ["Bluefin Surf School", "Oak & Ember Candles", "Summit Dog Training"],
    "UK": ["Wren Ceramics", "Northside Tutors"],
}


def payment_link(rng: random.Random, font: str):
    paid = turn("payment_link")
    where = rng.choice(["IN", "IN", "IN", "US", "UK"])
    cur = CURRENCY[where]
    m = purse(rng, font, cur)
    seller = rng.choice(LINK_SELLERS[where])
    gateway = rng.choice(["Razorpay", "PayU"]) if where == "IN" else "Stripe"
    link = {
        "Razorpay": f"plink_{code(rng, 14, string.ascii_letters + string.digits)}",
        "PayU": f"PL{digits(rng, 10)}",
        "Stripe": f"plink_1{code(rng, 16, string.ascii_letters + string.digits)}",
    }[gateway]
    url = {
        "Razorpay": f"rzp.io/l/{code(rng, 8, string.ascii_letters)}",
        "PayU": f"u.payu.in/{code(rng, 10, string.ascii_letters)}",
        "Stripe": f"buy.stripe.com/{code(rng, 14, string.ascii_lowercase + string.digits)}",
    }[gateway]
    style = browser(rng, f"{seller}"[:28], f"https://{url}")
    p = Sheet(font, style)
    d = day(rng)
    amount = rupees(rng, 499, 12500, p_round=0.6) if cur == "INR" else price(rng, 25, 480, p_round=0.4)
    purpose = rng.choice(
        ["Workshop fee", "Order advance", "Monthly batch fee", "Custom order", "Trek booking"]
    )
    p.add(("title", seller), merchant=(1, seller))
    p.add(("center", rng.choice(["Payment request", "Payment link", f"Payment for {purpose}"])))
    p.add(("rule",))
    p.add(("pair", "For", purpose))
    p.add(
        (
            "pair",
            rng.choice(["Amount", "Amount paid"] if paid else ["Amount payable", "Amount", "Amount due"]),
            m(amount),
        ),
        keep=True,
    )
    if not paid:
        p.add(("pair", rng.choice(["Issued on", "Created on", "Date"]), dated(rng, d, cur)), date=d)
        expired = rng.random() < 0.35
        if expired:
            p.add(("pair", "Expired on", dated(rng, later(d, rng, 1, 7), cur)))
            p.big(rng.choice(["Link expired", "This link has expired"]), status="expired")
            p.para("small", f"Contact {seller} for a new payment link.")
        else:
            p.add(
                (
                    "pair",
                    rng.choice(["Link expires on", "Valid till", "Expires"]),
                    dated(rng, later(d, rng, 2, 14), cur),
                )
            )
            p.add(
                ("center", rng.choice(["Status: Awaiting payment", "Payment pending", "Status: Unpaid"])),
                status="pending",
            )
            p.add(("gap",))
            p.big(f"Pay {m(amount)}")
            p.add(
                (
                    "small",
                    "UPI  |  Cards  |  Netbanking  |  Wallets"
                    if where == "IN"
                    else "Card  |  Apple Pay  |  Google Pay",
                )
            )
        p.add(("small", f"Link ID: {link}"))
        p.add(("small", f"Secured by {gateway}"))
        return p.out(), p.truth(amount, cur), style
    p.add(
        (
            "pair",
            rng.choice(["Issued on", "Created on"]),
            dated(rng, d - dt.timedelta(days=rng.randint(1, 5)), cur),
        )
    )
    p.big(with_tick(font, rng.choice(["Payment successful", "Paid", "Payment received"])), status="success")
    p.add(("pair", "Paid on", dated(rng, d, cur, clock=True)), date=d)
    pid = (
        pay_id(rng)
        if gateway == "Razorpay"
        else (
            f"pi_3{code(rng, 20, string.ascii_letters + string.digits)}"
            if gateway == "Stripe"
            else digits(rng, 11)
        )
    )
    p.add(("pair", "Payment ID", pid), txn=(TXN, pid))
    if where == "IN" and rng.random() < 0.6:
        ref = utr(rng, d)
        p.add(("pair", "Method", "UPI"), method=(SAID, "UPI"))
        p.add(("pair", "UPI Ref No.", ref), txn=(UPIREF, ref))
    else:
        _, text = card_end(rng, where)
        p.add(("pair", "Paid with", text), method=(SAID, "card"))
    p.add(("small", f"Link ID: {link}"))
    p.add(("small", f"A receipt has been sent to your e-mail. Secured by {gateway}"))
    return p.out(), p.truth(amount, cur), style


def with_tick(font: str, text: str) -> str:
    return f"{tick(font)} {text}" if tick(font) else text


# ---------------------------------------------------------------- 4 a UPI collect request, or the paid request

COLLECTORS = [
    "Swiggy Instamart",
    "Sai Krishna Medicals",
    "Urban Pet Store",
    "Hotel Green Park",
    "Decor Junction",
    "Jio Mart Seller - Om Traders",
    "FreshKart Vegetables",
    "Apna Tiffin Service",
]
UPI_APPS = {
    "PhonePe": (95, 37, 159),
    "Google Pay": (26, 115, 232),
    "Paytm": (0, 46, 110),
    "BHIM": (0, 105, 62),
}


def upi_collect(rng: random.Random, font: str):
    paid = turn("upi_collect")
    app = rng.choice(list(UPI_APPS))
    style = look(rng, UPI_APPS[app])
    p = Sheet(font, style)
    rs = Rs(rng, font, p_whole=0.5)
    d = day(rng)
    who = rng.choice(COLLECTORS)
    vpa = "".join(ch for ch in who.lower() if ch.isalnum())[:12] + rng.choice(
        ["@icici", "@ybl", "@axisbank", "@hdfcbank"]
    )
    amount = rupees(rng, 90, 6500, p_round=0.5)
    p.add(
        (
            "small",
            f"{hhmm(rng, twelve=False)}        {rng.choice(['4G', '5G', 'Wi-Fi'])}   {rng.randrange(9, 100)}%",
        )
    )
    if not paid:
        p.add(
            ("left", f"{back(font)}  {rng.choice(['Payment request', 'Pending request', 'Collect request'])}")
        )
        p.add(("gap",))
        p.add(("center", "Request from"))
        p.add(("title", who), merchant=(1, who))
        p.add(("center", vpa), method=(APP, "UPI"))
        p.big(rs(amount), keep=True)
        p.add(("center", f"Note: {rng.choice(['Order payment', 'Bill', 'Room advance', 'Monthly dues'])}"))
        p.add(("pair", "Requested on", f"{when(d, rng.choice(PATS['INR']))}, {hhmm(rng)}"), date=d)
        roll = rng.random()
        if roll < 0.6:
            p.add(
                (
                    "center",
                    rng.choice(
                        [
                            f"Expires in {rng.randint(2, 29)} min",
                            "Expires in 24 hours",
                            f"Expires on {when(later(d, rng, 1, 2), '%d %b %Y')}",
                        ]
                    ),
                )
            )
            p.add(
                ("center", rng.choice(["Awaiting your approval", "Pending", "Payment pending"])),
                status="pending",
            )
            p.add(("gap",))
            p.add(("center", "DECLINE            PAY"))
        elif roll < 0.8:
            p.big("Request expired", status="expired")
        else:
            p.big("Request declined", status="declined")
            p.add(("small", "You declined this request. No money was debited."))
        p.add(("small", "Never enter your UPI PIN to receive money."))
        return p.out(), p.truth(amount, "INR"), style
    p.add(("left", f"{back(font)}  Transaction details"))
    p.add(("gap",))
    p.big(with_tick(font, rng.choice(["Payment Successful", "Paid", "Request paid"])), status="success")
    p.big(rs(amount), keep=True)
    p.add(("center", f"Paid to {who}"), merchant=(1, who))
    p.add(("center", vpa), method=(APP, "UPI"))
    p.add(("center", f"{when(d, rng.choice(PATS['INR']))}, {hhmm(rng)}"), date=d)
    p.add(("rule",))
    ref = utr(rng, d)
    p.add(("pair", rng.choice(["UPI Ref No", "UPI transaction ID", "UTR"]), ref), txn=(UPIREF, ref))
    bank = rng.choice(list(BANKS))
    p.add(("pair", "Debited from", f"{BANKS[bank][0]} XX{digits(rng, 4)}"))
    p.add(("small", "Collect request approved with UPI PIN"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 5 a checkout's review page, or the confirmation

SHOPS = {
    "IN": [
        ("Nykaa", (231, 30, 107)),
        ("Croma", (0, 150, 136)),
        ("Pepperfry", (240, 110, 40)),
        ("FabIndia", (140, 60, 30)),
        ("Lenskart", (0, 70, 140)),
    ],
    "US": [("Target", (204, 0, 0)), ("Best Buy", (0, 70, 190)), ("Etsy", (241, 100, 30))],
    "UK": [("Argos", (210, 20, 30)), ("John Lewis", (30, 30, 30))],
    "EU": [("Zalando", (255, 105, 0)), ("Decathlon", (0, 120, 200))],
}
GOODS = [
    ("Wireless Earbuds", 49.0),
    ("Running Shoes", 79.0),
    ("Lip Kit", 18.0),
    ("Desk Lamp", 32.0),
    ("Kurta Set", 42.0),
    ("Phone Case", 12.0),
    ("Backpack 25L", 38.0),
    ("Sunglasses", 55.0),
]


def _cart(p: Sheet, m, rng: random.Random, cur: str) -> float:
    mult = 80.0 if cur == "INR" else 1.0
    sub = 0.0
    for name, qty, unit in items(rng, GOODS, rng.randint(1, 3)):
        unit = round(unit * mult - (1 if mult > 1 else 0.01), 2)
        sub += qty * unit
        p.add(("pair", f"{name} (Qty {qty})", m(qty * unit)))
    ship = rng.choice([0.0, 0.0, 49.0 if cur == "INR" else 5.99])
    p.add(("pair", "Items", m(sub)))
    p.add(("pair", "Delivery", m(ship) if ship else "FREE"))
    return round(sub + ship, 2)


def checkout(rng: random.Random, font: str):
    paid = turn("checkout")
    where = rng.choice(["IN", "IN", "US", "UK", "EU"])
    cur = CURRENCY[where]
    shop, brand = rng.choice(SHOPS[where])
    style = (
        look(rng, brand)
        if rng.random() < 0.5
        else browser(rng, shop, f"https://www.{shop.lower().replace(' ', '')}.com/checkout")
    )
    p = Sheet(font, style)
    m = purse(rng, font, cur)
    d = day(rng)
    p.add(("title", shop), merchant=(1, shop))
    if not paid:
        p.add(("center", rng.choice(["Review your order", "Checkout", "Order summary"])))
        p.add(("rule",))
        p.add(("pair", "Deliver to", rng.choice(CLIENTS[where])))
        p.add(
            (
                "pair",
                rng.choice(["Delivery by", "Arriving", "Estimated delivery"]),
                dated(rng, later(d, rng, 2, 6), cur),
            )
        )
        p.add(("rule",))
        total = _cart(p, m, rng, cur)
        p.add(("pair", rng.choice(["Order total", "Amount payable", "Total to pay"]), m(total)), keep=True)
        p.add(("rule",))
        if rng.random() < 0.6:
            if where == "IN" and rng.random() < 0.5:
                p.add(("pair", "Payment method", "UPI"), method=(SAID, "UPI"))
            else:
                _, text = card_end(rng, where)
                p.add(("pair", "Payment method", text), method=(SAID, "card"))
        else:
            p.add(("left", "Choose a payment method"))
        p.add(("gap",))
        p.big(rng.choice(["Place order", f"Pay {m(total)}", "Proceed to pay", "Place order and pay"]))
        p.para("small", "By placing your order you agree to our conditions of use.")
        return p.out(), p.truth(total, cur), style
    p.big(
        with_tick(font, rng.choice(["Order placed, thank you!", "Order confirmed", "Thanks for your order"]))
    )
    p.add(
        ("center", rng.choice(["Payment successful", "Your payment was successful", "Payment received"])),
        status="success",
    )
    oid = rng.choice(
        [
            f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}",
            f"OD{digits(rng, 15)}",
            f"{code(rng, 2, UPPER)}{digits(rng, 9)}",
        ]
    )
    p.add(("pair", rng.choice(["Order #", "Order ID", "Order number"]), oid), txn=(ORDER, oid))
    p.add(("pair", rng.choice(["Order date", "Placed on"]), dated(rng, d, cur)), date=d)
    p.add(("rule",))
    total = _cart(p, m, rng, cur)
    p.add(("pair", rng.choice(["Order total", "Total paid", "Amount paid"]), m(total)), keep=True)
    if where == "IN" and rng.random() < 0.5:
        p.add(("pair", "Paid via", "UPI"), method=(SAID, "UPI"))
    else:
        _, text = card_end(rng, where)
        p.add(("pair", "Paid with", text), method=(SAID, "card"))
    p.add(("pair", rng.choice(["Arriving", "Estimated delivery"]), dated(rng, later(d, rng, 2, 6), cur)))
    return p.out(), p.truth(total, cur), style


# ---------------------------------------------------------------- 6 a cash-on-delivery order, or paid at the door

COD_SHOPS = [
    ("Meesho", (140, 40, 140)),
    ("Flipkart", (40, 116, 240)),
    ("Snapdeal", (228, 0, 70)),
    ("Shopsy", (30, 120, 220)),
    ("Ajio", (40, 40, 60)),
]


def cod_order(rng: random.Random, font: str):
    paid = turn("cod_order")
    shop, brand = rng.choice(COD_SHOPS)
    style = look(rng, brand)
    p = Sheet(font, style)
    rs = Rs(rng, font, p_whole=0.6)
    d = day(rng)
    amount = rupees(rng, 199, 2899, p_round=0.8)
    oid = rng.choice([f"OD{digits(rng, 15)}", f"{digits(rng, 9)}_{digits(rng, 1)}", f"FN{digits(rng, 11)}"])
    p.add(
        ("small", f"{hhmm(rng, twelve=False)}        {rng.choice(['4G', '5G'])}   {rng.randrange(9, 100)}%")
    )
    p.add(("left", f"{back(font)}  Order details"))
    p.add(("title", shop), merchant=(1, shop))
    p.add(
        (
            "left",
            rng.choice(
                [
                    "Cotton Kurti (Pack of 2)",
                    "Bluetooth Neckband",
                    "Steel Water Bottle 1L",
                    "Men's Sports Shoes",
                    "Bedsheet with 2 Pillow Covers",
                ]
            ),
        )
    )
    if not paid:
        p.add(("center", rng.choice(["Order placed", "Order confirmed", "Your order is confirmed"])))
        p.add(("pair", rng.choice(["Ordered on", "Order date"]), when(d, rng.choice(PATS["INR"]))), date=d)
        p.add(("pair", "Order ID", oid))
        p.add(
            ("pair", rng.choice(["Expected delivery", "Delivery by"]), when(later(d, rng, 3, 8), "%a, %d %b"))
        )
        p.add(("rule",))
        p.add(
            ("pair", "Payment method", rng.choice(["Cash on Delivery", "Pay on Delivery (Cash)", "COD"])),
            method=(SAID, "cash"),
        )
        p.add(
            ("pair", rng.choice(["Amount to pay", "Total payable", "Amount to be collected"]), rs(amount)),
            keep=True,
        )
        p.add(
            (
                "center",
                rng.choice(
                    [
                        "Payment pending - pay at the time of delivery",
                        f"Please keep {rs(amount)} ready at delivery",
                        "Not paid yet - pay on delivery",
                    ]
                ),
            ),
            status="pending",
        )
        p.add(("small", "Nothing has been charged online for this order."))
        return p.out(), p.truth(amount, "INR"), style
    p.add(("center", rng.choice(["Delivered", "Order delivered"])))
    p.add(("pair", "Ordered on", when(d - dt.timedelta(days=rng.randint(3, 7)), rng.choice(PATS["INR"]))))
    p.add(("pair", "Delivered on", when(d, rng.choice(PATS["INR"]))), date=d)
    p.add(("pair", "Order ID", oid), txn=(ORDER, oid))
    p.add(("rule",))
    if rng.random() < 0.5:
        p.add(("pair", "Paid on delivery", "Cash"), method=(SAID, "cash"))
    else:
        ref = utr(rng, d)
        p.add(("pair", "Paid on delivery", "UPI (scan at door)"), method=(SAID, "UPI"))
        p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
    p.add(("pair", "Amount paid", rs(amount)), keep=True)
    p.add(("center", rng.choice(["Payment received", "Payment collected successfully"])), status="success")
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 7 a bank transfer initiated or scheduled, or done

PAYEES = {
    "IN": [
        "Ravi Kumar Traders",
        "Sunita Enterprises",
        "Global Auto Parts",
        "Lakshmi Wholesale",
        "Ahmed Khan",
    ],
    "US": ["Cedar Ridge Property Mgmt", "Evan Marshall", "Lakeside Auto Repair"],
    "UK": ["Greenway Lettings Ltd", "James Fletcher", "Priory Car Sales"],
    "EU": ["Bauer Immobilien GmbH", "Camille Laurent", "Rossi Arredamenti"],
}
BANK_APPS = {
    "IN": [
        ("HDFC Bank", (0, 76, 143)),
        ("ICICI Bank", (174, 40, 46)),
        ("SBI YONO", (40, 60, 160)),
        ("Axis Bank", (151, 20, 77)),
    ],
    "US": [("Chase", (17, 122, 196)), ("Wells Fargo", (205, 17, 32))],
    "UK": [("Barclays", (0, 174, 239)), ("NatWest", (66, 36, 131)), ("Lloyds Bank", (0, 110, 70))],
    "EU": [("ING", (255, 98, 0)), ("N26", (40, 40, 40)), ("Sparkasse", (230, 0, 0))],
}


def bank_transfer(rng: random.Random, font: str):
    paid = turn("bank_transfer")
    where = rng.choice(["IN", "IN", "US", "UK", "EU"])
    cur = CURRENCY[where]
    bank, brand = rng.choice(BANK_APPS[where])
    style = look(rng, brand)
    p = Sheet(font, style)
    m = purse(rng, font, cur)
    d = day(rng)
    amount = rupees(rng, 2000, 185000, p_round=0.6) if cur == "INR" else price(rng, 60, 4200, p_round=0.4)
    payee = rng.choice(PAYEES[where])
    mode = {
        "IN": rng.choice(["NEFT", "IMPS", "RTGS"]),
        "US": "ACH transfer",
        "UK": "Faster Payment",
        "EU": "SEPA transfer",
    }[where]
    p.add(
        (
            "small",
            f"{hhmm(rng, twelve=False)}        {rng.choice(['4G', '5G', 'LTE'])}   {rng.randrange(9, 100)}%",
        )
    )
    p.add(("left", f"{back(font)}  {bank}"))
    state = "success" if paid else rng.choice(["initiated", "processing", "scheduled"])
    head = {
        "success": ["Transfer successful", "Transaction Successful", "Payment completed", "Money sent"],
        "initiated": ["Transfer initiated", "Request submitted", "Payment initiated"],
        "processing": ["Under processing", "Transfer in process", "Your payment is being processed"],
        "scheduled": ["Payment scheduled", "Transfer scheduled"],
    }[state]
    p.big(
        with_tick(font, rng.choice(head)) if paid else rng.choice(head),
        status="success" if paid else "pending",
    )
    p.big(m(amount), keep=True)
    p.add(("pair", rng.choice(["To", "Beneficiary", "Payee"]), payee), merchant=(1, payee))
    if where == "IN":
        p.add(("pair", "A/c No.", masked_acct(rng)))
        p.add(("pair", "IFSC", ifsc(rng, rng.choice(list(BANKS)))))
    elif where == "UK":
        p.add(
            (
                "pair",
                "Sort code / Account",
                f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}  ****{digits(rng, 4)}",
            )
        )
    elif where == "EU":
        p.add(
            ("pair", "IBAN", f"{rng.choice(['DE', 'NL', 'FR'])}{digits(rng, 2)} **** **** {digits(rng, 4)}")
        )
    else:
        p.add(("pair", "Account", f"Checking ...{digits(rng, 4)}"))
    p.add(("pair", "Mode", mode), method=(SAID, "netbanking"))
    if state == "scheduled":
        p.add(("pair", rng.choice(["Set up on", "Created on"]), dated(rng, d, cur)), date=d)
        p.add(
            (
                "pair",
                rng.choice(["Scheduled for", "Will be sent on", "Payment date"]),
                dated(rng, later(d, rng, 1, 12), cur),
            )
        )
        p.para("small", "You can edit or cancel this payment until the day before it is sent.")
    else:
        p.add(
            ("pair", rng.choice(["Initiated on", "Date & Time", "Date"]), dated(rng, d, cur, clock=True)),
            date=d,
        )
    if state == "scheduled":
        if rng.random() < 0.5:  # the bank's number for the instruction; no UTR before the money is sent
            ref = f"{rng.choice(['SI', 'SCH', 'FT'])}{digits(rng, 10)}"
            p.add(("pair", rng.choice(["Reference No.", "Reference"]), ref), txn=(BANKREF, ref))
    else:
        if where == "IN":
            head = BANKS[rng.choice(list(BANKS))][1]
            ref = utr(rng, d) if mode == "IMPS" else (neft_utr if mode == "NEFT" else rtgs_utr)(head, rng, d)
            label = "IMPS Ref No" if mode == "IMPS" else "UTR No."
            rank = BANKREF if mode == "IMPS" else UTR
        else:
            ref = rng.choice([f"{code(rng, 3, UPPER)}{digits(rng, 9)}", digits(rng, 12)])
            label = rng.choice(["Reference", "Confirmation number", "Transaction reference"])
            rank = BANKREF
        p.add(("pair", label, ref), txn=(rank, ref))
    if state == "initiated":
        p.para(
            "small",
            "The amount will be credited to the beneficiary within 2 hours, subject to bank processing.",
        )
    elif state == "processing":
        p.para("small", "This may take up to 24 hours. Please do not retry.")
    return p.out(), p.truth(amount, cur), style


# ---------------------------------------------------------------- 8 a beneficiary added, or the first transfer to it


def beneficiary(rng: random.Random, font: str):
    paid = turn("beneficiary")
    bank, brand = rng.choice(BANK_APPS["IN"])
    style = (
        look(rng, brand)
        if rng.random() < 0.6
        else browser(rng, f"{bank} NetBanking", f"https://netbanking.{bank.split()[0].lower()}.in/payees")
    )
    p = Sheet(font, style)
    rs = Rs(rng, font)
    d = day(rng)
    payee = rng.choice(PAYEES["IN"] + ["Kiran Handicrafts", "Shree Balaji Agencies"])
    payee_bank = rng.choice(list(BANKS))
    p.add(("left", f"{back(font)}  {bank}"))
    if not paid:
        p.big(rng.choice(["Beneficiary added successfully", "Payee added", "Beneficiary Added"]))
        p.add(("pair", "Beneficiary Name", payee), merchant=(1, payee))
        p.add(("pair", "Account Number", masked_acct(rng)))
        p.add(("pair", "IFSC", ifsc(rng, payee_bank)))
        p.add(("pair", "Bank", payee_bank))
        p.add(("pair", rng.choice(["Added on", "Date"]), dated(rng, d, "INR", clock=True)), date=d)
        p.add(("pair", "Reference No.", f"BA{digits(rng, 10)}"))
        p.para(
            "small",
            rng.choice(
                [
                    f"You can transfer up to {rs(50000)} to this beneficiary in the first 24 hours.",
                    "The beneficiary will be activated within 30 minutes. No amount has been transferred.",
                    f"For your security, a cooling period applies: transfers above {rs(25000)} are allowed after 4 hours.",
                ]
            ),
        )
        p.add(("center", "Transfer now"))
        return p.out(), p.truth(None, None), style
    amount = rupees(rng, 1000, 95000, p_round=0.6)
    mode = rng.choice(["IMPS", "NEFT"])
    p.big(with_tick(font, rng.choice(["Transfer successful", "Funds transferred"])), status="success")
    p.big(rs(amount), keep=True)
    p.add(("pair", "Beneficiary Name", payee), merchant=(1, payee))
    p.add(("pair", "Account Number", masked_acct(rng)))
    p.add(("pair", "IFSC", ifsc(rng, payee_bank)))
    p.add(("pair", "Transfer mode", mode), method=(SAID, "netbanking"))
    p.add(("pair", "Date", dated(rng, d, "INR", clock=True)), date=d)
    ref = utr(rng, d) if mode == "IMPS" else neft_utr(BANKS[rng.choice(list(BANKS))][1], rng, d)
    p.add(
        ("pair", "IMPS Ref No" if mode == "IMPS" else "UTR", ref),
        txn=(BANKREF if mode == "IMPS" else UTR, ref),
    )
    p.add(("small", "First transfer to a newly added beneficiary"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 9 a cheque acknowledged, or the cheque cleared

CHEQUE_FIRMS = {
    "IN": ["Balaji Steel Traders", "Deccan Paper Mart", "Shubham Agencies", "Prakash Motors"],
    "US": ["Hillside Roofing Co.", "Keystone Rentals LLC"],
    "UK": ["Fairfield Builders Ltd", "Marsh & Sons Plumbing"],
}


def cheque(rng: random.Random, font: str):
    paid = turn("cheque")
    where = rng.choice(["IN", "IN", "IN", "US", "UK"])
    cur = CURRENCY[where]
    m = purse(rng, font, cur)
    firm = rng.choice(CHEQUE_FIRMS[where])
    style = paper(rng, width=640)
    p = Sheet(font, style)
    d = day(rng)
    word = "cheque" if where != "US" else "check"
    amount = rupees(rng, 5000, 240000, p_round=0.8) if cur == "INR" else price(rng, 150, 6500, p_round=0.5)
    drawn = (
        rng.choice(list(BANKS))
        if where == "IN"
        else rng.choice(["Bank of America", "Chase", "Barclays", "HSBC"])
    )
    p.add(("title", firm), merchant=(1, firm))
    p.add(
        (
            "center",
            rng.choice(
                [f"{word.title()} Payment Acknowledgement", f"Receipt for {word}", f"{word.title()} received"]
            ),
        )
    )
    p.add(("rule",))
    ack = f"{rng.choice(['ACK', 'CR', 'R'])}-{digits(rng, 5)}"
    p.add(("pair", rng.choice(["Ack No.", "Receipt No."]), ack), txn=(BILL, ack))
    p.add(("pair", rng.choice(["Received on", "Date"]), dated(rng, d, cur)), date=d)
    p.add(("pair", "Received from", rng.choice(CLIENTS[where])))
    p.add(("pair", f"{word.title()} No.", digits(rng, 6)))
    p.add(("pair", f"{word.title()} date", dated(rng, d - dt.timedelta(days=rng.randint(0, 3)), cur)))
    p.add(("pair", "Drawn on", drawn))
    p.add(("pair", "Amount", m(amount)), keep=True)
    p.add(("pair", "Towards", rng.choice(["Invoice " + digits(rng, 4), "Balance payment", "Order advance"])))
    p.add(("rule",))
    if not paid:
        p.big(rng.choice(["PENDING CLEARANCE", "Subject to realisation", "In clearing"]), status="pending")
        p.para(
            "small",
            rng.choice(
                [
                    f"This receipt is valid subject to realisation of the {word}.",
                    f"Funds will be credited once the {word} clears, usually in 2-3 working days.",
                ]
            ),
        )
    else:
        p.add(("pair", rng.choice(["Cleared on", "Realised on"]), dated(rng, later(d, rng, 1, 4), cur)))
        p.big(rng.choice(["CLEARED", f"{word.title()} cleared", "Realised - thank you"]), status="success")
        p.para("small", f"The {word} has been realised and the amount credited to our account.")
    p.add(("right", "Authorised Signatory"))
    return p.out(), p.truth(amount, cur), style


# ---------------------------------------------------------------- 10 pay-later / EMI approved, or first instalment paid

LENDERS = {
    "IN": [
        ("Simpl", (0, 170, 150)),
        ("LazyPay", (230, 40, 90)),
        ("Bajaj Finserv EMI", (0, 80, 160)),
        ("ZestMoney", (90, 40, 180)),
    ],
    "US": [("Affirm", (74, 74, 244)), ("Klarna", (60, 30, 70))],
    "UK": [("Clearpay", (40, 40, 40)), ("Klarna", (60, 30, 70))],
}


def pay_later(rng: random.Random, font: str):
    paid = turn("pay_later")
    where = rng.choice(["IN", "IN", "US", "UK"])
    cur = CURRENCY[where]
    lender, brand = rng.choice(LENDERS[where])
    style = look(rng, brand)
    p = Sheet(font, style)
    m = purse(rng, font, cur)
    d = day(rng)
    shop = rng.choice(SHOPS[where] if where != "IN" else SHOPS["IN"])[0]
    n = rng.choice([3, 4, 6]) if where == "IN" else rng.choice([4, 4, 3])
    order = rupees(rng, 3000, 60000, p_round=0.7) if cur == "INR" else price(rng, 120, 1600, p_round=0.3)
    part = round(order / n, 2)
    p.add(("title", lender), merchant=(1, lender))
    p.add(("pair", "Purchased at", shop))
    p.add(("pair", "Order total", m(order)))
    if not paid:
        p.big(rng.choice(["You're approved!", "EMI approved", "Plan approved"]))
        p.add(("pair", rng.choice(["Approved on", "Purchase date"]), dated(rng, d, cur)), date=d)
        p.add(("pair", "Plan", f"{n} {'monthly EMIs' if where == 'IN' else 'payments'}"))
        p.add(("pair", "First instalment due", m(part)), keep=True)
        p.add(("pair", "Due date", dated(rng, later(d, rng, 10, 30), cur)))
        p.add(
            ("center", rng.choice(["Status: Payment due", "First payment pending", "Nothing paid yet"])),
            status="pending",
        )
        p.add(("small", f"Plan ID {code(rng, 3, UPPER)}-{digits(rng, 8)}"))
        return p.out(), p.truth(part, cur), style
    p.big(
        with_tick(
            font, rng.choice(["First payment successful", f"Payment 1 of {n} paid", "Instalment paid"])
        ),
        status="success",
    )
    p.add(("pair", "Amount paid", m(part)), keep=True)
    p.add(("pair", "Paid on", dated(rng, d, cur)), date=d)
    _, text = card_end(rng, where)
    p.add(("pair", "Paid with", text), method=(SAID, "card"))
    pid = f"{code(rng, 4, UPPER)}{digits(rng, 8)}"
    p.add(("pair", "Payment ID", pid), txn=(TXN, pid))
    p.add(("pair", "Next payment", f"{m(part)} on {dated(rng, later(d, rng, 14, 31), cur)}"))
    p.add(("small", f"Plan ID {code(rng, 3, UPPER)}-{digits(rng, 8)}"))
    return p.out(), p.truth(part, cur), style


# ---------------------------------------------------------------- 11 a failed payment with its refund note, or a retry paid

MERCHANTS = {
    "IN": ["IRCTC", "BookMyShow", "Zomato", "Airtel Payments", "MakeMyTrip", "Tata CLiQ", "Urban Company"],
    "US": ["Ticketmaster", "DoorDash", "Spirit Airlines"],
    "UK": ["Trainline", "Deliveroo", "Ryanair"],
}


def failed_payment(rng: random.Random, font: str):
    paid = turn("failed_payment")
    where = rng.choice(["IN", "IN", "IN", "US", "UK"])
    cur = CURRENCY[where]
    merchant = rng.choice(MERCHANTS[where])
    style = (
        look(rng, rng.choice(list(UPI_APPS.values())))
        if rng.random() < 0.6
        else browser(
            rng,
            f"{merchant} - Payment",
            f"https://secure.{merchant.lower().replace(' ', '')}.com/payment/status",
        )
    )
    p = Sheet(font, style)
    m = purse(rng, font, cur)
    d = day(rng)
    amount = rupees(rng, 150, 9800, p_round=0.4) if cur == "INR" else price(rng, 9, 480, p_round=0.2)
    p.add(("title", merchant), merchant=(1, merchant))
    if not paid:
        p.big(rng.choice(["Payment failed", "Transaction failed", "Payment unsuccessful"]), status="failed")
        p.para(
            "small",
            rng.choice(
                [
                    "If money was debited from your account, it will be refunded in 5-7 working days.",
                    "Any amount deducted will be auto-reversed to your source account within 5-7 business days.",
                    "Your bank declined this payment. If you were charged, the hold will be released in 3-5 days.",
                ]
            ),
        )
    else:
        p.big(
            with_tick(font, rng.choice(["Payment successful", "Payment complete", "Payment confirmed"])),
            status="success",
        )
        p.add(("small", "Your earlier attempt failed; this retry went through."))
    p.add(("pair", "Amount", m(amount)), keep=True)
    p.add(
        (
            "pair",
            rng.choice(["Date & Time", "Attempted on" if not paid else "Paid on"]),
            dated(rng, d, cur, clock=True),
        ),
        date=d,
    )
    if where == "IN" and rng.random() < 0.6:
        p.add(("pair", "Payment mode", "UPI"), method=(SAID, "UPI"))
        ref = utr(rng, d)
        p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
    else:
        _, text = card_end(rng, where)
        p.add(("pair", "Card", text), method=(SAID, "card"))
        tid = rng.choice([f"{digits(rng, 12)}", f"TXN{digits(rng, 10)}"])
        p.add(("pair", "Transaction ID", tid), txn=(TXN, tid))
    p.add(("center", "Retry payment" if not paid else "View booking"))
    return p.out(), p.truth(amount, cur), style


# ---------------------------------------------------------------- 12 a refund initiated, or the order's paid receipt


def refund(rng: random.Random, font: str):
    paid = turn("refund")
    where = rng.choice(["IN", "IN", "US", "UK", "EU"])
    cur = CURRENCY[where]
    shop, brand = rng.choice(SHOPS[where])
    style = look(rng, brand) if rng.random() < 0.5 else dict(WEB, width=680)
    p = Sheet(font, style)
    m = purse(rng, font, cur)
    d = day(rng)
    amount = rupees(rng, 299, 14999, p_round=0.6) if cur == "INR" else price(rng, 12, 420, p_round=0.3)
    oid = f"{code(rng, 2, UPPER)}{digits(rng, 10)}"
    p.add(("title", shop), merchant=(1, shop))
    upi = where == "IN" and rng.random() < 0.5
    if upi:
        ref = utr(rng, d)
        way, wtext, tfact = "UPI", "UPI", {"txn": (UPIREF, ref)}
        ref_label = "UPI Ref No"
    else:
        ref = pay_id(rng) if where == "IN" else f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
        way, wtext, tfact = "card", card_end(rng, where)[1], {"txn": (TXN, ref)}
        ref_label = "Payment ID"
    if not paid:
        p.big(
            rng.choice(["Refund initiated", "Refund in progress", "Your refund is on its way"]),
            status="refunded",
        )
        p.add(("pair", "Refund amount", m(amount)), keep=True)
        p.add(("pair", "Order ID", oid))
        p.add(("pair", "Paid on", dated(rng, d, cur)), date=d)
        p.add(("pair", "Refund initiated on", dated(rng, later(d, rng, 1, 9), cur)))
        p.add(("pair", "Refund ID", f"rfnd_{code(rng, 14, string.ascii_letters + string.digits)}"))
        p.add(("pair", "Original payment", wtext), method=(SAID, way))
        p.add(("pair", ref_label, ref), **tfact)
        p.para("small", "The amount will reach your source account in 5-7 working days.")
        return p.out(), p.truth(amount, cur), style
    p.big(rng.choice(["Payment receipt", "Order receipt"]))
    p.add(("center", rng.choice(["Payment successful", "Payment received"])), status="success")
    p.add(("pair", "Order ID", oid), txn=(ORDER, oid))
    p.add(("pair", "Paid on", dated(rng, d, cur)), date=d)
    p.add(("pair", "Amount paid", m(amount)), keep=True)
    p.add(("pair", "Paid with" if way == "card" else "Payment mode", wtext), method=(SAID, way))
    p.add(("pair", ref_label, ref), **tfact)
    p.para("small", f"Returns accepted until {dated(rng, later(d, rng, 10, 30), cur)}.")
    return p.out(), p.truth(amount, cur), style

"""The twelve heldout79 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: trades, repairs and small-town commerce in South
and South-East Asia and East Africa, in English (a tyre puncture or vulcanizing shop's slip, an electric motor and
pump rewinding workshop's bill, a boda boda trip paid by mobile money, a car denting and painting or panel beating
job's invoice, an ice factory's slip to a boat or a fish vendor, a sound system and DJ hire for a function, a cotton
carding and mattress maker's slip, a tiling contractor's running bill, a cloth dyeing and fall-pico shop's slip, a
coconut climbers' harvest bill, an outboard or boat engine mechanic's bill, a matatu or coach parcel office's
waybill). Rupee pages reuse the page and value helpers of heldout62 to heldout78 (a money mark chosen once per page
with lakh grouping on most pages, one date pattern per page, UPI with a UTR in a share); pages in Kenyan, Ugandan
and Tanzanian shillings, Philippine pesos, ringgit, rupiah and Sri Lankan rupees get this set's own marks (KSh, USh,
TSh, ₱, RM, Rp, Rs. and the ISO codes), groupings (whole shillings and rupiah, rupiah grouped with dots), day-first
dates (month first or named on Philippine pages), names, phones, tax numbers and ways to pay (M-Pesa, MTN MoMo,
Airtel Money, Tigo Pesa, GCash, Maya, Touch 'n Go, GoPay, OVO, eZ Cash: wallets). ``truth_fields`` states the fields
exactly as the page prints them (``None`` where a field is not printed). The payee is the business on top (on a
mobile money message, the payee it names as paid); customers, drivers, farmers, riders, hosts,
owners, senders, receivers, climbers and mechanics are never it. A page prints at most one date of payment; the
other days (a job card's or a vehicle's receiving day, an earlier advance's or payment's day, a function's, a
delivery's or a ready day, a warranty's end, a next harvest or service, a measurement, an expected arrival) are
never it. The amount is what this page took now: an advance where one is taken, a balance where an earlier advance
or earlier payments are taken off, the sum received where a credit account's previous balance is shown, else the
total with tax and round-off; never a total due, a balance left, an estimate, a declared value, a mobile money
balance or charge, cash tendered or change. The mobile money or UPI reference is the id where printed, else the
page's own number; job card, vehicle, boat, engine, serial, token, survey, work order and phone numbers
are never it.
"""

from __future__ import annotations

import random
import textwrap
from dataclasses import dataclass

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _clock, _earlier, _later, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import _m
from bench.receipt_sets.heldout68_families import _terms
from bench.receipt_sets.heldout73_families import METHOD73, PAID73, _d73, _who73
from bench.receipt_sets.heldout74_families import (
    WAYS74,
    _fmt74,
    _outcome74,
    _pattern74,
    _pro74,
    _status74,
    _tax74,
    _total74,
)
from bench.receipt_sets.heldout75_families import _head, _style

EN = "en"
ALNUM = UPPER + "23456789"

# ---------------------------------------------------------------- pages beyond the earlier sets' currencies

# marks before and after the figure, chosen once per page
MARKS79 = {
    "KES": [("KSh ", ""), ("Ksh ", ""), ("KES ", ""), ("Kshs. ", ""), ("Ksh", "")],
    "UGX": [("UGX ", ""), ("UGX ", ""), ("USh ", ""), ("", " UGX"), ("Shs ", "")],
    "TZS": [("TZS ", ""), ("TSh ", ""), ("Tsh ", ""), ("TSh ", "/=")],
    "PHP": [("₱", ""), ("₱ ", ""), ("PHP ", ""), ("Php ", "")],
    "MYR": [("RM", ""), ("RM ", ""), ("MYR ", "")],
    "IDR": [("Rp ", ""), ("Rp", ""), ("IDR ", ""), ("Rp. ", "")],
    "LKR": [("Rs. ", ""), ("LKR ", ""), ("Rs ", ""), ("", " LKR")],
}
# whole shillings and rupiah (rupiah grouped with dots); Kenyan pages print cents on a share
GROUPINGS79 = {
    "UGX": ["whole"],
    "TZS": ["whole"],
    "IDR": ["dots"],
    "KES": ["western", "whole"],
    "PHP": ["western"],
    "MYR": ["western"],
    "LKR": ["western"],
}
# day first everywhere but the Philippines, which names the month or prints it first; {m}: a month without its zero
DATES79 = {
    "KES": ["%d/%m/%Y", "{d}/{m}/%y", "%d-%b-%Y", "{d} %B %Y"],
    "UGX": ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d/%m/%y"],
    "TZS": ["%d/%m/%Y", "{d}/{m}/%y", "%d-%b-%y", "{d} %B %Y"],
    "PHP": ["%B {d}, %Y", "%b {d}, %Y", "%m/%d/%Y", "%b. {d}, %Y"],
    "MYR": ["%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y", "%d.%m.%Y"],
    "IDR": ["%d/%m/%Y", "%d-%m-%Y", "{d} %B %Y", "%d-%b-%y"],
    "LKR": ["%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "{d} %b %Y"],
}
# a rupee price list in each country: the rate and the rounding of a price
RATES79 = {
    "INR": (1.0, 10),
    "KES": (1.5, 10),
    "UGX": (44.0, 500),
    "TZS": (30.0, 500),
    "PHP": (0.68, 5),
    "MYR": (0.055, 0.5),
    "IDR": (190.0, 1000),
    "LKR": (3.5, 10),
}
PEOPLE79 = {
    "KES": [
        "Wanjiku Kamau",
        "Otieno Ochieng",
        "Achieng Atieno",
        "Kiprono Kiptoo",
        "Mwangi Njoroge",
        "Fatuma Ali",
    ],
    "UGX": [
        "Nakato Sarah",
        "Okello Denis",
        "Mugisha Brian",
        "Namubiru Grace",
        "Ssempijja Moses",
        "Akello Joan",
    ],
    "TZS": ["Juma Mwinyi", "Neema Mushi", "Baraka Massawe", "Rehema Salum", "Said Abdallah", "Upendo Mrema"],
    "PHP": ["Maria Cristina Reyes", "Jose Dela Cruz", "Ramon Bautista", "Lorna Villanueva", "Jun Mercado"],
    "MYR": [
        "Ahmad Faizal bin Ismail",
        "Nur Aisyah binti Hassan",
        "Tan Wei Ming",
        "Muthu Raman",
        "Lim Mei Ling",
    ],
    "IDR": ["Budi Santoso", "Siti Rahayu", "Agus Wijaya", "Dewi Lestari", "Rudi Hartono"],
    "LKR": ["Nimal Perera", "Kumari Jayasinghe", "Chaminda Fernando", "Mohamed Rizwan", "Sunil Rathnayake"],
}
PHONES79 = {
    "KES": lambda rng: f"07{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
    "UGX": lambda rng: f"07{rng.choice('0578')}{digits(rng, 1)} {digits(rng, 6)}",
    "TZS": lambda rng: f"07{rng.choice('1456')}{digits(rng, 1)} {digits(rng, 3)} {digits(rng, 3)}",
    "PHP": lambda rng: f"09{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}",
    "MYR": lambda rng: f"01{rng.choice('2369')}-{digits(rng, 3)} {digits(rng, 4)}",
    "IDR": lambda rng: f"08{digits(rng, 2)}-{digits(rng, 4)}-{digits(rng, 4)}",
    "LKR": lambda rng: f"07{rng.choice('0124567')} {digits(rng, 3)} {digits(rng, 4)}",
    "INR": lambda rng: f"{rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}",
}
TAX_NUMBERS79 = {
    "KES": lambda rng: f"KRA PIN: P05{digits(rng, 7)}{code(rng, 1, UPPER)}",
    "UGX": lambda rng: f"TIN: 100{digits(rng, 7)}",
    "TZS": lambda rng: f"TIN: 1{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 3)}",
    "PHP": lambda rng: f"TIN {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-000  Non-VAT Reg.",
    "MYR": lambda rng: f"SST No: W10-{digits(rng, 4)}-{digits(rng, 8)}",
    "IDR": lambda rng: (
        f"NPWP {digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 1)}-{digits(rng, 3)}.000"
    ),
    "LKR": lambda rng: f"BR No: PV {digits(rng, 5)}",
}
# ways to pay: (printed, truth); mobile money and app balances are wallets
WAYS79 = {
    "INR": WAYS74["INR"],
    "KES": [("M-PESA", "wallet"), ("Lipa na M-PESA", "wallet"), ("Airtel Money", "wallet"), ("Cash", "cash")],
    "UGX": [
        ("MTN MoMo", "wallet"),
        ("MTN Mobile Money", "wallet"),
        ("Airtel Money", "wallet"),
        ("Cash", "cash"),
    ],
    "TZS": [("M-Pesa", "wallet"), ("Tigo Pesa", "wallet"), ("Airtel Money", "wallet"), ("Cash", "cash")],
    "PHP": [("GCash", "wallet"), ("Maya", "wallet"), ("Cash", "cash")],
    "MYR": [
        ("Touch 'n Go eWallet", "wallet"),
        ("Boost", "wallet"),
        ("Debit card ****{4}", "card"),
        ("Cash", "cash"),
    ],
    "IDR": [("GoPay", "wallet"), ("OVO", "wallet"), ("DANA", "wallet"), ("Cash", "cash")],
    "LKR": [("Cash", "cash"), ("eZ Cash", "wallet"), ("Visa ****{4}", "card")],
}
# a wallet's own reference, by the wallet's first word: (labels, maker)
WALLET_REFS = {
    "M-PESA": (
        ["M-PESA Ref", "M-Pesa Code", "Mpesa Ref No"],
        lambda rng: code(rng, 1, "QRST") + code(rng, 9, ALNUM),
    ),
    "Lipa": (["M-PESA Ref", "Mpesa Ref No"], lambda rng: code(rng, 1, "QRST") + code(rng, 9, ALNUM)),
    "M-Pesa": (["M-Pesa Ref", "Transaction ID"], lambda rng: code(rng, 10, ALNUM)),
    "MTN": (["MoMo Txn ID", "Transaction ID"], lambda rng: digits(rng, 11)),
    "Airtel": (["Airtel Money Txn ID", "Txn ID"], lambda rng: digits(rng, 10)),
    "Tigo": (["Tigo Pesa Ref", "Txn ID"], lambda rng: "MP" + digits(rng, 10)),
    "GCash": (["GCash Ref. No.", "Ref. No."], lambda rng: digits(rng, 13)),
    "Maya": (["Maya Ref No", "Reference ID"], lambda rng: code(rng, 12, ALNUM)),
    "Touch": (["TNG Transaction No", "Transaction ID"], lambda rng: "2025" + digits(rng, 14)),
    "Boost": (["Boost Txn ID", "Transaction ID"], lambda rng: digits(rng, 16)),
    "GoPay": (["GoPay Order ID", "Transaction ID"], lambda rng: "GP" + digits(rng, 12)),
    "OVO": (["OVO Ref", "Transaction ID"], lambda rng: digits(rng, 12)),
    "DANA": (["DANA Txn ID", "Transaction ID"], lambda rng: "2025" + digits(rng, 16)),
    "Paytm": (["Wallet Txn ID", "Paytm Txn ID"], lambda rng: digits(rng, 11)),
    "eZ": (["eZ Cash Ref", "Txn ID"], lambda rng: digits(rng, 9)),
}
# change tendered in notes of the page's country
STEPS79 = {
    "INR": [100, 500],
    "KES": [100, 500, 1000],
    "UGX": [5000, 10000],
    "TZS": [5000, 10000],
    "PHP": [100, 500, 1000],
    "MYR": [10, 50],
    "IDR": [10000, 50000, 100000],
    "LKR": [500, 1000, 5000],
}


def _num(value: float, grouping: str) -> str:
    """A bare figure: whole with commas or dots, else as heldout66 groups it."""
    if grouping == "whole":
        return f"{round(value):,}"
    if grouping == "dots":
        return f"{round(value):,}".replace(",", ".")
    return _m(value, grouping)


@dataclass
class Page:
    """One receipt's country and print habits: its currency, the business on top, sums, dates and the day paid."""

    currency: str
    name: str
    fmt: object
    grouping: str
    pattern: str
    when: object

    def num(self, value: float) -> str:
        """A bare figure in the page's grouping (no mark)."""
        return _num(value, self.grouping)

    def money(self, value: float) -> str:
        return self.fmt(value)

    def d(self, when) -> str:
        return _d73(when, self.pattern.replace("{m}", str(when.month)), EN)

    def later(self, rng, low, high) -> str:
        return self.d(_later(self.when, rng, low, high))

    def earlier(self, rng, low, high) -> str:
        return self.d(_earlier(self.when, rng, low, high))

    def p(self, rupees: float) -> float:
        """A rupee price in the page's country, rounded as its shops round."""
        rate, step = RATES79[self.currency]
        if self.currency == "INR":
            return float(rupees)
        value = max(step, round(rupees * rate / step) * step)
        return round(float(value), 2)

    def r(self, value: float, steps: int = 1) -> float:
        """A sum already in the page's currency, rounded to ``steps`` of its shops' rounding."""
        step = RATES79[self.currency][1] * steps
        return round(float(max(step, round(value / step) * step)), 2)

    def person(self, rng, *taken) -> str:
        while True:
            who = _who73(rng, "INR", EN) if self.currency == "INR" else rng.choice(PEOPLE79[self.currency])
            if who not in taken:
                return who

    def staff(self, rng, *taken) -> str:
        if self.currency == "INR":
            return _pro74(rng, "INR", EN, *taken)
        return self.person(rng, *taken)

    def phone(self, rng) -> str:
        return PHONES79[self.currency](rng)


def _setup79(rng: random.Random, font: str, table: dict[str, list[str]]) -> Page:
    """The business on top (every name of the family's equally likely), its currency, sums, dates and day paid."""
    currency, name = rng.choice([(cur, name) for cur, names in table.items() for name in names])
    if currency == "INR":
        fmt, grouping = _fmt74(rng, font, "INR", EN)
        pattern = _pattern74(rng, "INR", EN)
    else:
        grouping = rng.choice(GROUPINGS79[currency])
        before, after = rng.choice(MARKS79[currency])
        fmt = lambda value, g=grouping, b=before, a=after: b + _num(value, g) + a  # noqa: E731
        pattern = rng.choice(DATES79[currency])
    return Page(currency, name, fmt, grouping, pattern, day(rng))


def _open(rng, font, table, places, p_tax=0.4) -> tuple[list[tuple], Page]:
    """The business on top with its address, a phone and a tax number in a share; (rows, page)."""
    page = _setup79(rng, font, table)
    rows: list[tuple] = []
    if page.currency == "INR":
        _head(rng, rows, page.name, places[page.name], "INR", p_tax)
        return rows, page
    rows.append(("title", page.name))
    rows.append(("small", places[page.name]))
    if shown(rng, 0.5):
        rows.append(("small", f"{rng.choice(['Tel', 'Mob', 'Call/WhatsApp'])} {page.phone(rng)}"))
    if shown(rng, 1 - p_tax):
        rows.append(("small", TAX_NUMBERS79[page.currency](rng)))
    return rows, page


def _stamp(rng, page: Page, p_time=0.4) -> str:
    text = page.d(page.when)
    if rng.random() < p_time:
        text += rng.choice([" ", ", ", " at "]) + _clock(
            rng, "INR" if page.currency in ("INR", "PHP") else "KES", False
        )
    return text


def _date(rng, rows, page: Page, labels, p_absent=0.15, status=None, p_time=0.4):
    """The day paid under one of ``labels`` in a share (a plain Date where the payment failed or waits); or None."""
    if not shown(rng, p_absent):
        return None
    label = rng.choice(["Date"] if status in ("failed", "pending") else labels)
    rows.append(("pair", label, _stamp(rng, page, p_time)))
    return page.when


def _no(rng, rows, labels, value, p_absent=0.15):
    """The page's own number under one of ``labels`` in a share; the number or None."""
    if not shown(rng, p_absent):
        return None
    rows.append(("pair", rng.choice(labels), value))
    return value


def _items(rng, rows, page: Page, items, k) -> float:
    """``k`` of ``items`` ((name, rupee price)) priced in the page's country; their sum."""
    net = 0.0
    for name, price in rng.sample(items, min(k, len(items))):
        value = page.p(price)
        rows.append(("pair", name, page.num(value)))
        net += value
    return round(net, 2)


def _qty(rng, rows, page: Page, name, count, rupees, unit="") -> float:
    """A line of ``count`` at a rate; its sum."""
    rate = page.p(rupees)
    line = round(count * rate, 2)
    counted = f"x{count}" if unit == " x" else f"{count}{unit}"
    rows.append(("pair", f"{name} {counted} @ {page.num(rate)}", page.num(line)))
    return line


def _tax(rng, rows, page: Page, net: float) -> float:
    """GST in halves on rupee pages, SST added on Malaysian ones, VAT included elsewhere; the sum to pay."""
    if page.currency == "INR":
        return _tax74(rng, rows, page.grouping, net, "INR", EN)
    if page.currency == "MYR":
        tax = round(net * 0.08, 2)
        rows.append(("pair", "Service Tax (SST) 8%", page.num(tax)))
        return round(net + tax, 2)
    rate = {"KES": 0.16, "UGX": 0.18, "TZS": 0.18, "PHP": 0.12, "IDR": 0.11, "LKR": 0.18}[page.currency]
    word = "PPN" if page.currency == "IDR" else "VAT"
    inside = net - net / (1 + rate)
    rows.append(
        (
            "pair",
            rng.choice([f"incl. {word} {rate * 100:g}%", f"{word} {rate * 100:g}% included"]),
            page.num(inside),
        )
    )
    return net


def _cash(rng, rows, page: Page, total) -> str:
    """Cash tendered and the change (never the amount)."""
    step = rng.choice(STEPS79[page.currency])
    given = float((int(total) // step + 1) * step)
    rows.append(("pair", rng.choice(["Cash", "Cash tendered", "Cash received"]), page.num(given)))
    rows.append(("pair", rng.choice(["Change", "Change given"]), page.num(round(given - total, 2))))
    return "cash"


def _way(rng, rows, page: Page, status=None, p_absent=0.2) -> tuple[str | None, str | None]:
    """A way to pay under a label in a share; (truth, printed). Where the payment failed or waits, no label says it
    was paid and no cash is named."""
    if not shown(rng, p_absent):
        return None, None
    pool = list(METHOD73[EN])
    ways = list(WAYS79[page.currency])
    if status in ("failed", "pending"):
        pool = [label for label in pool if not label.startswith(PAID73)] or ["Method"]
        ways = [way for way in ways if way[1] != "cash"]
    printed, kind = rng.choice(ways)
    printed = printed.replace("{4}", digits(rng, 4))
    rows.append(("pair", rng.choice(pool), printed))
    return kind, printed


def _settle(rng, rows, page: Page, total, words, bill, p_out=0.45, totals=None, p_cash=0.3, p_ref=0.55):
    """The sum taken now, how it was paid (cash with the change in a share), a UTR beside UPI or a wallet's own
    reference beside a wallet in a share (then the id, else ``bill``), and the outcome in a share; (status, method,
    id)."""
    status, said = _outcome74(
        rng, p_out, EN, {EN: dict(zip(("success", "failed", "pending"), words, strict=True))}
    )
    _total74(rng, rows, page.money, total, status, EN, {EN: totals} if totals else None)
    if status in (None, "success") and rng.random() < p_cash:
        method, printed = _cash(rng, rows, page, total), "Cash"
    else:
        method, printed = _way(rng, rows, page, status)
    txn = bill
    if method == "UPI" and shown(rng, 1 - p_ref * 0.7):
        txn = digits(rng, 12)
        rows.append(("pair", rng.choice(["UTR", "UTR No", "UPI Ref No", "UPI Txn ID"]), txn))
    elif method == "wallet" and printed and shown(rng, 1 - p_ref) and status != "failed":
        labels, make = WALLET_REFS[printed.replace("'", " ").split()[0]]
        txn = make(rng)
        rows.append(("pair", rng.choice(labels), txn))
    _status74(rng, rows, said, EN)
    return status, method, txn


def _plate_in(rng) -> str:
    state = rng.choice(["TN 37", "MH 15", "KA 25", "DL 8C", "AP 16", "GJ 03"])
    return f"{state} {code(rng, 2, UPPER)} {digits(rng, 4)}"


# ---------------------------------------------------------------- 1 a tyre puncture or vulcanizing shop's slip


PUNCTURE_SHOPS = {
    "INR": [
        "Sri Murugan Tyre Puncture Works",
        "New Sai Puncture & Tyre Shop",
        "Royal Tubeless Puncture Centre",
    ],
    "PHP": ["JR Vulcanizing & Tire Supply"],
    "IDR": ["Tambal Ban Pak Slamet"],
    "MYR": ["Ah Seng Tyre & Puncture Service"],
}
PUNCTURE_PLACES = {
    "Sri Murugan Tyre Puncture Works": "Avinashi Road, Peelamedu, Coimbatore 641004",
    "New Sai Puncture & Tyre Shop": "Mumbai-Agra Highway, Dwarka, Nashik 422011",
    "Royal Tubeless Puncture Centre": "NH 48 Service Road, Gokul Road, Hubballi 580030",
    "JR Vulcanizing & Tire Supply": "National Highway, Brgy. Balagtas, Batangas City",
    "Tambal Ban Pak Slamet": "Jl. Kaliurang Km 7, Sleman, Yogyakarta",
    "Ah Seng Tyre & Puncture Service": "12 Jalan Sultan Yussuf, 30000 Ipoh, Perak",
}
PUNCTURE_EXTRAS = [
    ("Valve change", 60.0),
    ("Nitrogen fill (4 tyres)", 80.0),
    ("Wheel balancing", 200.0),
    ("Tyre removal & refit", 50.0),
    ("New tube 2.75-18", 280.0),
    ("Tyre rotation", 100.0),
]
PUNCTURE_WORDS = (
    ["Paid - thank you, safe journey!", "Paid"],
    ["UPI failed - please pay cash"],
    ["Payment pending"],
)


def _plate(rng, currency) -> str:
    if currency == "PHP":
        return f"{code(rng, 3, UPPER)} {digits(rng, 4)}"
    if currency == "IDR":
        return f"AB {digits(rng, 4)} {code(rng, 2, UPPER)}"
    if currency == "MYR":
        return f"A{code(rng, 2, UPPER)} {digits(rng, 4)}"
    return _plate_in(rng)


def puncture_shop(rng: random.Random, font: str):
    """A roadside tyre puncture or vulcanizing shop's slip (Coimbatore, Nashik, Hubballi, Batangas, Yogyakarta,
    Ipoh): the shop on top (the payee), the vehicle's number and its odometer (never the id), the driver on a share
    (never), punctures at a rate per hole, a tube patch, a valve, nitrogen or balancing, a roadside call-out on a
    share; the slip's number is the id unless a UTR or a wallet's reference is printed, its date the day paid; the
    amount is the slip's total. Cash with its change on many; an outcome on few."""
    rows, page = _open(rng, font, PUNCTURE_SHOPS, PUNCTURE_PLACES, 0.2)
    rows.append(("center", rng.choice(["CASH BILL", "Puncture Slip", "RECEIPT"])))
    bill = _no(rng, rows, ["Bill No", "Slip No", "Receipt No"], digits(rng, rng.choice([3, 4])), 0.25)
    dated = _date(rng, rows, page, ["Date", "Dt."], 0.2)
    rows.append(("pair", rng.choice(["Vehicle No", "Plate No", "Veh. No"]), _plate(rng, page.currency)))
    if shown(rng, 0.5):
        rows.append(("pair", "Odometer", f"{rng.randrange(8000, 160000):,} km"))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Driver", "Customer"]), page.person(rng)))
    rows.append(("rule",))
    total = 0.0
    holes = rng.choice([1, 2, 3])
    kind = rng.choice(["Tubeless puncture (plug)", "Tube patch (hot vulcanize)", "Tubeless mushroom patch"])
    total += _qty(rng, rows, page, kind, holes, rng.choice([100.0, 150.0, 200.0]), " x")
    total += _items(rng, rows, page, PUNCTURE_EXTRAS, rng.choice([0, 1, 2]))
    if shown(rng, 0.35):
        callout = page.p(rng.choice([150.0, 250.0]))
        rows.append(("pair", rng.choice(["Roadside call-out", "Night service charge"]), page.num(callout)))
        total += callout
    total = round(total, 2)
    status, method, txn = _settle(
        rng, rows, page, total, PUNCTURE_WORDS, bill, 0.25, ["Total", "TOTAL", "Amount"], 0.5
    )
    _terms(rng, rows, EN, 1, en=["Patch guaranteed 30 days.", "Check tyre pressure weekly.", "No credit."])
    truth = truth_fields(page.name, total, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [THERMAL, _sized(THERMAL, 17), _sized(PAPER, 18)])


# ---------------------------------------------------------------- 2 a motor and pump rewinding workshop's bill


REWINDERS = {
    "INR": [
        "Shree Ganesh Motor Rewinding Works",
        "Annai Electricals & Pump Rewinding",
        "Punjab Armature Winding Works",
    ],
    "LKR": ["Wijaya Motor Rewinding Centre"],
}
REWINDER_PLACES = {
    "Shree Ganesh Motor Rewinding Works": "Shed 14, Aji GIDC, Rajkot 360003",
    "Annai Electricals & Pump Rewinding": "Sathy Road, Ganapathy, Coimbatore 641006",
    "Punjab Armature Winding Works": "Gill Road, Near Grain Market, Ludhiana 141003",
    "Wijaya Motor Rewinding Centre": "No 42, Puttalam Road, Kurunegala",
}
MOTORS = [
    "5 HP 3-phase submersible",
    "7.5 HP submersible (V6)",
    "2 HP monoblock pump",
    "1 HP open-well pump",
    "3 HP flour mill motor",
    "10 HP chaff cutter motor",
]
REWIND_PARTS = [
    ("Bearings 6205 x2", 360.0),
    ("Capacitor 36 mfd", 240.0),
    ("Mechanical seal", 450.0),
    ("Varnish & oven baking", 300.0),
    ("Cable joint & sleeve", 180.0),
    ("Thrust bearing", 650.0),
]
REWIND_WORDS = (
    ["Received with thanks", "Payment received - thank you"],
    ["UPI failed - motor held till payment"],
    ["Payment pending"],
)


def motor_rewinding(rng: random.Random, font: str):
    """An electric motor and pump rewinding workshop's bill (Rajkot, Coimbatore, Ludhiana, Kurunegala): the workshop
    on top (the payee), the farmer or mill owner and his village (never), the job card's number and the day the
    motor came in (never the id or the date), the motor's make, power and serial number (never), copper wire by the
    kilo at a rate, bearings, a capacitor or a seal, varnish and labour, GST in halves on a share, a warranty's end
    (never the date); on a share an advance paid on the job card's day is taken off and the balance is paid; the
    bill's number is the id unless a UTR or a wallet's reference is printed, the bill's date the day paid; the
    amount is the balance where an advance is taken off, else the total."""
    rows, page = _open(rng, font, REWINDERS, REWINDER_PLACES, 0.4)
    rows.append(("center", rng.choice(["BILL", "JOB CARD CUM BILL", "Cash / Credit Bill"])))
    bill = _no(
        rng, rows, ["Bill No", "Invoice No", "Bill No."], f"{rng.choice(['', 'RW/', 'B-'])}{digits(rng, 4)}"
    )
    dated = _date(rng, rows, page, ["Date", "Bill Date", "Dt."], 0.15)
    rows.append(("pair", rng.choice(["Job Card No", "J.C. No"]), f"JC-{digits(rng, 4)}"))
    received = _earlier(page.when, rng, 3, 12)
    rows.append(("pair", rng.choice(["Motor received on", "Received on"]), page.d(received)))
    customer = page.person(rng)
    rows.append(("pair", rng.choice(["Customer", "Party", "Name"]), customer))
    if page.currency == "INR":
        rows.append(("pair", "Village", rng.choice(["Gondal", "Sulur", "Khanna", "Jetpur", "Annur"])))
    rows.append(("pair", "Motor", rng.choice(MOTORS)))
    rows.append(
        (
            "pair",
            "Make / Sr. No",
            f"{rng.choice(['Kirloskar', 'Texmo', 'CRI', 'Crompton'])} / {digits(rng, 8)}",
        )
    )
    rows.append(("rule",))
    kilos = rng.choice([3.5, 4.0, 5.5, 6.5, 8.0])
    rate = page.p(rng.choice([950.0, 980.0, 1020.0]))
    copper = round(kilos * rate, 2)
    rows.append(("pair", f"Rewinding copper {kilos:g} kg @ {page.num(rate)}", page.num(copper)))
    net = copper + _items(rng, rows, page, REWIND_PARTS, rng.choice([1, 2, 3]))
    labour = page.p(rng.choice([800.0, 1200.0, 1500.0]))
    rows.append(("pair", "Labour", page.num(labour)))
    net = round(net + labour, 2)
    if shown(rng, 0.5):
        transport = page.p(300.0)
        rows.append(("pair", "Transport (tractor)", page.num(transport)))
        net = round(net + transport, 2)
    total = _tax(rng, rows, page, net) if page.currency == "INR" and shown(rng, 0.5) else net
    paid, labels = total, ["Total", "Net Amount", "Grand Total"]
    if shown(rng, 0.5):
        advance = page.p(rng.choice([1000.0, 2000.0, 3000.0]))
        rows.append(("pair", "Total", page.money(total)))
        rows.append(("pair", f"Less advance paid on {page.d(received)}", "-" + page.num(advance)))
        paid = round(total - advance, 2)
        labels = ["Balance paid", "Balance received", "Net payable"]
    status, method, txn = _settle(rng, rows, page, paid, REWIND_WORDS, bill, 0.4, labels)
    if shown(rng, 0.6):
        rows.append(("small", f"Warranty on winding 6 months (till {page.later(rng, 178, 186)})"))
    _terms(
        rng,
        rows,
        EN,
        1,
        en=["Motors not collected in 30 days will be disposed.", "Burnt due to low voltage: no warranty."],
    )
    truth = truth_fields(page.name, paid, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [A4, _sized(PAPER, 18), THERMAL])


# ---------------------------------------------------------------- 3 a boda boda trip paid by mobile money


BODA_APPS = {
    "KES": ["PikiPiki Rides"],
    "UGX": ["SafeBoda"],
    "TZS": ["Safiri Boda"],
}
BODA_PLACES = {
    "PikiPiki Rides": "Nairobi",
    "SafeBoda": "Kampala",
    "Safiri Boda": "Dar es Salaam",
}
BODA_STOPS = {
    "KES": ["Kencom Stage", "Yaya Centre", "Kilimani", "Westlands Roundabout", "Ngara", "Adams Arcade"],
    "UGX": [
        "Wandegeya",
        "Kisementi",
        "Ntinda Shopping Centre",
        "Old Taxi Park",
        "Kabalagala",
        "Makerere Gate",
    ],
    "TZS": ["Kariakoo", "Mwenge", "Sinza Kijiweni", "Posta", "Mlimani City", "Ubungo Terminal"],
}
# payees a rider's own till or a stage's till is registered as
BODA_PAYEES = {
    "KES": ["JOSEPH MUTUA BODA", "KAHAWA WEST BODA STAGE", "DENNIS OTIENO", "NGARA BODA RIDERS"],
    "UGX": ["OKELLO DENIS", "KISEMENTI BODA STAGE", "SSEMPIJJA MOSES", "WANDEGEYA RIDERS"],
    "TZS": ["BARAKA MASSAWE", "SINZA BODA KIJIWE", "SAID ABDALLAH"],
}
BODA_WORDS = (
    ["Payment successful", "Trip paid - thanks for riding!"],
    ["Payment failed - please pay your rider in cash"],
    ["Payment pending"],
)


def _plate_ea(rng, currency) -> str:
    if currency == "KES":
        return f"KM{code(rng, 2, UPPER)} {digits(rng, 3)}{code(rng, 1, UPPER)}"
    if currency == "UGX":
        return f"U{code(rng, 2, UPPER)} {digits(rng, 3)}{code(rng, 1, UPPER)}"
    return f"MC {digits(rng, 3)} {code(rng, 3, UPPER)}"


def _vehicle_ea(rng, currency) -> str:
    if currency == "KES":
        return f"K{code(rng, 2, UPPER)} {digits(rng, 3)}{code(rng, 1, UPPER)}"
    if currency == "UGX":
        return f"U{code(rng, 2, UPPER)} {digits(rng, 3)}{code(rng, 1, UPPER)}"
    return f"T {digits(rng, 3)} {code(rng, 3, UPPER)}"


def _sms(rng, page: Page, payee: str, total: float):
    """A mobile money confirmation message as a phone shows it; (rows, status, id, date or None)."""
    currency = page.currency
    when = page.when
    hour, minute = rng.randrange(6, 23), rng.randrange(60)
    clock = f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    short = f"{when.day}/{when.month}/{when.year % 100:02d}"
    amount = page.money(total)
    balance = page.money(page.p(rng.choice([400.0, 1250.0, 3800.0, 9000.0])) + page.p(7.0))
    roll = rng.random()
    status = "success" if roll < 0.75 else ("failed" if roll < 0.9 else "pending")
    dated, txn = when, None
    if currency == "KES":
        sender = "MPESA"
        if status == "success":
            txn = code(rng, 1, "QRST") + code(rng, 9, ALNUM)
            verb = rng.choice(["paid to", "sent to"])
            extra = f" {page.phone(rng)}" if verb == "sent to" else ""
            body = (
                f"{txn} Confirmed. {amount} {verb} {payee}{extra} on {short} at {clock}. "
                f"New M-PESA balance is {balance}. Transaction cost, {page.money(0.0)}."
            )
        elif status == "failed":
            body = f"Failed. Insufficient funds in your M-PESA account to pay {amount} to {payee}."
            dated = None
        else:
            body = f"Your payment of {amount} to {payee} is being processed. You will receive a confirmation SMS."
            dated = None
    elif currency == "UGX":
        sender = rng.choice(["MTN MoMo", "MobileMoney"])
        stamp = f"{when.isoformat()} {hour:02d}:{minute:02d}:{rng.randrange(60):02d}"
        if status == "success":
            txn = digits(rng, 11)
            body = (
                f"Y'ello. Your payment of {amount} to {payee} ({page.phone(rng)}) on {stamp} was successful. "
                f"Fee {page.money(0.0)}. New balance: {balance}. Transaction ID: {txn}."
            )
        elif status == "failed":
            body = f"Y'ello. Your payment of {amount} to {payee} has failed. Insufficient balance."
            dated = None
        else:
            body = f"Y'ello. Your payment of {amount} to {payee} is pending approval. Dial *165# to approve."
            dated = None
    else:
        sender = rng.choice(["M-PESA", "TIGOPESA"])
        if status == "success":
            txn = code(rng, 10, ALNUM) if sender == "M-PESA" else "MP" + digits(rng, 10)
            body = (
                f"{txn} Confirmed. {amount} paid to {payee} on {short} at {clock}. New balance is {balance}."
            )
        elif status == "failed":
            body = f"Failed. You do not have enough money to pay {amount} to {payee}."
            dated = None
        else:
            body = f"Payment of {amount} to {payee} is pending. Enter your PIN to complete."
            dated = None
    rows = [("title", sender), ("small", f"Text Message  {rng.choice(['Today', 'Now'])} {clock}"), ("rule",)]
    rows += [("left", line) for line in textwrap.wrap(body, 34)]
    return rows, status, txn, dated


def boda_trip(rng: random.Random, font: str):
    """A boda boda (motorbike taxi) trip paid by mobile money (Nairobi, Kampala, Dar es Salaam): on a share the
    rider's or the stage's mobile money confirmation message (the payee it names after "paid to" or "sent to" is the
    merchant, never the sender MPESA, MTN MoMo or TIGOPESA; its code the id; its day the date; a balance and a fee
    never the amount; "Confirmed", "was successful" a success, "Failed" a failure, "pending" or "being processed" a
    wait, with no code and no day on those); else the ride app's trip receipt: the app on top (the payee), the
    rider, his plate, the pickup and drop-off with their times, the distance (never), a base fare, distance and
    waiting, a promo off on a share, a tip on a share; the wallet's reference is the id where printed, else the
    trip's id; the trip's date the day paid; the amount is the total charged."""
    page = _setup79(rng, font, BODA_APPS)
    currency = page.currency
    fare = page.p(rng.choice([80.0, 120.0, 160.0, 220.0]))
    if shown(rng, 0.55):
        payee = rng.choice(BODA_PAYEES[currency])
        rows, status, txn, dated = _sms(rng, page, payee, fare)
        truth = truth_fields(payee, fare, currency, txn, dated, "wallet", status)
        return rows, truth, _style(rng, font, rows, rows[0][1], [SCREEN, DARK])
    rows = [("title", page.name), ("small", f"{BODA_PLACES[page.name]} - Trip receipt")]
    customer = page.person(rng)
    rows.append(("left", f"Thanks for riding, {customer.split()[0]}!"))
    dated = _date(rng, rows, page, ["Date"], 0.1, None, 0.0)
    trip = _no(
        rng, rows, ["Trip ID", "Receipt No", "Ride ID"], f"{code(rng, 3, UPPER)}-{digits(rng, 6)}", 0.2
    )
    rider = page.person(rng, customer)
    rows.append(("pair", "Rider", rider))
    rows.append(("pair", "Plate", _plate_ea(rng, currency)))
    start, end = rng.sample(BODA_STOPS[currency], 2)
    hour, minute = rng.randrange(6, 22), rng.randrange(40)
    rows.append(("pair", f"Pickup {hour:02d}:{minute:02d}", start))
    rows.append(("pair", f"Drop-off {hour:02d}:{minute + rng.randrange(8, 19):02d}", end))
    km = rng.choice([2.4, 3.1, 4.8, 6.2, 7.5])
    rows.append(("pair", "Distance", f"{km:g} km"))
    rows.append(("rule",))
    base = page.p(40.0)
    by_km = round(max(0.0, fare - base - page.p(10.0)), 2)
    waiting = round(fare - base - by_km, 2)
    rows.append(("pair", "Base fare", page.num(base)))
    rows.append(("pair", f"Distance ({km:g} km)", page.num(by_km)))
    rows.append(("pair", "Waiting time", page.num(waiting)))
    total = fare
    if shown(rng, 0.6):
        promo = page.p(20.0)
        rows.append(("pair", rng.choice(["Promo RIDE20", "Discount"]), "-" + page.num(promo)))
        total = round(total - promo, 2)
    if shown(rng, 0.7):
        tip = page.p(rng.choice([20.0, 40.0]))
        rows.append(("pair", "Tip for rider", page.num(tip)))
        total = round(total + tip, 2)
    status, method, txn = _settle(
        rng, rows, page, total, BODA_WORDS, trip, 0.6, ["Total", "Total charged", "Amount"], 0.0, 0.6
    )
    truth = truth_fields(page.name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [SCREEN, DARK])


# ---------------------------------------------------------------- 4 a car denting and painting job's invoice


BODY_SHOPS = {
    "INR": ["Friends Car Denting & Painting", "Perfect Auto Body Works", "Sai Krupa Denting Painting Garage"],
    "MYR": ["Kok Leong Panel Beating & Spray Painting"],
}
BODY_PLACES = {
    "Friends Car Denting & Painting": "B-41, Mayapuri Industrial Area Phase II, New Delhi 110064",
    "Perfect Auto Body Works": "Survey No 12, Kasba Peth, Pune 411011",
    "Sai Krupa Denting Painting Garage": "Auto Nagar, Vijayawada 520007",
    "Kok Leong Panel Beating & Spray Painting": "Lot 22, Jalan Kuchai Lama, 58200 Kuala Lumpur",
}
CARS = {
    "INR": ["Maruti Swift", "Hyundai i20", "Honda City", "Tata Nexon", "Mahindra Bolero"],
    "MYR": ["Perodua Myvi", "Proton Saga", "Honda City", "Perodua Axia"],
}
BODY_WORK = [
    ("Denting - LH front door", 1200.0),
    ("Denting - rear bumper", 900.0),
    ("Painting - front bumper (per panel)", 2500.0),
    ("Painting - bonnet", 3200.0),
    ("Painting - RH quarter panel", 2800.0),
    ("Scratch removal & touch-up", 800.0),
    ("Full body rubbing & polish", 1500.0),
    ("Headlamp restoration", 600.0),
]
BODY_PARTS = [("Bumper clip set", 250.0), ("Primer & putty", 450.0), ("2K paint (metallic)", 1800.0)]
BODY_WORDS = (
    ["Paid in full - vehicle delivered", "Payment received"],
    ["Card declined - vehicle not released"],
    ["Payment pending - awaiting bank confirmation"],
)


def denting_painting(rng: random.Random, font: str):
    """A car denting and painting or panel beating job's invoice (New Delhi, Pune, Vijayawada, Kuala Lumpur): the
    workshop on top (the payee), the customer (never), the car, its registration and kilometres, the job card's
    number and the day the car came in (never the id or the date), an estimate given earlier (never the amount),
    denting and painting panels, parts and paint, a discount on a share, GST in halves or SST 8% on a share, a
    round-off on rupee pages in a share; the invoice's number is the id unless a UTR or a wallet's reference is
    printed, the invoice's date the day paid; the amount is the net payable after the round-off."""
    rows, page = _open(rng, font, BODY_SHOPS, BODY_PLACES, 0.4)
    rows.append(("center", rng.choice(["TAX INVOICE", "JOB CARD / INVOICE", "Invoice"])))
    bill = _no(
        rng, rows, ["Invoice No", "Bill No", "Inv No"], f"{rng.choice(['DP/', 'INV-', ''])}{digits(rng, 4)}"
    )
    dated = _date(rng, rows, page, ["Invoice Date", "Date", "Bill Date"], 0.15)
    rows.append(("pair", "Job Card No", f"{digits(rng, 4)}"))
    rows.append(("pair", rng.choice(["Vehicle in", "Received on"]), page.earlier(rng, 2, 8)))
    rows.append(("pair", "Customer", page.person(rng)))
    plate = _plate_in(rng) if page.currency == "INR" else _plate(rng, "MYR")
    rows.append(("pair", "Vehicle", f"{rng.choice(CARS[page.currency])}  {plate}"))
    rows.append(("pair", "KMs", f"{rng.randrange(12000, 140000)}"))
    rows.append(("rule",))
    work = _items(rng, rows, page, BODY_WORK, rng.choice([2, 3, 4]))
    parts = _items(rng, rows, page, BODY_PARTS, rng.choice([1, 2]))
    net = round(work + parts, 2)
    if shown(rng, 0.45):
        estimate = page.r(net * rng.choice([1.1, 1.2, 0.9]), 10)
        rows.append(("pair", f"Estimate given ({page.earlier(rng, 2, 8)})", page.num(estimate)))
    if shown(rng, 0.4):
        off = page.r(net * 0.05)
        rows.append(("pair", "Discount", "-" + page.num(off)))
        net = round(net - off, 2)
    total = _tax(rng, rows, page, net) if shown(rng, 0.6) else net
    if page.currency == "INR" and total != round(total) and shown(rng, 0.3):
        whole = float(round(total))
        rows.append(("pair", "Round off", f"{whole - total:+.2f}"))
        total = whole
    status, method, txn = _settle(
        rng, rows, page, total, BODY_WORDS, bill, 0.45, ["Net Payable", "Grand Total", "Total"]
    )
    _terms(
        rng, rows, EN, 1, en=["Paint warranty 1 year against peeling.", "Colour match subject to old paint."]
    )
    truth = truth_fields(page.name, total, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [A4, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 5 an ice factory's slip to a boat or a vendor


ICE_FACTORIES = {
    "INR": ["Sea Queen Ice Factory", "Jai Bhavani Ice Factory", "Kadal Ice Plant"],
    "LKR": ["Negombo Ice Factory (Pvt) Ltd"],
    "PHP": ["Navotas Ice Plant & Cold Storage"],
}
ICE_PLACES = {
    "Sea Queen Ice Factory": "Fisheries Harbour Road, Thoppumpady, Kochi 682005",
    "Jai Bhavani Ice Factory": "Mirkarwada Jetty, Ratnagiri 415612",
    "Kadal Ice Plant": "Fishing Harbour Road, Thoothukudi 628001",
    "Negombo Ice Factory (Pvt) Ltd": "Lellama Road, Negombo",
    "Navotas Ice Plant & Cold Storage": "Navotas Fish Port Complex, Navotas City",
}
ICE_WORDS = (["Received - thank you"], ["UPI failed"], ["Payment pending"])


def _boat(rng, currency) -> str:
    if currency == "INR":
        return f"IND-{rng.choice(['KL', 'MH', 'TN'])}-{digits(rng, 2)}-MM-{digits(rng, 4)}"
    if currency == "LKR":
        return f"IMUL-A-{digits(rng, 4)}-NBO"
    return f"MB {rng.choice(['Lady Joy', 'Santo Niño', 'Ate Marites', 'Blessed Grace'])}"


def ice_factory(rng: random.Random, font: str):
    """An ice factory's slip to a fishing boat or a fish vendor (Kochi, Ratnagiri, Thoothukudi, Negombo, Navotas):
    the factory on top (the payee), the boat's owner or the vendor (never), the boat's registration or a truck's
    number (never the id), blocks of ice at a rate, crushing and loading, a delivery to the jetty on a share; on a
    share a credit account: today's bill, the previous balance and the total due printed over the sum received now
    and the balance carried; the slip's number is the id unless a UTR or a wallet's reference is printed, its date
    the day paid; the amount is the sum received now where a previous balance is shown (never the total due or the
    balance carried), else the slip's total."""
    rows, page = _open(rng, font, ICE_FACTORIES, ICE_PLACES, 0.3)
    rows.append(("center", rng.choice(["ICE SLIP", "DELIVERY SLIP CUM BILL", "Cash Bill"])))
    bill = _no(rng, rows, ["Slip No", "Bill No"], digits(rng, rng.choice([4, 5])), 0.2)
    dated = _date(rng, rows, page, ["Date", "Dt."], 0.15)
    rows.append(("pair", rng.choice(["Party", "Boat owner", "Buyer"]), page.person(rng)))
    rows.append(("pair", rng.choice(["Boat No", "Boat Reg. No"]), _boat(rng, page.currency)))
    rows.append(("rule",))
    blocks = rng.choice([10, 15, 20, 30, 40, 60])
    today = _qty(rng, rows, page, "Ice blocks (50 kg)", blocks, rng.choice([90.0, 110.0, 130.0]), " x")
    if shown(rng, 0.6):
        today += _qty(rng, rows, page, "Crushing", blocks, 10.0, " x")
    loading = page.p(rng.choice([100.0, 200.0]))
    rows.append(("pair", rng.choice(["Loading", "Loading & transport to jetty"]), page.num(loading)))
    today = round(today + loading, 2)
    if shown(rng, 0.5):
        previous = page.p(rng.choice([1800.0, 3500.0, 6200.0]))
        rows.append(("pair", rng.choice(["Today's bill", "This bill"]), page.num(today)))
        rows.append(("pair", rng.choice(["Previous balance", "Old balance"]), page.num(previous)))
        due = round(today + previous, 2)
        rows.append(("pair", "Total due", page.money(due)))
        paid = rng.choice([today, due, page.r(due / 2, 10)])
        status, method, txn = _settle(
            rng, rows, page, paid, ICE_WORDS, bill, 0.3, ["Amount received", "Received", "Paid now"], 0.3
        )
        rows.append(("pair", rng.choice(["Balance", "Balance carried"]), page.num(round(due - paid, 2))))
    else:
        paid = today
        status, method, txn = _settle(rng, rows, page, paid, ICE_WORDS, bill, 0.3, ["Total", "Amount"], 0.35)
    _terms(rng, rows, EN, 1, en=["Ice once loaded will not be taken back.", "Weighment at factory is final."])
    truth = truth_fields(page.name, paid, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [THERMAL, _sized(THERMAL, 17)])


# ---------------------------------------------------------------- 6 a sound system and DJ hire for a function


SOUND_HIRERS = {
    "UGX": ["Bass Line Sound & Events"],
    "KES": ["Kisumu Mega Sound & PA Hire"],
    "INR": ["Sri Meenakshi Sound Service", "Royal DJ & Sound System", "Ambika Light & Sound"],
}
SOUND_PLACES = {
    "Bass Line Sound & Events": "Plot 14, Nakivubo Road, Kampala",
    "Kisumu Mega Sound & PA Hire": "Oginga Odinga Street, Kisumu",
    "Sri Meenakshi Sound Service": "West Masi Street, Simmakkal, Madurai 625001",
    "Royal DJ & Sound System": "Aminabad Market, Lucknow 226018",
    "Ambika Light & Sound": "Station Road, Kolhapur 416001",
}
EVENTS = {
    "UGX": ["Introduction ceremony (Kukyala)", "Wedding reception", "Graduation party", "Church crusade"],
    "KES": ["Wedding reception", "Ruracio ceremony", "Graduation party", "Harambee fundraiser"],
    "INR": ["Wedding reception", "Sangeet night", "Temple festival", "Birthday party", "Ganesh utsav"],
}
SOUND_ITEMS = [
    ("Line array speakers (2 tops + 2 subs)", 6000.0),
    ("Mixer 16-channel", 1500.0),
    ("Cordless mics x4", 1200.0),
    ("DJ with console (6 hrs)", 5000.0),
    ("Generator 10 KVA", 3500.0),
    ("LED par lights x8", 2000.0),
    ("Transport & setup", 1500.0),
    ("MC services", 4000.0),
]
SOUND_WORDS = (
    ["Advance received - date booked", "Paid - thank you"],
    ["Payment failed - date not booked"],
    ["Payment pending"],
)


def sound_hire(rng: random.Random, font: str):
    """A sound system and DJ hire for a function (Kampala, Kisumu, Madurai, Lucknow, Kolhapur): the hirer on top
    (the payee), the host (never), the event, its day and venue (never the date), speakers, a mixer, mics, a DJ, a
    generator and lights, a total; a booking slip takes an advance now with the balance due on the event's day, a
    final bill takes off the advance paid on an earlier day (with damage charged on a share) and takes the balance;
    the slip's number is the id unless a UTR or a wallet's reference is printed, its date the day paid; the amount
    is the advance on a booking slip and the balance on a final bill, never the total."""
    rows, page = _open(rng, font, SOUND_HIRERS, SOUND_PLACES, 0.2)
    final = shown(rng, 0.5)
    rows.append(
        ("center", rng.choice(["FINAL BILL", "Hire Bill"] if final else ["BOOKING RECEIPT", "Hire Booking"]))
    )
    bill = _no(rng, rows, ["Receipt No", "Bill No", "Booking No"], digits(rng, 4))
    dated = _date(rng, rows, page, ["Date", "Booking Date"] if not final else ["Date", "Bill Date"], 0.15)
    rows.append(("pair", rng.choice(["Hired by", "Client", "Host"]), page.person(rng)))
    rows.append(("pair", "Event", rng.choice(EVENTS[page.currency])))
    event = page.later(rng, 10, 60) if not final else page.earlier(rng, 1, 3)
    rows.append(("pair", rng.choice(["Event date", "Function date"]), event))
    rows.append(("rule",))
    total = _items(rng, rows, page, SOUND_ITEMS, rng.choice([3, 4, 5]))
    rows.append(("pair", rng.choice(["Total hire", "Total"]), page.money(total)))
    if final:
        if shown(rng, 0.4):
            damage = page.p(rng.choice([350.0, 600.0]))
            rows.append(
                ("pair", rng.choice(["Damage: mic cable", "Damage: speaker grill"]), page.num(damage))
            )
            total = round(total + damage, 2)
        advance = page.r(total * 0.4, 10)
        rows.append(("pair", f"Less advance paid {page.earlier(rng, 12, 40)}", "-" + page.num(advance)))
        paid = round(total - advance, 2)
        labels = ["Balance paid", "Balance received", "Amount paid"]
    else:
        paid = page.r(total * rng.choice([0.3, 0.5]), 10)
        labels = ["Advance", "Advance amount", "Deposit"]
    status, method, txn = _settle(rng, rows, page, paid, SOUND_WORDS, bill, 0.5, labels, 0.3)
    if not final:
        rows.append(
            ("pair", rng.choice(["Balance on event day", "Balance due"]), page.num(round(total - paid, 2)))
        )
    _terms(
        rng,
        rows,
        EN,
        1,
        en=["Advance not refundable.", "Power supply by client.", "Music till 11 pm as per law."],
    )
    truth = truth_fields(page.name, paid, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [_sized(PAPER, 18), A4])


# ---------------------------------------------------------------- 7 a cotton carding and mattress maker's slip


CARDERS = {
    "INR": [
        "Rahmat Rui Dhunai & Gadda Ghar",
        "Hyderabad Cotton Pinjara & Mattress Works",
        "New Aligarh Razai Gadda Bhandar",
    ]
}
CARDER_PLACES = {
    "Rahmat Rui Dhunai & Gadda Ghar": "Nakhas Chowk, Lucknow 226003",
    "Hyderabad Cotton Pinjara & Mattress Works": "Gulzar Houz, Hyderabad 500002",
    "New Aligarh Razai Gadda Bhandar": "Railway Road, Aligarh 202001",
}
CARDING = [
    ("Old cotton dhunai", 30.0, "kg"),
    ("New cotton", 260.0, "kg"),
    ("Razai stitching (jaipuri)", 350.0, "pc"),
    ("Gadda cover cloth 6x4", 420.0, "pc"),
    ("Takiya (pillow)", 180.0, "pc"),
    ("Tagai (quilting)", 150.0, "pc"),
]
CARDER_WORDS = (["Paid", "Received with thanks"], ["UPI failed"], ["Payment pending"])


def cotton_carding(rng: random.Random, font: str):
    """A cotton carding (dhunai) and mattress or quilt maker's slip (Lucknow, Hyderabad, Aligarh): the shop on top
    (the payee), the customer (never), a token (never the id), old cotton carded and new cotton by the kilo, covers,
    stitching and pillows, the day it will be ready (never the date); an order slip takes an advance now and prints
    the balance due on delivery, a delivery slip takes off the advance paid on an earlier day and takes the balance;
    the slip's number is the id unless a UTR is printed, its date the day paid; the amount is the advance on an
    order slip, the balance on a delivery slip. No outcome on most."""
    rows, page = _open(rng, font, CARDERS, CARDER_PLACES, 0.0)
    delivery = shown(rng, 0.5)
    rows.append(("center", rng.choice(["DELIVERY SLIP", "Bill"] if delivery else ["ORDER SLIP", "Parchi"])))
    bill = _no(rng, rows, ["Parchi No", "Slip No", "Bill No"], digits(rng, 4), 0.2)
    dated = _date(rng, rows, page, ["Date", "Dinank"], 0.2)
    rows.append(("pair", "Token", f"{rng.randrange(1, 120)}"))
    rows.append(("pair", rng.choice(["Customer", "Name", "Grahak"]), page.person(rng)))
    total = 0.0
    for name, rate, unit in rng.sample(CARDING, rng.choice([2, 3, 4])):
        count = rng.choice([4, 6, 8, 10, 12]) if unit == "kg" else rng.choice([1, 2])
        total += _qty(rng, rows, page, name, count, rate, f" {unit}" if unit == "kg" else " x")
    total = round(total, 2)
    rows.append(("pair", "Total", page.money(total)))
    if delivery:
        advance = page.r(total * 0.3, 10)
        rows.append(("pair", f"Advance jama {page.earlier(rng, 2, 6)}", "-" + page.num(advance)))
        paid, labels = round(total - advance, 2), ["Balance paid", "Baki paid", "Balance received"]
    else:
        paid, labels = page.r(total * rng.choice([0.3, 0.5]), 10), ["Advance", "Advance paid", "Peshgi"]
    status, method, txn = _settle(rng, rows, page, paid, CARDER_WORDS, bill, 0.25, labels, 0.3)
    if not delivery:
        rows.append(("pair", rng.choice(["Baki", "Balance on delivery"]), page.num(round(total - paid, 2))))
        rows.append(("pair", rng.choice(["Ready on", "Delivery on"]), page.later(rng, 2, 6)))
    _terms(rng, rows, EN, 1, en=["Bring this parchi at delivery.", "Cotton weight as per our scale."])
    truth = truth_fields(page.name, paid, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [THERMAL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 8 a tiling contractor's running bill


TILERS = {
    "INR": [
        "Sree Durga Tiles Fixing Contractors",
        "M. A. Rahman Flooring & Tiling Works",
        "Om Sai Marble & Tiles Contractor",
    ],
    "KES": ["Mwangi & Sons Tiling Contractors"],
}
TILER_PLACES = {
    "Sree Durga Tiles Fixing Contractors": "3rd Cross, Vidyaranyapura, Bengaluru 560097",
    "M. A. Rahman Flooring & Tiling Works": "NH Bypass, Edappally, Kochi 682024",
    "Om Sai Marble & Tiles Contractor": "Dange Chowk, Wakad, Pune 411057",
    "Mwangi & Sons Tiling Contractors": "Kangemi Road, Nairobi",
}
TILE_WORK = {
    "INR": [
        ("Floor tiling 600x600", "sq ft", 28.0, (600, 1400)),
        ("Wall tiles (bathrooms)", "sq ft", 35.0, (150, 400)),
        ("Skirting", "rft", 15.0, (150, 350)),
        ("Granite kitchen top fixing", "rft", 120.0, (12, 24)),
    ],
    "KES": [
        ("Floor tiling 600x600", "m2", 300.0, (60, 140)),
        ("Wall tiles (bathrooms)", "m2", 350.0, (15, 40)),
        ("Skirting", "m", 80.0, (40, 110)),
    ],
}
TILER_WORDS = (["Payment received - thank you"], ["UPI payment failed"], ["Payment pending"])


def tiling_contractor(rng: random.Random, font: str):
    """A tiling contractor's running bill (Bengaluru, Kochi, Pune, Nairobi): the contractor on top (the payee), the
    owner and the site (never), a work order's number (never the id), the day measured (never the date), work done
    to date in square feet or metres at a rate, grouting or adhesive, the work's value to date, payments received on
    earlier days taken off (never the date or the amount), the sum due now, the sum paid now and on a share a
    balance carried; the bill's number is the id unless a UTR or a wallet's reference is printed, its date the day
    paid; the amount is the sum paid now, never the work's value, the earlier payments, the sum due or the balance.
    """
    rows, page = _open(rng, font, TILERS, TILER_PLACES, 0.4)
    rows.append(("center", rng.choice(["RUNNING BILL", "Work Bill (Running)", "Part Bill"])))
    bill = _no(
        rng, rows, ["Bill No", "R.A. Bill No", "Receipt No"], f"{rng.randrange(2, 6)}/{digits(rng, 3)}"
    )
    dated = _date(rng, rows, page, ["Date", "Bill Date"], 0.15)
    rows.append(("pair", rng.choice(["Owner", "Client"]), page.person(rng)))
    rows.append(
        ("pair", "Site", rng.choice(["Flat 302, Green Meadows", "Plot 18, 2nd Main", "Villa 7, Palm Grove"]))
    )
    rows.append(("pair", "Work Order No", f"WO-{digits(rng, 3)}"))
    rows.append(("pair", "Measured on", page.earlier(rng, 1, 4)))
    rows.append(("rule",))
    work = 0.0
    for name, unit, rate, (low, high) in rng.sample(TILE_WORK[page.currency], rng.choice([2, 3])):
        work += _qty(
            rng, rows, page, name, rng.randrange(low, high), rate / RATES79[page.currency][0], f" {unit}"
        )
    if shown(rng, 0.5):
        grout = page.p(rng.choice([1800.0, 2600.0]))
        rows.append(("pair", rng.choice(["Epoxy grouting", "Tile adhesive (bags)"]), page.num(grout)))
        work += grout
    work = round(work, 2)
    rows.append(("pair", rng.choice(["Value of work to date", "Work done total"]), page.money(work)))
    received = 0.0
    for _ in range(rng.choice([1, 2])):
        part = page.r(work * rng.choice([0.2, 0.25, 0.3]), 10)
        rows.append(("pair", f"Less received {page.earlier(rng, 8, 40)}", "-" + page.num(part)))
        received += part
    due = round(work - received, 2)
    rows.append(("pair", rng.choice(["Amount due", "Balance due now"]), page.num(due)))
    paid = due if shown(rng, 0.5) else page.r(due * 0.6, 10)
    status, method, txn = _settle(
        rng, rows, page, paid, TILER_WORDS, bill, 0.4, ["Paid now", "Amount received", "Received today"], 0.2
    )
    if paid != due:
        rows.append(("pair", "Balance carried", page.num(round(due - paid, 2))))
    _terms(rng, rows, EN, 1, en=["Tiles and cement supplied by owner.", "Final bill after handover."])
    truth = truth_fields(page.name, paid, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [A4, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 9 a cloth dyeing and fall-pico shop's slip


DYERS = {
    "INR": ["Rangrez Dyeing & Fall Pico Centre", "Banaras Saree Dyeing House", "Surat Colour Dyeing & Polish"]
}
DYER_PLACES = {
    "Rangrez Dyeing & Fall Pico Centre": "Johari Bazaar, Jaipur 302003",
    "Banaras Saree Dyeing House": "Godowlia Crossing, Varanasi 221001",
    "Surat Colour Dyeing & Polish": "Ring Road, Near Textile Market, Surat 395002",
}
DYEING = [
    ("Saree dyeing (shade match)", 350.0),
    ("Dupatta dyeing", 150.0),
    ("Tie & dye (bandhej)", 450.0),
    ("Fall & pico", 80.0),
    ("Saree roll press / polish", 120.0),
    ("Colour removal", 200.0),
    ("Suit piece dyeing", 250.0),
]
DYER_WORDS = (["Paid", "Payment received"], ["UPI failed - pay at counter"], ["Payment pending"])


def dyeing_shop(rng: random.Random, font: str):
    """A cloth dyeing, fall-pico and polish shop's slip (Jaipur, Varanasi, Surat): the shop on top (the payee), the
    customer (never), a token (never the id), pieces at a rate each, an urgent charge on a share, the delivery or
    ready day (never the date); paid in full on most, an advance on a share with the balance due at delivery; the
    slip's number is the id unless a UTR is printed, its date the day paid; the amount is what was paid now: the
    total, or the advance where one is taken."""
    rows, page = _open(rng, font, DYERS, DYER_PLACES, 0.3)
    rows.append(("center", rng.choice(["CASH MEMO", "Dyeing Slip", "Receipt"])))
    bill = _no(rng, rows, ["Bill No", "Memo No", "Slip No"], digits(rng, 4), 0.2)
    rows.append(("pair", "Token No", f"{rng.choice(UPPER)}-{rng.randrange(1, 300)}"))
    dated = _date(rng, rows, page, ["Date", "Dt."], 0.15)
    rows.append(("pair", "Customer", page.person(rng)))
    rows.append(("rule",))
    total = 0.0
    for name, rate in rng.sample(DYEING, rng.choice([1, 2, 3])):
        total += _qty(rng, rows, page, name, rng.choice([1, 1, 2, 3]), rate, " x")
    if shown(rng, 0.3):
        urgent = page.r(total * 0.5, 1)
        rows.append(("pair", "Urgent (same day) charge", page.num(urgent)))
        total += urgent
    total = round(total, 2)
    if shown(rng, 0.3):
        rows.append(("pair", "Total", page.money(total)))
        paid, labels = page.r(total * 0.5, 10), ["Advance", "Advance paid"]
    else:
        paid, labels = total, ["Total", "Net Amount", "Amount"]
    status, method, txn = _settle(rng, rows, page, paid, DYER_WORDS, bill, 0.25, labels, 0.35)
    if paid != total:
        rows.append(("pair", "Balance at delivery", page.num(round(total - paid, 2))))
    rows.append(("pair", rng.choice(["Delivery date", "Ready on"]), page.later(rng, 1, 8)))
    _terms(
        rng,
        rows,
        EN,
        1,
        en=[
            "No guarantee of colour on old or printed cloth.",
            "Goods not collected in 30 days at owner's risk.",
        ],
    )
    truth = truth_fields(page.name, paid, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [THERMAL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 10 a coconut climbers' harvest bill


CLIMBERS = {
    "INR": [
        "Thengu Mithra Coconut Climbers' Group",
        "Kasaragod Coconut Harvesting Service",
        "Vadakara Kera Tree Climbers Team",
    ],
    "LKR": ["Wariyapola Coconut Plucking Service"],
}
CLIMBER_PLACES = {
    "Thengu Mithra Coconut Climbers' Group": "Panchayat Office Road, Mararikulam, Alappuzha 688549",
    "Kasaragod Coconut Harvesting Service": "Kottacheri, Kanhangad, Kasaragod 671315",
    "Vadakara Kera Tree Climbers Team": "Edodi, Vadakara, Kozhikode 673101",
    "Wariyapola Coconut Plucking Service": "Kurunegala Road, Wariyapola",
}
CLIMB_EXTRAS = [
    ("Crown cleaning", 20.0, "tree"),
    ("Rhinoceros beetle treatment", 30.0, "tree"),
    ("Tender coconut cut (karikku)", 10.0, "nut"),
    ("Dry fronds removal", 15.0, "tree"),
]
CLIMBER_WORDS = (["Received with thanks"], ["UPI failed"], ["Payment pending"])


def coconut_climbing(rng: random.Random, font: str):
    """A coconut climbers' harvest bill (Alappuzha, Kasaragod, Vadakara, Wariyapola): the group or service on top
    (the payee), the land owner (never), the plot's survey number (never the id), the climber (never), trees climbed
    at a rate a tree, the nuts harvested (a count, never a sum), crown cleaning or pest treatment on a share, the
    next harvest's day (never the date); the receipt's number is the id unless a UTR or a wallet's reference is
    printed, its date the day paid; the amount is the bill's total."""
    rows, page = _open(rng, font, CLIMBERS, CLIMBER_PLACES, 0.0)
    rows.append(("center", rng.choice(["HARVEST BILL", "RECEIPT", "Climbing Charges"])))
    bill = _no(rng, rows, ["Receipt No", "Bill No"], digits(rng, 3), 0.2)
    dated = _date(rng, rows, page, ["Date", "Dated"], 0.2)
    owner = page.person(rng)
    rows.append(("pair", rng.choice(["Owner", "Land owner"]), owner))
    rows.append(
        ("pair", "Survey No", f"{rng.randrange(20, 480)}/{rng.randrange(1, 9)}{rng.choice(['', 'A', 'B'])}")
    )
    rows.append(("pair", "Climber", page.staff(rng, owner)))
    rows.append(("rule",))
    trees = rng.choice([18, 25, 32, 40, 55, 70])
    total = _qty(rng, rows, page, "Trees climbed", trees, rng.choice([40.0, 50.0, 60.0]), " x")
    rows.append(("pair", "Nuts harvested", f"{trees * rng.randrange(8, 15)} nos"))
    for name, rate, unit in rng.sample(CLIMB_EXTRAS, rng.choice([0, 1, 2])):
        count = trees if unit == "tree" else rng.choice([10, 20, 30])
        total += _qty(rng, rows, page, name, count, rate, " x")
    total = round(total, 2)
    status, method, txn = _settle(
        rng, rows, page, total, CLIMBER_WORDS, bill, 0.3, ["Total", "Total amount", "Amount"], 0.4
    )
    if shown(rng, 0.6):
        rows.append(("pair", rng.choice(["Next harvest", "Next climbing due"]), page.later(rng, 40, 50)))
    _terms(
        rng,
        rows,
        EN,
        1,
        en=["Climbers are insured under the Kera Suraksha scheme.", "Call 2 days before harvest."],
    )
    truth = truth_fields(page.name, total, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [_sized(PAPER, 18), THERMAL])


# ---------------------------------------------------------------- 11 an outboard or boat engine mechanic's bill


ENGINE_SHOPS = {
    "INR": ["Neendakara Marine Engine Works", "Tuticorin Outboard Motor Service"],
    "LKR": ["Negombo Marine Engineering"],
    "PHP": ["Cebu Banca Engine Repair Shop"],
}
ENGINE_PLACES = {
    "Neendakara Marine Engine Works": "Harbour Road, Neendakara, Kollam 691582",
    "Tuticorin Outboard Motor Service": "Fishing Harbour, Thoothukudi 628001",
    "Negombo Marine Engineering": "No 118, Pitipana Road, Negombo",
    "Cebu Banca Engine Repair Shop": "Pier 3 Road, Cebu City",
}
ENGINES = {
    "INR": ["Yamaha Enduro 9.9 HP OBM", "Suzuki DT 25 OBM", "Yamaha 40 HP OBM"],
    "LKR": ["Yamaha Enduro 15 HP OBM", "Suzuki DT 25 OBM"],
    "PHP": ["Honda GX390 (13 HP) banca engine", "Briggs 16 HP banca engine"],
}
ENGINE_PARTS = [
    ("Spark plugs x2", 320.0),
    ("Water pump impeller", 1450.0),
    ("Gear oil", 450.0),
    ("Propeller (aluminium)", 3800.0),
    ("Fuel line & primer bulb", 900.0),
    ("Carburettor kit", 1600.0),
]
ENGINE_LABOUR = [
    ("Carburettor overhaul", 1200.0),
    ("Lower unit service", 1500.0),
    ("Salt flushing & tune-up", 800.0),
    ("Labour", 1000.0),
]
ENGINE_WORDS = (["Paid - thank you"], ["Payment failed"], ["Payment pending"])


def outboard_repair(rng: random.Random, font: str):
    """An outboard or boat engine mechanic's bill (Kollam, Thoothukudi, Negombo, Cebu): the workshop on top (the
    payee), the boat's owner (never), the boat's registration and the engine's serial number (never the id), parts
    (plugs, an impeller, a propeller, oil), labour, a discount on a share, GST in halves or VAT included on a share,
    the next service (never the date); the bill's number is the id unless a UTR or a wallet's reference is printed,
    its date the day paid; the amount is the bill's total."""
    rows, page = _open(rng, font, ENGINE_SHOPS, ENGINE_PLACES, 0.4)
    rows.append(("center", rng.choice(["SERVICE BILL", "Job Card / Bill", "Invoice"])))
    bill = _no(
        rng, rows, ["Bill No", "Invoice No", "Job Bill No"], f"{rng.choice(['M', 'OB', ''])}{digits(rng, 4)}"
    )
    dated = _date(rng, rows, page, ["Date", "Bill Date", "Invoice Date"], 0.15)
    rows.append(("pair", rng.choice(["Boat owner", "Customer"]), page.person(rng)))
    rows.append(("pair", rng.choice(["Boat No", "Boat Reg. No"]), _boat(rng, page.currency)))
    rows.append(("pair", "Engine", rng.choice(ENGINES[page.currency])))
    rows.append(("pair", "Engine Sr. No", f"{code(rng, 3, UPPER)}-{digits(rng, 7)}"))
    rows.append(("rule",))
    net = _items(rng, rows, page, ENGINE_PARTS, rng.choice([2, 3, 4]))
    net = round(net + _items(rng, rows, page, ENGINE_LABOUR, rng.choice([1, 2])), 2)
    if shown(rng, 0.35):
        off = page.r(net * 0.05)
        rows.append(("pair", rng.choice(["Discount", "Fishermen discount"]), "-" + page.num(off)))
        net = round(net - off, 2)
    total = _tax(rng, rows, page, net) if page.currency != "LKR" and shown(rng, 0.5) else net
    status, method, txn = _settle(
        rng, rows, page, total, ENGINE_WORDS, bill, 0.35, ["Total", "Grand Total", "Net Amount"], 0.35
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Next service due", page.later(rng, 80, 100)))
    _terms(rng, rows, EN, 1, en=["Used parts returned to owner.", "No warranty on propeller damage."])
    truth = truth_fields(page.name, total, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [A4, _sized(PAPER, 18), THERMAL])


# ---------------------------------------------------------------- 12 a matatu or coach parcel office's waybill


PARCEL_OFFICES = {
    "KES": ["Rift Valley Shuttle Sacco - Parcels", "Kenya Mpya Sacco Parcel Office"],
    "UGX": ["Pearl Coach Parcel Services"],
    "TZS": ["Kilimanjaro Express Parcels"],
}
PARCEL_PLACES = {
    "Rift Valley Shuttle Sacco - Parcels": "Accra Road Stage, Nairobi CBD",
    "Kenya Mpya Sacco Parcel Office": "Main Stage, Nakuru",
    "Pearl Coach Parcel Services": "Old Taxi Park, Kampala",
    "Kilimanjaro Express Parcels": "Magufuli Bus Terminal, Mbezi, Dar es Salaam",
}
ROUTES = {
    "KES": ["Nairobi - Eldoret", "Nairobi - Kisumu", "Nakuru - Nairobi", "Nakuru - Kericho"],
    "UGX": ["Kampala - Mbarara", "Kampala - Gulu", "Kampala - Mbale"],
    "TZS": ["Dar es Salaam - Arusha", "Dar es Salaam - Moshi", "Dar es Salaam - Dodoma"],
}
PARCEL_WORDS = (
    ["Parcel booked - payment received"],
    ["Payment failed - parcel not dispatched"],
    ["Awaiting mobile money confirmation"],
)


def matatu_parcel(rng: random.Random, font: str):
    """A matatu SACCO's or a coach company's parcel office waybill (Nairobi, Nakuru, Kampala, Dar es Salaam): the
    office on top (the payee), the sender and the receiver with their phones (never), the route, the vehicle's
    registration (never the id), the parcel's description and weight, its declared value (never the amount), a
    parcel charge by weight, insurance cover on the declared value and an SMS fee on a share, the expected arrival
    (never the date); the mobile money reference is the id where printed, else the waybill's number; its date the
    day paid; the amount is the total charge."""
    rows, page = _open(rng, font, PARCEL_OFFICES, PARCEL_PLACES, 0.5)
    rows.append(("center", rng.choice(["PARCEL RECEIPT", "WAYBILL", "Consignment Note"])))
    bill = _no(
        rng, rows, ["Waybill No", "Receipt No", "Parcel No"], f"{code(rng, 2, UPPER)}{digits(rng, 6)}", 0.1
    )
    dated = _date(rng, rows, page, ["Date", "Booked on"], 0.15)
    rows.append(("pair", "Route", rng.choice(ROUTES[page.currency])))
    sender = page.person(rng)
    rows.append(("pair", "Sender", f"{sender}  {page.phone(rng)}"))
    receiver = page.person(rng, sender)
    rows.append(("pair", "Receiver", f"{receiver}  {page.phone(rng)}"))
    rows.append(("pair", "Vehicle", _vehicle_ea(rng, page.currency)))
    rows.append(
        (
            "pair",
            "Contents",
            rng.choice(
                [
                    "1 carton (household items)",
                    "2 sacks (maize flour)",
                    "1 envelope (documents)",
                    "1 box (phone spares)",
                ]
            ),
        )
    )
    kilos = rng.choice([1, 3, 5, 12, 20, 35])
    rows.append(("pair", "Weight", f"{kilos} kg"))
    value = page.r(page.p(rng.choice([2000.0, 5000.0, 12000.0])), 10)
    rows.append(("pair", "Declared value", page.num(value)))
    rows.append(("rule",))
    charge = page.p(150.0 + 12.0 * kilos)
    rows.append(("pair", "Parcel charge", page.num(charge)))
    total = charge
    if shown(rng, 0.5):
        cover = page.r(value * 0.02)
        rows.append(("pair", rng.choice(["Insurance cover", "Goods in transit cover"]), page.num(cover)))
        total += cover
    if shown(rng, 0.5):
        sms = page.p(10.0)
        rows.append(("pair", "SMS notification", page.num(sms)))
        total += sms
    total = round(total, 2)
    status, method, txn = _settle(
        rng, rows, page, total, PARCEL_WORDS, bill, 0.5, ["Total", "Total charge", "Amount"], 0.3, 0.7
    )
    if shown(rng, 0.6):
        rows.append(("pair", "Expected arrival", page.later(rng, 1, 3)))
    _terms(
        rng,
        rows,
        EN,
        1,
        en=["Parcels not collected in 7 days attract storage.", "We are not liable for undeclared goods."],
    )
    truth = truth_fields(page.name, total, page.currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, page.name, [THERMAL, _sized(PAPER, 18)])

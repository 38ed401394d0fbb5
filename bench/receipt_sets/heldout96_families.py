"""The twelve heldout96 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: paper receipts from Indian shops and services,
photographed with a phone as proof of a UPI or card payment: a small shop's printed GST tax invoice with the UPI
payment noted, a supermarket's or pharmacy's thermal till slip, a restaurant bill with a PAID stamp and the
card terminal's slip stapled beside it, a fuel station's bill with the pump's slip, a handwritten kachcha bill
on a printed pad, a courier booking receipt, a clinic's or lab's cash memo with the UPI reference written in,
an auto workshop's final bill on its job card, a hardware shop's bill with a Paytm QR sticker and the
soundbox's printed "received" slip, a fee receipt book's counterfoil, a tailor's or laundry's token, and a
temple or trust's 80G donation receipt.

Every page is a ``heldout93_families.Page`` of rows, each row carrying the facts it prints; two row kinds of
this set, ``pen`` (a handwritten line) and ``penpair`` (a printed label, its value written in by pen), are
left blank by ``heldout14_render.render`` and written over by ``photo`` in a pen face (an italic in blue or
black ink). A rubber stamp, a stapled second slip and a QR sticker are drawn by ``photo`` too, from
``style["h96"]``; their facts join the truth (``settle``). A stamp is translucent ink over the item rows,
never over a row that prints a fact, and a stapled slip overlaps only the page's margin, so no fact is covered.
The photo: the page curled or crumpled, faded thermal ink, lying on a surface (``heldout93_families``'s
frame), with the phone's or a hand's shadow over a corner.
"""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
from PIL import Image, ImageChops, ImageDraw, ImageFilter

from bench.receipt_sets.heldout14_render import SCALE
from bench.receipt_sets.heldout14_render import render as base_render
from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout86_families import PAYERS, PEOPLE, Rs, hhmm, rupees, utr, when
from bench.receipt_sets.heldout93_families import FRAMES, UPPER, Page, face, has_glyph, lying_frame, pick

UTR, UPIREF, RRN, BANKREF, TXN, APPR, ORDER, BILL = 8, 7, 6, 5, 4, 3, 2, 1
SAID, KEYWORD = 3, 1
HEAD, SLIPNAME = 2, 1
PAPER_PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y", "%d/%m/%y", "%d-%m-%y"]
SLIP_PATS = ["%d/%m/%Y", "%d/%m/%y", "%d-%b-%y", "%d-%m-%Y", "%d%b%y"]
PEN_PATS = ["{d}/%m/%y", "{d}/%m/%Y", "{d}-%m-%y", "{d}.%m.%y"]
PEN_FACES = [
    "freefont/FreeSerifItalic.ttf",
    "liberation2/LiberationSerif-Italic.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "freefont/FreeSansOblique.ttf",
]
PEN_INKS = [(28, 46, 140), (20, 30, 95), (30, 30, 38), (40, 60, 160)]
STAMP_INKS = [(200, 30, 40), (40, 60, 170), (120, 40, 140)]
THERMAL = {"paper": (246, 245, 240), "ink": (60, 60, 66), "width": 440, "size": 17}
PRINTED = {"paper": (250, 249, 244), "ink": (24, 24, 30), "width": 640, "size": 18}
STATES = ["MH", "KA", "DL", "TN", "UP", "GJ", "HR", "RJ", "TS", "KL", "WB", "MP"]
UPI_APPS = ["GPay", "PhonePe", "Paytm", "BHIM", "Google Pay"]


# ---------------------------------------------------------------- values


def gstin(rng: random.Random) -> str:
    return f"{rng.randrange(1, 37):02d}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{code(rng, 1, UPPER)}"


def phone(rng: random.Random) -> str:
    n = rng.choice("6789") + digits(rng, 9)
    return rng.choice([n, f"{n[:5]} {n[5:]}", f"+91-{n}"])


def vehicle(rng: random.Random) -> str:
    return f"{rng.choice(STATES)}{rng.randrange(1, 50):02d}{code(rng, 2, UPPER)}{digits(rng, 4)}"


def card_mask(rng: random.Random) -> str:
    tail = digits(rng, 4)
    return rng.choice([f"XXXX XXXX XXXX {tail}", f"************{tail}", f"4{digits(rng, 5)}******{tail}"])


def items(
    rng: random.Random, names: list[str], n: int, low: float, high: float
) -> list[tuple[str, int, float]]:
    return [(name, rng.randint(1, 4), rupees(rng, low, high)) for name in rng.sample(names, n)]


class P96(Page):
    """A page whose stamps and stapled slip add facts of their own (``ghosts``)."""

    def __init__(self, font: str, style: dict):
        super().__init__(font, style)
        self.ghosts: list[dict] = []

    def pen(self, text: str, **facts) -> None:
        self.add(("pen", text), **facts)

    def penpair(self, label: str, value: str, **facts) -> None:
        self.add(("penpair", label, value), **facts)

    def stamp(self, text: str, rng: random.Random, **facts) -> None:
        """A rubber stamp over the rows that print no fact (the items)."""
        spots = [i for i, (row, f) in enumerate(self.rows) if not f and row[0] in ("left", "pair", "gap")]
        at = rng.choice(spots) if spots else max(0, len(self.rows) // 2)
        self.style.setdefault("h96", {}).setdefault("stamps", []).append(
            {
                "text": text,
                "row": at,
                "ink": rng.choice(STAMP_INKS),
                "angle": rng.uniform(-18, 18),
                "x": rng.uniform(0.25, 0.6),
            }
        )
        if facts:
            self.ghosts.append(facts)


def settle(p: P96, amount: float, slip: Page | None = None) -> dict:
    """The truth of the page, its slip and its stamps together."""
    whole = Page(p.font, p.style)
    whole.rows = list(p.rows) + [(("gap",), facts) for facts in p.ghosts]
    if slip is not None:
        for text in slip.texts():
            assert all(has_glyph(slip.font, ch) for ch in text), (slip.font, text)
        whole.rows += [(("gap",), facts) for _, facts in slip.rows]
    return whole.truth(amount, "INR")


def staple(p: P96, slip: Page, rng: random.Random) -> None:
    p.style.setdefault("h96", {})["slip"] = {
        "rows": slip.out(),
        "font": slip.font,
        "style": slip.style,
        "angle": rng.uniform(-4, 4),
        "drop": rng.uniform(0.05, 0.4),
    }


def photo_look(rng: random.Random, style: dict, *, thermal: bool = False) -> dict:
    h = style.setdefault("h96", {})
    h["pen_face"] = rng.choice(PEN_FACES)
    h["pen_ink"] = rng.choice(PEN_INKS)
    h["curl"] = rng.choice([0.0, rng.uniform(4, 14)])
    h["crumple"] = rng.random() < 0.4
    h["faded"] = rng.uniform(0.25, 0.5) if thermal and rng.random() < 0.6 else 0.0
    h["shadow"] = pick(rng, {"phone": 0.35, "hand": 0.3})
    h["shadow_seed"] = rng.randrange(2**31)
    h["frame"] = lying_frame(rng)
    return style


def method_line(rng: random.Random, way: str, app: str | None = None) -> str:
    if way == "upi":
        return rng.choice(
            ["UPI", f"UPI ({app or rng.choice(UPI_APPS)})", "UPI / QR", f"{app or 'GPay'} (UPI)"]
        )
    if way == "card":
        return rng.choice(["Card", "Debit Card", "Credit Card", "CARD"])
    return rng.choice(["Cash", "CASH"])


# ---------------------------------------------------------------- 1 a small shop's GST tax invoice, UPI noted

GST_SHOPS = [
    (
        "Shree Ganesh Electronics",
        ["LED Bulb 9W", "Extension Board 4-way", "Ceiling Fan 1200mm", "Table Lamp"],
    ),
    ("Laxmi Textiles", ["Cotton Saree", "Dress Material", "Bedsheet Double", "Towel Set"]),
    ("Sai Stationery & Xerox", ["Notebook 200pg", "Ball Pen Box", "A4 Ream 75gsm", "Geometry Box"]),
    ("Mahavir Kitchenware", ["Pressure Cooker 5L", "Steel Kadai", "Mixer Jar", "Tawa Non-stick"]),
    ("Royal Footwear", ["Men's Sandals", "School Shoes", "Ladies Chappal", "Sports Shoes"]),
    ("Krishna Mobile Point", ["Tempered Glass", "Back Cover", "Charger 20W", "Earphones"]),
]


def gst_invoice(rng: random.Random, font: str):
    style = photo_look(rng, dict(PRINTED))
    p = P96(font, style)
    rs = Rs(rng, font)
    d = day(rng)
    shop, stock = rng.choice(GST_SHOPS)
    lines = items(rng, stock, rng.randint(2, 4), 120, 2400)
    taxable = round(sum(q * r for _, q, r in lines), 2)
    rate = rng.choice([5, 12, 18])
    half = round(taxable * rate / 200, 2)
    gross = taxable + 2 * half
    total = float(round(gross))
    outcome = pick(rng, {"paid": 0.45, "plain": 0.3, "advance": 0.15, "cancelled": 0.1})
    p.add(("center", "TAX INVOICE"))
    p.add(("title", shop), merchant=(HEAD, shop))
    p.add(
        (
            "center",
            f"Shop No. {rng.randrange(1, 90)}, Main Bazar Road, {rng.choice(['Nashik', 'Indore', 'Hubli', 'Salem'])}",
        )
    )
    p.add(("center", f"GSTIN: {gstin(rng)}   Ph: {phone(rng)}"))
    p.add(("rule",))
    inv = f"{rng.choice(['', 'GST/', 'SGE/'])}{rng.randrange(100, 9999)}"
    p.add(("pair", "Invoice No.", inv), txn=(BILL, inv))
    p.add(("pair", "Invoice Date", when(d, rng.choice(PAPER_PATS))), date=d)
    p.add(("pair", "Customer", rng.choice(PAYERS)))
    p.add(("pair", "Place of Supply", rng.choice(["Maharashtra (27)", "Karnataka (29)", "Tamil Nadu (33)"])))
    p.add(("rule",))
    p.add(("left", "Item            HSN     Qty   Rate"))
    for name, q, r in lines:
        p.add(
            (
                "pair",
                f"{name}  {rng.choice(['8539', '6302', '4820', '7323', '6402', '8517'])}{digits(rng, 2)}",
                f"{q} x {rs.bare(r)}",
            )
        )
    p.add(("rule",))
    p.add(("pair", "Taxable Value", rs(taxable)))
    p.add(("pair", f"CGST @ {rate / 2:g}%", rs(half)))
    p.add(("pair", f"SGST @ {rate / 2:g}%", rs(half)))
    if abs(total - gross) > 0.001:
        p.add(("pair", "Round Off", f"{total - gross:+.2f}"))
    amount = total
    ref = utr(rng, d)
    if outcome == "advance":
        amount = float(round(total * rng.choice([0.3, 0.4, 0.5]) / 10) * 10)
        p.add(("pair", "Invoice Total", rs(total)))
        p.add(("pair", "Advance Received (UPI)", rs(amount)), keep=True, method=(SAID, "upi"))
        p.add(("pair", "Balance Due", rs(total - amount)))
        p.stamp("ADVANCE", rng)
    else:
        p.add(("pair", "Grand Total", rs(total)), keep=True)
        p.add(
            ("left", f"Paid via {rng.choice(['UPI', 'UPI (' + rng.choice(UPI_APPS) + ')'])}"),
            method=(SAID, "upi"),
        )
    if rng.random() < 0.7:
        if rng.random() < 0.5:
            p.penpair("UPI Txn ID:", ref, txn=(UPIREF, ref))
        else:
            p.add(("pair", "UPI Txn ID", ref), txn=(UPIREF, ref))
    p.add(("small", "Goods once sold will not be taken back. Subject to local jurisdiction."))
    p.add(("right", f"For {shop}"))
    p.add(("gap",))
    if outcome == "paid":
        p.stamp("PAID", rng, status="success")
    elif outcome == "cancelled":
        p.stamp("CANCELLED", rng, status="cancelled")
    return p.out(), settle(p, amount), style


# ---------------------------------------------------------------- 2 a supermarket's or pharmacy's till slip

TILLS = [
    (
        "D-Mart",
        "Avenue Supermarts Ltd",
        ["Toor Dal 1kg", "Sugar 5kg", "Surf Excel 1kg", "Amul Butter 500g", "Atta 10kg"],
    ),
    (
        "More Supermarket",
        "More Retail Pvt Ltd",
        ["Basmati Rice 5kg", "Tata Salt 1kg", "Parle-G 800g", "Tea 500g"],
    ),
    (
        "Reliance Smart",
        "Reliance Retail Ltd",
        ["Fortune Oil 1L", "Maggi 12 pack", "Colgate 200g", "Poha 1kg"],
    ),
    (
        "Apollo Pharmacy",
        "Apollo Pharmacies Ltd",
        ["Dolo 650 Tab", "Pantocid DSR Cap", "Volini Gel 30g", "ORS Sachet"],
    ),
    (
        "MedPlus",
        "Optival Health Solutions",
        ["Crocin Advance", "Azithral 500", "Vicks Vaporub", "Digene Syrup"],
    ),
]


def till_slip(rng: random.Random, font: str):
    style = photo_look(rng, dict(THERMAL, width=rng.choice([420, 440, 460])), thermal=True)
    p = P96(font, style)
    rs = Rs(rng, font, marks=("Rs.", "Rs", "INR", "₹"))
    d = day(rng)
    name, company, stock = rng.choice(TILLS)
    pharmacy = "Pharm" in name or "Med" in name
    lines = items(rng, stock, rng.randint(3, 4), 25, 480)
    mrp_total = round(sum(q * r for _, q, r in lines), 2)
    saved = round(mrp_total * rng.choice([0.0, 0.05, 0.08, 0.12]), 2)
    total = float(round(mrp_total - saved))
    way = rng.choice(["upi", "upi", "card", "cash"])
    p.add(("title", name), merchant=(HEAD, name))
    p.add(("center", company))
    p.add(("center", f"GSTIN {gstin(rng)}"))
    if pharmacy:
        p.add(("center", f"DL No: {rng.choice(STATES)}-{digits(rng, 6)}/21"))
    else:
        p.add(("center", f"FSSAI Lic No {digits(rng, 14)}"))
    p.add(("rule",))
    bill = f"{rng.choice(['B', 'S', ''])}{digits(rng, 8)}"
    p.add(("left", f"Bill No: {bill}"), txn=(BILL, bill))
    p.add(("left", f"Date: {when(d, rng.choice(SLIP_PATS))}  {hhmm(rng, twelve=False)}"), date=d)
    p.add(("left", f"Till {rng.randrange(1, 20):02d}  Cashier {rng.choice(PEOPLE).split()[0]}"))
    p.add(("rule",))
    for item, q, r in lines:
        p.add(("left", item))
        if pharmacy:
            exp = d + dt.timedelta(days=rng.randrange(200, 900))
            p.add(("left", f"  Batch {code(rng, 2, UPPER)}{digits(rng, 4)} Exp {exp:%m/%y}"))
        p.add(("pair", f"  {q} x MRP {rs.bare(r)}", rs.bare(q * r)))
    p.add(("rule",))
    p.add(("pair", "Total Items", str(len(lines))))
    p.add(("pair", "MRP Total", rs(mrp_total)))
    if saved:
        p.add(("pair", "Discount", rs(saved)))
    if abs(total - (mrp_total - saved)) > 0.001:
        p.add(("pair", "Round Off", f"{total - (mrp_total - saved):+.2f}"))
    p.add(("pair", "NET AMOUNT", rs(total)), keep=True)
    p.add(("left", "Tender Details"))
    if way == "cash":
        given = float((int(total) // 500 + 1) * 500)
        p.add(("pair", "CASH", rs.bare(given)), method=(SAID, "cash"))
        p.add(("pair", "Change", rs.bare(given - total)))
    elif way == "card":
        p.add(("pair", "CARD", rs.bare(total)), method=(SAID, "card"))
        p.add(("left", f"Card No: {card_mask(rng)}"))
        if rng.random() < 0.7:
            a = digits(rng, 6)
            p.add(("left", f"Appr Code: {a}"), txn=(APPR, a))
    else:
        p.add(("pair", "UPI", rs.bare(total)), method=(SAID, "upi"))
        if rng.random() < 0.8:
            ref = utr(rng, d)
            p.add(("left", f"UPI Ref No: {ref}"), txn=(UPIREF, ref))
    if saved:
        p.add(("center", f"You saved {rs(saved)} on MRP!"))
    if pharmacy and rng.random() < 0.6:
        p.add(
            ("left", f"Dr: {rng.choice(PEOPLE)}  Next refill: {when(d + dt.timedelta(days=30), '%d/%m/%Y')}")
        )
    p.add(("center", "Thank you. Visit again"))
    return p.out(), settle(p, total), style


# ---------------------------------------------------------------- POS slips stapled beside a bill

ACQUIRERS = ["HDFC BANK", "ICICI BANK", "AXIS BANK", "PINE LABS", "SBI", "KOTAK BANK"]


def pos_slip(
    rng: random.Random, font: str, merchant: str, d: dt.date, total: float, outcome: str, way: str
) -> Page:
    s = Page(font, dict(THERMAL, width=rng.choice([360, 380, 400]), size=15))
    s.add(("center", rng.choice(ACQUIRERS)))
    s.add(("center", merchant.upper()), merchant=(SLIPNAME, merchant.upper()))
    s.add(("left", f"TID:{digits(rng, 8)}  MID:{digits(rng, 15)}"))
    s.add(
        ("left", f"DATE:{when(d, rng.choice(SLIP_PATS))}  TIME:{hhmm(rng, twelve=False, seconds=True)}"),
        date=d,
    )
    s.add(("left", f"BATCH:{rng.randrange(1, 999):06d}  INVOICE:{rng.randrange(1, 9999):06d}"))
    if way == "card":
        s.add(("center", "SALE"))
        s.add(("left", f"CARD NO: {card_mask(rng)}"), method=(SAID, "card"))
        s.add(
            ("left", f"{rng.choice(['VISA', 'MASTERCARD', 'RUPAY'])}  {rng.choice(['CHIP', 'CONTACTLESS'])}")
        )
        rrn = digits(rng, 12)
        s.add(("left", f"RRN:{rrn}"), txn=(RRN, rrn))
        if outcome == "success":
            a = code(rng, 6, "0123456789ABCDEF")
            s.add(("left", f"APPR CODE:{a}"), txn=(APPR, a))
    else:
        s.add(("center", "UPI SALE"), method=(SAID, "upi"))
        ref = utr(rng, d)
        s.add(("left", f"UPI REF NO:{ref}"), txn=(UPIREF, ref))
    s.add(("pair", "AMOUNT", f"INR {total:.2f}"), keep=True)
    word = {
        "success": rng.choice(["APPROVED", "TXN APPROVED", "SUCCESS"]),
        "failed": rng.choice(["DECLINED", "TXN DECLINED"]),
    }[outcome]
    s.add(("center", word), status=outcome)
    if outcome == "failed":
        s.add(
            ("center", rng.choice(["51 INSUFFICIENT FUNDS", "55 INCORRECT PIN", "91 ISSUER NOT AVAILABLE"]))
        )
    else:
        s.add(("center", "PIN VERIFIED OK"))
    s.add(("center", "*** CUSTOMER COPY ***"))
    return s


# ---------------------------------------------------------------- 3 a restaurant bill, PAID stamp, slip stapled

RESTAURANTS = [
    "Hotel Annapurna",
    "Udupi Krishna Bhavan",
    "Punjabi Tadka Dhaba",
    "Shree Sagar Veg",
    "Bombay Darbar",
    "Kerala Kitchen",
    "Paradise Biryani House",
    "Café Madras",
]
DISHES = [
    "Paneer Butter Masala",
    "Masala Dosa",
    "Veg Biryani",
    "Butter Naan",
    "Dal Tadka",
    "Chicken 65",
    "Filter Coffee",
    "Jeera Rice",
    "Gulab Jamun",
    "Fresh Lime Soda",
]


def restaurant(rng: random.Random, font: str):
    style = photo_look(rng, dict(THERMAL, width=rng.choice([440, 470])), thermal=True)
    p = P96(font, style)
    rs = Rs(rng, font, marks=("Rs.", "Rs", "₹"))
    d = day(rng)
    name = rng.choice([r for r in RESTAURANTS if all(has_glyph(font, ch) for ch in r)])
    lines = items(rng, DISHES, rng.randint(3, 5), 40, 380)
    sub = round(sum(q * r for _, q, r in lines), 2)
    gst = round(sub * 0.025, 2)
    gross = sub + 2 * gst
    total = float(round(gross))
    outcome = pick(rng, {"success": 0.75, "failed": 0.25})
    way = rng.choice(["card", "card", "upi"])
    p.add(("title", name), merchant=(HEAD, name))
    p.add(("center", f"GSTIN: {gstin(rng)}"))
    p.add(("center", f"FSSAI: {digits(rng, 14)}"))
    p.add(("rule",))
    bill = str(rng.randrange(1000, 99999))
    p.add(("pair", "Bill No", bill), txn=(BILL, bill))
    p.add(("pair", "Date", f"{when(d, rng.choice(PAPER_PATS))} {hhmm(rng)}"), date=d)
    p.add(
        (
            "pair",
            f"Table {rng.randrange(1, 30)}  Covers {rng.randrange(1, 6)}",
            f"KOT {rng.randrange(10, 999)}",
        )
    )
    p.add(("rule",))
    for dish, q, r in lines:
        p.add(("pair", f"{dish} x{q}", rs.bare(q * r)))
    p.add(("rule",))
    p.add(("pair", "Sub Total", rs(sub)))
    p.add(("pair", "CGST 2.5%", rs.bare(gst)))
    p.add(("pair", "SGST 2.5%", rs.bare(gst)))
    if abs(total - gross) > 0.001:
        p.add(("pair", "Round Off", f"{total - gross:+.2f}"))
    p.add(("pair", "Grand Total", rs(total)), keep=True)
    p.add(("center", "Thank you! Visit again"))
    p.add(("gap",))
    if outcome == "success":
        p.stamp("PAID", rng, status="success")
    slip = pos_slip(
        rng,
        rng.choice(
            ["liberation2/LiberationMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf", "freefont/FreeMono.ttf"]
        ),
        name,
        d,
        total,
        outcome,
        way,
    )
    staple(p, slip, rng)
    return p.out(), settle(p, total, slip), style


# ---------------------------------------------------------------- 4 a fuel station's bill with the pump's slip

PUMPS = [
    ("M/s Shivam Fuels", "HP Dealer"),
    ("M/s Jai Ambe Petroleum", "IndianOil Retail Outlet"),
    ("M/s Highway Service Station", "Bharat Petroleum Dealer"),
    ("M/s Kaveri Auto Fuels", "HP Dealer"),
    ("M/s Gurunanak Filling Station", "IndianOil Retail Outlet"),
    ("M/s Sree Balaji Agencies", "BPCL Dealer"),
]


def fuel(rng: random.Random, font: str):
    style = photo_look(rng, dict(THERMAL, width=rng.choice([400, 430])), thermal=True)
    p = P96(font, style)
    d = day(rng)
    dealer, brand = rng.choice(PUMPS)
    product = rng.choice(["PETROL", "DIESEL", "XTRAPREMIUM", "SPEED"])
    rate = round(rng.uniform(88, 109), 2)
    total = float(
        rng.choice([200, 300, 500, 1000, 1500, 2000])
        if rng.random() < 0.6
        else round(rng.uniform(300, 4000), 2)
    )
    vol = round(total / rate, 2)
    outcome = pick(rng, {"success": 0.8, "failed": 0.2})
    way = rng.choice(["card", "upi", "upi"])
    p.add(("title", dealer), merchant=(HEAD, dealer))
    p.add(("center", brand))
    p.add(
        (
            "center",
            f"{rng.choice(['NH-48', 'Ring Road', 'Station Road'])}, {rng.choice(['Vapi', 'Karnal', 'Hosur', 'Nagpur'])}",
        )
    )
    p.add(("center", f"Tel: {phone(rng)}"))
    p.add(("rule",))
    rno = digits(rng, 6)
    p.add(("left", f"Receipt No : {rno}"), txn=(BILL, rno))
    p.add(("left", f"FCC ID : {digits(rng, 4)}  Nozzle No : {rng.randrange(1, 9)}"))
    p.add(("left", f"Product : {product}"))
    p.add(("left", f"Density : {rng.uniform(730, 840):.1f} kg/m3"))
    p.add(("left", f"Rate/Ltr : {rate:.2f}"))
    p.add(("left", f"Volume(L) : {vol:.2f}"))
    p.add(("left", f"Amount : Rs. {total:.2f}"), keep=True)
    p.add(("left", f"Vehicle No : {vehicle(rng)}"))
    p.add(("left", f"Mobile No : {phone(rng)}"))
    p.add(("left", f"Date : {when(d, rng.choice(SLIP_PATS))}  Time : {hhmm(rng, twelve=False)}"), date=d)
    p.add(("center", "Save fuel, save money"))
    slip = pos_slip(
        rng,
        rng.choice(["liberation2/LiberationMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf"]),
        dealer.replace("M/s ", ""),
        d,
        total,
        outcome,
        way,
    )
    staple(p, slip, rng)
    return p.out(), settle(p, total, slip), style


# ---------------------------------------------------------------- 5 a handwritten kachcha bill on a printed pad

PAD_SHOPS = [
    ("Gupta Kirana & General Store", ["Chana dal 2kg", "Sugar 5kg", "Oil 1L x2", "Rice 10kg", "Biscuit"]),
    ("New Raj Furniture Works", ["Polish work", "Plywood 6mm", "Hinges 12", "Labour"]),
    ("Maa Durga Tent House", ["Chairs 50", "Shamiana", "Lights", "Carpet"]),
    ("Balaji Paint & Hardware", ["Asian paint 4L", "Putty 20kg", "Brush 2", "Thinner"]),
    ("Ali Electric Repairing", ["Motor rewinding", "Capacitor", "Wire 5m", "Labour"]),
]


def kachcha(rng: random.Random, font: str):
    style = photo_look(rng, dict(PRINTED, width=rng.choice([480, 520]), size=20, paper=(248, 244, 228)))
    style["h96"]["ruled"] = True
    p = P96(font, style)
    d = day(rng)
    shop, stock = rng.choice(PAD_SHOPS)
    lines = [(name, float(rng.randrange(2, 80) * 10)) for name in rng.sample(stock, rng.randint(3, 4))]
    total = sum(v for _, v in lines)
    outcome = pick(rng, {"paid": 0.6, "unpaid": 0.2, "advance": 0.2})
    app = rng.choice(["GPay", "PhonePe", "Paytm", "G Pay"])
    p.add(("center", rng.choice(["ESTIMATE", "Kachcha Bill", "CASH MEMO / ESTIMATE"])))
    p.add(("title", shop), merchant=(HEAD, shop))
    p.add(("center", f"Prop. {rng.choice(PEOPLE)}   Mob. {phone(rng)}"))
    p.add(("rule",))
    no = str(rng.randrange(100, 2999))
    p.add(("pair", "Bill No.", no), txn=(BILL, no))
    p.penpair("Date", when(d, rng.choice(PEN_PATS)), date=d)
    p.penpair("Name", rng.choice(PAYERS).split()[0] + " ji")
    p.add(("rule",))
    for name, v in lines:
        p.pen(f"{name}  ....  {v:g}")
    p.add(("rule",))
    p.penpair("Total", f"{total:g}/-", keep=outcome != "advance")
    amount = total
    if outcome == "paid":
        p.pen(f"PAID by {app}", method=(SAID, "upi"))
        if rng.random() < 0.5:
            ref = utr(rng, d)
            p.pen(f"UPI Ref {ref}", txn=(UPIREF, ref))
    elif outcome == "advance":
        amount = float(round(total * 0.5 / 10) * 10)
        p.pen(f"Advance {amount:g} by {app}", keep=True, method=(SAID, "upi"))
        p.pen(f"Bal. {total - amount:g} due")
    else:
        p.stamp("UNPAID", rng, status="pending")
    p.add(("gap",))
    p.add(("right", "Signature"))
    return p.out(), settle(p, amount), style


# ---------------------------------------------------------------- 6 a courier booking receipt

COURIERS = [
    "DTDC Express - Kothrud Franchise",
    "Professional Couriers",
    "Delhivery Point Malleswaram",
    "Shree Maruti Courier Service",
    "Blue Dart - Andheri East",
    "Trackon Couriers",
]


def courier(rng: random.Random, font: str):
    style = photo_look(rng, dict(THERMAL, width=rng.choice([420, 460])), thermal=rng.random() < 0.5)
    p = P96(font, style)
    rs = Rs(rng, font, marks=("Rs.", "Rs", "INR"))
    d = day(rng)
    name = rng.choice(COURIERS)
    weight = round(rng.uniform(0.2, 6.0), 2)
    freight = rupees(rng, 60, 900)
    fuel_s = round(freight * 0.1, 2)
    gst = round((freight + fuel_s) * 0.18, 2)
    total = round(freight + fuel_s + gst, 2)
    way = rng.choice(["upi", "upi", "cash", "card"])
    p.add(("title", name), merchant=(HEAD, name))
    p.add(("center", f"GSTIN {gstin(rng)}  Ph {phone(rng)}"))
    p.add(("center", "BOOKING RECEIPT"))
    p.add(("rule",))
    p.add(("pair", "AWB No", rng.choice(["D", "P", "Z", "7"]) + digits(rng, 9)))
    rno = f"BR{digits(rng, 7)}"
    p.add(("pair", "Receipt No", rno), txn=(BILL, rno))
    p.add(("pair", "Booking Date", f"{when(d, rng.choice(PAPER_PATS))} {hhmm(rng)}"), date=d)
    p.add(
        (
            "pair",
            "Destination",
            f"{rng.choice(['Guwahati', 'Jaipur', 'Kochi', 'Ludhiana'])} {rng.randrange(110001, 799999)}",
        )
    )
    p.add(("pair", "Consignee", rng.choice(PEOPLE)))
    p.add(("pair", "Weight", f"{weight} kg"))
    p.add(("pair", "Declared Value", rs(rupees(rng, 500, 20000))))
    p.add(("pair", "Exp. Delivery", when(d + dt.timedelta(days=rng.randrange(2, 7)), rng.choice(PAPER_PATS))))
    p.add(("rule",))
    p.add(("pair", "Freight", rs(freight)))
    p.add(("pair", "Fuel Surcharge", rs(fuel_s)))
    p.add(("pair", "GST 18%", rs(gst)))
    p.add(("pair", "Total Amount", rs(total)), keep=True)
    p.add(("pair", "Payment Mode", method_line(rng, way)), method=(SAID, way))
    if way == "upi" and rng.random() < 0.7:
        ref = utr(rng, d)
        if rng.random() < 0.5:
            p.penpair("UPI Ref", ref, txn=(UPIREF, ref))
        else:
            p.add(("pair", "UPI Ref No", ref), txn=(UPIREF, ref))
    p.add(("small", "Not responsible for delay due to natural calamities."))
    p.add(("gap",))
    if rng.random() < 0.35:
        p.stamp("PAID", rng, status="success")
    return p.out(), settle(p, total), style


# ---------------------------------------------------------------- 7 a clinic's or lab's cash memo

CLINICS = [
    "Dr. Mehta's Child Clinic",
    "Sanjivani Diagnostic Centre",
    "Shree Dental Care",
    "Lifeline Pathology Lab",
    "Dr. Rao's Skin Clinic",
    "Aarogya Physiotherapy Centre",
]
SERVICES = [
    "Consultation",
    "CBC",
    "Lipid Profile",
    "X-Ray Chest PA",
    "Scaling & Polishing",
    "Thyroid Profile",
    "Physiotherapy Session",
    "Dressing",
    "HbA1c",
    "Vitamin D",
]


def clinic(rng: random.Random, font: str):
    style = photo_look(rng, dict(PRINTED, width=rng.choice([560, 600])))
    p = P96(font, style)
    rs = Rs(rng, font)
    d = day(rng)
    name = rng.choice(CLINICS)
    lines = [(s, rupees(rng, 150, 1800)) for s in rng.sample(SERVICES, rng.randint(1, 3))]
    gross = sum(v for _, v in lines)
    disc = float(round(gross * rng.choice([0, 0, 0.1]) / 10) * 10)
    total = round(gross - disc, 2)
    outcome = pick(rng, {"paid": 0.45, "plain": 0.4, "cancelled": 0.15})
    app = rng.choice(["PhonePe", "GPay", "Paytm", "BHIM"])
    p.add(("title", name), merchant=(HEAD, name))
    p.add(("center", f"Reg. No. {rng.choice(['MMC', 'KMC', 'DMC'])}/{digits(rng, 5)}   Ph: {phone(rng)}"))
    p.add(("center", "CASH MEMO"))
    p.add(("rule",))
    memo = str(rng.randrange(100, 9999))
    p.add(("pair", "Memo No", memo), txn=(BILL, memo))
    p.penpair("Date", when(d, rng.choice(PEN_PATS)), date=d)
    p.penpair("Patient", f"{rng.choice(PAYERS)}  ({rng.randrange(3, 80)} Y)")
    p.add(("pair", "UHID", f"UH{digits(rng, 6)}"))
    p.add(("rule",))
    for s, v in lines:
        p.penpair(s, rs.bare(v))
    if disc:
        p.penpair("Discount", rs.bare(disc))
    p.penpair("Net Amount", rs(total), keep=True)
    p.pen(f"Paid by {app}", method=(SAID, "upi"))
    if rng.random() < 0.75:
        ref = utr(rng, d)
        p.pen(f"UPI Ref No. {ref}", txn=(UPIREF, ref))
    label = rng.choice(["Next visit", "Report on", "Review after"])
    p.penpair(label, when(d + dt.timedelta(days=rng.randrange(1, 30)), rng.choice(PEN_PATS)))
    p.add(("gap",))
    p.add(("right", "Signature / Stamp"))
    if outcome == "paid":
        p.stamp("PAID", rng, status="success")
    elif outcome == "cancelled":
        p.stamp("CANCELLED", rng, status="cancelled")
    return p.out(), settle(p, total), style


# ---------------------------------------------------------------- 8 an auto workshop's final bill

WORKSHOPS = [
    "Sai Motors Authorised Service",
    "Friends Auto Garage",
    "Speedway Two Wheeler Care",
    "Om Sai Car Care Centre",
    "Royal Bullet Point",
    "Perfect Auto Works",
]
PARTS = [
    "Engine Oil 1L",
    "Oil Filter",
    "Air Filter",
    "Brake Shoe Set",
    "Chain Sprocket Kit",
    "Spark Plug",
    "Coolant 1L",
    "Clutch Cable",
]


def job_card(rng: random.Random, font: str):
    style = photo_look(rng, dict(PRINTED, width=rng.choice([600, 640])))
    p = P96(font, style)
    rs = Rs(rng, font)
    d = day(rng)
    name = rng.choice(WORKSHOPS)
    parts = items(rng, PARTS, rng.randint(2, 4), 90, 1800)
    ptotal = round(sum(q * r for _, q, r in parts), 2)
    labour = rupees(rng, 250, 1500)
    tax = round((ptotal + labour) * 0.09, 2)
    total = float(round(ptotal + labour + 2 * tax))
    outcome = pick(rng, {"paid": 0.6, "advance": 0.25, "plain": 0.15})
    way = rng.choice(["upi", "upi", "card"])
    p.add(("title", name), merchant=(HEAD, name))
    p.add(("center", f"GSTIN {gstin(rng)}  Ph {phone(rng)}"))
    p.add(("center", "FINAL BILL / JOB CARD"))
    p.add(("rule",))
    p.add(("pair", "Job Card No", f"JC{digits(rng, 5)}"))
    inv = f"INV/{d.year % 100}-{d.year % 100 + 1}/{rng.randrange(10, 999)}"
    p.add(("pair", "Invoice No", inv), txn=(BILL, inv))
    p.add(("pair", "Bill Date", when(d, rng.choice(PAPER_PATS))), date=d)
    p.add(("pair", "Vehicle No", vehicle(rng)))
    p.add(("pair", "KM Reading", f"{rng.randrange(3000, 90000)} km"))
    p.add(("pair", "Service Advisor", rng.choice(PEOPLE)))
    p.add(("rule",))
    for part, q, r in parts:
        p.add(("pair", f"{part} ({rng.choice(['8421', '2710', '8708', '8511'])}) x{q}", rs.bare(q * r)))
    p.add(("pair", "Labour Charges", rs.bare(labour)))
    p.add(("rule",))
    p.add(("pair", "Parts Total", rs(ptotal)))
    p.add(("pair", "CGST 9%", rs(tax)))
    p.add(("pair", "SGST 9%", rs(tax)))
    p.add(("pair", "Grand Total", rs(total)), keep=outcome != "advance")
    amount = total
    if outcome == "advance":
        adv = float(rng.choice([500, 1000, 2000]))
        amount = round(total - adv, 2)
        p.add(("pair", "Less: Advance", rs(adv)))
        p.add(("pair", "Amount Received", rs(amount)), keep=True)
    p.add(("pair", "Payment Mode", method_line(rng, way)), method=(SAID, way))
    ref = utr(rng, d) if way == "upi" else digits(rng, 12)
    p.add(("pair", "Txn Ref No", ref), txn=(BANKREF, ref))
    p.add(
        (
            "pair",
            "Next Service Due",
            f"{when(d + dt.timedelta(days=rng.randrange(90, 180)), rng.choice(PAPER_PATS))}",
        )
    )
    if outcome in ("paid", "advance"):
        p.add(("pair", "Payment Status", "PAID"), status="success")
    p.add(("gap",))
    p.add(("right", "Customer Signature"))
    return p.out(), settle(p, amount), style


# ---------------------------------------------------------------- 9 a hardware shop's bill, QR sticker, soundbox slip

HARDWARE = [
    "Om Sai Hardware",
    "Jain Electricals",
    "National Sanitary & Hardware",
    "Bharat Pipe Fittings",
    "Shree Electric Stores",
    "Modern Tools Centre",
]
HW_ITEMS = [
    "PVC Pipe 1in",
    "Switch 6A",
    "MCB 32A",
    "Wire 1.5mm 90m",
    "Tap Brass",
    "Screws Box",
    "Cement 50kg",
    "LED Batten 20W",
    "Elbow 1in",
    "Teflon Tape",
]


def hardware(rng: random.Random, font: str):
    style = photo_look(rng, dict(PRINTED, width=rng.choice([540, 580])))
    p = P96(font, style)
    rs = Rs(rng, font)
    d = day(rng)
    name = rng.choice(HARDWARE)
    lines = items(rng, HW_ITEMS, rng.randint(3, 5), 20, 900)
    total = float(round(sum(q * r for _, q, r in lines)))
    handle = f"paytmqr{digits(rng, 6)}@paytm"
    p.add(("title", name), merchant=(HEAD, name))
    p.add(("center", f"GSTIN {gstin(rng)}   Mob {phone(rng)}"))
    p.add(("rule",))
    no = str(rng.randrange(100, 9999))
    p.add(("pair", "Bill No", no), txn=(BILL, no))
    p.add(("pair", "Date", when(d, rng.choice(PAPER_PATS))), date=d)
    p.add(("rule",))
    for item, q, r in lines:
        p.add(("pair", f"{item} x{q} @ {rs.bare(r)}", rs.bare(q * r)))
    p.add(("rule",))
    p.add(("pair", "Total", rs(total)), keep=True)
    p.add(("left", "Scan & pay: Paytm / any UPI app"), method=(KEYWORD, "upi"))
    p.add(("left", f"UPI ID: {handle}"), method=(KEYWORD, "upi"))
    for _ in range(5):
        p.add(("gap",))
    style["h96"]["qr"] = {"row": len(p.rows) - 5, "seed": rng.randrange(2**31)}
    outcome = pick(rng, {"success": 0.8, "pending": 0.2})
    s = Page(
        rng.choice(["liberation2/LiberationMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf"]),
        dict(THERMAL, width=340, size=15),
    )
    s.add(("center", "Paytm for Business"))
    s.add(("center", name.upper()), merchant=(SLIPNAME, name.upper()))
    s.add(("center", {"success": "Payment Received", "pending": "Payment Pending"}[outcome]), status=outcome)
    s.add(("center", f"Rs. {total:.2f}"), keep=True)
    s.add(("left", f"From: {rng.choice(PAYERS).upper()}"))
    ref = utr(rng, d)
    s.add(("left", f"UPI Ref No: {ref}"), txn=(UPIREF, ref), method=(SAID, "upi"))
    s.add(("left", f"Order ID: {digits(rng, 14)}"))
    s.add(("left", f"{when(d, '%d %b %Y')}, {hhmm(rng)}"), date=d)
    s.add(("center", "Soundbox printed copy"))
    staple(p, s, rng)
    return p.out(), settle(p, total, s), style


# ---------------------------------------------------------------- 10 a fee receipt book's counterfoil

SCHOOLS = [
    "St. Xavier's English Medium School",
    "Vidya Bharati Coaching Classes",
    "Gurukul Public School",
    "Excel Academy for IIT-JEE",
    "Saraswati Vidya Mandir",
    "Bright Future Tutorials",
]


def fee_receipt(rng: random.Random, font: str):
    style = photo_look(rng, dict(PRINTED, width=rng.choice([600, 640]), paper=(244, 246, 236)))
    p = P96(font, style)
    rs = Rs(rng, font, marks=("Rs.", "Rs", "₹"))
    d = day(rng)
    name = rng.choice(SCHOOLS)
    tuition = float(rng.randrange(15, 200) * 100)
    late = float(rng.choice([0, 0, 50, 100]))
    total = tuition + late
    way = rng.choice(["upi", "upi", "cash"])
    p.add(("small", "COUNTERFOIL - OFFICE COPY   |   perforate here"))
    p.add(("title", name), merchant=(HEAD, name))
    p.add(("center", f"Affiliation No. {digits(rng, 7)}   Ph {phone(rng)}"))
    p.add(("center", "FEE RECEIPT"))
    p.add(("rule",))
    no = str(rng.randrange(1000, 9999))
    p.add(("pair", "Receipt No.", no), txn=(BILL, no))
    p.penpair("Date", when(d, rng.choice(PEN_PATS)), date=d)
    p.penpair("Student", rng.choice(PAYERS))
    p.penpair("Class / Batch", rng.choice(["VII-B", "X-A", "JEE 2026 B2", "XII Sci"]))
    p.penpair("Adm. No", digits(rng, 5))
    p.penpair("Fee for month", rng.choice(["April-June", "July", "Term 2", "Installment 2"]))
    p.penpair("Tuition Fee", rs.bare(tuition))
    if late:
        p.penpair("Late Fee", rs.bare(late))
    p.penpair("Total", rs(total), keep=True)
    p.penpair("Mode", {"upi": f"UPI - {rng.choice(UPI_APPS)}", "cash": "Cash"}[way], method=(SAID, way))
    if way == "upi" and rng.random() < 0.7:
        ref = utr(rng, d)
        p.penpair("UPI Ref", ref, txn=(UPIREF, ref))
    p.add(("pair", "Next due date", when(d + dt.timedelta(days=rng.randrange(28, 95)), "%d/%m/%Y")))
    p.add(("small", "Fees once paid are not refundable."))
    p.add(("right", "Accountant"))
    if rng.random() < 0.5:
        p.stamp("FEE RECEIVED", rng, status="success")
    return p.out(), settle(p, total), style


# ---------------------------------------------------------------- 11 a tailor's or laundry's token

TOKENS = [
    ("Royal Tailors & Drapers", ["Shirt stitching", "Pant stitching", "Blouse", "Alteration"]),
    ("New Bombay Tailors", ["Kurta stitching", "Safari suit", "Fall & pico", "Alteration"]),
    ("Sparkle Dry Cleaners", ["Saree dry clean", "Blazer", "Shirt wash & iron", "Quilt"]),
    ("Snow White Laundry", ["Wash & fold 4kg", "Steam iron 10 pcs", "Curtain", "Bedsheet"]),
]


def token(rng: random.Random, font: str):
    style = photo_look(
        rng,
        dict(
            PRINTED,
            width=rng.choice([400, 440]),
            size=19,
            paper=rng.choice([(250, 240, 210), (236, 244, 250), (250, 250, 244)]),
        ),
    )
    p = P96(font, style)
    d = day(rng)
    name, work = rng.choice(TOKENS)
    lines = [(w, float(rng.randrange(5, 90) * 10)) for w in rng.sample(work, rng.randint(2, 3))]
    total = sum(v for _, v in lines)
    outcome = pick(rng, {"paid": 0.5, "advance": 0.5})
    app = rng.choice(["GPay", "PhonePe", "Paytm"])
    p.add(("title", name), merchant=(HEAD, name))
    p.add(("center", f"Mob. {phone(rng)}"))
    p.add(("pair", "Token No.", str(rng.randrange(1, 999))))
    p.penpair("Date", when(d, rng.choice(PEN_PATS)), date=d)
    p.penpair("Delivery", when(d + dt.timedelta(days=rng.randrange(2, 12)), rng.choice(PEN_PATS)))
    p.penpair("Name", rng.choice(PAYERS).split()[0])
    p.add(("rule",))
    for w, v in lines:
        p.penpair(w, f"{v:g}")
    p.penpair("Total", f"{total:g}", keep=outcome == "paid")
    amount = total
    if outcome == "advance":
        amount = float(round(total * rng.choice([0.3, 0.5]) / 10) * 10)
        p.penpair("Advance", f"{amount:g} {app}", keep=True, method=(SAID, "upi"))
        p.penpair("Balance", f"{total - amount:g}")
        p.stamp("ADVANCE", rng)
    else:
        p.pen(f"Paid {app}", method=(SAID, "upi"))
        p.stamp("PAID", rng, status="success")
    p.add(("small", "Not responsible for goods after 30 days."))
    return p.out(), settle(p, amount), style


# ---------------------------------------------------------------- 12 a temple or trust's 80G donation receipt

TRUSTS = [
    "Shri Sai Seva Trust",
    "Sri Venkateswara Temple Trust",
    "Jain Shwetambar Sangh Trust",
    "Gau Seva Samiti",
    "Akshaya Annadanam Trust",
    "Sri Ramakrishna Seva Ashram",
]


def donation(rng: random.Random, font: str):
    style = photo_look(rng, dict(PRINTED, width=rng.choice([620, 680]), paper=(252, 247, 232)))
    p = P96(font, style)
    rs = Rs(rng, font)
    d = day(rng)
    name = rng.choice(TRUSTS)
    total = float(rng.choice([501, 1001, 1100, 2100, 5001, 11000, 251]))
    way = rng.choice(["upi", "upi", "upi", "cash"])
    p.add(("title", name), merchant=(HEAD, name))
    p.add(
        (
            "center",
            f"Regd. No. E-{digits(rng, 4)}/{rng.choice(['Pune', 'Tirupati', 'Surat'])}   PAN {code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}",
        )
    )
    p.add(
        (
            "center",
            f"80G Approval No. {code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}F2021{digits(rng, 5)}",
        )
    )
    p.add(("center", "DONATION RECEIPT"))
    p.add(("rule",))
    no = str(rng.randrange(1000, 99999))
    p.add(("pair", "Receipt No", no), txn=(BILL, no))
    p.add(("pair", "Date", when(d, rng.choice(PAPER_PATS))), date=d)
    p.penpair("Received with thanks from", rng.choice(PAYERS))
    p.penpair("Donor PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}")
    p.penpair("Towards", rng.choice(["Annadanam", "General Donation", "Gau Seva", "Building Fund"]))
    p.penpair("Amount", rs(total), keep=True)
    p.penpair("Mode of Payment", {"upi": "UPI", "cash": "Cash"}[way], method=(SAID, way))
    if way == "upi":
        ref = utr(rng, d)
        p.penpair("UPI Transaction ID", ref, txn=(UPIREF, ref))
    p.add(("small", "Donations are exempt u/s 80G of the Income Tax Act, 1961."))
    p.add(("gap",))
    p.add(("right", "Trustee / Authorised Signatory"))
    p.stamp(name.upper(), rng)
    return p.out(), settle(p, total), style


# ---------------------------------------------------------------- drawing: the page, pen, stamps, slip, photo


def _row_tops(rows: list[tuple], font: str, style: dict) -> list[tuple[int, int]]:
    """Each row's top and height as ``heldout14_render.render`` lays it out."""
    width, size, margin = style.get("width", 620), style.get("size", 22), 34
    line = int(size * 1.55)
    pf = face(font, int(size * SCALE["pair"]))
    y, out = margin, []
    for row in rows:
        kind = row[0]
        step = int(line * SCALE.get(kind, 1.0)) if kind != "pair" else line
        if kind == "pair" and pf.getlength(row[1]) + pf.getlength(row[2]) + 24 > width - 2 * margin:
            step *= 2
        out.append((y, step))
        y += step
    return out


def _stamp_image(text: str, ink: tuple, px: int, font: str) -> Image.Image:
    f = face(font.replace("Regular", "Bold") if "Regular" in font else font, px)
    w = int(f.getlength(text)) + 30
    img = Image.new("L", (w, px + 30), 0)
    d = ImageDraw.Draw(img)
    d.rectangle((3, 3, w - 4, px + 26), outline=255, width=4)
    d.text((15, 10), text, font=f, fill=255)
    speck = np.random.default_rng(len(text) * 7 + px).random((img.size[1], img.size[0])) > 0.18
    return Image.fromarray((np.asarray(img) * speck).astype(np.uint8))


def photo(rows: list[tuple], font: str, style: dict) -> Image.Image:
    h = style.get("h96", {})
    page = base_render(rows, font, style)
    draw = ImageDraw.Draw(page)
    tops = _row_tops(rows, font, style)
    width, size = style.get("width", 620), style.get("size", 22)
    pen = face(h.get("pen_face", PEN_FACES[0]), int(size * 1.15))
    ink = h.get("pen_ink", PEN_INKS[0])
    if h.get("ruled"):
        for y, step in tops:
            draw.line((34, y + step - 3, width - 34, y + step - 3), fill=(190, 200, 225), width=1)
    for row, (y, step) in zip(rows, tops, strict=True):
        if row[0] == "pen":
            draw.text((40, y - 2), row[1], font=pen, fill=ink)
        elif row[0] == "penpair":
            draw.text((34, y), row[1] + ":", font=face(font, size), fill=style.get("ink", (24, 24, 30)))
            x = 34 + face(font, size).getlength(row[1] + ":") + 14
            x = max(x, width - 34 - pen.getlength(row[2]))
            draw.text((x, y - 2), row[2], font=pen, fill=ink)
    if h.get("faded"):
        paper = Image.new("RGB", page.size, style.get("paper", (250, 250, 250)))
        page = Image.blend(page, paper, h["faded"])
    if h.get("qr"):
        y = tops[h["qr"]["row"]][0]
        qr = np.random.default_rng(h["qr"]["seed"]).random((21, 21)) > 0.5
        for cx, cy in ((0, 0), (14, 0), (0, 14)):
            qr[cy : cy + 7, cx : cx + 7] = True
            qr[cy + 1 : cy + 6, cx + 1 : cx + 6] = False
            qr[cy + 2 : cy + 5, cx + 2 : cx + 5] = True
        cell = max(3, (tops[-1][0] + tops[-1][1] - y - 34) // 23)
        sticker = Image.new("RGB", (cell * 23 + 40, cell * 23 + 8), (0, 186, 242))
        dq = ImageDraw.Draw(sticker)
        dq.rectangle((4, 4, cell * 23 + 4, cell * 23 + 4), fill=(255, 255, 255))
        for yy, xx in zip(*np.nonzero(qr), strict=True):
            dq.rectangle(
                (
                    5 + cell + xx * cell,
                    5 + cell + yy * cell,
                    5 + cell + (xx + 1) * cell - 1,
                    5 + cell + (yy + 1) * cell - 1,
                ),
                fill=(10, 10, 10),
            )
        page.paste(sticker.rotate(90, expand=True), (width // 2 - sticker.size[1] // 2, y))
    for st in h.get("stamps", []):
        y = tops[min(st["row"], len(tops) - 1)][0]
        mask = _stamp_image(st["text"], st["ink"], int(size * 1.9), font).rotate(st["angle"], expand=True)
        layer = Image.new("RGB", page.size, (255, 255, 255))
        colour = Image.new("RGB", mask.size, st["ink"])
        x = int(width * st["x"]) - mask.size[0] // 3
        alpha = mask.point(lambda v: int(v * 0.62))
        layer.paste(colour, (max(0, x), max(0, y - mask.size[1] // 3)), alpha)
        page = ImageChops.multiply(page, layer)
    if h.get("slip"):
        s = h["slip"]
        slip = base_render(s["rows"], s["font"], s["style"])
        slip = Image.blend(slip, Image.new("RGB", slip.size, s["style"]["paper"]), 0.2)
        slip = slip.convert("RGBA").rotate(s["angle"], expand=True, resample=Image.BICUBIC)
        top = int(page.size[1] * s["drop"] * 0.5)
        canvas = Image.new(
            "RGB",
            (page.size[0] + slip.size[0] - 26, max(page.size[1], top + slip.size[1])),
            h["frame"]["surface"],
        )
        canvas.paste(page, (0, 0))
        canvas.paste(slip, (page.size[0] - 26, top), slip)
        sd = ImageDraw.Draw(canvas)
        sx = page.size[0] - 40
        sd.line((sx, top + 20, sx + 34, top + 14), fill=(150, 150, 156), width=4)
        page = canvas
    page = _bend(page, h, style)
    page = FRAMES["lying"](page, h["frame"], font)
    return _shadow(page, h)


def _bend(page: Image.Image, h: dict, style: dict) -> Image.Image:
    pixels = np.asarray(page, dtype=np.float32)
    height, width = pixels.shape[:2]
    rng = np.random.default_rng(h.get("shadow_seed", 0))
    if h.get("crumple"):
        field = rng.normal(0, 1, (height // 40 + 2, width // 40 + 2)).astype(np.float32)
        img = Image.fromarray(((field - field.min()) / (np.ptp(field) + 1e-6) * 255).astype(np.uint8))
        shade = np.asarray(img.resize((width, height), Image.BICUBIC), dtype=np.float32) / 255.0
        pixels *= (0.86 + 0.16 * shade)[..., None]
    if h.get("curl"):
        amp = h["curl"]
        xs = np.arange(width)
        shift = (amp * np.sin(np.pi * xs / width)).astype(int)
        pad = int(amp) + 2
        out = np.ones((height + pad, width, 3), dtype=np.float32) * np.array(
            h["frame"]["surface"], np.float32
        )
        for x in range(width):
            out[shift[x] : shift[x] + height, x] = pixels[:, x]
        pixels = out
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


def _shadow(image: Image.Image, h: dict) -> Image.Image:
    kind = h.get("shadow")
    if not kind:
        return image
    rng = np.random.default_rng(h["shadow_seed"])
    w, ht = image.size
    mask = Image.new("L", image.size, 0)
    d = ImageDraw.Draw(mask)
    if kind == "phone":
        x0 = int(rng.uniform(0.45, 0.75) * w)
        d.polygon(
            [(x0, 0), (w, 0), (w, int(ht * rng.uniform(0.15, 0.3))), (x0 + int(w * 0.1), int(ht * 0.12))],
            fill=120,
        )
    else:
        y0 = int(rng.uniform(0.7, 0.85) * ht)
        d.ellipse((int(-0.1 * w), y0, int(rng.uniform(0.35, 0.55) * w), ht + int(0.2 * ht)), fill=110)
    mask = mask.filter(ImageFilter.GaussianBlur(28))
    dark = np.asarray(mask, dtype=np.float32) / 255.0
    pixels = np.asarray(image, dtype=np.float32) * (1.0 - 0.75 * dark)[..., None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
